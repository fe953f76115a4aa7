/* test-editing.c — entering, correcting and deleting results in the window, under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zona-assessment-dialog.h"
#include "zona-category-chip.h"
#include "zona-demo.h"
#include "zona-result-item.h"
#include "zona-store.h"
#include "zona-unit-dialog.h"
#include "zona-window.h"
#include "ui-test-utils.h"
#include "zona-paths.h"

/* The open result dialog, or NULL. */
static ZonaAssessmentDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_items = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ZONA_IS_ASSESSMENT_DIALOG (window))
        return ZONA_ASSESSMENT_DIALOG (window);
    }

  return NULL;
}

static ZonaAssessmentDialog *
open_dialog (WindowFixture    *f,
             const char *action)
{
  ZonaAssessmentDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

static void
type_score (ZonaAssessmentDialog *dialog,
            const char           *text)
{
  gtk_editable_set_text (GTK_EDITABLE (result_dialog_child (dialog, "score_row")), text);
  settle (20);
}

static ZonaAssessment *
get_result (WindowFixture    *f,
            const char *region_code,
            const char *unit_name,
            const char *scheme_id,
            int         year)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  ZonaAssessment *assessment;

  region = zona_store_get_region (f->store, region_code, &error);
  g_assert_no_error (error);
  if (unit_name != NULL)
    {
      unit = zona_store_find_unit (f->store, region_code, unit_name, &error);
      g_assert_no_error (error);
    }

  assessment = zona_store_get_assessment (f->store, region->id, unit ? unit->id : 0, scheme_id,
                                          year, &error);
  if (assessment == NULL)
    g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);

  return assessment;
}

/* Renders @widget to a PNG in the test's folder, which is deleted afterwards. */
static void
render_to_png (WindowFixture    *f,
               GtkWidget  *widget,
               const char *name)
{
  g_autofree char *png = g_build_filename (f->dir, name, NULL);

  render_to_file (widget, png);
}

static void
test_live_category (WindowFixture       *f,
                    gconstpointer  data)
{
  ZonaAssessmentDialog *dialog;
  GtkWidget *score_row, *save_button, *score_message;
  ZonaCategoryChip *chip;

  g_assert_true (zona_window_select_region (f->window, "17.06"));
  dialog = open_dialog (f, "win.add-result");
  score_row = result_dialog_child (dialog, "score_row");
  save_button = result_dialog_child (dialog, "save_button");
  score_message = result_dialog_child (dialog, "score_message");
  chip = result_dialog_child (dialog, "category_chip");

  /* The region itself is the first subject, Ombudsman the default scheme. */
  zona_assessment_dialog_set_year (dialog, 2025);
  type_score (dialog, "90,02");
  g_assert_true (zona_assessment_dialog_get_valid (dialog));
  g_assert_true (gtk_widget_get_sensitive (save_button));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chip)));
  g_assert_nonnull (strstr (zona_assessment_dialog_get_category_text (dialog),
                            "for 2025 are not known"));

  zona_assessment_dialog_set_year (dialog, 2023);
  type_score (dialog, "87,99");
  g_assert_cmpstr (zona_assessment_dialog_get_category_text (dialog), ==, "Kategori B");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chip)));
  g_assert_cmpstr (zona_category_chip_get_label (chip), ==, "Kategori B");

  /* The point works as well as the comma. */
  type_score (dialog, "90.02");
  g_assert_cmpstr (zona_assessment_dialog_get_category_text (dialog), ==, "Kategori A");

  /* A letter O for a zero is marked on the field, with core's reason, and cannot be saved. */
  type_score (dialog, "9O,02");
  g_assert_false (zona_assessment_dialog_get_valid (dialog));
  g_assert_true (gtk_widget_has_css_class (score_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (save_button));
  g_assert_true (gtk_widget_get_visible (score_message));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (score_message)),
                            "is not a valid score"));

  type_score (dialog, "100,5");
  g_assert_false (gtk_widget_get_sensitive (save_button));

  /* Corrected, the mark goes away. */
  type_score (dialog, "87,99");
  g_assert_false (gtk_widget_has_css_class (score_row, "error"));
  g_assert_false (gtk_widget_get_visible (score_message));
  g_assert_true (gtk_widget_get_sensitive (save_button));

  render_to_png (f, GTK_WIDGET (dialog), "result-dialog.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_save (WindowFixture       *f,
           gconstpointer  data)
{
  g_autoptr(ZonaAssessment) saved = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  ZonaAssessmentDialog *dialog;

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  unit = zona_store_find_unit (f->store, "35.77", "Disdukcapil", &error);
  g_assert_no_error (error);

  dialog = open_dialog (f, "win.add-result");
  zona_assessment_dialog_set_subject (dialog, unit->id);
  zona_assessment_dialog_set_scheme (dialog, "ombudsman");
  zona_assessment_dialog_set_year (dialog, 2025);
  type_score (dialog, "90.02");
  adw_combo_row_set_selected (result_dialog_child (dialog, "status_row"), 1);
  gtk_editable_set_text (result_dialog_child (dialog, "assessor_row"), "Ombudsman RI Jawa Timur");
  click (result_dialog_child (dialog, "save_button"));
  settle (50);

  /* Saved, the dialog is gone and the store holds what was typed. */
  g_assert_null (find_dialog ());
  saved = get_result (f, "35.77", "Disdukcapil", "ombudsman", 2025);
  g_assert_nonnull (saved);
  g_assert_true (saved->has_score);
  g_assert_cmpint (saved->score, ==, 9002);
  g_assert_cmpint (saved->status, ==, ZONA_STATUS_FINAL);
  g_assert_cmpint (saved->origin, ==, ZONA_ORIGIN_ENTERED);
  g_assert_cmpstr (saved->assessor, ==, "Ombudsman RI Jawa Timur");
  g_assert_null (saved->notes);
}

static void
test_save_refused (WindowFixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ZonaAssessment) none = NULL;
  ZonaAssessmentDialog *dialog;
  GtkRevealer *revealer;

  g_assert_true (zona_window_select_region (f->window, "17.06"));
  dialog = open_dialog (f, "win.add-result");
  revealer = result_dialog_child (dialog, "error_revealer");

  /* Ombudsman was not held in 2020: core refuses, the dialog stays with what was typed. */
  zona_assessment_dialog_set_year (dialog, 2020);
  type_score (dialog, "75,10");
  click (result_dialog_child (dialog, "save_button"));
  settle (50);

  g_assert_true (find_dialog () == dialog);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  /* The message gives the reason the scheme records for that year. */
  g_assert_nonnull (strstr (gtk_label_get_label (result_dialog_child (dialog, "error_label")),
                            zona_scheme_not_held_reason (zona_store_find_scheme (f->store,
                                                                                 "ombudsman",
                                                                                 NULL),
                                                         2020)));
  g_assert_cmpstr (gtk_editable_get_text (result_dialog_child (dialog, "score_row")), ==, "75,10");
  none = get_result (f, "17.06", NULL, "ombudsman", 2020);
  g_assert_null (none);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_edit (WindowFixture       *f,
           gconstpointer  data)
{
  g_autoptr(ZonaAssessment) saved = NULL;
  ZonaAssessmentDialog *dialog;
  GtkColumnView *view = window_child (f, "unit_view");
  guint position;

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  position = select_unit_row (f, "Disdukcapil");

  /* Activating the row, as a double click does, opens its result for correction. */
  g_signal_emit_by_name (view, "activate", position);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Result");
  g_assert_cmpstr (gtk_editable_get_text (result_dialog_child (dialog, "score_row")), ==, "96,20");
  g_assert_false (gtk_widget_get_sensitive (result_dialog_child (dialog, "year_spin")));

  type_score (dialog, "96,5");
  click (result_dialog_child (dialog, "save_button"));
  settle (50);
  g_assert_null (find_dialog ());

  saved = get_result (f, "35.77", "Disdukcapil", "ombudsman", 2023);
  g_assert_nonnull (saved);
  g_assert_cmpint (saved->score, ==, 9650);
}

static void
test_delete_undo (WindowFixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ZonaAssessment) before = NULL;
  g_autoptr(ZonaAssessment) gone = NULL;
  g_autoptr(ZonaAssessment) back = NULL;
  GtkColumnView *view = window_child (f, "unit_view");
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (view));

  /* Dinsos, which has no other result: the PEKPPP round of the demo (four more rows) leaves it
   * out. */
  g_assert_true (zona_window_select_region (f->window, "35.77"));
  before = get_result (f, "35.77", "Dinsos", "ombudsman", 2023);
  g_assert_nonnull (before);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 11);

  select_unit_row (f, "Dinsos");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-result", NULL));
  settle (50);

  gone = get_result (f, "35.77", "Dinsos", "ombudsman", 2023);
  g_assert_null (gone);

  /* The unit stays in the list, now without results, and its row offers no result to edit. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 11);
  {
    guint position = select_unit_row (f, "Dinsos");
    g_autoptr(ZonaResultItem) item = g_list_model_get_item (rows, position);

    g_assert_null (zona_result_item_get_result (item)->scheme_id);
    g_assert_cmpstr (zona_result_item_get_scheme_name (item), ==, "No results yet");
    /* Delete is disabled there: it removes nothing more. */
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-result", NULL);
    settle (50);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 11);
  }

  /* Ctrl+Z runs the toast's Undo: the result comes back with its score. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (50);
  back = get_result (f, "35.77", "Dinsos", "ombudsman", 2023);
  g_assert_nonnull (back);
  g_assert_true (back->has_score);
  g_assert_cmpint (back->score, ==, before->score);
  g_assert_cmpint (back->score, ==, 9520);
  g_assert_cmpstr (back->source, ==, before->source);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 11);
}

static gpointer
unit_child (ZonaUnitDialog *dialog,
            const char     *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), ZONA_TYPE_UNIT_DIALOG,
                                                  name);

  g_assert_nonnull (child);

  return child;
}

static ZonaUnitDialog *
open_unit_dialog (WindowFixture    *f,
                  const char *action)
{
  ZonaUnitDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  dialog = find_toplevel (ZONA_TYPE_UNIT_DIALOG);
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

static void
test_units (WindowFixture       *f,
            gconstpointer  data)
{
  g_autoptr(ZonaUnit) added = NULL;
  g_autoptr(ZonaUnit) old = NULL;
  g_autoptr(ZonaUnit) renamed = NULL;
  g_autoptr(ZonaAssessment) kept = NULL;
  g_autoptr(GError) error = NULL;
  ZonaUnitDialog *dialog;
  GtkWidget *save_button;

  g_assert_true (zona_window_select_region (f->window, "35.77"));

  /* A new unit: no name, no save. */
  dialog = open_unit_dialog (f, "win.add-unit");
  save_button = unit_child (dialog, "save_button");
  g_assert_false (gtk_widget_get_sensitive (save_button));
  gtk_editable_set_text (unit_child (dialog, "name_row"), "Dinas Perhubungan");
  gtk_editable_set_text (unit_child (dialog, "short_row"), "Dishub");
  adw_combo_row_set_selected (unit_child (dialog, "kind_row"), 0);
  click (save_button);
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_UNIT_DIALOG));
  added = zona_store_find_unit (f->store, "35.77", "Dishub", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (added->name, ==, "Dinas Perhubungan");
  g_assert_cmpstr (added->kind, ==, "dinas");

  /* Dinsos becomes Dinsos PPPA from 2025: its 2023 result stays with the old name. */
  select_unit_row (f, "Dinsos");
  dialog = open_unit_dialog (f, "win.edit-unit");
  g_assert_cmpstr (gtk_editable_get_text (unit_child (dialog, "name_row")), ==, "Dinas Sosial");
  adw_expander_row_set_enable_expansion (unit_child (dialog, "rename_row"), TRUE);
  gtk_spin_button_set_value (unit_child (dialog, "rename_year_spin"), 2025);
  gtk_editable_set_text (unit_child (dialog, "name_row"),
                         "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak");
  gtk_editable_set_text (unit_child (dialog, "short_row"), "Dinsos PPPA");
  click (unit_child (dialog, "save_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_UNIT_DIALOG));

  renamed = zona_store_find_unit (f->store, "35.77", "Dinsos PPPA", &error);
  g_assert_no_error (error);
  g_assert_cmpint (renamed->valid_from, ==, 2025);
  old = zona_store_find_unit (f->store, "35.77", "Dinsos", &error);
  g_assert_no_error (error);
  g_assert_cmpint (old->valid_to, ==, 2024);
  kept = get_result (f, "35.77", "Dinsos", "ombudsman", 2023);
  g_assert_nonnull (kept);
  g_assert_cmpint (kept->score, ==, 9520);

  /* A unit with results is part of the record: core refuses, the dialog says why. */
  select_unit_row (f, "Disdukcapil");
  dialog = open_unit_dialog (f, "win.edit-unit");
  click (unit_child (dialog, "delete_button"));
  settle (50);
  g_assert_true (find_toplevel (ZONA_TYPE_UNIT_DIALOG) == dialog);
  g_assert_true (gtk_revealer_get_reveal_child (unit_child (dialog, "error_revealer")));
  g_test_message ("Refused: %s", gtk_label_get_label (unit_child (dialog, "error_label")));
  g_assert_cmpstr (gtk_label_get_label (unit_child (dialog, "error_label")), !=, "");
  render_to_png (f, GTK_WIDGET (dialog), "unit-dialog.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The column of the unit list whose English title is @english. */
static GtkColumnViewColumn *
find_column (WindowFixture    *f,
             const char *english)
{
  GListModel *columns = gtk_column_view_get_columns (window_child (f, "unit_view"));
  const char *title = g_dgettext (GETTEXT_PACKAGE, english);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  return NULL;
}

/* The main window on the demo data, in the language of $LANGUAGE (meson runs it once with "en"
 * and once with "id", with the build tree's catalogues bound in main()). */
static void
test_screenshot (WindowFixture       *f,
                 gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *png = NULL;

  if (language == NULL || *language == '\0')
    language = "en";

  g_assert_true (zona_window_select_region (f->window, "35.77"));

  /* The window speaks the language asked for: in Indonesian the column titles are id.po's, and
   * they differ from the English ones (a missing catalogue would leave them in English). */
  g_assert_nonnull (find_column (f, "Unit"));
  g_assert_nonnull (find_column (f, "Score"));
  if (g_str_has_prefix (language, "id"))
    {
      g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Score"), !=, "Score");
      g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Score"), ==, "Nilai");
      g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Select a Region"), !=, "Select a Region");
    }
  else
    {
      g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Score"), ==, "Score");
    }

  /* Kept as <build>/tests/ui/screenshots/main-window-<lang>.png. */
  png = screenshot_path (f->dir, "main-window", language);
  render_to_file (GTK_WIDGET (f->window), png);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/editing/live-category", WindowFixture, NULL,
              window_fixture_set_up, test_live_category, window_fixture_tear_down);
  g_test_add ("/ui/editing/save", WindowFixture, NULL,
              window_fixture_set_up, test_save, window_fixture_tear_down);
  g_test_add ("/ui/editing/save-refused", WindowFixture, NULL,
              window_fixture_set_up, test_save_refused, window_fixture_tear_down);
  g_test_add ("/ui/editing/edit", WindowFixture, NULL,
              window_fixture_set_up, test_edit, window_fixture_tear_down);
  g_test_add ("/ui/editing/delete-undo", WindowFixture, NULL,
              window_fixture_set_up, test_delete_undo, window_fixture_tear_down);
  g_test_add ("/ui/editing/units", WindowFixture, NULL,
              window_fixture_set_up, test_units, window_fixture_tear_down);
  g_test_add ("/ui/editing/screenshot", WindowFixture, NULL,
              window_fixture_set_up, test_screenshot, window_fixture_tear_down);

  return g_test_run ();
}
