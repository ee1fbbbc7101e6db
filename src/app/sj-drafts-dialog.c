/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-drafts-dialog"
#include "config.h"

#include "sj-drafts-dialog.h"

#include "sj-date.h"
#include "sj-diff.h"
#include "sj-money.h"

#include <glib/gi18n.h>

/**
 * SjDraftsDialog:
 *
 * The history of the drafts of the plan of a window (one at every save, in the user's
 * database): when each was saved, its projects and total. One draft selected is compared with
 * the plan as it is now, two with each other (the older to the newer); a draft opens as a new
 * plan, leaving the open one as it is.
 */
struct _SjDraftsDialog
{
  AdwWindow parent_instance;

  AdwToastOverlay *toasts;
  GtkButton *restore_button;
  GtkListBox *list;
  GtkLabel *comparison_label;
  AdwEntryRow *comment_row;

  SjApplication *app;
  SjWindow *window;
  SjUserDb *db;
  GPtrArray *drafts; /* of SjSnapshot, newest first */
};

G_DEFINE_FINAL_TYPE (SjDraftsDialog, sj_drafts_dialog, ADW_TYPE_WINDOW)

static char *
when (GDateTime *time)
{
  g_autoptr (GDateTime) local = g_date_time_to_local (time);
  SjDate date = { (guint16) (g_date_time_get_year (local) + 543), (guint8) g_date_time_get_month (local),
                  (guint8) g_date_time_get_day_of_month (local) };
  g_autofree char *day = sj_date_format (&date, SJ_DATE_STYLE_ABBREV, FALSE);
  g_autofree char *clock = g_date_time_format (local, "%H:%M");
  return g_strdup_printf ("%s %s", day, clock);
}

static GList *
selected (SjDraftsDialog *self)
{
  return gtk_list_box_get_selected_rows (self->list);
}

static SjSnapshot *
draft_of (SjDraftsDialog *self, GtkListBoxRow *row)
{
  return g_ptr_array_index (self->drafts, gtk_list_box_row_get_index (row));
}

static void
show_comparison (SjDraftsDialog *self, SjPlan *older, SjPlan *newer, const char *heading)
{
  g_autoptr (GPtrArray) changes = sj_diff_plans (older, newer);
  g_autoptr (GString) markup = g_string_new (NULL);
  g_autofree char *h = g_markup_escape_text (heading, -1);

  g_string_append_printf (markup, "<b>%s</b>\n", h);
  if (changes->len == 0)
    g_string_append_printf (markup, "\n%s", _("No difference"));
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = sj_diff_change_to_string (changes->pdata[i]);
      g_autofree char *escaped = g_markup_escape_text (line, -1);
      g_string_append_printf (markup, "\n%s", escaped);
    }
  gtk_label_set_markup (self->comparison_label, markup->str);
}

static void
on_selection_changed (SjDraftsDialog *self)
{
  g_autoptr (GList) rows = NULL;
  guint n;
  g_autoptr (GError) error = NULL;

  if (self->list == NULL || self->window == NULL)
    return;
  rows = selected (self);
  n = g_list_length (rows);

  gtk_widget_set_sensitive (GTK_WIDGET (self->restore_button), n == 1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->comment_row), n == 1);
  gtk_editable_set_text (GTK_EDITABLE (self->comment_row),
                         n == 1 ? draft_of (self, rows->data)->comment : "");
  if (n == 0)
    {
      gtk_label_set_text (self->comparison_label, "");
      return;
    }
  if (n == 1)
    {
      SjSnapshot *s = draft_of (self, rows->data);
      g_autoptr (SjPlan) draft = sj_user_db_load_snapshot (self->db, s->id, &error);
      SjDocument *doc = sj_window_get_document (self->window);
      g_autofree char *time = when (s->saved);
      g_autofree char *heading = g_strdup_printf (_("From the draft of %s to the plan as it is now"), time);
      if (draft == NULL || doc == NULL)
        {
          gtk_label_set_text (self->comparison_label, error ? error->message : "");
          return;
        }
      show_comparison (self, draft, sj_document_get_plan (doc), heading);
      return;
    }
  {
    /* The list is newest first: the row further down is the older draft */
    GtkListBoxRow *a = rows->data, *b = rows->next->data;
    GtkListBoxRow *older = gtk_list_box_row_get_index (a) > gtk_list_box_row_get_index (b) ? a : b;
    GtkListBoxRow *newer = older == a ? b : a;
    SjSnapshot *so = draft_of (self, older), *sn = draft_of (self, newer);
    g_autoptr (SjPlan) po = sj_user_db_load_snapshot (self->db, so->id, &error);
    g_autoptr (SjPlan) pn = po ? sj_user_db_load_snapshot (self->db, sn->id, &error) : NULL;
    g_autofree char *to = when (so->saved);
    g_autofree char *tn = when (sn->saved);
    g_autofree char *heading = g_strdup_printf (_("From the draft of %s to the draft of %s"), to, tn);
    if (pn == NULL)
      {
        gtk_label_set_text (self->comparison_label, error->message);
        return;
      }
    show_comparison (self, po, pn, heading);
  }
}

static char *
row_subtitle (SjSnapshot *s)
{
  g_autofree char *total = sj_money_format (s->total, SJ_MONEY_DECIMALS_AUTO, TRUE);
  g_autofree char *subtitle = g_strdup_printf (
    ngettext ("%u project, %s baht", "%u projects, %s baht", s->n_projects), s->n_projects, total);
  return *s->comment ? g_strdup_printf ("%s\n%s", subtitle, s->comment) : g_steal_pointer (&subtitle);
}

static void
on_comment_apply (SjDraftsDialog *self)
{
  g_autoptr (GList) rows = selected (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *subtitle = NULL;
  SjSnapshot *s;
  const char *text;

  if (g_list_length (rows) != 1)
    return;
  s = draft_of (self, rows->data);
  text = gtk_editable_get_text (GTK_EDITABLE (self->comment_row));
  if (!sj_user_db_set_snapshot_comment (self->db, s->id, text, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  g_free (s->comment);
  s->comment = g_strstrip (g_strdup (text));
  subtitle = row_subtitle (s);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (rows->data), subtitle);
}

static void
on_restore (SjDraftsDialog *self)
{
  g_autoptr (GList) rows = selected (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = NULL;

  if (g_list_length (rows) != 1)
    return;
  plan = sj_user_db_load_snapshot (self->db, draft_of (self, rows->data)->id, &error);
  if (plan == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  sj_application_open_new_plan (self->app, plan);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fill (SjDraftsDialog *self, const char *uri)
{
  g_autoptr (GError) error = NULL;

  self->drafts = self->db ? sj_user_db_snapshots (self->db, uri, &error) : NULL;
  if (self->drafts == NULL)
    self->drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_snapshot_free);
  for (guint i = 0; i < self->drafts->len; i++)
    {
      SjSnapshot *s = self->drafts->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *time = when (s->saved);
      g_autofree char *full = row_subtitle (s);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), time);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), full);
      gtk_list_box_append (self->list, row);
    }
  if (self->drafts->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No draft yet: every save of this plan is kept here"));
      gtk_widget_add_css_class (empty, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
      gtk_widget_set_margin_top (empty, 24);
      gtk_widget_set_margin_bottom (empty, 24);
      gtk_list_box_set_placeholder (self->list, empty);
    }
  else
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
}

static void
sj_drafts_dialog_dispose (GObject *object)
{
  SjDraftsDialog *self = SJ_DRAFTS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_DRAFTS_DIALOG);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_object (&self->window);
  G_OBJECT_CLASS (sj_drafts_dialog_parent_class)->dispose (object);
}

static void
sj_drafts_dialog_class_init (SjDraftsDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_drafts_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-drafts-dialog.ui");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_bind_template_child (widget_class, SjDraftsDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, SjDraftsDialog, restore_button);
  gtk_widget_class_bind_template_child (widget_class, SjDraftsDialog, list);
  gtk_widget_class_bind_template_child (widget_class, SjDraftsDialog, comparison_label);
  gtk_widget_class_bind_template_child (widget_class, SjDraftsDialog, comment_row);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_restore);
}

static void
sj_drafts_dialog_init (SjDraftsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sj_drafts_dialog_new:
 * @uri: the plan's file, whose drafts are listed
 */
SjDraftsDialog *
sj_drafts_dialog_new (SjApplication *app, SjWindow *window, const char *uri)
{
  SjDraftsDialog *self = g_object_new (SJ_TYPE_DRAFTS_DIALOG, "transient-for", window, NULL);

  self->app = app;
  self->window = g_object_ref (window);
  self->db = sj_application_get_user_db (app);
  fill (self, uri);
  return self;
}
