/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The book as its builders see it: sj-book.c lays out the plan book's parts, and other files
 * (sj-report-book.c) build parts of their own with the same helpers. */

#include "sj-book.h"
#include "sj-compute.h"
#include "sj-flow.h"

G_BEGIN_DECLS

struct _SjBook
{
  SjPlan *plan;
  SjSettings *settings;
  SjOrganisation *org;
  SjSummary *summary;
  SjTypesetter *ts;
  GPtrArray *pages;   /* of SjPage */
  GPtrArray *outline; /* of SjOutlineEntry */
  GArray *parts;      /* of SjPart, in print order */
  gboolean thai_cover, thai_announcement, thai_body, thai_tables;
  double size;
  GHashTable *dest_names; /* the link targets named so far (each name once in a book) */
  guint part_serial;      /* headings of the part being laid out, for their names */
  guint report_year;  /* the report part's fiscal year and round */
  SjRound report_round;
};

SjStyle sj_book_style (SjBook *book, double size, gboolean bold, SjAlign align);
PangoLayout *sj_book_cell_layout (SjBook *book, SjFlow *flow, const char *text, double width,
                                  gboolean bold, SjAlign align);
void sj_book_begin_part (SjBook *book, SjFlow *flow, SjPart part, gboolean thai,
                         gboolean landscape);
void sj_book_add_centered (SjBook *book, SjFlow *flow, const char *text, double size,
                           gboolean bold, const char *role);
void sj_book_add_part_outline (SjBook *book, SjFlow *flow, const char *title,
                               const char *dest_prefix);
void sj_book_row_source (SjTableRow *row, gpointer object);
const char *sj_book_plan_title (SjBook *book);
char *sj_book_period_text (SjBook *book);

/* sj-report-book.c */
void sj_report_build (SjBook *book, SjFlow *flow);

G_END_DECLS
