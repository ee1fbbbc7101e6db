/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sj-document.h"
#include "sj-outline.h"

G_BEGIN_DECLS

/**
 * SjEditorPage:
 *
 * An editor page of the window: shown beside the outline for the selected item. The window hands
 * it the document and what to edit — the model object (a project, a mission, the plan) and the
 * outline item it was reached from (which says, for instance, which rich text of the plan).
 */
#define SJ_TYPE_EDITOR_PAGE (sj_editor_page_get_type ())
G_DECLARE_INTERFACE (SjEditorPage, sj_editor_page, SJ, EDITOR_PAGE, GtkWidget)

struct _SjEditorPageInterface
{
  GTypeInterface parent_iface;

  void (*bind) (SjEditorPage *self, SjDocument *doc, gpointer object, SjOutlineItem *item);
  /* Optional: focus the editor of @property of @object (a checker finding, a find result). */
  gboolean (*focus_field) (SjEditorPage *self, gpointer object, const char *property);
};

void sj_editor_page_bind (SjEditorPage *self, SjDocument *doc, gpointer object, SjOutlineItem *item);
gboolean sj_editor_page_focus_field (SjEditorPage *self, gpointer object, const char *property);

G_END_DECLS
