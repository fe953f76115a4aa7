/* zona-comparison-item.h — one row of a year-over-year table as a GObject, for list models
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "zona-compare.h"

G_BEGIN_DECLS

#define ZONA_TYPE_COMPARISON_ITEM (zona_comparison_item_get_type ())

G_DECLARE_FINAL_TYPE (ZonaComparisonItem, zona_comparison_item, ZONA, COMPARISON_ITEM, GObject)

ZonaComparisonItem   *zona_comparison_item_new      (ZonaComparison     *comparison);
const ZonaComparison *zona_comparison_item_get      (ZonaComparisonItem *self);
char                 *zona_comparison_item_category (ZonaComparisonItem *self);
int                   zona_comparison_item_compare  (ZonaComparisonItem *a,
                                                     ZonaComparisonItem *b,
                                                     const char         *column);

G_END_DECLS
