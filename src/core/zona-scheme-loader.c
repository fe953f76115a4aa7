/* zona-scheme-loader.c — reading and checking assessment scheme files
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "zona-scheme-private.h"

/* The loader reads untrusted files: every accessor checks the JSON type and reports the
 * member it wanted, so a user who edits a scheme by hand learns exactly what to fix. */
typedef struct
{
  const char *file;      /* shown in every message */
  GError    **error;
} Loader;

static void G_GNUC_PRINTF (3, 4)
loader_fail (Loader     *loader,
             int         code,
             const char *format,
             ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  if (loader->error == NULL || *loader->error != NULL)
    return;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (loader->error, ZONA_SCHEME_ERROR, code, "%s: %s", loader->file, detail);
}

static gboolean
loader_failed (Loader *loader)
{
  return loader->error != NULL && *loader->error != NULL;
}

/* Returns the member as a string, or NULL. A missing optional member is not an error; a
 * member of the wrong type always is. */
static char *
get_string (Loader     *loader,
            JsonObject *object,
            const char *member,
            gboolean    required,
            const char *where)
{
  JsonNode *node;
  const char *value;

  if (loader_failed (loader))
    return NULL;

  node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                     _("%s has no “%s”"), where, member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("“%s” of %s must be text"), member, where);
      return NULL;
    }

  value = json_node_get_string (node);

  if (required && (value == NULL || value[0] == '\0'))
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("“%s” of %s is empty"), member, where);
      return NULL;
    }

  return g_strdup (value);
}

static int
get_year (Loader     *loader,
          JsonObject *object,
          const char *member,
          gboolean    required,
          const char *where)
{
  JsonNode *node;
  gint64 year;

  if (loader_failed (loader))
    return 0;

  node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        loader_fail (loader, ZONA_SCHEME_ERROR_INVALID, _("%s has no “%s”"), where, member);
      return 0;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("“%s” of %s must be a whole year"), member, where);
      return 0;
    }

  year = json_node_get_int (node);

  if (year < 1945 || year > 9999)
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("“%s” of %s is not a plausible year: %" G_GINT64_FORMAT),
                   member, where, year);
      return 0;
    }

  return (int) year;
}

/* Numbers in scheme files are strings such as "21,85" so that they are exact; whole JSON
 * integers are accepted as a convenience, fractions written as JSON numbers are not. */
static gboolean
get_score (Loader     *loader,
           JsonObject *object,
           const char *member,
           ZonaScore   min,
           ZonaScore   max,
           ZonaScore  *out_value,
           const char *where)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  JsonNode *node;

  if (loader_failed (loader))
    return FALSE;

  node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = g_strdup (json_node_get_string (node));
  else
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("“%s” of %s must be a number written as text, such as \"21,85\""),
                   member, where);
      return FALSE;
    }

  if (!zona_score_parse (text, min, max, out_value, &local_error))
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("“%s” of %s: %s"), member, where, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static JsonArray *
get_array (Loader     *loader,
           JsonObject *object,
           const char *member,
           const char *where)
{
  JsonNode *node;

  if (loader_failed (loader))
    return NULL;

  node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("“%s” of %s must be a list"), member, where);
      return NULL;
    }

  return json_node_get_array (node);
}

static JsonObject *
array_get_object (Loader     *loader,
                  JsonArray  *array,
                  guint       index,
                  const char *what)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("entry %u of %s must be an object"), index + 1, what);
      return NULL;
    }

  return json_node_get_object (node);
}

static gboolean
code_is_new (Loader     *loader,
             GHashTable *codes,
             const char *code,
             const char *where)
{
  if (code == NULL)
    return FALSE;

  if (!g_hash_table_add (codes, g_strdup (code)))
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("the code “%s” is used twice in %s"), code, where);
      return FALSE;
    }

  return TRUE;
}

static gboolean
colour_is_valid (const char *colour)
{
  if (colour == NULL || strlen (colour) != 7 || colour[0] != '#')
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;

  return TRUE;
}

static ZonaBand *
parse_band (Loader     *loader,
            ZonaScheme *scheme,
            JsonObject *object,
            const char *version_where)
{
  g_autofree char *where = NULL;
  ZonaBand *band = g_new0 (ZonaBand, 1);

  band->code = get_string (loader, object, "code", TRUE, version_where);
  where = g_strdup_printf (_("band “%s” of %s"), band->code ? band->code : "?", version_where);
  band->name = get_string (loader, object, "name", TRUE, where);
  band->label = get_string (loader, object, "label", TRUE, where);
  band->opini = get_string (loader, object, "opini", FALSE, where);
  band->zone = get_string (loader, object, "zone", FALSE, where);
  band->colour = get_string (loader, object, "colour", TRUE, where);

  if (!loader_failed (loader) && band->zone != NULL &&
      !g_str_equal (band->zone, "hijau") && !g_str_equal (band->zone, "kuning") &&
      !g_str_equal (band->zone, "merah"))
    loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                 _("the zone of %s must be “hijau”, “kuning” or “merah”, not “%s”"),
                 where, band->zone);

  if (!loader_failed (loader) && !colour_is_valid (band->colour))
    loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                 _("the colour of %s must be written #rrggbb, not “%s”"), where, band->colour);

  if (!loader_failed (loader) &&
      (!get_score (loader, object, "min", scheme->scale_min, scheme->scale_max, &band->min, where) ||
       !get_score (loader, object, "max", scheme->scale_min, scheme->scale_max, &band->max, where)))
    loader_fail (loader, ZONA_SCHEME_ERROR_BANDS,
                 _("%s needs both “min” and “max”"), where);

  if (!loader_failed (loader) && band->min > band->max)
    {
      g_autofree char *min = zona_score_format (band->min);
      g_autofree char *max = zona_score_format (band->max);

      loader_fail (loader, ZONA_SCHEME_ERROR_BANDS,
                   _("%s starts at %s, above its end %s"), where, min, max);
    }

  return band;
}

/* Bands are closed intervals of hundredths that must tile the whole scale: the first starts at
 * the scale's minimum, each next one starts one hundredth after the previous one ends, and the
 * last ends at the maximum. Anything else would leave a score without a category or with two. */
static void
check_band_tiling (Loader            *loader,
                   ZonaScheme        *scheme,
                   ZonaSchemeVersion *version,
                   const char        *version_where)
{
  ZonaScore expected = scheme->scale_min;

  for (guint i = 0; i < version->bands->len && !loader_failed (loader); i++)
    {
      const ZonaBand *band = g_ptr_array_index (version->bands, i);
      g_autofree char *min = zona_score_format (band->min);
      g_autofree char *max = zona_score_format (band->max);
      g_autofree char *want = zona_score_format (expected);

      if (band->min > expected)
        loader_fail (loader, ZONA_SCHEME_ERROR_BANDS,
                     _("band “%s” of %s (%s–%s) leaves a gap: it should start at %s"),
                     band->code, version_where, min, max, want);
      else if (band->min < expected)
        loader_fail (loader, ZONA_SCHEME_ERROR_BANDS,
                     _("band “%s” of %s (%s–%s) overlaps the band before it: it should start at %s"),
                     band->code, version_where, min, max, want);

      expected = band->max + 1;
    }

  if (!loader_failed (loader) && expected != scheme->scale_max + 1)
    {
      const ZonaBand *last = g_ptr_array_index (version->bands, version->bands->len - 1);
      g_autofree char *max = zona_score_format (last->max);
      g_autofree char *scale_max = zona_score_format (scheme->scale_max);

      loader_fail (loader, ZONA_SCHEME_ERROR_BANDS,
                   _("band “%s” of %s ends at %s, but the scale goes up to %s"),
                   last->code, version_where, max, scale_max);
    }
}

static ZonaRequirement *
parse_requirement (Loader     *loader,
                   JsonObject *object,
                   GHashTable *codes,
                   const char *indicator_where)
{
  ZonaRequirement *requirement = g_new0 (ZonaRequirement, 1);

  requirement->code = get_string (loader, object, "code", TRUE, indicator_where);
  code_is_new (loader, codes, requirement->code, indicator_where);
  requirement->title = get_string (loader, object, "title", TRUE, indicator_where);
  requirement->guidance = get_string (loader, object, "guidance", FALSE, indicator_where);

  return requirement;
}

/* Weights are either given for every member of a group or for none (equal weights). Given
 * weights must be positive; @sum_must_be is 0 when any positive sum will do. */
static void
check_weights (Loader     *loader,
               guint       n_given,
               guint       n_total,
               ZonaScore   sum,
               ZonaScore   sum_must_be,
               const char *where)
{
  if (loader_failed (loader) || n_given == 0)
    return;

  if (n_given != n_total)
    loader_fail (loader, ZONA_SCHEME_ERROR_WEIGHTS,
                 _("in %s, weights are given for %u of %u entries: give all or none"),
                 where, n_given, n_total);
  else if (sum_must_be != 0 && sum != sum_must_be)
    {
      g_autofree char *got = zona_score_format (sum);
      g_autofree char *want = zona_score_format (sum_must_be);

      loader_fail (loader, ZONA_SCHEME_ERROR_WEIGHTS,
                   _("the weights in %s add up to %s instead of %s"), where, got, want);
    }
}

static ZonaIndicator *
parse_indicator (Loader     *loader,
                 JsonObject *object,
                 GHashTable *codes,
                 const char *dimension_where,
                 gboolean   *out_has_weight)
{
  g_autofree char *where = NULL;
  ZonaIndicator *indicator = g_new0 (ZonaIndicator, 1);
  JsonArray *evidence;

  indicator->requirements = g_ptr_array_new_with_free_func (zona_scheme_requirement_free);
  indicator->code = get_string (loader, object, "code", TRUE, dimension_where);
  code_is_new (loader, codes, indicator->code, dimension_where);
  where = g_strdup_printf (_("indicator “%s” of %s"),
                           indicator->code ? indicator->code : "?", dimension_where);
  indicator->name = get_string (loader, object, "name", TRUE, where);
  indicator->description = get_string (loader, object, "description", FALSE, where);
  *out_has_weight = get_score (loader, object, "weight", 1, G_MAXINT32, &indicator->weight, where);

  evidence = get_array (loader, object, "evidence", where);
  for (guint i = 0; evidence != NULL && i < json_array_get_length (evidence); i++)
    {
      JsonObject *item = array_get_object (loader, evidence, i, where);

      if (item == NULL)
        break;
      g_ptr_array_add (indicator->requirements, parse_requirement (loader, item, codes, where));
    }

  return indicator;
}

static ZonaDimension *
parse_dimension (Loader     *loader,
                 JsonObject *object,
                 GHashTable *codes,
                 const char *version_where,
                 gboolean   *out_has_weight)
{
  g_autofree char *where = NULL;
  ZonaDimension *dimension = g_new0 (ZonaDimension, 1);
  JsonArray *indicators;
  guint n_weighted = 0;
  ZonaScore sum = 0;

  dimension->indicators = g_ptr_array_new_with_free_func (zona_scheme_indicator_free);
  dimension->code = get_string (loader, object, "code", TRUE, version_where);
  code_is_new (loader, codes, dimension->code, version_where);
  where = g_strdup_printf (_("dimension “%s” of %s"),
                           dimension->code ? dimension->code : "?", version_where);
  dimension->name = get_string (loader, object, "name", TRUE, where);
  dimension->description = get_string (loader, object, "description", FALSE, where);
  *out_has_weight = get_score (loader, object, "weight", 1, 10000, &dimension->weight, where);

  indicators = get_array (loader, object, "indicators", where);
  for (guint i = 0; indicators != NULL && i < json_array_get_length (indicators); i++)
    {
      JsonObject *item = array_get_object (loader, indicators, i, where);
      ZonaIndicator *indicator;
      gboolean has_weight = FALSE;

      if (item == NULL)
        break;
      indicator = parse_indicator (loader, item, codes, where, &has_weight);
      g_ptr_array_add (dimension->indicators, indicator);
      if (has_weight)
        {
          n_weighted++;
          sum += indicator->weight;
        }
    }

  check_weights (loader, n_weighted, dimension->indicators->len, sum, 0, where);

  /* Equal weights when none are given, so the aggregation has one rule only. */
  if (n_weighted == 0)
    for (guint i = 0; i < dimension->indicators->len; i++)
      ((ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->weight = 100;

  return dimension;
}

static ZonaSchemeVersion *
parse_version (Loader     *loader,
               ZonaScheme *scheme,
               JsonObject *object,
               guint       index)
{
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *where = NULL;
  g_autofree char *rule = NULL;
  ZonaSchemeVersion *version = g_new0 (ZonaSchemeVersion, 1);
  JsonArray *bands;
  JsonArray *dimensions;
  guint n_weighted = 0;
  ZonaScore sum = 0;

  version->bands = g_ptr_array_new_with_free_func (zona_scheme_band_free);
  version->dimensions = g_ptr_array_new_with_free_func (zona_scheme_dimension_free);

  where = g_strdup_printf (_("version %u"), index + 1);
  version->id = get_string (loader, object, "id", TRUE, where);
  g_clear_pointer (&where, g_free);
  where = g_strdup_printf (_("version “%s”"), version->id ? version->id : "?");

  version->name = get_string (loader, object, "name", TRUE, where);
  version->basis = get_string (loader, object, "basis", FALSE, where);
  version->year_from = get_year (loader, object, "from", TRUE, where);
  version->year_to = get_year (loader, object, "to", FALSE, where);
  if (!loader_failed (loader) && version->year_to != 0 && version->year_to < version->year_from)
    loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                 _("%s ends in %d, before it starts in %d"),
                 where, version->year_to, version->year_from);

  rule = get_string (loader, object, "region_score", FALSE, where);
  if (rule == NULL || g_str_equal (rule, "published_only"))
    version->region_score = ZONA_REGION_SCORE_PUBLISHED_ONLY;
  else if (g_str_equal (rule, "mean_of_units"))
    version->region_score = ZONA_REGION_SCORE_MEAN_OF_UNITS;
  else
    loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                 _("“region_score” of %s must be “mean_of_units” or “published_only”"), where);

  bands = get_array (loader, object, "bands", where);
  if (bands != NULL && json_array_get_length (bands) > 0 &&
      scheme->result == ZONA_SCHEME_RESULT_AWARD)
    loader_fail (loader, ZONA_SCHEME_ERROR_BANDS,
                 _("%s has bands, but the scheme gives awards, not scores"), where);

  for (guint i = 0; !loader_failed (loader) && bands != NULL && i < json_array_get_length (bands); i++)
    {
      JsonObject *item = array_get_object (loader, bands, i, where);

      if (item == NULL)
        break;
      g_ptr_array_add (version->bands, parse_band (loader, scheme, item, where));
      code_is_new (loader, codes,
                   ((ZonaBand *) g_ptr_array_index (version->bands, i))->code, where);
    }

  version->bands_unknown = get_string (loader, object, "bands_unknown", FALSE, where);

  if (!loader_failed (loader))
    {
      if (version->bands->len > 0 && version->bands_unknown != NULL)
        loader_fail (loader, ZONA_SCHEME_ERROR_BANDS,
                     _("%s has bands and also says they are unknown (“bands_unknown”)"), where);
      else if (version->bands->len == 0 && version->bands_unknown == NULL)
        loader_fail (loader, ZONA_SCHEME_ERROR_BANDS,
                     _("%s has no bands: list them, or say why in “bands_unknown”"), where);
      else if (version->bands->len > 0)
        check_band_tiling (loader, scheme, version, where);
    }

  g_hash_table_remove_all (codes);
  dimensions = get_array (loader, object, "dimensions", where);
  for (guint i = 0; dimensions != NULL && i < json_array_get_length (dimensions); i++)
    {
      JsonObject *item = array_get_object (loader, dimensions, i, where);
      ZonaDimension *dimension;
      gboolean has_weight = FALSE;

      if (item == NULL)
        break;
      dimension = parse_dimension (loader, item, codes, where, &has_weight);
      g_ptr_array_add (version->dimensions, dimension);
      if (has_weight)
        {
          n_weighted++;
          sum += dimension->weight;
        }
    }

  check_weights (loader, n_weighted, version->dimensions->len, sum, 10000, where);

  if (n_weighted == 0)
    for (guint i = 0; i < version->dimensions->len; i++)
      ((ZonaDimension *) g_ptr_array_index (version->dimensions, i))->weight = 100;

  return version;
}

static gboolean
id_is_valid (const char *id)
{
  if (id == NULL || id[0] == '\0')
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static void
parse_scheme (Loader     *loader,
              ZonaScheme *scheme,
              JsonObject *root)
{
  g_autofree char *result = NULL;
  JsonArray *versions;
  JsonArray *not_held;
  JsonNode *format;
  const char *where = _("the scheme");

  format = json_object_get_member (root, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_INT64 || json_node_get_int (format) != 1)
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("this is not a Zona scheme file of format 1"));
      return;
    }

  scheme->id = get_string (loader, root, "id", TRUE, where);
  if (!loader_failed (loader) && !id_is_valid (scheme->id))
    loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                 _("the scheme id “%s” may only hold lower-case letters, digits and “-”"),
                 scheme->id);
  scheme->name = get_string (loader, root, "name", TRUE, where);
  scheme->short_name = get_string (loader, root, "short_name", TRUE, where);
  scheme->owner = get_string (loader, root, "owner", FALSE, where);

  result = get_string (loader, root, "result", TRUE, where);
  if (loader_failed (loader))
    return;
  if (g_str_equal (result, "score"))
    scheme->result = ZONA_SCHEME_RESULT_SCORE;
  else if (g_str_equal (result, "award"))
    scheme->result = ZONA_SCHEME_RESULT_AWARD;
  else
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                   _("“result” must be “score” or “award”, not “%s”"), result);
      return;
    }

  if (scheme->result == ZONA_SCHEME_RESULT_SCORE)
    {
      JsonNode *scale = json_object_get_member (root, "scale");
      JsonObject *scale_object;

      if (scale == NULL || !JSON_NODE_HOLDS_OBJECT (scale))
        {
          loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                       _("a scheme with scores needs a “scale” with “min” and “max”"));
          return;
        }
      scale_object = json_node_get_object (scale);
      if (!get_score (loader, scale_object, "min", 0, 100000, &scheme->scale_min, _("the scale")) ||
          !get_score (loader, scale_object, "max", 0, 100000, &scheme->scale_max, _("the scale")) ||
          scheme->scale_min >= scheme->scale_max)
        {
          loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                       _("the scale needs a “min” below its “max”"));
          return;
        }
    }

  not_held = get_array (loader, root, "not_held", where);
  for (guint i = 0; not_held != NULL && i < json_array_get_length (not_held); i++)
    {
      JsonObject *item = array_get_object (loader, not_held, i, "not_held");
      ZonaSchemeGap gap;

      if (item == NULL)
        return;
      gap.year = get_year (loader, item, "year", TRUE, "not_held");
      gap.reason = get_string (loader, item, "reason", TRUE, "not_held");
      g_array_append_val (scheme->not_held, gap);
    }

  versions = get_array (loader, root, "versions", where);
  if (!loader_failed (loader) && (versions == NULL || json_array_get_length (versions) == 0))
    {
      loader_fail (loader, ZONA_SCHEME_ERROR_INVALID, _("the scheme has no “versions”"));
      return;
    }

  for (guint i = 0; versions != NULL && i < json_array_get_length (versions); i++)
    {
      JsonObject *item = array_get_object (loader, versions, i, "versions");
      ZonaSchemeVersion *version;

      if (item == NULL || loader_failed (loader))
        return;

      version = parse_version (loader, scheme, item, i);
      g_ptr_array_add (scheme->versions, version);

      if (!loader_failed (loader) && i > 0)
        {
          const ZonaSchemeVersion *previous = g_ptr_array_index (scheme->versions, i - 1);

          if (previous->year_to == 0 || previous->year_to >= version->year_from)
            loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                         _("version “%s” starts in %d, but version “%s” before it still covers that year"),
                         version->id, version->year_from, previous->id);
        }
    }

  for (guint i = 0; !loader_failed (loader) && i < scheme->not_held->len; i++)
    {
      const ZonaSchemeGap *gap = &g_array_index (scheme->not_held, ZonaSchemeGap, i);
      const ZonaSchemeVersion *version = zona_scheme_version_for_year (scheme, gap->year);

      if (version != NULL)
        loader_fail (loader, ZONA_SCHEME_ERROR_INVALID,
                     _("%d is listed as not held, but version “%s” covers it"),
                     gap->year, version->id);
    }
}

/**
 * zona_scheme_new_from_data:
 * @data: the JSON text
 * @length: its length, or -1 when nul-terminated
 * @name: the file name shown in error messages
 * @error: a #ZONA_SCHEME_ERROR naming @name and what is wrong
 *
 * Reads and checks an assessment scheme. A scheme whose category bands leave a gap, overlap or
 * do not cover the scale is refused, as is one whose weights do not add up.
 *
 * Returns: (transfer full): the scheme, or %NULL
 */
ZonaScheme *
zona_scheme_new_from_data (const char *data,
                           gssize      length,
                           const char *name,
                           GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ZonaScheme) scheme = NULL;
  Loader loader = { name, error };
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (length < 0)
    length = strlen (data);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, ZONA_SCHEME_ERROR, ZONA_SCHEME_ERROR_PARSE,
                   _("%s: not valid JSON: %s"), name, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, ZONA_SCHEME_ERROR, ZONA_SCHEME_ERROR_PARSE,
                   _("%s: a scheme file must hold one JSON object"), name);
      return NULL;
    }

  scheme = g_new0 (ZonaScheme, 1);
  scheme->not_held = g_array_new (FALSE, TRUE, sizeof (ZonaSchemeGap));
  g_array_set_clear_func (scheme->not_held, zona_scheme_gap_clear);
  scheme->versions = g_ptr_array_new_with_free_func (zona_scheme_version_free);
  scheme->source = g_strndup (data, length);

  parse_scheme (&loader, scheme, json_node_get_object (root));

  if (loader_failed (&loader))
    return NULL;

  return g_steal_pointer (&scheme);
}

/**
 * zona_scheme_new_from_file:
 * @path: a JSON scheme file
 * @error: a #ZONA_SCHEME_ERROR or #G_FILE_ERROR
 *
 * Reads and checks an assessment scheme file; messages name the file.
 *
 * Returns: (transfer full): the scheme, or %NULL
 */
ZonaScheme *
zona_scheme_new_from_file (const char *path,
                           GError    **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  basename = g_path_get_basename (path);

  return zona_scheme_new_from_data (contents, length, basename, error);
}

static int
compare_scheme_ids (gconstpointer a,
                    gconstpointer b)
{
  const ZonaScheme *scheme_a = *(ZonaScheme **) a;
  const ZonaScheme *scheme_b = *(ZonaScheme **) b;

  return g_strcmp0 (scheme_a->id, scheme_b->id);
}

/**
 * zona_scheme_load_directory:
 * @path: a folder of `*.json` scheme files
 * @error: the first error met
 *
 * Loads every scheme of a folder. One broken file fails the whole load, since silently
 * skipping a scheme would make its scores unclassifiable without anyone knowing why.
 *
 * Returns: (transfer full) (element-type ZonaScheme): the schemes sorted by id, or %NULL
 */
GPtrArray *
zona_scheme_load_directory (const char *path,
                            GError    **error)
{
  g_autoptr(GPtrArray) schemes = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_scheme_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = NULL;
      ZonaScheme *scheme;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      file = g_build_filename (path, name, NULL);
      scheme = zona_scheme_new_from_file (file, error);
      if (scheme == NULL)
        return NULL;

      if (zona_scheme_list_find (schemes, scheme->id) != NULL)
        {
          g_set_error (error, ZONA_SCHEME_ERROR, ZONA_SCHEME_ERROR_INVALID,
                       _("%s: the scheme id “%s” is already used by another file"),
                       name, scheme->id);
          zona_scheme_free (scheme);
          return NULL;
        }

      g_ptr_array_add (schemes, scheme);
    }

  g_ptr_array_sort (schemes, compare_scheme_ids);

  return g_steal_pointer (&schemes);
}
