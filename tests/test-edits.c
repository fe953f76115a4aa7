/* test-edits.c — corrections, deletions with their refusals, restoring, starting a round
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-aggregate.h"
#include "zona-demo.h"
#include "zona-store-private.h"
#include "zona-test-utils.h"

static ZonaStore *
new_demo_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  ZonaStore *store = zona_demo_create (path, &error);

  g_assert_no_error (error);

  return store;
}

static ZonaUnit *
find_unit (ZonaStore  *store,
           const char *code,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  ZonaUnit *unit = zona_store_find_unit (store, code, name, &error);

  g_assert_no_error (error);

  return unit;
}

static void
test_update_unit (ZonaTestDir   *fixture,
                  gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(ZonaUnit) dinsos = find_unit (store, "35.77", "Dinsos");
  g_autoptr(ZonaUnit) dinkes = find_unit (store, "35.77", "Dinkes");
  g_autoptr(ZonaUnit) puskesmas = find_unit (store, "35.77", "Puskesmas Demangan");
  g_autoptr(ZonaUnit) read_back = NULL;
  g_autoptr(GError) error = NULL;
  ZonaUnit edit = *dinsos;

  /* A typing error is corrected in place: same unit, same results. */
  edit.name = (char *) "Dinas Sosial Kota Madiun";
  g_assert_true (zona_store_update_unit (store, &edit, &error));
  g_assert_no_error (error);
  read_back = zona_store_get_unit (store, dinsos->id, &error);
  g_assert_cmpstr (read_back->name, ==, "Dinas Sosial Kota Madiun");
  g_assert_cmpstr (read_back->short_name, ==, "Dinsos");

  /* The name of another living unit, an empty name, or itself as parent are refused. */
  edit.name = (char *) "dinas kesehatan";
  g_assert_false (zona_store_update_unit (store, &edit, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  edit.name = (char *) " ";
  g_assert_false (zona_store_update_unit (store, &edit, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  edit.name = (char *) "Dinas Sosial";
  edit.parent_id = dinsos->id;
  g_assert_false (zona_store_update_unit (store, &edit, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A parent whose own parent is this unit would make a loop. */
  edit = *dinkes;
  edit.parent_id = puskesmas->id;
  g_assert_false (zona_store_update_unit (store, &edit, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
}

static void
test_delete_unit (ZonaTestDir   *fixture,
                  gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(ZonaUnit) dinkes = find_unit (store, "35.19", "Dinkes");
  g_autoptr(ZonaUnit) scored = find_unit (store, "35.77", "Dinsos");
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  ZonaUnit mistake = { .name = (char *) "Dinas Contoh", .kind = (char *) "dinas" };
  gint64 id;

  g_assert_false (zona_store_delete_unit (store, scored->id, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "result"));
  g_clear_error (&error);

  /* Kabupaten Madiun's Dinas Kesehatan has an (empty) 2023 result and two puskesmas. */
  g_assert_false (zona_store_delete_unit (store, dinkes->id, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  id = zona_store_add_unit (store, "35.19", &mistake, &error);
  g_assert_no_error (error);
  g_assert_true (zona_store_delete_unit (store, id, &error));
  g_assert_no_error (error);
  units = zona_store_list_units (store, "35.19", -1, &error);
  g_assert_cmpuint (units->len, ==, 7);
}

static void
test_regions (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (zona_store_update_region (store, "35.20", "Kabupaten Magetan (Jawa Timur)", &error));
  region = zona_store_get_region (store, "35.20", &error);
  g_assert_cmpstr (region->name, ==, "Kabupaten Magetan (Jawa Timur)");

  g_assert_false (zona_store_update_region (store, "35.20", "", &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A region with results stays; one added by mistake goes. */
  g_assert_false (zona_store_delete_region (store, "35.20", &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (zona_store_delete_region (store, "35", &error));
  g_clear_error (&error);

  g_assert_cmpint (zona_store_add_region (store, "35.69", ZONA_REGION_KABUPATEN, "Kabupaten Contoh",
                                          &error), >, 0);
  g_assert_true (zona_store_delete_region (store, "35.69", &error));
  g_assert_no_error (error);
  g_clear_pointer (&region, zona_region_free);
  region = zona_store_get_region (store, "35.69", &error);
  g_assert_null (region);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
}

static void
test_start_round (ZonaTestDir   *fixture,
                  gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) round = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ZonaUnit) other = find_unit (store, "35.19", "Dinsos");
  g_autoptr(GError) error = NULL;
  ZonaAssessment scored = { 0 };
  guint created = 0;

  units = zona_store_list_units (store, "35.77", 0, &error);
  for (guint i = 0; i < units->len; i++)
    g_array_append_val (ids, ((ZonaUnit *) g_ptr_array_index (units, i))->id);

  /* One unit already has its 2024 result: it keeps it. */
  scored.region_id = ((ZonaUnit *) g_ptr_array_index (units, 0))->region_id;
  scored.unit_id = g_array_index (ids, gint64, 0);
  scored.scheme_id = (char *) "ombudsman";
  scored.year = 2024;
  scored.has_score = TRUE;
  scored.score = 9100;
  scored.status = ZONA_STATUS_FINAL;
  g_assert_cmpint (zona_store_set_assessment (store, &scored, &error), >, 0);

  g_assert_true (zona_store_start_round (store, "35.77", "ombudsman", 2024,
                                         (gint64 *) ids->data, ids->len, &created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, units->len - 1);

  round = zona_store_list_assessments (store, "35.77", "ombudsman", 2024, &error);
  g_assert_cmpuint (round->len, ==, units->len);
  for (guint i = 0; i < round->len; i++)
    {
      const ZonaAssessment *row = g_ptr_array_index (round, i);

      if (row->unit_id == scored.unit_id)
        {
          g_assert_cmpint (row->score, ==, 9100);
          g_assert_cmpint (row->status, ==, ZONA_STATUS_FINAL);
        }
      else
        {
          g_assert_false (row->has_score);
          g_assert_cmpint (row->status, ==, ZONA_STATUS_DRAFT);
        }
    }

  /* A unit of another region in the list refuses the whole round. */
  g_array_append_val (ids, other->id);
  g_assert_false (zona_store_start_round (store, "35.77", "ombudsman", 2022,
                                          (gint64 *) ids->data, ids->len, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_pointer (&round, g_ptr_array_unref);
  round = zona_store_list_assessments (store, "35.77", "ombudsman", 2022, &error);
  g_assert_cmpuint (round->len, ==, 0);
}

static void
test_delete_and_restore (ZonaTestDir   *fixture,
                         gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(ZonaUnit) dinkes = find_unit (store, "35.77", "Dinkes");
  g_autoptr(ZonaAssessment) before = NULL;
  g_autoptr(ZonaAssessment) after = NULL;
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GHashTable) kept = NULL;
  g_autoptr(GHashTable) restored = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaScheme *scheme = zona_store_find_scheme (store, "ombudsman", NULL);
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2023);
  ZonaAssessment entered;
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  gint64 id;

  /* A total entered by hand beside indicator scores that give another one. */
  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        zona_score_table_set (values, ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->code,
                              8000 + i);
    }
  before = zona_store_get_assessment (store, dinkes->region_id, dinkes->id, "ombudsman", 2023, &error);
  g_assert_true (zona_store_set_indicator_scores (store, before->id, values, &error));
  g_clear_pointer (&before, zona_assessment_free);
  before = zona_store_get_assessment (store, dinkes->region_id, dinkes->id, "ombudsman", 2023, &error);
  entered = *before;
  entered.score = 9203;
  entered.origin = ZONA_ORIGIN_ENTERED;
  g_assert_cmpint (zona_store_set_assessment (store, &entered, &error), >, 0);
  g_clear_pointer (&before, zona_assessment_free);
  before = zona_store_get_assessment (store, dinkes->region_id, dinkes->id, "ombudsman", 2023, &error);
  kept = zona_store_get_indicator_scores (store, before->id, &error);

  g_assert_true (zona_store_delete_assessment (store, before->id, &error));
  g_assert_no_error (error);
  after = zona_store_get_assessment (store, dinkes->region_id, dinkes->id, "ombudsman", 2023, NULL);
  g_assert_null (after);

  /* Undo brings it back exactly: the entered total is not recomputed from the indicators. */
  id = zona_store_restore_assessment (store, before, kept, &error);
  g_assert_no_error (error);
  after = zona_store_get_assessment (store, dinkes->region_id, dinkes->id, "ombudsman", 2023, &error);
  g_assert_cmpint (after->id, ==, id);
  g_assert_cmpint (after->score, ==, 9203);
  g_assert_cmpint (after->origin, ==, ZONA_ORIGIN_ENTERED);
  g_assert_cmpint (after->status, ==, before->status);
  g_assert_cmpstr (after->source, ==, before->source);
  g_assert_cmpstr (after->notes, ==, before->notes);
  restored = zona_store_get_indicator_scores (store, id, &error);
  g_assert_cmpuint (g_hash_table_size (restored), ==, g_hash_table_size (kept));
  g_hash_table_iter_init (&iter, kept);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ZonaScore back;

      g_assert_true (zona_score_table_get (restored, key, &back));
      g_assert_cmpint (back, ==, *(ZonaScore *) value);
    }

  /* A result with evidence is not deleted. */
  g_assert_true (zona_store_exec (store, "INSERT INTO evidence (assessment_id, title) "
                                         "SELECT id, 'SK standar pelayanan' FROM assessment "
                                         "WHERE unit_id IS NOT NULL LIMIT 1", &error));
  {
    sqlite3_stmt *stmt = zona_store_prepare (store, "SELECT assessment_id FROM evidence", &error);
    gint64 with_evidence;

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    with_evidence = sqlite3_column_int64 (stmt, 0);
    sqlite3_reset (stmt);
    g_assert_false (zona_store_delete_assessment (store, with_evidence, &error));
    g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  }
}

static gboolean
lists_region (ZonaStore  *store,
              const char *code)
{
  g_autoptr(GPtrArray) regions = zona_store_list_regions (store, ZONA_REGION_LIST_WITH_DATA, NULL);

  for (guint i = 0; i < regions->len; i++)
    if (g_str_equal (((ZonaRegion *) g_ptr_array_index (regions, i))->code, code))
      return TRUE;

  return FALSE;
}

static void
test_followed (ZonaTestDir   *fixture,
               gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GError) error = NULL;

  /* Kota Kediri holds nothing yet; following it lists it with the regions that hold data. */
  g_assert_false (lists_region (store, "35.71"));
  g_assert_true (zona_store_set_region_followed (store, "35.71", TRUE, &error));
  g_assert_true (lists_region (store, "35.71"));
  g_assert_true (zona_store_set_region_followed (store, "35.71", FALSE, &error));
  g_assert_false (lists_region (store, "35.71"));

  g_assert_false (zona_store_set_region_followed (store, "35.70", TRUE, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
}

static void
test_save_copy (ZonaTestDir   *fixture,
                gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autofree char *copy = g_build_filename (fixture->dir, "salinan.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ZonaStore) reopened = NULL;
  g_autoptr(GPtrArray) trend = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (zona_store_save_copy (store, copy, &error));
  g_assert_no_error (error);

  /* The copy is a whole database, opened on its own while the original stays open. */
  reopened = zona_store_open (copy, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  trend = zona_store_trend (reopened, "17.06", 0, "ombudsman", &error);
  g_assert_cmpuint (trend->len, ==, 3);
  g_clear_object (&reopened);

  /* An existing file is never overwritten. */
  before = zona_test_file_sha256 (copy);
  g_assert_false (zona_store_save_copy (store, copy, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  after = zona_test_file_sha256 (copy);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  ADD ("/edits/update-unit", test_update_unit);
  ADD ("/edits/delete-unit", test_delete_unit);
  ADD ("/edits/regions", test_regions);
  ADD ("/edits/start-round", test_start_round);
  ADD ("/edits/delete-and-restore", test_delete_and_restore);
  ADD ("/edits/followed", test_followed);
  ADD ("/edits/save-copy", test_save_copy);

#undef ADD

  return g_test_run ();
}
