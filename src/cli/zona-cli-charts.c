/* zona-cli-charts.c — zona-cli chart: a region's or a unit's scores drawn into a PNG or SVG
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
  g_autofree char *region_name = NULL;
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
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
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

  if (region_name == NULL || scheme_id == NULL || output == NULL)
    return zona_cli_usage (cli, _("--region, --scheme and --output are required"));
  if (!zona_chart_format_from_path (output, &format))
    return zona_cli_usage (cli, _("“%s” is neither a .png nor a .svg file"), output);

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL ||
      (unit_name != NULL &&
       (unit = zona_store_find_unit (store, region->code, unit_name, &error)) == NULL) ||
      (chart = zona_chart_new_for_subject (store, region->code, unit ? unit->id : 0, scheme_id,
                                           with_units, &error)) == NULL)
    return zona_cli_fail (cli, error);

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
