/* zona-comparison-item.c — one row of a year-over-year table as a GObject, for list models
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-comparison-item.h"

struct _ZonaComparisonItem
{
  GObject         parent_instance;

  ZonaComparison *comparison;
};

G_DEFINE_FINAL_TYPE (ZonaComparisonItem, zona_comparison_item, G_TYPE_OBJECT)

static void
zona_comparison_item_finalize (GObject *object)
{
  ZonaComparisonItem *self = ZONA_COMPARISON_ITEM (object);

  g_clear_pointer (&self->comparison, zona_comparison_free);

  G_OBJECT_CLASS (zona_comparison_item_parent_class)->finalize (object);
}

static void
zona_comparison_item_class_init (ZonaComparisonItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zona_comparison_item_finalize;
}

static void
zona_comparison_item_init (ZonaComparisonItem *self)
{
}

/* Returns: (transfer full): the row of @comparison, which it takes over */
ZonaComparisonItem *
zona_comparison_item_new (ZonaComparison *comparison)
{
  ZonaComparisonItem *self = g_object_new (ZONA_TYPE_COMPARISON_ITEM, NULL);

  self->comparison = comparison;

  return self;
}

const ZonaComparison *
zona_comparison_item_get (ZonaComparisonItem *self)
{
  g_return_val_if_fail (ZONA_IS_COMPARISON_ITEM (self), NULL);

  return self->comparison;
}

/**
 * zona_comparison_item_category:
 * @self: a row
 *
 * Returns: (transfer full): the later year's category, or the change of category marked
 *   with an arrow, "Kategori C → Kategori A"
 */
char *
zona_comparison_item_category (ZonaComparisonItem *self)
{
  const ZonaComparison *row = self->comparison;

  if (row->to_band == NULL)
    return g_strdup ("—");
  if (row->category_changed)
    /* Translators: a category that changed between two years, "Kategori C → Kategori A" */
    return g_strdup_printf (_("%s → %s"), row->from_band->name, row->to_band->name);

  return g_strdup (row->to_band->name);
}

static int
compare_optional (gboolean  has_a,
                  ZonaScore a,
                  gboolean  has_b,
                  ZonaScore b)
{
  /* Rows without a value sort after those with one. */
  if (has_a != has_b)
    return has_a ? -1 : 1;

  return (a > b) - (a < b);
}

/* The size of the largest indicator move of a row, or 0. */
static ZonaScore
largest_move (const ZonaComparison *row)
{
  if (row->movers->len == 0)
    return 0;

  return ABS (((ZonaIndicatorMove *) g_ptr_array_index (row->movers, 0))->effect);
}

/**
 * zona_comparison_item_compare:
 * @a: a row
 * @b: another
 * @column: "name", "from", "to", "change", "category", "rank" or "mover"
 *
 * Orders two rows by a column of the table, ascending; rows without a value come last.
 *
 * Returns: negative, zero or positive
 */
int
zona_comparison_item_compare (ZonaComparisonItem *a,
                              ZonaComparisonItem *b,
                              const char         *column)
{
  const ZonaComparison *x = a->comparison;
  const ZonaComparison *y = b->comparison;

  if (g_str_equal (column, "from"))
    return compare_optional (x->has_from, x->from, y->has_from, y->from);
  if (g_str_equal (column, "to"))
    return compare_optional (x->has_to, x->to, y->has_to, y->to);
  if (g_str_equal (column, "change"))
    return compare_optional (x->has_change, x->change, y->has_change, y->change);
  if (g_str_equal (column, "rank"))
    return compare_optional (x->rank > 0, x->rank, y->rank > 0, y->rank);
  if (g_str_equal (column, "mover"))
    /* The largest move first when ascending: the column is read as "moved most". */
    return compare_optional (x->movers->len > 0, -largest_move (x), y->movers->len > 0,
                             -largest_move (y));
  if (g_str_equal (column, "category"))
    {
      g_autofree char *p = zona_comparison_item_category (a);
      g_autofree char *q = zona_comparison_item_category (b);

      return g_utf8_collate (p, q);
    }

  return g_utf8_collate (x->name, y->name);
}
