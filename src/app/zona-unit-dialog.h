/* zona-unit-dialog.h — adding, correcting, renaming or deleting one unit (OPD) of a region
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_UNIT_DIALOG (zona_unit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZonaUnitDialog, zona_unit_dialog, ZONA, UNIT_DIALOG, AdwWindow)

ZonaUnitDialog *zona_unit_dialog_new            (GtkWindow   *parent,
                                                 ZonaStore   *store,
                                                 const char  *region_code,
                                                 gint64       unit_id,
                                                 GError     **error);
const char     *zona_unit_dialog_get_kind_label (const char  *kind);

G_END_DECLS
