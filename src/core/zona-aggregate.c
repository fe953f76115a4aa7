/* zona-aggregate.c — weighted totals, regional means and ranks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-aggregate.h"

G_DEFINE_QUARK (zona-aggregate-error-quark, zona_aggregate_error)

/**
 * zona_score_table_new:
 *
 * A table from indicator or dimension code to a score in hundredths.
 *
 * Returns: (transfer full): an empty table
 */
GHashTable *
zona_score_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
zona_score_table_set (GHashTable *table,
                      const char *code,
                      ZonaScore   value)
{
  g_hash_table_insert (table, g_strdup (code), g_memdup2 (&value, sizeof value));
}

gboolean
zona_score_table_get (GHashTable *table,
                      const char *code,
                      ZonaScore  *out_value)
{
  ZonaScore *value = g_hash_table_lookup (table, code);

  if (value == NULL)
    return FALSE;

  *out_value = *value;

  return TRUE;
}

static gboolean
check_codes (const ZonaSchemeVersion  *version,
             GHashTable               *values,
             const ZonaScheme         *scheme,
             GError                  **error)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean known = zona_scheme_version_find_indicator (version, key, NULL) != NULL;
      ZonaScore score = *(ZonaScore *) value;

      for (guint d = 0; !known && d < version->dimensions->len; d++)
        known = g_str_equal (((ZonaDimension *) g_ptr_array_index (version->dimensions, d))->code,
                             key);

      if (known && zona_scheme_version_find_indicator (version, key, NULL) == NULL)
        {
          const ZonaDimension *dimension = NULL;

          for (guint d = 0; d < version->dimensions->len; d++)
            if (g_str_equal (((ZonaDimension *) g_ptr_array_index (version->dimensions, d))->code, key))
              dimension = g_ptr_array_index (version->dimensions, d);

          /* A dimension's own score and its indicators' scores would contradict each other. */
          for (guint i = 0; dimension != NULL && i < dimension->indicators->len; i++)
            if (g_hash_table_contains (values,
                                       ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->code))
              {
                g_set_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_CONFLICT,
                             _("“%s” has a score of its own and scores for its indicators: "
                               "give one or the other"), (const char *) key);
                return FALSE;
              }
        }

      if (!known)
        {
          g_set_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_UNKNOWN_CODE,
                       _("“%s” is neither a dimension nor an indicator of %s"),
                       (const char *) key, version->name);
          return FALSE;
        }

      if (score < scheme->scale_min || score > scheme->scale_max)
        {
          g_autofree char *text = zona_score_format (score);
          g_autofree char *max = zona_score_format (scheme->scale_max);

          g_set_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_OUT_OF_RANGE,
                       _("The score %s of “%s” lies outside the scale (up to %s)"),
                       text, (const char *) key, max);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * zona_aggregate_total:
 * @scheme: the scheme
 * @version: the version in force for the assessment's year
 * @values: code -> score (see zona_score_table_new()): indicator scores, or a dimension's score
 *   given directly, which then takes the place of its indicators
 * @out_total: (out): the total in hundredths
 * @out_dimensions: (nullable): a score table that receives each dimension's score
 * @error: which score is missing or wrong
 *
 * Computes a total the way the recapitulation sheets do: each dimension's score is the
 * weighted mean of its indicators, rounded to hundredths; the total is the weighted sum of the
 * rounded dimension scores with the dimension weights in percent (Ombudsman era III: Input
 * 21,85, Proses 32,37, Output 24,24, Pengaduan 21,54), rounded half away from zero. All in
 * integers: no floating point touches a score.
 *
 * Returns: %TRUE when every dimension has a score
 */
gboolean
zona_aggregate_total (const ZonaScheme         *scheme,
                      const ZonaSchemeVersion  *version,
                      GHashTable               *values,
                      ZonaScore                *out_total,
                      GHashTable               *out_dimensions,
                      GError                  **error)
{
  gint64 weighted_sum = 0;
  gint64 weight_sum = 0;

  g_return_val_if_fail (scheme != NULL && version != NULL && values != NULL, FALSE);
  g_return_val_if_fail (out_total != NULL, FALSE);

  if (version->dimensions->len == 0)
    {
      g_set_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_NO_STRUCTURE,
                   _("%s has no dimensions to compute a total from: enter the total directly"),
                   version->name);
      return FALSE;
    }

  if (!check_codes (version, values, scheme, error))
    return FALSE;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);
      ZonaScore dimension_score;

      if (!zona_score_table_get (values, dimension->code, &dimension_score))
        {
          gint64 indicator_sum = 0;
          gint64 indicator_weights = 0;

          if (dimension->indicators->len == 0)
            {
              g_set_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_MISSING,
                           _("The dimension “%s” has no score"), dimension->name);
              return FALSE;
            }

          for (guint i = 0; i < dimension->indicators->len; i++)
            {
              const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);
              ZonaScore value;

              if (!zona_score_table_get (values, indicator->code, &value))
                {
                  g_set_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_MISSING,
                               _("The indicator %s “%s” has no score"),
                               indicator->code, indicator->name);
                  return FALSE;
                }

              indicator_sum += indicator->weight * value;
              indicator_weights += indicator->weight;
            }

          dimension_score = zona_score_div_round (indicator_sum, indicator_weights);
        }

      if (out_dimensions != NULL)
        zona_score_table_set (out_dimensions, dimension->code, dimension_score);

      weighted_sum += dimension->weight * dimension_score;
      weight_sum += dimension->weight;
    }

  *out_total = zona_score_div_round (weighted_sum, weight_sum);

  return TRUE;
}

/**
 * zona_aggregate_mean:
 * @scores: (array length=n_scores): scores in hundredths
 * @n_scores: how many, at least one
 *
 * The plain mean rounded half away from zero to hundredths: the Ombudsman's rule for a
 * region's score from its units (Kota Madiun 2023: 92,03 89,72 93,12 93,53 95,20 95,35 96,20
 * gives 93,59).
 *
 * Returns: the mean
 */
ZonaScore
zona_aggregate_mean (const ZonaScore *scores,
                     guint            n_scores)
{
  gint64 sum = 0;

  g_return_val_if_fail (n_scores > 0, 0);

  for (guint i = 0; i < n_scores; i++)
    sum += scores[i];

  return zona_score_div_round (sum, n_scores);
}

/**
 * zona_aggregate_rank:
 * @scores: (array length=n_scores): scores, higher is better
 * @n_scores: how many
 * @out_ranks: (array length=n_scores): receives each score's rank
 *
 * Ranks the way league tables do ("1224"): equal scores share a rank and the next rank skips
 * as many places as shared it.
 */
void
zona_aggregate_rank (const ZonaScore *scores,
                     guint            n_scores,
                     guint           *out_ranks)
{
  /* Counting, for each score, how many scores beat it: simple and exact for the few hundred
   * entries a ranking has. */
  for (guint i = 0; i < n_scores; i++)
    {
      guint better = 0;

      for (guint j = 0; j < n_scores; j++)
        if (scores[j] > scores[i])
          better++;

      out_ranks[i] = better + 1;
    }
}
