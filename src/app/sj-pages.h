/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-window.h"

G_BEGIN_DECLS

typedef void (*SjAddPageFunc) (SjWindow *window, const char *name, GtkWidget *page);

void sj_pages_add_all (SjWindow *window, SjAddPageFunc add);

G_END_DECLS
