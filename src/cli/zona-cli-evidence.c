/* zona-cli-evidence.c — zona-cli evidence: checklists, their items and attached files
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zona-evidence-export.h"
#include "zona-evidence-rounds.h"
#include "zona-cli-private.h"

/* Today's date in the local time zone, for what counts as overdue. */
static char *
local_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
parse_item_id (ZonaCli     *cli,
               const char  *text,
               gint64      *out_id)
{
  guint64 id;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      zona_cli_usage (cli, _("“%s” is not the number of an evidence item: “evidence list” "
                             "shows them"), text);
      return FALSE;
    }

  *out_id = id;

  return TRUE;
}

static void
add_item_json (JsonBuilder            *builder,
               const ZonaEvidenceItem *item,
               const char             *today)
{
  json_builder_begin_object (builder);
  zona_cli_add_int (builder, "id", TRUE, item->id);
  zona_cli_add_string (builder, "region", item->region_code);
  zona_cli_add_string (builder, "unit", item->unit_name);
  zona_cli_add_string (builder, "scheme", item->scheme_id);
  zona_cli_add_int (builder, "year", TRUE, item->year);
  zona_cli_add_int (builder, "assessment", TRUE, item->assessment_id);
  zona_cli_add_string (builder, "dimension", item->dimension_code);
  zona_cli_add_string (builder, "indicator", item->indicator_code);
  zona_cli_add_string (builder, "requirement", item->requirement_code);
  zona_cli_add_string (builder, "title", item->title);
  zona_cli_add_string (builder, "status", zona_evidence_status_to_string (item->status));
  zona_cli_add_string (builder, "person_in_charge", item->person_in_charge);
  zona_cli_add_string (builder, "due_date", item->due_date);
  json_builder_set_member_name (builder, "overdue");
  json_builder_add_boolean_value (builder, zona_evidence_item_is_overdue (item, today));
  zona_cli_add_string (builder, "effective_date", item->effective_date);
  zona_cli_add_string (builder, "notes", item->notes);
  zona_cli_add_string (builder, "reviewer_comment", item->reviewer_comment);
  zona_cli_add_int (builder, "attachment", item->attachment_id != 0, item->attachment_id);
  zona_cli_add_string (builder, "file", item->filename);
  zona_cli_add_int (builder, "size", item->attachment_id != 0, item->size);
  json_builder_end_object (builder);
}

/* Prints @text in a column @width characters wide; printf's widths count bytes, which puts
 * names with letters beyond ASCII out of line. A longer text pushes the next column on by
 * two spaces rather than running into it. */
static void
print_column (const char *text,
              guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  printf ("%s%*s", text, length < (glong) width ? (int) (width - length) : 2, "");
}

static void
print_item (const ZonaEvidenceItem *item,
            const char             *today)
{
  const char *code = item->requirement_code ? item->requirement_code
                                            : item->indicator_code ? item->indicator_code : "";

  printf ("%6" G_GINT64_FORMAT "  %-15s  ", item->id,
          zona_evidence_status_to_string (item->status));
  print_column (item->due_date ? item->due_date : "—", 12);
  print_column (item->person_in_charge ? item->person_in_charge : "", 22);
  print_column (code, 10);
  printf ("%s", item->title);
  if (item->filename != NULL)
    printf ("  [%s]", item->filename);
  if (zona_evidence_item_is_overdue (item, today))
    printf ("%s", _("  (overdue)"));
  printf ("\n");
}

static int
evidence_list (ZonaCli  *cli,
               int       argc,
               char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *region_name = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *scheme_id = NULL;
  g_autofree char *today = local_today ();
  ZonaEvidenceFilter filter = { 0 };
  gint64 shown_assessment = 0;
  int year = 0;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("Only this region’s units"), N_("REGION") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name, N_("Only this unit of the region"), N_("NAME") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("Only this scheme"), N_("SCHEME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only this year"), N_("YEAR") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("List the items of evidence checklists with their number, "
                                    "status, due date, person in charge and file."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (unit_name != NULL && region_name == NULL)
    return zona_cli_usage (cli, _("--unit needs --region"));

  if ((store = zona_cli_open (cli, &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (region_name != NULL)
    {
      if ((region = zona_cli_find_region (store, region_name, &error)) == NULL ||
          (unit_name != NULL &&
           (unit = zona_store_find_unit (store, region->code, unit_name, &error)) == NULL))
        return zona_cli_fail (cli, error);
      filter.region_code = region->code;
      filter.unit_id = unit ? unit->id : 0;
    }
  filter.scheme_id = scheme_id;
  filter.year = year;

  if ((items = zona_store_list_evidence (store, &filter, &error)) == NULL)
    return zona_cli_fail (cli, error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      const ZonaEvidenceItem *item = g_ptr_array_index (items, i);

      if (cli->json)
        {
          add_item_json (builder, item, today);
          continue;
        }

      /* A heading for each checklist: the unit, the scheme and the year. */
      if (item->assessment_id != shown_assessment)
        {
          const ZonaScheme *scheme = zona_store_find_scheme (store, item->scheme_id, NULL);

          printf ("%s%s (%s) — %s %d\n", shown_assessment != 0 ? "\n" : "",
                  item->unit_name ? item->unit_name : item->region_code, item->region_code,
                  scheme ? scheme->short_name : item->scheme_id, item->year);
          shown_assessment = item->assessment_id;
        }
      print_item (item, today);
    }
  json_builder_end_array (builder);

  if (cli->json)
    zona_cli_print_json (builder);
  else if (items->len == 0)
    printf (_("No evidence items.\n"));

  return 0;
}

/* "" clears a field; anything else replaces it. */
static void
replace_text (char       **field,
              const char  *value)
{
  if (value == NULL)
    return;

  g_free (*field);
  *field = g_strdup (value);
}

static int
evidence_set (ZonaCli  *cli,
              int       argc,
              char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaEvidenceItem) item = NULL;
  g_autoptr(ZonaEvidenceItem) saved = NULL;
  g_autofree char *status = NULL;
  g_autofree char *due = NULL;
  g_autofree char *person = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *effective = NULL;
  g_autofree char *today = local_today ();
  ZonaEvidenceStatus new_status = ZONA_EVIDENCE_BELUM_ADA;
  gint64 id;
  GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status,
      N_("belum_ada, diunggah, memenuhi, perlu_perbaikan or diverifikasi"), N_("STATUS") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("The due date, e.g. 2024-04-23; \"\" clears it"), N_("DATE") },
    { "pic", 0, 0, G_OPTION_ARG_STRING, &person, N_("The person in charge; \"\" clears it"), N_("NAME") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment, N_("The reviewer’s comment"), N_("TEXT") },
    { "effective", 0, 0, G_OPTION_ARG_STRING, &effective,
      N_("The document’s own date, e.g. 2023-12-29"), N_("DATE") },
    { NULL }
  };

  if (!zona_cli_parse (cli, _("ID"), _("Change an evidence item: its status, due date, person in "
                                       "charge, notes or the reviewer’s comment."),
                       entries, &argc, &argv, 1, 1))
    return ZONA_CLI_USAGE;

  if (!parse_item_id (cli, argv[1], &id))
    return ZONA_CLI_USAGE;

  if (status == NULL && due == NULL && person == NULL && notes == NULL && comment == NULL &&
      effective == NULL)
    return zona_cli_usage (cli, _("give at least one of --status, --due, --pic, --notes, "
                                  "--comment and --effective"));

  if (status != NULL && !zona_evidence_status_from_string (status, &new_status))
    return zona_cli_usage (cli, _("--status must be belum_ada, diunggah, memenuhi, "
                                  "perlu_perbaikan or diverifikasi, not “%s”"), status);

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (item = zona_store_get_evidence_item (store, id, &error)) == NULL)
    return zona_cli_fail (cli, error);

  /* What is not given stays as it is. */
  if (status != NULL)
    item->status = new_status;
  replace_text (&item->due_date, due);
  replace_text (&item->person_in_charge, person);
  replace_text (&item->notes, notes);
  replace_text (&item->reviewer_comment, comment);
  replace_text (&item->effective_date, effective);
  g_clear_pointer (&item->title, g_free);

  if (!zona_store_update_evidence_item (store, item, &error) ||
      (saved = zona_store_get_evidence_item (store, id, &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      add_item_json (builder, saved, today);
      zona_cli_print_json (builder);
    }
  else
    print_item (saved, today);

  return 0;
}

static int
evidence_attach (ZonaCli  *cli,
                 int       argc,
                 char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaAttachment) attachment = NULL;
  g_autoptr(ZonaEvidenceItem) item = NULL;
  g_autofree char *name = NULL;
  g_autofree char *size = NULL;
  gint64 limit = 0;
  gint64 attachment_id;
  gint64 id;
  int limit_mb = 0;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name,
      N_("Keep the file under this name instead of its own"), N_("NAME") },
    { "max-size", 0, 0, G_OPTION_ARG_INT, &limit_mb,
      N_("Refuse files larger than this many megabytes (500 unless given)"), N_("MB") },
    { NULL }
  };

  if (!zona_cli_parse (cli, _("ID FILE"), _("Attach a file to an evidence item. The database "
                                            "keeps a copy; a file the item had is kept as an "
                                            "earlier version."),
                       entries, &argc, &argv, 2, 2))
    return ZONA_CLI_USAGE;

  if (!parse_item_id (cli, argv[1], &id))
    return ZONA_CLI_USAGE;

  if (limit_mb < 0)
    return zona_cli_usage (cli, _("--max-size must be a number of megabytes"));
  limit = (gint64) limit_mb * 1000 * 1000;

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (attachment_id = zona_store_attach_file (store, id, argv[2], name, limit, NULL,
                                               &error)) == 0 ||
      (attachment = zona_store_get_attachment (store, attachment_id, &error)) == NULL ||
      (item = zona_store_get_evidence_item (store, id, &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      zona_cli_add_int (builder, "id", TRUE, attachment->id);
      zona_cli_add_int (builder, "item", TRUE, item->id);
      zona_cli_add_string (builder, "file", attachment->filename);
      zona_cli_add_int (builder, "size", TRUE, attachment->size);
      zona_cli_add_string (builder, "sha256", attachment->sha256);
      zona_cli_add_string (builder, "mime_type", attachment->mime_type);
      zona_cli_add_string (builder, "status", zona_evidence_status_to_string (item->status));
      json_builder_end_object (builder);
      zona_cli_print_json (builder);
      return 0;
    }

  size = g_format_size (attachment->size);
  printf (_("Attached “%s” (%s) to item %lld, “%s”\n"),
          attachment->filename, size, (long long) item->id, item->title);

  return 0;
}

/* "Dinas Kesehatan (35.77), PEKPPP 2024": what was asked for, to put in front of a refusal. */
static char *
describe_selection (ZonaRegion       *region,
                    ZonaUnit         *unit,
                    const ZonaScheme *scheme,
                    int               year)
{
  GString *text = g_string_new (NULL);

  if (unit != NULL)
    g_string_append_printf (text, "%s (%s)", unit->name, region->code);
  else if (region != NULL)
    g_string_append (text, region->name);
  if (scheme != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", scheme->short_name);
  if (year != 0)
    g_string_append_printf (text, "%s%d", text->len > 0 ? " " : "", year);

  return g_string_free (text, FALSE);
}

static int
evidence_export (ZonaCli  *cli,
                 int       argc,
                 char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autofree char *output = NULL;
  g_autofree char *region_name = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *scheme_id = NULL;
  g_autofree char *size = NULL;
  g_autofree char *shown = NULL;
  g_auto(ZonaEvidencePack) pack = { 0 };
  const ZonaScheme *scheme = NULL;
  const ZonaScheme *pack_scheme;
  ZonaEvidenceFilter filter = { 0 };
  int year = 0;
  GOptionEntry entries[] = {
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("A new or empty folder for the pack"), N_("DIR") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("Only this region’s units"), N_("REGION") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name, N_("Only this unit of the region"), N_("NAME") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("Only this scheme"), N_("SCHEME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only this year"), N_("YEAR") },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("Write an evidence pack: each item’s current file in a folder "
                                    "per dimension and indicator, a manifest (manifest.csv) and "
                                    "checksums (SHA256SUMS) for “sha256sum -c”. Without --unit, "
                                    "every unit of the region, a folder each."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (output == NULL)
    return zona_cli_usage (cli, _("--output is required: the folder the pack goes into"));

  if (unit_name != NULL && region_name == NULL)
    return zona_cli_usage (cli, _("--unit needs --region"));

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (scheme_id != NULL && (scheme = zona_store_find_scheme (store, scheme_id, &error)) == NULL))
    return zona_cli_fail (cli, error);

  if (region_name != NULL)
    {
      if ((region = zona_cli_find_region (store, region_name, &error)) == NULL ||
          (unit_name != NULL &&
           (unit = zona_store_find_unit (store, region->code, unit_name, &error)) == NULL))
        return zona_cli_fail (cli, error);
      filter.region_code = region->code;
      filter.unit_id = unit ? unit->id : 0;
    }
  filter.scheme_id = scheme_id;
  filter.year = year;

  if (!zona_evidence_export (store, &filter, output, &pack, NULL, &error))
    {
      g_autofree char *selection = describe_selection (region, unit, scheme, year);

      if (selection[0] != '\0')
        g_prefix_error (&error, "%s: ", selection);
      return zona_cli_fail (cli, error);
    }

  pack_scheme = zona_store_find_scheme (store, pack.scheme_id, NULL);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      zona_cli_add_string (builder, "folder", output);
      zona_cli_add_string (builder, "scheme", pack.scheme_id);
      zona_cli_add_int (builder, "year", TRUE, pack.year);
      zona_cli_add_int (builder, "units", TRUE, pack.n_units);
      zona_cli_add_int (builder, "items", TRUE, pack.n_items);
      zona_cli_add_int (builder, "files", TRUE, pack.n_files);
      zona_cli_add_int (builder, "bytes", TRUE, pack.n_bytes);
      zona_cli_add_string (builder, "manifest", ZONA_EVIDENCE_PACK_MANIFEST);
      zona_cli_add_string (builder, "sums", ZONA_EVIDENCE_PACK_SUMS);
      json_builder_end_object (builder);
      zona_cli_print_json (builder);
      return 0;
    }

  size = g_format_size (pack.n_bytes);
  shown = g_filename_display_name (output);
  printf (g_dngettext (GETTEXT_PACKAGE,
                       "Exported %u file (%s) for %u evidence item of %s %d into %s\n",
                       "Exported %u files (%s) for %u evidence items of %s %d into %s\n",
                       pack.n_items),
          pack.n_files, size, pack.n_items,
          pack_scheme ? pack_scheme->short_name : pack.scheme_id, pack.year, shown);
  printf (_("Check it with: cd %s && sha256sum -c %s\n"), shown, ZONA_EVIDENCE_PACK_SUMS);

  return 0;
}

static void
add_carry_json (JsonBuilder             *builder,
                const ZonaEvidenceCarry *carry)
{
  json_builder_begin_object (builder);
  zona_cli_add_string (builder, "unit", carry->unit_name);
  zona_cli_add_int (builder, "assessment", TRUE, carry->assessment_id);
  zona_cli_add_int (builder, "from_year", carry->from_year != 0, carry->from_year);
  zona_cli_add_int (builder, "from_assessment", carry->from_assessment_id != 0,
                    carry->from_assessment_id);
  zona_cli_add_int (builder, "people", TRUE, carry->n_people);
  zona_cli_add_int (builder, "own_items", TRUE, carry->n_items);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < carry->documents->len; i++)
    {
      const ZonaEvidenceOffer *offer = g_ptr_array_index (carry->documents, i);

      json_builder_begin_object (builder);
      zona_cli_add_int (builder, "item", TRUE, offer->item_id);
      zona_cli_add_string (builder, "requirement", offer->requirement_code);
      zona_cli_add_string (builder, "title", offer->title);
      zona_cli_add_int (builder, "from_item", TRUE, offer->from_item_id);
      zona_cli_add_int (builder, "attachment", TRUE, offer->attachment_id);
      zona_cli_add_string (builder, "file", offer->filename);
      zona_cli_add_int (builder, "size", TRUE, offer->size);
      zona_cli_add_string (builder, "sha256", offer->sha256);
      zona_cli_add_string (builder, "effective_date", offer->effective_date);
      zona_cli_add_string (builder, "dated", offer->dated);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_carry (const ZonaEvidenceCarry *carry,
             const ZonaScheme        *scheme)
{
  if (carry->from_assessment_id == 0)
    {
      printf (_("%s: no earlier %s checklist to carry over\n"), carry->unit_name,
              scheme->short_name);
      return;
    }

  /* Three counts, each with its own plural, after the unit and the year. */
  printf (_("%s, from %d: "), carry->unit_name, carry->from_year);
  printf (g_dngettext (GETTEXT_PACKAGE, "%u person in charge, ", "%u persons in charge, ",
                       carry->n_people), carry->n_people);
  printf (g_dngettext (GETTEXT_PACKAGE, "%u own item, ", "%u own items, ", carry->n_items),
          carry->n_items);
  printf (g_dngettext (GETTEXT_PACKAGE, "%u document still valid\n",
                       "%u documents still valid\n", carry->documents->len),
          carry->documents->len);

  for (guint i = 0; i < carry->documents->len; i++)
    {
      const ZonaEvidenceOffer *offer = g_ptr_array_index (carry->documents, i);

      printf ("  %6" G_GINT64_FORMAT "  ", offer->item_id);
      print_column (offer->requirement_code ? offer->requirement_code : "", 10);
      printf ("%s  ← %s (%s)\n", offer->title, offer->filename, offer->dated);
    }
}

static int
evidence_carry (ZonaCli  *cli,
                int       argc,
                char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaStore) store = NULL;
  g_autoptr(ZonaRegion) region = NULL;
  g_autoptr(ZonaUnit) unit = NULL;
  g_autoptr(GPtrArray) carried = NULL;
  g_autofree char *region_name = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *scheme_id = NULL;
  const ZonaScheme *scheme;
  gboolean dry_run = FALSE;
  int valid_years = -1;
  int year = 0;
  GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_name, N_("The region’s code or name"), N_("REGION") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_id, N_("The scheme of the new round"), N_("SCHEME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year of the new round"), N_("YEAR") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name, N_("Only this unit of the region"), N_("NAME") },
    { "valid-years", 0, 0, G_OPTION_ARG_INT, &valid_years,
      N_("Re-use documents dated at most this many years before the round’s year (2 unless "
         "given; 0 for any age)"), N_("YEARS") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Show what would be carried over without changing anything"), NULL },
    { NULL }
  };

  if (!zona_cli_parse (cli, NULL, _("Carry the evidence checklists of the units’ previous round "
                                    "into a new one: persons in charge, the clerk’s own items, "
                                    "and the documents still valid, without storing them again. "
                                    "Statuses and dates are not carried."),
                       entries, &argc, &argv, 0, 0))
    return ZONA_CLI_USAGE;

  if (region_name == NULL || scheme_id == NULL || year == 0)
    return zona_cli_usage (cli, _("--region, --scheme and --year are required"));

  if (valid_years < -1)
    return zona_cli_usage (cli, _("--valid-years must be a number of years, 0 for any age"));
  if (valid_years == -1)
    valid_years = ZONA_EVIDENCE_DEFAULT_VALID_YEARS;

  if ((store = zona_cli_open (cli, &error)) == NULL ||
      (scheme = zona_store_find_scheme (store, scheme_id, &error)) == NULL ||
      (region = zona_cli_find_region (store, region_name, &error)) == NULL ||
      (unit_name != NULL &&
       (unit = zona_store_find_unit (store, region->code, unit_name, &error)) == NULL) ||
      (carried = zona_store_carry_round (store, region->code, scheme_id, year,
                                         unit ? unit->id : 0, valid_years, dry_run,
                                         &error)) == NULL)
    return zona_cli_fail (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "dry_run");
      json_builder_add_boolean_value (builder, dry_run);
      json_builder_set_member_name (builder, "units");
      json_builder_begin_array (builder);
      for (guint i = 0; i < carried->len; i++)
        add_carry_json (builder, g_ptr_array_index (carried, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      zona_cli_print_json (builder);
      return 0;
    }

  for (guint i = 0; i < carried->len; i++)
    print_carry (g_ptr_array_index (carried, i), scheme);

  if (dry_run)
    printf (_("Nothing was changed (--dry-run).\n"));

  return 0;
}

int
zona_cli_evidence (ZonaCli  *cli,
                   int       argc,
                   char    **argv)
{
  static const char *verbs[] = { "list", "set", "attach", "export", "carry", NULL };
  static int (*runs[]) (ZonaCli *, int, char **) = {
    evidence_list, evidence_set, evidence_attach, evidence_export, evidence_carry,
  };

  return zona_cli_dispatch (cli, argc, argv, "evidence", verbs, runs);
}
