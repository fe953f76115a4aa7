/* test-app.c — the real application, started as the zona program starts it, driven through its
 * actions and widgets as a user would, and its database read back afterwards; under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zona-application.h"
#include "zona-assessment-dialog.h"
#include "zona-category-chip.h"
#include "zona-demo.h"
#include "zona-new-region-dialog.h"
#include "zona-result-item.h"
#include "zona-store.h"
#include "zona-unit-dialog.h"
#include "zona-window.h"
#include "ui-test-utils.h"
#include "zona-test-utils.h"

typedef struct
{
  char *dir;
  char *path;   /* dir/zona.db */
} Fixture;

typedef void (*Scenario) (Fixture         *f,
                          ZonaApplication *app);

/* One run of the application: what it does once it is up, and whether it got that far. */
typedef struct
{
  Fixture         *f;
  ZonaApplication *app;
  Scenario         scenario;
  gboolean         scheduled;
  gboolean         done;
} Run;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zona-app-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "zona.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (g_getenv ("ZONA_TEST_KEEP") != NULL)
    g_test_message ("Kept %s", f->dir);
  else
    zona_test_remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* The scenario runs from the application's own main loop and quits it as the menu's Quit
 * does; the waits inside it turn that same loop. */
static gboolean
run_scenario (gpointer data)
{
  Run *run = data;

  run->scenario (run->f, run->app);
  run->done = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

/* Once the application has handled its command line, its window is there or on its way. */
static void
on_started (GApplication *application,
            Run          *run)
{
  if (!run->scheduled)
    g_idle_add (run_scenario, run);
  run->scheduled = TRUE;
}

static void
on_opened (GApplication  *application,
           GFile        **files,
           int            n_files,
           const char    *hint,
           Run           *run)
{
  on_started (application, run);
}

/* Runs the application as main.c does, with @argv as its command line. */
static int
run_application (Fixture           *f,
                 const char *const *argv,
                 Scenario           scenario)
{
  g_autoptr(ZonaApplication) app = zona_application_new ();
  Run run = { f, app, scenario, FALSE, FALSE };
  int status;

  g_signal_connect_after (app, "activate", G_CALLBACK (on_started), &run);
  g_signal_connect_after (app, "open", G_CALLBACK (on_opened), &run);

  status = g_application_run (G_APPLICATION (app), g_strv_length ((char **) argv),
                              (char **) argv);

  g_assert_true (run.done);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  return status;
}

/* The window of @type on screen; a file chooser, for one, is only hidden once answered. */
static gpointer
find_shown (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

/* Waits for a window of @type to be shown, as a user waits for a dialog. */
static gpointer
wait_toplevel (GType type)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;
  gpointer window;

  while ((window = find_shown (type)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (window);
  wait_mapped (window);

  return window;
}

static void
wait_closed (GType type)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;

  while (find_shown (type) != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_shown (type));
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);

  return object;
}

/* Waits for a file chooser to show @folder, which it reads in the background; acting before
 * that makes GTK 4.8 report the cancelled reading in a dialog of its own. */
static void
wait_folder (GtkFileChooser *chooser,
             GFile          *folder)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;
  g_autoptr(GFile) current = NULL;

  while ((current = gtk_file_chooser_get_current_folder (chooser)) == NULL &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (current);
  g_assert_true (g_file_equal (current, folder));
  settle (50);
}

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

/* The first widget under @root, in the order they are drawn, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget     *root,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_action_button (GtkWidget     *widget,
                  gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
is_labelled_button (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Waits for a widget under @root that @match accepts to be on screen. */
static GtkWidget *
wait_widget (GtkWidget     *root,
             WidgetMatch    match,
             gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;
  GtkWidget *found;

  while ((found = find_widget (root, match, data)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (found);

  return found;
}

/* Clicks the button on screen that runs @action. */
static void
click_action (ZonaWindow *window,
              const char *action)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), is_action_button, action);

  g_assert_nonnull (button);
  click (button);
  settle (50);
}

/* Selects the unit row called @name in the region's list, as a click does. */
static ZonaResultItem *
select_app_unit_row (ZonaWindow *window,
                     const char *name)
{
  GtkColumnView *view = child (window, ZONA_TYPE_WINDOW, "unit_view");
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (view));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (rows, i);

      if (g_strcmp0 (zona_result_item_get_short_name (item), name) == 0)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), i, TRUE);
          settle (20);
          return item;
        }
    }

  g_assert_not_reached ();
}

static void
add_unit (ZonaWindow *window,
          const char *name,
          const char *short_name)
{
  ZonaUnitDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-unit", NULL);
  dialog = wait_toplevel (ZONA_TYPE_UNIT_DIALOG);
  gtk_editable_set_text (child (dialog, ZONA_TYPE_UNIT_DIALOG, "name_row"), name);
  gtk_editable_set_text (child (dialog, ZONA_TYPE_UNIT_DIALOG, "short_row"), short_name);
  click (child (dialog, ZONA_TYPE_UNIT_DIALOG, "save_button"));
  settle (50);
}

/* On a new, empty database: a region, a unit, its first result; deleted, and undone. */
static void
enter_first_result (Fixture         *f,
                    ZonaApplication *app)
{
  ZonaWindow *window = wait_toplevel (ZONA_TYPE_WINDOW);
  ZonaNewRegionDialog *region_dialog;
  ZonaAssessmentDialog *dialog;
  ZonaCategoryChip *chip;
  AdwComboRow *scheme_row;
  GtkSpinButton *year_spin;
  GListModel *schemes;
  ZonaResultItem *row;
  GtkWidget *undo;
  guint ombudsman = GTK_INVALID_LIST_POSITION;

  /* The file from the command line is shown, and it holds no regions yet. */
  g_assert_cmpstr (zona_store_get_path (zona_window_get_store (window)), ==, f->path);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, ZONA_TYPE_WINDOW,
                                                            "main_stack")), ==, "empty");

  /* Region ▸ New Region…: one that the Kemendagri list lacks. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-region", NULL);
  region_dialog = wait_toplevel (ZONA_TYPE_NEW_REGION_DIALOG);
  gtk_editable_set_text (child (region_dialog, ZONA_TYPE_NEW_REGION_DIALOG, "code_row"), "35.30");
  gtk_editable_set_text (child (region_dialog, ZONA_TYPE_NEW_REGION_DIALOG, "name_row"),
                         "Kabupaten Contoh");
  click (child (region_dialog, ZONA_TYPE_NEW_REGION_DIALOG, "save_button"));
  wait_closed (ZONA_TYPE_NEW_REGION_DIALOG);
  g_assert_cmpstr (zona_window_get_region (window), ==, "35.30");

  /* Its first unit. */
  add_unit (window, "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil");
  wait_closed (ZONA_TYPE_UNIT_DIALOG);
  row = select_app_unit_row (window, "Disdukcapil");
  g_assert_null (zona_result_item_get_result (row)->scheme_id);

  /* Its Ombudsman result for 2023, with the category shown while it is typed. */
  click_action (window, "win.add-result");
  dialog = wait_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG);
  scheme_row = child (dialog, ZONA_TYPE_ASSESSMENT_DIALOG, "scheme_row");
  schemes = adw_combo_row_get_model (scheme_row);
  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (schemes), i), "Ombudsman"))
      ombudsman = i;
  g_assert_cmpuint (ombudsman, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (scheme_row, ombudsman);
  year_spin = child (dialog, ZONA_TYPE_ASSESSMENT_DIALOG, "year_spin");
  gtk_editable_set_text (GTK_EDITABLE (year_spin), "2023");
  gtk_spin_button_update (year_spin);
  gtk_editable_set_text (child (dialog, ZONA_TYPE_ASSESSMENT_DIALOG, "score_row"), "90,02");
  settle (20);

  chip = child (dialog, ZONA_TYPE_ASSESSMENT_DIALOG, "category_chip");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chip)));
  g_assert_cmpstr (zona_category_chip_get_label (chip), ==, "Kategori A");

  click (child (dialog, ZONA_TYPE_ASSESSMENT_DIALOG, "save_button"));
  wait_closed (ZONA_TYPE_ASSESSMENT_DIALOG);
  row = select_app_unit_row (window, "Disdukcapil");
  g_assert_cmpstr (zona_result_item_get_score_text (row), ==, "90,02");
  g_assert_cmpint (zona_result_item_get_year (row), ==, 2023);

  /* Deleted with the row's button, and back with the toast's Undo. */
  click_action (window, "win.delete-result");
  row = select_app_unit_row (window, "Disdukcapil");
  g_assert_null (zona_result_item_get_result (row)->scheme_id);

  undo = wait_widget (GTK_WIDGET (window), is_labelled_button, "_Undo");
  click (undo);
  settle (50);
  row = select_app_unit_row (window, "Disdukcapil");
  g_assert_cmpstr (zona_result_item_get_score_text (row), ==, "90,02");
}

static void
test_first_result (Fixture       *f,
                   gconstpointer  data)
{
  const char *argv[] = { "zona", f->path, NULL };
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(ZonaAssessment) result = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *score = NULL;

  /* A new database, as File ▸ New Database… makes: the application creates the demo one only
   * when it starts without a file, and opens the file named on its command line. */
  g_object_unref (zona_store_create (f->path, &error));
  g_assert_no_error (error);

  g_assert_cmpint (run_application (f, argv, enter_first_result), ==, 0);

  /* The file holds what was entered, once, the deletion undone. */
  store = zona_store_open (f->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  region = zona_store_get_region (store, "35.30", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (region->name, ==, "Kabupaten Contoh");
  g_assert_cmpint (region->kind, ==, ZONA_REGION_KABUPATEN);
  unit = zona_store_find_unit (store, "35.30", "Disdukcapil", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (unit->name, ==, "Dinas Kependudukan dan Pencatatan Sipil");

  result = zona_store_get_assessment (store, region->id, unit->id, "ombudsman", 2023, &error);
  g_assert_no_error (error);
  g_assert_true (result->has_score);
  score = zona_score_format (result->score);
  g_assert_cmpstr (score, ==, "90,02");
  results = zona_store_list_assessments (store, "35.30", NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
}

/* The database deleted in the file manager while the window shows it. */
static void
lose_the_file (Fixture         *f,
               ZonaApplication *app)
{
  g_autofree char *copy = g_build_filename (f->dir, "rescued.db", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(ZonaAssessment) kept = NULL;
  g_autoptr(GError) error = NULL;
  ZonaWindow *window = wait_toplevel (ZONA_TYPE_WINDOW);
  ZonaStore *store = zona_window_get_store (window);
  AdwMessageDialog *dialog;
  ZonaUnitDialog *unit_dialog;
  GtkFileChooser *chooser;
  g_autofree char *body = NULL;
  gint64 deadline;

  g_assert_cmpstr (zona_store_get_path (store), ==, f->path);
  g_assert_true (zona_window_select_region (window, "35.77"));
  g_assert_null (find_shown (ADW_TYPE_MESSAGE_DIALOG));

  /* As the file manager deletes it: the file only; SQLite's -wal and -shm stay. */
  g_assert_cmpint (g_unlink (f->path), ==, 0);

  dialog = wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Database Deleted or Moved");
  body = g_strdup (adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (body, "“zona.db” was deleted or moved"));
  g_assert_nonnull (strstr (body, "Save a copy to keep the data shown now"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "save"), ==, "_Save a Copy…");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "open"), ==, "_Open…");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "close"), ==, "_Close");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");

  /* Save a Copy… asks where; cancelled, nothing is saved. */
  click (wait_widget (GTK_WIDGET (dialog), is_labelled_button, "_Save a Copy…"));
  chooser = wait_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  wait_folder (chooser, folder);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  wait_closed (GTK_TYPE_FILE_CHOOSER_DIALOG);
  wait_closed (ADW_TYPE_MESSAGE_DIALOG);

  /* Changes are refused with that message, and write nothing: no new file under the name. */
  select_app_unit_row (window, "Disdukcapil");
  click_action (window, "win.delete-result");
  dialog = wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, body);
  click (wait_widget (GTK_WIDGET (dialog), is_labelled_button, "_Close"));
  wait_closed (ADW_TYPE_MESSAGE_DIALOG);
  region = zona_store_get_region (store, "35.77", &error);
  g_assert_no_error (error);
  unit = zona_store_find_unit (store, "35.77", "Disdukcapil", &error);
  g_assert_no_error (error);
  kept = zona_store_get_assessment (store, region->id, unit->id, "ombudsman", 2023, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  add_unit (window, "Dinas Perhubungan", "Dishub");
  unit_dialog = find_shown (ZONA_TYPE_UNIT_DIALOG);
  g_assert_nonnull (unit_dialog);
  g_assert_nonnull (strstr (gtk_label_get_label (child (unit_dialog, ZONA_TYPE_UNIT_DIALOG,
                                                        "error_label")),
                            "was deleted or moved"));
  gtk_window_destroy (GTK_WINDOW (unit_dialog));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  /* Unasked, the message comes once for one loss, not whenever the window is looked at. */
  settle (100);
  g_assert_null (find_shown (ADW_TYPE_MESSAGE_DIALOG));

  /* File ▸ Save a Copy… rescues the data, and the window goes on in the copy. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-copy", NULL);
  chooser = wait_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (chooser), ==, "zona copy.db");
  wait_folder (chooser, folder);
  gtk_file_chooser_set_current_name (chooser, "rescued.db");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;
  while (g_strcmp0 (zona_store_get_path (zona_window_get_store (window)), copy) != 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (zona_store_get_path (zona_window_get_store (window)), ==, copy);
  g_assert_cmpstr (zona_window_get_region (window), ==, "35.77");

  /* There, changes are saved again. */
  add_unit (window, "Dinas Perhubungan", "Dishub");
  wait_closed (ZONA_TYPE_UNIT_DIALOG);
}

static void
test_file_deleted (Fixture       *f,
                   gconstpointer  data)
{
  const char *argv[] = { "zona", NULL };
  g_autofree char *copy = g_build_filename (f->dir, "rescued.db", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *remembered = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(ZonaUnit) added = NULL;
  g_autoptr(ZonaAssessment) result = NULL;
  g_autoptr(GError) error = NULL;

  /* The demo database, named by $ZONA_DATABASE as a script or a shortcut would. */
  g_object_unref (zona_demo_create (f->path, &error));
  g_assert_no_error (error);
  g_setenv ("ZONA_DATABASE", f->path, TRUE);
  g_assert_cmpint (run_application (f, argv, lose_the_file), ==, 0);
  g_unsetenv ("ZONA_DATABASE");

  /* Nothing came back under the old name, not even when Zona let go of the deleted file. */
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  /* The copy holds the demo's results and the unit added after the rescue, and it is the
   * database Zona starts with next time. */
  store = zona_store_open (copy, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  region = zona_store_get_region (store, "35.77", &error);
  g_assert_no_error (error);
  unit = zona_store_find_unit (store, "35.77", "Disdukcapil", &error);
  g_assert_no_error (error);
  result = zona_store_get_assessment (store, region->id, unit->id, "ombudsman", 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->score, ==, 9620);
  added = zona_store_find_unit (store, "35.77", "Dishub", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (added->name, ==, "Dinas Perhubungan");

  remembered = g_settings_get_string (settings, "database");
  g_assert_cmpstr (remembered, ==, copy);
}

int
main (int   argc,
      char *argv[])
{
  /* Each test gets its own home and data folders: the file chooser keeps a recent list. */
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/ui/app/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("first-result", test_first_result);
  ADD ("file-deleted", test_file_deleted);

#undef ADD

  return g_test_run ();
}
