/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_GOALS_PAGE (sj_goals_page_get_type ())
G_DECLARE_FINAL_TYPE (SjGoalsPage, sj_goals_page, SJ, GOALS_PAGE, SjFormPage)

G_END_DECLS
