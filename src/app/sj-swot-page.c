/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-swot-page"
#include "config.h"

#include "sj-swot-page.h"

#include "sj-bind.h"
#include "sj-ui.h"

#include <glib/gi18n.h>
#include <string.h>

/* The SWOT analysis of Part 1: strengths, weaknesses, opportunities and threats with their codes
 * (S1, W1, O1, T1 … given automatically), and the strategies that combine codes, each code
 * checked against the table (a code cited but not defined is marked where it is typed). */
struct _SjSwotPage
{
  SjFormPage parent_instance;
  SjPlan *plan;
};

G_DEFINE_FINAL_TYPE (SjSwotPage, sj_swot_page, SJ_TYPE_FORM_PAGE)

static const char code_letters[] = { 'S', 'W', 'O', 'T' };

static gboolean
is_of_kind (gpointer item, gpointer user_data)
{
  return sj_swot_item_get_kind (item) == (SjSwotKind) GPOINTER_TO_INT (user_data);
}

static GtkWidget *
item_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjSwotItem *swot = item;
  GtkWidget *row = sj_ui_entry_row (doc, swot, "text", sj_swot_item_get_code (swot));
  GtkWidget *code = gtk_entry_new ();
  g_autofree char *what = g_strdup_printf (_("the item %s"), sj_swot_item_get_code (swot));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (swot, "code", row, "title", G_BINDING_DEFAULT);
  gtk_editable_set_width_chars (GTK_EDITABLE (code), 4);
  gtk_widget_set_valign (code, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (code, _("The code strategies cite"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (code), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Code"), -1);
  sj_bind (doc, swot, "code", code, "text", _("the code"));
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), code);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sj_ui_remove_button (doc, swot, what));
  return row;
}

static void
on_add_item (GtkButton *button, SjSwotPage *self)
{
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (self));
  SjSwotKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "sj-kind"));
  g_autoptr (SjSwotItem) item = sj_swot_item_new ();
  guint highest = 0;
  g_autofree char *code = NULL;

  /* The next code of the quadrant: S11 after S10. */
  for (guint i = 0; i < sj_plan_get_n_swot_items (self->plan); i++)
    {
      SjSwotItem *other = sj_plan_get_swot_item_at (self->plan, i);
      const char *c = sj_swot_item_get_code (other);
      if (sj_swot_item_get_kind (other) == kind && c[0] == code_letters[kind])
        highest = MAX (highest, (guint) g_ascii_strtoull (c + 1, NULL, 10));
    }
  code = g_strdup_printf ("%c%u", code_letters[kind], highest + 1);
  sj_swot_item_set_kind (item, kind);
  sj_swot_item_set_code (item, code);
  sj_ui_append (doc, self->plan, "swot-items", item, _("Add an item of the analysis"));
}

/* Codes cited by @codes that no item defines, or NULL. */
static char *
undefined_codes (SjPlan *plan, const char *codes)
{
  g_auto (GStrv) parts = g_strsplit_set (codes, " +,", -1);
  g_autoptr (GString) missing = g_string_new (NULL);

  for (guint i = 0; parts[i]; i++)
    {
      gboolean found = FALSE;
      if (*parts[i] == '\0')
        continue;
      for (guint j = 0; j < sj_plan_get_n_swot_items (plan) && !found; j++)
        found = g_strcmp0 (sj_swot_item_get_code (sj_plan_get_swot_item_at (plan, j)), parts[i]) == 0;
      if (!found)
        g_string_append_printf (missing, "%s%s", missing->len ? " " : "", parts[i]);
    }
  return missing->len ? g_string_free (g_steal_pointer (&missing), FALSE) : NULL;
}

static void
check_codes (SjStrategy *strategy, GParamSpec *pspec, GtkWidget *entry)
{
  SjPlan *plan = g_object_get_data (G_OBJECT (entry), "sj-plan");
  g_autofree char *missing = undefined_codes (plan, sj_strategy_get_codes (strategy));

  if (missing)
    {
      g_autofree char *tip = g_strdup_printf (_("Not in the table: %s"), missing);
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, tip);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, _("SWOT codes, e.g. S1 + O2"));
    }
}

/* Ticking a code in the picker adds it to (or takes it from) the strategy's codes. */
static void
on_code_toggled (GtkCheckButton *check, SjStrategy *strategy)
{
  SjDocument *doc = g_object_get_data (G_OBJECT (check), "sj-doc");
  const char *code = gtk_check_button_get_label (check);
  g_auto (GStrv) parts = g_strsplit_set (sj_strategy_get_codes (strategy), " +,", -1);
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean on = gtk_check_button_get_active (check), had = FALSE;

  for (guint i = 0; parts[i]; i++)
    {
      if (*parts[i] == '\0')
        continue;
      if (g_strcmp0 (parts[i], code) == 0)
        {
          had = TRUE;
          if (!on)
            continue;
        }
      g_string_append_printf (out, "%s%s", out->len ? " + " : "", parts[i]);
    }
  if (on && !had)
    g_string_append_printf (out, "%s%s", out->len ? " + " : "", code);
  if (on == had)
    return;
  sj_document_begin_step (doc, _("Edit the codes of a strategy"));
  sj_strategy_set_codes (strategy, out->str);
  sj_document_end_step (doc);
}

static void
fill_picker (GtkPopover *popover, SjStrategy *strategy)
{
  GtkWidget *grid = gtk_grid_new ();
  SjPlan *plan = g_object_get_data (G_OBJECT (popover), "sj-plan");
  SjDocument *doc = g_object_get_data (G_OBJECT (popover), "sj-doc");
  g_auto (GStrv) parts = g_strsplit_set (sj_strategy_get_codes (strategy), " +,", -1);
  guint col[4] = { 0, 0, 0, 0 };

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  for (guint i = 0; i < sj_plan_get_n_swot_items (plan); i++)
    {
      SjSwotItem *item = sj_plan_get_swot_item_at (plan, i);
      GtkWidget *check = gtk_check_button_new_with_label (sj_swot_item_get_code (item));
      SjSwotKind kind = sj_swot_item_get_kind (item);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strv_contains ((const char *const *) parts,
                                                    sj_swot_item_get_code (item)));
      gtk_widget_set_tooltip_text (check, sj_swot_item_get_text (item));
      g_object_set_data (G_OBJECT (check), "sj-doc", doc);
      g_signal_connect (check, "toggled", G_CALLBACK (on_code_toggled), strategy);
      gtk_grid_attach (GTK_GRID (grid), check, kind, col[kind]++, 1, 1);
    }
  gtk_popover_set_child (popover, grid);
}

static GtkWidget *
strategy_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjSwotPage *self = user_data;
  SjStrategy *strategy = item;
  GtkWidget *row = sj_ui_entry_row (doc, strategy, "text", _("Strategy"));
  GtkWidget *codes = gtk_entry_new ();
  GtkWidget *picker = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (codes), 12);
  gtk_widget_set_valign (codes, GTK_ALIGN_CENTER);
  gtk_entry_set_placeholder_text (GTK_ENTRY (codes), "S1 + O1");
  gtk_accessible_update_property (GTK_ACCESSIBLE (codes), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("SWOT codes of the strategy"), -1);
  g_object_set_data (G_OBJECT (codes), "sj-plan", self->plan);
  sj_bind (doc, strategy, "codes", codes, "text", _("the codes"));
  check_codes (strategy, NULL, codes);
  g_signal_connect_object (strategy, "notify::codes", G_CALLBACK (check_codes), codes, 0);
  g_object_set_data (G_OBJECT (popover), "sj-plan", self->plan);
  g_object_set_data (G_OBJECT (popover), "sj-doc", doc);
  g_signal_connect (popover, "show", G_CALLBACK (fill_picker), strategy);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (picker), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (picker), "view-more-symbolic");
  gtk_widget_set_valign (picker, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (picker, _("Choose the codes"));
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), codes);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), picker);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sj_ui_move_buttons (doc, strategy));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            sj_ui_remove_button (doc, strategy, _("the strategy")));
  return row;
}

static void
on_add_strategy (GtkButton *button, SjSwotPage *self)
{
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (self));
  g_autoptr (SjStrategy) strategy = sj_strategy_new ();
  sj_ui_append (doc, self->plan, "strategies", strategy, _("Add a strategy"));
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjSwotPage *self = SJ_SWOT_PAGE (page);
  static const char *const titles[] = { N_("Strengths (S)"), N_("Weaknesses (W)"),
                                        N_("Opportunities (O)"), N_("Threats (T)") };
  GtkWidget *group, *list, *button;

  g_set_object (&self->plan, object);
  sj_form_page_set_title (page, _("SWOT analysis"),
                          _("The environment of the organisation, coded so that strategies can "
                            "cite it (S1 + O2)"));
  gtk_box_append (content, sj_ui_rich_field (doc, self->plan, "swot-intro",
                                             _("Introduction to the analysis")));
  for (guint k = 0; k < 4; k++)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (is_of_kind, GINT_TO_POINTER (k), NULL);
      g_autoptr (GtkFilterListModel) of_kind = gtk_filter_list_model_new (
        g_object_ref (sj_plan_get_swot_items (self->plan)), GTK_FILTER (filter));
      group = sj_form_page_group (content, _(titles[k]), NULL);
      button = sj_form_page_add_button (group, _("Add"));
      g_object_set_data (G_OBJECT (button), "sj-kind", GINT_TO_POINTER (k));
      g_signal_connect (button, "clicked", G_CALLBACK (on_add_item), self);
      list = sj_form_page_list (group);
      sj_ui_bind_list (GTK_LIST_BOX (list), doc, G_LIST_MODEL (of_kind), item_row, self);
    }
  group = sj_form_page_group (content, _("Strategies"),
                              _("Each combines codes of the table; a code that is not in the "
                                "table is marked"));
  button = sj_form_page_add_button (group, _("Add a strategy"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_strategy), self);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_plan_get_strategies (self->plan), strategy_row,
                   self);
}

static void
sj_swot_page_dispose (GObject *object)
{
  g_clear_object (&SJ_SWOT_PAGE (object)->plan);
  G_OBJECT_CLASS (sj_swot_page_parent_class)->dispose (object);
}

static void
sj_swot_page_class_init (SjSwotPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sj_swot_page_dispose;
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_swot_page_init (SjSwotPage *self)
{
}
