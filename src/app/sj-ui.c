/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-ui"
#include "config.h"

#include "sj-ui.h"
#include "sj-compute.h"

#include "sj-bind.h"
#include "sj-date-row.h"
#include "sj-rich-editor.h"
#include "sj-text-field.h"
#include "sj-window.h"

#include <glib/gi18n.h>

/* Building blocks the editor pages share: rows bound to the model, lists that follow the model,
 * and deletion that never leaves a reference dangling. */

static void
remove_now (GtkWidget *from, SjDocument *doc, gpointer object, const char *what)
{
  /* TRANSLATORS: the name of an undo step; %s says what, e.g. "the unit กองคลัง" */
  g_autofree char *step = g_strdup_printf (_("Delete %s"), what);
  GtkRoot *root = gtk_widget_get_root (from);

  sj_document_remove (doc, object, step);
  if (SJ_IS_WINDOW (root))
    {
      g_autofree char *message = g_strdup_printf (_("Deleted %s (Ctrl+Z brings it back)"), what);
      sj_window_toast (SJ_WINDOW (root), message);
    }
}

typedef struct
{
  GtkWidget *from;
  SjDocument *doc;
  gpointer object;
  char *what;
} RemoveData;

static void
remove_data_free (RemoveData *d)
{
  g_object_unref (d->from);
  g_object_unref (d->doc);
  g_object_unref (d->object);
  g_free (d->what);
  g_free (d);
}

static void
on_remove_response (AdwMessageDialog *dialog, const char *response, RemoveData *d)
{
  if (g_strcmp0 (response, "delete") == 0)
    remove_now (d->from, d->doc, d->object, d->what);
  remove_data_free (d);
}

static const char *
kind_of (SjModelObject *object)
{
  if (SJ_IS_RISK_MEASURE (object))
    return _("a risk control measure");
  if (SJ_IS_PROJECT (object))
    return _("a project");
  if (SJ_IS_ANNOUNCEMENT (object))
    return _("the announcement");
  if (SJ_IS_ORDER (object))
    return _("an order");
  return _("an entry");
}

/**
 * sj_ui_remove:
 * @what: what is deleted, as the user knows it ("the project …")
 *
 * Deletes @object from its list. When other parts of the plan refer to it (a risk measure linked
 * to a project, projects of a unit), asks first, naming them; deleting then unlinks them in the
 * same step, so the plan never refers to what is not in it. Undo restores both.
 */
void
sj_ui_remove (GtkWidget *from, SjDocument *doc, gpointer object, const char *what)
{
  g_autoptr (GPtrArray) refs = sj_document_find_references (doc, object);
  g_autoptr (GString) where = NULL;
  GtkWidget *dialog;
  RemoveData *d;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (refs->len == 0)
    {
      remove_now (from, doc, object, what);
      return;
    }
  where = g_string_new (NULL);
  for (guint i = 0; i < MIN (refs->len, 5); i++)
    {
      SjReference *r = g_ptr_array_index (refs, i);
      g_string_append_printf (where, "\n• %s", kind_of (r->object));
      if (SJ_IS_RISK_MEASURE (r->object) && *sj_risk_measure_get_text (SJ_RISK_MEASURE (r->object)))
        g_string_append_printf (where, ": %s", sj_risk_measure_get_text (SJ_RISK_MEASURE (r->object)));
      else if (SJ_IS_PROJECT (r->object))
        g_string_append_printf (where, ": %s", sj_project_get_title (SJ_PROJECT (r->object)));
    }
  if (refs->len > 5)
    g_string_append_printf (where, "\n• %s", _("and more"));
  heading = g_strdup_printf (_("Delete %s?"), what);
  body = g_strdup_printf (ngettext ("It is linked from %u place in the plan; deleting it removes "
                                    "the link:%s",
                                    "It is linked from %u places in the plan; deleting it removes "
                                    "the links:%s",
                                    refs->len),
                          refs->len, where->str);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (from)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete and Unlink"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  d = g_new0 (RemoveData, 1);
  d->from = g_object_ref (from);
  d->doc = g_object_ref (doc);
  d->object = g_object_ref (object);
  d->what = g_strdup (what);
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response), d);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Appends @item to @owner's list @list_property as one named step. */
void
sj_ui_append (SjDocument *doc, gpointer owner, const char *list_property, gpointer item,
              const char *step_name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (owner), list_property);
  SjObjectList *list;

  g_return_if_fail (sj_model_pspec_is_list (pspec));
  list = sj_model_object_get_list (owner, pspec);
  sj_document_begin_step (doc, step_name);
  sj_model_object_list_insert (owner, pspec, sj_object_list_get_n_items (list), item);
  sj_document_end_step (doc);
}

static gboolean
id_in_use (SjModelObject *object, const char *id)
{
  guint n_props;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object),
                                                                   &n_props);
  for (guint i = 0; i < n_props; i++)
    {
      if (g_strcmp0 (pspecs[i]->name, "id") == 0)
        {
          g_autofree char *value = NULL;
          g_object_get (object, "id", &value, NULL);
          if (g_strcmp0 (value, id) == 0)
            return TRUE;
        }
      else if (sj_model_pspec_is_list (pspecs[i]))
        {
          SjObjectList *list = sj_model_object_get_list (object, pspecs[i]);
          for (guint j = 0; j < sj_object_list_get_n_items (list); j++)
            if (id_in_use (sj_object_list_get (list, j), id))
              return TRUE;
        }
    }
  return FALSE;
}

/* An id no object of the plan has yet: "p57", "u12" … */
char *
sj_ui_new_id (SjDocument *doc, const char *prefix)
{
  SjModelObject *plan = SJ_MODEL_OBJECT (sj_document_get_plan (doc));

  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s%u", prefix, n);
      if (!id_in_use (plan, id))
        return g_steal_pointer (&id);
    }
}

GtkWidget *
sj_ui_entry_row (SjDocument *doc, gpointer object, const char *property, const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  sj_bind (doc, object, property, row, "text", title);
  return row;
}

typedef struct
{
  SjDocument *doc;
  gpointer object;
  char *what;
} ButtonData;

static void
button_data_free (gpointer data, GClosure *closure)
{
  ButtonData *d = data;
  g_object_unref (d->doc);
  g_object_unref (d->object);
  g_free (d->what);
  g_free (d);
}

static ButtonData *
button_data_new (SjDocument *doc, gpointer object, const char *what)
{
  ButtonData *d = g_new0 (ButtonData, 1);
  d->doc = g_object_ref (doc);
  d->object = g_object_ref (object);
  d->what = g_strdup (what);
  return d;
}

static void
on_remove_clicked (GtkButton *button, ButtonData *d)
{
  sj_ui_remove (GTK_WIDGET (button), d->doc, d->object, d->what);
}

GtkWidget *
sj_ui_remove_button (SjDocument *doc, gpointer object, const char *what)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *tooltip = g_strdup_printf (_("Delete %s"), what);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  g_signal_connect_data (button, "clicked", G_CALLBACK (on_remove_clicked),
                         button_data_new (doc, object, what), button_data_free, 0);
  return button;
}

static void
on_move_clicked (GtkButton *button, ButtonData *d)
{
  SjModelObject *parent = sj_model_object_get_parent (d->object);
  int index = sj_model_object_get_index (d->object);
  int delta = g_strcmp0 (d->what, "up") == 0 ? -1 : 1;
  guint n;

  if (parent == NULL || index < 0)
    return;
  n = sj_object_list_get_n_items (
    sj_model_object_get_list (parent, sj_model_object_get_parent_pspec (d->object)));
  if (index + delta < 0 || index + delta >= (int) n)
    return;
  sj_document_move (d->doc, d->object, parent, index + delta,
                    delta < 0 ? _("Move up") : _("Move down"));
}

/* Up and down buttons that reorder @object within its list (one undoable step each). */
GtkWidget *
sj_ui_move_buttons (SjDocument *doc, gpointer object)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *up = gtk_button_new_from_icon_name ("go-up-symbolic");
  GtkWidget *down = gtk_button_new_from_icon_name ("go-down-symbolic");

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (up, "flat");
  gtk_widget_add_css_class (down, "flat");
  gtk_widget_set_tooltip_text (up, _("Move up"));
  gtk_widget_set_tooltip_text (down, _("Move down"));
  g_signal_connect_data (up, "clicked", G_CALLBACK (on_move_clicked),
                         button_data_new (doc, object, "up"), button_data_free, 0);
  g_signal_connect_data (down, "clicked", G_CALLBACK (on_move_clicked),
                         button_data_new (doc, object, "down"), button_data_free, 0);
  gtk_box_append (GTK_BOX (box), up);
  gtk_box_append (GTK_BOX (box), down);
  return box;
}

/* A drop-down of an enum's values by their Thai labels (@label), bound to @property. */
GtkWidget *
sj_ui_combo_row (SjDocument *doc, gpointer object, const char *property, const char *title,
                 GType enum_type, const char *(*label) (int value))
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GEnumClass *klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *text = label (klass->values[i].value);
      gtk_string_list_append (labels, text && *text ? text : _("(unspecified)"));
    }
  g_type_class_unref (klass);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  sj_bind (doc, object, property, row, "selected", title);
  return row;
}

GtkWidget *
sj_ui_switch_row (SjDocument *doc, gpointer object, const char *property, const char *title,
                  const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  sj_bind (doc, object, property, sw, "active", title);
  return row;
}

GtkWidget *
sj_ui_spin_row (SjDocument *doc, gpointer object, const char *property, const char *title,
                double lo, double hi, double step, guint digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lo, hi, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  sj_bind (doc, object, property, spin, "value", title);
  return row;
}

/* A heading and a rich text editor for @property. */
GtkWidget *
sj_ui_rich_field (SjDocument *doc, gpointer object, const char *property, const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  SjRichEditor *editor = sj_rich_editor_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (editor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (sj_rich_editor_get_view (editor)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (box), "sj-editor", editor);
  g_object_set_data_full (G_OBJECT (box), "sj-property", g_strdup (property), g_free);
  sj_bind (doc, object, property, GTK_WIDGET (editor), "rich", title);
  return box;
}

/* A heading and a plain text over several lines, whose line breaks are printed. */
GtkWidget *
sj_ui_lines_field (SjDocument *doc, gpointer object, const char *property, const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *field = sj_text_field_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), field);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  sj_bind (doc, object, property, field, "text", title);
  return box;
}

GtkWidget *
sj_ui_date_row (SjDocument *doc, gpointer object, const char *property, const char *title)
{
  GtkWidget *row = sj_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  sj_bind (doc, object, property, row, "date", title);
  return row;
}

typedef struct
{
  SjDocument *doc;
  SjRowFunc func;
  gpointer user_data;
} ListData;

static GtkWidget *
create_row (gpointer item, gpointer user_data)
{
  ListData *d = user_data;
  return d->func (d->doc, item, d->user_data);
}

static void
list_data_free (gpointer data)
{
  ListData *d = data;
  g_object_unref (d->doc);
  g_free (d);
}

/* Shows one row per item of @model in @box, made by @func; rows follow the model. */
void
sj_ui_bind_list (GtkListBox *box, SjDocument *doc, GListModel *model, SjRowFunc func,
                 gpointer user_data)
{
  ListData *d;

  if (model == NULL)
    {
      gtk_list_box_bind_model (box, NULL, NULL, NULL, NULL);
      return;
    }
  d = g_new0 (ListData, 1);
  d->doc = g_object_ref (doc);
  d->func = func;
  d->user_data = user_data;
  gtk_list_box_bind_model (box, model, create_row, d, list_data_free);
}

/* The scrolled, width-limited column every page is laid out in; @content receives the box. */
GtkWidget *
sj_ui_page_box (GtkWidget **content)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 880);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  *content = box;
  return scrolled;
}

void
sj_ui_clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_BOX (box))
        gtk_box_remove (GTK_BOX (box), child);
      else if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        break;
    }
}

/* Unparents what a widget with a bin layout still holds in its dispose (the template's top
 * widget): gtk_widget_dispose_template() clears the bound children, not the others. */
void
sj_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/* The parts of the book in their usual order, as the settings page and Export PDF list them. */
const SjUiBookPart *
sj_ui_book_parts (guint *n_parts)
{
  static const SjUiBookPart parts[] = {
    { "cover", N_("Cover") },
    { "announcement", N_("Announcement (when placed in front)") },
    { "preface", N_("Preface") },
    { "contents", N_("Contents") },
    { "part1", N_("Part 1: Introduction") },
    { "part2", N_("Part 2: Action plan (budget table)") },
    { "part3", N_("Part 3: Project forms") },
    { "appendix", N_("Appendix (announcement, orders)") },
    { "annex", N_("E-PlanNACC annex") },
  };
  *n_parts = G_N_ELEMENTS (parts);
  return parts;
}

/**
 * sj_ui_project_preview_markup:
 * @title: (nullable): the title to show, else the project's
 *
 * Returns: Pango markup of @project's form as it reads: its title, then each field of the form
 * with its printed heading, for the previews of the library.
 */
char *
sj_ui_project_preview_markup (SjProject *project, const char *title)
{
  static const struct
  {
    const char *property;
    SjFormField field;
  } fields[] = {
    { "rationale", SJ_FORM_FIELD_RATIONALE },       { "objectives", SJ_FORM_FIELD_OBJECTIVES },
    { "target-group", SJ_FORM_FIELD_TARGET_GROUP }, { "area", SJ_FORM_FIELD_AREA },
    { "method", SJ_FORM_FIELD_METHOD },             { "outputs", SJ_FORM_FIELD_OUTPUTS },
    { "outcomes", SJ_FORM_FIELD_OUTCOMES },
  };
  g_autofree char *escaped = g_markup_escape_text (title ? title : sj_project_get_title (project), -1);
  GString *markup = g_string_new (NULL);

  g_string_append_printf (markup, "<span size='large' weight='bold'>%s</span>", escaped);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr (SjRich) rich = NULL;
      g_autofree char *plain = NULL;
      g_autofree char *text = NULL;
      g_autofree char *heading = NULL;
      g_object_get (project, fields[i].property, &rich, NULL);
      plain = rich ? sj_rich_to_plain (rich) : g_strdup ("");
      if (*plain == '\0')
        continue;
      text = g_markup_escape_text (plain, -1);
      heading = g_markup_escape_text (sj_project_get_label (project, fields[i].field), -1);
      g_string_append_printf (markup, "\n\n<b>%s</b>\n%s", heading, text);
    }
  return g_string_free (markup, FALSE);
}
