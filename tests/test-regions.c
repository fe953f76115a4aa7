/* test-regions.c — the official region list, names as people write them, units and lineage
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "zona-region-names.h"
#include "zona-test-utils.h"

static void
test_code_rules (void)
{
  ZonaRegionKind kind;

  g_assert_true (zona_region_code_is_valid ("35", &kind));
  g_assert_cmpint (kind, ==, ZONA_REGION_PROVINSI);
  g_assert_true (zona_region_code_is_valid ("35.19", &kind));
  g_assert_cmpint (kind, ==, ZONA_REGION_KABUPATEN);
  g_assert_true (zona_region_code_is_valid ("35.69", &kind));
  g_assert_cmpint (kind, ==, ZONA_REGION_KABUPATEN);
  g_assert_true (zona_region_code_is_valid ("35.77", &kind));
  g_assert_cmpint (kind, ==, ZONA_REGION_KOTA);
  g_assert_true (zona_region_code_is_valid ("35.71", &kind));
  g_assert_cmpint (kind, ==, ZONA_REGION_KOTA);

  g_assert_false (zona_region_code_is_valid ("35.70", NULL));
  g_assert_false (zona_region_code_is_valid ("35.00", NULL));
  g_assert_false (zona_region_code_is_valid ("00", NULL));
  g_assert_false (zona_region_code_is_valid ("3519", NULL));
  g_assert_false (zona_region_code_is_valid ("35.1", NULL));
  g_assert_false (zona_region_code_is_valid ("35.190", NULL));
  g_assert_false (zona_region_code_is_valid ("35,19", NULL));
  g_assert_false (zona_region_code_is_valid ("", NULL));
  g_assert_false (zona_region_code_is_valid (NULL, NULL));
}

static void
test_name_keys (void)
{
  static const struct
  {
    const char *a;
    const char *b;
  } same[] = {
    { "Kab. Madiun", "Kabupaten Madiun" },
    { "KABUPATEN  MADIUN", "kabupaten madiun" },
    { "Kab Madiun", "Kabupaten Madiun" },
    { "Kota Bau-Bau", "Kota Baubau" },
    { "Kota Bau Bau", "Kota Baubau" },
    { "Provinsi Jawa Timur", "Jawa Timur" },
    { "Prov. Jawa Timur", "Jawa Timur" },
    { "Pemkab Magetan", "Kabupaten Magetan" },
    { " Kabupaten Tojo Una Una ", "Kabupaten Tojo Una-Una" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *a = zona_region_name_key (same[i].a);
      g_autofree char *b = zona_region_name_key (same[i].b);

      g_assert_cmpstr (a, ==, b);
    }

  {
    g_autofree char *kab = zona_region_name_key ("Kabupaten Madiun");
    g_autofree char *kota = zona_region_name_key ("Kota Madiun");

    g_assert_cmpstr (kab, !=, kota);
  }
}

static void
test_official_list (ZonaTestDir   *fixture,
                    gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[3] = { 0 };
  static const struct
  {
    const char *code;
    const char *name;
    const char *head;
  } known[] = {
    { "35.19", "Kabupaten Madiun", "Bupati" },
    { "35.77", "Kota Madiun", "Wali Kota" },
    { "35.20", "Kabupaten Magetan", "Bupati" },
    { "17.06", "Kabupaten Mukomuko", "Bupati" },
    { "35", "Jawa Timur", "Gubernur" },
  };

  regions = zona_store_list_regions (store, ZONA_REGION_LIST_ALL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < regions->len; i++)
    {
      const ZonaRegion *region = g_ptr_array_index (regions, i);
      ZonaRegionKind kind;

      counts[region->kind]++;
      g_assert_true (zona_region_code_is_valid (region->code, &kind));
      g_assert_cmpint (kind, ==, region->kind);
      if (region->kind != ZONA_REGION_PROVINSI)
        g_assert_true (g_str_has_prefix (region->code, region->province_code));
    }

  g_assert_cmpuint (counts[ZONA_REGION_PROVINSI], ==, 38);
  g_assert_cmpuint (counts[ZONA_REGION_KABUPATEN], ==, 416);
  g_assert_cmpuint (counts[ZONA_REGION_KOTA], ==, 98);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_autoptr(ZonaRegion) region = zona_store_get_region (store, known[i].code, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (region->name, ==, known[i].name);
      g_assert_cmpstr (region->head_title, ==, known[i].head);
    }
}

static void
assert_finds (ZonaStore  *store,
              const char *name,
              const char *codes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = zona_store_find_regions_by_name (store, name, &error);
  g_autoptr(GString) got = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (got, "%s%s", i > 0 ? " " : "",
                            ((ZonaRegion *) g_ptr_array_index (found, i))->code);

  if (!g_str_equal (got->str, codes))
    g_error ("“%s” found “%s”, expected “%s”", name, got->str, codes);
}

static void
test_find_by_name (ZonaTestDir   *fixture,
                   gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);

  assert_finds (store, "Kabupaten Madiun", "35.19");
  assert_finds (store, "Kab. Madiun", "35.19");
  assert_finds (store, "KAB MADIUN", "35.19");
  assert_finds (store, "Kota Madiun", "35.77");
  /* A bare name is ambiguous: both are offered, never one guessed. */
  assert_finds (store, "Madiun", "35.19 35.77");
  assert_finds (store, "Kota Baubau", "74.72");
  assert_finds (store, "Kota Bau Bau", "74.72");
  assert_finds (store, "Kota Bau-Bau", "74.72");
  assert_finds (store, "Mukomuko", "17.06");
  assert_finds (store, "Provinsi Jawa Timur", "35");
  /* Aliases from the shipped list. */
  assert_finds (store, "Daerah Istimewa Yogyakarta", "34");
  assert_finds (store, "Kabupaten Pangkep", "73.10");
  assert_finds (store, "Atlantis", "");
  assert_finds (store, "  ", "");
}

static void
test_add_region (ZonaTestDir   *fixture,
                 gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (zona_store_add_region (store, "3519", ZONA_REGION_KABUPATEN, "X", &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "3519"));
  g_clear_error (&error);

  g_assert_cmpint (zona_store_add_region (store, "35.19", ZONA_REGION_KABUPATEN, "X", &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "Kabupaten Madiun"));
  g_clear_error (&error);

  g_assert_cmpint (zona_store_add_region (store, "35.80", ZONA_REGION_KABUPATEN, "X", &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (zona_store_add_region (store, "99.01", ZONA_REGION_KABUPATEN, "X", &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "99"));
  g_clear_error (&error);

  g_assert_cmpint (zona_store_add_region (store, "35.69", ZONA_REGION_KABUPATEN, "  ", &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A new kabupaten (a regional split) is accepted under its province. */
  g_assert_cmpint (zona_store_add_region (store, "35.69", ZONA_REGION_KABUPATEN,
                                          " Kabupaten Contoh ", &error), >, 0);
  g_assert_no_error (error);
  assert_finds (store, "Kab. Contoh", "35.69");
}

static gint64
add_unit (ZonaStore  *store,
          const char *region,
          const char *name,
          const char *short_name,
          gint64      parent_id)
{
  g_autoptr(GError) error = NULL;
  ZonaUnit unit = { .name = (char *) name, .short_name = (char *) short_name,
                    .kind = (char *) "dinas", .parent_id = parent_id };
  gint64 id = zona_store_add_unit (store, region, &unit, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static void
test_units (ZonaTestDir   *fixture,
            gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(ZonaUnit) found = NULL;
  gint64 dinkes;
  gint64 other;
  ZonaUnit unit = { .name = (char *) "Dinas Kesehatan", .kind = (char *) "dinas" };

  dinkes = add_unit (store, "35.19", "Dinas Kesehatan", "Dinkes", 0);
  add_unit (store, "35.19", "Puskesmas Mejayan", NULL, dinkes);
  other = add_unit (store, "35.77", "Dinas Kesehatan", "Dinkes", 0);

  /* The same name twice in one region is refused, in any case. */
  unit.name = (char *) "dinas kesehatan";
  g_assert_cmpint (zona_store_add_unit (store, "35.19", &unit, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* A parent from another region is refused. */
  unit.name = (char *) "Puskesmas Demangan";
  unit.parent_id = other;
  g_assert_cmpint (zona_store_add_unit (store, "35.19", &unit, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  unit.name = (char *) "   ";
  unit.parent_id = 0;
  g_assert_cmpint (zona_store_add_unit (store, "35.19", &unit, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  units = zona_store_list_units (store, "35.19", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 2);

  found = zona_store_find_unit (store, "35.19", "DINKES", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, dinkes);
  g_clear_pointer (&found, zona_unit_free);

  found = zona_store_find_unit (store, "35.19", "Dinas Pariwisata", &error);
  g_assert_null (found);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Dinas Pariwisata"));
}

static void
test_rename_and_merge (ZonaTestDir   *fixture,
                       gconstpointer  data)
{
  g_autoptr(ZonaStore) store = zona_test_new_store (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units_2022 = NULL;
  g_autoptr(GPtrArray) units_now = NULL;
  g_autoptr(GArray) lineage = NULL;
  g_autoptr(ZonaUnit) old = NULL;
  g_autoptr(ZonaUnit) child = NULL;
  gint64 dinsos;
  gint64 pppa;
  gint64 dinkes;
  gint64 puskesmas;
  gint64 renamed;
  gint64 merged;
  gint64 merging[2];

  dinsos = add_unit (store, "35.77", "Dinas Sosial", "Dinsos", 0);
  pppa = add_unit (store, "35.77", "Dinas Pemberdayaan Perempuan", "DPPPA", 0);
  dinkes = add_unit (store, "35.77", "Dinas Kesehatan", "Dinkes", 0);
  puskesmas = add_unit (store, "35.77", "Puskesmas Demangan", NULL, dinkes);

  /* Dinsos and DPPPA merge into Dinsos PPPA from 2023; Dinsos is the main line. */
  merging[0] = dinsos;
  merging[1] = pppa;
  merged = zona_store_merge_units (store, merging, 2, "Dinas Sosial PPPA", "Dinsos PPPA", 2023,
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpint (merged, >, 0);

  /* A rename of the Dinas Kesehatan moves its puskesmas along. */
  renamed = zona_store_rename_unit (store, dinkes, "Dinas Kesehatan PPKB", "Dinkes PPKB", 2024,
                                    &error);
  g_assert_no_error (error);
  child = zona_store_get_unit (store, puskesmas, &error);
  g_assert_cmpint (child->parent_id, ==, renamed);

  old = zona_store_get_unit (store, dinsos, &error);
  g_assert_cmpint (old->valid_to, ==, 2022);

  units_2022 = zona_store_list_units (store, "35.77", 2022, &error);
  g_assert_cmpuint (units_2022->len, ==, 4);
  units_now = zona_store_list_units (store, "35.77", 0, &error);
  g_assert_cmpuint (units_now->len, ==, 3);

  lineage = zona_store_get_lineage (store, merged, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lineage->len, ==, 2);
  g_assert_cmpint (g_array_index (lineage, ZonaLineage, 0).predecessor_id, ==, dinsos);
  g_assert_true (g_array_index (lineage, ZonaLineage, 0).is_primary);
  g_assert_cmpstr (g_array_index (lineage, ZonaLineage, 0).kind, ==, "merge");
  g_assert_false (g_array_index (lineage, ZonaLineage, 1).is_primary);

  /* An ended unit cannot be renamed again, nor can a change precede a unit's start. */
  g_assert_cmpint (zona_store_rename_unit (store, dinsos, "X", NULL, 2025, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zona_store_rename_unit (store, merged, "Y", NULL, 2023, &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A refused merge changes nothing: the new name may not clash with a living unit. */
  merging[0] = renamed;
  merging[1] = merged;
  g_assert_cmpint (zona_store_merge_units (store, merging, 2, "Puskesmas Demangan", NULL, 2026,
                                           &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_clear_pointer (&units_now, g_ptr_array_unref);
  units_now = zona_store_list_units (store, "35.77", 0, &error);
  g_assert_cmpuint (units_now->len, ==, 3);

  /* A unit named twice is refused as such, not as one that "already ended". */
  merging[0] = merged;
  merging[1] = merged;
  g_assert_cmpint (zona_store_merge_units (store, merging, 2, "Dinsos Baru", NULL, 2026,
                                           &error), ==, 0);
  g_assert_error (error, ZONA_STORE_ERROR, ZONA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "twice"));
  g_clear_error (&error);
  g_clear_pointer (&units_now, g_ptr_array_unref);
  units_now = zona_store_list_units (store, "35.77", 0, &error);
  g_assert_cmpuint (units_now->len, ==, 3);
  g_clear_pointer (&old, zona_unit_free);
  old = zona_store_get_unit (store, merged, &error);
  g_assert_no_error (error);
  g_assert_cmpint (old->valid_to, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ZonaTestDir, NULL, zona_test_dir_setup, func, zona_test_dir_teardown)

  g_test_add_func ("/regions/code-rules", test_code_rules);
  g_test_add_func ("/regions/name-keys", test_name_keys);
  ADD ("/regions/official-list", test_official_list);
  ADD ("/regions/find-by-name", test_find_by_name);
  ADD ("/regions/add", test_add_region);
  ADD ("/regions/units", test_units);
  ADD ("/regions/rename-and-merge", test_rename_and_merge);

#undef ADD

  return g_test_run ();
}
