/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sj-model.h"

G_BEGIN_DECLS

/* The parts of the plan in the outline; each has its editor page. */
typedef enum
{
  SJ_OUTLINE_ORGANISATION,
  SJ_OUTLINE_SETTINGS,
  SJ_OUTLINE_ANNOUNCEMENT,
  SJ_OUTLINE_TEXT,       /* one rich text of the plan (preface, rationale, objectives …) */
  SJ_OUTLINE_PART1,      /* the heading of Part 1; its page lists its sections */
  SJ_OUTLINE_ANALYSIS,
  SJ_OUTLINE_RISKS,
  SJ_OUTLINE_SWOT,
  SJ_OUTLINE_GOALS,
  SJ_OUTLINE_BUDGET,     /* Part 2: the budget table; below it the frame */
  SJ_OUTLINE_FUNDING,
  SJ_OUTLINE_ORDERS,
  SJ_OUTLINE_ANNEX,
  SJ_OUTLINE_PROGRESS,
  SJ_OUTLINE_OIT,
} SjOutlineKind;

#define SJ_TYPE_OUTLINE_ITEM (sj_outline_item_get_type ())
G_DECLARE_FINAL_TYPE (SjOutlineItem, sj_outline_item, SJ, OUTLINE_ITEM, GObject)

SjOutlineKind sj_outline_item_get_kind (SjOutlineItem *self);
const char *sj_outline_item_get_title (SjOutlineItem *self);
const char *sj_outline_item_get_property_name (SjOutlineItem *self);
const char *sj_outline_item_get_icon_name (SjOutlineItem *self);
GListModel *sj_outline_item_get_children (SjOutlineItem *self);

GListModel *sj_outline_new (SjPlan *plan);
GtkTreeListModel *sj_outline_new_tree (SjPlan *plan);
char *sj_outline_describe (gpointer item, gboolean with_number);
GListModel *sj_outline_new_all_projects (SjPlan *plan);

G_END_DECLS
