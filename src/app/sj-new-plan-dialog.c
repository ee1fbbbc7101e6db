/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-new-plan"
#include "config.h"

#include "sj-new-plan-dialog.h"

#include "sj-catalog.h"
#include "sj-compute.h"
#include "sj-ui.h"
#include "sj-user-db.h"

#include <glib/gi18n.h>

/**
 * SjNewPlanDialog:
 *
 * The new-plan wizard: the organisation (from the saved profile, or typed), the edition, then
 * the standard projects of the library, chosen from a list that can be searched, each shown as
 * its form reads for this organisation. It makes a complete plan from the catalogue, every
 * standard text written for the organisation and its kind, and opens it in a window.
 */
struct _SjNewPlanDialog
{
  AdwWindow parent_instance;

  AdwToastOverlay *toasts;
  GtkButton *back_button;
  GtkButton *next_button;
  AdwWindowTitle *title;
  GtkStack *stack;
  AdwPreferencesGroup *profile_group;
  AdwActionRow *profile_row;
  GtkSwitch *profile_switch;
  AdwComboRow *type_row;
  AdwEntryRow *name_row;
  AdwEntryRow *district_row;
  AdwEntryRow *province_row;
  AdwEntryRow *executive_row;
  AdwActionRow *preview_name_row;
  AdwComboRow *edition_row;
  GtkSwitch *remember_switch;
  GtkSearchEntry *search_entry;
  GtkLabel *count_label;
  GtkListView *list_view;
  GtkLabel *preview_label;

  SjApplication *app;
  SjCatalog *catalog;
  SjPlan *profile;
  GPtrArray *editions;
  GPtrArray *all;          /* of SjLibraryEntry, the edition's projects in the frame's order */
  GHashTable *unchosen;    /* ids of the projects not chosen */
  GHashTable *values;      /* the placeholders' values for the organisation typed */
  GListStore *store;       /* of GtkStringObject: the ids shown */
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (SjNewPlanDialog, sj_new_plan_dialog, ADW_TYPE_WINDOW)

static SjOrgType
selected_type (SjNewPlanDialog *self)
{
  guint i = adw_combo_row_get_selected (self->type_row);
  return i == GTK_INVALID_LIST_POSITION ? SJ_ORG_TYPE_SUBDISTRICT_MUNICIPALITY : (SjOrgType) i;
}

static const char *
selected_edition (SjNewPlanDialog *self)
{
  guint i = adw_combo_row_get_selected (self->edition_row);
  if (self->editions == NULL || i >= self->editions->len)
    return NULL;
  return ((SjEdition *) self->editions->pdata[i])->id;
}

static char *
typed (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The organisation as typed, for the placeholders' values. */
static SjOrganisation *
typed_organisation (SjNewPlanDialog *self)
{
  SjOrganisation *org = sj_organisation_new ();
  g_autofree char *name = typed (self->name_row);
  g_autofree char *district = typed (self->district_row);
  g_autofree char *province = typed (self->province_row);

  sj_organisation_set_org_type (org, selected_type (self));
  sj_organisation_set_name (org, name);
  sj_organisation_set_district (org, district);
  sj_organisation_set_province (org, province);
  return org;
}

static void
on_changed (SjNewPlanDialog *self)
{
  g_autofree char *name = typed (self->name_row);
  g_autofree char *place = sj_catalog_place_name (selected_type (self), name);

  if (*place)
    {
      g_autofree char *full = g_strconcat (sj_org_type_label (selected_type (self)), place, NULL);
      adw_action_row_set_subtitle (self->preview_name_row, full);
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
    }
  else
    adw_action_row_set_subtitle (self->preview_name_row, "—");
}

static void
fill_from_profile (SjNewPlanDialog *self)
{
  SjOrganisation *org = sj_plan_get_organisation (self->profile);
  g_autofree char *place = sj_catalog_place_name (sj_organisation_get_org_type (org),
                                                  sj_organisation_get_name (org));

  adw_combo_row_set_selected (self->type_row, sj_organisation_get_org_type (org));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), place);
  gtk_editable_set_text (GTK_EDITABLE (self->district_row), sj_organisation_get_district (org));
  gtk_editable_set_text (GTK_EDITABLE (self->province_row), sj_organisation_get_province (org));
  for (guint i = 0; i < sj_plan_get_n_people (self->profile); i++)
    if (g_strcmp0 (sj_person_get_id (sj_plan_get_person_at (self->profile, i)), "executive") == 0)
      gtk_editable_set_text (GTK_EDITABLE (self->executive_row),
                             sj_person_get_name (sj_plan_get_person_at (self->profile, i)));
}

static void
on_profile_toggled (SjNewPlanDialog *self)
{
  gboolean use = gtk_switch_get_active (self->profile_switch);

  if (use && self->profile != NULL)
    fill_from_profile (self);
}

/* The projects' list ------------------------------------------------------------------------- */

static SjLibraryEntry *
entry_by_id (SjNewPlanDialog *self, const char *id)
{
  for (guint i = 0; self->all && i < self->all->len; i++)
    if (g_strcmp0 (((SjLibraryEntry *) self->all->pdata[i])->id, id) == 0)
      return self->all->pdata[i];
  return NULL;
}

static char *
display_title (SjNewPlanDialog *self, const char *title)
{
  char *filled = sj_catalog_expand (self->values, title, NULL, NULL);
  return filled ? filled : g_strdup (title);
}

static void
update_count (SjNewPlanDialog *self)
{
  guint chosen = self->all ? self->all->len - g_hash_table_size (self->unchosen) : 0;
  g_autofree char *text = g_strdup_printf (
    ngettext ("%u standard project chosen of %u", "%u standard projects chosen of %u", chosen),
    chosen, self->all ? self->all->len : 0);
  gtk_label_set_text (self->count_label, text);
}

static void
on_check_toggled (GtkCheckButton *check, SjNewPlanDialog *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "sj-id");

  if (id == NULL)
    return;
  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->unchosen, id);
  else
    g_hash_table_add (self->unchosen, g_strdup (id));
  update_count (self);
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, SjNewPlanDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), texts);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  g_object_set_data (G_OBJECT (item), "sj-check", check);
  g_object_set_data (G_OBJECT (item), "sj-title", title);
  g_object_set_data (G_OBJECT (item), "sj-subtitle", subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, SjNewPlanDialog *self)
{
  GtkStringObject *object = gtk_list_item_get_item (item);
  const char *id = gtk_string_object_get_string (object);
  SjLibraryEntry *entry = entry_by_id (self, id);
  GtkCheckButton *check = g_object_get_data (G_OBJECT (item), "sj-check");
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (entry == NULL)
    return;
  title = display_title (self, entry->title);
  /* TRANSLATORS: the mission of a standard project and its type, e.g. ภารกิจ 2.2 · มาตรการ */
  subtitle = g_strdup_printf (_("Mission %s · %s"), entry->mission, sj_project_type_label (entry->type));
  gtk_label_set_text (g_object_get_data (G_OBJECT (item), "sj-title"), title);
  gtk_label_set_text (g_object_get_data (G_OBJECT (item), "sj-subtitle"), subtitle);
  g_object_set_data (G_OBJECT (check), "sj-id", NULL);
  gtk_check_button_set_active (check, !g_hash_table_contains (self->unchosen, id));
  g_object_set_data_full (G_OBJECT (check), "sj-id", g_strdup (id), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

static void
show_ids (SjNewPlanDialog *self, GPtrArray *entries)
{
  g_autoptr (GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; entries && i < entries->len; i++)
    g_ptr_array_add (objects, gtk_string_object_new (((SjLibraryEntry *) entries->pdata[i])->id));
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       objects->pdata, objects->len);
}

static void
on_search_changed (SjNewPlanDialog *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;

  if (*query == '\0')
    {
      show_ids (self, self->all);
      return;
    }
  found = sj_catalog_projects (self->catalog, selected_edition (self), query, &error);
  if (found == NULL)
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
  show_ids (self, found);
}

static void
choose_shown (SjNewPlanDialog *self, gboolean chosen)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkStringObject) o = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      const char *id = gtk_string_object_get_string (o);
      if (chosen)
        g_hash_table_remove (self->unchosen, id);
      else
        g_hash_table_add (self->unchosen, g_strdup (id));
    }
  /* Bound rows show the change */
  g_list_model_items_changed (G_LIST_MODEL (self->store), 0, n, n);
  update_count (self);
}

static void
on_select_all (SjNewPlanDialog *self)
{
  choose_shown (self, TRUE);
}

static void
on_select_none (SjNewPlanDialog *self)
{
  choose_shown (self, FALSE);
}

/* The form of the selected project as it will read, with the headings of the form. */
static void
on_selected (SjNewPlanDialog *self)
{
  GtkStringObject *o = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjProject) project = NULL;
  g_autofree char *title = NULL;
  g_autofree char *markup = NULL;
  g_autoptr (SjOrganisation) org = NULL;

  if (o == NULL)
    {
      gtk_label_set_text (self->preview_label, "");
      return;
    }
  org = typed_organisation (self);
  project = sj_catalog_preview_project (self->catalog, gtk_string_object_get_string (o), org,
                                        &error);
  if (project == NULL)
    {
      gtk_label_set_text (self->preview_label, error->message);
      return;
    }
  title = display_title (self, sj_project_get_title (project));
  markup = sj_ui_project_preview_markup (project, title);
  gtk_label_set_markup (self->preview_label, markup);
}

/* Steps -------------------------------------------------------------------------------------- */

static gboolean
on_projects_step (SjNewPlanDialog *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "projects") == 0;
}

static void
update_buttons (SjNewPlanDialog *self)
{
  gboolean projects = on_projects_step (self);
  gboolean has_library = self->all != NULL && self->all->len > 0;

  gtk_button_set_label (self->back_button, projects ? _("_Back") : _("_Cancel"));
  gtk_button_set_label (self->next_button, projects || !has_library ? _("_Create") : _("_Next"));
  adw_window_title_set_subtitle (self->title, projects
                                                ? _("Step 2 of 2: the standard projects")
                                                : _("Step 1 of 2: the organisation"));
}

static void
load_library (SjNewPlanDialog *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->all, g_ptr_array_unref);
  self->all = sj_catalog_projects (self->catalog, selected_edition (self), NULL, &error);
  if (self->all == NULL)
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
  g_hash_table_remove_all (self->unchosen);
  show_ids (self, self->all);
  update_count (self);
}

static void
on_edition_changed (SjNewPlanDialog *self)
{
  load_library (self);
  update_buttons (self);
}

static void
create (SjNewPlanDialog *self)
{
  g_autofree char *name = typed (self->name_row);
  g_autofree char *district = typed (self->district_row);
  g_autofree char *province = typed (self->province_row);
  g_autofree char *executive = typed (self->executive_row);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = NULL;
  SjUserDb *db = sj_application_get_user_db (self->app);
  SjNewPlan options = { 0 };

  for (guint i = 0; self->all && i < self->all->len; i++)
    {
      SjLibraryEntry *e = self->all->pdata[i];
      if (!g_hash_table_contains (self->unchosen, e->id))
        g_ptr_array_add (ids, e->id);
    }
  g_ptr_array_add (ids, NULL);
  options.edition = selected_edition (self);
  options.type = selected_type (self);
  options.name = name;
  options.district = district;
  options.province = province;
  options.executive_name = executive;
  options.projects = (const char *const *) ids->pdata;
  plan = sj_catalog_new_plan (self->catalog, &options, &error);
  if (plan == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  /* The profile brings what the wizard does not ask: its units' names, people, emblem, slogan */
  if (db != NULL && self->profile != NULL && gtk_switch_get_active (self->profile_switch))
    {
      g_autoptr (SjOrganisation) typed_org = sj_organisation_copy (sj_plan_get_organisation (plan));
      sj_user_db_apply_profile (db, plan, NULL);
      sj_plan_set_organisation (plan, typed_org);
      sj_organisation_set_slogan (typed_org, sj_organisation_get_slogan (sj_plan_get_organisation (self->profile)));
      sj_organisation_set_emblem (typed_org, sj_organisation_get_emblem (sj_plan_get_organisation (self->profile)));
      sj_organisation_set_emblem_type (typed_org, sj_organisation_get_emblem_type (sj_plan_get_organisation (self->profile)));
      sj_organisation_set_garuda (typed_org, sj_organisation_get_garuda (sj_plan_get_organisation (self->profile)));
      sj_organisation_set_garuda_type (typed_org, sj_organisation_get_garuda_type (sj_plan_get_organisation (self->profile)));
      sj_organisation_set_short_names (typed_org, sj_organisation_get_short_names (sj_plan_get_organisation (self->profile)));
      sj_organisation_set_division (typed_org, sj_organisation_get_division (sj_plan_get_organisation (self->profile)));
    }
  if (db != NULL && gtk_switch_get_active (self->remember_switch)
      && !sj_user_db_save_profile (db, plan, &error))
    g_warning ("%s", error->message);
  sj_application_open_new_plan (self->app, plan);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_next (SjNewPlanDialog *self)
{
  g_autofree char *name = typed (self->name_row);
  g_autofree char *place = sj_catalog_place_name (selected_type (self), name);

  if (on_projects_step (self))
    {
      create (self);
      return;
    }
  if (*place == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("Type the name of the organisation")));
      return;
    }
  if (self->all == NULL || self->all->len == 0)
    {
      create (self);
      return;
    }
  {
    g_autoptr (SjOrganisation) org = typed_organisation (self);
    g_clear_pointer (&self->values, g_hash_table_unref);
    self->values = sj_catalog_values (self->catalog, org, NULL);
  }
  gtk_stack_set_visible_child_name (self->stack, "projects");
  /* The titles are written for the organisation now typed */
  g_list_model_items_changed (G_LIST_MODEL (self->store), 0,
                              g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                              g_list_model_get_n_items (G_LIST_MODEL (self->store)));
  on_selected (self);
  update_buttons (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_back (SjNewPlanDialog *self)
{
  if (on_projects_step (self))
    {
      gtk_stack_set_visible_child_name (self->stack, "organisation");
      update_buttons (self);
    }
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
sj_new_plan_dialog_dispose (GObject *object)
{
  SjNewPlanDialog *self = SJ_NEW_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_NEW_PLAN_DIALOG);
  g_clear_object (&self->profile);
  g_clear_object (&self->store);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->editions, g_ptr_array_unref);
  g_clear_pointer (&self->all, g_ptr_array_unref);
  g_clear_pointer (&self->unchosen, g_hash_table_unref);
  g_clear_pointer (&self->values, g_hash_table_unref);
  G_OBJECT_CLASS (sj_new_plan_dialog_parent_class)->dispose (object);
}

static void
sj_new_plan_dialog_class_init (SjNewPlanDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_new_plan_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-new-plan-dialog.ui");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, SjNewPlanDialog, name)
  CHILD (toasts);
  CHILD (back_button);
  CHILD (next_button);
  CHILD (title);
  CHILD (stack);
  CHILD (profile_group);
  CHILD (profile_row);
  CHILD (profile_switch);
  CHILD (type_row);
  CHILD (name_row);
  CHILD (district_row);
  CHILD (province_row);
  CHILD (executive_row);
  CHILD (preview_name_row);
  CHILD (edition_row);
  CHILD (remember_switch);
  CHILD (search_entry);
  CHILD (count_label);
  CHILD (list_view);
  CHILD (preview_label);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_back);
  gtk_widget_class_bind_template_callback (widget_class, on_next);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_profile_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_select_all);
  gtk_widget_class_bind_template_callback (widget_class, on_select_none);
}

static void
sj_new_plan_dialog_init (SjNewPlanDialog *self)
{
  g_autoptr (GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (SjOrgType t = SJ_ORG_TYPE_CITY_MUNICIPALITY; t <= SJ_ORG_TYPE_PAO; t++)
    gtk_string_list_append (types, sj_org_type_label (t));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  adw_combo_row_set_selected (self->type_row, SJ_ORG_TYPE_SUBDISTRICT_MUNICIPALITY);
  self->unchosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->store)));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  on_changed (self);
}

/**
 * sj_new_plan_dialog_new:
 * @catalog: (transfer none): the system catalogue; it must outlive the dialog
 */
SjNewPlanDialog *
sj_new_plan_dialog_new (SjApplication *app, SjCatalog *catalog, GtkWindow *parent)
{
  SjNewPlanDialog *self = g_object_new (SJ_TYPE_NEW_PLAN_DIALOG, "transient-for", parent, NULL);
  g_autoptr (GtkStringList) editions = gtk_string_list_new (NULL);
  SjUserDb *db = sj_application_get_user_db (app);

  self->app = app;
  self->catalog = catalog;
  self->editions = sj_catalog_editions (catalog);
  for (guint i = 0; i < self->editions->len; i++)
    {
      SjEdition *e = self->editions->pdata[i];
      g_autofree char *label = g_strdup_printf (
        /* TRANSLATORS: an edition of the plan, e.g. แผน 5 ปี พ.ศ. 2566–2570 */
        ngettext ("%d-year plan, %s", "%d-year plan, %s", e->years), e->years, e->title);
      gtk_string_list_append (editions, label);
    }
  adw_combo_row_set_model (self->edition_row, G_LIST_MODEL (editions));
  adw_combo_row_set_selected (self->edition_row, 0);
  g_signal_connect_swapped (self->edition_row, "notify::selected", G_CALLBACK (on_edition_changed), self);
  if (db != NULL)
    self->profile = sj_user_db_load_profile (db, NULL);
  if (self->profile != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->profile_group), TRUE);
      adw_action_row_set_subtitle (self->profile_row,
                                   sj_organisation_get_name (sj_plan_get_organisation (self->profile)));
      gtk_switch_set_active (self->profile_switch, TRUE);
    }
  load_library (self);
  update_buttons (self);
  return self;
}
