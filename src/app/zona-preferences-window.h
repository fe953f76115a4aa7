/* zona-preferences-window.h — the user's region, usual scheme and certificate signer
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_PREFERENCES_WINDOW (zona_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ZonaPreferencesWindow, zona_preferences_window, ZONA, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

ZonaPreferencesWindow *zona_preferences_window_new (GtkWindow *parent,
                                                    ZonaStore *store);

G_END_DECLS
