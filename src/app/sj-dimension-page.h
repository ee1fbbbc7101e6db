/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_DIMENSION_PAGE (sj_dimension_page_get_type ())
G_DECLARE_FINAL_TYPE (SjDimensionPage, sj_dimension_page, SJ, DIMENSION_PAGE, SjFormPage)

G_END_DECLS
