/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"
#include "sj-xml.h"

G_BEGIN_DECLS

SjPlan *sj_model_xml_read_plan (SjXmlReader *r, xmlNode *node, GError **error);
void sj_model_xml_write_plan (SjXmlWriter *w, SjPlan *plan);
gboolean sj_model_xml_keeps_text (const char *name);

G_END_DECLS
