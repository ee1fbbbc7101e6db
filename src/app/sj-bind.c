/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-bind"
#include "config.h"

#include "sj-bind.h"
#include "sj-thai.h"

#include <glib/gi18n.h>

/**
 * The editors' link between a widget and a property of the model. An edit in the widget becomes a
 * named step of the document ("แก้ไขชื่อโครงการ"), keystrokes in one field coalesce into one step
 * until the field loses focus, and a change of the model (undo, redo, an edit elsewhere) shows in
 * the widget. One binding per widget: binding it again (another project selected) replaces it.
 */
typedef enum
{
  BIND_VALUE,
  BIND_MONEY,
  BIND_REF,
} BindKind;

typedef struct
{
  BindKind kind;
  GtkWidget *widget; /* not a reference: the binding lives on the widget */
  SjDocument *doc;
  GObject *object;
  GParamSpec *pspec;
  char *widget_property;
  char *step_name;
  GListModel *choices; /* BIND_REF: the objects offered, after a first "none" entry */
  gulong object_handler;
  gulong widget_handler;
  gulong choices_handler;
  GtkEventController *focus;
  gboolean updating;
  guint commit_source;
} Binding;

static gboolean commit_money (gpointer data);

static void
binding_free (gpointer data)
{
  Binding *b = data;

  /* What was typed is stored before the field is bound to something else. */
  if (b->commit_source)
    {
      g_clear_handle_id (&b->commit_source, g_source_remove);
      commit_money (b);
    }
  if (b->object_handler)
    g_signal_handler_disconnect (b->object, b->object_handler);
  if (b->choices_handler)
    g_signal_handler_disconnect (b->choices, b->choices_handler);
  /* Bound again (or unbound) while the widget lives, its handler and controller go; when the
   * widget itself is being finalized, they went with it. */
  if (b->widget_handler && g_signal_handler_is_connected (b->widget, b->widget_handler))
    {
      g_signal_handler_disconnect (b->widget, b->widget_handler);
      if (b->focus)
        gtk_widget_remove_controller (b->widget, b->focus);
    }
  g_clear_object (&b->object);
  g_clear_object (&b->doc);
  g_clear_object (&b->choices);
  g_free (b->widget_property);
  g_free (b->step_name);
  g_free (b);
}

void
sj_unbind (GtkWidget *widget)
{
  g_object_set_data (G_OBJECT (widget), "sj-binding", NULL);
}

static void
on_focus_leave (GtkEventControllerFocus *controller, Binding *b)
{
  sj_document_stop_coalescing (b->doc);
}

/* Sets the model through the document, as one named step. */
static void
store (Binding *b, const GValue *value)
{
  GValue current = G_VALUE_INIT;
  gboolean same;

  g_value_init (&current, G_PARAM_SPEC_VALUE_TYPE (b->pspec));
  g_object_get_property (b->object, b->pspec->name, &current);
  same = g_param_values_cmp (b->pspec, value, &current) == 0;
  g_value_unset (&current);
  if (same)
    return;
  sj_document_begin_step (b->doc, b->step_name);
  g_object_set_property (b->object, b->pspec->name, value);
  sj_document_end_step (b->doc);
}

/* Generic values ------------------------------------------------------------------------------ */

static void
model_to_widget (Binding *b)
{
  GParamSpec *wspec = g_object_class_find_property (G_OBJECT_GET_CLASS (b->widget),
                                                    b->widget_property);
  GValue value = G_VALUE_INIT;
  GValue shown = G_VALUE_INIT;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (b->pspec));
  g_object_get_property (b->object, b->pspec->name, &value);
  g_value_init (&shown, G_PARAM_SPEC_VALUE_TYPE (wspec));
  if (G_VALUE_HOLDS_ENUM (&value) && G_VALUE_HOLDS_UINT (&shown))
    g_value_set_uint (&shown, (guint) g_value_get_enum (&value)); /* a drop-down's position */
  else if (!g_value_transform (&value, &shown))
    g_warning ("cannot show %s in %s", b->pspec->name, b->widget_property);
  b->updating = TRUE;
  g_object_set_property (G_OBJECT (b->widget), b->widget_property, &shown);
  b->updating = FALSE;
  g_value_unset (&value);
  g_value_unset (&shown);
}

static void
on_widget_notify (GObject *widget, GParamSpec *wspec, Binding *b)
{
  GValue shown = G_VALUE_INIT;
  GValue value = G_VALUE_INIT;

  if (b->updating)
    return;
  g_value_init (&shown, G_PARAM_SPEC_VALUE_TYPE (wspec));
  g_object_get_property (widget, wspec->name, &shown);
  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (b->pspec));
  if (G_VALUE_HOLDS_UINT (&shown) && G_VALUE_HOLDS_ENUM (&value))
    {
      guint selected = g_value_get_uint (&shown);
      GEnumClass *klass = g_type_class_peek (G_VALUE_TYPE (&value));
      if (selected == GTK_INVALID_LIST_POSITION || g_enum_get_value (klass, selected) == NULL)
        goto out;
      g_value_set_enum (&value, (int) selected);
    }
  else if (!g_value_transform (&shown, &value))
    goto out;
  store (b, &value);
out:
  g_value_unset (&shown);
  g_value_unset (&value);
}

static void
on_object_notify (GObject *object, GParamSpec *pspec, Binding *b)
{
  if (b->updating)
    return;
  switch (b->kind)
    {
    case BIND_VALUE:
      model_to_widget (b);
      break;
    case BIND_MONEY:
    case BIND_REF:
      /* handled by their own refresh functions, set below */
      break;
    }
}

static Binding *
binding_new (BindKind kind, SjDocument *doc, gpointer object, const char *property,
             GtkWidget *widget, const char *label)
{
  Binding *b;
  GParamSpec *pspec;

  sj_unbind (widget);
  if (object == NULL)
    return NULL;
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL, NULL);
  b = g_new0 (Binding, 1);
  b->kind = kind;
  b->widget = widget;
  b->doc = g_object_ref (doc);
  b->object = g_object_ref (object);
  b->pspec = pspec;
  /* TRANSLATORS: the name of an undo step, e.g. "Edit Title"; %s is a field's label */
  b->step_name = g_strdup_printf (_("Edit %s"), label);
  /* Undo is the document's: the entry's own history would answer Ctrl+Z behind its back. */
  if (GTK_IS_EDITABLE (widget))
    gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
  b->focus = gtk_event_controller_focus_new ();
  g_signal_connect (b->focus, "leave", G_CALLBACK (on_focus_leave), b);
  gtk_widget_add_controller (widget, b->focus);
  g_object_set_data_full (G_OBJECT (widget), "sj-binding", b, binding_free);
  return b;
}

/**
 * sj_bind:
 * @label: the field's label, which names the undo step ("Edit …")
 *
 * Shows @object's @property in @widget's @widget_property and stores edits of it. Values are
 * converted as GValue transforms do (an int shown in a spin button's double); an enum is shown as
 * the position of a drop-down whose items follow the enum's order.
 */
void
sj_bind (SjDocument *doc, gpointer object, const char *property, GtkWidget *widget,
         const char *widget_property, const char *label)
{
  g_autofree char *detail = NULL;
  Binding *b = binding_new (BIND_VALUE, doc, object, property, widget, label);

  if (b == NULL)
    return;
  b->widget_property = g_strdup (widget_property);
  model_to_widget (b);
  detail = g_strconcat ("notify::", property, NULL);
  b->object_handler = g_signal_connect (object, detail, G_CALLBACK (on_object_notify), b);
  g_free (detail);
  detail = g_strconcat ("notify::", widget_property, NULL);
  b->widget_handler = g_signal_connect (widget, detail, G_CALLBACK (on_widget_notify), b);
}

/* Money --------------------------------------------------------------------------------------- */

/* How an amount is shown for editing: "15,000", "15,000.50", or empty for no amount. */
char *
sj_money_input_text (SjMoney amount)
{
  if (amount == SJ_MONEY_NONE)
    return g_strdup ("");
  return sj_money_format (amount, SJ_MONEY_DECIMALS_AUTO, TRUE);
}

/**
 * sj_money_from_input:
 *
 * Reads an amount as people type it: Arabic or Thai digits, with or without thousands
 * separators, spaces around, "บาท" after it. Empty (or "-") is no amount (%SJ_MONEY_NONE).
 */
gboolean
sj_money_from_input (const char *text, SjMoney *out)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));

  if (g_str_has_suffix (t, "บาท"))
    {
      t[strlen (t) - strlen ("บาท")] = '\0';
      g_strstrip (t);
    }
  if (*t == '\0' || g_strcmp0 (t, "-") == 0)
    {
      *out = SJ_MONEY_NONE;
      return TRUE;
    }
  return sj_money_parse (t, out, NULL);
}

static void
money_to_widget (Binding *b)
{
  SjMoney amount = SJ_MONEY_NONE, shown = SJ_MONEY_NONE;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (b->widget));
  g_autofree char *formatted = NULL;

  g_object_get (b->object, b->pspec->name, &amount, NULL);
  /* Leave what is being typed alone when it already means this amount ("15000" vs "15,000"). */
  if (sj_money_from_input (text, &shown) && shown == amount)
    return;
  formatted = sj_money_input_text (amount);
  b->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (b->widget), formatted);
  gtk_widget_remove_css_class (b->widget, "error");
  b->updating = FALSE;
}

static void
on_money_object_notify (GObject *object, GParamSpec *pspec, Binding *b)
{
  if (!b->updating)
    money_to_widget (b);
}

/* Invalid input is marked where it is typed, and never stored. Stored once the text settles (at
 * idle): replacing a text deletes, then inserts, and the empty text between is not "no amount". */
static gboolean
commit_money (gpointer data)
{
  Binding *b = data;
  GtkEditable *editable = GTK_EDITABLE (b->widget);
  SjMoney amount;
  GValue value = G_VALUE_INIT;

  b->commit_source = 0;
  if (!sj_money_from_input (gtk_editable_get_text (editable), &amount))
    {
      gtk_widget_add_css_class (b->widget, "error");
      return G_SOURCE_REMOVE;
    }
  gtk_widget_remove_css_class (b->widget, "error");
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, amount);
  b->updating = TRUE;
  store (b, &value);
  b->updating = FALSE;
  g_value_unset (&value);
  return G_SOURCE_REMOVE;
}

static void
on_money_changed (GtkEditable *editable, Binding *b)
{
  if (b->updating || b->commit_source)
    return;
  b->commit_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, commit_money, b, NULL);
}

/* Binds an editable to an amount of money (a SjMoney property). */
void
sj_bind_money (SjDocument *doc, gpointer object, const char *property, GtkWidget *editable,
               const char *label)
{
  g_autofree char *detail = NULL;
  Binding *b = binding_new (BIND_MONEY, doc, object, property, editable, label);

  if (b == NULL)
    return;
  g_return_if_fail (GTK_IS_EDITABLE (editable));
  money_to_widget (b);
  detail = g_strconcat ("notify::", property, NULL);
  b->object_handler = g_signal_connect (object, detail, G_CALLBACK (on_money_object_notify), b);
  b->widget_handler = g_signal_connect (editable, "changed", G_CALLBACK (on_money_changed), b);
}

/* References ---------------------------------------------------------------------------------- */

static char *
choice_label (gpointer object)
{
  if (SJ_IS_UNIT (object))
    return g_strdup (sj_unit_get_name (object));
  if (SJ_IS_PERSON (object))
    {
      const char *position = sj_person_get_position (object);
      return *position ? g_strdup_printf ("%s (%s)", sj_person_get_name (object), position)
                       : g_strdup (sj_person_get_name (object));
    }
  if (SJ_IS_FUNDING_LINE (object))
    return g_strdup (sj_funding_line_get_name (object));
  if (SJ_IS_PROJECT (object))
    return g_strdup (sj_project_get_title (object));
  return g_strdup ("?");
}

static void
ref_to_widget (Binding *b)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr (GObject) current = NULL;
  guint selected = 0;

  g_object_get (b->object, b->pspec->name, &current, NULL);
  gtk_string_list_append (labels, _("(none)"));
  for (guint i = 0; i < g_list_model_get_n_items (b->choices); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (b->choices, i);
      g_autofree char *label = choice_label (item);
      gtk_string_list_append (labels, label);
      if (item == current)
        selected = i + 1;
    }
  b->updating = TRUE;
  if (ADW_IS_COMBO_ROW (b->widget))
    {
      adw_combo_row_set_model (ADW_COMBO_ROW (b->widget), G_LIST_MODEL (labels));
      adw_combo_row_set_selected (ADW_COMBO_ROW (b->widget), selected);
    }
  else
    {
      gtk_drop_down_set_model (GTK_DROP_DOWN (b->widget), G_LIST_MODEL (labels));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (b->widget), selected);
    }
  b->updating = FALSE;
}

static void
on_ref_object_notify (GObject *object, GParamSpec *pspec, Binding *b)
{
  if (!b->updating)
    ref_to_widget (b);
}

static void
on_choices_changed (GListModel *choices, guint position, guint removed, guint added, Binding *b)
{
  ref_to_widget (b);
}

static void
on_ref_selected (GObject *row, GParamSpec *pspec, Binding *b)
{
  guint selected = ADW_IS_COMBO_ROW (row) ? adw_combo_row_get_selected (ADW_COMBO_ROW (row))
                                          : gtk_drop_down_get_selected (GTK_DROP_DOWN (row));
  g_autoptr (GObject) target = NULL;
  GValue value = G_VALUE_INIT;

  if (b->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    target = g_list_model_get_item (b->choices, selected - 1);
  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (b->pspec));
  g_value_set_object (&value, target);
  b->updating = TRUE;
  store (b, &value);
  b->updating = FALSE;
  g_value_unset (&value);
}

static void
setup_label (GtkSignalListItemFactory *f, GtkListItem *item, gpointer wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *f, GtkListItem *item, gpointer wrap)
{
  GtkStringObject *s = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (s));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (s));
}

static GtkListItemFactory *
label_factory (gboolean wrap)
{
  GtkListItemFactory *f = gtk_signal_list_item_factory_new ();
  g_signal_connect (f, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (wrap));
  g_signal_connect (f, "bind", G_CALLBACK (bind_label), GINT_TO_POINTER (wrap));
  return f;
}

/* Binds a combo row (or a drop-down) to a reference: "(none)", then the objects of @choices. */
void
sj_bind_ref (SjDocument *doc, gpointer object, const char *property, GtkWidget *row,
             GListModel *choices, const char *label)
{
  g_autofree char *detail = NULL;
  Binding *b = binding_new (BIND_REF, doc, object, property, row, label);

  if (b == NULL)
    return;
  b->choices = g_object_ref (choices);
  if (GTK_IS_DROP_DOWN (row))
    {
      /* Project titles are long: shortened in the button, whole (wrapped) in the list. */
      g_autoptr (GtkListItemFactory) button = label_factory (FALSE);
      g_autoptr (GtkListItemFactory) list = label_factory (TRUE);
      gtk_drop_down_set_factory (GTK_DROP_DOWN (row), button);
      gtk_drop_down_set_list_factory (GTK_DROP_DOWN (row), list);
    }
  ref_to_widget (b);
  detail = g_strconcat ("notify::", property, NULL);
  b->object_handler = g_signal_connect (object, detail, G_CALLBACK (on_ref_object_notify), b);
  b->widget_handler = g_signal_connect (row, "notify::selected", G_CALLBACK (on_ref_selected), b);
  b->choices_handler = g_signal_connect (choices, "items-changed",
                                         G_CALLBACK (on_choices_changed), b);
}
