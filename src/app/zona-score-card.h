/* zona-score-card.h — one subject's latest result in one scheme, as a card
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "zona-result-item.h"

G_BEGIN_DECLS

#define ZONA_TYPE_SCORE_CARD (zona_score_card_get_type ())

G_DECLARE_FINAL_TYPE (ZonaScoreCard, zona_score_card, ZONA, SCORE_CARD, GtkWidget)

GtkWidget      *zona_score_card_new      (ZonaResultItem *item);
ZonaResultItem *zona_score_card_get_item (ZonaScoreCard  *self);
void            zona_score_card_set_item (ZonaScoreCard  *self,
                                          ZonaResultItem *item);
void            zona_score_card_set_rank (ZonaScoreCard  *self,
                                          int             rank,
                                          int             rank_of);
GMenuModel     *zona_score_card_get_menu_model
                                         (ZonaScoreCard  *self);
void            zona_score_card_set_menu_model
                                         (ZonaScoreCard  *self,
                                          GMenuModel     *menu_model);

G_END_DECLS
