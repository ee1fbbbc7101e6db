/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-document.h"
#include "sj-import.h"
#include "sj-window.h"

G_BEGIN_DECLS

#define SJ_TYPE_IMPORT_DIALOG (sj_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SjImportDialog, sj_import_dialog, SJ, IMPORT_DIALOG, AdwWindow)

SjImportDialog *sj_import_dialog_new (SjWindow *window, SjDocument *doc, SjImportReport *report,
                                      const char *source_name);
GtkToggleButton *sj_import_dialog_get_choice (SjImportDialog *self, guint n);

G_END_DECLS
