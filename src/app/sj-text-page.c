/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-text-page"
#include "config.h"

#include "sj-text-page.h"

#include "sj-bind.h"
#include "sj-date-row.h"
#include "sj-rich-editor.h"

#include "sj-ui.h"

#include <glib/gi18n.h>

/* One text of the plan: the preface (with the date it is signed), the rationale, the objectives,
 * the benefits. */
struct _SjTextPage
{
  GtkWidget parent_instance;
  GtkLabel *title;
  GtkLabel *hint;
  SjRichEditor *editor;
  AdwPreferencesGroup *date_group;
  SjDateRow *date_row;
};

static void sj_text_page_iface_init (SjEditorPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SjTextPage, sj_text_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (SJ_TYPE_EDITOR_PAGE, sj_text_page_iface_init))

static const char *
hint_for (const char *property)
{
  if (g_strcmp0 (property, "preface") == 0)
    return _("Figures inserted from the plan (the number of projects, the total budget) are "
             "filled in when the book is printed, so they always agree with Part 2.");
  if (g_strcmp0 (property, "objectives") == 0)
    return _("Usually a numbered list: (1) … (5).");
  return "";
}

static void
sj_text_page_bind (SjEditorPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item)
{
  SjTextPage *self = SJ_TEXT_PAGE (page);
  const char *property = item ? sj_outline_item_get_property_name (item) : NULL;
  gboolean preface = g_strcmp0 (property, "preface") == 0;

  if (doc == NULL || property == NULL)
    {
      sj_unbind (GTK_WIDGET (self->editor));
      sj_unbind (GTK_WIDGET (self->date_row));
      return;
    }
  gtk_label_set_text (self->title, sj_outline_item_get_title (item));
  gtk_label_set_text (self->hint, hint_for (property));
  gtk_widget_set_visible (GTK_WIDGET (self->hint), *hint_for (property) != '\0');
  sj_bind (doc, object, property, GTK_WIDGET (self->editor), "rich",
           sj_outline_item_get_title (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (sj_rich_editor_get_view (self->editor)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sj_outline_item_get_title (item),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->date_group), preface);
  if (preface)
    sj_bind (doc, object, "preface-date", GTK_WIDGET (self->date_row), "date",
             _("Date of the preface"));
  else
    sj_unbind (GTK_WIDGET (self->date_row));
}

static gboolean
sj_text_page_focus_field (SjEditorPage *page, gpointer object, const char *property)
{
  SjTextPage *self = SJ_TEXT_PAGE (page);

  if (g_strcmp0 (property, "preface-date") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
  return gtk_widget_grab_focus (GTK_WIDGET (sj_rich_editor_get_view (self->editor)));
}

static void
sj_text_page_iface_init (SjEditorPageInterface *iface)
{
  iface->bind = sj_text_page_bind;
  iface->focus_field = sj_text_page_focus_field;
}

static void
sj_text_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SJ_TYPE_TEXT_PAGE);
  sj_widget_unparent_children (GTK_WIDGET (object));
  G_OBJECT_CLASS (sj_text_page_parent_class)->dispose (object);
}

static void
sj_text_page_class_init (SjTextPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_text_page_dispose;
  g_type_ensure (SJ_TYPE_RICH_EDITOR);
  g_type_ensure (SJ_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-text-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SjTextPage, title);
  gtk_widget_class_bind_template_child (widget_class, SjTextPage, hint);
  gtk_widget_class_bind_template_child (widget_class, SjTextPage, editor);
  gtk_widget_class_bind_template_child (widget_class, SjTextPage, date_group);
  gtk_widget_class_bind_template_child (widget_class, SjTextPage, date_row);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sj_text_page_init (SjTextPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
