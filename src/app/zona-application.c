/* zona-application.c — the application: one instance, one database, its window
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "zona-application.h"
#include "zona-demo.h"
#include "zona-paths.h"
#include "zona-preferences-window.h"
#include "zona-store.h"
#include "zona-window.h"

#define N_RECENT_DATABASES 10
#define IDN_AREA_DATA_URL  "https://github.com/fityannugroho/idn-area-data"
#define ODBL_URL           "https://opendatacommons.org/licenses/odbl/1-0/"

struct _ZonaApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (ZonaApplication, zona_application, ADW_TYPE_APPLICATION)

/* $ZONA_DATABASE names the file for this run only and wins over the remembered one; then
 * comes the file opened last, if it still exists; then the default file. */
static char *
choose_database_path (ZonaApplication *self)
{
  g_autofree char *remembered = g_settings_get_string (self->settings, "database");
  const char *override = g_getenv ("ZONA_DATABASE");

  if ((override == NULL || override[0] == '\0') &&
      remembered[0] != '\0' && g_file_test (remembered, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&remembered);

  return zona_get_default_database_path ();
}

static void
remember_database (ZonaApplication *self,
                   const char      *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-databases");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < N_RECENT_DATABASES; i++)
    {
      if (g_str_equal (recent[i], path))
        continue;
      g_strv_builder_add (builder, recent[i]);
      n++;
    }
  updated = g_strv_builder_end (builder);

  g_settings_set_string (self->settings, "database", path);
  g_settings_set_strv (self->settings, "recent-databases", (const char * const *) updated);
}

/* The active window may be the About window or a dialog: look for the main one. */
static ZonaWindow *
find_main_window (ZonaApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (ZONA_IS_WINDOW (l->data))
        return l->data;
    }

  return NULL;
}

static void
show_error (ZonaApplication *self,
            const char      *heading,
            const GError    *error)
{
  GtkWindow *parent = GTK_WINDOW (find_main_window (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s", error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  /* Without a window the dialog is all there is: it keeps the application running until it
   * is read and closed. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_open_error (ZonaApplication *self,
                 const GError    *error)
{
  show_error (self, _("The Database Cannot Be Opened"), error);
}

static void
show_store (ZonaApplication *self,
            ZonaStore       *store)
{
  ZonaWindow *window = find_main_window (self);

  if (window != NULL)
    zona_window_set_store (window, store);
  else
    window = zona_window_new (GTK_APPLICATION (self), store);

  gtk_window_present (GTK_WINDOW (window));
}

static void
zona_application_activate (GApplication *application)
{
  ZonaApplication *self = ZONA_APPLICATION (application);
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ZonaWindow *window;

  /* A second launch lands here in the running instance: it raises the window. */
  window = find_main_window (self);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  path = choose_database_path (self);
  /* The first start has no database yet: it gets the demo one, so that the window shows what
   * Zona does instead of an empty list. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    store = zona_store_open (path, ZONA_STORE_OPEN_DEFAULT, &error);
  else
    store = zona_demo_create (path, &error);

  if (store == NULL)
    {
      show_open_error (self, error);
      return;
    }

  show_store (self, store);
}

static void
on_new_response (ZonaApplication      *self,
                 int                   response,
                 GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    zona_application_create_database (self, path);

  g_object_unref (chooser);
}

static void
on_open_response (ZonaApplication      *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    zona_application_open_database (self, path);

  g_object_unref (chooser);
}

static GtkFileChooserNative *
new_chooser (ZonaApplication      *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept_label)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (find_main_window (self)), action,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (databases, _("Zona Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  return chooser;
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  ZonaApplication *self = user_data;
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("New Database"), GTK_FILE_CHOOSER_ACTION_SAVE, _("C_reate"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "zona.db");
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_new_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ZonaApplication *self = user_data;
  GtkFileChooserNative *chooser;

  chooser = new_chooser (self, _("Open Database"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  zona_application_open_database (ZONA_APPLICATION (user_data),
                                  g_variant_get_string (parameter, NULL));
}

static void
zona_application_open (GApplication  *application,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  ZonaApplication *self = ZONA_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  /* One window shows one database: the first file named is the one opened. */
  path = g_file_get_path (files[0]);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (files[0]);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not on this computer. Copy the database to a folder on this "
                     "computer, then open the copy."), uri);
      show_open_error (self, error);
      return;
    }

  zona_application_open_database (self, path);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *application = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  /* Closing each window first lets it save its size, as a click on its close button would. */
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (iter->data);
  g_list_free (windows);

  g_application_quit (application);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  ZonaApplication *self = user_data;
  const char *developers[] = { "Zona developers", NULL };
  const char *data_sources[] = { "idn-area-data " IDN_AREA_DATA_URL, NULL };
  g_autofree char *notice = NULL;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", find_main_window (self),
                        "application-name", _("Zona"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", "Zona developers",
                        "developers", developers,
                        "comments", _("Public-service assessment results, evidence and award "
                                      "certificates for the organisation section of a "
                                      "regional secretariat."),
                        "copyright", "© 2026 Zona developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);

  /* The region list is a derivative of idn-area-data, so ODbL 4.2 d asks for this notice
   * wherever the list is shipped; data/regions/README.md holds the full text. The links stay
   * out of the translatable text so that a translation cannot break them. */
  notice = g_strdup_printf (_("Contains information from idn-area-data (%s), which is made "
                              "available here under the Open Database License (ODbL), %s."),
                            "<a href=\"" IDN_AREA_DATA_URL "\">" IDN_AREA_DATA_URL "</a>",
                            "<a href=\"" ODBL_URL "\">" ODBL_URL "</a>");
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Region List"), NULL,
                                      GTK_LICENSE_CUSTOM, notice);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Region Codes and Names"),
                                                data_sources);

  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ZonaApplication *self = user_data;
  ZonaWindow *window = find_main_window (self);
  ZonaPreferencesWindow *preferences;

  preferences = zona_preferences_window_new (GTK_WINDOW (window),
                                             window ? zona_window_get_store (window) : NULL);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "new", new_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "preferences", preferences_action },
};

static void
zona_application_startup (GApplication *application)
{
  ZonaApplication *self = ZONA_APPLICATION (application);

  G_APPLICATION_CLASS (zona_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open",
                                         (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new",
                                         (const char *[]) { "<Control><Alt>n", NULL });

  gtk_window_set_default_icon_name (APP_ID);
}

static void
zona_application_dispose (GObject *object)
{
  ZonaApplication *self = (ZonaApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (zona_application_parent_class)->dispose (object);
}

static void
zona_application_class_init (ZonaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = zona_application_dispose;

  application_class->startup = zona_application_startup;
  application_class->activate = zona_application_activate;
  application_class->open = zona_application_open;

  /* Once per process, which GLib asks for; the tests make several applications. */
  g_set_application_name (_("Zona"));
}

static void
zona_application_init (ZonaApplication *self)
{
}

ZonaApplication *
zona_application_new (void)
{
  return g_object_new (ZONA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/zonadesk/Zona",
                       NULL);
}

/**
 * zona_application_open_database:
 * @self: the application
 * @path: a database file
 *
 * Opens @path and shows it in the window, which lets go of the database it showed before.
 * A file that cannot be opened (damaged, too new, locked) is reported in a message dialog,
 * and neither the file nor the window changes.
 *
 * Returns: %TRUE when the database is shown
 */
gboolean
zona_application_open_database (ZonaApplication *self,
                                const char      *path)
{
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZONA_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = zona_store_open (path, ZONA_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      show_open_error (self, error);
      return FALSE;
    }

  remember_database (self, zona_store_get_path (store));
  show_store (self, store);

  return TRUE;
}

/**
 * zona_application_create_database:
 * @self: the application
 * @path: where the new database goes; no file may have that name yet
 *
 * Creates an empty database and shows it in the window. A refusal is reported in a message
 * dialog.
 *
 * Returns: %TRUE when the new database is shown
 */
gboolean
zona_application_create_database (ZonaApplication *self,
                                  const char      *path)
{
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZONA_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = zona_store_create (path, &error);
  if (store == NULL)
    {
      show_error (self, _("The Database Cannot Be Created"), error);
      return FALSE;
    }

  remember_database (self, zona_store_get_path (store));
  show_store (self, store);

  return TRUE;
}
