/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-application.h"
#include "sj-window.h"

G_BEGIN_DECLS

#define SJ_TYPE_DRAFTS_DIALOG (sj_drafts_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SjDraftsDialog, sj_drafts_dialog, SJ, DRAFTS_DIALOG, AdwWindow)

SjDraftsDialog *sj_drafts_dialog_new (SjApplication *app, SjWindow *window, const char *uri);

G_END_DECLS
