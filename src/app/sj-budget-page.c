/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-budget-page"
#include "config.h"

#include "sj-budget-page.h"

#include "sj-bind.h"
#include "sj-compute.h"
#include "sj-thai.h"
#include "sj-ui.h"
#include "sj-window.h"

#include <glib/gi18n.h>

/**
 * SjBudgetPage:
 *
 * The budget table of Part 2 as a GtkColumnView over dimensions → missions → projects, one
 * editable column per fiscal year and the whole period, with the subtotals of missions and
 * dimensions and the plan's total, all computed as one types. Only the visible rows exist, so a
 * plan of 1,000 projects scrolls as one of 30. A block of cells copied from a spreadsheet is
 * pasted into projects × years as one undoable step.
 */
struct _SjBudgetPage
{
  GtkWidget parent_instance;

  GtkColumnView *view;

  SjDocument *doc;
  SjWindow *window;
  GtkTreeListModel *tree;
  GtkSingleSelection *selection;
  GPtrArray *year_columns; /* of GtkColumnViewColumn */
  GtkColumnViewColumn *total_column;
  guint first_year, n_years;
  gulong plan_changed_handler;
  int title_height; /* of a title cell: two lines of Thai */
};

/* A cell of an amount column. */
typedef struct
{
  GtkStack *stack;
  GtkText *text;  /* a project's amount, editable */
  GtkLabel *label; /* a total, or an amount that is not typed here */
  SjBudgetPage *page;     /* weak: the widgets may outlive the page */
  GtkListItem *list_item; /* weak, likewise */
  int year_index; /* or -1 for the whole period */
  gboolean updating;
  guint commit_source;
} Cell;

static void sj_budget_page_iface_init (SjEditorPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SjBudgetPage, sj_budget_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (SJ_TYPE_EDITOR_PAGE, sj_budget_page_iface_init))

/* The model: the frame, then the plan itself standing for the row of the grand total. */

static GListModel *
create_children (gpointer item, gpointer user_data)
{
  if (SJ_IS_DIMENSION (item))
    return g_object_ref (sj_dimension_get_missions (item));
  if (SJ_IS_MISSION (item))
    return g_object_ref (sj_mission_get_projects (item));
  return NULL;
}

static GListModel *
root_model (SjPlan *plan)
{
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  GListStore *total = g_list_store_new (SJ_TYPE_PLAN);

  g_list_store_append (total, plan);
  g_list_store_append (parts, sj_plan_get_dimensions (plan));
  g_list_store_append (parts, total);
  g_object_unref (total);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

static gpointer
row_item (GtkListItem *list_item)
{
  GtkTreeListRow *row = list_item ? gtk_list_item_get_item (list_item) : NULL;
  return row ? gtk_tree_list_row_get_item (row) : NULL; /* (transfer full) */
}

/* Totals of a row of the table: a mission's, a dimension's or the plan's. */
static const SjTotals *
row_totals (SjBudgetPage *self, gpointer item)
{
  SjSummary *s = sj_window_get_summary (self->window);

  if (SJ_IS_DIMENSION (item))
    return sj_summary_get_dimension_totals (s, sj_model_object_get_index (item));
  if (SJ_IS_MISSION (item))
    return sj_summary_get_mission_totals (s, item);
  if (SJ_IS_PLAN (item))
    return sj_summary_get_plan_totals (s);
  return NULL;
}

/* Only what changes is set: after every keystroke every visible cell is refreshed. */
static void
show_child (GtkStack *stack, GtkWidget *child)
{
  if (gtk_stack_get_visible_child (stack) != child)
    gtk_stack_set_visible_child (stack, child);
}

static void
set_label (GtkLabel *label, const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

static void
set_tooltip (GtkWidget *widget, const char *text)
{
  const char *current = gtk_widget_get_tooltip_text (widget);
  if (g_strcmp0 (current, text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* The title column ---------------------------------------------------------------------------- */

static void
title_setup (GtkSignalListItemFactory *f, GtkListItem *list_item, SjBudgetPage *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  /* A GtkInscription, not a label: two lines high whatever its text (wrapped, the rest
   * ellipsized), so that rows are measured without laying their texts out — the table of
   * 1,000 projects scrolls as one of 50. */
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0);
  gtk_inscription_set_min_lines (GTK_INSCRIPTION (label), 1);
  gtk_inscription_set_nat_lines (GTK_INSCRIPTION (label), 2);
  gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (label), PANGO_WRAP_WORD_CHAR);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  /* Its lines are as high as the font's metrics say, and Thai letters with marks above and
   * below them are higher: two lines of Thai, measured once. */
  if (self->title_height == 0)
    {
      g_autoptr (PangoLayout) two = gtk_widget_create_pango_layout (label, "ปั้นฎีกา\nญี่ปุ่นฐิติ");
      int h = 0;
      pango_layout_get_pixel_size (two, NULL, &h);
      self->title_height = h + 2;
    }
  gtk_widget_set_size_request (label, -1, self->title_height);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);
}

static void
title_refresh (SjBudgetPage *self, GtkListItem *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  g_autoptr (GObject) item = row_item (list_item);
  g_autofree char *text = NULL;
  SjSummary *s = sj_window_get_summary (self->window);

  if (item == NULL || s == NULL)
    return;
  if (SJ_IS_PROJECT (item))
    text = g_strdup_printf ("%u. %s", sj_summary_get_project_number (s, SJ_PROJECT (item)),
                            sj_project_get_title (SJ_PROJECT (item)));
  else if (SJ_IS_PLAN (item))
    text = g_strdup_printf (_("Grand total (%u projects)"), sj_summary_get_plan_totals (s)->n_projects);
  else
    {
      const SjTotals *t = row_totals (self, item);
      g_autofree char *name = sj_outline_describe (item, TRUE);
      g_autofree char *counts = sj_counts_text (t, FALSE, FALSE);
      text = g_strdup_printf ("%s (%s)", name, counts);
    }
  if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (label)), text) != 0)
    gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  set_tooltip (label, text);
  if (SJ_IS_PROJECT (item))
    gtk_widget_remove_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "heading");
}

static void on_row_plan_changed (GtkListItem *list_item, SjWindow *window);

static void
title_bind (GtkSignalListItemFactory *f, GtkListItem *list_item, SjBudgetPage *self)
{
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)),
                                  gtk_list_item_get_item (list_item));
  g_object_set_data (G_OBJECT (list_item), "sj-page", self);
  title_refresh (self, list_item);
  g_object_set_data (G_OBJECT (list_item), "sj-handler",
                     GSIZE_TO_POINTER (g_signal_connect_object (
                       self->window, "plan-changed", G_CALLBACK (on_row_plan_changed), list_item,
                       G_CONNECT_SWAPPED)));
}

static gboolean commit_cell (gpointer data);

static void
cell_unbind (GtkSignalListItemFactory *f, GtkListItem *list_item, SjBudgetPage *self)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "sj-handler"));
  Cell *c = g_object_get_data (G_OBJECT (list_item), "sj-cell");

  /* What was typed is stored before the row shows another project. */
  if (c != NULL && c->commit_source)
    {
      g_clear_handle_id (&c->commit_source, g_source_remove);
      commit_cell (c);
    }

  /* The window may have let go of its handlers already (it is being destroyed). */
  if (handler && self->window && g_signal_handler_is_connected (self->window, handler))
    g_signal_handler_disconnect (self->window, handler);
  g_object_set_data (G_OBJECT (list_item), "sj-handler", NULL);
}

/* The amount columns -------------------------------------------------------------------------- */


static SjMoney
project_amount (SjProject *project, guint year)
{
  SjProjectYear *py = sj_project_find_year (project, year);
  return py ? sj_project_year_get_amount (py) : SJ_MONEY_NONE;
}

static void
cell_refresh (Cell *c)
{
  SjBudgetPage *self = c->page;
  g_autoptr (GObject) item = row_item (c->list_item);
  SjSummary *s = self && self->window ? sj_window_get_summary (self->window) : NULL;
  g_autofree char *text = NULL;

  if (item == NULL || s == NULL)
    return;
  if (SJ_IS_PROJECT (item) && c->year_index >= 0
      && sj_project_get_funding (SJ_PROJECT (item)) == NULL)
    {
      guint year = self->first_year + c->year_index;
      SjMoney amount = project_amount (SJ_PROJECT (item), year), typed;
      show_child (c->stack, GTK_WIDGET (c->text));
      /* What is being typed stays as typed while it means the same amount. */
      if (!sj_money_from_input (gtk_editable_get_text (GTK_EDITABLE (c->text)), &typed)
          || typed != amount)
        {
          text = sj_money_input_text (amount);
          c->updating = TRUE;
          gtk_editable_set_text (GTK_EDITABLE (c->text), text);
          gtk_widget_remove_css_class (GTK_WIDGET (c->text), "error");
          c->updating = FALSE;
        }
      return;
    }
  show_child (c->stack, GTK_WIDGET (c->label));
  if (SJ_IS_PROJECT (item))
    {
      SjMoney m = 0;
      if (c->year_index >= 0)
        m = sj_project_get_amount (SJ_PROJECT (item), self->first_year + c->year_index);
      else
        for (guint y = 0; y < self->n_years; y++)
          m = sj_money_add (m, sj_project_get_amount (SJ_PROJECT (item), self->first_year + y));
      /* A project without a budget shows nothing, not a zero it does not have. */
      text = m == SJ_MONEY_NONE || (m == 0 && !sj_project_has_budget (SJ_PROJECT (item)))
               ? g_strdup ("")
               : sj_money_format (m, SJ_MONEY_DECIMALS_AUTO, TRUE);
      if (sj_project_get_funding (SJ_PROJECT (item)) && c->year_index >= 0)
        set_tooltip (GTK_WIDGET (c->label),
                     _("The amount of the project’s funding line (edit it under Funding lines)"));
      gtk_widget_remove_css_class (GTK_WIDGET (c->label), "heading");
    }
  else
    {
      const SjTotals *t = row_totals (self, item);
      SjMoney m = t ? (c->year_index >= 0 ? t->years[c->year_index] : t->total) : 0;
      text = sj_money_format (m, SJ_MONEY_DECIMALS_AUTO, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (c->label), "heading");
      set_tooltip (GTK_WIDGET (c->label), NULL);
    }
  set_label (c->label, text);
}

/* Every visible cell follows the totals, computed again after each edit. */
static void
on_row_plan_changed (GtkListItem *list_item, SjWindow *window)
{
  Cell *c = g_object_get_data (G_OBJECT (list_item), "sj-cell");

  if (c != NULL)
    cell_refresh (c);
  else
    title_refresh (g_object_get_data (G_OBJECT (list_item), "sj-page"), list_item);
}

/* Stores what is typed in a project's cell, if it is an amount; marks it otherwise. Done once
 * the text settles (at idle): replacing a text deletes then inserts, and the empty text in
 * between must not be stored as "no budget". */
static gboolean
commit_cell (gpointer data)
{
  Cell *c = data;
  GtkEditable *editable = GTK_EDITABLE (c->text);
  SjBudgetPage *self = c->page;
  g_autoptr (GObject) item = NULL;
  SjMoney amount;
  guint year;
  SjProjectYear *py;
  g_autofree char *step = NULL;
  g_autofree char *year_text = NULL;

  c->commit_source = 0;
  if (self == NULL)
    return G_SOURCE_REMOVE;
  item = row_item (c->list_item);
  if (!SJ_IS_PROJECT (item) || c->year_index < 0 || self->doc == NULL)
    return G_SOURCE_REMOVE;
  if (!sj_money_from_input (gtk_editable_get_text (editable), &amount))
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return G_SOURCE_REMOVE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  year = self->first_year + c->year_index;
  py = sj_project_find_year (SJ_PROJECT (item), year);
  if ((py ? sj_project_year_get_amount (py) : SJ_MONEY_NONE) == amount)
    return G_SOURCE_REMOVE;
  year_text = g_strdup_printf ("%u", year);
  /* TRANSLATORS: an undo step: "Edit the budget of 2567" (the year in Thai digits) */
  step = g_strdup_printf (_("Edit the budget of %s"), year_text);
  c->updating = TRUE;
  sj_document_begin_step (self->doc, step);
  if (py == NULL)
    {
      /* An amount typed in a year the project did not run: it runs that year now. */
      g_autoptr (SjProjectYear) added = sj_project_year_new ();
      guint position = 0;
      sj_project_year_set_year (added, year);
      sj_project_year_set_amount (added, amount);
      while (position < sj_project_get_n_years (SJ_PROJECT (item))
             && (guint) sj_project_year_get_year (sj_project_get_year_at (SJ_PROJECT (item), position))
                  < year)
        position++;
      sj_project_insert_year (SJ_PROJECT (item), position, added);
    }
  else
    sj_project_year_set_amount (py, amount);
  sj_document_end_step (self->doc);
  c->updating = FALSE;
  return G_SOURCE_REMOVE;
}

static void
on_cell_changed (GtkEditable *editable, Cell *c)
{
  if (c->updating || c->commit_source)
    return;
  c->commit_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, commit_cell, c, NULL);
}

static void
on_cell_focus_leave (GtkEventControllerFocus *focus, Cell *c)
{
  if (c->page == NULL)
    return;
  if (c->page->doc)
    sj_document_stop_coalescing (c->page->doc);
  /* Shown again in the canonical form: "15000" becomes "15,000". */
  if (!gtk_widget_has_css_class (GTK_WIDGET (c->text), "error"))
    {
      g_autoptr (GObject) item = row_item (c->list_item);
      if (SJ_IS_PROJECT (item) && c->year_index >= 0)
        {
          g_autofree char *text = sj_money_input_text (
            project_amount (SJ_PROJECT (item), c->page->first_year + c->year_index));
          c->updating = TRUE;
          gtk_editable_set_text (GTK_EDITABLE (c->text), text);
          c->updating = FALSE;
        }
    }
}

/* Pasting a block: rows of tab-separated cells, from the focused cell down and right. */
static void paste_block (SjBudgetPage *self, Cell *c, const char *text);

static void
on_clipboard_text (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GtkListItem) list_item = user_data;
  Cell *c = g_object_get_data (G_OBJECT (list_item), "sj-cell");
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (text == NULL || c == NULL || c->page == NULL || c->list_item == NULL)
    return;
  if (strchr (text, '\t') != NULL || strchr (g_strchomp (text), '\n') != NULL)
    paste_block (c->page, c, text);
  else
    {
      /* One value: pasted into this cell like typing. */
      gtk_editable_delete_selection (GTK_EDITABLE (c->text));
      {
        int pos = gtk_editable_get_position (GTK_EDITABLE (c->text));
        gtk_editable_insert_text (GTK_EDITABLE (c->text), text, -1, &pos);
        gtk_editable_set_position (GTK_EDITABLE (c->text), pos);
      }
    }
}

static gboolean
on_cell_key (GtkEventControllerKey *keys, guint keyval, guint keycode, GdkModifierType state,
             Cell *c)
{
  if ((state & GDK_CONTROL_MASK) && (keyval == GDK_KEY_v || keyval == GDK_KEY_V) && c->page)
    {
      gtk_widget_activate_action (GTK_WIDGET (c->page), "budget.paste", NULL);
      return TRUE;
    }
  return FALSE;
}

/* The cell of the table that has the keyboard focus, or NULL. */
static Cell *
focused_cell (SjBudgetPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (g_object_get_data (G_OBJECT (focus), "sj-budget-cell") != NULL)
      return g_object_get_data (G_OBJECT (focus), "sj-budget-cell");
  return NULL;
}

/* Ctrl+V in a cell: a block copied from a spreadsheet fills projects × years. */
static void
action_paste (GtkWidget *widget, const char *name, GVariant *param)
{
  SjBudgetPage *self = SJ_BUDGET_PAGE (widget);
  Cell *c = focused_cell (self);

  if (c == NULL)
    return;
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (c->text)), NULL,
                                 on_clipboard_text, g_object_ref (c->list_item));
}

static void
cell_free (Cell *c)
{
  g_clear_handle_id (&c->commit_source, g_source_remove);
  g_clear_weak_pointer (&c->page);
  g_clear_weak_pointer (&c->list_item);
  g_free (c);
}

static void
amount_setup (GtkSignalListItemFactory *f, GtkListItem *list_item, SjBudgetPage *self)
{
  Cell *c = g_new0 (Cell, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_set_weak_pointer (&c->page, self);
  g_set_weak_pointer (&c->list_item, list_item);
  c->year_index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (f), "sj-year-index"));
  c->stack = GTK_STACK (gtk_stack_new ());
  c->text = GTK_TEXT (gtk_text_new ());
  c->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_editable_set_alignment (GTK_EDITABLE (c->text), 1.0);
  gtk_editable_set_enable_undo (GTK_EDITABLE (c->text), FALSE); /* the document's undo */
  gtk_editable_set_width_chars (GTK_EDITABLE (c->text), 11);
  gtk_widget_add_css_class (GTK_WIDGET (c->text), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (c->text), "budget-cell");
  gtk_label_set_xalign (c->label, 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (c->label), "numeric");
  gtk_stack_add_child (c->stack, GTK_WIDGET (c->text));
  gtk_stack_add_child (c->stack, GTK_WIDGET (c->label));
  g_signal_connect (c->text, "changed", G_CALLBACK (on_cell_changed), c);
  g_signal_connect (focus, "leave", G_CALLBACK (on_cell_focus_leave), c);
  gtk_widget_add_controller (GTK_WIDGET (c->text), focus);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_cell_key), c);
  gtk_widget_add_controller (GTK_WIDGET (c->text), keys);
  /* The cell lives as long as its editable, whose controllers call back with it. */
  g_object_set_data_full (G_OBJECT (c->text), "sj-budget-cell", c, (GDestroyNotify) cell_free);
  g_object_set_data (G_OBJECT (list_item), "sj-cell", c);
  gtk_list_item_set_child (list_item, GTK_WIDGET (c->stack));
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
amount_bind (GtkSignalListItemFactory *f, GtkListItem *list_item, SjBudgetPage *self)
{
  Cell *c = g_object_get_data (G_OBJECT (list_item), "sj-cell");
  g_autoptr (GObject) item = row_item (list_item);

  g_clear_handle_id (&c->commit_source, g_source_remove);

  c->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (c->text), "");
  c->updating = FALSE;
  cell_refresh (c);
  if (SJ_IS_PROJECT (item) && c->year_index >= 0)
    {
      g_autofree char *name = g_strdup_printf (_("Budget of %u, project %u"),
                                               self->first_year + c->year_index,
                                               sj_summary_get_project_number (sj_window_get_summary (self->window),
                                                                              SJ_PROJECT (item)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (c->text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
    }
  g_object_set_data (G_OBJECT (list_item), "sj-handler",
                     GSIZE_TO_POINTER (g_signal_connect_object (
                       self->window, "plan-changed", G_CALLBACK (on_row_plan_changed), list_item,
                       G_CONNECT_SWAPPED)));
}

/* Pasting -------------------------------------------------------------------------------------- */

static void
paste_block (SjBudgetPage *self, Cell *c, const char *text)
{
  GListModel *rows = G_LIST_MODEL (self->tree);
  guint position = gtk_list_item_get_position (c->list_item);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  guint line = 0, n_bad = 0, n_set = 0;

  if (c->year_index < 0)
    return;
  sj_document_begin_step (self->doc, _("Paste budgets"));
  for (guint i = position; i < g_list_model_get_n_items (rows) && lines[line]; i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);
      g_auto (GStrv) cells = NULL;
      g_autofree char *stripped = NULL;

      if (!SJ_IS_PROJECT (item) || sj_project_get_funding (SJ_PROJECT (item)) != NULL)
        continue; /* the block fills projects; subtotal rows are skipped */
      stripped = g_strdup (lines[line++]);
      g_strchomp (stripped);
      if (*stripped == '\0' && lines[line] == NULL)
        break;
      cells = g_strsplit (stripped, "\t", -1);
      for (guint k = 0; cells[k] && c->year_index + k < self->n_years; k++)
        {
          guint year = self->first_year + c->year_index + k;
          SjProjectYear *py = sj_project_find_year (SJ_PROJECT (item), year);
          SjMoney amount;
          if (!sj_money_from_input (cells[k], &amount))
            {
              n_bad++;
              continue; /* never stored; counted and told */
            }
          if (py == NULL && amount == SJ_MONEY_NONE)
            continue;
          if (py == NULL)
            {
              g_autoptr (SjProjectYear) added = sj_project_year_new ();
              guint p = 0;
              sj_project_year_set_year (added, year);
              sj_project_year_set_amount (added, amount);
              while (p < sj_project_get_n_years (SJ_PROJECT (item))
                     && (guint) sj_project_year_get_year (sj_project_get_year_at (SJ_PROJECT (item), p)) < year)
                p++;
              sj_project_insert_year (SJ_PROJECT (item), p, added);
            }
          else
            sj_project_year_set_amount (py, amount);
          n_set++;
        }
    }
  sj_document_end_step (self->doc);
  if (self->window)
    {
      g_autofree char *message = NULL;
      if (n_bad > 0)
        message = g_strdup_printf (ngettext ("Pasted %u amounts; %u cell was not an amount and "
                                             "was left as it was",
                                             "Pasted %u amounts; %u cells were not amounts and "
                                             "were left as they were",
                                             n_bad),
                                   n_set, n_bad);
      else
        message = g_strdup_printf (_("Pasted %u amounts"), n_set);
      sj_window_toast (self->window, message);
    }
}

/* Columns ------------------------------------------------------------------------------------ */

static GtkColumnViewColumn *
amount_column (SjBudgetPage *self, const char *title, int year_index)
{
  GtkListItemFactory *f = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (f), "sj-year-index", GINT_TO_POINTER (year_index));
  g_signal_connect (f, "setup", G_CALLBACK (amount_setup), self);
  g_signal_connect (f, "bind", G_CALLBACK (amount_bind), self);
  g_signal_connect (f, "unbind", G_CALLBACK (cell_unbind), self);
  column = gtk_column_view_column_new (title, f);
  gtk_column_view_column_set_fixed_width (column, 120);
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

static void
rebuild_columns (SjBudgetPage *self)
{
  SjSettings *settings = sj_plan_get_settings (sj_document_get_plan (self->doc));
  guint first = sj_settings_get_first_year (settings);
  guint n = MIN (sj_settings_get_years (settings), SJ_MAX_YEARS);

  if (first == self->first_year && n == self->n_years && self->year_columns->len == n)
    return;
  for (guint i = 0; i < self->year_columns->len; i++)
    gtk_column_view_remove_column (self->view, g_ptr_array_index (self->year_columns, i));
  g_ptr_array_set_size (self->year_columns, 0);
  if (self->total_column)
    gtk_column_view_remove_column (self->view, self->total_column);
  g_clear_object (&self->total_column);
  self->first_year = first;
  self->n_years = n;
  for (guint y = 0; y < n; y++)
    {
      g_autofree char *title = g_strdup_printf (_("%u (baht)"), first + y);
      GtkColumnViewColumn *column = amount_column (self, title, y);
      gtk_column_view_append_column (self->view, column);
      g_ptr_array_add (self->year_columns, column);
    }
  self->total_column = amount_column (self, _("Whole period"), -1);
  gtk_column_view_append_column (self->view, self->total_column);
}

static void
on_settings_changed (SjBudgetPage *self)
{
  if (self->doc)
    rebuild_columns (self);
}

static void
on_activate (GtkColumnView *view, guint position, SjBudgetPage *self)
{
  g_autoptr (GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr (GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (item != NULL && !SJ_IS_PLAN (item) && self->window)
    sj_window_select_object (self->window, item);
}

/* Adds a project to the mission of the selected row (or the last mission of the plan). */
static void
action_add_project (GtkWidget *widget, const char *name, GVariant *param)
{
  SjBudgetPage *self = SJ_BUDGET_PAGE (widget);
  GtkTreeListRow *row = self->selection ? gtk_single_selection_get_selected_item (self->selection)
                                        : NULL;
  g_autoptr (GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  SjMission *mission = NULL;
  SjPlan *plan;
  g_autoptr (SjProject) project = NULL;
  g_autofree char *id = NULL;

  if (self->doc == NULL)
    return;
  plan = sj_document_get_plan (self->doc);
  if (SJ_IS_MISSION (item))
    mission = SJ_MISSION (item);
  else if (SJ_IS_PROJECT (item))
    mission = SJ_MISSION (sj_model_object_get_parent (SJ_MODEL_OBJECT (item)));
  else if (SJ_IS_DIMENSION (item) && sj_dimension_get_n_missions (SJ_DIMENSION (item)) > 0)
    mission = sj_dimension_get_mission_at (SJ_DIMENSION (item), 0);
  else
    for (guint d = sj_plan_get_n_dimensions (plan); d > 0 && mission == NULL; d--)
      {
        SjDimension *dim = sj_plan_get_dimension_at (plan, d - 1);
        if (sj_dimension_get_n_missions (dim) > 0)
          mission = sj_dimension_get_mission_at (dim, sj_dimension_get_n_missions (dim) - 1);
      }
  if (mission == NULL)
    {
      if (self->window)
        sj_window_toast (self->window, _("Add a dimension and a mission first (Part 2 in the outline)"));
      return;
    }
  project = sj_project_new ();
  id = sj_ui_new_id (self->doc, "p");
  sj_project_set_id (project, id);
  sj_project_set_title (project, _("New project"));
  sj_ui_append (self->doc, mission, "projects", project, _("Add a project"));
  if (self->window)
    sj_window_select_object (self->window, project);
}

/**
 * sj_budget_page_find_cell:
 * @year_index: 0 for the first year of the plan, -1 for the whole period
 *
 * The widget showing the amount of @item (a project, a mission, a dimension, or the plan for the
 * grand total) in a column, if its row is on screen: an editable for a project's typed amount,
 * a label otherwise. For keyboard navigation and the tests.
 */
GtkWidget *
sj_budget_page_find_cell (SjBudgetPage *self, gpointer item, int year_index)
{
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, self->view);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index_fast (stack, stack->len - 1);
      Cell *c = g_object_get_data (G_OBJECT (w), "sj-budget-cell");
      if (c != NULL && c->year_index == year_index)
        {
          g_autoptr (GObject) row = row_item (c->list_item);
          if (row == item)
            return gtk_stack_get_visible_child (c->stack);
        }
      for (GtkWidget *child = gtk_widget_get_first_child (w); child;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  return NULL;
}

/* Scrolls the table to the row of @item. */
void
sj_budget_page_scroll_to (SjBudgetPage *self, gpointer item)
{
  GListModel *rows = G_LIST_MODEL (self->tree);

  for (guint i = 0; rows && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr (GObject) it = gtk_tree_list_row_get_item (row);
      if (it == item)
        {
          /* GTK 4.8 has no gtk_column_view_scroll_to(): its list view does the scrolling. */
          for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view)); child;
               child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_LIST_VIEW (child))
              gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);
          return;
        }
    }
}

/* Binding ------------------------------------------------------------------------------------ */

static void
sj_budget_page_bind (SjEditorPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item)
{
  SjBudgetPage *self = SJ_BUDGET_PAGE (page);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->doc == doc && doc != NULL)
    return;
  if (self->doc)
    g_signal_handlers_disconnect_by_func (sj_plan_get_settings (sj_document_get_plan (self->doc)),
                                          on_settings_changed, self);
  gtk_column_view_set_model (self->view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_set_object (&self->doc, doc);
  self->window = SJ_IS_WINDOW (root) ? SJ_WINDOW (root) : NULL;
  if (doc == NULL)
    return;
  rebuild_columns (self);
  g_signal_connect_swapped (sj_plan_get_settings (sj_document_get_plan (doc)), "notify",
                            G_CALLBACK (on_settings_changed), self);
  self->tree = gtk_tree_list_model_new (root_model (sj_document_get_plan (doc)), FALSE, TRUE,
                                        create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
}

static void
sj_budget_page_iface_init (SjEditorPageInterface *iface)
{
  iface->bind = sj_budget_page_bind;
}

static void
sj_budget_page_dispose (GObject *object)
{
  SjBudgetPage *self = SJ_BUDGET_PAGE (object);

  sj_budget_page_bind (SJ_EDITOR_PAGE (self), NULL, NULL, NULL);
  g_clear_pointer (&self->year_columns, g_ptr_array_unref);
  g_clear_object (&self->total_column);
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_BUDGET_PAGE);
  sj_widget_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (sj_budget_page_parent_class)->dispose (object);
}

static void
sj_budget_page_class_init (SjBudgetPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_budget_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-budget-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SjBudgetPage, view);
  gtk_widget_class_install_action (widget_class, "budget.add-project", NULL, action_add_project);
  gtk_widget_class_install_action (widget_class, "budget.paste", NULL, action_paste);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sj_budget_page_init (SjBudgetPage *self)
{
  GtkListItemFactory *f = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->year_columns = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (f, "setup", G_CALLBACK (title_setup), self);
  g_signal_connect (f, "bind", G_CALLBACK (title_bind), self);
  g_signal_connect (f, "unbind", G_CALLBACK (cell_unbind), self);
  column = gtk_column_view_column_new (_("Projects, activities and measures"), f);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);
  g_signal_connect (self->view, "activate", G_CALLBACK (on_activate), self);
}
