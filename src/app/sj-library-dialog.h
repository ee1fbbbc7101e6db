/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-catalog.h"
#include "sj-user-db.h"
#include "sj-window.h"

G_BEGIN_DECLS

#define SJ_TYPE_LIBRARY_DIALOG (sj_library_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SjLibraryDialog, sj_library_dialog, SJ, LIBRARY_DIALOG, AdwWindow)

SjLibraryDialog *sj_library_dialog_new (SjWindow *window, SjCatalog *catalog, SjUserDb *db,
                                        SjMission *mission, guint position);

G_END_DECLS
