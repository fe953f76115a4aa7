/* test-migrations.c — the schema's numbered migrations, from each version to the next
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "zona-store-private.h"
#include "zona-test-utils.h"

static int
read_int (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* Some rows written the way a version-1 program wrote them. */
static const char version_1_rows[] =
  "INSERT INTO region (id, code, kind, name, name_key, head_title)"
  "  VALUES (1, '17', 'provinsi', 'Bengkulu', 'bengkulu', 'Gubernur');"
  "INSERT INTO region (id, code, kind, name, name_key, parent_id, head_title)"
  "  VALUES (2, '17.06', 'kabupaten', 'Kabupaten Mukomuko', 'kabupatenmukomuko', 1, 'Bupati');"
  "INSERT INTO scheme (id, key, name, short_name, result, scale_min, scale_max, source)"
  "  VALUES (1, 'ombudsman', 'Ombudsman', 'Ombudsman', 'score', 0, 10000, '{}');"
  "INSERT INTO assessment (region_id, scheme_id, year, score, status)"
  "  VALUES (2, 1, 2022, 6035, 'final'), (2, 1, 2023, 9002, 'final');";

static void
test_fresh (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_object_unref (zona_test_new_store (fixture->path));

  g_assert_cmpint (read_int (fixture->path, "PRAGMA user_version"), ==,
                   zona_store_get_latest_version ());
  g_assert_cmpint (read_int (fixture->path, "PRAGMA application_id"), ==,
                   ZONA_STORE_APPLICATION_ID);
}

/* Every step on its own: a database made at version i opens and moves to the latest. */
static void
test_each_step (ZonaTestDir   *fixture,
                gconstpointer  data)
{
  for (int from = 1; from < zona_store_get_latest_version (); from++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%d", fixture->path, from);
      g_autoptr(GError) error = NULL;
      g_autoptr(ZonaStore) store = NULL;

      store = zona_store_open_at_version (path, from, &error);
      g_assert_no_error (error);
      g_assert_cmpint (zona_store_get_schema_version (store), ==, from);
      g_clear_object (&store);
      g_assert_cmpint (read_int (path, "PRAGMA user_version"), ==, from);

      store = zona_store_open (path, ZONA_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpint (zona_store_get_schema_version (store), ==, zona_store_get_latest_version ());
      g_assert_nonnull (zona_store_get_backup_path (store));
      g_clear_object (&store);

      g_assert_cmpint (read_int (path, "SELECT count(*) FROM pragma_integrity_check "
                                       "WHERE integrity_check != 'ok'"), ==, 0);
      g_assert_cmpint (read_int (path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
    }
}

static void
test_upgrade_keeps_data (ZonaTestDir   *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autofree char *backup = NULL;

  store = zona_store_open_at_version (fixture->path, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  exec_sql (fixture->path, version_1_rows);

  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zona_store_get_schema_version (store), ==, zona_store_get_latest_version ());

  /* A copy of the version-1 file was kept, with its data, before anything changed. */
  backup = g_strdup (zona_store_get_backup_path (store));
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_prefix (backup, fixture->path));
  g_assert_cmpint (read_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (read_int (backup, "SELECT count(*) FROM assessment"), ==, 2);
  g_clear_object (&store);

  g_assert_cmpint (read_int (fixture->path, "SELECT sum(score) FROM assessment"), ==, 6035 + 9002);
  /* Version 2's audit trigger now records changes. */
  exec_sql (fixture->path, "UPDATE assessment SET score = 6036 WHERE year = 2022");
  g_assert_cmpint (read_int (fixture->path,
                             "SELECT count(*) FROM history WHERE entity = 'assessment' "
                             "AND action = 'update'"), ==, 1);

  /* Opening again migrates nothing and keeps no further copy. */
  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (zona_store_get_backup_path (store));
}

static void
test_newer_refused (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;

  g_object_unref (zona_test_new_store (fixture->path));
  exec_sql (fixture->path, "PRAGMA user_version = 99");
  before = zona_test_file_sha256 (fixture->path);

  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "99"));
  g_assert_nonnull (strstr (error->message, "newer"));

  after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_failed_step_rolls_back (ZonaTestDir   *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;

  store = zona_store_open_at_version (fixture->path, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  exec_sql (fixture->path, version_1_rows);

  /* Something in the file that migration 2 collides with: it must fail as a whole. */
  exec_sql (fixture->path, "CREATE TABLE assessment_report (x)");

  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "version 2"));

  g_assert_cmpint (read_int (fixture->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (read_int (fixture->path, "SELECT count(*) FROM sqlite_schema "
                                            "WHERE name = 'assessment_history_update'"), ==, 0);
  g_assert_cmpint (read_int (fixture->path, "SELECT count(*) FROM assessment"), ==, 2);
}

/* Evidence as a version-3 program could have left it: one requirement's item. */
static const char version_3_evidence[] =
  "INSERT INTO scheme_version (id, scheme_id, key, name, year_from)"
  "  VALUES (1, 1, 'era-3', 'III', 2022);"
  "INSERT INTO dimension (id, version_id, position, code, name, weight)"
  "  VALUES (1, 1, 0, 'IN', 'Input', 10000);"
  "INSERT INTO indicator (id, dimension_id, position, code, name, weight)"
  "  VALUES (1, 1, 0, 'IN-01', 'x', 100);"
  "INSERT INTO requirement (id, indicator_id, position, code, title)"
  "  VALUES (1, 1, 0, 'IN-01-a', 'SK');"
  "INSERT INTO evidence (id, assessment_id, requirement_id, title) VALUES (1, 2, 1, 'SK');";

static gboolean
exec_fails (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);

  return rc != SQLITE_OK;
}

/* Version 4: a requirement appears once per checklist, an item of the clerk's own may name an
 * indicator, and assignments and attached files enter the history. */
static void
test_version_4 (ZonaTestDir   *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;

  store = zona_store_open_at_version (fixture->path, 3, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  exec_sql (fixture->path, version_1_rows);
  exec_sql (fixture->path, version_3_evidence);

  /* Before: nothing stops a second item for the same requirement. */
  g_assert_false (exec_fails (fixture->path, "INSERT INTO evidence (assessment_id, requirement_id, "
                                             "title) VALUES (2, 1, 'SK'); DELETE FROM evidence "
                                             "WHERE id != 1"));

  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_true (exec_fails (fixture->path, "INSERT INTO evidence (assessment_id, requirement_id, "
                                            "title) VALUES (2, 1, 'SK')"));
  /* Items of the clerk's own are not limited, and may name an indicator. */
  exec_sql (fixture->path, "INSERT INTO evidence (assessment_id, indicator_id, title) "
                           "VALUES (2, 1, 'Foto'), (2, NULL, 'Surat')");
  g_assert_cmpint (read_int (fixture->path, "SELECT count(*) FROM evidence"), ==, 3);
  g_assert_true (exec_fails (fixture->path, "PRAGMA foreign_keys = ON; INSERT INTO evidence "
                                            "(assessment_id, indicator_id, title) "
                                            "VALUES (2, 99, 'x')"));

  exec_sql (fixture->path, "UPDATE evidence SET person_in_charge = 'Sri', due_date = '2024-03-01' "
                           "WHERE id = 1;"
                           "UPDATE evidence SET notes = 'no history for notes' WHERE id = 1;"
                           "INSERT INTO content (sha256, size, data) VALUES ('ab', 1, x'00');"
                           "INSERT INTO attachment (evidence_id, sha256, filename) "
                           "VALUES (1, 'ab', 'sk.pdf');");
  g_assert_cmpint (read_int (fixture->path, "SELECT count(*) FROM history "
                                            "WHERE entity = 'evidence' "
                                            "AND entity_id = 1 AND action = 'assign' "
                                            "AND json_extract (new_value, '$.due_date') = "
                                            "'2024-03-01'"), ==, 1);
  g_assert_cmpint (read_int (fixture->path, "SELECT count(*) FROM history "
                                            "WHERE entity = 'evidence' "
                                            "AND entity_id = 1 AND action = 'attach' "
                                            "AND json_extract (new_value, '$.filename') = "
                                            "'sk.pdf'"), ==, 1);
  g_assert_cmpint (read_int (fixture->path, "SELECT count(*) FROM history "
                                            "WHERE entity = 'evidence'"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  ADD ("/migrations/fresh", test_fresh);
  ADD ("/migrations/each-step", test_each_step);
  ADD ("/migrations/upgrade-keeps-data", test_upgrade_keeps_data);
  ADD ("/migrations/newer-refused", test_newer_refused);
  ADD ("/migrations/failed-step", test_failed_step_rolls_back);
  ADD ("/migrations/version-4", test_version_4);

#undef ADD

  return g_test_run ();
}
