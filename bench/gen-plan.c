/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Generates a large synthetic plan for benchmarks: N projects with full forms, made by cycling
 * through the projects of a real plan with new ids, titles and amounts.
 * Usage: sj-gen-plan TEMPLATE.sujarit N OUTPUT.sujarit */
#include "config.h"

#include <stdlib.h>

#include "sj-compute.h"
#include "sj-plan-file.h"

static SjProject *
copy_project (SjProject *src, guint n, SjUnit *unit, GRand *rand)
{
  SjProject *p = sj_project_new ();
  static const char *const rich_props[] = { "rationale", "objectives", "target-group", "method",
                                            "outputs", "outcomes", "remark" };
  g_autofree char *id = g_strdup_printf ("p%u", n);
  g_autofree char *title = g_strdup_printf ("%s (ชุดที่ %u)", sj_project_get_title (src), n);
  SjMoney amount = g_rand_int_range (rand, 0, 4) == 0
                     ? SJ_MONEY_NONE
                     : sj_money_from_baht (g_rand_int_range (rand, 1, 500) * 1000);

  sj_project_set_id (p, id);
  sj_project_set_title (p, title);
  sj_project_set_project_type (p, sj_project_get_project_type (src));
  sj_project_set_unit (p, unit);
  sj_project_set_responsible (p, sj_project_get_responsible (src));
  for (guint i = 0; i < G_N_ELEMENTS (rich_props); i++)
    {
      g_autoptr (SjRich) rich = NULL;
      g_object_get (src, rich_props[i], &rich, NULL);
      g_object_set (p, rich_props[i], rich, NULL);
    }
  for (guint y = 2566; y <= 2570; y++)
    {
      g_autoptr (SjProjectYear) py = sj_project_year_new ();
      sj_project_year_set_year (py, y);
      sj_project_year_set_amount (py, amount);
      sj_project_year_set_quarters (py, g_rand_int_range (rand, 1, 16));
      sj_project_append_year (p, py);
    }
  return p;
}

int
main (int argc, char **argv)
{
  g_autoptr (GFile) in = NULL;
  g_autoptr (GFile) out = NULL;
  g_autoptr (SjPlan) tmpl = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (2566);
  g_autoptr (SjSummary) s = NULL;
  guint n;

  if (argc != 4)
    {
      g_printerr ("usage: %s TEMPLATE.sujarit N OUTPUT.sujarit\n", argv[0]);
      return 2;
    }
  n = (guint) strtoul (argv[2], NULL, 10);
  in = g_file_new_for_commandline_arg (argv[1]);
  tmpl = sj_plan_file_load (in, NULL, &error);
  if (tmpl == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  s = sj_summary_new (tmpl);
  for (guint i = 0; i < sj_summary_get_n_projects (s); i++)
    {
      SjProject *p = sj_summary_get_project (s, i);
      if (!sj_rich_is_empty (sj_project_get_rationale (p)))
        g_ptr_array_add (sources, g_object_ref (p));
    }

  /* The template's settings, organisation, units and Part 1; a new frame of N projects. */
  plan = g_object_ref (tmpl);
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          while (sj_mission_get_n_projects (mission) > 0)
            sj_mission_remove_project_at (mission, 0);
          while (sj_mission_get_n_sub_items (mission) > 0)
            sj_mission_remove_sub_item_at (mission, 0);
        }
    }
  while (sj_plan_get_n_risk_steps (plan) > 0)
    sj_plan_remove_risk_step_at (plan, 0);
  for (guint i = 0; i < n; i++)
    {
      guint d = i % sj_plan_get_n_dimensions (plan);
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      SjMission *mission = sj_dimension_get_mission_at (dim, (i / 4) % sj_dimension_get_n_missions (dim));
      SjUnit *unit = sj_plan_get_unit_at (plan, i % sj_plan_get_n_units (plan));
      g_autoptr (SjProject) p = copy_project (g_ptr_array_index (sources, i % sources->len), i + 1,
                                              unit, rand);
      sj_mission_append_project (mission, p);
    }
  out = g_file_new_for_commandline_arg (argv[3]);
  if (!sj_plan_file_save (plan, out, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}
