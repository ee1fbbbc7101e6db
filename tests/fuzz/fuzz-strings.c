/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: every parser and formatter of typed text — amounts of money (Arabic and
 * Thai digits, grouping), ISO dates, digit conversion, white space, CSV quoting, list markers,
 * amounts in Thai words — with round trips where there is one to check. */
#include "config.h"

#include "sj-budget-csv.h"
#include "sj-csv.h"
#include "sj-date.h"
#include "sj-money.h"
#include "sj-rich.h"
#include "sj-thai.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define CHECK(cond)                                                                              \
  G_STMT_START                                                                                   \
  {                                                                                              \
    if (!(cond))                                                                                 \
      {                                                                                          \
        fprintf (stderr, "%s:%d: %s\n", __FILE__, __LINE__, #cond);                               \
        abort ();                                                                                \
      }                                                                                          \
  }                                                                                              \
  G_STMT_END

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  SjMoney m;
  SjDate d;
  guint n = size ? data[0] : 0;

  if (sj_money_parse (text, &m, NULL))
    {
      g_autofree char *plain = sj_money_to_plain (m);
      g_autofree char *grouped = sj_money_format (m, SJ_MONEY_DECIMALS_ALWAYS, TRUE);
      g_autofree char *words = NULL;
      SjMoney back;
      CHECK (m >= -SJ_MONEY_MAX && m <= SJ_MONEY_MAX);
      CHECK (sj_money_parse (plain, &back, NULL) && back == m);
      CHECK (sj_money_parse (grouped, &back, NULL) && back == m);
      if (m >= 0)
        {
          words = sj_baht_text (m, n & 1);
          CHECK (g_utf8_validate (words, -1, NULL));
        }
    }
  if (sj_date_parse_iso (text, &d))
    {
      g_autofree char *iso = sj_date_to_iso (&d);
      g_autofree char *shown = sj_date_format (&d, n % 5, n & 1);
      SjDate back;
      CHECK (sj_date_parse_iso (iso, &back) && sj_date_equal (&d, &back));
      CHECK (g_utf8_validate (shown, -1, NULL));
    }
  if (g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *thai = sj_thai_digits (text);
      g_autofree char *arabic = sj_arabic_digits (thai);
      g_autofree char *arabic_direct = sj_arabic_digits (text);
      g_autofree char *normal = sj_normalize_space (text);
      g_autofree char *normal_again = sj_normalize_space (normal);
      g_autofree char *quoted = sj_csv_quote (text);
      g_autoptr (SjRich) rich = sj_rich_new_plain (text);
      CHECK (g_utf8_validate (thai, -1, NULL));
      CHECK (strcmp (arabic, arabic_direct) == 0);
      CHECK (strcmp (normal, normal_again) == 0);
      CHECK (g_utf8_validate (quoted, -1, NULL));
      CHECK (rich != NULL);
      /* A field quoted for CSV reads back as itself */
      {
        g_autofree char *line = g_strconcat (quoted, ",x\n", NULL);
        g_autoptr (GPtrArray) rows = sj_csv_parse (line, strlen (line), NULL);
        CHECK (rows != NULL && rows->len >= 1);
        /* (a byte-order mark at the start of a file is skipped, as spreadsheets write one) */
        if (strpbrk (text, "\r\n") == NULL && *text && !g_str_has_prefix (text, "\xef\xbb\xbf"))
          CHECK (strcmp (((char **) rows->pdata[0])[0], text) == 0);
      }
    }
  /* The CSV reader on anything: rows or an error, never a crash */
  {
    g_autoptr (GPtrArray) rows = sj_csv_parse ((const char *) data, size, NULL);
    for (guint i = 0; rows && i < rows->len; i++)
      CHECK (g_strv_length (rows->pdata[i]) >= 1);
  }
  for (int style = SJ_LIST_NUMBER_PAREN; style <= SJ_LIST_PLAIN; style++)
    {
      g_autofree char *marker = sj_list_marker (style, size > 1 && g_utf8_validate (text, -1, NULL)
                                                          ? text : NULL,
                                                n * 131 + size, n & 1);
      CHECK (marker != NULL && g_utf8_validate (marker, -1, NULL));
    }
  return 0;
}
