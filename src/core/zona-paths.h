/* zona-paths.h — where Zona finds its data and its database
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *zona_get_data_dir              (void);
const char *zona_get_locale_dir            (void);
char       *zona_get_default_database_path (void);

G_END_DECLS
