/* zona-trend-panel.h — a region's or a unit's trend: the chart, its legend, its numbers as a
 * table, and saving it as a picture
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-chart-view.h"
#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_TREND_PANEL (zona_trend_panel_get_type ())

G_DECLARE_FINAL_TYPE (ZonaTrendPanel, zona_trend_panel, ZONA, TREND_PANEL, AdwBin)

gboolean       zona_trend_panel_show          (ZonaTrendPanel  *self,
                                               ZonaStore       *store,
                                               const char      *region_code,
                                               gint64           unit_id,
                                               GError         **error);
gboolean       zona_trend_panel_has_values    (ZonaTrendPanel  *self);
const char    *zona_trend_panel_get_scheme_id (ZonaTrendPanel  *self);
gboolean       zona_trend_panel_select_scheme (ZonaTrendPanel  *self,
                                               const char      *scheme_id);
gboolean       zona_trend_panel_compare_with  (ZonaTrendPanel  *self,
                                               const char      *region_code);
ZonaChartView *zona_trend_panel_get_view      (ZonaTrendPanel  *self);
gboolean       zona_trend_panel_save          (ZonaTrendPanel  *self,
                                               const char      *path,
                                               GError         **error);
gboolean       zona_trend_panel_save_report   (ZonaTrendPanel  *self,
                                               const char      *path,
                                               GError         **error);

G_END_DECLS
