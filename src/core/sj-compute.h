/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

#define SJ_MAX_YEARS 10
#define SJ_N_PROJECT_TYPES 4

/**
 * SjTotals:
 * @years: the amount of each fiscal year of the plan (index 0 is the first year)
 * @total: the whole period
 * @n_projects: the number of projects
 * @n_by_type: the number of projects of each #SjProjectType
 *
 * Sums over a mission, a dimension or the whole plan. Each funding line is counted once.
 */
typedef struct
{
  SjMoney years[SJ_MAX_YEARS];
  SjMoney total;
  guint n_projects;
  guint n_by_type[SJ_N_PROJECT_TYPES];
} SjTotals;

/**
 * SjSummary:
 *
 * Everything the plan book and the checker compute from the project records: the projects in
 * plan order with their numbers and places in the frame, and the totals. Built in one pass;
 * it does not follow later changes of the plan (build a new one).
 */
typedef struct _SjSummary SjSummary;

SjSummary *sj_summary_new (SjPlan *plan);
void sj_summary_free (SjSummary *summary);
SjPlan *sj_summary_get_plan (SjSummary *summary);
guint sj_summary_get_first_year (SjSummary *summary);
guint sj_summary_get_n_years (SjSummary *summary);
guint sj_summary_get_n_projects (SjSummary *summary);
SjProject *sj_summary_get_project (SjSummary *summary, guint index);
int sj_summary_get_project_index (SjSummary *summary, SjProject *project);
guint sj_summary_get_project_number (SjSummary *summary, SjProject *project);
guint sj_summary_get_project_dimension (SjSummary *summary, SjProject *project);
SjMission *sj_summary_get_project_mission (SjSummary *summary, SjProject *project);
const SjTotals *sj_summary_get_plan_totals (SjSummary *summary);
const SjTotals *sj_summary_get_dimension_totals (SjSummary *summary, guint dimension);
const SjTotals *sj_summary_get_mission_totals (SjSummary *summary, SjMission *mission);
SjMoney sj_summary_get_counted_amount (SjSummary *summary, SjProject *project, guint year_index);
SjProject *sj_summary_get_funding_owner (SjSummary *summary, SjProject *project);
char *sj_summary_get_fact (SjSummary *summary, const char *name, gboolean thai_digits);
gboolean sj_fact_name_is_known (const char *name);
gboolean sj_fact_is_of_project (const char *name);
const char *const *sj_fact_names (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjSummary, sj_summary_free)

/* Per-project helpers */
SjProjectYear *sj_project_find_year (SjProject *project, guint year);
SjMoney sj_project_get_amount (SjProject *project, guint year);
gboolean sj_project_has_budget (SjProject *project);
GArray *sj_project_get_run_years (SjProject *project);
char *sj_years_phrase (const guint *years, guint n_years, gboolean thai_digits);
char *sj_project_duration_text (SjProject *project, gboolean thai_digits);
char *sj_project_years_text (SjProject *project, SjTitleYears style, gboolean thai_digits);
char *sj_project_get_display_title (SjProject *project, gboolean thai_digits);
char *sj_project_budget_text (SjProject *project, gboolean exact_suffix, gboolean thai_digits);
const char *sj_project_get_label (SjProject *project, SjFormField field);
char *sj_project_get_responsible_text (SjProject *project);
char *sj_project_get_short_unit (SjProject *project);
SjMoney sj_funding_line_get_amount (SjFundingLine *line, guint year);
char *sj_mission_number (guint dimension_index, guint mission_index, gboolean thai);
char *sj_counts_text (const SjTotals *totals, gboolean by_type, gboolean thai_digits);
char *sj_money_cell (SjMoney amount, SjZeroStyle zero, gboolean thai_digits);
const char *sj_project_type_word (SjProjectType type);

G_END_DECLS
