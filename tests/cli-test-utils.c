/* cli-test-utils.c — running zona-cli and reading what it prints, for the CLI tests
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "cli-test-utils.h"

/* ---- Running zona-cli ------------------------------------------------------------------- */

/* Runs zona-cli with “--db FIXTURE” and @args; returns its exit status. A crash or a signal
 * fails the test: no input may kill the program. */
int
run_cli_argv (ZonaTestDir        *fixture,
              char              **out_stdout,
              char              **out_stderr,
              const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *cli = g_getenv ("ZONA_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);

  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, fixture->path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Messages are asserted in English, and no default database may ever be touched. */
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_setenv (envp, "ZONA_DATABASE", "/nonexistent/zona-test-must-not-use.db",
                           TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);

  if (!g_spawn_check_wait_status (wait_status, &error))
    {
      if (error->domain != G_SPAWN_EXIT_ERROR)
        g_error ("zona-cli did not exit normally (%s)\nstderr:\n%s", error->message, err);
    }

  if (out_stdout != NULL)
    *out_stdout = g_steal_pointer (&out);
  if (out_stderr != NULL)
    *out_stderr = g_steal_pointer (&err);

  return error != NULL ? error->code : 0;
}

int
run_cli_va (ZonaTestDir  *fixture,
            char        **out_stdout,
            char        **out_stderr,
            const char   *first,
            va_list       args)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (array, (char *) arg);
  g_ptr_array_add (array, NULL);

  return run_cli_argv (fixture, out_stdout, out_stderr, (const char * const *) array->pdata);
}

/* run_cli (fixture, &out, &err, "classify", "ombudsman", "2022", "90,02", NULL) */
int
run_cli (ZonaTestDir  *fixture,
         char        **out_stdout,
         char        **out_stderr,
         const char   *first,
         ...)
{
  va_list args;
  int status;

  va_start (args, first);
  status = run_cli_va (fixture, out_stdout, out_stderr, first, args);
  va_end (args);

  return status;
}

JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  if (error != NULL)
    g_error ("zona-cli printed no valid JSON (%s):\n%s", error->message, text);

  return json_parser_steal_root (parser);
}

/* A command that must succeed: no message, and its --json output parsed. */
JsonNode *
run_json (ZonaTestDir *fixture,
          const char  *first,
          ...)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  va_list args;
  int status;

  va_start (args, first);
  status = run_cli_va (fixture, &out, &err, first, args);
  va_end (args);

  if (status != 0)
    g_error ("zona-cli %s exited with %d:\n%s", first, status, err);
  g_assert_cmpstr (err, ==, "");

  return parse_json (out);
}

/* A command that must succeed, whatever it prints. */
void
run_ok (ZonaTestDir *fixture,
        const char  *first,
        ...)
{
  g_autofree char *err = NULL;
  va_list args;
  int status;

  va_start (args, first);
  status = run_cli_va (fixture, NULL, &err, first, args);
  va_end (args);

  if (status != 0)
    g_error ("zona-cli %s exited with %d:\n%s", first, status, err);
}

char *
one_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strjoinv (" | ", lines);
}

/* A command that must be refused with status 1, a message that contains @needle (when given)
 * and nothing on stdout, where a script would take it for a result. */
void
run_refused (ZonaTestDir *fixture,
             const char  *needle,
             const char  *first,
             ...)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out_line = NULL;
  g_autofree char *err_line = NULL;
  va_list args;
  int status;

  va_start (args, first);
  status = run_cli_va (fixture, &out, &err, first, args);
  va_end (args);

  /* Reported without stopping the test, so that one refusal gone wrong does not hide the
   * others; on one line, because TAP reads the report line by line. */
  g_strstrip (err);
  out_line = one_line (out);
  err_line = one_line (err);
  if (status != EXIT_FAILED)
    g_test_fail_printf ("zona-cli %s: expected exit status %d, got %d; stdout: %s; stderr: %s",
                        first, EXIT_FAILED, status, out_line, err_line);
  else if (out[0] != '\0')
    g_test_fail_printf ("zona-cli %s: a refusal printed on stdout: %s", first, out_line);
  else if (err[0] == '\0')
    g_test_fail_printf ("zona-cli %s: a refusal without a message", first);
  else if (needle != NULL && strstr (err, needle) == NULL)
    g_test_fail_printf ("zona-cli %s: the message does not name “%s”: %s", first, needle,
                        err_line);
}

/* ---- Reading the JSON ------------------------------------------------------------------- */

JsonArray *
node_array (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));

  return json_node_get_array (node);
}

JsonObject *
node_object (JsonNode *node)
{
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  return json_node_get_object (node);
}

/* A string member, or NULL when it is JSON null; a missing member fails the test. */
const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    g_error ("the JSON object has no member “%s”", member);

  if (JSON_NODE_HOLDS_NULL (node))
    return NULL;

  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_STRING);

  return json_node_get_string (node);
}

gint64
member_int (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    g_error ("the JSON object has no member “%s”", member);

  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);

  return json_node_get_int (node);
}

gboolean
member_is_null (JsonObject *object,
                const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  g_assert_nonnull (node);

  return JSON_NODE_HOLDS_NULL (node);
}

/* The element of @array whose string @member is @value, or NULL. */
JsonObject *
find_object (JsonArray  *array,
             const char *member,
             const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (member_string (object, member), value) == 0)
        return object;
    }

  return NULL;
}

/* The element of @array whose integer @member is @value, or NULL. */
JsonObject *
find_object_int (JsonArray  *array,
                 const char *member,
                 gint64      value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (member_int (object, member) == value)
        return object;
    }

  return NULL;
}

/* ---- Scores, computed here independently of the core ----------------------------------- */

/* "90,02", "90.02", "21,85" or "90" in hundredths; the test's own reading, so that a wrong
 * parser in the core cannot agree with itself. */
gint64
hundredths (const char *text)
{
  g_auto(GStrv) parts = NULL;
  guint64 whole = 0;
  guint64 fraction = 0;

  g_assert_nonnull (text);
  parts = g_strsplit_set (text, ",.", 2);
  g_assert_true (g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXINT32, &whole, NULL));
  if (parts[1] != NULL)
    {
      g_assert_cmpuint (strlen (parts[1]), >=, 1);
      g_assert_cmpuint (strlen (parts[1]), <=, 2);
      g_assert_true (g_ascii_string_to_unsigned (parts[1], 10, 0, 99, &fraction, NULL));
      if (strlen (parts[1]) == 1)
        fraction *= 10;
    }

  return (gint64) (whole * 100 + fraction);
}

/* Indonesian notation, the way zona-cli must print every score: "90,02", "0,62". */
char *
format_hundredths (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ",%02d", value / 100, (int) (value % 100));
}

/* A change as the trend shows it: "+29,67", "-1,50". */
char *
format_delta (gint64 delta)
{
  g_autofree char *magnitude = format_hundredths (ABS (delta));

  return g_strdup_printf ("%s%s", delta > 0 ? "+" : delta < 0 ? "-" : "±", magnitude);
}

/* Integer division rounded half away from zero, the rounding of official recapitulations. */
gint64
div_round (gint64 numerator,
           gint64 denominator)
{
  g_assert_cmpint (denominator, >, 0);

  if (numerator >= 0)
    return (numerator + denominator / 2) / denominator;

  return -((-numerator + denominator / 2) / denominator);
}

/* A weight in a scheme file: text such as "21,85" or a whole JSON number. */
gint64
weight_of (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "weight");

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return -1;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node) * 100;

  return hundredths (json_node_get_string (node));
}

JsonNode *
load_scheme_file (const char *name)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *data_dir = g_getenv ("ZONA_DATA_DIR");

  g_assert_nonnull (data_dir);
  path = g_build_filename (data_dir, "schemes", name, NULL);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_parser_steal_root (parser);
}

JsonObject *
scheme_version (JsonNode   *scheme,
                const char *version_id)
{
  JsonArray *versions = json_object_get_array_member (node_object (scheme), "versions");
  JsonObject *version = find_object (versions, "id", version_id);

  g_assert_nonnull (version);

  return version;
}

/* The band code the scheme file gives @score in @version. */
const char *
band_code (JsonObject *version,
           gint64      score)
{
  JsonArray *bands = json_object_get_array_member (version, "bands");

  for (guint i = 0; i < json_array_get_length (bands); i++)
    {
      JsonObject *band = json_array_get_object_element (bands, i);

      if (score >= hundredths (member_string (band, "min")) &&
          score <= hundredths (member_string (band, "max")))
        return member_string (band, "code");
    }

  return NULL;
}
