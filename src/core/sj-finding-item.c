/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-finding-item"
#include "config.h"

#include "sj-finding-item.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/**
 * SjFindingItem:
 *
 * One finding of the checker as an object for list models (the editor's checker panel): its
 * rule, severity, message in the user's language, readable location, the part of the book it is
 * in, and the path of the object and field concerned. It keeps no pointer into the plan: the
 * checker runs on a snapshot, and sj_finding_item_resolve() finds the object in the live plan.
 */
struct _SjFindingItem
{
  GObject parent_instance;

  SjRuleId rule;
  SjSeverity severity;
  char *message;
  char *location;
  char *path;
  char *property;
  const char *part;
};

enum
{
  PROP_0,
  PROP_RULE,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_LOCATION,
  PROP_PART,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (SjFindingItem, sj_finding_item, G_TYPE_OBJECT)

static void
sj_finding_item_finalize (GObject *object)
{
  SjFindingItem *self = SJ_FINDING_ITEM (object);

  g_free (self->message);
  g_free (self->location);
  g_free (self->path);
  g_free (self->property);
  G_OBJECT_CLASS (sj_finding_item_parent_class)->finalize (object);
}

static void
sj_finding_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SjFindingItem *self = SJ_FINDING_ITEM (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, sj_finding_item_get_rule_name (self));
      break;
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_PART:
      g_value_set_string (value, self->part);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_finding_item_class_init (SjFindingItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sj_finding_item_finalize;
  object_class->get_property = sj_finding_item_get_property;
  props[PROP_RULE] = g_param_spec_string ("rule", NULL, NULL, NULL,
                                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_SEVERITY] = g_param_spec_int ("severity", NULL, NULL, 0, SJ_N_SEVERITIES - 1, 0,
                                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, NULL,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_PART] = g_param_spec_string ("part", NULL, NULL, NULL,
                                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
sj_finding_item_init (SjFindingItem *self)
{
}

/* The part of the book a path is in, by the plan's property it starts with. */
static const char *
part_of_path (const char *path)
{
  static const struct
  {
    const char *prefix;
    const char *part;
  } parts[] = {
    { "organisation", N_("Cover and organisation") },
    { "settings", N_("Plan settings") },
    { "units", N_("Cover and organisation") },
    { "announcement", N_("Announcement") },
    { "people", N_("Announcement and orders") },
    { "preface", N_("Preface") },
    { "analysis", N_("Part 1: Introduction") },
    { "risk", N_("Part 1: Introduction") },
    { "swot", N_("Part 1: Introduction") },
    { "strategies", N_("Part 1: Introduction") },
    { "rationale", N_("Part 1: Introduction") },
    { "objectives", N_("Part 1: Introduction") },
    { "goals", N_("Part 1: Introduction") },
    { "targets", N_("Part 1: Introduction") },
    { "benefits", N_("Part 1: Introduction") },
    { "dimensions", N_("Parts 2 and 3: projects") },
    { "funding-lines", N_("Funding lines") },
    { "orders", N_("Committee orders") },
    { "annex", N_("E-PlanNACC annex") },
  };
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_has_prefix (path, parts[i].prefix))
      return _(parts[i].part);
  return _("The plan");
}

SjFindingItem *
sj_finding_item_new (const SjFinding *f)
{
  SjFindingItem *self = g_object_new (SJ_TYPE_FINDING_ITEM, NULL);

  self->rule = f->rule_id;
  self->severity = f->severity;
  self->message = g_strdup (f->message);
  self->location = g_strdup (f->location);
  self->path = g_strdup (f->path);
  self->property = g_strdup (f->property);
  self->part = part_of_path (f->path ? f->path : "");
  return self;
}

SjRuleId
sj_finding_item_get_rule (SjFindingItem *self)
{
  return self->rule;
}

const char *
sj_finding_item_get_rule_name (SjFindingItem *self)
{
  guint n;
  const SjRuleInfo *rules = sj_check_get_rules (&n);
  return self->rule < n ? rules[self->rule].id : "";
}

SjSeverity
sj_finding_item_get_severity (SjFindingItem *self)
{
  return self->severity;
}

const char *
sj_finding_item_get_message (SjFindingItem *self)
{
  return self->message;
}

const char *
sj_finding_item_get_location (SjFindingItem *self)
{
  return self->location;
}

const char *
sj_finding_item_get_path (SjFindingItem *self)
{
  return self->path;
}

const char *
sj_finding_item_get_property_name (SjFindingItem *self)
{
  return self->property;
}

const char *
sj_finding_item_get_part (SjFindingItem *self)
{
  return self->part;
}

/* Returns: (transfer none) (nullable): the object of the finding in @plan (a live plan of which
 * the checked one was a copy), or NULL when it is gone. */
GObject *
sj_finding_item_resolve (SjFindingItem *self, SjPlan *plan)
{
  g_autofree char *property = NULL;
  GObject *o = sj_model_resolve_path (G_OBJECT (plan), self->path, &property);
  return o;
}

/* Returns: (transfer full): the findings (of sj_check_plan()) as a list of #SjFindingItem. */
GListModel *
sj_findings_to_model (GPtrArray *findings)
{
  GListStore *store = g_list_store_new (SJ_TYPE_FINDING_ITEM);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (items, sj_finding_item_new (g_ptr_array_index (findings, i)));
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}
