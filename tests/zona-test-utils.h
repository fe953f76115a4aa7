/* zona-test-utils.h — what the tests share: temporary folders and fresh databases
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "zona-store.h"

G_BEGIN_DECLS

typedef struct
{
  char      *dir;    /* a fresh temporary folder, removed afterwards */
  char      *path;   /* dir/zona.db, not yet created */
} ZonaTestDir;

void        zona_test_dir_setup     (ZonaTestDir *fixture,
                                     gconstpointer data);
void        zona_test_dir_teardown  (ZonaTestDir *fixture,
                                     gconstpointer data);
void        zona_test_remove_tree   (const char  *path);
char       *zona_test_file_sha256   (const char  *path);
ZonaStore  *zona_test_new_store     (const char  *path);

G_END_DECLS
