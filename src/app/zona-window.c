/* zona-window.c — the main window: regions on the side, a region's results beside them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zona-category-chip.h"
#include "zona-overview.h"
#include "zona-region-item.h"
#include "zona-result-item.h"
#include "zona-score-card.h"
#include "zona-window-private.h"

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (ZonaWindow, zona_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
show_empty_store (ZonaWindow *self,
                  GError     *error)
{
  /* A failed listing is reported as it is; the button to add a region would mislead. */
  gtk_widget_set_visible (adw_status_page_get_child (self->empty_page),
                          error == NULL && self->store != NULL);

  if (self->store == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Database Open"));
      adw_status_page_set_description (self->empty_page, NULL);
    }
  else if (error != NULL)
    {
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      adw_status_page_set_title (self->empty_page, _("The Regions Cannot Be Listed"));
      adw_status_page_set_description (self->empty_page, description);
    }
  else
    {
      g_autofree char *basename = g_path_get_basename (zona_store_get_path (self->store));
      g_autofree char *description = NULL;

      description = g_markup_printf_escaped (_("The database “%s” holds no regions yet. Start "
                                               "with the region you work on: pick it from the "
                                               "Kemendagri list."),
                                             basename);
      adw_status_page_set_title (self->empty_page, _("No Regions Yet"));
      adw_status_page_set_description (self->empty_page, description);
    }

  gtk_stack_set_visible_child_name (self->main_stack, "empty");
  gtk_window_set_title (GTK_WINDOW (self), _("Zona"));
}

static void
clear_cards (ZonaWindow *self)
{
  GtkWidget *box = GTK_WIDGET (self->card_box);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *card = focus != NULL ? gtk_widget_get_ancestor (focus, ZONA_TYPE_SCORE_CARD) : NULL;
  GtkWidget *child;

  /* A card with the focus (or its menu button) is remembered for add_card. A refresh clears
   * the cards twice; the second time the focus is still on the card the first removed, and
   * what the first found is kept. The focus anywhere else, as on a region picked in the
   * sidebar, forgets it. */
  if (card != NULL && gtk_widget_is_ancestor (card, box))
    {
      ZonaResultItem *item = zona_score_card_get_item (ZONA_SCORE_CARD (card));

      g_free (self->focus_card_scheme);
      self->focus_card_scheme = g_strdup (zona_result_item_get_result (item)->scheme_id);
    }
  else if (card == NULL && focus != NULL && focus != box && !gtk_widget_is_ancestor (focus, box))
    {
      g_clear_pointer (&self->focus_card_scheme, g_free);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->card_box))) != NULL)
    gtk_flow_box_remove (self->card_box, child);
}

static void
add_card (ZonaWindow     *self,
          ZonaResultItem *item)
{
  GtkWidget *card = _zona_window_card_new (self, item);

  gtk_flow_box_append (self->card_box, card);

  /* The card itself takes the focus and is activated; its flow box child would only be one
   * more stop for Tab. */
  gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);

  if (g_strcmp0 (self->focus_card_scheme, zona_result_item_get_result (item)->scheme_id) == 0)
    {
      gtk_widget_grab_focus (card);
      g_clear_pointer (&self->focus_card_scheme, g_free);
    }
}

void
_zona_window_show_region (ZonaWindow     *self,
                          ZonaRegionItem *region)
{
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GPtrArray) unit_items = NULL;
  g_autoptr(GError) error = NULL;
  const char *code = zona_region_item_get_code (region);
  guint n_cards = 0;

  g_free (self->region_code);
  self->region_code = g_strdup (code);

  adw_window_title_set_title (self->region_title, zona_region_item_get_name (region));
  adw_window_title_set_subtitle (self->region_title, code);
  gtk_window_set_title (GTK_WINDOW (self), zona_region_item_get_name (region));

  clear_cards (self);
  _zona_window_units_clear (self);

  latest = zona_overview_latest (self->store, code, &error);
  if (latest == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      return;
    }

  unit_items = g_ptr_array_new_with_free_func (g_object_unref);

  /* Core lists the region's own results first, then its units'. The item takes each
   * result over, so the array must not free them too. */
  g_ptr_array_set_free_func (latest, NULL);
  for (guint i = 0; i < latest->len; i++)
    {
      ZonaLatestResult *result = g_ptr_array_index (latest, i);
      g_autoptr(ZonaResultItem) item = zona_result_item_new (result);

      if (result->unit_id == 0)
        {
          add_card (self, item);
          n_cards++;
        }
      else
        g_ptr_array_add (unit_items, g_steal_pointer (&item));
    }

  g_list_store_splice (self->results, 0, 0, unit_items->pdata, unit_items->len);

  gtk_widget_set_visible (GTK_WIDGET (self->card_box), n_cards > 0);
  gtk_widget_set_visible (self->no_cards_label, n_cards == 0);

  gtk_stack_set_visible_child_name (self->content_stack, "region");
  _zona_window_actions_update (self);
}

static void
show_no_region (ZonaWindow *self)
{
  g_clear_pointer (&self->region_code, g_free);
  clear_cards (self);
  g_list_store_remove_all (self->results);
  adw_window_title_set_title (self->region_title, _("Zona"));
  adw_window_title_set_subtitle (self->region_title, NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "select");
  _zona_window_actions_update (self);
}

static void
zona_window_reload (ZonaWindow *self)
{
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *own = NULL;
  g_autofree char *keep = NULL;
  g_autofree gpointer *items = NULL;
  gsize n_items = 0;
  guint own_index = G_MAXUINT;

  keep = g_strdup (self->region_code);
  show_no_region (self);
  g_list_store_remove_all (self->regions);

  if (self->store == NULL)
    {
      show_empty_store (self, NULL);
      return;
    }

  regions = zona_store_list_regions (self->store, ZONA_REGION_LIST_WITH_DATA, &error);
  if (regions == NULL)
    {
      show_empty_store (self, error);
      return;
    }

  if (regions->len == 0)
    {
      show_empty_store (self, NULL);
      return;
    }

  own = g_settings_get_string (self->settings, "region");

  /* Each region record goes to its item, which frees it. */
  g_ptr_array_set_free_func (regions, NULL);
  items = (gpointer *) g_ptr_array_steal (regions, &n_items);
  for (gsize i = 0; i < n_items; i++)
    {
      ZonaRegion *region = items[i];
      gboolean is_own = own[0] != '\0' && g_strcmp0 (region->code, own) == 0;

      if (is_own)
        own_index = i;
      items[i] = zona_region_item_new (region, is_own);
    }

  /* The user's own region leads; the rest keep the store's order by code. */
  if (own_index != G_MAXUINT && own_index > 0)
    {
      gpointer own_item = items[own_index];

      memmove (&items[1], &items[0], own_index * sizeof (gpointer));
      items[0] = own_item;
    }

  g_list_store_splice (self->regions, 0, 0, items, n_items);
  for (gsize i = 0; i < n_items; i++)
    g_object_unref (items[i]);

  gtk_stack_set_visible_child_name (self->main_stack, "regions");

  if (keep == NULL || !zona_window_select_region (self, keep))
    {
      g_autoptr(ZonaRegionItem) first = g_list_model_get_item (G_LIST_MODEL (self->regions), 0);

      zona_window_select_region (self, zona_region_item_get_code (first));
    }
}

static void
on_own_region_changed (ZonaWindow *self,
                       const char *key,
                       GSettings  *settings)
{
  zona_window_reload (self);
}

static gboolean
zona_window_close_request (GtkWindow *window)
{
  ZonaWindow *self = ZONA_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);

  /* The size to come back to is the unmaximized one, so that un-maximizing after the next
   * start does not leave a window as large as the screen. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  return GTK_WINDOW_CLASS (zona_window_parent_class)->close_request (window);
}

static void
zona_window_dispose (GObject *object)
{
  ZonaWindow *self = (ZonaWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_WINDOW);

  _zona_window_files_dispose (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->region_selection);
  g_clear_object (&self->region_filter_model);
  g_clear_object (&self->regions);
  g_clear_object (&self->result_selection);
  g_clear_object (&self->results);
  g_clear_pointer (&self->undo_assessment, zona_assessment_free);
  g_clear_pointer (&self->undo_indicators, g_hash_table_unref);
  g_clear_object (&self->shown_toast);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zona_window_parent_class)->dispose (object);
}

static void
zona_window_finalize (GObject *object)
{
  ZonaWindow *self = (ZonaWindow *)object;

  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->focus_card_scheme, g_free);
  g_clear_pointer (&self->unit_filter_region, g_free);

  G_OBJECT_CLASS (zona_window_parent_class)->finalize (object);
}

static void
zona_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ZonaWindow *self = ZONA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ZonaWindow *self = ZONA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      zona_window_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_window_class_init (ZonaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = zona_window_dispose;
  object_class->finalize = zona_window_finalize;
  object_class->get_property = zona_window_get_property;
  object_class->set_property = zona_window_set_property;

  window_class->close_request = zona_window_close_request;

  /**
   * ZonaWindow:store:
   *
   * The database the window shows; setting another one reloads the window.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, ZONA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, content);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, region_list);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, region_title);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, card_box);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, no_cards_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, units_stack);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, unit_view);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, score_column);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, change_column);

  _zona_window_class_sidebar_init (klass);
  _zona_window_class_units_init (klass);
  gtk_widget_class_bind_template_child (widget_class, ZonaWindow, recent_menu);
  _zona_window_class_actions_init (klass);
  _zona_window_class_cards_init (klass);
  _zona_window_class_files_init (klass);
  _zona_window_class_unit_page_init (klass);
  _zona_window_class_evidence_init (klass);
  _zona_window_class_evidence_round_init (klass);
  _zona_window_class_evidence_export_init (klass);
  _zona_window_class_trend_init (klass);

  /* The cell templates in zona-window.ui name these types. */
  g_type_ensure (ZONA_TYPE_REGION_ITEM);
  g_type_ensure (ZONA_TYPE_RESULT_ITEM);
  g_type_ensure (ZONA_TYPE_SCORE_CARD);
  /* Registering the card's type does not run its class_init, which ensures the chip: without
   * this, a database whose region has no result of its own gets unit rows without cells. */
  g_type_ensure (ZONA_TYPE_CATEGORY_CHIP);
}

static void
zona_window_init (ZonaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->settings, "changed::region",
                           G_CALLBACK (on_own_region_changed), self, G_CONNECT_SWAPPED);

  _zona_window_sidebar_init (self);

  _zona_window_units_init (self);
  _zona_window_files_init (self);
  _zona_window_unit_page_init (self);
  _zona_window_evidence_init (self);
  _zona_window_evidence_round_init (self);
  _zona_window_trend_init (self);

  zona_window_reload (self);
}

void
_zona_window_refresh (ZonaWindow *self)
{
  gint64 unit_id;
  gint64 checklist_id;
  gboolean round_shown;

  g_return_if_fail (ZONA_IS_WINDOW (self));

  /* A change made from a unit's page or a checklist leaves that page shown, brought up to
   * date. */
  unit_id = _zona_window_get_shown_unit (self);
  checklist_id = _zona_window_get_shown_checklist (self);
  round_shown = _zona_window_is_evidence_round_shown (self);
  zona_window_reload (self);
  if (unit_id != 0)
    _zona_window_unit_page_refresh (self, unit_id);
  else if (checklist_id != 0)
    _zona_window_checklist_refresh (self, checklist_id);
  else if (round_shown)
    _zona_window_show_evidence_round (self);
}

static void
on_toast_dismissed (ZonaWindow *self,
                    AdwToast   *toast)
{
  if (self->shown_toast == toast)
    g_clear_object (&self->shown_toast);
}

/* Says @message in a toast, with a button for @action_name when that is given. The window's
 * toasts are about its last action, so a new message takes the place of the one shown: the
 * same toast gets the new text and a fresh timeout. The window never dismisses a toast nor
 * lets one displace another, because libadwaita 1.2 can free a toast's place in the overlay
 * while an animation still uses it: a high-priority toast pushes the shown one back into the
 * queue, and a toast dismissed within 0,2 s of replacing another is freed before its own
 * slide-in ends. Both crashed the window (Delete, then Ctrl+Z at once). */
void
_zona_window_show_toast (ZonaWindow *self,
                         const char *message,
                         const char *button_label,
                         const char *action_name)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);

  if (self->shown_toast == NULL)
    {
      self->shown_toast = adw_toast_new (markup);
      g_signal_connect_object (self->shown_toast, "dismissed",
                               G_CALLBACK (on_toast_dismissed), self, G_CONNECT_SWAPPED);
    }
  else
    {
      adw_toast_set_title (self->shown_toast, markup);
    }

  adw_toast_set_button_label (self->shown_toast, button_label);
  adw_toast_set_action_name (self->shown_toast, action_name);

  /* Shows a new toast, or restarts the timeout of the one already shown. */
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->shown_toast));
}

void
_zona_window_add_toast (ZonaWindow *self,
                        const char *message)
{
  _zona_window_show_toast (self, message, NULL, NULL);
}

/* Returns: (transfer none) (nullable): the unit row selected in the region's list */
ZonaResultItem *
_zona_window_get_selected_result (ZonaWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "region") != 0)
    return NULL;

  return gtk_single_selection_get_selected_item (self->result_selection);
}

/**
 * zona_window_new:
 * @application: (nullable): the application, or %NULL in tests
 * @store: (nullable): the database to show
 *
 * Returns: (transfer full): a new window
 */
ZonaWindow *
zona_window_new (GtkApplication *application,
                 ZonaStore      *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || ZONA_IS_STORE (store), NULL);

  return g_object_new (ZONA_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

ZonaStore *
zona_window_get_store (ZonaWindow *self)
{
  g_return_val_if_fail (ZONA_IS_WINDOW (self), NULL);

  return self->store;
}

void
zona_window_set_store (ZonaWindow *self,
                       ZonaStore  *store)
{
  g_return_if_fail (ZONA_IS_WINDOW (self));
  g_return_if_fail (store == NULL || ZONA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* Another database has other regions: the one shown before means nothing there, and
   * neither does an Undo of a deletion made in it. */
  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->undo_assessment, zona_assessment_free);
  g_clear_pointer (&self->undo_indicators, g_hash_table_unref);
  if (self->shown_toast != NULL)
    {
      adw_toast_set_button_label (self->shown_toast, NULL);
      adw_toast_set_action_name (self->shown_toast, NULL);
    }
  zona_window_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * zona_window_get_region:
 * @self: a window
 *
 * Returns: (nullable): the code of the region the window shows
 */
const char *
zona_window_get_region (ZonaWindow *self)
{
  g_return_val_if_fail (ZONA_IS_WINDOW (self), NULL);

  return self->region_code;
}

/**
 * zona_window_select_region:
 * @self: a window
 * @code: a region's Kemendagri code
 *
 * Shows the region, as if it had been clicked in the sidebar.
 *
 * Returns: %FALSE when the sidebar does not list that region
 */
gboolean
zona_window_select_region (ZonaWindow *self,
                           const char *code)
{
  g_autoptr(ZonaRegionItem) item = NULL;
  guint position;

  g_return_val_if_fail (ZONA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  position = _zona_window_find_region_position (G_LIST_MODEL (self->regions), code);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  item = g_list_model_get_item (G_LIST_MODEL (self->regions), position);
  if (g_strcmp0 (code, self->region_code) != 0)
    _zona_window_show_region (self, item);

  adw_leaflet_set_visible_child (self->leaflet, self->content);
  _zona_window_sync_sidebar_selection (self);

  return TRUE;
}
