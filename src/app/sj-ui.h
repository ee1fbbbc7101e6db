/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-document.h"

G_BEGIN_DECLS

typedef GtkWidget *(*SjRowFunc) (SjDocument *doc, gpointer item, gpointer user_data);

void sj_ui_remove (GtkWidget *from, SjDocument *doc, gpointer object, const char *what);
void sj_ui_append (SjDocument *doc, gpointer owner, const char *list_property, gpointer item,
                   const char *step_name);
char *sj_ui_new_id (SjDocument *doc, const char *prefix);
GtkWidget *sj_ui_entry_row (SjDocument *doc, gpointer object, const char *property,
                            const char *title);
GtkWidget *sj_ui_remove_button (SjDocument *doc, gpointer object, const char *what);
GtkWidget *sj_ui_move_buttons (SjDocument *doc, gpointer object);
GtkWidget *sj_ui_combo_row (SjDocument *doc, gpointer object, const char *property,
                            const char *title, GType enum_type,
                            const char *(*label) (int value));
GtkWidget *sj_ui_switch_row (SjDocument *doc, gpointer object, const char *property,
                             const char *title, const char *subtitle);
GtkWidget *sj_ui_spin_row (SjDocument *doc, gpointer object, const char *property,
                           const char *title, double lo, double hi, double step, guint digits);
GtkWidget *sj_ui_rich_field (SjDocument *doc, gpointer object, const char *property,
                             const char *title);
GtkWidget *sj_ui_lines_field (SjDocument *doc, gpointer object, const char *property,
                              const char *title);
GtkWidget *sj_ui_date_row (SjDocument *doc, gpointer object, const char *property,
                           const char *title);
void sj_ui_bind_list (GtkListBox *box, SjDocument *doc, GListModel *model, SjRowFunc func,
                      gpointer user_data);
GtkWidget *sj_ui_page_box (GtkWidget **content);
void sj_ui_clear_box (GtkWidget *box);
void sj_widget_unparent_children (GtkWidget *widget);

typedef struct
{
  const char *id;    /* as the settings and the renderer name it: "part2" */
  const char *label; /* untranslated; translate with _() */
} SjUiBookPart;

const SjUiBookPart *sj_ui_book_parts (guint *n_parts);
char *sj_ui_project_preview_markup (SjProject *project, const char *title);

G_END_DECLS
