/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SJ_TYPE_TEXT_FIELD (sj_text_field_get_type ())
G_DECLARE_FINAL_TYPE (SjTextField, sj_text_field, SJ, TEXT_FIELD, GtkTextView)

GtkWidget *sj_text_field_new (void);

G_END_DECLS
