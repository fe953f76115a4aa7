/* zona-unit-dialog.c — adding, correcting, renaming or deleting one unit (OPD) of a region
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-unit-dialog.h"

/* The kinds a unit may have; the store keeps the identifier, the list shows the usual
 * Indonesian word, which is a proper name of the organisation type in either language. */
static const struct {
  const char *id;
  const char *label;
} unit_kinds[] = {
  { "dinas", "Dinas" },
  { "badan", "Badan" },
  { "kecamatan", "Kecamatan" },
  { "puskesmas", "Puskesmas" },
  { "rsud", "RSUD" },
  { "sekretariat", "Sekretariat" },
  { "inspektorat", "Inspektorat" },
  { "kelurahan", "Kelurahan" },
  { "uptd", "UPTD" },
};

struct _ZonaUnitDialog
{
  AdwWindow        parent_instance;

  ZonaStore       *store;
  char            *region_code;
  ZonaUnit        *existing;     /* the unit being corrected, or NULL when adding */
  GArray          *parent_ids;   /* gint64 per parent row; 0 is "none" */

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  AdwEntryRow     *name_row;
  AdwEntryRow     *short_row;
  AdwComboRow     *kind_row;
  AdwComboRow     *parent_row;
  GtkWidget       *rename_group;
  AdwExpanderRow  *rename_row;
  GtkSpinButton   *rename_year_spin;
  GtkWidget       *delete_button;
};

enum {
  SAVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaUnitDialog, zona_unit_dialog, ADW_TYPE_WINDOW)

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
update_sensitivity (ZonaUnitDialog *self)
{
  g_autofree char *name = get_text (self->name_row);

  /* Every other rule (a duplicate name, a parent from another region) is core's to check. */
  gtk_widget_set_sensitive (self->save_button, name != NULL);
}

static void
show_error (ZonaUnitDialog *self,
            const GError   *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static gboolean
fill_parents (ZonaUnitDialog  *self,
              GError         **error)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) units = NULL;
  gint64 none = 0;

  units = zona_store_list_units (self->store, self->region_code, 0, error);
  if (units == NULL)
    return FALSE;

  gtk_string_list_append (names, C_("parent unit", "None"));
  g_array_append_val (self->parent_ids, none);
  for (guint i = 0; i < units->len; i++)
    {
      const ZonaUnit *unit = g_ptr_array_index (units, i);

      /* A unit cannot stand under itself. */
      if (self->existing != NULL && unit->id == self->existing->id)
        continue;
      gtk_string_list_append (names, unit->name);
      g_array_append_val (self->parent_ids, unit->id);
    }

  adw_combo_row_set_model (self->parent_row, G_LIST_MODEL (names));

  return TRUE;
}

static void
on_save_clicked (ZonaUnitDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = get_text (self->name_row);
  g_autofree char *short_name = get_text (self->short_row);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint parent = adw_combo_row_get_selected (self->parent_row);
  g_autofree char *message = NULL;
  ZonaUnit unit = { 0 };
  gboolean ok;

  if (name == NULL)
    return;

  unit.name = name;
  unit.short_name = short_name;
  unit.kind = (char *) unit_kinds[MIN (kind, G_N_ELEMENTS (unit_kinds) - 1)].id;
  unit.parent_id = parent < self->parent_ids->len ? g_array_index (self->parent_ids, gint64,
                                                                   parent) : 0;

  if (self->existing == NULL)
    {
      ok = zona_store_add_unit (self->store, self->region_code, &unit, &error) != 0;
      message = g_strdup_printf (_("Unit “%s” added"), name);
    }
  else if (adw_expander_row_get_enable_expansion (self->rename_row))
    {
      int year = gtk_spin_button_get_value_as_int (self->rename_year_spin);

      ok = zona_store_rename_unit (self->store, self->existing->id, name, short_name, year,
                                   &error) != 0;
      message = g_strdup_printf (_("Unit renamed to “%s” from %d"), name, year);
    }
  else
    {
      message = g_strdup_printf (_("Unit “%s” saved"), name);
      unit.id = self->existing->id;
      unit.region_id = self->existing->region_id;
      unit.valid_from = self->existing->valid_from;
      unit.valid_to = self->existing->valid_to;
      ok = zona_store_update_unit (self->store, &unit, &error);
    }

  if (!ok)
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_delete_clicked (ZonaUnitDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!zona_store_delete_unit (self->store, self->existing->id, &error))
    {
      show_error (self, error);
      return;
    }

  message = g_strdup_printf (_("Unit “%s” deleted"), self->existing->name);
  g_signal_emit (self, signals[SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
}

static void
zona_unit_dialog_dispose (GObject *object)
{
  ZonaUnitDialog *self = (ZonaUnitDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_UNIT_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zona_unit_dialog_parent_class)->dispose (object);
}

static void
zona_unit_dialog_finalize (GObject *object)
{
  ZonaUnitDialog *self = (ZonaUnitDialog *)object;

  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->existing, zona_unit_free);
  g_clear_pointer (&self->parent_ids, g_array_unref);

  G_OBJECT_CLASS (zona_unit_dialog_parent_class)->finalize (object);
}

static void
zona_unit_dialog_class_init (ZonaUnitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_unit_dialog_dispose;
  object_class->finalize = zona_unit_dialog_finalize;

  /**
   * ZonaUnitDialog::saved:
   * @self: the dialog
   * @message: what was done, in a sentence for a toast
   *
   * Emitted once the store has recorded the change, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-unit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, short_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, parent_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, rename_group);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, rename_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, rename_year_spin);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zona_unit_dialog_init (ZonaUnitDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
    gtk_string_list_append (kinds, unit_kinds[i].label);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  g_signal_connect_object (self->name_row, "changed",
                           G_CALLBACK (update_sensitivity), self, G_CONNECT_SWAPPED);
}

/**
 * zona_unit_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the database
 * @region_code: the region of the unit
 * @unit_id: the unit to correct, rename or delete, or 0 to add one
 * @error: why the unit or the region's units cannot be read
 *
 * Returns: (transfer none) (nullable): a new dialog, not yet shown, owned by GTK
 */
ZonaUnitDialog *
zona_unit_dialog_new (GtkWindow   *parent,
                      ZonaStore   *store,
                      const char  *region_code,
                      gint64       unit_id,
                      GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  ZonaUnitDialog *self;
  g_autoptr(ZonaRegion) region = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);
  g_return_val_if_fail (region_code != NULL, NULL);

  self = g_object_new (ZONA_TYPE_UNIT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->region_code = g_strdup (region_code);

  region = zona_store_get_region (store, region_code, error);
  if (region == NULL)
    goto failed;
  adw_window_title_set_subtitle (self->window_title, region->name);

  if (unit_id != 0)
    {
      self->existing = zona_store_get_unit (store, unit_id, error);
      if (self->existing == NULL)
        goto failed;
    }

  if (!fill_parents (self, error))
    goto failed;

  gtk_spin_button_set_value (self->rename_year_spin, g_date_time_get_year (now));

  if (self->existing != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Unit"));
      adw_window_title_set_title (self->window_title, _("Edit Unit"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->existing->name);
      gtk_editable_set_text (GTK_EDITABLE (self->short_row),
                             self->existing->short_name ? self->existing->short_name : "");
      for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
        if (g_strcmp0 (unit_kinds[i].id, self->existing->kind) == 0)
          adw_combo_row_set_selected (self->kind_row, i);
      for (guint i = 0; i < self->parent_ids->len; i++)
        if (g_array_index (self->parent_ids, gint64, i) == self->existing->parent_id)
          adw_combo_row_set_selected (self->parent_row, i);
      gtk_widget_set_visible (self->rename_group, TRUE);
      gtk_widget_set_visible (self->delete_button, TRUE);
    }

  update_sensitivity (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;

failed:
  gtk_window_destroy (GTK_WINDOW (self));

  return NULL;
}

/**
 * zona_unit_dialog_get_kind_label:
 * @kind: (nullable): a unit's kind as the store keeps it, "rsud"
 *
 * The word the dialog shows for a kind, so that other views name it the same way.
 *
 * Returns: (nullable): "RSUD" for "rsud"; @kind itself when the dialog does not offer it
 */
const char *
zona_unit_dialog_get_kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
    if (g_strcmp0 (unit_kinds[i].id, kind) == 0)
      return unit_kinds[i].label;

  return kind;
}
