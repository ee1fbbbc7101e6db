/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-outline-row"
#include "config.h"

#include "sj-outline-row.h"

#include "sj-outline.h"
#include "sj-window.h"

#include "sj-ui.h"

#include <glib/gi18n.h>

/* A row of the outline: what the entry is, and beside it its count and total, which follow every
 * edit (the window tells its rows after computing the totals again). */
struct _SjOutlineRow
{
  GtkWidget parent_instance;
  GtkTreeExpander *expander;
  GtkImage *icon;
  GtkLabel *title;
  GtkLabel *info;

  SjWindow *window;
  gulong changed_handler;
};

G_DEFINE_FINAL_TYPE (SjOutlineRow, sj_outline_row, GTK_TYPE_WIDGET)

static char *
totals_text (const SjTotals *t)
{
  g_autofree char *amount = NULL;

  if (t == NULL)
    return g_strdup ("");
  amount = sj_money_format (t->total, SJ_MONEY_DECIMALS_NEVER, TRUE);
  /* TRANSLATORS: beside a dimension or mission in the outline: projects · baht */
  return g_strdup_printf (_("%u · %s"), t->n_projects, amount);
}

static void
refresh (SjOutlineRow *self)
{
  GtkTreeListRow *row = gtk_tree_expander_get_list_row (self->expander);
  g_autoptr (GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  SjSummary *summary = self->window ? sj_window_get_summary (self->window) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *info = NULL;
  g_autofree char *tooltip = NULL;

  if (item == NULL || summary == NULL)
    return;
  title = sj_outline_describe (item, TRUE);
  if (SJ_IS_OUTLINE_ITEM (item))
    {
      const char *icon = sj_outline_item_get_icon_name (SJ_OUTLINE_ITEM (item));
      gtk_image_set_from_icon_name (self->icon, icon);
      gtk_widget_set_visible (GTK_WIDGET (self->icon), icon != NULL);
      if (sj_outline_item_get_kind (SJ_OUTLINE_ITEM (item)) == SJ_OUTLINE_BUDGET)
        info = totals_text (sj_summary_get_plan_totals (summary));
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->icon), FALSE);
      if (SJ_IS_DIMENSION (item))
        info = totals_text (sj_summary_get_dimension_totals (
          summary, sj_model_object_get_index (SJ_MODEL_OBJECT (item))));
      else if (SJ_IS_MISSION (item))
        info = totals_text (sj_summary_get_mission_totals (summary, SJ_MISSION (item)));
      else if (SJ_IS_PROJECT (item))
        {
          guint number = sj_summary_get_project_number (summary, SJ_PROJECT (item));
          SjMoney total = 0;
          for (guint y = 0; y < sj_summary_get_n_years (summary); y++)
            total = sj_money_add (total, sj_project_get_amount (SJ_PROJECT (item),
                                                                 sj_summary_get_first_year (summary) + y));
          g_free (title);
          title = g_strdup_printf ("%u. %s", number, sj_project_get_title (SJ_PROJECT (item)));
          info = total == 0 ? g_strdup (_("no budget"))
                            : sj_money_format (total, SJ_MONEY_DECIMALS_NEVER, TRUE);
        }
    }
  /* Only what changed is set: every visible row is refreshed after every keystroke. */
  if (g_strcmp0 (gtk_label_get_text (self->title), title) != 0)
    gtk_label_set_text (self->title, title);
  if (g_strcmp0 (gtk_label_get_text (self->info), info ? info : "") != 0)
    gtk_label_set_text (self->info, info ? info : "");
  tooltip = info && *info ? g_strdup_printf ("%s — %s", title, info) : g_strdup (title);
  {
    const char *current = gtk_widget_get_tooltip_text (GTK_WIDGET (self));
    if (g_strcmp0 (current, tooltip) != 0)
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  }
}

void
sj_outline_row_bind (SjOutlineRow *self, GtkTreeListRow *row, SjWindow *window)
{
  if (self->window != NULL)
    g_clear_signal_handler (&self->changed_handler, self->window);
  self->window = window;
  gtk_tree_expander_set_list_row (self->expander, row);
  if (window != NULL)
    {
      self->changed_handler = g_signal_connect_swapped (window, "plan-changed",
                                                        G_CALLBACK (refresh), self);
      refresh (self);
    }
}

/* Drag and drop: a project dragged onto a mission goes to its end; onto a project, before it. */
static GdkContentProvider *
on_drag_prepare (GtkDragSource *source, double x, double y, SjOutlineRow *self)
{
  GtkTreeListRow *row = gtk_tree_expander_get_list_row (self->expander);
  g_autoptr (GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (!SJ_IS_PROJECT (item))
    return NULL;
  return gdk_content_provider_new_typed (SJ_TYPE_PROJECT, item);
}

static gboolean
on_drop (GtkDropTarget *target, const GValue *value, double x, double y, SjOutlineRow *self)
{
  GtkTreeListRow *row = gtk_tree_expander_get_list_row (self->expander);
  g_autoptr (GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  SjProject *project = g_value_get_object (value);
  SjDocument *doc = self->window ? sj_window_get_document (self->window) : NULL;
  SjModelObject *mission;
  guint position;

  if (doc == NULL || project == NULL || (gpointer) item == (gpointer) project
      || sj_model_object_get_root (SJ_MODEL_OBJECT (project))
           != SJ_MODEL_OBJECT (sj_document_get_plan (doc)))
    return FALSE;
  if (SJ_IS_MISSION (item))
    {
      mission = SJ_MODEL_OBJECT (item);
      position = sj_mission_get_n_projects (SJ_MISSION (item));
      if (sj_model_object_get_parent (SJ_MODEL_OBJECT (project)) == mission)
        position--;
    }
  else if (SJ_IS_PROJECT (item))
    {
      int from = sj_model_object_get_index (SJ_MODEL_OBJECT (project));
      mission = sj_model_object_get_parent (SJ_MODEL_OBJECT (item));
      position = sj_model_object_get_index (SJ_MODEL_OBJECT (item));
      if (sj_model_object_get_parent (SJ_MODEL_OBJECT (project)) == mission && from < (int) position)
        position--;
    }
  else
    return FALSE;
  sj_document_move (doc, SJ_MODEL_OBJECT (project), mission, position, _("Move the project"));
  sj_window_select_object (self->window, project);
  return TRUE;
}

static void
sj_outline_row_dispose (GObject *object)
{
  SjOutlineRow *self = SJ_OUTLINE_ROW (object);

  if (self->window != NULL)
    g_clear_signal_handler (&self->changed_handler, self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_OUTLINE_ROW);
  sj_widget_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (sj_outline_row_parent_class)->dispose (object);
}

static void
sj_outline_row_class_init (SjOutlineRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_outline_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-outline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SjOutlineRow, expander);
  gtk_widget_class_bind_template_child (widget_class, SjOutlineRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SjOutlineRow, title);
  gtk_widget_class_bind_template_child (widget_class, SjOutlineRow, info);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sj_outline_row_init (SjOutlineRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (SJ_TYPE_PROJECT, GDK_ACTION_MOVE);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

SjOutlineRow *
sj_outline_row_new (void)
{
  return g_object_new (SJ_TYPE_OUTLINE_ROW, NULL);
}
