/* zona-cli-assess.c — zona-cli assess, trend and rank
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zona-aggregate.h"
#include "zona-cli-private.h"

/* The category columns every listing shows. */
static void
add_category_json (JsonBuilder      *builder,
                   const ZonaBand   *band)
{
  zona_cli_add_string (builder, "category", band ? band->code : NULL);
  zona_cli_add_string (builder, "label", band ? band->label : NULL);
  zona_cli_add_string (builder, "zone", band ? band->zone : NULL);
}

static char *
category_text (const ZonaBand *band)
{
  if (band == NULL)
    return g_strdup ("—");

  return g_strdup_printf ("%s (%s)", band->name, band->label);
}

/* Resolves --region and the optional --unit of a command. */
static gboolean
find_subject (ZonaStore    *store,
              const char   *region_name,
              const char   *unit_name,
              ZonaRegion  **out_region,
              ZonaUnit    **out_unit,
              GError      **error)
{
  *out_region = zona_cli_find_region (store, region_name, error);
  if (*out_region == NULL)
    return FALSE;

  *out_unit = NULL;
  if (unit_name != NULL)
    {
      *out_unit = zona_store_find_unit (store, (*out_region)->code, unit_name, error);
      if (*out_unit == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_rank (const char  *text,
            int         *out_rank,
            int         *out_of,
            GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", 2);
  guint64 rank = 0;
  guint64 of = 0;

  if (!g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1, 100000, &rank, NULL) ||
      (parts[1] != NULL &&
       !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 1, 100000, &of, NULL)) ||
      (of != 0 && rank > of))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” is not a rank: write it as 91 or 91/98"), text);
      return FALSE;
    }

  *out_rank = rank;
  *out_of = of;

  return TRUE;
}

static int
assess_set (ZonaCli  *cli,
            int       argc,
            char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(GHashTable) indicators = NULL;
  g_autoptr(ZonaAssessment) existing = NULL;
  g_autofree char *region_name = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *scheme_id = NULL;
  g_autofree char *score = NULL;
  g_autofree char *rank = NULL;
  g_autofree char *award = NULL;
  g_autofree char *status = NULL;
  g_autofree char *source = NULL;
  g_autofree char *assessor = NULL;
  g_autofree char *notes = NULL;
  g_auto(GStrv) indicator_args = NULL;
  g_autoptr(ZonaAssessment) saved = NULL;
  const ZonaScheme *scheme;
  const ZonaBand *band;
  ZonaAssessment assessment = { 0 };
  gint64 id;
  int year = 0;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name, N_("The unit; without it, the region itself"), N_("NAME") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("ombudsman, pekppp, pengaduan, …"), N_("SCHEME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The assessment year"), N_("YEAR") },
    { "score", 0, 0, G_OPTION_ARG_STRING, &score, N_("The total, e.g. 90,02"), N_("SCORE") },
    { "indicator", 0, 0, G_OPTION_ARG_STRING_ARRAY, &indicator_args,
      N_("An indicator or dimension score; the total is computed (repeatable)"), N_("CODE=SCORE") },
    { "rank", 0, 0, G_OPTION_ARG_STRING, &rank, N_("The published rank, e.g. 91/98"), N_("RANK") },
    { "award", 0, 0, G_OPTION_ARG_STRING, &award, N_("An award, e.g. Top 10"), N_("TEXT") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status, N_("draft or final"), N_("STATUS") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Where the result was published"), N_("TEXT") },
    { "assessor", 0, 0, G_OPTION_ARG_STRING, &assessor, N_("Who assessed"), N_("TEXT") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("Record a region’s or unit’s result for a scheme and year."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (region_name == NULL || scheme_id == NULL || year == 0)
    return zona_cli_usage (cli, _("--region, --scheme and --year are required"));

  if (status != NULL && !g_str_equal (status, "draft") && !g_str_equal (status, "final"))
    return zona_cli_usage (cli, _("--status must be draft or final"));

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (scheme = zona_store_find_scheme (store, scheme_id, &error)) == NULL ||
      !find_subject (store, region_name, unit_name, &region, &unit, &error))
    return zona_cli_fail (cli, error);

  /* A correction changes what is given and keeps the rest of an existing result. */
  existing = zona_store_get_assessment (store, region->id, unit ? unit->id : 0, scheme_id, year,
                                        NULL);
  if (existing != NULL)
    {
      assessment = *existing;
      assessment.origin = ZONA_ORIGIN_ENTERED;
    }

  assessment.region_id = region->id;
  assessment.unit_id = unit ? unit->id : 0;
  assessment.scheme_id = scheme_id;
  assessment.year = year;
  if (award != NULL)
    assessment.award = award;
  if (source != NULL)
    assessment.source = source;
  if (assessor != NULL)
    assessment.assessor = assessor;
  if (notes != NULL)
    assessment.notes = notes;
  if (status != NULL)
    assessment.status = g_str_equal (status, "final") ? ZONA_STATUS_FINAL : ZONA_STATUS_DRAFT;

  /* Indicator scores replace the total, which core computes from them; a total given as well
   * is refused by core. */
  if (indicator_args != NULL)
    assessment.has_score = FALSE;

  if (score != NULL)
    {
      if (!zona_score_parse (score, scheme->scale_min, scheme->scale_max, &assessment.score, &error))
        return zona_cli_fail (cli, error);
      assessment.has_score = TRUE;
    }

  if (rank != NULL &&
      !parse_rank (rank, &assessment.published_rank, &assessment.published_rank_of, &error))
    return zona_cli_fail (cli, error);

  for (guint i = 0; indicator_args != NULL && indicator_args[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (indicator_args[i], "=", 2);
      ZonaScore value;

      if (pair[1] == NULL)
        return zona_cli_usage (cli, _("write --indicator as CODE=SCORE, not “%s”"),
                               indicator_args[i]);

      if (!zona_score_parse (pair[1], scheme->scale_min, scheme->scale_max, &value, &error))
        {
          g_prefix_error (&error, "%s: ", g_strstrip (pair[0]));
          return zona_cli_fail (cli, error);
        }

      if (indicators == NULL)
        indicators = zona_score_table_new ();
      if (g_hash_table_contains (indicators, g_strstrip (pair[0])))
        return zona_cli_usage (cli, _("--indicator %s is given twice"), pair[0]);
      zona_score_table_set (indicators, pair[0], value);
    }

  if (indicators != NULL)
    assessment.origin = ZONA_ORIGIN_COMPUTED;

  /* A total typed over a result computed from its indicators replaces them, as in the window:
   * they would no longer add up to it. The same total again keeps them. */
  if (indicators == NULL && score != NULL &&
      !(existing != NULL && existing->has_score && existing->score == assessment.score))
    id = zona_store_record_total (store, &assessment, &error);
  else
    id = zona_store_record_assessment (store, &assessment, indicators, &error);
  if (id == 0)
    return zona_cli_fail (cli, error);

  saved = zona_store_get_assessment (store, region->id, assessment.unit_id, scheme_id, year,
                                     &error);
  if (saved == NULL)
    return zona_cli_fail (cli, error);

  band = saved->has_score ? zona_scheme_classify (scheme, year, saved->score, NULL) : NULL;

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      zona_cli_add_int (builder, "id", TRUE, id);
      zona_cli_add_score (builder, "score", saved->has_score, saved->score);
      add_category_json (builder, band);
      json_builder_end_object (builder);
      zona_cli_print_json (builder);
    }
  else
    {
      g_autofree char *text = saved->has_score ? zona_score_format (saved->score) : NULL;
      g_autofree char *category = category_text (band);

      printf (_("Recorded %s %d for %s: %s %s\n"), scheme->short_name, year,
              unit ? unit->name : region->name, text ? text : "—", saved->has_score ? category : "");
    }

  return 0;
}

static int
assess_list (ZonaCli  *cli,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *region_name = NULL;
  g_autofree char *scheme_id = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("Only this scheme"), N_("SCHEME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only this year"), N_("YEAR") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("List a region’s and its units’ assessments."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (region_name == NULL)
    return zona_cli_usage (cli, _("--region is required"));

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (scheme_id != NULL && zona_store_find_scheme (store, scheme_id, &error) == NULL) ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL ||
      (rows = zona_store_list_assessments (store, region->code, scheme_id, year, &error)) == NULL)
    return zona_cli_fail (cli, error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      const ZonaAssessment *row = g_ptr_array_index (rows, i);
      const ZonaScheme *scheme = zona_store_find_scheme (store, row->scheme_id, NULL);
      const ZonaBand *band = NULL;
      const char *subject = row->unit_name ? row->unit_name : region->name;

      if (scheme != NULL && row->has_score)
        band = zona_scheme_classify (scheme, row->year, row->score, NULL);

      if (!cli->json)
        {
          g_autofree char *text = row->has_score ? zona_score_format (row->score) : g_strdup ("—");
          g_autofree char *category = category_text (band);

          printf ("%-10s %d  %-45s %7s  %s%s\n", row->scheme_id, row->year, subject, text,
                  category, row->status == ZONA_STATUS_DRAFT ? _(" [draft]") : "");
          continue;
        }

      json_builder_begin_object (builder);
      zona_cli_add_int (builder, "id", TRUE, row->id);
      zona_cli_add_string (builder, "scheme", row->scheme_id);
      zona_cli_add_int (builder, "year", TRUE, row->year);
      zona_cli_add_string (builder, "region", region->code);
      zona_cli_add_string (builder, "unit", row->unit_name);
      zona_cli_add_score (builder, "score", row->has_score, row->score);
      add_category_json (builder, band);
      zona_cli_add_string (builder, "status", row->status == ZONA_STATUS_FINAL ? "final" : "draft");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (cli->json)
    zona_cli_print_json (builder);

  return 0;
}

int
zona_cli_assess (ZonaCli  *cli,
                 int       argc,
                 char    **argv)
{
  static const char *verbs[] = { "set", "list", NULL };
  static int (*runs[]) (ZonaCli *, int, char **) = { assess_set, assess_list };

  return zona_cli_dispatch (cli, argc, argv, "assess", verbs, runs);
}

int
zona_cli_trend (ZonaCli  *cli,
                int       argc,
                char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GPtrArray) region_years = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *region_name = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *scheme_id = NULL;
  const ZonaScheme *scheme;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name, N_("One of its units"), N_("NAME") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("ombudsman, pekppp, …"), N_("SCHEME") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("Show a region’s or unit’s score year by year, with its "
                                    "category and the change from the year before."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (region_name == NULL || scheme_id == NULL)
    return zona_cli_usage (cli, _("--region and --scheme are required"));

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (scheme = zona_store_find_scheme (store, scheme_id, &error)) == NULL ||
      !find_subject (store, region_name, unit_name, &region, &unit, &error) ||
      (points = zona_store_trend (store, region->code, unit ? unit->id : 0, scheme_id,
                                  &error)) == NULL)
    return zona_cli_fail (cli, error);

  /* For a region, what its units' mean says beside a published score. */
  if (unit == NULL &&
      (region_years = zona_store_region_scores (store, region->code, scheme_id, &error)) == NULL)
    return zona_cli_fail (cli, error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < points->len; i++)
    {
      const ZonaTrendPoint *point = g_ptr_array_index (points, i);
      const ZonaRegionScore *year = region_years ? g_ptr_array_index (region_years, i) : NULL;
      const ZonaBand *band = point->has_score
                             ? zona_scheme_classify (scheme, point->year, point->score, NULL)
                             : NULL;
      g_autofree char *delta = point->has_delta ? zona_score_format_change (point->delta) : NULL;
      g_autofree char *mean = year && year->n_units > 0 ? zona_score_format (year->units_mean)
                                                        : NULL;

      if (!cli->json)
        {
          g_autofree char *text = point->has_score ? zona_score_format (point->score)
                                                   : g_strdup ("—");
          g_autofree char *category = category_text (band);

          printf ("%d  %7s  %-8s  %s", point->year, text, delta ? delta : "", category);
          if (unit != NULL && g_strcmp0 (point->subject_name, unit->name) != 0)
            printf (_("  (as %s)"), point->subject_name);
          if (year != NULL && year->from_units)
            printf (_("  (mean of %u units)"), year->n_units);
          else if (year != NULL && year->n_units > 0 && year->units_mean != year->score)
            printf (_("  (published; the mean of its %u units is %s)"), year->n_units, mean);
          printf ("\n");
          continue;
        }

      json_builder_begin_object (builder);
      zona_cli_add_int (builder, "year", TRUE, point->year);
      zona_cli_add_score (builder, "score", point->has_score, point->score);
      add_category_json (builder, band);
      zona_cli_add_string (builder, "delta", delta);
      zona_cli_add_string (builder, "name", point->subject_name);
      if (year != NULL)
        {
          zona_cli_add_score (builder, "published", year->has_published, year->published);
          zona_cli_add_score (builder, "units_mean", year->n_units > 0, year->units_mean);
          zona_cli_add_int (builder, "units", TRUE, year->n_units);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (cli->json)
    zona_cli_print_json (builder);

  return 0;
}

int
zona_cli_rank (ZonaCli  *cli,
               int       argc,
               char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GPtrArray) entries_found = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *region_name = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *scheme_id = NULL;
  const ZonaScheme *scheme;
  ZonaRegionKind kind;
  int year = 0;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("Rank this region’s units"), N_("REGION") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name, N_("Rank the regions of a group: provinsi, kabupaten or kota"), N_("KIND") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("ombudsman, pekppp, …"), N_("SCHEME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year"), N_("YEAR") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("Rank a region’s units, or the regions of a group, by "
                                    "their score in one year."), entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (scheme_id == NULL || year == 0 || (region_name == NULL) == (kind_name == NULL))
    return zona_cli_usage (cli, _("--scheme, --year and either --region or --kind are required"));

  if (kind_name != NULL && !zona_region_kind_from_string (kind_name, &kind))
    return zona_cli_usage (cli, _("--kind must be provinsi, kabupaten or kota"));

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (scheme = zona_store_find_scheme (store, scheme_id, &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (region_name != NULL)
    {
      if ((region = zona_cli_find_region (store, region_name, &error)) == NULL ||
          (entries_found = zona_store_rank_units (store, region->code, scheme_id, year,
                                                  &error)) == NULL)
        return zona_cli_fail (cli, error);
    }
  else if ((entries_found = zona_store_rank_regions (store, kind, scheme_id, year, &error)) == NULL)
    return zona_cli_fail (cli, error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < entries_found->len; i++)
    {
      const ZonaRanking *entry = g_ptr_array_index (entries_found, i);
      const ZonaBand *band = zona_scheme_classify (scheme, year, entry->score, NULL);

      if (!cli->json)
        {
          g_autofree char *text = zona_score_format (entry->score);
          g_autofree char *category = category_text (band);

          printf ("%3u/%-3u %-6s %-45s %7s  %s\n", entry->rank, entries_found->len,
                  entry->code ? entry->code : "", entry->name, text, category);
          continue;
        }

      json_builder_begin_object (builder);
      zona_cli_add_int (builder, "rank", TRUE, entry->rank);
      zona_cli_add_int (builder, "of", TRUE, entries_found->len);
      zona_cli_add_string (builder, "code", entry->code);
      zona_cli_add_string (builder, "name", entry->name);
      zona_cli_add_score (builder, "score", TRUE, entry->score);
      add_category_json (builder, band);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (cli->json)
    zona_cli_print_json (builder);

  return 0;
}
