/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-compute"
#include "config.h"

#include "sj-compute.h"
#include "sj-thai.h"

#include <string.h>

typedef struct
{
  SjProject *project;
  SjMission *mission;
  guint dimension; /* index from 0 */
  guint number;    /* printed number */
  SjProject *funding_owner;
  SjMoney counted[SJ_MAX_YEARS];
} Entry;

struct _SjSummary
{
  SjPlan *plan;
  guint first_year;
  guint n_years;
  GArray *entries;          /* of Entry, in plan order */
  GHashTable *by_project;   /* SjProject* -> index + 1 */
  GArray *dimensions;       /* of SjTotals */
  GHashTable *missions;     /* SjMission* -> SjTotals* */
  SjTotals plan_totals;
};

static void
totals_add (SjTotals *t, const Entry *e, guint n_years, SjProjectType type)
{
  for (guint y = 0; y < n_years; y++)
    {
      t->years[y] = sj_money_add (t->years[y], e->counted[y]);
      t->total = sj_money_add (t->total, e->counted[y]);
    }
  t->n_projects++;
  if ((guint) type < SJ_N_PROJECT_TYPES)
    t->n_by_type[type]++;
}

SjMoney
sj_funding_line_get_amount (SjFundingLine *line, guint year)
{
  guint n = sj_funding_line_get_n_amounts (line);

  for (guint i = 0; i < n; i++)
    {
      SjYearAmount *a = sj_funding_line_get_amount_at (line, i);
      if ((guint) sj_year_amount_get_year (a) == year)
        return sj_year_amount_get_value (a);
    }
  return SJ_MONEY_NONE;
}

SjProjectYear *
sj_project_find_year (SjProject *project, guint year)
{
  guint n = sj_project_get_n_years (project);

  for (guint i = 0; i < n; i++)
    {
      SjProjectYear *py = sj_project_get_year_at (project, i);
      if ((guint) sj_project_year_get_year (py) == year)
        return py;
    }
  return NULL;
}

/**
 * sj_project_get_amount:
 *
 * The budget of @project in fiscal @year as printed with the project: its own amount, or the
 * amount of its funding line. %SJ_MONEY_NONE when it does not run that year or has no budget.
 */
SjMoney
sj_project_get_amount (SjProject *project, guint year)
{
  SjProjectYear *py = sj_project_find_year (project, year);
  SjFundingLine *line;

  if (py == NULL)
    return SJ_MONEY_NONE;
  line = sj_project_get_funding (project);
  if (line != NULL)
    return sj_funding_line_get_amount (line, year);
  return sj_project_year_get_amount (py);
}

gboolean
sj_project_has_budget (SjProject *project)
{
  guint n = sj_project_get_n_years (project);

  for (guint i = 0; i < n; i++)
    {
      SjMoney m = sj_project_get_amount (
        project, sj_project_year_get_year (sj_project_get_year_at (project, i)));
      if (m != SJ_MONEY_NONE && m != 0)
        return TRUE;
    }
  return FALSE;
}

static int
compare_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

/* The fiscal years in which @project runs, sorted. */
GArray *
sj_project_get_run_years (SjProject *project)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = sj_project_get_n_years (project);

  for (guint i = 0; i < n; i++)
    {
      guint y = sj_project_year_get_year (sj_project_get_year_at (project, i));
      g_array_append_val (years, y);
    }
  g_array_sort (years, compare_uint);
  return years;
}

SjSummary *
sj_summary_new (SjPlan *plan)
{
  SjSummary *s;
  SjSettings *settings;
  GListModel *dims;
  guint n_dims;
  g_autoptr (GHashTable) funding_seen = NULL; /* SjFundingLine -> owner project per year */
  guint number = 0;

  g_return_val_if_fail (SJ_IS_PLAN (plan), NULL);

  s = g_new0 (SjSummary, 1);
  s->plan = g_object_ref (plan);
  settings = sj_plan_get_settings (plan);
  s->first_year = sj_settings_get_first_year (settings);
  s->n_years = MIN ((guint) sj_settings_get_years (settings), SJ_MAX_YEARS);
  s->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  s->by_project = g_hash_table_new (NULL, NULL);
  s->missions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  funding_seen = g_hash_table_new (NULL, NULL);

  dims = sj_plan_get_dimensions (plan);
  n_dims = g_list_model_get_n_items (dims);
  s->dimensions = g_array_sized_new (FALSE, TRUE, sizeof (SjTotals), n_dims);
  g_array_set_size (s->dimensions, n_dims);

  for (guint d = 0; d < n_dims; d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      guint n_missions = sj_dimension_get_n_missions (dim);

      if (sj_settings_get_numbering (settings) == SJ_NUMBERING_PER_DIMENSION)
        number = 0;
      for (guint m = 0; m < n_missions; m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          SjTotals *mt = g_new0 (SjTotals, 1);
          guint n_projects = sj_mission_get_n_projects (mission);

          g_hash_table_insert (s->missions, mission, mt);
          for (guint p = 0; p < n_projects; p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              SjFundingLine *line = sj_project_get_funding (project);
              Entry e = { 0 };

              if (g_hash_table_contains (s->by_project, project))
                continue; /* a project is counted once even if listed twice by mistake */
              e.project = project;
              e.mission = mission;
              e.dimension = d;
              e.number = ++number;
              /* One pass over the years the project runs (the hot path of the totals). */
              for (guint i = 0, ny = sj_project_get_n_years (project); i < ny; i++)
                {
                  SjProjectYear *py = sj_project_get_year_at (project, i);
                  guint year = sj_project_year_get_year (py);
                  guint y = year - s->first_year;
                  SjMoney amount;

                  if (year < s->first_year || y >= s->n_years)
                    continue;
                  amount = line ? sj_funding_line_get_amount (line, year)
                                : sj_project_year_get_amount (py);
                  if (amount == SJ_MONEY_NONE)
                    continue;
                  e.counted[y] = amount;
                  if (line != NULL)
                    {
                      /* A funding line counts once per year, with the first project using it. */
                      GPtrArray *owners = g_hash_table_lookup (funding_seen, line);
                      if (owners == NULL)
                        {
                          owners = g_ptr_array_new ();
                          g_ptr_array_set_size (owners, s->n_years);
                          g_hash_table_insert (funding_seen, line, owners);
                        }
                      if (g_ptr_array_index (owners, y) != NULL)
                        {
                          e.counted[y] = 0;
                          if (e.funding_owner == NULL)
                            e.funding_owner = g_ptr_array_index (owners, y);
                        }
                      else
                        g_ptr_array_index (owners, y) = project;
                    }
                }
              g_array_append_val (s->entries, e);
              g_hash_table_insert (s->by_project, project, GUINT_TO_POINTER (s->entries->len));
              totals_add (mt, &e, s->n_years, sj_project_get_project_type (project));
              totals_add (&g_array_index (s->dimensions, SjTotals, d), &e, s->n_years,
                          sj_project_get_project_type (project));
              totals_add (&s->plan_totals, &e, s->n_years, sj_project_get_project_type (project));
            }
        }
    }
  {
    GHashTableIter iter;
    gpointer value;
    g_hash_table_iter_init (&iter, funding_seen);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_unref (value);
  }
  return s;
}

void
sj_summary_free (SjSummary *s)
{
  if (s == NULL)
    return;
  g_object_unref (s->plan);
  g_array_unref (s->entries);
  g_hash_table_unref (s->by_project);
  g_array_unref (s->dimensions);
  g_hash_table_unref (s->missions);
  g_free (s);
}

SjPlan *
sj_summary_get_plan (SjSummary *s)
{
  return s->plan;
}

guint
sj_summary_get_first_year (SjSummary *s)
{
  return s->first_year;
}

guint
sj_summary_get_n_years (SjSummary *s)
{
  return s->n_years;
}

guint
sj_summary_get_n_projects (SjSummary *s)
{
  return s->entries->len;
}

SjProject *
sj_summary_get_project (SjSummary *s, guint index)
{
  g_return_val_if_fail (index < s->entries->len, NULL);
  return g_array_index (s->entries, Entry, index).project;
}

int
sj_summary_get_project_index (SjSummary *s, SjProject *project)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (s->by_project, project)) - 1;
}

static const Entry *
find_entry (SjSummary *s, SjProject *project)
{
  int i = sj_summary_get_project_index (s, project);
  return i < 0 ? NULL : &g_array_index (s->entries, Entry, i);
}

/* The printed number of @project (1…N, or restarting per dimension); 0 if not in the frame. */
guint
sj_summary_get_project_number (SjSummary *s, SjProject *project)
{
  const Entry *e = find_entry (s, project);
  return e ? e->number : 0;
}

guint
sj_summary_get_project_dimension (SjSummary *s, SjProject *project)
{
  const Entry *e = find_entry (s, project);
  return e ? e->dimension : 0;
}

SjMission *
sj_summary_get_project_mission (SjSummary *s, SjProject *project)
{
  const Entry *e = find_entry (s, project);
  return e ? e->mission : NULL;
}

const SjTotals *
sj_summary_get_plan_totals (SjSummary *s)
{
  return &s->plan_totals;
}

const SjTotals *
sj_summary_get_dimension_totals (SjSummary *s, guint dimension)
{
  g_return_val_if_fail (dimension < s->dimensions->len, NULL);
  return &g_array_index (s->dimensions, SjTotals, dimension);
}

const SjTotals *
sj_summary_get_mission_totals (SjSummary *s, SjMission *mission)
{
  return g_hash_table_lookup (s->missions, mission);
}

/* The amount of @project counted into the totals in year @year_index: 0 when a shared funding
 * line was already counted with an earlier project. */
SjMoney
sj_summary_get_counted_amount (SjSummary *s, SjProject *project, guint year_index)
{
  const Entry *e = find_entry (s, project);
  g_return_val_if_fail (year_index < s->n_years, 0);
  return e ? e->counted[year_index] : 0;
}

/* The earlier project whose funding line already carries the money of @project, or NULL. */
SjProject *
sj_summary_get_funding_owner (SjSummary *s, SjProject *project)
{
  const Entry *e = find_entry (s, project);
  return e ? e->funding_owner : NULL;
}

const char *
sj_project_type_word (SjProjectType type)
{
  return sj_project_type_label (type);
}

/* "จำนวน 11 โครงการ", or by type "จำนวน 15 โครงการ 1 มาตรการ 3 กิจกรรม". */
char *
sj_counts_text (const SjTotals *t, gboolean by_type, gboolean thai)
{
  g_autoptr (GString) s = g_string_new ("จำนวน");

  if (!by_type)
    g_string_append_printf (s, " %u โครงการ", t->n_projects);
  else
    {
      static const SjProjectType order[] = {
        SJ_PROJECT_TYPE_PROJECT, SJ_PROJECT_TYPE_MEASURE, SJ_PROJECT_TYPE_ACTIVITY,
      };
      guint untyped = t->n_by_type[SJ_PROJECT_TYPE_NONE];
      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        {
          guint n = t->n_by_type[order[i]] + (order[i] == SJ_PROJECT_TYPE_PROJECT ? untyped : 0);
          if (n)
            g_string_append_printf (s, " %u %s", n, sj_project_type_label (order[i]));
        }
      if (t->n_projects == 0)
        g_string_append (s, " 0 โครงการ");
    }
  return sj_thai_digits_if (s->str, thai);
}

/* An amount in a table cell: "1,234,567", "1,234.50", or the zero style. */
char *
sj_money_cell (SjMoney amount, SjZeroStyle zero, gboolean thai)
{
  g_autofree char *s = NULL;

  if (amount == SJ_MONEY_NONE || amount == 0)
    switch (zero)
      {
      case SJ_ZERO_STYLE_THAI_ZERO:
        return g_strdup ("๐");
      case SJ_ZERO_STYLE_ZERO:
        return g_strdup (thai ? "๐" : "0");
      case SJ_ZERO_STYLE_DASH:
      default:
        return g_strdup ("-");
      }
  s = sj_money_format (amount, SJ_MONEY_DECIMALS_AUTO, TRUE);
  return sj_thai_digits_if (s, thai);
}

char *
sj_mission_number (guint dimension_index, guint mission_index, gboolean thai)
{
  g_autofree char *s = g_strdup_printf ("%u.%u", dimension_index + 1, mission_index + 1);
  return sj_thai_digits_if (s, thai);
}

/* "2566 – 2570" for a run of years, "2566, 2568 และ 2570" otherwise. */
char *
sj_years_phrase (const guint *years, guint n, gboolean thai)
{
  g_autoptr (GString) s = g_string_new (NULL);
  gboolean contiguous = n >= 2;

  for (guint i = 1; i < n; i++)
    if (years[i] != years[i - 1] + 1)
      contiguous = FALSE;
  if (n == 0)
    return g_strdup ("");
  if (contiguous && n > 2)
    g_string_printf (s, "%u – %u", years[0], years[n - 1]);
  else
    for (guint i = 0; i < n; i++)
      {
        if (i > 0)
          g_string_append (s, i == n - 1 ? " และ " : ", ");
        g_string_append_printf (s, "%u", years[i]);
      }
  return sj_thai_digits_if (s->str, thai);
}

/* Field 6 of the form, generated from the years the project runs. */
char *
sj_project_duration_text (SjProject *project, gboolean thai)
{
  g_autoptr (GArray) years = sj_project_get_run_years (project);
  g_autofree char *phrase = NULL;

  if (years->len == 0)
    return g_strdup ("");
  phrase = sj_years_phrase ((guint *) years->data, years->len, thai);
  return g_strdup_printf ("ปีงบประมาณ พ.ศ. %s", phrase);
}

/* The phrase of years after a project's title: "ประจำปีงบประมาณ พ.ศ. 2566 – 2570" (fiscal) or
 * "ประจำปี 2567 และ 2569" (years), from the years the project runs; "" when it runs in none. */
char *
sj_project_years_text (SjProject *project, SjTitleYears style, gboolean thai)
{
  g_autoptr (GArray) years = sj_project_get_run_years (project);
  g_autofree char *phrase = NULL;

  if (years->len == 0 || style == SJ_TITLE_YEARS_NONE)
    return g_strdup ("");
  phrase = sj_years_phrase ((guint *) years->data, years->len, thai);
  /* A title wraps anywhere but inside "พ.ศ. 2566 – 2570": no-break spaces hold it together. */
  if (style == SJ_TITLE_YEARS_FISCAL)
    {
      g_auto (GStrv) parts = g_strsplit (phrase, " – ", -1);
      g_autofree char *held = g_strjoinv ("\u00a0–\u00a0", parts);
      return g_strdup_printf ("ประจำปีงบประมาณ พ.ศ.\u00a0%s", held);
    }
  return g_strdup_printf ("ประจำปี %s", phrase);
}

/* The title as printed: the typed title and, when the project asks for it, the phrase of its
 * years generated from the years it runs. */
char *
sj_project_get_display_title (SjProject *project, gboolean thai)
{
  g_autofree char *years = sj_project_years_text (project, sj_project_get_title_years (project),
                                                  thai);

  if (*years == '\0')
    return g_strdup (sj_project_get_title (project));
  return g_strdup_printf ("%s %s", sj_project_get_title (project), years);
}

/* Field 7 of the form: "จำนวน 130,800 บาท (หนึ่งแสนสามหมื่นแปดร้อยบาทถ้วน)" when the amount is the
 * same every year it runs, one line per year otherwise, or "ไม่ใช้งบประมาณ". */
char *
sj_project_budget_text (SjProject *project, gboolean exact, gboolean thai)
{
  g_autoptr (GArray) years = sj_project_get_run_years (project);
  g_autoptr (GString) s = g_string_new (NULL);
  SjMoney first = SJ_MONEY_NONE;
  gboolean same = TRUE;
  guint n_with = 0;

  for (guint i = 0; i < years->len; i++)
    {
      SjMoney m = sj_project_get_amount (project, g_array_index (years, guint, i));
      if (m == SJ_MONEY_NONE || m == 0)
        continue;
      if (n_with++ == 0)
        first = m;
      else if (m != first)
        same = FALSE;
    }
  if (n_with == 0)
    return g_strdup ("ไม่ใช้งบประมาณ");
  if (same)
    {
      g_autofree char *amount = sj_money_format (first, SJ_MONEY_DECIMALS_AUTO, TRUE);
      g_autofree char *words = sj_baht_text (first, exact);
      g_string_printf (s, "%s%s บาท (%s)", n_with > 1 ? "ปีละ " : "จำนวน ", amount, words);
    }
  else
    for (guint i = 0; i < years->len; i++)
      {
        guint year = g_array_index (years, guint, i);
        SjMoney m = sj_project_get_amount (project, year);
        g_autofree char *amount = NULL;
        g_autofree char *words = NULL;
        if (m == SJ_MONEY_NONE || m == 0)
          continue;
        amount = sj_money_format (m, SJ_MONEY_DECIMALS_AUTO, TRUE);
        words = sj_baht_text (m, exact);
        if (s->len)
          g_string_append_c (s, '\n');
        g_string_append_printf (s, "ปี %u จำนวน %s บาท (%s)", year, amount, words);
      }
  return sj_thai_digits_if (s->str, thai);
}

const char *
sj_project_get_label (SjProject *project, SjFormField field)
{
  guint n = sj_project_get_n_labels (project);

  for (guint i = 0; i < n; i++)
    {
      SjFieldLabel *l = sj_project_get_label_at (project, i);
      if (sj_field_label_get_field (l) == field && *sj_field_label_get_text (l))
        return sj_field_label_get_text (l);
    }
  return sj_form_field_label (field);
}

char *
sj_project_get_responsible_text (SjProject *project)
{
  SjUnit *unit = sj_project_get_unit (project);

  if (*sj_project_get_responsible (project))
    return g_strdup (sj_project_get_responsible (project));
  if (unit != NULL)
    return g_strdup (sj_unit_get_name (unit));
  return g_strdup ("");
}

char *
sj_project_get_short_unit (SjProject *project)
{
  SjUnit *unit = sj_project_get_unit (project);

  if (unit == NULL)
    return g_strdup ("");
  if (*sj_unit_get_short_name (unit))
    return g_strdup (sj_unit_get_short_name (unit));
  return g_strdup (sj_unit_get_name (unit));
}

/* The facts template prose may name ------------------------------------------------------- */

static const char *const plan_facts[] = {
  "organisation", "project-count", "dimension-count", "period", "first-year", "last-year",
  "years", "total", "total-per-year", "counts-by-type", "type-project-count",
  "type-measure-count", "type-activity-count",
};

/* Of a dimension: "dimension-N-" and one of these. */
static const char *const dimension_facts[] = {
  "count", "name", "total", "counts-by-type", "type-project-count", "type-measure-count",
  "type-activity-count",
};

/* Of the project whose form the text is in. */
static const char *const project_facts[] = { "project-years" };

static gboolean
in_list (const char *const *list, guint n, const char *name)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (list[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* "dimension-N-rest": N (from 1) and rest, or 0. */
static guint
dimension_fact (const char *name, const char **rest)
{
  guint64 d;
  char *end = NULL;
  const char *digits = name + strlen ("dimension-");

  if (!g_str_has_prefix (name, "dimension-") || !g_ascii_isdigit (*digits) || *digits == '0')
    return 0;
  d = g_ascii_strtoull (digits, &end, 10);
  if (end - digits > 2 || *end != '-')
    return 0;
  *rest = end + 1;
  return (guint) d;
}

/**
 * sj_fact_name_is_known:
 *
 * Whether @name is a fact of the file format (docs: FORMAT.md, “Facts”): one of the plan's,
 * "dimension-N-…" for N from 1 to 99, or one of the project's. Whether it has a value in a
 * given plan is another question (sj_summary_get_fact()).
 */
gboolean
sj_fact_name_is_known (const char *name)
{
  const char *rest = NULL;

  if (name == NULL)
    return FALSE;
  if (in_list (plan_facts, G_N_ELEMENTS (plan_facts), name) || sj_fact_is_of_project (name))
    return TRUE;
  return dimension_fact (name, &rest) > 0
         && in_list (dimension_facts, G_N_ELEMENTS (dimension_facts), rest);
}

/* Whether @name is a fact of a project (it has a value only in the project's own form). */
gboolean
sj_fact_is_of_project (const char *name)
{
  return name != NULL && in_list (project_facts, G_N_ELEMENTS (project_facts), name);
}

/* Every fact name, for the schema, FORMAT.md and the editor's menu: "dimension-N-count" … */
const char *const *
sj_fact_names (void)
{
  static const char *const names[] = {
    "organisation", "project-count", "dimension-count", "period", "first-year", "last-year",
    "years", "total", "total-per-year", "counts-by-type", "type-project-count",
    "type-measure-count", "type-activity-count", "dimension-N-count", "dimension-N-name",
    "dimension-N-total", "dimension-N-counts-by-type", "dimension-N-type-project-count",
    "dimension-N-type-measure-count", "dimension-N-type-activity-count", "project-years", NULL,
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (names) - 1
                   == G_N_ELEMENTS (plan_facts) + G_N_ELEMENTS (dimension_facts)
                        + G_N_ELEMENTS (project_facts));
  return names;
}

/* A count of a kind: projects (untyped items count as projects), measures or activities. */
static guint
type_count (const SjTotals *t, const char *which)
{
  if (strcmp (which, "type-measure-count") == 0)
    return t->n_by_type[SJ_PROJECT_TYPE_MEASURE];
  if (strcmp (which, "type-activity-count") == 0)
    return t->n_by_type[SJ_PROJECT_TYPE_ACTIVITY];
  return t->n_by_type[SJ_PROJECT_TYPE_PROJECT] + t->n_by_type[SJ_PROJECT_TYPE_NONE];
}

/**
 * sj_summary_get_fact:
 * @name: a fact of the plan or of a dimension (sj_fact_name_is_known()), e.g. total,
 *   counts-by-type ("จำนวน 12 โครงการ 5 มาตรการ 4 กิจกรรม"), dimension-2-total
 *
 * A computed fact that the preface and other template text refer to. NULL for a name that has
 * no value in this plan: an unknown one, a dimension it does not have, a total-per-year of
 * years whose totals differ, or a fact of a project (the book asks the project for those).
 */
char *
sj_summary_get_fact (SjSummary *s, const char *name, gboolean thai)
{
  SjPlan *plan = s->plan;
  g_autofree char *plain = NULL;
  guint last = s->first_year + s->n_years - 1;
  const char *rest = NULL;
  guint d;

  if (g_strcmp0 (name, "organisation") == 0)
    return g_strdup (sj_organisation_get_name (sj_plan_get_organisation (plan)));
  if (g_strcmp0 (name, "project-count") == 0)
    plain = g_strdup_printf ("%u", s->plan_totals.n_projects);
  else if (g_strcmp0 (name, "dimension-count") == 0)
    plain = g_strdup_printf ("%u", s->dimensions->len);
  else if (g_strcmp0 (name, "period") == 0)
    plain = g_strdup_printf ("%u – %u", s->first_year, last);
  else if (g_strcmp0 (name, "first-year") == 0)
    plain = g_strdup_printf ("%u", s->first_year);
  else if (g_strcmp0 (name, "last-year") == 0)
    plain = g_strdup_printf ("%u", last);
  else if (g_strcmp0 (name, "years") == 0)
    plain = g_strdup_printf ("%u", s->n_years);
  else if (g_strcmp0 (name, "total") == 0)
    plain = sj_money_format (s->plan_totals.total, SJ_MONEY_DECIMALS_AUTO, TRUE);
  else if (g_strcmp0 (name, "counts-by-type") == 0)
    return sj_counts_text (&s->plan_totals, TRUE, thai);
  else if (g_str_has_prefix (name, "type-"))
    {
      if (!in_list (plan_facts, G_N_ELEMENTS (plan_facts), name))
        return NULL;
      plain = g_strdup_printf ("%u", type_count (&s->plan_totals, name));
    }
  else if (g_strcmp0 (name, "total-per-year") == 0)
    {
      /* Only meaningful when every year has the same total. */
      for (guint y = 1; y < s->n_years; y++)
        if (s->plan_totals.years[y] != s->plan_totals.years[0])
          return NULL;
      plain = sj_money_format (s->plan_totals.years[0], SJ_MONEY_DECIMALS_AUTO, TRUE);
    }
  else if ((d = dimension_fact (name, &rest)) > 0)
    {
      const SjTotals *t;
      if (d > s->dimensions->len)
        return NULL;
      t = &g_array_index (s->dimensions, SjTotals, d - 1);
      if (strcmp (rest, "count") == 0)
        plain = g_strdup_printf ("%u", t->n_projects);
      else if (strcmp (rest, "name") == 0)
        return g_strdup (sj_dimension_get_name (sj_plan_get_dimension_at (plan, d - 1)));
      else if (strcmp (rest, "total") == 0)
        plain = sj_money_format (t->total, SJ_MONEY_DECIMALS_AUTO, TRUE);
      else if (strcmp (rest, "counts-by-type") == 0)
        return sj_counts_text (t, TRUE, thai);
      else if (g_str_has_prefix (rest, "type-") && sj_fact_name_is_known (name))
        plain = g_strdup_printf ("%u", type_count (t, rest));
      else
        return NULL;
    }
  else
    return NULL;
  return sj_thai_digits_if (plain, thai);
}
