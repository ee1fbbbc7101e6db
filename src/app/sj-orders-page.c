/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-orders-page"
#include "config.h"

#include "sj-orders-page.h"

#include "sj-bind.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/* The คำสั่ง appointing the drafting committee: number, dates (blank days allowed), signatory,
 * title, preamble, the members with their positions and roles (added, removed, reordered), their
 * duties. */
struct _SjOrdersPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjOrdersPage, sj_orders_page, SJ_TYPE_FORM_PAGE)

static void
update_member_title (SjMember *member, GParamSpec *pspec, AdwExpanderRow *row)
{
  g_autofree char *title = g_markup_escape_text (*sj_member_get_name (member)
                                                   ? sj_member_get_name (member)
                                                   : _("(no name)"),
                                                 -1);
  g_autofree char *subtitle = NULL;

  if (*sj_member_get_position (member) && *sj_member_get_role (member))
    subtitle = g_strdup_printf ("%s — %s", sj_member_get_position (member), sj_member_get_role (member));
  else
    subtitle = g_strdup_printf ("%s%s", sj_member_get_position (member), sj_member_get_role (member));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
    adw_expander_row_set_subtitle (row, escaped);
  }
}

static GtkWidget *
member_row (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjMember *member = item;
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *what = g_strdup_printf (_("the member “%s”"), sj_member_get_name (member));

  update_member_title (member, NULL, ADW_EXPANDER_ROW (row));
  g_signal_connect_object (member, "notify", G_CALLBACK (update_member_title), row, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, member, "name", _("Name")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, member, "position", _("Position")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, member, "role",
                                             _("Role in the committee (ประธานกรรมการ…)")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, member, "group",
                                             _("Heading of the member’s group, if the order has groups")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            sj_ui_entry_row (doc, member, "number",
                                             _("Number as the signed order gives it (empty: in order)")));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sj_ui_move_buttons (doc, member));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sj_ui_remove_button (doc, member, what));
  return row;
}

/* The columns of the member list, as the originals have them. */
static const struct
{
  const char *value;
  const char *label;
} member_columns[] = {
  { "name position role", N_("Name, position, role") },
  { "name role", N_("Name, role") },
  { "name position", N_("Name, position") },
  { "position name role", N_("Position, name, role") },
};

static void
on_columns_selected (AdwComboRow *row, GParamSpec *pspec, SjOrder *order)
{
  SjDocument *doc = g_object_get_data (G_OBJECT (row), "sj-doc");
  guint i = adw_combo_row_get_selected (row);

  if (i >= G_N_ELEMENTS (member_columns)
      || g_strcmp0 (sj_order_get_columns (order), member_columns[i].value) == 0)
    return;
  sj_document_begin_step (doc, _("Change the columns of the members"));
  sj_order_set_columns (order, member_columns[i].value);
  sj_document_end_step (doc);
}

static void
update_columns_row (SjOrder *order, GParamSpec *pspec, AdwComboRow *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (member_columns); i++)
    if (g_strcmp0 (sj_order_get_columns (order), member_columns[i].value) == 0)
      adw_combo_row_set_selected (row, i);
}

static GtkWidget *
columns_row (SjDocument *doc, SjOrder *order)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (member_columns); i++)
    gtk_string_list_append (labels, _(member_columns[i].label));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Columns of the member list"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_object_set_data (G_OBJECT (row), "sj-doc", doc);
  update_columns_row (order, NULL, ADW_COMBO_ROW (row));
  g_signal_connect_object (order, "notify::columns", G_CALLBACK (update_columns_row), row, 0);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_columns_selected), order, 0);
  return row;
}

static void
on_add_member (GtkButton *button, SjOrder *order)
{
  SjDocument *doc = g_object_get_data (G_OBJECT (button), "sj-doc");
  g_autoptr (SjMember) member = sj_member_new ();

  sj_ui_append (doc, order, "members", member, _("Add a member"));
}

static void
on_add_order (GtkButton *button, SjFormPage *page)
{
  SjDocument *doc = sj_form_page_get_document (page);
  g_autoptr (SjOrder) order = sj_order_new ();
  g_autofree char *id = sj_ui_new_id (doc, "order");

  sj_order_set_id (order, id);
  sj_order_set_title (order, "เรื่อง แต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต");
  sj_ui_append (doc, sj_document_get_plan (doc), "orders", order, _("Add an order"));
}

static GtkWidget *
order_widget (SjDocument *doc, gpointer item, gpointer user_data)
{
  SjOrder *order = item;
  SjPlan *plan = sj_document_get_plan (doc);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group, *list, *button, *row;
  int index = sj_model_object_get_index (SJ_MODEL_OBJECT (order));
  g_autofree char *heading = g_strdup_printf (_("Order %d"), index + 1);
  g_autofree char *what = g_strdup_printf (_("order %d"), index + 1);

  gtk_widget_set_margin_bottom (box, 24);
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), heading);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                           sj_ui_remove_button (doc, order, what));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, order, "number",
                                              _("Number (ที่ …/…; may be left blank)")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_date_row (doc, order, "date", _("Ordered on")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_date_row (doc, order, "effective-date", _("Effective from")));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Signed by"));
  sj_bind_ref (doc, order, "signatory", row, sj_plan_get_people (plan),
               _("the signatory"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, order, "acting-for",
                                              _("Signing for (ปฏิบัติราชการแทน…), if not the holder")));
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), sj_ui_lines_field (doc, order, "title",
                                                    _("Title (each line is printed as typed)")));
  gtk_box_append (GTK_BOX (box), sj_ui_rich_field (doc, order, "preamble", _("Preamble")));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Members of the committee"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("In the order printed; open a member to edit"));
  button = sj_form_page_add_button (group, _("Add a member"));
  g_object_set_data (G_OBJECT (button), "sj-doc", doc);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_member), order);
  list = sj_form_page_list (group);
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_order_get_members (order), member_row, NULL);
  gtk_box_append (GTK_BOX (box), group);

  group = adw_preferences_group_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), columns_row (doc, order));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, order, "duties-intro",
                                              _("Words before the duties (โดยมีหน้าที่และอำนาจ ดังต่อไปนี้)")));
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), sj_ui_rich_field (doc, order, "duties",
                                                   _("Duties of the committee")));
  group = adw_preferences_group_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_entry_row (doc, order, "effective",
                                              _("Effect (ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป)")));
  gtk_box_append (GTK_BOX (box), group);
  return box;
}

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjPlan *plan = object;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add an Order"));

  sj_form_page_set_title (page, _("Committee orders"),
                          _("The คำสั่ง appointing the drafting committee, printed in the "
                            "appendix"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_order), page);
  sj_form_page_add_action (page, button);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "background");
  {
    GtkWidget *empty = adw_status_page_new ();
    adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
    adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No order yet"));
    adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                     _("Add the order that appoints the committee drafting the "
                                       "plan: its members, their positions and roles."));
    gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
  }
  sj_ui_bind_list (GTK_LIST_BOX (list), doc, sj_plan_get_orders (plan), order_widget, page);
  gtk_box_append (content, list);
}

static void
sj_orders_page_class_init (SjOrdersPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_orders_page_init (SjOrdersPage *self)
{
}
