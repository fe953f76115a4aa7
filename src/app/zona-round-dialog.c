/* zona-round-dialog.c — starting an assessment round: a draft for every unit lokus
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-round-dialog.h"

struct _ZonaRoundDialog
{
  AdwWindow      parent_instance;

  ZonaStore     *store;
  char          *region_code;
  GPtrArray     *scheme_ids;   /* char * per scheme row */
  GArray        *unit_ids;     /* gint64 per unit row */
  GPtrArray     *checks;       /* GtkCheckButton per unit row, in the order of unit_ids */

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *start_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  AdwComboRow    *scheme_row;
  GtkSpinButton  *year_spin;
  AdwPreferencesGroup *units_group;
};

enum {
  STARTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaRoundDialog, zona_round_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static const char *
get_scheme_id (ZonaRoundDialog *self)
{
  guint position = adw_combo_row_get_selected (self->scheme_row);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->scheme_ids->len)
    return NULL;

  return g_ptr_array_index (self->scheme_ids, position);
}

static void
update_sensitivity (ZonaRoundDialog *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->checks->len && !any; i++)
    any = gtk_check_button_get_active (g_ptr_array_index (self->checks, i));

  gtk_widget_set_sensitive (self->start_button, any && get_scheme_id (self) != NULL);
}

/* The round's units lokus are, unless the user says otherwise, last year's: the units that
 * have a result in that scheme for the year before. */
static void
check_last_years_units (ZonaRoundDialog *self)
{
  g_autoptr(GPtrArray) previous = NULL;
  const char *scheme_id = get_scheme_id (self);
  int year = gtk_spin_button_get_value_as_int (self->year_spin);

  if (scheme_id == NULL)
    return;

  previous = zona_store_list_assessments (self->store, self->region_code, scheme_id, year - 1,
                                          NULL);

  for (guint i = 0; i < self->unit_ids->len; i++)
    {
      gint64 unit_id = g_array_index (self->unit_ids, gint64, i);
      gboolean had_result = FALSE;

      for (guint j = 0; previous != NULL && j < previous->len && !had_result; j++)
        had_result = ((ZonaAssessment *) g_ptr_array_index (previous, j))->unit_id == unit_id;

      gtk_check_button_set_active (g_ptr_array_index (self->checks, i), had_result);
    }

  update_sensitivity (self);
}

static void
on_start_clicked (ZonaRoundDialog *self)
{
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  const char *scheme_id = get_scheme_id (self);
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  guint created = 0;

  if (scheme_id == NULL)
    return;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_array_append_val (chosen, g_array_index (self->unit_ids, gint64, i));

  if (!zona_store_start_round (self->store, self->region_code, scheme_id, year,
                               (const gint64 *) (gpointer) chosen->data, chosen->len, &created,
                               &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  g_signal_emit (self, signals[STARTED], 0, created, year);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
fill_units (ZonaRoundDialog  *self,
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
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_sensitivity), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->units_group, row);

      g_array_append_val (self->unit_ids, unit->id);
      g_ptr_array_add (self->checks, check);
    }

  if (units->len == 0)
    adw_preferences_group_set_description (self->units_group,
                                           _("This region has no units yet. Add them with "
                                             "“Add Unit…” in the main menu first."));

  return TRUE;
}

static void
zona_round_dialog_dispose (GObject *object)
{
  ZonaRoundDialog *self = (ZonaRoundDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_ROUND_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zona_round_dialog_parent_class)->dispose (object);
}

static void
zona_round_dialog_finalize (GObject *object)
{
  ZonaRoundDialog *self = (ZonaRoundDialog *)object;

  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->scheme_ids, g_ptr_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (zona_round_dialog_parent_class)->finalize (object);
}

static void
zona_round_dialog_class_init (ZonaRoundDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_round_dialog_dispose;
  object_class->finalize = zona_round_dialog_finalize;

  /**
   * ZonaRoundDialog::started:
   * @self: the dialog
   * @created: how many draft results the round created
   * @year: the round's year
   *
   * Emitted once the store has recorded the round, just before the dialog closes.
   */
  signals[STARTED] = g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-round-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaRoundDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZonaRoundDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, ZonaRoundDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZonaRoundDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaRoundDialog, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaRoundDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, ZonaRoundDialog, units_group);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zona_round_dialog_init (ZonaRoundDialog *self)
{
  self->scheme_ids = g_ptr_array_new_with_free_func (g_free);
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * zona_round_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the database
 * @region_code: the region whose units take part
 * @scheme_id: (nullable): the scheme chosen at first
 * @error: why the region or its units cannot be read
 *
 * Returns: (transfer none) (nullable): a new dialog, not yet shown, owned by GTK
 */
ZonaRoundDialog *
zona_round_dialog_new (GtkWindow   *parent,
                       ZonaStore   *store,
                       const char  *region_code,
                       const char  *scheme_id,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(ZonaRegion) region = NULL;
  ZonaRoundDialog *self;
  GPtrArray *schemes;
  guint position;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);
  g_return_val_if_fail (region_code != NULL, NULL);

  region = zona_store_get_region (store, region_code, error);
  if (region == NULL)
    return NULL;

  self = g_object_new (ZONA_TYPE_ROUND_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->region_code = g_strdup (region_code);
  adw_window_title_set_subtitle (self->window_title, region->name);

  schemes = zona_store_get_schemes (store);
  for (guint i = 0; i < schemes->len; i++)
    {
      const ZonaScheme *scheme = g_ptr_array_index (schemes, i);

      gtk_string_list_append (names, scheme->short_name ? scheme->short_name : scheme->name);
      g_ptr_array_add (self->scheme_ids, g_strdup (scheme->id));
    }
  adw_combo_row_set_model (self->scheme_row, G_LIST_MODEL (names));

  if (scheme_id != NULL &&
      g_ptr_array_find_with_equal_func (self->scheme_ids, scheme_id, g_str_equal, &position))
    adw_combo_row_set_selected (self->scheme_row, position);

  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));

  if (!fill_units (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  check_last_years_units (self);
  g_signal_connect_object (self->scheme_row, "notify::selected",
                           G_CALLBACK (check_last_years_units), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_spin, "value-changed",
                           G_CALLBACK (check_last_years_units), self, G_CONNECT_SWAPPED);

  return self;
}
