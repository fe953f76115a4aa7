/* zona-paths.c — where Zona finds its data and its database
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-paths.h"

/**
 * zona_get_data_dir:
 *
 * The folder holding schemes/ and regions/: $ZONA_DATA_DIR when set (tests and `meson devenv`
 * set it to the source tree), otherwise the installed package data folder.
 *
 * Returns: (transfer none): the folder
 */
const char *
zona_get_data_dir (void)
{
  const char *dir = g_getenv ("ZONA_DATA_DIR");

  return dir != NULL && dir[0] != '\0' ? dir : PKGDATADIR;
}

/**
 * zona_get_locale_dir:
 *
 * Where the translations are: $ZONA_LOCALEDIR when set (tools/run-demo and the tests point it
 * at the build tree's compiled catalogues), otherwise the installed locale folder.
 *
 * Returns: (transfer none): the folder
 */
const char *
zona_get_locale_dir (void)
{
  const char *dir = g_getenv ("ZONA_LOCALEDIR");

  return dir != NULL && dir[0] != '\0' ? dir : LOCALEDIR;
}

/**
 * zona_get_default_database_path:
 *
 * The database the window and zona-cli use when none is named: $ZONA_DATABASE when set,
 * otherwise zona.db in the user's data folder (~/.local/share/zona/zona.db).
 *
 * Returns: (transfer full): the path
 */
char *
zona_get_default_database_path (void)
{
  const char *path = g_getenv ("ZONA_DATABASE");

  if (path != NULL && path[0] != '\0')
    return g_strdup (path);

  return g_build_filename (g_get_user_data_dir (), "zona", "zona.db", NULL);
}
