/* zona-window-private.h — the window's instance, shared by the files of its class
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-assessment-dialog.h"
#include "zona-evidence-dialog.h"
#include "zona-evidence-overview.h"
#include "zona-evidence-page.h"
#include "zona-region-item.h"
#include "zona-result-item.h"
#include "zona-trend-panel.h"
#include "zona-unit-page.h"
#include "zona-window.h"

G_BEGIN_DECLS

struct _ZonaWindow
{
  AdwApplicationWindow  parent_instance;

  ZonaStore            *store;
  GSettings            *settings;

  /* The region the content page shows. It is kept apart from the sidebar's selection,
   * which a search can empty and a folded leaflet clears on purpose. */
  char                 *region_code;

  GListStore           *regions;
  GtkFilterListModel   *region_filter_model;
  GtkSingleSelection   *region_selection;

  /* The unit rows of the shown region, filtered by the entry above them and sorted by the
   * column view's sorter; the filter model is owned by the chain, and the filter text was
   * typed for unit_filter_region. */
  GListStore           *results;
  GtkFilterListModel   *unit_filter_model;
  GtkSingleSelection   *result_selection;
  char                 *unit_filter_region;

  /* What the last deletion removed, so that Undo can put it back as it was. */
  ZonaAssessment       *undo_assessment;
  GHashTable           *undo_indicators;
  AdwToast             *shown_toast;   /* until dismissed, see _zona_window_show_toast */

  /* Watches the database file, so that its deletion while open is said at once, once. */
  GFileMonitor         *file_monitor;
  AdwMessageDialog     *moved_dialog;
  gboolean              file_gone;

  /* The scheme of the card that had the focus when the cards were last rebuilt, so that the
   * focus comes back to it after a correction made from it. */
  char                 *focus_card_scheme;

  /* The unit whose checklist is shown, to select its row again on the way back, and how
   * many files dropped on the checklist are still being stored. */
  gint64                evidence_unit_id;
  guint                 n_attaching;

  /* Whether the checklist shown was opened from the region's evidence round, to which its
   * way back then leads; and how many evidence packs are still being written. */
  gboolean              evidence_from_round;
  guint                 n_exporting;

  /* Template widgets */
  GMenu                *recent_menu;  /* "Open Recent", filled from recent-databases */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListView          *region_list;
  AdwWindowTitle       *region_title;
  GtkStack             *content_stack;
  AdwStatusPage        *error_page;
  GtkFlowBox           *card_box;
  GtkWidget            *no_cards_label;
  GtkStack             *units_stack;
  GtkSearchEntry       *unit_filter_entry;
  GtkLabel             *unit_no_match_label;
  GtkColumnView        *unit_view;
  GtkColumnViewColumn  *unit_column;
  GtkColumnViewColumn  *scheme_column;
  GtkColumnViewColumn  *year_column;
  GtkColumnViewColumn  *score_column;
  GtkColumnViewColumn  *rank_column;
  GtkColumnViewColumn  *category_column;
  GtkColumnViewColumn  *change_column;
  ZonaUnitPage         *unit_page;
  ZonaEvidencePage     *evidence_page;
  ZonaEvidenceOverview *evidence_overview;
  ZonaTrendPanel       *trend_panel;
};

void            _zona_window_class_actions_init     (ZonaWindowClass *klass);
void            _zona_window_class_files_init       (ZonaWindowClass *klass);
void            _zona_window_class_sidebar_init     (ZonaWindowClass *klass);
void            _zona_window_class_units_init       (ZonaWindowClass *klass);
void            _zona_window_actions_update         (ZonaWindow      *self);
void            _zona_window_files_init             (ZonaWindow      *self);
void            _zona_window_files_dispose          (ZonaWindow      *self);
void            _zona_window_sidebar_init           (ZonaWindow      *self);
void            _zona_window_units_init             (ZonaWindow      *self);
void            _zona_window_units_clear            (ZonaWindow      *self);
guint           _zona_window_find_region_position   (GListModel      *model,
                                                     const char      *code);
void            _zona_window_sync_sidebar_selection (ZonaWindow      *self);
void            _zona_window_show_region            (ZonaWindow      *self,
                                                     ZonaRegionItem  *region);
void            _zona_window_refresh                (ZonaWindow      *self);
void            _zona_window_add_toast              (ZonaWindow      *self,
                                                     const char      *message);
void            _zona_window_show_toast             (ZonaWindow      *self,
                                                     const char      *message,
                                                     const char      *button_label,
                                                     const char      *action_name);
void            _zona_window_report_error           (ZonaWindow      *self,
                                                     const GError    *error);
ZonaResultItem *_zona_window_get_selected_result    (ZonaWindow      *self);

void            _zona_window_class_cards_init       (ZonaWindowClass *klass);
GtkWidget      *_zona_window_card_new               (ZonaWindow      *self,
                                                     ZonaResultItem  *item);
void            _zona_window_present_result_dialog  (ZonaWindow           *self,
                                                     ZonaAssessmentDialog *dialog);
void            _zona_window_edit_result            (ZonaWindow           *self,
                                                     const ZonaAssessment *assessment);
void            _zona_window_delete_result          (ZonaWindow      *self,
                                                     ZonaAssessment  *owned,
                                                     const char      *subject);

void            _zona_window_class_unit_page_init   (ZonaWindowClass *klass);
void            _zona_window_unit_page_init         (ZonaWindow      *self);
void            _zona_window_unit_page_update_actions
                                                    (ZonaWindow      *self);
gint64          _zona_window_get_shown_unit         (ZonaWindow      *self);
void            _zona_window_show_unit              (ZonaWindow      *self,
                                                     gint64           unit_id);
void            _zona_window_unit_page_refresh      (ZonaWindow      *self,
                                                     gint64           unit_id);
void            _zona_window_show_region_page       (ZonaWindow      *self,
                                                     gint64           unit_id,
                                                     gint64           fallback_unit_id);

void            _zona_window_class_evidence_init    (ZonaWindowClass *klass);
void            _zona_window_evidence_init          (ZonaWindow      *self);
void            _zona_window_evidence_update_actions
                                                    (ZonaWindow      *self);
gint64          _zona_window_get_shown_checklist    (ZonaWindow      *self);
void            _zona_window_show_checklist         (ZonaWindow             *self,
                                                     const ZonaLatestResult *result);
gboolean        _zona_window_checklist_go_back      (ZonaWindow      *self);
void            _zona_window_checklist_refresh      (ZonaWindow      *self,
                                                     gint64           assessment_id);
ZonaEvidenceDialog *_zona_window_open_evidence_item (ZonaWindow      *self,
                                                     gint64           item_id);
gboolean        _zona_window_show_checklist_of      (ZonaWindow      *self,
                                                     gint64           assessment_id,
                                                     const char      *subject,
                                                     const char      *round);

void            _zona_window_class_evidence_round_init (ZonaWindowClass *klass);
void            _zona_window_evidence_round_init    (ZonaWindow      *self);
void            _zona_window_evidence_round_update_actions
                                                    (ZonaWindow      *self);
gboolean        _zona_window_is_evidence_round_shown (ZonaWindow     *self);
void            _zona_window_show_evidence_round    (ZonaWindow      *self);
void            _zona_window_evidence_round_reload  (ZonaWindow      *self);
gboolean        _zona_window_evidence_round_go_back (ZonaWindow      *self);

void            _zona_window_class_evidence_export_init (ZonaWindowClass *klass);
void            _zona_window_evidence_export_update_actions
                                                    (ZonaWindow      *self);

void            _zona_window_class_trend_init       (ZonaWindowClass *klass);
void            _zona_window_trend_init             (ZonaWindow      *self);
void            _zona_window_trend_update_actions   (ZonaWindow      *self);
gboolean        _zona_window_trend_go_back          (ZonaWindow      *self);

void            _zona_window_attach_dropped         (ZonaWindow      *self,
                                                     gint64           item_id,
                                                     GdkFileList     *files);

G_END_DECLS
