/* zona-region-item.h — one region as a GObject, for the sidebar's list model
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "zona-records.h"

G_BEGIN_DECLS

#define ZONA_TYPE_REGION_ITEM (zona_region_item_get_type ())

G_DECLARE_FINAL_TYPE (ZonaRegionItem, zona_region_item, ZONA, REGION_ITEM, GObject)

ZonaRegionItem   *zona_region_item_new           (ZonaRegion     *region,
                                                  gboolean        is_own);
const ZonaRegion *zona_region_item_get_region    (ZonaRegionItem *self);
const char       *zona_region_item_get_code      (ZonaRegionItem *self);
const char       *zona_region_item_get_name      (ZonaRegionItem *self);
gboolean          zona_region_item_get_is_own    (ZonaRegionItem *self);
void              zona_region_item_set_is_listed (ZonaRegionItem *self,
                                                  gboolean        is_listed);

G_END_DECLS
