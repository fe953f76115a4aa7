/* test-compare.c — year over year on the demo data: Mukomuko's rise, Kota Madiun's units,
 * the indicators that moved a total, the national table
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "zona-aggregate.h"
#include "zona-chart-data.h"
#include "zona-compare.h"
#include "zona-demo.h"
#include "zona-test-utils.h"

static ZonaStore *
demo_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  ZonaStore *store = zona_test_new_store (path);

  g_assert_true (zona_demo_populate (store, &error));
  g_assert_no_error (error);

  return store;
}

static const ZonaComparison *
find_row (GPtrArray  *rows,
          const char *name)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((ZonaComparison *) g_ptr_array_index (rows, i))->name, name))
      return g_ptr_array_index (rows, i);

  return NULL;
}

/* From 60,35 (Zona Kuning's band, category C) to 90,02 (Kategori A): up 29,67, a category
 * change, second among the demo's kabupaten in 2023 behind Kabupaten Madiun's 91,00. */
static void
test_mukomuko (ZonaTestDir   *fixture,
               gconstpointer  data)
{
  g_autoptr(ZonaStore) store = demo_store (fixture->path);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaComparison *row;

  rows = zona_compare_region (store, "17.06", "ombudsman", 2022, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->name, ==, "Kabupaten Mukomuko");
  g_assert_cmpint (row->unit_id, ==, 0);
  g_assert_true (row->has_from && row->has_to && row->has_change);
  g_assert_cmpint (row->from, ==, 6035);
  g_assert_cmpint (row->to, ==, 9002);
  g_assert_cmpint (row->change, ==, 2967);
  g_assert_cmpstr (row->from_band->zone, ==, "kuning");
  g_assert_cmpstr (row->to_band->code, ==, "A");
  g_assert_true (row->category_changed);
  g_assert_cmpuint (row->rank, ==, 2);
  g_assert_cmpuint (row->rank_of, ==, 2);
  g_assert_cmpuint (row->movers->len, ==, 0);

  /* 2023 to 2024: 90,02 to 90,64, still A. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = zona_compare_region (store, "17.06", "ombudsman", 2023, 2024, &error);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpint (row->change, ==, 62);
  g_assert_false (row->category_changed);

  /* Years the wrong way round, an unknown region or scheme: refused. */
  g_assert_null (zona_compare_region (store, "17.06", "ombudsman", 2024, 2023, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2024"));
  g_clear_error (&error);
  g_assert_null (zona_compare_region (store, "99.99", "ombudsman", 2022, 2023, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (zona_compare_region (store, "17.06", "tidak-ada", 2022, 2023, &error));
  g_assert_nonnull (error);
}

/* Kota Madiun 2022 to 2023: the region's mean of its seven units first, then the units by
 * their 2023 rank, Disdukcapil's 96,20 at the top; none has a 2022 score to change from. */
static void
test_units (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_autoptr(ZonaStore) store = demo_store (fixture->path);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaComparison *region, *first, *last;

  rows = zona_compare_region (store, "35.77", "ombudsman", 2022, 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 8);
  region = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (region->name, ==, "Kota Madiun");
  g_assert_true (region->has_to);
  g_assert_cmpint (region->to, ==, 9359);
  g_assert_false (region->has_change);

  first = g_ptr_array_index (rows, 1);
  g_assert_cmpint (first->to, ==, 9620);
  g_assert_cmpuint (first->rank, ==, 1);
  g_assert_cmpuint (first->rank_of, ==, 7);
  last = g_ptr_array_index (rows, 7);
  g_assert_cmpint (last->to, ==, 8972);
  g_assert_cmpuint (last->rank, ==, 7);
  for (guint i = 1; i < rows->len; i++)
    {
      const ZonaComparison *row = g_ptr_array_index (rows, i);

      g_assert_false (row->has_from);
      g_assert_false (row->has_change);
      g_assert_nonnull (row->to_band);
      if (i > 1)
        g_assert_cmpint (row->to, <=, ((ZonaComparison *) g_ptr_array_index (rows, i - 1))->to);
    }
}

/* A unit assessed indicator by indicator in two years: the indicators whose change weighed
 * most on the total come first, with the sign of their effect, at most three. */
static void
test_movers (ZonaTestDir   *fixture,
             gconstpointer  data)
{
  g_autoptr(ZonaStore) store = demo_store (fixture->path);
  g_autoptr(GHashTable) before = zona_score_table_new ();
  g_autoptr(GHashTable) after = zona_score_table_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ZonaRegion) region = zona_store_get_region (store, "35.19", NULL);
  g_autoptr(GError) error = NULL;
  const ZonaScheme *scheme = zona_store_find_scheme (store, "ombudsman", NULL);
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2023);
  const ZonaDimension *heavy = NULL, *light = NULL;
  const ZonaIndicator *up, *down, *small;
  const ZonaComparison *row;
  const ZonaIndicatorMove *move;
  ZonaUnit unit = { .name = (char *) "Dinas Perhubungan", .short_name = (char *) "Dishub" };
  ZonaAssessment assessment = { .region_id = region->id, .scheme_id = (char *) "ombudsman" };
  gint64 unit_id = zona_store_add_unit (store, "35.19", &unit, &error);

  g_assert_no_error (error);

  /* The heaviest and the lightest dimension of era III: Proses 32,37 and Pengaduan 21,54. */
  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      if (heavy == NULL || dimension->weight > heavy->weight)
        heavy = dimension;
      if (light == NULL || dimension->weight < light->weight)
        light = dimension;
      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);

          zona_score_table_set (before, indicator->code, 8000);
          zona_score_table_set (after, indicator->code, 8000);
        }
    }
  g_assert_true (heavy->indicators->len > 0 && light->indicators->len > 1);

  /* Up 10 in a light-dimension indicator, down 10 in a heavy-dimension one of a dimension
   * with fewer indicators, up 1 in another: the two large moves lead, the small one follows. */
  up = g_ptr_array_index (light->indicators, 0);
  small = g_ptr_array_index (light->indicators, 1);
  down = g_ptr_array_index (heavy->indicators, 0);
  zona_score_table_set (after, up->code, 9000);
  zona_score_table_set (after, down->code, 7000);
  zona_score_table_set (after, small->code, 8100);

  assessment.unit_id = unit_id;
  assessment.year = 2022;
  g_assert_cmpint (zona_store_record_assessment (store, &assessment, before, &error), >, 0);
  assessment.year = 2023;
  g_assert_cmpint (zona_store_record_assessment (store, &assessment, after, &error), >, 0);
  g_assert_no_error (error);

  rows = zona_compare_region (store, "35.19", "ombudsman", 2022, 2023, &error);
  g_assert_no_error (error);
  row = NULL;
  for (guint i = 0; i < rows->len; i++)
    if (((ZonaComparison *) g_ptr_array_index (rows, i))->unit_id == unit_id)
      row = g_ptr_array_index (rows, i);
  g_assert_nonnull (row);
  g_assert_true (row->has_change);
  g_assert_cmpuint (row->movers->len, ==, 3);

  /* Each effect is the change times the indicator's share of the total, signed. */
  for (guint i = 0; i < row->movers->len; i++)
    {
      move = g_ptr_array_index (row->movers, i);
      g_assert_cmpint (move->effect > 0, ==, move->to > move->from);
      if (i > 0)
        g_assert_cmpint (ABS (move->effect), <=,
                         ABS (((ZonaIndicatorMove *) g_ptr_array_index (row->movers,
                                                                        i - 1))->effect));
    }
  move = g_ptr_array_index (row->movers, 2);
  g_assert_cmpstr (move->code, ==, small->code);
  g_assert_cmpint (move->from, ==, 8000);
  g_assert_cmpint (move->to, ==, 8100);
  g_assert_nonnull (find_row (rows, "Dinas Perhubungan"));
  /* Where the 2023 score could gain most: the indicator with the most room times its share of
   * the total (its weight in its dimension times the dimension's weight) first. */
  {
    g_autoptr(ZonaGap) gap = zona_compare_gap (store, region->id, unit_id, "ombudsman", 2023,
                                               &error);
    const ZonaIndicator *best = NULL;
    double best_gain = -1;

    for (guint d = 0; d < version->dimensions->len; d++)
      {
        const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);
        double sum = 0;

        for (guint i = 0; i < dimension->indicators->len; i++)
          sum += ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->weight;
        for (guint i = 0; i < dimension->indicators->len; i++)
          {
            const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);
            ZonaScore value = 0;
            double gain;

            g_assert_true (zona_score_table_get (after, indicator->code, &value));
            gain = (10000 - value) * indicator->weight / sum * dimension->weight / 10000.0;
            if (gain > best_gain)
              {
                best_gain = gain;
                best = indicator;
              }
          }
      }

    g_assert_no_error (error);
    g_assert_cmpuint (gap->gains->len, ==, 3);
    g_assert_cmpstr (((ZonaIndicatorMove *) g_ptr_array_index (gap->gains, 0))->code, ==,
                     best->code);
    for (guint i = 0; i < gap->gains->len; i++)
      {
        const ZonaIndicatorMove *gain = g_ptr_array_index (gap->gains, i);

        g_assert_cmpint (gain->to, ==, 10000);
        g_assert_cmpint (gain->effect, >, 0);
        if (i > 0)
          g_assert_cmpint (gain->effect, <=,
                           ((ZonaIndicatorMove *) g_ptr_array_index (gap->gains, i - 1))->effect);
      }
    if (gap->next != NULL)
      g_assert_cmpint (gap->gap, ==, gap->next->min - gap->score);
  }

  /* The effects add up to the total's change, give or take the rounding of each. */
  {
    ZonaScore sum = 0;

    for (guint i = 0; i < row->movers->len; i++)
      sum += ((ZonaIndicatorMove *) g_ptr_array_index (row->movers, i))->effect;
    g_assert_cmpint (ABS (sum - row->change), <=, 3);
  }
}

/* Mukomuko's 60,35 of 2022 is Kategori C: 17,65 points short of B's 78,00; its 90,64 of 2024
 * is A, the top, with nothing above. */
static void
test_gap (ZonaTestDir   *fixture,
          gconstpointer  data)
{
  g_autoptr(ZonaStore) store = demo_store (fixture->path);
  g_autoptr(ZonaRegion) region = zona_store_get_region (store, "17.06", NULL);
  g_autoptr(ZonaGap) gap = NULL;
  g_autoptr(ZonaGap) top = NULL;
  g_autoptr(GError) error = NULL;

  gap = zona_compare_gap (store, region->id, 0, "ombudsman", 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gap->band->code, ==, "C");
  g_assert_cmpstr (gap->next->code, ==, "B");
  g_assert_cmpint (gap->gap, ==, 1765);
  g_assert_cmpuint (gap->gains->len, ==, 0);

  top = zona_compare_gap (store, region->id, 0, "ombudsman", 2024, &error);
  g_assert_cmpstr (top->band->code, ==, "A");
  g_assert_null (top->next);

  g_assert_null (zona_compare_gap (store, region->id, 0, "ombudsman", 2019, &error));
  g_assert_nonnull (error);
}

/* Several regions on one chart: a line each, by the region's name, with its own scores. */
static void
test_chart_regions (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(ZonaStore) store = demo_store (fixture->path);
  g_autoptr(ZonaChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaChartSeries *series;

  chart = zona_chart_new_for_subject (store, "17.06", 0, "ombudsman", FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (zona_chart_add_region (chart, store, "35.19", &error));
  g_assert_true (zona_chart_add_region (chart, store, "35.77", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (chart->series->len, ==, 3);
  series = g_ptr_array_index (chart->series, 1);
  g_assert_cmpstr (series->name, ==, "Kabupaten Madiun");
  g_assert_cmpuint (series->points->len, ==, 1);
  g_assert_cmpint (g_array_index (series->points, ZonaChartPoint, 0).score, ==, 9100);
  series = g_ptr_array_index (chart->series, 2);
  g_assert_cmpstr (series->name, ==, "Kota Madiun");
  g_assert_cmpint (g_array_index (series->points, ZonaChartPoint, 0).score, ==, 9359);
  g_assert_cmpint (chart->year_from, ==, 2022);
  g_assert_cmpint (chart->year_to, ==, 2024);

  g_assert_false (zona_chart_add_region (chart, store, "99.99", &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (chart->series->len, ==, 3);
}

/* The kota of the demo, 2022 to 2023, best first. */
static void
test_regions (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(ZonaStore) store = demo_store (fixture->path);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) kabupaten = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaComparison *mukomuko;

  kabupaten = zona_compare_regions (store, ZONA_REGION_KABUPATEN, "ombudsman", 2022, 2023,
                                    &error);
  g_assert_no_error (error);
  mukomuko = find_row (kabupaten, "Kabupaten Mukomuko");
  g_assert_nonnull (mukomuko);
  g_assert_cmpint (mukomuko->change, ==, 2967);
  g_assert_true (mukomuko->category_changed);
  g_assert_cmpstr (((ZonaComparison *) g_ptr_array_index (kabupaten, 0))->name, ==,
                   "Kabupaten Madiun");
  g_assert_cmpuint (((ZonaComparison *) g_ptr_array_index (kabupaten, 0))->rank, ==, 1);

  rows = zona_compare_regions (store, ZONA_REGION_KOTA, "ombudsman", 2022, 2023, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_row (rows, "Kota Madiun"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  ADD ("/compare/mukomuko", test_mukomuko);
  ADD ("/compare/units", test_units);
  ADD ("/compare/movers", test_movers);
  ADD ("/compare/regions", test_regions);
  ADD ("/compare/gap", test_gap);
  ADD ("/compare/chart-regions", test_chart_regions);

#undef ADD

  return g_test_run ();
}
