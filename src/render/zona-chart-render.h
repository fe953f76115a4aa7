/* zona-chart-render.h — a laid-out chart painted with cairo and Pango, on screen or into a file
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "zona-chart.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} ZonaChartColour;

typedef struct
{
  gboolean         dark;
  ZonaChartColour  foreground;     /* text, axes, gridlines (faded) */
  ZonaChartColour  background;     /* behind everything, and the rings around points */
  gboolean         fill_background;
  int              highlight;      /* the series to bring forward, or -1 */
  int              focus_series;   /* the point with the keyboard focus, or -1 */
  int              focus_point;
} ZonaChartStyle;

typedef enum
{
  ZONA_CHART_FORMAT_PNG,
  ZONA_CHART_FORMAT_SVG,
} ZonaChartFormat;

void      zona_chart_style_init          (ZonaChartStyle        *style,
                                          gboolean               dark);
void      zona_chart_series_colour       (guint                  index,
                                          gboolean               dark,
                                          ZonaChartColour       *out_colour);
double    zona_chart_band_alpha          (gboolean               dark);
gboolean  zona_chart_parse_colour        (const char            *text,
                                          ZonaChartColour       *out_colour);
void      zona_chart_layout_with_pango   (ZonaChart             *chart,
                                          PangoLayout           *layout,
                                          const ZonaChartRect   *area);
void      zona_chart_draw                (ZonaChart             *chart,
                                          cairo_t               *cr,
                                          PangoLayout           *layout,
                                          const ZonaChartStyle  *style);
gboolean  zona_chart_write               (ZonaChart             *chart,
                                          ZonaChartFormat        format,
                                          int                    width,
                                          int                    height,
                                          const ZonaChartStyle  *style,
                                          const char            *path,
                                          GError               **error);
gboolean  zona_chart_format_from_path    (const char            *path,
                                          ZonaChartFormat       *out_format);

G_END_DECLS
