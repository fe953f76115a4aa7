/* test-chart.c — the trend chart in the window: Mukomuko's 60,35 -> 90,02 -> 90,64 over its
 * bands, probed pixel by pixel; the keyboard, the legend, the table and saving
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "zona-chart-render.h"
#include "zona-aggregate.h"
#include "zona-chart-view.h"
#include "zona-comparison-item.h"
#include "zona-paths.h"
#include "zona-trend-panel.h"
#include "zona-window.h"
#include "ui-test-utils.h"

typedef struct
{
  guchar *pixels;
  int     width;
  int     height;
} Picture;

static void
picture_clear (Picture *picture)
{
  g_free (picture->pixels);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Picture, picture_clear)

/* The window as the screen shows it, pixel by pixel (ARGB32, premultiplied, opaque here). */
static void
take_picture (GtkWidget *window,
              Picture   *picture)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;

  for (guint frame = 0; frame < 5; frame++)
    {
      gtk_widget_queue_draw (window);
      settle (30);
    }

  picture->width = gdk_paintable_get_intrinsic_width (paintable);
  picture->height = gdk_paintable_get_intrinsic_height (paintable);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, picture->width, picture->height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, picture->width,
                                                              picture->height));
  picture->pixels = g_malloc ((gsize) picture->width * picture->height * 4);
  gdk_texture_download (texture, picture->pixels, (gsize) picture->width * 4);
}

/* The colour at a point of the chart view, found in the window's picture. */
static void
probe (const Picture *picture,
       GtkWidget     *view,
       double         x,
       double         y,
       int           *red,
       int           *green,
       int           *blue)
{
  GtkRoot *root = gtk_widget_get_root (view);
  double wx, wy, sx, sy;
  guint32 value;

  g_assert_true (gtk_widget_translate_coordinates (view, GTK_WIDGET (root), x, y, &wx, &wy));
  /* The window's picture has its frame's margin around the widgets. */
  gtk_native_get_surface_transform (GTK_NATIVE (root), &sx, &sy);
  wx += sx;
  wy += sy;
  g_assert_cmpfloat (wx, >=, 0);
  g_assert_cmpfloat (wy, >=, 0);
  g_assert_cmpfloat (wx, <, picture->width);
  g_assert_cmpfloat (wy, <, picture->height);
  memcpy (&value, picture->pixels + ((gsize) wy * picture->width + (gsize) wx) * 4, 4);
  *red = (value >> 16) & 0xff;
  *green = (value >> 8) & 0xff;
  *blue = value & 0xff;
}

static ZonaTrendPanel *
show_region (WindowFixture *f,
             const char    *code)
{
  ZonaTrendPanel *panel = window_child (f, "trend_panel");

  g_assert_true (zona_window_select_region (f->window, code));
  settle (20);
  /* As Ctrl+T does, the first scheme with scores. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-trend", "(si)",
                                             "", 0));
  settle (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (f, "content_stack")), ==,
                   "trend");

  return panel;
}

static const ZonaChartYear *
year_column (const ZonaChart *chart,
             int              year)
{
  for (guint i = 0; i < chart->years->len; i++)
    if (g_array_index (chart->years, ZonaChartYear, i).year == year)
      return &g_array_index (chart->years, ZonaChartYear, i);

  g_assert_not_reached ();
}

/* Mukomuko's region page charts its Ombudsman scores: the three points at their values, the
 * line through them in the first series' colour, Kategori D's red and C's yellow where
 * nothing else is drawn, the 2022 methodology marked; the same in the dark. */
static void
test_mukomuko (WindowFixture *f,
               gconstpointer  data)
{
  ZonaTrendPanel *panel = show_region (f, "17.06");
  ZonaChartView *view = zona_trend_panel_get_view (panel);
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const char * const labels[] = { "60,35", "90,02", "90,64" };
  ZonaChart *chart;
  const ZonaChartSeries *series;

  g_assert_cmpstr (zona_trend_panel_get_scheme_id (panel), ==, "ombudsman");
  chart = zona_chart_view_get_chart (view);
  g_assert_nonnull (chart);
  g_assert_cmpuint (chart->series->len, ==, 1);
  series = g_ptr_array_index (chart->series, 0);
  g_assert_cmpstr (series->name, ==, "Kabupaten Mukomuko");
  g_assert_cmpuint (series->points->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (g_array_index (series->points, ZonaChartPoint, i).label, ==, labels[i]);
  g_assert_cmpuint (chart->markers->len, ==, 1);
  g_assert_cmpint (g_array_index (chart->markers, ZonaChartMarker, 0).year, ==, 2022);
  g_assert_cmpstr (gtk_label_get_label (template_child (panel, ZONA_TYPE_TREND_PANEL,
                                                        "summary_label")),
                   ==, "Score rose 30,29 points from 60,35 (2022) to 90,64 (2024)");

  for (guint dark = 0; dark < 2; dark++)
    {
      g_auto(Picture) picture = { 0 };
      ZonaChartColour line;
      int r, g, b;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      take_picture (GTK_WIDGET (f->window), &picture);
      /* The view lays the chart out for its own size: read the geometry after drawing. */
      chart = zona_chart_view_get_chart (view);
      series = g_ptr_array_index (chart->series, 0);

      zona_chart_series_colour (0, dark, &line);
      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);

          probe (&picture, GTK_WIDGET (view), point->x, point->y, &r, &g, &b);
          g_assert_cmpint (ABS (r - (int) (line.red * 255)), <=, 6);
          g_assert_cmpint (ABS (g - (int) (line.green * 255)), <=, 6);
          g_assert_cmpint (ABS (b - (int) (line.blue * 255)), <=, 6);
        }

      /* 40,00 in 2023: Kategori D, red. */
      probe (&picture, GTK_WIDGET (view), year_column (chart, 2023)->x,
             zona_chart_value_to_y (chart, 4000), &r, &g, &b);
      g_assert_cmpint (r, >, g + 10);
      g_assert_cmpint (r, >, b + 10);
      /* 70,00 at the left of 2022: Kategori C, yellow. */
      probe (&picture, GTK_WIDGET (view), year_column (chart, 2022)->slot.x + 3,
             zona_chart_value_to_y (chart, 7000), &r, &g, &b);
      g_assert_cmpint (r, >, b + 10);
      g_assert_cmpint (g, >, b + 5);
      /* 99,00 in the middle of 2023: Kategori A, green. */
      probe (&picture, GTK_WIDGET (view), year_column (chart, 2023)->x + 30,
             zona_chart_value_to_y (chart, 9950), &r, &g, &b);
      g_assert_cmpint (g, >, r + 5);
      g_assert_cmpint (g, >, b + 3);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* The arrow keys move from point to point, and the panel says which; the table shows the
 * same numbers; a legend entry under the pointer brings its line forward. */
static void
test_keyboard_table_legend (WindowFixture *f,
                            gconstpointer  data)
{
  ZonaTrendPanel *panel = show_region (f, "17.06");
  ZonaChartView *view = zona_trend_panel_get_view (panel);
  GtkLabel *summary = template_child (panel, ZONA_TYPE_TREND_PANEL, "summary_label");
  GtkGrid *grid = template_child (panel, ZONA_TYPE_TREND_PANEL, "table_grid");
  GtkFlowBox *legend;
  GtkWidget *entry;
  GtkEventController *motion = NULL;
  guint series, point;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "chart.move", "(ii)", 0, 1));
  g_assert_true (zona_chart_view_get_focus_point (view, &series, &point));
  g_assert_cmpuint (point, ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "chart.move", "(ii)", 0, 1));
  g_assert_true (zona_chart_view_get_focus_point (view, &series, &point));
  g_assert_cmpuint (point, ==, 1);
  g_assert_cmpstr (gtk_label_get_label (summary), ==,
                   "Kabupaten Mukomuko, 2023: 90,02 (Kategori A)");
  /* The end of the line holds. */
  gtk_widget_activate_action (GTK_WIDGET (view), "chart.move", "(ii)", 0, 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "chart.move", "(ii)", 0, 1);
  g_assert_true (zona_chart_view_get_focus_point (view, &series, &point));
  g_assert_cmpuint (point, ==, 2);

  /* One click to the numbers: years across, the region down. */
  click (template_child (panel, ZONA_TYPE_TREND_PANEL, "table_toggle"));
  settle (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (panel, ZONA_TYPE_TREND_PANEL,
                                                                     "stack")), ==, "table");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 0))), ==,
                   "2022");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 1))), ==,
                   "Kabupaten Mukomuko");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (grid, 1, 1))), ==,
                   "60,35");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (grid, 3, 1))), ==,
                   "90,64");
  click (template_child (panel, ZONA_TYPE_TREND_PANEL, "table_toggle"));

  /* Kota Madiun: the region and its units, each with a legend entry. */
  panel = show_region (f, "35.77");
  g_assert_cmpstr (zona_trend_panel_get_scheme_id (panel), ==, "ombudsman");
  /* From the PEKPPP card's menu: PEKPPP's trend; back leads to the region's page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-trend", "(si)",
                                             "pekppp", 2025));
  settle (20);
  g_assert_cmpstr (zona_trend_panel_get_scheme_id (panel), ==, "pekppp");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unit-back", NULL));
  settle (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (f, "content_stack")), ==,
                   "region");
  zona_trend_panel_select_scheme (panel, "ombudsman");
  view = zona_trend_panel_get_view (panel);
  legend = template_child (panel, ZONA_TYPE_TREND_PANEL, "legend_box");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (legend)));
  g_assert_cmpuint (zona_chart_view_get_chart (view)->series->len, >, 1);
  entry = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (legend, 2));
  for (guint i = 0; ; i++)
    {
      GtkEventController *controller = g_list_model_get_item (
        gtk_widget_observe_controllers (entry), i);

      g_assert_nonnull (controller);
      g_object_unref (controller);
      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        {
          motion = controller;
          break;
        }
    }
  g_signal_emit_by_name (motion, "enter", 1.0, 1.0);
  g_assert_cmpint (zona_chart_view_get_highlight (view), ==, 2);
  g_signal_emit_by_name (motion, "leave");
  g_assert_cmpint (zona_chart_view_get_highlight (view), ==, -1);
}

/* Whether a label under @widget starts with @prefix. */
static gboolean
find_label_starting (GtkWidget  *widget,
                     const char *prefix)
{
  if (GTK_IS_LABEL (widget) &&
      g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label_starting (child, prefix))
      return TRUE;

  return FALSE;
}

/* Under Kota Madiun's chart, 2023 against 2022: the region first, then its units by rank;
 * sorted by score, the lowest first, as a click on the column's title does. */
static void
test_comparison (WindowFixture *f,
                 gconstpointer  data)
{
  ZonaTrendPanel *panel = show_region (f, "35.77");
  GtkColumnView *view = template_child (panel, ZONA_TYPE_TREND_PANEL, "compare_view");
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_autoptr(GtkColumnViewColumn) to_column = NULL;
  g_autoptr(ZonaComparisonItem) first = NULL;
  g_autoptr(ZonaComparisonItem) lowest = NULL;

  g_assert_cmpstr (gtk_label_get_label (template_child (panel, ZONA_TYPE_TREND_PANEL,
                                                        "compare_label")), ==,
                   "2023 against 2022");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 8);
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (zona_comparison_item_get (first)->name, ==, "Kota Madiun");

  to_column = g_list_model_get_item (gtk_column_view_get_columns (view), 2);
  g_assert_cmpstr (gtk_column_view_column_get_title (to_column), ==, "2023");
  gtk_column_view_sort_by_column (view, to_column, GTK_SORT_ASCENDING);
  settle (20);
  lowest = g_list_model_get_item (rows, 0);
  g_assert_cmpint (zona_comparison_item_get (lowest)->to, ==, 8972);
}

/* A unit assessed indicator by indicator in 2022 and 2023: its row names the indicator that
 * moved its total most, as core computes it. */
static void
test_movers (WindowFixture *f,
             gconstpointer  data)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (f->store, "35.77", NULL);
  g_autoptr(GHashTable) before = zona_score_table_new ();
  g_autoptr(GHashTable) after = zona_score_table_new ();
  g_autoptr(GError) error = NULL;
  const ZonaScheme *scheme = zona_store_find_scheme (f->store, "ombudsman", NULL);
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2023);
  const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, 0);
  const ZonaIndicator *moved = g_ptr_array_index (dimension->indicators, 0);
  ZonaUnit unit = { .name = (char *) "Dinas Perhubungan", .short_name = (char *) "Dishub" };
  ZonaAssessment assessment = { .region_id = region->id, .scheme_id = (char *) "ombudsman" };
  const ZonaComparison *row = NULL;
  ZonaTrendPanel *panel;
  GListModel *rows;
  g_autofree char *expected = NULL;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *each = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < each->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (each->indicators, i);

          zona_score_table_set (before, indicator->code, 8000);
          zona_score_table_set (after, indicator->code, indicator == moved ? 9500 : 8000);
        }
    }
  assessment.unit_id = zona_store_add_unit (f->store, "35.77", &unit, &error);
  assessment.year = 2022;
  g_assert_cmpint (zona_store_record_assessment (f->store, &assessment, before, &error), >, 0);
  assessment.year = 2023;
  g_assert_cmpint (zona_store_record_assessment (f->store, &assessment, after, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (zona_window_select_region (f->window, "35.19"));
  settle (20);

  panel = show_region (f, "35.77");
  rows = G_LIST_MODEL (gtk_column_view_get_model (template_child (panel, ZONA_TYPE_TREND_PANEL,
                                                                  "compare_view")));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ZonaComparisonItem) item = g_list_model_get_item (rows, i);

      if (zona_comparison_item_get (item)->unit_id == assessment.unit_id)
        row = zona_comparison_item_get (item);
    }
  g_assert_nonnull (row);
  g_assert_cmpuint (row->movers->len, ==, 1);
  g_assert_cmpstr (((ZonaIndicatorMove *) g_ptr_array_index (row->movers, 0))->code, ==,
                   moved->code);
  g_assert_cmpint (((ZonaIndicatorMove *) g_ptr_array_index (row->movers, 0))->effect, ==,
                   row->change);
  expected = g_strdup (moved->code);
  g_assert_true (find_label_starting (template_child (panel, ZONA_TYPE_TREND_PANEL,
                                                      "compare_view"), expected));
}

/* Mukomuko with Kota Madiun beside it: a second line, by the region's name, and a legend. */
static void
test_other_region (WindowFixture *f,
                   gconstpointer  data)
{
  ZonaTrendPanel *panel = show_region (f, "17.06");
  ZonaChartView *view = zona_trend_panel_get_view (panel);
  ZonaChart *chart;

  g_assert_cmpuint (zona_chart_view_get_chart (view)->series->len, ==, 1);
  g_assert_true (zona_trend_panel_compare_with (panel, "35.77"));
  settle (20);
  chart = zona_chart_view_get_chart (view);
  g_assert_cmpuint (chart->series->len, ==, 2);
  g_assert_cmpstr (((ZonaChartSeries *) g_ptr_array_index (chart->series, 1))->name, ==,
                   "Kota Madiun");
  g_assert_true (gtk_widget_get_visible (template_child (panel, ZONA_TYPE_TREND_PANEL,
                                                         "legend_box")));
  g_assert_false (zona_trend_panel_compare_with (panel, "17.06"));

  g_assert_true (zona_trend_panel_compare_with (panel, NULL));
  settle (20);
  g_assert_cmpuint (zona_chart_view_get_chart (view)->series->len, ==, 1);
}

/* Saved as SVG and PNG; a name that is neither is refused. */
static void
test_save (WindowFixture *f,
           gconstpointer  data)
{
  ZonaTrendPanel *panel = show_region (f, "17.06");
  g_autofree char *svg = g_build_filename (f->dir, "grafik.svg", NULL);
  g_autofree char *png = g_build_filename (f->dir, "grafik.png", NULL);
  g_autofree char *jpg = g_build_filename (f->dir, "grafik.jpg", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (zona_trend_panel_save (panel, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_true (zona_trend_panel_save (panel, png, &error));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_assert_false (zona_trend_panel_save (panel, jpg, &error));
  g_assert_nonnull (strstr (error->message, "grafik.jpg"));
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* The report of the latest year, 2024. */
  {
    g_autofree char *pdf = g_build_filename (f->dir, "laporan.pdf", NULL);
    g_autofree char *head = NULL;
    gsize length;

    g_assert_true (zona_trend_panel_save_report (panel, pdf, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (pdf, &head, &length, NULL));
    g_assert_true (g_str_has_prefix (head, "%PDF-"));
  }
}

/* Mukomuko's page and Kota Madiun's with its units, in the language asked for:
 * trend-<lang>.png, trend-dark-<lang>.png, trend-units-<lang>.png. */
static void
test_screenshot (WindowFixture *f,
                 gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;
  g_autofree char *units = NULL;

  if (language == NULL || *language == '\0')
    language = "en";

  show_region (f, "17.06");
  light = screenshot_path (f->dir, "trend", language);
  render_to_file (GTK_WIDGET (f->window), light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = screenshot_path (f->dir, "trend-dark", language);
  render_to_file (GTK_WIDGET (f->window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  show_region (f, "35.77");
  units = screenshot_path (f->dir, "trend-units", language);
  render_to_file (GTK_WIDGET (f->window), units);

  /* Scrolled down to the year-over-year table. */
  {
    ZonaTrendPanel *panel = window_child (f, "trend_panel");
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (panel), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment =
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    g_autofree char *table = screenshot_path (f->dir, "trend-table", language);

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    settle (50);
    render_to_file (GTK_WIDGET (f->window), table);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);

  ui_test_init (&argc, &argv);

  g_test_add ("/ui/chart/mukomuko", WindowFixture, NULL, window_fixture_set_up, test_mukomuko,
              window_fixture_tear_down);
  g_test_add ("/ui/chart/keyboard-table-legend", WindowFixture, NULL, window_fixture_set_up,
              test_keyboard_table_legend, window_fixture_tear_down);
  g_test_add ("/ui/chart/comparison", WindowFixture, NULL, window_fixture_set_up,
              test_comparison, window_fixture_tear_down);
  g_test_add ("/ui/chart/movers", WindowFixture, NULL, window_fixture_set_up, test_movers,
              window_fixture_tear_down);
  g_test_add ("/ui/chart/other-region", WindowFixture, NULL, window_fixture_set_up,
              test_other_region, window_fixture_tear_down);
  g_test_add ("/ui/chart/save", WindowFixture, NULL, window_fixture_set_up, test_save,
              window_fixture_tear_down);
  g_test_add ("/ui/chart/screenshot", WindowFixture, NULL, window_fixture_set_up,
              test_screenshot, window_fixture_tear_down);

  return g_test_run ();
}
