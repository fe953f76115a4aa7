/* zona-bench-gen.c — writes a large synthetic Zona database for the benchmarks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row goes through the public store API (zona_store_add_unit,
 * zona_store_record_assessment) so that the file is exactly what Zona itself would write, and
 * the time measured is the time a real bulk import through core would take. The whole
 * generation is one transaction, as a bulk import is.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "zona-aggregate.h"
#include "zona-store-private.h"

#define BENCH_SCHEME_ID  "bench"
#define FIRST_YEAR       2011
#define MAX_YEARS        15   /* the bench scheme covers 2011–2025 */

typedef struct
{
  const char *name;
  const char *short_name;
  const char *kind;
} UnitTemplate;

/* Forty OPDs of a typical kabupaten, so that names look like the ones a clerk sees. */
static const UnitTemplate unit_templates[] = {
  { "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas" },
  { "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas" },
  { "Dinas Kesehatan", "Dinkes", "dinas" },
  { "Dinas Pendidikan", "Disdik", "dinas" },
  { "Dinas Sosial", "Dinsos", "dinas" },
  { "Dinas Perhubungan", "Dishub", "dinas" },
  { "Dinas Lingkungan Hidup", "DLH", "dinas" },
  { "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "dinas" },
  { "Dinas Perumahan dan Kawasan Permukiman", "Disperkim", "dinas" },
  { "Dinas Tenaga Kerja", "Disnaker", "dinas" },
  { "Dinas Koperasi dan Usaha Mikro", "Diskopum", "dinas" },
  { "Dinas Perdagangan", "Disdag", "dinas" },
  { "Dinas Pertanian dan Ketahanan Pangan", "Dispertan", "dinas" },
  { "Dinas Perikanan", "Diskan", "dinas" },
  { "Dinas Pariwisata, Kepemudaan dan Olahraga", "Disparpora", "dinas" },
  { "Dinas Komunikasi dan Informatika", "Diskominfo", "dinas" },
  { "Dinas Perpustakaan dan Kearsipan", "Dispusip", "dinas" },
  { "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "dinas" },
  { "Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB", "dinas" },
  { "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", "dinas" },
  { "Badan Pendapatan Daerah", "Bapenda", "badan" },
  { "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan" },
  { "Badan Penanggulangan Bencana Daerah", "BPBD", "badan" },
  { "Badan Kesatuan Bangsa dan Politik", "Bakesbangpol", "badan" },
  { "Satuan Polisi Pamong Praja", "Satpol PP", "satuan" },
  { "Rumah Sakit Umum Daerah", "RSUD", "rsud" },
  { "Puskesmas Kota", "PKM Kota", "puskesmas" },
  { "Puskesmas Utara", "PKM Utara", "puskesmas" },
  { "Puskesmas Selatan", "PKM Selatan", "puskesmas" },
  { "Puskesmas Timur", "PKM Timur", "puskesmas" },
  { "Puskesmas Barat", "PKM Barat", "puskesmas" },
  { "Puskesmas Tengah", "PKM Tengah", "puskesmas" },
  { "Kecamatan Kota", "Kec. Kota", "kecamatan" },
  { "Kecamatan Utara", "Kec. Utara", "kecamatan" },
  { "Kecamatan Selatan", "Kec. Selatan", "kecamatan" },
  { "Kecamatan Timur", "Kec. Timur", "kecamatan" },
  { "Kecamatan Barat", "Kec. Barat", "kecamatan" },
  { "Kecamatan Tengah", "Kec. Tengah", "kecamatan" },
  { "Kecamatan Pesisir", "Kec. Pesisir", "kecamatan" },
  { "Kecamatan Pegunungan", "Kec. Pegunungan", "kecamatan" },
};

/* SplitMix64: tiny, fast and the same on every platform and GLib version, so a seed always
 * gives the same database. */
static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);

  return z ^ (z >> 31);
}

/* A whole number in [low, high]. */
static gint64
random_between (guint64 *state,
                gint64   low,
                gint64   high)
{
  return low + (gint64) (splitmix64 (state) % (guint64) (high - low + 1));
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static gboolean
parse_count (const char *text,
             guint       max,
             guint      *out_value,
             GError    **error)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, max, &value, error))
    return FALSE;

  *out_value = (guint) value;

  return TRUE;
}

/* Removes a previous database and its WAL and shared-memory files. */
static gboolean
remove_database (const char  *path,
                 GError     **error)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "Cannot remove %s: %s", file, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/* Fills @values with the 20 indicator scores of one unit in one year. A unit has a level of
 * its own that rises over the years, each indicator sits a little above or below it, and
 * every year adds some noise: enough spread for every category and for meaningful ranks. */
static void
fill_indicator_values (GHashTable   *values,
                       GPtrArray    *indicator_codes,
                       guint64       seed,
                       guint         unit_index,
                       guint         year_index)
{
  guint64 unit_state = seed ^ (G_GUINT64_CONSTANT (0x5a4f4e41) * (unit_index + 1));
  guint64 year_state;
  gint64 level = random_between (&unit_state, 2500, 8500);
  gint64 slope = random_between (&unit_state, -50, 250);

  year_state = unit_state ^ (G_GUINT64_CONSTANT (0x2545f4914f6cdd1d) * (year_index + 1));

  for (guint i = 0; i < indicator_codes->len; i++)
    {
      gint64 offset = random_between (&unit_state, -1000, 1000);
      gint64 noise = random_between (&year_state, -600, 600);
      gint64 value = level + slope * year_index + offset + noise;

      zona_score_table_set (values, g_ptr_array_index (indicator_codes, i),
                            CLAMP (value, 0, 10000));
    }
}

static GPtrArray *
collect_indicator_codes (const ZonaScheme *scheme)
{
  const ZonaSchemeVersion *version = g_ptr_array_index (scheme->versions, 0);
  GPtrArray *codes = g_ptr_array_new ();

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);

          g_ptr_array_add (codes, indicator->code);
        }
    }

  return codes;
}

static gboolean
add_units (ZonaStore   *store,
           GPtrArray   *regions,
           guint        n_units,
           GArray      *unit_ids,
           GError     **error)
{
  for (guint r = 0; r < regions->len; r++)
    {
      const ZonaRegion *region = g_ptr_array_index (regions, r);

      for (guint u = 0; u < n_units; u++)
        {
          g_autofree char *name = NULL;
          g_autofree char *short_name = NULL;
          ZonaUnit unit = { 0 };
          gint64 id;

          if (u < G_N_ELEMENTS (unit_templates))
            {
              name = g_strdup (unit_templates[u].name);
              short_name = g_strdup (unit_templates[u].short_name);
              unit.kind = (char *) unit_templates[u].kind;
            }
          else
            {
              name = g_strdup_printf ("Unit Layanan Sintetis %04u", u + 1);
              short_name = g_strdup_printf ("ULS-%04u", u + 1);
              unit.kind = (char *) "lainnya";
            }
          unit.name = name;
          unit.short_name = short_name;

          id = zona_store_add_unit (store, region->code, &unit, error);
          if (id == 0)
            {
              g_prefix_error (error, "%s, unit %u: ", region->code, u + 1);
              return FALSE;
            }
          g_array_append_val (unit_ids, id);
        }
    }

  return TRUE;
}

static gboolean
record_assessments (ZonaStore         *store,
                    const ZonaScheme  *scheme,
                    GPtrArray         *regions,
                    guint              n_units,
                    guint              n_years,
                    GArray            *unit_ids,
                    guint64            seed,
                    guint64            limit,
                    guint64           *out_done,
                    GError           **error)
{
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GPtrArray) codes = collect_indicator_codes (scheme);
  guint64 total = (guint64) regions->len * n_units * n_years;
  guint64 next_report;
  guint64 done = 0;
  gint64 start = g_get_monotonic_time ();

  if (limit > 0 && limit < total)
    total = limit;
  next_report = MAX (total / 10, 1);

  for (guint r = 0; r < regions->len && done < total; r++)
    {
      const ZonaRegion *region = g_ptr_array_index (regions, r);

      for (guint u = 0; u < n_units && done < total; u++)
        {
          guint unit_index = r * n_units + u;

          for (guint y = 0; y < n_years && done < total; y++)
            {
              ZonaAssessment assessment = { 0 };

              assessment.region_id = region->id;
              assessment.unit_id = g_array_index (unit_ids, gint64, unit_index);
              assessment.scheme_id = (char *) BENCH_SCHEME_ID;
              assessment.year = FIRST_YEAR + (int) y;
              assessment.status = ZONA_STATUS_FINAL;
              assessment.source = (char *) "zona-bench-gen";

              fill_indicator_values (values, codes, seed, unit_index, y);

              if (zona_store_record_assessment (store, &assessment, values, error) == 0)
                {
                  g_prefix_error (error, "%s, unit %u, %d: ", region->code, u + 1,
                                  assessment.year);
                  *out_done = done;
                  return FALSE;
                }

              if (++done >= next_report || done == total)
                {
                  double elapsed = seconds_since (start);

                  g_printerr ("  %3u%%  %" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT
                              " assessments  %.1f s  (%.1f us each)\n",
                              (guint) (done * 100 / total), done, total, elapsed,
                              elapsed * 1e6 / done);
                  next_report += MAX (total / 10, 1);
                }
            }
        }
    }

  *out_done = done;

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaScheme) scheme = NULL;
  g_autoptr(GPtrArray) all_regions = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GArray) unit_ids = NULL;
  g_autofree char *regions_text = NULL;
  g_autofree char *units_text = NULL;
  g_autofree char *years_text = NULL;
  g_autofree char *scheme_path = NULL;
  gint64 seed_option = 20260101;
  gint64 limit_option = 0;
  gint64 cache_mib = 0;
  gboolean force = FALSE;
  gboolean created = FALSE;
  guint n_regions = 514;
  guint n_units = 40;
  guint n_years = MAX_YEARS;
  guint64 done = 0;
  guint n_indicators;
  const char *path;
  gint64 start;
  gint64 phase;
  double t_open, t_units, t_assessments, t_commit, t_close, t_total;
  GStatBuf st;
  GOptionEntry entries[] = {
    { "regions", 0, 0, G_OPTION_ARG_STRING, &regions_text,
      "Number of kabupaten/kota (default 514)", "N" },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units_text, "Units per region (default 40)", "N" },
    { "years", 0, 0, G_OPTION_ARG_STRING, &years_text,
      "Years from 2011 (default 15, at most 15)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed_option, "Seed of the pseudo-random scores", "S" },
    { "limit", 0, 0, G_OPTION_ARG_INT64, &limit_option,
      "Stop after this many assessments (to time a sample)", "N" },
    { "cache-mib", 0, 0, G_OPTION_ARG_INT64, &cache_mib,
      "Experiment: give SQLite's page cache this many MiB (default: what core sets)", "N" },
    { "scheme", 0, 0, G_OPTION_ARG_FILENAME, &scheme_path,
      "The bench scheme file (default: the one in the source tree)", "FILE" },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, "Replace OUT.db if it exists", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("OUT.db — write a large synthetic Zona database");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    goto failed;

  if (argc != 2)
    {
      g_printerr ("Usage: %s OUT.db [--regions N] [--units N] [--years N] [--seed S]\n", argv[0]);
      return 2;
    }
  path = argv[1];

  if ((regions_text != NULL && !parse_count (regions_text, 100000, &n_regions, &error)) ||
      (units_text != NULL && !parse_count (units_text, 100000, &n_units, &error)) ||
      (years_text != NULL && !parse_count (years_text, MAX_YEARS, &n_years, &error)))
    goto failed;

  if (scheme_path == NULL)
    scheme_path = g_strdup (ZONA_BENCH_SCHEME);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!force)
        {
          g_printerr ("%s already exists; use --force to replace it\n", path);
          return 1;
        }
      if (!remove_database (path, &error))
        goto failed;
    }

  scheme = zona_scheme_new_from_file (scheme_path, &error);
  if (scheme == NULL)
    goto failed;
  if (!g_str_equal (scheme->id, BENCH_SCHEME_ID) || scheme->versions->len != 1)
    {
      g_printerr ("%s is not the bench scheme (id “%s”, one version)\n", scheme_path,
                  BENCH_SCHEME_ID);
      return 1;
    }
  n_indicators = zona_scheme_version_n_indicators (g_ptr_array_index (scheme->versions, 0));

  start = g_get_monotonic_time ();

  /* A new database: schema, the official regions and the built-in schemes (own transaction). */
  store = zona_store_open (path, ZONA_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    goto failed;
  created = TRUE;
  t_open = seconds_since (start);

  /* Only for measuring a proposed change to core: by default the connection keeps the page
   * cache core gives it, so the time reported is the time core takes. */
  if (cache_mib > 0)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = -%" G_GINT64_FORMAT,
                                                 cache_mib * 1024);

      if (!zona_store_exec (store, pragma, &error))
        goto failed;
      g_printerr ("Experiment: SQLite page cache set to %" G_GINT64_FORMAT " MiB\n", cache_mib);
    }

  all_regions = zona_store_list_regions (store, ZONA_REGION_LIST_NO_PROVINCES, &error);
  if (all_regions == NULL)
    goto failed;
  if (n_regions > all_regions->len)
    {
      g_set_error (&error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   "only %u kabupaten/kota exist; --regions %u is too many",
                   all_regions->len, n_regions);
      goto failed;
    }
  regions = g_ptr_array_new ();
  for (guint i = 0; i < n_regions; i++)
    g_ptr_array_add (regions, g_ptr_array_index (all_regions, i));

  g_printerr ("Generating %s: %u regions x %u units x %u years = %" G_GUINT64_FORMAT
              " assessments, %" G_GUINT64_FORMAT " indicator scores (seed %" G_GINT64_FORMAT ")\n",
              path, n_regions, n_units, n_years, (guint64) n_regions * n_units * n_years,
              (guint64) n_regions * n_units * n_years * n_indicators, seed_option);

  /* One transaction for everything, as a bulk import is. */
  if (!zona_store_begin (store, &error))
    goto failed;

  phase = g_get_monotonic_time ();
  if (!zona_store_save_scheme (store, scheme, FALSE, &error))
    goto rollback;

  unit_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_regions * n_units);
  if (!add_units (store, regions, n_units, unit_ids, &error))
    goto rollback;
  t_units = seconds_since (phase);
  g_printerr ("  scheme and %u units: %.2f s\n", unit_ids->len, t_units);

  phase = g_get_monotonic_time ();
  if (!record_assessments (store, zona_store_find_scheme (store, BENCH_SCHEME_ID, NULL),
                           regions, n_units, n_years, unit_ids, (guint64) seed_option,
                           (guint64) MAX (limit_option, 0), &done, &error))
    goto rollback;
  t_assessments = seconds_since (phase);

  phase = g_get_monotonic_time ();
  if (!zona_store_commit (store, &error))
    goto failed;
  t_commit = seconds_since (phase);

  /* Closing checkpoints the WAL into the database file and removes it. */
  phase = g_get_monotonic_time ();
  g_clear_object (&store);
  t_close = seconds_since (phase);
  t_total = seconds_since (start);

  if (g_stat (path, &st) != 0)
    st.st_size = 0;

  g_printerr ("  open and seed %.2f s, units %.2f s, assessments %.2f s, commit %.2f s, "
              "close (WAL checkpoint) %.2f s\n", t_open, t_units, t_assessments, t_commit,
              t_close);
  g_printerr ("Done in %.1f s: %.1f MB\n", t_total, st.st_size / 1e6);

  /* For scripts: one line of key=value pairs. */
  g_print ("regions=%u units_per_region=%u units=%u years=%u assessments=%" G_GUINT64_FORMAT
           " indicator_scores=%" G_GUINT64_FORMAT " seed=%" G_GINT64_FORMAT
           " open_seconds=%.2f units_seconds=%.2f assessments_seconds=%.2f"
           " us_per_assessment=%.1f commit_seconds=%.2f close_seconds=%.2f"
           " total_seconds=%.2f file_bytes=%" G_GINT64_FORMAT " cache_mib=%" G_GINT64_FORMAT "\n",
           n_regions, n_units, n_regions * n_units, n_years, done, done * n_indicators, seed_option,
           t_open, t_units, t_assessments, done > 0 ? t_assessments * 1e6 / done : 0.0,
           t_commit, t_close, t_total, (gint64) st.st_size, cache_mib);

  return 0;

rollback:
  zona_store_rollback (store);
failed:
  g_printerr ("zona-bench-gen: %s\n", error->message);
  /* Leave no half-made database behind. */
  if (created)
    {
      g_clear_object (&store);
      remove_database (path, NULL);
    }
  return 1;
}
