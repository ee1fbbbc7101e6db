/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-application"
#include "config.h"
#include "sj-os.h"

#include "sj-application.h"

#include "sj-app-resources.h"
#include "sj-drafts.h"
#include "sj-layout.h"
#include "sj-new-plan-dialog.h"
#include "sj-import-dialog.h"
#include "sj-plan-file.h"
#include "sj-thai.h"
#include "sj-window.h"

#include <glib/gi18n.h>

/**
 * SjApplication:
 *
 * Opens plans given on the command line, from the file chooser, by drag-and-drop or from the
 * recent list, one window per plan; shows the welcome view when nothing is open; and, at start,
 * offers to recover the drafts of a session that crashed or was killed.
 */
struct _SjApplication
{
  AdwApplication parent_instance;
  GSettings *settings;
  gboolean drafts_checked;
  SjCatalog *catalog;
  SjUserDb *user_db;
  gboolean user_db_tried;
};

G_DEFINE_FINAL_TYPE (SjApplication, sj_application, ADW_TYPE_APPLICATION)

GSettings *
sj_application_get_settings (SjApplication *self)
{
  return self->settings;
}

/* The example plans: installed with the application, or in the source tree when run from it. */
GFile *
sj_application_get_examples_dir (void)
{
  const char *env = g_getenv ("SUJARIT_DATADIR");
  g_autofree char *installed = sj_os_data_path ("examples");
  g_autofree char *source = g_build_filename (SOURCE_DATADIR, "examples", NULL);

  if (env != NULL && *env != '\0')
    {
      g_autofree char *dir = g_build_filename (env, "examples", NULL);
      return g_file_new_for_path (dir);
    }
  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (installed);
  return g_file_new_for_path (source);
}

static SjWindow *
window_for_file (SjApplication *self, GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      SjDocument *doc;
      if (!SJ_IS_WINDOW (l->data))
        continue;
      doc = sj_window_get_document (l->data);
      if (doc && sj_document_get_file (doc) && g_file_equal (sj_document_get_file (doc), file))
        return l->data;
    }
  return NULL;
}

/**
 * sj_application_open_file:
 * @reuse: (nullable): a window that may take the plan if it holds none
 *
 * Shows @file: the window that has it already, else @reuse if empty, else a new window.
 */
void
sj_application_open_file (SjApplication *self, GFile *file, GtkWindow *reuse)
{
  SjWindow *window = window_for_file (self, file);

  if (window == NULL && SJ_IS_WINDOW (reuse) && sj_window_is_empty (SJ_WINDOW (reuse)))
    window = SJ_WINDOW (reuse);
  if (window == NULL)
    window = sj_window_new (GTK_APPLICATION (self));
  if (sj_window_get_document (window) == NULL
      || sj_document_get_file (sj_window_get_document (window)) == NULL
      || !g_file_equal (sj_document_get_file (sj_window_get_document (window)), file))
    sj_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
}

static SjWindow *
empty_window (SjApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SJ_IS_WINDOW (active) && sj_window_is_empty (SJ_WINDOW (active)))
    return SJ_WINDOW (active);
  return sj_window_new (GTK_APPLICATION (self));
}

/* Recovery ------------------------------------------------------------------------------------ */

typedef struct
{
  SjApplication *app;
  GPtrArray *drafts;
} RecoverData;

static void
recover_data_free (RecoverData *d)
{
  g_object_unref (d->app);
  g_ptr_array_unref (d->drafts);
  g_free (d);
}

static void
on_recover_response (AdwMessageDialog *dialog, const char *response, RecoverData *d)
{
  if (g_strcmp0 (response, "recover") == 0)
    for (guint i = 0; i < d->drafts->len; i++)
      {
        SjDraft *draft = g_ptr_array_index (d->drafts, i);
        SjWindow *window = empty_window (d->app);
        sj_window_recover_draft (window, draft->id, draft->file);
        gtk_window_present (GTK_WINDOW (window));
      }
  else if (g_strcmp0 (response, "discard") == 0)
    for (guint i = 0; i < d->drafts->len; i++)
      sj_drafts_remove (((SjDraft *) g_ptr_array_index (d->drafts, i))->id);
  /* "later": the drafts stay, and are offered again at the next start. */
  recover_data_free (d);
}

static char *
describe_draft (SjDraft *draft)
{
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  g_autofree char *day = NULL;
  int year = g_date_time_get_year (draft->saved) + SJ_BE_OFFSET;

  day = g_strdup_printf ("%d %s %d", g_date_time_get_day_of_month (draft->saved),
                         sj_thai_month_name (g_date_time_get_month (draft->saved)), year);
  when = g_date_time_format (draft->saved, "%H:%M");
  where = draft->file ? g_file_get_parse_name (draft->file) : g_strdup (_("a plan never saved"));
  /* TRANSLATORS: a draft in the recovery dialog: organisation, number of projects, file, day, time */
  return g_strdup_printf (_("• %s — %u projects\n  %s\n  autosaved %s at %s"),
                          draft->title && *draft->title ? draft->title : _("(no name)"),
                          draft->n_projects, where, day, when);
}

/* Offers the drafts of a session that ended without saving them. Never deletes one silently. */
static gboolean
offer_recovery (SjApplication *self, GtkWindow *parent)
{
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GString) body = NULL;
  GtkWidget *dialog;
  RecoverData *d;

  if (self->drafts_checked)
    return FALSE;
  self->drafts_checked = TRUE;
  drafts = sj_drafts_list_orphans ();
  if (drafts->len == 0)
    return FALSE;
  body = g_string_new (ngettext ("Sujarit was closed without saving this plan. Its last draft "
                                 "was kept:",
                                 "Sujarit was closed without saving these plans. Their last "
                                 "drafts were kept:",
                                 drafts->len));
  for (guint i = 0; i < drafts->len; i++)
    {
      g_autofree char *line = describe_draft (g_ptr_array_index (drafts, i));
      g_string_append_printf (body, "\n\n%s", line);
    }
  dialog = adw_message_dialog_new (parent, _("Recover Unsaved Work?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"),
                                    "later", _("_Later"), "recover", _("_Recover"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  d = g_new0 (RecoverData, 1);
  d->app = g_object_ref (self);
  d->drafts = g_steal_pointer (&drafts);
  g_signal_connect (dialog, "response", G_CALLBACK (on_recover_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Application --------------------------------------------------------------------------------- */

static void
sj_application_activate (GApplication *app)
{
  SjApplication *self = SJ_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (sj_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
  offer_recovery (self, window);
}

static void
sj_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  SjApplication *self = SJ_APPLICATION (app);
  GtkWindow *first = NULL;

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);
      g_autofree char *lower = g_utf8_strdown (name ? name : "", -1);

      /* a Word file, a PDF or a text given to the application is a plan to import */
      if (g_str_has_suffix (lower, ".docx") || g_str_has_suffix (lower, ".pdf")
          || g_str_has_suffix (lower, ".txt"))
        {
          sj_application_import_file (self, files[i]);
          continue;
        }
      sj_application_open_file (self, files[i],
                                gtk_application_get_active_window (GTK_APPLICATION (app)));
      if (first == NULL)
        first = gtk_application_get_active_window (GTK_APPLICATION (app));
    }
  if (first != NULL)
    offer_recovery (self, first);
}

/* The system catalogue, opened once; %NULL and @error when it is missing or damaged. */
SjCatalog *
sj_application_get_catalog (SjApplication *self, GError **error)
{
  if (self->catalog == NULL)
    self->catalog = sj_catalog_open_default (error);
  return self->catalog;
}

/* The user's database, opened once; %NULL when it cannot be (the user was told). A damaged one is
 * moved aside and made anew, and the user told what was kept where. */
SjUserDb *
sj_application_get_user_db (SjApplication *self)
{
  if (!self->user_db_tried)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *path = sj_user_db_default_path ();
      g_autofree char *recovered = NULL;
      GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

      self->user_db_tried = TRUE;
      self->user_db = sj_user_db_open (path, &recovered, &error);
      if (recovered != NULL || error != NULL)
        {
          GtkWidget *dialog = adw_message_dialog_new (
            parent, recovered ? _("Your Sujarit Database Was Repaired")
                              : _("Your Sujarit Database Cannot Be Opened"),
            recovered ? recovered : error->message);
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  return self->user_db;
}

/* A new plan's digits and typeface are the user's preferences. */
static void
apply_new_plan_preferences (SjApplication *self, SjPlan *plan)
{
  g_autofree char *font = g_settings_get_string (self->settings, "new-plan-font");
  g_autofree char *digits = g_settings_get_string (self->settings, "new-plan-digits");

  if (g_strcmp0 (digits, "thai") == 0)
    {
      sj_settings_set_digits_body (sj_plan_get_settings (plan), SJ_DIGITS_THAI);
      sj_settings_set_digits_tables (sj_plan_get_settings (plan), SJ_DIGITS_THAI);
    }
  g_strstrip (font);
  if (*font)
    sj_settings_set_font_family (sj_plan_get_settings (plan), font);
}

/* Opens @plan, made by the new-plan wizard, as a new document not yet saved. */
void
sj_application_open_new_plan (SjApplication *self, SjPlan *plan)
{
  SjWindow *window = empty_window (self);
  g_autoptr (SjDocument) doc = NULL;

  apply_new_plan_preferences (self, plan);
  doc = sj_document_new (plan);
  /* Made, not yet saved: closing it asks */
  sj_document_mark_unsaved (doc);
  sj_window_set_document (window, doc);
  gtk_window_present (GTK_WINDOW (window));
}

static void
action_new (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SjApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr (GError) error = NULL;
  SjCatalog *catalog = sj_application_get_catalog (self, &error);
  SjNewPlanDialog *dialog;

  if (catalog == NULL)
    {
      GtkWidget *message = adw_message_dialog_new (parent, _("Cannot Make a New Plan"),
                                                   error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  dialog = sj_new_plan_dialog_new (self, catalog, parent);
  gtk_window_present (GTK_WINDOW (dialog));
}


/* Import ------------------------------------------------------------------------------------ */

typedef struct
{
  GFile *file;
  SjPlan *plan;
  SjImportReport *report;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;
  g_clear_object (&job->file);
  g_clear_object (&job->plan);
  g_clear_pointer (&job->report, sj_import_report_free);
  g_free (job);
}

/* On a worker thread, with a catalogue of its own (a catalogue serves one thread). */
static void
import_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (SjCatalog) catalog = sj_catalog_open_default (&error);

  if (catalog)
    job->plan = sj_import_file (job->file, catalog, &job->report, cancellable, &error);
  if (job->plan == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
import_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  SjApplication *self = SJ_APPLICATION (source);
  GTask *task = G_TASK (result);
  ImportJob *job = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  g_application_release (G_APPLICATION (self));
  if (!g_task_propagate_boolean (task, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Imported"), name);
      GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  {
    SjWindow *window = empty_window (self);
    g_autoptr (SjDocument) doc = sj_document_new (job->plan);
    SjImportDialog *dialog;

    /* Made, not yet saved: closing it asks */
    sj_document_mark_unsaved (doc);
    sj_window_set_document (window, doc);
    gtk_window_present (GTK_WINDOW (window));
    dialog = sj_import_dialog_new (window, doc, g_steal_pointer (&job->report), name);
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

/**
 * sj_application_import_file:
 * Imports the plan in @file (Word, PDF or text) on a worker thread, then opens it as a new plan
 * with the import's report beside it, or says why it cannot be imported.
 */
void
sj_application_import_file (SjApplication *self, GFile *file)
{
  GTask *task = g_task_new (self, NULL, import_done, NULL);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->file = g_object_ref (file);
  g_task_set_task_data (task, job, import_job_free);
  g_application_hold (G_APPLICATION (self));
  g_task_run_in_thread (task, import_thread);
  g_object_unref (task);
}

static void
on_import_file (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  SjApplication *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (file)
        sj_application_import_file (self, file);
    }
  g_object_unref (dialog);
}

static void
action_import (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SjApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *dialog;
  GtkFileFilter *all = gtk_file_filter_new ();
  GtkFileFilter *word = gtk_file_filter_new ();
  GtkFileFilter *pdf = gtk_file_filter_new ();
  GtkFileFilter *text = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import a Plan from Word or PDF"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (all, _("Plans in Word, PDF or text"));
  gtk_file_filter_set_name (word, _("Word documents (.docx)"));
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_set_name (text, _("Text copied from a PDF"));
  gtk_file_filter_add_suffix (all, "docx");
  gtk_file_filter_add_suffix (all, "pdf");
  gtk_file_filter_add_suffix (all, "txt");
  gtk_file_filter_add_suffix (word, "docx");
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), word);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), text);
  g_object_unref (all);
  g_object_unref (word);
  g_object_unref (pdf);
  g_object_unref (text);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_file), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
action_open_example (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SjApplication *self = user_data;
  g_autoptr (GFile) dir = sj_application_get_examples_dir ();
  g_autoptr (GFile) file = g_file_get_child (dir, g_variant_get_string (param, NULL));

  sj_application_open_file (self, file,
                            gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
action_quit (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SjApplication *self = user_data;
  g_autoptr (GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Each window asks about its own unsaved changes. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
action_about (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SjApplication *self = user_data;
  const char *developers[] = { "Sujarit developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Sujarit"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Write, check and print the anti-corruption action plan "
                                       "of a Thai local government"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 Sujarit developers",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
on_interval_changed (GtkSpinButton *spin, SjApplication *self)
{
  g_settings_set_uint (self->settings, "autosave-interval",
                       (guint) gtk_spin_button_get_value_as_int (spin));
}

static gboolean
digits_get (GValue *value, GVariant *variant, gpointer data)
{
  g_value_set_boolean (value, g_strcmp0 (g_variant_get_string (variant, NULL), "thai") == 0);
  return TRUE;
}

static GVariant *
digits_set (const GValue *value, const GVariantType *type, gpointer data)
{
  return g_variant_new_string (g_value_get_boolean (value) ? "thai" : "arabic");
}

static void
action_preferences (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SjApplication *self = user_data;
  g_autoptr (GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/sujarit/Sujarit/ui/sj-preferences.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "window"));
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_builder_get_object (builder, "autosave_spin"));

  gtk_window_set_transient_for (window,
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_spin_button_set_value (spin, g_settings_get_uint (self->settings, "autosave-interval"));
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_interval_changed), self);
  g_settings_bind (self->settings, "preview-visible", gtk_builder_get_object (builder, "preview_switch"),
                   "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "findings-visible",
                   gtk_builder_get_object (builder, "findings_switch"), "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "new-plan-digits",
                                gtk_builder_get_object (builder, "digits_switch"), "active",
                                G_SETTINGS_BIND_DEFAULT, digits_get, digits_set, NULL, NULL);
  g_settings_bind (self->settings, "new-plan-font", gtk_builder_get_object (builder, "font_row"),
                   "text", G_SETTINGS_BIND_DEFAULT);
  gtk_window_present (window);
}

static void
load_css (void)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/sujarit/Sujarit/ui/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  {
    g_autoptr (GtkCssProvider) face = gtk_css_provider_new ();
    g_autofree char *css = sj_typesetter_document_css (pango_cairo_font_map_get_default (),
                                                       "textview.document");
    gtk_css_provider_load_from_data (face, css, -1);
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (face),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

/* The application's icon for its windows (X11 and Windows show it in the title bar and the task
 * bar), found in the installed icon theme or, run from the build tree, in the source's. */
static void
set_icon (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  if (!gtk_icon_theme_has_icon (theme, APPLICATION_ID))
    {
      g_autofree char *icons = g_build_filename (SOURCE_DATADIR, "icons", NULL);
      gtk_icon_theme_add_search_path (theme, icons);
    }
  gtk_window_set_default_icon_name (APPLICATION_ID);
}

static void
sj_application_startup (GApplication *app)
{
  static const GActionEntry entries[] = {
    { "new", action_new },
    { "import", action_import },
    { "open-example", action_open_example, "s" },
    { "quit", action_quit },
    { "about", action_about },
    { "preferences", action_preferences },
  };
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export-pdf", { "<Control>e", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.move-up", { "<Alt>Up", NULL } },
    { "win.move-down", { "<Alt>Down", NULL } },
    { "win.show-findings", { "F8", NULL } },
    { "win.show-preview", { "F9", NULL } },
    { "win.show-find", { "<Control>f", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (sj_application_parent_class)->startup (app);
  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
  sj_typesetter_share_fonts ();
  load_css ();
  set_icon ();
  sj_os_register_file_type (SJ_PLAN_FILE_EXTENSION, APPLICATION_ID ".Plan", _("Sujarit plan"));
}

static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      /* Run from the build tree: the schema compiled there. */
      g_autoptr (GError) error = NULL;
      g_autoptr (GSettingsSchemaSource) built = g_settings_schema_source_new_from_directory (
        BUILD_SCHEMADIR, source, FALSE, &error);
      if (built != NULL)
        schema = g_settings_schema_source_lookup (built, APPLICATION_ID, FALSE);
    }
  if (schema == NULL)
    g_error ("The settings schema %s is not installed", APPLICATION_ID);
  return g_settings_new_full (schema, NULL, NULL);
}

static void
sj_application_dispose (GObject *object)
{
  g_clear_object (&SJ_APPLICATION (object)->settings);
  g_clear_pointer (&SJ_APPLICATION (object)->catalog, sj_catalog_free);
  g_clear_pointer (&SJ_APPLICATION (object)->user_db, sj_user_db_free);
  G_OBJECT_CLASS (sj_application_parent_class)->dispose (object);
}

static void
sj_application_class_init (SjApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_application_dispose;
  /* A reference keeps the resources of the UI in the program when it links the static library
   * (their constructor registers them). */
  g_assert (sj_app_get_resource () != NULL);
  app_class->activate = sj_application_activate;
  app_class->open = sj_application_open;
  app_class->startup = sj_application_startup;
}

static void
sj_application_init (SjApplication *self)
{
  self->settings = open_settings ();
}

SjApplication *
sj_application_new (void)
{
  return g_object_new (SJ_TYPE_APPLICATION, "application-id", APPLICATION_ID, "flags",
                       G_APPLICATION_HANDLES_OPEN, "resource-base-path",
                       "/io/github/sujarit/Sujarit", NULL);
}
