/* zona-indicator-form.c — one score per indicator, grouped by dimension, with the total core
 * computes from them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zona-aggregate.h"
#include "zona-indicator-form.h"

/* The form shows the dimensions and indicators of one scheme version and reads each field with
 * core's parser on the scheme's scale; the total is core's zona_aggregate_total(). It holds no
 * weight or rounding rule of its own.
 *
 * It keeps the scheme's id and year rather than pointers into the scheme: the store drops its
 * cached schemes when a transaction is rolled back (a refused save), and looks them up afresh.
 * What was typed is kept by indicator code for the life of the form, so that changing the
 * scheme or the year and back loses nothing, and an indicator the new version shares keeps its
 * value. */
struct _ZonaIndicatorForm
{
  GtkWidget   parent_instance;

  ZonaStore  *store;
  char       *scheme_id;
  int         year;
  char       *version_key;     /* "scheme/version" shown, or NULL when there is nothing to show */

  GPtrArray  *fields;          /* Field, in the scheme's order */
  GHashTable *texts;           /* indicator code -> text typed */
  gboolean    filling;         /* fields are being set by the program, not typed */

  guint       n_scored;
  guint       n_invalid;
  gboolean    has_total;
  ZonaScore   total;
  char       *message;         /* why there is no total although every field is valid */

  /* Template widgets */
  GtkBox     *groups_box;
};

typedef struct
{
  char         *code;
  char         *subtitle;      /* the code and weight, shown when the value is not refused */
  AdwActionRow *row;
  GtkEntry     *entry;
} Field;

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaIndicatorForm, zona_indicator_form, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->code);
  g_free (field->subtitle);
  g_free (field);
}

/* What the field holds, without the spaces around it. */
static char *
field_text (Field *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->entry))));
}

static const ZonaSchemeVersion *
lookup_version (ZonaIndicatorForm  *self,
                const ZonaScheme  **out_scheme)
{
  const ZonaScheme *scheme;

  if (self->store == NULL || self->scheme_id == NULL)
    return NULL;

  scheme = zona_store_find_scheme (self->store, self->scheme_id, NULL);
  if (scheme == NULL)
    return NULL;

  *out_scheme = scheme;

  return zona_scheme_version_for_year (scheme, self->year);
}

/* A total can be computed from indicators only for a scheme that gives a score, and only when
 * every dimension of the version names its indicators (PermenPANRB 17/2017 names none). */
static gboolean
has_indicators (const ZonaScheme        *scheme,
                const ZonaSchemeVersion *version)
{
  if (scheme == NULL || version == NULL || scheme->result != ZONA_SCHEME_RESULT_SCORE ||
      version->dimensions->len == 0)
    return FALSE;

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);

      if (dimension->indicators->len == 0)
        return FALSE;
    }

  return TRUE;
}

/* Weights are hundredths like scores; whole numbers are shown without decimals ("24", "21,85"). */
static char *
format_weight (ZonaScore weight)
{
  char *text = zona_score_format (weight);

  if (g_str_has_suffix (text, ",00"))
    text[strlen (text) - 3] = '\0';

  return text;
}

static gboolean
weights_equal (const ZonaDimension *dimension)
{
  const ZonaIndicator *first = g_ptr_array_index (dimension->indicators, 0);

  for (guint i = 1; i < dimension->indicators->len; i++)
    if (((const ZonaIndicator *) g_ptr_array_index (dimension->indicators, i))->weight !=
        first->weight)
      return FALSE;

  return TRUE;
}

static void
mark_field (Field      *field,
            const char *reason)
{
  if (reason != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (field->entry), "error");
      gtk_widget_add_css_class (GTK_WIDGET (field->row), "invalid-indicator");
      adw_action_row_set_subtitle (field->row, reason);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (field->entry), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (field->row), "invalid-indicator");
      adw_action_row_set_subtitle (field->row, field->subtitle);
    }
}

/* Reads every field, marks the refused ones with core's reason and asks core for the total
 * once every indicator has a valid score. */
static void
recompute (ZonaIndicatorForm *self)
{
  g_autoptr(GHashTable) values = zona_score_table_new ();
  g_autoptr(GError) total_error = NULL;
  const ZonaScheme *scheme = NULL;
  const ZonaSchemeVersion *version = lookup_version (self, &scheme);

  self->n_scored = 0;
  self->n_invalid = 0;
  self->has_total = FALSE;
  self->total = 0;
  g_clear_pointer (&self->message, g_free);

  for (guint i = 0; scheme != NULL && i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      g_autofree char *text = field_text (field);
      g_autoptr(GError) error = NULL;
      ZonaScore value;

      if (text[0] == '\0')
        {
          mark_field (field, NULL);
        }
      else if (zona_score_parse (text, scheme->scale_min, scheme->scale_max, &value, &error))
        {
          zona_score_table_set (values, field->code, value);
          self->n_scored++;
          mark_field (field, NULL);
        }
      else
        {
          self->n_invalid++;
          mark_field (field, error->message);
        }
    }

  if (version != NULL && self->fields->len > 0 && self->n_invalid == 0 &&
      self->n_scored == self->fields->len)
    {
      self->has_total = zona_aggregate_total (scheme, version, values, &self->total, NULL,
                                              &total_error);
      if (!self->has_total)
        self->message = g_strdup (total_error->message);
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_entry_changed (ZonaIndicatorForm *self,
                  GtkEditable       *entry)
{
  const char *code = g_object_get_data (G_OBJECT (entry), "zona-indicator-code");

  if (self->filling)
    return;

  g_hash_table_replace (self->texts, g_strdup (code), g_strdup (gtk_editable_get_text (entry)));
  recompute (self);
}

/* Enter moves on to the next indicator, as on a paper form; after the last one it saves. */
static void
on_entry_activate (ZonaIndicatorForm *self,
                   GtkEntry          *entry)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->entry != entry)
        continue;

      if (i + 1 < self->fields->len)
        gtk_widget_grab_focus (GTK_WIDGET (((Field *) g_ptr_array_index (self->fields,
                                                                         i + 1))->entry));
      else
        gtk_widget_activate_default (GTK_WIDGET (entry));
      return;
    }
}

static void
clear_groups (ZonaIndicatorForm *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  g_ptr_array_set_size (self->fields, 0);
}

static Field *
add_field (ZonaIndicatorForm   *self,
           AdwPreferencesGroup *group,
           const ZonaIndicator *indicator,
           gboolean             show_weight)
{
  g_autofree char *label = g_strdup_printf ("%s %s", indicator->code, indicator->name);
  Field *field = g_new0 (Field, 1);
  const char *text;

  field->code = g_strdup (indicator->code);
  if (show_weight)
    {
      g_autofree char *weight = format_weight (indicator->weight);

      /* TRANSLATORS: an indicator's code and its weight in its dimension: "KB-01 · weight 17" */
      field->subtitle = g_strdup_printf (_("%s · weight %s"), indicator->code, weight);
    }
  else
    field->subtitle = g_strdup (indicator->code);

  field->row = ADW_ACTION_ROW (adw_action_row_new ());
  /* Names come from scheme files and may hold "&" or "<": never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (field->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), indicator->name);
  adw_action_row_set_title_lines (field->row, 0);
  adw_action_row_set_subtitle_lines (field->row, 0);
  adw_action_row_set_subtitle (field->row, field->subtitle);
  if (indicator->description != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (field->row), indicator->description);

  field->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_valign (GTK_WIDGET (field->entry), GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (field->entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (field->entry), 6);
  gtk_editable_set_alignment (GTK_EDITABLE (field->entry), 1.0);
  gtk_entry_set_input_purpose (field->entry, GTK_INPUT_PURPOSE_NUMBER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (field->entry), "zona-indicator-code",
                          g_strdup (indicator->code), g_free);

  text = g_hash_table_lookup (self->texts, indicator->code);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (field->entry), text);

  g_signal_connect_object (field->entry, "changed", G_CALLBACK (on_entry_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (field->entry, "activate", G_CALLBACK (on_entry_activate), self,
                           G_CONNECT_SWAPPED);

  adw_action_row_add_suffix (field->row, GTK_WIDGET (field->entry));
  adw_action_row_set_activatable_widget (field->row, GTK_WIDGET (field->entry));
  adw_preferences_group_add (group, GTK_WIDGET (field->row));

  return field;
}

/* One group per dimension, titled with its name and weight, one row per indicator. */
static void
rebuild (ZonaIndicatorForm       *self,
         const ZonaSchemeVersion *version)
{
  self->filling = TRUE;
  clear_groups (self);

  for (guint d = 0; version != NULL && d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);
      g_autofree char *weight = format_weight (dimension->weight);
      g_autofree char *description = NULL;
      gboolean equal = weights_equal (dimension);
      GtkWidget *group = adw_preferences_group_new ();

      if (equal && dimension->indicators->len > 1)
        /* TRANSLATORS: a dimension's weight in the total, in percent: "Weight 21,85% · …" */
        description = g_strdup_printf (_("Weight %s%% · every indicator weighs the same"), weight);
      else
        /* TRANSLATORS: a dimension's weight in the total, in percent: "Weight 24%" */
        description = g_strdup_printf (_("Weight %s%%"), weight);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), dimension->name);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

      for (guint i = 0; i < dimension->indicators->len; i++)
        g_ptr_array_add (self->fields,
                         add_field (self, ADW_PREFERENCES_GROUP (group),
                                    g_ptr_array_index (dimension->indicators, i), !equal));

      gtk_box_append (self->groups_box, group);
    }

  self->filling = FALSE;
}

static void
zona_indicator_form_dispose (GObject *object)
{
  ZonaIndicatorForm *self = (ZonaIndicatorForm *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_INDICATOR_FORM);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zona_indicator_form_parent_class)->dispose (object);
}

static void
zona_indicator_form_finalize (GObject *object)
{
  ZonaIndicatorForm *self = (ZonaIndicatorForm *)object;

  g_clear_pointer (&self->scheme_id, g_free);
  g_clear_pointer (&self->version_key, g_free);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (zona_indicator_form_parent_class)->finalize (object);
}

static void
zona_indicator_form_class_init (ZonaIndicatorFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_indicator_form_dispose;
  object_class->finalize = zona_indicator_form_finalize;

  /**
   * ZonaIndicatorForm::changed:
   * @self: the form
   *
   * Emitted when a value, and with it possibly the total, has changed, and after the form
   * was rebuilt for another scheme version.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/"
                                               "zona-indicator-form.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaIndicatorForm, groups_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zona_indicator_form_init (ZonaIndicatorForm *self)
{
  self->fields = g_ptr_array_new_with_free_func (field_free);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zona_indicator_form_new (void)
{
  return g_object_new (ZONA_TYPE_INDICATOR_FORM, NULL);
}

/**
 * zona_indicator_form_set_version:
 * @self: a form
 * @store: (nullable): the database whose schemes are used
 * @scheme_id: (nullable): the scheme
 * @year: the assessment year, which chooses the version
 *
 * Shows the indicators of the version in force in @year. The rows are built again only when
 * the version changes; values typed are kept by indicator code.
 */
void
zona_indicator_form_set_version (ZonaIndicatorForm *self,
                                 ZonaStore         *store,
                                 const char        *scheme_id,
                                 int                year)
{
  const ZonaScheme *scheme = NULL;
  const ZonaSchemeVersion *version;
  g_autofree char *key = NULL;

  g_return_if_fail (ZONA_IS_INDICATOR_FORM (self));
  g_return_if_fail (store == NULL || ZONA_IS_STORE (store));

  g_set_object (&self->store, store);
  if (g_strcmp0 (self->scheme_id, scheme_id) != 0)
    {
      g_free (self->scheme_id);
      self->scheme_id = g_strdup (scheme_id);
    }
  self->year = year;

  version = lookup_version (self, &scheme);
  if (has_indicators (scheme, version))
    key = g_strdup_printf ("%s/%s", scheme->id, version->id);
  else
    version = NULL;

  if (g_strcmp0 (key, self->version_key) != 0)
    {
      g_free (self->version_key);
      self->version_key = g_steal_pointer (&key);
      rebuild (self, version);
    }

  recompute (self);
}

/**
 * zona_indicator_form_has_indicators:
 * @self: a form
 *
 * Returns: whether the version shown has indicators that a total can be computed from
 */
gboolean
zona_indicator_form_has_indicators (ZonaIndicatorForm *self)
{
  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), FALSE);

  return self->version_key != NULL;
}

/**
 * zona_indicator_form_set_values:
 * @self: a form
 * @values: indicator code -> score (see zona_score_table_new())
 *
 * Fills in recorded scores, as core formats them; codes the version shown does not have are
 * kept for a version that has them.
 */
void
zona_indicator_form_set_values (ZonaIndicatorForm *self,
                                GHashTable        *values)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_return_if_fail (ZONA_IS_INDICATOR_FORM (self));
  g_return_if_fail (values != NULL);

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (self->texts, g_strdup (key), zona_score_format (*(ZonaScore *) value));

  self->filling = TRUE;
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      const char *text = g_hash_table_lookup (self->texts, field->code);

      gtk_editable_set_text (GTK_EDITABLE (field->entry), text != NULL ? text : "");
    }
  self->filling = FALSE;

  recompute (self);
}

/**
 * zona_indicator_form_get_values:
 * @self: a form
 *
 * Returns: (transfer full): indicator code -> score of every indicator shown that holds a valid
 *   score
 */
GHashTable *
zona_indicator_form_get_values (ZonaIndicatorForm *self)
{
  GHashTable *values = zona_score_table_new ();
  const ZonaScheme *scheme = NULL;

  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), values);

  if (lookup_version (self, &scheme) == NULL)
    return values;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      ZonaScore value;

      if (zona_score_parse (gtk_editable_get_text (GTK_EDITABLE (field->entry)),
                            scheme->scale_min, scheme->scale_max, &value, NULL))
        zona_score_table_set (values, field->code, value);
    }

  return values;
}

/**
 * zona_indicator_form_get_total:
 * @self: a form
 * @out_total: (out): the total core computed
 *
 * Returns: whether every indicator has a valid score and core could compute the total
 */
gboolean
zona_indicator_form_get_total (ZonaIndicatorForm *self,
                               ZonaScore         *out_total)
{
  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), FALSE);
  g_return_val_if_fail (out_total != NULL, FALSE);

  if (self->has_total)
    *out_total = self->total;

  return self->has_total;
}

guint
zona_indicator_form_get_n_indicators (ZonaIndicatorForm *self)
{
  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), 0);

  return self->fields->len;
}

guint
zona_indicator_form_get_n_scored (ZonaIndicatorForm *self)
{
  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), 0);

  return self->n_scored;
}

guint
zona_indicator_form_get_n_invalid (ZonaIndicatorForm *self)
{
  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), 0);

  return self->n_invalid;
}

/**
 * zona_indicator_form_get_message:
 * @self: a form
 *
 * Returns: (nullable): core's reason for having no total although every field holds a valid
 *   score, or %NULL
 */
const char *
zona_indicator_form_get_message (ZonaIndicatorForm *self)
{
  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), NULL);

  return self->message;
}

/**
 * zona_indicator_form_get_field:
 * @self: a form
 * @code: an indicator code
 *
 * Returns: (transfer none) (nullable): the entry of the indicator @code, if shown
 */
GtkWidget *
zona_indicator_form_get_field (ZonaIndicatorForm *self,
                               const char        *code)
{
  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->code, code) == 0)
        return GTK_WIDGET (field->entry);
    }

  return NULL;
}

/**
 * zona_indicator_form_focus_first_problem:
 * @self: a form
 *
 * Moves the focus to the first refused field, or else the first empty one, scrolling it into
 * view.
 *
 * Returns: whether there was one
 */
gboolean
zona_indicator_form_focus_first_problem (ZonaIndicatorForm *self)
{
  Field *empty = NULL;

  g_return_val_if_fail (ZONA_IS_INDICATOR_FORM (self), FALSE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (gtk_widget_has_css_class (GTK_WIDGET (field->entry), "error"))
        return gtk_widget_grab_focus (GTK_WIDGET (field->entry));

      if (empty == NULL)
        {
          g_autofree char *text = field_text (field);

          if (text[0] == '\0')
            empty = field;
        }
    }

  return empty != NULL && gtk_widget_grab_focus (GTK_WIDGET (empty->entry));
}
