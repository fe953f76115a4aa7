/* evidence-test-utils.h — rounds, checklists and files for the evidence tests
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-evidence.h"
#include "zona-test-utils.h"

G_BEGIN_DECLS

gint64            evidence_test_count        (ZonaStore          *store,
                                              const char         *sql);
char             *evidence_test_snapshot     (ZonaStore          *store);
gint64            evidence_test_add_unit     (ZonaStore          *store,
                                              const char         *region,
                                              const char         *name);
gint64            evidence_test_assessment   (ZonaStore          *store,
                                              gint64              unit_id,
                                              const char         *scheme_id,
                                              int                 year);
void              evidence_test_start_round  (ZonaStore          *store,
                                              const char         *scheme_id,
                                              int                 year,
                                              const gint64       *unit_ids,
                                              guint               n_units);
void              evidence_test_new_round    (ZonaStore          *store,
                                              const char         *scheme_id,
                                              int                 year,
                                              gint64             *unit_ids,
                                              guint               n_units);
GPtrArray        *evidence_test_checklist    (ZonaStore          *store,
                                              gint64              assessment_id);
gint64            evidence_test_item_id      (GPtrArray          *items,
                                              guint               index);
ZonaEvidenceItem *evidence_test_find         (GPtrArray          *items,
                                              const char         *code_or_title);
ZonaEvidenceItem *evidence_test_get_item     (ZonaStore          *store,
                                              gint64              item_id);
void              evidence_test_set_item     (ZonaStore          *store,
                                              gint64              item_id,
                                              ZonaEvidenceStatus  status,
                                              const char         *person,
                                              const char         *due_date,
                                              const char         *effective_date);
char             *evidence_test_write_file   (const char         *dir,
                                              const char         *name,
                                              const char         *contents);
gint64            evidence_test_attach       (ZonaStore          *store,
                                              gint64              item_id,
                                              const char         *dir,
                                              const char         *name,
                                              const char         *contents);

G_END_DECLS
