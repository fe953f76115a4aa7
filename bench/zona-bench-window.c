/* zona-bench-window.c — how fast the main window opens, switches regions and scrolls
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * zona-bench-window DB.db [--switches N]
 *
 * Opens the large synthetic database in the real ZonaWindow and prints Markdown tables: the
 * time from before zona_store_open to the first frame painted, the time from
 * zona_window_select_region to the next frame painted for N regions spread over the sidebar,
 * and the frame intervals while the region list and the unit list are scrolled to their ends
 * one step per frame. Run it under Xvfb (bench/run-window-bench.sh sets up the environment);
 * it never runs as a test.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>

#include "zona-overview.h"
#include "zona-region-item.h"
#include "zona-store.h"
#include "zona-window.h"

#define WAIT_US (10 * G_USEC_PER_SEC)

typedef struct
{
  GdkFrameClock *clock;
  guint          n_paints;
  gint64         last_paint;      /* g_get_monotonic_time () at the last after-paint */
  gint64         before_paint;    /* at the last before-paint */
  gint64         last_work;       /* before-paint to after-paint of the last frame */

  /* Scrolling */
  GtkAdjustment *adjustment;
  double         step;
  gboolean       scrolling;
  gboolean       reached_end;
  GArray        *intervals;       /* gint64, µs between successive paints while scrolling */
  GArray        *work;            /* gint64, µs from before-paint to after-paint */
} Bench;

static void
on_before_paint (GdkFrameClock *clock,
                 Bench         *bench)
{
  bench->before_paint = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (bench->scrolling && bench->n_paints > 0)
    {
      gint64 interval = now - bench->last_paint;
      gint64 work = now - bench->before_paint;

      g_array_append_val (bench->intervals, interval);
      g_array_append_val (bench->work, work);
    }

  bench->last_work = now - bench->before_paint;
  bench->last_paint = now;
  bench->n_paints++;
}

static gboolean
on_wait_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until a frame is painted after the call; FALSE on a timeout. A frame is
 * requested from the clock so that the wait ends even when nothing on the window changed. */
static gboolean
wait_paint (Bench *bench)
{
  guint seen = bench->n_paints;
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (WAIT_US / 1000, on_wait_timeout, &timed_out);

  gdk_frame_clock_request_phase (bench->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  while (bench->n_paints == seen && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);

  return bench->n_paints != seen;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static double
ms (gint64 us)
{
  return us / 1000.0;
}

static gint64
median (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_int64);

  return g_array_index (sorted, gint64, sorted->len / 2);
}

static gint64
maximum (GArray *values)
{
  gint64 max = 0;

  for (guint i = 0; i < values->len; i++)
    max = MAX (max, g_array_index (values, gint64, i));

  return max;
}

static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  Bench *bench = data;
  double value = gtk_adjustment_get_value (bench->adjustment);
  double end = gtk_adjustment_get_upper (bench->adjustment) -
               gtk_adjustment_get_page_size (bench->adjustment);

  if (value >= end - 0.5)
    {
      bench->reached_end = TRUE;
      return G_SOURCE_REMOVE;
    }

  gtk_adjustment_set_value (bench->adjustment, MIN (value + bench->step, end));

  return G_SOURCE_CONTINUE;
}

typedef struct
{
  guint  frames;
  guint  rows;
  double step;
  gint64 median_interval;
  gint64 max_interval;
  gint64 median_work;
  gint64 max_work;
  guint  dropped;
} ScrollResult;

/* Scrolls the scrolled window around @list from the top to the end, one step of a quarter
 * page per frame (a fast fling), recording the interval between painted frames. */
static gboolean
scroll_through (Bench        *bench,
                GtkWidget    *list,
                guint         rows,
                gint64        refresh,
                ScrollResult *result)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  gint64 deadline;
  guint id;

  g_return_val_if_fail (scrolled != NULL, FALSE);

  bench->adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (bench->adjustment, 0);
  wait_paint (bench);
  wait_paint (bench);

  bench->step = gtk_adjustment_get_page_size (bench->adjustment) / 4;
  if (bench->step < 1)
    return FALSE;

  g_array_set_size (bench->intervals, 0);
  g_array_set_size (bench->work, 0);
  bench->reached_end = FALSE;
  bench->scrolling = TRUE;
  id = gtk_widget_add_tick_callback (scrolled, scroll_tick, bench, NULL);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!bench->reached_end && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (!bench->reached_end)
    gtk_widget_remove_tick_callback (scrolled, id);
  /* The frame that shows the last step. */
  wait_paint (bench);
  bench->scrolling = FALSE;

  result->frames = bench->intervals->len;
  result->rows = rows;
  result->step = bench->step;
  result->median_interval = median (bench->intervals);
  result->max_interval = maximum (bench->intervals);
  result->median_work = median (bench->work);
  result->max_work = maximum (bench->work);
  result->dropped = 0;
  for (guint i = 0; i < bench->intervals->len; i++)
    if (g_array_index (bench->intervals, gint64, i) > 2 * refresh)
      result->dropped++;

  return bench->reached_end;
}

static const char *
verdict (gboolean met)
{
  return met ? "met" : "**missed**";
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GArray) switches = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) switch_calls = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) overview_calls = g_array_new (FALSE, FALSE, sizeof (gint64));
  Bench bench = { 0 };
  ScrollResult region_scroll = { 0 }, unit_scroll = { 0 };
  ZonaWindow *window;
  GListModel *regions;
  GtkWidget *region_list, *unit_view;
  const char *path = NULL;
  guint n_switches = 21;
  guint n_regions, n_units;
  gint64 t_init, t_open, t_opened, t_window, t_presented, t_first_paint;
  gint64 refresh = 0, phase = 0;
  gboolean scrolled_regions, scrolled_units;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--switches") && i + 1 < argc)
        {
          int n = atoi (argv[++i]);

          n_switches = (guint) MAX (1, n);
        }
      else if (argv[i][0] != '-' && path == NULL)
        path = argv[i];
      else
        {
          g_printerr ("Usage: %s DB.db [--switches N]\n", argv[0]);
          return 2;
        }
    }
  if (path == NULL)
    {
      g_printerr ("Usage: %s DB.db [--switches N]\n", argv[0]);
      return 2;
    }

  t_init = g_get_monotonic_time ();
  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();

  /* (a) Start: from opening the file to the first frame of the window on the screen. */
  t_open = g_get_monotonic_time ();
  store = zona_store_open (path, ZONA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }
  t_opened = g_get_monotonic_time ();
  window = zona_window_new (NULL, store);
  t_window = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  t_presented = g_get_monotonic_time ();

  bench.clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert (bench.clock != NULL);
  bench.intervals = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench.work = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (bench.clock, "before-paint", G_CALLBACK (on_before_paint), &bench);
  g_signal_connect (bench.clock, "after-paint", G_CALLBACK (on_after_paint), &bench);
  if (!wait_paint (&bench))
    {
      g_printerr ("No frame was painted within %d s\n", (int) (WAIT_US / G_USEC_PER_SEC));
      return 1;
    }
  t_first_paint = bench.last_paint;

  gdk_frame_clock_get_refresh_info (bench.clock, 0, &refresh, &phase);
  if (refresh <= 0)
    refresh = 16667;

  /* Settle: a few frames, and the idle work they start. */
  for (guint i = 0; i < 10; i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      wait_paint (&bench);
    }

  region_list = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), ZONA_TYPE_WINDOW,
                                               "region_list");
  unit_view = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), ZONA_TYPE_WINDOW,
                                             "unit_view");
  regions = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (region_list)));
  n_regions = g_list_model_get_n_items (regions);

  /* (b) Region switches: regions spread over the whole sidebar, each a different one, after
   * one switch to warm up. */
  for (guint i = 0; i <= n_switches && n_regions > 1; i++)
    {
      guint position = (guint) (((guint64) (i + 1) * (n_regions - 1)) / (n_switches + 1));
      g_autoptr(ZonaRegionItem) item = g_list_model_get_item (regions, position);
      const char *code = zona_region_item_get_code (item);
      gint64 start, called;

      if (g_strcmp0 (code, zona_window_get_region (window)) == 0)
        {
          g_object_unref (item);
          item = g_list_model_get_item (regions, (position + 1) % n_regions);
          code = zona_region_item_get_code (item);
        }

      /* What core's query costs for the same region, timed alone beforehand (so the switch
       * below finds SQLite's cache warm for it, as a second visit would). */
      if (i > 0)
        {
          g_autoptr(GPtrArray) latest = NULL;
          gint64 overview = g_get_monotonic_time ();

          latest = zona_overview_latest (store, code, NULL);
          overview = g_get_monotonic_time () - overview;
          g_array_append_val (overview_calls, overview);
        }

      start = g_get_monotonic_time ();
      if (!zona_window_select_region (window, code))
        {
          g_printerr ("The sidebar does not list %s\n", code);
          return 1;
        }
      called = g_get_monotonic_time ();
      if (!wait_paint (&bench))
        {
          g_printerr ("No frame was painted after showing %s\n", code);
          return 1;
        }
      if (i > 0)
        {
          gint64 total = bench.last_paint - start;
          gint64 call = called - start;

          g_array_append_val (switches, total);
          g_array_append_val (switch_calls, call);
        }
      wait_paint (&bench);
    }

  /* (c) Scrolling: the region list, then the unit list of the region shown last. */
  scrolled_regions = scroll_through (&bench, region_list, n_regions, refresh, &region_scroll);
  n_units = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (
                                                      GTK_COLUMN_VIEW (unit_view))));
  scrolled_units = scroll_through (&bench, unit_view, n_units, refresh, &unit_scroll);

  g_print ("Database: %s; %u regions in the sidebar; window %dx%d; frame clock refresh "
           "interval %.1f ms; GSK renderer %s\n\n",
           path, n_regions, gtk_widget_get_width (GTK_WIDGET (window)),
           gtk_widget_get_height (GTK_WIDGET (window)), ms (refresh),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  g_print ("| Measure | Figure | Target | Verdict |\n|---|---:|---:|---|\n");
  g_print ("| Window shown: zona_store_open to the first frame painted | %.1f ms | < 500 ms | %s |\n",
           ms (t_first_paint - t_open), verdict (t_first_paint - t_open < 500000));
  g_print ("| Region switch, median of %u (select to next frame painted) | %.1f ms | < 50 ms | %s |\n",
           switches->len, ms (median (switches)), verdict (median (switches) < 50000));
  g_print ("| Region switch, slowest of %u | %.1f ms | < 50 ms | %s |\n",
           switches->len, ms (maximum (switches)), verdict (maximum (switches) < 50000));
  g_print ("| Region list, %u rows: frames over 2x the refresh interval | %u of %u | 0 | %s |\n",
           region_scroll.rows, region_scroll.dropped, region_scroll.frames,
           verdict (scrolled_regions && region_scroll.dropped == 0));
  g_print ("| Unit list, %u rows: frames over 2x the refresh interval | %u of %u | 0 | %s |\n",
           unit_scroll.rows, unit_scroll.dropped, unit_scroll.frames,
           verdict (scrolled_units && unit_scroll.dropped == 0));

  g_print ("\n| Detail | Figure |\n|---|---:|\n");
  g_print ("| gtk_init + adw_init (before the clock of the target starts) | %.1f ms |\n",
           ms (t_open - t_init));
  g_print ("| zona_store_open | %.1f ms |\n", ms (t_opened - t_open));
  g_print ("| zona_window_new (templates, sidebar of %u regions, first region) | %.1f ms |\n",
           n_regions, ms (t_window - t_opened));
  g_print ("| gtk_window_present | %.1f ms |\n", ms (t_presented - t_window));
  g_print ("| present to first frame painted (layout, first paint) | %.1f ms |\n",
           ms (t_first_paint - t_presented));
  g_print ("| Region switch, zona_window_select_region alone: median / max | %.1f / %.1f ms |\n",
           ms (median (switch_calls)), ms (maximum (switch_calls)));
  g_print ("| zona_overview_latest alone for the same regions: median / max | %.1f / %.1f ms |\n",
           ms (median (overview_calls)), ms (maximum (overview_calls)));
  g_print ("| Region list scroll: %.0f px a frame, frame interval median / max | %.1f / %.1f ms |\n",
           region_scroll.step, ms (region_scroll.median_interval),
           ms (region_scroll.max_interval));
  g_print ("| Region list scroll: frame work (before-paint to after-paint) median / max | %.1f / %.1f ms |\n",
           ms (region_scroll.median_work), ms (region_scroll.max_work));
  g_print ("| Unit list scroll: %.0f px a frame, frame interval median / max | %.1f / %.1f ms |\n",
           unit_scroll.step, ms (unit_scroll.median_interval), ms (unit_scroll.max_interval));
  g_print ("| Unit list scroll: frame work (before-paint to after-paint) median / max | %.1f / %.1f ms |\n",
           ms (unit_scroll.median_work), ms (unit_scroll.max_work));

  g_signal_handlers_disconnect_by_data (bench.clock, &bench);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_array_unref (bench.intervals);
  g_array_unref (bench.work);

  return 0;
}
