/* zona-window-files.c — the window's part in files: saving a copy, the recent databases,
 * noticing the open file deleted or moved
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zona-window-private.h"

/* The menu names each recent file by its own name and its folder, so that two "zona.db" in
 * different folders can be told apart. */
static void
fill_recent_menu (ZonaWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-databases");
  g_autofree char *home = g_strdup (g_get_home_dir ());

  g_menu_remove_all (self->recent_menu);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *name = g_path_get_basename (recent[i]);
      g_autofree char *folder = g_path_get_dirname (recent[i]);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (g_str_has_prefix (folder, home))
        {
          g_autofree char *below = g_strdup (folder + strlen (home));

          g_free (folder);
          folder = g_strconcat ("~", below, NULL);
        }

      /* Translators: a recent database in the menu: its file name, then its folder. */
      label = g_strdup_printf (_("%s — %s"), name, folder);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "app.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_menu, item);
    }
}

static void
on_recent_changed (ZonaWindow *self,
                   const char *key,
                   GSettings  *settings)
{
  fill_recent_menu (self);
}

static void
on_moved_response (ZonaWindow       *self,
                   const char       *response,
                   AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "save"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-copy", NULL);
  else if (g_str_equal (response, "open"))
    gtk_widget_activate_action (GTK_WIDGET (self), "app.open", NULL);
}

static void
show_moved_dialog (ZonaWindow   *self,
                   const GError *error)
{
  GtkWidget *dialog;

  if (self->moved_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->moved_dialog));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Database Deleted or Moved"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "open", _("_Open…"),
                                    "save", _("_Save a Copy…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_moved_response), self,
                           G_CONNECT_SWAPPED);

  self->moved_dialog = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->moved_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Core refuses every change while the file is gone; this says so before the user tries one.
 * It says it once for one loss: the monitor reports a deletion in more than one event, and a
 * dialog that came back whenever the window is active again could never be closed. Once the
 * file is back in its place, a later loss is reported again. */
static void
check_file (ZonaWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || zona_store_check_file (self->store, &error))
    {
      self->file_gone = FALSE;
      return;
    }

  if (!self->file_gone)
    {
      self->file_gone = TRUE;
      show_moved_dialog (self, error);
    }
}

static void
on_file_changed (ZonaWindow        *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 GFileMonitor      *monitor)
{
  /* Whatever happened to the name (deleted, renamed, another file moved onto it), the store
   * knows whether it still names the open file. */
  check_file (self);
}

/* A folder that cannot be watched (some network shares) loses only the early warning, so
 * the file is also looked at whenever the user comes back to the window. */
static void
on_is_active_changed (ZonaWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    check_file (self);
}

static void
stop_watching (ZonaWindow *self)
{
  if (self->file_monitor != NULL)
    g_file_monitor_cancel (self->file_monitor);
  g_clear_object (&self->file_monitor);
}

static void
on_store_changed (ZonaWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  stop_watching (self);

  /* What the dialog says is about the database shown before. */
  self->file_gone = FALSE;
  if (self->moved_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->moved_dialog));

  if (self->store == NULL)
    return;

  file = g_file_new_for_path (zona_store_get_path (self->store));
  self->file_monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->file_monitor == NULL)
    {
      g_debug ("Not watching %s: %s", zona_store_get_path (self->store), error->message);
      return;
    }

  g_signal_connect_object (self->file_monitor, "changed", G_CALLBACK (on_file_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
on_save_copy_response (ZonaWindow           *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    zona_window_save_copy (self, path);

  g_object_unref (chooser);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;
  g_autofree char *folder_path = NULL;
  g_autoptr(GFile) folder = NULL;
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;

  name = g_path_get_basename (zona_store_get_path (self->store));
  folder_path = g_path_get_dirname (zona_store_get_path (self->store));
  stem = g_strndup (name, g_str_has_suffix (name, ".db") ? strlen (name) - 3 : strlen (name));
  /* Translators: the name suggested for a copy; %s is the database's name without ".db". */
  suggested = g_strdup_printf (_("%s copy.db"), stem);

  chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);

  /* The copy goes beside the database unless the user picks another folder; a pulled USB
   * stick leaves no folder to offer. */
  if (g_file_test (folder_path, G_FILE_TEST_IS_DIR))
    {
      folder = g_file_new_for_path (folder_path);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_copy_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_zona_window_class_files_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
}

void
_zona_window_files_init (ZonaWindow *self)
{
  g_signal_connect_object (self->settings, "changed::recent-databases",
                           G_CALLBACK (on_recent_changed), self, G_CONNECT_SWAPPED);
  fill_recent_menu (self);

  g_signal_connect (self, "notify::store", G_CALLBACK (on_store_changed), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_is_active_changed), NULL);
}

/* A change refused because the file is gone is said in the dialog, which has room for the
 * whole message and offers the ways out; a toast would cut it short. */
void
_zona_window_report_error (ZonaWindow   *self,
                           const GError *error)
{
  if (g_error_matches (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_MOVED))
    {
      self->file_gone = TRUE;
      show_moved_dialog (self, error);
    }
  else
    _zona_window_add_toast (self, error->message);
}

void
_zona_window_files_dispose (ZonaWindow *self)
{
  stop_watching (self);

  /* The dialog may outlive the window by a moment; it must not clear a pointer in it then. */
  if (self->moved_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->moved_dialog),
                                  (gpointer *) &self->moved_dialog);
  self->moved_dialog = NULL;
}

/**
 * zona_window_save_copy:
 * @self: a window
 * @path: where the copy goes
 *
 * Saves a copy of the open database, as it is now, to @path, and says in a toast how that
 * went. The window keeps working on the database it has open, unless that file was deleted or
 * moved while open: then the copy is the user's data, and the window opens it.
 *
 * Returns: %TRUE when the copy is written
 */
gboolean
zona_window_save_copy (ZonaWindow *self,
                       const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *region = NULL;

  g_return_val_if_fail (ZONA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  if (!zona_store_save_copy (self->store, path, &error))
    {
      _zona_window_add_toast (self, error->message);
      return FALSE;
    }

  name = g_path_get_basename (path);

  /* Going on in the copy makes changes possible again; the application opens it, so that it
   * is remembered as the database to start with next time. */
  region = g_strdup (self->region_code);
  if (!zona_store_check_file (self->store, NULL) &&
      gtk_widget_activate_action (GTK_WIDGET (self), "app.open-recent", "s", path) &&
      g_strcmp0 (zona_store_get_path (self->store), path) == 0)
    {
      /* The copy holds the same regions: the user stays where they were. */
      if (region != NULL)
        zona_window_select_region (self, region);
      message = g_strdup_printf (_("Copy saved as “%s” and opened"), name);
    }
  else
    message = g_strdup_printf (_("Copy saved as “%s”"), name);
  _zona_window_add_toast (self, message);

  return TRUE;
}
