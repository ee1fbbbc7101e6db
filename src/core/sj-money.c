/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-money"
#include "config.h"

#include "sj-money.h"

#include <glib/gi18n-lib.h>
#include <string.h>

G_DEFINE_QUARK (sj-money-error-quark, sj_money_error)

/* Returns the value 0-9 of an ASCII or Thai digit at @p, advancing @p, or -1. */
static int
take_digit (const char **p)
{
  const guchar *s = (const guchar *) *p;

  if (*s >= '0' && *s <= '9')
    {
      *p += 1;
      return *s - '0';
    }
  /* Thai digits U+0E50..U+0E59 are E0 B9 90..99 in UTF-8. */
  if (s[0] == 0xE0 && s[1] == 0xB9 && s[2] >= 0x90 && s[2] <= 0x99)
    {
      *p += 3;
      return s[2] - 0x90;
    }
  return -1;
}

/**
 * sj_money_parse:
 * @text: a decimal amount in baht: "1234", "1,234,567", "1234.5", "-20.25", Thai digits allowed
 * @out: (out): the amount in satang
 *
 * Parses an exact decimal amount. Grouping commas must be well placed; at most two decimals.
 */
gboolean
sj_money_parse (const char *text, SjMoney *out, GError **error)
{
  const char *p;
  gboolean negative = FALSE;
  gint64 baht = 0;
  int satang = 0;
  int n_int_digits = 0;
  int group_digits = -1; /* digits since the last comma, -1 before any comma */
  int d;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  p = text;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    negative = (*p++ == '-');

  while (TRUE)
    {
      if (*p == ',')
        {
          if (n_int_digits == 0 || (group_digits != -1 && group_digits != 3)
              || (group_digits == -1 && n_int_digits > 3))
            goto syntax;
          group_digits = 0;
          p++;
          continue;
        }
      d = take_digit (&p);
      if (d < 0)
        break;
      if (baht > SJ_MONEY_MAX / 100)
        goto range;
      baht = baht * 10 + d;
      n_int_digits++;
      if (group_digits != -1)
        group_digits++;
    }
  if (n_int_digits == 0 || (group_digits != -1 && group_digits != 3))
    goto syntax;

  if (*p == '.')
    {
      int n = 0;
      p++;
      while ((d = take_digit (&p)) >= 0)
        {
          if (n == 2)
            {
              if (d != 0)
                goto syntax;
              continue; /* "1.500" is accepted as 1.50 */
            }
          satang = satang * 10 + d;
          n++;
        }
      if (n == 0)
        goto syntax;
      if (n == 1)
        satang *= 10;
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0')
    goto syntax;

  if (baht * 100 + satang > SJ_MONEY_MAX)
    goto range;
  *out = (baht * 100 + satang) * (negative ? -1 : 1);
  return TRUE;

syntax:
  g_set_error (error, SJ_MONEY_ERROR, SJ_MONEY_ERROR_SYNTAX,
               _("“%s” is not an amount of money (write it like 1,234,567 or 1234.50)"), text);
  return FALSE;
range:
  g_set_error (error, SJ_MONEY_ERROR, SJ_MONEY_ERROR_RANGE,
               _("“%s” is too large an amount of money"), text);
  return FALSE;
}

/* The plain decimal form used in files and CSV: "24623948" or "24623948.50". */
char *
sj_money_to_plain (SjMoney amount)
{
  return sj_money_format (amount, SJ_MONEY_DECIMALS_AUTO, FALSE);
}

char *
sj_money_format (SjMoney amount, SjMoneyDecimals decimals, gboolean grouping)
{
  GString *s;
  guint64 abs_value;
  guint64 baht;
  guint satang;
  char digits[32];
  int len, i;

  g_return_val_if_fail (amount != SJ_MONEY_NONE, g_strdup (""));
  if (amount == SJ_MONEY_OVERFLOW)
    return g_strdup ("เกินขีดจำกัด");

  abs_value = amount < 0 ? (guint64) (-(amount + 1)) + 1 : (guint64) amount;
  baht = abs_value / 100;
  satang = abs_value % 100;
  if (decimals == SJ_MONEY_DECIMALS_NEVER && satang >= 50)
    baht++;

  s = g_string_new (NULL);
  if (amount < 0 && (baht > 0 || (satang > 0 && decimals != SJ_MONEY_DECIMALS_NEVER)))
    g_string_append_c (s, '-');

  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, baht);
  for (i = 0; i < len; i++)
    {
      if (grouping && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }

  if (decimals == SJ_MONEY_DECIMALS_ALWAYS
      || (decimals == SJ_MONEY_DECIMALS_AUTO && satang != 0))
    g_string_append_printf (s, ".%02u", satang);

  return g_string_free (s, FALSE);
}

/* Adds two amounts exactly, treating %SJ_MONEY_NONE as zero; a sum that cannot be held is
 * %SJ_MONEY_OVERFLOW, and so is any sum with it. */
SjMoney
sj_money_add (SjMoney a, SjMoney b)
{
  SjMoney r;

  if (a == SJ_MONEY_NONE)
    a = 0;
  if (b == SJ_MONEY_NONE)
    b = 0;
  if (a == SJ_MONEY_OVERFLOW || b == SJ_MONEY_OVERFLOW || __builtin_add_overflow (a, b, &r)
      || r == SJ_MONEY_NONE)
    return SJ_MONEY_OVERFLOW;
  return r;
}
