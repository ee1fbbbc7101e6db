/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-settings-page"
#include "config.h"

#include "sj-settings-page.h"

#include "sj-bind.h"
#include "sj-book.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/* How the plan is numbered and printed: its years, the digits of each part, zeros, numbering,
 * the last column of Part 2, the forms' caption, the appendix, the face and margins, which parts
 * and charts the book holds, and what the checker notes. */
struct _SjSettingsPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjSettingsPage, sj_settings_page, SJ_TYPE_FORM_PAGE)

typedef struct
{
  const char *name;
  const char *label;
} Choice;

static const Choice charts[] = {
  { "swot", N_("SWOT analysis (Part 1)") },
  { "risk", N_("Risk levels (Part 1)") },
  { "targets", N_("ITA targets (Part 1)") },
  { "budget", N_("Budget by dimension and year (Part 2)") },
};

static const Choice extras[] = {
  { "part2-intro", N_("The paragraph that opens Part 2") },
  { "part3-headings", N_("The mission and sub-item headings between the forms of Part 3") },
};

/* A setting that names what is printed ("swot risk budget"), with its choices. */
typedef struct
{
  const char *property;
  const Choice *choices;
  guint n_choices;
  const char *step; /* the name of the undo step */
} NamesSetting;

static const NamesSetting chart_setting = { "charts", charts, G_N_ELEMENTS (charts),
                                            N_("Edit the charts that are printed") };
static const NamesSetting extra_setting = { "extras", extras, G_N_ELEMENTS (extras),
                                            N_("Edit the added texts that are printed") };

static gboolean
parts_has (const char *setting, const char *name)
{
  g_auto (GStrv) names = g_strsplit_set (setting, " ,", -1);
  return g_strv_contains ((const char *const *) names, name);
}

/* Turns one part on or off, keeping the order of the others (a part turned on takes its place
 * in the book's usual order). */
static void
on_part_toggled (GtkCheckButton *check, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  SjSettings *settings = sj_plan_get_settings (sj_document_get_plan (doc));
  const char *name = g_object_get_data (G_OBJECT (check), "sj-part");
  gboolean on = gtk_check_button_get_active (check);
  g_autoptr (GString) out = g_string_new (NULL);
  const char *current = sj_settings_get_parts (settings);
  guint n_parts;
  const SjUiBookPart *parts = sj_ui_book_parts (&n_parts);

  if (on == parts_has (current, name))
    return;
  for (guint i = 0; i < n_parts; i++)
    {
      gboolean keep = g_strcmp0 (parts[i].id, name) == 0 ? on : parts_has (current, parts[i].id);
      if (!keep)
        continue;
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, parts[i].id);
    }
  sj_document_begin_step (doc, _("Edit the parts that are printed"));
  sj_settings_set_parts (settings, out->str);
  sj_document_end_step (doc);
}

/* Turns one of the things a names setting lists (a chart, an added text) on or off, in the order
 * of its choices. */
static void
on_name_toggled (GtkCheckButton *check, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  SjSettings *settings = sj_plan_get_settings (sj_document_get_plan (doc));
  const char *name = g_object_get_data (G_OBJECT (check), "sj-name");
  const NamesSetting *setting = g_object_get_data (G_OBJECT (check), "sj-names-setting");
  gboolean on = gtk_check_button_get_active (check);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *current = NULL;

  g_object_get (settings, setting->property, &current, NULL);
  if (on == parts_has (current, name))
    return;
  for (guint i = 0; i < setting->n_choices; i++)
    {
      const char *choice = setting->choices[i].name;
      gboolean keep = g_strcmp0 (choice, name) == 0 ? on : parts_has (current, choice);
      if (!keep)
        continue;
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, choice);
    }
  sj_document_begin_step (doc, _(setting->step));
  g_object_set (settings, setting->property, out->str, NULL);
  sj_document_end_step (doc);
}

static GtkWidget *
check_row (const char *title, gboolean active, const char *key, const char *value,
           GCallback callback, gpointer page)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_object_set_data (G_OBJECT (check), key, (gpointer) value);
  g_signal_connect (check, "toggled", callback, page);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

/* A check row for each choice of a names setting; the page is rebuilt when the setting changes. */
static void
add_name_rows (SjFormPage *page, GtkWidget *group, SjSettings *s, const NamesSetting *setting)
{
  g_autofree char *current = NULL;

  g_object_get (s, setting->property, &current, NULL);
  for (guint i = 0; i < setting->n_choices; i++)
    {
      GtkWidget *row = check_row (_(setting->choices[i].label),
                                  parts_has (current, setting->choices[i].name), "sj-name",
                                  setting->choices[i].name, G_CALLBACK (on_name_toggled), page);
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
      g_object_set_data (G_OBJECT (check), "sj-names-setting", (gpointer) setting);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  sj_form_page_rebuild_on_notify (page, s, setting->property);
}

static GtkWidget *
digits_row (SjDocument *doc, SjSettings *s, const char *property, const char *title)
{
  return sj_ui_combo_row (doc, s, property, title, SJ_TYPE_DIGITS,
                          (const char *(*) (int)) sj_digits_label);
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjSettings *s = sj_plan_get_settings (object);
  GtkWidget *group;
  guint n_parts;
  const SjUiBookPart *parts = sj_ui_book_parts (&n_parts);

  sj_form_page_set_title (page, _("Plan settings"),
                          _("How the plan is numbered and printed. Years are of the Buddhist "
                            "Era."));
  group = sj_form_page_group (content, _("Years of the plan"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_spin_row (doc, s, "first-year", _("First fiscal year (พ.ศ.)"),
                                             2400, 2700, 1, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_spin_row (doc, s, "years", _("Number of years"), 1, 10, 1, 0));

  group = sj_form_page_group (content, _("Digits"),
                              _("Thai plans often print the cover and the announcement in Thai "
                                "digits and the tables in Arabic digits"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             digits_row (doc, s, "digits-cover", _("Cover")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             digits_row (doc, s, "digits-announcement",
                                         _("Announcement and orders")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             digits_row (doc, s, "digits-body", _("Text")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             digits_row (doc, s, "digits-tables", _("Tables")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_combo_row (doc, s, "zero-style", _("A zero amount prints as"),
                                              SJ_TYPE_ZERO_STYLE,
                                              (const char *(*) (int)) sj_zero_style_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_combo_row (doc, s, "no-budget",
                                              _("A project without a budget prints in Part 2 as"),
                                              SJ_TYPE_NO_BUDGET,
                                              (const char *(*) (int)) sj_no_budget_label));

  group = sj_form_page_group (content, _("Part 2 and the forms"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_combo_row (doc, s, "numbering", _("Projects are numbered"),
                                              SJ_TYPE_NUMBERING,
                                              (const char *(*) (int)) sj_numbering_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_combo_row (doc, s, "last-column",
                                              _("Last column of the table"), SJ_TYPE_LAST_COLUMN,
                                              (const char *(*) (int)) sj_last_column_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_switch_row (doc, s, "total-column",
                                               _("A column for the whole period"), NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_switch_row (doc, s, "dimension-page-break",
                                               _("Each dimension on a new page"), NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_switch_row (doc, s, "count-by-type",
                                               _("Count projects by kind"),
                                               _("จำนวน 15 โครงการ 1 มาตรการ 3 กิจกรรม")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_switch_row (doc, s, "sub-items",
                                               _("The frame has sub-items (x.y.z)"), NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_switch_row (doc, s, "baht-exact",
                                               _("Amounts in words end with ถ้วน"), NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, s, "form-caption",
                                              _("Caption above each form (may be empty)")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, s, "form-number-label",
                                              _("Word before the number of a form")));

  group = sj_form_page_group (content, _("Appendix"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_combo_row (doc, s, "appendix-order", _("Order of the documents"),
                                              SJ_TYPE_APPENDIX_ORDER,
                                              (const char *(*) (int)) sj_appendix_order_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_combo_row (doc, s, "member-numbering",
                                              _("Committee members are numbered"),
                                              SJ_TYPE_MEMBER_NUMBERING,
                                              (const char *(*) (int)) sj_member_numbering_label));

  group = sj_form_page_group (content, _("Charts"), _("The charts printed with their parts"));
  add_name_rows (page, group, s, &chart_setting);
  group = sj_form_page_group (content, _("Added texts"),
                              _("What the book adds to the plan’s own text"));
  add_name_rows (page, group, s, &extra_setting);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_switch_row (doc, s, "totals-baht",
                                               _("บาท after the totals of Part 2"), NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_switch_row (doc, s, "sub-items-in-part2",
                                               _("Sub-items under their mission in Part 2"),
                                               _("The texts of x.y.z in the mission column")));

  group = sj_form_page_group (content, _("Checker"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_switch_row (doc, s, "check-measure-links",
                                               _("Note risk measures linked to no project"),
                                               _("Turn off when the risk table is free text")));

  group = sj_form_page_group (content, _("Page and type"), _("Margins in millimetres"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, s, "font-family", _("Typeface")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_spin_row (doc, s, "font-size", _("Size of the text (pt)"), 8,
                                             30, 0.5, 1));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_spin_row (doc, s, "margin-left", _("Left margin"), 0, 80, 1, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_spin_row (doc, s, "margin-right", _("Right margin"), 0, 80, 1,
                                             0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_spin_row (doc, s, "margin-top", _("Top margin"), 0, 80, 1, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_spin_row (doc, s, "margin-bottom", _("Bottom margin"), 0, 80, 1,
                                             0));

  group = sj_form_page_group (content, _("Parts of the book"),
                              _("The parts printed, in this order"));
  for (guint i = 0; i < n_parts; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               check_row (_(parts[i].label),
                                          parts_has (sj_settings_get_parts (s), parts[i].id),
                                          "sj-part", parts[i].id,
                                          G_CALLBACK (on_part_toggled), page));
  sj_form_page_rebuild_on_notify (page, s, "parts");
}

static void
sj_settings_page_class_init (SjSettingsPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_settings_page_init (SjSettingsPage *self)
{
}
