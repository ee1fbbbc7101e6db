/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-date-row"
#include "config.h"

#include "sj-date-row.h"

#include "sj-thai.h"

#include <glib/gi18n.h>

/**
 * SjDateRow:
 *
 * A date typed and shown in the Buddhist Era, as Thai official pages have it: day, Thai month,
 * year พ.ศ. The day (or the day and month) may be left blank for handwriting; a year of "–"
 * means no date. The file keeps its own format (Common Era, ISO).
 */
struct _SjDateRow
{
  AdwActionRow parent_instance;
  GtkSpinButton *day;
  GtkDropDown *month;
  GtkSpinButton *year;
  SjDate *date;
  gboolean updating;
};

enum
{
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (SjDateRow, sj_date_row, ADW_TYPE_ACTION_ROW)

static void
show_date (SjDateRow *self)
{
  self->updating = TRUE;
  gtk_spin_button_set_value (self->day, self->date ? self->date->day : 0);
  gtk_drop_down_set_selected (self->month, self->date ? self->date->month : 0);
  gtk_spin_button_set_value (self->year, self->date ? self->date->year + SJ_BE_OFFSET : 0);
  self->updating = FALSE;
}

static void
on_changed (SjDateRow *self)
{
  guint day = gtk_spin_button_get_value_as_int (self->day);
  guint month = gtk_drop_down_get_selected (self->month);
  guint year_be = gtk_spin_button_get_value_as_int (self->year);
  SjDate date = { 0 };
  GDate check;

  if (self->updating)
    return;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  if (year_be == 0)
    {
      if (self->date == NULL)
        return;
      g_clear_pointer (&self->date, sj_date_free);
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_DATE]);
      return;
    }
  if (month == GTK_INVALID_LIST_POSITION)
    month = 0;
  /* A year before 2400 BE is a Common Era year typed by mistake: shown as wrong, not stored. */
  if (year_be < 2400 || year_be > 2700)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      return;
    }
  date.year = year_be - SJ_BE_OFFSET;
  date.month = month;
  date.day = month ? day : 0;
  if (date.day && !sj_date_to_gdate (&date, &check))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error"); /* 31 กุมภาพันธ์ */
      return;
    }
  if (sj_date_equal (self->date, &date))
    return;
  g_clear_pointer (&self->date, sj_date_free);
  self->date = sj_date_copy (&date);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_DATE]);
}

static gboolean
on_day_output (GtkSpinButton *spin, SjDateRow *self)
{
  int v = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = v == 0 ? g_strdup ("–") : g_strdup_printf ("%d", v);
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* The day and the year accept Thai digits, and "–" (or nothing) for a blank. */
static int
on_input (GtkSpinButton *spin, double *value, SjDateRow *self)
{
  g_autofree char *arabic = sj_arabic_digits (gtk_editable_get_text (GTK_EDITABLE (spin)));
  char *end = NULL;
  double v;

  g_strstrip (arabic);
  if (*arabic == '\0' || g_strcmp0 (arabic, "–") == 0 || g_strcmp0 (arabic, "-") == 0)
    {
      *value = 0;
      return TRUE;
    }
  v = g_ascii_strtod (arabic, &end);
  if (end == arabic || *end != '\0')
    return GTK_INPUT_ERROR;
  *value = v;
  return TRUE;
}

const SjDate *
sj_date_row_get_date (SjDateRow *self)
{
  g_return_val_if_fail (SJ_IS_DATE_ROW (self), NULL);
  return self->date;
}

void
sj_date_row_set_date (SjDateRow *self, const SjDate *date)
{
  g_return_if_fail (SJ_IS_DATE_ROW (self));
  if (sj_date_equal (self->date, date))
    return;
  g_clear_pointer (&self->date, sj_date_free);
  self->date = date ? sj_date_copy (date) : NULL;
  show_date (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_DATE]);
}

static void
sj_date_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, SJ_DATE_ROW (object)->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_date_row_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      sj_date_row_set_date (SJ_DATE_ROW (object), g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_date_row_finalize (GObject *object)
{
  g_clear_pointer (&SJ_DATE_ROW (object)->date, sj_date_free);
  G_OBJECT_CLASS (sj_date_row_parent_class)->finalize (object);
}

static void
sj_date_row_class_init (SjDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sj_date_row_finalize;
  object_class->get_property = sj_date_row_get_property;
  object_class->set_property = sj_date_row_set_property;
  props[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, SJ_TYPE_DATE,
                                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                           | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
sj_date_row_init (SjDateRow *self)
{
  g_autoptr (GtkStringList) months = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_string_list_append (months, "–");
  for (guint m = 1; m <= 12; m++)
    gtk_string_list_append (months, sj_thai_month_name (m));
  self->day = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 31, 1));
  self->month = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (months)), NULL));
  self->year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 2700, 1));
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->day), 2);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->year), 4);
  gtk_spin_button_set_numeric (self->day, FALSE);
  gtk_spin_button_set_numeric (self->year, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->day), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Day (– to leave blank)"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->month), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Month"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Year (Buddhist Era)"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->day), _("Day; – leaves it blank for handwriting"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->year), _("Year of the Buddhist Era (พ.ศ.)"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->day));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->month));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("พ.ศ."));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->year));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), box);
  g_signal_connect (self->day, "output", G_CALLBACK (on_day_output), self);
  g_signal_connect (self->year, "output", G_CALLBACK (on_day_output), self);
  g_signal_connect (self->day, "input", G_CALLBACK (on_input), self);
  g_signal_connect (self->year, "input", G_CALLBACK (on_input), self);
  g_signal_connect_swapped (self->day, "value-changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->year, "value-changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->month, "notify::selected", G_CALLBACK (on_changed), self);
  show_date (self);
}

GtkWidget *
sj_date_row_new (void)
{
  return g_object_new (SJ_TYPE_DATE_ROW, NULL);
}
