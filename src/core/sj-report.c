/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-report"
#include "config.h"

#include "sj-report.h"
#include "sj-thai.h"

/* The progress report of a fiscal year and round (รอบ ๖ เดือน, รอบ ๑๒ เดือน), computed from the plan:
 * a row for each project that runs in the year, and counts and sums that are computed from those
 * rows, so that the summary can never disagree with the table (seed 000's report does). */

guint
sj_round_months (SjRound round)
{
  return round == SJ_ROUND_6 ? 6 : 12;
}

SjProgress *
sj_project_find_progress (SjProject *project, guint year, SjRound round)
{
  for (guint i = 0; i < sj_project_get_n_progress (project); i++)
    {
      SjProgress *pr = sj_project_get_progress_at (project, i);
      if ((guint) sj_progress_get_year (pr) == year && sj_progress_get_round (pr) == round)
        return pr;
    }
  return NULL;
}

SjReport *
sj_plan_find_report (SjPlan *plan, guint year, SjRound round)
{
  for (guint i = 0; i < sj_plan_get_n_reports (plan); i++)
    {
      SjReport *r = sj_plan_get_report_at (plan, i);
      if ((guint) sj_report_get_year (r) == year && sj_report_get_round (r) == round)
        return r;
    }
  return NULL;
}

static void
add_row (SjReportTotals *t, const SjReportRow *row)
{
  t->n++;
  t->by_status[row->status]++;
  if (row->budget != SJ_MONEY_NONE)
    t->budget = sj_money_add (t->budget, row->budget);
  if (row->disbursed != SJ_MONEY_NONE)
    t->disbursed = sj_money_add (t->disbursed, row->disbursed);
}

/**
 * sj_report_data_new:
 *
 * The rows and totals of the progress report of @year and @round: every project that runs in
 * @year (it has a budget line for it, with or without money), in the order of the plan, with
 * its budget as Part 2 counts it.
 */
SjReportData *
sj_report_data_new (SjPlan *plan, guint year, SjRound round)
{
  SjReportData *d = g_new0 (SjReportData, 1);

  d->plan = g_object_ref (plan);
  d->summary = sj_summary_new (plan);
  d->year = year;
  d->round = round;
  d->report = sj_plan_find_report (plan, year, round);
  d->rows = g_array_new (FALSE, TRUE, sizeof (SjReportRow));
  d->n_dimensions = sj_plan_get_n_dimensions (plan);
  d->dimensions = g_new0 (SjReportTotals, MAX (1, d->n_dimensions));
  for (guint i = 0; i < sj_summary_get_n_projects (d->summary); i++)
    {
      SjProject *project = sj_summary_get_project (d->summary, i);
      SjProjectYear *py = sj_project_find_year (project, year);
      SjReportRow row = { 0 };

      if (py == NULL)
        continue;
      row.project = project;
      row.number = sj_summary_get_project_number (d->summary, project);
      row.dimension = sj_summary_get_project_dimension (d->summary, project);
      /* The budget as Part 2 counts it: a funding line shared by several projects is counted
       * with the first of them, so that the report's totals are Part 2's. */
      row.budget = sj_project_get_amount (project, year);
      row.shares_with = sj_summary_get_funding_owner (d->summary, project);
      if (row.budget != SJ_MONEY_NONE && year >= sj_summary_get_first_year (d->summary)
          && year - sj_summary_get_first_year (d->summary) < sj_summary_get_n_years (d->summary))
        row.budget = sj_summary_get_counted_amount (d->summary, project,
                                                    year - sj_summary_get_first_year (d->summary));
      row.progress = sj_project_find_progress (project, year, round);
      row.status = row.progress ? sj_progress_get_status (row.progress)
                                : SJ_PROGRESS_STATUS_PENDING;
      row.disbursed = row.progress ? sj_progress_get_disbursed (row.progress) : SJ_MONEY_NONE;
      g_array_append_val (d->rows, row);
      if (row.dimension < d->n_dimensions)
        add_row (&d->dimensions[row.dimension], &row);
      add_row (&d->total, &row);
    }
  return d;
}

void
sj_report_data_free (SjReportData *d)
{
  if (d == NULL)
    return;
  g_array_unref (d->rows);
  g_free (d->dimensions);
  sj_summary_free (d->summary);
  g_object_unref (d->plan);
  g_free (d);
}

/* part / whole as a percentage with two decimals, rounded half up, from integers: "66.67". */
static char *
percent (guint64 part, guint64 whole, gboolean thai_digits)
{
  guint64 basis;
  g_autofree char *text = NULL;

  if (whole == 0)
    return g_strdup ("-");
  basis = (part * 10000 + whole / 2) / whole;
  text = g_strdup_printf ("%" G_GUINT64_FORMAT ".%02u", basis / 100, (guint) (basis % 100));
  return sj_thai_digits_if (text, thai_digits);
}

/**
 * sj_report_share:
 *
 * Returns: @part of @whole in per cent with two decimals ("66.67"), "-" when @whole is 0
 */
char *
sj_report_share (guint part, guint whole, gboolean thai_digits)
{
  return percent (part, whole, thai_digits);
}

/**
 * sj_report_money_share:
 *
 * Returns: @part of @whole (amounts) in per cent with two decimals, "-" when @whole is 0 or not
 * an amount
 */
char *
sj_report_money_share (SjMoney part, SjMoney whole, gboolean thai_digits)
{
  if (whole <= 0 || whole == SJ_MONEY_NONE || whole == SJ_MONEY_OVERFLOW || part < 0
      || part == SJ_MONEY_NONE || part == SJ_MONEY_OVERFLOW)
    return g_strdup ("-");
  return percent ((guint64) part, (guint64) whole, thai_digits);
}
