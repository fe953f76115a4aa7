/* zona-evidence-text.h — an evidence checklist's progress in words, as the window shows it
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-evidence.h"

G_BEGIN_DECLS

char   *zona_evidence_progress_text      (const ZonaEvidenceProgress *progress);
double  zona_evidence_progress_fraction  (const ZonaEvidenceProgress *progress);

G_END_DECLS
