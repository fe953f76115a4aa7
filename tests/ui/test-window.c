/* test-window.c — the main window on the demo database, under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zona-category-chip.h"
#include "zona-demo.h"
#include "zona-region-item.h"
#include "zona-result-item.h"
#include "zona-score-card.h"
#include "zona-store.h"
#include "zona-window.h"
#include "ui-test-utils.h"
#include "zona-test-utils.h"

/* How long the window may take to map, lay out or draw before a test gives up. */
typedef struct
{
  char       *dir;
  ZonaStore  *store;
  ZonaWindow *window;
} Fixture;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  guint *n_frames = data;

  (*n_frames)++;
}

/* GtkWidgetPaintable shows what the widget drew in its last frame: wait until a frame after
 * the latest change has been painted. */
static void
wait_for_frames (GtkWidget *window,
                 guint      wanted)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64 deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;
  guint n_frames = 0;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &n_frames);
  while (n_frames < wanted && g_get_monotonic_time () < deadline)
    {
      gtk_widget_queue_draw (window);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_signal_handler_disconnect (clock, handler);

  g_assert_cmpuint (n_frames, >=, wanted);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 deadline;

  f->dir = g_dir_make_tmp ("zona-ui-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = zona_store_open (path, ZONA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  /* The empty-database case passes no data: it wants the store as created. */
  if (data == NULL)
    {
      zona_demo_populate (f->store, &error);
      g_assert_no_error (error);
    }

  f->window = zona_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->window));

  deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
  settle (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);

  if (g_getenv ("ZONA_TEST_KEEP") != NULL)
    g_test_message ("Kept %s", f->dir);
  else
    zona_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gpointer
fixture_child (Fixture    *f,
               const char *name)
{
  return template_child (f->window, ZONA_TYPE_WINDOW, name);
}

static GListModel *
sidebar_model (Fixture *f)
{
  GtkListView *list = fixture_child (f, "region_list");

  return G_LIST_MODEL (gtk_list_view_get_model (list));
}

/* Selects a region in the sidebar, as a click on its row does. */
static void
select_region (Fixture    *f,
               const char *code)
{
  GListModel *model = sidebar_model (f);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ZonaRegionItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (zona_region_item_get_code (item), code))
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), i, TRUE);
          settle (50);
          g_assert_cmpstr (zona_window_get_region (f->window), ==, code);
          return;
        }
    }

  g_assert_not_reached ();
}

/* The texts of the visible labels under @widget, in widget order. */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static gboolean
labels_contain (GPtrArray  *texts,
                const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), text) != NULL)
      return TRUE;

  return FALSE;
}

static GPtrArray *
card_texts (Fixture *f)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_labels (fixture_child (f, "card_box"), texts);

  return texts;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_regions (Fixture       *f,
              gconstpointer  data)
{
  static const char *expected[][2] = {
    { "17.06", "Kabupaten Mukomuko" },
    { "35.19", "Kabupaten Madiun" },
    { "35.20", "Kabupaten Magetan" },
    { "35.77", "Kota Madiun" },
  };
  GListModel *model = sidebar_model (f);
  GtkStack *main_stack = fixture_child (f, "main_stack");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "regions");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ZonaRegionItem) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (zona_region_item_get_code (item), ==, expected[i][0]);
      g_assert_cmpstr (zona_region_item_get_name (item), ==, expected[i][1]);
    }

  /* With no own region set, the first region is shown. */
  g_assert_cmpstr (zona_window_get_region (f->window), ==, "17.06");
}

static void
test_kota_madiun (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  GtkColumnView *unit_view = fixture_child (f, "unit_view");
  AdwWindowTitle *title = fixture_child (f, "region_title");

  select_region (f, "35.77");
  wait_for_frames (GTK_WIDGET (f->window), 2);

  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Kota Madiun");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "35.77");
  /* Seven Ombudsman results of 2023, and four drafts of the PEKPPP round of 2024. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (unit_view))),
                    ==, 11);

  /* The city's own 93,59 is the mean of its seven units. */
  cards = card_texts (f);
  g_assert_true (labels_contain (cards, "93,59"));
  g_assert_true (labels_contain (cards, "Mean of 7 units"));

  /* The rows are drawn, not only modelled: Disdukcapil's 96,20 is on screen. */
  collect_labels (GTK_WIDGET (unit_view), rows);
  g_assert_true (labels_contain (rows, "96,20"));
  g_assert_true (labels_contain (rows, "Disdukcapil"));
}

static void
test_mukomuko (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  g_autofree char *png = NULL;
  graphene_rect_t window_bounds, chip_bounds;
  GtkSnapshot *snapshot;
  GtkWidget *chip;
  GskRenderer *renderer;
  int width, height, x, y;
  const guchar *pixel;

  select_region (f, "17.06");
  wait_for_frames (GTK_WIDGET (f->window), 2);

  cards = card_texts (f);
  g_assert_true (labels_contain (cards, "90,64"));
  g_assert_true (labels_contain (cards, "Kategori A"));
  g_assert_true (labels_contain (cards, "+0,62"));
  g_assert_true (labels_contain (cards, "since 2023"));

  chip = find_widget (fixture_child (f, "card_box"), ZONA_TYPE_CATEGORY_CHIP);
  g_assert_nonnull (chip);
  g_assert_cmpstr (zona_category_chip_get_label (ZONA_CATEGORY_CHIP (chip)), ==, "Kategori A");

  /* Render the window as the screen shows it and keep the picture beside the database. */
  paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (GTK_NATIVE (f->window));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  png = g_build_filename (f->dir, "window.png", NULL);
  g_assert_true (gdk_texture_save_to_png (texture, png));
  g_test_message ("Rendered %dx%d to %s", width, height, png);

  /* The paintable starts at the window's own bounds; the chip is found relative to them. */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (f->window), GTK_WIDGET (f->window),
                                            &window_bounds));
  g_assert_true (gtk_widget_compute_bounds (chip, GTK_WIDGET (f->window), &chip_bounds));
  g_assert_cmpfloat (chip_bounds.size.width, >, 8);

  /* Just inside the pill's left end, clear of the text, level with its middle. */
  x = (int) (chip_bounds.origin.x - window_bounds.origin.x + 4);
  y = (int) (chip_bounds.origin.y - window_bounds.origin.y + chip_bounds.size.height / 2);
  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, <, height);

  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  /* CAIRO_FORMAT_ARGB32 in memory on a little-endian machine: blue, green, red, alpha. */
  pixel = pixels + ((gsize) y * width + x) * 4;
  g_test_message ("Chip pixel at %d,%d: #%02x%02x%02x", x, y, pixel[2], pixel[1], pixel[0]);
  g_assert_cmpint (ABS (pixel[2] - 0x2e), <=, 16);
  g_assert_cmpint (ABS (pixel[1] - 0x7d), <=, 16);
  g_assert_cmpint (ABS (pixel[0] - 0x32), <=, 16);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkEditable *entry = fixture_child (f, "search_entry");
  GtkStack *sidebar_stack = fixture_child (f, "sidebar_stack");
  GListModel *model = sidebar_model (f);
  g_autoptr(ZonaRegionItem) match = NULL;
  g_autoptr(ZonaRegionItem) by_code = NULL;

  gtk_editable_set_text (entry, "Mukomuko");
  settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  match = g_list_model_get_item (model, 0);
  g_assert_cmpstr (zona_region_item_get_code (match), ==, "17.06");

  /* A search ignores case and finds a code by its beginning. */
  gtk_editable_set_text (entry, "madiun");
  settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  gtk_editable_set_text (entry, "35.7");
  settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  by_code = g_list_model_get_item (model, 0);
  g_assert_cmpstr (zona_region_item_get_code (by_code), ==, "35.77");

  gtk_editable_set_text (entry, "Jayapura");
  settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack), ==, "no-match");

  /* Clearing the search brings every region back, the shown one selected again. */
  gtk_editable_set_text (entry, "");
  settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack), ==, "list");
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==, 0);
}

static void
test_sort_numeric (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GError) error = NULL;
  GtkColumnView *unit_view = fixture_child (f, "unit_view");
  GtkColumnViewColumn *score_column = fixture_child (f, "score_column");
  ZonaUnit unit = { 0 };
  ZonaAssessment assessment = { 0 };
  GListModel *rows;
  guint n_rows;

  /* A perfect 100,00 sorts first by number but last by text ("100,00" < "89,72"). */
  region = zona_store_get_region (f->store, "35.77", &error);
  g_assert_no_error (error);
  unit.name = (char *) "Kecamatan Taman";
  unit.kind = (char *) "kecamatan";
  assessment.region_id = region->id;
  assessment.unit_id = zona_store_add_unit (f->store, "35.77", &unit, &error);
  g_assert_no_error (error);
  assessment.scheme_id = (char *) "ombudsman";
  assessment.year = 2023;
  assessment.has_score = TRUE;
  assessment.score = 10000;
  zona_store_set_assessment (f->store, &assessment, &error);
  g_assert_no_error (error);

  select_region (f, "35.77");
  rows = G_LIST_MODEL (gtk_column_view_get_model (unit_view));
  n_rows = g_list_model_get_n_items (rows);
  /* Eight Ombudsman results, and the demo's four PEKPPP drafts of 2024 without a score, which
   * sort below every score. */
  g_assert_cmpuint (n_rows, ==, 12);

  gtk_column_view_sort_by_column (unit_view, score_column, GTK_SORT_DESCENDING);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (rows, i);
      static const gint64 expected[] = { 10000, 9620, 9535, 9520, 9353, 9312, 9203, 8972,
                                         -1, -1, -1, -1 };

      g_assert_cmpint (zona_result_item_get_score (item), ==, expected[i]);
    }

  gtk_column_view_sort_by_column (unit_view, score_column, GTK_SORT_ASCENDING);
  {
    g_autoptr(ZonaResultItem) first = g_list_model_get_item (rows, 4);
    g_autoptr(ZonaResultItem) last = g_list_model_get_item (rows, n_rows - 1);

    g_assert_cmpstr (zona_result_item_get_score_text (first), ==, "89,72");
    g_assert_cmpstr (zona_result_item_get_score_text (last), ==, "100,00");
  }
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  GtkStack *main_stack = fixture_child (f, "main_stack");
  AdwStatusPage *empty_page = fixture_child (f, "empty_page");
  GtkWidget *add_button = gtk_widget_get_first_child (adw_status_page_get_child (empty_page));

  g_assert_cmpuint (g_list_model_get_n_items (sidebar_model (f)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "empty");

  /* The way out of the empty page is one click away. */
  g_assert_true (gtk_widget_is_visible (add_button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (add_button)), ==,
                   "win.add-region");
  g_assert_null (zona_window_get_region (f->window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/window/regions", Fixture, NULL,
              fixture_set_up, test_regions, fixture_tear_down);
  g_test_add ("/ui/window/kota-madiun", Fixture, NULL,
              fixture_set_up, test_kota_madiun, fixture_tear_down);
  g_test_add ("/ui/window/mukomuko", Fixture, NULL,
              fixture_set_up, test_mukomuko, fixture_tear_down);
  g_test_add ("/ui/window/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/ui/window/sort-numeric", Fixture, NULL,
              fixture_set_up, test_sort_numeric, fixture_tear_down);
  g_test_add ("/ui/window/empty", Fixture, "empty",
              fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
