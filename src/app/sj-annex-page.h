/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_ANNEX_PAGE (sj_annex_page_get_type ())
G_DECLARE_FINAL_TYPE (SjAnnexPage, sj_annex_page, SJ, ANNEX_PAGE, SjFormPage)

G_END_DECLS
