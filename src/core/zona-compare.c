/* zona-compare.c — year over year: who improved, who fell back, and which indicators moved
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-aggregate.h"
#include "zona-compare.h"

/* A comparison puts two years of a subject side by side: the scores, the change, the category
 * of each year by its own year's rules (a Zona Kuning of 2021 is not re-labelled with 2022's
 * categories), and the rank in the later year. When both years hold indicator scores, it also
 * says which indicators moved the total most: each indicator's change times its share of the
 * total, which is its weight within its dimension times the dimension's weight. */

#define N_MOVERS 3

void
zona_indicator_move_free (ZonaIndicatorMove *move)
{
  if (move == NULL)
    return;

  g_free (move->code);
  g_free (move->name);
  g_free (move);
}

void
zona_comparison_free (ZonaComparison *comparison)
{
  if (comparison == NULL)
    return;

  g_free (comparison->region_code);
  g_free (comparison->name);
  g_clear_pointer (&comparison->movers, g_ptr_array_unref);
  g_free (comparison);
}

static ZonaComparison *
comparison_new (const char *region_code,
                gint64      unit_id,
                const char *name)
{
  ZonaComparison *comparison = g_new0 (ZonaComparison, 1);

  comparison->region_code = g_strdup (region_code);
  comparison->unit_id = unit_id;
  comparison->name = g_strdup (name);
  comparison->movers = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_indicator_move_free);

  return comparison;
}

/* Keeps a year's score when it is one of the two compared. */
static void
take_score (ZonaComparison *comparison,
            int             year,
            gboolean        has_score,
            ZonaScore       score,
            int             from_year,
            int             to_year)
{
  if (!has_score)
    return;

  if (year == from_year)
    {
      comparison->has_from = TRUE;
      comparison->from = score;
    }
  else if (year == to_year)
    {
      comparison->has_to = TRUE;
      comparison->to = score;
    }
}

/* The sum of the weights of a dimension's indicators, the denominator of their shares. */
static ZonaScore
indicator_weights (const ZonaDimension *dimension)
{
  ZonaScore sum = 0;

  for (guint i = 0; i < dimension->indicators->len; i++)
    sum += ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->weight;

  return sum;
}

/* What @change in an indicator's score does to the total: the change times the indicator's
 * weight within its dimension (@sum being all of theirs) times the dimension's weight, which
 * is in hundredths of a percent (21,85 % is 2185). */
static ZonaScore
effect_on_total (ZonaScore            change,
                 const ZonaIndicator *indicator,
                 const ZonaDimension *dimension,
                 ZonaScore            sum)
{
  return zona_score_div_round (change * indicator->weight * dimension->weight, sum * 10000);
}

/* Fills in what follows from the two scores. */
static void
complete (ZonaComparison   *comparison,
          const ZonaScheme *scheme,
          int               from_year,
          int               to_year)
{
  if (comparison->has_from)
    comparison->from_band = zona_scheme_classify (scheme, from_year, comparison->from, NULL);
  if (comparison->has_to)
    comparison->to_band = zona_scheme_classify (scheme, to_year, comparison->to, NULL);

  comparison->has_change = comparison->has_from && comparison->has_to;
  if (comparison->has_change)
    comparison->change = comparison->to - comparison->from;

  comparison->category_changed = comparison->from_band != NULL && comparison->to_band != NULL &&
                                 g_strcmp0 (comparison->from_band->name,
                                            comparison->to_band->name) != 0;
}

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  const ZonaIndicatorMove *x = *(ZonaIndicatorMove * const *) a;
  const ZonaIndicatorMove *y = *(ZonaIndicatorMove * const *) b;
  ZonaScore ex = ABS (x->effect), ey = ABS (y->effect);

  if (ex != ey)
    return ex > ey ? -1 : 1;

  return g_strcmp0 (x->code, y->code);
}

static GHashTable *
indicator_scores (ZonaStore  *store,
                  gint64      region_id,
                  gint64      unit_id,
                  const char *scheme_id,
                  int         year)
{
  g_autoptr(ZonaAssessment) assessment = zona_store_get_assessment (store, region_id, unit_id,
                                                                    scheme_id, year, NULL);

  if (assessment == NULL)
    return NULL;

  return zona_store_get_indicator_scores (store, assessment->id, NULL);
}

/* The indicators whose change weighed most on the total, when both years have them. */
static void
find_movers (ZonaComparison   *comparison,
             ZonaStore        *store,
             gint64            region_id,
             const ZonaScheme *scheme,
             int               from_year,
             int               to_year)
{
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, to_year);
  g_autoptr(GHashTable) from = NULL;
  g_autoptr(GHashTable) to = NULL;

  if (version == NULL || version->dimensions == NULL || version->dimensions->len == 0 ||
      (from = indicator_scores (store, region_id, comparison->unit_id, scheme->id,
                                from_year)) == NULL ||
      (to = indicator_scores (store, region_id, comparison->unit_id, scheme->id,
                              to_year)) == NULL)
    return;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);
      ZonaScore sum = indicator_weights (dimension);

      if (sum <= 0)
        continue;

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);
          ZonaIndicatorMove *move;
          ZonaScore before, after, effect;

          if (!zona_score_table_get (from, indicator->code, &before) ||
              !zona_score_table_get (to, indicator->code, &after) || before == after)
            continue;

          effect = effect_on_total (after - before, indicator, dimension, sum);
          move = g_new0 (ZonaIndicatorMove, 1);
          move->code = g_strdup (indicator->code);
          move->name = g_strdup (indicator->name);
          move->from = before;
          move->to = after;
          move->effect = effect;
          g_ptr_array_add (comparison->movers, move);
        }
    }

  g_ptr_array_sort (comparison->movers, compare_moves);
  if (comparison->movers->len > N_MOVERS)
    g_ptr_array_set_size (comparison->movers, N_MOVERS);
}

static gboolean
check_years (int      from_year,
             int      to_year,
             GError **error)
{
  if (from_year >= to_year)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The first year, %d, must come before the second, %d"), from_year, to_year);
      return FALSE;
    }

  return TRUE;
}

static guint
rank_of_id (GPtrArray *ranking,
            gint64     id,
            const char *code)
{
  for (guint i = 0; i < ranking->len; i++)
    {
      const ZonaRanking *entry = g_ptr_array_index (ranking, i);

      if (code != NULL ? g_strcmp0 (entry->code, code) == 0 : entry->id == id)
        return entry->rank;
    }

  return 0;
}

/* Units ranked in the later year first, best first; those without a rank after, by name. */
static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  const ZonaComparison *x = *(ZonaComparison * const *) a;
  const ZonaComparison *y = *(ZonaComparison * const *) b;

  if (x->rank != y->rank)
    {
      if (x->rank == 0 || y->rank == 0)
        return x->rank == 0 ? 1 : -1;
      return x->rank < y->rank ? -1 : 1;
    }

  return g_utf8_collate (x->name, y->name);
}

/**
 * zona_compare_region:
 * @store: a store
 * @region_code: a region
 * @scheme_id: a scheme
 * @from_year: the earlier year
 * @to_year: the later year
 * @error: an unknown region or scheme, years in the wrong order, a database error
 *
 * Compares a region and each of its units between two years. The region comes first, ranked
 * within its group (kabupaten or kota) in the later year; its units follow, ranked within the
 * region, best first, those without a score in the later year last. Units with no score in
 * either year are left out.
 *
 * Returns: (transfer full) (element-type ZonaComparison): the rows, or %NULL
 */
GPtrArray *
zona_compare_region (ZonaStore   *store,
                     const char  *region_code,
                     const char  *scheme_id,
                     int          from_year,
                     int          to_year,
                     GError     **error)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GPtrArray) years = NULL;
  g_autoptr(GPtrArray) group = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) unit_ranks = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) unit_rows = NULL;
  ZonaComparison *own;
  const ZonaScheme *scheme;

  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);

  if (!check_years (from_year, to_year, error) ||
      (scheme = zona_store_find_scheme (store, scheme_id, error)) == NULL ||
      (region = zona_store_get_region (store, region_code, error)) == NULL ||
      (years = zona_store_region_scores (store, region_code, scheme_id, error)) == NULL ||
      (group = zona_store_rank_regions (store, region->kind, scheme_id, to_year, error)) == NULL ||
      (units = zona_store_list_units (store, region_code, 0, error)) == NULL ||
      (unit_ranks = zona_store_rank_units (store, region_code, scheme_id, to_year,
                                           error)) == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_comparison_free);
  own = comparison_new (region->code, 0, region->name);
  for (guint i = 0; i < years->len; i++)
    {
      const ZonaRegionScore *year = g_ptr_array_index (years, i);

      take_score (own, year->year, year->has_score, year->score, from_year, to_year);
    }
  complete (own, scheme, from_year, to_year);
  own->rank = rank_of_id (group, 0, region->code);
  own->rank_of = own->rank > 0 ? group->len : 0;
  find_movers (own, store, region->id, scheme, from_year, to_year);
  g_ptr_array_add (rows, own);

  unit_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_comparison_free);
  for (guint u = 0; u < units->len; u++)
    {
      const ZonaUnit *unit = g_ptr_array_index (units, u);
      g_autoptr(GPtrArray) trend = zona_store_trend (store, region_code, unit->id, scheme_id,
                                                     error);
      ZonaComparison *row;

      if (trend == NULL)
        return NULL;

      row = comparison_new (region->code, unit->id, unit->name);
      for (guint i = 0; i < trend->len; i++)
        {
          const ZonaTrendPoint *point = g_ptr_array_index (trend, i);

          take_score (row, point->year, point->has_score, point->score, from_year, to_year);
        }

      if (!row->has_from && !row->has_to)
        {
          zona_comparison_free (row);
          continue;
        }

      complete (row, scheme, from_year, to_year);
      row->rank = rank_of_id (unit_ranks, unit->id, NULL);
      row->rank_of = row->rank > 0 ? unit_ranks->len : 0;
      find_movers (row, store, region->id, scheme, from_year, to_year);
      g_ptr_array_add (unit_rows, row);
    }

  /* The rows pass from one array to the other. */
  g_ptr_array_sort (unit_rows, compare_units);
  g_ptr_array_set_free_func (unit_rows, NULL);
  for (guint i = 0; i < unit_rows->len; i++)
    g_ptr_array_add (rows, g_ptr_array_index (unit_rows, i));

  return g_steal_pointer (&rows);
}

/**
 * zona_compare_regions:
 * @store: a store
 * @kind: the group: kabupaten, kota or provinsi
 * @scheme_id: a scheme
 * @from_year: the earlier year
 * @to_year: the later year
 * @error: an unknown scheme, years in the wrong order, a database error
 *
 * Compares every region of a group between two years, for the national picture: each with
 * its scores (published, else its units' mean), the change, the categories and its rank in
 * the later year; best first, those without a score in the later year last.
 *
 * Returns: (transfer full) (element-type ZonaComparison): the rows, or %NULL
 */
GPtrArray *
zona_compare_regions (ZonaStore       *store,
                      ZonaRegionKind   kind,
                      const char      *scheme_id,
                      int              from_year,
                      int              to_year,
                      GError         **error)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = NULL;
  const ZonaScheme *scheme;

  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);

  if (!check_years (from_year, to_year, error) ||
      (scheme = zona_store_find_scheme (store, scheme_id, error)) == NULL ||
      (before = zona_store_rank_regions (store, kind, scheme_id, from_year, error)) == NULL ||
      (after = zona_store_rank_regions (store, kind, scheme_id, to_year, error)) == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_comparison_free);
  for (guint i = 0; i < after->len; i++)
    {
      const ZonaRanking *entry = g_ptr_array_index (after, i);
      ZonaComparison *row = comparison_new (entry->code, 0, entry->name);

      row->has_to = TRUE;
      row->to = entry->score;
      row->rank = entry->rank;
      row->rank_of = after->len;
      g_hash_table_insert (by_code, row->region_code, row);
      g_ptr_array_add (rows, row);
    }

  for (guint i = 0; i < before->len; i++)
    {
      const ZonaRanking *entry = g_ptr_array_index (before, i);
      ZonaComparison *row = g_hash_table_lookup (by_code, entry->code);

      if (row == NULL)
        {
          row = comparison_new (entry->code, 0, entry->name);
          g_ptr_array_add (rows, row);
        }
      row->has_from = TRUE;
      row->from = entry->score;
    }

  for (guint i = 0; i < rows->len; i++)
    complete (g_ptr_array_index (rows, i), scheme, from_year, to_year);
  g_ptr_array_sort (rows, compare_units);

  return g_steal_pointer (&rows);
}

void
zona_gap_free (ZonaGap *gap)
{
  if (gap == NULL)
    return;

  g_clear_pointer (&gap->gains, g_ptr_array_unref);
  g_free (gap);
}

/**
 * zona_compare_gap:
 * @store: a store
 * @region_id: the region
 * @unit_id: one of its units, or 0 for the region itself
 * @scheme_id: a scheme
 * @year: the year of the score
 * @error: no score that year, an unknown scheme, a database error
 *
 * Says what a score lacks for the next category of its year's methodology ("17,65 points to
 * Kategori B") and, when the year has indicator scores, which indicators would add most to
 * the total if raised to full marks: the room left in each times its share of the total.
 *
 * Returns: (transfer full): the gap, or %NULL
 */
ZonaGap *
zona_compare_gap (ZonaStore   *store,
                  gint64       region_id,
                  gint64       unit_id,
                  const char  *scheme_id,
                  int          year,
                  GError     **error)
{
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(ZonaGap) gap = NULL;
  const ZonaSchemeVersion *version;
  const ZonaScheme *scheme;

  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);

  if ((scheme = zona_store_find_scheme (store, scheme_id, error)) == NULL ||
      (assessment = zona_store_get_assessment (store, region_id, unit_id, scheme_id, year,
                                               error)) == NULL)
    return NULL;

  if (!assessment->has_score)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("The result of %d has no score yet"), year);
      return NULL;
    }

  gap = g_new0 (ZonaGap, 1);
  gap->score = assessment->score;
  gap->gains = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_indicator_move_free);
  gap->band = zona_scheme_classify (scheme, year, assessment->score, NULL);
  version = zona_scheme_version_for_year (scheme, year);

  /* The bands are kept in ascending order: the next one up starts above the score. */
  for (guint i = 0; version != NULL && version->bands != NULL && i < version->bands->len; i++)
    {
      const ZonaBand *band = g_ptr_array_index (version->bands, i);

      if (band->min > assessment->score && (gap->next == NULL || band->min < gap->next->min))
        gap->next = band;
    }
  if (gap->next != NULL)
    gap->gap = gap->next->min - assessment->score;

  values = zona_store_get_indicator_scores (store, assessment->id, error);
  if (values == NULL)
    return NULL;

  for (guint d = 0; version != NULL && d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);
      ZonaScore sum = indicator_weights (dimension);

      if (sum <= 0)
        continue;

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);
          ZonaIndicatorMove *gain;
          ZonaScore value;

          if (!zona_score_table_get (values, indicator->code, &value) ||
              value >= scheme->scale_max)
            continue;

          gain = g_new0 (ZonaIndicatorMove, 1);
          gain->code = g_strdup (indicator->code);
          gain->name = g_strdup (indicator->name);
          gain->from = value;
          gain->to = scheme->scale_max;
          gain->effect = effect_on_total (scheme->scale_max - value, indicator, dimension, sum);
          g_ptr_array_add (gap->gains, gain);
        }
    }

  g_ptr_array_sort (gap->gains, compare_moves);
  if (gap->gains->len > N_MOVERS)
    g_ptr_array_set_size (gap->gains, N_MOVERS);

  return g_steal_pointer (&gap);
}

/**
 * zona_compare_previous_year:
 * @store: a store
 * @region_code: a region
 * @scheme_id: a scheme
 * @year: a year
 *
 * The year a comparison with @year starts from: the latest year before it in which the region
 * has a score (2021 for 2022 on the Ombudsman's scheme, since 2020 was not held), else the
 * year before.
 *
 * Returns: the year
 */
int
zona_compare_previous_year (ZonaStore  *store,
                            const char *region_code,
                            const char *scheme_id,
                            int         year)
{
  g_autoptr(GPtrArray) years = zona_store_region_scores (store, region_code, scheme_id, NULL);
  int best = 0;

  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      const ZonaRegionScore *score = g_ptr_array_index (years, i);

      if (score->has_score && score->year < year && score->year > best)
        best = score->year;
    }

  return best > 0 ? best : year - 1;
}
