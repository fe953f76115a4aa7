/* test-evidence.c — a unit's evidence checklist in the window: opening it, editing an item,
 * a date refused, attaching documents by the chooser's path and by dropping; under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the page shows is checked against core (zona_store_list_evidence and its progress), and
 * what the window stored is read back through core: the bytes of an attached file by their
 * SHA-256, the statuses and their history.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zona-checklist-item.h"
#include "zona-checklist-row.h"
#include "zona-evidence-dialog.h"
#include "zona-evidence-page.h"
#include "zona-evidence-rounds.h"
#include "zona-evidence.h"
#include "zona-paths.h"
#include "zona-result-item.h"
#include "zona-window.h"
#include "ui-test-utils.h"

/* Kota Madiun: its PEKPPP round of 2024 has checklists in the demo data. */
#define KOTA_MADIUN "35.77"

/* Selects the unit's PEKPPP row in the unit list. */
static void
select_pekppp_row (WindowFixture *f,
                   const char    *short_name)
{
  GtkSelectionModel *rows = gtk_column_view_get_model (window_child (f, "unit_view"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (g_strcmp0 (zona_result_item_get_short_name (item), short_name) == 0 &&
          g_strcmp0 (zona_result_item_get_result (item)->scheme_id, "pekppp") == 0)
        {
          gtk_selection_model_select_item (rows, i, TRUE);
          return;
        }
    }

  g_assert_not_reached ();
}

static ZonaEvidencePage *
open_checklist (WindowFixture *f,
                const char    *short_name)
{
  g_assert_true (zona_window_select_region (f->window, KOTA_MADIUN));
  settle (20);
  select_pekppp_row (f, short_name);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-evidence", NULL));
  settle (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (f, "content_stack")), ==,
                   "evidence");

  return window_child (f, "evidence_page");
}

static GPtrArray *
core_items (WindowFixture *f,
            gint64         unit_id)
{
  ZonaEvidenceFilter filter = { .unit_id = unit_id, .scheme_id = "pekppp", .year = 2024 };
  g_autoptr(GError) error = NULL;
  GPtrArray *items = zona_store_list_evidence (f->store, &filter, &error);

  g_assert_no_error (error);

  return items;
}

static ZonaEvidenceItem *
core_item (WindowFixture *f,
           gint64         item_id)
{
  g_autoptr(GError) error = NULL;
  ZonaEvidenceItem *item = zona_store_get_evidence_item (f->store, item_id, &error);

  g_assert_no_error (error);

  return item;
}

/* The position of the first item of the page that satisfies @wanted. */
static guint
find_position (ZonaEvidencePage *page,
               gboolean (*wanted) (const ZonaEvidenceItem *item))
{
  GListModel *items = zona_evidence_page_get_items (page);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(ZonaChecklistItem) item = g_list_model_get_item (items, i);

      if (wanted (zona_checklist_item_get_item (item)))
        return i;
    }

  g_assert_not_reached ();
}

static gboolean
is_missing (const ZonaEvidenceItem *item)
{
  return item->status == ZONA_EVIDENCE_BELUM_ADA && item->attachment_id == 0;
}

/* Activates the row at @position as a click does, and returns the dialog it opens. */
static ZonaEvidenceDialog *
activate_item (ZonaEvidencePage *page,
               guint             position)
{
  GtkWidget *list_view = template_child (page, ZONA_TYPE_EVIDENCE_PAGE, "list_view");
  ZonaEvidenceDialog *dialog;

  g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", position));
  settle (50);
  dialog = find_toplevel (ZONA_TYPE_EVIDENCE_DIALOG);
  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

static gpointer
dialog_child (ZonaEvidenceDialog *dialog,
              const char         *name)
{
  return template_child (dialog, ZONA_TYPE_EVIDENCE_DIALOG, name);
}

static gint64
item_id_at (ZonaEvidencePage *page,
            guint             position)
{
  g_autoptr(ZonaChecklistItem) item = g_list_model_get_item (zona_evidence_page_get_items (page),
                                                             position);

  return zona_checklist_item_get_id (item);
}

/* The checklist shows core's items in core's order, with core's progress, under the unit's
 * name; the way back leads to the region's page with the unit's row selected. */
static void
test_open (WindowFixture *f,
           gconstpointer  data)
{
  g_autoptr(ZonaUnit) unit = find_unit (f, "Disdukcapil");
  g_autoptr(GPtrArray) items = core_items (f, unit->id);
  ZonaEvidenceFilter filter = { .unit_id = unit->id, .scheme_id = "pekppp", .year = 2024 };
  ZonaEvidenceProgress progress = { 0 };
  ZonaEvidencePage *page = open_checklist (f, "Disdukcapil");
  GListModel *shown = zona_evidence_page_get_items (page);
  GtkLabel *progress_label = template_child (page, ZONA_TYPE_EVIDENCE_PAGE, "progress_label");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = NULL;
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;
  ZonaResultItem *selected;

  g_assert_cmpuint (items->len, >, 10);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(ZonaChecklistItem) item = g_list_model_get_item (shown, i);
      const ZonaEvidenceItem *expected = g_ptr_array_index (items, i);

      g_assert_cmpint (zona_checklist_item_get_id (item), ==, expected->id);
      /* An indicator's first item carries its heading, the others none. */
      if (i == 0 ||
          g_strcmp0 (expected->indicator_code,
                     ((ZonaEvidenceItem *) g_ptr_array_index (items, i - 1))->indicator_code) != 0)
        {
          g_assert_nonnull (zona_checklist_item_get_heading (item));
          if (expected->indicator_code != NULL)
            g_assert_true (g_str_has_prefix (zona_checklist_item_get_heading (item),
                                             expected->indicator_code));
        }
      else
        g_assert_null (zona_checklist_item_get_heading (item));
    }

  today = g_date_time_format (now, "%Y-%m-%d");
  zona_store_get_evidence_progress (f->store, &filter, today, &progress, &error);
  g_assert_no_error (error);
  done = g_strdup_printf ("%u of %u documents done (%u %%)", progress.n_done, progress.n_items,
                          progress.percent_done);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (progress_label), done));
  g_free (progress.unit_name);
  g_free (progress.scheme_id);

  g_assert_cmpstr (adw_window_title_get_title (window_child (f, "region_title")), ==,
                   unit->name);
  /* The round is the scheme's own name and the year: "PEKPPP Tatap Muka 2024". */
  g_assert_true (g_str_has_prefix (adw_window_title_get_subtitle (window_child (f, "region_title")),
                                   "PEKPPP"));
  g_assert_true (g_str_has_suffix (adw_window_title_get_subtitle (window_child (f, "region_title")),
                                   " 2024"));

  /* Escape leads back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unit-back", NULL));
  settle (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_child (f, "content_stack")), ==,
                   "region");
  selected = gtk_single_selection_get_selected_item (
               GTK_SINGLE_SELECTION (gtk_column_view_get_model (window_child (f, "unit_view"))));
  g_assert_nonnull (selected);
  g_assert_cmpint (zona_result_item_get_result (selected)->unit_id, ==, unit->id);
}

/* A status, a person and a due date set in the dialog are saved through core, recorded in
 * the item's history, and shown on the item's row. */
static void
test_edit (WindowFixture *f,
           gconstpointer  data)
{
  ZonaEvidencePage *page = open_checklist (f, "Disdukcapil");
  guint position = find_position (page, is_missing);
  gint64 item_id = item_id_at (page, position);
  ZonaEvidenceDialog *dialog = activate_item (page, position);
  g_autoptr(ZonaEvidenceItem) saved = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(ZonaChecklistItem) shown = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaEvidenceChange *last;

  adw_combo_row_set_selected (dialog_child (dialog, "status_row"), ZONA_EVIDENCE_MEMENUHI);
  gtk_editable_set_text (dialog_child (dialog, "person_row"), "Kasi Identitas Penduduk");
  /* Typed as Indonesian forms write dates. */
  gtk_editable_set_text (dialog_child (dialog, "due_row"), "30-04-2024");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (dialog_child (dialog, "notes_view")),
                            "Diminta lewat surat 12 April", -1);
  click (dialog_child (dialog, "save_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_EVIDENCE_DIALOG));

  saved = core_item (f, item_id);
  g_assert_cmpint (saved->status, ==, ZONA_EVIDENCE_MEMENUHI);
  g_assert_cmpstr (saved->person_in_charge, ==, "Kasi Identitas Penduduk");
  g_assert_cmpstr (saved->due_date, ==, "2024-04-30");
  g_assert_cmpstr (saved->notes, ==, "Diminta lewat surat 12 April");

  changes = zona_store_list_evidence_changes (f->store, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, >=, 1);
  for (guint i = 0; i < changes->len; i++)
    {
      last = g_ptr_array_index (changes, i);
      if (last->kind == ZONA_EVIDENCE_CHANGE_STATUS)
        break;
      last = NULL;
    }
  g_assert_nonnull (last);
  g_assert_cmpint (last->old_status, ==, ZONA_EVIDENCE_BELUM_ADA);
  g_assert_cmpint (last->new_status, ==, ZONA_EVIDENCE_MEMENUHI);

  /* The page shows the item as saved. */
  shown = g_list_model_get_item (zona_evidence_page_get_items (page), position);
  g_assert_cmpint (zona_checklist_item_get_id (shown), ==, item_id);
  g_assert_cmpint (zona_checklist_item_get_item (shown)->status, ==, ZONA_EVIDENCE_MEMENUHI);
}

/* A due date that is no date is marked as typed; saving shows core's message, keeps the dialog
 * open with what was typed, and changes nothing. */
static void
test_bad_date (WindowFixture *f,
               gconstpointer  data)
{
  ZonaEvidencePage *page = open_checklist (f, "Disdukcapil");
  guint position = find_position (page, is_missing);
  gint64 item_id = item_id_at (page, position);
  g_autoptr(ZonaEvidenceItem) before = core_item (f, item_id);
  g_autoptr(ZonaEvidenceItem) after = NULL;
  ZonaEvidenceDialog *dialog = activate_item (page, position);
  GtkWidget *due_row = dialog_child (dialog, "due_row");

  adw_combo_row_set_selected (dialog_child (dialog, "status_row"), ZONA_EVIDENCE_DIUNGGAH);
  gtk_editable_set_text (GTK_EDITABLE (due_row), "2024-02-30");
  g_assert_true (gtk_widget_has_css_class (due_row, "error"));
  click (dialog_child (dialog, "save_button"));
  settle (20);

  g_assert_true (find_toplevel (ZONA_TYPE_EVIDENCE_DIALOG) == dialog);
  g_assert_true (gtk_revealer_get_reveal_child (dialog_child (dialog, "error_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog_child (dialog, "error_label")),
                            "2024-02-30"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, "2024-02-30");

  after = core_item (f, item_id);
  g_assert_cmpint (after->status, ==, before->status);
  g_assert_cmpstr (after->due_date, ==, before->due_date);

  /* Corrected, the mark goes. */
  gtk_editable_set_text (GTK_EDITABLE (due_row), "2024-02-29");
  g_assert_false (gtk_widget_has_css_class (due_row, "error"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (20);
}

static char *
write_file (WindowFixture *f,
            const char    *name,
            gsize          size,
            guint32        seed)
{
  g_autofree guchar *bytes = g_malloc (size + 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  for (gsize i = 0; i < size; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_file_set_contents (path, (char *) bytes, size, &error);
  g_assert_no_error (error);

  return path;
}

static char *
file_sha256 (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);
}

static void
wait_attached (ZonaEvidenceDialog *dialog)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (zona_evidence_dialog_is_busy (dialog) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (zona_evidence_dialog_is_busy (dialog));
  settle (20);
}

/* The checklist row widget that shows @item_id, found among the list's rows on screen. */
static ZonaChecklistRow *
find_row (GtkWidget *widget,
          gint64     item_id)
{
  if (ZONA_IS_CHECKLIST_ROW (widget))
    {
      ZonaChecklistItem *item = zona_checklist_row_get_item (ZONA_CHECKLIST_ROW (widget));

      return item != NULL && zona_checklist_item_get_id (item) == item_id
             ? ZONA_CHECKLIST_ROW (widget) : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ZonaChecklistRow *row = find_row (child, item_id);

      if (row != NULL)
        return row;
    }

  return NULL;
}

/* Drops @path on the row's drop target, as a file manager's drag does. */
static void
drop_file (GtkWidget  *row,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList *files = g_slist_prepend (NULL, file);
  GdkFileList *list = gdk_file_list_new_from_list (files);
  GValue value = G_VALUE_INIT;
  GtkEventController *drop = NULL;
  gboolean accepted = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL && drop == NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (child);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_DROP_TARGET (controller))
            drop = controller;
        }
    }
  g_assert_nonnull (drop);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, list);
  g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);
  g_assert_true (accepted);
}

/* A file attached through the dialog (the chooser's own code path) is stored whole: the bytes
 * read back through core have the file's SHA-256, and the dialog shows it. A file dropped on
 * the item's row afterwards becomes the current document, and the first is kept as an earlier
 * version. An empty file is refused with core's message, and nothing is stored. */
static void
test_attach (WindowFixture *f,
             gconstpointer  data)
{
  ZonaEvidencePage *page = open_checklist (f, "Disdukcapil");
  guint position = find_position (page, is_missing);
  gint64 item_id = item_id_at (page, position);
  ZonaEvidenceDialog *dialog = activate_item (page, position);
  g_autofree char *scan = write_file (f, "SK Standar Pelayanan.pdf", 3 * 1024 * 1024 + 17, 1);
  g_autofree char *newer = write_file (f, "SK Standar Pelayanan (revisi).pdf", 40000, 2);
  g_autofree char *empty = write_file (f, "kosong.pdf", 0, 3);
  g_autofree char *expected = file_sha256 (scan);
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autofree char *saved_path = NULL;
  g_autofree char *saved_sha = NULL;
  g_autoptr(GFile) scan_file = g_file_new_for_path (scan);
  g_autoptr(GFile) empty_file = g_file_new_for_path (empty);
  g_autoptr(ZonaEvidenceItem) item = NULL;
  g_autoptr(ZonaEvidenceItem) after_drop = NULL;
  g_autoptr(ZonaAttachment) attachment = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  ZonaChecklistRow *row;
  gint64 deadline;

  zona_evidence_dialog_attach_file (dialog, scan_file);
  g_assert_true (zona_evidence_dialog_is_busy (dialog));
  wait_attached (dialog);
  g_assert_false (gtk_revealer_get_reveal_child (dialog_child (dialog, "error_revealer")));

  item = core_item (f, item_id);
  g_assert_cmpint (item->attachment_id, !=, 0);
  g_assert_cmpstr (item->filename, ==, "SK Standar Pelayanan.pdf");
  attachment = zona_store_get_attachment (f->store, item->attachment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (attachment->sha256, ==, expected);
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  saved_path = zona_store_save_attachment (f->store, item->attachment_id, out, NULL, FALSE, NULL,
                                           &error);
  g_assert_no_error (error);
  saved_sha = file_sha256 (saved_path);
  g_assert_cmpstr (saved_sha, ==, expected);
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "file_row")));
  g_assert_cmpstr (adw_preferences_row_get_title (dialog_child (dialog, "file_row")), ==,
                   "SK Standar Pelayanan.pdf");

  /* An empty file: core's refusal, shown; the document stays the one stored. */
  zona_evidence_dialog_attach_file (dialog, empty_file);
  wait_attached (dialog);
  g_assert_true (gtk_revealer_get_reveal_child (dialog_child (dialog, "error_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog_child (dialog, "error_label")),
                            "kosong.pdf"));
  g_clear_pointer (&item, zona_evidence_item_free);
  item = core_item (f, item_id);
  g_assert_cmpint (item->attachment_id, ==, attachment->id);

  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (50);

  /* Dropped on the item's row in the checklist. */
  zona_evidence_page_focus_item (page, item_id);
  settle (50);
  row = find_row (GTK_WIDGET (page), item_id);
  g_assert_nonnull (row);
  drop_file (GTK_WIDGET (row), newer);
  deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  while (zona_window_is_attaching (f->window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  settle (50);

  after_drop = core_item (f, item_id);
  g_assert_cmpstr (after_drop->filename, ==, "SK Standar Pelayanan (revisi).pdf");
  versions = zona_store_list_attachments (f->store, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  for (guint i = 0; i < versions->len; i++)
    {
      const ZonaAttachment *version = g_ptr_array_index (versions, i);

      if (version->id == attachment->id)
        g_assert_cmpint (version->replaced_by, ==, after_drop->attachment_id);
    }

  /* The page's row shows the new file. */
  {
    g_autoptr(ZonaChecklistItem) shown = g_list_model_get_item (zona_evidence_page_get_items (page),
                                                                position);

    g_assert_cmpstr (zona_checklist_item_get_item (shown)->filename, ==,
                     "SK Standar Pelayanan (revisi).pdf");
  }
}

/* The limit set in the preferences holds for the dialog opened after it: a file over it is
 * refused with a message naming the file, and nothing is stored. */
static void
test_limit (WindowFixture *f,
            gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ZonaEvidencePage *page = open_checklist (f, "Disdukcapil");
  guint position = find_position (page, is_missing);
  gint64 item_id = item_id_at (page, position);
  g_autofree char *big = write_file (f, "Pindaian besar.pdf", 1500 * 1000, 4);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(ZonaEvidenceItem) item = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  ZonaEvidenceDialog *dialog;

  g_settings_set_int (settings, "attachment-limit-mb", 1);
  dialog = activate_item (page, position);
  zona_evidence_dialog_attach_file (dialog, big_file);
  wait_attached (dialog);
  g_assert_true (gtk_revealer_get_reveal_child (dialog_child (dialog, "error_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_label (dialog_child (dialog, "error_label")),
                            "Pindaian besar.pdf"));
  item = core_item (f, item_id);
  g_assert_cmpint (item->attachment_id, ==, 0);
  versions = zona_store_list_attachments (f->store, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (20);

  /* Raised again, the same file goes in. */
  g_settings_set_int (settings, "attachment-limit-mb", 2);
  dialog = activate_item (page, position);
  zona_evidence_dialog_attach_file (dialog, big_file);
  wait_attached (dialog);
  g_assert_false (gtk_revealer_get_reveal_child (dialog_child (dialog, "error_revealer")));
  g_clear_pointer (&item, zona_evidence_item_free);
  item = core_item (f, item_id);
  g_assert_cmpstr (item->filename, ==, "Pindaian besar.pdf");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings, "attachment-limit-mb");
}

/* The checklist and an item's dialog in the language asked for: evidence-<lang>.png,
 * evidence-dark-<lang>.png, evidence-narrow-<lang>.png and evidence-item-<lang>.png. */
static void
test_screenshot (WindowFixture *f,
                 gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  AdwStyleManager *style = adw_style_manager_get_default ();
  ZonaEvidencePage *page;
  ZonaEvidenceDialog *dialog;
  g_autofree char *wide = NULL;
  g_autofree char *dark = NULL;
  g_autofree char *narrow = NULL;
  g_autofree char *item = NULL;

  if (language == NULL || *language == '\0')
    language = "en";

  page = open_checklist (f, "Disdukcapil");
  wide = screenshot_path (f->dir, "evidence", language);
  render_to_file (GTK_WIDGET (f->window), wide);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = screenshot_path (f->dir, "evidence-dark", language);
  render_to_file (GTK_WIDGET (f->window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  dialog = activate_item (page, 1);
  item = screenshot_path (f->dir, "evidence-item", language);
  render_to_file (GTK_WIDGET (dialog), item);
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (20);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  settle (100);
  narrow = screenshot_path (f->dir, "evidence-narrow", language);
  render_to_file (GTK_WIDGET (f->window), narrow);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);

  ui_test_init (&argc, &argv);

  g_test_add ("/ui/evidence/open", WindowFixture, NULL, window_fixture_set_up, test_open,
              window_fixture_tear_down);
  g_test_add ("/ui/evidence/edit", WindowFixture, NULL, window_fixture_set_up, test_edit,
              window_fixture_tear_down);
  g_test_add ("/ui/evidence/bad-date", WindowFixture, NULL, window_fixture_set_up,
              test_bad_date, window_fixture_tear_down);
  g_test_add ("/ui/evidence/attach", WindowFixture, NULL, window_fixture_set_up, test_attach,
              window_fixture_tear_down);
  g_test_add ("/ui/evidence/limit", WindowFixture, NULL, window_fixture_set_up, test_limit,
              window_fixture_tear_down);
  g_test_add ("/ui/evidence/screenshot", WindowFixture, NULL, window_fixture_set_up,
              test_screenshot, window_fixture_tear_down);

  return g_test_run ();
}
