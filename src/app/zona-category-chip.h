/* zona-category-chip.h — a category name on a pill in the category's colour
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ZONA_TYPE_CATEGORY_CHIP (zona_category_chip_get_type ())

G_DECLARE_FINAL_TYPE (ZonaCategoryChip, zona_category_chip, ZONA, CATEGORY_CHIP, GtkWidget)

GtkWidget  *zona_category_chip_new        (void);
const char *zona_category_chip_get_label  (ZonaCategoryChip *self);
void        zona_category_chip_set_label  (ZonaCategoryChip *self,
                                           const char       *label);
const char *zona_category_chip_get_colour (ZonaCategoryChip *self);
void        zona_category_chip_set_colour (ZonaCategoryChip *self,
                                           const char       *colour);
double      zona_category_chip_get_contrast
                                          (ZonaCategoryChip *self);

G_END_DECLS
