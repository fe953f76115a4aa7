/* zona-attach-task.h — attaching a file to an evidence item off the main thread
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void      zona_attach_file_async   (const char           *database_path,
                                    gint64                item_id,
                                    GFile                *file,
                                    gint64                limit,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gint64    zona_attach_file_finish  (GAsyncResult         *result,
                                    GError              **error);

G_END_DECLS
