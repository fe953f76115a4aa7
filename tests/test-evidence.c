/* test-evidence.c — evidence checklists: rules, items made from schemes, updates, progress
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "zona-store-private.h"
#include "evidence-test-utils.h"

/* ---- helpers ---------------------------------------------------------------------------- */

static void
set_item (ZonaStore          *store,
          gint64              id,
          ZonaEvidenceStatus  status,
          const char         *due_date,
          const char         *person)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) item = evidence_test_get_item (store, id);

  item->status = status;
  g_free (item->due_date);
  item->due_date = g_strdup (due_date);
  g_free (item->person_in_charge);
  item->person_in_charge = g_strdup (person);
  g_assert_true (zona_store_update_evidence_item (store, item, &error));
  g_assert_no_error (error);
}

static guint
count_requirements (ZonaStore  *store,
                    const char *scheme_id,
                    int         year)
{
  const ZonaScheme *scheme = zona_store_find_scheme (store, scheme_id, NULL);
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, year);
  guint n = 0;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        n += ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->requirements->len;
    }

  return n;
}

/* ---- rules ------------------------------------------------------------------------------ */

static void
test_rules (void)
{
  static const char * const bad_names[] = {
    "a:b.pdf", "a?b.pdf", "a*b.pdf", "a<b.pdf", "a>b.pdf", "a|b.pdf", "a\"b.pdf", "a\\b.pdf",
    "a/b.pdf", "../sk.pdf", "..", "sk..pdf", "tab\there.pdf", "sk.pdf.", "sk.pdf ", "CON",
    "nul.pdf", "Lpt1.txt", "", "\xff\xfe.pdf",
  };
  static const char * const good_names[] = {
    "SK Penetapan Standar Pelayanan 2024.pdf", "foto ruang tunggu (1).jpg", "KB-01-a.pdf",
    "console.log", "laporan_SKM.docx", ".hidden", "Surat Kepala Dinas №12.pdf",
  };
  ZonaEvidenceStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (bad_names); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (zona_evidence_check_file_name (bad_names[i], &error));
      g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
      /* The message names the file, unless it has no name at all. */
      if (bad_names[i][0] != '\0' && g_utf8_validate (bad_names[i], -1, NULL) &&
          strchr (bad_names[i], '\t') == NULL)
        g_assert_nonnull (strstr (error->message, bad_names[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (good_names); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (zona_evidence_check_file_name (good_names[i], &error));
      g_assert_no_error (error);
    }

  g_assert_true (zona_evidence_date_is_valid ("2024-04-23"));
  g_assert_true (zona_evidence_date_is_valid ("2024-02-29"));
  g_assert_false (zona_evidence_date_is_valid ("2023-02-29"));
  g_assert_false (zona_evidence_date_is_valid ("2024-04-31"));
  g_assert_false (zona_evidence_date_is_valid ("23-04-2024"));
  g_assert_false (zona_evidence_date_is_valid ("2024-4-23"));
  g_assert_false (zona_evidence_date_is_valid ("2024/04/23"));
  g_assert_false (zona_evidence_date_is_valid ("2024-04-23T00:00"));
  g_assert_false (zona_evidence_date_is_valid ("23 April 2024"));
  g_assert_false (zona_evidence_date_is_valid (""));
  g_assert_false (zona_evidence_date_is_valid (NULL));

  for (guint i = 0; i < ZONA_EVIDENCE_N_STATUSES; i++)
    {
      g_assert_true (zona_evidence_status_from_string (zona_evidence_status_to_string (i),
                                                       &status));
      g_assert_cmpint (status, ==, i);
    }
  g_assert_true (zona_evidence_status_from_string ("Perlu Perbaikan", &status));
  g_assert_cmpint (status, ==, ZONA_EVIDENCE_PERLU_PERBAIKAN);
  g_assert_true (zona_evidence_status_from_string ("belum-ada", &status));
  g_assert_cmpint (status, ==, ZONA_EVIDENCE_BELUM_ADA);
  g_assert_false (zona_evidence_status_from_string ("selesai", &status));
  g_assert_false (zona_evidence_status_from_string (NULL, &status));
}

/* The percentage is rounded down, so that 100 % is reached only with every item complete. */
static void
test_progress_rule (void)
{
  ZonaEvidenceProgress progress = { 0 };
  ZonaEvidenceItem done = { .status = ZONA_EVIDENCE_DIVERIFIKASI,
                            .due_date = (char *) "2024-01-01" };
  ZonaEvidenceItem uploaded_late = { .status = ZONA_EVIDENCE_DIUNGGAH,
                                     .due_date = (char *) "2024-01-01" };
  ZonaEvidenceItem missing_late = { .status = ZONA_EVIDENCE_BELUM_ADA,
                                    .due_date = (char *) "2024-01-01" };

  for (guint i = 0; i < 199; i++)
    zona_evidence_progress_add (&progress, &done, "2024-06-01");
  g_assert_cmpuint (progress.percent_done, ==, 100);
  zona_evidence_progress_add (&progress, &missing_late, "2024-06-01");
  g_assert_cmpuint (progress.n_items, ==, 200);
  g_assert_cmpuint (progress.n_done, ==, 199);
  g_assert_cmpuint (progress.percent_done, ==, 99);
  g_assert_cmpuint (progress.n_overdue, ==, 1);

  /* Uploaded in time and waiting for review is not the unit's delay; due today is not late. */
  g_assert_false (zona_evidence_item_is_overdue (&uploaded_late, "2024-06-01"));
  g_assert_true (zona_evidence_item_is_overdue (&missing_late, "2024-01-02"));
  g_assert_false (zona_evidence_item_is_overdue (&missing_late, "2024-01-01"));
  g_assert_false (zona_evidence_item_is_overdue (&done, "2024-06-01"));
}

/* ---- checklists ------------------------------------------------------------------------- */

/* Every indicator of the methodologies in force names at least one document, with a title and
 * guidance for the unit: the shipped JSON as the store keeps it. */
static void
test_shipped_requirements (ZonaTestDir   *fixture,
                           gconstpointer  data)
{
  static const struct { const char *scheme_id; int year; } rounds[] = {
    { "pekppp", 2024 }, { "pekppp-daring", 2024 }, { "ombudsman", 2023 },
  };
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);

  for (guint k = 0; k < G_N_ELEMENTS (rounds); k++)
    {
      const ZonaScheme *scheme = zona_store_find_scheme (store, rounds[k].scheme_id, NULL);
      const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, rounds[k].year);

      g_assert_cmpuint (zona_scheme_version_n_indicators (version), >, 0);
      for (guint d = 0; d < version->dimensions->len; d++)
        {
          const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

          for (guint i = 0; i < dimension->indicators->len; i++)
            {
              const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);

              if (indicator->requirements->len == 0)
                g_error ("%s %d: indicator %s names no evidence", rounds[k].scheme_id,
                         rounds[k].year, indicator->code);
              for (guint r = 0; r < indicator->requirements->len; r++)
                {
                  const ZonaRequirement *requirement = g_ptr_array_index (indicator->requirements,
                                                                          r);

                  g_assert_true (g_str_has_prefix (requirement->code, indicator->code));
                  g_assert_cmpuint (strlen (requirement->title), >, 0);
                  g_assert_nonnull (requirement->guidance);
                  g_assert_cmpuint (strlen (requirement->guidance), >, 0);
                }
            }
        }
    }

  /* And the store holds them as rows that checklists point to. */
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM requirement"), >, 100);
}

static void
test_checklist_from_scheme (ZonaTestDir   *fixture,
                            gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  const ZonaScheme *scheme = zona_store_find_scheme (store, "pekppp", NULL);
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2024);
  ZonaAssessment assessment = { 0 };
  gint64 units[2];
  gint64 assessment_id;
  guint n_requirements = count_requirements (store, "pekppp", 2024);
  guint added = 99;
  guint k = 0;

  /* The shipped scheme carries requirements: the checklist is worth having. */
  g_assert_cmpuint (n_requirements, >=, zona_scheme_version_n_indicators (version));

  evidence_test_new_round (store, "pekppp", 2024, units, 2);
  assessment_id = evidence_test_assessment (store, units[0], "pekppp", 2024);
  items = evidence_test_checklist (store, assessment_id);
  g_assert_cmpuint (items->len, ==, n_requirements);

  /* One item per requirement, in the scheme's order, nothing done yet. */
  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);

          for (guint r = 0; r < indicator->requirements->len; r++, k++)
            {
              const ZonaRequirement *requirement = g_ptr_array_index (indicator->requirements, r);
              const ZonaEvidenceItem *item = g_ptr_array_index (items, k);

              g_assert_cmpstr (item->requirement_code, ==, requirement->code);
              g_assert_cmpstr (item->title, ==, requirement->title);
              g_assert_cmpstr (item->guidance, ==, requirement->guidance);
              g_assert_nonnull (item->guidance);
              g_assert_cmpstr (item->indicator_code, ==, indicator->code);
              g_assert_cmpstr (item->dimension_code, ==, dimension->code);
              g_assert_cmpint (item->status, ==, ZONA_EVIDENCE_BELUM_ADA);
              g_assert_null (item->person_in_charge);
              g_assert_null (item->due_date);
              g_assert_cmpint (item->attachment_id, ==, 0);
              g_assert_cmpint (item->unit_id, ==, units[0]);
              g_assert_cmpstr (item->unit_name, ==, "Dinas Kesehatan");
              g_assert_cmpstr (item->region_code, ==, "35.77");
              g_assert_cmpstr (item->scheme_id, ==, "pekppp");
              g_assert_cmpint (item->year, ==, 2024);
            }
        }
    }

  /* Creating it again, or recording the unit's score later, adds nothing and keeps the work. */
  set_item (store, evidence_test_item_id (items, 0), ZONA_EVIDENCE_MEMENUHI, "2024-03-01", "Sri");
  g_assert_true (zona_store_create_checklist (store, assessment_id, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  region = zona_store_get_region (store, "35.77", &error);
  assessment.region_id = region->id;
  assessment.unit_id = units[0];
  assessment.scheme_id = (char *) "pekppp";
  assessment.year = 2024;
  assessment.has_score = TRUE;
  assessment.score = 461;
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), ==, assessment_id);
  again = evidence_test_checklist (store, assessment_id);
  g_assert_cmpuint (again->len, ==, n_requirements);
  g_assert_cmpint (((ZonaEvidenceItem *) g_ptr_array_index (again, 0))->status, ==,
                   ZONA_EVIDENCE_MEMENUHI);

  /* The other unit has its own checklist; the region's own result has none. */
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM evidence"), ==,
                   2 * n_requirements);
  assessment.unit_id = 0;
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM evidence"), ==,
                   2 * n_requirements);

  /* A methodology without requirements gives no checklist. */
  assessment.unit_id = units[1];
  assessment.scheme_id = (char *) "ombudsman";
  assessment.year = 2019;
  assessment.score = 7000;
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM evidence"), ==,
                   2 * n_requirements);

  /* Era III has requirements for every dimension. */
  assessment.year = 2023;
  assessment.score = 9000;
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM evidence"), ==,
                   2 * n_requirements + count_requirements (store, "ombudsman", 2023));
  g_assert_cmpint (evidence_test_count (store, "SELECT count (DISTINCT d.code) FROM evidence e "
                                 "JOIN requirement r ON r.id = e.requirement_id "
                                 "JOIN indicator i ON i.id = r.indicator_id "
                                 "JOIN dimension d ON d.id = i.dimension_id "
                                 "JOIN assessment a ON a.id = e.assessment_id "
                                 "JOIN scheme s ON s.id = a.scheme_id "
                                 "WHERE s.key = 'ombudsman'"), ==, 4);

  g_assert_true (zona_store_create_checklist (store, 999999, &added, &error) == FALSE);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
}

/* Deleting a result entered by mistake takes its untouched checklist along; a checklist that
 * holds work keeps the result in the record. Undo brings the checklist back. */
static void
test_delete_with_checklist (ZonaTestDir   *fixture,
                            gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(ZonaAssessment) before = NULL;
  gint64 units[2];
  gint64 id;
  gint64 other;
  guint n = count_requirements (store, "ombudsman", 2023);

  evidence_test_new_round (store, "ombudsman", 2023, units, 2);
  unit = zona_store_get_unit (store, units[0], &error);
  before = zona_store_get_assessment (store, unit->region_id, units[0], "ombudsman", 2023, &error);
  g_assert_no_error (error);

  g_assert_true (zona_store_delete_assessment (store, before->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM evidence"), ==, n);

  id = zona_store_restore_assessment (store, before, NULL, &error);
  g_assert_no_error (error);
  items = evidence_test_checklist (store, id);
  g_assert_cmpuint (items->len, ==, n);

  /* A person in charge is work: refused, and everything stays. */
  set_item (store, evidence_test_item_id (items, 3), ZONA_EVIDENCE_BELUM_ADA, NULL, "Budi");
  g_assert_false (zona_store_delete_assessment (store, id, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "checklist"));
  g_clear_error (&error);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM evidence"), ==, 2 * n);

  /* So is an item the clerk added to the other unit's checklist. */
  other = evidence_test_assessment (store, units[1], "ombudsman", 2023);
  g_assert_cmpint (zona_store_add_evidence_item (store, other, "Surat pernyataan", NULL, &error),
                   >, 0);
  g_assert_false (zona_store_delete_assessment (store, other, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
}

static void
test_own_items (ZonaTestDir   *fixture,
                gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) own = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *file = NULL;
  gint64 units[1];
  gint64 assessment_id;
  gint64 with_indicator;
  gint64 without;
  guint kb03_last = 0;

  evidence_test_new_round (store, "pekppp", 2024, units, 1);
  assessment_id = evidence_test_assessment (store, units[0], "pekppp", 2024);

  with_indicator = zona_store_add_evidence_item (store, assessment_id,
                                                 "  Foto papan informasi di kantor kecamatan ",
                                                 "KB-03", &error);
  g_assert_no_error (error);
  without = zona_store_add_evidence_item (store, assessment_id, "Surat pengantar kepala dinas",
                                          NULL, &error);
  g_assert_no_error (error);

  /* The clerk's item follows the scheme's items of its indicator; one without comes last. */
  items = evidence_test_checklist (store, assessment_id);
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (((ZonaEvidenceItem *) g_ptr_array_index (items, i))->requirement_code,
                   "KB-03-b") == 0)
      kb03_last = i;
  g_assert_cmpint (evidence_test_item_id (items, kb03_last + 1), ==, with_indicator);
  g_assert_cmpint (evidence_test_item_id (items, items->len - 1), ==, without);
  own = evidence_test_get_item (store, with_indicator);
  g_assert_cmpstr (own->title, ==, "Foto papan informasi di kantor kecamatan");
  g_assert_cmpstr (own->indicator_code, ==, "KB-03");
  g_assert_cmpstr (own->dimension_code, ==, "KEBIJAKAN");
  g_assert_null (own->requirement_code);
  g_assert_cmpint (own->requirement_id, ==, 0);

  /* Refused, with nothing added: no title, an indicator the methodology lacks, no assessment. */
  before = evidence_test_snapshot (store);
  g_assert_cmpint (zona_store_add_evidence_item (store, assessment_id, "  ", NULL, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zona_store_add_evidence_item (store, assessment_id, "Foto", "IN-01", &error),
                   ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "IN-01"));
  g_clear_error (&error);
  g_assert_cmpint (zona_store_add_evidence_item (store, 424242, "Foto", NULL, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The scheme's items stay on the checklist; an item with a file stays in the record. */
  g_assert_false (zona_store_remove_evidence_item (store, evidence_test_item_id (items, 0),
                                                   &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = evidence_test_snapshot (store);
  g_assert_cmpstr (before, ==, after);

  file = evidence_test_write_file (fixture->dir, "pengantar.pdf", "%PDF-1.4 surat");
  g_assert_cmpint (zona_store_attach_file (store, without, file, NULL, 0, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_false (zona_store_remove_evidence_item (store, without, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (zona_store_remove_evidence_item (store, with_indicator, &error));
  g_assert_no_error (error);
  g_assert_null (zona_store_get_evidence_item (store, with_indicator, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
}

static void
test_update (ZonaTestDir   *fixture,
             gconstpointer  data)
{
  static const char * const bad_dates[] = {
    "2024-02-30", "23-04-2024", "2024-4-23", "besok", "2024-04-23 08:00", "0000-01-01",
  };
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) item = NULL;
  g_autoptr(ZonaEvidenceItem) read_back = NULL;
  g_autofree char *before = NULL;
  gint64 units[1];
  gint64 id;

  evidence_test_new_round (store, "ombudsman", 2024, units, 1);
  items = evidence_test_checklist (store,
                                   evidence_test_assessment (store, units[0], "ombudsman", 2024));
  id = evidence_test_item_id (items, 0);

  item = evidence_test_get_item (store, id);
  item->status = ZONA_EVIDENCE_PERLU_PERBAIKAN;
  item->person_in_charge = g_strdup ("  Sri Wahyuni ");
  item->due_date = g_strdup ("2024-04-23");
  item->notes = g_strdup ("Minta versi yang ditandatangani");
  item->reviewer_comment = g_strdup ("Lampiran 14 komponen belum ada");
  item->effective_date = g_strdup ("2023-12-29");
  g_free (item->title);
  item->title = g_strdup ("A title the scheme gives cannot change");
  g_assert_true (zona_store_update_evidence_item (store, item, &error));
  g_assert_no_error (error);

  read_back = evidence_test_get_item (store, id);
  g_assert_cmpint (read_back->status, ==, ZONA_EVIDENCE_PERLU_PERBAIKAN);
  g_assert_cmpstr (read_back->person_in_charge, ==, "Sri Wahyuni");
  g_assert_cmpstr (read_back->due_date, ==, "2024-04-23");
  g_assert_cmpstr (read_back->notes, ==, "Minta versi yang ditandatangani");
  g_assert_cmpstr (read_back->reviewer_comment, ==, "Lampiran 14 komponen belum ada");
  g_assert_cmpstr (read_back->effective_date, ==, "2023-12-29");
  g_assert_cmpstr (read_back->title, ==,
                   ((ZonaEvidenceItem *) g_ptr_array_index (items, 0))->title);

  /* The status change and the assignment are in the history. */
  g_assert_cmpint (evidence_test_count (store,
                                        "SELECT count (*) FROM history WHERE entity = 'evidence' "
                                 "AND action = 'status' AND old_value = 'belum_ada' "
                                 "AND new_value = 'perlu_perbaikan'"), ==, 1);
  g_assert_cmpint (evidence_test_count (store,
                                        "SELECT count (*) FROM history WHERE entity = 'evidence' "
                                 "AND action = 'assign' AND json_extract (new_value, "
                                 "'$.person_in_charge') = 'Sri Wahyuni'"), ==, 1);

  /* A wrong date is refused by name and nothing changes. */
  before = evidence_test_snapshot (store);
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_clear_pointer (&item, zona_evidence_item_free);
      item = evidence_test_get_item (store, id);
      item->status = ZONA_EVIDENCE_DIVERIFIKASI;
      g_free (item->due_date);
      item->due_date = g_strdup (bad_dates[i]);
      g_assert_false (zona_store_update_evidence_item (store, item, &error));
      g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad_dates[i]));
      g_assert_nonnull (strstr (error->message, "due date"));
      g_clear_error (&error);

      g_free (item->due_date);
      item->due_date = g_strdup ("2024-05-01");
      g_free (item->effective_date);
      item->effective_date = g_strdup (bad_dates[i]);
      g_assert_false (zona_store_update_evidence_item (store, item, &error));
      g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad_dates[i]));
      g_clear_error (&error);
    }

  item->status = ZONA_EVIDENCE_N_STATUSES;
  g_free (item->effective_date);
  item->effective_date = NULL;
  g_assert_false (zona_store_update_evidence_item (store, item, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  item->status = ZONA_EVIDENCE_DIVERIFIKASI;
  item->id = 777777;
  g_assert_false (zona_store_update_evidence_item (store, item, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "777777"));
  g_clear_error (&error);
  {
    g_autofree char *after = evidence_test_snapshot (store);

    g_assert_cmpstr (before, ==, after);
  }

  /* Empty text clears a field. */
  g_clear_pointer (&item, zona_evidence_item_free);
  item = evidence_test_get_item (store, id);
  g_free (item->person_in_charge);
  item->person_in_charge = g_strdup ("");
  g_free (item->due_date);
  item->due_date = g_strdup (" ");
  g_assert_true (zona_store_update_evidence_item (store, item, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read_back, zona_evidence_item_free);
  read_back = evidence_test_get_item (store, id);
  g_assert_null (read_back->person_in_charge);
  g_assert_null (read_back->due_date);
}

/* A small known round: two units of Kota Madiun, a few items set by hand. */
static void
test_progress (ZonaTestDir   *fixture,
               gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) chase = NULL;
  g_autoptr(GError) error = NULL;
  ZonaEvidenceFilter region = { .region_code = "35.77", .scheme_id = "pekppp", .year = 2024 };
  ZonaEvidenceFilter unit = { .scheme_id = "pekppp", .year = 2024 };
  ZonaEvidenceFilter one = { 0 };
  ZonaEvidenceProgress progress;
  const ZonaEvidenceProgress *row;
  gint64 units[2];
  guint n = count_requirements (store, "pekppp", 2024);

  evidence_test_new_round (store, "pekppp", 2024, units, 2);
  a = evidence_test_checklist (store, evidence_test_assessment (store, units[0], "pekppp", 2024));
  b = evidence_test_checklist (store, evidence_test_assessment (store, units[1], "pekppp", 2024));

  set_item (store, evidence_test_item_id (a, 0), ZONA_EVIDENCE_MEMENUHI, "2024-03-01", "Sri");
  set_item (store, evidence_test_item_id (a, 1), ZONA_EVIDENCE_DIVERIFIKASI, NULL, NULL);
  set_item (store, evidence_test_item_id (a, 2), ZONA_EVIDENCE_PERLU_PERBAIKAN, "2024-03-01",
            "Sri");
  set_item (store, evidence_test_item_id (a, 3), ZONA_EVIDENCE_BELUM_ADA, "2024-03-01", "Sri");
  set_item (store, evidence_test_item_id (a, 4), ZONA_EVIDENCE_DIUNGGAH, "2024-03-01", "Sri");
  set_item (store, evidence_test_item_id (a, 5), ZONA_EVIDENCE_BELUM_ADA, "2024-03-10", "Sri");
  set_item (store, evidence_test_item_id (a, 6), ZONA_EVIDENCE_BELUM_ADA, "2024-03-20", "Sri");
  set_item (store, evidence_test_item_id (b, 0), ZONA_EVIDENCE_PERLU_PERBAIKAN, NULL, "Ani");
  set_item (store, evidence_test_item_id (b, 1), ZONA_EVIDENCE_BELUM_ADA, "2024-02-01", "budi");
  set_item (store, evidence_test_item_id (b, 2), ZONA_EVIDENCE_BELUM_ADA, "2024-02-01", "Ani");

  /* One assessment. */
  one.assessment_id = evidence_test_assessment (store, units[0], "pekppp", 2024);
  g_assert_true (zona_store_get_evidence_progress (store, &one, "2024-03-10", &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.n_items, ==, n);
  g_assert_cmpuint (progress.n_done, ==, 2);
  g_assert_cmpuint (progress.n_to_fix, ==, 1);
  g_assert_cmpuint (progress.n_overdue, ==, 2);
  g_assert_cmpuint (progress.percent_done, ==, 2 * 100 / n);

  /* The same unit through its id. */
  unit.unit_id = units[0];
  g_assert_true (zona_store_get_evidence_progress (store, &unit, "2024-03-10", &progress, &error));
  g_assert_cmpuint (progress.n_items, ==, n);
  g_assert_cmpuint (progress.n_overdue, ==, 2);

  /* The region: both units. */
  g_assert_true (zona_store_get_evidence_progress (store, &region, "2024-03-10", &progress,
                                                   &error));
  g_assert_cmpuint (progress.n_items, ==, 2 * n);
  g_assert_cmpuint (progress.n_done, ==, 2);
  g_assert_cmpuint (progress.n_to_fix, ==, 2);
  g_assert_cmpuint (progress.n_overdue, ==, 4);
  g_assert_cmpuint (progress.percent_done, ==, 2 * 100 / (2 * n));

  /* Before any due date, nothing is overdue. */
  g_assert_true (zona_store_get_evidence_progress (store, &region, "2024-01-15", &progress,
                                                   &error));
  g_assert_cmpuint (progress.n_overdue, ==, 0);

  /* Per unit, in name order. */
  rows = zona_store_list_evidence_progress (store, &region, "2024-03-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->unit_name, ==, "Dinas Kesehatan");
  g_assert_cmpint (row->unit_id, ==, units[0]);
  g_assert_cmpuint (row->n_done, ==, 2);
  g_assert_cmpuint (row->n_overdue, ==, 2);
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row->unit_name, ==, "DPMPTSP");
  g_assert_cmpstr (row->scheme_id, ==, "pekppp");
  g_assert_cmpint (row->year, ==, 2024);
  g_assert_cmpuint (row->n_items, ==, n);
  g_assert_cmpuint (row->n_done, ==, 0);
  g_assert_cmpuint (row->n_to_fix, ==, 1);
  g_assert_cmpuint (row->n_overdue, ==, 2);

  /* What to chase, across units: by due date, then person, those without a date last. */
  chase = zona_store_list_evidence_to_chase (store, &region, "2024-03-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chase->len, ==, 5);
  /* 2024-02-01 Ani */
  g_assert_cmpint (evidence_test_item_id (chase, 0), ==, evidence_test_item_id (b, 2));
  /* 2024-02-01 budi */
  g_assert_cmpint (evidence_test_item_id (chase, 1), ==, evidence_test_item_id (b, 1));
  /* 2024-03-01 Sri, to fix */
  g_assert_cmpint (evidence_test_item_id (chase, 2), ==, evidence_test_item_id (a, 2));
  /* 2024-03-01 Sri, missing */
  g_assert_cmpint (evidence_test_item_id (chase, 3), ==, evidence_test_item_id (a, 3));
  /* no date, to fix */
  g_assert_cmpint (evidence_test_item_id (chase, 4), ==, evidence_test_item_id (b, 0));

  /* The same list by person in charge, ignoring case, then by due date, those without a date
   * last within the person. */
  g_ptr_array_sort (chase, zona_evidence_item_compare_by_person);
  /* Ani 2024-02-01 */
  g_assert_cmpint (evidence_test_item_id (chase, 0), ==, evidence_test_item_id (b, 2));
  /* Ani, no date */
  g_assert_cmpint (evidence_test_item_id (chase, 1), ==, evidence_test_item_id (b, 0));
  /* budi 2024-02-01 */
  g_assert_cmpint (evidence_test_item_id (chase, 2), ==, evidence_test_item_id (b, 1));
  /* Sri 2024-03-01, twice, by id */
  g_assert_cmpint (evidence_test_item_id (chase, 3), ==, evidence_test_item_id (a, 2));
  g_assert_cmpint (evidence_test_item_id (chase, 4), ==, evidence_test_item_id (a, 3));
  g_clear_pointer (&chase, g_ptr_array_unref);

  chase = zona_store_list_evidence_to_chase (store, &region, "2024-01-15", &error);
  g_assert_cmpuint (chase->len, ==, 2);
  g_clear_pointer (&chase, g_ptr_array_unref);

  /* Another round or region shows none of it. */
  region.year = 2025;
  g_assert_true (zona_store_get_evidence_progress (store, &region, "2024-03-10", &progress,
                                                   &error));
  g_assert_cmpuint (progress.n_items, ==, 0);
  g_assert_cmpuint (progress.percent_done, ==, 0);
  region.year = 2024;
  region.region_code = "35.19";
  g_assert_true (zona_store_get_evidence_progress (store, &region, "2024-03-10", &progress,
                                                   &error));
  g_assert_cmpuint (progress.n_items, ==, 0);

  /* A wrong date for today, an unknown region or scheme: refused, by name. */
  g_assert_false (zona_store_get_evidence_progress (store, &region, "10-03-2024", &progress,
                                                    &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "10-03-2024"));
  g_clear_error (&error);
  g_assert_null (zona_store_list_evidence_to_chase (store, &region, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  region.region_code = "99.99";
  g_assert_null (zona_store_list_evidence_progress (store, &region, "2024-03-10", &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  region.region_code = "35.77";
  region.scheme_id = "adipura";
  g_assert_null (zona_store_list_evidence (store, &region, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "adipura"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  g_test_add_func ("/evidence/rules", test_rules);
  g_test_add_func ("/evidence/progress-rule", test_progress_rule);
  ADD ("/evidence/shipped-requirements", test_shipped_requirements);
  ADD ("/evidence/checklist-from-scheme", test_checklist_from_scheme);
  ADD ("/evidence/delete-with-checklist", test_delete_with_checklist);
  ADD ("/evidence/own-items", test_own_items);
  ADD ("/evidence/update", test_update);
  ADD ("/evidence/progress", test_progress);

#undef ADD

  return g_test_run ();
}
