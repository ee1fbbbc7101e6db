/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-goals-page"
#include "config.h"

#include "sj-goals-page.h"

#include "sj-bind.h"
#include "sj-thai.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/* เป้าหมาย: the text and the target table, a row per target (the ITA score, corruption cases …)
 * with a value for each year of the plan. */
struct _SjGoalsPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjGoalsPage, sj_goals_page, SJ_TYPE_FORM_PAGE)

static SjYearValue *
find_value (SjTarget *target, guint year)
{
  for (guint i = 0; i < sj_target_get_n_values (target); i++)
    if ((guint) sj_year_value_get_year (sj_target_get_value_at (target, i)) == year)
      return sj_target_get_value_at (target, i);
  return NULL;
}

/* A value as typed: a decimal number, Thai digits allowed; empty for none. */
static gboolean
parse_value (const char *text, char **out)
{
  g_autofree char *arabic = g_strstrip (sj_arabic_digits (text));
  char *end = NULL;

  if (*arabic == '\0')
    {
      *out = g_strdup ("");
      return TRUE;
    }
  g_ascii_strtod (arabic, &end);
  if (end == arabic || *end != '\0' || strchr (arabic, 'e') || strchr (arabic, 'E'))
    return FALSE;
  *out = g_steal_pointer (&arabic);
  return TRUE;
}

static void
on_value_changed (GtkEditable *editable, SjTarget *target)
{
  SjDocument *doc = g_object_get_data (G_OBJECT (editable), "sj-doc");
  guint year = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "sj-year"));
  SjYearValue *value = find_value (target, year);
  g_autofree char *parsed = NULL;
  g_autofree char *step = NULL;

  if (!parse_value (gtk_editable_get_text (editable), &parsed))
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  if (value && g_strcmp0 (sj_year_value_get_value (value), parsed) == 0)
    return;
  /* TRANSLATORS: an undo step; %u is a fiscal year */
  step = g_strdup_printf (_("Edit the target of %u"), year);
  sj_document_begin_step (doc, step);
  if (value == NULL && *parsed)
    {
      g_autoptr (SjYearValue) added = sj_year_value_new ();
      sj_year_value_set_year (added, year);
      sj_year_value_set_value (added, parsed);
      sj_target_append_value (target, added);
    }
  else if (value != NULL && *parsed == '\0')
    sj_model_object_list_remove (SJ_MODEL_OBJECT (target),
                                 g_object_class_find_property (G_OBJECT_GET_CLASS (target), "values"),
                                 sj_model_object_get_index (SJ_MODEL_OBJECT (value)));
  else if (value != NULL)
    sj_year_value_set_value (value, parsed);
  sj_document_end_step (doc);
}

static void
show_values (SjTarget *target, GtkWidget *box)
{
  for (GtkWidget *e = gtk_widget_get_first_child (box); e; e = gtk_widget_get_next_sibling (e))
    {
      guint year = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (e), "sj-year"));
      SjYearValue *value = find_value (target, year);
      const char *text = value ? sj_year_value_get_value (value) : "";
      g_autofree char *typed = NULL;
      if (!GTK_IS_EDITABLE (e))
        continue;
      if (parse_value (gtk_editable_get_text (GTK_EDITABLE (e)), &typed)
          && g_strcmp0 (typed, text) == 0)
        continue;
      g_signal_handlers_block_by_func (e, on_value_changed, target);
      gtk_editable_set_text (GTK_EDITABLE (e), text);
      g_signal_handlers_unblock_by_func (e, on_value_changed, target);
    }
}

static void
on_values_changed (GListModel *values, guint p, guint r, guint a, GtkWidget *box)
{
  show_values (g_object_get_data (G_OBJECT (box), "sj-target"), box);
}

static void
on_value_notify (SjDocument *doc, SjModelObject *object, const char *property, GtkWidget *box)
{
  SjTarget *target = g_object_get_data (G_OBJECT (box), "sj-target");
  if (SJ_IS_YEAR_VALUE (object) && sj_model_object_get_parent (object) == SJ_MODEL_OBJECT (target))
    show_values (target, box);
}

static GtkWidget *
target_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjTarget *target = item;
  SjSettings *s = sj_plan_get_settings (sj_document_get_plan (doc));
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *values_row = adw_action_row_new ();
  GtkWidget *values = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (target, "label", row, "title", G_BINDING_SYNC_CREATE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, target, "label", _("Target (ค่าเป้าหมาย)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, target, "prefix",
                                             _("Printed before each value (ร้อยละ …)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, target, "suffix",
                                             _("Printed after each value (คะแนน …)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, target, "kind",
                                             _("Kind: ita for the ITA score (charted), cases for "
                                               "corruption cases")));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (values_row), _("Value of each year"));
  gtk_widget_set_valign (values, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (values), "sj-target", target);
  for (int i = 0; i < sj_settings_get_years (s); i++)
    {
      guint year = sj_settings_get_first_year (s) + i;
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *label = g_strdup_printf (_("Target of %u"), year);
      g_autofree char *placeholder = g_strdup_printf ("%u", year);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
      gtk_widget_set_tooltip_text (entry, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data (G_OBJECT (entry), "sj-year", GUINT_TO_POINTER (year));
      g_object_set_data (G_OBJECT (entry), "sj-doc", doc);
      g_signal_connect (entry, "changed", G_CALLBACK (on_value_changed), target);
      gtk_box_append (GTK_BOX (values), entry);
    }
  show_values (target, values);
  g_signal_connect_object (sj_target_get_values (target), "items-changed",
                           G_CALLBACK (on_values_changed), values, 0);
  g_signal_connect_object (doc, "changed::value", G_CALLBACK (on_value_notify), values, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (values_row), values);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), values_row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sj_ui_move_buttons (doc, target));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               sj_ui_remove_button (doc, target, _("the target")));
  return row;
}

static void
on_add_target (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjTarget) target = sj_target_new ();

  sj_target_set_label (target, _("New target"));
  sj_ui_append (doc, sj_document_get_plan (doc), "targets", target, _("Add a target"));
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjPlan *plan = object;
  GtkWidget *group, *list, *button;

  sj_form_page_set_title (page, _("Goals and targets"), NULL);
  sj_form_page_rebuild_on_notify (page, sj_plan_get_settings (plan), "years");
  sj_form_page_rebuild_on_notify (page, sj_plan_get_settings (plan), "first-year");
  gtk_box_append (content, sj_ui_rich_field (doc, plan, "goals", _("Goals")));
  group = sj_form_page_group (content, _("Target table"),
                              _("A value per fiscal year; the ITA score is also charted"));
  button = sj_form_page_add_button (group, _("Add a target"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_target), page);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_plan_get_targets (plan), target_row, page);
}

static void
sj_goals_page_class_init (SjGoalsPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_goals_page_init (SjGoalsPage *self)
{
}
