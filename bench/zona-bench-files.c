/* zona-bench-files.c — attaching a large file to an evidence item and exporting it as a pack,
 * timed against cp of the same file on the same disk
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The target: attach and export run near disk speed, a 300 MB file within twice the
 * time of `cp`. A commit is durable and cp is not, so cp is timed twice: alone (the copy sits
 * in the page cache) and followed by `sync FILE` (the copy is on the disk), which is what a
 * committed attach and a synced export promise. Every measure runs once to warm up, then
 * --repeat times; the median, minimum and maximum are printed as Markdown. The source file is
 * in the page cache for every measure alike.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <nettle/sha2.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zona-evidence-export.h"

#define CHUNK (1024 * 1024)

typedef struct
{
  const char *name;
  GArray     *ms;          /* double */
} Measure;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, values->len / 2);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* SplitMix64: the same bytes on every machine, and nothing a compressing disk could shrink. */
static guint64
next_random (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);

  return z ^ (z >> 31);
}

static gboolean
make_source (const char  *path,
             gint64       size,
             GError     **error)
{
  g_autofree guint64 *buffer = g_malloc (CHUNK);
  guint64 state = 20240423;
  GStatBuf st;
  int fd;

  if (g_stat (path, &st) == 0 && st.st_size == size)
    return TRUE;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: %s", path,
                   g_strerror (errno));
      return FALSE;
    }

  for (gint64 done = 0; done < size; done += CHUNK)
    {
      gsize n = MIN (CHUNK, size - done);

      for (guint i = 0; i < CHUNK / sizeof (guint64); i++)
        buffer[i] = next_random (&state);
      if (write (fd, buffer, n) != (gssize) n)
        {
          close (fd);
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: short write", path);
          return FALSE;
        }
    }

  fsync (fd);
  close (fd);

  return TRUE;
}

/* The file's SHA-256 with Nettle, as core hashes it, or with GChecksum, as it used to. */
static char *
hash_file (const char *path,
           gboolean    nettle)
{
  g_autofree guchar *buffer = g_malloc (CHUNK);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  struct sha256_ctx ctx;
  guint8 digest[SHA256_DIGEST_SIZE];
  GString *hex = g_string_new (NULL);
  gssize n;
  int fd = g_open (path, O_RDONLY, 0);

  g_assert (fd >= 0);
  sha256_init (&ctx);
  while ((n = read (fd, buffer, CHUNK)) > 0)
    {
      if (nettle)
        sha256_update (&ctx, n, buffer);
      else
        g_checksum_update (checksum, buffer, n);
    }
  close (fd);

  if (!nettle)
    {
      g_string_free (hex, TRUE);
      return g_strdup (g_checksum_get_string (checksum));
    }

  sha256_digest (&ctx, sizeof digest, digest);
  for (guint i = 0; i < sizeof digest; i++)
    g_string_append_printf (hex, "%02x", digest[i]);

  return g_string_free (hex, FALSE);
}

static void
run_or_die (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], error->message);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/* A new database with one unit in a PEKPPP round; @page_size other than 0 is an experiment:
 * the file is made with that page size before Zona creates its tables in it. */
static ZonaStore *
new_store (const char  *path,
           int          page_size,
           gint64      *out_item,
           GError     **error)
{
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(ZonaAssessment) assessment = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  ZonaUnit unit = { .name = (char *) "Dinas Kependudukan dan Pencatatan Sipil",
                    .short_name = (char *) "Disdukcapil", .kind = (char *) "dinas" };
  ZonaEvidenceFilter filter = { 0 };
  gint64 unit_id;

  remove_database (path);

  if (page_size > 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA page_size = %d; CREATE TABLE t (x);"
                                              "DROP TABLE t;", page_size);
      sqlite3 *db = NULL;

      if (sqlite3_open (path, &db) != SQLITE_OK ||
          sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
        g_error ("%s: %s", path, sqlite3_errmsg (db));
      sqlite3_close (db);
    }

  if ((store = zona_store_open (path, ZONA_STORE_OPEN_CREATE, error)) == NULL ||
      (unit_id = zona_store_add_unit (store, "35.77", &unit, error)) == 0 ||
      !zona_store_start_round (store, "35.77", "pekppp", 2024, &unit_id, 1, NULL, error) ||
      (region = zona_store_get_region (store, "35.77", error)) == NULL ||
      (assessment = zona_store_get_assessment (store, region->id, unit_id, "pekppp", 2024,
                                               error)) == NULL)
    return NULL;

  filter.assessment_id = assessment->id;
  if ((items = zona_store_list_evidence (store, &filter, error)) == NULL)
    return NULL;
  *out_item = ((ZonaEvidenceItem *) g_ptr_array_index (items, 0))->id;

  return g_steal_pointer (&store);
}

/* Bytes this process has written so far (/proc/self/io "wchar"), or -1. */
static gint64
bytes_written (void)
{
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/io", &text, NULL, NULL) ||
      (line = strstr (text, "wchar: ")) == NULL)
    return -1;

  return g_ascii_strtoll (line + strlen ("wchar: "), NULL, 10);
}

static void
exec_or_die (sqlite3    *db,
             const char *sql)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
}

/* What SQLite's settings do to the way core stores a file, phase by phase, on a bare database
 * with a table shaped like Zona's `content`: the hash pass, the row made with a zeroblob of
 * the file's size, the bytes written into it with sqlite3_blob_write, and the commit (which
 * in WAL mode includes SQLite's automatic checkpoint into the database file). Only for this
 * measurement: Zona's own SQL stays in src/core. */
static void
experiment (const char *dir,
            const char *source,
            gint64      size,
            int         page_size,
            const char *journal,
            int         cache_mib)
{
  g_autofree char *path = g_build_filename (dir, "experiment.db", NULL);
  g_autofree char *journal_path = g_strconcat (path, "-journal", NULL);
  g_autofree char *settings = NULL;
  g_autofree guchar *buffer = g_malloc (CHUNK);
  g_autofree char *sha = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3_blob *blob = NULL;
  sqlite3 *db = NULL;
  double t[5];
  gint64 written;
  gint64 offset = 0;
  gssize n;
  int fd;

  remove_database (path);
  g_unlink (journal_path);
  sync ();

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));
  settings = g_strdup_printf ("PRAGMA page_size = %d; PRAGMA journal_mode = %s;"
                              "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -%d;",
                              page_size, journal, cache_mib * 1024);
  exec_or_die (db, settings);
  exec_or_die (db, "CREATE TABLE content (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL,"
                   " data BLOB NOT NULL)");

  written = bytes_written ();
  t[0] = now_ms ();
  sha = hash_file (source, TRUE);
  t[1] = now_ms ();

  exec_or_die (db, "BEGIN IMMEDIATE");
  sqlite3_prepare_v2 (db, "INSERT INTO content VALUES (?1, ?2, ?3)", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, sha, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, size);
  sqlite3_bind_zeroblob64 (stmt, 3, size);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("insert: %s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  t[2] = now_ms ();

  if (sqlite3_blob_open (db, "main", "content", "data", sqlite3_last_insert_rowid (db), 1,
                         &blob) != SQLITE_OK)
    g_error ("blob: %s", sqlite3_errmsg (db));
  fd = g_open (source, O_RDONLY, 0);
  while ((n = read (fd, buffer, CHUNK)) > 0)
    {
      if (sqlite3_blob_write (blob, buffer, n, offset) != SQLITE_OK)
        g_error ("write: %s", sqlite3_errmsg (db));
      offset += n;
    }
  close (fd);
  sqlite3_blob_close (blob);
  t[3] = now_ms ();

  exec_or_die (db, "COMMIT");
  t[4] = now_ms ();
  written = bytes_written () - written;
  sqlite3_close (db);
  remove_database (path);
  g_unlink (journal_path);

  printf ("| %d | %s | %d MiB | %.0f ms | %.0f ms | %.0f ms | %.0f ms | **%.0f ms** | %.0f MB |\n",
          page_size, journal, cache_mib, t[1] - t[0], t[2] - t[1], t[3] - t[2], t[4] - t[3],
          t[4] - t[0], written / 1e6);
}

static void
print_row (const Measure *measure,
           double         cp_ms,
           double         cp_sync_ms)
{
  GArray *values = measure->ms;
  double mid = median (values);

  printf ("| %s | %.0f ms | %.0f ms | %.0f ms | %.1f× | %.1f× |\n", measure->name, mid,
          g_array_index (values, double, 0), g_array_index (values, double, values->len - 1),
          mid / cp_ms, mid / cp_sync_ms);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *source = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *pack = NULL;
  g_autofree char *source_sha = NULL;
  g_autofree char *cp = NULL;
  g_autofree char *sync_program = NULL;
  gint64 size_mb = 300;
  gint64 size;
  int repeat = 5;
  int page_size = 0;
  gboolean experiments = FALSE;
  int effective_page_size = 0;
  Measure measures[] = {
    { "cp", NULL },
    { "cp + sync FILE", NULL },
    { "SHA-256 alone, Nettle (as core hashes)", NULL },
    { "SHA-256 alone, GChecksum (as core hashed before)", NULL },
    { "**Attach** (zona_store_attach_file, committed)", NULL },
    { "**Export** (zona_evidence_export, one unit's pack, synced)", NULL },
  };
  GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      "Folder on the disk to measure (default /tmp/zona-bench-files)", "DIR" },
    { "size-mb", 0, 0, G_OPTION_ARG_INT64, &size_mb, "Size of the file in MB (default 300)", "N" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Timed runs per measure (default 5)", "N" },
    { "page-size", 0, 0, G_OPTION_ARG_INT, &page_size,
      "Experiment: make the database with this SQLite page size", "BYTES" },
    { "sqlite-experiments", 0, 0, G_OPTION_ARG_NONE, &experiments,
      "Instead: time the phases of storing the file under several SQLite settings", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Time attaching and exporting a large file against cp "
                                         "of it on the same disk.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (repeat < 1 || size_mb < 1)
    {
      g_printerr ("--repeat and --size-mb must be at least 1\n");
      return 2;
    }

  if (dir == NULL)
    dir = g_strdup ("/tmp/zona-bench-files");
  size = size_mb * 1000 * 1000;
  g_mkdir_with_parents (dir, 0755);
  source = g_strdup_printf ("%s/pindaian-%" G_GINT64_FORMAT "MB.pdf", dir, size_mb);
  copy = g_build_filename (dir, "salinan-cp.pdf", NULL);
  db_path = g_build_filename (dir, "bench.db", NULL);
  pack = g_build_filename (dir, "paket", NULL);
  cp = g_find_program_in_path ("cp");
  sync_program = g_find_program_in_path ("sync");
  if (cp == NULL || sync_program == NULL)
    g_error ("cp and sync are needed");

  if (!make_source (source, size, &error))
    g_error ("%s", error->message);
  source_sha = hash_file (source, TRUE);

  if (experiments)
    {
      static const struct { int page_size; const char *journal; int cache_mib; } runs[] = {
        { 4096, "WAL", 16 }, { 4096, "WAL", 2 }, { 4096, "WAL", 64 }, { 16384, "WAL", 16 },
        { 65536, "WAL", 16 }, { 4096, "DELETE", 16 }, { 65536, "DELETE", 16 },
      };

      printf ("File: %" G_GINT64_FORMAT " MB, in %s; SQLite %s; synchronous = NORMAL as in "
              "Zona; one run each\n\n", size_mb, dir, sqlite3_libversion ());
      printf ("| Page size | Journal | Cache | Hash | Row with zeroblob | Blob writes | Commit "
              "(+ checkpoint) | Total | Written |\n");
      printf ("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
        experiment (dir, source, size, runs[i].page_size, runs[i].journal, runs[i].cache_mib);
      g_unlink (source);
      return 0;
    }

  for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
    measures[m].ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (int run = 0; run <= repeat; run++)
    {
      const char *cp_argv[] = { cp, source, copy, NULL };
      const char *sync_argv[] = { sync_program, copy, NULL };
      g_autoptr(ZonaStore) store = NULL;
      g_autofree char *sha = NULL;
      ZonaEvidenceFilter filter = { .region_code = "35.77", .scheme_id = "pekppp", .year = 2024 };
      double times[G_N_ELEMENTS (measures)];
      double t0;
      gint64 item = 0;

      /* Each measure starts with nothing left to write back from the one before, which would
       * otherwise slow it down by chance. */
      g_unlink (copy);
      sync ();
      t0 = now_ms ();
      run_or_die (cp_argv);
      times[0] = now_ms () - t0;

      g_unlink (copy);
      sync ();
      t0 = now_ms ();
      run_or_die (cp_argv);
      run_or_die (sync_argv);
      times[1] = now_ms () - t0;
      g_unlink (copy);

      t0 = now_ms ();
      sha = hash_file (source, TRUE);
      times[2] = now_ms () - t0;
      g_clear_pointer (&sha, g_free);
      t0 = now_ms ();
      sha = hash_file (source, FALSE);
      times[3] = now_ms () - t0;
      g_assert_cmpstr (sha, ==, source_sha);

      if ((store = new_store (db_path, page_size, &item, &error)) == NULL)
        g_error ("%s", error->message);
      if (effective_page_size == 0)
        {
          sqlite3 *db = NULL;
          sqlite3_stmt *stmt = NULL;

          /* Read back from the file, whatever made it. */
          sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL);
          sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            effective_page_size = sqlite3_column_int (stmt, 0);
          sqlite3_finalize (stmt);
          sqlite3_close (db);
        }

      sync ();
      t0 = now_ms ();
      if (zona_store_attach_file (store, item, source, NULL, 0, NULL, &error) == 0)
        g_error ("%s", error->message);
      times[4] = now_ms () - t0;

      remove_tree (pack);
      sync ();
      t0 = now_ms ();
      if (!zona_evidence_export (store, &filter, pack, NULL, NULL, &error))
        g_error ("%s", error->message);
      times[5] = now_ms () - t0;

      if (run == 0)
        {
          g_autofree char *exported = g_build_filename (pack, "1 Kebijakan Pelayanan",
                                                        "KB-01 Standar pelayanan tersedia dan "
                                                        "sesuai",
                                                        "KB-01-a-SK-penetapan-standar-"
                                                        "pelayanan.pdf", NULL);
          g_autofree char *exported_sha = hash_file (exported, TRUE);

          g_assert_cmpstr (exported_sha, ==, source_sha);
          continue;
        }

      for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
        g_array_append_val (measures[m].ms, times[m]);
      g_printerr ("run %d: cp %.0f, cp+sync %.0f, attach %.0f, export %.0f ms\n", run,
                  times[0], times[1], times[4], times[5]);
    }

  remove_tree (pack);
  remove_database (db_path);
  g_unlink (source);

  {
    double cp_ms = median (measures[0].ms);
    double cp_sync_ms = median (measures[1].ms);

    printf ("File: %" G_GINT64_FORMAT " MB (%" G_GINT64_FORMAT " bytes, pseudo-random), in %s;"
            " SQLite %s, database page size %d bytes%s; %d timed runs after one warm-up\n\n",
            size_mb, size, dir, sqlite3_libversion (), effective_page_size,
            page_size > 0 ? " (experiment)" : " (as Zona creates it)", repeat);
    printf ("| Measure | Median | Min | Max | ÷ cp | ÷ cp + sync |\n");
    printf ("|---|---:|---:|---:|---:|---:|\n");
    for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
      print_row (&measures[m], cp_ms, cp_sync_ms);
    printf ("\nverdict_attach=%s verdict_export=%s verdict_attach_sync=%s verdict_export_sync=%s "
            "attach_ms=%.0f export_ms=%.0f cp_ms=%.0f cp_sync_ms=%.0f\n",
            median (measures[4].ms) <= 2 * cp_ms ? "met" : "missed",
            median (measures[5].ms) <= 2 * cp_ms ? "met" : "missed",
            median (measures[4].ms) <= 2 * cp_sync_ms ? "met" : "missed",
            median (measures[5].ms) <= 2 * cp_sync_ms ? "met" : "missed",
            median (measures[4].ms), median (measures[5].ms), cp_ms, cp_sync_ms);
  }

  for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
    g_array_unref (measures[m].ms);

  return 0;
}
