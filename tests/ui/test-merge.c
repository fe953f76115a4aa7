/* test-merge.c — merging units in the window, under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case behind the dialog: Kota Madiun's Dinas Sosial and its Dinas Pemberdayaan Perempuan dan
 * Perlindungan Anak become one Dinsos PPPA from 2025, and Dinas Sosial's trend carries on.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "zona-merge-dialog.h"
#include "zona-result-item.h"
#include "zona-store.h"
#include "zona-window.h"
#include "ui-test-utils.h"

#define DP3A "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
#define DINSOS_PPPA "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"

static gpointer
dialog_child (ZonaMergeDialog *dialog,
              const char      *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), ZONA_TYPE_MERGE_DIALOG,
                                                  name);

  g_assert_nonnull (child);

  return child;
}

/* Kota Madiun with a DP3A beside the demo's units; it has no results yet. */
static void
show_kota_madiun (WindowFixture *f)
{
  g_autoptr(GError) error = NULL;
  ZonaUnit unit = { 0 };

  unit.name = (char *) DP3A;
  unit.short_name = (char *) "DP3A";
  unit.kind = (char *) "dinas";
  g_assert_cmpint (zona_store_add_unit (f->store, "35.77", &unit, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);
}

/* The unit rows of the window's list, by short name or name, as the user reads them. */
static gboolean
window_lists_unit (WindowFixture *f,
                   const char    *name)
{
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (window_child (f, "unit_view")));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (rows, i);

      if (g_strcmp0 (zona_result_item_get_short_name (item), name) == 0)
        return TRUE;
    }

  return FALSE;
}

static ZonaMergeDialog *
open_merge_dialog (WindowFixture *f)
{
  ZonaMergeDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-units", NULL));
  dialog = find_toplevel (ZONA_TYPE_MERGE_DIALOG);
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

/* The row of the dialog's unit list titled @name. */
static AdwActionRow *
find_unit_row (GtkWidget  *widget,
               const char *name)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), name) == 0)
    return ADW_ACTION_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *row = find_unit_row (child, name);

      if (row != NULL)
        return row;
    }

  return NULL;
}

static GtkCheckButton *
unit_check (ZonaMergeDialog *dialog,
            const char      *name)
{
  AdwActionRow *row = find_unit_row (dialog_child (dialog, "units_group"), name);

  g_assert_nonnull (row);
  g_assert_true (GTK_IS_CHECK_BUTTON (adw_action_row_get_activatable_widget (row)));

  return GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (row));
}

/* Clicks the row of @name, as a user does, which toggles its check box. */
static void
toggle_unit (ZonaMergeDialog *dialog,
             const char      *name)
{
  AdwActionRow *row = find_unit_row (dialog_child (dialog, "units_group"), name);

  g_assert_nonnull (row);
  adw_action_row_activate (row);
  settle (10);
}

/* What the trend choice shows as chosen. */
static const char *
primary_label (ZonaMergeDialog *dialog)
{
  AdwComboRow *row = dialog_child (dialog, "primary_row");
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* A label somewhere in @widget that reads @text: how a toast is seen on screen. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

static void
test_merge (WindowFixture *f,
            gconstpointer  data)
{
  g_autoptr(ZonaUnit) dinsos = NULL;
  g_autoptr(ZonaUnit) dp3a = NULL;
  g_autoptr(ZonaUnit) dinsos_after = NULL;
  g_autoptr(ZonaUnit) dp3a_after = NULL;
  g_autoptr(ZonaUnit) merged = NULL;
  g_autoptr(GArray) lineage = NULL;
  g_autoptr(GPtrArray) trend = NULL;
  g_autoptr(GError) error = NULL;
  ZonaMergeDialog *dialog;
  GtkWidget *merge_button;
  const ZonaTrendPoint *point;

  show_kota_madiun (f);
  dinsos = find_unit (f, "Dinsos");
  dp3a = find_unit (f, "DP3A");

  /* With Dinsos selected in the list, the dialog starts with it checked. */
  select_unit_row (f, "Dinsos");
  dialog = open_merge_dialog (f);
  merge_button = dialog_child (dialog, "merge_button");
  g_assert_true (gtk_check_button_get_active (unit_check (dialog, "Dinas Sosial")));
  g_assert_false (gtk_check_button_get_active (unit_check (dialog, DP3A)));
  g_assert_false (gtk_widget_get_sensitive (merge_button));

  /* A name and one unit are not a merge yet; a second unit makes it one. */
  gtk_editable_set_text (dialog_child (dialog, "name_row"), DINSOS_PPPA);
  gtk_editable_set_text (dialog_child (dialog, "short_row"), "Dinsos PPPA");
  settle (10);
  g_assert_false (gtk_widget_get_sensitive (merge_button));
  toggle_unit (dialog, DP3A);
  g_assert_true (gtk_check_button_get_active (unit_check (dialog, DP3A)));
  g_assert_true (gtk_widget_get_sensitive (merge_button));

  /* Dinas Sosial, checked first, is the one whose trend carries on. */
  g_assert_cmpstr (primary_label (dialog), ==, "Dinsos");

  /* A third unit checked and unchecked again changes neither. */
  toggle_unit (dialog, "Dinas Pendidikan");
  toggle_unit (dialog, "Dinas Pendidikan");
  g_assert_false (gtk_check_button_get_active (unit_check (dialog, "Dinas Pendidikan")));
  g_assert_cmpstr (primary_label (dialog), ==, "Dinsos");

  /* Without a name there is nothing to create. */
  gtk_editable_set_text (dialog_child (dialog, "name_row"), "  ");
  settle (10);
  g_assert_false (gtk_widget_get_sensitive (merge_button));
  gtk_editable_set_text (dialog_child (dialog, "name_row"), DINSOS_PPPA);
  settle (10);

  gtk_spin_button_set_value (dialog_child (dialog, "year_spin"), 2025);
  click (merge_button);
  settle (50);

  /* Merged: the dialog is gone, a toast says so, and the list shows the new unit only. */
  g_assert_null (find_toplevel (ZONA_TYPE_MERGE_DIALOG));
  g_assert_true (shows_text (GTK_WIDGET (f->window), "Merged into “Dinsos PPPA” from 2025"));
  g_assert_true (window_lists_unit (f, "Dinsos PPPA"));
  g_assert_false (window_lists_unit (f, "Dinsos"));
  g_assert_false (window_lists_unit (f, "DP3A"));

  /* The old units ended with 2024; the new one starts in 2025. */
  dinsos_after = zona_store_get_unit (f->store, dinsos->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dinsos_after->valid_to, ==, 2024);
  dp3a_after = zona_store_get_unit (f->store, dp3a->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dp3a_after->valid_to, ==, 2024);
  merged = find_unit (f, "Dinsos PPPA");
  g_assert_cmpstr (merged->name, ==, DINSOS_PPPA);
  g_assert_cmpint (merged->valid_from, ==, 2025);
  g_assert_cmpint (merged->valid_to, ==, 0);

  /* Both are its predecessors, Dinas Sosial the primary line. */
  lineage = zona_store_get_lineage (f->store, merged->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lineage->len, ==, 2);
  g_assert_cmpint (g_array_index (lineage, ZonaLineage, 0).predecessor_id, ==, dinsos->id);
  g_assert_true (g_array_index (lineage, ZonaLineage, 0).is_primary);
  g_assert_cmpstr (g_array_index (lineage, ZonaLineage, 0).kind, ==, "merge");
  g_assert_cmpint (g_array_index (lineage, ZonaLineage, 0).year, ==, 2025);
  g_assert_cmpint (g_array_index (lineage, ZonaLineage, 1).predecessor_id, ==, dp3a->id);
  g_assert_false (g_array_index (lineage, ZonaLineage, 1).is_primary);

  /* The new unit's trend holds Dinas Sosial's 2023 result, under the name it had then. */
  trend = zona_store_trend (f->store, "35.77", merged->id, "ombudsman", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, 1);
  point = g_ptr_array_index (trend, 0);
  g_assert_cmpint (point->year, ==, 2023);
  g_assert_true (point->has_score);
  g_assert_cmpint (point->score, ==, 9520);
  g_assert_cmpstr (point->subject_name, ==, "Dinas Sosial");
}

static void
test_merge_refused (WindowFixture *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) units_before = NULL;
  g_autoptr(GPtrArray) units_after = NULL;
  g_autoptr(ZonaUnit) dinsos = NULL;
  g_autoptr(ZonaUnit) dindik = NULL;
  g_autoptr(ZonaUnit) merged = NULL;
  g_autoptr(GArray) lineage = NULL;
  g_autoptr(GError) error = NULL;
  ZonaMergeDialog *dialog;
  GtkRevealer *revealer;
  const char *message;

  show_kota_madiun (f);
  dinsos = find_unit (f, "Dinsos");
  dindik = find_unit (f, "Dindik");
  units_before = zona_store_list_units (f->store, "35.77", -1, &error);
  g_assert_no_error (error);

  gtk_selection_model_unselect_all (gtk_column_view_get_model (window_child (f, "unit_view")));
  dialog = open_merge_dialog (f);
  revealer = dialog_child (dialog, "error_revealer");
  toggle_unit (dialog, "Dinas Sosial");
  toggle_unit (dialog, "Dinas Pendidikan");
  gtk_editable_set_text (dialog_child (dialog, "name_row"), "Dinas Sosial dan Pendidikan");

  /* Both have 2023 results: a merge from 2023 would leave them outside their units' years.
   * Core refuses, the dialog stays with what was typed and says from when it can be. */
  gtk_spin_button_set_value (dialog_child (dialog, "year_spin"), 2023);
  click (dialog_child (dialog, "merge_button"));
  settle (50);
  g_assert_true (find_toplevel (ZONA_TYPE_MERGE_DIALOG) == dialog);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  message = gtk_label_get_label (dialog_child (dialog, "error_label"));
  g_test_message ("Refused: %s", message);
  g_assert_nonnull (strstr (message, "2023"));
  g_assert_nonnull (strstr (message, "2024"));
  g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, "name_row")), ==,
                   "Dinas Sosial dan Pendidikan");
  g_assert_true (gtk_check_button_get_active (unit_check (dialog, "Dinas Sosial")));

  /* Nothing changed: the same units, none ended, no new one. */
  units_after = zona_store_list_units (f->store, "35.77", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units_after->len, ==, units_before->len);
  for (guint i = 0; i < units_after->len; i++)
    g_assert_cmpint (((ZonaUnit *) g_ptr_array_index (units_after, i))->valid_to, ==, 0);
  g_assert_null (zona_store_find_unit (f->store, "35.77", "Dinas Sosial dan Pendidikan", NULL));
  g_assert_true (window_lists_unit (f, "Dinsos"));

  /* Corrected, the message goes; with the Dinas Pendidikan chosen as the main line, its
   * trend is the one that carries on. */
  gtk_spin_button_set_value (dialog_child (dialog, "year_spin"), 2024);
  settle (10);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_cmpstr (primary_label (dialog), ==, "Dinsos");
  adw_combo_row_set_selected (dialog_child (dialog, "primary_row"), 1);
  g_assert_cmpstr (primary_label (dialog), ==, "Dindik");
  click (dialog_child (dialog, "merge_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_MERGE_DIALOG));

  /* Without a short name, the toast names the unit by its name. */
  g_assert_true (shows_text (GTK_WIDGET (f->window),
                             "Merged into “Dinas Sosial dan Pendidikan” from 2024"));
  merged = find_unit (f, "Dinas Sosial dan Pendidikan");
  lineage = zona_store_get_lineage (f->store, merged->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lineage->len, ==, 2);
  g_assert_cmpint (g_array_index (lineage, ZonaLineage, 0).predecessor_id, ==, dindik->id);
  g_assert_true (g_array_index (lineage, ZonaLineage, 0).is_primary);
  g_assert_cmpint (g_array_index (lineage, ZonaLineage, 1).predecessor_id, ==, dinsos->id);
}

/* A region with one unit has nothing to merge, and the dialog says so. */
static void
test_merge_nothing (WindowFixture *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ZonaMergeDialog *dialog;
  ZonaUnit unit = { 0 };

  unit.name = (char *) "Dinas Kependudukan dan Pencatatan Sipil";
  unit.short_name = (char *) "Disdukcapil";
  g_assert_cmpint (zona_store_add_unit (f->store, "17.06", &unit, &error), >, 0);
  g_assert_true (zona_window_select_region (f->window, "17.06"));
  settle (20);

  dialog = open_merge_dialog (f);
  g_assert_nonnull (strstr (adw_preferences_group_get_description (dialog_child (dialog,
                                                                                 "units_group")),
                            "fewer than two units"));
  toggle_unit (dialog, "Dinas Kependudukan dan Pencatatan Sipil");
  gtk_editable_set_text (dialog_child (dialog, "name_row"), "Disdukcapil Baru");
  settle (10);
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, "merge_button")));
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, "primary_row")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  /* gtk_test_init() sets a locale that is not installed here; the environment's is C.UTF-8. */
  setlocale (LC_ALL, "");
  adw_init ();

  g_test_add ("/ui/merge/merge", WindowFixture, NULL,
              window_fixture_set_up, test_merge, window_fixture_tear_down);
  g_test_add ("/ui/merge/refused", WindowFixture, NULL,
              window_fixture_set_up, test_merge_refused, window_fixture_tear_down);
  g_test_add ("/ui/merge/nothing-to-merge", WindowFixture, NULL,
              window_fixture_set_up, test_merge_nothing, window_fixture_tear_down);

  return g_test_run ();
}
