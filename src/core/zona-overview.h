/* zona-overview.h — where a region and each of its units stand now
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-store.h"

G_BEGIN_DECLS

/* The latest result of one subject (the region, or one unit) in one scheme, classified. */
typedef struct
{
  gint64     unit_id;          /* 0 for the region itself */
  char      *subject_name;     /* the unit's or region's name */
  char      *short_name;       /* the unit's short name, or NULL */
  char      *unit_kind;        /* "dinas", "puskesmas", ... or NULL for the region */
  char      *scheme_id;
  char      *scheme_name;      /* the scheme's short name: "Ombudsman" */
  int        year;             /* the latest year with a score, or with an entry at all */
  gboolean   has_score;
  ZonaScore  score;
  gboolean   from_units;       /* a region score derived as the mean of its units */
  guint      n_units;          /* how many unit scores that mean stands for */
  gboolean   has_delta;
  ZonaScore  delta;            /* change since previous_year */
  int        previous_year;
  char      *category;         /* band code, "A"; NULL when there is no category */
  int        category_rank;    /* the band's place in its scale, 0 = lowest; -1 when none */
  char      *category_name;    /* "Kategori A", "Zona Kuning" */
  char      *label;            /* "Kualitas Tertinggi" */
  char      *zone;             /* "hijau", "kuning", "merah" or NULL */
  char      *colour;           /* "#2e7d32" or NULL */
  char      *no_category;      /* why there is no category, when there is none */
  guint      rank;             /* a unit's rank in its region that scheme and year, 1 = best,
                                * ties sharing one; 0 for the region or without a score */
  guint      n_ranked;         /* how many of the region's units that rank is among */
} ZonaLatestResult;

void       zona_latest_result_free  (ZonaLatestResult  *result);
GPtrArray *zona_overview_latest     (ZonaStore         *store,
                                     const char        *region_code,
                                     GError           **error);

G_END_DECLS
