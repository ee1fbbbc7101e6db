/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _SjWindow SjWindow;

#define SJ_TYPE_OUTLINE_ROW (sj_outline_row_get_type ())
G_DECLARE_FINAL_TYPE (SjOutlineRow, sj_outline_row, SJ, OUTLINE_ROW, GtkWidget)

SjOutlineRow *sj_outline_row_new (void);
void sj_outline_row_bind (SjOutlineRow *self, GtkTreeListRow *row, SjWindow *window);

G_END_DECLS
