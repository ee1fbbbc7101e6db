/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-finding-item.h"

G_BEGIN_DECLS

#define SJ_TYPE_FINDINGS_PANEL (sj_findings_panel_get_type ())
G_DECLARE_FINAL_TYPE (SjFindingsPanel, sj_findings_panel, SJ, FINDINGS_PANEL, GtkWidget)

GtkWidget *sj_findings_panel_new (void);
void sj_findings_panel_set_findings (SjFindingsPanel *self, GListModel *findings);
GListModel *sj_findings_panel_get_rows (SjFindingsPanel *self);
void sj_findings_panel_activate_row (SjFindingsPanel *self, guint position);

G_END_DECLS
