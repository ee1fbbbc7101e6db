/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_ORGANISATION_PAGE (sj_organisation_page_get_type ())
G_DECLARE_FINAL_TYPE (SjOrganisationPage, sj_organisation_page, SJ, ORGANISATION_PAGE, SjFormPage)

G_END_DECLS
