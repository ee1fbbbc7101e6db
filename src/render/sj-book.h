/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-layout.h"

G_BEGIN_DECLS

#define SJ_RENDER_ERROR (sj_render_error_quark ())
GQuark sj_render_error_quark (void);

typedef enum
{
  SJ_RENDER_ERROR_PARTS,  /* an unknown part name */
  SJ_RENDER_ERROR_OUTPUT, /* the PDF could not be written */
} SjRenderError;

typedef struct
{
  const char *parts; /* NULL for the plan's setting, else part names separated by spaces or commas */
  int digits;        /* -1: the plan's settings; 0: Arabic everywhere; 1: Thai everywhere */
  guint report_year;   /* the report part ("report"): its fiscal year, 0 for the plan's first */
  guint report_months; /* … and its round: 6 or 12 (0: 12) */
} SjBookOptions;

typedef struct
{
  char *title;
  guint level;      /* 0 for parts, 1 for sections and dimensions, 2 for projects */
  guint page;       /* index of the page where it starts */
  guint last_page;  /* for parts: the index of their last page */
  char *dest;       /* the PDF destination name */
  SjPart part;
  gboolean in_contents;
} SjOutlineEntry;

/**
 * SjBook:
 *
 * The plan book laid out into pages: computed once (two passes, so that the table of contents
 * shows the pages where the parts really start), inspected by tests without drawing, and drawn
 * page by page to any cairo_t — a PDF surface, a print context or the on-screen preview.
 * It keeps the pieces it was laid out in, so that the book of the next edit lays out only
 * what the edit changed (sj_book_new_from()). Reference counted; not changed once made, so it
 * may be drawn from one thread while another lays out the next book from it.
 */
typedef struct _SjBook SjBook;

SjBook *sj_book_new (SjPlan *plan, const SjBookOptions *options, GError **error);
SjBook *sj_book_new_from (SjPlan *plan, const SjBookOptions *options, SjBook *previous,
                          GCancellable *cancellable, GError **error);
void sj_book_new_async (SjPlan *plan, const SjBookOptions *options, SjBook *previous,
                        GCancellable *cancellable, GAsyncReadyCallback callback,
                        gpointer user_data);
SjBook *sj_book_new_finish (GAsyncResult *result, GError **error);
SjBook *sj_book_ref (SjBook *book);
void sj_book_unref (SjBook *book);
void sj_book_free (SjBook *book);
void sj_book_get_piece_counts (SjBook *book, guint *laid_out, guint *reused);
guint sj_book_get_n_pages (SjBook *book);
SjPage *sj_book_get_page (SjBook *book, guint index);
void sj_book_draw_page (SjBook *book, guint index, cairo_t *cr);
GPtrArray *sj_book_get_outline (SjBook *book);
gboolean sj_book_get_part_pages (SjBook *book, SjPart part, guint *first, guint *last);
char *sj_book_get_page_text (SjBook *book, guint index, const char *role);
int sj_book_find_page (SjBook *book, const char *path, SjPart prefer);
const char *sj_book_source_at (SjBook *book, guint index, double x, double y);
SjPlan *sj_book_get_plan (SjBook *book);
const char *sj_part_to_name (SjPart part);
gboolean sj_parts_parse (const char *text, GArray *out, GError **error);

/* A character no face of the book can draw (it would print as a box), where it first occurs. */
typedef struct
{
  gunichar ch;
  guint page;         /* the page, from 0 */
  const char *source; /* what drew it (sj_model_path()), interned, or NULL */
} SjMissingGlyph;

GArray *sj_book_find_missing_glyphs (SjBook *book);
char *sj_missing_glyph_describe (const SjMissingGlyph *missing);

gboolean sj_book_export_pdf (SjBook *book, const char *path, GError **error);
typedef void (*SjProgressFunc) (guint done, guint total, gpointer data);
gboolean sj_book_export_pdf_full (SjBook *book, const char *path, SjProgressFunc progress,
                                  gpointer progress_data, GCancellable *cancellable,
                                  GError **error);
gboolean sj_book_export_pdf_to_file (SjBook *book, GFile *file, SjProgressFunc progress,
                                     gpointer progress_data, GCancellable *cancellable,
                                     GError **error);
void sj_book_export_pdf_async (SjBook *book, GFile *file, SjProgressFunc progress,
                               gpointer progress_data, GCancellable *cancellable,
                               GAsyncReadyCallback callback, gpointer user_data);
gboolean sj_book_export_pdf_finish (GAsyncResult *result, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjBook, sj_book_unref)

G_END_DECLS
