/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-announcement-page"
#include "config.h"

#include "sj-announcement-page.h"

#include "sj-bind.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/* The ประกาศ adopting the plan: where it is printed, its number and date (the day may be left
 * blank for handwriting), who signs, its title, body and closing. */
struct _SjAnnouncementPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjAnnouncementPage, sj_announcement_page, SJ_TYPE_FORM_PAGE)

static void
on_add (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  SjPlan *plan = sj_document_get_plan (doc);
  const char *org = sj_organisation_get_name (sj_plan_get_organisation (plan));
  SjSettings *s = sj_plan_get_settings (plan);
  g_autoptr (SjAnnouncement) ann = sj_announcement_new ();
  g_autofree char *title = g_strdup_printf (
    "ประกาศ%s\nเรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส "
    "(พ.ศ. %d – %d)",
    org, sj_settings_get_first_year (s), sj_settings_get_first_year (s) + sj_settings_get_years (s) - 1);

  sj_announcement_set_title (ann, title);
  sj_document_begin_step (doc, _("Add the announcement"));
  sj_plan_set_announcement (plan, ann);
  sj_document_end_step (doc);
}

static void
on_remove (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);

  sj_document_begin_step (doc, _("Remove the announcement"));
  sj_plan_set_announcement (sj_document_get_plan (doc), NULL);
  sj_document_end_step (doc);
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjPlan *plan = object;
  SjAnnouncement *ann = sj_plan_get_announcement (plan);
  GtkWidget *group, *button;

  sj_form_page_rebuild_on_notify (page, plan, "announcement");
  sj_form_page_set_title (page, _("Announcement"),
                          _("The ประกาศ adopting the plan, signed by the executive"));
  if (ann == NULL)
    {
      GtkWidget *status = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "mail-send-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No announcement yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Most plans print the announcement that adopts them, in "
                                         "front or in the appendix."));
      button = gtk_button_new_with_mnemonic (_("_Add the Announcement"));
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_add_css_class (button, "pill");
      g_signal_connect (button, "clicked", G_CALLBACK (on_add), page);
      adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
      gtk_box_append (content, status);
      return;
    }
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (button, _("Remove the announcement"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove), page);
  sj_form_page_add_action (page, button);

  group = sj_form_page_group (content, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_combo_row (doc, ann, "placement", _("Printed"),
                                              SJ_TYPE_PLACEMENT,
                                              (const char *(*) (int)) sj_placement_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, ann, "number",
                                              _("Number (may be left blank for handwriting)")));
  gtk_box_append (content, sj_ui_lines_field (doc, ann, "title",
                                              _("Title (each line is printed as typed)")));
  gtk_box_append (content, sj_ui_rich_field (doc, ann, "body", _("Text of the announcement")));

  group = sj_form_page_group (content, _("Signature"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, ann, "closing", _("Closing line")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_date_row (doc, ann, "date", _("Announced on")));
  {
    GtkWidget *row = adw_combo_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Signed by"));
    sj_bind_ref (doc, ann, "signatory", row, sj_plan_get_people (plan),
                 _("the signatory"));
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, ann, "acting-for",
                                              _("Signing for (ปฏิบัติราชการแทน…), if not the holder")));
}

static void
sj_announcement_page_class_init (SjAnnouncementPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_announcement_page_init (SjAnnouncementPage *self)
{
}
