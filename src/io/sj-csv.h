/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-compute.h"

G_BEGIN_DECLS

char *sj_csv_summary (SjSummary *summary);
char *sj_csv_quote (const char *field);

G_END_DECLS
