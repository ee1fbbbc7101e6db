/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-book"
#include "config.h"

#include "sj-book-private.h"
#include "sj-checker.h"
#include "sj-charts.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Part 3 ------------------------------------------------------------------------------------- */

typedef struct
{
  guint number;
  gboolean page_has_form;
} FormState;

static void
field_heading (SjBook *book, SjFlow *flow, guint *n, const char *label, const char *value)
{
  g_autofree char *text = g_strdup_printf ("%u. %s", ++*n, label);
  sj_flow_add_label_value (flow, text, value, "form-field");
}

static void
field_rich (SjBook *book, SjFlow *flow, guint *n, const char *label, SjRich *rich)
{
  field_heading (book, flow, n, label, NULL);
  if (sj_rich_is_empty (rich))
    sj_flow_add_text (flow, "-", &(SjStyle){ .size = book->size, .indent = 0 }, SJ_MM (6), NULL);
  else
    sj_flow_add_rich (flow, rich, SJ_MM (6));
}

typedef struct
{
  SjBook *book;
  SjProject *project;
} ProjectFact;

static char *
project_fact_cb (const char *name, gpointer data)
{
  ProjectFact *pf = data;

  if (g_strcmp0 (name, "project-years") == 0)
    {
      g_autoptr (GArray) years = sj_project_get_run_years (pf->project);
      if (years->len == 0)
        return NULL;
      return sj_years_phrase ((guint *) years->data, years->len, FALSE);
    }
  return sj_book_fact (name, pf->book);
}

static void
project_form (SjBook *book, SjFlow *flow, SjProject *p, FormState *fs)
{
  guint n = 0;
  SjStyle center = sj_book_style (book, book->size, TRUE, SJ_ALIGN_CENTER);
  SjStyle plain = sj_book_style (book, book->size, FALSE, SJ_ALIGN_JUSTIFY);
  const char *number_label = sj_settings_get_form_number_label (book->settings);
  g_autofree char *number = g_strdup_printf ("%s%s%u", number_label, *number_label ? " " : "",
                                             sj_summary_get_project_number (book->summary, p));
  g_autofree char *dest_name = g_strdup_printf ("project-%s", *sj_project_get_id (p)
                                                               ? sj_project_get_id (p) : "x");
  g_autofree char *dest = sj_book_new_dest (book, dest_name);
  g_autofree char *title = sj_project_get_display_title (p, FALSE);
  g_autofree char *outline_title
    = g_strdup_printf ("%u) %s", sj_summary_get_project_number (book->summary, p), title);
  g_autofree char *duration = sj_project_duration_text (p, FALSE);
  g_autofree char *budget = sj_project_budget_text (p, sj_settings_get_baht_exact (book->settings),
                                                    FALSE);
  g_autofree char *responsible = sj_project_get_responsible_text (p);
  SjProject *owner = sj_summary_get_funding_owner (book->summary, p);
  SjFundingLine *line = sj_project_get_funding (p);

  plain.indent = 0;
  sj_flow_ensure (flow, book->size * 8);
  sj_book_source (flow, p, NULL);
  sj_flow_add_dest (flow, dest);
  sj_book_add_outline (book, flow, outline_title, 2, FALSE, dest);
  if (*sj_settings_get_form_caption (book->settings))
    sj_flow_add_text (flow, sj_settings_get_form_caption (book->settings), &center, 0,
                      "form-caption");
  sj_flow_add_text (flow, number, &center, 0, "form-number");
  sj_flow_space (flow, book->size * 0.3);
  /* Facts in the form's texts may be of the project: its years ("project-years"). */
  flow->fact = project_fact_cb;
  flow->fact_data = &(ProjectFact){ book, p };

  {
    g_autofree char *label = g_strdup_printf ("%u. %s :", ++n,
                                              sj_project_get_label (p, SJ_FORM_FIELD_TITLE));
    sj_book_source (flow, p, "title");
    sj_flow_add_label_value (flow, label, title, "form-title");
  }
  sj_book_source (flow, p, "rationale");
  field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_RATIONALE),
              sj_project_get_rationale (p));
  sj_book_source (flow, p, "objectives");
  field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_OBJECTIVES),
              sj_project_get_objectives (p));
  sj_book_source (flow, p, "target-group");
  field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_TARGET_GROUP),
              sj_project_get_target_group (p));
  if (sj_project_get_target_count (p) > 0)
    {
      g_autofree char *count = g_strdup_printf ("จำนวน %d %s", sj_project_get_target_count (p),
                                                sj_project_get_target_count_unit (p));
      sj_flow_add_text (flow, count, &plain, SJ_MM (6), NULL);
    }
  sj_book_source (flow, p, "area");
  if (!sj_rich_is_empty (sj_project_get_area (p)))
    field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_AREA),
                sj_project_get_area (p));
  sj_book_source (flow, p, "method");
  field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_METHOD),
              sj_project_get_method (p));

  sj_book_source (flow, p, "duration-note");
  field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_DURATION), NULL);
  sj_flow_add_text (flow, *duration ? duration : "-", &plain, SJ_MM (6), "form-duration");
  sj_flow_add_rich (flow, sj_project_get_duration_note (p), SJ_MM (6));

  sj_book_source (flow, p, "years");
  field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_BUDGET), NULL);
  sj_flow_add_text (flow, budget, &plain, SJ_MM (6), "form-budget");
  if (line)
    {
      g_autofree char *note = NULL;
      if (owner)
        note = g_strdup_printf (
          "(เป็นการดำเนินการในชื่อ%s%s%s ซึ่งนับงบประมาณไว้แล้วที่ลำดับที่ %u)", sj_funding_line_get_name (line),
          *sj_funding_line_get_source (line) ? " ตาม" : "", sj_funding_line_get_source (line),
          sj_summary_get_project_number (book->summary, owner));
      else
        note = g_strdup_printf ("(เป็นการดำเนินการในชื่อ%s%s%s)", sj_funding_line_get_name (line),
                                *sj_funding_line_get_source (line) ? " ตาม" : "",
                                sj_funding_line_get_source (line));
      sj_flow_add_text (flow, note, &plain, SJ_MM (6), "form-funding");
    }
  sj_book_source (flow, p, "budget-note");
  sj_flow_add_rich (flow, sj_project_get_budget_note (p), SJ_MM (6));

  sj_book_source (flow, p, "responsible-unit");
  if (*sj_project_get_responsible_unit (p))
    {
      field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_RESPONSIBLE_UNIT),
                     NULL);
      sj_flow_add_text (flow, sj_project_get_responsible_unit (p), &plain, SJ_MM (6),
                        "form-responsible-unit");
    }
  sj_book_source (flow, p, "responsible");
  field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_RESPONSIBLE), NULL);
  sj_flow_add_text (flow, *responsible ? responsible : "-", &plain, SJ_MM (6), "form-responsible");

  sj_book_source (flow, p, "outputs");
  field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_RESULTS), NULL);
  if (!sj_rich_is_empty (sj_project_get_outputs (p)))
    {
      SjStyle sub = sj_book_style (book, book->size, TRUE, SJ_ALIGN_LEFT);
      sj_flow_add_heading (flow, sj_project_get_label (p, SJ_FORM_FIELD_OUTPUTS), &sub, NULL, NULL);
      sj_flow_add_rich (flow, sj_project_get_outputs (p), SJ_MM (6));
      sj_flow_add_heading (flow, sj_project_get_label (p, SJ_FORM_FIELD_OUTCOMES), &sub, NULL,
                           NULL);
    }
  sj_book_source (flow, p, "outcomes");
  if (sj_rich_is_empty (sj_project_get_outcomes (p)))
    sj_flow_add_text (flow, "-", &plain, SJ_MM (6), NULL);
  else
    sj_flow_add_rich (flow, sj_project_get_outcomes (p), SJ_MM (6));
  if (!sj_rich_is_empty (sj_project_get_remark (p)))
    {
      sj_book_source (flow, p, "remark");
      sj_flow_space (flow, book->size * 0.3);
      sj_flow_add_rich (flow, sj_project_get_remark (p), 0);
    }
  sj_flow_set_source (flow, NULL);
  flow->fact = sj_book_fact;
  flow->fact_data = book;
  fs->page_has_form = TRUE;
}

/* What a form's piece prints besides its project (and the book's settings): the headings over
 * it, its number, and what it names that is held elsewhere in the plan. */
static char *
form_context (SjBook *book, SjProject *p, const char *headings)
{
  GString *s = g_string_new (headings);
  g_autofree char *title = sj_project_get_display_title (p, FALSE);
  g_autofree char *responsible = sj_project_get_responsible_text (p);
  g_autofree char *path = sj_model_path (G_OBJECT (p), NULL);
  SjProject *owner = sj_summary_get_funding_owner (book->summary, p);
  SjFundingLine *line = sj_project_get_funding (p);

  g_string_append_printf (s, "|%u|%s|%s|%s", sj_summary_get_project_number (book->summary, p),
                          title, responsible, path);
  if (line)
    g_string_append_printf (s, "|%s|%s|%u", sj_funding_line_get_name (line),
                            sj_funding_line_get_source (line),
                            owner ? sj_summary_get_project_number (book->summary, owner) : 0);
  return g_string_free (s, FALSE);
}

static void
part3_title (SjBook *book, SjFlow *flow)
{
  SjStyle title = sj_book_style (book, book->size + 4, TRUE, SJ_ALIGN_CENTER);
  g_autofree char *dest = sj_book_new_dest (book, "part3");

  sj_book_begin_part (book, flow, SJ_PART_PART3, SJ_PAGE_NUMBER_BODY, book->thai_body, FALSE);
  sj_flow_add_dest (flow, dest);
  sj_book_add_outline (book, flow, "ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ ตามแผนปฏิบัติการฯ",
                       0, TRUE, dest);
  sj_flow_add_text (flow, "ส่วนที่ 3\nรายละเอียดโครงการ/กิจกรรม/มาตรการ", &title, 0, "part-title");
  sj_flow_space (flow, book->size);
}

static char *
dimension_text (SjBook *book, guint d)
{
  return g_strdup_printf ("มิติที่ %u %s", d + 1,
                          sj_dimension_get_name (sj_plan_get_dimension_at (book->plan, d)));
}

/* The shaded heading of dimension @d, at the head of its first form's page. */
static void
dimension_heading (SjBook *book, SjFlow *flow, guint d, FormState *fs)
{
  SjStyle dim_style = sj_book_style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER);
  SjDimension *dim = sj_plan_get_dimension_at (book->plan, d);
  g_autofree char *dtext = dimension_text (book, d);
  g_autofree char *dname = g_strdup_printf ("dimension-%u", d + 1);
  g_autofree char *ddest = sj_book_new_dest (book, dname);
  g_autoptr (PangoLayout) dl = NULL;
  double grey[3] = { 0.9, 0.9, 0.9 };

  if (fs->page_has_form)
    {
      sj_flow_new_page (flow);
      fs->page_has_form = FALSE;
    }
  dl = sj_flow_text_layout (flow, dtext, &dim_style, flow->width - 12);
  sj_flow_ensure (flow, sj_layout_height (dl) + book->size * 10);
  sj_book_source (flow, dim, NULL);
  sj_flow_add_dest (flow, ddest);
  sj_book_add_outline (book, flow, dtext, 1, TRUE, ddest);
  sj_flow_add_shaded (flow, dl, grey, 4, "p3-dimension");
  sj_flow_space (flow, book->size * 0.5);
}

/**
 * sj_book_build_part3:
 *
 * Each form starts a page; a piece of the book is a form with the headings printed over it
 * (the part's title, the dimensions that begin there, its mission and sub-items), so that an
 * edit of one project lays out its form's pages alone.
 */
void
sj_book_build_part3 (SjBook *book, SjFlow *flow)
{
  SjStyle bold = sj_book_style (book, book->size, TRUE, SJ_ALIGN_LEFT);
  gboolean headings = sj_book_prints_extra (book, "part3-headings");
  gboolean title_pending = TRUE;
  g_autoptr (GArray) pending = g_array_new (FALSE, FALSE, sizeof (guint)); /* dimensions */
  FormState fs = { 0 };

  for (guint d = 0; d < sj_plan_get_n_dimensions (book->plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (book->plan, d);
      g_autoptr (GHashTable) printed = g_hash_table_new (NULL, NULL); /* its sub-items */

      g_array_append_val (pending, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *mtext = g_strdup_printf ("%u.%u %s", d + 1, m + 1,
                                                    sj_mission_get_name (mission));
          gboolean mission_printed = FALSE;

          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              GPtrArray *subs = sj_project_get_sub_items (project);
              g_autoptr (GPtrArray) sub_texts = g_ptr_array_new_with_free_func (g_free);
              g_autoptr (GString) heads = g_string_new (title_pending ? "title" : "");
              g_autofree char *path = sj_model_path (G_OBJECT (project), NULL);
              g_autofree char *key = g_strdup_printf ("form:%s", *sj_project_get_id (project)
                                                                   ? sj_project_get_id (project)
                                                                   : path);
              g_autofree char *context = NULL;
              gboolean with_mission = !mission_printed && headings;

              if (g_cancellable_is_cancelled (book->cancellable))
                return; /* a newer edit: the book is given up (layout_all()) */

              /* The headings over the form: what of them the form's piece prints. */
              for (guint i = 0; i < pending->len; i++)
                {
                  g_autofree char *dtext = dimension_text (book, g_array_index (pending, guint, i));
                  g_string_append_printf (heads, "|%s", dtext);
                }
              if (with_mission)
                g_string_append_printf (heads, "|%s", mtext);
              if (sj_settings_get_sub_items (book->settings) && headings)
                for (guint s = 0; s < sj_mission_get_n_sub_items (mission); s++)
                  {
                    SjSubItem *sub = sj_mission_get_sub_item_at (mission, s);
                    gboolean mine = FALSE;
                    for (guint k = 0; k < subs->len; k++)
                      mine |= g_ptr_array_index (subs, k) == (gpointer) sub;
                    if (mine && !g_hash_table_contains (printed, sub))
                      {
                        char *stext = g_strdup_printf ("%u.%u.%u %s", d + 1, m + 1, s + 1,
                                                       sj_sub_item_get_name (sub));
                        g_string_append_printf (heads, "|%s", stext);
                        g_ptr_array_add (sub_texts, stext);
                        g_hash_table_add (printed, sub);
                      }
                  }
              context = form_context (book, project, heads->str);

              if (!sj_book_piece_begin (book, flow, key, 0, project, context))
                {
                  if (title_pending)
                    part3_title (book, flow);
                  for (guint i = 0; i < pending->len; i++)
                    dimension_heading (book, flow, g_array_index (pending, guint, i), &fs);
                  if (fs.page_has_form)
                    {
                      sj_flow_new_page (flow);
                      fs.page_has_form = FALSE;
                    }
                  if (with_mission)
                    {
                      sj_book_source (flow, mission, NULL);
                      sj_flow_add_heading (flow, mtext, &bold, "p3-mission", NULL);
                    }
                  for (guint i = 0; i < sub_texts->len; i++)
                    sj_flow_add_heading (flow, g_ptr_array_index (sub_texts, i), &bold,
                                         "p3-sub-item", NULL);
                  sj_flow_space (flow, book->size * 0.3);
                  project_form (book, flow, project, &fs);
                  sj_book_piece_end (book, flow);
                }
              title_pending = FALSE;
              g_array_set_size (pending, 0);
              mission_printed |= with_mission;
              fs.page_has_form = TRUE;
            }
        }
    }
  /* Dimensions without a project after the last form (and the title of a Part 3 without any). */
  if (title_pending)
    part3_title (book, flow);
  for (guint i = 0; i < pending->len; i++)
    dimension_heading (book, flow, g_array_index (pending, guint, i), &fs);
}
