/* zona-window-units.c — the window's list of a region's units and their latest results
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-result-item.h"
#include "zona-window-private.h"

static void
setup_change_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

/* Written in C rather than in the template: the colour class follows the sign, which a
 * property binding cannot express. */
static void
bind_change_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  ZonaResultItem *item = gtk_list_item_get_item (list_item);
  gint64 delta = zona_result_item_get_delta (item);

  gtk_label_set_label (GTK_LABEL (label), zona_result_item_get_delta_text (item));
  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "error");
  if (delta > 0)
    gtk_widget_add_css_class (label, "success");
  else if (delta < 0)
    gtk_widget_add_css_class (label, "error");
}

/* A double click or Enter on a unit's row opens its result for editing. */
static void
on_unit_activated (ZonaWindow    *self,
                   guint          position,
                   GtkColumnView *view)
{
  gtk_single_selection_set_selected (self->result_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-result", NULL);
}

void
_zona_window_units_init (ZonaWindow *self)
{
  g_autoptr(GtkListItemFactory) change_factory = NULL;
  g_autoptr(GtkSortListModel) sorted = NULL;

  /* Clicking a column header sorts by that column: the column view's own sorter combines the
   * columns' sorters, which compare the items' numbers rather than their texts. */
  self->results = g_list_store_new (ZONA_TYPE_RESULT_ITEM);
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->results)),
                                    g_object_ref (gtk_column_view_get_sorter (self->unit_view)));
  self->result_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (sorted)));
  gtk_single_selection_set_autoselect (self->result_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->result_selection, TRUE);
  gtk_column_view_set_model (self->unit_view, GTK_SELECTION_MODEL (self->result_selection));
  g_signal_connect_object (self->result_selection, "notify::selected",
                           G_CALLBACK (_zona_window_actions_update), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->unit_view, "activate",
                           G_CALLBACK (on_unit_activated), self, G_CONNECT_SWAPPED);

  change_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (change_factory, "setup", G_CALLBACK (setup_change_cell), NULL);
  g_signal_connect (change_factory, "bind", G_CALLBACK (bind_change_cell), NULL);
  gtk_column_view_column_set_factory (self->change_column, change_factory);
}
