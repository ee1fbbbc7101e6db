/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-book"
#include "config.h"

#include "sj-book-private.h"
#include "sj-checker.h"
#include "sj-charts.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Part 1 ------------------------------------------------------------------------------------- */

static void
risk_table (SjBook *book, SjFlow *flow)
{
  double unit = flow->width / 160.0;
  double widths[5] = { 11 * unit, 29 * unit, 48 * unit, 22 * unit, 50 * unit };
  static const char *const headers[] = { "ลำดับที่", "ขั้นตอนการดำเนินงาน", "ประเด็นความเสี่ยงการทุจริต",
                                         "Risk Score", "มาตรการควบคุมความเสี่ยงการทุจริต" };
  SjTable *table = sj_table_new (5, widths, 3.0);
  SjTableRow *hr = sj_table_add_row (table, TRUE);
  double hang = (book->size - 2) * 0.9;
  gboolean saved = flow->thai;

  flow->thai = book->thai_tables;
  for (guint c = 0; c < 5; c++)
    {
      g_autoptr (PangoLayout) l = sj_book_cell_layout (book, flow, headers[c], widths[c] - 6, TRUE,
                                                       SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (hr, c, 1, 1, l, "risk-header", NULL);
    }
  for (guint i = 0; i < sj_plan_get_n_risk_steps (book->plan); i++)
    {
      SjRiskStep *step = sj_plan_get_risk_step_at (book->plan, i);
      SjTableRow *row = sj_table_add_row (table, FALSE);
      g_autoptr (GPtrArray) risks = g_ptr_array_new ();
      g_autoptr (GPtrArray) levels = g_ptr_array_new ();
      g_autoptr (GPtrArray) measures = g_ptr_array_new ();
      g_autofree char *num = g_strdup_printf ("%u", i + 1);
      g_autofree char *rtext = NULL;
      g_autofree char *ltext = NULL;
      g_autofree char *mtext = NULL;
      gboolean same_level = TRUE;
      PangoLayout *l;

      for (guint j = 0; j < sj_risk_step_get_n_risks (step); j++)
        {
          SjRiskItem *r = sj_risk_step_get_risk_at (step, j);
          g_ptr_array_add (risks, (gpointer) sj_risk_item_get_text (r));
          g_ptr_array_add (levels, (gpointer) sj_risk_level_label (sj_risk_item_get_level (r)));
          if (j > 0 && sj_risk_item_get_level (r)
                         != sj_risk_item_get_level (sj_risk_step_get_risk_at (step, 0)))
            same_level = FALSE;
        }
      if (same_level && levels->len > 1)
        g_ptr_array_set_size (levels, 1);
      for (guint j = 0; j < sj_risk_step_get_n_measures (step); j++)
        g_ptr_array_add (measures, (gpointer) sj_risk_measure_get_text (
                                     sj_risk_step_get_measure_at (step, j)));
      rtext = sj_book_numbered_lines (risks, FALSE);
      ltext = sj_book_numbered_lines (levels, FALSE);
      mtext = sj_book_numbered_lines (measures, FALSE);

      sj_book_row_source (row, step);
      l = sj_book_cell_layout (book, flow, num, widths[0] - 6, FALSE, SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (row, 0, 1, 1, l, "risk-number", NULL);
      g_object_unref (l);
      l = sj_book_cell_layout (book, flow, sj_risk_step_get_name (step), widths[1] - 6, FALSE,
                               SJ_ALIGN_LEFT, 0);
      sj_table_add_cell (row, 1, 1, 1, l, "risk-step", NULL);
      g_object_unref (l);
      l = sj_book_cell_layout (book, flow, rtext, widths[2] - 6, FALSE, SJ_ALIGN_LEFT,
                               risks->len > 1 ? hang : 0);
      sj_table_add_cell (row, 2, 1, 1, l, "risk-items", NULL);
      g_object_unref (l);
      l = sj_book_cell_layout (book, flow, ltext, widths[3] - 6, FALSE,
                               levels->len > 1 ? SJ_ALIGN_LEFT : SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (row, 3, 1, 1, l, "risk-level", NULL);
      g_object_unref (l);
      l = sj_book_cell_layout (book, flow, mtext, widths[4] - 6, FALSE, SJ_ALIGN_LEFT,
                               measures->len > 1 ? hang : 0);
      sj_table_add_cell (row, 4, 1, 1, l, "risk-measures", NULL);
      g_object_unref (l);
    }
  sj_flow_add_table (flow, table, 0, TRUE);
  sj_table_free (table);
  flow->thai = saved;
}

static void
swot_table (SjBook *book, SjFlow *flow, SjSwotKind left, SjSwotKind right, const char *left_title,
            const char *right_title)
{
  double code_w = SJ_MM (12);
  double text_w = (flow->width - 2 * code_w) / 2;
  double widths[4] = { code_w, text_w, code_w, text_w };
  SjTable *table = sj_table_new (4, widths, 3.0);
  SjTableRow *hr = sj_table_add_row (table, TRUE);
  g_autoptr (GPtrArray) a = g_ptr_array_new ();
  g_autoptr (GPtrArray) b = g_ptr_array_new ();
  g_autoptr (PangoLayout) lh
    = sj_book_cell_layout (book, flow, left_title, code_w + text_w - 6, TRUE, SJ_ALIGN_CENTER, 0);
  g_autoptr (PangoLayout) rh
    = sj_book_cell_layout (book, flow, right_title, code_w + text_w - 6, TRUE, SJ_ALIGN_CENTER, 0);

  sj_table_add_cell (hr, 0, 2, 1, lh, "swot-header", NULL);
  sj_table_add_cell (hr, 2, 2, 1, rh, "swot-header", NULL);
  for (guint i = 0; i < sj_plan_get_n_swot_items (book->plan); i++)
    {
      SjSwotItem *item = sj_plan_get_swot_item_at (book->plan, i);
      if (sj_swot_item_get_kind (item) == left)
        g_ptr_array_add (a, item);
      else if (sj_swot_item_get_kind (item) == right)
        g_ptr_array_add (b, item);
    }
  for (guint i = 0; i < MAX (a->len, b->len); i++)
    {
      SjTableRow *row = sj_table_add_row (table, FALSE);
      for (guint side = 0; side < 2; side++)
        {
          GPtrArray *list = side == 0 ? a : b;
          SjSwotItem *item = i < list->len ? g_ptr_array_index (list, i) : NULL;
          g_autoptr (PangoLayout) code = NULL;
          g_autoptr (PangoLayout) text = NULL;
          if (item == NULL)
            {
              sj_table_add_cell (row, side * 2, 1, 1, NULL, NULL, NULL);
              sj_table_add_cell (row, side * 2 + 1, 1, 1, NULL, NULL, NULL);
              continue;
            }
          code = sj_book_cell_layout (book, flow, sj_swot_item_get_code (item), code_w - 6, TRUE,
                                      SJ_ALIGN_CENTER, 0);
          text = sj_book_cell_layout (book, flow, sj_swot_item_get_text (item), text_w - 6, FALSE,
                                      SJ_ALIGN_LEFT, 0);
          sj_table_add_cell (row, side * 2, 1, 1, code, "swot-code", NULL);
          sj_table_add_cell (row, side * 2 + 1, 1, 1, text, "swot-text", NULL);
        }
    }
  sj_flow_add_table (flow, table, 0, TRUE);
  sj_table_free (table);
}

static char *
strategy_codes (SjStrategy *s)
{
  g_auto (GStrv) codes = g_strsplit_set (sj_strategy_get_codes (s), " +,", -1);
  g_autoptr (GString) out = g_string_new (NULL);

  if (*sj_strategy_get_lead (s))
    g_string_append_printf (out, "%s ", sj_strategy_get_lead (s));
  for (guint i = 0; codes[i]; i++)
    {
      if (*codes[i] == '\0')
        continue;
      if (out->len && !g_str_has_suffix (out->str, " "))
        g_string_append (out, " + ");
      g_string_append (out, codes[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
build_swot (SjBook *book, SjFlow *flow)
{
  SjStyle bold = sj_book_style (book, book->size, TRUE, SJ_ALIGN_LEFT);
  SjStyle center = sj_book_style (book, book->size, TRUE, SJ_ALIGN_CENTER);
  g_autoptr (SjRich) strategies = NULL;

  SjBlock *list;

  if (sj_plan_get_n_swot_items (book->plan) == 0)
    return;
  sj_book_heading (book, flow, "การวิเคราะห์สภาพแวดล้อม", bold, 2, FALSE, "swot-heading");
  sj_flow_add_rich (flow, sj_plan_get_swot_intro (book->plan), 0);
  sj_flow_add_heading (flow, "ตารางวิเคราะห์สภาพแวดล้อมภายใน", &center, NULL, NULL);
  swot_table (book, flow, SJ_SWOT_KIND_STRENGTH, SJ_SWOT_KIND_WEAKNESS, "จุดแข็ง (Strengths)",
              "จุดอ่อน (Weaknesses)");
  sj_flow_space (flow, book->size);
  sj_flow_add_heading (flow, "ตารางวิเคราะห์สภาพแวดล้อมภายนอก", &center, NULL, NULL);
  swot_table (book, flow, SJ_SWOT_KIND_OPPORTUNITY, SJ_SWOT_KIND_THREAT, "โอกาส (Opportunities)",
              "อุปสรรค (Threats)");
  sj_flow_space (flow, book->size);

  if (sj_plan_get_n_strategies (book->plan) > 0)
    {
      sj_book_heading (book, flow, "กลยุทธ์และแนวทางตามกลยุทธ์ที่สำคัญ", bold, 2, FALSE,
                       "strategies-heading");
      strategies = sj_rich_new ();
      list = sj_block_new_list (SJ_LIST_NUMBER_PAREN, 1);
      for (guint i = 0; i < sj_plan_get_n_strategies (book->plan); i++)
        {
          SjStrategy *s = sj_plan_get_strategy_at (book->plan, i);
          g_autofree char *codes = strategy_codes (s);
          SjBlock *p = sj_block_new_paragraph ();
          sj_block_add_run (p, codes, SJ_RUN_BOLD, NULL);
          sj_block_add_run (p, " ", 0, NULL);
          sj_block_add_run (p, sj_strategy_get_text (s), 0, NULL);
          g_ptr_array_add (sj_block_add_item (list), p);
        }
      g_ptr_array_add (sj_rich_get_blocks (strategies), list);
      sj_flow_add_rich (flow, strategies, 0);
    }
  if (sj_book_prints_chart (book, "swot"))
    sj_chart_add_swot (flow, book->plan);
}

static void
target_table (SjBook *book, SjFlow *flow)
{
  guint n_years = sj_summary_get_n_years (book->summary);
  guint first = sj_summary_get_first_year (book->summary);
  double year_w = MIN (SJ_MM (20), flow->width * 0.6 / n_years);
  double widths[SJ_MAX_YEARS + 1];
  SjTable *table;
  SjTableRow *hr;
  gboolean saved = flow->thai;
  g_autoptr (PangoLayout) h0 = NULL;

  if (sj_plan_get_n_targets (book->plan) == 0)
    return;
  flow->thai = book->thai_tables;
  widths[0] = flow->width - year_w * n_years;
  for (guint y = 0; y < n_years; y++)
    widths[y + 1] = year_w;
  table = sj_table_new (n_years + 1, widths, 3.0);
  hr = sj_table_add_row (table, TRUE);
  h0 = sj_book_cell_layout (book, flow, "ค่าเป้าหมาย", widths[0] - 6, TRUE, SJ_ALIGN_CENTER, 0);
  sj_table_add_cell (hr, 0, 1, 1, h0, "target-header", NULL);
  for (guint y = 0; y < n_years; y++)
    {
      g_autofree char *t = g_strdup_printf ("ปี %u", first + y);
      g_autoptr (PangoLayout) l
        = sj_book_cell_layout (book, flow, t, year_w - 6, TRUE, SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (hr, y + 1, 1, 1, l, "target-header", NULL);
    }
  for (guint i = 0; i < sj_plan_get_n_targets (book->plan); i++)
    {
      SjTarget *target = sj_plan_get_target_at (book->plan, i);
      SjTableRow *row = sj_table_add_row (table, FALSE);
      g_autoptr (PangoLayout) label = sj_book_cell_layout (book, flow, sj_target_get_label (target),
                                                           widths[0] - 6, FALSE, SJ_ALIGN_LEFT, 0);
      sj_table_add_cell (row, 0, 1, 1, label, "target-label", NULL);
      for (guint y = 0; y < n_years; y++)
        {
          const char *value = NULL;
          g_autofree char *text = NULL;
          g_autoptr (PangoLayout) l = NULL;
          for (guint k = 0; k < sj_target_get_n_values (target); k++)
            {
              SjYearValue *v = sj_target_get_value_at (target, k);
              if ((guint) sj_year_value_get_year (v) == first + y)
                value = sj_year_value_get_value (v);
            }
          if (value == NULL)
            text = g_strdup ("-");
          else
            {
              text = g_strjoin (" ", sj_target_get_prefix (target), value,
                                sj_target_get_suffix (target), NULL);
              g_strstrip (text);
            }
          l = sj_book_cell_layout (book, flow, text, year_w - 6, FALSE, SJ_ALIGN_CENTER, 0);
          sj_table_add_cell (row, y + 1, 1, 1, l, "target-value", NULL);
        }
    }
  sj_flow_add_table (flow, table, 0, TRUE);
  sj_table_free (table);
  flow->thai = saved;
}

static void
section (SjBook *book, SjFlow *flow, const char *title, const char *property)
{
  g_autoptr (SjRich) body = NULL;

  g_object_get (book->plan, property, &body, NULL);
  sj_book_source (flow, book->plan, property);
  sj_book_heading (book, flow, title, sj_book_style (book, book->size, TRUE, SJ_ALIGN_LEFT), 1,
                   TRUE, "section-heading");
  sj_flow_add_rich (flow, body, 0);
}

void
sj_book_build_part1 (SjBook *book, SjFlow *flow)
{
  SjStyle title = sj_book_style (book, book->size + 4, TRUE, SJ_ALIGN_CENTER);
  SjStyle bold = sj_book_style (book, book->size, TRUE, SJ_ALIGN_LEFT);
  g_autofree char *dest = sj_book_new_dest (book, "part1");
  g_autoptr (PangoLayout) l = NULL;

  sj_book_begin_part (book, flow, SJ_PART_PART1, SJ_PAGE_NUMBER_BODY, book->thai_body, FALSE);
  sj_flow_add_dest (flow, dest);
  sj_book_add_outline (book, flow, "ส่วนที่ 1 บทนำ", 0, TRUE, dest);
  sj_flow_add_text (flow, "ส่วนที่ 1\nบทนำ", &title, 0, "part-title");
  sj_flow_space (flow, book->size);

  sj_book_heading (book, flow, "1. การประเมินความเสี่ยงการทุจริตในองค์กร", bold, 1, TRUE,
                   "section-heading");
  for (guint i = 0; i < sj_plan_get_n_analysis (book->plan); i++)
    {
      SjSection *s = sj_plan_get_section_at (book->plan, i);
      sj_book_source (flow, s, NULL);
      if (*sj_section_get_title (s))
        sj_book_heading (book, flow, sj_section_get_title (s), bold, 2, FALSE, "analysis-heading");
      sj_flow_add_rich (flow, sj_section_get_body (s), 0);
    }
  sj_book_source (flow, book->plan, "swot-items");
  build_swot (book, flow);
  if (sj_plan_get_n_risk_steps (book->plan) > 0)
    {
      sj_book_source (flow, book->plan, "risk-steps");
      sj_flow_space (flow, book->size * 0.5);
      sj_book_heading (book, flow, "การประเมินความเสี่ยงการทุจริตในองค์กร", bold, 2, FALSE,
                       "risk-heading");
      sj_flow_add_rich (flow, sj_plan_get_risk_intro (book->plan), 0);
      risk_table (book, flow);
      if (sj_book_prints_chart (book, "risk"))
        {
          sj_flow_space (flow, book->size);
          sj_chart_add_risk (flow, book->plan);
        }
    }
  sj_flow_space (flow, book->size * 0.5);
  section (book, flow, "2. หลักการและเหตุผล", "rationale");
  section (book, flow, "3. วัตถุประสงค์ของการจัดทำแผน", "objectives");
  section (book, flow, "4. เป้าหมาย", "goals");
  sj_book_source (flow, book->plan, "targets");
  target_table (book, flow);
  if (sj_book_prints_chart (book, "targets"))
    {
      sj_flow_space (flow, book->size * 0.5);
      sj_chart_add_targets (flow, book->plan);
    }
  section (book, flow, "5. ประโยชน์ของการจัดทำแผน", "benefits");
  sj_flow_set_source (flow, NULL);
  (void) l;
}
