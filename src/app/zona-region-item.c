/* zona-region-item.c — one region as a GObject, for the sidebar's list model
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-region-item.h"

/* GtkListView, GtkStringFilter and the row templates read GObject properties, so this wraps
 * the plain ZonaRegion record that the store returns. */
struct _ZonaRegionItem
{
  GObject     parent_instance;

  ZonaRegion *region;
  gboolean    is_own;
  gboolean    is_listed;
};

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_IS_OWN,
  PROP_IS_LISTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (ZonaRegionItem, zona_region_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
zona_region_item_finalize (GObject *object)
{
  ZonaRegionItem *self = (ZonaRegionItem *)object;

  g_clear_pointer (&self->region, zona_region_free);

  G_OBJECT_CLASS (zona_region_item_parent_class)->finalize (object);
}

static void
zona_region_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZonaRegionItem *self = ZONA_REGION_ITEM (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->region->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->region->name);
      break;

    case PROP_IS_OWN:
      g_value_set_boolean (value, self->is_own);
      break;

    case PROP_IS_LISTED:
      g_value_set_boolean (value, self->is_listed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_region_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ZonaRegionItem *self = ZONA_REGION_ITEM (object);

  switch (prop_id)
    {
    case PROP_IS_LISTED:
      zona_region_item_set_is_listed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_region_item_class_init (ZonaRegionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zona_region_item_finalize;
  object_class->get_property = zona_region_item_get_property;
  object_class->set_property = zona_region_item_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaRegionItem:is-own:
   *
   * Whether this is the user's own region (the GSettings key "region").
   */
  properties[PROP_IS_OWN] =
    g_param_spec_boolean ("is-own", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaRegionItem:is-listed:
   *
   * Whether the window's sidebar lists the region already, which the list of all regions
   * marks.
   */
  properties[PROP_IS_LISTED] =
    g_param_spec_boolean ("is-listed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zona_region_item_init (ZonaRegionItem *self)
{
}

/**
 * zona_region_item_new:
 * @region: (transfer full): a region from the store
 * @is_own: whether it is the user's own region
 *
 * Returns: (transfer full): a new item owning @region
 */
ZonaRegionItem *
zona_region_item_new (ZonaRegion *region,
                      gboolean    is_own)
{
  ZonaRegionItem *self;

  g_return_val_if_fail (region != NULL, NULL);

  self = g_object_new (ZONA_TYPE_REGION_ITEM, NULL);
  self->region = region;
  self->is_own = !!is_own;

  return self;
}

const ZonaRegion *
zona_region_item_get_region (ZonaRegionItem *self)
{
  g_return_val_if_fail (ZONA_IS_REGION_ITEM (self), NULL);

  return self->region;
}

const char *
zona_region_item_get_code (ZonaRegionItem *self)
{
  g_return_val_if_fail (ZONA_IS_REGION_ITEM (self), NULL);

  return self->region->code;
}

const char *
zona_region_item_get_name (ZonaRegionItem *self)
{
  g_return_val_if_fail (ZONA_IS_REGION_ITEM (self), NULL);

  return self->region->name;
}

gboolean
zona_region_item_get_is_own (ZonaRegionItem *self)
{
  g_return_val_if_fail (ZONA_IS_REGION_ITEM (self), FALSE);

  return self->is_own;
}

void
zona_region_item_set_is_listed (ZonaRegionItem *self,
                                gboolean        is_listed)
{
  g_return_if_fail (ZONA_IS_REGION_ITEM (self));

  is_listed = !!is_listed;
  if (self->is_listed == is_listed)
    return;

  self->is_listed = is_listed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_LISTED]);
}
