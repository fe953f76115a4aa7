/* zona-evidence-text.c — an evidence checklist's progress in words, as the window shows it
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-evidence-text.h"

/**
 * zona_evidence_progress_text:
 * @progress: what a checklist, a unit or a region has done
 *
 * The same words wherever progress is shown, so that a unit's page and the region's list
 * read alike: "37 of 43 documents done (86 %) · 2 overdue · 1 needs correction", the last two
 * only when there are any.
 *
 * Returns: (transfer full): the text
 */
char *
zona_evidence_progress_text (const ZonaEvidenceProgress *progress)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text,
                          /* Translators: "12 of 60 documents done (20 %)" */
                          g_dngettext (GETTEXT_PACKAGE, "%u of %u document done (%u %%)",
                                       "%u of %u documents done (%u %%)", progress->n_items),
                          progress->n_done, progress->n_items, progress->percent_done);
  if (progress->n_overdue > 0)
    {
      g_string_append (text, _(" · "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue",
                                                 progress->n_overdue),
                              progress->n_overdue);
    }
  if (progress->n_to_fix > 0)
    {
      g_string_append (text, _(" · "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u needs correction",
                                                 "%u need correction", progress->n_to_fix),
                              progress->n_to_fix);
    }

  return g_string_free (text, FALSE);
}

/* Returns: the share of items done, 0 to 1, for a progress bar */
double
zona_evidence_progress_fraction (const ZonaEvidenceProgress *progress)
{
  return progress->n_items > 0 ? (double) progress->n_done / progress->n_items : 0.0;
}
