/* zona-window.h — the main window: regions on the side, a region's results beside them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_WINDOW (zona_window_get_type ())

G_DECLARE_FINAL_TYPE (ZonaWindow, zona_window, ZONA, WINDOW, AdwApplicationWindow)

ZonaWindow *zona_window_new           (GtkApplication *application,
                                       ZonaStore      *store);
ZonaStore  *zona_window_get_store     (ZonaWindow     *self);
void        zona_window_set_store     (ZonaWindow     *self,
                                       ZonaStore      *store);
const char *zona_window_get_region    (ZonaWindow     *self);
gboolean    zona_window_select_region (ZonaWindow     *self,
                                       const char     *code);
gboolean    zona_window_save_copy     (ZonaWindow     *self,
                                       const char     *path);
gboolean    zona_window_is_attaching  (ZonaWindow     *self);
gboolean    zona_window_export_evidence (ZonaWindow   *self,
                                       GFile          *folder);
gboolean    zona_window_is_exporting  (ZonaWindow     *self);

G_END_DECLS
