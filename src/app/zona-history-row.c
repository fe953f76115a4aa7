/* zona-history-row.c — one year of a unit's results in one scheme, as a row of its page
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-category-chip.h"
#include "zona-history-row.h"

/* The year is the row's title; the line under it says what else is known of that year (its
 * status, the published rank, the name the unit had then). The category and the score with
 * its change sit at the end, where they line up from year to year. Activating the row is
 * left to the page, which knows what correcting a result means. */
struct _ZonaHistoryRow
{
  AdwActionRow      parent_instance;

  char             *scheme_id;
  int               year;
  gint64            unit_id;
  char             *detail;

  ZonaCategoryChip *chip;
  GtkLabel         *score_label;
  GtkLabel         *change_label;
};

G_DEFINE_FINAL_TYPE (ZonaHistoryRow, zona_history_row, ADW_TYPE_ACTION_ROW)

static char *
describe_year (const ZonaHistoryYear *year)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (year->status == ZONA_STATUS_DRAFT ?
                                    C_("assessment status", "Draft") :
                                    C_("assessment status", "Final")));

  if (!year->has_score)
    g_ptr_array_add (parts, g_strdup (_("No score recorded")));

  if (year->published_rank > 0 && year->published_rank_of > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("Rank %d of %d"), year->published_rank,
                                             year->published_rank_of));
  else if (year->published_rank > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("Rank %d"), year->published_rank));

  /* A change measured across a year without a score (2020, not held; a draft) says from
   * when. */
  if (year->has_delta && year->previous_year != year->year - 1)
    /* Translators: under a year whose change is measured from an earlier year than the one
     * before it, "change since 2019". */
    g_ptr_array_add (parts, g_strdup_printf (_("change since %d"), year->previous_year));

  if (year->former_name != NULL)
    /* Translators: the name a unit had in a year before a rename or merge, "recorded as
     * Dinas Sosial". */
    g_ptr_array_add (parts, g_strdup_printf (_("recorded as %s"), year->former_name));

  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the facts under a year, "Final · Rank 3 of 38". */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* One sentence for assistive technologies, which read the row as a whole. */
static void
update_accessible (ZonaHistoryRow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *category = zona_category_chip_get_label (self->chip);
  const char *change = gtk_label_get_label (self->change_label);

  g_string_append_printf (text, "%d: %s", self->year, gtk_label_get_label (self->score_label));
  if (category != NULL && *category != '\0')
    g_string_append_printf (text, ", %s", category);
  if (*change != '\0')
    g_string_append_printf (text, ", %s", change);
  g_string_append_printf (text, ", %s", self->detail);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
}

static void
zona_history_row_finalize (GObject *object)
{
  ZonaHistoryRow *self = (ZonaHistoryRow *)object;

  g_clear_pointer (&self->scheme_id, g_free);
  g_clear_pointer (&self->detail, g_free);

  G_OBJECT_CLASS (zona_history_row_parent_class)->finalize (object);
}

static void
zona_history_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ZONA_TYPE_HISTORY_ROW);

  G_OBJECT_CLASS (zona_history_row_parent_class)->dispose (object);
}

static void
zona_history_row_class_init (ZonaHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_history_row_dispose;
  object_class->finalize = zona_history_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaHistoryRow, chip);
  gtk_widget_class_bind_template_child (widget_class, ZonaHistoryRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaHistoryRow, change_label);

  g_type_ensure (ZONA_TYPE_CATEGORY_CHIP);
}

static void
zona_history_row_init (ZonaHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * zona_history_row_new:
 * @scheme: the scheme the year belongs to
 * @year: one year of a unit's history in @scheme
 *
 * Returns: (transfer floating): a row showing @year
 */
GtkWidget *
zona_history_row_new (const ZonaHistoryScheme *scheme,
                      const ZonaHistoryYear   *year)
{
  ZonaHistoryRow *self;
  g_autofree char *title = NULL;
  g_autofree char *score = NULL;
  g_autofree char *change = NULL;

  g_return_val_if_fail (scheme != NULL, NULL);
  g_return_val_if_fail (year != NULL, NULL);

  self = g_object_new (ZONA_TYPE_HISTORY_ROW, NULL);
  self->scheme_id = g_strdup (scheme->scheme_id);
  self->year = year->year;
  self->unit_id = year->unit_id;
  self->detail = describe_year (year);

  title = g_strdup_printf ("%d", year->year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), self->detail);

  /* An em dash marks "no score" without reading as zero, as in the unit list. */
  score = year->has_score ? zona_score_format (year->score) : g_strdup ("—");
  gtk_label_set_label (self->score_label, score);

  /* The change reads by its sign; the colour only repeats it. */
  change = year->has_delta ? zona_score_format_change (year->delta) : g_strdup ("");
  gtk_label_set_label (self->change_label, change);
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), year->has_delta);
  if (year->has_delta && year->delta > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "success");
  else if (year->has_delta && year->delta < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "dim-label");

  if (year->category_name != NULL)
    zona_category_chip_set_label (self->chip, year->category_name);
  else if (year->has_score)
    zona_category_chip_set_label (self->chip, _("No category"));
  zona_category_chip_set_colour (self->chip, year->colour);
  gtk_widget_set_visible (GTK_WIDGET (self->chip), year->has_score);

  /* What the category means ("Kualitas Tertinggi"), or why a score has none. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chip),
                               year->label != NULL ? year->label : year->no_category);

  update_accessible (self);

  return GTK_WIDGET (self);
}

const char *
zona_history_row_get_scheme_id (ZonaHistoryRow *self)
{
  g_return_val_if_fail (ZONA_IS_HISTORY_ROW (self), NULL);

  return self->scheme_id;
}

int
zona_history_row_get_year (ZonaHistoryRow *self)
{
  g_return_val_if_fail (ZONA_IS_HISTORY_ROW (self), 0);

  return self->year;
}

/* Returns: the unit the year's result is recorded for, which may be a predecessor */
gint64
zona_history_row_get_unit_id (ZonaHistoryRow *self)
{
  g_return_val_if_fail (ZONA_IS_HISTORY_ROW (self), 0);

  return self->unit_id;
}

/* Returns: the score as the row shows it, "90,02", or an em dash */
const char *
zona_history_row_get_score_text (ZonaHistoryRow *self)
{
  g_return_val_if_fail (ZONA_IS_HISTORY_ROW (self), NULL);

  return gtk_label_get_label (self->score_label);
}

/* Returns: the change since the scored year before, "+15,20", or "" for the first year */
const char *
zona_history_row_get_change_text (ZonaHistoryRow *self)
{
  g_return_val_if_fail (ZONA_IS_HISTORY_ROW (self), NULL);

  return gtk_label_get_label (self->change_label);
}

/* Returns: (nullable): the category on the row's chip, %NULL without a score */
const char *
zona_history_row_get_category_text (ZonaHistoryRow *self)
{
  g_return_val_if_fail (ZONA_IS_HISTORY_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->chip)))
    return NULL;

  return zona_category_chip_get_label (self->chip);
}

/* Returns: the line under the year: status, rank, the name the unit had then */
const char *
zona_history_row_get_detail_text (ZonaHistoryRow *self)
{
  g_return_val_if_fail (ZONA_IS_HISTORY_ROW (self), NULL);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (self));
}
