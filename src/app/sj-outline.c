/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-outline"
#include "config.h"

#include "sj-outline.h"

#include <glib/gi18n.h>

/**
 * SjOutlineItem:
 *
 * An entry of the plan's outline in the sidebar that is not itself an object of the model (the
 * cover, ประกาศ, each section of Part 1 …). The frame below Part 2 is the model's own lists:
 * dimensions, their missions, their projects; the outline is a GtkTreeListModel over them, so it
 * follows every insertion, removal and move by itself.
 */
struct _SjOutlineItem
{
  GObject parent_instance;
  SjOutlineKind kind;
  char *title;
  char *property; /* the rich text of the plan a TEXT item edits */
  const char *icon;
  GListModel *children;
};

G_DEFINE_FINAL_TYPE (SjOutlineItem, sj_outline_item, G_TYPE_OBJECT)

static void
sj_outline_item_finalize (GObject *object)
{
  SjOutlineItem *self = SJ_OUTLINE_ITEM (object);

  g_free (self->title);
  g_free (self->property);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (sj_outline_item_parent_class)->finalize (object);
}

static void
sj_outline_item_class_init (SjOutlineItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sj_outline_item_finalize;
}

static void
sj_outline_item_init (SjOutlineItem *self)
{
}

static SjOutlineItem *
item_new (SjOutlineKind kind, const char *title, const char *property, const char *icon,
          GListModel *children)
{
  SjOutlineItem *self = g_object_new (SJ_TYPE_OUTLINE_ITEM, NULL);
  self->kind = kind;
  self->title = g_strdup (title);
  self->property = g_strdup (property);
  self->icon = icon;
  self->children = children ? g_object_ref (children) : NULL;
  return self;
}

SjOutlineKind
sj_outline_item_get_kind (SjOutlineItem *self)
{
  return self->kind;
}

const char *
sj_outline_item_get_title (SjOutlineItem *self)
{
  return self->title;
}

const char *
sj_outline_item_get_property_name (SjOutlineItem *self)
{
  return self->property;
}

const char *
sj_outline_item_get_icon_name (SjOutlineItem *self)
{
  return self->icon;
}

GListModel *
sj_outline_item_get_children (SjOutlineItem *self)
{
  return self->children;
}

static void
add (GListStore *store, SjOutlineKind kind, const char *title, const char *property,
     const char *icon, GListModel *children)
{
  g_autoptr (SjOutlineItem) item = item_new (kind, title, property, icon, children);
  g_list_store_append (store, item);
}

/* The top of the outline, in the order of the book. */
GListModel *
sj_outline_new (SjPlan *plan)
{
  GListStore *store = g_list_store_new (SJ_TYPE_OUTLINE_ITEM);
  g_autoptr (GListStore) part1 = g_list_store_new (SJ_TYPE_OUTLINE_ITEM);

  add (part1, SJ_OUTLINE_RISKS, _("Corruption risk assessment"), NULL, NULL, NULL);
  add (part1, SJ_OUTLINE_ANALYSIS, _("Analysis sections"), NULL, NULL, NULL);
  add (part1, SJ_OUTLINE_SWOT, _("SWOT analysis"), NULL, NULL, NULL);
  add (part1, SJ_OUTLINE_TEXT, _("Rationale"), "rationale", NULL, NULL);
  add (part1, SJ_OUTLINE_TEXT, _("Objectives"), "objectives", NULL, NULL);
  add (part1, SJ_OUTLINE_GOALS, _("Goals and targets"), NULL, NULL, NULL);
  add (part1, SJ_OUTLINE_TEXT, _("Benefits of the plan"), "benefits", NULL, NULL);

  add (store, SJ_OUTLINE_ORGANISATION, _("Cover and organisation"), NULL,
       "user-home-symbolic", NULL);
  add (store, SJ_OUTLINE_SETTINGS, _("Plan settings"), NULL, "emblem-system-symbolic", NULL);
  add (store, SJ_OUTLINE_ANNOUNCEMENT, _("Announcement"), NULL, "mail-send-symbolic", NULL);
  add (store, SJ_OUTLINE_TEXT, _("Preface"), "preface", "format-justify-left-symbolic", NULL);
  add (store, SJ_OUTLINE_PART1, _("Part 1: Introduction"), NULL, "view-list-symbolic",
       G_LIST_MODEL (part1));
  add (store, SJ_OUTLINE_BUDGET, _("Part 2: Action plan"), NULL, "x-office-spreadsheet-symbolic",
       sj_plan_get_dimensions (plan));
  add (store, SJ_OUTLINE_FUNDING, _("Funding lines"), NULL, "folder-symbolic", NULL);
  add (store, SJ_OUTLINE_ORDERS, _("Committee orders"), NULL, "system-users-symbolic", NULL);
  add (store, SJ_OUTLINE_ANNEX, _("E-PlanNACC annex"), NULL, "x-office-document-symbolic", NULL);
  add (store, SJ_OUTLINE_PROGRESS, _("Progress"), NULL, "emblem-ok-symbolic", NULL);
  add (store, SJ_OUTLINE_OIT, _("OIT checklist"), NULL, "web-browser-symbolic", NULL);
  return G_LIST_MODEL (store);
}

static GListModel *
create_children (gpointer item, gpointer user_data)
{
  GListModel *children = NULL;

  if (SJ_IS_OUTLINE_ITEM (item))
    children = sj_outline_item_get_children (item);
  else if (SJ_IS_DIMENSION (item))
    children = sj_dimension_get_missions (item);
  else if (SJ_IS_MISSION (item))
    children = sj_mission_get_projects (item);
  return children ? g_object_ref (children) : NULL;
}

/* The outline as a tree: its own items above, the model's frame below Part 2. */
GtkTreeListModel *
sj_outline_new_tree (SjPlan *plan)
{
  return gtk_tree_list_model_new (sj_outline_new (plan), FALSE, FALSE, create_children, NULL,
                                  NULL);
}

/* "มิติที่ 2 การบริหารราชการด้วยความโปร่งใส", "2.1 …", or a project's title. */
char *
sj_outline_describe (gpointer item, gboolean with_number)
{
  int index = SJ_IS_MODEL_OBJECT (item) ? sj_model_object_get_index (item) : -1;

  if (SJ_IS_OUTLINE_ITEM (item))
    return g_strdup (sj_outline_item_get_title (item));
  if (SJ_IS_DIMENSION (item))
    {
      const char *name = sj_dimension_get_name (item);
      return g_strdup_printf (_("Dimension %d %s"), index + 1,
                              *name ? name : _("(no name)"));
    }
  if (SJ_IS_MISSION (item))
    {
      SjModelObject *dim = sj_model_object_get_parent (item);
      int d = dim ? sj_model_object_get_index (dim) : -1;
      const char *name = *sj_mission_get_short_name (item) ? sj_mission_get_short_name (item)
                                                            : sj_mission_get_name (item);
      return g_strdup_printf ("%d.%d %s", d + 1, index + 1, *name ? name : _("(no name)"));
    }
  if (SJ_IS_PROJECT (item))
    {
      const char *title = sj_project_get_title (item);
      return g_strdup (*title ? title : _("(untitled project)"));
    }
  return g_strdup ("");
}

static gpointer
mission_projects (gpointer mission, gpointer user_data)
{
  gpointer projects = g_object_ref (sj_mission_get_projects (mission));
  g_object_unref (mission);
  return projects;
}

static gpointer
dimension_projects (gpointer dim, gpointer user_data)
{
  GtkMapListModel *missions = gtk_map_list_model_new (g_object_ref (sj_dimension_get_missions (dim)),
                                                      mission_projects, NULL, NULL);
  g_object_unref (dim);
  return gtk_flatten_list_model_new (G_LIST_MODEL (missions));
}

/* Every project of the plan in the order of the frame, following every change of the frame. */
GListModel *
sj_outline_new_all_projects (SjPlan *plan)
{
  GtkMapListModel *dims = gtk_map_list_model_new (g_object_ref (sj_plan_get_dimensions (plan)),
                                                  dimension_projects, NULL, NULL);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (dims)));
}
