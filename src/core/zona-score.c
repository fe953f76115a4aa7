/* zona-score.c — exact scores as integer hundredths
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-score.h"

G_DEFINE_QUARK (zona-score-error-quark, zona_score_error)

/* Scores never need more than this many integer digits; the limit keeps the arithmetic far
 * away from overflow whatever the input. */
#define MAX_INTEGER_DIGITS 9

/**
 * zona_score_parse:
 * @text: what the user typed or a file held, e.g. "90,02", "90.02", " 90,0 " or "90"
 * @min: the lowest allowed value, in hundredths
 * @max: the highest allowed value, in hundredths
 * @out_score: (out): the value in hundredths
 * @error: a #ZONA_SCORE_ERROR naming the value and the reason
 *
 * Parses a score written with a decimal comma or a decimal point and at most two decimals.
 * Surrounding white space is ignored. Digits beyond the second decimal are accepted only when
 * they are zeros, since they change nothing; any other third decimal is refused rather than
 * rounded, because a published score has two decimals and a third one means a typing error.
 *
 * Returns: %TRUE when @text holds a valid score between @min and @max
 */
gboolean
zona_score_parse (const char *text,
                  ZonaScore   min,
                  ZonaScore   max,
                  ZonaScore  *out_score,
                  GError    **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  const char *p;
  gint64 integer_part = 0;
  gint64 hundredths = 0;
  guint n_integer_digits = 0;
  guint n_decimals = 0;
  ZonaScore value;

  g_return_val_if_fail (out_score != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_INVALID,
                           _("The score is not readable text"));
      return FALSE;
    }

  trimmed = g_strstrip (g_strdup (text));

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_EMPTY,
                           _("The score is empty"));
      return FALSE;
    }

  p = trimmed;

  if (*p == '-')
    {
      g_set_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_OUT_OF_RANGE,
                   _("“%s” is not a valid score: it is negative"), trimmed);
      return FALSE;
    }

  if (*p == '+')
    p++;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (++n_integer_digits > MAX_INTEGER_DIGITS)
        {
          g_set_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_OUT_OF_RANGE,
                       _("“%s” is not a valid score: the number is far too large"), trimmed);
          return FALSE;
        }
      integer_part = integer_part * 10 + (*p - '0');
    }

  if (n_integer_digits == 0)
    {
      g_set_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_INVALID,
                   _("“%s” is not a valid score: it must start with a digit"), trimmed);
      return FALSE;
    }

  if (*p == ',' || *p == '.')
    {
      p++;

      for (; g_ascii_isdigit (*p); p++)
        {
          n_decimals++;
          if (n_decimals <= 2)
            hundredths = hundredths * 10 + (*p - '0');
          else if (*p != '0')
            {
              g_set_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_TOO_PRECISE,
                           _("“%s” is not a valid score: it has more than two decimals"),
                           trimmed);
              return FALSE;
            }
        }

      if (n_decimals == 0)
        {
          g_set_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_INVALID,
                       _("“%s” is not a valid score: a digit must follow the decimal separator"),
                       trimmed);
          return FALSE;
        }

      if (n_decimals == 1)
        hundredths *= 10;
    }

  if (*p != '\0')
    {
      g_set_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_INVALID,
                   _("“%s” is not a valid score: only digits and one decimal comma are allowed"),
                   trimmed);
      return FALSE;
    }

  value = integer_part * 100 + hundredths;

  if (value < min || value > max)
    {
      min_text = zona_score_format (min);
      max_text = zona_score_format (max);
      g_set_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_OUT_OF_RANGE,
                   _("“%s” is not a valid score: it must lie between %s and %s"),
                   trimmed, min_text, max_text);
      return FALSE;
    }

  *out_score = value;

  return TRUE;
}

static char *
format_with (ZonaScore score,
             char      separator)
{
  guint64 magnitude = score < 0 ? (guint64) -(score + 1) + 1 : (guint64) score;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT "%c%02u",
                          score < 0 ? "-" : "",
                          magnitude / 100, separator, (guint) (magnitude % 100));
}

/**
 * zona_score_format:
 * @score: a score in hundredths
 *
 * Formats a score the way Indonesian documents write it: a decimal comma and always two
 * decimals, "90,02", "4,61", "100,00".
 *
 * Returns: (transfer full): the text
 */
char *
zona_score_format (ZonaScore score)
{
  return format_with (score, ',');
}

/**
 * zona_score_format_point:
 * @score: a score in hundredths
 *
 * Formats a score with a decimal point, "90.02", for machine-readable output.
 *
 * Returns: (transfer full): the text
 */
char *
zona_score_format_point (ZonaScore score)
{
  return format_with (score, '.');
}

/**
 * zona_score_format_change:
 * @delta: a change in hundredths
 *
 * Formats a change from one year to the next with its direction always written: "+29,67",
 * "-1,50", and "±0,00" for no change, so that the direction reads without colour.
 *
 * Returns: (transfer full): the text
 */
char *
zona_score_format_change (ZonaScore delta)
{
  g_autofree char *magnitude = zona_score_format (delta < 0 ? -delta : delta);

  return g_strconcat (delta > 0 ? "+" : delta < 0 ? "-" : "±", magnitude, NULL);
}

/**
 * zona_score_div_round:
 * @numerator: a value
 * @denominator: a positive divisor
 *
 * Divides two integers and rounds the result half away from zero, the rounding official
 * recapitulations use ("93,585" becomes "93,59").
 *
 * Returns: the rounded quotient
 */
ZonaScore
zona_score_div_round (gint64 numerator,
                      gint64 denominator)
{
  g_return_val_if_fail (denominator > 0, 0);

  if (numerator >= 0)
    return (numerator + denominator / 2) / denominator;
  else
    return -((-numerator + denominator / 2) / denominator);
}
