/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-budget-csv"

#include "config.h"

#include "sj-budget-csv.h"
#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-model-object.h"
#include "sj-csv.h"
#include "sj-diff.h"
#include "sj-money.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

/**
 * The budget table of Part 2 as a spreadsheet (CSV, UTF-8): one row per project with its id, its
 * number, mission, sub-items, type and title, then one column per fiscal year. Exported from a
 * plan, edited in a spreadsheet, and imported again: rows are matched to projects by id, then by
 * title; a row that matches none is a new project of its mission. Amounts may be written with
 * Thai or Arabic digits and thousands separators; an empty cell, "-" or ไม่ใช้งบประมาณ is no
 * budget. A file with a wrong value changes nothing, and says which line and column.
 */

G_DEFINE_QUARK (sj-budget-csv-error-quark, sj_budget_csv_error)

/* Parsing (RFC 4180) --------------------------------------------------------------------------- */

/**
 * sj_csv_parse:
 *
 * Returns: (element-type GStrv) (transfer full): the rows of @text, each a %NULL-terminated array
 * of fields; a byte-order mark is skipped, CRLF and LF end rows, quoted fields may hold commas,
 * quotes (doubled) and line breaks. %NULL and @error when a quote is not closed or the text is not
 * UTF-8.
 */
GPtrArray *
sj_csv_parse (const char *text, gsize length, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) field = g_string_new (NULL);
  const char *p = text, *end = text + length;
  gboolean quoted = FALSE, row_started = FALSE;
  guint line = 1;

  if (!g_utf8_validate (text, (gssize) length, NULL))
    {
      g_set_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_SYNTAX,
                   _("The file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”"));
      return NULL;
    }
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  for (; p < end; p++)
    {
      char c = *p;
      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }
      if (c == '"' && field->len == 0)
        {
          quoted = TRUE;
          row_started = TRUE;
        }
      else if (c == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          row_started = TRUE;
        }
      else if (c == '\r' && p + 1 < end && p[1] == '\n')
        continue;
      else if (c == '\n' || c == '\r')
        {
          line++;
          if (row_started || field->len)
            {
              g_ptr_array_add (row, g_strdup (field->str));
              g_ptr_array_add (row, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
              g_string_truncate (field, 0);
            }
          row_started = FALSE;
        }
      else
        {
          g_string_append_c (field, c);
          row_started = TRUE;
        }
    }
  if (quoted)
    {
      g_set_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_SYNTAX,
                   _("A quotation mark is not closed (line %u)"), line);
      return NULL;
    }
  if (row_started || field->len)
    {
      g_ptr_array_add (row, g_strdup (field->str));
      g_ptr_array_add (row, NULL);
      g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
    }
  return g_steal_pointer (&rows);
}

/* Export ------------------------------------------------------------------------------------- */

static char *
sub_item_codes (SjMission *mission, const char *mission_code, SjProject *project)
{
  g_autoptr (GPtrArray) subs = NULL;
  g_autoptr (GString) codes = g_string_new (NULL);

  g_object_get (project, "sub-items", &subs, NULL);
  for (guint i = 0; subs && i < subs->len; i++)
    for (guint s = 0; s < sj_mission_get_n_sub_items (mission); s++)
      if (sj_mission_get_sub_item_at (mission, s) == subs->pdata[i])
        g_string_append_printf (codes, "%s%s.%u", codes->len ? " " : "", mission_code, s + 1);
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static void
append_field (GString *s, const char *text, gboolean last)
{
  g_autofree char *quoted = sj_csv_quote (text);
  g_string_append (s, quoted);
  g_string_append (s, last ? "\r\n" : ",");
}

/**
 * sj_eplan_csv_export:
 * @year: the fiscal year (BE)
 *
 * What a clerk types into the commission's E-PlanNACC system for @year: a row per project that
 * runs in the year, with its number, name, type, dimension and mission, the budget of the year
 * (or ไม่ใช้งบประมาณ) and a ✓ for each quarter it is scheduled in. UTF-8 with a byte order mark,
 * so that spreadsheet programs open the Thai text as Thai.
 *
 * Returns: (transfer full): the CSV text
 */
char *
sj_eplan_csv_export (SjPlan *plan, guint year)
{
  g_autoptr (SjSummary) summary = sj_summary_new (plan);
  GString *s = g_string_new ("\xEF\xBB\xBF");

  g_string_append (s, "ลำดับ,โครงการ/กิจกรรม/มาตรการ,ประเภท,มิติ,ภารกิจ,");
  g_string_append_printf (s, "งบประมาณ ปี %u (บาท),ไตรมาส 1,ไตรมาส 2,ไตรมาส 3,ไตรมาส 4,"
                             "หน่วยงานรับผิดชอบ\r\n", year);
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      g_autofree char *dim_text = g_strdup_printf ("%u. %s", d + 1, sj_dimension_get_name (dim));
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *mission_text = g_strdup_printf ("%u.%u %s", d + 1, m + 1,
                                                           sj_mission_get_name (mission));
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              SjProjectYear *py = sj_project_find_year (project, year);
              g_autofree char *no = NULL;
              g_autofree char *amount = NULL;
              g_autofree char *unit = NULL;
              g_autofree char *title = sj_normalize_space (sj_project_get_title (project));
              SjMoney a;
              guint quarters;

              if (py == NULL)
                continue;
              /* The budget as Part 2 counts it (a shared funding line with its first project) */
              a = sj_project_get_amount (project, year);
              if (a != SJ_MONEY_NONE && year >= sj_summary_get_first_year (summary)
                  && year - sj_summary_get_first_year (summary) < sj_summary_get_n_years (summary))
                a = sj_summary_get_counted_amount (summary, project,
                                                   year - sj_summary_get_first_year (summary));
              quarters = sj_project_year_get_quarters (py);
              no = g_strdup_printf ("%u", sj_summary_get_project_number (summary, project));
              amount = a == SJ_MONEY_NONE ? g_strdup ("ไม่ใช้งบประมาณ")
                                          : sj_money_format (a, SJ_MONEY_DECIMALS_ALWAYS, FALSE);
              unit = sj_project_get_responsible_text (project);
              append_field (s, no, FALSE);
              append_field (s, title, FALSE);
              append_field (s, sj_project_type_word (sj_project_get_project_type (project)), FALSE);
              append_field (s, dim_text, FALSE);
              append_field (s, mission_text, FALSE);
              append_field (s, amount, FALSE);
              for (guint q = 0; q < 4; q++)
                append_field (s, (quarters & (1u << q)) ? "✓" : "", FALSE);
              append_field (s, unit ? unit : "", TRUE);
            }
        }
    }
  return g_string_free (s, FALSE);
}

/* Returns: the budget table of @plan as CSV (the amounts as the table counts them). */
char *
sj_budget_csv_export (SjPlan *plan)
{
  g_autoptr (SjSummary) summary = sj_summary_new (plan);
  SjSettings *settings = sj_plan_get_settings (plan);
  guint first = (guint) sj_settings_get_first_year (settings);
  guint years = (guint) sj_settings_get_years (settings);
  GString *s = g_string_new ("id,no,mission,sub-items,type,title");

  for (guint y = first; y < first + years; y++)
    g_string_append_printf (s, ",%u", y);
  g_string_append (s, "\r\n");
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *code = g_strdup_printf ("%u.%u", d + 1, m + 1);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              g_autofree char *no = g_strdup_printf ("%u", sj_summary_get_project_number (summary, project));
              g_autofree char *subs = sub_item_codes (mission, code, project);
              append_field (s, sj_project_get_id (project), FALSE);
              append_field (s, no, FALSE);
              append_field (s, code, FALSE);
              append_field (s, subs, FALSE);
              append_field (s, sj_project_type_to_nick (sj_project_get_project_type (project)), FALSE);
              append_field (s, sj_project_get_title (project), FALSE);
              for (guint y = first; y < first + years; y++)
                {
                  SjMoney amount = sj_project_get_funding (project) != NULL
                                     ? sj_summary_get_counted_amount (summary, project, y - first)
                                     : sj_project_get_amount (project, y);
                  g_autofree char *text = amount == SJ_MONEY_NONE ? g_strdup ("") : sj_money_to_plain (amount);
                  append_field (s, text, y == first + years - 1);
                }
            }
        }
    }
  return g_string_free (s, FALSE);
}

/* Import ------------------------------------------------------------------------------------- */

typedef struct
{
  int id, no, mission, subs, type, title;
  GArray *year_columns; /* of int */
  GArray *years;        /* of guint */
} Columns;

static gboolean
header_is (const char *field, const char *const *names)
{
  g_autofree char *copy = g_strstrip (g_strdup (field));
  g_autofree char *f = g_utf8_strdown (copy, -1);
  for (guint i = 0; names[i]; i++)
    if (strcmp (f, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A year heading: 2566, ๒๕๖๖, ปี 2566, พ.ศ. 2566, ปีงบประมาณ 2566 */
static guint
header_year (const char *field)
{
  g_autofree char *arabic = sj_arabic_digits (field);
  const char *p = arabic;
  guint year = 0, digits = 0;

  while (*p && !g_ascii_isdigit (*p))
    p = g_utf8_next_char (p);
  for (; g_ascii_isdigit (*p); p++, digits++)
    year = year * 10 + (guint) (*p - '0');
  while (*p == ' ')
    p++;
  return digits == 4 && *p == '\0' && year >= 2400 && year <= 2700 ? year : 0;
}

static gboolean
read_header (char **header, Columns *c, GError **error)
{
  static const char *const id[] = { "id", "รหัส", NULL };
  static const char *const no[] = { "no", "no.", "ลำดับ", "ลำดับที่", NULL };
  static const char *const mission[] = { "mission", "ภารกิจ", NULL };
  static const char *const subs[] = { "sub-items", "sub-item", "ข้อย่อย", NULL };
  static const char *const type[] = { "type", "ประเภท", NULL };
  static const char *const title[] = { "title", "ชื่อโครงการ", "โครงการ", "โครงการ/กิจกรรม/มาตรการ", NULL };

  c->id = c->no = c->mission = c->subs = c->type = c->title = -1;
  for (int i = 0; header[i]; i++)
    {
      guint year = header_year (header[i]);
      if (header_is (header[i], id))
        c->id = i;
      else if (header_is (header[i], no))
        c->no = i;
      else if (header_is (header[i], mission))
        c->mission = i;
      else if (header_is (header[i], subs))
        c->subs = i;
      else if (header_is (header[i], type))
        c->type = i;
      else if (header_is (header[i], title))
        c->title = i;
      else if (year)
        {
          g_array_append_val (c->year_columns, i);
          g_array_append_val (c->years, year);
        }
    }
  if (c->title < 0 || c->years->len == 0)
    {
      g_set_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_HEADER,
                   _("The first row must name the columns: title (ชื่อโครงการ), and one column "
                     "per fiscal year (2566, 2567 …); mission, sub-items, type and id are "
                     "optional"));
      return FALSE;
    }
  return TRUE;
}

static const char *
cell (char **row, int column)
{
  if (column < 0)
    return "";
  for (int i = 0; i <= column; i++)
    if (row[i] == NULL)
      return "";
  return row[column];
}

static gboolean
parse_amount (const char *text, SjMoney *out)
{
  g_autofree char *t = g_strstrip (g_strdup (text));

  if (*t == '\0' || strcmp (t, "-") == 0 || strcmp (t, "ไม่ใช้งบประมาณ") == 0)
    {
      *out = SJ_MONEY_NONE;
      return TRUE;
    }
  return sj_money_parse (t, out, NULL) && *out >= 0;
}

static gboolean
parse_type (const char *text, SjProjectType *out)
{
  g_autofree char *t = g_strstrip (g_strdup (text));

  if (*t == '\0')
    return FALSE;
  if (sj_project_type_from_nick (t, out))
    return TRUE;
  for (SjProjectType type = SJ_PROJECT_TYPE_PROJECT; type <= SJ_PROJECT_TYPE_NONE; type++)
    if (strcmp (t, sj_project_type_label (type)) == 0)
      {
        *out = type;
        return TRUE;
      }
  return FALSE;
}

static SjMission *
find_mission (SjPlan *plan, const char *code)
{
  g_autofree char *arabic = sj_arabic_digits (code);
  guint d = 0, m = 0;

  if (sscanf (arabic, "%u.%u", &d, &m) != 2 || d == 0 || m == 0
      || d > sj_plan_get_n_dimensions (plan)
      || m > sj_dimension_get_n_missions (sj_plan_get_dimension_at (plan, d - 1)))
    return NULL;
  return sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, d - 1), m - 1);
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

static SjProject *
find_project (SjPlan *plan, const char *id, const char *title, char **mission_code)
{
  g_autofree char *want = squeezed (title);
  SjProject *by_title = NULL;
  char *by_title_code = NULL;

  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              g_autofree char *have = NULL;
              if (*id && g_strcmp0 (sj_project_get_id (project), id) == 0)
                {
                  g_free (by_title_code);
                  *mission_code = g_strdup_printf ("%u.%u", d + 1, m + 1);
                  return project;
                }
              have = squeezed (sj_project_get_title (project));
              if (by_title == NULL && strcmp (have, want) == 0)
                {
                  by_title = project;
                  by_title_code = g_strdup_printf ("%u.%u", d + 1, m + 1);
                }
            }
        }
    }
  *mission_code = by_title_code;
  return by_title;
}

static void
change (GPtrArray *changes, SjDiffKind kind, const char *title, const char *field,
        const char *before, const char *after)
{
  SjDiffChange *c = g_new0 (SjDiffChange, 1);
  c->kind = kind;
  c->what = g_strdup (title);
  c->field = g_strdup (field);
  c->before = g_strdup (before);
  c->after = g_strdup (after);
  g_ptr_array_add (changes, c);
}

static char *
amount_text (SjMoney amount)
{
  return amount == SJ_MONEY_NONE ? g_strdup (_("no budget"))
                                 : sj_money_format (amount, SJ_MONEY_DECIMALS_AUTO, TRUE);
}

static char *
unique_id (SjPlan *plan, guint *counter)
{
  for (;;)
    {
      char *id = g_strdup_printf ("p-import-%u", ++*counter);
      g_autofree char *code = NULL;
      if (find_project (plan, id, "\x01", &code) == NULL)
        return id;
      g_free (id);
    }
}

/* Applies the rows to @target, saying in @changes what changed and in @problems what is wrong. */
static void
apply_rows (SjPlan *target, GPtrArray *rows, Columns *cols, GPtrArray *changes, GString *problems)
{
  Columns c = *cols;
  guint counter = 0;
  g_autoptr (SjSummary) summary = sj_summary_new (target);
  guint first = (guint) sj_settings_get_first_year (sj_plan_get_settings (target));

  for (guint r = 1; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      guint line = r + 1;
      const char *title = cell (row, c.title);
      g_autofree char *title_clean = g_strstrip (g_strdup (title));
      g_autofree char *mission_code = NULL;
      const char *want_mission = cell (row, c.mission);
      SjProject *project;
      SjProjectType type;
      gboolean has_type = parse_type (cell (row, c.type), &type);
      SjMoney amounts[SJ_MAX_YEARS];
      gsize problems_before = problems->len;

      if (*title_clean == '\0')
        {
          gboolean blank = TRUE;
          for (guint i = 0; row[i]; i++)
            blank = blank && *g_strstrip (row[i]) == '\0';
          if (!blank)
            g_string_append_printf (problems, _("Line %u: no title\n"), line);
          continue;
        }
      g_autofree char *type_text = g_strstrip (g_strdup (cell (row, c.type)));
      if (*type_text != '\0' && !has_type)
        g_string_append_printf (problems, _("Line %u: “%s” is not a type (โครงการ, มาตรการ, "
                                            "กิจกรรม)\n"),
                                line, cell (row, c.type));
      for (guint i = 0; i < c.years->len && i < G_N_ELEMENTS (amounts); i++)
        {
          const char *value = cell (row, g_array_index (c.year_columns, int, i));
          if (!parse_amount (value, &amounts[i]))
            g_string_append_printf (problems, _("Line %u, %u: “%s” is not an amount of money\n"),
                                    line, g_array_index (c.years, guint, i), value);
        }
      if (problems->len > problems_before)
        continue;
      project = find_project (target, cell (row, c.id), title_clean, &mission_code);
      if (project == NULL)
        {
          SjMission *mission = find_mission (target, want_mission);
          g_autoptr (SjProject) added = NULL;
          g_autofree char *id = NULL;
          if (mission == NULL)
            {
              g_string_append_printf (problems,
                                      _("Line %u: “%s” is in no project of the plan, and “%s” is "
                                        "no mission of it to add it to\n"),
                                      line, title_clean, want_mission);
              continue;
            }
          added = sj_project_new ();
          id = unique_id (target, &counter);
          sj_project_set_id (added, id);
          sj_project_set_title (added, title_clean);
          sj_project_set_project_type (added, has_type ? type : SJ_PROJECT_TYPE_PROJECT);
          for (guint i = 0; i < c.years->len; i++)
            {
              g_autoptr (SjProjectYear) year = sj_project_year_new ();
              sj_project_year_set_year (year, (int) g_array_index (c.years, guint, i));
              sj_project_year_set_amount (year, amounts[i]);
              sj_project_year_set_quarters (year, 0xf);
              sj_project_append_year (added, year);
            }
          sj_mission_append_project (mission, added);
          change (changes, SJ_DIFF_ADDED, title_clean, NULL, NULL, want_mission);
          continue;
        }
      if (has_type && type != sj_project_get_project_type (project))
        {
          change (changes, SJ_DIFF_TEXT, title_clean, sj_check_property_label ("type"),
                  sj_project_type_label (sj_project_get_project_type (project)),
                  sj_project_type_label (type));
          sj_project_set_project_type (project, type);
        }
      if (*want_mission && strcmp (want_mission, mission_code) != 0)
        {
          SjMission *to = find_mission (target, want_mission);
          if (to == NULL)
            {
              g_string_append_printf (problems, _("Line %u: “%s” is no mission of the plan\n"),
                                      line, want_mission);
              continue;
            }
          {
            g_autoptr (SjProject) keep = g_object_ref (project);
            SjMission *from = SJ_MISSION (sj_model_object_get_parent (SJ_MODEL_OBJECT (project)));
            sj_mission_remove_project_at (from, (guint) sj_model_object_get_index (SJ_MODEL_OBJECT (project)));
            sj_mission_append_project (to, keep);
          }
          change (changes, SJ_DIFF_MOVED, title_clean, NULL, mission_code, want_mission);
        }
      for (guint i = 0; i < c.years->len; i++)
        {
          guint y = g_array_index (c.years, guint, i);
          /* A project funded by a funding line shows what the table counts of it */
          SjMoney now = sj_project_get_funding (project) != NULL
                          ? sj_summary_get_counted_amount (summary, project, y - first)
                          : sj_project_get_amount (project, y);
          SjProjectYear *py;
          g_autofree char *year_text = NULL;
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;

          if (now == amounts[i])
            continue;
          if (sj_project_get_funding (project) != NULL)
            {
              g_string_append_printf (problems,
                                      _("Line %u, %u: the amount of “%s” comes from its funding "
                                        "line; change it there\n"),
                                      line, y, title_clean);
              continue;
            }
          py = sj_project_find_year (project, y);
          if (py == NULL)
            {
              g_autoptr (SjProjectYear) year = sj_project_year_new ();
              sj_project_year_set_year (year, (int) y);
              sj_project_year_set_quarters (year, 0xf);
              sj_project_append_year (project, year);
              py = year;
            }
          sj_project_year_set_amount (py, amounts[i]);
          year_text = g_strdup_printf ("%u", y);
          before = amount_text (now);
          after = amount_text (amounts[i]);
          change (changes, SJ_DIFF_BUDGET, title_clean, year_text, before, after);
        }
    }
}

/**
 * sj_budget_csv_import:
 * @dry_run: list what would change, and change nothing
 *
 * Reads the budget table from @text into @plan: the amounts of each year of the projects it
 * names, their type and mission, and new projects for rows that name none.
 * Returns: (element-type SjDiffChange) (transfer full): what was (or would be) changed; %NULL and
 * @error, with @plan untouched, when the file or one of its values is wrong.
 */
GPtrArray *
sj_budget_csv_import (SjPlan *plan, const char *text, gsize length, gboolean dry_run,
                      GError **error)
{
  g_autoptr (GPtrArray) rows = sj_csv_parse (text, length, error);
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GString) problems = g_string_new (NULL);
  g_autoptr (SjPlan) trial = NULL;
  Columns c = { 0 };
  SjSettings *settings = sj_plan_get_settings (plan);
  int first = sj_settings_get_first_year (settings);
  int last = first + sj_settings_get_years (settings) - 1;

  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_HEADER, _("The file is empty"));
      return NULL;
    }
  c.year_columns = g_array_new (FALSE, FALSE, sizeof (int));
  c.years = g_array_new (FALSE, FALSE, sizeof (guint));
  if (!read_header (rows->pdata[0], &c, error))
    goto out;
  if (c.years->len > SJ_MAX_YEARS)
    g_string_append_printf (problems, _("The file has %u year columns; a plan has at most %u\n"),
                            c.years->len, SJ_MAX_YEARS);
  for (guint i = 0; i < c.years->len; i++)
    {
      int y = (int) g_array_index (c.years, guint, i);
      if (y < first || y > last)
        g_string_append_printf (problems, _("Column %d: the year %d is not a year of the plan "
                                            "(%d–%d)\n"),
                                g_array_index (c.year_columns, int, i) + 1, y, first, last);
    }
  /* All or nothing: the rows are tried on a copy of the plan first */
  trial = sj_plan_copy (plan);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_diff_change_free);
  if (problems->len == 0)
    apply_rows (trial, rows, &c, changes, problems);
  if (problems->len)
    {
      g_strchomp (problems->str);
      g_set_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_ROWS,
                   _("Nothing was imported; the file has wrong values:\n%s"), problems->str);
      g_clear_pointer (&changes, g_ptr_array_unref);
      goto out;
    }
  if (!dry_run)
    {
      g_ptr_array_set_size (changes, 0);
      apply_rows (plan, rows, &c, changes, problems);
      g_warn_if_fail (problems->len == 0);
    }
out:
  g_array_unref (c.year_columns);
  g_array_unref (c.years);
  return g_steal_pointer (&changes);
}
