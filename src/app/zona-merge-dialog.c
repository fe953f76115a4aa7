/* zona-merge-dialog.c — merging two or more units of a region into a new one from a year on
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-merge-dialog.h"

struct _ZonaMergeDialog
{
  AdwWindow            parent_instance;

  ZonaStore           *store;
  char                *region_code;
  GArray              *unit_ids;      /* gint64 per unit row */
  GPtrArray           *labels;        /* char * per unit row: how the trend choice names it */
  GPtrArray           *checks;        /* GtkCheckButton per unit row, in the order of unit_ids */
  GArray              *checked;       /* guint row indices, in the order the user checked them */
  gint64               primary_id;    /* the unit whose trend carries on, 0 before any check */
  gboolean             filling;       /* the trend choice is being rebuilt, not chosen */

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *merge_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwEntryRow         *name_row;
  AdwEntryRow         *short_row;
  GtkSpinButton       *year_spin;
  AdwPreferencesGroup *units_group;
  AdwComboRow         *primary_row;
};

enum {
  MERGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaMergeDialog, zona_merge_dialog, ADW_TYPE_WINDOW)

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
hide_error (ZonaMergeDialog *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
update_sensitivity (ZonaMergeDialog *self)
{
  g_autofree char *name = get_text (self->name_row);

  /* The rest (a year before the units' last results, a name a living unit has) is core's to
   * check: its refusal says exactly what is wrong. */
  gtk_widget_set_sensitive (self->merge_button, self->checked->len >= 2 && name != NULL);
}

static void
on_input_changed (ZonaMergeDialog *self)
{
  hide_error (self);
  update_sensitivity (self);
}

/* The choice of whose trend carries on lists the checked units in the order they were checked.
 * A unit the user chose stays chosen while it is checked; otherwise the first one checked is. */
static void
fill_primary (ZonaMergeDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < self->checked->len; i++)
    {
      guint row = g_array_index (self->checked, guint, i);

      gtk_string_list_append (labels, g_ptr_array_index (self->labels, row));
      if (g_array_index (self->unit_ids, gint64, row) == self->primary_id)
        selected = i;
    }

  if (selected == GTK_INVALID_LIST_POSITION && self->checked->len > 0)
    {
      selected = 0;
      self->primary_id = g_array_index (self->unit_ids, gint64,
                                        g_array_index (self->checked, guint, 0));
    }
  else if (self->checked->len == 0)
    {
      self->primary_id = 0;
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->primary_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->primary_row, selected);
  self->filling = FALSE;

  /* One unit has no other to be merged with: there is nothing to choose yet. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->primary_row), self->checked->len >= 2);
}

static void
on_primary_selected (ZonaMergeDialog *self)
{
  guint position = adw_combo_row_get_selected (self->primary_row);

  if (self->filling || position >= self->checked->len)
    return;

  self->primary_id = g_array_index (self->unit_ids, gint64,
                                    g_array_index (self->checked, guint, position));
  hide_error (self);
}

static void
on_check_toggled (ZonaMergeDialog *self,
                  GtkCheckButton  *check)
{
  guint row;

  if (!g_ptr_array_find (self->checks, check, &row))
    return;

  for (guint i = 0; i < self->checked->len; i++)
    if (g_array_index (self->checked, guint, i) == row)
      {
        g_array_remove_index (self->checked, i);
        break;
      }

  if (gtk_check_button_get_active (check))
    g_array_append_val (self->checked, row);

  fill_primary (self);
  on_input_changed (self);
}

static void
on_merge_clicked (ZonaMergeDialog *self)
{
  g_autoptr(GArray) merged = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = get_text (self->name_row);
  g_autofree char *short_name = get_text (self->short_row);
  g_autofree char *message = NULL;
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  gint64 unit_id;

  if (name == NULL || self->checked->len < 2 || self->primary_id == 0)
    return;

  /* Core continues the trend of the first unit it is given. */
  g_array_append_val (merged, self->primary_id);
  for (guint i = 0; i < self->checked->len; i++)
    {
      gint64 id = g_array_index (self->unit_ids, gint64, g_array_index (self->checked, guint, i));

      if (id != self->primary_id)
        g_array_append_val (merged, id);
    }

  unit_id = zona_store_merge_units (self->store, (const gint64 *) (gpointer) merged->data,
                                    merged->len, name, short_name, year, &error);
  if (unit_id == 0)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  /* A toast is short: the short name, when there is one, is what the office calls the unit. */
  message = g_strdup_printf (_("Merged into “%s” from %d"), short_name ? short_name : name, year);
  g_signal_emit (self, signals[MERGED], 0, unit_id, message);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
fill_units (ZonaMergeDialog  *self,
            GError          **error)
{
  g_autoptr(GPtrArray) units = NULL;

  units = zona_store_list_units (self->store, self->region_code, 0, error);
  if (units == NULL)
    return FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      const ZonaUnit *unit = g_ptr_array_index (units, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unit->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (unit->short_name != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), unit->short_name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      unit->name, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->units_group, row);

      g_array_append_val (self->unit_ids, unit->id);
      g_ptr_array_add (self->labels, g_strdup (unit->short_name ? unit->short_name : unit->name));
      g_ptr_array_add (self->checks, check);
    }

  if (units->len < 2)
    adw_preferences_group_set_description (self->units_group,
                                           _("This region has fewer than two units: there is "
                                             "nothing to merge."));

  return TRUE;
}

static void
zona_merge_dialog_dispose (GObject *object)
{
  ZonaMergeDialog *self = (ZonaMergeDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_MERGE_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zona_merge_dialog_parent_class)->dispose (object);
}

static void
zona_merge_dialog_finalize (GObject *object)
{
  ZonaMergeDialog *self = (ZonaMergeDialog *)object;

  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->checked, g_array_unref);

  G_OBJECT_CLASS (zona_merge_dialog_parent_class)->finalize (object);
}

static void
zona_merge_dialog_class_init (ZonaMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_merge_dialog_dispose;
  object_class->finalize = zona_merge_dialog_finalize;

  /**
   * ZonaMergeDialog::merged:
   * @self: the dialog
   * @unit_id: the new unit
   * @message: what was done, in a sentence for a toast
   *
   * Emitted once the store has recorded the merge, just before the dialog closes.
   */
  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64,
                                  G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, merge_button);
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, short_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, units_group);
  gtk_widget_class_bind_template_child (widget_class, ZonaMergeDialog, primary_row);
  gtk_widget_class_bind_template_callback (widget_class, on_merge_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_input_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_primary_selected);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zona_merge_dialog_init (ZonaMergeDialog *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->checks = g_ptr_array_new ();
  self->checked = g_array_new (FALSE, FALSE, sizeof (guint));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * zona_merge_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the database
 * @region_code: the region whose units are merged
 * @error: why the region or its units cannot be read
 *
 * Returns: (transfer none) (nullable): a new dialog, not yet shown, owned by GTK
 */
ZonaMergeDialog *
zona_merge_dialog_new (GtkWindow   *parent,
                       ZonaStore   *store,
                       const char  *region_code,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(ZonaRegion) region = NULL;
  ZonaMergeDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);
  g_return_val_if_fail (region_code != NULL, NULL);

  region = zona_store_get_region (store, region_code, error);
  if (region == NULL)
    return NULL;

  self = g_object_new (ZONA_TYPE_MERGE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->region_code = g_strdup (region_code);
  adw_window_title_set_subtitle (self->window_title, region->name);

  if (!fill_units (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  /* A merge usually takes effect with the new budget year. */
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
  fill_primary (self);
  hide_error (self);
  update_sensitivity (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

/**
 * zona_merge_dialog_check_unit:
 * @self: a merge dialog
 * @unit_id: one of the region's current units
 *
 * Checks @unit_id as one of the units to merge, as if the user had; the window does so for the
 * unit selected in its list, whose trend then carries on unless the user chooses otherwise.
 */
void
zona_merge_dialog_check_unit (ZonaMergeDialog *self,
                              gint64           unit_id)
{
  g_return_if_fail (ZONA_IS_MERGE_DIALOG (self));

  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      gtk_check_button_set_active (g_ptr_array_index (self->checks, i), TRUE);
}
