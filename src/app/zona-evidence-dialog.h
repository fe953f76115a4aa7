/* zona-evidence-dialog.h — one evidence item: its progress, its document, its notes
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_EVIDENCE_DIALOG (zona_evidence_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZonaEvidenceDialog, zona_evidence_dialog, ZONA, EVIDENCE_DIALOG, AdwWindow)

ZonaEvidenceDialog *zona_evidence_dialog_new          (GtkWindow           *parent,
                                                       ZonaStore           *store,
                                                       gint64               item_id,
                                                       gint64               size_limit,
                                                       GError             **error);
gint64              zona_evidence_dialog_get_item_id  (ZonaEvidenceDialog  *self);
void                zona_evidence_dialog_attach_file  (ZonaEvidenceDialog  *self,
                                                       GFile               *file);
gboolean            zona_evidence_dialog_is_busy      (ZonaEvidenceDialog  *self);

G_END_DECLS
