/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-welcome"
#include "config.h"

#include "sj-welcome.h"

#include "sj-application.h"
#include "sj-ui.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/* What a window shows when no plan is open: start a plan, open one, a recent one, an example. */
struct _SjWelcome
{
  GtkWidget parent_instance;
  AdwPreferencesGroup *recent_group;
  GtkListBox *recent_list;
  GtkRecentManager *recent;
  gulong recent_handler;
};

G_DEFINE_FINAL_TYPE (SjWelcome, sj_welcome, GTK_TYPE_WIDGET)

#define MAX_RECENT 6

static void
on_recent_activated (AdwActionRow *row, SjWelcome *self)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr (GFile) file = g_file_new_for_uri (uri);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  sj_application_open_file (SJ_APPLICATION (g_application_get_default ()), file,
                            GTK_WINDOW (root));
}

static int
compare_recent (gconstpointer a, gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *tb = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);
  return g_date_time_compare (tb, ta);
}

static void
fill_recent (SjWelcome *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent);
  g_autoptr (GPtrArray) plans = g_ptr_array_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (GList *l = items; l; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      if (g_str_has_suffix (gtk_recent_info_get_uri (info), ".sujarit")
          && gtk_recent_info_exists (info))
        g_ptr_array_add (plans, info);
    }
  g_ptr_array_sort (plans, compare_recent);
  for (guint i = 0; i < MIN (plans->len, MAX_RECENT); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (plans, i);
      GtkWidget *row = adw_action_row_new ();
      g_autoptr (GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autoptr (GFile) parent = g_file_get_parent (file);
      g_autofree char *folder = parent ? g_file_get_parse_name (parent) : g_strdup ("");
      g_autofree char *name = g_markup_escape_text (gtk_recent_info_get_display_name (info), -1);
      g_autofree char *folder_escaped = g_markup_escape_text (folder, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder_escaped);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (gtk_recent_info_get_uri (info)),
                              g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_recent_activated), self);
      gtk_list_box_append (self->recent_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), plans->len > 0);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
sj_welcome_dispose (GObject *object)
{
  SjWelcome *self = SJ_WELCOME (object);

  if (self->recent_handler)
    g_clear_signal_handler (&self->recent_handler, self->recent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_WELCOME);
  sj_widget_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (sj_welcome_parent_class)->dispose (object);
}

static void
sj_welcome_class_init (SjWelcomeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_welcome_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-welcome.ui");
  gtk_widget_class_bind_template_child (widget_class, SjWelcome, recent_group);
  gtk_widget_class_bind_template_child (widget_class, SjWelcome, recent_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sj_welcome_init (SjWelcome *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->recent = gtk_recent_manager_get_default ();
  self->recent_handler = g_signal_connect_swapped (self->recent, "changed",
                                                   G_CALLBACK (fill_recent), self);
  fill_recent (self);
}
