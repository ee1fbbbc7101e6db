/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-catalog.h"
#include "sj-document.h"
#include "sj-user-db.h"

G_BEGIN_DECLS

#define SJ_TYPE_APPLICATION (sj_application_get_type ())
G_DECLARE_FINAL_TYPE (SjApplication, sj_application, SJ, APPLICATION, AdwApplication)

SjApplication *sj_application_new (void);
GSettings *sj_application_get_settings (SjApplication *self);
GFile *sj_application_get_examples_dir (void);
void sj_application_open_file (SjApplication *self, GFile *file, GtkWindow *reuse);
SjCatalog *sj_application_get_catalog (SjApplication *self, GError **error);
SjUserDb *sj_application_get_user_db (SjApplication *self);
void sj_application_open_new_plan (SjApplication *self, SjPlan *plan);
void sj_application_import_file (SjApplication *self, GFile *file);

G_END_DECLS
