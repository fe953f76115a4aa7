/* test-overview.c — the latest result per subject and scheme, and the units' ranks in it
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-demo.h"
#include "zona-overview.h"
#include "zona-test-utils.h"

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
         const char *code,
         const char *name)
{
  g_autoptr(ZonaUnit) unit = zona_store_find_unit (store, code, name, NULL);

  g_assert_nonnull (unit);

  return unit->id;
}

static void
set_score (ZonaStore  *store,
           const char *code,
           gint64      unit,
           int         year,
           ZonaScore   score)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (store, code, NULL);
  g_autoptr(GError) error = NULL;
  ZonaAssessment assessment = {
    .region_id = region->id,
    .unit_id = unit,
    .scheme_id = (char *) "ombudsman",
    .year = year,
    .has_score = score >= 0,
    .score = score,
  };

  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
  g_assert_no_error (error);
}

static GPtrArray *
latest (ZonaStore  *store,
        const char *code)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *results = zona_overview_latest (store, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);

  return results;
}

/* The Ombudsman result of the unit called @name (its current name). */
static const ZonaLatestResult *
find_result (GPtrArray  *results,
             const char *name)
{
  for (guint i = 0; i < results->len; i++)
    {
      const ZonaLatestResult *result = g_ptr_array_index (results, i);

      if (result->unit_id != 0 && g_str_equal (result->subject_name, name) &&
          g_strcmp0 (result->scheme_id, "ombudsman") == 0)
        return result;
    }

  g_assert_not_reached ();
}

static void
assert_rank (GPtrArray  *results,
             const char *name,
             guint       rank,
             guint       n_ranked)
{
  const ZonaLatestResult *result = find_result (results, name);

  g_assert_cmpuint (result->rank, ==, rank);
  g_assert_cmpuint (result->n_ranked, ==, n_ranked);
}

/* Kota Madiun's seven units of 2023, best first: 96,20 95,35 95,20 93,53 93,12 92,03 89,72. */
static void
test_ranks (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) results = latest (store, "35.77");
  g_autoptr(GPtrArray) ranking = NULL;
  g_autoptr(GError) error = NULL;

  assert_rank (results, "Dinas Kependudukan dan Pencatatan Sipil", 1, 7);
  assert_rank (results, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 2, 7);
  assert_rank (results, "Dinas Sosial", 3, 7);
  assert_rank (results, "Puskesmas Demangan", 7, 7);

  /* The same places as the store's own ranking of that scheme and year. */
  ranking = zona_store_rank_units (store, "35.77", "ombudsman", 2023, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ranking->len; i++)
    {
      const ZonaRanking *entry = g_ptr_array_index (ranking, i);

      assert_rank (results, entry->name, entry->rank, ranking->len);
    }

  /* The region's own results have no rank among units. */
  for (guint i = 0; i < results->len; i++)
    {
      const ZonaLatestResult *result = g_ptr_array_index (results, i);

      if (result->unit_id == 0)
        g_assert_cmpuint (result->rank, ==, 0);
    }
}

static void
test_ties (ZonaTestDir   *fixture,
           gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) results = NULL;

  /* Dinkes equals Disdukcapil's 96,20: both first, and the next is third. */
  set_score (store, "35.77", unit_id (store, "35.77", "Dinas Kesehatan"), 2023, 9620);
  results = latest (store, "35.77");

  assert_rank (results, "Dinas Kependudukan dan Pencatatan Sipil", 1, 7);
  assert_rank (results, "Dinas Kesehatan", 1, 7);
  assert_rank (results, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 3, 7);
  assert_rank (results, "Puskesmas Demangan", 7, 7);
}

/* A unit is ranked in the scheme and year of its own latest result, among the units assessed
 * then, not among those of another year. */
static void
test_rank_year (ZonaTestDir   *fixture,
                gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) results = NULL;

  set_score (store, "35.77", unit_id (store, "35.77", "Puskesmas Demangan"), 2024, 8000);
  set_score (store, "35.77", unit_id (store, "35.77", "Dinas Sosial"), 2024, 7000);
  results = latest (store, "35.77");

  g_assert_cmpint (find_result (results, "Puskesmas Demangan")->year, ==, 2024);
  assert_rank (results, "Puskesmas Demangan", 1, 2);
  assert_rank (results, "Dinas Sosial", 2, 2);

  /* 2023 still counts the seven that were assessed then. */
  assert_rank (results, "Dinas Kependudukan dan Pencatatan Sipil", 1, 7);
  assert_rank (results, "Dinas Pendidikan", 4, 7);
}

/* Without a score there is no rank: units recorded for a round (Kabupaten Madiun 2023), a unit
 * without any result, and a result whose score was taken back. */
static void
test_no_rank (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  ZonaUnit unit = { .name = (char *) "Dinas Perpustakaan", .kind = (char *) "dinas" };
  guint n_units = 0;

  results = latest (store, "35.19");
  for (guint i = 0; i < results->len; i++)
    {
      const ZonaLatestResult *result = g_ptr_array_index (results, i);

      if (result->unit_id == 0)
        continue;
      n_units++;
      g_assert_false (result->has_score);
      g_assert_cmpuint (result->rank, ==, 0);
      g_assert_cmpuint (result->n_ranked, ==, 0);
    }
  g_assert_cmpuint (n_units, ==, 7);
  g_clear_pointer (&results, g_ptr_array_unref);

  g_assert_cmpint (zona_store_add_unit (store, "35.77", &unit, &error), >, 0);
  g_assert_no_error (error);
  set_score (store, "35.77", unit_id (store, "35.77", "Dinas Sosial"), 2023, -1);
  results = latest (store, "35.77");

  g_assert_null (find_result (results, "Dinas Sosial")->category);
  assert_rank (results, "Dinas Sosial", 0, 0);
  for (guint i = 0; i < results->len; i++)
    {
      const ZonaLatestResult *result = g_ptr_array_index (results, i);

      if (g_str_equal (result->subject_name, "Dinas Perpustakaan"))
        g_assert_cmpuint (result->rank, ==, 0);
    }

  /* The six scores left rank among themselves: 95,35 is now second of six. */
  assert_rank (results, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 2, 6);
}

/* Renamed after its last result, a unit keeps the rank of that result, which is a row of the
 * unit under its old name. */
static void
test_rank_after_rename (ZonaTestDir   *fixture,
                        gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gint64 renamed;

  /* 2025: the demo's Dinkes has its PEKPPP checklist of 2024 (a draft without a score). */
  renamed = zona_store_rename_unit (store, unit_id (store, "35.77", "Dinas Kesehatan"),
                                    "Dinas Kesehatan dan Keluarga Berencana", "Dinkes KB", 2025,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (renamed, >, 0);

  results = latest (store, "35.77");
  g_assert_cmpint (find_result (results, "Dinas Kesehatan dan Keluarga Berencana")->year, ==, 2023);
  assert_rank (results, "Dinas Kesehatan dan Keluarga Berencana", 6, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/overview/ranks", ZonaTestDir, NULL,
              zona_test_dir_setup, test_ranks, zona_test_dir_teardown);
  g_test_add ("/overview/ties", ZonaTestDir, NULL,
              zona_test_dir_setup, test_ties, zona_test_dir_teardown);
  g_test_add ("/overview/rank-year", ZonaTestDir, NULL,
              zona_test_dir_setup, test_rank_year, zona_test_dir_teardown);
  g_test_add ("/overview/no-rank", ZonaTestDir, NULL,
              zona_test_dir_setup, test_no_rank, zona_test_dir_teardown);
  g_test_add ("/overview/rank-after-rename", ZonaTestDir, NULL,
              zona_test_dir_setup, test_rank_after_rename, zona_test_dir_teardown);

  return g_test_run ();
}
