/* test-score.c — scores as exact hundredths: parsing, formatting, rounding
 *
 * Copyright 2026 Zona developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "zona-score.h"

static void
test_parse_accepted (void)
{
  static const struct
  {
    const char *text;
    ZonaScore   expected;
  } cases[] = {
    { "90,02", 9002 },
    { "90.02", 9002 },
    { "90", 9000 },
    { " 90,0 ", 9000 },
    { "\t60,35\n", 6035 },
    { "0", 0 },
    { "0,00", 0 },
    { "100", 10000 },
    { "100,00", 10000 },
    { "87,99", 8799 },
    { "88,00", 8800 },
    { "4,61", 461 },
    { "0,5", 50 },
    { "+90,02", 9002 },
    /* Trailing zeros past the second decimal change nothing and are accepted. */
    { "90,020", 9002 },
    { "093,59", 9359 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      ZonaScore score = -1;

      g_assert_true (zona_score_parse (cases[i].text, 0, 10000, &score, &error));
      g_assert_no_error (error);
      g_assert_cmpint (score, ==, cases[i].expected);
    }
}

static void
test_parse_rejected (void)
{
  static const struct
  {
    const char *text;
    int         code;
  } cases[] = {
    { "9O,02", ZONA_SCORE_ERROR_INVALID },
    { "90,021", ZONA_SCORE_ERROR_TOO_PRECISE },
    { "90,005", ZONA_SCORE_ERROR_TOO_PRECISE },
    { "-1", ZONA_SCORE_ERROR_OUT_OF_RANGE },
    { "-0,01", ZONA_SCORE_ERROR_OUT_OF_RANGE },
    { "100,01", ZONA_SCORE_ERROR_OUT_OF_RANGE },
    { "101", ZONA_SCORE_ERROR_OUT_OF_RANGE },
    { "", ZONA_SCORE_ERROR_EMPTY },
    { "   ", ZONA_SCORE_ERROR_EMPTY },
    { "NaN", ZONA_SCORE_ERROR_INVALID },
    { "nan", ZONA_SCORE_ERROR_INVALID },
    { "inf", ZONA_SCORE_ERROR_INVALID },
    { "90,", ZONA_SCORE_ERROR_INVALID },
    { ",5", ZONA_SCORE_ERROR_INVALID },
    { "90,0,2", ZONA_SCORE_ERROR_INVALID },
    { "1.000,00", ZONA_SCORE_ERROR_INVALID },
    { "90 02", ZONA_SCORE_ERROR_INVALID },
    { "9e1", ZONA_SCORE_ERROR_INVALID },
    { "0x10", ZONA_SCORE_ERROR_INVALID },
    { "99999999999999999999", ZONA_SCORE_ERROR_OUT_OF_RANGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      ZonaScore score = 4242;

      g_assert_false (zona_score_parse (cases[i].text, 0, 10000, &score, &error));
      g_assert_error (error, ZONA_SCORE_ERROR, cases[i].code);
      /* The value the user gave is named in the message, so they can find it. */
      if (cases[i].code != ZONA_SCORE_ERROR_EMPTY)
        {
          g_autofree char *trimmed = g_strstrip (g_strdup (cases[i].text));

          g_assert_nonnull (strstr (error->message, trimmed));
        }
      /* A refused value never reaches the output. */
      g_assert_cmpint (score, ==, 4242);
    }
}

static void
test_parse_scale (void)
{
  g_autoptr(GError) error = NULL;
  ZonaScore score = 0;

  /* A PEKPPP index lives on 0-5. */
  g_assert_true (zona_score_parse ("4,61", 0, 500, &score, &error));
  g_assert_cmpint (score, ==, 461);
  g_assert_true (zona_score_parse ("5", 0, 500, &score, &error));
  g_assert_cmpint (score, ==, 500);
  g_assert_false (zona_score_parse ("5,01", 0, 500, &score, &error));
  g_assert_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "5,00"));
  g_clear_error (&error);

  g_assert_false (zona_score_parse (NULL, 0, 500, &score, &error));
  g_assert_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (zona_score_parse ("9\xff", 0, 500, &score, &error));
  g_assert_error (error, ZONA_SCORE_ERROR, ZONA_SCORE_ERROR_INVALID);
}

static void
test_format (void)
{
  static const struct
  {
    ZonaScore   score;
    const char *comma;
    const char *point;
  } cases[] = {
    { 9002, "90,02", "90.02" },
    { 6035, "60,35", "60.35" },
    { 10000, "100,00", "100.00" },
    { 0, "0,00", "0.00" },
    { 5, "0,05", "0.05" },
    { 461, "4,61", "4.61" },
    { -2967, "-29,67", "-29.67" },
    { -5, "-0,05", "-0.05" },
    { G_MININT64, "-92233720368547758,08", "-92233720368547758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *comma = zona_score_format (cases[i].score);
      g_autofree char *point = zona_score_format_point (cases[i].score);

      g_assert_cmpstr (comma, ==, cases[i].comma);
      g_assert_cmpstr (point, ==, cases[i].point);
    }
}

static void
test_format_change (void)
{
  g_autofree char *rise = zona_score_format_change (2967);
  g_autofree char *fall = zona_score_format_change (-150);
  g_autofree char *none = zona_score_format_change (0);

  g_assert_cmpstr (rise, ==, "+29,67");
  g_assert_cmpstr (fall, ==, "-1,50");
  g_assert_cmpstr (none, ==, "±0,00");
}

static void
test_round_trip (void)
{
  /* Every value of the scale formats and parses back to itself. */
  for (ZonaScore score = 0; score <= 10000; score++)
    {
      g_autofree char *text = zona_score_format (score);
      g_autofree char *point = zona_score_format_point (score);
      ZonaScore back = -1;

      g_assert_true (zona_score_parse (text, 0, 10000, &back, NULL));
      g_assert_cmpint (back, ==, score);
      g_assert_true (zona_score_parse (point, 0, 10000, &back, NULL));
      g_assert_cmpint (back, ==, score);
    }
}

static void
test_div_round (void)
{
  /* Half away from zero, as the recapitulation sheets round. */
  g_assert_cmpint (zona_score_div_round (65515, 7), ==, 9359);   /* 9359,28... */
  g_assert_cmpint (zona_score_div_round (5, 2), ==, 3);
  g_assert_cmpint (zona_score_div_round (4, 2), ==, 2);
  g_assert_cmpint (zona_score_div_round (7, 2), ==, 4);
  g_assert_cmpint (zona_score_div_round (1, 3), ==, 0);
  g_assert_cmpint (zona_score_div_round (2, 3), ==, 1);
  g_assert_cmpint (zona_score_div_round (-5, 2), ==, -3);
  g_assert_cmpint (zona_score_div_round (-1, 3), ==, 0);
  g_assert_cmpint (zona_score_div_round (0, 9), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/score/parse/accepted", test_parse_accepted);
  g_test_add_func ("/score/parse/rejected", test_parse_rejected);
  g_test_add_func ("/score/parse/scale", test_parse_scale);
  g_test_add_func ("/score/format", test_format);
  g_test_add_func ("/score/format-change", test_format_change);
  g_test_add_func ("/score/round-trip", test_round_trip);
  g_test_add_func ("/score/div-round", test_div_round);

  return g_test_run ();
}
