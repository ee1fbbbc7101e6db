/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-editor-page.h"

G_BEGIN_DECLS

/**
 * SjFormPage:
 *
 * The base of the editor pages that are forms: a title, a description, buttons, and below them
 * groups of rows built from the model when the page is shown (build()), each row bound to its
 * property (sj-bind). Lists of the model are shown by list boxes that follow them.
 */
#define SJ_TYPE_FORM_PAGE (sj_form_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (SjFormPage, sj_form_page, SJ, FORM_PAGE, GtkWidget)

struct _SjFormPageClass
{
  GtkWidgetClass parent_class;

  /* Fills @content for @object (the plan for the outline's own entries). */
  void (*build) (SjFormPage *self, SjDocument *doc, gpointer object, SjOutlineItem *item,
                 GtkBox *content);
};

SjDocument *sj_form_page_get_document (SjFormPage *self);
gpointer sj_form_page_get_object (SjFormPage *self);
void sj_form_page_set_title (SjFormPage *self, const char *title, const char *description);
void sj_form_page_add_action (SjFormPage *self, GtkWidget *button);
GtkWidget *sj_form_page_add_choice (SjFormPage *self, GtkStringList *labels, guint selected,
                                    const char *name, GCallback on_selected, gpointer data);
void sj_form_page_rebuild (SjFormPage *self);
void sj_form_page_rebuild_on_notify (SjFormPage *self, gpointer object, const char *property);
void sj_form_page_connect (SjFormPage *self, gpointer instance, const char *signal,
                           GCallback callback, gpointer user_data);
GtkWidget *sj_form_page_group (GtkBox *content, const char *title, const char *description);
GtkWidget *sj_form_page_list (GtkWidget *group);
GtkWidget *sj_form_page_add_button (GtkWidget *group, const char *label);
struct _SjWindow *sj_form_page_get_window (SjFormPage *self);

G_END_DECLS
