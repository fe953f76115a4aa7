/* zona-records.h — plain records read from and written to the store
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "zona-score.h"

G_BEGIN_DECLS

typedef enum
{
  ZONA_REGION_PROVINSI,
  ZONA_REGION_KABUPATEN,
  ZONA_REGION_KOTA,
} ZonaRegionKind;

typedef enum
{
  ZONA_REGION_LIST_ALL           = 0,
  ZONA_REGION_LIST_WITH_DATA     = 1 << 0,  /* only regions with units or assessments */
  ZONA_REGION_LIST_NO_PROVINCES  = 1 << 1,
} ZonaRegionListFlags;

typedef enum
{
  ZONA_ORIGIN_ENTERED,
  ZONA_ORIGIN_IMPORTED,
  ZONA_ORIGIN_COMPUTED,
} ZonaScoreOrigin;

typedef enum
{
  ZONA_STATUS_DRAFT,
  ZONA_STATUS_FINAL,
} ZonaAssessmentStatus;

typedef struct
{
  gint64          id;
  char           *code;           /* Kemendagri code: "35", "35.19" */
  ZonaRegionKind  kind;
  char           *name;           /* "Kabupaten Madiun" */
  char           *province_code;  /* "35"; NULL for a province */
  char           *head_title;     /* "Bupati", "Wali Kota", "Gubernur" */
} ZonaRegion;

typedef struct
{
  gint64  id;
  gint64  region_id;
  char   *name;        /* "Dinas Kependudukan dan Pencatatan Sipil" */
  char   *short_name;  /* "Disdukcapil" */
  char   *kind;        /* "dinas", "puskesmas", "rsud", "kecamatan", ... */
  gint64  parent_id;   /* 0 when none */
  int     valid_from;  /* 0 when always */
  int     valid_to;    /* 0 when still in existence */
} ZonaUnit;

typedef struct
{
  gint64  predecessor_id;
  gint64  successor_id;
  char   *kind;        /* "rename", "merge" */
  int     year;
  gboolean is_primary;
} ZonaLineage;

typedef struct
{
  gint64                id;
  gint64                region_id;
  gint64                unit_id;       /* 0 for the region itself */
  char                 *scheme_id;     /* "ombudsman" */
  int                   year;
  gboolean              has_score;
  ZonaScore             score;
  ZonaScoreOrigin       origin;
  int                   published_rank;     /* 0 when none */
  int                   published_rank_of;  /* 0 when none */
  char                 *award;
  char                 *assessor;
  char                 *source;
  ZonaAssessmentStatus  status;
  char                 *notes;
  char                 *unit_name;     /* filled by listings, for display */
} ZonaAssessment;

/* One year of a trend, with what changed since the year before. */
typedef struct
{
  int        year;
  gboolean   has_score;
  ZonaScore  score;
  gboolean   has_delta;
  ZonaScore  delta;
  gboolean   from_units;    /* a region's score derived as the mean of its units */
  guint      n_units;       /* how many unit scores the region's year has */
  char      *subject_name;  /* the unit's name that year, which a rename may have changed */
} ZonaTrendPoint;

/* A region's score for one year: the published value and the mean of its units side by side,
 * so a difference between them stays visible. */
typedef struct
{
  int        year;
  gboolean   has_published;
  ZonaScore  published;
  guint      n_units;
  ZonaScore  units_mean;     /* valid when n_units > 0 */
  gboolean   has_score;
  ZonaScore  score;          /* the published value when there is one, else the mean */
  gboolean   from_units;
} ZonaRegionScore;

typedef struct
{
  gint64     id;             /* unit or region id */
  char      *code;           /* region code, or NULL for a unit */
  char      *name;
  ZonaScore  score;
  guint      rank;           /* 1 = best; ties share a rank */
} ZonaRanking;

const char     *zona_region_kind_to_string    (ZonaRegionKind   kind);
gboolean        zona_region_kind_from_string  (const char      *text,
                                               ZonaRegionKind  *out_kind);
const char     *zona_region_kind_head_title   (ZonaRegionKind   kind);
gboolean        zona_region_code_is_valid     (const char      *code,
                                               ZonaRegionKind  *out_kind);

void            zona_region_free              (ZonaRegion      *region);
void            zona_unit_free                (ZonaUnit        *unit);
void            zona_lineage_clear            (ZonaLineage     *lineage);
ZonaAssessment *zona_assessment_new           (void);
void            zona_assessment_free          (ZonaAssessment  *assessment);
void            zona_trend_point_free         (ZonaTrendPoint  *point);
void            zona_region_score_free        (ZonaRegionScore *score);
void            zona_ranking_free             (ZonaRanking     *ranking);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaRegion, zona_region_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaUnit, zona_unit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaAssessment, zona_assessment_free)

G_END_DECLS
