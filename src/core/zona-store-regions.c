/* zona-store-regions.c — regions and their units
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-region-names.h"
#include "zona-store-private.h"

#define REGION_COLUMNS \
  "r.id, r.code, r.kind, r.name, p.code, r.head_title FROM region r " \
  "LEFT JOIN region p ON p.id = r.parent_id "

#define UNIT_COLUMNS \
  "id, region_id, name, short_name, kind, parent_id, valid_from, valid_to FROM unit "

static ZonaRegion *
read_region (sqlite3_stmt *stmt)
{
  ZonaRegion *region = g_new0 (ZonaRegion, 1);
  const char *kind = (const char *) sqlite3_column_text (stmt, 2);

  region->id = sqlite3_column_int64 (stmt, 0);
  region->code = zona_store_column_text (stmt, 1);
  zona_region_kind_from_string (kind, &region->kind);
  region->name = zona_store_column_text (stmt, 3);
  region->province_code = zona_store_column_text (stmt, 4);
  region->head_title = zona_store_column_text (stmt, 5);

  return region;
}

static ZonaUnit *
read_unit (sqlite3_stmt *stmt)
{
  ZonaUnit *unit = g_new0 (ZonaUnit, 1);

  unit->id = sqlite3_column_int64 (stmt, 0);
  unit->region_id = sqlite3_column_int64 (stmt, 1);
  unit->name = zona_store_column_text (stmt, 2);
  unit->short_name = zona_store_column_text (stmt, 3);
  unit->kind = zona_store_column_text (stmt, 4);
  unit->parent_id = sqlite3_column_int64 (stmt, 5);
  unit->valid_from = sqlite3_column_int (stmt, 6);
  unit->valid_to = sqlite3_column_int (stmt, 7);

  return unit;
}

gint64
zona_store_region_row_id (ZonaStore   *self,
                          const char  *code,
                          GError     **error)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (self, code, error);

  return region != NULL ? region->id : 0;
}

/**
 * zona_store_add_region:
 * @self: a store
 * @code: the Kemendagri code, "35.19"
 * @kind: provinsi, kabupaten or kota; it must agree with the code
 * @name: the official name, "Kabupaten Madiun"
 * @error: why the region was refused
 *
 * Adds a region. A kabupaten or kota belongs to the province its code starts with, which must
 * already exist.
 *
 * Returns: the new region's row id, or 0
 */
gint64
zona_store_add_region (ZonaStore       *self,
                       const char      *code,
                       ZonaRegionKind   kind,
                       const char      *name,
                       GError         **error)
{
  static const char sql[] =
    "INSERT INTO region (code, kind, name, name_key, parent_id, head_title) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  g_autofree char *key = NULL;
  g_autofree char *trimmed = NULL;
  g_autoptr(ZonaRegion) existing = NULL;
  ZonaRegionKind code_kind;
  sqlite3_stmt *stmt;
  gint64 parent_id = 0;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);

  if (!zona_region_code_is_valid (code, &code_kind))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” is not a Kemendagri region code: write two digits for a province "
                     "(35), or two more after a dot for a kabupaten, 01–69, or a kota, 71–99 "
                     "(35.19)"), code ? code : "");
      return 0;
    }

  /* Codes 01-69 are kabupaten and 71-99 kota in the Kemendagri list. */
  if (code_kind != kind)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The code %s denotes a %s, not a %s: kabupaten have codes 01–69 and kota "
                     "71–99"),
                   code, zona_region_kind_to_string (code_kind), zona_region_kind_to_string (kind));
      return 0;
    }

  trimmed = g_strstrip (g_strdup (name ? name : ""));
  key = zona_region_name_key (trimmed);
  if (key[0] == '\0')
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("The region needs a name"));
      return 0;
    }

  existing = zona_store_get_region (self, code, NULL);
  if (existing != NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                   _("The code %s is already used by %s"), code, existing->name);
      return 0;
    }

  if (kind != ZONA_REGION_PROVINSI)
    {
      g_autofree char *province = g_strndup (code, 2);

      parent_id = zona_store_region_row_id (self, province, NULL);
      if (parent_id == 0)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("There is no province with the code %s for the region %s"),
                       province, code);
          return 0;
        }
    }

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return 0;

  zona_store_bind_text (stmt, 1, code);
  zona_store_bind_text (stmt, 2, zona_region_kind_to_string (kind));
  zona_store_bind_text (stmt, 3, trimmed);
  zona_store_bind_text (stmt, 4, key);
  zona_store_bind_id (stmt, 5, parent_id);
  zona_store_bind_text (stmt, 6, zona_region_kind_head_title (kind));

  if (!zona_store_step_done (self, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (self->db);
}

/**
 * zona_store_add_region_alias:
 * @self: a store
 * @code: a region code
 * @alias: another name the region is known by ("Kabupaten Pangkep")
 * @error: why it was refused
 *
 * Returns: %TRUE when the alias is recorded (or already was)
 */
gboolean
zona_store_add_region_alias (ZonaStore   *self,
                             const char  *code,
                             const char  *alias,
                             GError     **error)
{
  static const char sql[] =
    "INSERT OR IGNORE INTO region_alias (region_id, alias, alias_key) VALUES (?1, ?2, ?3)";
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gint64 region_id;

  region_id = zona_store_region_row_id (self, code, error);
  if (region_id == 0)
    return FALSE;

  key = zona_region_name_key (alias);
  if (key[0] == '\0')
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("An alias needs a name"));
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, region_id);
  zona_store_bind_text (stmt, 2, alias);
  zona_store_bind_text (stmt, 3, key);

  return zona_store_step_done (self, stmt, error);
}

/**
 * zona_store_get_region:
 * @self: a store
 * @code: a Kemendagri code
 * @error: %ZONA_STORE_ERROR_NOT_FOUND when no region has that code
 *
 * Returns: (transfer full): the region, or %NULL
 */
ZonaRegion *
zona_store_get_region (ZonaStore   *self,
                       const char  *code,
                       GError     **error)
{
  static const char sql[] = "SELECT " REGION_COLUMNS "WHERE r.code = ?1";
  g_autofree char *not_found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  zona_store_bind_text (stmt, 1, code);
  not_found = g_strdup_printf (_("There is no region with the code “%s”"), code ? code : "");

  return zona_store_read_one (self, stmt, (gpointer) read_region, not_found, error);
}

ZonaRegion *
zona_store_get_region_by_id (ZonaStore  *self,
                             gint64      id,
                             GError    **error)
{
  static const char sql[] = "SELECT " REGION_COLUMNS "WHERE r.id = ?1";
  sqlite3_stmt *stmt;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);

  return zona_store_read_one (self, stmt, (gpointer) read_region, _("The region no longer exists"), error);
}

/**
 * zona_store_find_regions_by_name:
 * @self: a store
 * @name: a name as people write it: "Kab. Madiun", "Kota Bau Bau", "Madiun"
 * @error: a database error
 *
 * Finds the regions a name can mean, by official name and aliases, ignoring case, spacing,
 * punctuation and the "Kab."/"Kabupaten" prefix. A bare name ("Madiun") matches both the
 * kabupaten and the kota of that name: the caller must ask which, never guess.
 *
 * Returns: (transfer full) (element-type ZonaRegion): the candidates, possibly none
 */
GPtrArray *
zona_store_find_regions_by_name (ZonaStore   *self,
                                 const char  *name,
                                 GError     **error)
{
  static const char sql[] =
    "SELECT " REGION_COLUMNS
    "WHERE r.name_key IN (?1, 'kabupaten' || ?1, 'kota' || ?1) "
    "   OR r.id IN (SELECT region_id FROM region_alias "
    "               WHERE alias_key IN (?1, 'kabupaten' || ?1, 'kota' || ?1)) "
    "ORDER BY r.name_key = ?1 DESC, r.code";
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  key = zona_region_name_key (name ? name : "");
  if (key[0] == '\0')
    return g_ptr_array_new_with_free_func ((GDestroyNotify) zona_region_free);

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  zona_store_bind_text (stmt, 1, key);
  found = zona_store_collect (self, stmt, (gpointer) read_region, (GDestroyNotify) zona_region_free, error);
  if (found == NULL)
    return NULL;

  /* An exact match of the full name wins over the candidates a bare name also hits. */
  if (found->len > 1)
    {
      ZonaRegion *first = g_ptr_array_index (found, 0);
      g_autofree char *first_key = zona_region_name_key (first->name);

      if (g_str_equal (first_key, key))
        g_ptr_array_set_size (found, 1);
    }

  return g_steal_pointer (&found);
}

/**
 * zona_store_list_regions:
 * @self: a store
 * @flags: which regions
 * @error: a database error
 *
 * Returns: (transfer full) (element-type ZonaRegion): regions sorted by code
 */
GPtrArray *
zona_store_list_regions (ZonaStore            *self,
                         ZonaRegionListFlags   flags,
                         GError              **error)
{
  static const char sql[] =
    "SELECT " REGION_COLUMNS
    "WHERE (?1 = 0 OR r.followed OR EXISTS (SELECT 1 FROM unit u WHERE u.region_id = r.id) "
    "              OR EXISTS (SELECT 1 FROM assessment a WHERE a.region_id = r.id)) "
    "  AND (?2 = 0 OR r.kind != 'provinsi') "
    "ORDER BY r.code";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, (flags & ZONA_REGION_LIST_WITH_DATA) != 0);
  sqlite3_bind_int (stmt, 2, (flags & ZONA_REGION_LIST_NO_PROVINCES) != 0);

  return zona_store_collect (self, stmt, (gpointer) read_region, (GDestroyNotify) zona_region_free, error);
}

static gboolean
unit_name_is_free (ZonaStore   *self,
                   gint64       region_id,
                   const char  *name,
                   GError     **error)
{
  static const char sql[] =
    "SELECT 1 FROM unit WHERE region_id = ?1 AND valid_to IS NULL "
    "AND (lower (name) = lower (?2) OR lower (short_name) = lower (?2))";
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, region_id);
  zona_store_bind_text (stmt, 2, name);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_ROW)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                   _("The region already has a unit called “%s”"), name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      zona_store_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Inserts @unit into the region of @region_id after checking its fields. */
gint64
zona_store_insert_unit (ZonaStore       *self,
                        gint64           region_id,
                        const ZonaUnit  *unit,
                        GError         **error)
{
  static const char sql[] =
    "INSERT INTO unit (region_id, name, short_name, kind, parent_id, valid_from, valid_to) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  g_autofree char *name = g_strstrip (g_strdup (unit->name ? unit->name : ""));
  g_autofree char *short_name = unit->short_name ? g_strstrip (g_strdup (unit->short_name)) : NULL;
  sqlite3_stmt *stmt;

  if (name[0] == '\0')
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("The unit needs a name"));
      return 0;
    }

  if (short_name != NULL && short_name[0] == '\0')
    g_clear_pointer (&short_name, g_free);

  if ((unit->valid_from != 0 && (unit->valid_from < 1945 || unit->valid_from > 9999)) ||
      (unit->valid_to != 0 && (unit->valid_to < 1945 || unit->valid_to > 9999)))
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("The unit’s first and last years must be years such as 2023"));
      return 0;
    }

  if (!unit_name_is_free (self, region_id, name, error) ||
      (short_name != NULL && !unit_name_is_free (self, region_id, short_name, error)))
    return 0;

  if (unit->parent_id != 0)
    {
      g_autoptr(ZonaUnit) parent = zona_store_get_unit (self, unit->parent_id, error);

      if (parent == NULL)
        return 0;
      if (parent->region_id != region_id)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("“%s” belongs to another region and cannot be the parent unit"),
                       parent->name);
          return 0;
        }
    }

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, region_id);
  zona_store_bind_text (stmt, 2, name);
  zona_store_bind_text (stmt, 3, short_name);
  zona_store_bind_text (stmt, 4, unit->kind && unit->kind[0] ? unit->kind : "dinas");
  zona_store_bind_id (stmt, 5, unit->parent_id);
  if (unit->valid_from > 0)
    sqlite3_bind_int (stmt, 6, unit->valid_from);
  if (unit->valid_to > 0)
    sqlite3_bind_int (stmt, 7, unit->valid_to);

  if (!zona_store_step_done (self, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (self->db);
}

/**
 * zona_store_add_unit:
 * @self: a store
 * @region_code: the region the unit belongs to
 * @unit: the unit's name, short name, kind, optional parent and first year
 * @error: why the unit was refused
 *
 * Returns: the new unit's id, or 0
 */
gint64
zona_store_add_unit (ZonaStore       *self,
                     const char      *region_code,
                     const ZonaUnit  *unit,
                     GError         **error)
{
  gint64 region_id;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);
  g_return_val_if_fail (unit != NULL, 0);

  region_id = zona_store_region_row_id (self, region_code, error);
  if (region_id == 0)
    return 0;

  return zona_store_insert_unit (self, region_id, unit, error);
}

/**
 * zona_store_list_units:
 * @self: a store
 * @region_code: a region
 * @year: the units that existed in that year, 0 for the units that exist now, -1 for all
 * @error: a database error
 *
 * Returns: (transfer full) (element-type ZonaUnit): units sorted by name
 */
GPtrArray *
zona_store_list_units (ZonaStore   *self,
                       const char  *region_code,
                       int          year,
                       GError     **error)
{
  static const char sql[] =
    "SELECT " UNIT_COLUMNS
    "WHERE region_id = ?1 "
    "  AND (?2 < 0 "
    "       OR (?2 = 0 AND valid_to IS NULL) "
    "       OR (?2 > 0 AND (valid_from IS NULL OR valid_from <= ?2) "
    "                  AND (valid_to IS NULL OR valid_to >= ?2))) "
    "ORDER BY name COLLATE NOCASE";
  sqlite3_stmt *stmt;
  gint64 region_id;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  region_id = zona_store_region_row_id (self, region_code, error);
  if (region_id == 0)
    return NULL;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_int (stmt, 2, year);

  return zona_store_collect (self, stmt, (gpointer) read_unit, (GDestroyNotify) zona_unit_free, error);
}

/**
 * zona_store_find_unit:
 * @self: a store
 * @region_code: a region
 * @name: the unit's name or short name, in any case ("disdukcapil")
 * @error: %ZONA_STORE_ERROR_NOT_FOUND when the region has no such unit
 *
 * Finds a unit by name; a unit that still exists wins over an older one of the same name.
 *
 * Returns: (transfer full): the unit, or %NULL
 */
ZonaUnit *
zona_store_find_unit (ZonaStore   *self,
                      const char  *region_code,
                      const char  *name,
                      GError     **error)
{
  static const char sql[] =
    "SELECT " UNIT_COLUMNS
    "WHERE region_id = ?1 AND (lower (name) = lower (?2) OR lower (short_name) = lower (?2)) "
    "ORDER BY valid_to IS NULL DESC, valid_to DESC LIMIT 1";
  g_autofree char *not_found = NULL;
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *stmt;
  gint64 region_id;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  region_id = zona_store_region_row_id (self, region_code, error);
  if (region_id == 0)
    return NULL;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (name ? name : ""));
  sqlite3_bind_int64 (stmt, 1, region_id);
  zona_store_bind_text (stmt, 2, trimmed);
  not_found = g_strdup_printf (_("The region %s has no unit called “%s”"), region_code, trimmed);

  return zona_store_read_one (self, stmt, (gpointer) read_unit, not_found, error);
}

ZonaUnit *
zona_store_get_unit (ZonaStore  *self,
                     gint64      id,
                     GError    **error)
{
  static const char sql[] = "SELECT " UNIT_COLUMNS "WHERE id = ?1";
  sqlite3_stmt *stmt;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);

  return zona_store_read_one (self, stmt, (gpointer) read_unit, _("The unit no longer exists"), error);
}

/**
 * zona_store_set_region_followed:
 * @self: a store
 * @code: a region
 * @followed: whether the user works on it
 * @error: why it failed
 *
 * Marks a region as one the user works on, so that it is listed with the regions that hold
 * data (%ZONA_REGION_LIST_WITH_DATA) before its first unit or result is recorded.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_set_region_followed (ZonaStore   *self,
                                const char  *code,
                                gboolean     followed,
                                GError     **error)
{
  static const char sql[] = "UPDATE region SET followed = ?2 WHERE id = ?1";
  sqlite3_stmt *stmt;
  gint64 region_id;

  if ((region_id = zona_store_region_row_id (self, code, error)) == 0 ||
      (stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, region_id);
  sqlite3_bind_int (stmt, 2, followed ? 1 : 0);

  return zona_store_step_done (self, stmt, error);
}
