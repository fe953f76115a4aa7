/* zona-store-history.c — what happened to an evidence item, read from the audit log
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-evidence-rounds.h"
#include "zona-store-private.h"

/* The triggers of migrations 2 and 4 write the entries: a status as its name, an assignment
 * and an attached file as JSON objects, which are taken apart here rather than by callers. */
static const char sql_changes[] =
  "SELECT id, at, action, old_value, new_value,"
  "  CASE WHEN action = 'assign' THEN json_extract (old_value, '$.person_in_charge') END,"
  "  CASE WHEN action = 'assign' THEN json_extract (new_value, '$.person_in_charge') END,"
  "  CASE WHEN action = 'assign' THEN json_extract (old_value, '$.due_date') END,"
  "  CASE WHEN action = 'assign' THEN json_extract (new_value, '$.due_date') END,"
  "  CASE WHEN action = 'attach' THEN json_extract (new_value, '$.attachment') END,"
  "  CASE WHEN action = 'attach' THEN json_extract (new_value, '$.filename') END,"
  "  CASE WHEN action = 'attach' THEN json_extract (new_value, '$.sha256') END "
  "FROM history WHERE entity = 'evidence' AND entity_id = ?1 ORDER BY id";

static ZonaEvidenceChange *
read_change (sqlite3_stmt *stmt)
{
  ZonaEvidenceChange *change = g_new0 (ZonaEvidenceChange, 1);
  const char *action = (const char *) sqlite3_column_text (stmt, 2);

  change->id = sqlite3_column_int64 (stmt, 0);
  change->at = zona_store_column_text (stmt, 1);

  if (g_strcmp0 (action, "status") == 0 &&
      zona_evidence_status_from_string ((const char *) sqlite3_column_text (stmt, 3),
                                        &change->old_status) &&
      zona_evidence_status_from_string ((const char *) sqlite3_column_text (stmt, 4),
                                        &change->new_status))
    change->kind = ZONA_EVIDENCE_CHANGE_STATUS;
  else if (g_strcmp0 (action, "assign") == 0)
    {
      change->kind = ZONA_EVIDENCE_CHANGE_ASSIGN;
      change->old_person = zona_store_column_text (stmt, 5);
      change->new_person = zona_store_column_text (stmt, 6);
      change->old_due_date = zona_store_column_text (stmt, 7);
      change->new_due_date = zona_store_column_text (stmt, 8);
    }
  else if (g_strcmp0 (action, "attach") == 0)
    {
      change->kind = ZONA_EVIDENCE_CHANGE_ATTACH;
      change->attachment_id = sqlite3_column_int64 (stmt, 9);
      change->filename = zona_store_column_text (stmt, 10);
      change->sha256 = zona_store_column_text (stmt, 11);
    }
  else
    change->kind = ZONA_EVIDENCE_CHANGE_OTHER;

  return change;
}

void
zona_evidence_change_free (ZonaEvidenceChange *change)
{
  if (change == NULL)
    return;

  g_free (change->at);
  g_free (change->old_person);
  g_free (change->new_person);
  g_free (change->old_due_date);
  g_free (change->new_due_date);
  g_free (change->filename);
  g_free (change->sha256);
  g_free (change);
}

/**
 * zona_store_list_evidence_changes:
 * @self: a store
 * @item_id: an evidence item
 * @error: %ZONA_STORE_ERROR_NOT_FOUND naming the number when there is no such item
 *
 * Reads an item's history from the append-only audit log: every change of status (also the
 * ones attaching a file makes), of person in charge or due date, and every file attached.
 * The log is written by triggers, so changes made by any program that opened the file are
 * there, and none can be taken back.
 *
 * Returns: (transfer full) (element-type ZonaEvidenceChange): the changes, oldest first
 */
GPtrArray *
zona_store_list_evidence_changes (ZonaStore  *self,
                                  gint64      item_id,
                                  GError    **error)
{
  g_autoptr(ZonaEvidenceItem) item = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((item = zona_store_get_evidence_item (self, item_id, error)) == NULL ||
      (stmt = zona_store_prepare (self, sql_changes, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, item_id);

  return zona_store_collect (self, stmt, (gpointer) read_change,
                             (GDestroyNotify) zona_evidence_change_free, error);
}
