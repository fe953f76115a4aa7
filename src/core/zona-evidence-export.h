/* zona-evidence-export.h — evidence packs: a unit's (or a region's) checklist written out as a
 * folder tree with a manifest and checksums, for the assessor's portal or a flash disk
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-evidence.h"

G_BEGIN_DECLS

/* The two files beside the documents in every pack. */
#define ZONA_EVIDENCE_PACK_MANIFEST "manifest.csv"
#define ZONA_EVIDENCE_PACK_SUMS     "SHA256SUMS"

/* What an export wrote. */
typedef struct
{
  char   *scheme_id;
  int     year;
  guint   n_units;      /* checklists in the pack, one folder each when more than one */
  guint   n_items;      /* rows of the manifest: every item, with a file or not */
  guint   n_files;      /* documents written */
  gint64  n_bytes;      /* their size */
} ZonaEvidencePack;

char      *zona_evidence_safe_name   (const char                *text,
                                      guint                      max_length);
gboolean   zona_evidence_export      (ZonaStore                 *store,
                                      const ZonaEvidenceFilter  *filter,
                                      const char                *folder,
                                      ZonaEvidencePack          *out_pack,
                                      GCancellable              *cancellable,
                                      GError                   **error);
void       zona_evidence_pack_clear  (ZonaEvidencePack          *pack);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ZonaEvidencePack, zona_evidence_pack_clear)

G_END_DECLS
