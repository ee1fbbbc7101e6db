/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-report-book"
#include "config.h"

#include "sj-book-private.h"
#include "sj-charts.h"
#include "sj-date.h"
#include "sj-report.h"
#include "sj-thai.h"

/* The progress report of a fiscal year and round, printed by the engine of the book: รายงานผล
 * การดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต … รอบ ๖/๑๒ เดือน. A landscape table as seed 000 has
 * it (the two-row header on every page, a column per status with a tick, the amounts with two
 * decimals, the remark), a row of totals per dimension, the summary computed from the rows with
 * its formulas, the problems and suggestions of the round and the reporter. */

#define N_STATUS 4

/* The order of the status columns: as the seed's report prints them. */
static const SjProgressStatus status_columns[N_STATUS] = {
  SJ_PROGRESS_STATUS_DONE,
  SJ_PROGRESS_STATUS_IN_PROGRESS,
  SJ_PROGRESS_STATUS_PENDING,
  SJ_PROGRESS_STATUS_CANNOT,
};

static const char *const status_headers[N_STATUS] = {
  "ดำเนินการแล้วเสร็จ",
  "อยู่ระหว่างดำเนินการ",
  "ยังไม่ได้ดำเนินการ",
  "ไม่สามารถดำเนินการได้",
};

typedef struct
{
  SjBook *book;
  SjFlow *flow;
  SjReportData *data;
  SjTable *table;
  double widths[9];
  gboolean thai;
} Report;

static char *
money2 (Report *r, SjMoney amount)
{
  g_autofree char *text = NULL;

  if (amount == SJ_MONEY_NONE)
    return g_strdup ("-");
  if (amount == SJ_MONEY_OVERFLOW)
    return g_strdup ("—");
  text = sj_money_format (amount, SJ_MONEY_DECIMALS_ALWAYS, TRUE);
  return sj_thai_digits_if (text, r->thai);
}

static void
cell (Report *r, SjTableRow *row, guint col, guint colspan, guint rowspan, const char *text,
      gboolean bold, SjAlign align, const char *role)
{
  double w = 0;
  g_autoptr (PangoLayout) l = NULL;

  for (guint c = col; c < col + colspan; c++)
    w += r->widths[c];
  l = sj_book_cell_layout (r->book, r->flow, text ? text : "", w - 6, bold, align, 0);
  sj_table_add_cell (row, col, colspan, rowspan, l, role, NULL);
}

static void
header (Report *r)
{
  SjTableRow *h1 = sj_table_add_row (r->table, TRUE);
  SjTableRow *h2 = sj_table_add_row (r->table, TRUE);

  cell (r, h1, 0, 1, 2, "ลำดับ", TRUE, SJ_ALIGN_CENTER, "report-header");
  cell (r, h1, 1, 1, 2, "โครงการ/กิจกรรม/มาตรการ", TRUE, SJ_ALIGN_CENTER, "report-header");
  cell (r, h1, 2, 1, 2, "งบประมาณ (บาท)", TRUE, SJ_ALIGN_CENTER, "report-header");
  cell (r, h1, 3, N_STATUS, 1, "ผลการดำเนินงาน", TRUE, SJ_ALIGN_CENTER, "report-header");
  for (guint k = 0; k < N_STATUS; k++)
    cell (r, h2, 3 + k, 1, 1, status_headers[k], TRUE, SJ_ALIGN_CENTER, "report-header");
  cell (r, h1, 7, 1, 2, "เบิกจ่าย (บาท)", TRUE, SJ_ALIGN_CENTER, "report-header");
  cell (r, h1, 8, 1, 2, "หมายเหตุ", TRUE, SJ_ALIGN_CENTER, "report-header");
}

static void
project_row (Report *r, const SjReportRow *row)
{
  SjTableRow *tr = sj_table_add_row (r->table, FALSE);
  g_autofree char *number = g_strdup_printf ("%u", row->number);
  g_autofree char *title = sj_project_get_display_title (row->project, r->thai);
  g_autofree char *budget = row->budget == SJ_MONEY_NONE ? g_strdup ("ไม่ใช้งบประมาณ")
                                                         : money2 (r, row->budget);
  g_autofree char *disbursed = money2 (r, row->disbursed);
  GString *remark = g_string_new (NULL);
  g_autofree char *remark_text = NULL;

  if (row->shares_with != NULL)
    {
      g_autofree char *n = g_strdup_printf ("งบประมาณร่วมกับลำดับที่ %u",
                                            sj_summary_get_project_number (r->data->summary,
                                                                           row->shares_with));
      g_string_append (remark, n);
    }
  if (row->progress && *sj_progress_get_achieved (row->progress))
    {
      if (remark->len)
        g_string_append_c (remark, '\n');
      g_string_append (remark, sj_progress_get_achieved (row->progress));
    }
  if (row->progress && *sj_progress_get_note (row->progress))
    g_string_append_printf (remark, "%s%s", remark->len ? "\n" : "",
                            sj_progress_get_note (row->progress));
  remark_text = g_string_free (remark, FALSE);
  sj_book_row_source (tr, row->progress ? (gpointer) row->progress : (gpointer) row->project);
  cell (r, tr, 0, 1, 1, number, FALSE, SJ_ALIGN_CENTER, "report-number");
  cell (r, tr, 1, 1, 1, title, FALSE, SJ_ALIGN_LEFT, "report-title");
  cell (r, tr, 2, 1, 1, budget, FALSE, SJ_ALIGN_RIGHT, "report-budget");
  for (guint k = 0; k < N_STATUS; k++)
    cell (r, tr, 3 + k, 1, 1, row->status == status_columns[k] ? "✓" : "", FALSE,
          SJ_ALIGN_CENTER, row->status == status_columns[k] ? "report-tick" : NULL);
  cell (r, tr, 7, 1, 1, disbursed, FALSE, SJ_ALIGN_RIGHT, "report-disbursed");
  cell (r, tr, 8, 1, 1, remark_text, FALSE, SJ_ALIGN_LEFT, "report-remark");
}

static void
totals_row (Report *r, const SjReportTotals *t, const char *label, double shade,
            const char *role)
{
  SjTableRow *tr = sj_table_add_row (r->table, FALSE);
  g_autofree char *budget = money2 (r, t->budget);
  g_autofree char *disbursed = money2 (r, t->disbursed);
  g_autofree char *count_role = g_strdup_printf ("%s-count", role);
  g_autofree char *budget_role = g_strdup_printf ("%s-budget", role);
  g_autofree char *disbursed_role = g_strdup_printf ("%s-disbursed", role);

  sj_table_row_set_keep (tr, TRUE);
  sj_table_row_set_with_previous (tr, TRUE);
  sj_table_row_set_shade (tr, shade);
  cell (r, tr, 0, 2, 1, label, TRUE, SJ_ALIGN_CENTER, role);
  cell (r, tr, 2, 1, 1, budget, TRUE, SJ_ALIGN_RIGHT, budget_role);
  for (guint k = 0; k < N_STATUS; k++)
    {
      g_autofree char *n = g_strdup_printf ("%u", t->by_status[status_columns[k]]);
      g_autofree char *shown = sj_thai_digits_if (n, r->thai);
      g_autofree char *k_role = g_strdup_printf ("%s-status-%u", role, k);
      cell (r, tr, 3 + k, 1, 1, shown, TRUE, SJ_ALIGN_CENTER, k_role);
    }
  cell (r, tr, 7, 1, 1, disbursed, TRUE, SJ_ALIGN_RIGHT, disbursed_role);
  {
    g_autofree char *n = g_strdup_printf ("%u โครงการ", t->n);
    g_autofree char *shown = sj_thai_digits_if (n, r->thai);
    cell (r, tr, 8, 1, 1, shown, TRUE, SJ_ALIGN_LEFT, count_role);
  }
}

static void
table (Report *r)
{
  SjPlan *plan = r->book->plan;
  double w = r->flow->width;
  static const double share[9] = { 0.05, 0.29, 0.10, 0.075, 0.075, 0.075, 0.075, 0.10, 0.16 };

  for (guint c = 0; c < 9; c++)
    r->widths[c] = w * share[c];
  r->table = sj_table_new (9, r->widths, 3.0);
  header (r);
  for (guint d = 0; d < r->data->n_dimensions; d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      g_autofree char *name = g_strdup_printf ("มิติที่ %u %s", d + 1, sj_dimension_get_name (dim));
      g_autofree char *total = g_strdup_printf ("รวมมิติที่ %u", d + 1);
      g_autofree char *role = g_strdup_printf ("report-subtotal-%u", d + 1);
      g_autofree char *shown_name = sj_thai_digits_if (name, r->thai);
      g_autofree char *shown_total = sj_thai_digits_if (total, r->thai);
      SjTableRow *dr;
      gboolean any = FALSE;

      for (guint i = 0; i < r->data->rows->len && !any; i++)
        any = g_array_index (r->data->rows, SjReportRow, i).dimension == d;
      if (!any)
        continue;
      dr = sj_table_add_row (r->table, FALSE);
      sj_table_row_set_shade (dr, 0.95);
      sj_table_row_set_keep (dr, TRUE);
      cell (r, dr, 0, 9, 1, shown_name, TRUE, SJ_ALIGN_LEFT, "report-dimension");
      for (guint i = 0; i < r->data->rows->len; i++)
        {
          const SjReportRow *row = &g_array_index (r->data->rows, SjReportRow, i);
          if (row->dimension == d)
            project_row (r, row);
        }
      totals_row (r, &r->data->dimensions[d], shown_total, 0.92, role);
    }
  totals_row (r, &r->data->total, "รวมทั้งสิ้น", 0.86, "report-total");
  sj_flow_add_table (r->flow, r->table, 0, TRUE);
  sj_table_free (r->table);
  r->table = NULL;
}

static void
line (Report *r, const char *text, const char *role)
{
  SjStyle body = sj_book_style (r->book, r->book->size, FALSE, SJ_ALIGN_LEFT);
  g_autofree char *shown = sj_thai_digits_if (text, r->thai);

  body.indent = r->flow->paragraph_indent;
  sj_flow_add_text (r->flow, shown, &body, 0, role);
}

/* The summary, computed from the rows, with the formulas written out. */
static void
summary (Report *r)
{
  const SjReportTotals *t = &r->data->total;
  SjStyle bold = sj_book_style (r->book, r->book->size, TRUE, SJ_ALIGN_LEFT);
  g_autofree char *done = sj_report_share (t->by_status[SJ_PROGRESS_STATUS_DONE], t->n, FALSE);
  g_autofree char *carried = sj_report_share (t->by_status[SJ_PROGRESS_STATUS_DONE]
                                                + t->by_status[SJ_PROGRESS_STATUS_IN_PROGRESS],
                                              t->n, FALSE);
  g_autofree char *spent = sj_report_money_share (t->disbursed, t->budget, FALSE);
  g_autofree char *budget = money2 (r, t->budget);
  g_autofree char *disbursed = money2 (r, t->disbursed);
  g_autofree char *l1 = NULL, *l2 = NULL, *l3 = NULL, *l4 = NULL, *l5 = NULL;

  sj_flow_space (r->flow, r->book->size * 0.6);
  sj_flow_add_heading (r->flow, "สรุปผลการดำเนินงาน", &bold, "report-summary-heading", NULL);
  l1 = g_strdup_printf ("โครงการ/กิจกรรม/มาตรการตามแผนในปีงบประมาณ พ.ศ. %u ทั้งสิ้น %u โครงการ "
                        "ดำเนินการแล้วเสร็จ %u โครงการ อยู่ระหว่างดำเนินการ %u โครงการ "
                        "ยังไม่ได้ดำเนินการ %u โครงการ ไม่สามารถดำเนินการได้ %u โครงการ",
                        r->data->year, t->n, t->by_status[SJ_PROGRESS_STATUS_DONE],
                        t->by_status[SJ_PROGRESS_STATUS_IN_PROGRESS],
                        t->by_status[SJ_PROGRESS_STATUS_PENDING],
                        t->by_status[SJ_PROGRESS_STATUS_CANNOT]);
  line (r, l1, "report-summary-counts");
  l2 = g_strdup_printf ("ดำเนินการแล้วเสร็จ คิดเป็นร้อยละ %s (จำนวนที่ดำเนินการแล้วเสร็จ × 100 ÷ "
                        "จำนวนทั้งสิ้น)", done);
  line (r, l2, "report-summary-done");
  l3 = g_strdup_printf ("ดำเนินการแล้วเสร็จและอยู่ระหว่างดำเนินการ คิดเป็นร้อยละ %s", carried);
  line (r, l3, "report-summary-carried");
  l4 = g_strdup_printf ("งบประมาณ %s บาท เบิกจ่าย %s บาท คิดเป็นร้อยละ %s (เบิกจ่าย × 100 ÷ "
                        "งบประมาณ)", budget, disbursed, spent);
  line (r, l4, "report-summary-money");
  l5 = g_strdup ("ตัวเลขทุกจำนวนในรายงานนี้คำนวณจากรายการในตาราง");
  line (r, l5, NULL);
}

static void
round_texts (Report *r)
{
  SjReport *report = r->data->report;
  SjStyle bold = sj_book_style (r->book, r->book->size, TRUE, SJ_ALIGN_LEFT);

  if (report == NULL)
    return;
  if (!sj_rich_is_empty (sj_report_get_problems (report)))
    {
      sj_flow_space (r->flow, r->book->size * 0.4);
      sj_flow_add_heading (r->flow, "ปัญหาและอุปสรรค", &bold, "report-problems-heading", NULL);
      sj_flow_add_rich (r->flow, sj_report_get_problems (report), 0);
    }
  if (!sj_rich_is_empty (sj_report_get_suggestions (report)))
    {
      sj_flow_space (r->flow, r->book->size * 0.4);
      sj_flow_add_heading (r->flow, "ข้อเสนอแนะ", &bold, "report-suggestions-heading", NULL);
      sj_flow_add_rich (r->flow, sj_report_get_suggestions (report), 0);
    }
  if (*sj_report_get_reporter_name (report))
    {
      SjStyle st = sj_book_style (r->book, r->book->size, FALSE, SJ_ALIGN_CENTER);
      g_autofree char *text
        = g_strdup_printf ("ผู้รายงาน %s\n%s", sj_report_get_reporter_name (report),
                           sj_report_get_reporter_position (report));
      g_autoptr (PangoLayout) l = sj_flow_text_layout (r->flow, g_strstrip (text), &st,
                                                       r->flow->width * 0.45);
      sj_flow_space (r->flow, r->book->size);
      sj_flow_place_layout (r->flow, l, r->flow->width * 0.55, "report-reporter");
    }
}

/* The OIT checklist of the report's year: each item with its unit, the projects whose work
 * produces it, its address and status; then what is missing. */
static void
oit_section (Report *r)
{
  SjPlan *plan = r->book->plan;
  SjStyle bold = sj_book_style (r->book, r->book->size, TRUE, SJ_ALIGN_LEFT);
  static const double share[6] = { 0.07, 0.30, 0.14, 0.12, 0.25, 0.12 };
  guint n = 0, no_url = 0, no_project = 0;
  g_autofree char *heading = NULL;

  for (guint i = 0; i < sj_plan_get_n_oit_items (plan); i++)
    n += (guint) sj_oit_item_get_year (sj_plan_get_oit_item_at (plan, i)) == r->data->year;
  if (n == 0)
    return;
  for (guint c = 0; c < 6; c++)
    r->widths[c] = r->flow->width * share[c];
  r->table = sj_table_new (6, r->widths, 3.0);
  {
    SjTableRow *h = sj_table_add_row (r->table, TRUE);
    static const char *const heads[6] = { "รหัส", "รายการข้อมูลที่เผยแพร่", "หน่วยงานที่รับผิดชอบ",
                                          "โครงการที่ผลิตหลักฐาน", "ที่อยู่บนเว็บไซต์ (URL)",
                                          "สถานะ" };
    for (guint c = 0; c < 6; c++)
      cell (r, h, c, 1, 1, heads[c], TRUE, SJ_ALIGN_CENTER, "oit-header");
  }
  for (guint i = 0; i < sj_plan_get_n_oit_items (plan); i++)
    {
      SjOitItem *item = sj_plan_get_oit_item_at (plan, i);
      SjTableRow *row;
      GPtrArray *projects = sj_oit_item_get_projects (item);
      g_autoptr (GString) numbers = g_string_new (NULL);
      SjUnit *unit = sj_oit_item_get_unit (item);
      const char *url = sj_oit_item_get_url (item);

      if ((guint) sj_oit_item_get_year (item) != r->data->year)
        continue;
      for (guint k = 0; k < projects->len; k++)
        g_string_append_printf (numbers, "%sลำดับที่ %u", k ? ", " : "",
                                sj_summary_get_project_number (r->data->summary,
                                                               g_ptr_array_index (projects, k)));
      if (sj_oit_item_get_status (item) != SJ_OIT_STATUS_NOT_APPLICABLE)
        {
          no_url += sj_text_is_blank (url);
          no_project += projects->len == 0;
        }
      row = sj_table_add_row (r->table, FALSE);
      sj_book_row_source (row, item);
      cell (r, row, 0, 1, 1, sj_oit_item_get_code (item), FALSE, SJ_ALIGN_CENTER, "oit-code");
      cell (r, row, 1, 1, 1, sj_oit_item_get_name (item), FALSE, SJ_ALIGN_LEFT, "oit-name");
      cell (r, row, 2, 1, 1, unit ? sj_unit_get_name (unit) : "", FALSE, SJ_ALIGN_LEFT, NULL);
      cell (r, row, 3, 1, 1, numbers->len ? numbers->str : "-", FALSE, SJ_ALIGN_LEFT, NULL);
      cell (r, row, 4, 1, 1, sj_text_is_blank (url) ? "ยังไม่มี" : url, FALSE, SJ_ALIGN_LEFT,
            "oit-url");
      cell (r, row, 5, 1, 1, sj_oit_status_label (sj_oit_item_get_status (item)), FALSE,
            SJ_ALIGN_CENTER, NULL);
    }
  sj_flow_space (r->flow, r->book->size * 0.6);
  heading = g_strdup_printf ("การเผยแพร่ข้อมูลต่อสาธารณะ (OIT) ปี พ.ศ. %u", r->data->year);
  {
    g_autofree char *shown = sj_thai_digits_if (heading, r->thai);
    sj_flow_add_heading (r->flow, shown, &bold, "oit-heading", NULL);
  }
  sj_flow_add_table (r->flow, r->table, 0, TRUE);
  sj_table_free (r->table);
  r->table = NULL;
  {
    g_autofree char *missing = g_strdup_printf ("รายการที่ยังไม่มีที่อยู่บนเว็บไซต์ %u รายการ "
                                                "รายการที่ไม่มีโครงการใดผลิตหลักฐาน %u รายการ "
                                                "จากทั้งหมด %u รายการ",
                                                no_url, no_project, n);
    line (r, missing, "oit-missing");
  }
}

/**
 * sj_report_build:
 *
 * The report part of @book: the fiscal year and round of the book's options.
 */
void
sj_report_build (SjBook *book, SjFlow *flow)
{
  Report r = { book, flow, NULL, NULL, { 0 }, book->thai_tables };
  g_autofree char *period = sj_book_period_text (book, TRUE);
  g_autofree char *title
    = g_strdup_printf ("รายงานผลการดำเนินงานตาม%s %s", sj_book_plan_title (book), period);
  g_autofree char *sub = NULL;
  g_autofree char *outline = NULL;

  r.data = sj_report_data_new (book->plan, book->report_year, book->report_round);
  sj_book_begin_part (book, flow, SJ_PART_REPORT, SJ_PAGE_NUMBER_BODY, book->thai_body, TRUE);
  sj_flow_set_source (flow, NULL);
  sub = g_strdup_printf ("ประจำปีงบประมาณ พ.ศ. %u รอบ %u เดือน", book->report_year,
                         sj_round_months (book->report_round));
  outline = g_strdup_printf ("รายงานผลการดำเนินงาน %s", sub);
  sj_book_add_part_outline (book, flow, outline, "report");
  {
    g_autofree char *t = sj_thai_digits_if (title, flow->thai);
    g_autofree char *s = sj_thai_digits_if (sub, flow->thai);
    sj_book_add_centered (book, flow, t, book->size + 2, TRUE, "report-title");
    sj_book_add_centered (book, flow, s, book->size + 2, TRUE, "report-round");
  }
  sj_book_add_centered (book, flow, sj_organisation_get_name (book->org), book->size, TRUE,
                        "report-organisation");
  if (r.data->report && sj_report_get_as_of (r.data->report))
    {
      g_autofree char *date = sj_date_format (sj_report_get_as_of (r.data->report),
                                              SJ_DATE_STYLE_FULL, flow->thai);
      g_autofree char *as_of = g_strconcat ("ข้อมูล ณ วันที่ ", date, NULL);
      sj_book_add_centered (book, flow, as_of, book->size, FALSE, "report-as-of");
    }
  sj_flow_space (flow, book->size * 0.5);
  table (&r);
  summary (&r);
  if (r.data->total.n > 0)
    {
      sj_flow_space (flow, book->size * 0.6);
      sj_chart_add_report (flow, r.data);
    }
  round_texts (&r);
  oit_section (&r);
  sj_report_data_free (r.data);
}
