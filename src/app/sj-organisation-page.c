/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-organisation-page"
#include "config.h"

#include "sj-organisation-page.h"

#include "sj-bind.h"
#include "sj-ui.h"
#include "sj-window.h"

#include <glib/gi18n.h>

/* The cover and the organisation: its kind, name, district, province, preparing division and
 * slogan, the emblem, the title lines of the cover, its units and the people who sign. */
/* An image of the organisation held in a Bytes property and its MIME type ("emblem" and
 * "emblem-type", "garuda" and "garuda-type"), shown in a row with Choose and Remove. */
typedef struct
{
  struct _SjOrganisationPage *page;
  const char *property;
  const char *type_property;
  const char *choose_title;  /* the file chooser's title */
  const char *choose_step;   /* the undo step's name */
  const char *remove_step;
  GtkPicture *picture;
} ImageRow;

struct _SjOrganisationPage
{
  SjFormPage parent_instance;
  ImageRow emblem;
  ImageRow garuda;
  GtkWidget *title_lines;
};

G_DEFINE_FINAL_TYPE (SjOrganisationPage, sj_organisation_page, SJ_TYPE_FORM_PAGE)

/* Units and people ---------------------------------------------------------------------------- */

static GtkWidget *
unit_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjUnit *unit = item;
  GtkWidget *row = sj_ui_entry_row (doc, unit, "name", _("Name of the unit"));
  GtkWidget *short_name = gtk_entry_new ();
  g_autofree char *what = g_strdup_printf (_("the unit “%s”"), sj_unit_get_name (unit));

  gtk_entry_set_placeholder_text (GTK_ENTRY (short_name), _("short name"));
  gtk_editable_set_width_chars (GTK_EDITABLE (short_name), 9);
  gtk_widget_set_valign (short_name, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (short_name, _("Printed in the Part 2 table (กจ., คลัง …)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (short_name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Short name of the unit"), -1);
  sj_bind (doc, unit, "short", short_name, "text", _("the short name"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), short_name);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sj_ui_remove_button (doc, unit, what));
  return row;
}

static GtkWidget *
person_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjPerson *person = item;
  GtkWidget *row = sj_ui_entry_row (doc, person, "name", _("Name"));
  GtkWidget *position = gtk_entry_new ();
  g_autofree char *what = g_strdup_printf (_("“%s”"), sj_person_get_name (person));

  gtk_entry_set_placeholder_text (GTK_ENTRY (position), _("position"));
  gtk_editable_set_width_chars (GTK_EDITABLE (position), 22);
  gtk_widget_set_valign (position, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (position), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Position"), -1);
  sj_bind (doc, person, "position", position, "text", _("the position"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), position);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sj_ui_remove_button (doc, person, what));
  return row;
}

static void
on_add_unit (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjUnit) unit = sj_unit_new ();
  g_autofree char *id = sj_ui_new_id (doc, "u");

  sj_unit_set_id (unit, id);
  sj_ui_append (doc, sj_document_get_plan (doc), "units", unit, _("Add a unit"));
}

static void
on_add_person (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjPerson) person = sj_person_new ();
  g_autofree char *id = sj_ui_new_id (doc, "person");

  sj_person_set_id (person, id);
  sj_ui_append (doc, sj_document_get_plan (doc), "people", person, _("Add a person"));
}

/* Title lines of the cover (a list of strings, edited line by line) -------------------------- */

static void
on_title_line_changed (GtkEditable *editable, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  SjSettings *settings = sj_plan_get_settings (sj_document_get_plan (doc));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "sj-index"));
  g_auto (GStrv) lines = g_strdupv ((char **) sj_settings_get_title_lines (settings));

  if (lines == NULL || index >= g_strv_length (lines))
    return;
  if (g_strcmp0 (lines[index], gtk_editable_get_text (editable)) == 0)
    return;
  g_free (lines[index]);
  lines[index] = g_strdup (gtk_editable_get_text (editable));
  sj_document_begin_step (doc, _("Edit the title of the cover"));
  sj_settings_set_title_lines (settings, (const char *const *) lines);
  sj_document_end_step (doc);
}

static void
on_remove_title_line (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  SjSettings *settings = sj_plan_get_settings (sj_document_get_plan (doc));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sj-index"));
  const char *const *lines = sj_settings_get_title_lines (settings);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) kept = NULL;

  for (guint i = 0; lines && lines[i]; i++)
    if (i != index)
      g_strv_builder_add (builder, lines[i]);
  kept = g_strv_builder_end (builder);
  sj_document_begin_step (doc, _("Remove a line of the cover"));
  sj_settings_set_title_lines (settings, (const char *const *) kept);
  sj_document_end_step (doc);
}

static void
on_add_title_line (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  SjSettings *settings = sj_plan_get_settings (sj_document_get_plan (doc));
  const char *const *lines = sj_settings_get_title_lines (settings);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) more = NULL;

  g_strv_builder_addv (builder, (const char **) lines);
  g_strv_builder_add (builder, "");
  more = g_strv_builder_end (builder);
  sj_document_begin_step (doc, _("Add a line to the cover"));
  sj_settings_set_title_lines (settings, (const char *const *) more);
  sj_document_end_step (doc);
}

/* Undo and redo show in the lines; a line added or removed builds the list again. */
static void
on_title_lines_notify (SjSettings *settings, GParamSpec *pspec, SjOrganisationPage *self)
{
  const char *const *lines = sj_settings_get_title_lines (settings);
  guint n = lines ? g_strv_length ((char **) lines) : 0, i = 0;
  GtkWidget *row;

  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->title_lines)); row;
       row = gtk_widget_get_next_sibling (row), i++)
    if (i >= n)
      break;
    else if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), lines[i]) != 0)
      gtk_editable_set_text (GTK_EDITABLE (row), lines[i]);
  if (i != n || row != NULL)
    sj_form_page_rebuild (SJ_FORM_PAGE (self));
}

static void
fill_title_lines (SjOrganisationPage *self, SjSettings *settings)
{
  const char *const *lines = sj_settings_get_title_lines (settings);
  GtkWidget *list = self->title_lines;

  for (guint i = 0; lines && lines[i]; i++)
    {
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *title = g_strdup_printf (_("Line %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), lines[i]);
      g_object_set_data (G_OBJECT (row), "sj-index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "changed", G_CALLBACK (on_title_line_changed), self);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove this line"));
      g_object_set_data (G_OBJECT (remove), "sj-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_title_line), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}

/* Images: the emblem and the Garuda ---------------------------------------------------------- */

static void
show_image (ImageRow *r, SjOrganisation *org)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GdkTexture) texture = NULL;

  g_object_get (org, r->property, &bytes, NULL);
  texture = bytes ? gdk_texture_new_from_bytes (bytes, NULL) : NULL;
  gtk_picture_set_paintable (r->picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (r->picture), texture != NULL);
}

static void
on_image_notify (SjOrganisation *org, GParamSpec *pspec, ImageRow *r)
{
  show_image (r, org);
}

static void
on_image_chosen (GtkNativeDialog *dialog, int response, ImageRow *r)
{
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (r->page));
  SjOrganisation *org;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GBytes) png = NULL;

  if (response != GTK_RESPONSE_ACCEPT || doc == NULL)
    {
      g_object_unref (dialog);
      return;
    }
  org = sj_plan_get_organisation (sj_document_get_plan (doc));
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  /* Any image GTK reads is kept as PNG, the format the book embeds. */
  texture = gdk_texture_new_from_file (file, &error);
  if (texture == NULL)
    {
      SjWindow *window = sj_form_page_get_window (SJ_FORM_PAGE (r->page));
      if (window)
        sj_window_show_error (window, _("This file is not an image Sujarit can read"),
                              error->message);
      return;
    }
  png = gdk_texture_save_to_png_bytes (texture);
  sj_document_begin_step (doc, _(r->choose_step));
  g_object_set (org, r->type_property, "image/png", r->property, png, NULL);
  sj_document_end_step (doc);
  show_image (r, org);
}

static void
on_choose_image (GtkButton *button, ImageRow *r)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (
    _(r->choose_title), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (r->page))),
    GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_image_chosen), r);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_remove_image (GtkButton *button, ImageRow *r)
{
  SjDocument *doc = sj_form_page_get_document (SJ_FORM_PAGE (r->page));
  SjOrganisation *org = sj_plan_get_organisation (sj_document_get_plan (doc));

  sj_document_begin_step (doc, _(r->remove_step));
  g_object_set (org, r->property, NULL, r->type_property, "", NULL);
  sj_document_end_step (doc);
  show_image (r, org);
}

static GtkWidget *
image_row (SjOrganisationPage *self, SjOrganisation *org, const char *title, ImageRow *r)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;
  g_autofree char *signal = g_strdup_printf ("notify::%s", r->property);

  r->page = self;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  r->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_widget_set_size_request (GTK_WIDGET (r->picture), 72, 72);
  gtk_picture_set_can_shrink (r->picture, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (r->picture));
  button = gtk_button_new_with_mnemonic (_("_Choose…"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_choose_image), r);
  gtk_box_append (GTK_BOX (box), button);
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (button, _(r->remove_step));
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_image), r);
  gtk_box_append (GTK_BOX (box), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  show_image (r, org);
  sj_form_page_connect (SJ_FORM_PAGE (self), org, signal, G_CALLBACK (on_image_notify), r);
  return row;
}

/* Building ----------------------------------------------------------------------------------- */

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjOrganisationPage *self = SJ_ORGANISATION_PAGE (page);
  SjPlan *plan = object;
  SjOrganisation *org = sj_plan_get_organisation (plan);
  GtkWidget *group, *list, *button;
  static const struct
  {
    const char *property;
    const char *title;
  } fields[] = {
    { "name", N_("Name (เทศบาลนครขอนแก่น, องค์การบริหารส่วนตำบล…)") },
    { "district", N_("District (อำเภอ)") },
    { "province", N_("Province (จังหวัด)") },
    { "executive-title", N_("Title of the executive (นายกเทศมนตรี…)") },
    { "division", N_("Preparing division (กองยุทธศาสตร์และงบประมาณ…)") },
    { "slogan", N_("Vision or slogan on the cover") },
    { "address", N_("Address") },
    { "phone", N_("Telephone") },
    { "email", N_("E-mail") },
    { "website", N_("Website") },
  };

  sj_form_page_set_title (page, _("Cover and organisation"),
                          _("What the cover, the announcement and the letters say about the "
                            "organisation. The checker compares every text of the plan with "
                            "this name and kind."));
  group = sj_form_page_group (content, _("The organisation"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_combo_row (doc, org, "type", _("Kind of local government"),
                                              SJ_TYPE_ORG_TYPE,
                                              (const char *(*) (int)) sj_org_type_label));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               sj_ui_entry_row (doc, org, fields[i].property, _(fields[i].title)));
  adw_preferences_group_add (
    ADW_PREFERENCES_GROUP (group),
    sj_ui_lines_field (doc, org, "short-names",
                       _("Short forms of the name the plan may use, one per line (ทน.ขอนแก่น…)")));

  group = sj_form_page_group (content, _("Emblem and Garuda"),
                              _("The emblem is printed at the top of the cover, the Garuda at the "
                                "head of the ประกาศ and the คำสั่ง"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             image_row (self, org, _("Emblem image"), &self->emblem));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             image_row (self, org, _("Garuda image (ตราครุฑ)"), &self->garuda));

  group = sj_form_page_group (content, _("Title on the cover"),
                              _("The lines of the title, as printed on the cover"));
  button = sj_form_page_add_button (group, _("Add a line"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_title_line), self);
  self->title_lines = sj_form_page_list (group);
  fill_title_lines (self, sj_plan_get_settings (plan));
  sj_form_page_connect (page, sj_plan_get_settings (plan), "notify::title-lines",
                        G_CALLBACK (on_title_lines_notify), self);

  group = sj_form_page_group (content, _("Units of the organisation"),
                              _("สำนัก, กอง, ฝ่าย: projects name the unit responsible"));
  button = sj_form_page_add_button (group, _("Add a unit"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_unit), self);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_plan_get_units (plan), unit_row, self);

  group = sj_form_page_group (content, _("People who sign"),
                              _("Named once and chosen where they sign (the announcement, the "
                                "orders, the annex)"));
  button = sj_form_page_add_button (group, _("Add a person"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_person), self);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_plan_get_people (plan), person_row, self);
}

static void
sj_organisation_page_class_init (SjOrganisationPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_organisation_page_init (SjOrganisationPage *self)
{
  self->emblem = (ImageRow) { self, "emblem", "emblem-type", N_("Choose the Emblem"),
                              N_("Choose the emblem"), N_("Remove the emblem"), NULL };
  self->garuda = (ImageRow) { self, "garuda", "garuda-type", N_("Choose the Garuda"),
                              N_("Choose the Garuda"), N_("Remove the Garuda"), NULL };
}
