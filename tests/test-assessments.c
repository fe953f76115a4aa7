/* test-assessments.c — recording results, indicator totals, trends, region scores, ranks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-aggregate.h"
#include "zona-demo.h"
#include "zona-overview.h"
#include "zona-store-private.h"
#include "zona-test-utils.h"

static ZonaStore *
new_demo_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  ZonaStore *store = zona_test_new_store (path);

  g_assert_true (zona_demo_populate (store, &error));
  g_assert_no_error (error);

  return store;
}

static gint64
region_id (ZonaStore  *store,
           const char *code)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (store, code, NULL);

  g_assert_nonnull (region);

  return region->id;
}

static gint64
unit_id (ZonaStore  *store,
         const char *code,
         const char *name)
{
  g_autoptr(ZonaUnit) unit = zona_store_find_unit (store, code, name, NULL);

  g_assert_nonnull (unit);

  return unit->id;
}

static void
init_assessment (ZonaAssessment *assessment,
                 gint64          region,
                 gint64          unit,
                 const char     *scheme,
                 int             year,
                 ZonaScore       score)
{
  *assessment = (ZonaAssessment) {
    .region_id = region,
    .unit_id = unit,
    .scheme_id = (char *) scheme,
    .year = year,
    .has_score = score >= 0,
    .score = score,
  };
}

static guint
count_assessments (ZonaStore  *store,
                   const char *code)
{
  g_autoptr(GPtrArray) rows = zona_store_list_assessments (store, code, NULL, 0, NULL);

  g_assert_nonnull (rows);

  return rows->len;
}

static void
test_set_and_replace (ZonaTestDir   *fixture,
                      gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(ZonaAssessment) read_back = NULL;
  g_autoptr(GError) error = NULL;
  ZonaAssessment assessment;
  gint64 mukomuko = region_id (store, "17.06");
  gint64 first;
  gint64 second;

  init_assessment (&assessment, mukomuko, 0, "ombudsman", 2022, 6035);
  assessment.published_rank = 91;
  assessment.published_rank_of = 416;
  assessment.status = ZONA_STATUS_FINAL;
  assessment.source = (char *) "Ombudsman RI";
  first = zona_store_set_assessment (store, &assessment, &error);
  g_assert_no_error (error);

  /* The same subject, scheme and year is corrected in place, not duplicated. */
  assessment.score = 6036;
  second = zona_store_set_assessment (store, &assessment, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, ==, second);
  g_assert_cmpuint (count_assessments (store, "17.06"), ==, 1);

  read_back = zona_store_get_assessment (store, mukomuko, 0, "ombudsman", 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read_back->score, ==, 6036);
  g_assert_cmpint (read_back->published_rank, ==, 91);
  g_assert_cmpint (read_back->published_rank_of, ==, 416);
  g_assert_cmpint (read_back->status, ==, ZONA_STATUS_FINAL);
  g_assert_cmpstr (read_back->source, ==, "Ombudsman RI");
  g_clear_pointer (&read_back, zona_assessment_free);

  g_assert_true (zona_store_delete_assessment (store, first, &error));
  read_back = zona_store_get_assessment (store, mukomuko, 0, "ombudsman", 2022, &error);
  g_assert_null (read_back);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
}

static void
test_refused (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  gint64 kota = region_id (store, "35.77");
  gint64 kabupaten = region_id (store, "35.19");
  gint64 dinkes = unit_id (store, "35.77", "Dinkes");
  guint before = count_assessments (store, "35.77");
  static const struct
  {
    const char *scheme;
    int         year;
    ZonaScore   score;
    gboolean    other_region;
    int         code;
    const char *mentions;
  } cases[] = {
    { "ombudsman", 2020, 9000, FALSE, ZONA_STORE_ERROR_INVALID, "2020" },     /* not held */
    { "ombudsman", 2010, 9000, FALSE, ZONA_STORE_ERROR_INVALID, "2010" },     /* no methodology */
    { "ombudsman", 2023, 10001, FALSE, ZONA_STORE_ERROR_INVALID, "100,01" },  /* off the scale */
    { "pekppp", 2024, 501, FALSE, ZONA_STORE_ERROR_INVALID, "5,01" },
    { "pengaduan", 2020, 9000, FALSE, ZONA_STORE_ERROR_INVALID, "award" },    /* no scores */
    { "nilai", 2023, 9000, FALSE, ZONA_STORE_ERROR_NOT_FOUND, "nilai" },
    { "ombudsman", 2023, 9000, TRUE, ZONA_STORE_ERROR_INVALID, "Dinas Kesehatan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      ZonaAssessment assessment;

      init_assessment (&assessment, cases[i].other_region ? kabupaten : kota, dinkes,
                       cases[i].scheme, cases[i].year, cases[i].score);
      g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), ==, 0);
      g_assert_error (error, ZONA_STORE_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].mentions) == NULL)
        g_error ("case %u: “%s” does not mention %s", i, error->message, cases[i].mentions);
    }

  g_assert_cmpuint (count_assessments (store, "35.77"), ==, before);
}

static void
test_unit_lifetime (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trend = NULL;
  gint64 kota = region_id (store, "35.77");
  gint64 dinsos = unit_id (store, "35.77", "Dinsos");
  gint64 renamed;
  ZonaAssessment assessment;
  const ZonaTrendPoint *point;

  renamed = zona_store_rename_unit (store, dinsos, "Dinas Sosial PPPA", "Dinsos PPPA", 2024,
                                    &error);
  g_assert_no_error (error);

  /* The old name cannot take scores after its end, nor the new one before its start. */
  init_assessment (&assessment, kota, dinsos, "ombudsman", 2024, 9000);
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  init_assessment (&assessment, kota, renamed, "ombudsman", 2023, 9000);
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  init_assessment (&assessment, kota, renamed, "ombudsman", 2024, 9610);
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
  g_assert_no_error (error);

  /* The trend of the renamed unit carries the 2023 score of Dinas Sosial. */
  trend = zona_store_trend (store, "35.77", renamed, "ombudsman", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, 2);
  point = g_ptr_array_index (trend, 0);
  g_assert_cmpint (point->year, ==, 2023);
  g_assert_cmpint (point->score, ==, 9520);
  g_assert_cmpstr (point->subject_name, ==, "Dinas Sosial");
  g_assert_false (point->has_delta);
  point = g_ptr_array_index (trend, 1);
  g_assert_cmpint (point->year, ==, 2024);
  g_assert_true (point->has_delta);
  g_assert_cmpint (point->delta, ==, 90);
  g_assert_cmpstr (point->subject_name, ==, "Dinas Sosial PPPA");
}

static void
test_batch_is_one_transaction (ZonaTestDir   *fixture,
                               gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_assessment_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) reopened = NULL;
  gint64 mukomuko = region_id (store, "17.06");
  guint before = count_assessments (store, "17.06");
  static const struct
  {
    int       year;
    ZonaScore score;
  } rows[] = { { 2019, 5500 }, { 2021, 5800 }, { 2020, 5900 }, { 2025, 9100 } };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ZonaAssessment *assessment = zona_assessment_new ();

      assessment->region_id = mukomuko;
      assessment->scheme_id = g_strdup ("ombudsman");
      assessment->year = rows[i].year;
      assessment->has_score = TRUE;
      assessment->score = rows[i].score;
      g_ptr_array_add (batch, assessment);
    }

  /* The third row (2020, not held) is refused: the two before it are not kept either. */
  g_assert_false (zona_store_set_assessments (store, batch, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Row 3: "));
  g_assert_cmpuint (count_assessments (store, "17.06"), ==, before);

  /* Also on disk, for another connection. */
  g_clear_object (&store);
  reopened = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_nonnull (reopened);
  g_assert_cmpuint (count_assessments (reopened, "17.06"), ==, before);

  /* Without the bad row, all are written. */
  g_ptr_array_remove_index (batch, 2);
  g_clear_error (&error);
  g_assert_true (zona_store_set_assessments (reopened, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_assessments (reopened, "17.06"), ==, before + 3);
}

static void
test_indicator_total (ZonaTestDir   *fixture,
                      gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(ZonaAssessment) read_back = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaScheme *scheme = zona_store_find_scheme (store, "ombudsman", NULL);
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2024);
  gint64 kota = region_id (store, "35.77");
  gint64 dinkes = unit_id (store, "35.77", "Dinkes");
  ZonaAssessment assessment;
  ZonaScore expected = 0;
  guint n = 0;
  gint64 id;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++, n++)
        zona_score_table_set (values,
                              ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->code,
                              7000 + (n * 137) % 3000);
    }
  g_assert_true (zona_aggregate_total (scheme, version, values, &expected, NULL, &error));

  /* A total given with indicators is refused: one or the other. */
  init_assessment (&assessment, kota, dinkes, "ombudsman", 2024, 9000);
  g_assert_cmpint (zona_store_record_assessment (store, &assessment, values, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  init_assessment (&assessment, kota, dinkes, "ombudsman", 2024, -1);
  id = zona_store_record_assessment (store, &assessment, values, &error);
  g_assert_no_error (error);

  read_back = zona_store_get_assessment (store, kota, dinkes, "ombudsman", 2024, &error);
  g_assert_true (read_back->has_score);
  g_assert_cmpint (read_back->score, ==, expected);
  g_assert_cmpint (read_back->origin, ==, ZONA_ORIGIN_COMPUTED);

  stored = zona_store_get_indicator_scores (store, id, &error);
  g_assert_cmpuint (g_hash_table_size (stored), ==, zona_scheme_version_n_indicators (version));

  /* A bad indicator value leaves neither a new assessment nor new indicator rows. */
  zona_score_table_set (values, "NO-SUCH", 5000);
  init_assessment (&assessment, kota, dinkes, "ombudsman", 2022, -1);
  g_assert_cmpint (zona_store_record_assessment (store, &assessment, values, &error), ==, 0);
  g_assert_error (error, ZONA_AGGREGATE_ERROR, ZONA_AGGREGATE_ERROR_UNKNOWN_CODE);
  g_clear_pointer (&read_back, zona_assessment_free);
  read_back = zona_store_get_assessment (store, kota, dinkes, "ombudsman", 2022, NULL);
  g_assert_null (read_back);
}

/* A total typed over a computed one takes the place of the indicator scores, or changes
 * nothing when it is refused. */
static void
test_total_replaces_indicators (ZonaTestDir   *fixture,
                                gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(ZonaAssessment) read_back = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaScheme *scheme = zona_store_find_scheme (store, "pekppp", NULL);
  const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, 2024);
  gint64 kota = region_id (store, "35.77");
  gint64 dinkes = unit_id (store, "35.77", "Dinkes");
  ZonaAssessment assessment;
  gint64 id;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);

          zona_score_table_set (values, indicator->code, 400);
        }
    }
  init_assessment (&assessment, kota, dinkes, "pekppp", 2024, -1);
  id = zona_store_record_assessment (store, &assessment, values, &error);
  g_assert_no_error (error);

  /* Refused (above the scale of 5): the indicator scores stay. */
  init_assessment (&assessment, kota, dinkes, "pekppp", 2024, 501);
  g_assert_cmpint (zona_store_record_total (store, &assessment, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  stored = zona_store_get_indicator_scores (store, id, &error);
  /* The rollback dropped the cached schemes: look the version up again. */
  version = zona_scheme_version_for_year (zona_store_find_scheme (store, "pekppp", NULL), 2024);
  g_assert_cmpuint (g_hash_table_size (stored), ==, zona_scheme_version_n_indicators (version));
  g_clear_pointer (&stored, g_hash_table_unref);

  init_assessment (&assessment, kota, dinkes, "pekppp", 2024, 461);
  g_assert_cmpint (zona_store_record_total (store, &assessment, &error), ==, id);
  g_assert_no_error (error);
  read_back = zona_store_get_assessment (store, kota, dinkes, "pekppp", 2024, &error);
  g_assert_cmpint (read_back->score, ==, 461);
  g_assert_cmpint (read_back->origin, ==, ZONA_ORIGIN_ENTERED);
  stored = zona_store_get_indicator_scores (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (stored), ==, 0);
}

static void
test_region_scores (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) years = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaRegionScore *entry;
  ZonaAssessment assessment;

  /* Kota Madiun 2023: no published city score, the mean of its seven units is 93,59. */
  years = zona_store_region_scores (store, "35.77", "ombudsman", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 1);
  entry = g_ptr_array_index (years, 0);
  g_assert_cmpint (entry->year, ==, 2023);
  g_assert_false (entry->has_published);
  g_assert_cmpuint (entry->n_units, ==, 7);
  g_assert_true (entry->has_score);
  g_assert_true (entry->from_units);
  g_assert_cmpint (entry->score, ==, 9359);

  /* A published value wins, and the units' mean stays visible beside it. */
  init_assessment (&assessment, region_id (store, "35.77"), 0, "ombudsman", 2023, 9360);
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
  g_clear_pointer (&years, g_ptr_array_unref);
  years = zona_store_region_scores (store, "35.77", "ombudsman", &error);
  entry = g_ptr_array_index (years, 0);
  g_assert_true (entry->has_published);
  g_assert_cmpint (entry->score, ==, 9360);
  g_assert_false (entry->from_units);
  g_assert_cmpint (entry->units_mean, ==, 9359);

  /* Kabupaten Madiun's units have no published scores: only the published 91,00 counts. */
  g_clear_pointer (&years, g_ptr_array_unref);
  years = zona_store_region_scores (store, "35.19", "ombudsman", &error);
  entry = g_ptr_array_index (years, 0);
  g_assert_cmpint (entry->score, ==, 9100);
  g_assert_cmpuint (entry->n_units, ==, 0);
}

static void
test_trend (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) trend = NULL;
  g_autoptr(GError) error = NULL;
  static const struct
  {
    int       year;
    ZonaScore score;
    gboolean  has_delta;
    ZonaScore delta;
  } expected[] = { { 2022, 6035, FALSE, 0 }, { 2023, 9002, TRUE, 2967 }, { 2024, 9064, TRUE, 62 } };

  trend = zona_store_trend (store, "17.06", 0, "ombudsman", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trend->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < trend->len; i++)
    {
      const ZonaTrendPoint *point = g_ptr_array_index (trend, i);

      g_assert_cmpint (point->year, ==, expected[i].year);
      g_assert_cmpint (point->score, ==, expected[i].score);
      g_assert_cmpint (point->has_delta, ==, expected[i].has_delta);
      if (point->has_delta)
        g_assert_cmpint (point->delta, ==, expected[i].delta);
    }
}

static void
test_ranks (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GError) error = NULL;
  ZonaAssessment assessment;
  const ZonaRanking *entry;

  /* A tie: Dinkes equals Disdukcapil's 96,20 and both rank first. */
  init_assessment (&assessment, region_id (store, "35.77"), unit_id (store, "35.77", "Dinkes"),
                   "ombudsman", 2023, 9620);
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);

  units = zona_store_rank_units (store, "35.77", "ombudsman", 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 7);
  g_assert_cmpuint (((ZonaRanking *) g_ptr_array_index (units, 0))->rank, ==, 1);
  g_assert_cmpuint (((ZonaRanking *) g_ptr_array_index (units, 1))->rank, ==, 1);
  g_assert_cmpuint (((ZonaRanking *) g_ptr_array_index (units, 2))->rank, ==, 3);
  entry = g_ptr_array_index (units, 6);
  g_assert_cmpuint (entry->rank, ==, 7);
  g_assert_cmpint (entry->score, ==, 8972);

  /* Regions rank within their group: Madiun's 91,00 above Mukomuko's 90,02. */
  regions = zona_store_rank_regions (store, ZONA_REGION_KABUPATEN, "ombudsman", 2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regions->len, ==, 2);
  entry = g_ptr_array_index (regions, 0);
  g_assert_cmpstr (entry->code, ==, "35.19");
  g_assert_cmpuint (entry->rank, ==, 1);
  entry = g_ptr_array_index (regions, 1);
  g_assert_cmpstr (entry->code, ==, "17.06");
  g_assert_cmpuint (entry->rank, ==, 2);

  /* Kota Madiun's score for the kota group comes from its units' mean, with the raised Dinkes:
   * (96,20 + 89,72 + 93,12 + 93,53 + 95,20 + 95,35 + 96,20) / 7 = 94,1885... -> 94,19. */
  g_clear_pointer (&regions, g_ptr_array_unref);
  regions = zona_store_rank_regions (store, ZONA_REGION_KOTA, "ombudsman", 2023, &error);
  g_assert_cmpuint (regions->len, ==, 1);
  g_assert_cmpint (((ZonaRanking *) g_ptr_array_index (regions, 0))->score, ==, 9419);
}

static void
test_overview (ZonaTestDir   *fixture,
               gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaLatestResult *region_result = NULL;
  guint n_units = 0;
  guint n_drafts = 0;

  results = zona_overview_latest (store, "17.06", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  region_result = g_ptr_array_index (results, 0);
  g_assert_cmpint (region_result->year, ==, 2024);
  g_assert_cmpint (region_result->score, ==, 9064);
  g_assert_cmpint (region_result->delta, ==, 62);
  g_assert_cmpint (region_result->previous_year, ==, 2023);
  g_assert_cmpstr (region_result->category, ==, "A");
  g_assert_cmpstr (region_result->zone, ==, "hijau");
  g_clear_pointer (&results, g_ptr_array_unref);

  results = zona_overview_latest (store, "35.77", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    {
      const ZonaLatestResult *result = g_ptr_array_index (results, i);

      if (result->unit_id == 0 && g_str_equal (result->scheme_id, "ombudsman"))
        {
          g_assert_true (result->from_units);
          g_assert_cmpuint (result->n_units, ==, 7);
          g_assert_cmpint (result->score, ==, 9359);
          /* A is the highest of era III's five bands. */
          g_assert_cmpint (result->category_rank, ==, 4);
        }
      else if (result->unit_id == 0)
        {
          g_assert_cmpstr (result->scheme_id, ==, "pekppp");
          g_assert_cmpint (result->score, ==, 474);
          g_assert_cmpstr (result->category, ==, "A");
          g_assert_cmpint (result->category_rank, ==, 8);
          g_assert_null (result->zone);
        }
      else if (g_str_equal (result->scheme_id, "ombudsman"))
        n_units++;
      else
        {
          /* The demo's PEKPPP round of 2024 is under way: drafts without a score. */
          g_assert_cmpstr (result->scheme_id, ==, "pekppp");
          g_assert_cmpint (result->year, ==, 2024);
          g_assert_false (result->has_score);
          n_drafts++;
        }
    }
  g_assert_cmpuint (n_units, ==, 7);
  g_assert_cmpuint (n_drafts, ==, 4);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* A unit without any result yet is listed once, with nothing but its name. */
  {
    ZonaUnit unit = { .name = (char *) "Dinas Perpustakaan", .kind = (char *) "dinas" };
    gint64 unit_id = zona_store_add_unit (store, "35.77", &unit, &error);
    guint n_found = 0;

    g_assert_no_error (error);
    results = zona_overview_latest (store, "35.77", &error);
    g_assert_no_error (error);
    for (guint i = 0; i < results->len; i++)
      {
        const ZonaLatestResult *result = g_ptr_array_index (results, i);

        if (result->unit_id != unit_id)
          continue;
        n_found++;
        g_assert_cmpstr (result->subject_name, ==, "Dinas Perpustakaan");
        g_assert_cmpstr (result->unit_kind, ==, "dinas");
        g_assert_null (result->scheme_id);
        g_assert_false (result->has_score);
        g_assert_cmpint (result->year, ==, 0);
        g_assert_null (result->category);
      }
    g_assert_cmpuint (n_found, ==, 1);
  }
}

static void
test_history (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GError) error = NULL;
  ZonaAssessment assessment;
  sqlite3_stmt *stmt;

  init_assessment (&assessment, region_id (store, "17.06"), 0, "ombudsman", 2022, 6036);
  g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);

  /* The change is logged with its old and new value, and the log cannot be rewritten. */
  stmt = zona_store_prepare (store, "SELECT count(*) FROM history WHERE action = 'update' "
                                    "AND json_extract (old_value, '$.score') = 6035 "
                                    "AND json_extract (new_value, '$.score') = 6036", &error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_reset (stmt);

  g_assert_false (zona_store_exec (store, "DELETE FROM history", &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
}

static guint64
full_scans (ZonaStore *store)
{
  zona_store_count_statement_status (store, SQLITE_STMTSTATUS_VM_STEP, TRUE);

  return zona_store_count_statement_status (store, SQLITE_STMTSTATUS_FULLSCAN_STEP, TRUE);
}

static guint64
vm_steps (ZonaStore *store)
{
  zona_store_count_statement_status (store, SQLITE_STMTSTATUS_FULLSCAN_STEP, TRUE);

  return zona_store_count_statement_status (store, SQLITE_STMTSTATUS_VM_STEP, TRUE);
}

/* Reports must read through indexes, never by scanning whole tables: on a real database of
 * hundreds of thousands of assessments a scan is what makes a report slow. Speed itself is
 * measured in bench/; this checks the query plans' shape with SQLite's own counters. */
static void
test_reports_use_indexes (ZonaTestDir   *fixture,
                          gconstpointer  data)
{
  g_autoptr(ZonaStore) store = new_demo_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) regions = zona_store_list_regions (store, ZONA_REGION_LIST_NO_PROVINCES, &error);
  gint64 dinkes = unit_id (store, "35.77", "Dinkes");
  GPtrArray *result;
  guint64 work;

  /* Enough rows in every region that a scan would show. */
  for (guint i = 0; i < regions->len; i += 7)
    {
      ZonaAssessment assessment;
      const ZonaRegion *region = g_ptr_array_index (regions, i);

      init_assessment (&assessment, region->id, 0, "ombudsman", 2023, 5000 + i);
      g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
    }

  /* Prepare every statement once, then count only what the reports read. */
  g_ptr_array_unref (zona_store_trend (store, "35.77", dinkes, "ombudsman", &error));
  g_ptr_array_unref (zona_store_region_scores (store, "35.77", "ombudsman", &error));
  g_ptr_array_unref (zona_store_rank_regions (store, ZONA_REGION_KABUPATEN, "ombudsman", 2023, &error));
  g_ptr_array_unref (zona_store_rank_units (store, "35.77", "ombudsman", 2023, &error));
  full_scans (store);

  result = zona_store_trend (store, "35.77", dinkes, "ombudsman", &error);
  g_assert_cmpuint (result->len, ==, 1);
  g_ptr_array_unref (result);
  g_assert_cmpuint (full_scans (store), ==, 0);

  result = zona_store_region_scores (store, "35.77", "ombudsman", &error);
  g_assert_cmpuint (result->len, ==, 1);
  g_ptr_array_unref (result);
  g_assert_cmpuint (full_scans (store), ==, 0);

  /* A region's means read its own rows only, not every row of the scheme: the work does not
   * grow when other regions get more assessments. */
  g_ptr_array_unref (zona_store_region_scores (store, "35.77", "ombudsman", &error));
  work = vm_steps (store);
  for (guint i = 0; i < regions->len; i += 2)
    {
      const ZonaRegion *region = g_ptr_array_index (regions, i);
      ZonaAssessment assessment;

      if (g_str_equal (region->code, "35.77"))
        continue;
      init_assessment (&assessment, region->id, 0, "ombudsman", 2024, 6000);
      g_assert_cmpint (zona_store_set_assessment (store, &assessment, &error), >, 0);
    }
  vm_steps (store);
  g_ptr_array_unref (zona_store_region_scores (store, "35.77", "ombudsman", &error));
  g_assert_cmpuint (vm_steps (store), ==, work);

  result = zona_store_rank_regions (store, ZONA_REGION_KABUPATEN, "ombudsman", 2023, &error);
  g_assert_cmpuint (result->len, >, 50);
  g_ptr_array_unref (result);
  g_assert_cmpuint (full_scans (store), ==, 0);

  result = zona_store_rank_units (store, "35.77", "ombudsman", 2023, &error);
  g_assert_cmpuint (result->len, ==, 7);
  g_ptr_array_unref (result);
  g_assert_cmpuint (full_scans (store), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  ADD ("/assessments/set-and-replace", test_set_and_replace);
  ADD ("/assessments/refused", test_refused);
  ADD ("/assessments/unit-lifetime", test_unit_lifetime);
  ADD ("/assessments/batch-transaction", test_batch_is_one_transaction);
  ADD ("/assessments/indicator-total", test_indicator_total);
  ADD ("/assessments/total-replaces-indicators", test_total_replaces_indicators);
  ADD ("/assessments/region-scores", test_region_scores);
  ADD ("/assessments/trend", test_trend);
  ADD ("/assessments/ranks", test_ranks);
  ADD ("/assessments/overview", test_overview);
  ADD ("/assessments/history", test_history);
  ADD ("/assessments/reports-use-indexes", test_reports_use_indexes);

#undef ADD

  return g_test_run ();
}
