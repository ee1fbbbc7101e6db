/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-document.h"

G_BEGIN_DECLS

#define SJ_TYPE_FIND_PANEL (sj_find_panel_get_type ())
G_DECLARE_FINAL_TYPE (SjFindPanel, sj_find_panel, SJ, FIND_PANEL, GtkWidget)

void sj_find_panel_set_document (SjFindPanel *self, SjDocument *doc);
void sj_find_panel_search (SjFindPanel *self, const char *query);
void sj_find_panel_focus (SjFindPanel *self);
guint sj_find_panel_get_n_matches (SjFindPanel *self);
void sj_find_panel_activate (SjFindPanel *self, guint position);
guint sj_find_panel_replace_all (SjFindPanel *self, const char *replacement);

G_END_DECLS
