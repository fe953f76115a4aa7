/* zona-bench-checklist.c — how fast a unit's evidence checklist of 60 items opens in the window
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * zona-bench-checklist [--runs N]
 *
 * Makes the demo database in a temporary folder, brings Disdukcapil's PEKPPP 2024 checklist
 * of Kota Madiun to 60 items with items of the office's own, opens the real ZonaWindow, and
 * times, N times, the way a clerk opens the checklist: the unit's row selected, then
 * win.show-evidence, until the next frame is painted with the page shown; win.unit-back
 * between runs. Prints Markdown. Run under Xvfb (bench/run-window-bench.sh does); it never
 * runs as a test.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "zona-demo.h"
#include "zona-evidence-page.h"
#include "zona-evidence.h"
#include "zona-result-item.h"
#include "zona-store.h"
#include "zona-window.h"

#define N_ITEMS 60
#define WAIT_MS 10000

typedef struct
{
  guint n_paints;
} Paints;

static void
on_after_paint (GdkFrameClock *clock,
                Paints        *paints)
{
  paints->n_paints++;
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
wait_paint (GdkFrameClock *clock,
            Paints        *paints)
{
  guint seen = paints->n_paints;
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (WAIT_MS, on_timeout, &timed_out);

  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  while (paints->n_paints == seen && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);

  return !timed_out;
}

static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The row of Disdukcapil's PEKPPP result in the unit list, selected as a click does. */
static gboolean
select_row (ZonaWindow *window)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                        ZONA_TYPE_WINDOW,
                                                                        "unit_view"));
  GtkSelectionModel *rows = gtk_column_view_get_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (g_strcmp0 (zona_result_item_get_short_name (item), "Disdukcapil") == 0 &&
          g_strcmp0 (zona_result_item_get_result (item)->scheme_id, "pekppp") == 0)
        {
          gtk_selection_model_select_item (rows, i, TRUE);
          return TRUE;
        }
    }

  return FALSE;
}

/* Brings the checklist to @n_items with the office's own items, half with a due date. */
static gboolean
fill_checklist (ZonaStore  *store,
                guint       n_items,
                guint      *out_n,
                GError    **error)
{
  g_autoptr(ZonaUnit) unit = zona_store_find_unit (store, "35.77", "Disdukcapil", error);
  g_autoptr(ZonaRegion) region = zona_store_get_region (store, "35.77", error);
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(GPtrArray) items = NULL;
  ZonaEvidenceFilter filter = { 0 };

  if (unit == NULL || region == NULL ||
      (assessment = zona_store_get_assessment (store, region->id, unit->id, "pekppp", 2024,
                                               error)) == NULL)
    return FALSE;

  filter.assessment_id = assessment->id;
  if ((items = zona_store_list_evidence (store, &filter, error)) == NULL)
    return FALSE;

  for (guint i = items->len; i < n_items; i++)
    {
      g_autofree char *title = g_strdup_printf ("Dokumen tambahan %u", i + 1);

      if (zona_store_add_evidence_item (store, assessment->id, title, NULL, error) == 0)
        return FALSE;
    }

  *out_n = MAX (items->len, n_items);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shows = g_array_new (FALSE, FALSE, sizeof (double));
  ZonaWindow *window;
  GdkFrameClock *clock;
  Paints paints = { 0 };
  guint n_runs = 21;
  guint n_items = 0;

  setlocale (LC_ALL, "");
  for (int i = 1; i + 1 < argc; i++)
    if (g_str_equal (argv[i], "--runs"))
      {
        int runs = atoi (argv[i + 1]);

        n_runs = (guint) MAX (1, runs);
      }

  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("zona-bench-checklist-XXXXXX", &error);
  if (dir == NULL)
    goto failed;
  path = g_build_filename (dir, "demo.db", NULL);
  if ((store = zona_store_open (path, ZONA_STORE_OPEN_CREATE, &error)) == NULL ||
      !zona_demo_populate (store, &error) ||
      !fill_checklist (store, N_ITEMS, &n_items, &error))
    goto failed;

  window = zona_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &paints);
  settle (200);

  if (!zona_window_select_region (window, "35.77"))
    {
      g_printerr ("Kota Madiun is not in the sidebar\n");
      return 1;
    }
  settle (100);

  /* Run 0 warms up. */
  for (guint run = 0; run <= n_runs; run++)
    {
      gint64 start, shown, painted;

      if (!select_row (window))
        {
          g_printerr ("Disdukcapil's PEKPPP row is not in the unit list\n");
          return 1;
        }
      wait_paint (clock, &paints);

      start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-evidence", NULL);
      shown = g_get_monotonic_time ();
      if (!wait_paint (clock, &paints))
        {
          g_printerr ("No frame was painted after opening the checklist\n");
          return 1;
        }
      painted = g_get_monotonic_time ();

      if (run > 0)
        {
          double open = (painted - start) / 1000.0;
          double show = (shown - start) / 1000.0;

          g_array_append_val (opens, open);
          g_array_append_val (shows, show);
        }

      gtk_widget_activate_action (GTK_WIDGET (window), "win.unit-back", NULL);
      wait_paint (clock, &paints);
    }

  g_array_sort (opens, compare_doubles);
  g_array_sort (shows, compare_doubles);
  g_print ("Checklist: Disdukcapil's PEKPPP 2024 checklist of Kota Madiun on the demo database, "
           "%u items; %u timed runs after one warm-up\n\n", n_items, opens->len);
  g_print ("| Measure | Figure | Target | Verdict |\n|---|---:|---:|---|\n");
  g_print ("| Checklist of %u items opened: win.show-evidence to the next frame painted, "
           "median (max) | %.1f ms (%.1f ms) | < 50 ms | %s |\n", n_items,
           g_array_index (opens, double, opens->len / 2),
           g_array_index (opens, double, opens->len - 1),
           g_array_index (opens, double, opens->len / 2) < 50 ? "met" : "**missed**");
  g_print ("| of which the action itself (reading the checklist, filling the page), median | "
           "%.1f ms | - | - |\n", g_array_index (shows, double, shows->len / 2));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);

  return 0;

failed:
  g_printerr ("zona-bench-checklist: %s\n", error->message);
  return 1;
}
