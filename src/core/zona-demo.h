/* zona-demo.h — the demo database of public figures
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-store.h"

G_BEGIN_DECLS

gboolean   zona_demo_populate (ZonaStore   *store,
                               GError     **error);
ZonaStore *zona_demo_create   (const char  *path,
                               GError     **error);

G_END_DECLS
