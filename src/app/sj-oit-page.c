/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-oit-page"
#include "config.h"

#include "sj-oit-page.h"

#include "sj-bind.h"
#include "sj-compute.h"
#include "sj-thai.h"
#include "sj-ui.h"
#include "sj-window.h"

#include <glib/gi18n.h>
#include <stdlib.h>

/* The OIT checklist of an ITA year: the evidence the organisation publishes on its website (the
 * items and their grouping are data: the commission changes them every year), who publishes it,
 * the plan projects whose work produces it, where and when it was published. */
struct _SjOitPage
{
  SjFormPage parent_instance;
  guint year;
};

G_DEFINE_FINAL_TYPE (SjOitPage, sj_oit_page, SJ_TYPE_FORM_PAGE)

static SjSummary *
page_summary (SjOitPage *self)
{
  SjWindow *window = sj_form_page_get_window (SJ_FORM_PAGE (self));
  return window ? sj_window_get_summary (window) : NULL;
}

/* "1, 5, 12": the ลำดับที่ of the projects of an item. */
static char *
projects_text (SjSummary *summary, SjOitItem *item)
{
  GPtrArray *projects = sj_oit_item_get_projects (item);
  GString *s = g_string_new (NULL);

  for (guint i = 0; summary && i < projects->len; i++)
    g_string_append_printf (s, "%s%u", i ? ", " : "",
                            sj_summary_get_project_number (summary, g_ptr_array_index (projects, i)));
  return g_string_free (s, FALSE);
}

static void
update_projects_row (SjOitItem *item, GParamSpec *pspec, GtkWidget *row)
{
  SjOitPage *self = g_object_get_data (G_OBJECT (row), "sj-page");
  g_autofree char *text = projects_text (page_summary (self), item);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The numbers typed (Thai or Arabic digits, separated by commas or spaces) become the item's
 * projects; a number that is no project is refused with a message, and nothing changes. */
static void
on_projects_apply (AdwEntryRow *row, SjOitItem *item)
{
  SjOitPage *self = g_object_get_data (G_OBJECT (row), "sj-page");
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (self));
  SjSummary *summary = page_summary (self);
  g_autofree char *arabic = sj_arabic_digits (gtk_editable_get_text (GTK_EDITABLE (row)));
  g_auto (GStrv) parts = g_strsplit_set (arabic, ", ", -1);
  g_autoptr (GPtrArray) projects = g_ptr_array_new ();

  if (summary == NULL)
    return;
  for (guint i = 0; parts[i]; i++)
    {
      char *end = NULL;
      guint64 n;
      SjProject *found = NULL;

      if (*parts[i] == '\0')
        continue;
      n = g_ascii_strtoull (parts[i], &end, 10);
      for (guint k = 0; end && *end == '\0' && k < sj_summary_get_n_projects (summary); k++)
        if (sj_summary_get_project_number (summary, sj_summary_get_project (summary, k)) == n)
          found = sj_summary_get_project (summary, k);
      if (found == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not the number of a project of "
                                                        "the plan"),
                                                      parts[i]);
          SjWindow *window = sj_form_page_get_window (SJ_FORM_PAGE (self));
          if (window)
            sj_window_toast (window, message);
          gtk_widget_add_css_class (GTK_WIDGET (row), "error");
          return;
        }
      if (!g_ptr_array_find (projects, found, NULL))
        g_ptr_array_add (projects, found);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  sj_document_begin_step (doc, _("Change the projects of an OIT item"));
  sj_oit_item_set_projects (item, projects);
  sj_document_end_step (doc);
}

static void
update_item_title (SjOitItem *item, GParamSpec *pspec, AdwExpanderRow *row)
{
  g_autofree char *title = g_strdup_printf ("%s %s", sj_oit_item_get_code (item),
                                            *sj_oit_item_get_name (item)
                                              ? sj_oit_item_get_name (item) : _("(no name yet)"));
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  const char *status = sj_oit_status_label (sj_oit_item_get_status (item));
  g_autofree char *subtitle = sj_text_is_blank (sj_oit_item_get_url (item))
                                ? g_strdup_printf ("%s · %s", status, _("no web address yet"))
                                : g_strdup_printf ("%s · %s", status, sj_oit_item_get_url (item));
  g_autofree char *escaped_sub = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (row, escaped_sub);
}

static GtkWidget *
item_row (SjOitPage *self, SjDocument *doc, SjPlan *plan, SjOitItem *item)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *unit = adw_combo_row_new ();
  GtkWidget *projects = adw_entry_row_new ();
  g_autofree char *what = g_strdup_printf (_("the OIT item “%s”"), sj_oit_item_get_code (item));

  update_item_title (item, NULL, ADW_EXPANDER_ROW (row));
  g_signal_connect_object (item, "notify", G_CALLBACK (update_item_title), row, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, item, "code", _("Code (O1, O2 …)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, item, "group", _("Group it is listed under")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, item, "name", _("What is published")));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (unit), _("Unit responsible"));
  sj_bind_ref (doc, item, "unit", unit, sj_plan_get_units (plan), _("the unit"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), unit);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (projects),
                                 _("Projects that produce it (ลำดับที่, separated by commas)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (projects), TRUE);
  g_object_set_data (G_OBJECT (projects), "sj-page", self);
  update_projects_row (item, NULL, projects);
  g_signal_connect_object (item, "notify::projects", G_CALLBACK (update_projects_row), projects, 0);
  g_signal_connect_object (projects, "apply", G_CALLBACK (on_projects_apply), item, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), projects);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, item, "url", _("Web address (URL)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_date_row (doc, item, "published", _("Published on")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_combo_row (doc, item, "status", _("Status"), SJ_TYPE_OIT_STATUS,
                                             (const char *(*) (int)) sj_oit_status_label));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), sj_ui_entry_row (doc, item, "note", _("Note")));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sj_ui_remove_button (doc, item, what));
  return row;
}

static void
on_add_item (GtkButton *button, SjOitPage *self)
{
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (self));
  SjPlan *plan = sj_document_get_plan (doc);
  g_autoptr (SjOitItem) item = sj_oit_item_new ();
  guint n = 0;

  for (guint i = 0; i < sj_plan_get_n_oit_items (plan); i++)
    n += (guint) sj_oit_item_get_year (sj_plan_get_oit_item_at (plan, i)) == self->year;
  {
    g_autofree char *code = g_strdup_printf ("O%u", n + 1);
    sj_oit_item_set_code (item, code);
  }
  sj_oit_item_set_year (item, self->year);
  sj_ui_append (doc, plan, "oit-items", item, _("Add an OIT item"));
  sj_form_page_rebuild (SJ_FORM_PAGE (self));
}

static void
on_year_selected (GtkDropDown *dropdown, GParamSpec *pspec, SjOitPage *self)
{
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (self));

  if (doc == NULL)
    return;
  self->year = sj_settings_get_first_year (sj_plan_get_settings (sj_document_get_plan (doc)))
               + gtk_drop_down_get_selected (dropdown);
  sj_form_page_rebuild (SJ_FORM_PAGE (self));
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *outline,
       GtkBox *content)
{
  SjOitPage *self = SJ_OIT_PAGE (page);
  SjPlan *plan = object;
  SjSettings *s = sj_plan_get_settings (plan);
  guint first = sj_settings_get_first_year (s), n = sj_settings_get_years (s);
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);
  GtkWidget *group, *button, *list;
  guint shown = 0, no_url = 0, no_project = 0;

  if (self->year < first || self->year >= first + n)
    self->year = first;
  sj_form_page_set_title (page, _("OIT checklist"),
                          _("The evidence the ITA assessment asks to find on the website, and the "
                            "projects whose work produces it"));
  for (guint y = first; y < first + n; y++)
    {
      g_autofree char *label = g_strdup_printf (_("ITA year %u"), y);
      gtk_string_list_append (years, label);
    }
  sj_form_page_add_choice (page, years, self->year - first, _("ITA year"),
                           G_CALLBACK (on_year_selected), self);

  group = sj_form_page_group (content, _("Items"), NULL);
  button = sj_form_page_add_button (group, _("Add an item"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_item), self);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < sj_plan_get_n_oit_items (plan); i++)
    {
      SjOitItem *item = sj_plan_get_oit_item_at (plan, i);
      if ((guint) sj_oit_item_get_year (item) != self->year)
        continue;
      shown++;
      if (sj_oit_item_get_status (item) != SJ_OIT_STATUS_NOT_APPLICABLE)
        {
          no_url += sj_text_is_blank (sj_oit_item_get_url (item));
          no_project += sj_oit_item_get_projects (item)->len == 0;
        }
      gtk_list_box_append (GTK_LIST_BOX (list), item_row (self, doc, plan, item));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  {
    g_autofree char *description = shown == 0
      ? g_strdup (_("No item yet: add the items of this year's list"))
      : g_strdup_printf (_("%u items: %u without a web address, %u produced by no project"), shown,
                         no_url, no_project);
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  }
  sj_form_page_rebuild_on_notify (page, plan, "oit-items");
}

static void
sj_oit_page_class_init (SjOitPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_oit_page_init (SjOitPage *self)
{
}
