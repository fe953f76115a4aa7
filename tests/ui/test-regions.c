/* test-regions.c — following, recording and dropping regions in the window, under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zona-demo.h"
#include "zona-new-region-dialog.h"
#include "zona-region-dialog.h"
#include "zona-region-item.h"
#include "zona-round-dialog.h"
#include "zona-store.h"
#include "zona-window.h"
#include "ui-test-utils.h"

static gpointer
open_dialog (WindowFixture    *f,
             const char *action,
             GType       type)
{
  gpointer dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  dialog = find_toplevel (type);
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

/* Whether the sidebar lists the region, as the user sees it. */
static gboolean
sidebar_lists (WindowFixture    *f,
               const char *code)
{
  GtkListView *list = template_child (f->window, ZONA_TYPE_WINDOW, "region_list");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ZonaRegionItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (zona_region_item_get_code (item), code) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether the store lists the region with the ones the user works on. */
static gboolean
store_lists (WindowFixture    *f,
             const char *code)
{
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GError) error = NULL;

  regions = zona_store_list_regions (f->store, ZONA_REGION_LIST_WITH_DATA, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < regions->len; i++)
    if (g_str_equal (((ZonaRegion *) g_ptr_array_index (regions, i))->code, code))
      return TRUE;

  return FALSE;
}

/* Whether the store has the region at all, followed or not. */
static gboolean
store_has (WindowFixture    *f,
           const char *code)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (f->store, code, NULL);

  return region != NULL;
}

static void
follow_from_list (WindowFixture    *f,
                  const char *search)
{
  ZonaRegionDialog *dialog = open_dialog (f, "win.add-region", ZONA_TYPE_REGION_DIALOG);
  GtkListView *list = template_child (dialog, ZONA_TYPE_REGION_DIALOG, "region_list");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));

  /* All 552 regions are there before anything is typed. */
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 500);

  gtk_editable_set_text (template_child (dialog, ZONA_TYPE_REGION_DIALOG, "search_entry"),
                         search);
  settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  g_signal_emit_by_name (list, "activate", 0);
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_REGION_DIALOG));
}

static void
test_follow (WindowFixture       *f,
             gconstpointer  data)
{
  g_assert_false (sidebar_lists (f, "35.02"));
  g_assert_false (store_lists (f, "35.02"));

  follow_from_list (f, "ponorogo");

  g_assert_true (sidebar_lists (f, "35.02"));
  g_assert_cmpstr (zona_window_get_region (f->window), ==, "35.02");
  g_assert_true (store_lists (f, "35.02"));
}

static void
test_unfollow (WindowFixture       *f,
               gconstpointer  data)
{
  follow_from_list (f, "ponorogo");
  g_assert_cmpstr (zona_window_get_region (f->window), ==, "35.02");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unfollow-region",
                                             NULL));
  settle (50);
  g_assert_false (sidebar_lists (f, "35.02"));
  g_assert_false (store_lists (f, "35.02"));

  /* A region with data stays where it is. */
  g_assert_true (zona_window_select_region (f->window, "35.77"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unfollow-region",
                                             NULL));
  settle (50);
  g_assert_true (sidebar_lists (f, "35.77"));
}

/* Deletes the shown region, answering the confirmation with @response. */
static void
delete_region (WindowFixture    *f,
               const char *response)
{
  g_autoptr(AdwMessageDialog) dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-region",
                                             NULL));
  dialog = g_object_ref (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  /* A click on a response button answers and closes; response() only answers. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (50);
}

static void
test_new_region_malformed (WindowFixture       *f,
                           gconstpointer  data)
{
  ZonaNewRegionDialog *dialog = open_dialog (f, "win.new-region", ZONA_TYPE_NEW_REGION_DIALOG);
  GtkLabel *message = template_child (dialog, ZONA_TYPE_NEW_REGION_DIALOG, "code_message");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  before = zona_store_list_regions (f->store, ZONA_REGION_LIST_ALL, &error);
  g_assert_no_error (error);

  gtk_editable_set_text (template_child (dialog, ZONA_TYPE_NEW_REGION_DIALOG, "code_row"),
                         "35.7");
  gtk_editable_set_text (template_child (dialog, ZONA_TYPE_NEW_REGION_DIALOG, "name_row"),
                         "Kabupaten Contoh");
  click (template_child (dialog, ZONA_TYPE_NEW_REGION_DIALOG, "save_button"));
  settle (50);

  /* Core's reason is on the field, the dialog stays, and nothing is written. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "35.7"));
  g_assert_true (gtk_widget_has_css_class (template_child (dialog, ZONA_TYPE_NEW_REGION_DIALOG,
                                                           "code_row"), "error"));
  g_assert_true (find_toplevel (ZONA_TYPE_NEW_REGION_DIALOG) == dialog);
  after = zona_store_list_regions (f->store, ZONA_REGION_LIST_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_false (store_has (f, "35.7"));

  /* Correcting the code clears the message; a well-formed new code is recorded, followed
   * and shown. */
  gtk_editable_set_text (template_child (dialog, ZONA_TYPE_NEW_REGION_DIALOG, "code_row"),
                         "35.68");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  click (template_child (dialog, ZONA_TYPE_NEW_REGION_DIALOG, "save_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_NEW_REGION_DIALOG));
  g_assert_true (store_lists (f, "35.68"));
  g_assert_cmpstr (zona_window_get_region (f->window), ==, "35.68");

  /* Added by mistake: it goes again once confirmed, and a region with data is refused. */
  delete_region (f, "cancel");
  g_assert_true (store_has (f, "35.68"));
  delete_region (f, "delete");
  g_assert_false (store_has (f, "35.68"));
  g_assert_false (sidebar_lists (f, "35.68"));

  g_assert_true (zona_window_select_region (f->window, "35.77"));
  delete_region (f, "delete");
  g_assert_true (sidebar_lists (f, "35.77"));
  g_assert_true (store_has (f, "35.77"));
}

static void
collect_checks (GtkWidget *widget,
                GPtrArray *checks)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    g_ptr_array_add (checks, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_checks (child, checks);
}

static guint
count_active (GPtrArray *checks)
{
  guint n = 0;

  for (guint i = 0; i < checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (checks, i)) ? 1 : 0;

  return n;
}

static void
test_start_round (WindowFixture       *f,
                  gconstpointer  data)
{
  ZonaUnit unit = { .name = (char *) "Dinas Perpustakaan", .kind = (char *) "dinas" };
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  ZonaRoundDialog *dialog;
  GtkSpinButton *year_spin;
  GtkWidget *start_button;

  g_assert_cmpint (zona_store_add_unit (f->store, "35.77", &unit, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (zona_window_select_region (f->window, "35.77"));

  dialog = open_dialog (f, "win.start-round", ZONA_TYPE_ROUND_DIALOG);
  year_spin = template_child (dialog, ZONA_TYPE_ROUND_DIALOG, "year_spin");
  start_button = template_child (dialog, ZONA_TYPE_ROUND_DIALOG, "start_button");
  collect_checks (template_child (dialog, ZONA_TYPE_ROUND_DIALOG, "units_group"), checks);
  g_assert_cmpuint (checks->len, ==, 8);

  /* Nobody had a result the year before 2031: nothing is chosen and nothing can start. */
  gtk_spin_button_set_value (year_spin, 2031);
  g_assert_cmpuint (count_active (checks), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (start_button));

  /* For 2024, the seven units with a 2023 result are chosen, the new unit is not. */
  gtk_spin_button_set_value (year_spin, 2024);
  g_assert_cmpuint (count_active (checks), ==, 7);
  click (start_button);
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_ROUND_DIALOG));

  drafts = zona_store_list_assessments (f->store, "35.77", "ombudsman", 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 7);
  for (guint i = 0; i < drafts->len; i++)
    {
      const ZonaAssessment *draft = g_ptr_array_index (drafts, i);

      g_assert_cmpint (draft->status, ==, ZONA_STATUS_DRAFT);
      g_assert_false (draft->has_score);
      g_assert_cmpint (draft->unit_id, !=, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/regions/" path, WindowFixture, NULL, window_fixture_set_up, func, window_fixture_tear_down)

  ADD ("follow", test_follow);
  ADD ("unfollow", test_unfollow);
  ADD ("new-region", test_new_region_malformed);
  ADD ("start-round", test_start_round);

  return g_test_run ();
}
