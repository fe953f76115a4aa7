/* zona-scheme.h — assessment schemes: versions, bands, dimensions, indicators
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "zona-score.h"

G_BEGIN_DECLS

#define ZONA_SCHEME_ERROR (zona_scheme_error_quark ())

typedef enum
{
  ZONA_SCHEME_ERROR_PARSE,
  ZONA_SCHEME_ERROR_INVALID,
  ZONA_SCHEME_ERROR_BANDS,
  ZONA_SCHEME_ERROR_WEIGHTS,
  ZONA_SCHEME_ERROR_NOT_FOUND,
} ZonaSchemeError;

typedef enum
{
  ZONA_SCHEME_RESULT_SCORE,
  ZONA_SCHEME_RESULT_AWARD,
} ZonaSchemeResult;

typedef enum
{
  ZONA_REGION_SCORE_MEAN_OF_UNITS,
  ZONA_REGION_SCORE_PUBLISHED_ONLY,
} ZonaRegionScoreRule;

/* A category band: a closed interval of hundredths. */
typedef struct
{
  char      *code;      /* "A", "A-", "Hijau" */
  char      *name;      /* "Kategori A", "Zona Hijau" */
  char      *label;     /* "Kualitas Tertinggi", "Kepatuhan Tinggi", "Pelayanan Prima" */
  char      *opini;     /* "Kualitas Tertinggi" or NULL */
  char      *zone;      /* "hijau", "kuning", "merah" or NULL */
  char      *colour;    /* "#2e7d32" */
  ZonaScore  min;
  ZonaScore  max;
} ZonaBand;

typedef struct
{
  char *code;
  char *title;
  char *guidance;
} ZonaRequirement;

typedef struct
{
  char      *code;
  char      *name;
  char      *description;
  ZonaScore  weight;        /* hundredths; all indicators of a dimension share one rule */
  GPtrArray *requirements;  /* ZonaRequirement */
} ZonaIndicator;

typedef struct
{
  char      *code;
  char      *name;
  char      *description;
  ZonaScore  weight;        /* hundredths of a percent */
  GPtrArray *indicators;    /* ZonaIndicator */
} ZonaDimension;

typedef struct
{
  char                *id;           /* "era-3" */
  char                *name;
  char                *basis;
  int                  year_from;
  int                  year_to;      /* 0 when still in force */
  ZonaRegionScoreRule  region_score;
  GPtrArray           *bands;        /* ZonaBand, ascending */
  char                *bands_unknown;
  GPtrArray           *dimensions;   /* ZonaDimension */
} ZonaSchemeVersion;

typedef struct
{
  int   year;
  char *reason;
} ZonaSchemeGap;

typedef struct _ZonaScheme ZonaScheme;

struct _ZonaScheme
{
  char             *id;            /* "ombudsman" */
  char             *name;
  char             *short_name;
  char             *owner;
  ZonaSchemeResult  result;
  ZonaScore         scale_min;
  ZonaScore         scale_max;
  GArray           *not_held;      /* ZonaSchemeGap */
  GPtrArray        *versions;      /* ZonaSchemeVersion, ascending by year */
  char             *source;        /* the JSON text it was read from */
};

GQuark                    zona_scheme_error_quark        (void);
ZonaScheme               *zona_scheme_new_from_file      (const char               *path,
                                                          GError                  **error);
ZonaScheme               *zona_scheme_new_from_data      (const char               *data,
                                                          gssize                    length,
                                                          const char               *name,
                                                          GError                  **error);
GPtrArray                *zona_scheme_load_directory     (const char               *path,
                                                          GError                  **error);
void                      zona_scheme_free               (ZonaScheme               *scheme);
const ZonaSchemeVersion  *zona_scheme_version_for_year   (const ZonaScheme         *scheme,
                                                          int                       year);
const char               *zona_scheme_not_held_reason    (const ZonaScheme         *scheme,
                                                          int                       year);
int                       zona_scheme_latest_year        (const ZonaScheme         *scheme,
                                                          int                       year);
const ZonaIndicator      *zona_scheme_version_find_indicator
                                                         (const ZonaSchemeVersion  *version,
                                                          const char               *code,
                                                          const ZonaDimension     **out_dimension);
guint                     zona_scheme_version_n_indicators
                                                         (const ZonaSchemeVersion  *version);
const ZonaBand           *zona_scheme_classify           (const ZonaScheme         *scheme,
                                                          int                       year,
                                                          ZonaScore                 score,
                                                          char                    **out_reason);
const ZonaScheme         *zona_scheme_list_find          (GPtrArray                *schemes,
                                                          const char               *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaScheme, zona_scheme_free)

G_END_DECLS
