/* zona-overview.c — where a region and each of its units stand now
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-overview.h"

void
zona_latest_result_free (ZonaLatestResult *result)
{
  if (result == NULL)
    return;

  g_free (result->subject_name);
  g_free (result->short_name);
  g_free (result->unit_kind);
  g_free (result->scheme_id);
  g_free (result->scheme_name);
  g_free (result->category);
  g_free (result->category_name);
  g_free (result->label);
  g_free (result->zone);
  g_free (result->colour);
  g_free (result->no_category);
  g_free (result);
}

/* Takes the latest point with a score (or the latest point when none has one) and the
 * scored point before it. */
static ZonaLatestResult *
result_from_trend (const ZonaScheme *scheme,
                   GPtrArray        *points)
{
  const ZonaTrendPoint *latest = NULL;
  const ZonaTrendPoint *previous = NULL;
  ZonaLatestResult *result;
  guint index = points->len;

  if (points->len == 0)
    return NULL;

  /* The latest scored year, or the latest year at all when none has a score yet. */
  while (index > 0 && !((ZonaTrendPoint *) g_ptr_array_index (points, index - 1))->has_score)
    index--;
  if (index == 0)
    index = points->len;
  latest = g_ptr_array_index (points, index - 1);

  for (guint i = index - 1; i > 0 && previous == NULL; i--)
    {
      const ZonaTrendPoint *point = g_ptr_array_index (points, i - 1);

      if (point->has_score)
        previous = point;
    }

  result = g_new0 (ZonaLatestResult, 1);
  result->scheme_id = g_strdup (scheme->id);
  result->scheme_name = g_strdup (scheme->short_name);
  result->year = latest->year;
  result->has_score = latest->has_score;
  result->score = latest->score;
  result->from_units = latest->from_units;
  result->n_units = latest->n_units;
  result->category_rank = -1;
  result->has_delta = latest->has_delta;
  result->delta = latest->delta;
  result->previous_year = previous != NULL ? previous->year : 0;

  if (latest->has_score)
    {
      g_autofree char *reason = NULL;
      const ZonaBand *band = zona_scheme_classify (scheme, latest->year, latest->score, &reason);

      if (band != NULL)
        {
          const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, latest->year);
          guint position;

          if (g_ptr_array_find (version->bands, band, &position))
            result->category_rank = position;
          result->category = g_strdup (band->code);
          result->category_name = g_strdup (band->name);
          result->label = g_strdup (band->label);
          result->zone = g_strdup (band->zone);
          result->colour = g_strdup (band->colour);
        }
      else
        result->no_category = g_steal_pointer (&reason);
    }

  return result;
}

/* The units of the region ranked in one scheme and year, fetched once per pair. */
static GPtrArray *
get_ranking (ZonaStore    *store,
             GHashTable   *rankings,
             const char   *region_code,
             const char   *scheme_id,
             int           year,
             GError      **error)
{
  g_autofree char *key = g_strdup_printf ("%s\n%d", scheme_id, year);
  GPtrArray *ranking = g_hash_table_lookup (rankings, key);

  if (ranking != NULL)
    return ranking;

  ranking = zona_store_rank_units (store, region_code, scheme_id, year, error);
  if (ranking != NULL)
    g_hash_table_insert (rankings, g_steal_pointer (&key), ranking);

  return ranking;
}

/* Gives each scored unit result its place among the region's units assessed in the same
 * scheme and year, as zona_store_rank_units() ranks them. The rank is looked up by score, not
 * by unit: equal scores share a rank, so the score decides it alone, and a unit whose latest
 * score was recorded under an earlier name (a row of its predecessor) finds its place too. */
static gboolean
rank_results (ZonaStore    *store,
              const char   *region_code,
              GPtrArray    *results,
              GError      **error)
{
  g_autoptr(GHashTable) rankings = NULL;

  rankings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                    (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < results->len; i++)
    {
      ZonaLatestResult *result = g_ptr_array_index (results, i);
      GPtrArray *ranking;

      if (result->unit_id == 0 || !result->has_score)
        continue;

      ranking = get_ranking (store, rankings, region_code, result->scheme_id, result->year,
                             error);
      if (ranking == NULL)
        return FALSE;

      for (guint j = 0; j < ranking->len; j++)
        {
          const ZonaRanking *entry = g_ptr_array_index (ranking, j);

          if (entry->score == result->score)
            {
              result->rank = entry->rank;
              result->n_ranked = ranking->len;
              break;
            }
        }
    }

  return TRUE;
}

/**
 * zona_overview_latest:
 * @store: a store
 * @region_code: a region
 * @error: a database error
 *
 * For the region itself and each of its current units, and for each scheme they have results
 * in, the latest result classified by the rules of its year, with the change from the previous
 * scored year. A unit's history includes the years before a rename. A current unit without
 * any result yet has one entry of its own, with no scheme (@scheme_id %NULL), no score and
 * year 0. A unit's scored result carries its rank among the region's units assessed in the
 * same scheme and year (see zona_store_rank_units()). This is what the window's overview
 * shows, computed here so that widgets hold no scoring rule.
 *
 * Returns: (transfer full) (element-type ZonaLatestResult): the region's results first, then
 *   each unit's, by unit name and scheme id
 */
GPtrArray *
zona_overview_latest (ZonaStore   *store,
                      const char  *region_code,
                      GError     **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_latest_result_free);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  GPtrArray *schemes;

  region = zona_store_get_region (store, region_code, error);
  if (region == NULL)
    return NULL;

  units = zona_store_list_units (store, region_code, 0, error);
  if (units == NULL)
    return NULL;

  schemes = zona_store_get_schemes (store);

  /* The unit index -1 stands for the region itself. */
  for (int u = -1; u < (int) units->len; u++)
    {
      const ZonaUnit *unit = u >= 0 ? g_ptr_array_index (units, u) : NULL;
      guint n_before = results->len;

      for (guint s = 0; s < schemes->len; s++)
        {
          const ZonaScheme *scheme = g_ptr_array_index (schemes, s);
          g_autoptr(GPtrArray) points = NULL;
          ZonaLatestResult *result;

          points = zona_store_trend (store, region_code, unit ? unit->id : 0, scheme->id, error);
          if (points == NULL)
            return NULL;

          result = result_from_trend (scheme, points);
          if (result == NULL)
            continue;

          result->unit_id = unit ? unit->id : 0;
          result->subject_name = g_strdup (unit ? unit->name : region->name);
          result->short_name = unit ? g_strdup (unit->short_name) : NULL;
          result->unit_kind = unit ? g_strdup (unit->kind) : NULL;
          g_ptr_array_add (results, result);
        }

      /* A unit recorded before its first result still belongs in the region's list, or the
       * user could not find it to enter that result. */
      if (unit != NULL && results->len == n_before)
        {
          ZonaLatestResult *result = g_new0 (ZonaLatestResult, 1);

          result->unit_id = unit->id;
          result->subject_name = g_strdup (unit->name);
          result->short_name = g_strdup (unit->short_name);
          result->unit_kind = g_strdup (unit->kind);
          result->category_rank = -1;
          g_ptr_array_add (results, result);
        }
    }

  if (!rank_results (store, region_code, results, error))
    return NULL;

  return g_steal_pointer (&results);
}
