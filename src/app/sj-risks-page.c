/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-risks-page"
#include "config.h"

#include "sj-risks-page.h"

#include "sj-bind.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/* The risk register of Part 1: process steps, the corruption risks of each with their level,
 * likelihood and impact, and the control measures, each linked (or not) to a project of the
 * plan through a drop-down that can be searched. */
struct _SjRisksPage
{
  SjFormPage parent_instance;
  GListModel *projects;
};

G_DEFINE_FINAL_TYPE (SjRisksPage, sj_risks_page, SJ_TYPE_FORM_PAGE)

static void
show_level (SjRiskItem *risk, GParamSpec *pspec, AdwExpanderRow *row)
{
  SjRiskLevel level = sj_risk_item_get_level (risk);
  g_autofree char *subtitle = NULL;

  if (level == SJ_RISK_LEVEL_UNSET)
    subtitle = g_strdup (_("Level not given yet: open to set it"));
  else
    /* TRANSLATORS: the subtitle of a risk: its level (สูง, ปานกลาง, ต่ำ) */
    subtitle = g_strdup_printf (_("Level: %s"), sj_risk_level_label (level));
  adw_expander_row_set_subtitle (row, subtitle);
}

static GtkWidget *
risk_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjRiskItem *risk = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *text = sj_ui_entry_row (doc, risk, "text", _("Corruption risk"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (risk, "text", row, "title", G_BINDING_SYNC_CREATE);
  show_level (risk, NULL, ADW_EXPANDER_ROW (row));
  g_signal_connect_object (risk, "notify::level", G_CALLBACK (show_level), row, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_combo_row (doc, risk, "level", _("Risk level"),
                                             SJ_TYPE_RISK_LEVEL,
                                             (const char *(*) (int)) sj_risk_level_label));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_spin_row (doc, risk, "likelihood",
                                            _("Likelihood (1–5, 0 when not assessed)"), 0, 5, 1, 0));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_spin_row (doc, risk, "impact",
                                            _("Impact (1–5, 0 when not assessed)"), 0, 5, 1, 0));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sj_ui_move_buttons (doc, risk));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               sj_ui_remove_button (doc, risk, _("the risk")));
  return row;
}

static GtkWidget *
measure_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjRisksPage *self = user_data;
  SjRiskMeasure *measure = item;
  GtkWidget *row = sj_ui_entry_row (doc, measure, "text", _("Control measure"));
  GtkWidget *picker = gtk_drop_down_new (NULL, NULL);

  /* The project the measure is carried out by, found by typing part of its title. */
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (picker), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (picker),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  gtk_widget_set_valign (picker, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (picker, 220, -1);
  gtk_widget_set_tooltip_text (picker, _("The project of the plan that carries out the measure"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Linked project"), -1);
  sj_bind_ref (doc, measure, "project", picker, self->projects, _("the linked project"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), picker);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            sj_ui_remove_button (doc, measure, _("the control measure")));
  return row;
}

static void
on_add_risk (GtkButton *button, SjRiskStep *step)
{
  SjDocument *doc = g_object_get_data (G_OBJECT (button), "sj-doc");
  g_autoptr (SjRiskItem) risk = sj_risk_item_new ();
  sj_ui_append (doc, step, "risks", risk, _("Add a risk"));
}

static void
on_add_measure (GtkButton *button, SjRiskStep *step)
{
  SjDocument *doc = g_object_get_data (G_OBJECT (button), "sj-doc");
  g_autoptr (SjRiskMeasure) measure = sj_risk_measure_new ();
  sj_ui_append (doc, step, "measures", measure, _("Add a control measure"));
}

static GtkWidget *
step_widget (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjRiskStep *step = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group, *list, *button, *header;
  int index = sj_model_object_get_index (SJ_MODEL_OBJECT (step));
  g_autofree char *title = g_strdup_printf (_("Step %d"), index + 1);
  g_autofree char *what = g_strdup_printf (_("step %d of the risk table"), index + 1);

  gtk_widget_set_margin_bottom (box, 24);
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (header), sj_ui_move_buttons (doc, step));
  gtk_box_append (GTK_BOX (header), sj_ui_remove_button (doc, step, what));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), header);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, step, "name",
                                              _("Process step (ขั้นตอนการดำเนินงาน)")));
  gtk_box_append (GTK_BOX (box), group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Risks of the step"));
  button = sj_form_page_add_button (group, _("Add a risk"));
  g_object_set_data (G_OBJECT (button), "sj-doc", doc);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_risk), step);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_risk_step_get_risks (step), risk_row, user_data);
  gtk_box_append (GTK_BOX (box), group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Control measures"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Link each measure to the project that carries it out, "
                                           "where there is one"));
  button = sj_form_page_add_button (group, _("Add a measure"));
  g_object_set_data (G_OBJECT (button), "sj-doc", doc);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_measure), step);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_risk_step_get_measures (step), measure_row,
                   user_data);
  gtk_box_append (GTK_BOX (box), group);
  return box;
}

static void
on_add_step (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjRiskStep) step = sj_risk_step_new ();
  sj_ui_append (doc, sj_document_get_plan (doc), "risk-steps", step, _("Add a step"));
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjRisksPage *self = SJ_RISKS_PAGE (page);
  SjPlan *plan = object;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add a Step"));

  g_clear_object (&self->projects);
  self->projects = sj_outline_new_all_projects (plan);
  sj_form_page_set_title (page, _("Corruption risk assessment"),
                          _("The risk table of Part 1: each step of work, its corruption risks "
                            "and the measures that control them"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_step), page);
  sj_form_page_add_action (page, button);
  gtk_box_append (content, sj_ui_rich_field (doc, plan, "risk-intro",
                                             _("Introduction to the risk assessment")));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "background");
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_plan_get_risk_steps (plan), step_widget, self);
  gtk_box_append (content, list);
}

static void
sj_risks_page_dispose (GObject *object)
{
  g_clear_object (&SJ_RISKS_PAGE (object)->projects);
  G_OBJECT_CLASS (sj_risks_page_parent_class)->dispose (object);
}

static void
sj_risks_page_class_init (SjRisksPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sj_risks_page_dispose;
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_risks_page_init (SjRisksPage *self)
{
}
