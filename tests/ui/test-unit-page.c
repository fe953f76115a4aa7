/* test-unit-page.c — a unit's page in the window: its years, its lineage, going back, correcting
 * a result from it; under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the page shows is checked against core, computed here: zona_store_trend() for the years,
 * scores and changes, zona_scheme_classify() for the categories.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "zona-assessment-dialog.h"
#include "zona-history-row.h"
#include "zona-paths.h"
#include "zona-result-item.h"
#include "zona-store.h"
#include "zona-unit-page.h"
#include "zona-window.h"
#include "ui-test-utils.h"

#define DP3A "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
#define DINSOS_PPPA "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"

/* The names below are this file's own: ui-test-utils may come to share similar helpers. */

static gpointer
win_part (WindowFixture *f,
          const char    *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->window), ZONA_TYPE_WINDOW, name);

  g_assert_nonnull (child);

  return child;
}

static gpointer
page_part (WindowFixture *f,
           const char    *name)
{
  GObject *child = gtk_widget_get_template_child (win_part (f, "unit_page"), ZONA_TYPE_UNIT_PAGE,
                                                  name);

  g_assert_nonnull (child);

  return child;
}

static gpointer
dialog_part (ZonaAssessmentDialog *dialog,
             const char           *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                  ZONA_TYPE_ASSESSMENT_DIALOG, name);

  g_assert_nonnull (child);

  return child;
}

static const char *
shown_page (WindowFixture *f)
{
  return gtk_stack_get_visible_child_name (win_part (f, "content_stack"));
}

static const char *
header_title (WindowFixture *f)
{
  return adw_window_title_get_title (win_part (f, "region_title"));
}

static void
record (WindowFixture        *f,
        gint64                unit_id,
        const char           *scheme_id,
        int                   year,
        ZonaScore             score,
        ZonaAssessmentStatus  status)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (f->store, "35.77", NULL);
  g_autoptr(GError) error = NULL;
  ZonaAssessment assessment = {
    .region_id = region->id,
    .unit_id = unit_id,
    .scheme_id = (char *) scheme_id,
    .year = year,
    .has_score = score >= 0,
    .score = score,
    .status = status,
  };

  g_assert_cmpint (zona_store_set_assessment (f->store, &assessment, &error), >, 0);
  g_assert_no_error (error);
}

/* Selects the row of @unit_id in the unit list, as a click does. */
static void
pick_unit_row (WindowFixture *f,
               gint64         unit_id)
{
  GtkSelectionModel *rows = gtk_column_view_get_model (win_part (f, "unit_view"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (zona_result_item_get_result (item)->unit_id == unit_id)
        {
          gtk_selection_model_select_item (rows, i, TRUE);
          return;
        }
    }

  g_assert_not_reached ();
}

/* The unit of the row selected in the unit list, or 0. */
static gint64
selected_unit (WindowFixture *f)
{
  GtkSingleSelection *rows = GTK_SINGLE_SELECTION (gtk_column_view_get_model (win_part (f,
                                                                                        "unit_view")));
  ZonaResultItem *item = gtk_single_selection_get_selected_item (rows);

  return item != NULL ? zona_result_item_get_result (item)->unit_id : 0;
}

/* The header bar's button for @action, which must be shown. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_button (child, action);

      if (button != NULL)
        return button;
    }

  return NULL;
}

/* Opens the page of @unit_id as a user does: its row selected, then the button beside the
 * list's edit and delete buttons. */
static void
open_unit_page (WindowFixture *f,
                gint64         unit_id)
{
  GtkWidget *button;

  pick_unit_row (f, unit_id);
  settle (10);
  button = find_button (GTK_WIDGET (f->window), "win.show-unit");
  g_assert_nonnull (button);
  click (button);
  settle (20);

  g_assert_cmpstr (shown_page (f), ==, "unit");
  g_assert_cmpint (zona_unit_page_get_unit_id (win_part (f, "unit_page")), ==, unit_id);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (ZONA_IS_HISTORY_ROW (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The year rows of the page of @scheme_id, top to bottom. */
static GPtrArray *
page_rows (WindowFixture *f,
           const char    *scheme_id)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (win_part (f, "unit_page"), all);
  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (zona_history_row_get_scheme_id (g_ptr_array_index (all, i)), scheme_id))
      g_ptr_array_add (rows, g_ptr_array_index (all, i));

  return rows;
}

static ZonaHistoryRow *
find_row (WindowFixture *f,
          const char    *scheme_id,
          int            year)
{
  g_autoptr(GPtrArray) rows = page_rows (f, scheme_id);

  for (guint i = 0; i < rows->len; i++)
    if (zona_history_row_get_year (g_ptr_array_index (rows, i)) == year)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* The label of the lineage that reads @text, as the user reads it (without its markup). */
static GtkLabel *
lineage_label (WindowFixture *f,
               const char    *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *group = page_part (f, "lineage_group");

  g_assert_true (gtk_widget_get_visible (group));
  collect_labels (group, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  for (guint i = 0; i < labels->len; i++)
    g_test_message ("Lineage label: %s", gtk_label_get_text (g_ptr_array_index (labels, i)));

  return NULL;
}

/* Follows the link to @unit_id in @label, as a click on it does. */
static void
follow_link (GtkLabel *label,
             gint64    unit_id)
{
  g_autofree char *uri = g_strdup_printf ("unit:%" G_GINT64_FORMAT, unit_id);
  g_autofree char *href = g_strdup_printf ("href=\"%s\"", uri);
  gboolean handled = FALSE;

  /* The link is in the label's text, as shown. */
  g_assert_nonnull (strstr (gtk_label_get_label (label), href));
  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
  settle (20);
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

/* Asserts that the page's rows of @scheme_id are core's trend of @unit_id, latest first: the
 * same years, the scores as "90,02", the changes, and each year's category by its own rules. */
static void
assert_rows_are_trend (WindowFixture *f,
                       gint64         unit_id,
                       const char    *scheme_id)
{
  g_autoptr(GPtrArray) trend = NULL;
  g_autoptr(GPtrArray) rows = page_rows (f, scheme_id);
  g_autoptr(GError) error = NULL;
  const ZonaScheme *scheme = zona_store_find_scheme (f->store, scheme_id, &error);

  g_assert_no_error (error);
  trend = zona_store_trend (f->store, "35.77", unit_id, scheme_id, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (rows->len, ==, trend->len);
  for (guint i = 0; i < trend->len; i++)
    {
      const ZonaTrendPoint *point = g_ptr_array_index (trend, trend->len - 1 - i);
      ZonaHistoryRow *row = g_ptr_array_index (rows, i);
      g_autofree char *score = point->has_score ? zona_score_format (point->score) : NULL;
      g_autofree char *change = point->has_delta ? zona_score_format_change (point->delta) :
                                g_strdup ("");
      const ZonaBand *band = NULL;

      if (point->has_score)
        band = zona_scheme_classify (scheme, point->year, point->score, NULL);

      g_test_message ("%s %d: %s %s %s", scheme_id, zona_history_row_get_year (row),
                      zona_history_row_get_score_text (row),
                      zona_history_row_get_change_text (row),
                      zona_history_row_get_category_text (row));

      g_assert_cmpint (zona_history_row_get_year (row), ==, point->year);
      g_assert_cmpstr (zona_history_row_get_score_text (row), ==, score != NULL ? score : "—");
      g_assert_cmpstr (zona_history_row_get_change_text (row), ==, change);
      if (band != NULL)
        g_assert_cmpstr (zona_history_row_get_category_text (row), ==, band->name);
      else if (point->has_score)
        g_assert_cmpstr (zona_history_row_get_category_text (row), ==, "No category");
      else
        g_assert_null (zona_history_row_get_category_text (row));
    }
}

/* The unit of Kota Madiun with the most years of results, found through core. */
static gint64
unit_with_most_years (WindowFixture *f,
                      guint         *out_years)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *schemes = zona_store_get_schemes (f->store);
  gint64 best = 0;
  guint best_years = 0;

  units = zona_store_list_units (f->store, "35.77", 0, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < units->len; i++)
    {
      const ZonaUnit *unit = g_ptr_array_index (units, i);
      guint n_years = 0;

      for (guint j = 0; j < schemes->len; j++)
        {
          const ZonaScheme *scheme = g_ptr_array_index (schemes, j);
          g_autoptr(GPtrArray) trend = zona_store_trend (f->store, "35.77", unit->id,
                                                         scheme->id, &error);

          g_assert_no_error (error);
          n_years += trend->len;
        }

      if (n_years > best_years)
        {
          best = unit->id;
          best_years = n_years;
        }
    }

  *out_years = best_years;

  return best;
}

/* Kota Madiun's Disdukcapil with more years than the demo's one: 2019 (era I, a zone), 2021,
 * no 2020 (not held), a draft 2022 without a score yet, the demo's 2023, and a PEKPPP index. */
static void
add_years (WindowFixture *f)
{
  g_autoptr(ZonaUnit) disdukcapil = find_unit (f, "Disdukcapil");

  record (f, disdukcapil->id, "ombudsman", 2019, 7655, ZONA_STATUS_FINAL);
  record (f, disdukcapil->id, "ombudsman", 2021, 8512, ZONA_STATUS_FINAL);
  record (f, disdukcapil->id, "ombudsman", 2022, -1, ZONA_STATUS_DRAFT);
  record (f, disdukcapil->id, "pekppp", 2024, 402, ZONA_STATUS_FINAL);
}

static void
test_years (WindowFixture *f,
            gconstpointer  data)
{
  g_autoptr(ZonaUnit) unit = NULL;
  g_autofree char *expected = NULL;
  ZonaHistoryRow *row;
  GtkWidget *back;
  gint64 unit_id;
  guint n_years;

  add_years (f);
  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);

  unit_id = unit_with_most_years (f, &n_years);
  g_assert_cmpuint (n_years, >=, 4);
  unit = zona_store_get_unit (f->store, unit_id, NULL);

  open_unit_page (f, unit_id);
  g_assert_cmpstr (header_title (f), ==, unit->name);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, unit->name);
  g_assert_cmpstr (gtk_label_get_label (page_part (f, "name_label")), ==, unit->name);

  assert_rows_are_trend (f, unit_id, "ombudsman");
  assert_rows_are_trend (f, unit_id, "pekppp");
  g_assert_null (find_row (f, "ombudsman", 2020));
  g_assert_false (gtk_widget_get_visible (page_part (f, "empty_group")));
  g_assert_false (gtk_widget_get_visible (page_part (f, "lineage_group")));

  /* 2021's change is measured from 2019, 2020 not being held, and 2023's from 2021, 2022
   * having no score yet: both say so. */
  g_assert_nonnull (strstr (zona_history_row_get_detail_text (find_row (f, "ombudsman", 2021)),
                            "change since 2019"));
  g_assert_nonnull (strstr (zona_history_row_get_detail_text (find_row (f, "ombudsman", 2023)),
                            "change since 2021"));

  /* A screen reader hears a year's row as one sentence of what it shows; the name is a
   * heading. */
  row = find_row (f, "ombudsman", 2023);
  expected = g_strdup_printf ("2023: %s, %s, %s, %s", zona_history_row_get_score_text (row),
                              zona_history_row_get_category_text (row),
                              zona_history_row_get_change_text (row),
                              zona_history_row_get_detail_text (row));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  gtk_test_accessible_assert_role (page_part (f, "name_label"), GTK_ACCESSIBLE_ROLE_HEADING);

  /* The draft says so, and that it has no score yet. */
  g_assert_nonnull (strstr (zona_history_row_get_detail_text (find_row (f, "ombudsman", 2022)),
                            "Draft"));
  g_assert_nonnull (strstr (zona_history_row_get_detail_text (find_row (f, "ombudsman", 2022)),
                            "No score recorded"));

  /* The list's row actions are for the list: off its page, Delete deletes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-result", NULL);
  settle (20);
  g_assert_cmpstr (shown_page (f), ==, "unit");
  assert_rows_are_trend (f, unit_id, "ombudsman");
  g_assert_nonnull (find_row (f, "ombudsman", 2023));

  /* Back, by the header bar's button: the region's page, with the unit still selected. */
  back = find_button (GTK_WIDGET (f->window), "win.unit-back");
  g_assert_nonnull (back);
  click (back);
  settle (20);
  g_assert_cmpstr (shown_page (f), ==, "region");
  g_assert_cmpstr (header_title (f), ==, "Kota Madiun");
  g_assert_cmpint (selected_unit (f), ==, unit_id);
  g_assert_null (find_button (GTK_WIDGET (f->window), "win.unit-back"));
}

/* A merge made through core: the new unit carries on Dinas Sosial's years and says where it
 * came from; each old unit says what it became, and the links lead from one to the other. */
static void
test_merge (WindowFixture *f,
            gconstpointer  data)
{
  g_autoptr(ZonaUnit) dinsos = find_unit (f, "Dinsos");
  g_autoptr(GError) error = NULL;
  ZonaUnitPage *page = win_part (f, "unit_page");
  ZonaUnit dp3a_unit = { .name = (char *) DP3A, .short_name = (char *) "DP3A" };
  g_autoptr(GPtrArray) rows = NULL;
  ZonaHistoryRow *row;
  GtkLabel *label;
  gint64 ids[2];
  gint64 dp3a;
  gint64 merged;

  dp3a = zona_store_add_unit (f->store, "35.77", &dp3a_unit, &error);
  g_assert_no_error (error);
  ids[0] = dinsos->id;
  ids[1] = dp3a;
  merged = zona_store_merge_units (f->store, ids, 2, DINSOS_PPPA, "Dinsos PPPA", 2025, &error);
  g_assert_no_error (error);
  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);

  open_unit_page (f, merged);
  g_assert_cmpstr (header_title (f), ==, DINSOS_PPPA);
  assert_rows_are_trend (f, merged, "ombudsman");
  row = find_row (f, "ombudsman", 2023);
  g_assert_nonnull (row);
  g_assert_cmpstr (zona_history_row_get_score_text (row), ==, "95,20");
  g_assert_nonnull (strstr (zona_history_row_get_detail_text (row), "recorded as Dinas Sosial"));
  g_assert_cmpint (zona_history_row_get_unit_id (row), ==, dinsos->id);

  label = lineage_label (f, "Merged from Dinas Sosial and " DP3A " in 2025 — the trend "
                            "continues from Dinas Sosial");
  g_assert_nonnull (label);

  /* Dinas Sosial's own page: what it became, and its year under its own name. */
  follow_link (label, dinsos->id);
  g_assert_cmpint (zona_unit_page_get_unit_id (page), ==, dinsos->id);
  g_assert_cmpstr (header_title (f), ==, "Dinas Sosial");
  g_assert_nonnull (lineage_label (f, "Merged with " DP3A " into " DINSOS_PPPA " in 2025 — its "
                                      "trend continues there"));
  assert_rows_are_trend (f, dinsos->id, "ombudsman");
  g_assert_cmpstr (adw_action_row_get_subtitle (page_part (f, "period_row")), ==, "Until 2024");

  /* Back leads to the page the link was on; from there, to DP3A, which has no results. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unit-back", NULL));
  settle (20);
  g_assert_cmpint (zona_unit_page_get_unit_id (page), ==, merged);
  follow_link (lineage_label (f, "Merged from Dinas Sosial and " DP3A " in 2025 — the trend "
                                 "continues from Dinas Sosial"), dp3a);
  g_assert_cmpint (zona_unit_page_get_unit_id (page), ==, dp3a);
  label = lineage_label (f, "Merged with Dinas Sosial into " DINSOS_PPPA " in 2025 — the trend "
                            "there continues from Dinas Sosial");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (page_part (f, "empty_group")));
  rows = page_rows (f, "ombudsman");
  g_assert_cmpuint (rows->len, ==, 0);

  /* Forward again, to the unit it became. */
  follow_link (label, merged);
  g_assert_cmpint (zona_unit_page_get_unit_id (page), ==, merged);

  /* Back all the way: DP3A, Dinsos PPPA, then the region, with Dinsos PPPA's row selected. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unit-back", NULL));
      settle (20);
    }
  g_assert_cmpstr (shown_page (f), ==, "region");
  g_assert_cmpint (selected_unit (f), ==, merged);
}

/* A year's row opens its result; the corrected score shows on the page at once, classified,
 * and the next year's change follows. Deleting it from the dialog takes the row away and Undo
 * brings it back, the page staying shown throughout. */
static void
test_edit (WindowFixture *f,
           gconstpointer  data)
{
  g_autoptr(ZonaUnit) disdukcapil = find_unit (f, "Disdukcapil");
  ZonaAssessmentDialog *dialog;

  add_years (f);
  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);
  open_unit_page (f, disdukcapil->id);

  /* As from the keyboard: the row has the focus, then is activated. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (find_row (f, "ombudsman", 2021))));
  adw_action_row_activate (ADW_ACTION_ROW (find_row (f, "ombudsman", 2021)));
  settle (20);
  dialog = find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG);
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));
  g_assert_cmpint (zona_assessment_dialog_get_existing (dialog)->year, ==, 2021);
  g_assert_cmpint (zona_assessment_dialog_get_existing (dialog)->unit_id, ==, disdukcapil->id);

  gtk_editable_set_text (dialog_part (dialog, "score_row"), "79,50");
  settle (20);
  click (dialog_part (dialog, "save_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG));

  g_assert_cmpstr (shown_page (f), ==, "unit");
  g_assert_cmpstr (header_title (f), ==, disdukcapil->name);
  g_assert_cmpstr (zona_history_row_get_score_text (find_row (f, "ombudsman", 2021)), ==,
                   "79,50");
  g_assert_cmpstr (zona_history_row_get_category_text (find_row (f, "ombudsman", 2021)), ==,
                   "Zona Kuning");
  assert_rows_are_trend (f, disdukcapil->id, "ombudsman");
  /* The corrected year keeps the keyboard focus, though its row was made anew. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) ==
                 GTK_WIDGET (find_row (f, "ombudsman", 2021)));

  /* Deleted from the dialog: the year goes, the toast offers Undo, which brings it back. */
  adw_action_row_activate (ADW_ACTION_ROW (find_row (f, "ombudsman", 2019)));
  settle (20);
  dialog = find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG);
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));
  click (dialog_part (dialog, "delete_button"));
  settle (50);
  if (find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG) != NULL)
    gtk_window_destroy (find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG));
  g_assert_cmpstr (shown_page (f), ==, "unit");
  g_assert_null (find_row (f, "ombudsman", 2019));
  g_assert_true (shows_text (GTK_WIDGET (f->window),
                             "Result of Dinas Kependudukan dan Pencatatan Sipil for 2019 "
                             "deleted"));
  assert_rows_are_trend (f, disdukcapil->id, "ombudsman");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (20);
  g_assert_cmpstr (shown_page (f), ==, "unit");
  g_assert_nonnull (find_row (f, "ombudsman", 2019));
  assert_rows_are_trend (f, disdukcapil->id, "ombudsman");
}

/* A unit without results says what to do, and its button enters a result for that unit. */
static void
test_empty (WindowFixture *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  ZonaUnit unit = { .name = (char *) "Kecamatan Taman", .kind = (char *) "kecamatan" };
  ZonaAssessmentDialog *dialog;
  AdwComboRow *subject;
  GtkStringObject *subject_name;
  GtkWidget *add_button;
  gint64 unit_id;

  unit_id = zona_store_add_unit (f->store, "35.77", &unit, &error);
  g_assert_no_error (error);
  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);
  open_unit_page (f, unit_id);

  g_assert_true (gtk_widget_get_visible (page_part (f, "empty_group")));
  g_assert_cmpstr (adw_status_page_get_title (page_part (f, "empty_page")), ==,
                   "No Results Yet");
  g_assert_cmpstr (adw_action_row_get_subtitle (page_part (f, "kind_row")), ==, "Kecamatan");
  g_assert_false (gtk_widget_get_visible (page_part (f, "parent_row")));

  add_button = page_part (f, "add_button");
  wait_mapped (add_button);
  click (add_button);
  settle (20);
  dialog = find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG);
  g_assert_nonnull (dialog);
  subject = dialog_part (dialog, "subject_row");
  subject_name = adw_combo_row_get_selected_item (subject);
  g_assert_cmpstr (gtk_string_object_get_string (subject_name), ==, "Kecamatan Taman");
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (20);
}

/* A puskesmas leads to its parent's page through the parent row. */
static void
test_parent (WindowFixture *f,
             gconstpointer  data)
{
  g_autoptr(ZonaUnit) puskesmas = find_unit (f, "Puskesmas Demangan");
  g_autoptr(ZonaUnit) dinkes = find_unit (f, "Dinkes");
  AdwActionRow *parent_row;

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);
  open_unit_page (f, puskesmas->id);

  parent_row = page_part (f, "parent_row");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (parent_row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (parent_row), ==, "Dinas Kesehatan");
  adw_action_row_activate (parent_row);
  settle (20);
  g_assert_cmpint (zona_unit_page_get_unit_id (win_part (f, "unit_page")), ==, dinkes->id);
  g_assert_cmpstr (header_title (f), ==, "Dinas Kesehatan");
}

/* <dir>/<what>-<language>.png: the pictures are test artifacts, kept in ZONA_SCREENSHOT_DIR when
 * meson runs the test, else in the test's temporary folder. */
/* The page after a merge, wide and at 360 pixels, light and dark, in the language asked for:
 * unit-page-<lang>.png, unit-page-narrow-<lang>.png and unit-page-dark-<lang>.png. */
static void
test_screenshot (WindowFixture *f,
                 gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autoptr(ZonaUnit) dinsos = find_unit (f, "Dinsos");
  g_autoptr(GError) error = NULL;
  ZonaUnit dp3a_unit = { .name = (char *) DP3A, .short_name = (char *) "DP3A" };
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *wide = NULL;
  g_autofree char *narrow = NULL;
  g_autofree char *dark = NULL;
  gint64 ids[2];
  gint64 merged;

  if (language == NULL || *language == '\0')
    language = "en";

  ids[0] = dinsos->id;
  ids[1] = zona_store_add_unit (f->store, "35.77", &dp3a_unit, &error);
  g_assert_no_error (error);
  record (f, dinsos->id, "ombudsman", 2022, 8830, ZONA_STATUS_FINAL);
  record (f, dinsos->id, "ombudsman", 2024, 9410, ZONA_STATUS_FINAL);
  merged = zona_store_merge_units (f->store, ids, 2, DINSOS_PPPA, "Dinsos PPPA", 2025, &error);
  g_assert_no_error (error);
  record (f, merged, "ombudsman", 2025, 9388, ZONA_STATUS_DRAFT);
  record (f, merged, "pekppp", 2025, 415, ZONA_STATUS_FINAL);
  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);
  open_unit_page (f, merged);

  wide = screenshot_path (f->dir, "unit-page", language);
  render_to_file (GTK_WIDGET (f->window), wide);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = screenshot_path (f->dir, "unit-page-dark", language);
  render_to_file (GTK_WIDGET (f->window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  settle (100);
  narrow = screenshot_path (f->dir, "unit-page-narrow", language);
  render_to_file (GTK_WIDGET (f->window), narrow);
}

/* The group whose title is @title, on the unit's page. */
static AdwPreferencesGroup *
find_group (GtkWidget  *widget,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return ADW_PREFERENCES_GROUP (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesGroup *group = find_group (child, title);

      if (group != NULL)
        return group;
    }

  return NULL;
}

/* A unit below the top category is told what it lacks for the next: Disdukcapil's 70,00 of 2024 is
 * Kategori C, 8,00 points short of B's 78,00; at the top, nothing is said. */
static void
test_gap (WindowFixture *f,
          gconstpointer  data)
{
  g_autoptr(ZonaUnit) disdukcapil = find_unit (f, "Disdukcapil");
  g_autoptr(ZonaRegion) region = zona_store_get_region (f->store, "35.77", NULL);
  g_autoptr(GError) error = NULL;
  ZonaAssessment assessment = {
    .region_id = region->id, .unit_id = disdukcapil->id, .scheme_id = (char *) "ombudsman",
    .year = 2024, .has_score = TRUE, .score = 7000,
  };
  AdwPreferencesGroup *group;

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);
  open_unit_page (f, disdukcapil->id);
  group = find_group (win_part (f, "unit_page"), "Ombudsman");
  g_assert_nonnull (group);
  /* 96,20 in 2023: Kategori A, nothing above it. */
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "");

  g_assert_cmpint (zona_store_record_total (f->store, &assessment, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (zona_unit_page_reload (win_part (f, "unit_page"), f->store, &error));
  g_assert_no_error (error);
  group = find_group (win_part (f, "unit_page"), "Ombudsman");
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                   "8,00 points short of Kategori B (2024)");
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend keeps what assistive technologies are told, without a session bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  ui_test_init (&argc, &argv);

  g_test_add ("/ui/unit-page/years", WindowFixture, NULL,
              window_fixture_set_up, test_years, window_fixture_tear_down);
  g_test_add ("/ui/unit-page/merge", WindowFixture, NULL,
              window_fixture_set_up, test_merge, window_fixture_tear_down);
  g_test_add ("/ui/unit-page/edit", WindowFixture, NULL,
              window_fixture_set_up, test_edit, window_fixture_tear_down);
  g_test_add ("/ui/unit-page/empty", WindowFixture, NULL,
              window_fixture_set_up, test_empty, window_fixture_tear_down);
  g_test_add ("/ui/unit-page/parent", WindowFixture, NULL,
              window_fixture_set_up, test_parent, window_fixture_tear_down);
  g_test_add ("/ui/unit-page/gap", WindowFixture, NULL, window_fixture_set_up, test_gap,
              window_fixture_tear_down);
  g_test_add ("/ui/unit-page/screenshot", WindowFixture, NULL,
              window_fixture_set_up, test_screenshot, window_fixture_tear_down);

  return g_test_run ();
}
