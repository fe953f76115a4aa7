/* zona-attach-task.c — attaching a file to an evidence item off the main thread
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-attach-task.h"
#include "zona-evidence.h"

/* A scan of a few hundred megabytes takes a second or more to hash and store, which would
 * freeze the window if done on its thread. The work runs in a GTask thread on a connection of
 * its own to the same file: a ZonaStore is not shared between threads, and SQLite's WAL lets
 * the window keep reading while the file is written. Core does the work and all of its
 * checks (the name, the size limit, an unreadable or empty file) in one transaction, so a
 * refusal or a failure leaves nothing stored. */

typedef struct
{
  char   *database_path;
  gint64  item_id;
  char   *path;
  char   *name;
  gint64  limit;
} AttachData;

static void
attach_data_free (AttachData *data)
{
  g_free (data->database_path);
  g_free (data->path);
  g_free (data->name);
  g_free (data);
}

static void
attach_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  AttachData *data = task_data;
  g_autoptr(ZonaStore) store = NULL;
  GError *error = NULL;
  gint64 attachment_id;

  store = zona_store_open (data->database_path, ZONA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  attachment_id = zona_store_attach_file (store, data->item_id, data->path, data->name,
                                          data->limit, cancellable, &error);
  if (attachment_id == 0)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, attachment_id);
}

/**
 * zona_attach_file_async:
 * @database_path: the database file the window has open
 * @item_id: the evidence item to attach @file to
 * @file: a local file
 * @limit: the largest size accepted, in bytes
 * @cancellable: (nullable): to stop before the file is stored
 * @callback: called on the calling thread's main context when done
 * @user_data: for @callback
 *
 * Stores @file as the item's current document, keeping the one it replaces.
 */
void
zona_attach_file_async (const char          *database_path,
                        gint64               item_id,
                        GFile               *file,
                        gint64               limit,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *path = g_file_get_path (file);
  AttachData *data;

  g_task_set_source_tag (task, zona_attach_file_async);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("“%s” is not a file on this computer: copy it to a folder "
                                 "first"), uri);
      return;
    }

  data = g_new0 (AttachData, 1);
  data->database_path = g_strdup (database_path);
  data->item_id = item_id;
  data->path = g_steal_pointer (&path);
  data->name = g_file_get_basename (file);
  data->limit = limit;
  g_task_set_task_data (task, data, (GDestroyNotify) attach_data_free);
  g_task_run_in_thread (task, attach_thread);
}

/**
 * zona_attach_file_finish:
 * @result: the result given to the callback
 * @error: why nothing was attached
 *
 * Returns: the new attachment, or 0 with @error set
 */
gint64
zona_attach_file_finish (GAsyncResult  *result,
                         GError       **error)
{
  gssize attachment_id;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  attachment_id = g_task_propagate_int (G_TASK (result), error);

  return attachment_id < 0 ? 0 : attachment_id;
}
