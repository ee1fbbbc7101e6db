/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-document.h"

G_BEGIN_DECLS

void sj_bind (SjDocument *doc, gpointer object, const char *property, GtkWidget *widget,
              const char *widget_property, const char *label);
void sj_bind_money (SjDocument *doc, gpointer object, const char *property, GtkWidget *editable,
                    const char *label);
void sj_bind_ref (SjDocument *doc, gpointer object, const char *property, GtkWidget *row,
                  GListModel *choices, const char *label);
void sj_unbind (GtkWidget *widget);

char *sj_money_input_text (SjMoney amount);
gboolean sj_money_from_input (const char *text, SjMoney *out);

G_END_DECLS
