/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application driven through its real widgets, under Xvfb: open a plan, type budgets, undo,
 * add, move and delete projects, paste a block of cells, open a broken file, recover a draft
 * after a kill. With --screenshots DIR it saves pictures of the main views instead. */
#include "config.h"

#include "sj-application.h"
#include "sj-budget-page.h"
#include "sj-drafts.h"
#include "sj-i18n.h"
#include "sj-plan-file.h"
#include "sj-rich-editor.h"
#include "sj-test-util.h"
#include "sj-text-field.h"
#include "sj-thai.h"
#include "sj-window.h"
#include "sj-findings-panel.h"
#include "sj-find-panel.h"
#include "sj-preview.h"
#include "sj-checker.h"
#include "sj-new-plan-dialog.h"
#include "sj-library-dialog.h"
#include "sj-drafts-dialog.h"
#include "sj-import-dialog.h"
#include "sj-compute.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static SjApplication *app;

/* Main loop helpers ---------------------------------------------------------------------------- */

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
iterate (guint ms)
{
  gboolean done = FALSE;
  guint id = g_timeout_add (ms, timeout_cb, &done);

  while (!done)
    g_main_context_iteration (NULL, TRUE);
  (void) id;
}

/* Runs the main loop until @cond holds, for at most @seconds. */
static gboolean
wait_for (gboolean (*cond) (gpointer), gpointer data, guint seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      iterate (10);
    }
  return TRUE;
}

static gboolean
has_document (gpointer window)
{
  return sj_window_get_document (window) != NULL;
}

static SjWindow *
open_example (const char *name)
{
  g_autofree char *path = sj_test_data_path ("..", "data", "examples", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GSettings *settings = sj_application_get_settings (SJ_APPLICATION (app));
  SjWindow *window;

  /* Each test starts with the panels hidden, whatever an earlier test left in the preferences */
  g_settings_set_boolean (settings, "preview-visible", FALSE);
  g_settings_set_boolean (settings, "findings-visible", FALSE);
  window = sj_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  sj_window_open_file (window, file);
  g_assert_true (wait_for (has_document, window, 20));
  iterate (50);
  return window;
}

/* The message dialog shown over @parent (over any window when NULL): a dialog of an earlier test
 * may still be going away while the next one starts, slowly under the sanitizers. */
static gboolean has_findings (gpointer window);
static gboolean preview_current (gpointer window);

static AdwMessageDialog *
find_dialog_of (gpointer parent)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w))
          && (parent == NULL || gtk_window_get_transient_for (GTK_WINDOW (w)) == parent))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  return find_dialog_of (NULL);
}

static gboolean
dialog_shown (gpointer parent)
{
  return find_dialog_of (parent) != NULL;
}

static void
close_window (SjWindow *window)
{
  SjDocument *doc = sj_window_get_document (window);

  /* Tests leave no question behind: changes are marked saved before the window goes. */
  if (doc)
    sj_document_mark_saved (doc, sj_document_get_generation (doc));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
}

typedef struct
{
  SjBudgetPage *page;
  gpointer item;
  int year;
} CellQuery;

static gboolean
cell_shown (gpointer data)
{
  CellQuery *q = data;
  return sj_budget_page_find_cell (q->page, q->item, q->year) != NULL;
}

static void save_png (GtkWidget *window, const char *path);

static GtkWidget *
cell (SjBudgetPage *page, gpointer item, int year)
{
  CellQuery q = { page, item, year };
  sj_budget_page_scroll_to (page, item);
  if (!wait_for (cell_shown, &q, 10))
    {
      save_png (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (page))), "/tmp/sujarit-cell-missing.png");
      g_error ("the cell of the row is not on screen");
    }
  return sj_budget_page_find_cell (page, item, year);
}

static SjBudgetPage *
show_budget (SjWindow *window)
{
  g_assert_true (sj_window_select_part (window, SJ_OUTLINE_BUDGET));
  iterate (100);
  return SJ_BUDGET_PAGE (sj_window_get_page (window, "budget"));
}

typedef struct
{
  SjProject *project;
  guint year;
  SjMoney amount;
} AmountQuery;

static gboolean
amount_is (gpointer data)
{
  AmountQuery *q = data;
  return sj_project_get_amount (q->project, q->year) == q->amount;
}

/* Typed amounts are stored once the text settles (at idle): wait for it, however slow the run. */
static void
assert_amount (SjProject *project, guint year, SjMoney amount)
{
  AmountQuery q = { project, year, amount };
  wait_for (amount_is, &q, 10);
  g_assert_cmpint (sj_project_get_amount (project, year), ==, amount);
}

static char *
money (SjMoney m)
{
  return sj_money_format (m, SJ_MONEY_DECIMALS_AUTO, TRUE);
}

static gboolean
has_error_class (gpointer widget)
{
  return gtk_widget_has_css_class (widget, "error");
}

static gboolean
has_no_error_class (gpointer widget)
{
  return !gtk_widget_has_css_class (widget, "error");
}

/* Tests ---------------------------------------------------------------------------------------- */

/* A budget typed into a cell, in Thai digits or with separators, reaches the model and every
 * total at once; invalid input is marked in place and not stored; undo and redo. */
static void
test_budget_typing (void)
{
  SjWindow *window = open_example ("kalasin-2566.sujarit");
  SjDocument *doc = sj_window_get_document (window);
  SjPlan *plan = sj_document_get_plan (doc);
  SjDimension *dim = sj_plan_get_dimension_at (plan, 0);
  SjMission *mission = sj_dimension_get_mission_at (dim, 0);
  SjProject *project = NULL;
  SjBudgetPage *page = show_budget (window);
  guint year = sj_settings_get_first_year (sj_plan_get_settings (plan)) + 1;
  SjMoney before_mission, before_dim, before_plan, old;
  GtkWidget *entry, *label;
  g_autofree char *expected = NULL;

  /* The first project of the mission with its own budget (not a shared funding line) */
  for (guint i = 0; i < sj_mission_get_n_projects (mission) && project == NULL; i++)
    if (sj_project_get_funding (sj_mission_get_project_at (mission, i)) == NULL)
      project = sj_mission_get_project_at (mission, i);
  g_assert_nonnull (project);
  old = sj_project_get_amount (project, year);
  if (old == SJ_MONEY_NONE)
    old = 0;
  before_mission = sj_summary_get_mission_totals (sj_window_get_summary (window), mission)->years[1];
  before_dim = sj_summary_get_dimension_totals (sj_window_get_summary (window), 0)->years[1];
  before_plan = sj_summary_get_plan_totals (sj_window_get_summary (window))->years[1];

  entry = cell (page, project, 1);
  g_assert_true (GTK_IS_EDITABLE (entry));
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "๑๕,๐๐๐");
  assert_amount (project, year, sj_money_from_baht (15000));
  g_assert_cmpint (sj_summary_get_mission_totals (sj_window_get_summary (window), mission)->years[1],
                   ==, before_mission - old + sj_money_from_baht (15000));
  g_assert_cmpint (sj_summary_get_dimension_totals (sj_window_get_summary (window), 0)->years[1],
                   ==, before_dim - old + sj_money_from_baht (15000));
  g_assert_cmpint (sj_summary_get_plan_totals (sj_window_get_summary (window))->years[1], ==,
                   before_plan - old + sj_money_from_baht (15000));
  /* The mission's subtotal cell shows it */
  label = cell (page, mission, 1);
  expected = money (before_mission - old + sj_money_from_baht (15000));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);

  /* Arabic digits with a separator, then without */
  gtk_editable_set_text (GTK_EDITABLE (entry), "15,500");
  assert_amount (project, year, sj_money_from_baht (15500));
  gtk_editable_set_text (GTK_EDITABLE (entry), "16000");
  assert_amount (project, year, sj_money_from_baht (16000));

  /* Invalid input: marked, not stored */
  gtk_editable_set_text (GTK_EDITABLE (entry), "16,00");
  g_assert_true (wait_for (has_error_class, entry, 10));
  g_assert_cmpint (sj_project_get_amount (project, year), ==, sj_money_from_baht (16000));
  gtk_editable_set_text (GTK_EDITABLE (entry), "16,000");
  g_assert_true (wait_for (has_no_error_class, entry, 10));

  /* The typing was one step: undo restores the old amount, redo the new one. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  iterate (20);
  g_assert_cmpint (sj_project_get_amount (project, year) == SJ_MONEY_NONE
                     ? 0 : sj_project_get_amount (project, year), ==, old);
  g_assert_cmpint (sj_summary_get_plan_totals (sj_window_get_summary (window))->years[1], ==,
                   before_plan);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  iterate (20);
  g_assert_cmpint (sj_project_get_amount (project, year), ==, sj_money_from_baht (16000));
  close_window (window);
}

/* A block of 3 rows × 5 years copied from a spreadsheet fills three projects in one step. */
static void
test_paste_block (void)
{
  SjWindow *window = open_example ("nakhonsi-2566.sujarit");
  SjDocument *doc = sj_window_get_document (window);
  SjPlan *plan = sj_document_get_plan (doc);
  SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);
  SjBudgetPage *page = show_budget (window);
  guint first = sj_settings_get_first_year (sj_plan_get_settings (plan));
  const char *block = "1,000\t2000\t๓,๐๐๐\t4000\t5,000.50\n"
                      "10\t20\t30\t40\t50\n"
                      "\t100\t\t100\t\n";
  GtkWidget *entry;
  GdkClipboard *clipboard;
  SjProject *p[3];

  g_assert_cmpuint (sj_mission_get_n_projects (mission), >=, 3);
  for (guint i = 0; i < 3; i++)
    {
      p[i] = sj_mission_get_project_at (mission, i);
      g_assert_null (sj_project_get_funding (p[i]));
    }
  entry = cell (page, p[0], 0);
  gtk_widget_grab_focus (entry);
  clipboard = gtk_widget_get_clipboard (entry);
  gdk_clipboard_set_text (clipboard, block);
  iterate (20);
  gtk_widget_activate_action (GTK_WIDGET (page), "budget.paste", NULL);
  assert_amount (p[0], first, sj_money_from_baht (1000));
  g_assert_cmpint (sj_project_get_amount (p[0], first + 2), ==, sj_money_from_baht (3000));
  g_assert_cmpint (sj_project_get_amount (p[0], first + 4), ==, 500050);
  g_assert_cmpint (sj_project_get_amount (p[1], first + 3), ==, sj_money_from_baht (40));
  g_assert_cmpint (sj_project_get_amount (p[2], first + 1), ==, sj_money_from_baht (100));
  g_assert_cmpstr (sj_document_get_undo_name (doc), ==, "Paste budgets");
  sj_document_undo (doc);
  g_assert_cmpint (sj_project_get_amount (p[1], first + 3), !=, sj_money_from_baht (40));
  close_window (window);
}

static gboolean
saved (gpointer doc)
{
  return !sj_document_get_modified (doc);
}

/* Add a project, move it to another mission, delete a project that a risk measure links to (the
 * window asks, the link goes), save, and the saved file loads again. */
static void
test_add_move_delete_save (void)
{
  SjWindow *window = open_example ("khonkaen-2566.sujarit");
  SjDocument *doc = sj_window_get_document (window);
  SjPlan *plan = sj_document_get_plan (doc);
  SjBudgetPage *page = show_budget (window);
  SjMission *first = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);
  SjMission *other = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 1), 0);
  guint n_first = sj_mission_get_n_projects (first);
  g_autoptr (GObject) added = NULL;
  SjRiskMeasure *measure = NULL;
  SjProject *linked;
  AdwMessageDialog *dialog;
  g_autofree char *dir = g_dir_make_tmp ("sujarit-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) reloaded = NULL;

  /* Add: into the mission of the selected row, selected in the outline at once */
  sj_window_select_object (window, first);
  iterate (50);
  show_budget (window);
  gtk_widget_activate_action (GTK_WIDGET (page), "budget.add-project", NULL);
  iterate (50);
  added = sj_window_get_selected (window);
  g_assert_true (SJ_IS_PROJECT (added));
  g_assert_cmpstr (sj_project_get_title (SJ_PROJECT (added)), ==, "New project");

  /* Move it to another mission */
  sj_document_move (doc, SJ_MODEL_OBJECT (added), SJ_MODEL_OBJECT (other), 0, "Move");
  g_assert_true (sj_model_object_get_parent (SJ_MODEL_OBJECT (added)) == SJ_MODEL_OBJECT (other));

  /* Delete a project a measure links to, from its page */
  for (guint s = 0; s < sj_plan_get_n_risk_steps (plan) && measure == NULL; s++)
    {
      SjRiskStep *step = sj_plan_get_risk_step_at (plan, s);
      for (guint m = 0; m < sj_risk_step_get_n_measures (step) && measure == NULL; m++)
        if (sj_risk_measure_get_project (sj_risk_step_get_measure_at (step, m)))
          measure = sj_risk_step_get_measure_at (step, m);
    }
  g_assert_nonnull (measure);
  linked = sj_risk_measure_get_project (measure);
  g_assert_true (sj_window_select_object (window, linked));
  iterate (50);
  gtk_widget_activate_action (sj_window_get_page (window, "project"), "project.delete", NULL);
  g_assert_true (wait_for (dialog_shown, window, 5));
  dialog = find_dialog_of (window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "1"));
  adw_message_dialog_response (dialog, "delete");
  iterate (50);
  g_assert_null (sj_risk_measure_get_project (measure));
  g_assert_cmpint (sj_model_object_get_index (SJ_MODEL_OBJECT (linked)), ==, -1);

  /* Save and load again */
  sj_document_set_file (doc, file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (wait_for (saved, doc, 10));
  g_assert_false (sj_document_get_modified (doc));
  reloaded = sj_plan_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sj_plan_equal (reloaded, plan));
  (void) n_first;
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Copy a project and paste it in the same plan (a second project, its unit the same) and in
 * another window's plan (references matched there or unlinked); Alt+Down moves a project. */
static gboolean
mission_grew (gpointer data)
{
  gpointer *d = data;
  return sj_mission_get_n_projects (d[0]) > GPOINTER_TO_UINT (d[1]);
}

static void
test_copy_paste_move (void)
{
  SjWindow *a = open_example ("khonkaen-2566.sujarit");
  SjWindow *b = open_example ("kalasin-2566.sujarit");
  SjPlan *pa = sj_document_get_plan (sj_window_get_document (a));
  SjPlan *pb = sj_document_get_plan (sj_window_get_document (b));
  SjMission *ma = sj_dimension_get_mission_at (sj_plan_get_dimension_at (pa, 0), 0);
  SjMission *mb = sj_dimension_get_mission_at (sj_plan_get_dimension_at (pb, 0), 0);
  SjProject *source = sj_mission_get_project_at (ma, 0);
  guint na = sj_mission_get_n_projects (ma), nb = sj_mission_get_n_projects (mb);
  gpointer wait_a[2] = { ma, GUINT_TO_POINTER (na) };
  gpointer wait_b[2] = { mb, GUINT_TO_POINTER (nb) };
  SjProject *pasted;

  g_assert_true (sj_window_select_object (a, source));
  iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (a), "win.copy", NULL);
  iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (a), "win.paste", NULL);
  g_assert_true (wait_for (mission_grew, wait_a, 5));
  pasted = sj_mission_get_project_at (ma, 1);
  g_assert_cmpstr (sj_project_get_title (pasted), ==, sj_project_get_title (source));
  g_assert_cmpstr (sj_project_get_id (pasted), !=, sj_project_get_id (source));
  g_assert_true (sj_project_get_unit (pasted) == sj_project_get_unit (source));
  g_assert_cmpint (sj_project_get_amount (pasted, 2566), ==, sj_project_get_amount (source, 2566));

  /* Into another plan */
  g_assert_true (sj_window_select_object (b, mb));
  iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (b), "win.paste", NULL);
  g_assert_true (wait_for (mission_grew, wait_b, 5));
  pasted = sj_mission_get_project_at (mb, nb);
  g_assert_cmpstr (sj_project_get_title (pasted), ==, sj_project_get_title (source));
  g_assert_true (sj_project_get_unit (pasted) == NULL
                 || sj_model_object_get_root (SJ_MODEL_OBJECT (sj_project_get_unit (pasted)))
                      == SJ_MODEL_OBJECT (pb));
  {
    /* Whatever it refers to is in its plan: the plan saves and loads again. */
    g_autoptr (GError) error = NULL;
    g_autoptr (GBytes) bytes = sj_plan_file_serialize (pb, &error);
    g_assert_no_error (error);
  }

  /* Alt+Down: the selected project moves down one place */
  g_assert_true (sj_window_select_object (a, source));
  iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (a), "win.move-down", NULL);
  iterate (50);
  g_assert_cmpint (sj_model_object_get_index (SJ_MODEL_OBJECT (source)), ==, 1);
  g_assert_true (sj_window_get_selected (a) == (gpointer) source);
  g_object_unref (source); /* the reference sj_window_get_selected() gave */
  close_window (a);
  close_window (b);
}

/* A file changed on disk by another program is noticed: the window asks, and loads it. */
static gboolean
document_replaced (gpointer data)
{
  struct { SjWindow *window; SjDocument *before; } *q = data;
  SjDocument *doc = sj_window_get_document (q->window);
  return doc != NULL && doc != q->before;
}

static void
test_file_changed_on_disk (void)
{
  g_autofree char *example = sj_test_data_path ("..", "data", "examples", "kalasin-2566.sujarit",
                                                NULL);
  g_autofree char *dir = g_dir_make_tmp ("sujarit-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SjWindow *window = sj_window_new (GTK_APPLICATION (app));
  g_autoptr (SjPlan) changed = NULL;
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;
  SjDocument *before;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  sj_window_open_file (window, file);
  g_assert_true (wait_for (has_document, window, 20));
  iterate (200);
  before = sj_window_get_document (window);
  /* Another program writes a changed plan */
  changed = sj_plan_file_load (file, NULL, &error);
  g_assert_no_error (error);
  sj_organisation_set_slogan (sj_plan_get_organisation (changed), "เปลี่ยนโดยโปรแกรมอื่น");
  g_assert_true (sj_plan_file_save (changed, file, NULL, &error));
  g_assert_true (wait_for (dialog_shown, window, 10));
  dialog = find_dialog_of (window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "plan.sujarit"));
  adw_message_dialog_response (dialog, "reload");
  /* the reload reads the file on a worker thread: slow on a loaded machine */
  {
    struct { SjWindow *window; SjDocument *before; } q = { window, before };
    g_assert_true (wait_for (document_replaced, &q, 20));
  }
  g_assert_cmpstr (sj_organisation_get_slogan (sj_plan_get_organisation (
                     sj_document_get_plan (sj_window_get_document (window)))),
                   ==, "เปลี่ยนโดยโปรแกรมอื่น");
  close_window (window);
  {
    g_autofree char *bak = g_strconcat (path, ".bak", NULL);
    g_unlink (bak);
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* A broken file opens to a clear message naming the file and the line. */
static void
test_broken_file (void)
{
  g_autofree char *path = sj_test_data_path ("data", "bad", "mismatched-tags.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SjWindow *window = sj_window_new (GTK_APPLICATION (app));
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  sj_window_open_file (window, file);
  g_assert_true (wait_for (dialog_shown, window, 10));
  dialog = find_dialog_of (window);
  g_test_message ("%s", adw_message_dialog_get_heading (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "mismatched-tags.sujarit"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "line 17"));
  g_assert_null (sj_window_get_document (window));
  adw_message_dialog_response (dialog, "close");
  iterate (20);
  close_window (window);
}

/* Undo of a rich text field and of a form field restore the widgets too. */
static void
test_form_undo (void)
{
  SjWindow *window = open_example ("kalasin-2566.sujarit");
  SjDocument *doc = sj_window_get_document (window);
  SjPlan *plan = sj_document_get_plan (doc);
  SjProject *project = sj_mission_get_project_at (
    sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0), 0);
  g_autofree char *title = g_strdup (sj_project_get_title (project));
  GtkWidget *page;
  GtkWidget *title_row = NULL;
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();

  g_assert_true (sj_window_select_object (window, project));
  iterate (50);
  page = sj_window_get_page (window, "project");
  /* The first text field of the page is the title */
  g_ptr_array_add (stack, page);
  while (stack->len && title_row == NULL)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, 0);
      if (SJ_IS_TEXT_FIELD (w))
        title_row = w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_assert_nonnull (title_row);
  {
    g_autofree char *shown = NULL;
    g_object_get (title_row, "text", &shown, NULL);
    g_assert_cmpstr (shown, ==, title);
  }
  g_object_set (title_row, "text", "ชื่อใหม่ของโครงการ", NULL);
  iterate (20);
  g_assert_cmpstr (sj_project_get_title (project), ==, "ชื่อใหม่ของโครงการ");
  sj_document_undo (doc);
  iterate (20);
  g_assert_cmpstr (sj_project_get_title (project), ==, title);
  {
    g_autofree char *shown = NULL;
    g_object_get (title_row, "text", &shown, NULL);
    g_assert_cmpstr (shown, ==, title);
  }
  close_window (window);
}

/* Autosave writes a draft; after the process is killed, the next start offers it and recovers
 * what was typed. The editing session is a child process, killed with SIGKILL. */
static gboolean
draft_written (gpointer window)
{
  const char *id = sj_window_get_draft_id (window);
  g_autofree char *dir = sj_drafts_get_dir ();
  g_autofree char *name = id ? g_strconcat (id, ".info", NULL) : NULL;
  g_autofree char *info = name ? g_build_filename (dir, name, NULL) : NULL;
  return info && g_file_test (info, G_FILE_TEST_EXISTS);
}

static void
child_session (const char *plan_path)
{
  g_autoptr (GFile) file = g_file_new_for_path (plan_path);
  SjWindow *window = sj_window_new (GTK_APPLICATION (app));
  SjPlan *plan;

  gtk_window_present (GTK_WINDOW (window));
  sj_window_open_file (window, file);
  g_assert_true (wait_for (has_document, window, 20));
  plan = sj_document_get_plan (sj_window_get_document (window));
  sj_organisation_set_slogan (sj_plan_get_organisation (plan), "คำขวัญที่พิมพ์ก่อนไฟดับ");
  sj_window_autosave_now (window);
  g_assert_true (wait_for (draft_written, window, 10));
  g_print ("draft %s\n", sj_window_get_draft_id (window));
  for (;;)
    iterate (1000); /* until killed */
}

static gboolean
draft_listed (gpointer data)
{
  g_autoptr (GPtrArray) drafts = sj_drafts_list_orphans ();
  return drafts->len > 0;
}

static void
test_recover_after_kill (void)
{
  g_autofree char *example = sj_test_data_path ("..", "data", "examples", "kalasin-2566.sujarit",
                                                NULL);
  g_autofree char *dir = g_dir_make_tmp ("sujarit-ui-XXXXXX", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "kalasin.sujarit", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  const char *argv[] = { g_test_get_filename (G_TEST_BUILT, "test-ui", NULL), "--child-session",
                         plan_path, NULL };
  GPid pid;
  int out_fd;
  char buf[256] = { 0 };
  gssize n = 0;
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;
  SjWindow *recovered = NULL;

  g_assert_true (g_file_get_contents (example, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (plan_path, contents, len, NULL));
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                           &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  /* Wait for the child to say its draft is written, then kill it. */
  while (n < (gssize) sizeof buf - 1
         && (strstr (buf, "draft ") == NULL || strchr (strstr (buf, "draft "), '\n') == NULL))
    {
      gssize got = read (out_fd, buf + n, sizeof buf - 1 - n);
      if (got <= 0)
        break;
      n += got;
    }
  g_assert_nonnull (strstr (buf, "draft "));
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  close (out_fd);

  /* The next start: the draft is offered and recovered with what was typed. */
  g_assert_true (wait_for (draft_listed, NULL, 5));
  g_application_activate (G_APPLICATION (app));
  g_assert_true (wait_for (dialog_shown, NULL, 10));
  dialog = find_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "kalasin.sujarit"));
  adw_message_dialog_response (dialog, "recover");
  iterate (200);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (SJ_IS_WINDOW (l->data) && sj_window_get_document (l->data) != NULL)
      recovered = l->data;
  g_assert_nonnull (recovered);
  g_assert_cmpstr (sj_organisation_get_slogan (sj_plan_get_organisation (
                     sj_document_get_plan (sj_window_get_document (recovered)))),
                   ==, "คำขวัญที่พิมพ์ก่อนไฟดับ");
  g_assert_true (sj_document_get_modified (sj_window_get_document (recovered)));
  /* The original file is untouched until the user saves. */
  {
    g_autofree char *now = NULL;
    g_assert_true (g_file_get_contents (plan_path, &now, NULL, NULL));
    g_assert_cmpstr (now, ==, contents);
  }
  /* Still a draft until saved: it is never deleted silently. */
  g_assert_nonnull (sj_window_get_draft_id (recovered));
  close_window (recovered);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (SJ_IS_WINDOW (l->data))
      close_window (l->data);
  g_unlink (plan_path);
  g_rmdir (dir);
}

/* Every rich text of the three plans goes through the editor and comes back unchanged: showing a
 * field never changes what it holds. */
static int n_rich_checked;

static void
check_rich (SjRichEditor *editor, GObject *object, const char *property, const char *where)
{
  g_autoptr (SjRich) rich = NULL;
  SjRich *back;

  g_object_get (object, property, &rich, NULL);
  if (rich == NULL || sj_rich_is_empty (rich))
    return;
  sj_rich_editor_set_rich (editor, rich);
  back = sj_rich_editor_get_rich (editor);
  if (!sj_rich_equal (rich, back))
    {
      g_autofree char *a = sj_rich_to_plain (rich);
      g_autofree char *b = back ? sj_rich_to_plain (back) : g_strdup ("(null)");
      g_test_message ("%s %s:\n%s\n---\n%s", where, property, a, b);
    }
  g_assert_true (sj_rich_equal (rich, back));
  n_rich_checked++;
}

static void
walk_rich (SjRichEditor *editor, GObject *object, const char *where)
{
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    {
      if (G_PARAM_SPEC_VALUE_TYPE (pspecs[i]) == SJ_TYPE_RICH)
        check_rich (editor, object, pspecs[i]->name, where);
      else if (sj_model_pspec_is_list (pspecs[i]))
        {
          SjObjectList *list = sj_model_object_get_list (SJ_MODEL_OBJECT (object), pspecs[i]);
          for (guint j = 0; j < sj_object_list_get_n_items (list); j++)
            walk_rich (editor, sj_object_list_get (list, j), where);
        }
      else if (sj_model_pspec_is_child (pspecs[i]))
        {
          g_autoptr (GObject) child = NULL;
          g_object_get (object, pspecs[i]->name, &child, NULL);
          if (child)
            walk_rich (editor, child, where);
        }
    }
}

static void
test_rich_round_trip (void)
{
  static const char *const examples[] = { "khonkaen-2566.sujarit", "kalasin-2566.sujarit",
                                          "nakhonsi-2566.sujarit" };
  GtkWidget *window = gtk_window_new ();
  SjRichEditor *editor = sj_rich_editor_new ();

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr (SjPlan) plan = sj_test_load_example (examples[i]);
      walk_rich (editor, G_OBJECT (plan), examples[i]);
    }
  g_test_message ("%d rich texts went through the editor unchanged", n_rich_checked);
  g_assert_cmpint (n_rich_checked, >, 300);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Typing in the editor: Enter continues a list, Tab nests, the markers renumber. */
static void
test_rich_editing (void)
{
  GtkWidget *window = gtk_window_new ();
  SjRichEditor *editor = sj_rich_editor_new ();
  GtkTextView *view = sj_rich_editor_get_view (editor);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr (SjRich) rich = sj_rich_new ();
  SjBlock *list = sj_block_new_list (SJ_LIST_NUMBER_PAREN, 1);
  GPtrArray *item = sj_block_add_item (list);
  SjBlock *p = sj_block_new_paragraph ();
  g_autofree char *text = NULL;
  SjRich *back;
  SjBlock *b;
  GtkTextIter end;

  sj_block_add_run (p, "ข้อแรก", 0, NULL);
  g_ptr_array_add (item, p);
  g_ptr_array_add (sj_rich_get_blocks (rich), list);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  sj_rich_editor_set_rich (editor, rich);
  text = sj_rich_editor_get_text (editor);
  g_assert_cmpstr (text, ==, "1) ข้อแรก");

  /* Enter at the end of the item, then type: a second item, numbered 2) */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  /* Return runs rich.newline (the key handler cannot be fed a synthetic key in GTK 4). */
  gtk_widget_activate_action (GTK_WIDGET (editor), "rich.newline", NULL);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_at_cursor (buffer, "ข้อสอง", -1);
  gtk_text_buffer_end_user_action (buffer);
  g_free (text);
  text = sj_rich_editor_get_text (editor);
  g_assert_cmpstr (text, ==, "1) ข้อแรก\n2) ข้อสอง");
  back = sj_rich_editor_get_rich (editor);
  g_assert_cmpuint (sj_rich_get_blocks (back)->len, ==, 1);
  b = g_ptr_array_index (sj_rich_get_blocks (back), 0);
  g_assert_cmpint (b->kind, ==, SJ_BLOCK_LIST);
  g_assert_cmpuint (b->items->len, ==, 2);

  /* Indent the second item: it becomes 1.1) under the first */
  gtk_widget_activate_action (GTK_WIDGET (editor), "rich.indent", NULL);
  g_free (text);
  text = sj_rich_editor_get_text (editor);
  g_assert_cmpstr (text, ==, "1) ข้อแรก\n1.1) ข้อสอง");
  back = sj_rich_editor_get_rich (editor);
  b = g_ptr_array_index (sj_rich_get_blocks (back), 0);
  g_assert_cmpuint (b->items->len, ==, 1);
  g_assert_cmpuint (((SjItem *) g_ptr_array_index (b->items, 0))->blocks->len, ==, 2);

  /* A dash list */
  gtk_widget_activate_action (GTK_WIDGET (editor), "rich.list", "s", "dash");
  g_free (text);
  text = sj_rich_editor_get_text (editor);
  g_assert_cmpstr (text, ==, "1) ข้อแรก\n- ข้อสอง");

  /* Enter on an empty item outdents it, and on an empty top item ends the list */
  gtk_widget_activate_action (GTK_WIDGET (editor), "rich.newline", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "rich.newline", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "rich.newline", NULL);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_at_cursor (buffer, "ย่อหน้า", -1);
  gtk_text_buffer_end_user_action (buffer);
  g_free (text);
  text = sj_rich_editor_get_text (editor);
  g_assert_cmpstr (text, ==, "1) ข้อแรก\n- ข้อสอง\nย่อหน้า");
  back = sj_rich_editor_get_rich (editor);
  g_assert_cmpint (((SjBlock *) g_ptr_array_index (sj_rich_get_blocks (back),
                                                   sj_rich_get_blocks (back)->len - 1))->kind,
                   ==, SJ_BLOCK_PARAGRAPH);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Screenshots ---------------------------------------------------------------------------------- */

static void
save_png (GtkWidget *window, const char *path)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (window);
  int w, h;
  GtkSnapshot *snapshot;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;

  for (int attempt = 0; attempt < 20 && node == NULL; attempt++)
    {
      iterate (300);
      w = gtk_widget_get_width (window);
      h = gtk_widget_get_height (window);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  gdk_texture_save_to_png (texture, path);
  g_object_unref (paintable);
  g_print ("%s\n", path);
}

static void wizard_screenshots (const char *dir);
static void import_screenshots (const char *dir);

static int
screenshots (const char *dir)
{
  static const char *const examples[] = { "khonkaen-2566.sujarit", "kalasin-2566.sujarit",
                                          "nakhonsi-2566.sujarit" };
  SjWindow *welcome = sj_window_new (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  g_mkdir_with_parents (dir, 0755);
  gtk_window_set_default_size (GTK_WINDOW (welcome), 1366, 768);
  gtk_window_present (GTK_WINDOW (welcome));
  path = g_build_filename (dir, "welcome.png", NULL);
  save_png (GTK_WIDGET (welcome), path);
  gtk_window_destroy (GTK_WINDOW (welcome));
  wizard_screenshots (dir);
  import_screenshots (dir);

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      SjWindow *window = open_example (examples[i]);
      SjPlan *plan = sj_document_get_plan (sj_window_get_document (window));
      SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);
      g_autofree char *base = g_strndup (examples[i], strchr (examples[i], '-') - examples[i]);
      static const struct
      {
        const char *name;
        SjOutlineKind kind;
      } parts[] = {
        { "budget", SJ_OUTLINE_BUDGET }, { "swot", SJ_OUTLINE_SWOT },
        { "risks", SJ_OUTLINE_RISKS }, { "announcement", SJ_OUTLINE_ANNOUNCEMENT },
        { "orders", SJ_OUTLINE_ORDERS }, { "organisation", SJ_OUTLINE_ORGANISATION },
        { "settings", SJ_OUTLINE_SETTINGS }, { "goals", SJ_OUTLINE_GOALS },
        { "funding", SJ_OUTLINE_FUNDING }, { "progress", SJ_OUTLINE_PROGRESS },
      };

      for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%s.png", base, parts[k].name);
          g_autofree char *file = g_build_filename (dir, name, NULL);
          sj_window_select_part (window, parts[k].kind);
          save_png (GTK_WIDGET (window), file);
        }
      {
        g_autofree char *file = g_strdup_printf ("%s/%s-project.png", dir, base);
        sj_window_select_object (window, sj_mission_get_project_at (mission, 0));
        save_png (GTK_WIDGET (window), file);
      }
      {
        g_autofree char *file = g_strdup_printf ("%s/%s-mission.png", dir, base);
        sj_window_select_object (window, mission);
        save_png (GTK_WIDGET (window), file);
      }
      {
        g_autofree char *file = g_strdup_printf ("%s/%s-preview.png", dir, base);
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
        wait_for (preview_current, window, 120);
        sj_window_select_object (window, sj_mission_get_project_at (mission, 0));
        save_png (GTK_WIDGET (window), file);
        sj_window_select_part (window, SJ_OUTLINE_BUDGET);
        g_free (file);
        file = g_strdup_printf ("%s/%s-preview-budget.png", dir, base);
        save_png (GTK_WIDGET (window), file);
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
      }
      {
        g_autofree char *file = g_strdup_printf ("%s/%s-checker.png", dir, base);
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-findings", NULL);
        sj_window_check_now (window);
        wait_for (has_findings, window, 20);
        sj_window_select_part (window, SJ_OUTLINE_GOALS);
        save_png (GTK_WIDGET (window), file);
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-findings", NULL);
      }
      close_window (window);
    }
  return 0;
}

static gboolean
has_findings (gpointer window)
{
  GListModel *rows = sj_findings_panel_get_rows (sj_window_get_findings_panel (window));
  return g_list_model_get_n_items (rows) > 0;
}

static gboolean
focus_inside (GtkWidget *ancestor, GtkWidget *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

/* The checker panel lists the findings by severity; activating one selects its object and puts
 * the cursor in its field. */
static void
test_checker_panel (void)
{
  SjWindow *window = open_example ("kalasin-2566.sujarit");
  SjFindingsPanel *panel = sj_window_get_findings_panel (window);
  GListModel *rows;
  guint target = G_MAXUINT, headings = 0;
  SjFindingItem *finding = NULL;
  SjPlan *plan = sj_document_get_plan (sj_window_get_document (window));
  GObject *object;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-findings", NULL);
  {
    gboolean shown = FALSE;
    g_object_get (window, "findings-visible", &shown, NULL);
    g_assert_true (shown);
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  }
  sj_window_check_now (window);
  g_assert_true (wait_for (has_findings, window, 20));
  rows = sj_findings_panel_get_rows (panel);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GObject) row = g_list_model_get_item (rows, i);
      if (!SJ_IS_FINDING_ITEM (row))
        {
          headings++;
          continue;
        }
      if (target == G_MAXUINT && g_strcmp0 (sj_finding_item_get_rule_name (SJ_FINDING_ITEM (row)),
                                            "placeholder") == 0
          && g_strcmp0 (sj_finding_item_get_property_name (SJ_FINDING_ITEM (row)), "budget-note")
               == 0)
        {
          target = i;
          finding = SJ_FINDING_ITEM (row);
        }
    }
  g_assert_cmpuint (headings, >=, 3); /* errors, warnings, hints, and parts within them */
  g_assert_cmpuint (target, !=, G_MAXUINT);
  {
    /* The first row is the heading of the errors */
    g_autoptr (GObject) first = g_list_model_get_item (rows, 0);
    g_assert_false (SJ_IS_FINDING_ITEM (first));
  }
  object = sj_finding_item_resolve (finding, plan);
  g_assert_true (SJ_IS_PROJECT (object));
  sj_findings_panel_activate_row (panel, target);
  iterate (200);
  {
    g_autoptr (GObject) selected = sj_window_get_selected (window);
    g_assert_true (selected == object);
  }
  {
    GtkWidget *page = sj_window_get_page (window, "project");
    g_assert_true (gtk_widget_get_mapped (page));
    GtkWidget *w;
    const char *field = NULL;
    /* the focus is in the budget note's editor */
    g_assert_true (focus_inside (page, GTK_WIDGET (window)));
    for (w = gtk_root_get_focus (GTK_ROOT (window)); w && field == NULL; w = gtk_widget_get_parent (w))
      field = g_object_get_data (G_OBJECT (w), "sj-property");
    g_assert_cmpstr (field, ==, "budget-note");
  }
  /* A finding of Part 1: the goals' template cases */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (GObject) row = g_list_model_get_item (rows, i);
      if (SJ_IS_FINDING_ITEM (row)
          && g_strcmp0 (sj_finding_item_get_path (SJ_FINDING_ITEM (row)), "goals") == 0)
        {
          sj_findings_panel_activate_row (panel, i);
          iterate (200);
          g_assert_true (gtk_widget_get_mapped (sj_window_get_page (window, "goals")));
          break;
        }
    }
  close_window (window);
}

static gboolean
preview_current (gpointer window)
{
  return sj_window_preview_is_current (window);
}

static char *
page_role_text (SjBook *book, guint page, const char *role)
{
  g_autofree char *text = sj_book_get_page_text (book, page, role);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  return g_strjoinv ("", lines);
}

static GtkWidget *
find_with_data (GtkWidget *widget, const char *key, gpointer value)
{
  if (g_object_get_data (G_OBJECT (widget), key) == value && ADW_IS_ENTRY_ROW (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_with_data (c, key, value);
      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_title (GtkWidget *widget, GType type, const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;
      const char *t = child && ADW_IS_BUTTON_CONTENT (child)
                        ? adw_button_content_get_label (ADW_BUTTON_CONTENT (child))
                      : GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget))
                      : ADW_IS_PREFERENCES_ROW (widget)
                        ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))
                        : NULL;
      if (g_strcmp0 (t, title) == 0)
        return widget;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_by_title (c, type, title);
      if (found)
        return found;
    }
  return NULL;
}

#define OIT_PROJECTS_TITLE "Projects that produce it (ลำดับที่, separated by commas)"

/* The OIT page shows the row of an item's projects (once its rebuild after an addition ran). */
static gboolean
oit_projects_row_shown (gpointer window)
{
  GtkWidget *page = sj_window_get_page (window, "oit");
  return page && find_by_title (page, ADW_TYPE_ENTRY_ROW, OIT_PROJECTS_TITLE) != NULL;
}

static gboolean
oit_add_button_shown (gpointer window)
{
  GtkWidget *page = sj_window_get_page (window, "oit");
  return page && find_by_title (page, GTK_TYPE_BUTTON, "Add an item") != NULL;
}

/* The OIT checklist: an item added for the year, its projects typed by number (a wrong number
 * refused and nothing changed), each change one step to undo. */
static void
test_oit_checklist (void)
{
  SjWindow *window = open_example ("kalasin-2566.sujarit");
  SjDocument *doc = sj_window_get_document (window);
  SjPlan *plan = sj_document_get_plan (doc);
  GtkWidget *page, *button, *projects;
  SjOitItem *item;

  sj_window_select_part (window, SJ_OUTLINE_OIT);
  g_assert_true (wait_for (oit_add_button_shown, window, 60));
  page = sj_window_get_page (window, "oit");
  g_assert_nonnull (page);
  button = find_by_title (page, GTK_TYPE_BUTTON, "Add an item");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (sj_plan_get_n_oit_items (plan), ==, 1);
  item = sj_plan_get_oit_item_at (plan, 0);
  g_assert_cmpint (sj_oit_item_get_year (item), ==, 2566);
  g_assert_cmpstr (sj_oit_item_get_code (item), ==, "O1");

  g_assert_true (wait_for (oit_projects_row_shown, window, 60));
  page = sj_window_get_page (window, "oit");
  projects = find_by_title (page, ADW_TYPE_ENTRY_ROW, OIT_PROJECTS_TITLE);
  g_assert_nonnull (projects);
  gtk_editable_set_text (GTK_EDITABLE (projects), "๑, 3");
  g_signal_emit_by_name (projects, "apply");
  iterate (20);
  g_assert_cmpuint (sj_oit_item_get_projects (item)->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (projects), "1, 99");
  g_signal_emit_by_name (projects, "apply");
  iterate (20);
  g_assert_cmpuint (sj_oit_item_get_projects (item)->len, ==, 2); /* refused: no project 99 */
  g_assert_true (gtk_widget_has_css_class (projects, "error"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  iterate (20);
  g_assert_cmpuint (sj_oit_item_get_projects (item)->len, ==, 0);
  close_window (window);
}

/* A form may print a heading in other words: typed on the project page, one step to undo. */
static void
test_field_labels (void)
{
  SjWindow *window = open_example ("kalasin-2566.sujarit");
  SjDocument *doc = sj_window_get_document (window);
  SjProject *project = sj_test_first_project (sj_document_get_plan (doc));
  GtkWidget *page, *row;
  g_autofree char *original = NULL;

  sj_window_select_object (window, project);
  iterate (50);
  page = sj_window_get_page (window, "project");
  row = find_with_data (page, "sj-field", GUINT_TO_POINTER (SJ_FORM_FIELD_RATIONALE));
  g_assert_nonnull (row);
  /* The example's first form prints its own heading; the row shows it */
  original = g_strdup (sj_project_get_label (project, SJ_FORM_FIELD_RATIONALE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, original);
  gtk_editable_set_text (GTK_EDITABLE (row), "ความเป็นมา");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (sj_project_get_label (project, SJ_FORM_FIELD_RATIONALE), ==, "ความเป็นมา");
  sj_document_undo (doc);
  iterate (20);
  g_assert_cmpstr (sj_project_get_label (project, SJ_FORM_FIELD_RATIONALE), ==, original);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, original);
  /* Emptied, the form prints the usual heading */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (sj_project_get_label (project, SJ_FORM_FIELD_RATIONALE), ==, "หลักการและเหตุผล");
  close_window (window);
}

/* Ctrl+F finds words however they were spaced; a match leads to its field; Replace All is one
 * undo away from the plan as it was. */
static void
test_find_replace (void)
{
  SjWindow *window = open_example ("kalasin-2566.sujarit");
  SjDocument *doc = sj_window_get_document (window);
  SjFindPanel *panel = sj_window_get_find_panel (window);
  g_autoptr (SjPlan) before = sj_plan_copy (sj_document_get_plan (doc));
  guint n;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-find", NULL);
  iterate (50);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  sj_find_panel_search (panel, "กาศ สินธุ์");
  n = sj_find_panel_get_n_matches (panel);
  g_assert_cmpuint (n, >=, 1);
  sj_find_panel_activate (panel, 0);
  iterate (100);
  {
    g_autoptr (GObject) selected = sj_window_get_selected (window);
    GtkWidget *w;
    const char *field = NULL;
    g_assert_true (SJ_IS_PROJECT (selected));
    for (w = gtk_root_get_focus (GTK_ROOT (window)); w && field == NULL; w = gtk_widget_get_parent (w))
      field = g_object_get_data (G_OBJECT (w), "sj-property");
    g_assert_cmpstr (field, ==, "outcomes");
  }
  g_assert_cmpuint (sj_find_panel_replace_all (panel, "กาฬสินธุ์"), ==, n);
  g_assert_cmpuint (sj_find_panel_get_n_matches (panel), ==, 0);
  sj_document_undo (doc);
  g_assert_true (sj_plan_equal (sj_document_get_plan (doc), before));
  close_window (window);
}

/* The panels beside the editor open as the preferences say, and remember the last choice; the
 * shortcuts window is there. */
static void
test_panel_preferences (void)
{
  GSettings *settings = sj_application_get_settings (SJ_APPLICATION (app));
  SjWindow *window = open_example ("nakhonsi-2566.sujarit");
  SjWindow *second;
  gboolean preview = FALSE;

  g_assert_false (g_settings_get_boolean (settings, "preview-visible"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  g_assert_true (g_settings_get_boolean (settings, "preview-visible"));
  second = sj_window_new (GTK_APPLICATION (app));
  g_object_get (second, "preview-visible", &preview, NULL);
  g_assert_true (preview);
  gtk_window_destroy (GTK_WINDOW (second));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  g_assert_false (g_settings_get_boolean (settings, "preview-visible"));
  close_window (window);
}

/* The preview follows the selection, shows an edit once laid out, and a click on a page selects
 * what was drawn there. */
static void
test_preview (void)
{
  SjWindow *window = open_example ("kalasin-2566.sujarit");
  SjPreview *preview = sj_window_get_preview (window);
  SjDocument *doc = sj_window_get_document (window);
  SjPlan *plan = sj_document_get_plan (doc);
  SjProject *project = NULL;
  SjBook *book;
  guint page;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* A project with a budget of its own (not counted under a shared funding line) */
  {
    g_autoptr (SjSummary) summary = sj_summary_new (plan);
    for (guint i = 0; i < sj_summary_get_n_projects (summary) && project == NULL; i++)
      {
        SjProject *p = sj_summary_get_project (summary, i);
        if (sj_project_get_funding (p) == NULL && sj_project_get_n_years (p) > 0
            && sj_project_year_get_year (sj_project_get_year_at (p, 0)) == 2566
            && sj_project_year_get_amount (sj_project_get_year_at (p, 0)) > 0)
          project = p;
      }
    g_assert_nonnull (project);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (preview)));
  g_assert_true (wait_for (preview_current, window, 60));

  /* The budget table: the preview turns to Part 2 */
  sj_window_select_part (window, SJ_OUTLINE_BUDGET);
  iterate (50);
  book = sj_preview_get_book (preview);
  page = sj_preview_get_page (preview);
  g_assert_cmpint (sj_book_get_page (book, page)->part, ==, SJ_PART_PART2);
  before = page_role_text (book, page, "p2-total-0");

  /* A project: its form in Part 3 */
  sj_window_select_object (window, project);
  iterate (50);
  g_assert_cmpint (sj_book_get_page (book, sj_preview_get_page (preview))->part, ==, SJ_PART_PART3);

  /* An edit of a budget reaches the preview once laid out again, typing never waiting for it */
  sj_document_begin_step (doc, "budget");
  sj_project_year_set_amount (sj_project_get_year_at (project, 0),
                              sj_project_year_get_amount (sj_project_get_year_at (project, 0))
                                + sj_money_from_baht (1234));
  sj_document_end_step (doc);
  g_assert_false (sj_window_preview_is_current (window));
  g_assert_true (wait_for (preview_current, window, 60));
  sj_window_select_part (window, SJ_OUTLINE_BUDGET);
  iterate (50);
  book = sj_preview_get_book (preview);
  {
    /* The grand total of 2566 is on the last page of Part 2 */
    guint first, last;
    g_autofree char *expected = sj_thai_digits ("1,981,234"); /* Kalasin prints Thai digits */
    g_assert_true (sj_book_get_part_pages (book, SJ_PART_PART2, &first, &last));
    for (guint p = first; p <= last && (after == NULL || *after == '\0'); p++)
      {
        g_free (after);
        after = page_role_text (book, p, "p2-total-0");
      }
    g_test_message ("Part 2 total of 2566: %s → %s", before, after);
    g_assert_cmpstr (after, ==, expected);
  }
  {
    /* … laid out from the book shown before: only what the edit changed */
    guint laid_out = 0, reused = 0;
    sj_book_get_piece_counts (book, &laid_out, &reused);
    g_test_message ("laid out again: %u pieces, %u reused", laid_out, reused);
    g_assert_cmpuint (laid_out, >, 0);
    g_assert_cmpuint (reused, >, laid_out);
  }

  /* The progress view is previewed as its report; leaving it brings the book back */
  sj_window_select_part (window, SJ_OUTLINE_PROGRESS);
  iterate (20);
  g_assert_true (wait_for (preview_current, window, 60));
  {
    SjBook *report = sj_preview_get_book (preview);
    g_autofree char *text = sj_book_get_page_text (report, 0, NULL);
    g_assert_cmpint (sj_book_get_page (report, 0)->part, ==, SJ_PART_REPORT);
    g_assert_nonnull (strstr (text, "รายงานผลการดำเนินงาน"));
  }
  sj_window_select_part (window, SJ_OUTLINE_BUDGET);
  iterate (20);
  g_assert_true (wait_for (preview_current, window, 60));
  book = sj_preview_get_book (preview);
  g_assert_cmpint (sj_book_get_page (book, sj_preview_get_page (preview))->part, ==, SJ_PART_PART2);

  /* A click on a project's row of Part 2 selects the project */
  {
    guint first, last;
    SjPage *p2;
    SjPageItem *row = NULL;
    g_autofree char *path = NULL;
    g_assert_true (sj_book_get_part_pages (book, SJ_PART_PART2, &first, &last));
    sj_preview_set_page (preview, first);
    iterate (50);
    p2 = sj_book_get_page (book, first);
    for (guint i = 0; i < p2->items->len && row == NULL; i++)
      {
        SjPageItem *item = g_ptr_array_index (p2->items, i);
        if (g_strcmp0 (item->role, "p2-project") == 0)
          row = item;
      }
    g_assert_nonnull (row);
    sj_window_select_part (window, SJ_OUTLINE_SETTINGS);
    iterate (20);
    sj_preview_set_page (preview, first);
    sj_preview_click (preview, (row->x + 5) * sj_preview_get_zoom (preview),
                      (row->y + 5) * sj_preview_get_zoom (preview));
    iterate (50);
    {
      g_autoptr (GObject) selected = sj_window_get_selected (window);
      g_assert_true (SJ_IS_PROJECT (selected));
      path = sj_model_path (selected, NULL);
      g_assert_cmpstr (path, ==, row->source);
    }
  }
  close_window (window);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Export PDF with the renderer's options, in a thread while editing goes on. */
static void
test_export_options (void)
{
  SjWindow *window = open_example ("kalasin-2566.sujarit");
  g_autofree char *dir = g_dir_make_tmp ("sujarit-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "part2.pdf", NULL);
  g_autofree char *cmd = g_strdup_printf ("pdftotext '%s' -", path);
  g_autofree char *text = NULL;

  /* Kalasin prints Thai digits; exported with Arabic ones, Part 2 only */
  sj_window_export_pdf (window, path, "part2", 0);
  g_assert_true (wait_for (file_exists, path, 60));
  iterate (100);
  g_assert_true (g_spawn_command_line_sync (cmd, &text, NULL, NULL, NULL));
  g_assert_nonnull (strstr (text, "1,980,000"));
  g_assert_null (strstr (text, "ส่วนที่ 3"));
  g_unlink (path);

  /* The progress report of the plan's first year, from the same export path */
  {
    g_autofree char *report = NULL;
    g_clear_pointer (&text, g_free);
    sj_window_export_pdf (window, path, "report", -1);
    g_assert_true (wait_for (file_exists, path, 60));
    iterate (100);
    g_assert_true (g_spawn_command_line_sync (cmd, &report, NULL, NULL, NULL));
    g_assert_nonnull (strstr (report, "รายงานผลการดำเนินงาน"));
    g_assert_nonnull (strstr (report, "ยังไม่ได้"));
    g_unlink (path);
  }
  g_rmdir (dir);
  close_window (window);
}

/* Printing goes through GtkPrintOperation with the renderer of the PDF: printed to a file, its
 * text is the text of export-pdf. */
static void
test_print_to_file (void)
{
  SjWindow *window = open_example ("nakhonsi-2566.sujarit");
  SjPlan *plan = sj_document_get_plan (sj_window_get_document (window));
  g_autofree char *dir = g_dir_make_tmp ("sujarit-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) copy = sj_plan_copy (plan);
  SjBook *book = sj_book_new (copy, NULL, &error);
  g_autoptr (SjBook) again = NULL;
  guint n_pages;
  GtkPrintOperationResult result;

  g_assert_no_error (error);
  n_pages = sj_book_get_n_pages (book);
  result = sj_window_print_book (window, book, printed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  again = sj_book_new (copy, NULL, &error);
  g_assert_true (sj_book_export_pdf (again, exported, &error));
  {
    g_autofree char *out_p = NULL, *out_e = NULL;
    g_autofree char *cmd_p = g_strdup_printf ("pdftotext -layout '%s' -", printed);
    g_autofree char *cmd_e = g_strdup_printf ("pdftotext -layout '%s' -", exported);
    g_autofree char *info = g_strdup_printf ("pdfinfo '%s'", printed);
    g_autofree char *info_out = NULL;
    g_autofree char *pages = g_strdup_printf (" %u\n", n_pages);
    g_assert_true (g_spawn_command_line_sync (cmd_p, &out_p, NULL, NULL, NULL));
    g_assert_true (g_spawn_command_line_sync (cmd_e, &out_e, NULL, NULL, NULL));
    g_assert_true (g_spawn_command_line_sync (info, &info_out, NULL, NULL, NULL));
    g_test_message ("%s", info_out);
    g_assert_nonnull (strstr (info_out, "Pages:"));
    g_assert_nonnull (strstr (strstr (info_out, "Pages:"), pages));
    g_assert_cmpuint (strlen (out_p), >, 10000);
    g_assert_cmpstr (out_p, ==, out_e);
  }
  g_unlink (printed);
  g_unlink (exported);
  g_rmdir (dir);
  close_window (window);
}

/* The new-plan wizard --------------------------------------------------------------------- */

static SjNewPlanDialog *
find_wizard (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) w = g_list_model_get_item (toplevels, i);
      if (SJ_IS_NEW_PLAN_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return SJ_NEW_PLAN_DIALOG (w);
    }
  return NULL;
}

static gboolean
wizard_shown (gpointer data)
{
  return find_wizard () != NULL;
}

static gpointer
wizard_child (SjNewPlanDialog *wizard, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (wizard), SJ_TYPE_NEW_PLAN_DIALOG, name);
}

static SjWindow *
window_of_org (const char *name)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  for (GList *l = windows; l; l = l->next)
    if (SJ_IS_WINDOW (l->data) && sj_window_get_document (l->data) != NULL
        && g_strcmp0 (sj_organisation_get_name (sj_plan_get_organisation (
                        sj_document_get_plan (sj_window_get_document (l->data)))), name) == 0)
      return l->data;
  return NULL;
}

static gboolean
org_window_shown (gpointer name)
{
  return window_of_org (name) != NULL;
}

static guint
plan_projects (SjPlan *plan)
{
  g_autoptr (SjSummary) summary = sj_summary_new (plan);
  return sj_summary_get_n_projects (summary);
}

/* The wizard makes a plan for the organisation typed with the projects chosen; the plan opens,
 * passes the checker, is recorded in the draft history when saved, and the organisation is
 * offered again the next time. */
static void
test_new_plan_wizard (void)
{
  SjNewPlanDialog *wizard;
  g_autoptr (GError) error = NULL;
  SjCatalog *catalog = sj_application_get_catalog (app, &error);
  g_autoptr (GPtrArray) all = sj_catalog_projects (catalog, "2566", NULL, NULL);
  g_autoptr (GPtrArray) conflict = sj_catalog_projects (catalog, "2566", "ผลประโยชน์ทับซ้อน", NULL);
  g_autofree char *dir = g_dir_make_tmp ("sujarit-wizard-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  const char *org = "องค์การบริหารส่วนตำบลบ้านทดสอบ";
  SjWindow *window;
  SjDocument *doc;

  g_assert_no_error (error);
  g_assert_cmpuint (conflict->len, >=, 1);
  g_action_group_activate_action (G_ACTION_GROUP (app), "new", NULL);
  g_assert_true (wait_for (wizard_shown, NULL, 5));
  wizard = find_wizard ();

  /* Without a name it does not go on */
  g_signal_emit_by_name (wizard_child (wizard, "next_button"), "clicked");
  iterate (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (wizard_child (wizard, "stack")), ==,
                   "organisation");
  g_assert_true (gtk_widget_has_css_class (wizard_child (wizard, "name_row"), "error"));

  adw_combo_row_set_selected (wizard_child (wizard, "type_row"), SJ_ORG_TYPE_SAO);
  gtk_editable_set_text (wizard_child (wizard, "name_row"), "บ้านทดสอบ");
  gtk_editable_set_text (wizard_child (wizard, "district_row"), "เมืองขอนแก่น");
  gtk_editable_set_text (wizard_child (wizard, "province_row"), "ขอนแก่น");
  gtk_editable_set_text (wizard_child (wizard, "executive_row"), "นายทดสอบ ใจดี");
  g_assert_cmpstr (adw_action_row_get_subtitle (wizard_child (wizard, "preview_name_row")), ==, org);
  g_signal_emit_by_name (wizard_child (wizard, "next_button"), "clicked");
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (wizard_child (wizard, "stack")), ==,
                   "projects");

  /* Search, and leave out what was found; the preview shows the form for this organisation */
  gtk_editable_set_text (wizard_child (wizard, "search_entry"), "ผลประโยชน์ทับซ้อน");
  g_signal_emit_by_name (wizard_child (wizard, "search_entry"), "search-changed");
  iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (
                      G_LIST_MODEL (gtk_list_view_get_model (wizard_child (wizard, "list_view")))), ==, conflict->len);
  g_assert_nonnull (strstr (gtk_label_get_text (wizard_child (wizard, "preview_label")),
                            "องค์การบริหารส่วนตำบล"));
  {
    /* "None" leaves out the projects shown */
    GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (wizard_child (wizard, "search_entry")));
    GtkWidget *none = gtk_widget_get_last_child (box);
    g_assert_true (GTK_IS_BUTTON (none));
    g_signal_emit_by_name (none, "clicked");
  }
  iterate (20);
  gtk_editable_set_text (wizard_child (wizard, "search_entry"), "");
  g_signal_emit_by_name (wizard_child (wizard, "search_entry"), "search-changed");
  iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (
                      G_LIST_MODEL (gtk_list_view_get_model (wizard_child (wizard, "list_view")))), ==, all->len);
  g_signal_emit_by_name (wizard_child (wizard, "next_button"), "clicked");
  g_assert_true (wait_for (org_window_shown, (gpointer) org, 10));
  window = window_of_org (org);
  doc = sj_window_get_document (window);
  g_assert_cmpuint (plan_projects (sj_document_get_plan (doc)), ==, all->len - conflict->len);
  g_assert_true (sj_document_get_modified (doc));
  findings = sj_check_plan (sj_document_get_plan (doc));
  g_assert_cmpuint (sj_findings_count (findings, SJ_SEVERITY_ERROR), ==, 0);

  /* Saved: a draft in the history */
  sj_document_set_file (doc, file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (wait_for (saved, doc, 10));
  drafts = sj_user_db_snapshots (sj_application_get_user_db (app), uri, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpuint (((SjSnapshot *) drafts->pdata[0])->n_projects, ==, all->len - conflict->len);

  /* The next plan starts from the profile */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new", NULL);
  g_assert_true (wait_for (wizard_shown, NULL, 5));
  wizard = find_wizard ();
  g_assert_true (gtk_widget_get_visible (wizard_child (wizard, "profile_group")));
  g_assert_true (gtk_switch_get_active (wizard_child (wizard, "profile_switch")));
  g_assert_cmpstr (gtk_editable_get_text (wizard_child (wizard, "name_row")), ==, "บ้านทดสอบ");
  g_assert_cmpstr (gtk_editable_get_text (wizard_child (wizard, "executive_row")), ==, "นายทดสอบ ใจดี");
  gtk_window_destroy (GTK_WINDOW (wizard));
  close_window (window);
  g_unlink (path);
  {
    g_autofree char *bak = g_strconcat (path, ".bak", NULL);
    g_unlink (bak);
  }
  g_rmdir (dir);
}

static gpointer
tchild (gpointer widget, GType type, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static gboolean
toplevel_shown (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/* A project from the library into the selected mission (one step: undo takes it away); a project
 * saved to the organisation's library is offered first; every save is a draft, compared with
 * the plan and opened again as a new plan; the plan of the next period from this one. */
static void
test_library_and_drafts (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-library-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kalasin.sujarit", NULL);
  g_autofree char *source = sj_test_data_path ("..", "data", "examples", "kalasin-2566.sujarit", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SjWindow *window;
  SjDocument *doc;
  SjPlan *plan;
  SjMission *mission;
  guint before;
  SjLibraryDialog *library;
  SjDraftsDialog *drafts;
  GtkListBox *list;
  SjProject *inserted;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  window = sj_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  sj_window_open_file (window, file);
  g_assert_true (wait_for (has_document, window, 20));
  doc = sj_window_get_document (window);
  plan = sj_document_get_plan (doc);
  mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 1), 1);
  before = sj_mission_get_n_projects (mission);
  g_assert_true (sj_window_select_object (window, mission));
  iterate (50);

  /* Insert "NO Gift Policy" from the standard library */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.insert-from-library", NULL);
  g_assert_true (wait_for (toplevel_shown, GSIZE_TO_POINTER (SJ_TYPE_LIBRARY_DIALOG), 5));
  library = find_toplevel (SJ_TYPE_LIBRARY_DIALOG);
  gtk_editable_set_text (tchild (library, SJ_TYPE_LIBRARY_DIALOG,
                                                        "search_entry"), "No Gift");
  g_signal_emit_by_name (tchild (library, SJ_TYPE_LIBRARY_DIALOG,
                                                        "search_entry"), "search-changed");
  iterate (50);
  g_assert_nonnull (strstr (gtk_label_get_text (tchild (library, SJ_TYPE_LIBRARY_DIALOG, "preview_label")),
                            "NO Gift Policy"));
  g_assert_null (strchr (gtk_label_get_text (tchild (library, SJ_TYPE_LIBRARY_DIALOG, "preview_label")), '{'));
  g_signal_emit_by_name (tchild (library, SJ_TYPE_LIBRARY_DIALOG,
                                                        "insert_button"), "clicked");
  iterate (50);
  g_assert_cmpuint (sj_mission_get_n_projects (mission), ==, before + 1);
  inserted = sj_mission_get_project_at (mission, before);
  g_assert_nonnull (strstr (sj_project_get_title (inserted), "Gift"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  iterate (20);
  g_assert_cmpuint (sj_mission_get_n_projects (mission), ==, before);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  iterate (20);
  g_assert_cmpuint (sj_mission_get_n_projects (mission), ==, before + 1);
  inserted = sj_mission_get_project_at (mission, before);

  /* Save the first project to the organisation's library: it comes first in the dialog */
  g_assert_true (sj_window_select_object (window, sj_mission_get_project_at (mission, 0)));
  iterate (50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to-library", NULL);
  iterate (20);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.insert-from-library", NULL);
  g_assert_true (wait_for (toplevel_shown, GSIZE_TO_POINTER (SJ_TYPE_LIBRARY_DIALOG), 5));
  library = find_toplevel (SJ_TYPE_LIBRARY_DIALOG);
  list = tchild (library, SJ_TYPE_LIBRARY_DIALOG, "list");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))),
                   ==, sj_project_get_title (sj_mission_get_project_at (mission, 0)));
  gtk_window_destroy (GTK_WINDOW (library));
  iterate (20);

  /* Two saves, two drafts; the older compared with the plan shows the project inserted */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (wait_for (saved, doc, 10));
  sj_project_set_title (inserted, "มาตรการ NO Gift Policy ของเทศบาล");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (wait_for (saved, doc, 10));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-drafts", NULL);
  g_assert_true (wait_for (toplevel_shown, GSIZE_TO_POINTER (SJ_TYPE_DRAFTS_DIALOG), 5));
  drafts = find_toplevel (SJ_TYPE_DRAFTS_DIALOG);
  list = tchild (drafts, SJ_TYPE_DRAFTS_DIALOG, "list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));
  gtk_list_box_unselect_all (list);
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 1));
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  iterate (50);
  g_assert_nonnull (strstr (gtk_label_get_text (tchild (drafts, SJ_TYPE_DRAFTS_DIALOG, "comparison_label")),
                            "มาตรการ NO Gift Policy ของเทศบาล"));
  gtk_list_box_unselect_all (list);
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 1));
  iterate (50);
  /* A comment on the older draft */
  gtk_editable_set_text (tchild (drafts, SJ_TYPE_DRAFTS_DIALOG, "comment_row"), "ก่อนเพิ่ม NO Gift");
  g_signal_emit_by_name (tchild (drafts, SJ_TYPE_DRAFTS_DIALOG, "comment_row"), "apply");
  iterate (20);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (
                              ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 1))),
                            "ก่อนเพิ่ม NO Gift"));
  g_signal_emit_by_name (tchild (drafts, SJ_TYPE_DRAFTS_DIALOG,
                                                        "restore_button"), "clicked");
  iterate (100);
  {
    /* The older draft opened as a new plan, beside the one open */
    GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
    SjWindow *restored = NULL;
    for (GList *l = windows; l; l = l->next)
      if (SJ_IS_WINDOW (l->data) && l->data != window && sj_window_get_document (l->data)
          && sj_document_get_file (sj_window_get_document (l->data)) == NULL
          && g_strcmp0 (sj_organisation_get_name (sj_plan_get_organisation (
                          sj_document_get_plan (sj_window_get_document (l->data)))),
                        "เทศบาลเมืองกาฬสินธุ์") == 0)
        restored = l->data;
    g_assert_nonnull (restored);
    g_assert_true (sj_document_get_modified (sj_window_get_document (restored)));
    close_window (restored);
  }

  /* The next period */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-plan", NULL);
  g_assert_true (wait_for (dialog_shown, window, 5));
  adw_message_dialog_response (find_dialog_of (window), "next");
  iterate (100);
  {
    GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
    SjWindow *next = NULL;
    for (GList *l = windows; l; l = l->next)
      if (SJ_IS_WINDOW (l->data) && sj_window_get_document (l->data)
          && sj_settings_get_first_year (sj_plan_get_settings (
               sj_document_get_plan (sj_window_get_document (l->data)))) == 2571)
        next = l->data;
    g_assert_nonnull (next);
    close_window (next);
  }
  close_window (window);
  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
  }
  g_rmdir (dir);
}

/* The two steps of the wizard, filled in as a clerk would. */
static void
wizard_screenshots (const char *dir)
{
  SjNewPlanDialog *wizard;
  g_autofree char *first = g_build_filename (dir, "new-plan-organisation.png", NULL);
  g_autofree char *second = g_build_filename (dir, "new-plan-projects.png", NULL);

  g_action_group_activate_action (G_ACTION_GROUP (app), "new", NULL);
  if (!wait_for (wizard_shown, NULL, 5))
    return;
  wizard = find_wizard ();
  adw_combo_row_set_selected (wizard_child (wizard, "type_row"), SJ_ORG_TYPE_SAO);
  gtk_editable_set_text (wizard_child (wizard, "name_row"), "บ้านเป็ด");
  gtk_editable_set_text (wizard_child (wizard, "district_row"), "เมืองขอนแก่น");
  gtk_editable_set_text (wizard_child (wizard, "province_row"), "ขอนแก่น");
  gtk_editable_set_text (wizard_child (wizard, "executive_row"), "นายสมชาย ใจดี");
  save_png (GTK_WIDGET (wizard), first);
  g_signal_emit_by_name (wizard_child (wizard, "next_button"), "clicked");
  iterate (100);
  gtk_single_selection_set_selected (
    GTK_SINGLE_SELECTION (gtk_list_view_get_model (wizard_child (wizard, "list_view"))), 2);
  iterate (100);
  save_png (GTK_WIDGET (wizard), second);
  gtk_window_destroy (GTK_WINDOW (wizard));
}


/* File → Import: the Word file of Kalasin opens as a new unsaved plan with the report beside it;
 * taking the form's amount of a difference is one step that undo takes back. */
static gboolean
import_dialog_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) w = g_list_model_get_item (toplevels, i);
      if (SJ_IS_IMPORT_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        {
          *(SjImportDialog **) data = SJ_IMPORT_DIALOG (w);
          return TRUE;
        }
    }
  return FALSE;
}

/* The report of importing Kalasin's Word file, and the plan it made. */
static void
import_screenshots (const char *dir)
{
  g_autofree char *path = sj_test_data_path ("data", "import", "kalasin-2566.docx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *report = g_build_filename (dir, "import-report.png", NULL);
  g_autofree char *plan = g_build_filename (dir, "import-plan.png", NULL);
  SjImportDialog *dialog = NULL;
  SjWindow *window;

  sj_application_import_file (app, file);
  if (!wait_for (import_dialog_shown, &dialog, 30))
    return;
  window = SJ_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  save_png (GTK_WIDGET (dialog), report);
  sj_window_select_part (window, SJ_OUTLINE_BUDGET);
  iterate (200);
  save_png (GTK_WIDGET (window), plan);
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static void
test_import (void)
{
  g_autofree char *path = sj_test_data_path ("data", "import", "kalasin-2566.docx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SjImportDialog *dialog = NULL;
  SjWindow *window;
  SjDocument *doc;
  SjPlan *plan;
  GtkToggleButton *other;
  SjProject *p4 = NULL;
  g_autofree char *notes_before = NULL;

  sj_application_import_file (app, file);
  g_assert_true (wait_for (import_dialog_shown, &dialog, 30));
  window = SJ_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  doc = sj_window_get_document (window);
  plan = sj_document_get_plan (doc);
  g_assert_true (sj_document_get_modified (doc)); /* made, not saved: closing asks */
  g_assert_null (sj_document_get_file (doc));
  g_assert_cmpstr (sj_organisation_get_name (sj_plan_get_organisation (plan)), ==,
                   "เทศบาลเมืองกาฬสินธุ์");
  {
    g_autoptr (SjSummary) summary = sj_summary_new (plan);
    g_assert_cmpuint (sj_summary_get_plan_totals (summary)->n_projects, ==, 30);
    g_assert_cmpint (sj_summary_get_plan_totals (summary)->years[0], ==,
                     sj_money_from_baht (1980000));
  }
  {
    SjMission *m = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);
    for (guint i = 0; i < sj_mission_get_n_projects (m); i++)
      if (g_str_has_prefix (sj_project_get_title (sj_mission_get_project_at (m, i)),
                            "โครงการฝึกอบรมการส่งเสริมคุณธรรม"))
        p4 = sj_mission_get_project_at (m, i);
  }
  g_assert_nonnull (p4);
  /* project 4: Part 2 prints 50,000, its form 500,000; the import kept Part 2's */
  g_assert_cmpint (sj_project_get_amount (p4, 2566), ==, sj_money_from_baht (50000));
  notes_before = g_strdup (sj_plan_get_notes (plan));
  other = NULL;
  for (guint n = 0; (other = sj_import_dialog_get_choice (dialog, n)) != NULL; n++)
    {
      SjImportNote *note = g_object_get_data (G_OBJECT (other), "note");
      if (note->project == p4)
        break;
    }
  g_assert_nonnull (other);
  gtk_toggle_button_set_active (other, TRUE);
  iterate (20);
  g_assert_cmpint (sj_project_get_amount (p4, 2566), ==, sj_money_from_baht (500000));
  g_assert_cmpint (sj_project_get_amount (p4, 2570), ==, sj_money_from_baht (500000));
  g_assert_nonnull (strstr (sj_plan_get_notes (plan), "เลือกใช้ “500,000” แทน “50,000”"));
  sj_document_undo (doc);
  g_assert_cmpint (sj_project_get_amount (p4, 2566), ==, sj_money_from_baht (50000));
  g_assert_cmpstr (sj_plan_get_notes (plan), ==, notes_before);

  /* a file that is not a plan says so */
  {
    g_autofree char *bad = sj_test_data_path ("data", "import", "hostile", "traversal.docx", NULL);
    g_autoptr (GFile) bad_file = g_file_new_for_path (bad);
    AdwMessageDialog *message;
    sj_application_import_file (app, bad_file);
    g_assert_true (wait_for (dialog_shown, NULL, 30));
    message = find_dialog_of (NULL);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "../../etc/passwd"));
    adw_message_dialog_response (message, "close");
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  sj_document_mark_saved (doc, sj_document_get_generation (doc));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

int
main (int argc, char **argv)
{
  g_autofree char *data_home = NULL;
  int status;

  /* Drafts, recent files and settings of the tests stay in a folder of their own. */
  if (g_getenv ("SJ_TEST_DATA_HOME") == NULL)
    {
      data_home = g_dir_make_tmp ("sujarit-ui-home-XXXXXX", NULL);
      g_setenv ("SJ_TEST_DATA_HOME", data_home, TRUE);
    }
  g_setenv ("XDG_DATA_HOME", g_getenv ("SJ_TEST_DATA_HOME"), TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* The tests read English messages; screenshots follow the locale (Thai for the product). */
  if (!(argc == 3 && strcmp (argv[1], "--screenshots") == 0))
    g_setenv ("LANGUAGE", "en", TRUE);
  else
    {
      sj_i18n_init ();
    }

  app = sj_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_application_hold (G_APPLICATION (app));

  if (argc == 3 && (strcmp (argv[1], "--child-session") == 0
                    || strcmp (argv[1], "--screenshots") == 0))
    {
      char *mode = argv[1], *arg = argv[2];
      int one = 1;
      g_test_init (&one, &argv, NULL);
      if (strcmp (mode, "--screenshots") == 0)
        return screenshots (arg);
      child_session (arg);
      return 0;
    }

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/budget-typing", test_budget_typing);
  g_test_add_func ("/ui/paste-block", test_paste_block);
  g_test_add_func ("/ui/form-undo", test_form_undo);
  g_test_add_func ("/ui/rich-round-trip", test_rich_round_trip);
  g_test_add_func ("/ui/rich-editing", test_rich_editing);
  g_test_add_func ("/ui/add-move-delete-save", test_add_move_delete_save);
  g_test_add_func ("/ui/broken-file", test_broken_file);
  g_test_add_func ("/ui/copy-paste-move", test_copy_paste_move);
  g_test_add_func ("/ui/file-changed-on-disk", test_file_changed_on_disk);
  g_test_add_func ("/ui/recover-after-kill", test_recover_after_kill);
  g_test_add_func ("/ui/checker-panel", test_checker_panel);
  g_test_add_func ("/ui/preview", test_preview);
  g_test_add_func ("/ui/field-labels", test_field_labels);
  g_test_add_func ("/ui/find-replace", test_find_replace);
  g_test_add_func ("/ui/panel-preferences", test_panel_preferences);
  g_test_add_func ("/ui/print-to-file", test_print_to_file);
  g_test_add_func ("/ui/export-options", test_export_options);
  g_test_add_func ("/ui/new-plan-wizard", test_new_plan_wizard);
  g_test_add_func ("/ui/library-and-drafts", test_library_and_drafts);
  g_test_add_func ("/ui/oit-checklist", test_oit_checklist);
  g_test_add_func ("/ui/import", test_import);
  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  return status;
}
