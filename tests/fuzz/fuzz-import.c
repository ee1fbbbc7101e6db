/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer harness: the importer. Any bytes — text, a zip, a PDF — are read and recognised
 * without a crash, a leak or a hang; a refusal is an error with a message of the source or the
 * catalogue; a plan imported can always be saved and loaded again. */
#include "config.h"

#include "sj-import.h"
#include "sj-plan-file.h"

#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static SjCatalog *catalog;

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjSource) source = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (SjImportReport) report = NULL;
  g_autoptr (GBytes) saved = NULL;
  g_autoptr (SjPlan) again = NULL;

  if (catalog == NULL)
    {
      catalog = sj_catalog_open_default (&error);
      if (catalog == NULL)
        {
          fprintf (stderr, "no catalogue: %s\n", error->message);
          abort ();
        }
    }
  source = sj_source_read_bytes (bytes, "fuzz", &error);
  if (source == NULL)
    {
      if (error == NULL || error->domain != SJ_SOURCE_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }
  plan = sj_import_source (source, catalog, &report, &error);
  if (plan == NULL)
    {
      if (error == NULL || error->message[0] == '\0')
        abort ();
      return 0;
    }
  {
    g_autofree char *text = sj_import_report_to_text (report, "fuzz");
    if (text == NULL)
      abort ();
  }
  saved = sj_plan_file_serialize (plan, &error);
  if (saved == NULL)
    {
      fprintf (stderr, "an imported plan could not be saved: %s\n", error->message);
      abort ();
    }
  again = sj_plan_file_load_bytes (saved, "imported.sujarit", &error);
  if (again == NULL)
    {
      fprintf (stderr, "an imported plan could not be loaded again: %s\n", error->message);
      abort ();
    }
  return 0;
}
