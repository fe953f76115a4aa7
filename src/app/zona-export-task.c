/* zona-export-task.c — writing an evidence pack off the main thread
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-export-task.h"

/* A region's pack can hold hundreds of megabytes: the window stays responsive while a thread
 * writes it, on a connection of its own (a SQLite connection is not shared between threads
 * here), as zona-attach-task.c does for one file. */

typedef struct
{
  char             *database_path;
  char             *region_code;
  char             *scheme_id;
  ZonaEvidenceFilter filter;     /* points into the strings above */
  char             *folder;
  ZonaEvidencePack  pack;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->database_path);
  g_free (data->region_code);
  g_free (data->scheme_id);
  g_free (data->folder);
  zona_evidence_pack_clear (&data->pack);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(ZonaStore) store = NULL;
  GError *error = NULL;

  store = zona_store_open (data->database_path, ZONA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL ||
      !zona_evidence_export (store, &data->filter, data->folder, &data->pack, cancellable,
                             &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * zona_export_pack_async:
 * @database_path: the database file
 * @filter: the checklists, as for zona_evidence_export()
 * @folder: a local folder that does not exist yet, or an empty one
 * @cancellable: (nullable): stops the export; nothing is left behind then
 * @callback: called on the calling thread's main context when the pack is written
 * @user_data: for @callback
 *
 * Writes the pack with zona_evidence_export() on a thread.
 */
void
zona_export_pack_async (const char               *database_path,
                        const ZonaEvidenceFilter *filter,
                        GFile                    *folder,
                        GCancellable             *cancellable,
                        GAsyncReadyCallback       callback,
                        gpointer                  user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *path = g_file_get_path (folder);
  ExportData *data;

  g_task_set_source_tag (task, zona_export_pack_async);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("“%s” is not a folder on this computer: choose a local "
                                 "folder, then copy the pack"), uri);
      return;
    }

  data = g_new0 (ExportData, 1);
  data->database_path = g_strdup (database_path);
  data->region_code = g_strdup (filter->region_code);
  data->scheme_id = g_strdup (filter->scheme_id);
  data->filter = *filter;
  data->filter.region_code = data->region_code;
  data->filter.scheme_id = data->scheme_id;
  data->folder = g_steal_pointer (&path);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * zona_export_pack_finish:
 * @result: the result given to the callback
 * @out_pack: (out caller-allocates) (optional): what was written
 * @error: why nothing was written
 *
 * Returns: whether the pack was written
 */
gboolean
zona_export_pack_finish (GAsyncResult      *result,
                         ZonaEvidencePack  *out_pack,
                         GError           **error)
{
  ExportData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  if (out_pack != NULL)
    {
      *out_pack = data->pack;
      out_pack->scheme_id = g_strdup (data->pack.scheme_id);
    }

  return TRUE;
}
