/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

SjPlan *sj_test_make_clean_plan (void);
SjProject *sj_test_first_project (SjPlan *plan);
SjRich *sj_test_rich (const char *text);
char *sj_test_data_path (const char *first, ...) G_GNUC_NULL_TERMINATED;
SjPlan *sj_test_load_example (const char *name);

G_END_DECLS
