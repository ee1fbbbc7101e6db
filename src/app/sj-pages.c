/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-pages"
#include "config.h"

#include "sj-pages.h"

#include "sj-analysis-page.h"
#include "sj-annex-page.h"
#include "sj-announcement-page.h"
#include "sj-budget-page.h"
#include "sj-dimension-page.h"
#include "sj-funding-page.h"
#include "sj-goals-page.h"
#include "sj-mission-page.h"
#include "sj-orders-page.h"
#include "sj-organisation-page.h"
#include "sj-part1-page.h"
#include "sj-progress-page.h"
#include "sj-oit-page.h"
#include "sj-project-page.h"
#include "sj-risks-page.h"
#include "sj-settings-page.h"
#include "sj-swot-page.h"
#include "sj-text-page.h"

/* The editor pages of a window, by the names the window gives the outline's entries. */
void
sj_pages_add_all (SjWindow *window, SjAddPageFunc add)
{
  static const struct
  {
    const char *name;
    GType (*get_type) (void);
  } pages[] = {
    { "organisation", sj_organisation_page_get_type },
    { "settings", sj_settings_page_get_type },
    { "announcement", sj_announcement_page_get_type },
    { "text", sj_text_page_get_type },
    { "part1", sj_part1_page_get_type },
    { "analysis", sj_analysis_page_get_type },
    { "risks", sj_risks_page_get_type },
    { "swot", sj_swot_page_get_type },
    { "goals", sj_goals_page_get_type },
    { "budget", sj_budget_page_get_type },
    { "dimension", sj_dimension_page_get_type },
    { "mission", sj_mission_page_get_type },
    { "project", sj_project_page_get_type },
    { "funding", sj_funding_page_get_type },
    { "orders", sj_orders_page_get_type },
    { "annex", sj_annex_page_get_type },
    { "progress", sj_progress_page_get_type },
    { "oit", sj_oit_page_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    add (window, pages[i].name, g_object_new (pages[i].get_type (), NULL));
}
