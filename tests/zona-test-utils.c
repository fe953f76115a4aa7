/* zona-test-utils.c — what the tests share: temporary folders and fresh databases
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "zona-test-utils.h"

/* Removes a folder and everything in it, whatever the modes a test left on them. */
void
zona_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR))
          zona_test_remove_tree (child);
        else
          {
            g_chmod (child, 0600);
            g_unlink (child);
          }
      }

  g_chmod (path, 0700);
  g_rmdir (path);
}

void
zona_test_dir_setup (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("zona-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "zona.db", NULL);
}

void
zona_test_dir_teardown (ZonaTestDir   *fixture,
                        gconstpointer  data)
{
  zona_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/**
 * zona_test_file_sha256:
 *
 * The SHA-256 of a file's bytes, to prove that a refused operation left it untouched.
 */
char *
zona_test_file_sha256 (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* A new database with the regions and built-in schemes of the source tree. */
ZonaStore *
zona_test_new_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  ZonaStore *store = zona_store_open (path, ZONA_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);

  return store;
}
