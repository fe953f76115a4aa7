/* evidence-test-utils.c — rounds, checklists and files for the evidence tests
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "evidence-test-utils.h"
#include "zona-store-private.h"

gint64
evidence_test_count (ZonaStore  *store,
                     const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = zona_store_prepare (store, sql, &error);
  gint64 n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return n;
}

/* Everything a refused or rolled-back change must leave as it was, as one comparable text. */
char *
evidence_test_snapshot (ZonaStore *store)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = zona_store_prepare (store,
    "SELECT (SELECT count (*) FROM content) || '/' || (SELECT count (*) FROM attachment) || '/' "
    "    || (SELECT count (*) FROM history) || '/' || (SELECT count (*) FROM evidence) || '/' "
    "    || (SELECT group_concat (id || status || coalesce (person_in_charge, '') "
    "        || coalesce (due_date, '') || coalesce (effective_date, '') || title, ',') "
    "        FROM evidence)", &error);
  char *text;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return text;
}

gint64
evidence_test_add_unit (ZonaStore  *store,
                        const char *region,
                        const char *name)
{
  g_autoptr(GError) error = NULL;
  ZonaUnit unit = { .name = (char *) name, .kind = (char *) "dinas" };
  gint64 id = zona_store_add_unit (store, region, &unit, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

gint64
evidence_test_assessment (ZonaStore  *store,
                          gint64      unit_id,
                          const char *scheme_id,
                          int         year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaUnit) unit = zona_store_get_unit (store, unit_id, &error);
  g_autoptr(ZonaAssessment) assessment = NULL;

  g_assert_no_error (error);
  assessment = zona_store_get_assessment (store, unit->region_id, unit_id, scheme_id, year,
                                          &error);
  g_assert_no_error (error);

  return assessment->id;
}

/* Starts a round of Kota Madiun as a clerk starts it in the window. */
void
evidence_test_start_round (ZonaStore    *store,
                           const char   *scheme_id,
                           int           year,
                           const gint64 *unit_ids,
                           guint         n_units)
{
  g_autoptr(GError) error = NULL;
  guint created = 0;

  g_assert_true (zona_store_start_round (store, "35.77", scheme_id, year, unit_ids, n_units,
                                         &created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, n_units);
}

/* Adds @n_units new units to Kota Madiun (at most three) and starts a round of @scheme_id in
 * @year for them; their ids are put in @unit_ids. */
void
evidence_test_new_round (ZonaStore  *store,
                         const char *scheme_id,
                         int         year,
                         gint64     *unit_ids,
                         guint       n_units)
{
  static const char * const names[] = { "Dinas Kesehatan", "DPMPTSP", "Disdukcapil" };

  g_assert_cmpuint (n_units, <=, G_N_ELEMENTS (names));
  for (guint i = 0; i < n_units; i++)
    unit_ids[i] = evidence_test_add_unit (store, "35.77", names[i]);

  evidence_test_start_round (store, scheme_id, year, unit_ids, n_units);
}

GPtrArray *
evidence_test_checklist (ZonaStore *store,
                         gint64     assessment_id)
{
  g_autoptr(GError) error = NULL;
  ZonaEvidenceFilter filter = { .assessment_id = assessment_id };
  GPtrArray *items = zona_store_list_evidence (store, &filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (items);

  return items;
}

/* The id of the checklist item at @index. */
gint64
evidence_test_item_id (GPtrArray *items,
                       guint      index)
{
  return ((ZonaEvidenceItem *) g_ptr_array_index (items, index))->id;
}

/* The item of a requirement code, or the clerk's own item of a title. */
ZonaEvidenceItem *
evidence_test_find (GPtrArray  *items,
                    const char *code_or_title)
{
  for (guint i = 0; i < items->len; i++)
    {
      ZonaEvidenceItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->requirement_code, code_or_title) == 0 ||
          (item->requirement_code == NULL && g_strcmp0 (item->title, code_or_title) == 0))
        return item;
    }

  g_error ("no item %s", code_or_title);
}

ZonaEvidenceItem *
evidence_test_get_item (ZonaStore *store,
                        gint64     item_id)
{
  g_autoptr(GError) error = NULL;
  ZonaEvidenceItem *item = zona_store_get_evidence_item (store, item_id, &error);

  g_assert_no_error (error);

  return item;
}

void
evidence_test_set_item (ZonaStore          *store,
                        gint64              item_id,
                        ZonaEvidenceStatus  status,
                        const char         *person,
                        const char         *due_date,
                        const char         *effective_date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZonaEvidenceItem) item = evidence_test_get_item (store, item_id);

  item->status = status;
  g_free (item->person_in_charge);
  item->person_in_charge = g_strdup (person);
  g_free (item->due_date);
  item->due_date = g_strdup (due_date);
  g_free (item->effective_date);
  item->effective_date = g_strdup (effective_date);
  g_assert_true (zona_store_update_evidence_item (store, item, &error));
  g_assert_no_error (error);
}

char *
evidence_test_write_file (const char *dir,
                          const char *name,
                          const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

/* Writes @contents as @dir/@name and attaches it to the item. */
gint64
evidence_test_attach (ZonaStore  *store,
                      gint64      item_id,
                      const char *dir,
                      const char *name,
                      const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = evidence_test_write_file (dir, name, contents);
  gint64 id = zona_store_attach_file (store, item_id, path, NULL, 0, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}
