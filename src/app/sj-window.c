/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-window"
#include "config.h"

#include "sj-window.h"

#include "sj-application.h"
#include "sj-drafts-dialog.h"
#include "sj-library-dialog.h"
#include "sj-book.h"
#include "sj-checker.h"
#include "sj-drafts.h"
#include "sj-find-panel.h"
#include "sj-findings-panel.h"
#include "sj-preview.h"
#include "sj-fragment.h"
#include "sj-outline-row.h"
#include "sj-outline.h"
#include "sj-editor-page.h"
#include "sj-pages.h"
#include "sj-plan-file.h"
#include "sj-thai.h"
#include "sj-ui.h"
#include "sj-welcome.h"

#include <glib/gi18n.h>

/**
 * SjWindow:
 *
 * One plan: the outline of the plan beside the editor of what is selected, the plan's total and
 * the checker's count below. The window never blocks on disk (loading, saving, drafts and PDF
 * export run in threads), autosaves a draft, notices a file changed by another program, and asks
 * before closing with unsaved changes. Without a plan it shows the welcome view.
 */
struct _SjWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkStack *main_stack;
  GtkListView *outline_view;
  GtkStack *page_stack;
  GtkLabel *total_label;
  GtkLabel *findings_label;
  GtkLabel *save_state_label;
  SjFindingsPanel *findings_panel;
  GListModel *findings; /* of SjFindingItem, the checker's last word */
  GtkWidget *side_split;
  GtkStack *tools_stack;
  SjFindPanel *find_panel;
  guint find_source;
  SjPreview *preview;
  guint layout_source;
  gboolean layout_running; /* the latest book is being laid out in a thread */
  guint layout_serial;     /* the latest layout begun: an older one is given up */
  GCancellable *layout_cancel; /* cancelled by a newer edit */
  gboolean preview_report; /* the preview shows the progress report, not the book */
  gboolean preview_book_is_report; /* the book the preview has is that report */
  guint report_year;       /* … of this fiscal year (0: the plan's first) */
  guint report_months;     /* … and round (6 or 12) */

  SjDocument *doc;
  SjSummary *summary;
  GtkTreeListModel *tree;
  GtkSingleSelection *selection;
  GHashTable *pages; /* page name -> SjEditorPage (owned by the stack) */
  gulong changed_handler;
  gulong title_handler;
  gulong modified_handler;

  GFileMonitor *monitor;
  char *etag; /* of the file as last loaded or saved by this window */
  gboolean asking_reload;

  char *draft_id;
  guint64 draft_generation;
  guint64 pending_draft_generation;
  guint autosave_source;
  gboolean writing_draft;

  guint check_source;
  GCancellable *check_cancel;

  gboolean saving;
  gboolean close_after_save;
  GCancellable *cancellable; /* cancelled when the window goes */
};

enum
{
  PLAN_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_FINDINGS_VISIBLE,
  PROP_PREVIEW_VISIBLE,
  PROP_FIND_VISIBLE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (SjWindow, sj_window, ADW_TYPE_APPLICATION_WINDOW)

static void update_actions (SjWindow *self);
static void sj_window_constructed (GObject *object);
static void update_side (SjWindow *self);
static gboolean tool_shown (SjWindow *self, GtkWidget *tool);
static void schedule_find (SjWindow *self);
static void schedule_layout (SjWindow *self, guint delay_ms);
static void follow_selection (SjWindow *self);
static SjModelObject *selected_object (SjWindow *self);
static void save_to (SjWindow *self, GFile *file);
static void schedule_check (SjWindow *self);

/* Status ------------------------------------------------------------------------------------- */

static void
update_title (SjWindow *self)
{
  g_autofree char *title = NULL;
  const char *org;

  if (self->doc == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Sujarit"));
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_window_set_title (GTK_WINDOW (self), _("Sujarit"));
      return;
    }
  title = sj_document_get_title (self->doc);
  org = sj_organisation_get_name (sj_plan_get_organisation (sj_document_get_plan (self->doc)));
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, org);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_save_state (SjWindow *self)
{
  if (self->doc == NULL)
    gtk_label_set_text (self->save_state_label, "");
  else if (self->saving)
    gtk_label_set_text (self->save_state_label, _("Saving…"));
  else if (!sj_document_get_modified (self->doc))
    gtk_label_set_text (self->save_state_label, _("All changes saved"));
  else if (self->draft_generation == sj_document_get_generation (self->doc))
    gtk_label_set_text (self->save_state_label, _("Not saved yet (a draft is kept)"));
  else
    gtk_label_set_text (self->save_state_label, _("Not saved yet"));
}

static void
update_totals (SjWindow *self)
{
  const SjTotals *t;
  g_autofree char *amount = NULL;
  g_autofree char *text = NULL;
  SjPlan *plan;

  g_clear_pointer (&self->summary, sj_summary_free);
  if (self->doc == NULL)
    {
      gtk_label_set_text (self->total_label, "");
      return;
    }
  plan = sj_document_get_plan (self->doc);
  self->summary = sj_summary_new (plan);
  t = sj_summary_get_plan_totals (self->summary);
  amount = sj_money_format (t->total, SJ_MONEY_DECIMALS_AUTO, TRUE);
  /* TRANSLATORS: the status line: number of projects, number of years, total in baht */
  text = g_strdup_printf (_("%u projects · total over %u years %s baht"), t->n_projects,
                          sj_summary_get_n_years (self->summary), amount);
  gtk_label_set_text (self->total_label, text);
}

SjSummary *
sj_window_get_summary (SjWindow *self)
{
  g_return_val_if_fail (SJ_IS_WINDOW (self), NULL);
  if (self->summary == NULL && self->doc != NULL)
    update_totals (self);
  return self->summary;
}

static void
on_doc_changed (SjDocument *doc, SjModelObject *object, const char *property, SjWindow *self)
{
  /* Totals, counts and numbers are computed again (about 0.3 ms for 1,000 projects) and every
   * view showing them is told at once. */
  update_totals (self);
  g_signal_emit (self, signals[PLAN_CHANGED], 0);
  update_save_state (self);
  if (SJ_IS_ORGANISATION (object))
    update_title (self);
  schedule_check (self);
  schedule_layout (self, 500);
  schedule_find (self);
}

static void
on_doc_modified (SjDocument *doc, GParamSpec *pspec, SjWindow *self)
{
  update_title (self);
  update_save_state (self);
  update_actions (self);
}

void
sj_window_toast (SjWindow *self, const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
sj_window_show_error (SjWindow *self, const char *heading, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Checker ------------------------------------------------------------------------------------- */

static void
check_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr (GPtrArray) findings = sj_check_plan (task_data);

  /* The items keep paths, not pointers into the snapshot: they outlive it. */
  g_task_return_pointer (task, sj_findings_to_model (findings), g_object_unref);
}

static void
show_findings (SjWindow *self, GListModel *findings)
{
  guint counts[SJ_N_SEVERITIES] = { 0 };
  g_autofree char *text = NULL;

  g_set_object (&self->findings, findings);
  for (guint i = 0; findings && i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr (SjFindingItem) f = g_list_model_get_item (findings, i);
      counts[sj_finding_item_get_severity (f)]++;
    }
  if (counts[SJ_SEVERITY_ERROR] == 0 && counts[SJ_SEVERITY_WARNING] == 0)
    text = g_strdup (_("The checker finds nothing to mend"));
  else
    /* TRANSLATORS: the status line: what the plan checker found */
    text = g_strdup_printf (_("Checker: %u errors, %u warnings"), counts[SJ_SEVERITY_ERROR],
                            counts[SJ_SEVERITY_WARNING]);
  gtk_label_set_text (self->findings_label, text);
  if (counts[SJ_SEVERITY_ERROR] > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->findings_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->findings_label), "error");
  sj_findings_panel_set_findings (self->findings_panel, findings);
}

static void
on_checked (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SjWindow) self = user_data;
  g_autoptr (GListModel) findings = g_task_propagate_pointer (G_TASK (result), NULL);

  if (findings == NULL || g_task_had_error (G_TASK (result)) || self->doc == NULL)
    return;
  show_findings (self, findings);
}

static gboolean
run_check (gpointer data)
{
  SjWindow *self = data;
  g_autoptr (GTask) task = NULL;

  self->check_source = 0;
  if (self->doc == NULL)
    return G_SOURCE_REMOVE;
  g_cancellable_cancel (self->check_cancel);
  g_clear_object (&self->check_cancel);
  self->check_cancel = g_cancellable_new ();
  /* The checker reads a snapshot in a thread: the plan itself is only touched here. */
  task = g_task_new (NULL, self->check_cancel, on_checked, g_object_ref (self));
  g_task_set_task_data (task, sj_plan_copy (sj_document_get_plan (self->doc)), g_object_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, check_thread);
  return G_SOURCE_REMOVE;
}

/* Runs the checker at once (the tests; after a file is opened it runs by itself). */
void
sj_window_check_now (SjWindow *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  run_check (self);
}

static void
schedule_check (SjWindow *self)
{
  if (self->check_source)
    g_source_remove (self->check_source);
  self->check_source = g_timeout_add (700, run_check, self);
}

/* Outline ------------------------------------------------------------------------------------- */

static const char *
page_name_for (gpointer item)
{
  static const char *const names[] = {
    [SJ_OUTLINE_ORGANISATION] = "organisation",
    [SJ_OUTLINE_SETTINGS] = "settings",
    [SJ_OUTLINE_ANNOUNCEMENT] = "announcement",
    [SJ_OUTLINE_TEXT] = "text",
    [SJ_OUTLINE_PART1] = "part1",
    [SJ_OUTLINE_ANALYSIS] = "analysis",
    [SJ_OUTLINE_RISKS] = "risks",
    [SJ_OUTLINE_SWOT] = "swot",
    [SJ_OUTLINE_GOALS] = "goals",
    [SJ_OUTLINE_BUDGET] = "budget",
    [SJ_OUTLINE_FUNDING] = "funding",
    [SJ_OUTLINE_ORDERS] = "orders",
    [SJ_OUTLINE_ANNEX] = "annex",
    [SJ_OUTLINE_PROGRESS] = "progress",
    [SJ_OUTLINE_OIT] = "oit",
  };

  if (SJ_IS_OUTLINE_ITEM (item))
    return names[sj_outline_item_get_kind (item)];
  if (SJ_IS_DIMENSION (item))
    return "dimension";
  if (SJ_IS_MISSION (item))
    return "mission";
  if (SJ_IS_PROJECT (item))
    return "project";
  return NULL;
}

/* The editor page of that name ("project", "budget" …), for the tests. */
GtkWidget *
sj_window_get_page (SjWindow *self, const char *name)
{
  return g_hash_table_lookup (self->pages, name);
}

gpointer
sj_window_get_selected (SjWindow *self)
{
  GtkTreeListRow *row;

  if (self->selection == NULL)
    return NULL;
  row = gtk_single_selection_get_selected_item (self->selection);
  return row ? gtk_tree_list_row_get_item (row) : NULL; /* (transfer full) */
}

static void
show_page_for (SjWindow *self, gpointer item)
{
  const char *name = page_name_for (item);
  SjEditorPage *page = name ? g_hash_table_lookup (self->pages, name) : NULL;
  gpointer object = item;
  SjOutlineItem *outline_item = SJ_IS_OUTLINE_ITEM (item) ? item : NULL;

  if (page == NULL)
    return;
  if (outline_item != NULL)
    object = sj_document_get_plan (self->doc);
  sj_editor_page_bind (page, self->doc, object, outline_item);
  gtk_stack_set_visible_child (self->page_stack, GTK_WIDGET (page));
}

static void
on_selection_changed (GtkSingleSelection *selection, GParamSpec *pspec, SjWindow *self)
{
  g_autoptr (GObject) item = sj_window_get_selected (self);

  gboolean report;

  if (item != NULL && self->doc != NULL)
    show_page_for (self, item);
  update_actions (self);
  /* the progress view is previewed as its report: laid out anew when it comes or goes */
  report = SJ_IS_OUTLINE_ITEM (item)
           && sj_outline_item_get_kind (SJ_OUTLINE_ITEM (item)) == SJ_OUTLINE_PROGRESS;
  if (report != self->preview_report)
    {
      self->preview_report = report;
      schedule_layout (self, 0);
      return;
    }
  follow_selection (self);
}

/**
 * sj_window_set_report_round:
 * The fiscal year and round (6 or 12 months) the progress view shows, which the preview shows
 * as its report.
 */
void
sj_window_set_report_round (SjWindow *self, guint year, guint months)
{
  if (self->report_year == year && self->report_months == months)
    return;
  self->report_year = year;
  self->report_months = months;
  if (self->preview_report)
    schedule_layout (self, 0);
}

static void
outline_setup (GtkSignalListItemFactory *factory, GtkListItem *list_item, SjWindow *self)
{
  gtk_list_item_set_child (list_item, GTK_WIDGET (sj_outline_row_new ()));
}

static void
outline_bind (GtkSignalListItemFactory *factory, GtkListItem *list_item, SjWindow *self)
{
  sj_outline_row_bind (SJ_OUTLINE_ROW (gtk_list_item_get_child (list_item)),
                       gtk_list_item_get_item (list_item), self);
}

static void
outline_unbind (GtkSignalListItemFactory *factory, GtkListItem *list_item, SjWindow *self)
{
  sj_outline_row_bind (SJ_OUTLINE_ROW (gtk_list_item_get_child (list_item)), NULL, NULL);
}

/* The chain from the outline's top to @object: [Part 2 item, dimension, mission, project]. */
static GPtrArray *
outline_path (SjWindow *self, gpointer object)
{
  GPtrArray *path = g_ptr_array_new ();

  for (SjModelObject *o = object; o != NULL && !SJ_IS_PLAN (o); o = sj_model_object_get_parent (o))
    g_ptr_array_insert (path, 0, o);
  return path;
}

/* Finds @wanted in the rows of the outline from @from on; expands its row if @expand. */
static gboolean
find_row (SjWindow *self, gpointer wanted, guint from, gboolean expand, guint *at)
{
  GListModel *model = G_LIST_MODEL (self->tree);

  for (guint i = from; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr (GObject) item = gtk_tree_list_row_get_item (row);
      if (item == wanted)
        {
          if (expand)
            gtk_tree_list_row_set_expanded (row, TRUE);
          *at = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The top-level outline item of @kind. */
static SjOutlineItem *
find_outline_item (SjWindow *self, SjOutlineKind kind)
{
  GListModel *root = gtk_tree_list_model_get_model (self->tree);

  for (guint i = 0; i < g_list_model_get_n_items (root); i++)
    {
      g_autoptr (SjOutlineItem) item = g_list_model_get_item (root, i);
      if (sj_outline_item_get_kind (item) == kind)
        return item; /* the root list keeps it alive */
    }
  return NULL;
}

static void
select_row (SjWindow *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->outline_view), "list.scroll-to-item", "u",
                              position);
}

/* Selects the outline's own entry of @kind (Part 2's budget table, the SWOT analysis …). */
gboolean
sj_window_select_part (SjWindow *self, SjOutlineKind kind)
{
  SjOutlineItem *item;
  GListModel *part1;

  if (self->doc == NULL)
    return FALSE;
  item = find_outline_item (self, kind);
  if (item == NULL)
    {
      /* A section of Part 1 */
      part1 = sj_outline_item_get_children (find_outline_item (self, SJ_OUTLINE_PART1));
      for (guint i = 0; i < g_list_model_get_n_items (part1) && item == NULL; i++)
        {
          g_autoptr (SjOutlineItem) section = g_list_model_get_item (part1, i);
          if (sj_outline_item_get_kind (section) == kind)
            item = section;
        }
    }
  return item != NULL && sj_window_select_object (self, item);
}

/**
 * sj_window_select_object:
 * @object: an outline item, a dimension, a mission or a project, or an object inside one (which
 *   selects the nearest of these that holds it)
 *
 * Selects @object in the outline, expanding what holds it, and shows its page.
 */
gboolean
sj_window_select_object (SjWindow *self, gpointer object)
{
  g_autoptr (GPtrArray) path = NULL;
  gpointer target = object;
  guint at = 0;

  g_return_val_if_fail (SJ_IS_WINDOW (self), FALSE);
  if (self->doc == NULL || object == NULL)
    return FALSE;
  if (SJ_IS_OUTLINE_ITEM (target))
    {
      if (!find_row (self, target, 0, FALSE, &at))
        {
          SjOutlineItem *part1 = find_outline_item (self, SJ_OUTLINE_PART1);
          if (!find_row (self, part1, 0, TRUE, &at) || !find_row (self, target, at, FALSE, &at))
            return FALSE;
        }
      select_row (self, at);
      return TRUE;
    }
  /* Objects inside a project (a year, a label) select their project. */
  while (SJ_IS_MODEL_OBJECT (target) && !SJ_IS_DIMENSION (target) && !SJ_IS_MISSION (target)
         && !SJ_IS_PROJECT (target) && !SJ_IS_PLAN (target))
    target = sj_model_object_get_parent (target);
  if (target == NULL || SJ_IS_PLAN (target))
    return FALSE;
  path = outline_path (self, target);
  if (!find_row (self, find_outline_item (self, SJ_OUTLINE_BUDGET), 0, TRUE, &at))
    return FALSE;
  for (guint depth = 0; depth < path->len; depth++)
    if (!find_row (self, g_ptr_array_index (path, depth), at + 1, depth + 1 < path->len, &at))
      return FALSE;
  select_row (self, at);
  return TRUE;
}

/* The outline entry that edits what the plan holds under @pspec_name (its list or child), or
 * NULL when the frame does (dimensions), or nothing. */
static SjOutlineItem *
outline_item_for_plan_property (SjWindow *self, const char *name)
{
  static const struct
  {
    const char *property;
    SjOutlineKind kind;
  } map[] = {
    { "settings", SJ_OUTLINE_SETTINGS },         { "organisation", SJ_OUTLINE_ORGANISATION },
    { "units", SJ_OUTLINE_ORGANISATION },        { "people", SJ_OUTLINE_ORDERS },
    { "funding-lines", SJ_OUTLINE_FUNDING },     { "announcement", SJ_OUTLINE_ANNOUNCEMENT },
    { "preface-date", SJ_OUTLINE_ANNOUNCEMENT }, { "analysis", SJ_OUTLINE_ANALYSIS },
    { "risk-intro", SJ_OUTLINE_RISKS },          { "risk-steps", SJ_OUTLINE_RISKS },
    { "swot-intro", SJ_OUTLINE_SWOT },           { "swot-items", SJ_OUTLINE_SWOT },
    { "strategies", SJ_OUTLINE_SWOT },           { "goals", SJ_OUTLINE_GOALS },
    { "targets", SJ_OUTLINE_GOALS },             { "dimensions", SJ_OUTLINE_BUDGET },
    { "orders", SJ_OUTLINE_ORDERS },             { "annex-date", SJ_OUTLINE_ANNEX },
    { "annex-issuer", SJ_OUTLINE_ANNEX },        { "reports", SJ_OUTLINE_PROGRESS },
    { "oit-items", SJ_OUTLINE_OIT },
  };
  GListModel *root = gtk_tree_list_model_get_model (self->tree);
  GListModel *part1 = sj_outline_item_get_children (find_outline_item (self, SJ_OUTLINE_PART1));
  GListModel *lists[] = { root, part1 };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].property, name) == 0)
      {
        for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
          for (guint j = 0; j < g_list_model_get_n_items (lists[l]); j++)
            {
              g_autoptr (SjOutlineItem) item = g_list_model_get_item (lists[l], j);
              if (sj_outline_item_get_kind (item) == map[i].kind)
                return item; /* kept alive by its list */
            }
        return NULL;
      }
  /* A rich text of the plan with an entry of its own (preface, rationale, objectives …) */
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint j = 0; j < g_list_model_get_n_items (lists[l]); j++)
      {
        g_autoptr (SjOutlineItem) item = g_list_model_get_item (lists[l], j);
        if (sj_outline_item_get_kind (item) == SJ_OUTLINE_TEXT
            && g_strcmp0 (sj_outline_item_get_property_name (item), name) == 0)
          return item;
      }
  return NULL;
}

/**
 * sj_window_reveal:
 * @object: any object of the plan (a project, a risk measure, a committee member, the plan)
 * @property: (nullable): its property to focus
 *
 * Shows the page that edits @object, selecting its entry in the outline, and focuses the field
 * of @property: where a checker finding or a find result leads.
 */
gboolean
sj_window_reveal (SjWindow *self, gpointer object, const char *property)
{
  gpointer target = object;
  const char *plan_property = property;
  GtkWidget *page;

  g_return_val_if_fail (SJ_IS_WINDOW (self), FALSE);
  if (self->doc == NULL || object == NULL)
    return FALSE;
  /* Inside the frame: its dimension, mission or project */
  for (gpointer o = object; SJ_IS_MODEL_OBJECT (o); o = sj_model_object_get_parent (o))
    if (SJ_IS_PROJECT (o) || SJ_IS_MISSION (o) || SJ_IS_DIMENSION (o))
      {
        if (!sj_window_select_object (self, o))
          return FALSE;
        target = NULL;
        break;
      }
  if (target != NULL)
    {
      SjOutlineItem *item;
      /* The plan's child or list that holds it */
      for (gpointer o = object; SJ_IS_MODEL_OBJECT (o) && !SJ_IS_PLAN (o);
           o = sj_model_object_get_parent (o))
        if (SJ_IS_PLAN (sj_model_object_get_parent (o)))
          plan_property = sj_model_object_get_parent_pspec (o)->name;
      item = plan_property ? outline_item_for_plan_property (self, plan_property) : NULL;
      if (item == NULL || !sj_window_select_object (self, item))
        return FALSE;
    }
  page = gtk_stack_get_visible_child (self->page_stack);
  if (SJ_IS_EDITOR_PAGE (page))
    sj_editor_page_focus_field (SJ_EDITOR_PAGE (page), object, property);
  return TRUE;
}

static void
on_finding_activated (SjFindingsPanel *panel, SjFindingItem *finding, SjWindow *self)
{
  GObject *object;

  if (self->doc == NULL)
    return;
  object = sj_finding_item_resolve (finding, sj_document_get_plan (self->doc));
  if (object == NULL || !sj_window_reveal (self, object, sj_finding_item_get_property_name (finding)))
    sj_window_toast (self, _("The plan has changed since it was checked; the checker will look again"));
}

SjFindingsPanel *
sj_window_get_findings_panel (SjWindow *self)
{
  return self->findings_panel;
}

/* Preview ------------------------------------------------------------------------------------ */

static void
update_side (SjWindow *self)
{
  gtk_widget_set_visible (self->side_split,
                          gtk_widget_get_visible (GTK_WIDGET (self->preview))
                            || gtk_widget_get_visible (GTK_WIDGET (self->tools_stack)));
}

/* The model path the preview shows for what is selected, and the part it is best seen in. */
static char *
selection_path (SjWindow *self, SjPart *prefer)
{
  g_autoptr (GObject) item = sj_window_get_selected (self);
  static const struct
  {
    SjOutlineKind kind;
    const char *path;
    SjPart part;
  } parts[] = {
    { SJ_OUTLINE_ORGANISATION, "organisation", SJ_PART_COVER },
    { SJ_OUTLINE_ANNOUNCEMENT, "announcement", SJ_PART_NONE },
    { SJ_OUTLINE_PART1, "rationale", SJ_PART_PART1 },
    { SJ_OUTLINE_ANALYSIS, "analysis", SJ_PART_PART1 },
    { SJ_OUTLINE_RISKS, "risk-steps", SJ_PART_PART1 },
    { SJ_OUTLINE_SWOT, "swot-items", SJ_PART_PART1 },
    { SJ_OUTLINE_GOALS, "goals", SJ_PART_PART1 },
    { SJ_OUTLINE_BUDGET, "dimensions", SJ_PART_PART2 },
    { SJ_OUTLINE_ORDERS, "orders", SJ_PART_APPENDIX },
    { SJ_OUTLINE_ANNEX, "annex-date", SJ_PART_ANNEX },
  };

  *prefer = SJ_PART_NONE;
  if (SJ_IS_OUTLINE_ITEM (item))
    {
      SjOutlineKind kind = sj_outline_item_get_kind (SJ_OUTLINE_ITEM (item));
      if (kind == SJ_OUTLINE_TEXT)
        return g_strdup (sj_outline_item_get_property_name (SJ_OUTLINE_ITEM (item)));
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        if (parts[i].kind == kind)
          {
            *prefer = parts[i].part;
            return g_strdup (parts[i].path);
          }
      return NULL;
    }
  if (SJ_IS_PROJECT (item) || SJ_IS_MISSION (item) || SJ_IS_DIMENSION (item))
    {
      /* The budget page shows the project's row of Part 2; its form page, its form. */
      GtkWidget *page = gtk_stack_get_visible_child (self->page_stack);
      *prefer = page == sj_window_get_page (self, "budget") ? SJ_PART_PART2 : SJ_PART_PART3;
      return sj_model_path (item, NULL);
    }
  return NULL;
}

static void
follow_selection (SjWindow *self)
{
  SjPart prefer;
  g_autofree char *path = NULL;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->preview)))
    return;
  path = selection_path (self, &prefer);
  if (path)
    sj_preview_show_path (self->preview, path, prefer);
}

/* What a layout thread lays out: a snapshot of the plan, as the book or as a progress report,
 * from the book shown before (its pieces that the edits left as they were are reused). */
typedef struct
{
  SjPlan *plan;
  gboolean report;
  guint year, months;
  SjBook *previous;
  guint serial;
} LayoutJob;

static void
layout_job_free (gpointer data)
{
  LayoutJob *job = data;
  g_object_unref (job->plan);
  g_clear_pointer (&job->previous, sj_book_unref);
  g_free (job);
}

static LayoutJob *
layout_job_new (SjWindow *self, gboolean report)
{
  LayoutJob *job = g_new0 (LayoutJob, 1);
  SjBook *shown = self->preview ? sj_preview_get_book (self->preview) : NULL;

  job->plan = sj_plan_copy (sj_document_get_plan (self->doc));
  job->report = report;
  job->year = self->report_year;
  job->months = self->report_months;
  if (shown != NULL && self->preview_book_is_report == report)
    job->previous = sj_book_ref (shown);
  return job;
}

static void
layout_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr (GError) error = NULL;
  LayoutJob *job = task_data;
  SjBookOptions options = { "report", -1, job->year, job->months };
  SjBook *book = sj_book_new_from (job->plan, job->report ? &options : NULL, job->previous,
                                   cancellable, &error);

  if (book == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, book, (GDestroyNotify) sj_book_unref);
}

static void
on_laid_out (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SjWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  LayoutJob *job = g_task_get_task_data (G_TASK (result));
  SjBook *book = g_task_propagate_pointer (G_TASK (result), &error);

  if (job->serial != self->layout_serial || self->preview == NULL || self->doc == NULL)
    {
      /* given up for a newer layout (or the window is closing) */
      g_clear_pointer (&book, sj_book_unref);
      return;
    }
  self->layout_running = FALSE;
  if (book != NULL)
    {
      /* a first book, or the book after the report (or the reverse): turn to the selection */
      gboolean first = sj_preview_get_book (self->preview) == NULL
                       || job->report != self->preview_book_is_report;
      self->preview_book_is_report = job->report;
      sj_preview_set_book (self->preview, book);
      if (first)
        follow_selection (self);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("the preview could not be laid out: %s", error->message);
  sj_preview_set_busy (self->preview, FALSE);
}

/* Lays the book out on a snapshot of the plan in a thread: typing goes on meanwhile. A newer
 * edit gives up an older layout still running (it stops at its next piece) and starts its own
 * from the book shown, so that only what the edits changed is laid out again. */
static void
start_layout (SjWindow *self)
{
  g_autoptr (GTask) task = NULL;
  LayoutJob *job;

  if (self->doc == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->preview)))
    return;
  if (self->layout_cancel)
    g_cancellable_cancel (self->layout_cancel);
  g_clear_object (&self->layout_cancel);
  self->layout_cancel = g_cancellable_new ();
  self->layout_running = TRUE;
  sj_preview_set_busy (self->preview, TRUE);
  job = layout_job_new (self, self->preview_report);
  job->serial = ++self->layout_serial;
  task = g_task_new (NULL, self->layout_cancel, on_laid_out, g_object_ref (self));
  g_task_set_task_data (task, job, layout_job_free);
  g_task_run_in_thread (task, layout_thread);
}

static gboolean
layout_timeout (gpointer data)
{
  SjWindow *self = data;
  self->layout_source = 0;
  start_layout (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_layout (SjWindow *self, guint delay_ms)
{
  g_clear_handle_id (&self->layout_source, g_source_remove);
  if (self->doc == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->preview)))
    return;
  if (delay_ms == 0)
    start_layout (self);
  else
    self->layout_source = g_timeout_add (delay_ms, layout_timeout, self);
}

/* Whether the preview shows the plan as it is now (no layout waiting or running): the tests. */
gboolean
sj_window_preview_is_current (SjWindow *self)
{
  return sj_preview_get_book (self->preview) != NULL && self->layout_source == 0
         && !self->layout_running;
}

SjPreview *
sj_window_get_preview (SjWindow *self)
{
  return self->preview;
}

static void
on_source_activated (SjPreview *preview, const char *path, SjWindow *self)
{
  g_autofree char *property = NULL;
  GObject *object;

  if (self->doc == NULL)
    return;
  object = sj_model_resolve_path (G_OBJECT (sj_document_get_plan (self->doc)), path, &property);
  if (object != NULL)
    sj_window_reveal (self, object, property);
}

/* Find ----------------------------------------------------------------------------------------- */

static void
on_match_activated (SjFindPanel *panel, const char *path, const char *property, SjWindow *self)
{
  GObject *object;

  if (self->doc == NULL)
    return;
  object = sj_model_resolve_path (G_OBJECT (sj_document_get_plan (self->doc)), path, NULL);
  if (object == NULL || !sj_window_reveal (self, object, property))
    sj_window_toast (self, _("The plan has changed; search again"));
}

static void
on_replaced (SjFindPanel *panel, guint count, SjWindow *self)
{
  g_autofree char *text = NULL;

  if (count == 0)
    return;
  /* TRANSLATORS: after Replace All */
  text = g_strdup_printf (ngettext ("Replaced %u match; Ctrl+Z puts it back",
                                    "Replaced %u matches; Ctrl+Z puts them all back", count),
                          count);
  sj_window_toast (self, text);
}

static gboolean
find_timeout (gpointer data)
{
  SjWindow *self = data;
  self->find_source = 0;
  sj_find_panel_set_document (self->find_panel, self->doc);
  return G_SOURCE_REMOVE;
}

/* After an edit the matches are found again, once typing pauses. */
static void
schedule_find (SjWindow *self)
{
  g_clear_handle_id (&self->find_source, g_source_remove);
  if (tool_shown (self, GTK_WIDGET (self->find_panel)))
    self->find_source = g_timeout_add (400, find_timeout, self);
}

SjFindPanel *
sj_window_get_find_panel (SjWindow *self)
{
  return self->find_panel;
}

/* Print ---------------------------------------------------------------------------------------- */

typedef struct
{
  SjBook *book;
} PrintJob;

static void
on_begin_print (GtkPrintOperation *op, GtkPrintContext *context, PrintJob *job)
{
  gtk_print_operation_set_n_pages (op, sj_book_get_n_pages (job->book));
}

/* Part 2 is landscape: each page gets its own orientation. */
static void
on_request_page_setup (GtkPrintOperation *op, GtkPrintContext *context, int page_nr,
                       GtkPageSetup *setup, PrintJob *job)
{
  SjPage *page = sj_book_get_page (job->book, page_nr);
  gtk_page_setup_set_orientation (setup, page->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                         : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
on_draw_page (GtkPrintOperation *op, GtkPrintContext *context, int page_nr, PrintJob *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  SjPage *page = sj_book_get_page (job->book, page_nr);
  double sx = gtk_print_context_get_width (context) / page->width;
  double sy = gtk_print_context_get_height (context) / page->height;

  /* The book is laid out in points on A4; the context is the printer's paper, in points. */
  cairo_save (cr);
  cairo_scale (cr, MIN (sx, sy), MIN (sx, sy));
  sj_book_draw_page (job->book, page_nr, cr);
  cairo_restore (cr);
}

/**
 * sj_window_print_book:
 * @export_to: (nullable): a PDF file to print to without a dialog (the tests), or NULL for the
 *   print dialog
 *
 * Prints @book (taken) through GtkPrintOperation: A4, Part 2 in landscape, with the dialog's
 * preview, drawn by the renderer of the PDF and of the preview.
 */
GtkPrintOperationResult
sj_window_print_book (SjWindow *self, SjBook *book, const char *export_to, GError **error)
{
  g_autoptr (GtkPrintOperation) op = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob job = { book };
  GtkPrintOperationResult result;
  g_autofree char *title = sj_document_get_title (self->doc);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_job_name (op, title);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  g_signal_connect (op, "begin-print", G_CALLBACK (on_begin_print), &job);
  g_signal_connect (op, "request-page-setup", G_CALLBACK (on_request_page_setup), &job);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page), &job);
  if (export_to)
    gtk_print_operation_set_export_filename (op, export_to);
  result = gtk_print_operation_run (op, export_to ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                  : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), error);
  sj_book_free (book);
  return result;
}

static void
print_after_check (SjWindow *self, SjBook *book);

static void
on_print_laid_out (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SjWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  SjBook *book = g_task_propagate_pointer (G_TASK (result), &error);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", TRUE);
  if (book == NULL)
    {
      sj_window_show_error (self, _("Cannot Print the Plan"), error->message);
      return;
    }
  print_after_check (self, book);
}

typedef struct
{
  SjWindow *window;
  SjBook *book;
} PrintQuestion;

static void
on_print_anyway (AdwMessageDialog *dialog, const char *response, PrintQuestion *q)
{
  if (g_strcmp0 (response, "print") == 0)
    {
      g_autoptr (GError) error = NULL;
      if (sj_window_print_book (q->window, g_steal_pointer (&q->book), NULL, &error)
            == GTK_PRINT_OPERATION_RESULT_ERROR)
        sj_window_show_error (q->window, _("Cannot Print the Plan"), error->message);
    }
  else if (g_strcmp0 (response, "show") == 0)
    g_object_set (q->window, "findings-visible", TRUE, NULL);
  g_clear_pointer (&q->book, sj_book_free);
  g_object_unref (q->window);
  g_free (q);
}

/* Says when the plan has errors (and which), without standing in the way of a print. */
static char *errors_text (SjWindow *self, guint *n_errors);

static void
print_after_check (SjWindow *self, SjBook *book)
{
  guint errors = 0;
  g_autofree char *body = errors_text (self, &errors);

  if (errors > 0)
    {
      PrintQuestion *q = g_new0 (PrintQuestion, 1);
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Print a Plan with Errors?"),
                                                  body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                        "show", _("_Show the Errors"), "print", _("_Print Anyway"),
                                        NULL);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "show");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      q->window = g_object_ref (self);
      q->book = book;
      g_signal_connect (dialog, "response", G_CALLBACK (on_print_anyway), q);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  {
    g_autoptr (GError) error = NULL;
    if (sj_window_print_book (self, book, NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
      sj_window_show_error (self, _("Cannot Print the Plan"), error->message);
  }
}

static void
action_print (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  g_autoptr (GTask) task = NULL;

  if (self->doc == NULL)
    return;
  /* The book of the plan as it is now, laid out in a thread (a few seconds for a big plan). */
  gtk_widget_action_set_enabled (widget, "win.print", FALSE);
  sj_window_toast (self, _("Preparing the pages for printing…"));
  task = g_task_new (NULL, self->cancellable, on_print_laid_out, g_object_ref (self));
  g_task_set_task_data (task, layout_job_new (self, FALSE), layout_job_free);
  g_task_run_in_thread (task, layout_thread);
}

/* Documents ----------------------------------------------------------------------------------- */

static void stop_monitor (SjWindow *self);
static void start_monitor (SjWindow *self);

static gboolean
autosave_tick (gpointer data)
{
  sj_window_autosave_now (data);
  return G_SOURCE_CONTINUE;
}

static void
restart_autosave (SjWindow *self)
{
  SjApplication *app = SJ_APPLICATION (g_application_get_default ());
  guint interval = g_settings_get_uint (sj_application_get_settings (app), "autosave-interval");

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->doc != NULL && interval > 0)
    self->autosave_source = g_timeout_add_seconds (interval, autosave_tick, self);
}

void
sj_window_set_document (SjWindow *self, SjDocument *doc)
{
  g_return_if_fail (SJ_IS_WINDOW (self));

  if (self->doc != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->doc);
      g_clear_signal_handler (&self->title_handler, self->doc);
      g_clear_signal_handler (&self->modified_handler, self->doc);
    }
  /* The pages let go of the old plan before the outline is rebuilt. */
  {
    GHashTableIter iter;
    gpointer page;
    g_hash_table_iter_init (&iter, self->pages);
    while (g_hash_table_iter_next (&iter, NULL, &page))
      sj_editor_page_bind (page, NULL, NULL, NULL);
  }
  stop_monitor (self);
  if (self->draft_id != NULL && (doc == NULL || doc != self->doc))
    {
      sj_drafts_remove (self->draft_id);
      g_clear_pointer (&self->draft_id, g_free);
    }
  g_set_object (&self->doc, doc);
  self->draft_generation = 0;
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  gtk_list_view_set_model (self->outline_view, NULL);

  if (doc != NULL)
    {
      SjPlan *plan = sj_document_get_plan (doc);
      self->changed_handler = g_signal_connect (doc, "changed", G_CALLBACK (on_doc_changed), self);
      self->title_handler = g_signal_connect_swapped (doc, "notify::title",
                                                      G_CALLBACK (update_title), self);
      self->modified_handler = g_signal_connect (doc, "notify::modified",
                                                 G_CALLBACK (on_doc_modified), self);
      show_findings (self, NULL);
      update_totals (self);
      self->tree = sj_outline_new_tree (plan);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
      g_signal_connect (self->selection, "notify::selected-item",
                        G_CALLBACK (on_selection_changed), self);
      gtk_list_view_set_model (self->outline_view, GTK_SELECTION_MODEL (self->selection));
      gtk_stack_set_visible_child_name (self->main_stack, "editor");
      start_monitor (self);
      sj_preview_set_book (self->preview, NULL);
      sj_find_panel_set_document (self->find_panel, doc);
      on_selection_changed (self->selection, NULL, self);
      schedule_check (self);
      schedule_layout (self, 0);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      show_findings (self, NULL);
      sj_find_panel_set_document (self->find_panel, NULL);
      gtk_label_set_text (self->findings_label, "");
    }
  restart_autosave (self);
  update_title (self);
  update_save_state (self);
  update_actions (self);
}

SjDocument *
sj_window_get_document (SjWindow *self)
{
  g_return_val_if_fail (SJ_IS_WINDOW (self), NULL);
  return self->doc;
}

/* Whether the window can take a plan without losing one: no plan, or an untouched new one. */
gboolean
sj_window_is_empty (SjWindow *self)
{
  g_return_val_if_fail (SJ_IS_WINDOW (self), FALSE);
  return self->doc == NULL
         || (sj_document_get_file (self->doc) == NULL && !sj_document_get_modified (self->doc)
             && self->draft_id == NULL);
}

const char *
sj_window_get_draft_id (SjWindow *self)
{
  return self->draft_id;
}

static void
remember_etag (SjWindow *self)
{
  g_autoptr (GFileInfo) info = NULL;
  GFile *file = self->doc ? sj_document_get_file (self->doc) : NULL;

  g_clear_pointer (&self->etag, g_free);
  if (file == NULL)
    return;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    self->etag = g_strdup (g_file_info_get_etag (info));
}

typedef struct
{
  SjWindow *self;
  GFile *file;
} LoadData;

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  LoadData *d = user_data;
  SjWindow *self = d->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = sj_plan_file_load_finish (result, &error);

  if (plan == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = g_file_get_parse_name (d->file);
          g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);
          sj_window_show_error (self, heading, error->message);
        }
    }
  else
    {
      g_autoptr (SjDocument) doc = sj_document_new (plan);
      g_autofree char *uri = g_file_get_uri (d->file);
      sj_document_set_file (doc, d->file);
      sj_window_set_document (self, doc);
      remember_etag (self);
      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }
  g_object_unref (d->file);
  g_object_unref (d->self);
  g_free (d);
}

/* Opens @file in this window, in a thread; a broken file gets a message and changes nothing. */
void
sj_window_open_file (SjWindow *self, GFile *file)
{
  LoadData *d = g_new0 (LoadData, 1);

  d->self = g_object_ref (self);
  d->file = g_object_ref (file);
  sj_plan_file_load_async (file, self->cancellable, on_loaded, d);
}

/* Recovers the draft @draft_id: its plan opens as unsaved changes to @file (if it had one). */
void
sj_window_recover_draft (SjWindow *self, const char *draft_id, GFile *file)
{
  g_autoptr (GFile) draft = sj_drafts_get_plan_file (draft_id);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = sj_plan_file_load (draft, NULL, &error);
  g_autoptr (SjDocument) doc = NULL;

  if (plan == NULL)
    {
      sj_window_show_error (self, _("Could not recover the draft"), error->message);
      return;
    }
  doc = sj_document_new (plan);
  sj_document_set_file (doc, file);
  /* What was recovered is not saved yet: mark it modified so that closing asks. */
  sj_document_mark_unsaved (doc);
  sj_window_set_document (self, doc);
  self->draft_id = g_strdup (draft_id);
  self->draft_generation = sj_document_get_generation (doc);
  sj_drafts_claim (draft_id);
  if (file != NULL)
    remember_etag (self);
  update_save_state (self);
  sj_window_toast (self, _("The draft was recovered; save it to keep it"));
}

/* Drafts -------------------------------------------------------------------------------------- */

static void
on_draft_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SjWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  self->writing_draft = FALSE;
  if (!sj_drafts_write_finish (result, &error))
    {
      g_warning ("the draft could not be written: %s", error->message);
      return;
    }
  self->draft_generation = self->pending_draft_generation;
  update_save_state (self);
}

/* Writes a draft of unsaved changes to the user's data folder (in a thread). */
void
sj_window_autosave_now (SjWindow *self)
{
  g_autoptr (GBytes) bytes = NULL;
  SjPlan *plan;
  guint64 generation;

  if (self->doc == NULL || self->writing_draft || !sj_document_get_modified (self->doc))
    return;
  generation = sj_document_get_generation (self->doc);
  if (generation == self->draft_generation && self->draft_id != NULL)
    return;
  plan = sj_document_get_plan (self->doc);
  bytes = sj_plan_file_to_bytes (plan);
  if (self->draft_id == NULL)
    self->draft_id = sj_drafts_new_id ();
  self->writing_draft = TRUE;
  self->pending_draft_generation = generation;
  sj_drafts_write_async (self->draft_id, bytes, sj_document_get_file (self->doc),
                         sj_organisation_get_name (sj_plan_get_organisation (plan)),
                         sj_summary_get_n_projects (sj_window_get_summary (self)), NULL,
                         on_draft_written, g_object_ref (self));
}

/* File monitor -------------------------------------------------------------------------------- */

static void
on_reload_response (AdwMessageDialog *dialog, const char *response, SjWindow *self)
{
  self->asking_reload = FALSE;
  if (g_strcmp0 (response, "reload") == 0 && self->doc != NULL)
    {
      g_autoptr (GFile) file = g_object_ref (sj_document_get_file (self->doc));
      sj_window_open_file (self, file);
    }
  else
    remember_etag (self); /* keep mine: do not ask again for this version */
}

static void
on_file_changed (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                 SjWindow *self)
{
  g_autoptr (GFileInfo) info = NULL;
  GtkWidget *dialog;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED
      && event != G_FILE_MONITOR_EVENT_DELETED && event != G_FILE_MONITOR_EVENT_RENAMED
      && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  if (self->saving || self->asking_reload || self->doc == NULL)
    return;
  info = g_file_query_info (sj_document_get_file (self->doc), G_FILE_ATTRIBUTE_ETAG_VALUE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_strcmp0 (g_file_info_get_etag (info), self->etag) == 0)
    return; /* our own save */
  name = g_file_get_basename (sj_document_get_file (self->doc));
  if (info == NULL)
    {
      body = g_strdup_printf (_("“%s” was moved or deleted by another program. Your plan is still "
                                "here: save it to write the file again."), name);
      sj_window_toast (self, body);
      return;
    }
  self->asking_reload = TRUE;
  body = g_strdup_printf (_("Another program changed “%s”. Load the version on disk, or keep "
                            "the plan as it is here (saving it will replace the other version)."),
                          name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The file changed on disk"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Mine"),
                                    "reload", _("_Load From Disk"), NULL);
  if (sj_document_get_modified (self->doc))
    adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                                ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_reload_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stop_monitor (SjWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

static void
start_monitor (SjWindow *self)
{
  GFile *file = self->doc ? sj_document_get_file (self->doc) : NULL;

  stop_monitor (self);
  if (file == NULL)
    return;
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

/* Saving -------------------------------------------------------------------------------------- */

typedef struct
{
  SjWindow *self;
  GFile *file;
  guint64 generation;
} SaveData;

/* Every save is a draft in the history of the plan (the user's database), when what was saved is
 * still what the document holds. */
static void
record_draft (SjWindow *self, const char *uri, guint64 generation)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  SjUserDb *db = app ? sj_application_get_user_db (SJ_APPLICATION (app)) : NULL;
  g_autoptr (GError) error = NULL;

  if (db == NULL || sj_document_get_generation (self->doc) != generation)
    return;
  if (!sj_user_db_add_snapshot (db, uri, sj_document_get_plan (self->doc), NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The draft was not recorded in the history: %s"),
                                                  error->message);
      sj_window_toast (self, message);
    }
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  SaveData *d = user_data;
  SjWindow *self = d->self;
  g_autoptr (GError) error = NULL;

  self->saving = FALSE;
  if (!sj_plan_file_save_finish (result, &error))
    {
      g_autofree char *name = g_file_get_parse_name (d->file);
      g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);
      /* Nothing is lost: the plan stays open and modified, and the file on disk is whole. */
      sj_window_show_error (self, heading, error->message);
      self->close_after_save = FALSE;
    }
  else if (self->doc != NULL)
    {
      g_autofree char *uri = g_file_get_uri (d->file);
      gboolean new_file = sj_document_get_file (self->doc) == NULL
                          || !g_file_equal (sj_document_get_file (self->doc), d->file);
      if (new_file)
        sj_document_set_file (self->doc, d->file);
      sj_document_mark_saved (self->doc, d->generation);
      record_draft (self, uri, d->generation);
      remember_etag (self);
      if (new_file)
        start_monitor (self);
      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      if (!sj_document_get_modified (self->doc) && self->draft_id != NULL)
        {
          sj_drafts_remove (self->draft_id);
          g_clear_pointer (&self->draft_id, g_free);
          self->draft_generation = 0;
        }
      sj_window_toast (self, _("Saved"));
      if (self->close_after_save)
        {
          /* Closing waited for the save: close now (it asks again if more was typed). */
          self->close_after_save = FALSE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }
  update_save_state (self);
  update_actions (self);
  g_object_unref (d->file);
  g_object_unref (d->self);
  g_free (d);
}

static void
save_to (SjWindow *self, GFile *file)
{
  SaveData *d;

  if (self->doc == NULL || self->saving)
    return;
  d = g_new0 (SaveData, 1);
  d->self = g_object_ref (self);
  d->file = g_object_ref (file);
  d->generation = sj_document_get_generation (self->doc);
  self->saving = TRUE;
  update_save_state (self);
  /* Serialised here (the model is not shared with threads), written in a thread. */
  sj_plan_file_save_async (sj_document_get_plan (self->doc), file, NULL, on_saved, d);
}

static GtkFileFilter *
plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Sujarit plans"));
  gtk_file_filter_add_pattern (filter, "*" SJ_PLAN_FILE_EXTENSION);
  gtk_file_filter_add_mime_type (filter, "application/x-sujarit");
  return filter;
}

static void
on_save_as_response (GtkNativeDialog *dialog, int response, SjWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *base = g_file_get_basename (file);
      if (!g_str_has_suffix (base, SJ_PLAN_FILE_EXTENSION))
        {
          g_autofree char *named = g_strconcat (base, SJ_PLAN_FILE_EXTENSION, NULL);
          g_autoptr (GFile) parent = g_file_get_parent (file);
          g_autoptr (GFile) with_ext = g_file_get_child (parent, named);
          save_to (self, with_ext);
        }
      else
        save_to (self, file);
    }
  else
    self->close_after_save = FALSE;
  g_object_unref (dialog);
}

static void
save_as (SjWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autofree char *suggested = NULL;
  const char *org;

  if (self->doc == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Save the Plan"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), plan_filter ());
  org = sj_organisation_get_name (sj_plan_get_organisation (sj_document_get_plan (self->doc)));
  if (sj_document_get_file (self->doc) != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), sj_document_get_file (self->doc), NULL);
  else
    {
      /* TRANSLATORS: the suggested file name of a new plan; %s is the organisation */
      suggested = g_strdup_printf (_("Anti-corruption plan %s.sujarit"), *org ? org : "");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save (SjWindow *self)
{
  if (self->doc == NULL)
    return;
  if (sj_document_get_file (self->doc) == NULL)
    save_as (self);
  else
    save_to (self, sj_document_get_file (self->doc));
}

/* Export -------------------------------------------------------------------------------------- */

/* Export PDF ----------------------------------------------------------------------------------- */

typedef struct
{
  char *path;
  char *parts;  /* NULL: the plan's */
  int digits;   /* -1: the plan's */
  guint report_year;   /* a progress report instead of the book (parts "report") */
  guint report_months;
  int done;     /* pages written, read by the main thread (atomic) */
  int total;
  char *missing; /* what prints as boxes, one sentence a line, or NULL (set by the thread) */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->path);
  g_free (job->parts);
  g_free (job->missing);
  g_free (job);
}

static void
export_progress (guint done, guint total, gpointer data)
{
  ExportJob *job = data;
  g_atomic_int_set (&job->total, (int) total);
  g_atomic_int_set (&job->done, (int) done);
}

static void
export_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SjPlan *plan = task_data;
  ExportJob *job = g_object_get_data (G_OBJECT (task), "job");
  SjBookOptions options = { job->parts, job->digits, job->report_year, job->report_months };
  g_autoptr (GError) error = NULL;
  /* A book of its own, not made from the preview's: the export thread draws it while the
   * preview draws its own pages, and the two share no layouts or fonts. */
  g_autoptr (SjBook) book = sj_book_new_from (plan, &options, NULL, cancellable, &error);
  g_autoptr (GFile) file = g_file_new_for_path (job->path);

  if (book == NULL
      || !sj_book_export_pdf_to_file (book, file, export_progress, job, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    {
      g_autoptr (GArray) missing = sj_book_find_missing_glyphs (book);
      if (missing->len > 0)
        {
          GString *text = g_string_new (NULL);
          for (guint i = 0; i < missing->len && i < 12; i++)
            {
              g_autofree char *m = sj_missing_glyph_describe (&g_array_index (missing,
                                                                              SjMissingGlyph, i));
              g_string_append_printf (text, "%s%s", i ? "\n" : "", m);
            }
          job->missing = g_string_free (text, FALSE); /* read after the task returns */
        }
      g_task_return_boolean (task, TRUE);
    }
}

static void
on_open_pdf (AdwToast *toast, const char *uri)
{
  g_app_info_launch_default_for_uri (uri, NULL, NULL);
}

typedef struct
{
  SjWindow *window;
  AdwToast *toast;
  ExportJob *job;
  GCancellable *cancellable;
  guint timer;
} ExportProgress;

static gboolean
export_tick (gpointer data)
{
  ExportProgress *p = data;
  int done = g_atomic_int_get (&p->job->done), total = g_atomic_int_get (&p->job->total);
  g_autofree char *title = NULL;

  if (total > 0)
    /* TRANSLATORS: the progress of Export PDF: pages written of how many */
    title = g_strdup_printf (_("Exporting the plan book… page %d of %d"), done, total);
  else
    title = g_strdup (_("Laying out the plan book…"));
  adw_toast_set_title (p->toast, title);
  return G_SOURCE_CONTINUE;
}

static void
on_export_cancel (AdwToast *toast, GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
on_exported (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ExportProgress *p = user_data;
  SjWindow *self = p->window;
  g_autoptr (GError) error = NULL;
  const char *path = p->job->path;

  g_clear_handle_id (&p->timer, g_source_remove);
  adw_toast_dismiss (p->toast);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sj_window_toast (self, _("Export cancelled; no file was written"));
      else
        sj_window_show_error (self, _("Could not export the PDF"), error->message);
    }
  else
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *message = g_strdup_printf (_("The plan book was exported as “%s”"), base);
      AdwToast *toast = adw_toast_new (message);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      adw_toast_set_button_label (toast, _("_Open"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_pdf), g_strdup (uri),
                             (GClosureNotify) g_free, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      if (p->job->missing != NULL)
        sj_window_show_error (self, _("Some characters print as boxes"), p->job->missing);
    }
  g_object_unref (p->toast);
  g_object_unref (p->cancellable);
  g_object_unref (p->window);
  g_free (p);
}

/* Exports in a thread from a snapshot, editing going on meanwhile, with its progress and a
 * Cancel button in a toast. */
static void
start_export (SjWindow *self, ExportJob *job)
{
  g_autoptr (GTask) task = NULL;
  ExportProgress *p = g_new0 (ExportProgress, 1);

  p->window = g_object_ref (self);
  p->job = job;
  p->cancellable = g_cancellable_new ();
  p->toast = g_object_ref_sink (adw_toast_new (_("Laying out the plan book…")));
  adw_toast_set_timeout (p->toast, 0);
  adw_toast_set_button_label (p->toast, _("_Cancel"));
  g_signal_connect (p->toast, "button-clicked", G_CALLBACK (on_export_cancel), p->cancellable);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (p->toast));
  p->timer = g_timeout_add (200, export_tick, p);
  task = g_task_new (NULL, p->cancellable, on_exported, p);
  g_object_set_data_full (G_OBJECT (task), "job", job, (GDestroyNotify) export_job_free);
  g_task_set_task_data (task, sj_plan_copy (sj_document_get_plan (self->doc)), g_object_unref);
  g_task_run_in_thread (task, export_thread);
}

/**
 * sj_window_export_pdf:
 * @parts: (nullable): the parts to print (names separated by spaces), or NULL for the plan's
 * @digits: -1 for the plan's settings, 0 for Arabic and 1 for Thai digits everywhere
 *
 * Exports the book to @path (in a thread, with progress); the export dialog ends here.
 */
void
sj_window_export_pdf (SjWindow *self, const char *path, const char *parts, int digits)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  g_return_if_fail (self->doc != NULL);
  job->path = g_str_has_suffix (path, ".pdf") ? g_strdup (path) : g_strconcat (path, ".pdf", NULL);
  job->parts = g_strdup (parts);
  job->digits = digits;
  start_export (self, job);
}

static void
on_report_file (GtkNativeDialog *dialog, int response, SjWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->doc != NULL)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      ExportJob *job = g_new0 (ExportJob, 1);

      job->path = g_str_has_suffix (path, ".pdf") ? g_strdup (path)
                                                  : g_strconcat (path, ".pdf", NULL);
      job->parts = g_strdup ("report");
      job->digits = -1;
      job->report_year = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "sj-year"));
      job->report_months = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "sj-months"));
      start_export (self, job);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

/**
 * sj_window_export_report:
 * @year: the fiscal year (BE)
 * @months: the round, 6 or 12
 *
 * Asks where to save the progress report of @year and @months, then prints it to PDF in a
 * thread, as the book is exported.
 */
void
sj_window_export_report (SjWindow *self, guint year, guint months)
{
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup_printf (_("report-%u-%u-months.pdf"), year, months);

  g_return_if_fail (self->doc != NULL);
  dialog = gtk_file_chooser_native_new (_("Export the Progress Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "sj-year", GUINT_TO_POINTER (year));
  g_object_set_data (G_OBJECT (dialog), "sj-months", GUINT_TO_POINTER (months));
  g_signal_connect (dialog, "response", G_CALLBACK (on_report_file), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct
{
  SjWindow *window;
  GtkBuilder *builder;
  GPtrArray *checks; /* of GtkCheckButton, in the order of sj_ui_book_parts() */
} ExportOptions;

static void
export_options_free (ExportOptions *o)
{
  g_object_unref (o->window);
  g_object_unref (o->builder);
  g_ptr_array_unref (o->checks);
  g_free (o);
}

static void
on_export_file (GtkNativeDialog *dialog, int response, ExportOptions *o)
{
  SjWindow *self = o->window;

  if (response == GTK_RESPONSE_ACCEPT && self->doc != NULL)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr (GString) parts = g_string_new (NULL);
      guint n_parts;
      const SjUiBookPart *all = sj_ui_book_parts (&n_parts);
      guint digits = adw_combo_row_get_selected (
        ADW_COMBO_ROW (gtk_builder_get_object (o->builder, "digits_row")));

      for (guint i = 0; i < n_parts; i++)
        if (gtk_check_button_get_active (g_ptr_array_index (o->checks, i)))
          g_string_append_printf (parts, "%s%s", parts->len ? " " : "", all[i].id);
      sj_window_export_pdf (self, path, parts->str,
                            digits == 1 ? 0 : digits == 2 ? 1 : -1);
    }
  export_options_free (o);
  g_object_unref (dialog);
}

static void
choose_export_file (ExportOptions *o)
{
  SjWindow *self = o->window;
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (_("Export the Plan Book"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (sj_document_get_file (self->doc) != NULL)
    {
      g_autofree char *base = g_file_get_basename (sj_document_get_file (self->doc));
      char *dot = strrchr (base, '.');
      if (dot)
        *dot = '\0';
      name = g_strconcat (base, ".pdf", NULL);
    }
  else
    name = g_strdup (_("plan.pdf"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_file), o);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_export_options (AdwMessageDialog *dialog, const char *response, ExportOptions *o)
{
  if (g_strcmp0 (response, "export") == 0)
    choose_export_file (o);
  else
    {
      if (g_strcmp0 (response, "show") == 0)
        g_object_set (o->window, "findings-visible", TRUE, NULL);
      export_options_free (o);
    }
}

/* What the plan's errors are, for the export and print dialogs ("" when it has none). */
static char *
errors_text (SjWindow *self, guint *n_errors)
{
  g_autoptr (GString) which = g_string_new (NULL);
  guint errors = 0;

  for (guint i = 0; self->findings && i < g_list_model_get_n_items (self->findings); i++)
    {
      g_autoptr (SjFindingItem) f = g_list_model_get_item (self->findings, i);
      if (sj_finding_item_get_severity (f) != SJ_SEVERITY_ERROR)
        continue;
      if (errors++ < 3)
        g_string_append_printf (which, "\n• %s — %s", sj_finding_item_get_location (f),
                                sj_finding_item_get_message (f));
    }
  if (errors > 3)
    g_string_append_printf (which, "\n%s", _("… and more in the checker."));
  *n_errors = errors;
  if (errors == 0)
    return g_strdup ("");
  return g_strdup_printf (ngettext ("The checker found %u error in the plan:%s",
                                    "The checker found %u errors in the plan:%s", errors),
                          errors, which->str);
}

/* Export PDF: which parts, which digits, and what the checker found, then where. */
static void
export_pdf (SjWindow *self)
{
  ExportOptions *o;
  GtkWidget *dialog;
  AdwPreferencesGroup *group;
  guint n_parts, n_errors;
  const SjUiBookPart *parts = sj_ui_book_parts (&n_parts);
  const char *setting;
  g_autofree char *errors = NULL;

  if (self->doc == NULL)
    return;
  o = g_new0 (ExportOptions, 1);
  o->window = g_object_ref (self);
  o->builder = gtk_builder_new_from_resource ("/io/github/sujarit/Sujarit/ui/sj-export-options.ui");
  o->checks = g_ptr_array_new ();
  group = ADW_PREFERENCES_GROUP (gtk_builder_get_object (o->builder, "parts_group"));
  setting = sj_settings_get_parts (sj_plan_get_settings (sj_document_get_plan (self->doc)));
  for (guint i = 0; i < n_parts; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_auto (GStrv) names = g_strsplit_set (setting, " ,", -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(parts[i].label));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strv_contains ((const char *const *) names, parts[i].id));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (o->checks, check);
    }
  errors = errors_text (self, &n_errors);
  if (n_errors > 0)
    {
      GtkLabel *label = GTK_LABEL (gtk_builder_get_object (o->builder, "errors_label"));
      gtk_label_set_text (label, errors);
      gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export the Plan Book"),
                                   _("The book is written as a PDF: A4, with its contents, "
                                     "bookmarks and links."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      GTK_WIDGET (gtk_builder_get_object (o->builder, "options")));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), NULL);
  if (n_errors > 0)
    adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "show", _("_Show the Errors"),
                                      NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "export", _("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_options), o);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening ------------------------------------------------------------------------------------- */

static void
on_open_response (GtkNativeDialog *dialog, int response, SjWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      sj_application_open_file (SJ_APPLICATION (g_application_get_default ()), file,
                                GTK_WINDOW (self));
    }
  g_object_unref (dialog);
}

static void
open_dialog (SjWindow *self)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (
    _("Open a Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), plan_filter ());
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
on_drop (GtkDropTarget *target, const GValue *value, double x, double y, SjWindow *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l; l = l->next)
    sj_application_open_file (SJ_APPLICATION (g_application_get_default ()), l->data,
                              GTK_WINDOW (self));
  return files != NULL;
}

/* Actions ------------------------------------------------------------------------------------- */

static void
update_actions (SjWindow *self)
{
  gboolean has_doc = self->doc != NULL;
  SjModelObject *selected = has_doc ? selected_object (self) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_doc && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_doc && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_doc && sj_document_can_undo (self->doc));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_doc && sj_document_can_redo (self->doc));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy", SJ_IS_PROJECT (selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cut", SJ_IS_PROJECT (selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.paste",
                                 SJ_IS_PROJECT (selected) || SJ_IS_MISSION (selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.insert-from-library", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-to-library", SJ_IS_PROJECT (selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-drafts", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-from-plan", has_doc);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-up", selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-down", selected != NULL);
}

static void
action_open (GtkWidget *widget, const char *name, GVariant *param)
{
  open_dialog (SJ_WINDOW (widget));
}

static void
action_save (GtkWidget *widget, const char *name, GVariant *param)
{
  save (SJ_WINDOW (widget));
}

static void
action_save_as (GtkWidget *widget, const char *name, GVariant *param)
{
  save_as (SJ_WINDOW (widget));
}

static void
action_export (GtkWidget *widget, const char *name, GVariant *param)
{
  export_pdf (SJ_WINDOW (widget));
}

static void
action_undo (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  g_autofree char *message = NULL;

  if (self->doc == NULL || !sj_document_can_undo (self->doc))
    return;
  /* TRANSLATORS: a toast after undo; %s names the step */
  message = g_strdup_printf (_("Undone: %s"), sj_document_get_undo_name (self->doc));
  sj_document_undo (self->doc);
  if (*sj_document_get_redo_name (self->doc))
    sj_window_toast (self, message);
  update_actions (self);
}

static void
action_redo (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);

  if (self->doc == NULL || !sj_document_can_redo (self->doc))
    return;
  sj_document_redo (self->doc);
  update_actions (self);
}

/* Moving, copying and pasting the selected entry ---------------------------------------------- */

/* The selected dimension, mission or project, or NULL. */
static SjModelObject *
selected_object (SjWindow *self)
{
  g_autoptr (GObject) item = sj_window_get_selected (self);

  if (SJ_IS_DIMENSION (item) || SJ_IS_MISSION (item) || SJ_IS_PROJECT (item))
    return SJ_MODEL_OBJECT (item); /* the plan holds it */
  return NULL;
}

static void
action_move (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  SjModelObject *object = selected_object (self);
  int delta = g_strcmp0 (name, "win.move-up") == 0 ? -1 : 1;
  SjModelObject *parent;
  int index;
  guint n;

  if (object == NULL)
    return;
  parent = sj_model_object_get_parent (object);
  index = sj_model_object_get_index (object);
  n = sj_object_list_get_n_items (
    sj_model_object_get_list (parent, sj_model_object_get_parent_pspec (object)));
  if (index + delta < 0 || index + delta >= (int) n)
    {
      /* A project at the end of its mission goes on to the next (or previous) mission. */
      if (SJ_IS_PROJECT (object))
        {
          SjModelObject *dim = sj_model_object_get_parent (parent);
          int m = sj_model_object_get_index (parent) + delta;
          SjDimension *d = SJ_DIMENSION (dim);
          if (m >= 0 && m < (int) sj_dimension_get_n_missions (d))
            {
              SjMission *next = sj_dimension_get_mission_at (d, m);
              g_autoptr (SjModelObject) keep = g_object_ref (object);
              sj_document_move (self->doc, object, SJ_MODEL_OBJECT (next),
                                delta < 0 ? sj_mission_get_n_projects (next) : 0,
                                _("Move the project"));
              sj_window_select_object (self, keep);
            }
        }
      return;
    }
  {
    g_autoptr (SjModelObject) keep = g_object_ref (object);
    sj_document_move (self->doc, object, parent, index + delta,
                      delta < 0 ? _("Move up") : _("Move down"));
    sj_window_select_object (self, keep);
  }
}

static void
copy_project (SjWindow *self, SjProject *project)
{
  g_autoptr (GBytes) bytes = sj_fragment_from_project (project);
  g_autoptr (GBytes) text = g_bytes_new (sj_project_get_title (project),
                                         strlen (sj_project_get_title (project)));
  GdkContentProvider *providers[2] = {
    gdk_content_provider_new_for_bytes (SJ_FRAGMENT_MIME_TYPE, bytes),
    gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text),
  };
  g_autoptr (GdkContentProvider) union_ = gdk_content_provider_new_union (providers, 2);

  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), union_);
}

static void
action_copy (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  SjModelObject *object = selected_object (self);

  if (!SJ_IS_PROJECT (object))
    return;
  copy_project (self, SJ_PROJECT (object));
  if (g_strcmp0 (name, "win.cut") == 0)
    {
      g_autofree char *what = g_strdup_printf (_("the project “%s”"),
                                               sj_project_get_title (SJ_PROJECT (object)));
      sj_ui_remove (GTK_WIDGET (self), self->doc, object, what);
    }
  else
    sj_window_toast (self, _("Project copied"));
}

typedef struct
{
  SjWindow *self;
  SjMission *mission;
  guint position;
} PasteData;

static void
on_paste_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PasteData *d = user_data;
  SjWindow *self = d->self;
  const char *mime = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GInputStream) in = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, &mime,
                                                          &error);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autoptr (SjProject) project = NULL;

  if (in != NULL)
    bytes = g_input_stream_read_bytes (in, SJ_PLAN_FILE_MAX_SIZE, NULL, &error);
  if (bytes != NULL && self->doc != NULL)
    project = sj_fragment_to_project (bytes, sj_document_get_plan (self->doc), d->mission, notes,
                                      &error);
  if (project == NULL)
    sj_window_toast (self, _("The clipboard holds no project of Sujarit"));
  else
    {
      sj_document_begin_step (self->doc, _("Paste a project"));
      sj_mission_insert_project (d->mission, MIN (d->position, sj_mission_get_n_projects (d->mission)),
                                 project);
      sj_document_end_step (self->doc);
      sj_window_select_object (self, project);
      if (notes->len)
        sj_window_toast (self, g_strchomp (notes->str));
    }
  g_object_unref (d->mission);
  g_object_unref (d->self);
  g_free (d);
}

/* Pastes a copied project after the selected project, or at the end of the selected mission. */
static void
action_paste (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  SjModelObject *object = selected_object (self);
  const char *mimes[] = { SJ_FRAGMENT_MIME_TYPE, NULL };
  PasteData *d;

  if (SJ_IS_PROJECT (object))
    {
      d = g_new0 (PasteData, 1);
      d->mission = g_object_ref (SJ_MISSION (sj_model_object_get_parent (object)));
      d->position = sj_model_object_get_index (object) + 1;
    }
  else if (SJ_IS_MISSION (object))
    {
      d = g_new0 (PasteData, 1);
      d->mission = g_object_ref (SJ_MISSION (object));
      d->position = sj_mission_get_n_projects (SJ_MISSION (object));
    }
  else
    {
      sj_window_toast (self, _("Select a mission or a project to paste a project there"));
      return;
    }
  d->self = g_object_ref (self);
  gdk_clipboard_read_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), (const char **) mimes,
                            G_PRIORITY_DEFAULT, NULL, on_paste_read, d);
}

/* The library, the drafts, the next plan ------------------------------------------------------ */

static SjApplication *
application_of (SjWindow *self)
{
  return SJ_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

/* Inserts a project of the library after the selected project, into the selected mission, or
 * into the mission of the frame a standard project belongs to. */
static void
action_insert_from_library (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  SjModelObject *object = selected_object (self);
  g_autoptr (GError) error = NULL;
  SjCatalog *catalog = sj_application_get_catalog (application_of (self), &error);
  SjMission *mission = NULL;
  guint position = 0;

  if (catalog == NULL)
    {
      sj_window_show_error (self, _("The Library Cannot Be Opened"), error->message);
      return;
    }
  if (SJ_IS_PROJECT (object))
    {
      mission = SJ_MISSION (sj_model_object_get_parent (object));
      position = (guint) sj_model_object_get_index (object) + 1;
    }
  else if (SJ_IS_MISSION (object))
    {
      mission = SJ_MISSION (object);
      position = sj_mission_get_n_projects (mission);
    }
  gtk_window_present (GTK_WINDOW (sj_library_dialog_new (
    self, catalog, sj_application_get_user_db (application_of (self)), mission, position)));
}

static char *
mission_code (SjPlan *plan, SjMission *mission)
{
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    for (guint m = 0; m < sj_dimension_get_n_missions (sj_plan_get_dimension_at (plan, d)); m++)
      if (sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, d), m) == mission)
        return g_strdup_printf ("%u.%u", d + 1, m + 1);
  return g_strdup ("");
}

static void
action_save_to_library (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  SjModelObject *object = selected_object (self);
  SjUserDb *db = sj_application_get_user_db (application_of (self));
  g_autoptr (GError) error = NULL;
  g_autofree char *code = NULL;

  if (!SJ_IS_PROJECT (object) || db == NULL)
    return;
  code = mission_code (sj_document_get_plan (self->doc),
                       SJ_MISSION (sj_model_object_get_parent (object)));
  if (!sj_user_db_save_project (db, SJ_PROJECT (object), code, &error))
    sj_window_show_error (self, _("The Project Was Not Saved to the Library"), error->message);
  else
    sj_window_toast (self, _("Saved to the organisation's library"));
}

static void
action_show_drafts (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  GFile *file = self->doc ? sj_document_get_file (self->doc) : NULL;
  g_autofree char *uri = NULL;

  if (file == NULL)
    {
      sj_window_toast (self, _("The plan has no drafts yet: save it first"));
      return;
    }
  uri = g_file_get_uri (file);
  gtk_window_present (GTK_WINDOW (sj_drafts_dialog_new (application_of (self), self, uri)));
}

static void
on_new_from_response (AdwMessageDialog *dialog, const char *response, SjWindow *self)
{
  g_autoptr (SjPlan) plan = NULL;

  if (self->doc == NULL || (strcmp (response, "next") != 0 && strcmp (response, "revised") != 0))
    return;
  plan = sj_catalog_plan_from (sj_document_get_plan (self->doc), strcmp (response, "next") == 0);
  sj_application_open_new_plan (application_of (self), plan);
}

/* A new plan from this one: the plan of the next period, or a revised plan of the same years. */
static void
action_new_from_plan (GtkWidget *widget, const char *name, GVariant *param)
{
  SjWindow *self = SJ_WINDOW (widget);
  SjSettings *settings = sj_plan_get_settings (sj_document_get_plan (self->doc));
  int first = sj_settings_get_first_year (settings), years = sj_settings_get_years (settings);
  g_autofree char *body = g_strdup_printf (
    _("Both keep the projects and texts of this plan and leave out the numbers and dates of its "
      "ประกาศ and คำสั่ง, and the progress reported. The plan of the next period runs %d–%d."),
    first + years, first + 2 * years - 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("New Plan from This One"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "revised", _("_Revised Plan"), "next", _("_Next Period"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "next",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "next");
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_from_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Closing ------------------------------------------------------------------------------------- */

static void
on_close_response (AdwMessageDialog *dialog, const char *response, SjWindow *self)
{
  if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      save (self);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      /* Discarded on purpose: the draft goes with the changes. */
      if (self->draft_id != NULL)
        {
          sj_drafts_remove (self->draft_id);
          g_clear_pointer (&self->draft_id, g_free);
        }
      g_clear_signal_handler (&self->modified_handler, self->doc);
      sj_document_mark_saved (self->doc, sj_document_get_generation (self->doc));
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static gboolean
sj_window_close_request (GtkWindow *window)
{
  SjWindow *self = SJ_WINDOW (window);
  GtkWidget *dialog;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;

  if (self->saving)
    {
      self->close_after_save = TRUE; /* closes when the save is done */
      return TRUE;
    }
  if (self->doc == NULL || !sj_document_get_modified (self->doc))
    {
      if (self->draft_id != NULL)
        sj_drafts_remove (self->draft_id);
      return GTK_WINDOW_CLASS (sj_window_parent_class)->close_request (window);
    }
  title = sj_document_get_file (self->doc) ? g_file_get_basename (sj_document_get_file (self->doc))
                                           : g_strdup (_("Untitled plan"));
  body = g_strdup_printf (_("“%s” has changes that are not saved. If you close without saving, "
                            "they are lost."), title);
  dialog = adw_message_dialog_new (window, _("Save Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "discard", _("_Discard"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Life ---------------------------------------------------------------------------------------- */

static void
add_page (SjWindow *self, const char *name, GtkWidget *page)
{
  gtk_stack_add_named (self->page_stack, page, name);
  g_hash_table_insert (self->pages, g_strdup (name), page);
}

static void
sj_window_dispose (GObject *object)
{
  SjWindow *self = SJ_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->layout_cancel)
    g_cancellable_cancel (self->layout_cancel);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->check_cancel)
    g_cancellable_cancel (self->check_cancel);
  g_clear_object (&self->check_cancel);
  stop_monitor (self);
  if (self->doc != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->doc);
      g_clear_signal_handler (&self->title_handler, self->doc);
      g_clear_signal_handler (&self->modified_handler, self->doc);
    }
  if (self->pages)
    {
      GHashTableIter iter;
      gpointer page;
      g_hash_table_iter_init (&iter, self->pages);
      while (g_hash_table_iter_next (&iter, NULL, &page))
        sj_editor_page_bind (page, NULL, NULL, NULL);
      g_clear_pointer (&self->pages, g_hash_table_unref);
    }
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->doc);
  g_clear_pointer (&self->summary, sj_summary_free);
  g_clear_object (&self->findings);
  g_clear_handle_id (&self->layout_source, g_source_remove);
  g_clear_handle_id (&self->find_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_WINDOW);
  G_OBJECT_CLASS (sj_window_parent_class)->dispose (object);
}

static void
sj_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SjWindow *self = SJ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FINDINGS_VISIBLE:
      g_value_set_boolean (value, tool_shown (self, GTK_WIDGET (self->findings_panel)));
      break;
    case PROP_FIND_VISIBLE:
      g_value_set_boolean (value, tool_shown (self, GTK_WIDGET (self->find_panel)));
      break;
    case PROP_PREVIEW_VISIBLE:
      g_value_set_boolean (value, self->preview != NULL
                                    && gtk_widget_get_visible (GTK_WIDGET (self->preview)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Whether @tool (the checker or the find panel, which share the place under the preview) is
 * shown. */
static gboolean
tool_shown (SjWindow *self, GtkWidget *tool)
{
  return self->tools_stack != NULL && gtk_widget_get_visible (GTK_WIDGET (self->tools_stack))
         && gtk_stack_get_visible_child (self->tools_stack) == tool;
}

static void
show_tool (SjWindow *self, GtkWidget *tool, gboolean show)
{
  GtkWidget *other;

  if (self->tools_stack == NULL || show == tool_shown (self, tool))
    return;
  other = tool == GTK_WIDGET (self->find_panel) ? GTK_WIDGET (self->findings_panel)
                                                 : GTK_WIDGET (self->find_panel);
  if (show)
    {
      gtk_stack_set_visible_child (self->tools_stack, tool);
      gtk_widget_set_visible (GTK_WIDGET (self->tools_stack), TRUE);
      if (tool == GTK_WIDGET (self->find_panel))
        sj_find_panel_focus (self->find_panel);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->tools_stack), FALSE);
  update_side (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_FINDINGS_VISIBLE]);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_FIND_VISIBLE]);
  (void) other;
}

static void
sj_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SjWindow *self = SJ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FINDINGS_VISIBLE:
      show_tool (self, GTK_WIDGET (self->findings_panel), g_value_get_boolean (value));
      break;
    case PROP_FIND_VISIBLE:
      show_tool (self, GTK_WIDGET (self->find_panel), g_value_get_boolean (value));
      break;
    case PROP_PREVIEW_VISIBLE:
      if (self->preview != NULL
          && g_value_get_boolean (value) != gtk_widget_get_visible (GTK_WIDGET (self->preview)))
        {
          gtk_widget_set_visible (GTK_WIDGET (self->preview), g_value_get_boolean (value));
          update_side (self);
          if (g_value_get_boolean (value))
            schedule_layout (self, 0);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_window_finalize (GObject *object)
{
  SjWindow *self = SJ_WINDOW (object);

  g_free (self->etag);
  g_free (self->draft_id);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->layout_cancel);
  G_OBJECT_CLASS (sj_window_parent_class)->finalize (object);
}

static void
sj_window_class_init (SjWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sj_window_dispose;
  object_class->finalize = sj_window_finalize;
  object_class->constructed = sj_window_constructed;
  GTK_WINDOW_CLASS (klass)->close_request = sj_window_close_request;

  /**
   * SjWindow::plan-changed:
   *
   * Emitted after every change of the plan, once the totals are computed again
   * (sj_window_get_summary()): views showing totals, counts or numbers refresh on it.
   */
  signals[PLAN_CHANGED] = g_signal_new ("plan-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SjWindow:findings-visible:
   *
   * Whether the checker panel is shown beside the editor (the action win.show-findings, F8).
   */
  props[PROP_FINDINGS_VISIBLE] = g_param_spec_boolean ("findings-visible", NULL, NULL, FALSE,
                                                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS
                                                         | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * SjWindow:preview-visible:
   *
   * Whether the preview of the book is shown beside the editor (win.show-preview, F9).
   */
  props[PROP_PREVIEW_VISIBLE] = g_param_spec_boolean ("preview-visible", NULL, NULL, FALSE,
                                                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS
                                                        | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * SjWindow:find-visible:
   *
   * Whether the find panel is shown (win.show-find, Ctrl+F).
   */
  props[PROP_FIND_VISIBLE] = g_param_spec_boolean ("find-visible", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS
                                                     | G_PARAM_EXPLICIT_NOTIFY);
  object_class->get_property = sj_window_get_property;
  object_class->set_property = sj_window_set_property;
  g_object_class_install_properties (object_class, N_PROPS, props);

  g_type_ensure (SJ_TYPE_WELCOME);
  g_type_ensure (SJ_TYPE_FINDINGS_PANEL);
  g_type_ensure (SJ_TYPE_PREVIEW);
  g_type_ensure (SJ_TYPE_FIND_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SjWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, outline_view);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, total_label);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, findings_label);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, findings_panel);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, side_split);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, tools_stack);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, find_panel);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, SjWindow, save_state_label);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, action_save_as);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, action_redo);
  gtk_widget_class_install_action (widget_class, "win.move-up", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "win.move-down", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "win.copy", NULL, action_copy);
  gtk_widget_class_install_action (widget_class, "win.cut", NULL, action_copy);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, action_paste);
  gtk_widget_class_install_property_action (widget_class, "win.show-findings", "findings-visible");
  gtk_widget_class_install_property_action (widget_class, "win.show-preview", "preview-visible");
  gtk_widget_class_install_property_action (widget_class, "win.show-find", "find-visible");
  gtk_widget_class_install_action (widget_class, "win.print", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "win.insert-from-library", NULL,
                                   action_insert_from_library);
  gtk_widget_class_install_action (widget_class, "win.save-to-library", NULL, action_save_to_library);
  gtk_widget_class_install_action (widget_class, "win.show-drafts", NULL, action_show_drafts);
  gtk_widget_class_install_action (widget_class, "win.new-from-plan", NULL, action_new_from_plan);
}

static void
sj_window_init (SjWindow *self)
{
  GtkListItemFactory *factory;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (outline_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (outline_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (outline_unbind), self);
  gtk_list_view_set_factory (self->outline_view, factory);
  g_object_unref (factory);

  sj_pages_add_all (self, add_page);

  /* In the outline, Ctrl+C, Ctrl+X and Ctrl+V copy, cut and paste projects; in text fields they
   * stay the text's. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();
    static const struct
    {
      const char *accel;
      const char *action;
    } keys[] = { { "<Control>c", "win.copy" }, { "<Control>x", "win.cut" },
                 { "<Control>v", "win.paste" } };
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        gtk_shortcut_controller_add_shortcut (
          GTK_SHORTCUT_CONTROLLER (shortcuts),
          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].accel),
                            gtk_named_action_new (keys[i].action)));
      }
    gtk_widget_add_controller (GTK_WIDGET (self->outline_view), shortcuts);
  }

  g_signal_connect (self->findings_panel, "finding-activated", G_CALLBACK (on_finding_activated),
                    self);
  g_signal_connect (self->preview, "source-activated", G_CALLBACK (on_source_activated), self);
  g_signal_connect (self->find_panel, "match-activated", G_CALLBACK (on_match_activated), self);
  g_signal_connect (self->find_panel, "replaced", G_CALLBACK (on_replaced), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  sj_window_set_document (self, NULL);
}

/* The panels beside the editor are shown as the preferences say, and the preferences follow
 * what the user last chose. */
static void
on_panel_toggled (SjWindow *self, GParamSpec *pspec, GSettings *settings)
{
  gboolean shown;
  g_object_get (self, pspec->name, &shown, NULL);
  g_settings_set_boolean (settings, pspec->name, shown);
}

static void
sj_window_constructed (GObject *object)
{
  SjWindow *self = SJ_WINDOW (object);
  GApplication *app = g_application_get_default ();

  G_OBJECT_CLASS (sj_window_parent_class)->constructed (object);
  if (SJ_IS_APPLICATION (app))
    {
      GSettings *settings = sj_application_get_settings (SJ_APPLICATION (app));
      g_object_set (self, "preview-visible", g_settings_get_boolean (settings, "preview-visible"),
                    "findings-visible", g_settings_get_boolean (settings, "findings-visible"),
                    NULL);
      g_signal_connect_object (self, "notify::preview-visible", G_CALLBACK (on_panel_toggled),
                               settings, 0);
      g_signal_connect_object (self, "notify::findings-visible", G_CALLBACK (on_panel_toggled),
                               settings, 0);
    }
}

SjWindow *
sj_window_new (GtkApplication *app)
{
  return g_object_new (SJ_TYPE_WINDOW, "application", app, NULL);
}
