/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-thai"
#include "config.h"

#include "sj-thai.h"

#include <string.h>

static const char *const thai_digit_words[] = {
  "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
};
static const char *const thai_place_words[] = { "", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน" };

static const char *const month_names[] = {
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};
static const char *const month_abbrevs[] = {
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
  "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

/* Converts ASCII digits to Thai digits (๐–๙). Everything else is copied unchanged. */
char *
sj_thai_digits (const char *text)
{
  GString *s;

  if (text == NULL)
    return NULL;
  s = g_string_sized_new (strlen (text) + 16);
  for (const char *p = text; *p; p++)
    {
      if (*p >= '0' && *p <= '9')
        g_string_append_unichar (s, 0x0E50 + (*p - '0'));
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* Converts Thai digits to ASCII digits. */
char *
sj_arabic_digits (const char *text)
{
  GString *s;

  if (text == NULL)
    return NULL;
  s = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0x0E50 && c <= 0x0E59)
        g_string_append_c (s, '0' + (c - 0x0E50));
      else
        g_string_append_len (s, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (s, FALSE);
}

char *
sj_thai_digits_if (const char *text, gboolean thai)
{
  return thai ? sj_thai_digits (text) : g_strdup (text);
}

/* Words for 0 < @group < 1,000,000. @after_higher says whether a higher digit of the whole
 * number is non-zero, which makes a final 1 read "เอ็ด". */
static void
append_group_words (GString *s, guint group, gboolean after_higher)
{
  int digits[6];
  int top = -1;

  for (int i = 0; i < 6; i++)
    {
      digits[i] = group % 10;
      group /= 10;
      if (digits[i] != 0)
        top = i;
    }
  for (int i = top; i >= 0; i--)
    {
      int d = digits[i];
      if (d == 0)
        continue;
      if (i == 1)
        {
          if (d == 2)
            g_string_append (s, "ยี่");
          else if (d != 1)
            g_string_append (s, thai_digit_words[d]);
          g_string_append (s, "สิบ");
        }
      else if (i == 0)
        {
          if (d == 1 && (top > 0 || after_higher))
            g_string_append (s, "เอ็ด");
          else
            g_string_append (s, thai_digit_words[d]);
        }
      else
        {
          g_string_append (s, thai_digit_words[d]);
          g_string_append (s, thai_place_words[i]);
        }
    }
}

static void
append_number_words (GString *s, guint64 value)
{
  guint groups[4]; /* value < 10^24 */
  int n = 0;
  gboolean higher = FALSE;

  if (value == 0)
    {
      g_string_append (s, thai_digit_words[0]);
      return;
    }
  while (value > 0)
    {
      groups[n++] = value % 1000000;
      value /= 1000000;
    }
  for (int i = n - 1; i >= 0; i--)
    {
      if (groups[i] != 0)
        {
          append_group_words (s, groups[i], higher);
          higher = TRUE;
        }
      if (i > 0)
        g_string_append (s, "ล้าน");
    }
}

/* The Thai words for a whole number: 21 → "ยี่สิบเอ็ด", 1000001 → "หนึ่งล้านเอ็ด". */
char *
sj_thai_number_words (guint64 value)
{
  GString *s = g_string_new (NULL);
  append_number_words (s, value);
  return g_string_free (s, FALSE);
}

/**
 * sj_baht_text:
 * @amount: the amount in satang
 * @exact_suffix: end whole amounts with "ถ้วน"
 *
 * Spells an amount in Thai words, as on cheques and in Part 3 of the plan:
 * 130,800 → "หนึ่งแสนสามหมื่นแปดร้อยบาทถ้วน"; 1,234.50 → "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์".
 */
char *
sj_baht_text (SjMoney amount, gboolean exact_suffix)
{
  GString *s = g_string_new (NULL);
  guint64 abs_value, baht;
  guint satang;

  g_return_val_if_fail (amount != SJ_MONEY_NONE, g_strdup (""));

  abs_value = amount < 0 ? (guint64) (-(amount + 1)) + 1 : (guint64) amount;
  baht = abs_value / 100;
  satang = abs_value % 100;

  if (amount < 0)
    g_string_append (s, "ลบ");
  if (baht > 0 || satang == 0)
    {
      append_number_words (s, baht);
      g_string_append (s, "บาท");
    }
  if (satang > 0)
    {
      append_number_words (s, satang);
      g_string_append (s, "สตางค์");
    }
  else if (exact_suffix)
    g_string_append (s, "ถ้วน");
  return g_string_free (s, FALSE);
}

const char *
sj_thai_month_name (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return month_names[month - 1];
}

const char *
sj_thai_month_abbrev (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return month_abbrevs[month - 1];
}

/* Front-matter page "numbers": ก ข ค … ฮ, then กก, กข … The letters ฃ and ฅ (obsolete) and
 * ฤ ฦ are skipped, as in official Thai documents. */
char *
sj_thai_letter_number (guint n)
{
  static const char *const letters[] = {
    "ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ", "ด", "ต", "ถ",
    "ท", "ธ", "น", "บ", "ป", "ผ", "ฝ", "พ", "ฟ", "ภ", "ม", "ย", "ร", "ล", "ว", "ศ", "ษ", "ส", "ห",
    "ฬ", "อ", "ฮ",
  };
  const guint n_letters = G_N_ELEMENTS (letters);
  GString *s;

  g_return_val_if_fail (n >= 1, g_strdup (""));
  s = g_string_new (NULL);
  if (n > n_letters)
    g_string_append (s, letters[((n - 1) / n_letters - 1) % n_letters]);
  g_string_append (s, letters[(n - 1) % n_letters]);
  return g_string_free (s, FALSE);
}

char *
sj_format_int (gint64 value, gboolean grouping, gboolean thai)
{
  g_autofree char *plain = NULL;

  plain = sj_money_format (value * 100, SJ_MONEY_DECIMALS_NEVER, grouping);
  return sj_thai_digits_if (plain, thai);
}

/* Collapses runs of white space to one space and trims both ends. */
char *
sj_normalize_space (const char *text)
{
  GString *s;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  s = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = s->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (s, ' ');
      space = FALSE;
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

gboolean
sj_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

void
sj_fiscal_quarter (const GDate *date, guint *fiscal_year_be, guint *quarter)
{
  guint month, year_be;

  g_return_if_fail (date != NULL && g_date_valid (date));
  month = g_date_get_month (date);
  year_be = g_date_get_year (date) + SJ_BE_OFFSET;
  if (month >= 10)
    year_be++;
  if (fiscal_year_be)
    *fiscal_year_be = year_be;
  if (quarter)
    *quarter = month >= 10 ? 1 : (month + 2) / 3 + 1;
}

/* "ต.ค.–ธ.ค. 65" for quarter 1 of fiscal year 2566. */
char *
sj_fiscal_quarter_months (guint quarter, guint fiscal_year_be, gboolean thai)
{
  static const guint first_month[] = { 10, 1, 4, 7 };
  guint m1, m2, year;
  g_autofree char *s = NULL;

  g_return_val_if_fail (quarter >= 1 && quarter <= 4, g_strdup (""));
  m1 = first_month[quarter - 1];
  m2 = m1 + 2;
  year = quarter == 1 ? fiscal_year_be - 1 : fiscal_year_be;
  s = g_strdup_printf ("%s–%s %02u", month_abbrevs[m1 - 1], month_abbrevs[m2 - 1], year % 100);
  return sj_thai_digits_if (s, thai);
}

/* Where Thai typesetting forbids a line break that the word breaker (libthai) and UAX #14 would
 * allow, one alternative each, longest first:
 * - พ.ศ. (ค.ศ., ร.ศ.) with its year or range of years, with its brackets: "(พ.ศ. ๒๕๖๖ – ๒๕๗๐)";
 * - a range of years: "2566-2570";
 * - an abbreviation with dots: ป.ป.ช., ก.พ.ร., and one of two or three letters: อบต., อบจ.;
 * - a word that counts with its number: "ร้อยละ 80", "ข้อ 5", "ลำดับที่ ๓";
 * - a number with its unit: "1 ครั้ง", "๑๐ คน", "1,000,000 บาท" (with the unit's first letter);
 * - ๆ and ฯ with the word they repeat or shorten, even after a space: "ต่าง ๆ", "กรุงเทพฯ";
 * - a closing quotation mark or bracket with what it closes, an opening one with what it opens.
 * Repetitions are bounded, so no span is ever long: a line can always be broken somewhere. */
#define DIGIT "[0-9\u0E50-\u0E59]"
#define SPACE "[ \u00A0]"
static const char unbreakable_pattern[] =
  "\\(?[\u0E1E\u0E04\u0E23]\\.\u0E28\\." SPACE "{0,2}" DIGIT "{4}"
  "(?:" SPACE "{0,2}[-\u2013\u2014]" SPACE "{0,2}" DIGIT "{4})?\\)?"
  "|" DIGIT "{4}" SPACE "{0,2}[-\u2013\u2014]" SPACE "{0,2}" DIGIT "{4}"
  "|(?:[\u0E01-\u0E2E]{1,3}\\.){2,6}"
  "|(?<![\u0E01-\u0E4E])[\u0E01-\u0E2E]{2,3}\\.(?![\u0E01-\u0E4E])"
  "|(?:\u0E23\u0E49\u0E2D\u0E22\u0E25\u0E30|\u0E02\u0E49\u0E2D|\u0E21\u0E32\u0E15\u0E23\u0E32"
  "|\u0E25\u0E33\u0E14\u0E31\u0E1A\u0E17\u0E35\u0E48|\u0E04\u0E23\u0E31\u0E49\u0E07\u0E17\u0E35\u0E48)"
  SPACE "{1,2}" DIGIT
  "|" DIGIT "[0-9\u0E50-\u0E59,.]{0,20}" SPACE "{1,2}[\u0E01-\u0E4E]"
  "|[^ \u00A0\n]" SPACE "{0,2}[\u0E46\u0E2F]"
  "|[^ \u00A0\n][\u201D\u2019)\\]]"
  "|[\u201C\u2018(\\[][^ \u00A0\n]";

static GRegex *
unbreakable_regex (void)
{
  static GRegex *regex;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      g_autoptr (GError) error = NULL;
      regex = g_regex_new (unbreakable_pattern, G_REGEX_OPTIMIZE, 0, &error);
      g_assert_no_error (error);
      g_once_init_leave (&once, 1);
    }
  return regex;
}

/**
 * sj_thai_unbreakable_spans:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1
 *
 * The stretches of @text inside which a line must not break (see unbreakable_pattern), in
 * order and never overlapping: a span that would overlap the one before it is left out, so a
 * chain of them ("ๆๆๆ…") never makes a run that cannot be broken.
 *
 * Returns: (transfer full) (element-type SjSpan): the spans, possibly none
 */
GArray *
sj_thai_unbreakable_spans (const char *text, gssize len)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (SjSpan));
  g_autoptr (GMatchInfo) info = NULL;
  guint last_end = 0;

  if (text == NULL)
    return spans;
  if (len < 0)
    len = strlen (text);
  g_regex_match_full (unbreakable_regex (), text, len, 0, 0, &info, NULL);
  while (g_match_info_matches (info))
    {
      int start, end;
      if (g_match_info_fetch_pos (info, 0, &start, &end) && end > start
          && (spans->len == 0 || (guint) start >= last_end))
        {
          SjSpan span = { (guint) start, (guint) end };
          g_array_append_val (spans, span);
          last_end = (guint) end;
        }
      g_match_info_next (info, NULL);
    }
  return spans;
}
