/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-project-page"
#include "config.h"

#include "sj-project-page.h"
#include "sj-report.h"

#include "sj-bind.h"
#include "sj-compute.h"
#include "sj-date-row.h"
#include "sj-rich-editor.h"
#include "sj-text-field.h"
#include "sj-ui.h"
#include "sj-window.h"

#include <glib/gi18n.h>

/**
 * SjProjectPage:
 *
 * Every field of a project's form (Part 3), its kind, the years it runs with the budget and the
 * quarters of each, its funding line, unit, sub-items of the frame and reported progress. Edits
 * are steps of the document; the outline, the budget table and the totals follow at once.
 */
struct _SjProjectPage
{
  GtkWidget parent_instance;

  GtkScrolledWindow *scrolled;
  GtkLabel *number_label;
  GtkLabel *place_label;
  GtkPopover *move_popover;
  GtkListBox *move_list;
  GtkWidget *title_field;
  AdwComboRow *type_row;
  AdwComboRow *unit_row;
  AdwEntryRow *responsible_row;
  AdwEntryRow *responsible_unit_row;
  AdwComboRow *title_years_row;
  AdwEntryRow *title_note_row;
  AdwEntryRow *table_remark_row;
  AdwExpanderRow *labels_row;
  AdwEntryRow *label_rows[SJ_FORM_FIELD_OUTCOMES + 1];
  gulong labels_handler;
  gboolean updating_labels;
  AdwComboRow *funding_row;
  GtkListBox *years_list;
  AdwPreferencesGroup *sub_items_group;
  GtkListBox *sub_items_list;
  GtkBox *fields_box;
  GtkSpinButton *target_count_spin;
  AdwEntryRow *target_unit_row;
  GtkListBox *progress_list;

  GPtrArray *fields; /* of GtkBox made by add_field(), with "sj-editor" and "sj-property" */
  SjDocument *doc;
  SjProject *project;
  gulong years_handler;
  gulong funding_handler;
  gulong sub_items_handler;
  gulong plan_changed_handler;
  SjWindow *window;
};

static void sj_project_page_iface_init (SjEditorPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SjProjectPage, sj_project_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (SJ_TYPE_EDITOR_PAGE, sj_project_page_iface_init))

static const struct
{
  const char *property;
  const char *label;
  SjFormField field;
} form_fields[] = {
  { "rationale", N_("2. Rationale"), SJ_FORM_FIELD_RATIONALE },
  { "objectives", N_("3. Objectives"), SJ_FORM_FIELD_OBJECTIVES },
  { "target-group", N_("4. Target group"), SJ_FORM_FIELD_TARGET_GROUP },
  { "area", N_("Area"), SJ_FORM_FIELD_AREA },
  { "method", N_("5. Method"), SJ_FORM_FIELD_METHOD },
  { "duration-note", N_("6. Duration (printed after the years, which are computed)"),
    SJ_FORM_FIELD_DURATION },
  { "budget-note", N_("7. Budget note (after the amount: แผนงาน / งาน / รายการ)"),
    SJ_FORM_FIELD_BUDGET },
  { "outputs", N_("9. Outputs"), SJ_FORM_FIELD_OUTPUTS },
  { "outcomes", N_("9. Outcomes"), SJ_FORM_FIELD_OUTCOMES },
  { "remark", N_("Remark at the end of the form"), SJ_FORM_FIELD_TITLE },
};

static SjMission *
project_mission (SjProjectPage *self)
{
  SjModelObject *parent = self->project ? sj_model_object_get_parent (SJ_MODEL_OBJECT (self->project))
                                        : NULL;
  return SJ_IS_MISSION (parent) ? SJ_MISSION (parent) : NULL;
}

/* Header ------------------------------------------------------------------------------------- */

static void refresh_labels (SjProjectPage *self);

static void
refresh_header (SjProjectPage *self)
{
  SjSummary *summary = self->window ? sj_window_get_summary (self->window) : NULL;
  SjMission *mission = project_mission (self);
  g_autofree char *number = NULL;
  g_autofree char *place = NULL;

  if (self->project == NULL || summary == NULL)
    return;
  number = g_strdup_printf (_("Project no. %u"),
                            sj_summary_get_project_number (summary, self->project));
  gtk_label_set_text (self->number_label, number);
  if (mission != NULL)
    {
      SjModelObject *dim = sj_model_object_get_parent (SJ_MODEL_OBJECT (mission));
      g_autofree char *d = sj_outline_describe (dim, TRUE);
      g_autofree char *m = sj_outline_describe (mission, TRUE);
      place = g_strdup_printf ("%s › %s", d, m);
    }
  gtk_label_set_text (self->place_label, place ? place : "");
}

/* Years -------------------------------------------------------------------------------------- */

typedef struct
{
  SjProjectPage *self;
  guint year;
  GtkCheckButton *runs;
  GtkEntry *amount;
  GtkToggleButton *quarters[4];
  SjProjectYear *py; /* while the project runs that year */
  gulong quarters_handler;
  gboolean updating;
} YearRow;

static void
year_row_free (YearRow *r)
{
  if (r->py && r->quarters_handler)
    g_signal_handler_disconnect (r->py, r->quarters_handler);
  g_clear_object (&r->py);
  g_free (r);
}

static void
show_quarters (YearRow *r)
{
  guint q = r->py ? sj_project_year_get_quarters (r->py) : 0;

  r->updating = TRUE;
  for (guint i = 0; i < 4; i++)
    {
      gtk_toggle_button_set_active (r->quarters[i], (q & (1u << i)) != 0);
      gtk_widget_set_sensitive (GTK_WIDGET (r->quarters[i]), r->py != NULL);
    }
  r->updating = FALSE;
}

static void
on_quarter_toggled (GtkToggleButton *button, YearRow *r)
{
  guint q = 0;
  g_autofree char *step = NULL;

  if (r->updating || r->py == NULL)
    return;
  for (guint i = 0; i < 4; i++)
    if (gtk_toggle_button_get_active (r->quarters[i]))
      q |= 1u << i;
  /* TRANSLATORS: an undo step; %u is a fiscal year */
  step = g_strdup_printf (_("Edit the quarters of %u"), r->year);
  sj_document_begin_step (r->self->doc, step);
  sj_project_year_set_quarters (r->py, q);
  sj_document_end_step (r->self->doc);
}

static void
on_quarters_notify (SjProjectYear *py, GParamSpec *pspec, YearRow *r)
{
  show_quarters (r);
}

static void
show_year (YearRow *r)
{
  SjProject *project = r->self->project;
  SjFundingLine *line = sj_project_get_funding (project);
  g_autofree char *label = NULL;

  if (r->py && r->quarters_handler)
    g_clear_signal_handler (&r->quarters_handler, r->py);
  g_set_object (&r->py, sj_project_find_year (project, r->year));
  r->updating = TRUE;
  gtk_check_button_set_active (r->runs, r->py != NULL);
  r->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (r->amount), r->py != NULL && line == NULL);
  if (r->py != NULL && line == NULL)
    {
      /* TRANSLATORS: the undo step of typing an amount; %u is the year */
      label = g_strdup_printf (_("budget of %u"), r->year);
      sj_bind_money (r->self->doc, r->py, "amount", GTK_WIDGET (r->amount), label);
    }
  else
    {
      SjMoney m = line && r->py ? sj_funding_line_get_amount (line, r->year) : SJ_MONEY_NONE;
      g_autofree char *text = sj_money_input_text (m);
      sj_unbind (GTK_WIDGET (r->amount));
      gtk_editable_set_text (GTK_EDITABLE (r->amount), text);
    }
  if (r->py != NULL)
    r->quarters_handler = g_signal_connect (r->py, "notify::quarters",
                                            G_CALLBACK (on_quarters_notify), r);
  show_quarters (r);
}

static void
on_runs_toggled (GtkCheckButton *check, YearRow *r)
{
  SjProject *project = r->self->project;
  g_autofree char *step = NULL;

  if (r->updating)
    return;
  if (gtk_check_button_get_active (check))
    {
      g_autoptr (SjProjectYear) py = sj_project_year_new ();
      guint position = 0;
      sj_project_year_set_year (py, r->year);
      while (position < sj_project_get_n_years (project)
             && (guint) sj_project_year_get_year (sj_project_get_year_at (project, position))
                  < r->year)
        position++;
      /* TRANSLATORS: an undo step; %u is a fiscal year */
      step = g_strdup_printf (_("Run in %u"), r->year);
      sj_document_begin_step (r->self->doc, step);
      sj_project_insert_year (project, position, py);
      sj_document_end_step (r->self->doc);
    }
  else if (r->py != NULL)
    {
      step = g_strdup_printf (_("Not run in %u"), r->year);
      sj_document_remove (r->self->doc, SJ_MODEL_OBJECT (r->py), step);
    }
}

static GtkWidget *
make_year_row (SjProjectPage *self, guint year)
{
  static const char *const quarter_tips[] = {
    N_("Quarter 1: October – December"), N_("Quarter 2: January – March"),
    N_("Quarter 3: April – June"), N_("Quarter 4: July – September"),
  };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *quarters = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  YearRow *r = g_new0 (YearRow, 1);
  g_autofree char *title = g_strdup_printf (_("Fiscal year %u"), year);
  g_autofree char *amount_label = g_strdup_printf (_("Budget of %u in baht"), year);

  r->self = self;
  r->year = year;
  r->runs = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_tooltip_text (GTK_WIDGET (r->runs), _("The project runs this year"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->runs), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  r->amount = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_alignment (r->amount, 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (r->amount), 14);
  gtk_entry_set_placeholder_text (r->amount, _("no budget"));
  gtk_widget_set_valign (GTK_WIDGET (r->amount), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (r->amount), "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->amount), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  amount_label, -1);
  gtk_widget_add_css_class (quarters, "linked");
  gtk_widget_set_valign (quarters, GTK_ALIGN_CENTER);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *q = g_strdup_printf (_("Q%u"), i + 1);
      r->quarters[i] = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (q));
      gtk_widget_set_tooltip_text (GTK_WIDGET (r->quarters[i]), _(quarter_tips[i]));
      g_signal_connect (r->quarters[i], "toggled", G_CALLBACK (on_quarter_toggled), r);
      gtk_box_append (GTK_BOX (quarters), GTK_WIDGET (r->quarters[i]));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), GTK_WIDGET (r->runs));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (r->runs));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (r->amount));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), quarters);
  g_object_set_data_full (G_OBJECT (row), "sj-year", r, (GDestroyNotify) year_row_free);
  g_signal_connect (r->runs, "toggled", G_CALLBACK (on_runs_toggled), r);
  show_year (r);
  return row;
}

static void
rebuild_years (SjProjectPage *self)
{
  SjSettings *settings;

  sj_ui_clear_box (GTK_WIDGET (self->years_list));
  if (self->project == NULL)
    return;
  settings = sj_plan_get_settings (sj_document_get_plan (self->doc));
  for (int i = 0; i < sj_settings_get_years (settings); i++)
    gtk_list_box_append (self->years_list,
                         make_year_row (self, sj_settings_get_first_year (settings) + i));
}

static void
refresh_years (SjProjectPage *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->years_list)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      YearRow *r = g_object_get_data (G_OBJECT (row), "sj-year");
      if (r != NULL)
        show_year (r);
    }
}

static void
on_years_changed (GListModel *years, guint position, guint removed, guint added,
                  SjProjectPage *self)
{
  refresh_years (self);
}

/* Sub-items ---------------------------------------------------------------------------------- */

static gboolean
project_has_sub_item (SjProject *project, SjSubItem *sub)
{
  g_autoptr (GPtrArray) refs = NULL;

  g_object_get (project, "sub-items", &refs, NULL);
  for (guint i = 0; refs && i < refs->len; i++)
    if (g_ptr_array_index (refs, i) == sub)
      return TRUE;
  return FALSE;
}

static void
on_sub_item_toggled (GtkCheckButton *check, SjProjectPage *self)
{
  SjSubItem *sub = g_object_get_data (G_OBJECT (check), "sj-sub-item");
  g_autoptr (GPtrArray) refs = NULL;
  g_autoptr (GPtrArray) updated = g_ptr_array_new ();
  gboolean on = gtk_check_button_get_active (check);

  if (self->project == NULL || on == project_has_sub_item (self->project, sub))
    return;
  g_object_get (self->project, "sub-items", &refs, NULL);
  for (guint i = 0; refs && i < refs->len; i++)
    if (g_ptr_array_index (refs, i) != sub)
      g_ptr_array_add (updated, g_ptr_array_index (refs, i));
  if (on)
    g_ptr_array_add (updated, sub);
  sj_document_begin_step (self->doc, _("Edit the sub-items"));
  sj_project_set_sub_items (self->project, updated);
  sj_document_end_step (self->doc);
}

static void
rebuild_sub_items (SjProjectPage *self)
{
  SjMission *mission = project_mission (self);
  guint n = mission ? sj_mission_get_n_sub_items (mission) : 0;

  sj_ui_clear_box (GTK_WIDGET (self->sub_items_list));
  gtk_widget_set_visible (GTK_WIDGET (self->sub_items_group), n > 0);
  for (guint i = 0; i < n; i++)
    {
      SjSubItem *sub = sj_mission_get_sub_item_at (mission, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      SjModelObject *dim = sj_model_object_get_parent (SJ_MODEL_OBJECT (mission));
      g_autofree char *title = g_strdup_printf (
        "%d.%d.%u %s", sj_model_object_get_index (dim) + 1,
        sj_model_object_get_index (SJ_MODEL_OBJECT (mission)) + 1, i + 1, sj_sub_item_get_name (sub));
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   project_has_sub_item (self->project, sub));
      g_object_set_data (G_OBJECT (check), "sj-sub-item", sub);
      g_signal_connect (check, "toggled", G_CALLBACK (on_sub_item_toggled), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->sub_items_list, row);
    }
}

/* Progress ----------------------------------------------------------------------------------- */

static GtkWidget *
make_progress_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjProgress *pr = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *status = sj_ui_combo_row (doc, pr, "status", _("Status"), SJ_TYPE_PROGRESS_STATUS,
                                       (const char *(*) (int)) sj_progress_status_label);
  GtkWidget *disbursed = adw_action_row_new ();
  GtkWidget *amount = gtk_entry_new ();
  g_autofree char *title = g_strdup_printf (_("Fiscal year %d, %s"), sj_progress_get_year (pr),
                                            sj_round_label (sj_progress_get_round (pr)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                 sj_progress_status_label (sj_progress_get_status (pr)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (disbursed), _("Disbursed (baht)"));
  gtk_entry_set_alignment (GTK_ENTRY (amount), 1.0);
  gtk_widget_set_valign (amount, GTK_ALIGN_CENTER);
  gtk_entry_set_placeholder_text (GTK_ENTRY (amount), _("not reported"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (disbursed), amount);
  sj_bind_money (doc, pr, "disbursed", amount, _("the amount disbursed"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), status);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), disbursed);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_date_row (doc, pr, "as-of", _("Information as of")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, pr, "achieved",
                                             _("Outputs achieved against the indicators")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, pr, "note", _("Remark")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, pr, "reporter", _("Reported by")));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               sj_ui_remove_button (doc, pr, _("the progress of this year")));
  return row;
}

static void
action_add_progress (GtkWidget *widget, const char *name, GVariant *param)
{
  SjProjectPage *self = SJ_PROJECT_PAGE (widget);
  SjSettings *settings;
  g_autoptr (SjProgress) pr = NULL;
  guint year;

  if (self->project == NULL)
    return;
  settings = sj_plan_get_settings (sj_document_get_plan (self->doc));
  /* The first year of the plan without a report yet. */
  for (year = sj_settings_get_first_year (settings);
       year < (guint) (sj_settings_get_first_year (settings) + sj_settings_get_years (settings));
       year++)
    {
      gboolean taken = FALSE;
      taken = sj_project_find_progress (self->project, year, SJ_ROUND_12) != NULL;
      if (!taken)
        break;
    }
  pr = sj_progress_new ();
  sj_progress_set_year (pr, year);
  sj_ui_append (self->doc, self->project, "progress", pr, _("Add progress"));
}

/* Actions ------------------------------------------------------------------------------------ */

static void
action_duplicate (GtkWidget *widget, const char *name, GVariant *param)
{
  SjProjectPage *self = SJ_PROJECT_PAGE (widget);
  SjMission *mission = project_mission (self);
  g_autoptr (SjProject) copy = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;

  if (mission == NULL)
    return;
  copy = sj_project_copy (self->project);
  id = sj_ui_new_id (self->doc, "p");
  /* TRANSLATORS: the title of a duplicated project; %s is the original title */
  title = g_strdup_printf (_("%s (copy)"), sj_project_get_title (self->project));
  sj_project_set_id (copy, id);
  sj_project_set_title (copy, title);
  sj_document_begin_step (self->doc, _("Duplicate the project"));
  sj_mission_insert_project (mission, sj_model_object_get_index (SJ_MODEL_OBJECT (self->project)) + 1,
                             copy);
  sj_document_end_step (self->doc);
  if (self->window)
    sj_window_select_object (self->window, copy);
}

static void
action_delete (GtkWidget *widget, const char *name, GVariant *param)
{
  SjProjectPage *self = SJ_PROJECT_PAGE (widget);
  g_autofree char *what = NULL;

  if (self->project == NULL)
    return;
  what = g_strdup_printf (_("the project “%s”"), sj_project_get_title (self->project));
  sj_ui_remove (widget, self->doc, self->project, what);
}

static void
on_move_row_activated (GtkListBox *list, GtkListBoxRow *row, SjProjectPage *self)
{
  SjMission *target = g_object_get_data (G_OBJECT (row), "sj-mission");
  g_autoptr (SjProject) project = NULL;

  gtk_popover_popdown (self->move_popover);
  if (target == NULL || self->project == NULL || target == project_mission (self))
    return;
  project = g_object_ref (self->project);
  sj_document_move (self->doc, SJ_MODEL_OBJECT (project), SJ_MODEL_OBJECT (target),
                    sj_mission_get_n_projects (target), _("Move the project"));
  if (self->window)
    sj_window_select_object (self->window, project);
}

static void
on_move_popover_show (GtkPopover *popover, SjProjectPage *self)
{
  SjPlan *plan;

  sj_ui_clear_box (GTK_WIDGET (self->move_list));
  if (self->doc == NULL)
    return;
  plan = sj_document_get_plan (self->doc);
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *text = sj_outline_describe (mission, TRUE);
          GtkWidget *label = gtk_label_new (text);
          GtkWidget *row = gtk_list_box_row_new ();
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
          gtk_widget_set_margin_start (label, 6);
          gtk_widget_set_margin_end (label, 6);
          gtk_widget_set_margin_top (label, 4);
          gtk_widget_set_margin_bottom (label, 4);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
          gtk_widget_set_sensitive (row, mission != project_mission (self));
          g_object_set_data (G_OBJECT (row), "sj-mission", mission);
          gtk_list_box_append (self->move_list, row);
        }
    }
}

/* Binding ------------------------------------------------------------------------------------ */

static void
on_plan_changed (SjProjectPage *self)
{
  refresh_header (self);
  refresh_labels (self);
}

static void
disconnect (SjProjectPage *self)
{
  if (self->project != NULL)
    {
      g_clear_signal_handler (&self->years_handler, sj_project_get_years (self->project));
      g_clear_signal_handler (&self->funding_handler, self->project);
      g_clear_signal_handler (&self->sub_items_handler, self->project);
    }
  if (self->window != NULL)
    g_clear_signal_handler (&self->plan_changed_handler, self->window);
}

static void
sj_project_page_bind (SjEditorPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item)
{
  SjProjectPage *self = SJ_PROJECT_PAGE (page);
  SjPlan *plan;
  GtkRoot *root;

  disconnect (self);
  g_set_object (&self->doc, doc);
  g_set_object (&self->project, doc ? object : NULL);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->window = SJ_IS_WINDOW (root) ? SJ_WINDOW (root) : NULL;
  if (self->project == NULL)
    {
      for (guint i = 0; i < self->fields->len; i++)
        sj_unbind (g_object_get_data (g_ptr_array_index (self->fields, i), "sj-editor"));
      sj_unbind (self->title_field);
      sj_unbind (GTK_WIDGET (self->type_row));
      sj_unbind (GTK_WIDGET (self->unit_row));
      sj_unbind (GTK_WIDGET (self->funding_row));
      sj_unbind (GTK_WIDGET (self->responsible_row));
      sj_unbind (GTK_WIDGET (self->responsible_unit_row));
      sj_unbind (GTK_WIDGET (self->title_years_row));
      sj_unbind (GTK_WIDGET (self->title_note_row));
      sj_unbind (GTK_WIDGET (self->table_remark_row));
      sj_unbind (GTK_WIDGET (self->target_count_spin));
      sj_unbind (GTK_WIDGET (self->target_unit_row));
      sj_ui_bind_list (self->progress_list, NULL, NULL, NULL, NULL);
      sj_ui_clear_box (GTK_WIDGET (self->years_list));
      sj_ui_clear_box (GTK_WIDGET (self->sub_items_list));
      return;
    }
  plan = sj_document_get_plan (doc);
  sj_bind (doc, object, "title", self->title_field, "text", _("the title"));
  sj_bind (doc, object, "type", GTK_WIDGET (self->type_row), "selected", _("the kind"));
  sj_bind_ref (doc, object, "unit", GTK_WIDGET (self->unit_row), sj_plan_get_units (plan),
               _("the responsible unit"));
  sj_bind_ref (doc, object, "funding", GTK_WIDGET (self->funding_row), sj_plan_get_funding_lines (plan),
               _("the funding line"));
  sj_bind (doc, object, "responsible", GTK_WIDGET (self->responsible_row), "text",
           _("the responsible"));
  sj_bind (doc, object, "responsible-unit", GTK_WIDGET (self->responsible_unit_row), "text",
           _("the responsible unit"));
  sj_bind (doc, object, "title-years", GTK_WIDGET (self->title_years_row), "selected",
           _("the years after the title"));
  sj_bind (doc, object, "title-note", GTK_WIDGET (self->title_note_row), "text",
           _("the note after the title"));
  sj_bind (doc, object, "table-remark", GTK_WIDGET (self->table_remark_row), "text",
           _("the remark"));
  sj_bind (doc, object, "target-count", GTK_WIDGET (self->target_count_spin), "value",
           _("the number targeted"));
  sj_bind (doc, object, "target-count-unit", GTK_WIDGET (self->target_unit_row), "text",
           _("the unit of the number targeted"));
  for (guint i = 0; i < self->fields->len; i++)
    {
      GtkWidget *box = g_ptr_array_index (self->fields, i);
      sj_bind (doc, object, g_object_get_data (G_OBJECT (box), "sj-property"),
               g_object_get_data (G_OBJECT (box), "sj-editor"), "rich",
               g_object_get_data (G_OBJECT (box), "sj-label"));
    }
  sj_ui_bind_list (self->progress_list, doc, sj_project_get_progress (self->project),
                   make_progress_row, self);
  rebuild_years (self);
  rebuild_sub_items (self);
  self->years_handler = g_signal_connect (sj_project_get_years (self->project), "items-changed",
                                          G_CALLBACK (on_years_changed), self);
  self->funding_handler = g_signal_connect_swapped (self->project, "notify::funding",
                                                    G_CALLBACK (refresh_years), self);
  self->sub_items_handler = g_signal_connect_swapped (self->project, "notify::sub-items",
                                                      G_CALLBACK (rebuild_sub_items), self);
  if (self->window)
    self->plan_changed_handler = g_signal_connect_swapped (self->window, "plan-changed",
                                                           G_CALLBACK (on_plan_changed), self);
  refresh_header (self);
  refresh_labels (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

static gboolean
sj_project_page_focus_field (SjEditorPage *page, gpointer object, const char *property)
{
  SjProjectPage *self = SJ_PROJECT_PAGE (page);

  if (g_strcmp0 (property, "title") == 0)
    return gtk_widget_grab_focus (self->title_field);
  for (guint i = 0; i < self->fields->len; i++)
    {
      GtkWidget *box = g_ptr_array_index (self->fields, i);
      if (g_strcmp0 (g_object_get_data (G_OBJECT (box), "sj-property"), property) == 0)
        {
          SjRichEditor *editor = g_object_get_data (G_OBJECT (box), "sj-editor");
          return gtk_widget_grab_focus (GTK_WIDGET (sj_rich_editor_get_view (editor)));
        }
    }
  return gtk_widget_grab_focus (self->title_field);
}

static void
sj_project_page_iface_init (SjEditorPageInterface *iface)
{
  iface->bind = sj_project_page_bind;
  iface->focus_field = sj_project_page_focus_field;
}

static void
sj_project_page_dispose (GObject *object)
{
  SjProjectPage *self = SJ_PROJECT_PAGE (object);

  disconnect (self);
  g_clear_object (&self->project);
  g_clear_object (&self->doc);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_PROJECT_PAGE);
  sj_widget_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (sj_project_page_parent_class)->dispose (object);
}

static void
sj_project_page_class_init (SjProjectPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_project_page_dispose;
  g_type_ensure (SJ_TYPE_TEXT_FIELD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-project-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, number_label);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, place_label);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, move_popover);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, move_list);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, title_field);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, unit_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, responsible_unit_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, title_years_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, title_note_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, labels_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, table_remark_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, funding_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, years_list);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, sub_items_group);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, sub_items_list);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, fields_box);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, target_count_spin);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, target_unit_row);
  gtk_widget_class_bind_template_child (widget_class, SjProjectPage, progress_list);
  gtk_widget_class_install_action (widget_class, "project.duplicate", NULL, action_duplicate);
  gtk_widget_class_install_action (widget_class, "project.delete", NULL, action_delete);
  gtk_widget_class_install_action (widget_class, "project.add-progress", NULL,
                                   action_add_progress);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* Headings of the form ------------------------------------------------------------------------ */

static SjFieldLabel *
find_label (SjProject *project, SjFormField field, guint *position)
{
  for (guint i = 0; i < sj_project_get_n_labels (project); i++)
    if (sj_field_label_get_field (sj_project_get_label_at (project, i)) == field)
      {
        if (position)
          *position = i;
        return sj_project_get_label_at (project, i);
      }
  return NULL;
}

/* Shows the project's own headings (empty where it prints the usual one). */
static void
refresh_labels (SjProjectPage *self)
{
  guint n_own = 0;

  if (self->project == NULL)
    return;
  self->updating_labels = TRUE;
  for (guint f = 0; f < G_N_ELEMENTS (self->label_rows); f++)
    {
      SjFieldLabel *l = find_label (self->project, f, NULL);
      const char *text = l ? sj_field_label_get_text (l) : "";
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->label_rows[f])), text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->label_rows[f]), text);
      n_own += *text != '\0';
    }
  self->updating_labels = FALSE;
  if (n_own == 0)
    adw_expander_row_set_subtitle (
      self->labels_row, _("When this form prints a heading in other words (empty: the usual one)"));
  else
    {
      g_autofree char *text = g_strdup_printf (
        ngettext ("%u heading in other words", "%u headings in other words", n_own), n_own);
      adw_expander_row_set_subtitle (self->labels_row, text);
    }
}

/* A heading typed (applied with Enter or the button): one step of the document. */
static void
on_label_applied (AdwEntryRow *row, SjProjectPage *self)
{
  SjFormField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sj-field"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  guint position = 0;
  SjFieldLabel *label;

  if (self->project == NULL || self->updating_labels)
    return;
  label = find_label (self->project, field, &position);
  if (label == NULL && *text == '\0')
    return;
  if (label != NULL && g_strcmp0 (sj_field_label_get_text (label), text) == 0)
    return;
  sj_document_begin_step (self->doc, _("Edit the heading of a field"));
  if (*text == '\0')
    sj_project_remove_label_at (self->project, position);
  else if (label != NULL)
    sj_field_label_set_text (label, text);
  else
    {
      g_autoptr (SjFieldLabel) l = sj_field_label_new ();
      sj_field_label_set_field (l, field);
      sj_field_label_set_text (l, text);
      sj_project_append_label (self->project, l);
    }
  sj_document_end_step (self->doc);
  refresh_labels (self);
}

static void
sj_project_page_init (SjProjectPage *self)
{
  g_autoptr (GtkStringList) types = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The kinds in the order of SjProjectType. */
  gtk_string_list_append (types, sj_project_type_label (SJ_PROJECT_TYPE_PROJECT));
  gtk_string_list_append (types, sj_project_type_label (SJ_PROJECT_TYPE_ACTIVITY));
  gtk_string_list_append (types, sj_project_type_label (SJ_PROJECT_TYPE_MEASURE));
  gtk_string_list_append (types, _("(unspecified)"));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  {
    /* In the order of SjTitleYears: none, fiscal, years */
    g_autoptr (GtkStringList) years = gtk_string_list_new (NULL);
    gtk_string_list_append (years, _("None"));
    gtk_string_list_append (years, _("ประจำปีงบประมาณ พ.ศ. 2566 – 2570"));
    gtk_string_list_append (years, _("ประจำปี 2567 และ 2569"));
    adw_combo_row_set_model (self->title_years_row, G_LIST_MODEL (years));
  }

  self->fields = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (form_fields); i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *label = gtk_label_new (_(form_fields[i].label));
      SjRichEditor *editor = sj_rich_editor_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (editor));
      gtk_accessible_update_property (GTK_ACCESSIBLE (sj_rich_editor_get_view (editor)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(form_fields[i].label), -1);
      g_object_set_data (G_OBJECT (box), "sj-editor", editor);
      g_object_set_data (G_OBJECT (box), "sj-property", (gpointer) form_fields[i].property);
      g_object_set_data (G_OBJECT (box), "sj-label", (gpointer) _(form_fields[i].label));
      gtk_box_append (self->fields_box, box);
      g_ptr_array_add (self->fields, box);
    }
  for (guint f = 0; f < G_N_ELEMENTS (self->label_rows); f++)
    {
      AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sj_form_field_label (f));
      adw_entry_row_set_show_apply_button (row, TRUE);
      g_object_set_data (G_OBJECT (row), "sj-field", GUINT_TO_POINTER (f));
      g_signal_connect (row, "apply", G_CALLBACK (on_label_applied), self);
      adw_expander_row_add_row (self->labels_row, GTK_WIDGET (row));
      self->label_rows[f] = row;
    }
  g_signal_connect (self->move_popover, "show", G_CALLBACK (on_move_popover_show), self);
  g_signal_connect (self->move_list, "row-activated", G_CALLBACK (on_move_row_activated), self);
}
