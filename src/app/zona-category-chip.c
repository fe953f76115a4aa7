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
  GdkRGBA    fill;       /* as drawn: the scheme's colour, adjusted for legible text */
  GdkRGBA    text;
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

static double
luminance (const GdkRGBA *colour)
{
  return 0.2126 * channel_luminance (colour->red) +
         0.7152 * channel_luminance (colour->green) +
         0.0722 * channel_luminance (colour->blue);
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Picks the text colour that contrasts more with @fill, then shifts the fill away from the
 * text until the pair reaches WCAG's 4.5:1 for small text. A scheme's colour chosen for its
 * meaning rather than for legibility, such as a mid orange (#e64a19) or green (#388e3c) on
 * which neither white nor near-black reaches 4.5:1, so turns a little darker or lighter but
 * keeps its hue; the common zone colours are drawn exactly as written. */
static void
pick_colours (const GdkRGBA *fill,
              GdkRGBA       *out_fill,
              GdkRGBA       *out_text)
{
  static const GdkRGBA white = { 1.0f, 1.0f, 1.0f, 1.0f };
  static const GdkRGBA dark = { 0x1e / 255.0f, 0x1e / 255.0f, 0x1e / 255.0f, 1.0f };
  gboolean dark_text;
  GdkRGBA shifted = *fill;

  /* A translucent fill would let the card show through: the text is measured on it opaque. */
  shifted.alpha = 1.0f;
  dark_text = contrast (&shifted, &dark) > contrast (&shifted, &white);
  *out_text = dark_text ? dark : white;

  for (guint step = 0; step < 20 && contrast (&shifted, out_text) < 4.5; step++)
    {
      float toward = dark_text ? 1.0f : 0.0f;

      shifted.red += (toward - shifted.red) * 0.08f;
      shifted.green += (toward - shifted.green) * 0.08f;
      shifted.blue += (toward - shifted.blue) * 0.08f;
    }

  *out_fill = shifted;
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
      guint16 red = (guint16) (self->text.red * 0xffff);
      guint16 green = (guint16) (self->text.green * 0xffff);
      guint16 blue = (guint16) (self->text.blue * 0xffff);

      pango_attr_list_insert (attrs, pango_attr_foreground_new (red, green, blue));
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

  /* To a screen reader the chip is one picture named by its category; the colour says nothing
   * that the name does not, so nothing is lost to someone who cannot see it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
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

  /* The label's text is the chip's accessible name: read once, not twice. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);

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
  if (*label != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
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
  GdkRGBA fill;

  g_return_if_fail (ZONA_IS_CATEGORY_CHIP (self));

  if (g_strcmp0 (colour, self->colour) == 0)
    return;

  g_free (self->colour);
  self->colour = g_strdup (colour);
  self->has_fill = colour != NULL && gdk_rgba_parse (&fill, colour);
  if (self->has_fill)
    pick_colours (&fill, &self->fill, &self->text);

  update_label_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

/**
 * zona_category_chip_get_contrast:
 * @self: a chip
 *
 * The contrast ratio (WCAG 2) of the chip's text on its fill as drawn, which is at least 4.5
 * for any colour a scheme may give; what the tests check.
 *
 * Returns: the ratio, or 0 when the chip has no fill
 */
double
zona_category_chip_get_contrast (ZonaCategoryChip *self)
{
  g_return_val_if_fail (ZONA_IS_CATEGORY_CHIP (self), 0);

  return self->has_fill ? contrast (&self->fill, &self->text) : 0;
}
