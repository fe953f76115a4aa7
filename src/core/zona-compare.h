/* zona-compare.h — year over year: who improved, who fell back, and which indicators moved
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-store.h"

G_BEGIN_DECLS

/* An indicator's part in a total's change: its change times its weight in the total. */
typedef struct
{
  char      *code;
  char      *name;
  ZonaScore  from;
  ZonaScore  to;
  ZonaScore  effect;        /* hundredths of a point of the total, signed */
} ZonaIndicatorMove;

/* One subject, a region or a unit, in two years. */
typedef struct
{
  gint64          unit_id;          /* 0 for a region */
  char           *region_code;
  char           *name;
  gboolean        has_from;
  ZonaScore       from;
  gboolean        has_to;
  ZonaScore       to;
  gboolean        has_change;
  ZonaScore       change;
  const ZonaBand *from_band;        /* by the rules of its own year */
  const ZonaBand *to_band;
  gboolean        category_changed; /* both have a category, and they differ */
  guint           rank;             /* in the later year, among the region's units (a unit) or
                                     * the regions of its group (a region); 0 without a score */
  guint           rank_of;
  GPtrArray      *movers;           /* ZonaIndicatorMove, the largest effect first */
} ZonaComparison;

/* How far a score is from the next category up, and where the points are easiest to find. */
typedef struct
{
  ZonaScore       score;
  const ZonaBand *band;             /* its category, by its year's rules */
  const ZonaBand *next;             /* the next category up, or NULL at the top */
  ZonaScore       gap;              /* points missing to @next */
  GPtrArray      *gains;            /* ZonaIndicatorMove: an indicator raised to full marks
                                     * (to), and what that would add to the total (effect),
                                     * the largest first */
} ZonaGap;

int         zona_compare_previous_year (ZonaStore      *store,
                                       const char      *region_code,
                                       const char      *scheme_id,
                                       int              year);
void        zona_gap_free             (ZonaGap         *gap);
ZonaGap    *zona_compare_gap          (ZonaStore       *store,
                                       gint64           region_id,
                                       gint64           unit_id,
                                       const char      *scheme_id,
                                       int              year,
                                       GError         **error);
void        zona_comparison_free      (ZonaComparison  *comparison);
void        zona_indicator_move_free  (ZonaIndicatorMove *move);

GPtrArray  *zona_compare_region       (ZonaStore       *store,
                                       const char      *region_code,
                                       const char      *scheme_id,
                                       int              from_year,
                                       int              to_year,
                                       GError         **error);
GPtrArray  *zona_compare_regions      (ZonaStore       *store,
                                       ZonaRegionKind   kind,
                                       const char      *scheme_id,
                                       int              from_year,
                                       int              to_year,
                                       GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaComparison, zona_comparison_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaGap, zona_gap_free)

G_END_DECLS
