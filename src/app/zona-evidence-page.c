/* zona-evidence-page.c — the evidence checklist of one assessment
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-checklist-item.h"
#include "zona-checklist-row.h"
#include "zona-date-text.h"
#include "zona-evidence-page.h"
#include "zona-evidence-rounds.h"
#include "zona-evidence-text.h"
#include "zona-evidence.h"

/* The page reads the checklist and its progress from core and words them; editing an item,
 * attaching files and adding items are the window's business, reached through the
 * "item-activated" and "files-dropped" signals and the win.add-evidence-item action. The
 * rows sit in a GtkListView, so that a long checklist costs only the rows on screen; an item
 * that opens an indicator carries the indicator's heading, since GTK 4.8's lists have no
 * sections. */
struct _ZonaEvidencePage
{
  AdwBin          parent_instance;

  gint64          assessment_id;
  guint           n_offers;       /* documents of the earlier round still valid here */
  char           *subject;
  char           *round;
  GListStore     *items;

  /* Template widgets */
  GtkLabel       *subject_label;
  GtkLabel       *round_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkRevealer    *offer_revealer;
  GtkLabel       *offer_label;
  GtkStack       *stack;
  GtkListView    *list_view;
};

enum {
  ITEM_ACTIVATED,
  FILES_DROPPED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaEvidencePage, zona_evidence_page, ADW_TYPE_BIN)

static guint signals[N_SIGNALS];

static void
on_row_files_dropped (ZonaEvidencePage *self,
                      GdkFileList      *files,
                      ZonaChecklistRow *row)
{
  ZonaChecklistItem *item = zona_checklist_row_get_item (row);

  if (item != NULL)
    g_signal_emit (self, signals[FILES_DROPPED], 0, zona_checklist_item_get_id (item), files);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           ZonaEvidencePage         *self)
{
  GtkWidget *row = zona_checklist_row_new ();

  g_signal_connect_object (row, "files-dropped", G_CALLBACK (on_row_files_dropped), self,
                           G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          ZonaEvidencePage         *self)
{
  zona_checklist_row_bind (ZONA_CHECKLIST_ROW (gtk_list_item_get_child (list_item)),
                           gtk_list_item_get_item (list_item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            ZonaEvidencePage         *self)
{
  zona_checklist_row_bind (ZONA_CHECKLIST_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
on_list_activate (ZonaEvidencePage *self,
                  guint             position,
                  GtkListView      *list_view)
{
  g_autoptr(ZonaChecklistItem) item = g_list_model_get_item (G_LIST_MODEL (self->items),
                                                             position);

  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, zona_checklist_item_get_id (item));
}

static void
zona_evidence_page_dispose (GObject *object)
{
  ZonaEvidencePage *self = ZONA_EVIDENCE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_EVIDENCE_PAGE);

  G_OBJECT_CLASS (zona_evidence_page_parent_class)->dispose (object);
}

static void
zona_evidence_page_finalize (GObject *object)
{
  ZonaEvidencePage *self = ZONA_EVIDENCE_PAGE (object);

  g_clear_object (&self->items);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->round, g_free);

  G_OBJECT_CLASS (zona_evidence_page_parent_class)->finalize (object);
}

static void
zona_evidence_page_class_init (ZonaEvidencePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_evidence_page_dispose;
  object_class->finalize = zona_evidence_page_finalize;

  /**
   * ZonaEvidencePage::item-activated:
   * @self: the page
   * @item_id: the evidence item activated
   *
   * An item was activated, to be opened for editing.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * ZonaEvidencePage::files-dropped:
   * @self: the page
   * @item_id: the evidence item the files were dropped on
   * @files: the #GdkFileList dropped
   *
   * Files were dropped on an item, to be attached to it.
   */
  signals[FILES_DROPPED] =
    g_signal_new ("files-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, GDK_TYPE_FILE_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-evidence-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidencePage, subject_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidencePage, round_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidencePage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidencePage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidencePage, offer_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidencePage, offer_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidencePage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidencePage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
}

static void
zona_evidence_page_init (ZonaEvidencePage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (ZONA_TYPE_CHECKLIST_ITEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

/* The names of the indicators of the methodology the assessment was made under, by code. */
static GHashTable *
indicator_names (ZonaStore        *store,
                 ZonaEvidenceItem *any)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);
  const ZonaScheme *scheme = zona_store_find_scheme (store, any->scheme_id, NULL);
  const ZonaSchemeVersion *version;

  if (scheme == NULL ||
      (version = zona_scheme_version_for_year (scheme, any->year)) == NULL)
    return names;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);

          g_hash_table_insert (names, indicator->code, indicator->name);
        }
    }

  return names;
}

static char *
heading_for (GHashTable             *names,
             const ZonaEvidenceItem *item)
{
  const char *name;

  if (item->indicator_code == NULL)
    return g_strdup (_("Other Documents"));

  if ((name = g_hash_table_lookup (names, item->indicator_code)) == NULL)
    return g_strdup (item->indicator_code);

  /* Translators: an indicator's code and name over its documents, "KB-01 — Standar pelayanan" */
  return g_strdup_printf (_("%s — %s"), item->indicator_code, name);
}

static void
show_progress (ZonaEvidencePage           *self,
               const ZonaEvidenceProgress *progress)
{
  g_autofree char *text = zona_evidence_progress_text (progress);

  gtk_label_set_label (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, zona_evidence_progress_fraction (progress));
}

/* The documents of the unit's earlier round that can serve this one as they are: the page
 * offers them, the window takes them (win.reuse-evidence). */
static void
show_offers (ZonaEvidencePage *self,
             GPtrArray        *offers)
{
  const ZonaEvidenceOffer *first;
  g_autofree char *text = NULL;

  self->n_offers = offers->len;
  gtk_revealer_set_reveal_child (self->offer_revealer, offers->len > 0);
  if (offers->len == 0)
    return;

  first = g_ptr_array_index (offers, 0);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u document of the %d round is still valid and can "
                                       "serve this one as it is.",
                                       "%u documents of the %d round are still valid and can "
                                       "serve this one as they are.", offers->len),
                          offers->len, first->from_year);
  gtk_label_set_label (self->offer_label, text);
}

/* Reads the checklist and its progress; nothing on the page changes when either fails. */
static gboolean
read_checklist (ZonaEvidencePage  *self,
                ZonaStore         *store,
                gint64             assessment_id,
                GError           **error)
{
  ZonaEvidenceFilter filter = { .assessment_id = assessment_id };
  g_autofree char *today = zona_date_today ();
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GPtrArray) offers = NULL;
  ZonaEvidenceProgress progress = { 0 };
  const char *previous = "";

  /* A result recorded before the database kept checklists gets its own when opened here;
   * for one that has it, this only adds requirements new in the scheme. */
  if (!zona_store_create_checklist (store, assessment_id, NULL, error) ||
      (listed = zona_store_list_evidence (store, &filter, error)) == NULL ||
      !zona_store_get_evidence_progress (store, &filter, today, &progress, error) ||
      (offers = zona_store_list_reusable_documents (store, assessment_id,
                                                    ZONA_EVIDENCE_DEFAULT_VALID_YEARS,
                                                    error)) == NULL)
    {
      g_free (progress.unit_name);
      g_free (progress.scheme_id);
      return FALSE;
    }

  /* The items pass from the listing to the rows that own them from here on. */
  g_ptr_array_set_free_func (listed, NULL);
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < listed->len; i++)
    {
      ZonaEvidenceItem *record = g_ptr_array_index (listed, i);
      ZonaChecklistItem *item;

      if (names == NULL)
        names = indicator_names (store, record);

      item = zona_checklist_item_new (record, today);
      if (g_strcmp0 (record->indicator_code, previous) != 0 || i == 0)
        {
          g_autofree char *heading = heading_for (names, record);

          zona_checklist_item_set_heading (item, heading);
          previous = record->indicator_code;
        }
      g_ptr_array_add (rows, item);
    }

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       rows->pdata, rows->len);
  gtk_stack_set_visible_child_name (self->stack, rows->len > 0 ? "list" : "empty");
  show_progress (self, &progress);
  show_offers (self, offers);
  self->assessment_id = assessment_id;

  g_free (progress.unit_name);
  g_free (progress.scheme_id);

  return TRUE;
}

/**
 * zona_evidence_page_show:
 * @self: the page
 * @store: the store to read from
 * @assessment_id: the assessment whose checklist to show
 * @subject: the unit's name, for the page's heading
 * @round: the scheme and year, "PEKPPP 2024"
 * @error: why the checklist cannot be read; the page is unchanged then
 *
 * Shows an assessment's checklist, created first if the assessment has none yet.
 *
 * Returns: %TRUE when shown
 */
gboolean
zona_evidence_page_show (ZonaEvidencePage  *self,
                         ZonaStore         *store,
                         gint64             assessment_id,
                         const char        *subject,
                         const char        *round,
                         GError           **error)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_PAGE (self), FALSE);

  if (!read_checklist (self, store, assessment_id, error))
    return FALSE;

  g_free (self->subject);
  self->subject = g_strdup (subject);
  g_free (self->round);
  self->round = g_strdup (round);
  gtk_label_set_label (self->subject_label, subject);
  /* Translators: under a unit's name, "Evidence for PEKPPP 2024" */
  {
    g_autofree char *text = g_strdup_printf (_("Evidence for %s"), round);

    gtk_label_set_label (self->round_label, text);
  }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);

  return TRUE;
}

/**
 * zona_evidence_page_reload:
 * @self: the page
 * @store: the store to read from
 * @error: why it cannot be read; the page is unchanged then
 *
 * Reads the checklist shown afresh, after a change made elsewhere.
 *
 * Returns: %TRUE when read
 */
gboolean
zona_evidence_page_reload (ZonaEvidencePage  *self,
                           ZonaStore         *store,
                           GError           **error)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_PAGE (self), FALSE);

  return read_checklist (self, store, self->assessment_id, error);
}

gint64
zona_evidence_page_get_assessment_id (ZonaEvidencePage *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_PAGE (self), 0);

  return self->assessment_id;
}

const char *
zona_evidence_page_get_subject (ZonaEvidencePage *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_PAGE (self), NULL);

  return self->subject;
}

const char *
zona_evidence_page_get_round (ZonaEvidencePage *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_PAGE (self), NULL);

  return self->round;
}

/* Returns: (transfer none): the page's ZonaChecklistItems, in order */
GListModel *
zona_evidence_page_get_items (ZonaEvidencePage *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_PAGE (self), NULL);

  return G_LIST_MODEL (self->items);
}

/**
 * zona_evidence_page_focus_item:
 * @self: the page
 * @item_id: an item of the checklist shown
 *
 * Scrolls to the item and gives it the keyboard focus, e.g. after it was edited.
 */
void
zona_evidence_page_focus_item (ZonaEvidencePage *self,
                               gint64            item_id)
{
  GListModel *model = G_LIST_MODEL (self->items);

  g_return_if_fail (ZONA_IS_EVIDENCE_PAGE (self));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZonaChecklistItem) item = g_list_model_get_item (model, i);

      if (zona_checklist_item_get_id (item) == item_id)
        {
          /* GTK 4.8 has no gtk_list_view_scroll_to(): its list action scrolls and moves the
           * list's focus to the item. */
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                      i);
          gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
          return;
        }
    }
}

/* Returns: how many documents of the unit's earlier round the page offers to re-use */
guint
zona_evidence_page_get_n_offers (ZonaEvidencePage *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_PAGE (self), 0);

  return self->n_offers;
}
