/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

#define SJ_FRAGMENT_MIME_TYPE "application/x-sujarit-project"

GBytes *sj_fragment_from_project (SjProject *project);
SjProject *sj_fragment_to_project (GBytes *bytes, SjPlan *target, SjMission *mission,
                                   GString *notes, GError **error);

G_END_DECLS
