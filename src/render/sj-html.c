/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-html"
#include "config.h"

#include "sj-html.h"
#include "sj-book.h"
#include "sj-date.h"
#include "sj-report.h"
#include "sj-thai.h"

#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

/* The plan on the organisation's website (the OIT evidence): one self-contained, accessible
 * HTML page (also well-formed XML, so that it can be checked strictly) — lang="th", semantic headings, real tables with <th scope>, every project form, the
 * totals, and the book's charts as SVG drawn by the same chart code through Cairo's SVG surface,
 * each with a text alternative. Readable on a phone: the wide tables scroll inside their box. */

typedef struct
{
  GString *s;
  SjPlan *plan;
  SjSummary *summary;
  gboolean thai;
  guint n_charts;
} Html;

static void
esc (Html *h, const char *text)
{
  g_autofree char *e = g_markup_escape_text (text ? text : "", -1);
  g_string_append (h->s, e);
}

/* Text in the plan's digits. */
static void
text (Html *h, const char *t)
{
  g_autofree char *shown = sj_thai_digits_if (t ? t : "", h->thai);
  esc (h, shown);
}

static void
element (Html *h, const char *tag, const char *t)
{
  g_string_append_printf (h->s, "<%s>", tag);
  text (h, t);
  g_string_append_printf (h->s, "</%s>\n", tag);
}

static void blocks (Html *h, GPtrArray *blocks, const char *prefix);

static void
runs (Html *h, GArray *runs)
{
  for (guint i = 0; i < runs->len; i++)
    {
      SjRun *r = &g_array_index (runs, SjRun, i);
      g_autofree char *fact = r->fact ? sj_summary_get_fact (h->summary, r->fact, h->thai) : NULL;
      const char *t = fact ? fact : r->text;
      static const struct
      {
        SjRunFlags flag;
        const char *tag;
      } tags[] = { { SJ_RUN_BOLD, "strong" }, { SJ_RUN_ITALIC, "em" }, { SJ_RUN_UNDERLINE, "u" },
                   { SJ_RUN_SUBSCRIPT, "sub" }, { SJ_RUN_SUPERSCRIPT, "sup" } };

      if (r->href)
        {
          g_string_append (h->s, "<a href=\"");
          esc (h, r->href);
          g_string_append (h->s, "\">");
        }
      for (guint k = 0; k < G_N_ELEMENTS (tags); k++)
        if (r->flags & tags[k].flag)
          g_string_append_printf (h->s, "<%s>", tags[k].tag);
      text (h, t);
      for (guint k = G_N_ELEMENTS (tags); k > 0; k--)
        if (r->flags & tags[k - 1].flag)
          g_string_append_printf (h->s, "</%s>", tags[k - 1].tag);
      if (r->href)
        g_string_append (h->s, "</a>");
    }
}

static const char *
list_type (SjListStyle style)
{
  switch (style)
    {
    case SJ_LIST_DASH:
      return "dash";
    case SJ_LIST_BULLET:
      return "bullet";
    case SJ_LIST_PLAIN:
      return "plain";
    default:
      return "number";
    }
}

static void
block (Html *h, SjBlock *b, const char *prefix)
{
  switch (b->kind)
    {
    case SJ_BLOCK_PARAGRAPH:
      g_string_append (h->s, b->indent ? "<p class=\"indent\">" : "<p>");
      runs (h, b->runs);
      g_string_append (h->s, "</p>\n");
      break;
    case SJ_BLOCK_LIST:
      {
        gboolean numbered = strcmp (list_type (b->style), "number") == 0;
        g_string_append_printf (h->s, "<%s class=\"%s\">\n", numbered ? "ol" : "ul",
                                list_type (b->style));
        for (guint i = 0; i < b->items->len; i++)
          {
            SjItem *item = g_ptr_array_index (b->items, i);
            g_autofree char *marker = sj_list_marker (b->style, prefix, b->start + i, h->thai);
            g_autofree char *path = b->style == SJ_LIST_OUTLINE && prefix && *prefix
                                      ? g_strdup_printf ("%s.%u", prefix, b->start + i)
                                      : g_strdup_printf ("%u", b->start + i);
            /* The marker as the book prints it ("(๑)", "ก."), not the browser's */
            g_string_append (h->s, "<li><span class=\"marker\">");
            esc (h, marker);
            g_string_append (h->s, "</span> ");
            blocks (h, item->blocks, path);
            g_string_append (h->s, "</li>\n");
          }
        g_string_append_printf (h->s, "</%s>\n", numbered ? "ol" : "ul");
      }
      break;
    case SJ_BLOCK_TABLE:
      g_string_append (h->s, "<div class=\"scroll\"><table>\n");
      for (guint r = 0; r < b->rows->len; r++)
        {
          SjRow *row = g_ptr_array_index (b->rows, r);
          g_string_append (h->s, "<tr>");
          for (guint c = 0; c < row->cells->len; c++)
            {
              SjCell *cell = g_ptr_array_index (row->cells, c);
              const char *tag = row->header ? "th" : "td";
              g_string_append_printf (h->s, "<%s%s", tag, row->header ? " scope=\"col\"" : "");
              if (cell->colspan > 1)
                g_string_append_printf (h->s, " colspan=\"%u\"", cell->colspan);
              g_string_append (h->s, ">");
              blocks (h, cell->blocks, "");
              g_string_append_printf (h->s, "</%s>", tag);
            }
          g_string_append (h->s, "</tr>\n");
        }
      g_string_append (h->s, "</table></div>\n");
      break;
    }
}

static void
blocks (Html *h, GPtrArray *list, const char *prefix)
{
  for (guint i = 0; list && i < list->len; i++)
    block (h, g_ptr_array_index (list, i), prefix);
}

static void
rich (Html *h, SjRich *r)
{
  if (r != NULL)
    blocks (h, sj_rich_get_blocks (r), "");
}

static cairo_status_t
append_svg (void *closure, const unsigned char *data, unsigned int length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The charts of @part in the book, as inline SVG in figures captioned with their titles. */
static void
charts (Html *h, SjBook *book, SjPart part)
{
  const char *title = NULL;

  for (guint p = 0; book && p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      if (page->part != part)
        continue;
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          g_autoptr (GString) svg = NULL;
          cairo_surface_t *surface;
          cairo_t *cr;
          const char *start;

          if (item->kind == SJ_PAGE_TEXT && g_strcmp0 (item->role, "chart-title") == 0)
            title = pango_layout_get_text (item->layout);
          if (item->kind != SJ_PAGE_CHART)
            continue;
          svg = g_string_new (NULL);
          surface = cairo_svg_surface_create_for_stream (append_svg, svg, item->w, item->h);
          cr = cairo_create (surface);
          item->draw (cr, item->data, item->w, item->h);
          cairo_destroy (cr);
          cairo_surface_finish (surface);
          cairo_surface_destroy (surface);
          /* Cairo names the glyphs, clips and images of every SVG alike ("glyph0-1"): inline
           * in one page they must not clash, so each chart's names get its own prefix. */
          {
            g_autofree char *prefix = g_strdup_printf ("c%u-", ++h->n_charts);
            g_autofree char *id = g_strconcat ("id=\"", prefix, NULL);
            g_autofree char *href = g_strconcat ("href=\"#", prefix, NULL);
            g_autofree char *url = g_strconcat ("url(#", prefix, NULL);
            g_string_replace (svg, "id=\"", id, 0);
            g_string_replace (svg, "href=\"#", href, 0);
            g_string_replace (svg, "url(#", url, 0);
          }
          /* From the <svg> element on (no XML declaration inside HTML), labelled */
          start = strstr (svg->str, "<svg");
          g_string_append (h->s, "<figure class=\"chart\">\n");
          if (start != NULL)
            {
              g_string_append (h->s, "<svg role=\"img\" aria-label=\"");
              esc (h, title ? title : _("Chart"));
              g_string_append (h->s, "\"");
              g_string_append (h->s, start + 4);
            }
          g_string_append (h->s, "<figcaption>");
          esc (h, title ? title : "");
          g_string_append (h->s, "</figcaption>\n</figure>\n");
          title = NULL;
        }
    }
}

static void
announcement (Html *h)
{
  SjAnnouncement *ann = sj_plan_get_announcement (h->plan);
  SjOrganisation *org = sj_plan_get_organisation (h->plan);
  g_autofree char *head = NULL;

  if (ann == NULL)
    return;
  head = g_strconcat ("ประกาศ", sj_organisation_get_name (org), NULL);
  g_string_append (h->s, "<section id=\"announcement\" aria-labelledby=\"announcement-h\">\n");
  g_string_append (h->s, "<h2 id=\"announcement-h\">");
  text (h, head);
  g_string_append (h->s, "</h2>\n<p class=\"subject\">");
  text (h, "เรื่อง ");
  text (h, sj_announcement_get_title (ann));
  g_string_append (h->s, "</p>\n");
  rich (h, sj_announcement_get_body (ann));
  if (*sj_announcement_get_closing (ann))
    element (h, "p", sj_announcement_get_closing (ann));
  if (sj_announcement_get_date (ann))
    {
      g_autofree char *d = sj_date_format (sj_announcement_get_date (ann), SJ_DATE_STYLE_FULL,
                                           h->thai);
      g_autofree char *line = g_strconcat ("ประกาศ ณ วันที่ ", d, NULL);
      element (h, "p", line);
    }
  if (sj_announcement_get_signatory (ann))
    {
      SjPerson *p = sj_announcement_get_signatory (ann);
      g_string_append (h->s, "<p class=\"signature\">(");
      text (h, sj_person_get_name (p));
      g_string_append (h->s, ")<br/>");
      text (h, sj_person_get_position (p));
      g_string_append (h->s, "</p>\n");
    }
  g_string_append (h->s, "</section>\n");
}

static void
part1 (Html *h, SjBook *book)
{
  static const char *const kinds[4] = { "จุดแข็ง (Strength)", "จุดอ่อน (Weakness)",
                                        "โอกาส (Opportunity)", "อุปสรรค (Threat)" };

  g_string_append (h->s, "<section id=\"part1\" aria-labelledby=\"part1-h\">\n"
                         "<h2 id=\"part1-h\">ส่วนที่ 1 บทนำ</h2>\n");
  for (guint i = 0; i < sj_plan_get_n_analysis (h->plan); i++)
    {
      SjSection *sec = sj_plan_get_section_at (h->plan, i);
      element (h, "h3", sj_section_get_title (sec));
      rich (h, sj_section_get_body (sec));
    }
  if (sj_plan_get_n_risk_steps (h->plan) > 0)
    {
      g_string_append (h->s, "<h3>การประเมินความเสี่ยงการทุจริตในองค์กร</h3>\n");
      rich (h, sj_plan_get_risk_intro (h->plan));
      g_string_append (h->s, "<div class=\"scroll\"><table>\n<caption>ตารางการประเมินความเสี่ยง"
                             "การทุจริต</caption>\n<tr><th scope=\"col\">ลำดับที่</th>"
                             "<th scope=\"col\">ขั้นตอนการดำเนินงาน</th><th scope=\"col\">ประเด็น"
                             "ความเสี่ยงการทุจริต</th><th scope=\"col\">ระดับความเสี่ยง</th>"
                             "<th scope=\"col\">มาตรการควบคุมความเสี่ยงการทุจริต</th></tr>\n");
      for (guint s = 0; s < sj_plan_get_n_risk_steps (h->plan); s++)
        {
          SjRiskStep *step = sj_plan_get_risk_step_at (h->plan, s);
          g_autofree char *n = g_strdup_printf ("%u", s + 1);
          g_string_append (h->s, "<tr><td>");
          text (h, n);
          g_string_append (h->s, "</td><th scope=\"row\">");
          text (h, sj_risk_step_get_name (step));
          g_string_append (h->s, "</th><td><ol>");
          for (guint k = 0; k < sj_risk_step_get_n_risks (step); k++)
            {
              g_string_append (h->s, "<li>");
              text (h, sj_risk_item_get_text (sj_risk_step_get_risk_at (step, k)));
              g_string_append (h->s, "</li>");
            }
          g_string_append (h->s, "</ol></td><td><ul class=\"plain\">");
          for (guint k = 0; k < sj_risk_step_get_n_risks (step); k++)
            {
              SjRiskLevel lv = sj_risk_item_get_level (sj_risk_step_get_risk_at (step, k));
              g_string_append (h->s, "<li>");
              text (h, lv == SJ_RISK_LEVEL_UNSET ? "-" : sj_risk_level_label (lv));
              g_string_append (h->s, "</li>");
            }
          g_string_append (h->s, "</ul></td><td><ol>");
          for (guint k = 0; k < sj_risk_step_get_n_measures (step); k++)
            {
              g_string_append (h->s, "<li>");
              text (h, sj_risk_measure_get_text (sj_risk_step_get_measure_at (step, k)));
              g_string_append (h->s, "</li>");
            }
          g_string_append (h->s, "</ol></td></tr>\n");
        }
      g_string_append (h->s, "</table></div>\n");
    }
  if (sj_plan_get_n_swot_items (h->plan) > 0)
    {
      g_string_append (h->s, "<h3>การวิเคราะห์สภาพแวดล้อม (SWOT)</h3>\n");
      rich (h, sj_plan_get_swot_intro (h->plan));
      for (guint k = 0; k < 4; k++)
        {
          element (h, "h4", kinds[k]);
          g_string_append (h->s, "<ul class=\"plain\">\n");
          for (guint i = 0; i < sj_plan_get_n_swot_items (h->plan); i++)
            {
              SjSwotItem *item = sj_plan_get_swot_item_at (h->plan, i);
              if ((guint) sj_swot_item_get_kind (item) != k)
                continue;
              g_string_append (h->s, "<li><strong>");
              text (h, sj_swot_item_get_code (item));
              g_string_append (h->s, "</strong> ");
              text (h, sj_swot_item_get_text (item));
              g_string_append (h->s, "</li>\n");
            }
          g_string_append (h->s, "</ul>\n");
        }
      if (sj_plan_get_n_strategies (h->plan) > 0)
        {
          g_string_append (h->s, "<h4>กลยุทธ์</h4>\n<ol>\n");
          for (guint i = 0; i < sj_plan_get_n_strategies (h->plan); i++)
            {
              SjStrategy *st = sj_plan_get_strategy_at (h->plan, i);
              g_string_append (h->s, "<li><strong>");
              text (h, sj_strategy_get_codes (st));
              g_string_append (h->s, "</strong> ");
              text (h, sj_strategy_get_text (st));
              g_string_append (h->s, "</li>\n");
            }
          g_string_append (h->s, "</ol>\n");
        }
    }
  g_string_append (h->s, "<h3>หลักการและเหตุผล</h3>\n");
  rich (h, sj_plan_get_rationale (h->plan));
  g_string_append (h->s, "<h3>วัตถุประสงค์ของการจัดทำแผน</h3>\n");
  rich (h, sj_plan_get_objectives (h->plan));
  g_string_append (h->s, "<h3>เป้าหมาย</h3>\n");
  rich (h, sj_plan_get_goals (h->plan));
  if (sj_plan_get_n_targets (h->plan) > 0)
    {
      SjSettings *s = sj_plan_get_settings (h->plan);
      guint first = sj_settings_get_first_year (s), n = sj_settings_get_years (s);
      g_string_append (h->s, "<div class=\"scroll\"><table>\n<caption>ค่าเป้าหมาย</caption>\n"
                             "<tr><th scope=\"col\">ค่าเป้าหมาย</th>");
      for (guint y = 0; y < n; y++)
        {
          g_autofree char *t = g_strdup_printf ("ปี %u", first + y);
          g_string_append (h->s, "<th scope=\"col\">");
          text (h, t);
          g_string_append (h->s, "</th>");
        }
      g_string_append (h->s, "</tr>\n");
      for (guint i = 0; i < sj_plan_get_n_targets (h->plan); i++)
        {
          SjTarget *t = sj_plan_get_target_at (h->plan, i);
          g_string_append (h->s, "<tr><th scope=\"row\">");
          text (h, sj_target_get_label (t));
          g_string_append (h->s, "</th>");
          for (guint y = 0; y < n; y++)
            {
              const char *v = NULL;
              for (guint k = 0; k < sj_target_get_n_values (t); k++)
                if ((guint) sj_year_value_get_year (sj_target_get_value_at (t, k)) == first + y)
                  v = sj_year_value_get_value (sj_target_get_value_at (t, k));
              g_string_append (h->s, "<td>");
              if (v)
                {
                  g_autofree char *cell = g_strdup_printf ("%s%s%s%s%s", sj_target_get_prefix (t),
                                                           *sj_target_get_prefix (t) ? " " : "", v,
                                                           *sj_target_get_suffix (t) ? " " : "",
                                                           sj_target_get_suffix (t));
                  text (h, cell);
                }
              g_string_append (h->s, "</td>");
            }
          g_string_append (h->s, "</tr>\n");
        }
      g_string_append (h->s, "</table></div>\n");
    }
  g_string_append (h->s, "<h3>ประโยชน์ของการจัดทำแผน</h3>\n");
  rich (h, sj_plan_get_benefits (h->plan));
  charts (h, book, SJ_PART_PART1);
  g_string_append (h->s, "</section>\n");
}

static void
money_cell (Html *h, SjMoney m, gboolean bold)
{
  g_autofree char *t = m == SJ_MONEY_NONE ? g_strdup ("-")
                                          : sj_money_format (m, SJ_MONEY_DECIMALS_AUTO, TRUE);
  g_string_append (h->s, bold ? "<td class=\"num\"><strong>" : "<td class=\"num\">");
  text (h, t);
  g_string_append (h->s, bold ? "</strong></td>" : "</td>");
}

static void
part2 (Html *h, SjBook *book)
{
  guint first = sj_summary_get_first_year (h->summary), n = sj_summary_get_n_years (h->summary);

  g_string_append (h->s, "<section id=\"part2\" aria-labelledby=\"part2-h\">\n"
                         "<h2 id=\"part2-h\">ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต</h2>\n"
                         "<div class=\"scroll\"><table class=\"budget\">\n<caption>โครงการ/กิจกรรม/"
                         "มาตรการ และงบประมาณ แยกตามมิติ (บาท)</caption>\n<tr>"
                         "<th scope=\"col\">มิติ / ภารกิจ</th><th scope=\"col\">โครงการ/กิจกรรม/"
                         "มาตรการ</th>");
  for (guint y = 0; y < n; y++)
    {
      g_autofree char *t = g_strdup_printf ("ปี %u", first + y);
      g_string_append (h->s, "<th scope=\"col\">");
      text (h, t);
      g_string_append (h->s, "</th>");
    }
  g_string_append (h->s, "</tr>\n");
  for (guint d = 0; d < sj_plan_get_n_dimensions (h->plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (h->plan, d);
      const SjTotals *dt = sj_summary_get_dimension_totals (h->summary, d);
      g_autofree char *dname = g_strdup_printf ("มิติที่ %u %s", d + 1, sj_dimension_get_name (dim));
      g_autofree char *count = sj_counts_text (dt, FALSE, h->thai);
      g_string_append_printf (h->s, "<tr class=\"dimension\"><th scope=\"rowgroup\" colspan=\"%u\">",
                              n + 2);
      text (h, dname);
      g_string_append (h->s, "</th></tr>\n");
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *mname = g_strdup_printf ("%u.%u %s", d + 1, m + 1,
                                                    sj_mission_get_name (mission));
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              g_autofree char *title = sj_project_get_display_title (project, h->thai);
              g_autofree char *num = g_strdup_printf ("%u. ", sj_summary_get_project_number (h->summary,
                                                                                            project));
              g_string_append (h->s, "<tr><td>");
              if (p == 0)
                text (h, mname);
              g_string_append_printf (h->s, "</td><th scope=\"row\"><a href=\"#project-%s\">",
                                      sj_project_get_id (project));
              text (h, num);
              text (h, title);
              g_string_append (h->s, "</a></th>");
              for (guint y = 0; y < n; y++)
                money_cell (h, sj_project_get_amount (project, first + y), FALSE);
              g_string_append (h->s, "</tr>\n");
            }
        }
      g_string_append (h->s, "<tr class=\"total\"><th scope=\"row\">");
      text (h, "รวม");
      g_string_append (h->s, "</th><td>");
      text (h, count);
      g_string_append (h->s, "</td>");
      for (guint y = 0; y < n; y++)
        money_cell (h, dt->years[y], TRUE);
      g_string_append (h->s, "</tr>\n");
    }
  {
    const SjTotals *t = sj_summary_get_plan_totals (h->summary);
    g_autofree char *count = sj_counts_text (t, FALSE, h->thai);
    g_string_append (h->s, "<tr class=\"total\"><th scope=\"row\">รวมทั้งสิ้น</th><td>");
    text (h, count);
    g_string_append (h->s, "</td>");
    for (guint y = 0; y < n; y++)
      money_cell (h, t->years[y], TRUE);
    g_string_append (h->s, "</tr>\n");
  }
  g_string_append (h->s, "</table></div>\n");
  charts (h, book, SJ_PART_PART2);
  g_string_append (h->s, "</section>\n");
}

static void
form_field (Html *h, SjProject *p, SjFormField field, guint *n, SjRich *value,
            const char *plain)
{
  g_autofree char *label = g_strdup_printf ("%u. %s", ++*n, sj_project_get_label (p, field));
  element (h, "h4", label);
  if (value)
    rich (h, value);
  else
    element (h, "p", plain);
}

static void
part3 (Html *h)
{
  g_string_append (h->s, "<section id=\"part3\" aria-labelledby=\"part3-h\">\n"
                         "<h2 id=\"part3-h\">ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ</h2>\n");
  for (guint i = 0; i < sj_summary_get_n_projects (h->summary); i++)
    {
      SjProject *p = sj_summary_get_project (h->summary, i);
      g_autofree char *num = g_strdup_printf ("ลำดับที่ %u", sj_summary_get_project_number (h->summary,
                                                                                           p));
      g_autofree char *title = sj_project_get_display_title (p, h->thai);
      g_autofree char *duration = sj_project_duration_text (p, h->thai);
      g_autofree char *budget = sj_project_budget_text (p, TRUE, h->thai);
      g_autofree char *responsible = sj_project_get_responsible_text (p);
      guint n = 0;

      g_string_append_printf (h->s, "<article id=\"project-%s\" class=\"form\" "
                                    "aria-labelledby=\"project-%s-h\">\n",
                              sj_project_get_id (p), sj_project_get_id (p));
      g_string_append_printf (h->s, "<h3 id=\"project-%s-h\">", sj_project_get_id (p));
      text (h, num);
      g_string_append (h->s, " ");
      text (h, title);
      g_string_append (h->s, "</h3>\n");
      form_field (h, p, SJ_FORM_FIELD_TITLE, &n, NULL, title);
      form_field (h, p, SJ_FORM_FIELD_RATIONALE, &n, sj_project_get_rationale (p), NULL);
      form_field (h, p, SJ_FORM_FIELD_OBJECTIVES, &n, sj_project_get_objectives (p), NULL);
      form_field (h, p, SJ_FORM_FIELD_TARGET_GROUP, &n, sj_project_get_target_group (p), NULL);
      if (!sj_rich_is_empty (sj_project_get_area (p)))
        form_field (h, p, SJ_FORM_FIELD_AREA, &n, sj_project_get_area (p), NULL);
      form_field (h, p, SJ_FORM_FIELD_METHOD, &n, sj_project_get_method (p), NULL);
      form_field (h, p, SJ_FORM_FIELD_DURATION, &n, NULL, duration);
      form_field (h, p, SJ_FORM_FIELD_BUDGET, &n, NULL, budget);
      form_field (h, p, SJ_FORM_FIELD_RESPONSIBLE, &n, NULL, responsible ? responsible : "");
      form_field (h, p, SJ_FORM_FIELD_OUTPUTS, &n, sj_project_get_outputs (p), NULL);
      form_field (h, p, SJ_FORM_FIELD_OUTCOMES, &n, sj_project_get_outcomes (p), NULL);
      g_string_append (h->s, "</article>\n");
    }
  g_string_append (h->s, "</section>\n");
}

/* The latest progress report the plan holds (the latest year, then the 12-month round), as a
 * table with the status of each project and the totals computed from the rows. */
static void
progress_section (Html *h)
{
  guint year = 0;
  SjRound round = SJ_ROUND_6;
  g_autoptr (SjReportData) data = NULL;
  g_autofree char *title = NULL;
  g_autofree char *done = NULL;
  g_autofree char *spent = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < sj_summary_get_n_projects (h->summary); i++)
    {
      SjProject *p = sj_summary_get_project (h->summary, i);
      for (guint k = 0; k < sj_project_get_n_progress (p); k++)
        {
          SjProgress *pr = sj_project_get_progress_at (p, k);
          guint y = sj_progress_get_year (pr);
          if (y > year || (y == year && sj_progress_get_round (pr) > round))
            {
              year = y;
              round = sj_progress_get_round (pr);
            }
        }
    }
  if (year == 0)
    return;
  data = sj_report_data_new (h->plan, year, round);
  title = g_strdup_printf ("รายงานผลการดำเนินงาน ปีงบประมาณ พ.ศ. %u รอบ %u เดือน", year,
                           sj_round_months (round));
  g_string_append (h->s, "<section id=\"progress\" aria-labelledby=\"progress-h\">\n"
                         "<h2 id=\"progress-h\">");
  text (h, title);
  g_string_append (h->s, "</h2>\n<div class=\"scroll\"><table class=\"budget\">\n<tr>"
                         "<th scope=\"col\">ลำดับ</th><th scope=\"col\">โครงการ/กิจกรรม/มาตรการ"
                         "</th><th scope=\"col\">งบประมาณ (บาท)</th><th scope=\"col\">สถานะ</th>"
                         "<th scope=\"col\">เบิกจ่าย (บาท)</th></tr>\n");
  for (guint i = 0; i < data->rows->len; i++)
    {
      const SjReportRow *row = &g_array_index (data->rows, SjReportRow, i);
      g_autofree char *n = g_strdup_printf ("%u", row->number);
      g_autofree char *title_p = sj_project_get_display_title (row->project, h->thai);
      g_string_append (h->s, "<tr><td>");
      text (h, n);
      g_string_append (h->s, "</td><th scope=\"row\">");
      text (h, title_p);
      g_string_append (h->s, "</th>");
      money_cell (h, row->budget, FALSE);
      g_string_append (h->s, "<td>");
      text (h, sj_progress_status_label (row->status));
      g_string_append (h->s, "</td>");
      money_cell (h, row->disbursed, FALSE);
      g_string_append (h->s, "</tr>\n");
    }
  g_string_append (h->s, "<tr class=\"total\"><th scope=\"row\" colspan=\"2\">รวมทั้งสิ้น</th>");
  money_cell (h, data->total.budget, TRUE);
  g_string_append (h->s, "<td></td>");
  money_cell (h, data->total.disbursed, TRUE);
  g_string_append (h->s, "</tr>\n</table></div>\n");
  done = sj_report_share (data->total.by_status[SJ_PROGRESS_STATUS_DONE], data->total.n, FALSE);
  spent = sj_report_money_share (data->total.disbursed, data->total.budget, FALSE);
  summary = g_strdup_printf ("ทั้งสิ้น %u โครงการ ดำเนินการแล้วเสร็จ %u โครงการ คิดเป็นร้อยละ %s "
                             "เบิกจ่ายคิดเป็นร้อยละ %s ของงบประมาณ",
                             data->total.n, data->total.by_status[SJ_PROGRESS_STATUS_DONE], done,
                             spent);
  element (h, "p", summary);
  g_string_append (h->s, "</section>\n");
}

/* The OIT checklist of the latest ITA year: what is published where, and by which project. */
static void
oit_section (Html *h)
{
  guint year = 0;
  g_autofree char *title = NULL;

  for (guint i = 0; i < sj_plan_get_n_oit_items (h->plan); i++)
    year = MAX (year, (guint) sj_oit_item_get_year (sj_plan_get_oit_item_at (h->plan, i)));
  if (year == 0)
    return;
  title = g_strdup_printf ("การเผยแพร่ข้อมูลต่อสาธารณะ (OIT) ปี พ.ศ. %u", year);
  g_string_append (h->s, "<section id=\"oit\" aria-labelledby=\"oit-h\">\n<h2 id=\"oit-h\">");
  text (h, title);
  g_string_append (h->s, "</h2>\n<div class=\"scroll\"><table>\n<tr><th scope=\"col\">รหัส</th>"
                         "<th scope=\"col\">รายการ</th><th scope=\"col\">โครงการที่ผลิตหลักฐาน</th>"
                         "<th scope=\"col\">เผยแพร่ที่</th></tr>\n");
  for (guint i = 0; i < sj_plan_get_n_oit_items (h->plan); i++)
    {
      SjOitItem *item = sj_plan_get_oit_item_at (h->plan, i);
      GPtrArray *projects = sj_oit_item_get_projects (item);
      const char *url = sj_oit_item_get_url (item);
      if ((guint) sj_oit_item_get_year (item) != year)
        continue;
      g_string_append (h->s, "<tr><td>");
      text (h, sj_oit_item_get_code (item));
      g_string_append (h->s, "</td><th scope=\"row\">");
      text (h, sj_oit_item_get_name (item));
      g_string_append (h->s, "</th><td>");
      for (guint k = 0; k < projects->len; k++)
        {
          SjProject *p = g_ptr_array_index (projects, k);
          g_autofree char *n = g_strdup_printf ("ลำดับที่ %u", sj_summary_get_project_number (h->summary, p));
          g_string_append_printf (h->s, "%s<a href=\"#project-%s\">", k ? ", " : "",
                                  sj_project_get_id (p));
          text (h, n);
          g_string_append (h->s, "</a>");
        }
      g_string_append (h->s, "</td><td>");
      if (!sj_text_is_blank (url))
        {
          g_string_append (h->s, "<a href=\"");
          esc (h, url);
          g_string_append (h->s, "\">");
          esc (h, url);
          g_string_append (h->s, "</a>");
        }
      else
        text (h, "ยังไม่ได้เผยแพร่");
      g_string_append (h->s, "</td></tr>\n");
    }
  g_string_append (h->s, "</table></div>\n</section>\n");
}

static const char css[] =
  "body{font-family:Sarabun,'TH Sarabun New',Tahoma,sans-serif;line-height:1.6;margin:0;"
  "color:#1d1d1d;background:#fff}"
  "main,header,nav{max-width:60rem;margin:0 auto;padding:0 1rem}"
  "header{padding-top:1.5rem;text-align:center}"
  "h1{font-size:1.6rem;line-height:1.4}h2{font-size:1.35rem;margin-top:2.5rem;"
  "border-bottom:2px solid #1a5fb4;padding-bottom:.25rem}h3{font-size:1.15rem;margin-top:1.8rem}"
  "h4{font-size:1rem;margin:1rem 0 .25rem}"
  "p.indent{text-indent:2.5rem}"
  ".scroll{overflow-x:auto;margin:1rem 0}"
  "table{border-collapse:collapse;min-width:100%}table.budget{min-width:48rem}"
  "th,td{border:1px solid #777;padding:.3rem .5rem;vertical-align:top;text-align:left}"
  "th{background:#eef2f8}td.num{text-align:right;white-space:nowrap}"
  "tr.dimension th{background:#dbe6f4}tr.total td,tr.total th{background:#f1f1f1}"
  "caption{font-weight:bold;text-align:left;padding:.25rem 0}"
  "ol,ul{padding-left:1.5rem}ol,ul.dash,ul.bullet,ul.plain{list-style:none}"
  ".marker{display:inline-block;min-width:1.6rem}li>p{margin:.2rem 0}"
  "li>.marker+p{display:inline}"
  "figure.chart{margin:1.5rem 0}figure.chart svg{width:100%;height:auto}"
  "figcaption{text-align:center;font-weight:bold}"
  "article.form{border-top:1px solid #ccc;margin-top:2rem}"
  "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}"
  "a{color:#1a5fb4}.signature{text-align:center;margin-left:40%}"
  "@media (max-width:40rem){h1{font-size:1.3rem}p.indent{text-indent:1.5rem}"
  ".signature{margin-left:0}}";

/**
 * sj_html_export:
 * @dir: the folder to write `index.html` into (created if needed)
 *
 * Writes the HTML edition of @plan: one self-contained page for the organisation's website.
 */
gboolean
sj_html_export (SjPlan *plan, const char *dir, GError **error)
{
  g_autoptr (GError) local = NULL;
  SjBookOptions options = { "part1 part2", -1, 0, 0 };
  g_autoptr (SjBook) book = sj_book_new (plan, &options, &local);
  g_autofree char *path = g_build_filename (dir, "index.html", NULL);
  SjOrganisation *org = sj_plan_get_organisation (plan);
  SjSettings *settings = sj_plan_get_settings (plan);
  Html h = { g_string_new (NULL), plan, sj_summary_new (plan),
             sj_settings_get_digits_body (settings) == SJ_DIGITS_THAI, 0 };
  g_autofree char *period = NULL;
  gboolean ok;

  if (book == NULL)
    g_debug ("the charts are left out: %s", local->message);
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
      g_string_free (h.s, TRUE);
      sj_summary_free (h.summary);
      return FALSE;
    }
  period = g_strdup_printf ("(พ.ศ. %u – %u)", sj_summary_get_first_year (h.summary),
                            sj_summary_get_first_year (h.summary) + sj_summary_get_n_years (h.summary)
                              - 1);
  g_string_append (h.s, "<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                        "<title>");
  text (&h, "แผนปฏิบัติการป้องกันการทุจริต ");
  text (&h, period);
  text (&h, " ");
  text (&h, sj_organisation_get_name (org));
  g_string_append_printf (h.s, "</title>\n<meta name=\"generator\" content=\"Sujarit %s\"/>\n"
                               "<style>%s</style>\n</head>\n<body>\n<header>\n<h1>",
                          PACKAGE_VERSION, css);
  text (&h, "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ");
  text (&h, period);
  g_string_append (h.s, "</h1>\n<p>");
  text (&h, sj_organisation_get_name (org));
  g_string_append (h.s, "</p>\n</header>\n<nav aria-label=\"สารบัญ\"><ul>"
                        "<li><a href=\"#announcement\">ประกาศ</a></li>"
                        "<li><a href=\"#preface\">คำนำ</a></li>"
                        "<li><a href=\"#part1\">ส่วนที่ 1 บทนำ</a></li>"
                        "<li><a href=\"#part2\">ส่วนที่ 2 แผนปฏิบัติการ</a></li>"
                        "<li><a href=\"#part3\">ส่วนที่ 3 รายละเอียดโครงการ</a></li>"
                        "</ul></nav>\n<main>\n");
  announcement (&h);
  g_string_append (h.s, "<section id=\"preface\" aria-labelledby=\"preface-h\">\n"
                        "<h2 id=\"preface-h\">คำนำ</h2>\n");
  rich (&h, sj_plan_get_preface (plan));
  g_string_append (h.s, "</section>\n");
  part1 (&h, book);
  part2 (&h, book);
  part3 (&h);
  progress_section (&h);
  oit_section (&h);
  g_string_append (h.s, "</main>\n</body>\n</html>\n");
  ok = g_file_set_contents (path, h.s->str, h.s->len, error);
  g_string_free (h.s, TRUE);
  sj_summary_free (h.summary);
  return ok;
}
