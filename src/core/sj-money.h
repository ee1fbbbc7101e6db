/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SjMoney:
 *
 * An exact amount of money in satang (1/100 baht). Never a floating point value.
 * %SJ_MONEY_NONE marks "no amount" (ไม่ใช้งบประมาณ), which differs from zero.
 */
typedef gint64 SjMoney;

#define SJ_MONEY_NONE G_MININT64
/* A sum too large to be held exactly (beyond ±92,233,720,368,547,758 baht). It is sticky: adding
 * anything to it gives it again, so a total is either exact or marked, never silently wrong. The
 * checker reports it; it prints as "เกินขีดจำกัด". */
#define SJ_MONEY_OVERFLOW G_MAXINT64
/* The largest amount accepted for one value: 100,000,000,000 baht. Sums of up to 9 × 10^5 such
 * values stay exact; more give %SJ_MONEY_OVERFLOW. */
#define SJ_MONEY_MAX ((SjMoney) 10000000000000)

typedef enum
{
  SJ_MONEY_DECIMALS_AUTO,   /* "1,234" or "1,234.50" */
  SJ_MONEY_DECIMALS_ALWAYS, /* "1,234.00" */
  SJ_MONEY_DECIMALS_NEVER,  /* "1,234" (satang are rounded half away from zero) */
} SjMoneyDecimals;

#define SJ_MONEY_ERROR (sj_money_error_quark ())
GQuark sj_money_error_quark (void);

typedef enum
{
  SJ_MONEY_ERROR_SYNTAX,
  SJ_MONEY_ERROR_RANGE,
} SjMoneyError;

gboolean sj_money_parse (const char *text, SjMoney *out, GError **error);
char *sj_money_to_plain (SjMoney amount);
char *sj_money_format (SjMoney amount, SjMoneyDecimals decimals, gboolean grouping);
SjMoney sj_money_add (SjMoney a, SjMoney b);
#define sj_money_from_baht(b) ((SjMoney) (b) * 100)

G_END_DECLS
