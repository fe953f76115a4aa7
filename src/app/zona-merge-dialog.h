/* zona-merge-dialog.h — merging two or more units of a region into a new one from a year on
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_MERGE_DIALOG (zona_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZonaMergeDialog, zona_merge_dialog, ZONA, MERGE_DIALOG, AdwWindow)

ZonaMergeDialog *zona_merge_dialog_new        (GtkWindow        *parent,
                                               ZonaStore        *store,
                                               const char       *region_code,
                                               GError          **error);
void             zona_merge_dialog_check_unit (ZonaMergeDialog  *self,
                                               gint64            unit_id);

G_END_DECLS
