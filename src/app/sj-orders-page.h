/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-form-page.h"

G_BEGIN_DECLS

#define SJ_TYPE_ORDERS_PAGE (sj_orders_page_get_type ())
G_DECLARE_FINAL_TYPE (SjOrdersPage, sj_orders_page, SJ, ORDERS_PAGE, SjFormPage)

G_END_DECLS
