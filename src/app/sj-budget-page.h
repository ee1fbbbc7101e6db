/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-editor-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_BUDGET_PAGE (sj_budget_page_get_type ())
G_DECLARE_FINAL_TYPE (SjBudgetPage, sj_budget_page, SJ, BUDGET_PAGE, GtkWidget)

GtkWidget *sj_budget_page_find_cell (SjBudgetPage *self, gpointer item, int year_index);
void sj_budget_page_scroll_to (SjBudgetPage *self, gpointer item);

G_END_DECLS
