/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-find-panel"
#include "config.h"

#include "sj-find-panel.h"

#include "sj-find.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/**
 * SjFindPanel:
 *
 * Find (Ctrl+F) and replace over every text of the plan: the matches with their context and
 * where they are; activating one emits #SjFindPanel::match-activated with its model path and
 * property, and the window puts the cursor in that field. Replace All is one step of the
 * document. Matching ignores the stray spaces of copied Thai text (sj_find()).
 */

/* One match, as a list item. */
#define SJ_TYPE_FIND_RESULT (sj_find_result_get_type ())
G_DECLARE_FINAL_TYPE (SjFindResult, sj_find_result, SJ, FIND_RESULT, GObject)

struct _SjFindResult
{
  GObject parent_instance;
  char *path;
  char *property;
  char *markup;
  char *location;
};

G_DEFINE_FINAL_TYPE (SjFindResult, sj_find_result, G_TYPE_OBJECT)

static void
sj_find_result_finalize (GObject *object)
{
  SjFindResult *self = SJ_FIND_RESULT (object);
  g_free (self->path);
  g_free (self->property);
  g_free (self->markup);
  g_free (self->location);
  G_OBJECT_CLASS (sj_find_result_parent_class)->finalize (object);
}

static void
sj_find_result_class_init (SjFindResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sj_find_result_finalize;
}

static void
sj_find_result_init (SjFindResult *self)
{
}

static SjFindResult *
result_new (const SjFindMatch *m)
{
  SjFindResult *r = g_object_new (SJ_TYPE_FIND_RESULT, NULL);
  g_autofree char *before = g_markup_escape_text (m->before, -1);
  g_autofree char *match = g_markup_escape_text (m->match, -1);
  g_autofree char *after = g_markup_escape_text (m->after, -1);

  r->path = g_strdup (m->path);
  r->property = g_strdup (m->property);
  r->markup = g_strdup_printf ("%s%s<b>%s</b>%s%s", *m->before ? "…" : "", before, match, after,
                               *m->after ? "…" : "");
  r->location = g_strdup (m->location);
  return r;
}

struct _SjFindPanel
{
  GtkWidget parent_instance;

  GtkSearchEntry *search_entry;
  GtkEntry *replace_entry;
  GtkButton *replace_button;
  GtkLabel *count_label;
  GtkListView *list_view;

  GListStore *results;
  SjDocument *doc;
};

enum
{
  MATCH_ACTIVATED,
  REPLACED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SjFindPanel, sj_find_panel, GTK_TYPE_WIDGET)

static void
run_search (SjFindPanel *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr (GPtrArray) matches = NULL;
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *count = NULL;

  if (self->doc != NULL && *query)
    matches = sj_find (sj_document_get_plan (self->doc), query);
  for (guint i = 0; matches && i < matches->len; i++)
    g_ptr_array_add (items, result_new (g_ptr_array_index (matches, i)));
  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       items->pdata, items->len);
  if (*query == '\0')
    count = g_strdup ("");
  else if (items->len == 0)
    count = g_strdup (_("Not found"));
  else
    count = g_strdup_printf (ngettext ("%u match", "%u matches", items->len), items->len);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_button), items->len > 0);
}

void
sj_find_panel_search (SjFindPanel *self, const char *query)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  run_search (self);
}

/* Puts the cursor in the search field, its text selected. */
void
sj_find_panel_focus (SjFindPanel *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
sj_find_panel_set_document (SjFindPanel *self, SjDocument *doc)
{
  g_set_object (&self->doc, doc);
  run_search (self);
}

guint
sj_find_panel_get_n_matches (SjFindPanel *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->results));
}

void
sj_find_panel_activate (SjFindPanel *self, guint position)
{
  g_autoptr (SjFindResult) r = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  if (r)
    g_signal_emit (self, signals[MATCH_ACTIVATED], 0, r->path, r->property);
}

/* Replaces every match with @replacement as one step; returns how many. */
guint
sj_find_panel_replace_all (SjFindPanel *self, const char *replacement)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n;

  if (self->doc == NULL || *query == '\0')
    return 0;
  n = sj_find_replace_all (self->doc, query, replacement);
  g_signal_emit (self, signals[REPLACED], 0, n);
  run_search (self);
  return n;
}

static void
on_replace_clicked (GtkButton *button, SjFindPanel *self)
{
  sj_find_panel_replace_all (self, gtk_editable_get_text (GTK_EDITABLE (self->replace_entry)));
}

static void
on_activate (GtkListView *view, guint position, SjFindPanel *self)
{
  sj_find_panel_activate (self, position);
}

/* Enter in the search field goes to the first match. */
static void
on_search_activate (GtkSearchEntry *entry, SjFindPanel *self)
{
  run_search (self);
  if (sj_find_panel_get_n_matches (self) > 0)
    sj_find_panel_activate (self, 0);
}

static void
on_stop_search (GtkSearchEntry *entry, SjFindPanel *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-find", NULL);
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *where = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (where, "dim-label");
  gtk_widget_add_css_class (where, "caption");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), where);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  SjFindResult *r = gtk_list_item_get_item (item);

  gtk_label_set_markup (GTK_LABEL (gtk_widget_get_first_child (box)), r->markup);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), r->location);
}

static void
sj_find_panel_dispose (GObject *object)
{
  SjFindPanel *self = SJ_FIND_PANEL (object);

  g_clear_object (&self->doc);
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_FIND_PANEL);
  sj_widget_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (sj_find_panel_parent_class)->dispose (object);
}

static void
sj_find_panel_finalize (GObject *object)
{
  g_clear_object (&SJ_FIND_PANEL (object)->results);
  G_OBJECT_CLASS (sj_find_panel_parent_class)->finalize (object);
}

static void
sj_find_panel_class_init (SjFindPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sj_find_panel_dispose;
  object_class->finalize = sj_find_panel_finalize;
  /**
   * SjFindPanel::match-activated:
   * @path: the model path of the object (sj_model_resolve_path())
   * @property: the property that matched
   */
  signals[MATCH_ACTIVATED] = g_signal_new ("match-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                           G_TYPE_STRING, G_TYPE_STRING);
  /**
   * SjFindPanel::replaced:
   * @count: how many matches were replaced
   */
  signals[REPLACED] = g_signal_new ("replaced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-find-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SjFindPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SjFindPanel, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, SjFindPanel, replace_button);
  gtk_widget_class_bind_template_child (widget_class, SjFindPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, SjFindPanel, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SEARCH);
}

static void
sj_find_panel_init (SjFindPanel *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->results = g_list_store_new (SJ_TYPE_FIND_RESULT);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (run_search), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_stop_search), self);
  g_signal_connect (self->replace_button, "clicked", G_CALLBACK (on_replace_clicked), self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_button), FALSE);
}
