/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-analysis-page"
#include "config.h"

#include "sj-analysis-page.h"

#include "sj-ui.h"

#include <glib/gi18n.h>

/* Free sections of Part 1 (an analysis of the risks, of the environment): a heading and prose. */
struct _SjAnalysisPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjAnalysisPage, sj_analysis_page, SJ_TYPE_FORM_PAGE)

static GtkWidget *
section_widget (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjSection *section = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  int index = sj_model_object_get_index (SJ_MODEL_OBJECT (section));
  g_autofree char *title = g_strdup_printf (_("Section %d"), index + 1);
  g_autofree char *what = g_strdup_printf (_("section %d"), index + 1);

  gtk_widget_set_margin_bottom (box, 24);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (header), sj_ui_move_buttons (doc, section));
  gtk_box_append (GTK_BOX (header), sj_ui_remove_button (doc, section, what));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), header);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, section, "title", _("Heading")));
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), sj_ui_rich_field (doc, section, "body", _("Text")));
  return box;
}

static void
on_add (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjSection) section = sj_section_new ();
  sj_ui_append (doc, sj_document_get_plan (doc), "analysis", section, _("Add a section"));
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add a Section"));

  sj_form_page_set_title (page, _("Analysis sections"),
                          _("Sections of prose in Part 1, each with its heading, printed before "
                            "the risk table"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add), page);
  sj_form_page_add_action (page, button);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "background");
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_plan_get_analysis (object), section_widget, page);
  gtk_box_append (content, list);
}

static void
sj_analysis_page_class_init (SjAnalysisPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_analysis_page_init (SjAnalysisPage *self)
{
}
