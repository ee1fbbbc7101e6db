/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-funding-page"
#include "config.h"

#include "sj-funding-page.h"

#include "sj-bind.h"
#include "sj-compute.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/* Funding lines: projects of the local development plan (แผนพัฒนาท้องถิ่น) that pay for one or
 * more projects of this plan; their money is counted once in the totals. */
struct _SjFundingPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjFundingPage, sj_funding_page, SJ_TYPE_FORM_PAGE)

static SjYearAmount *
find_amount (SjFundingLine *line, guint year)
{
  for (guint i = 0; i < sj_funding_line_get_n_amounts (line); i++)
    if ((guint) sj_year_amount_get_year (sj_funding_line_get_amount_at (line, i)) == year)
      return sj_funding_line_get_amount_at (line, i);
  return NULL;
}

static void
on_add_year (GtkButton *button, SjFundingLine *line)
{
  SjDocument *doc = g_object_get_data (G_OBJECT (button), "sj-doc");
  guint year = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sj-year"));
  g_autoptr (SjYearAmount) a = sj_year_amount_new ();
  g_autofree char *step = g_strdup_printf (_("Add an amount for %u"), year);

  sj_year_amount_set_year (a, year);
  sj_year_amount_set_value (a, 0);
  sj_ui_append (doc, line, "amounts", a, step);
}

static void
fill_amounts (GtkWidget *expander, SjDocument *doc, SjFundingLine *line)
{
  SjSettings *s = sj_plan_get_settings (sj_document_get_plan (doc));

  for (int i = 0; i < sj_settings_get_years (s); i++)
    {
      guint year = sj_settings_get_first_year (s) + i;
      SjYearAmount *a = find_amount (line, year);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Fiscal year %u"), year);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (a != NULL)
        {
          GtkWidget *entry = gtk_entry_new ();
          g_autofree char *label = g_strdup_printf (_("budget of %u"), year);
          gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
          gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          title, -1);
          sj_bind_money (doc, a, "value", entry, label);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     sj_ui_remove_button (doc, a, _("the amount of this year")));
        }
      else
        {
          GtkWidget *button = gtk_button_new_with_label (_("Add an amount"));
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (button, "flat");
          g_object_set_data (G_OBJECT (button), "sj-doc", doc);
          g_object_set_data (G_OBJECT (button), "sj-year", GUINT_TO_POINTER (year));
          g_signal_connect (button, "clicked", G_CALLBACK (on_add_year), line);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
}

static GtkWidget *
line_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjFundingLine *line = item;
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *what = g_strdup_printf (_("the funding line “%s”"), sj_funding_line_get_name (line));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (line, "name", row, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (line, "source", row, "subtitle", G_BINDING_SYNC_CREATE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, line, "name", _("Name of the project funded")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, line, "source",
                                             _("Source (แผนพัฒนาท้องถิ่น พ.ศ. …)")));
  fill_amounts (row, doc, line);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sj_ui_remove_button (doc, line, what));
  return row;
}

static void
on_add (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjFundingLine) line = sj_funding_line_new ();
  g_autofree char *id = sj_ui_new_id (doc, "f");

  sj_funding_line_set_id (line, id);
  sj_funding_line_set_name (line, _("New funding line"));
  sj_ui_append (doc, sj_document_get_plan (doc), "funding-lines", line, _("Add a funding line"));
}

static void
on_amounts_changed (SjDocument *doc, SjModelObject *object, const char *property, SjFormPage *page)
{
  /* An amount added or removed changes the shape of a line's rows. */
  if (SJ_IS_FUNDING_LINE (object) && g_strcmp0 (property, "amounts") == 0)
    sj_form_page_rebuild (page);
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  GtkWidget *group, *list, *button;

  sj_form_page_set_title (page, _("Funding lines"),
                          _("When several projects of the plan are paid from one project of the "
                            "local development plan, enter it here and choose it on each project: "
                            "its money is then counted once in the totals."));
  sj_form_page_connect (page, doc, "changed::amounts", G_CALLBACK (on_amounts_changed), page);
  group = sj_form_page_group (content, NULL, NULL);
  button = sj_form_page_add_button (group, _("Add a funding line"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add), page);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_plan_get_funding_lines (object), line_row, page);
}

static void
sj_funding_page_class_init (SjFundingPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_funding_page_init (SjFundingPage *self)
{
}
