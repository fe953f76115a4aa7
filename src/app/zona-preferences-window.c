/* zona-preferences-window.c — the user's region, usual scheme and certificate signer
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-preferences-window.h"

struct _ZonaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* The setting's value for each row of the two combo rows; "" is "none". */
  GPtrArray            *region_codes;
  GPtrArray            *scheme_ids;

  /* Template widgets */
  AdwComboRow          *region_row;
  AdwComboRow          *scheme_row;
  AdwEntryRow          *signer_title_row;
  AdwEntryRow          *signer_name_row;
  AdwEntryRow          *signer_nip_row;
  AdwEntryRow          *signer_rank_row;
  AdwEntryRow          *issue_place_row;
  GtkSpinButton        *attachment_limit_spin;
};

G_DEFINE_FINAL_TYPE (ZonaPreferencesWindow, zona_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A combo row shows names but the setting holds a code: these map one to the other through
 * the array of values that the row's model was filled from. */
static gboolean
value_to_position (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  GPtrArray *values = user_data;
  const char *text = g_variant_get_string (variant, NULL);
  guint position;

  if (!g_ptr_array_find_with_equal_func (values, text, g_str_equal, &position))
    position = 0;
  g_value_set_uint (value, position);

  return TRUE;
}

static GVariant *
position_to_value (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  GPtrArray *values = user_data;
  guint position = g_value_get_uint (value);

  if (position >= values->len)
    return NULL;

  return g_variant_new_string (g_ptr_array_index (values, position));
}

static void
bind_combo (ZonaPreferencesWindow *self,
            const char            *key,
            AdwComboRow           *row,
            GtkStringList         *names,
            GPtrArray             *values)
{
  g_autofree char *current = g_settings_get_string (self->settings, key);

  /* A value that is not among the choices (a region no longer followed, say) is kept as a
   * row of its own rather than silently replaced. */
  if (current[0] != '\0' &&
      !g_ptr_array_find_with_equal_func (values, current, g_str_equal, NULL))
    {
      gtk_string_list_append (names, current);
      g_ptr_array_add (values, g_strdup (current));
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                value_to_position, position_to_value,
                                g_ptr_array_ref (values), (GDestroyNotify) g_ptr_array_unref);
}

static void
fill_regions (ZonaPreferencesWindow *self,
              ZonaStore             *store)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) regions = NULL;

  gtk_string_list_append (names, C_("own region", "None"));
  g_ptr_array_add (self->region_codes, g_strdup (""));

  /* The regions the user follows or has data for are the ones that can be theirs. */
  if (store != NULL)
    regions = zona_store_list_regions (store, ZONA_REGION_LIST_WITH_DATA, NULL);
  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      const ZonaRegion *region = g_ptr_array_index (regions, i);

      gtk_string_list_append (names, region->name);
      g_ptr_array_add (self->region_codes, g_strdup (region->code));
    }

  bind_combo (self, "region", self->region_row, names, self->region_codes);
}

static void
fill_schemes (ZonaPreferencesWindow *self,
              ZonaStore             *store)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *schemes = store ? zona_store_get_schemes (store) : NULL;

  for (guint i = 0; schemes != NULL && i < schemes->len; i++)
    {
      const ZonaScheme *scheme = g_ptr_array_index (schemes, i);

      gtk_string_list_append (names, scheme->short_name ? scheme->short_name : scheme->name);
      g_ptr_array_add (self->scheme_ids, g_strdup (scheme->id));
    }

  bind_combo (self, "default-scheme", self->scheme_row, names, self->scheme_ids);
}

static void
zona_preferences_window_dispose (GObject *object)
{
  ZonaPreferencesWindow *self = (ZonaPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (zona_preferences_window_parent_class)->dispose (object);
}

static void
zona_preferences_window_finalize (GObject *object)
{
  ZonaPreferencesWindow *self = (ZonaPreferencesWindow *)object;

  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->scheme_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (zona_preferences_window_parent_class)->finalize (object);
}

static void
zona_preferences_window_class_init (ZonaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_preferences_window_dispose;
  object_class->finalize = zona_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zonadesk/Zona/"
                                                             "zona-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaPreferencesWindow, region_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaPreferencesWindow, signer_title_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaPreferencesWindow, signer_name_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaPreferencesWindow, signer_nip_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaPreferencesWindow, signer_rank_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaPreferencesWindow, issue_place_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaPreferencesWindow,
                                        attachment_limit_spin);
}

static void
zona_preferences_window_init (ZonaPreferencesWindow *self)
{
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->scheme_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "signer-title", self->signer_title_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "signer-name", self->signer_name_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "signer-nip", self->signer_nip_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "signer-rank", self->signer_rank_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "issue-place", self->issue_place_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "attachment-limit-mb", self->attachment_limit_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * zona_preferences_window_new:
 * @parent: (nullable): the main window
 * @store: (nullable): the open database, which offers the regions and schemes to choose from
 *
 * Returns: (transfer none): a new preferences window, not yet shown, owned by GTK
 */
ZonaPreferencesWindow *
zona_preferences_window_new (GtkWindow *parent,
                             ZonaStore *store)
{
  ZonaPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store == NULL || ZONA_IS_STORE (store), NULL);

  self = g_object_new (ZONA_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  fill_regions (self, store);
  fill_schemes (self, store);

  return self;
}
