/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-compute.h"
#include "sj-flow.h"
#include "sj-report.h"

G_BEGIN_DECLS

/* Each adds a chart drawn with Cairo, with Thai labels, at the flow's position. */
void sj_chart_add_swot (SjFlow *flow, SjPlan *plan);
void sj_chart_add_risk (SjFlow *flow, SjPlan *plan);
void sj_chart_add_budget (SjFlow *flow, SjSummary *summary);
gboolean sj_chart_add_targets (SjFlow *flow, SjPlan *plan);
void sj_chart_add_report (SjFlow *flow, const SjReportData *data);

G_END_DECLS
