/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-checker"
#include "config.h"

#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-thai.h"

#include <string.h>

/* Amounts above this for one project in one year are almost surely typing mistakes. */
#define ABSURD_AMOUNT sj_money_from_baht (1000000000)

static const SjRuleInfo rules[] = {
  { "swot-undefined-code", SJ_SEVERITY_ERROR, "A strategy cites a SWOT code that is not defined",
    "กลยุทธ์อ้างรหัส SWOT ที่ไม่มีในตาราง" },
  { "swot-duplicate-code", SJ_SEVERITY_ERROR, "Two SWOT items have the same code",
    "รหัส SWOT ซ้ำกัน" },
  { "swot-code-kind", SJ_SEVERITY_WARNING, "A SWOT code does not match its quadrant",
    "รหัส SWOT ไม่ตรงกับประเภท" },
  { "risk-measure-unlinked", SJ_SEVERITY_WARNING,
    "A risk control measure is linked to no project of the plan",
    "มาตรการควบคุมความเสี่ยงไม่ได้เชื่อมกับโครงการในแผน" },
  { "risk-measure-dangling", SJ_SEVERITY_ERROR,
    "A risk control measure is linked to a project that is no longer in the plan",
    "มาตรการควบคุมความเสี่ยงเชื่อมกับโครงการที่ไม่อยู่ในแผนแล้ว" },
  { "risk-level-missing", SJ_SEVERITY_WARNING, "A risk has no level",
    "ความเสี่ยงยังไม่ได้ระบุระดับ" },
  { "placeholder", SJ_SEVERITY_ERROR, "Template text was never filled in",
    "ข้อความแม่แบบยังไม่ได้กรอก" },
  { "other-organisation", SJ_SEVERITY_ERROR,
    "The text names another organisation (or misspells this one)",
    "พบชื่อหน่วยงานอื่น (หรือชื่อหน่วยงานสะกดผิด)" },
  { "org-type-terms", SJ_SEVERITY_WARNING, "Terms of another kind of local government",
    "ใช้คำของ อปท. ประเภทอื่น" },
  { "budget-no-schedule", SJ_SEVERITY_WARNING,
    "A project has a budget in a year but no quarter scheduled",
    "โครงการมีงบประมาณแต่ไม่ได้กำหนดไตรมาสที่ดำเนินการ" },
  { "required-empty", SJ_SEVERITY_ERROR, "A required field is empty",
    "ยังไม่ได้กรอกข้อมูลที่จำเป็น" },
  { "form-incomplete", SJ_SEVERITY_WARNING, "Fields of a project form are empty",
    "รายละเอียดโครงการยังกรอกไม่ครบ" },
  { "duplicate-member", SJ_SEVERITY_WARNING, "A person is listed twice in a committee",
    "มีรายชื่อกรรมการซ้ำ" },
  { "name-variant", SJ_SEVERITY_WARNING, "The same person seems to be written differently",
    "ชื่อบุคคลเดียวกันอาจสะกดต่างกัน" },
  { "amount-negative", SJ_SEVERITY_ERROR, "An amount of money is negative",
    "จำนวนเงินติดลบ" },
  { "amount-absurd", SJ_SEVERITY_WARNING, "An amount of money is implausibly large",
    "จำนวนเงินสูงผิดปกติ" },
  { "progress-over-budget", SJ_SEVERITY_WARNING, "More was disbursed than budgeted",
    "เบิกจ่ายเกินงบประมาณ" },
  { "year-outside-plan", SJ_SEVERITY_ERROR, "A project runs in a year outside the plan",
    "โครงการมีปีที่อยู่นอกช่วงของแผน" },
  { "duplicate-year", SJ_SEVERITY_ERROR, "A year is entered twice for a project",
    "ปีงบประมาณของโครงการซ้ำกัน" },
  { "dangling-reference", SJ_SEVERITY_ERROR,
    "A project refers to a unit, funding line or sub-item that is not in the plan",
    "โครงการอ้างถึงหน่วยงาน แหล่งงบประมาณ หรือข้อย่อยที่ไม่มีในแผน" },
  { "duplicate-title", SJ_SEVERITY_WARNING, "Two projects have the same title",
    "ชื่อโครงการซ้ำกัน" },
  { "funding-unused", SJ_SEVERITY_WARNING, "A funding line is used by no project",
    "แหล่งงบประมาณไม่ได้ใช้กับโครงการใด" },
  { "emblem-invalid", SJ_SEVERITY_WARNING, "The emblem is not a PNG image",
    "ตราสัญลักษณ์ไม่ใช่ไฟล์ภาพ PNG" },
  { "total-overflow", SJ_SEVERITY_ERROR, "A total is too large to be computed exactly",
    "ยอดรวมงบประมาณสูงเกินกว่าจะคำนวณได้ถูกต้อง" },
};

const SjRuleInfo *
sj_check_get_rules (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}

static const SjRuleInfo *
rule_info (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].id, id) == 0)
      return &rules[i];
  g_assert_not_reached ();
}

void
sj_finding_free (SjFinding *f)
{
  if (f == NULL)
    return;
  g_free (f->message_th);
  g_free (f->message_en);
  g_clear_object (&f->object);
  g_free (f->property);
  g_free (f->location);
  g_free (f);
}

guint
sj_findings_count (GPtrArray *findings, SjSeverity severity)
{
  guint n = 0;
  for (guint i = 0; i < findings->len; i++)
    if (((SjFinding *) g_ptr_array_index (findings, i))->severity == severity)
      n++;
  return n;
}

typedef struct
{
  SjPlan *plan;
  SjSummary *summary;
  GPtrArray *findings;
  const char *own_name;
  SjOrgType own_type;
  GRegex *placeholder_re;
  GRegex *template_choice_re;
} Checker;

static void G_GNUC_PRINTF (7, 8)
add (Checker *c, const char *rule, GObject *object, const char *property, const char *location,
     const char *message_th, const char *format_en, ...)
{
  SjFinding *f = g_new0 (SjFinding, 1);
  va_list args;

  f->rule = rule_info (rule)->id;
  f->severity = rule_info (rule)->severity;
  f->message_th = g_strdup (message_th);
  va_start (args, format_en);
  f->message_en = g_strdup_vprintf (format_en, args);
  va_end (args);
  f->object = object ? g_object_ref (object) : NULL;
  f->property = g_strdup (property);
  f->location = g_strdup (location ? location : "");
  g_ptr_array_add (c->findings, f);
}

/* Locations ----------------------------------------------------------------------------------- */

static const struct
{
  const char *property;
  const char *label;
} property_labels[] = {
  { "name", "ชื่อ" },
  { "title", "ชื่อเรื่อง" },
  { "preface", "คำนำ" },
  { "rationale", "หลักการและเหตุผล" },
  { "objectives", "วัตถุประสงค์" },
  { "goals", "เป้าหมาย" },
  { "benefits", "ประโยชน์" },
  { "risk-intro", "การประเมินความเสี่ยง" },
  { "swot-intro", "การวิเคราะห์สภาพแวดล้อม" },
  { "target-group", "กลุ่มเป้าหมาย" },
  { "area", "พื้นที่ดำเนินการ" },
  { "method", "วิธีดำเนินการ" },
  { "duration-note", "ระยะเวลาดำเนินการ" },
  { "budget-note", "งบประมาณดำเนินการ" },
  { "responsible", "ผู้รับผิดชอบโครงการ" },
  { "outputs", "ผลผลิต" },
  { "outcomes", "ผลลัพธ์" },
  { "remark", "หมายเหตุ" },
  { "table-remark", "หมายเหตุ (ส่วนที่ 2)" },
  { "title-note", "หมายเหตุท้ายชื่อ (ส่วนที่ 2)" },
  { "body", "เนื้อความ" },
  { "preamble", "เนื้อความ" },
  { "duties", "หน้าที่" },
  { "text", "ข้อความ" },
  { "position", "ตำแหน่ง" },
  { "role", "บทบาท" },
  { "slogan", "คำขวัญ" },
  { "announcement", "ประกาศ" },
  { "organisation", "หน่วยงาน" },
  { "settings", "การตั้งค่า" },
  { "title-lines", "ชื่อบนปก" },
};

static const char *
property_label (const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (property_labels); i++)
    if (strcmp (property_labels[i].property, property) == 0)
      return property_labels[i].label;
  return property;
}

static char *
item_label (Checker *c, GObject *item, const char *list_property, guint index)
{
  if (SJ_IS_DIMENSION (item))
    return g_strdup_printf ("มิติที่ %u", index + 1);
  if (SJ_IS_PROJECT (item))
    return g_strdup_printf ("ลำดับที่ %u",
                            sj_summary_get_project_number (c->summary, SJ_PROJECT (item)));
  if (SJ_IS_STRATEGY (item))
    return g_strdup_printf ("กลยุทธ์ที่ %u", index + 1);
  if (SJ_IS_RISK_STEP (item))
    return g_strdup_printf ("ความเสี่ยงลำดับที่ %u", index + 1);
  if (SJ_IS_RISK_ITEM (item))
    return g_strdup_printf ("ประเด็นที่ %u", index + 1);
  if (SJ_IS_RISK_MEASURE (item))
    return g_strdup_printf ("มาตรการที่ %u", index + 1);
  if (SJ_IS_SWOT_ITEM (item))
    return g_strdup (sj_swot_item_get_code (SJ_SWOT_ITEM (item)));
  if (SJ_IS_MEMBER (item))
    return g_strdup_printf ("กรรมการลำดับที่ %u", index + 1);
  if (SJ_IS_ORDER (item))
    return g_strdup_printf ("คำสั่งที่ %u", index + 1);
  if (SJ_IS_TARGET (item))
    return g_strdup_printf ("ค่าเป้าหมายแถวที่ %u", index + 1);
  if (SJ_IS_SECTION (item))
    return g_strdup_printf ("หัวข้อที่ %u", index + 1);
  if (SJ_IS_PERSON (item))
    return g_strdup (sj_person_get_name (SJ_PERSON (item)));
  if (SJ_IS_UNIT (item))
    return g_strdup (sj_unit_get_name (SJ_UNIT (item)));
  if (SJ_IS_FUNDING_LINE (item))
    return g_strdup_printf ("แหล่งงบประมาณที่ %u", index + 1);
  if (SJ_IS_SUB_ITEM (item))
    return g_strdup_printf ("ข้อย่อยที่ %u", index + 1);
  return g_strdup_printf ("%s ที่ %u", property_label (list_property), index + 1);
}

static char *
join_location (const char *parent, const char *part)
{
  if (parent == NULL || *parent == '\0')
    return g_strdup (part);
  return g_strconcat (parent, " › ", part, NULL);
}

static char *
project_location (Checker *c, SjProject *project)
{
  SjMission *mission = sj_summary_get_project_mission (c->summary, project);
  guint d = sj_summary_get_project_dimension (c->summary, project);
  SjDimension *dim;
  guint m = 0;

  if (mission == NULL)
    return g_strdup_printf ("โครงการ “%s”", sj_project_get_title (project));
  dim = sj_plan_get_dimension_at (c->plan, d);
  for (guint i = 0; i < sj_dimension_get_n_missions (dim); i++)
    if (sj_dimension_get_mission_at (dim, i) == mission)
      m = i;
  return g_strdup_printf ("มิติที่ %u › %u.%u › ลำดับที่ %u", d + 1, d + 1, m + 1,
                          sj_summary_get_project_number (c->summary, project));
}

/* Text rules ---------------------------------------------------------------------------------- */

/* Properties that hold codes, settings or notes rather than printed prose. */
static gboolean
is_prose_property (const char *name)
{
  static const char *const skip[] = {
    "id", "font-family", "parts", "emblem-type", "notes", "codes", "code", "kind", "value",
    "short", "number", "target-count-unit", "prefix", "suffix", "lead", "website", "email",
    "phone", "group",
  };
  for (guint i = 0; i < G_N_ELEMENTS (skip); i++)
    if (strcmp (skip[i], name) == 0)
      return FALSE;
  return TRUE;
}

static void
check_placeholders (Checker *c, GObject *object, const char *property, const char *location,
                    const char *text)
{
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *trimmed = sj_normalize_space (text);

  /* A template instruction stands alone ("ระบุงบประมาณที่ใช้ดำเนินการ") or in brackets
   * ("(ระบุ…)"); "ระบุ" inside a sentence is ordinary prose ("โดยระบุถึงขั้นตอน…"). */
  if ((g_str_has_prefix (trimmed, "ระบุ") && g_utf8_strlen (trimmed, -1) <= 60)
      || g_regex_match (c->placeholder_re, text, 0, &match))
    {
      g_autofree char *word = match ? g_match_info_fetch (match, 1) : g_strdup (trimmed);
      g_autofree char *th = g_strdup_printf ("ยังมีข้อความแม่แบบที่ไม่ได้กรอก “%s”", word);
      add (c, "placeholder", object, property, location, th,
           "Template text was never filled in: “%s”", word);
      return;
    }
  g_clear_pointer (&match, g_match_info_free);
  if (g_regex_match (c->template_choice_re, text, 0, &match))
    {
      g_autofree char *word = g_match_info_fetch (match, 0);
      g_autofree char *th = g_strdup_printf ("ยังมีตัวเลือกของแม่แบบที่ไม่ได้เลือก “%s”", word);
      add (c, "placeholder", object, property, location, th,
           "A choice of the template was left in: “%s”", word);
    }
}

static const char *const org_prefixes[] = {
  "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด",
};

/* Words that may follow an organisation type in generic prose ("เทศบาลตำบลทุกแห่ง"). */
static const char *const generic_followers[] = {
  "ทุก", "ทั้ง", "และ", "หรือ", "ที่", "ใน", "ของ", "ต่าง", "แห่ง", "ซึ่ง", "จำนวน", "ได้", "มี",
  "เป็น", "ให้", "เพื่อ", "นั้น", "นี้", "อื่น", "ใด", "อาจ", "จะ", "ต้อง", "สามารถ", "ควร", "ก็",
  "จึง", "โดย", "กับ", "แต่", "ยัง", "คือ", "ไม่", "ดำเนิน", "ต่อ", "จัด", "มุ่ง", "ทำ",
};

/* The end of a name that runs into the following words ("…ศรีธรรมราชต่อสาธารณชน"). */
static const char *
name_end (const char *rest, const char *end)
{
  const char *best = end;
  const char *min = g_utf8_offset_to_pointer (rest, MIN (2, g_utf8_strlen (rest, end - rest)));

  for (guint j = 0; j < G_N_ELEMENTS (generic_followers); j++)
    {
      const char *hit = g_strstr_len (min, best - min, generic_followers[j]);
      if (hit && hit < best)
        best = hit;
    }
  return best;
}

static gboolean
is_thai_letter (gunichar ch)
{
  return ch >= 0x0E01 && ch <= 0x0E4E && !(ch >= 0x0E50 && ch <= 0x0E59);
}

static void
check_other_organisation (Checker *c, GObject *object, const char *property,
                          const char *location, const char *text)
{
  if (c->own_name == NULL || *c->own_name == '\0')
    return;
  for (guint i = 0; i < G_N_ELEMENTS (org_prefixes); i++)
    {
      const char *prefix = org_prefixes[i];
      gsize plen = strlen (prefix);

      for (const char *p = strstr (text, prefix); p; p = strstr (p + plen, prefix))
        {
          const char *rest = p + plen;
          const char *end = rest;
          gboolean generic = FALSE;
          g_autofree char *name = NULL;

          if (g_str_has_prefix (p, c->own_name))
            continue;
          /* "เทศบาลนคร" inside "เทศบาลนครขอนแก่น" is matched by the longer prefix's own test */
          while (*end && is_thai_letter (g_utf8_get_char (end)))
            end = g_utf8_next_char (end);
          if (end == rest)
            continue;
          for (guint j = 0; j < G_N_ELEMENTS (generic_followers); j++)
            if (g_str_has_prefix (rest, generic_followers[j]))
              generic = TRUE;
          if (generic)
            continue;
          name = g_strndup (p, name_end (rest, end) - p);
          {
            g_autofree char *th = g_strdup_printf (
              "พบชื่อ “%s” ซึ่งไม่ใช่ชื่อของ%s (อาจเป็นชื่อหน่วยงานอื่นหรือสะกดผิด)", name,
              c->own_name);
            add (c, "other-organisation", object, property, location, th,
                 "“%s” is not the name of %s: another organisation's name, or a misspelling",
                 name, c->own_name);
          }
          return; /* one finding per text is enough to lead the user there */
        }
    }
}

typedef struct
{
  const char *wrong;
  const char *right;
} Term;

static const Term municipality_terms[] = {
  { "ข้อบัญญัติ", "เทศบัญญัติ" },
  { "พนักงานส่วนตำบล", "พนักงานเทศบาล" },
  { "พนักงานส่วนจังหวัด", "พนักงานเทศบาล" },
  { "นายกองค์การบริหารส่วนตำบล", "นายกเทศมนตรี" },
  { "นายก อบต.", "นายกเทศมนตรี" },
  { "ปลัดองค์การบริหารส่วนตำบล", "ปลัดเทศบาล" },
  { "ปลัด อบต.", "ปลัดเทศบาล" },
  { "สมาชิกสภาองค์การบริหารส่วนตำบล", "สมาชิกสภาเทศบาล" },
  { "สภา อบต.", "สภาเทศบาล" },
};

static const Term sao_terms[] = {
  { "เทศบัญญัติ", "ข้อบัญญัติ" },
  { "พนักงานเทศบาล", "พนักงานส่วนตำบล" },
  { "นายกเทศมนตรี", "นายกองค์การบริหารส่วนตำบล" },
  { "ปลัดเทศบาล", "ปลัดองค์การบริหารส่วนตำบล" },
  { "สภาเทศบาล", "สภาองค์การบริหารส่วนตำบล" },
};

static const Term pao_terms[] = {
  { "เทศบัญญัติ", "ข้อบัญญัติ" },
  { "พนักงานเทศบาล", "พนักงานส่วนจังหวัด" },
  { "พนักงานส่วนตำบล", "พนักงานส่วนจังหวัด" },
  { "นายกเทศมนตรี", "นายกองค์การบริหารส่วนจังหวัด" },
  { "ปลัดเทศบาล", "ปลัดองค์การบริหารส่วนจังหวัด" },
  { "นายก อบต.", "นายกองค์การบริหารส่วนจังหวัด" },
};

static void
check_org_type_terms (Checker *c, GObject *object, const char *property, const char *location,
                      const char *text)
{
  const Term *terms;
  guint n;
  g_autoptr (GString) wrong = g_string_new (NULL);
  g_autoptr (GString) right = g_string_new (NULL);

  switch (c->own_type)
    {
    case SJ_ORG_TYPE_SAO:
      terms = sao_terms;
      n = G_N_ELEMENTS (sao_terms);
      break;
    case SJ_ORG_TYPE_PAO:
      terms = pao_terms;
      n = G_N_ELEMENTS (pao_terms);
      break;
    default:
      terms = municipality_terms;
      n = G_N_ELEMENTS (municipality_terms);
      break;
    }
  for (guint i = 0; i < n; i++)
    if (strstr (text, terms[i].wrong) && !strstr (wrong->str, terms[i].wrong))
      {
        if (wrong->len)
          {
            g_string_append (wrong, ", ");
            g_string_append (right, ", ");
          }
        g_string_append_printf (wrong, "“%s”", terms[i].wrong);
        g_string_append_printf (right, "“%s”", terms[i].right);
      }
  if (wrong->len)
    {
      g_autofree char *th = g_strdup_printf ("ใช้คำ %s ซึ่งเป็นคำของ อปท. ประเภทอื่น; %sใช้ %s",
                                             wrong->str,
                                             sj_org_type_label (c->own_type), right->str);
      add (c, "org-type-terms", object, property, location, th,
           "%s are terms of another kind of local government; a %s uses %s", wrong->str,
           sj_org_type_to_nick (c->own_type), right->str);
    }
}

static void
check_text (Checker *c, GObject *object, const char *property, const char *location,
            const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  check_placeholders (c, object, property, location, text);
  check_other_organisation (c, object, property, location, text);
  check_org_type_terms (c, object, property, location, text);
}

typedef struct
{
  Checker *c;
  GObject *object;
  const char *property;
  const char *location;
} TextCtx;

static void
rich_text_cb (const char *text, gpointer data)
{
  TextCtx *t = data;
  check_text (t->c, t->object, t->property, t->location, text);
}

/* Walks every owned object of the plan and runs the text rules on its prose. */
static void
walk_texts (Checker *c, GObject *object, const char *location)
{
  guint n_props;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (object),
                                                                 &n_props);

  for (guint i = 0; i < n_props; i++)
    {
      GParamSpec *pspec = props[i];
      const char *name = pspec->name;

      if (sj_model_pspec_is_ref (pspec) || !is_prose_property (name))
        continue;
      if (pspec->value_type == G_TYPE_STRING)
        {
          g_autofree char *text = NULL;
          g_autofree char *loc = join_location (location, property_label (name));
          g_object_get (object, name, &text, NULL);
          check_text (c, object, name, loc, text);
        }
      else if (pspec->value_type == SJ_TYPE_RICH)
        {
          g_autoptr (SjRich) rich = NULL;
          g_autofree char *loc = join_location (location, property_label (name));
          TextCtx t = { c, object, name, loc };
          g_object_get (object, name, &rich, NULL);
          sj_rich_foreach_text (rich, rich_text_cb, &t);
        }
      else if (pspec->value_type == G_TYPE_STRV)
        {
          g_auto (GStrv) v = NULL;
          g_autofree char *loc = join_location (location, property_label (name));
          g_object_get (object, name, &v, NULL);
          for (guint j = 0; v && v[j]; j++)
            check_text (c, object, name, loc, v[j]);
        }
      else if (pspec->value_type == G_TYPE_LIST_MODEL)
        {
          g_autoptr (GListModel) list = NULL;
          g_object_get (object, name, &list, NULL);
          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            {
              g_autoptr (GObject) item = g_list_model_get_item (list, j);
              g_autofree char *label = item_label (c, item, name, j);
              g_autofree char *loc = SJ_IS_PROJECT (item)
                                       ? project_location (c, SJ_PROJECT (item))
                                       : join_location (location, label);
              walk_texts (c, item, loc);
            }
        }
      else if (g_type_is_a (pspec->value_type, G_TYPE_OBJECT))
        {
          g_autoptr (GObject) child = NULL;
          g_autofree char *loc = join_location (location, property_label (name));
          g_object_get (object, name, &child, NULL);
          if (child)
            walk_texts (c, child, loc);
        }
    }
}

/* SWOT ---------------------------------------------------------------------------------------- */

static void
check_swot (Checker *c)
{
  g_autoptr (GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  static const char kind_letter[] = { 'S', 'W', 'O', 'T' };
  guint n = sj_plan_get_n_swot_items (c->plan);

  for (guint i = 0; i < n; i++)
    {
      SjSwotItem *item = sj_plan_get_swot_item_at (c->plan, i);
      const char *code = sj_swot_item_get_code (item);
      g_autofree char *loc = g_strdup_printf ("การวิเคราะห์สภาพแวดล้อม › %s", code);

      if (*code == '\0')
        {
          add (c, "required-empty", G_OBJECT (item), "code", loc, "รายการ SWOT ยังไม่มีรหัส",
               "A SWOT item has no code");
          continue;
        }
      if (g_hash_table_contains (codes, code))
        {
          g_autofree char *th = g_strdup_printf ("รหัส %s ใช้ซ้ำกันมากกว่าหนึ่งรายการ", code);
          add (c, "swot-duplicate-code", G_OBJECT (item), "code", loc, th,
               "The code %s is used for more than one item", code);
        }
      g_hash_table_add (codes, (gpointer) code);
      if (g_ascii_toupper (code[0]) != kind_letter[sj_swot_item_get_kind (item)])
        {
          g_autofree char *th = g_strdup_printf ("รหัส %s อยู่ในช่อง%s", code,
                                                 sj_swot_kind_label (sj_swot_item_get_kind (item)));
          add (c, "swot-code-kind", G_OBJECT (item), "code", loc, th,
               "The code %s stands in the %s quadrant", code,
               sj_swot_kind_to_nick (sj_swot_item_get_kind (item)));
        }
    }

  for (guint i = 0; i < sj_plan_get_n_strategies (c->plan); i++)
    {
      SjStrategy *s = sj_plan_get_strategy_at (c->plan, i);
      g_auto (GStrv) tokens = g_strsplit_set (sj_strategy_get_codes (s), " +,\t", -1);
      g_autofree char *loc = g_strdup_printf ("กลยุทธ์ที่ %u", i + 1);

      for (guint j = 0; tokens[j]; j++)
        {
          if (*tokens[j] == '\0' || g_hash_table_contains (codes, tokens[j]))
            continue;
          {
            g_autofree char *th = g_strdup_printf (
              "กลยุทธ์ที่ %u อ้างถึง %s ซึ่งไม่มีในตารางวิเคราะห์สภาพแวดล้อม", i + 1, tokens[j]);
            add (c, "swot-undefined-code", G_OBJECT (s), "codes", loc, th,
                 "Strategy %u cites %s, which is not defined in the SWOT tables", i + 1,
                 tokens[j]);
          }
        }
    }
}

/* Risks --------------------------------------------------------------------------------------- */

static void
check_risks (Checker *c)
{
  for (guint i = 0; i < sj_plan_get_n_risk_steps (c->plan); i++)
    {
      SjRiskStep *step = sj_plan_get_risk_step_at (c->plan, i);

      for (guint j = 0; j < sj_risk_step_get_n_risks (step); j++)
        {
          SjRiskItem *risk = sj_risk_step_get_risk_at (step, j);
          if (sj_risk_item_get_level (risk) == SJ_RISK_LEVEL_UNSET)
            {
              g_autofree char *loc = g_strdup_printf ("ความเสี่ยงลำดับที่ %u › ประเด็นที่ %u",
                                                      i + 1, j + 1);
              add (c, "risk-level-missing", G_OBJECT (risk), "level", loc,
                   "ยังไม่ได้ระบุระดับความเสี่ยง (สูง/ปานกลาง/ต่ำ)",
                   "Risk %u.%u has no level (high/medium/low)", i + 1, j + 1);
            }
        }
      for (guint j = 0; j < sj_risk_step_get_n_measures (step); j++)
        {
          SjRiskMeasure *m = sj_risk_step_get_measure_at (step, j);
          SjProject *project = sj_risk_measure_get_project (m);
          g_autofree char *loc = g_strdup_printf ("ความเสี่ยงลำดับที่ %u › มาตรการที่ %u", i + 1,
                                                  j + 1);
          if (project == NULL)
            {
              g_autofree char *th = g_strdup_printf (
                "มาตรการ “%s” ไม่ได้เชื่อมกับโครงการใดในแผน", sj_risk_measure_get_text (m));
              add (c, "risk-measure-unlinked", G_OBJECT (m), "project", loc, th,
                   "The measure “%s” is linked to no project of the plan",
                   sj_risk_measure_get_text (m));
            }
          else if (sj_summary_get_project_index (c->summary, project) < 0)
            {
              g_autofree char *th = g_strdup_printf (
                "มาตรการ “%s” เชื่อมกับโครงการที่ไม่อยู่ในแผนแล้ว", sj_risk_measure_get_text (m));
              add (c, "risk-measure-dangling", G_OBJECT (m), "project", loc, th,
                   "The measure “%s” is linked to a project that is no longer in the plan",
                   sj_risk_measure_get_text (m));
            }
        }
    }
}

/* Projects ------------------------------------------------------------------------------------ */

static gboolean
list_contains (GListModel *list, gpointer item)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (GObject) x = g_list_model_get_item (list, i);
      if (x == item)
        return TRUE;
    }
  return FALSE;
}

static void
check_amount (Checker *c, GObject *object, const char *property, const char *location,
              SjMoney amount, guint year)
{
  g_autofree char *text = NULL;

  if (amount == SJ_MONEY_NONE)
    return;
  text = sj_money_format (amount, SJ_MONEY_DECIMALS_AUTO, TRUE);
  if (amount < 0)
    {
      g_autofree char *th = g_strdup_printf ("จำนวนเงินปี %u ติดลบ (%s บาท)", year, text);
      add (c, "amount-negative", object, property, location, th,
           "The amount of %u is negative (%s baht)", year, text);
    }
  else if (amount > ABSURD_AMOUNT)
    {
      g_autofree char *th = g_strdup_printf ("จำนวนเงินปี %u สูงผิดปกติ (%s บาท)", year, text);
      add (c, "amount-absurd", object, property, location, th,
           "The amount of %u is implausibly large (%s baht)", year, text);
    }
}

static const struct
{
  const char *property;
  SjFormField field;
} form_fields[] = {
  { "rationale", SJ_FORM_FIELD_RATIONALE },     { "objectives", SJ_FORM_FIELD_OBJECTIVES },
  { "target-group", SJ_FORM_FIELD_TARGET_GROUP }, { "method", SJ_FORM_FIELD_METHOD },
  { "outputs", SJ_FORM_FIELD_OUTPUTS },         { "outcomes", SJ_FORM_FIELD_OUTCOMES },
};

static void
check_project (Checker *c, SjProject *p, GHashTable *titles)
{
  g_autofree char *loc = project_location (c, p);
  guint first = sj_summary_get_first_year (c->summary);
  guint last = first + sj_summary_get_n_years (c->summary) - 1;
  g_autoptr (GHashTable) years = g_hash_table_new (NULL, NULL);
  SjMission *mission = sj_summary_get_project_mission (c->summary, p);
  g_autoptr (GString) empty_th = g_string_new (NULL);
  g_autoptr (GString) empty_en = g_string_new (NULL);
  g_autofree char *title_key = sj_normalize_space (sj_project_get_title (p));
  SjProject *other;

  if (*title_key == '\0')
    add (c, "required-empty", G_OBJECT (p), "title", loc, "โครงการยังไม่มีชื่อ",
         "A project has no title");
  else if ((other = g_hash_table_lookup (titles, title_key)) != NULL)
    {
      g_autofree char *th = g_strdup_printf ("ชื่อโครงการซ้ำกับลำดับที่ %u",
                                             sj_summary_get_project_number (c->summary, other));
      add (c, "duplicate-title", G_OBJECT (p), "title", loc, th,
           "The title is the same as that of project %u",
           sj_summary_get_project_number (c->summary, other));
    }
  else
    g_hash_table_insert (titles, g_steal_pointer (&title_key), p);

  if (sj_project_get_unit (p) == NULL && *sj_project_get_responsible (p) == '\0')
    add (c, "required-empty", G_OBJECT (p), "unit", loc,
         "ยังไม่ได้ระบุหน่วยงานผู้รับผิดชอบโครงการ", "The project has no responsible unit");
  if (sj_project_get_unit (p) && !list_contains (sj_plan_get_units (c->plan),
                                                 sj_project_get_unit (p)))
    add (c, "dangling-reference", G_OBJECT (p), "unit", loc,
         "หน่วยงานผู้รับผิดชอบไม่อยู่ในทะเบียนหน่วยงานของแผน",
         "The responsible unit is not in the plan's list of units");
  if (sj_project_get_funding (p) && !list_contains (sj_plan_get_funding_lines (c->plan),
                                                    sj_project_get_funding (p)))
    add (c, "dangling-reference", G_OBJECT (p), "funding", loc,
         "แหล่งงบประมาณของโครงการไม่อยู่ในแผน", "The project's funding line is not in the plan");
  {
    GPtrArray *subs = sj_project_get_sub_items (p);
    for (guint i = 0; i < subs->len; i++)
      if (mission == NULL
          || !list_contains (sj_mission_get_sub_items (mission), g_ptr_array_index (subs, i)))
        add (c, "dangling-reference", G_OBJECT (p), "sub-items", loc,
             "โครงการอ้างถึงข้อย่อยที่ไม่อยู่ในภารกิจของโครงการ",
             "The project refers to a sub-item outside its mission");
  }

  for (guint i = 0; i < sj_project_get_n_years (p); i++)
    {
      SjProjectYear *py = sj_project_get_year_at (p, i);
      guint year = sj_project_year_get_year (py);
      SjMoney amount = sj_project_get_amount (p, year);

      if (year < first || year > last)
        {
          g_autofree char *th = g_strdup_printf ("ปีงบประมาณ %u อยู่นอกช่วงของแผน (%u – %u)", year,
                                                 first, last);
          add (c, "year-outside-plan", G_OBJECT (py), "year", loc, th,
               "The year %u is outside the plan (%u–%u)", year, first, last);
        }
      if (g_hash_table_contains (years, GUINT_TO_POINTER (year)))
        {
          g_autofree char *th = g_strdup_printf ("ปีงบประมาณ %u ถูกกรอกซ้ำ", year);
          add (c, "duplicate-year", G_OBJECT (py), "year", loc, th,
               "The year %u is entered twice", year);
        }
      g_hash_table_add (years, GUINT_TO_POINTER (year));
      check_amount (c, G_OBJECT (py), "amount", loc, sj_project_year_get_amount (py), year);
      if (amount != SJ_MONEY_NONE && amount > 0 && sj_project_year_get_quarters (py) == 0)
        {
          g_autofree char *th = g_strdup_printf (
            "มีงบประมาณปี %u แต่ยังไม่ได้กำหนดไตรมาสที่ดำเนินการ", year);
          add (c, "budget-no-schedule", G_OBJECT (py), "quarters", loc, th,
               "There is a budget in %u but no quarter is scheduled", year);
        }
    }

  for (guint i = 0; i < sj_project_get_n_progress (p); i++)
    {
      SjProgress *pr = sj_project_get_progress_at (p, i);
      guint year = sj_progress_get_year (pr);
      SjMoney disbursed = sj_progress_get_disbursed (pr);
      SjMoney budget = sj_project_get_amount (p, year);

      check_amount (c, G_OBJECT (pr), "disbursed", loc, disbursed, year);
      if (disbursed != SJ_MONEY_NONE && disbursed > 0
          && (budget == SJ_MONEY_NONE || disbursed > budget))
        {
          g_autofree char *d = sj_money_format (disbursed, SJ_MONEY_DECIMALS_AUTO, TRUE);
          g_autofree char *b = sj_money_format (budget == SJ_MONEY_NONE ? 0 : budget,
                                                SJ_MONEY_DECIMALS_AUTO, TRUE);
          g_autofree char *th = g_strdup_printf ("ปี %u เบิกจ่าย %s บาท เกินงบประมาณ %s บาท", year,
                                                 d, b);
          add (c, "progress-over-budget", G_OBJECT (pr), "disbursed", loc, th,
               "In %u, %s baht were disbursed against a budget of %s baht", year, d, b);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (form_fields); i++)
    {
      g_autoptr (SjRich) rich = NULL;
      g_object_get (p, form_fields[i].property, &rich, NULL);
      if (sj_rich_is_empty (rich))
        {
          if (empty_th->len)
            {
              g_string_append (empty_th, ", ");
              g_string_append (empty_en, ", ");
            }
          g_string_append (empty_th, sj_form_field_label (form_fields[i].field));
          g_string_append (empty_en, form_fields[i].property);
        }
    }
  if (empty_th->len)
    {
      g_autofree char *th = g_strdup_printf ("ยังไม่ได้กรอก: %s", empty_th->str);
      add (c, "form-incomplete", G_OBJECT (p), NULL, loc, th, "Empty fields of the form: %s",
           empty_en->str);
    }
}

static void
check_frame (Checker *c)
{
  g_autoptr (GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (sj_plan_get_n_dimensions (c->plan) == 0)
    add (c, "required-empty", G_OBJECT (c->plan), "dimensions", "ส่วนที่ 2",
         "แผนยังไม่มีมิติและโครงการ", "The plan has no dimensions and projects");
  for (guint d = 0; d < sj_plan_get_n_dimensions (c->plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (c->plan, d);
      g_autofree char *dloc = g_strdup_printf ("มิติที่ %u", d + 1);

      if (*sj_dimension_get_name (dim) == '\0')
        add (c, "required-empty", G_OBJECT (dim), "name", dloc, "มิติยังไม่มีชื่อ",
             "Dimension %u has no name", d + 1);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *mloc = g_strdup_printf ("มิติที่ %u › %u.%u", d + 1, d + 1, m + 1);

          if (*sj_mission_get_name (mission) == '\0')
            add (c, "required-empty", G_OBJECT (mission), "name", mloc, "ภารกิจยังไม่มีชื่อ",
                 "Mission %u.%u has no name", d + 1, m + 1);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            check_project (c, sj_mission_get_project_at (mission, p), titles);
        }
    }

  /* Totals are exact or marked (sj_money_add()); a marked one prints as เกินขีดจำกัด. */
  if (sj_summary_get_plan_totals (c->summary)->total == SJ_MONEY_OVERFLOW)
    add (c, "total-overflow", G_OBJECT (c->plan), "dimensions", "ส่วนที่ 2",
         "ยอดรวมงบประมาณของแผนสูงเกินกว่าจะคำนวณได้ถูกต้อง (เกิน 92 ล้านล้านล้านบาท) "
         "ตรวจสอบจำนวนเงินที่กรอก",
         "The budget totals of the plan are too large to be computed exactly (over 92 "
         "quadrillion baht); check the amounts entered");

  for (guint i = 0; i < sj_plan_get_n_funding_lines (c->plan); i++)
    {
      SjFundingLine *line = sj_plan_get_funding_line_at (c->plan, i);
      gboolean used = FALSE;
      g_autofree char *loc = g_strdup_printf ("แหล่งงบประมาณ “%s”", sj_funding_line_get_name (line));

      for (guint j = 0; j < sj_summary_get_n_projects (c->summary) && !used; j++)
        used = sj_project_get_funding (sj_summary_get_project (c->summary, j)) == line;
      if (!used)
        {
          g_autofree char *th = g_strdup_printf ("แหล่งงบประมาณ “%s” ไม่ได้ใช้กับโครงการใด",
                                                 sj_funding_line_get_name (line));
          add (c, "funding-unused", G_OBJECT (line), NULL, loc, th,
               "The funding line “%s” is used by no project", sj_funding_line_get_name (line));
        }
      for (guint j = 0; j < sj_funding_line_get_n_amounts (line); j++)
        {
          SjYearAmount *a = sj_funding_line_get_amount_at (line, j);
          check_amount (c, G_OBJECT (a), "value", loc, sj_year_amount_get_value (a),
                        sj_year_amount_get_year (a));
        }
    }
}

/* People -------------------------------------------------------------------------------------- */

static const char *const name_titles[] = {
  "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "นางสาว", "น.ส.", "นาย", "นาง", "ดร.",
  "ผศ.", "รศ.", "ศ.",
};

/* A name without titles and spaces, for comparing how it is written. */
static char *
name_key (const char *name)
{
  g_autofree char *n = sj_normalize_space (name);
  const char *p = n;
  GString *s = g_string_new (NULL);
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (name_titles); i++)
        if (g_str_has_prefix (p, name_titles[i]))
          {
            p += strlen (name_titles[i]);
            while (*p == ' ')
              p++;
            again = TRUE;
          }
    }
  for (; *p; p++)
    if (*p != ' ')
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

static guint
edit_distance (const char *a, const char *b, guint limit)
{
  glong la, lb;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &la);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &lb);
  g_autofree guint *prev = NULL;
  g_autofree guint *cur = NULL;

  if ((guint) ABS (la - lb) > limit)
    return limit + 1;
  prev = g_new (guint, lb + 1);
  cur = g_new (guint, lb + 1);
  for (glong j = 0; j <= lb; j++)
    prev[j] = j;
  for (glong i = 1; i <= la; i++)
    {
      guint best = G_MAXUINT;
      cur[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;
          cur[j] = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
          best = MIN (best, cur[j]);
        }
      if (best > limit)
        return limit + 1;
      memcpy (prev, cur, (lb + 1) * sizeof (guint));
    }
  return prev[lb];
}

typedef struct
{
  char *name;
  char *key;
  GObject *object;
  char *location;
} NameUse;

static void
name_use_free (gpointer data)
{
  NameUse *u = data;
  g_free (u->name);
  g_free (u->key);
  g_free (u->location);
  g_free (u);
}

static void
add_name (GPtrArray *uses, const char *name, GObject *object, const char *location)
{
  NameUse *u;

  if (name == NULL || g_utf8_strlen (name, -1) < 6)
    return;
  u = g_new0 (NameUse, 1);
  u->name = sj_normalize_space (name);
  u->key = name_key (name);
  u->object = object;
  u->location = g_strdup (location);
  g_ptr_array_add (uses, u);
}

static void
check_people (Checker *c)
{
  g_autoptr (GPtrArray) uses = g_ptr_array_new_with_free_func (name_use_free);
  g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < sj_plan_get_n_people (c->plan); i++)
    {
      SjPerson *p = sj_plan_get_person_at (c->plan, i);
      add_name (uses, sj_person_get_name (p), G_OBJECT (p), "รายชื่อผู้ลงนาม");
    }
  for (guint i = 0; i < sj_plan_get_n_orders (c->plan); i++)
    {
      SjOrder *order = sj_plan_get_order_at (c->plan, i);
      g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint j = 0; j < sj_order_get_n_members (order); j++)
        {
          SjMember *m = sj_order_get_member_at (order, j);
          g_autofree char *key = name_key (sj_member_get_name (m));
          g_autofree char *loc = g_strdup_printf ("คำสั่ง › กรรมการลำดับที่ %u", j + 1);
          gpointer first;

          add_name (uses, sj_member_get_name (m), G_OBJECT (m), loc);
          if (*key == '\0')
            continue;
          if ((first = g_hash_table_lookup (seen, key)) != NULL)
            {
              g_autofree char *th = g_strdup_printf (
                "“%s” มีชื่อซ้ำกับกรรมการลำดับที่ %u", sj_member_get_name (m),
                GPOINTER_TO_UINT (first));
              add (c, "duplicate-member", G_OBJECT (m), "name", loc, th,
                   "“%s” is listed again (already member %u)", sj_member_get_name (m),
                   GPOINTER_TO_UINT (first));
            }
          else
            g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (j + 1));
        }
    }

  for (guint i = 0; i < uses->len; i++)
    for (guint j = i + 1; j < uses->len; j++)
      {
        NameUse *a = g_ptr_array_index (uses, i);
        NameUse *b = g_ptr_array_index (uses, j);
        g_autofree char *pair = NULL;
        guint d;

        if (strcmp (a->key, b->key) == 0)
          continue;
        d = edit_distance (a->key, b->key, 2);
        if (d > 2 || g_utf8_strlen (a->key, -1) < 8)
          continue;
        pair = strcmp (a->key, b->key) < 0 ? g_strconcat (a->key, "|", b->key, NULL)
                                             : g_strconcat (b->key, "|", a->key, NULL);
        if (g_hash_table_contains (reported, pair))
          continue;
        g_hash_table_add (reported, g_steal_pointer (&pair));
        {
          g_autofree char *th = g_strdup_printf (
            "“%s” (%s) และ “%s” (%s) อาจเป็นบุคคลเดียวกันที่สะกดต่างกัน", a->name, a->location,
            b->name, b->location);
          add (c, "name-variant", b->object, "name", b->location, th,
               "“%s” (%s) and “%s” (%s) may be the same person written differently", a->name,
               a->location, b->name, b->location);
        }
      }
}

static void
check_front (Checker *c)
{
  SjOrganisation *org = sj_plan_get_organisation (c->plan);
  SjAnnouncement *ann = sj_plan_get_announcement (c->plan);

  if (*sj_organisation_get_name (org) == '\0')
    add (c, "required-empty", G_OBJECT (org), "name", "หน่วยงาน",
         "ยังไม่ได้กรอกชื่อองค์กรปกครองส่วนท้องถิ่น", "The name of the organisation is empty");
  if (sj_organisation_get_emblem (org) != NULL)
    {
      static const guchar png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
      gsize len;
      const guchar *data = g_bytes_get_data (sj_organisation_get_emblem (org), &len);
      if (len < 8 || memcmp (data, png_signature, 8) != 0)
        add (c, "emblem-invalid", G_OBJECT (org), "emblem", "หน่วยงาน › ตราสัญลักษณ์",
             "ตราสัญลักษณ์ไม่ใช่ไฟล์ภาพ PNG จึงพิมพ์ปกโดยไม่มีตรา",
             "The emblem is not a PNG image, so the cover is printed without it");
    }
  if (ann && sj_announcement_get_placement (ann) != SJ_PLACEMENT_NONE)
    {
      if (*sj_announcement_get_title (ann) == '\0')
        add (c, "required-empty", G_OBJECT (ann), "title", "ประกาศ", "ประกาศยังไม่มีชื่อเรื่อง",
             "The announcement has no title");
      if (sj_announcement_get_signatory (ann) == NULL)
        add (c, "required-empty", G_OBJECT (ann), "signatory", "ประกาศ",
             "ประกาศยังไม่มีผู้ลงนาม", "The announcement has no signatory");
    }
  for (guint i = 0; i < sj_plan_get_n_orders (c->plan); i++)
    {
      SjOrder *order = sj_plan_get_order_at (c->plan, i);
      if (sj_order_get_signatory (order) == NULL)
        add (c, "required-empty", G_OBJECT (order), "signatory", "คำสั่ง",
             "คำสั่งยังไม่มีผู้ลงนาม", "The order has no signatory");
    }
}

/* The checker's regular expressions, compiled once for the life of the process (GRegex is
 * immutable and safe to share between threads). G_REGEX_OPTIMIZE lets PCRE2 compile them to
 * machine code (its JIT); valgrind cannot follow that code, so SUJARIT_REGEX_JIT=0 in the
 * environment compiles them without it (bench/README.md). */
typedef enum
{
  PLACEHOLDER_RE,
  TEMPLATE_CHOICE_RE,
  N_REGEXES
} RegexId;

static GRegex *
get_regex (RegexId id)
{
  static const char *const patterns[N_REGEXES] = {
    [PLACEHOLDER_RE] = "[(\\[<]\\s*(ระบุ[^)\\]>]*)[)\\]>]|(ระบุ\\s*(?:…|\\.{3,}))",
    [TEMPLATE_CHOICE_RE] = "อบจ\\.?\\s*/\\s*เทศบาล|เทศบาล\\s*/\\s*อบต\\.?",
  };
  static GRegex *compiled[N_REGEXES];
  static gsize once[N_REGEXES];

  if (g_once_init_enter (&once[id]))
    {
      gboolean jit = g_strcmp0 (g_getenv ("SUJARIT_REGEX_JIT"), "0") != 0;
      compiled[id] = g_regex_new (patterns[id], jit ? G_REGEX_OPTIMIZE : 0, 0, NULL);
      g_assert (compiled[id] != NULL);
      g_once_init_leave (&once[id], 1);
    }
  return compiled[id];
}

/**
 * sj_check_plan:
 *
 * Runs every rule on @plan. Returns: (transfer full): an array of #SjFinding, errors first,
 * then in the order of the book.
 */
GPtrArray *
sj_check_plan (SjPlan *plan)
{
  Checker c = { 0 };
  SjOrganisation *org;

  g_return_val_if_fail (SJ_IS_PLAN (plan), NULL);

  org = sj_plan_get_organisation (plan);
  c.plan = plan;
  c.summary = sj_summary_new (plan);
  c.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_finding_free);
  c.own_name = sj_organisation_get_name (org);
  c.own_type = sj_organisation_get_org_type (org);
  c.placeholder_re = get_regex (PLACEHOLDER_RE);
  c.template_choice_re = get_regex (TEMPLATE_CHOICE_RE);

  check_front (&c);
  check_swot (&c);
  check_risks (&c);
  check_frame (&c);
  check_people (&c);
  walk_texts (&c, G_OBJECT (plan), "");

  sj_summary_free (c.summary);

  /* Stable: errors before warnings, otherwise in the order found. */
  {
    GPtrArray *sorted = g_ptr_array_new_full (c.findings->len,
                                              (GDestroyNotify) sj_finding_free);
    for (int pass = 0; pass < 2; pass++)
      for (guint i = 0; i < c.findings->len; i++)
        {
          SjFinding *f = g_ptr_array_index (c.findings, i);
          if ((int) f->severity == pass)
            g_ptr_array_add (sorted, f);
        }
    g_ptr_array_set_free_func (c.findings, NULL);
    g_ptr_array_unref (c.findings);
    return sorted;
  }
}
