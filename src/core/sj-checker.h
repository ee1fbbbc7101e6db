/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

typedef enum
{
  SJ_SEVERITY_ERROR,
  SJ_SEVERITY_WARNING,
} SjSeverity;

/**
 * SjFinding:
 * @rule: a stable identifier of the rule, e.g. "swot-undefined-code"
 * @severity: an error must be mended before the plan is printed; a warning is worth a look
 * @message_th: the message in Thai
 * @message_en: the message in English
 * @object: where in the model (a #SjProject, #SjStrategy …), for the editor to jump to
 * @property: the property of @object concerned, or NULL
 * @location: a readable location in Thai, e.g. "มิติที่ 2 › 2.2 › ลำดับที่ 19"
 */
typedef struct
{
  const char *rule;
  SjSeverity severity;
  char *message_th;
  char *message_en;
  GObject *object;
  char *property;
  char *location;
} SjFinding;

typedef struct
{
  const char *id;
  SjSeverity severity;
  const char *summary_en;
  const char *summary_th;
} SjRuleInfo;

GPtrArray *sj_check_plan (SjPlan *plan);
const SjRuleInfo *sj_check_get_rules (guint *n_rules);
guint sj_findings_count (GPtrArray *findings, SjSeverity severity);
void sj_finding_free (SjFinding *finding);

G_END_DECLS
