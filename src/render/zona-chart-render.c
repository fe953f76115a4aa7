/* zona-chart-render.c — a laid-out chart painted with cairo and Pango, on screen or into a file
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-svg.h>
#include <gio/gio.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "zona-chart-render.h"

/* The same painting serves the window's chart widget (on the cairo node of its snapshot) and
 * the PNG and SVG files, so that what is exported is what was seen. Where things go is
 * zona-chart.c's business; this file only chooses colours and strokes. The category bands
 * take the zone colours of the scheme's data, faded so that the lines stay readable over
 * them; the series take colours apart from red, yellow and green, so that no line can be
 * mistaken for a band. */

#define LEGEND_SWATCH    12.0
#define LEGEND_GAP       6.0
#define FILE_FONT        "Sans 10"

/* Blue, purple, orange, slate, teal, brown, violet, dark blue: apart from the zone colours. */
static const char * const light_palette[] = {
  "#1c71d8", "#813d9c", "#c64600", "#3d3846", "#0e7c86", "#865e3c", "#613583", "#1a5fb4",
};
static const char * const dark_palette[] = {
  "#62a0ea", "#c061cb", "#ffa348", "#deddda", "#5bc8d5", "#cdab8f", "#dc8add", "#99c1f1",
};

/**
 * zona_chart_band_alpha:
 * @dark: whether the surface is dark
 *
 * Returns: how opaque the category bands are painted: faint enough for the lines to read
 */
double
zona_chart_band_alpha (gboolean dark)
{
  return dark ? 0.26 : 0.16;
}

/**
 * zona_chart_parse_colour:
 * @text: "#rrggbb"
 * @out_colour: (out): the colour, opaque
 *
 * Returns: whether @text was such a colour
 */
gboolean
zona_chart_parse_colour (const char      *text,
                         ZonaChartColour *out_colour)
{
  guint value = 0;

  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    {
      int digit = g_ascii_xdigit_value (text[i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + (guint) digit;
    }

  out_colour->red = ((value >> 16) & 0xff) / 255.0;
  out_colour->green = ((value >> 8) & 0xff) / 255.0;
  out_colour->blue = (value & 0xff) / 255.0;
  out_colour->alpha = 1.0;

  return TRUE;
}

/**
 * zona_chart_style_init:
 * @style: (out caller-allocates): the style
 * @dark: whether the surface is dark
 *
 * The style of a chart in a file: libadwaita's text and window colours, nothing highlighted.
 * The chart widget sets the foreground and background from its theme instead.
 */
void
zona_chart_style_init (ZonaChartStyle *style,
                       gboolean        dark)
{
  *style = (ZonaChartStyle) {
    .dark = dark,
    .fill_background = TRUE,
    .highlight = -1,
    .focus_series = -1,
    .focus_point = -1,
  };
  zona_chart_parse_colour (dark ? "#ffffff" : "#000000", &style->foreground);
  style->foreground.alpha = dark ? 1.0 : 0.8;
  zona_chart_parse_colour (dark ? "#242424" : "#fafafa", &style->background);
}

/**
 * zona_chart_series_colour:
 * @index: the series' position on the chart
 * @dark: whether the surface is dark
 * @out_colour: (out): its colour
 */
void
zona_chart_series_colour (guint            index,
                          gboolean         dark,
                          ZonaChartColour *out_colour)
{
  const char * const *palette = dark ? dark_palette : light_palette;

  zona_chart_parse_colour (palette[index % G_N_ELEMENTS (light_palette)], out_colour);
}

static void
measure_with_layout (const char *text,
                     double     *width,
                     double     *height,
                     gpointer    user_data)
{
  PangoLayout *layout = user_data;
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  *width = w;
  *height = h;
}

/**
 * zona_chart_layout_with_pango:
 * @chart: a chart
 * @layout: a layout with the font the chart is drawn in
 * @area: the space the chart may fill
 *
 * Lays the chart out, labels measured as @layout draws them.
 */
void
zona_chart_layout_with_pango (ZonaChart           *chart,
                              PangoLayout         *layout,
                              const ZonaChartRect *area)
{
  zona_chart_layout (chart, area, measure_with_layout, layout);
}

static void
set_colour (cairo_t               *cr,
            const ZonaChartColour *colour,
            double                 alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y)
{
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
text_size (PangoLayout *layout,
           const char  *text,
           double      *width,
           double      *height)
{
  measure_with_layout (text, width, height, layout);
}

static void
draw_bands (ZonaChart            *chart,
            cairo_t              *cr,
            PangoLayout          *layout,
            const ZonaChartStyle *style)
{
  double alpha = zona_chart_band_alpha (style->dark);

  for (guint i = 0; i < chart->bands->len; i++)
    {
      const ZonaChartBand *band = &g_array_index (chart->bands, ZonaChartBand, i);
      ZonaChartColour colour;

      if (!zona_chart_parse_colour (band->band->colour, &colour))
        colour = style->foreground;
      set_colour (cr, &colour, alpha);
      cairo_rectangle (cr, band->rect.x, band->rect.y, band->rect.width, band->rect.height);
      cairo_fill (cr);

      /* A hairline on top, so that two bands of one zone (A and B are both green) part. */
      set_colour (cr, &colour, 0.5);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, band->rect.x, round (band->rect.y) + 0.5);
      cairo_line_to (cr, band->rect.x + band->rect.width, round (band->rect.y) + 0.5);
      cairo_stroke (cr);

      /* The band's code where the geometry kept room for it: "Kuning", "A". */
      if (band->label_box.width > 0)
        {
          set_colour (cr, &style->foreground, 0.45);
          show_text (cr, layout, band->band->code, band->label_box.x, band->label_box.y);
        }
    }
}

static void
draw_years (ZonaChart            *chart,
            cairo_t              *cr,
            PangoLayout          *layout,
            const ZonaChartStyle *style)
{
  for (guint i = 0; i < chart->years->len; i++)
    {
      const ZonaChartYear *year = &g_array_index (chart->years, ZonaChartYear, i);
      double w, h;

      /* A year not held: hatched, so that the gap reads as a gap and not as missing data. */
      if (year->not_held != NULL)
        {
          cairo_save (cr);
          cairo_rectangle (cr, year->slot.x, year->slot.y, year->slot.width, year->slot.height);
          cairo_clip (cr);
          set_colour (cr, &style->foreground, 0.12);
          cairo_set_line_width (cr, 1.0);
          for (double d = -year->slot.height; d < year->slot.width; d += 8.0)
            {
              cairo_move_to (cr, year->slot.x + d, year->slot.y + year->slot.height);
              cairo_line_to (cr, year->slot.x + d + year->slot.height, year->slot.y);
            }
          cairo_stroke (cr);
          cairo_restore (cr);
        }

      text_size (layout, year->label, &w, &h);
      set_colour (cr, &style->foreground, year->not_held != NULL ? 0.45 : 0.8);
      show_text (cr, layout, year->label, year->x - w / 2,
                 chart->plot.y + chart->plot.height + 6.0);
    }
}

static void
draw_ticks (ZonaChart            *chart,
            cairo_t              *cr,
            PangoLayout          *layout,
            const ZonaChartStyle *style)
{
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < chart->ticks->len; i++)
    {
      const ZonaChartTick *tick = &g_array_index (chart->ticks, ZonaChartTick, i);
      double y = round (tick->y) + 0.5;
      double w, h;

      set_colour (cr, &style->foreground, 0.15);
      cairo_move_to (cr, chart->plot.x, y);
      cairo_line_to (cr, chart->plot.x + chart->plot.width, y);
      cairo_stroke (cr);

      text_size (layout, tick->label, &w, &h);
      set_colour (cr, &style->foreground, 0.7);
      show_text (cr, layout, tick->label, chart->plot.x - 6.0 - w, tick->y - h / 2);
    }
}

static void
draw_markers (ZonaChart            *chart,
              cairo_t              *cr,
              PangoLayout          *layout,
              const ZonaChartStyle *style)
{
  static const double dash[] = { 4.0, 3.0 };

  for (guint i = 0; i < chart->markers->len; i++)
    {
      const ZonaChartMarker *marker = &g_array_index (chart->markers, ZonaChartMarker, i);
      double x = round (marker->x) + 0.5;

      cairo_save (cr);
      set_colour (cr, &style->foreground, 0.6);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, x, chart->plot.y);
      cairo_line_to (cr, x, chart->plot.y + chart->plot.height);
      cairo_stroke (cr);
      cairo_restore (cr);

      if (chart->marker_label != NULL)
        {
          set_colour (cr, &style->foreground, 0.7);
          show_text (cr, layout, chart->marker_label, marker->label_box.x, marker->label_box.y);
        }
    }
}

static double
series_alpha (const ZonaChartStyle *style,
              guint                 index)
{
  return style->highlight < 0 || (guint) style->highlight == index ? 1.0 : 0.25;
}

static void
draw_series (ZonaChart            *chart,
             cairo_t              *cr,
             const ZonaChartStyle *style,
             guint                 index)
{
  static const double dash[] = { 5.0, 4.0 };
  const ZonaChartSeries *series = g_ptr_array_index (chart->series, index);
  double alpha = series_alpha (style, index);
  double r = chart->point_radius;
  ZonaChartColour colour;

  zona_chart_series_colour (index, style->dark, &colour);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, (guint) style->highlight == index ? 3.0 : 2.0);

  /* One path for the solid segments and one for the dashed (across a year without a value),
   * and one for each layer of the points: a chart of forty lines strokes and fills a handful
   * of paths per frame rather than hundreds. */
  for (int dashed = 0; dashed < 2; dashed++)
    {
      gboolean any = FALSE;
      gboolean open = FALSE;

      for (guint i = 1; i < series->points->len; i++)
        {
          const ZonaChartPoint *a = &g_array_index (series->points, ZonaChartPoint, i - 1);
          const ZonaChartPoint *b = &g_array_index (series->points, ZonaChartPoint, i);

          if (b->after_gap != dashed)
            {
              open = FALSE;
              continue;
            }
          /* A run of segments is one polyline: joins, not a cap at every point. */
          if (!open)
            cairo_move_to (cr, a->x, a->y);
          cairo_line_to (cr, b->x, b->y);
          open = any = TRUE;
        }
      if (!any)
        continue;

      cairo_save (cr);
      if (dashed)
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      set_colour (cr, &colour, alpha);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  /* A marker of a few pixels needs no finer curve than half a pixel: cairo's default tenth of
   * a pixel makes hundreds of markers the dearest part of a frame. */
  cairo_save (cr);
  cairo_set_tolerance (cr, 0.5);
  /* The ring that parts a marker from the line under it is left out when many lines cross
   * anyway, where it only costs time. */
  for (int layer = chart->series->len > 8 ? 1 : 0; layer < 2; layer++)
    {
      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);

          cairo_new_sub_path (cr);
          cairo_arc (cr, point->x, point->y, layer == 0 ? r + 1.5 : r, 0, 2 * G_PI);
        }
      if (layer == 0)
        set_colour (cr, &style->background, 1.0);
      else
        set_colour (cr, &colour, alpha);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  if (style->focus_series == (int) index && style->focus_point >= 0 &&
      (guint) style->focus_point < series->points->len)
    {
      const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint,
                                                    style->focus_point);

      cairo_set_line_width (cr, 2.0);
      set_colour (cr, &style->foreground, 1.0);
      cairo_new_sub_path (cr);
      cairo_arc (cr, point->x, point->y, r + 4.0, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
}

static void
draw_labels (ZonaChart            *chart,
             cairo_t              *cr,
             PangoLayout          *layout,
             const ZonaChartStyle *style)
{
  for (guint s = 0; s < chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);

          if (!point->label_shown)
            continue;

          set_colour (cr, &style->foreground, 0.9 * series_alpha (style, s));
          show_text (cr, layout, point->label, point->label_box.x, point->label_box.y);
        }
    }
}

/**
 * zona_chart_draw:
 * @chart: a laid-out chart
 * @cr: where to draw
 * @layout: a layout with the font the chart was laid out with
 * @style: colours and what is highlighted
 *
 * Paints the chart: the background when the style asks for it, the bands, the years (a
 * year not held hatched), gridlines and their values, the methodology markers, the lines
 * and points of each series, the highlighted one last, and the values' labels.
 */
void
zona_chart_draw (ZonaChart            *chart,
                 cairo_t              *cr,
                 PangoLayout          *layout,
                 const ZonaChartStyle *style)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  cairo_save (cr);

  if (style->fill_background)
    {
      set_colour (cr, &style->background, 1.0);
      cairo_rectangle (cr, chart->area.x, chart->area.y, chart->area.width, chart->area.height);
      cairo_fill (cr);
    }

  draw_bands (chart, cr, layout, style);
  draw_years (chart, cr, layout, style);
  draw_ticks (chart, cr, layout, style);
  draw_markers (chart, cr, layout, style);

  /* Many lines at once are drawn with cairo's faster antialiasing: at forty lines the
   * difference cannot be seen, and a frame costs half as much. */
  cairo_save (cr);
  if (chart->series->len > 8)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (guint s = 0; s < chart->series->len; s++)
    if ((int) s != style->highlight)
      draw_series (chart, cr, style, s);
  if (style->highlight >= 0 && (guint) style->highlight < chart->series->len)
    draw_series (chart, cr, style, style->highlight);
  cairo_restore (cr);

  draw_labels (chart, cr, layout, style);

  cairo_restore (cr);
}

/* The legend of a file: a swatch and a name per series, in rows under the chart. Returns the
 * height it takes at @width. */
static double
legend_height (ZonaChart            *chart,
               PangoLayout          *layout,
               double                width,
               cairo_t              *cr,
               const ZonaChartStyle *style,
               double                top)
{
  double x = LEGEND_GAP, y = top, row = 0;

  for (guint s = 0; s < chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);
      double w, h, entry;

      text_size (layout, series->name != NULL ? series->name : "", &w, &h);
      entry = LEGEND_SWATCH + 4 + w + 2 * LEGEND_GAP;
      if (x + entry > width && x > LEGEND_GAP)
        {
          x = LEGEND_GAP;
          y += row + 4;
        }
      row = MAX (row, h);

      if (cr != NULL)
        {
          ZonaChartColour colour;

          zona_chart_series_colour (s, style->dark, &colour);
          set_colour (cr, &colour, 1.0);
          cairo_rectangle (cr, x, y + (h - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH);
          cairo_fill (cr);
          set_colour (cr, &style->foreground, 0.9);
          show_text (cr, layout, series->name != NULL ? series->name : "",
                     x + LEGEND_SWATCH + 4, y);
        }
      x += entry;
    }

  return y + row + LEGEND_GAP - top;
}

/**
 * zona_chart_format_from_path:
 * @path: a file name
 * @out_format: (out): the format its extension names
 *
 * Returns: whether the name ends in .png or .svg (in any case)
 */
gboolean
zona_chart_format_from_path (const char      *path,
                             ZonaChartFormat *out_format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *out_format = ZONA_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *out_format = ZONA_CHART_FORMAT_SVG;
  else
    return FALSE;

  return TRUE;
}

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return fwrite (data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS
                                                     : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * zona_chart_write:
 * @chart: a chart with its series (laid out again here)
 * @format: PNG or SVG
 * @width: the picture's width, in pixels (points for SVG)
 * @height: its height, the legend included
 * @style: colours; its highlight and focus are ignored
 * @path: the file to write; it is replaced only once the picture is whole
 * @error: why it could not be written
 *
 * Draws the chart into a file with the same painting as the window, a legend under it when
 * it has more than one series. The picture is written beside @path first and moved over it,
 * so that a failure never leaves half a file.
 *
 * Returns: whether the file was written
 */
gboolean
zona_chart_write (ZonaChart            *chart,
                  ZonaChartFormat       format,
                  int                   width,
                  int                   height,
                  const ZonaChartStyle *style,
                  const char           *path,
                  GError              **error)
{
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  ZonaChartStyle plain = *style;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  PangoLayout *layout;
  PangoFontDescription *font;
  ZonaChartRect area = { 0, 0, width, height };
  double legend = 0;
  FILE *file = NULL;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (width < 64 || height < 64 || width > 10000 || height > 10000)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A chart of %d × %d pixels cannot be drawn: give a size from 64 to 10000"),
                   width, height);
      return FALSE;
    }

  plain.highlight = plain.focus_series = plain.focus_point = -1;

  if (format == ZONA_CHART_FORMAT_SVG)
    {
      if ((file = g_fopen (partial, "wb")) == NULL)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Cannot write “%s”: %s"), path, g_strerror (saved));
          return FALSE;
        }
      surface = cairo_svg_surface_create_for_stream (write_to_file, file, width, height);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string (FILE_FONT);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (chart->series->len > 1)
    legend = legend_height (chart, layout, width, NULL, &plain, 0);
  area.height = MAX (32.0, height - legend);
  zona_chart_layout_with_pango (chart, layout, &area);

  if (plain.fill_background)
    {
      set_colour (cr, &plain.background, 1.0);
      cairo_paint (cr);
    }
  zona_chart_draw (chart, cr, layout, &plain);
  if (legend > 0)
    legend_height (chart, layout, width, cr, &plain, area.height);

  g_object_unref (layout);
  cairo_destroy (cr);
  /* A finished image surface can no longer be written out: the PNG goes first. */
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS && format == ZONA_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, partial);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (file != NULL && fclose (file) != 0 && status == CAIRO_STATUS_SUCCESS)
    status = CAIRO_STATUS_WRITE_ERROR;

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}
