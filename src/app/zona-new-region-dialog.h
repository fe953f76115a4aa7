/* zona-new-region-dialog.h — recording a region that the official list lacks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_NEW_REGION_DIALOG (zona_new_region_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZonaNewRegionDialog, zona_new_region_dialog, ZONA, NEW_REGION_DIALOG,
                      AdwWindow)

ZonaNewRegionDialog *zona_new_region_dialog_new (GtkWindow *parent,
                                                 ZonaStore *store);

G_END_DECLS
