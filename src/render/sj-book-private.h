/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The book as its builders see it: sj-book.c assembles the book from its parts (and keeps the
 * pieces laid out, for the next layout to reuse); each part is built by a file of its own with
 * the helpers of sj-book-common.c; sj-report-book.c builds the progress report with them. */

#include "sj-book.h"
#include "sj-compute.h"
#include "sj-flow.h"

G_BEGIN_DECLS

/* What a piece of the book prints besides its own object and the book's settings: when all of
 * it is as it was in the previous book, the piece is not laid out again. */
typedef enum
{
  SJ_PIECE_FRONT = 1 << 0,      /* the plan but its dimensions: Part 1, ประกาศ, people, units… */
  SJ_PIECE_TABLE = 1 << 1,      /* dimensions, missions and projects as Part 2 prints them */
  SJ_PIECE_PROJECTS = 1 << 2,   /* all of the dimensions, missions and projects */
} SjPieceDeps;

/* A run of whole pages laid out in one go — a part, or one project's form with the headings
 * above it — kept with what it was made of, so that the next book can take its pages as they
 * are when none of that changed. */
typedef struct
{
  char *key;            /* "part2", "form:<project id>": once in a book */
  SjPieceDeps deps;
  SjModelObject *object; /* (nullable): compared deeply (a form's project) */
  char *context;        /* what it prints that neither its object nor its deps hold */
  GPtrArray *facts;     /* the facts it printed: name, value, name, value… */
  GPtrArray *dests;     /* the link targets it named: asked, given, asked, given… */
  GPtrArray *pages;     /* of SjPage: its own pages, without page numbers */
  GPtrArray *outline;   /* of SjOutlineEntry, pages counted from its first page */
  guint serial_start, serial_end; /* the part's heading counter before and after it */
  SjPart part;          /* the flow's state at its end */
  SjPageNumbering numbering;
  gboolean thai, landscape;
  /* while it is laid out */
  guint first_page, first_outline;
  gboolean reusable;
} SjPiece;

struct _SjBook
{
  int ref_count;
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
  GPtrArray *pieces;      /* of SjPiece, in print order */
  GHashTable *cells;      /* the layouts of table cells, by their text and style (see
                           * sj_book_cell_layout()); read by the next book's layout */
  /* While it is laid out: the book it may reuse pieces and layouts of (NULL when the settings
   * or options differ), what of that book's plan is as in this one (SjPieceDeps), the piece
   * being laid out. */
  SjBook *previous;
  GHashTable *previous_pieces; /* key → SjPiece of previous */
  guint same;
  SjPiece *piece;
  GCancellable *cancellable;
  guint n_reused, n_laid_out;
};

gboolean sj_book_piece_begin (SjBook *book, SjFlow *flow, const char *key, SjPieceDeps deps,
                              gpointer object, const char *context);
void sj_book_piece_end (SjBook *book, SjFlow *flow);

/* sj-book-common.c: what the builders share */
void sj_outline_entry_free (gpointer data);
char *sj_book_fact (const char *name, gpointer data);
void sj_book_source (SjFlow *flow, gpointer object, const char *property);
void sj_book_row_source (SjTableRow *row, gpointer object);
gboolean sj_book_prints_chart (SjBook *book, const char *name);
gboolean sj_book_prints_extra (SjBook *book, const char *name);
SjStyle sj_book_style (SjBook *book, double size, gboolean bold, SjAlign align);
char *sj_book_new_dest (SjBook *book, const char *name);
SjOutlineEntry *sj_book_add_outline (SjBook *book, SjFlow *flow, const char *title, guint level,
                                     gboolean in_contents, const char *dest);
void sj_book_add_part_outline (SjBook *book, SjFlow *flow, const char *title,
                               const char *dest_prefix);
void sj_book_heading (SjBook *book, SjFlow *flow, const char *text, SjStyle st, guint level,
                      gboolean in_contents, const char *role);
void sj_book_settle_outline (GPtrArray *pages, GPtrArray *outline);
void sj_book_begin_part (SjBook *book, SjFlow *flow, SjPart part, SjPageNumbering numbering,
                         gboolean thai, gboolean landscape);
const char *sj_book_plan_title (SjBook *book);
char *sj_book_period_text (SjBook *book, gboolean with_be);
void sj_book_signature_block (SjBook *book, SjFlow *flow, SjPerson *person,
                              const char *acting_for);
void sj_book_mark_letter_pages (SjBook *book, SjFlow *flow, guint first);
void sj_book_rule (SjFlow *flow, double width);
cairo_surface_t *sj_book_png_surface (GBytes *bytes, const char *what);
void sj_book_add_garuda (SjBook *book, SjFlow *flow);
gboolean sj_book_has_counted_amount (SjBook *book, SjProject *project, guint n_years);
void sj_book_add_centered (SjBook *book, SjFlow *flow, const char *text, double size,
                           gboolean bold, const char *role);
char *sj_book_numbered_lines (GPtrArray *texts, gboolean thai);
PangoLayout *sj_book_find_layout (SjBook *book, const char *key);
void sj_book_keep_layout (SjBook *book, const char *key, PangoLayout *layout);
PangoLayout *sj_book_cell_layout (SjBook *book, SjFlow *flow, const char *text, double width,
                                  gboolean bold, SjAlign align, double hanging);
char *sj_book_project_label (SjBook *book, SjProject *p, gboolean with_code);

/* The parts, one file each: sj-book-front.c (cover, ประกาศ, คำนำ, สารบัญ), sj-book-part1.c,
 * sj-book-part2.c, sj-book-part3.c, sj-book-appendix.c (ภาคผนวก, คำสั่ง, the E-PlanNACC annex) */
void sj_book_build_cover (SjBook *book, SjFlow *flow);
void sj_book_build_announcement (SjBook *book, SjFlow *flow, SjPart part,
                                 SjPageNumbering numbering);
void sj_book_build_preface (SjBook *book, SjFlow *flow);
void sj_book_build_contents (SjBook *book, SjFlow *flow, GPtrArray *labels, GPtrArray *outline);
void sj_book_build_part1 (SjBook *book, SjFlow *flow);
void sj_book_build_part2 (SjBook *book, SjFlow *flow);
void sj_book_build_part3 (SjBook *book, SjFlow *flow);
gboolean sj_book_appendix_has_content (SjBook *book);
void sj_book_build_appendix (SjBook *book, SjFlow *flow);
void sj_book_build_annex (SjBook *book, SjFlow *flow);

/* sj-report-book.c */
void sj_report_build (SjBook *book, SjFlow *flow);

G_END_DECLS
