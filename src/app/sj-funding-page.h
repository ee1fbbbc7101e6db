/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_FUNDING_PAGE (sj_funding_page_get_type ())
G_DECLARE_FINAL_TYPE (SjFundingPage, sj_funding_page, SJ, FUNDING_PAGE, SjFormPage)

G_END_DECLS
