/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plan checker: every rule fires on a plan that has the defect and stays quiet otherwise. */
#include "config.h"

#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-finding-item.h"
#include "sj-test-util.h"

#include <locale.h>
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
progress_cannot_disbursed (SjPlan *plan)
{
  g_autoptr (SjProgress) pr = sj_progress_new ();
  sj_progress_set_year (pr, 2566);
  sj_progress_set_status (pr, SJ_PROGRESS_STATUS_CANNOT);
  sj_progress_set_disbursed (pr, sj_money_from_baht (1200));
  sj_project_append_progress (sj_test_first_project (plan), pr);
}

static void
progress_cannot_nothing (SjPlan *plan)
{
  g_autoptr (SjProgress) pr = sj_progress_new ();
  sj_progress_set_year (pr, 2566);
  sj_progress_set_status (pr, SJ_PROGRESS_STATUS_CANNOT);
  sj_progress_set_disbursed (pr, 0);
  sj_project_append_progress (sj_test_first_project (plan), pr);
}

static void
progress_twice (SjPlan *plan)
{
  for (int i = 0; i < 2; i++)
    {
      g_autoptr (SjProgress) pr = sj_progress_new ();
      sj_progress_set_year (pr, 2567);
      sj_progress_set_round (pr, SJ_ROUND_6);
      sj_project_append_progress (sj_test_first_project (plan), pr);
    }
}

static void
progress_both_rounds (SjPlan *plan)
{
  for (int i = 0; i < 2; i++)
    {
      g_autoptr (SjProgress) pr = sj_progress_new ();
      sj_progress_set_year (pr, 2567);
      sj_progress_set_round (pr, i == 0 ? SJ_ROUND_6 : SJ_ROUND_12);
      sj_project_append_progress (sj_test_first_project (plan), pr);
    }
}

static SjOitItem *
add_oit_item (SjPlan *plan, gboolean with_project, const char *url)
{
  g_autoptr (SjOitItem) item = sj_oit_item_new ();
  sj_oit_item_set_year (item, 2567);
  sj_oit_item_set_code (item, "O11");
  sj_oit_item_set_name (item, "รายงานผลการดำเนินงานประจำปี");
  sj_oit_item_set_url (item, url);
  if (with_project)
    {
      g_autoptr (GPtrArray) projects = g_ptr_array_new ();
      g_ptr_array_add (projects, sj_test_first_project (plan));
      sj_oit_item_set_projects (item, projects);
    }
  sj_plan_append_oit_item (plan, item);
  return item;
}

static void
oit_no_url (SjPlan *plan)
{
  add_oit_item (plan, TRUE, "");
}

static void
oit_with_url (SjPlan *plan)
{
  add_oit_item (plan, TRUE, "https://www.example.go.th/oit/o11");
}

static void
oit_no_project (SjPlan *plan)
{
  add_oit_item (plan, FALSE, "https://www.example.go.th/oit/o11");
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


/* The new rules of the second edition, in the words of the seeds but not copied from one. */

static void
kpi_missing (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "outcomes",
            "ผู้เข้าร่วมโครงการมีความรู้ความเข้าใจเพิ่มขึ้น ไม่น้อยกว่าร้อยละ (");
}

static void
kpi_present (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "outcomes",
            "ผู้เข้าร่วมโครงการมีความรู้ความเข้าใจเพิ่มขึ้น ไม่น้อยกว่าร้อยละ 80 และร้อยละของผู้ตอบแบบสอบถาม"
            "ที่พึงพอใจสูงขึ้น");
}

static void
marks_unbalanced (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "rationale",
            "ยึดหลัก “ซื่อสัตย์ สุจริต มีวินัย ในการปฏิบัติงาน (ตามประมวลจริยธรรม");
}

static void
marks_balanced (SjPlan *plan)
{
  SjRich *rich = sj_rich_new ();
  SjBlock *a = sj_block_new_paragraph ();
  SjBlock *b = sj_block_new_paragraph ();

  /* A quotation over two paragraphs, list markers "1)" and "ก)" without an opening bracket */
  sj_block_add_run (a, "ยึดหลัก “ซื่อสัตย์ สุจริต", 0, NULL);
  sj_block_add_run (b, "มีวินัย” ดังนี้ 1) ตรงต่อเวลา 2) โปร่งใส ก) เปิดเผย (ตามประมวลจริยธรรม)", 0, NULL);
  g_ptr_array_add (sj_rich_get_blocks (rich), a);
  g_ptr_array_add (sj_rich_get_blocks (rich), b);
  g_object_set (sj_test_first_project (plan), "rationale", rich, NULL);
  sj_rich_unref (rich);
}

static void
foreign_script (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "method",
            "จัดอบรมให้ความรู้แก่บุคลากร และสรุปผลการดำเนินการรายงานผู้บริหารทราบ ト");
  set_rich (G_OBJECT (sj_test_first_project (plan)), "area", "พื้นที่ในเขตการรुक्षาทาง");
}

static void
latin_and_symbols (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "method",
            "ประชาสัมพันธ์ผ่าน Facebook, LINE Official และเว็บไซต์ www.example.go.th — ร้อยละ 80 ± 5 "
            "(Cross Check) © ๒๕๖๖");
}

static void
fact_no_value (SjPlan *plan)
{
  SjRich *rich = sj_rich_new ();
  SjBlock *para = sj_block_new_paragraph ();
  sj_block_add_run (para, "มิติที่ 5 มี ", 0, NULL);
  sj_block_add_fact (para, "dimension-5-count", NULL, 0);
  sj_block_add_run (para, " โครงการ", 0, NULL);
  g_ptr_array_add (sj_rich_get_blocks (rich), para);
  sj_plan_set_preface (plan, rich);
  sj_rich_unref (rich);
}

static void
facts_with_values (SjPlan *plan)
{
  SjRich *rich = sj_rich_new ();
  SjBlock *para = sj_block_new_paragraph ();
  SjBlock *form = sj_block_new_paragraph ();
  sj_block_add_run (para, "แผนนี้มีโครงการ ", 0, NULL);
  sj_block_add_fact (para, "counts-by-type", NULL, 0);
  sj_block_add_fact (para, "dimension-1-total", NULL, 0);
  g_ptr_array_add (sj_rich_get_blocks (rich), para);
  sj_plan_set_preface (plan, rich);
  sj_rich_unref (rich);
  /* A project's years in its own form */
  rich = sj_rich_new ();
  sj_block_add_fact (form, "project-years", NULL, 0);
  g_ptr_array_add (sj_rich_get_blocks (rich), form);
  sj_project_set_duration_note (sj_test_first_project (plan), rich);
  sj_rich_unref (rich);
}

static void
figure_mismatch (SjPlan *plan)
{
  /* The plan has one project of 50,000 baht a year, 250,000 baht in all */
  set_rich (G_OBJECT (plan), "preface",
            "เทศบาลตำบลตัวอย่างได้จัดทำแผน จำนวน 12 โครงการ งบประมาณทั้งสิ้น 250,000 บาท");
}

static void
figures_agree (SjPlan *plan)
{
  set_rich (G_OBJECT (plan), "preface",
            "เทศบาลตำบลตัวอย่างได้จัดทำแผน จำนวน 1 โครงการ งบประมาณทั้งสิ้น 250,000 บาท "
            "ปีละ 50,000 บาท ตามยุทธศาสตร์ที่ 2 โครงการ ในปี พ.ศ. 2566 โครงการ");
  /* counts inside a project's form are of people, not of projects */
  set_rich (G_OBJECT (sj_test_first_project (plan)), "target-group",
            "ผู้เข้าร่วม จำนวน 120 คน จาก 7 โครงการในชุมชน");
}

static SjTarget *
add_ita_target (SjPlan *plan, const char *value)
{
  g_autoptr (SjTarget) t = sj_target_new ();
  sj_target_set_kind (t, "ita");
  sj_target_set_label (t, "คะแนน ITA");
  for (guint y = 2566; y <= 2570; y++)
    {
      g_autoptr (SjYearValue) v = sj_year_value_new ();
      sj_year_value_set_year (v, y);
      sj_year_value_set_value (v, value);
      sj_target_append_value (t, v);
    }
  sj_plan_append_target (plan, t);
  return t;
}

static void
target_mismatch (SjPlan *plan)
{
  add_ita_target (plan, "90");
  set_rich (G_OBJECT (plan), "goals",
            "เทศบาลตำบลตัวอย่างมีผลการประเมิน ITA ไม่น้อยกว่า 85 คะแนน ในปี พ.ศ. 2570");
}

static void
target_agrees (SjPlan *plan)
{
  add_ita_target (plan, "๙๐");
  set_rich (G_OBJECT (plan), "goals",
            "เทศบาลตำบลตัวอย่างมีคะแนน ITA 90 คะแนนขึ้นไป และผ่านเกณฑ์การประเมิน ITA (85 คะแนนขึ้นไป)");
}

static void
title_years (SjPlan *plan)
{
  SjProject *p = sj_test_first_project (plan);
  sj_project_set_title (p, "โครงการส่งเสริมคุณธรรมของบุคลากร ประจำปีงบประมาณ พ.ศ. 2566");
}

static void
title_years_agree (SjPlan *plan)
{
  SjProject *p = sj_test_first_project (plan);
  /* The year of a law in a title is not the years the project runs */
  sj_project_set_title (p, "โครงการอบรมตาม พ.ร.บ.การจัดซื้อจัดจ้าง พ.ศ.2560 ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๗๐");
}

static void
duration_mismatch (SjPlan *plan)
{
  SjProject *p = sj_test_first_project (plan);
  set_rich (G_OBJECT (p), "duration-note", "ดำเนินการในปีงบประมาณ 2567 และ 2569");
}

static void
duration_agrees (SjPlan *plan)
{
  SjProject *p = sj_test_first_project (plan);
  set_rich (G_OBJECT (p), "duration-note", "ตุลาคม 2565 – กันยายน 2570 (ปีงบประมาณ 2566-70)");
}

static void
no_budget (SjProject *p)
{
  for (guint i = 0; i < sj_project_get_n_years (p); i++)
    sj_project_year_set_amount (sj_project_get_year_at (p, i), 0);
}

static void
budget_note_no_budget (SjPlan *plan)
{
  SjProject *p = sj_test_first_project (plan);
  no_budget (p);
  set_rich (G_OBJECT (p), "budget-note", "แผนงานบริหารงานทั่วไป งานบริหารทั่วไป หมวดค่าใช้สอย");
}

static void
budget_note_explains (SjPlan *plan)
{
  SjProject *p = sj_test_first_project (plan);
  no_budget (p);
  set_rich (G_OBJECT (p), "budget-note", "ไม่ใช้งบประมาณ เนื่องจากดำเนินการโดยบุคลากรของเทศบาล");
}

/* Negative cases of the first edition's rules: near misses that must stay quiet. */

static void
swot_defined (SjPlan *plan)
{
  g_autoptr (SjStrategy) s = sj_strategy_new ();
  add_swot (plan, SJ_SWOT_KIND_STRENGTH, "S1");
  add_swot (plan, SJ_SWOT_KIND_OPPORTUNITY, "O1");
  sj_strategy_set_codes (s, "S1+O1");
  sj_plan_append_strategy (plan, s);
}

static void
swot_distinct (SjPlan *plan)
{
  add_swot (plan, SJ_SWOT_KIND_STRENGTH, "S1");
  add_swot (plan, SJ_SWOT_KIND_STRENGTH, "S2");
  add_swot (plan, SJ_SWOT_KIND_THREAT, "T1");
}

static void
risk_linked (SjPlan *plan)
{
  add_risk_step (plan, SJ_RISK_LEVEL_VERY_HIGH, sj_test_first_project (plan));
}

static void
risk_unlinked_rule_off (SjPlan *plan)
{
  add_risk_step (plan, SJ_RISK_LEVEL_LOW, NULL);
  sj_settings_set_check_measure_links (sj_plan_get_settings (plan), FALSE);
}

static void
plain_prose (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "method",
            "จัดทำคู่มือโดยระบุถึงขั้นตอนการปฏิบัติงาน ตามที่กฎหมายระบุไว้ (กรณีมีผู้ร้องเรียน) ให้ดำเนินการทันที");
}

static void
own_names (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "rationale",
            "เทศบาลตำบลตัวอย่างร่วมกับ ทต.ตัวอย่าง และ เทศบาลตำบล ตัวอย่าง (เทศบาลตำบลตัวอฯ) "
            "เทศบาลตำบลทุกแห่ง และเทศบาลนครอาจทำกิจกรรมอื่นได้ "
            "ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 เทศบาลนคร มาตรา 56");
}

static void
terms_quoted (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "target-group",
            "พนักงานเทศบาลและพนักงานจ้าง ตามระเบียบกระทรวงมหาดไทยว่าด้วยพนักงานส่วนตำบล ");
  set_rich (G_OBJECT (sj_test_first_project (plan)), "rationale",
            "องค์กรปกครองส่วนท้องถิ่น ได้แก่ เทศบาล องค์การบริหารส่วนตำบล และเมืองพัทยา ออกข้อบัญญัติ"
            "หรือเทศบัญญัติ และเจ้าหน้าที่ “พนักงานส่วนตำบล” ตามคำนิยาม");
}

static void
budget_scheduled (SjPlan *plan)
{
  sj_project_year_set_quarters (sj_project_get_year_at (sj_test_first_project (plan), 2), 0x8);
}

static void
required_filled (SjPlan *plan)
{
  sj_project_set_title (sj_test_first_project (plan), "โครงการ\nส่งเสริมคุณธรรม");
}

static void
form_complete (SjPlan *plan)
{
  set_rich (G_OBJECT (sj_test_first_project (plan)), "outputs", "บุคลากร 100 คน");
}

static void
members_distinct (SjPlan *plan)
{
  const char *names[] = { "นายไผ่ชิต อีร์กุล", "นางสาวศิรินันท์ หล่อตระกูล", "นายไผทชิต อีร์กุลวงศ์", NULL };
  add_order (plan, names);
}

static void
names_same (SjPlan *plan)
{
  const char *names[] = { "นายจารุวัฒน์ บุญเพิ่ม", "นางสาวจารุวรรณ บุญมาก", NULL };
  SjOrder *order = add_order (plan, names);
  sj_person_set_name (sj_order_get_signatory (order), "นาย จารุวัฒน์  บุญเพิ่ม");
}

static void
amount_zero (SjPlan *plan)
{
  sj_project_year_set_amount (sj_project_get_year_at (sj_test_first_project (plan), 0), 0);
}

static void
amount_large (SjPlan *plan)
{
  sj_project_year_set_amount (sj_project_get_year_at (sj_test_first_project (plan), 0),
                              sj_money_from_baht (900000000));
}

static void
progress_within (SjPlan *plan)
{
  g_autoptr (SjProgress) pr = sj_progress_new ();
  sj_progress_set_year (pr, 2567);
  sj_progress_set_disbursed (pr, sj_money_from_baht (49999));
  sj_project_append_progress (sj_test_first_project (plan), pr);
}

static void
years_inside (SjPlan *plan)
{
  sj_project_year_set_year (sj_project_get_year_at (sj_test_first_project (plan), 4), 2570);
}

static void
references_inside (SjPlan *plan)
{
  g_autoptr (SjFundingLine) line = sj_funding_line_new ();
  sj_funding_line_set_id (line, "f1");
  sj_funding_line_set_name (line, "โครงการฝึกอบรมสัมมนาบุคลากร");
  for (guint y = 2566; y <= 2570; y++)
    {
      g_autoptr (SjYearAmount) a = sj_year_amount_new ();
      sj_year_amount_set_year (a, y);
      sj_year_amount_set_value (a, sj_money_from_baht (80000));
      sj_funding_line_append_amount (line, a);
    }
  sj_plan_append_funding_line (plan, line);
  sj_project_set_funding (sj_test_first_project (plan), line);
}

static void
titles_differ (SjPlan *plan)
{
  SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);
  g_autoptr (SjProject) twin = sj_project_copy (sj_test_first_project (plan));
  sj_project_set_id (twin, "p2");
  sj_project_set_title (twin, "โครงการส่งเสริมคุณธรรมของผู้บริหาร");
  sj_mission_append_project (mission, twin);
}

static void
emblem_png (SjPlan *plan)
{
  g_autoptr (GBytes) png = g_bytes_new_static ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  sj_organisation_set_emblem (sj_plan_get_organisation (plan), png);
}

static void
totals_large (SjPlan *plan)
{
  SjProject *p = sj_test_first_project (plan);
  for (guint i = 0; i < sj_project_get_n_years (p); i++)
    sj_project_year_set_amount (sj_project_get_year_at (p, i), sj_money_from_baht (999999999));
}

typedef struct
{
  const char *rule;
  void (*mutate) (SjPlan *plan);   /* gives the clean plan the defect */
  void (*near_miss) (SjPlan *plan); /* text or data like it that is right */
} Case;

static const Case cases[] = {
  { "swot-undefined-code", swot_undefined_code, swot_defined },
  { "swot-duplicate-code", swot_duplicate_code, swot_distinct },
  { "swot-code-kind", swot_code_kind, swot_distinct },
  { "risk-measure-unlinked", risk_measure_unlinked, risk_unlinked_rule_off },
  { "risk-measure-dangling", risk_measure_dangling, risk_linked },
  { "risk-level-missing", risk_level_missing, risk_linked },
  { "placeholder", placeholder, plain_prose },
  { "placeholder", placeholder_choice, plain_prose },
  { "kpi-number-missing", kpi_missing, kpi_present },
  { "unbalanced-marks", marks_unbalanced, marks_balanced },
  { "other-organisation", other_organisation, own_names },
  { "org-type-terms", org_type_terms, terms_quoted },
  { "foreign-script", foreign_script, latin_and_symbols },
  { "fact-no-value", fact_no_value, facts_with_values },
  { "figure-mismatch", figure_mismatch, figures_agree },
  { "target-mismatch", target_mismatch, target_agrees },
  { "title-years", title_years, title_years_agree },
  { "duration-mismatch", duration_mismatch, duration_agrees },
  { "budget-note-no-budget", budget_note_no_budget, budget_note_explains },
  { "budget-no-schedule", budget_no_schedule, budget_scheduled },
  { "required-empty", required_empty, required_filled },
  { "form-incomplete", form_incomplete, form_complete },
  { "duplicate-member", duplicate_member, members_distinct },
  { "name-variant", name_variant, names_same },
  { "amount-negative", amount_negative, amount_zero },
  { "amount-absurd", amount_absurd, amount_large },
  { "progress-over-budget", progress_over_budget, progress_within },
  { "progress-cannot-disbursed", progress_cannot_disbursed, progress_cannot_nothing },
  { "duplicate-progress", progress_twice, progress_both_rounds },
  { "oit-no-url", oit_no_url, oit_with_url },
  { "oit-no-project", oit_no_project, oit_with_url },
  { "year-outside-plan", year_outside_plan, years_inside },
  { "duplicate-year", duplicate_year, years_inside },
  { "dangling-reference", dangling_reference, references_inside },
  { "duplicate-title", duplicate_title, titles_differ },
  { "funding-unused", funding_unused, references_inside },
  { "emblem-invalid", emblem_invalid, emblem_png },
  { "total-overflow", total_overflow, totals_large },
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
  g_assert_nonnull (f->message);
  g_assert_nonnull (f->message_en);
  g_assert_cmpuint (strlen (f->message), >, 0);
  g_assert_nonnull (f->object);
  g_assert_cmpuint (strlen (f->location), >, 0);
  for (guint i = 0; i < n_rules; i++)
    if (strcmp (rules[i].id, c->rule) == 0)
      g_assert_cmpint (f->severity, ==, rules[i].severity);
  g_assert_nonnull (f->path);
  g_assert_cmpuint (strlen (f->path), >, 0);
  /* Errors come before warnings, warnings before hints */
  for (guint i = 1; i < findings->len; i++)
    g_assert_cmpint (((SjFinding *) g_ptr_array_index (findings, i - 1))->severity, <=,
                     ((SjFinding *) g_ptr_array_index (findings, i))->severity);
}

/* The near miss of each rule: the same kind of text, right, leaves the plan clean. */
static void
test_near_miss (gconstpointer data)
{
  const Case *c = data;
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GPtrArray) findings = NULL;

  c->near_miss (plan);
  findings = sj_check_plan (plan);
  for (guint i = 0; i < findings->len; i++)
    {
      SjFinding *f = g_ptr_array_index (findings, i);
      g_test_message ("unexpected: [%s] %s: %s", f->rule, f->location, f->message_en);
    }
  g_assert_cmpuint (findings->len, ==, 0);
}

/* A short form the organisation gives for itself (its old name, an abbreviation) is its name;
 * a title with the kind (ปลัดองค์การบริหารส่วนตำบล) is no name at all. */
static void
test_own_short_names (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  SjProject *p = sj_test_first_project (plan);
  SjOrganisation *org = sj_plan_get_organisation (plan);
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GPtrArray) titles = NULL;

  set_rich (G_OBJECT (p), "rationale", "สุขาภิบาลเดิม คือเทศบาลตำบลหนองเป็ดน้อย ได้รวมเป็นเทศบาลตำบลตัวอย่าง");
  before = sj_check_plan (plan);
  g_assert_true (has_rule (before, "other-organisation"));
  sj_organisation_set_short_names (org, "ทต.ตัวอย่าง\n\n เทศบาลตำบลหนองเป็ดน้อย \n");
  after = sj_check_plan (plan);
  g_assert_false (has_rule (after, "other-organisation"));

  sj_organisation_set_org_type (org, SJ_ORG_TYPE_SAO);
  sj_organisation_set_name (org, "องค์การบริหารส่วนตำบลตัวอย่าง");
  set_rich (G_OBJECT (p), "rationale",
            "ปลัดองค์การบริหารส่วนตำบล องค์การบริหารส่วนตำบลตัวอย่าง และนายกองค์การบริหารส่วนตำบลมอบหมาย"
            "ให้พนักงานครูองค์การบริหารส่วนตำบล พนักงานส่วนตำบล เข้าร่วม");
  titles = sj_check_plan (plan);
  for (guint i = 0; i < titles->len; i++)
    {
      SjFinding *f = titles->pdata[i];
      /* (the other texts of the plan still name the municipality it was) */
      if (f->object == G_OBJECT (p) && g_strcmp0 (f->property, "rationale") == 0)
        g_assert_cmpstr (f->rule, !=, "other-organisation");
    }
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
      g_assert_nonnull (rules[i].summary);
      g_assert_cmpuint (strlen (rules[i].summary), >, 0);
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
  g_assert_true (has_rule (fk, "foreign-script"));   /* OCR left ト and र in two rationales */
  g_assert_true (has_rule (fk, "target-mismatch"));  /* ITA 90 in the goals, 100 in the table */
  g_assert_true (has_rule (fk, "placeholder"));      /* (กรณีที่ยังไม่ผ่านเกณฑ์ ITA) / … */
  g_assert_false (has_rule (fk, "other-organisation"));
  g_assert_false (has_rule (fk, "title-years"));     /* พ.ศ.2560 of a law in a title */

  g_assert_true (has_rule (fs, "placeholder"));
  g_assert_true (has_rule (fs, "duplicate-member"));
  g_assert_true (has_rule (fs, "name-variant"));
  g_assert_true (has_rule (fs, "org-type-terms"));
  g_assert_true (has_rule (fs, "unbalanced-marks")); /* "(หมายเหตุ) … 2570)" */
  {
    SjFinding *f = find_rule (fs, "other-organisation");
    g_assert_true (f != NULL);
    if (f != NULL)
      g_assert_nonnull (strstr (f->message_en, "“เทศบาลเมือง กาศสินธุ์” looks like a misspelling"));
  }

  g_assert_true (has_rule (fn, "other-organisation"));
  g_assert_true (has_rule (fn, "placeholder"));
  {
    SjFinding *f = find_rule (fn, "other-organisation");
    /* just the name, not the words after it */
    g_assert_true (f != NULL);
    if (f != NULL)
      g_assert_nonnull (strstr (f->message_en, "“เทศบาลนครศรีธรรมราช” looks like a misspelling"));
  }
  g_assert_false (has_rule (fn, "figure-mismatch"));
}

static const char *const form_fields_all[] = { "rationale", "objectives", "target-group",
                                               "method", "outputs", "outcomes" };

/* Names of organisations: the meaningful part, whatever the prefix; short forms accepted; the
 * message quotes just the name. */
static void
test_organisation_names (void)
{
  static const struct
  {
    const char *text;
    const char *quoted; /* NULL: nothing to report */
  } texts[] = {
    { "องค์การบริหารส่วนตำบลบ้านใหม่ได้จัดทำโครงการ", NULL },
    { "องค์กรบริหารส่วนตำบลบ้านใหม่ได้จัดทำโครงการ", NULL }, /* องค์กร, a common misspelling */
    { "อบต.บ้านใหม่ และ อบต. บ้านใหม่ร่วมกับชุมชน", NULL },
    { "ประชาชนในเขตองค์การบริหารส่วนตำบลบ้านใหม่ฯ", NULL },
    { "อบต.ทุกแห่งในอำเภอ และองค์การบริหารส่วนตำบลอื่น", NULL },
    { "ร่วมกับองค์การบริหารส่วนตำบลหนองบัวได้จัดทำโครงการ", "“องค์การบริหารส่วนตำบลหนองบัว”" },
    { "อบต.หนองบัวจัดประชุม", "“อบต.หนองบัว”" },
    { "ทต.บ้านใหม่ได้รับรางวัล", "“ทต.บ้านใหม่”" }, /* the same name, another kind */
    { "องค์การบริหารส่วนตำบลบ้านไหม่ได้จัดทำ", "“องค์การบริหารส่วนตำบลบ้านไหม่” looks like a misspelling" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
      g_autoptr (GPtrArray) findings = NULL;
      SjFinding *f;

      sj_organisation_set_org_type (sj_plan_get_organisation (plan), SJ_ORG_TYPE_SAO);
      sj_organisation_set_name (sj_plan_get_organisation (plan), "องค์การบริหารส่วนตำบลบ้านใหม่");
      for (guint k = 0; k < G_N_ELEMENTS (form_fields_all); k++)
        set_rich (G_OBJECT (sj_test_first_project (plan)), form_fields_all[k],
                  "บุคลากรปฏิบัติงานด้วยความซื่อสัตย์สุจริต");
      set_rich (G_OBJECT (sj_test_first_project (plan)), "rationale", texts[i].text);
      findings = sj_check_plan (plan);
      f = find_rule (findings, "other-organisation");
      g_test_message ("%s → %s", texts[i].text, f ? f->message_en : "(nothing)");
      if (texts[i].quoted == NULL)
        g_assert_null (f);
      else
        {
          g_assert_true (f != NULL);
          if (f != NULL)
            g_assert_nonnull (strstr (f->message_en, texts[i].quoted));
        }
    }
}

/* Findings made on a copy of the plan (as the editor checks a snapshot in a thread) lead back to
 * the same objects of the live plan through their paths; as list items they keep what the panel
 * shows. */
static void
test_paths_resolve (void)
{
  static const char *const examples[] = { "khonkaen-2566.sujarit", "kalasin-2566.sujarit",
                                          "nakhonsi-2566.sujarit" };
  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr (SjPlan) live = sj_test_load_example (examples[e]);
      g_autoptr (SjPlan) copy = sj_plan_copy (live);
      g_autoptr (GPtrArray) findings = sj_check_plan (copy);
      g_autoptr (GListModel) model = sj_findings_to_model (findings);

      g_assert_cmpuint (g_list_model_get_n_items (model), ==, findings->len);
      for (guint i = 0; i < findings->len; i++)
        {
          SjFinding *f = g_ptr_array_index (findings, i);
          g_autoptr (SjFindingItem) item = g_list_model_get_item (model, i);
          g_autofree char *property = NULL;
          GObject *o = sj_model_resolve_path (G_OBJECT (live), f->path, &property);
          g_autofree char *again = NULL;

          g_assert_nonnull (o);
          g_assert_true (G_OBJECT_TYPE (o) == G_OBJECT_TYPE (f->object));
          again = sj_model_path (o, property);
          g_assert_cmpstr (again, ==, f->path);
          g_assert_cmpstr (property, ==, f->property);
          g_assert_true (sj_finding_item_resolve (item, live) == o);
          g_assert_cmpstr (sj_finding_item_get_message (item), ==, f->message);
          g_assert_cmpint (sj_finding_item_get_rule (item), ==, f->rule_id);
          g_assert_cmpstr (sj_finding_item_get_rule_name (item), ==, f->rule);
          g_assert_cmpstr (sj_finding_item_get_part (item), !=, "");
        }
    }
  /* A path the plan no longer has leads nowhere */
  {
    g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
    g_assert_null (sj_model_resolve_path (G_OBJECT (plan), "dimensions[7]/name", NULL));
    g_assert_null (sj_model_resolve_path (G_OBJECT (plan), "dimensions[1]/missions[1]/projects[gone]", NULL));
    g_assert_null (sj_model_resolve_path (G_OBJECT (plan), "no-such/thing", NULL));
    g_assert_true (sj_model_resolve_path (G_OBJECT (plan), "dimensions[1]/missions[1]/projects[p1]/title", NULL)
                   == G_OBJECT (sj_test_first_project (plan)));
  }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checker/clean-plan", test_clean_plan);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/checker/rule/%s/%u", cases[i].rule, i);
      g_test_add_data_func (path, &cases[i], test_rule);
      g_free (path);
      path = g_strdup_printf ("/checker/near-miss/%s/%u", cases[i].rule, i);
      g_test_add_data_func (path, &cases[i], test_near_miss);
    }
  g_test_add_func ("/checker/near-misses", test_near_misses);
  g_test_add_func ("/checker/own-short-names", test_own_short_names);
  g_test_add_func ("/checker/every-rule-tested", test_every_rule_tested);
  g_test_add_func ("/checker/example-defects", test_example_defects);
  g_test_add_func ("/checker/organisation-names", test_organisation_names);
  g_test_add_func ("/checker/paths-resolve", test_paths_resolve);

  return g_test_run ();
}
