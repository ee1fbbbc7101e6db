/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document: parent pointers, one change hook, undo and redo of every kind of edit, named
 * and coalesced steps, references kept whole, deep copies. */
#include "config.h"

#include "sj-compute.h"
#include "sj-document.h"
#include "sj-find.h"
#include "sj-checker.h"
#include "sj-plan-file.h"
#include "sj-test-util.h"

#include <string.h>

static SjMission *
first_mission (SjPlan *plan)
{
  return sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);
}

static void
test_parents (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjMission *mission = first_mission (plan);
  SjProject *p = sj_mission_get_project_at (mission, 1);
  SjProjectYear *py = sj_project_get_year_at (p, 0);
  g_autoptr (SjProject) loose = sj_project_new ();

  g_assert_true (sj_model_object_get_parent (SJ_MODEL_OBJECT (py)) == SJ_MODEL_OBJECT (p));
  g_assert_true (sj_model_object_get_parent (SJ_MODEL_OBJECT (p)) == SJ_MODEL_OBJECT (mission));
  g_assert_cmpstr (sj_model_object_get_parent_pspec (SJ_MODEL_OBJECT (p))->name, ==, "projects");
  g_assert_cmpint (sj_model_object_get_index (SJ_MODEL_OBJECT (p)), ==, 1);
  g_assert_true (sj_model_object_get_root (SJ_MODEL_OBJECT (py)) == SJ_MODEL_OBJECT (plan));
  g_assert_true (sj_model_object_get_parent (SJ_MODEL_OBJECT (sj_plan_get_settings (plan)))
                 == SJ_MODEL_OBJECT (plan));
  g_assert_null (sj_model_object_get_parent (SJ_MODEL_OBJECT (loose)));

  /* Removed, an object has no parent; the list's n-items follows. */
  {
    g_autoptr (SjProject) kept = g_object_ref (p);
    guint n = 0;
    g_object_get (sj_mission_get_projects (mission), "n-items", &n, NULL);
    g_assert_cmpuint (n, ==, sj_mission_get_n_projects (mission));
    sj_mission_remove_project_at (mission, 1);
    g_assert_null (sj_model_object_get_parent (SJ_MODEL_OBJECT (kept)));
    g_object_get (sj_mission_get_projects (mission), "n-items", &n, NULL);
    g_assert_cmpuint (n, ==, sj_mission_get_n_projects (mission));
  }
}

typedef struct
{
  guint n;
  char *last_property;
  GObject *last_object;
} Changes;

static void
on_changed (SjDocument *doc, SjModelObject *object, const char *property, Changes *c)
{
  c->n++;
  g_free (c->last_property);
  c->last_property = g_strdup (property);
  c->last_object = G_OBJECT (object);
}

static void
test_property_undo (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (SjDocument) doc = sj_document_new (plan);
  SjProject *p = sj_test_first_project (plan);
  SjProjectYear *py = sj_project_get_year_at (p, 1);
  Changes c = { 0 };
  g_autoptr (SjSummary) before = sj_summary_new (plan);
  g_autoptr (SjSummary) after = NULL;

  g_signal_connect (doc, "changed", G_CALLBACK (on_changed), &c);
  g_assert_false (sj_document_get_modified (doc));
  g_assert_false (sj_document_can_undo (doc));

  sj_document_begin_step (doc, "แก้ไขงบประมาณ ปี ๒๕๖๗");
  sj_project_year_set_amount (py, sj_money_from_baht (15000));
  sj_document_end_step (doc);
  g_assert_cmpuint (c.n, ==, 1);
  g_assert_cmpstr (c.last_property, ==, "amount");
  g_assert_true (c.last_object == G_OBJECT (py));
  g_assert_true (sj_document_get_modified (doc));
  g_assert_cmpstr (sj_document_get_undo_name (doc), ==, "แก้ไขงบประมาณ ปี ๒๕๖๗");
  after = sj_summary_new (plan);
  g_assert_cmpint (sj_summary_get_plan_totals (after)->years[1], ==, sj_money_from_baht (15000));

  sj_document_undo (doc);
  g_assert_cmpint (sj_project_year_get_amount (py), ==, sj_money_from_baht (50000));
  g_assert_false (sj_document_get_modified (doc));
  g_assert_true (sj_document_can_redo (doc));
  g_assert_cmpstr (sj_document_get_redo_name (doc), ==, "แก้ไขงบประมาณ ปี ๒๕๖๗");
  g_assert_cmpuint (c.n, ==, 2);

  sj_document_redo (doc);
  g_assert_cmpint (sj_project_year_get_amount (py), ==, sj_money_from_baht (15000));
  g_assert_true (sj_document_get_modified (doc));

  /* Every kind of value: string, enum, reference, rich text, date, list of references */
  {
    g_autoptr (SjRich) rich = sj_test_rich ("ข้อความใหม่");
    SjDate date = { 2022, 9, 29 };
    g_autoptr (SjPlan) reference = sj_plan_copy (plan);
    SjUnit *unit = sj_project_get_unit (p);

    sj_document_begin_step (doc, "หลายอย่าง");
    sj_project_set_title (p, "ชื่อใหม่");
    sj_project_set_project_type (p, SJ_PROJECT_TYPE_MEASURE);
    sj_project_set_unit (p, NULL);
    sj_project_set_rationale (p, rich);
    sj_plan_set_preface_date (plan, &date);
    sj_project_set_sub_items (p, NULL);
    sj_document_end_step (doc);
    g_assert_false (sj_plan_equal (plan, reference));
    sj_document_undo (doc);
    g_assert_true (sj_plan_equal (plan, reference));
    g_assert_true (sj_project_get_unit (p) == unit); /* the same object, not a copy */
    sj_document_redo (doc);
    g_assert_cmpstr (sj_project_get_title (p), ==, "ชื่อใหม่");
    g_assert_null (sj_project_get_unit (p));
    g_assert_cmpint (sj_plan_get_preface_date (plan)->day, ==, 29);
  }
  g_free (c.last_property);
}

/* Typing in a field is one step; leaving the field (or saving) starts a new one. */
static void
test_coalescing (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (SjDocument) doc = sj_document_new (plan);
  SjProject *p = sj_test_first_project (plan);
  const char *original = "โครงการส่งเสริมคุณธรรมของบุคลากร";
  const char *typed[] = { "โ", "โค", "โครง", "โครงการ" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      sj_document_begin_step (doc, "แก้ไขชื่อโครงการ");
      sj_project_set_title (p, typed[i]);
      sj_document_end_step (doc);
    }
  sj_document_undo (doc);
  g_assert_cmpstr (sj_project_get_title (p), ==, original);
  g_assert_false (sj_document_can_undo (doc));
  sj_document_redo (doc);
  g_assert_cmpstr (sj_project_get_title (p), ==, "โครงการ");

  sj_document_stop_coalescing (doc);
  sj_project_set_title (p, "โครงการใหม่");
  sj_document_undo (doc);
  g_assert_cmpstr (sj_project_get_title (p), ==, "โครงการ");

  /* A save cuts coalescing too: undo must be able to go back to what was saved. */
  sj_project_set_title (p, "ก");
  sj_document_mark_saved (doc, sj_document_get_generation (doc));
  sj_project_set_title (p, "กข");
  g_assert_true (sj_document_get_modified (doc));
  sj_document_undo (doc);
  g_assert_cmpstr (sj_project_get_title (p), ==, "ก");
  g_assert_false (sj_document_get_modified (doc));

  /* Other fields do not coalesce with it */
  sj_project_set_title (p, "ข");
  sj_project_set_responsible (p, "กองคลัง");
  sj_document_undo (doc);
  g_assert_cmpstr (sj_project_get_title (p), ==, "ข");
}

static void
test_list_undo (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (SjPlan) reference = sj_plan_copy (plan);
  g_autoptr (SjDocument) doc = sj_document_new (plan);
  SjMission *mission = first_mission (plan);
  SjMission *other = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 1), 0);
  guint n = sj_mission_get_n_projects (mission);
  g_autoptr (SjProject) added = sj_project_new ();
  SjProject *second = sj_mission_get_project_at (mission, 1);

  g_assert_true (sj_plan_equal (plan, reference));
  sj_project_set_id (added, "new1");
  sj_mission_insert_project (mission, 0, added);
  g_assert_cmpuint (sj_mission_get_n_projects (mission), ==, n + 1);
  sj_mission_move_project (mission, 0, 2);
  g_assert_true (sj_mission_get_project_at (mission, 2) == added);
  sj_mission_remove_project_at (mission, 2);
  sj_document_move (doc, SJ_MODEL_OBJECT (second), SJ_MODEL_OBJECT (other), 0, "ย้ายโครงการ");
  g_assert_true (sj_mission_get_project_at (other, 0) == second);
  g_assert_true (sj_model_object_get_parent (SJ_MODEL_OBJECT (second)) == SJ_MODEL_OBJECT (other));
  g_assert_cmpstr (sj_document_get_undo_name (doc), ==, "ย้ายโครงการ");

  for (guint i = 0; i < 4; i++)
    sj_document_undo (doc);
  g_assert_false (sj_document_can_undo (doc));
  g_assert_true (sj_plan_equal (plan, reference));
  g_assert_true (sj_mission_get_project_at (mission, 1) == second);
  g_assert_false (sj_document_get_modified (doc));
  for (guint i = 0; i < 4; i++)
    sj_document_redo (doc);
  g_assert_true (sj_mission_get_project_at (other, 0) == second);
  g_assert_cmpuint (sj_mission_get_n_projects (mission), ==, n - 1);

  /* A new edit after undo drops what could be redone; the saved state is then unreachable. */
  sj_document_mark_saved (doc, sj_document_get_generation (doc));
  sj_document_undo (doc);
  sj_project_set_title (sj_mission_get_project_at (mission, 0), "อื่น");
  g_assert_false (sj_document_can_redo (doc));
  sj_document_undo (doc);
  g_assert_true (sj_document_get_modified (doc));
}

/* Deleting a project that a risk measure links to unlinks the measure in the same step, so the
 * saved file opens again; undo restores the project and the link. */
static void
test_remove_with_references (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (SjDocument) doc = sj_document_new (plan);
  g_autoptr (SjRiskStep) step = sj_risk_step_new ();
  g_autoptr (SjRiskMeasure) measure = sj_risk_measure_new ();
  g_autoptr (SjPlan) reference = NULL;
  g_autoptr (GPtrArray) refs = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (SjPlan) reloaded = NULL;
  g_autoptr (GError) error = NULL;
  SjProject *p = sj_test_first_project (plan);
  SjMission *mission = first_mission (plan);

  sj_risk_measure_set_project (measure, p);
  sj_risk_measure_set_text (measure, "มาตรการ");
  sj_risk_step_append_measure (step, measure);
  sj_plan_append_risk_step (plan, step);
  reference = sj_plan_copy (plan);

  refs = sj_document_find_references (doc, SJ_MODEL_OBJECT (p));
  g_assert_cmpuint (refs->len, ==, 1);
  g_assert_true (((SjReference *) g_ptr_array_index (refs, 0))->object == SJ_MODEL_OBJECT (measure));
  g_clear_pointer (&refs, g_ptr_array_unref);
  /* The mission holds the project, and a sub-item the project refers to (from inside). */
  refs = sj_document_find_references (doc, SJ_MODEL_OBJECT (mission));
  g_assert_cmpuint (refs->len, ==, 1);

  sj_document_remove (doc, SJ_MODEL_OBJECT (p), "ลบโครงการ");
  g_assert_cmpuint (sj_mission_get_n_projects (mission), ==, 0);
  g_assert_null (sj_risk_measure_get_project (measure));
  bytes = sj_plan_file_serialize (plan, &error);
  g_assert_no_error (error);
  reloaded = sj_plan_file_load_bytes (bytes, "test", &error);
  g_assert_no_error (error);

  sj_document_undo (doc);
  g_assert_true (sj_plan_equal (plan, reference));
  g_assert_true (sj_risk_measure_get_project (measure) == p);
  g_assert_true (sj_mission_get_project_at (mission, 0) == p);
}

/* A deep copy is equal, independent, and its references point inside it. */
static void
test_copy (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (SjPlan) copy = sj_plan_copy (plan);
  SjProject *p = sj_mission_get_project_at (first_mission (plan), 0);
  SjProject *pc = sj_mission_get_project_at (first_mission (copy), 0);
  g_autoptr (SjProject) alone = sj_project_copy (p);

  g_assert_true (sj_plan_equal (plan, copy));
  g_assert_true (p != pc);
  g_assert_nonnull (sj_project_get_unit (p));
  g_assert_true (sj_project_get_unit (pc) != sj_project_get_unit (p));
  g_assert_true (sj_model_object_get_root (SJ_MODEL_OBJECT (sj_project_get_unit (pc)))
                 == SJ_MODEL_OBJECT (copy));
  g_assert_true (sj_model_object_get_parent (SJ_MODEL_OBJECT (pc))
                 == SJ_MODEL_OBJECT (first_mission (copy)));
  /* A project copied alone keeps pointing at the plan's unit. */
  g_assert_true (sj_project_get_unit (alone) == sj_project_get_unit (p));
  g_assert_null (sj_model_object_get_parent (SJ_MODEL_OBJECT (alone)));
  g_assert_true (sj_project_equal (alone, p));

  sj_project_set_title (pc, "เปลี่ยนในสำเนา");
  g_assert_false (sj_plan_equal (plan, copy));
  g_assert_cmpstr (sj_project_get_title (p), !=, "เปลี่ยนในสำเนา");
}

/* Changes of objects outside the document's plan (a copy, a project not yet added) are not
 * recorded: only the plan's tree is observed. */
static void
test_only_own_tree (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (SjDocument) doc = sj_document_new (plan);
  g_autoptr (SjProject) loose = sj_project_new ();
  g_autoptr (SjPlan) copy = sj_plan_copy (plan);

  sj_project_set_title (loose, "ยังไม่ได้เพิ่ม");
  sj_project_set_title (sj_test_first_project (copy), "สำเนา");
  g_assert_false (sj_document_can_undo (doc));
  sj_mission_append_project (first_mission (plan), loose);
  g_assert_true (sj_document_can_undo (doc));
  sj_project_set_title (loose, "เพิ่มแล้ว");
  sj_document_undo (doc);
  g_assert_cmpstr (sj_project_get_title (loose), ==, "ยังไม่ได้เพิ่ม");
  sj_document_undo (doc);
  g_assert_cmpuint (sj_mission_get_n_projects (first_mission (plan)), ==, 1);
}

/* Find ignores the stray spaces of copied Thai text; Replace All is one step of the document. */
static void
test_find_replace (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (SjPlan) before = sj_plan_copy (plan);
  g_autoptr (SjDocument) doc = sj_document_new (plan);
  g_autoptr (GPtrArray) spaced = sj_find (plan, "เทศบาลเมือง กาฬสินธุ์");
  g_autoptr (GPtrArray) joined = sj_find (plan, "เทศบาลเมืองกาฬสินธุ์");
  g_autoptr (GPtrArray) misspelt = sj_find (plan, "กาศสินธุ์");
  g_autoptr (GPtrArray) after = NULL;
  guint n;

  g_assert_cmpuint (joined->len, >, 100);
  g_assert_cmpuint (spaced->len, ==, joined->len);
  g_assert_cmpuint (misspelt->len, >=, 1);
  {
    SjFindMatch *m = g_ptr_array_index (misspelt, 0);
    g_assert_cmpstr (m->match, ==, "กาศสินธุ์");
    g_assert_nonnull (m->location);
    g_assert_true (sj_model_resolve_path (G_OBJECT (plan), m->path, NULL) == m->object);
  }
  n = sj_find_replace_all (doc, "กาศสินธุ์", "กาฬสินธุ์");
  g_assert_cmpuint (n, ==, misspelt->len);
  after = sj_find (plan, "กาศสินธุ์");
  g_assert_cmpuint (after->len, ==, 0);
  g_assert_true (sj_document_get_modified (doc));
  /* One undo restores everything */
  g_assert_true (sj_document_can_undo (doc));
  sj_document_undo (doc);
  g_assert_true (sj_plan_equal (plan, before));
  g_assert_false (sj_document_can_undo (doc));

  /* A match across runs of different styles, and Latin letters in any case */
  {
    SjRich *rich = sj_rich_new ();
    SjBlock *para = sj_block_new_paragraph ();
    g_autoptr (GPtrArray) m = NULL;
    gsize s, e;
    sj_block_add_run (para, "ร่วมกับเทศบาล", SJ_RUN_BOLD, NULL);
    sj_block_add_run (para, "เมืองตัวอย่าง ผ่านระบบ LINE", 0, NULL);
    g_ptr_array_add (sj_rich_get_blocks (rich), para);
    sj_plan_set_preface (plan, rich);
    sj_rich_unref (rich);
    m = sj_find (plan, "เทศบาลเมือง ตัวอย่าง");
    g_assert_cmpuint (m->len, ==, 1);
    n = sj_find_replace_all (doc, "เทศบาลเมืองตัวอย่าง", "เทศบาลเมืองกาฬสินธุ์");
    g_assert_cmpuint (n, ==, 1);
    {
      g_autofree char *plain = sj_rich_to_plain (sj_plan_get_preface (plan));
      g_assert_cmpstr (plain, ==, "ร่วมกับเทศบาลเมืองกาฬสินธุ์ ผ่านระบบ LINE");
    }
    g_assert_true (sj_find_in_text ("ผ่านระบบ LINE", "line", 0, &s, &e));
    g_assert_cmpuint (e - s, ==, 4);
    g_assert_false (sj_find_in_text ("ผ่านระบบ LINE", "", 0, &s, &e));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/parents", test_parents);
  g_test_add_func ("/document/property-undo", test_property_undo);
  g_test_add_func ("/document/coalescing", test_coalescing);
  g_test_add_func ("/document/list-undo", test_list_undo);
  g_test_add_func ("/document/remove-with-references", test_remove_with_references);
  g_test_add_func ("/document/copy", test_copy);
  g_test_add_func ("/document/only-own-tree", test_only_own_tree);
  g_test_add_func ("/document/find-replace", test_find_replace);

  return g_test_run ();
}
