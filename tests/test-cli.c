/* test-cli.c — zona-cli end to end, as a user runs it
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

/* ---- init, demo, schemes ---------------------------------------------------------------- */

static void
test_init (ZonaTestDir   *fixture,
           gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsonNode) regions = NULL;

  g_assert_cmpint (run_cli (fixture, &out, &err, "init", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));

  /* A new database holds every region already, but no data. */
  regions = run_json (fixture, "region", "list", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (regions)), ==, 0);

  /* A second init must never wipe or rewrite a database full of a year's work. */
  before = zona_test_file_sha256 (fixture->path);
  run_refused (fixture, fixture->path, "init", NULL);
  run_refused (fixture, fixture->path, "demo", NULL);
  after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_init_usage (ZonaTestDir   *fixture,
                 gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* A stray argument is a wrong call, and nothing may be created because of it. */
  g_assert_cmpint (run_cli (fixture, &out, &err, "init", "extra", NULL), ==, EXIT_USAGE);
  g_assert_cmpstr (g_strstrip (err), !=, "");
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (fixture, &out, &err, "no-such-command", NULL), ==, EXIT_USAGE);
  g_assert_nonnull (strstr (err, "no-such-command"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_demo (ZonaTestDir   *fixture,
           gconstpointer  data)
{
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) regions = NULL;
  JsonArray *array;
  const char * const expected[] = { "17.06", "35.19", "35.20", "35.77" };

  g_assert_cmpint (run_cli (fixture, NULL, &err, "demo", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");

  /* Exactly the four demo regions hold data, listed by code. */
  regions = run_json (fixture, "region", "list", "--json", NULL);
  array = node_array (regions);
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (member_string (json_array_get_object_element (array, i), "code"), ==,
                     expected[i]);
}

static void
test_schemes (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autoptr(JsonNode) schemes = NULL;
  g_autoptr(JsonNode) file = load_scheme_file ("ombudsman.json");
  JsonObject *ombudsman;
  JsonArray *versions;
  guint n_indicators = 0;
  const struct
  {
    const char *id;
    gint64      from;
    gint64      to;      /* 0: still in force */
  } eras[] = {
    { "era-1", 2013, 2019 },
    { "era-2", 2021, 2021 },
    { "era-3", 2022, 2024 },
    { "era-4", 2025, 0 },
  };

  run_ok (fixture, "init", NULL);
  schemes = run_json (fixture, "schemes", "--json", NULL);

  g_assert_nonnull (find_object (node_array (schemes), "id", "pekppp"));
  g_assert_nonnull (find_object (node_array (schemes), "id", "pengaduan"));
  ombudsman = find_object (node_array (schemes), "id", "ombudsman");
  g_assert_nonnull (ombudsman);
  g_assert_cmpstr (member_string (ombudsman, "result"), ==, "score");
  g_assert_cmpstr (member_string (ombudsman, "scale_max"), ==, "100,00");

  versions = json_object_get_array_member (ombudsman, "versions");
  g_assert_cmpuint (json_array_get_length (versions), ==, G_N_ELEMENTS (eras));
  for (guint i = 0; i < G_N_ELEMENTS (eras); i++)
    {
      JsonObject *version = find_object (versions, "id", eras[i].id);

      g_assert_nonnull (version);
      g_assert_cmpint (member_int (version, "from"), ==, eras[i].from);
      if (eras[i].to == 0)
        g_assert_true (member_is_null (version, "to"));
      else
        g_assert_cmpint (member_int (version, "to"), ==, eras[i].to);
    }

  /* 2020 was not held, so no version may cover it. */
  for (guint i = 0; i < json_array_get_length (versions); i++)
    {
      JsonObject *version = json_array_get_object_element (versions, i);

      g_assert_false (member_int (version, "from") <= 2020 &&
                      !member_is_null (version, "to") && member_int (version, "to") >= 2020);
    }

  /* Era III's five categories and four dimensions; era IV's table is not known yet. */
  g_assert_cmpint (member_int (find_object (versions, "id", "era-2"), "bands"), ==, 3);
  g_assert_cmpint (member_int (find_object (versions, "id", "era-3"), "bands"), ==, 5);
  g_assert_cmpint (member_int (find_object (versions, "id", "era-3"), "dimensions"), ==, 4);
  g_assert_cmpint (member_int (find_object (versions, "id", "era-4"), "bands"), ==, 0);

  /* The indicators counted are those of the scheme file. */
  {
    JsonArray *dimensions = json_object_get_array_member (scheme_version (file, "era-3"),
                                                          "dimensions");

    for (guint d = 0; d < json_array_get_length (dimensions); d++)
      n_indicators += json_array_get_length (
        json_object_get_array_member (json_array_get_object_element (dimensions, d),
                                      "indicators"));
  }
  g_assert_cmpint (member_int (find_object (versions, "id", "era-3"), "indicators"), ==,
                   n_indicators);
}

/* ---- classify --------------------------------------------------------------------------- */

/* classify SCHEME YEAR SCORE --json, which must succeed. */
static JsonNode *
classify (ZonaTestDir *fixture,
          const char  *scheme,
          const char  *year,
          const char  *score)
{
  return run_json (fixture, "classify", scheme, year, score, "--json", NULL);
}

static void
test_classify_era3 (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonNode) result = NULL;
  g_autoptr(JsonNode) point = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  JsonObject *object;
  const struct
  {
    const char *score;
    const char *category;
    const char *zone;
  } edges[] = {
    { "100", "A", "hijau" },
    { "88,00", "A", "hijau" },
    { "87,99", "B", "hijau" },
    { "78,00", "B", "hijau" },
    { "77,99", "C", "kuning" },
    { "54,00", "C", "kuning" },
    { "53,99", "D", "merah" },
    { "32,00", "D", "merah" },
    { "31,99", "E", "merah" },
    { "0", "E", "merah" },
    { "88,000", "A", "hijau" },   /* trailing zeros change nothing */
  };

  run_ok (fixture, "init", NULL);

  result = classify (fixture, "ombudsman", "2022", "90,02");
  object = node_object (result);
  g_assert_cmpstr (member_string (object, "scheme"), ==, "ombudsman");
  g_assert_cmpint (member_int (object, "year"), ==, 2022);
  g_assert_cmpstr (member_string (object, "score"), ==, "90,02");
  g_assert_cmpstr (member_string (object, "category"), ==, "A");
  g_assert_cmpstr (member_string (object, "label"), ==, "Kualitas Tertinggi");
  g_assert_cmpstr (member_string (object, "zone"), ==, "hijau");

  /* A decimal point is read too, and the score is printed back the Indonesian way. */
  point = classify (fixture, "ombudsman", "2022", "90.02");
  g_assert_cmpstr (member_string (node_object (point), "score"), ==, "90,02");
  g_assert_cmpstr (member_string (node_object (point), "category"), ==, "A");

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      g_autoptr(JsonNode) edge = classify (fixture, "ombudsman", "2023", edges[i].score);

      g_test_message ("classify ombudsman 2023 %s", edges[i].score);
      g_assert_cmpstr (member_string (node_object (edge), "category"), ==, edges[i].category);
      g_assert_cmpstr (member_string (node_object (edge), "zone"), ==, edges[i].zone);
    }

  /* Without --json, one line for people, in Indonesian notation. */
  g_assert_cmpint (run_cli (fixture, &out, &err, "classify", "ombudsman", "2022", "90.02", NULL),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "90,02"));
  g_assert_null (strstr (out, "90.02"));
  g_assert_nonnull (strstr (out, "Kualitas Tertinggi"));
}

static void
test_classify_eras (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonNode) era2 = NULL;
  g_autoptr(JsonNode) same_score_era3 = NULL;
  g_autoptr(JsonNode) not_held = NULL;
  g_autoptr(JsonNode) era4 = NULL;
  g_autoptr(JsonNode) prima = NULL;
  g_autoptr(JsonNode) sangat_baik = NULL;
  g_autoptr(JsonNode) file = load_scheme_file ("ombudsman.json");
  JsonArray *gaps = json_object_get_array_member (node_object (file), "not_held");
  const char *not_held_reason = member_string (json_array_get_object_element (gaps, 0), "reason");
  const char *reason;

  run_ok (fixture, "init", NULL);

  /* Magetan 2021: era II zones, not era III categories. */
  era2 = classify (fixture, "ombudsman", "2021", "73,26");
  g_assert_cmpstr (member_string (node_object (era2), "zone"), ==, "kuning");
  g_assert_cmpstr (member_string (node_object (era2), "score"), ==, "73,26");
  g_assert_cmpstr (member_string (node_object (era2), "category"), !=, "C");

  /* The same score a year later is judged by the newer bands: 80,00 is kuning in 2021
   * (51,00–80,99) but hijau, category B, in 2022 (78,00–87,99). */
  g_clear_pointer (&era2, json_node_unref);
  era2 = classify (fixture, "ombudsman", "2021", "80,00");
  same_score_era3 = classify (fixture, "ombudsman", "2022", "80,00");
  g_assert_cmpstr (member_string (node_object (era2), "zone"), ==, "kuning");
  g_assert_cmpstr (member_string (node_object (same_score_era3), "zone"), ==, "hijau");
  g_assert_cmpstr (member_string (node_object (same_score_era3), "category"), ==, "B");

  /* 2020 was not held: no category, and the reason is the one the scheme records. */
  not_held = classify (fixture, "ombudsman", "2020", "73,26");
  g_assert_null (member_string (node_object (not_held), "category"));
  g_assert_null (member_string (node_object (not_held), "zone"));
  reason = member_string (node_object (not_held), "reason");
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "2020"));
  g_assert_nonnull (strstr (reason, not_held_reason));

  /* 2025: the new methodology's table is not known, so no category is invented. */
  era4 = classify (fixture, "ombudsman", "2025", "90,02");
  g_assert_null (member_string (node_object (era4), "category"));
  g_assert_null (member_string (node_object (era4), "zone"));
  g_assert_nonnull (member_string (node_object (era4), "reason"));

  /* PEKPPP on its 0–5 scale: Kota Madiun 2024 is A, and 4,50 the top of A-. */
  prima = classify (fixture, "pekppp", "2024", "4,61");
  g_assert_cmpstr (member_string (node_object (prima), "category"), ==, "A");
  g_assert_cmpstr (member_string (node_object (prima), "score"), ==, "4,61");
  sangat_baik = classify (fixture, "pekppp", "2024", "4,50");
  g_assert_cmpstr (member_string (node_object (sangat_baik), "category"), ==, "A-");
}

static void
test_classify_bad_scores (ZonaTestDir   *fixture,
                          gconstpointer  data)
{
  const char * const bad[] = { "9O,02", "90,021", "100,01", "90,", ",5", "90,0,2", "1e2" };

  run_ok (fixture, "init", NULL);

  /* A typing error is refused, never rounded or guessed, and the message names it. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("classify ombudsman 2022 “%s”", bad[i]);
      run_refused (fixture, bad[i], "classify", "ombudsman", "2022", bad[i], "--json", NULL);
    }

  run_refused (fixture, "empty", "classify", "ombudsman", "2022", "", "--json", NULL);
  run_refused (fixture, "empty", "classify", "ombudsman", "2022", "  ", NULL);

  /* Above the PEKPPP scale of 5. */
  run_refused (fixture, "5,01", "classify", "pekppp", "2024", "5,01", "--json", NULL);

  /* A negative score is a bad score like any other, not an unknown option. */
  run_refused (fixture, "-1", "classify", "ombudsman", "2022", "-1", "--json", NULL);
}

static void
test_classify_usage (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  run_ok (fixture, "init", NULL);

  /* An unknown scheme: the message lists the ones there are. */
  run_refused (fixture, "ombudsman", "classify", "ombudsmen", "2022", "90,02", "--json", NULL);
  run_refused (fixture, "pekppp", "classify", "ombudsmen", "2022", "90,02", NULL);
  run_refused (fixture, "pengaduan", "classify", "ombudsmen", "2022", "90,02", NULL);

  run_refused (fixture, "20x2", "classify", "ombudsman", "20x2", "90,02", "--json", NULL);

  /* A missing argument is a wrong call: status 2 and the usage, on stderr only. */
  g_assert_cmpint (run_cli (fixture, &out, &err, "classify", "ombudsman", "2022", "--json", NULL),
                   ==, EXIT_USAGE);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "SCHEME YEAR SCORE"));
}

/* ---- regions ---------------------------------------------------------------------------- */

static gboolean
code_is_kota (const char *code)
{
  return strlen (code) == 5 && g_ascii_digit_value (code[3]) >= 7 &&
         !(code[3] == '7' && code[4] == '0');
}

static void
test_region_list (ZonaTestDir   *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) all = NULL;
  JsonArray *array;
  guint n_provinsi = 0;
  guint n_kabupaten = 0;
  guint n_kota = 0;

  run_ok (fixture, "demo", NULL);

  all = run_json (fixture, "region", "list", "--all", "--json", NULL);
  array = node_array (all);
  g_assert_cmpuint (json_array_get_length (array), ==, 552);

  /* Kepmendagri 300.2.2-2430/2025: 38 + 416 + 98, each code agreeing with its kind. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *region = json_array_get_object_element (array, i);
      const char *code = member_string (region, "code");
      const char *kind = member_string (region, "kind");

      if (g_str_equal (kind, "provinsi"))
        {
          n_provinsi++;
          g_assert_cmpuint (strlen (code), ==, 2);
          g_assert_true (member_is_null (region, "province"));
          continue;
        }

      g_assert_cmpuint (strlen (code), ==, 5);
      g_assert_true (g_str_has_prefix (code, member_string (region, "province")));
      if (g_str_equal (kind, "kota"))
        {
          n_kota++;
          g_assert_true (code_is_kota (code));
        }
      else
        {
          n_kabupaten++;
          g_assert_cmpstr (kind, ==, "kabupaten");
          g_assert_false (code_is_kota (code));
        }
    }

  g_assert_cmpuint (n_provinsi, ==, 38);
  g_assert_cmpuint (n_kabupaten, ==, 416);
  g_assert_cmpuint (n_kota, ==, 98);

  g_assert_cmpstr (member_string (find_object (array, "code", "35.19"), "name"), ==,
                   "Kabupaten Madiun");
  g_assert_cmpstr (member_string (find_object (array, "code", "35.77"), "head_title"), ==,
                   "Wali Kota");
}

static void
test_region_find (ZonaTestDir   *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) kab = NULL;
  g_autoptr(JsonNode) both = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  run_ok (fixture, "demo", NULL);

  /* The press abbreviation finds the one kabupaten. */
  kab = run_json (fixture, "region", "find", "Kab. Madiun", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (kab)), ==, 1);
  g_assert_cmpstr (member_string (json_array_get_object_element (node_array (kab), 0), "code"),
                   ==, "35.19");

  g_assert_cmpint (run_cli (fixture, &out, &err, "region", "find", "Kab. Madiun", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "35.19"));
  g_assert_null (strstr (out, "35.77"));

  /* A bare name means both the kabupaten and the kota: offer both, never guess. */
  both = run_json (fixture, "region", "find", "Madiun", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (both)), ==, 2);
  g_assert_nonnull (find_object (node_array (both), "code", "35.19"));
  g_assert_nonnull (find_object (node_array (both), "code", "35.77"));

  /* Commands that need one region refuse the ambiguous name and name the candidates. */
  run_refused (fixture, "35.77", "trend", "--region", "Madiun", "--scheme", "ombudsman",
               "--json", NULL);

  run_refused (fixture, "Atlantis", "region", "find", "Atlantis", NULL);
}

/* A kota code of province 35 that the list does not hold yet, preferring 35.99. */
static char *
free_kota_code (JsonArray  *regions,
                const char *other_than)
{
  for (int number = 99; number >= 71; number--)
    {
      g_autofree char *code = g_strdup_printf ("35.%02d", number);

      if (find_object (regions, "code", code) == NULL && g_strcmp0 (code, other_than) != 0)
        return g_steal_pointer (&code);
    }

  g_assert_not_reached ();
}

static void
test_region_add (ZonaTestDir   *fixture,
                 gconstpointer  data)
{
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(JsonNode) found = NULL;
  g_autofree char *code = NULL;
  g_autofree char *other = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *sha_after = NULL;
  JsonObject *added;

  run_ok (fixture, "init", NULL);
  before = run_json (fixture, "region", "list", "--all", "--json", NULL);
  code = free_kota_code (node_array (before), NULL);
  other = free_kota_code (node_array (before), code);

  run_ok (fixture, "region", "add", code, "kota", "Kota Contoh", NULL);

  after = run_json (fixture, "region", "list", "--all", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (after)), ==,
                    json_array_get_length (node_array (before)) + 1);
  added = find_object (node_array (after), "code", code);
  g_assert_nonnull (added);
  g_assert_cmpstr (member_string (added, "kind"), ==, "kota");
  g_assert_cmpstr (member_string (added, "name"), ==, "Kota Contoh");
  g_assert_cmpstr (member_string (added, "province"), ==, "35");

  found = run_json (fixture, "region", "find", "Kota Contoh", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (found)), ==, 1);
  g_assert_cmpstr (member_string (json_array_get_object_element (node_array (found), 0), "code"),
                   ==, code);

  /* Refused: a taken code, a malformed one, a kind that disagrees with the code (71–99 are
   * kota), and the new region's own code again. Nothing is written. */
  sha = zona_test_file_sha256 (fixture->path);
  run_refused (fixture, "35.19", "region", "add", "35.19", "kabupaten", "X", NULL);
  run_refused (fixture, "3519", "region", "add", "3519", "kabupaten", "Kabupaten X", NULL);
  run_refused (fixture, other, "region", "add", other, "kabupaten", "Kabupaten X", NULL);
  run_refused (fixture, code, "region", "add", code, "kota", "Kota Contoh Lain", NULL);
  sha_after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (sha, ==, sha_after);

  g_clear_pointer (&after, json_node_unref);
  after = run_json (fixture, "region", "list", "--all", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (after)), ==,
                    json_array_get_length (node_array (before)) + 1);
  g_assert_null (find_object (node_array (after), "code", other));
}

/* ---- units ------------------------------------------------------------------------------ */

#define DINSOS_PPPA "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"

static void
test_unit_rename (ZonaTestDir   *fixture,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) units = NULL;
  g_autoptr(JsonNode) units_2022 = NULL;
  g_autoptr(JsonNode) all_units = NULL;
  g_autoptr(JsonNode) trend = NULL;
  g_autofree char *delta = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *sha_after = NULL;
  JsonArray *points;
  JsonObject *first;
  JsonObject *second;

  run_ok (fixture, "init", NULL);
  run_ok (fixture, "unit", "add", "Dinas Sosial", "--short", "Dinsos", "--region", "35.19",
          NULL);
  run_ok (fixture, "assess", "set", "--region", "35.19", "--unit", "Dinsos",
          "--scheme", "ombudsman", "--year", "2022", "--score", "84,37", NULL);
  run_ok (fixture, "unit", "rename", "Dinsos", DINSOS_PPPA, "--short", "Dinsos PPPA",
          "--region", "35.19", "--year", "2023", NULL);
  run_ok (fixture, "assess", "set", "--region", "Kab. Madiun", "--unit", "Dinsos PPPA",
          "--scheme", "ombudsman", "--year", "2023", "--score", "91,02", NULL);

  /* Today the unit has its new name only; 2022 still knows the old one. */
  units = run_json (fixture, "unit", "list", "--region", "35.19", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (units)), ==, 1);
  g_assert_cmpstr (member_string (json_array_get_object_element (node_array (units), 0), "name"),
                   ==, DINSOS_PPPA);
  g_assert_cmpstr (member_string (json_array_get_object_element (node_array (units), 0),
                                  "short_name"), ==, "Dinsos PPPA");

  units_2022 = run_json (fixture, "unit", "list", "--region", "35.19", "--year", "2022",
                         "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (units_2022)), ==, 1);
  g_assert_cmpstr (member_string (json_array_get_object_element (node_array (units_2022), 0),
                                  "name"), ==, "Dinas Sosial");

  all_units = run_json (fixture, "unit", "list", "--region", "35.19", "--all", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (all_units)), ==, 2);
  g_assert_cmpint (member_int (find_object (node_array (all_units), "name", DINSOS_PPPA),
                               "from"), ==, 2023);
  g_assert_cmpint (member_int (find_object (node_array (all_units), "name", "Dinas Sosial"),
                               "to"), ==, 2022);

  /* The history carries over the rename, with the change on the later year. */
  trend = run_json (fixture, "trend", "--region", "35.19", "--unit", "Dinsos PPPA",
                    "--scheme", "ombudsman", "--json", NULL);
  points = node_array (trend);
  g_assert_cmpuint (json_array_get_length (points), ==, 2);
  first = json_array_get_object_element (points, 0);
  second = json_array_get_object_element (points, 1);
  g_assert_cmpint (member_int (first, "year"), ==, 2022);
  g_assert_cmpstr (member_string (first, "score"), ==, "84,37");
  g_assert_cmpstr (member_string (first, "category"), ==, "B");
  g_assert_null (member_string (first, "delta"));
  g_assert_cmpstr (member_string (first, "name"), ==, "Dinas Sosial");
  g_assert_cmpint (member_int (second, "year"), ==, 2023);
  g_assert_cmpstr (member_string (second, "score"), ==, "91,02");
  g_assert_cmpstr (member_string (second, "category"), ==, "A");
  delta = format_delta (hundredths ("91,02") - hundredths ("84,37"));
  g_assert_cmpstr (member_string (second, "delta"), ==, delta);
  g_assert_cmpstr (member_string (second, "name"), ==, DINSOS_PPPA);

  /* A second unit of the same name or short name would make every later lookup ambiguous. */
  sha = zona_test_file_sha256 (fixture->path);
  run_refused (fixture, DINSOS_PPPA, "unit", "add", DINSOS_PPPA, "--region", "35.19", NULL);
  run_refused (fixture, "dinsos pppa", "unit", "add", "dinsos pppa", "--region", "35.19", NULL);
  run_refused (fixture, "Dinsos PPPA", "unit", "add", "Dinas Baru", "--short", "Dinsos PPPA",
               "--region", "35.19", NULL);
  /* An unknown unit to rename, and a rename before the unit's own start. */
  run_refused (fixture, "Dinas Rahasia", "unit", "rename", "Dinas Rahasia", "X",
               "--region", "35.19", "--year", "2024", NULL);
  run_refused (fixture, NULL, "unit", "rename", "Dinsos PPPA", "Dinsos Lagi",
               "--region", "35.19", "--year", "2023", NULL);
  sha_after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (sha, ==, sha_after);
}

/* A rename that starts in a year the old name already holds a result for must not leave one
 * unit with two results in one year, nor a result outside its unit's years: either the rename
 * is refused or the later result is. */
static void
test_unit_rename_scored_year (ZonaTestDir   *fixture,
                              gconstpointer  data)
{
  g_autoptr(JsonNode) trend = NULL;
  g_autoptr(JsonNode) ranking = NULL;
  g_autoptr(JsonNode) rows = NULL;
  g_autoptr(JsonNode) units_2022 = NULL;
  g_autofree char *err = NULL;
  const char *current = "Dinsos";
  int status;

  run_ok (fixture, "init", NULL);
  run_ok (fixture, "unit", "add", "Dinas Sosial", "--short", "Dinsos", "--region", "35.20",
          NULL);
  run_ok (fixture, "assess", "set", "--region", "35.20", "--unit", "Dinsos",
          "--scheme", "ombudsman", "--year", "2022", "--score", "80,50", NULL);

  status = run_cli (fixture, NULL, &err, "unit", "rename", "Dinsos", "Dinsos Baru",
                    "--region", "35.20", "--year", "2022", NULL);
  if (status == 0)
    current = "Dinsos Baru";
  else
    g_assert_cmpint (status, ==, EXIT_FAILED);

  /* Whatever was accepted above, a second 2022 result for the unit must not be. */
  run_cli (fixture, NULL, NULL, "assess", "set", "--region", "35.20", "--unit", current,
           "--scheme", "ombudsman", "--year", "2022", "--score", "70,00", NULL);

  trend = run_json (fixture, "trend", "--region", "35.20", "--unit", current,
                    "--scheme", "ombudsman", "--json", NULL);
  for (guint i = 1; i < json_array_get_length (node_array (trend)); i++)
    {
      gint64 year = member_int (json_array_get_object_element (node_array (trend), i), "year");
      gint64 previous = member_int (json_array_get_object_element (node_array (trend), i - 1),
                                    "year");

      if (year <= previous)
        g_test_fail_printf ("the trend of %s shows %" G_GINT64_FORMAT " after %"
                            G_GINT64_FORMAT, current, year, previous);
    }

  ranking = run_json (fixture, "rank", "--region", "35.20", "--scheme", "ombudsman",
                      "--year", "2022", "--json", NULL);
  if (json_array_get_length (node_array (ranking)) != 1)
    g_test_fail_printf ("the 2022 ranking of 35.20 holds %u entries for its one unit",
                        json_array_get_length (node_array (ranking)));

  /* Every 2022 result belongs to a unit that existed in 2022. */
  rows = run_json (fixture, "assess", "list", "--region", "35.20", "--year", "2022", "--json",
                   NULL);
  units_2022 = run_json (fixture, "unit", "list", "--region", "35.20", "--year", "2022",
                         "--json", NULL);
  for (guint i = 0; i < json_array_get_length (node_array (rows)); i++)
    {
      const char *unit = member_string (json_array_get_object_element (node_array (rows), i),
                                        "unit");

      if (unit != NULL && find_object (node_array (units_2022), "name", unit) == NULL)
        g_test_fail_printf ("the 2022 result of “%s” lies outside the years of that unit", unit);
    }
}

/* ---- files that are not a usable database ----------------------------------------------- */

/* Every kind of command on @fixture's file is refused with a message that names it, and the
 * file is left as it was. */
static void
assert_all_refused (ZonaTestDir *fixture,
                    const char  *needle)
{
  run_refused (fixture, needle, "schemes", "--json", NULL);
  run_refused (fixture, needle, "classify", "ombudsman", "2022", "90,02", "--json", NULL);
  run_refused (fixture, needle, "region", "list", "--json", NULL);
  run_refused (fixture, needle, "region", "add", "35.99", "kota", "Kota Contoh", NULL);
  run_refused (fixture, needle, "unit", "add", "Dinsos", "--region", "35.19", NULL);
  run_refused (fixture, needle, "assess", "set", "--region", "35.19", "--scheme", "ombudsman",
               "--year", "2023", "--score", "91", NULL);
  run_refused (fixture, needle, "trend", "--region", "17.06", "--scheme", "ombudsman", NULL);
  run_refused (fixture, needle, "init", NULL);
  run_refused (fixture, needle, "demo", NULL);
}

static void
assert_no_side_files (ZonaTestDir *fixture)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
test_open_not_a_database (ZonaTestDir   *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *sha_after = NULL;

  g_file_set_contents (fixture->path, "Rekap nilai kepatuhan 2023;90,02\n", -1, &error);
  g_assert_no_error (error);
  sha = zona_test_file_sha256 (fixture->path);

  assert_all_refused (fixture, fixture->path);

  sha_after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (sha, ==, sha_after);
  assert_no_side_files (fixture);
}

static void
test_open_missing (ZonaTestDir   *fixture,
                   gconstpointer  data)
{
  run_refused (fixture, fixture->path, "schemes", "--json", NULL);
  /* The message tells how to make one. */
  run_refused (fixture, "init", "region", "list", "--json", NULL);
  run_refused (fixture, fixture->path, "assess", "set", "--region", "35.19",
               "--scheme", "ombudsman", "--year", "2023", "--score", "91", NULL);
  run_refused (fixture, fixture->path, "region", "add", "35.99", "kota", "Kota Contoh", NULL);

  /* Only init and demo create a database; a typo in --db must not leave an empty one. */
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  assert_no_side_files (fixture);
}

static void
test_open_read_only (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autofree char *sha = NULL;
  g_autofree char *sha_after = NULL;

  run_ok (fixture, "demo", NULL);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  sha = zona_test_file_sha256 (fixture->path);

  /* The store refuses a file without any write permission even for root, who runs CI. */
  assert_all_refused (fixture, fixture->path);

  sha_after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (sha, ==, sha_after);
  assert_no_side_files (fixture);
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

  ADD ("/cli/init", test_init);
  ADD ("/cli/init/usage", test_init_usage);
  ADD ("/cli/demo", test_demo);
  ADD ("/cli/schemes", test_schemes);
  ADD ("/cli/classify/era-3", test_classify_era3);
  ADD ("/cli/classify/eras", test_classify_eras);
  ADD ("/cli/classify/bad-scores", test_classify_bad_scores);
  ADD ("/cli/classify/usage", test_classify_usage);
  ADD ("/cli/region/list", test_region_list);
  ADD ("/cli/region/find", test_region_find);
  ADD ("/cli/region/add", test_region_add);
  ADD ("/cli/unit/rename", test_unit_rename);
  ADD ("/cli/unit/rename-scored-year", test_unit_rename_scored_year);
  ADD ("/cli/open/not-a-database", test_open_not_a_database);
  ADD ("/cli/open/missing", test_open_missing);
  ADD ("/cli/open/read-only", test_open_read_only);

#undef ADD

  return g_test_run ();
}
