/* zona-assessment-dialog.c — adding or correcting one result of a region or one of its units
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "zona-assessment-dialog.h"
#include "zona-category-chip.h"

/* The dialog reads the score as it is typed, with core's parser and the scheme's scale, and
 * shows the category core's classifier gives for the year; it never decides either itself.
 * A refused save keeps everything that was typed, so the clerk only corrects what is wrong. */
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

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  AdwComboRow       *subject_row;
  AdwComboRow       *scheme_row;
  GtkSpinButton     *year_spin;
  AdwEntryRow       *score_row;
  AdwActionRow      *category_row;
  ZonaCategoryChip  *category_chip;
  GtkLabel          *score_message;
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

/* Reads the score field and shows what core makes of it: a category, the reason there is
 * none, or why the text is not a score at all. */
static void
update_score (ZonaAssessmentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reason = NULL;
  const ZonaScheme *scheme = get_scheme (self);
  const ZonaBand *band = NULL;
  int year = get_year (self);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->score_row))));
  self->has_score = FALSE;
  self->valid = scheme != NULL && get_unit_id (self) >= 0;

  gtk_widget_set_visible (GTK_WIDGET (self->category_chip), FALSE);

  if (scheme == NULL)
    {
      set_category_text (self, _("Choose a scheme"));
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
      band = zona_scheme_classify (scheme, year, self->score, &reason);
      if (band != NULL)
        {
          set_category_text (self, band->name);
          zona_category_chip_set_label (self->category_chip, band->name);
          zona_category_chip_set_colour (self->category_chip, band->colour);
          gtk_widget_set_visible (GTK_WIDGET (self->category_chip), TRUE);
        }
      else
        set_category_text (self, reason);
    }

  if (band != NULL)
    adw_action_row_set_subtitle (self->category_row, band->label ? band->label : "");
  else
    adw_action_row_set_subtitle (self->category_row, self->category_text);

  if (error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->score_row), "error");
      gtk_label_set_label (self->score_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->score_message), TRUE);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->score_row), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->score_message), FALSE);
    }

  gtk_widget_set_sensitive (self->save_button, self->valid);
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

static void
on_save_clicked (ZonaAssessmentDialog *self)
{
  g_autoptr(GError) error = NULL;
  ZonaAssessment assessment = { 0 };
  const ZonaScheme *scheme = get_scheme (self);
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

  /* A total typed here is an entered one, unless it is the computed total left untouched. */
  if (self->existing == NULL || self->existing->has_score != self->has_score ||
      self->existing->score != self->score)
    assessment.origin = ZONA_ORIGIN_ENTERED;
  assessment.has_score = self->has_score;
  assessment.score = self->has_score ? self->score : 0;

  id = zona_store_set_assessment (self->store, &assessment, &error);
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
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, score_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, category_chip);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, score_message);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, assessor_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, ZonaAssessmentDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (ZONA_TYPE_CATEGORY_CHIP);
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
                           G_CALLBACK (update_score), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheme_row, "notify::selected",
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
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
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
      gtk_widget_set_visible (self->delete_button, TRUE);
    }
  else
    {
      GSettings *settings = g_settings_new (APP_ID);

      default_scheme = g_settings_get_string (settings, "default-scheme");
      g_object_unref (settings);
      zona_assessment_dialog_set_scheme (self, default_scheme);
      zona_assessment_dialog_set_year (self, g_date_time_get_year (now));
    }

  update_score (self);

  /* The score is what is typed most; the subject, scheme and year are chosen beforehand. */
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
