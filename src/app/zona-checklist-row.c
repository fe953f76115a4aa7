/* zona-checklist-row.c — one row of an evidence checklist
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-checklist-row.h"

/* A row is built once in C and rebound as the list scrolls, so that a checklist of sixty items
 * opens without parsing a template per row. It shows the item's status as a coloured pill with
 * its name written out, the document, who owes it, and when; an overdue item says so in words,
 * not only in colour. Files dropped on a row are passed on with the "files-dropped" signal,
 * for the window to attach. */
struct _ZonaChecklistRow
{
  GtkWidget          parent_instance;

  ZonaChecklistItem *item;

  GtkWidget         *heading_label;
  GtkWidget         *status_label;
  GtkWidget         *title_label;
  GtkWidget         *details_label;
  GtkWidget         *due_label;
  GtkWidget         *file_image;
};

enum {
  FILES_DROPPED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaChecklistRow, zona_checklist_row, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

/* Returns: the style class that colours the pill of @status, see style.css */
const char *
zona_checklist_status_css_class (ZonaEvidenceStatus status)
{
  switch (status)
    {
    case ZONA_EVIDENCE_BELUM_ADA: return "status-missing";
    case ZONA_EVIDENCE_DIUNGGAH: return "status-uploaded";
    case ZONA_EVIDENCE_MEMENUHI: return "status-meets";
    case ZONA_EVIDENCE_PERLU_PERBAIKAN: return "status-to-fix";
    case ZONA_EVIDENCE_DIVERIFIKASI: return "status-verified";
    default: return "status-missing";
    }
}

static gboolean
on_drop (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         ZonaChecklistRow *self)
{
  GdkFileList *files = g_value_get_boxed (value);

  if (self->item == NULL || files == NULL)
    return FALSE;

  g_signal_emit (self, signals[FILES_DROPPED], 0, files);

  return TRUE;
}

static void
zona_checklist_row_dispose (GObject *object)
{
  ZonaChecklistRow *self = ZONA_CHECKLIST_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (zona_checklist_row_parent_class)->dispose (object);
}

static void
zona_checklist_row_class_init (ZonaChecklistRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_checklist_row_dispose;

  /**
   * ZonaChecklistRow::files-dropped:
   * @self: the row
   * @files: the #GdkFileList dropped on it
   *
   * Files were dropped on the row, to be attached to its item.
   */
  signals[FILES_DROPPED] =
    g_signal_new ("files-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, GDK_TYPE_FILE_LIST);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checklistrow");
}

static GtkWidget *
new_label (const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
zona_checklist_row_init (ZonaChecklistRow *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->heading_label = new_label ("heading", TRUE);
  gtk_widget_add_css_class (self->heading_label, "group-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_widget_set_parent (self->heading_label, GTK_WIDGET (self));

  gtk_widget_add_css_class (line, "item");
  gtk_widget_set_parent (line, GTK_WIDGET (self));

  gtk_widget_set_hexpand (texts, TRUE);
  /* The item's lines are cut rather than wrapped, the whole text in the row's tooltip and
   * the item's dialog: wrapped labels are measured again and again as the list lays out, and
   * made a checklist of 60 items take ten times as long to open (bench/). */
  self->title_label = new_label (NULL, FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_END);
  self->details_label = new_label ("dim-label", FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (self->details_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->details_label, "caption");
  self->due_label = new_label ("caption", FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (self->due_label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (texts), self->title_label);
  gtk_box_append (GTK_BOX (texts), self->details_label);
  gtk_box_append (GTK_BOX (texts), self->due_label);
  gtk_box_append (GTK_BOX (line), texts);

  /* The pill sits at the end, where the eye finds it down the list whatever the title's length. */
  self->status_label = new_label ("status-pill", FALSE);
  gtk_widget_set_valign (self->status_label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (line), self->status_label);

  self->file_image = gtk_image_new_from_icon_name ("mail-attachment-symbolic");
  gtk_widget_set_valign (self->file_image, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), self->file_image);

  gtk_drop_target_set_preload (drop, FALSE);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (line, GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
zona_checklist_row_new (void)
{
  return g_object_new (ZONA_TYPE_CHECKLIST_ROW, NULL);
}

/* Returns: (transfer none) (nullable): the item the row shows */
ZonaChecklistItem *
zona_checklist_row_get_item (ZonaChecklistRow *self)
{
  g_return_val_if_fail (ZONA_IS_CHECKLIST_ROW (self), NULL);

  return self->item;
}

static char *
describe_details (const ZonaEvidenceItem *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (item->requirement_code != NULL)
    g_ptr_array_add (parts, g_strdup (item->requirement_code));
  else
    g_ptr_array_add (parts, g_strdup (_("Added by the office")));

  if (item->person_in_charge != NULL)
    /* Translators: who must bring a document, "Person in charge: Sri Wahyuni" */
    g_ptr_array_add (parts, g_strdup_printf (_("Person in charge: %s"), item->person_in_charge));

  if (item->filename != NULL)
    {
      g_autofree char *size = g_format_size (item->size);

      /* Translators: the file attached to an item and its size, "SK Standar.pdf (1.2 MB)" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s (%s)"), item->filename, size));
    }
  else
    g_ptr_array_add (parts, g_strdup (_("No file")));

  g_ptr_array_add (parts, NULL);

  /* Translators: separates the facts of an evidence item on one line */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * zona_checklist_row_bind:
 * @self: the row
 * @item: (nullable): the item to show, or %NULL when the row is unbound
 */
void
zona_checklist_row_bind (ZonaChecklistRow  *self,
                         ZonaChecklistItem *item)
{
  const ZonaEvidenceItem *record;
  const char *heading;
  const char *due;
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (ZONA_IS_CHECKLIST_ROW (self));

  if (self->item != NULL)
    {
      record = zona_checklist_item_get_item (self->item);
      gtk_widget_remove_css_class (self->status_label,
                                   zona_checklist_status_css_class (record->status));
    }
  g_set_object (&self->item, item);
  if (item == NULL)
    return;

  record = zona_checklist_item_get_item (item);
  heading = zona_checklist_item_get_heading (item);
  due = zona_checklist_item_get_due_text (item);
  details = describe_details (record);

  gtk_label_set_label (GTK_LABEL (self->heading_label), heading);
  gtk_widget_set_visible (self->heading_label, heading != NULL);
  gtk_label_set_label (GTK_LABEL (self->status_label),
                       zona_evidence_status_label (record->status));
  gtk_widget_add_css_class (self->status_label, zona_checklist_status_css_class (record->status));
  gtk_label_set_label (GTK_LABEL (self->title_label), record->title);
  gtk_label_set_label (GTK_LABEL (self->details_label), details);
  gtk_label_set_label (GTK_LABEL (self->due_label), due);
  gtk_widget_set_visible (self->due_label, due != NULL);
  if (zona_checklist_item_is_overdue (item))
    gtk_widget_add_css_class (self->due_label, "error");
  else
    gtk_widget_remove_css_class (self->due_label, "error");
  gtk_widget_set_visible (self->file_image, record->filename != NULL);

  /* The lines cut at the row's width are whole in its tooltip. */
  {
    g_autofree char *tooltip = g_strjoin ("\n", record->title, details, due, NULL);

    gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  }

  /* Read as one sentence by a screen reader: status, document, the rest. */
  accessible = g_strjoin (", ", zona_evidence_status_label (record->status), record->title,
                          details, due != NULL ? due : NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}
