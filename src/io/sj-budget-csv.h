/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

#define SJ_BUDGET_CSV_ERROR (sj_budget_csv_error_quark ())
GQuark sj_budget_csv_error_quark (void);

typedef enum
{
  SJ_BUDGET_CSV_ERROR_SYNTAX,  /* not CSV: an unclosed quote, not UTF-8 */
  SJ_BUDGET_CSV_ERROR_HEADER,  /* no title column, no year column … */
  SJ_BUDGET_CSV_ERROR_ROWS,    /* values that are wrong, listed line by line */
} SjBudgetCsvError;

GPtrArray *sj_csv_parse (const char *text, gsize length, GError **error);
char *sj_budget_csv_export (SjPlan *plan);
char *sj_eplan_csv_export (SjPlan *plan, guint year);
GPtrArray *sj_budget_csv_import (SjPlan *plan, const char *text, gsize length, gboolean dry_run,
                                 GError **error);

G_END_DECLS
