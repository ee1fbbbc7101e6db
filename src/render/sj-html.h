/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

gboolean sj_html_export (SjPlan *plan, const char *dir, GError **error);

G_END_DECLS
