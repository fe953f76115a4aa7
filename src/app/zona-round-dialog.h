/* zona-round-dialog.h — starting an assessment round: a draft for every unit lokus
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_ROUND_DIALOG (zona_round_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZonaRoundDialog, zona_round_dialog, ZONA, ROUND_DIALOG, AdwWindow)

ZonaRoundDialog *zona_round_dialog_new (GtkWindow   *parent,
                                        ZonaStore   *store,
                                        const char  *region_code,
                                        const char  *scheme_id,
                                        GError     **error);

G_END_DECLS
