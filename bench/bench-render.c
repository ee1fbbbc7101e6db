/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long laying out and printing a plan book to PDF takes, beside a bare loop that
 * shapes and draws the same texts with Pango and Cairo and no layout logic at all, and the peak
 * memory of the process; then, as the editor's preview does after an edit, the time from one
 * edit (an amount in Part 2, a field of one form) to the new layout made from the previous book,
 * and the time to draw one page at 100 %. Usage: sj-bench-render PLAN.sujarit */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

#include "sj-book.h"
#include "sj-compute.h"
#include "sj-plan-file.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare);
  return g_array_index (times, double, times->len / 2);
}

typedef enum
{
  EDIT_BUDGET,
  EDIT_FORM,
} Edit;

/* From an edit of a snapshot of the plan (the editor lays out a copy) to its book made from
 * the previous one: the median of @runs, and how many pieces were laid out. */
static double
edit_to_layout (SjPlan *plan, SjBook *book, Edit edit, int runs, guint *laid_out)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (SjBook) previous = sj_book_ref (book);

  for (int i = 0; i < runs; i++)
    {
      g_autoptr (SjPlan) copy = sj_plan_copy (plan);
      g_autoptr (SjSummary) summary = sj_summary_new (copy);
      SjProject *p = sj_summary_get_project (summary, 0);
      g_autoptr (SjBook) next = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (edit == EDIT_BUDGET)
        sj_project_year_set_amount (sj_project_get_year_at (p, 0), sj_money_from_baht (1000 + i));
      else
        {
          g_autofree char *text = g_strdup_printf ("เป็นหน่วยงานที่มีหน้าที่ ครั้งที่ %d", i);
          g_autoptr (SjRich) rich = sj_rich_new_plain (text);
          sj_project_set_objectives (p, rich);
        }
      next = sj_book_new_from (copy, NULL, previous, NULL, NULL);
      ms = ms_since (start);
      g_array_append_val (times, ms);
      sj_book_get_piece_counts (next, laid_out, NULL);
      g_clear_pointer (&previous, sj_book_unref);
      previous = g_steal_pointer (&next);
    }
  return median (times);
}

static double
peak_mb (void)
{
  struct rusage ru;
  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
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

  /* The preview after an edit, and drawing a page on screen */
  {
    guint budget_pieces = 0, form_pieces = 0, n_pieces = 0;
    double budget = edit_to_layout (plan, book, EDIT_BUDGET, 7, &budget_pieces);
    double form = edit_to_layout (plan, book, EDIT_FORM, 7, &form_pieces);
    g_autoptr (GArray) draws = g_array_new (FALSE, FALSE, sizeof (double));
    double worst = 0;

    for (guint p = 0; p < sj_book_get_n_pages (book); p++)
      {
        double scale = 96.0 / 72.0; /* 100 %: 96 pixels an inch */
        SjPage *page = sj_book_get_page (book, p);
        cairo_surface_t *surface = cairo_image_surface_create (
          CAIRO_FORMAT_ARGB32, (int) (page->width * scale), (int) (page->height * scale));
        cairo_t *cr = cairo_create (surface);
        double ms;
        start = g_get_monotonic_time ();
        cairo_scale (cr, scale, scale);
        sj_book_draw_page (book, p, cr);
        cairo_surface_flush (surface);
        ms = ms_since (start);
        worst = MAX (worst, ms);
        g_array_append_val (draws, ms);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
    sj_book_get_piece_counts (book, &n_pieces, NULL);
    g_print ("%-24s edit to new layout: an amount %5.1f ms (%u of %u pieces laid out), a form "
             "field %5.1f ms (%u) | a page drawn at 100 %%: median %4.1f ms, worst %4.1f ms\n",
             "", budget, budget_pieces, n_pieces, form, form_pieces, median (draws), worst);
  }
  g_unlink (pdf);
  g_unlink (bare_pdf);
  g_rmdir (dir);
  return 0;
}
