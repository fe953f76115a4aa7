/* test-unit-list.c — the region's unit list: its filter, under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "zona-overview.h"
#include "zona-result-item.h"
#include "zona-store.h"
#include "zona-window.h"
#include "ui-test-utils.h"

/* The rows the column view shows, after the filter and the sort. */
static GListModel *
unit_rows (WindowFixture *f)
{
  GtkColumnView *view = window_child (f, "unit_view");

  return G_LIST_MODEL (gtk_column_view_get_model (view));
}

static void
show_region (WindowFixture *f,
             const char    *code)
{
  g_assert_true (zona_window_select_region (f->window, code));
  settle (20);
  g_assert_cmpstr (zona_window_get_region (f->window), ==, code);
}

/* Types into the filter as a user would: the text changes, the rows follow. */
static void
type_filter (WindowFixture *f,
             const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (window_child (f, "unit_filter_entry")), text);
  settle (20);
}

static const char *
filter_text (WindowFixture *f)
{
  return gtk_editable_get_text (GTK_EDITABLE (window_child (f, "unit_filter_entry")));
}

static const char *
units_page (WindowFixture *f)
{
  return gtk_stack_get_visible_child_name (window_child (f, "units_stack"));
}

/* Whether @needle occurs in @haystack, ignoring case. */
static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *h = NULL;
  g_autofree char *n = NULL;

  if (haystack == NULL)
    return FALSE;

  h = g_utf8_casefold (haystack, -1);
  n = g_utf8_casefold (needle, -1);

  return strstr (h, n) != NULL;
}

/* Every row shown matches @text by name or short name, and the names shown are @expected. */
static void
assert_rows (WindowFixture      *f,
             const char         *text,
             const char * const *expected)
{
  GListModel *rows = unit_rows (f);
  guint n_rows = g_list_model_get_n_items (rows);

  g_assert_cmpuint (n_rows, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (rows, i);
      const char *name = zona_result_item_get_subject_name (item);

      g_assert_true (contains_casefold (name, text) ||
                     contains_casefold (zona_result_item_get_short_name (item), text));
      g_assert_true (g_strv_contains (expected, name));
    }
}

/* The cells of each row as drawn, in column order: the rows of a GtkColumnView are its list's
 * children, each holding one cell per column. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *first = gtk_widget_get_first_child (child);

      if (first != NULL && g_str_equal (G_OBJECT_TYPE_NAME (first), "GtkColumnViewCell"))
        {
          if (gtk_widget_get_child_visible (child) && gtk_widget_get_visible (child))
            g_ptr_array_add (rows, child);
        }
      else
        collect_rows (child, rows);
    }
}

/* The text of the first label in @widget. */
static const char *
first_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = first_label (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

/* The drawn row of the unit named @name. */
static GtkWidget *
find_row (WindowFixture *f,
          const char    *name)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (window_child (f, "unit_view"), rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (first_label (g_ptr_array_index (rows, i)), name) == 0)
      return g_ptr_array_index (rows, i);

  g_assert_not_reached ();
}

/* The drawn row that holds the keyboard focus, or NULL. */
static GtkWidget *
focused_row (WindowFixture *f)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  collect_rows (window_child (f, "unit_view"), rows);
  for (guint i = 0; i < rows->len && focus != NULL; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (focus == row || gtk_widget_is_ancestor (focus, row))
        return row;
    }

  return NULL;
}

static void
test_filter (WindowFixture *f,
             gconstpointer  data)
{
  /* A row per unit and scheme: the demo's PEKPPP round of 2024 gives Disdukcapil, Dinkes,
   * DPMPTSP and Puskesmas Demangan a second row. */
  static const char * const dinas[] = {
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Kesehatan",
    "Dinas Kesehatan",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Dinas Pendidikan",
    "Dinas Sosial",
    NULL
  };
  static const char * const disdukcapil[] = {
    "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kependudukan dan Pencatatan Sipil", NULL
  };
  static const char * const puskesmas[] = {
    "Puskesmas Demangan", "Puskesmas Demangan", "Puskesmas Oro-Oro Ombo", NULL
  };
  GtkLabel *no_match = window_child (f, "unit_no_match_label");
  GtkWidget *entry = window_child (f, "unit_filter_entry");

  show_region (f, "35.77");
  g_assert_cmpuint (g_list_model_get_n_items (unit_rows (f)), ==, 11);
  g_assert_true (gtk_widget_get_visible (entry));
  g_assert_cmpstr (units_page (f), ==, "list");

  /* Part of a name, in any case. */
  type_filter (f, "DINAS");
  assert_rows (f, "DINAS", dinas);
  type_filter (f, "puskesmas");
  assert_rows (f, "puskesmas", puskesmas);

  /* A short name finds its unit though the full name does not contain it. */
  type_filter (f, "disduk");
  assert_rows (f, "disduk", disdukcapil);
  g_assert_cmpstr (units_page (f), ==, "list");

  /* Nothing matches: a message naming what was typed, instead of an empty table. */
  type_filter (f, "xyz");
  g_assert_cmpuint (g_list_model_get_n_items (unit_rows (f)), ==, 0);
  g_assert_cmpstr (units_page (f), ==, "no-match");
  g_assert_nonnull (strstr (gtk_label_get_label (no_match), "“xyz”"));
  type_filter (f, "xyzw");
  g_assert_nonnull (strstr (gtk_label_get_label (no_match), "“xyzw”"));

  /* Clearing the filter brings every row back. */
  type_filter (f, "");
  g_assert_cmpuint (g_list_model_get_n_items (unit_rows (f)), ==, 11);
  g_assert_cmpstr (units_page (f), ==, "list");

  /* Escape in the entry clears it too. */
  type_filter (f, "dinas");
  g_signal_emit_by_name (entry, "stop-search");
  settle (20);
  g_assert_cmpstr (filter_text (f), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (unit_rows (f)), ==, 11);
}

/* Enter in the filter selects the first row left and moves the focus there, so that Enter
 * again opens that result, whichever row had the focus before. */
static void
test_filter_enter (WindowFixture *f,
                   gconstpointer  data)
{
  GtkSingleSelection *rows;
  ZonaResultItem *selected;
  GtkWidget *row;

  show_region (f, "35.77");
  rows = GTK_SINGLE_SELECTION (unit_rows (f));
  g_assert_null (gtk_single_selection_get_selected_item (rows));

  /* Dinas Pendidikan had the focus; once filtered it is not even left. (The second Puskesmas
   * is below the rows drawn since the demo's PEKPPP round added four.) */
  gtk_widget_grab_focus (find_row (f, "Dinas Pendidikan"));
  settle (20);
  g_assert_true (focused_row (f) == find_row (f, "Dinas Pendidikan"));

  gtk_widget_grab_focus (window_child (f, "unit_filter_entry"));
  type_filter (f, "pusk");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 3);
  g_signal_emit_by_name (window_child (f, "unit_filter_entry"), "activate");
  settle (20);

  selected = gtk_single_selection_get_selected_item (rows);
  g_assert_nonnull (selected);
  g_assert_cmpstr (zona_result_item_get_subject_name (selected), ==, "Puskesmas Demangan");
  row = focused_row (f);
  g_assert_nonnull (row);
  g_assert_cmpstr (first_label (row), ==, "Puskesmas Demangan");
}

static void
test_filter_cleared_on_switch (WindowFixture *f,
                               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GError) error = NULL;
  guint n_units = 0;

  /* Dinsos: one row, for it is not in the demo's PEKPPP round. */
  show_region (f, "35.77");
  type_filter (f, "dinsos");
  g_assert_cmpuint (g_list_model_get_n_items (unit_rows (f)), ==, 1);

  /* Showing the same region again after a change (here the own region set, which reloads the
   * window) keeps the filter: the row being worked on stays in view. */
  g_settings_set_string (settings, "region", "35.77");
  settle (20);
  g_settings_reset (settings, "region");
  settle (20);
  g_assert_cmpstr (zona_window_get_region (f->window), ==, "35.77");
  g_assert_cmpstr (filter_text (f), ==, "dinsos");
  g_assert_cmpuint (g_list_model_get_n_items (unit_rows (f)), ==, 1);

  /* Another region starts unfiltered, with every one of its units. */
  show_region (f, "35.19");
  g_assert_cmpstr (filter_text (f), ==, "");
  latest = zona_overview_latest (f->store, "35.19", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < latest->len; i++)
    if (((ZonaLatestResult *) g_ptr_array_index (latest, i))->unit_id != 0)
      n_units++;
  g_assert_cmpuint (n_units, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (unit_rows (f)), ==, n_units);
  g_assert_cmpstr (units_page (f), ==, "list");

  /* Also when the filter had hidden every row. */
  type_filter (f, "xyz");
  g_assert_cmpstr (units_page (f), ==, "no-match");
  show_region (f, "35.77");
  g_assert_cmpstr (filter_text (f), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (unit_rows (f)), ==, 11);
  g_assert_cmpstr (units_page (f), ==, "list");

  /* A region without units has nothing to filter: no entry, the empty message. */
  show_region (f, "17.06");
  g_assert_false (gtk_widget_get_visible (window_child (f, "unit_filter_entry")));
  g_assert_cmpstr (units_page (f), ==, "empty");
}

/* The filter is reached with Tab, while Ctrl+F still goes to the sidebar's region search. */
static void
test_filter_keyboard (WindowFixture *f,
                      gconstpointer  data)
{
  GtkWidget *entry = window_child (f, "unit_filter_entry");
  GtkWidget *search = window_child (f, "search_entry");
  GtkWidget *focus = NULL;
  gboolean reached = FALSE;

  show_region (f, "35.77");
  gtk_widget_grab_focus (search);

  for (guint i = 0; i < 40 && !reached; i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      reached = focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
    }
  g_assert_true (reached);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  settle (20);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));
}

/* The position of the column titled @title, which is also its cell's place in a row. */
static guint
column_index (WindowFixture *f,
              const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (window_child (f, "unit_view"));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return i;
    }

  g_assert_not_reached ();
}

/* unit name -> the rank text expected for it, from the store's own ranking of @year. */
static GHashTable *
expected_ranks (WindowFixture *f,
                const char    *code,
                int            year)
{
  g_autoptr(GPtrArray) ranking = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  units = zona_store_list_units (f->store, code, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < units->len; i++)
    g_hash_table_insert (expected, g_strdup (((ZonaUnit *) g_ptr_array_index (units, i))->name),
                         g_strdup ("—"));

  ranking = zona_store_rank_units (f->store, code, "ombudsman", year, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ranking->len; i++)
    {
      const ZonaRanking *entry = g_ptr_array_index (ranking, i);

      g_hash_table_insert (expected, g_strdup (entry->name), g_strdup_printf ("%u", entry->rank));
    }

  return expected;
}

/* Every drawn row shows in its Rank cell what core's ranking gives its unit; at least
 * @n_drawn rows are drawn (the list draws those in view, not necessarily all). A row of
 * another scheme than the Ombudsman's (the demo's PEKPPP drafts of 2024) has no rank. */
static void
assert_rank_cells (WindowFixture *f,
                   GHashTable    *expected,
                   guint          n_drawn)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint rank_cell = column_index (f, "Rank");
  guint unit_cell = column_index (f, "Unit");
  guint scheme_cell = column_index (f, "Scheme");
  guint n_ranked = 0;

  settle (50);
  collect_rows (window_child (f, "unit_view"), rows);
  g_assert_cmpuint (rows->len, >=, n_drawn);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *cell = gtk_widget_get_first_child (row);
      const char *name = NULL;
      const char *rank = NULL;
      const char *scheme = NULL;

      for (guint c = 0; cell != NULL; c++, cell = gtk_widget_get_next_sibling (cell))
        {
          if (c == unit_cell)
            name = first_label (cell);
          else if (c == rank_cell)
            rank = first_label (cell);
          else if (c == scheme_cell)
            scheme = first_label (cell);
        }

      g_assert_nonnull (name);
      g_test_message ("%s (%s): rank %s", name, scheme, rank);
      if (g_strcmp0 (scheme, "PEKPPP Tatap Muka") == 0)
        {
          g_assert_cmpstr (rank, ==, "—");
          continue;
        }
      g_assert_cmpstr (rank, ==, g_hash_table_lookup (expected, name));
      n_ranked++;
    }

  g_assert_cmpuint (n_ranked, <=, g_hash_table_size (expected));
}

static void
add_scored_unit (WindowFixture *f,
                 const char    *code,
                 const char    *name,
                 ZonaScore      score)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (f->store, code, NULL);
  g_autoptr(GError) error = NULL;
  ZonaUnit unit = { .name = (char *) name, .kind = (char *) "kecamatan" };
  ZonaAssessment assessment = {
    .region_id = region->id,
    .scheme_id = (char *) "ombudsman",
    .year = 2023,
    .has_score = score >= 0,
    .score = score,
  };

  assessment.unit_id = zona_store_add_unit (f->store, code, &unit, &error);
  g_assert_no_error (error);
  if (score >= 0)
    {
      zona_store_set_assessment (f->store, &assessment, &error);
      g_assert_no_error (error);
    }
}

static void
test_rank (WindowFixture *f,
           gconstpointer  data)
{
  g_autoptr(GHashTable) kota = NULL;
  g_autoptr(GHashTable) kabupaten = NULL;

  /* Kota Madiun: seven units scored in 2023, each in its place. */
  kota = expected_ranks (f, "35.77", 2023);
  g_assert_cmpstr (g_hash_table_lookup (kota, "Dinas Kependudukan dan Pencatatan Sipil"), ==, "1");
  show_region (f, "35.77");
  assert_rank_cells (f, kota, g_hash_table_size (kota));

  /* Kabupaten Madiun's units are recorded for 2023 without scores yet: no rank, a dash. */
  kabupaten = expected_ranks (f, "35.19", 2023);
  show_region (f, "35.19");
  assert_rank_cells (f, kabupaten, g_hash_table_size (kabupaten));
}

/* Ranks sort as numbers (10 after 9, not after 1), ties share a rank, and units without one
 * come after every ranked unit. */
static void
test_rank_sort (WindowFixture *f,
                gconstpointer  data)
{
  g_autoptr(GHashTable) expected = NULL;
  GtkColumnView *view = window_child (f, "unit_view");
  GtkColumnViewColumn *rank_column = NULL;
  GListModel *columns = gtk_column_view_get_columns (view);
  GListModel *rows;
  guint previous = 0;
  guint n_bappeda = 0;
  guint n_rows;

  /* Five more scored units, below the seven (ranks 8 to 11, two sharing 10), and one without
   * a score. */
  add_scored_unit (f, "35.77", "Kecamatan Kartoharjo", 8300);
  add_scored_unit (f, "35.77", "Kecamatan Manguharjo", 8200);
  add_scored_unit (f, "35.77", "Kecamatan Taman", 8100);
  add_scored_unit (f, "35.77", "RSUD Kota Madiun", 8100);
  add_scored_unit (f, "35.77", "Satpol PP", 8000);
  add_scored_unit (f, "35.77", "Bappeda", -1);
  expected = expected_ranks (f, "35.77", 2023);
  g_assert_cmpstr (g_hash_table_lookup (expected, "Kecamatan Taman"), ==, "10");
  g_assert_cmpstr (g_hash_table_lookup (expected, "RSUD Kota Madiun"), ==, "10");
  g_assert_cmpstr (g_hash_table_lookup (expected, "Satpol PP"), ==, "12");

  show_region (f, "35.77");
  assert_rank_cells (f, expected, 5);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Rank") == 0)
        rank_column = column;
    }
  g_assert_nonnull (rank_column);

  gtk_column_view_sort_by_column (view, rank_column, GTK_SORT_ASCENDING);
  rows = unit_rows (f);
  n_rows = g_list_model_get_n_items (rows);
  /* Twelve ranked rows, then those without a rank: Bappeda's, and the demo's four PEKPPP
   * drafts of 2024. */
  g_assert_cmpuint (n_rows, ==, 17);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (rows, i);
      const char *text = zona_result_item_get_rank_text (item);
      guint rank = zona_result_item_get_rank (item);

      g_test_message ("%u: %s %s", i, zona_result_item_get_subject_name (item), text);
      g_assert_cmpuint (rank, >=, previous);
      previous = rank;
      if (i < 12)
        g_assert_cmpstr (text, ==, g_hash_table_lookup (expected,
                                                        zona_result_item_get_subject_name (item)));
      else
        {
          g_assert_cmpstr (text, ==, "—");
          if (g_str_equal (zona_result_item_get_subject_name (item), "Bappeda"))
            n_bappeda++;
        }
    }
  g_assert_cmpuint (n_bappeda, ==, 1);

  {
    g_autoptr(ZonaResultItem) tenth = g_list_model_get_item (rows, 9);

    g_assert_cmpstr (zona_result_item_get_rank_text (tenth), ==, "10");
  }

  /* The drawn rows follow the sort too. */
  assert_rank_cells (f, expected, 5);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/unit-list/filter", WindowFixture, NULL,
              window_fixture_set_up, test_filter, window_fixture_tear_down);
  g_test_add ("/ui/unit-list/filter-enter", WindowFixture, NULL,
              window_fixture_set_up, test_filter_enter, window_fixture_tear_down);
  g_test_add ("/ui/unit-list/filter-cleared-on-switch", WindowFixture, NULL,
              window_fixture_set_up, test_filter_cleared_on_switch, window_fixture_tear_down);
  g_test_add ("/ui/unit-list/filter-keyboard", WindowFixture, NULL,
              window_fixture_set_up, test_filter_keyboard, window_fixture_tear_down);

  g_test_add ("/ui/unit-list/rank", WindowFixture, NULL,
              window_fixture_set_up, test_rank, window_fixture_tear_down);
  g_test_add ("/ui/unit-list/rank-sort", WindowFixture, NULL,
              window_fixture_set_up, test_rank_sort, window_fixture_tear_down);

  return g_test_run ();
}
