/* zona-scheme.c — assessment schemes: freeing, looking up versions, classifying
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-scheme-private.h"

G_DEFINE_QUARK (zona-scheme-error-quark, zona_scheme_error)

void
zona_scheme_band_free (gpointer data)
{
  ZonaBand *band = data;

  g_free (band->code);
  g_free (band->name);
  g_free (band->label);
  g_free (band->opini);
  g_free (band->zone);
  g_free (band->colour);
  g_free (band);
}

void
zona_scheme_requirement_free (gpointer data)
{
  ZonaRequirement *requirement = data;

  g_free (requirement->code);
  g_free (requirement->title);
  g_free (requirement->guidance);
  g_free (requirement);
}

void
zona_scheme_indicator_free (gpointer data)
{
  ZonaIndicator *indicator = data;

  g_free (indicator->code);
  g_free (indicator->name);
  g_free (indicator->description);
  g_clear_pointer (&indicator->requirements, g_ptr_array_unref);
  g_free (indicator);
}

void
zona_scheme_dimension_free (gpointer data)
{
  ZonaDimension *dimension = data;

  g_free (dimension->code);
  g_free (dimension->name);
  g_free (dimension->description);
  g_clear_pointer (&dimension->indicators, g_ptr_array_unref);
  g_free (dimension);
}

void
zona_scheme_version_free (gpointer data)
{
  ZonaSchemeVersion *version = data;

  g_free (version->id);
  g_free (version->name);
  g_free (version->basis);
  g_free (version->bands_unknown);
  g_clear_pointer (&version->bands, g_ptr_array_unref);
  g_clear_pointer (&version->dimensions, g_ptr_array_unref);
  g_free (version);
}

void
zona_scheme_gap_clear (gpointer data)
{
  ZonaSchemeGap *gap = data;

  g_free (gap->reason);
}

/**
 * zona_scheme_free:
 * @scheme: (transfer full) (nullable): a scheme
 *
 * Frees a scheme and everything it holds.
 */
void
zona_scheme_free (ZonaScheme *scheme)
{
  if (scheme == NULL)
    return;

  g_free (scheme->id);
  g_free (scheme->name);
  g_free (scheme->short_name);
  g_free (scheme->owner);
  g_free (scheme->source);
  g_clear_pointer (&scheme->not_held, g_array_unref);
  g_clear_pointer (&scheme->versions, g_ptr_array_unref);
  g_free (scheme);
}

/**
 * zona_scheme_list_find:
 * @schemes: (element-type ZonaScheme): schemes
 * @id: a scheme id such as "ombudsman"
 *
 * Returns: (transfer none) (nullable): the scheme with that id
 */
const ZonaScheme *
zona_scheme_list_find (GPtrArray  *schemes,
                       const char *id)
{
  for (guint i = 0; i < schemes->len; i++)
    {
      const ZonaScheme *scheme = g_ptr_array_index (schemes, i);

      if (g_strcmp0 (scheme->id, id) == 0)
        return scheme;
    }

  return NULL;
}

/**
 * zona_scheme_version_for_year:
 * @scheme: a scheme
 * @year: an assessment year
 *
 * Finds the methodology in force in @year: a score is always judged by the rules of its own
 * year, never re-labelled with a later version's bands.
 *
 * Returns: (transfer none) (nullable): the version, or %NULL when none covers @year
 */
const ZonaSchemeVersion *
zona_scheme_version_for_year (const ZonaScheme *scheme,
                              int               year)
{
  for (guint i = 0; i < scheme->versions->len; i++)
    {
      const ZonaSchemeVersion *version = g_ptr_array_index (scheme->versions, i);

      if (year >= version->year_from && (version->year_to == 0 || year <= version->year_to))
        return version;
    }

  return NULL;
}

/**
 * zona_scheme_not_held_reason:
 * @scheme: a scheme
 * @year: a year
 *
 * Returns: (transfer none) (nullable): why the assessment was not held in @year, or %NULL
 */
const char *
zona_scheme_not_held_reason (const ZonaScheme *scheme,
                             int               year)
{
  for (guint i = 0; i < scheme->not_held->len; i++)
    {
      const ZonaSchemeGap *gap = &g_array_index (scheme->not_held, ZonaSchemeGap, i);

      if (gap->year == year)
        return gap->reason;
    }

  return NULL;
}

/**
 * zona_scheme_latest_year:
 * @scheme: a scheme
 * @year: the latest year to consider, usually the current one
 *
 * Finds the latest year, up to @year, in which @scheme was held under one of its versions:
 * the year a new result most likely belongs to. A year still under way counts, since a round
 * is entered while it runs; a year the scheme records as not held does not.
 *
 * Returns: the year, or 0 when no version covers any year up to @year
 */
int
zona_scheme_latest_year (const ZonaScheme *scheme,
                         int               year)
{
  g_return_val_if_fail (scheme != NULL, 0);

  /* Versions are in ascending order and do not overlap, so the first year found walking back
   * from the newest one is the latest. */
  for (guint i = scheme->versions->len; i > 0; i--)
    {
      const ZonaSchemeVersion *version = g_ptr_array_index (scheme->versions, i - 1);
      int last = version->year_to == 0 ? year : MIN (version->year_to, year);

      for (int candidate = last; candidate >= version->year_from; candidate--)
        if (zona_scheme_not_held_reason (scheme, candidate) == NULL)
          return candidate;
    }

  return 0;
}

/**
 * zona_scheme_version_find_indicator:
 * @version: a scheme version
 * @code: an indicator code
 * @out_dimension: (out) (optional): the dimension holding it
 *
 * Returns: (transfer none) (nullable): the indicator with @code
 */
const ZonaIndicator *
zona_scheme_version_find_indicator (const ZonaSchemeVersion  *version,
                                    const char               *code,
                                    const ZonaDimension     **out_dimension)
{
  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);

          if (g_strcmp0 (indicator->code, code) == 0)
            {
              if (out_dimension != NULL)
                *out_dimension = dimension;
              return indicator;
            }
        }
    }

  return NULL;
}

/**
 * zona_scheme_version_n_indicators:
 * @version: a scheme version
 *
 * Returns: how many indicators all dimensions of @version hold
 */
guint
zona_scheme_version_n_indicators (const ZonaSchemeVersion *version)
{
  guint n = 0;

  for (guint d = 0; d < version->dimensions->len; d++)
    n += ((ZonaDimension *) g_ptr_array_index (version->dimensions, d))->indicators->len;

  return n;
}

/**
 * zona_scheme_classify:
 * @scheme: a scheme
 * @year: the assessment year; it selects the methodology version
 * @score: the score in hundredths
 * @out_reason: (out) (optional) (transfer full): why there is no category, when there is none
 *
 * Classifies a score with the bands of its own year. A year without a known band table, a
 * year the assessment was not held, a scheme that gives awards rather than scores, or a score
 * outside the scale all give no category and say why: Zona never guesses a category.
 *
 * Returns: (transfer none) (nullable): the band, or %NULL
 */
const ZonaBand *
zona_scheme_classify (const ZonaScheme *scheme,
                      int               year,
                      ZonaScore         score,
                      char            **out_reason)
{
  const ZonaSchemeVersion *version;
  const char *not_held;
  char *reason = NULL;

  if (scheme->result == ZONA_SCHEME_RESULT_AWARD)
    reason = g_strdup_printf (_("%s gives a rank or an award, not a scored category"),
                              scheme->short_name);
  else if ((not_held = zona_scheme_not_held_reason (scheme, year)) != NULL)
    reason = g_strdup_printf (_("There was no %s assessment in %d: %s"),
                              scheme->short_name, year, not_held);
  else if ((version = zona_scheme_version_for_year (scheme, year)) == NULL)
    reason = g_strdup_printf (_("No version of %s covers the year %d"), scheme->short_name, year);
  else if (version->bands->len == 0)
    reason = g_strdup_printf (_("The categories of %s for %d are not known: %s"),
                              scheme->short_name, year, version->bands_unknown);
  else if (score < scheme->scale_min || score > scheme->scale_max)
    {
      g_autofree char *text = zona_score_format (score);
      g_autofree char *max = zona_score_format (scheme->scale_max);

      g_autofree char *min = zona_score_format (scheme->scale_min);

      reason = g_strdup_printf (_("%s lies outside the scale of %s (%s to %s)"),
                                text, scheme->short_name, min, max);
    }
  else
    {
      for (guint i = 0; i < version->bands->len; i++)
        {
          const ZonaBand *band = g_ptr_array_index (version->bands, i);

          if (score >= band->min && score <= band->max)
            return band;
        }

      /* Unreachable for a loaded scheme: the loader proved that the bands tile the scale. */
      reason = g_strdup (_("No band holds this score"));
    }

  if (out_reason != NULL)
    *out_reason = reason;
  else
    g_free (reason);

  return NULL;
}
