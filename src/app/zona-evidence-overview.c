/* zona-evidence-overview.c — a region's evidence round: each unit's progress and what to chase
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-checklist-item.h"
#include "zona-checklist-row.h"
#include "zona-date-text.h"
#include "zona-evidence-overview.h"
#include "zona-evidence-text.h"
#include "zona-evidence.h"

/* The clerk's view of a whole round (a scheme and a year) in one region: how far each unit
 * has come, and the documents to chase across units, overdue or needing correction. Core
 * counts and sorts; the overview words it. Activating a unit or a document is the window's
 * business ("unit-activated", "item-activated"). A region has a few dozen units and a round
 * a few dozen documents to chase, so plain list boxes do. */
struct _ZonaEvidenceOverview
{
  AdwBin          parent_instance;

  ZonaStore      *store;
  char           *region_code;
  char           *region_name;
  GPtrArray      *rounds;       /* Round, newest first */
  guint           round;        /* index into rounds */
  GPtrArray      *units;        /* ZonaEvidenceProgress of the round, one per assessment */
  GPtrArray      *chase;        /* ZonaChecklistItem */
  gboolean        filling;      /* the drop-downs are being set, not chosen */

  /* Template widgets; the stack of the round and the empty page is the bin's child, not bound
   * (gtk_widget_dispose_template() would unparent it behind AdwBin's back). */
  GtkLabel       *title_label;
  GtkDropDown    *round_dropdown;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkListBox     *unit_list;
  GtkDropDown    *sort_dropdown;
  GtkListBox     *chase_list;
};

typedef struct
{
  char *scheme_id;
  int   year;
} Round;

enum {
  UNIT_ACTIVATED,
  ITEM_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaEvidenceOverview, zona_evidence_overview, ADW_TYPE_BIN)

static guint signals[N_SIGNALS];

static void
round_free (Round *round)
{
  g_free (round->scheme_id);
  g_free (round);
}

static const Round *
current_round (ZonaEvidenceOverview *self)
{
  if (self->rounds == NULL || self->round >= self->rounds->len)
    return NULL;

  return g_ptr_array_index (self->rounds, self->round);
}

static void
zona_evidence_overview_dispose (GObject *object)
{
  ZonaEvidenceOverview *self = ZONA_EVIDENCE_OVERVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_EVIDENCE_OVERVIEW);

  G_OBJECT_CLASS (zona_evidence_overview_parent_class)->dispose (object);
}

static void
zona_evidence_overview_finalize (GObject *object)
{
  ZonaEvidenceOverview *self = ZONA_EVIDENCE_OVERVIEW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->region_name, g_free);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->chase, g_ptr_array_unref);

  G_OBJECT_CLASS (zona_evidence_overview_parent_class)->finalize (object);
}

static void
on_unit_activated (ZonaEvidenceOverview *self,
                   GtkListBoxRow        *row,
                   GtkListBox           *list)
{
  int index = gtk_list_box_row_get_index (row);
  const ZonaEvidenceProgress *unit;

  if (self->units == NULL || index < 0 || (guint) index >= self->units->len)
    return;

  unit = g_ptr_array_index (self->units, index);
  g_signal_emit (self, signals[UNIT_ACTIVATED], 0, unit->assessment_id,
                 unit->unit_name != NULL ? unit->unit_name : self->region_name);
}

static void
on_chase_activated (ZonaEvidenceOverview *self,
                    GtkListBoxRow        *row,
                    GtkListBox           *list)
{
  int index = gtk_list_box_row_get_index (row);

  if (self->chase == NULL || index < 0 || (guint) index >= self->chase->len)
    return;

  g_signal_emit (self, signals[ITEM_ACTIVATED], 0,
                 zona_checklist_item_get_id (g_ptr_array_index (self->chase, index)));
}

static void fill_round (ZonaEvidenceOverview *self,
                        GError              **error);

static void
on_round_selected (ZonaEvidenceOverview *self,
                   GParamSpec           *pspec,
                   GtkDropDown          *dropdown)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || self->store == NULL)
    return;

  self->round = gtk_drop_down_get_selected (dropdown);
  fill_round (self, &error);
  if (error != NULL)
    g_warning ("Could not read the evidence round: %s", error->message);
}

static void fill_chase (ZonaEvidenceOverview *self);

static void
on_sort_selected (ZonaEvidenceOverview *self,
                  GParamSpec           *pspec,
                  GtkDropDown          *dropdown)
{
  fill_chase (self);
}

static void
zona_evidence_overview_class_init (ZonaEvidenceOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_evidence_overview_dispose;
  object_class->finalize = zona_evidence_overview_finalize;

  /**
   * ZonaEvidenceOverview::unit-activated:
   * @self: the overview
   * @assessment_id: the unit's assessment in the round
   * @subject: the unit's name (the region's, for the region's own assessment)
   *
   * A unit's row was activated: its checklist is wanted.
   */
  signals[UNIT_ACTIVATED] = g_signal_new ("unit-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  /**
   * ZonaEvidenceOverview::item-activated:
   * @self: the overview
   * @item_id: the evidence item
   *
   * A document to chase was activated: it is to be edited.
   */
  signals[ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/zonadesk/Zona/zona-evidence-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceOverview, title_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceOverview, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceOverview, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceOverview, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceOverview, unit_list);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceOverview, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZonaEvidenceOverview, chase_list);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_chase_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_round_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_selected);
}

static void
zona_evidence_overview_init (ZonaEvidenceOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_stack_page (ZonaEvidenceOverview *self,
                 const char           *name)
{
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), name);
}

/* GTK 4.8 has no gtk_list_box_remove_all(). */
static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static char *
round_label (ZonaEvidenceOverview *self,
             const Round          *round)
{
  const ZonaScheme *scheme = zona_store_find_scheme (self->store, round->scheme_id, NULL);
  const char *name = round->scheme_id;

  if (scheme != NULL)
    name = scheme->short_name != NULL ? scheme->short_name : scheme->name;

  /* Translators: a scheme and a year, "PEKPPP 2024" */
  return g_strdup_printf (_("%s %d"), name, round->year);
}

static GtkWidget *
new_unit_row (ZonaEvidenceOverview       *self,
              const ZonaEvidenceProgress *unit)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *text = zona_evidence_progress_text (unit);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 unit->unit_name != NULL ? unit->unit_name : self->region_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), zona_evidence_progress_fraction (unit));
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static GtkWidget *
new_chase_row (ZonaEvidenceOverview *self,
               ZonaChecklistItem    *item)
{
  const ZonaEvidenceItem *record = zona_checklist_item_get_item (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill = gtk_label_new (zona_evidence_status_label (record->status));
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *person = NULL;
  g_autofree char *subtitle = NULL;

  g_ptr_array_add (parts, record->unit_name != NULL ? record->unit_name : self->region_name);
  if (record->person_in_charge != NULL)
    {
      /* Translators: who must bring a document, "Person in charge: Sri Wahyuni" */
      person = g_strdup_printf (_("Person in charge: %s"), record->person_in_charge);
      g_ptr_array_add (parts, person);
    }
  if (zona_checklist_item_get_due_text (item) != NULL)
    g_ptr_array_add (parts, (char *) zona_checklist_item_get_due_text (item));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (_(" · "), (char **) parts->pdata);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), record->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_add_css_class (pill, "status-pill");
  gtk_widget_add_css_class (pill, zona_checklist_status_css_class (record->status));
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

  return row;
}

static int
compare_chase (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const ZonaEvidenceItem *x = zona_checklist_item_get_item (*(ZonaChecklistItem * const *) a);
  const ZonaEvidenceItem *y = zona_checklist_item_get_item (*(ZonaChecklistItem * const *) b);
  GCompareFunc compare = user_data;

  return compare (&x, &y);
}

static void
fill_chase (ZonaEvidenceOverview *self)
{
  gboolean by_person = gtk_drop_down_get_selected (self->sort_dropdown) == 1;

  clear_list (self->chase_list);
  if (self->chase == NULL)
    return;

  /* The order is core's, both ways. */
  g_ptr_array_sort_with_data (self->chase, compare_chase,
                              by_person ? zona_evidence_item_compare_by_person
                                        : zona_evidence_item_compare_by_due);

  if (self->chase->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing to chase"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("No document is overdue and none needs correction."));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->chase_list, row);
      return;
    }

  for (guint i = 0; i < self->chase->len; i++)
    {
      ZonaChecklistItem *item = g_ptr_array_index (self->chase, i);

      gtk_list_box_append (self->chase_list, new_chase_row (self, item));
    }
}

/* Reads the round chosen; the page keeps what it showed when reading fails. */
static void
fill_round (ZonaEvidenceOverview  *self,
            GError               **error)
{
  const Round *round = current_round (self);
  ZonaEvidenceFilter filter = { 0 };
  ZonaEvidenceProgress total = { 0 };
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) chase = NULL;
  g_autofree char *today = zona_date_today ();
  g_autofree char *text = NULL;

  if (round == NULL)
    return;

  filter.region_code = self->region_code;
  filter.scheme_id = round->scheme_id;
  filter.year = round->year;
  if (!zona_store_get_evidence_progress (self->store, &filter, today, &total, error) ||
      (units = zona_store_list_evidence_progress (self->store, &filter, today, error)) == NULL ||
      (chase = zona_store_list_evidence_to_chase (self->store, &filter, today, error)) == NULL)
    {
      g_free (total.unit_name);
      g_free (total.scheme_id);
      return;
    }

  text = zona_evidence_progress_text (&total);
  gtk_label_set_label (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, zona_evidence_progress_fraction (&total));
  g_free (total.unit_name);
  g_free (total.scheme_id);

  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->units = g_steal_pointer (&units);
  clear_list (self->unit_list);
  for (guint i = 0; i < self->units->len; i++)
    gtk_list_box_append (self->unit_list, new_unit_row (self, g_ptr_array_index (self->units, i)));

  g_clear_pointer (&self->chase, g_ptr_array_unref);
  self->chase = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < chase->len; i++)
    g_ptr_array_add (self->chase, zona_checklist_item_new (g_steal_pointer (&chase->pdata[i]),
                                                           today));
  fill_chase (self);
}

static int
compare_rounds (gconstpointer a,
                gconstpointer b)
{
  const Round *x = *(Round * const *) a;
  const Round *y = *(Round * const *) b;

  if (x->year != y->year)
    return y->year - x->year;

  return g_strcmp0 (x->scheme_id, y->scheme_id);
}

/* The rounds of the region that have checklists, newest first. */
static GPtrArray *
read_rounds (ZonaEvidenceOverview  *self,
             GError               **error)
{
  ZonaEvidenceFilter filter = { .region_code = self->region_code };
  g_autofree char *today = zona_date_today ();
  g_autoptr(GPtrArray) rows = zona_store_list_evidence_progress (self->store, &filter, today,
                                                                 error);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *rounds;

  if (rows == NULL)
    return NULL;

  rounds = g_ptr_array_new_with_free_func ((GDestroyNotify) round_free);
  for (guint i = 0; i < rows->len; i++)
    {
      const ZonaEvidenceProgress *row = g_ptr_array_index (rows, i);
      char *key = g_strdup_printf ("%s/%d", row->scheme_id, row->year);
      Round *round;

      if (!g_hash_table_add (seen, key))
        continue;

      round = g_new0 (Round, 1);
      round->scheme_id = g_strdup (row->scheme_id);
      round->year = row->year;
      g_ptr_array_add (rounds, round);
    }
  g_ptr_array_sort (rounds, compare_rounds);

  return rounds;
}

/* Reads the region's rounds and shows @scheme_id's of @year, else the newest. */
static gboolean
fill (ZonaEvidenceOverview  *self,
      const char            *scheme_id,
      int                    year,
      GError               **error)
{
  g_autoptr(GPtrArray) rounds = read_rounds (self, error);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint chosen = 0;

  if (rounds == NULL)
    return FALSE;

  for (guint i = 0; i < rounds->len; i++)
    {
      const Round *round = g_ptr_array_index (rounds, i);
      g_autofree char *label = round_label (self, round);

      gtk_string_list_append (labels, label);
      if (round->year == year && g_strcmp0 (round->scheme_id, scheme_id) == 0)
        chosen = i;
    }

  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  self->rounds = g_steal_pointer (&rounds);
  self->round = chosen;

  self->filling = TRUE;
  gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->round_dropdown, chosen);
  self->filling = FALSE;

  gtk_label_set_label (self->title_label, self->region_name);
  if (self->rounds->len == 0)
    {
      g_clear_pointer (&self->units, g_ptr_array_unref);
      g_clear_pointer (&self->chase, g_ptr_array_unref);
      clear_list (self->unit_list);
      clear_list (self->chase_list);
      show_stack_page (self, "empty");
      return TRUE;
    }

  show_stack_page (self, "round");
  fill_round (self, error);

  return error == NULL || *error == NULL;
}

/**
 * zona_evidence_overview_show:
 * @self: the overview
 * @store: the database
 * @region_code: the region
 * @region_name: its name, for the title and its own assessment's row
 * @error: a database error; the overview is unchanged then
 *
 * Shows the region's newest round with checklists, or, when the overview showed this region
 * before, the round it showed.
 *
 * Returns: whether the region could be read
 */
gboolean
zona_evidence_overview_show (ZonaEvidenceOverview  *self,
                             ZonaStore             *store,
                             const char            *region_code,
                             const char            *region_name,
                             GError               **error)
{
  const Round *round;
  g_autofree char *scheme_id = NULL;
  int year = 0;

  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), FALSE);
  g_return_val_if_fail (ZONA_IS_STORE (store), FALSE);

  if (g_strcmp0 (region_code, self->region_code) == 0 && (round = current_round (self)) != NULL)
    {
      scheme_id = g_strdup (round->scheme_id);
      year = round->year;
    }

  g_set_object (&self->store, store);
  g_free (self->region_code);
  self->region_code = g_strdup (region_code);
  g_free (self->region_name);
  self->region_name = g_strdup (region_name);

  return fill (self, scheme_id, year, error);
}

/**
 * zona_evidence_overview_reload:
 * @self: the overview
 * @error: a database error
 *
 * Reads the round shown again, after an item changed.
 *
 * Returns: whether it could be read
 */
gboolean
zona_evidence_overview_reload (ZonaEvidenceOverview  *self,
                               GError               **error)
{
  const Round *round;
  g_autofree char *scheme_id = NULL;
  int year = 0;

  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), FALSE);

  if (self->store == NULL)
    return TRUE;

  if ((round = current_round (self)) != NULL)
    {
      scheme_id = g_strdup (round->scheme_id);
      year = round->year;
    }

  return fill (self, scheme_id, year, error);
}

/**
 * zona_evidence_overview_select_round:
 * @self: the overview
 * @scheme_id: a scheme
 * @year: a year
 *
 * Shows the round of @scheme_id in @year, as choosing it in the drop-down does.
 *
 * Returns: %FALSE when the region has no checklist in that round
 */
gboolean
zona_evidence_overview_select_round (ZonaEvidenceOverview *self,
                                     const char           *scheme_id,
                                     int                   year)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), FALSE);

  for (guint i = 0; self->rounds != NULL && i < self->rounds->len; i++)
    {
      const Round *round = g_ptr_array_index (self->rounds, i);

      if (round->year == year && g_strcmp0 (round->scheme_id, scheme_id) == 0)
        {
          gtk_drop_down_set_selected (self->round_dropdown, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Orders the documents to chase by person in charge, or by due date. */
void
zona_evidence_overview_sort_by_person (ZonaEvidenceOverview *self,
                                       gboolean              by_person)
{
  g_return_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self));

  gtk_drop_down_set_selected (self->sort_dropdown, by_person ? 1 : 0);
}

const char *
zona_evidence_overview_get_region_code (ZonaEvidenceOverview *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), NULL);

  return self->region_code;
}

const char *
zona_evidence_overview_get_region_name (ZonaEvidenceOverview *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), NULL);

  return self->region_name;
}

/* Returns: (nullable): the scheme of the round shown */
const char *
zona_evidence_overview_get_scheme_id (ZonaEvidenceOverview *self)
{
  const Round *round;

  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), NULL);

  return (round = current_round (self)) != NULL ? round->scheme_id : NULL;
}

/* Returns: the year of the round shown, or 0 */
int
zona_evidence_overview_get_year (ZonaEvidenceOverview *self)
{
  const Round *round;

  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), 0);

  return (round = current_round (self)) != NULL ? round->year : 0;
}

/* Returns: (transfer full) (nullable): "PEKPPP 2024", the round shown */
char *
zona_evidence_overview_dup_round_label (ZonaEvidenceOverview *self)
{
  const Round *round;

  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), NULL);

  return (round = current_round (self)) != NULL ? round_label (self, round) : NULL;
}

/* Returns: (transfer none) (nullable) (element-type ZonaEvidenceProgress): the units' rows */
GPtrArray *
zona_evidence_overview_get_units (ZonaEvidenceOverview *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), NULL);

  return self->units;
}

/* Returns: (transfer none) (nullable) (element-type ZonaChecklistItem): the documents to
 *   chase, in the order shown */
GPtrArray *
zona_evidence_overview_get_to_chase (ZonaEvidenceOverview *self)
{
  g_return_val_if_fail (ZONA_IS_EVIDENCE_OVERVIEW (self), NULL);

  return self->chase;
}
