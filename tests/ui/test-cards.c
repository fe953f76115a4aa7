/* test-cards.c — the region's own score cards: what they say to a screen reader, and
 * correcting, deleting and adding the region's results from them, under Xvfb
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "zona-assessment-dialog.h"
#include "zona-category-chip.h"
#include "zona-result-item.h"
#include "zona-score-card.h"
#include "zona-store.h"
#include "zona-window.h"
#include "ui-test-utils.h"

static gpointer
card_child (ZonaScoreCard *card,
            const char    *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (card), ZONA_TYPE_SCORE_CARD,
                                                  name);

  g_assert_nonnull (child);

  return child;
}

/* The card of @scheme_id on the region page, or NULL. */
static ZonaScoreCard *
find_card (WindowFixture *f,
           const char    *scheme_id)
{
  GtkWidget *box = window_child (f, "card_box");

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *card = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      ZonaResultItem *item = zona_score_card_get_item (ZONA_SCORE_CARD (card));

      if (g_strcmp0 (zona_result_item_get_result (item)->scheme_id, scheme_id) == 0)
        return ZONA_SCORE_CARD (card);
    }

  return NULL;
}

static guint
count_cards (WindowFixture *f)
{
  GtkWidget *box = window_child (f, "card_box");
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* Shows @code afresh, as after a change made outside the window. */
static void
show_region (WindowFixture *f,
             const char    *code)
{
  g_assert_true (zona_window_select_region (f->window, g_str_equal (code, "35.77") ? "17.06"
                                                                                  : "35.77"));
  g_assert_true (zona_window_select_region (f->window, code));
  settle (20);
}

static ZonaAssessment *
get_region_result (WindowFixture *f,
                   const char    *code,
                   const char    *scheme_id,
                   int            year)
{
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GError) error = NULL;
  ZonaAssessment *assessment;

  region = zona_store_get_region (f->store, code, &error);
  g_assert_no_error (error);

  assessment = zona_store_get_assessment (f->store, region->id, 0, scheme_id, year, &error);
  if (assessment == NULL)
    g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);

  return assessment;
}

/* Records the rank the assessor published with a result of the region's own. */
static void
set_published_rank (WindowFixture *f,
                    const char    *code,
                    const char    *scheme_id,
                    int            year,
                    int            rank,
                    int            rank_of)
{
  g_autoptr(ZonaAssessment) assessment = get_region_result (f, code, scheme_id, year);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (assessment);
  assessment->id = 0;
  assessment->published_rank = rank;
  assessment->published_rank_of = rank_of;
  g_assert_cmpint (zona_store_set_assessment (f->store, assessment, &error), !=, 0);
  g_assert_no_error (error);
}

static ZonaAssessmentDialog *
wait_dialog (void)
{
  ZonaAssessmentDialog *dialog = find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG);

  g_assert_nonnull (dialog);
  wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

/* Runs the item of the card's menu whose action is @action, as choosing it in the popover
 * does: the action is looked up from the card upwards, with the item's target. */
static void
activate_menu_item (ZonaScoreCard *card,
                    const char    *action)
{
  GMenuModel *menu = zona_score_card_get_menu_model (card);

  g_assert_nonnull (menu);

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *name = NULL;
          g_autoptr(GVariant) target = NULL;

          g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION,
                                                          "s", &name));
          if (!g_str_equal (name, action))
            continue;

          target = g_menu_model_get_item_attribute_value (section, i, G_MENU_ATTRIBUTE_TARGET,
                                                          NULL);
          g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (card), name, target));
          return;
        }
    }

  g_assert_not_reached ();
}

/* The labels of the card's menu, section by section, "|" between sections. */
static char *
menu_labels (ZonaScoreCard *card)
{
  GMenuModel *menu = zona_score_card_get_menu_model (card);
  g_autoptr(GString) text = g_string_new (NULL);

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      if (s > 0)
        g_string_append (text, "|");
      for (int i = 0; i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *label = NULL;

          g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL,
                                                          "s", &label));
          if (i > 0)
            g_string_append (text, ",");
          g_string_append (text, label);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What a screen reader hears: the card is a button whose name holds the whole fact, the chip
 * a picture named by its category. GTK 4.8 has no getter for these; the test context that
 * GTK_A11Y=test gives (see main()) keeps them, and gtk_test_accessible_* reads them back. */
static void
test_accessible (WindowFixture *f,
                 gconstpointer  data)
{
  ZonaScoreCard *card;
  ZonaCategoryChip *chip;

  /* Kabupaten Mukomuko: 60,35 in 2022, 90,02 in 2023, 90,64 in 2024. */
  set_published_rank (f, "17.06", "ombudsman", 2024, 3, 38);
  show_region (f, "17.06");
  card = find_card (f, "ombudsman");
  g_assert_nonnull (card);

  gtk_test_accessible_assert_role (card, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (card, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Ombudsman 2024: 90,64, Kategori A, rank 3 of 38, "
                                       "up 0,62 from 2023");
  gtk_test_accessible_assert_property (card, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Kualitas Tertinggi");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (card)));

  /* The rank is on the card for the eye as well. */
  g_assert_true (gtk_widget_get_visible (card_child (card, "rank_label")));
  g_assert_cmpstr (gtk_label_get_label (card_child (card, "rank_label")), ==, "Rank 3 of 38");

  /* The labels inside are hidden from screen readers, or each would be read a second time;
   * the menu button is not, and says whose actions it holds. */
  gtk_test_accessible_assert_state (card_child (card, "box"), GTK_ACCESSIBLE_STATE_HIDDEN,
                                    TRUE);
  gtk_test_accessible_assert_property (card_child (card, "menu_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Actions for Ombudsman 2024");

  chip = card_child (card, "chip");
  gtk_test_accessible_assert_role (chip, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (chip, GTK_ACCESSIBLE_PROPERTY_LABEL, "Kategori A");
  g_assert_cmpstr (zona_category_chip_get_label (chip), ==, "Kategori A");

  /* Without a 2024 result, the 2023 one is the latest: the example of the issue, word for
   * word once its rank is recorded. */
  set_published_rank (f, "17.06", "ombudsman", 2023, 3, 38);
  {
    g_autoptr(ZonaAssessment) latest = get_region_result (f, "17.06", "ombudsman", 2024);
    g_autoptr(GError) error = NULL;

    g_assert_true (zona_store_delete_assessment (f->store, latest->id, &error));
    g_assert_no_error (error);
  }
  show_region (f, "17.06");
  card = find_card (f, "ombudsman");
  gtk_test_accessible_assert_property (card, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Ombudsman 2023: 90,02, Kategori A, rank 3 of 38, "
                                       "up 29,67 from 2022");

  /* Kota Madiun published no Ombudsman score of its own for 2023: the card is its units'
   * mean and says so; no rank was published with it. */
  show_region (f, "35.77");
  card = find_card (f, "ombudsman");
  g_assert_nonnull (card);
  gtk_test_accessible_assert_property (card, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Ombudsman 2023: 93,59, Kategori A, mean of 7 units");
  g_assert_false (gtk_widget_get_visible (card_child (card, "rank_label")));
}

/* Tab reaches every card, as it reaches any button; the flow box around them is no stop. */
static void
test_keyboard (WindowFixture *f,
               gconstpointer  data)
{
  GHashTable *reached = g_hash_table_new (NULL, NULL);
  GtkWidget *focus;

  show_region (f, "35.77");
  g_assert_cmpuint (count_cards (f), ==, 2);

  for (guint i = 0; i < 60; i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_false (GTK_IS_FLOW_BOX_CHILD (focus));
      if (ZONA_IS_SCORE_CARD (focus))
        g_hash_table_add (reached, focus);
    }

  g_assert_cmpuint (g_hash_table_size (reached), ==, 2);
  g_hash_table_unref (reached);
}

/* Activating the card (a click, Enter or Space all emit its activate signal) opens the
 * region's own latest result; the dialog's Delete removes it with an Undo that restores it. */
static void
test_edit_delete_undo (WindowFixture *f,
                       gconstpointer  data)
{
  g_autoptr(ZonaAssessment) before = NULL;
  g_autoptr(ZonaAssessment) gone = NULL;
  g_autoptr(ZonaAssessment) back = NULL;
  g_autoptr(ZonaAssessment) corrected = NULL;
  ZonaAssessmentDialog *dialog;
  ZonaScoreCard *card;

  show_region (f, "17.06");
  before = get_region_result (f, "17.06", "ombudsman", 2024);
  g_assert_nonnull (before);

  card = find_card (f, "ombudsman");
  g_assert_true (gtk_widget_activate (GTK_WIDGET (card)));
  dialog = wait_dialog ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Result");
  g_assert_nonnull (zona_assessment_dialog_get_existing (dialog));
  g_assert_cmpint (zona_assessment_dialog_get_existing (dialog)->id, ==, before->id);
  g_assert_cmpstr (gtk_editable_get_text (result_dialog_child (dialog, "score_row")), ==, "90,64");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (result_dialog_child (dialog, "year_spin")), ==,
                   2024);
  /* The region itself is the first subject. */
  g_assert_cmpuint (adw_combo_row_get_selected (result_dialog_child (dialog, "subject_row")), ==, 0);

  /* A correction saved from the card is the region's. */
  gtk_editable_set_text (result_dialog_child (dialog, "score_row"), "90,65");
  click (result_dialog_child (dialog, "save_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG));
  corrected = get_region_result (f, "17.06", "ombudsman", 2024);
  g_assert_cmpint (corrected->score, ==, 9065);
  card = find_card (f, "ombudsman");
  g_assert_cmpstr (gtk_label_get_label (card_child (card, "score_label")), ==, "90,65");

  /* Delete in the dialog. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (card)));
  dialog = wait_dialog ();
  g_assert_true (gtk_widget_get_visible (result_dialog_child (dialog, "delete_button")));
  click (result_dialog_child (dialog, "delete_button"));
  settle (50);
  g_assert_null (find_toplevel (ZONA_TYPE_ASSESSMENT_DIALOG));

  gone = get_region_result (f, "17.06", "ombudsman", 2024);
  g_assert_null (gone);
  /* The card now shows the year before. */
  card = find_card (f, "ombudsman");
  g_assert_nonnull (card);
  g_assert_cmpint (zona_result_item_get_year (zona_score_card_get_item (card)), ==, 2023);

  /* Undo, as the toast's button or Ctrl+Z runs it, puts the result back as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (50);
  back = get_region_result (f, "17.06", "ombudsman", 2024);
  g_assert_nonnull (back);
  g_assert_true (back->has_score);
  g_assert_cmpint (back->score, ==, 9065);
  g_assert_cmpstr (back->source, ==, before->source);
  g_assert_cmpint (back->status, ==, before->status);
  card = find_card (f, "ombudsman");
  g_assert_cmpint (zona_result_item_get_year (zona_score_card_get_item (card)), ==, 2024);
}

/* A keyboard user keeps the place: after a change made from a card, the cards are new ones,
 * and the focus is on the one of the same scheme, not on the first card or nowhere. */
static void
test_focus_kept (WindowFixture *f,
                 gconstpointer  data)
{
  ZonaAssessmentDialog *dialog;
  ZonaScoreCard *card;

  /* Kota Madiun's second card: PEKPPP 4,61 in 2024, 4,74 in 2025. */
  show_region (f, "35.77");
  card = find_card (f, "pekppp");
  g_assert_true (gtk_widget_get_prev_sibling (gtk_widget_get_parent (GTK_WIDGET (card))) != NULL);
  gtk_widget_grab_focus (GTK_WIDGET (card));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (card)));
  dialog = wait_dialog ();
  click (result_dialog_child (dialog, "delete_button"));
  settle (50);

  card = find_card (f, "pekppp");
  g_assert_cmpint (zona_result_item_get_year (zona_score_card_get_item (card)), ==, 2024);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (card));

  /* Choosing another region in the sidebar moves the focus there; its cards do not take it. */
  g_assert_true (zona_window_select_region (f->window, "17.06"));
  gtk_widget_grab_focus (window_child (f, "region_list"));
  g_assert_true (zona_window_select_region (f->window, "35.77"));
  settle (20);
  g_assert_false (ZONA_IS_SCORE_CARD (gtk_root_get_focus (GTK_ROOT (f->window))));
}

/* The card's menu: Delete Result goes through the same Undo; Add Result for Another Year opens
 * the dialog on the region, the scheme and the next year. */
static void
test_menu (WindowFixture *f,
           gconstpointer  data)
{
  g_autoptr(ZonaAssessment) gone = NULL;
  g_autoptr(ZonaAssessment) back = NULL;
  g_autofree char *labels = NULL;
  ZonaAssessmentDialog *dialog;
  ZonaScoreCard *card;

  show_region (f, "17.06");
  card = find_card (f, "ombudsman");
  labels = menu_labels (card);
  g_assert_cmpstr (labels, ==, "_Edit Result…,_Delete Result|Show _Trend,_Add Result for Another Year…");
  g_assert_true (gtk_widget_get_visible (card_child (card, "menu_button")));

  activate_menu_item (card, "win.delete-region-result");
  settle (50);
  gone = get_region_result (f, "17.06", "ombudsman", 2024);
  g_assert_null (gone);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  settle (50);
  back = get_region_result (f, "17.06", "ombudsman", 2024);
  g_assert_nonnull (back);
  g_assert_cmpint (back->score, ==, 9064);

  card = find_card (f, "ombudsman");
  activate_menu_item (card, "win.edit-region-result");
  dialog = wait_dialog ();
  g_assert_cmpint (zona_assessment_dialog_get_existing (dialog)->year, ==, 2024);
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (20);

  activate_menu_item (card, "win.add-region-result");
  dialog = wait_dialog ();
  g_assert_null (zona_assessment_dialog_get_existing (dialog));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Add Result");
  g_assert_false (gtk_widget_get_visible (result_dialog_child (dialog, "delete_button")));
  g_assert_cmpuint (adw_combo_row_get_selected (result_dialog_child (dialog, "subject_row")), ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (result_dialog_child (dialog, "year_spin")), ==,
                   2025);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A card that shows the units' mean has nothing of the region's own to correct or delete:
 * activating it enters the published score for that year. */
static void
test_mean_of_units (WindowFixture *f,
                    gconstpointer  data)
{
  g_autofree char *labels = NULL;
  ZonaAssessmentDialog *dialog;
  ZonaScoreCard *card;

  show_region (f, "35.77");
  card = find_card (f, "ombudsman");
  g_assert_true (zona_score_card_get_item (card) != NULL);
  g_assert_true (zona_result_item_get_result (zona_score_card_get_item (card))->from_units);
  labels = menu_labels (card);
  g_assert_cmpstr (labels, ==, "_Enter Published Score…|Show _Trend,_Add Result for Another Year…");

  g_assert_true (gtk_widget_activate (GTK_WIDGET (card)));
  dialog = wait_dialog ();
  g_assert_null (zona_assessment_dialog_get_existing (dialog));
  g_assert_cmpuint (adw_combo_row_get_selected (result_dialog_child (dialog, "subject_row")), ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (result_dialog_child (dialog, "year_spin")), ==,
                   2023);

  /* Entered, the published score is the region's own and the card shows it. */
  gtk_editable_set_text (result_dialog_child (dialog, "score_row"), "93,60");
  click (result_dialog_child (dialog, "save_button"));
  settle (50);
  {
    g_autoptr(ZonaAssessment) saved = get_region_result (f, "35.77", "ombudsman", 2023);

    g_assert_nonnull (saved);
    g_assert_cmpint (saved->score, ==, 9360);
  }
  card = find_card (f, "ombudsman");
  g_assert_false (zona_result_item_get_result (zona_score_card_get_item (card))->from_units);
  g_clear_pointer (&labels, g_free);
  labels = menu_labels (card);
  g_assert_cmpstr (labels, ==, "_Edit Result…,_Delete Result|Show _Trend,_Add Result for Another Year…");
}

/* A region without results of its own offers to add the first one. */
static void
test_no_cards (WindowFixture *f,
               gconstpointer  data)
{
  g_autoptr(ZonaAssessment) only = NULL;
  g_autoptr(GError) error = NULL;
  ZonaAssessmentDialog *dialog;
  GtkWidget *label, *button;

  /* Kabupaten Magetan has one result, of 2021. */
  only = get_region_result (f, "35.20", "ombudsman", 2021);
  g_assert_true (zona_store_delete_assessment (f->store, only->id, &error));
  g_assert_no_error (error);

  /* A region without data leaves the list unless followed. */
  g_assert_true (zona_store_set_region_followed (f->store, "35.20", TRUE, &error));
  g_assert_no_error (error);
  zona_window_set_store (f->window, NULL);
  zona_window_set_store (f->window, f->store);
  g_assert_true (zona_window_select_region (f->window, "35.20"));
  settle (20);

  g_assert_cmpuint (count_cards (f), ==, 0);
  label = window_child (f, "no_cards_label");
  button = gtk_widget_get_next_sibling (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Add _Result…");

  click (button);
  dialog = wait_dialog ();
  g_assert_null (zona_assessment_dialog_get_existing (dialog));
  g_assert_cmpuint (adw_combo_row_get_selected (result_dialog_child (dialog, "subject_row")), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle (20);

  /* With a card, the offer goes. */
  g_assert_true (zona_window_select_region (f->window, "17.06"));
  settle (20);
  g_assert_false (gtk_widget_get_visible (label));
  g_assert_false (gtk_widget_get_visible (button));
}

/* Every colour a shipped scheme gives a category carries legible text: WCAG's 4.5:1. */
static void
test_chip_contrast (WindowFixture *f,
                    gconstpointer  data)
{
  GPtrArray *schemes = zona_store_get_schemes (f->store);
  guint n_colours = 0;
  ZonaCategoryChip *chip;

  chip = ZONA_CATEGORY_CHIP (g_object_ref_sink (zona_category_chip_new ()));
  g_assert_cmpfloat (zona_category_chip_get_contrast (chip), ==, 0);

  for (guint s = 0; s < schemes->len; s++)
    {
      const ZonaScheme *scheme = g_ptr_array_index (schemes, s);

      for (guint v = 0; v < scheme->versions->len; v++)
        {
          const ZonaSchemeVersion *version = g_ptr_array_index (scheme->versions, v);

          for (guint b = 0; version->bands != NULL && b < version->bands->len; b++)
            {
              const ZonaBand *band = g_ptr_array_index (version->bands, b);

              if (band->colour == NULL)
                continue;

              zona_category_chip_set_colour (chip, band->colour);
              zona_category_chip_set_label (chip, band->name);
              g_test_message ("%s on %s: contrast %.2f", band->name, band->colour,
                              zona_category_chip_get_contrast (chip));
              g_assert_cmpfloat (zona_category_chip_get_contrast (chip), >=, 4.5);
              gtk_test_accessible_assert_property (chip, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                   band->name);
              n_colours++;
            }
        }
    }

  g_assert_cmpuint (n_colours, >, 10);

  /* Colours chosen for their meaning rather than for legibility as well. */
  for (guint i = 0; i < 5; i++)
    {
      const char *colours[] = { "#388e3c", "#e64a19", "#808080", "#ffff00", "#0000ff" };

      zona_category_chip_set_colour (chip, colours[i]);
      g_assert_cmpfloat (zona_category_chip_get_contrast (chip), >=, 4.5);
    }

  g_object_unref (chip);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK_A11Y=none, which the display tests run with to keep off the session bus, gives widgets
   * no accessibility context at all, so nothing could be read back. The test backend keeps
   * every role, property and state and needs no bus either. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  adw_init ();

  g_test_add ("/ui/cards/accessible", WindowFixture, NULL,
              window_fixture_set_up, test_accessible, window_fixture_tear_down);
  g_test_add ("/ui/cards/keyboard", WindowFixture, NULL,
              window_fixture_set_up, test_keyboard, window_fixture_tear_down);
  g_test_add ("/ui/cards/edit-delete-undo", WindowFixture, NULL,
              window_fixture_set_up, test_edit_delete_undo, window_fixture_tear_down);
  g_test_add ("/ui/cards/focus-kept", WindowFixture, NULL,
              window_fixture_set_up, test_focus_kept, window_fixture_tear_down);
  g_test_add ("/ui/cards/menu", WindowFixture, NULL,
              window_fixture_set_up, test_menu, window_fixture_tear_down);
  g_test_add ("/ui/cards/mean-of-units", WindowFixture, NULL,
              window_fixture_set_up, test_mean_of_units, window_fixture_tear_down);
  g_test_add ("/ui/cards/no-cards", WindowFixture, NULL,
              window_fixture_set_up, test_no_cards, window_fixture_tear_down);
  g_test_add ("/ui/cards/chip-contrast", WindowFixture, NULL,
              window_fixture_set_up, test_chip_contrast, window_fixture_tear_down);

  return g_test_run ();
}
