/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * SjDate:
 * @year: the year of the Common Era (a Buddhist Era year is @year + 543)
 * @month: 1–12, or 0 when only the year is known
 * @day: 1–31, or 0 when the day is left blank for handwriting (official pages are often
 *   printed before they are signed)
 *
 * A calendar date that may be partial. A complete date is always a valid GDate.
 */
typedef struct
{
  guint16 year;
  guint8 month;
  guint8 day;
} SjDate;

typedef enum
{
  SJ_DATE_STYLE_FULL,       /* "๒๙ กันยายน พ.ศ. ๒๕๖๕" */
  SJ_DATE_STYLE_FULL_MONTH, /* "๒๙ เดือน กันยายน พ.ศ. ๒๕๖๕" */
  SJ_DATE_STYLE_PLAIN,      /* "29 กันยายน 2565" */
  SJ_DATE_STYLE_ABBREV,     /* "29 ก.ย. 65" */
  SJ_DATE_STYLE_MONTH_YEAR, /* "กันยายน 2565" */
} SjDateStyle;

#define SJ_TYPE_DATE (sj_date_get_type ())
GType sj_date_get_type (void) G_GNUC_CONST;

SjDate *sj_date_new (guint year, guint month, guint day);
SjDate *sj_date_copy (const SjDate *date);
void sj_date_free (SjDate *date);
gboolean sj_date_equal (const SjDate *a, const SjDate *b);
gboolean sj_date_parse_iso (const char *text, SjDate *out);
char *sj_date_to_iso (const SjDate *date);
gboolean sj_date_to_gdate (const SjDate *date, GDate *out);
char *sj_date_format (const SjDate *date, SjDateStyle style, gboolean thai_digits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjDate, sj_date_free)

G_END_DECLS
