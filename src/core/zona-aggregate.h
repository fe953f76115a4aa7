/* zona-aggregate.h — weighted totals, regional means and ranks
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "zona-scheme.h"

G_BEGIN_DECLS

#define ZONA_AGGREGATE_ERROR (zona_aggregate_error_quark ())

typedef enum
{
  ZONA_AGGREGATE_ERROR_MISSING,
  ZONA_AGGREGATE_ERROR_UNKNOWN_CODE,
  ZONA_AGGREGATE_ERROR_OUT_OF_RANGE,
  ZONA_AGGREGATE_ERROR_NO_STRUCTURE,
  ZONA_AGGREGATE_ERROR_CONFLICT,
} ZonaAggregateError;

GQuark      zona_aggregate_error_quark  (void);

GHashTable *zona_score_table_new        (void);
void        zona_score_table_set        (GHashTable              *table,
                                         const char              *code,
                                         ZonaScore                value);
gboolean    zona_score_table_get        (GHashTable              *table,
                                         const char              *code,
                                         ZonaScore               *out_value);

gboolean    zona_aggregate_total        (const ZonaScheme        *scheme,
                                         const ZonaSchemeVersion *version,
                                         GHashTable              *values,
                                         ZonaScore               *out_total,
                                         GHashTable              *out_dimensions,
                                         GError                 **error);
ZonaScore   zona_aggregate_mean         (const ZonaScore         *scores,
                                         guint                    n_scores);
void        zona_aggregate_rank         (const ZonaScore         *scores,
                                         guint                    n_scores,
                                         guint                   *out_ranks);

G_END_DECLS
