/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_ANALYSIS_PAGE (sj_analysis_page_get_type ())
G_DECLARE_FINAL_TYPE (SjAnalysisPage, sj_analysis_page, SJ, ANALYSIS_PAGE, SjFormPage)

G_END_DECLS
