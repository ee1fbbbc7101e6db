/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-text-field"
#include "config.h"

#include "sj-text-field.h"

/**
 * SjTextField:
 *
 * Plain text over several lines, for titles and headings whose line breaks are printed (the
 * title of an announcement or an order). Its "text" property is the text with its line breaks.
 */
struct _SjTextField
{
  GtkTextView parent_instance;
};

enum
{
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (SjTextField, sj_text_field, GTK_TYPE_TEXT_VIEW)

static void
on_changed (GtkTextBuffer *buffer, SjTextField *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TEXT]);
}

static void
sj_text_field_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (object));
  GtkTextIter a, b;

  switch (prop_id)
    {
    case PROP_TEXT:
      gtk_text_buffer_get_bounds (buffer, &a, &b);
      g_value_take_string (value, gtk_text_buffer_get_text (buffer, &a, &b, FALSE));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_text_field_set_property (GObject *object, guint prop_id, const GValue *value,
                            GParamSpec *pspec)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (object));
  const char *text;
  GtkTextIter a, b;
  g_autofree char *current = NULL;

  switch (prop_id)
    {
    case PROP_TEXT:
      text = g_value_get_string (value);
      gtk_text_buffer_get_bounds (buffer, &a, &b);
      current = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
      if (g_strcmp0 (current, text ? text : "") != 0)
        gtk_text_buffer_set_text (buffer, text ? text : "", -1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_text_field_class_init (SjTextFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sj_text_field_get_property;
  object_class->set_property = sj_text_field_set_property;
  props[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "",
                                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                            | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
sj_text_field_init (SjTextField *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  gtk_text_buffer_set_enable_undo (buffer, FALSE); /* the document's undo */
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), 10);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self), 8);
  gtk_widget_add_css_class (GTK_WIDGET (self), "document");
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  g_signal_connect (buffer, "changed", G_CALLBACK (on_changed), self);
}

GtkWidget *
sj_text_field_new (void)
{
  return g_object_new (SJ_TYPE_TEXT_FIELD, NULL);
}
