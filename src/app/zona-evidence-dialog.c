/* zona-evidence-dialog.c — one evidence item: its progress, its document, its notes
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "zona-attach-task.h"
#include "zona-date-text.h"
#include "zona-evidence-dialog.h"
#include "zona-evidence.h"

/* The item's fields are edited here and saved together through core, which checks them (a
 * date that is no date, a status out of range) and says why; nothing is written then, and the
 * dialog stays open with what was typed. A document is different: it is stored the moment it
 * is attached, on a thread of its own (zona-attach-task.c), and the dialog says so. Opening
 * a document saves a copy into the user's cache folder and hands it to the desktop's default
 * application; "Save a Copy As…" writes it where the user chooses. */
struct _ZonaEvidenceDialog
{
  AdwWindow         parent_instance;

  ZonaStore        *store;
  ZonaEvidenceItem *item;
  gint64            size_limit;
  guint             n_attaching;
  GPtrArray        *history_rows;   /* rows added to history_row */
  GtkNativeDialog  *chooser;

  /* Template widgets */
  GtkWidget        *content_box;
  AdwWindowTitle   *window_title;
  GtkWidget        *save_button;
  GtkLabel         *title_label;
  GtkLabel         *code_label;
  GtkLabel         *guidance_label;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwComboRow      *status_row;
  AdwEntryRow      *person_row;
  AdwEntryRow      *due_row;
  GtkCalendar      *due_calendar;
  AdwPreferencesGroup *file_group;
  GtkWidget        *attach_spinner;
  GtkWidget        *attach_button;
  AdwActionRow     *file_row;
  GtkWidget        *no_file_row;
  AdwExpanderRow   *history_row;
  AdwEntryRow      *effective_row;
  GtkCalendar      *effective_calendar;
  GtkTextView      *notes_view;
  GtkTextView      *comment_view;
  GtkWidget        *remove_button;
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaEvidenceDialog, zona_evidence_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static void
show_error (ZonaEvidenceDialog *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  if (text[0] == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* A date as typed: "2024-04-23" as core keeps dates, or "23-04-2024" and "23/04/2024" as they
 * are written on Indonesian forms, turned into the former. Anything else is passed on as it
 * is, for core to refuse with its message. */
static char *
normalise_date (const char *text)
{
  guint day, month, year;
  char sep1, sep2;
  int consumed = 0;

  if (text == NULL)
    return NULL;

  if (sscanf (text, "%2u%c%2u%c%4u%n", &day, &sep1, &month, &sep2, &year, &consumed) == 5 &&
      text[consumed] == '\0' && sep1 == sep2 && (sep1 == '-' || sep1 == '/') && year >= 1000 &&
      g_date_valid_dmy (day, month, year))
    return g_strdup_printf ("%04u-%02u-%02u", year, month, day);

  return g_strdup (text);
}

/* Marks a date field that is no date, as the user types, in core's words. */
static gboolean
check_date (AdwEntryRow *row)
{
  g_autofree char *typed = entry_text (row);
  g_autofree char *date = normalise_date (typed);
  gboolean valid = date == NULL || zona_evidence_date_is_valid (date);

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");

  return valid;
}

static void
on_date_changed (ZonaEvidenceDialog *self,
                 AdwEntryRow        *row)
{
  if (check_date (row))
    show_error (self, NULL);
}

static void
set_date_from_calendar (AdwEntryRow *row,
                        GtkCalendar *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = zona_date_from_gdate (date);
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
on_due_day_selected (ZonaEvidenceDialog *self,
                     GtkCalendar        *calendar)
{
  set_date_from_calendar (self->due_row, calendar);
}

static void
on_effective_day_selected (ZonaEvidenceDialog *self,
                           GtkCalendar        *calendar)
{
  set_date_from_calendar (self->effective_row, calendar);
}

/* Puts the calendar on the date in @row, when there is one. */
static void
select_calendar_day (GtkCalendar *calendar,
                     const char  *date)
{
  g_autoptr(GDateTime) day = NULL;
  int year, month, mday;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &mday) != 3)
    return;

  if ((day = g_date_time_new_local (year, month, mday, 12, 0, 0)) != NULL)
    gtk_calendar_select_day (calendar, day);
}

static void
on_save_clicked (ZonaEvidenceDialog *self)
{
  g_autoptr(ZonaEvidenceItem) edited = NULL;
  g_autofree char *due = NULL;
  g_autofree char *effective = NULL;
  g_autoptr(GError) error = NULL;
  gboolean due_valid = check_date (self->due_row);
  gboolean effective_valid = check_date (self->effective_row);

  edited = zona_store_get_evidence_item (self->store, self->item->id, &error);
  if (edited == NULL)
    {
      show_error (self, error->message);
      return;
    }

  due = entry_text (self->due_row);
  effective = entry_text (self->effective_row);

  edited->status = adw_combo_row_get_selected (self->status_row);
  g_free (edited->person_in_charge);
  edited->person_in_charge = entry_text (self->person_row);
  g_free (edited->due_date);
  edited->due_date = normalise_date (due);
  g_free (edited->effective_date);
  edited->effective_date = normalise_date (effective);
  g_free (edited->notes);
  edited->notes = view_text (self->notes_view);
  g_free (edited->reviewer_comment);
  edited->reviewer_comment = view_text (self->comment_view);

  if (!zona_store_update_evidence_item (self->store, edited, &error))
    {
      show_error (self, error->message);
      if (!due_valid)
        gtk_widget_grab_focus (GTK_WIDGET (self->due_row));
      else if (!effective_valid)
        gtk_widget_grab_focus (GTK_WIDGET (self->effective_row));
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Documents: the current one and the ones it replaced */

static char *
describe_attachment (const ZonaAttachment *attachment)
{
  g_autofree char *size = g_format_size (attachment->size);
  g_autofree char *added = NULL;
  g_autofree char *day = NULL;

  if (attachment->added_at != NULL)
    {
      day = g_strndup (attachment->added_at, 10);
      added = zona_date_text (day);
    }

  /* Translators: a stored file's size and the day it was attached,
   * "1.2 MB, attached 23 April 2024" */
  return g_strdup_printf (_("%s, attached %s"), size, added != NULL ? added : "");
}

static void open_attachment (ZonaEvidenceDialog *self,
                             gint64              attachment_id);
static void save_attachment_as (ZonaEvidenceDialog *self,
                                gint64              attachment_id);

static void
on_history_open_clicked (GtkButton *button,
                         gpointer   user_data)
{
  ZonaEvidenceDialog *self = ZONA_EVIDENCE_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));

  open_attachment (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "attachment")));
}

static void
on_history_save_clicked (GtkButton *button,
                         gpointer   user_data)
{
  ZonaEvidenceDialog *self = ZONA_EVIDENCE_DIALOG (gtk_widget_get_root (GTK_WIDGET (button)));

  save_attachment_as (self,
                      GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "attachment")));
}

static GtkWidget *
history_button (const char *icon,
                const char *tooltip,
                gint64      attachment_id,
                GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "attachment", GSIZE_TO_POINTER (attachment_id));
  g_signal_connect (button, "clicked", callback, NULL);

  return button;
}

/* Reads the item's documents afresh and shows them. */
static void
show_files (ZonaEvidenceDialog *self)
{
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaAttachment *current = NULL;
  guint n_earlier = 0;

  for (guint i = 0; i < self->history_rows->len; i++)
    adw_expander_row_remove (self->history_row, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);

  attachments = zona_store_list_attachments (self->store, self->item->id, &error);
  if (attachments == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < attachments->len; i++)
    {
      const ZonaAttachment *attachment = g_ptr_array_index (attachments, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (attachment->replaced_by == 0 && current == NULL)
        {
          current = attachment;
          continue;
        }

      subtitle = describe_attachment (attachment);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), attachment->filename);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 history_button ("document-open-symbolic", _("Open"),
                                                 attachment->id,
                                                 G_CALLBACK (on_history_open_clicked)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 history_button ("document-save-as-symbolic",
                                                 _("Save a Copy As…"), attachment->id,
                                                 G_CALLBACK (on_history_save_clicked)));
      adw_expander_row_add_row (self->history_row, row);
      g_ptr_array_add (self->history_rows, row);
      n_earlier++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->file_row), current != NULL);
  gtk_widget_set_visible (self->no_file_row, current == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->history_row), n_earlier > 0);

  if (current != NULL)
    {
      g_autofree char *subtitle = describe_attachment (current);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), current->filename);
      adw_action_row_set_subtitle (self->file_row, subtitle);
      self->item->attachment_id = current->id;
    }
  else
    self->item->attachment_id = 0;

  {
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u earlier version",
                                                           "%u earlier versions", n_earlier),
                                              n_earlier);

    adw_expander_row_set_subtitle (self->history_row, count);
  }
}

static void
open_attachment (ZonaEvidenceDialog *self,
                 gint64              attachment_id)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAppLaunchContext) context = NULL;
  char id[32];

  /* Each attachment has a folder of its own, so that two versions of one name do not meet. */
  g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, attachment_id);
  folder = g_build_filename (g_get_user_cache_dir (), "zona", "opened", id, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      show_error (self, g_strerror (saved_errno));
      return;
    }

  path = zona_store_save_attachment (self->store, attachment_id, folder, NULL, TRUE, NULL,
                                     &error);
  if (path == NULL)
    {
      show_error (self, error->message);
      return;
    }

  uri = g_filename_to_uri (path, NULL, NULL);
  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
                                    gtk_widget_get_display (GTK_WIDGET (self))));
  if (!g_app_info_launch_default_for_uri (uri, context, &error))
    {
      g_autofree char *message = g_strdup_printf (_("No application could open “%s”: %s"),
                                                  path, error->message);

      show_error (self, message);
      return;
    }

  show_error (self, NULL);
}

static void
on_open_clicked (ZonaEvidenceDialog *self)
{
  if (self->item->attachment_id != 0)
    open_attachment (self, self->item->attachment_id);
}

static void
on_save_chooser_response (GtkNativeDialog    *chooser,
                          int                 response,
                          ZonaEvidenceDialog *self)
{
  gint64 attachment_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "attachment"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (parent = g_file_get_parent (file)) != NULL &&
      (folder = g_file_get_path (parent)) != NULL)
    {
      name = g_file_get_basename (file);
      /* The chooser has asked before replacing a file of that name. */
      saved = zona_store_save_attachment (self->store, attachment_id, folder, name, TRUE, NULL,
                                          &error);
      show_error (self, saved == NULL ? error->message : NULL);
    }

  g_clear_object (&self->chooser);
}

static void
save_attachment_as (ZonaEvidenceDialog *self,
                    gint64              attachment_id)
{
  g_autoptr(ZonaAttachment) attachment = NULL;
  g_autoptr(GError) error = NULL;
  GtkFileChooserNative *chooser;

  if ((attachment = zona_store_get_attachment (self->store, attachment_id, &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save a Copy of the Document"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), attachment->filename);
  g_object_set_data (G_OBJECT (chooser), "attachment", GSIZE_TO_POINTER (attachment_id));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_chooser_response), self, 0);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  gtk_native_dialog_show (self->chooser);
}

static void
on_save_as_clicked (ZonaEvidenceDialog *self)
{
  if (self->item->attachment_id != 0)
    save_attachment_as (self, self->item->attachment_id);
}

/* Attaching */

static void
update_busy (ZonaEvidenceDialog *self)
{
  gboolean busy = self->n_attaching > 0;

  gtk_widget_set_visible (self->attach_spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->attach_spinner), busy);
  gtk_widget_set_sensitive (self->attach_button, !busy);
}

static void
on_attached (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ZonaEvidenceDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) item = NULL;

  self->n_attaching--;
  update_busy (self);

  if (zona_attach_file_finish (result, &error) == 0)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  /* Core marks a missing item uploaded when its first file comes. */
  if ((item = zona_store_get_evidence_item (self->store, self->item->id, NULL)) != NULL &&
      item->status != self->item->status &&
      adw_combo_row_get_selected (self->status_row) == (guint) self->item->status)
    adw_combo_row_set_selected (self->status_row, item->status);
  if (item != NULL)
    self->item->status = item->status;

  show_files (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * zona_evidence_dialog_attach_file:
 * @self: the dialog
 * @file: a local file, as chosen or dropped
 *
 * Stores @file as the item's document, keeping the one it replaces, and shows it when done;
 * core's refusal (an empty, unreadable or too large file, a name Windows does not allow) is
 * shown in its words, and nothing is stored then.
 */
void
zona_evidence_dialog_attach_file (ZonaEvidenceDialog *self,
                                  GFile              *file)
{
  g_return_if_fail (ZONA_IS_EVIDENCE_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  self->n_attaching++;
  update_busy (self);
  zona_attach_file_async (zona_store_get_path (self->store), self->item->id, file,
                          self->size_limit, NULL, on_attached, g_object_ref (self));
}

gboolean
zona_evidence_dialog_is_busy (ZonaEvidenceDialog *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_DIALOG (self), FALSE);

  return self->n_attaching > 0;
}

static void
on_open_chooser_response (GtkNativeDialog    *chooser,
                          int                 response,
                          ZonaEvidenceDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    zona_evidence_dialog_attach_file (self, file);

  g_clear_object (&self->chooser);
}

static void
on_attach_clicked (ZonaEvidenceDialog *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Attach a Document"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"),
                                         _("_Cancel"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_chooser_response), self, 0);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  gtk_native_dialog_show (self->chooser);
}

static gboolean
on_drop (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         ZonaEvidenceDialog *self)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

  if (files == NULL)
    return FALSE;

  if (files->next != NULL)
    {
      /* Translators: shown when several files are dropped on one evidence item */
      show_error (self, _("Drop one file at a time: an item has one current document, and "
                          "each file dropped would replace the one before."));
      g_slist_free (files);
      return FALSE;
    }

  zona_evidence_dialog_attach_file (self, files->data);
  g_slist_free (files);

  return TRUE;
}

static void
on_remove_clicked (ZonaEvidenceDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!zona_store_remove_evidence_item (self->store, self->item->id, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
zona_evidence_dialog_dispose (GObject *object)
{
  ZonaEvidenceDialog *self = ZONA_EVIDENCE_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_EVIDENCE_DIALOG);

  G_OBJECT_CLASS (zona_evidence_dialog_parent_class)->dispose (object);
}

static void
zona_evidence_dialog_finalize (GObject *object)
{
  ZonaEvidenceDialog *self = ZONA_EVIDENCE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->item, zona_evidence_item_free);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (zona_evidence_dialog_parent_class)->finalize (object);
}

static void
zona_evidence_dialog_class_init (ZonaEvidenceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_evidence_dialog_dispose;
  object_class->finalize = zona_evidence_dialog_finalize;

  /**
   * ZonaEvidenceDialog::changed:
   * @self: the dialog
   *
   * The item was saved or removed, or a document was attached to it.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-evidence-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, code_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, due_calendar);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, file_group);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, attach_spinner);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, attach_button);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, no_file_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, history_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, effective_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, effective_calendar);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, comment_view);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceDialog, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_due_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_effective_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_attach_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_as_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zona_evidence_dialog_init (ZonaEvidenceDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->history_rows = g_ptr_array_new ();

  for (ZonaEvidenceStatus status = 0; status < ZONA_EVIDENCE_N_STATUSES; status++)
    gtk_string_list_append (statuses, zona_evidence_status_label (status));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (self->content_box, GTK_EVENT_CONTROLLER (drop));
}

/**
 * zona_evidence_dialog_new:
 * @parent: the window it belongs to
 * @store: the store holding the item
 * @item_id: the item to show
 * @size_limit: the largest file accepted, in bytes
 * @error: why the item cannot be read
 *
 * Returns: (transfer full) (nullable): the dialog, not yet shown
 */
ZonaEvidenceDialog *
zona_evidence_dialog_new (GtkWindow  *parent,
                          ZonaStore  *store,
                          gint64      item_id,
                          gint64      size_limit,
                          GError    **error)
{
  g_autoptr(ZonaEvidenceItem) item = zona_store_get_evidence_item (store, item_id, error);
  ZonaEvidenceDialog *self;
  const ZonaScheme *scheme;
  g_autofree char *code = NULL;
  g_autofree char *subtitle = NULL;

  if (item == NULL)
    return NULL;

  self = g_object_new (ZONA_TYPE_EVIDENCE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->size_limit = size_limit;

  /* Translators: the dialog's subtitle: unit, scheme and year, "Dinas Kesehatan, PEKPPP 2024" */
  scheme = zona_store_find_scheme (store, item->scheme_id, NULL);
  subtitle = g_strdup_printf (_("%s, %s %d"), item->unit_name != NULL ? item->unit_name : "",
                              scheme != NULL ? scheme->short_name : item->scheme_id, item->year);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  gtk_label_set_label (self->title_label, item->title);
  if (item->requirement_code != NULL)
    code = g_strdup (item->requirement_code);
  else if (item->indicator_code != NULL)
    /* Translators: an item the office added, under an indicator, "Added for KB-01" */
    code = g_strdup_printf (_("Added by the office, for %s"), item->indicator_code);
  else
    code = g_strdup (_("Added by the office"));
  gtk_label_set_label (self->code_label, code);
  gtk_label_set_label (self->guidance_label, item->guidance);
  gtk_widget_set_visible (GTK_WIDGET (self->guidance_label), item->guidance != NULL);

  adw_combo_row_set_selected (self->status_row, item->status);
  gtk_editable_set_text (GTK_EDITABLE (self->person_row),
                         item->person_in_charge != NULL ? item->person_in_charge : "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row),
                         item->due_date != NULL ? item->due_date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->effective_row),
                         item->effective_date != NULL ? item->effective_date : "");
  select_calendar_day (self->due_calendar, item->due_date);
  select_calendar_day (self->effective_calendar, item->effective_date);
  set_view_text (self->notes_view, item->notes);
  set_view_text (self->comment_view, item->reviewer_comment);
  gtk_widget_set_visible (self->remove_button, item->requirement_id == 0);

  self->item = g_steal_pointer (&item);
  show_files (self);
  show_error (self, NULL);

  return self;
}

gint64
zona_evidence_dialog_get_item_id (ZonaEvidenceDialog *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_DIALOG (self), 0);

  return self->item->id;
}
