/* zona-unit-page.c — one unit: its details, its renames and merges, its results year by year
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zona-history-row.h"
#include "zona-unit-dialog.h"
#include "zona-compare.h"
#include "zona-unit-page.h"

/* What the page shows comes from core in one piece (zona_unit_history_new): the page only
 * words it. A unit named in the lineage is a link; following it shows that unit here and
 * remembers the one before, so that going back retraces the steps. Correcting a result and
 * adding one are the window's business: a row's activation is passed on as a signal, and the
 * "Add Result…" button of the empty state uses the window's win.add-result, which enters a
 * result for the unit shown. */
struct _ZonaUnitPage
{
  AdwBin               parent_instance;

  ZonaUnitHistory     *history;
  GArray              *trail;          /* gint64: units shown before, the latest last */
  GPtrArray           *added;          /* groups and rows added for the unit shown */

  /* The year row last activated: after its correction, its new row gets the focus back. */
  char                *activated_scheme;
  int                  activated_year;

  /* Template widgets */
  AdwPreferencesPage  *preferences_page;
  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *details_group;
  AdwActionRow        *short_name_row;
  AdwActionRow        *kind_row;
  AdwActionRow        *parent_row;
  AdwActionRow        *period_row;
  AdwPreferencesGroup *lineage_group;
  AdwPreferencesGroup *empty_group;
  AdwStatusPage       *empty_page;
  GtkWidget           *add_button;
};

enum {
  UNIT_ACTIVATED,
  RESULT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaUnitPage, zona_unit_page, ADW_TYPE_BIN)

static guint signals[N_SIGNALS];

#define UNIT_LINK_PREFIX "unit:"

/* A unit as a link in a sentence of markup. */
static char *
unit_link (const ZonaHistoryUnit *unit)
{
  g_autofree char *name = g_markup_escape_text (unit->name, -1);

  return g_strdup_printf ("<a href=\"" UNIT_LINK_PREFIX "%" G_GINT64_FORMAT "\">%s</a>",
                          unit->unit_id, name);
}

/* The units of @units other than @skip as links, joined as a sentence lists them: "A", "A and
 * B", "A, B and C". */
static char *
join_links (GPtrArray *units,
            gint64     skip)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  char *text;

  for (guint i = 0; i < units->len; i++)
    {
      const ZonaHistoryUnit *unit = g_ptr_array_index (units, i);

      if (unit->unit_id != skip)
        g_ptr_array_add (links, unit_link (unit));
    }

  if (links->len == 0)
    return g_strdup ("");

  text = g_strdup (g_ptr_array_index (links, 0));
  for (guint i = 1; i < links->len; i++)
    {
      char *longer;

      if (i == links->len - 1)
        /* Translators: joins the last two names of a list, "Dinas Sosial and DP3A". */
        longer = g_strdup_printf (_("%s and %s"), text, (char *) g_ptr_array_index (links, i));
      else
        /* Translators: joins the names of a list before its last two, "Dinkes, Dinsos". */
        longer = g_strdup_printf (_("%s, %s"), text, (char *) g_ptr_array_index (links, i));
      g_free (text);
      text = longer;
    }

  return text;
}

/* Fills a translated sentence with links: the sentence's own text is escaped for markup,
 * its values (links already) are not. */
G_GNUC_PRINTF (1, 2)
static char *
sentence (const char *format,
          ...)
{
  g_autofree char *escaped = g_markup_escape_text (format, -1);
  va_list args;
  char *text;

  va_start (args, format);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  text = g_strdup_vprintf (escaped, args);
#pragma GCC diagnostic pop
  va_end (args);

  return text;
}

/* How the unit, or one before it, came to be. */
static char *
describe_origin (ZonaUnitPage           *self,
                 const ZonaHistoryEvent *event)
{
  const ZonaHistoryUnit *primary = g_ptr_array_index (event->predecessors, 0);
  g_autofree char *from = join_links (event->predecessors, 0);
  g_autofree char *primary_link = unit_link (primary);
  g_autofree char *successor = NULL;
  gboolean own = event->successor->unit_id == self->history->unit->id;

  if (own && g_str_equal (event->kind, "rename"))
    return sentence (_("Renamed from %s in %d"), from, event->year);
  if (own && g_str_equal (event->kind, "merge"))
    return sentence (_("Merged from %s in %d — the trend continues from %s"), from, event->year,
                     primary_link);
  if (own)
    return sentence (_("Split from %s in %d"), from, event->year);

  /* A step further back: it names the unit it made. */
  successor = unit_link (event->successor);
  if (g_str_equal (event->kind, "rename"))
    return sentence (_("%s was renamed from %s in %d"), successor, from, event->year);
  if (g_str_equal (event->kind, "merge"))
    return sentence (_("%s was merged from %s in %d — its trend continues from %s"), successor,
                     from, event->year, primary_link);

  return sentence (_("%s was split from %s in %d"), successor, from, event->year);
}

/* What the unit became when it ended. */
static char *
describe_succession (ZonaUnitPage           *self,
                     const ZonaHistoryEvent *event)
{
  gint64 unit_id = self->history->unit->id;
  const ZonaHistoryUnit *primary = g_ptr_array_index (event->predecessors, 0);
  g_autofree char *successor = unit_link (event->successor);
  g_autofree char *others = NULL;
  g_autofree char *primary_link = NULL;

  if (!g_str_equal (event->kind, "merge") || event->predecessors->len < 2)
    return sentence (_("Became %s in %d"), successor, event->year);

  others = join_links (event->predecessors, unit_id);
  if (primary->unit_id == unit_id)
    return sentence (_("Merged with %s into %s in %d — its trend continues there"), others,
                     successor, event->year);

  primary_link = unit_link (primary);
  return sentence (_("Merged with %s into %s in %d — the trend there continues from %s"), others,
                   successor, event->year, primary_link);
}

static gboolean
on_link_activated (ZonaUnitPage *self,
                   const char   *uri,
                   GtkLabel     *label)
{
  gint64 unit_id;

  if (!g_str_has_prefix (uri, UNIT_LINK_PREFIX))
    return FALSE;

  unit_id = g_ascii_strtoll (uri + strlen (UNIT_LINK_PREFIX), NULL, 10);
  if (unit_id > 0)
    g_signal_emit (self, signals[UNIT_ACTIVATED], 0, unit_id);

  return TRUE;
}

static void
add_lineage_row (ZonaUnitPage *self,
                 const char   *markup)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *text = NULL;

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  g_signal_connect_object (label, "activate-link", G_CALLBACK (on_link_activated), self,
                           G_CONNECT_SWAPPED);

  /* The row itself does nothing: its links take the focus and the clicks. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  text = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);

  adw_preferences_group_add (self->lineage_group, row);
  g_ptr_array_add (self->added, row);
}

static void
on_row_activated (ZonaUnitPage   *self,
                  ZonaHistoryRow *row)
{
  g_free (self->activated_scheme);
  self->activated_scheme = g_strdup (zona_history_row_get_scheme_id (row));
  self->activated_year = zona_history_row_get_year (row);

  g_signal_emit (self, signals[RESULT_ACTIVATED], 0,
                 zona_history_row_get_unit_id (row),
                 zona_history_row_get_scheme_id (row),
                 zona_history_row_get_year (row));
}

static void
on_parent_activated (ZonaUnitPage *self,
                     AdwActionRow *row)
{
  if (self->history != NULL && self->history->unit->parent_id != 0)
    g_signal_emit (self, signals[UNIT_ACTIVATED], 0, self->history->unit->parent_id);
}

/* One group per scheme, its latest year first: what the unit stands at now leads, and each
 * row's change looks down to the year it is measured from. */
/* What the latest score lacks for the next category, and where the points are: "17,65
 * points short of Kategori B (2022). Most to gain: PR-01 +1,20, OUT-01 +0,85". NULL at the
 * top, or without a score. */
static char *
describe_gap (ZonaStore               *store,
              const ZonaUnit          *unit,
              const ZonaHistoryScheme *scheme)
{
  g_autoptr(ZonaGap) gap = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *points = NULL;
  const ZonaHistoryYear *latest = NULL;

  for (guint i = scheme->years->len; i > 0 && latest == NULL; i--)
    if (((ZonaHistoryYear *) g_ptr_array_index (scheme->years, i - 1))->has_score)
      latest = g_ptr_array_index (scheme->years, i - 1);

  if (latest == NULL ||
      (gap = zona_compare_gap (store, unit->region_id, latest->unit_id, scheme->scheme_id,
                               latest->year, NULL)) == NULL ||
      gap->next == NULL)
    return NULL;

  points = zona_score_format (gap->gap);
  text = g_string_new (NULL);
  /* Translators: "17,65 points short of Kategori B (2022)" */
  g_string_append_printf (text, _("%s points short of %s (%d)"), points, gap->next->name,
                          latest->year);
  for (guint i = 0; i < gap->gains->len; i++)
    {
      const ZonaIndicatorMove *gain = g_ptr_array_index (gap->gains, i);
      g_autofree char *effect = zona_score_format_change (gain->effect);

      if (i == 0)
        /* Translators: followed by the indicators that could add most to the total */
        g_string_append (text, _(". Most to gain: "));
      else
        g_string_append (text, ", ");
      g_string_append_printf (text, "%s %s", gain->code, effect);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_scheme_group (ZonaUnitPage            *self,
                  ZonaStore               *store,
                  const ZonaHistoryScheme *scheme)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *gap = describe_gap (store, self->history->unit, scheme);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), scheme->scheme_name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), gap);

  for (guint i = scheme->years->len; i > 0; i--)
    {
      GtkWidget *row = zona_history_row_new (scheme, g_ptr_array_index (scheme->years, i - 1));

      g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  adw_preferences_page_add (self->preferences_page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->added, group);
}

static char *
describe_period (const ZonaUnit *unit)
{
  if (unit->valid_from != 0 && unit->valid_to != 0)
    return g_strdup_printf ("%d–%d", unit->valid_from, unit->valid_to);
  if (unit->valid_from != 0)
    /* Translators: the years of a unit still in existence, "Since 2025". */
    return g_strdup_printf (_("Since %d"), unit->valid_from);
  if (unit->valid_to != 0)
    /* Translators: the years of a unit that ended, with no start on record, "Until 2024". */
    return g_strdup_printf (_("Until %d"), unit->valid_to);

  return g_strdup (_("No start or end recorded"));
}

/* The line under the name: "Dinsos · Dinas · Since 2025"; years only when some are known. */
static char *
describe_summary (const ZonaUnit *unit,
                  const char     *period)
{
  const char *kind = zona_unit_dialog_get_kind_label (unit->kind);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (unit->short_name != NULL && *unit->short_name != '\0')
    g_ptr_array_add (parts, unit->short_name);
  if (kind != NULL && *kind != '\0')
    g_ptr_array_add (parts, (char *) kind);
  if (unit->valid_from != 0 || unit->valid_to != 0)
    g_ptr_array_add (parts, (char *) period);
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
set_property_row (AdwActionRow *row,
                  const char   *value)
{
  gboolean has_value = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, has_value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), has_value);
}

/* AdwPreferencesPage of libadwaita 1.2 has no call to scroll back up: its scrolled window is
 * found among its children. */
static void
scroll_to_top (ZonaUnitPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->preferences_page));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      {
        GtkAdjustment *adjustment;

        adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
      }
}

static void
clear_added (ZonaUnitPage *self)
{
  for (guint i = 0; i < self->added->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->added, i);

      if (ADW_IS_PREFERENCES_GROUP (widget))
        adw_preferences_page_remove (self->preferences_page, ADW_PREFERENCES_GROUP (widget));
      else
        adw_preferences_group_remove (self->lineage_group, widget);
    }

  g_ptr_array_set_size (self->added, 0);
}

/* The first year row in @widget, or the row of @year in @scheme_id when that is given. */
static GtkWidget *
find_history_row (GtkWidget  *widget,
                  const char *scheme_id,
                  int         year)
{
  if (ZONA_IS_HISTORY_ROW (widget) &&
      (scheme_id == NULL ||
       (g_str_equal (zona_history_row_get_scheme_id (ZONA_HISTORY_ROW (widget)), scheme_id) &&
        zona_history_row_get_year (ZONA_HISTORY_ROW (widget)) == year)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_history_row (child, scheme_id, year);

      if (row != NULL)
        return row;
    }

  return NULL;
}

static void
show_history (ZonaUnitPage    *self,
              ZonaStore       *store,
              ZonaUnitHistory *history)
{
  const ZonaUnit *unit = history->unit;
  g_autofree char *summary = NULL;
  g_autofree char *period = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *escaped = NULL;
  gboolean same_unit = self->history != NULL && self->history->unit->id == unit->id;

  clear_added (self);
  g_clear_pointer (&self->history, zona_unit_history_free);
  self->history = history;

  period = describe_period (unit);
  gtk_label_set_label (self->name_label, unit->name);
  summary = describe_summary (unit, period);
  gtk_label_set_label (self->summary_label, summary);

  set_property_row (self->short_name_row, unit->short_name);
  set_property_row (self->kind_row, zona_unit_dialog_get_kind_label (unit->kind));
  set_property_row (self->parent_row, history->parent_name);
  set_property_row (self->period_row, period);

  for (guint i = 0; i < history->successions->len; i++)
    {
      const ZonaHistoryEvent *event = g_ptr_array_index (history->successions, i);
      g_autofree char *markup = describe_succession (self, event);

      add_lineage_row (self, markup);
    }
  for (guint i = 0; i < history->origins->len; i++)
    {
      g_autofree char *markup = describe_origin (self, g_ptr_array_index (history->origins, i));

      add_lineage_row (self, markup);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->lineage_group),
                          history->origins->len + history->successions->len > 0);

  for (guint i = 0; i < history->schemes->len; i++)
    add_scheme_group (self, store, g_ptr_array_index (history->schemes, i));

  /* The details close the page, below the results that were just added after them: the
   * results are what the page is opened for, and the summary under the name gives the gist
   * of the details already. */
  g_object_ref (self->details_group);
  adw_preferences_page_remove (self->preferences_page, self->details_group);
  adw_preferences_page_add (self->preferences_page, self->details_group);
  g_object_unref (self->details_group);

  escaped = g_markup_escape_text (unit->name, -1);
  empty = g_strdup_printf (_("The results of %s appear here by scheme and year once they are "
                             "entered. Enter the first one as it was published."), escaped);
  adw_status_page_set_description (self->empty_page, empty);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_group), history->schemes->len == 0);

  /* Another unit starts at its top; the same one, brought up to date, stays where it was,
   * and so does the year last acted on, for grab_focus. */
  if (!same_unit)
    {
      scroll_to_top (self);
      g_clear_pointer (&self->activated_scheme, g_free);
    }
}

/* The focus goes where the user is likely to act: back to the year just corrected, else the
 * latest result, or the button that enters the first one. */
static gboolean
zona_unit_page_grab_focus (GtkWidget *widget)
{
  ZonaUnitPage *self = ZONA_UNIT_PAGE (widget);

  if (self->activated_scheme != NULL)
    {
      GtkWidget *row = find_history_row (widget, self->activated_scheme, self->activated_year);

      if (row != NULL)
        return gtk_widget_grab_focus (row);
    }

  for (guint i = 0; i < self->added->len; i++)
    {
      GtkWidget *row = find_history_row (g_ptr_array_index (self->added, i), NULL, 0);

      if (row != NULL)
        return gtk_widget_grab_focus (row);
    }

  if (gtk_widget_get_visible (GTK_WIDGET (self->empty_group)))
    return gtk_widget_grab_focus (self->add_button);

  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

static void
zona_unit_page_dispose (GObject *object)
{
  ZonaUnitPage *self = (ZonaUnitPage *)object;

  /* The bin lets go of its child first: disposing the template would unparent that child
   * behind the bin's back, and the bin would then unparent it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_UNIT_PAGE);
  g_clear_pointer (&self->added, g_ptr_array_unref);

  G_OBJECT_CLASS (zona_unit_page_parent_class)->dispose (object);
}

static void
zona_unit_page_finalize (GObject *object)
{
  ZonaUnitPage *self = (ZonaUnitPage *)object;

  g_clear_pointer (&self->history, zona_unit_history_free);
  g_clear_pointer (&self->trail, g_array_unref);
  g_clear_pointer (&self->activated_scheme, g_free);

  G_OBJECT_CLASS (zona_unit_page_parent_class)->finalize (object);
}

static void
zona_unit_page_class_init (ZonaUnitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_unit_page_dispose;
  object_class->finalize = zona_unit_page_finalize;

  widget_class->grab_focus = zona_unit_page_grab_focus;

  /**
   * ZonaUnitPage::unit-activated:
   * @self: the page
   * @unit_id: a unit named on the page: one before or after it, or its parent
   *
   * The user followed a link to another unit.
   */
  signals[UNIT_ACTIVATED] =
    g_signal_new ("unit-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * ZonaUnitPage::result-activated:
   * @self: the page
   * @unit_id: the unit the result is recorded for, which may be one the unit continues
   * @scheme_id: the result's scheme
   * @year: its year
   *
   * The user activated one year's row, to correct that result.
   */
  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-unit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, parent_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, lineage_group);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, empty_group);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ZonaUnitPage, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_parent_activated);

  g_type_ensure (ZONA_TYPE_HISTORY_ROW);
}

static void
zona_unit_page_init (ZonaUnitPage *self)
{
  GtkWidget *child;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The status page scrolls its content in a scrolled window of its own, which inside the
   * page's would be squeezed to a strip with a scroll bar of its own: it takes its content's
   * height instead, and the page scrolls as one. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->empty_page));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      {
        gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (child), TRUE);
        gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (child), GTK_POLICY_NEVER,
                                        GTK_POLICY_NEVER);
      }

  self->trail = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->added = g_ptr_array_new ();
}

/**
 * zona_unit_page_show_unit:
 * @self: a page
 * @store: the database the unit is in
 * @unit_id: the unit to show
 * @remember_shown: whether going back returns to the unit shown now; otherwise the page
 *   forgets the units shown before
 * @error: why the unit cannot be shown
 *
 * Shows a unit. On failure the page stays as it was.
 *
 * Returns: %TRUE when the unit is shown
 */
gboolean
zona_unit_page_show_unit (ZonaUnitPage  *self,
                          ZonaStore     *store,
                          gint64         unit_id,
                          gboolean       remember_shown,
                          GError       **error)
{
  ZonaUnitHistory *history;

  g_return_val_if_fail (ZONA_IS_UNIT_PAGE (self), FALSE);
  g_return_val_if_fail (ZONA_IS_STORE (store), FALSE);

  history = zona_unit_history_new (store, unit_id, error);
  if (history == NULL)
    return FALSE;

  if (!remember_shown)
    g_array_set_size (self->trail, 0);
  else if (self->history != NULL && self->history->unit->id != unit_id)
    g_array_append_val (self->trail, self->history->unit->id);

  show_history (self, store, history);

  return TRUE;
}

/**
 * zona_unit_page_reload:
 * @self: a page
 * @store: the database the unit is in
 * @error: why the unit cannot be shown any more
 *
 * Reads the unit shown afresh, after a change to its results.
 *
 * Returns: %TRUE when the page is up to date
 */
gboolean
zona_unit_page_reload (ZonaUnitPage  *self,
                       ZonaStore     *store,
                       GError       **error)
{
  ZonaUnitHistory *history;

  g_return_val_if_fail (ZONA_IS_UNIT_PAGE (self), FALSE);
  g_return_val_if_fail (self->history != NULL, FALSE);

  history = zona_unit_history_new (store, self->history->unit->id, error);
  if (history == NULL)
    return FALSE;

  show_history (self, store, history);

  return TRUE;
}

/* Returns: whether a unit was shown here before the one shown now, by a link */
gboolean
zona_unit_page_can_go_back (ZonaUnitPage *self)
{
  g_return_val_if_fail (ZONA_IS_UNIT_PAGE (self), FALSE);

  return self->trail->len > 0;
}

/**
 * zona_unit_page_go_back:
 * @self: a page
 * @store: the database the units are in
 * @error: why the unit before cannot be shown
 *
 * Shows again the unit that was shown before the link to the one shown now was followed.
 *
 * Returns: %TRUE when it is shown
 */
gboolean
zona_unit_page_go_back (ZonaUnitPage  *self,
                        ZonaStore     *store,
                        GError       **error)
{
  ZonaUnitHistory *history;
  gint64 unit_id;

  g_return_val_if_fail (ZONA_IS_UNIT_PAGE (self), FALSE);
  g_return_val_if_fail (self->trail->len > 0, FALSE);

  unit_id = g_array_index (self->trail, gint64, self->trail->len - 1);
  history = zona_unit_history_new (store, unit_id, error);
  if (history == NULL)
    return FALSE;

  g_array_set_size (self->trail, self->trail->len - 1);
  show_history (self, store, history);

  return TRUE;
}

/* Returns: the unit shown, or 0 */
gint64
zona_unit_page_get_unit_id (ZonaUnitPage *self)
{
  g_return_val_if_fail (ZONA_IS_UNIT_PAGE (self), 0);

  return self->history != NULL ? self->history->unit->id : 0;
}

/* Returns: the unit the page was opened on, before any link was followed; or 0 */
gint64
zona_unit_page_get_first_unit_id (ZonaUnitPage *self)
{
  g_return_val_if_fail (ZONA_IS_UNIT_PAGE (self), 0);

  if (self->trail->len > 0)
    return g_array_index (self->trail, gint64, 0);

  return zona_unit_page_get_unit_id (self);
}

/* Returns: (nullable): what the page shows */
const ZonaUnitHistory *
zona_unit_page_get_history (ZonaUnitPage *self)
{
  g_return_val_if_fail (ZONA_IS_UNIT_PAGE (self), NULL);

  return self->history;
}
