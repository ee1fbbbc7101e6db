/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The recogniser's state and helpers, shared by the parts of the import (sj-import.c: Part 2 and
 * Part 3; sj-import-front.c: the front matter and Part 1). */
#pragma once

#include "sj-import.h"
#include "sj-rich.h"

G_BEGIN_DECLS

#define MAX_YEARS 10

typedef struct
{
  SjProject *project;
  guint dim;          /* 1-based */
  char *mission;      /* "1.1" */
  char *sub_item;     /* "1.1.1", or NULL */
  guint number;       /* as printed in Part 2 */
  SjMoney p2[MAX_YEARS];
  gboolean p2_known;
  SjMoney p3;
  gboolean p3_known;
  char *title2;       /* Part 2's title */
  char *funding;      /* the local development plan project it is carried out as, or NULL */
  char *funding_source;
  char *remark;
  guint group;
  guint line, page;
  gboolean has_form;
} Item;

typedef struct
{
  SjSource *source;
  char **texts;       /* the cleaned text of each block */
  GPtrArray *cells;   /* of GStrv (cleaned) or NULL, per block */
  SjImportReport *report;
  SjCatalog *catalog;
  SjPlan *plan;
  int first_year;
  guint n_years;
  GPtrArray *items;   /* of Item */
  guint table_start, table_end;
  /* what the source prints */
  SjMoney subtotal[8][MAX_YEARS];
  gboolean have_subtotal[8];
  guint subtotal_count[8], subtotal_line[8];
  SjMoney total[MAX_YEARS];
  gboolean have_total;
  guint total_count, total_line;
  guint n_thai_digits, n_arabic_digits;
  GHashTable *units;  /* name or short name → SjUnit */
  gboolean per_dimension; /* projects are numbered anew in each dimension */
  guint units_by_name, units_by_short; /* how Part 2 names the units the plan knows */
  guint n_new_units;
} Importer;

GRegex *imp_regex (const char *pattern);
SjImportNote *imp_add_note (Importer *im, SjImportNoteKind kind, SjImportDiff diff, guint block,
                            const char *format, ...) G_GNUC_PRINTF (5, 6);
const char *imp_text_at (Importer *im, guint i);
GStrv imp_cells_at (Importer *im, guint i);
char *imp_squeeze (const char *text);
gboolean imp_similar_start (const char *text, const char *name);
char *imp_money_text (SjMoney m);
SjRich *imp_rich_from_blocks (Importer *im, GArray *blocks, const char *first_text);
char *imp_blocks_plain (Importer *im, GArray *blocks, const char *first);
void imp_read_front (Importer *im);

G_END_DECLS
