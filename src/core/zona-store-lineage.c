/* zona-store-lineage.c — units that end, renamed or merged, and the lineage that links them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-store-private.h"

static gboolean
end_unit (ZonaStore  *self,
          ZonaUnit   *unit,
          int         year,
          GError    **error)
{
  static const char sql[] = "UPDATE unit SET valid_to = ?2 WHERE id = ?1";
  static const char sql_latest[] = "SELECT max (year) FROM assessment WHERE unit_id = ?1";
  sqlite3_stmt *stmt;
  int latest;
  int rc;

  if (unit->valid_to != 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” already ended in %d"), unit->name, unit->valid_to);
      return FALSE;
    }

  if (unit->valid_from != 0 && year <= unit->valid_from)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” only started in %d; a change must come in a later year"),
                   unit->name, unit->valid_from);
      return FALSE;
    }

  /* Results of the new name's years would be left outside the old unit's lifetime. */
  if ((stmt = zona_store_prepare (self, sql_latest, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit->id);
  rc = sqlite3_step (stmt);
  latest = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? 0 : sqlite3_column_int (stmt, 0);
  if (!zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;

  if (latest >= year)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” already has results for %d: the change can take effect in %d at "
                     "the earliest"), unit->name, latest, latest + 1);
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, unit->id);
  sqlite3_bind_int (stmt, 2, year - 1);

  return zona_store_step_done (self, stmt, error);
}

static gboolean
link_units (ZonaStore   *self,
            gint64       predecessor_id,
            gint64       successor_id,
            const char  *kind,
            int          year,
            gboolean     is_primary,
            GError     **error)
{
  static const char sql_link[] =
    "INSERT INTO unit_lineage (predecessor_id, successor_id, kind, year, is_primary) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
  /* Units under the old one (a puskesmas under the Dinas Kesehatan) move to its successor. */
  static const char sql_children[] =
    "UPDATE unit SET parent_id = ?2 WHERE parent_id = ?1 AND valid_to IS NULL";
  sqlite3_stmt *stmt;

  if ((stmt = zona_store_prepare (self, sql_link, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, predecessor_id);
  sqlite3_bind_int64 (stmt, 2, successor_id);
  zona_store_bind_text (stmt, 3, kind);
  sqlite3_bind_int (stmt, 4, year);
  sqlite3_bind_int (stmt, 5, is_primary);

  if (!zona_store_step_done (self, stmt, error))
    return FALSE;

  if ((stmt = zona_store_prepare (self, sql_children, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, predecessor_id);
  sqlite3_bind_int64 (stmt, 2, successor_id);

  return zona_store_step_done (self, stmt, error);
}

/**
 * zona_store_merge_units:
 * @self: a store
 * @unit_ids: (array length=n_units): the units merged; the first one's history continues in
 *   the new unit's trend
 * @n_units: how many (1 for a rename)
 * @new_name: the new unit's name
 * @new_short_name: (nullable): its short name
 * @year: the first year under the new name
 * @error: why the change was refused
 *
 * Ends the old units at the end of @year - 1 and starts a new one in @year, linked to them, so
 * the history of "Dinsos" carries on as "Dinsos PPPA". One transaction.
 *
 * Returns: the new unit's id, or 0
 */
gint64
zona_store_merge_units (ZonaStore     *self,
                        const gint64  *unit_ids,
                        guint          n_units,
                        const char    *new_name,
                        const char    *new_short_name,
                        int            year,
                        GError       **error)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_unit_free);
  ZonaUnit *first;
  ZonaUnit successor = { 0 };
  gint64 successor_id;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);
  g_return_val_if_fail (n_units > 0, 0);

  if (year < 1945 || year > 9999)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%d is not a plausible year"), year);
      return 0;
    }

  if (!zona_store_begin (self, error))
    return 0;

  for (guint i = 0; i < n_units; i++)
    {
      ZonaUnit *unit = zona_store_get_unit (self, unit_ids[i], error);

      if (unit == NULL)
        goto failed;
      g_ptr_array_add (units, unit);

      if (unit->region_id != ((ZonaUnit *) g_ptr_array_index (units, 0))->region_id)
        {
          g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                               _("Only units of the same region can be merged"));
          goto failed;
        }

      /* Named twice (by its name and its short name, say), a unit would otherwise be refused
       * as "already ended" by its own first mention, which hides the real mistake. */
      for (guint j = 0; j < i; j++)
        if (unit_ids[j] == unit_ids[i])
          {
            g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                         _("“%s” is named twice in the merge"), unit->name);
            goto failed;
          }

      if (!end_unit (self, unit, year, error))
        goto failed;
    }

  first = g_ptr_array_index (units, 0);
  successor.name = (char *) new_name;
  successor.short_name = (char *) new_short_name;
  successor.kind = first->kind;
  successor.parent_id = first->parent_id;
  successor.valid_from = year;

  successor_id = zona_store_insert_unit (self, first->region_id, &successor, error);
  if (successor_id == 0)
    goto failed;

  for (guint i = 0; i < units->len; i++)
    {
      ZonaUnit *unit = g_ptr_array_index (units, i);

      if (!link_units (self, unit->id, successor_id, n_units == 1 ? "rename" : "merge",
                       year, i == 0, error))
        goto failed;
    }

  if (!zona_store_commit (self, error))
    return 0;

  return successor_id;

failed:
  zona_store_rollback (self);
  return 0;
}

/**
 * zona_store_rename_unit:
 * @self: a store
 * @unit_id: the unit
 * @new_name: its new name
 * @new_short_name: (nullable): its new short name
 * @year: the first year under the new name
 * @error: why the rename was refused
 *
 * Renames a unit from @year on; earlier years keep the old name and the trend continues.
 *
 * Returns: the id of the unit under its new name, or 0
 */
gint64
zona_store_rename_unit (ZonaStore   *self,
                        gint64       unit_id,
                        const char  *new_name,
                        const char  *new_short_name,
                        int          year,
                        GError     **error)
{
  return zona_store_merge_units (self, &unit_id, 1, new_name, new_short_name, year, error);
}

/**
 * zona_store_get_lineage:
 * @self: a store
 * @unit_id: a unit
 * @error: a database error
 *
 * Returns: (transfer full) (element-type ZonaLineage): the links that lead to @unit_id, nearest
 *   first, following every predecessor
 */
GArray *
zona_store_get_lineage (ZonaStore  *self,
                        gint64      unit_id,
                        GError    **error)
{
  static const char sql[] =
    "WITH RECURSIVE chain (id, depth) AS ("
    "  SELECT ?1, 0"
    "  UNION SELECT l.predecessor_id, c.depth + 1 FROM unit_lineage l"
    "    JOIN chain c ON l.successor_id = c.id WHERE c.depth < 64"
    ") "
    "SELECT l.predecessor_id, l.successor_id, l.kind, l.year, l.is_primary "
    "FROM unit_lineage l JOIN chain c ON l.successor_id = c.id "
    "ORDER BY c.depth, l.is_primary DESC, l.predecessor_id";
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (ZonaLineage));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (links, (GDestroyNotify) zona_lineage_clear);

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZonaLineage link = {
        .predecessor_id = sqlite3_column_int64 (stmt, 0),
        .successor_id = sqlite3_column_int64 (stmt, 1),
        .kind = zona_store_column_text (stmt, 2),
        .year = sqlite3_column_int (stmt, 3),
        .is_primary = sqlite3_column_int (stmt, 4),
      };

      g_array_append_val (links, link);
    }

  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&links);
}

/**
 * zona_store_get_successors:
 * @self: a store
 * @unit_id: a unit
 * @error: a database error
 *
 * The other way of zona_store_get_lineage(): what a unit that ended became, so that its page
 * can say "Became Dinsos PPPA in 2025" and lead there.
 *
 * Returns: (transfer full) (element-type ZonaLineage): the links that leave @unit_id, by year
 */
GArray *
zona_store_get_successors (ZonaStore  *self,
                           gint64      unit_id,
                           GError    **error)
{
  static const char sql[] =
    "SELECT predecessor_id, successor_id, kind, year, is_primary FROM unit_lineage "
    "WHERE predecessor_id = ?1 ORDER BY year, successor_id";
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (ZonaLineage));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  g_array_set_clear_func (links, (GDestroyNotify) zona_lineage_clear);

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZonaLineage link = {
        .predecessor_id = sqlite3_column_int64 (stmt, 0),
        .successor_id = sqlite3_column_int64 (stmt, 1),
        .kind = zona_store_column_text (stmt, 2),
        .year = sqlite3_column_int (stmt, 3),
        .is_primary = sqlite3_column_int (stmt, 4),
      };

      g_array_append_val (links, link);
    }

  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&links);
}
