/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-date"
#include "config.h"

#include "sj-date.h"
#include "sj-thai.h"

#include <stdlib.h>

G_DEFINE_BOXED_TYPE (SjDate, sj_date, sj_date_copy, sj_date_free)

static gboolean
date_is_valid (guint year, guint month, guint day)
{
  if (year < 1 || year > 9999 || month > 12)
    return FALSE;
  if (month == 0)
    return day == 0;
  if (day == 0)
    return TRUE;
  return g_date_valid_dmy (day, month, year);
}

SjDate *
sj_date_new (guint year, guint month, guint day)
{
  SjDate *d;

  g_return_val_if_fail (date_is_valid (year, month, day), NULL);
  d = g_new0 (SjDate, 1);
  d->year = year;
  d->month = month;
  d->day = day;
  return d;
}

SjDate *
sj_date_copy (const SjDate *date)
{
  return date ? g_memdup2 (date, sizeof *date) : NULL;
}

void
sj_date_free (SjDate *date)
{
  g_free (date);
}

gboolean
sj_date_equal (const SjDate *a, const SjDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->year == b->year && a->month == b->month && a->day == b->day;
}

/* Parses "2022-09-29", "2022-09" (day left blank) or "2022" (Common Era). */
gboolean
sj_date_parse_iso (const char *text, SjDate *out)
{
  guint v[3] = { 0, 0, 0 };
  int n = 0;
  const char *p = text;

  if (text == NULL)
    return FALSE;
  while (n < 3)
    {
      char *end;
      guint64 x;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      x = g_ascii_strtoull (p, &end, 10);
      if (end - p != (n == 0 ? 4 : 2) || x > 9999)
        return FALSE;
      v[n++] = (guint) x;
      p = end;
      if (*p == '\0')
        break;
      if (*p != '-')
        return FALSE;
      p++;
    }
  if (*p != '\0' || !date_is_valid (v[0], v[1], v[2]))
    return FALSE;
  out->year = v[0];
  out->month = v[1];
  out->day = v[2];
  return TRUE;
}

char *
sj_date_to_iso (const SjDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  if (date->month == 0)
    return g_strdup_printf ("%04u", date->year);
  if (date->day == 0)
    return g_strdup_printf ("%04u-%02u", date->year, date->month);
  return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
}

gboolean
sj_date_to_gdate (const SjDate *date, GDate *out)
{
  g_return_val_if_fail (date != NULL, FALSE);
  if (date->day == 0 || date->month == 0)
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, date->day, date->month, date->year);
  return TRUE;
}

/**
 * sj_date_format:
 *
 * Prints the date in the Buddhist Era with Thai month names. A blank day prints as a run of
 * spaces wide enough to write the day by hand.
 */
char *
sj_date_format (const SjDate *date, SjDateStyle style, gboolean thai_digits)
{
  g_autoptr (GString) s = g_string_new (NULL);
  guint be;

  g_return_val_if_fail (date != NULL, g_strdup (""));
  be = date->year + SJ_BE_OFFSET;

  if (date->month == 0)
    g_string_append_printf (s, style == SJ_DATE_STYLE_FULL || style == SJ_DATE_STYLE_FULL_MONTH
                                 ? "พ.ศ. %u" : "%u", be);
  else
    switch (style)
      {
      case SJ_DATE_STYLE_FULL:
      case SJ_DATE_STYLE_FULL_MONTH:
        if (date->day)
          g_string_append_printf (s, "%u ", date->day);
        else
          g_string_append (s, "      ");
        if (style == SJ_DATE_STYLE_FULL_MONTH)
          g_string_append (s, "เดือน ");
        g_string_append_printf (s, "%s พ.ศ. %u", sj_thai_month_name (date->month), be);
        break;
      case SJ_DATE_STYLE_PLAIN:
        if (date->day)
          g_string_append_printf (s, "%u ", date->day);
        g_string_append_printf (s, "%s %u", sj_thai_month_name (date->month), be);
        break;
      case SJ_DATE_STYLE_ABBREV:
        if (date->day)
          g_string_append_printf (s, "%u ", date->day);
        g_string_append_printf (s, "%s %02u", sj_thai_month_abbrev (date->month), be % 100);
        break;
      case SJ_DATE_STYLE_MONTH_YEAR:
      default:
        g_string_append_printf (s, "%s %u", sj_thai_month_name (date->month), be);
        break;
      }
  return sj_thai_digits_if (s->str, thai_digits);
}
