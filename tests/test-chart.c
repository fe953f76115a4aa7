/* test-chart.c — a trend chart's geometry, without a display
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schemes are the shipped ones (data/schemes), so the bands and eras are those a user
 * sees. Labels are measured as a monospace font of 7 by 12 units would draw them.
 */

#include "config.h"

#include <string.h>

#include "zona-chart.h"
#include "zona-paths.h"
#include "zona-scheme.h"

#define CHAR_WIDTH  7.0
#define LINE_HEIGHT 12.0

static void
measure (const char *text,
         double     *width,
         double     *height,
         gpointer    user_data)
{
  *width = CHAR_WIDTH * g_utf8_strlen (text, -1);
  *height = LINE_HEIGHT;
}

static ZonaScheme *
load_scheme (const char *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autofree char *path = g_build_filename (zona_get_data_dir (), "schemes", name, NULL);
  g_autoptr(GError) error = NULL;
  ZonaScheme *scheme = zona_scheme_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scheme);

  return scheme;
}

static const ZonaChartYear *
find_year (const ZonaChart *chart,
           int              year)
{
  for (guint i = 0; i < chart->years->len; i++)
    if (g_array_index (chart->years, ZonaChartYear, i).year == year)
      return &g_array_index (chart->years, ZonaChartYear, i);

  return NULL;
}

static const ZonaChartPoint *
point_at (const ZonaChart *chart,
          guint            series,
          guint            index)
{
  const ZonaChartSeries *s = g_ptr_array_index (chart->series, series);

  g_assert_cmpuint (index, <, s->points->len);

  return &g_array_index (s->points, ZonaChartPoint, index);
}

static void
layout (ZonaChart *chart,
        double     width,
        double     height)
{
  ZonaChartRect area = { 10, 20, width, height };

  zona_chart_layout (chart, &area, measure, NULL);
}

/* No shown label covers another label or any point, and every one lies inside the chart. */
static void
assert_labels_apart (const ZonaChart *chart)
{
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (ZonaChartRect));

  for (guint s = 0; s < chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);

          if (!point->label_shown)
            continue;

          g_assert_cmpfloat (point->label_box.x, >=, chart->area.x);
          g_assert_cmpfloat (point->label_box.y, >=, chart->area.y);
          g_assert_cmpfloat (point->label_box.x + point->label_box.width, <=,
                             chart->area.x + chart->area.width);
          g_assert_cmpfloat (point->label_box.y + point->label_box.height, <=,
                             chart->plot.y + chart->plot.height);
          for (guint j = 0; j < labels->len; j++)
            g_assert_false (zona_chart_rects_overlap (&point->label_box,
                                                      &g_array_index (labels, ZonaChartRect, j)));
          g_array_append_val (labels, point->label_box);
        }
    }

  for (guint s = 0; s < chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);
          double r = chart->point_radius;
          ZonaChartRect marker = { point->x - r, point->y - r, 2 * r, 2 * r };

          for (guint j = 0; j < labels->len; j++)
            g_assert_false (zona_chart_rects_overlap (&marker,
                                                      &g_array_index (labels, ZonaChartRect, j)));
        }
    }
}

/* The value axis of a 0-100 scheme has gridlines at 0, 20 ... 100, of PEKPPP's 0-5 index at
 * every whole number; a low chart gets fewer, still at nice steps; labels carry a decimal
 * comma and no needless zeros. */
static void
test_ticks (void)
{
  g_autoptr(ZonaScheme) ombudsman = load_scheme ("ombudsman");
  g_autoptr(ZonaScheme) pekppp = load_scheme ("pekppp");
  g_autoptr(ZonaChart) chart = zona_chart_new (ombudsman);
  g_autoptr(ZonaChart) index = zona_chart_new (pekppp);
  static const char * const hundred[] = { "0", "20", "40", "60", "80", "100" };
  int years[] = { 2023 };
  ZonaScore scores[] = { 9002 };
  ZonaScore indices[] = { 461 };
  g_autofree char *quarter = zona_chart_format_tick (25);
  g_autofree char *half = zona_chart_format_tick (250);

  zona_chart_add_series (chart, "Mukomuko", years, scores, 1);
  layout (chart, 600, 300);
  g_assert_cmpuint (chart->ticks->len, ==, G_N_ELEMENTS (hundred));
  for (guint i = 0; i < chart->ticks->len; i++)
    {
      const ZonaChartTick *tick = &g_array_index (chart->ticks, ZonaChartTick, i);

      g_assert_cmpstr (tick->label, ==, hundred[i]);
      g_assert_cmpfloat_with_epsilon (tick->y, zona_chart_value_to_y (chart, tick->value), 1e-9);
    }
  /* 0 at the plot's bottom, 100 at its top. */
  g_assert_cmpfloat_with_epsilon (g_array_index (chart->ticks, ZonaChartTick, 0).y,
                                  chart->plot.y + chart->plot.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (chart->ticks, ZonaChartTick, 5).y,
                                  chart->plot.y, 1e-9);
  /* The plot leaves room on the left for the widest tick label, "100". */
  g_assert_cmpfloat (chart->plot.x, >=, chart->area.x + 3 * CHAR_WIDTH);

  /* A chart too low for six gridlines gets three: 0, 50, 100. */
  layout (chart, 600, 140);
  g_assert_cmpuint (chart->ticks->len, ==, 3);
  g_assert_cmpstr (g_array_index (chart->ticks, ZonaChartTick, 1).label, ==, "50");

  zona_chart_add_series (index, "Kota Madiun", years, indices, 1);
  layout (index, 600, 300);
  g_assert_cmpuint (index->ticks->len, ==, 6);
  g_assert_cmpstr (g_array_index (index->ticks, ZonaChartTick, 5).label, ==, "5");

  g_assert_cmpstr (quarter, ==, "0,25");
  g_assert_cmpstr (half, ==, "2,5");
}

/* Each year's column carries the bands of its own methodology: Zona Merah/Kuning/Hijau in
 * 2019 and 2021, categories A-E from 2022 (one rectangle per band over 2022-2024), none in
 * 2020, when the assessment was not held; the edges are the bands' own limits. */
static void
test_bands (void)
{
  g_autoptr(ZonaScheme) scheme = load_scheme ("ombudsman");
  g_autoptr(ZonaChart) chart = zona_chart_new (scheme);
  int years[] = { 2019, 2021, 2022, 2023, 2024 };
  ZonaScore scores[] = { 7000, 7326, 6035, 9002, 9064 };
  guint n_2019 = 0, n_2021 = 0, n_era3 = 0;
  const ZonaChartYear *gap;

  zona_chart_add_series (chart, "Mukomuko", years, scores, G_N_ELEMENTS (years));
  layout (chart, 700, 320);

  g_assert_cmpuint (chart->years->len, ==, 6);
  gap = find_year (chart, 2020);
  g_assert_nonnull (gap);
  g_assert_nonnull (gap->not_held);
  g_assert_null (find_year (chart, 2021)->not_held);

  for (guint i = 0; i < chart->bands->len; i++)
    {
      const ZonaChartBand *band = &g_array_index (chart->bands, ZonaChartBand, i);

      /* Nothing is drawn over the year not held. */
      g_assert_false (band->year_from <= 2020 && band->year_to >= 2020);
      g_assert_nonnull (band->band->colour);

      if (band->year_from == 2019)
        n_2019++;
      else if (band->year_from == 2021)
        {
          n_2021++;
          if (g_str_equal (band->band->code, "Kuning"))
            {
              /* 51,00 to 80,99: from 51 up to where 81 begins. */
              g_assert_cmpfloat_with_epsilon (band->rect.y, zona_chart_value_to_y (chart, 8100),
                                              1e-9);
              g_assert_cmpfloat_with_epsilon (band->rect.y + band->rect.height,
                                              zona_chart_value_to_y (chart, 5100), 1e-9);
              g_assert_cmpstr (band->band->colour, ==, "#f9a825");
            }
        }
      else
        {
          g_assert_cmpint (band->year_from, ==, 2022);
          g_assert_cmpint (band->year_to, ==, 2024);
          n_era3++;
          /* Its code in the top right corner, inside it. */
          g_assert_cmpfloat (band->label_box.width, ==, CHAR_WIDTH * strlen (band->band->code));
          g_assert_cmpfloat (band->label_box.x + band->label_box.width, <=,
                             band->rect.x + band->rect.width);
          g_assert_cmpfloat (band->label_box.y, >=, band->rect.y);
          /* One rectangle over the three columns. */
          g_assert_cmpfloat_with_epsilon (band->rect.x, find_year (chart, 2022)->slot.x, 1e-9);
          g_assert_cmpfloat_with_epsilon (band->rect.x + band->rect.width,
                                          chart->plot.x + chart->plot.width, 1e-9);
        }
    }
  g_assert_cmpuint (n_2019, ==, 3);
  g_assert_cmpuint (n_2021, ==, 3);
  g_assert_cmpuint (n_era3, ==, 5);
}

/* A marker stands before each year whose methodology is new: 2021, 2022 and 2025 on the
 * Ombudsman's scheme, at the left edge of that year's column. */
static void
test_markers (void)
{
  g_autoptr(ZonaScheme) scheme = load_scheme ("ombudsman");
  g_autoptr(ZonaChart) chart = zona_chart_new (scheme);
  g_autoptr(ZonaChart) one_era = zona_chart_new (scheme);
  int years[] = { 2018, 2019, 2021, 2022, 2023, 2024, 2025 };
  ZonaScore scores[] = { 5000, 6000, 7000, 8000, 9000, 9100, 9200 };
  static const int expected[] = { 2021, 2022, 2025 };

  zona_chart_add_series (chart, "Sebuah daerah", years, scores, G_N_ELEMENTS (years));
  zona_chart_set_marker_label (chart, "Metodologi baru");
  layout (chart, 800, 320);
  g_assert_cmpuint (chart->markers->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ZonaChartMarker *marker = &g_array_index (chart->markers, ZonaChartMarker, i);

      g_assert_cmpint (marker->year, ==, expected[i]);
      g_assert_cmpfloat_with_epsilon (marker->x, find_year (chart, expected[i])->slot.x, 1e-9);
      g_assert_true (marker->version == zona_scheme_version_for_year (scheme, expected[i]));
      /* Its label right of the line at the top, clear of every value's label. */
      g_assert_cmpfloat (marker->label_box.x, >, marker->x);
      g_assert_cmpfloat (marker->label_box.width, ==, CHAR_WIDTH * strlen ("Metodologi baru"));
      for (guint s = 0; s < chart->series->len; s++)
        for (guint p = 0; p < G_N_ELEMENTS (years); p++)
          if (point_at (chart, s, p)->label_shown)
            g_assert_false (zona_chart_rects_overlap (&point_at (chart, s, p)->label_box,
                                                      &marker->label_box));
    }

  /* The points say it too: 2021 comes after a gap and a change, 2023 after neither. */
  g_assert_true (point_at (chart, 0, 2)->after_gap);
  g_assert_true (point_at (chart, 0, 2)->after_change);
  g_assert_false (point_at (chart, 0, 4)->after_gap);
  g_assert_false (point_at (chart, 0, 4)->after_change);
  g_assert_true (point_at (chart, 0, 3)->after_change);

  /* Starting in 2022, the chart still says that 2022's rules were new; within an era after
   * its first year, no marker. */
  zona_chart_add_series (one_era, "Mukomuko", years + 3, scores + 3, 3);
  layout (one_era, 800, 320);
  g_assert_cmpuint (one_era->markers->len, ==, 1);
  g_assert_cmpint (g_array_index (one_era->markers, ZonaChartMarker, 0).year, ==, 2022);
  {
    g_autoptr(ZonaChart) later = zona_chart_new (scheme);

    zona_chart_add_series (later, "Mukomuko", years + 4, scores + 4, 2);
    layout (later, 800, 320);
    g_assert_cmpuint (later->markers->len, ==, 0);
  }
}

/* Mukomuko's demo figures: each point in the middle of its year, at its value, classified by
 * its own year's rules (Zona Kuning's band in 2022, Kategori A after), labelled "60,35". */
static void
test_points (void)
{
  g_autoptr(ZonaScheme) scheme = load_scheme ("ombudsman");
  g_autoptr(ZonaChart) chart = zona_chart_new (scheme);
  int years[] = { 2024, 2022, 2023 };
  ZonaScore scores[] = { 9064, 6035, 9002 };
  const ZonaChartPoint *first;

  zona_chart_add_series (chart, "Kabupaten Mukomuko", years, scores, 3);
  layout (chart, 600, 300);

  first = point_at (chart, 0, 0);
  g_assert_cmpint (first->year, ==, 2022);
  g_assert_cmpfloat_with_epsilon (first->x, find_year (chart, 2022)->x, 1e-9);
  g_assert_cmpfloat_with_epsilon (first->y, zona_chart_value_to_y (chart, 6035), 1e-9);
  g_assert_cmpstr (first->label, ==, "60,35");
  g_assert_cmpstr (first->band->code, ==, "C");
  g_assert_cmpstr (first->band->zone, ==, "kuning");
  g_assert_cmpstr (point_at (chart, 0, 1)->label, ==, "90,02");
  g_assert_cmpstr (point_at (chart, 0, 1)->band->code, ==, "A");
  g_assert_cmpint (point_at (chart, 0, 2)->year, ==, 2024);
  for (guint i = 0; i < 3; i++)
    g_assert_true (point_at (chart, 0, i)->label_shown);
  assert_labels_apart (chart);

  /* In words, for the report: from the first value to the last. */
  {
    g_autofree char *text = zona_chart_describe (g_ptr_array_index (chart->series, 0), TRUE);
    g_autoptr(ZonaChart) two = zona_chart_new (scheme);
    g_autoptr(ZonaChart) down = zona_chart_new (scheme);
    g_autofree char *rise = NULL;
    g_autofree char *fall = NULL;
    int pair[] = { 2022, 2023 };
    ZonaScore drop[] = { 9002, 8792 };

    g_assert_cmpstr (text, ==, "Skor naik 30,29 poin dari 60,35 (2022) ke 90,64 (2024)");
    zona_chart_add_series (two, "Kabupaten Mukomuko", pair, scores + 1, 2);
    rise = zona_chart_describe (g_ptr_array_index (two->series, 0), TRUE);
    g_assert_cmpstr (rise, ==, "Skor naik 29,67 poin dari 60,35 (2022) ke 90,02 (2023)");
    zona_chart_add_series (down, "Turun", pair, drop, 2);
    fall = zona_chart_describe (g_ptr_array_index (down->series, 0), TRUE);
    g_assert_cmpstr (fall, ==, "Skor turun 2,10 poin dari 90,02 (2022) ke 87,92 (2023)");
  }
}

/* A report on 2023 keeps the values up to 2023: the years after go, and a series with none
 * left goes too. */
static void
test_keep_until (void)
{
  g_autoptr(ZonaScheme) scheme = load_scheme ("ombudsman");
  g_autoptr(ZonaChart) chart = zona_chart_new (scheme);
  int years[] = { 2022, 2023, 2024 };
  ZonaScore scores[] = { 6035, 9002, 9064 };

  zona_chart_add_series (chart, "Mukomuko", years, scores, 3);
  zona_chart_add_series (chart, "Baru", years + 2, scores + 2, 1);
  zona_chart_keep_until (chart, 2023);
  g_assert_cmpuint (chart->series->len, ==, 1);
  g_assert_cmpint (chart->year_from, ==, 2022);
  g_assert_cmpint (chart->year_to, ==, 2023);
  layout (chart, 600, 300);
  g_assert_cmpuint (chart->years->len, ==, 2);
  g_assert_cmpuint (((ZonaChartSeries *) g_ptr_array_index (chart->series, 0))->points->len, ==,
                    2);
}

/* One value: one column, the point in the middle of the plot's width. */
static void
test_one_point (void)
{
  g_autoptr(ZonaScheme) scheme = load_scheme ("ombudsman");
  g_autoptr(ZonaChart) chart = zona_chart_new (scheme);
  int year = 2023;
  ZonaScore score = 9359;

  zona_chart_add_series (chart, "Kota Madiun", &year, &score, 1);
  layout (chart, 400, 240);
  g_assert_cmpuint (chart->years->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (point_at (chart, 0, 0)->x,
                                  chart->plot.x + chart->plot.width / 2, 1e-9);
  g_assert_true (point_at (chart, 0, 0)->label_shown);
  /* Above the point, its natural place. */
  g_assert_cmpfloat (point_at (chart, 0, 0)->label_box.y + LINE_HEIGHT, <=,
                     point_at (chart, 0, 0)->y);
  /* An empty chart lays out without points or years. */
  {
    g_autoptr(ZonaChart) empty = zona_chart_new (scheme);

    layout (empty, 400, 240);
    g_assert_cmpuint (empty->years->len, ==, 0);
    g_assert_cmpuint (empty->bands->len, ==, 0);
    g_assert_cmpuint (empty->ticks->len, >, 0);
  }
}

/* Equal values make a flat line; 0 and 100 sit on the plot's edges, and their labels stay
 * inside the chart: 100's above the plot, in the room kept for it, 0's above its point. */
static void
test_edges (void)
{
  g_autoptr(ZonaScheme) scheme = load_scheme ("ombudsman");
  g_autoptr(ZonaChart) chart = zona_chart_new (scheme);
  int years[] = { 2022, 2023, 2024 };
  ZonaScore flat[] = { 8000, 8000, 8000 };
  ZonaScore edges[] = { 0, 10000, 0 };

  zona_chart_add_series (chart, "Datar", years, flat, 3);
  zona_chart_add_series (chart, "Tepi", years, edges, 3);
  layout (chart, 600, 300);

  for (guint i = 1; i < 3; i++)
    g_assert_cmpfloat (point_at (chart, 0, i)->y, ==, point_at (chart, 0, 0)->y);
  g_assert_cmpfloat_with_epsilon (point_at (chart, 1, 0)->y,
                                  chart->plot.y + chart->plot.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (point_at (chart, 1, 1)->y, chart->plot.y, 1e-9);
  g_assert_cmpstr (point_at (chart, 1, 1)->label, ==, "100,00");
  for (guint s = 0; s < 2; s++)
    for (guint i = 0; i < 3; i++)
      g_assert_true (point_at (chart, s, i)->label_shown);
  assert_labels_apart (chart);
}

/* Two units with the same values: the second's labels move aside (below the points) rather
 * than cover the first's; a crowded chart, 40 units over 15 years in a small space, shows
 * only the labels that fit, none over another or over a point. */
static void
test_labels_apart (void)
{
  g_autoptr(ZonaScheme) scheme = load_scheme ("ombudsman");
  g_autoptr(ZonaChart) pair = zona_chart_new (scheme);
  g_autoptr(ZonaChart) crowd = zona_chart_new (scheme);
  int years[15];
  ZonaScore scores[15];
  guint shown = 0, hidden = 0;

  for (guint i = 0; i < 3; i++)
    {
      years[i] = 2022 + i;
      scores[i] = 8500 + 100 * i;
    }
  zona_chart_add_series (pair, "Dinkes", years, scores, 3);
  zona_chart_add_series (pair, "Dindik", years, scores, 3);
  layout (pair, 600, 300);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (point_at (pair, 1, i)->label_shown);
      g_assert_cmpfloat (point_at (pair, 1, i)->label_box.y, >, point_at (pair, 1, i)->y);
    }
  assert_labels_apart (pair);

  for (guint s = 0; s < 40; s++)
    {
      g_autofree char *name = g_strdup_printf ("Unit %u", s);

      for (guint i = 0; i < 15; i++)
        {
          years[i] = 2010 + i;
          scores[i] = 4000 + (ZonaScore) ((s * 37 + i * 53) % 50) * 100 + s;
        }
      zona_chart_add_series (crowd, name, years, scores, 15);
    }
  layout (crowd, 640, 360);
  assert_labels_apart (crowd);
  for (guint s = 0; s < 40; s++)
    for (guint i = 0; i < 15; i++)
      {
        if (point_at (crowd, s, i)->label_shown)
          shown++;
        else
          hidden++;
      }
  g_assert_cmpuint (shown, >, 0);
  g_assert_cmpuint (hidden, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/ticks", test_ticks);
  g_test_add_func ("/chart/bands", test_bands);
  g_test_add_func ("/chart/markers", test_markers);
  g_test_add_func ("/chart/points", test_points);
  g_test_add_func ("/chart/one-point", test_one_point);
  g_test_add_func ("/chart/keep-until", test_keep_until);
  g_test_add_func ("/chart/edges", test_edges);
  g_test_add_func ("/chart/labels-apart", test_labels_apart);

  return g_test_run ();
}
