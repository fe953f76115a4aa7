/* zona-score.h — exact scores as integer hundredths
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * ZonaScore:
 *
 * A score or index kept exactly as an integer number of hundredths: 90,02 is 9002 and a PEKPPP
 * index of 4,61 is 461. Floating point never touches a score.
 */
typedef gint64 ZonaScore;

#define ZONA_SCORE_ERROR (zona_score_error_quark ())

typedef enum
{
  ZONA_SCORE_ERROR_EMPTY,
  ZONA_SCORE_ERROR_INVALID,
  ZONA_SCORE_ERROR_TOO_PRECISE,
  ZONA_SCORE_ERROR_OUT_OF_RANGE,
} ZonaScoreError;

GQuark    zona_score_error_quark    (void);
gboolean  zona_score_parse          (const char *text,
                                     ZonaScore   min,
                                     ZonaScore   max,
                                     ZonaScore  *out_score,
                                     GError    **error);
char     *zona_score_format         (ZonaScore   score);
char     *zona_score_format_point   (ZonaScore   score);
char     *zona_score_format_change  (ZonaScore   delta);
ZonaScore zona_score_div_round      (gint64      numerator,
                                     gint64      denominator);

G_END_DECLS
