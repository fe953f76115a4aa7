/* zona-store.c — opening, checking and migrating the SQLite file
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "zona-paths.h"
#include "zona-store-private.h"

/* How long a write waits for another program's write to finish before giving up. */
#define BUSY_TIMEOUT_MS 2000

G_DEFINE_QUARK (zona-store-error-quark, zona_store_error)

G_DEFINE_FINAL_TYPE (ZonaStore, zona_store, G_TYPE_OBJECT)

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
zona_store_finalize (GObject *object)
{
  ZonaStore *self = (ZonaStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->schemes, g_ptr_array_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->backup_path);

  G_OBJECT_CLASS (zona_store_parent_class)->finalize (object);
}

static void
zona_store_class_init (ZonaStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zona_store_finalize;
}

static void
zona_store_init (ZonaStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
}

static gboolean
read_pragma_int (ZonaStore  *self,
                 const char *sql,
                 int        *out_value,
                 GError    **error)
{
  sqlite3_stmt *stmt = zona_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      zona_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *out_value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

/* Each migration runs in its own transaction together with the new user_version, so a failure
 * leaves the file at the last complete version. */
gboolean
zona_store_migrate_to (ZonaStore  *self,
                       int         target,
                       GError    **error)
{
  g_return_val_if_fail (target >= 0 && (guint) target <= zona_store_n_migrations, FALSE);

  while (self->schema_version < target)
    {
      g_autofree char *set_version = NULL;
      int next = self->schema_version + 1;

      if (!zona_store_begin (self, error))
        return FALSE;

      set_version = g_strdup_printf ("PRAGMA user_version = %d", next);

      if ((self->schema_version == 0 &&
           !zona_store_exec (self, "PRAGMA application_id = 1515146817", error)) ||
          !zona_store_exec (self, zona_store_migrations[self->schema_version], error) ||
          !zona_store_exec (self, set_version, error))
        {
          g_prefix_error (error, _("Updating the database to version %d failed: "), next);
          zona_store_rollback (self);
          return FALSE;
        }

      if (!zona_store_commit (self, error))
        return FALSE;

      self->schema_version = next;
    }

  return TRUE;
}

/* Writes a complete, consistent copy of the database to @copy, which must not exist: VACUUM
 * INTO includes what the WAL holds and works while the file is in use. */
static gboolean
vacuum_into (ZonaStore   *self,
             const char  *copy,
             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "VACUUM INTO ?", -1, &stmt, NULL) != SQLITE_OK)
    {
      zona_store_set_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, copy, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      zona_store_set_error (self, rc, error);
      g_unlink (copy);
      return FALSE;
    }

  return TRUE;
}

/**
 * zona_store_save_copy:
 * @self: a store
 * @path: a new file
 * @error: why no copy was made; an existing file is never overwritten, nor is a name used
 *   whose "-wal" file another database left behind
 *
 * Saves a complete copy of the database, attachments included, while it stays open. This
 * works also when the file was deleted or moved while open (see zona_store_check_file()).
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_save_copy (ZonaStore   *self,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *wal = NULL;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                   _("“%s” already exists; choose another name"), path);
      return FALSE;
    }

  /* The name of a database deleted while open is free, but its -wal file is still there, and
   * SQLite would replay that into a copy of the same name as if it were the copy's own. */
  wal = g_strconcat (path, "-wal", NULL);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                   _("“%s” lies beside that name, left by another database; choose another "
                     "name"), wal);
      return FALSE;
    }

  if (!vacuum_into (self, path, error))
    {
      g_prefix_error (error, _("No copy could be saved: "));
      return FALSE;
    }

  return TRUE;
}

/**
 * zona_store_check_file:
 * @self: a store
 * @error: %ZONA_STORE_ERROR_MOVED when the file is no longer where it was opened
 *
 * Checks that the store's path still names the file the store opened: that the file was not
 * deleted, moved, renamed or replaced by another file of the same name while it was open (a
 * file manager, a pulled USB stick). SQLite goes on writing into such a file, and whatever it
 * writes is lost to the user, so the store refuses every change while this check fails.
 * Reading goes on, and zona_store_save_copy() still rescues what the file holds.
 *
 * Returns: %TRUE when the file is still in its place
 */
gboolean
zona_store_check_file (ZonaStore  *self,
                       GError    **error)
{
  g_autofree char *name = NULL;
  GStatBuf st;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);

  if (g_stat (self->path, &st) == 0 &&
      (guint64) st.st_dev == self->file_device && (guint64) st.st_ino == self->file_inode)
    return TRUE;

  name = g_path_get_basename (self->path);
  g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_MOVED,
               _("The database “%s” was deleted or moved while Zona had it open. Save a copy "
                 "to keep the data shown now, or open another database."), name);

  return FALSE;
}

/* Keeps a consistent copy of the file before a migration touches it. */
static gboolean
keep_copy_before_migrating (ZonaStore  *self,
                            GError    **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *copy = NULL;

  copy = g_strdup_printf ("%s.v%d-%s.bak", self->path, self->schema_version, stamp);
  for (guint i = 2; g_file_test (copy, G_FILE_TEST_EXISTS); i++)
    {
      g_free (copy);
      copy = g_strdup_printf ("%s.v%d-%s-%u.bak", self->path, self->schema_version, stamp, i);
    }

  if (!vacuum_into (self, copy, error))
    {
      g_prefix_error (error, _("No copy could be kept before updating the database: "));
      return FALSE;
    }

  g_free (self->backup_path);
  self->backup_path = g_steal_pointer (&copy);

  return TRUE;
}

typedef enum
{
  FILE_MISSING,
  FILE_EMPTY,
  FILE_SQLITE,
} FileState;

/* Looks at the file before SQLite does, so that a file that is not a database at all is
 * never opened for writing and never touched. */
static gboolean
inspect_file (const char *path,
              FileState  *out_state,
              GError    **error)
{
  static const char header[16] = "SQLite format 3";
  g_autofree char *dir = NULL;
  char bytes[16] = { 0 };
  GStatBuf st;
  FILE *file;
  size_t n;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *out_state = FILE_MISSING;
          return TRUE;
        }

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("The file “%s” cannot be read: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_ZONA,
                   _("“%s” is not a file."), path);
      return FALSE;
    }

  /* A file without any write permission is one the user marked read-only; respect that even
   * when running as an administrator who could write it anyway. The folder must be writable
   * too, because SQLite keeps its journal beside the file. */
  dir = g_path_get_dirname (path);
  if ((st.st_mode & 0222) == 0 || g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_READ_ONLY,
                   _("The database file “%s” is read-only. Copy it to a folder where you "
                     "can write, or change its permissions, then open it again."), path);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      *out_state = FILE_EMPTY;
      return TRUE;
    }

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("The file “%s” cannot be read: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  n = fread (bytes, 1, sizeof bytes, file);
  fclose (file);

  if (n < sizeof bytes || memcmp (bytes, header, sizeof header) != 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_ZONA,
                   _("“%s” is not a Zona database: it is not a database file at all."), path);
      return FALSE;
    }

  *out_state = FILE_SQLITE;

  return TRUE;
}

/* SQLite's commit hook, the last guard: a transaction that began while the file was in its
 * place must not end in a file that has gone since. Non-zero turns the COMMIT into a ROLLBACK,
 * which zona_store_set_error() reports with the check's message. */
static int
on_commit (void *data)
{
  return zona_store_check_file (data, NULL) ? 0 : 1;
}

/* Notes which file SQLite opened: the path names it now, as SQLITE_OPEN_NOFOLLOW refuses a
 * symbolic link. */
static gboolean
remember_file (ZonaStore  *self,
               GError    **error)
{
  GStatBuf st;

  if (g_stat (self->path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("The file “%s” cannot be read: %s"), self->path, g_strerror (saved_errno));
      return FALSE;
    }

  self->file_device = st.st_dev;
  self->file_inode = st.st_ino;
  sqlite3_commit_hook (self->db, on_commit, self);

  return TRUE;
}

static gboolean
count_tables (ZonaStore  *self,
              int        *out_count,
              GError    **error)
{
  return read_pragma_int (self, "SELECT count(*) FROM sqlite_schema", out_count, error);
}

/* Opens and checks the file; migrates it to @target (or leaves it at its version when
 * @target is -1). */
static ZonaStore *
open_store (const char          *path,
            ZonaStoreOpenFlags   flags,
            int                  target,
            GError             **error)
{
  g_autoptr(ZonaStore) self = NULL;
  FileState state;
  gboolean is_new;
  int application_id = 0;
  int n_tables = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!inspect_file (path, &state, error))
    return NULL;

  if (state == FILE_MISSING && !(flags & ZONA_STORE_OPEN_CREATE))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("The database file “%s” does not exist."), path);
      return NULL;
    }

  if (state == FILE_EMPTY && !(flags & ZONA_STORE_OPEN_CREATE))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_ZONA,
                   _("“%s” is not a Zona database: the file is empty."), path);
      return NULL;
    }

  self = g_object_new (ZONA_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      zona_store_set_error (self, rc, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  if (!remember_file (self, error))
    return NULL;

  if (!read_pragma_int (self, "PRAGMA application_id", &application_id, error) ||
      !read_pragma_int (self, "PRAGMA user_version", &self->schema_version, error) ||
      !count_tables (self, &n_tables, error))
    return NULL;

  is_new = n_tables == 0 && self->schema_version == 0;

  if (!is_new && application_id != ZONA_STORE_APPLICATION_ID)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_ZONA,
                   _("“%s” is a database of another program, not a Zona database."), path);
      return NULL;
    }

  if (is_new && !(flags & ZONA_STORE_OPEN_CREATE))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_ZONA,
                   _("“%s” is not a Zona database: it holds no data."), path);
      return NULL;
    }

  if (self->schema_version > (int) zona_store_n_migrations)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Zona (database version %d; this "
                     "version reads up to %u). Update Zona to open it."),
                   path, self->schema_version, zona_store_n_migrations);
      return NULL;
    }

  if (!zona_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !zona_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !zona_store_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      /* 16 MiB instead of 2: large imports otherwise spill pages to the WAL over and over. */
      !zona_store_exec (self, "PRAGMA cache_size = -16384", error))
    return NULL;

  /* Prove now that this program can write, rather than at the user's first change. */
  if (!zona_store_exec (self, "BEGIN IMMEDIATE", error))
    return NULL;
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  if (target < 0)
    target = zona_store_n_migrations;

  if (self->schema_version < target)
    {
      if (!is_new && !keep_copy_before_migrating (self, error))
        return NULL;

      if (!zona_store_migrate_to (self, target, error))
        return NULL;

      if (is_new && target == (int) zona_store_n_migrations &&
          !zona_store_seed (self, zona_get_data_dir (), error))
        {
          /* Leave no half-made database behind. */
          g_clear_pointer (&self->db, sqlite3_close_v2);
          g_clear_pointer (&self->statements, g_hash_table_unref);
          if (state == FILE_MISSING)
            zona_store_remove_files (path);
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

/* Removes a database file and SQLite's companions of it. */
void
zona_store_remove_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

/**
 * zona_store_create:
 * @path: where the new database goes; its folder is created when missing
 * @error: %ZONA_STORE_ERROR_EXISTS when a file of that name exists, or why it failed
 *
 * Creates a new database, never reusing an existing file: the name is claimed first, so a
 * failure afterwards removes only what this call made.
 *
 * Returns: (transfer full): the new store, or %NULL
 */
ZonaStore *
zona_store_create (const char  *path,
                   GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  ZonaStore *store;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("The folder “%s” cannot be created: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                     _("“%s” already exists; choose another name"), path);
      else
        g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                     _("The database file “%s” cannot be created: %s"),
                     path, g_strerror (saved_errno));
      return NULL;
    }
  g_close (fd, NULL);

  store = zona_store_open (path, ZONA_STORE_OPEN_CREATE, error);
  if (store == NULL)
    zona_store_remove_files (path);

  return store;
}

/**
 * zona_store_open:
 * @path: the database file
 * @flags: %ZONA_STORE_OPEN_CREATE to create a new database when @path does not exist
 * @error: a #ZONA_STORE_ERROR that says what is wrong and what to do
 *
 * Opens a Zona database. A new one is created with the current schema and filled with the
 * official list of regions and the built-in assessment schemes. An older one is copied beside
 * itself, then migrated. A file that is not a Zona database, is damaged, read-only, locked by
 * another program or newer than this program is refused and left exactly as it was.
 *
 * Returns: (transfer full): the store, or %NULL
 */
ZonaStore *
zona_store_open (const char          *path,
                 ZonaStoreOpenFlags   flags,
                 GError             **error)
{
  return open_store (path, flags, -1, error);
}

/* For tests of the migrations: a database created at an older version. */
ZonaStore *
zona_store_open_at_version (const char  *path,
                            int          version,
                            GError     **error)
{
  return open_store (path, ZONA_STORE_OPEN_CREATE, version, error);
}

const char *
zona_store_get_path (ZonaStore *self)
{
  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  return self->path;
}

int
zona_store_get_schema_version (ZonaStore *self)
{
  g_return_val_if_fail (ZONA_IS_STORE (self), 0);

  return self->schema_version;
}

int
zona_store_get_latest_version (void)
{
  return zona_store_n_migrations;
}

/**
 * zona_store_get_backup_path:
 * @self: a store
 *
 * Returns: (nullable): the copy kept before this store migrated the file, if it did
 */
const char *
zona_store_get_backup_path (ZonaStore *self)
{
  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  return self->backup_path;
}
