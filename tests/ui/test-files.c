/* test-files.c — saving a copy, opening and switching databases, under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "zona-application.h"
#include "zona-demo.h"
#include "zona-preferences-window.h"
#include "zona-region-item.h"
#include "zona-store.h"
#include "zona-window.h"
#include "ui-test-utils.h"
#include "zona-test-utils.h"

/* One application for the whole run, as in the program: GLib names the application once. */
static ZonaApplication *app;

typedef struct
{
  char            *dir;
  char            *path;
  ZonaApplication *app;
  ZonaWindow      *window;
} Fixture;

/* The real application showing the demo database. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zona-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "demo.db", NULL);
  store = zona_demo_create (f->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  f->app = app;

  g_assert_true (zona_application_open_database (f->app, f->path));
  f->window = ZONA_WINDOW (find_toplevel (ZONA_TYPE_WINDOW));
  g_assert_nonnull (f->window);
  wait_mapped (GTK_WIDGET (f->window));
  settle (50);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  settle (50);
  f->app = NULL;

  if (g_getenv ("ZONA_TEST_KEEP") != NULL)
    g_test_message ("Kept %s", f->dir);
  else
    zona_test_remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

static void
test_save_copy (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(ZonaStore) copy = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (zona_window_save_copy (f->window, copy_path));

  /* The window stays on its database; the copy is a database of its own, with the data. */
  g_assert_cmpstr (zona_store_get_path (zona_window_get_store (f->window)), ==, f->path);
  copy = zona_store_open (copy_path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  regions = zona_store_list_regions (copy, ZONA_REGION_LIST_WITH_DATA, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regions->len, >=, 4);
  results = zona_store_list_assessments (copy, "35.77", "ombudsman", 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, >=, 7);

  /* An existing file is not overwritten. */
  g_assert_false (zona_window_save_copy (f->window, copy_path));
}

static void
test_open_damaged (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *wal = g_strconcat (damaged, "-wal", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  ZonaStore *shown = zona_window_get_store (f->window);
  AdwMessageDialog *dialog;
  gsize length = 0;

  /* A real database with its schema scrambled after the header. */
  g_object_unref (zona_store_create (damaged, &error));
  g_assert_no_error (error);
  g_file_get_contents (damaged, &contents, &length, &error);
  g_assert_no_error (error);
  for (gsize i = 100; i < 4096 && i < length; i++)
    contents[i] = (char) (i * 7 + 13);
  g_file_set_contents (damaged, contents, length, &error);
  g_assert_no_error (error);
  before = zona_test_file_sha256 (damaged);

  g_assert_false (zona_application_open_database (f->app, damaged));
  settle (50);

  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Database Cannot Be Opened");
  g_assert_nonnull (adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");

  /* Nothing written, and the window keeps the database it had. */
  after = zona_test_file_sha256 (damaged);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (zona_window_get_store (f->window) == shown);
}

static void
test_open_switches (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  GMenuModel *recent_menu;

  g_assert_true (zona_application_create_database (f->app, other));
  settle (50);

  /* One window, now on the new database, which leads the recent files. */
  g_assert_true (find_toplevel (ZONA_TYPE_WINDOW) == f->window);
  g_assert_cmpstr (zona_store_get_path (zona_window_get_store (f->window)), ==, other);
  g_assert_null (zona_window_get_region (f->window));
  recent = g_settings_get_strv (settings, "recent-databases");
  g_assert_cmpstr (recent[0], ==, other);
  g_assert_cmpstr (recent[1], ==, f->path);
  recent_menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                             ZONA_TYPE_WINDOW, "recent_menu"));
  g_assert_cmpint (g_menu_model_get_n_items (recent_menu), >=, 2);

  /* Back to the first one, as from the recent menu. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "open-recent",
                                  g_variant_new_string (f->path));
  settle (50);
  g_assert_cmpstr (zona_store_get_path (zona_window_get_store (f->window)), ==, f->path);
  g_assert_nonnull (zona_window_get_region (f->window));
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *value = NULL;
  ZonaPreferencesWindow *preferences;
  AdwComboRow *region_row;
  GListModel *names;
  guint position = GTK_INVALID_LIST_POSITION;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  preferences = find_toplevel (ZONA_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  wait_mapped (GTK_WIDGET (preferences));

  /* The own region is chosen among the regions with data, and leads the sidebar at once. */
  region_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                             ZONA_TYPE_PREFERENCES_WINDOW,
                                                             "region_row"));
  names = adw_combo_row_get_model (region_row);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Kota Madiun"))
      position = i;
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (region_row, position);
  settle (50);
  g_free (value);
  value = g_settings_get_string (settings, "region");
  g_assert_cmpstr (value, ==, "35.77");
  {
    GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                      ZONA_TYPE_WINDOW,
                                                                      "region_list"));
    g_autoptr(ZonaRegionItem) first = NULL;

    first = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list)), 0);
    g_assert_cmpstr (zona_region_item_get_code (first), ==, "35.77");
  }

  /* The signer's details go straight to their keys. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (
                           GTK_WIDGET (preferences), ZONA_TYPE_PREFERENCES_WINDOW,
                           "signer_name_row")),
                         "Drs. H. Contoh, M.Si.");
  g_free (value);
  value = g_settings_get_string (settings, "signer-name");
  g_assert_cmpstr (value, ==, "Drs. H. Contoh, M.Si.");

  /* The largest attachment, in megabytes. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gtk_widget_get_template_child (
                               GTK_WIDGET (preferences), ZONA_TYPE_PREFERENCES_WINDOW,
                               "attachment_limit_spin")),
                             2);
  g_assert_cmpint (g_settings_get_int (settings, "attachment-limit-mb"), ==, 2);

  g_settings_reset (settings, "region");
  g_settings_reset (settings, "signer-name");
  g_settings_reset (settings, "attachment-limit-mb");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/files/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("save-copy", test_save_copy);
  ADD ("open-damaged", test_open_damaged);
  ADD ("open-switches", test_open_switches);
  g_test_add ("/ui/app/preferences", Fixture, NULL, fixture_set_up, test_preferences,
              fixture_tear_down);

  app = zona_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
