/* zona-chart-view.h — a trend chart on screen: painted from core's geometry, point by point
 * reachable by pointer and keyboard
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "zona-chart.h"

G_BEGIN_DECLS

#define ZONA_TYPE_CHART_VIEW (zona_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (ZonaChartView, zona_chart_view, ZONA, CHART_VIEW, GtkWidget)

GtkWidget  *zona_chart_view_new            (void);
void        zona_chart_view_set_chart      (ZonaChartView  *self,
                                            ZonaChart      *chart);
ZonaChart  *zona_chart_view_get_chart      (ZonaChartView  *self);
void        zona_chart_view_set_highlight  (ZonaChartView  *self,
                                            int             series);
int         zona_chart_view_get_highlight  (ZonaChartView  *self);
gboolean    zona_chart_view_get_focus_point (ZonaChartView *self,
                                            guint          *out_series,
                                            guint          *out_point);
void        zona_chart_view_focus_point    (ZonaChartView  *self,
                                            guint           series,
                                            guint           point);
char       *zona_chart_view_describe_point (ZonaChartView  *self,
                                            guint           series,
                                            guint           point);
gboolean    zona_chart_view_find_point     (ZonaChartView  *self,
                                            double          x,
                                            double          y,
                                            guint          *out_series,
                                            guint          *out_point);

G_END_DECLS
