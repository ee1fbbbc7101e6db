/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-editor-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_PROJECT_PAGE (sj_project_page_get_type ())
G_DECLARE_FINAL_TYPE (SjProjectPage, sj_project_page, SJ, PROJECT_PAGE, GtkWidget)

G_END_DECLS
