/* zona-category-chip.c — a category name on a pill in the category's colour
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "zona-category-chip.h"

/* The colour of a category comes from the scheme (data, possibly written by a user), so it
 * is drawn in snapshot rather than turned into CSS: no style sheet is generated from data,
 * and any colour GdkRGBA can parse works. The text colour is picked for contrast against
 * that fill, which keeps the chip legible in light and dark mode alike. */
struct _ZonaCategoryChip
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
  char      *colour;
  GdkRGBA    fill;
  gboolean   has_fill;
};

enum {
  PROP_0,
  PROP_LABEL,
  PROP_COLOUR,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (ZonaCategoryChip, zona_category_chip, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Relative luminance after WCAG 2, so that the text colour follows perceived brightness:
 * white on Zona Hijau's dark green, near-black on Zona Kuning's amber. */
static double
channel_luminance (float channel)
{
  return channel <= 0.03928 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static gboolean
wants_dark_text (const GdkRGBA *fill)
{
  double luminance = 0.2126 * channel_luminance (fill->red) +
                     0.7152 * channel_luminance (fill->green) +
                     0.0722 * channel_luminance (fill->blue);
  double contrast_white = 1.05 / (luminance + 0.05);
  double contrast_black = (luminance + 0.05) / 0.05;

  return contrast_black > contrast_white;
}

static void
update_label_style (ZonaCategoryChip *self)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));

  /* Without a fill the label is dimmed theme text ("No category"); with one it must contrast
   * with the fill, whatever the theme's own text colour is. */
  if (!self->has_fill)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");

  if (self->has_fill)
    {
      if (wants_dark_text (&self->fill))
        pango_attr_list_insert (attrs, pango_attr_foreground_new (0x1e1e, 0x1e1e, 0x1e1e));
      else
        pango_attr_list_insert (attrs, pango_attr_foreground_new (0xffff, 0xffff, 0xffff));
    }

  gtk_label_set_attributes (self->label, attrs);
}

static void
zona_category_chip_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  ZonaCategoryChip *self = ZONA_CATEGORY_CHIP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* An empty chip (no score, hence no category) draws nothing rather than a bare pill. */
  if (self->has_fill && width > 0 && height > 0 && *gtk_label_get_label (self->label) != '\0')
    {
      GskRoundedRect pill;

      gsk_rounded_rect_init_from_rect (&pill, &GRAPHENE_RECT_INIT (0, 0, width, height),
                                       MIN (height, width) / 2.0f);
      gtk_snapshot_push_rounded_clip (snapshot, &pill);
      gtk_snapshot_append_color (snapshot, &self->fill, &pill.bounds);
      gtk_snapshot_pop (snapshot);
    }

  gtk_widget_snapshot_child (widget, GTK_WIDGET (self->label), snapshot);
}

static void
zona_category_chip_dispose (GObject *object)
{
  ZonaCategoryChip *self = (ZonaCategoryChip *)object;

  if (self->label != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->label));
      self->label = NULL;
    }

  G_OBJECT_CLASS (zona_category_chip_parent_class)->dispose (object);
}

static void
zona_category_chip_finalize (GObject *object)
{
  ZonaCategoryChip *self = (ZonaCategoryChip *)object;

  g_clear_pointer (&self->colour, g_free);

  G_OBJECT_CLASS (zona_category_chip_parent_class)->finalize (object);
}

static void
zona_category_chip_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ZonaCategoryChip *self = ZONA_CATEGORY_CHIP (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, zona_category_chip_get_label (self));
      break;

    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_category_chip_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ZonaCategoryChip *self = ZONA_CATEGORY_CHIP (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      zona_category_chip_set_label (self, g_value_get_string (value));
      break;

    case PROP_COLOUR:
      zona_category_chip_set_colour (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_category_chip_class_init (ZonaCategoryChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_category_chip_dispose;
  object_class->finalize = zona_category_chip_finalize;
  object_class->get_property = zona_category_chip_get_property;
  object_class->set_property = zona_category_chip_set_property;

  widget_class->snapshot = zona_category_chip_snapshot;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaCategoryChip:colour:
   *
   * The fill, as the scheme writes it ("#2e7d32"); %NULL or an unreadable colour draws
   * no fill.
   */
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "categorychip");
}

static void
zona_category_chip_init (ZonaCategoryChip *self)
{
  /* The padding is set here, not in style.css, because the fill is drawn over the content
   * box only and must hold the text whether or not the application's CSS is loaded. */
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_margin_start (GTK_WIDGET (self->label), 9);
  gtk_widget_set_margin_end (GTK_WIDGET (self->label), 9);
  gtk_widget_set_margin_top (GTK_WIDGET (self->label), 2);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->label), 2);
  gtk_label_set_single_line_mode (self->label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "caption");
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));

  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  update_label_style (self);
}

GtkWidget *
zona_category_chip_new (void)
{
  return g_object_new (ZONA_TYPE_CATEGORY_CHIP, NULL);
}

const char *
zona_category_chip_get_label (ZonaCategoryChip *self)
{
  g_return_val_if_fail (ZONA_IS_CATEGORY_CHIP (self), NULL);

  return gtk_label_get_label (self->label);
}

void
zona_category_chip_set_label (ZonaCategoryChip *self,
                              const char       *label)
{
  g_return_if_fail (ZONA_IS_CATEGORY_CHIP (self));

  if (label == NULL)
    label = "";

  if (g_strcmp0 (label, gtk_label_get_label (self->label)) == 0)
    return;

  gtk_label_set_label (self->label, label);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
zona_category_chip_get_colour (ZonaCategoryChip *self)
{
  g_return_val_if_fail (ZONA_IS_CATEGORY_CHIP (self), NULL);

  return self->colour;
}

void
zona_category_chip_set_colour (ZonaCategoryChip *self,
                               const char       *colour)
{
  g_return_if_fail (ZONA_IS_CATEGORY_CHIP (self));

  if (g_strcmp0 (colour, self->colour) == 0)
    return;

  g_free (self->colour);
  self->colour = g_strdup (colour);
  self->has_fill = colour != NULL && gdk_rgba_parse (&self->fill, colour);

  update_label_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}
