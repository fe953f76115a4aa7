/* zona-unit-page.h — one unit: its details, its renames and merges, its results year by year
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-unit-history.h"

G_BEGIN_DECLS

#define ZONA_TYPE_UNIT_PAGE (zona_unit_page_get_type ())

G_DECLARE_FINAL_TYPE (ZonaUnitPage, zona_unit_page, ZONA, UNIT_PAGE, AdwBin)

gboolean               zona_unit_page_show_unit          (ZonaUnitPage  *self,
                                                          ZonaStore     *store,
                                                          gint64         unit_id,
                                                          gboolean       remember_shown,
                                                          GError       **error);
gboolean               zona_unit_page_reload             (ZonaUnitPage  *self,
                                                          ZonaStore     *store,
                                                          GError       **error);
gboolean               zona_unit_page_can_go_back        (ZonaUnitPage  *self);
gboolean               zona_unit_page_go_back            (ZonaUnitPage  *self,
                                                          ZonaStore     *store,
                                                          GError       **error);
gint64                 zona_unit_page_get_unit_id        (ZonaUnitPage  *self);
gint64                 zona_unit_page_get_first_unit_id  (ZonaUnitPage  *self);
const ZonaUnitHistory *zona_unit_page_get_history        (ZonaUnitPage  *self);

G_END_DECLS
