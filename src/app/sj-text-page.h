/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-editor-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_TEXT_PAGE (sj_text_page_get_type ())
G_DECLARE_FINAL_TYPE (SjTextPage, sj_text_page, SJ, TEXT_PAGE, GtkWidget)

G_END_DECLS
