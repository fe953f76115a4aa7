/* zona-scheme-private.h — what the scheme's files share; not for use outside src/core
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "zona-scheme.h"

G_BEGIN_DECLS

void zona_scheme_band_free        (gpointer data);
void zona_scheme_requirement_free (gpointer data);
void zona_scheme_indicator_free   (gpointer data);
void zona_scheme_dimension_free   (gpointer data);
void zona_scheme_version_free     (gpointer data);
void zona_scheme_gap_clear        (gpointer data);

G_END_DECLS
