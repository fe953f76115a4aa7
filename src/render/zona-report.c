/* zona-report.c — the one-page trend report: chart, summary and year-over-year table, in PDF
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <hpdf.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "zona-chart-data.h"
#include "zona-chart-render.h"
#include "zona-compare.h"
#include "zona-report.h"

/* The report is an official Indonesian document whatever the language of the window: its
 * words are written here in Indonesian, its numbers with a decimal comma and its date as
 * "23 April 2024". The chart is drawn as vector paths from the same geometry the window and
 * the picture exports use (zona-chart.c), so it stays sharp when printed; only the painting
 * differs, since PDF 1.3 (what libharu writes) has no transparency: the bands' faded colours
 * are mixed with white here.
 *
 * libharu's errors are sticky: the first is kept by the handler, turned into a GError after
 * each step, and nothing is written. The file is written beside its name first and moved over
 * it, so that a failure never leaves half a report. */

#define PAGE_WIDTH   595.276   /* A4 in points */
#define PAGE_HEIGHT  841.89
#define MARGIN       42.0
#define CHART_FONT   7.5
#define TABLE_FONT   8.5
#define FONT_DIR     "/usr/share/fonts/truetype/dejavu"

typedef struct
{
  HPDF_Doc     pdf;
  HPDF_Page    page;
  HPDF_Font    regular;
  HPDF_Font    bold;
  HPDF_STATUS  error_no;
  HPDF_STATUS  detail_no;
} Report;

static const char * const months[] = {
  "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
  "Oktober", "November", "Desember",
};

static void
on_error (HPDF_STATUS  error_no,
          HPDF_STATUS  detail_no,
          void        *user_data)
{
  Report *report = user_data;

  if (report->error_no == 0)
    {
      report->error_no = error_no;
      report->detail_no = detail_no;
    }
}

static gboolean
check (Report     *report,
       const char *path,
       GError    **error)
{
  if (report->error_no == 0)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Cannot write the report “%s”: the PDF library failed (error 0x%04X, %u)"),
               path, (guint) report->error_no, (guint) report->detail_no);
  HPDF_ResetError (report->pdf);

  return FALSE;
}

/* "2024-04-23" as an Indonesian document writes it: "23 April 2024". */
static char *
document_date (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3 || month < 1 ||
      month > 12)
    return g_strdup (iso != NULL ? iso : "");

  return g_strdup_printf ("%d %s %d", day, months[month - 1], year);
}

static double
width_of (Report     *report,
          HPDF_Font   font,
          double      size,
          const char *text)
{
  HPDF_Page_SetFontAndSize (report->page, font, size);

  return HPDF_Page_TextWidth (report->page, text);
}

/* Writes @text with its top at @top (from the top of the page), as the geometry measures. */
static void
show (Report     *report,
      HPDF_Font   font,
      double      size,
      double      x,
      double      top,
      const char *text)
{
  HPDF_Page_BeginText (report->page);
  HPDF_Page_SetFontAndSize (report->page, font, size);
  HPDF_Page_TextOut (report->page, x, PAGE_HEIGHT - top - size * 0.85, text);
  HPDF_Page_EndText (report->page);
}

static void
show_right (Report     *report,
            HPDF_Font   font,
            double      size,
            double      right,
            double      top,
            const char *text)
{
  show (report, font, size, right - width_of (report, font, size, text), top, text);
}

/* @text cut with an ellipsis to @width. */
static char *
fit_text (Report     *report,
          HPDF_Font   font,
          double      size,
          const char *text,
          double      width)
{
  g_autofree char *cut = NULL;
  glong length = g_utf8_strlen (text, -1);

  if (width_of (report, font, size, text) <= width)
    return g_strdup (text);

  while (length > 1)
    {
      g_autofree char *head = g_utf8_substring (text, 0, --length);

      g_free (cut);
      cut = g_strconcat (head, "…", NULL);
      if (width_of (report, font, size, cut) <= width)
        break;
    }

  return g_steal_pointer (&cut);
}

/* Writes @text in lines no wider than @width from @top; returns the top of what follows. */
static double
show_wrapped (Report     *report,
              HPDF_Font   font,
              double      size,
              double      x,
              double      top,
              double      width,
              const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *longer = line->len > 0 ? g_strconcat (line->str, " ", words[i], NULL)
                                              : g_strdup (words[i]);

      if (line->len > 0 && width_of (report, font, size, longer) > width)
        {
          show (report, font, size, x, top, line->str);
          top += size * 1.35;
          g_string_assign (line, words[i]);
        }
      else
        g_string_assign (line, longer);
    }
  if (line->len > 0)
    {
      show (report, font, size, x, top, line->str);
      top += size * 1.35;
    }

  return top;
}

static void
measure (const char *text,
         double     *width,
         double     *height,
         gpointer    user_data)
{
  Report *report = user_data;

  *width = width_of (report, report->regular, CHART_FONT, text);
  *height = CHART_FONT * 1.2;
}

static void
set_fill (Report                *report,
          const ZonaChartColour *colour,
          double                 alpha)
{
  /* Over white paper: PDF 1.3 has no transparency. */
  HPDF_Page_SetRGBFill (report->page, 1 - alpha + alpha * colour->red,
                        1 - alpha + alpha * colour->green, 1 - alpha + alpha * colour->blue);
}

static void
set_stroke (Report                *report,
            const ZonaChartColour *colour,
            double                 alpha)
{
  HPDF_Page_SetRGBStroke (report->page, 1 - alpha + alpha * colour->red,
                          1 - alpha + alpha * colour->green, 1 - alpha + alpha * colour->blue);
}

static void
line (Report *report,
      double  x1,
      double  y1,
      double  x2,
      double  y2)
{
  HPDF_Page_MoveTo (report->page, x1, PAGE_HEIGHT - y1);
  HPDF_Page_LineTo (report->page, x2, PAGE_HEIGHT - y2);
  HPDF_Page_Stroke (report->page);
}

static void
draw_chart (Report    *report,
            ZonaChart *chart)
{
  static const HPDF_UINT16 dash[] = { 3, 2 };
  ZonaChartColour black = { 0, 0, 0, 1 };
  double alpha = zona_chart_band_alpha (FALSE);

  for (guint i = 0; i < chart->bands->len; i++)
    {
      const ZonaChartBand *band = &g_array_index (chart->bands, ZonaChartBand, i);
      ZonaChartColour colour;

      if (!zona_chart_parse_colour (band->band->colour, &colour))
        colour = black;
      set_fill (report, &colour, alpha);
      HPDF_Page_Rectangle (report->page, band->rect.x,
                           PAGE_HEIGHT - band->rect.y - band->rect.height, band->rect.width,
                           band->rect.height);
      HPDF_Page_Fill (report->page);
      set_stroke (report, &colour, 0.5);
      HPDF_Page_SetLineWidth (report->page, 0.5);
      line (report, band->rect.x, band->rect.y, band->rect.x + band->rect.width, band->rect.y);
      if (band->label_box.width > 0)
        {
          set_fill (report, &black, 0.5);
          show (report, report->regular, CHART_FONT, band->label_box.x, band->label_box.y,
                band->band->code);
        }
    }

  for (guint i = 0; i < chart->years->len; i++)
    {
      const ZonaChartYear *year = &g_array_index (chart->years, ZonaChartYear, i);

      if (year->not_held != NULL)
        {
          HPDF_Page_GSave (report->page);
          HPDF_Page_Rectangle (report->page, year->slot.x,
                               PAGE_HEIGHT - year->slot.y - year->slot.height, year->slot.width,
                               year->slot.height);
          HPDF_Page_Clip (report->page);
          HPDF_Page_EndPath (report->page);
          set_stroke (report, &black, 0.15);
          HPDF_Page_SetLineWidth (report->page, 0.5);
          for (double d = -year->slot.height; d < year->slot.width; d += 6.0)
            line (report, year->slot.x + d, year->slot.y + year->slot.height,
                  year->slot.x + d + year->slot.height, year->slot.y);
          HPDF_Page_GRestore (report->page);
        }

      set_fill (report, &black, 0.8);
      show (report, report->regular, CHART_FONT,
            year->x - width_of (report, report->regular, CHART_FONT, year->label) / 2,
            chart->plot.y + chart->plot.height + 5, year->label);
    }

  HPDF_Page_SetLineWidth (report->page, 0.4);
  for (guint i = 0; i < chart->ticks->len; i++)
    {
      const ZonaChartTick *tick = &g_array_index (chart->ticks, ZonaChartTick, i);

      set_stroke (report, &black, 0.2);
      line (report, chart->plot.x, tick->y, chart->plot.x + chart->plot.width, tick->y);
      set_fill (report, &black, 0.7);
      show_right (report, report->regular, CHART_FONT, chart->plot.x - 5,
                  tick->y - CHART_FONT * 0.6, tick->label);
    }

  for (guint i = 0; i < chart->markers->len; i++)
    {
      const ZonaChartMarker *marker = &g_array_index (chart->markers, ZonaChartMarker, i);

      set_stroke (report, &black, 0.6);
      HPDF_Page_SetLineWidth (report->page, 0.6);
      HPDF_Page_SetDash (report->page, dash, G_N_ELEMENTS (dash), 0);
      line (report, marker->x, chart->plot.y, marker->x, chart->plot.y + chart->plot.height);
      HPDF_Page_SetDash (report->page, NULL, 0, 0);
      if (chart->marker_label != NULL)
        {
          set_fill (report, &black, 0.7);
          show (report, report->regular, CHART_FONT, marker->label_box.x, marker->label_box.y,
                chart->marker_label);
        }
    }

  for (guint s = 0; s < chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);
      ZonaChartColour colour;

      zona_chart_series_colour (s, FALSE, &colour);
      set_stroke (report, &colour, 1);
      HPDF_Page_SetLineWidth (report->page, 1.4);
      for (guint i = 1; i < series->points->len; i++)
        {
          const ZonaChartPoint *a = &g_array_index (series->points, ZonaChartPoint, i - 1);
          const ZonaChartPoint *b = &g_array_index (series->points, ZonaChartPoint, i);

          if (b->after_gap)
            HPDF_Page_SetDash (report->page, dash, G_N_ELEMENTS (dash), 0);
          line (report, a->x, a->y, b->x, b->y);
          HPDF_Page_SetDash (report->page, NULL, 0, 0);
        }
      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);

          HPDF_Page_SetRGBFill (report->page, 1, 1, 1);
          HPDF_Page_Circle (report->page, point->x, PAGE_HEIGHT - point->y,
                            chart->point_radius + 1);
          HPDF_Page_Fill (report->page);
          set_fill (report, &colour, 1);
          HPDF_Page_Circle (report->page, point->x, PAGE_HEIGHT - point->y, chart->point_radius);
          HPDF_Page_Fill (report->page);
        }
    }

  set_fill (report, &black, 0.9);
  for (guint s = 0; s < chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);

          if (point->label_shown)
            show (report, report->regular, CHART_FONT, point->label_box.x, point->label_box.y,
                  point->label);
        }
    }
}

/* A swatch and a name per series, in rows; returns the top of what follows. */
static double
draw_legend (Report    *report,
             ZonaChart *chart,
             double     top)
{
  ZonaChartColour black = { 0, 0, 0, 1 };
  double x = MARGIN;

  for (guint s = 0; s < chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);
      double w = width_of (report, report->regular, CHART_FONT, series->name);
      ZonaChartColour colour;

      if (x + 12 + w > PAGE_WIDTH - MARGIN && x > MARGIN)
        {
          x = MARGIN;
          top += CHART_FONT * 1.6;
        }
      zona_chart_series_colour (s, FALSE, &colour);
      set_fill (report, &colour, 1);
      HPDF_Page_Rectangle (report->page, x, PAGE_HEIGHT - top - 7, 7, 7);
      HPDF_Page_Fill (report->page);
      set_fill (report, &black, 0.9);
      show (report, report->regular, CHART_FONT, x + 10, top, series->name);
      x += 10 + w + 12;
    }

  return top + CHART_FONT * 1.8;
}

static char *
category_text (const ZonaComparison *row)
{
  if (row->to_band == NULL)
    return g_strdup ("—");
  if (row->category_changed)
    return g_strdup_printf ("%s → %s", row->from_band->name, row->to_band->name);

  return g_strdup (row->to_band->name);
}

/* The comparison of the year with the one before: returns the top of what follows. */
static double
draw_table (Report     *report,
            const char *group,
            GPtrArray  *rows,
            int         from_year,
            int         to_year,
            double      top,
            double      bottom)
{
  ZonaChartColour black = { 0, 0, 0, 1 };
  double name_right = MARGIN + 140, from_right = MARGIN + 182, to_right = MARGIN + 224;
  double change_right = MARGIN + 280, rank_x = MARGIN + 290, category_x = MARGIN + 390;
  double row_height = TABLE_FONT * 1.55;
  g_autofree char *from_text = g_strdup_printf ("%d", from_year);
  g_autofree char *to_text = g_strdup_printf ("%d", to_year);
  g_autofree char *heading = g_strdup_printf ("Perbandingan %d dan %d", from_year, to_year);

  set_fill (report, &black, 1);
  show (report, report->bold, 11, MARGIN, top, heading);
  top += 11 * 1.7;

  show (report, report->bold, TABLE_FONT, MARGIN, top, "Daerah / unit");
  show_right (report, report->bold, TABLE_FONT, from_right, top, from_text);
  show_right (report, report->bold, TABLE_FONT, to_right, top, to_text);
  show_right (report, report->bold, TABLE_FONT, change_right, top, "Perubahan");
  show (report, report->bold, TABLE_FONT, rank_x, top, "Peringkat");
  show (report, report->bold, TABLE_FONT, category_x, top, "Kategori");
  top += row_height;
  set_stroke (report, &black, 0.5);
  HPDF_Page_SetLineWidth (report->page, 0.5);
  line (report, MARGIN, top - 3, PAGE_WIDTH - MARGIN, top - 3);

  for (guint i = 0; i < rows->len; i++)
    {
      const ZonaComparison *row = g_ptr_array_index (rows, i);
      HPDF_Font font = row->unit_id == 0 ? report->bold : report->regular;
      g_autofree char *name = NULL;
      g_autofree char *from = row->has_from ? zona_score_format (row->from) : g_strdup ("—");
      g_autofree char *to = row->has_to ? zona_score_format (row->to) : g_strdup ("—");
      g_autofree char *change = row->has_change ? zona_score_format_change (row->change)
                                                : g_strdup ("");
      /* The region's rank is within its group: "2 dari 38 kabupaten". */
      g_autofree char *rank = row->rank > 0 ? g_strdup_printf ("%u dari %u%s%s", row->rank,
                                                               row->rank_of,
                                                               row->unit_id == 0 ? " " : "",
                                                               row->unit_id == 0 ? group : "")
                                            : g_strdup ("");
      g_autofree char *category = category_text (row);
      g_autofree char *category_fit = NULL;

      /* What does not fit the page is said, not dropped silently. */
      if (top + 2 * row_height > bottom && i + 1 < rows->len)
        {
          g_autofree char *rest = g_strdup_printf ("… dan %u unit lainnya (lihat zona-cli "
                                                   "compare)", rows->len - i);

          set_fill (report, &black, 0.7);
          show (report, report->regular, TABLE_FONT, MARGIN, top, rest);
          return top + row_height;
        }

      name = fit_text (report, font, TABLE_FONT, row->name, name_right - MARGIN);
      category_fit = fit_text (report, font, TABLE_FONT, category,
                               PAGE_WIDTH - MARGIN - category_x);
      set_fill (report, &black, 1);
      show (report, font, TABLE_FONT, MARGIN, top, name);
      show_right (report, font, TABLE_FONT, from_right, top, from);
      show_right (report, font, TABLE_FONT, to_right, top, to);
      show_right (report, font, TABLE_FONT, change_right, top, change);
      {
        g_autofree char *rank_fit = fit_text (report, font, TABLE_FONT, rank,
                                              category_x - rank_x - 6);

        show (report, font, TABLE_FONT, rank_x, top, rank_fit);
      }
      show (report, font, TABLE_FONT, category_x, top, category_fit);
      top += row_height;

      if (row->movers->len > 0 && top + row_height <= bottom)
        {
          g_autoptr(GString) movers = g_string_new ("Indikator penggerak: ");

          for (guint m = 0; m < row->movers->len; m++)
            {
              const ZonaIndicatorMove *move = g_ptr_array_index (row->movers, m);
              g_autofree char *effect = zona_score_format_change (move->effect);

              g_string_append_printf (movers, "%s%s %s", m > 0 ? "; " : "", move->code, effect);
            }
          set_fill (report, &black, 0.7);
          show (report, report->regular, TABLE_FONT - 1, MARGIN + 10, top, movers->str);
          top += row_height * 0.9;
        }
    }

  return top;
}

static gboolean
load_fonts (Report      *report,
            const char  *path,
            GError     **error)
{
  const char *dir = g_getenv ("ZONA_FONT_DIR");
  g_autofree char *regular_path = NULL;
  g_autofree char *bold_path = NULL;
  const char *regular_name, *bold_name;

  if (dir == NULL || *dir == '\0')
    dir = FONT_DIR;
  regular_path = g_build_filename (dir, "DejaVuSans.ttf", NULL);
  bold_path = g_build_filename (dir, "DejaVuSans-Bold.ttf", NULL);

  if (!g_file_test (regular_path, G_FILE_TEST_IS_REGULAR) ||
      !g_file_test (bold_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The report needs the DejaVu Sans fonts, which are not in %s: install the "
                     "package fonts-dejavu-core"), dir);
      return FALSE;
    }

  HPDF_UseUTFEncodings (report->pdf);
  regular_name = HPDF_LoadTTFontFromFile (report->pdf, regular_path, HPDF_TRUE);
  bold_name = HPDF_LoadTTFontFromFile (report->pdf, bold_path, HPDF_TRUE);
  if (!check (report, path, error))
    return FALSE;

  report->regular = HPDF_GetFont (report->pdf, regular_name, "UTF-8");
  report->bold = HPDF_GetFont (report->pdf, bold_name, "UTF-8");

  return check (report, path, error);
}

/**
 * zona_report_write:
 * @store: a store
 * @region_code: the region
 * @scheme_id: the scheme
 * @year: the year reported on
 * @date: (nullable): the date printed, "2024-04-23", or %NULL for today
 * @path: the PDF file to write; replaced only once the report is whole
 * @error: an unknown region or scheme, no score for the region that year, a missing font, a
 *   file that cannot be written
 *
 * Writes the one-page A4 report a head of region reads: the region's scores and its units'
 * up to @year over the category bands of each year, the region's movement in one sentence,
 * and the comparison with the year before that has a score: each unit's change, category
 * change and rank, and the indicators that moved a total most.
 *
 * Returns: whether the report was written
 */
gboolean
zona_report_write (ZonaStore   *store,
                   const char  *region_code,
                   const char  *scheme_id,
                   int          year,
                   const char  *date,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaChart) chart = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *today = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *chart_summary = NULL;
  ZonaChartRect area;
  ZonaChartColour black = { 0, 0, 0, 1 };
  const ZonaScheme *scheme;
  const ZonaComparison *own;
  Report report = { 0 };
  double top;
  int from_year;
  gboolean ok;

  g_return_val_if_fail (ZONA_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((scheme = zona_store_find_scheme (store, scheme_id, error)) == NULL ||
      (region = zona_store_get_region (store, region_code, error)) == NULL)
    return FALSE;

  from_year = zona_compare_previous_year (store, region->code, scheme_id, year);
  if ((rows = zona_compare_region (store, region->code, scheme_id, from_year, year,
                                   error)) == NULL ||
      (chart = zona_chart_new_for_subject (store, region->code, 0, scheme_id, TRUE,
                                           error)) == NULL)
    return FALSE;

  own = g_ptr_array_index (rows, 0);
  if (!own->has_to)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("%s has no %s score for %d to report on"), region->name,
                   scheme->short_name, year);
      return FALSE;
    }

  zona_chart_keep_until (chart, year);
  zona_chart_set_marker_label (chart, "Metodologi baru");

  report.pdf = HPDF_New (on_error, &report);
  if (report.pdf == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the report “%s”"),
                   path);
      return FALSE;
    }
  HPDF_SetCompressionMode (report.pdf, HPDF_COMP_ALL);
  report.page = HPDF_AddPage (report.pdf);
  HPDF_Page_SetSize (report.page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
  HPDF_SetInfoAttr (report.pdf, HPDF_INFO_CREATOR, "Zona");

  ok = load_fonts (&report, path, error);
  if (ok)
    {
      today = date != NULL ? g_strdup (date) : NULL;
      if (today == NULL)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();

          today = g_date_time_format (now, "%Y-%m-%d");
        }
      printed = document_date (today);

      set_fill (&report, &black, 1);
      show (&report, report.bold, 15, MARGIN, MARGIN, "Laporan Tren Hasil Penilaian");
      show (&report, report.bold, 13, MARGIN, MARGIN + 22, region->name);
      subtitle = g_strdup_printf ("%s (%s), tahun %d", scheme->name, scheme->short_name, year);
      top = show_wrapped (&report, report.regular, 10, MARGIN, MARGIN + 42,
                          PAGE_WIDTH - 2 * MARGIN, subtitle);

      /* The chart gives room to a long table. */
      area = (ZonaChartRect) {
        MARGIN, top + 8, PAGE_WIDTH - 2 * MARGIN,
        rows->len > 16 ? 190 : rows->len > 8 ? 250 : 300
      };
      zona_chart_layout (chart, &area, measure, &report);
      draw_chart (&report, chart);
      top = area.y + area.height + 8;
      if (chart->series->len > 1)
        top = draw_legend (&report, chart, top);

      if (chart->series->len > 0)
        chart_summary = zona_chart_describe (g_ptr_array_index (chart->series, 0), TRUE);
      set_fill (&report, &black, 1);
      top = show_wrapped (&report, report.regular, 10, MARGIN, top + 4, PAGE_WIDTH - 2 * MARGIN,
                          chart_summary != NULL ? chart_summary : "");

      draw_table (&report, zona_region_kind_to_string (region->kind), rows, from_year, year,
                  top + 10, PAGE_HEIGHT - MARGIN - 20);

      footer = g_strdup_printf ("Dicetak pada %s dengan Zona", printed);
      set_fill (&report, &black, 0.6);
      show (&report, report.regular, 8, MARGIN, PAGE_HEIGHT - MARGIN, footer);
      ok = check (&report, path, error);
    }

  partial = g_strconcat (path, ".part", NULL);
  if (ok)
    {
      HPDF_SaveToFile (report.pdf, partial);
      ok = check (&report, path, error);
    }
  HPDF_Free (report.pdf);

  if (ok && g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write the report “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (partial);

  return ok;
}
