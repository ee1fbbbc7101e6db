/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-progress-page"
#include "config.h"

#include "sj-progress-page.h"
#include "sj-report.h"

#include "sj-bind.h"
#include "sj-compute.h"
#include "sj-ui.h"
#include "sj-window.h"

#include <glib/gi18n.h>

/* Progress of every project in one fiscal year: its status and what was disbursed. A report of a
 * project is added the first time something is entered for it. */
struct _SjProgressPage
{
  SjFormPage parent_instance;
  guint year;
  SjRound round;
  guint filter; /* 0 all, 1 not reported yet, 2 disbursed over budget */
};

G_DEFINE_FINAL_TYPE (SjProgressPage, sj_progress_page, SJ_TYPE_FORM_PAGE)


static void
on_start_report (GtkButton *button, SjProject *project)
{
  SjProgressPage *self = g_object_get_data (G_OBJECT (button), "sj-page");
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (self));
  g_autoptr (SjProgress) pr = sj_progress_new ();
  g_autofree char *step = g_strdup_printf (_("Report the progress of %u, %s"), self->year,
                                           sj_round_label (self->round));

  sj_progress_set_year (pr, self->year);
  sj_progress_set_round (pr, self->round);
  sj_ui_append (doc, project, "progress", pr, step);
  sj_form_page_rebuild (SJ_FORM_PAGE (self));
}

static void
on_year_selected (GtkDropDown *dropdown, GParamSpec *pspec, SjProgressPage *self)
{
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (self));
  SjSettings *s;

  if (doc == NULL)
    return;
  s = sj_plan_get_settings (sj_document_get_plan (doc));
  self->year = sj_settings_get_first_year (s) + gtk_drop_down_get_selected (dropdown);
  sj_form_page_rebuild (SJ_FORM_PAGE (self));
}

static void
on_start_round_report (GtkButton *button, SjProgressPage *self)
{
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (self));
  SjPlan *plan = sj_document_get_plan (doc);
  g_autoptr (SjReport) report = sj_report_new ();

  sj_report_set_year (report, self->year);
  sj_report_set_round (report, self->round);
  sj_ui_append (doc, plan, "reports", report, _("Start the report of the round"));
  sj_form_page_rebuild (SJ_FORM_PAGE (self));
}

/* The round's own data: the date of the information, problems and suggestions, the reporter. */
static void
round_report_group (SjProgressPage *self, SjDocument *doc, SjPlan *plan, GtkBox *content)
{
  SjReport *report = sj_plan_find_report (plan, self->year, self->round);
  g_autofree char *heading = g_strdup_printf (_("The report of %u, %s"), self->year,
                                              sj_round_label (self->round));
  GtkWidget *group = sj_form_page_group (content, heading, NULL);

  if (report == NULL)
    {
      GtkWidget *button = sj_form_page_add_button (group, _("Start the report of the round"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Its date, problems and suggestions, and who reports"));
      g_signal_connect (button, "clicked", G_CALLBACK (on_start_round_report), self);
      return;
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_date_row (doc, report, "as-of", _("Information as of")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, report, "reporter-name", _("Reported by")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, report, "reporter-position", _("Position")));
  gtk_box_append (content, sj_ui_rich_field (doc, report, "problems", _("Problems and obstacles")));
  gtk_box_append (content, sj_ui_rich_field (doc, report, "suggestions", _("Suggestions")));
}

static void
on_export_report (GtkButton *button, SjProgressPage *self)
{
  SjWindow *window = sj_form_page_get_window (SJ_FORM_PAGE (self));

  if (window != NULL)
    sj_window_export_report (window, self->year, sj_round_months (self->round));
}

static void
on_filter_selected (GtkDropDown *dropdown, GParamSpec *pspec, SjProgressPage *self)
{
  self->filter = gtk_drop_down_get_selected (dropdown);
  sj_form_page_rebuild (SJ_FORM_PAGE (self));
}

/* Whether the filter shows @project (with its report of the round @pr, or NULL). */
static gboolean
filter_shows (SjProgressPage *self, SjProject *project, SjProgress *pr)
{
  SjMoney budget, disbursed;

  switch (self->filter)
    {
    case 1:
      return pr == NULL || sj_progress_get_status (pr) == SJ_PROGRESS_STATUS_PENDING;
    case 2:
      if (pr == NULL)
        return FALSE;
      budget = sj_project_get_amount (project, self->year);
      disbursed = sj_progress_get_disbursed (pr);
      return disbursed != SJ_MONEY_NONE && disbursed > 0
             && (budget == SJ_MONEY_NONE || disbursed > budget);
    default:
      return TRUE;
    }
}

static void
on_round_selected (GtkDropDown *dropdown, GParamSpec *pspec, SjProgressPage *self)
{
  self->round = gtk_drop_down_get_selected (dropdown) == 0 ? SJ_ROUND_6 : SJ_ROUND_12;
  sj_form_page_rebuild (SJ_FORM_PAGE (self));
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjProgressPage *self = SJ_PROGRESS_PAGE (page);
  SjPlan *plan = object;
  SjSettings *s = sj_plan_get_settings (plan);
  SjWindow *window = sj_form_page_get_window (page);
  SjSummary *summary = window ? sj_window_get_summary (window) : NULL;
  g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);
  GtkWidget *group;
  guint first = sj_settings_get_first_year (s), n = sj_settings_get_years (s);

  if (self->year < first || self->year >= first + n)
    self->year = first;
  /* the preview shows the report of the year and round shown here */
  if (window)
    sj_window_set_report_round (window, self->year, sj_round_months (self->round));
  sj_form_page_set_title (page, _("Progress"),
                          _("What each project achieved in a fiscal year, for the 6- and 12-month "
                            "reports"));
  for (guint y = first; y < first + n; y++)
    {
      g_autofree char *label = g_strdup_printf (_("Fiscal year %u"), y);
      gtk_string_list_append (years, label);
    }
  sj_form_page_add_choice (page, years, self->year - first, _("Fiscal year"),
                           G_CALLBACK (on_year_selected), self);
  {
    static const char *const rounds[] = { N_("6 months"), N_("12 months"), NULL };
    g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
    for (guint i = 0; rounds[i]; i++)
      gtk_string_list_append (labels, _(rounds[i]));
    sj_form_page_add_choice (page, labels, self->round == SJ_ROUND_6 ? 0 : 1,
                             _("Round of the report"), G_CALLBACK (on_round_selected), self);
  }
  {
    static const char *const filters[] = { N_("All projects"), N_("Not reported yet"),
                                           N_("Disbursed over budget"), NULL };
    g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
    for (guint i = 0; filters[i]; i++)
      gtk_string_list_append (labels, _(filters[i]));
    sj_form_page_add_choice (page, labels, self->filter, _("Show"),
                             G_CALLBACK (on_filter_selected), self);
  }
  {
    GtkWidget *print = gtk_button_new_from_icon_name ("document-print-symbolic");
    gtk_widget_set_tooltip_text (print, _("Export the report of this year and round as PDF"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Export the report as PDF"), -1);
    g_signal_connect (print, "clicked", G_CALLBACK (on_export_report), self);
    sj_form_page_add_action (page, print);
  }
  if (summary == NULL)
    return;
  round_report_group (self, doc, plan, content);
  group = sj_form_page_group (content, _("Projects"), _("Their status and what was disbursed"));
  for (guint i = 0; i < sj_summary_get_n_projects (summary); i++)
    {
      SjProject *project = sj_summary_get_project (summary, i);
      SjProgress *pr;
      GtkWidget *row;
      g_autofree char *title = NULL;

      if (sj_project_find_year (project, self->year) == NULL)
        continue; /* it does not run this year */
      pr = sj_project_find_progress (project, self->year, self->round);
      if (!filter_shows (self, project, pr))
        continue;
      title = g_strdup_printf ("%u. %s", sj_summary_get_project_number (summary, project),
                               sj_project_get_title (project));
      if (pr == NULL)
        {
          GtkWidget *button = gtk_button_new_with_label (_("Report"));
          row = adw_action_row_new ();
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not reported yet"));
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          g_object_set_data (G_OBJECT (button), "sj-page", self);
          g_signal_connect (button, "clicked", G_CALLBACK (on_start_report), project);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      else
        {
          GtkWidget *amount = gtk_entry_new ();
          GtkWidget *status = gtk_drop_down_new (NULL, NULL);
          g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
          GEnumClass *klass = g_type_class_ref (SJ_TYPE_PROGRESS_STATUS);
          for (guint k = 0; k < klass->n_values; k++)
            gtk_string_list_append (statuses, sj_progress_status_label (klass->values[k].value));
          g_type_class_unref (klass);
          gtk_drop_down_set_model (GTK_DROP_DOWN (status), G_LIST_MODEL (statuses));
          row = adw_action_row_new ();
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Status"), -1);
          sj_bind (doc, pr, "status", status, "selected", _("the status"));
          gtk_entry_set_alignment (GTK_ENTRY (amount), 1.0);
          gtk_editable_set_width_chars (GTK_EDITABLE (amount), 12);
          gtk_entry_set_placeholder_text (GTK_ENTRY (amount), _("disbursed"));
          gtk_widget_set_valign (amount, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (amount), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Disbursed (baht)"), -1);
          sj_bind_money (doc, pr, "disbursed", amount, _("the amount disbursed"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
sj_progress_page_class_init (SjProgressPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_progress_page_init (SjProgressPage *self)
{
  self->round = SJ_ROUND_12;
}
