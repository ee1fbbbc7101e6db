/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_ANNOUNCEMENT_PAGE (sj_announcement_page_get_type ())
G_DECLARE_FINAL_TYPE (SjAnnouncementPage, sj_announcement_page, SJ, ANNOUNCEMENT_PAGE, SjFormPage)

G_END_DECLS
