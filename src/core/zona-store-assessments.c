/* zona-store-assessments.c — scores per subject, scheme and year; trends; ranks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-aggregate.h"
#include "zona-evidence.h"
#include "zona-store-private.h"

#define ASSESSMENT_COLUMNS \
  "a.id, a.region_id, a.unit_id, s.key, a.year, a.score, a.origin, a.published_rank, " \
  "a.published_rank_of, a.award, a.assessor, a.source, a.status, a.notes, u.name " \
  "FROM assessment a JOIN scheme s ON s.id = a.scheme_id LEFT JOIN unit u ON u.id = a.unit_id "

static const char * const origins[] = { "entered", "imported", "computed" };

static ZonaAssessment *
read_assessment (sqlite3_stmt *stmt)
{
  ZonaAssessment *assessment = zona_assessment_new ();
  const char *origin = (const char *) sqlite3_column_text (stmt, 6);
  const char *status = (const char *) sqlite3_column_text (stmt, 12);

  assessment->id = sqlite3_column_int64 (stmt, 0);
  assessment->region_id = sqlite3_column_int64 (stmt, 1);
  assessment->unit_id = sqlite3_column_int64 (stmt, 2);
  assessment->scheme_id = zona_store_column_text (stmt, 3);
  assessment->year = sqlite3_column_int (stmt, 4);
  assessment->has_score = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
  assessment->score = sqlite3_column_int64 (stmt, 5);
  for (guint i = 0; i < G_N_ELEMENTS (origins); i++)
    if (g_strcmp0 (origin, origins[i]) == 0)
      assessment->origin = i;
  assessment->published_rank = sqlite3_column_int (stmt, 7);
  assessment->published_rank_of = sqlite3_column_int (stmt, 8);
  assessment->award = zona_store_column_text (stmt, 9);
  assessment->assessor = zona_store_column_text (stmt, 10);
  assessment->source = zona_store_column_text (stmt, 11);
  assessment->status = g_strcmp0 (status, "final") == 0 ? ZONA_STATUS_FINAL : ZONA_STATUS_DRAFT;
  assessment->notes = zona_store_column_text (stmt, 13);
  assessment->unit_name = zona_store_column_text (stmt, 14);

  return assessment;
}

/* Checks everything a clerk can get wrong before anything is written. */
static gboolean
validate_assessment (ZonaStore             *self,
                     const ZonaAssessment  *assessment,
                     GError               **error)
{
  const ZonaScheme *scheme;
  const char *not_held;

  scheme = zona_store_find_scheme (self, assessment->scheme_id, error);
  if (scheme == NULL)
    return FALSE;

  if ((not_held = zona_scheme_not_held_reason (scheme, assessment->year)) != NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("There was no %s assessment in %d: %s"),
                   scheme->short_name, assessment->year, not_held);
      return FALSE;
    }

  if (zona_scheme_version_for_year (scheme, assessment->year) == NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%s has no methodology for the year %d"),
                   scheme->short_name, assessment->year);
      return FALSE;
    }

  if (assessment->has_score)
    {
      if (scheme->result == ZONA_SCHEME_RESULT_AWARD)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("%s gives a rank or an award, not a score"), scheme->short_name);
          return FALSE;
        }

      if (assessment->score < scheme->scale_min || assessment->score > scheme->scale_max)
        {
          g_autofree char *text = zona_score_format (assessment->score);
          g_autofree char *max = zona_score_format (scheme->scale_max);

          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("The score %s lies outside the scale of %s (up to %s)"),
                       text, scheme->short_name, max);
          return FALSE;
        }
    }

  if (assessment->published_rank < 0 ||
      (assessment->published_rank_of > 0 &&
       assessment->published_rank > assessment->published_rank_of))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The rank %d of %d is not possible"),
                   assessment->published_rank, assessment->published_rank_of);
      return FALSE;
    }

  if (assessment->unit_id != 0)
    {
      g_autoptr(ZonaUnit) unit = zona_store_get_unit (self, assessment->unit_id, error);

      if (unit == NULL)
        return FALSE;

      if (unit->region_id != assessment->region_id)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("“%s” does not belong to this region"), unit->name);
          return FALSE;
        }

      if ((unit->valid_from != 0 && assessment->year < unit->valid_from) ||
          (unit->valid_to != 0 && assessment->year > unit->valid_to))
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("“%s” did not exist under that name in %d"),
                       unit->name, assessment->year);
          return FALSE;
        }
    }
  else
    {
      g_autoptr(ZonaRegion) region = zona_store_get_region_by_id (self, assessment->region_id,
                                                                   error);
      if (region == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * zona_store_set_assessment:
 * @self: a store
 * @assessment: the subject (region, and unit or 0), scheme, year and what is known
 * @error: why it was refused; nothing is written then
 *
 * Records an assessment, replacing the one for the same subject, scheme and year. The
 * category is never stored: it follows from the score and the scheme’s bands for the year.
 * A unit's assessment gets its evidence checklist (zona_store_create_checklist()) in the same
 * transaction.
 *
 * Returns: the assessment's id, or 0
 */
gint64
zona_store_set_assessment (ZonaStore             *self,
                           const ZonaAssessment  *assessment,
                           GError               **error)
{
  static const char sql_unit[] =
    "INSERT INTO assessment (region_id, unit_id, scheme_id, year, score, origin, published_rank,"
    "  published_rank_of, award, assessor, source, status, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
    "ON CONFLICT (unit_id, scheme_id, year) WHERE unit_id IS NOT NULL DO UPDATE SET "
    "  score = excluded.score, origin = excluded.origin, published_rank = excluded.published_rank,"
    "  published_rank_of = excluded.published_rank_of, award = excluded.award,"
    "  assessor = excluded.assessor, source = excluded.source, status = excluded.status,"
    "  notes = excluded.notes, updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
    "RETURNING id";
  static const char sql_region[] =
    "INSERT INTO assessment (region_id, unit_id, scheme_id, year, score, origin, published_rank,"
    "  published_rank_of, award, assessor, source, status, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
    "ON CONFLICT (region_id, scheme_id, year) WHERE unit_id IS NULL DO UPDATE SET "
    "  score = excluded.score, origin = excluded.origin, published_rank = excluded.published_rank,"
    "  published_rank_of = excluded.published_rank_of, award = excluded.award,"
    "  assessor = excluded.assessor, source = excluded.source, status = excluded.status,"
    "  notes = excluded.notes, updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
    "RETURNING id";
  sqlite3_stmt *stmt;
  gint64 scheme_row;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);
  g_return_val_if_fail (assessment != NULL, 0);

  if (!validate_assessment (self, assessment, error))
    return 0;

  scheme_row = zona_store_scheme_row_id (self, assessment->scheme_id, error);
  if (scheme_row == 0)
    return 0;

  if (!zona_store_begin (self, error))
    return 0;

  stmt = zona_store_prepare (self, assessment->unit_id != 0 ? sql_unit : sql_region, error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, assessment->region_id);
  zona_store_bind_id (stmt, 2, assessment->unit_id);
  sqlite3_bind_int64 (stmt, 3, scheme_row);
  sqlite3_bind_int (stmt, 4, assessment->year);
  if (assessment->has_score)
    sqlite3_bind_int64 (stmt, 5, assessment->score);
  zona_store_bind_text (stmt, 6, origins[assessment->origin]);
  if (assessment->published_rank > 0)
    sqlite3_bind_int (stmt, 7, assessment->published_rank);
  if (assessment->published_rank_of > 0)
    sqlite3_bind_int (stmt, 8, assessment->published_rank_of);
  zona_store_bind_text (stmt, 9, assessment->award);
  zona_store_bind_text (stmt, 10, assessment->assessor);
  zona_store_bind_text (stmt, 11, assessment->source);
  zona_store_bind_text (stmt, 12, assessment->status == ZONA_STATUS_FINAL ? "final" : "draft");
  zona_store_bind_text (stmt, 13, assessment->notes);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    zona_store_set_error (self, rc, error);
  sqlite3_reset (stmt);

  if (id == 0 ||
      (assessment->unit_id != 0 && !zona_store_create_checklist (self, id, NULL, error)))
    goto failed;

  if (!zona_store_commit (self, error))
    return 0;

  return id;

failed:
  zona_store_rollback (self);
  return 0;
}

/**
 * zona_store_set_assessments:
 * @self: a store
 * @assessments: (element-type ZonaAssessment): the rows
 * @error: the first row refused, by its position
 *
 * Records many assessments in one transaction: all of them, or none when any is refused.
 *
 * Returns: %TRUE when every row was recorded
 */
gboolean
zona_store_set_assessments (ZonaStore  *self,
                            GPtrArray  *assessments,
                            GError    **error)
{
  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if (!zona_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < assessments->len; i++)
    {
      if (zona_store_set_assessment (self, g_ptr_array_index (assessments, i), error) == 0)
        {
          g_prefix_error (error, _("Row %u: "), i + 1);
          zona_store_rollback (self);
          return FALSE;
        }
    }

  return zona_store_commit (self, error);
}

static ZonaAssessment *
get_assessment_by_id (ZonaStore  *self,
                      gint64      id,
                      GError    **error)
{
  static const char sql[] = "SELECT " ASSESSMENT_COLUMNS "WHERE a.id = ?1";
  sqlite3_stmt *stmt;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);

  return zona_store_read_one (self, stmt, (gpointer) read_assessment,
                              _("The assessment no longer exists"), error);
}

/* The methodology that applies to a scheme's year, or an error that says there is none. */
static const ZonaSchemeVersion *
find_version (ZonaStore          *self,
              const char         *scheme_id,
              int                 year,
              const ZonaScheme  **out_scheme,
              GError            **error)
{
  const ZonaScheme *scheme = zona_store_find_scheme (self, scheme_id, error);
  const ZonaSchemeVersion *version;

  if (scheme == NULL)
    return NULL;

  version = zona_scheme_version_for_year (scheme, year);
  if (version == NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%s has no methodology for the year %d"), scheme->short_name, year);
      return NULL;
    }

  *out_scheme = scheme;

  return version;
}

/* Removes the indicator rows of an assessment; part of the caller's transaction. */
static gboolean
clear_indicator_rows (ZonaStore  *self,
                      gint64      assessment_id,
                      GError    **error)
{
  static const char sql[] = "DELETE FROM indicator_score WHERE assessment_id = ?1";
  sqlite3_stmt *stmt;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);

  return zona_store_step_done (self, stmt, error);
}

/* Replaces the indicator rows of an assessment; part of the caller's transaction. */
static gboolean
write_indicator_rows (ZonaStore                *self,
                      gint64                    assessment_id,
                      const ZonaScheme         *scheme,
                      const ZonaSchemeVersion  *version,
                      GHashTable               *values,
                      GError                  **error)
{
  static const char sql_insert[] =
    "INSERT INTO indicator_score (assessment_id, indicator_id, value) "
    "SELECT ?1, i.id, ?4 FROM indicator i JOIN dimension d ON d.id = i.dimension_id "
    "JOIN scheme_version v ON v.id = d.version_id JOIN scheme s ON s.id = v.scheme_id "
    "WHERE s.key = ?2 AND v.key = ?3 AND i.code = ?5";
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  sqlite3_stmt *stmt;

  if (!clear_indicator_rows (self, assessment_id, error))
    return FALSE;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      /* Dimension scores given directly are part of the total but have no indicator row. */
      if (zona_scheme_version_find_indicator (version, key, NULL) == NULL)
        continue;

      if ((stmt = zona_store_prepare (self, sql_insert, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, assessment_id);
      zona_store_bind_text (stmt, 2, scheme->id);
      zona_store_bind_text (stmt, 3, version->id);
      sqlite3_bind_int64 (stmt, 4, *(ZonaScore *) value);
      zona_store_bind_text (stmt, 5, key);
      if (!zona_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * zona_store_set_indicator_scores:
 * @self: a store
 * @assessment_id: an assessment
 * @values: indicator (or dimension) code -> score; see zona_score_table_new()
 * @error: which value is wrong; nothing is written then
 *
 * Replaces an assessment's indicator scores and sets its total to the weighted sum they give,
 * marked as computed. One transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_set_indicator_scores (ZonaStore   *self,
                                 gint64       assessment_id,
                                 GHashTable  *values,
                                 GError     **error)
{
  static const char sql_total[] =
    "UPDATE assessment SET score = ?2, origin = 'computed',"
    "  updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";
  g_autoptr(ZonaAssessment) assessment = NULL;
  const ZonaScheme *scheme = NULL;
  const ZonaSchemeVersion *version;
  sqlite3_stmt *stmt;
  ZonaScore total;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if ((assessment = get_assessment_by_id (self, assessment_id, error)) == NULL ||
      (version = find_version (self, assessment->scheme_id, assessment->year, &scheme,
                               error)) == NULL ||
      !zona_aggregate_total (scheme, version, values, &total, NULL, error))
    return FALSE;

  if (!zona_store_begin (self, error))
    return FALSE;

  if (!write_indicator_rows (self, assessment_id, scheme, version, values, error) ||
      (stmt = zona_store_prepare (self, sql_total, error)) == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  sqlite3_bind_int64 (stmt, 2, total);
  if (!zona_store_step_done (self, stmt, error))
    goto failed;

  return zona_store_commit (self, error);

failed:
  zona_store_rollback (self);
  return FALSE;
}

/**
 * zona_store_record_assessment:
 * @self: a store
 * @assessment: the assessment, as for zona_store_set_assessment()
 * @indicator_values: (nullable): indicator or dimension code -> score; when given, the total is
 *   computed from them and @assessment must carry no score of its own
 * @error: why it was refused; nothing is written then
 *
 * Records an assessment together with its indicator scores in one transaction. The total is
 * computed before anything is written, so the assessment row is written once.
 *
 * Returns: the assessment's id, or 0
 */
gint64
zona_store_record_assessment (ZonaStore             *self,
                              const ZonaAssessment  *assessment,
                              GHashTable            *indicator_values,
                              GError               **error)
{
  const ZonaScheme *scheme = NULL;
  const ZonaSchemeVersion *version = NULL;
  ZonaAssessment computed;
  gint64 id;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);
  g_return_val_if_fail (assessment != NULL, 0);

  if (indicator_values == NULL)
    return zona_store_set_assessment (self, assessment, error);

  if (assessment->has_score)
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("Give either the total score or the indicator scores, not both"));
      return 0;
    }

  computed = *assessment;
  computed.has_score = TRUE;
  computed.origin = ZONA_ORIGIN_COMPUTED;

  if ((version = find_version (self, assessment->scheme_id, assessment->year, &scheme,
                               error)) == NULL ||
      !zona_aggregate_total (scheme, version, indicator_values, &computed.score, NULL, error))
    return 0;

  if (!zona_store_begin (self, error))
    return 0;

  id = zona_store_set_assessment (self, &computed, error);
  if (id == 0 ||
      !write_indicator_rows (self, id, scheme, version, indicator_values, error))
    {
      zona_store_rollback (self);
      return 0;
    }

  if (!zona_store_commit (self, error))
    return 0;

  return id;
}

/**
 * zona_store_record_total:
 * @self: a store
 * @assessment: the assessment with a total entered by hand, as for zona_store_set_assessment()
 * @error: why it was refused; nothing is written then
 *
 * Records an assessment whose total was typed rather than computed, and removes the indicator
 * scores it had: they would no longer add up to the total, and a result that showed both would
 * contradict itself. One transaction.
 *
 * Returns: the assessment's id, or 0
 */
gint64
zona_store_record_total (ZonaStore             *self,
                         const ZonaAssessment  *assessment,
                         GError               **error)
{
  gint64 id;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);
  g_return_val_if_fail (assessment != NULL, 0);

  if (!zona_store_begin (self, error))
    return 0;

  id = zona_store_set_assessment (self, assessment, error);
  if (id == 0 || !clear_indicator_rows (self, id, error))
    {
      zona_store_rollback (self);
      return 0;
    }

  if (!zona_store_commit (self, error))
    return 0;

  return id;
}

/**
 * zona_store_get_indicator_scores:
 * @self: a store
 * @assessment_id: an assessment
 * @error: a database error
 *
 * Returns: (transfer full): indicator code -> score
 */
GHashTable *
zona_store_get_indicator_scores (ZonaStore   *self,
                                 gint64       assessment_id,
                                 GError     **error)
{
  static const char sql[] =
    "SELECT i.code, s.value FROM indicator_score s JOIN indicator i ON i.id = s.indicator_id "
    "WHERE s.assessment_id = ?1";
  g_autoptr(GHashTable) values = zona_score_table_new ();
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, assessment_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    zona_score_table_set (values, (const char *) sqlite3_column_text (stmt, 0),
                          sqlite3_column_int64 (stmt, 1));
  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&values);
}

/**
 * zona_store_get_assessment:
 * @self: a store
 * @region_id: the region
 * @unit_id: the unit, or 0 for the region itself
 * @scheme_id: the scheme
 * @year: the year
 * @error: %ZONA_STORE_ERROR_NOT_FOUND when there is none
 *
 * Returns: (transfer full): the assessment, or %NULL
 */
ZonaAssessment *
zona_store_get_assessment (ZonaStore   *self,
                           gint64       region_id,
                           gint64       unit_id,
                           const char  *scheme_id,
                           int          year,
                           GError     **error)
{
  static const char sql[] =
    "SELECT " ASSESSMENT_COLUMNS
    "WHERE a.region_id = ?1 AND a.unit_id IS ?2 AND s.key = ?3 AND a.year = ?4";
  g_autofree char *not_found = NULL;
  sqlite3_stmt *stmt;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, region_id);
  zona_store_bind_id (stmt, 2, unit_id);
  zona_store_bind_text (stmt, 3, scheme_id);
  sqlite3_bind_int (stmt, 4, year);
  not_found = g_strdup_printf (_("There is no %s assessment for %d"), scheme_id, year);

  return zona_store_read_one (self, stmt, (gpointer) read_assessment, not_found, error);
}

/**
 * zona_store_delete_assessment:
 * @self: a store
 * @assessment_id: an assessment
 * @error: why it was refused
 *
 * Deletes an assessment, its indicator scores and its untouched evidence checklist. One whose
 * checklist holds work (a file, a status, a person in charge, a date, a note, an item the
 * clerk added) or that has issued certificates is refused: those are documents, not
 * corrections.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_delete_assessment (ZonaStore  *self,
                              gint64      assessment_id,
                              GError    **error)
{
  static const char sql_used[] =
    "SELECT (SELECT count (*) FROM evidence e WHERE e.assessment_id = ?1"
    "          AND (e.requirement_id IS NULL OR e.status != 'belum_ada'"
    "               OR e.person_in_charge IS NOT NULL OR e.due_date IS NOT NULL"
    "               OR e.notes IS NOT NULL OR e.reviewer_comment IS NOT NULL"
    "               OR e.effective_date IS NOT NULL"
    "               OR EXISTS (SELECT 1 FROM attachment t WHERE t.evidence_id = e.id))),"
    "       (SELECT count (*) FROM certificate WHERE assessment_id = ?1)";
  static const char sql[] = "DELETE FROM assessment WHERE id = ?1";
  sqlite3_stmt *stmt;
  int n_evidence = 0;
  int n_certificates = 0;
  int rc;

  if ((stmt = zona_store_prepare (self, sql_used, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      n_evidence = sqlite3_column_int (stmt, 0);
      n_certificates = sqlite3_column_int (stmt, 1);
    }
  if (!zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;

  if (n_certificates > 0)
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("Certificates were issued for this result: it stays in the record"));
      return FALSE;
    }

  if (n_evidence > 0)
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("Work was done on this result’s evidence checklist: it stays in "
                             "the record"));
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, assessment_id);

  return zona_store_step_done (self, stmt, error);
}

/**
 * zona_store_restore_assessment:
 * @self: a store
 * @assessment: an assessment as it was read before it was deleted
 * @indicator_values: (nullable): its indicator scores as they were read
 * @error: why it could not be restored
 *
 * Puts back a deleted assessment exactly as it was, total and indicator scores included, with
 * nothing recomputed: what Undo does after a deletion. One transaction.
 *
 * Returns: the restored assessment's id, or 0
 */
gint64
zona_store_restore_assessment (ZonaStore             *self,
                               const ZonaAssessment  *assessment,
                               GHashTable            *indicator_values,
                               GError               **error)
{
  const ZonaScheme *scheme = NULL;
  const ZonaSchemeVersion *version;
  gint64 id;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);

  if ((version = find_version (self, assessment->scheme_id, assessment->year, &scheme,
                               error)) == NULL)
    return 0;

  if (!zona_store_begin (self, error))
    return 0;

  id = zona_store_set_assessment (self, assessment, error);
  if (id == 0 ||
      (indicator_values != NULL &&
       !write_indicator_rows (self, id, scheme, version, indicator_values, error)))
    {
      zona_store_rollback (self);
      return 0;
    }

  if (!zona_store_commit (self, error))
    return 0;

  return id;
}

/**
 * zona_store_list_assessments:
 * @self: a store
 * @region_code: a region
 * @scheme_id: (nullable): a scheme, or %NULL for all
 * @year: a year, or 0 for all
 * @error: a database error
 *
 * Returns: (transfer full) (element-type ZonaAssessment): the region's own assessments and its
 *   units', by scheme, year and unit name
 */
GPtrArray *
zona_store_list_assessments (ZonaStore   *self,
                             const char  *region_code,
                             const char  *scheme_id,
                             int          year,
                             GError     **error)
{
  static const char sql[] =
    "SELECT " ASSESSMENT_COLUMNS
    "WHERE a.region_id = ?1 AND (?2 IS NULL OR s.key = ?2) AND (?3 = 0 OR a.year = ?3) "
    "ORDER BY s.key, a.year, a.unit_id IS NOT NULL, u.name COLLATE NOCASE";
  sqlite3_stmt *stmt;
  gint64 region_id;

  region_id = zona_store_region_row_id (self, region_code, error);
  if (region_id == 0)
    return NULL;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, region_id);
  zona_store_bind_text (stmt, 2, scheme_id);
  sqlite3_bind_int (stmt, 3, year);

  return zona_store_collect (self, stmt, (gpointer) read_assessment,
                             (GDestroyNotify) zona_assessment_free, error);
}
