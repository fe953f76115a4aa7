/* zona-date-text.c — dates as the window shows them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zona-date-text.h"

/* The month names come from the translations rather than from the C library's LC_TIME, so
 * that a window shown in Indonesian writes "23 April 2024" and "5 Agustus 2024" whatever
 * the locale's time settings are. */
static const char *
month_name (guint month)
{
  switch (month)
    {
    case 1: return C_("month", "January");
    case 2: return C_("month", "February");
    case 3: return C_("month", "March");
    case 4: return C_("month", "April");
    case 5: return C_("month", "May");
    case 6: return C_("month", "June");
    case 7: return C_("month", "July");
    case 8: return C_("month", "August");
    case 9: return C_("month", "September");
    case 10: return C_("month", "October");
    case 11: return C_("month", "November");
    case 12: return C_("month", "December");
    default: return "";
    }
}

/**
 * zona_date_text:
 * @iso_date: (nullable): a date as core stores it, "2024-04-23"
 *
 * Returns: the date written out, "23 April 2024"; the text as it is when it is no such
 *   date, and %NULL for %NULL
 */
char *
zona_date_text (const char *iso_date)
{
  guint year, month, day;

  if (iso_date == NULL)
    return NULL;

  if (sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return g_strdup (iso_date);

  /* Translators: a date: day, month name, year, "23 April 2024" */
  return g_strdup_printf (C_("date", "%u %s %u"), day, month_name (month), year);
}

/**
 * zona_date_from_gdate:
 * @date: a moment
 *
 * Returns: its local day as core stores dates, "2024-04-23"
 */
char *
zona_date_from_gdate (GDateTime *date)
{
  return g_date_time_format (date, "%Y-%m-%d");
}

/**
 * zona_date_today:
 *
 * Returns: today's local date as core stores dates, "2024-04-23"
 */
char *
zona_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return zona_date_from_gdate (now);
}
