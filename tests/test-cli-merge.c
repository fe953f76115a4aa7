/* test-cli-merge.c — zona-cli end to end: merging units and following the merged trend
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case behind the command: Dinas Sosial and the Dinas Pemberdayaan Perempuan dan
 * Perlindungan Anak become one Dinsos PPPA, and the new unit's trend must carry on Dinas Sosial's.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "cli-test-utils.h"

#define DP3A "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
#define DINSOS_PPPA "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"

/* Two units of Kabupaten Madiun with results for 2022 and 2023, and one of Kabupaten Magetan. */
static void
add_units (ZonaTestDir *fixture)
{
  run_ok (fixture, "init", NULL);
  run_ok (fixture, "unit", "add", "Dinas Sosial", "--short", "Dinsos", "--region", "35.19",
          NULL);
  run_ok (fixture, "unit", "add", DP3A, "--short", "DP3A", "--region", "35.19", NULL);
  run_ok (fixture, "unit", "add", "Dinas Komunikasi dan Informatika", "--short", "Diskominfo",
          "--region", "35.20", NULL);
  run_ok (fixture, "assess", "set", "--region", "35.19", "--unit", "Dinsos",
          "--scheme", "ombudsman", "--year", "2022", "--score", "76,40", NULL);
  run_ok (fixture, "assess", "set", "--region", "35.19", "--unit", "Dinsos",
          "--scheme", "ombudsman", "--year", "2023", "--score", "84,37", NULL);
  run_ok (fixture, "assess", "set", "--region", "35.19", "--unit", "DP3A",
          "--scheme", "ombudsman", "--year", "2023", "--score", "61,15", NULL);
}

static void
test_merge (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_autoptr(JsonNode) merged = NULL;
  g_autoptr(JsonNode) units = NULL;
  g_autoptr(JsonNode) all_units = NULL;
  g_autoptr(JsonNode) trend = NULL;
  g_autoptr(JsonNode) dp3a_trend = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *delta = NULL;
  JsonObject *unit;
  JsonArray *points;
  JsonObject *point;

  add_units (fixture);

  /* Without --json, one sentence says what happened and whose trend carries on. */
  g_assert_cmpint (run_cli (fixture, &out, &err, "unit", "merge", "--region", "35.19",
                            "--year", "2024", "--name", DINSOS_PPPA, "--short", "Dinsos PPPA",
                            "Dinsos", "DP3A", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, DINSOS_PPPA));
  g_assert_nonnull (strstr (out, "2024"));
  g_assert_nonnull (strstr (out, "Dinas Sosial"));

  run_ok (fixture, "assess", "set", "--region", "35.19", "--unit", "Dinsos PPPA",
          "--scheme", "ombudsman", "--year", "2024", "--score", "91,02", NULL);

  /* Today the region has the merged unit only; the two old ones ended with 2023. */
  units = run_json (fixture, "unit", "list", "--region", "35.19", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (units)), ==, 1);
  unit = json_array_get_object_element (node_array (units), 0);
  g_assert_cmpstr (member_string (unit, "name"), ==, DINSOS_PPPA);
  g_assert_cmpstr (member_string (unit, "short_name"), ==, "Dinsos PPPA");
  g_assert_cmpint (member_int (unit, "from"), ==, 2024);
  g_assert_true (member_is_null (unit, "to"));

  all_units = run_json (fixture, "unit", "list", "--region", "35.19", "--all", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (all_units)), ==, 3);
  g_assert_cmpint (member_int (find_object (node_array (all_units), "name", "Dinas Sosial"),
                               "to"), ==, 2023);
  g_assert_cmpint (member_int (find_object (node_array (all_units), "name", DP3A), "to"), ==,
                   2023);

  /* The merged unit's trend is Dinas Sosial's, continued: 2022 and 2023 under the old name, the
   * change to 2024 counted from Dinas Sosial's 84,37, and none of the DP3A's scores. */
  trend = run_json (fixture, "trend", "--region", "35.19", "--unit", "Dinsos PPPA",
                    "--scheme", "ombudsman", "--json", NULL);
  points = node_array (trend);
  g_assert_cmpuint (json_array_get_length (points), ==, 3);
  point = json_array_get_object_element (points, 0);
  g_assert_cmpint (member_int (point, "year"), ==, 2022);
  g_assert_cmpstr (member_string (point, "score"), ==, "76,40");
  g_assert_cmpstr (member_string (point, "name"), ==, "Dinas Sosial");
  point = json_array_get_object_element (points, 1);
  g_assert_cmpint (member_int (point, "year"), ==, 2023);
  g_assert_cmpstr (member_string (point, "score"), ==, "84,37");
  g_assert_cmpstr (member_string (point, "name"), ==, "Dinas Sosial");
  point = json_array_get_object_element (points, 2);
  g_assert_cmpint (member_int (point, "year"), ==, 2024);
  g_assert_cmpstr (member_string (point, "score"), ==, "91,02");
  g_assert_cmpstr (member_string (point, "name"), ==, DINSOS_PPPA);
  delta = format_delta (hundredths ("91,02") - hundredths ("84,37"));
  g_assert_cmpstr (member_string (point, "delta"), ==, delta);

  /* The DP3A's own record stays, ending with its last year. */
  dp3a_trend = run_json (fixture, "trend", "--region", "35.19", "--unit", "DP3A",
                         "--scheme", "ombudsman", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (dp3a_trend)), ==, 1);
  g_assert_cmpstr (member_string (json_array_get_object_element (node_array (dp3a_trend), 0),
                                  "score"), ==, "61,15");

  /* With --json, the new unit's id, as the list gives it. */
  run_ok (fixture, "unit", "add", "Dinas Perhubungan", "--short", "Dishub", "--region", "35.19",
          NULL);
  run_ok (fixture, "unit", "add", "Dinas Lingkungan Hidup", "--short", "DLH", "--region",
          "35.19", NULL);
  merged = run_json (fixture, "unit", "merge", "--region", "Kabupaten Madiun", "--year", "2025",
                     "--name", "Dinas Perhubungan dan Lingkungan Hidup", "--short-name",
                     "Dishub LH", "dishub", "DLH", "--json", NULL);
  g_clear_pointer (&all_units, json_node_unref);
  all_units = run_json (fixture, "unit", "list", "--region", "35.19", "--json", NULL);
  unit = find_object (node_array (all_units), "short_name", "Dishub LH");
  g_assert_nonnull (unit);
  g_assert_cmpint (member_int (node_object (merged), "id"), ==, member_int (unit, "id"));
  g_assert_cmpint (member_int (unit, "from"), ==, 2025);
}

static void
test_merge_refused (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonNode) units = NULL;
  g_autoptr(JsonNode) trend = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *sha_after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  add_units (fixture);
  sha = zona_test_file_sha256 (fixture->path);

  /* A unit the region does not have is named in the message. */
  run_refused (fixture, "Dinas Rahasia", "unit", "merge", "--region", "35.19", "--year", "2024",
               "--name", "X", "Dinsos", "Dinas Rahasia", NULL);
  /* A unit of another region: the message says whose it is. */
  run_refused (fixture, "35.20", "unit", "merge", "--region", "35.19", "--year", "2024",
               "--name", "X", "Dinsos", "Diskominfo", NULL);
  /* One unit is not a merge; the message points to rename. */
  run_refused (fixture, "rename", "unit", "merge", "--region", "35.19", "--year", "2024",
               "--name", "X", "Dinsos", NULL);
  /* A unit named twice, by its name and its short name. */
  run_refused (fixture, "twice", "unit", "merge", "--region", "35.19", "--year", "2024",
               "--name", "X", "Dinsos", "dinas sosial", NULL);
  /* Both units already have 2023 results: a merge from 2023, or before, would leave them
   * outside their units' years. The message gives the earliest year possible. */
  run_refused (fixture, "2024", "unit", "merge", "--region", "35.19", "--year", "2023",
               "--name", "X", "Dinsos", "DP3A", NULL);
  run_refused (fixture, "2023", "unit", "merge", "--region", "35.19", "--year", "2022",
               "--name", "X", "DP3A", "Dinsos", NULL);
  run_refused (fixture, "1900", "unit", "merge", "--region", "35.19", "--year", "1900",
               "--name", "X", "Dinsos", "DP3A", NULL);

  sha_after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (sha, ==, sha_after);

  /* Wrong calls: status 2, and nothing written either. */
  g_assert_cmpint (run_cli (fixture, &out, &err, "unit", "merge", "--region", "35.19",
                            "--year", "2024", "Dinsos", "DP3A", NULL), ==, EXIT_USAGE);
  g_assert_nonnull (strstr (err, "--name"));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (fixture, &out, &err, "unit", "merge", "--region", "35.19",
                            "--year", "2024", "--name", "X", NULL), ==, EXIT_USAGE);
  g_clear_pointer (&sha_after, g_free);
  sha_after = zona_test_file_sha256 (fixture->path);
  g_assert_cmpstr (sha, ==, sha_after);

  /* The units are as they were: both living, Dinas Sosial's trend its own. */
  units = run_json (fixture, "unit", "list", "--region", "35.19", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (units)), ==, 2);
  g_assert_true (member_is_null (find_object (node_array (units), "name", "Dinas Sosial"), "to"));
  g_assert_true (member_is_null (find_object (node_array (units), "name", DP3A), "to"));
  trend = run_json (fixture, "trend", "--region", "35.19", "--unit", "Dinsos",
                    "--scheme", "ombudsman", "--json", NULL);
  g_assert_cmpuint (json_array_get_length (node_array (trend)), ==, 2);
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

  ADD ("/cli/unit/merge", test_merge);
  ADD ("/cli/unit/merge-refused", test_merge_refused);

#undef ADD

  return g_test_run ();
}
