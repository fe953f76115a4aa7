/* zona-report.h — the one-page trend report: chart, summary and year-over-year table, in PDF
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-store.h"

G_BEGIN_DECLS

gboolean  zona_report_write  (ZonaStore   *store,
                              const char  *region_code,
                              const char  *scheme_id,
                              int          year,
                              const char  *date,
                              const char  *path,
                              GError     **error);

G_END_DECLS
