/* test-cli-assess.c — zona-cli end to end: recording results, trends and ranks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test runs the built zona-cli ($ZONA_CLI) as a real process on a database of its own
 * and reads its --json output, so what is checked is what a clerk or a script sees: exit
 * statuses, messages on stderr and values, never the layout of a whole output.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "cli-test-utils.h"

/* ---- assessments ------------------------------------------------------------------------ */

static char *
assess_list_text (ZonaTestDir *fixture,
                  const char  *region)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "assess", "list", "--region", region, "--json",
                            NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");

  return g_steal_pointer (&out);
}

static void
test_assess_score (ZonaTestDir   *fixture,
                   gconstpointer  data)
{
  g_autoptr(JsonNode) rows = NULL;
  JsonObject *region_row;
  JsonObject *unit_row;

  run_ok (fixture, "init", NULL);
  run_ok (fixture, "unit", "add", "Dinas Kesehatan", "--short", "Dinkes", "--region", "17.06",
          NULL);
  run_ok (fixture, "assess", "set", "--region", "17.06", "--scheme", "ombudsman",
          "--year", "2023", "--score", "90,02", "--status", "final",
          "--source", "Ombudsman RI", NULL);
  /* The region by name, the unit by its short name in any case, a decimal point. */
  run_ok (fixture, "assess", "set", "--region", "Kabupaten Mukomuko", "--unit", "dinkes",
          "--scheme", "ombudsman", "--year", "2023", "--score", "77.99", NULL);

  rows = run_json (fixture, "assess", "list", "--region", "17.06", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (rows)), ==, 2);

  region_row = find_object (node_array (rows), "unit", NULL);
  g_assert_nonnull (region_row);
  g_assert_cmpstr (member_string (region_row, "scheme"), ==, "ombudsman");
  g_assert_cmpint (member_int (region_row, "year"), ==, 2023);
  g_assert_cmpstr (member_string (region_row, "region"), ==, "17.06");
  g_assert_cmpstr (member_string (region_row, "score"), ==, "90,02");
  g_assert_cmpstr (member_string (region_row, "category"), ==, "A");
  g_assert_cmpstr (member_string (region_row, "label"), ==, "Kualitas Tertinggi");
  g_assert_cmpstr (member_string (region_row, "zone"), ==, "hijau");
  g_assert_cmpstr (member_string (region_row, "status"), ==, "final");

  unit_row = find_object (node_array (rows), "unit", "Dinas Kesehatan");
  g_assert_nonnull (unit_row);
  g_assert_cmpstr (member_string (unit_row, "score"), ==, "77,99");
  g_assert_cmpstr (member_string (unit_row, "category"), ==, "C");
  g_assert_cmpstr (member_string (unit_row, "zone"), ==, "kuning");
  g_assert_cmpstr (member_string (unit_row, "status"), ==, "draft");

  /* Setting again replaces the result of the same subject, scheme and year. */
  run_ok (fixture, "assess", "set", "--region", "17.06", "--scheme", "ombudsman",
          "--year", "2023", "--score", "87,99", NULL);
  g_clear_pointer (&rows, json_node_unref);
  rows = run_json (fixture, "assess", "list", "--region", "17.06", "--year", "2023", "--json",
                   NULL);
  g_assert_cmpuint (json_array_get_length (node_array (rows)), ==, 2);
  g_assert_cmpstr (member_string (find_object (node_array (rows), "unit", NULL), "category"),
                   ==, "B");
}

static gint64
gcd64 (gint64 a,
       gint64 b)
{
  while (b != 0)
    {
      gint64 r = a % b;

      a = b;
      b = r;
    }

  return a;
}

/* Values for every era III indicator, starting the pattern at @offset. Where a dimension's
 * indicators weigh the same, the values are fixed so that its mean needs rounding: an even
 * count ends exactly on half a hundredth, an odd one two thirds or more of the way.
 *
 * Appends "--indicator CODE=SCORE" to @args (when given) and returns the total by the
 * documented rule: each dimension's score is the weighted mean of its indicators rounded half
 * away from zero to hundredths; the total is the sum of dimension weight x dimension score /
 * 100, rounded the same way. @out_truncated gets the total with truncated dimension scores,
 * @out_unrounded the total without rounding the dimension scores at all. */
static gint64
era3_values (JsonArray *dimensions,
             guint      offset,
             GPtrArray *args,
             gint64    *out_truncated,
             gint64    *out_unrounded)
{
  guint n_dimensions = json_array_get_length (dimensions);
  g_autofree gint64 *sums = g_new0 (gint64, MAX (n_dimensions, 1));
  g_autofree gint64 *weights = g_new0 (gint64, MAX (n_dimensions, 1));
  g_autofree gint64 *counts = g_new0 (gint64, MAX (n_dimensions, 1));   /* sum of weights */
  gint64 rounded = 0;
  gint64 truncated = 0;
  gint64 unrounded = 0;
  gint64 weight_sum = 0;
  gint64 common = 1;
  guint seed = offset;

  g_assert_cmpuint (n_dimensions, >, 0);

  for (guint d = 0; d < n_dimensions; d++)
    {
      JsonObject *dimension = json_array_get_object_element (dimensions, d);
      JsonArray *indicators = json_object_get_array_member (dimension, "indicators");
      guint n = json_array_get_length (indicators);
      g_autofree gint64 *values = g_new0 (gint64, MAX (n, 1));
      g_autofree gint64 *indicator_weights = g_new0 (gint64, MAX (n, 1));
      gboolean equal_weights = TRUE;

      g_assert_cmpuint (n, >, 0);
      weights[d] = weight_of (dimension);
      g_assert_cmpint (weights[d], >, 0);

      for (guint i = 0; i < n; i++)
        {
          values[i] = 5000 + (seed++ * 1733) % 5000;
          /* Indicators without weights count equally. */
          indicator_weights[i] = weight_of (json_array_get_object_element (indicators, i));
          if (indicator_weights[i] < 0)
            indicator_weights[i] = 1;
          else
            equal_weights = FALSE;
        }

      if (equal_weights && n > 1)
        {
          gint64 target = n % 2 == 0 ? n / 2 : n - 1;
          gint64 sum = 0;
          gint64 shift;

          for (guint i = 0; i < n; i++)
            sum += values[i];
          shift = ((target - sum % n) % (gint64) n + n) % n;
          values[n - 1] += shift;
          if (values[n - 1] > 10000)
            values[n - 1] -= n;
        }

      for (guint i = 0; i < n; i++)
        {
          JsonObject *indicator = json_array_get_object_element (indicators, i);

          sums[d] += indicator_weights[i] * values[i];
          counts[d] += indicator_weights[i];

          if (args != NULL)
            {
              g_autofree char *text = format_hundredths (values[i]);

              g_ptr_array_add (args, g_strdup ("--indicator"));
              g_ptr_array_add (args, g_strdup_printf ("%s=%s", member_string (indicator, "code"),
                                                      text));
            }
        }

      common = common / gcd64 (common, counts[d]) * counts[d];
      rounded += weights[d] * div_round (sums[d], counts[d]);
      truncated += weights[d] * (sums[d] / counts[d]);
      weight_sum += weights[d];
    }

  /* The dimension weights are percentages that add up to 100. */
  g_assert_cmpint (weight_sum, ==, 10000);

  for (guint d = 0; d < n_dimensions; d++)
    unrounded += weights[d] * sums[d] * (common / counts[d]);

  *out_truncated = div_round (truncated, weight_sum);
  *out_unrounded = div_round (unrounded, weight_sum * common);

  return div_round (rounded, weight_sum);
}

/* The "--indicator" arguments for every era III indicator, chosen so that the documented rule
 * gives another total than truncating the dimension scores or not rounding them at all: a
 * total that matches proves the rule, not merely some rule. */
static GPtrArray *
era3_indicator_arguments (gint64 *out_total)
{
  g_autoptr(JsonNode) file = load_scheme_file ("ombudsman.json");
  JsonArray *dimensions = json_object_get_array_member (scheme_version (file, "era-3"),
                                                        "dimensions");

  for (guint offset = 0; offset < 1000; offset++)
    {
      gint64 truncated = 0;
      gint64 unrounded = 0;
      gint64 total = era3_values (dimensions, offset, NULL, &truncated, &unrounded);

      if (total != truncated && total != unrounded)
        {
          GPtrArray *args = g_ptr_array_new_with_free_func (g_free);

          era3_values (dimensions, offset, args, &truncated, &unrounded);
          *out_total = total;
          return args;
        }
    }

  g_assert_not_reached ();
}

/* assess set for Dinkes of 35.20 with the given extra arguments; returns the exit status. */
static int
assess_set_with (ZonaTestDir  *fixture,
                 const char   *year,
                 GPtrArray    *extra,
                 char        **out_stderr)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char * const fixed[] = {
    "assess", "set", "--region", "35.20", "--unit", "Dinkes", "--scheme", "ombudsman",
    "--year", year,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (args, (char *) fixed[i]);
  for (guint i = 0; extra != NULL && i < extra->len; i++)
    g_ptr_array_add (args, g_ptr_array_index (extra, i));
  g_ptr_array_add (args, NULL);

  return run_cli_argv (fixture, NULL, out_stderr, (const char * const *) args->pdata);
}

static void
test_assess_indicators (ZonaTestDir   *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) args = NULL;
  g_autoptr(JsonNode) file = load_scheme_file ("ombudsman.json");
  g_autoptr(JsonNode) rows = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *err = NULL;
  JsonObject *row;
  gint64 total = 0;

  run_ok (fixture, "init", NULL);
  run_ok (fixture, "unit", "add", "Dinkes", "--region", "35.20", NULL);

  args = era3_indicator_arguments (&total);
  g_assert_cmpint (assess_set_with (fixture, "2023", args, &err), ==, 0);

  rows = run_json (fixture, "assess", "list", "--region", "35.20", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (rows)), ==, 1);
  row = json_array_get_object_element (node_array (rows), 0);
  expected = format_hundredths (total);
  g_assert_cmpstr (member_string (row, "score"), ==, expected);
  g_assert_cmpstr (member_string (row, "category"), ==,
                   band_code (scheme_version (file, "era-3"), total));
}

/* How many indicator scores the stored result of Dinkes in 35.20 holds, read through core. */
static guint
count_indicator_scores (ZonaTestDir *fixture,
                        const char  *year)
{
  g_autoptr(ZonaStore) store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, NULL);
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(GHashTable) values = NULL;

  g_assert_nonnull (store);
  region = zona_store_get_region (store, "35.20", NULL);
  g_assert_nonnull (region);
  unit = zona_store_find_unit (store, "35.20", "Dinkes", NULL);
  g_assert_nonnull (unit);
  assessment = zona_store_get_assessment (store, region->id, unit->id, "ombudsman",
                                          (int) g_ascii_strtoll (year, NULL, 10), NULL);
  g_assert_nonnull (assessment);
  values = zona_store_get_indicator_scores (store, assessment->id, NULL);
  g_assert_nonnull (values);

  return g_hash_table_size (values);
}

/* A total typed over a result computed from its indicators replaces them, as the window does;
 * the same total again (a correction of the assessor, say) keeps them. */
static void
test_assess_total_over_indicators (ZonaTestDir   *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) args = NULL;
  g_autoptr(GPtrArray) same = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) other = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *err = NULL;
  gint64 total = 0;
  guint n_indicators;

  run_ok (fixture, "init", NULL);
  run_ok (fixture, "unit", "add", "Dinkes", "--region", "35.20", NULL);
  args = era3_indicator_arguments (&total);
  g_assert_cmpint (assess_set_with (fixture, "2023", args, &err), ==, 0);
  n_indicators = count_indicator_scores (fixture, "2023");
  g_assert_cmpuint (n_indicators, >, 0);

  g_ptr_array_add (same, g_strdup ("--score"));
  g_ptr_array_add (same, format_hundredths (total));
  g_ptr_array_add (same, g_strdup ("--assessor"));
  g_ptr_array_add (same, g_strdup ("Tim Ombudsman Jawa Timur"));
  g_assert_cmpint (assess_set_with (fixture, "2023", same, NULL), ==, 0);
  g_assert_cmpuint (count_indicator_scores (fixture, "2023"), ==, n_indicators);

  g_ptr_array_add (other, g_strdup ("--score"));
  g_ptr_array_add (other, format_hundredths (total == 8000 ? 8100 : 8000));
  g_assert_cmpint (assess_set_with (fixture, "2023", other, NULL), ==, 0);
  g_assert_cmpuint (count_indicator_scores (fixture, "2023"), ==, 0);
}

/* Dimension scores given directly stand in for their indicators. */
static void
test_assess_dimensions (ZonaTestDir   *fixture,
                        gconstpointer  data)
{
  g_autoptr(JsonNode) file = load_scheme_file ("ombudsman.json");
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonNode) rows = NULL;
  g_autofree char *expected = NULL;
  JsonArray *dimensions = json_object_get_array_member (scheme_version (file, "era-3"),
                                                        "dimensions");
  const gint64 values[] = { 9137, 8849, 9511, 7663, 8001, 9999 };
  gint64 weighted = 0;

  run_ok (fixture, "init", NULL);
  run_ok (fixture, "unit", "add", "Dinkes", "--region", "35.20", NULL);

  for (guint d = 0; d < json_array_get_length (dimensions); d++)
    {
      JsonObject *dimension = json_array_get_object_element (dimensions, d);
      g_autofree char *text = format_hundredths (values[d % G_N_ELEMENTS (values)]);

      weighted += weight_of (dimension) * values[d % G_N_ELEMENTS (values)];
      g_ptr_array_add (args, g_strdup ("--indicator"));
      g_ptr_array_add (args, g_strdup_printf ("%s=%s", member_string (dimension, "code"), text));
    }

  g_assert_cmpint (assess_set_with (fixture, "2022", args, NULL), ==, 0);

  rows = run_json (fixture, "assess", "list", "--region", "35.20", "--json", NULL);
  expected = format_hundredths (div_round (weighted, 10000));
  g_assert_cmpstr (member_string (json_array_get_object_element (node_array (rows), 0), "score"),
                   ==, expected);
}

static void
test_assess_refused (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) args = NULL;
  g_autofree char *before = NULL;
  g_autofree char *sha = NULL;
  gint64 total = 0;
  /* Where a case carries the complete, valid set of indicators, only its named fault can
   * cause the refusal. */
  const struct
  {
    const char *year;
    gboolean    with_indicators;
    const char *extra[3];
    const char *needle;
  } cases[] = {
    { "2023", TRUE, { "--indicator", "XX-99=50", NULL }, "XX-99" },
    { "2023", TRUE, { "--indicator", "IN-01=100,01", NULL }, "100,01" },
    { "2023", FALSE, { "--score", "100,01", NULL }, "100,01" },
    { "2023", FALSE, { "--score", "9O", NULL }, "9O" },
    { "2023", TRUE, { "--score", "50", NULL }, NULL },       /* both a total and indicators */
    { "2020", FALSE, { "--score", "50", NULL }, "2020" },     /* not held */
    { "2020", TRUE, { NULL }, "2020" },
    { "2025", TRUE, { NULL }, NULL },                        /* era IV has no structure yet */
    { "2023", FALSE, { "--indicator", "IN-01=50", NULL }, NULL }, /* incomplete */
  };

  run_ok (fixture, "init", NULL);
  run_ok (fixture, "unit", "add", "Dinkes", "--region", "35.20", NULL);
  run_ok (fixture, "assess", "set", "--region", "35.20", "--unit", "Dinkes",
          "--scheme", "ombudsman", "--year", "2023", "--score", "81,25", NULL);
  run_ok (fixture, "assess", "set", "--region", "35.20", "--scheme", "ombudsman",
          "--year", "2021", "--score", "73,26", NULL);

  before = assess_list_text (fixture, "35.20");
  sha = zona_test_file_sha256 (fixture->path);
  args = era3_indicator_arguments (&total);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GPtrArray) extra = g_ptr_array_new ();
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;
      g_autofree char *sha_after = NULL;

      if (cases[c].with_indicators)
        for (guint i = 0; i < args->len; i++)
          g_ptr_array_add (extra, g_ptr_array_index (args, i));
      for (guint i = 0; cases[c].extra[i] != NULL; i++)
        g_ptr_array_add (extra, (char *) cases[c].extra[i]);

      g_test_message ("assess set --year %s%s %s %s", cases[c].year,
                      cases[c].with_indicators ? " (every indicator)" : "",
                      cases[c].extra[0] ? cases[c].extra[0] : "",
                      cases[c].extra[0] ? cases[c].extra[1] : "");
      g_assert_cmpint (assess_set_with (fixture, cases[c].year, extra, &err), ==, EXIT_FAILED);
      g_assert_cmpstr (g_strstrip (err), !=, "");
      if (cases[c].needle != NULL && strstr (err, cases[c].needle) == NULL)
        g_test_fail_printf ("the message does not name “%s”: %s", cases[c].needle, err);

      after = assess_list_text (fixture, "35.20");
      g_assert_cmpstr (before, ==, after);
      sha_after = zona_test_file_sha256 (fixture->path);
      g_assert_cmpstr (sha, ==, sha_after);
    }
}

/* ---- trend and rank on the demo database ------------------------------------------------ */

static void
test_trend_demo (ZonaTestDir   *fixture,
                 gconstpointer  data)
{
  g_autoptr(JsonNode) mukomuko = NULL;
  g_autoptr(JsonNode) kota = NULL;
  g_autoptr(JsonNode) units = NULL;
  g_autofree char *mean = NULL;
  JsonArray *points;
  JsonObject *point;
  gint64 sum = 0;
  const struct
  {
    gint64      year;
    const char *score;
    const char *category;
    const char *zone;
    const char *delta;
  } expected[] = {
    { 2022, "60,35", "C", "kuning", NULL },
    { 2023, "90,02", "A", "hijau", "+29,67" },
    { 2024, "90,64", "A", "hijau", "+0,62" },
  };

  run_ok (fixture, "demo", NULL);

  mukomuko = run_json (fixture, "trend", "--region", "17.06", "--scheme", "ombudsman", "--json",
                       NULL);
  points = node_array (mukomuko);
  g_assert_cmpuint (json_array_get_length (points), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      point = json_array_get_object_element (points, i);
      g_assert_cmpint (member_int (point, "year"), ==, expected[i].year);
      g_assert_cmpstr (member_string (point, "score"), ==, expected[i].score);
      g_assert_cmpstr (member_string (point, "category"), ==, expected[i].category);
      g_assert_cmpstr (member_string (point, "zone"), ==, expected[i].zone);
      g_assert_cmpstr (member_string (point, "delta"), ==, expected[i].delta);
    }

  /* Kota Madiun published no total for 2023: it is the mean of its seven unit scores. */
  kota = run_json (fixture, "trend", "--region", "Kota Madiun", "--scheme", "ombudsman",
                   "--json", NULL);
  point = find_object_int (node_array (kota), "year", 2023);
  g_assert_nonnull (point);
  g_assert_cmpstr (member_string (point, "score"), ==, "93,59");
  g_assert_cmpstr (member_string (point, "category"), ==, "A");

  units = run_json (fixture, "rank", "--region", "35.77", "--scheme", "ombudsman",
                    "--year", "2023", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (units)), ==, 7);
  for (guint i = 0; i < json_array_get_length (node_array (units)); i++)
    sum += hundredths (member_string (json_array_get_object_element (node_array (units), i),
                                      "score"));
  mean = format_hundredths (div_round (sum, 7));
  g_assert_cmpstr (member_string (point, "score"), ==, mean);
}

static void
test_rank_demo (ZonaTestDir   *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonNode) units = NULL;
  g_autoptr(JsonNode) kabupaten = NULL;
  JsonArray *array;
  JsonObject *first;
  JsonObject *last;
  JsonObject *madiun;
  JsonObject *mukomuko;
  guint n;

  run_ok (fixture, "demo", NULL);

  units = run_json (fixture, "rank", "--region", "35.77", "--scheme", "ombudsman",
                    "--year", "2023", "--json", NULL);
  array = node_array (units);
  n = json_array_get_length (array);
  g_assert_cmpuint (n, ==, 7);
  first = json_array_get_object_element (array, 0);
  last = json_array_get_object_element (array, n - 1);
  g_assert_cmpstr (member_string (first, "score"), ==, "96,20");
  g_assert_cmpint (member_int (first, "rank"), ==, 1);
  g_assert_cmpstr (member_string (last, "score"), ==, "89,72");
  g_assert_cmpint (member_int (last, "rank"), ==, 7);

  /* Best first, ranks that follow the scores, and “of” the size of the group. */
  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);

      g_assert_cmpint (member_int (entry, "of"), ==, n);
      g_assert_cmpint (member_int (entry, "rank"), ==, i + 1);
      if (i > 0)
        g_assert_cmpint (hundredths (member_string (entry, "score")), <,
                         hundredths (member_string (json_array_get_object_element (array, i - 1),
                                                   "score")));
    }

  /* Among the kabupaten: Kab. Madiun's published 91,00 before Mukomuko's 90,02. */
  kabupaten = run_json (fixture, "rank", "--kind", "kabupaten", "--scheme", "ombudsman",
                        "--year", "2023", "--json", NULL);
  array = node_array (kabupaten);
  madiun = find_object (array, "code", "35.19");
  mukomuko = find_object (array, "code", "17.06");
  g_assert_nonnull (madiun);
  g_assert_nonnull (mukomuko);
  g_assert_cmpstr (member_string (madiun, "score"), ==, "91,00");
  g_assert_cmpstr (member_string (mukomuko, "score"), ==, "90,02");
  g_assert_cmpint (member_int (madiun, "rank"), <, member_int (mukomuko, "rank"));
  for (guint i = 1; i < json_array_get_length (array); i++)
    g_assert_cmpint (hundredths (member_string (json_array_get_object_element (array, i),
                                                "score")), <=,
                     hundredths (member_string (json_array_get_object_element (array, i - 1),
                                                "score")));
  g_assert_null (find_object (array, "code", "35.77"));   /* a kota */
  g_assert_null (find_object (array, "code", "35.20"));   /* scored in 2021 only */
}

int
main (int   argc,
      char *argv[])
{
  /* Messages quote with “ ”: print them as UTF-8 rather than as question marks. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  ADD ("/cli/assess/score", test_assess_score);
  ADD ("/cli/assess/indicators", test_assess_indicators);
  ADD ("/cli/assess/total-over-indicators", test_assess_total_over_indicators);
  ADD ("/cli/assess/dimensions", test_assess_dimensions);
  ADD ("/cli/assess/refused", test_assess_refused);
  ADD ("/cli/trend/demo", test_trend_demo);
  ADD ("/cli/rank/demo", test_rank_demo);

#undef ADD

  return g_test_run ();
}
