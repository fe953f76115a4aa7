/* test-indicators.c — entering a result indicator by indicator, and the default year of a new
 * result, under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "zona-aggregate.h"
#include "zona-assessment-dialog.h"
#include "zona-category-chip.h"
#include "zona-indicator-form.h"
#include "zona-paths.h"
#include "zona-store.h"
#include "ui-test-utils.h"

/* A small scheme whose only version ended in 2022, with indicators of unequal weight. */
static const char ended_scheme[] =
  "{ \"format\": 1, \"id\": \"uji\", \"name\": \"Skema Uji\", \"short_name\": \"Uji\","
  "  \"result\": \"score\", \"scale\": { \"min\": \"0\", \"max\": \"100\" },"
  "  \"versions\": [ { \"id\": \"v1\", \"name\": \"Versi 1\", \"from\": 2020, \"to\": 2022,"
  "    \"region_score\": \"mean_of_units\","
  "    \"bands\": ["
  "      { \"code\": \"R\", \"name\": \"Rendah\", \"label\": \"Rendah\", \"zone\": \"merah\","
  "        \"colour\": \"#c62828\", \"min\": \"0\", \"max\": \"49,99\" },"
  "      { \"code\": \"T\", \"name\": \"Tinggi\", \"label\": \"Tinggi\", \"zone\": \"hijau\","
  "        \"colour\": \"#2e7d32\", \"min\": \"50,00\", \"max\": \"100\" } ],"
  "    \"dimensions\": ["
  "      { \"code\": \"D1\", \"name\": \"Satu\", \"weight\": \"60\", \"indicators\": ["
  "        { \"code\": \"I1\", \"name\": \"Ind 1\", \"weight\": \"3\" },"
  "        { \"code\": \"I2\", \"name\": \"Ind 2\", \"weight\": \"1\" } ] },"
  "      { \"code\": \"D2\", \"name\": \"Dua\", \"weight\": \"40\", \"indicators\": ["
  "        { \"code\": \"I3\", \"name\": \"Ind 3\" } ] } ] } ] }";

static ZonaIndicatorForm *
get_form (ZonaAssessmentDialog *dialog)
{
  return result_dialog_child (dialog, "indicator_form");
}

static ZonaAssessmentDialog *
open_add_dialog (WindowFixture *f)
{
  ZonaAssessmentDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-result", NULL));
  dialog = find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG);
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

/* Opens the dialog on a recorded result, as the window's Edit does. */
static ZonaAssessmentDialog *
open_edit_dialog (WindowFixture        *f,
                  const ZonaAssessment *existing)
{
  g_autoptr(GError) error = NULL;
  ZonaAssessmentDialog *dialog;

  dialog = zona_assessment_dialog_new (GTK_WINDOW (f->window), f->store, "35.77", existing,
                                       &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

static gint64
unit_id (WindowFixture *f,
         const char    *name)
{
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(GError) error = NULL;

  unit = zona_store_find_unit (f->store, "35.77", name, &error);
  g_assert_no_error (error);

  return unit->id;
}

static ZonaAssessment *
get_result (WindowFixture *f,
            const char    *unit_name,
            const char    *scheme_id,
            int            year)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (f->store, "35.77", NULL);
  g_autoptr(GError) error = NULL;
  ZonaAssessment *assessment;

  assessment = zona_store_get_assessment (f->store, region->id, unit_id (f, unit_name),
                                          scheme_id, year, &error);
  if (assessment == NULL)
    g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);

  return assessment;
}

static void
type_field (ZonaAssessmentDialog *dialog,
            const char           *code,
            const char           *text)
{
  GtkWidget *entry = zona_indicator_form_get_field (get_form (dialog), code);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static const char *
field_text (ZonaAssessmentDialog *dialog,
            const char           *code)
{
  GtkWidget *entry = zona_indicator_form_get_field (get_form (dialog), code);

  g_assert_nonnull (entry);

  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* The row that shows the field's name, code and weight, or the reason it is refused. */
static const char *
field_subtitle (ZonaAssessmentDialog *dialog,
                const char           *code)
{
  GtkWidget *entry = zona_indicator_form_get_field (get_form (dialog), code);
  GtkWidget *row = gtk_widget_get_ancestor (entry, ADW_TYPE_ACTION_ROW);

  g_assert_nonnull (row);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static const ZonaSchemeVersion *
get_version (WindowFixture     *f,
             const char        *scheme_id,
             int                year,
             const ZonaScheme **out_scheme)
{
  const ZonaScheme *scheme = zona_store_find_scheme (f->store, scheme_id, NULL);
  const ZonaSchemeVersion *version;

  g_assert_nonnull (scheme);
  version = zona_scheme_version_for_year (scheme, year);
  g_assert_nonnull (version);
  *out_scheme = scheme;

  return version;
}

/* Types a different score into every indicator of the version, from 1,00 to 5,00, and keeps
 * the same values in @values for core to compute the expected total from. */
static void
type_all (ZonaAssessmentDialog    *dialog,
          const ZonaSchemeVersion *version,
          GHashTable              *values)
{
  guint n = 0;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++, n++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);
          ZonaScore value = 100 + (n * 37) % 401;
          g_autofree char *text = zona_score_format (value);

          type_field (dialog, indicator->code, text);
          zona_score_table_set (values, indicator->code, value);
        }
    }
}

static void
assert_values (GHashTable *expected,
               GHashTable *got)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_assert_cmpuint (g_hash_table_size (got), ==, g_hash_table_size (expected));
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ZonaScore stored;

      g_assert_true (zona_score_table_get (got, key, &stored));
      g_assert_cmpint (stored, ==, *(ZonaScore *) value);
    }
}

/* PEKPPP 2024 for Dinkes, indicator by indicator: the total shown is core's, a mistyped value
 * is marked on its field and blocks saving, and the saved scores come back on reopening. */
static void
test_live_total (WindowFixture *f,
                 gconstpointer  data)
{
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(ZonaAssessment) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *reason = NULL;
  const ZonaScheme *scheme;
  const ZonaSchemeVersion *version = get_version (f, "pekppp", 2024, &scheme);
  const ZonaBand *band;
  ZonaAssessmentDialog *dialog;
  GtkWidget *save_button, *bad_entry;
  ZonaScore expected, ignored;

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  dialog = open_add_dialog (f);
  save_button = result_dialog_child (dialog, "save_button");
  zona_assessment_dialog_set_subject (dialog, unit_id (f, "Dinkes"));
  zona_assessment_dialog_set_scheme (dialog, "pekppp");
  zona_assessment_dialog_set_year (dialog, 2024);
  settle (20);

  /* The choice appears for a version with indicators; the form, only once it is chosen. */
  g_assert_true (gtk_widget_get_visible (result_dialog_child (dialog, "mode_box")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_form (dialog))));
  gtk_toggle_button_set_active (result_dialog_child (dialog, "indicator_toggle"), TRUE);
  settle (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_form (dialog))));
  g_assert_false (gtk_widget_get_visible (result_dialog_child (dialog, "score_row")));
  g_assert_true (gtk_widget_get_visible (result_dialog_child (dialog, "total_row")));
  g_assert_cmpuint (zona_indicator_form_get_n_indicators (get_form (dialog)), ==,
                    zona_scheme_version_n_indicators (version));

  /* Nothing typed yet: no total, nothing to save. */
  g_assert_cmpstr (gtk_label_get_label (result_dialog_child (dialog, "total_label")), ==, "—");
  g_assert_false (gtk_widget_get_sensitive (save_button));

  /* Every indicator typed: the total is exactly what core computes from the same values. */
  type_all (dialog, version, values);
  settle (20);
  g_assert_true (zona_aggregate_total (scheme, version, values, &expected, NULL, &error));
  g_assert_no_error (error);
  expected_text = zona_score_format (expected);
  g_test_message ("Total of %u indicators: %s", g_hash_table_size (values), expected_text);
  g_assert_cmpstr (gtk_label_get_label (result_dialog_child (dialog, "total_label")), ==,
                   expected_text);
  band = zona_scheme_classify (scheme, 2024, expected, &reason);
  g_assert_nonnull (band);
  g_assert_cmpstr (zona_assessment_dialog_get_category_text (dialog), ==, band->name);
  g_assert_cmpstr (zona_category_chip_get_label (result_dialog_child (dialog, "category_chip")), ==,
                   band->name);
  g_assert_true (gtk_widget_get_sensitive (save_button));

  /* A letter O for a zero: that field is marked with core's reason, the others are not, and
   * Save is disabled. */
  type_field (dialog, "SP-03", "9O");
  settle (20);
  bad_entry = zona_indicator_form_get_field (get_form (dialog), "SP-03");
  g_assert_true (gtk_widget_has_css_class (bad_entry, "error"));
  g_assert_false (zona_score_parse ("9O", scheme->scale_min, scheme->scale_max, &ignored,
                                    &parse_error));
  g_assert_cmpstr (field_subtitle (dialog, "SP-03"), ==, parse_error->message);
  g_assert_nonnull (strstr (field_subtitle (dialog, "SP-03"), "9O"));
  g_assert_false (gtk_widget_has_css_class (zona_indicator_form_get_field (get_form (dialog),
                                                                          "SP-02"),
                                            "error"));
  g_assert_false (gtk_widget_get_sensitive (save_button));
  g_assert_false (zona_assessment_dialog_get_valid (dialog));
  g_assert_cmpstr (gtk_label_get_label (result_dialog_child (dialog, "total_label")), ==, "—");

  /* Above the scale of 5: refused too, with the limits in the reason. */
  type_field (dialog, "SP-03", "5,5");
  settle (20);
  g_assert_true (gtk_widget_has_css_class (bad_entry, "error"));
  g_assert_nonnull (strstr (field_subtitle (dialog, "SP-03"), "5,00"));
  g_assert_false (gtk_widget_get_sensitive (save_button));

  /* Corrected with a point instead of a comma: the mark goes, the total comes back. */
  {
    g_autofree char *text = NULL;
    ZonaScore value;

    g_assert_true (zona_score_table_get (values, "SP-03", &value));
    text = zona_score_format_point (value);
    type_field (dialog, "SP-03", text);
  }
  settle (20);
  g_assert_false (gtk_widget_has_css_class (bad_entry, "error"));
  g_assert_true (g_str_has_prefix (field_subtitle (dialog, "SP-03"), "SP-03"));
  g_assert_cmpstr (gtk_label_get_label (result_dialog_child (dialog, "total_label")), ==,
                   expected_text);
  g_assert_true (gtk_widget_get_sensitive (save_button));

  click (save_button);
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG));

  /* The store holds the indicator scores and the total computed from them. */
  saved = get_result (f, "Dinkes", "pekppp", 2024);
  g_assert_nonnull (saved);
  g_assert_true (saved->has_score);
  g_assert_cmpint (saved->score, ==, expected);
  g_assert_cmpint (saved->origin, ==, ZONA_ORIGIN_COMPUTED);
  stored = zona_store_get_indicator_scores (f->store, saved->id, &error);
  g_assert_no_error (error);
  assert_values (values, stored);

  /* Reopened, it is shown indicator by indicator with the values filled in. */
  dialog = open_edit_dialog (f, saved);
  g_assert_true (gtk_toggle_button_get_active (result_dialog_child (dialog, "indicator_toggle")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_form (dialog))));
  {
    ZonaScore value;
    g_autofree char *text = NULL;

    g_assert_true (zona_score_table_get (values, "KB-01", &value));
    text = zona_score_format (value);
    g_assert_cmpstr (field_text (dialog, "KB-01"), ==, text);
  }
  g_assert_cmpstr (gtk_label_get_label (result_dialog_child (dialog, "total_label")), ==,
                   expected_text);
  g_assert_true (gtk_widget_get_sensitive (result_dialog_child (dialog, "save_button")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Changing the scheme or the year rebuilds the form and keeps what was typed by code;
 * switching back to the total keeps the computed total. */
static void
test_switching (WindowFixture *f,
                gconstpointer  data)
{
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autofree char *expected_text = NULL;
  const ZonaScheme *scheme;
  const ZonaSchemeVersion *version = get_version (f, "pekppp", 2024, &scheme);
  ZonaAssessmentDialog *dialog;
  ZonaIndicatorForm *form;
  ZonaScore expected;

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  dialog = open_add_dialog (f);
  form = get_form (dialog);
  zona_assessment_dialog_set_subject (dialog, unit_id (f, "Dinkes"));
  zona_assessment_dialog_set_scheme (dialog, "pekppp");
  zona_assessment_dialog_set_year (dialog, 2024);
  gtk_toggle_button_set_active (result_dialog_child (dialog, "indicator_toggle"), TRUE);
  type_field (dialog, "KB-01", "4,25");
  settle (20);

  /* PEKPPP daring has the same indicator codes: the value stays. */
  zona_assessment_dialog_set_scheme (dialog, "pekppp-daring");
  settle (20);
  g_assert_true (zona_indicator_form_has_indicators (form));
  g_assert_cmpstr (field_text (dialog, "KB-01"), ==, "4,25");

  /* Ombudsman 2023 (era III) has other indicators. */
  zona_assessment_dialog_set_scheme (dialog, "ombudsman");
  zona_assessment_dialog_set_year (dialog, 2023);
  settle (20);
  g_assert_null (zona_indicator_form_get_field (form, "KB-01"));
  g_assert_nonnull (zona_indicator_form_get_field (form, "IN-01"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));

  /* 2025 (era IV) names none: only the total can be typed, and the choice is gone. */
  zona_assessment_dialog_set_year (dialog, 2025);
  settle (20);
  g_assert_false (gtk_widget_get_visible (result_dialog_child (dialog, "mode_box")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_true (gtk_widget_get_visible (result_dialog_child (dialog, "score_row")));

  /* Back on PEKPPP the form returns, with what was typed before. */
  zona_assessment_dialog_set_scheme (dialog, "pekppp");
  zona_assessment_dialog_set_year (dialog, 2024);
  settle (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_cmpstr (field_text (dialog, "KB-01"), ==, "4,25");

  /* Switched back to the total, the computed total is in the total field. */
  type_all (dialog, version, values);
  settle (20);
  g_assert_true (zona_aggregate_total (scheme, version, values, &expected, NULL, NULL));
  expected_text = zona_score_format (expected);
  gtk_toggle_button_set_active (result_dialog_child (dialog, "total_toggle"), TRUE);
  settle (20);
  g_assert_true (gtk_widget_get_visible (result_dialog_child (dialog, "score_row")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_cmpstr (gtk_editable_get_text (result_dialog_child (dialog, "score_row")), ==,
                   expected_text);
  g_assert_true (zona_assessment_dialog_get_valid (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Records Dinkes' PEKPPP 2024 result from indicators, through core. */
static ZonaAssessment *
record_with_indicators (WindowFixture *f,
                        GHashTable    *values)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (f->store, "35.77", NULL);
  g_autoptr(GError) error = NULL;
  const ZonaScheme *scheme;
  const ZonaSchemeVersion *version = get_version (f, "pekppp", 2024, &scheme);
  ZonaAssessment assessment = {
    .region_id = region->id,
    .unit_id = unit_id (f, "Dinkes"),
    .scheme_id = (char *) "pekppp",
    .year = 2024,
  };

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);

          zona_score_table_set (values, indicator->code, 400 + (i * 20) % 100);
        }
    }
  g_assert_cmpint (zona_store_record_assessment (f->store, &assessment, values, &error), >, 0);
  g_assert_no_error (error);

  return get_result (f, "Dinkes", "pekppp", 2024);
}

/* A recorded total left as it is keeps its indicator scores; a different total typed over it
 * replaces them, as the dialog says it will. */
static void
test_total_over_indicators (WindowFixture *f,
                            gconstpointer  data)
{
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(ZonaAssessment) recorded = NULL;
  g_autoptr(ZonaAssessment) kept = NULL;
  g_autoptr(ZonaAssessment) replaced = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *total_text = NULL;
  ZonaAssessmentDialog *dialog;

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  recorded = record_with_indicators (f, values);
  total_text = zona_score_format (recorded->score);

  /* Only the status changes: the total and its indicator scores stay as they were. */
  dialog = open_edit_dialog (f, recorded);
  g_assert_false (gtk_widget_get_visible (result_dialog_child (dialog, "replace_note")));
  gtk_toggle_button_set_active (result_dialog_child (dialog, "total_toggle"), TRUE);
  settle (20);
  g_assert_true (gtk_widget_get_visible (result_dialog_child (dialog, "replace_note")));
  g_assert_cmpstr (gtk_editable_get_text (result_dialog_child (dialog, "score_row")), ==, total_text);
  adw_combo_row_set_selected (result_dialog_child (dialog, "status_row"), 1);
  click (result_dialog_child (dialog, "save_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG));
  kept = get_result (f, "Dinkes", "pekppp", 2024);
  g_assert_cmpint (kept->status, ==, ZONA_STATUS_FINAL);
  g_assert_cmpint (kept->score, ==, recorded->score);
  g_assert_cmpint (kept->origin, ==, ZONA_ORIGIN_COMPUTED);
  stored = zona_store_get_indicator_scores (f->store, kept->id, &error);
  assert_values (values, stored);
  g_clear_pointer (&stored, g_hash_table_unref);

  /* The published total differs: typed over the computed one, it replaces the indicators. */
  dialog = open_edit_dialog (f, kept);
  gtk_toggle_button_set_active (result_dialog_child (dialog, "total_toggle"), TRUE);
  gtk_editable_set_text (result_dialog_child (dialog, "score_row"), "4,61");
  settle (20);
  click (result_dialog_child (dialog, "save_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG));
  replaced = get_result (f, "Dinkes", "pekppp", 2024);
  g_assert_cmpint (replaced->score, ==, 461);
  g_assert_cmpint (replaced->origin, ==, ZONA_ORIGIN_ENTERED);
  stored = zona_store_get_indicator_scores (f->store, replaced->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (stored), ==, 0);

  /* Reopened, it is a typed total again. */
  dialog = open_edit_dialog (f, replaced);
  g_assert_false (gtk_toggle_button_get_active (result_dialog_child (dialog, "indicator_toggle")));
  g_assert_false (gtk_widget_get_visible (result_dialog_child (dialog, "replace_note")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A new result defaults to the latest year its scheme was held, not after this year; a result
 * opened for correction shows its own year. */
static void
test_default_year (WindowFixture *f,
                   gconstpointer  data)
{
  g_autoptr(ZonaScheme) ended = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(ZonaAssessment) old = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaScheme *ombudsman;
  int this_year = g_date_time_get_year (now);
  ZonaAssessmentDialog *dialog;
  GtkSpinButton *year_spin;
  int year;

  ended = zona_scheme_new_from_data (ended_scheme, -1, "uji.json", &error);
  g_assert_no_error (error);
  g_assert_true (zona_store_save_scheme (f->store, ended, FALSE, &error));
  g_assert_no_error (error);
  /* Saving a scheme renews the store's cache: look the others up afterwards. */
  ombudsman = zona_store_find_scheme (f->store, "ombudsman", NULL);

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  dialog = open_add_dialog (f);
  year_spin = result_dialog_child (dialog, "year_spin");

  /* The default scheme: a year it covers, and not a later one than this. */
  year = gtk_spin_button_get_value_as_int (year_spin);
  g_assert_cmpint (year, <=, this_year);
  g_assert_nonnull (zona_scheme_version_for_year (ombudsman, year));
  g_assert_null (zona_scheme_not_held_reason (ombudsman, year));

  /* A scheme whose last version ended in 2022 is entered for 2022, whatever this year is. */
  zona_assessment_dialog_set_scheme (dialog, "uji");
  settle (20);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year_spin), ==, 2022);
  g_assert_true (zona_indicator_form_has_indicators (get_form (dialog)));

  /* A year chosen by hand stays when the scheme changes. */
  gtk_spin_button_set_value (year_spin, 2021);
  zona_assessment_dialog_set_scheme (dialog, "ombudsman");
  settle (20);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year_spin), ==, 2021);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A correction opens on the result's own year. */
  old = get_result (f, "Disdukcapil", "ombudsman", 2023);
  g_assert_nonnull (old);
  dialog = open_edit_dialog (f, old);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (result_dialog_child (dialog, "year_spin")), ==,
                   2023);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Waits until the window system has given @widget a size and its scrolled content a height. */
static void
wait_laid_out (GtkWidget         *widget,
               GtkScrolledWindow *scrolled)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  gint64 deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;

  while ((gtk_widget_get_height (widget) == 0 || gtk_adjustment_get_upper (adjustment) == 0) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (gtk_widget_get_height (widget), >, 0);
}

/* The dialog at the narrowest width it allows, on PEKPPP's 30 indicators with one refused, in
 * the language of $LANGUAGE; meson runs it in English and Indonesian and keeps the pictures in
 * <build>/tests/ui/screenshots/indicators-<lang>.png. */
static void
test_screenshot (WindowFixture *f,
                 gconstpointer  data)
{
  g_autoptr(GHashTable) values = zona_score_table_new ();
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *png = NULL;
  const ZonaScheme *scheme;
  const ZonaSchemeVersion *version = get_version (f, "pekppp", 2024, &scheme);
  g_autoptr(GError) error = NULL;
  ZonaAssessmentDialog *dialog;
  GtkWidget *scrolled;
  int width, height;

  if (language == NULL || *language == '\0')
    language = "en";

  dialog = zona_assessment_dialog_new (GTK_WINDOW (f->window), f->store, "35.77", NULL,
                                       &error);
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 720);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_mapped (GTK_WIDGET (dialog));
  zona_assessment_dialog_set_subject (dialog, unit_id (f, "Dinkes"));
  zona_assessment_dialog_set_scheme (dialog, "pekppp");
  zona_assessment_dialog_set_year (dialog, 2024);
  gtk_toggle_button_set_active (result_dialog_child (dialog, "indicator_toggle"), TRUE);
  type_all (dialog, version, values);
  type_field (dialog, "KB-02", "9O");
  type_field (dialog, "KB-04", "");
  settle (100);

  /* Nothing is cut off at 360 pixels: the window is no wider, and the 30 indicators scroll. */
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (get_form (dialog)), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scrolled);
  wait_laid_out (GTK_WIDGET (dialog), GTK_SCROLLED_WINDOW (scrolled));
  width = gtk_widget_get_width (GTK_WIDGET (dialog));
  height = gtk_widget_get_height (GTK_WIDGET (dialog));
  g_test_message ("Dialog %dx%d", width, height);
  g_assert_cmpint (width, <=, 360);
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (
                       GTK_SCROLLED_WINDOW (scrolled))), >, height);

  png = screenshot_path (f->dir, "indicators", language);
  render_to_file (GTK_WIDGET (dialog), png);

  /* Scrolled down to the empty field below the refused one, as the clerk would see them. */
  gtk_widget_grab_focus (zona_indicator_form_get_field (get_form (dialog), "KB-04"));
  settle (100);
  g_free (png);
  png = screenshot_path (f->dir, "indicators-scrolled", language);
  render_to_file (GTK_WIDGET (dialog), png);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/indicators/live-total", WindowFixture, NULL,
              window_fixture_set_up, test_live_total, window_fixture_tear_down);
  g_test_add ("/ui/indicators/switching", WindowFixture, NULL,
              window_fixture_set_up, test_switching, window_fixture_tear_down);
  g_test_add ("/ui/indicators/total-over-indicators", WindowFixture, NULL,
              window_fixture_set_up, test_total_over_indicators, window_fixture_tear_down);
  g_test_add ("/ui/indicators/default-year", WindowFixture, NULL,
              window_fixture_set_up, test_default_year, window_fixture_tear_down);
  g_test_add ("/ui/indicators/screenshot", WindowFixture, NULL,
              window_fixture_set_up, test_screenshot, window_fixture_tear_down);

  return g_test_run ();
}
