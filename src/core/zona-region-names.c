/* zona-region-names.c — matching region names as people write them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "zona-region-names.h"

/* Abbreviations of the leading word that press and spreadsheets use. */
static const struct
{
  const char *abbreviation;
  const char *word;
} prefixes[] = {
  { "kab", "kabupaten" },
  { "kabupaten", "kabupaten" },
  { "pemkab", "kabupaten" },
  { "kota", "kota" },
  { "pemkot", "kota" },
  { "prov", "" },
  { "provinsi", "" },
  { "propinsi", "" },
  { "pemprov", "" },
};

/**
 * zona_region_name_key:
 * @name: a region name as written anywhere: "Kab. Madiun", "KABUPATEN  MADIUN",
 *   "Kota Bau-Bau", "Provinsi Jawa Timur"
 *
 * Reduces a name to a key that equal names share: the leading word is normalised ("Kab." is
 * "Kabupaten", "Provinsi" is dropped), then everything but letters and digits is removed and
 * the rest lower-cased, so spacing, hyphens, dots and case no longer matter ("kotabaubau").
 *
 * Returns: (transfer full): the key, possibly empty
 */
char *
zona_region_name_key (const char *name)
{
  g_autofree char *folded = NULL;
  g_autofree char *first = NULL;
  GString *key;
  const char *rest;
  const char *p;

  g_return_val_if_fail (name != NULL, NULL);

  folded = g_utf8_strdown (name, -1);
  p = folded;
  while (*p != '\0' && !g_ascii_isalnum (*p))
    p++;

  /* The first word, up to a space, a dot or the end. */
  rest = p;
  while (*rest != '\0' && g_ascii_isalnum (*rest))
    rest++;
  first = g_strndup (p, rest - p);

  key = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      if (g_str_equal (first, prefixes[i].abbreviation) && *rest != '\0')
        {
          g_string_append (key, prefixes[i].word);
          p = rest;
          break;
        }
    }

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}
