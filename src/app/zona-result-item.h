/* zona-result-item.h — one latest result as a GObject, for list models
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "zona-overview.h"

G_BEGIN_DECLS

#define ZONA_TYPE_RESULT_ITEM (zona_result_item_get_type ())

G_DECLARE_FINAL_TYPE (ZonaResultItem, zona_result_item, ZONA, RESULT_ITEM, GObject)

ZonaResultItem         *zona_result_item_new                 (ZonaLatestResult *result);
const ZonaLatestResult *zona_result_item_get_result          (ZonaResultItem   *self);
const char             *zona_result_item_get_subject_name    (ZonaResultItem   *self);
const char             *zona_result_item_get_short_name      (ZonaResultItem   *self);
const char             *zona_result_item_get_scheme_name     (ZonaResultItem   *self);
int                     zona_result_item_get_year            (ZonaResultItem   *self);
const char             *zona_result_item_get_year_text       (ZonaResultItem   *self);
gint64                  zona_result_item_get_score           (ZonaResultItem   *self);
const char             *zona_result_item_get_score_text      (ZonaResultItem   *self);
guint                   zona_result_item_get_rank            (ZonaResultItem   *self);
const char             *zona_result_item_get_rank_text       (ZonaResultItem   *self);
const char             *zona_result_item_get_rank_detail     (ZonaResultItem   *self);
const char             *zona_result_item_get_category_name   (ZonaResultItem   *self);
const char             *zona_result_item_get_category_label  (ZonaResultItem   *self);
const char             *zona_result_item_get_category_text   (ZonaResultItem   *self);
const char             *zona_result_item_get_category_detail (ZonaResultItem   *self);
const char             *zona_result_item_get_colour          (ZonaResultItem   *self);
gint64                  zona_result_item_get_delta           (ZonaResultItem   *self);
const char             *zona_result_item_get_delta_text      (ZonaResultItem   *self);
guint                   zona_result_item_get_n_units         (ZonaResultItem   *self);

G_END_DECLS
