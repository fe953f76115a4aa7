/* zona-cli-evidence.c — zona-cli evidence: checklists, their items and attached files
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zona-evidence.h"
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
 * names with letters beyond ASCII out of line. */
static void
print_column (const char *text,
              guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  printf ("%s%*s", text, length < (glong) width ? (int) (width - length) : 0, "");
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

int
zona_cli_evidence (ZonaCli  *cli,
                   int       argc,
                   char    **argv)
{
  static const char *verbs[] = { "list", "set", "attach", NULL };
  static int (*runs[]) (ZonaCli *, int, char **) = { evidence_list, evidence_set, evidence_attach };

  return zona_cli_dispatch (cli, argc, argv, "evidence", verbs, runs);
}
