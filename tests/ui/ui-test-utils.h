/* ui-test-utils.h — what the display tests share
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "zona-assessment-dialog.h"
#include "zona-store.h"
#include "zona-window.h"

G_BEGIN_DECLS

/* How long a test waits for the window system before it fails. */
#define WAIT_MS 5000

/* A window on a fresh demo database in a temporary folder. */
typedef struct
{
  char       *dir;
  ZonaStore  *store;
  ZonaWindow *window;
} WindowFixture;

void
ui_test_init (int    *argc,
              char ***argv);

void
settle (guint ms);

void
wait_mapped (GtkWidget *widget);

void
window_fixture_set_up (WindowFixture       *f,
                gconstpointer  data);

void
window_fixture_tear_down (WindowFixture       *f,
                   gconstpointer  data);

void
click (GtkWidget *button);

gpointer
find_toplevel (GType type);

void
render_to_file (GtkWidget  *widget,
                const char *png);

char *
screenshot_path (const char *fallback_dir,
                 const char *what,
                 const char *language);

gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name);

gpointer
window_child (WindowFixture *f,
              const char    *name);

gpointer
result_dialog_child (ZonaAssessmentDialog *dialog,
                     const char           *name);

ZonaUnit *
find_unit (WindowFixture *f,
           const char    *name);

guint
select_unit_row (WindowFixture *f,
                 const char    *short_name);

G_END_DECLS
