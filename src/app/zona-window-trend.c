/* zona-window-trend.c — the window's trend page: a region's scores and its units' year by
 * year under one scheme
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-trend-panel.h"
#include "zona-window-private.h"

/* The trend takes the place of the region's page, as a checklist does, under the same header
 * bar and its way back: the region's page keeps its room for the unit list, the clerk's daily
 * work, and the chart gets the whole width. It is reached from a card's menu (the card's
 * scheme) or with Ctrl+T (the first scheme with scores). */

static gboolean
is_shown (ZonaWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "trend") == 0;
}

static void
show_trend_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  const char *scheme_id = NULL;
  g_autoptr(GError) error = NULL;
  int year;

  if (self->store == NULL || self->region_code == NULL)
    return;

  if (parameter != NULL)
    g_variant_get (parameter, "(&si)", &scheme_id, &year);

  if (!zona_trend_panel_show (self->trend_panel, self->store, self->region_code, 0, &error))
    {
      _zona_window_add_toast (self, error->message);
      return;
    }
  if (!zona_trend_panel_has_values (self->trend_panel))
    {
      _zona_window_add_toast (self, _("The region has no scores to chart yet"));
      return;
    }
  if (scheme_id != NULL && *scheme_id != '\0')
    zona_trend_panel_select_scheme (self->trend_panel, scheme_id);

  adw_window_title_set_subtitle (self->region_title, _("Trend"));
  gtk_stack_set_visible_child_name (self->content_stack, "trend");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  _zona_window_actions_update (self);
  gtk_widget_grab_focus (GTK_WIDGET (zona_trend_panel_get_view (self->trend_panel)));
}

/* Leaves the trend for the region's page. Returns: %TRUE when the trend was shown */
gboolean
_zona_window_trend_go_back (ZonaWindow *self)
{
  if (!is_shown (self))
    return FALSE;

  _zona_window_show_region_page (self, 0, 0);

  return TRUE;
}

void
_zona_window_trend_update_actions (ZonaWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-trend",
                                 self->store != NULL && self->region_code != NULL);
}

void
_zona_window_class_trend_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, trend_panel);
  gtk_widget_class_install_action (widget_class, "win.show-trend", "(si)", show_trend_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.show-trend", "(si)", "", 0);

  g_type_ensure (ZONA_TYPE_TREND_PANEL);
}

void
_zona_window_trend_init (ZonaWindow *self)
{
  g_signal_connect_object (self->trend_panel, "message", G_CALLBACK (_zona_window_add_toast),
                           self, G_CONNECT_SWAPPED);
}
