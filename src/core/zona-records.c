/* zona-records.c — plain records read from and written to the store
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-records.h"

const char *
zona_region_kind_to_string (ZonaRegionKind kind)
{
  switch (kind)
    {
    case ZONA_REGION_PROVINSI:
      return "provinsi";
    case ZONA_REGION_KABUPATEN:
      return "kabupaten";
    case ZONA_REGION_KOTA:
      return "kota";
    default:
      g_return_val_if_reached ("kabupaten");
    }
}

gboolean
zona_region_kind_from_string (const char     *text,
                              ZonaRegionKind *out_kind)
{
  if (g_strcmp0 (text, "provinsi") == 0)
    *out_kind = ZONA_REGION_PROVINSI;
  else if (g_strcmp0 (text, "kabupaten") == 0)
    *out_kind = ZONA_REGION_KABUPATEN;
  else if (g_strcmp0 (text, "kota") == 0)
    *out_kind = ZONA_REGION_KOTA;
  else
    return FALSE;

  return TRUE;
}

/**
 * zona_region_kind_head_title:
 * @kind: a region kind
 *
 * Returns: the title of the head of such a region: Gubernur, Bupati or Wali Kota
 */
const char *
zona_region_kind_head_title (ZonaRegionKind kind)
{
  switch (kind)
    {
    case ZONA_REGION_PROVINSI:
      return "Gubernur";
    case ZONA_REGION_KABUPATEN:
      return "Bupati";
    case ZONA_REGION_KOTA:
      return "Wali Kota";
    default:
      g_return_val_if_reached ("Bupati");
    }
}

/**
 * zona_region_code_is_valid:
 * @code: a Kemendagri code
 * @out_kind: (out) (optional): the kind of region the code denotes
 *
 * Checks the shape of a Kemendagri code: two digits for a province ("35"), two more after a dot
 * for a kabupaten (01-69, "35.19") or a kota (71-99, "35.77").
 *
 * Returns: %TRUE when @code is well formed
 */
gboolean
zona_region_code_is_valid (const char     *code,
                           ZonaRegionKind *out_kind)
{
  ZonaRegionKind kind;
  int second;

  if (code == NULL || !g_ascii_isdigit (code[0]) || !g_ascii_isdigit (code[1]))
    return FALSE;

  if (code[0] == '0' && code[1] == '0')
    return FALSE;

  if (code[2] == '\0')
    kind = ZONA_REGION_PROVINSI;
  else if (code[2] == '.' && g_ascii_isdigit (code[3]) && g_ascii_isdigit (code[4]) &&
           code[5] == '\0')
    {
      second = (code[3] - '0') * 10 + (code[4] - '0');
      if (second >= 1 && second <= 69)
        kind = ZONA_REGION_KABUPATEN;
      else if (second >= 71 && second <= 99)
        kind = ZONA_REGION_KOTA;
      else
        return FALSE;
    }
  else
    return FALSE;

  if (out_kind != NULL)
    *out_kind = kind;

  return TRUE;
}

void
zona_region_free (ZonaRegion *region)
{
  if (region == NULL)
    return;

  g_free (region->code);
  g_free (region->name);
  g_free (region->province_code);
  g_free (region->head_title);
  g_free (region);
}

void
zona_unit_free (ZonaUnit *unit)
{
  if (unit == NULL)
    return;

  g_free (unit->name);
  g_free (unit->short_name);
  g_free (unit->kind);
  g_free (unit);
}

void
zona_lineage_clear (ZonaLineage *lineage)
{
  g_clear_pointer (&lineage->kind, g_free);
}

ZonaAssessment *
zona_assessment_new (void)
{
  ZonaAssessment *assessment = g_new0 (ZonaAssessment, 1);

  assessment->origin = ZONA_ORIGIN_ENTERED;
  assessment->status = ZONA_STATUS_DRAFT;

  return assessment;
}

void
zona_assessment_free (ZonaAssessment *assessment)
{
  if (assessment == NULL)
    return;

  g_free (assessment->scheme_id);
  g_free (assessment->award);
  g_free (assessment->assessor);
  g_free (assessment->source);
  g_free (assessment->notes);
  g_free (assessment->unit_name);
  g_free (assessment);
}

void
zona_trend_point_free (ZonaTrendPoint *point)
{
  if (point == NULL)
    return;

  g_free (point->subject_name);
  g_free (point);
}

void
zona_region_score_free (ZonaRegionScore *score)
{
  g_free (score);
}

void
zona_ranking_free (ZonaRanking *ranking)
{
  if (ranking == NULL)
    return;

  g_free (ranking->code);
  g_free (ranking->name);
  g_free (ranking);
}
