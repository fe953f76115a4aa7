/* zona-window-evidence-round.c — the window's view of a region's evidence round: each unit's
 * progress and the documents to chase, leading to a unit's checklist or a document
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-evidence-overview.h"
#include "zona-window-private.h"

/* The round takes the place of the region's page, as a unit's checklist does, under the same
 * header bar; its way back leads to the region's page, and a checklist opened from it leads
 * back to it. */

static gboolean
is_shown (ZonaWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack),
                    "evidence-round") == 0;
}

/* Returns: whether the region's evidence round is shown */
gboolean
_zona_window_is_evidence_round_shown (ZonaWindow *self)
{
  return is_shown (self);
}

static char *
dup_region_name (ZonaWindow *self)
{
  guint position = _zona_window_find_region_position (G_LIST_MODEL (self->regions),
                                                      self->region_code);
  g_autoptr(ZonaRegionItem) region = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return g_strdup (self->region_code);

  region = g_list_model_get_item (G_LIST_MODEL (self->regions), position);

  return g_strdup (zona_region_item_get_name (region));
}

static void
present_round (ZonaWindow *self)
{
  const char *name = zona_evidence_overview_get_region_name (self->evidence_overview);

  adw_window_title_set_title (self->region_title, name);
  adw_window_title_set_subtitle (self->region_title, _("Evidence Checklists"));
  gtk_window_set_title (GTK_WINDOW (self), name);

  gtk_stack_set_visible_child_name (self->content_stack, "evidence-round");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  _zona_window_actions_update (self);
}

/**
 * _zona_window_show_evidence_round:
 * @self: the window
 *
 * Shows the evidence round of the region shown, read afresh: the round shown last for this
 * region, else its newest.
 */
void
_zona_window_show_evidence_round (ZonaWindow *self)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->region_code == NULL)
    return;

  name = dup_region_name (self);
  if (!zona_evidence_overview_show (self->evidence_overview, self->store, self->region_code, name,
                                    &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  present_round (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->evidence_overview));
}

/* Reads the round shown again after one of its documents changed. */
void
_zona_window_evidence_round_reload (ZonaWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!is_shown (self))
    return;

  if (!zona_evidence_overview_reload (self->evidence_overview, &error))
    _zona_window_add_toast (self, error->message);
}

/**
 * _zona_window_evidence_round_go_back:
 * @self: the window
 *
 * Leaves the round for the region's page.
 *
 * Returns: %TRUE when the round was shown
 */
gboolean
_zona_window_evidence_round_go_back (ZonaWindow *self)
{
  if (!is_shown (self))
    return FALSE;

  _zona_window_show_region_page (self, 0, 0);

  return TRUE;
}

static void
show_evidence_round_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  _zona_window_show_evidence_round (ZONA_WINDOW (widget));
}

static void
on_unit_activated (ZonaWindow           *self,
                   gint64                assessment_id,
                   const char           *subject,
                   ZonaEvidenceOverview *overview)
{
  g_autofree char *round = zona_evidence_overview_dup_round_label (overview);

  if (_zona_window_show_checklist_of (self, assessment_id, subject, round))
    self->evidence_from_round = TRUE;
}

static void
on_item_activated (ZonaWindow           *self,
                   gint64                item_id,
                   ZonaEvidenceOverview *overview)
{
  _zona_window_open_evidence_item (self, item_id);
}

/* The way to the round is on the region's page only, beside the region's results. */
static gboolean
shows_region_page (gpointer    this,
                   const char *page)
{
  return g_strcmp0 (page, "region") == 0;
}

void
_zona_window_evidence_round_update_actions (ZonaWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-evidence-round",
                                 self->store != NULL && self->region_code != NULL);
}

void
_zona_window_class_evidence_round_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, evidence_overview);
  gtk_widget_class_bind_template_callback (widget_class, shows_region_page);

  gtk_widget_class_install_action (widget_class, "win.show-evidence-round", NULL,
                                   show_evidence_round_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.show-evidence-round", NULL);

  g_type_ensure (ZONA_TYPE_EVIDENCE_OVERVIEW);
}

void
_zona_window_evidence_round_init (ZonaWindow *self)
{
  g_signal_connect_object (self->evidence_overview, "unit-activated",
                           G_CALLBACK (on_unit_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->evidence_overview, "item-activated",
                           G_CALLBACK (on_item_activated), self, G_CONNECT_SWAPPED);
}
