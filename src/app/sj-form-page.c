/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-form-page"
#include "config.h"

#include "sj-form-page.h"

#include "sj-ui.h"
#include "sj-window.h"

typedef struct
{
  GtkScrolledWindow *scrolled;
  GtkLabel *title;
  GtkLabel *description;
  GtkBox *actions;
  GtkBox *content;

  SjDocument *doc;
  gpointer object;
  SjOutlineItem *item;
  GPtrArray *watches; /* of Watch: objects whose change rebuilds the page */
  guint rebuild_source;
} SjFormPagePrivate;

typedef struct
{
  GObject *object;
  gulong handler;
} Watch;

static void sj_form_page_iface_init (SjEditorPageInterface *iface);

G_DEFINE_TYPE_WITH_CODE (SjFormPage, sj_form_page, GTK_TYPE_WIDGET,
                         G_ADD_PRIVATE (SjFormPage)
                         G_IMPLEMENT_INTERFACE (SJ_TYPE_EDITOR_PAGE, sj_form_page_iface_init))

#define PRIV(o) ((SjFormPagePrivate *) sj_form_page_get_instance_private (o))

static void
watch_free (gpointer data)
{
  Watch *w = data;
  g_signal_handler_disconnect (w->object, w->handler);
  g_object_unref (w->object);
  g_free (w);
}

static void
clear (SjFormPage *self)
{
  SjFormPagePrivate *priv = PRIV (self);
  GtkWidget *child;

  g_ptr_array_set_size (priv->watches, 0);
  g_clear_handle_id (&priv->rebuild_source, g_source_remove);
  /* Bound list boxes let go of their models first, so no row outlives its binding. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (priv->content))) != NULL)
    gtk_box_remove (priv->content, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (priv->actions))) != NULL)
    gtk_box_remove (priv->actions, child);
}

static void
build (SjFormPage *self)
{
  SjFormPagePrivate *priv = PRIV (self);

  clear (self);
  if (priv->doc == NULL || priv->object == NULL)
    return;
  SJ_FORM_PAGE_GET_CLASS (self)->build (self, priv->doc, priv->object, priv->item,
                                        priv->content);
}

static void
sj_form_page_bind (SjEditorPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item)
{
  SjFormPage *self = SJ_FORM_PAGE (page);
  SjFormPagePrivate *priv = PRIV (self);
  gboolean same = priv->doc == doc && priv->object == object && priv->item == item;

  g_set_object (&priv->doc, doc);
  g_set_object (&priv->object, doc ? object : NULL);
  if (doc == NULL)
    item = NULL;
  g_set_object (&priv->item, item);
  if (!same || doc == NULL)
    {
      build (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (priv->scrolled), 0);
    }
}

static void
sj_form_page_iface_init (SjEditorPageInterface *iface)
{
  iface->bind = sj_form_page_bind;
}

SjDocument *
sj_form_page_get_document (SjFormPage *self)
{
  return PRIV (self)->doc;
}

gpointer
sj_form_page_get_object (SjFormPage *self)
{
  return PRIV (self)->object;
}

SjWindow *
sj_form_page_get_window (SjFormPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return SJ_IS_WINDOW (root) ? SJ_WINDOW (root) : NULL;
}

void
sj_form_page_set_title (SjFormPage *self, const char *title, const char *description)
{
  SjFormPagePrivate *priv = PRIV (self);

  gtk_label_set_text (priv->title, title);
  gtk_label_set_text (priv->description, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->description), description && *description);
}

void
sj_form_page_add_action (SjFormPage *self, GtkWidget *button)
{
  gtk_box_append (PRIV (self)->actions, button);
}

/**
 * sj_form_page_add_choice:
 * @labels: the choices, as the page shows them
 * @selected: the one shown selected
 * @name: what the choice is, for the screen reader
 *
 * A drop-down among the page's actions (a fiscal year, a round); @on_selected is connected to
 * its notify::selected. Returns: (transfer none): the drop-down.
 */
GtkWidget *
sj_form_page_add_choice (SjFormPage *self, GtkStringList *labels, guint selected, const char *name,
                         GCallback on_selected, gpointer data)
{
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  g_signal_connect (dropdown, "notify::selected", on_selected, data);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  sj_form_page_add_action (self, dropdown);
  return dropdown;
}

static gboolean
rebuild_idle (gpointer data)
{
  SjFormPage *self = data;
  SjFormPagePrivate *priv = PRIV (self);
  double scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (priv->scrolled));

  priv->rebuild_source = 0;
  build (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (priv->scrolled), scroll);
  return G_SOURCE_REMOVE;
}

/* Builds the page again (soon, once): its shape depends on something that changed. */
void
sj_form_page_rebuild (SjFormPage *self)
{
  SjFormPagePrivate *priv = PRIV (self);

  if (priv->rebuild_source == 0)
    priv->rebuild_source = g_idle_add (rebuild_idle, self);
}

static void
on_watched (GObject *object, GParamSpec *pspec, SjFormPage *self)
{
  sj_form_page_rebuild (self);
}

/* Connects @callback to @signal of @instance until the page is built again or let go. */
void
sj_form_page_connect (SjFormPage *self, gpointer instance, const char *signal, GCallback callback,
                      gpointer user_data)
{
  Watch *w = g_new0 (Watch, 1);

  w->object = g_object_ref (instance);
  w->handler = g_signal_connect (instance, signal, callback, user_data);
  g_ptr_array_add (PRIV (self)->watches, w);
}

/* The page is built again when @property of @object changes (the number of years, a child
 * object added or removed). */
void
sj_form_page_rebuild_on_notify (SjFormPage *self, gpointer object, const char *property)
{
  g_autofree char *detail = g_strconcat ("notify::", property, NULL);
  sj_form_page_connect (self, object, detail, G_CALLBACK (on_watched), self);
}

/* A titled group of rows in @content. */
GtkWidget *
sj_form_page_group (GtkBox *content, const char *title, const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (content, group);
  return group;
}

/* A boxed list in @group, for sj_ui_bind_list(). */
GtkWidget *
sj_form_page_list (GtkWidget *group)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return list;
}

/* A button in the header of @group ("Add a unit"). */
GtkWidget *
sj_form_page_add_button (GtkWidget *group, const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  return button;
}

static void
sj_form_page_dispose (GObject *object)
{
  SjFormPage *self = SJ_FORM_PAGE (object);
  SjFormPagePrivate *priv = PRIV (self);

  if (priv->watches)
    clear (self);
  g_clear_pointer (&priv->watches, g_ptr_array_unref);
  g_clear_object (&priv->doc);
  g_clear_object (&priv->object);
  g_clear_object (&priv->item);
  /* Not gtk_widget_dispose_template(): GTK 4.8 looks for the template on the subclass, which
   * has none, and fails. Unparenting the template's top widget releases it all. */
  sj_widget_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (sj_form_page_parent_class)->dispose (object);
}

static void
sj_form_page_class_init (SjFormPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_form_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-form-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SjFormPage, scrolled);
  gtk_widget_class_bind_template_child_private (widget_class, SjFormPage, title);
  gtk_widget_class_bind_template_child_private (widget_class, SjFormPage, description);
  gtk_widget_class_bind_template_child_private (widget_class, SjFormPage, actions);
  gtk_widget_class_bind_template_child_private (widget_class, SjFormPage, content);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sj_form_page_init (SjFormPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  PRIV (self)->watches = g_ptr_array_new_with_free_func (watch_free);
}
