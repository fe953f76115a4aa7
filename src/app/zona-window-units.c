/* zona-window-units.c — the window's list of a region's units and their latest results
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-category-chip.h"
#include "zona-result-item.h"
#include "zona-window-private.h"

/* The cells are built in C rather than from GtkBuilderListItemFactory templates: a template
 * cell parses its XML for every row it creates, which made replacing the rows the larger part
 * of a region switch. An item never changes once made, so binding is plain setting, with no
 * expression or GBinding to keep alive. */

/* What a cell of one text shows: its alignment, a style class, and the item's text. */
typedef struct
{
  float         xalign;
  const char   *css_class;
  const char *(*get_text) (ZonaResultItem *item);
} LabelCell;

static const LabelCell scheme_cell = { 0.0f, NULL, zona_result_item_get_scheme_name };
static const LabelCell year_cell = { 0.0f, "numeric", zona_result_item_get_year_text };
static const LabelCell score_cell = { 1.0f, "numeric", zona_result_item_get_score_text };
static const LabelCell rank_cell = { 1.0f, "numeric", zona_result_item_get_rank_text };

static void
setup_label_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  const LabelCell          *cell)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), cell->xalign);
  if (cell->css_class != NULL)
    gtk_widget_add_css_class (label, cell->css_class);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_label_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 const LabelCell          *cell)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  ZonaResultItem *item = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (label), cell->get_text (item));
}

/* Tooltips are asked for when the pointer rests on a cell rather than set at bind: in GTK 4.8,
 * gtk_widget_set_tooltip_text() on a shown widget asks the display where the pointer is (a
 * round trip to the X server) to update a tooltip that may be open, and the two tooltips of
 * each of 40 new rows made that about a third of a region switch. The text comes from the
 * item the cell's list item holds at that moment. */
static gboolean
show_tooltip (GtkTooltip *tooltip,
              const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static gboolean
on_name_query_tooltip (GtkWidget   *widget,
                       int          x,
                       int          y,
                       gboolean     keyboard_mode,
                       GtkTooltip  *tooltip,
                       GtkListItem *list_item)
{
  ZonaResultItem *item = gtk_list_item_get_item (list_item);

  return item != NULL && show_tooltip (tooltip, zona_result_item_get_subject_name (item));
}

static gboolean
on_category_query_tooltip (GtkWidget   *widget,
                           int          x,
                           int          y,
                           gboolean     keyboard_mode,
                           GtkTooltip  *tooltip,
                           GtkListItem *list_item)
{
  ZonaResultItem *item = gtk_list_item_get_item (list_item);

  return item != NULL && show_tooltip (tooltip, zona_result_item_get_category_detail (item));
}

static gboolean
on_rank_query_tooltip (GtkWidget   *widget,
                       int          x,
                       int          y,
                       gboolean     keyboard_mode,
                       GtkTooltip  *tooltip,
                       GtkListItem *list_item)
{
  ZonaResultItem *item = gtk_list_item_get_item (list_item);

  return item != NULL && show_tooltip (tooltip, zona_result_item_get_rank_detail (item));
}

/* What gtk_widget_set_tooltip_text() would tell assistive technologies. */
static void
set_description (GtkWidget  *widget,
                 const char *text)
{
  if (text != NULL && *text != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The rank, with among whom it stands in its tooltip ("Rank 3 of 7 units assessed in
 * Ombudsman 2023"), since the column alone cannot say which scheme and year it counts in. */
static void
setup_rank_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label;

  setup_label_cell (factory, list_item, &rank_cell);
  label = gtk_list_item_get_child (list_item);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_rank_query_tooltip), list_item);
}

static void
bind_rank_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  ZonaResultItem *item = gtk_list_item_get_item (list_item);

  bind_label_cell (factory, list_item, &rank_cell);
  set_description (gtk_list_item_get_child (list_item), zona_result_item_get_rank_detail (item));
}

/* The unit's name, in full in its tooltip since the column may cut it, over its short name. */
static void
setup_unit_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *short_name = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (name), 18);
  gtk_widget_set_has_tooltip (name, TRUE);
  g_signal_connect (name, "query-tooltip", G_CALLBACK (on_name_query_tooltip), list_item);
  gtk_box_append (GTK_BOX (box), name);

  gtk_label_set_xalign (GTK_LABEL (short_name), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (short_name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (short_name, "caption");
  gtk_widget_add_css_class (short_name, "dim-label");
  gtk_box_append (GTK_BOX (box), short_name);

  gtk_list_item_set_child (list_item, box);
}

static void
bind_unit_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *short_name = gtk_widget_get_next_sibling (name);
  ZonaResultItem *item = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (name), zona_result_item_get_subject_name (item));
  set_description (name, zona_result_item_get_subject_name (item));
  gtk_label_set_label (GTK_LABEL (short_name), zona_result_item_get_short_name (item));
}

static void
setup_category_cell (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkWidget *chip = zona_category_chip_new ();

  gtk_widget_set_has_tooltip (chip, TRUE);
  g_signal_connect (chip, "query-tooltip", G_CALLBACK (on_category_query_tooltip), list_item);
  gtk_list_item_set_child (list_item, chip);
}

static void
bind_category_cell (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  ZonaCategoryChip *chip = ZONA_CATEGORY_CHIP (gtk_list_item_get_child (list_item));
  ZonaResultItem *item = gtk_list_item_get_item (list_item);

  zona_category_chip_set_label (chip, zona_result_item_get_category_text (item));
  zona_category_chip_set_colour (chip, zona_result_item_get_colour (item));
  set_description (GTK_WIDGET (chip), zona_result_item_get_category_detail (item));
}

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

/* The colour class follows the sign of the change. */
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

static void
set_cell_factory (GtkColumnViewColumn *column,
                  GCallback            setup,
                  GCallback            bind,
                  gconstpointer        user_data)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, (gpointer) user_data);
  g_signal_connect (factory, "bind", bind, (gpointer) user_data);
  gtk_column_view_column_set_factory (column, factory);
}

/* The list, or why there is none: no units at all, or none that the filter lets through. The
 * filter itself is offered only when there are units to filter. */
static void
update_units_page (ZonaWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->unit_filter_entry));
  guint n_units = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->unit_filter_model));

  gtk_widget_set_visible (GTK_WIDGET (self->unit_filter_entry), n_units > 0 || *text != '\0');

  if (n_units == 0)
    gtk_stack_set_visible_child_name (self->units_stack, "empty");
  else if (n_shown == 0)
    {
      g_autofree char *title = g_strdup_printf (_("No unit matches “%s”"), text);

      gtk_label_set_label (self->unit_no_match_label, title);
      gtk_stack_set_visible_child_name (self->units_stack, "no-match");
    }
  else
    gtk_stack_set_visible_child_name (self->units_stack, "list");
}

static void
on_units_changed (ZonaWindow *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  update_units_page (self);
}

static void
on_unit_filter_stopped (ZonaWindow     *self,
                        GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Enter in the filter goes to the first row it left, ready for Enter again to open it. */
static void
on_unit_filter_activated (ZonaWindow     *self,
                          GtkSearchEntry *entry)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->result_selection)) == 0)
    return;

  gtk_single_selection_set_selected (self->result_selection, 0);

  /* The column view gives the focus back to the row that last had it, which may be another
   * one than the row just selected, and GTK 4.8 has no call to choose the row. Its inner list
   * view keeps one widget per row in the rows' order: scrolled to the top, its first child is
   * the first row, and focusing that widget makes it the row the list works from. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->unit_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        GtkWidget *first_row;

        gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
        first_row = gtk_widget_get_first_child (child);
        if (first_row != NULL && gtk_widget_grab_focus (first_row))
          return;
      }

  gtk_widget_grab_focus (GTK_WIDGET (self->unit_view));
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
  g_autoptr(GtkSortListModel) sorted = NULL;
  GtkFilter *any;
  GtkStringFilter *filter;

  /* The filter matches a unit's name or its short name anywhere, ignoring case: one string
   * filter for each, joined by an "any" filter, both fed by the entry as the user types. */
  any = GTK_FILTER (gtk_any_filter_new ());
  filter = gtk_string_filter_new (gtk_property_expression_new (ZONA_TYPE_RESULT_ITEM, NULL,
                                                               "subject-name"));
  g_object_bind_property (self->unit_filter_entry, "text", filter, "search",
                          G_BINDING_SYNC_CREATE);
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), GTK_FILTER (filter));
  filter = gtk_string_filter_new (gtk_property_expression_new (ZONA_TYPE_RESULT_ITEM, NULL,
                                                               "short-name"));
  g_object_bind_property (self->unit_filter_entry, "text", filter, "search",
                          G_BINDING_SYNC_CREATE);
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), GTK_FILTER (filter));

  /* Clicking a column header sorts by that column: the column view's own sorter combines the
   * columns' sorters, which compare the items' numbers rather than their texts. The filter
   * comes before the sort, so that sorting works on the few rows left. */
  self->results = g_list_store_new (ZONA_TYPE_RESULT_ITEM);
  self->unit_filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->results)),
                                                       any);
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->unit_filter_model)),
                                    g_object_ref (gtk_column_view_get_sorter (self->unit_view)));
  self->result_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (sorted)));
  gtk_single_selection_set_autoselect (self->result_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->result_selection, TRUE);
  gtk_column_view_set_model (self->unit_view, GTK_SELECTION_MODEL (self->result_selection));
  g_signal_connect_object (self->result_selection, "notify::selected",
                           G_CALLBACK (_zona_window_actions_update), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->unit_view, "activate",
                           G_CALLBACK (on_unit_activated), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->results, "items-changed",
                           G_CALLBACK (on_units_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_filter_model, "items-changed",
                           G_CALLBACK (on_units_changed), self, G_CONNECT_SWAPPED);
  /* The title of the empty state follows each letter typed, also when no count changes. */
  g_signal_connect_object (self->unit_filter_entry, "notify::text",
                           G_CALLBACK (update_units_page), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_filter_entry, "stop-search",
                           G_CALLBACK (on_unit_filter_stopped), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_filter_entry, "activate",
                           G_CALLBACK (on_unit_filter_activated), self, G_CONNECT_SWAPPED);
  update_units_page (self);

  set_cell_factory (self->unit_column, G_CALLBACK (setup_unit_cell),
                    G_CALLBACK (bind_unit_cell), NULL);
  set_cell_factory (self->scheme_column, G_CALLBACK (setup_label_cell),
                    G_CALLBACK (bind_label_cell), &scheme_cell);
  set_cell_factory (self->year_column, G_CALLBACK (setup_label_cell),
                    G_CALLBACK (bind_label_cell), &year_cell);
  set_cell_factory (self->score_column, G_CALLBACK (setup_label_cell),
                    G_CALLBACK (bind_label_cell), &score_cell);
  set_cell_factory (self->rank_column, G_CALLBACK (setup_rank_cell),
                    G_CALLBACK (bind_rank_cell), NULL);
  set_cell_factory (self->category_column, G_CALLBACK (setup_category_cell),
                    G_CALLBACK (bind_category_cell), NULL);
  set_cell_factory (self->change_column, G_CALLBACK (setup_change_cell),
                    G_CALLBACK (bind_change_cell), NULL);
}

void
_zona_window_class_units_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, unit_column);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, scheme_column);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, year_column);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, rank_column);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, category_column);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, unit_filter_entry);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, unit_no_match_label);
}

/* Empties the unit list before the rows of self->region_code are added. The filter belongs to
 * one region: it is cleared when another one is shown, and kept when the same region is shown
 * again after a change, so the rows just edited stay in view. */
void
_zona_window_units_clear (ZonaWindow *self)
{
  if (g_strcmp0 (self->region_code, self->unit_filter_region) != 0)
    {
      g_free (self->unit_filter_region);
      self->unit_filter_region = g_strdup (self->region_code);
      gtk_editable_set_text (GTK_EDITABLE (self->unit_filter_entry), "");
    }

  g_list_store_remove_all (self->results);
}
