/* zona-window-actions.c — what the window does: entering, correcting and deleting results
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-assessment-dialog.h"
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

  result = zona_result_item_get_result (item);
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

static void
present_dialog (ZonaWindow           *self,
                ZonaAssessmentDialog *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_assessment_saved), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
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
      zona_assessment_dialog_set_scheme (dialog, result->scheme_id);
    }

  present_dialog (self, dialog);
}

static void
edit_result_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  ZonaAssessmentDialog *dialog;

  assessment = get_selected_assessment (self, &error);
  if (assessment == NULL)
    {
      if (error != NULL)
        _zona_window_add_toast (self, error->message);
      return;
    }

  dialog = zona_assessment_dialog_new (GTK_WINDOW (self), self->store, self->region_code,
                                       assessment, &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  present_dialog (self, dialog);
}

static void
on_undo_toast_dismissed (ZonaWindow *self,
                         AdwToast   *toast)
{
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
}

static void
delete_result_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(GHashTable) indicators = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *subject;

  assessment = get_selected_assessment (self, &error);
  if (assessment == NULL)
    {
      if (error != NULL)
        _zona_window_add_toast (self, error->message);
      return;
    }

  /* Undo puts back exactly what was there, so all of it is read before anything goes. */
  indicators = zona_store_get_indicator_scores (self->store, assessment->id, &error);
  if (indicators == NULL ||
      !zona_store_delete_assessment (self->store, assessment->id, &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  subject = zona_result_item_get_subject_name (_zona_window_get_selected_result (self));
  title = g_strdup_printf (_("Result of %s for %d deleted"), subject, assessment->year);

  g_clear_pointer (&self->undo_assessment, zona_assessment_free);
  g_clear_pointer (&self->undo_indicators, g_hash_table_unref);
  self->undo_assessment = g_steal_pointer (&assessment);
  self->undo_indicators = g_steal_pointer (&indicators);

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);

  self->undo_toast = adw_toast_new (title);
  g_object_ref (self->undo_toast);
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_action_name (self->undo_toast, "win.undo");
  adw_toast_set_priority (self->undo_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->undo_toast, "dismissed",
                           G_CALLBACK (on_undo_toast_dismissed), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->undo_toast));

  _zona_window_refresh (self);
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
      _zona_window_add_toast (self, error->message);
      return;
    }

  g_clear_pointer (&self->undo_assessment, zona_assessment_free);
  g_clear_pointer (&self->undo_indicators, g_hash_table_unref);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);

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

void
_zona_window_actions_update (ZonaWindow *self)
{
  gboolean has_region = self->store != NULL && self->region_code != NULL;
  gboolean has_row = has_region && _zona_window_get_selected_result (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-result", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-result", has_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-result", has_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-unit", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-unit", has_row);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->store != NULL && self->undo_assessment != NULL);
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

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.add-result", NULL);
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
