/* main.c — the zona executable: runs ZonaApplication, nothing else
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "zona-application.h"
#include "zona-paths.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZonaApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, zona_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = zona_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
