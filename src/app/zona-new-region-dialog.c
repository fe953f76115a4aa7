/* zona-new-region-dialog.c — recording a region that the official list lacks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-new-region-dialog.h"

/* The rows of the kind list, in the order of ZonaRegionKind. */
static const ZonaRegionKind region_kinds[] = {
  ZONA_REGION_PROVINSI,
  ZONA_REGION_KABUPATEN,
  ZONA_REGION_KOTA,
};

struct _ZonaNewRegionDialog
{
  AdwWindow    parent_instance;

  ZonaStore   *store;

  /* Template widgets */
  GtkWidget   *save_button;
  AdwEntryRow *code_row;
  GtkLabel    *code_message;
  AdwComboRow *kind_row;
  AdwEntryRow *name_row;
};

enum {
  SAVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaNewRegionDialog, zona_new_region_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static char *
get_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  if (text[0] == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

static void
set_code_message (ZonaNewRegionDialog *self,
                  const char          *message)
{
  gtk_label_set_label (self->code_message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->code_message), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->code_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->code_row), "error");
}

static void
update_sensitivity (ZonaNewRegionDialog *self)
{
  g_autofree char *code = get_text (self->code_row);
  g_autofree char *name = get_text (self->name_row);

  gtk_widget_set_sensitive (self->save_button, code != NULL && name != NULL);
}

/* A well-formed code already says which kind of region it is: the kind follows it, and a
 * correction of the code clears the message about the previous one. */
static void
on_code_changed (ZonaNewRegionDialog *self)
{
  g_autofree char *code = get_text (self->code_row);
  ZonaRegionKind kind;

  set_code_message (self, NULL);
  if (code != NULL && zona_region_code_is_valid (code, &kind))
    adw_combo_row_set_selected (self->kind_row, kind);
  update_sensitivity (self);
}

static void
on_save_clicked (ZonaNewRegionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = get_text (self->code_row);
  g_autofree char *name = get_text (self->name_row);
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (code == NULL || name == NULL)
    return;

  /* Core checks the code, its kind and the name; whatever it refuses is about the code once
   * the name is there, so the message goes under the code. */
  if (zona_store_add_region (self->store, code, region_kinds[MIN (kind, 2)], name, &error) == 0 ||
      !zona_store_set_region_followed (self->store, code, TRUE, &error))
    {
      set_code_message (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, code);
  gtk_window_close (GTK_WINDOW (self));
}

static void
zona_new_region_dialog_dispose (GObject *object)
{
  ZonaNewRegionDialog *self = (ZonaNewRegionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_NEW_REGION_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zona_new_region_dialog_parent_class)->dispose (object);
}

static void
zona_new_region_dialog_class_init (ZonaNewRegionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_new_region_dialog_dispose;

  /**
   * ZonaNewRegionDialog::saved:
   * @self: the dialog
   * @code: the new region's Kemendagri code
   *
   * Emitted once the region is recorded and followed, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zonadesk/Zona/"
                                                             "zona-new-region-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaNewRegionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ZonaNewRegionDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaNewRegionDialog, code_message);
  gtk_widget_class_bind_template_child (widget_class, ZonaNewRegionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaNewRegionDialog, name_row);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_code_changed);
  gtk_widget_class_bind_template_callback (widget_class, update_sensitivity);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zona_new_region_dialog_init (ZonaNewRegionDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (kinds, C_("region kind", "Province"));
  gtk_string_list_append (kinds, C_("region kind", "Kabupaten"));
  gtk_string_list_append (kinds, C_("region kind", "Kota"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, ZONA_REGION_KABUPATEN);

  update_sensitivity (self);
}

/**
 * zona_new_region_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the database
 *
 * Returns: (transfer none): a new dialog, not yet shown, owned by GTK
 */
ZonaNewRegionDialog *
zona_new_region_dialog_new (GtkWindow *parent,
                            ZonaStore *store)
{
  ZonaNewRegionDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);

  self = g_object_new (ZONA_TYPE_NEW_REGION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  gtk_widget_grab_focus (GTK_WIDGET (self->code_row));

  return self;
}
