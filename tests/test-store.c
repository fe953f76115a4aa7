/* test-store.c — opening files: new, reopened, and every way a file can be wrong
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "zona-demo.h"
#include "zona-store-private.h"
#include "zona-test-utils.h"

static void
test_new_database (ZonaTestDir   *fixture,
                   gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *schemes;

  g_assert_cmpint (zona_store_get_schema_version (store), ==, zona_store_get_latest_version ());
  g_assert_null (zona_store_get_backup_path (store));

  regions = zona_store_list_regions (store, ZONA_REGION_LIST_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regions->len, ==, 38 + 514);

  schemes = zona_store_get_schemes (store);
  g_assert_nonnull (zona_scheme_list_find (schemes, "ombudsman"));
  g_assert_nonnull (zona_scheme_list_find (schemes, "pekppp"));
  g_assert_nonnull (zona_scheme_list_find (schemes, "pengaduan"));

  /* Reopening finds the same data and migrates nothing. */
  g_clear_object (&store);
  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (zona_store_get_backup_path (store));
  g_clear_pointer (&regions, g_ptr_array_unref);
  regions = zona_store_list_regions (store, ZONA_REGION_LIST_NO_PROVINCES, &error);
  g_assert_cmpuint (regions->len, ==, 514);
}

static void
test_missing_file (ZonaTestDir   *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, fixture->path));
  /* Nothing is created by a failed open. */
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* Opens @path expecting @code, and proves the file was left as it was. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = zona_test_file_sha256 (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = zona_store_open (path, ZONA_STORE_OPEN_CREATE, &error);

  g_assert_null (store);
  g_assert_error (error, ZONA_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));

  after = zona_test_file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (fixture->path, "kode;wilayah;nilai\n35.19;Kab. Madiun;91,00\n", -1, &error);
  g_assert_no_error (error);

  assert_refused (fixture->path, ZONA_STORE_ERROR_NOT_ZONA);
}

static void
test_empty_file (ZonaTestDir   *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;

  g_file_set_contents (fixture->path, "", 0, &error);
  g_assert_no_error (error);

  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_ZONA);
  g_clear_error (&error);

  /* Creating a database in an empty file is what the user asked for. */
  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zona_store_get_schema_version (store), ==, zona_store_get_latest_version ());
}

static void
test_other_program (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                                     "INSERT INTO moz_places (url) VALUES ('https://example.org')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused (fixture->path, ZONA_STORE_ERROR_NOT_ZONA);
}

static void
test_damaged (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_object_unref (zona_test_new_store (fixture->path));

  /* Scramble the schema on the first page, after the 100-byte header. */
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4096);
  for (gsize i = 100; i < 4096; i++)
    contents[i] = (char) (i * 7 + 13);
  g_file_set_contents (fixture->path, contents, length, &error);
  g_assert_no_error (error);

  assert_refused (fixture->path, ZONA_STORE_ERROR_DAMAGED);
}

static void
test_damaged_header (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_object_unref (zona_test_new_store (fixture->path));

  g_file_get_contents (fixture->path, &contents, &length, &error);
  memset (contents, 'x', 16);
  g_file_set_contents (fixture->path, contents, length, &error);
  g_assert_no_error (error);

  assert_refused (fixture->path, ZONA_STORE_ERROR_NOT_ZONA);
}

static void
test_read_only_file (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_object_unref (zona_test_new_store (fixture->path));

  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  assert_refused (fixture->path, ZONA_STORE_ERROR_READ_ONLY);
  g_chmod (fixture->path, 0644);
}

static void
test_read_only_folder (ZonaTestDir   *fixture,
                       gconstpointer  data)
{
  g_object_unref (zona_test_new_store (fixture->path));

  /* As root the folder stays writable whatever its mode: only run where permissions bite. */
  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  if (g_access (fixture->dir, W_OK) == 0)
    {
      g_chmod (fixture->dir, 0755);
      g_test_skip ("running as a user who can write into read-only folders");
      return;
    }

  assert_refused (fixture->path, ZONA_STORE_ERROR_READ_ONLY);
  g_chmod (fixture->dir, 0755);
}

static void
test_locked (ZonaTestDir   *fixture,
             gconstpointer  data)
{
  sqlite3 *other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;

  g_object_unref (zona_test_new_store (fixture->path));

  /* Another program in the middle of writing. */
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  /* Once the other program is done, the file opens. */
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

static void
test_missing_data (ZonaTestDir   *fixture,
                   gconstpointer  data)
{
  g_autofree char *saved = g_strdup (g_getenv ("ZONA_DATA_DIR"));
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;

  /* Without its regions and schemes a new database would be useless: none is left behind. */
  g_setenv ("ZONA_DATA_DIR", fixture->dir, TRUE);
  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_CREATE, &error);
  g_setenv ("ZONA_DATA_DIR", saved, TRUE);

  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_create (ZonaTestDir   *fixture,
             gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (fixture->dir, "a", "b", "zona.db", NULL);
  g_autofree char *saved = g_strdup (g_getenv ("ZONA_DATA_DIR"));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GPtrArray) regions = NULL;

  /* Missing folders are made. */
  store = zona_demo_create (nested, &error);
  g_assert_no_error (error);
  regions = zona_store_list_regions (store, ZONA_REGION_LIST_WITH_DATA, &error);
  g_assert_cmpuint (regions->len, ==, 4);
  g_clear_object (&store);

  /* An existing file is never taken over, whatever it holds. */
  g_file_set_contents (fixture->path, "laporan", -1, &error);
  before = zona_test_file_sha256 (fixture->path);
  store = zona_store_create (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);
  g_unlink (fixture->path);

  /* A failed creation leaves nothing behind. */
  g_setenv ("ZONA_DATA_DIR", fixture->dir, TRUE);
  store = zona_demo_create (fixture->path, &error);
  g_setenv ("ZONA_DATA_DIR", saved, TRUE);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* Adds a unit to Kabupaten Madiun, one change that commits on its own. */
static gint64
add_unit (ZonaStore   *store,
          const char  *name,
          GError     **error)
{
  ZonaUnit unit = { .name = (char *) name, .kind = (char *) "dinas" };

  return zona_store_add_unit (store, "35.19", &unit, error);
}

static gboolean
has_unit (ZonaStore  *store,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaUnit) unit = zona_store_find_unit (store, "35.19", name, &error);

  if (unit == NULL)
    g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);

  return unit != NULL;
}

static void
assert_moved (const GError *error)
{
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_MOVED);
  /* The message names the file, and says what to do. */
  g_assert_nonnull (strstr (error->message, "“zona.db”"));
  g_assert_nonnull (strstr (error->message, "Save a copy"));
}

/* Every way the store writes is refused: a change on its own, and a transaction. */
static void
assert_writes_refused (ZonaStore *store)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaAssessment) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (zona_store_check_file (store, &error));
  assert_moved (error);
  g_clear_error (&error);

  g_assert_cmpint (add_unit (store, "Dinas Perhubungan", &error), ==, 0);
  assert_moved (error);
  g_clear_error (&error);

  g_assert_false (zona_store_set_region_followed (store, "35.19", TRUE, &error));
  assert_moved (error);
  g_clear_error (&error);

  /* An INSERT … RETURNING, which commits only when it is reset, after its row was read. */
  region = zona_store_get_region (store, "35.19", &error);
  g_assert_no_error (error);
  result = zona_assessment_new ();
  result->region_id = region->id;
  result->scheme_id = g_strdup ("ombudsman");
  result->year = 2023;
  result->has_score = TRUE;
  result->score = 9002;
  g_assert_cmpint (zona_store_set_assessment (store, result, &error), ==, 0);
  assert_moved (error);
  g_clear_error (&error);
  g_clear_pointer (&result, zona_assessment_free);
  result = zona_store_get_assessment (store, region->id, 0, "ombudsman", 2023, &error);
  g_assert_null (result);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (zona_store_begin (store, &error));
  assert_moved (error);
  g_clear_error (&error);

  g_assert_false (has_unit (store, "Dinas Perhubungan"));
}

static void
test_file_untouched (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GError) error = NULL;

  g_assert_true (zona_store_check_file (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (add_unit (store, "Dinas Kesehatan", &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (zona_store_check_file (store, &error));
  g_assert_no_error (error);
}

static void
test_file_deleted (ZonaTestDir   *fixture,
                   gconstpointer  data)
{
  g_autofree char *rescued = g_build_filename (fixture->dir, "rescued.db", NULL);
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(ZonaStore) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (add_unit (store, "Dinas Kesehatan", &error), >, 0);
  g_assert_no_error (error);

  /* As a file manager deletes it: the file only, SQLite's -wal and -shm stay. */
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  assert_writes_refused (store);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  /* What the file held can still be read, and saved as a copy, though not under the old name,
   * where SQLite's files of the deleted one would be taken for the copy's. */
  g_assert_true (has_unit (store, "Dinas Kesehatan"));
  g_assert_false (zona_store_save_copy (store, fixture->path, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "zona.db-wal"));
  g_clear_error (&error);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_true (zona_store_save_copy (store, rescued, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  copy = zona_store_open (rescued, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (has_unit (copy, "Dinas Kesehatan"));
  g_assert_false (has_unit (copy, "Dinas Perhubungan"));
}

static void
test_file_moved (ZonaTestDir   *fixture,
                 gconstpointer  data)
{
  g_autofree char *moved = g_build_filename (fixture->dir, "elsewhere.db", NULL);
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_rename (fixture->path, moved), ==, 0);
  assert_writes_refused (store);

  /* Put back, it is the user's file again. */
  g_assert_cmpint (g_rename (moved, fixture->path), ==, 0);
  g_assert_true (zona_store_check_file (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (add_unit (store, "Dinas Perhubungan", &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&store);

  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (has_unit (store, "Dinas Perhubungan"));
}

static void
test_file_replaced (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Another database copied over it, as a file manager does: a new file of that name. */
  g_object_unref (zona_test_new_store (other_path));
  before = zona_test_file_sha256 (other_path);
  g_assert_cmpint (g_rename (other_path, fixture->path), ==, 0);

  assert_writes_refused (store);
  g_clear_object (&store);

  /* Closing the old one wrote nothing into the file now under that name. */
  after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_file_deleted_in_transaction (ZonaTestDir   *fixture,
                                  gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GError) error = NULL;

  /* A long change under way when the file goes, such as an import, is not committed. */
  g_assert_true (zona_store_begin (store, &error));
  g_assert_cmpint (add_unit (store, "Dinas Kesehatan", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_assert_false (zona_store_commit (store, &error));
  assert_moved (error);
  g_assert_false (has_unit (store, "Dinas Kesehatan"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  ADD ("/store/open/new", test_new_database);
  ADD ("/store/open/missing", test_missing_file);
  ADD ("/store/open/not-a-database", test_not_a_database);
  ADD ("/store/open/empty-file", test_empty_file);
  ADD ("/store/open/other-program", test_other_program);
  ADD ("/store/open/damaged", test_damaged);
  ADD ("/store/open/damaged-header", test_damaged_header);
  ADD ("/store/open/read-only-file", test_read_only_file);
  ADD ("/store/open/read-only-folder", test_read_only_folder);
  ADD ("/store/open/locked", test_locked);
  ADD ("/store/open/missing-data", test_missing_data);
  ADD ("/store/create", test_create);
  ADD ("/store/file/untouched", test_file_untouched);
  ADD ("/store/file/deleted", test_file_deleted);
  ADD ("/store/file/moved", test_file_moved);
  ADD ("/store/file/replaced", test_file_replaced);
  ADD ("/store/file/deleted-in-transaction", test_file_deleted_in_transaction);

#undef ADD

  return g_test_run ();
}
