/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-mission-page"
#include "config.h"

#include "sj-mission-page.h"

#include "sj-bind.h"
#include "sj-compute.h"
#include "sj-ui.h"
#include "sj-window.h"

#include <glib/gi18n.h>

/* A mission (ภารกิจ): its name (and a shorter one for the table), its sub-items (x.y.z) and its
 * projects. */
struct _SjMissionPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjMissionPage, sj_mission_page, SJ_TYPE_FORM_PAGE)

static GtkWidget *
sub_item_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjSubItem *sub = item;
  GtkWidget *row = sj_ui_entry_row (doc, sub, "name", _("Sub-item"));
  g_autofree char *what = g_strdup_printf (_("the sub-item “%s”"), sj_sub_item_get_name (sub));

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sj_ui_move_buttons (doc, sub));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sj_ui_remove_button (doc, sub, what));
  return row;
}

static void
on_project_activated (AdwActionRow *row, SjFormPage *page)
{
  SjWindow *window = sj_form_page_get_window (page);
  if (window)
    sj_window_select_object (window, g_object_get_data (G_OBJECT (row), "sj-project"));
}

static void
update_project_row (SjProject *project, GParamSpec *pspec, AdwActionRow *row)
{
  g_autofree char *title = g_markup_escape_text (sj_project_get_title (project), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
}

static GtkWidget *
project_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjProject *project = item;
  GtkWidget *row = adw_action_row_new ();

  update_project_row (project, NULL, ADW_ACTION_ROW (row));
  g_signal_connect_object (project, "notify::title", G_CALLBACK (update_project_row), row, 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sj_project_type_label (sj_project_get_project_type (project)));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sj_ui_move_buttons (doc, project));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "sj-project", project);
  g_signal_connect (row, "activated", G_CALLBACK (on_project_activated), user_data);
  return row;
}

static void
on_add_sub_item (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjSubItem) sub = sj_sub_item_new ();
  g_autofree char *id = sj_ui_new_id (doc, "s");

  sj_sub_item_set_id (sub, id);
  sj_ui_append (doc, sj_form_page_get_object (page), "sub-items", sub, _("Add a sub-item"));
}

static void
on_add_project (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjProject) project = sj_project_new ();
  g_autofree char *id = sj_ui_new_id (doc, "p");
  SjWindow *window = sj_form_page_get_window (page);

  sj_project_set_id (project, id);
  sj_project_set_title (project, _("New project"));
  sj_ui_append (doc, sj_form_page_get_object (page), "projects", project, _("Add a project"));
  if (window)
    sj_window_select_object (window, project);
}

static void
on_delete (GtkButton *button, SjFormPage *page)
{
  SjMission *mission = sj_form_page_get_object (page);
  g_autofree char *what = g_strdup_printf (_("the mission “%s” and its projects"),
                                           sj_mission_get_name (mission));
  sj_ui_remove (GTK_WIDGET (button), sj_form_page_get_document (page), mission, what);
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjMission *mission = object;
  GtkWidget *group, *list, *button;
  g_autofree char *title = sj_outline_describe (mission, TRUE);

  sj_form_page_set_title (page, title, NULL);
  button = gtk_button_new_with_mnemonic (_("Add a _Project"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_project), page);
  sj_form_page_add_action (page, button);
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (button, _("Delete the mission"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete), page);
  sj_form_page_add_action (page, button);

  group = sj_form_page_group (content, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, mission, "name", _("Name of the mission")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, mission, "short-name",
                                              _("Shorter name for the Part 2 table (optional)")));
  group = sj_form_page_group (content, _("Sub-items"),
                              _("The commission’s sub-items (x.y.z) of this mission"));
  button = sj_form_page_add_button (group, _("Add a sub-item"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_sub_item), page);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_mission_get_sub_items (mission), sub_item_row, page);

  group = sj_form_page_group (content, _("Projects"), _("Open one to edit its form"));
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_mission_get_projects (mission), project_row, page);
}

static void
sj_mission_page_class_init (SjMissionPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_mission_page_init (SjMissionPage *self)
{
}
