/* zona-result-item.c — one latest result as a GObject, for list models
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-result-item.h"

/* GtkColumnView and its sorters work on GObject properties, so this wraps a ZonaLatestResult
 * from core and exposes the fields the window shows. The texts are formatted once here, by
 * core's own formatter, so every cell and card shows a score the same way. */
struct _ZonaResultItem
{
  GObject           parent_instance;

  ZonaLatestResult *result;
  char             *scheme_text;
  char             *year_text;
  char             *score_text;
  char             *rank_text;
  char             *rank_detail;
  char             *delta_text;
  char             *category_text;
};

enum {
  PROP_0,
  PROP_SUBJECT_NAME,
  PROP_SHORT_NAME,
  PROP_SCHEME_NAME,
  PROP_YEAR,
  PROP_YEAR_TEXT,
  PROP_HAS_SCORE,
  PROP_SCORE,
  PROP_SCORE_TEXT,
  PROP_CATEGORY_NAME,
  PROP_CATEGORY_LABEL,
  PROP_CATEGORY_TEXT,
  PROP_CATEGORY_DETAIL,
  PROP_COLOUR,
  PROP_HAS_DELTA,
  PROP_DELTA,
  PROP_DELTA_TEXT,
  PROP_N_UNITS,
  PROP_CATEGORY_RANK,
  PROP_RANK,
  PROP_RANK_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (ZonaResultItem, zona_result_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
zona_result_item_finalize (GObject *object)
{
  ZonaResultItem *self = (ZonaResultItem *)object;

  g_clear_pointer (&self->result, zona_latest_result_free);
  g_clear_pointer (&self->scheme_text, g_free);
  g_clear_pointer (&self->year_text, g_free);
  g_clear_pointer (&self->score_text, g_free);
  g_clear_pointer (&self->rank_text, g_free);
  g_clear_pointer (&self->rank_detail, g_free);
  g_clear_pointer (&self->delta_text, g_free);
  g_clear_pointer (&self->category_text, g_free);

  G_OBJECT_CLASS (zona_result_item_parent_class)->finalize (object);
}

static void
zona_result_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZonaResultItem *self = ZONA_RESULT_ITEM (object);

  switch (prop_id)
    {
    case PROP_SUBJECT_NAME:
      g_value_set_string (value, self->result->subject_name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->result->short_name);
      break;

    case PROP_SCHEME_NAME:
      g_value_set_string (value, self->scheme_text);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->result->year);
      break;

    case PROP_YEAR_TEXT:
      g_value_set_string (value, self->year_text);
      break;

    case PROP_HAS_SCORE:
      g_value_set_boolean (value, self->result->has_score);
      break;

    case PROP_SCORE:
      g_value_set_int64 (value, zona_result_item_get_score (self));
      break;

    case PROP_SCORE_TEXT:
      g_value_set_string (value, self->score_text);
      break;

    case PROP_CATEGORY_NAME:
      g_value_set_string (value, self->result->category_name);
      break;

    case PROP_CATEGORY_LABEL:
      g_value_set_string (value, self->result->label);
      break;

    case PROP_CATEGORY_TEXT:
      g_value_set_string (value, self->category_text);
      break;

    case PROP_CATEGORY_DETAIL:
      g_value_set_string (value, zona_result_item_get_category_detail (self));
      break;

    case PROP_COLOUR:
      g_value_set_string (value, self->result->colour);
      break;

    case PROP_HAS_DELTA:
      g_value_set_boolean (value, self->result->has_delta);
      break;

    case PROP_DELTA:
      g_value_set_int64 (value, zona_result_item_get_delta (self));
      break;

    case PROP_DELTA_TEXT:
      g_value_set_string (value, self->delta_text);
      break;

    case PROP_N_UNITS:
      g_value_set_uint (value, self->result->n_units);
      break;

    case PROP_CATEGORY_RANK:
      g_value_set_int (value, self->result->category_rank);
      break;

    case PROP_RANK:
      g_value_set_uint (value, zona_result_item_get_rank (self));
      break;

    case PROP_RANK_TEXT:
      g_value_set_string (value, self->rank_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zona_result_item_class_init (ZonaResultItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zona_result_item_finalize;
  object_class->get_property = zona_result_item_get_property;

  properties[PROP_SUBJECT_NAME] =
    g_param_spec_string ("subject-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHEME_NAME] =
    g_param_spec_string ("scheme-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:year-text:
   *
   * The year as shown, empty for a unit that has no result yet.
   */
  properties[PROP_YEAR_TEXT] =
    g_param_spec_string ("year-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_SCORE] =
    g_param_spec_boolean ("has-score", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:score:
   *
   * The score in hundredths, or -1 when there is none, so that sorting puts unscored
   * rows below every real score.
   */
  properties[PROP_SCORE] =
    g_param_spec_int64 ("score", NULL, NULL, G_MININT64, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE_TEXT] =
    g_param_spec_string ("score-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY_NAME] =
    g_param_spec_string ("category-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY_LABEL] =
    g_param_spec_string ("category-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:category-text:
   *
   * What the category chip says: the category's name, "No category" for a score that no band
   * of its year covers, or %NULL when there is no score at all.
   */
  properties[PROP_CATEGORY_TEXT] =
    g_param_spec_string ("category-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:category-detail:
   *
   * The category's label ("Kualitas Tertinggi"), or core's reason why there is none.
   */
  properties[PROP_CATEGORY_DETAIL] =
    g_param_spec_string ("category-detail", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_DELTA] =
    g_param_spec_boolean ("has-delta", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:delta:
   *
   * The change since the previous scored year in hundredths, 0 when there is none.
   */
  properties[PROP_DELTA] =
    g_param_spec_int64 ("delta", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELTA_TEXT] =
    g_param_spec_string ("delta-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:n-units:
   *
   * How many units a region score derived from its units is the mean of.
   */
  properties[PROP_N_UNITS] =
    g_param_spec_uint ("n-units", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:category-rank:
   *
   * The category's place in its scheme's scale, 0 for the lowest, -1 without a category: what
   * the Category column sorts by, whatever the categories are called.
   */
  properties[PROP_CATEGORY_RANK] =
    g_param_spec_int ("category-rank", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:rank:
   *
   * The unit's rank among the region's units assessed in the same scheme and year, 1 for the
   * best, as core ranks them; %G_MAXUINT without one, so that sorting by rank puts unranked
   * rows after every ranked one.
   */
  properties[PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL, 1, G_MAXUINT, G_MAXUINT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ZonaResultItem:rank-text:
   *
   * The rank as shown: "3", or an em dash without one.
   */
  properties[PROP_RANK_TEXT] =
    g_param_spec_string ("rank-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zona_result_item_init (ZonaResultItem *self)
{
}

/**
 * zona_result_item_new:
 * @result: (transfer full): a result from zona_overview_latest()
 *
 * Returns: (transfer full): a new item owning @result
 */
ZonaResultItem *
zona_result_item_new (ZonaLatestResult *result)
{
  ZonaResultItem *self;

  g_return_val_if_fail (result != NULL, NULL);

  self = g_object_new (ZONA_TYPE_RESULT_ITEM, NULL);
  self->result = result;

  /* A unit recorded before its first result says so where the scheme would be, and leaves
   * the year and score empty rather than show a zero. */
  if (result->scheme_id == NULL)
    {
      self->scheme_text = g_strdup (_("No results yet"));
      self->year_text = g_strdup ("");
      self->score_text = g_strdup ("");
    }
  else
    {
      self->scheme_text = g_strdup (result->scheme_name);
      self->year_text = g_strdup_printf ("%d", result->year);
      /* An em dash marks "no score" without reading as zero. */
      self->score_text = result->has_score ? zona_score_format (result->score) : g_strdup ("—");
    }
  self->delta_text = result->has_delta ? zona_score_format_change (result->delta) : NULL;

  /* The rank is core's (zona_overview_latest); an em dash, as for a missing score, when the
   * unit has none. The detail says among whom it was ranked. */
  if (result->rank > 0)
    {
      self->rank_text = g_strdup_printf ("%u", result->rank);
      /* Translators: a unit's rank among the units of its region, e.g. "Rank 3 of 7 units
       * assessed in Ombudsman 2023"; the third value is the scheme, the last the year. */
      self->rank_detail = g_strdup_printf (ngettext ("Rank %u of %u unit assessed in %s %d",
                                                     "Rank %u of %u units assessed in %s %d",
                                                     result->n_ranked),
                                           result->rank, result->n_ranked,
                                           result->scheme_name, result->year);
    }
  else
    self->rank_text = g_strdup ("—");

  if (result->category_name != NULL)
    self->category_text = g_strdup (result->category_name);
  else if (result->has_score)
    self->category_text = g_strdup (_("No category"));

  return self;
}

const ZonaLatestResult *
zona_result_item_get_result (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->result;
}

const char *
zona_result_item_get_subject_name (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->result->subject_name;
}

const char *
zona_result_item_get_short_name (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->result->short_name;
}

const char *
zona_result_item_get_scheme_name (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->scheme_text;
}

int
zona_result_item_get_year (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), 0);

  return self->result->year;
}

const char *
zona_result_item_get_year_text (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->year_text;
}

gint64
zona_result_item_get_score (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), -1);

  return self->result->has_score ? self->result->score : -1;
}

const char *
zona_result_item_get_score_text (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->score_text;
}

guint
zona_result_item_get_rank (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), G_MAXUINT);

  return self->result->rank > 0 ? self->result->rank : G_MAXUINT;
}

const char *
zona_result_item_get_rank_text (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->rank_text;
}

/* Returns: (nullable): where the rank stands, for its tooltip; %NULL without a rank */
const char *
zona_result_item_get_rank_detail (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->rank_detail;
}

const char *
zona_result_item_get_category_name (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->result->category_name;
}

const char *
zona_result_item_get_category_label (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->result->label;
}

const char *
zona_result_item_get_category_text (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->category_text;
}

const char *
zona_result_item_get_category_detail (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->result->label != NULL ? self->result->label : self->result->no_category;
}

const char *
zona_result_item_get_colour (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->result->colour;
}

gint64
zona_result_item_get_delta (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), 0);

  return self->result->has_delta ? self->result->delta : 0;
}

const char *
zona_result_item_get_delta_text (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), NULL);

  return self->delta_text;
}

guint
zona_result_item_get_n_units (ZonaResultItem *self)
{
  g_return_val_if_fail (ZONA_IS_RESULT_ITEM (self), 0);

  return self->result->n_units;
}
