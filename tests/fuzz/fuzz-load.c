/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: the plan loader, then the promise that what Sujarit writes it can always
 * read again. Any plan that loads must serialise without a problem, and the bytes must load to
 * an equal plan that serialises to the same bytes. */
#include "config.h"

#include "sj-plan-file.h"

#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = sj_plan_file_load_bytes (bytes, "fuzz.sujarit", &error);
  g_autoptr (GBytes) saved = NULL;
  g_autoptr (GBytes) saved_again = NULL;
  g_autoptr (SjPlan) again = NULL;

  if (plan == NULL)
    {
      if (error == NULL || error->domain != SJ_PLAN_FILE_ERROR)
        abort (); /* every refusal is an error of the plan file domain, with a message */
      return 0;
    }
  saved = sj_plan_file_serialize (plan, &error);
  if (saved == NULL)
    {
      fprintf (stderr, "a loaded plan could not be saved: %s\n", error->message);
      abort ();
    }
  again = sj_plan_file_load_bytes (saved, "saved.sujarit", &error);
  if (again == NULL)
    {
      fprintf (stderr, "a saved plan could not be loaded again: %s\n", error->message);
      abort ();
    }
  if (!sj_plan_equal (plan, again))
    {
      fprintf (stderr, "the plan changed in a save and load\n");
      abort ();
    }
  saved_again = sj_plan_file_serialize (again, NULL);
  if (saved_again == NULL || !g_bytes_equal (saved, saved_again))
    {
      fprintf (stderr, "saving is not canonical\n");
      abort ();
    }
  return 0;
}
