/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-import-dialog"
#include "config.h"

#include "sj-import-dialog.h"

#include <glib/gi18n.h>

/**
 * SjImportDialog:
 *
 * The report of an import beside the window of the plan it made: what the source gets wrong,
 * what was not recognised, what was. A difference about a project's amount or title offers the
 * source's other value, taken as one undoable step of the plan (and written in its notes); each
 * row about a project shows it in the window.
 */
struct _SjImportDialog
{
  AdwWindow parent_instance;

  AdwToastOverlay *toasts;
  AdwWindowTitle *title;
  GtkLabel *summary;
  AdwPreferencesGroup *differences;
  AdwPreferencesGroup *unrecognised;
  AdwPreferencesGroup *recognised;

  SjWindow *window;        /* weak */
  SjDocument *doc;
  SjImportReport *report;
};

G_DEFINE_FINAL_TYPE (SjImportDialog, sj_import_dialog, ADW_TYPE_WINDOW)

static void
sj_import_dialog_dispose (GObject *object)
{
  SjImportDialog *self = SJ_IMPORT_DIALOG (object);

  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->doc);
  g_clear_pointer (&self->report, sj_import_report_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (sj_import_dialog_parent_class)->dispose (object);
}

static void
sj_import_dialog_class_init (SjImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sj_import_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SjImportDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, SjImportDialog, title);
  gtk_widget_class_bind_template_child (widget_class, SjImportDialog, summary);
  gtk_widget_class_bind_template_child (widget_class, SjImportDialog, differences);
  gtk_widget_class_bind_template_child (widget_class, SjImportDialog, unrecognised);
  gtk_widget_class_bind_template_child (widget_class, SjImportDialog, recognised);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sj_import_dialog_init (SjImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static SjSourceFormat format;

/* Where in the source: a Word file counts paragraphs (its pages are laid out by Word). */
static char *
where (const SjImportNote *note)
{
  if (format == SJ_SOURCE_DOCX && note->line)
    return g_strdup_printf (_("Paragraph %u of the source"), note->line);
  if (note->page && note->line)
    return g_strdup_printf (_("Page %u, line %u of the source"), note->page, note->line);
  if (note->line)
    return g_strdup_printf (_("Line %u of the source"), note->line);
  return NULL;
}

/* The row's subtitle: where it is, and for a choice the value the plan has now. */
static void
update_choice (GtkWidget *row, const SjImportNote *note, gboolean other)
{
  g_autofree char *place = where (note);
  g_autofree char *now = sj_import_note_values (note, !other);
  g_autofree char *subtitle = NULL;

  if (now)
    subtitle = place ? g_strdup_printf (_("%s · the plan has “%s”"), place, now)
                     : g_strdup_printf (_("The plan has “%s”"), now);
  else
    subtitle = g_steal_pointer (&place);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");
}

static void
on_other_toggled (GtkToggleButton *button, gpointer user_data)
{
  SjImportDialog *self = user_data;
  SjImportNote *note = g_object_get_data (G_OBJECT (button), "note");
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  gboolean other = gtk_toggle_button_get_active (button);

  if (self->doc == NULL)
    return;
  sj_document_begin_step (self->doc, other ? _("Take the Source’s Other Value")
                                           : _("Take the Imported Value"));
  sj_import_choose (note, sj_document_get_plan (self->doc), other);
  sj_document_end_step (self->doc);
  update_choice (row, note, other);
}

static void
on_show_clicked (GtkButton *button, gpointer user_data)
{
  SjImportDialog *self = user_data;
  SjImportNote *note = g_object_get_data (G_OBJECT (button), "note");

  if (self->window && note->project)
    {
      sj_window_select_object (self->window, note->project);
      gtk_window_present (GTK_WINDOW (self->window));
    }
}

static void
add_row (SjImportDialog *self, AdwPreferencesGroup *group, SjImportNote *note)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (note->message, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  update_choice (row, note, FALSE);
  if (note->project && (note->diff == SJ_IMPORT_DIFF_BUDGET || note->diff == SJ_IMPORT_DIFF_TITLE))
    {
      GtkWidget *other = gtk_toggle_button_new_with_mnemonic (_("Take the _Other"));
      gtk_widget_set_valign (other, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (other, _("Give the project the source’s other value"));
      g_object_set_data (G_OBJECT (other), "note", note);
      g_object_set_data (G_OBJECT (other), "row", row);
      g_signal_connect (other, "toggled", G_CALLBACK (on_other_toggled), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), other);
    }
  if (note->project)
    {
      GtkWidget *show = gtk_button_new_from_icon_name ("go-next-symbolic");
      gtk_widget_set_valign (show, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (show, _("Show the project in the plan"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (show), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Show the project in the plan"), -1);
      gtk_widget_add_css_class (show, "flat");
      g_object_set_data (G_OBJECT (show), "note", note);
      g_signal_connect (show, "clicked", G_CALLBACK (on_show_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), show);
    }
  adw_preferences_group_add (group, row);
}

/**
 * sj_import_dialog_new:
 * @window: the window of the imported plan
 * @report: (transfer full): the import's report
 * @source_name: the file imported, as shown
 */
SjImportDialog *
sj_import_dialog_new (SjWindow *window, SjDocument *doc, SjImportReport *report,
                      const char *source_name)
{
  SjImportDialog *self = g_object_new (SJ_TYPE_IMPORT_DIALOG, "transient-for", window, NULL);
  guint n[3] = { 0 };
  g_autofree char *summary = NULL;

  g_set_weak_pointer (&self->window, window);
  self->doc = g_object_ref (doc);
  format = report->format;
  self->report = report;
  adw_window_title_set_subtitle (self->title, source_name);
  summary = g_strdup_printf (
    _("%u projects and %u forms were read from this %s file; %u of %u form fields were "
      "recognised (%.0f %%). The source contradicts itself in %u places; %u parts were not "
      "recognised. The checker finds %u problems in the plan made from it: see them in the "
      "checker panel (F8)."),
    report->n_projects, report->n_forms, sj_source_format_name (report->format),
    report->n_fields, report->n_fields_expected,
    report->n_fields_expected ? 100.0 * report->n_fields / report->n_fields_expected : 0.0,
    report->n_differences, report->n_unrecognised, report->n_findings);
  gtk_label_set_text (self->summary, summary);
  for (guint i = 0; i < report->notes->len; i++)
    {
      SjImportNote *note = g_ptr_array_index (report->notes, i);
      AdwPreferencesGroup *group = note->kind == SJ_IMPORT_NOTE_DIFFERENCE     ? self->differences
                                   : note->kind == SJ_IMPORT_NOTE_UNRECOGNISED ? self->unrecognised
                                                                               : self->recognised;
      n[note->kind]++;
      add_row (self, group, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->differences), n[SJ_IMPORT_NOTE_DIFFERENCE] > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->unrecognised), n[SJ_IMPORT_NOTE_UNRECOGNISED] > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recognised), n[SJ_IMPORT_NOTE_INFO] > 0);
  return self;
}

/* For the tests: the rows of the differences group that offer the other value. */
GtkToggleButton *
sj_import_dialog_get_choice (SjImportDialog *self, guint n)
{
  guint found = 0;
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->differences)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      /* the group's rows live in a list box below its header */
      GtkWidget *stack[64];
      guint depth = 0;
      stack[depth++] = child;
      while (depth)
        {
          GtkWidget *w = stack[--depth];
          if (GTK_IS_TOGGLE_BUTTON (w) && g_object_get_data (G_OBJECT (w), "note"))
            {
              if (found++ == n)
                return GTK_TOGGLE_BUTTON (w);
            }
          for (GtkWidget *c = gtk_widget_get_last_child (w); c && depth < G_N_ELEMENTS (stack);
               c = gtk_widget_get_prev_sibling (c))
            stack[depth++] = c;
        }
    }
  return NULL;
}
