/* zona-window-evidence-export.c — the window writing an evidence pack: one unit's checklist,
 * or every unit's of the region's round shown
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-evidence-export.h"
#include "zona-evidence-overview.h"
#include "zona-export-task.h"
#include "zona-window-private.h"

/* What is exported follows what is shown: the checklist of one unit, or the round of the
 * region. The pack goes into a new folder the user names in a save dialog, since core wants a
 * folder that does not exist yet or an empty one; a thread writes it. */

typedef struct
{
  ZonaWindow *window;
  char       *folder;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->window);
  g_free (data->folder);
  g_free (data);
}

static void
on_pack_written (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ExportData *data = user_data;
  ZonaWindow *self = data->window;
  g_auto(ZonaEvidencePack) pack = { 0 };
  g_autoptr(GError) error = NULL;

  self->n_exporting--;
  if (!zona_export_pack_finish (result, &pack, &error))
    _zona_window_add_toast (self, error->message);
  else
    {
      g_autofree char *size = g_format_size (pack.n_bytes);
      g_autofree char *name = g_path_get_basename (data->folder);
      g_autofree char *message = NULL;

      /* Translators: "“Kota Madiun PEKPPP 2024” written: 37 files, 1.2 MB" */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” written: %u file, %s",
                                              "“%s” written: %u files, %s", pack.n_files),
                                 name, pack.n_files, size);
      _zona_window_add_toast (self, message);
    }

  export_data_free (data);
}

/* Fills @filter with what is shown; the strings stay the window's. */
static gboolean
shown_filter (ZonaWindow         *self,
              ZonaEvidenceFilter *filter)
{
  *filter = (ZonaEvidenceFilter) { 0 };

  if ((filter->assessment_id = _zona_window_get_shown_checklist (self)) != 0)
    return TRUE;

  if (_zona_window_is_evidence_round_shown (self) &&
      zona_evidence_overview_get_scheme_id (self->evidence_overview) != NULL)
    {
      filter->region_code = zona_evidence_overview_get_region_code (self->evidence_overview);
      filter->scheme_id = zona_evidence_overview_get_scheme_id (self->evidence_overview);
      filter->year = zona_evidence_overview_get_year (self->evidence_overview);
      return TRUE;
    }

  return FALSE;
}

/**
 * zona_window_export_evidence:
 * @self: the window
 * @folder: a new or empty local folder
 *
 * Writes the evidence pack of what is shown, a unit's checklist or the region's round, into
 * @folder on a thread; a toast says when it is written, or why it was not.
 *
 * Returns: %FALSE when no checklist or round is shown
 */
gboolean
zona_window_export_evidence (ZonaWindow *self,
                             GFile      *folder)
{
  ZonaEvidenceFilter filter;
  ExportData *data;

  g_return_val_if_fail (ZONA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (self->store == NULL || !shown_filter (self, &filter))
    return FALSE;

  data = g_new0 (ExportData, 1);
  data->window = g_object_ref (self);
  data->folder = g_file_get_path (folder);

  self->n_exporting++;
  zona_export_pack_async (zona_store_get_path (self->store), &filter, folder, NULL,
                          on_pack_written, data);

  return TRUE;
}

/**
 * zona_window_is_exporting:
 * @self: the window
 *
 * Returns: whether an evidence pack is still being written
 */
gboolean
zona_window_is_exporting (ZonaWindow *self)
{
  g_return_val_if_fail (ZONA_IS_WINDOW (self), FALSE);

  return self->n_exporting > 0;
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     ZonaWindow      *self)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    zona_window_export_evidence (self, folder);

  g_object_unref (chooser);
}

/* The folder's name as offered: what is exported, safe on a Windows flash disk. */
static char *
suggested_name (ZonaWindow *self)
{
  g_autofree char *text = NULL;

  if (_zona_window_get_shown_checklist (self) != 0)
    /* Translators: the folder of a unit's evidence pack, "Bukti Dukung Dinkes PEKPPP 2024" */
    text = g_strdup_printf (_("Evidence %s %s"),
                            zona_evidence_page_get_subject (self->evidence_page),
                            zona_evidence_page_get_round (self->evidence_page));
  else
    {
      g_autofree char *round = zona_evidence_overview_dup_round_label (self->evidence_overview);

      text = g_strdup_printf (_("Evidence %s %s"),
                              zona_evidence_overview_get_region_name (self->evidence_overview),
                              round);
    }

  return zona_evidence_safe_name (text, 80);
}

static void
export_evidence_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaEvidenceFilter filter;
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->store == NULL || !shown_filter (self, &filter))
    return;

  chooser = gtk_file_chooser_native_new (_("Export Evidence Pack"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_zona_window_evidence_export_update_actions (ZonaWindow *self)
{
  ZonaEvidenceFilter filter;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-evidence",
                                 self->store != NULL && shown_filter (self, &filter));
}

void
_zona_window_class_evidence_export_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export-evidence", NULL,
                                   export_evidence_action);
}
