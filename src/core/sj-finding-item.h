/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-checker.h"

G_BEGIN_DECLS

#define SJ_TYPE_FINDING_ITEM (sj_finding_item_get_type ())
G_DECLARE_FINAL_TYPE (SjFindingItem, sj_finding_item, SJ, FINDING_ITEM, GObject)

SjFindingItem *sj_finding_item_new (const SjFinding *finding);
SjRuleId sj_finding_item_get_rule (SjFindingItem *self);
const char *sj_finding_item_get_rule_name (SjFindingItem *self);
SjSeverity sj_finding_item_get_severity (SjFindingItem *self);
const char *sj_finding_item_get_message (SjFindingItem *self);
const char *sj_finding_item_get_location (SjFindingItem *self);
const char *sj_finding_item_get_path (SjFindingItem *self);
const char *sj_finding_item_get_property_name (SjFindingItem *self);
const char *sj_finding_item_get_part (SjFindingItem *self);
GObject *sj_finding_item_resolve (SjFindingItem *self, SjPlan *plan);

GListModel *sj_findings_to_model (GPtrArray *findings);

G_END_DECLS
