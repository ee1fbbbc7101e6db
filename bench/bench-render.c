/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long laying out and printing a plan book to PDF takes, beside a bare loop that
 * shapes and draws the same texts with Pango and Cairo and no layout logic at all, and the peak
 * memory of the process. Usage: sj-bench-render PLAN.sujarit */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

#include "sj-book.h"
#include "sj-plan-file.h"

static double
peak_mb (void)
{
  struct rusage ru;
  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The same texts, fonts and widths as the book, each shaped afresh and drawn where the book puts
 * it: what any program printing this text must do at least. */
static double
bare_loop (SjBook *book, const char *path)
{
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface = cairo_pdf_surface_create (path, SJ_A4_WIDTH, SJ_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      cairo_pdf_surface_set_size (surface, page->width, page->height);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          PangoLayout *l;
          if (item->kind != SJ_PAGE_TEXT)
            continue;
          l = pango_layout_new (pango_layout_get_context (item->layout));
          pango_layout_set_font_description (l, pango_layout_get_font_description (item->layout));
          pango_layout_set_width (l, pango_layout_get_width (item->layout));
          pango_layout_set_wrap (l, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_attributes (l, pango_layout_get_attributes (item->layout));
          pango_layout_set_text (l, pango_layout_get_text (item->layout), -1);
          cairo_move_to (cr, item->x, item->y);
          pango_cairo_show_layout (cr, l);
          g_object_unref (l);
        }
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return ms_since (start);
}

int
main (int argc, char **argv)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) book = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sj-bench-render-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "book.pdf", NULL);
  g_autofree char *bare_pdf = g_build_filename (dir, "bare.pdf", NULL);
  g_autofree char *base = NULL;
  double layout, draw, bare;
  gint64 start;

  if (argc != 2)
    {
      g_printerr ("usage: %s PLAN.sujarit\n", argv[0]);
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  plan = sj_plan_file_load (file, NULL, &error);
  if (plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  start = g_get_monotonic_time ();
  book = sj_book_new (plan, NULL, &error);
  layout = ms_since (start);
  start = g_get_monotonic_time ();
  if (!sj_book_export_pdf (book, pdf, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  draw = ms_since (start);
  bare = bare_loop (book, bare_pdf);
  base = g_path_get_basename (argv[1]);
  g_print ("%-24s %5u pages | layout %7.0f ms + PDF %7.0f ms = %7.0f ms | bare Pango/Cairo %7.0f ms "
           "| ratio %4.2f | peak %6.1f MB\n",
           base, sj_book_get_n_pages (book), layout, draw, layout + draw, bare,
           (layout + draw) / bare, peak_mb ());
  g_unlink (pdf);
  g_unlink (bare_pdf);
  g_rmdir (dir);
  return 0;
}
