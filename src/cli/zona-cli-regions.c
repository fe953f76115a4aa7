/* zona-cli-regions.c — zona-cli region and zona-cli unit
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zona-cli-private.h"

static void
add_region_json (JsonBuilder      *builder,
                 const ZonaRegion *region)
{
  json_builder_begin_object (builder);
  zona_cli_add_string (builder, "code", region->code);
  zona_cli_add_string (builder, "kind", zona_region_kind_to_string (region->kind));
  zona_cli_add_string (builder, "name", region->name);
  zona_cli_add_string (builder, "province", region->province_code);
  zona_cli_add_string (builder, "head_title", region->head_title);
  json_builder_end_object (builder);
}

static int
print_regions (ZonaCli   *cli,
               GPtrArray *regions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < regions->len; i++)
    {
      const ZonaRegion *region = g_ptr_array_index (regions, i);

      if (cli->json)
        add_region_json (builder, region);
      else
        printf ("%-6s %-10s %s\n", region->code, zona_region_kind_to_string (region->kind),
                region->name);
    }
  json_builder_end_array (builder);

  if (cli->json)
    zona_cli_print_json (builder);

  return 0;
}

static int
region_add (ZonaCli  *cli,
            int       argc,
            char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  ZonaRegionKind kind;
  gint64 id;

  if (!zona_cli_parse (cli, _("CODE KIND NAME"),
                       _("Add a region, e.g. “region add 35.19 kabupaten \"Kabupaten Madiun\"”. "
                         "KIND is provinsi, kabupaten or kota."), NULL, &argc, &argv, 3, 3))
    return ZONA_CLI_USAGE;

  if (!zona_region_kind_from_string (argv[2], &kind))
    return zona_cli_usage (cli, _("the kind must be provinsi, kabupaten or kota, not “%s”"),
                           argv[2]);

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (id = zona_store_add_region (store, argv[1], kind, argv[3], &error)) == 0)
    return zona_cli_fail (cli, error);

  if (cli->json)
    zona_cli_print_id (id);
  else
    printf (_("Added %s %s\n"), argv[1], argv[3]);

  return 0;
}

static int
region_list (ZonaCli  *cli,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  gboolean all = FALSE;
  GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("All 552 regions, not only those with data"), NULL },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("List the regions that hold units or assessments."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (regions = zona_store_list_regions (store, all ? ZONA_REGION_LIST_ALL
                                                     : ZONA_REGION_LIST_WITH_DATA,
                                          &error)) == NULL)
    return zona_cli_fail (cli, error);

  return print_regions (cli, regions);
}

static int
region_find (ZonaCli  *cli,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(GPtrArray) regions = NULL;

  if (!zona_cli_parse (cli, _("NAME"),
                       _("Find regions by name or alias, e.g. “region find \"Kab. Madiun\"”."),
                       NULL, &argc, &argv, 1, 1))
    return ZONA_CLI_USAGE;

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (regions = zona_store_find_regions_by_name (store, argv[1], &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (regions->len == 0 && !cli->json)
    {
      fprintf (stderr, _("%s: no region is called “%s”\n"), cli->name, argv[1]);
      return ZONA_CLI_FAILED;
    }

  return print_regions (cli, regions);
}

int
zona_cli_region (ZonaCli  *cli,
                 int       argc,
                 char    **argv)
{
  static const char *verbs[] = { "add", "list", "find", NULL };
  static int (*runs[]) (ZonaCli *, int, char **) = { region_add, region_list, region_find };

  return zona_cli_dispatch (cli, argc, argv, "region", verbs, runs);
}

static int
unit_add (ZonaCli  *cli,
          int       argc,
          char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) parent = NULL;
  g_autofree char *region_name = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *parent_name = NULL;
  int from = 0;
  gint64 id;
  ZonaUnit unit = { 0 };
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "short", 0, 0, G_OPTION_ARG_STRING, &short_name, N_("A short name, e.g. Disdukcapil"), N_("NAME") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("dinas, badan, puskesmas, rsud, kecamatan, …"), N_("KIND") },
    { "parent", 0, 0, G_OPTION_ARG_STRING, &parent_name, N_("The unit it belongs to"), N_("NAME") },
    { "from", 0, 0, G_OPTION_ARG_INT, &from, N_("The first year it existed"), N_("YEAR") },
    { NULL }
  };

  if (!zona_cli_parse (cli, _("NAME"), _("Add a unit (OPD) to a region."),
                       entries, &argc, &argv, 1, 1))
    return ZONA_CLI_USAGE;

  if (region_name == NULL)
    return zona_cli_usage (cli, _("--region is required"));

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (parent_name != NULL &&
      (parent = zona_store_find_unit (store, region->code, parent_name, &error)) == NULL)
    return zona_cli_fail (cli, error);

  unit.name = argv[1];
  unit.short_name = short_name;
  unit.kind = kind;
  unit.parent_id = parent ? parent->id : 0;
  unit.valid_from = from;

  if ((id = zona_store_add_unit (store, region->code, &unit, &error)) == 0)
    return zona_cli_fail (cli, error);

  if (cli->json)
    zona_cli_print_id (id);
  else
    printf (_("Added “%s” to %s\n"), argv[1], region->name);

  return 0;
}

static int
unit_list (ZonaCli  *cli,
           int       argc,
           char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *region_name = NULL;
  gboolean all = FALSE;
  int year = 0;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The units that existed in that year"), N_("YEAR") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Also units that were renamed or merged"), NULL },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("List a region’s units."), entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (region_name == NULL)
    return zona_cli_usage (cli, _("--region is required"));

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL ||
      (units = zona_store_list_units (store, region->code, all ? -1 : year, &error)) == NULL)
    return zona_cli_fail (cli, error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < units->len; i++)
    {
      const ZonaUnit *unit = g_ptr_array_index (units, i);

      if (!cli->json)
        {
          printf ("%s", unit->name);
          if (unit->short_name != NULL)
            printf (" (%s)", unit->short_name);
          if (unit->valid_from != 0 || unit->valid_to != 0)
            {
              printf (" [");
              if (unit->valid_from != 0)
                printf ("%d", unit->valid_from);
              printf ("–");
              if (unit->valid_to != 0)
                printf ("%d", unit->valid_to);
              printf ("]");
            }
          printf ("\n");
          continue;
        }

      json_builder_begin_object (builder);
      zona_cli_add_int (builder, "id", TRUE, unit->id);
      zona_cli_add_string (builder, "name", unit->name);
      zona_cli_add_string (builder, "short_name", unit->short_name);
      zona_cli_add_string (builder, "kind", unit->kind);
      zona_cli_add_int (builder, "parent_id", unit->parent_id != 0, unit->parent_id);
      zona_cli_add_int (builder, "from", unit->valid_from != 0, unit->valid_from);
      zona_cli_add_int (builder, "to", unit->valid_to != 0, unit->valid_to);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (cli->json)
    zona_cli_print_json (builder);

  return 0;
}

static int
unit_rename (ZonaCli  *cli,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autofree char *region_name = NULL;
  g_autofree char *short_name = NULL;
  gint64 id;
  int year = 0;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "short", 0, 0, G_OPTION_ARG_STRING, &short_name, N_("The new short name"), N_("NAME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The first year under the new name"), N_("YEAR") },
    { NULL }
  };

  if (!zona_cli_parse (cli, _("NAME NEW-NAME"),
                       _("Rename a unit from a given year on; its history carries over."),
                       entries, &argc, &argv, 2, 2))
    return ZONA_CLI_USAGE;

  if (region_name == NULL || year == 0)
    return zona_cli_usage (cli, _("--region and --year are required"));

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL ||
      (unit = zona_store_find_unit (store, region->code, argv[1], &error)) == NULL ||
      (id = zona_store_rename_unit (store, unit->id, argv[2], short_name, year, &error)) == 0)
    return zona_cli_fail (cli, error);

  if (cli->json)
    zona_cli_print_id (id);
  else
    printf (_("“%s” is called “%s” from %d on\n"), unit->name, argv[2], year);

  return 0;
}

/* A unit named for a merge that is not in @region: when another region has a unit of that name,
 * the user most likely mixed up the regions, and is told so rather than "no such unit". */
static GError *
unit_not_in_region (ZonaStore        *store,
                    const ZonaRegion *region,
                    const char       *name,
                    GError           *not_found)
{
  g_autoptr(GPtrArray) regions = zona_store_list_regions (store, ZONA_REGION_LIST_WITH_DATA, NULL);

  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      const ZonaRegion *other = g_ptr_array_index (regions, i);
      g_autoptr(ZonaUnit) unit = NULL;

      if (other->id == region->id)
        continue;

      unit = zona_store_find_unit (store, other->code, name, NULL);
      if (unit != NULL)
        {
          g_error_free (not_found);
          return g_error_new (ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                              _("“%s” is a unit of %s (%s), not of %s (%s): only units of one "
                                "region can be merged"),
                              name, other->name, other->code, region->name, region->code);
        }
    }

  return not_found;
}

static int
unit_merge (ZonaCli  *cli,
            int       argc,
            char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) primary = NULL;
  g_autoptr(GArray) unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *region_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *short_name = NULL;
  guint n_units;
  gint64 id;
  int year = 0;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The first year of the merged unit"), N_("YEAR") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &new_name, N_("The merged unit’s name"), N_("NAME") },
    { "short", 0, 0, G_OPTION_ARG_STRING, &short_name, N_("The merged unit’s short name"), N_("NAME") },
    /* The name the issue gave it; --short is what "unit add" and "unit rename" take. */
    { "short-name", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &short_name, NULL, NULL },
    { NULL }
  };

  if (!zona_cli_parse (cli, _("UNIT UNIT…"),
                       _("Merge two or more units into a new one from a given year on, e.g. "
                         "“unit merge --region 35.77 --year 2025 --name \"Dinsos PPPA\" Dinsos "
                         "DP3A”. The first unit’s trend carries on under the new name."),
                       entries, &argc, &argv, 1, -1))
    return ZONA_CLI_USAGE;

  if (region_name == NULL || year == 0 || new_name == NULL)
    return zona_cli_usage (cli, _("--region, --year and --name are required"));

  n_units = argc - 1;
  if (n_units < 2)
    {
      g_set_error (&error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("Only “%s” was given: a merge needs two or more units; to give one unit a "
                     "new name, use “unit rename”"), argv[1]);
      return zona_cli_fail (cli, error);
    }

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL)
    return zona_cli_fail (cli, error);

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(ZonaUnit) unit = zona_store_find_unit (store, region->code, argv[i + 1], &error);

      if (unit == NULL)
        {
          if (g_error_matches (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND))
            error = unit_not_in_region (store, region, argv[i + 1], error);
          return zona_cli_fail (cli, error);
        }

      g_array_append_val (unit_ids, unit->id);
      if (i == 0)
        primary = g_steal_pointer (&unit);
    }

  id = zona_store_merge_units (store, (const gint64 *) (gpointer) unit_ids->data, unit_ids->len,
                               new_name, short_name, year, &error);
  if (id == 0)
    return zona_cli_fail (cli, error);

  if (cli->json)
    zona_cli_print_id (id);
  else
    printf (ngettext ("%u unit merged into “%s” from %d; the trend of “%s” carries on\n",
                      "%u units merged into “%s” from %d; the trend of “%s” carries on\n",
                      n_units),
            n_units, new_name, year, primary->name);

  return 0;
}

int
zona_cli_unit (ZonaCli  *cli,
               int       argc,
               char    **argv)
{
  static const char *verbs[] = { "add", "list", "rename", "merge", NULL };
  static int (*runs[]) (ZonaCli *, int, char **) = {
    unit_add, unit_list, unit_rename, unit_merge
  };

  return zona_cli_dispatch (cli, argc, argv, "unit", verbs, runs);
}
