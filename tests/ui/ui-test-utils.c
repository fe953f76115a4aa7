/* ui-test-utils.c — what the display tests share: a window on a demo database, waiting for
 * the main loop, finding dialogs
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zona-demo.h"
#include "zona-paths.h"
#include "ui-test-utils.h"
#include "zona-result-item.h"
#include "zona-test-utils.h"

static gboolean
on_timeout (gpointer data)
{
  gboolean *done = data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
wait_mapped (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (widget));
}

/**
 * ui_test_init:
 * @argc: main()'s
 * @argv: main()'s
 *
 * Starts GTK for a test in the language of $LANGUAGE, with the build tree's catalogues when
 * $ZONA_LOCALEDIR names them. gtk_test_init() sets en_US.UTF-8, which is not installed here
 * and would leave the C locale, in which gettext ignores $LANGUAGE: the environment's locale
 * (C.UTF-8) is set again after it.
 */
void
ui_test_init (int    *argc,
              char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, zona_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
}

/* The application adds style.css from its resources (AdwApplication's resource base path);
 * windows made here have no application, so the sheet is added the same way by hand. */
static void
load_app_style (void)
{
  static GtkCssProvider *provider = NULL;

  if (provider != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/zonadesk/Zona/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
window_fixture_set_up (WindowFixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("zona-ui-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = zona_store_open (path, ZONA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  zona_demo_populate (f->store, &error);
  g_assert_no_error (error);

  load_app_style ();
  f->window = zona_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_mapped (GTK_WIDGET (f->window));
  settle (100);
}

void
window_fixture_tear_down (WindowFixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  settle (50);
  g_clear_object (&f->store);

  if (g_getenv ("ZONA_TEST_KEEP") != NULL)
    g_test_message ("Kept %s", f->dir);
  else
    zona_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_items = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/* Renders @widget to the PNG file @png and fails on an empty picture or one of one colour. */
void
render_to_file (GtkWidget  *widget,
                const char *png)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  GtkSnapshot *snapshot;
  int width, height;
  gsize n_different = 0;

  for (guint frame = 0; frame < 10; frame++)
    {
      gtk_widget_queue_draw (widget);
      settle (30);
    }

  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 100);

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, png));
  g_test_message ("Rendered %dx%d to %s", width, height, png);

  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 1; i < (gsize) width * height; i++)
    if (memcmp (pixels + i * 4, pixels, 4) != 0)
      n_different++;

  /* Text, cards and rows make far more than a sliver of the picture differ from its corner. */
  g_assert_cmpuint (n_different, >, (gsize) width * height / 100);
}

/* The child @name of @widget's template of @type; it must exist. */
/* <dir>/<what>-<language>.png: the pictures are test artifacts, kept in ZONA_SCREENSHOT_DIR
 * (<build>/tests/ui/screenshots) when meson runs the test so that they can be looked at, else
 * in @fallback_dir, the test's temporary folder. */
char *
screenshot_path (const char *fallback_dir,
                 const char *what,
                 const char *language)
{
  const char *dir = g_getenv ("ZONA_SCREENSHOT_DIR");
  g_autofree char *name = g_strdup_printf ("%s-%s.png", what, language);

  if (dir == NULL || *dir == '\0')
    return g_build_filename (fallback_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  return g_build_filename (dir, name, NULL);
}

gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);

  return child;
}

gpointer
window_child (WindowFixture *f,
              const char    *name)
{
  return template_child (f->window, ZONA_TYPE_WINDOW, name);
}

gpointer
result_dialog_child (ZonaAssessmentDialog *dialog,
                     const char           *name)
{
  return template_child (dialog, ZONA_TYPE_ASSESSMENT_DIALOG, name);
}

/* Returns: (transfer full) (nullable): the demo unit of Kota Madiun (35.77) with @name as its
 * name or short name, or %NULL when there is none (merged away, say) */
ZonaUnit *
find_unit (WindowFixture *f,
           const char    *name)
{
  g_autoptr(GError) error = NULL;
  ZonaUnit *unit = zona_store_find_unit (f->store, "35.77", name, &error);

  g_assert_no_error (error);

  return unit;
}

/* Selects the row of the unit with @short_name in the region's list, as shown (filtered and
 * sorted); returns its position. */
guint
select_unit_row (WindowFixture *f,
                 const char    *short_name)
{
  GtkSelectionModel *rows = gtk_column_view_get_model (window_child (f, "unit_view"));
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (rows));

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(ZonaResultItem) item = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (g_strcmp0 (zona_result_item_get_short_name (item), short_name) == 0)
        {
          gtk_selection_model_select_item (rows, i, TRUE);
          return i;
        }
    }

  g_assert_not_reached ();
}
