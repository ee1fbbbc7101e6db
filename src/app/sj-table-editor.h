/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sj-rich.h"

G_BEGIN_DECLS

#define SJ_TYPE_TABLE_EDITOR (sj_table_editor_get_type ())
G_DECLARE_FINAL_TYPE (SjTableEditor, sj_table_editor, SJ, TABLE_EDITOR, GtkWidget)

SjTableEditor *sj_table_editor_new (const SjBlock *table);
SjBlock *sj_table_editor_get_block (SjTableEditor *self);

G_END_DECLS
