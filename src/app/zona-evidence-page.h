/* zona-evidence-page.h — the evidence checklist of one assessment
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_EVIDENCE_PAGE (zona_evidence_page_get_type ())

G_DECLARE_FINAL_TYPE (ZonaEvidencePage, zona_evidence_page, ZONA, EVIDENCE_PAGE, AdwBin)

gboolean    zona_evidence_page_show               (ZonaEvidencePage  *self,
                                                   ZonaStore         *store,
                                                   gint64             assessment_id,
                                                   const char        *subject,
                                                   const char        *round,
                                                   GError           **error);
gboolean    zona_evidence_page_reload             (ZonaEvidencePage  *self,
                                                   ZonaStore         *store,
                                                   GError           **error);
gint64      zona_evidence_page_get_assessment_id  (ZonaEvidencePage  *self);
const char *zona_evidence_page_get_subject        (ZonaEvidencePage  *self);
const char *zona_evidence_page_get_round          (ZonaEvidencePage  *self);
GListModel *zona_evidence_page_get_items          (ZonaEvidencePage  *self);
void        zona_evidence_page_focus_item         (ZonaEvidencePage  *self,
                                                   gint64             item_id);
guint       zona_evidence_page_get_n_offers       (ZonaEvidencePage  *self);

G_END_DECLS
