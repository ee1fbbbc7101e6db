/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-editor-page"
#include "config.h"

#include "sj-editor-page.h"

G_DEFINE_INTERFACE (SjEditorPage, sj_editor_page, GTK_TYPE_WIDGET)

static void
sj_editor_page_default_init (SjEditorPageInterface *iface)
{
}

/* @doc NULL (and @object NULL) lets go of what the page showed. */
void
sj_editor_page_bind (SjEditorPage *self, SjDocument *doc, gpointer object, SjOutlineItem *item)
{
  g_return_if_fail (SJ_IS_EDITOR_PAGE (self));
  SJ_EDITOR_PAGE_GET_IFACE (self)->bind (self, doc, object, item);
}

gboolean
sj_editor_page_focus_field (SjEditorPage *self, gpointer object, const char *property)
{
  g_return_val_if_fail (SJ_IS_EDITOR_PAGE (self), FALSE);
  if (SJ_EDITOR_PAGE_GET_IFACE (self)->focus_field == NULL)
    return FALSE;
  return SJ_EDITOR_PAGE_GET_IFACE (self)->focus_field (self, object, property);
}
