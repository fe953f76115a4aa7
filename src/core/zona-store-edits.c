/* zona-store-edits.c — corrections: editing and deleting units and regions, restoring a
 * deleted assessment, starting an assessment round
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-evidence-rounds.h"
#include "zona-region-names.h"
#include "zona-store-private.h"

/* Counts what still points at a row, so a deletion can say why it is refused instead of
 * failing on a foreign key. */
static gboolean
count_rows (ZonaStore   *self,
            const char  *sql,
            gint64       id,
            gint64      *out_count,
            GError     **error)
{
  sqlite3_stmt *stmt = zona_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  *out_count = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;

  return zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
}

/**
 * zona_store_update_unit:
 * @self: a store
 * @unit: the unit's id with its corrected name, short name, kind and parent
 * @error: why the correction was refused
 *
 * Corrects a unit in place, for typing errors. A unit that really changed its name is renamed
 * with zona_store_rename_unit() instead, so that earlier years keep the name they had.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_update_unit (ZonaStore       *self,
                        const ZonaUnit  *unit,
                        GError         **error)
{
  static const char sql[] =
    "UPDATE unit SET name = ?2, short_name = ?3, kind = ?4, parent_id = ?5 WHERE id = ?1";
  static const char sql_clash[] =
    "SELECT count (*) FROM unit WHERE region_id = ?1 AND id != ?2 AND valid_to IS NULL "
    "AND (lower (name) IN (lower (?3), lower (?4)) OR lower (short_name) IN (lower (?3), lower (?4)))";
  g_autoptr(ZonaUnit) current = NULL;
  g_autofree char *name = g_strstrip (g_strdup (unit->name ? unit->name : ""));
  g_autofree char *short_name = unit->short_name ? g_strstrip (g_strdup (unit->short_name)) : NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if ((current = zona_store_get_unit (self, unit->id, error)) == NULL)
    return FALSE;

  if (name[0] == '\0')
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("The unit needs a name"));
      return FALSE;
    }
  if (short_name != NULL && short_name[0] == '\0')
    g_clear_pointer (&short_name, g_free);

  if (unit->parent_id == unit->id)
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("A unit cannot belong to itself"));
      return FALSE;
    }

  if (unit->parent_id != 0)
    {
      g_autoptr(ZonaUnit) parent = zona_store_get_unit (self, unit->parent_id, error);

      if (parent == NULL)
        return FALSE;
      if (parent->region_id != current->region_id || parent->parent_id == unit->id)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("“%s” cannot be the parent of “%s”"), parent->name, name);
          return FALSE;
        }
    }

  if ((stmt = zona_store_prepare (self, sql_clash, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, current->region_id);
  sqlite3_bind_int64 (stmt, 2, unit->id);
  zona_store_bind_text (stmt, 3, name);
  zona_store_bind_text (stmt, 4, short_name ? short_name : name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0)
    {
      sqlite3_reset (stmt);
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                   _("The region already has a unit called “%s”"),
                   short_name ? short_name : name);
      return FALSE;
    }
  if (!zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit->id);
  zona_store_bind_text (stmt, 2, name);
  zona_store_bind_text (stmt, 3, short_name);
  zona_store_bind_text (stmt, 4, unit->kind && unit->kind[0] ? unit->kind : current->kind);
  zona_store_bind_id (stmt, 5, unit->parent_id);

  return zona_store_step_done (self, stmt, error);
}

/**
 * zona_store_delete_unit:
 * @self: a store
 * @unit_id: a unit
 * @error: why it was refused
 *
 * Deletes a unit entered by mistake. A unit with results, units under it or a lineage is part
 * of the record and is refused: such a unit is ended (renamed or merged) instead.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_delete_unit (ZonaStore  *self,
                        gint64      unit_id,
                        GError    **error)
{
  static const char sql_results[] = "SELECT count (*) FROM assessment WHERE unit_id = ?1";
  static const char sql_children[] = "SELECT count (*) FROM unit WHERE parent_id = ?1";
  static const char sql_lineage[] =
    "SELECT count (*) FROM unit_lineage WHERE predecessor_id = ?1 OR successor_id = ?1";
  static const char sql_delete[] = "DELETE FROM unit WHERE id = ?1";
  g_autoptr(ZonaUnit) unit = NULL;
  sqlite3_stmt *stmt;
  gint64 n_results;
  gint64 n_children;
  gint64 n_links;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if ((unit = zona_store_get_unit (self, unit_id, error)) == NULL ||
      !count_rows (self, sql_results, unit_id, &n_results, error) ||
      !count_rows (self, sql_children, unit_id, &n_children, error) ||
      !count_rows (self, sql_lineage, unit_id, &n_links, error))
    return FALSE;

  if (n_results > 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” has %u result: delete it first",
                                "“%s” has %u results: delete them first",
                                (gulong) n_results),
                   unit->name, (guint) n_results);
      return FALSE;
    }

  if (n_children > 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("Other units belong to “%s”: move or delete them first"), unit->name);
      return FALSE;
    }

  if (n_links > 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” is part of a rename or merge and stays in the record"), unit->name);
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql_delete, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);

  return zona_store_step_done (self, stmt, error);
}

/**
 * zona_store_update_region:
 * @self: a store
 * @code: a region
 * @name: its corrected name
 * @error: why it was refused
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_update_region (ZonaStore   *self,
                          const char  *code,
                          const char  *name,
                          GError     **error)
{
  static const char sql[] = "UPDATE region SET name = ?2, name_key = ?3 WHERE code = ?1";
  g_autoptr(ZonaRegion) region = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *key = zona_region_name_key (trimmed);
  sqlite3_stmt *stmt;

  if ((region = zona_store_get_region (self, code, error)) == NULL)
    return FALSE;

  if (key[0] == '\0')
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("The region needs a name"));
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  zona_store_bind_text (stmt, 1, code);
  zona_store_bind_text (stmt, 2, trimmed);
  zona_store_bind_text (stmt, 3, key);

  return zona_store_step_done (self, stmt, error);
}

/**
 * zona_store_delete_region:
 * @self: a store
 * @code: a region without units or results
 * @error: why it was refused
 *
 * Deletes a region added by mistake. A region with units, results or regions under it is
 * refused.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_delete_region (ZonaStore   *self,
                          const char  *code,
                          GError     **error)
{
  static const char sql_used[] =
    "SELECT (SELECT count (*) FROM unit WHERE region_id = ?1)"
    "     + (SELECT count (*) FROM assessment WHERE region_id = ?1)"
    "     + (SELECT count (*) FROM region WHERE parent_id = ?1)";
  static const char sql_delete[] = "DELETE FROM region WHERE id = ?1";
  g_autoptr(ZonaRegion) region = NULL;
  sqlite3_stmt *stmt;
  gint64 n_used;

  if ((region = zona_store_get_region (self, code, error)) == NULL ||
      !count_rows (self, sql_used, region->id, &n_used, error))
    return FALSE;

  if (n_used > 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%s still has units, results or regions under it and stays in the record"),
                   region->name);
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql_delete, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, region->id);

  return zona_store_step_done (self, stmt, error);
}

/**
 * zona_store_start_round:
 * @self: a store
 * @region_code: a region
 * @scheme_id: the scheme of the round
 * @year: the round's year
 * @unit_ids: (array length=n_units): the units lokus of the round
 * @n_units: how many
 * @out_created: (out) (optional): how many draft assessments were created
 * @error: why the round was refused; nothing is written then
 *
 * Starts an assessment round in one step: a draft assessment, without a score, for every unit
 * lokus that has none for that scheme and year yet. Units that already have one keep it.
 * Each new assessment's checklist takes over the structure of the unit's previous round of
 * the scheme (zona_store_carry_checklist()): who is in charge of each document, and the
 * clerk's own items. Statuses, dates and files are not carried; the documents still valid are
 * offered by zona_store_list_reusable_documents().
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_start_round (ZonaStore     *self,
                        const char    *region_code,
                        const char    *scheme_id,
                        int            year,
                        const gint64  *unit_ids,
                        guint          n_units,
                        guint         *out_created,
                        GError       **error)
{
  g_autoptr(ZonaRegion) region = NULL;
  guint created = 0;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if ((region = zona_store_get_region (self, region_code, error)) == NULL)
    return FALSE;

  if (!zona_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(ZonaAssessment) existing = NULL;
      gint64 id;
      ZonaAssessment draft = {
        .region_id = region->id,
        .unit_id = unit_ids[i],
        .scheme_id = (char *) scheme_id,
        .year = year,
        .status = ZONA_STATUS_DRAFT,
      };

      existing = zona_store_get_assessment (self, region->id, unit_ids[i], scheme_id, year, NULL);
      if (existing != NULL)
        continue;

      if ((id = zona_store_set_assessment (self, &draft, error)) == 0 ||
          !zona_store_carry_checklist (self, id, NULL, error))
        {
          zona_store_rollback (self);
          return FALSE;
        }
      created++;
    }

  if (!zona_store_commit (self, error))
    return FALSE;

  if (out_created != NULL)
    *out_created = created;

  return TRUE;
}
