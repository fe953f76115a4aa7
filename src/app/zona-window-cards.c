/* zona-window-cards.c — the region's own results as cards: correcting, deleting, adding
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-assessment-dialog.h"
#include "zona-score-card.h"
#include "zona-window-private.h"

/* A card stands for the region's latest result in one scheme. That year is either a result of
 * the region's own (Kota Madiun's published 90,02) or, when none was published, the mean of its
 * units, which is no record to correct or delete: the card then offers to enter the published
 * value instead. The actions take the scheme and year as their target, "(si)", so that the menu
 * of every card can name them, and read the result afresh from the store when they run. */

/* Returns: (transfer full) (nullable): the region's own result, or %NULL with @error set
 * (ZONA_STORE_ERROR_NOT_FOUND when there is none) */
static ZonaAssessment *
get_region_result (ZonaWindow  *self,
                   const char  *scheme_id,
                   int          year,
                   char       **out_region_name,
                   GError     **error)
{
  g_autoptr(ZonaRegion) region = NULL;
  ZonaAssessment *assessment;

  if (self->store == NULL || self->region_code == NULL)
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                           _("No region is shown"));
      return NULL;
    }

  region = zona_store_get_region (self->store, self->region_code, error);
  if (region == NULL)
    return NULL;

  assessment = zona_store_get_assessment (self->store, region->id, 0, scheme_id, year, error);
  if (assessment != NULL && out_region_name != NULL)
    *out_region_name = g_strdup (region->name);

  return assessment;
}

/* Opens the result dialog to add a result of the region itself, with the scheme and year
 * chosen when they are given (not "" and not 0). */
static void
open_add_dialog (ZonaWindow *self,
                 const char *scheme_id,
                 int         year)
{
  g_autoptr(GError) error = NULL;
  ZonaAssessmentDialog *dialog;

  if (self->store == NULL || self->region_code == NULL)
    return;

  dialog = zona_assessment_dialog_new (GTK_WINDOW (self), self->store, self->region_code, NULL,
                                       &error);
  if (dialog == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  zona_assessment_dialog_set_subject (dialog, 0);
  if (scheme_id != NULL && *scheme_id != '\0')
    zona_assessment_dialog_set_scheme (dialog, scheme_id);
  if (year > 0)
    zona_assessment_dialog_set_year (dialog, year);

  _zona_window_present_result_dialog (self, dialog);
}

static void
edit_region_result_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  const char *scheme_id;
  int year;

  g_variant_get (parameter, "(&si)", &scheme_id, &year);

  assessment = get_region_result (self, scheme_id, year, NULL, &error);
  if (assessment == NULL)
    {
      /* A year the card shows as the mean of the units has no result of the region's own:
       * the published one is entered for it. */
      if (g_error_matches (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND))
        open_add_dialog (self, scheme_id, year);
      else
        _zona_window_add_toast (self, error->message);
      return;
    }

  _zona_window_edit_result (self, assessment);
}

static void
delete_region_result_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  ZonaWindow *self = ZONA_WINDOW (widget);
  ZonaAssessment *assessment;
  g_autoptr(GError) error = NULL;
  g_autofree char *region_name = NULL;
  const char *scheme_id;
  int year;

  g_variant_get (parameter, "(&si)", &scheme_id, &year);

  assessment = get_region_result (self, scheme_id, year, &region_name, &error);
  if (assessment == NULL)
    {
      _zona_window_add_toast (self, error->message);
      return;
    }

  _zona_window_delete_result (self, assessment, region_name);
}

static void
add_region_result_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  const char *scheme_id;
  int year;

  g_variant_get (parameter, "(&si)", &scheme_id, &year);
  open_add_dialog (ZONA_WINDOW (widget), scheme_id, year);
}

static void
on_card_activate (ZonaWindow    *self,
                  ZonaScoreCard *card)
{
  const ZonaLatestResult *result = zona_result_item_get_result (zona_score_card_get_item (card));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-region-result", "(si)",
                              result->scheme_id, result->year);
}

static GMenuItem *
menu_item_new (const char *label,
               const char *action,
               const char *scheme_id,
               int         year)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action,
                                           g_variant_new ("(si)", scheme_id, year));

  return item;
}

static GMenuModel *
card_menu_new (const ZonaLatestResult *result,
               gboolean                has_own)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) own = g_menu_new ();
  g_autoptr(GMenu) other = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  if (has_own)
    {
      item = menu_item_new (_("_Edit Result…"), "win.edit-region-result",
                            result->scheme_id, result->year);
      g_menu_append_item (own, item);
      g_clear_object (&item);
      item = menu_item_new (_("_Delete Result"), "win.delete-region-result",
                            result->scheme_id, result->year);
      g_menu_append_item (own, item);
      g_clear_object (&item);
    }
  else
    {
      /* The card shows the units' mean: what can be done is to enter the published score. */
      item = menu_item_new (_("_Enter Published Score…"), "win.add-region-result",
                            result->scheme_id, result->year);
      g_menu_append_item (own, item);
      g_clear_object (&item);
    }

  item = menu_item_new (_("Show _Trend"), "win.show-trend", result->scheme_id, result->year);
  g_menu_append_item (other, item);
  g_clear_object (&item);

  /* The next year is the likely one to add after the latest. */
  item = menu_item_new (_("_Add Result for Another Year…"), "win.add-region-result",
                        result->scheme_id, result->year + 1);
  g_menu_append_item (other, item);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (own));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (other));

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

/**
 * _zona_window_card_new:
 * @self: the window
 * @item: the region's latest result in one scheme
 *
 * Returns: (transfer floating): a card for @item, with its menu and the rank published with
 *   the result
 */
GtkWidget *
_zona_window_card_new (ZonaWindow     *self,
                       ZonaResultItem *item)
{
  const ZonaLatestResult *result = zona_result_item_get_result (item);
  g_autoptr(ZonaAssessment) own = NULL;
  g_autoptr(GMenuModel) menu = NULL;
  GtkWidget *card = zona_score_card_new (item);

  /* A year shown as the units' mean usually has no result of the region's own (a round's
   * draft may be one), hence no rank either. A failure to read it shows the card without
   * them; the actions report it if it persists. */
  own = get_region_result (self, result->scheme_id, result->year, NULL, NULL);
  if (own != NULL)
    zona_score_card_set_rank (ZONA_SCORE_CARD (card), own->published_rank,
                              own->published_rank_of);

  menu = card_menu_new (result, own != NULL);
  zona_score_card_set_menu_model (ZONA_SCORE_CARD (card), menu);

  g_signal_connect_object (card, "activate", G_CALLBACK (on_card_activate), self,
                           G_CONNECT_SWAPPED);

  return card;
}

void
_zona_window_class_cards_init (ZonaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.edit-region-result", "(si)",
                                   edit_region_result_action);
  gtk_widget_class_install_action (widget_class, "win.delete-region-result", "(si)",
                                   delete_region_result_action);
  gtk_widget_class_install_action (widget_class, "win.add-region-result", "(si)",
                                   add_region_result_action);
}
