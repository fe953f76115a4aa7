/* zona-application.h — the application: one instance, one database, its window
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ZONA_TYPE_APPLICATION (zona_application_get_type ())

G_DECLARE_FINAL_TYPE (ZonaApplication, zona_application, ZONA, APPLICATION, AdwApplication)

ZonaApplication *zona_application_new              (void);
gboolean         zona_application_open_database    (ZonaApplication *self,
                                                    const char      *path);
gboolean         zona_application_create_database  (ZonaApplication *self,
                                                    const char      *path);

G_END_DECLS
