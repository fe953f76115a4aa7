/* zona-window-files.c — the window's part in files: saving a copy, the recent databases
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
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;

  name = g_path_get_basename (zona_store_get_path (self->store));
  stem = g_strndup (name, g_str_has_suffix (name, ".db") ? strlen (name) - 3 : strlen (name));
  /* Translators: the name suggested for a copy; %s is the database's name without ".db". */
  suggested = g_strdup_printf (_("%s copy.db"), stem);

  chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
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
}

/**
 * zona_window_save_copy:
 * @self: a window
 * @path: where the copy goes
 *
 * Saves a copy of the open database, as it is now, to @path, and says in a toast how that
 * went. The window keeps working on the database it has open.
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
  message = g_strdup_printf (_("Copy saved as “%s”"), name);
  _zona_window_add_toast (self, message);

  return TRUE;
}
