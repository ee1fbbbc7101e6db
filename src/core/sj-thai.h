/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sj-money.h"

G_BEGIN_DECLS

char *sj_thai_digits (const char *text);
char *sj_arabic_digits (const char *text);
char *sj_thai_digits_if (const char *text, gboolean thai);
char *sj_baht_text (SjMoney amount, gboolean exact_suffix);
char *sj_thai_number_words (guint64 value);
const char *sj_thai_month_name (guint month);
const char *sj_thai_month_abbrev (guint month);
char *sj_thai_letter_number (guint n);
char *sj_format_int (gint64 value, gboolean grouping, gboolean thai);
char *sj_normalize_space (const char *text);
gboolean sj_text_is_blank (const char *text);

/* A stretch of text a line must not break inside: bytes [start, end). */
typedef struct
{
  guint start;
  guint end;
} SjSpan;

GArray *sj_thai_unbreakable_spans (const char *text, gssize len);

/* Fiscal year: 1 October (BE year - 1) to 30 September (BE year). */
void sj_fiscal_quarter (const GDate *date, guint *fiscal_year_be, guint *quarter);
char *sj_fiscal_quarter_months (guint quarter, guint fiscal_year_be, gboolean thai);

#define SJ_BE_OFFSET 543

G_END_DECLS
