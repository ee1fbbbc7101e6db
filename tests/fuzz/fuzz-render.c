/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: load a plan, check it, lay out its whole book and export it to PDF. */
#include "config.h"

#include "sj-book.h"
#include "sj-checker.h"
#include "sj-plan-file.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *out_path;

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = sj_plan_file_load_bytes (bytes, "fuzz.sujarit", &error);
  g_autoptr (SjBook) book = NULL;
  g_autoptr (GPtrArray) findings = NULL;

  if (plan == NULL)
    return 0;
  if (out_path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("sujarit-fuzz-XXXXXX", NULL);
      out_path = g_build_filename (dir, "book.pdf", NULL);
    }
  findings = sj_check_plan (plan);
  book = sj_book_new (plan, NULL, &error);
  if (book == NULL)
    return 0; /* a plan whose parts setting names no part it knows */
  if (!sj_book_export_pdf (book, out_path, &error))
    {
      fprintf (stderr, "export failed: %s\n", error->message);
      abort ();
    }
  g_unlink (out_path);
  return 0;
}
