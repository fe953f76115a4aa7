/* zona-store-carryover.c — a checklist handed on to the next year's round: its structure, and
 * the documents that are still valid
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-evidence-rounds.h"
#include "zona-store-private.h"

/* The unit of an assessment, its scheme and its year. */
static const char sql_subject[] =
  "SELECT a.unit_id, u.name, s.key, a.year FROM assessment a "
  "JOIN scheme s ON s.id = a.scheme_id LEFT JOIN unit u ON u.id = a.unit_id WHERE a.id = ?1";

/* The unit's latest earlier checklist of the scheme, following a renamed or merged unit back
 * along its primary line, so that "Dinsos PPPA" carries on the work of "Dinsos". */
static const char sql_previous[] =
  "WITH RECURSIVE line (unit_id) AS ("
  "  SELECT ?1 UNION SELECT l.predecessor_id FROM unit_lineage l"
  "  JOIN line ON l.successor_id = line.unit_id WHERE l.is_primary) "
  "SELECT a.id, a.year FROM assessment a JOIN scheme s ON s.id = a.scheme_id "
  "WHERE a.unit_id IN (SELECT unit_id FROM line) AND s.key = ?2 AND a.year < ?3 "
  "AND EXISTS (SELECT 1 FROM evidence e WHERE e.assessment_id = a.id) "
  "ORDER BY a.year DESC LIMIT 1";

/* Requirements are rows of one methodology; the same code in the next year's (perhaps new)
 * methodology is the same document. Only items nobody was given yet are filled. */
static const char sql_copy_people[] =
  "UPDATE evidence AS n SET person_in_charge = o.person_in_charge "
  "FROM evidence AS o JOIN requirement ro ON ro.id = o.requirement_id, requirement rn "
  "WHERE n.assessment_id = ?1 AND n.person_in_charge IS NULL AND rn.id = n.requirement_id "
  "AND o.assessment_id = ?2 AND o.person_in_charge IS NOT NULL AND ro.code = rn.code";

/* The clerk's own items, once each, with the indicator of the same code in the new round's
 * methodology when it still has one. */
static const char sql_copy_items[] =
  "INSERT INTO evidence (assessment_id, indicator_id, title, person_in_charge) "
  "SELECT ?1, (SELECT ni.id FROM indicator ni JOIN dimension nd ON nd.id = ni.dimension_id "
  "            JOIN scheme_version nv ON nv.id = nd.version_id "
  "            JOIN scheme ns ON ns.id = nv.scheme_id "
  "            WHERE ns.key = ?3 AND nv.key = ?4 AND ni.code = oi.code), "
  "  o.title, o.person_in_charge "
  "FROM evidence o LEFT JOIN indicator oi ON oi.id = o.indicator_id "
  "WHERE o.assessment_id = ?2 AND o.requirement_id IS NULL "
  "AND NOT EXISTS (SELECT 1 FROM evidence n WHERE n.assessment_id = ?1 "
  "                AND n.requirement_id IS NULL AND lower (n.title) = lower (o.title)) "
  "ORDER BY o.id";

/* For each item of the new round still without a file, the document its counterpart in the
 * earlier round ended with, if it was judged good and is recent enough (?3, or any age when
 * NULL). The newest such document when several counterparts share a title. */
static const char sql_offers[] =
  "SELECT n.id, rn.code, n.title, o.id, max (t.id), t.filename, c.size, t.sha256, "
  "  o.effective_date, coalesce (o.effective_date, substr (t.added_at, 1, 10)) "
  "FROM evidence n LEFT JOIN requirement rn ON rn.id = n.requirement_id, "
  "  evidence o LEFT JOIN requirement ro ON ro.id = o.requirement_id "
  "  JOIN attachment t ON t.evidence_id = o.id AND t.replaced_by IS NULL "
  "  JOIN content c ON c.sha256 = t.sha256 "
  "WHERE n.assessment_id = ?1 AND o.assessment_id = ?2 "
  "AND ((rn.code IS NOT NULL AND ro.code = rn.code) "
  "     OR (n.requirement_id IS NULL AND o.requirement_id IS NULL "
  "         AND lower (o.title) = lower (n.title))) "
  "AND NOT EXISTS (SELECT 1 FROM attachment x WHERE x.evidence_id = n.id "
  "                AND x.replaced_by IS NULL) "
  "AND o.status IN ('memenuhi', 'diverifikasi') "
  "AND (?3 IS NULL OR coalesce (o.effective_date, substr (t.added_at, 1, 10)) >= ?3) "
  "GROUP BY n.id ORDER BY n.id";

/* A re-used document keeps its own date. */
static const char sql_effective_date[] =
  "UPDATE evidence SET effective_date = (SELECT o.effective_date FROM attachment t "
  "                                      JOIN evidence o ON o.id = t.evidence_id WHERE t.id = ?2) "
  "WHERE id = ?1 AND effective_date IS NULL";

static ZonaEvidenceOffer *
read_offer (sqlite3_stmt *stmt)
{
  ZonaEvidenceOffer *offer = g_new0 (ZonaEvidenceOffer, 1);

  offer->item_id = sqlite3_column_int64 (stmt, 0);
  offer->requirement_code = zona_store_column_text (stmt, 1);
  offer->title = zona_store_column_text (stmt, 2);
  offer->from_item_id = sqlite3_column_int64 (stmt, 3);
  offer->attachment_id = sqlite3_column_int64 (stmt, 4);
  offer->filename = zona_store_column_text (stmt, 5);
  offer->size = sqlite3_column_int64 (stmt, 6);
  offer->sha256 = zona_store_column_text (stmt, 7);
  offer->effective_date = zona_store_column_text (stmt, 8);
  offer->dated = zona_store_column_text (stmt, 9);

  return offer;
}

void
zona_evidence_offer_free (ZonaEvidenceOffer *offer)
{
  if (offer == NULL)
    return;

  g_free (offer->requirement_code);
  g_free (offer->title);
  g_free (offer->filename);
  g_free (offer->sha256);
  g_free (offer->effective_date);
  g_free (offer->dated);
  g_free (offer);
}

void
zona_evidence_carry_free (ZonaEvidenceCarry *carry)
{
  if (carry == NULL)
    return;

  g_free (carry->unit_name);
  g_clear_pointer (&carry->documents, g_ptr_array_unref);
  g_free (carry);
}

static ZonaEvidenceCarry *
carry_new (gint64 assessment_id)
{
  ZonaEvidenceCarry *carry = g_new0 (ZonaEvidenceCarry, 1);

  carry->assessment_id = assessment_id;
  carry->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_evidence_offer_free);

  return carry;
}

/* Fills the subject of @carry and finds the round it follows; @scheme_id and @year are those
 * of the assessment. */
static gboolean
find_rounds (ZonaStore          *self,
             ZonaEvidenceCarry  *carry,
             char              **out_scheme_id,
             int                *out_year,
             GError            **error)
{
  g_autofree char *scheme_id = NULL;
  sqlite3_stmt *stmt;
  gboolean found;
  int year = 0;
  int rc;

  if ((stmt = zona_store_prepare (self, sql_subject, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, carry->assessment_id);
  rc = sqlite3_step (stmt);
  found = rc == SQLITE_ROW;
  if (found)
    {
      carry->unit_id = sqlite3_column_int64 (stmt, 0);
      carry->unit_name = zona_store_column_text (stmt, 1);
      scheme_id = zona_store_column_text (stmt, 2);
      year = sqlite3_column_int (stmt, 3);
    }
  if (!zona_store_finish (self, stmt, found ? SQLITE_DONE : rc, error))
    return FALSE;

  if (!found)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("There is no assessment number %lld"), (long long) carry->assessment_id);
      return FALSE;
    }

  /* A region's own result has no checklist to carry. */
  if (carry->unit_id != 0)
    {
      if ((stmt = zona_store_prepare (self, sql_previous, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, carry->unit_id);
      zona_store_bind_text (stmt, 2, scheme_id);
      sqlite3_bind_int (stmt, 3, year);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          carry->from_assessment_id = sqlite3_column_int64 (stmt, 0);
          carry->from_year = sqlite3_column_int (stmt, 1);
        }
      if (!zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
        return FALSE;
    }

  *out_scheme_id = g_steal_pointer (&scheme_id);
  *out_year = year;

  return TRUE;
}

/* The structure: persons in charge and the clerk's own items. Part of the caller's
 * transaction. */
static gboolean
copy_structure (ZonaStore          *self,
                ZonaEvidenceCarry  *carry,
                const char         *scheme_id,
                int                 year,
                GError            **error)
{
  const ZonaSchemeVersion *version;
  const ZonaScheme *scheme;
  sqlite3_stmt *stmt;

  if (!zona_store_create_checklist (self, carry->assessment_id, NULL, error))
    return FALSE;

  if (carry->from_assessment_id == 0)
    return TRUE;

  if ((scheme = zona_store_find_scheme (self, scheme_id, error)) == NULL)
    return FALSE;
  if ((version = zona_scheme_version_for_year (scheme, year)) == NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%s has no methodology for the year %d"), scheme->short_name, year);
      return FALSE;
    }

  if ((stmt = zona_store_prepare (self, sql_copy_people, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, carry->assessment_id);
  sqlite3_bind_int64 (stmt, 2, carry->from_assessment_id);
  if (!zona_store_step_done (self, stmt, error))
    return FALSE;
  carry->n_people = sqlite3_changes (self->db);

  if ((stmt = zona_store_prepare (self, sql_copy_items, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, carry->assessment_id);
  sqlite3_bind_int64 (stmt, 2, carry->from_assessment_id);
  zona_store_bind_text (stmt, 3, scheme_id);
  zona_store_bind_text (stmt, 4, version->id);
  if (!zona_store_step_done (self, stmt, error))
    return FALSE;
  carry->n_items = sqlite3_changes (self->db);

  return TRUE;
}

/**
 * zona_store_carry_checklist:
 * @self: a store
 * @assessment_id: a unit's assessment of a new round
 * @out_carry: (out) (optional) (transfer full): what was carried, and from which year
 * @error: why it failed; nothing is written then
 *
 * Hands a unit's checklist of its latest earlier round of the same scheme (following a
 * renamed or merged unit back along its primary line) on to @assessment_id: each requirement
 * gets the person in charge it had, where the new item has nobody yet, and the clerk's own
 * items are added once each, with their person in charge and the indicator of the same code
 * when the new methodology still has it. Statuses, due dates, notes and files stay with the
 * earlier round: the new round starts to be done. Documents that are still valid are offered
 * by zona_store_list_reusable_documents().
 *
 * Calling it again changes nothing that was carried already. Starting a round
 * (zona_store_start_round()) calls it for every assessment it creates.
 *
 * Returns: %TRUE on success, also when there was nothing to carry
 */
gboolean
zona_store_carry_checklist (ZonaStore           *self,
                            gint64               assessment_id,
                            ZonaEvidenceCarry  **out_carry,
                            GError             **error)
{
  g_autoptr(ZonaEvidenceCarry) carry = carry_new (assessment_id);
  g_autofree char *scheme_id = NULL;
  int year = 0;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if (!find_rounds (self, carry, &scheme_id, &year, error))
    return FALSE;

  if (carry->unit_id != 0)
    {
      if (!zona_store_begin (self, error))
        return FALSE;

      if (!copy_structure (self, carry, scheme_id, year, error))
        {
          zona_store_rollback (self);
          return FALSE;
        }

      if (!zona_store_commit (self, error))
        return FALSE;
    }

  if (out_carry != NULL)
    *out_carry = g_steal_pointer (&carry);

  return TRUE;
}

/**
 * zona_store_list_reusable_documents:
 * @self: a store
 * @assessment_id: a unit's assessment of a new round
 * @valid_years: how many years before the round's year a document may be dated and still
 *   count as valid (2 for a round of 2025: dated 2023-01-01 or later), or
 *   %ZONA_EVIDENCE_NO_EXPIRY for documents of any age
 * @error: a database error, an unknown assessment, a negative @valid_years
 *
 * Finds, for each item of the round that has no file yet, the document its counterpart in the
 * unit's latest earlier round (see zona_store_carry_checklist()) ended with, when that
 * document was judged to meet the requirement (memenuhi or diverifikasi) and is recent enough.
 * A document counts from its own date (the effective date); one without counts from the day
 * it was attached. Counterparts are the items of the same requirement code, or the clerk's
 * own items of the same title. Nothing is written: zona_store_reuse_document() takes an offer.
 *
 * Returns: (transfer full) (element-type ZonaEvidenceOffer): the offers, in the order of the
 *   new checklist's items
 */
GPtrArray *
zona_store_list_reusable_documents (ZonaStore  *self,
                                    gint64      assessment_id,
                                    int         valid_years,
                                    GError    **error)
{
  g_autoptr(ZonaEvidenceCarry) carry = carry_new (assessment_id);
  g_autofree char *scheme_id = NULL;
  g_autofree char *since = NULL;
  sqlite3_stmt *stmt;
  int year = 0;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if (valid_years < 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%d is not a number of years a document stays valid"), valid_years);
      return NULL;
    }

  if (!find_rounds (self, carry, &scheme_id, &year, error))
    return NULL;

  if (carry->from_assessment_id == 0)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) zona_evidence_offer_free);

  if (valid_years != ZONA_EVIDENCE_NO_EXPIRY)
    since = g_strdup_printf ("%04d-01-01", MAX (year - valid_years, 1));

  if ((stmt = zona_store_prepare (self, sql_offers, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  sqlite3_bind_int64 (stmt, 2, carry->from_assessment_id);
  zona_store_bind_text (stmt, 3, since);

  {
    GPtrArray *offers = zona_store_collect (self, stmt, (gpointer) read_offer,
                                            (GDestroyNotify) zona_evidence_offer_free, error);

    for (guint i = 0; offers != NULL && i < offers->len; i++)
      ((ZonaEvidenceOffer *) g_ptr_array_index (offers, i))->from_year = carry->from_year;

    return offers;
  }
}

/**
 * zona_store_reuse_document:
 * @self: a store
 * @item_id: an item of the new round
 * @attachment_id: a document already stored, usually one offered by
 *   zona_store_list_reusable_documents()
 * @error: why it failed; nothing is written then
 *
 * Makes a stored document the item's current file without reading or storing its bytes again
 * (see zona_store_attach_stored()), and gives the item the document's own date when it has
 * none. The item becomes diunggah: the new round's reviewer judges the document again.
 *
 * Returns: the new attachment's id, or 0
 */
gint64
zona_store_reuse_document (ZonaStore  *self,
                           gint64      item_id,
                           gint64      attachment_id,
                           GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);

  if (!zona_store_begin (self, error))
    return 0;

  if ((id = zona_store_attach_stored (self, item_id, attachment_id, error)) == 0 ||
      (stmt = zona_store_prepare (self, sql_effective_date, error)) == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, attachment_id);
  if (!zona_store_step_done (self, stmt, error))
    goto failed;

  if (!zona_store_commit (self, error))
    return 0;

  return id;

failed:
  zona_store_rollback (self);
  return 0;
}

/**
 * zona_store_reuse_documents:
 * @self: a store
 * @assessment_id: a unit's assessment of a new round
 * @valid_years: as for zona_store_list_reusable_documents()
 * @out_n: (out) (optional): how many documents were re-used
 * @error: why it failed; nothing is written then
 *
 * Takes every offer zona_store_list_reusable_documents() makes for @assessment_id, as
 * zona_store_reuse_document() takes one, all in one transaction: the clerk accepts the
 * earlier round's valid documents for a unit at once.
 *
 * Returns: whether the documents were re-used (%TRUE with none to re-use)
 */
gboolean
zona_store_reuse_documents (ZonaStore  *self,
                            gint64      assessment_id,
                            int         valid_years,
                            guint      *out_n,
                            GError    **error)
{
  g_autoptr(GPtrArray) offers = NULL;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if (!zona_store_begin (self, error))
    return FALSE;

  if ((offers = zona_store_list_reusable_documents (self, assessment_id, valid_years,
                                                    error)) == NULL)
    goto failed;

  for (guint i = 0; i < offers->len; i++)
    {
      ZonaEvidenceOffer *offer = g_ptr_array_index (offers, i);

      if (zona_store_reuse_document (self, offer->item_id, offer->attachment_id, error) == 0)
        goto failed;
    }

  if (!zona_store_commit (self, error))
    return FALSE;

  if (out_n != NULL)
    *out_n = offers->len;

  return TRUE;

failed:
  zona_store_rollback (self);
  return FALSE;
}

/* Carries one assessment's checklist and re-uses every document offered for it. */
static ZonaEvidenceCarry *
carry_assessment (ZonaStore  *self,
                  gint64      assessment_id,
                  int         valid_years,
                  GError    **error)
{
  g_autoptr(ZonaEvidenceCarry) carry = NULL;
  g_autoptr(GPtrArray) offers = NULL;

  if (!zona_store_carry_checklist (self, assessment_id, &carry, error) ||
      (offers = zona_store_list_reusable_documents (self, assessment_id, valid_years,
                                                    error)) == NULL)
    return NULL;

  for (guint i = 0; i < offers->len; i++)
    {
      ZonaEvidenceOffer *offer = g_ptr_array_index (offers, i);

      if (zona_store_reuse_document (self, offer->item_id, offer->attachment_id, error) == 0)
        return NULL;
      g_ptr_array_add (carry->documents, g_steal_pointer (&offers->pdata[i]));
    }

  return g_steal_pointer (&carry);
}

/**
 * zona_store_carry_round:
 * @self: a store
 * @region_code: a region
 * @scheme_id: the scheme of the new round
 * @year: the new round's year
 * @unit_id: one unit of the region, or 0 for every unit with an assessment in the round
 * @valid_years: as for zona_store_list_reusable_documents()
 * @dry_run: %TRUE to find out what would be carried without keeping any of it
 * @error: an unknown region or scheme, a round without units, a database error; nothing is
 *   written then
 *
 * Carries the checklists of a round that was started before the carry-over existed, or whose
 * units were added one by one: for every unit's assessment of @scheme_id in @year, as
 * zona_store_carry_checklist(), and every document offered by
 * zona_store_list_reusable_documents() re-used with zona_store_reuse_document(). All in one
 * transaction; with @dry_run it is rolled back at the end, so the result tells what would
 * happen.
 *
 * Returns: (transfer full) (element-type ZonaEvidenceCarry): one entry per unit, by unit
 *   name, or %NULL
 */
GPtrArray *
zona_store_carry_round (ZonaStore   *self,
                        const char  *region_code,
                        const char  *scheme_id,
                        int          year,
                        gint64       unit_id,
                        int          valid_years,
                        gboolean     dry_run,
                        GError     **error)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) carried = NULL;
  const ZonaScheme *scheme;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((region = zona_store_get_region (self, region_code, error)) == NULL ||
      (scheme = zona_store_find_scheme (self, scheme_id, error)) == NULL ||
      (assessments = zona_store_list_assessments (self, region_code, scheme_id, year,
                                                  error)) == NULL)
    return NULL;

  if (valid_years < 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%d is not a number of years a document stays valid"), valid_years);
      return NULL;
    }

  carried = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_evidence_carry_free);

  if (!zona_store_begin (self, error))
    return NULL;

  /* A savepoint rolls back a dry run even inside a caller's transaction. */
  if (!zona_store_exec (self, "SAVEPOINT carry_round", error))
    goto failed;

  for (guint i = 0; i < assessments->len; i++)
    {
      const ZonaAssessment *assessment = g_ptr_array_index (assessments, i);
      ZonaEvidenceCarry *carry;

      if (assessment->unit_id == 0 || (unit_id != 0 && assessment->unit_id != unit_id))
        continue;

      if ((carry = carry_assessment (self, assessment->id, valid_years, error)) == NULL)
        goto failed;
      g_ptr_array_add (carried, carry);
    }

  if (carried->len == 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("%s has no unit in the %s round of %d: start the round first"),
                   region->name, scheme->short_name, year);
      goto failed;
    }

  if (dry_run && !zona_store_exec (self, "ROLLBACK TO carry_round", error))
    goto failed;

  if (!zona_store_exec (self, "RELEASE carry_round", error) ||
      !zona_store_commit (self, error))
    return NULL;

  return g_steal_pointer (&carried);

failed:
  /* Inside a caller's transaction only the savepoint can undo this part. */
  zona_store_exec (self, "ROLLBACK TO carry_round", NULL);
  zona_store_exec (self, "RELEASE carry_round", NULL);
  zona_store_rollback (self);
  return NULL;
}
