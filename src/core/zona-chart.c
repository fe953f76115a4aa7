/* zona-chart.c — the geometry of a trend chart: axes, bands, points and labels, for any surface
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zona-chart.h"

/* The chart is laid out once here and drawn by whoever holds a surface: the window's widget
 * with cairo, PNG and SVG exports with the same cairo code, the PDF report with libharu. So
 * every decision about where things go is made in this file, without a display, and tested
 * without one; the surfaces only paint.
 *
 * The value axis spans the scheme's whole scale (0-100, or 0-5 for PEKPPP), so that a score
 * looks as high as it is and the category bands keep their true proportions. The year axis
 * has a column for every year from the first value to the last, held or not: a year the
 * scheme was not held (2020) stays visible as a gap rather than closing up and hiding the
 * break. Each column carries the bands of its own year's methodology, since a score is
 * classified by the rules of its year and never re-labelled. */

/* Space between an axis label and the plot, and around the whole, in the caller's units. */
#define AXIS_GAP   6.0
#define EDGE_GAP   4.0
#define LABEL_GAP  3.0

static void
clear_tick (ZonaChartTick *tick)
{
  g_free (tick->label);
}

static void
clear_year (ZonaChartYear *year)
{
  g_free (year->label);
}

static void
clear_point (ZonaChartPoint *point)
{
  g_free (point->label);
}

static void
series_free (ZonaChartSeries *series)
{
  g_free (series->name);
  g_array_unref (series->points);
  g_free (series);
}

/**
 * zona_chart_new:
 * @scheme: the scheme whose scores the chart shows; it must outlive the chart
 *
 * Returns: (transfer full): an empty chart on @scheme's scale
 */
ZonaChart *
zona_chart_new (const ZonaScheme *scheme)
{
  ZonaChart *chart = g_new0 (ZonaChart, 1);

  g_return_val_if_fail (scheme != NULL, NULL);

  chart->scheme = scheme;
  chart->y_min = scheme->scale_min;
  chart->y_max = scheme->scale_max > scheme->scale_min ? scheme->scale_max
                                                        : scheme->scale_min + 100;
  chart->year_from = G_MAXINT;
  chart->year_to = G_MININT;
  chart->ticks = g_array_new (FALSE, TRUE, sizeof (ZonaChartTick));
  g_array_set_clear_func (chart->ticks, (GDestroyNotify) clear_tick);
  chart->years = g_array_new (FALSE, TRUE, sizeof (ZonaChartYear));
  g_array_set_clear_func (chart->years, (GDestroyNotify) clear_year);
  chart->bands = g_array_new (FALSE, TRUE, sizeof (ZonaChartBand));
  chart->markers = g_array_new (FALSE, TRUE, sizeof (ZonaChartMarker));
  chart->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);

  return chart;
}

void
zona_chart_free (ZonaChart *chart)
{
  if (chart == NULL)
    return;

  g_free (chart->marker_label);
  g_array_unref (chart->ticks);
  g_array_unref (chart->years);
  g_array_unref (chart->bands);
  g_array_unref (chart->markers);
  g_ptr_array_unref (chart->series);
  g_free (chart);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const ZonaChartPoint *x = a;
  const ZonaChartPoint *y = b;

  return (x->year > y->year) - (x->year < y->year);
}

/**
 * zona_chart_add_series:
 * @chart: a chart
 * @name: the series' name, a unit's or a region's
 * @years: (array length=n_values): the years of the values
 * @scores: (array length=n_values): the values, on the scheme's scale
 * @n_values: how many
 *
 * Adds a line to the chart. The values may come in any order; a year given twice keeps its
 * first value.
 */
void
zona_chart_add_series (ZonaChart       *chart,
                       const char      *name,
                       const int       *years,
                       const ZonaScore *scores,
                       guint            n_values)
{
  ZonaChartSeries *series;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (n_values == 0 || (years != NULL && scores != NULL));

  series = g_new0 (ZonaChartSeries, 1);
  series->name = g_strdup (name);
  series->points = g_array_new (FALSE, TRUE, sizeof (ZonaChartPoint));
  g_array_set_clear_func (series->points, (GDestroyNotify) clear_point);

  for (guint i = 0; i < n_values; i++)
    {
      ZonaChartPoint point = { .year = years[i], .score = scores[i] };
      gboolean seen = FALSE;

      for (guint j = 0; j < series->points->len && !seen; j++)
        seen = g_array_index (series->points, ZonaChartPoint, j).year == years[i];
      if (seen)
        continue;

      g_array_append_val (series->points, point);
      chart->year_from = MIN (chart->year_from, years[i]);
      chart->year_to = MAX (chart->year_to, years[i]);
    }
  g_array_sort (series->points, compare_points);

  g_ptr_array_add (chart->series, series);
}

/**
 * zona_chart_keep_until:
 * @chart: a chart with its series, not laid out
 * @last_year: the last year to show
 *
 * Drops the values after @last_year, for a report on that year; a series left without values
 * is dropped too.
 */
void
zona_chart_keep_until (ZonaChart *chart,
                       int        last_year)
{
  g_return_if_fail (chart != NULL);

  chart->year_from = G_MAXINT;
  chart->year_to = G_MININT;
  for (guint s = chart->series->len; s > 0; s--)
    {
      ZonaChartSeries *series = g_ptr_array_index (chart->series, s - 1);

      for (guint i = series->points->len; i > 0; i--)
        if (g_array_index (series->points, ZonaChartPoint, i - 1).year > last_year)
          g_array_remove_index (series->points, i - 1);

      if (series->points->len == 0)
        {
          g_ptr_array_remove_index (chart->series, s - 1);
          continue;
        }

      chart->year_from = MIN (chart->year_from,
                              g_array_index (series->points, ZonaChartPoint, 0).year);
      chart->year_to = MAX (chart->year_to,
                            g_array_index (series->points, ZonaChartPoint,
                                           series->points->len - 1).year);
    }
}

/**
 * zona_chart_set_marker_label:
 * @chart: a chart
 * @label: (nullable): the words beside each methodology marker, in the language of the
 *   surface ("New methodology" on screen, "Metodologi baru" in a report), or %NULL for none
 *
 * The labels are placed at the top of the plot, right of their lines, and no value's label
 * covers them.
 */
void
zona_chart_set_marker_label (ZonaChart  *chart,
                             const char *label)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->marker_label);
  chart->marker_label = g_strdup (label);
}

/**
 * zona_chart_value_to_y:
 * @chart: a laid-out chart
 * @hundredths: a value on the scheme's scale, in hundredths
 *
 * Returns: where the value stands on the plot, its bottom for the scale's minimum
 */
double
zona_chart_value_to_y (const ZonaChart *chart,
                       double           hundredths)
{
  double share = (hundredths - chart->y_min) / (double) (chart->y_max - chart->y_min);

  return chart->plot.y + chart->plot.height * (1.0 - share);
}

/**
 * zona_chart_format_tick:
 * @value: a value in hundredths
 *
 * Formats a gridline's value as Indonesian writes it, without the decimals it does not need:
 * "20", "2,5", "0,25".
 *
 * Returns: (transfer full): the text
 */
char *
zona_chart_format_tick (ZonaScore value)
{
  ZonaScore magnitude = value < 0 ? -value : value;
  const char *sign = value < 0 ? "-" : "";

  if (magnitude % 100 == 0)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT, sign, magnitude / 100);
  if (magnitude % 10 == 0)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, sign, magnitude / 100,
                            (magnitude % 100) / 10);

  return g_strdup_printf ("%s%" G_GINT64_FORMAT ",%02" G_GINT64_FORMAT, sign, magnitude / 100,
                          magnitude % 100);
}

/**
 * zona_chart_rects_overlap:
 * @a: a rectangle
 * @b: another
 *
 * Returns: whether they share any area (touching edges do not count)
 */
gboolean
zona_chart_rects_overlap (const ZonaChartRect *a,
                          const ZonaChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* The smallest "nice" step (1, 2, 2,5 or 5 times a power of ten, in hundredths) that divides
 * @range into at most @max_intervals intervals. */
static ZonaScore
nice_step (ZonaScore range,
           guint     max_intervals)
{
  static const ZonaScore factors[] = { 10, 20, 25, 50 };

  max_intervals = MAX (max_intervals, 1);
  for (ZonaScore power = 1; power <= G_MAXINT64 / 100; power *= 10)
    for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
      {
        ZonaScore step = factors[i] * power / 10;

        /* 2,5 times a power of ten below 10 hundredths is no whole number of hundredths. */
        if (step == 0 || (factors[i] == 25 && power < 10))
          continue;
        if (range / step + (range % step != 0) <= (ZonaScore) max_intervals)
          return step;
      }

  return range;
}

static void
measure_text (ZonaChartMeasure  measure,
              gpointer          user_data,
              const char       *text,
              double           *width,
              double           *height)
{
  *width = 0;
  *height = 0;
  measure (text, width, height, user_data);
}

/* The value axis: gridlines at nice steps, as many as fit with room between their labels. */
static void
layout_ticks (ZonaChart        *chart,
              double            plot_height,
              double            label_height,
              ZonaChartMeasure  measure,
              gpointer          user_data,
              double           *out_label_width)
{
  ZonaScore range = chart->y_max - chart->y_min;
  /* Gridlines three and a half label heights apart or more: enough to read a value off. */
  guint max_intervals = (guint) MAX (1.0, floor (plot_height / (label_height * 3.5)));
  ZonaScore step = nice_step (range, MIN (max_intervals, 8));
  ZonaScore first = chart->y_min + (step - (chart->y_min % step)) % step;

  *out_label_width = 0;
  g_array_set_size (chart->ticks, 0);
  for (ZonaScore value = first; value <= chart->y_max; value += step)
    {
      ZonaChartTick tick = { .value = value, .label = zona_chart_format_tick (value) };
      double width, height;

      measure_text (measure, user_data, tick.label, &width, &height);
      *out_label_width = MAX (*out_label_width, width);
      g_array_append_val (chart->ticks, tick);
    }
}

static gboolean
is_held (const ZonaChart *chart,
         int              year)
{
  return zona_scheme_not_held_reason (chart->scheme, year) == NULL &&
         zona_scheme_version_for_year (chart->scheme, year) != NULL;
}

/* The bands of each methodology over the columns of the years it was in force, one rectangle
 * per band and run of consecutive years. */
static void
layout_bands (ZonaChart        *chart,
              ZonaChartMeasure  measure,
              gpointer          user_data)
{
  g_array_set_size (chart->bands, 0);

  for (guint i = 0; i < chart->years->len;)
    {
      const ZonaChartYear *first = &g_array_index (chart->years, ZonaChartYear, i);
      const ZonaSchemeVersion *version = zona_scheme_version_for_year (chart->scheme, first->year);
      guint end = i + 1;
      const ZonaChartYear *last;

      if (!is_held (chart, first->year))
        {
          i++;
          continue;
        }

      while (end < chart->years->len &&
             is_held (chart, g_array_index (chart->years, ZonaChartYear, end).year) &&
             zona_scheme_version_for_year (chart->scheme,
                                           g_array_index (chart->years, ZonaChartYear,
                                                          end).year) == version)
        end++;
      last = &g_array_index (chart->years, ZonaChartYear, end - 1);

      for (guint b = 0; version->bands != NULL && b < version->bands->len; b++)
        {
          const ZonaBand *band = g_ptr_array_index (version->bands, b);
          /* A band is a closed range of hundredths: its top edge is where the next begins. */
          ZonaScore top = band->max >= chart->y_max ? chart->y_max : band->max + 1;
          ZonaScore bottom = MAX (band->min, chart->y_min);
          ZonaChartBand rect = { .year_from = first->year, .year_to = last->year, .band = band };
          double y_top, y_bottom;

          if (top <= bottom)
            continue;

          y_top = zona_chart_value_to_y (chart, top);
          y_bottom = zona_chart_value_to_y (chart, bottom);
          rect.rect.x = first->slot.x;
          rect.rect.width = last->slot.x + last->slot.width - first->slot.x;
          rect.rect.y = y_top;
          rect.rect.height = y_bottom - y_top;

          /* The band's code ("A", "Kuning") in its top right corner, where it fits. */
          if (band->code != NULL)
            {
              double w, h;

              measure_text (measure, user_data, band->code, &w, &h);
              if (rect.rect.height >= h + 2 && rect.rect.width >= w + 2 * LABEL_GAP)
                rect.label_box = (ZonaChartRect) {
                  rect.rect.x + rect.rect.width - w - LABEL_GAP, rect.rect.y + 1, w, h
                };
            }
          g_array_append_val (chart->bands, rect);
        }

      i = end;
    }
}

/* A line before each year in which a methodology took over from an earlier one (not before
 * the scheme's first), its label at the top of the plot, right of the line. A chart that
 * starts in such a year shows it too: Mukomuko's 2022 was assessed under new rules. */
static void
layout_markers (ZonaChart        *chart,
                ZonaChartMeasure  measure,
                gpointer          user_data)
{
  double label_width = 0, label_height = 0;
  const ZonaSchemeVersion *first_version = chart->scheme->versions->len > 0
                                           ? g_ptr_array_index (chart->scheme->versions, 0)
                                           : NULL;

  if (chart->marker_label != NULL)
    measure_text (measure, user_data, chart->marker_label, &label_width, &label_height);

  g_array_set_size (chart->markers, 0);
  for (guint i = 0; i < chart->years->len; i++)
    {
      const ZonaChartYear *year = &g_array_index (chart->years, ZonaChartYear, i);
      const ZonaSchemeVersion *version;

      if (!is_held (chart, year->year))
        continue;

      version = zona_scheme_version_for_year (chart->scheme, year->year);
      if (version != first_version && version->year_from == year->year)
        {
          ZonaChartMarker marker = { .year = year->year, .x = year->slot.x, .version = version };

          if (chart->marker_label != NULL)
            marker.label_box = (ZonaChartRect) {
              marker.x + LABEL_GAP, chart->plot.y + LABEL_GAP, label_width, label_height
            };
          g_array_append_val (chart->markers, marker);
        }
    }
}

static void
layout_points (ZonaChart *chart)
{
  double slot_width = chart->years->len > 0
                      ? chart->plot.width / chart->years->len : chart->plot.width;

  for (guint s = 0; s < chart->series->len; s++)
    {
      ZonaChartSeries *series = g_ptr_array_index (chart->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);
          ZonaScore clamped = CLAMP (point->score, chart->y_min, chart->y_max);

          point->x = chart->plot.x + slot_width * (point->year - chart->year_from + 0.5);
          point->y = zona_chart_value_to_y (chart, clamped);
          point->band = zona_scheme_classify (chart->scheme, point->year, point->score, NULL);
          g_clear_pointer (&point->label, g_free);
          point->label = zona_score_format (point->score);
          point->label_shown = FALSE;

          if (i > 0)
            {
              const ZonaChartPoint *before = &g_array_index (series->points, ZonaChartPoint,
                                                             i - 1);

              point->after_gap = point->year > before->year + 1;
              point->after_change =
                zona_scheme_version_for_year (chart->scheme, point->year) !=
                zona_scheme_version_for_year (chart->scheme, before->year);
            }
        }
    }
}

static ZonaChartRect
marker_box (const ZonaChart      *chart,
            const ZonaChartPoint *point)
{
  double r = chart->point_radius;

  return (ZonaChartRect) { point->x - r, point->y - r, 2 * r, 2 * r };
}

static gboolean
box_is_free (const ZonaChart     *chart,
             const ZonaChartRect *box,
             const ZonaChartRect *bounds,
             GArray              *taken)
{
  if (box->x < bounds->x || box->y < bounds->y ||
      box->x + box->width > bounds->x + bounds->width ||
      box->y + box->height > bounds->y + bounds->height)
    return FALSE;

  for (guint i = 0; i < taken->len; i++)
    if (zona_chart_rects_overlap (box, &g_array_index (taken, ZonaChartRect, i)))
      return FALSE;

  return TRUE;
}

/* Each value's label goes above its point, else below, right or left of it, wherever it
 * covers no other label and no point; a label that finds no such place is left out (the
 * tooltip and the data table still give the value). Series are served in order, so the first
 * series, usually the subject of the chart, keeps its labels. */
static void
layout_labels (ZonaChart        *chart,
               ZonaChartMeasure  measure,
               gpointer          user_data)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (ZonaChartRect));
  ZonaChartRect bounds = {
    chart->plot.x, chart->area.y,
    chart->plot.width, chart->plot.y + chart->plot.height - chart->area.y
  };
  double r = chart->point_radius;

  for (guint s = 0; s < chart->series->len; s++)
    {
      ZonaChartSeries *series = g_ptr_array_index (chart->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);
          ZonaChartRect box = marker_box (chart, point);

          g_array_append_val (taken, box);
        }
    }

  for (guint i = 0; chart->marker_label != NULL && i < chart->markers->len; i++)
    g_array_append_val (taken, g_array_index (chart->markers, ZonaChartMarker, i).label_box);

  for (guint i = 0; i < chart->bands->len; i++)
    if (g_array_index (chart->bands, ZonaChartBand, i).label_box.width > 0)
      g_array_append_val (taken, g_array_index (chart->bands, ZonaChartBand, i).label_box);

  for (guint s = 0; s < chart->series->len; s++)
    {
      ZonaChartSeries *series = g_ptr_array_index (chart->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);
          double w, h;
          ZonaChartRect candidates[4];

          measure_text (measure, user_data, point->label, &w, &h);
          candidates[0] = (ZonaChartRect) { point->x - w / 2, point->y - r - LABEL_GAP - h, w, h };
          candidates[1] = (ZonaChartRect) { point->x - w / 2, point->y + r + LABEL_GAP, w, h };
          candidates[2] = (ZonaChartRect) { point->x + r + LABEL_GAP, point->y - h / 2, w, h };
          candidates[3] = (ZonaChartRect) { point->x - r - LABEL_GAP - w, point->y - h / 2, w, h };

          for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
            if (box_is_free (chart, &candidates[c], &bounds, taken))
              {
                point->label_box = candidates[c];
                point->label_shown = TRUE;
                g_array_append_val (taken, candidates[c]);
                break;
              }
        }
    }
}

/**
 * zona_chart_layout:
 * @chart: a chart with its series
 * @area: the space the chart may fill, axis labels included
 * @measure: (scope call): measures labels as the surface draws them
 * @user_data: for @measure
 *
 * Places everything: the plot inside the axes' labels, the value axis's gridlines, a column
 * per year from the first value to the last, the category bands of each year's methodology,
 * a marker where the methodology changed, the points, and the labels of the values where
 * they overlap nothing. Laying out again, for another size, replaces all of it.
 */
void
zona_chart_layout (ZonaChart           *chart,
                   const ZonaChartRect *area,
                   ZonaChartMeasure     measure,
                   gpointer             user_data)
{
  double label_width, label_height, year_width, year_height, tick_width;
  double left, bottom, top;
  guint n_years;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (area != NULL);
  g_return_if_fail (measure != NULL);

  chart->area = *area;
  measure_text (measure, user_data, "100,00", &label_width, &label_height);
  measure_text (measure, user_data, "2000", &year_width, &year_height);
  chart->point_radius = MAX (2.0, round (label_height / 4.0));

  /* Room above the plot for the label of a value at the top of the scale. */
  top = label_height + LABEL_GAP + chart->point_radius + EDGE_GAP;
  bottom = year_height + AXIS_GAP + EDGE_GAP;
  layout_ticks (chart, MAX (0.0, area->height - top - bottom), label_height, measure, user_data,
                &tick_width);
  left = tick_width + AXIS_GAP + EDGE_GAP;

  chart->plot.x = area->x + left;
  chart->plot.y = area->y + top;
  chart->plot.width = MAX (0.0, area->width - left - EDGE_GAP);
  chart->plot.height = MAX (0.0, area->height - top - bottom);

  for (guint i = 0; i < chart->ticks->len; i++)
    {
      ZonaChartTick *tick = &g_array_index (chart->ticks, ZonaChartTick, i);

      tick->y = zona_chart_value_to_y (chart, tick->value);
    }

  g_array_set_size (chart->years, 0);
  n_years = chart->year_from <= chart->year_to ? chart->year_to - chart->year_from + 1 : 0;
  for (guint i = 0; i < n_years; i++)
    {
      ZonaChartYear year = { .year = chart->year_from + (int) i };
      double slot_width = chart->plot.width / n_years;

      year.slot = (ZonaChartRect) {
        chart->plot.x + slot_width * i, chart->plot.y, slot_width, chart->plot.height
      };
      year.x = year.slot.x + slot_width / 2;
      year.label = g_strdup_printf ("%d", year.year);
      year.not_held = zona_scheme_not_held_reason (chart->scheme, year.year);
      g_array_append_val (chart->years, year);
    }

  layout_bands (chart, measure, user_data);
  layout_markers (chart, measure, user_data);
  layout_points (chart);
  layout_labels (chart, measure, user_data);
}

/**
 * zona_chart_describe:
 * @series: a laid-out or not laid-out series
 * @document: %TRUE for the words of an official document, always Indonesian; %FALSE for the
 *   user's language
 *
 * Tells in one sentence how the series moved from its first value to its last, for a screen
 * reader and under the chart of a report: "Skor naik 29,67 poin dari 60,35 (2022) ke 90,02
 * (2023)".
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL for a series without values
 */
char *
zona_chart_describe (const ZonaChartSeries *series,
                     gboolean               document)
{
  const ZonaChartPoint *first;
  const ZonaChartPoint *last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *change = NULL;
  ZonaScore delta;

  g_return_val_if_fail (series != NULL, NULL);

  if (series->points->len == 0)
    return NULL;

  first = &g_array_index (series->points, ZonaChartPoint, 0);
  last = &g_array_index (series->points, ZonaChartPoint, series->points->len - 1);
  from = zona_score_format (first->score);
  to = zona_score_format (last->score);
  delta = last->score - first->score;
  change = zona_score_format (delta < 0 ? -delta : delta);

  /* The report is an Indonesian document whatever the language of the window. */
  if (series->points->len == 1)
    return document ? g_strdup_printf ("Skor %s pada %d", from, first->year)
                    /* Translators: a chart's one value, "Score 93,59 in 2023" */
                    : g_strdup_printf (_("Score %s in %d"), from, first->year);
  if (delta > 0)
    return document ? g_strdup_printf ("Skor naik %s poin dari %s (%d) ke %s (%d)", change, from,
                                       first->year, to, last->year)
                    /* Translators: "Score rose 29,67 points from 60,35 (2022) to 90,02 (2023)" */
                    : g_strdup_printf (_("Score rose %s points from %s (%d) to %s (%d)"), change,
                                       from, first->year, to, last->year);
  if (delta < 0)
    return document ? g_strdup_printf ("Skor turun %s poin dari %s (%d) ke %s (%d)", change,
                                       from, first->year, to, last->year)
                    /* Translators: "Score fell 2,10 points from 90,02 (2023) to 87,92 (2024)" */
                    : g_strdup_printf (_("Score fell %s points from %s (%d) to %s (%d)"), change,
                                       from, first->year, to, last->year);

  return document ? g_strdup_printf ("Skor tetap %s dari %d hingga %d", from, first->year,
                                     last->year)
                  /* Translators: "Score unchanged at 90,02 from 2023 to 2024" */
                  : g_strdup_printf (_("Score unchanged at %s from %d to %d"), from, first->year,
                                     last->year);
}
