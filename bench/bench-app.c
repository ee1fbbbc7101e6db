/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application on a large plan: the time from asking to open it to the first frame drawn
 * with it; from a keystroke in a budget cell to the totals updated (model, outline and table),
 * over a number of edits, and how long each frame took meanwhile; with the preview shown, the
 * time from an edit to its new layout on screen, and the time to draw one page at 100 %.
 * Run under a display (bench/run.sh uses Xvfb).
 * Usage: sj-bench-app PLAN [EDITS] */
#include "config.h"

#include "sj-application.h"
#include "sj-budget-page.h"
#include "sj-preview.h"
#include "sj-window.h"

#include <stdlib.h>

static gint64 frame_time;
static gint64 paint_start;
static GArray *frame_durations; /* ms, while recording */

static void
on_before_paint (GdkFrameClock *clock, gpointer data)
{
  paint_start = g_get_monotonic_time ();
}

static void
on_layout (GdkFrameClock *clock, gpointer data)
{
  if (paint_start == 0)
    paint_start = g_get_monotonic_time ();
}

/* A frame's work: from the clock's layout phase to the end of its paint. */
static void
on_frame_done (GdkFrameClock *clock, gpointer data)
{
  if (frame_durations != NULL && paint_start != 0)
    {
      double ms = (g_get_monotonic_time () - paint_start) / 1000.0;
      g_array_append_val (frame_durations, ms);
    }
  paint_start = 0;
}

static void
on_after_paint (GdkFrameClock *clock, gpointer data)
{
  if (frame_time == 0)
    frame_time = g_get_monotonic_time ();
}

static void
iterate_until (gboolean *flag_or_null, gint64 until)
{
  while ((flag_or_null == NULL || !*flag_or_null) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static int
compare (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
print_frames (const char *what)
{
  guint over = 0;

  if (frame_durations == NULL || frame_durations->len == 0)
    {
      g_print ("%-28s %s: no frame drawn\n", "", what);
      return;
    }
  g_array_sort (frame_durations, compare);
  for (guint i = 0; i < frame_durations->len; i++)
    over += g_array_index (frame_durations, double, i) > 16.0;
  g_print ("%-28s %s: %u frames, median %.2f ms, 99th percentile %.2f ms, worst %.2f ms, %u over "
           "16 ms\n",
           "", what, frame_durations->len,
           g_array_index (frame_durations, double, frame_durations->len / 2),
           g_array_index (frame_durations, double,
                          MIN (frame_durations->len - 1, frame_durations->len * 99 / 100)),
           g_array_index (frame_durations, double, frame_durations->len - 1), over);
}

static GtkScrolledWindow *
find_scrolled (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkScrolledWindow *found = find_scrolled (c);
      if (found)
        return found;
    }
  return NULL;
}

/* Scrolls @widget's view down a little each frame (and back up at the end), as a wheel or a
 * touchpad does, recording how long each frame took. */
static void
scroll_frames (GtkWidget *widget, int steps, const char *what)
{
  GtkScrolledWindow *scrolled = find_scrolled (widget);
  GtkAdjustment *adj;

  if (scrolled == NULL)
    {
      g_print ("%-28s %s: nothing to scroll\n", "", what);
      return;
    }
  adj = gtk_scrolled_window_get_vadjustment (scrolled);
  frame_durations = g_array_new (FALSE, FALSE, sizeof (double));
  for (int i = 0; i < steps; i++)
    {
      double top = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
      double v = gtk_adjustment_get_value (adj) + 40;
      gtk_adjustment_set_value (adj, v > top ? 0 : v);
      iterate_until (NULL, g_get_monotonic_time () + 17000); /* one frame at 60 Hz */
    }
  print_frames (what);
  g_clear_pointer (&frame_durations, g_array_unref);
}

int
main (int argc, char **argv)
{
  g_autoptr (SjApplication) app = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  SjWindow *window;
  gint64 t0, loaded = 0;
  int edits = argc > 2 ? atoi (argv[2]) : 50;
  SjPlan *plan;
  SjProject *project;
  SjBudgetPage *page;
  GtkWidget *cell = NULL;
  guint first_year;

  if (argc < 2)
    {
      g_printerr ("usage: sj-bench-app PLAN [EDITS]\n");
      return 2;
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_set_prgname ("sujarit"); /* as g_application_run () would: the recent files name it */
  g_set_application_name ("Sujarit");
  app = sj_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_application_hold (G_APPLICATION (app));
  window = sj_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (NULL, g_get_monotonic_time () + 500000);

  file = g_file_new_for_commandline_arg (argv[1]);
  t0 = g_get_monotonic_time ();
  sj_window_open_file (window, file);
  while (sj_window_get_document (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  loaded = g_get_monotonic_time ();
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "layout",
                    G_CALLBACK (on_layout), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "before-paint",
                    G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_frame_done), NULL);
  while (frame_time == 0)
    g_main_context_iteration (NULL, TRUE);
  plan = sj_document_get_plan (sj_window_get_document (window));
  g_print ("%-28s %6u projects | open to loaded %7.1f ms | to first frame %7.1f ms\n",
           g_file_peek_path (file), sj_summary_get_n_projects (sj_window_get_summary (window)),
           (loaded - t0) / 1000.0, (frame_time - t0) / 1000.0);

  /* The budget table, a project's cell, and keystrokes in it */
  sj_window_select_part (window, SJ_OUTLINE_BUDGET);
  page = SJ_BUDGET_PAGE (sj_window_get_page (window, "budget"));
  project = sj_mission_get_project_at (sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0), 0);
  first_year = sj_settings_get_first_year (sj_plan_get_settings (plan));
  for (int tries = 0; tries < 500 && cell == NULL; tries++)
    {
      iterate_until (NULL, g_get_monotonic_time () + 10000);
      cell = sj_budget_page_find_cell (page, project, 0);
    }
  if (cell == NULL || !GTK_IS_EDITABLE (cell))
    {
      g_printerr ("the cell of the first project is not shown\n");
      return 1;
    }
  gtk_widget_grab_focus (cell);
  iterate_until (NULL, g_get_monotonic_time () + 300000); /* the table's first frames */
  frame_durations = g_array_new (FALSE, FALSE, sizeof (double));
  for (int i = 0; i < edits; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", 10000 + i * 7);
      SjMoney want = sj_money_from_baht (10000 + i * 7);
      const SjTotals *t;
      gint64 start = g_get_monotonic_time ();
      double ms;

      gtk_editable_set_text (GTK_EDITABLE (cell), text);
      /* Done when the model has it and the totals are computed again (all synchronous once the
       * typed text is stored, at idle). */
      while (sj_project_get_amount (project, first_year) != want)
        g_main_context_iteration (NULL, TRUE);
      t = sj_summary_get_plan_totals (sj_window_get_summary (window));
      (void) t;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
      iterate_until (NULL, g_get_monotonic_time () + 20000); /* let it draw between keystrokes */
    }
  g_array_sort (times, compare);
  g_print ("%-28s keystroke to updated totals: median %.2f ms, 99th percentile %.2f ms, "
           "worst %.2f ms (%d edits)\n",
           "", g_array_index (times, double, times->len / 2),
           g_array_index (times, double, MIN (times->len - 1, times->len * 99 / 100)),
           g_array_index (times, double, times->len - 1), edits);
  print_frames ("frames while typing");
  g_clear_pointer (&frame_durations, g_array_unref);
  scroll_frames (GTK_WIDGET (page), 200, "frames scrolling the budget table");
  if (g_getenv ("SJ_BENCH_SCROLL_ONLY")) /* for a profiler */
    return 0;

  /* The preview: from an edit to its new layout shown, then drawing a page at 100 % */
  {
    g_autoptr (GArray) relayout = g_array_new (FALSE, FALSE, sizeof (double));
    SjDocument *doc = sj_window_get_document (window);
    SjPreview *preview = sj_window_get_preview (window);
    SjBook *book;
    g_autoptr (GArray) draws = g_array_new (FALSE, FALSE, sizeof (double));

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
    while (!sj_window_preview_is_current (window))
      g_main_context_iteration (NULL, TRUE);
    for (int i = 0; i < 5; i++)
      {
        gint64 start = g_get_monotonic_time ();
        double ms;
        sj_document_begin_step (doc, "bench");
        sj_project_year_set_amount (sj_project_get_year_at (project, 0), sj_money_from_baht (500 + i));
        sj_document_end_step (doc);
        while (!sj_window_preview_is_current (window))
          g_main_context_iteration (NULL, TRUE);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (relayout, ms);
      }
    g_array_sort (relayout, compare);
    /* a form's page (portrait), at 100 % or more: taller than the pane */
    {
      guint first = 0;
      if (sj_book_get_part_pages (sj_preview_get_book (preview), SJ_PART_PART3, &first, NULL))
        sj_preview_set_page (preview, first);
    }
    for (int i = 0; i < 6 && sj_preview_get_zoom (preview) < 1.0; i++)
      {
        gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
        iterate_until (NULL, g_get_monotonic_time () + 50000);
      }
    scroll_frames (GTK_WIDGET (preview), 200, "frames scrolling the preview at 100 %");
    /* Typing with the preview shown: each keystroke laid out again in a thread */
    gtk_widget_grab_focus (cell);
    frame_durations = g_array_new (FALSE, FALSE, sizeof (double));
    for (int i = 0; i < 40; i++)
      {
        g_autofree char *text = g_strdup_printf ("%d", 20000 + i * 3);
        gtk_editable_set_text (GTK_EDITABLE (cell), text);
        iterate_until (NULL, g_get_monotonic_time () + 60000); /* a quick typist */
      }
    while (!sj_window_preview_is_current (window))
      g_main_context_iteration (NULL, TRUE);
    print_frames ("frames typing with the preview shown");
    g_clear_pointer (&frame_durations, g_array_unref);
    book = sj_preview_get_book (preview);
    for (guint p = 0; p < sj_book_get_n_pages (book) && p < 40; p++)
      {
        /* 100 %: 96 pixels per inch, as the screen draws it */
        double scale = 96.0 / 72.0;
        SjPage *pg = sj_book_get_page (book, p);
        cairo_surface_t *surface = cairo_image_surface_create (
          CAIRO_FORMAT_ARGB32, (int) (pg->width * scale), (int) (pg->height * scale));
        cairo_t *cr = cairo_create (surface);
        gint64 start = g_get_monotonic_time ();
        double ms;
        cairo_scale (cr, scale, scale);
        sj_book_draw_page (book, p, cr);
        cairo_surface_flush (surface);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (draws, ms);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
    g_array_sort (draws, compare);
    g_print ("%-28s preview: edit to new layout shown median %.0f ms (%u pages; the preview waits "
             "500 ms for typing to pause, then lays out what the edit changed in a thread); a "
             "page drawn at 100 %% median %.1f ms, worst %.1f ms\n",
             "", g_array_index (relayout, double, relayout->len / 2), sj_book_get_n_pages (book),
             g_array_index (draws, double, draws->len / 2),
             g_array_index (draws, double, draws->len - 1));
  }
  {
    SjDocument *doc = sj_window_get_document (window);
    sj_document_mark_saved (doc, sj_document_get_generation (doc));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
