/* zona-checklist-item.h — one evidence item as a GObject, for list models
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "zona-evidence.h"

G_BEGIN_DECLS

#define ZONA_TYPE_CHECKLIST_ITEM (zona_checklist_item_get_type ())

G_DECLARE_FINAL_TYPE (ZonaChecklistItem, zona_checklist_item, ZONA, CHECKLIST_ITEM, GObject)

ZonaChecklistItem      *zona_checklist_item_new             (ZonaEvidenceItem  *item,
                                                             const char        *today);
const ZonaEvidenceItem *zona_checklist_item_get_item        (ZonaChecklistItem *self);
gint64                  zona_checklist_item_get_id          (ZonaChecklistItem *self);
gboolean                zona_checklist_item_is_overdue      (ZonaChecklistItem *self);
const char             *zona_checklist_item_get_due_text    (ZonaChecklistItem *self);
const char             *zona_checklist_item_get_heading     (ZonaChecklistItem *self);
void                    zona_checklist_item_set_heading     (ZonaChecklistItem *self,
                                                             const char        *heading);

G_END_DECLS
