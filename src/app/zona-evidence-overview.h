/* zona-evidence-overview.h — a region's evidence round: each unit's progress and what to chase
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_EVIDENCE_OVERVIEW (zona_evidence_overview_get_type ())

G_DECLARE_FINAL_TYPE (ZonaEvidenceOverview, zona_evidence_overview, ZONA, EVIDENCE_OVERVIEW, AdwBin)

gboolean    zona_evidence_overview_show            (ZonaEvidenceOverview  *self,
                                                    ZonaStore             *store,
                                                    const char            *region_code,
                                                    const char            *region_name,
                                                    GError               **error);
gboolean    zona_evidence_overview_reload          (ZonaEvidenceOverview  *self,
                                                    GError               **error);
gboolean    zona_evidence_overview_select_round    (ZonaEvidenceOverview  *self,
                                                    const char            *scheme_id,
                                                    int                    year);
void        zona_evidence_overview_sort_by_person  (ZonaEvidenceOverview  *self,
                                                    gboolean               by_person);
const char *zona_evidence_overview_get_region_code (ZonaEvidenceOverview  *self);
const char *zona_evidence_overview_get_region_name (ZonaEvidenceOverview  *self);
const char *zona_evidence_overview_get_scheme_id   (ZonaEvidenceOverview  *self);
int         zona_evidence_overview_get_year        (ZonaEvidenceOverview  *self);
char       *zona_evidence_overview_dup_round_label (ZonaEvidenceOverview  *self);
GPtrArray  *zona_evidence_overview_get_units       (ZonaEvidenceOverview  *self);
GPtrArray  *zona_evidence_overview_get_to_chase    (ZonaEvidenceOverview  *self);

G_END_DECLS
