/* zona-score-card.c — one subject's latest result in one scheme, as a card
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-category-chip.h"
#include "zona-score-card.h"

/* The card is one button to the user: a click, Enter or Space activates it, and a screen
 * reader hears one sentence holding what the card shows. Its menu (the button in its corner,
 * a right click, a long press or the Menu key) offers what else can be done with the result;
 * the window supplies that menu, since the card knows nothing of the actions behind it. */
struct _ZonaScoreCard
{
  GtkWidget         parent_instance;

  ZonaResultItem   *item;
  int               rank;
  int               rank_of;

  GtkWidget        *box;
  GtkWidget        *header_box;
  GtkLabel         *scheme_label;
  GtkLabel         *year_label;
  GtkLabel         *score_label;
  GtkLabel         *rank_label;
  ZonaCategoryChip *chip;
  GtkLabel         *detail_label;
  GtkLabel         *delta_label;
  GtkLabel         *note_label;
  GtkMenuButton    *menu_button;
};

enum {
  PROP_0,
  PROP_ITEM,
  PROP_MENU_MODEL,
  N_PROPS
};

enum {
  ACTIVATE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaScoreCard, zona_score_card, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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

/* The whole card in one sentence, for a screen reader: "Ombudsman 2023: 90,02, Kategori A,
 * rank 3 of 38, up 29,67 from 2022". */
static char *
describe_card (ZonaScoreCard *self)
{
  const ZonaLatestResult *result = zona_result_item_get_result (self->item);
  const char *category = zona_result_item_get_category_text (self->item);
  g_autoptr(GString) text = g_string_new (NULL);

  if (result->has_score)
    /* Translators: the start of a score card read aloud: scheme, year, then the score. */
    g_string_append_printf (text, _("%s %d: %s"), result->scheme_name, result->year,
                            zona_result_item_get_score_text (self->item));
  else
    /* Translators: a score card read aloud when the year has no score yet. */
    g_string_append_printf (text, _("%s %d: no score recorded"), result->scheme_name,
                            result->year);

  if (category != NULL)
    g_string_append_printf (text, ", %s", category);

  if (self->rank > 0 && self->rank_of > 0)
    {
      g_string_append (text, ", ");
      /* Translators: a published rank read aloud, "rank 3 of 38". */
      g_string_append_printf (text, _("rank %d of %d"), self->rank, self->rank_of);
    }
  else if (self->rank > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, _("rank %d"), self->rank);
    }

  if (result->has_delta)
    {
      g_autofree char *amount = zona_score_format (ABS (result->delta));

      g_string_append (text, ", ");
      if (result->delta > 0)
        /* Translators: a change read aloud, "up 29,67 from 2022". */
        g_string_append_printf (text, _("up %s from %d"), amount, result->previous_year);
      else if (result->delta < 0)
        g_string_append_printf (text, _("down %s from %d"), amount, result->previous_year);
      else
        g_string_append_printf (text, _("unchanged from %d"), result->previous_year);
    }

  if (result->from_units && result->n_units > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "mean of %u unit",
                                                 "mean of %u units", result->n_units),
                              result->n_units);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_rank (ZonaScoreCard *self)
{
  g_autofree char *text = NULL;

  if (self->rank > 0 && self->rank_of > 0)
    /* Translators: a published rank on a score card, "Rank 3 of 38". */
    text = g_strdup_printf (_("Rank %d of %d"), self->rank, self->rank_of);
  else if (self->rank > 0)
    text = g_strdup_printf (_("Rank %d"), self->rank);

  gtk_label_set_label (self->rank_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->rank_label), text != NULL);
}

static void
update_accessible (ZonaScoreCard *self)
{
  const ZonaLatestResult *result;
  g_autofree char *label = NULL;
  g_autofree char *menu_label = NULL;
  const char *detail;

  if (self->item == NULL)
    return;

  result = zona_result_item_get_result (self->item);
  label = describe_card (self);
  detail = zona_result_item_get_category_detail (self->item);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (detail != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  /* Translators: the menu button of a score card, "Actions for Ombudsman 2023". */
  menu_label = g_strdup_printf (_("Actions for %s %d"), result->scheme_name, result->year);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
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

  update_accessible (self);
}

static void
popup_menu (ZonaScoreCard *self)
{
  if (gtk_menu_button_get_menu_model (self->menu_button) != NULL)
    gtk_menu_button_popup (self->menu_button);
}

static void
menu_popup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  popup_menu (ZONA_SCORE_CARD (widget));
}

static gboolean
is_on_menu_button (ZonaScoreCard *self,
                   double         x,
                   double         y)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  return target != NULL && (target == GTK_WIDGET (self->menu_button) ||
                            gtk_widget_is_ancestor (target, GTK_WIDGET (self->menu_button)));
}

/* A click activates on release inside the card, as a button does, so that pressing and then
 * moving away cancels it. The menu button handles its own clicks. */
static void
on_click_pressed (ZonaScoreCard   *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  if (is_on_menu_button (self, x, y))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  if (gtk_widget_get_focus_on_click (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_ACTIVE, FALSE);
}

static void
on_click_released (ZonaScoreCard   *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_ACTIVE);

  /* A double click opens the result once; the second click is not another request. */
  if (n_press != 1 || !gtk_widget_contains (GTK_WIDGET (self), x, y) ||
      is_on_menu_button (self, x, y))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
on_click_stopped (ZonaScoreCard   *self,
                  GtkGestureClick *gesture)
{
  gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_ACTIVE);
}

static void
on_context_pressed (ZonaScoreCard   *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self);
}

static void
on_long_pressed (ZonaScoreCard       *self,
                 double               x,
                 double               y,
                 GtkGestureLongPress *gesture)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self);
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

    case PROP_MENU_MODEL:
      g_value_set_object (value, zona_score_card_get_menu_model (self));
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

    case PROP_MENU_MODEL:
      zona_score_card_set_menu_model (self, g_value_get_object (value));
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

  /**
   * ZonaScoreCard:menu-model:
   *
   * What the card's menu offers; without one the card has no menu button.
   */
  properties[PROP_MENU_MODEL] =
    g_param_spec_object ("menu-model", NULL, NULL, G_TYPE_MENU_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ZonaScoreCard::activate:
   * @self: the card
   *
   * Emitted when the card is clicked, or Enter or Space is pressed on it: the user asks for
   * the result the card shows.
   */
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);

  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_install_action (widget_class, "menu.popup", NULL, menu_popup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "menu.popup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "menu.popup", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-score-card.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, box);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, header_box);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, scheme_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, year_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, score_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, rank_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, chip);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, delta_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, note_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaScoreCard, menu_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scorecard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);

  g_type_ensure (ZONA_TYPE_CATEGORY_CHIP);
}

static void
zona_score_card_init (ZonaScoreCard *self)
{
  GtkGesture *gesture;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The card's label already says all that the labels inside it show. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), FALSE);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_click_pressed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "released", G_CALLBACK (on_click_released), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "stopped", G_CALLBACK (on_click_stopped), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_context_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (gesture), TRUE);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_long_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
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

/**
 * zona_score_card_set_rank:
 * @self: a card
 * @rank: the published rank, 1 for the best, or 0 when none was published
 * @rank_of: how many were ranked, or 0 when that is not known
 *
 * Shows the rank that the assessor published with the result ("Rank 3 of 38").
 */
void
zona_score_card_set_rank (ZonaScoreCard *self,
                          int            rank,
                          int            rank_of)
{
  g_return_if_fail (ZONA_IS_SCORE_CARD (self));

  rank = MAX (rank, 0);
  rank_of = rank > 0 ? MAX (rank_of, 0) : 0;
  if (rank == self->rank && rank_of == self->rank_of)
    return;

  self->rank = rank;
  self->rank_of = rank_of;
  update_rank (self);
  update_accessible (self);
}

GMenuModel *
zona_score_card_get_menu_model (ZonaScoreCard *self)
{
  g_return_val_if_fail (ZONA_IS_SCORE_CARD (self), NULL);

  return gtk_menu_button_get_menu_model (self->menu_button);
}

/**
 * zona_score_card_set_menu_model:
 * @self: a card
 * @menu_model: (nullable): what the card's menu offers
 *
 * The menu's actions are looked up from the card upwards, so "win." actions of the window
 * that holds the card work, with whatever target each item carries.
 */
void
zona_score_card_set_menu_model (ZonaScoreCard *self,
                                GMenuModel    *menu_model)
{
  g_return_if_fail (ZONA_IS_SCORE_CARD (self));
  g_return_if_fail (menu_model == NULL || G_IS_MENU_MODEL (menu_model));

  if (menu_model == gtk_menu_button_get_menu_model (self->menu_button))
    return;

  gtk_menu_button_set_menu_model (self->menu_button, menu_model);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), menu_model != NULL);

  /* The menu button sits over the top right corner: the year moves out of its way. */
  gtk_widget_set_margin_end (self->header_box, menu_model != NULL ? 52 : 16);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENU_MODEL]);
}
