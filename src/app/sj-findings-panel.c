/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-findings-panel"
#include "config.h"

#include "sj-findings-panel.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/**
 * SjFindingsPanel:
 *
 * What the checker found, grouped by severity and by part of the book: errors first, then
 * warnings, then hints (which can be hidden). Activating a finding emits
 * #SjFindingsPanel::finding-activated; the window selects its object and focuses its field.
 * GTK 4.8's list views have no sections, so the group headings are rows of their own.
 */

/* A heading row: a severity with its count, or a part of the book. */
#define SJ_TYPE_FINDING_GROUP (sj_finding_group_get_type ())
G_DECLARE_FINAL_TYPE (SjFindingGroup, sj_finding_group, SJ, FINDING_GROUP, GObject)

struct _SjFindingGroup
{
  GObject parent_instance;
  char *title;
  gboolean severity_heading;
  SjSeverity severity;
};

G_DEFINE_FINAL_TYPE (SjFindingGroup, sj_finding_group, G_TYPE_OBJECT)

static void
sj_finding_group_finalize (GObject *object)
{
  g_free (SJ_FINDING_GROUP (object)->title);
  G_OBJECT_CLASS (sj_finding_group_parent_class)->finalize (object);
}

static void
sj_finding_group_class_init (SjFindingGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sj_finding_group_finalize;
}

static void
sj_finding_group_init (SjFindingGroup *self)
{
}

static SjFindingGroup *
group_new (const char *title, gboolean severity_heading, SjSeverity severity)
{
  SjFindingGroup *g = g_object_new (SJ_TYPE_FINDING_GROUP, NULL);
  g->title = g_strdup (title);
  g->severity_heading = severity_heading;
  g->severity = severity;
  return g;
}

struct _SjFindingsPanel
{
  GtkWidget parent_instance;

  GtkLabel *summary_label;
  GtkToggleButton *hints_button;
  GtkStack *stack;
  GtkListView *list_view;

  GListModel *findings;
  GListStore *rows;
};

enum
{
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SjFindingsPanel, sj_findings_panel, GTK_TYPE_WIDGET)

static const char *
severity_icon (SjSeverity severity)
{
  switch (severity)
    {
    case SJ_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case SJ_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case SJ_SEVERITY_HINT:
    default:
      return "dialog-information-symbolic";
    }
}

static char *
severity_heading (SjSeverity severity, guint n)
{
  switch (severity)
    {
    case SJ_SEVERITY_ERROR:
      /* TRANSLATORS: a heading of the checker panel */
      return g_strdup_printf (ngettext ("%u error to mend", "%u errors to mend", n), n);
    case SJ_SEVERITY_WARNING:
      return g_strdup_printf (ngettext ("%u warning worth a look", "%u warnings worth a look", n),
                              n);
    case SJ_SEVERITY_HINT:
    default:
      return g_strdup_printf (ngettext ("%u hint", "%u hints", n), n);
    }
}

static void
rebuild (SjFindingsPanel *self)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint counts[SJ_N_SEVERITIES] = { 0 };
  guint n = self->findings ? g_list_model_get_n_items (self->findings) : 0;
  gboolean hints = gtk_toggle_button_get_active (self->hints_button);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SjFindingItem) f = g_list_model_get_item (self->findings, i);
      counts[sj_finding_item_get_severity (f)]++;
    }
  for (int severity = 0; severity < SJ_N_SEVERITIES; severity++)
    {
      const char *part = NULL;
      g_autofree char *heading = NULL;

      if (counts[severity] == 0 || (severity == SJ_SEVERITY_HINT && !hints))
        continue;
      heading = severity_heading (severity, counts[severity]);
      g_ptr_array_add (rows, group_new (heading, TRUE, severity));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SjFindingItem) f = g_list_model_get_item (self->findings, i);
          if ((int) sj_finding_item_get_severity (f) != severity)
            continue;
          if (g_strcmp0 (part, sj_finding_item_get_part (f)) != 0)
            {
              part = sj_finding_item_get_part (f);
              g_ptr_array_add (rows, group_new (part, FALSE, severity));
            }
          g_ptr_array_add (rows, g_object_ref (f));
        }
    }
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
  /* TRANSLATORS: the counts at the top of the checker panel */
  summary = g_strdup_printf (_("%u · %u · %u"), counts[SJ_SEVERITY_ERROR],
                             counts[SJ_SEVERITY_WARNING], counts[SJ_SEVERITY_HINT]);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->summary_label),
                               _("Errors · warnings · hints"));
  gtk_stack_set_visible_child_name (self->stack, n == 0 ? "empty" : "list");
}

/* Rows ---------------------------------------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *location = gtk_label_new (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (location), 0);
  gtk_label_set_ellipsize (GTK_LABEL (location), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (location, "dim-label");
  gtk_widget_add_css_class (location, "caption");
  gtk_box_append (GTK_BOX (texts), message);
  gtk_box_append (GTK_BOX (texts), location);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "message", message);
  g_object_set_data (G_OBJECT (box), "location", location);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = g_object_get_data (G_OBJECT (box), "icon");
  GtkLabel *message = g_object_get_data (G_OBJECT (box), "message");
  GtkLabel *location = g_object_get_data (G_OBJECT (box), "location");
  GObject *row = gtk_list_item_get_item (item);

  gtk_widget_remove_css_class (GTK_WIDGET (message), "heading");
  gtk_widget_remove_css_class (GTK_WIDGET (message), "dim-label");
  gtk_widget_remove_css_class (box, "error");
  gtk_widget_remove_css_class (box, "warning");
  if (SJ_IS_FINDING_GROUP (row))
    {
      SjFindingGroup *g = SJ_FINDING_GROUP (row);
      gtk_list_item_set_activatable (item, FALSE);
      gtk_list_item_set_selectable (item, FALSE);
      gtk_widget_set_visible (icon, g->severity_heading);
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), severity_icon (g->severity));
      gtk_label_set_text (message, g->title);
      gtk_widget_add_css_class (GTK_WIDGET (message), g->severity_heading ? "heading" : "dim-label");
      if (g->severity_heading && g->severity == SJ_SEVERITY_ERROR)
        gtk_widget_add_css_class (box, "error");
      else if (g->severity_heading && g->severity == SJ_SEVERITY_WARNING)
        gtk_widget_add_css_class (box, "warning");
      gtk_widget_set_visible (GTK_WIDGET (location), FALSE);
      gtk_widget_set_margin_start (box, g->severity_heading ? 0 : 24);
    }
  else
    {
      SjFindingItem *f = SJ_FINDING_ITEM (row);
      g_autofree char *tooltip = g_strdup_printf ("%s\n[%s]", sj_finding_item_get_location (f),
                                                  sj_finding_item_get_rule_name (f));
      gtk_list_item_set_activatable (item, TRUE);
      gtk_list_item_set_selectable (item, TRUE);
      gtk_widget_set_visible (icon, FALSE);
      gtk_label_set_text (message, sj_finding_item_get_message (f));
      gtk_label_set_text (location, sj_finding_item_get_location (f));
      gtk_widget_set_visible (GTK_WIDGET (location), TRUE);
      gtk_widget_set_tooltip_text (box, tooltip);
      gtk_widget_set_margin_start (box, 24);
    }
}

void
sj_findings_panel_activate_row (SjFindingsPanel *self, guint position)
{
  g_autoptr (GObject) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  if (SJ_IS_FINDING_ITEM (row))
    g_signal_emit (self, signals[FINDING_ACTIVATED], 0, row);
}

static void
on_activate (GtkListView *view, guint position, SjFindingsPanel *self)
{
  sj_findings_panel_activate_row (self, position);
}

/* Public -------------------------------------------------------------------------------------- */

GtkWidget *
sj_findings_panel_new (void)
{
  return g_object_new (SJ_TYPE_FINDINGS_PANEL, NULL);
}

/* Shows @findings (a list of #SjFindingItem in the checker's order), or none. */
void
sj_findings_panel_set_findings (SjFindingsPanel *self, GListModel *findings)
{
  g_return_if_fail (SJ_IS_FINDINGS_PANEL (self));
  g_set_object (&self->findings, findings);
  rebuild (self);
}

/* The rows shown: headings (of no public type) and #SjFindingItem, for the tests. */
GListModel *
sj_findings_panel_get_rows (SjFindingsPanel *self)
{
  return G_LIST_MODEL (self->rows);
}

static void
sj_findings_panel_dispose (GObject *object)
{
  SjFindingsPanel *self = SJ_FINDINGS_PANEL (object);

  g_clear_object (&self->findings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_FINDINGS_PANEL);
  sj_widget_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (sj_findings_panel_parent_class)->dispose (object);
}

static void
sj_findings_panel_finalize (GObject *object)
{
  g_clear_object (&SJ_FINDINGS_PANEL (object)->rows);
  G_OBJECT_CLASS (sj_findings_panel_parent_class)->finalize (object);
}

static void
sj_findings_panel_class_init (SjFindingsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sj_findings_panel_dispose;
  object_class->finalize = sj_findings_panel_finalize;
  /**
   * SjFindingsPanel::finding-activated:
   * @finding: the #SjFindingItem the user chose
   */
  signals[FINDING_ACTIVATED] = g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                             1, SJ_TYPE_FINDING_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-findings-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SjFindingsPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SjFindingsPanel, hints_button);
  gtk_widget_class_bind_template_child (widget_class, SjFindingsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, SjFindingsPanel, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sj_findings_panel_init (SjFindingsPanel *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (G_TYPE_OBJECT);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate), self);
  g_signal_connect_swapped (self->hints_button, "toggled", G_CALLBACK (rebuild), self);
  rebuild (self);
}
