/* zona-export-task.h — writing an evidence pack off the main thread
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "zona-evidence-export.h"

G_BEGIN_DECLS

void      zona_export_pack_async   (const char                *database_path,
                                    const ZonaEvidenceFilter  *filter,
                                    GFile                     *folder,
                                    GCancellable              *cancellable,
                                    GAsyncReadyCallback        callback,
                                    gpointer                   user_data);
gboolean  zona_export_pack_finish  (GAsyncResult              *result,
                                    ZonaEvidencePack          *out_pack,
                                    GError                   **error);

G_END_DECLS
