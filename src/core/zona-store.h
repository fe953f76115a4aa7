/* zona-store.h — the SQLite file that holds Zona's whole record
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "zona-records.h"
#include "zona-scheme.h"

G_BEGIN_DECLS

#define ZONA_STORE_ERROR (zona_store_error_quark ())

typedef enum
{
  ZONA_STORE_ERROR_FAILED,
  ZONA_STORE_ERROR_NOT_FOUND,
  ZONA_STORE_ERROR_NOT_ZONA,
  ZONA_STORE_ERROR_DAMAGED,
  ZONA_STORE_ERROR_TOO_NEW,
  ZONA_STORE_ERROR_READ_ONLY,
  ZONA_STORE_ERROR_LOCKED,
  ZONA_STORE_ERROR_INVALID,
  ZONA_STORE_ERROR_EXISTS,
  ZONA_STORE_ERROR_FULL,
  ZONA_STORE_ERROR_MOVED,
} ZonaStoreError;

typedef enum
{
  ZONA_STORE_OPEN_DEFAULT = 0,
  ZONA_STORE_OPEN_CREATE  = 1 << 0,
} ZonaStoreOpenFlags;

#define ZONA_TYPE_STORE (zona_store_get_type ())

G_DECLARE_FINAL_TYPE (ZonaStore, zona_store, ZONA, STORE, GObject)

GQuark            zona_store_error_quark          (void);
ZonaStore        *zona_store_open                 (const char          *path,
                                                   ZonaStoreOpenFlags   flags,
                                                   GError             **error);
ZonaStore        *zona_store_create               (const char          *path,
                                                   GError             **error);
const char       *zona_store_get_path             (ZonaStore           *self);
int               zona_store_get_schema_version   (ZonaStore           *self);
int               zona_store_get_latest_version   (void);
const char       *zona_store_get_backup_path      (ZonaStore           *self);
gboolean          zona_store_save_copy            (ZonaStore           *self,
                                                   const char          *path,
                                                   GError             **error);
gboolean          zona_store_check_file           (ZonaStore           *self,
                                                   GError             **error);

/* Schemes (zona-store-schemes.c) */
gboolean          zona_store_save_scheme          (ZonaStore           *self,
                                                   const ZonaScheme    *scheme,
                                                   gboolean             builtin,
                                                   GError             **error);
GPtrArray        *zona_store_get_schemes          (ZonaStore           *self);
const ZonaScheme *zona_store_find_scheme          (ZonaStore           *self,
                                                   const char          *id,
                                                   GError             **error);

/* Regions and units (zona-store-regions.c) */
gint64            zona_store_add_region           (ZonaStore           *self,
                                                   const char          *code,
                                                   ZonaRegionKind       kind,
                                                   const char          *name,
                                                   GError             **error);
gboolean          zona_store_add_region_alias     (ZonaStore           *self,
                                                   const char          *code,
                                                   const char          *alias,
                                                   GError             **error);
ZonaRegion       *zona_store_get_region           (ZonaStore           *self,
                                                   const char          *code,
                                                   GError             **error);
ZonaRegion       *zona_store_get_region_by_id     (ZonaStore           *self,
                                                   gint64               id,
                                                   GError             **error);
GPtrArray        *zona_store_find_regions_by_name (ZonaStore           *self,
                                                   const char          *name,
                                                   GError             **error);
gboolean          zona_store_set_region_followed  (ZonaStore           *self,
                                                   const char          *code,
                                                   gboolean             followed,
                                                   GError             **error);
GPtrArray        *zona_store_list_regions         (ZonaStore           *self,
                                                   ZonaRegionListFlags  flags,
                                                   GError             **error);
gint64            zona_store_add_unit             (ZonaStore           *self,
                                                   const char          *region_code,
                                                   const ZonaUnit      *unit,
                                                   GError             **error);
GPtrArray        *zona_store_list_units           (ZonaStore           *self,
                                                   const char          *region_code,
                                                   int                  year,
                                                   GError             **error);
ZonaUnit         *zona_store_find_unit            (ZonaStore           *self,
                                                   const char          *region_code,
                                                   const char          *name,
                                                   GError             **error);
ZonaUnit         *zona_store_get_unit             (ZonaStore           *self,
                                                   gint64               id,
                                                   GError             **error);

/* Renames and merges (zona-store-lineage.c) */
gint64            zona_store_rename_unit          (ZonaStore           *self,
                                                   gint64               unit_id,
                                                   const char          *new_name,
                                                   const char          *new_short_name,
                                                   int                  year,
                                                   GError             **error);
gint64            zona_store_merge_units          (ZonaStore           *self,
                                                   const gint64        *unit_ids,
                                                   guint                n_units,
                                                   const char          *new_name,
                                                   const char          *new_short_name,
                                                   int                  year,
                                                   GError             **error);
GArray           *zona_store_get_lineage          (ZonaStore           *self,
                                                   gint64               unit_id,
                                                   GError             **error);
GArray           *zona_store_get_successors       (ZonaStore           *self,
                                                   gint64               unit_id,
                                                   GError             **error);

/* Corrections and rounds (zona-store-edits.c) */
gboolean          zona_store_update_unit          (ZonaStore           *self,
                                                   const ZonaUnit      *unit,
                                                   GError             **error);
gboolean          zona_store_delete_unit          (ZonaStore           *self,
                                                   gint64               unit_id,
                                                   GError             **error);
gboolean          zona_store_update_region        (ZonaStore           *self,
                                                   const char          *code,
                                                   const char          *name,
                                                   GError             **error);
gboolean          zona_store_delete_region        (ZonaStore           *self,
                                                   const char          *code,
                                                   GError             **error);
gboolean          zona_store_start_round          (ZonaStore           *self,
                                                   const char          *region_code,
                                                   const char          *scheme_id,
                                                   int                  year,
                                                   const gint64        *unit_ids,
                                                   guint                n_units,
                                                   guint               *out_created,
                                                   GError             **error);

/* Assessments (zona-store-assessments.c) */
gint64            zona_store_set_assessment       (ZonaStore           *self,
                                                   const ZonaAssessment *assessment,
                                                   GError             **error);
gint64            zona_store_record_assessment    (ZonaStore           *self,
                                                   const ZonaAssessment *assessment,
                                                   GHashTable          *indicator_values,
                                                   GError             **error);
gint64            zona_store_record_total         (ZonaStore           *self,
                                                   const ZonaAssessment *assessment,
                                                   GError             **error);
gboolean          zona_store_set_assessments      (ZonaStore           *self,
                                                   GPtrArray           *assessments,
                                                   GError             **error);
gboolean          zona_store_set_indicator_scores (ZonaStore           *self,
                                                   gint64               assessment_id,
                                                   GHashTable          *values,
                                                   GError             **error);
GHashTable       *zona_store_get_indicator_scores (ZonaStore           *self,
                                                   gint64               assessment_id,
                                                   GError             **error);
ZonaAssessment   *zona_store_get_assessment       (ZonaStore           *self,
                                                   gint64               region_id,
                                                   gint64               unit_id,
                                                   const char          *scheme_id,
                                                   int                  year,
                                                   GError             **error);
gboolean          zona_store_delete_assessment    (ZonaStore           *self,
                                                   gint64               assessment_id,
                                                   GError             **error);
gint64            zona_store_restore_assessment   (ZonaStore           *self,
                                                   const ZonaAssessment *assessment,
                                                   GHashTable          *indicator_values,
                                                   GError             **error);
GPtrArray        *zona_store_list_assessments     (ZonaStore           *self,
                                                   const char          *region_code,
                                                   const char          *scheme_id,
                                                   int                  year,
                                                   GError             **error);
GPtrArray        *zona_store_trend                (ZonaStore           *self,
                                                   const char          *region_code,
                                                   gint64               unit_id,
                                                   const char          *scheme_id,
                                                   GError             **error);
GPtrArray        *zona_store_region_scores        (ZonaStore           *self,
                                                   const char          *region_code,
                                                   const char          *scheme_id,
                                                   GError             **error);
GPtrArray        *zona_store_rank_units           (ZonaStore           *self,
                                                   const char          *region_code,
                                                   const char          *scheme_id,
                                                   int                  year,
                                                   GError             **error);
GPtrArray        *zona_store_rank_regions         (ZonaStore           *self,
                                                   ZonaRegionKind       kind,
                                                   const char          *scheme_id,
                                                   int                  year,
                                                   GError             **error);

G_END_DECLS
