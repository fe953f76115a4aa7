/* zona-score-card.c — one subject's latest result in one scheme, as a card
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-category-chip.h"
#include "zona-score-card.h"

struct _ZonaScoreCard
{
  GtkWidget         parent_instance;

  ZonaResultItem   *item;

  GtkWidget        *box;
  GtkLabel         *scheme_label;
  GtkLabel         *year_label;
  GtkLabel         *score_label;
  ZonaCategoryChip *chip;
  GtkLabel         *detail_label;
  GtkLabel         *delta_label;
  GtkLabel         *note_label;
};

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (ZonaScoreCard, zona_score_card, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* The line under the category says where the number stands: the change and the year it is
 * measured from, whether it is a mean of the units, or that it is the first on record. */
static char *
describe_note (const ZonaLatestResult *result,
               guint                   n_units)
{
  g_autoptr(GString) note = g_string_new (NULL);

  if (!result->has_score)
    return g_strdup (_("No score recorded"));

  if (result->has_delta)
    /* Translators: follows a change such as "+29,67"; %d is the earlier year. */
    g_string_append_printf (note, _("since %d"), result->previous_year);

  if (result->from_units)
    {
      g_autofree char *mean = NULL;

      if (n_units > 0)
        mean = g_strdup_printf (result->has_delta ?
                                g_dngettext (GETTEXT_PACKAGE, "mean of %u unit",
                                             "mean of %u units", n_units) :
                                g_dngettext (GETTEXT_PACKAGE, "Mean of %u unit",
                                             "Mean of %u units", n_units),
                                n_units);
      else
        mean = g_strdup (result->has_delta ? _("mean of its units") : _("Mean of its units"));

      if (note->len > 0)
        g_string_append (note, " · ");
      g_string_append (note, mean);
    }

  if (note->len == 0)
    g_string_append (note, _("First result on record"));

  return g_string_free (g_steal_pointer (&note), FALSE);
}

static void
zona_score_card_update (ZonaScoreCard *self)
{
  const ZonaLatestResult *result;
  g_autofree char *year = NULL;
  g_autofree char *note = NULL;
  gint64 delta;

  if (self->item == NULL)
    return;

  result = zona_result_item_get_result (self->item);

  year = g_strdup_printf ("%d", result->year);
  gtk_label_set_label (self->scheme_label, result->scheme_name);
  gtk_label_set_label (self->year_label, year);
  gtk_label_set_label (self->score_label, zona_result_item_get_score_text (self->item));

  zona_category_chip_set_label (self->chip, zona_result_item_get_category_text (self->item));
  zona_category_chip_set_colour (self->chip, result->colour);
  gtk_widget_set_visible (GTK_WIDGET (self->chip),
                          zona_result_item_get_category_text (self->item) != NULL);
  gtk_label_set_label (self->detail_label, zona_result_item_get_category_detail (self->item));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->detail_label),
                               zona_result_item_get_category_detail (self->item));

  /* Colour repeats what the sign already says, for a reader who scans the cards. */
  delta = zona_result_item_get_delta (self->item);
  gtk_label_set_label (self->delta_label, zona_result_item_get_delta_text (self->item));
  gtk_widget_set_visible (GTK_WIDGET (self->delta_label), result->has_delta);
  gtk_widget_remove_css_class (GTK_WIDGET (self->delta_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->delta_label), "error");
  if (delta > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->delta_label), "success");
  else if (delta < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->delta_label), "error");

  note = describe_note (result, zona_result_item_get_n_units (self->item));
  gtk_label_set_label (self->note_label, note);
}

static void
zona_score_card_dispose (GObject *object)
{
  ZonaScoreCard *self = (ZonaScoreCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_SCORE_CARD);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (zona_score_card_parent_class)->dispose (object);
}

static void
zona_score_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZonaScoreCard *self = ZONA_SCORE_CARD (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_score_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ZonaScoreCard *self = ZONA_SCORE_CARD (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      zona_score_card_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_score_card_class_init (ZonaScoreCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_score_card_dispose;
  object_class->get_property = zona_score_card_get_property;
  object_class->set_property = zona_score_card_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, ZONA_TYPE_RESULT_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-score-card.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, box);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, scheme_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, year_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, score_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, chip);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, delta_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, note_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scorecard");

  g_type_ensure (ZONA_TYPE_CATEGORY_CHIP);
}

static void
zona_score_card_init (ZonaScoreCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zona_score_card_new (ZonaResultItem *item)
{
  return g_object_new (ZONA_TYPE_SCORE_CARD, "item", item, NULL);
}

ZonaResultItem *
zona_score_card_get_item (ZonaScoreCard *self)
{
  g_return_val_if_fail (ZONA_IS_SCORE_CARD (self), NULL);

  return self->item;
}

void
zona_score_card_set_item (ZonaScoreCard  *self,
                          ZonaResultItem *item)
{
  g_return_if_fail (ZONA_IS_SCORE_CARD (self));
  g_return_if_fail (item == NULL || ZONA_IS_RESULT_ITEM (item));

  if (!g_set_object (&self->item, item))
    return;

  zona_score_card_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
