/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_OIT_PAGE (sj_oit_page_get_type ())
G_DECLARE_FINAL_TYPE (SjOitPage, sj_oit_page, SJ, OIT_PAGE, SjFormPage)

G_END_DECLS
