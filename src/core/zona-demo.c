/* zona-demo.c — the demo database of public figures
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-demo.h"
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

/**
 * zona_demo_populate:
 * @store: a new database
 * @error: why it failed; nothing is written then
 *
 * Fills a database with the demo data of public figures: Kabupaten Madiun's 2023 Ombudsman
 * round and its seven awarded units, Kota Madiun's seven unit scores of 2023 and its PEKPPP
 * index, Kabupaten Mukomuko's 60,35 -> 90,02 -> 90,64 and Kabupaten Magetan's 2021 score.
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
                  "Data demo: pasangan unit dan nilai bersifat ilustrasi.", error))
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
