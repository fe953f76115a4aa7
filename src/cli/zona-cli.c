/* zona-cli.c — the command-line front over Zona's core
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "zona-demo.h"
#include "zona-paths.h"
#include "zona-cli-private.h"

/* A byte that never starts an argument a user types. */
#define NEGATIVE_MARK '\x01'

/* Every command accepts --db and --json wherever they appear. */
gboolean
zona_cli_parse (ZonaCli        *cli,
                const char     *parameters,
                const char     *summary,
                GOptionEntry   *entries,
                int            *argc,
                char         ***argv,
                int             min_args,
                int             max_args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  gboolean parsed;
  GOptionEntry common[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database file"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &cli->json, N_("Print JSON for programs"), NULL },
    { NULL }
  };

  context = g_option_context_new (parameters);
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  /* A negative number ("-1") is a value the user typed, not an option: hide it from the
   * option parser behind a marker and restore it afterwards, so that it reaches the command
   * and gets a proper message. */
  for (int i = 1; i < *argc; i++)
    if ((*argv)[i][0] == '-' && g_ascii_isdigit ((*argv)[i][1]))
      (*argv)[i][0] = NEGATIVE_MARK;

  parsed = g_option_context_parse (context, argc, argv, &error);

  for (int i = 1; i < *argc; i++)
    if ((*argv)[i][0] == NEGATIVE_MARK)
      (*argv)[i][0] = '-';

  if (!parsed)
    {
      zona_cli_usage (cli, "%s", error->message);
      return FALSE;
    }

  if (db != NULL)
    {
      g_free (cli->db);
      cli->db = g_steal_pointer (&db);
    }

  /* argv[0] is the command itself. */
  if (*argc - 1 < min_args || (max_args >= 0 && *argc - 1 > max_args))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fprintf (stderr, "%s", help);
      return FALSE;
    }

  return TRUE;
}

int
zona_cli_usage (ZonaCli    *cli,
                const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "%s: %s\n", cli->name, message);
  fprintf (stderr, _("Run “%s --help” to see the commands.\n"), cli->name);

  return ZONA_CLI_USAGE;
}

int
zona_cli_fail (ZonaCli *cli,
               GError  *error)
{
  fprintf (stderr, "%s: %s\n", cli->name, error->message);

  return ZONA_CLI_FAILED;
}

static char *
database_path (ZonaCli *cli)
{
  return cli->db != NULL ? g_strdup (cli->db) : zona_get_default_database_path ();
}

ZonaStore *
zona_cli_open (ZonaCli  *cli,
               GError  **error)
{
  g_autofree char *path = database_path (cli);
  ZonaStore *store;

  store = zona_store_open (path, ZONA_STORE_OPEN_DEFAULT, error);
  if (store == NULL && g_error_matches (*error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND))
    {
      GError *missing = *error;

      *error = g_error_new (missing->domain, missing->code,
                            _("%s Create it with “zona-cli init” or “zona-cli demo”."),
                            missing->message);
      g_error_free (missing);
    }

  return store;
}

void
zona_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

/* What commands that add something print with --json: the new row's id. */
void
zona_cli_print_id (gint64 id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  zona_cli_add_int (builder, "id", TRUE, id);
  json_builder_end_object (builder);
  zona_cli_print_json (builder);
}

/* A text member, JSON null when @value is %NULL. */
void
zona_cli_add_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* A whole-number member, JSON null when @present is %FALSE. */
void
zona_cli_add_int (JsonBuilder *builder,
                  const char  *member,
                  gboolean     present,
                  gint64       value)
{
  json_builder_set_member_name (builder, member);
  if (present)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
zona_cli_add_score (JsonBuilder *builder,
                    const char  *member,
                    gboolean     has_score,
                    ZonaScore    score)
{
  g_autofree char *text = has_score ? zona_score_format (score) : NULL;

  zona_cli_add_string (builder, member, text);
}

/* A region is named by its Kemendagri code or by a name that matches exactly one region. */
ZonaRegion *
zona_cli_find_region (ZonaStore   *store,
                      const char  *code_or_name,
                      GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) names = NULL;

  if (zona_region_code_is_valid (code_or_name, NULL))
    return zona_store_get_region (store, code_or_name, error);

  found = zona_store_find_regions_by_name (store, code_or_name, error);
  if (found == NULL)
    return NULL;

  if (found->len == 1)
    {
      ZonaRegion *region = g_ptr_array_steal_index (found, 0);

      return region;
    }

  if (found->len == 0)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                   _("No region is called “%s”"), code_or_name);
      return NULL;
    }

  names = g_string_new (NULL);
  for (guint i = 0; i < found->len; i++)
    {
      ZonaRegion *region = g_ptr_array_index (found, i);

      g_string_append_printf (names, "%s%s (%s)", i > 0 ? ", " : "", region->name, region->code);
    }

  g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
               _("“%s” can mean %s: give the code"), code_or_name, names->str);

  return NULL;
}

int
zona_cli_dispatch (ZonaCli     *cli,
          int          argc,
          char       **argv,
          const char  *command,
          const char  *verbs[],
          int        (*runs[]) (ZonaCli *, int, char **))
{
  if (argc < 2)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) verbs);

      return zona_cli_usage (cli, _("“%s” needs one of: %s"), command, list);
    }

  for (guint i = 0; verbs[i] != NULL; i++)
    if (g_str_equal (argv[1], verbs[i]))
      {
        /* "zona-cli region add --help" shows the whole command in its usage line. */
        g_autofree char *prgname = g_strdup_printf ("%s %s %s", cli->name, command, verbs[i]);

        g_set_prgname (prgname);
        return runs[i] (cli, argc - 1, argv + 1);
      }

  return zona_cli_usage (cli, _("“%s %s” is not a command"), command, argv[1]);
}

static int
create_database (ZonaCli  *cli,
                 gboolean  demo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autofree char *path = database_path (cli);

  store = demo ? zona_demo_create (path, &error) : zona_store_create (path, &error);
  if (store == NULL)
    {
      if (g_error_matches (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS))
        {
          g_clear_error (&error);
          g_set_error (&error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                       _("“%s” already exists; choose another file with --db"), path);
        }
      return zona_cli_fail (cli, error);
    }

  if (!cli->json)
    printf (demo ? _("Created the demo database %s\n") : _("Created the database %s\n"), path);

  return 0;
}

static int
command_init (ZonaCli  *cli,
              int       argc,
              char    **argv)
{
  if (!zona_cli_parse (cli, NULL, _("Create a new database with the regions and the built-in "
                                    "schemes and no results yet."), NULL, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  return create_database (cli, FALSE);
}

static int
command_demo (ZonaCli  *cli,
              int       argc,
              char    **argv)
{
  if (!zona_cli_parse (cli, NULL, _("Create a new database holding the demo data of published "
                                    "figures."), NULL, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  return create_database (cli, TRUE);
}

static const char *
year_range (const ZonaSchemeVersion *version,
            char                    *buffer,
            gsize                    size)
{
  if (version->year_to == 0)
    g_snprintf (buffer, size, "%d-", version->year_from);
  else if (version->year_to == version->year_from)
    g_snprintf (buffer, size, "%d", version->year_from);
  else
    g_snprintf (buffer, size, "%d-%d", version->year_from, version->year_to);

  return buffer;
}

static int
command_schemes (ZonaCli  *cli,
                 int       argc,
                 char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *schemes;
  char years[32];

  g_autofree char *add = NULL;
  GOptionEntry entries[] = {
    { "add", 0, 0, G_OPTION_ARG_FILENAME, &add,
      N_("Add a scheme from a JSON file, or update the scheme with the same id"), N_("FILE") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("List the assessment schemes and their versions."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if ((store = zona_cli_open (cli, &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (add != NULL)
    {
      g_autoptr(ZonaScheme) scheme = zona_scheme_new_from_file (add, &error);

      if (scheme == NULL || !zona_store_save_scheme (store, scheme, FALSE, &error))
        return zona_cli_fail (cli, error);
    }

  schemes = zona_store_get_schemes (store);
  json_builder_begin_array (builder);

  for (guint i = 0; i < schemes->len; i++)
    {
      const ZonaScheme *scheme = g_ptr_array_index (schemes, i);

      if (!cli->json)
        printf ("%s\t%s\n", scheme->id, scheme->name);

      json_builder_begin_object (builder);
      zona_cli_add_string (builder, "id", scheme->id);
      zona_cli_add_string (builder, "name", scheme->name);
      zona_cli_add_string (builder, "result",
                           scheme->result == ZONA_SCHEME_RESULT_SCORE ? "score" : "award");
      zona_cli_add_score (builder, "scale_max", scheme->result == ZONA_SCHEME_RESULT_SCORE,
                          scheme->scale_max);
      json_builder_set_member_name (builder, "versions");
      json_builder_begin_array (builder);

      for (guint v = 0; v < scheme->versions->len; v++)
        {
          const ZonaSchemeVersion *version = g_ptr_array_index (scheme->versions, v);

          year_range (version, years, sizeof years);
          if (!cli->json)
            printf ("  %-10s %-20s %s%s\n", years, version->id, version->name,
                    version->bands->len == 0 ? _(" (no categories)") : "");

          json_builder_begin_object (builder);
          zona_cli_add_string (builder, "id", version->id);
          zona_cli_add_string (builder, "name", version->name);
          zona_cli_add_int (builder, "from", TRUE, version->year_from);
          zona_cli_add_int (builder, "to", version->year_to != 0, version->year_to);
          zona_cli_add_int (builder, "bands", TRUE, version->bands->len);
          zona_cli_add_int (builder, "dimensions", TRUE, version->dimensions->len);
          zona_cli_add_int (builder, "indicators", TRUE, zona_scheme_version_n_indicators (version));
          json_builder_end_object (builder);
        }

      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);

  if (cli->json)
    zona_cli_print_json (builder);

  return 0;
}

gboolean
zona_cli_parse_year (const char  *text,
            int         *out_year,
            GError     **error)
{
  guint64 year;

  if (!g_ascii_string_to_unsigned (text, 10, 1945, 9999, &year, NULL))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” is not a year"), text);
      return FALSE;
    }

  *out_year = (int) year;

  return TRUE;
}

static int
command_classify (ZonaCli  *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *reason = NULL;
  g_autofree char *score_text = NULL;
  const ZonaScheme *scheme;
  const ZonaBand *band;
  ZonaScore score;
  int year;

  if (!zona_cli_parse (cli, _("SCHEME YEAR SCORE"),
                       _("Give the category of a score by the rules of its year, e.g. "
                         "“classify ombudsman 2022 90,02”."), NULL, &argc, &argv, 3, 3))
    return ZONA_CLI_USAGE;

  if (!zona_cli_parse_year (argv[2], &year, &error))
    return zona_cli_fail (cli, error);

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (scheme = zona_store_find_scheme (store, argv[1], &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (scheme->result != ZONA_SCHEME_RESULT_SCORE)
    {
      g_set_error (&error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%s gives a rank or an award, not a score"), scheme->short_name);
      return zona_cli_fail (cli, error);
    }

  if (!zona_score_parse (argv[3], scheme->scale_min, scheme->scale_max, &score, &error))
    return zona_cli_fail (cli, error);

  band = zona_scheme_classify (scheme, year, score, &reason);
  score_text = zona_score_format (score);

  if (cli->json)
    {
      json_builder_begin_object (builder);
      zona_cli_add_string (builder, "scheme", scheme->id);
      zona_cli_add_int (builder, "year", TRUE, year);
      zona_cli_add_string (builder, "score", score_text);
      zona_cli_add_string (builder, "category", band ? band->code : NULL);
      zona_cli_add_string (builder, "name", band ? band->name : NULL);
      zona_cli_add_string (builder, "label", band ? band->label : NULL);
      zona_cli_add_string (builder, "opini", band ? band->opini : NULL);
      zona_cli_add_string (builder, "zone", band ? band->zone : NULL);
      zona_cli_add_string (builder, "colour", band ? band->colour : NULL);
      if (band == NULL)
        zona_cli_add_string (builder, "reason", reason);
      json_builder_end_object (builder);
      zona_cli_print_json (builder);
    }
  else if (band != NULL)
    {
      printf ("%s %d %s: %s — %s", scheme->short_name, year, score_text, band->name, band->label);
      if (band->zone != NULL)
        printf (" (zona %s)", band->zone);
      printf ("\n");
    }
  else
    printf (_("%s %d %s: no category. %s\n"), scheme->short_name, year, score_text, reason);

  return 0;
}

static const struct
{
  const char     *name;
  ZonaCliCommand  run;
  const char     *summary;
} commands[] = {
  { "init", command_init, N_("Create a new database without results") },
  { "demo", command_demo, N_("Create a database with the demo data") },
  { "schemes", command_schemes, N_("List the assessment schemes") },
  { "classify", command_classify, N_("Give the category of a score") },
  { "region", zona_cli_region, N_("Add, find or list regions") },
  { "unit", zona_cli_unit, N_("Add, list, rename or merge a region’s units (OPD)") },
  { "assess", zona_cli_assess, N_("Record or list assessments") },
  { "trend", zona_cli_trend, N_("Show a region’s or unit’s score year by year") },
  { "rank", zona_cli_rank, N_("Rank the units of a region or the regions of a group") },
  { "chart", zona_cli_chart, N_("Draw a region’s or unit’s scores into a PNG or SVG file") },
  { "compare", zona_cli_compare, N_("Compare a region and its units between two years") },
  { "report", zona_cli_report, N_("Write a region’s one-page trend report as PDF") },
  { "evidence", zona_cli_evidence,
    N_("List evidence checklists, update items, attach files, export packs, carry over") },
};

static void
print_help (const char *name)
{
  printf (_("Usage: %s [--db FILE] COMMAND [OPTIONS…]\n\n"), name);
  printf (_("Zona keeps public-service assessment results, evidence and award certificates.\n\n"));
  printf (_("Commands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    printf ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
  printf (_("\nRun “%s COMMAND --help” for a command’s options.\n"), name);
  printf (_("Without --db, the database is %s\n"), zona_get_default_database_path ());
}

int
main (int   argc,
      char *argv[])
{
  ZonaCli cli = { "zona-cli", NULL, FALSE };
  int first = 1;
  int status = ZONA_CLI_USAGE;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, zona_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Options before the command: --db FILE, --version, --help. */
  while (first < argc && argv[first][0] == '-')
    {
      if (g_str_equal (argv[first], "--version"))
        {
          printf ("zona-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else if (g_str_equal (argv[first], "--help") || g_str_equal (argv[first], "-h"))
        {
          print_help (cli.name);
          return 0;
        }
      else if (g_str_equal (argv[first], "--db") && first + 1 < argc)
        {
          g_free (cli.db);
          cli.db = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (argv[first], "--db="))
        {
          g_free (cli.db);
          cli.db = g_strdup (argv[first] + strlen ("--db="));
          first++;
        }
      else if (g_str_equal (argv[first], "--json"))
        {
          cli.json = TRUE;
          first++;
        }
      else
        {
          status = zona_cli_usage (&cli, _("unknown option “%s”"), argv[first]);
          goto out;
        }
    }

  if (first >= argc)
    {
      print_help (cli.name);
      goto out;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[first], commands[i].name))
        {
          g_autofree char *prgname = g_strdup_printf ("%s %s", cli.name, commands[i].name);

          g_set_prgname (prgname);
          status = commands[i].run (&cli, argc - first, argv + first);
          goto out;
        }
    }

  status = zona_cli_usage (&cli, _("unknown command “%s”"), argv[first]);

out:
  g_free (cli.db);

  return status;
}
