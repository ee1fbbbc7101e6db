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

G_END_DECLS
