/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-diff"

#include "config.h"

#include "sj-diff.h"
#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-date.h"
#include "sj-model-object.h"
#include "sj-money.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/**
 * The comparison of two versions of a plan (two drafts, or two files): the projects added,
 * removed, renamed and moved to another mission, their budgets year by year, the other fields
 * of their forms, and the other parts of the plan that changed. Projects are matched by their
 * id, then by their title.
 */

void
sj_diff_change_free (SjDiffChange *change)
{
  if (change == NULL)
    return;
  g_free (change->what);
  g_free (change->field);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
add (GPtrArray *changes, SjDiffKind kind, char *what, const char *field, const char *before,
     const char *after)
{
  SjDiffChange *c = g_new0 (SjDiffChange, 1);

  c->kind = kind;
  c->what = what;
  c->field = g_strdup (field);
  c->before = g_strdup (before);
  c->after = g_strdup (after);
  g_ptr_array_add (changes, c);
}

typedef struct
{
  SjProject *project;
  char *mission;   /* "2.2" */
  guint number;    /* as printed */
  gboolean matched;
} Entry;

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->mission);
}

static GArray *
entries (SjPlan *plan)
{
  g_autoptr (SjSummary) summary = sj_summary_new (plan);
  GArray *list = g_array_new (FALSE, TRUE, sizeof (Entry));

  g_array_set_clear_func (list, entry_clear);
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              Entry e = { sj_mission_get_project_at (mission, p), g_strdup_printf ("%u.%u", d + 1, m + 1),
                          0, FALSE };
              e.number = sj_summary_get_project_number (summary, e.project);
              g_array_append_val (list, e);
            }
        }
    }
  return list;
}

static char *
squeezed (const char *text)
{
  g_autoptr (GString) s = g_string_new (NULL);
  for (const char *p = text ? text : ""; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (s, *p);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static Entry *
find_match (GArray *list, SjProject *project)
{
  const char *id = sj_project_get_id (project);
  g_autofree char *title = squeezed (sj_project_get_title (project));

  for (guint i = 0; id && *id && i < list->len; i++)
    {
      Entry *e = &g_array_index (list, Entry, i);
      if (!e->matched && g_strcmp0 (sj_project_get_id (e->project), id) == 0)
        return e;
    }
  for (guint i = 0; i < list->len; i++)
    {
      Entry *e = &g_array_index (list, Entry, i);
      g_autofree char *other = NULL;
      if (e->matched)
        continue;
      other = squeezed (sj_project_get_title (e->project));
      if (strcmp (other, title) == 0)
        return e;
    }
  return NULL;
}

static char *
project_name (const Entry *e)
{
  /* TRANSLATORS: a project in the comparison of two drafts: its number and title */
  return g_strdup_printf (_("No. %u %s"), e->number, sj_project_get_title (e->project));
}

static char *
amount_text (SjMoney amount)
{
  if (amount == SJ_MONEY_NONE)
    return g_strdup (_("no budget"));
  return sj_money_format (amount, SJ_MONEY_DECIMALS_AUTO, TRUE);
}

static gboolean
values_equal (GObject *a, GObject *b, GParamSpec *pspec)
{
  GValue va = G_VALUE_INIT, vb = G_VALUE_INIT;
  gboolean equal;

  g_value_init (&va, pspec->value_type);
  g_value_init (&vb, pspec->value_type);
  g_object_get_property (a, pspec->name, &va);
  g_object_get_property (b, pspec->name, &vb);
  if (pspec->value_type == SJ_TYPE_RICH)
    equal = sj_rich_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb));
  else if (pspec->value_type == G_TYPE_STRV)
    {
      const char *const *x = g_value_get_boxed (&va), *const *y = g_value_get_boxed (&vb);
      equal = (x == NULL || x[0] == NULL) ? (y == NULL || y[0] == NULL)
                                          : (y != NULL && g_strv_equal (x, y));
    }
  else if (pspec->value_type == SJ_TYPE_DATE)
    equal = sj_date_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb));
  else if (pspec->value_type == G_TYPE_BYTES)
    {
      GBytes *x = g_value_get_boxed (&va), *y = g_value_get_boxed (&vb);
      equal = (x == NULL || y == NULL) ? x == y : g_bytes_equal (x, y);
    }
  else if (pspec->value_type == G_TYPE_PTR_ARRAY)
    {
      /* A list of references: by what they point to */
      GPtrArray *x = g_value_get_boxed (&va), *y = g_value_get_boxed (&vb);
      guint nx = x ? x->len : 0, ny = y ? y->len : 0;
      equal = nx == ny;
      for (guint i = 0; equal && i < nx; i++)
        equal = sj_model_object_equal (x->pdata[i], y->pdata[i]);
    }
  else if (sj_model_pspec_is_list (pspec))
    {
      GListModel *la = G_LIST_MODEL (sj_model_object_get_list (SJ_MODEL_OBJECT (a), pspec));
      GListModel *lb = G_LIST_MODEL (sj_model_object_get_list (SJ_MODEL_OBJECT (b), pspec));
      guint n = g_list_model_get_n_items (la);
      equal = n == g_list_model_get_n_items (lb);
      for (guint i = 0; equal && i < n; i++)
        {
          g_autoptr (GObject) x = g_list_model_get_item (la, i);
          g_autoptr (GObject) y = g_list_model_get_item (lb, i);
          equal = sj_model_object_equal (SJ_MODEL_OBJECT (x), SJ_MODEL_OBJECT (y));
        }
    }
  else if (sj_model_pspec_is_ref (pspec))
    {
      /* References compare by what they point to */
      GObject *x = g_value_get_object (&va), *y = g_value_get_object (&vb);
      equal = (x == NULL) == (y == NULL)
              && (x == NULL || sj_model_object_equal (SJ_MODEL_OBJECT (x), SJ_MODEL_OBJECT (y)));
    }
  else if (G_TYPE_IS_OBJECT (pspec->value_type))
    {
      GObject *x = g_value_get_object (&va), *y = g_value_get_object (&vb);
      equal = (x == NULL) == (y == NULL)
              && (x == NULL || sj_model_object_equal (SJ_MODEL_OBJECT (x), SJ_MODEL_OBJECT (y)));
    }
  else
    equal = g_param_values_cmp (pspec, &va, &vb) == 0;
  g_value_unset (&va);
  g_value_unset (&vb);
  return equal;
}

static char *
plain_value (GObject *object, GParamSpec *pspec)
{
  if (pspec->value_type == G_TYPE_STRING)
    {
      char *s = NULL;
      g_object_get (object, pspec->name, &s, NULL);
      return s;
    }
  if (pspec->value_type == SJ_TYPE_RICH)
    {
      g_autoptr (SjRich) r = NULL;
      g_object_get (object, pspec->name, &r, NULL);
      return r ? sj_rich_to_plain (r) : g_strdup ("");
    }
  return NULL;
}

/* The fields of a project other than those compared on their own. */
static gboolean
compared_apart (const char *name)
{
  static const char *const apart[] = { "id", "title", "years", "progress" };
  for (guint i = 0; i < G_N_ELEMENTS (apart); i++)
    if (strcmp (apart[i], name) == 0)
      return TRUE;
  return FALSE;
}

static void
diff_project (GPtrArray *changes, const Entry *old, const Entry *new, guint first_year, guint n_years)
{
  g_autofree char *what = project_name (new);
  guint n_props;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (new->project),
                                                                 &n_props);

  if (g_strcmp0 (sj_project_get_title (old->project), sj_project_get_title (new->project)) != 0)
    add (changes, SJ_DIFF_RENAMED, project_name (new), NULL, sj_project_get_title (old->project),
         sj_project_get_title (new->project));
  if (strcmp (old->mission, new->mission) != 0)
    add (changes, SJ_DIFF_MOVED, project_name (new), NULL, old->mission, new->mission);
  for (guint y = first_year; y < first_year + n_years; y++)
    {
      SjMoney a = sj_project_get_amount (old->project, y);
      SjMoney b = sj_project_get_amount (new->project, y);
      if (a != b)
        {
          g_autofree char *year = g_strdup_printf ("%u", y);
          g_autofree char *before = amount_text (a);
          g_autofree char *after = amount_text (b);
          add (changes, SJ_DIFF_BUDGET, project_name (new), year, before, after);
        }
    }
  for (guint i = 0; i < n_props; i++)
    {
      GParamSpec *pspec = props[i];
      if (!(pspec->flags & G_PARAM_READABLE) || compared_apart (pspec->name)
          || g_type_is_a (pspec->owner_type, SJ_TYPE_MODEL_OBJECT) == FALSE
          || pspec->owner_type == SJ_TYPE_MODEL_OBJECT)
        continue;
      if (!values_equal (G_OBJECT (old->project), G_OBJECT (new->project), pspec))
        {
          g_autofree char *before = plain_value (G_OBJECT (old->project), pspec);
          g_autofree char *after = plain_value (G_OBJECT (new->project), pspec);
          add (changes, SJ_DIFF_TEXT, g_strdup (what), sj_check_property_label (pspec->name),
               before, after);
        }
    }
}

/* The parts of the plan outside its projects: each property of the plan and of its
 * organisation and settings that differs. */
static void
diff_object (GPtrArray *changes, GObject *old, GObject *new, const char *what)
{
  guint n_props;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (new), &n_props);

  for (guint i = 0; i < n_props; i++)
    {
      GParamSpec *pspec = props[i];
      if (!(pspec->flags & G_PARAM_READABLE) || pspec->owner_type == SJ_TYPE_MODEL_OBJECT
          || strcmp (pspec->name, "dimensions") == 0 || strcmp (pspec->name, "organisation") == 0
          || strcmp (pspec->name, "settings") == 0)
        continue;
      if (!values_equal (old, new, pspec))
        {
          g_autofree char *before = plain_value (old, pspec);
          g_autofree char *after = plain_value (new, pspec);
          add (changes, SJ_DIFF_TEXT, g_strdup (what), sj_check_property_label (pspec->name),
               before, after);
        }
    }
}

/**
 * sj_diff_plans:
 *
 * Returns: (element-type SjDiffChange) (transfer full): what changed from @older to @newer, the
 * parts of the plan first, then the projects in the order of @newer, then those removed.
 */
GPtrArray *
sj_diff_plans (SjPlan *older, SjPlan *newer)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_diff_change_free);
  g_autoptr (GArray) old_list = entries (older);
  g_autoptr (GArray) new_list = entries (newer);
  SjSettings *settings = sj_plan_get_settings (newer);
  guint first = (guint) sj_settings_get_first_year (settings);
  guint n_years = (guint) sj_settings_get_years (settings);

  diff_object (changes, G_OBJECT (sj_plan_get_settings (older)), G_OBJECT (settings), _("Settings"));
  diff_object (changes, G_OBJECT (sj_plan_get_organisation (older)),
               G_OBJECT (sj_plan_get_organisation (newer)), _("Organisation"));
  diff_object (changes, G_OBJECT (older), G_OBJECT (newer), _("The plan"));
  for (guint d = 0; d < MIN (sj_plan_get_n_dimensions (older), sj_plan_get_n_dimensions (newer)); d++)
    {
      SjDimension *a = sj_plan_get_dimension_at (older, d), *b = sj_plan_get_dimension_at (newer, d);
      g_autofree char *what = g_strdup_printf (_("Dimension %u"), d + 1);
      if (g_strcmp0 (sj_dimension_get_name (a), sj_dimension_get_name (b)) != 0)
        add (changes, SJ_DIFF_TEXT, g_strdup (what), sj_check_property_label ("name"),
             sj_dimension_get_name (a), sj_dimension_get_name (b));
    }
  for (guint i = 0; i < new_list->len; i++)
    {
      Entry *e = &g_array_index (new_list, Entry, i);
      Entry *o = find_match (old_list, e->project);
      if (o == NULL)
        {
          add (changes, SJ_DIFF_ADDED, project_name (e), NULL, NULL, e->mission);
          continue;
        }
      o->matched = TRUE;
      diff_project (changes, o, e, first, n_years);
    }
  for (guint i = 0; i < old_list->len; i++)
    {
      Entry *o = &g_array_index (old_list, Entry, i);
      if (!o->matched)
        add (changes, SJ_DIFF_REMOVED, project_name (o), NULL, o->mission, NULL);
    }
  return changes;
}

static char *
shorten (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (text, -1) <= 60)
    return g_strdup (text);
  {
    g_autofree char *head = g_utf8_substring (text, 0, 57);
    return g_strconcat (head, "…", NULL);
  }
}

/* Returns: one line that says @change, in the user's language. */
char *
sj_diff_change_to_string (const SjDiffChange *change)
{
  g_autofree char *before = shorten (change->before);
  g_autofree char *after = shorten (change->after);

  switch (change->kind)
    {
    case SJ_DIFF_ADDED:
      return g_strdup_printf (_("+ Added: %s (mission %s)"), change->what, change->after);
    case SJ_DIFF_REMOVED:
      return g_strdup_printf (_("- Removed: %s (mission %s)"), change->what, change->before);
    case SJ_DIFF_RENAMED:
      return g_strdup_printf (_("~ Renamed: “%s” → “%s”"), before, after);
    case SJ_DIFF_MOVED:
      return g_strdup_printf (_("~ Moved: %s, mission %s → %s"), change->what, before, after);
    case SJ_DIFF_BUDGET:
      return g_strdup_printf (_("~ Budget %s: %s, %s → %s"), change->field, change->what, before,
                              after);
    case SJ_DIFF_TEXT:
    default:
      if (change->before != NULL && change->after != NULL)
        return g_strdup_printf (_("~ %s › %s: “%s” → “%s”"), change->what, change->field, before,
                                after);
      return g_strdup_printf (_("~ %s › %s changed"), change->what, change->field);
    }
}
