/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-pdf"
#include "config.h"

#include "sj-book.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

static void
set_metadata (cairo_surface_t *surface, SjPlan *plan)
{
  SjOrganisation *org = sj_plan_get_organisation (plan);
  SjSettings *s = sj_plan_get_settings (plan);
  g_autofree char *title = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  /* Cairo takes YYYY-MM-DDThh:mm:ss with an optional zone, without fractions of a second. */
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  title = g_strdup_printf ("แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส "
                           "(พ.ศ. %d – %d) %s",
                           sj_settings_get_first_year (s),
                           sj_settings_get_first_year (s) + sj_settings_get_years (s) - 1,
                           sj_organisation_get_name (org));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  sj_organisation_get_name (org));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  "ITA, E-PlanNACC, ป.ป.ช., แผนปฏิบัติการป้องกันการทุจริต");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sujarit " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static void
add_outline (cairo_surface_t *surface, GPtrArray *outline)
{
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, 0, 0, 0 };

  for (guint i = 0; i < outline->len; i++)
    {
      SjOutlineEntry *e = g_ptr_array_index (outline, i);
      guint level = MIN (e->level, 2);
      int parent = parents[level];
      g_autofree char *link = g_strdup_printf ("dest='%s'", e->dest);
      int id;

      /* An entry without a parent of the level above hangs from the nearest one. */
      for (int l = level; l > 0 && parent == 0; l--)
        parent = parents[l - 1];
      id = cairo_pdf_surface_add_outline (surface, parent, e->title, link,
                                          level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
      parents[level + 1] = id;
      for (guint l = level + 2; l < G_N_ELEMENTS (parents); l++)
        parents[l] = 0;
    }
}

/**
 * sj_book_export_pdf:
 *
 * Writes the book as a PDF: fonts embedded as subsets by Cairo, metadata, an outline of
 * parts, dimensions and projects, and links from the contents. The PDF is written to a
 * temporary file next to @path and renamed into place only when complete, so a failure never
 * leaves a partial file at @path.
 */
gboolean
sj_book_export_pdf (SjBook *book, const char *path, GError **error)
{
  return sj_book_export_pdf_full (book, path, NULL, NULL, NULL, error);
}

/**
 * sj_book_export_pdf_full:
 * @progress: (nullable): called after each page with the pages written and their number (from
 *   the thread that exports)
 * @cancellable: (nullable): stops between two pages; nothing is left behind
 *
 * Writes the book to @path through a temporary file beside it, so that a failed or cancelled
 * export never leaves a half-written PDF where the old one was.
 */
/* Draws the book's pages, outline and metadata on @surface (a PDF surface), and finishes it. */
static gboolean
draw_pdf (SjBook *book, cairo_surface_t *surface, SjProgressFunc progress,
          gpointer progress_data, GCancellable *cancellable, GError **error)
{
  cairo_t *cr;
  cairo_status_t status;
  double width = SJ_A4_WIDTH, height = SJ_A4_HEIGHT;

  set_metadata (surface, sj_book_get_plan (book));
  cr = cairo_create (surface);
  /* Cairo 1.16 (Debian 12's) writes the structure element of a link annotation as a reference to
   * a structure tree it never writes unless the document has a structure element of its own:
   * without one every link damages the file (qpdf --check). The book is one Document. */
  cairo_tag_begin (cr, "Document", NULL);
  for (guint i = 0; i < sj_book_get_n_pages (book); i++)
    {
      SjPage *page = sj_book_get_page (book, i);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_tag_end (cr, "Document");
          cairo_destroy (cr);
          cairo_surface_finish (surface);
          return FALSE;
        }
      /* Only when the size changes: Cairo 1.16 loses the links of a page whose size is set
       * again before it is drawn. */
      if (page->width != width || page->height != height)
        {
          cairo_pdf_surface_set_size (surface, page->width, page->height);
          width = page->width;
          height = page->height;
        }
      sj_page_draw (page, cr, TRUE);
      cairo_show_page (cr);
      if (progress)
        progress (i + 1, sj_book_get_n_pages (book), progress_data);
    }
  cairo_tag_end (cr, "Document");
  add_outline (surface, sj_book_get_outline (book));
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT,
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
sj_book_export_pdf_full (SjBook *book, const char *path, SjProgressFunc progress,
                         gpointer progress_data, GCancellable *cancellable, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_build_filename (dir, ".sujarit-pdf-XXXXXX", NULL);
  cairo_surface_t *surface;
  gboolean ok;
  int fd;

  fd = g_mkstemp_full (tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT,
                   _("Could not write the PDF in the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);
  surface = cairo_pdf_surface_create (tmp, SJ_A4_WIDTH, SJ_A4_HEIGHT);
  ok = draw_pdf (book, surface, progress, progress_data, cancellable, error);
  cairo_surface_destroy (surface);
  if (!ok)
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT,
                   _("Could not write the PDF “%s”: %s"), path, g_strerror (saved));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GOutputStream *out;
  GCancellable *cancellable;
  GError *error;
} StreamWrite;

static cairo_status_t
write_stream (void *closure, const unsigned char *data, unsigned int length)
{
  StreamWrite *w = closure;

  if (w->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (w->out, data, length, NULL, w->cancellable, &w->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * sj_book_export_pdf_to_file:
 * @file: where to write, a local file or any location GIO can write to
 *
 * Writes the book to @file: a local file as sj_book_export_pdf_full() does (a temporary file
 * beside it, renamed into place when complete), elsewhere through g_file_replace(), which puts
 * the new file in place only when it is complete. A failure, a full disk or a cancelled export
 * leaves the file that was there as it was, and no half-written PDF.
 */
gboolean
sj_book_export_pdf_to_file (SjBook *book, GFile *file, SjProgressFunc progress,
                            gpointer progress_data, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFileOutputStream) out = NULL;
  g_autoptr (GError) local = NULL;
  StreamWrite w = { NULL, cancellable, NULL };
  cairo_surface_t *surface;
  gboolean ok;

  if (g_file_peek_path (file) != NULL)
    return sj_book_export_pdf_full (book, g_file_peek_path (file), progress, progress_data,
                                    cancellable, error);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local);
  if (out == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_set_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT,
                   _("Could not write the PDF “%s”: %s"), name, local->message);
      return FALSE;
    }
  w.out = G_OUTPUT_STREAM (out);
  surface = cairo_pdf_surface_create_for_stream (write_stream, &w, SJ_A4_WIDTH, SJ_A4_HEIGHT);
  ok = draw_pdf (book, surface, progress, progress_data, cancellable, &local);
  cairo_surface_destroy (surface);
  if (ok && w.error == NULL)
    ok = g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &local);
  else
    {
      /* Closed as cancelled: the file that was there is kept, the new one thrown away. */
      g_autoptr (GCancellable) abort = g_cancellable_new ();
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (out), abort, NULL);
      ok = FALSE;
    }
  if (!ok)
    {
      GError *cause = w.error ? w.error : local;
      if (cause && g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_error_copy (cause));
      else
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_set_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT,
                       _("Could not write the PDF “%s”: %s"), name,
                       cause ? cause->message : _("unknown error"));
        }
      g_clear_error (&w.error);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  SjBook *book;
  GFile *file;
  SjProgressFunc progress;
  gpointer progress_data;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;
  sj_book_unref (job->book);
  g_object_unref (job->file);
  g_free (job);
}

static void
export_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (sj_book_export_pdf_to_file (job->book, job->file, job->progress, job->progress_data,
                                  cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sj_book_export_pdf_async:
 * @progress: (nullable): called from the exporting thread after each page
 *
 * Writes the book to @file in a worker thread (see sj_book_export_pdf_to_file()); cancelling
 * @cancellable stops it between two pages and keeps the file that was there.
 */
void
sj_book_export_pdf_async (SjBook *book, GFile *file, SjProgressFunc progress,
                          gpointer progress_data, GCancellable *cancellable,
                          GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ExportJob *job = g_new0 (ExportJob, 1);

  g_task_set_source_tag (task, sj_book_export_pdf_async);
  job->book = sj_book_ref (book);
  job->file = g_object_ref (file);
  job->progress = progress;
  job->progress_data = progress_data;
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
sj_book_export_pdf_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sj_book_find_missing_glyphs:
 *
 * The characters of the book that no face of the book (the shipped Sarabun, nor any face of the
 * system after it) can draw: they would print as boxes. Text pasted from OCR brings them (CJK or
 * Devanagari inside Thai words); the checker reports the foreign letters of the plan, and this
 * is what export warns about, exactly as the book was laid out.
 *
 * Returns: (transfer full) (element-type SjMissingGlyph): each character once, in order of its
 * first page
 */
GArray *
sj_book_find_missing_glyphs (SjBook *book)
{
  GArray *missing = g_array_new (FALSE, FALSE, sizeof (SjMissingGlyph));
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          int n, last;
          if (item->kind != SJ_PAGE_TEXT)
            continue;
          n = pango_layout_get_line_count (item->layout);
          last = item->n_lines < 0 ? n : MIN (n, item->first_line + item->n_lines);
          for (int l = item->first_line; l < last; l++)
            {
              PangoLayoutLine *line = pango_layout_get_line_readonly (item->layout, l);
              for (GSList *r = line->runs; r != NULL; r = r->next)
                {
                  PangoGlyphItem *run = r->data;
                  for (int g = 0; g < run->glyphs->num_glyphs; g++)
                    {
                      PangoGlyph glyph = run->glyphs->glyphs[g].glyph;
                      gunichar ch;
                      if (!(glyph & PANGO_GLYPH_UNKNOWN_FLAG))
                        continue;
                      ch = glyph & ~PANGO_GLYPH_UNKNOWN_FLAG;
                      if (g_unichar_isspace (ch) || g_unichar_type (ch) == G_UNICODE_CONTROL
                          || g_unichar_type (ch) == G_UNICODE_FORMAT
                          || g_hash_table_contains (seen, GUINT_TO_POINTER (ch)))
                        continue;
                      g_hash_table_add (seen, GUINT_TO_POINTER (ch));
                      {
                        SjMissingGlyph m = { ch, p, item->source };
                        g_array_append_val (missing, m);
                      }
                    }
                }
            }
        }
    }
  return missing;
}

/**
 * sj_missing_glyph_describe:
 *
 * Returns: (transfer full): a sentence for a person: the character, its code, its page and
 * what it is in
 */
char *
sj_missing_glyph_describe (const SjMissingGlyph *m)
{
  char utf8[8] = { 0 };

  g_unichar_to_utf8 (m->ch, utf8);
  if (m->source != NULL)
    /* TRANSLATORS: a character no typeface can print; the last %s is where it is in the plan */
    return g_strdup_printf (_("Page %u: “%s” (U+%04X) is in no typeface of the book and prints "
                              "as a box (in %s)"),
                            m->page + 1, utf8, m->ch, m->source);
  return g_strdup_printf (_("Page %u: “%s” (U+%04X) is in no typeface of the book and prints as "
                            "a box"),
                          m->page + 1, utf8, m->ch);
}
