/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_SETTINGS_PAGE (sj_settings_page_get_type ())
G_DECLARE_FINAL_TYPE (SjSettingsPage, sj_settings_page, SJ, SETTINGS_PAGE, SjFormPage)

G_END_DECLS
