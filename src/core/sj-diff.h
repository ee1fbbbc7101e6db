/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

typedef enum
{
  SJ_DIFF_ADDED,    /* a project in the newer plan only */
  SJ_DIFF_REMOVED,  /* a project in the older plan only */
  SJ_DIFF_RENAMED,  /* a project's title */
  SJ_DIFF_MOVED,    /* a project to another mission */
  SJ_DIFF_BUDGET,   /* a project's budget in one year */
  SJ_DIFF_TEXT,     /* another field of a project, or a part of the plan */
} SjDiffKind;

/**
 * SjDiffChange:
 * @what: the project ("ลำดับที่ 3 โครงการ…") or the part of the plan concerned
 * @field: the field or year concerned, or %NULL
 * @before, @after: the old and new value as read (a title, a mission's code, an amount), or
 *   %NULL where there is none (an added project has no @before)
 */
typedef struct
{
  SjDiffKind kind;
  char *what;
  char *field;
  char *before;
  char *after;
} SjDiffChange;

GPtrArray *sj_diff_plans (SjPlan *older, SjPlan *newer);
char *sj_diff_change_to_string (const SjDiffChange *change);
void sj_diff_change_free (SjDiffChange *change);

G_END_DECLS
