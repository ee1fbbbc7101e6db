/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_SWOT_PAGE (sj_swot_page_get_type ())
G_DECLARE_FINAL_TYPE (SjSwotPage, sj_swot_page, SJ, SWOT_PAGE, SjFormPage)

G_END_DECLS
