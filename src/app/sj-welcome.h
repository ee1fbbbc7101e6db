/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SJ_TYPE_WELCOME (sj_welcome_get_type ())
G_DECLARE_FINAL_TYPE (SjWelcome, sj_welcome, SJ, WELCOME, GtkWidget)

G_END_DECLS
