/* zona-cli-charts.c — zona-cli chart and compare: a region's or a unit's scores drawn into a
 * PNG or SVG, and two years side by side
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zona-chart-data.h"
#include "zona-chart-render.h"
#include "zona-cli-private.h"
#include "zona-compare.h"
#include "zona-report.h"

/* The picture is painted by the same code as the window's chart (src/render), so that what a
 * script exports matches what the clerk saw. */

int
zona_cli_chart (ZonaCli  *cli,
                int       argc,
                char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(ZonaChart) chart = NULL;
  g_auto(GStrv) region_names = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *scheme_id = NULL;
  g_autofree char *output = NULL;
  gboolean with_units = FALSE;
  gboolean dark = FALSE;
  int width = 960;
  int height = 480;
  ZonaChartFormat format;
  ZonaChartStyle style;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING_ARRAY, &region_names, N_("The region’s code or name; given again, a line for each region"), N_("REGION") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name, N_("One of its units"), N_("NAME") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("ombudsman, pekppp, …"), N_("SCHEME") },
    { "units", 0, 0, G_OPTION_ARG_NONE, &with_units, N_("A line for each of the region’s units too"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The picture: a .png or .svg file"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (default 960)"), N_("N") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (default 480)"), N_("N") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Light text on a dark background"), NULL },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("Draw a region’s or unit’s scores year by year, over the "
                                    "category bands of each year’s methodology, into a PNG or "
                                    "SVG file."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (region_names == NULL || scheme_id == NULL || output == NULL)
    return zona_cli_usage (cli, _("--region, --scheme and --output are required"));
  if (g_strv_length (region_names) > 1 && (unit_name != NULL || with_units))
    return zona_cli_usage (cli, _("Several regions are compared by their own scores: leave out "
                                  "--unit and --units"));
  if (!zona_chart_format_from_path (output, &format))
    return zona_cli_usage (cli, _("“%s” is neither a .png nor a .svg file"), output);

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_names[0], &error)) == NULL ||
      (unit_name != NULL &&
       (unit = zona_store_find_unit (store, region->code, unit_name, &error)) == NULL) ||
      (chart = zona_chart_new_for_subject (store, region->code, unit ? unit->id : 0, scheme_id,
                                           with_units, &error)) == NULL)
    return zona_cli_fail (cli, error);

  /* The other regions, a line each. */
  for (guint i = 1; region_names[i] != NULL; i++)
    {
      g_autoptr(ZonaRegion) other = zona_cli_find_region (store, region_names[i], &error);

      if (other == NULL || !zona_chart_add_region (chart, store, other->code, &error))
        return zona_cli_fail (cli, error);
    }

  if (chart->series->len == 0 ||
      ((ZonaChartSeries *) g_ptr_array_index (chart->series, 0))->points->len == 0)
    {
      g_set_error (&error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("%s has no %s score to draw"),
                   unit != NULL ? unit->name : region->name, chart->scheme->short_name);
      return zona_cli_fail (cli, error);
    }

  zona_chart_set_marker_label (chart, _("New methodology"));
  zona_chart_style_init (&style, dark);
  if (!zona_chart_write (chart, format, width, height, &style, output, &error))
    return zona_cli_fail (cli, error);

  return 0;
}

/* @text padded with spaces, or cut with an ellipsis, to @width characters (not bytes: names
 * and the dash are UTF-8), on the left when @right. */
static char *
fit (const char *text,
     guint       width,
     gboolean    right)
{
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *cut = NULL;
  g_autofree char *padding = NULL;

  if (length > (glong) width)
    {
      cut = g_utf8_substring (text, 0, width - 1);
      return g_strconcat (cut, "…", NULL);
    }

  padding = g_strnfill (width - length, ' ');

  return right ? g_strconcat (padding, text, NULL) : g_strconcat (text, padding, NULL);
}

static char *
band_text (const ZonaBand *band)
{
  if (band->zone == NULL)
    return g_strdup (band->name);

  /* Translators: a category and its zone, "Kategori C (zona kuning)" */
  return g_strdup_printf (_("%s (zona %s)"), band->name, band->zone);
}

static void
print_row (const ZonaComparison *row,
           gboolean              unit)
{
  g_autofree char *from = row->has_from ? zona_score_format (row->from) : g_strdup ("—");
  g_autofree char *to = row->has_to ? zona_score_format (row->to) : g_strdup ("—");
  g_autofree char *change = row->has_change ? zona_score_format_change (row->change)
                                            : g_strdup ("");
  g_autofree char *rank = row->rank > 0 ? g_strdup_printf ("%u/%u", row->rank, row->rank_of)
                                        : g_strdup ("");
  g_autofree char *category = NULL;
  g_autofree char *name = fit (row->name, unit ? 38 : 40, FALSE);
  g_autofree char *from_column = fit (from, 8, TRUE);
  g_autofree char *to_column = fit (to, 8, TRUE);
  g_autofree char *change_column = fit (change, 8, TRUE);
  g_autofree char *rank_column = fit (rank, 7, FALSE);

  if (row->from_band != NULL && row->to_band != NULL && row->category_changed)
    {
      g_autofree char *before = band_text (row->from_band);
      g_autofree char *after = band_text (row->to_band);

      /* Translators: a category that changed between two years,
       * "Kategori C (zona kuning) → Kategori A (zona hijau)" */
      category = g_strdup_printf (_("%s → %s"), before, after);
    }
  else if (row->to_band != NULL)
    category = band_text (row->to_band);
  else
    category = g_strdup ("");

  printf ("%s%s %s %s %s  %s %s\n", unit ? "  " : "", name, from_column, to_column,
          change_column, rank_column, category);

  for (guint i = 0; i < row->movers->len; i++)
    {
      const ZonaIndicatorMove *move = g_ptr_array_index (row->movers, i);
      g_autofree char *effect = zona_score_format_change (move->effect);

      /* Translators: an indicator that moved a total, "KB-01 Standar pelayanan: +1,23 of the
       * total" */
      printf (_("%s    %s %s: %s of the total\n"), unit ? "  " : "", move->code, move->name,
              effect);
    }
}

static void
add_comparison_json (JsonBuilder          *builder,
                     const ZonaComparison *row)
{
  json_builder_begin_object (builder);
  zona_cli_add_string (builder, "name", row->name);
  zona_cli_add_string (builder, "region", row->region_code);
  zona_cli_add_int (builder, "unit_id", row->unit_id != 0, row->unit_id);
  zona_cli_add_score (builder, "from", row->has_from, row->from);
  zona_cli_add_score (builder, "to", row->has_to, row->to);
  zona_cli_add_score (builder, "change", row->has_change, row->change);
  zona_cli_add_string (builder, "from_category", row->from_band ? row->from_band->code : NULL);
  zona_cli_add_string (builder, "to_category", row->to_band ? row->to_band->code : NULL);
  json_builder_set_member_name (builder, "category_changed");
  json_builder_add_boolean_value (builder, row->category_changed);
  zona_cli_add_int (builder, "rank", row->rank > 0, row->rank);
  zona_cli_add_int (builder, "rank_of", row->rank > 0, row->rank_of);
  json_builder_set_member_name (builder, "movers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < row->movers->len; i++)
    {
      const ZonaIndicatorMove *move = g_ptr_array_index (row->movers, i);

      json_builder_begin_object (builder);
      zona_cli_add_string (builder, "code", move->code);
      zona_cli_add_string (builder, "name", move->name);
      zona_cli_add_score (builder, "from", TRUE, move->from);
      zona_cli_add_score (builder, "to", TRUE, move->to);
      zona_cli_add_score (builder, "effect", TRUE, move->effect);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

int
zona_cli_compare (ZonaCli  *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *region_name = NULL;
  g_autofree char *scheme_id = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  int from_year, to_year;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("ombudsman, pekppp, …"), N_("SCHEME") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("The earlier year"), N_("YEAR") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("The later year"), N_("YEAR") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("Compare a region and its units between two years: the "
                                    "scores, the change, the categories, the rank in the later "
                                    "year, and the indicators that moved a total most."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (region_name == NULL || scheme_id == NULL || from_text == NULL || to_text == NULL)
    return zona_cli_usage (cli, _("--region, --scheme, --from and --to are required"));
  if (!zona_cli_parse_year (from_text, &from_year, &error) ||
      !zona_cli_parse_year (to_text, &to_year, &error))
    return zona_cli_usage (cli, "%s", error->message);

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL ||
      (rows = zona_compare_region (store, region->code, scheme_id, from_year, to_year,
                                   &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < rows->len; i++)
        add_comparison_json (builder, g_ptr_array_index (rows, i));
      json_builder_end_array (builder);
      zona_cli_print_json (builder);
      return 0;
    }

  /* The heading of the table: the two years, the change, the rank, the category. */
  {
    g_autofree char *blank = fit ("", 40, FALSE);
    g_autofree char *from_column = g_strdup_printf ("%8d", from_year);
    g_autofree char *to_column = g_strdup_printf ("%8d", to_year);
    g_autofree char *change_column = fit (_("Change"), 8, TRUE);
    g_autofree char *rank_column = fit (_("Rank"), 7, FALSE);

    printf ("%s %s %s %s  %s %s\n", blank, from_column, to_column, change_column, rank_column,
            _("Category"));
  }
  for (guint i = 0; i < rows->len; i++)
    print_row (g_ptr_array_index (rows, i), i > 0);

  return 0;
}

int
zona_cli_report (ZonaCli  *cli,
                 int       argc,
                 char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autofree char *region_name = NULL;
  g_autofree char *scheme_id = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *date = NULL;
  g_autofree char *lower = NULL;
  int year;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("ombudsman, pekppp, …"), N_("SCHEME") },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text, N_("The year reported on"), N_("YEAR") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The report: a .pdf file"), N_("FILE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The date printed, 2024-04-23 (default today)"), N_("DATE") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("Write the one-page PDF report of a region’s year: its "
                                    "trend over the category bands, the change in one sentence, "
                                    "and each unit compared with the year before."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (region_name == NULL || scheme_id == NULL || year_text == NULL || output == NULL)
    return zona_cli_usage (cli, _("--region, --scheme, --year and --output are required"));
  if (!zona_cli_parse_year (year_text, &year, &error))
    return zona_cli_usage (cli, "%s", error->message);
  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    return zona_cli_usage (cli, _("“%s” is not a .pdf file"), output);
  if (date != NULL && !g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", date, 0, 0))
    return zona_cli_usage (cli, _("“%s” is not a date: write it as 2024-04-23"), date);

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL ||
      !zona_report_write (store, region->code, scheme_id, year, date, output, &error))
    return zona_cli_fail (cli, error);

  return 0;
}
