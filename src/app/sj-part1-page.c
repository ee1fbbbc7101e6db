/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-part1-page"
#include "config.h"

#include "sj-part1-page.h"

#include "sj-window.h"

#include <glib/gi18n.h>

/* The heading of Part 1: what it holds, each section one click away. */
struct _SjPart1Page
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjPart1Page, sj_part1_page, SJ_TYPE_FORM_PAGE)

static void
on_activated (AdwActionRow *row, SjFormPage *page)
{
  SjWindow *window = sj_form_page_get_window (page);
  if (window)
    sj_window_select_object (window, g_object_get_data (G_OBJECT (row), "sj-item"));
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  GListModel *sections = item ? sj_outline_item_get_children (item) : NULL;
  GtkWidget *group;

  sj_form_page_set_title (page, _("Part 1: Introduction"),
                          _("The sections of Part 1 in the order of the book"));
  group = adw_preferences_group_new ();
  gtk_box_append (content, group);
  for (guint i = 0; sections && i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr (SjOutlineItem) section = g_list_model_get_item (sections, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_markup_escape_text (sj_outline_item_get_title (section), -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "sj-item", g_object_ref (section), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_activated), page);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
sj_part1_page_class_init (SjPart1PageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_part1_page_init (SjPart1Page *self)
{
}
