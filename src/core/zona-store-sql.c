/* zona-store-sql.c — the store's statements, errors and transactions
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-store-private.h"

/* Turns an SQLite result code into words a clerk can act on; the SQLite message is kept at
 * the end for whoever has to investigate. */
void
zona_store_set_error (ZonaStore *self,
                      int        rc,
                      GError   **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  /* A change refused because the file has gone (by the commit hook, or by SQLite itself for a
   * rollback journal) is reported as that, not as a broken rule or a read-only file. */
  if ((rc == SQLITE_CONSTRAINT_COMMITHOOK || rc == SQLITE_READONLY_DBMOVED) &&
      !zona_store_check_file (self, error))
    return;

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_DAMAGED,
                   _("The database file “%s” is damaged (%s). Restore it from a backup."),
                   self->path, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_LOCKED,
                   _("The database file “%s” is in use by another program. Close the other "
                     "program or wait, then try again."), self->path);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_READ_ONLY,
                   _("The database file “%s” cannot be written to (%s). Check that you may "
                     "write to the file and its folder, then try again."), self->path, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full. Free some space, then try again."),
                   self->path);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The change breaks a rule of the database: %s"), detail);
      break;
    default:
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_FAILED,
                   _("The database file “%s” could not be used: %s"), self->path, detail);
      break;
    }
}

/**
 * zona_store_prepare: (skip)
 *
 * Returns the prepared statement for @sql, which must be a string with static storage: it is
 * prepared once, on first use, and reset and cleared of bindings on every later use.
 */
sqlite3_stmt *
zona_store_prepare (ZonaStore   *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  else
    {
      rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          zona_store_set_error (self, rc, error);
          return NULL;
        }

      g_hash_table_insert (self->statements, (gpointer) sql, stmt);
    }

  /* Outside a transaction a change commits on its own, and an INSERT … RETURNING only at its
   * reset, whose result callers do not read: so the file is checked before such a change
   * starts. Inside a transaction, zona_store_begin() checked and the commit hook checks. */
  if (self->transaction_depth == 0 && !sqlite3_stmt_readonly (stmt) &&
      !zona_store_check_file (self, error))
    return NULL;

  return stmt;
}

/* Steps a statement that returns no rows and resets it. */
gboolean
zona_store_step_done (ZonaStore    *self,
                      sqlite3_stmt *stmt,
                      GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      zona_store_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Ends a loop over a query's rows: resets the statement and turns anything but the normal end
 * of the rows into an error. */
gboolean
zona_store_finish (ZonaStore     *self,
                   sqlite3_stmt  *stmt,
                   int            rc,
                   GError       **error)
{
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      zona_store_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Runs a query into a new array, one record per row made by @read. */
GPtrArray *
zona_store_collect (ZonaStore     *self,
         sqlite3_stmt  *stmt,
         gpointer     (*read) (sqlite3_stmt *),
         GDestroyNotify free_func,
         GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read (stmt));

  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/* Reads the one row a query yields; no row is %ZONA_STORE_ERROR_NOT_FOUND with @not_found. */
gpointer
zona_store_read_one (ZonaStore     *self,
          sqlite3_stmt  *stmt,
          gpointer     (*read) (sqlite3_stmt *),
          const char    *not_found,
          GError       **error)
{
  gpointer row = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    row = read (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND, not_found);
  else
    zona_store_set_error (self, rc, error);

  sqlite3_reset (stmt);

  return row;
}

/* For tests: adds up one of SQLite's per-statement counters (SQLITE_STMTSTATUS_FULLSCAN_STEP:
 * rows read without an index; SQLITE_STMTSTATUS_VM_STEP: work done) over the cached statements,
 * optionally resetting them. */
guint64
zona_store_count_statement_status (ZonaStore *self,
                                   int        counter,
                                   gboolean   reset)
{
  GHashTableIter iter;
  gpointer stmt;
  guint64 steps = 0;

  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, NULL, &stmt))
    steps += sqlite3_stmt_status (stmt, counter, reset);

  return steps;
}

gboolean
zona_store_exec (ZonaStore   *self,
                 const char  *sql,
                 GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      zona_store_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

char *
zona_store_column_text (sqlite3_stmt *stmt,
                        int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

void
zona_store_bind_text (sqlite3_stmt *stmt,
                      int           index,
                      const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

void
zona_store_bind_id (sqlite3_stmt *stmt,
                    int           index,
                    gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Transactions nest: only the outermost begin and commit reach SQLite, so a multi-row
 * function can call single-row ones and the whole stays one transaction. Any failure is
 * rolled back by the outermost caller. */
gboolean
zona_store_begin (ZonaStore  *self,
                  GError    **error)
{
  if (self->transaction_depth == 0)
    {
      if (!zona_store_check_file (self, error) ||
          !zona_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }

  self->transaction_depth++;

  return TRUE;
}

gboolean
zona_store_commit (ZonaStore  *self,
                   GError    **error)
{
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth > 1)
    {
      self->transaction_depth--;
      return TRUE;
    }

  if (!zona_store_exec (self, "COMMIT", error))
    {
      zona_store_rollback (self);
      return FALSE;
    }

  self->transaction_depth = 0;

  return TRUE;
}

void
zona_store_rollback (ZonaStore *self)
{
  g_return_if_fail (self->transaction_depth > 0);

  if (--self->transaction_depth > 0)
    return;

  if (sqlite3_get_autocommit (self->db) == 0)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  /* Cached schemes may hold what the rolled-back transaction wrote. */
  zona_store_forget_schemes (self);
}
