/* zona-window-evidence.c — the window's evidence checklists: reaching one, editing its items,
 * attaching documents to them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-attach-task.h"
#include "zona-evidence-dialog.h"
#include "zona-evidence-page.h"
#include "zona-evidence-rounds.h"
#include "zona-evidence.h"
#include "zona-window-private.h"

/* The checklist of a unit's result takes the place of the region's page, as a unit's page
 * does, under the same header bar and its way back. It is opened from the selected row of the
 * unit list (win.show-evidence) and shows the result of that row: its scheme and year. */

static gboolean
is_shown (ZonaWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "evidence") == 0;
}

/* Returns: the assessment whose checklist is shown, or 0 when none is */
gint64
_zona_window_get_shown_checklist (ZonaWindow *self)
{
  return is_shown (self) ? zona_evidence_page_get_assessment_id (self->evidence_page) : 0;
}

static void
present_page (ZonaWindow *self)
{
  adw_window_title_set_title (self->region_title,
                              zona_evidence_page_get_subject (self->evidence_page));
  adw_window_title_set_subtitle (self->region_title,
                                 zona_evidence_page_get_round (self->evidence_page));
  gtk_window_set_title (GTK_WINDOW (self), zona_evidence_page_get_subject (self->evidence_page));

  gtk_stack_set_visible_child_name (self->content_stack, "evidence");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  _zona_window_actions_update (self);
}

/**
 * _zona_window_show_checklist:
 * @self: the window
 * @result: a unit's latest result, as the unit list shows it
 *
 * Shows the evidence checklist of @result's assessment.
 */
void
_zona_window_show_checklist (ZonaWindow             *self,
                             const ZonaLatestResult *result)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *round = NULL;

  if (self->store == NULL || result->unit_id == 0)
    return;

  region = zona_store_get_region (self->store, self->region_code, &error);
  if (region != NULL)
    assessment = zona_store_get_assessment (self->store, region->id, result->unit_id,
                                            result->scheme_id, result->year, &error);
  if (assessment == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  /* Translators: a scheme and a year, "PEKPPP 2024" */
  round = g_strdup_printf (_("%s %d"), result->scheme_name, result->year);
  if (_zona_window_show_checklist_of (self, assessment->id, result->subject_name, round))
    {
      self->evidence_unit_id = result->unit_id;
      self->evidence_from_round = FALSE;
    }
}

/**
 * _zona_window_show_checklist_of:
 * @self: the window
 * @assessment_id: an assessment
 * @subject: its unit's name, the page's title
 * @round: its scheme and year in words, "PEKPPP 2024"
 *
 * Shows the checklist of @assessment_id; a toast says why when it cannot be read.
 *
 * Returns: whether it is shown
 */
gboolean
_zona_window_show_checklist_of (ZonaWindow *self,
                                gint64      assessment_id,
                                const char *subject,
                                const char *round)
{
  g_autoptr(GError) error = NULL;

  if (!zona_evidence_page_show (self->evidence_page, self->store, assessment_id, subject, round,
                                &error))
    {
      _zona_window_add_toast (self, error->message);
      return FALSE;
    }

  present_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->evidence_page));

  return TRUE;
}

static void
show_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaResultItem *item = _zona_window_get_selected_result (self);

  if (item != NULL)
    _zona_window_show_checklist (self, zona_result_item_get_result (item));
}

/**
 * _zona_window_checklist_go_back:
 * @self: the window
 *
 * Leaves the checklist for the region's page, with the unit's row selected again.
 *
 * Returns: %TRUE when a checklist was shown
 */
gboolean
_zona_window_checklist_go_back (ZonaWindow *self)
{
  if (!is_shown (self))
    return FALSE;

  if (self->evidence_from_round)
    _zona_window_show_evidence_round (self);
  else
    _zona_window_show_region_page (self, self->evidence_unit_id, 0);

  return TRUE;
}

/* Reads the checklist shown again, keeping the focus on @item_id when it is still there. */
static void
reload_page (ZonaWindow *self,
             gint64      item_id)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!zona_evidence_page_reload (self->evidence_page, self->store, &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  /* Attaching or re-using changes what the page offers. */
  _zona_window_actions_update (self);
  if (item_id != 0)
    zona_evidence_page_focus_item (self->evidence_page, item_id);
}

/**
 * _zona_window_checklist_refresh:
 * @self: the window
 * @assessment_id: the checklist shown before the window was reloaded
 *
 * Shows the checklist again, read afresh, when the region's page would otherwise replace it.
 */
void
_zona_window_checklist_refresh (ZonaWindow *self,
                                gint64      assessment_id)
{
  if (self->store == NULL ||
      zona_evidence_page_get_assessment_id (self->evidence_page) != assessment_id)
    return;

  reload_page (self, 0);
  present_page (self);
}

/* The limit of a file's size the user has set, in bytes. */
static gint64
size_limit (ZonaWindow *self)
{
  return (gint64) g_settings_get_int (self->settings, "attachment-limit-mb") * 1000 * 1000;
}

static void
on_dialog_changed (ZonaWindow         *self,
                   ZonaEvidenceDialog *dialog)
{
  if (is_shown (self))
    reload_page (self, zona_evidence_dialog_get_item_id (dialog));
  else
    _zona_window_evidence_round_reload (self);
}

/**
 * _zona_window_open_evidence_item:
 * @self: the window
 * @item_id: an item of the checklist shown
 *
 * Opens the item for editing.
 *
 * Returns: (transfer none) (nullable): the dialog, shown
 */
ZonaEvidenceDialog *
_zona_window_open_evidence_item (ZonaWindow *self,
                                 gint64      item_id)
{
  ZonaEvidenceDialog *dialog;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return NULL;

  dialog = zona_evidence_dialog_new (GTK_WINDOW (self), self->store, item_id, size_limit (self),
                                     &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return NULL;
    }

  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_dialog_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
on_item_activated (ZonaWindow       *self,
                   gint64            item_id,
                   ZonaEvidencePage *page)
{
  _zona_window_open_evidence_item (self, item_id);
}

/* What a file dropped on a row needs once it is stored: the window, the item, the name. */
typedef struct
{
  ZonaWindow *window;
  gint64      item_id;
  char       *name;
} DropData;

static void
drop_data_free (DropData *data)
{
  g_object_unref (data->window);
  g_free (data->name);
  g_free (data);
}

static void
on_dropped_file_attached (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  DropData *data = user_data;
  ZonaWindow *self = data->window;
  g_autoptr(GError) error = NULL;

  self->n_attaching--;
  if (zona_attach_file_finish (result, &error) == 0)
    _zona_window_add_toast (self, error->message);
  else
    {
      /* Translators: after a file was dropped on an evidence item */
      g_autofree char *message = g_strdup_printf (_("“%s” attached"), data->name);

      _zona_window_add_toast (self, message);
      if (is_shown (self))
        reload_page (self, data->item_id);
      else
        _zona_window_evidence_round_reload (self);
    }

  drop_data_free (data);
}

/**
 * _zona_window_attach_dropped:
 * @self: the window
 * @item_id: an item of the checklist shown
 * @files: the files dropped on it
 *
 * Attaches the one file dropped on an item, on a thread of its own; the toast says when it is
 * stored, or why it was not.
 */
void
_zona_window_attach_dropped (ZonaWindow  *self,
                             gint64       item_id,
                             GdkFileList *files)
{
  GSList *list = gdk_file_list_get_files (files);
  DropData *data;

  if (self->store == NULL || list == NULL)
    {
      g_slist_free (list);
      return;
    }

  if (list->next != NULL)
    {
      _zona_window_add_toast (self, _("Drop one file at a time: an item has one current "
                                      "document, and each file dropped would replace the one "
                                      "before."));
      g_slist_free (list);
      return;
    }

  data = g_new0 (DropData, 1);
  data->window = g_object_ref (self);
  data->item_id = item_id;
  data->name = g_file_get_basename (list->data);

  self->n_attaching++;
  zona_attach_file_async (zona_store_get_path (self->store), item_id, list->data,
                          size_limit (self), NULL, on_dropped_file_attached, data);
  g_slist_free (list);
}

/**
 * zona_window_is_attaching:
 * @self: the window
 *
 * Returns: whether a dropped file is still being stored
 */
gboolean
zona_window_is_attaching (ZonaWindow *self)
{
  return self->n_attaching > 0;
}

static void
on_files_dropped (ZonaWindow       *self,
                  gint64            item_id,
                  GdkFileList      *files,
                  ZonaEvidencePage *page)
{
  _zona_window_attach_dropped (self, item_id, files);
}

/* Adding an item of the office's own */

static void
on_add_item_response (AdwMessageDialog *dialog,
                      const char       *response,
                      ZonaWindow       *self)
{
  GtkEditable *title_entry = g_object_get_data (G_OBJECT (dialog), "title-entry");
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  gint64 assessment_id;
  gint64 item_id;

  if (g_strcmp0 (response, "add") != 0 || self->store == NULL)
    return;

  title = g_strstrip (g_strdup (gtk_editable_get_text (title_entry)));
  assessment_id = zona_evidence_page_get_assessment_id (self->evidence_page);
  item_id = zona_store_add_evidence_item (self->store, assessment_id, title, NULL, &error);
  if (item_id == 0)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  reload_page (self, item_id);
}

static void
on_add_title_changed (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", title[0] != '\0');
}

static void
add_evidence_item_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (!is_shown (self))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Add Evidence Item"),
                                                       _("A document the unit must bring besides "
                                                         "those the methodology asks for.")));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Title of the document"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title of the document"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  g_object_set_data (G_OBJECT (dialog), "title-entry", entry);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "add", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (on_add_title_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_item_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Takes the documents of the unit's earlier round that the checklist offers, all at once. */
static void
reuse_evidence_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  if (!is_shown (self) || self->store == NULL)
    return;

  if (!zona_store_reuse_documents (self->store,
                                   zona_evidence_page_get_assessment_id (self->evidence_page),
                                   ZONA_EVIDENCE_DEFAULT_VALID_YEARS, &n, &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  /* Translators: after documents of last year's round were taken for this one */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document re-used: it awaits review",
                                          "%u documents re-used: they await review", n), n);
  _zona_window_add_toast (self, message);
  reload_page (self, 0);
}

void
_zona_window_evidence_update_actions (ZonaWindow *self)
{
  ZonaResultItem *item = _zona_window_get_selected_result (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-evidence",
                                 item != NULL &&
                                 zona_result_item_get_result (item)->unit_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-evidence-item", is_shown (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reuse-evidence",
                                 is_shown (self) &&
                                 zona_evidence_page_get_n_offers (self->evidence_page) > 0);
}

void
_zona_window_class_evidence_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, evidence_page);

  gtk_widget_class_install_action (widget_class, "win.show-evidence", NULL,
                                   show_evidence_action);
  gtk_widget_class_install_action (widget_class, "win.add-evidence-item", NULL,
                                   add_evidence_item_action);
  gtk_widget_class_install_action (widget_class, "win.reuse-evidence", NULL,
                                   reuse_evidence_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-evidence", NULL);

  g_type_ensure (ZONA_TYPE_EVIDENCE_PAGE);
}

void
_zona_window_evidence_init (ZonaWindow *self)
{
  g_signal_connect_object (self->evidence_page, "item-activated",
                           G_CALLBACK (on_item_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->evidence_page, "files-dropped",
                           G_CALLBACK (on_files_dropped), self, G_CONNECT_SWAPPED);
}
