/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_PART1_PAGE (sj_part1_page_get_type ())
G_DECLARE_FINAL_TYPE (SjPart1Page, sj_part1_page, SJ, PART1_PAGE, SjFormPage)

G_END_DECLS
