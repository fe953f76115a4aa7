/* zona-history-row.h — one year of a unit's results in one scheme, as a row of its page
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-unit-history.h"

G_BEGIN_DECLS

#define ZONA_TYPE_HISTORY_ROW (zona_history_row_get_type ())

G_DECLARE_FINAL_TYPE (ZonaHistoryRow, zona_history_row, ZONA, HISTORY_ROW, AdwActionRow)

GtkWidget  *zona_history_row_new               (const ZonaHistoryScheme *scheme,
                                                const ZonaHistoryYear   *year);
const char *zona_history_row_get_scheme_id     (ZonaHistoryRow          *self);
int         zona_history_row_get_year          (ZonaHistoryRow          *self);
gint64      zona_history_row_get_unit_id       (ZonaHistoryRow          *self);
const char *zona_history_row_get_score_text    (ZonaHistoryRow          *self);
const char *zona_history_row_get_change_text   (ZonaHistoryRow          *self);
const char *zona_history_row_get_category_text (ZonaHistoryRow          *self);
const char *zona_history_row_get_detail_text   (ZonaHistoryRow          *self);

G_END_DECLS
