/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-checker"
#include "config.h"

#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* The plan checker: what committees get wrong, found before the mayor signs.
 *
 * Every message is written in English and translated through gettext (po/th.po), so that a
 * finding reads in the language of the desktop and, for logs and scripts, in English. The text
 * rules read prose the way the seeds are written: names of organisations with their prefixes and
 * short forms, laws quoted word for word, lists of the kinds of local government, figures typed
 * into the preface. Each has near misses in tests/test-checker.c that must stay quiet. */

/* Amounts above this for one project in one year are almost surely typing mistakes. */
#define ABSURD_AMOUNT sj_money_from_baht (1000000000)

#define RULE(name, id, severity, summary)                                                    \
  [SJ_RULE_##name] = { SJ_RULE_##name, id, SJ_SEVERITY_##severity, summary }

static const SjRuleInfo rules[] = {
  RULE (SWOT_UNDEFINED_CODE, "swot-undefined-code", ERROR,
        N_ ("A strategy cites a SWOT code that is not defined")),
  RULE (SWOT_DUPLICATE_CODE, "swot-duplicate-code", ERROR,
        N_ ("Two SWOT items have the same code")),
  RULE (SWOT_CODE_KIND, "swot-code-kind", WARNING, N_ ("A SWOT code does not match its quadrant")),
  RULE (RISK_MEASURE_UNLINKED, "risk-measure-unlinked", HINT,
        N_ ("A risk control measure is linked to no project of the plan")),
  RULE (RISK_MEASURE_DANGLING, "risk-measure-dangling", ERROR,
        N_ ("A risk control measure is linked to a project that is no longer in the plan")),
  RULE (RISK_LEVEL_MISSING, "risk-level-missing", WARNING, N_ ("A risk has no level")),
  RULE (PLACEHOLDER, "placeholder", ERROR,
        N_ ("Template text or a choice of the template was left in")),
  RULE (KPI_NUMBER_MISSING, "kpi-number-missing", ERROR,
        N_ ("A target or indicator lacks its number")),
  RULE (UNBALANCED_MARKS, "unbalanced-marks", WARNING,
        N_ ("A quotation mark or bracket is opened and not closed, or closed and not opened")),
  RULE (OTHER_ORGANISATION, "other-organisation", ERROR,
        N_ ("The text names another organisation (or misspells this one)")),
  RULE (ORG_TYPE_TERMS, "org-type-terms", WARNING,
        N_ ("Terms of another kind of local government")),
  RULE (FOREIGN_SCRIPT, "foreign-script", ERROR,
        N_ ("Characters of a script a Thai plan does not use (often left by OCR)")),
  RULE (FACT_NO_VALUE, "fact-no-value", ERROR, N_ ("A fact in the text has no value in this plan")),
  RULE (FIGURE_MISMATCH, "figure-mismatch", ERROR,
        N_ ("A count or total typed into the text differs from the computed one")),
  RULE (TARGET_MISMATCH, "target-mismatch", WARNING,
        N_ ("The same target is given different values in different places")),
  RULE (TITLE_YEARS, "title-years", WARNING,
        N_ ("The years typed in a title differ from the years the project runs")),
  RULE (DURATION_MISMATCH, "duration-mismatch", WARNING,
        N_ ("The years typed in the duration differ from the years the project runs")),
  RULE (BUDGET_NOTE_NO_BUDGET, "budget-note-no-budget", WARNING,
        N_ ("A project without a budget has a budget note or a funding line")),
  RULE (BUDGET_NO_SCHEDULE, "budget-no-schedule", WARNING,
        N_ ("A project has a budget in a year but no quarter scheduled")),
  RULE (REQUIRED_EMPTY, "required-empty", ERROR, N_ ("A required field is empty")),
  RULE (FORM_INCOMPLETE, "form-incomplete", WARNING, N_ ("Fields of a project form are empty")),
  RULE (DUPLICATE_MEMBER, "duplicate-member", WARNING,
        N_ ("A person is listed twice in a committee")),
  RULE (NAME_VARIANT, "name-variant", WARNING,
        N_ ("The same person seems to be written differently")),
  RULE (AMOUNT_NEGATIVE, "amount-negative", ERROR, N_ ("An amount of money is negative")),
  RULE (AMOUNT_ABSURD, "amount-absurd", WARNING, N_ ("An amount of money is implausibly large")),
  RULE (PROGRESS_OVER_BUDGET, "progress-over-budget", WARNING,
        N_ ("More was disbursed than budgeted")),
  RULE (YEAR_OUTSIDE_PLAN, "year-outside-plan", ERROR,
        N_ ("A project runs in a year outside the plan")),
  RULE (DUPLICATE_YEAR, "duplicate-year", ERROR, N_ ("A year is entered twice for a project")),
  RULE (DANGLING_REFERENCE, "dangling-reference", ERROR,
        N_ ("A project refers to a unit, funding line or sub-item that is not in the plan")),
  RULE (DUPLICATE_TITLE, "duplicate-title", WARNING, N_ ("Two projects have the same title")),
  RULE (FUNDING_UNUSED, "funding-unused", WARNING, N_ ("A funding line is used by no project")),
  RULE (EMBLEM_INVALID, "emblem-invalid", WARNING,
        N_ ("The emblem or the Garuda is not a PNG image")),
  RULE (TOTAL_OVERFLOW, "total-overflow", ERROR,
        N_ ("A total is too large to be computed exactly")),
  RULE (PROGRESS_CANNOT_DISBURSED, "progress-cannot-disbursed", WARNING,
        N_ ("Money was disbursed for a project that could not be carried out")),
  RULE (DUPLICATE_PROGRESS, "duplicate-progress", ERROR,
        N_ ("A project is reported twice for the same year and round")),
  RULE (OIT_NO_URL, "oit-no-url", WARNING,
        N_ ("An item of the OIT checklist has no web address yet")),
  RULE (OIT_NO_PROJECT, "oit-no-project", HINT,
        N_ ("No project of the plan produces an item of the OIT checklist")),
};
G_STATIC_ASSERT (G_N_ELEMENTS (rules) == SJ_N_RULES);

const SjRuleInfo *
sj_check_get_rules (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}

const SjRuleInfo *
sj_check_get_rule (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_strcmp0 (rules[i].id, id) == 0)
      return &rules[i];
  return NULL;
}

const char *
sj_severity_to_string (SjSeverity severity)
{
  static const char *const names[] = { "error", "warning", "hint" };
  g_return_val_if_fail (severity < SJ_N_SEVERITIES, "error");
  return names[severity];
}

void
sj_finding_free (SjFinding *f)
{
  if (f == NULL)
    return;
  g_free (f->message);
  g_free (f->message_en);
  g_clear_object (&f->object);
  g_free (f->property);
  g_free (f->location);
  g_free (f->path);
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

/**
 * sj_model_path:
 *
 * Where @object (and its @property) is in the plan, for scripts: the list properties from the
 * plan down, each with the item's number from 1, or its id when it has one:
 * "dimensions[2]/missions[1]/projects[p19]/rationale".
 */
char *
sj_model_path (GObject *object, const char *property)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) s = g_string_new (NULL);

  if (property)
    g_ptr_array_add (parts, g_strdup (property));
  for (SjModelObject *o = SJ_IS_MODEL_OBJECT (object) ? SJ_MODEL_OBJECT (object) : NULL; o;
       o = sj_model_object_get_parent (o))
    {
      GParamSpec *pspec = sj_model_object_get_parent_pspec (o);
      g_autofree char *id = NULL;

      if (pspec == NULL)
        break;
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (o), "id"))
        g_object_get (o, "id", &id, NULL);
      if (sj_model_pspec_is_list (pspec))
        g_ptr_array_add (parts, id && *id ? g_strdup_printf ("%s[%s]", pspec->name, id)
                                          : g_strdup_printf ("%s[%d]", pspec->name,
                                                             sj_model_object_get_index (o) + 1));
      else
        g_ptr_array_add (parts, g_strdup (pspec->name));
    }
  for (guint i = parts->len; i > 0; i--)
    {
      if (s->len)
        g_string_append_c (s, '/');
      g_string_append (s, g_ptr_array_index (parts, i - 1));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * sj_model_resolve_path:
 * @root: the plan
 * @path: a path made by sj_model_path() (in this plan or in a copy of it)
 * @property: (out) (optional): the property the path ends with, or NULL
 *
 * Returns: (transfer none) (nullable): the object @path leads to in @root, or NULL when the plan
 * no longer has it. A finding of the checker, made on a snapshot in a thread, is found again in
 * the live plan this way.
 */
GObject *
sj_model_resolve_path (GObject *root, const char *path, char **property)
{
  g_auto (GStrv) parts = g_strsplit (path ? path : "", "/", -1);
  GObject *o = root;
  guint n = g_strv_length (parts);

  if (property)
    *property = NULL;
  for (guint i = 0; i < n && o; i++)
    {
      char *bracket = strchr (parts[i], '[');
      GParamSpec *pspec;

      if (*parts[i] == '\0')
        continue;
      if (bracket == NULL)
        {
          pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (o), parts[i]);
          if (pspec == NULL)
            return NULL;
          if (i + 1 < n && sj_model_pspec_is_child (pspec))
            {
              g_autoptr (GObject) child = NULL;
              g_object_get (o, parts[i], &child, NULL);
              o = child; /* held by its parent */
              continue;
            }
          if (i + 1 < n)
            return NULL;
          if (property)
            *property = g_strdup (parts[i]);
          return o;
        }
      {
        g_autofree char *name = g_strndup (parts[i], bracket - parts[i]);
        g_autofree char *key = g_strndup (bracket + 1, strcspn (bracket + 1, "]"));
        g_autoptr (GListModel) list = NULL;
        GObject *found = NULL;
        guint64 index = 0;
        gboolean by_index = g_ascii_string_to_unsigned (key, 10, 1, G_MAXUINT, &index, NULL);

        pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (o), name);
        if (pspec == NULL || !sj_model_pspec_is_list (pspec))
          return NULL;
        g_object_get (o, name, &list, NULL);
        for (guint j = 0; j < g_list_model_get_n_items (list) && found == NULL; j++)
          {
            g_autoptr (GObject) item = g_list_model_get_item (list, j);
            if (by_index)
              {
                if (j + 1 == index)
                  found = item;
              }
            else if (g_object_class_find_property (G_OBJECT_GET_CLASS (item), "id"))
              {
                g_autofree char *id = NULL;
                g_object_get (item, "id", &id, NULL);
                if (g_strcmp0 (id, key) == 0)
                  found = item;
              }
          }
        o = found; /* held by the list */
      }
    }
  return o;
}

typedef struct
{
  SjPlan *plan;
  SjSummary *summary;
  GPtrArray *findings;
  const char *own_name;
  SjOrgType own_type;
  char *own_core;            /* the meaningful part of the name: ขอนแก่น of เทศบาลนครขอนแก่น */
  char **own_short_names;    /* the legitimate short forms the organisation gives, or NULL */
  GHashTable *accepted_counts; /* guint: every count the prose may cite */
  GHashTable *accepted_amounts; /* gint64 (SjMoney) as strings: every total it may cite */
  GPtrArray *ita_values;       /* TargetUse */
  gboolean any_measure_linked;
} Checker;

static void G_GNUC_PRINTF (6, 7)
add (Checker *c, const char *rule, GObject *object, const char *property, const char *location,
     const char *format_en, ...)
{
  SjFinding *f = g_new0 (SjFinding, 1);
  const SjRuleInfo *info = sj_check_get_rule (rule);
  va_list args, args2;

  g_assert (info != NULL);
  f->rule = info->id;
  f->rule_id = info->rule;
  f->severity = info->severity;
  va_start (args, format_en);
  G_VA_COPY (args2, args);
  f->message_en = g_strdup_vprintf (format_en, args);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  f->message = g_strdup_vprintf (g_dgettext (GETTEXT_PACKAGE, format_en), args2);
#pragma GCC diagnostic pop
  va_end (args2);
  va_end (args);
  f->object = object ? g_object_ref (object) : NULL;
  f->property = g_strdup (property);
  f->location = g_strdup (location ? location : "");
  f->path = object ? sj_model_path (object, property) : g_strdup (property ? property : "");
  g_ptr_array_add (c->findings, f);
}

/* Locations ----------------------------------------------------------------------------------- */

static const char *property_label (const char *property);

static const struct
{
  const char *property;
  const char *label;
} property_labels[] = {
  { "name", N_("Name") },
  { "title", N_("Title") },
  { "preface", N_("Preface") },
  { "rationale", N_("Rationale") },
  { "objectives", N_("Objectives") },
  { "goals", N_("Goals") },
  { "benefits", N_("Benefits") },
  { "risk-intro", N_("Corruption risk assessment") },
  { "swot-intro", N_("Environment analysis") },
  { "target-group", N_("Target group") },
  { "area", N_("Area") },
  { "method", N_("Method") },
  { "duration-note", N_("Duration") },
  { "budget-note", N_("Budget") },
  { "responsible", N_("Responsible") },
  { "responsible-unit", N_("Responsible unit") },
  { "outputs", N_("Outputs") },
  { "outcomes", N_("Outcomes") },
  { "remark", N_("Remark") },
  { "table-remark", N_("Remark (Part 2)") },
  { "title-note", N_("Note after the title (Part 2)") },
  { "body", N_("Body") },
  { "preamble", N_("Body") },
  { "duties", N_("Duties") },
  { "text", N_("Text") },
  { "position", N_("Position") },
  { "role", N_("Role") },
  { "slogan", N_("Slogan") },
  { "announcement", N_("Announcement") },
  { "organisation", N_("Organisation") },
  { "settings", N_("Settings") },
  { "title-lines", N_("Title on the cover") },
  { "label", N_("Label") },
  { "form-caption", N_("Caption of the forms") },
};

/* The readable name of a property of the model ("rationale": หลักการและเหตุผล), or the
 * property itself. */
const char *
sj_check_property_label (const char *property)
{
  return property_label (property);
}

static const char *
property_label (const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (property_labels); i++)
    if (strcmp (property_labels[i].property, property) == 0)
      return _(property_labels[i].label);
  return property;
}

static char *
item_label (Checker *c, GObject *item, const char *list_property, guint index)
{
  if (SJ_IS_DIMENSION (item))
    return g_strdup_printf (_("Dimension %u"), index + 1);
  if (SJ_IS_PROJECT (item))
    return g_strdup_printf (_("No. %u"),
                            sj_summary_get_project_number (c->summary, SJ_PROJECT (item)));
  if (SJ_IS_STRATEGY (item))
    return g_strdup_printf (_("Strategy %u"), index + 1);
  if (SJ_IS_RISK_STEP (item))
    return g_strdup_printf (_("Risk %u"), index + 1);
  if (SJ_IS_RISK_ITEM (item))
    return g_strdup_printf (_("Issue %u"), index + 1);
  if (SJ_IS_RISK_MEASURE (item))
    return g_strdup_printf (_("Measure %u"), index + 1);
  if (SJ_IS_SWOT_ITEM (item))
    return g_strdup (sj_swot_item_get_code (SJ_SWOT_ITEM (item)));
  if (SJ_IS_MEMBER (item))
    return g_strdup_printf (_("Member %u"), index + 1);
  if (SJ_IS_ORDER (item))
    return g_strdup_printf (_("Order %u"), index + 1);
  if (SJ_IS_TARGET (item))
    return g_strdup_printf (_("Target row %u"), index + 1);
  if (SJ_IS_SECTION (item))
    return g_strdup_printf (_("Section %u"), index + 1);
  if (SJ_IS_PERSON (item))
    return g_strdup (sj_person_get_name (SJ_PERSON (item)));
  if (SJ_IS_UNIT (item))
    return g_strdup (sj_unit_get_name (SJ_UNIT (item)));
  if (SJ_IS_FUNDING_LINE (item))
    return g_strdup_printf (_("Funding line %u"), index + 1);
  if (SJ_IS_SUB_ITEM (item))
    return g_strdup_printf (_("Sub-item %u"), index + 1);
  /* TRANSLATORS: an item of a list in a location: "Remark 2" */
  return g_strdup_printf (_("%s %u"), property_label (list_property), index + 1);
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
    return g_strdup_printf (_("Project “%s”"), sj_project_get_title (project));
  dim = sj_plan_get_dimension_at (c->plan, d);
  for (guint i = 0; i < sj_dimension_get_n_missions (dim); i++)
    if (sj_dimension_get_mission_at (dim, i) == mission)
      m = i;
  /* TRANSLATORS: a location: dimension, mission, the project's number */
  return g_strdup_printf (_("Dimension %u › %u.%u › No. %u"), d + 1, d + 1, m + 1,
                          sj_summary_get_project_number (c->summary, project));
}

static char *
order_location (SjOrder *order, guint index)
{
  const char *title = sj_order_get_title (order);
  if (*title)
    return g_strdup_printf (_("Order %u “%s”"), index + 1, title);
  return g_strdup_printf (_("Order %u"), index + 1);
}

/* Text helpers -------------------------------------------------------------------------------- */

static gboolean
is_thai_letter (gunichar ch)
{
  return ch >= 0x0E01 && ch <= 0x0E4E && !(ch >= 0x0E50 && ch <= 0x0E59) && ch != 0x0E2F;
}

/* The text of at most @max characters from @p, for quoting in a message. */
static char *
excerpt (const char *p, glong max)
{
  glong n = g_utf8_strlen (p, -1);
  g_autofree char *cut = g_utf8_substring (p, 0, MIN (n, max));
  g_autofree char *flat = sj_normalize_space (cut);
  return n > max ? g_strconcat (flat, "…", NULL) : g_steal_pointer (&flat);
}

/* The sentence around @hit: from the previous line break (or 150 characters) to the next. */
static char *
sentence_around (const char *text, const char *hit, gsize hit_len)
{
  const char *start = hit, *end = hit + hit_len;
  glong n = 0;

  while (start > text && n < 150)
    {
      const char *prev = g_utf8_find_prev_char (text, start);
      if (prev == NULL || *prev == '\n')
        break;
      start = prev;
      n++;
    }
  for (n = 0; *end && *end != '\n' && n < 150; n++)
    end = g_utf8_next_char (end);
  return g_strndup (start, end - start);
}

/* Whether @hit lies between “ and ” (or between straight quotes) of @text. */
static gboolean
inside_quotation (const char *text, const char *hit)
{
  guint curly = 0, straight = 0;

  for (const char *p = text; p < hit && *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      if (ch == 0x201C)
        curly++;
      else if (ch == 0x201D && curly > 0)
        curly--;
      else if (ch == '"')
        straight ^= 1;
    }
  return curly > 0 || straight;
}

static const char *const law_markers[] = {
  "พระราชบัญญัติ", "พ.ร.บ.", "มาตรา", "ระเบียบกระทรวงมหาดไทย", "ประมวลกฎหมาย", "รัฐธรรมนูญ",
  "กฎหมายว่าด้วย", "พระราชกฤษฎีกา", "ประกาศคณะกรรมการ",
};

/* The kinds of local government, as a list names them ("เทศบาล เมืองพัทยา และองค์กรปกครอง
 * ส่วนท้องถิ่นอื่น"): each group counts once. */
static const char *const kind_words[][3] = {
  { "เทศบาล", "ทต.", "ทม." },
  { "องค์การบริหารส่วนตำบล", "อบต.", "องค์กรบริหารส่วนตำบล" },
  { "องค์การบริหารส่วนจังหวัด", "อบจ.", "องค์กรบริหารส่วนจังหวัด" },
  { "เมืองพัทยา", "กรุงเทพมหานคร", "องค์กรปกครองส่วนท้องถิ่น" },
};

/* Whether the words at @hit quote a law, or stand in a list of kinds of local government, or
 * in quotation marks: the terms of another kind are right there. */
static gboolean
is_quoted_or_generic (const char *text, const char *hit, gsize hit_len)
{
  g_autofree char *sentence = sentence_around (text, hit, hit_len);
  guint kinds = 0;

  if (inside_quotation (text, hit))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (law_markers); i++)
    if (strstr (sentence, law_markers[i]))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (kind_words); i++)
    for (guint j = 0; j < G_N_ELEMENTS (kind_words[i]); j++)
      if (strstr (sentence, kind_words[i][j]))
        {
          kinds++;
          break;
        }
  return kinds >= 2;
}

/* Regular expressions ------------------------------------------------------------------------ */

/* Compiled once for the life of the process (GRegex is immutable and safe to share between
 * threads). G_REGEX_OPTIMIZE lets PCRE2 compile them to machine code (its JIT); valgrind cannot
 * follow that code, so SUJARIT_REGEX_JIT=0 in the environment compiles them without it
 * (bench/README.md). */
typedef enum
{
  PLACEHOLDER_RE,
  TEMPLATE_CHOICE_RE,
  KPI_RE,
  COUNT_RE,
  AMOUNT_RE,
  ITA_RE,
  YEAR_RE,
  N_REGEXES
} RegexId;

#define DIGIT "[0-9๐-๙]"
#define NAYOK "(?:นายกเทศมนตรี|นายก\\s*อบ[ตจ]\\.?|นายกองค์[กา]ร?บริหารส่วน(?:ตำบล|จังหวัด))"
#define PALAD "(?:ปลัดเทศบาล|ปลัด\\s*อบ[ตจ]\\.?|ปลัดองค์[กา]ร?บริหารส่วน(?:ตำบล|จังหวัด))"
#define SAPHA "(?:สภาเทศบาล|สภา\\s*อบ[ตจ]\\.?|สภาองค์[กา]ร?บริหารส่วน(?:ตำบล|จังหวัด))"
#define STAFF "(?:พนักงานเทศบาล|พนักงานส่วน(?:ตำบล|จังหวัด))"
#define LAWS "(?:เทศบัญญัติ|ข้อบัญญัติ)"
#define KIND "(?:อบจ\\.?|อบต\\.?|เทศบาล|องค์[กา]ร?บริหารส่วน(?:ตำบล|จังหวัด))"

static GRegex *
get_regex (RegexId id)
{
  static const char *const patterns[N_REGEXES] = {
    /* (ระบุ…), [ระบุ…], ระบุ…… ; (กรณีที่เป็นเทศบาล) */
    [PLACEHOLDER_RE] = "[(\\[<]\\s*(ระบุ[^)\\]>]*)[)\\]>]|(ระบุ\\s*(?:…|\\.{3,}|_{3,}))"
                       "|(\\(\\s*กรณี[^)]{0,60}" KIND "[^)]{0,40}\\))|(\\(\\s*กรณี[^)]{0,80}\\)\\s*/)",
    /* อบจ./เทศบาล/อบต., นายกเทศมนตรี/นายก อบต., เทศบัญญัติ/ข้อบัญญัติ … */
    [TEMPLATE_CHOICE_RE] = KIND "\\s*/\\s*" KIND "|" NAYOK "\\s*/\\s*" NAYOK "|" PALAD "\\s*/\\s*"
                           PALAD "|" SAPHA "\\s*/\\s*" SAPHA "|" STAFF "\\s*/\\s*" STAFF "|" LAWS
                           "\\s*/\\s*" LAWS,
    /* ไม่น้อยกว่าร้อยละ (   ร้อยละ ....   ไม่น้อยกว่า …… คน   ไม่น้อยกว่าร้อยละ ของ */
    [KPI_RE] = "(?:ร้อยละ|ไม่น้อยกว่า|ไม่ต่ำกว่า|ไม่เกิน|จำนวน)\\s*(?:\\(\\s*(?:\\)|$|\\.{2,}|…)|\\.{3,}|…|_{2,})"
               "|(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|ไม่เกิน)\\s*ร้อยละ\\s*(?!\\s|" DIGIT ")",
    /* จำนวน 24 โครงการ; not ที่ 2 โครงการ, not 2566 โครงการ */
    [COUNT_RE] = "(?<!ที่)(?<!ที่ )(?<!" DIGIT ")(" DIGIT "{1,3})\\s*(โครงการ|มาตรการ|กิจกรรม)",
    /* งบประมาณ … 24,623,948 บาท */
    [AMOUNT_RE] = "งบประมาณ[^0-9๐-๙\\n]{0,40}?(" DIGIT "[0-9๐-๙,]*(?:\\." DIGIT "{1,2})?)\\s*บาท",
    /* ITA … ไม่น้อยกว่า (ร้อยละ) 85 (คะแนน) */
    [ITA_RE] = "(?:ITA|การประเมินคุณธรรมและความโปร่งใส)[^\\n(]{0,80}?(?:ไม่น้อยกว่า|ไม่ต่ำกว่า)\\s*"
               "(?:ร้อยละ\\s*)?(" DIGIT "{2,3}(?:\\." DIGIT "{1,2})?)"
               /* มีคะแนน ITA 90 คะแนนขึ้นไป; not the pass mark in brackets, ITA (85 คะแนนขึ้นไป) */
               "|คะแนน\\s*ITA\\s*(" DIGIT "{2,3}(?:\\." DIGIT "{1,2})?)\\s*คะแนน",
    /* The years of a year phrase: ประจำปีงบประมาณ พ.ศ. 2566 – 2570, ประจำปี 2567 และ 2569,
     * ปีงบประมาณ 2566-70; not the year of a law in a title (…พ.ศ.2560). */
    [YEAR_RE] = "(?:ประจำปี|ปีงบประมาณ)(?:งบประมาณ)?\\s*(?:พ\\.\\s?ศ\\.)?\\s*((?:25|๒๕)" DIGIT "{2}"
                "(?:\\s*(?:[-–,]|และ|ถึง)\\s*(?:(?:25|๒๕)" DIGIT "{2}|" DIGIT "{2}(?!" DIGIT ")))*)",
  };
  static GRegex *compiled[N_REGEXES];
  static gsize once[N_REGEXES];

  if (g_once_init_enter (&once[id]))
    {
      gboolean jit = g_strcmp0 (g_getenv ("SUJARIT_REGEX_JIT"), "0") != 0;
      g_autoptr (GError) error = NULL;
      compiled[id] = g_regex_new (patterns[id], jit ? G_REGEX_OPTIMIZE : 0, 0, &error);
      if (compiled[id] == NULL)
        g_error ("checker pattern %d: %s", id, error->message);
      g_once_init_leave (&once[id], 1);
    }
  return compiled[id];
}

/* The value of a number typed with Arabic or Thai digits and separators. */
static gint64
typed_number (const char *text)
{
  g_autofree char *arabic = sj_arabic_digits (text);
  gint64 v = 0;

  for (const char *p = arabic; *p; p++)
    if (g_ascii_isdigit (*p))
      v = v * 10 + (*p - '0');
    else if (*p == '.')
      break;
  return v;
}

static SjMoney
typed_amount (const char *text)
{
  g_autofree char *arabic = sj_arabic_digits (text);
  SjMoney m = SJ_MONEY_NONE;
  if (!sj_money_parse (arabic, &m, NULL))
    return SJ_MONEY_NONE;
  return m;
}

/* Template text ------------------------------------------------------------------------------ */

static void
check_placeholders (Checker *c, GObject *object, const char *property, const char *location,
                    const char *text)
{
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *trimmed = NULL;
  const char *start = text;

  /* (only a text that begins with ระบุ is normalised: the checker reads every text of the plan) */
  while (*start == ' ' || *start == '\t' || *start == '\n')
    start++;
  if (g_str_has_prefix (start, "ระบุ"))
    trimmed = sj_normalize_space (text);
  /* A template instruction stands alone ("ระบุงบประมาณที่ใช้ดำเนินการ") or in brackets
   * ("(ระบุ…)"); "ระบุ" inside a sentence is ordinary prose ("โดยระบุถึงขั้นตอน…"). */
  if ((trimmed && g_utf8_strlen (trimmed, -1) <= 60)
      || g_regex_match (get_regex (PLACEHOLDER_RE), text, 0, &match))
    {
      g_autofree char *word = NULL;
      g_autofree char *choice = match ? g_match_info_fetch (match, 3) : NULL;
      g_autofree char *choice2 = match ? g_match_info_fetch (match, 4) : NULL;

      if ((choice && *choice) || (choice2 && *choice2))
        {
          add (c, "placeholder", object, property, location,
               N_("The cases of the template were left in: “%s”; keep the text of the case that "
                  "applies"),
               choice && *choice ? choice : choice2);
          return;
        }
      if (match)
        {
          word = g_match_info_fetch (match, 0);
          if (g_str_has_prefix (word, "(") || g_str_has_prefix (word, "["))
            {
              char *inner = g_match_info_fetch (match, 1);
              if (inner && *inner)
                {
                  g_free (word);
                  word = g_steal_pointer (&inner);
                }
              g_free (inner);
            }
        }
      else
        word = g_strdup (trimmed);
      add (c, "placeholder", object, property, location,
           N_("Template text was never filled in: “%s”"), word);
      return;
    }
  g_clear_pointer (&match, g_match_info_free);
  if (g_regex_match (get_regex (TEMPLATE_CHOICE_RE), text, 0, &match))
    {
      g_autofree char *word = g_match_info_fetch (match, 0);
      add (c, "placeholder", object, property, location,
           N_("A choice of the template was left in: “%s”; keep the word of this organisation"),
           word);
    }
}

static void
check_kpi (Checker *c, GObject *object, const char *property, const char *location,
           const char *text)
{
  g_autoptr (GMatchInfo) match = NULL;

  if (g_regex_match (get_regex (KPI_RE), text, 0, &match))
    {
      gint start;
      g_autofree char *from = NULL;
      g_match_info_fetch_pos (match, 0, &start, NULL);
      from = excerpt (text + start, 30);
      add (c, "kpi-number-missing", object, property, location,
           N_("The number is missing: “%s”"), from);
    }
}

/* Quotation marks and brackets ----------------------------------------------------------------- */

/* Whether the ")" at @p closes a list marker: "1)", "ก)", "1.1)" at the start of a line or after
 * a space ("…ดังนี้ 1) … 2) …"). */
static gboolean
is_list_marker (const char *text, const char *p)
{
  const char *q = p;
  guint n = 0;

  while (q > text)
    {
      const char *prev = g_utf8_find_prev_char (text, q);
      gunichar ch = g_utf8_get_char (prev);
      if (!(g_unichar_isdigit (ch) || ch == '.' || (is_thai_letter (ch) && n == 0)))
        break;
      q = prev;
      n++;
      if (is_thai_letter (ch))
        break;
    }
  if (n == 0 || n > 4)
    return FALSE;
  return q == text || g_unichar_isspace (g_utf8_get_char (g_utf8_find_prev_char (text, q)));
}

static void
check_marks (Checker *c, GObject *object, const char *property, const char *location,
             const char *text)
{
  static const gunichar open[] = { 0x201C, '(', '[' };
  static const gunichar close[] = { 0x201D, ')', ']' };
  const char *first_open[G_N_ELEMENTS (open)] = { NULL };
  int depth[G_N_ELEMENTS (open)] = { 0 };
  const char *straight = NULL;
  guint n_straight = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      if (ch == '"')
        {
          if (n_straight++ % 2 == 0)
            straight = p;
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (open); k++)
        {
          if (ch == open[k])
            {
              if (depth[k]++ == 0)
                first_open[k] = p;
            }
          else if (ch == close[k])
            {
              if (depth[k] > 0)
                depth[k]--;
              else if (!(ch == ')' && is_list_marker (text, p)))
                {
                  const char *from = p;
                  for (int back = 0; back < 20 && from > text; back++)
                    from = g_utf8_find_prev_char (text, from);
                  {
                    g_autofree char *shown = excerpt (from, 24);
                    add (c, "unbalanced-marks", object, property, location,
                         N_("“%s” is closed here but was never opened"), shown);
                  }
                  return;
                }
            }
        }
    }
  for (guint k = 0; k < G_N_ELEMENTS (open); k++)
    if (depth[k] > 0)
      {
        g_autofree char *shown = excerpt (first_open[k], 24);
        add (c, "unbalanced-marks", object, property, location,
             N_("“%s” is opened here but never closed"), shown);
        return;
      }
  if (n_straight % 2 == 1)
    {
      g_autofree char *shown = excerpt (straight, 24);
      add (c, "unbalanced-marks", object, property, location,
           N_("The quotation mark of “%s” is never closed"), shown);
    }
}

/* Characters of other scripts ------------------------------------------------------------------ */

static gboolean
script_is_usable (GUnicodeScript script)
{
  return script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED
         || script == G_UNICODE_SCRIPT_THAI || script == G_UNICODE_SCRIPT_LATIN
         || script == G_UNICODE_SCRIPT_UNKNOWN;
}

static void
check_script (Checker *c, GObject *object, const char *property, const char *location,
              const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      const char *start = p, *end;
      if (ch < 0x0370 || script_is_usable (g_unichar_get_script (ch)))
        continue;
      /* Quote the word it stands in. */
      while (start > text)
        {
          const char *prev = g_utf8_find_prev_char (text, start);
          if (g_unichar_isspace (g_utf8_get_char (prev)))
            break;
          start = prev;
        }
      for (end = p; *end && !g_unichar_isspace (g_utf8_get_char (end));)
        end = g_utf8_next_char (end);
      {
        g_autofree char *word = g_strndup (start, end - start);
        g_autofree char *shown = excerpt (word, 30);
        g_autofree char *code = g_strdup_printf ("U+%04X", ch);
        add (c, "foreign-script", object, property, location,
             N_("“%s” holds a character of another script (%s), probably left by OCR; retype "
                "the word"),
             shown, code);
      }
      return;
    }
}

/* Names of organisations ---------------------------------------------------------------------- */

typedef enum
{
  FAMILY_MUNICIPALITY,
  FAMILY_SAO,
  FAMILY_PAO,
} Family;

/* Longest first at each family, so that "เทศบาลนคร" wins over a shorter prefix. Misspellings
 * the seeds have (องค์กร for องค์การ) count as the prefix. */
static const struct
{
  const char *prefix;
  Family family;
  gboolean short_form;
} org_prefixes[] = {
  { "องค์การบริหารส่วนตำบล", FAMILY_SAO, FALSE },
  { "องค์กรบริหารส่วนตำบล", FAMILY_SAO, FALSE },
  { "องค์การบริหารส่วนจังหวัด", FAMILY_PAO, FALSE },
  { "องค์กรบริหารส่วนจังหวัด", FAMILY_PAO, FALSE },
  { "เทศบาลนคร", FAMILY_MUNICIPALITY, FALSE },
  { "เทศบาลเมือง", FAMILY_MUNICIPALITY, FALSE },
  { "เทศบาลตำบล", FAMILY_MUNICIPALITY, FALSE },
  { "อบต.", FAMILY_SAO, TRUE },
  { "อบจ.", FAMILY_PAO, TRUE },
  { "ทต.", FAMILY_MUNICIPALITY, TRUE },
  { "ทม.", FAMILY_MUNICIPALITY, TRUE },
  { "ทน.", FAMILY_MUNICIPALITY, TRUE },
};

/* Words that may follow an organisation type in generic prose ("เทศบาลตำบลทุกแห่ง"), and that
 * end a name running into the following words ("…บ้านใหม่ได้จัดทำ"). */
static const char *const generic_followers[] = {
  "ทุก", "ทั้ง", "และ", "หรือ", "ที่", "ใน", "ของ", "ต่าง", "แห่ง", "ซึ่ง", "จำนวน", "ได้", "มี",
  "เป็น", "ให้", "เพื่อ", "นั้น", "นี้", "อื่น", "ใด", "อาจ", "จะ", "ต้อง", "สามารถ", "ควร", "ก็",
  "จึง", "โดย", "กับ", "แต่", "ยัง", "คือ", "ไม่", "ดำเนิน", "ต่อ", "จัด", "มุ่ง", "ทำ", "อำเภอ",
  "จังหวัด", "ประจำ", "ว่าด้วย", "เรื่อง", "ครั้ง", "พ.ศ", "ร่วม", "เคย", "ก่อน", "หลัง",
  "มาตรา", "ปฏิบัติ", "ประกาศ", "กำหนด", "ส่งเสริม", "พัฒนา", "บริหาร", "สนับสนุน", "แต่งตั้ง",
  "มอบหมาย", "คัดเลือก", "อนุมัติ", "เห็นชอบ", "สั่งการ", "ลงนาม",
};

static Family
own_family (SjOrgType type)
{
  switch (type)
    {
    case SJ_ORG_TYPE_SAO:
      return FAMILY_SAO;
    case SJ_ORG_TYPE_PAO:
      return FAMILY_PAO;
    default:
      return FAMILY_MUNICIPALITY;
    }
}

/* The prefix of an organisation's name at @p, or -1. Every prefix starts with อ, เ or ท
 * (E0 B8 AD, E0 B9 80, E0 B8 97 in UTF-8): most characters are turned away by their bytes. */
static int
prefix_at (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (u[0] != 0xE0 || !((u[1] == 0xB8 && (u[2] == 0xAD || u[2] == 0x97))
                        || (u[1] == 0xB9 && u[2] == 0x80)))
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (org_prefixes); i++)
    if (strncmp (p, org_prefixes[i].prefix, strlen (org_prefixes[i].prefix)) == 0)
      return i;
  return -1;
}

/* The meaningful part of a name: ขอนแก่น of เทศบาลนครขอนแก่น, บ้านใหม่ of อบต.บ้านใหม่. */
static char *
name_core (const char *name)
{
  g_autofree char *n = sj_normalize_space (name);
  int k = prefix_at (n);
  const char *rest = k >= 0 ? n + strlen (org_prefixes[k].prefix) : n;

  while (*rest == ' ')
    rest++;
  return g_strdup (rest);
}

static gboolean
starts_with_follower (const char *rest)
{
  for (guint j = 0; j < G_N_ELEMENTS (generic_followers); j++)
    if (g_str_has_prefix (rest, generic_followers[j]))
      return TRUE;
  return FALSE;
}

/* Where the name that starts at @rest ends: at the first character that is not a Thai letter,
 * or at a word that follows names ("ได้", "อำเภอ"), but not within its first two letters. */
static const char *
name_end (const char *rest)
{
  const char *end = rest;
  const char *min;
  const char *best;

  while (*end && is_thai_letter (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  best = end;
  min = g_utf8_offset_to_pointer (rest, MIN (2, g_utf8_strlen (rest, end - rest)));
  for (guint j = 0; j < G_N_ELEMENTS (generic_followers); j++)
    {
      const char *hit = g_strstr_len (min, best - min, generic_followers[j]);
      if (hit && hit < best)
        best = hit;
    }
  return best;
}

/* How much of the start of @core the end of @prefix already says: "นคร" of เทศบาลนคร and
 * นครศรีธรรมราช, which people write once (เทศบาลนครศรีธรรมราช, a misspelling). */
static gsize
overlap (const char *prefix, const char *core)
{
  gsize plen = strlen (prefix);
  for (gsize len = MIN (plen, strlen (core)); len >= 6; len--)
    if (memcmp (prefix + plen - len, core, len) == 0 && g_utf8_validate (core, len, NULL))
      return len;
  return 0;
}

/* How long the name at @rest is if it is this organisation's (0 if not): its meaningful part in
 * full, or a legitimate short form of it ("นครศรีฯ" for นครศรีธรรมราช). */
static gsize
own_core_at (Checker *c, const char *prefix, const char *rest)
{
  const char *end;

  if (c->own_core == NULL || *c->own_core == '\0')
    return 0;
  if (g_str_has_prefix (rest, c->own_core))
    return strlen (c->own_core);

  end = rest;
  while (*end && is_thai_letter (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  if (g_utf8_get_char (end) == 0x0E2F /* ฯ */ && g_utf8_strlen (rest, end - rest) >= 2
      && strncmp (c->own_core, rest, end - rest) == 0)
    return end - rest + strlen ("ฯ");
  return 0;
}

/* Whether the name at @rest is this organisation's misspelt ("กาศสินธุ์" for กาฬสินธุ์): its
 * first letters, as many as the name has, differ from it in at most two. */
static guint edit_distance (const char *a, const char *b, guint limit);

static gsize
misspelt_own_core_at (Checker *c, const char *rest)
{
  glong n = g_utf8_strlen (c->own_core, -1);
  const char *end = rest;
  g_autofree char *head = NULL;

  if (n < 4)
    return 0;
  for (glong i = 0; i < n && *end && is_thai_letter (g_utf8_get_char (end)); i++)
    end = g_utf8_next_char (end);
  head = g_strndup (rest, end - rest);
  return edit_distance (head, c->own_core, n >= 7 ? 2 : 1) <= (n >= 7 ? 2u : 1u) ? end - rest : 0;
}

/* Whether the text before @at ends with the head of a title that takes the kind of local
 * government after it (ปลัด, นายก, สภา, ครู). */
static gboolean
ends_with_title_head (const char *text, const char *at)
{
  static const char *const heads[] = { "ปลัด", "นายก", "สภา", "ครู" };

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      gsize len = strlen (heads[i]);
      if ((gsize) (at - text) >= len && memcmp (at - len, heads[i], len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The short forms of the organisation's name, one per line, without empty lines. */
static char **
short_names_of (SjOrganisation *org)
{
  g_auto (GStrv) lines = g_strsplit (sj_organisation_get_short_names (org), "\n", -1);
  GStrvBuilder *b = g_strv_builder_new ();
  char **names;

  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i])
        g_strv_builder_add (b, lines[i]);
    }
  names = g_strv_builder_end (b);
  g_strv_builder_unref (b);
  return names;
}

/* The length of the short form of the organisation's name at @at, or 0. */
static gsize
own_short_name_at (Checker *c, const char *at)
{
  for (guint i = 0; c->own_short_names && c->own_short_names[i]; i++)
    if (g_str_has_prefix (at, c->own_short_names[i]))
      return strlen (c->own_short_names[i]);
  return 0;
}

static void
check_other_organisation (Checker *c, GObject *object, const char *property,
                          const char *location, const char *text)
{
  Family mine = own_family (c->own_type);

  if (c->own_core == NULL || *c->own_core == '\0')
    return;
  /* most texts name no organisation at all: a look for the kinds' first words first */
  if (!strstr (text, "เทศบาล") && !strstr (text, "องค์") && !strstr (text, "อบต.")
      && !strstr (text, "อบจ.") && !strstr (text, "ทต.") && !strstr (text, "ทม.")
      && !strstr (text, "ทน."))
    return;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      int k = prefix_at (p);
      const char *prefix, *rest;
      gsize own;
      g_autofree char *name = NULL;
      gboolean misspelt = FALSE;

      if (k < 0)
        continue;
      /* A short form the organisation gives for itself */
      {
        gsize len = own_short_name_at (c, p);
        if (len > 0)
          {
            p += len - 1;
            continue;
          }
      }
      prefix = org_prefixes[k].prefix;
      rest = p + strlen (prefix);
      /* The kind as part of a title, no name after it: ปลัดองค์การบริหารส่วนตำบล,
       * พนักงานครูองค์การบริหารส่วนตำบล, สภาองค์การบริหารส่วนจังหวัด */
      if (ends_with_title_head (text, p) && !is_thai_letter (g_utf8_get_char (rest)))
        {
          p = rest - 1;
          continue;
        }
      if (*rest == ' ' && is_thai_letter (g_utf8_get_char (rest + 1)))
        rest++;
      if ((own = own_core_at (c, prefix, rest)) > 0)
        {
          if (org_prefixes[k].family == mine)
            {
              p = rest + own - 1;
              continue;
            }
          /* The same name with the prefix of another kind: an older name of the organisation
           * (before it became a municipality), or a neighbour of the same name. */
          name = g_strndup (p, rest + own - p);
        }
      else
        {
          const char *end;
          gsize shared = overlap (prefix, c->own_core);

          if (!is_thai_letter (g_utf8_get_char (rest)))
            {
              p = rest - 1;
              continue;
            }
          /* เทศบาลนครศรีธรรมราช for เทศบาลนครนครศรีธรรมราช: the shared word written once */
          if (shared && g_str_has_prefix (rest, c->own_core + shared))
            {
              end = rest + strlen (c->own_core) - shared;
              misspelt = TRUE;
            }
          else if ((own = misspelt_own_core_at (c, rest)) > 0)
            {
              end = rest + own;
              misspelt = TRUE;
            }
          else if (starts_with_follower (rest) || is_quoted_or_generic (text, p, rest - p))
            {
              p = rest - 1;
              continue;
            }
          else
            {
              end = name_end (rest);
              /* A place name is rarely longer; what runs on is the sentence. */
              if (g_utf8_strlen (rest, end - rest) > 20)
                end = g_utf8_offset_to_pointer (rest, 20);
            }
          if (end == rest)
            continue;
          name = g_strndup (p, end - p);
        }
      if (misspelt)
        add (c, "other-organisation", object, property, location,
             N_("“%s” looks like a misspelling of %s"), name, c->own_name);
      else
        add (c, "other-organisation", object, property, location,
             N_("“%s” is not the name of %s: another organisation's name, or a misspelling"),
             name, c->own_name);
      return; /* one finding per text is enough to lead the user there */
    }
}

/* Terms of another kind of local government -------------------------------------------------- */

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

/* Whether the term at @hit is one side of "ข้อบัญญัติ/เทศบัญญัติ" (the placeholder rule says so). */
static gboolean
in_template_choice (const char *text, const char *hit, gsize len)
{
  const char *after = hit + len;
  const char *before = hit;

  while (*after == ' ')
    after++;
  while (before > text && before[-1] == ' ')
    before--;
  return *after == '/' || (before > text && before[-1] == '/');
}

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
    {
      gsize len = strlen (terms[i].wrong);
      for (const char *hit = strstr (text, terms[i].wrong); hit; hit = strstr (hit + len, terms[i].wrong))
        {
          if (is_quoted_or_generic (text, hit, len) || in_template_choice (text, hit, len))
            continue;
          if (!strstr (wrong->str, terms[i].wrong))
            {
              if (wrong->len)
                {
                  g_string_append (wrong, ", ");
                  g_string_append (right, ", ");
                }
              g_string_append_printf (wrong, "“%s”", terms[i].wrong);
              g_string_append_printf (right, "“%s”", terms[i].right);
            }
          break;
        }
    }
  if (wrong->len)
    add (c, "org-type-terms", object, property, location,
         N_("%s are terms of another kind of local government; a %s uses %s"), wrong->str,
         sj_org_type_label (c->own_type), right->str);
}

/* Figures typed into the prose --------------------------------------------------------------- */

static void
check_figures (Checker *c, GObject *object, const char *property, const char *location,
               const char *text)
{
  g_autoptr (GMatchInfo) match = NULL;

  g_regex_match (get_regex (COUNT_RE), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      g_autofree char *noun = g_match_info_fetch (match, 2);
      guint n = (guint) typed_number (number);

      if (n > 0 && !g_hash_table_contains (c->accepted_counts, GUINT_TO_POINTER (n)))
        {
          g_autofree char *computed = sj_counts_text (sj_summary_get_plan_totals (c->summary),
                                                      TRUE, FALSE);
          add (c, "figure-mismatch", object, property, location,
               N_("The text says %s %s, but the plan has %s; use the fact counts-by-type to "
                  "print the computed count"),
               number, noun, computed);
          return;
        }
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);
  g_regex_match (get_regex (AMOUNT_RE), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      SjMoney m = typed_amount (number);
      char key[32];

      g_snprintf (key, sizeof key, "%" G_GINT64_FORMAT, (gint64) m);
      if (m != SJ_MONEY_NONE && m > 0 && !g_hash_table_contains (c->accepted_amounts, key))
        {
          g_autofree char *total = sj_money_format (sj_summary_get_plan_totals (c->summary)->total,
                                                    SJ_MONEY_DECIMALS_AUTO, TRUE);
          add (c, "figure-mismatch", object, property, location,
               N_("The text says a budget of %s baht, which is no total of the plan (the whole "
                  "plan: %s baht); use the facts total or dimension-N-total"),
               number, total);
          return;
        }
      g_match_info_next (match, NULL);
    }
}

typedef struct
{
  char *value;
  char *location;
  GObject *object;
  char *property;
} TargetUse;

static void
target_use_free (gpointer data)
{
  TargetUse *u = data;
  g_free (u->value);
  g_free (u->location);
  g_free (u->property);
  g_free (u);
}

static void
add_target_use (Checker *c, const char *value, GObject *object, const char *property,
                const char *location)
{
  TargetUse *u = g_new0 (TargetUse, 1);
  g_autofree char *arabic = sj_arabic_digits (value);

  u->value = g_strdup (arabic);
  u->object = object;
  u->property = g_strdup (property);
  u->location = g_strdup (location);
  g_ptr_array_add (c->ita_values, u);
}

static void
collect_ita (Checker *c, GObject *object, const char *property, const char *location,
             const char *text)
{
  g_autoptr (GMatchInfo) match = NULL;

  g_regex_match (get_regex (ITA_RE), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *value = g_match_info_fetch (match, 1);
      if (value == NULL || *value == '\0')
        {
          g_free (value);
          value = g_match_info_fetch (match, 2);
        }
      add_target_use (c, value, object, property, location);
      g_match_info_next (match, NULL);
    }
}

static gboolean
same_value (const char *a, const char *b)
{
  return g_ascii_strtod (a, NULL) == g_ascii_strtod (b, NULL);
}

/* The ITA target is given in the goals, the target table, the projects' outcomes: once. */
static void
check_targets (Checker *c)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new ();

  for (guint i = 0; i < sj_plan_get_n_targets (c->plan); i++)
    {
      SjTarget *t = sj_plan_get_target_at (c->plan, i);
      if (g_strcmp0 (sj_target_get_kind (t), "ita") != 0)
        continue;
      for (guint j = 0; j < sj_target_get_n_values (t); j++)
        g_ptr_array_add (table, (gpointer) sj_year_value_get_value (sj_target_get_value_at (t, j)));
    }
  for (guint i = 0; i < c->ita_values->len; i++)
    {
      TargetUse *u = g_ptr_array_index (c->ita_values, i);
      gboolean agrees = table->len == 0;
      TargetUse *other = NULL;

      for (guint j = 0; j < table->len && !agrees; j++)
        {
          g_autofree char *arabic = sj_arabic_digits (g_ptr_array_index (table, j));
          agrees = same_value (arabic, u->value);
        }
      if (!agrees)
        {
          g_autoptr (GString) values = g_string_new (NULL);
          for (guint j = 0; j < table->len; j++)
            {
              gboolean seen = FALSE;
              for (guint k = 0; k < j; k++)
                seen |= g_strcmp0 (g_ptr_array_index (table, k), g_ptr_array_index (table, j)) == 0;
              if (!seen)
                g_string_append_printf (values, "%s%s", values->len ? ", " : "",
                                        (char *) g_ptr_array_index (table, j));
            }
          add (c, "target-mismatch", u->object, u->property, u->location,
               N_("The ITA target here is %s, but the target table gives %s"), u->value,
               values->str);
          continue;
        }
      if (table->len > 0)
        continue;
      /* Without a table, the places must agree with each other. */
      for (guint j = 0; j < i && other == NULL; j++)
        {
          TargetUse *v = g_ptr_array_index (c->ita_values, j);
          if (!same_value (v->value, u->value))
            other = v;
        }
      if (other)
        add (c, "target-mismatch", u->object, u->property, u->location,
             N_("The ITA target here is %s, but %s under %s"), u->value, other->value,
             other->location);
    }
}

/* Facts -------------------------------------------------------------------------------------- */

typedef struct
{
  Checker *c;
  GObject *object;
  const char *property;
  const char *location;
  gboolean in_project;
  GString *joined; /* the paragraphs of a rich text, for the rules that span them */
} TextCtx;

static void
fact_cb (const char *name, const char *fallback, gpointer data)
{
  TextCtx *t = data;
  g_autofree char *value = NULL;

  if (sj_fact_is_of_project (name))
    {
      if (t->in_project)
        return;
      add (t->c, "fact-no-value", t->object, t->property, t->location,
           N_("The fact %s has a value only in a project's form; here it prints “%s”"), name,
           fallback ? fallback : "…");
      return;
    }
  value = sj_summary_get_fact (t->c->summary, name, FALSE);
  if (value == NULL)
    add (t->c, "fact-no-value", t->object, t->property, t->location,
         N_("The fact %s has no value in this plan (a dimension it does not have, or yearly "
            "totals that differ); it prints “%s”"),
         name, fallback ? fallback : "…");
}

/* The text rules ----------------------------------------------------------------------------- */

static void
check_text (TextCtx *t, const char *text)
{
  Checker *c = t->c;

  if (text == NULL || *text == '\0')
    return;
  check_placeholders (c, t->object, t->property, t->location, text);
  check_kpi (c, t->object, t->property, t->location, text);
  /* A quotation may run over paragraphs: the marks of a rich text are counted over all of them */
  if (t->joined)
    g_string_append_printf (t->joined, "%s%s", t->joined->len ? "\n" : "", text);
  else
    check_marks (c, t->object, t->property, t->location, text);
  check_script (c, t->object, t->property, t->location, text);
  check_other_organisation (c, t->object, t->property, t->location, text);
  check_org_type_terms (c, t->object, t->property, t->location, text);
  if (!t->in_project)
    check_figures (c, t->object, t->property, t->location, text);
  collect_ita (c, t->object, t->property, t->location, text);
}

static void
rich_text_cb (const char *text, gpointer data)
{
  check_text (data, text);
}

/* Properties that hold codes, settings or notes rather than printed prose. */
static gboolean
is_prose_property (const char *name)
{
  static const char *const skip[] = {
    "id", "font-family", "parts", "emblem-type", "notes", "codes", "code", "kind", "value",
    "short", "number", "target-count-unit", "prefix", "suffix", "lead", "website", "email",
    "phone", "group", "charts", "form-number-label",
  };
  for (guint i = 0; i < G_N_ELEMENTS (skip); i++)
    if (strcmp (skip[i], name) == 0)
      return FALSE;
  return TRUE;
}

/* The properties of a class of the model, listed once (the checker walks thousands of objects
 * of a few classes). */
static GParamSpec **
class_properties (GType type, guint *n)
{
  static GMutex lock;
  static GHashTable *cache; /* GType → PropList */
  typedef struct
  {
    GParamSpec **props;
    guint n;
  } PropList;
  PropList *list;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new (g_direct_hash, g_direct_equal);
  list = g_hash_table_lookup (cache, GSIZE_TO_POINTER (type));
  if (list == NULL)
    {
      GObjectClass *klass = g_type_class_ref (type);
      list = g_new0 (PropList, 1);
      list->props = g_object_class_list_properties (klass, &list->n);
      g_hash_table_insert (cache, GSIZE_TO_POINTER (type), list);
      /* the class stays referenced: classes of the model live as long as the program */
    }
  g_mutex_unlock (&lock);
  *n = list->n;
  return list->props;
}

/* Walks every owned object of the plan and runs the text rules on its prose. */
static void
walk_texts (Checker *c, GObject *object, const char *location, gboolean in_project)
{
  guint n_props;
  GParamSpec **props = class_properties (G_OBJECT_TYPE (object), &n_props);

  in_project |= SJ_IS_PROJECT (object);
  for (guint i = 0; i < n_props; i++)
    {
      GParamSpec *pspec = props[i];
      const char *name = pspec->name;

      if (sj_model_pspec_is_ref (pspec) || !is_prose_property (name))
        continue;
      if (pspec->value_type == G_TYPE_STRING)
        {
          g_autofree char *text = NULL;
          g_autofree char *loc = NULL;
          g_object_get (object, name, &text, NULL);
          if (text == NULL || *text == '\0')
            continue;
          loc = join_location (location, property_label (name));
          {
            TextCtx t = { c, object, name, loc, in_project };
            check_text (&t, text);
          }
        }
      else if (pspec->value_type == SJ_TYPE_RICH)
        {
          g_autoptr (SjRich) rich = NULL;
          g_autofree char *loc = NULL;
          g_autoptr (GString) joined = NULL;
          g_object_get (object, name, &rich, NULL);
          if (rich == NULL || sj_rich_is_empty (rich))
            continue;
          loc = join_location (location, property_label (name));
          joined = g_string_new (NULL);
          TextCtx t = { c, object, name, loc, in_project, joined };
          sj_rich_foreach_text (rich, rich_text_cb, &t);
          sj_rich_foreach_fact (rich, fact_cb, &t);
          if (joined->len)
            check_marks (c, object, name, loc, joined->str);
        }
      else if (pspec->value_type == G_TYPE_STRV)
        {
          g_auto (GStrv) v = NULL;
          g_autofree char *loc = join_location (location, property_label (name));
          TextCtx t = { c, object, name, loc, in_project };
          g_object_get (object, name, &v, NULL);
          for (guint j = 0; v && v[j]; j++)
            check_text (&t, v[j]);
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
                                     : SJ_IS_ORDER (item) ? order_location (SJ_ORDER (item), j)
                                                          : join_location (location, label);
              walk_texts (c, item, loc, in_project);
            }
        }
      else if (g_type_is_a (pspec->value_type, G_TYPE_OBJECT))
        {
          g_autoptr (GObject) child = NULL;
          g_autofree char *loc = join_location (location, property_label (name));
          g_object_get (object, name, &child, NULL);
          if (child)
            walk_texts (c, child, loc, in_project);
        }
    }
}

/* What the prose may cite: every count and total the plan computes. */
static void
collect_accepted (Checker *c)
{
  const SjTotals *all[1 + 64];
  guint n = 0;
  char key[32];

  c->accepted_counts = g_hash_table_new (NULL, NULL);
  c->accepted_amounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  all[n++] = sj_summary_get_plan_totals (c->summary);
  for (guint d = 0; d < sj_plan_get_n_dimensions (c->plan) && n < G_N_ELEMENTS (all); d++)
    all[n++] = sj_summary_get_dimension_totals (c->summary, d);
  for (guint i = 0; i < n; i++)
    {
      const SjTotals *t = all[i];
      g_hash_table_add (c->accepted_counts, GUINT_TO_POINTER (t->n_projects));
      g_hash_table_add (c->accepted_counts,
                        GUINT_TO_POINTER (t->n_by_type[SJ_PROJECT_TYPE_PROJECT]
                                          + t->n_by_type[SJ_PROJECT_TYPE_NONE]));
      g_hash_table_add (c->accepted_counts,
                        GUINT_TO_POINTER (t->n_by_type[SJ_PROJECT_TYPE_MEASURE]));
      g_hash_table_add (c->accepted_counts,
                        GUINT_TO_POINTER (t->n_by_type[SJ_PROJECT_TYPE_ACTIVITY]));
      g_snprintf (key, sizeof key, "%" G_GINT64_FORMAT, (gint64) t->total);
      g_hash_table_add (c->accepted_amounts, g_strdup (key));
      for (guint y = 0; y < sj_summary_get_n_years (c->summary); y++)
        {
          g_snprintf (key, sizeof key, "%" G_GINT64_FORMAT, (gint64) t->years[y]);
          g_hash_table_add (c->accepted_amounts, g_strdup (key));
        }
    }
  for (guint d = 0; d < sj_plan_get_n_dimensions (c->plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (c->plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          const SjTotals *t = sj_summary_get_mission_totals (c->summary,
                                                             sj_dimension_get_mission_at (dim, m));
          if (t == NULL)
            continue;
          g_hash_table_add (c->accepted_counts, GUINT_TO_POINTER (t->n_projects));
          g_snprintf (key, sizeof key, "%" G_GINT64_FORMAT, (gint64) t->total);
          g_hash_table_add (c->accepted_amounts, g_strdup (key));
        }
    }
  /* A project cited by name with its budget, and a number of years or quarters */
  for (guint i = 0; i < sj_summary_get_n_projects (c->summary); i++)
    {
      SjProject *p = sj_summary_get_project (c->summary, i);
      SjMoney total = 0;
      for (guint j = 0; j < sj_project_get_n_years (p); j++)
        {
          SjMoney a = sj_project_year_get_amount (sj_project_get_year_at (p, j));
          if (a == SJ_MONEY_NONE)
            continue;
          total = sj_money_add (total, a);
          g_snprintf (key, sizeof key, "%" G_GINT64_FORMAT, (gint64) a);
          g_hash_table_add (c->accepted_amounts, g_strdup (key));
        }
      g_snprintf (key, sizeof key, "%" G_GINT64_FORMAT, (gint64) total);
      g_hash_table_add (c->accepted_amounts, g_strdup (key));
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
      g_autofree char *loc = g_strdup_printf (_("Environment analysis › %s"), code);

      if (*code == '\0')
        {
          add (c, "required-empty", G_OBJECT (item), "code", loc, N_("A SWOT item has no code"));
          continue;
        }
      if (g_hash_table_contains (codes, code))
        add (c, "swot-duplicate-code", G_OBJECT (item), "code", loc,
             N_("The code %s is used for more than one item"), code);
      g_hash_table_add (codes, (gpointer) code);
      if (g_ascii_toupper (code[0]) != kind_letter[sj_swot_item_get_kind (item)])
        add (c, "swot-code-kind", G_OBJECT (item), "code", loc,
             N_("The code %s stands in the quadrant of %s"), code,
             sj_swot_kind_label (sj_swot_item_get_kind (item)));
    }

  for (guint i = 0; i < sj_plan_get_n_strategies (c->plan); i++)
    {
      SjStrategy *s = sj_plan_get_strategy_at (c->plan, i);
      g_auto (GStrv) tokens = g_strsplit_set (sj_strategy_get_codes (s), " +,\t", -1);
      g_autofree char *loc = g_strdup_printf (_("Strategy %u"), i + 1);

      for (guint j = 0; tokens[j]; j++)
        if (*tokens[j] != '\0' && !g_hash_table_contains (codes, tokens[j]))
          add (c, "swot-undefined-code", G_OBJECT (s), "codes", loc,
               N_("Strategy %u cites %s, which is not defined in the SWOT tables"), i + 1,
               tokens[j]);
    }
}

/* Risks --------------------------------------------------------------------------------------- */

static void
check_risks (Checker *c)
{
  gboolean check_links = sj_settings_get_check_measure_links (sj_plan_get_settings (c->plan));

  for (guint i = 0; i < sj_plan_get_n_risk_steps (c->plan); i++)
    {
      SjRiskStep *step = sj_plan_get_risk_step_at (c->plan, i);

      for (guint j = 0; j < sj_risk_step_get_n_risks (step); j++)
        {
          SjRiskItem *risk = sj_risk_step_get_risk_at (step, j);
          if (sj_risk_item_get_level (risk) == SJ_RISK_LEVEL_UNSET)
            {
              g_autofree char *loc = g_strdup_printf (_("Risk %u › Issue %u"), i + 1, j + 1);
              add (c, "risk-level-missing", G_OBJECT (risk), "level", loc,
                   N_("Risk %u.%u has no level (very low … very high)"), i + 1, j + 1);
            }
        }
      for (guint j = 0; j < sj_risk_step_get_n_measures (step); j++)
        {
          SjRiskMeasure *m = sj_risk_step_get_measure_at (step, j);
          SjProject *project = sj_risk_measure_get_project (m);
          g_autofree char *loc = g_strdup_printf (_("Risk %u › Measure %u"), i + 1, j + 1);
          g_autofree char *text = excerpt (sj_risk_measure_get_text (m), 60);

          /* Most plans write the risk table as free text: an unlinked measure is worth knowing
           * (a hint), and the plan may turn the rule off. */
          if (project == NULL && check_links)
            add (c, "risk-measure-unlinked", G_OBJECT (m), "project", loc,
                 N_("The measure “%s” is linked to no project of the plan"), text);
          else if (project && sj_summary_get_project_index (c->summary, project) < 0)
            add (c, "risk-measure-dangling", G_OBJECT (m), "project", loc,
                 N_("The measure “%s” is linked to a project that is no longer in the plan"),
                 text);
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
    add (c, "amount-negative", object, property, location,
         N_("The amount of %u is negative (%s baht)"), year, text);
  else if (amount > ABSURD_AMOUNT)
    add (c, "amount-absurd", object, property, location,
         N_("The amount of %u is implausibly large (%s baht)"), year, text);
}

/* The Buddhist-Era years of the year phrases typed in @text ("ประจำปี 2567 และ 2569",
 * "ปีงบประมาณ พ.ศ. 2566 – 2570"); FALSE when it has none. */
static gboolean
typed_years (const char *text, GHashTable *out)
{
  g_autoptr (GMatchInfo) match = NULL;
  gboolean any = FALSE;

  g_regex_match (get_regex (YEAR_RE), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *list = g_match_info_fetch (match, 1);
      g_autofree char *arabic = sj_arabic_digits (list);
      guint prev = 0;
      gboolean range = FALSE;

      for (const char *p = arabic; *p;)
        {
          if (g_ascii_isdigit (*p))
            {
              char *end;
              guint y = (guint) g_ascii_strtoull (p, &end, 10);
              if (y < 100 && prev)
                y += prev / 100 * 100; /* 2566-70 */
              if (range && prev && y > prev && y < prev + 20)
                for (guint k = prev + 1; k < y; k++)
                  g_hash_table_add (out, GUINT_TO_POINTER (k));
              g_hash_table_add (out, GUINT_TO_POINTER (y));
              prev = y;
              range = FALSE;
              any = TRUE;
              p = end;
            }
          else
            {
              if (*p == '-' || g_str_has_prefix (p, "–") || g_str_has_prefix (p, "ถึง"))
                range = TRUE;
              p = g_utf8_next_char (p);
            }
        }
      g_match_info_next (match, NULL);
    }
  return any;
}

static int
compare_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

static char *
years_list (GHashTable *years)
{
  g_autoptr (GList) keys = g_hash_table_get_keys (years);
  g_autoptr (GArray) sorted = g_array_new (FALSE, FALSE, sizeof (guint));

  for (GList *l = keys; l; l = l->next)
    {
      guint y = GPOINTER_TO_UINT (l->data);
      g_array_append_val (sorted, y);
    }
  g_array_sort (sorted, compare_uint);
  return sj_years_phrase ((guint *) sorted->data, sorted->len, FALSE);
}

/* Whether the years typed in @text are the years the project runs. */
static gboolean
years_agree (SjProject *p, const char *text, char **typed_out, char **runs_out)
{
  g_autoptr (GHashTable) typed = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) runs = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) years = sj_project_get_run_years (p);
  gboolean same;

  if (!typed_years (text, typed) || years->len == 0)
    return TRUE;
  for (guint i = 0; i < years->len; i++)
    g_hash_table_add (runs, GUINT_TO_POINTER (g_array_index (years, guint, i)));
  same = g_hash_table_size (typed) == g_hash_table_size (runs);
  if (same)
    {
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, typed);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        same &= g_hash_table_contains (runs, key);
    }
  if (!same)
    {
      *typed_out = years_list (typed);
      *runs_out = years_list (runs);
    }
  return same;
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

static gboolean
says_no_budget (const char *text)
{
  return strstr (text, "ไม่ใช้งบประมาณ") || strstr (text, "ไม่ได้ใช้งบประมาณ")
         || strstr (text, "ไม่มีงบประมาณ") || strstr (text, "ไม่ต้องใช้งบประมาณ");
}

/* Whether a budget note classifies the money (แผนงาน… งาน… หมวด… ข้อบัญญัติงบประมาณ…) rather than
 * explaining why there is none ("เนื่องจากเอกชนเป็นผู้ลงทุนเอง"). */
static gboolean
names_a_classification (const char *text)
{
  static const char *const words[] = {
    "แผนงาน", "หมวด", "ประเภทรายจ่าย", "งบดำเนินงาน", "งบลงทุน", "งบบุคลากร", "งบรายจ่ายอื่น",
    "งบเงินอุดหนุน", "ค่าใช้สอย", "ค่าวัสดุ", "บัญญัติงบประมาณ", "หน้า ", "บาท",
  };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i]))
      return TRUE;
  return FALSE;
}

static void
check_project_years (Checker *c, SjProject *p, const char *loc)
{
  g_autofree char *typed = NULL;
  g_autofree char *runs = NULL;

  if (!years_agree (p, sj_project_get_title (p), &typed, &runs))
    add (c, "title-years", G_OBJECT (p), "title", loc,
         N_("The title names the years %s, but the project runs in %s; choose the years after "
            "the title to have them printed from the years it runs"),
         typed, runs);
  g_clear_pointer (&typed, g_free);
  g_clear_pointer (&runs, g_free);
  {
    g_autofree char *note = sj_rich_to_plain (sj_project_get_duration_note (p));
    if (!years_agree (p, note, &typed, &runs))
      add (c, "duration-mismatch", G_OBJECT (p), "duration-note", loc,
           N_("The duration names the years %s, but the project runs in %s"), typed, runs);
  }
  if (!sj_project_has_budget (p))
    {
      g_autofree char *note = sj_rich_to_plain (sj_project_get_budget_note (p));
      if (*note && !says_no_budget (note) && !g_str_has_prefix (note, "ระบุ")
          && names_a_classification (note))
        {
          g_autofree char *shown = excerpt (note, 40);
          add (c, "budget-note-no-budget", G_OBJECT (p), "budget-note", loc,
               N_("The project has no budget, yet its budget note says “%s”"), shown);
        }
      else if (sj_project_get_funding (p) != NULL)
        add (c, "budget-note-no-budget", G_OBJECT (p), "funding", loc,
             N_("The project has no budget, yet it is classified under the funding line “%s”"),
             sj_funding_line_get_name (sj_project_get_funding (p)));
    }
}

static void
check_project (Checker *c, SjProject *p, GHashTable *titles)
{
  g_autofree char *loc = project_location (c, p);
  guint first = sj_summary_get_first_year (c->summary);
  guint last = first + sj_summary_get_n_years (c->summary) - 1;
  g_autoptr (GHashTable) years = g_hash_table_new (NULL, NULL);
  SjMission *mission = sj_summary_get_project_mission (c->summary, p);
  g_autoptr (GString) empty = g_string_new (NULL);
  g_autoptr (GString) empty_en = g_string_new (NULL);
  g_autofree char *title_key = sj_normalize_space (sj_project_get_title (p));
  SjProject *other;

  if (*title_key == '\0')
    add (c, "required-empty", G_OBJECT (p), "title", loc, N_("A project has no title"));
  else if ((other = g_hash_table_lookup (titles, title_key)) != NULL)
    add (c, "duplicate-title", G_OBJECT (p), "title", loc,
         N_("The title is the same as that of project %u"),
         sj_summary_get_project_number (c->summary, other));
  else
    g_hash_table_insert (titles, g_steal_pointer (&title_key), p);

  if (sj_project_get_unit (p) == NULL && *sj_project_get_responsible (p) == '\0')
    add (c, "required-empty", G_OBJECT (p), "unit", loc, N_("The project has no responsible unit"));
  if (sj_project_get_unit (p) && !list_contains (sj_plan_get_units (c->plan),
                                                 sj_project_get_unit (p)))
    add (c, "dangling-reference", G_OBJECT (p), "unit", loc,
         N_("The responsible unit is not in the plan's list of units"));
  if (sj_project_get_funding (p) && !list_contains (sj_plan_get_funding_lines (c->plan),
                                                    sj_project_get_funding (p)))
    add (c, "dangling-reference", G_OBJECT (p), "funding", loc,
         N_("The project's funding line is not in the plan"));
  {
    GPtrArray *subs = sj_project_get_sub_items (p);
    for (guint i = 0; i < subs->len; i++)
      if (mission == NULL
          || !list_contains (sj_mission_get_sub_items (mission), g_ptr_array_index (subs, i)))
        add (c, "dangling-reference", G_OBJECT (p), "sub-items", loc,
             N_("The project refers to a sub-item outside its mission"));
  }

  for (guint i = 0; i < sj_project_get_n_years (p); i++)
    {
      SjProjectYear *py = sj_project_get_year_at (p, i);
      guint year = sj_project_year_get_year (py);
      SjMoney amount = sj_project_get_amount (p, year);

      if (year < first || year > last)
        add (c, "year-outside-plan", G_OBJECT (py), "year", loc,
             N_("The year %u is outside the plan (%u – %u)"), year, first, last);
      if (g_hash_table_contains (years, GUINT_TO_POINTER (year)))
        add (c, "duplicate-year", G_OBJECT (py), "year", loc, N_("The year %u is entered twice"),
             year);
      g_hash_table_add (years, GUINT_TO_POINTER (year));
      check_amount (c, G_OBJECT (py), "amount", loc, sj_project_year_get_amount (py), year);
      if (amount != SJ_MONEY_NONE && amount > 0 && sj_project_year_get_quarters (py) == 0)
        add (c, "budget-no-schedule", G_OBJECT (py), "quarters", loc,
             N_("There is a budget in %u but no quarter is scheduled"), year);
    }
  check_project_years (c, p, loc);

  for (guint i = 0; i < sj_project_get_n_progress (p); i++)
    {
      SjProgress *pr = sj_project_get_progress_at (p, i);
      guint year = sj_progress_get_year (pr);
      SjMoney disbursed = sj_progress_get_disbursed (pr);
      SjMoney budget = sj_project_get_amount (p, year);

      check_amount (c, G_OBJECT (pr), "disbursed", loc, disbursed, year);
      for (guint k = 0; k < i; k++)
        {
          SjProgress *earlier = sj_project_get_progress_at (p, k);
          if ((guint) sj_progress_get_year (earlier) == year
              && sj_progress_get_round (earlier) == sj_progress_get_round (pr))
            {
              add (c, "duplicate-progress", G_OBJECT (pr), "year", loc,
                   N_("The progress of %u, %s, is reported twice"), year,
                   sj_round_label (sj_progress_get_round (pr)));
              break;
            }
        }
      if (sj_progress_get_status (pr) == SJ_PROGRESS_STATUS_CANNOT && disbursed != SJ_MONEY_NONE
          && disbursed > 0)
        {
          g_autofree char *d = sj_money_format (disbursed, SJ_MONEY_DECIMALS_AUTO, TRUE);
          add (c, "progress-cannot-disbursed", G_OBJECT (pr), "disbursed", loc,
               N_("In %u, %s baht were disbursed although the project could not be carried out"),
               year, d);
        }
      if (disbursed != SJ_MONEY_NONE && disbursed > 0
          && (budget == SJ_MONEY_NONE || disbursed > budget))
        {
          g_autofree char *d = sj_money_format (disbursed, SJ_MONEY_DECIMALS_AUTO, TRUE);
          g_autofree char *b = sj_money_format (budget == SJ_MONEY_NONE ? 0 : budget,
                                                SJ_MONEY_DECIMALS_AUTO, TRUE);
          add (c, "progress-over-budget", G_OBJECT (pr), "disbursed", loc,
               N_("In %u, %s baht were disbursed against a budget of %s baht"), year, d, b);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (form_fields); i++)
    {
      g_autoptr (SjRich) rich = NULL;
      g_object_get (p, form_fields[i].property, &rich, NULL);
      if (sj_rich_is_empty (rich))
        {
          if (empty->len)
            g_string_append (empty, ", ");
          g_string_append (empty, sj_form_field_label (form_fields[i].field));
        }
    }
  if (empty->len)
    add (c, "form-incomplete", G_OBJECT (p), NULL, loc, N_("Empty fields of the form: %s"),
         empty->str);
}

static void
check_frame (Checker *c)
{
  g_autoptr (GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (sj_plan_get_n_dimensions (c->plan) == 0)
    add (c, "required-empty", G_OBJECT (c->plan), "dimensions", _("Part 2"),
         N_("The plan has no dimensions and projects"));
  for (guint d = 0; d < sj_plan_get_n_dimensions (c->plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (c->plan, d);
      g_autofree char *dloc = g_strdup_printf (_("Dimension %u"), d + 1);

      if (*sj_dimension_get_name (dim) == '\0')
        add (c, "required-empty", G_OBJECT (dim), "name", dloc, N_("Dimension %u has no name"),
             d + 1);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *mloc = g_strdup_printf (_("Dimension %u › %u.%u"), d + 1, d + 1, m + 1);

          if (*sj_mission_get_name (mission) == '\0')
            add (c, "required-empty", G_OBJECT (mission), "name", mloc,
                 N_("Mission %u.%u has no name"), d + 1, m + 1);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            check_project (c, sj_mission_get_project_at (mission, p), titles);
        }
    }

  /* Totals are exact or marked (sj_money_add()); a marked one prints as เกินขีดจำกัด. */
  if (sj_summary_get_plan_totals (c->summary)->total == SJ_MONEY_OVERFLOW)
    add (c, "total-overflow", G_OBJECT (c->plan), "dimensions", _("Part 2"),
         N_("The budget totals of the plan are too large to be computed exactly (over 92 "
            "quadrillion baht); check the amounts entered"));

  for (guint i = 0; i < sj_plan_get_n_funding_lines (c->plan); i++)
    {
      SjFundingLine *line = sj_plan_get_funding_line_at (c->plan, i);
      gboolean used = FALSE;
      g_autofree char *loc = g_strdup_printf (_("Funding line “%s”"),
                                              sj_funding_line_get_name (line));

      for (guint j = 0; j < sj_summary_get_n_projects (c->summary) && !used; j++)
        used = sj_project_get_funding (sj_summary_get_project (c->summary, j)) == line;
      if (!used)
        add (c, "funding-unused", G_OBJECT (line), NULL, loc,
             N_("The funding line “%s” is used by no project"), sj_funding_line_get_name (line));
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

/* The OIT checklist: the evidence the plan's projects are meant to produce must be published,
 * and each item should come from some project's work. */
static void
check_oit (Checker *c)
{
  for (guint i = 0; i < sj_plan_get_n_oit_items (c->plan); i++)
    {
      SjOitItem *item = sj_plan_get_oit_item_at (c->plan, i);
      g_autofree char *loc = g_strdup_printf (_("OIT %d, item %s"), sj_oit_item_get_year (item),
                                              sj_oit_item_get_code (item));
      gboolean has_url = !sj_text_is_blank (sj_oit_item_get_url (item));

      if (sj_oit_item_get_status (item) == SJ_OIT_STATUS_NOT_APPLICABLE)
        continue;
      if (!has_url && (sj_oit_item_get_projects (item)->len > 0
                       || sj_oit_item_get_status (item) == SJ_OIT_STATUS_PUBLISHED))
        add (c, "oit-no-url", G_OBJECT (item), "url", loc,
             N_("“%s” has no web address yet: the ITA assessors ask for its URL"),
             sj_oit_item_get_name (item));
      if (sj_oit_item_get_projects (item)->len == 0)
        add (c, "oit-no-project", G_OBJECT (item), "projects", loc,
             N_("No project of the plan produces “%s”"), sj_oit_item_get_name (item));
    }
}

static void
check_people (Checker *c)
{
  g_autoptr (GPtrArray) uses = g_ptr_array_new_with_free_func (name_use_free);
  g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < sj_plan_get_n_people (c->plan); i++)
    {
      SjPerson *p = sj_plan_get_person_at (c->plan, i);
      g_autofree char *loc = NULL;
      SjAnnouncement *ann = sj_plan_get_announcement (c->plan);

      /* Say which document the signatory signs. */
      if (ann && sj_announcement_get_signatory (ann) == p)
        loc = g_strdup_printf (_("Signatory of the announcement “%s”"),
                               sj_announcement_get_title (ann));
      for (guint j = 0; j < sj_plan_get_n_orders (c->plan) && loc == NULL; j++)
        if (sj_order_get_signatory (sj_plan_get_order_at (c->plan, j)) == p)
          {
            g_autofree char *order = order_location (sj_plan_get_order_at (c->plan, j), j);
            loc = g_strdup_printf (_("Signatory of %s"), order);
          }
      if (loc == NULL)
        loc = g_strdup (_("Signatories"));
      add_name (uses, sj_person_get_name (p), G_OBJECT (p), loc);
    }
  for (guint i = 0; i < sj_plan_get_n_orders (c->plan); i++)
    {
      SjOrder *order = sj_plan_get_order_at (c->plan, i);
      g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *oloc = order_location (order, i);

      for (guint j = 0; j < sj_order_get_n_members (order); j++)
        {
          SjMember *m = sj_order_get_member_at (order, j);
          g_autofree char *key = name_key (sj_member_get_name (m));
          g_autofree char *member = g_strdup_printf (_("Member %u"), j + 1);
          g_autofree char *loc = join_location (oloc, member);
          gpointer first;

          add_name (uses, sj_member_get_name (m), G_OBJECT (m), loc);
          if (*key == '\0')
            continue;
          if ((first = g_hash_table_lookup (seen, key)) != NULL)
            add (c, "duplicate-member", G_OBJECT (m), "name", loc,
                 N_("“%s” is listed again (already member %u)"), sj_member_get_name (m),
                 GPOINTER_TO_UINT (first));
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
        add (c, "name-variant", b->object, "name", b->location,
             N_("“%s” (%s) and “%s” (%s) may be the same person written differently"), a->name,
             a->location, b->name, b->location);
      }
}

static void
check_front (Checker *c)
{
  SjOrganisation *org = sj_plan_get_organisation (c->plan);
  SjAnnouncement *ann = sj_plan_get_announcement (c->plan);

  if (*sj_organisation_get_name (org) == '\0')
    add (c, "required-empty", G_OBJECT (org), "name", _("Organisation"),
         N_("The name of the organisation is empty"));
  if (sj_organisation_get_emblem (org) != NULL)
    {
      static const guchar png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
      gsize len;
      const guchar *data = g_bytes_get_data (sj_organisation_get_emblem (org), &len);
      if (len < 8 || memcmp (data, png_signature, 8) != 0)
        add (c, "emblem-invalid", G_OBJECT (org), "emblem", _("Organisation › Emblem"),
             N_("The emblem is not a PNG image, so the cover is printed without it"));
    }
  if (sj_organisation_get_garuda (org) != NULL)
    {
      static const guchar png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
      gsize len;
      const guchar *data = g_bytes_get_data (sj_organisation_get_garuda (org), &len);
      if (len < 8 || memcmp (data, png_signature, 8) != 0)
        add (c, "emblem-invalid", G_OBJECT (org), "garuda", _("Organisation › Garuda"),
             N_("The Garuda is not a PNG image, so the ประกาศ and the คำสั่ง are printed without "
                "it"));
    }
  if (ann && sj_announcement_get_placement (ann) != SJ_PLACEMENT_NONE)
    {
      if (*sj_announcement_get_title (ann) == '\0')
        add (c, "required-empty", G_OBJECT (ann), "title", _("Announcement"),
             N_("The announcement has no title"));
      if (sj_announcement_get_signatory (ann) == NULL)
        add (c, "required-empty", G_OBJECT (ann), "signatory", _("Announcement"),
             N_("The announcement has no signatory"));
    }
  for (guint i = 0; i < sj_plan_get_n_orders (c->plan); i++)
    {
      SjOrder *order = sj_plan_get_order_at (c->plan, i);
      g_autofree char *loc = order_location (order, i);
      if (sj_order_get_signatory (order) == NULL)
        add (c, "required-empty", G_OBJECT (order), "signatory", loc,
             N_("The order has no signatory"));
    }
}

/**
 * sj_check_plan:
 *
 * Runs every rule on @plan. Returns: (transfer full): an array of #SjFinding, errors first,
 * then warnings, then hints, each in the order of the book.
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
  c.own_core = name_core (c.own_name);
  c.own_short_names = short_names_of (org);
  c.ita_values = g_ptr_array_new_with_free_func (target_use_free);
  collect_accepted (&c);

  check_front (&c);
  check_swot (&c);
  check_risks (&c);
  check_frame (&c);
  check_people (&c);
  check_oit (&c);
  walk_texts (&c, G_OBJECT (plan), "", FALSE);
  check_targets (&c);

  sj_summary_free (c.summary);
  g_free (c.own_core);
  g_strfreev (c.own_short_names);
  g_hash_table_unref (c.accepted_counts);
  g_hash_table_unref (c.accepted_amounts);
  g_ptr_array_unref (c.ita_values);

  /* Stable: errors, then warnings, then hints, otherwise in the order found. */
  {
    GPtrArray *sorted = g_ptr_array_new_full (c.findings->len,
                                              (GDestroyNotify) sj_finding_free);
    for (int pass = 0; pass < SJ_N_SEVERITIES; pass++)
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
