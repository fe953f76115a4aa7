/* test-evidence-export.c — evidence packs: the folder tree, names that travel, the manifest and
 * the checksums against the bytes, refusals that write nothing
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "evidence-test-utils.h"
#include "zona-evidence-export.h"
#include "zona-store-private.h"

/* ---- helpers ---------------------------------------------------------------------------- */

/* Every file under @root, as paths relative to it with "/", sorted; with @with_folders, the
 * folders too, ending in "/". */
static void
collect_files (const char *root,
               const char *relative,
               gboolean    with_folders,
               GPtrArray  *files)
{
  g_autofree char *path = relative ? g_build_filename (root, relative, NULL) : g_strdup (root);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = relative ? g_strconcat (relative, "/", name, NULL) : g_strdup (name);
      g_autofree char *full = g_build_filename (root, child, NULL);

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        {
          if (with_folders)
            g_ptr_array_add (files, g_strconcat (child, "/", NULL));
          collect_files (root, child, with_folders, files);
        }
      else
        g_ptr_array_add (files, g_steal_pointer (&child));
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
list_entries (const char *root,
              gboolean    with_folders)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  collect_files (root, NULL, with_folders, files);
  g_ptr_array_sort (files, compare_paths);

  return files;
}

static GPtrArray *
list_files (const char *root)
{
  return list_entries (root, FALSE);
}

static gboolean
has_file (GPtrArray  *files,
          const char *relative)
{
  for (guint i = 0; i < files->len; i++)
    if (g_str_equal (g_ptr_array_index (files, i), relative))
      return TRUE;

  return FALSE;
}

static char *
file_text (const char *root,
           const char *relative)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* The manifest's rows, each split into its fields; the byte order mark and the header are
 * checked and left out. No field of these tests holds a quote or a ";". */
static GPtrArray *
read_manifest (const char *root)
{
  g_autofree char *text = file_text (root, ZONA_EVIDENCE_PACK_MANIFEST);
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbfpath;unit;dimension;indicator;requirement;"
                                         "title;status;effective_date;size;sha256\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' || lines[i + 1] != NULL)
      {
        char **fields = g_strsplit (lines[i], ";", -1);

        g_assert_cmpuint (g_strv_length (fields), ==, 10);
        g_ptr_array_add (rows, fields);
      }

  return rows;
}

/* SHA256SUMS as path -> hash, after checking each line's form. */
static GHashTable *
read_sums (const char *root)
{
  g_autofree char *text = file_text (root, ZONA_EVIDENCE_PACK_SUMS);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GHashTable *sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_true (g_str_has_suffix (text, "\n"));
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), >, 66);
      g_assert_true (lines[i][64] == ' ' && lines[i][65] == ' ');
      g_hash_table_insert (sums, g_strdup (lines[i] + 66), g_strndup (lines[i], 64));
    }

  return sums;
}

/* Dinas Kesehatan's PEKPPP round of 2024 with files: a decree replaced by a newer version and
 * serving a second item, a photo, and two items of the clerk's own with awkward titles. The
 * bytes of the decree's current version go to @out_decree. */
static gint64
round_with_files (ZonaStore    *store,
                  const char   *dir,
                  char        **out_decree)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit = evidence_test_add_unit (store, "35.77", "Dinas Kesehatan");
  gint64 assessment;
  gint64 decree;
  gint64 own;

  evidence_test_start_round (store, "pekppp", 2024, &unit, 1);
  assessment = evidence_test_assessment (store, unit, "pekppp", 2024);
  items = evidence_test_checklist (store, assessment);

  evidence_test_attach (store, evidence_test_find (items, "KB-01-a")->id, dir, "SK draf.pdf",
                        "%PDF SK draf");
  decree = evidence_test_attach (store, evidence_test_find (items, "KB-01-a")->id, dir,
                                 "SK final.PDF", "%PDF SK final, ditandatangani");
  evidence_test_set_item (store, evidence_test_find (items, "KB-01-a")->id,
                          ZONA_EVIDENCE_DIVERIFIKASI, "Kasubag Umum Dinkes", "2024-02-16",
                          "2023-12-28");
  g_assert_cmpint (zona_store_attach_stored (store, evidence_test_find (items, "KB-02-a")->id,
                                             decree, &error), >, 0);
  g_assert_no_error (error);
  evidence_test_attach (store, evidence_test_find (items, "SP-01-a")->id, dir, "parkir.JPG",
                        "JFIF foto parkir");

  own = zona_store_add_evidence_item (store, assessment, "Laporan: 12/2024 <final>?", NULL,
                                      &error);
  g_assert_no_error (error);
  evidence_test_attach (store, own, dir, "laporan.txt", "laporan akhir");
  own = zona_store_add_evidence_item (store, assessment, "CON", NULL, &error);
  g_assert_no_error (error);
  evidence_test_attach (store, own, dir, "surat.pdf", "%PDF con");

  if (out_decree != NULL)
    *out_decree = g_strdup ("%PDF SK final, ditandatangani");

  return unit;
}

/* ---- tests ------------------------------------------------------------------------------ */

static void
test_safe_name (void)
{
  static const struct { const char *text; guint max; const char *expected; } cases[] = {
    { "SK penetapan standar pelayanan", 80, "SK penetapan standar pelayanan" },
    { "Laporan: 12/2024 <final>?", 80, "Laporan 12 2024 final" },
    { "a\\b|c*d\"e", 80, "a b c d e" },
    { "../../etc/passwd", 80, "etc passwd" },
    { "..", 80, "_" },
    { "", 80, "_" },
    { NULL, 80, "_" },
    { "tab\there\nand line", 80, "tab here and line" },
    { "akhir. . .", 80, "akhir" },
    { ".tersembunyi", 80, "tersembunyi" },
    { "CON", 80, "_CON" },
    { "nul.txt", 80, "_nul.txt" },
    { "Com1", 80, "_Com1" },
    { "console", 80, "console" },
    { "Pelayanan Publik é ñ", 80, "Pelayanan Publik e n" },
    { "Rekap pengaduan SP4N-LAPOR!", 80, "Rekap pengaduan SP4N-LAPOR" },
    { "Standar pelayanan tersedia dan sesuai ketentuan", 40, "Standar pelayanan tersedia dan sesuai" },
    { "Sangatpanjangsekalitanpaspasi", 10, "Sangatpanj" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = zona_evidence_safe_name (cases[i].text, cases[i].max);
      g_autoptr(GError) error = NULL;

      g_test_message ("“%s” -> “%s”", cases[i].text, name);
      if (!g_str_equal (cases[i].expected, ""))
        g_assert_true (g_str_has_prefix (name, cases[i].expected));
      g_assert_cmpuint (strlen (name), <=, cases[i].max);
      g_assert_true (zona_evidence_check_file_name (name, &error));
      g_assert_no_error (error);
    }

  /* Exactly, where the rule is simple. */
  {
    g_autofree char *a = zona_evidence_safe_name ("Laporan: 12/2024 <final>?", 80);
    g_autofree char *b = zona_evidence_safe_name ("CON", 3);

    g_assert_cmpstr (a, ==, "Laporan 12 2024 final");
    g_assert_cmpstr (b, ==, "_CO");
  }
}

static void
test_export_tree (ZonaTestDir   *fixture,
                  gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) sums = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(ZonaEvidencePack) pack = { 0 };
  g_autofree char *decree = NULL;
  g_autofree char *pack_dir = g_build_filename (fixture->dir, "paket", NULL);
  g_autofree char *decree_text = NULL;
  g_autofree char *other_text = NULL;
  gint64 unit = round_with_files (store, fixture->dir, &decree);
  ZonaEvidenceFilter filter = { .region_code = "35.77", .unit_id = unit, .scheme_id = "pekppp",
                                .year = 2024 };
  const char *kb01 = "1 Kebijakan Pelayanan/KB-01 Standar pelayanan tersedia dan sesuai/"
                     "KB-01-a-SK-penetapan-standar-pelayanan.pdf";
  const char *kb02 = "1 Kebijakan Pelayanan/KB-02 Keterlibatan masyarakat dalam penyusunan/"
                     "KB-02-a-Berita-acara-penyusunan-standar-pelayanan.pdf";
  const char *photo = "3 Sarana Prasarana/SP-01 Tempat parkir/SP-01-a-Foto-tempat-parkir.jpg";
  guint n_items = 0;
  guint n_with_file = 0;

  g_assert_true (zona_evidence_export (store, &filter, pack_dir, &pack, NULL, &error));
  g_assert_no_error (error);
  n_items = evidence_test_count (store, "SELECT count (*) FROM evidence");
  g_assert_cmpuint (pack.n_items, ==, n_items);
  g_assert_cmpuint (pack.n_files, ==, 5);
  g_assert_cmpuint (pack.n_units, ==, 1);
  g_assert_cmpstr (pack.scheme_id, ==, "pekppp");
  g_assert_cmpint (pack.year, ==, 2024);

  /* The tree: dimension, indicator, the requirement code first in each name. */
  files = list_files (pack_dir);
  for (guint i = 0; i < files->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (files, i));
  g_assert_cmpuint (files->len, ==, 7);
  g_assert_true (has_file (files, ZONA_EVIDENCE_PACK_MANIFEST));
  g_assert_true (has_file (files, ZONA_EVIDENCE_PACK_SUMS));
  g_assert_true (has_file (files, kb01));
  g_assert_true (has_file (files, kb02));
  g_assert_true (has_file (files, photo));
  g_assert_true (has_file (files, "Other documents/Laporan-12-2024-final.txt"));
  g_assert_true (has_file (files, "Other documents/_CON.pdf"));

  /* The current version only, and the decree once per item it serves. */
  decree_text = file_text (pack_dir, kb01);
  other_text = file_text (pack_dir, kb02);
  g_assert_cmpstr (decree_text, ==, decree);
  g_assert_cmpstr (other_text, ==, decree);

  /* Every part of every path can travel, and no path is long. */
  for (guint i = 0; i < files->len; i++)
    {
      const char *relative = g_ptr_array_index (files, i);
      g_auto(GStrv) parts = g_strsplit (relative, "/", -1);

      g_assert_cmpuint (strlen (relative), <=, 210);
      for (guint k = 0; parts[k] != NULL; k++)
        {
          g_autoptr(GError) name_error = NULL;

          g_assert_true (zona_evidence_check_file_name (parts[k], &name_error));
          g_assert_no_error (name_error);
        }
    }

  /* SHA256SUMS: every document, with the hash of the bytes written. */
  sums = read_sums (pack_dir);
  g_assert_cmpuint (g_hash_table_size (sums), ==, 5);
  for (guint i = 0; i < files->len; i++)
    {
      const char *relative = g_ptr_array_index (files, i);
      g_autofree char *path = g_build_filename (pack_dir, relative, NULL);
      g_autofree char *actual = NULL;

      if (g_str_equal (relative, ZONA_EVIDENCE_PACK_MANIFEST) ||
          g_str_equal (relative, ZONA_EVIDENCE_PACK_SUMS))
        continue;
      actual = zona_test_file_sha256 (path);
      g_assert_cmpstr (g_hash_table_lookup (sums, relative), ==, actual);
    }

  /* The manifest: every item, with a file or not, agreeing with the sums. */
  rows = read_manifest (pack_dir);
  g_assert_cmpuint (rows->len, ==, n_items);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (row[1], ==, "Dinas Kesehatan");
      if (row[0][0] == '\0')
        {
          g_assert_cmpstr (row[6], ==, "belum_ada");
          g_assert_cmpstr (row[8], ==, "");
          g_assert_cmpstr (row[9], ==, "");
          continue;
        }
      n_with_file++;
      g_assert_cmpstr (row[9], ==, g_hash_table_lookup (sums, row[0]));
      if (g_str_equal (row[0], kb01))
        {
          g_autofree char *size = g_strdup_printf ("%zu", strlen (decree));

          g_assert_cmpstr (row[2], ==, "KEBIJAKAN");
          g_assert_cmpstr (row[3], ==, "KB-01");
          g_assert_cmpstr (row[4], ==, "KB-01-a");
          g_assert_cmpstr (row[5], ==, "SK penetapan standar pelayanan");
          g_assert_cmpstr (row[6], ==, "diverifikasi");
          g_assert_cmpstr (row[7], ==, "2023-12-28");
          g_assert_cmpstr (row[8], ==, size);
        }
    }
  g_assert_cmpuint (n_with_file, ==, 5);
}

/* `sha256sum -c` itself, run in the pack, accepts it. */
static void
test_export_sha256sum (ZonaTestDir   *fixture,
                       gconstpointer  data)
{
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path ("sha256sum");
  g_autofree char *pack_dir = g_build_filename (fixture->dir, "paket", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { NULL, "--strict", "-c", ZONA_EVIDENCE_PACK_SUMS, NULL };
  ZonaEvidenceFilter filter = { .region_code = "35.77" };
  int status = -1;

  if (program == NULL)
    {
      g_test_skip ("sha256sum is not installed: the pack cannot be checked with it");
      return;
    }

  store = zona_test_new_store (fixture->path);
  round_with_files (store, fixture->dir, NULL);
  g_assert_true (zona_evidence_export (store, &filter, pack_dir, NULL, NULL, &error));
  g_assert_no_error (error);

  argv[0] = program;
  g_assert_true (g_spawn_sync (pack_dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  {
    guint n_ok = 0;

    for (const char *p = strstr (out, ": OK\n"); p != NULL; p = strstr (p + 1, ": OK\n"))
      n_ok++;
    g_assert_cmpuint (n_ok, ==, 5);
  }

  /* And notices a changed byte: the check is worth something. */
  {
    g_autofree char *changed = g_build_filename (pack_dir, "Other documents", "_CON.pdf", NULL);

    g_file_set_contents (changed, "%PDF cot", -1, &error);
    g_assert_no_error (error);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_true (g_spawn_sync (pack_dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
  }
}

/* With several units, a folder each, and the manifest and sums above them. */
static void
test_export_region (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) sums = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(ZonaEvidencePack) pack = { 0 };
  g_autofree char *pack_dir = g_build_filename (fixture->dir, "paket wilayah", NULL);
  ZonaEvidenceFilter filter = { .region_code = "35.77" };
  ZonaUnit long_named = { .name = (char *) "Dinas Penanaman Modal dan Pelayanan Terpadu Satu "
                                           "Pintu",
                          .short_name = (char *) "DPMPTSP", .kind = (char *) "dinas" };
  gint64 other = zona_store_add_unit (store, "35.77", &long_named, &error);

  /* A long name gives way to the short name as the unit's folder. */
  g_assert_no_error (error);
  round_with_files (store, fixture->dir, NULL);
  evidence_test_start_round (store, "pekppp", 2024, &other, 1);
  items = evidence_test_checklist (store, evidence_test_assessment (store, other, "pekppp",
                                                                   2024));
  evidence_test_attach (store, evidence_test_find (items, "KB-01-a")->id, fixture->dir,
                        "SK DPMPTSP.pdf", "%PDF SK DPMPTSP");

  /* An empty folder that exists is fine. */
  g_assert_cmpint (g_mkdir (pack_dir, 0700), ==, 0);
  g_assert_true (zona_evidence_export (store, &filter, pack_dir, &pack, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pack.n_units, ==, 2);
  g_assert_cmpuint (pack.n_files, ==, 6);

  files = list_files (pack_dir);
  g_assert_true (has_file (files, "DPMPTSP/1 Kebijakan Pelayanan/KB-01 Standar pelayanan "
                                  "tersedia dan sesuai/KB-01-a-SK-penetapan-standar-pelayanan.pdf"));
  g_assert_true (has_file (files, "Dinas Kesehatan/Other documents/_CON.pdf"));
  g_assert_true (has_file (files, ZONA_EVIDENCE_PACK_SUMS));
  sums = read_sums (pack_dir);
  g_assert_cmpuint (g_hash_table_size (sums), ==, 6);
}

static void
assert_untouched (const char *dir,
                  GPtrArray  *before)
{
  g_autoptr(GPtrArray) after = list_entries (dir, TRUE);

  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (g_ptr_array_index (after, i), ==, g_ptr_array_index (before, i));
}

/* Refused: a folder with something in it, a file, a missing parent, a selection of no or of
 * several rounds. Nothing is written, and a failure halfway removes what it wrote. */
static void
test_export_refused (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (fixture->dir, "keluar", NULL);
  g_autofree char *busy = g_build_filename (out, "terisi", NULL);
  g_autofree char *note = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *orphan = g_build_filename (out, "tidak ada", "paket", NULL);
  g_autofree char *fresh = g_build_filename (out, "baru", NULL);
  g_autofree char *empty = g_build_filename (out, "kosong", NULL);
  gint64 unit = round_with_files (store, fixture->dir, NULL);
  ZonaEvidenceFilter filter = { .region_code = "35.77", .unit_id = unit };
  ZonaAssessment ombudsman = { 0 };
  g_autoptr(ZonaUnit) unit_record = zona_store_get_unit (store, unit, NULL);

  /* Not into a folder that holds anything: the user's file stays as it was. */
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (busy, 0700), ==, 0);
  note = evidence_test_write_file (busy, "catatan.txt", "jangan ditimpa");
  plain = evidence_test_write_file (out, "berkas.txt", "isi");
  before = list_entries (out, TRUE);
  g_assert_false (zona_evidence_export (store, &filter, busy, NULL, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "terisi"));
  g_clear_error (&error);
  assert_untouched (out, before);

  g_assert_false (zona_evidence_export (store, &filter, plain, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_nonnull (strstr (error->message, "berkas.txt"));
  g_clear_error (&error);

  g_assert_false (zona_evidence_export (store, &filter, orphan, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "paket"));
  g_clear_error (&error);
  assert_untouched (out, before);

  /* The unit has a second round now: one must be chosen. */
  ombudsman.region_id = unit_record->region_id;
  ombudsman.unit_id = unit;
  ombudsman.scheme_id = (char *) "ombudsman";
  ombudsman.year = 2023;
  g_assert_cmpint (zona_store_set_assessment (store, &ombudsman, &error), >, 0);
  g_assert_false (zona_evidence_export (store, &filter, fresh, NULL, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Ombudsman 2023"));
  g_assert_nonnull (strstr (error->message, "PEKPPP Tatap Muka 2024"));
  g_clear_error (&error);
  assert_untouched (out, before);

  filter.scheme_id = "pekppp";
  filter.year = 2030;
  g_assert_false (zona_evidence_export (store, &filter, fresh, NULL, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_untouched (out, before);

  /* Stored bytes that no longer match their hash stop the export halfway: what it wrote goes,
   * the folder it made too, and an empty folder it was given is left empty. */
  filter.year = 2024;
  g_assert_true (zona_store_exec (store, "UPDATE content SET data = zeroblob (size) "
                                         "WHERE data = CAST ('%PDF con' AS BLOB)", &error));
  g_assert_no_error (error);
  g_assert_false (zona_evidence_export (store, &filter, fresh, NULL, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_DAMAGED);
  g_clear_error (&error);
  assert_untouched (out, before);

  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);
  g_assert_false (zona_evidence_export (store, &filter, empty, NULL, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_DAMAGED);
  g_assert_true (g_file_test (empty, G_FILE_TEST_IS_DIR));
  {
    g_autoptr(GPtrArray) inside = list_files (empty);
    g_autoptr(GDir) dir = g_dir_open (empty, 0, NULL);

    g_assert_cmpuint (inside->len, ==, 0);
    g_assert_null (g_dir_read_name (dir));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  g_test_add_func ("/evidence-export/safe-name", test_safe_name);
  ADD ("/evidence-export/tree", test_export_tree);
  ADD ("/evidence-export/sha256sum", test_export_sha256sum);
  ADD ("/evidence-export/region", test_export_region);
  ADD ("/evidence-export/refused", test_export_refused);

#undef ADD

  return g_test_run ();
}
