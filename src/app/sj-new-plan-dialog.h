/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-application.h"
#include "sj-catalog.h"

G_BEGIN_DECLS

#define SJ_TYPE_NEW_PLAN_DIALOG (sj_new_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SjNewPlanDialog, sj_new_plan_dialog, SJ, NEW_PLAN_DIALOG, AdwWindow)

SjNewPlanDialog *sj_new_plan_dialog_new (SjApplication *app, SjCatalog *catalog,
                                         GtkWindow *parent);

G_END_DECLS
