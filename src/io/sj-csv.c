/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-csv"
#include "config.h"

#include "sj-csv.h"

#include <string.h>

/* Quotes a field for CSV (RFC 4180) when it needs it. */
char *
sj_csv_quote (const char *field)
{
  GString *s;

  if (field == NULL)
    return g_strdup ("");
  if (strpbrk (field, ",\"\r\n") == NULL)
    return g_strdup (field);
  s = g_string_new ("\"");
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
  return g_string_free (s, FALSE);
}

static void
append_row (GString *s, const char *label, const SjTotals *t, guint n_years)
{
  g_autofree char *whole = sj_money_to_plain (t->total);

  /* Items without a type are printed as โครงการ, and counted so. */
  g_string_append_printf (s, "%s,%u,%u,%u,%u", label, t->n_projects,
                          t->n_by_type[SJ_PROJECT_TYPE_PROJECT] + t->n_by_type[SJ_PROJECT_TYPE_NONE],
                          t->n_by_type[SJ_PROJECT_TYPE_MEASURE],
                          t->n_by_type[SJ_PROJECT_TYPE_ACTIVITY]);
  for (guint y = 0; y < n_years; y++)
    {
      g_autofree char *amount = sj_money_to_plain (t->years[y]);
      g_string_append_printf (s, ",%s", amount);
    }
  g_string_append_printf (s, ",%s\n", whole);
}

/**
 * sj_csv_summary:
 *
 * The plan in figures: a header row
 * "dimension,projects,type-project,type-measure,type-activity,<year1>,…,whole-period", one row
 * per dimension (its number, its count of items and of each type, its total in each fiscal year
 * and over the whole period) and a "total" row. Amounts are plain baht: "24623948" or
 * "24623948.50".
 */
char *
sj_csv_summary (SjSummary *summary)
{
  SjPlan *plan = sj_summary_get_plan (summary);
  guint n_years = sj_summary_get_n_years (summary);
  guint first = sj_summary_get_first_year (summary);
  GString *s = g_string_new ("dimension,projects,type-project,type-measure,type-activity");

  for (guint y = 0; y < n_years; y++)
    g_string_append_printf (s, ",%u", first + y);
  g_string_append (s, ",whole-period\n");
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      char label[16];
      g_snprintf (label, sizeof label, "%u", d + 1);
      append_row (s, label, sj_summary_get_dimension_totals (summary, d), n_years);
    }
  append_row (s, "total", sj_summary_get_plan_totals (summary), n_years);
  return g_string_free (s, FALSE);
}
