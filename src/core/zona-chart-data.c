/* zona-chart-data.c — a chart of a region's or a unit's scores, read from the store
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-chart-data.h"

/* Adds the years of a trend that have a score, as a series named @name. Returns whether it
 * had any. */
static gboolean
add_trend (ZonaChart  *chart,
           const char *name,
           GPtrArray  *trend)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (ZonaScore));

  for (guint i = 0; i < trend->len; i++)
    {
      const ZonaTrendPoint *point = g_ptr_array_index (trend, i);

      if (!point->has_score)
        continue;
      g_array_append_val (years, point->year);
      g_array_append_val (scores, point->score);
    }

  if (years->len == 0)
    return FALSE;

  zona_chart_add_series (chart, name, (int *) (gpointer) years->data,
                         (ZonaScore *) (gpointer) scores->data, years->len);

  return TRUE;
}

/**
 * zona_chart_new_for_subject:
 * @store: a store
 * @region_code: a region
 * @unit_id: one of its units, or 0 for the region itself
 * @scheme_id: the scheme whose scores to chart
 * @with_units: for a region, a line for each of its units with scores besides its own
 * @error: an unknown region, unit or scheme, a database error
 *
 * The chart of a subject's scores year by year under one scheme: the region's (or the
 * unit's) line first, then, when asked, one per unit by the name the unit has now (its short
 * name when it has one). A unit renamed or merged carries its predecessors' years, as
 * zona_store_trend() follows them. The chart is not laid out yet.
 *
 * Returns: (transfer full): the chart, or %NULL; it refers to the store's scheme, so the
 *   store must outlive it
 */
ZonaChart *
zona_chart_new_for_subject (ZonaStore   *store,
                            const char  *region_code,
                            gint64       unit_id,
                            const char  *scheme_id,
                            gboolean     with_units,
                            GError     **error)
{
  g_autoptr(ZonaChart) chart = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(GPtrArray) trend = NULL;
  g_autoptr(GPtrArray) units = NULL;
  const ZonaScheme *scheme;

  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);
  g_return_val_if_fail (region_code != NULL, NULL);

  if ((scheme = zona_store_find_scheme (store, scheme_id, error)) == NULL ||
      (region = zona_store_get_region (store, region_code, error)) == NULL ||
      (unit_id != 0 && (unit = zona_store_get_unit (store, unit_id, error)) == NULL) ||
      (trend = zona_store_trend (store, region_code, unit_id, scheme_id, error)) == NULL)
    return NULL;

  chart = zona_chart_new (scheme);
  add_trend (chart, unit != NULL ? unit->name : region->name, trend);

  if (unit != NULL || !with_units)
    return g_steal_pointer (&chart);

  if ((units = zona_store_list_units (store, region_code, 0, error)) == NULL)
    return NULL;

  for (guint i = 0; i < units->len; i++)
    {
      const ZonaUnit *each = g_ptr_array_index (units, i);
      g_autoptr(GPtrArray) unit_trend = zona_store_trend (store, region_code, each->id, scheme_id,
                                                          error);

      if (unit_trend == NULL)
        return NULL;
      add_trend (chart, each->short_name != NULL ? each->short_name : each->name, unit_trend);
    }

  return g_steal_pointer (&chart);
}

/**
 * zona_chart_add_region:
 * @chart: a chart made by zona_chart_new_for_subject()
 * @store: the same store
 * @region_code: another region
 * @error: an unknown region, a database error
 *
 * Adds another region's own line, to compare regions on one chart (its units are not added).
 * A region without a score in the chart's scheme adds nothing.
 *
 * Returns: whether the region could be read
 */
gboolean
zona_chart_add_region (ZonaChart   *chart,
                       ZonaStore   *store,
                       const char  *region_code,
                       GError     **error)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GPtrArray) trend = NULL;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (ZONA_IS_STORE (store), FALSE);

  if ((region = zona_store_get_region (store, region_code, error)) == NULL ||
      (trend = zona_store_trend (store, region_code, 0, chart->scheme->id, error)) == NULL)
    return FALSE;

  add_trend (chart, region->name, trend);

  return TRUE;
}
