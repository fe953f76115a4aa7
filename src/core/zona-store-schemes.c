/* zona-store-schemes.c — assessment schemes kept in the store
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zona-store-private.h"

/* Each level is upserted by its code, so that saving a corrected scheme keeps the row ids that
 * indicator scores and evidence already point to. */

static gint64
upsert (ZonaStore     *self,
        sqlite3_stmt  *stmt,
        GError       **error)
{
  gint64 id = 0;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    zona_store_set_error (self, rc, error);

  sqlite3_reset (stmt);

  return id;
}

static gboolean
save_version (ZonaStore                *self,
              gint64                    scheme_row,
              const ZonaSchemeVersion  *version,
              GError                  **error)
{
  static const char sql_version[] =
    "INSERT INTO scheme_version (scheme_id, key, name, year_from, year_to) "
    "VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (scheme_id, key) DO UPDATE SET name = excluded.name, "
    "  year_from = excluded.year_from, year_to = excluded.year_to "
    "RETURNING id";
  static const char sql_clear_bands[] = "DELETE FROM band WHERE version_id = ?1";
  static const char sql_band[] =
    "INSERT INTO band (version_id, position, code, name, label, opini, zone, colour, min, max) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
  static const char sql_dimension[] =
    "INSERT INTO dimension (version_id, position, code, name, weight) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (version_id, code) DO UPDATE SET position = excluded.position, "
    "  name = excluded.name, weight = excluded.weight "
    "RETURNING id";
  static const char sql_indicator[] =
    "INSERT INTO indicator (dimension_id, position, code, name, weight) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (dimension_id, code) DO UPDATE SET position = excluded.position, "
    "  name = excluded.name, weight = excluded.weight "
    "RETURNING id";
  static const char sql_requirement[] =
    "INSERT INTO requirement (indicator_id, position, code, title, guidance) "
    "VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (indicator_id, code) DO UPDATE SET position = excluded.position, "
    "  title = excluded.title, guidance = excluded.guidance "
    "RETURNING id";
  sqlite3_stmt *stmt;
  gint64 version_row;

  if ((stmt = zona_store_prepare (self, sql_version, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scheme_row);
  zona_store_bind_text (stmt, 2, version->id);
  zona_store_bind_text (stmt, 3, version->name);
  sqlite3_bind_int (stmt, 4, version->year_from);
  if (version->year_to != 0)
    sqlite3_bind_int (stmt, 5, version->year_to);
  if ((version_row = upsert (self, stmt, error)) == 0)
    return FALSE;

  /* Bands hold no references: they are simply replaced. */
  if ((stmt = zona_store_prepare (self, sql_clear_bands, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_row);
  if (!zona_store_step_done (self, stmt, error))
    return FALSE;

  for (guint b = 0; b < version->bands->len; b++)
    {
      const ZonaBand *band = g_ptr_array_index (version->bands, b);

      if ((stmt = zona_store_prepare (self, sql_band, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, version_row);
      sqlite3_bind_int (stmt, 2, b);
      zona_store_bind_text (stmt, 3, band->code);
      zona_store_bind_text (stmt, 4, band->name);
      zona_store_bind_text (stmt, 5, band->label);
      zona_store_bind_text (stmt, 6, band->opini);
      zona_store_bind_text (stmt, 7, band->zone);
      zona_store_bind_text (stmt, 8, band->colour);
      sqlite3_bind_int64 (stmt, 9, band->min);
      sqlite3_bind_int64 (stmt, 10, band->max);
      if (!zona_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint d = 0; d < version->dimensions->len; d++)
    {
      const ZonaDimension *dimension = g_ptr_array_index (version->dimensions, d);
      gint64 dimension_row;

      if ((stmt = zona_store_prepare (self, sql_dimension, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, version_row);
      sqlite3_bind_int (stmt, 2, d);
      zona_store_bind_text (stmt, 3, dimension->code);
      zona_store_bind_text (stmt, 4, dimension->name);
      sqlite3_bind_int64 (stmt, 5, dimension->weight);
      if ((dimension_row = upsert (self, stmt, error)) == 0)
        return FALSE;

      for (guint i = 0; i < dimension->indicators->len; i++)
        {
          const ZonaIndicator *indicator = g_ptr_array_index (dimension->indicators, i);
          gint64 indicator_row;

          if ((stmt = zona_store_prepare (self, sql_indicator, error)) == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, dimension_row);
          sqlite3_bind_int (stmt, 2, i);
          zona_store_bind_text (stmt, 3, indicator->code);
          zona_store_bind_text (stmt, 4, indicator->name);
          sqlite3_bind_int64 (stmt, 5, indicator->weight);
          if ((indicator_row = upsert (self, stmt, error)) == 0)
            return FALSE;

          for (guint r = 0; r < indicator->requirements->len; r++)
            {
              const ZonaRequirement *requirement = g_ptr_array_index (indicator->requirements, r);

              if ((stmt = zona_store_prepare (self, sql_requirement, error)) == NULL)
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, indicator_row);
              sqlite3_bind_int (stmt, 2, r);
              zona_store_bind_text (stmt, 3, requirement->code);
              zona_store_bind_text (stmt, 4, requirement->title);
              zona_store_bind_text (stmt, 5, requirement->guidance);
              if (upsert (self, stmt, error) == 0)
                return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * zona_store_save_scheme:
 * @self: a store
 * @scheme: a scheme that passed the loader's checks
 * @builtin: whether it ships with Zona
 * @error: a database error
 *
 * Adds a scheme or updates the one with the same id, in one transaction. Its JSON text is kept
 * as the reference from which the scheme is read back.
 *
 * Returns: %TRUE on success
 */
gboolean
zona_store_save_scheme (ZonaStore         *self,
                        const ZonaScheme  *scheme,
                        gboolean           builtin,
                        GError           **error)
{
  static const char sql[] =
    "INSERT INTO scheme (key, name, short_name, owner, result, scale_min, scale_max, builtin, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT (key) DO UPDATE SET name = excluded.name, short_name = excluded.short_name, "
    "  owner = excluded.owner, result = excluded.result, scale_min = excluded.scale_min, "
    "  scale_max = excluded.scale_max, builtin = excluded.builtin, source = excluded.source "
    "RETURNING id";
  sqlite3_stmt *stmt;
  gint64 scheme_row;

  g_return_val_if_fail (ZONA_IS_STORE (self), FALSE);
  g_return_val_if_fail (scheme != NULL && scheme->source != NULL, FALSE);

  if (!zona_store_begin (self, error))
    return FALSE;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    goto failed;

  zona_store_bind_text (stmt, 1, scheme->id);
  zona_store_bind_text (stmt, 2, scheme->name);
  zona_store_bind_text (stmt, 3, scheme->short_name);
  zona_store_bind_text (stmt, 4, scheme->owner);
  zona_store_bind_text (stmt, 5, scheme->result == ZONA_SCHEME_RESULT_SCORE ? "score" : "award");
  if (scheme->result == ZONA_SCHEME_RESULT_SCORE)
    {
      sqlite3_bind_int64 (stmt, 6, scheme->scale_min);
      sqlite3_bind_int64 (stmt, 7, scheme->scale_max);
    }
  sqlite3_bind_int (stmt, 8, builtin);
  zona_store_bind_text (stmt, 9, scheme->source);

  if ((scheme_row = upsert (self, stmt, error)) == 0)
    goto failed;

  for (guint v = 0; v < scheme->versions->len; v++)
    if (!save_version (self, scheme_row, g_ptr_array_index (scheme->versions, v), error))
      goto failed;

  zona_store_forget_schemes (self);

  return zona_store_commit (self, error);

failed:
  zona_store_rollback (self);
  return FALSE;
}

void
zona_store_forget_schemes (ZonaStore *self)
{
  g_clear_pointer (&self->schemes, g_ptr_array_unref);
}

static GPtrArray *
load_schemes (ZonaStore  *self,
              GError    **error)
{
  static const char sql[] = "SELECT key, source FROM scheme ORDER BY key";
  g_autoptr(GPtrArray) schemes = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_scheme_free);
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *source = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *name = g_strdup_printf ("%s.json", key);
      ZonaScheme *scheme = zona_scheme_new_from_data (source, -1, name, error);

      if (scheme == NULL)
        {
          g_prefix_error (error, _("A scheme stored in the database is damaged: "));
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (schemes, scheme);
    }

  if (!zona_store_finish (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&schemes);
}

/**
 * zona_store_get_schemes:
 * @self: a store
 *
 * Returns: (transfer none) (element-type ZonaScheme): the schemes of this database, sorted by
 *   id; empty when they cannot be read (zona_store_find_scheme() then says why)
 */
GPtrArray *
zona_store_get_schemes (ZonaStore *self)
{
  g_return_val_if_fail (ZONA_IS_STORE (self), NULL);

  if (self->schemes == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->schemes = load_schemes (self, &error);
      if (self->schemes == NULL)
        {
          g_warning ("%s", error->message);
          self->schemes = g_ptr_array_new_with_free_func ((GDestroyNotify) zona_scheme_free);
        }
    }

  return self->schemes;
}

/**
 * zona_store_find_scheme:
 * @self: a store
 * @id: a scheme id: "ombudsman", "pekppp", "pengaduan"
 * @error: %ZONA_STORE_ERROR_NOT_FOUND, naming the schemes there are
 *
 * Returns: (transfer none): the scheme, or %NULL
 */
const ZonaScheme *
zona_store_find_scheme (ZonaStore   *self,
                        const char  *id,
                        GError     **error)
{
  GPtrArray *schemes = zona_store_get_schemes (self);
  const ZonaScheme *scheme = zona_scheme_list_find (schemes, id);
  g_autoptr(GString) known = NULL;

  if (scheme != NULL)
    return scheme;

  known = g_string_new (NULL);
  for (guint i = 0; i < schemes->len; i++)
    g_string_append_printf (known, "%s%s", i > 0 ? ", " : "",
                            ((ZonaScheme *) g_ptr_array_index (schemes, i))->id);

  g_set_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND,
               _("There is no scheme “%s”; the schemes are: %s"), id ? id : "", known->str);

  return NULL;
}

gint64
zona_store_scheme_row_id (ZonaStore   *self,
                          const char  *scheme_id,
                          GError     **error)
{
  static const char sql[] = "SELECT id FROM scheme WHERE key = ?1";
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (zona_store_find_scheme (self, scheme_id, error) == NULL)
    return 0;

  if ((stmt = zona_store_prepare (self, sql, error)) == NULL)
    return 0;

  zona_store_bind_text (stmt, 1, scheme_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}
