/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints how long loading, saving, computing the totals and checking a plan take, and the peak
 * memory of the process. Usage: sj-bench-plan PLAN.sujarit [REPEATS] */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-plan-file.h"

static double
peak_mb (void)
{
  struct rusage ru;
  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0; /* kilobytes on Linux */
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double last_min;

/* The median of @n timings of @func, in milliseconds (the fastest is kept in last_min). */
static double
median_ms (void (*func) (gpointer), gpointer data, guint n)
{
  g_autoptr (GArray) t = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < n; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;
      func (data);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (t, ms);
    }
  g_array_sort (t, compare_double);
  last_min = g_array_index (t, double, 0);
  return g_array_index (t, double, n / 2);
}

typedef struct
{
  GFile *file;
  GFile *out;
  SjPlan *plan;
} Ctx;

/* Loading is timed without freeing the plan afterwards (that happens between the runs). */
static double
median_load_ms (GFile *file, guint n)
{
  g_autoptr (GArray) t = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      SjPlan *p = sj_plan_file_load (file, NULL, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_array_append_val (t, ms);
      g_object_unref (p);
    }
  g_array_sort (t, compare_double);
  last_min = g_array_index (t, double, 0);
  return g_array_index (t, double, n / 2);
}

static void
do_save (gpointer data)
{
  Ctx *c = data;
  g_autoptr (GError) error = NULL;
  if (!sj_plan_file_save (c->plan, c->out, NULL, &error))
    g_error ("%s", error->message);
}

static void
do_totals (gpointer data)
{
  Ctx *c = data;
  SjSummary *s = sj_summary_new (c->plan);
  sj_summary_free (s);
}

static void
do_check (gpointer data)
{
  Ctx *c = data;
  GPtrArray *f = sj_check_plan (c->plan);
  g_ptr_array_unref (f);
}

int
main (int argc, char **argv)
{
  Ctx c = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sj-bench-XXXXXX", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.sujarit", NULL);
  g_autofree char *bak_path = g_strconcat (out_path, ".bak", NULL);
  g_autofree char *base = NULL;
  guint repeats = argc > 2 ? (guint) strtoul (argv[2], NULL, 10) : 7;
  g_autoptr (SjSummary) s = NULL;
  double load, save, totals, check, mem, load_min, save_min;
  GStatBuf st;

  if (argc < 2)
    {
      g_printerr ("usage: %s PLAN.sujarit [REPEATS]\n", argv[0]);
      return 2;
    }
  c.file = g_file_new_for_commandline_arg (argv[1]);
  c.out = g_file_new_for_path (out_path);
  c.plan = sj_plan_file_load (c.file, NULL, &error);
  if (c.plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  mem = peak_mb (); /* after one load: the memory a plan this size needs */
  s = sj_summary_new (c.plan);
  g_stat (argv[1], &st);

  load = median_load_ms (c.file, repeats);
  load_min = last_min;
  save = median_ms (do_save, &c, repeats);
  save_min = last_min;
  totals = median_ms (do_totals, &c, repeats * 20);
  check = median_ms (do_check, &c, repeats);
  base = g_path_get_basename (argv[1]);
  g_print ("%-24s %5u projects %5.1f MB | load %6.1f ms (min %6.1f) | save %6.1f ms (min %6.1f) "
           "| totals %6.3f ms | check %6.1f ms | peak %5.1f MB\n",
           base, sj_summary_get_n_projects (s), st.st_size / 1048576.0, load, load_min, save,
           save_min, totals, check, mem);

  g_unlink (out_path);
  g_unlink (bak_path);
  g_rmdir (dir);
  g_object_unref (c.plan);
  g_object_unref (c.file);
  g_object_unref (c.out);
  return 0;
}
