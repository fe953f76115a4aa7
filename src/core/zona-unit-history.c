/* zona-unit-history.c — one unit's results by scheme and year, and its lineage, for its page
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-unit-history.h"

static void
history_unit_free (ZonaHistoryUnit *unit)
{
  if (unit == NULL)
    return;

  g_free (unit->name);
  g_free (unit->short_name);
  g_free (unit);
}

static void
history_event_free (ZonaHistoryEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->kind);
  history_unit_free (event->successor);
  g_clear_pointer (&event->predecessors, g_ptr_array_unref);
  g_free (event);
}

static void
history_year_free (ZonaHistoryYear *year)
{
  if (year == NULL)
    return;

  g_free (year->former_name);
  g_free (year->category);
  g_free (year->category_name);
  g_free (year->label);
  g_free (year->colour);
  g_free (year->no_category);
  g_free (year);
}

static void
history_scheme_free (ZonaHistoryScheme *scheme)
{
  if (scheme == NULL)
    return;

  g_free (scheme->scheme_id);
  g_free (scheme->scheme_name);
  g_clear_pointer (&scheme->years, g_ptr_array_unref);
  g_free (scheme);
}

/* The units the lineage names, each read once. */
static const ZonaUnit *
get_unit (ZonaStore   *store,
          GHashTable  *units,
          gint64       unit_id,
          GError     **error)
{
  ZonaUnit *unit = g_hash_table_lookup (units, &unit_id);

  if (unit != NULL)
    return unit;

  unit = zona_store_get_unit (store, unit_id, error);
  if (unit != NULL)
    g_hash_table_insert (units, &unit->id, unit);

  return unit;
}

static ZonaHistoryUnit *
history_unit_new (ZonaStore   *store,
                  GHashTable  *units,
                  gint64       unit_id,
                  gboolean     is_primary,
                  GError     **error)
{
  const ZonaUnit *unit = get_unit (store, units, unit_id, error);
  ZonaHistoryUnit *entry;

  if (unit == NULL)
    return NULL;

  entry = g_new0 (ZonaHistoryUnit, 1);
  entry->unit_id = unit->id;
  entry->name = g_strdup (unit->name);
  entry->short_name = g_strdup (unit->short_name);
  entry->is_primary = is_primary;

  return entry;
}

/* Groups the links of one successor into one event each, in the links' order; the primary
 * predecessor comes first among its event's. Only links to @successor_id count when it is
 * not 0. */
static GPtrArray *
group_events (ZonaStore     *store,
              GHashTable    *units,
              const GArray  *links,
              gint64         successor_id,
              GError       **error)
{
  g_autoptr(GPtrArray) events = NULL;

  events = g_ptr_array_new_with_free_func ((GDestroyNotify) history_event_free);

  for (guint i = 0; i < links->len; i++)
    {
      const ZonaLineage *link = &g_array_index (links, ZonaLineage, i);
      ZonaHistoryEvent *event = NULL;
      ZonaHistoryUnit *predecessor;

      if (successor_id != 0 && link->successor_id != successor_id)
        continue;

      for (guint j = 0; j < events->len && event == NULL; j++)
        {
          ZonaHistoryEvent *other = g_ptr_array_index (events, j);

          if (other->successor->unit_id == link->successor_id)
            event = other;
        }

      if (event == NULL)
        {
          event = g_new0 (ZonaHistoryEvent, 1);
          event->kind = g_strdup (link->kind);
          event->year = link->year;
          event->predecessors =
            g_ptr_array_new_with_free_func ((GDestroyNotify) history_unit_free);
          g_ptr_array_add (events, event);

          event->successor = history_unit_new (store, units, link->successor_id, FALSE, error);
          if (event->successor == NULL)
            return NULL;
        }

      predecessor = history_unit_new (store, units, link->predecessor_id, link->is_primary,
                                      error);
      if (predecessor == NULL)
        return NULL;

      if (predecessor->is_primary)
        g_ptr_array_insert (event->predecessors, 0, predecessor);
      else
        g_ptr_array_add (event->predecessors, predecessor);
    }

  return g_steal_pointer (&events);
}

/* What the unit became: each successor with all the units that went into it. */
static GPtrArray *
get_successions (ZonaStore   *store,
                 GHashTable  *units,
                 gint64       unit_id,
                 GError     **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GArray) successors = zona_store_get_successors (store, unit_id, error);

  if (successors == NULL)
    return NULL;

  events = g_ptr_array_new_with_free_func ((GDestroyNotify) history_event_free);

  for (guint i = 0; i < successors->len; i++)
    {
      const ZonaLineage *link = &g_array_index (successors, ZonaLineage, i);
      g_autoptr(GArray) links = zona_store_get_lineage (store, link->successor_id, error);
      g_autoptr(GPtrArray) grouped = NULL;

      if (links == NULL)
        return NULL;

      grouped = group_events (store, units, links, link->successor_id, error);
      if (grouped == NULL)
        return NULL;

      g_ptr_array_extend_and_steal (events, g_steal_pointer (&grouped));
    }

  return g_steal_pointer (&events);
}

/* The unit and the units whose trend it carries on through the primary links, as
 * zona_store_trend() follows them. */
static GHashTable *
primary_chain (gint64        unit_id,
               const GArray *links)
{
  GHashTable *chain = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 current = unit_id;

  while (current != 0 && !g_hash_table_contains (chain, &current))
    {
      gint64 next = 0;

      g_hash_table_add (chain, g_memdup2 (&current, sizeof current));

      for (guint i = 0; i < links->len && next == 0; i++)
        {
          const ZonaLineage *link = &g_array_index (links, ZonaLineage, i);

          if (link->successor_id == current && link->is_primary)
            next = link->predecessor_id;
        }

      current = next;
    }

  return chain;
}

/* Takes the assessment recorded for @point out of @assessments: the same year, under the name
 * the trend gives. Failing that, the first of that year (a unit renamed to the same name). */
static ZonaAssessment *
take_assessment (GPtrArray            *assessments,
                 const ZonaTrendPoint *point)
{
  guint found = G_MAXUINT;

  for (guint i = 0; i < assessments->len; i++)
    {
      const ZonaAssessment *assessment = g_ptr_array_index (assessments, i);

      if (assessment->year != point->year)
        continue;
      if (found == G_MAXUINT)
        found = i;
      if (g_strcmp0 (assessment->unit_name, point->subject_name) == 0)
        {
          found = i;
          break;
        }
    }

  return found != G_MAXUINT ? g_ptr_array_steal_index (assessments, found) : NULL;
}

static void
classify (ZonaHistoryYear  *entry,
          const ZonaScheme *scheme)
{
  g_autofree char *reason = NULL;
  const ZonaBand *band;

  if (!entry->has_score)
    return;

  band = zona_scheme_classify (scheme, entry->year, entry->score, &reason);
  if (band == NULL)
    {
      entry->no_category = g_steal_pointer (&reason);
      return;
    }

  entry->category = g_strdup (band->code);
  entry->category_name = g_strdup (band->name);
  entry->label = g_strdup (band->label);
  entry->colour = g_strdup (band->colour);
}

/* One scheme's years: the trend's years and changes, with the status and rank of the result
 * behind each year. */
static ZonaHistoryScheme *
scheme_history (ZonaStore        *store,
                ZonaUnitHistory  *history,
                const char       *scheme_id,
                GPtrArray        *assessments,
                GError          **error)
{
  g_autoptr(GPtrArray) trend = NULL;
  const ZonaScheme *scheme;
  ZonaHistoryScheme *entry;
  int scored_year = 0;

  if ((scheme = zona_store_find_scheme (store, scheme_id, error)) == NULL)
    return NULL;

  trend = zona_store_trend (store, history->region_code, history->unit->id, scheme_id, error);
  if (trend == NULL)
    return NULL;

  entry = g_new0 (ZonaHistoryScheme, 1);
  entry->scheme_id = g_strdup (scheme->id);
  entry->scheme_name = g_strdup (scheme->short_name);
  entry->years = g_ptr_array_new_with_free_func ((GDestroyNotify) history_year_free);

  for (guint i = 0; i < trend->len; i++)
    {
      const ZonaTrendPoint *point = g_ptr_array_index (trend, i);
      g_autoptr(ZonaAssessment) assessment = take_assessment (assessments, point);
      ZonaHistoryYear *year = g_new0 (ZonaHistoryYear, 1);

      year->year = point->year;
      year->has_score = point->has_score;
      year->score = point->score;
      year->has_delta = point->has_delta;
      year->delta = point->delta;
      /* The trend measures a change from the scored year before, which a year not held or a
       * draft without a score can push further back than the calendar's. */
      if (point->has_delta)
        year->previous_year = scored_year;
      if (point->has_score)
        scored_year = point->year;
      if (g_strcmp0 (point->subject_name, history->unit->name) != 0)
        year->former_name = g_strdup (point->subject_name);

      if (assessment != NULL)
        {
          year->unit_id = assessment->unit_id;
          year->published_rank = assessment->published_rank;
          year->published_rank_of = assessment->published_rank_of;
          year->status = assessment->status;
        }

      classify (year, scheme);
      g_ptr_array_add (entry->years, year);
    }

  return entry;
}

/* The schemes in which the unit or those it continues have results, in the store's order. */
static gboolean
add_schemes (ZonaStore        *store,
             ZonaUnitHistory  *history,
             GHashTable       *chain,
             GError          **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) by_scheme = NULL;
  g_autoptr(GPtrArray) scheme_ids = g_ptr_array_new ();

  all = zona_store_list_assessments (store, history->region_code, NULL, 0, error);
  if (all == NULL)
    return FALSE;

  /* The keys are copies: the records they would point into are taken out one by one. */
  by_scheme = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < all->len; i++)
    {
      ZonaAssessment *assessment = g_ptr_array_index (all, i);
      GPtrArray *list;

      if (assessment->unit_id == 0 || !g_hash_table_contains (chain, &assessment->unit_id))
        continue;

      list = g_hash_table_lookup (by_scheme, assessment->scheme_id);
      if (list == NULL)
        {
          char *scheme_id = g_strdup (assessment->scheme_id);

          list = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_assessment_free);
          g_hash_table_insert (by_scheme, scheme_id, list);
          g_ptr_array_add (scheme_ids, scheme_id);
        }

      /* The list takes the record over; the array keeps a hole, freed as nothing. */
      g_ptr_array_add (list, g_steal_pointer (&g_ptr_array_index (all, i)));
    }

  for (guint i = 0; i < scheme_ids->len; i++)
    {
      const char *scheme_id = g_ptr_array_index (scheme_ids, i);
      ZonaHistoryScheme *scheme;

      scheme = scheme_history (store, history, scheme_id,
                               g_hash_table_lookup (by_scheme, scheme_id), error);
      if (scheme == NULL)
        return FALSE;

      g_ptr_array_add (history->schemes, scheme);
    }

  return TRUE;
}

/**
 * zona_unit_history_new:
 * @store: a store
 * @unit_id: a unit
 * @error: why it cannot be read
 *
 * Reads what a unit's page shows: the unit, its parent, how it came to be and what it became,
 * and its results in each scheme year by year. The years follow its lineage back as
 * zona_store_trend() does, so "Dinsos PPPA" shows the years of "Dinas Sosial" under that
 * name; each year is classified with the bands of its own year.
 *
 * Returns: (transfer full): the unit's history, or %NULL with @error set
 */
ZonaUnitHistory *
zona_unit_history_new (ZonaStore  *store,
                       gint64      unit_id,
                       GError    **error)
{
  g_autoptr(ZonaUnitHistory) history = g_new0 (ZonaUnitHistory, 1);
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GHashTable) chain = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(ZonaRegion) region = NULL;

  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);

  history->schemes = g_ptr_array_new_with_free_func ((GDestroyNotify) history_scheme_free);

  if ((history->unit = zona_store_get_unit (store, unit_id, error)) == NULL ||
      (region = zona_store_get_region_by_id (store, history->unit->region_id, error)) == NULL)
    return NULL;

  history->region_code = g_strdup (region->code);
  history->region_name = g_strdup (region->name);

  units = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                 (GDestroyNotify) zona_unit_free);

  if (history->unit->parent_id != 0)
    {
      const ZonaUnit *parent = get_unit (store, units, history->unit->parent_id, error);

      if (parent == NULL)
        return NULL;
      history->parent_name = g_strdup (parent->name);
    }

  if ((links = zona_store_get_lineage (store, unit_id, error)) == NULL ||
      (history->origins = group_events (store, units, links, 0, error)) == NULL ||
      (history->successions = get_successions (store, units, unit_id, error)) == NULL)
    return NULL;

  chain = primary_chain (unit_id, links);
  if (!add_schemes (store, history, chain, error))
    return NULL;

  return g_steal_pointer (&history);
}

void
zona_unit_history_free (ZonaUnitHistory *history)
{
  if (history == NULL)
    return;

  g_clear_pointer (&history->unit, zona_unit_free);
  g_free (history->region_code);
  g_free (history->region_name);
  g_free (history->parent_name);
  g_clear_pointer (&history->origins, g_ptr_array_unref);
  g_clear_pointer (&history->successions, g_ptr_array_unref);
  g_clear_pointer (&history->schemes, g_ptr_array_unref);
  g_free (history);
}
