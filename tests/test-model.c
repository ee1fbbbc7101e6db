/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The core: exact money, Thai numbers and dates, rich text, the model and its computations. */
#include "config.h"

#include "sj-compute.h"
#include "sj-model.h"
#include "sj-test-util.h"
#include "sj-thai.h"

/* Money --------------------------------------------------------------------------------------- */

static void
test_money_parse (void)
{
  static const struct
  {
    const char *text;
    SjMoney satang;
  } good[] = {
    { "0", 0 },
    { "1", 100 },
    { "1,234", 123400 },
    { "24,623,948", 2462394800 },
    { "1234567.5", 123456750 },
    { "1,234,567.50", 123456750 },
    { "-20.25", -2025 },
    { "+7", 700 },
    { " 12 ", 1200 },
    { "๑,๓๓๐,๐๐๐", 133000000 },
    { "0.01", 1 },
    { "1.500", 150 },
    { "100000000000", SJ_MONEY_MAX },
  };
  static const char *const bad[] = {
    "", " ", "1,23", "12,3456", "1,2345,678", ",123", "123,", "1.", ".5", "1..2", "abc",
    "1e5", "1 000", "12.345", "--1", "1,000.5.0", "๑๒a",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      SjMoney m = 0;
      g_autoptr (GError) error = NULL;
      g_assert_true (sj_money_parse (good[i].text, &m, &error));
      g_assert_no_error (error);
      g_assert_cmpint (m, ==, good[i].satang);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      SjMoney m = 42;
      g_autoptr (GError) error = NULL;
      g_assert_false (sj_money_parse (bad[i], &m, &error));
      g_assert_error (error, SJ_MONEY_ERROR, SJ_MONEY_ERROR_SYNTAX);
      g_assert_cmpint (m, ==, 42);
    }
  {
    SjMoney m;
    g_autoptr (GError) error = NULL;
    g_assert_false (sj_money_parse ("100000000000.01", &m, &error));
    g_assert_error (error, SJ_MONEY_ERROR, SJ_MONEY_ERROR_RANGE);
  }
}

static void
test_money_format (void)
{
  static const struct
  {
    SjMoney m;
    SjMoneyDecimals d;
    gboolean grouping;
    const char *expected;
  } cases[] = {
    { 0, SJ_MONEY_DECIMALS_AUTO, TRUE, "0" },
    { 2462394800, SJ_MONEY_DECIMALS_AUTO, TRUE, "24,623,948" },
    { 2462394850, SJ_MONEY_DECIMALS_AUTO, TRUE, "24,623,948.50" },
    { 2462394850, SJ_MONEY_DECIMALS_AUTO, FALSE, "24623948.50" },
    { 100000, SJ_MONEY_DECIMALS_ALWAYS, TRUE, "1,000.00" },
    { 99950, SJ_MONEY_DECIMALS_NEVER, TRUE, "1,000" },
    { 99949, SJ_MONEY_DECIMALS_NEVER, TRUE, "999" },
    { -2025, SJ_MONEY_DECIMALS_AUTO, TRUE, "-20.25" },
    { -123400, SJ_MONEY_DECIMALS_AUTO, TRUE, "-1,234" },
    { 5, SJ_MONEY_DECIMALS_AUTO, TRUE, "0.05" },
    { 100, SJ_MONEY_DECIMALS_AUTO, TRUE, "1" },
    { 99999, SJ_MONEY_DECIMALS_AUTO, TRUE, "999.99" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = sj_money_format (cases[i].m, cases[i].d, cases[i].grouping);
      g_assert_cmpstr (s, ==, cases[i].expected);
    }
  g_assert_cmpint (sj_money_add (SJ_MONEY_NONE, 5), ==, 5);
  g_assert_cmpint (sj_money_add (G_MAXINT64, 5), ==, SJ_MONEY_OVERFLOW);
}

/* Totals are exact or marked as too large, never silently capped: the largest exact sum of
 * values at the maximum amount, one more, and the mark sticking through later sums. */
static void
test_money_overflow (void)
{
  SjMoney sum = 0;
  const guint64 n_exact = G_MAXINT64 / SJ_MONEY_MAX; /* 922,337 values */
  g_autofree char *printed = NULL;

  sum = (SjMoney) (n_exact - 1) * SJ_MONEY_MAX;
  sum = sj_money_add (sum, SJ_MONEY_MAX);
  g_assert_cmpint (sum, ==, (SjMoney) n_exact * SJ_MONEY_MAX); /* still exact */
  sum = sj_money_add (sum, SJ_MONEY_MAX);
  g_assert_cmpint (sum, ==, SJ_MONEY_OVERFLOW);
  sum = sj_money_add (sum, -SJ_MONEY_MAX);
  g_assert_cmpint (sum, ==, SJ_MONEY_OVERFLOW); /* sticky: a later subtraction cannot hide it */
  g_assert_cmpint (sj_money_add (G_MININT64 + 1, -1), ==, SJ_MONEY_OVERFLOW);
  g_assert_cmpint (sj_money_add (-5, SJ_MONEY_NONE), ==, -5);
  printed = sj_money_format (SJ_MONEY_OVERFLOW, SJ_MONEY_DECIMALS_AUTO, TRUE);
  g_assert_cmpstr (printed, ==, "เกินขีดจำกัด");
}

/* The totals of a plan whose amounts cannot be summed exactly are marked at every level. */
static void
test_totals_overflow (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  SjProject *p = sj_test_first_project (plan);
  g_autoptr (SjSummary) s = NULL;
  const SjTotals *t;

  /* Values beyond what the file accepts can only be set through the API; they stand for the
   * ~10^6 maximal amounts a real overflow needs. */
  for (guint i = 0; i < 5; i++)
    sj_project_year_set_amount (sj_project_get_year_at (p, i), G_MAXINT64 / 4);
  s = sj_summary_new (plan);
  t = sj_summary_get_plan_totals (s);
  g_assert_cmpint (t->years[0], ==, G_MAXINT64 / 4); /* one year alone is exact */
  g_assert_cmpint (t->total, ==, SJ_MONEY_OVERFLOW);
  g_assert_cmpint (sj_summary_get_dimension_totals (s, 0)->total, ==, SJ_MONEY_OVERFLOW);
}

static void
test_baht_text (void)
{
  static const struct
  {
    SjMoney m;
    gboolean exact;
    const char *expected;
  } cases[] = {
    { 0, TRUE, "ศูนย์บาทถ้วน" },
    { 100, TRUE, "หนึ่งบาทถ้วน" },
    { 1000, TRUE, "สิบบาทถ้วน" },
    { 1100, TRUE, "สิบเอ็ดบาทถ้วน" },
    { 2100, TRUE, "ยี่สิบเอ็ดบาทถ้วน" },
    { 2000, TRUE, "ยี่สิบบาทถ้วน" },
    { 10000, TRUE, "หนึ่งร้อยบาทถ้วน" },
    { 10100, TRUE, "หนึ่งร้อยเอ็ดบาทถ้วน" },
    { 11000, TRUE, "หนึ่งร้อยสิบบาทถ้วน" },
    { 100000100, TRUE, "หนึ่งล้านเอ็ดบาทถ้วน" },
    { 100000000, TRUE, "หนึ่งล้านบาทถ้วน" },
    { 13080000, TRUE, "หนึ่งแสนสามหมื่นแปดร้อยบาทถ้วน" },
    { 886594800, FALSE, "แปดล้านแปดแสนหกหมื่นห้าพันเก้าร้อยสี่สิบแปดบาท" },
    { 2462394800, TRUE, "ยี่สิบสี่ล้านหกแสนสองหมื่นสามพันเก้าร้อยสี่สิบแปดบาทถ้วน" },
    { 1100000000, TRUE, "สิบเอ็ดล้านบาทถ้วน" },
    { 2100000000, TRUE, "ยี่สิบเอ็ดล้านบาทถ้วน" },
    { 100100000000, TRUE, "หนึ่งพันเอ็ดล้านบาทถ้วน" },
    { 50, TRUE, "ห้าสิบสตางค์" },
    { 1, TRUE, "หนึ่งสตางค์" },
    { 123450, TRUE, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์" },
    { 2121, TRUE, "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์" },
    { 10111, TRUE, "หนึ่งร้อยเอ็ดบาทสิบเอ็ดสตางค์" },
    { -50000, TRUE, "ลบห้าร้อยบาทถ้วน" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = sj_baht_text (cases[i].m, cases[i].exact);
      g_assert_cmpstr (s, ==, cases[i].expected);
    }
}

/* Thai numbers and dates ---------------------------------------------------------------------- */

static void
test_digits (void)
{
  g_autofree char *thai = sj_thai_digits ("ปี 2566 – 2570, 1,234.50 บาท");
  g_autofree char *back = sj_arabic_digits (thai);
  g_autofree char *same = sj_thai_digits_if ("12", FALSE);
  g_autofree char *num = sj_format_int (1234567, TRUE, TRUE);

  g_assert_cmpstr (thai, ==, "ปี ๒๕๖๖ – ๒๕๗๐, ๑,๒๓๔.๕๐ บาท");
  g_assert_cmpstr (back, ==, "ปี 2566 – 2570, 1,234.50 บาท");
  g_assert_cmpstr (same, ==, "12");
  g_assert_cmpstr (num, ==, "๑,๒๓๔,๕๖๗");
  g_assert_null (sj_thai_digits (NULL));
}

static void
test_thai_letters (void)
{
  static const struct
  {
    guint n;
    const char *expected;
  } cases[] = { { 1, "ก" }, { 2, "ข" }, { 3, "ค" }, { 4, "ง" }, { 41, "ฮ" }, { 42, "กก" },
                { 43, "กข" } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = sj_thai_letter_number (cases[i].n);
      g_assert_cmpstr (s, ==, cases[i].expected);
    }
}

static void
test_dates (void)
{
  SjDate d;
  g_autofree char *full = NULL;
  g_autofree char *full_month = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *abbrev = NULL;
  g_autofree char *month_year = NULL;
  g_autofree char *blank = NULL;
  g_autofree char *iso = NULL;
  GDate gd;

  g_assert_true (sj_date_parse_iso ("2022-09-29", &d));
  full = sj_date_format (&d, SJ_DATE_STYLE_FULL, TRUE);
  full_month = sj_date_format (&d, SJ_DATE_STYLE_FULL_MONTH, TRUE);
  plain = sj_date_format (&d, SJ_DATE_STYLE_PLAIN, FALSE);
  abbrev = sj_date_format (&d, SJ_DATE_STYLE_ABBREV, FALSE);
  month_year = sj_date_format (&d, SJ_DATE_STYLE_MONTH_YEAR, FALSE);
  g_assert_cmpstr (full, ==, "๒๙ กันยายน พ.ศ. ๒๕๖๕");
  g_assert_cmpstr (full_month, ==, "๒๙ เดือน กันยายน พ.ศ. ๒๕๖๕");
  g_assert_cmpstr (plain, ==, "29 กันยายน 2565");
  g_assert_cmpstr (abbrev, ==, "29 ก.ย. 65");
  g_assert_cmpstr (month_year, ==, "กันยายน 2565");
  g_assert_true (sj_date_to_gdate (&d, &gd));
  g_assert_cmpint (g_date_get_day (&gd), ==, 29);

  /* A day left blank for handwriting */
  g_assert_true (sj_date_parse_iso ("2022-07", &d));
  g_assert_cmpint (d.day, ==, 0);
  blank = sj_date_format (&d, SJ_DATE_STYLE_FULL, TRUE);
  g_assert_true (g_str_has_suffix (blank, "กรกฎาคม พ.ศ. ๒๕๖๕"));
  g_assert_true (g_str_has_prefix (blank, "   "));
  g_assert_false (sj_date_to_gdate (&d, &gd));
  iso = sj_date_to_iso (&d);
  g_assert_cmpstr (iso, ==, "2022-07");

  for (guint i = 0; i < 12; i++)
    g_assert_cmpuint (strlen (sj_thai_month_name (i + 1)), >, 0);
  g_assert_cmpstr (sj_thai_month_abbrev (10), ==, "ต.ค.");

  g_assert_false (sj_date_parse_iso ("2022-02-30", &d));
  g_assert_false (sj_date_parse_iso ("2022-13-01", &d));
  g_assert_false (sj_date_parse_iso ("22-09-29", &d));
  g_assert_false (sj_date_parse_iso ("2022/09/29", &d));
  g_assert_false (sj_date_parse_iso ("2022-09-29x", &d));
  g_assert_false (sj_date_parse_iso ("", &d));
  g_assert_true (sj_date_parse_iso ("2024-02-29", &d));
}

static void
test_fiscal_quarters (void)
{
  static const struct
  {
    guint d, m, y;
    guint fy, q;
  } cases[] = {
    { 1, 10, 2022, 2566, 1 }, { 31, 12, 2022, 2566, 1 }, { 1, 1, 2023, 2566, 2 },
    { 31, 3, 2023, 2566, 2 }, { 1, 4, 2023, 2566, 3 },   { 30, 6, 2023, 2566, 3 },
    { 1, 7, 2023, 2566, 4 },  { 30, 9, 2023, 2566, 4 },  { 1, 10, 2023, 2567, 1 },
  };
  g_autofree char *q1 = sj_fiscal_quarter_months (1, 2566, TRUE);
  g_autofree char *q4 = sj_fiscal_quarter_months (4, 2566, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate *date = g_date_new_dmy (cases[i].d, cases[i].m, cases[i].y);
      guint fy, q;
      sj_fiscal_quarter (date, &fy, &q);
      g_assert_cmpuint (fy, ==, cases[i].fy);
      g_assert_cmpuint (q, ==, cases[i].q);
      g_date_free (date);
    }
  g_assert_cmpstr (q1, ==, "ต.ค.–ธ.ค. ๖๕");
  g_assert_cmpstr (q4, ==, "ก.ค.–ก.ย. 66");
}

/* Rich text ----------------------------------------------------------------------------------- */

static SjRich *
make_rich (const char *word)
{
  SjRich *rich = sj_rich_new ();
  SjBlock *p = sj_block_new_paragraph ();
  SjBlock *list = sj_block_new_list (SJ_LIST_NUMBER_PAREN, 1);
  GPtrArray *item;
  SjBlock *inner;
  SjBlock *nested;

  sj_block_add_run (p, "ข้อความ ", 0, NULL);
  sj_block_add_run (p, word, SJ_RUN_BOLD, NULL);
  sj_block_add_fact (p, "project-count", NULL, 0);
  g_ptr_array_add (sj_rich_get_blocks (rich), p);
  item = sj_block_add_item (list);
  inner = sj_block_new_paragraph ();
  sj_block_add_run (inner, "ข้อแรก", 0, NULL);
  g_ptr_array_add (item, inner);
  nested = sj_block_new_list (SJ_LIST_OUTLINE, 1);
  inner = sj_block_new_paragraph ();
  sj_block_add_run (inner, "ข้อย่อย", 0, NULL);
  g_ptr_array_add (sj_block_add_item (nested), inner);
  g_ptr_array_add (item, nested);
  g_ptr_array_add (sj_rich_get_blocks (rich), list);
  return rich;
}

static void
test_rich (void)
{
  g_autoptr (SjRich) a = make_rich ("หนา");
  g_autoptr (SjRich) b = make_rich ("หนา");
  g_autoptr (SjRich) c = make_rich ("บาง");
  g_autoptr (SjRich) empty = sj_rich_new_plain ("  \n ");
  g_autoptr (SjRich) plain = sj_rich_new_plain ("บรรทัดแรก\n\n  บรรทัด   สอง ");
  g_autofree char *text = sj_rich_to_plain (a);
  g_autofree char *plain_text = sj_rich_to_plain (plain);
  SjBlock *p = sj_block_new_paragraph ();
  SjRun *run;

  g_assert_true (sj_rich_equal (a, b));
  g_assert_false (sj_rich_equal (a, c));
  g_assert_true (sj_rich_is_empty (empty));
  g_assert_true (sj_rich_is_empty (NULL));
  g_assert_true (sj_rich_equal (empty, NULL));
  g_assert_false (sj_rich_is_empty (a));
  g_assert_true (sj_rich_has_fact (a, "project-count"));
  g_assert_false (sj_rich_has_fact (a, "total"));
  g_assert_cmpstr (text, ==, "ข้อความ หนา{project-count}\n1) ข้อแรก\n1) 1) ข้อย่อย");
  g_assert_cmpstr (plain_text, ==, "บรรทัดแรก\nบรรทัด สอง");

  /* Runs that look the same merge */
  sj_block_add_run (p, "ก", SJ_RUN_BOLD, NULL);
  sj_block_add_run (p, "ข", SJ_RUN_BOLD, NULL);
  sj_block_add_run (p, "ค", 0, NULL);
  g_assert_cmpuint (p->runs->len, ==, 2);
  run = &g_array_index (p->runs, SjRun, 0);
  g_assert_cmpstr (run->text, ==, "กข");
  sj_block_free (p);
}

static void
test_list_markers (void)
{
  static const struct
  {
    SjListStyle style;
    const char *prefix;
    guint n;
    gboolean thai;
    const char *expected;
  } cases[] = {
    { SJ_LIST_NUMBER_PAREN, NULL, 3, FALSE, "3)" },
    { SJ_LIST_NUMBER_PAREN, NULL, 3, TRUE, "๓)" },
    { SJ_LIST_NUMBER_DOT, NULL, 12, FALSE, "12." },
    { SJ_LIST_PAREN_NUMBER, NULL, 5, TRUE, "(๕)" },
    { SJ_LIST_OUTLINE, "2.1", 4, FALSE, "2.1.4)" },
    { SJ_LIST_OUTLINE, "", 4, FALSE, "4)" },
    { SJ_LIST_DASH, NULL, 9, FALSE, "-" },
    { SJ_LIST_BULLET, NULL, 9, FALSE, "•" },
    { SJ_LIST_THAI_LETTER, NULL, 3, FALSE, "ค." },
    { SJ_LIST_PLAIN, NULL, 3, FALSE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *m = sj_list_marker (cases[i].style, cases[i].prefix, cases[i].n,
                                           cases[i].thai);
      g_assert_cmpstr (m, ==, cases[i].expected);
    }
  for (guint s = SJ_LIST_NUMBER_PAREN; s <= SJ_LIST_PLAIN; s++)
    {
      SjListStyle back;
      g_assert_true (sj_list_style_from_string (sj_list_style_to_string (s), &back));
      g_assert_cmpuint (back, ==, s);
    }
}

/* The model ----------------------------------------------------------------------------------- */

static void
count_notify (GObject *object, GParamSpec *pspec, gpointer data)
{
  (*(guint *) data)++;
}

static void
test_model_properties (void)
{
  g_autoptr (SjProject) p = sj_project_new ();
  g_autoptr (SjSettings) s = sj_settings_new ();
  guint notified = 0;
  char *title = NULL;

  g_signal_connect (p, "notify", G_CALLBACK (count_notify), &notified);
  sj_project_set_title (p, "โครงการ ก");
  sj_project_set_title (p, "โครงการ ก");
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (p, "title", "โครงการ ข", NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (p, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "โครงการ ข");
  g_free (title);
  sj_project_set_title (p, NULL);
  g_assert_cmpstr (sj_project_get_title (p), ==, "");

  sj_project_set_project_type (p, SJ_PROJECT_TYPE_MEASURE);
  g_assert_cmpuint (notified, ==, 4);
  g_assert_cmpstr (sj_project_type_to_nick (SJ_PROJECT_TYPE_MEASURE), ==, "measure");
  g_assert_cmpstr (sj_project_type_label (SJ_PROJECT_TYPE_MEASURE), ==, "มาตรการ");

  /* Defaults and clamping */
  g_assert_cmpint (sj_settings_get_first_year (s), ==, 2566);
  g_assert_cmpint (sj_settings_get_years (s), ==, 5);
  g_assert_cmpstr (sj_settings_get_font_family (s), ==, "TH Sarabun New");
  sj_settings_set_years (s, 99);
  g_assert_cmpint (sj_settings_get_years (s), ==, 10);
  g_assert_true (sj_settings_get_sub_items (s));
}

static void
count_changes (GListModel *list, guint position, guint removed, guint added, gpointer data)
{
  (*(guint *) data)++;
}

static void
test_model_lists (void)
{
  g_autoptr (SjMission) m = sj_mission_new ();
  g_autoptr (SjProject) a = sj_project_new ();
  g_autoptr (SjProject) b = sj_project_new ();
  guint changes = 0;

  g_signal_connect (sj_mission_get_projects (m), "items-changed", G_CALLBACK (count_changes),
                    &changes);
  sj_mission_append_project (m, a);
  sj_mission_insert_project (m, 0, b);
  g_assert_cmpuint (sj_mission_get_n_projects (m), ==, 2);
  g_assert_true (sj_mission_get_project_at (m, 0) == b);
  g_assert_true (sj_mission_get_project_at (m, 1) == a);
  g_assert_null (sj_mission_get_project_at (m, 2));
  sj_mission_remove_project_at (m, 0);
  g_assert_true (sj_mission_get_project_at (m, 0) == a);
  g_assert_cmpuint (changes, ==, 3);
}

static void
test_model_equal (void)
{
  g_autoptr (SjPlan) a = sj_test_make_clean_plan ();
  g_autoptr (SjPlan) b = sj_test_make_clean_plan ();
  SjProject *p;

  g_assert_true (sj_plan_equal (a, b));
  p = sj_test_first_project (b);
  sj_project_set_title (p, "ชื่ออื่น");
  g_assert_false (sj_plan_equal (a, b));
  sj_project_set_title (p, sj_project_get_title (sj_test_first_project (a)));
  g_assert_true (sj_plan_equal (a, b));
  sj_project_year_set_amount (sj_project_get_year_at (p, 0), 1);
  g_assert_false (sj_plan_equal (a, b));
}

/* Computations -------------------------------------------------------------------------------- */

static SjProject *
add_project (SjMission *mission, const char *id, SjProjectType type, SjMoney per_year,
             SjFundingLine *line)
{
  SjProject *p = sj_project_new ();

  sj_project_set_id (p, id);
  sj_project_set_title (p, id);
  sj_project_set_project_type (p, type);
  sj_project_set_funding (p, line);
  for (guint y = 2566; y <= 2570; y++)
    {
      g_autoptr (SjProjectYear) py = sj_project_year_new ();
      sj_project_year_set_year (py, y);
      if (line == NULL)
        sj_project_year_set_amount (py, per_year);
      sj_project_append_year (p, py);
    }
  sj_mission_append_project (mission, p);
  g_object_unref (p);
  return p;
}

static void
test_totals_and_funding (void)
{
  g_autoptr (SjPlan) plan = sj_plan_new ();
  g_autoptr (SjFundingLine) line = sj_funding_line_new ();
  g_autoptr (SjSummary) s = NULL;
  SjMission *m[2][2];
  SjProject *first, *second, *third;
  const SjTotals *t;

  sj_funding_line_set_id (line, "f1");
  for (guint y = 2566; y <= 2570; y++)
    {
      g_autoptr (SjYearAmount) a = sj_year_amount_new ();
      sj_year_amount_set_year (a, y);
      sj_year_amount_set_value (a, y == 2567 ? sj_money_from_baht (2000) : sj_money_from_baht (1000));
      sj_funding_line_append_amount (line, a);
    }
  sj_plan_append_funding_line (plan, line);
  for (guint d = 0; d < 2; d++)
    {
      g_autoptr (SjDimension) dim = sj_dimension_new ();
      sj_plan_append_dimension (plan, dim);
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr (SjMission) mission = sj_mission_new ();
          sj_dimension_append_mission (dim, mission);
          m[d][i] = mission;
        }
    }
  first = add_project (m[0][0], "a", SJ_PROJECT_TYPE_PROJECT, sj_money_from_baht (100), NULL);
  second = add_project (m[0][0], "b", SJ_PROJECT_TYPE_MEASURE, SJ_MONEY_NONE, line);
  add_project (m[0][1], "c", SJ_PROJECT_TYPE_ACTIVITY, 25050, NULL);
  third = add_project (m[1][1], "d", SJ_PROJECT_TYPE_PROJECT, SJ_MONEY_NONE, line);

  s = sj_summary_new (plan);
  g_assert_cmpuint (sj_summary_get_n_projects (s), ==, 4);
  g_assert_true (sj_summary_get_project (s, 3) == third);

  /* The shared funding line counts once, with the first project that uses it */
  g_assert_cmpint (sj_project_get_amount (third, 2566), ==, sj_money_from_baht (1000));
  g_assert_cmpint (sj_summary_get_counted_amount (s, second, 0), ==, sj_money_from_baht (1000));
  g_assert_cmpint (sj_summary_get_counted_amount (s, third, 0), ==, 0);
  g_assert_true (sj_summary_get_funding_owner (s, third) == second);
  g_assert_null (sj_summary_get_funding_owner (s, second));

  t = sj_summary_get_dimension_totals (s, 0);
  g_assert_cmpuint (t->n_projects, ==, 3);
  g_assert_cmpint (t->years[0], ==, 10000 + 100000 + 25050);
  g_assert_cmpint (t->years[1], ==, 10000 + 200000 + 25050);
  g_assert_cmpuint (t->n_by_type[SJ_PROJECT_TYPE_MEASURE], ==, 1);
  t = sj_summary_get_dimension_totals (s, 1);
  g_assert_cmpuint (t->n_projects, ==, 1);
  g_assert_cmpint (t->total, ==, 0);
  t = sj_summary_get_plan_totals (s);
  g_assert_cmpint (t->years[0], ==, 135050);
  g_assert_cmpint (t->total, ==, 135050 * 5 + 100000);
  t = sj_summary_get_mission_totals (s, m[0][1]);
  g_assert_cmpint (t->years[4], ==, 25050);
  g_assert_cmpuint (t->n_by_type[SJ_PROJECT_TYPE_ACTIVITY], ==, 1);

  /* Numbering: continuous, then restarting in each dimension */
  g_assert_cmpuint (sj_summary_get_project_number (s, third), ==, 4);
  g_assert_cmpuint (sj_summary_get_project_dimension (s, third), ==, 1);
  g_clear_pointer (&s, sj_summary_free);
  sj_settings_set_numbering (sj_plan_get_settings (plan), SJ_NUMBERING_PER_DIMENSION);
  s = sj_summary_new (plan);
  g_assert_cmpuint (sj_summary_get_project_number (s, third), ==, 1);
  g_assert_cmpuint (sj_summary_get_project_number (s, first), ==, 1);
  g_assert_cmpuint (sj_summary_get_project_number (s, second), ==, 2);
}

static void
test_project_texts (void)
{
  g_autoptr (SjProject) p = sj_project_new ();
  g_autofree char *none = sj_project_budget_text (p, TRUE, FALSE);
  g_autofree char *duration = NULL;
  g_autofree char *budget = NULL;
  g_autofree char *budget_thai = NULL;
  g_autofree char *uneven = NULL;
  g_autofree char *odd_years = NULL;
  guint years[] = { 2566, 2568, 2570 };
  guint run[] = { 2566, 2567, 2568 };
  guint two[] = { 2566, 2567 };
  g_autofree char *phrase_run = sj_years_phrase (run, 3, TRUE);
  g_autofree char *phrase_two = sj_years_phrase (two, 2, FALSE);
  g_autofree char *phrase_one = sj_years_phrase (years, 1, FALSE);

  g_assert_cmpstr (none, ==, "ไม่ใช้งบประมาณ");
  g_assert_cmpstr (phrase_run, ==, "๒๕๖๖ – ๒๕๖๘");
  g_assert_cmpstr (phrase_two, ==, "2566 และ 2567");
  g_assert_cmpstr (phrase_one, ==, "2566");

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr (SjProjectYear) py = sj_project_year_new ();
      sj_project_year_set_year (py, years[i]);
      sj_project_year_set_amount (py, 13080000);
      sj_project_append_year (p, py);
    }
  duration = sj_project_duration_text (p, FALSE);
  budget = sj_project_budget_text (p, TRUE, FALSE);
  budget_thai = sj_project_budget_text (p, FALSE, TRUE);
  g_assert_cmpstr (duration, ==, "ปีงบประมาณ พ.ศ. 2566, 2568 และ 2570");
  g_assert_cmpstr (budget, ==, "ปีละ 130,800 บาท (หนึ่งแสนสามหมื่นแปดร้อยบาทถ้วน)");
  g_assert_cmpstr (budget_thai, ==, "ปีละ ๑๓๐,๘๐๐ บาท (หนึ่งแสนสามหมื่นแปดร้อยบาท)");
  g_assert_true (sj_project_has_budget (p));

  sj_project_year_set_amount (sj_project_get_year_at (p, 1), 5000000);
  uneven = sj_project_budget_text (p, TRUE, FALSE);
  g_assert_cmpstr (uneven, ==,
                   "ปี 2566 จำนวน 130,800 บาท (หนึ่งแสนสามหมื่นแปดร้อยบาทถ้วน)\n"
                   "ปี 2568 จำนวน 50,000 บาท (ห้าหมื่นบาทถ้วน)\n"
                   "ปี 2570 จำนวน 130,800 บาท (หนึ่งแสนสามหมื่นแปดร้อยบาทถ้วน)");
  g_assert_cmpint (sj_project_get_amount (p, 2567), ==, SJ_MONEY_NONE);
  odd_years = sj_project_budget_text (p, TRUE, FALSE);
  g_assert_nonnull (odd_years);

  /* Labels: printed as set, or the default */
  {
    g_autoptr (SjFieldLabel) l = sj_field_label_new ();
    sj_field_label_set_field (l, SJ_FORM_FIELD_RATIONALE);
    sj_field_label_set_text (l, "หลักการและเหตุผล/ที่มาของโครงการ");
    sj_project_append_label (p, l);
    g_assert_cmpstr (sj_project_get_label (p, SJ_FORM_FIELD_RATIONALE), ==,
                     "หลักการและเหตุผล/ที่มาของโครงการ");
    g_assert_cmpstr (sj_project_get_label (p, SJ_FORM_FIELD_METHOD), ==, "วิธีดำเนินการ");
  }
}

static void
test_counts_and_cells (void)
{
  SjTotals t = { 0 };
  g_autofree char *plain = NULL;
  g_autofree char *by_type = NULL;
  g_autofree char *dash = sj_money_cell (0, SJ_ZERO_STYLE_DASH, FALSE);
  g_autofree char *thai_zero = sj_money_cell (SJ_MONEY_NONE, SJ_ZERO_STYLE_THAI_ZERO, FALSE);
  g_autofree char *zero = sj_money_cell (0, SJ_ZERO_STYLE_ZERO, FALSE);
  g_autofree char *amount = sj_money_cell (2462394800, SJ_ZERO_STYLE_DASH, TRUE);

  t.n_projects = 19;
  t.n_by_type[SJ_PROJECT_TYPE_PROJECT] = 15;
  t.n_by_type[SJ_PROJECT_TYPE_MEASURE] = 1;
  t.n_by_type[SJ_PROJECT_TYPE_ACTIVITY] = 3;
  plain = sj_counts_text (&t, FALSE, FALSE);
  by_type = sj_counts_text (&t, TRUE, TRUE);
  g_assert_cmpstr (plain, ==, "จำนวน 19 โครงการ");
  g_assert_cmpstr (by_type, ==, "จำนวน ๑๕ โครงการ ๑ มาตรการ ๓ กิจกรรม");
  g_assert_cmpstr (dash, ==, "-");
  g_assert_cmpstr (thai_zero, ==, "๐");
  g_assert_cmpstr (zero, ==, "0");
  g_assert_cmpstr (amount, ==, "๒๔,๖๒๓,๙๔๘");
}

static void
test_facts (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (SjSummary) s = sj_summary_new (plan);
  g_autofree char *count = sj_summary_get_fact (s, "project-count", FALSE);
  g_autofree char *period = sj_summary_get_fact (s, "period", TRUE);
  g_autofree char *d1 = sj_summary_get_fact (s, "dimension-1-count", FALSE);
  g_autofree char *d1name = sj_summary_get_fact (s, "dimension-1-name", FALSE);
  g_autofree char *org = sj_summary_get_fact (s, "organisation", FALSE);
  g_autofree char *total = sj_summary_get_fact (s, "total-per-year", FALSE);

  g_assert_cmpstr (count, ==, "1");
  g_assert_cmpstr (period, ==, "๒๕๖๖ – ๒๕๗๐");
  g_assert_cmpstr (d1, ==, "1");
  g_assert_cmpstr (d1name, ==, "การสร้างวัฒนธรรมสุจริต");
  g_assert_cmpstr (org, ==, "เทศบาลตำบลตัวอย่าง");
  g_assert_cmpstr (total, ==, "50,000");
  g_assert_null (sj_summary_get_fact (s, "dimension-9-count", FALSE));
  g_assert_null (sj_summary_get_fact (s, "no-such-fact", FALSE));
}

/* Counts by type, for the plan and for each dimension, as the preface prints them. */
static void
test_facts_by_type (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);
  static const SjProjectType types[] = { SJ_PROJECT_TYPE_MEASURE, SJ_PROJECT_TYPE_MEASURE,
                                         SJ_PROJECT_TYPE_ACTIVITY, SJ_PROJECT_TYPE_NONE };
  g_autoptr (SjSummary) s = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr (SjProject) p = sj_project_copy (sj_test_first_project (plan));
      g_autofree char *id = g_strdup_printf ("p%u", i + 2);
      sj_project_set_id (p, id);
      sj_project_set_project_type (p, types[i]);
      sj_mission_append_project (mission, p);
    }
  s = sj_summary_new (plan);
  {
    g_autofree char *all = sj_summary_get_fact (s, "counts-by-type", FALSE);
    g_autofree char *thai = sj_summary_get_fact (s, "counts-by-type", TRUE);
    g_autofree char *d1 = sj_summary_get_fact (s, "dimension-1-counts-by-type", FALSE);
    g_autofree char *measures = sj_summary_get_fact (s, "type-measure-count", FALSE);
    g_autofree char *projects = sj_summary_get_fact (s, "dimension-1-type-project-count", FALSE);
    g_autofree char *activities = sj_summary_get_fact (s, "type-activity-count", FALSE);
    /* items without a type count as projects: 1 + 1 */
    g_assert_cmpstr (all, ==, "จำนวน 2 โครงการ 2 มาตรการ 1 กิจกรรม");
    g_assert_cmpstr (thai, ==, "จำนวน ๒ โครงการ ๒ มาตรการ ๑ กิจกรรม");
    g_assert_cmpstr (d1, ==, all);
    g_assert_cmpstr (measures, ==, "2");
    g_assert_cmpstr (projects, ==, "2");
    g_assert_cmpstr (activities, ==, "1");
  }
  g_assert_null (sj_summary_get_fact (s, "dimension-2-counts-by-type", FALSE));
  g_assert_null (sj_summary_get_fact (s, "project-years", FALSE)); /* only in a project's form */

  /* The grammar of names, as the reader and the schema know it */
  g_assert_true (sj_fact_name_is_known ("counts-by-type"));
  g_assert_true (sj_fact_name_is_known ("dimension-12-type-activity-count"));
  g_assert_true (sj_fact_name_is_known ("project-years"));
  g_assert_false (sj_fact_name_is_known ("dimension-0-count"));
  g_assert_false (sj_fact_name_is_known ("dimension-100-count"));
  g_assert_false (sj_fact_name_is_known ("dimension-1-counts"));
  g_assert_false (sj_fact_name_is_known ("project-count "));
  g_assert_false (sj_fact_name_is_known (""));
  for (const char *const *n = sj_fact_names (); *n; n++)
    {
      g_autofree char *concrete = g_strdup (*n);
      char *N = strstr (concrete, "-N-");
      if (N)
        N[1] = '3';
      g_assert_true (sj_fact_name_is_known (concrete));
    }
}

/* The year phrase of a title, generated from the years the project runs. */
static void
test_title_years (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  SjProject *p = sj_test_first_project (plan);
  g_autofree char *plain = sj_project_get_display_title (p, FALSE);

  g_assert_cmpstr (plain, ==, "โครงการส่งเสริมคุณธรรมของบุคลากร");
  sj_project_set_title_years (p, SJ_TITLE_YEARS_FISCAL);
  {
    g_autofree char *t = sj_project_get_display_title (p, FALSE);
    g_autofree char *th = sj_project_get_display_title (p, TRUE);
    g_assert_cmpstr (t, ==, "โครงการส่งเสริมคุณธรรมของบุคลากร ประจำปีงบประมาณ พ.ศ.\u00a02566\u00a0–\u00a02570");
    g_assert_cmpstr (th, ==, "โครงการส่งเสริมคุณธรรมของบุคลากร ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๖\u00a0–\u00a0๒๕๗๐");
  }
  /* Runs in 2567 and 2569 only */
  while (sj_project_get_n_years (p) > 0)
    sj_project_remove_year_at (p, 0);
  for (guint y = 2567; y <= 2569; y += 2)
    {
      g_autoptr (SjProjectYear) py = sj_project_year_new ();
      sj_project_year_set_year (py, y);
      sj_project_append_year (p, py);
    }
  sj_project_set_title_years (p, SJ_TITLE_YEARS_YEARS);
  {
    g_autofree char *t = sj_project_get_display_title (p, TRUE);
    g_assert_cmpstr (t, ==, "โครงการส่งเสริมคุณธรรมของบุคลากร ประจำปี ๒๕๖๗ และ ๒๕๖๙");
  }
  /* A project that runs in no year prints its title alone */
  while (sj_project_get_n_years (p) > 0)
    sj_project_remove_year_at (p, 0);
  {
    g_autofree char *t = sj_project_get_display_title (p, FALSE);
    g_assert_cmpstr (t, ==, "โครงการส่งเสริมคุณธรรมของบุคลากร");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse", test_money_parse);
  g_test_add_func ("/money/format", test_money_format);
  g_test_add_func ("/money/overflow", test_money_overflow);
  g_test_add_func ("/compute/totals-overflow", test_totals_overflow);
  g_test_add_func ("/money/baht-text", test_baht_text);
  g_test_add_func ("/thai/digits", test_digits);
  g_test_add_func ("/thai/letters", test_thai_letters);
  g_test_add_func ("/thai/dates", test_dates);
  g_test_add_func ("/thai/fiscal-quarters", test_fiscal_quarters);
  g_test_add_func ("/rich/basics", test_rich);
  g_test_add_func ("/rich/list-markers", test_list_markers);
  g_test_add_func ("/model/properties", test_model_properties);
  g_test_add_func ("/model/lists", test_model_lists);
  g_test_add_func ("/model/equal", test_model_equal);
  g_test_add_func ("/compute/totals-and-funding", test_totals_and_funding);
  g_test_add_func ("/compute/project-texts", test_project_texts);
  g_test_add_func ("/compute/counts-and-cells", test_counts_and_cells);
  g_test_add_func ("/compute/facts", test_facts);
  g_test_add_func ("/compute/facts-by-type", test_facts_by_type);
  g_test_add_func ("/compute/title-years", test_title_years);

  return g_test_run ();
}
