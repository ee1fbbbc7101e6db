/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-layout.h"

G_BEGIN_DECLS

typedef struct _SjFlow SjFlow;
typedef struct _SjTable SjTable;
typedef struct _SjTableRow SjTableRow;

typedef char *(*SjFactFunc) (const char *name, gpointer data);

/**
 * SjFlow:
 *
 * Pours text, lists and tables down the pages of one part of the book: it starts new pages
 * when the current one is full, splits paragraphs and table rows at line boundaries, repeats
 * table headers, and keeps headings with what follows them.
 */
struct _SjFlow
{
  SjTypesetter *ts;
  GPtrArray *pages; /* of SjPage, owned by the caller */
  SjPage *page;     /* the page being filled, or NULL before the first */
  double page_width, page_height;
  double margin_left, margin_right, margin_top, margin_bottom;
  double x, width;  /* the text column */
  double y;         /* the next free position: read by the builders, moved only by the flow */
  double bottom;    /* the lowest position text may reach */
  SjPart part;
  SjPageNumbering numbering;
  gboolean thai;    /* Thai digits in this part */
  double body_size;
  double paragraph_indent;
  double list_indent;
  double gap;       /* space between paragraphs */
  SjFactFunc fact;
  gpointer fact_data;
  const char *source; /* what is being poured (interned): see sj_flow_set_source() */
  /* The heading(s) last placed, items [keep_first, keep_end) of keep_page from keep_y: moved to
   * the next page if it starts before anything else is placed after them. */
  SjPage *keep_page;
  guint keep_first, keep_end;
  double keep_y;
};

void sj_flow_init (SjFlow *flow, SjTypesetter *ts, GPtrArray *pages, double page_width,
                   double page_height, double left, double right, double top, double bottom);
void sj_flow_set_orientation (SjFlow *flow, gboolean landscape);
SjPage *sj_flow_new_page (SjFlow *flow);
void sj_flow_set_source (SjFlow *flow, const char *path);
SjPage *sj_flow_ensure_page (SjFlow *flow);
void sj_flow_ensure (SjFlow *flow, double height);
void sj_flow_space (SjFlow *flow, double height);
void sj_flow_keep_begin (SjFlow *flow);
void sj_flow_keep_end (SjFlow *flow);
double sj_flow_remaining (SjFlow *flow);

/* The builders place things only through these (and the sj_flow_add_* functions below): the
 * flow alone moves its position and decides where pages end. */
void sj_flow_advance (SjFlow *flow, double height);
void sj_flow_advance_to (SjFlow *flow, double y);
void sj_flow_set_pages (SjFlow *flow, GPtrArray *pages);
void sj_flow_resume_after (SjFlow *flow, SjPage *last);
void sj_flow_add_dest (SjFlow *flow, const char *name);
void sj_flow_add_item (SjFlow *flow, SjPageItem *item, double x_offset, double height);
void sj_flow_place_layout (SjFlow *flow, PangoLayout *layout, double x_offset, const char *role);
void sj_flow_add_rule (SjFlow *flow, double width);
void sj_flow_add_shaded (SjFlow *flow, PangoLayout *layout, const double rgb[3], double pad,
                         const char *role);
double sj_flow_body_height (SjFlow *flow);

SjStyle sj_flow_style (SjFlow *flow);
PangoLayout *sj_flow_text_layout (SjFlow *flow, const char *text, const SjStyle *style,
                                  double width);
void sj_flow_add_layout (SjFlow *flow, PangoLayout *layout, double x_offset, const char *role);
void sj_flow_add_text (SjFlow *flow, const char *text, const SjStyle *style, double x_offset,
                       const char *role);
void sj_flow_add_heading (SjFlow *flow, const char *text, const SjStyle *style,
                          const char *role, const char *dest);
void sj_flow_add_rich (SjFlow *flow, SjRich *rich, double x_offset);
void sj_flow_add_label_value (SjFlow *flow, const char *label, const char *value,
                              const char *role);

SjTable *sj_table_new (guint n_cols, const double *widths, double pad);
void sj_table_distribute_widths (GArray *relative, guint n_cols, double avail, double *out);
void sj_table_free (SjTable *table);
SjTableRow *sj_table_add_row (SjTable *table, gboolean header);
void sj_table_row_set_keep (SjTableRow *row, gboolean keep);
void sj_table_row_set_with_previous (SjTableRow *row, gboolean with_previous);
void sj_table_row_set_shade (SjTableRow *row, double grey);
void sj_table_row_set_source (SjTableRow *row, const char *path);
void sj_table_add_cell (SjTableRow *row, guint col, guint colspan, guint rowspan,
                        PangoLayout *layout, const char *role, PangoLayout *continued);
void sj_table_cell_set_continued_short (SjTableRow *row, PangoLayout *layout);
void sj_table_indent_last_cell (SjTableRow *row, double indent);
double sj_table_width (SjTable *table);
void sj_flow_add_table (SjFlow *flow, SjTable *table, double x_offset, gboolean borders);

G_END_DECLS
