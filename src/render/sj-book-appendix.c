/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-book"
#include "config.h"

#include "sj-book-private.h"
#include "sj-checker.h"
#include "sj-charts.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* ภาคผนวก ---------------------------------------------------------------------------------------- */

static void
build_order (SjBook *book, SjFlow *flow, SjOrder *order)
{
  SjStyle bold_center = sj_book_style (book, book->size, TRUE, SJ_ALIGN_CENTER);
  SjStyle plain = sj_book_style (book, book->size, FALSE, SJ_ALIGN_JUSTIFY);
  g_autofree char *head = g_strconcat ("คำสั่ง", sj_organisation_get_name (book->org), NULL);
  g_autofree char *number = g_strdup_printf ("ที่ %s", *sj_order_get_number (order)
                                                         ? sj_order_get_number (order)
                                                         : "        /      ");
  g_autofree char *subject = g_strconcat ("เรื่อง ", sj_order_get_title (order), NULL);
  double widths[4];
  SjTable *table;
  const char *group = NULL;
  gboolean saved = flow->thai;
  guint first_page;
  guint columns[3], n_cols = 0;

  sj_flow_new_page (flow);
  first_page = flow->pages->len - 1;
  sj_book_source (flow, order, NULL);
  sj_book_add_garuda (book, flow);
  flow->thai = book->thai_announcement;
  sj_book_heading (book, flow, head, sj_book_style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER), 1,
                   TRUE, "order-heading");
  sj_book_add_centered (book, flow, number, book->size, FALSE, "order-number");
  sj_flow_add_text (flow, subject, &bold_center, 0, "order-title");
  sj_book_rule (flow, SJ_MM (40));
  sj_flow_add_rich (flow, sj_order_get_preamble (order), 0);

  /* The columns the author chose, in their order, sharing the width by their weights. */
  {
    static const struct
    {
      const char *name;
      double weight;
    } known[] = { { "name", 0.36 }, { "position", 0.32 }, { "role", 0.32 } };
    g_auto (GStrv) names = g_strsplit_set (sj_order_get_columns (order), " ,", -1);
    double total = 0;
    for (guint i = 0; names[i] && n_cols < 3; i++)
      for (guint k = 0; k < G_N_ELEMENTS (known); k++)
        if (g_strcmp0 (names[i], known[k].name) == 0)
          {
            gboolean twice = FALSE;
            for (guint j = 0; j < n_cols; j++)
              twice |= columns[j] == k;
            if (!twice)
              {
                columns[n_cols++] = k;
                total += known[k].weight;
              }
          }
    if (n_cols == 0) /* none named: all three */
      for (guint k = 0; k < 3; k++)
        {
          columns[n_cols++] = k;
          total += known[k].weight;
        }
    widths[0] = SJ_MM (12);
    for (guint c = 0; c < n_cols; c++)
      widths[c + 1] = (flow->width - widths[0]) * known[columns[c]].weight / total;
  }
  table = sj_table_new (n_cols + 1, widths, 1.5);
  for (guint i = 0; i < sj_order_get_n_members (order); i++)
    {
      SjMember *m = sj_order_get_member_at (order, i);
      SjTableRow *row;
      g_autofree char *num = NULL;
      if (*sj_member_get_number (m)) /* as the signed order numbers it */
        num = g_strdup (sj_member_get_number (m));
      else
      switch (sj_settings_get_member_numbering (book->settings))
        {
        case SJ_MEMBER_NUMBERING_PAREN:
          num = g_strdup_printf ("(%u)", i + 1);
          break;
        case SJ_MEMBER_NUMBERING_NONE:
          num = g_strdup ("");
          break;
        case SJ_MEMBER_NUMBERING_DOT:
        default:
          num = g_strdup_printf ("%u.", i + 1);
          break;
        }
      const char *texts[3] = { sj_member_get_name (m), sj_member_get_position (m),
                               sj_member_get_role (m) };
      g_autoptr (PangoLayout) nl = NULL;

      if (*sj_member_get_group (m) && g_strcmp0 (group, sj_member_get_group (m)) != 0)
        {
          SjTableRow *gr = sj_table_add_row (table, FALSE);
          g_autoptr (PangoLayout) gl = sj_book_cell_layout (
            book, flow, sj_member_get_group (m), flow->width - 4, TRUE, SJ_ALIGN_LEFT, 0);
          sj_table_add_cell (gr, 0, n_cols + 1, 1, gl, "order-group", NULL);
          group = sj_member_get_group (m);
        }
      row = sj_table_add_row (table, FALSE);
      nl = sj_book_cell_layout (book, flow, num, widths[0] - 3, FALSE, SJ_ALIGN_RIGHT, 0);
      sj_table_add_cell (row, 0, 1, 1, nl, "order-member-number", NULL);
      for (guint c = 0; c < n_cols; c++)
        {
          g_autoptr (PangoLayout) l = sj_book_cell_layout (
            book, flow, texts[columns[c]], widths[c + 1] - 3, FALSE, SJ_ALIGN_LEFT, 0);
          static const char *const roles[] = { "order-member", "order-member-position",
                                               "order-member-role" };
          sj_table_add_cell (row, c + 1, 1, 1, l, roles[columns[c]], NULL);
        }
    }
  sj_flow_space (flow, book->size * 0.3);
  sj_flow_add_table (flow, table, 0, FALSE);
  sj_table_free (table);
  if (!sj_rich_is_empty (sj_order_get_duties (order)))
    {
      plain.indent = flow->paragraph_indent;
      sj_flow_space (flow, book->size * 0.3);
      if (*sj_order_get_duties_intro (order))
        sj_flow_add_text (flow, sj_order_get_duties_intro (order), &plain, 0, "order-duties-intro");
      sj_flow_add_rich (flow, sj_order_get_duties (order), flow->paragraph_indent);
    }
  if (*sj_order_get_effective (order))
    {
      plain.indent = flow->paragraph_indent;
      sj_flow_space (flow, book->size * 0.3);
      sj_flow_add_text (flow, sj_order_get_effective (order), &plain, 0, "order-effective");
    }
  if (sj_order_get_date (order))
    {
      g_autofree char *date = sj_date_format (sj_order_get_date (order),
                                              SJ_DATE_STYLE_FULL_MONTH, FALSE);
      g_autofree char *line = g_strconcat ("สั่ง ณ วันที่ ", date, NULL);
      sj_flow_space (flow, book->size * 0.5);
      sj_flow_keep_begin (flow); /* the date is never parted from the signature */
      sj_book_add_centered (book, flow, line, book->size, FALSE, "order-date");
      sj_flow_keep_end (flow);
    }
  sj_book_signature_block (book, flow, sj_order_get_signatory (order),
                           sj_order_get_acting_for (order));
  sj_book_mark_letter_pages (book, flow, first_page);
  flow->thai = saved;
}

gboolean
sj_book_appendix_has_content (SjBook *book)
{
  SjAnnouncement *ann = sj_plan_get_announcement (book->plan);
  return (ann && sj_announcement_get_placement (ann) == SJ_PLACEMENT_APPENDIX)
         || sj_plan_get_n_orders (book->plan) > 0;
}

void
sj_book_build_appendix (SjBook *book, SjFlow *flow)
{
  SjAnnouncement *ann = sj_plan_get_announcement (book->plan);
  SjStyle title = sj_book_style (book, book->size + 12, TRUE, SJ_ALIGN_CENTER);
  g_autofree char *dest = sj_book_new_dest (book, "appendix");

  sj_book_begin_part (book, flow, SJ_PART_APPENDIX, SJ_PAGE_NUMBER_BODY, book->thai_body, FALSE);
  sj_flow_add_dest (flow, dest);
  sj_book_add_outline (book, flow, "ภาคผนวก", 0, TRUE, dest);
  sj_flow_advance_to (flow, flow->page_height * 0.4);
  sj_flow_add_text (flow, "ภาคผนวก", &title, 0, "part-title");
  /* The order of the documents is the author's: ประกาศ before or after คำสั่ง. */
  for (int pass = 0; pass < 2; pass++)
    {
      gboolean orders_now = (pass == 0) == (sj_settings_get_appendix_order (book->settings)
                                            == SJ_APPENDIX_ORDER_ORDERS_FIRST);
      if (!orders_now && ann && sj_announcement_get_placement (ann) == SJ_PLACEMENT_APPENDIX)
        sj_book_build_announcement (book, flow, SJ_PART_APPENDIX, flow->numbering);
      if (orders_now)
        for (guint i = 0; i < sj_plan_get_n_orders (book->plan); i++)
          build_order (book, flow, sj_plan_get_order_at (book->plan, i));
    }
}

/* The E-PlanNACC annex ---------------------------------------------------------------------- */

void
sj_book_build_annex (SjBook *book, SjFlow *flow)
{
  guint n_years = sj_summary_get_n_years (book->summary);
  guint first = sj_summary_get_first_year (book->summary);
  g_autofree char *dest = sj_book_new_dest (book, "annex");
  SjStyle title = sj_book_style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER);
  SjStyle plain = sj_book_style (book, book->size - 2, FALSE, SJ_ALIGN_LEFT);
  gboolean thai = book->thai_tables;

  for (guint y = 0; y < n_years; y++)
    {
      guint year = first + y;
      g_autofree char *head = g_strdup_printf ("แผนปฏิบัติการป้องกันการทุจริต พ.ศ. %u ของ %s", year,
                                               sj_organisation_get_name (book->org));
      double unit = 0;
      double widths[9];
      SjTable *table;
      SjTableRow *hr1, *hr2;
      guint ticks[4] = { 0 };
      SjMoney total = 0;
      guint n_rows = 0;

      if (y == 0)
        {
          sj_book_begin_part (book, flow, SJ_PART_ANNEX, SJ_PAGE_NUMBER_BODY, thai, FALSE);
          sj_book_source (flow, book->plan, "annex-date");
          sj_flow_add_dest (flow, dest);
          sj_book_add_outline (book, flow, "แผนปฏิบัติการประจำปี (บันทึกในระบบ E-PlanNACC)", 0, TRUE,
                               dest);
        }
      else
        sj_flow_new_page (flow);
      flow->thai = thai;
      {
        g_autofree char *ydest = sj_book_new_dest (book, "annex-year");
        sj_flow_add_dest (flow, ydest);
        sj_book_add_outline (book, flow, head, 1, FALSE, ydest);
      }
      sj_flow_add_text (flow, head, &title, 0, "annex-title");
      sj_flow_space (flow, book->size * 0.3);

      unit = flow->width / 170.0;
      widths[0] = 11 * unit;
      widths[1] = 72 * unit;
      widths[2] = 10 * unit;
      widths[3] = 27 * unit;
      for (guint q = 0; q < 4; q++)
        widths[4 + q] = 8 * unit;
      widths[8] = 18 * unit;
      table = sj_table_new (9, widths, 2.0);
      hr1 = sj_table_add_row (table, TRUE);
      hr2 = sj_table_add_row (table, TRUE);
      {
        static const char *const h[] = { "ลำดับ", "รายการโครงการ (ตั้งต้น)", "มิติ", "งบประมาณ (บาท)" };
        for (guint c = 0; c < 4; c++)
          {
            g_autoptr (PangoLayout) l = sj_book_cell_layout (book, flow, h[c], widths[c] - 4, TRUE,
                                                             SJ_ALIGN_CENTER, 0);
            sj_table_add_cell (hr1, c, 1, 2, l, "annex-header", NULL);
          }
        {
          g_autoptr (PangoLayout) l = sj_book_cell_layout (
            book, flow, "ดำเนินการไตรมาส", widths[4] * 4 - 4, TRUE, SJ_ALIGN_CENTER, 0);
          g_autoptr (PangoLayout) r
            = sj_book_cell_layout (book, flow, "หมายเหตุ", widths[8] - 4, TRUE, SJ_ALIGN_CENTER, 0);
          sj_table_add_cell (hr1, 4, 4, 1, l, "annex-header", NULL);
          sj_table_add_cell (hr1, 8, 1, 2, r, "annex-header", NULL);
        }
        for (guint q = 0; q < 4; q++)
          {
            g_autofree char *t = g_strdup_printf ("%u", q + 1);
            g_autoptr (PangoLayout) l = sj_book_cell_layout (book, flow, t, widths[4] - 4, TRUE,
                                                             SJ_ALIGN_CENTER, 0);
            sj_table_add_cell (hr2, 4 + q, 1, 1, l, "annex-header", NULL);
          }
      }
      for (guint i = 0; i < sj_summary_get_n_projects (book->summary); i++)
        {
          SjProject *p = sj_summary_get_project (book->summary, i);
          SjProjectYear *py = sj_project_find_year (p, year);
          SjTableRow *row;
          SjMoney a;
          g_autofree char *num = NULL;
          g_autofree char *dim = NULL;
          g_autofree char *amount = NULL;
          g_autofree char *amount_shown = NULL;
          PangoLayout *l;

          if (py == NULL)
            continue;
          a = sj_summary_get_counted_amount (book->summary, p, y);
          total = sj_money_add (total, a);
          row = sj_table_add_row (table, FALSE);
          num = g_strdup_printf ("%u", ++n_rows);
          dim = g_strdup_printf ("%u", sj_summary_get_project_dimension (book->summary, p) + 1);
          amount = sj_money_format (a, SJ_MONEY_DECIMALS_ALWAYS, TRUE);
          l = sj_book_cell_layout (book, flow, num, widths[0] - 4, FALSE, SJ_ALIGN_CENTER, 0);
          sj_table_add_cell (row, 0, 1, 1, l, NULL, NULL);
          g_object_unref (l);
          {
            g_autofree char *ptitle = sj_project_get_display_title (p, FALSE);
            l = sj_book_cell_layout (book, flow, ptitle, widths[1] - 4, FALSE, SJ_ALIGN_LEFT, 0);
          }
          sj_table_add_cell (row, 1, 1, 1, l, "annex-project", NULL);
          g_object_unref (l);
          l = sj_book_cell_layout (book, flow, dim, widths[2] - 4, FALSE, SJ_ALIGN_CENTER, 0);
          sj_table_add_cell (row, 2, 1, 1, l, NULL, NULL);
          g_object_unref (l);
          amount_shown = g_strdup (amount);
          l = sj_book_cell_layout (book, flow, amount_shown, widths[3] - 4, FALSE, SJ_ALIGN_RIGHT,
                                   0);
          sj_table_add_cell (row, 3, 1, 1, l, "annex-amount", NULL);
          g_object_unref (l);
          for (guint q = 0; q < 4; q++)
            {
              gboolean on = (sj_project_year_get_quarters (py) >> q) & 1;
              ticks[q] += on;
              l = sj_book_cell_layout (book, flow, on ? "✓" : "", widths[4] - 4, FALSE,
                                       SJ_ALIGN_CENTER, 0);
              sj_table_add_cell (row, 4 + q, 1, 1, l, "annex-tick", NULL);
              g_object_unref (l);
            }
          sj_table_add_cell (row, 8, 1, 1, NULL, NULL, NULL);
        }
      {
        SjTableRow *row = sj_table_add_row (table, FALSE);
        g_autofree char *amount = sj_money_format (total, SJ_MONEY_DECIMALS_ALWAYS, TRUE);
        g_autoptr (PangoLayout) tl = sj_book_cell_layout (
          book, flow, "รวมทั้งสิ้น", widths[0] + widths[1] + widths[2] - 4, TRUE, SJ_ALIGN_CENTER, 0);
        g_autoptr (PangoLayout) al = sj_book_cell_layout (book, flow, amount, widths[3] - 4, TRUE,
                                                          SJ_ALIGN_RIGHT, 0);
        sj_table_row_set_keep (row, TRUE);
        sj_table_row_set_with_previous (row, TRUE);
        sj_table_row_set_shade (row, 0.9);
        sj_table_add_cell (row, 0, 3, 1, tl, NULL, NULL);
        sj_table_add_cell (row, 3, 1, 1, al, "annex-total", NULL);
        for (guint q = 0; q < 4; q++)
          {
            g_autofree char *c = g_strdup_printf ("%u", ticks[q]);
            g_autoptr (PangoLayout) l = sj_book_cell_layout (book, flow, c, widths[4] - 4, TRUE,
                                                             SJ_ALIGN_CENTER, 0);
            sj_table_add_cell (row, 4 + q, 1, 1, l, "annex-tick-count", NULL);
          }
        sj_table_add_cell (row, 8, 1, 1, NULL, NULL, NULL);
      }
      sj_flow_add_table (flow, table, 0, TRUE);
      sj_table_free (table);
      sj_flow_space (flow, book->size * 0.5);
      if (sj_plan_get_annex_date (book->plan))
        {
          g_autofree char *date = sj_date_format (sj_plan_get_annex_date (book->plan),
                                                  SJ_DATE_STYLE_PLAIN, FALSE);
          g_autofree char *line = g_strconcat ("** ข้อมูล ณ วันที่ ", date, NULL);
          sj_flow_add_text (flow, line, &plain, 0, "annex-date");
        }
      if (sj_plan_get_annex_issuer (book->plan))
        {
          g_autofree char *line
            = g_strconcat ("ชื่อ - สกุล ผู้ออกรายงาน ",
                           sj_person_get_name (sj_plan_get_annex_issuer (book->plan)), NULL);
          sj_flow_add_text (flow, line, &plain, 0, "annex-issuer");
        }
    }
}
