/* test-unit-history.c — one unit's results by scheme and year, and its renames and merges
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kota Madiun's Dinas Sosial, with more years than the demo gives it, merged with a DP3A into
 * Dinsos PPPA in 2025 and renamed again in 2026.
 */

#include "config.h"

#include "zona-demo.h"
#include "zona-unit-history.h"
#include "zona-test-utils.h"

#define DINSOS_PPPA "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"

static ZonaStore *
new_demo_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  ZonaStore *store = zona_test_new_store (path);

  g_assert_true (zona_demo_populate (store, &error));
  g_assert_no_error (error);

  return store;
}

static gint64
unit_id (ZonaStore  *store,
         const char *name)
{
  g_autoptr(ZonaUnit) unit = zona_store_find_unit (store, "35.77", name, NULL);

  g_assert_nonnull (unit);

  return unit->id;
}

static gint64
add_unit (ZonaStore  *store,
          const char *name,
          const char *short_name)
{
  g_autoptr(GError) error = NULL;
  ZonaUnit unit = { .name = (char *) name, .short_name = (char *) short_name };
  gint64 id = zona_store_add_unit (store, "35.77", &unit, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* Records a result; a score of -1 is a draft without a score yet. */
static void
set_result (ZonaStore            *store,
            gint64                unit,
            const char           *scheme_id,
            int                   year,
            ZonaScore             score,
            ZonaAssessmentStatus  status,
            int                   rank,
            int                   rank_of)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (store, "35.77", NULL);
  g_autoptr(GError) error = NULL;
  ZonaAssessment assessment = {
    .region_id = region->id,
    .unit_id = unit,
    .scheme_id = (char *) scheme_id,
    .year = year,
    .has_score = score >= 0,
    .score = score,
    .status = status,
    .published_rank = rank,
    .published_rank_of = rank_of,
  };

  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
  g_assert_no_error (error);
}

static ZonaUnitHistory *
history_of (ZonaStore *store,
            gint64     unit)
{
  g_autoptr(GError) error = NULL;
  ZonaUnitHistory *history = zona_unit_history_new (store, unit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (history);

  return history;
}

static const ZonaHistoryScheme *
find_scheme (const ZonaUnitHistory *history,
             const char            *scheme_id)
{
  for (guint i = 0; i < history->schemes->len; i++)
    {
      const ZonaHistoryScheme *scheme = g_ptr_array_index (history->schemes, i);

      if (g_str_equal (scheme->scheme_id, scheme_id))
        return scheme;
    }

  return NULL;
}

static const ZonaHistoryYear *
year_at (const ZonaHistoryScheme *scheme,
         guint                    index)
{
  g_assert_cmpuint (index, <, scheme->years->len);

  return g_ptr_array_index (scheme->years, index);
}

/* Dinas Sosial's years 2019, 2021, 2022 and 2023: 2020 was not held and stays absent, each year
 * is classified with its own era's bands, and the changes skip the draft without a score. */
static void
test_years (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(ZonaUnitHistory) history = NULL;
  const ZonaHistoryScheme *ombudsman;
  const ZonaHistoryScheme *pekppp;
  const ZonaHistoryYear *year;
  gint64 dinsos = unit_id (store, "Dinsos");

  set_result (store, dinsos, "ombudsman", 2019, 7500, ZONA_STATUS_FINAL, 0, 0);
  set_result (store, dinsos, "ombudsman", 2021, 8000, ZONA_STATUS_FINAL, 2, 9);
  set_result (store, dinsos, "ombudsman", 2022, -1, ZONA_STATUS_DRAFT, 0, 0);
  set_result (store, dinsos, "pekppp", 2024, 461, ZONA_STATUS_DRAFT, 0, 0);

  history = history_of (store, dinsos);
  g_assert_cmpstr (history->unit->name, ==, "Dinas Sosial");
  g_assert_cmpstr (history->region_code, ==, "35.77");
  g_assert_cmpstr (history->region_name, ==, "Kota Madiun");
  g_assert_null (history->parent_name);
  g_assert_cmpuint (history->origins->len, ==, 0);
  g_assert_cmpuint (history->successions->len, ==, 0);

  /* Only the schemes with results, in the store's order. */
  g_assert_cmpuint (history->schemes->len, ==, 2);
  ombudsman = g_ptr_array_index (history->schemes, 0);
  pekppp = g_ptr_array_index (history->schemes, 1);
  g_assert_cmpstr (ombudsman->scheme_id, ==, "ombudsman");
  g_assert_cmpstr (ombudsman->scheme_name, ==, "Ombudsman");
  g_assert_cmpstr (pekppp->scheme_id, ==, "pekppp");

  g_assert_cmpuint (ombudsman->years->len, ==, 4);

  year = year_at (ombudsman, 0);
  g_assert_cmpint (year->year, ==, 2019);
  g_assert_cmpint (year->score, ==, 7500);
  g_assert_false (year->has_delta);
  g_assert_cmpstr (year->category_name, ==, "Zona Kuning");
  g_assert_cmpint (year->unit_id, ==, dinsos);
  g_assert_null (year->former_name);

  year = year_at (ombudsman, 1);
  g_assert_cmpint (year->year, ==, 2021);
  g_assert_true (year->has_delta);
  g_assert_cmpint (year->delta, ==, 500);
  g_assert_cmpint (year->previous_year, ==, 2019);
  g_assert_cmpstr (year->category_name, ==, "Zona Kuning");
  g_assert_cmpint (year->published_rank, ==, 2);
  g_assert_cmpint (year->published_rank_of, ==, 9);
  g_assert_cmpint (year->status, ==, ZONA_STATUS_FINAL);

  year = year_at (ombudsman, 2);
  g_assert_cmpint (year->year, ==, 2022);
  g_assert_false (year->has_score);
  g_assert_false (year->has_delta);
  g_assert_null (year->category);
  g_assert_null (year->no_category);
  g_assert_cmpint (year->status, ==, ZONA_STATUS_DRAFT);

  /* 95,20 in 2023 is category A of era III, 15,20 more than 2021. */
  year = year_at (ombudsman, 3);
  g_assert_cmpint (year->year, ==, 2023);
  g_assert_cmpint (year->score, ==, 9520);
  g_assert_cmpint (year->delta, ==, 1520);
  g_assert_cmpint (year->previous_year, ==, 2021);
  g_assert_cmpstr (year->category, ==, "A");
  g_assert_cmpstr (year->category_name, ==, "Kategori A");
  g_assert_nonnull (year->colour);

  g_assert_cmpuint (pekppp->years->len, ==, 1);
  g_assert_cmpint (year_at (pekppp, 0)->score, ==, 461);
  g_assert_cmpint (year_at (pekppp, 0)->status, ==, ZONA_STATUS_DRAFT);
}

/* After the merge, the new unit carries on Dinas Sosial's years under that name; both old
 * units say what they became; a rename after it adds a second step to the lineage. */
static void
test_lineage (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(ZonaUnitHistory) merged_history = NULL;
  g_autoptr(ZonaUnitHistory) dinsos_history = NULL;
  g_autoptr(ZonaUnitHistory) dp3a_history = NULL;
  g_autoptr(ZonaUnitHistory) renamed_history = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaHistoryScheme *ombudsman;
  const ZonaHistoryEvent *event;
  const ZonaHistoryYear *year;
  gint64 dinsos = unit_id (store, "Dinsos");
  gint64 dp3a = add_unit (store, "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A");
  gint64 ids[2] = { dinsos, dp3a };
  gint64 merged;
  gint64 renamed;

  set_result (store, dp3a, "ombudsman", 2024, 7000, ZONA_STATUS_FINAL, 0, 0);
  set_result (store, dinsos, "ombudsman", 2024, 9100, ZONA_STATUS_FINAL, 0, 0);
  merged = zona_store_merge_units (store, ids, 2, DINSOS_PPPA, "Dinsos PPPA", 2025, &error);
  g_assert_no_error (error);
  set_result (store, merged, "ombudsman", 2025, 9300, ZONA_STATUS_FINAL, 0, 0);

  merged_history = history_of (store, merged);
  g_assert_cmpuint (merged_history->origins->len, ==, 1);
  event = g_ptr_array_index (merged_history->origins, 0);
  g_assert_cmpstr (event->kind, ==, "merge");
  g_assert_cmpint (event->year, ==, 2025);
  g_assert_cmpint (event->successor->unit_id, ==, merged);
  g_assert_cmpuint (event->predecessors->len, ==, 2);
  g_assert_cmpstr (((ZonaHistoryUnit *) g_ptr_array_index (event->predecessors, 0))->name, ==,
                   "Dinas Sosial");
  g_assert_true (((ZonaHistoryUnit *) g_ptr_array_index (event->predecessors, 0))->is_primary);
  g_assert_cmpstr (((ZonaHistoryUnit *) g_ptr_array_index (event->predecessors, 1))->short_name,
                   ==, "DP3A");
  g_assert_false (((ZonaHistoryUnit *) g_ptr_array_index (event->predecessors, 1))->is_primary);
  g_assert_cmpuint (merged_history->successions->len, ==, 0);

  /* Dinas Sosial's years, not DP3A's, under the name they were recorded with. */
  ombudsman = find_scheme (merged_history, "ombudsman");
  g_assert_nonnull (ombudsman);
  g_assert_cmpuint (ombudsman->years->len, ==, 3);
  year = year_at (ombudsman, 1);
  g_assert_cmpint (year->year, ==, 2024);
  g_assert_cmpint (year->score, ==, 9100);
  g_assert_cmpint (year->unit_id, ==, dinsos);
  g_assert_cmpstr (year->former_name, ==, "Dinas Sosial");
  year = year_at (ombudsman, 2);
  g_assert_cmpint (year->year, ==, 2025);
  g_assert_cmpint (year->unit_id, ==, merged);
  g_assert_null (year->former_name);
  g_assert_cmpint (year->delta, ==, 200);
  /* 2025's methodology has no category table yet: no category, and the reason why. */
  g_assert_null (year->category);
  g_assert_nonnull (year->no_category);

  /* Each old unit says what it became and with whom. */
  dinsos_history = history_of (store, dinsos);
  g_assert_cmpint (dinsos_history->unit->valid_to, ==, 2024);
  g_assert_cmpuint (dinsos_history->successions->len, ==, 1);
  event = g_ptr_array_index (dinsos_history->successions, 0);
  g_assert_cmpstr (event->successor->short_name, ==, "Dinsos PPPA");
  g_assert_cmpint (event->year, ==, 2025);
  g_assert_cmpuint (event->predecessors->len, ==, 2);
  g_assert_cmpint (((ZonaHistoryUnit *) g_ptr_array_index (event->predecessors, 0))->unit_id, ==,
                   dinsos);

  dp3a_history = history_of (store, dp3a);
  g_assert_cmpuint (dp3a_history->successions->len, ==, 1);
  event = g_ptr_array_index (dp3a_history->successions, 0);
  g_assert_cmpint (event->successor->unit_id, ==, merged);
  /* DP3A's own year stays on its own page. */
  g_assert_cmpuint (year_at (find_scheme (dp3a_history, "ombudsman"), 0)->score, ==, 7000);
  g_assert_cmpuint (find_scheme (dp3a_history, "ombudsman")->years->len, ==, 1);

  /* Renamed in 2026: the nearest step first, then the merge before it. */
  renamed = zona_store_rename_unit (store, merged, "Dinas Sosial P3A", "Dinsos P3A", 2026,
                                    &error);
  g_assert_no_error (error);
  renamed_history = history_of (store, renamed);
  g_assert_cmpuint (renamed_history->origins->len, ==, 2);
  event = g_ptr_array_index (renamed_history->origins, 0);
  g_assert_cmpstr (event->kind, ==, "rename");
  g_assert_cmpint (event->year, ==, 2026);
  g_assert_cmpuint (event->predecessors->len, ==, 1);
  g_assert_cmpint (((ZonaHistoryUnit *) g_ptr_array_index (event->predecessors, 0))->unit_id, ==,
                   merged);
  event = g_ptr_array_index (renamed_history->origins, 1);
  g_assert_cmpstr (event->kind, ==, "merge");
  g_assert_cmpint (event->successor->unit_id, ==, merged);
  g_assert_cmpuint (event->predecessors->len, ==, 2);
  g_assert_cmpuint (find_scheme (renamed_history, "ombudsman")->years->len, ==, 3);
  g_assert_cmpstr (year_at (find_scheme (renamed_history, "ombudsman"), 2)->former_name, ==,
                   DINSOS_PPPA);
}

/* A puskesmas names its parent and has the schemes it was assessed in; a unit without results
 * has no schemes; a unit that does not exist is said to be gone. */
static void
test_parent_and_empty (ZonaTestDir   *fixture,
                       gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(ZonaUnitHistory) puskesmas = NULL;
  g_autoptr(ZonaUnitHistory) empty = NULL;
  g_autoptr(ZonaUnitHistory) missing = NULL;
  g_autoptr(GError) error = NULL;

  puskesmas = history_of (store, unit_id (store, "Puskesmas Demangan"));
  g_assert_cmpstr (puskesmas->parent_name, ==, "Dinas Kesehatan");
  /* Ombudsman 2023, and the draft of the demo's PEKPPP round of 2024. */
  g_assert_cmpuint (puskesmas->schemes->len, ==, 2);
  g_assert_nonnull (find_scheme (puskesmas, "ombudsman"));
  g_assert_nonnull (find_scheme (puskesmas, "pekppp"));

  empty = history_of (store, add_unit (store, "Kecamatan Taman", NULL));
  g_assert_cmpuint (empty->schemes->len, ==, 0);
  g_assert_cmpuint (empty->origins->len, ==, 0);

  missing = zona_unit_history_new (store, 99999, &error);
  g_assert_null (missing);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/unit-history/years", ZonaTestDir, NULL,
              zona_test_dir_setup, test_years, zona_test_dir_teardown);
  g_test_add ("/unit-history/lineage", ZonaTestDir, NULL,
              zona_test_dir_setup, test_lineage, zona_test_dir_teardown);
  g_test_add ("/unit-history/parent-and-empty", ZonaTestDir, NULL,
              zona_test_dir_setup, test_parent_and_empty, zona_test_dir_teardown);

  return g_test_run ();
}
