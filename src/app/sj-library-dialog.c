/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-library"
#include "config.h"

#include "sj-library-dialog.h"

#include "sj-fragment.h"
#include "sj-ui.h"
#include "sj-user-db.h"

#include <glib/gi18n.h>

/**
 * SjLibraryDialog:
 *
 * Inserts a project from the library into the plan of a window: the organisation's own projects
 * (saved from its plans) first, then the standard projects of the catalogue, found by any part
 * of a word of their title or text, each previewed as its form will read in this plan. The
 * project goes after the selected project, into the selected mission, or, for a standard
 * project, into the mission of the frame it belongs to; it is one step of the document (undo
 * takes it away).
 */
struct _SjLibraryDialog
{
  AdwWindow parent_instance;

  AdwToastOverlay *toasts;
  GtkButton *insert_button;
  GtkSearchEntry *search_entry;
  GtkListBox *list;
  GtkLabel *preview_label;

  SjWindow *window;
  SjCatalog *catalog;
  SjUserDb *db;
  SjMission *mission; /* where it goes, or NULL */
  guint position;
  GPtrArray *entries; /* of SjLibraryEntry, as listed */
  GPtrArray *mine;    /* of gboolean as pointers: the entry is the organisation's */
};

G_DEFINE_FINAL_TYPE (SjLibraryDialog, sj_library_dialog, ADW_TYPE_WINDOW)

static SjPlan *
plan_of (SjLibraryDialog *self)
{
  SjDocument *doc = sj_window_get_document (self->window);
  return doc ? sj_document_get_plan (doc) : NULL;
}

/* The project of the selected row, made for the plan (not added); %NULL and @error. */
static SjProject *
make_project (SjLibraryDialog *self, guint index, SjMission **mission, GString *notes,
              GError **error)
{
  SjLibraryEntry *e = g_ptr_array_index (self->entries, index);
  SjPlan *plan = plan_of (self);

  if (plan == NULL)
    return NULL;
  if (GPOINTER_TO_INT (g_ptr_array_index (self->mine, index)))
    {
      g_autoptr (GBytes) bytes = sj_user_db_project_fragment (self->db, e->id, error);
      SjMission *to = self->mission;
      if (bytes == NULL)
        return NULL;
      if (to == NULL)
        {
          guint d = 0, m = 0;
          if (sscanf (e->mission, "%u.%u", &d, &m) == 2 && d >= 1 && d <= sj_plan_get_n_dimensions (plan)
              && m >= 1 && m <= sj_dimension_get_n_missions (sj_plan_get_dimension_at (plan, d - 1)))
            to = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, d - 1), m - 1);
        }
      if (to == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("Select the mission the project goes to"));
          return NULL;
        }
      *mission = to;
      return sj_fragment_to_project (bytes, plan, to, notes, error);
    }
  return sj_catalog_make_project (self->catalog, plan, e->id, self->mission, mission, notes, error);
}

static void
on_row_selected (SjLibraryDialog *self)
{
  GtkListBoxRow *row;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autoptr (SjProject) project = NULL;
  g_autofree char *markup = NULL;
  SjMission *mission = NULL;

  if (self->list == NULL || self->window == NULL)
    return;
  row = gtk_list_box_get_selected_row (self->list);
  gtk_widget_set_sensitive (GTK_WIDGET (self->insert_button), row != NULL);
  if (row == NULL)
    {
      gtk_label_set_text (self->preview_label, "");
      return;
    }
  project = make_project (self, (guint) gtk_list_box_row_get_index (row), &mission, notes, &error);
  if (project == NULL)
    {
      gtk_label_set_text (self->preview_label, error ? error->message : "");
      return;
    }
  markup = sj_ui_project_preview_markup (project, NULL);
  gtk_label_set_markup (self->preview_label, markup);
}

static GtkWidget *
make_row (SjLibraryDialog *self, SjLibraryEntry *e, gboolean mine)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  SjPlan *plan = plan_of (self);

  if (!mine && plan != NULL)
    {
      g_autoptr (GHashTable) values = sj_catalog_values (self->catalog, sj_plan_get_organisation (plan), NULL);
      title = sj_catalog_expand (values, e->title, NULL, NULL);
    }
  subtitle = g_strdup_printf ("%s · %s · %s", mine ? _("Your organisation's") : _("Standard"),
                              e->mission, sj_project_type_label (e->type));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : e->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  return row;
}

static void
fill (SjLibraryDialog *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) standard = NULL;
  g_autoptr (GPtrArray) own = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->entries, 0);
  g_ptr_array_set_size (self->mine, 0);
  if (self->db != NULL)
    own = sj_user_db_projects (self->db, query, NULL);
  standard = sj_catalog_projects (self->catalog, NULL, query, &error);
  if (standard == NULL)
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *list = pass == 0 ? own : standard;
      for (guint i = 0; list && i < list->len; i++)
        {
          SjLibraryEntry *e = g_ptr_array_steal_index (list, i--);
          gtk_list_box_append (self->list, make_row (self, e, pass == 0));
          g_ptr_array_add (self->entries, e);
          g_ptr_array_add (self->mine, GINT_TO_POINTER (pass == 0));
        }
    }
  if (self->entries->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No project of the library holds this text"));
      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_set_margin_top (empty, 24);
      gtk_widget_set_margin_bottom (empty, 24);
      gtk_list_box_set_placeholder (self->list, empty);
    }
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
}

static void
on_search_changed (SjLibraryDialog *self)
{
  fill (self);
}

static void
on_insert (SjLibraryDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autoptr (SjProject) project = NULL;
  SjDocument *doc = sj_window_get_document (self->window);
  SjMission *mission = NULL;
  guint position;

  if (row == NULL || doc == NULL)
    return;
  project = make_project (self, (guint) gtk_list_box_row_get_index (row), &mission, notes, &error);
  if (project == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  position = mission == self->mission ? MIN (self->position, sj_mission_get_n_projects (mission))
                                      : sj_mission_get_n_projects (mission);
  sj_document_begin_step (doc, _("Insert a project from the library"));
  sj_mission_insert_project (mission, position, project);
  sj_document_end_step (doc);
  sj_window_select_object (self->window, project);
  if (notes->len)
    sj_window_toast (self->window, g_strchomp (notes->str));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sj_library_dialog_dispose (GObject *object)
{
  SjLibraryDialog *self = SJ_LIBRARY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_LIBRARY_DIALOG);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->mine, g_ptr_array_unref);
  g_clear_object (&self->mission);
  g_clear_object (&self->window);
  G_OBJECT_CLASS (sj_library_dialog_parent_class)->dispose (object);
}

static void
sj_library_dialog_class_init (SjLibraryDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_library_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-library-dialog.ui");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_bind_template_child (widget_class, SjLibraryDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, SjLibraryDialog, insert_button);
  gtk_widget_class_bind_template_child (widget_class, SjLibraryDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SjLibraryDialog, list);
  gtk_widget_class_bind_template_child (widget_class, SjLibraryDialog, preview_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_insert);
}

static void
sj_library_dialog_init (SjLibraryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_library_entry_free);
  self->mine = g_ptr_array_new ();
}

/**
 * sj_library_dialog_new:
 * @mission: (nullable): the mission the project goes to, at @position
 * @db: (nullable): the user's database (the organisation's projects)
 */
SjLibraryDialog *
sj_library_dialog_new (SjWindow *window, SjCatalog *catalog, SjUserDb *db, SjMission *mission,
                       guint position)
{
  SjLibraryDialog *self = g_object_new (SJ_TYPE_LIBRARY_DIALOG, "transient-for", window, NULL);

  self->window = g_object_ref (window);
  self->catalog = catalog;
  self->db = db;
  self->mission = mission ? g_object_ref (mission) : NULL;
  self->position = position;
  fill (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}
