/* zona-window-sidebar.c — the window's searchable list of regions
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-region-item.h"
#include "zona-window-private.h"

guint
_zona_window_find_region_position (GListModel *model,
                                   const char *code)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ZonaRegionItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (zona_region_item_get_code (item), code) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static gboolean
sidebar_is_covering (ZonaWindow *self)
{
  return adw_leaflet_get_folded (self->leaflet) &&
         adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;
}

/* Mirrors the shown region in the sidebar. A folded sidebar keeps nothing selected instead:
 * a tap on the row already selected would change nothing and so could not open it. */
void
_zona_window_sync_sidebar_selection (ZonaWindow *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (!sidebar_is_covering (self) && self->region_code != NULL)
    position = _zona_window_find_region_position (G_LIST_MODEL (self->region_filter_model),
                                                  self->region_code);

  if (gtk_single_selection_get_selected (self->region_selection) != position)
    gtk_single_selection_set_selected (self->region_selection, position);
}

static void
on_region_selected (ZonaWindow         *self,
                    GParamSpec         *pspec,
                    GtkSingleSelection *selection)
{
  ZonaRegionItem *item = gtk_single_selection_get_selected_item (selection);

  /* An emptied selection (a search hid the region, or the folded sidebar cleared it) leaves
   * the content page as it was. */
  if (item == NULL)
    return;

  if (g_strcmp0 (zona_region_item_get_code (item), self->region_code) != 0)
    _zona_window_show_region (self, item);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_regions_filtered (ZonaWindow *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *model)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  gtk_stack_set_visible_child_name (self->sidebar_stack, empty ? "no-match" : "list");

  /* The shown region comes back into the list when the search lets it. */
  _zona_window_sync_sidebar_selection (self);
}

static void
on_leaflet_changed (ZonaWindow *self,
                    GParamSpec *pspec,
                    AdwLeaflet *leaflet)
{
  _zona_window_sync_sidebar_selection (self);
}

static void
on_search_stopped (ZonaWindow     *self,
                   GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_search_activated (ZonaWindow     *self,
                     GtkSearchEntry *entry)
{
  g_autoptr(ZonaRegionItem) first = NULL;

  /* Enter in the search opens the first match, so a code typed in full goes straight to
   * its region. */
  first = g_list_model_get_item (G_LIST_MODEL (self->region_filter_model), 0);
  if (first != NULL)
    {
      gtk_single_selection_set_selected (self->region_selection, 0);
      if (g_strcmp0 (zona_region_item_get_code (first), self->region_code) != 0)
        _zona_window_show_region (self, first);
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child (self->leaflet, self->content);
    }
}

static void
show_regions_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "regions") != 0)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
_zona_window_class_sidebar_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.show-regions", NULL, show_regions_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
}

void
_zona_window_sidebar_init (ZonaWindow *self)
{
  GtkFilter *any;
  GtkStringFilter *filter;

  /* The search matches a region's name or its code: one string filter for each, joined by
   * an "any" filter, both fed by the entry. */
  self->regions = g_list_store_new (ZONA_TYPE_REGION_ITEM);
  any = GTK_FILTER (gtk_any_filter_new ());
  filter = gtk_string_filter_new (gtk_property_expression_new (ZONA_TYPE_REGION_ITEM, NULL,
                                                               "name"));
  g_object_bind_property (self->search_entry, "text", filter, "search", G_BINDING_SYNC_CREATE);
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), GTK_FILTER (filter));
  filter = gtk_string_filter_new (gtk_property_expression_new (ZONA_TYPE_REGION_ITEM, NULL,
                                                               "code"));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_PREFIX);
  g_object_bind_property (self->search_entry, "text", filter, "search", G_BINDING_SYNC_CREATE);
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), GTK_FILTER (filter));

  self->region_filter_model =
    gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->regions)), any);
  self->region_selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->region_filter_model)));
  gtk_single_selection_set_autoselect (self->region_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->region_selection, TRUE);
  gtk_list_view_set_model (self->region_list, GTK_SELECTION_MODEL (self->region_selection));

  g_signal_connect_object (self->region_selection, "notify::selected-item",
                           G_CALLBACK (on_region_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->region_filter_model, "items-changed",
                           G_CALLBACK (on_regions_filtered), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (on_leaflet_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (on_leaflet_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (on_search_stopped), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (on_search_activated), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->sidebar);
}
