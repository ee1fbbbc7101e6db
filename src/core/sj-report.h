/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-compute.h"
#include "sj-model.h"

G_BEGIN_DECLS

/* One project in a progress report: what the plan says of the year and what was reported. */
typedef struct
{
  SjProject *project;
  guint number;            /* ลำดับที่, as the book numbers the project */
  guint dimension;         /* index of its dimension */
  SjMoney budget;          /* of the year; SJ_MONEY_NONE: ไม่ใช้งบประมาณ */
  SjProgressStatus status; /* SJ_PROGRESS_STATUS_PENDING when nothing was reported */
  SjMoney disbursed;       /* SJ_MONEY_NONE when not reported */
  SjProgress *progress;    /* the project's report of the round, or NULL */
  SjProject *shares_with;  /* the earlier project whose funding line carries its money, or NULL */
} SjReportRow;

/* Counts and sums of a set of rows (a dimension, the plan): computed from the rows, so that they
 * can never disagree with them. */
typedef struct
{
  guint n;
  guint by_status[4]; /* indexed by SjProgressStatus */
  SjMoney budget;     /* SJ_MONEY_OVERFLOW if it does not fit */
  SjMoney disbursed;
} SjReportTotals;

typedef struct
{
  SjPlan *plan;
  SjSummary *summary;
  guint year;
  SjRound round;
  SjReport *report;     /* the round's own data (date, problems, reporter), or NULL */
  GArray *rows;         /* of SjReportRow, in the order of the plan */
  guint n_dimensions;
  SjReportTotals *dimensions;
  SjReportTotals total;
} SjReportData;

SjReportData *sj_report_data_new (SjPlan *plan, guint year, SjRound round);
void sj_report_data_free (SjReportData *data);
SjReport *sj_plan_find_report (SjPlan *plan, guint year, SjRound round);
SjProgress *sj_project_find_progress (SjProject *project, guint year, SjRound round);
char *sj_report_share (guint part, guint whole, gboolean thai_digits);
char *sj_report_money_share (SjMoney part, SjMoney whole, gboolean thai_digits);
guint sj_round_months (SjRound round);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjReportData, sj_report_data_free)

G_END_DECLS
