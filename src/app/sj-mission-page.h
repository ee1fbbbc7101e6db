/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_MISSION_PAGE (sj_mission_page_get_type ())
G_DECLARE_FINAL_TYPE (SjMissionPage, sj_mission_page, SJ, MISSION_PAGE, SjFormPage)

G_END_DECLS
