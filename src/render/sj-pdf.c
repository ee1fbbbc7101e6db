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
gboolean
sj_book_export_pdf_full (SjBook *book, const char *path, SjProgressFunc progress,
                         gpointer progress_data, GCancellable *cancellable, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_build_filename (dir, ".sujarit-pdf-XXXXXX", NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  int fd;
  double width = SJ_A4_WIDTH, height = SJ_A4_HEIGHT;

  fd = g_mkstemp_full (tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT,
                   _("Could not write the PDF in the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);

  surface = cairo_pdf_surface_create (tmp, width, height);
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
          cairo_surface_destroy (surface);
          g_unlink (tmp);
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
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT,
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
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
