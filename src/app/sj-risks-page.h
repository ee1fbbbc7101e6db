/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_RISKS_PAGE (sj_risks_page_get_type ())
G_DECLARE_FINAL_TYPE (SjRisksPage, sj_risks_page, SJ, RISKS_PAGE, SjFormPage)

G_END_DECLS
