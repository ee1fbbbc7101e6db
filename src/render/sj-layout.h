/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "sj-model.h"

G_BEGIN_DECLS

/* Lengths are in points (1/72 inch); y grows downwards from the top of the page. */
#define SJ_MM(x) ((x) * 72.0 / 25.4)
#define SJ_A4_WIDTH SJ_MM (210.0)
#define SJ_A4_HEIGHT SJ_MM (297.0)

typedef enum
{
  SJ_PAGE_TEXT,  /* lines of a PangoLayout */
  SJ_PAGE_LINE,  /* a rule */
  SJ_PAGE_RECT,  /* a filled or stroked rectangle */
  SJ_PAGE_IMAGE, /* a PNG image */
  SJ_PAGE_CHART, /* drawn by a chart function */
  SJ_PAGE_DEST,  /* a named destination (for links and the outline) */
  SJ_PAGE_LINK,  /* a clickable area pointing to a destination */
} SjPageItemKind;

typedef void (*SjChartDraw) (cairo_t *cr, gpointer data, double width, double height);

typedef struct
{
  SjPageItemKind kind;
  double x, y, w, h;
  /* text */
  PangoLayout *layout;
  int first_line;
  int n_lines;
  char *role; /* what the text is, for tests and inspection: "p2-header", "toc-page" … */
  gboolean keep_with_next; /* a heading (or what must not end a page): kept with what follows */
  gboolean flowed;  /* a paragraph poured by sj_flow_add_layout, split only as the rules allow */
  /* line, rect */
  double line_width;
  double rgb[3];
  gboolean fill;
  /* image */
  cairo_surface_t *image;
  /* chart */
  SjChartDraw draw;
  gpointer data;
  GDestroyNotify data_free;
  /* dest, link */
  char *name;
  /* what the item shows, as a path of the model (sj_model_path()): "dimensions[1]/…/projects[p3]"
   * or with a field, "…/projects[p3]/rationale"; interned, or NULL */
  const char *source;
  /* private */
  int ref_count; /* items are shared by the pages of books that reuse a piece laid out once */
} SjPageItem;

typedef enum
{
  SJ_PART_NONE,
  SJ_PART_COVER,
  SJ_PART_ANNOUNCEMENT,
  SJ_PART_PREFACE,
  SJ_PART_CONTENTS,
  SJ_PART_PART1,
  SJ_PART_PART2,
  SJ_PART_PART3,
  SJ_PART_APPENDIX,
  SJ_PART_ANNEX,
  SJ_PART_REPORT, /* a progress report (sj-report-book.c), printed on its own */
  SJ_N_PARTS
} SjPart;

typedef enum
{
  SJ_PAGE_NUMBER_NONE,
  SJ_PAGE_NUMBER_FRONT, /* ก ข ค */
  SJ_PAGE_NUMBER_BODY,  /* 1 2 3 */
} SjPageNumbering;

typedef struct
{
  double width, height;
  gboolean landscape;
  SjPart part;
  SjPageNumbering numbering;
  guint number; /* within its numbering sequence, from 1 */
  char *label;  /* the printed page number, e.g. "ข" or "๑๒", or NULL */
  GPtrArray *items; /* of SjPageItem */
  const char *source; /* given to the items added (interned), see SjPageItem */
} SjPage;

/* The typesetter: fonts, digits and the pages being filled. */
typedef struct _SjTypesetter SjTypesetter;

typedef struct
{
  const char *family;
  double size;
  gboolean bold;
  gboolean italic;
  SjAlign align;
  double indent;  /* first-line indent; negative for a hanging indent */
  double spacing; /* extra space between lines */
} SjStyle;

void sj_typesetter_share_fonts (void);
char *sj_typesetter_document_css (PangoFontMap *fontmap, const char *selector);
SjTypesetter *sj_typesetter_new (const char *family, double size);
SjTypesetter *sj_typesetter_ref (SjTypesetter *ts);
void sj_typesetter_unref (SjTypesetter *ts);
void sj_typesetter_free (SjTypesetter *ts);
PangoContext *sj_typesetter_get_context (SjTypesetter *ts);
const char *sj_typesetter_get_family (SjTypesetter *ts);
double sj_typesetter_get_size (SjTypesetter *ts);

PangoLayout *sj_typeset_text (SjTypesetter *ts, const char *text, const SjStyle *style,
                              double width);
PangoLayout *sj_typeset_runs (SjTypesetter *ts, const SjBlock *paragraph, const SjStyle *style,
                              double width, gboolean thai, char *(*fact) (const char *name,
                                                                          gpointer data),
                              gpointer fact_data);
double sj_layout_height (PangoLayout *layout);
double sj_layout_line_top (PangoLayout *layout, int line);
double sj_layout_lines_height (PangoLayout *layout, int first, int n);
int sj_layout_lines_fitting (PangoLayout *layout, int first, double height);

SjPageItem *sj_page_item_new (SjPageItemKind kind);
SjPageItem *sj_page_item_ref (SjPageItem *item);
void sj_page_item_unref (SjPageItem *item);
SjPage *sj_page_new (double width, double height);
void sj_page_free (SjPage *page);
SjPage *sj_page_copy (const SjPage *page, const char *without_role);
void sj_page_add_text (SjPage *page, PangoLayout *layout, double x, double y, int first_line,
                       int n_lines, const char *role);
void sj_page_add_line (SjPage *page, double x1, double y1, double x2, double y2, double width);
void sj_page_add_rect (SjPage *page, double x, double y, double w, double h, const double rgb[3],
                       gboolean fill);
void sj_page_add_dest (SjPage *page, const char *name, double y);
void sj_page_append_item (SjPage *page, SjPageItem *item);
void sj_show_layout_line (cairo_t *cr, PangoLayoutLine *line);
void sj_show_layout (cairo_t *cr, PangoLayout *layout);
void sj_page_add_link (SjPage *page, double x, double y, double w, double h, const char *dest);
void sj_page_draw (SjPage *page, cairo_t *cr, gboolean pdf_tags);

G_END_DECLS
