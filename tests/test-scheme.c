/* test-scheme.c — assessment schemes: loading, refusing broken files, classifying
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "zona-paths.h"
#include "zona-scheme.h"

static GPtrArray *
load_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (zona_get_data_dir (), "schemes", NULL);
  GPtrArray *schemes = zona_scheme_load_directory (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (schemes);

  return schemes;
}

static const ZonaScheme *
find (GPtrArray  *schemes,
      const char *id)
{
  const ZonaScheme *scheme = zona_scheme_list_find (schemes, id);

  g_assert_nonnull (scheme);

  return scheme;
}

static void
assert_category (const ZonaScheme *scheme,
                 int               year,
                 const char       *score_text,
                 const char       *code,
                 const char       *zone)
{
  g_autofree char *reason = NULL;
  const ZonaBand *band;
  ZonaScore score;

  g_assert_true (zona_score_parse (score_text, scheme->scale_min, scheme->scale_max, &score, NULL));
  band = zona_scheme_classify (scheme, year, score, &reason);
  if (band == NULL)
    g_error ("%s %d %s: no category: %s", scheme->id, year, score_text, reason);
  g_assert_cmpstr (band->code, ==, code);
  g_assert_cmpstr (band->zone, ==, zone);
  g_assert_null (reason);
}

static void
test_shipped_load (void)
{
  g_autoptr(GPtrArray) schemes = load_shipped ();
  const ZonaScheme *ombudsman = find (schemes, "ombudsman");
  const ZonaScheme *pekppp = find (schemes, "pekppp");
  const ZonaScheme *pengaduan = find (schemes, "pengaduan");
  const ZonaSchemeVersion *era3;
  const ZonaSchemeVersion *ipp;
  static const ZonaScore era3_weights[] = { 2185, 3237, 2424, 2154 };
  static const ZonaScore pekppp_weights[] = { 2400, 2500, 1800, 1100, 1000, 1200 };

  g_assert_cmpint (ombudsman->scale_max, ==, 10000);
  g_assert_cmpint (pekppp->scale_max, ==, 500);
  g_assert_cmpint (pengaduan->result, ==, ZONA_SCHEME_RESULT_AWARD);

  /* The year selects the methodology. */
  g_assert_cmpstr (zona_scheme_version_for_year (ombudsman, 2013)->id, ==, "era-1");
  g_assert_cmpstr (zona_scheme_version_for_year (ombudsman, 2019)->id, ==, "era-1");
  g_assert_null (zona_scheme_version_for_year (ombudsman, 2020));
  g_assert_nonnull (zona_scheme_not_held_reason (ombudsman, 2020));
  g_assert_cmpstr (zona_scheme_version_for_year (ombudsman, 2021)->id, ==, "era-2");
  g_assert_cmpstr (zona_scheme_version_for_year (ombudsman, 2022)->id, ==, "era-3");
  g_assert_cmpstr (zona_scheme_version_for_year (ombudsman, 2024)->id, ==, "era-3");
  g_assert_cmpstr (zona_scheme_version_for_year (ombudsman, 2025)->id, ==, "era-4");
  g_assert_cmpstr (zona_scheme_version_for_year (ombudsman, 2031)->id, ==, "era-4");
  g_assert_null (zona_scheme_version_for_year (ombudsman, 2012));

  era3 = zona_scheme_version_for_year (ombudsman, 2023);
  g_assert_cmpuint (era3->dimensions->len, ==, G_N_ELEMENTS (era3_weights));
  for (guint i = 0; i < era3->dimensions->len; i++)
    g_assert_cmpint (((ZonaDimension *) g_ptr_array_index (era3->dimensions, i))->weight, ==,
                     era3_weights[i]);
  g_assert_cmpuint (era3->bands->len, ==, 5);
  g_assert_cmpint (era3->region_score, ==, ZONA_REGION_SCORE_MEAN_OF_UNITS);
  g_assert_cmpuint (zona_scheme_version_for_year (ombudsman, 2025)->bands->len, ==, 0);
  g_assert_nonnull (zona_scheme_version_for_year (ombudsman, 2025)->bands_unknown);

  ipp = zona_scheme_version_for_year (pekppp, 2024);
  g_assert_cmpuint (ipp->bands->len, ==, 9);
  g_assert_cmpuint (ipp->dimensions->len, ==, G_N_ELEMENTS (pekppp_weights));
  for (guint i = 0; i < ipp->dimensions->len; i++)
    g_assert_cmpint (((ZonaDimension *) g_ptr_array_index (ipp->dimensions, i))->weight, ==,
                     pekppp_weights[i]);
  /* Kebijakan Pelayanan carries its nine indicator weights. */
  g_assert_cmpuint (((ZonaDimension *) g_ptr_array_index (ipp->dimensions, 0))->indicators->len,
                    ==, 9);
  g_assert_cmpuint (zona_scheme_version_n_indicators (ipp), >=, 24);
}

/* Every band of every shipped scheme: both ends classify into the band, and one hundredth
 * below its start falls into the band before it. */
static void
test_shipped_band_edges (void)
{
  g_autoptr(GPtrArray) schemes = load_shipped ();
  guint n_checked = 0;

  for (guint s = 0; s < schemes->len; s++)
    {
      const ZonaScheme *scheme = g_ptr_array_index (schemes, s);

      for (guint v = 0; v < scheme->versions->len; v++)
        {
          const ZonaSchemeVersion *version = g_ptr_array_index (scheme->versions, v);

          for (guint b = 0; b < version->bands->len; b++)
            {
              const ZonaBand *band = g_ptr_array_index (version->bands, b);
              int year = version->year_from;

              g_assert_true (zona_scheme_classify (scheme, year, band->min, NULL) == band);
              g_assert_true (zona_scheme_classify (scheme, year, band->max, NULL) == band);
              if (version->year_to != 0)
                g_assert_true (zona_scheme_classify (scheme, version->year_to, band->max, NULL) == band);
              if (b > 0)
                g_assert_true (zona_scheme_classify (scheme, year, band->min - 1, NULL) ==
                               g_ptr_array_index (version->bands, b - 1));
              n_checked++;
            }
        }
    }

  /* Ombudsman eras I-III (3 + 3 + 5) and PEKPPP tatap muka and daring (9 + 9). */
  g_assert_cmpuint (n_checked, ==, 29);
}

static void
test_named_edges (void)
{
  g_autoptr(GPtrArray) schemes = load_shipped ();
  const ZonaScheme *ombudsman = find (schemes, "ombudsman");
  const ZonaScheme *pekppp = find (schemes, "pekppp");

  /* Era III: five categories on three zones. */
  assert_category (ombudsman, 2023, "100", "A", "hijau");
  assert_category (ombudsman, 2023, "88,00", "A", "hijau");
  assert_category (ombudsman, 2023, "87,99", "B", "hijau");
  assert_category (ombudsman, 2023, "78,00", "B", "hijau");
  assert_category (ombudsman, 2023, "77,99", "C", "kuning");
  assert_category (ombudsman, 2022, "54,00", "C", "kuning");
  assert_category (ombudsman, 2022, "53,99", "D", "merah");
  assert_category (ombudsman, 2024, "32,00", "D", "merah");
  assert_category (ombudsman, 2024, "31,99", "E", "merah");
  assert_category (ombudsman, 2024, "0", "E", "merah");
  assert_category (ombudsman, 2022, "60,35", "C", "kuning");
  assert_category (ombudsman, 2023, "90,02", "A", "hijau");

  /* Era II (and I): three zones. Old years keep old rules: 80,00 is Kuning in 2021 but
   * Kategori B (Hijau) in 2023. */
  assert_category (ombudsman, 2021, "81,00", "Hijau", "hijau");
  assert_category (ombudsman, 2021, "80,99", "Kuning", "kuning");
  assert_category (ombudsman, 2021, "80,00", "Kuning", "kuning");
  assert_category (ombudsman, 2023, "80,00", "B", "hijau");
  assert_category (ombudsman, 2021, "51,00", "Kuning", "kuning");
  assert_category (ombudsman, 2021, "50,99", "Merah", "merah");
  assert_category (ombudsman, 2021, "73,26", "Kuning", "kuning");
  assert_category (ombudsman, 2019, "81,00", "Hijau", "hijau");

  /* PEKPPP: nine categories on 0-5, no zones. */
  assert_category (pekppp, 2024, "5", "A", NULL);
  assert_category (pekppp, 2024, "4,51", "A", NULL);
  assert_category (pekppp, 2024, "4,50", "A-", NULL);
  assert_category (pekppp, 2024, "4,01", "A-", NULL);
  assert_category (pekppp, 2024, "4,00", "B", NULL);
  assert_category (pekppp, 2024, "3,51", "B", NULL);
  assert_category (pekppp, 2024, "3,50", "B-", NULL);
  assert_category (pekppp, 2024, "3,01", "B-", NULL);
  assert_category (pekppp, 2024, "3,00", "C", NULL);
  assert_category (pekppp, 2024, "2,51", "C", NULL);
  assert_category (pekppp, 2024, "2,50", "C-", NULL);
  assert_category (pekppp, 2024, "2,01", "C-", NULL);
  assert_category (pekppp, 2024, "2,00", "D", NULL);
  assert_category (pekppp, 2024, "1,51", "D", NULL);
  assert_category (pekppp, 2024, "1,50", "E", NULL);
  assert_category (pekppp, 2024, "1,01", "E", NULL);
  assert_category (pekppp, 2024, "1,00", "F", NULL);
  assert_category (pekppp, 2024, "0", "F", NULL);
  assert_category (pekppp, 2025, "4,74", "A", NULL);
}

static void
test_no_category (void)
{
  g_autoptr(GPtrArray) schemes = load_shipped ();
  const ZonaScheme *ombudsman = find (schemes, "ombudsman");
  const ZonaScheme *pekppp = find (schemes, "pekppp");
  const ZonaScheme *pengaduan = find (schemes, "pengaduan");
  char *reason = NULL;

  /* Not held, unknown bands, before the first version, award schemes, off the scale: no
   * guess, and always a reason. */
  g_assert_null (zona_scheme_classify (ombudsman, 2020, 9000, &reason));
  g_assert_nonnull (strstr (reason, "2020"));
  g_clear_pointer (&reason, g_free);

  g_assert_null (zona_scheme_classify (ombudsman, 2025, 9000, &reason));
  g_assert_nonnull (strstr (reason, "2025"));
  g_clear_pointer (&reason, g_free);

  g_assert_null (zona_scheme_classify (ombudsman, 2010, 9000, &reason));
  g_assert_nonnull (strstr (reason, "2010"));
  g_clear_pointer (&reason, g_free);

  g_assert_null (zona_scheme_classify (pekppp, 2019, 400, &reason));
  g_assert_nonnull (reason);
  g_clear_pointer (&reason, g_free);

  g_assert_null (zona_scheme_classify (pengaduan, 2020, 100, &reason));
  g_assert_nonnull (reason);
  g_clear_pointer (&reason, g_free);

  g_assert_null (zona_scheme_classify (ombudsman, 2023, 10001, &reason));
  g_assert_nonnull (strstr (reason, "100,01"));
  g_clear_pointer (&reason, g_free);
}

/* A small valid scheme; each broken variant replaces one fragment of it. */
static const char valid_scheme[] =
  "{ \"format\": 1, \"id\": \"uji\", \"name\": \"Skema Uji\", \"short_name\": \"Uji\","
  "  \"result\": \"score\", \"scale\": { \"min\": \"0\", \"max\": \"100\" },"
  "  \"versions\": [ { \"id\": \"v1\", \"name\": \"Versi 1\", \"from\": 2020, \"to\": 2022,"
  "    \"region_score\": \"mean_of_units\","
  "    \"bands\": ["
  "      { \"code\": \"R\", \"name\": \"Rendah\", \"label\": \"Rendah\", \"zone\": \"merah\","
  "        \"colour\": \"#c62828\", \"min\": \"0\", \"max\": \"49,99\" },"
  "      { \"code\": \"T\", \"name\": \"Tinggi\", \"label\": \"Tinggi\", \"zone\": \"hijau\","
  "        \"colour\": \"#2e7d32\", \"min\": \"50,00\", \"max\": \"100\" } ],"
  "    \"dimensions\": ["
  "      { \"code\": \"D1\", \"name\": \"Satu\", \"weight\": \"60\", \"indicators\": ["
  "        { \"code\": \"I1\", \"name\": \"Ind 1\", \"weight\": \"3\" },"
  "        { \"code\": \"I2\", \"name\": \"Ind 2\", \"weight\": \"1\" } ] },"
  "      { \"code\": \"D2\", \"name\": \"Dua\", \"weight\": \"40\", \"indicators\": ["
  "        { \"code\": \"I3\", \"name\": \"Ind 3\" } ] } ] } ] }";

typedef struct
{
  const char *find;
  const char *replace;
  int         code;
  const char *mentions;   /* what the message must name */
} Breakage;

static void
test_broken_files (void)
{
  static const Breakage cases[] = {
    /* A gap between bands. */
    { "\"min\": \"50,00\"", "\"min\": \"50,01\"", ZONA_SCHEME_ERROR_BANDS, "“T”" },
    /* An overlap. */
    { "\"min\": \"50,00\"", "\"min\": \"49,99\"", ZONA_SCHEME_ERROR_BANDS, "“T”" },
    /* Not reaching the top of the scale. */
    { "\"min\": \"50,00\", \"max\": \"100\"", "\"min\": \"50,00\", \"max\": \"99,99\"",
      ZONA_SCHEME_ERROR_BANDS, "“T”" },
    /* Not starting at the bottom. */
    { "\"min\": \"0\", \"max\": \"49,99\"", "\"min\": \"0,01\", \"max\": \"49,99\"",
      ZONA_SCHEME_ERROR_BANDS, "“R”" },
    /* A band upside down. */
    { "\"min\": \"0\", \"max\": \"49,99\"", "\"min\": \"49,99\", \"max\": \"0\"",
      ZONA_SCHEME_ERROR_BANDS, "“R”" },
    /* A bound with three decimals. */
    { "\"max\": \"49,99\"", "\"max\": \"49,999\"", ZONA_SCHEME_ERROR_INVALID, "49,999" },
    /* Dimension weights that do not add up to 100. */
    { "\"weight\": \"40\"", "\"weight\": \"39,99\"", ZONA_SCHEME_ERROR_WEIGHTS, "99,99" },
    /* Weights on some indicators only. */
    { "{ \"code\": \"I2\", \"name\": \"Ind 2\", \"weight\": \"1\" }",
      "{ \"code\": \"I2\", \"name\": \"Ind 2\" }", ZONA_SCHEME_ERROR_WEIGHTS, "D1" },
    /* A code used twice. */
    { "\"code\": \"I3\"", "\"code\": \"I1\"", ZONA_SCHEME_ERROR_INVALID, "I1" },
    /* A wrong zone, a wrong colour. */
    { "\"zone\": \"merah\"", "\"zone\": \"ungu\"", ZONA_SCHEME_ERROR_INVALID, "ungu" },
    { "\"#c62828\"", "\"red\"", ZONA_SCHEME_ERROR_INVALID, "red" },
    /* Neither bands nor a reason they are unknown. */
    { "\"bands\": [", "\"bands_x\": [", ZONA_SCHEME_ERROR_BANDS, "v1" },
    /* A version ending before it starts. */
    { "\"to\": 2022", "\"to\": 2019", ZONA_SCHEME_ERROR_INVALID, "2019" },
    /* Not a scheme at all, or not JSON. */
    { "\"format\": 1", "\"format\": 7", ZONA_SCHEME_ERROR_INVALID, "format" },
    { "{ \"format\"", "[ \"format\"", ZONA_SCHEME_ERROR_PARSE, "JSON" },
    /* Bands for a scheme of awards. */
    { "\"result\": \"score\"", "\"result\": \"award\"", ZONA_SCHEME_ERROR_BANDS, "v1" },
    /* A number where text is expected, a fraction as a JSON number. */
    { "\"name\": \"Skema Uji\"", "\"name\": 5", ZONA_SCHEME_ERROR_INVALID, "name" },
    { "\"weight\": \"60\"", "\"weight\": 60.5", ZONA_SCHEME_ERROR_INVALID, "weight" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaScheme) good = NULL;

  /* The template itself is valid. */
  good = zona_scheme_new_from_data (valid_scheme, -1, "uji.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (good->versions->len, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new (valid_scheme);
      g_autoptr(ZonaScheme) broken = NULL;
      g_autoptr(GError) local_error = NULL;

      g_assert_cmpuint (g_string_replace (text, cases[i].find, cases[i].replace, 1), ==, 1);
      broken = zona_scheme_new_from_data (text->str, -1, "uji.json", &local_error);

      g_assert_null (broken);
      g_assert_error (local_error, ZONA_SCHEME_ERROR, cases[i].code);
      /* The message names the file and what is wrong in it. */
      g_assert_true (g_str_has_prefix (local_error->message, "uji.json: "));
      if (strstr (local_error->message, cases[i].mentions) == NULL)
        g_error ("case %u: “%s” does not mention %s", i, local_error->message, cases[i].mentions);
    }
}

static void
test_broken_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zona-scheme-XXXXXX", &error);
  g_autofree char *good = g_build_filename (dir, "uji.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "rusak.json", NULL);
  g_autoptr(GPtrArray) schemes = NULL;
  g_autoptr(GString) broken = g_string_new (valid_scheme);

  g_assert_no_error (error);
  g_file_set_contents (good, valid_scheme, -1, &error);
  g_assert_no_error (error);

  schemes = zona_scheme_load_directory (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (schemes->len, ==, 1);
  g_clear_pointer (&schemes, g_ptr_array_unref);

  /* One broken file fails the load and is named. */
  g_string_replace (broken, "\"min\": \"50,00\"", "\"min\": \"50,02\"", 1);
  g_string_replace (broken, "\"id\": \"uji\"", "\"id\": \"rusak\"", 1);
  g_file_set_contents (bad, broken->str, -1, &error);
  g_assert_no_error (error);

  schemes = zona_scheme_load_directory (dir, &error);
  g_assert_null (schemes);
  g_assert_error (error, ZONA_SCHEME_ERROR, ZONA_SCHEME_ERROR_BANDS);
  g_assert_nonnull (strstr (error->message, "rusak.json"));
  g_assert_nonnull (strstr (error->message, "50,02"));

  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* The year a new result most likely belongs to: the latest one held, up to the given year. */
static void
test_latest_year (void)
{
  g_autoptr(GPtrArray) schemes = load_shipped ();
  g_autoptr(ZonaScheme) ended = NULL;
  g_autoptr(GError) error = NULL;
  const ZonaScheme *ombudsman = find (schemes, "ombudsman");
  const ZonaScheme *pekppp_daring = find (schemes, "pekppp-daring");

  /* A version still in force covers the year asked for, even one that has no bands yet. */
  g_assert_cmpint (zona_scheme_latest_year (ombudsman, 2026), ==, 2026);
  g_assert_cmpint (zona_scheme_latest_year (ombudsman, 2024), ==, 2024);
  /* 2020 was not held; the year before it was. */
  g_assert_cmpint (zona_scheme_latest_year (ombudsman, 2020), ==, 2019);
  /* Before the first version there is no year at all. */
  g_assert_cmpint (zona_scheme_latest_year (ombudsman, 2012), ==, 0);
  g_assert_cmpint (zona_scheme_latest_year (pekppp_daring, 2021), ==, 0);
  g_assert_cmpint (zona_scheme_latest_year (pekppp_daring, 2022), ==, 2022);

  /* A scheme whose last version ended in 2022 answers 2022 for any later year. */
  ended = zona_scheme_new_from_data (valid_scheme, -1, "uji.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (zona_scheme_latest_year (ended, 2026), ==, 2022);
  g_assert_cmpint (zona_scheme_latest_year (ended, 2021), ==, 2021);
  g_assert_cmpint (zona_scheme_latest_year (ended, 2019), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scheme/shipped/load", test_shipped_load);
  g_test_add_func ("/scheme/shipped/band-edges", test_shipped_band_edges);
  g_test_add_func ("/scheme/classify/named-edges", test_named_edges);
  g_test_add_func ("/scheme/classify/no-category", test_no_category);
  g_test_add_func ("/scheme/broken/files", test_broken_files);
  g_test_add_func ("/scheme/broken/directory", test_broken_directory);
  g_test_add_func ("/scheme/latest-year", test_latest_year);

  return g_test_run ();
}
