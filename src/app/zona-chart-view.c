/* zona-chart-view.c — a trend chart on screen: painted from core's geometry, point by point
 * reachable by pointer and keyboard
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "zona-chart-render.h"
#include "zona-chart-view.h"

/* The view lays the chart out for its size, measuring labels with its own Pango context, and
 * paints it on one cairo node with the painting the exports use (src/render); the theme gives
 * the text colour, dark or light. Everything about where things go comes from core's
 * geometry, which the view keeps until its size changes.
 *
 * A pointer over a point gets a tooltip with the value and its category; the keyboard moves
 * a focus ring point by point (Left and Right along a series, Up and Down across series),
 * and "focus-moved" lets the page beside the chart say which point it is. For a screen
 * reader the view is an image whose label is the first series told in words. */

#define HIT_RADIUS 12.0

struct _ZonaChartView
{
  GtkWidget  parent_instance;

  ZonaChart *chart;
  double     laid_width;     /* the size the chart was laid out for, 0 when it must be again */
  double     laid_height;
  int        highlight;
  int        focus_series;   /* -1 until the keyboard moves */
  int        focus_point;
};

enum {
  FOCUS_MOVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaChartView, zona_chart_view, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static void
zona_chart_view_finalize (GObject *object)
{
  ZonaChartView *self = ZONA_CHART_VIEW (object);

  g_clear_pointer (&self->chart, zona_chart_free);

  G_OBJECT_CLASS (zona_chart_view_parent_class)->finalize (object);
}

static void
ensure_layout (ZonaChartView *self,
               double         width,
               double         height)
{
  g_autoptr(PangoLayout) layout = NULL;
  ZonaChartRect area = { 0, 0, width, height };

  if (self->chart == NULL || (self->laid_width == width && self->laid_height == height))
    return;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  zona_chart_layout_with_pango (self->chart, layout, &area);
  self->laid_width = width;
  self->laid_height = height;
}

static void
theme_style (ZonaChartView  *self,
             ZonaChartStyle *style)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA colour;

  zona_chart_style_init (style, dark);
  style->fill_background = FALSE;
  style->highlight = self->highlight;
  style->focus_series = gtk_widget_has_focus (GTK_WIDGET (self)) ? self->focus_series : -1;
  style->focus_point = self->focus_point;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &colour);
  style->foreground = (ZonaChartColour) { colour.red, colour.green, colour.blue, colour.alpha };
}

static void
zona_chart_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ZonaChartView *self = ZONA_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = NULL;
  ZonaChartStyle style;
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  ensure_layout (self, width, height);
  theme_style (self, &style);
  layout = gtk_widget_create_pango_layout (widget, NULL);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  zona_chart_draw (self->chart, cr, layout, &style);
  cairo_destroy (cr);
}

static void
zona_chart_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  ZonaChartView *self = ZONA_CHART_VIEW (widget);

  ensure_layout (self, width, height);
}

static void
zona_chart_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* Small enough for a phone-sized window, tall enough to read the bands. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 640;
    }
  else
    {
      *minimum = 200;
      *natural = 300;
    }
}

static const ZonaChartPoint *
get_point (ZonaChartView *self,
           guint          series,
           guint          point)
{
  const ZonaChartSeries *s;

  if (self->chart == NULL || series >= self->chart->series->len)
    return NULL;

  s = g_ptr_array_index (self->chart->series, series);

  return point < s->points->len ? &g_array_index (s->points, ZonaChartPoint, point) : NULL;
}

/**
 * zona_chart_view_find_point:
 * @self: the view
 * @x: a position in the view
 * @y: likewise
 * @out_series: (out): the series of the point nearest to it
 * @out_point: (out): the point
 *
 * Returns: whether a point lies within reach of the position
 */
gboolean
zona_chart_view_find_point (ZonaChartView *self,
                            double         x,
                            double         y,
                            guint         *out_series,
                            guint         *out_point)
{
  double best = HIT_RADIUS * HIT_RADIUS;
  gboolean found = FALSE;

  g_return_val_if_fail (ZONA_IS_CHART_VIEW (self), FALSE);

  if (self->chart == NULL)
    return FALSE;

  for (guint s = 0; s < self->chart->series->len; s++)
    {
      const ZonaChartSeries *series = g_ptr_array_index (self->chart->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          const ZonaChartPoint *point = &g_array_index (series->points, ZonaChartPoint, i);
          double distance = (point->x - x) * (point->x - x) + (point->y - y) * (point->y - y);

          /* The highlighted series wins a tie: it is the one drawn on top. */
          if (distance < best || (distance == best && (int) s == self->highlight))
            {
              best = distance;
              *out_series = s;
              *out_point = i;
              found = TRUE;
            }
        }
    }

  return found;
}

/**
 * zona_chart_view_describe_point:
 * @self: the view
 * @series: a series
 * @point: one of its points
 *
 * Returns: (transfer full) (nullable): "Kota Madiun, 2023: 93,59 (Kategori A)"
 */
char *
zona_chart_view_describe_point (ZonaChartView *self,
                                guint          series,
                                guint          point)
{
  const ZonaChartPoint *p = get_point (self, series, point);
  const ZonaChartSeries *s;

  if (p == NULL)
    return NULL;

  s = g_ptr_array_index (self->chart->series, series);
  if (p->band != NULL)
    /* Translators: a point of a chart, "Kota Madiun, 2023: 93,59 (Kategori A)" */
    return g_strdup_printf (_("%s, %d: %s (%s)"), s->name, p->year, p->label, p->band->name);

  /* Translators: a point of a chart without a category, "Kota Madiun, 2025: 93,59" */
  return g_strdup_printf (_("%s, %d: %s"), s->name, p->year, p->label);
}

static gboolean
on_query_tooltip (ZonaChartView *self,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip)
{
  g_autofree char *text = NULL;
  guint series, point;

  if (keyboard && self->focus_series >= 0)
    text = zona_chart_view_describe_point (self, self->focus_series, self->focus_point);
  else if (zona_chart_view_find_point (self, x, y, &series, &point))
    text = zona_chart_view_describe_point (self, series, point);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/**
 * zona_chart_view_focus_point:
 * @self: the view
 * @series: a series
 * @point: one of its points
 *
 * Puts the focus ring on a point, as the arrow keys do, and says so with "focus-moved".
 */
void
zona_chart_view_focus_point (ZonaChartView *self,
                             guint          series,
                             guint          point)
{
  g_return_if_fail (ZONA_IS_CHART_VIEW (self));

  if (get_point (self, series, point) == NULL)
    return;

  self->focus_series = series;
  self->focus_point = point;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[FOCUS_MOVED], 0, series, point);
}

/* Returns: whether the keyboard has put the focus on a point, and which */
gboolean
zona_chart_view_get_focus_point (ZonaChartView *self,
                                 guint         *out_series,
                                 guint         *out_point)
{
  g_return_val_if_fail (ZONA_IS_CHART_VIEW (self), FALSE);

  if (self->focus_series < 0)
    return FALSE;

  *out_series = self->focus_series;
  *out_point = self->focus_point;

  return TRUE;
}

/* The point of @series nearest in year to @year. */
static guint
nearest_in_series (ZonaChartView *self,
                   guint          series,
                   int            year)
{
  const ZonaChartSeries *s = g_ptr_array_index (self->chart->series, series);
  guint best = 0;

  for (guint i = 0; i < s->points->len; i++)
    if (ABS (g_array_index (s->points, ZonaChartPoint, i).year - year) <
        ABS (g_array_index (s->points, ZonaChartPoint, best).year - year))
      best = i;

  return best;
}

static gboolean
move_focus (ZonaChartView *self,
            int            d_series,
            int            d_point)
{
  const ZonaChartPoint *current;
  int series = MAX (self->focus_series, 0);
  int point = self->focus_series < 0 ? 0 : self->focus_point + d_point;

  if (self->chart == NULL || self->chart->series->len == 0)
    return FALSE;

  if (self->focus_series >= 0 && d_series != 0)
    {
      current = get_point (self, self->focus_series, self->focus_point);
      /* To the next series that has values, at the year nearest to the one left. */
      for (series = self->focus_series + d_series;
           series >= 0 && (guint) series < self->chart->series->len;
           series += d_series)
        if (((ZonaChartSeries *) g_ptr_array_index (self->chart->series, series))->points->len > 0)
          break;
      if (series < 0 || (guint) series >= self->chart->series->len)
        return TRUE;
      point = nearest_in_series (self, series, current->year);
    }

  if (get_point (self, series, point) == NULL)
    return TRUE;

  zona_chart_view_focus_point (self, series, point);

  return TRUE;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  int d_series, d_point;

  g_variant_get (parameter, "(ii)", &d_series, &d_point);
  move_focus (ZONA_CHART_VIEW (widget), d_series, d_point);
}

static void
on_focus_changed (ZonaChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zona_chart_view_class_init (ZonaChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = zona_chart_view_finalize;
  widget_class->snapshot = zona_chart_view_snapshot;
  widget_class->size_allocate = zona_chart_view_size_allocate;
  widget_class->measure = zona_chart_view_measure;

  /**
   * ZonaChartView::focus-moved:
   * @self: the view
   * @series: the series of the point with the focus ring
   * @point: the point
   */
  signals[FOCUS_MOVED] = g_signal_new ("focus-moved", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "chart.move", "(ii)", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.move", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.move", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.move", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.move", "(ii)", 1, 0);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zona_chart_view_init (ZonaChartView *self)
{
  self->highlight = -1;
  self->focus_series = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (on_focus_changed), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
zona_chart_view_new (void)
{
  return g_object_new (ZONA_TYPE_CHART_VIEW, NULL);
}

/**
 * zona_chart_view_set_chart:
 * @self: the view
 * @chart: (transfer full) (nullable): the chart to show, not yet laid out
 *
 * Shows @chart; the view lays it out for its size and tells a screen reader what it shows.
 */
void
zona_chart_view_set_chart (ZonaChartView *self,
                           ZonaChart     *chart)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (ZONA_IS_CHART_VIEW (self));

  g_clear_pointer (&self->chart, zona_chart_free);
  self->chart = chart;
  self->laid_width = self->laid_height = 0;
  self->highlight = -1;
  self->focus_series = -1;
  self->focus_point = 0;

  if (chart != NULL)
    {
      zona_chart_set_marker_label (chart, _("New methodology"));
      if (chart->series->len > 0)
        summary = zona_chart_describe (g_ptr_array_index (chart->series, 0), FALSE);
      if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
        ensure_layout (self, gtk_widget_get_width (GTK_WIDGET (self)),
                       gtk_widget_get_height (GTK_WIDGET (self)));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  summary != NULL ? summary : _("Chart without values"), -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns: (transfer none) (nullable): the chart shown, laid out for the view's size */
ZonaChart *
zona_chart_view_get_chart (ZonaChartView *self)
{
  g_return_val_if_fail (ZONA_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

/**
 * zona_chart_view_set_highlight:
 * @self: the view
 * @series: the series to bring forward, the others faded, or -1 for none
 */
void
zona_chart_view_set_highlight (ZonaChartView *self,
                               int            series)
{
  g_return_if_fail (ZONA_IS_CHART_VIEW (self));

  if (self->highlight == series)
    return;

  self->highlight = series;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
zona_chart_view_get_highlight (ZonaChartView *self)
{
  g_return_val_if_fail (ZONA_IS_CHART_VIEW (self), -1);

  return self->highlight;
}
