/* zona-checklist-row.h — one row of an evidence checklist
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "zona-checklist-item.h"

G_BEGIN_DECLS

#define ZONA_TYPE_CHECKLIST_ROW (zona_checklist_row_get_type ())

G_DECLARE_FINAL_TYPE (ZonaChecklistRow, zona_checklist_row, ZONA, CHECKLIST_ROW, GtkWidget)

GtkWidget         *zona_checklist_row_new       (void);
void               zona_checklist_row_bind      (ZonaChecklistRow  *self,
                                                 ZonaChecklistItem *item);
ZonaChecklistItem *zona_checklist_row_get_item  (ZonaChecklistRow  *self);
const char        *zona_checklist_status_css_class
                                                (ZonaEvidenceStatus status);

G_END_DECLS
