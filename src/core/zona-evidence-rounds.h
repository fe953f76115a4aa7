/* zona-evidence-rounds.h — evidence over time: an item's history, and what a checklist hands
 * on to the next year's round (its structure, the documents still valid)
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-evidence.h"

G_BEGIN_DECLS

/* With zona_store_carry_round(): documents of any age are offered. */
#define ZONA_EVIDENCE_NO_EXPIRY 0

/* How long a document of an earlier round counts as still valid unless the caller says
 * otherwise: dated in the two years before the new round's year, or later. */
#define ZONA_EVIDENCE_DEFAULT_VALID_YEARS 2

typedef enum
{
  ZONA_EVIDENCE_CHANGE_STATUS,    /* the status changed */
  ZONA_EVIDENCE_CHANGE_ASSIGN,    /* the person in charge or the due date changed */
  ZONA_EVIDENCE_CHANGE_ATTACH,    /* a file was attached */
  ZONA_EVIDENCE_CHANGE_OTHER,     /* a change a later version of Zona records */
} ZonaEvidenceChangeKind;

/* One entry of an item's history, oldest first. Fields that do not belong to the kind of
 * change are empty. */
typedef struct
{
  gint64                  id;
  char                   *at;                 /* UTC, "2024-04-23T08:15:00Z" */
  ZonaEvidenceChangeKind  kind;
  ZonaEvidenceStatus      old_status;         /* for a status change */
  ZonaEvidenceStatus      new_status;
  char                   *old_person;         /* for an assignment */
  char                   *new_person;
  char                   *old_due_date;
  char                   *new_due_date;
  gint64                  attachment_id;      /* for a file attached */
  char                   *filename;
  char                   *sha256;
} ZonaEvidenceChange;

/* A document of an earlier round that can serve an item of the new one as it is. */
typedef struct
{
  gint64  item_id;            /* the new round's item, still without a file */
  char   *requirement_code;   /* its requirement, or NULL for an item the clerk added */
  char   *title;
  gint64  from_item_id;       /* the item of the earlier round that had the document */
  int     from_year;
  gint64  attachment_id;      /* the document, as stored for that item */
  char   *filename;
  gint64  size;
  char   *sha256;
  char   *effective_date;     /* the document's own date, or NULL */
  char   *dated;              /* the date its validity counts from: its own, else the upload's */
} ZonaEvidenceOffer;

/* What carrying a checklist into a new round did, or would do, for one unit. */
typedef struct
{
  gint64     assessment_id;
  gint64     unit_id;
  char      *unit_name;
  gint64     from_assessment_id;   /* 0 when the unit has no earlier checklist */
  int        from_year;
  guint      n_people;             /* persons in charge copied */
  guint      n_items;              /* the clerk's own items copied */
  GPtrArray *documents;            /* ZonaEvidenceOffer, re-used */
} ZonaEvidenceCarry;

void        zona_evidence_change_free            (ZonaEvidenceChange    *change);
void        zona_evidence_offer_free             (ZonaEvidenceOffer     *offer);
void        zona_evidence_carry_free             (ZonaEvidenceCarry     *carry);

/* An item's history (zona-store-history.c) */
GPtrArray  *zona_store_list_evidence_changes     (ZonaStore             *self,
                                                  gint64                 item_id,
                                                  GError               **error);

/* Carry-over (zona-store-carryover.c) */
gboolean    zona_store_carry_checklist           (ZonaStore             *self,
                                                  gint64                 assessment_id,
                                                  ZonaEvidenceCarry    **out_carry,
                                                  GError               **error);
GPtrArray  *zona_store_list_reusable_documents   (ZonaStore             *self,
                                                  gint64                 assessment_id,
                                                  int                    valid_years,
                                                  GError               **error);
gint64      zona_store_reuse_document            (ZonaStore             *self,
                                                  gint64                 item_id,
                                                  gint64                 attachment_id,
                                                  GError               **error);
gboolean    zona_store_reuse_documents           (ZonaStore             *self,
                                                  gint64                 assessment_id,
                                                  int                    valid_years,
                                                  guint                 *out_n,
                                                  GError               **error);
GPtrArray  *zona_store_carry_round               (ZonaStore             *self,
                                                  const char            *region_code,
                                                  const char            *scheme_id,
                                                  int                    year,
                                                  gint64                 unit_id,
                                                  int                    valid_years,
                                                  gboolean               dry_run,
                                                  GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaEvidenceChange, zona_evidence_change_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaEvidenceOffer, zona_evidence_offer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZonaEvidenceCarry, zona_evidence_carry_free)

G_END_DECLS
