/* zona-region-dialog.c — following a region picked from the official list
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-region-dialog.h"
#include "zona-region-item.h"

struct _ZonaRegionDialog
{
  AdwWindow           parent_instance;

  ZonaStore          *store;
  GListStore         *regions;
  GtkFilterListModel *filter_model;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *region_list;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
};

enum {
  FOLLOWED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaRegionDialog, zona_region_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static void
follow (ZonaRegionDialog *self,
        ZonaRegionItem   *item)
{
  g_autoptr(GError) error = NULL;
  const char *code = zona_region_item_get_code (item);

  if (!zona_store_set_region_followed (self->store, code, TRUE, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  g_signal_emit (self, signals[FOLLOWED], 0, code);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_region_activated (ZonaRegionDialog *self,
                     guint             position,
                     GtkListView      *list)
{
  g_autoptr(ZonaRegionItem) item = NULL;

  item = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);
  if (item != NULL)
    follow (self, item);
}

/* Enter in the search follows the first match, so a full code typed is one step. */
static void
on_search_activated (ZonaRegionDialog *self,
                     GtkSearchEntry   *entry)
{
  g_autoptr(ZonaRegionItem) first = NULL;

  first = g_list_model_get_item (G_LIST_MODEL (self->filter_model), 0);
  if (first != NULL)
    follow (self, first);
}

static void
on_search_stopped (ZonaRegionDialog *self,
                   GtkSearchEntry   *entry)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_filtered (ZonaRegionDialog *self,
             guint             position,
             guint             removed,
             guint             added,
             GListModel       *model)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "no-match" : "list");
}

static void
zona_region_dialog_dispose (GObject *object)
{
  ZonaRegionDialog *self = (ZonaRegionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_REGION_DIALOG);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->regions);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zona_region_dialog_parent_class)->dispose (object);
}

static void
zona_region_dialog_class_init (ZonaRegionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_region_dialog_dispose;

  /**
   * ZonaRegionDialog::followed:
   * @self: the dialog
   * @code: the Kemendagri code of the region now followed
   *
   * Emitted once the store has marked the region as followed, just before the dialog closes.
   */
  signals[FOLLOWED] = g_signal_new ("followed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-region-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaRegionDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZonaRegionDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ZonaRegionDialog, region_list);
  gtk_widget_class_bind_template_child (widget_class, ZonaRegionDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZonaRegionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_region_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stopped);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (ZONA_TYPE_REGION_ITEM);
}

static void
zona_region_dialog_init (ZonaRegionDialog *self)
{
  GtkFilter *any;
  GtkStringFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* As in the sidebar: a name matches anywhere, a code from its start. */
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

  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->regions)),
                                                  any);
  gtk_list_view_set_model (self->region_list,
                           GTK_SELECTION_MODEL (gtk_single_selection_new (
                             g_object_ref (G_LIST_MODEL (self->filter_model)))));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_filtered), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * zona_region_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the database
 * @error: why the region list cannot be read
 *
 * Returns: (transfer none) (nullable): a new dialog, not yet shown, owned by GTK
 */
ZonaRegionDialog *
zona_region_dialog_new (GtkWindow   *parent,
                        ZonaStore   *store,
                        GError     **error)
{
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GHashTable) listed_codes = NULL;
  g_autofree gpointer *records = NULL;
  gsize n_records = 0;
  ZonaRegionDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);

  regions = zona_store_list_regions (store, ZONA_REGION_LIST_ALL, error);
  listed = zona_store_list_regions (store, ZONA_REGION_LIST_WITH_DATA, error);
  if (regions == NULL || listed == NULL)
    return NULL;

  listed_codes = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < listed->len; i++)
    g_hash_table_add (listed_codes, ((ZonaRegion *) g_ptr_array_index (listed, i))->code);

  self = g_object_new (ZONA_TYPE_REGION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  /* Each record goes to its item, which frees it; the items go into the list in one splice. */
  g_ptr_array_set_free_func (regions, NULL);
  records = (gpointer *) g_ptr_array_steal (regions, &n_records);
  for (gsize i = 0; i < n_records; i++)
    {
      gboolean is_listed = g_hash_table_contains (listed_codes,
                                                  ((ZonaRegion *) records[i])->code);

      records[i] = zona_region_item_new (records[i], FALSE);
      zona_region_item_set_is_listed (records[i], is_listed);
    }
  g_list_store_splice (self->regions, 0, 0, records, n_records);
  for (gsize i = 0; i < n_records; i++)
    g_object_unref (records[i]);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}
