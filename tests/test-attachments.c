/* test-attachments.c — files kept in the database: dedup, history, refusals, streaming
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "zona-evidence-export.h"
#include "zona-store-private.h"
#include "evidence-test-utils.h"

/* A file of @length bytes that may hold any byte. */
static char *
write_bytes (const char *dir,
             const char *name,
             const char *contents,
             gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

/* SHA-256 of a file read in pieces, for files too large to hold in memory. */
static char *
stream_sha256 (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (1 << 20);
  int fd = g_open (path, O_RDONLY, 0);
  gssize n;

  g_assert_cmpint (fd, >=, 0);
  while ((n = read (fd, buffer, 1 << 20)) > 0)
    g_checksum_update (checksum, buffer, n);
  g_assert_cmpint (n, ==, 0);
  close (fd);

  return g_strdup (g_checksum_get_string (checksum));
}

/* A file of @size bytes that is mostly a hole, with a few marked places so that its hash is
 * its own; it costs almost no disk and no memory to make. */
static char *
write_sparse_file (const char *dir,
                   const char *name,
                   gint64      size)
{
  char *path = g_build_filename (dir, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, size), ==, 0);
  for (gint64 offset = 0; offset + 32 <= size; offset += size / 7)
    {
      g_autofree char *mark = g_strdup_printf ("bukti %" G_GINT64_FORMAT, offset);

      g_assert_cmpint (pwrite (fd, mark, strlen (mark), offset), ==, (gssize) strlen (mark));
    }
  g_assert_cmpint (close (fd), ==, 0);

  return path;
}

static void
test_attach_dedup (ZonaTestDir   *fixture,
                   gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) first = NULL;
  g_autoptr(ZonaEvidenceItem) third = NULL;
  g_autoptr(ZonaAttachment) attachment = NULL;
  g_autofree char *sk = evidence_test_write_file (fixture->dir, "SK Standar Pelayanan.pdf",
                                    "%PDF-1.4 SK standar pelayanan 2024");
  g_autofree char *copy = evidence_test_write_file (fixture->dir, "salinan SK.pdf",
                                      "%PDF-1.4 SK standar pelayanan 2024");
  g_autofree char *expected = zona_test_file_sha256 (sk);
  gint64 units[1];
  gint64 a1;
  gint64 a2;
  gint64 a3;

  evidence_test_new_round (store, "ombudsman", 2023, units, 1);
  items = evidence_test_checklist (store,
                                   evidence_test_assessment (store, units[0], "ombudsman", 2023));

  /* The same decree serves IN-01-a and PR-01-a, under two names: stored once. */
  a1 = zona_store_attach_file (store, evidence_test_item_id (items, 0), sk, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  a2 = zona_store_attach_file (store, evidence_test_item_id (items, 1), copy, NULL, 0, NULL,
                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (a1, >, 0);
  g_assert_cmpint (a2, >, a1);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM content"), ==, 1);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM attachment"), ==, 2);

  first = evidence_test_get_item (store, evidence_test_item_id (items, 0));
  g_assert_cmpint (first->status, ==, ZONA_EVIDENCE_DIUNGGAH);
  g_assert_cmpint (first->attachment_id, ==, a1);
  g_assert_cmpstr (first->filename, ==, "SK Standar Pelayanan.pdf");
  g_assert_cmpint (first->size, ==, strlen ("%PDF-1.4 SK standar pelayanan 2024"));

  attachment = zona_store_get_attachment (store, a2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (attachment->sha256, ==, expected);
  g_assert_cmpstr (attachment->filename, ==, "salinan SK.pdf");
  g_assert_cmpstr (attachment->mime_type, ==, "application/pdf");
  g_assert_cmpint (attachment->evidence_id, ==, evidence_test_item_id (items, 1));
  g_assert_cmpint (attachment->replaced_by, ==, 0);
  g_assert_nonnull (attachment->added_at);

  /* A stored document given to a third item: no file read, nothing stored again. */
  a3 = zona_store_attach_stored (store, evidence_test_item_id (items, 2), a1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (a3, >, a2);
  third = evidence_test_get_item (store, evidence_test_item_id (items, 2));
  g_assert_cmpint (third->attachment_id, ==, a3);
  g_assert_cmpstr (third->filename, ==, "SK Standar Pelayanan.pdf");
  g_assert_cmpint (third->status, ==, ZONA_EVIDENCE_DIUNGGAH);
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM content"), ==, 1);
  g_assert_cmpint (evidence_test_count (store,
                                        "SELECT count (*) FROM history WHERE action = 'attach'"),
                   ==, 3);

  g_assert_cmpint (zona_store_attach_stored (store, evidence_test_item_id (items, 2), 9999, &error),
                   ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
}

static void
test_attach_replace (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) item = NULL;
  g_autofree char *draft = evidence_test_write_file (fixture->dir, "laporan SKM draf.pdf",
                                                     "%PDF draf");
  g_autofree char *final = evidence_test_write_file (fixture->dir, "laporan SKM.pdf",
                                                     "%PDF final, ttd");
  const ZonaAttachment *current;
  const ZonaAttachment *old;
  gint64 units[1];
  gint64 id;
  gint64 first;
  gint64 second;

  evidence_test_new_round (store, "pekppp", 2024, units, 1);
  items = evidence_test_checklist (store,
                                   evidence_test_assessment (store, units[0], "pekppp", 2024));
  id = evidence_test_item_id (items, 9);

  first = zona_store_attach_file (store, id, draft, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  evidence_test_set_item (store, id, ZONA_EVIDENCE_MEMENUHI, "Dewi", "2024-05-01", NULL);

  /* The corrected report replaces the draft, which stays as history; it must be judged again. */
  second = zona_store_attach_file (store, id, final, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  item = evidence_test_get_item (store, id);
  g_assert_cmpint (item->attachment_id, ==, second);
  g_assert_cmpstr (item->filename, ==, "laporan SKM.pdf");
  g_assert_cmpint (item->status, ==, ZONA_EVIDENCE_DIUNGGAH);
  g_assert_cmpstr (item->person_in_charge, ==, "Dewi");

  files = zona_store_list_attachments (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, 2);
  current = g_ptr_array_index (files, 0);
  old = g_ptr_array_index (files, 1);
  g_assert_cmpint (current->id, ==, second);
  g_assert_cmpint (current->replaced_by, ==, 0);
  g_assert_cmpint (old->id, ==, first);
  g_assert_cmpint (old->replaced_by, ==, second);
  g_assert_cmpstr (old->filename, ==, "laporan SKM draf.pdf");
  g_assert_cmpint (evidence_test_count (store, "SELECT count (*) FROM content"), ==, 2);
  g_assert_cmpint (evidence_test_count (store,
                                        "SELECT count (*) FROM history WHERE action = 'status' "
                                 "AND old_value = 'memenuhi' AND new_value = 'diunggah'"), ==, 1);
}

static void
assert_attach_refused (ZonaStore   *store,
                       gint64       id,
                       const char  *path,
                       const char  *name,
                       gint64       limit,
                       GQuark       domain,
                       int          code,
                       const char  *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = evidence_test_snapshot (store);
  g_autofree char *after = NULL;

  g_assert_cmpint (zona_store_attach_file (store, id, path, name, limit, NULL, &error), ==, 0);
  g_assert_error (error, domain, code);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("“%s” is not in the message: %s", needle, error->message);

  after = evidence_test_snapshot (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_attach_refused (ZonaTestDir   *fixture,
                     gconstpointer  data)
{
  static const char * const bad_names[] = {
    "SK:2024.pdf", "foto?.jpg", "scan*.pdf", "a<b.pdf", "a>b.pdf", "a|b.pdf", "kata \"SK\".pdf",
    "a\\b.pdf", "sk..pdf", "NUL.pdf", "akhir.",
  };
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "tidak ada.pdf", NULL);
  g_autofree char *empty = evidence_test_write_file (fixture->dir, "kosong.pdf", "");
  g_autofree char *big = NULL;
  g_autofree char *good = evidence_test_write_file (fixture->dir, "baik.pdf", "%PDF baik");
  g_autofree char *big_content = g_strnfill (2000, 'x');
  gint64 units[1];
  gint64 id;

  evidence_test_new_round (store, "pekppp", 2024, units, 1);
  items = evidence_test_checklist (store,
                                   evidence_test_assessment (store, units[0], "pekppp", 2024));
  id = evidence_test_item_id (items, 0);
  big = evidence_test_write_file (fixture->dir, "besar.pdf", big_content);

  assert_attach_refused (store, id, missing, NULL, 0, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                         "tidak ada.pdf");
  assert_attach_refused (store, id, fixture->dir, "folder.pdf", 0, ZONA_STORE_ERROR,
                         ZONA_STORE_ERROR_INVALID, "not a file");
  assert_attach_refused (store, id, empty, NULL, 0, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                         "kosong.pdf");
  assert_attach_refused (store, id, big, NULL, 1000, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                         "besar.pdf");
  assert_attach_refused (store, 987654, good, NULL, 0, ZONA_STORE_ERROR,
                         ZONA_STORE_ERROR_NOT_FOUND, "987654");

  /* Names other systems cannot hold, from the file itself or given. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_names); i++)
    {
      g_autofree char *path = evidence_test_write_file (fixture->dir, bad_names[i], "%PDF");

      assert_attach_refused (store, id, path, NULL, 0, ZONA_STORE_ERROR,
                             ZONA_STORE_ERROR_INVALID, bad_names[i]);
      assert_attach_refused (store, id, good, bad_names[i], 0, ZONA_STORE_ERROR,
                             ZONA_STORE_ERROR_INVALID, bad_names[i]);
    }
  assert_attach_refused (store, id, good, "../../baik.pdf", 0, ZONA_STORE_ERROR,
                         ZONA_STORE_ERROR_INVALID, "../../baik.pdf");
  {
    g_autofree char *control = evidence_test_write_file (fixture->dir, "tab\tname.pdf", "%PDF");

    assert_attach_refused (store, id, control, NULL, 0, ZONA_STORE_ERROR,
                           ZONA_STORE_ERROR_INVALID, "tab\\x09name.pdf");
  }

  /* A file without read permission; an administrator reads anything, so only as a user. */
  if (geteuid () != 0)
    {
      g_autofree char *locked = evidence_test_write_file (fixture->dir, "terkunci.pdf", "%PDF");

      g_assert_cmpint (g_chmod (locked, 0), ==, 0);
      assert_attach_refused (store, id, locked, NULL, 0, G_FILE_ERROR, G_FILE_ERROR_ACCES,
                             "terkunci.pdf");
    }

  /* Just at the limit is accepted. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (zona_store_attach_file (store, id, big, NULL, 2000, NULL, &error), >, 0);
    g_assert_no_error (error);
  }
}

static void
test_round_trip (ZonaTestDir   *fixture,
                 gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2024);
  g_autoptr(ZonaAttachment) attachment = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree guint32 *bytes = NULL;
  g_autofree char *scan = NULL;
  g_autofree char *scan_sha = NULL;
  g_autofree char *out_dir = g_build_filename (fixture->dir, "ekspor", NULL);
  g_autofree char *saved = NULL;
  g_autofree char *saved_sha = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *expected_path = NULL;
  g_autofree char *outside = g_build_filename (fixture->dir, "di luar.pdf", NULL);
  const guint n_words = 6 * 1024 * 1024 / 4 + 123;
  const char *name;
  gint64 units[1];
  gint64 id;

  /* Six megabytes that are not a multiple of the copy's chunk. */
  bytes = g_new (guint32, n_words);
  for (guint i = 0; i < n_words; i++)
    bytes[i] = g_rand_int (rand);
  scan = write_bytes (fixture->dir, "pindaian SK.pdf", (const char *) bytes, n_words * 4);
  scan_sha = zona_test_file_sha256 (scan);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);

  evidence_test_new_round (store, "pekppp", 2024, units, 1);
  items = evidence_test_checklist (store,
                                   evidence_test_assessment (store, units[0], "pekppp", 2024));
  id = zona_store_attach_file (store, evidence_test_item_id (items, 0), scan, NULL, 0, NULL,
                               &error);
  g_assert_no_error (error);
  attachment = zona_store_get_attachment (store, id, &error);
  g_assert_cmpstr (attachment->sha256, ==, scan_sha);
  g_assert_cmpint (attachment->size, ==, n_words * 4);

  /* Across a reopening, byte for byte. */
  g_clear_object (&store);
  store = zona_store_open (fixture->path, ZONA_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  saved = zona_store_save_attachment (store, id, out_dir, NULL, FALSE, NULL, &error);
  g_assert_no_error (error);
  expected_path = g_build_filename (out_dir, "pindaian SK.pdf", NULL);
  g_assert_cmpstr (saved, ==, expected_path);
  saved_sha = zona_test_file_sha256 (saved);
  g_assert_cmpstr (saved_sha, ==, scan_sha);

  /* Not over an existing file unless asked; under another plain name; never outside. */
  g_assert_null (zona_store_save_attachment (store, id, out_dir, NULL, FALSE, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_free (saved);
  saved = zona_store_save_attachment (store, id, out_dir, NULL, TRUE, NULL, &error);
  g_assert_no_error (error);
  renamed = zona_store_save_attachment (store, id, out_dir, "KB-01-a.pdf", FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (renamed, "/ekspor/KB-01-a.pdf"));
  g_assert_null (zona_store_save_attachment (store, id, out_dir, "../di luar.pdf", TRUE, NULL,
                                             &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (g_file_test (outside, G_FILE_TEST_EXISTS));
  g_assert_null (zona_store_save_attachment (store, id, outside, NULL, TRUE, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_clear_error (&error);
  g_assert_null (zona_store_save_attachment (store, 31337, out_dir, NULL, TRUE, NULL, &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Stored bytes that no longer match their hash are reported, and no file is left. */
  g_assert_true (zona_store_exec (store, "UPDATE content SET data = zeroblob (size)", &error));
  g_assert_null (zona_store_save_attachment (store, id, out_dir, "rusak.pdf", FALSE, NULL,
                                             &error));
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  dir = g_dir_open (out_dir, 0, &error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_equal (name, "pindaian SK.pdf") || g_str_equal (name, "KB-01-a.pdf"));
}

/* The process's peak resident memory (VmHWM), in KiB. */
static gint64
peak_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmHWM:");
  g_assert_nonnull (line);

  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

/* Sets the peak back to the memory in use now (Linux 4.0 and later), so that what an earlier
 * test used cannot hide what this one uses. */
static gboolean
reset_peak (void)
{
  int fd = g_open ("/proc/self/clear_refs", O_WRONLY, 0);
  gboolean done;

  if (fd < 0)
    return FALSE;
  done = write (fd, "5", 1) == 1;
  close (fd);

  return done;
}

/* A file far larger than the copy's buffer and SQLite's page cache (300 MB, the size the
 * issue names) goes in, and out again as an evidence pack, without the process's memory
 * growing anywhere near its size. */
static void
test_large_file_streams (ZonaTestDir   *fixture,
                         gconstpointer  data)
{
  const gint64 size = G_GINT64_CONSTANT (300) * 1000 * 1000;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaAttachment) attachment = NULL;
  g_autofree char *scan = NULL;
  g_autofree char *scan_sha = NULL;
  g_autofree char *pack = g_build_filename (fixture->dir, "paket", NULL);
  g_autofree char *exported = NULL;
  g_autofree char *exported_sha = NULL;
  g_autofree char *sums = NULL;
  ZonaEvidenceFilter filter = { .region_code = "35.77", .scheme_id = "pekppp", .year = 2024 };
  gint64 units[1];
  gint64 id;
  gint64 before;
  gint64 grown;

  if (!reset_peak ())
    {
      g_test_skip ("/proc/self/clear_refs cannot reset the peak memory to measure from");
      return;
    }

  store = zona_test_new_store (fixture->path);
  scan = write_sparse_file (fixture->dir, "pindaian besar.pdf", size);
  scan_sha = stream_sha256 (scan);
  evidence_test_new_round (store, "pekppp", 2024, units, 1);
  items = evidence_test_checklist (store,
                                   evidence_test_assessment (store, units[0], "pekppp", 2024));

  g_assert_true (reset_peak ());
  before = peak_kib ();
  id = zona_store_attach_file (store, evidence_test_item_id (items, 0), scan, NULL, 0, NULL,
                               &error);
  g_assert_no_error (error);
  g_unlink (scan);
  g_assert_true (zona_evidence_export (store, &filter, pack, NULL, NULL, &error));
  g_assert_no_error (error);
  grown = peak_kib () - before;
  g_test_message ("peak memory grew by %" G_GINT64_FORMAT " KiB for a file of %" G_GINT64_FORMAT
                  " KiB", grown, size / 1024);
  g_assert_cmpint (grown, <, size / 1024 / 4);

  attachment = zona_store_get_attachment (store, id, &error);
  g_assert_cmpstr (attachment->sha256, ==, scan_sha);
  g_assert_cmpint (attachment->size, ==, size);

  /* The pack holds the bytes, and says so. */
  exported = g_build_filename (pack, "1 Kebijakan Pelayanan",
                               "KB-01 Standar pelayanan tersedia dan sesuai",
                               "KB-01-a-SK-penetapan-standar-pelayanan.pdf", NULL);
  exported_sha = stream_sha256 (exported);
  g_assert_cmpstr (exported_sha, ==, scan_sha);
  {
    g_autofree char *sums_path = g_build_filename (pack, "SHA256SUMS", NULL);

    g_assert_true (g_file_get_contents (sums_path, &sums, NULL, NULL));
    g_assert_true (g_str_has_prefix (sums, scan_sha));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  ADD ("/attachments/attach-dedup", test_attach_dedup);
  ADD ("/attachments/attach-replace", test_attach_replace);
  ADD ("/attachments/attach-refused", test_attach_refused);
  ADD ("/attachments/round-trip", test_round_trip);
  ADD ("/attachments/large-file-streams", test_large_file_streams);

#undef ADD

  return g_test_run ();
}
