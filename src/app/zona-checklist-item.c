/* zona-checklist-item.c — one evidence item as a GObject, for list models
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-checklist-item.h"
#include "zona-date-text.h"

/* The checklist's rows are built in C from these, so the item carries no properties: only the
 * record from core, whether it is overdue as core judges it on the day it was read, and the
 * texts worked out once rather than on every bind. */
struct _ZonaChecklistItem
{
  GObject           parent_instance;

  ZonaEvidenceItem *item;
  gboolean          overdue;
  char             *due_text;
  char             *heading;   /* the indicator the item opens, or NULL within a group */
};

G_DEFINE_FINAL_TYPE (ZonaChecklistItem, zona_checklist_item, G_TYPE_OBJECT)

static void
zona_checklist_item_finalize (GObject *object)
{
  ZonaChecklistItem *self = ZONA_CHECKLIST_ITEM (object);

  g_clear_pointer (&self->item, zona_evidence_item_free);
  g_clear_pointer (&self->due_text, g_free);
  g_clear_pointer (&self->heading, g_free);

  G_OBJECT_CLASS (zona_checklist_item_parent_class)->finalize (object);
}

static void
zona_checklist_item_class_init (ZonaChecklistItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zona_checklist_item_finalize;
}

static void
zona_checklist_item_init (ZonaChecklistItem *self)
{
}

/**
 * zona_checklist_item_new:
 * @item: (transfer full): an item from core
 * @today: the local date, "2024-04-23", that "overdue" is judged on
 *
 * Returns: (transfer full): the item for a list model
 */
ZonaChecklistItem *
zona_checklist_item_new (ZonaEvidenceItem *item,
                         const char       *today)
{
  ZonaChecklistItem *self = g_object_new (ZONA_TYPE_CHECKLIST_ITEM, NULL);
  g_autofree char *date = NULL;

  self->item = item;
  self->overdue = zona_evidence_item_is_overdue (item, today);

  /* A document that is in and accepted owes nothing more: its due date is no longer news. */
  if (item->due_date != NULL && !zona_evidence_status_is_done (item->status))
    {
      date = zona_date_text (item->due_date);
      if (self->overdue)
        /* Translators: the due date of a document that has not come in time */
        self->due_text = g_strdup_printf (_("Overdue since %s"), date);
      else
        /* Translators: the due date of a document */
        self->due_text = g_strdup_printf (_("Due %s"), date);
    }

  return self;
}

const ZonaEvidenceItem *
zona_checklist_item_get_item (ZonaChecklistItem *self)
{
  g_return_val_if_fail (ZONA_IS_CHECKLIST_ITEM (self), NULL);

  return self->item;
}

gint64
zona_checklist_item_get_id (ZonaChecklistItem *self)
{
  g_return_val_if_fail (ZONA_IS_CHECKLIST_ITEM (self), 0);

  return self->item->id;
}

gboolean
zona_checklist_item_is_overdue (ZonaChecklistItem *self)
{
  g_return_val_if_fail (ZONA_IS_CHECKLIST_ITEM (self), FALSE);

  return self->overdue;
}

/* Returns: (nullable): "Due 23 April 2024", "Overdue since 23 April 2024", or %NULL without
 *   a due date */
const char *
zona_checklist_item_get_due_text (ZonaChecklistItem *self)
{
  g_return_val_if_fail (ZONA_IS_CHECKLIST_ITEM (self), NULL);

  return self->due_text;
}

/* Returns: (nullable): the heading shown above the item, when it opens a group */
const char *
zona_checklist_item_get_heading (ZonaChecklistItem *self)
{
  g_return_val_if_fail (ZONA_IS_CHECKLIST_ITEM (self), NULL);

  return self->heading;
}

void
zona_checklist_item_set_heading (ZonaChecklistItem *self,
                                 const char        *heading)
{
  g_return_if_fail (ZONA_IS_CHECKLIST_ITEM (self));

  g_free (self->heading);
  self->heading = g_strdup (heading);
}
