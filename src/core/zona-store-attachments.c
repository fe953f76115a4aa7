/* zona-store-attachments.c — files attached to evidence items, kept inside the database
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <nettle/sha2.h>
#include <unistd.h>

#include "zona-evidence.h"
#include "zona-store-private.h"

/* Files move through a buffer of this size, so that a 200 MB scan never sits whole in memory;
 * large enough that the cost per call disappears. */
#define CHUNK_SIZE (1024 * 1024)

/* Nettle's SHA-256 uses the processor's SHA instructions where there are any: about 1,7 GB/s
 * on the machine of bench/RESULTS.md, against 0,5 GB/s for GChecksum, which took a third of
 * the time of attaching a file. */
static char *
sha256_hex (struct sha256_ctx *ctx)
{
  static const char digits[] = "0123456789abcdef";
  guint8 digest[SHA256_DIGEST_SIZE];
  char *hex = g_malloc (2 * SHA256_DIGEST_SIZE + 1);

  sha256_digest (ctx, sizeof digest, digest);
  for (guint i = 0; i < SHA256_DIGEST_SIZE; i++)
    {
      hex[2 * i] = digits[digest[i] >> 4];
      hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
  hex[2 * SHA256_DIGEST_SIZE] = '\0';

  return hex;
}

static ZonaAttachment *
read_attachment (sqlite3_stmt *stmt)
{
  ZonaAttachment *attachment = g_new0 (ZonaAttachment, 1);

  attachment->id = sqlite3_column_int64 (stmt, 0);
  attachment->evidence_id = sqlite3_column_int64 (stmt, 1);
  attachment->sha256 = zona_store_column_text (stmt, 2);
  attachment->filename = zona_store_column_text (stmt, 3);
  attachment->mime_type = zona_store_column_text (stmt, 4);
  attachment->size = sqlite3_column_int64 (stmt, 5);
  attachment->added_at = zona_store_column_text (stmt, 6);
  attachment->replaced_by = sqlite3_column_int64 (stmt, 7);

  return attachment;
}

#define ATTACHMENT_COLUMNS \
  "t.id, t.evidence_id, t.sha256, t.filename, t.mime_type, c.size, t.added_at, t.replaced_by " \
  "FROM attachment t JOIN content c ON c.sha256 = t.sha256 "

static void
set_read_error (GError     **error,
                int          saved_errno,
                const char  *path)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("The file “%s” cannot be read: %s"), shown, g_strerror (saved_errno));
}

/* Reads up to @size bytes, fewer only at the end of the file. */
static gssize
read_chunk (int      fd,
            guchar  *buffer,
            gsize    size)
{
  gsize done = 0;

  while (done < size)
    {
      gssize n = read (fd, buffer + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      done += n;
    }

  return done;
}

static gboolean
write_all (int           fd,
           const guchar *buffer,
           gsize         size)
{
  gsize done = 0;

  while (done < size)
    {
      gssize n = write (fd, buffer + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      done += n;
    }

  return TRUE;
}

/* Opens a file to attach and checks it before anything is read: a regular file, neither
 * empty nor over the limit. */
static int
open_source (const char  *path,
             gint64       limit,
             GStatBuf    *st,
             GError     **error)
{
  g_autofree char *shown = g_filename_display_name (path);
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_read_error (error, errno, path);
      return -1;
    }

  if (fstat (fd, st) != 0)
    {
      set_read_error (error, errno, path);
      close (fd);
      return -1;
    }

  if (!S_ISREG (st->st_mode))
    g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                 _("“%s” is not a file: choose the document itself"), shown);
  else if (st->st_size == 0)
    g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                 _("The file “%s” is empty (0 bytes): choose the document itself"), shown);
  else if (st->st_size > limit)
    {
      g_autofree char *size = g_format_size (st->st_size);
      g_autofree char *most = g_format_size (limit);

      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The file “%s” is %s, more than the limit of %s: make it smaller, for "
                     "example by scanning at a lower resolution"), shown, size, most);
    }
  else
    return fd;

  close (fd);
  return -1;
}

static void
set_changed_error (GError     **error,
                   const char  *path)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_FAILED,
               _("The file “%s” changed while it was being read: close the program that "
                 "writes it, then try again"), shown);
}

/* Runs through the file from its start, into @checksum or into @blob. The file must still
 * have @expected_size bytes. */
static gboolean
stream_file (ZonaStore          *self,
             int                 fd,
             const char         *path,
             gint64              expected_size,
             struct sha256_ctx  *checksum,
             sqlite3_blob       *blob,
             guchar             *buffer,
             GCancellable       *cancellable,
             GError            **error)
{
  gint64 offset = 0;
  gssize n;

  if (lseek (fd, 0, SEEK_SET) != 0)
    {
      set_read_error (error, errno, path);
      return FALSE;
    }

  while ((n = read_chunk (fd, buffer, CHUNK_SIZE)) > 0)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (offset + n > expected_size)
        break;

      if (checksum != NULL)
        sha256_update (checksum, n, buffer);

      if (blob != NULL)
        {
          int rc = sqlite3_blob_write (blob, buffer, n, (int) offset);

          if (rc != SQLITE_OK)
            {
              zona_store_set_error (self, rc, error);
              return FALSE;
            }
        }

      offset += n;
    }

  if (n < 0)
    {
      set_read_error (error, errno, path);
      return FALSE;
    }

  if (offset != expected_size)
    {
      set_changed_error (error, path);
      return FALSE;
    }

  return TRUE;
}

/* Whether the file is the one that was hashed: same length and same change times. Hashing it
 * a second time while copying would say so too, but doubles the slowest part of attaching. */
static gboolean
file_unchanged (int              fd,
                const GStatBuf  *before)
{
  GStatBuf now;

  return fstat (fd, &now) == 0 &&
         now.st_size == before->st_size &&
         now.st_mtim.tv_sec == before->st_mtim.tv_sec &&
         now.st_mtim.tv_nsec == before->st_mtim.tv_nsec &&
         now.st_ctim.tv_sec == before->st_ctim.tv_sec &&
         now.st_ctim.tv_nsec == before->st_ctim.tv_nsec;
}

/* Stores the bytes of @fd under their hash unless the database holds them already. Part of
 * the caller's transaction. */
static gboolean
store_content (ZonaStore       *self,
               int              fd,
               const char      *path,
               const GStatBuf  *st,
               const char      *sha256,
               guchar          *buffer,
               GCancellable    *cancellable,
               GError         **error)
{
  static const char sql_known[] = "SELECT 1 FROM content WHERE sha256 = ?1";
  static const char sql_insert[] = "INSERT INTO content (sha256, size, data) VALUES (?1, ?2, ?3)";
  sqlite3_blob *blob = NULL;
  sqlite3_stmt *stmt;
  gboolean written;
  gboolean known;
  int rc;

  if ((stmt = zona_store_prepare (self, sql_known, error)) == NULL)
    return FALSE;
  zona_store_bind_text (stmt, 1, sha256);
  rc = sqlite3_step (stmt);
  known = rc == SQLITE_ROW;
  if (!zona_store_finish (self, stmt, known ? SQLITE_DONE : rc, error))
    return FALSE;

  /* The same bytes are stored once, whichever items and names they serve. */
  if (known)
    return TRUE;

  /* Room for the whole file first, then the bytes chunk by chunk into it. */
  if ((stmt = zona_store_prepare (self, sql_insert, error)) == NULL)
    return FALSE;
  zona_store_bind_text (stmt, 1, sha256);
  sqlite3_bind_int64 (stmt, 2, st->st_size);
  sqlite3_bind_zeroblob64 (stmt, 3, st->st_size);
  if (!zona_store_step_done (self, stmt, error))
    return FALSE;

  rc = sqlite3_blob_open (self->db, "main", "content", "data", sqlite3_last_insert_rowid (self->db),
                          TRUE, &blob);
  if (rc != SQLITE_OK)
    {
      zona_store_set_error (self, rc, error);
      sqlite3_blob_close (blob);
      return FALSE;
    }

  written = stream_file (self, fd, path, st->st_size, NULL, blob, buffer, cancellable, error);

  rc = sqlite3_blob_close (blob);
  if (!written)
    return FALSE;
  if (rc != SQLITE_OK)
    {
      zona_store_set_error (self, rc, error);
      return FALSE;
    }

  /* Bytes that are not the ones hashed would sit under another file's key. */
  if (!file_unchanged (fd, st))
    {
      set_changed_error (error, path);
      return FALSE;
    }

  return TRUE;
}

/* Makes @sha256 the item's current file under @name: the file it had stays as history,
 * pointing to its replacement, and the item waits for review again. Part of the caller's
 * transaction. */
static gint64
add_attachment (ZonaStore    *self,
                gint64        item_id,
                const char   *sha256,
                const char   *name,
                const char   *mime_type,
                GError      **error)
{
  static const char sql_insert[] =
    "INSERT INTO attachment (evidence_id, sha256, filename, mime_type) VALUES (?1, ?2, ?3, ?4) "
    "RETURNING id";
  static const char sql_replace[] =
    "UPDATE attachment SET replaced_by = ?2 "
    "WHERE evidence_id = ?1 AND replaced_by IS NULL AND id != ?2";
  static const char sql_status[] =
    "UPDATE evidence SET status = 'diunggah', updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
    "WHERE id = ?1";
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if ((stmt = zona_store_prepare (self, sql_insert, error)) == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, item_id);
  zona_store_bind_text (stmt, 2, sha256);
  zona_store_bind_text (stmt, 3, name);
  zona_store_bind_text (stmt, 4, mime_type);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    zona_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  if (id == 0)
    return 0;

  if ((stmt = zona_store_prepare (self, sql_replace, error)) == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, item_id);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!zona_store_step_done (self, stmt, error))
    return 0;

  /* A new document has not been judged yet, whatever the old one had earned. */
  if ((stmt = zona_store_prepare (self, sql_status, error)) == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, item_id);
  if (!zona_store_step_done (self, stmt, error))
    return 0;

  return id;
}

static char *
guess_mime_type (const char   *name,
                 const guchar *head,
                 gsize         head_size)
{
  g_autofree char *content_type = g_content_type_guess (name, head, head_size, NULL);

  return g_content_type_get_mime_type (content_type);
}

/**
 * zona_store_attach_file:
 * @self: a store
 * @item_id: an evidence item
 * @path: the file to attach
 * @name: (nullable): the name to keep it under; the file's own name when %NULL
 * @limit: the largest size accepted, in bytes; 0 for %ZONA_ATTACHMENT_DEFAULT_LIMIT
 * @cancellable: (nullable): stops a long copy; nothing is stored then
 * @error: why the file was refused; nothing is stored then
 *
 * Stores a copy of a file inside the database as the item's current document. The bytes are
 * kept once under their SHA-256, however many items or names use them, and are copied in
 * chunks with SQLite's incremental blob I/O, never whole in memory. A file the item had before
 * is kept as history. The item's status becomes diunggah: the new document awaits review.
 *
 * A file that cannot be read, is empty, is larger than @limit or has a name other systems
 * cannot hold (see zona_evidence_check_file_name()) is refused. Everything happens in one
 * transaction, so an interruption, even a killed process, leaves neither part of the file nor
 * a stored copy without an attachment.
 *
 * Returns: the new attachment's id, or 0
 */
gint64
zona_store_attach_file (ZonaStore     *self,
                        gint64         item_id,
                        const char    *path,
                        const char    *name,
                        gint64         limit,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(ZonaEvidenceItem) item = NULL;
  struct sha256_ctx checksum;
  g_autofree char *sha256 = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *mime_type = NULL;
  g_autofree guchar *buffer = NULL;
  GStatBuf st;
  gint64 id = 0;
  gssize head;
  int fd;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);
  g_return_val_if_fail (path != NULL, 0);

  if (name == NULL)
    name = basename = g_path_get_basename (path);

  if (!zona_evidence_check_file_name (name, error) ||
      (item = zona_store_get_evidence_item (self, item_id, error)) == NULL)
    return 0;

  /* SQLite holds no value longer than its length limit (a gigabyte by default). */
  if (limit <= 0)
    limit = ZONA_ATTACHMENT_DEFAULT_LIMIT;
  limit = MIN (limit, sqlite3_limit (self->db, SQLITE_LIMIT_LENGTH, -1));

  if ((fd = open_source (path, limit, &st, error)) < 0)
    return 0;

  /* The hash is the content's key, so it is known before anything is written. */
  buffer = g_malloc (CHUNK_SIZE);
  sha256_init (&checksum);
  if (!stream_file (self, fd, path, st.st_size, &checksum, NULL, buffer, cancellable, error))
    goto out;
  sha256 = sha256_hex (&checksum);

  if (lseek (fd, 0, SEEK_SET) != 0 || (head = read_chunk (fd, buffer, 4096)) < 0)
    {
      set_read_error (error, errno, path);
      goto out;
    }
  mime_type = guess_mime_type (name, buffer, head);

  if (!zona_store_begin (self, error))
    goto out;

  if (!store_content (self, fd, path, &st, sha256, buffer, cancellable, error) ||
      (id = add_attachment (self, item_id, sha256, name, mime_type, error)) == 0)
    {
      id = 0;
      zona_store_rollback (self);
      goto out;
    }

  if (!zona_store_commit (self, error))
    id = 0;

out:
  close (fd);

  return id;
}

/**
 * zona_store_attach_stored:
 * @self: a store
 * @item_id: an evidence item
 * @attachment_id: a file already in the database, attached to any item
 * @error: why it failed
 *
 * Makes a document already stored the current file of another item as well, without reading
 * or storing its bytes again: one decree often serves several requirements. The item's
 * previous file is kept as history, as with zona_store_attach_file().
 *
 * Returns: the new attachment's id, or 0
 */
gint64
zona_store_attach_stored (ZonaStore  *self,
                          gint64      item_id,
                          gint64      attachment_id,
                          GError    **error)
{
  g_autoptr(ZonaEvidenceItem) item = NULL;
  g_autoptr(ZonaAttachment) source = NULL;
  gint64 id;

  g_return_val_if_fail (ZONA_IS_STORE (self), 0);

  if ((item = zona_store_get_evidence_item (self, item_id, error)) == NULL ||
      (source = zona_store_get_attachment (self, attachment_id, error)) == NULL)
    return 0;

  if (!zona_store_begin (self, error))
    return 0;

  id = add_attachment (self, item_id, source->sha256, source->filename, source->mime_type, error);
  if (id == 0)
    {
      zona_store_rollback (self);
      return 0;
    }

  if (!zona_store_commit (self, error))
    return 0;

  return id;
}

/**
 * zona_store_get_attachment:
 * @self: a store
 * @attachment_id: an attachment
 * @error: %ZONA_STORE_ERROR_NOT_FOUND naming the number when there is none
 *
 * Returns: (transfer full): the attachment, or %NULL
 */
ZonaAttachment *
zona_store_get_attachment (ZonaStore  *self,
                           gint64      attachment_id,
                           GError    **error)
{
  static const char sql[] = "SELECT " ATTACHMENT_COLUMNS "WHERE t.id = ?1";
  g_autofree char *not_found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, attachment_id);
  not_found = g_strdup_printf (_("There is no attached file number %lld"),
                               (long long) attachment_id);

  return zona_store_read_one (self, stmt, (gpointer) read_attachment, not_found, error);
}

/**
 * zona_store_list_attachments:
 * @self: a store
 * @item_id: an evidence item
 * @error: a database error
 *
 * Returns: (transfer full) (element-type ZonaAttachment): the item's files, the current one
 *   first, then the ones it replaced, newest first
 */
GPtrArray *
zona_store_list_attachments (ZonaStore  *self,
                             gint64      item_id,
                             GError    **error)
{
  static const char sql[] =
    "SELECT " ATTACHMENT_COLUMNS "WHERE t.evidence_id = ?1 "
    "ORDER BY t.replaced_by IS NOT NULL, t.id DESC";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, item_id);

  return zona_store_collect (self, stmt, (gpointer) read_attachment,
                             (GDestroyNotify) zona_attachment_free, error);
}

/* A buffer of the copy, on its way between the thread that copies and the one that hashes. */
typedef struct
{
  guchar *data;
  gsize   length;
} Chunk;

/* Hashes chunks on a second thread while the copy goes on, so that saving a file costs about
 * as long as the slower of hashing and copying, not their sum: on the two cores of the machine
 * of bench/RESULTS.md, hashing 300 MB takes as long as reading and writing them. Two chunks
 * take turns: one is filled and written while the other is hashed. */
typedef struct
{
  struct sha256_ctx  context;
  GAsyncQueue       *work;    /* Chunk to hash, or &end_of_work */
  GAsyncQueue       *free;    /* Chunk to fill */
  GThread           *thread;
  Chunk              chunks[2];
} Hasher;

static Chunk end_of_work;

static gpointer
hasher_run (gpointer data)
{
  Hasher *hasher = data;
  Chunk *chunk;

  while ((chunk = g_async_queue_pop (hasher->work)) != &end_of_work)
    {
      sha256_update (&hasher->context, chunk->length, chunk->data);
      g_async_queue_push (hasher->free, chunk);
    }

  return NULL;
}

static void
hasher_start (Hasher *hasher)
{
  sha256_init (&hasher->context);
  hasher->work = g_async_queue_new ();
  hasher->free = g_async_queue_new ();
  for (guint i = 0; i < G_N_ELEMENTS (hasher->chunks); i++)
    {
      hasher->chunks[i].data = g_malloc (CHUNK_SIZE);
      g_async_queue_push (hasher->free, &hasher->chunks[i]);
    }
  hasher->thread = g_thread_new ("zona-sha256", hasher_run, hasher);
}

/* Waits for the hashing to end and returns the hash of every chunk handed over. */
static char *
hasher_finish (Hasher *hasher)
{
  char *hex;

  g_async_queue_push (hasher->work, &end_of_work);
  g_thread_join (hasher->thread);
  hex = sha256_hex (&hasher->context);

  for (guint i = 0; i < G_N_ELEMENTS (hasher->chunks); i++)
    g_free (hasher->chunks[i].data);
  g_async_queue_unref (hasher->work);
  g_async_queue_unref (hasher->free);

  return hex;
}

/* Copies a stored content row into @fd chunk by chunk and checks it against its hash. */
static gboolean
copy_content (ZonaStore     *self,
              gint64         rowid,
              gint64         size,
              const char    *sha256,
              const char    *name,
              int            fd,
              const char    *target,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *hex = NULL;
  sqlite3_blob *blob = NULL;
  gboolean ok = FALSE;
  gint64 offset = 0;
  Hasher hasher;
  int rc;

  rc = sqlite3_blob_open (self->db, "main", "content", "data", rowid, FALSE, &blob);
  if (rc != SQLITE_OK)
    {
      zona_store_set_error (self, rc, error);
      sqlite3_blob_close (blob);
      return FALSE;
    }

  if (sqlite3_blob_bytes (blob) != size)
    {
      sqlite3_blob_close (blob);
      goto damaged;
    }

  hasher_start (&hasher);

  while (offset < size)
    {
      Chunk *chunk = g_async_queue_pop (hasher.free);
      int n = (int) MIN (size - offset, CHUNK_SIZE);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;

      if ((rc = sqlite3_blob_read (blob, chunk->data, n, (int) offset)) != SQLITE_OK)
        {
          zona_store_set_error (self, rc, error);
          goto out;
        }

      /* Hashed while it is written: both only read the chunk. */
      chunk->length = n;
      g_async_queue_push (hasher.work, chunk);

      if (!write_all (fd, chunk->data, n))
        {
          int saved_errno = errno;
          g_autofree char *shown = g_filename_display_name (target);

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("“%s” cannot be written: %s"), shown, g_strerror (saved_errno));
          goto out;
        }

      offset += n;
    }

  ok = TRUE;

out:
  hex = hasher_finish (&hasher);
  sqlite3_blob_close (blob);

  if (ok && g_strcmp0 (hex, sha256) != 0)
    goto damaged;

  return ok;

damaged:
  g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_DAMAGED,
               _("The copy of “%s” kept in the database is damaged: restore the database from "
                 "a backup, or attach the file again"), name);
  return FALSE;
}

/**
 * zona_store_save_attachment:
 * @self: a store
 * @attachment_id: an attachment
 * @folder: an existing folder
 * @name: (nullable): the name to save under; the attachment's own name when %NULL
 * @replace: whether a file of that name in @folder may be replaced
 * @cancellable: (nullable): stops a long copy; nothing is left behind then
 * @error: why nothing was saved
 *
 * Saves a copy of an attached file into @folder and nowhere else: the name may not hold a
 * folder part or "..". The bytes are copied in chunks with SQLite's incremental blob I/O and
 * checked against their SHA-256 on the way; they go to a temporary file that takes the final
 * name only when complete, so a failure leaves no partial file.
 *
 * Returns: (transfer full): the path of the saved file, or %NULL
 */
char *
zona_store_save_attachment (ZonaStore     *self,
                            gint64         attachment_id,
                            const char    *folder,
                            const char    *name,
                            gboolean       replace,
                            GCancellable  *cancellable,
                            GError       **error)
{
  static const char sql[] =
    "SELECT c.rowid, c.size, c.sha256, t.filename FROM attachment t "
    "JOIN content c ON c.sha256 = t.sha256 WHERE t.id = ?1";
  g_autofree char *sha256 = NULL;
  g_autofree char *stored_name = NULL;
  g_autofree char *target = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *shown = NULL;
  sqlite3_stmt *stmt;
  gint64 rowid = 0;
  gint64 size = 0;
  int fd;
  int rc;

  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);
  g_return_val_if_fail (folder != NULL, NULL);

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, attachment_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      rowid = sqlite3_column_int64 (stmt, 0);
      size = sqlite3_column_int64 (stmt, 1);
      sha256 = zona_store_column_text (stmt, 2);
      stored_name = zona_store_column_text (stmt, 3);
    }
  if (!zona_store_finish (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return NULL;

  if (sha256 == NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("There is no attached file number %lld"), (long long) attachment_id);
      return NULL;
    }

  /* The stored name was checked when it was attached, but the file may come from elsewhere. */
  if (name == NULL)
    name = stored_name;
  if (!zona_evidence_check_file_name (name, error))
    return NULL;

  shown = g_filename_display_name (folder);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                   _("The folder “%s” does not exist"), shown);
      return NULL;
    }

  target = g_build_filename (folder, name, NULL);
  if (!replace && g_file_test (target, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                   _("“%s” already exists in “%s”; choose another name"), name, shown);
      return NULL;
    }

  partial = g_build_filename (folder, ".zona-XXXXXX.part", NULL);
  fd = g_mkstemp_full (partial, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Nothing can be written in the folder “%s”: %s"),
                   shown, g_strerror (saved_errno));
      return NULL;
    }

  if (!copy_content (self, rowid, size, sha256, name, fd, target, cancellable, error))
    goto failed;

  if (fsync (fd) != 0 || close (fd) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown_target = g_filename_display_name (target);

      fd = -1;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("“%s” cannot be written: %s"), shown_target, g_strerror (saved_errno));
      goto failed;
    }
  fd = -1;

  /* rename() replaces a symbolic link itself, never the file it points to. */
  if (g_rename (partial, target) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown_target = g_filename_display_name (target);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("“%s” cannot be written: %s"), shown_target, g_strerror (saved_errno));
      goto failed;
    }

  return g_steal_pointer (&target);

failed:
  if (fd >= 0)
    close (fd);
  g_unlink (partial);
  return NULL;
}
