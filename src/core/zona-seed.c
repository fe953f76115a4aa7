/* zona-seed.c — what every new database starts with: regions and built-in schemes
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-store-private.h"

/* The shipped CSV files are plain: a header line, comma-separated fields, no quoting. Each
 * line must have exactly @n_fields fields. */
static gboolean
read_rows (const char  *path,
           guint        n_fields,
           GPtrArray  **out_rows,
           GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (!g_file_get_contents (path, &contents, NULL, error))
    {
      g_prefix_error (error, _("The list of regions cannot be read: "));
      return FALSE;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      char **fields;

      g_strchomp (lines[i]);
      if (lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], ",", -1);
      if (g_strv_length (fields) != n_fields)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("%s, line %u: expected %u fields"), basename, i + 1, n_fields);
          g_strfreev (fields);
          return FALSE;
        }
      g_ptr_array_add (rows, fields);
    }

  *out_rows = g_steal_pointer (&rows);

  return TRUE;
}

static gboolean
seed_regions (ZonaStore   *self,
              const char  *data_dir,
              GError     **error)
{
  g_autofree char *regions_path = g_build_filename (data_dir, "regions", "regions.csv", NULL);
  g_autofree char *aliases_path = g_build_filename (data_dir, "regions", "aliases.csv", NULL);
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GPtrArray) aliases = NULL;

  if (!read_rows (regions_path, 4, &regions, error) ||
      !read_rows (aliases_path, 2, &aliases, error))
    return FALSE;

  for (guint i = 0; i < regions->len; i++)
    {
      char **fields = g_ptr_array_index (regions, i);
      ZonaRegionKind kind;

      if (!zona_region_kind_from_string (fields[1], &kind))
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("regions.csv, line %u: unknown kind “%s”"), i + 2, fields[1]);
          return FALSE;
        }

      if (zona_store_add_region (self, fields[0], kind, fields[2], error) == 0)
        {
          g_prefix_error (error, _("regions.csv, line %u: "), i + 2);
          return FALSE;
        }
    }

  for (guint i = 0; i < aliases->len; i++)
    {
      char **fields = g_ptr_array_index (aliases, i);

      if (!zona_store_add_region_alias (self, fields[0], fields[1], error))
        {
          g_prefix_error (error, _("aliases.csv, line %u: "), i + 2);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * zona_store_seed: (skip)
 *
 * Fills a new database with the official regions and the built-in schemes from @data_dir, in
 * one transaction.
 */
gboolean
zona_store_seed (ZonaStore   *self,
                 const char  *data_dir,
                 GError     **error)
{
  g_autofree char *schemes_dir = g_build_filename (data_dir, "schemes", NULL);
  g_autoptr(GPtrArray) schemes = NULL;

  if (!g_file_test (schemes_dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("Zona’s own data files are missing from “%s”: Zona is not installed "
                     "completely. Reinstall it (or, when running it from its source folder, "
                     "set ZONA_DATA_DIR to that folder’s data directory)."), data_dir);
      return FALSE;
    }

  schemes = zona_scheme_load_directory (schemes_dir, error);
  if (schemes == NULL)
    {
      g_prefix_error (error, _("The built-in assessment schemes cannot be loaded: "));
      return FALSE;
    }

  if (!zona_store_begin (self, error))
    return FALSE;

  if (!seed_regions (self, data_dir, error))
    goto failed;

  for (guint i = 0; i < schemes->len; i++)
    if (!zona_store_save_scheme (self, g_ptr_array_index (schemes, i), TRUE, error))
      goto failed;

  return zona_store_commit (self, error);

failed:
  zona_store_rollback (self);
  return FALSE;
}
