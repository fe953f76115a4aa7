/* zona-evidence-export.c — evidence packs: checklists written out as a folder tree with a
 * manifest and checksums
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zona-evidence-export.h"

/* Limits on each part of a path in a pack, in characters (names are ASCII). Windows refuses
 * paths over 260 characters; with these, a pack's deepest file stays under 210, which leaves
 * room for the folder the pack is copied into. */
#define UNIT_MAX       40
#define DIMENSION_MAX  40
#define INDICATOR_MAX  50
#define FILE_MAX       72
#define EXTENSION_MAX  8

typedef struct
{
  ZonaStore   *store;
  const char  *root;
  gboolean     created_root;
  GPtrArray   *created;     /* paths written, files and folders, in order */
  GHashTable  *used;        /* relative paths taken, case-folded: Windows ignores case */
  GHashTable  *unit_dirs;   /* assessment id -> its folder, when the pack holds several */
  GString     *manifest;
  GString     *sums;
} Export;

/* Characters kept as they are; anything else becomes a space. A narrower set than the
 * systems allow, because assessors' portals and flash disks see these names too. */
static gboolean
is_plain (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.' || c == '(' || c == ')';
}

static gboolean
is_windows_device (const char *name)
{
  static const char * const devices[] = {
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
  };
  gsize stem = strcspn (name, ".");

  for (guint i = 0; i < G_N_ELEMENTS (devices); i++)
    if (strlen (devices[i]) == stem && g_ascii_strncasecmp (name, devices[i], stem) == 0)
      return TRUE;

  return FALSE;
}

/* Trims what may not end a name on Windows (dots, spaces) and what would only be noise at
 * either end (hyphens), and a leading dot, which hides a file on other systems. */
static void
trim_name (GString *name)
{
  while (name->len > 0 && strchr (". -", name->str[name->len - 1]) != NULL)
    g_string_truncate (name, name->len - 1);
  while (name->len > 0 && strchr (". -", name->str[0]) != NULL)
    g_string_erase (name, 0, 1);
}

/**
 * zona_evidence_safe_name:
 * @text: a title, a unit's name, an indicator's name
 * @max_length: the longest name wanted, in characters; at least 1
 *
 * Turns any text into a file or folder name that every system a pack travels to can hold:
 * letters are written in ASCII ("Pelayanan Publik é" becomes "Pelayanan Publik e"), only
 * letters, digits, spaces and -_.() are kept (every other character becomes a space), runs of
 * spaces and dots shrink to one, no name ends in a dot or a space or starts with a dot, a
 * device name of Windows such as "CON" gets a "_" in front, and the result is cut to
 * @max_length characters, between words where one ends in its second half. Nothing is left
 * that could name another folder ("/", "..").
 *
 * Returns: (transfer full): the name, never empty ("_" when nothing of @text is left)
 */
char *
zona_evidence_safe_name (const char *text,
                         guint       max_length)
{
  g_autofree char *ascii = NULL;
  GString *name;

  g_return_val_if_fail (max_length > 0, NULL);

  ascii = g_str_to_ascii (text != NULL ? text : "", "C");
  name = g_string_sized_new (strlen (ascii));

  for (const char *p = ascii; *p != '\0'; p++)
    {
      char c = is_plain (*p) ? *p : ' ';

      if (name->len > 0 && (c == ' ' || c == '.') && name->str[name->len - 1] == c)
        continue;
      g_string_append_c (name, c);
    }

  trim_name (name);
  if (name->len > max_length)
    {
      const char *space;

      /* Between words when one ends in the second half, so no word is left cut off. */
      g_string_truncate (name, max_length + 1);
      space = strrchr (name->str, ' ');
      g_string_truncate (name, space != NULL && space - name->str >= max_length / 2
                               ? (gsize) (space - name->str) : max_length);
      trim_name (name);
    }

  if (name->len == 0)
    g_string_assign (name, "_");
  else if (is_windows_device (name->str))
    {
      g_string_prepend_c (name, '_');
      if (name->len > max_length)
        g_string_truncate (name, max_length);
    }

  return g_string_free (name, FALSE);
}

/* A stored file's extension, lowercase, when it is a plain one ("pdf", "jpeg"). */
static char *
extension_of (const char *filename)
{
  const char *dot = filename != NULL ? strrchr (filename, '.') : NULL;
  gsize length;

  if (dot == NULL || dot == filename)
    return NULL;

  length = strlen (dot + 1);
  if (length == 0 || length > EXTENSION_MAX)
    return NULL;
  for (const char *p = dot + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return NULL;

  return g_ascii_strdown (dot + 1, -1);
}

/* "KB-01-a" and "SK penetapan standar pelayanan" give "KB-01-a-SK-penetapan-standar-pelayanan":
 * the code first, so that a folder sorts by it, and hyphens, which survive upload forms that
 * mangle spaces. */
static char *
document_stem (const ZonaEvidenceItem *item,
               guint                   max_length)
{
  const char *code = item->requirement_code ? item->requirement_code : item->indicator_code;
  g_autofree char *joined = code ? g_strconcat (code, " ", item->title, NULL)
                                 : g_strdup (item->title);
  char *stem = zona_evidence_safe_name (joined, max_length);

  g_strdelimit (stem, " ", '-');

  return stem;
}

/* Takes @dir/@name for this pack, with "-2", "-3"… before the extension when a name of
 * another item is already there. */
static char *
claim_name (Export      *export,
            const char  *dir,
            const char  *stem,
            const char  *extension)
{
  for (guint n = 1; ; n++)
    {
      g_autofree char *suffix = n > 1 ? g_strdup_printf ("-%u", n) : g_strdup ("");
      g_autofree char *name = g_strconcat (stem, suffix, extension ? "." : "",
                                           extension ? extension : "", NULL);
      g_autofree char *relative = dir[0] ? g_strconcat (dir, "/", name, NULL) : g_strdup (name);
      g_autofree char *key = g_utf8_casefold (relative, -1);

      if (!g_hash_table_contains (export->used, key))
        {
          g_hash_table_add (export->used, g_steal_pointer (&key));
          return g_steal_pointer (&relative);
        }
    }
}

static void
set_write_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("“%s” cannot be written: %s"), shown, g_strerror (saved_errno));
}

/* Makes each folder of @relative under the pack's root that this export has not made yet. */
static gboolean
make_folders (Export      *export,
              const char  *relative,
              GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (relative, "/", -1);
  g_autoptr(GString) path = g_string_new (export->root);
  g_autoptr(GString) done = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *key = NULL;

      g_string_append_printf (path, G_DIR_SEPARATOR_S "%s", parts[i]);
      g_string_append_printf (done, "%s%s", i > 0 ? "/" : "", parts[i]);
      key = g_utf8_casefold (done->str, -1);
      if (g_hash_table_contains (export->used, key))
        continue;

      if (g_mkdir (path->str, 0755) != 0)
        {
          set_write_error (error, errno, path->str);
          return FALSE;
        }
      g_ptr_array_add (export->created, g_strdup (path->str));
      g_hash_table_add (export->used, g_steal_pointer (&key));
    }

  return TRUE;
}

/* One field of the manifest, quoted when it holds the separator, a quote or a line break. */
static void
append_field (GString    *row,
              const char *value,
              gboolean    last)
{
  if (value == NULL)
    value = "";

  if (strpbrk (value, ";\"\r\n") != NULL)
    {
      g_string_append_c (row, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (row, '"');
          g_string_append_c (row, *p);
        }
      g_string_append_c (row, '"');
    }
  else
    g_string_append (row, value);

  g_string_append (row, last ? "\r\n" : ";");
}

/* The folder of an item inside the pack, relative to its root: the unit when the pack holds
 * several, "1 Kebijakan Pelayanan" (the dimension's place in the scheme and its name), "KB-01
 * Standar pelayanan tersedia…" (the indicator). Items without an indicator go into "Other
 * documents". */
static char *
item_folder (Export                   *export,
             const ZonaSchemeVersion  *version,
             const ZonaEvidenceItem   *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const ZonaDimension *dimension = NULL;
  const ZonaIndicator *indicator = NULL;
  const char *unit_dir;

  unit_dir = g_hash_table_lookup (export->unit_dirs, &item->assessment_id);
  if (unit_dir != NULL)
    g_ptr_array_add (parts, g_strdup (unit_dir));

  if (item->indicator_code != NULL)
    indicator = zona_scheme_version_find_indicator (version, item->indicator_code, &dimension);

  if (indicator != NULL && dimension != NULL)
    {
      g_autofree char *dimension_title = NULL;
      g_autofree char *indicator_title = NULL;
      guint position = 0;

      while (position < version->dimensions->len &&
             g_ptr_array_index (version->dimensions, position) != dimension)
        position++;
      dimension_title = g_strdup_printf ("%u %s", position + 1, dimension->name);
      indicator_title = g_strdup_printf ("%s %s", indicator->code, indicator->name);
      g_ptr_array_add (parts, zona_evidence_safe_name (dimension_title, DIMENSION_MAX));
      g_ptr_array_add (parts, zona_evidence_safe_name (indicator_title, INDICATOR_MAX));
    }
  else
    g_ptr_array_add (parts, zona_evidence_safe_name (_("Other documents"), DIMENSION_MAX));

  g_ptr_array_add (parts, NULL);

  return g_strjoinv ("/", (char **) parts->pdata);
}

/* Writes an item's current file into the pack and its row into the manifest and the sums. */
static gboolean
export_item (Export                   *export,
             const ZonaSchemeVersion  *version,
             const ZonaEvidenceItem   *item,
             ZonaEvidencePack         *pack,
             GCancellable             *cancellable,
             GError                  **error)
{
  g_autoptr(ZonaAttachment) attachment = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *saved = NULL;
  GString *row = export->manifest;

  pack->n_items++;

  if (item->attachment_id != 0)
    {
      g_autofree char *folder = item_folder (export, version, item);
      g_autofree char *extension = extension_of (item->filename);
      g_autofree char *stem = NULL;
      g_autofree char *target_dir = NULL;
      g_autofree char *name = NULL;
      guint room = FILE_MAX - (extension ? strlen (extension) + 1 : 0) - 3;

      if ((attachment = zona_store_get_attachment (export->store, item->attachment_id,
                                                   error)) == NULL ||
          !make_folders (export, folder, error))
        return FALSE;

      stem = document_stem (item, room);
      relative = claim_name (export, folder, stem, extension);
      name = g_path_get_basename (relative);
      target_dir = g_build_filename (export->root, folder, NULL);

      /* Streamed from the database and checked against its SHA-256 on the way. */
      saved = zona_store_save_attachment (export->store, item->attachment_id, target_dir, name,
                                          FALSE, cancellable, error);
      if (saved == NULL)
        return FALSE;
      g_ptr_array_add (export->created, g_strdup (saved));

      /* Two spaces: the text mode of sha256sum, which every version reads. */
      g_string_append_printf (export->sums, "%s  %s\n", attachment->sha256, relative);
      pack->n_files++;
      pack->n_bytes += attachment->size;
    }

  append_field (row, relative, FALSE);
  append_field (row, item->unit_name, FALSE);
  append_field (row, item->dimension_code, FALSE);
  append_field (row, item->indicator_code, FALSE);
  append_field (row, item->requirement_code, FALSE);
  append_field (row, item->title, FALSE);
  append_field (row, zona_evidence_status_to_string (item->status), FALSE);
  append_field (row, item->effective_date, FALSE);
  if (attachment != NULL)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GINT64_FORMAT, attachment->size);

      append_field (row, size, FALSE);
      append_field (row, attachment->sha256, TRUE);
    }
  else
    {
      append_field (row, NULL, FALSE);
      append_field (row, NULL, TRUE);
    }

  return TRUE;
}

/* The folder the pack goes into: made when it does not exist, used when it is empty. A folder
 * with anything in it is refused, so that the pack's checksums and manifest describe the whole
 * folder and nothing of the user's is mixed in or replaced. */
static gboolean
prepare_root (Export      *export,
              GError     **error)
{
  g_autofree char *shown = g_filename_display_name (export->root);
  g_autoptr(GDir) dir = NULL;
  GError *local_error = NULL;

  if (!g_file_test (export->root, G_FILE_TEST_EXISTS))
    {
      if (g_mkdir (export->root, 0755) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("The folder “%s” cannot be created: %s"),
                       shown, g_strerror (saved_errno));
          return FALSE;
        }
      export->created_root = TRUE;
      return TRUE;
    }

  if (!g_file_test (export->root, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                   _("“%s” is a file, not a folder: choose a new or empty folder for the pack"),
                   shown);
      return FALSE;
    }

  if ((dir = g_dir_open (export->root, 0, &local_error)) == NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (g_dir_read_name (dir) != NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS,
                   _("The folder “%s” is not empty: choose a new or empty folder for the pack"),
                   shown);
      return FALSE;
    }

  return TRUE;
}

/* Undoes a failed export: what it wrote goes, newest first, and the folder too if it made it. */
static void
remove_written (Export *export)
{
  for (guint i = export->created->len; i > 0; i--)
    {
      const char *path = g_ptr_array_index (export->created, i - 1);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_rmdir (path);
      else
        g_unlink (path);
    }

  if (export->created_root)
    g_rmdir (export->root);
}

static gboolean
write_text (Export      *export,
            const char  *name,
            GString     *text,
            GError     **error)
{
  g_autofree char *path = g_build_filename (export->root, name, NULL);

  /* g_file_set_contents writes a temporary file, syncs it and renames it into place. */
  if (!g_file_set_contents (path, text->str, text->len, error))
    return FALSE;
  g_ptr_array_add (export->created, g_steal_pointer (&path));

  return TRUE;
}

static void
reserve_pack_files (GHashTable *used)
{
  g_hash_table_add (used, g_utf8_casefold (ZONA_EVIDENCE_PACK_MANIFEST, -1));
  g_hash_table_add (used, g_utf8_casefold (ZONA_EVIDENCE_PACK_SUMS, -1));
}

/* The checklists must be of one region, scheme and year: one pack is what one assessor gets. */
static gboolean
check_one_round (ZonaStore  *store,
                 GPtrArray  *items,
                 GError    **error)
{
  const ZonaEvidenceItem *first = g_ptr_array_index (items, 0);

  for (guint i = 1; i < items->len; i++)
    {
      const ZonaEvidenceItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->region_code, first->region_code) != 0)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("The checklists chosen belong to several regions (%s and %s): choose "
                         "one region"), first->region_code, item->region_code);
          return FALSE;
        }

      if (g_strcmp0 (item->scheme_id, first->scheme_id) != 0 || item->year != first->year)
        {
          const ZonaScheme *one = zona_store_find_scheme (store, first->scheme_id, NULL);
          const ZonaScheme *other = zona_store_find_scheme (store, item->scheme_id, NULL);

          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("The checklists chosen belong to several rounds (%s %d and %s %d): "
                         "choose one scheme and year"),
                       one ? one->short_name : first->scheme_id, first->year,
                       other ? other->short_name : item->scheme_id, item->year);
          return FALSE;
        }
    }

  return TRUE;
}

/* A unit's folder in a pack of several: its name, or its short name when the name is long
 * ("DPMPTSP" rather than a cut "Dinas Penanaman Modal dan Pelayanan"). */
static char *
unit_folder (ZonaStore              *store,
             const ZonaEvidenceItem *item)
{
  g_autoptr(ZonaUnit) unit = NULL;

  if (item->unit_name != NULL && g_utf8_strlen (item->unit_name, -1) > UNIT_MAX &&
      (unit = zona_store_get_unit (store, item->unit_id, NULL)) != NULL &&
      unit->short_name != NULL)
    return zona_evidence_safe_name (unit->short_name, UNIT_MAX);

  return zona_evidence_safe_name (item->unit_name, UNIT_MAX);
}

/**
 * zona_evidence_export:
 * @store: a store
 * @filter: the checklists: one unit's or every unit's of a region, of one scheme and year (the
 *   scheme and year may be left out when the unit or region has checklists of one round only)
 * @folder: where the pack goes: a folder that does not exist yet (its parent must) or an
 *   empty one
 * @out_pack: (out caller-allocates) (optional): what was written
 * @cancellable: (nullable): stops the export; nothing is left behind then
 * @error: why nothing was written
 *
 * Writes an evidence pack, ready to upload to an assessor's portal or copy to a flash disk:
 * each item's current file (earlier versions stay in the database) in a folder of its
 * dimension and indicator ("1 Kebijakan Pelayanan/KB-01 Standar pelayanan…/"), named after its
 * requirement code and title ("KB-01-a-SK-penetapan-standar-pelayanan.pdf"); with several
 * units, a folder per unit above that (its name, or its short name when the name is long).
 * Every name is safe on Windows and bounded in length
 * (see zona_evidence_safe_name()); two items whose names would clash get "-2", "-3".
 *
 * Beside the documents, "manifest.csv" lists every item, with a file or not: path, unit,
 * dimension, indicator, requirement, title, status, effective date, size and SHA-256,
 * separated by ";" (what a spreadsheet on an Indonesian Windows reads as columns), UTF-8 with
 * a byte order mark so that the spreadsheet knows. "SHA256SUMS" lists the documents in the
 * form `sha256sum -c SHA256SUMS` checks, run in @folder.
 *
 * A document that serves several items is written once for each of them, in each item's
 * folder: links do not survive flash disks formatted for Windows nor portals that take one
 * folder at a time. Files are streamed from the database in chunks, checked against their
 * SHA-256, and synced. Nothing is ever written outside @folder, and a folder that already
 * holds anything is refused, so the manifest describes the whole folder. After a failure
 * everything written is removed again.
 *
 * Returns: %TRUE when the whole pack was written
 */
gboolean
zona_evidence_export (ZonaStore                 *store,
                      const ZonaEvidenceFilter  *filter,
                      const char                *folder,
                      ZonaEvidencePack          *out_pack,
                      GCancellable              *cancellable,
                      GError                   **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) created = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) unit_dirs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                           g_free);
  g_autoptr(GString) manifest = g_string_new ("\xef\xbb\xbf");
  g_autoptr(GString) sums = g_string_new (NULL);
  g_auto(ZonaEvidencePack) pack = { 0 };
  const ZonaEvidenceItem *first;
  const ZonaSchemeVersion *version;
  const ZonaScheme *scheme;
  gint64 last_assessment = 0;
  Export export = {
    .store = store,
    .root = folder,
    .created = created,
    .used = used,
    .unit_dirs = unit_dirs,
    .manifest = manifest,
    .sums = sums,
  };

  g_return_val_if_fail (ZONA_IS_STORE (store), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if ((items = zona_store_list_evidence (store, filter, error)) == NULL)
    return FALSE;

  if (items->len == 0)
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
                           _("There is no evidence checklist to export: nothing was written"));
      return FALSE;
    }

  if (!check_one_round (store, items, error))
    return FALSE;

  first = g_ptr_array_index (items, 0);
  if ((scheme = zona_store_find_scheme (store, first->scheme_id, error)) == NULL)
    return FALSE;
  if ((version = zona_scheme_version_for_year (scheme, first->year)) == NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("%s has no methodology for the year %d"), scheme->short_name, first->year);
      return FALSE;
    }

  /* A folder per unit when the pack holds several checklists, never one named like the
   * manifest or the sums. */
  reserve_pack_files (used);
  for (guint i = 0; i < items->len; i++)
    {
      const ZonaEvidenceItem *item = g_ptr_array_index (items, i);

      if (item->assessment_id != last_assessment)
        {
          pack.n_units++;
          last_assessment = item->assessment_id;
        }
    }
  if (pack.n_units > 1)
    {
      last_assessment = 0;
      for (guint i = 0; i < items->len; i++)
        {
          const ZonaEvidenceItem *item = g_ptr_array_index (items, i);
          g_autofree char *stem = NULL;

          if (item->assessment_id == last_assessment)
            continue;
          last_assessment = item->assessment_id;
          stem = unit_folder (store, item);
          g_hash_table_insert (unit_dirs, g_memdup2 (&item->assessment_id, sizeof (gint64)),
                               claim_name (&export, "", stem, NULL));
        }
      /* The unit folders are made when their first file is written. */
      g_hash_table_remove_all (used);
      reserve_pack_files (used);
    }

  if (!prepare_root (&export, error))
    return FALSE;

  append_field (manifest, "path", FALSE);
  append_field (manifest, "unit", FALSE);
  append_field (manifest, "dimension", FALSE);
  append_field (manifest, "indicator", FALSE);
  append_field (manifest, "requirement", FALSE);
  append_field (manifest, "title", FALSE);
  append_field (manifest, "status", FALSE);
  append_field (manifest, "effective_date", FALSE);
  append_field (manifest, "size", FALSE);
  append_field (manifest, "sha256", TRUE);

  for (guint i = 0; i < items->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !export_item (&export, version, g_ptr_array_index (items, i), &pack, cancellable,
                        error))
        goto failed;
    }

  if (!write_text (&export, ZONA_EVIDENCE_PACK_MANIFEST, manifest, error) ||
      !write_text (&export, ZONA_EVIDENCE_PACK_SUMS, sums, error))
    goto failed;

  pack.scheme_id = g_strdup (first->scheme_id);
  pack.year = first->year;
  if (out_pack != NULL)
    {
      *out_pack = pack;
      memset (&pack, 0, sizeof pack);
    }

  return TRUE;

failed:
  remove_written (&export);
  return FALSE;
}

/**
 * zona_evidence_pack_clear:
 * @pack: what zona_evidence_export() wrote
 *
 * Frees what @pack holds, not @pack itself.
 */
void
zona_evidence_pack_clear (ZonaEvidencePack *pack)
{
  g_clear_pointer (&pack->scheme_id, g_free);
}
