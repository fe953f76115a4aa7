/* zona-store-reports.c — trends, region scores and ranks read from the store
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-aggregate.h"
#include "zona-store-private.h"

/* Fills in each point's change from the previous year that has a score. */
static void
compute_deltas (GPtrArray *points)
{
  ZonaTrendPoint *previous = NULL;

  for (guint i = 0; i < points->len; i++)
    {
      ZonaTrendPoint *point = g_ptr_array_index (points, i);

      if (!point->has_score)
        continue;

      if (previous != NULL)
        {
          point->has_delta = TRUE;
          point->delta = point->score - previous->score;
        }
      previous = point;
    }
}

static GPtrArray *
unit_trend (ZonaStore   *self,
            gint64       unit_id,
            gint64       scheme_row,
            GError     **error)
{
  /* The unit and, through renames and the primary line of merges, the units it continues. */
  static const char sql[] =
    "WITH RECURSIVE chain (id, depth) AS ("
    "  SELECT ?1, 0"
    "  UNION SELECT l.predecessor_id, c.depth + 1 FROM unit_lineage l"
    "    JOIN chain c ON l.successor_id = c.id WHERE l.is_primary AND c.depth < 64"
    ") "
    "SELECT a.year, a.score, u.name FROM chain c "
    "JOIN assessment a ON a.unit_id = c.id AND a.scheme_id = ?2 "
    "JOIN unit u ON u.id = c.id "
    "ORDER BY a.year";
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_trend_point_free);
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int64 (stmt, 2, scheme_row);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZonaTrendPoint *point = g_new0 (ZonaTrendPoint, 1);

      point->year = sqlite3_column_int (stmt, 0);
      point->has_score = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
      point->score = sqlite3_column_int64 (stmt, 1);
      point->subject_name = zona_store_column_text (stmt, 2);
      g_ptr_array_add (points, point);
    }
  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  compute_deltas (points);

  return g_steal_pointer (&points);
}

/**
 * zona_store_region_scores:
 * @self: a store
 * @region_code: a region
 * @scheme_id: a scheme
 * @error: a database error
 *
 * A region's score per year. Where the score was published it wins; where it was not and the
 * methodology of that year derives it from the units (Ombudsman era III), it is the mean of
 * the unit scores. Both are returned, so that a published value that differs from the units'
 * mean can be shown.
 *
 * Returns: (transfer full) (element-type ZonaRegionScore): one entry per year with any score
 */
GPtrArray *
zona_store_region_scores (ZonaStore   *self,
                          const char  *region_code,
                          const char  *scheme_id,
                          GError     **error)
{
  static const char sql[] =
    "SELECT year, max (CASE WHEN unit_id IS NULL THEN score END),"
    "  sum (CASE WHEN unit_id IS NOT NULL THEN score END),"
    "  count (CASE WHEN unit_id IS NOT NULL THEN score END),"
    "  count (CASE WHEN unit_id IS NULL THEN score END) "
    "FROM assessment WHERE scheme_id = ?2 AND region_id = ?1 "
    "GROUP BY year ORDER BY year";
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_region_score_free);
  const ZonaScheme *scheme;
  sqlite3_stmt *stmt;
  gint64 region_id;
  gint64 scheme_row;
  int rc;

  if ((scheme = zona_store_find_scheme (self, scheme_id, error)) == NULL ||
      (scheme_row = zona_store_scheme_row_id (self, scheme_id, error)) == 0 ||
      (region_id = zona_store_region_row_id (self, region_code, error)) == 0)
    return NULL;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_int64 (stmt, 2, scheme_row);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZonaRegionScore *entry = g_new0 (ZonaRegionScore, 1);
      const ZonaSchemeVersion *version;

      entry->year = sqlite3_column_int (stmt, 0);
      entry->has_published = sqlite3_column_int (stmt, 4) > 0;
      entry->published = sqlite3_column_int64 (stmt, 1);
      entry->n_units = sqlite3_column_int (stmt, 3);
      if (entry->n_units > 0)
        entry->units_mean = zona_score_div_round (sqlite3_column_int64 (stmt, 2), entry->n_units);

      version = zona_scheme_version_for_year (scheme, entry->year);
      if (entry->has_published)
        {
          entry->has_score = TRUE;
          entry->score = entry->published;
        }
      else if (entry->n_units > 0 && version != NULL &&
               version->region_score == ZONA_REGION_SCORE_MEAN_OF_UNITS)
        {
          entry->has_score = TRUE;
          entry->score = entry->units_mean;
          entry->from_units = TRUE;
        }

      g_ptr_array_add (years, entry);
    }
  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&years);
}

/**
 * zona_store_trend:
 * @self: a store
 * @region_code: a region
 * @unit_id: one of its units, or 0 for the region itself
 * @scheme_id: a scheme
 * @error: a database error
 *
 * A subject's score year by year with the change from the previous scored year. A unit's
 * trend follows its renames and merges back in time.
 *
 * Returns: (transfer full) (element-type ZonaTrendPoint): the points by year
 */
GPtrArray *
zona_store_trend (ZonaStore   *self,
                  const char  *region_code,
                  gint64       unit_id,
                  const char  *scheme_id,
                  GError     **error)
{
  g_autoptr(GPtrArray) years = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(ZonaRegion) region = NULL;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((region = zona_store_get_region (self, region_code, error)) == NULL)
    return NULL;

  if (unit_id != 0)
    {
      g_autoptr(ZonaUnit) unit = zona_store_get_unit (self, unit_id, error);
      gint64 scheme_row;

      if (unit == NULL)
        return NULL;
      if (unit->region_id != region->id)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("“%s” does not belong to %s"), unit->name, region->name);
          return NULL;
        }
      if ((scheme_row = zona_store_scheme_row_id (self, scheme_id, error)) == 0)
        return NULL;

      return unit_trend (self, unit_id, scheme_row, error);
    }

  years = zona_store_region_scores (self, region_code, scheme_id, error);
  if (years == NULL)
    return NULL;

  points = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_trend_point_free);
  for (guint i = 0; i < years->len; i++)
    {
      const ZonaRegionScore *entry = g_ptr_array_index (years, i);
      ZonaTrendPoint *point = g_new0 (ZonaTrendPoint, 1);

      point->year = entry->year;
      point->has_score = entry->has_score;
      point->score = entry->score;
      point->from_units = entry->from_units;
      point->n_units = entry->n_units;
      point->subject_name = g_strdup (region->name);
      g_ptr_array_add (points, point);
    }

  compute_deltas (points);

  return g_steal_pointer (&points);
}

static GPtrArray *
rank_entries (GPtrArray *entries)
{
  g_autofree ZonaScore *scores = g_new (ZonaScore, MAX (entries->len, 1));
  g_autofree guint *ranks = g_new (guint, MAX (entries->len, 1));

  for (guint i = 0; i < entries->len; i++)
    scores[i] = ((ZonaRanking *) g_ptr_array_index (entries, i))->score;

  zona_aggregate_rank (scores, entries->len, ranks);

  for (guint i = 0; i < entries->len; i++)
    ((ZonaRanking *) g_ptr_array_index (entries, i))->rank = ranks[i];

  return entries;
}

static int
compare_rankings (gconstpointer a,
                  gconstpointer b)
{
  const ZonaRanking *ra = *(ZonaRanking **) a;
  const ZonaRanking *rb = *(ZonaRanking **) b;

  if (ra->rank != rb->rank)
    return ra->rank < rb->rank ? -1 : 1;

  return g_utf8_collate (ra->name, rb->name);
}

/**
 * zona_store_rank_units:
 * @self: a store
 * @region_code: a region
 * @scheme_id: a scheme
 * @year: a year
 * @error: a database error
 *
 * Returns: (transfer full) (element-type ZonaRanking): the region's units with a score that
 *   year, best first; equal scores share a rank
 */
GPtrArray *
zona_store_rank_units (ZonaStore   *self,
                       const char  *region_code,
                       const char  *scheme_id,
                       int          year,
                       GError     **error)
{
  static const char sql[] =
    "SELECT u.id, u.name, a.score FROM assessment a JOIN unit u ON u.id = a.unit_id "
    "WHERE a.region_id = ?1 AND a.scheme_id = ?2 AND a.year = ?3 AND a.score IS NOT NULL";
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_ranking_free);
  sqlite3_stmt *stmt;
  gint64 region_id;
  gint64 scheme_row;
  int rc;

  if ((region_id = zona_store_region_row_id (self, region_code, error)) == 0 ||
      (scheme_row = zona_store_scheme_row_id (self, scheme_id, error)) == 0)
    return NULL;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_int64 (stmt, 2, scheme_row);
  sqlite3_bind_int (stmt, 3, year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZonaRanking *entry = g_new0 (ZonaRanking, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->name = zona_store_column_text (stmt, 1);
      entry->score = sqlite3_column_int64 (stmt, 2);
      g_ptr_array_add (entries, entry);
    }
  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  rank_entries (entries);
  g_ptr_array_sort (entries, compare_rankings);

  return g_steal_pointer (&entries);
}

/**
 * zona_store_rank_regions:
 * @self: a store
 * @kind: the group ranked: provinsi, kabupaten or kota
 * @scheme_id: a scheme
 * @year: a year
 * @error: a database error
 *
 * Ranks the regions of one group by their score that year, published or derived from their
 * units as zona_store_region_scores() does.
 *
 * Returns: (transfer full) (element-type ZonaRanking): the regions with a score, best first
 */
GPtrArray *
zona_store_rank_regions (ZonaStore       *self,
                         ZonaRegionKind   kind,
                         const char      *scheme_id,
                         int              year,
                         GError         **error)
{
  static const char sql[] =
    "SELECT r.id, r.code, r.name,"
    "  max (CASE WHEN a.unit_id IS NULL THEN a.score END),"
    "  count (CASE WHEN a.unit_id IS NULL THEN a.score END),"
    "  sum (CASE WHEN a.unit_id IS NOT NULL THEN a.score END),"
    "  count (CASE WHEN a.unit_id IS NOT NULL THEN a.score END) "
    "FROM assessment a JOIN region r ON r.id = a.region_id "
    "WHERE a.scheme_id = ?1 AND a.year = ?2 AND r.kind = ?3 "
    "GROUP BY a.region_id";
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_ranking_free);
  const ZonaScheme *scheme;
  const ZonaSchemeVersion *version;
  gboolean mean_of_units;
  sqlite3_stmt *stmt;
  gint64 scheme_row;
  int rc;

  if ((scheme = zona_store_find_scheme (self, scheme_id, error)) == NULL ||
      (scheme_row = zona_store_scheme_row_id (self, scheme_id, error)) == 0)
    return NULL;

  version = zona_scheme_version_for_year (scheme, year);
  mean_of_units = version != NULL && version->region_score == ZONA_REGION_SCORE_MEAN_OF_UNITS;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, scheme_row);
  sqlite3_bind_int (stmt, 2, year);
  zona_store_bind_text (stmt, 3, zona_region_kind_to_string (kind));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZonaRanking *entry;
      int n_units = sqlite3_column_int (stmt, 6);

      if (sqlite3_column_int (stmt, 4) == 0 && !(mean_of_units && n_units > 0))
        continue;

      entry = g_new0 (ZonaRanking, 1);
      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->code = zona_store_column_text (stmt, 1);
      entry->name = zona_store_column_text (stmt, 2);
      if (sqlite3_column_int (stmt, 4) > 0)
        entry->score = sqlite3_column_int64 (stmt, 3);
      else
        entry->score = zona_score_div_round (sqlite3_column_int64 (stmt, 5), n_units);
      g_ptr_array_add (entries, entry);
    }
  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  rank_entries (entries);
  g_ptr_array_sort (entries, compare_rankings);

  return g_steal_pointer (&entries);
}
