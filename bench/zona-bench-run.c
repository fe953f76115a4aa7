/* zona-bench-run.c — times what a clerk waits for on a large Zona database
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each measure runs once to warm up, then --repeat times; the median is reported. Subjects are
 * picked deterministically from the database, so two runs on the same file time the same work.
 * Measures named "a different … each run" move to another unit or region on every run, so
 * SQLite's own page cache cannot keep the answer; the operating system's file cache is warm for
 * all measures except the first opening, for which the file is evicted from it beforehand.
 */

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "zona-chart-data.h"
#include "zona-chart-render.h"
#include "zona-compare.h"
#include "zona-report.h"
#include "zona-store.h"

#define BENCH_SCHEME_ID "bench"

typedef struct
{
  char   *region_code;
  gint64  unit_id;
} Subject;

typedef struct
{
  const char *path;
  ZonaStore  *store;
  GArray     *subjects;      /* Subject; index 0 is the warm-up's */
  int         year;
  guint       n_years;
  guint       n_units;
  guint       n_regions;

  /* Charts and reports */
  ZonaChart       *chart;      /* a region with its units, all years */
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoLayout     *layout;
  char            *report_path;
} Bench;

typedef gboolean (*MeasureFunc) (Bench   *bench,
                                 guint    run,
                                 GError **error);

typedef struct
{
  const char *name;
  const char *target;        /* NULL for figures given for information */
  double      target_ms;
  double      min_ms;
  double      median_ms;
  double      max_ms;
  guint       n_runs;
} Result;

static void
subject_clear (gpointer data)
{
  g_free (((Subject *) data)->region_code);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Asks the kernel to drop the file's pages from its cache, so that the next read comes from
 * the disk. Only this file is affected; it needs no privileges. */
static void
evict_from_page_cache (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      int fd = g_open (file, O_RDONLY, 0);

      if (fd < 0)
        continue;
      fdatasync (fd);
      posix_fadvise (fd, 0, 0, POSIX_FADV_DONTNEED);
      close (fd);
    }
}

static gboolean
measure (Bench       *bench,
         Result      *result,
         MeasureFunc  func,
         guint        n_runs,
         GError     **error)
{
  g_autofree double *times = g_new (double, n_runs);

  /* Run 0 warms up and is not counted. */
  if (!func (bench, 0, error))
    return FALSE;

  for (guint i = 0; i < n_runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!func (bench, i + 1, error))
        return FALSE;
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, n_runs, sizeof (double), compare_doubles);
  result->n_runs = n_runs;
  result->min_ms = times[0];
  result->max_ms = times[n_runs - 1];
  result->median_ms = n_runs % 2 ? times[n_runs / 2]
                                 : (times[n_runs / 2 - 1] + times[n_runs / 2]) / 2;

  return TRUE;
}

static gboolean
measure_once (Bench       *bench,
              Result      *result,
              MeasureFunc  func,
              GError     **error)
{
  gint64 start = g_get_monotonic_time ();

  if (!func (bench, 1, error))
    return FALSE;

  result->n_runs = 1;
  result->min_ms = result->median_ms = result->max_ms =
    (g_get_monotonic_time () - start) / 1000.0;

  return TRUE;
}

/* The measures. @run selects the subject where the measure varies it. */

static gboolean
open_file (Bench   *bench,
           guint    run,
           GError **error)
{
  ZonaStore *store = zona_store_open (bench->path, ZONA_STORE_OPEN_DEFAULT, error);

  if (store == NULL)
    return FALSE;
  g_object_unref (store);

  return TRUE;
}

static gboolean
check_length (const char  *what,
              guint        got,
              guint        want,
              GError     **error)
{
  if (got == want)
    return TRUE;

  g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_FAILED,
               "%s returned %u entries instead of %u: is this a zona-bench-gen database?",
               what, got, want);

  return FALSE;
}

static gboolean
unit_trend (Bench       *bench,
            const Subject *subject,
            GError     **error)
{
  g_autoptr(GPtrArray) points = zona_store_trend (bench->store, subject->region_code,
                                                  subject->unit_id, BENCH_SCHEME_ID, error);

  return points != NULL && check_length ("zona_store_trend", points->len, bench->n_years, error);
}

static gboolean
trend_same_unit (Bench   *bench,
                 guint    run,
                 GError **error)
{
  return unit_trend (bench, &g_array_index (bench->subjects, Subject, 0), error);
}

static gboolean
trend_other_unit (Bench   *bench,
                  guint    run,
                  GError **error)
{
  return unit_trend (bench, &g_array_index (bench->subjects, Subject, run), error);
}

static gboolean
region_means (Bench          *bench,
              const Subject  *subject,
              GError        **error)
{
  g_autoptr(GPtrArray) years = zona_store_region_scores (bench->store, subject->region_code,
                                                         BENCH_SCHEME_ID, error);

  if (years == NULL ||
      !check_length ("zona_store_region_scores", years->len, bench->n_years, error))
    return FALSE;

  return check_length ("a region's units that year",
                       ((ZonaRegionScore *) g_ptr_array_index (years, 0))->n_units,
                       bench->n_units, error);
}

static gboolean
means_same_region (Bench   *bench,
                   guint    run,
                   GError **error)
{
  return region_means (bench, &g_array_index (bench->subjects, Subject, 0), error);
}

static gboolean
means_other_region (Bench   *bench,
                    guint    run,
                    GError **error)
{
  return region_means (bench, &g_array_index (bench->subjects, Subject, run), error);
}

static gboolean
rank_all_regions (Bench   *bench,
                  guint    run,
                  GError **error)
{
  g_autoptr(GPtrArray) kabupaten = NULL;
  g_autoptr(GPtrArray) kota = NULL;

  kabupaten = zona_store_rank_regions (bench->store, ZONA_REGION_KABUPATEN, BENCH_SCHEME_ID,
                                       bench->year, error);
  if (kabupaten == NULL)
    return FALSE;
  kota = zona_store_rank_regions (bench->store, ZONA_REGION_KOTA, BENCH_SCHEME_ID,
                                  bench->year, error);
  if (kota == NULL)
    return FALSE;

  return check_length ("zona_store_rank_regions", kabupaten->len + kota->len,
                       bench->n_regions, error);
}

/* The year over year table of every kabupaten and kota, the year before against the latest. */
static gboolean
compare_all_regions (Bench   *bench,
                     guint    run,
                     GError **error)
{
  g_autoptr(GPtrArray) kabupaten = NULL;
  g_autoptr(GPtrArray) kota = NULL;

  if ((kabupaten = zona_compare_regions (bench->store, ZONA_REGION_KABUPATEN, BENCH_SCHEME_ID,
                                         bench->year - 1, bench->year, error)) == NULL ||
      (kota = zona_compare_regions (bench->store, ZONA_REGION_KOTA, BENCH_SCHEME_ID,
                                    bench->year - 1, bench->year, error)) == NULL)
    return FALSE;

  return check_length ("zona_compare_regions", kabupaten->len + kota->len, bench->n_regions,
                       error);
}

/* One frame of the chart widget's work at 960 x 480: the layout stays from the last size,
 * the painting is redone, as in a frame after a hover or a focus move. */
static gboolean
draw_chart (Bench   *bench,
            guint    run,
            GError **error)
{
  ZonaChartStyle style;

  zona_chart_style_init (&style, FALSE);
  style.highlight = run % 3 == 0 ? -1 : (int) (run % bench->chart->series->len);
  zona_chart_draw (bench->chart, bench->cr, bench->layout, &style);
  cairo_surface_flush (bench->surface);

  return TRUE;
}

/* The chart laid out again, as after the window was resized. */
static gboolean
layout_chart (Bench   *bench,
              guint    run,
              GError **error)
{
  ZonaChartRect area = { 0, 0, 960 - (run % 2), 480 };

  zona_chart_layout_with_pango (bench->chart, bench->layout, &area);

  return TRUE;
}

/* The one-page PDF report of a region with all its units, read from the store and written. */
static gboolean
write_report (Bench   *bench,
              guint    run,
              GError **error)
{
  const Subject *subject = &g_array_index (bench->subjects, Subject, run);

  return zona_report_write (bench->store, subject->region_code, BENCH_SCHEME_ID, bench->year,
                            "2026-11-24", bench->report_path, error);
}

static gboolean
prepare_chart (Bench   *bench,
               GError **error)
{
  const Subject *subject = &g_array_index (bench->subjects, Subject, 0);
  ZonaChartRect area = { 0, 0, 960, 480 };

  bench->chart = zona_chart_new_for_subject (bench->store, subject->region_code, 0,
                                             BENCH_SCHEME_ID, TRUE, error);
  if (bench->chart == NULL)
    return FALSE;

  bench->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 960, 480);
  bench->cr = cairo_create (bench->surface);
  bench->layout = pango_cairo_create_layout (bench->cr);
  zona_chart_set_marker_label (bench->chart, "Metodologi baru");
  zona_chart_layout_with_pango (bench->chart, bench->layout, &area);
  bench->report_path = g_build_filename (g_get_tmp_dir (), "zona-bench-report.pdf", NULL);

  return TRUE;
}

static void
clear_chart (Bench *bench)
{
  g_clear_pointer (&bench->chart, zona_chart_free);
  g_clear_object (&bench->layout);
  g_clear_pointer (&bench->cr, cairo_destroy);
  g_clear_pointer (&bench->surface, cairo_surface_destroy);
  if (bench->report_path != NULL)
    g_unlink (bench->report_path);
  g_clear_pointer (&bench->report_path, g_free);
}

/* Picks the subjects: regions spread over the whole list (a stride that is prime to most
 * lengths), and in each a unit that moves through its list. */
static gboolean
pick_subjects (Bench   *bench,
               guint    n_runs,
               GError **error)
{
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GPtrArray) years = NULL;

  regions = zona_store_list_regions (bench->store,
                                     ZONA_REGION_LIST_WITH_DATA | ZONA_REGION_LIST_NO_PROVINCES,
                                     error);
  if (regions == NULL)
    return FALSE;
  if (regions->len == 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_FAILED,
                   "%s holds no units: generate it with zona-bench-gen", bench->path);
      return FALSE;
    }
  bench->n_regions = regions->len;

  for (guint run = 0; run <= n_runs; run++)
    {
      const ZonaRegion *region = g_ptr_array_index (regions,
                                                    (regions->len / 2 + run * 97) % regions->len);
      g_autoptr(GPtrArray) units = zona_store_list_units (bench->store, region->code, -1, error);
      const ZonaUnit *unit;
      Subject subject;

      if (units == NULL)
        return FALSE;
      if (units->len == 0)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_FAILED,
                       "%s has no units", region->code);
          return FALSE;
        }
      if (run == 0)
        bench->n_units = units->len;

      subject.region_code = g_strdup (region->code);
      unit = g_ptr_array_index (units, (units->len / 2 + run * 7) % units->len);
      subject.unit_id = unit->id;
      g_array_append_val (bench->subjects, subject);
    }

  /* Rank the latest year that has scores. */
  years = zona_store_region_scores (bench->store,
                                    g_array_index (bench->subjects, Subject, 0).region_code,
                                    BENCH_SCHEME_ID, error);
  if (years == NULL)
    return FALSE;
  if (years->len == 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_FAILED,
                   "no “%s” scores", BENCH_SCHEME_ID);
      return FALSE;
    }
  bench->n_years = years->len;
  bench->year = ((ZonaRegionScore *) g_ptr_array_index (years, years->len - 1))->year;

  return TRUE;
}

static char *
format_ms (double ms)
{
  if (ms < 10)
    return g_strdup_printf ("%.3f ms", ms);
  if (ms < 1000)
    return g_strdup_printf ("%.1f ms", ms);

  return g_strdup_printf ("%.2f s", ms / 1000);
}

static void
print_results (const Result *results,
               guint         n_results,
               gint64        file_bytes)
{
  g_print ("| Measure | Median | Target | Verdict |\n");
  g_print ("|---|---:|---:|---|\n");
  for (guint i = 0; i < n_results; i++)
    {
      const Result *r = &results[i];
      g_autofree char *median = format_ms (r->median_ms);

      g_print ("| %s | %s | %s | %s |\n", r->name, median, r->target ? r->target : "-",
               r->target == NULL ? "-" : r->median_ms < r->target_ms ? "met" : "**missed**");
    }
  g_print ("| File size | %.1f MB | - | - |\n", file_bytes / 1e6);

  g_print ("\n| Measure | Runs | Min | Median | Max |\n");
  g_print ("|---|---:|---:|---:|---:|\n");
  for (guint i = 0; i < n_results; i++)
    {
      const Result *r = &results[i];
      g_autofree char *min = format_ms (r->min_ms);
      g_autofree char *median = format_ms (r->median_ms);
      g_autofree char *max = format_ms (r->max_ms);

      g_print ("| %s | %u | %s | %s | %s |\n", r->name, r->n_runs, min, median, max);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) subjects = g_array_new (FALSE, TRUE, sizeof (Subject));
  g_autofree char *repeat_text = NULL;
  g_autofree char *trend_name = NULL;
  g_autofree char *trend_other_name = NULL;
  g_autofree char *means_name = NULL;
  g_autofree char *rank_name = NULL;
  Bench bench = { 0 };
  g_autofree char *chart_name = NULL;
  g_autofree char *report_name = NULL;
  g_autofree char *compare_name = NULL;
  Result results[12] = { { 0 } };
  guint64 n_runs = 21;
  guint n = 0;
  GStatBuf st;
  gint64 file_bytes;
  gint64 wal_bytes = 0;
  GOptionEntry entries[] = {
    { "repeat", 'n', 0, G_OPTION_ARG_STRING, &repeat_text,
      "Timed runs per measure (default 21)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("DB.db — time opening, trends, regional means and rankings");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    goto failed;
  if (argc != 2)
    {
      g_printerr ("Usage: %s DB.db [--repeat N]\n", argv[0]);
      return 2;
    }
  if (repeat_text != NULL &&
      !g_ascii_string_to_unsigned (repeat_text, 10, 1, 100000, &n_runs, &error))
    goto failed;

  g_array_set_clear_func (subjects, subject_clear);
  bench.path = argv[1];
  bench.subjects = subjects;

  if (g_stat (bench.path, &st) != 0)
    {
      g_printerr ("zona-bench-run: %s does not exist\n", bench.path);
      return 1;
    }
  file_bytes = st.st_size;
  {
    g_autofree char *wal = g_strconcat (bench.path, "-wal", NULL);

    if (g_stat (wal, &st) == 0)
      wal_bytes = st.st_size;
  }

  /* Opening: the first time with the file evicted from the kernel's cache, then warm. */
  evict_from_page_cache (bench.path);
  results[n].name = "Opening the file, first time (evicted from the page cache)";
  results[n].target = "< 50 ms";
  results[n].target_ms = 50;
  if (!measure_once (&bench, &results[n++], open_file, &error))
    goto failed;

  results[n].name = "Opening the file (zona_store_open + unref)";
  results[n].target = "< 50 ms";
  results[n].target_ms = 50;
  if (!measure (&bench, &results[n++], open_file, n_runs, &error))
    goto failed;

  bench.store = zona_store_open (bench.path, ZONA_STORE_OPEN_DEFAULT, &error);
  if (bench.store == NULL)
    goto failed;

  /* The first query after opening also parses the schemes stored in the file (their JSON);
   * the store keeps them afterwards. */
  {
    gint64 start = g_get_monotonic_time ();

    if (zona_store_find_scheme (bench.store, BENCH_SCHEME_ID, &error) == NULL)
      goto failed;
    results[n].name = "Reading the stored schemes (once per opened store, first query)";
    results[n].n_runs = 1;
    results[n].min_ms = results[n].median_ms = results[n].max_ms =
      (g_get_monotonic_time () - start) / 1000.0;
    n++;
  }

  if (!pick_subjects (&bench, n_runs, &error))
    goto failed;

  trend_name = g_strdup_printf ("One unit's trend, %u years (same unit)", bench.n_years);
  results[n].name = trend_name;
  results[n].target = "< 1 ms";
  results[n].target_ms = 1;
  if (!measure (&bench, &results[n++], trend_same_unit, n_runs, &error))
    goto failed;

  trend_other_name = g_strdup_printf ("One unit's trend, %u years (a different unit each run)",
                                      bench.n_years);
  results[n].name = trend_other_name;
  results[n].target = "< 1 ms";
  results[n].target_ms = 1;
  if (!measure (&bench, &results[n++], trend_other_unit, n_runs, &error))
    goto failed;

  means_name = g_strdup_printf ("One region's yearly means, %u units x %u years (same region)",
                                bench.n_units, bench.n_years);
  results[n].name = means_name;
  results[n].target = "< 20 ms";
  results[n].target_ms = 20;
  if (!measure (&bench, &results[n++], means_same_region, n_runs, &error))
    goto failed;

  results[n].name = "One region's yearly means (a different region each run)";
  results[n].target = "< 20 ms";
  results[n].target_ms = 20;
  if (!measure (&bench, &results[n++], means_other_region, n_runs, &error))
    goto failed;

  rank_name = g_strdup_printf ("Ranking all %u regions of %d (kabupaten + kota)",
                               bench.n_regions, bench.year);
  results[n].name = rank_name;
  results[n].target = "< 200 ms";
  results[n].target_ms = 200;
  if (!measure (&bench, &results[n++], rank_all_regions, n_runs, &error))
    goto failed;

  compare_name = g_strdup_printf ("Year over year, all %u regions, %d against %d",
                                  bench.n_regions, bench.year, bench.year - 1);
  results[n].name = compare_name;
  results[n].target = "< 100 ms";
  results[n].target_ms = 100;
  if (!measure (&bench, &results[n++], compare_all_regions, n_runs, &error))
    goto failed;

  if (!prepare_chart (&bench, &error))
    goto failed;

  chart_name = g_strdup_printf ("Chart of %u series x %u years: one frame's painting, 960 x 480",
                                bench.chart->series->len, bench.n_years);
  results[n].name = chart_name;
  results[n].target = "< 5 ms";
  results[n].target_ms = 5;
  if (!measure (&bench, &results[n++], draw_chart, n_runs, &error))
    goto failed;

  results[n].name = "The same chart laid out again (after a resize)";
  if (!measure (&bench, &results[n++], layout_chart, n_runs, &error))
    goto failed;

  report_name = g_strdup_printf ("One-page PDF report of a region, %u units x %u years "
                                 "(a different region each run)", bench.n_units, bench.n_years);
  results[n].name = report_name;
  results[n].target = "< 100 ms";
  results[n].target_ms = 100;
  if (!measure (&bench, &results[n++], write_report, n_runs, &error))
    goto failed;

  clear_chart (&bench);
  g_clear_object (&bench.store);

  g_print ("Database: %s, %u regions x %u units x %u years; SQLite %s; %" G_GUINT64_FORMAT
           " timed runs per measure after one warm-up\n\n",
           bench.path, bench.n_regions, bench.n_units, bench.n_years, sqlite3_libversion (),
           n_runs);
  print_results (results, n, file_bytes);
  if (wal_bytes > 0)
    g_print ("\nThe file had a %.1f MB write-ahead log beside it when the run started.\n",
             wal_bytes / 1e6);

  return 0;

failed:
  clear_chart (&bench);
  g_clear_object (&bench.store);
  g_printerr ("zona-bench-run: %s\n", error->message);
  return 1;
}
