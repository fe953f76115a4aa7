/* zona-cli-private.h — what the zona-cli command files share
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "zona-store.h"

G_BEGIN_DECLS

/* Exit statuses: 1 when the command failed, 2 when it was called wrongly. */
#define ZONA_CLI_FAILED 1
#define ZONA_CLI_USAGE  2

typedef struct
{
  const char *name;
  char       *db;       /* --db */
  gboolean    json;     /* --json */
} ZonaCli;

typedef int (*ZonaCliCommand) (ZonaCli  *cli,
                               int       argc,
                               char    **argv);

gboolean    zona_cli_parse       (ZonaCli         *cli,
                                  const char      *parameters,
                                  const char      *summary,
                                  GOptionEntry    *entries,
                                  int             *argc,
                                  char          ***argv,
                                  int              min_args,
                                  int              max_args);
ZonaStore  *zona_cli_open        (ZonaCli         *cli,
                                  GError         **error);
int         zona_cli_fail        (ZonaCli         *cli,
                                  GError          *error);
int         zona_cli_usage       (ZonaCli         *cli,
                                  const char      *format,
                                  ...) G_GNUC_PRINTF (2, 3);
void        zona_cli_print_json  (JsonBuilder     *builder);
void        zona_cli_print_id    (gint64           id);
void        zona_cli_add_string  (JsonBuilder     *builder,
                                  const char      *member,
                                  const char      *value);
void        zona_cli_add_int     (JsonBuilder     *builder,
                                  const char      *member,
                                  gboolean         present,
                                  gint64           value);
void        zona_cli_add_score   (JsonBuilder     *builder,
                                  const char      *member,
                                  gboolean         has_score,
                                  ZonaScore        score);
ZonaRegion *zona_cli_find_region (ZonaStore       *store,
                                  const char      *code_or_name,
                                  GError         **error);

int         zona_cli_dispatch    (ZonaCli         *cli,
                                  int              argc,
                                  char           **argv,
                                  const char      *command,
                                  const char      *verbs[],
                                  int            (*runs[]) (ZonaCli *, int, char **));
gboolean    zona_cli_parse_year  (const char      *text,
                                  int             *out_year,
                                  GError         **error);

int zona_cli_region  (ZonaCli *cli, int argc, char **argv);
int zona_cli_unit    (ZonaCli *cli, int argc, char **argv);
int zona_cli_assess  (ZonaCli *cli, int argc, char **argv);
int zona_cli_trend   (ZonaCli *cli, int argc, char **argv);
int zona_cli_rank    (ZonaCli *cli, int argc, char **argv);
int zona_cli_evidence (ZonaCli *cli, int argc, char **argv);
int zona_cli_chart   (ZonaCli *cli, int argc, char **argv);
int zona_cli_compare (ZonaCli *cli, int argc, char **argv);
int zona_cli_report  (ZonaCli *cli, int argc, char **argv);

G_END_DECLS
