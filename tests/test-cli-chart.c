/* test-cli-chart.c — zona-cli chart, compare and report end to end: the demo's Mukomuko drawn
 * into PNG and SVG, its rise from 2022 to 2023 side by side, and the PDF report read back
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cli-test-utils.h"

/* The width and height a PNG file declares in its header (IHDR, big-endian). */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree char *data = NULL;
  const guint8 *bytes;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  bytes = (const guint8 *) data;
  g_assert_cmpmem (bytes, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (bytes + 12, 4, "IHDR", 4);
  *width = (guint) bytes[16] << 24 | (guint) bytes[17] << 16 | (guint) bytes[18] << 8 | bytes[19];
  *height = (guint) bytes[20] << 24 | (guint) bytes[21] << 16 | (guint) bytes[22] << 8 | bytes[23];
}

/* Mukomuko's Ombudsman scores as a PNG of the size asked for and as an SVG; Kota Madiun with
 * a line per unit. */
static void
test_chart (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "mukomuko.png", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "madiun.svg", NULL);
  g_autofree char *text = NULL;
  guint width, height;

  run_ok (fixture, "demo", NULL);
  run_ok (fixture, "chart", "--region", "17.06", "--scheme", "ombudsman", "--output", png,
          "--width", "800", "--height", "400", NULL);
  png_size (png, &width, &height);
  g_assert_cmpuint (width, ==, 800);
  g_assert_cmpuint (height, ==, 400);

  run_ok (fixture, "chart", "--region", "Kota Madiun", "--scheme", "ombudsman", "--units",
          "--output", svg, NULL);

  /* Several regions on one chart, a line each: their names in the legend of the SVG's text
   * are glyphs, so the PNG's size and the command's success say it was drawn. */
  g_clear_pointer (&png, g_free);
  png = g_build_filename (fixture->dir, "regions.png", NULL);
  run_ok (fixture, "chart", "--region", "17.06", "--region", "35.19", "--region", "35.77",
          "--scheme", "ombudsman", "--output", png, NULL);
  png_size (png, &width, &height);
  g_assert_cmpuint (width, ==, 960);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, "width=\"960pt\""));
}

/* A file that is no picture, an unknown region, a region without scores: a message naming
 * it, the documented status, and no file. */
static void
test_chart_refused (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autofree char *jpg = g_build_filename (fixture->dir, "grafik.jpg", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "grafik.png", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  run_ok (fixture, "demo", NULL);
  g_assert_cmpint (run_cli (fixture, &out, &err, "chart", "--region", "17.06", "--scheme",
                            "ombudsman", "--output", jpg, NULL), ==, EXIT_USAGE);
  g_assert_nonnull (strstr (err, "grafik.jpg"));
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "chart", "--region", "99.99", "--scheme",
                            "ombudsman", "--output", png, NULL), ==, EXIT_FAILED);
  g_assert_nonnull (strstr (err, "99.99"));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);

  /* Magetan has an Ombudsman score, not a PEKPPP one. */
  g_assert_cmpint (run_cli (fixture, &out, &err, "chart", "--region", "35.20", "--scheme",
                            "pekppp", "--output", png, NULL), ==, EXIT_FAILED);
  g_assert_nonnull (strstr (err, "Kabupaten Magetan"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* Mukomuko from 2022 to 2023, in text and in JSON; years in the wrong order refused. */
static void
test_compare (ZonaTestDir   *fixture,
              gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *row;

  run_ok (fixture, "demo", NULL);
  g_assert_cmpint (run_cli (fixture, &out, &err, "compare", "--region", "17.06", "--scheme",
                            "ombudsman", "--from", "2022", "--to", "2023", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Kabupaten Mukomuko"));
  g_assert_nonnull (strstr (out, "60,35"));
  g_assert_nonnull (strstr (out, "90,02"));
  g_assert_nonnull (strstr (out, "+29,67"));
  g_assert_nonnull (strstr (out, "Kategori C (zona kuning) → Kategori A (zona hijau)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "--json", "compare", "--region", "Kota Madiun",
                            "--scheme", "ombudsman", "--from", "2022", "--to", "2023", NULL), ==,
                   0);
  node = parse_json (out);
  g_assert_cmpuint (json_array_get_length (node_array (node)), ==, 8);
  row = json_array_get_object_element (node_array (node), 1);
  g_assert_cmpstr (member_string (row, "name"), ==, "Dinas Kependudukan dan Pencatatan Sipil");
  g_assert_cmpstr (member_string (row, "to"), ==, "96,20");
  g_assert_true (member_is_null (row, "from"));
  g_assert_cmpint (member_int (row, "rank"), ==, 1);
  g_assert_cmpint (member_int (row, "rank_of"), ==, 7);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "compare", "--region", "17.06", "--scheme",
                            "ombudsman", "--from", "2023", "--to", "2022", NULL), ==, EXIT_FAILED);
  g_assert_nonnull (strstr (err, "2023"));
}

/* Runs a poppler tool and returns what it prints. */
static char *
poppler (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&out);
}

/* Mukomuko's 2023 report: one A4 page, in Indonesian, the numbers with decimal commas, the
 * date as a document writes it, the chart drawn in vectors (no picture in the file). */
static void
test_report (ZonaTestDir   *fixture,
             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "laporan.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *images = NULL;
  g_auto(GStrv) image_lines = NULL;

  run_ok (fixture, "demo", NULL);
  run_ok (fixture, "report", "--region", "17.06", "--scheme", "ombudsman", "--year", "2023",
          "--date", "2024-04-23", "--output", pdf, NULL);

  info = poppler ((const char *[]) { "pdfinfo", pdf, NULL });
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "(A4)"));

  text = poppler ((const char *[]) { "pdftotext", "-raw", pdf, "-", NULL });
  flat = one_line (text);
  g_assert_nonnull (strstr (flat, "Kabupaten Mukomuko"));
  g_assert_nonnull (strstr (flat, "Laporan Tren Hasil Penilaian"));
  g_assert_nonnull (strstr (flat, "Skor naik 29,67 poin dari 60,35 (2022) ke 90,02 (2023)"));
  g_assert_nonnull (strstr (flat, "+29,67"));
  g_assert_nonnull (strstr (flat, "Kategori C → Kategori A"));
  g_assert_nonnull (strstr (flat, "2 dari 2 kabupaten"));
  g_assert_nonnull (strstr (flat, "Metodologi baru"));
  g_assert_nonnull (strstr (flat, "23 April 2024"));
  /* 2024's 90,64 is after the year reported on. */
  g_assert_null (strstr (flat, "90,64"));

  images = poppler ((const char *[]) { "pdfimages", "-list", pdf, NULL });
  image_lines = g_strsplit (g_strstrip (images), "\n", -1);
  /* pdfimages prints its two heading lines and nothing else. */
  g_assert_cmpuint (g_strv_length (image_lines), ==, 2);
}

/* No score that year, a missing font, a name that is no PDF: a message, and no file. */
static void
test_report_refused (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "laporan.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  run_ok (fixture, "demo", NULL);
  g_assert_cmpint (run_cli (fixture, &out, &err, "report", "--region", "17.06", "--scheme",
                            "ombudsman", "--year", "2019", "--output", pdf, NULL), ==,
                   EXIT_FAILED);
  g_assert_nonnull (strstr (err, "2019"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_setenv ("ZONA_FONT_DIR", "/nonexistent/fonts", TRUE);
  g_assert_cmpint (run_cli (fixture, &out, &err, "report", "--region", "17.06", "--scheme",
                            "ombudsman", "--year", "2023", "--output", pdf, NULL), ==,
                   EXIT_FAILED);
  g_unsetenv ("ZONA_FONT_DIR");
  g_assert_nonnull (strstr (err, "fonts-dejavu-core"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (fixture, &out, &err, "report", "--region", "17.06", "--scheme",
                            "ombudsman", "--year", "2023", "--output", "laporan.docx", NULL), ==,
                   EXIT_USAGE);
  g_assert_nonnull (strstr (err, "laporan.docx"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/chart/files", ZonaTestDir, NULL, zona_test_dir_setup, test_chart,
              zona_test_dir_teardown);
  g_test_add ("/cli/compare", ZonaTestDir, NULL, zona_test_dir_setup, test_compare,
              zona_test_dir_teardown);
  g_test_add ("/cli/report", ZonaTestDir, NULL, zona_test_dir_setup, test_report,
              zona_test_dir_teardown);
  g_test_add ("/cli/report/refused", ZonaTestDir, NULL, zona_test_dir_setup, test_report_refused,
              zona_test_dir_teardown);
  g_test_add ("/cli/chart/refused", ZonaTestDir, NULL, zona_test_dir_setup, test_chart_refused,
              zona_test_dir_teardown);

  return g_test_run ();
}
