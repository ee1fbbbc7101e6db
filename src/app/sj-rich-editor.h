/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sj-rich.h"

G_BEGIN_DECLS

#define SJ_TYPE_RICH_EDITOR (sj_rich_editor_get_type ())
G_DECLARE_FINAL_TYPE (SjRichEditor, sj_rich_editor, SJ, RICH_EDITOR, GtkWidget)

SjRichEditor *sj_rich_editor_new (void);
SjRich *sj_rich_editor_get_rich (SjRichEditor *self);
void sj_rich_editor_set_rich (SjRichEditor *self, SjRich *rich);
GtkTextView *sj_rich_editor_get_view (SjRichEditor *self);
char *sj_rich_editor_get_text (SjRichEditor *self);

G_END_DECLS
