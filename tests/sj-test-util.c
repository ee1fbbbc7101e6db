/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sj-plan-file.h"
#include "sj-test-util.h"

SjRich *
sj_test_rich (const char *text)
{
  return sj_rich_new_plain (text);
}

/**
 * sj_test_make_clean_plan:
 *
 * A small plan the checker has nothing to say about: one dimension, one mission, one sub-item
 * and one complete project with a budget of 50,000 baht in each of the five years.
 */
SjPlan *
sj_test_make_clean_plan (void)
{
  SjPlan *plan = sj_plan_new ();
  SjOrganisation *org = sj_plan_get_organisation (plan);
  g_autoptr (SjUnit) unit = sj_unit_new ();
  g_autoptr (SjDimension) dim = sj_dimension_new ();
  g_autoptr (SjMission) mission = sj_mission_new ();
  g_autoptr (SjSubItem) sub = sj_sub_item_new ();
  g_autoptr (SjProject) p = sj_project_new ();
  static const char *const fields[] = { "rationale", "objectives", "target-group", "method",
                                        "outputs", "outcomes" };

  sj_organisation_set_name (org, "เทศบาลตำบลตัวอย่าง");
  sj_organisation_set_org_type (org, SJ_ORG_TYPE_SUBDISTRICT_MUNICIPALITY);
  sj_unit_set_id (unit, "u1");
  sj_unit_set_name (unit, "สำนักปลัดเทศบาล");
  sj_unit_set_short_name (unit, "สป.");
  sj_plan_append_unit (plan, unit);
  sj_dimension_set_name (dim, "การสร้างวัฒนธรรมสุจริต");
  sj_mission_set_name (mission, "การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากร");
  sj_sub_item_set_id (sub, "s1");
  sj_sub_item_set_name (sub, "เสริมสร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการ");
  sj_mission_append_sub_item (mission, sub);

  sj_project_set_id (p, "p1");
  sj_project_set_title (p, "โครงการส่งเสริมคุณธรรมของบุคลากร");
  sj_project_set_unit (p, unit);
  sj_project_add_sub_items_ref (p, sub);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr (SjRich) rich = sj_test_rich ("บุคลากรของเทศบาลตำบลตัวอย่างปฏิบัติงานด้วยความซื่อสัตย์สุจริต");
      g_object_set (p, fields[i], rich, NULL);
    }
  for (guint y = 2566; y <= 2570; y++)
    {
      g_autoptr (SjProjectYear) py = sj_project_year_new ();
      sj_project_year_set_year (py, y);
      sj_project_year_set_amount (py, sj_money_from_baht (50000));
      sj_project_append_year (p, py);
    }
  sj_mission_append_project (mission, p);
  sj_dimension_append_mission (dim, mission);
  sj_plan_append_dimension (plan, dim);
  return plan;
}

SjProject *
sj_test_first_project (SjPlan *plan)
{
  SjDimension *dim = sj_plan_get_dimension_at (plan, 0);
  SjMission *mission = sj_dimension_get_mission_at (dim, 0);
  return sj_mission_get_project_at (mission, 0);
}

/* A path under the source tree's tests/ or data/ (G_TEST_SRCDIR is the tests folder). */
char *
sj_test_data_path (const char *first, ...)
{
  va_list args;
  GPtrArray *parts = g_ptr_array_new ();
  char *path;
  const char *p;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, (gpointer) first);
  va_start (args, first);
  while ((p = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  path = g_build_filenamev ((char **) parts->pdata);
  g_ptr_array_unref (parts);
  return path;
}

SjPlan *
sj_test_load_example (const char *name)
{
  g_autofree char *path = sj_test_data_path ("..", "data", "examples", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  SjPlan *plan = sj_plan_file_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}
