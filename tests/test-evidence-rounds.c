/* test-evidence-rounds.c — evidence over time: an item's history, a checklist carried into the
 * next round with the documents still valid, and the demo's round in progress
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "evidence-test-utils.h"
#include "zona-demo.h"
#include "zona-evidence-rounds.h"

/* ---- history ---------------------------------------------------------------------------- */

/* Every change of status (by hand or by attaching a file), of person or due date, and every
 * file attached is in the item's history, oldest first; other fields are not. */
static void
test_history (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) item = NULL;
  const ZonaEvidenceChange *change;
  gint64 units[1];
  gint64 id;
  gint64 attachment;

  units[0] = evidence_test_add_unit (store, "35.77", "Dinas Kesehatan");
  evidence_test_start_round (store, "pekppp", 2024, units, 1);
  items = evidence_test_checklist (store, evidence_test_assessment (store, units[0], "pekppp",
                                                                   2024));
  id = evidence_test_find (items, "KB-01-a")->id;

  evidence_test_set_item (store, id, ZONA_EVIDENCE_BELUM_ADA, "Kasubag Umum Dinkes",
                          "2024-02-16", NULL);
  attachment = evidence_test_attach (store, id, fixture->dir, "SK.pdf", "%PDF SK");
  evidence_test_set_item (store, id, ZONA_EVIDENCE_PERLU_PERBAIKAN, "Kasubag Umum Dinkes",
                          "2024-02-16", NULL);
  evidence_test_set_item (store, id, ZONA_EVIDENCE_PERLU_PERBAIKAN, "Kasubag Umum Dinkes",
                          "2024-03-01", NULL);

  /* Notes and the reviewer's comment are not history. */
  item = evidence_test_get_item (store, id);
  item->notes = g_strdup ("Minta versi bertanda tangan");
  g_assert_true (zona_store_update_evidence_item (store, item, &error));
  g_assert_no_error (error);

  changes = zona_store_list_evidence_changes (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 5);

  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, ZONA_EVIDENCE_CHANGE_ASSIGN);
  g_assert_null (change->old_person);
  g_assert_cmpstr (change->new_person, ==, "Kasubag Umum Dinkes");
  g_assert_null (change->old_due_date);
  g_assert_cmpstr (change->new_due_date, ==, "2024-02-16");
  g_assert_nonnull (change->at);

  change = g_ptr_array_index (changes, 1);
  g_assert_cmpint (change->kind, ==, ZONA_EVIDENCE_CHANGE_ATTACH);
  g_assert_cmpint (change->attachment_id, ==, attachment);
  g_assert_cmpstr (change->filename, ==, "SK.pdf");
  g_assert_cmpuint (strlen (change->sha256), ==, 64);

  change = g_ptr_array_index (changes, 2);
  g_assert_cmpint (change->kind, ==, ZONA_EVIDENCE_CHANGE_STATUS);
  g_assert_cmpint (change->old_status, ==, ZONA_EVIDENCE_BELUM_ADA);
  g_assert_cmpint (change->new_status, ==, ZONA_EVIDENCE_DIUNGGAH);

  change = g_ptr_array_index (changes, 3);
  g_assert_cmpint (change->kind, ==, ZONA_EVIDENCE_CHANGE_STATUS);
  g_assert_cmpint (change->old_status, ==, ZONA_EVIDENCE_DIUNGGAH);
  g_assert_cmpint (change->new_status, ==, ZONA_EVIDENCE_PERLU_PERBAIKAN);

  change = g_ptr_array_index (changes, 4);
  g_assert_cmpint (change->kind, ==, ZONA_EVIDENCE_CHANGE_ASSIGN);
  g_assert_cmpstr (change->old_due_date, ==, "2024-02-16");
  g_assert_cmpstr (change->new_due_date, ==, "2024-03-01");
  g_assert_cmpstr (change->old_person, ==, change->new_person);

  /* Another item's history is its own. */
  other = zona_store_list_evidence_changes (store, evidence_test_find (items, "KB-01-b")->id,
                                            &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other->len, ==, 0);

  g_assert_null (zona_store_list_evidence_changes (store, 987654, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "987654"));
}

/* ---- carry-over ------------------------------------------------------------------------- */

/* Dinas Kesehatan's PEKPPP checklist of 2024, worked on: persons, statuses, documents of
 * several ages and verdicts, two items of the clerk's own. */
static gint64
worked_round (ZonaStore   *store,
              const char  *dir,
              gint64      *out_own_photo)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit = evidence_test_add_unit (store, "35.77", "Dinas Kesehatan");
  gint64 assessment;
  gint64 photo;
  gint64 id;

  evidence_test_start_round (store, "pekppp", 2024, &unit, 1);
  assessment = evidence_test_assessment (store, unit, "pekppp", 2024);
  items = evidence_test_checklist (store, assessment);

  /* Judged good and recent: offered. */
  id = evidence_test_find (items, "KB-01-a")->id;
  evidence_test_attach (store, id, dir, "SK standar pelayanan.pdf", "%PDF SK 2023");
  evidence_test_set_item (store, id, ZONA_EVIDENCE_MEMENUHI, "Kasubag Umum Dinkes", "2024-02-16",
                          "2023-12-28");
  /* Verified, but dated 2021: offered only when documents never expire. */
  id = evidence_test_find (items, "KB-01-b")->id;
  evidence_test_attach (store, id, dir, "monev 2021.pdf", "%PDF monev 2021");
  evidence_test_set_item (store, id, ZONA_EVIDENCE_DIVERIFIKASI, "Kabid Yankes Dinkes",
                          "2024-02-16", "2021-06-01");
  /* To be corrected: never offered. */
  id = evidence_test_find (items, "KB-02-a")->id;
  evidence_test_attach (store, id, dir, "berita acara.pdf", "%PDF BA draf");
  evidence_test_set_item (store, id, ZONA_EVIDENCE_PERLU_PERBAIKAN, "Kasubag Umum Dinkes",
                          "2024-02-16", "2024-01-10");
  /* Good, without a date of its own: it counts from its upload, today. */
  id = evidence_test_find (items, "KB-02-b")->id;
  evidence_test_attach (store, id, dir, "daftar hadir.pdf", "%PDF daftar hadir");
  evidence_test_set_item (store, id, ZONA_EVIDENCE_MEMENUHI, NULL, "2024-02-16", NULL);
  /* A person, no document. */
  evidence_test_set_item (store, evidence_test_find (items, "SP-01-a")->id,
                          ZONA_EVIDENCE_BELUM_ADA, "Kabid Yankes Dinkes", "2024-03-15", NULL);

  photo = zona_store_add_evidence_item (store, assessment, "Foto papan informasi", "KB-03",
                                        &error);
  g_assert_no_error (error);
  evidence_test_attach (store, photo, dir, "papan.pdf", "%PDF papan informasi");
  evidence_test_set_item (store, photo, ZONA_EVIDENCE_DIVERIFIKASI, "Operator Dinkes",
                          "2024-03-01", "2024-02-01");
  g_assert_cmpint (zona_store_add_evidence_item (store, assessment, "Surat pengantar", NULL,
                                                 &error), >, 0);
  g_assert_no_error (error);

  if (out_own_photo != NULL)
    *out_own_photo = photo;

  return unit;
}

static void
test_carry_structure (ZonaTestDir   *fixture,
                      gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceCarry) again = NULL;
  g_autoptr(ZonaEvidenceCarry) none = NULL;
  g_autoptr(ZonaEvidenceCarry) region_own = NULL;
  g_autoptr(ZonaUnit) unit_record = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  ZonaEvidenceItem *item;
  gint64 unit = worked_round (store, fixture->dir, NULL);
  gint64 newcomer = evidence_test_add_unit (store, "35.77", "Disdukcapil");
  gint64 units[2] = { unit, newcomer };
  gint64 assessment;
  ZonaAssessment region_result = { 0 };

  old = evidence_test_checklist (store, evidence_test_assessment (store, unit, "pekppp", 2024));

  /* Starting 2025 hands the structure on. */
  evidence_test_start_round (store, "pekppp", 2025, units, 2);
  assessment = evidence_test_assessment (store, unit, "pekppp", 2025);
  items = evidence_test_checklist (store, assessment);
  g_assert_cmpuint (items->len, ==, old->len);

  for (guint i = 0; i < items->len; i++)
    {
      item = g_ptr_array_index (items, i);

      /* The work of 2024 stays there. */
      g_assert_cmpint (item->status, ==, ZONA_EVIDENCE_BELUM_ADA);
      g_assert_null (item->due_date);
      g_assert_null (item->effective_date);
      g_assert_null (item->notes);
      g_assert_null (item->reviewer_comment);
      g_assert_cmpint (item->attachment_id, ==, 0);
      g_assert_cmpint (item->year, ==, 2025);
    }

  g_assert_cmpstr (evidence_test_find (items, "KB-01-a")->person_in_charge, ==,
                   "Kasubag Umum Dinkes");
  g_assert_cmpstr (evidence_test_find (items, "KB-01-b")->person_in_charge, ==,
                   "Kabid Yankes Dinkes");
  g_assert_cmpstr (evidence_test_find (items, "SP-01-a")->person_in_charge, ==,
                   "Kabid Yankes Dinkes");
  g_assert_null (evidence_test_find (items, "KB-02-b")->person_in_charge);
  g_assert_null (evidence_test_find (items, "KB-04-a")->person_in_charge);

  /* The clerk's items, with their indicator where the methodology still has it. */
  item = evidence_test_find (items, "Foto papan informasi");
  g_assert_cmpstr (item->indicator_code, ==, "KB-03");
  g_assert_cmpstr (item->dimension_code, ==, "KEBIJAKAN");
  g_assert_cmpstr (item->person_in_charge, ==, "Operator Dinkes");
  g_assert_cmpint (item->requirement_id, ==, 0);
  item = evidence_test_find (items, "Surat pengantar");
  g_assert_null (item->indicator_code);
  g_assert_null (item->person_in_charge);

  /* Carrying again changes nothing; it says where it carried from. */
  before = evidence_test_snapshot (store);
  g_assert_true (zona_store_carry_checklist (store, assessment, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again->from_year, ==, 2024);
  g_assert_cmpint (again->from_assessment_id, ==,
                   evidence_test_assessment (store, unit, "pekppp", 2024));
  g_assert_cmpint (again->unit_id, ==, unit);
  g_assert_cmpstr (again->unit_name, ==, "Dinas Kesehatan");
  g_assert_cmpuint (again->n_people, ==, 0);
  g_assert_cmpuint (again->n_items, ==, 0);
  after = evidence_test_snapshot (store);
  g_assert_cmpstr (before, ==, after);

  /* A unit new to the scheme starts from the scheme alone. */
  g_assert_true (zona_store_carry_checklist (store, evidence_test_assessment (store, newcomer,
                                                                             "pekppp", 2025),
                                             &none, &error));
  g_assert_no_error (error);
  g_assert_cmpint (none->from_assessment_id, ==, 0);
  g_assert_cmpuint (none->n_people, ==, 0);

  /* The region's own result has no checklist: nothing to carry, nothing written. */
  unit_record = zona_store_get_unit (store, unit, &error);
  region_result.region_id = unit_record->region_id;
  region_result.scheme_id = (char *) "pekppp";
  region_result.year = 2025;
  region_result.has_score = TRUE;
  region_result.score = 474;
  g_assert_true (zona_store_carry_checklist (store,
                                             zona_store_set_assessment (store, &region_result,
                                                                        &error),
                                             &region_own, &error));
  g_assert_no_error (error);
  g_assert_cmpint (region_own->unit_id, ==, 0);
  g_assert_cmpint (region_own->from_assessment_id, ==, 0);

  g_assert_false (zona_store_carry_checklist (store, 424242, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "424242"));
}

/* A unit renamed since carries on the work of its predecessor. */
static void
test_carry_renamed (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit = worked_round (store, fixture->dir, NULL);
  gint64 renamed;

  renamed = zona_store_rename_unit (store, unit, "Dinas Kesehatan dan Keluarga Berencana",
                                    "Dinkes KB", 2025, &error);
  g_assert_no_error (error);

  evidence_test_start_round (store, "pekppp", 2025, &renamed, 1);
  items = evidence_test_checklist (store, evidence_test_assessment (store, renamed, "pekppp",
                                                                   2025));
  g_assert_cmpstr (evidence_test_find (items, "KB-01-a")->person_in_charge, ==,
                   "Kasubag Umum Dinkes");
  g_assert_cmpstr (evidence_test_find (items, "Foto papan informasi")->person_in_charge, ==,
                   "Operator Dinkes");
}

static const ZonaEvidenceOffer *
find_offer (GPtrArray  *offers,
            gint64      item_id)
{
  for (guint i = 0; i < offers->len; i++)
    if (((ZonaEvidenceOffer *) g_ptr_array_index (offers, i))->item_id == item_id)
      return g_ptr_array_index (offers, i);

  return NULL;
}

static void
test_reusable_documents (ZonaTestDir   *fixture,
                         gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) recent = NULL;
  g_autoptr(GPtrArray) any_age = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) reused = NULL;
  g_autoptr(ZonaAttachment) copy = NULL;
  g_autoptr(ZonaAttachment) original = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const ZonaEvidenceOffer *offer;
  gint64 own_photo;
  gint64 unit = worked_round (store, fixture->dir, &own_photo);
  gint64 assessment;
  gint64 n_content;
  gint64 id;

  evidence_test_start_round (store, "pekppp", 2025, &unit, 1);
  assessment = evidence_test_assessment (store, unit, "pekppp", 2025);
  items = evidence_test_checklist (store, assessment);
  old_items = evidence_test_checklist (store, evidence_test_assessment (store, unit, "pekppp",
                                                                       2024));

  /* Within two years of 2025 (2023-01-01 on), judged good: the SK, the attendance list (dated
   * by its upload) and the clerk's photo; not the 2021 report nor the one to correct. */
  recent = zona_store_list_reusable_documents (store, assessment, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recent->len, ==, 3);
  offer = find_offer (recent, evidence_test_find (items, "KB-01-a")->id);
  g_assert_nonnull (offer);
  g_assert_cmpstr (offer->filename, ==, "SK standar pelayanan.pdf");
  g_assert_cmpstr (offer->effective_date, ==, "2023-12-28");
  g_assert_cmpstr (offer->dated, ==, "2023-12-28");
  g_assert_cmpint (offer->from_year, ==, 2024);
  g_assert_cmpint (offer->from_item_id, ==, evidence_test_find (old_items, "KB-01-a")->id);
  g_assert_cmpint (offer->attachment_id, ==,
                   evidence_test_find (old_items, "KB-01-a")->attachment_id);
  g_assert_cmpstr (offer->requirement_code, ==, "KB-01-a");
  g_assert_cmpint (offer->size, ==, strlen ("%PDF SK 2023"));
  offer = find_offer (recent, evidence_test_find (items, "KB-02-b")->id);
  g_assert_nonnull (offer);
  g_assert_null (offer->effective_date);
  g_assert_nonnull (offer->dated);
  offer = find_offer (recent, evidence_test_find (items, "Foto papan informasi")->id);
  g_assert_nonnull (offer);
  g_assert_null (offer->requirement_code);
  g_assert_cmpstr (offer->filename, ==, "papan.pdf");
  g_assert_null (find_offer (recent, evidence_test_find (items, "KB-01-b")->id));
  g_assert_null (find_offer (recent, evidence_test_find (items, "KB-02-a")->id));

  /* One year: only what is dated 2024 or later, the photo and the attendance list. */
  {
    g_autoptr(GPtrArray) one_year = zona_store_list_reusable_documents (store, assessment, 1,
                                                                        &error);

    g_assert_no_error (error);
    g_assert_cmpuint (one_year->len, ==, 2);
    g_assert_nonnull (find_offer (one_year, evidence_test_find (items, "KB-02-b")->id));
    g_assert_cmpint (find_offer (one_year, evidence_test_find (items,
                                                               "Foto papan informasi")->id)
                       ->from_item_id, ==, own_photo);
  }

  /* Documents that never expire: the 2021 report too, still not the one to correct. */
  any_age = zona_store_list_reusable_documents (store, assessment, ZONA_EVIDENCE_NO_EXPIRY,
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (any_age->len, ==, 4);
  g_assert_nonnull (find_offer (any_age, evidence_test_find (items, "KB-01-b")->id));

  /* Listing wrote nothing. */
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM attachment"), ==, 5);

  /* Re-using the SK: no bytes stored again, the document's date along, to be judged anew. */
  n_content = evidence_test_count (store, "SELECT count (*) FROM content");
  offer = find_offer (recent, evidence_test_find (items, "KB-01-a")->id);
  id = zona_store_reuse_document (store, offer->item_id, offer->attachment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM content"), ==, n_content);
  reused = evidence_test_get_item (store, offer->item_id);
  g_assert_cmpint (reused->attachment_id, ==, id);
  g_assert_cmpstr (reused->filename, ==, "SK standar pelayanan.pdf");
  g_assert_cmpstr (reused->effective_date, ==, "2023-12-28");
  g_assert_cmpint (reused->status, ==, ZONA_EVIDENCE_DIUNGGAH);
  copy = zona_store_get_attachment (store, id, &error);
  original = zona_store_get_attachment (store, offer->attachment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copy->sha256, ==, original->sha256);

  /* An item with a file is offered nothing more. */
  left = zona_store_list_reusable_documents (store, assessment, 2, &error);
  g_assert_cmpuint (left->len, ==, 2);
  g_assert_null (find_offer (left, offer->item_id));

  /* Refusals write nothing. */
  before = evidence_test_snapshot (store);
  g_assert_null (zona_store_list_reusable_documents (store, assessment, -1, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "-1"));
  g_clear_error (&error);
  g_assert_cmpint (zona_store_reuse_document (store, evidence_test_find (items, "KB-04-a")->id,
                                              777777, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (zona_store_reuse_document (store, 888888, id, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (zona_store_reuse_documents (store, assessment, -1, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = evidence_test_snapshot (store);
  g_assert_cmpstr (before, ==, after);

  /* The two left, taken at once: each item gets its document, and none is offered again. */
  {
    guint n = 0;
    g_autoptr(GPtrArray) none = NULL;

    g_assert_true (zona_store_reuse_documents (store, assessment, 2, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 2);
    for (guint i = 0; i < left->len; i++)
      {
        const ZonaEvidenceOffer *taken = g_ptr_array_index (left, i);
        g_autoptr(ZonaEvidenceItem) item = evidence_test_get_item (store, taken->item_id);

        g_assert_cmpstr (item->filename, ==, taken->filename);
        g_assert_cmpint (item->status, ==, ZONA_EVIDENCE_DIUNGGAH);
      }
    g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM content"), ==,
                     n_content);
    none = zona_store_list_reusable_documents (store, assessment, 2, &error);
    g_assert_cmpuint (none->len, ==, 0);
    g_assert_true (zona_store_reuse_documents (store, assessment, 2, &n, &error));
    g_assert_cmpuint (n, ==, 0);
  }
}

/* A round whose checklists were made before carry-over, or unit by unit: carried in one go, or
 * only looked at with a dry run. */
static void
test_carry_round (ZonaTestDir   *fixture,
                  gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GPtrArray) dry = NULL;
  g_autoptr(GPtrArray) done = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const ZonaEvidenceCarry *carry;
  gint64 unit = worked_round (store, fixture->dir, NULL);
  ZonaAssessment draft = { 0 };

  /* Recorded directly, as zona-cli assess set does: a checklist from the scheme, nothing
   * carried. */
  region = zona_store_get_region (store, "35.77", &error);
  draft.region_id = region->id;
  draft.unit_id = unit;
  draft.scheme_id = (char *) "pekppp";
  draft.year = 2025;
  g_assert_cmpint (zona_store_set_assessment (store, &draft, &error), >, 0);
  g_assert_no_error (error);
  items = evidence_test_checklist (store, evidence_test_assessment (store, unit, "pekppp", 2025));
  g_assert_null (evidence_test_find (items, "KB-01-a")->person_in_charge);

  before = evidence_test_snapshot (store);
  dry = zona_store_carry_round (store, "35.77", "pekppp", 2025, 0, 2, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dry->len, ==, 1);
  carry = g_ptr_array_index (dry, 0);
  g_assert_cmpstr (carry->unit_name, ==, "Dinas Kesehatan");
  g_assert_cmpint (carry->from_year, ==, 2024);
  g_assert_cmpuint (carry->n_people, ==, 4);
  g_assert_cmpuint (carry->n_items, ==, 2);
  g_assert_cmpuint (carry->documents->len, ==, 3);
  after = evidence_test_snapshot (store);
  g_assert_cmpstr (before, ==, after);

  done = zona_store_carry_round (store, "35.77", "pekppp", 2025, unit, 2, FALSE, &error);
  g_assert_no_error (error);
  carry = g_ptr_array_index (done, 0);
  g_assert_cmpuint (carry->n_people, ==, 4);
  g_assert_cmpuint (carry->documents->len, ==, 3);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = evidence_test_checklist (store, evidence_test_assessment (store, unit, "pekppp", 2025));
  g_assert_cmpstr (evidence_test_find (items, "KB-01-a")->person_in_charge, ==,
                   "Kasubag Umum Dinkes");
  g_assert_cmpstr (evidence_test_find (items, "KB-01-a")->filename, ==,
                   "SK standar pelayanan.pdf");
  g_assert_cmpint (evidence_test_find (items, "KB-01-a")->status, ==, ZONA_EVIDENCE_DIUNGGAH);
  g_assert_cmpstr (evidence_test_find (items, "Foto papan informasi")->filename, ==, "papan.pdf");
  g_assert_cmpint (evidence_test_find (items, "KB-01-b")->attachment_id, ==, 0);

  /* Once carried, there is nothing left to carry. */
  again = zona_store_carry_round (store, "35.77", "pekppp", 2025, 0, 2, FALSE, &error);
  g_assert_no_error (error);
  carry = g_ptr_array_index (again, 0);
  g_assert_cmpuint (carry->n_people, ==, 0);
  g_assert_cmpuint (carry->n_items, ==, 0);
  g_assert_cmpuint (carry->documents->len, ==, 0);

  /* A round without units, an unknown region or scheme, a negative age: refused, by name. */
  g_clear_pointer (&before, g_free);
  before = evidence_test_snapshot (store);
  g_assert_null (zona_store_carry_round (store, "35.77", "pekppp", 2026, 0, 2, FALSE, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2026"));
  g_assert_nonnull (strstr (error->message, "Kota Madiun"));
  g_clear_error (&error);
  g_assert_null (zona_store_carry_round (store, "99.98", "pekppp", 2025, 0, 2, FALSE, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (zona_store_carry_round (store, "35.77", "adipura", 2025, 0, 2, FALSE, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "adipura"));
  g_clear_error (&error);
  g_assert_null (zona_store_carry_round (store, "35.77", "pekppp", 2025, 0, -3, FALSE, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = evidence_test_snapshot (store);
  g_assert_cmpstr (before, ==, after);
}

/* ---- the demo's round ------------------------------------------------------------------- */

/* A PDF whose cross-reference table points at its objects, as a reader needs. */
static void
assert_valid_pdf (const char *bytes,
                  gsize       size)
{
  const char *startxref = g_strrstr_len (bytes, size, "startxref\n");
  const char *xref;
  guint64 offset;

  g_assert_true (g_str_has_prefix (bytes, "%PDF-1."));
  g_assert_true (g_str_has_suffix (bytes, "%%EOF\n"));
  g_assert_nonnull (startxref);
  offset = g_ascii_strtoull (startxref + strlen ("startxref\n"), NULL, 10);
  g_assert_cmpuint (offset, <, size);
  xref = bytes + offset;
  g_assert_true (g_str_has_prefix (xref, "xref\n0 6\n"));

  /* Entries 1 to 5, each the offset of "N 0 obj". */
  for (guint i = 1; i <= 5; i++)
    {
      const char *entry = xref + strlen ("xref\n0 6\n") + 20 * i;
      g_autofree char *expected = g_strdup_printf ("%u 0 obj", i);
      guint64 at = g_ascii_strtoull (entry, NULL, 10);

      g_assert_cmpuint (at, <, size);
      g_assert_true (g_str_has_prefix (bytes + at, expected));
    }
}

static void
test_demo_round (ZonaTestDir   *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = zona_demo_create (fixture->path, &error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) chase = NULL;
  g_autoptr(GHashTable) statuses = g_hash_table_new (NULL, NULL);
  g_autofree char *out_dir = g_build_filename (fixture->dir, "keluar", NULL);
  ZonaEvidenceFilter round = { .region_code = "35.77", .scheme_id = "pekppp", .year = 2024 };
  guint n_files = 0;
  guint n_pdfs = 0;

  g_assert_no_error (error);

  /* Four units, from nearly done to barely started. */
  rows = zona_store_list_evidence_progress (store, &round, "2024-04-20", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);
  for (guint i = 0; i < rows->len; i++)
    {
      const ZonaEvidenceProgress *row = g_ptr_array_index (rows, i);

      g_test_message ("%s: %u of %u done, %u to fix, %u overdue", row->unit_name, row->n_done,
                      row->n_items, row->n_to_fix, row->n_overdue);
      g_assert_cmpuint (row->n_items, >, 40);
      g_assert_cmpuint (row->percent_done, <, 100);
    }

  items = zona_store_list_evidence (store, &round, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      const ZonaEvidenceItem *item = g_ptr_array_index (items, i);

      g_hash_table_add (statuses, GINT_TO_POINTER (item->status));

      /* Everyone has a person in charge (a role, in Indonesian) and a date in Feb–Apr 2024. */
      g_assert_nonnull (item->person_in_charge);
      g_assert_nonnull (item->due_date);
      g_assert_cmpstr (item->due_date, >=, "2024-02-01");
      g_assert_cmpstr (item->due_date, <=, "2024-04-30");

      /* Each document handed in is a file; nothing missing has one. */
      g_assert_true ((item->attachment_id != 0) == (item->status != ZONA_EVIDENCE_BELUM_ADA));
      if (item->status == ZONA_EVIDENCE_PERLU_PERBAIKAN)
        g_assert_nonnull (item->reviewer_comment);
      if (item->attachment_id != 0)
        {
          g_autofree char *saved = NULL;
          g_autofree char *bytes = NULL;
          gsize size = 0;

          if (n_files++ == 0)
            g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
          saved = zona_store_save_attachment (store, item->attachment_id, out_dir,
                                              NULL, TRUE, NULL, &error);
          g_assert_no_error (error);
          g_assert_true (g_file_get_contents (saved, &bytes, &size, NULL));
          g_assert_cmpuint (size, <, 4096);
          g_assert_nonnull (item->effective_date);
          if (g_str_has_suffix (item->filename, ".pdf"))
            {
              assert_valid_pdf (bytes, size);
              g_assert_nonnull (strstr (bytes, "DATA DEMO ZONA"));
              n_pdfs++;
            }
          else
            g_assert_nonnull (strstr (bytes, "Data demo Zona"));
        }
    }

  /* Every status is there, the overdue ones and those to correct among them. */
  g_assert_cmpuint (g_hash_table_size (statuses), ==, ZONA_EVIDENCE_N_STATUSES);
  chase = zona_store_list_evidence_to_chase (store, &round, "2024-04-20", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chase->len, >, 10);
  g_assert_cmpuint (n_pdfs, >, 50);
  g_assert_cmpuint (n_files, <, items->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  ADD ("/evidence-rounds/history", test_history);
  ADD ("/evidence-rounds/carry-structure", test_carry_structure);
  ADD ("/evidence-rounds/carry-renamed", test_carry_renamed);
  ADD ("/evidence-rounds/reusable-documents", test_reusable_documents);
  ADD ("/evidence-rounds/carry-round", test_carry_round);
  ADD ("/evidence-rounds/demo-round", test_demo_round);

#undef ADD

  return g_test_run ();
}
