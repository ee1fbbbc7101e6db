/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-fragment"
#include "config.h"

#include "sj-fragment.h"
#include "sj-plan-file.h"

#include <glib/gi18n-lib.h>

/**
 * The clipboard's form of a project (cut, copy, paste, within a window and between windows): a
 * small plan file holding the project and what it refers to (its unit, funding line and
 * sub-items), so that it is read back by the plan reader with all its checks. Pasted into a plan,
 * the project's references are matched to that plan's objects by id, then by name; what has no
 * match there is unlinked and said in @notes.
 */

/* Returns: (transfer full): the plan file bytes of a plan holding a copy of @project. */
GBytes *
sj_fragment_from_project (SjProject *project)
{
  g_autoptr (SjPlan) plan = sj_plan_new ();
  g_autoptr (SjDimension) dim = sj_dimension_new ();
  g_autoptr (SjMission) mission = sj_mission_new ();
  g_autoptr (SjProject) copy = sj_project_copy (project);
  SjUnit *unit = sj_project_get_unit (project);
  SjFundingLine *line = sj_project_get_funding (project);
  g_autoptr (GPtrArray) subs = NULL;
  g_autoptr (GPtrArray) sub_copies = g_ptr_array_new_with_free_func (g_object_unref);

  if (unit != NULL)
    {
      g_autoptr (SjUnit) u = sj_unit_copy (unit);
      sj_plan_append_unit (plan, u);
      sj_project_set_unit (copy, u);
    }
  if (line != NULL)
    {
      g_autoptr (SjFundingLine) f = sj_funding_line_copy (line);
      sj_plan_append_funding_line (plan, f);
      sj_project_set_funding (copy, f);
    }
  g_object_get (project, "sub-items", &subs, NULL);
  for (guint i = 0; subs && i < subs->len; i++)
    {
      SjSubItem *s = sj_sub_item_copy (g_ptr_array_index (subs, i));
      sj_mission_append_sub_item (mission, s);
      g_ptr_array_add (sub_copies, s);
    }
  sj_project_set_sub_items (copy, sub_copies);
  sj_mission_append_project (mission, copy);
  sj_dimension_append_mission (dim, mission);
  sj_plan_append_dimension (plan, dim);
  return sj_plan_file_to_bytes (plan);
}

static gboolean
id_taken (SjPlan *plan, const char *id)
{
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            if (g_strcmp0 (sj_project_get_id (sj_mission_get_project_at (mission, p)), id) == 0)
              return TRUE;
        }
    }
  return FALSE;
}

static SjUnit *
match_unit (SjPlan *plan, SjUnit *unit)
{
  for (guint i = 0; i < sj_plan_get_n_units (plan); i++)
    if (g_strcmp0 (sj_unit_get_id (sj_plan_get_unit_at (plan, i)), sj_unit_get_id (unit)) == 0
        && g_strcmp0 (sj_unit_get_name (sj_plan_get_unit_at (plan, i)), sj_unit_get_name (unit)) == 0)
      return sj_plan_get_unit_at (plan, i);
  for (guint i = 0; i < sj_plan_get_n_units (plan); i++)
    if (g_strcmp0 (sj_unit_get_name (sj_plan_get_unit_at (plan, i)), sj_unit_get_name (unit)) == 0)
      return sj_plan_get_unit_at (plan, i);
  return NULL;
}

static SjFundingLine *
match_funding (SjPlan *plan, SjFundingLine *line)
{
  for (guint i = 0; i < sj_plan_get_n_funding_lines (plan); i++)
    {
      SjFundingLine *f = sj_plan_get_funding_line_at (plan, i);
      if (g_strcmp0 (sj_funding_line_get_id (f), sj_funding_line_get_id (line)) == 0
          || g_strcmp0 (sj_funding_line_get_name (f), sj_funding_line_get_name (line)) == 0)
        return f;
    }
  return NULL;
}

/**
 * sj_fragment_to_project:
 * @mission: the mission the project goes to (its sub-items are matched there)
 * @notes: (nullable): receives, one per line, what could not be linked in @target
 *
 * Returns: (transfer full): the project of a fragment, its references pointing into @target,
 * with an id not used in @target; not yet inserted. %NULL and @error if @bytes are not one.
 */
SjProject *
sj_fragment_to_project (GBytes *bytes, SjPlan *target, SjMission *mission, GString *notes,
                        GError **error)
{
  g_autoptr (SjPlan) fragment = sj_plan_file_load_bytes (bytes, _("the clipboard"), error);
  SjMission *source_mission;
  SjProject *source;
  g_autoptr (SjProject) project = NULL;
  g_autoptr (GPtrArray) subs = NULL;
  g_autoptr (GPtrArray) matched = g_ptr_array_new ();

  if (fragment == NULL)
    return NULL;
  if (sj_plan_get_n_dimensions (fragment) != 1
      || sj_dimension_get_n_missions (sj_plan_get_dimension_at (fragment, 0)) != 1
      || sj_mission_get_n_projects (
           sj_dimension_get_mission_at (sj_plan_get_dimension_at (fragment, 0), 0)) != 1)
    {
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_CONTENT,
                   _("The clipboard does not hold one project"));
      return NULL;
    }
  source_mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (fragment, 0), 0);
  source = sj_mission_get_project_at (source_mission, 0);
  project = sj_project_copy (source);

  if (sj_project_get_unit (source) != NULL)
    {
      SjUnit *unit = match_unit (target, sj_project_get_unit (source));
      sj_project_set_unit (project, unit);
      if (unit == NULL && notes)
        g_string_append_printf (notes, _("The unit “%s” is not in this plan.\n"),
                                sj_unit_get_name (sj_project_get_unit (source)));
    }
  if (sj_project_get_funding (source) != NULL)
    {
      SjFundingLine *line = match_funding (target, sj_project_get_funding (source));
      sj_project_set_funding (project, line);
      if (line == NULL && notes)
        g_string_append_printf (notes, _("The funding line “%s” is not in this plan.\n"),
                                sj_funding_line_get_name (sj_project_get_funding (source)));
    }
  g_object_get (source, "sub-items", &subs, NULL);
  for (guint i = 0; subs && i < subs->len; i++)
    {
      SjSubItem *want = g_ptr_array_index (subs, i);
      SjSubItem *found = NULL;
      for (guint j = 0; mission && j < sj_mission_get_n_sub_items (mission) && !found; j++)
        {
          SjSubItem *s = sj_mission_get_sub_item_at (mission, j);
          if (g_strcmp0 (sj_sub_item_get_id (s), sj_sub_item_get_id (want)) == 0
              || g_strcmp0 (sj_sub_item_get_name (s), sj_sub_item_get_name (want)) == 0)
            found = s;
        }
      if (found)
        g_ptr_array_add (matched, found);
    }
  sj_project_set_sub_items (project, matched);

  if (id_taken (target, sj_project_get_id (project)))
    for (guint n = 1;; n++)
      {
        g_autofree char *id = g_strdup_printf ("p%u", n);
        if (!id_taken (target, id))
          {
            sj_project_set_id (project, id);
            break;
          }
      }
  return g_steal_pointer (&project);
}
