/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-book.h"

G_BEGIN_DECLS

#define SJ_TYPE_PREVIEW (sj_preview_get_type ())
G_DECLARE_FINAL_TYPE (SjPreview, sj_preview, SJ, PREVIEW, GtkWidget)

GtkWidget *sj_preview_new (void);
void sj_preview_set_book (SjPreview *self, SjBook *book);
SjBook *sj_preview_get_book (SjPreview *self);
void sj_preview_set_busy (SjPreview *self, gboolean busy);
guint sj_preview_get_page (SjPreview *self);
void sj_preview_set_page (SjPreview *self, guint index);
gboolean sj_preview_show_path (SjPreview *self, const char *path, SjPart prefer);
double sj_preview_get_zoom (SjPreview *self);
void sj_preview_click (SjPreview *self, double x, double y);

G_END_DECLS
