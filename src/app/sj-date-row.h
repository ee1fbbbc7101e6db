/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-date.h"

G_BEGIN_DECLS

#define SJ_TYPE_DATE_ROW (sj_date_row_get_type ())
G_DECLARE_FINAL_TYPE (SjDateRow, sj_date_row, SJ, DATE_ROW, AdwActionRow)

GtkWidget *sj_date_row_new (void);
const SjDate *sj_date_row_get_date (SjDateRow *self);
void sj_date_row_set_date (SjDateRow *self, const SjDate *date);

G_END_DECLS
