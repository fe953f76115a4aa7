/* zona-store-private.h — what the store's files share; not for use outside src/core
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "zona-store.h"

G_BEGIN_DECLS

/* 'ZONA' in ASCII: PRAGMA application_id tells a Zona file from any other SQLite file. */
#define ZONA_STORE_APPLICATION_ID 0x5A4F4E41

struct _ZonaStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *backup_path;
  GHashTable *statements;     /* static SQL text -> sqlite3_stmt */
  GPtrArray  *schemes;        /* ZonaScheme, loaded on first use */
  guint       transaction_depth;
  int         schema_version;

  /* Which file SQLite opened, so that a file deleted, moved or replaced under the same name
   * is noticed (zona_store_check_file). */
  guint64     file_device;
  guint64     file_inode;
};

extern const char * const zona_store_migrations[];
extern const guint        zona_store_n_migrations;

sqlite3_stmt *zona_store_prepare        (ZonaStore   *self,
                                         const char  *sql,
                                         GError     **error);
gboolean      zona_store_step_done      (ZonaStore    *self,
                                         sqlite3_stmt *stmt,
                                         GError      **error);
gboolean      zona_store_finish         (ZonaStore    *self,
                                         sqlite3_stmt *stmt,
                                         int           rc,
                                         GError      **error);
GPtrArray    *zona_store_collect        (ZonaStore     *self,
                                         sqlite3_stmt  *stmt,
                                         gpointer     (*read) (sqlite3_stmt *),
                                         GDestroyNotify free_func,
                                         GError       **error);
gpointer      zona_store_read_one       (ZonaStore     *self,
                                         sqlite3_stmt  *stmt,
                                         gpointer     (*read) (sqlite3_stmt *),
                                         const char    *not_found,
                                         GError       **error);
guint64       zona_store_count_statement_status
                                        (ZonaStore   *self,
                                         int          counter,
                                         gboolean     reset);
gboolean      zona_store_exec           (ZonaStore   *self,
                                         const char  *sql,
                                         GError     **error);
void          zona_store_set_error      (ZonaStore   *self,
                                         int          rc,
                                         GError     **error);
gboolean      zona_store_begin          (ZonaStore   *self,
                                         GError     **error);
gboolean      zona_store_commit         (ZonaStore   *self,
                                         GError     **error);
void          zona_store_rollback       (ZonaStore   *self);
gboolean      zona_store_migrate_to     (ZonaStore   *self,
                                         int          target,
                                         GError     **error);
ZonaStore    *zona_store_open_at_version (const char *path,
                                          int         version,
                                          GError    **error);
void          zona_store_remove_files   (const char  *path);
gboolean      zona_store_seed           (ZonaStore   *self,
                                         const char  *data_dir,
                                         GError     **error);
void          zona_store_forget_schemes (ZonaStore   *self);
gint64        zona_store_scheme_row_id  (ZonaStore   *self,
                                         const char  *scheme_id,
                                         GError     **error);
gint64        zona_store_region_row_id  (ZonaStore   *self,
                                         const char  *code,
                                         GError     **error);
gint64        zona_store_insert_unit    (ZonaStore       *self,
                                         gint64           region_id,
                                         const ZonaUnit  *unit,
                                         GError         **error);

/* Text columns that may be NULL. */
char         *zona_store_column_text    (sqlite3_stmt *stmt,
                                         int           column);
void          zona_store_bind_text      (sqlite3_stmt *stmt,
                                         int           index,
                                         const char   *text);
void          zona_store_bind_id        (sqlite3_stmt *stmt,
                                         int           index,
                                         gint64        id);

G_END_DECLS
