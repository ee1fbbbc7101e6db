/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-dimension-page"
#include "config.h"

#include "sj-dimension-page.h"

#include "sj-bind.h"
#include "sj-ui.h"
#include "sj-window.h"

#include <glib/gi18n.h>

/* A dimension (มิติ) of the frame: its name and its missions (ภารกิจ). */
struct _SjDimensionPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjDimensionPage, sj_dimension_page, SJ_TYPE_FORM_PAGE)

static GtkWidget *
mission_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjMission *mission = item;
  GtkWidget *row = sj_ui_entry_row (doc, mission, "name", _("Mission"));
  g_autofree char *what = g_strdup_printf (_("the mission “%s”"), sj_mission_get_name (mission));

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sj_ui_move_buttons (doc, mission));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sj_ui_remove_button (doc, mission, what));
  return row;
}

static void
on_add_mission (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjMission) mission = sj_mission_new ();

  sj_mission_set_name (mission, _("New mission"));
  sj_ui_append (doc, sj_form_page_get_object (page), "missions", mission, _("Add a mission"));
}

static void
on_add_dimension (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjDimension) dim = sj_dimension_new ();
  SjWindow *window = sj_form_page_get_window (page);

  sj_dimension_set_name (dim, _("New dimension"));
  sj_ui_append (doc, sj_document_get_plan (doc), "dimensions", dim, _("Add a dimension"));
  if (window)
    sj_window_select_object (window, dim);
}

static void
on_delete (GtkButton *button, SjFormPage *page)
{
  SjDimension *dim = sj_form_page_get_object (page);
  g_autofree char *what = g_strdup_printf (_("dimension %d and all its projects"),
                                           sj_model_object_get_index (SJ_MODEL_OBJECT (dim)) + 1);
  sj_ui_remove (GTK_WIDGET (button), sj_form_page_get_document (page), dim, what);
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjDimension *dim = object;
  GtkWidget *group, *list, *button;
  g_autofree char *title = g_strdup_printf (_("Dimension %d"),
                                            sj_model_object_get_index (SJ_MODEL_OBJECT (dim)) + 1);

  sj_form_page_set_title (page, title, _("A dimension of the frame of the plan and its missions"));
  button = gtk_button_new_with_mnemonic (_("Add a _Dimension"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_dimension), page);
  sj_form_page_add_action (page, button);
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (button, _("Delete the dimension"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete), page);
  sj_form_page_add_action (page, button);

  group = sj_form_page_group (content, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, dim, "name", _("Name of the dimension")));
  group = sj_form_page_group (content, _("Missions"), _("In the order of the plan"));
  button = sj_form_page_add_button (group, _("Add a mission"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_mission), page);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_dimension_get_missions (dim), mission_row, page);
}

static void
sj_dimension_page_class_init (SjDimensionPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_dimension_page_init (SjDimensionPage *self)
{
}
