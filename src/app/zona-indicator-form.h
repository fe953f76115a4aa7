/* zona-indicator-form.h — one score per indicator, grouped by dimension, with the total core
 * computes from them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_INDICATOR_FORM (zona_indicator_form_get_type ())

G_DECLARE_FINAL_TYPE (ZonaIndicatorForm, zona_indicator_form, ZONA, INDICATOR_FORM, GtkWidget)

GtkWidget  *zona_indicator_form_new             (void);
void        zona_indicator_form_set_version     (ZonaIndicatorForm *self,
                                                 ZonaStore         *store,
                                                 const char        *scheme_id,
                                                 int                year);
gboolean    zona_indicator_form_has_indicators  (ZonaIndicatorForm *self);
void        zona_indicator_form_set_values      (ZonaIndicatorForm *self,
                                                 GHashTable        *values);
GHashTable *zona_indicator_form_get_values      (ZonaIndicatorForm *self);
gboolean    zona_indicator_form_get_total       (ZonaIndicatorForm *self,
                                                 ZonaScore         *out_total);
guint       zona_indicator_form_get_n_indicators
                                                (ZonaIndicatorForm *self);
guint       zona_indicator_form_get_n_scored    (ZonaIndicatorForm *self);
guint       zona_indicator_form_get_n_invalid   (ZonaIndicatorForm *self);
const char *zona_indicator_form_get_message     (ZonaIndicatorForm *self);
GtkWidget  *zona_indicator_form_get_field       (ZonaIndicatorForm *self,
                                                 const char        *code);
gboolean    zona_indicator_form_focus_first_problem
                                                (ZonaIndicatorForm *self);

G_END_DECLS
