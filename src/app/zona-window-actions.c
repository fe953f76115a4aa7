/* zona-window-actions.c — what the window does: entering, correcting and deleting results
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-assessment-dialog.h"
#include "zona-merge-dialog.h"
#include "zona-new-region-dialog.h"
#include "zona-region-dialog.h"
#include "zona-round-dialog.h"
#include "zona-unit-dialog.h"
#include "zona-window-private.h"

/* The assessment a unit row stands for, read afresh from the store. */
static ZonaAssessment *
get_selected_assessment (ZonaWindow  *self,
                         GError     **error)
{
  ZonaResultItem *item = _zona_window_get_selected_result (self);
  const ZonaLatestResult *result;
  g_autoptr(ZonaRegion) region = NULL;

  if (item == NULL || self->store == NULL)
    return NULL;

  /* A unit without results has no assessment to read. */
  result = zona_result_item_get_result (item);
  if (result->scheme_id == NULL)
    return NULL;

  region = zona_store_get_region (self->store, self->region_code, error);
  if (region == NULL)
    return NULL;

  return zona_store_get_assessment (self->store, region->id, result->unit_id, result->scheme_id,
                                    result->year, error);
}

static void
on_assessment_saved (ZonaWindow           *self,
                     gint64                id,
                     ZonaAssessmentDialog *dialog)
{
  _zona_window_refresh (self);
  _zona_window_add_toast (self, _("Result saved"));
}

/* The dialog's Delete goes the same way as the window's: a toast with Undo. */
static void
on_delete_requested (ZonaWindow           *self,
                     ZonaAssessmentDialog *dialog)
{
  const ZonaAssessment *existing = zona_assessment_dialog_get_existing (dialog);
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GError) error = NULL;

  if (existing == NULL || self->store == NULL)
    return;

  assessment = zona_store_get_assessment (self->store, existing->region_id, existing->unit_id,
                                          existing->scheme_id, existing->year, &error);
  if (assessment != NULL && assessment->unit_id == 0)
    region = zona_store_get_region (self->store, self->region_code, &error);
  if (assessment == NULL || (assessment->unit_id == 0 && region == NULL))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  _zona_window_delete_result (self, g_steal_pointer (&assessment),
                              region != NULL ? region->name : existing->unit_name);
}

/* Shows a result dialog whose saving refreshes the window and whose Delete is the window's. */
void
_zona_window_present_result_dialog (ZonaWindow           *self,
                                    ZonaAssessmentDialog *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_assessment_saved), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (on_delete_requested), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opens the result dialog to correct @assessment, one of the shown region's results. */
void
_zona_window_edit_result (ZonaWindow           *self,
                          const ZonaAssessment *assessment)
{
  g_autoptr(GError) error = NULL;
  ZonaAssessmentDialog *dialog;

  dialog = zona_assessment_dialog_new (GTK_WINDOW (self), self->store, self->region_code,
                                       assessment, &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  _zona_window_present_result_dialog (self, dialog);
}

static void
add_result_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  ZonaAssessmentDialog *dialog;
  ZonaResultItem *item;

  if (self->store == NULL || self->region_code == NULL)
    return;

  dialog = zona_assessment_dialog_new (GTK_WINDOW (self), self->store, self->region_code, NULL,
                                       &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  /* With a unit's row selected, its next result is the likely one to enter. */
  item = _zona_window_get_selected_result (self);
  if (item != NULL)
    {
      const ZonaLatestResult *result = zona_result_item_get_result (item);

      zona_assessment_dialog_set_subject (dialog, result->unit_id);
      if (result->scheme_id != NULL)
        zona_assessment_dialog_set_scheme (dialog, result->scheme_id);
    }
  /* On a unit's page, the result is that unit's. */
  else if (_zona_window_get_shown_unit (self) != 0)
    zona_assessment_dialog_set_subject (dialog, _zona_window_get_shown_unit (self));

  _zona_window_present_result_dialog (self, dialog);
}

static void
edit_result_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  ZonaResultItem *item = _zona_window_get_selected_result (self);

  /* Activating the row of a unit without results enters its first one. */
  if (item != NULL && zona_result_item_get_result (item)->scheme_id == NULL)
    {
      add_result_action (widget, "win.add-result", NULL);
      return;
    }

  assessment = get_selected_assessment (self, &error);
  if (assessment == NULL)
    {
      if (error != NULL)
        _zona_window_add_toast (self, error->message);
      return;
    }

  _zona_window_edit_result (self, assessment);
}

/* Deletes @assessment, which it takes over, and offers its Undo in a toast; @subject names
 * whose result it was. Every way of deleting a result comes here. */
void
_zona_window_delete_result (ZonaWindow     *self,
                            ZonaAssessment *owned,
                            const char     *subject)
{
  g_autoptr(ZonaAssessment) assessment = owned;
  g_autoptr(GHashTable) indicators = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  /* Undo puts back exactly what was there, so all of it is read before anything goes. */
  indicators = zona_store_get_indicator_scores (self->store, assessment->id, &error);
  if (indicators == NULL ||
      !zona_store_delete_assessment (self->store, assessment->id, &error))
    {
      _zona_window_report_error (self, error);
      return;
    }

  title = g_strdup_printf (_("Result of %s for %d deleted"), subject, assessment->year);

  g_clear_pointer (&self->undo_assessment, zona_assessment_free);
  g_clear_pointer (&self->undo_indicators, g_hash_table_unref);
  self->undo_assessment = g_steal_pointer (&assessment);
  self->undo_indicators = g_steal_pointer (&indicators);

  _zona_window_show_toast (self, title, _("_Undo"), "win.undo");

  _zona_window_refresh (self);
}

static void
delete_result_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaAssessment *assessment;
  g_autoptr(GError) error = NULL;
  const char *subject;

  assessment = get_selected_assessment (self, &error);
  if (assessment == NULL)
    {
      if (error != NULL)
        _zona_window_add_toast (self, error->message);
      return;
    }

  subject = zona_result_item_get_subject_name (_zona_window_get_selected_result (self));
  _zona_window_delete_result (self, assessment, subject);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->undo_assessment == NULL)
    return;

  if (zona_store_restore_assessment (self->store, self->undo_assessment, self->undo_indicators,
                                     &error) == 0)
    {
      _zona_window_report_error (self, error);
      return;
    }

  g_clear_pointer (&self->undo_assessment, zona_assessment_free);
  g_clear_pointer (&self->undo_indicators, g_hash_table_unref);

  _zona_window_refresh (self);
  _zona_window_add_toast (self, _("Result restored"));
}

static void
on_unit_saved (ZonaWindow     *self,
               const char     *message,
               ZonaUnitDialog *dialog)
{
  _zona_window_refresh (self);
  _zona_window_add_toast (self, message);
}

static void
open_unit_dialog (ZonaWindow *self,
                  gint64      unit_id)
{
  g_autoptr(GError) error = NULL;
  ZonaUnitDialog *dialog;

  dialog = zona_unit_dialog_new (GTK_WINDOW (self), self->store, self->region_code, unit_id,
                                 &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_unit_saved), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);

  if (self->store != NULL && self->region_code != NULL)
    open_unit_dialog (self, 0);
}

static void
edit_unit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaResultItem *item = _zona_window_get_selected_result (self);

  if (item != NULL && zona_result_item_get_result (item)->unit_id != 0)
    open_unit_dialog (self, zona_result_item_get_result (item)->unit_id);
}

static void
on_units_merged (ZonaWindow      *self,
                 gint64           unit_id,
                 const char      *message,
                 ZonaMergeDialog *dialog)
{
  _zona_window_refresh (self);
  _zona_window_add_toast (self, message);
}

static void
merge_units_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaResultItem *item = _zona_window_get_selected_result (self);
  g_autoptr(GError) error = NULL;
  ZonaMergeDialog *dialog;

  if (self->store == NULL || self->region_code == NULL)
    return;

  dialog = zona_merge_dialog_new (GTK_WINDOW (self), self->store, self->region_code, &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  /* The selected unit is likely one of those merged, and the one whose trend carries on. */
  if (item != NULL && zona_result_item_get_result (item)->unit_id != 0)
    zona_merge_dialog_check_unit (dialog, zona_result_item_get_result (item)->unit_id);

  g_signal_connect_object (dialog, "merged", G_CALLBACK (on_units_merged), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A region just followed or recorded joins the sidebar and is shown at once. */
static void
on_region_followed (ZonaWindow *self,
                    const char *code,
                    GtkWindow  *dialog)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (self->store, code, NULL);
  g_autofree char *message = NULL;
  gboolean was_listed;

  /* Picking a region that the sidebar lists already just goes to it. */
  was_listed = _zona_window_find_region_position (G_LIST_MODEL (self->regions), code) !=
               GTK_INVALID_LIST_POSITION;

  _zona_window_refresh (self);
  zona_window_select_region (self, code);

  if (was_listed)
    return;

  message = g_strdup_printf (_("%s added to the list"), region ? region->name : code);
  _zona_window_add_toast (self, message);
}

static void
add_region_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  ZonaRegionDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = zona_region_dialog_new (GTK_WINDOW (self), self->store, &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  g_signal_connect_object (dialog, "followed", G_CALLBACK (on_region_followed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_region_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaNewRegionDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = zona_new_region_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_region_followed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
unfollow_region_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL || self->region_code == NULL)
    return;

  region = zona_store_get_region (self->store, self->region_code, &error);
  if (region == NULL ||
      !zona_store_set_region_followed (self->store, region->code, FALSE, &error))
    {
      _zona_window_report_error (self, error);
      return;
    }

  _zona_window_refresh (self);

  /* The sidebar lists every region with data, followed or not: such a region stays. */
  if (g_strcmp0 (self->region_code, region->code) == 0)
    message = g_strdup_printf (_("%s has units or results and stays in the list"),
                               region->name);
  else
    message = g_strdup_printf (_("%s removed from the list"), region->name);
  _zona_window_add_toast (self, message);
}

static void
on_delete_region_response (ZonaWindow       *self,
                           const char       *response,
                           AdwMessageDialog *dialog)
{
  const char *code = g_object_get_data (G_OBJECT (dialog), "region-code");
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "delete") || self->store == NULL)
    return;

  region = zona_store_get_region (self->store, code, &error);
  if (region == NULL || !zona_store_delete_region (self->store, region->code, &error))
    {
      _zona_window_report_error (self, error);
      return;
    }

  _zona_window_refresh (self);
  message = g_strdup_printf (_("Region %s deleted"), region->name);
  _zona_window_add_toast (self, message);
}

/* Deleting takes the region out of this database's copy of the Kemendagri list, so it is
 * confirmed first; core refuses it anyway for a region with units or results. */
static void
delete_region_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (self->store == NULL || self->region_code == NULL)
    return;

  region = zona_store_get_region (self->store, self->region_code, &error);
  if (region == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete %s?"),
                                     region->name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("This is for a region added by mistake: it is taken out of "
                                 "this database, also out of the region list. A region with "
                                 "units or results cannot be deleted."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "region-code", g_strdup (region->code), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_region_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_round_started (ZonaWindow      *self,
                  guint            created,
                  int              year,
                  ZonaRoundDialog *dialog)
{
  g_autofree char *message = NULL;

  message = g_strdup_printf (ngettext ("%u draft result created for %d",
                                       "%u draft results created for %d", created),
                             created, year);
  _zona_window_refresh (self);
  _zona_window_add_toast (self, message);
}

static void
start_round_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaResultItem *item = _zona_window_get_selected_result (self);
  g_autofree char *default_scheme = NULL;
  g_autoptr(GError) error = NULL;
  const char *scheme_id = NULL;
  ZonaRoundDialog *dialog;

  if (self->store == NULL || self->region_code == NULL)
    return;

  /* The scheme of the selected row is the likely one; otherwise the user's usual one. */
  if (item != NULL)
    scheme_id = zona_result_item_get_result (item)->scheme_id;
  if (scheme_id == NULL)
    {
      default_scheme = g_settings_get_string (self->settings, "default-scheme");
      scheme_id = default_scheme;
    }

  dialog = zona_round_dialog_new (GTK_WINDOW (self), self->store, self->region_code, scheme_id,
                                  &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  g_signal_connect_object (dialog, "started", G_CALLBACK (on_round_started), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_zona_window_actions_update (ZonaWindow *self)
{
  gboolean has_region = self->store != NULL && self->region_code != NULL;
  ZonaResultItem *item = has_region ? _zona_window_get_selected_result (self) : NULL;
  gboolean has_row = item != NULL;
  gboolean has_result = has_row && zona_result_item_get_result (item)->scheme_id != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-result", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-result", has_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-result", has_result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-unit", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-unit", has_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-units", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-region", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-region", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-round", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.unfollow-region", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-region", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->store != NULL && self->undo_assessment != NULL);
  _zona_window_unit_page_update_actions (self);
  _zona_window_evidence_update_actions (self);
  _zona_window_evidence_round_update_actions (self);
  _zona_window_evidence_export_update_actions (self);
  _zona_window_trend_update_actions (self);
}

void
_zona_window_class_actions_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.add-result", NULL, add_result_action);
  gtk_widget_class_install_action (widget_class, "win.edit-result", NULL, edit_result_action);
  gtk_widget_class_install_action (widget_class, "win.delete-result", NULL,
                                   delete_result_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.add-unit", NULL, add_unit_action);
  gtk_widget_class_install_action (widget_class, "win.edit-unit", NULL, edit_unit_action);
  gtk_widget_class_install_action (widget_class, "win.merge-units", NULL, merge_units_action);

  gtk_widget_class_install_action (widget_class, "win.start-round", NULL, start_round_action);
  gtk_widget_class_install_action (widget_class, "win.add-region", NULL, add_region_action);
  gtk_widget_class_install_action (widget_class, "win.new-region", NULL, new_region_action);
  gtk_widget_class_install_action (widget_class, "win.unfollow-region", NULL,
                                   unfollow_region_action);
  gtk_widget_class_install_action (widget_class, "win.delete-region", NULL,
                                   delete_region_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.add-result", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "win.add-region", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.start-round",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-region",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.add-unit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.edit-unit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "win.delete-result", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "win.delete-result", NULL);
}
