/* zona-store-evidence.c — evidence checklists: items, their state, progress
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-evidence.h"
#include "zona-store-private.h"

/* An item with its requirement, indicator and dimension (through the requirement, or named by
 * the clerk for an item of their own), its subject, and its current file. */
#define ITEM_COLUMNS \
  "e.id, e.assessment_id, e.requirement_id, r.code, i.code, d.code, e.title, r.guidance, " \
  "e.status, e.person_in_charge, e.due_date, e.notes, e.reviewer_comment, e.effective_date, " \
  "e.updated_at, g.code, a.unit_id, u.name, s.key, a.year, t.id, t.filename, c.size "

#define ITEM_JOINS \
  "JOIN scheme s ON s.id = a.scheme_id JOIN region g ON g.id = a.region_id " \
  "LEFT JOIN unit u ON u.id = a.unit_id " \
  "LEFT JOIN requirement r ON r.id = e.requirement_id " \
  "LEFT JOIN indicator i ON i.id = coalesce (r.indicator_id, e.indicator_id) " \
  "LEFT JOIN dimension d ON d.id = i.dimension_id " \
  "LEFT JOIN attachment t ON t.evidence_id = e.id AND t.replaced_by IS NULL " \
  "LEFT JOIN content c ON c.sha256 = t.sha256 "

/* Subjects in a steady order, and each checklist in the order of its scheme, with the clerk's
 * own items after the scheme's items of the same indicator, or at the end. */
#define ITEM_ORDER \
  "ORDER BY g.code, s.key, a.year, u.name COLLATE NOCASE, a.id, d.position IS NULL, d.position, " \
  "i.position, r.position IS NULL, r.position, e.id"

/* Lists start from the assessments they need, through an index: a region's or a unit's
 * checklists are a small part of a large database. */
static const char sql_item[] =
  "SELECT " ITEM_COLUMNS "FROM evidence e JOIN assessment a ON a.id = e.assessment_id "
  ITEM_JOINS "WHERE e.id = ?1";
static const char sql_by_assessment[] =
  "SELECT " ITEM_COLUMNS "FROM assessment a JOIN evidence e ON e.assessment_id = a.id "
  ITEM_JOINS "WHERE a.id = ?1 " ITEM_ORDER;
static const char sql_by_unit[] =
  "SELECT " ITEM_COLUMNS "FROM assessment a JOIN evidence e ON e.assessment_id = a.id "
  ITEM_JOINS "WHERE a.unit_id = ?1 AND (?2 IS NULL OR s.key = ?2) AND (?3 = 0 OR a.year = ?3) "
  ITEM_ORDER;
static const char sql_by_region[] =
  "SELECT " ITEM_COLUMNS "FROM assessment a JOIN evidence e ON e.assessment_id = a.id "
  ITEM_JOINS "WHERE a.region_id = ?1 AND (?2 IS NULL OR s.key = ?2) AND (?3 = 0 OR a.year = ?3) "
  ITEM_ORDER;
static const char sql_all[] =
  "SELECT " ITEM_COLUMNS "FROM assessment a JOIN evidence e ON e.assessment_id = a.id "
  ITEM_JOINS "WHERE (?2 IS NULL OR s.key = ?2) AND (?3 = 0 OR a.year = ?3) " ITEM_ORDER;

static ZonaEvidenceItem *
read_item (sqlite3_stmt *stmt)
{
  ZonaEvidenceItem *item = g_new0 (ZonaEvidenceItem, 1);
  ZonaEvidenceStatus status = ZONA_EVIDENCE_BELUM_ADA;

  item->id = sqlite3_column_int64 (stmt, 0);
  item->assessment_id = sqlite3_column_int64 (stmt, 1);
  item->requirement_id = sqlite3_column_int64 (stmt, 2);
  item->requirement_code = zona_store_column_text (stmt, 3);
  item->indicator_code = zona_store_column_text (stmt, 4);
  item->dimension_code = zona_store_column_text (stmt, 5);
  item->title = zona_store_column_text (stmt, 6);
  item->guidance = zona_store_column_text (stmt, 7);
  /* The table's CHECK admits only known statuses. */
  zona_evidence_status_from_string ((const char *) sqlite3_column_text (stmt, 8), &status);
  item->status = status;
  item->person_in_charge = zona_store_column_text (stmt, 9);
  item->due_date = zona_store_column_text (stmt, 10);
  item->notes = zona_store_column_text (stmt, 11);
  item->reviewer_comment = zona_store_column_text (stmt, 12);
  item->effective_date = zona_store_column_text (stmt, 13);
  item->updated_at = zona_store_column_text (stmt, 14);
  item->region_code = zona_store_column_text (stmt, 15);
  item->unit_id = sqlite3_column_int64 (stmt, 16);
  item->unit_name = zona_store_column_text (stmt, 17);
  item->scheme_id = zona_store_column_text (stmt, 18);
  item->year = sqlite3_column_int (stmt, 19);
  item->attachment_id = sqlite3_column_int64 (stmt, 20);
  item->filename = zona_store_column_text (stmt, 21);
  item->size = sqlite3_column_int64 (stmt, 22);

  return item;
}

/* Text a clerk typed: trimmed, and nothing at all when only spaces remain. */
static char *
clean_text (const char *text)
{
  char *clean;

  if (text == NULL)
    return NULL;

  clean = g_strstrip (g_strdup (text));
  if (clean[0] == '\0')
    g_clear_pointer (&clean, g_free);

  return clean;
}

static gboolean
check_today (const char  *today,
             GError     **error)
{
  if (zona_evidence_date_is_valid (today))
    return TRUE;

  g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
               _("“%s” is not a date: write it as 2024-04-23"), today ? today : "");
  return FALSE;
}

/* The scheme and year of an assessment, and the methodology that applies to them. */
static const ZonaSchemeVersion *
assessment_version (ZonaStore   *self,
                    gint64       assessment_id,
                    char       **out_scheme_id,
                    int         *out_year,
                    GError     **error)
{
  static const char sql[] =
    "SELECT s.key, a.year FROM assessment a JOIN scheme s ON s.id = a.scheme_id WHERE a.id = ?1";
  g_autofree char *scheme_id = NULL;
  const ZonaSchemeVersion *version;
  const ZonaScheme *scheme;
  sqlite3_stmt *stmt;
  int year = 0;
  int rc;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, assessment_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      scheme_id = zona_store_column_text (stmt, 0);
      year = sqlite3_column_int (stmt, 1);
    }
  if (!zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return NULL;

  if (scheme_id == NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("There is no assessment number %lld"), (long long) assessment_id);
      return NULL;
    }

  if ((scheme = zona_store_find_scheme (self, scheme_id, error)) == NULL)
    return NULL;

  if ((version = zona_scheme_version_for_year (scheme, year)) == NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%s has no methodology for the year %d"), scheme->short_name, year);
      return NULL;
    }

  if (out_scheme_id != NULL)
    *out_scheme_id = g_steal_pointer (&scheme_id);
  if (out_year != NULL)
    *out_year = year;

  return version;
}

static guint
count_requirements (const ZonaSchemeVersion *version)
{
  guint n = 0;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        n += ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->requirements->len;
    }

  return n;
}

/**
 * zona_store_create_checklist:
 * @self: a store
 * @assessment_id: an assessment
 * @out_added: (out) (optional): how many items were added
 * @error: why it failed; nothing is written then
 *
 * Gives an assessment one checklist item for every evidence requirement of its scheme's
 * methodology for its year, each still missing. Items it already has are kept as they are, so
 * calling this again adds only requirements that are new in the scheme. Recording a unit's
 * assessment calls it; a region's own assessment has no checklist of its own, because its
 * evidence is prepared by its units. Results recorded before the database had checklists
 * (version 4) get theirs when this is called for them, e.g. when their checklist is opened.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_create_checklist (ZonaStore  *self,
                             gint64      assessment_id,
                             guint      *out_added,
                             GError    **error)
{
  static const char sql[] =
    "INSERT INTO evidence (assessment_id, requirement_id, title) "
    "SELECT ?1, r.id, r.title FROM requirement r JOIN indicator i ON i.id = r.indicator_id "
    "JOIN dimension d ON d.id = i.dimension_id JOIN scheme_version v ON v.id = d.version_id "
    "JOIN scheme s ON s.id = v.scheme_id WHERE s.key = ?2 AND v.key = ?3 "
    "ORDER BY d.position, i.position, r.position "
    "ON CONFLICT DO NOTHING";
  g_autofree char *scheme_id = NULL;
  const ZonaSchemeVersion *version;
  sqlite3_stmt *stmt;
  guint added;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if (out_added != NULL)
    *out_added = 0;

  if ((version = assessment_version (self, assessment_id, &scheme_id, NULL, error)) == NULL)
    return FALSE;

  /* Most recorded results belong to methodologies without requirements: nothing to write. */
  if (count_requirements (version) == 0)
    return TRUE;

  if (!zona_store_begin (self, error))
    return FALSE;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  zona_store_bind_text (stmt, 2, scheme_id);
  zona_store_bind_text (stmt, 3, version->id);
  if (!zona_store_step_done (self, stmt, error))
    goto failed;
  added = sqlite3_changes (self->db);

  if (!zona_store_commit (self, error))
    return FALSE;

  if (out_added != NULL)
    *out_added = added;

  return TRUE;

failed:
  zona_store_rollback (self);
  return FALSE;
}

/**
 * zona_store_add_evidence_item:
 * @self: a store
 * @assessment_id: an assessment
 * @title: what the document is
 * @indicator_code: (nullable): the indicator of the assessment's methodology it supports
 * @error: why it was refused
 *
 * Adds a document the clerk asks for beyond the scheme's requirements.
 *
 * Returns: the new item's id, or 0
 */
gint64
zona_store_add_evidence_item (ZonaStore   *self,
                              gint64       assessment_id,
                              const char  *title,
                              const char  *indicator_code,
                              GError     **error)
{
  static const char sql_indicator[] =
    "SELECT i.id FROM indicator i JOIN dimension d ON d.id = i.dimension_id "
    "JOIN scheme_version v ON v.id = d.version_id JOIN scheme s ON s.id = v.scheme_id "
    "WHERE s.key = ?1 AND v.key = ?2 AND i.code = ?3";
  static const char sql[] =
    "INSERT INTO evidence (assessment_id, indicator_id, title) VALUES (?1, ?2, ?3) RETURNING id";
  g_autofree char *clean_title = clean_text (title);
  g_autofree char *code = clean_text (indicator_code);
  g_autofree char *scheme_id = NULL;
  const ZonaSchemeVersion *version;
  sqlite3_stmt *stmt;
  gint64 indicator_row = 0;
  gint64 id = 0;
  int year = 0;
  int rc;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);

  if (clean_title == NULL)
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("The evidence item needs a title"));
      return 0;
    }

  if ((version = assessment_version (self, assessment_id, &scheme_id, &year, error)) == NULL)
    return 0;

  if (code != NULL)
    {
      if ((stmt = zona_store_prepare (self, sql_indicator, error)) == NULL)
        return 0;
      zona_store_bind_text (stmt, 1, scheme_id);
      zona_store_bind_text (stmt, 2, version->id);
      zona_store_bind_text (stmt, 3, code);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        indicator_row = sqlite3_column_int64 (stmt, 0);
      if (!zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
        return 0;

      if (indicator_row == 0)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                       _("The %s methodology of %d has no indicator “%s”"),
                       scheme_id, year, code);
          return 0;
        }
    }

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  zona_store_bind_id (stmt, 2, indicator_row);
  zona_store_bind_text (stmt, 3, clean_title);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    zona_store_set_error (self, rc, error);
  sqlite3_reset (stmt);

  return id;
}

/**
 * zona_store_get_evidence_item:
 * @self: a store
 * @item_id: an item
 * @error: %ZONA_STORE_ERROR_NOT_FOUND naming the number when there is no such item
 *
 * Returns: (transfer full): the item, or %NULL
 */
ZonaEvidenceItem *
zona_store_get_evidence_item (ZonaStore  *self,
                              gint64      item_id,
                              GError    **error)
{
  g_autofree char *not_found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((stmt = zona_store_prepare (self, sql_item, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, item_id);
  not_found = g_strdup_printf (_("There is no evidence item number %lld"), (long long) item_id);

  return zona_store_read_one (self, stmt, (gpointer) read_item, not_found, error);
}

/**
 * zona_store_remove_evidence_item:
 * @self: a store
 * @item_id: an item the clerk added
 * @error: why it was refused
 *
 * Removes an item the clerk added by mistake. The scheme's own items are the checklist and
 * stay; an item with a file attached is a record and stays too.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_remove_evidence_item (ZonaStore  *self,
                                 gint64      item_id,
                                 GError    **error)
{
  static const char sql[] = "DELETE FROM evidence WHERE id = ?1";
  static const char sql_files[] = "SELECT count (*) FROM attachment WHERE evidence_id = ?1";
  g_autoptr(ZonaEvidenceItem) item = NULL;
  sqlite3_stmt *stmt;
  int n_files = 0;
  int rc;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if ((item = zona_store_get_evidence_item (self, item_id, error)) == NULL)
    return FALSE;

  if (item->requirement_id != 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” is a requirement of the scheme and stays on the checklist"),
                   item->title);
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql_files, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n_files = sqlite3_column_int (stmt, 0);
  if (!zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;

  if (n_files > 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("Files were attached to “%s”: it stays in the record"), item->title);
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);

  return zona_store_step_done (self, stmt, error);
}

/* The subject, scheme and year of a filter, checked, as the statement that lists them. */
static sqlite3_stmt *
prepare_listing (ZonaStore                 *self,
                 const ZonaEvidenceFilter  *filter,
                 GError                   **error)
{
  sqlite3_stmt *stmt;
  gint64 region_row = 0;

  if (filter->scheme_id != NULL && zona_store_find_scheme (self, filter->scheme_id, error) == NULL)
    return NULL;

  if (filter->assessment_id != 0)
    {
      if ((stmt = zona_store_prepare (self, sql_by_assessment, error)) == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, filter->assessment_id);
      return stmt;
    }

  if (filter->unit_id != 0)
    stmt = zona_store_prepare (self, sql_by_unit, error);
  else if (filter->region_code != NULL)
    {
      if ((region_row = zona_store_region_row_id (self, filter->region_code, error)) == 0)
        return NULL;
      stmt = zona_store_prepare (self, sql_by_region, error);
    }
  else
    stmt = zona_store_prepare (self, sql_all, error);

  if (stmt == NULL)
    return NULL;

  if (filter->unit_id != 0)
    sqlite3_bind_int64 (stmt, 1, filter->unit_id);
  else if (region_row != 0)
    sqlite3_bind_int64 (stmt, 1, region_row);
  zona_store_bind_text (stmt, 2, filter->scheme_id);
  sqlite3_bind_int (stmt, 3, filter->year);

  return stmt;
}

/**
 * zona_store_list_evidence:
 * @self: a store
 * @filter: (nullable): which checklists: one assessment's, a unit's, a region's units', or all,
 *   optionally of one scheme and year
 * @error: a database error, or an unknown region or scheme
 *
 * Returns: (transfer full) (element-type ZonaEvidenceItem): the items, by region, scheme, year
 *   and unit, each checklist in the order of its scheme
 */
GPtrArray *
zona_store_list_evidence (ZonaStore                 *self,
                          const ZonaEvidenceFilter  *filter,
                          GError                   **error)
{
  static const ZonaEvidenceFilter any = { 0 };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((stmt = prepare_listing (self, filter != NULL ? filter : &any, error)) == NULL)
    return NULL;

  return zona_store_collect (self, stmt, (gpointer) read_item,
                             (GDestroyNotify) zona_evidence_item_free, error);
}

/**
 * zona_store_update_evidence_item:
 * @self: a store
 * @item: the item's id with its status, person in charge, due date, notes, reviewer's comment
 *   and the document's date; the title too for an item the clerk added
 * @error: %ZONA_STORE_ERROR_INVALID naming a wrong date; nothing is written then
 *
 * Saves what the clerk changed on an item. Empty texts are stored as nothing; dates are
 * written "2024-04-23". A change of status, person in charge or due date enters the history.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_update_evidence_item (ZonaStore               *self,
                                 const ZonaEvidenceItem  *item,
                                 GError                 **error)
{
  static const char sql[] =
    "UPDATE evidence SET status = ?2, person_in_charge = ?3, due_date = ?4, notes = ?5,"
    "  reviewer_comment = ?6, effective_date = ?7,"
    "  title = CASE WHEN requirement_id IS NULL AND ?8 IS NOT NULL THEN ?8 ELSE title END,"
    "  updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
    "WHERE id = ?1";
  g_autoptr(ZonaEvidenceItem) current = NULL;
  g_autofree char *person = clean_text (item->person_in_charge);
  g_autofree char *due = clean_text (item->due_date);
  g_autofree char *notes = clean_text (item->notes);
  g_autofree char *comment = clean_text (item->reviewer_comment);
  g_autofree char *effective = clean_text (item->effective_date);
  g_autofree char *title = clean_text (item->title);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  if ((guint) item->status >= ZONA_EVIDENCE_N_STATUSES)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%d is not an evidence status"), (int) item->status);
      return FALSE;
    }

  if (due != NULL && !zona_evidence_date_is_valid (due))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The due date “%s” is not a date: write it as 2024-04-23"), due);
      return FALSE;
    }

  if (effective != NULL && !zona_evidence_date_is_valid (effective))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The document date “%s” is not a date: write it as 2024-04-23"),
                   effective);
      return FALSE;
    }

  if ((current = zona_store_get_evidence_item (self, item->id, error)) == NULL)
    return FALSE;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, item->id);
  zona_store_bind_text (stmt, 2, zona_evidence_status_to_string (item->status));
  zona_store_bind_text (stmt, 3, person);
  zona_store_bind_text (stmt, 4, due);
  zona_store_bind_text (stmt, 5, notes);
  zona_store_bind_text (stmt, 6, comment);
  zona_store_bind_text (stmt, 7, effective);
  zona_store_bind_text (stmt, 8, title);

  /* One statement: the row and the history its triggers write change together or not at all. */
  return zona_store_step_done (self, stmt, error);
}

/**
 * zona_store_get_evidence_progress:
 * @self: a store
 * @filter: (nullable): the checklists to count, as for zona_store_list_evidence()
 * @today: today's date, "2024-04-23", against which due dates count as passed
 * @out_progress: (out caller-allocates): the tally; its subject fields stay empty
 * @error: a wrong date, an unknown region or scheme, a database error
 *
 * Counts the items of an assessment, a unit or a region: how many are complete (memenuhi or
 * diverifikasi), need correction, are overdue (see zona_evidence_item_is_overdue()).
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_get_evidence_progress (ZonaStore                 *self,
                                  const ZonaEvidenceFilter  *filter,
                                  const char                *today,
                                  ZonaEvidenceProgress      *out_progress,
                                  GError                   **error)
{
  g_autoptr(GPtrArray) items = NULL;
  ZonaEvidenceProgress progress = { 0 };

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_progress != NULL, FALSE);

  if (!check_today (today, error) ||
      (items = zona_store_list_evidence (self, filter, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    zona_evidence_progress_add (&progress, g_ptr_array_index (items, i), today);

  *out_progress = progress;

  return TRUE;
}

/**
 * zona_store_list_evidence_progress:
 * @self: a store
 * @filter: (nullable): the checklists, as for zona_store_list_evidence(); a region with a
 *   scheme and year gives the progress of each unit in that round
 * @today: today's date, "2024-04-23"
 * @error: a wrong date, an unknown region or scheme, a database error
 *
 * Returns: (transfer full) (element-type ZonaEvidenceProgress): one tally per assessment with
 *   a checklist, with its unit, scheme and year, in the order of zona_store_list_evidence()
 */
GPtrArray *
zona_store_list_evidence_progress (ZonaStore                 *self,
                                   const ZonaEvidenceFilter  *filter,
                                   const char                *today,
                                   GError                   **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ZonaEvidenceProgress *row = NULL;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if (!check_today (today, error) ||
      (items = zona_store_list_evidence (self, filter, error)) == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_evidence_progress_free);

  /* The items of one assessment come together. */
  for (guint i = 0; i < items->len; i++)
    {
      const ZonaEvidenceItem *item = g_ptr_array_index (items, i);

      if (row == NULL || row->assessment_id != item->assessment_id)
        {
          row = g_new0 (ZonaEvidenceProgress, 1);
          row->assessment_id = item->assessment_id;
          row->unit_id = item->unit_id;
          row->unit_name = g_strdup (item->unit_name);
          row->scheme_id = g_strdup (item->scheme_id);
          row->year = item->year;
          g_ptr_array_add (rows, row);
        }

      zona_evidence_progress_add (row, item, today);
    }

  return g_steal_pointer (&rows);
}

/**
 * zona_store_list_evidence_to_chase:
 * @self: a store
 * @filter: (nullable): the checklists, as for zona_store_list_evidence(); usually a region
 *   with a scheme and year, to see every unit of a round at once
 * @today: today's date, "2024-04-23"
 * @error: a wrong date, an unknown region or scheme, a database error
 *
 * Lists what the clerk has to chase: items that are overdue, and items whose document needs
 * correction, across units. Sorted by due date (the oldest first, items without one last),
 * then by person in charge, so each person's debts stand together within a day.
 *
 * Returns: (transfer full) (element-type ZonaEvidenceItem): the items
 */
GPtrArray *
zona_store_list_evidence_to_chase (ZonaStore                 *self,
                                   const ZonaEvidenceFilter  *filter,
                                   const char                *today,
                                   GError                   **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) chase = NULL;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if (!check_today (today, error) ||
      (items = zona_store_list_evidence (self, filter, error)) == NULL)
    return NULL;

  chase = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_evidence_item_free);
  for (guint i = 0; i < items->len; i++)
    {
      ZonaEvidenceItem *item = g_ptr_array_index (items, i);

      if (item->status == ZONA_EVIDENCE_PERLU_PERBAIKAN ||
          zona_evidence_item_is_overdue (item, today))
        g_ptr_array_add (chase, g_steal_pointer (&items->pdata[i]));
    }

  g_ptr_array_sort (chase, zona_evidence_item_compare_by_due);

  return g_steal_pointer (&chase);
}
