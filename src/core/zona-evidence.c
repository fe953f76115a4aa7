/* zona-evidence.c — the records of evidence checklists and the rules they follow
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zona-evidence.h"

/* The names stored in the database and typed on the command line. */
static const char * const status_names[ZONA_EVIDENCE_N_STATUSES] = {
  "belum_ada",
  "diunggah",
  "memenuhi",
  "perlu_perbaikan",
  "diverifikasi",
};

/* Names that Windows gives to devices, with or without an extension: a file called so cannot
 * be copied to a Windows computer or a flash disk formatted by one. */
static const char * const windows_devices[] = {
  "CON", "PRN", "AUX", "NUL",
  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
  "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
};

/**
 * zona_evidence_status_to_string:
 * @status: a status
 *
 * Returns: the status as the database stores it and zona-cli takes it: "perlu_perbaikan"
 */
const char *
zona_evidence_status_to_string (ZonaEvidenceStatus status)
{
  g_return_val_if_fail (status < ZONA_EVIDENCE_N_STATUSES, status_names[0]);

  return status_names[status];
}

/**
 * zona_evidence_status_from_string:
 * @text: "belum_ada", "diunggah", "memenuhi", "perlu_perbaikan" or "diverifikasi"; case,
 *   and a space or hyphen for the underscore, do not matter
 * @out_status: (out): the status
 *
 * Returns: %TRUE when @text names a status
 */
gboolean
zona_evidence_status_from_string (const char         *text,
                                  ZonaEvidenceStatus *out_status)
{
  g_autofree char *key = NULL;

  if (text == NULL)
    return FALSE;

  key = g_strstrip (g_ascii_strdown (text, -1));
  g_strdelimit (key, " -", '_');

  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_str_equal (key, status_names[i]))
      {
        *out_status = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * zona_evidence_status_label:
 * @status: a status
 *
 * Returns: the status in words for people, translated
 */
const char *
zona_evidence_status_label (ZonaEvidenceStatus status)
{
  switch (status)
    {
    case ZONA_EVIDENCE_BELUM_ADA:
      return C_("evidence status", "Missing");
    case ZONA_EVIDENCE_DIUNGGAH:
      return C_("evidence status", "Uploaded");
    case ZONA_EVIDENCE_MEMENUHI:
      return C_("evidence status", "Meets the requirement");
    case ZONA_EVIDENCE_PERLU_PERBAIKAN:
      return C_("evidence status", "Needs correction");
    case ZONA_EVIDENCE_DIVERIFIKASI:
      return C_("evidence status", "Verified");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * zona_evidence_status_is_done:
 * @status: a status
 *
 * An item counts as complete once its document was judged to meet the requirement, whether or
 * not it was verified since.
 *
 * Returns: %TRUE for memenuhi and diverifikasi
 */
gboolean
zona_evidence_status_is_done (ZonaEvidenceStatus status)
{
  return status == ZONA_EVIDENCE_MEMENUHI || status == ZONA_EVIDENCE_DIVERIFIKASI;
}

/* NULL after any text, so that items without a date or a person come last. */
static int
compare_last_null (const char *a,
                   const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);

  return g_utf8_collate (a, b);
}

static int
compare_items (const ZonaEvidenceItem *x,
               const ZonaEvidenceItem *y,
               gboolean                person_first)
{
  g_autofree char *x_person = NULL;
  g_autofree char *y_person = NULL;
  int order;

  if (x->person_in_charge != NULL)
    x_person = g_utf8_casefold (x->person_in_charge, -1);
  if (y->person_in_charge != NULL)
    y_person = g_utf8_casefold (y->person_in_charge, -1);

  if (person_first)
    {
      if ((order = compare_last_null (x_person, y_person)) == 0)
        order = compare_last_null (x->due_date, y->due_date);
    }
  else
    {
      if ((order = compare_last_null (x->due_date, y->due_date)) == 0)
        order = compare_last_null (x_person, y_person);
    }

  if (order == 0)
    order = compare_last_null (x->unit_name, y->unit_name);

  return order != 0 ? order : (x->id > y->id) - (x->id < y->id);
}

/**
 * zona_evidence_item_compare_by_due:
 * @a: a pointer to a #ZonaEvidenceItem pointer, as g_ptr_array_sort() passes
 * @b: likewise
 *
 * The order of a list of items to chase: by due date, the oldest first and items without one
 * last, then by person in charge, so that each person's debts stand together within a day,
 * then by unit.
 *
 * Returns: negative, zero or positive as for strcmp()
 */
int
zona_evidence_item_compare_by_due (gconstpointer a,
                                   gconstpointer b)
{
  return compare_items (*(ZonaEvidenceItem * const *) a, *(ZonaEvidenceItem * const *) b, FALSE);
}

/**
 * zona_evidence_item_compare_by_person:
 * @a: a pointer to a #ZonaEvidenceItem pointer, as g_ptr_array_sort() passes
 * @b: likewise
 *
 * By person in charge (ignoring case; items without one last), then by due date, then by unit:
 * the list a clerk phones down, one person at a time.
 *
 * Returns: negative, zero or positive as for strcmp()
 */
int
zona_evidence_item_compare_by_person (gconstpointer a,
                                      gconstpointer b)
{
  return compare_items (*(ZonaEvidenceItem * const *) a, *(ZonaEvidenceItem * const *) b, TRUE);
}

/**
 * zona_evidence_item_is_overdue:
 * @item: an item
 * @today: today's date, "2024-04-23"
 *
 * An item is overdue when its due date has passed and the unit still owes the document: none
 * was uploaded, or the one uploaded needs correction. A document uploaded in time and waiting
 * for the reviewer is not the unit's delay.
 *
 * Returns: %TRUE when the item is overdue on @today
 */
gboolean
zona_evidence_item_is_overdue (const ZonaEvidenceItem *item,
                               const char             *today)
{
  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (item->due_date == NULL)
    return FALSE;

  if (item->status != ZONA_EVIDENCE_BELUM_ADA && item->status != ZONA_EVIDENCE_PERLU_PERBAIKAN)
    return FALSE;

  /* ISO dates of the same shape compare as text. */
  return strcmp (item->due_date, today) < 0;
}

/**
 * zona_evidence_date_is_valid:
 * @text: a date
 *
 * Returns: %TRUE when @text is a real calendar date written "2024-04-23", between the years
 *   1900 and 9999
 */
gboolean
zona_evidence_date_is_valid (const char *text)
{
  guint64 year;
  guint64 month;
  guint64 day;
  char digits[5] = { 0 };

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  memcpy (digits, text, 4);
  year = g_ascii_strtoull (digits, NULL, 10);
  memset (digits, 0, sizeof digits);
  memcpy (digits, text + 5, 2);
  month = g_ascii_strtoull (digits, NULL, 10);
  memcpy (digits, text + 8, 2);
  day = g_ascii_strtoull (digits, NULL, 10);

  return year >= 1900 && year <= 9999 && g_date_valid_dmy (day, month, year);
}

/* The name as it can be shown in a message: control characters spelled out. */
static char *
printable_name (const char *name)
{
  GString *shown = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 || *p == 0x7f)
        g_string_append_printf (shown, "\\x%02x", (guchar) *p);
      else
        g_string_append_c (shown, *p);
    }

  return g_string_free (shown, FALSE);
}

static gboolean
is_windows_device (const char *name)
{
  g_autofree char *stem = g_strdup (name);
  char *dot = strchr (stem, '.');

  if (dot != NULL)
    *dot = '\0';
  g_strchomp (stem);

  for (guint i = 0; i < G_N_ELEMENTS (windows_devices); i++)
    if (g_ascii_strcasecmp (stem, windows_devices[i]) == 0)
      return TRUE;

  return FALSE;
}

/**
 * zona_evidence_check_file_name:
 * @name: the name a stored file is known by and saved under
 * @error: %ZONA_STORE_ERROR_INVALID naming what is wrong
 *
 * Accepts only a plain file name that every system the files travel to can hold: no folder
 * part and no "..", none of the characters Windows forbids (<>:"/\|?* and control
 * characters), no trailing space or dot, no device name such as "NUL". Evidence packs end up
 * on Windows computers and flash disks, and a name that escapes its folder must never be
 * written.
 *
 * Returns: %TRUE when @name is acceptable
 */
gboolean
zona_evidence_check_file_name (const char  *name,
                               GError     **error)
{
  static const char forbidden[] = "<>:\"/\\|?*";
  g_autofree char *shown = NULL;
  gsize length;

  if (name == NULL || name[0] == '\0')
    {
      g_set_error_literal (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                           _("The file needs a name"));
      return FALSE;
    }

  if (!g_utf8_validate (name, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (name, -1);

      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The file name “%s” is not valid text: rename the file"), valid);
      return FALSE;
    }

  shown = printable_name (name);
  length = strlen (name);

  if (length > 255)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The file name “%s” is too long: shorten it to at most 255 bytes"), shown);
      return FALSE;
    }

  for (const char *p = name; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 || *p == 0x7f)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("The file name “%s” contains a control character, which Windows does "
                         "not allow in file names: rename the file"), shown);
          return FALSE;
        }

      if (strchr (forbidden, *p) != NULL)
        {
          g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                       _("The file name “%s” contains “%c”, which Windows does not allow in "
                         "file names: rename the file"), shown, *p);
          return FALSE;
        }
    }

  if (strstr (name, "..") != NULL)
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The file name “%s” contains “..”, which could point outside its folder: "
                     "rename the file"), shown);
      return FALSE;
    }

  if (name[length - 1] == ' ' || name[length - 1] == '.')
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("The file name “%s” ends in a space or a dot, which Windows does not "
                     "allow: rename the file"), shown);
      return FALSE;
    }

  if (is_windows_device (name))
    {
      g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID,
                   _("“%s” is a name Windows keeps for a device: rename the file"), shown);
      return FALSE;
    }

  return TRUE;
}

/**
 * zona_evidence_progress_add:
 * @progress: a tally
 * @item: an item to count in it
 * @today: today's date, "2024-04-23", for the overdue count
 *
 * Counts one item into @progress and updates its percentage.
 */
void
zona_evidence_progress_add (ZonaEvidenceProgress   *progress,
                            const ZonaEvidenceItem *item,
                            const char             *today)
{
  progress->n_items++;
  if (zona_evidence_status_is_done (item->status))
    progress->n_done++;
  if (item->status == ZONA_EVIDENCE_PERLU_PERBAIKAN)
    progress->n_to_fix++;
  if (zona_evidence_item_is_overdue (item, today))
    progress->n_overdue++;

  progress->percent_done = progress->n_done * 100 / progress->n_items;
}

void
zona_evidence_item_free (ZonaEvidenceItem *item)
{
  if (item == NULL)
    return;

  g_free (item->requirement_code);
  g_free (item->indicator_code);
  g_free (item->dimension_code);
  g_free (item->title);
  g_free (item->guidance);
  g_free (item->person_in_charge);
  g_free (item->due_date);
  g_free (item->notes);
  g_free (item->reviewer_comment);
  g_free (item->effective_date);
  g_free (item->updated_at);
  g_free (item->region_code);
  g_free (item->unit_name);
  g_free (item->scheme_id);
  g_free (item->filename);
  g_free (item);
}

void
zona_evidence_progress_free (ZonaEvidenceProgress *progress)
{
  if (progress == NULL)
    return;

  g_free (progress->unit_name);
  g_free (progress->scheme_id);
  g_free (progress);
}

void
zona_attachment_free (ZonaAttachment *attachment)
{
  if (attachment == NULL)
    return;

  g_free (attachment->sha256);
  g_free (attachment->filename);
  g_free (attachment->mime_type);
  g_free (attachment->added_at);
  g_free (attachment);
}
