/* test-chart-render.c — charts painted into PNG and SVG files, read back
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Mukomuko's demo figures (60,35 in 2022, 90,02 in 2023, 90,64 in 2024) drawn as the window
 * and the exports draw them; the PNG is probed at places the geometry computes: a band's
 * colour where nothing else is drawn, the line's colour on the point and halfway along a
 * segment.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "zona-chart-render.h"
#include "zona-paths.h"
#include "zona-test-utils.h"

#define WIDTH  640
#define HEIGHT 320

typedef struct
{
  guint8 red;
  guint8 green;
  guint8 blue;
} Pixel;

static ZonaScheme *
load_ombudsman (void)
{
  g_autofree char *path = g_build_filename (zona_get_data_dir (), "schemes", "ombudsman.json",
                                            NULL);
  g_autoptr(GError) error = NULL;
  ZonaScheme *scheme = zona_scheme_new_from_file (path, &error);

  g_assert_no_error (error);

  return scheme;
}

static ZonaChart *
mukomuko_chart (const ZonaScheme *scheme)
{
  ZonaChart *chart = zona_chart_new (scheme);
  int years[] = { 2022, 2023, 2024 };
  ZonaScore scores[] = { 6035, 9002, 9064 };

  zona_chart_add_series (chart, "Kabupaten Mukomuko", years, scores, 3);

  return chart;
}

static Pixel
probe (cairo_surface_t *surface,
       double           x,
       double           y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value;
  Pixel pixel;

  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpfloat (y, <, cairo_image_surface_get_height (surface));
  memcpy (&value, data + (int) y * stride + 4 * (int) x, sizeof value);
  pixel.red = (value >> 16) & 0xff;
  pixel.green = (value >> 8) & 0xff;
  pixel.blue = value & 0xff;

  return pixel;
}

static void
assert_near (guint8 value,
             double expected)
{
  g_assert_cmpfloat (fabs (value - expected * 255.0), <=, 3.0);
}

/* A band's colour faded over the background, as zona_chart_draw() paints it. */
static void
assert_band_colour (Pixel                  pixel,
                    const char            *band_colour,
                    const ZonaChartStyle  *style)
{
  ZonaChartColour band;
  double alpha = zona_chart_band_alpha (style->dark);

  g_assert_true (zona_chart_parse_colour (band_colour, &band));
  assert_near (pixel.red, alpha * band.red + (1 - alpha) * style->background.red);
  assert_near (pixel.green, alpha * band.green + (1 - alpha) * style->background.green);
  assert_near (pixel.blue, alpha * band.blue + (1 - alpha) * style->background.blue);
}

/* The PNG shows Kategori D's red band in 2023 well below the line, the series' blue on each
 * point and on the middle of the line from 2022 to 2023, in light and in dark. */
static void
test_png (ZonaTestDir   *fixture,
          gconstpointer  data)
{
  g_autoptr(ZonaScheme) scheme = load_ombudsman ();

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autoptr(ZonaChart) chart = mukomuko_chart (scheme);
      g_autofree char *name = g_strdup_printf ("mukomuko-%s.png", dark ? "dark" : "light");
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GError) error = NULL;
      const ZonaChartSeries *series;
      const ZonaChartPoint *a, *b;
      const ZonaChartYear *year_2023 = NULL;
      ZonaChartStyle style;
      ZonaChartColour line;
      cairo_surface_t *surface;
      Pixel pixel;
      gboolean on_line = FALSE;

      zona_chart_style_init (&style, dark);
      g_assert_true (zona_chart_write (chart, ZONA_CHART_FORMAT_PNG, WIDTH, HEIGHT, &style, path,
                                       &error));
      g_assert_no_error (error);

      surface = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, WIDTH);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, HEIGHT);

      /* The chart was laid out for the file: probe where it put things. */
      for (guint i = 0; i < chart->years->len; i++)
        if (g_array_index (chart->years, ZonaChartYear, i).year == 2023)
          year_2023 = &g_array_index (chart->years, ZonaChartYear, i);
      g_assert_nonnull (year_2023);

      /* 40,00 in 2023 lies in Kategori D, painted #c62828 (Zona Merah). */
      pixel = probe (surface, year_2023->x, zona_chart_value_to_y (chart, 4000));
      assert_band_colour (pixel, "#c62828", &style);
      /* 65,00 in 2022 lies in Kategori C, #f9a825 (Zona Kuning), left of the 2022 point. */
      pixel = probe (surface, g_array_index (chart->years, ZonaChartYear, 0).slot.x + 4,
                     zona_chart_value_to_y (chart, 7000));
      assert_band_colour (pixel, "#f9a825", &style);

      series = g_ptr_array_index (chart->series, 0);
      zona_chart_series_colour (0, dark, &line);
      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);

          pixel = probe (surface, point->x, point->y);
          assert_near (pixel.red, line.red);
          assert_near (pixel.green, line.green);
          assert_near (pixel.blue, line.blue);
        }

      /* Halfway from 2022 to 2023 the line passes: one of the pixels around the middle has
       * the series' colour. */
      a = &g_array_index (series->points, ZonaChartPoint, 0);
      b = &g_array_index (series->points, ZonaChartPoint, 1);
      for (int dx = -1; dx <= 1; dx++)
        for (int dy = -1; dy <= 1; dy++)
          {
            pixel = probe (surface, (a->x + b->x) / 2 + dx, (a->y + b->y) / 2 + dy);
            on_line |= fabs (pixel.red - line.red * 255) <= 12 &&
                       fabs (pixel.green - line.green * 255) <= 12 &&
                       fabs (pixel.blue - line.blue * 255) <= 12;
          }
      g_assert_true (on_line);

      cairo_surface_destroy (surface);
    }
}

static void
ignore_element (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              user_data,
                GError              **error)
{
  gboolean *seen_svg = user_data;

  if (g_str_equal (element, "svg"))
    *seen_svg = TRUE;
}

/* The SVG is a whole XML document of the size asked for, vectors and not a picture. */
static void
test_svg (ZonaTestDir   *fixture,
          gconstpointer  data)
{
  g_autoptr(ZonaScheme) scheme = load_ombudsman ();
  g_autoptr(ZonaChart) chart = mukomuko_chart (scheme);
  g_autofree char *path = g_build_filename (fixture->dir, "mukomuko.svg", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { .start_element = ignore_element };
  GMarkupParseContext *context;
  ZonaChartStyle style;
  gboolean seen_svg = FALSE;
  gsize length;

  zona_chart_style_init (&style, FALSE);
  g_assert_true (zona_chart_write (chart, ZONA_CHART_FORMAT_SVG, WIDTH, HEIGHT, &style, path,
                                   &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, "width=\"640pt\""));
  g_assert_null (strstr (text, "<image"));
  g_assert_nonnull (strstr (text, "<path"));

  context = g_markup_parse_context_new (&parser, 0, &seen_svg, NULL);
  g_assert_true (g_markup_parse_context_parse (context, text, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_true (seen_svg);
}

/* A size that cannot make a chart, a folder that does not exist: a message, and no file nor
 * half file left behind; an existing file is left as it was. */
static void
test_refusals (ZonaTestDir   *fixture,
               gconstpointer  data)
{
  g_autoptr(ZonaScheme) scheme = load_ombudsman ();
  g_autoptr(ZonaChart) chart = mukomuko_chart (scheme);
  g_autofree char *path = g_build_filename (fixture->dir, "kecil.png", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "tidak-ada", "grafik.svg", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  ZonaChartStyle style;
  ZonaChartFormat format;

  zona_chart_style_init (&style, FALSE);
  g_assert_true (g_file_set_contents (path, "lama", -1, NULL));
  g_assert_false (zona_chart_write (chart, ZONA_CHART_FORMAT_PNG, 10, 10, &style, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "10 × 10"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "lama");

  g_assert_false (zona_chart_write (chart, ZONA_CHART_FORMAT_SVG, WIDTH, HEIGHT, &style, missing,
                                    &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "grafik.svg"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* Nothing but the old file in the folder. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "kecil.png");
  g_assert_null (g_dir_read_name (dir));

  g_assert_true (zona_chart_format_from_path ("Grafik.SVG", &format));
  g_assert_cmpint (format, ==, ZONA_CHART_FORMAT_SVG);
  g_assert_true (zona_chart_format_from_path ("grafik.png", &format));
  g_assert_cmpint (format, ==, ZONA_CHART_FORMAT_PNG);
  g_assert_false (zona_chart_format_from_path ("grafik.jpg", &format));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/chart-render/png", ZonaTestDir, NULL, zona_test_dir_setup, test_png,
              zona_test_dir_teardown);
  g_test_add ("/chart-render/svg", ZonaTestDir, NULL, zona_test_dir_setup, test_svg,
              zona_test_dir_teardown);
  g_test_add ("/chart-render/refusals", ZonaTestDir, NULL, zona_test_dir_setup, test_refusals,
              zona_test_dir_teardown);

  return g_test_run ();
}
