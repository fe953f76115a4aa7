/* test-aggregate.c — weighted totals, regional means and ranks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-aggregate.h"
#include "zona-paths.h"

static ZonaScheme *
load (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s.json", id);
  g_autofree char *path = g_build_filename (zona_get_data_dir (), "schemes", name, NULL);
  ZonaScheme *scheme = zona_scheme_new_from_file (path, &error);

  g_assert_no_error (error);

  return scheme;
}

/* Sets every indicator of a dimension to one value. */
static void
fill_dimension (GHashTable          *values,
                const ZonaDimension *dimension,
                ZonaScore            value)
{
  for (guint i = 0; i < dimension->indicators->len; i++)
    zona_score_table_set (values, ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->code,
                          value);
}

static void
test_era3_weighted_sum (void)
{
  g_autoptr(ZonaScheme) scheme = load ("ombudsman");
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2023);
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GHashTable) dimensions = zona_score_table_new ();
  g_autoptr(GError) error = NULL;
  ZonaScore total = 0;
  ZonaScore dimension_score;
  static const ZonaScore scores[] = { 9000, 8000, 7000, 6000 };

  /* Uniform indicators: each dimension scores exactly its value, and the total is the weighted
   * sum 21,85 x 90 + 32,37 x 80 + 24,24 x 70 + 21,54 x 60 = 7545,30 -> 75,45. */
  for (guint d = 0; d < version->dimensions->len; d++)
    fill_dimension (values, g_ptr_array_index (version->dimensions, d), scores[d]);

  g_assert_true (zona_aggregate_total (scheme, version, values, &total, dimensions, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total, ==, 7545);
  g_assert_true (zona_score_table_get (dimensions, "INPUT", &dimension_score) ||
                 zona_score_table_get (dimensions,
                                       ((ZonaDimension *) g_ptr_array_index (version->dimensions, 0))->code,
                                       &dimension_score));
  g_assert_cmpint (dimension_score, ==, 9000);
}

static void
test_weighted_indicators_and_rounding (void)
{
  g_autoptr(ZonaScheme) scheme = load ("pekppp");
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2024);
  const ZonaDimension *kebijakan = g_ptr_array_index (version->dimensions, 0);
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GHashTable) dimensions = zona_score_table_new ();
  g_autoptr(GError) error = NULL;
  ZonaScore total = 0;
  ZonaScore kebijakan_score = 0;
  gint64 weighted = 0;
  gint64 weights = 0;

  /* Every aspect at 4,00 except Kebijakan Pelayanan, whose indicators differ: its score is
   * the weighted mean with the weights 17,14,7,14,10,17,7,7,7. */
  for (guint d = 1; d < version->dimensions->len; d++)
    fill_dimension (values, g_ptr_array_index (version->dimensions, d), 400);

  for (guint i = 0; i < kebijakan->indicators->len; i++)
    {
      const ZonaIndicator *indicator = g_ptr_array_index (kebijakan->indicators, i);
      ZonaScore value = i % 2 == 0 ? 500 : 300;

      zona_score_table_set (values, indicator->code, value);
      weighted += indicator->weight * value;
      weights += indicator->weight;
    }

  g_assert_true (zona_aggregate_total (scheme, version, values, &total, dimensions, &error));
  g_assert_no_error (error);
  g_assert_true (zona_score_table_get (dimensions, kebijakan->code, &kebijakan_score));
  /* 17x5 + 14x3 + 7x5 + 14x3 + 10x5 + 17x3 + 7x5 + 7x3 + 7x5 = 396 over 100 -> 3,96. */
  g_assert_cmpint (weights, ==, 10000);
  g_assert_cmpint (kebijakan_score, ==, zona_score_div_round (weighted, weights));
  g_assert_cmpint (kebijakan_score, ==, 396);
  /* 24% x 3,96 + 76% x 4,00 = 3,9904 -> 3,99. */
  g_assert_cmpint (total, ==, 399);
}

static void
test_dimension_given_directly (void)
{
  g_autoptr(ZonaScheme) scheme = load ("ombudsman");
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2023);
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GError) error = NULL;
  ZonaScore total = 0;

  /* Published recapitulations often give dimension scores only. */
  for (guint d = 0; d < version->dimensions->len; d++)
    zona_score_table_set (values, ((ZonaDimension *) g_ptr_array_index (version->dimensions, d))->code,
                          9500);

  g_assert_true (zona_aggregate_total (scheme, version, values, &total, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total, ==, 9500);
}

static void
test_refused (void)
{
  g_autoptr(ZonaScheme) scheme = load ("ombudsman");
  const ZonaSchemeVersion *era3 = zona_scheme_version_for_year (scheme, 2023);
  const ZonaSchemeVersion *era2 = zona_scheme_version_for_year (scheme, 2021);
  const ZonaDimension *first = g_ptr_array_index (era3->dimensions, 0);
  const ZonaIndicator *missing = g_ptr_array_index (first->indicators, 0);
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GError) error = NULL;
  ZonaScore total = 4242;

  for (guint d = 0; d < era3->dimensions->len; d++)
    fill_dimension (values, g_ptr_array_index (era3->dimensions, d), 8000);

  /* A missing indicator is named. */
  g_hash_table_remove (values, missing->code);
  g_assert_false (zona_aggregate_total (scheme, era3, values, &total, NULL, &error));
  g_assert_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, missing->code));
  g_clear_error (&error);
  zona_score_table_set (values, missing->code, 8000);

  /* An unknown code is named. */
  zona_score_table_set (values, "XX-99", 8000);
  g_assert_false (zona_aggregate_total (scheme, era3, values, &total, NULL, &error));
  g_assert_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_UNKNOWN_CODE);
  g_assert_nonnull (strstr (error->message, "XX-99"));
  g_clear_error (&error);
  g_hash_table_remove (values, "XX-99");

  /* A value above the scale. */
  zona_score_table_set (values, missing->code, 10001);
  g_assert_false (zona_aggregate_total (scheme, era3, values, &total, NULL, &error));
  g_assert_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  /* A methodology without dimensions cannot give a total. */
  g_assert_false (zona_aggregate_total (scheme, era2, values, &total, NULL, &error));
  g_assert_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_NO_STRUCTURE);

  g_assert_cmpint (total, ==, 4242);
}

static void
test_mean (void)
{
  /* Kota Madiun 2023: the seven unit scores give the city's 93,59. */
  static const ZonaScore kota_madiun[] = { 9203, 8972, 9312, 9353, 9520, 9535, 9620 };
  static const ZonaScore halves[] = { 1, 2 };            /* 0,015 -> 0,02 */
  static const ZonaScore one[] = { 6035 };

  g_assert_cmpint (zona_aggregate_mean (kota_madiun, G_N_ELEMENTS (kota_madiun)), ==, 9359);
  g_assert_cmpint (zona_aggregate_mean (halves, G_N_ELEMENTS (halves)), ==, 2);
  g_assert_cmpint (zona_aggregate_mean (one, 1), ==, 6035);
}

static void
test_rank (void)
{
  static const ZonaScore scores[] = { 9002, 9620, 9002, 6035, 9620, 8000 };
  static const guint expected[] = { 3, 1, 3, 6, 1, 5 };
  guint ranks[G_N_ELEMENTS (scores)];

  zona_aggregate_rank (scores, G_N_ELEMENTS (scores), ranks);

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    g_assert_cmpuint (ranks[i], ==, expected[i]);

  zona_aggregate_rank (NULL, 0, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aggregate/era3-weighted-sum", test_era3_weighted_sum);
  g_test_add_func ("/aggregate/weighted-indicators", test_weighted_indicators_and_rounding);
  g_test_add_func ("/aggregate/dimension-given", test_dimension_given_directly);
  g_test_add_func ("/aggregate/refused", test_refused);
  g_test_add_func ("/aggregate/mean", test_mean);
  g_test_add_func ("/aggregate/rank", test_rank);

  return g_test_run ();
}
