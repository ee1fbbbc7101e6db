/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

typedef enum
{
  SJ_SEVERITY_ERROR,
  SJ_SEVERITY_WARNING,
  SJ_SEVERITY_HINT,
} SjSeverity;

#define SJ_N_SEVERITIES (SJ_SEVERITY_HINT + 1)

/* The rules of the checker, in the order they are listed (sj_check_get_rules()). */
typedef enum
{
  SJ_RULE_SWOT_UNDEFINED_CODE,
  SJ_RULE_SWOT_DUPLICATE_CODE,
  SJ_RULE_SWOT_CODE_KIND,
  SJ_RULE_RISK_MEASURE_UNLINKED,
  SJ_RULE_RISK_MEASURE_DANGLING,
  SJ_RULE_RISK_LEVEL_MISSING,
  SJ_RULE_PLACEHOLDER,
  SJ_RULE_KPI_NUMBER_MISSING,
  SJ_RULE_UNBALANCED_MARKS,
  SJ_RULE_OTHER_ORGANISATION,
  SJ_RULE_ORG_TYPE_TERMS,
  SJ_RULE_FOREIGN_SCRIPT,
  SJ_RULE_FACT_NO_VALUE,
  SJ_RULE_FIGURE_MISMATCH,
  SJ_RULE_TARGET_MISMATCH,
  SJ_RULE_TITLE_YEARS,
  SJ_RULE_DURATION_MISMATCH,
  SJ_RULE_BUDGET_NOTE_NO_BUDGET,
  SJ_RULE_BUDGET_NO_SCHEDULE,
  SJ_RULE_REQUIRED_EMPTY,
  SJ_RULE_FORM_INCOMPLETE,
  SJ_RULE_DUPLICATE_MEMBER,
  SJ_RULE_NAME_VARIANT,
  SJ_RULE_AMOUNT_NEGATIVE,
  SJ_RULE_AMOUNT_ABSURD,
  SJ_RULE_PROGRESS_OVER_BUDGET,
  SJ_RULE_YEAR_OUTSIDE_PLAN,
  SJ_RULE_DUPLICATE_YEAR,
  SJ_RULE_DANGLING_REFERENCE,
  SJ_RULE_DUPLICATE_TITLE,
  SJ_RULE_FUNDING_UNUSED,
  SJ_RULE_EMBLEM_INVALID,
  SJ_RULE_TOTAL_OVERFLOW,
  SJ_RULE_PROGRESS_CANNOT_DISBURSED,
  SJ_RULE_DUPLICATE_PROGRESS,
  SJ_RULE_OIT_NO_URL,
  SJ_RULE_OIT_NO_PROJECT,
  SJ_N_RULES
} SjRuleId;


/**
 * SjFinding:
 * @rule: a stable identifier of the rule, e.g. "swot-undefined-code"
 * @severity: an error must be mended before the plan is printed; a warning is worth a look; a
 *   hint is worth knowing
 * @message: the message in the language of the user (Thai on a Thai desktop), through gettext
 * @message_en: the same message in English, for logs and scripts
 * @object: where in the model (a #SjProject, #SjStrategy …), for the editor to jump to
 * @property: the property of @object concerned, or NULL
 * @location: a readable location in the language of the user, e.g. "มิติที่ 2 › 2.2 › ลำดับที่ 19"
 * @path: where in the file, for scripts: "frame/dimension[2]/mission[2]/project[p19]/rationale"
 */
typedef struct
{
  const char *rule;
  SjRuleId rule_id;
  SjSeverity severity;
  char *message;
  char *message_en;
  GObject *object;
  char *property;
  char *location;
  char *path;
} SjFinding;

/**
 * SjRuleInfo:
 * @summary: what the rule finds, in English; translate it with g_dgettext (GETTEXT_PACKAGE)
 */
typedef struct
{
  SjRuleId rule;
  const char *id;
  SjSeverity severity;
  const char *summary;
} SjRuleInfo;

GPtrArray *sj_check_plan (SjPlan *plan);
const SjRuleInfo *sj_check_get_rules (guint *n_rules);
const SjRuleInfo *sj_check_get_rule (const char *id);
guint sj_findings_count (GPtrArray *findings, SjSeverity severity);
void sj_finding_free (SjFinding *finding);
const char *sj_severity_to_string (SjSeverity severity);
char *sj_model_path (GObject *object, const char *property);
const char *sj_check_property_label (const char *property);
GObject *sj_model_resolve_path (GObject *root, const char *path, char **property);

G_END_DECLS
