/* zona-demo.c — the demo database of public figures
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zona-demo.h"
#include "zona-evidence.h"
#include "zona-store-private.h"

/* Figures from public reporting (see DOMAIN.md, section 6). A score of -1 means the score
 * was not published and stays empty. */

typedef struct
{
  const char *name;
  const char *short_name;
  const char *kind;
  const char *parent;     /* short name of the parent unit, or NULL */
  ZonaScore   score;
} DemoUnit;

static const DemoUnit madiun_units[] = {
  { "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas", NULL, -1 },
  { "Dinas Sosial", "Dinsos", "dinas", NULL, -1 },
  { "Dinas Pendidikan dan Kebudayaan", "Dindikbud", "dinas", NULL, -1 },
  { "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas", NULL, -1 },
  { "Dinas Kesehatan", "Dinkes", "dinas", NULL, -1 },
  { "Puskesmas Mejayan", NULL, "puskesmas", "Dinkes", -1 },
  { "Puskesmas Balerejo", NULL, "puskesmas", "Dinkes", -1 },
};

/* Kota Madiun 2023: the seven published unit scores, whose mean is the city's 93,59. Which
 * score belongs to which unit was not published with them: the pairing below is illustrative. */
static const DemoUnit kota_madiun_units[] = {
  { "Dinas Kesehatan", "Dinkes", "dinas", NULL, 9203 },
  { "Puskesmas Demangan", NULL, "puskesmas", "Dinkes", 8972 },
  { "Puskesmas Oro-Oro Ombo", NULL, "puskesmas", "Dinkes", 9312 },
  { "Dinas Pendidikan", "Dindik", "dinas", NULL, 9353 },
  { "Dinas Sosial", "Dinsos", "dinas", NULL, 9520 },
  { "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas", NULL, 9535 },
  { "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas", NULL, 9620 },
};

typedef struct
{
  const char *region;
  const char *scheme;
  int         year;
  ZonaScore   score;
  const char *source;
} DemoRegionScore;

static const DemoRegionScore region_scores[] = {
  { "35.19", "ombudsman", 2023, 9100, "Ombudsman RI, hasil penilaian kepatuhan 2023" },
  { "17.06", "ombudsman", 2022, 6035, "Ombudsman RI, hasil penilaian kepatuhan 2022" },
  { "17.06", "ombudsman", 2023, 9002, "Ombudsman RI, hasil penilaian kepatuhan 2023" },
  { "17.06", "ombudsman", 2024, 9064, "Ombudsman RI, hasil penilaian kepatuhan 2024" },
  { "35.20", "ombudsman", 2021, 7326, "Ombudsman RI, hasil penilaian kepatuhan 2021" },
  { "35.77", "pekppp", 2024, 461, "KemenPAN-RB, hasil PEKPPP 2024" },
  { "35.77", "pekppp", 2025, 474, "KemenPAN-RB, hasil PEKPPP 2025" },
};

static gboolean
add_units (ZonaStore       *store,
           const char      *region_code,
           const DemoUnit  *units,
           guint            n_units,
           int              year,
           const char      *source,
           const char      *notes,
           GError         **error)
{
  g_autoptr(ZonaRegion) region = zona_store_get_region (store, region_code, error);

  if (region == NULL)
    return FALSE;

  for (guint i = 0; i < n_units; i++)
    {
      ZonaUnit unit = { 0 };
      ZonaAssessment assessment = { 0 };

      unit.name = (char *) units[i].name;
      unit.short_name = (char *) units[i].short_name;
      unit.kind = (char *) units[i].kind;

      if (units[i].parent != NULL)
        {
          g_autoptr(ZonaUnit) parent = zona_store_find_unit (store, region_code, units[i].parent,
                                                             error);
          if (parent == NULL)
            return FALSE;
          unit.parent_id = parent->id;
        }

      assessment.region_id = region->id;
      assessment.unit_id = zona_store_add_unit (store, region_code, &unit, error);
      if (assessment.unit_id == 0)
        return FALSE;

      assessment.scheme_id = (char *) "ombudsman";
      assessment.year = year;
      assessment.has_score = units[i].score >= 0;
      assessment.score = units[i].score;
      assessment.origin = ZONA_ORIGIN_ENTERED;
      assessment.status = ZONA_STATUS_FINAL;
      assessment.source = (char *) source;
      assessment.notes = (char *) notes;

      if (zona_store_set_assessment (store, &assessment, error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* Kota Madiun's PEKPPP round of 2024, partly done, as a Bagian Organisasi would have it in
 * mid-April: four unit lokus, each document owed by an officer of the unit (by role: no real
 * names), due between February and April, judged or not. Each letter is the state of one item
 * of the checklist in the scheme's order: V diverifikasi, M memenuhi, U diunggah, P perlu
 * perbaikan, - belum ada. Every item with a state other than "-" has a small document made
 * here, marked as demo data. */
typedef struct
{
  const char *unit;
  const char *people[3];    /* administration, services, information systems */
  const char *states;
} DemoChecklist;

static const DemoChecklist pekppp_checklists[] = {
  { "Disdukcapil",
    { "Kasubag Umum dan Kepegawaian Disdukcapil",
      "Kabid Pelayanan Pendaftaran Penduduk Disdukcapil", "Pranata Komputer Disdukcapil" },
    "VVVVVMVVVMVVMV" "VVMVMVVM" "VVMMVU" "MVUM" "MPVVMU" "VM-U" },
  { "DPMPTSP",
    { "Kasubag Umum DPMPTSP", "Kabid Pelayanan Perizinan DPMPTSP",
      "Analis Sistem Informasi DPMPTSP" },
    "VVMVPMVVMUVM-M" "MVMUMP-M" "MMUU-M" "VMU-" "UM--MU" "U-P-" },
  { "Dinkes",
    { "Kasubag Umum Dinkes", "Kabid Pelayanan Kesehatan Dinkes", "Pengelola Situs Web Dinkes" },
    "MPMU-PMUM--UP-" "MU-P--M-" "UU-MM-" "--U-" "P---U-" "----" },
  { "Puskesmas Demangan",
    { "Kasubag Tata Usaha Puskesmas Demangan", "Penanggung Jawab Mutu Puskesmas Demangan",
      "Petugas Sistem Informasi Puskesmas Demangan" },
    "MU--P-U---M---" "U-------" "MU-U--" "----" "------" "----" },
};

/* Who owes the documents of each aspect (an index into DemoChecklist.people), and by when. */
static const struct
{
  const char *dimension;
  guint       person;
  const char *due_date;
} pekppp_aspects[] = {
  { "KEBIJAKAN", 0, "2024-02-16" },
  { "SDM", 0, "2024-02-29" },
  { "SARPRAS", 1, "2024-03-15" },
  { "SIPP", 2, "2024-03-22" },
  { "KONSULTASI", 1, "2024-04-05" },
  { "INOVASI", 2, "2024-04-19" },
};

static const char * const reviewer_comments[] = {
  "SK belum ditandatangani kepala perangkat daerah; unggah ulang versi yang bernomor.",
  "Foto tidak memperlihatkan papan informasi secara utuh.",
  "Lampiran 14 komponen standar pelayanan belum disertakan.",
};

/* A one-page PDF with a few lines of Helvetica: small, valid, and plainly a demo. */
static GString *
demo_pdf (const char * const *lines)
{
  GString *pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr(GString) text = g_string_new ("BT /F1 12 Tf 72 770 Td 16 TL\n");
  gsize offsets[6];

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append_c (text, '(');
      for (const char *p = lines[i]; *p != '\0'; p++)
        {
          if (*p == '(' || *p == ')' || *p == '\\')
            g_string_append_c (text, '\\');
          g_string_append_c (text, (guchar) *p < 0x80 ? *p : '?');
        }
      g_string_append (text, ") Tj T*\n");
    }
  g_string_append (text, "ET\n");

  offsets[1] = pdf->len;
  g_string_append (pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
  offsets[2] = pdf->len;
  g_string_append (pdf, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
  offsets[3] = pdf->len;
  g_string_append (pdf, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj\n");
  offsets[4] = pdf->len;
  g_string_append (pdf, "4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                        "/Encoding /WinAnsiEncoding >> endobj\n");
  offsets[5] = pdf->len;
  g_string_append_printf (pdf, "5 0 obj << /Length %" G_GSIZE_FORMAT " >> stream\n%sendstream "
                               "endobj\n", text->len, text->str);

  offsets[0] = pdf->len;
  g_string_append (pdf, "xref\n0 6\n0000000000 65535 f \n");
  for (guint i = 1; i < G_N_ELEMENTS (offsets); i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append_printf (pdf, "trailer << /Size 6 /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT
                               "\n%%%%EOF\n", offsets[0]);

  return pdf;
}

/* Writes the demo document of @item into @folder; the caller attaches it. */
static char *
write_demo_document (const char              *folder,
                     const ZonaUnit          *unit,
                     const ZonaEvidenceItem  *item,
                     const char              *date,
                     GError                 **error)
{
  const char *short_name = unit->short_name ? unit->short_name : unit->name;
  g_autofree char *unit_line = g_ascii_strup (unit->name, -1);
  g_autofree char *title = g_strdup (item->title);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) contents = NULL;

  /* "SP4N-LAPOR!" and the like: a file name of letters, digits and spaces. */
  g_strdelimit (title, "!", ' ');
  g_strchomp (title);

  if (g_str_has_prefix (item->title, "Rekap"))
    {
      name = g_strdup_printf ("%s - %s.csv", title, short_name);
      contents = g_string_new ("bulan;kanal;diterima;selesai\n");
      g_string_append (contents, "2024-01;SP4N-LAPOR!;4;4\n2024-02;SP4N-LAPOR!;6;5\n"
                                 "2024-03;tatap muka;3;3\n");
      g_string_append_printf (contents, "# Data demo Zona, %s: bukan data resmi\n", short_name);
    }
  else
    {
      static const char * const months[] = {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember",
      };
      g_autoptr(GDate) day = g_date_new ();
      g_autofree char *dated = NULL;

      const char *lines[] = {
        "PEMERINTAH KOTA MADIUN", unit_line, "", item->title,
        "Evaluasi Kinerja Penyelenggaraan Pelayanan Publik 2024", NULL, "",
        "DATA DEMO ZONA - BUKAN DOKUMEN RESMI", NULL,
      };

      /* Dated as official documents are: "Madiun, 6 Februari 2024". */
      g_date_set_parse (day, date);
      g_return_val_if_fail (g_date_valid (day), NULL);
      dated = g_strdup_printf ("Madiun, %u %s %u", g_date_get_day (day),
                               months[g_date_get_month (day) - 1], g_date_get_year (day));
      lines[5] = dated;

      name = g_strdup_printf ("%s - %s.pdf", title, short_name);
      contents = demo_pdf (lines);
    }

  path = g_build_filename (folder, name, NULL);
  if (!g_file_set_contents (path, contents->str, contents->len, error))
    return NULL;

  return g_steal_pointer (&path);
}

/* The state of one demo item: its person, due date, document and status. */
static gboolean
fill_item (ZonaStore              *store,
           const char             *folder,
           const ZonaUnit         *unit,
           const DemoChecklist    *checklist,
           const ZonaEvidenceItem *listed,
           char                    state,
           guint                  *n_to_fix,
           GError                **error)
{
  g_autoptr(ZonaEvidenceItem) item = NULL;
  g_autoptr(GDate) due = g_date_new ();
  char effective[11] = { 0 };
  guint aspect = 0;

  while (aspect + 1 < G_N_ELEMENTS (pekppp_aspects) &&
         g_strcmp0 (pekppp_aspects[aspect].dimension, listed->dimension_code) != 0)
    aspect++;

  /* Documents are dated about ten days before they are due; decrees at the start of the year. */
  g_date_set_parse (due, pekppp_aspects[aspect].due_date);
  g_date_subtract_days (due, 10);
  if (g_str_has_prefix (listed->title, "SK "))
    g_date_set_dmy (due, 8, G_DATE_JANUARY, 2024);
  g_date_strftime (effective, sizeof effective, "%Y-%m-%d", due);

  if (state != '-')
    {
      g_autofree char *path = write_demo_document (folder, unit, listed, effective, error);
      gint64 id;

      if (path == NULL)
        return FALSE;
      id = zona_store_attach_file (store, listed->id, path, NULL, 0, NULL, error);
      g_unlink (path);
      if (id == 0)
        return FALSE;
    }

  if ((item = zona_store_get_evidence_item (store, listed->id, error)) == NULL)
    return FALSE;

  g_free (item->person_in_charge);
  item->person_in_charge = g_strdup (checklist->people[pekppp_aspects[aspect].person]);
  g_free (item->due_date);
  item->due_date = g_strdup (pekppp_aspects[aspect].due_date);
  if (state != '-')
    {
      g_free (item->effective_date);
      item->effective_date = g_strdup (effective);
    }

  switch (state)
    {
    case 'V':
      item->status = ZONA_EVIDENCE_DIVERIFIKASI;
      break;
    case 'M':
      item->status = ZONA_EVIDENCE_MEMENUHI;
      break;
    case 'U':
      item->status = ZONA_EVIDENCE_DIUNGGAH;
      break;
    case 'P':
      item->status = ZONA_EVIDENCE_PERLU_PERBAIKAN;
      g_free (item->reviewer_comment);
      item->reviewer_comment = g_strdup (reviewer_comments[(*n_to_fix)++ %
                                                          G_N_ELEMENTS (reviewer_comments)]);
      break;
    default:
      item->status = ZONA_EVIDENCE_BELUM_ADA;
      break;
    }

  return zona_store_update_evidence_item (store, item, error);
}

/* Two items the clerk added: a photo for Disdukcapil's KB-03, judged good, and a statement
 * Dinkes still owes, past its date. */
static gboolean
add_own_items (ZonaStore    *store,
               const char   *folder,
               guint        *n_to_fix,
               GError      **error)
{
  g_autoptr(ZonaEvidenceItem) photo = NULL;
  g_autoptr(ZonaEvidenceItem) statement = NULL;
  g_autoptr(ZonaUnit) disdukcapil = NULL;
  g_autoptr(ZonaUnit) dinkes = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaAssessment) first = NULL;
  g_autoptr(ZonaAssessment) second = NULL;
  gint64 id;

  if ((region = zona_store_get_region (store, "35.77", error)) == NULL ||
      (disdukcapil = zona_store_find_unit (store, "35.77", "Disdukcapil", error)) == NULL ||
      (dinkes = zona_store_find_unit (store, "35.77", "Dinkes", error)) == NULL ||
      (first = zona_store_get_assessment (store, region->id, disdukcapil->id, "pekppp", 2024,
                                          error)) == NULL ||
      (second = zona_store_get_assessment (store, region->id, dinkes->id, "pekppp", 2024,
                                           error)) == NULL)
    return FALSE;

  if ((id = zona_store_add_evidence_item (store, first->id, "Foto papan informasi di Mal "
                                          "Pelayanan Publik", "KB-03", error)) == 0 ||
      (photo = zona_store_get_evidence_item (store, id, error)) == NULL ||
      !fill_item (store, folder, disdukcapil, &pekppp_checklists[0], photo, 'M', n_to_fix,
                  error))
    return FALSE;

  if ((id = zona_store_add_evidence_item (store, second->id, "Surat pernyataan kesanggupan "
                                          "mengikuti evaluasi", NULL, error)) == 0 ||
      (statement = zona_store_get_evidence_item (store, id, error)) == NULL)
    return FALSE;
  statement->person_in_charge = g_strdup (pekppp_checklists[2].people[0]);
  statement->due_date = g_strdup ("2024-02-09");
  statement->notes = g_strdup ("Ditandatangani Kepala Dinas Kesehatan, bermeterai.");

  return zona_store_update_evidence_item (store, statement, error);
}

/* Starts the round, as the window does, and works through each unit's checklist. */
static gboolean
add_checklists (ZonaStore  *store,
                GError    **error)
{
  gint64 unit_ids[G_N_ELEMENTS (pekppp_checklists)];
  g_autofree char *folder = NULL;
  gboolean ok = FALSE;
  guint n_to_fix = 0;

  for (guint i = 0; i < G_N_ELEMENTS (pekppp_checklists); i++)
    {
      g_autoptr(ZonaUnit) unit = zona_store_find_unit (store, "35.77", pekppp_checklists[i].unit,
                                                       error);

      if (unit == NULL)
        return FALSE;
      unit_ids[i] = unit->id;
    }

  if (!zona_store_start_round (store, "35.77", "pekppp", 2024, unit_ids,
                               G_N_ELEMENTS (unit_ids), NULL, error) ||
      (folder = g_dir_make_tmp ("zona-demo-XXXXXX", error)) == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (pekppp_checklists); i++)
    {
      const DemoChecklist *checklist = &pekppp_checklists[i];
      ZonaEvidenceFilter filter = { .unit_id = unit_ids[i], .scheme_id = "pekppp", .year = 2024 };
      g_autoptr(ZonaUnit) unit = NULL;
      g_autoptr(GPtrArray) items = NULL;
      gsize n_states = strlen (checklist->states);

      if ((unit = zona_store_get_unit (store, unit_ids[i], error)) == NULL ||
          (items = zona_store_list_evidence (store, &filter, error)) == NULL)
        goto out;

      for (guint k = 0; k < items->len; k++)
        if (!fill_item (store, folder, unit, checklist, g_ptr_array_index (items, k),
                        checklist->states[k % n_states], &n_to_fix, error))
          goto out;
    }

  ok = add_own_items (store, folder, &n_to_fix, error);

out:
  g_rmdir (folder);
  return ok;
}

/**
 * zona_demo_populate:
 * @store: a new database
 * @error: why it failed; nothing is written then
 *
 * Fills a database with the demo data of public figures: Kabupaten Madiun's 2023 Ombudsman
 * round and its seven awarded units, Kota Madiun's seven unit scores of 2023 and its PEKPPP
 * index, Kabupaten Mukomuko's 60,35 -> 90,02 -> 90,64 and Kabupaten Magetan's 2021 score.
 * Kota Madiun's PEKPPP round of 2024 carries evidence checklists for four units, partly done:
 * persons in charge by role, due dates from February to April 2024, every status including
 * overdue items and items to correct, and small documents (one-page PDFs, a CSV) made here
 * and marked as demo data.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_demo_populate (ZonaStore  *store,
                    GError    **error)
{
  if (!zona_store_begin (store, error))
    return FALSE;

  if (!add_units (store, "35.19", madiun_units, G_N_ELEMENTS (madiun_units), 2023,
                  "Pemerintah Kabupaten Madiun",
                  "Menerima piagam penghargaan Bupati Madiun, 23 April 2024; nilai unit tidak "
                  "dipublikasikan.", error) ||
      !add_units (store, "35.77", kota_madiun_units, G_N_ELEMENTS (kota_madiun_units), 2023,
                  "Ombudsman RI, hasil penilaian kepatuhan 2023",
                  "Data demo: pasangan unit dan nilai bersifat ilustrasi.", error) ||
      !add_checklists (store, error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (region_scores); i++)
    {
      g_autoptr(ZonaRegion) region = zona_store_get_region (store, region_scores[i].region, error);
      ZonaAssessment assessment = { 0 };

      if (region == NULL)
        goto failed;

      assessment.region_id = region->id;
      assessment.scheme_id = (char *) region_scores[i].scheme;
      assessment.year = region_scores[i].year;
      assessment.has_score = TRUE;
      assessment.score = region_scores[i].score;
      assessment.origin = ZONA_ORIGIN_ENTERED;
      assessment.status = ZONA_STATUS_FINAL;
      assessment.source = (char *) region_scores[i].source;

      if (zona_store_set_assessment (store, &assessment, error) == 0)
        goto failed;
    }

  return zona_store_commit (store, error);

failed:
  g_prefix_error (error, _("The demo data could not be written: "));
  zona_store_rollback (store);
  return FALSE;
}

/**
 * zona_demo_create:
 * @path: where the new demo database goes
 * @error: why it failed; a file of that name that already existed is left alone
 *
 * Creates a new database holding the demo data. A failure leaves no file behind, so that a
 * later attempt starts afresh.
 *
 * Returns: (transfer full): the store, or %NULL
 */
ZonaStore *
zona_demo_create (const char  *path,
                  GError     **error)
{
  g_autoptr(ZonaStore) store = zona_store_create (path, error);

  if (store == NULL)
    return NULL;

  if (!zona_demo_populate (store, error))
    {
      g_clear_object (&store);
      zona_store_remove_files (path);
      return NULL;
    }

  return g_steal_pointer (&store);
}
