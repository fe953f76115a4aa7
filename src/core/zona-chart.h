/* zona-chart.h — the geometry of a trend chart: axes, bands, points and labels, for any surface
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "zona-scheme.h"

G_BEGIN_DECLS

/* A rectangle in the caller's units (pixels on screen, points in a PDF), y growing downwards. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} ZonaChartRect;

/**
 * ZonaChartMeasure:
 * @text: a label
 * @out_width: (out): its width
 * @out_height: (out): its height
 * @user_data: the caller's
 *
 * Measures a label as the surface will draw it (Pango on screen, the PDF font in a report), so
 * that the geometry can keep labels from overlapping.
 */
typedef void (*ZonaChartMeasure) (const char *text,
                                  double     *out_width,
                                  double     *out_height,
                                  gpointer    user_data);

/* A gridline of the value axis. */
typedef struct
{
  ZonaScore  value;
  double     y;
  char      *label;         /* "20", "2,5": a decimal comma, no trailing zeros */
} ZonaChartTick;

/* A slot of the year axis. */
typedef struct
{
  int            year;
  ZonaChartRect  slot;      /* the column of the year, the full height of the plot */
  double         x;         /* its middle, where the year's points stand */
  char          *label;     /* "2023" */
  const char    *not_held;  /* why the scheme was not held that year (2020), or NULL */
} ZonaChartYear;

/* A category band of one methodology over the years it was in force. */
typedef struct
{
  int              year_from;
  int              year_to;
  ZonaChartRect    rect;
  const ZonaBand  *band;    /* its name, zone and colour */
  ZonaChartRect    label_box; /* its code in the top right corner; empty when it does not fit */
} ZonaChartBand;

/* Where a new methodology took over: a vertical line before its first year. */
typedef struct
{
  int                       year;
  double                    x;
  const ZonaSchemeVersion  *version;
  ZonaChartRect             label_box;  /* where the marker's label goes, kept clear */
} ZonaChartMarker;

/* One value of a series, where it stands and where its label goes. */
typedef struct
{
  int              year;
  ZonaScore        score;
  double           x;
  double           y;
  const ZonaBand  *band;         /* the category of its own year's methodology, or NULL */
  gboolean         after_gap;    /* a year without a value lies between it and the previous */
  gboolean         after_change; /* the methodology changed since the previous value */
  char            *label;        /* "90,02" */
  ZonaChartRect    label_box;
  gboolean         label_shown;  /* FALSE when no place was free of other labels and points */
} ZonaChartPoint;

typedef struct
{
  char   *name;
  GArray *points;                /* ZonaChartPoint, by year */
} ZonaChartSeries;

typedef struct _ZonaChart ZonaChart;

struct _ZonaChart
{
  const ZonaScheme *scheme;
  char             *marker_label;  /* "New methodology", or NULL for no label */
  ZonaScore         y_min;
  ZonaScore         y_max;
  int               year_from;
  int               year_to;

  /* Filled by zona_chart_layout() */
  ZonaChartRect     area;        /* all of it */
  ZonaChartRect     plot;        /* inside the axes */
  double            point_radius;
  GArray           *ticks;       /* ZonaChartTick, from the bottom */
  GArray           *years;       /* ZonaChartYear */
  GArray           *bands;       /* ZonaChartBand */
  GArray           *markers;     /* ZonaChartMarker */
  GPtrArray        *series;      /* ZonaChartSeries */
};

ZonaChart  *zona_chart_new          (const ZonaScheme  *scheme);
void        zona_chart_free         (ZonaChart         *chart);
void        zona_chart_add_series   (ZonaChart         *chart,
                                     const char        *name,
                                     const int         *years,
                                     const ZonaScore   *scores,
                                     guint              n_values);
void        zona_chart_keep_until   (ZonaChart         *chart,
                                     int                last_year);
void        zona_chart_set_marker_label (ZonaChart     *chart,
                                     const char        *label);
void        zona_chart_layout       (ZonaChart         *chart,
                                     const ZonaChartRect *area,
                                     ZonaChartMeasure   measure,
                                     gpointer           user_data);
double      zona_chart_value_to_y   (const ZonaChart   *chart,
                                     double             hundredths);
char       *zona_chart_format_tick  (ZonaScore          value);
char       *zona_chart_describe     (const ZonaChartSeries *series,
                                     gboolean           document);
gboolean    zona_chart_rects_overlap (const ZonaChartRect *a,
                                      const ZonaChartRect *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaChart, zona_chart_free)

G_END_DECLS
