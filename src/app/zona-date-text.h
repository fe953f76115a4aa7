/* zona-date-text.h — dates as the window shows them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *zona_date_text        (const char *iso_date);
char     *zona_date_today       (void);
char     *zona_date_from_gdate  (GDateTime  *date);

G_END_DECLS
