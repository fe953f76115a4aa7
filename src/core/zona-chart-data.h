/* zona-chart-data.h — a chart of a region's or a unit's scores, read from the store
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-chart.h"
#include "zona-store.h"

G_BEGIN_DECLS

ZonaChart  *zona_chart_new_for_subject (ZonaStore      *store,
                                        const char     *region_code,
                                        gint64          unit_id,
                                        const char     *scheme_id,
                                        gboolean        with_units,
                                        GError        **error);
gboolean    zona_chart_add_region      (ZonaChart      *chart,
                                        ZonaStore      *store,
                                        const char     *region_code,
                                        GError        **error);

G_END_DECLS
