/* zona-unit-history.h — one unit's results by scheme and year, and its lineage, for its page
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-store.h"

G_BEGIN_DECLS

/* A unit named in a rename or merge. */
typedef struct
{
  gint64    unit_id;
  char     *name;
  char     *short_name;   /* NULL when it has none */
  gboolean  is_primary;   /* a predecessor whose trend the successor carries on */
} ZonaHistoryUnit;

/* One rename or merge: the units that ended with @year - 1 and the one that began in @year. */
typedef struct
{
  char            *kind;          /* "rename", "merge", "split" */
  int              year;
  ZonaHistoryUnit *successor;
  GPtrArray       *predecessors;  /* ZonaHistoryUnit, the primary one first */
} ZonaHistoryEvent;

/* One year of the unit's results in one scheme, classified with that year's rules. */
typedef struct
{
  int                   year;
  gint64                unit_id;          /* the unit the result is recorded for: this one, or
                                           * a predecessor whose trend this one carries on */
  char                 *former_name;      /* the unit's name that year, when a rename or merge
                                           * changed it since; NULL otherwise */
  gboolean              has_score;
  ZonaScore             score;
  gboolean              has_delta;
  ZonaScore             delta;            /* change since the scored year before */
  int                   previous_year;    /* that year, when there is a change */
  char                 *category;         /* band code, "A"; NULL when there is no category */
  char                 *category_name;    /* "Kategori A", "Zona Kuning" */
  char                 *label;            /* "Kualitas Tertinggi" */
  char                 *colour;           /* "#2e7d32" or NULL */
  char                 *no_category;      /* why a score has no category */
  int                   published_rank;   /* 0 when none */
  int                   published_rank_of;
  ZonaAssessmentStatus  status;
} ZonaHistoryYear;

typedef struct
{
  char      *scheme_id;
  char      *scheme_name;   /* the scheme's short name: "Ombudsman" */
  GPtrArray *years;         /* ZonaHistoryYear, by year; years without a result are absent */
} ZonaHistoryScheme;

typedef struct
{
  ZonaUnit  *unit;
  char      *region_code;
  char      *region_name;
  char      *parent_name;   /* NULL without a parent unit */
  GPtrArray *origins;       /* ZonaHistoryEvent: how the unit and those before it came to be,
                             * nearest first */
  GPtrArray *successions;   /* ZonaHistoryEvent: what the unit became, when it ended */
  GPtrArray *schemes;       /* ZonaHistoryScheme, only schemes with results */
} ZonaUnitHistory;

ZonaUnitHistory *zona_unit_history_new   (ZonaStore        *store,
                                          gint64            unit_id,
                                          GError          **error);
void             zona_unit_history_free  (ZonaUnitHistory  *history);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaUnitHistory, zona_unit_history_free)

G_END_DECLS
