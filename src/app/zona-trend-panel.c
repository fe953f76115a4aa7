/* zona-trend-panel.c — a region's or a unit's trend: the chart, its legend, its numbers as a
 * table, and saving it as a picture
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-chart-data.h"
#include "zona-chart-render.h"
#include "zona-comparison-item.h"
#include "zona-report.h"
#include "zona-trend-panel.h"

/* The panel reads the chart from core (zona_chart_new_for_subject()) for one scheme at a time,
 * among the schemes the subject has scores in: a region's own line with one per unit, or a
 * unit's alone. The legend is made of widgets, so that hovering an entry brings its line
 * forward; the same numbers are one click away as a table, for whoever cannot read a chart.
 * Saving draws a fresh chart at the file's size with the painting the window uses. */

#define FILE_WIDTH  1200
#define FILE_HEIGHT 600

struct _ZonaTrendPanel
{
  AdwBin          parent_instance;

  ZonaStore      *store;
  char           *region_code;
  gint64          unit_id;
  GPtrArray      *scheme_ids;   /* char *, the schemes with values, in the drop-down's order */
  gboolean        filling;

  /* Template widgets */
  GtkDropDown    *scheme_dropdown;
  GtkDropDown    *other_dropdown;
  GPtrArray      *other_codes;  /* char *, the regions offered for comparison; NULL first */
  GtkToggleButton *table_toggle;
  GtkStack       *stack;
  ZonaChartView  *chart_view;
  GtkFlowBox     *legend_box;
  GtkGrid        *table_grid;
  GtkLabel       *summary_label;
  GtkWidget      *compare_box;
  GtkLabel       *compare_label;
  GtkColumnView  *compare_view;

  GListStore     *comparisons;  /* ZonaComparisonItem, the table's rows unsorted */
  int             from_year;
  int             to_year;
};

enum {
  MESSAGE,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaTrendPanel, zona_trend_panel, ADW_TYPE_BIN)

static guint signals[N_SIGNALS];

static void
zona_trend_panel_dispose (GObject *object)
{
  ZonaTrendPanel *self = ZONA_TREND_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_TREND_PANEL);

  G_OBJECT_CLASS (zona_trend_panel_parent_class)->dispose (object);
}

static void
zona_trend_panel_finalize (GObject *object)
{
  ZonaTrendPanel *self = ZONA_TREND_PANEL (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->scheme_ids, g_ptr_array_unref);
  g_clear_object (&self->comparisons);
  g_clear_pointer (&self->other_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (zona_trend_panel_parent_class)->finalize (object);
}

/* GTK 4.8 has no gtk_flow_box_remove_all(). */
static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (parent))
        gtk_flow_box_remove (GTK_FLOW_BOX (parent), child);
      else
        gtk_grid_remove (GTK_GRID (parent), child);
    }
}

static void
on_legend_enter (GtkEventControllerMotion *motion,
                 double                    x,
                 double                    y,
                 ZonaTrendPanel           *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (motion));

  zona_chart_view_set_highlight (self->chart_view,
                                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "series")));
}

static void
on_legend_leave (GtkEventControllerMotion *motion,
                 ZonaTrendPanel           *self)
{
  zona_chart_view_set_highlight (self->chart_view, -1);
}

static GtkWidget *
new_legend_entry (ZonaTrendPanel *self,
                  guint           index,
                  const char     *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (name);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  g_autofree char *class = g_strdup_printf ("series-%u", index % 8);

  gtk_widget_set_size_request (swatch, 12, 12);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (swatch, "legend-swatch");
  gtk_widget_add_css_class (swatch, class);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);

  g_object_set_data (G_OBJECT (box), "series", GINT_TO_POINTER (index));
  g_signal_connect (motion, "enter", G_CALLBACK (on_legend_enter), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_legend_leave), self);
  gtk_widget_add_controller (box, motion);

  return box;
}

static void
attach_label (GtkGrid    *grid,
              const char *text,
              int         column,
              int         row,
              gboolean    heading,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

/* The same numbers as the chart: a row per series, a column per year, "—" where a year has
 * none. */
static void
fill_table (ZonaTrendPanel *self,
            ZonaChart      *chart)
{
  int n_years = chart->year_from <= chart->year_to ? chart->year_to - chart->year_from + 1 : 0;

  remove_children (GTK_WIDGET (self->table_grid));
  for (int y = 0; y < n_years; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", chart->year_from + y);

      attach_label (self->table_grid, year, y + 1, 0, TRUE, 1.0f);
    }

  for (guint s = 0; s < chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);

      attach_label (self->table_grid, series->name, 0, s + 1, TRUE, 0.0f);
      for (int y = 0; y < n_years; y++)
        {
          g_autofree char *text = NULL;

          for (guint i = 0; i < series->points->len; i++)
            if (g_array_index (series->points, ZonaChartPoint, i).year == chart->year_from + y)
              text = zona_score_format (g_array_index (series->points, ZonaChartPoint, i).score);
          attach_label (self->table_grid, text != NULL ? text : "—", y + 1, s + 1, FALSE, 1.0f);
        }
    }
}

/* The region's latest year against the one before with a score: the units' changes, their
 * categories and ranks, in a table the clerk sorts by any column. */
static void
fill_comparison (ZonaTrendPanel *self,
                 const char     *scheme_id,
                 ZonaChart      *chart)
{
  const ZonaChartSeries *own;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *heading = NULL;

  g_list_store_remove_all (self->comparisons);
  self->from_year = self->to_year = 0;
  gtk_widget_set_visible (self->compare_box, FALSE);

  if (self->unit_id != 0 || chart->series->len == 0)
    return;

  own = g_ptr_array_index (chart->series, 0);
  self->to_year = g_array_index (own->points, ZonaChartPoint, own->points->len - 1).year;
  self->from_year = zona_compare_previous_year (self->store, self->region_code, scheme_id,
                                                self->to_year);
  rows = zona_compare_region (self->store, self->region_code, scheme_id, self->from_year,
                              self->to_year, NULL);
  if (rows == NULL)
    return;

  /* The rows pass to the items. */
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(ZonaComparisonItem) item = zona_comparison_item_new (g_ptr_array_index (rows,
                                                                                        i));

      g_list_store_append (self->comparisons, item);
    }

  /* The score columns carry their years. */
  for (guint i = 1; i <= 2; i++)
    {
      g_autoptr(GtkColumnViewColumn) column =
        g_list_model_get_item (gtk_column_view_get_columns (self->compare_view), i);
      g_autofree char *year = g_strdup_printf ("%d", i == 1 ? self->from_year : self->to_year);

      gtk_column_view_column_set_title (column, year);
    }

  /* Translators: the heading of the year-over-year table, "2023 against 2022" */
  heading = g_strdup_printf (_("%d against %d"), self->to_year, self->from_year);
  gtk_label_set_label (self->compare_label, heading);
  gtk_widget_set_visible (self->compare_box, TRUE);
}

static const char *
current_scheme (ZonaTrendPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->scheme_dropdown);

  if (self->scheme_ids == NULL || selected >= self->scheme_ids->len)
    return NULL;

  return g_ptr_array_index (self->scheme_ids, selected);
}

/* Returns: (nullable): the region chosen to compare with */
static const char *
other_code (ZonaTrendPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->other_dropdown);

  if (self->other_codes == NULL || selected >= self->other_codes->len)
    return NULL;

  return g_ptr_array_index (self->other_codes, selected);
}

/* The other regions with data, to compare with; the choice is kept when it is still there. */
static void
fill_others (ZonaTrendPanel *self)
{
  g_autoptr(GPtrArray) regions = zona_store_list_regions (self->store,
                                                          ZONA_REGION_LIST_WITH_DATA, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *previous = g_strdup (other_code (self));
  guint chosen = 0;

  g_clear_pointer (&self->other_codes, g_ptr_array_unref);
  self->other_codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->other_codes, NULL);
  gtk_string_list_append (names, _("No Other Region"));

  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      const ZonaRegion *region = g_ptr_array_index (regions, i);

      if (g_strcmp0 (region->code, self->region_code) == 0)
        continue;
      if (g_strcmp0 (region->code, previous) == 0)
        chosen = self->other_codes->len;
      g_ptr_array_add (self->other_codes, g_strdup (region->code));
      gtk_string_list_append (names, region->name);
    }

  gtk_drop_down_set_model (self->other_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->other_dropdown, chosen);
  gtk_widget_set_visible (GTK_WIDGET (self->other_dropdown),
                          self->unit_id == 0 && self->other_codes->len > 1);
}

static gboolean
fill_chart (ZonaTrendPanel  *self,
            GError         **error)
{
  const char *scheme_id = current_scheme (self);
  g_autofree char *summary = NULL;
  ZonaChart *chart;

  remove_children (GTK_WIDGET (self->legend_box));
  if (scheme_id == NULL)
    {
      zona_chart_view_set_chart (self->chart_view, NULL);
      remove_children (GTK_WIDGET (self->table_grid));
      gtk_label_set_label (self->summary_label, "");
      return TRUE;
    }

  chart = zona_chart_new_for_subject (self->store, self->region_code, self->unit_id, scheme_id,
                                      self->unit_id == 0, error);
  if (chart == NULL)
    return FALSE;

  /* Another region chosen for comparison: its own line, after the subject's. */
  if (other_code (self) != NULL &&
      !zona_chart_add_region (chart, self->store, other_code (self), error))
    {
      zona_chart_free (chart);
      return FALSE;
    }

  /* Units without scores in the scheme have no line and no entry. */
  for (guint s = chart->series->len; s > 0; s--)
    if (((ZonaChartSeries *) g_ptr_array_index (chart->series, s - 1))->points->len == 0)
      g_ptr_array_remove_index (chart->series, s - 1);

  for (guint s = 0; s < chart->series->len && chart->series->len > 1; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (chart->series, s);
      GtkWidget *entry = new_legend_entry (self, s, series->name);

      gtk_flow_box_append (self->legend_box, entry);
      /* The legend answers the pointer only: the chart and its table carry the same to the
       * keyboard, so its entries are no stops for Tab. */
      gtk_widget_set_focusable (gtk_widget_get_parent (entry), FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->legend_box), chart->series->len > 1);

  if (chart->series->len > 0)
    summary = zona_chart_describe (g_ptr_array_index (chart->series, 0), FALSE);
  gtk_label_set_label (self->summary_label, summary != NULL ? summary : "");

  fill_table (self, chart);
  fill_comparison (self, scheme_id, chart);
  zona_chart_view_set_chart (self->chart_view, chart);

  return TRUE;
}

static void
on_scheme_selected (ZonaTrendPanel *self,
                    GParamSpec     *pspec,
                    GtkDropDown    *dropdown)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || self->store == NULL)
    return;

  if (!fill_chart (self, &error))
    g_signal_emit (self, signals[MESSAGE], 0, error->message);
}

static void
on_table_toggled (ZonaTrendPanel  *self,
                  GtkToggleButton *toggle)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    gtk_toggle_button_get_active (toggle) ? "table" : "chart");
}

static void
on_focus_moved (ZonaTrendPanel *self,
                guint           series,
                guint           point,
                ZonaChartView  *view)
{
  g_autofree char *text = zona_chart_view_describe_point (view, series, point);

  /* Said where the eye is anyway, and announced to a screen reader through the label. */
  gtk_label_set_label (self->summary_label, text);
}

/**
 * zona_trend_panel_save:
 * @self: the panel
 * @path: a .png or .svg file
 * @error: why it was not written
 *
 * Draws the chart shown into a file, light, at a size fit for a slide or a report.
 *
 * Returns: whether it was written
 */
gboolean
zona_trend_panel_save (ZonaTrendPanel  *self,
                       const char      *path,
                       GError         **error)
{
  const char *scheme_id = current_scheme (self);
  g_autoptr(ZonaChart) chart = NULL;
  ZonaChartFormat format;
  ZonaChartStyle style;

  g_return_val_if_fail (ZONA_IS_TREND_PANEL (self), FALSE);

  if (!zona_chart_format_from_path (path, &format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("“%s” is neither a .png nor a .svg file"), path);
      return FALSE;
    }

  if (scheme_id == NULL ||
      (chart = zona_chart_new_for_subject (self->store, self->region_code, self->unit_id,
                                           scheme_id, self->unit_id == 0, error)) == NULL ||
      (other_code (self) != NULL &&
       !zona_chart_add_region (chart, self->store, other_code (self), error)))
    return FALSE;

  for (guint s = chart->series->len; s > 0; s--)
    if (((ZonaChartSeries *) g_ptr_array_index (chart->series, s - 1))->points->len == 0)
      g_ptr_array_remove_index (chart->series, s - 1);

  zona_chart_set_marker_label (chart, _("New methodology"));
  zona_chart_style_init (&style, FALSE);

  return zona_chart_write (chart, format, FILE_WIDTH, FILE_HEIGHT, &style, path, error);
}

/**
 * zona_trend_panel_save_report:
 * @self: the panel of a region
 * @path: a .pdf file
 * @error: why it was not written
 *
 * Writes the one-page report of the region's latest year in the scheme shown.
 *
 * Returns: whether it was written
 */
gboolean
zona_trend_panel_save_report (ZonaTrendPanel  *self,
                              const char      *path,
                              GError         **error)
{
  const char *scheme_id = current_scheme (self);

  g_return_val_if_fail (ZONA_IS_TREND_PANEL (self), FALSE);

  if (scheme_id == NULL || self->to_year == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("A report is written for a region with scores"));
      return FALSE;
    }

  return zona_report_write (self->store, self->region_code, scheme_id, self->to_year, NULL, path,
                            error);
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  ZonaTrendPanel  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      gboolean report = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "report"));

      if (report ? zona_trend_panel_save_report (self, path, &error)
                 : zona_trend_panel_save (self, path, &error))
        {
          g_autofree char *name = g_path_get_basename (path);
          /* Translators: after a chart was saved, "“Grafik Kota Madiun.png” saved" */
          g_autofree char *message = g_strdup_printf (_("“%s” saved"), name);

          g_signal_emit (self, signals[MESSAGE], 0, message);
        }
      else
        g_signal_emit (self, signals[MESSAGE], 0, error->message);
    }

  g_object_unref (chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZonaTrendPanel *self = ZONA_TREND_PANEL (widget);
  const char *extension = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autofree char *pattern = g_strdup_printf ("*.%s", extension);
  ZonaChart *chart = zona_chart_view_get_chart (self->chart_view);

  if (chart == NULL || chart->series->len == 0)
    return;

  chooser = gtk_file_chooser_native_new (_("Save the Chart"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_pattern (filter, pattern);
  if (g_str_equal (extension, "pdf"))
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      g_object_set_data (G_OBJECT (chooser), "report", GINT_TO_POINTER (TRUE));
      /* The report is an Indonesian document: so is its name. */
      name = g_strdup_printf ("Laporan %s %s %d.pdf",
                              ((ZonaChartSeries *) g_ptr_array_index (chart->series, 0))->name,
                              chart->scheme->short_name, self->to_year);
    }
  else
    {
      gtk_file_filter_set_name (filter, g_str_equal (extension, "svg") ? _("SVG pictures")
                                                                       : _("PNG pictures"));
      /* Translators: the file name offered for a chart, "Grafik Kota Madiun Ombudsman.png" */
      name = g_strdup_printf (_("Chart %s %s.%s"),
                              ((ZonaChartSeries *) g_ptr_array_index (chart->series, 0))->name,
                              chart->scheme->short_name, extension);
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
zona_trend_panel_class_init (ZonaTrendPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_trend_panel_dispose;
  object_class->finalize = zona_trend_panel_finalize;

  /**
   * ZonaTrendPanel::message:
   * @self: the panel
   * @text: what to tell the user: a file saved, or why it was not
   */
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "trend.save", "s", save_action);

  g_type_ensure (ZONA_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/zona-trend-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, scheme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, other_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, table_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, chart_view);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, legend_box);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, table_grid);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, compare_box);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, compare_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaTrendPanel, compare_view);
  gtk_widget_class_bind_template_callback (widget_class, on_scheme_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_focus_moved);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);
  const char *column = data;

  gtk_label_set_xalign (GTK_LABEL (label),
                        g_str_equal (column, "name") || g_str_equal (column, "category") ||
                        g_str_equal (column, "mover") ? 0 : 1);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (!g_str_equal (column, "name") && !g_str_equal (column, "category"))
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  data)
{
  ZonaComparisonItem *item = gtk_list_item_get_item (list_item);
  const ZonaComparison *row = zona_comparison_item_get (item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *column = data;
  g_autofree char *text = NULL;

  if (g_str_equal (column, "name"))
    text = g_strdup (row->name);
  else if (g_str_equal (column, "from"))
    text = row->has_from ? zona_score_format (row->from) : g_strdup ("—");
  else if (g_str_equal (column, "to"))
    text = row->has_to ? zona_score_format (row->to) : g_strdup ("—");
  else if (g_str_equal (column, "change"))
    text = row->has_change ? zona_score_format_change (row->change) : g_strdup ("");
  else if (g_str_equal (column, "mover"))
    {
      const ZonaIndicatorMove *move = row->movers->len > 0 ? g_ptr_array_index (row->movers, 0)
                                                           : NULL;
      g_autofree char *effect = move != NULL ? zona_score_format_change (move->effect) : NULL;

      text = move != NULL ? g_strdup_printf ("%s %s", move->code, effect) : g_strdup ("");
    }
  else if (g_str_equal (column, "rank"))
    /* Translators: a rank among others, "2 of 7" */
    text = row->rank > 0 ? g_strdup_printf (_("%u of %u"), row->rank, row->rank_of)
                         : g_strdup ("");
  else
    text = zona_comparison_item_category (item);

  gtk_label_set_label (GTK_LABEL (label), text);

  /* The indicators that moved the total most, when the two years have indicator scores. */
  if (g_str_equal (column, "mover") && row->movers->len > 0)
    {
      g_autoptr(GString) movers = g_string_new (_("Moved the total most:"));

      for (guint i = 0; i < row->movers->len; i++)
        {
          const ZonaIndicatorMove *move = g_ptr_array_index (row->movers, i);
          g_autofree char *effect = zona_score_format_change (move->effect);

          g_string_append_printf (movers, "\n%s %s: %s", move->code, move->name, effect);
        }
      gtk_widget_set_tooltip_text (label, movers->str);
    }
  else
    gtk_widget_set_tooltip_text (label, NULL);

  /* The region's own row stands out; a change of category is marked. */
  if (row->unit_id == 0)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
  if (g_str_equal (column, "category") && row->category_changed)
    gtk_widget_add_css_class (label, "accent");
  else
    gtk_widget_remove_css_class (label, "accent");
}

static int
sort_rows (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  return zona_comparison_item_compare ((ZonaComparisonItem *) a, (ZonaComparisonItem *) b,
                                       data);
}

static void
add_column (ZonaTrendPanel *self,
            const char     *title,
            const char     *column,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  GtkSorter *sorter;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), (gpointer) column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), (gpointer) column);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  sorter = GTK_SORTER (gtk_custom_sorter_new (sort_rows, (gpointer) column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->compare_view, view_column);
}

static void
zona_trend_panel_init (ZonaTrendPanel *self)
{
  GtkSortListModel *sorted;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->comparisons = g_list_store_new (ZONA_TYPE_COMPARISON_ITEM);
  add_column (self, _("Region or Unit"), "name", TRUE);
  add_column (self, _("From"), "from", FALSE);
  add_column (self, _("To"), "to", FALSE);
  add_column (self, _("Change"), "change", FALSE);
  add_column (self, _("Category"), "category", TRUE);
  add_column (self, _("Rank"), "rank", FALSE);
  /* Translators: the column of the indicator that moved a total most, "PR-01 −2,16" */
  add_column (self, _("Moved Most"), "mover", FALSE);

  /* Sorted by the column the clerk clicks; as core lists them until then. */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->comparisons)),
                                    g_object_ref (gtk_column_view_get_sorter (self->compare_view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->compare_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/**
 * zona_trend_panel_show:
 * @self: the panel
 * @store: the database
 * @region_code: a region
 * @unit_id: one of its units, or 0 for the region with a line per unit
 * @error: a database error; the panel is unchanged then
 *
 * Shows the subject's trend under the scheme shown before when it has values in it, else
 * under the first scheme it has values in.
 *
 * Returns: whether it could be read
 */
gboolean
zona_trend_panel_show (ZonaTrendPanel  *self,
                       ZonaStore       *store,
                       const char      *region_code,
                       gint64           unit_id,
                       GError         **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *previous = g_strdup (current_scheme (self));
  GPtrArray *schemes;
  guint chosen = 0;

  g_return_val_if_fail (ZONA_IS_TREND_PANEL (self), FALSE);
  g_return_val_if_fail (ZONA_IS_STORE (store), FALSE);

  schemes = zona_store_get_schemes (store);
  for (guint i = 0; schemes != NULL && i < schemes->len; i++)
    {
      const ZonaScheme *scheme = g_ptr_array_index (schemes, i);
      g_autoptr(ZonaChart) chart = zona_chart_new_for_subject (store, region_code, unit_id,
                                                               scheme->id, FALSE, error);

      if (chart == NULL)
        return FALSE;
      if (chart->series->len == 0 ||
          ((ZonaChartSeries *) g_ptr_array_index (chart->series, 0))->points->len == 0)
        continue;

      if (g_strcmp0 (scheme->id, previous) == 0)
        chosen = ids->len;
      g_ptr_array_add (ids, g_strdup (scheme->id));
      gtk_string_list_append (names, scheme->short_name);
    }

  g_set_object (&self->store, store);
  g_free (self->region_code);
  self->region_code = g_strdup (region_code);
  self->unit_id = unit_id;
  g_clear_pointer (&self->scheme_ids, g_ptr_array_unref);
  self->scheme_ids = g_steal_pointer (&ids);

  self->filling = TRUE;
  fill_others (self);
  gtk_drop_down_set_model (self->scheme_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->scheme_dropdown, chosen);
  gtk_widget_set_visible (GTK_WIDGET (self->scheme_dropdown), self->scheme_ids->len > 1);
  self->filling = FALSE;

  return fill_chart (self, error);
}

/* Returns: whether the subject has any score to chart */
gboolean
zona_trend_panel_has_values (ZonaTrendPanel *self)
{
  g_return_val_if_fail (ZONA_IS_TREND_PANEL (self), FALSE);

  return self->scheme_ids != NULL && self->scheme_ids->len > 0;
}

/* Returns: (nullable): the scheme charted */
const char *
zona_trend_panel_get_scheme_id (ZonaTrendPanel *self)
{
  g_return_val_if_fail (ZONA_IS_TREND_PANEL (self), NULL);

  return current_scheme (self);
}

/* Charts @scheme_id, as choosing it in the drop-down does. Returns: %FALSE when the subject
 * has no values in it */
gboolean
zona_trend_panel_select_scheme (ZonaTrendPanel *self,
                                const char     *scheme_id)
{
  g_return_val_if_fail (ZONA_IS_TREND_PANEL (self), FALSE);

  for (guint i = 0; self->scheme_ids != NULL && i < self->scheme_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->scheme_ids, i), scheme_id))
      {
        gtk_drop_down_set_selected (self->scheme_dropdown, i);
        return TRUE;
      }

  return FALSE;
}

/**
 * zona_trend_panel_compare_with:
 * @self: the panel of a region
 * @region_code: (nullable): another region, or %NULL for none
 *
 * Adds @region_code's own line to the chart, as choosing it in the drop-down does.
 *
 * Returns: %FALSE when the region is not offered
 */
gboolean
zona_trend_panel_compare_with (ZonaTrendPanel *self,
                               const char     *region_code)
{
  g_return_val_if_fail (ZONA_IS_TREND_PANEL (self), FALSE);

  for (guint i = 0; self->other_codes != NULL && i < self->other_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->other_codes, i), region_code) == 0)
      {
        gtk_drop_down_set_selected (self->other_dropdown, i);
        return TRUE;
      }

  return FALSE;
}

/* Returns: (transfer none): the chart's view */
ZonaChartView *
zona_trend_panel_get_view (ZonaTrendPanel *self)
{
  g_return_val_if_fail (ZONA_IS_TREND_PANEL (self), NULL);

  return self->chart_view;
}
