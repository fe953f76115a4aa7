/* zona-assessment-dialog.h — adding or correcting one result of a region or one of its units
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-store.h"

G_BEGIN_DECLS

#define ZONA_TYPE_ASSESSMENT_DIALOG (zona_assessment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZonaAssessmentDialog, zona_assessment_dialog, ZONA, ASSESSMENT_DIALOG,
                      AdwWindow)

ZonaAssessmentDialog *zona_assessment_dialog_new         (GtkWindow            *parent,
                                                          ZonaStore            *store,
                                                          const char           *region_code,
                                                          const ZonaAssessment *existing,
                                                          GError              **error);
void                  zona_assessment_dialog_set_subject (ZonaAssessmentDialog *self,
                                                          gint64                unit_id);
void                  zona_assessment_dialog_set_scheme  (ZonaAssessmentDialog *self,
                                                          const char           *scheme_id);
void                  zona_assessment_dialog_set_year    (ZonaAssessmentDialog *self,
                                                          int                   year);
gboolean              zona_assessment_dialog_get_valid   (ZonaAssessmentDialog *self);
const char           *zona_assessment_dialog_get_category_text
                                                         (ZonaAssessmentDialog *self);
const ZonaAssessment *zona_assessment_dialog_get_existing
                                                         (ZonaAssessmentDialog *self);

G_END_DECLS
