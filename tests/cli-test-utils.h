/* cli-test-utils.h — running zona-cli and reading what it prints, for the CLI tests
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "zona-test-utils.h"

G_BEGIN_DECLS

/* Exit statuses zona-cli promises: 1 when a command failed, 2 when it was called wrongly. */
#define EXIT_FAILED 1
#define EXIT_USAGE  2

int
run_cli_argv (ZonaTestDir        *fixture,
              char              **out_stdout,
              char              **out_stderr,
              const char * const *args);

int
run_cli_va (ZonaTestDir  *fixture,
            char        **out_stdout,
            char        **out_stderr,
            const char   *first,
            va_list       args);

JsonNode *
parse_json (const char *text);

char *
one_line (const char *text);

JsonArray *
node_array (JsonNode *node);

JsonObject *
node_object (JsonNode *node);

const char *
member_string (JsonObject *object,
               const char *member);

gint64
member_int (JsonObject *object,
            const char *member);

gboolean
member_is_null (JsonObject *object,
                const char *member);

JsonObject *
find_object (JsonArray  *array,
             const char *member,
             const char *value);

JsonObject *
find_object_int (JsonArray  *array,
                 const char *member,
                 gint64      value);

gint64
hundredths (const char *text);

char *
format_hundredths (gint64 value);

char *
format_delta (gint64 delta);

gint64
div_round (gint64 numerator,
           gint64 denominator);

gint64
weight_of (JsonObject *object);

JsonNode *
load_scheme_file (const char *name);

JsonObject *
scheme_version (JsonNode   *scheme,
                const char *version_id);

const char *
band_code (JsonObject *version,
           gint64      score);

int
run_cli (ZonaTestDir  *fixture,
         char        **out_stdout,
         char        **out_stderr,
         const char   *first,
         ...) G_GNUC_NULL_TERMINATED;

JsonNode *
run_json (ZonaTestDir *fixture,
          const char  *first,
          ...) G_GNUC_NULL_TERMINATED;

void
run_ok (ZonaTestDir *fixture,
        const char  *first,
        ...) G_GNUC_NULL_TERMINATED;

void
run_refused (ZonaTestDir *fixture,
             const char  *needle,
             const char  *first,
             ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
