/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_PROGRESS_PAGE (sj_progress_page_get_type ())
G_DECLARE_FINAL_TYPE (SjProgressPage, sj_progress_page, SJ, PROGRESS_PAGE, SjFormPage)

G_END_DECLS
