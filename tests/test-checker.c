/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plan checker: every rule fires on a plan that has the defect and stays quiet otherwise. */
#include "config.h"

#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-test-util.h"

#include <string.h>

static gboolean
has_rule (GPtrArray *findings, const char *rule)
{
  for (guint i = 0; i < findings->len; i++)
    if (strcmp (((SjFinding *) g_ptr_array_index (findings, i))->rule, rule) == 0)
      return TRUE;
  return FALSE;
}

static SjFinding *
find_rule (GPtrArray *findings, const char *rule)
{
  for (guint i = 0; i < findings->len; i++)
    if (strcmp (((SjFinding *) g_ptr_array_index (findings, i))->rule, rule) == 0)
      return g_ptr_array_index (findings, i);
  return NULL;
}

static void
set_rich (GObject *object, const char *property, const char *text)
{
  g_autoptr (SjRich) rich = sj_rich_new_plain (text);
  g_object_set (object, property, rich, NULL);
}

static SjSwotItem *
add_swot (SjPlan *plan, SjSwotKind kind, const char *code)
{
  g_autoptr (SjSwotItem) item = sj_swot_item_new ();
  sj_swot_item_set_kind (item, kind);
  sj_swot_item_set_code (item, code);
  sj_swot_item_set_text (item, "ข้อความ");
  sj_plan_append_swot_item (plan, item);
  return item;
}

static SjRiskStep *
add_risk_step (SjPlan *plan, SjRiskLevel level, SjProject *linked)
{
  g_autoptr (SjRiskStep) step = sj_risk_step_new ();
  g_autoptr (SjRiskItem) risk = sj_risk_item_new ();
  g_autoptr (SjRiskMeasure) measure = sj_risk_measure_new ();

  sj_risk_step_set_name (step, "การบริหารงานบุคคล");
  sj_risk_item_set_text (risk, "การแต่งตั้งไม่เป็นธรรม");
  sj_risk_item_set_level (risk, level);
  sj_risk_step_append_risk (step, risk);
  sj_risk_measure_set_text (measure, "มาตรการสร้างความโปร่งใส");
  sj_risk_measure_set_project (measure, linked);
  sj_risk_step_append_measure (step, measure);
  sj_plan_append_risk_step (plan, step);
  return step;
}

static SjOrder *
add_order (SjPlan *plan, const char *const *names)
{
  g_autoptr (SjOrder) order = sj_order_new ();
  g_autoptr (SjPerson) mayor = sj_person_new ();

  sj_person_set_id (mayor, "mayor");
  sj_person_set_name (mayor, "นายใจดี มีสุข");
  sj_plan_append_person (plan, mayor);
  sj_order_set_signatory (order, mayor);
  for (guint i = 0; names[i]; i++)
    {
      g_autoptr (SjMember) m = sj_member_new ();
      sj_member_set_name (m, names[i]);
      sj_order_append_member (order, m);
    }
  sj_plan_append_order (plan, order);
  return order;
}

/* Mutations that give the clean plan one defect each ------------------------------------------ */

static void
swot_undefined_code (SjPlan *plan)
{
  g_autoptr (SjStrategy) s = sj_strategy_new ();
  add_swot (plan, SJ_SWOT_KIND_STRENGTH, "S1");
  add_swot (plan, SJ_SWOT_KIND_OPPORTUNITY, "O1");
  sj_strategy_set_codes (s, "S1 O1 S11");
  sj_plan_append_strategy (plan, s);
}

static void
swot_duplicate_code (SjPlan *plan)
{
  add_swot (plan, SJ_SWOT_KIND_STRENGTH, "S1");
  add_swot (plan, SJ_SWOT_KIND_STRENGTH, "S1");
}

static void
swot_code_kind (SjPlan *plan)
{
  add_swot (plan, SJ_SWOT_KIND_WEAKNESS, "S3");
}

static void
risk_measure_unlinked (SjPlan *plan)
{
  add_risk_step (plan, SJ_RISK_LEVEL_HIGH, NULL);
}

static void
risk_measure_dangling (SjPlan *plan)
{
  g_autoptr (SjProject) gone = sj_project_new ();
  sj_project_set_id (gone, "gone");
  add_risk_step (plan, SJ_RISK_LEVEL_HIGH, gone);
}

static void
risk_level_missing (SjPlan *plan)
{
  add_risk_step (plan, SJ_RISK_LEVEL_UNSET, sj_test_first_project (plan));
}

static void
placeholder (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "budget-note", "ระบุงบประมาณที่ใช้ดำเนินการ");
}

static void
placeholder_choice (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "method",
            "แต่งตั้งคณะกรรมการ โดยมีปลัด (อบจ./เทศบาล/อบต.) เป็นเลขานุการ");
}

static void
other_organisation (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "rationale",
            "เทศบาลตำบลบ้านใหม่ได้จัดทำโครงการนี้");
}

static void
org_type_terms (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "target-group",
            "พนักงานส่วนตำบลและพนักงานจ้าง จำนวน 100 คน");
}

static void
budget_no_schedule (SjPlan *plan)
{
  sj_project_year_set_quarters (sj_project_get_year_at (sj_test_first_project (plan), 2), 0);
}

static void
required_empty (SjPlan *plan)
{
  sj_project_set_title (sj_test_first_project (plan), "  ");
}

static void
form_incomplete (SjPlan *plan)
{
  sj_project_set_outputs (sj_test_first_project (plan), NULL);
}

static void
duplicate_member (SjPlan *plan)
{
  const char *names[] = { "นายไผ่ชิต อีร์กุล", "นางสาวศิรินันท์ หล่อตระกูล", "นายไผ่ชิต  อีร์กุล", NULL };
  add_order (plan, names);
}

static void
name_variant (SjPlan *plan)
{
  const char *names[] = { "นายจารุวัฒน์ บุญเพิ่ม", NULL };
  SjOrder *order = add_order (plan, names);
  sj_person_set_name (sj_order_get_signatory (order), "นายจรรุวัฒน์ บุญเพิ่ม");
}

static void
amount_negative (SjPlan *plan)
{
  sj_project_year_set_amount (sj_project_get_year_at (sj_test_first_project (plan), 0), -10000);
}

static void
amount_absurd (SjPlan *plan)
{
  sj_project_year_set_amount (sj_project_get_year_at (sj_test_first_project (plan), 0),
                              sj_money_from_baht (2000000000));
}

static void
progress_over_budget (SjPlan *plan)
{
  g_autoptr (SjProgress) pr = sj_progress_new ();
  sj_progress_set_year (pr, 2566);
  sj_progress_set_status (pr, SJ_PROGRESS_STATUS_DONE);
  sj_progress_set_disbursed (pr, sj_money_from_baht (83600));
  sj_project_append_progress (sj_test_first_project (plan), pr);
}

static void
year_outside_plan (SjPlan *plan)
{
  sj_project_year_set_year (sj_project_get_year_at (sj_test_first_project (plan), 4), 2571);
}

static void
duplicate_year (SjPlan *plan)
{
  sj_project_year_set_year (sj_project_get_year_at (sj_test_first_project (plan), 4), 2566);
}

static void
dangling_reference (SjPlan *plan)
{
  g_autoptr (SjUnit) stray = sj_unit_new ();
  sj_unit_set_id (stray, "stray");
  sj_unit_set_name (stray, "กองที่ไม่มีในทะเบียน");
  sj_project_set_unit (sj_test_first_project (plan), stray);
}

static void
duplicate_title (SjPlan *plan)
{
  SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);
  g_autoptr (SjProject) twin = sj_project_new ();
  sj_project_set_id (twin, "p2");
  sj_project_set_title (twin, sj_project_get_title (sj_test_first_project (plan)));
  sj_project_set_unit (twin, sj_project_get_unit (sj_test_first_project (plan)));
  sj_mission_append_project (mission, twin);
}

static void
funding_unused (SjPlan *plan)
{
  g_autoptr (SjFundingLine) line = sj_funding_line_new ();
  sj_funding_line_set_id (line, "f1");
  sj_funding_line_set_name (line, "โครงการฝึกอบรมสัมมนาบุคลากร");
  sj_plan_append_funding_line (plan, line);
}

static void
emblem_invalid (SjPlan *plan)
{
  g_autoptr (GBytes) jpeg = g_bytes_new_static ("\xff\xd8\xff\xe0JFIF", 8);
  sj_organisation_set_emblem (sj_plan_get_organisation (plan), jpeg);
}

static void
total_overflow (SjPlan *plan)
{
  SjProject *p = sj_test_first_project (plan);
  /* Beyond what a file holds: they stand for the ~10^6 maximal amounts a real overflow needs. */
  for (guint i = 0; i < sj_project_get_n_years (p); i++)
    sj_project_year_set_amount (sj_project_get_year_at (p, i), G_MAXINT64 / 4);
}

typedef struct
{
  const char *rule;
  void (*mutate) (SjPlan *plan);
} Case;

static const Case cases[] = {
  { "swot-undefined-code", swot_undefined_code },
  { "swot-duplicate-code", swot_duplicate_code },
  { "swot-code-kind", swot_code_kind },
  { "risk-measure-unlinked", risk_measure_unlinked },
  { "risk-measure-dangling", risk_measure_dangling },
  { "risk-level-missing", risk_level_missing },
  { "placeholder", placeholder },
  { "placeholder", placeholder_choice },
  { "other-organisation", other_organisation },
  { "org-type-terms", org_type_terms },
  { "budget-no-schedule", budget_no_schedule },
  { "required-empty", required_empty },
  { "form-incomplete", form_incomplete },
  { "duplicate-member", duplicate_member },
  { "name-variant", name_variant },
  { "amount-negative", amount_negative },
  { "amount-absurd", amount_absurd },
  { "progress-over-budget", progress_over_budget },
  { "year-outside-plan", year_outside_plan },
  { "duplicate-year", duplicate_year },
  { "dangling-reference", dangling_reference },
  { "duplicate-title", duplicate_title },
  { "funding-unused", funding_unused },
  { "emblem-invalid", emblem_invalid },
  { "total-overflow", total_overflow },
};

static void
test_clean_plan (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GPtrArray) findings = sj_check_plan (plan);

  for (guint i = 0; i < findings->len; i++)
    {
      SjFinding *f = g_ptr_array_index (findings, i);
      g_test_message ("unexpected: [%s] %s: %s", f->rule, f->location, f->message_en);
    }
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_rule (gconstpointer data)
{
  const Case *c = data;
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GPtrArray) findings = NULL;
  SjFinding *f;
  guint n_rules;
  const SjRuleInfo *rules = sj_check_get_rules (&n_rules);

  c->mutate (plan);
  findings = sj_check_plan (plan);
  f = find_rule (findings, c->rule);
  if (f == NULL)
    g_error ("no finding of the rule %s", c->rule);
  g_assert_nonnull (f->message_th);
  g_assert_nonnull (f->message_en);
  g_assert_cmpuint (strlen (f->message_th), >, 0);
  g_assert_nonnull (f->object);
  g_assert_cmpuint (strlen (f->location), >, 0);
  for (guint i = 0; i < n_rules; i++)
    if (strcmp (rules[i].id, c->rule) == 0)
      g_assert_cmpint (f->severity, ==, rules[i].severity);
  /* Errors come before warnings */
  for (guint i = 1; i < findings->len; i++)
    g_assert_cmpint (((SjFinding *) g_ptr_array_index (findings, i - 1))->severity, <=,
                     ((SjFinding *) g_ptr_array_index (findings, i))->severity);
}

/* Near misses: text that looks like a defect but is not. */
static void
test_near_misses (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  SjProject *p = sj_test_first_project (plan);
  g_autoptr (GPtrArray) findings = NULL;

  set_rich (G_OBJECT (p), "method",
            "จัดทำคู่มือโดยระบุถึงขั้นตอนการปฏิบัติงาน ตามที่กฎหมายระบุไว้ในมาตรา 53");
  set_rich (G_OBJECT (p), "rationale",
            "เทศบาลตำบลตัวอย่างร่วมกับเทศบาลตำบลทุกแห่ง และเทศบาลนครอาจทำกิจกรรมอื่นได้ "
            "ตามเทศบัญญัติงบประมาณรายจ่ายประจำปี");
  findings = sj_check_plan (plan);
  g_assert_false (has_rule (findings, "placeholder"));
  g_assert_false (has_rule (findings, "other-organisation"));
  g_assert_false (has_rule (findings, "org-type-terms"));

  /* The terms of an อบต. are right in an อบต. plan */
  g_clear_pointer (&findings, g_ptr_array_unref);
  sj_organisation_set_org_type (sj_plan_get_organisation (plan), SJ_ORG_TYPE_SAO);
  sj_organisation_set_name (sj_plan_get_organisation (plan), "องค์การบริหารส่วนตำบลตัวอย่าง");
  sj_unit_set_name (sj_project_get_unit (p), "สำนักปลัด");
  set_rich (G_OBJECT (p), "rationale", "พนักงานส่วนตำบลปฏิบัติตามข้อบัญญัติ");
  findings = sj_check_plan (plan);
  g_assert_false (has_rule (findings, "org-type-terms"));

  /* Unassessed measures linked to projects, and a shared funding line, are fine */
  g_clear_pointer (&findings, g_ptr_array_unref);
  add_risk_step (plan, SJ_RISK_LEVEL_MEDIUM, p);
  findings = sj_check_plan (plan);
  g_assert_false (has_rule (findings, "risk-measure-unlinked"));
  g_assert_false (has_rule (findings, "risk-level-missing"));

  /* A real PNG emblem */
  g_clear_pointer (&findings, g_ptr_array_unref);
  {
    g_autoptr (GBytes) png = g_bytes_new_static ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    sj_organisation_set_emblem (sj_plan_get_organisation (plan), png);
  }
  findings = sj_check_plan (plan);
  g_assert_false (has_rule (findings, "emblem-invalid"));

  /* Disbursed within the budget */
  g_clear_pointer (&findings, g_ptr_array_unref);
  {
    g_autoptr (SjProgress) pr = sj_progress_new ();
    sj_progress_set_year (pr, 2567);
    sj_progress_set_disbursed (pr, sj_money_from_baht (49999));
    sj_project_append_progress (p, pr);
  }
  findings = sj_check_plan (plan);
  g_assert_false (has_rule (findings, "progress-over-budget"));
}

static void
test_every_rule_tested (void)
{
  guint n;
  const SjRuleInfo *rules = sj_check_get_rules (&n);

  for (guint i = 0; i < n; i++)
    {
      gboolean found = FALSE;
      for (guint j = 0; j < G_N_ELEMENTS (cases); j++)
        found |= strcmp (cases[j].rule, rules[i].id) == 0;
      if (!found)
        g_test_message ("rule %s has no test case", rules[i].id);
      g_assert_true (found);
      g_assert_nonnull (rules[i].summary_th);
      g_assert_nonnull (rules[i].summary_en);
    }
}

/* The seeds' real defects that survive transcription. */
static void
test_example_defects (void)
{
  g_autoptr (SjPlan) kk = sj_test_load_example ("khonkaen-2566.sujarit");
  g_autoptr (SjPlan) ks = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (SjPlan) ns = sj_test_load_example ("nakhonsi-2566.sujarit");
  g_autoptr (GPtrArray) fk = sj_check_plan (kk);
  g_autoptr (GPtrArray) fs = sj_check_plan (ks);
  g_autoptr (GPtrArray) fn = sj_check_plan (ns);
  SjFinding *s11 = find_rule (fk, "swot-undefined-code");

  if (s11 == NULL)
    g_error ("S11 was not found in the Khon Kaen plan");
  g_assert_nonnull (strstr (s11->message_en, "S11"));
  g_assert_true (SJ_IS_STRATEGY (s11->object));
  g_assert_true (has_rule (fk, "risk-measure-unlinked"));
  g_assert_true (has_rule (fk, "org-type-terms"));

  g_assert_true (has_rule (fs, "placeholder"));
  g_assert_true (has_rule (fs, "duplicate-member"));
  g_assert_true (has_rule (fs, "name-variant"));
  g_assert_true (has_rule (fs, "org-type-terms"));

  g_assert_true (has_rule (fn, "other-organisation"));
  g_assert_true (has_rule (fn, "placeholder"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checker/clean-plan", test_clean_plan);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/checker/rule/%s/%u", cases[i].rule, i);
      g_test_add_data_func (path, &cases[i], test_rule);
    }
  g_test_add_func ("/checker/near-misses", test_near_misses);
  g_test_add_func ("/checker/every-rule-tested", test_every_rule_tested);
  g_test_add_func ("/checker/example-defects", test_example_defects);

  return g_test_run ();
}
