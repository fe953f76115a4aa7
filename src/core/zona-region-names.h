/* zona-region-names.h — matching region names as people write them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *zona_region_name_key (const char *name);

G_END_DECLS
