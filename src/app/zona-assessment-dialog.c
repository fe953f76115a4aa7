/* zona-assessment-dialog.c — adding or correcting one result of a region or one of its units
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-assessment-dialog.h"
#include "zona-category-chip.h"
#include "zona-indicator-form.h"

/* The dialog reads the score as it is typed, with core's parser and the scheme's scale, and
 * shows the category core's classifier gives for the year; it never decides either itself.
 * A refused save keeps everything that was typed, so the clerk only corrects what is wrong.
 *
 * Where the scheme version names indicators, the total can also be entered indicator by
 * indicator (ZonaIndicatorForm): core computes the total from them, and saving records the
 * indicator scores with it. A total typed over a computed one replaces the indicator scores
 * (zona_store_record_total()), so a result never shows both disagreeing. */
struct _ZonaAssessmentDialog
{
  AdwWindow          parent_instance;

  ZonaStore         *store;
  ZonaRegion        *region;
  ZonaAssessment    *existing;        /* the result being corrected, or NULL when adding */

  GArray            *unit_ids;        /* gint64 per subject row; 0 is the region itself */
  GPtrArray         *scheme_ids;      /* char * per scheme row */

  gboolean           valid;
  gboolean           has_score;
  ZonaScore          score;
  char              *category_text;

  gboolean           by_indicator;    /* the clerk's choice; used where the version allows */
  gboolean           had_indicators;  /* the result corrected has indicator scores */
  gboolean           year_chosen;     /* the year was set by hand, not defaulted */
  gboolean           setting_year;    /* the year is being defaulted by the program */

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  AdwComboRow       *subject_row;
  AdwComboRow       *scheme_row;
  GtkSpinButton     *year_spin;
  GtkWidget         *mode_box;
  GtkToggleButton   *total_toggle;
  GtkToggleButton   *indicator_toggle;
  AdwEntryRow       *score_row;
  AdwActionRow      *total_row;
  GtkLabel          *total_label;
  AdwActionRow      *category_row;
  ZonaCategoryChip  *category_chip;
  GtkLabel          *score_message;
  GtkLabel          *score_hint;
  GtkLabel          *replace_note;
  ZonaIndicatorForm *indicator_form;
  GtkActionBar      *total_bar;
  GtkLabel          *total_bar_label;
  ZonaCategoryChip  *total_bar_chip;
  AdwComboRow       *status_row;
  AdwEntryRow       *assessor_row;
  AdwEntryRow       *source_row;
  AdwEntryRow       *notes_row;
  GtkWidget         *delete_button;
};

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (ZonaAssessmentDialog, zona_assessment_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

static const ZonaScheme *
get_scheme (ZonaAssessmentDialog *self)
{
  guint position = adw_combo_row_get_selected (self->scheme_row);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->scheme_ids->len)
    return NULL;

  return zona_store_find_scheme (self->store, g_ptr_array_index (self->scheme_ids, position),
                                 NULL);
}

static gint64
get_unit_id (ZonaAssessmentDialog *self)
{
  guint position = adw_combo_row_get_selected (self->subject_row);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->unit_ids->len)
    return -1;

  return g_array_index (self->unit_ids, gint64, position);
}

static int
get_year (ZonaAssessmentDialog *self)
{
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

static void
set_category_text (ZonaAssessmentDialog *self,
                   const char           *text)
{
  g_free (self->category_text);
  self->category_text = g_strdup (text);
}

static const char *
entry_text_or_null (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text[0] != '\0' ? text : NULL;
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static gboolean
is_indicator_mode (ZonaAssessmentDialog *self)
{
  return self->by_indicator && zona_indicator_form_has_indicators (self->indicator_form);
}

static void
show_band (ZonaCategoryChip *chip,
           const ZonaBand   *band)
{
  gtk_widget_set_visible (GTK_WIDGET (chip), band != NULL);
  if (band != NULL)
    {
      zona_category_chip_set_label (chip, band->name);
      zona_category_chip_set_colour (chip, band->colour);
    }
}

/* In indicator mode: the total core computed, or how far the clerk has got, both in the Score
 * group and in the bar below the form, which stays in view while the form scrolls. */
static void
update_total (ZonaAssessmentDialog *self,
              const ZonaBand       *band)
{
  guint n_indicators = zona_indicator_form_get_n_indicators (self->indicator_form);
  guint n_scored = zona_indicator_form_get_n_scored (self->indicator_form);
  g_autofree char *total = NULL;
  g_autofree char *progress = NULL;

  if (self->has_score)
    {
      total = zona_score_format (self->score);
      gtk_label_set_label (self->total_label, total);
      adw_action_row_set_subtitle (self->total_row,
                                   _("Computed from the indicator scores"));
      /* TRANSLATORS: the computed total in the bar below the indicators, "Total 4,37" */
      progress = g_strdup_printf (_("Total %s"), total);
    }
  else
    {
      gtk_label_set_label (self->total_label, "—");
      /* TRANSLATORS: how many of a scheme version's indicators have a score so far */
      progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u indicator scored",
                                               "%u of %u indicators scored", n_indicators),
                                  n_scored, n_indicators);
      adw_action_row_set_subtitle (self->total_row, progress);
    }

  gtk_label_set_label (self->total_bar_label, progress);
  show_band (self->total_bar_chip, band);
}

/* Reads the score field, or the indicator form, and shows what core makes of it: a category,
 * the reason there is none, or why the text is not a score at all. */
static void
update_score (ZonaAssessmentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reason = NULL;
  const ZonaScheme *scheme = get_scheme (self);
  const ZonaBand *band = NULL;
  const char *form_message = NULL;
  gboolean by_indicator = is_indicator_mode (self);
  int year = get_year (self);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->score_row))));
  self->has_score = FALSE;
  self->valid = scheme != NULL && get_unit_id (self) >= 0;

  if (scheme == NULL)
    {
      set_category_text (self, _("Choose a scheme"));
    }
  else if (by_indicator)
    {
      /* Every indicator is required: core computes no total from some of them. */
      self->has_score = zona_indicator_form_get_total (self->indicator_form, &self->score);
      form_message = zona_indicator_form_get_message (self->indicator_form);
      if (!self->has_score)
        {
          self->valid = FALSE;
          if (zona_indicator_form_get_n_invalid (self->indicator_form) > 0)
            set_category_text (self, _("Correct the marked indicator scores"));
          else if (form_message != NULL)
            set_category_text (self, "—");
          else
            set_category_text (self, _("Score every indicator to see the category"));
        }
    }
  else if (text[0] == '\0')
    {
      /* A result may be recorded before its score is known, as a round's drafts are. */
      set_category_text (self, _("No score entered yet"));
    }
  else if (!zona_score_parse (text, scheme->scale_min, scheme->scale_max, &self->score, &error))
    {
      self->valid = FALSE;
      set_category_text (self, "—");
    }
  else
    {
      self->has_score = TRUE;
    }

  if (self->has_score)
    {
      band = zona_scheme_classify (scheme, year, self->score, &reason);
      set_category_text (self, band != NULL ? band->name : reason);
    }

  show_band (self->category_chip, band);
  if (band != NULL)
    adw_action_row_set_subtitle (self->category_row, band->label ? band->label : "");
  else
    adw_action_row_set_subtitle (self->category_row, self->category_text);

  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->score_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->score_row), "error");

  if (error != NULL || form_message != NULL)
    {
      gtk_label_set_label (self->score_message, error != NULL ? error->message : form_message);
      gtk_widget_set_visible (GTK_WIDGET (self->score_message), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->score_message), FALSE);
    }

  if (by_indicator)
    update_total (self, band);

  gtk_widget_set_sensitive (self->save_button, self->valid);
}

/* Shows the total field or the indicator form, whichever is in use. */
static void
update_mode (ZonaAssessmentDialog *self)
{
  gboolean available = zona_indicator_form_has_indicators (self->indicator_form);
  gboolean by_indicator = is_indicator_mode (self);

  gtk_widget_set_visible (self->mode_box, available);
  gtk_widget_set_visible (GTK_WIDGET (self->score_row), !by_indicator);
  gtk_widget_set_visible (GTK_WIDGET (self->total_row), by_indicator);
  gtk_widget_set_visible (GTK_WIDGET (self->indicator_form), by_indicator);
  gtk_action_bar_set_revealed (self->total_bar, by_indicator);
  gtk_widget_set_visible (GTK_WIDGET (self->replace_note), !by_indicator && self->had_indicators);

  /* The explanation goes below the rows rather than in the group's header, where the choice
   * of entry would squeeze it into a narrow column at 360 pixels. */
  if (by_indicator)
    {
      const ZonaScheme *scheme = get_scheme (self);
      g_autofree char *min = zona_score_format (scheme->scale_min);
      g_autofree char *max = zona_score_format (scheme->scale_max);
      g_autofree char *hint = NULL;

      hint = g_strdup_printf (_("Type each indicator’s score, from %s to %s. The total and the "
                                "category are computed with the scheme’s weights once every "
                                "indicator has a score."), min, max);
      gtk_label_set_label (self->score_hint, hint);
    }
  else
    {
      gtk_label_set_label (self->score_hint,
                           _("Type the score as published, for example 90,02 or 90.02. The "
                             "category follows from the scheme’s bands for the year."));
    }
}

/* The scheme or the year chose another version: the form shows its indicators. */
static void
update_version (ZonaAssessmentDialog *self)
{
  const ZonaScheme *scheme = get_scheme (self);

  zona_indicator_form_set_version (self->indicator_form, self->store,
                                   scheme != NULL ? scheme->id : NULL, get_year (self));
  update_mode (self);
  update_score (self);
}

/* A new result most likely belongs to the latest year its scheme was held, not to a year that
 * has no methodology yet. */
static void
apply_default_year (ZonaAssessmentDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const ZonaScheme *scheme = get_scheme (self);
  int year = g_date_time_get_year (now);
  int latest = scheme != NULL ? zona_scheme_latest_year (scheme, year) : 0;

  self->setting_year = TRUE;
  gtk_spin_button_set_value (self->year_spin, latest != 0 ? latest : year);
  self->setting_year = FALSE;
}

static void
on_scheme_changed (ZonaAssessmentDialog *self)
{
  if (self->existing == NULL && !self->year_chosen)
    apply_default_year (self);

  update_version (self);
}

static void
on_year_changed (ZonaAssessmentDialog *self)
{
  if (!self->setting_year)
    self->year_chosen = TRUE;

  update_version (self);
}

static void
on_mode_toggled (ZonaAssessmentDialog *self)
{
  gboolean by_indicator = gtk_toggle_button_get_active (self->indicator_toggle);
  ZonaScore total;

  if (by_indicator == self->by_indicator)
    return;

  /* Back to the total, the computed one stays in the field, ready to be saved or corrected. */
  if (!by_indicator && zona_indicator_form_get_total (self->indicator_form, &total))
    {
      g_autofree char *text = zona_score_format (total);

      set_entry_text (self->score_row, text);
    }

  self->by_indicator = by_indicator;
  update_mode (self);
  update_score (self);

  /* The next thing to do is to type a score: the first indicator without one takes it. */
  if (is_indicator_mode (self))
    zona_indicator_form_focus_first_problem (self->indicator_form);
}

static void
fill_subjects (ZonaAssessmentDialog  *self,
               GError               **error)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) units = NULL;
  gint64 region_subject = 0;

  units = zona_store_list_units (self->store, self->region->code, -1, error);
  if (units == NULL)
    return;

  gtk_string_list_append (names, self->region->name);
  g_array_append_val (self->unit_ids, region_subject);

  for (guint i = 0; i < units->len; i++)
    {
      const ZonaUnit *unit = g_ptr_array_index (units, i);

      /* A unit that was renamed or merged keeps its old results under its old name. */
      if (unit->valid_to != 0)
        {
          g_autofree char *label = g_strdup_printf (_("%s (until %d)"), unit->name,
                                                    unit->valid_to);

          gtk_string_list_append (names, label);
        }
      else
        gtk_string_list_append (names, unit->name);
      g_array_append_val (self->unit_ids, unit->id);
    }

  adw_combo_row_set_model (self->subject_row, G_LIST_MODEL (names));
}

static void
fill_schemes (ZonaAssessmentDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *schemes = zona_store_get_schemes (self->store);

  for (guint i = 0; i < schemes->len; i++)
    {
      const ZonaScheme *scheme = g_ptr_array_index (schemes, i);

      gtk_string_list_append (names, scheme->short_name ? scheme->short_name : scheme->name);
      g_ptr_array_add (self->scheme_ids, g_strdup (scheme->id));
    }

  adw_combo_row_set_model (self->scheme_row, G_LIST_MODEL (names));
}

static void
on_save_clicked (ZonaAssessmentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = NULL;
  ZonaAssessment assessment = { 0 };
  const ZonaScheme *scheme = get_scheme (self);
  gboolean total_kept;
  gint64 id;

  update_score (self);
  if (!self->valid)
    return;

  /* A correction keeps what this dialog does not show: the published rank, an award. */
  if (self->existing != NULL)
    assessment = *self->existing;

  assessment.id = 0;
  assessment.region_id = self->region->id;
  assessment.unit_id = get_unit_id (self);
  assessment.scheme_id = scheme->id;
  assessment.year = get_year (self);
  assessment.status = adw_combo_row_get_selected (self->status_row) == 1 ? ZONA_STATUS_FINAL
                                                                          : ZONA_STATUS_DRAFT;
  assessment.assessor = (char *) entry_text_or_null (self->assessor_row);
  assessment.source = (char *) entry_text_or_null (self->source_row);
  assessment.notes = (char *) entry_text_or_null (self->notes_row);

  if (is_indicator_mode (self))
    {
      /* Core computes the total again from the same values and records both at once. */
      values = zona_indicator_form_get_values (self->indicator_form);
      assessment.has_score = FALSE;
      assessment.score = 0;
      id = zona_store_record_assessment (self->store, &assessment, values, &error);
    }
  else
    {
      /* A total typed here is an entered one, unless it is the recorded total left untouched:
       * then a computed total stays computed, with the indicator scores it came from. */
      total_kept = self->existing != NULL && self->existing->has_score == self->has_score &&
                   (!self->has_score || self->existing->score == self->score);
      if (!total_kept)
        assessment.origin = ZONA_ORIGIN_ENTERED;
      assessment.has_score = self->has_score;
      assessment.score = self->has_score ? self->score : 0;

      if (total_kept)
        id = zona_store_set_assessment (self->store, &assessment, &error);
      else
        id = zona_store_record_total (self->store, &assessment, &error);
    }

  if (id == 0)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

/* The window deletes the result, not the dialog, so that the deletion gets the same toast and
 * Undo wherever it was asked for. */
static void
on_delete_clicked (ZonaAssessmentDialog *self)
{
  if (self->existing == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
zona_assessment_dialog_dispose (GObject *object)
{
  ZonaAssessmentDialog *self = (ZonaAssessmentDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZONA_TYPE_ASSESSMENT_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zona_assessment_dialog_parent_class)->dispose (object);
}

static void
zona_assessment_dialog_finalize (GObject *object)
{
  ZonaAssessmentDialog *self = (ZonaAssessmentDialog *)object;

  g_clear_pointer (&self->region, zona_region_free);
  g_clear_pointer (&self->existing, zona_assessment_free);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->scheme_ids, g_ptr_array_unref);
  g_clear_pointer (&self->category_text, g_free);

  G_OBJECT_CLASS (zona_assessment_dialog_parent_class)->finalize (object);
}

static void
zona_assessment_dialog_class_init (ZonaAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zona_assessment_dialog_dispose;
  object_class->finalize = zona_assessment_dialog_finalize;

  /**
   * ZonaAssessmentDialog::saved:
   * @self: the dialog
   * @id: the id of the assessment written
   *
   * Emitted once the store has recorded the result, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * ZonaAssessmentDialog::delete-requested:
   * @self: the dialog
   *
   * Emitted when the user asks to delete the result being corrected
   * (zona_assessment_dialog_get_existing()), just before the dialog closes. The dialog
   * deletes nothing itself: the handler does, and offers the Undo.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/zonadesk/Zona/"
                                               "zona-assessment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, mode_box);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, total_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, indicator_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, score_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, total_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, total_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, category_chip);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, score_message);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, score_hint);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, replace_note);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, indicator_form);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, total_bar);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, total_bar_label);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, total_bar_chip);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, assessor_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (ZONA_TYPE_CATEGORY_CHIP);
  g_type_ensure (ZONA_TYPE_INDICATOR_FORM);
}

static void
zona_assessment_dialog_init (ZonaAssessmentDialog *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->scheme_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->score_row, "changed",
                           G_CALLBACK (update_score), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_spin, "value-changed",
                           G_CALLBACK (on_year_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheme_row, "notify::selected",
                           G_CALLBACK (on_scheme_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->indicator_toggle, "toggled",
                           G_CALLBACK (on_mode_toggled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->indicator_form, "changed",
                           G_CALLBACK (update_score), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->subject_row, "notify::selected",
                           G_CALLBACK (update_score), self, G_CONNECT_SWAPPED);
}

/**
 * zona_assessment_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the database
 * @region_code: the region whose result (or whose unit's result) is entered
 * @existing: (nullable): the result to correct, or %NULL to add one
 * @error: why the region or its units cannot be read
 *
 * Returns: (transfer none) (nullable): a new dialog, not yet shown; like any window, it is
 *   owned by GTK until it is closed
 */
ZonaAssessmentDialog *
zona_assessment_dialog_new (GtkWindow             *parent,
                            ZonaStore             *store,
                            const char            *region_code,
                            const ZonaAssessment  *existing,
                            GError               **error)
{
  ZonaAssessmentDialog *self;
  g_autofree char *default_scheme = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZONA_IS_STORE (store), NULL);
  g_return_val_if_fail (region_code != NULL, NULL);

  self = g_object_new (ZONA_TYPE_ASSESSMENT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->region = zona_store_get_region (store, region_code, error);
  if (self->region == NULL)
    goto failed;

  adw_window_title_set_subtitle (self->window_title, self->region->name);

  fill_subjects (self, error);
  if (self->unit_ids->len == 0)
    goto failed;
  fill_schemes (self);

  if (existing != NULL)
    {
      g_autoptr(GHashTable) indicator_values = NULL;
      g_autofree char *score_text = NULL;

      self->existing = zona_store_get_assessment (store, existing->region_id, existing->unit_id,
                                                  existing->scheme_id, existing->year, error);
      if (self->existing == NULL)
        goto failed;

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Result"));
      adw_window_title_set_title (self->window_title, _("Edit Result"));

      zona_assessment_dialog_set_subject (self, self->existing->unit_id);
      zona_assessment_dialog_set_scheme (self, self->existing->scheme_id);
      zona_assessment_dialog_set_year (self, self->existing->year);

      /* A correction is of the score and details: another subject, scheme or year would be
       * another result, which "Add Result" records. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->subject_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->scheme_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->year_spin), FALSE);

      if (self->existing->has_score)
        score_text = zona_score_format (self->existing->score);
      set_entry_text (self->score_row, score_text);
      adw_combo_row_set_selected (self->status_row,
                                  self->existing->status == ZONA_STATUS_FINAL ? 1 : 0);
      set_entry_text (self->assessor_row, self->existing->assessor);
      set_entry_text (self->source_row, self->existing->source);
      set_entry_text (self->notes_row, self->existing->notes);

      /* A result recorded indicator by indicator is corrected the same way. */
      indicator_values = zona_store_get_indicator_scores (store, self->existing->id, error);
      if (indicator_values == NULL)
        goto failed;
      self->had_indicators = g_hash_table_size (indicator_values) > 0;
      if (self->had_indicators)
        {
          zona_indicator_form_set_values (self->indicator_form, indicator_values);
          gtk_toggle_button_set_active (self->indicator_toggle, TRUE);
        }
      gtk_widget_set_visible (self->delete_button, TRUE);
    }
  else
    {
      GSettings *settings = g_settings_new (APP_ID);

      default_scheme = g_settings_get_string (settings, "default-scheme");
      g_object_unref (settings);
      zona_assessment_dialog_set_scheme (self, default_scheme);
      apply_default_year (self);
    }

  update_version (self);

  /* The score is what is typed most; the subject, scheme and year are chosen beforehand. */
  if (is_indicator_mode (self))
    zona_indicator_form_focus_first_problem (self->indicator_form);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->score_row));

  return self;

failed:
  gtk_window_destroy (GTK_WINDOW (self));

  return NULL;
}

/**
 * zona_assessment_dialog_set_subject:
 * @self: a dialog
 * @unit_id: a unit of the region, or 0 for the region itself
 *
 * Chooses whose result is entered; an id the region does not have changes nothing.
 */
void
zona_assessment_dialog_set_subject (ZonaAssessmentDialog *self,
                                    gint64                unit_id)
{
  g_return_if_fail (ZONA_IS_ASSESSMENT_DIALOG (self));

  for (guint i = 0; i < self->unit_ids->len; i++)
    {
      if (g_array_index (self->unit_ids, gint64, i) == unit_id)
        {
          adw_combo_row_set_selected (self->subject_row, i);
          return;
        }
    }
}

void
zona_assessment_dialog_set_scheme (ZonaAssessmentDialog *self,
                                   const char           *scheme_id)
{
  guint position;

  g_return_if_fail (ZONA_IS_ASSESSMENT_DIALOG (self));

  if (scheme_id != NULL &&
      g_ptr_array_find_with_equal_func (self->scheme_ids, scheme_id, g_str_equal, &position))
    adw_combo_row_set_selected (self->scheme_row, position);
}

void
zona_assessment_dialog_set_year (ZonaAssessmentDialog *self,
                                 int                   year)
{
  g_return_if_fail (ZONA_IS_ASSESSMENT_DIALOG (self));

  /* A year chosen by the caller stays when the scheme changes afterwards. */
  self->year_chosen = TRUE;
  gtk_spin_button_set_value (self->year_spin, year);
}

/**
 * zona_assessment_dialog_get_valid:
 * @self: a dialog
 *
 * Returns: whether what is typed can be saved; the store may still refuse it
 */
gboolean
zona_assessment_dialog_get_valid (ZonaAssessmentDialog *self)
{
  g_return_val_if_fail (ZONA_IS_ASSESSMENT_DIALOG (self), FALSE);

  return self->valid;
}

/**
 * zona_assessment_dialog_get_category_text:
 * @self: a dialog
 *
 * Returns: the category the typed score falls in, or why there is none
 */
const char *
zona_assessment_dialog_get_category_text (ZonaAssessmentDialog *self)
{
  g_return_val_if_fail (ZONA_IS_ASSESSMENT_DIALOG (self), NULL);

  return self->category_text;
}

/**
 * zona_assessment_dialog_get_existing:
 * @self: a dialog
 *
 * Returns: (nullable): the result being corrected, as it was read when the dialog opened, or
 *   %NULL when the dialog adds one
 */
const ZonaAssessment *
zona_assessment_dialog_get_existing (ZonaAssessmentDialog *self)
{
  g_return_val_if_fail (ZONA_IS_ASSESSMENT_DIALOG (self), NULL);

  return self->existing;
}
