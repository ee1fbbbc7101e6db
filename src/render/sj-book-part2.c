/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-book"
#include "config.h"

#include "sj-book-private.h"
#include "sj-checker.h"
#include "sj-charts.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Part 2 ------------------------------------------------------------------------------------- */

char *
sj_book_project_label (SjBook *book, SjProject *p, gboolean with_code)
{
  guint n = sj_summary_get_project_number (book->summary, p);
  GPtrArray *subs = sj_project_get_sub_items (p);
  g_autoptr (GString) s = g_string_new (NULL);

  if (with_code && subs->len > 0 && sj_settings_get_sub_items (book->settings))
    {
      SjMission *mission = sj_summary_get_project_mission (book->summary, p);
      guint d = sj_summary_get_project_dimension (book->summary, p);
      SjDimension *dim = sj_plan_get_dimension_at (book->plan, d);
      guint m = 0, k = 0;
      for (guint i = 0; i < sj_dimension_get_n_missions (dim); i++)
        if (sj_dimension_get_mission_at (dim, i) == mission)
          m = i;
      for (guint i = 0; i < sj_mission_get_n_sub_items (mission); i++)
        if (sj_mission_get_sub_item_at (mission, i) == g_ptr_array_index (subs, 0))
          k = i;
      g_string_append_printf (s, "%u.%u.%u (%u) ", d + 1, m + 1, k + 1, n);
    }
  else
    g_string_append_printf (s, "%u) ", n);
  {
    g_autofree char *title = sj_project_get_display_title (p, FALSE);
    g_string_append (s, title);
  }
  if (*sj_project_get_title_note (p))
    g_string_append_printf (s, " %s", sj_project_get_title_note (p));
  {
    SjProject *owner = sj_summary_get_funding_owner (book->summary, p);
    if (owner)
      g_string_append_printf (s, " (ใช้งบประมาณร่วมกับลำดับที่ %u)",
                              sj_summary_get_project_number (book->summary, owner));
  }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
last_column_text (SjBook *book, SjProject *p)
{
  if (sj_settings_get_last_column (book->settings) == SJ_LAST_COLUMN_REMARK
      && *sj_project_get_table_remark (p))
    return g_strdup (sj_project_get_table_remark (p));
  return sj_project_get_short_unit (p);
}

/* A new Part 2 table with its two header rows, which repeat on every page. */
static SjTable *
part2_table_start (SjBook *book, SjFlow *flow, guint n_cols, const double *widths,
                   guint n_years, guint first, gboolean total_col)
{
  static const char *const left[] = { "มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ" };
  SjTable *table = sj_table_new (n_cols, widths, 3.0);
  SjTableRow *hr1 = sj_table_add_row (table, TRUE);
  SjTableRow *hr2 = sj_table_add_row (table, TRUE);
  guint col_last = n_cols - 1;
  const char *last;

  for (guint c = 0; c < 3; c++)
    {
      g_autoptr (PangoLayout) l = sj_book_cell_layout (book, flow, left[c], widths[c] - 6, TRUE,
                                                       SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (hr1, c, 1, 2, l, "p2-header", NULL);
    }
  for (guint y = 0; y < n_years + (total_col ? 1 : 0); y++)
    {
      g_autofree char *t = y < n_years ? g_strdup_printf ("ปี %u", first + y) : g_strdup ("รวม");
      g_autoptr (PangoLayout) l1 = sj_book_cell_layout (book, flow, t, widths[3 + y] - 6, TRUE,
                                                        SJ_ALIGN_CENTER, 0);
      g_autoptr (PangoLayout) l2 = sj_book_cell_layout (
        book, flow, "งบประมาณ (บาท)", widths[3 + y] - 6, TRUE, SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (hr1, 3 + y, 1, 1, l1, "p2-header", NULL);
      sj_table_add_cell (hr2, 3 + y, 1, 1, l2, "p2-header", NULL);
    }
  last = sj_settings_get_last_column (book->settings) == SJ_LAST_COLUMN_UNIT
           ? "หน่วยงานรับผิดชอบ" : "หมายเหตุ";
  {
    g_autoptr (PangoLayout) l = sj_book_cell_layout (book, flow, last, widths[col_last] - 6, TRUE,
                                                     SJ_ALIGN_CENTER, 0);
    sj_table_add_cell (hr1, col_last, 1, 2, l, "p2-header", NULL);
  }
  return table;
}

/* A row of totals (a dimension's or the plan's): label, project count, an amount per year and
 * for the whole period. It stays with the row before it and is never split. The amount cells'
 * roles are amount_role-Y. */
static void
part2_totals_row (SjBook *book, SjFlow *flow, SjTable *table, const double *widths,
                  guint n_years, gboolean total_col, const SjTotals *totals, const char *label,
                  double shade, const char *label_role, const char *count_role,
                  const char *amount_role)
{
  SjTableRow *row = sj_table_add_row (table, FALSE);
  gboolean by_type = sj_settings_get_count_by_type (book->settings);
  SjZeroStyle zero = sj_settings_get_zero_style (book->settings);
  guint col_last = 3 + n_years + (total_col ? 1 : 0);
  g_autofree char *count = sj_counts_text (totals, by_type, FALSE);
  g_autoptr (PangoLayout) rl
    = sj_book_cell_layout (book, flow, label, widths[0] + widths[1] - 6, TRUE, SJ_ALIGN_CENTER, 0);
  g_autoptr (PangoLayout) cl = sj_book_cell_layout (book, flow, count, widths[2] - 6, TRUE,
                                                    SJ_ALIGN_LEFT, 0);

  sj_table_row_set_keep (row, TRUE);
  sj_table_row_set_with_previous (row, TRUE);
  sj_table_row_set_shade (row, shade);
  sj_table_add_cell (row, 0, 2, 1, rl, label_role, NULL);
  sj_table_add_cell (row, 2, 1, 1, cl, count_role, NULL);
  for (guint y = 0; y < n_years + (total_col ? 1 : 0); y++)
    {
      SjMoney a = y < n_years ? totals->years[y] : totals->total;
      g_autofree char *cell = sj_money_cell (a, zero, book->thai_tables);
      g_autofree char *role = g_strdup_printf ("%s-%u", amount_role, y);
      if (sj_settings_get_totals_baht (book->settings) && a != 0 && a != SJ_MONEY_NONE
          && a != SJ_MONEY_OVERFLOW)
        {
          char *with_unit = g_strconcat (cell, " บาท", NULL);
          g_free (cell);
          cell = with_unit;
        }
      g_autoptr (PangoLayout) l = sj_book_cell_layout (book, flow, cell, widths[3 + y] - 6, TRUE,
                                                       SJ_ALIGN_RIGHT, 0);
      sj_table_add_cell (row, 3 + y, 1, 1, l, role, NULL);
    }
  sj_table_add_cell (row, col_last, 1, 1, NULL, NULL, NULL);
}

static void
part2_table (SjBook *book, SjFlow *flow)
{
  guint n_years = sj_summary_get_n_years (book->summary);
  guint first = sj_summary_get_first_year (book->summary);
  gboolean total_col = sj_settings_get_total_column (book->settings);
  guint n_cols = 3 + n_years + (total_col ? 1 : 0) + 1;
  double widths[16];
  double year_w = SJ_MM (total_col ? 19 : 20.5);
  /* Unit names (กองยุทธศาสตร์ฯ) need a little more room than remarks. */
  double last_w = SJ_MM (sj_settings_get_last_column (book->settings) == SJ_LAST_COLUMN_UNIT
                           ? 26 : 24);
  double dim_w = SJ_MM (28), mission_w = SJ_MM (40);
  SjZeroStyle zero = sj_settings_get_zero_style (book->settings);
  gboolean thai = book->thai_tables;
  SjTable *table;
  guint col_last = n_cols - 1;
  gboolean saved = flow->thai;

  flow->thai = thai;
  widths[0] = dim_w;
  widths[1] = mission_w;
  for (guint y = 0; y < n_years; y++)
    widths[3 + y] = year_w;
  if (total_col)
    widths[3 + n_years] = year_w + SJ_MM (2);
  widths[col_last] = last_w;
  {
    double used = 0;
    for (guint c = 0; c < n_cols; c++)
      if (c != 2)
        used += widths[c];
    widths[2] = flow->width - used;
  }
  table = part2_table_start (book, flow, n_cols, widths, n_years, first, total_col);

  for (guint d = 0; d < sj_plan_get_n_dimensions (book->plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (book->plan, d);
      const SjTotals *dt = sj_summary_get_dimension_totals (book->summary, d);
      guint dim_rows = 0;
      gboolean first_dim_row = TRUE;
      g_autofree char *dim_text = g_strdup_printf ("%u. %s", d + 1, sj_dimension_get_name (dim));
      g_autofree char *dim_cont = g_strdup_printf ("%s (ต่อ)", dim_text);

      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        dim_rows += sj_mission_get_n_projects (sj_dimension_get_mission_at (dim, m));
      if (dim_rows == 0)
        continue;
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          guint n = sj_mission_get_n_projects (mission);
          g_autofree char *mnum = g_strdup_printf ("%u.%u", d + 1, m + 1);
          const char *mname = *sj_mission_get_short_name (mission)
                                ? sj_mission_get_short_name (mission)
                                : sj_mission_get_name (mission);
          g_autoptr (GString) mtext_s = g_string_new (NULL);
          g_autofree char *mtext = NULL;
          g_autofree char *mcont = g_strdup_printf ("%s (ต่อ)", mnum);

          /* The mission, and on request the texts of its sub-items under it (x.y.z). */
          g_string_printf (mtext_s, "%s %s", mnum, mname);
          if (sj_settings_get_sub_items_in_part2 (book->settings)
              && sj_settings_get_sub_items (book->settings))
            for (guint s = 0; s < sj_mission_get_n_sub_items (mission); s++)
              g_string_append_printf (
                mtext_s, "\n%s.%u %s", mnum, s + 1,
                sj_sub_item_get_name (sj_mission_get_sub_item_at (mission, s)));
          mtext = g_strdup (mtext_s->str);

          for (guint p = 0; p < n; p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              SjTableRow *row = sj_table_add_row (table, FALSE);
              g_autofree char *label = sj_book_project_label (book, project, TRUE);

              g_autofree char *last = last_column_text (book, project);
              g_autoptr (PangoLayout) pl
                = sj_book_cell_layout (book, flow, label, widths[2] - 6, FALSE, SJ_ALIGN_LEFT, 0);
              g_autoptr (PangoLayout) ll = sj_book_cell_layout (book, flow, last, last_w - 6, FALSE,
                                                                SJ_ALIGN_LEFT, 0);
              SjMoney whole = 0;

              if (first_dim_row)
                {
                  g_autoptr (PangoLayout) dl = sj_book_cell_layout (book, flow, dim_text, dim_w - 6,
                                                                    FALSE, SJ_ALIGN_LEFT, 0);
                  g_autoptr (PangoLayout) dc = sj_book_cell_layout (book, flow, dim_cont, dim_w - 6,
                                                                    FALSE, SJ_ALIGN_LEFT, 0);
                  g_autofree char *dim_short = g_strdup_printf ("มิติที่ %u (ต่อ)", d + 1);
                  g_autoptr (PangoLayout) ds = sj_book_cell_layout (
                    book, flow, dim_short, dim_w - 6, FALSE, SJ_ALIGN_LEFT, 0);
                  sj_book_row_source (row, dim);
                  sj_table_add_cell (row, 0, 1, dim_rows, dl, "p2-dimension", dc);
                  sj_table_cell_set_continued_short (row, ds);
                  first_dim_row = FALSE;
                }
              if (p == 0)
                {
                  g_autoptr (PangoLayout) ml = sj_book_cell_layout (
                    book, flow, mtext, mission_w - 6, FALSE, SJ_ALIGN_LEFT, 0);
                  g_autoptr (PangoLayout) mc = sj_book_cell_layout (
                    book, flow, mcont, mission_w - 6, FALSE, SJ_ALIGN_LEFT, 0);
                  sj_book_row_source (row, mission);
                  sj_table_add_cell (row, 1, 1, n, ml, "p2-mission", mc);
                }
              sj_book_row_source (row, project);
              sj_table_add_cell (row, 2, 1, 1, pl, "p2-project", NULL);
              if (!sj_book_has_counted_amount (book, project, n_years))
                {
                  /* ไม่ใช้งบประมาณ, once across the years (and the whole-period column), as the
                   * originals print it: not a row of zeros */
                  guint span = n_years + (total_col ? 1 : 0);
                  double w = 0;
                  g_autoptr (PangoLayout) l = NULL;
                  for (guint y = 0; y < span; y++)
                    w += widths[3 + y];
                  l = sj_book_cell_layout (book, flow, "ไม่ใช้งบประมาณ", w - 6, FALSE,
                                           SJ_ALIGN_CENTER, 0);
                  sj_table_add_cell (row, 3, span, 1, l, "p2-no-budget", NULL);
                  sj_table_add_cell (row, col_last, 1, 1, ll, "p2-last", NULL);
                  continue;
                }
              for (guint y = 0; y < n_years; y++)
                {
                  SjMoney a = sj_summary_get_counted_amount (book->summary, project, y);
                  g_autofree char *cell = sj_money_cell (a, zero, thai);
                  g_autoptr (PangoLayout) l
                    = sj_book_cell_layout (book, flow, cell, year_w - 6, FALSE, SJ_ALIGN_RIGHT, 0);
                  whole = sj_money_add (whole, a);
                  sj_table_add_cell (row, 3 + y, 1, 1, l, "p2-amount", NULL);
                }
              if (total_col)
                {
                  g_autofree char *cell = sj_money_cell (whole, zero, thai);
                  g_autoptr (PangoLayout) l = sj_book_cell_layout (
                    book, flow, cell, widths[3 + n_years] - 6, FALSE, SJ_ALIGN_RIGHT, 0);
                  sj_table_add_cell (row, 3 + n_years, 1, 1, l, "p2-amount", NULL);
                }
              sj_table_add_cell (row, col_last, 1, 1, ll, "p2-last", NULL);
            }
        }
      /* The dimension's subtotal */
      {
        g_autofree char *count_role = g_strdup_printf ("p2-count-%u", d + 1);
        g_autofree char *amount_role = g_strdup_printf ("p2-subtotal-%u", d + 1);
        part2_totals_row (book, flow, table, widths, n_years, total_col, dt, "รวม", 0.94,
                          "p2-subtotal-label", count_role, amount_role);
      }
      if (sj_settings_get_dimension_page_break (book->settings)
          && d + 1 < sj_plan_get_n_dimensions (book->plan))
        {
          /* Lay out what we have, then start the next dimension on its own page. */
          sj_flow_add_table (flow, table, 0, TRUE);
          sj_table_free (table);
          sj_flow_new_page (flow);
          table = part2_table_start (book, flow, n_cols, widths, n_years, first,
                                     total_col);
        }
    }
  /* รวมทั้งสิ้น */
  part2_totals_row (book, flow, table, widths, n_years, total_col,
                    sj_summary_get_plan_totals (book->summary), "รวมทั้งสิ้น", 0.86,
                    "p2-total-label", "p2-count-total", "p2-total");
  sj_flow_add_table (flow, table, 0, TRUE);
  sj_table_free (table);
  flow->thai = saved;
}

void
sj_book_build_part2 (SjBook *book, SjFlow *flow)
{
  SjStyle title = sj_book_style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER);
  SjStyle body = sj_book_style (book, book->size, FALSE, SJ_ALIGN_JUSTIFY);
  g_autofree char *period = sj_book_period_text (book, TRUE);
  g_autofree char *head = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *dest = sj_book_new_dest (book, "part2");

  sj_book_begin_part (book, flow, SJ_PART_PART2, SJ_PAGE_NUMBER_BODY, book->thai_body, TRUE);
  sj_book_source (flow, book->plan, "dimensions");
  sj_flow_add_dest (flow, dest);
  sj_book_add_outline (book, flow, "ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต", 0, TRUE, dest);
  head = g_strdup_printf ("ส่วนที่ 2\n%s\n%s\n%s", sj_book_plan_title (book), period,
                          sj_organisation_get_name (book->org));
  sj_flow_add_text (flow, head, &title, 0, "part-title");
  sj_flow_space (flow, book->size * 0.5);
  intro = g_strdup_printf ("%s ได้ดำเนินการจัดทำ%s %s ประกอบด้วย โครงการ/กิจกรรม/มาตรการ รวมจำนวน "
                           "%u โครงการ ดังนี้",
                           sj_organisation_get_name (book->org), sj_book_plan_title (book), period,
                           sj_summary_get_plan_totals (book->summary)->n_projects);
  body.indent = flow->paragraph_indent;
  if (sj_book_prints_extra (book, "part2-intro"))
    sj_flow_add_text (flow, intro, &body, 0, "part2-intro");
  sj_flow_space (flow, book->size * 0.3);
  {
    g_autofree char *d2 = sj_book_new_dest (book, "p2table");
    sj_flow_add_dest (flow, d2);
    sj_book_add_outline (book, flow, "โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณที่ดำเนินการ แยกตาม 4 มิติ",
                         1, TRUE, d2);
  }
  part2_table (book, flow);
  sj_flow_space (flow, book->size);
  if (sj_book_prints_chart (book, "budget"))
  {
    SjStyle center = sj_book_style (book, book->size, TRUE, SJ_ALIGN_CENTER);
    g_autofree char *d3 = sj_book_new_dest (book, "budget-chart");
    sj_book_add_outline (book, flow, "แผนภูมิงบประมาณแยกตามมิติและปีงบประมาณ", 1, FALSE, d3);
    /* A heading: it goes to the next page with its chart when the chart does not fit. */
    sj_flow_add_heading (flow, "แผนภูมิงบประมาณแยกตามมิติและปีงบประมาณ", &center, "chart-title",
                         d3);
    sj_chart_add_budget (flow, book->summary);
  }
}
