/* zona-evidence.h — evidence checklists (bukti dukung) and the files attached to them
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "zona-store.h"

G_BEGIN_DECLS

/* Files larger than this are refused unless the caller gives another limit: 500 MB, in the
 * decimal megabytes that file managers show. */
#define ZONA_ATTACHMENT_DEFAULT_LIMIT (G_GINT64_CONSTANT (500) * 1000 * 1000)

/* The order is the order of the work: a document is missing, uploaded, judged, verified. */
typedef enum
{
  ZONA_EVIDENCE_BELUM_ADA,
  ZONA_EVIDENCE_DIUNGGAH,
  ZONA_EVIDENCE_MEMENUHI,
  ZONA_EVIDENCE_PERLU_PERBAIKAN,
  ZONA_EVIDENCE_DIVERIFIKASI,
} ZonaEvidenceStatus;

#define ZONA_EVIDENCE_N_STATUSES (ZONA_EVIDENCE_DIVERIFIKASI + 1)

/* One document a unit owes for one assessment. */
typedef struct
{
  gint64              id;
  gint64              assessment_id;
  gint64              requirement_id;     /* 0 for an item the clerk added */
  char               *requirement_code;   /* "KB-01-a"; NULL for an item the clerk added */
  char               *indicator_code;     /* "KB-01"; NULL when the item names no indicator */
  char               *dimension_code;     /* "KEBIJAKAN"; NULL likewise */
  char               *title;
  char               *guidance;           /* the scheme's advice on the document, or NULL */
  ZonaEvidenceStatus  status;
  char               *person_in_charge;
  char               *due_date;           /* "2024-04-23" or NULL */
  char               *notes;
  char               *reviewer_comment;
  char               *effective_date;     /* the document's own date, not the upload's */
  char               *updated_at;         /* UTC, "2024-04-23T08:15:00Z" */

  /* The subject, for lists that span units and rounds. */
  char               *region_code;
  gint64              unit_id;            /* 0 for a region's own assessment */
  char               *unit_name;
  char               *scheme_id;
  int                 year;

  /* The current file; its earlier versions are kept (zona_store_list_attachments()). */
  gint64              attachment_id;      /* 0 when no file is attached */
  char               *filename;
  gint64              size;
} ZonaEvidenceItem;

/* What an item, an assessment, a unit or a region has done of its checklist. */
typedef struct
{
  gint64   assessment_id;   /* for a row of zona_store_list_evidence_progress() */
  gint64   unit_id;
  char    *unit_name;
  char    *scheme_id;
  int      year;

  guint    n_items;
  guint    n_done;          /* memenuhi or diverifikasi */
  guint    n_to_fix;        /* perlu perbaikan */
  guint    n_overdue;       /* past the due date and still owed by the unit */
  guint    percent_done;    /* n_done of n_items, rounded down: 100 only when all are done */
} ZonaEvidenceProgress;

/* Narrows a listing; zeros and %NULL mean "any". */
typedef struct
{
  const char *region_code;
  gint64      unit_id;
  gint64      assessment_id;
  const char *scheme_id;
  int         year;
} ZonaEvidenceFilter;

typedef struct
{
  gint64  id;
  gint64  evidence_id;
  char   *sha256;
  char   *filename;
  char   *mime_type;
  gint64  size;
  char   *added_at;         /* UTC, "2024-04-23T08:15:00Z" */
  gint64  replaced_by;      /* the attachment that replaced this one, or 0 when current */
} ZonaAttachment;

/* Records and rules (zona-evidence.c) */
const char       *zona_evidence_status_to_string     (ZonaEvidenceStatus         status);
gboolean          zona_evidence_status_from_string   (const char                *text,
                                                      ZonaEvidenceStatus        *out_status);
const char       *zona_evidence_status_label         (ZonaEvidenceStatus         status);
gboolean          zona_evidence_status_is_done       (ZonaEvidenceStatus         status);
gboolean          zona_evidence_item_is_overdue      (const ZonaEvidenceItem    *item,
                                                      const char                *today);
int               zona_evidence_item_compare_by_due  (gconstpointer              a,
                                                      gconstpointer              b);
int               zona_evidence_item_compare_by_person (gconstpointer            a,
                                                        gconstpointer            b);
gboolean          zona_evidence_date_is_valid        (const char                *text);
gboolean          zona_evidence_check_file_name      (const char                *name,
                                                      GError                   **error);
void              zona_evidence_progress_add         (ZonaEvidenceProgress      *progress,
                                                      const ZonaEvidenceItem    *item,
                                                      const char                *today);
void              zona_evidence_item_free            (ZonaEvidenceItem          *item);
void              zona_evidence_progress_free        (ZonaEvidenceProgress      *progress);
void              zona_attachment_free               (ZonaAttachment            *attachment);

/* Checklists (zona-store-evidence.c) */
gboolean          zona_store_create_checklist        (ZonaStore                 *self,
                                                      gint64                     assessment_id,
                                                      guint                     *out_added,
                                                      GError                   **error);
gint64            zona_store_add_evidence_item       (ZonaStore                 *self,
                                                      gint64                     assessment_id,
                                                      const char                *title,
                                                      const char                *indicator_code,
                                                      GError                   **error);
gboolean          zona_store_remove_evidence_item    (ZonaStore                 *self,
                                                      gint64                     item_id,
                                                      GError                   **error);
ZonaEvidenceItem *zona_store_get_evidence_item       (ZonaStore                 *self,
                                                      gint64                     item_id,
                                                      GError                   **error);
GPtrArray        *zona_store_list_evidence           (ZonaStore                 *self,
                                                      const ZonaEvidenceFilter  *filter,
                                                      GError                   **error);
gboolean          zona_store_update_evidence_item    (ZonaStore                 *self,
                                                      const ZonaEvidenceItem    *item,
                                                      GError                   **error);
gboolean          zona_store_get_evidence_progress   (ZonaStore                 *self,
                                                      const ZonaEvidenceFilter  *filter,
                                                      const char                *today,
                                                      ZonaEvidenceProgress      *out_progress,
                                                      GError                   **error);
GPtrArray        *zona_store_list_evidence_progress  (ZonaStore                 *self,
                                                      const ZonaEvidenceFilter  *filter,
                                                      const char                *today,
                                                      GError                   **error);
GPtrArray        *zona_store_list_evidence_to_chase  (ZonaStore                 *self,
                                                      const ZonaEvidenceFilter  *filter,
                                                      const char                *today,
                                                      GError                   **error);

/* Attached files (zona-store-attachments.c) */
gint64            zona_store_attach_file             (ZonaStore                 *self,
                                                      gint64                     item_id,
                                                      const char                *path,
                                                      const char                *name,
                                                      gint64                     limit,
                                                      GCancellable              *cancellable,
                                                      GError                   **error);
gint64            zona_store_attach_stored           (ZonaStore                 *self,
                                                      gint64                     item_id,
                                                      gint64                     attachment_id,
                                                      GError                   **error);
ZonaAttachment   *zona_store_get_attachment          (ZonaStore                 *self,
                                                      gint64                     attachment_id,
                                                      GError                   **error);
GPtrArray        *zona_store_list_attachments        (ZonaStore                 *self,
                                                      gint64                     item_id,
                                                      GError                   **error);
char             *zona_store_save_attachment         (ZonaStore                 *self,
                                                      gint64                     attachment_id,
                                                      const char                *folder,
                                                      const char                *name,
                                                      gboolean                   replace,
                                                      GCancellable              *cancellable,
                                                      GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaEvidenceItem, zona_evidence_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaEvidenceProgress, zona_evidence_progress_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaAttachment, zona_attachment_free)

G_END_DECLS
