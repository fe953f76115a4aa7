/* test-evidence-round.c — a region's evidence round in the window: each unit's progress, the
 * documents to chase, their order, and the evidence pack written from the window
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo database carries Kota Madiun's PEKPPP 2024 round, partly done: some documents
 * overdue, some needing correction. Every figure the tests expect is read from core.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zona-checklist-item.h"
#include "zona-evidence-dialog.h"
#include "zona-evidence-export.h"
#include "zona-evidence-overview.h"
#include "zona-evidence-page.h"
#include "zona-evidence-rounds.h"
#include "zona-evidence-text.h"
#include "zona-paths.h"
#include "zona-window.h"
#include "ui-test-utils.h"

#define KOTA_MADIUN "35.77"

static ZonaEvidenceOverview *
open_round (WindowFixture *f)
{
  g_assert_true (zona_window_select_region (f->window, KOTA_MADIUN));
  settle (20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-evidence-round",
                                             NULL));
  settle (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (f, "content_stack")), ==,
                   "evidence-round");

  return window_child (f, "evidence_overview");
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gpointer
overview_child (ZonaEvidenceOverview *overview,
                const char           *name)
{
  return template_child (overview, ZONA_TYPE_EVIDENCE_OVERVIEW, name);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static const char *
row_title (GtkListBox *list,
           guint       index)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list,
                                                                                       index)));
}

/* The round shown is the newest with checklists, PEKPPP 2024; its units and their figures are
 * core's, row by row; the documents to chase are core's, by due date. */
static void
test_open (WindowFixture *f,
           gconstpointer  data)
{
  ZonaEvidenceOverview *overview = open_round (f);
  ZonaEvidenceFilter filter = { .region_code = KOTA_MADIUN, .scheme_id = "pekppp", .year = 2024 };
  ZonaEvidenceProgress total = { 0 };
  g_autofree char *day = today ();
  g_autofree char *total_text = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) chase = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBox *unit_list = overview_child (overview, "unit_list");
  GtkListBox *chase_list = overview_child (overview, "chase_list");
  GPtrArray *shown;

  g_assert_cmpstr (zona_evidence_overview_get_scheme_id (overview), ==, "pekppp");
  g_assert_cmpint (zona_evidence_overview_get_year (overview), ==, 2024);
  g_assert_cmpstr (adw_window_title_get_title (window_child (f, "region_title")), ==,
                   "Kota Madiun");

  g_assert_true (zona_store_get_evidence_progress (f->store, &filter, day, &total, &error));
  g_assert_no_error (error);
  total_text = zona_evidence_progress_text (&total);
  g_assert_cmpstr (gtk_label_get_label (overview_child (overview, "progress_label")), ==,
                   total_text);
  /* The demo round is partly done: something is owed, something is done. */
  g_assert_cmpuint (total.n_done, >, 0);
  g_assert_cmpuint (total.n_done, <, total.n_items);
  g_free (total.unit_name);
  g_free (total.scheme_id);

  units = zona_store_list_evidence_progress (f->store, &filter, day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, >, 1);
  g_assert_cmpuint (count_rows (unit_list), ==, units->len);
  for (guint i = 0; i < units->len; i++)
    {
      const ZonaEvidenceProgress *unit = g_ptr_array_index (units, i);
      g_autofree char *text = zona_evidence_progress_text (unit);
      AdwActionRow *row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (unit_list, i));

      g_assert_cmpstr (row_title (unit_list, i), ==, unit->unit_name);
      g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, text);
    }

  chase = zona_store_list_evidence_to_chase (f->store, &filter, day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chase->len, >, 1);
  shown = zona_evidence_overview_get_to_chase (overview);
  g_assert_cmpuint (shown->len, ==, chase->len);
  g_assert_cmpuint (count_rows (chase_list), ==, chase->len);
  for (guint i = 0; i < chase->len; i++)
    {
      const ZonaEvidenceItem *item = g_ptr_array_index (chase, i);

      g_assert_cmpint (zona_checklist_item_get_id (g_ptr_array_index (shown, i)), ==, item->id);
      g_assert_cmpstr (row_title (chase_list, i), ==, item->title);
    }
}

/* By person in charge, the list is core's other order; choosing due date brings back the
 * first. */
static void
test_sort (WindowFixture *f,
           gconstpointer  data)
{
  ZonaEvidenceOverview *overview = open_round (f);
  ZonaEvidenceFilter filter = { .region_code = KOTA_MADIUN, .scheme_id = "pekppp", .year = 2024 };
  g_autofree char *day = today ();
  g_autoptr(GPtrArray) chase = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBox *chase_list = overview_child (overview, "chase_list");
  GPtrArray *shown;
  gboolean differs = FALSE;

  chase = zona_store_list_evidence_to_chase (f->store, &filter, day, &error);
  g_assert_no_error (error);

  /* As a user chooses it in the drop-down. */
  gtk_drop_down_set_selected (overview_child (overview, "sort_dropdown"), 1);
  settle (20);
  g_ptr_array_sort (chase, zona_evidence_item_compare_by_person);
  shown = zona_evidence_overview_get_to_chase (overview);
  g_assert_cmpuint (shown->len, ==, chase->len);
  for (guint i = 0; i < chase->len; i++)
    {
      const ZonaEvidenceItem *item = g_ptr_array_index (chase, i);

      g_assert_cmpint (zona_checklist_item_get_id (g_ptr_array_index (shown, i)), ==, item->id);
      g_assert_cmpstr (row_title (chase_list, i), ==, item->title);
    }

  /* The demo's debts are spread so that the two orders differ. */
  g_ptr_array_sort (chase, zona_evidence_item_compare_by_due);
  for (guint i = 0; i < chase->len; i++)
    differs |= g_strcmp0 (row_title (chase_list, i),
                          ((ZonaEvidenceItem *) g_ptr_array_index (chase, i))->title) != 0;
  g_assert_true (differs);

  zona_evidence_overview_sort_by_person (overview, FALSE);
  settle (20);
  for (guint i = 0; i < chase->len; i++)
    g_assert_cmpint (zona_checklist_item_get_id (g_ptr_array_index (shown, i)), ==,
                     ((ZonaEvidenceItem *) g_ptr_array_index (chase, i))->id);
}

/* A unit's row leads to its checklist, whose way back leads to the round, and the round's to
 * the region's page. */
static void
test_navigate (WindowFixture *f,
               gconstpointer  data)
{
  ZonaEvidenceOverview *overview = open_round (f);
  GtkListBox *unit_list = overview_child (overview, "unit_list");
  GPtrArray *units = zona_evidence_overview_get_units (overview);
  const ZonaEvidenceProgress *first = g_ptr_array_index (units, 0);
  gint64 assessment_id = first->assessment_id;
  g_autofree char *name = g_strdup (first->unit_name);

  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (unit_list, 0))));
  settle (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (f, "content_stack")), ==,
                   "evidence");
  g_assert_cmpint (zona_evidence_page_get_assessment_id (window_child (f, "evidence_page")), ==,
                   assessment_id);
  g_assert_cmpstr (adw_window_title_get_title (window_child (f, "region_title")), ==, name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unit-back", NULL));
  settle (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (f, "content_stack")), ==,
                   "evidence-round");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unit-back", NULL));
  settle (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (f, "content_stack")), ==,
                   "region");
}

/* A document to chase opens in the item's dialog; once it meets the requirement it leaves
 * the list, and the round's figures follow. */
static void
test_chase_edit (WindowFixture *f,
                 gconstpointer  data)
{
  ZonaEvidenceOverview *overview = open_round (f);
  GtkListBox *chase_list = overview_child (overview, "chase_list");
  GPtrArray *shown = zona_evidence_overview_get_to_chase (overview);
  guint before = shown->len;
  gint64 item_id = zona_checklist_item_get_id (g_ptr_array_index (shown, 0));
  g_autoptr(ZonaEvidenceItem) saved = NULL;
  g_autoptr(GError) error = NULL;
  ZonaEvidenceDialog *dialog;

  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (chase_list, 0))));
  settle (50);
  dialog = find_toplevel (ZONA_TYPE_EVIDENCE_DIALOG);
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));
  g_assert_cmpint (zona_evidence_dialog_get_item_id (dialog), ==, item_id);

  adw_combo_row_set_selected (template_child (dialog, ZONA_TYPE_EVIDENCE_DIALOG, "status_row"),
                              ZONA_EVIDENCE_MEMENUHI);
  click (template_child (dialog, ZONA_TYPE_EVIDENCE_DIALOG, "save_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_EVIDENCE_DIALOG));

  saved = zona_store_get_evidence_item (f->store, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (saved->status, ==, ZONA_EVIDENCE_MEMENUHI);

  shown = zona_evidence_overview_get_to_chase (overview);
  g_assert_cmpuint (shown->len, ==, before - 1);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpint (zona_checklist_item_get_id (g_ptr_array_index (shown, i)), !=, item_id);
  g_assert_cmpuint (count_rows (chase_list), ==, before - 1);
}

static void
wait_export (WindowFixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;

  while (zona_window_is_exporting (f->window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (zona_window_is_exporting (f->window));
  settle (20);
}

/* Runs `sha256sum -c SHA256SUMS` in @folder, as the assessor or the clerk would. */
static void
assert_sums_check (const char *folder)
{
  const char *argv[] = { "sha256sum", "--quiet", "-c", ZONA_EVIDENCE_PACK_SUMS, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (folder, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("sha256sum -c failed in %s:\n%s%s", folder, out, err);
}

static guint
count_lines (const char *path)
{
  g_autofree char *text = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';

  return n;
}

/* The round's pack, written from the window: one folder per unit, a manifest, and checksums
 * that `sha256sum -c` accepts; a unit's pack from its checklist; a folder that holds anything
 * is refused and left as it was. */
static void
test_export (WindowFixture *f,
             gconstpointer  data)
{
  g_autofree char *round_dir = g_build_filename (f->dir, "Bukti Dukung Kota Madiun", NULL);
  g_autofree char *unit_dir = g_build_filename (f->dir, "Bukti Dukung Disdukcapil", NULL);
  g_autofree char *busy_dir = g_build_filename (f->dir, "busy", NULL);
  g_autofree char *busy_file = g_build_filename (busy_dir, "catatan.txt", NULL);
  g_autofree char *sums = NULL;
  g_autofree char *manifest = NULL;
  g_autoptr(GFile) round_folder = g_file_new_for_path (round_dir);
  g_autoptr(GFile) unit_folder = g_file_new_for_path (unit_dir);
  g_autoptr(GFile) busy_folder = g_file_new_for_path (busy_dir);
  g_autoptr(GDir) listing = NULL;
  ZonaEvidenceOverview *overview = open_round (f);
  guint n_units = zona_evidence_overview_get_units (overview)->len;
  guint n_folders = 0;
  const char *name;

  g_assert_true (zona_window_export_evidence (f->window, round_folder));
  wait_export (f);
  sums = g_build_filename (round_dir, ZONA_EVIDENCE_PACK_SUMS, NULL);
  manifest = g_build_filename (round_dir, ZONA_EVIDENCE_PACK_MANIFEST, NULL);
  g_assert_true (g_file_test (manifest, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_lines (sums), >, 0);
  assert_sums_check (round_dir);
  listing = g_dir_open (round_dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (round_dir, name, NULL);

      n_folders += g_file_test (path, G_FILE_TEST_IS_DIR);
    }
  g_assert_cmpuint (n_folders, ==, n_units);

  /* One unit's, from its checklist. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (
    overview_child (overview, "unit_list"), 0))));
  settle (50);
  g_assert_true (zona_window_export_evidence (f->window, unit_folder));
  wait_export (f);
  g_clear_pointer (&sums, g_free);
  sums = g_build_filename (unit_dir, ZONA_EVIDENCE_PACK_SUMS, NULL);
  g_assert_true (g_file_test (sums, G_FILE_TEST_IS_REGULAR));
  assert_sums_check (unit_dir);

  /* A folder that holds a file already: refused, the file left alone, nothing added. */
  g_assert_cmpint (g_mkdir (busy_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (busy_file, "jangan dihapus", -1, NULL));
  g_assert_true (zona_window_export_evidence (f->window, busy_folder));
  wait_export (f);
  g_clear_pointer (&listing, g_dir_close);
  listing = g_dir_open (busy_dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "catatan.txt");
  g_assert_null (g_dir_read_name (listing));
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (busy_file, &text, NULL, NULL));
    g_assert_cmpstr (text, ==, "jangan dihapus");
  }

  /* The region's page exports nothing: there is no checklist or round shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unit-back", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unit-back", NULL));
  settle (20);
  g_assert_false (zona_window_export_evidence (f->window, unit_folder));
}

/* A unit's new round offers the documents of its last that are still valid; taking them gives
 * each item its file, as core lists them, and the offer goes. */
static void
test_reuse (WindowFixture *f,
            gconstpointer  data)
{
  g_autoptr(ZonaUnit) unit = find_unit (f, "Disdukcapil");
  g_autoptr(GPtrArray) offers = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  ZonaEvidenceOverview *overview;
  ZonaEvidencePage *page;
  g_autofree char *count = NULL;
  gint64 assessment_id;
  guint created = 0;

  g_assert_true (zona_store_start_round (f->store, KOTA_MADIUN, "pekppp", 2025, &unit->id, 1,
                                         &created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 1);
  /* The window reads the region afresh when it is chosen again. */
  g_assert_true (zona_window_select_region (f->window, "35.19"));
  settle (20);

  overview = open_round (f);
  g_assert_cmpint (zona_evidence_overview_get_year (overview), ==, 2025);
  g_assert_cmpuint (zona_evidence_overview_get_units (overview)->len, ==, 1);
  assessment_id = ((ZonaEvidenceProgress *)
                   g_ptr_array_index (zona_evidence_overview_get_units (overview), 0))->assessment_id;
  offers = zona_store_list_reusable_documents (f->store, assessment_id,
                                               ZONA_EVIDENCE_DEFAULT_VALID_YEARS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offers->len, >, 0);

  g_assert_true (gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (
    overview_child (overview, "unit_list"), 0))));
  settle (50);
  page = window_child (f, "evidence_page");
  g_assert_cmpint (zona_evidence_page_get_assessment_id (page), ==, assessment_id);
  g_assert_cmpuint (zona_evidence_page_get_n_offers (page), ==, offers->len);
  g_assert_true (gtk_revealer_get_reveal_child (template_child (page, ZONA_TYPE_EVIDENCE_PAGE,
                                                                "offer_revealer")));
  count = g_strdup_printf ("%u documents of the 2024 round", offers->len);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (template_child (
    page, ZONA_TYPE_EVIDENCE_PAGE, "offer_label")), count));

  {
    /* As the clerk sees the offer: evidence-offer-en.png. */
    g_autofree char *png = screenshot_path (f->dir, "evidence-offer", "en");

    render_to_file (GTK_WIDGET (f->window), png);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reuse-evidence", NULL));
  settle (20);
  for (guint i = 0; i < offers->len; i++)
    {
      const ZonaEvidenceOffer *offer = g_ptr_array_index (offers, i);
      g_autoptr(ZonaEvidenceItem) item = zona_store_get_evidence_item (f->store, offer->item_id,
                                                                      &error);

      g_assert_no_error (error);
      g_assert_cmpstr (item->filename, ==, offer->filename);
      g_assert_cmpint (item->status, ==, ZONA_EVIDENCE_DIUNGGAH);
    }
  after = zona_store_list_reusable_documents (f->store, assessment_id,
                                              ZONA_EVIDENCE_DEFAULT_VALID_YEARS, &error);
  g_assert_cmpuint (after->len, ==, 0);
  g_assert_cmpuint (zona_evidence_page_get_n_offers (page), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (template_child (page, ZONA_TYPE_EVIDENCE_PAGE,
                                                                 "offer_revealer")));
}

/* The round in the language asked for, light and dark and at 360 pixels:
 * evidence-round-<lang>.png, evidence-round-dark-<lang>.png, evidence-round-narrow-<lang>.png. */
static void
test_screenshot (WindowFixture *f,
                 gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *wide = NULL;
  g_autofree char *dark = NULL;
  g_autofree char *narrow = NULL;

  if (language == NULL || *language == '\0')
    language = "en";

  open_round (f);
  settle (100);
  wide = screenshot_path (f->dir, "evidence-round", language);
  render_to_file (GTK_WIDGET (f->window), wide);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle (100);
  dark = screenshot_path (f->dir, "evidence-round-dark", language);
  render_to_file (GTK_WIDGET (f->window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  settle (100);
  narrow = screenshot_path (f->dir, "evidence-round-narrow", language);
  render_to_file (GTK_WIDGET (f->window), narrow);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);

  ui_test_init (&argc, &argv);

  g_test_add ("/ui/evidence-round/open", WindowFixture, NULL, window_fixture_set_up, test_open,
              window_fixture_tear_down);
  g_test_add ("/ui/evidence-round/sort", WindowFixture, NULL, window_fixture_set_up, test_sort,
              window_fixture_tear_down);
  g_test_add ("/ui/evidence-round/navigate", WindowFixture, NULL, window_fixture_set_up,
              test_navigate, window_fixture_tear_down);
  g_test_add ("/ui/evidence-round/chase-edit", WindowFixture, NULL, window_fixture_set_up,
              test_chase_edit, window_fixture_tear_down);
  g_test_add ("/ui/evidence-round/export", WindowFixture, NULL, window_fixture_set_up,
              test_export, window_fixture_tear_down);
  g_test_add ("/ui/evidence-round/reuse", WindowFixture, NULL, window_fixture_set_up, test_reuse,
              window_fixture_tear_down);
  g_test_add ("/ui/evidence-round/screenshot", WindowFixture, NULL, window_fixture_set_up,
              test_screenshot, window_fixture_tear_down);

  return g_test_run ();
}
