/* zona-window-unit-page.c — the window's page of one unit: reaching it, leaving it, acting on it
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-assessment-dialog.h"
#include "zona-unit-page.h"
#include "zona-window-private.h"

/* The page of a unit takes the place of the region's page in the content pane, under the same
 * header bar, which then names the unit and offers a way back: to the unit shown before when a
 * link led here, else to the region's page with the unit's row selected again. */

static gboolean
is_shown (ZonaWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "unit") == 0;
}

/* Returns: the unit whose page is shown, or 0 when the page is not shown */
gint64
_zona_window_get_shown_unit (ZonaWindow *self)
{
  return is_shown (self) ? zona_unit_page_get_unit_id (self->unit_page) : 0;
}

/* Shows the page as it stands, naming its unit in the header bar. */
static void
present_page (ZonaWindow *self)
{
  const ZonaUnitHistory *history = zona_unit_page_get_history (self->unit_page);

  adw_window_title_set_title (self->region_title, history->unit->name);
  adw_window_title_set_subtitle (self->region_title, history->region_name);
  gtk_window_set_title (GTK_WINDOW (self), history->unit->name);

  gtk_stack_set_visible_child_name (self->content_stack, "unit");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  _zona_window_actions_update (self);
}

/**
 * _zona_window_show_unit:
 * @self: the window
 * @unit_id: a unit of the region shown
 *
 * Opens the unit's page afresh, as from its row in the unit list.
 */
void
_zona_window_show_unit (ZonaWindow *self,
                        gint64      unit_id)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!zona_unit_page_show_unit (self->unit_page, self->store, unit_id, FALSE, &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  present_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->unit_page));
}

/* Selects a row of @unit_id in the unit list; %FALSE when the list has none. */
static gboolean
select_unit_row (ZonaWindow *self,
                 gint64      unit_id)
{
  GListModel *rows = G_LIST_MODEL (self->result_selection);
  ZonaResultItem *selected = gtk_single_selection_get_selected_item (self->result_selection);

  /* A unit has a row per scheme: the one it was opened from stays selected. */
  if (selected != NULL && zona_result_item_get_result (selected)->unit_id == unit_id)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (rows, i);

      if (zona_result_item_get_result (item)->unit_id == unit_id)
        {
          gtk_single_selection_set_selected (self->result_selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * _zona_window_show_region_page:
 * @self: the window
 * @unit_id: the unit whose row to select again
 * @fallback_unit_id: the unit whose row to select when @unit_id has none, or 0
 *
 * Back on the region's page, the unit's row is selected again: the one shown, or, when that
 * one is not in the list (a unit that ended, reached by a link), the one the page was opened
 * from.
 */
void
_zona_window_show_region_page (ZonaWindow *self,
                               gint64      unit_id,
                               gint64      fallback_unit_id)
{
  guint position = _zona_window_find_region_position (G_LIST_MODEL (self->regions),
                                                      self->region_code);

  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(ZonaRegionItem) region = g_list_model_get_item (G_LIST_MODEL (self->regions),
                                                                position);

      adw_window_title_set_title (self->region_title, zona_region_item_get_name (region));
      adw_window_title_set_subtitle (self->region_title, self->region_code);
      gtk_window_set_title (GTK_WINDOW (self), zona_region_item_get_name (region));
    }

  if (!select_unit_row (self, unit_id) && fallback_unit_id != 0)
    select_unit_row (self, fallback_unit_id);

  gtk_stack_set_visible_child_name (self->content_stack, "region");
  _zona_window_actions_update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->unit_view));
}

static void
show_unit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaResultItem *item = _zona_window_get_selected_result (self);

  if (item != NULL && zona_result_item_get_result (item)->unit_id != 0)
    _zona_window_show_unit (self, zona_result_item_get_result (item)->unit_id);
}

static void
unit_back_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (_zona_window_checklist_go_back (self) || _zona_window_evidence_round_go_back (self) ||
      _zona_window_trend_go_back (self) || !is_shown (self))
    return;

  if (!zona_unit_page_can_go_back (self->unit_page))
    {
      _zona_window_show_region_page (self, zona_unit_page_get_unit_id (self->unit_page),
                                     zona_unit_page_get_first_unit_id (self->unit_page));
      return;
    }

  if (!zona_unit_page_go_back (self->unit_page, self->store, &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  present_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->unit_page));
}

/* A link on the page leads to another unit, which the page shows in its place. */
static void
on_unit_activated (ZonaWindow   *self,
                   gint64        unit_id,
                   ZonaUnitPage *page)
{
  g_autoptr(GError) error = NULL;

  if (!zona_unit_page_show_unit (page, self->store, unit_id, TRUE, &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  present_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (page));
}

/* A year's row opens its result for correcting, as the unit list's rows do; saving or deleting
 * it refreshes the window, which keeps this page shown (_zona_window_refresh). */
static void
on_result_activated (ZonaWindow   *self,
                     gint64        unit_id,
                     const char   *scheme_id,
                     int           year,
                     ZonaUnitPage *page)
{
  const ZonaUnitHistory *history = zona_unit_page_get_history (page);
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || history == NULL)
    return;

  region = zona_store_get_region (self->store, history->region_code, &error);
  if (region != NULL)
    assessment = zona_store_get_assessment (self->store, region->id, unit_id, scheme_id, year,
                                            &error);
  if (assessment == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  _zona_window_edit_result (self, assessment);
}

/**
 * _zona_window_unit_page_refresh:
 * @self: the window
 * @unit_id: the unit whose page was shown before the window was reloaded
 *
 * Shows the unit's page again, read afresh, when its region is still the one shown. A unit
 * that can no longer be read leaves the region's page shown, and says why.
 */
void
_zona_window_unit_page_refresh (ZonaWindow *self,
                                gint64      unit_id)
{
  const ZonaUnitHistory *history = zona_unit_page_get_history (self->unit_page);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || history == NULL || history->unit->id != unit_id ||
      g_strcmp0 (history->region_code, self->region_code) != 0)
    return;

  if (!zona_unit_page_reload (self->unit_page, self->store, &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  present_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->unit_page));
}

void
_zona_window_unit_page_update_actions (ZonaWindow *self)
{
  ZonaResultItem *item = _zona_window_get_selected_result (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-unit",
                                 item != NULL &&
                                 zona_result_item_get_result (item)->unit_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.unit-back",
                                 is_shown (self) || _zona_window_get_shown_checklist (self) != 0 ||
                                 _zona_window_is_evidence_round_shown (self) ||
                                 g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack),
                                            "trend") == 0);
}

/* The header bar's way back to the regions is for a folded window on the region's page; on a
 * unit's page, the way back leads to the region's page first. */
static gboolean
shows_unit_page (gpointer    this,
                 const char *page)
{
  return g_strcmp0 (page, "unit") == 0 || g_strcmp0 (page, "evidence") == 0 ||
         g_strcmp0 (page, "evidence-round") == 0 || g_strcmp0 (page, "trend") == 0;
}

static gboolean
shows_regions_back (gpointer    this,
                    gboolean    folded,
                    const char *page)
{
  return folded && !shows_unit_page (this, page);
}

void
_zona_window_class_unit_page_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, unit_page);
  gtk_widget_class_bind_template_callback (widget_class, shows_regions_back);
  gtk_widget_class_bind_template_callback (widget_class, shows_unit_page);

  gtk_widget_class_install_action (widget_class, "win.show-unit", NULL, show_unit_action);
  gtk_widget_class_install_action (widget_class, "win.unit-back", NULL, unit_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK,
                                       "win.show-unit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_ALT_MASK,
                                       "win.show-unit", NULL);

  g_type_ensure (ZONA_TYPE_UNIT_PAGE);
}

void
_zona_window_unit_page_init (ZonaWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct {
    guint           key;
    GdkModifierType modifiers;
  } back_keys[] = {
    { GDK_KEY_Escape, 0 },
    { GDK_KEY_Left, GDK_ALT_MASK },
    { GDK_KEY_KP_Left, GDK_ALT_MASK },
    { GDK_KEY_Back, 0 },
  };

  /* The keys that go back are taken on the content pane, before the leaflet around it reads
   * Alt+Left as a way back to the sidebar. They do nothing while the action is disabled, off
   * the unit's page, and the leaflet then has them as before. */
  for (guint i = 0; i < G_N_ELEMENTS (back_keys); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (back_keys[i].key,
                                                            back_keys[i].modifiers);
      GtkShortcutAction *action = gtk_named_action_new ("win.unit-back");

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                            gtk_shortcut_new (trigger, action));
    }
  gtk_widget_add_controller (self->content, controller);

  g_signal_connect_object (self->unit_page, "unit-activated", G_CALLBACK (on_unit_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_page, "result-activated",
                           G_CALLBACK (on_result_activated), self, G_CONNECT_SWAPPED);
}
