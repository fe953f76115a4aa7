/* zona-region-dialog.h — following a region picked from the official list
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_REGION_DIALOG (zona_region_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZonaRegionDialog, zona_region_dialog, ZONA, REGION_DIALOG, AdwWindow)

ZonaRegionDialog *zona_region_dialog_new (GtkWindow   *parent,
                                          ZonaStore   *store,
                                          GError     **error);

G_END_DECLS
