/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-charts"
#include "config.h"

#include "sj-charts.h"
#include "sj-thai.h"

#include <math.h>
#include <string.h>

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb swot_dark[4] = {
  { 0.18, 0.49, 0.20 }, { 0.90, 0.42, 0.00 }, { 0.08, 0.40, 0.75 }, { 0.78, 0.16, 0.16 },
};
static const Rgb swot_light[4] = {
  { 0.91, 0.96, 0.91 }, { 1.00, 0.95, 0.88 }, { 0.89, 0.95, 0.99 }, { 1.00, 0.92, 0.93 },
};
static const Rgb dimension_colours[] = {
  { 0.12, 0.47, 0.71 }, { 1.00, 0.50, 0.05 }, { 0.17, 0.63, 0.17 }, { 0.58, 0.40, 0.74 },
  { 0.55, 0.34, 0.29 }, { 0.89, 0.47, 0.76 },
};
/* By SjRiskLevel: not assessed, very low … very high. */
#define N_LEVELS (SJ_RISK_LEVEL_VERY_HIGH + 1)
static const Rgb level_colours[N_LEVELS] = {
  { 0.62, 0.62, 0.62 }, { 0.11, 0.42, 0.20 }, { 0.30, 0.65, 0.30 },
  { 0.98, 0.66, 0.15 }, { 0.90, 0.38, 0.13 }, { 0.72, 0.11, 0.11 },
};

static void
set_rgb (cairo_t *cr, Rgb c)
{
  cairo_set_source_rgb (cr, c.r, c.g, c.b);
}

/* Text in a chart, laid out by the book's typesetter so that it measures the same everywhere. */
typedef struct
{
  SjTypesetter *ts;
  gboolean thai;
  double body; /* the body size of the book: legends are set at it */
} Fonts;

static PangoLayout *
chart_text (Fonts *f, const char *text, double size, gboolean bold, double width, SjAlign align)
{
  SjStyle st = { 0 };
  g_autofree char *shown = sj_thai_digits_if (text, f->thai);
  st.family = sj_typesetter_get_family (f->ts);
  st.size = size;
  st.bold = bold;
  st.align = align;
  return sj_typeset_text (f->ts, shown, &st, width);
}

/* Draws text with its top-left at (x, y), or centred on x when @centre. */
static double
draw_text (cairo_t *cr, Fonts *f, const char *text, double size, gboolean bold, double x,
           double y, double width, SjAlign align)
{
  g_autoptr (PangoLayout) l = chart_text (f, text, size, bold, width, align);
  cairo_move_to (cr, x, y);
  sj_show_layout (cr, l);
  return sj_layout_height (l);
}

/* The data of a chart that holds nothing but its fonts and numbers (its Fonts first). */
static void
fonts_free (gpointer data)
{
  Fonts *f = data;
  sj_typesetter_unref (f->ts);
  g_free (data);
}

static void
add_chart (SjFlow *flow, double height, SjChartDraw draw, gpointer data, GDestroyNotify free_func)
{
  SjPageItem *item;

  item = sj_page_item_new (SJ_PAGE_CHART);
  item->w = flow->width;
  item->h = height;
  item->draw = draw;
  item->data = data;
  item->data_free = free_func;
  sj_flow_add_item (flow, item, 0, height);
}

static void
rounded_rect (cairo_t *cr, double x, double y, double w, double h, double r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* SWOT ---------------------------------------------------------------------------------------- */

typedef struct
{
  Fonts f;
  double font;
  PangoLayout *quadrant[4]; /* the coded items of S, W, O, T */
  double quadrant_h;        /* the height of each row of quadrants */
  GPtrArray *strategies;    /* of GStrv: [label, code, code, …] */
  GHashTable *defined;      /* code -> kind + 1 */
  double chip_w, row_h, strategies_h;
} SwotChart;

static void
swot_free (gpointer data)
{
  SwotChart *c = data;
  sj_typesetter_unref (c->f.ts);
  for (int i = 0; i < 4; i++)
    g_clear_object (&c->quadrant[i]);
  g_ptr_array_unref (c->strategies);
  g_hash_table_unref (c->defined);
  g_free (c);
}

static const char *const quadrant_titles[4] = {
  "จุดแข็ง (Strengths)", "จุดอ่อน (Weaknesses)", "โอกาส (Opportunities)", "อุปสรรค (Threats)",
};

#define SWOT_HEAD 20.0
#define SWOT_PAD 6.0

static void
draw_swot (cairo_t *cr, gpointer data, double w, double h)
{
  SwotChart *c = data;
  double qw = w / 2, qh = c->quadrant_h;

  for (int q = 0; q < 4; q++)
    {
      double x = (q % 2) * qw, y = (q / 2) * qh;
      set_rgb (cr, swot_light[q]);
      cairo_rectangle (cr, x + 1, y + 1, qw - 2, qh - 2);
      cairo_fill (cr);
      set_rgb (cr, swot_dark[q]);
      cairo_rectangle (cr, x + 1, y + 1, qw - 2, SWOT_HEAD);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      draw_text (cr, &c->f, quadrant_titles[q], c->font + 1, TRUE, x + 1, y + 2, qw - 2,
                 SJ_ALIGN_CENTER);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, x + SWOT_PAD, y + SWOT_HEAD + 4);
      sj_show_layout (cr, c->quadrant[q]);
    }
  /* The axes of the analysis: internal above, external below; helpful and harmful sides. */
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, qw, 0);
  cairo_line_to (cr, qw, 2 * qh);
  cairo_move_to (cr, 0, qh);
  cairo_line_to (cr, w, qh);
  cairo_stroke (cr);

  /* The strategies, each a chain of the codes it combines. */
  {
    double y = 2 * qh + 10;
    double label_w = SJ_MM (22);
    cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
    y += draw_text (cr, &c->f, "กลยุทธ์: ความเชื่อมโยงระหว่างรหัสที่แต่ละกลยุทธ์ใช้", c->font + 1, TRUE, 0, y,
                    w, SJ_ALIGN_LEFT) + 4;
    for (guint i = 0; i < c->strategies->len; i++)
      {
        char **codes = g_ptr_array_index (c->strategies, i);
        double x = label_w, cy = y + c->row_h / 2;
        guint n = g_strv_length (codes);
        double prev_x = -1, prev_y = -1;

        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        draw_text (cr, &c->f, codes[0], c->font, TRUE, 0, y + 2, label_w, SJ_ALIGN_LEFT);
        for (guint k = 1; k < n; k++)
          {
            int kind = GPOINTER_TO_INT (g_hash_table_lookup (c->defined, codes[k])) - 1;
            double cx;
            if (x + c->chip_w > w)
              {
                x = label_w;
                y += c->row_h;
                cy = y + c->row_h / 2;
              }
            cx = x + c->chip_w / 2;
            /* The link runs from chip to chip along the row, between their edges: it never
             * crosses a code; a chain that wraps goes on at the start of the next row. */
            if (prev_x >= 0 && prev_y == cy)
              {
                cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
                cairo_set_line_width (cr, 1.0);
                cairo_move_to (cr, prev_x + c->chip_w / 2 - 2, cy);
                cairo_line_to (cr, cx - c->chip_w / 2 + 2, cy);
                cairo_stroke (cr);
              }
            rounded_rect (cr, x + 2, y + 3, c->chip_w - 4, c->row_h - 6, 4);
            if (kind >= 0)
              {
                set_rgb (cr, swot_dark[kind]);
                cairo_fill (cr);
                cairo_set_source_rgb (cr, 1, 1, 1);
              }
            else
              {
                /* A code no quadrant defines (the seed's S11) is printed as written, plainly:
                 * the checker reports it, the printed plan does not. */
                cairo_set_source_rgb (cr, 0.88, 0.88, 0.88);
                cairo_fill (cr);
                cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
              }
            draw_text (cr, &c->f, codes[k], c->font, TRUE, x, y + 3, c->chip_w, SJ_ALIGN_CENTER);
            prev_x = cx;
            prev_y = cy;
            x += c->chip_w;
          }
        y += c->row_h;
      }
  }
}

/* Lays the chart's quadrants out at @font points: whether it then fits in @max_h. */
static gboolean
swot_fits (SwotChart *c, SjFlow *flow, SjPlan *plan, double font, double qw, double max_h)
{
  guint chips_per_row;
  guint n_rows = 0;
  double hq = 0;

  c->font = font;
  for (int q = 0; q < 4; q++)
    {
      SjBlock *p = sj_block_new_paragraph ();
      SjStyle st = { 0 };
      gboolean first = TRUE;
      for (guint i = 0; i < sj_plan_get_n_swot_items (plan); i++)
        {
          SjSwotItem *item = sj_plan_get_swot_item_at (plan, i);
          if ((int) sj_swot_item_get_kind (item) != q)
            continue;
          if (!first)
            sj_block_add_run (p, "\n", 0, NULL);
          sj_block_add_run (p, sj_swot_item_get_code (item), SJ_RUN_BOLD, NULL);
          sj_block_add_run (p, " ", 0, NULL);
          sj_block_add_run (p, sj_swot_item_get_text (item), 0, NULL);
          first = FALSE;
        }
      st.family = sj_typesetter_get_family (flow->ts);
      st.size = c->font;
      st.indent = -c->font * 1.7;
      g_clear_object (&c->quadrant[q]);
      c->quadrant[q] = sj_typeset_runs (flow->ts, p, &st, qw, flow->thai, NULL, NULL);
      sj_block_free (p);
    }
  for (int row = 0; row < 2; row++)
    hq = MAX (hq, MAX (sj_layout_height (c->quadrant[row * 2]),
                       sj_layout_height (c->quadrant[row * 2 + 1])));
  c->quadrant_h = SWOT_HEAD + 10 + hq;
  c->chip_w = c->font * 2.6;
  c->row_h = c->font * 1.9;
  chips_per_row = MAX (1, (guint) ((flow->width - SJ_MM (22)) / c->chip_w));
  for (guint i = 0; i < c->strategies->len; i++)
    {
      guint n = g_strv_length (g_ptr_array_index (c->strategies, i)) - 1;
      n_rows += MAX (1, (n + chips_per_row - 1) / chips_per_row);
    }
  c->strategies_h = c->strategies->len ? 14 + c->font * 1.8 + n_rows * c->row_h : 0;
  return 2 * c->quadrant_h + c->strategies_h <= max_h;
}

void
sj_chart_add_swot (SjFlow *flow, SjPlan *plan)
{
  SwotChart *c = g_new0 (SwotChart, 1);
  double max_h = flow->page_height - flow->margin_top - flow->margin_bottom - flow->body_size * 3;
  double qw = flow->width / 2 - 2 * SWOT_PAD;

  c->f.ts = sj_typesetter_ref (flow->ts); /* charts are typeset as they are drawn */
  c->f.thai = flow->thai;
  c->f.body = flow->body_size;
  c->strategies = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  c->defined = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < sj_plan_get_n_swot_items (plan); i++)
    {
      SjSwotItem *item = sj_plan_get_swot_item_at (plan, i);
      g_hash_table_insert (c->defined, g_strdup (sj_swot_item_get_code (item)),
                           GINT_TO_POINTER (sj_swot_item_get_kind (item) + 1));
    }
  for (guint i = 0; i < sj_plan_get_n_strategies (plan); i++)
    {
      SjStrategy *s = sj_plan_get_strategy_at (plan, i);
      g_auto (GStrv) codes = g_strsplit_set (sj_strategy_get_codes (s), " +,", -1);
      g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
      g_autofree char *label = g_strdup_printf ("กลยุทธ์ %u", i + 1);
      g_strv_builder_add (b, label);
      for (guint k = 0; codes[k]; k++)
        if (*codes[k])
          g_strv_builder_add (b, codes[k]);
      g_ptr_array_add (c->strategies, g_strv_builder_end (b));
    }

  /* The largest font (from 13 down to 8 points, by half points) at which the chart fits on
   * one page, so that quadrants of 14 items stay readable: the chart is no higher at a smaller
   * font, so the font is searched by halves. */
  {
    int lo = 0, hi = 10, tried = -1; /* font 13 - step / 2 */
    while (lo < hi)
      {
        int mid = (lo + hi) / 2;
        tried = mid;
        if (swot_fits (c, flow, plan, 13 - mid * 0.5, qw, max_h))
          hi = mid;
        else
          lo = mid + 1;
      }
    if (tried != lo)
      swot_fits (c, flow, plan, 13 - lo * 0.5, qw, max_h);
  }
  {
    SjStyle center = sj_flow_style (flow);
    center.bold = TRUE;
    center.align = SJ_ALIGN_CENTER;
    sj_flow_ensure (flow, flow->body_size * 2 + 2 * c->quadrant_h + c->strategies_h + 6);
    sj_flow_add_heading (flow, "แผนภาพการวิเคราะห์สภาพแวดล้อม (SWOT) และกลยุทธ์", &center,
                         "chart-title", NULL);
  }
  add_chart (flow, 2 * c->quadrant_h + c->strategies_h + 6, draw_swot, c, swot_free);
}

/* Risks --------------------------------------------------------------------------------------- */

typedef struct
{
  Fonts f;
  gboolean matrix;
  GArray *risks; /* of RiskPoint */
  guint n_steps;
  GPtrArray *step_names;
  guint *counts; /* n_steps × N_LEVELS: the number of risks of each level in each step */
} RiskChart;

typedef struct
{
  guint step, index, likelihood, impact, level;
} RiskPoint;

static void
risk_free (gpointer data)
{
  RiskChart *c = data;
  sj_typesetter_unref (c->f.ts);
  g_array_unref (c->risks);
  g_ptr_array_unref (c->step_names);
  g_free (c->counts);
  g_free (c);
}

static Rgb
score_colour (guint score)
{
  static const Rgb bands[] = {
    { 0.55, 0.80, 0.45 }, { 0.99, 0.88, 0.35 }, { 0.98, 0.60, 0.25 }, { 0.90, 0.25, 0.22 },
  };
  return bands[score <= 4 ? 0 : score <= 9 ? 1 : score <= 16 ? 2 : 3];
}

static void
draw_risk_matrix (cairo_t *cr, RiskChart *c, double w, double h)
{
  double axis = 46, cell = MIN ((w - axis - 150) / 5, (h - 40) / 5);
  double x0 = axis, y0 = 4;
  static const char *const legend[] = { "ต่ำ (1–4)", "ปานกลาง (5–9)", "สูง (10–16)", "สูงมาก (17–25)" };

  for (guint li = 1; li <= 5; li++)
    for (guint im = 1; im <= 5; im++)
      {
        double x = x0 + (li - 1) * cell, y = y0 + (5 - im) * cell;
        set_rgb (cr, score_colour (li * im));
        cairo_rectangle (cr, x, y, cell, cell);
        cairo_fill_preserve (cr);
        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_set_line_width (cr, 1.5);
        cairo_stroke (cr);
      }
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint k = 1; k <= 5; k++)
    {
      g_autofree char *n = g_strdup_printf ("%u", k);
      draw_text (cr, &c->f, n, 12, FALSE, x0 + (k - 1) * cell, y0 + 5 * cell + 2, cell,
                 SJ_ALIGN_CENTER);
      draw_text (cr, &c->f, n, 12, FALSE, x0 - 16, y0 + (5 - k) * cell + cell / 2 - 8, 12,
                 SJ_ALIGN_CENTER);
    }
  draw_text (cr, &c->f, "โอกาสที่จะเกิด (Likelihood)", 13, TRUE, x0, y0 + 5 * cell + 18, 5 * cell,
             SJ_ALIGN_CENTER);
  cairo_save (cr);
  cairo_translate (cr, 2, y0 + 5 * cell);
  cairo_rotate (cr, -G_PI / 2);
  draw_text (cr, &c->f, "ผลกระทบ (Impact)", 13, TRUE, 0, 0, 5 * cell, SJ_ALIGN_CENTER);
  cairo_restore (cr);

  /* Each risk, numbered step.risk, in its cell; several in one cell sit side by side. */
  for (guint i = 0; i < c->risks->len; i++)
    {
      RiskPoint *p = &g_array_index (c->risks, RiskPoint, i);
      guint before = 0;
      double cx, cy;
      g_autofree char *label = g_strdup_printf ("%u.%u", p->step, p->index);
      if (p->likelihood == 0 || p->impact == 0)
        continue;
      for (guint k = 0; k < i; k++)
        {
          RiskPoint *q = &g_array_index (c->risks, RiskPoint, k);
          before += q->likelihood == p->likelihood && q->impact == p->impact;
        }
      cx = x0 + (p->likelihood - 1) * cell + 16 + (before % 3) * 18;
      cy = y0 + (5 - p->impact) * cell + 14 + (before / 3) * 18;
      cairo_new_path (cr); /* text leaves a current point; the circle must not join it */
      cairo_arc (cr, cx, cy, 9, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      draw_text (cr, &c->f, label, 9, TRUE, cx - 9, cy - 7, 18, SJ_ALIGN_CENTER);
    }
  for (guint k = 0; k < 4; k++)
    {
      double lx = x0 + 5 * cell + 16, ly = y0 + 8 + k * c->f.body * 1.45;
      Rgb col = score_colour (k == 0 ? 1 : k == 1 ? 6 : k == 2 ? 12 : 20);
      set_rgb (cr, col);
      cairo_rectangle (cr, lx, ly + 2, 14, 12);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      draw_text (cr, &c->f, legend[k], c->f.body, FALSE, lx + 20, ly, w - lx - 20, SJ_ALIGN_LEFT);
    }
  draw_text (cr, &c->f, "ระดับความเสี่ยง = โอกาส × ผลกระทบ", c->f.body * 0.85, FALSE,
             x0 + 5 * cell + 16, y0 + 12 + 4 * c->f.body * 1.45, w - x0 - 5 * cell - 16,
             SJ_ALIGN_LEFT);
}

static void
draw_risk_bars (cairo_t *cr, RiskChart *c, double w, double h)
{
  double label_w = w * 0.42, bar_x = label_w + 8, bar_w = w - bar_x - 20;
  guint max = 1;
  double row = 30;
  gboolean used[N_LEVELS] = { FALSE };

  for (guint s = 0; s < c->n_steps; s++)
    {
      guint total = 0;
      for (guint l = 0; l < N_LEVELS; l++)
        {
          total += c->counts[s * N_LEVELS + l];
          used[l] |= c->counts[s * N_LEVELS + l] > 0;
        }
      max = MAX (max, total);
    }
  for (guint s = 0; s < c->n_steps; s++)
    {
      double y = 6 + s * row, x = bar_x;
      g_autofree char *label = g_strdup_printf ("%u. %s", s + 1,
                                                (char *) g_ptr_array_index (c->step_names, s));
      g_autoptr (PangoLayout) l = chart_text (&c->f, label, 12, FALSE, label_w, SJ_ALIGN_LEFT);
      pango_layout_set_height (l, -2);
      pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, 0, y);
      sj_show_layout (cr, l);
      for (int lv = N_LEVELS - 1; lv >= 0; lv--)
        {
          double bw = bar_w * c->counts[s * N_LEVELS + lv] / max;
          if (c->counts[s * N_LEVELS + lv] == 0)
            continue;
          set_rgb (cr, level_colours[lv]);
          cairo_rectangle (cr, x, y + 3, bw, row - 10);
          cairo_fill (cr);
          if (bw > 14)
            {
              g_autofree char *n = g_strdup_printf ("%u", c->counts[s * N_LEVELS + lv]);
              cairo_set_source_rgb (cr, 1, 1, 1);
              draw_text (cr, &c->f, n, 11, TRUE, x, y + 3, bw, SJ_ALIGN_CENTER);
            }
          x += bw;
        }
    }
  {
    double lx = bar_x, ly = 10 + c->n_steps * row;
    /* The legend names only the levels the plan uses: a three-level plan shows three. */
    for (int lv = N_LEVELS - 1; lv >= 0; lv--)
      {
        if (!used[lv])
          continue;
        g_autoptr (PangoLayout) l = chart_text (&c->f, lv == SJ_RISK_LEVEL_UNSET
                                                         ? "ไม่ระบุ" : sj_risk_level_label (lv),
                                                c->f.body, FALSE, -1, SJ_ALIGN_LEFT);
        int lw;
        set_rgb (cr, level_colours[lv]);
        cairo_rectangle (cr, lx, ly + c->f.body * 0.3, c->f.body * 0.7, c->f.body * 0.7);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        cairo_move_to (cr, lx + c->f.body, ly);
        sj_show_layout (cr, l);
        pango_layout_get_size (l, &lw, NULL);
        lx += c->f.body * 2.2 + (double) lw / PANGO_SCALE;
      }
    cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
    draw_text (cr, &c->f, "จำนวนประเด็นความเสี่ยงแยกตามระดับ ในแต่ละขั้นตอนการดำเนินงาน",
               c->f.body * 0.85, FALSE, 0, ly + c->f.body * 1.6, w, SJ_ALIGN_LEFT);
  }
}

static void
draw_risk (cairo_t *cr, gpointer data, double w, double h)
{
  RiskChart *c = data;
  if (c->matrix)
    draw_risk_matrix (cr, c, w, h);
  else
    draw_risk_bars (cr, c, w, h);
}

void
sj_chart_add_risk (SjFlow *flow, SjPlan *plan)
{
  RiskChart *c = g_new0 (RiskChart, 1);
  SjStyle center = sj_flow_style (flow);
  double height;

  c->f.ts = sj_typesetter_ref (flow->ts); /* charts are typeset as they are drawn */
  c->f.thai = flow->thai;
  c->f.body = flow->body_size;
  c->risks = g_array_new (FALSE, TRUE, sizeof (RiskPoint));
  c->step_names = g_ptr_array_new_with_free_func (g_free);
  c->n_steps = sj_plan_get_n_risk_steps (plan);
  c->counts = g_new0 (guint, N_LEVELS * MAX (1, c->n_steps));
  for (guint s = 0; s < c->n_steps; s++)
    {
      SjRiskStep *step = sj_plan_get_risk_step_at (plan, s);
      g_ptr_array_add (c->step_names, g_strdup (sj_risk_step_get_name (step)));
      for (guint i = 0; i < sj_risk_step_get_n_risks (step); i++)
        {
          SjRiskItem *r = sj_risk_step_get_risk_at (step, i);
          RiskPoint p = { s + 1, i + 1, sj_risk_item_get_likelihood (r), sj_risk_item_get_impact (r),
                          sj_risk_item_get_level (r) };
          g_array_append_val (c->risks, p);
          c->counts[s * N_LEVELS + MIN (sj_risk_item_get_level (r), N_LEVELS - 1)]++;
          if (p.likelihood > 0 && p.impact > 0)
            c->matrix = TRUE;
        }
    }
  center.bold = TRUE;
  center.align = SJ_ALIGN_CENTER;
  height = c->matrix ? 240 : flow->body_size * 4.4 + 30 * c->n_steps;
  sj_flow_ensure (flow, flow->body_size * 2 + height);
  sj_flow_add_heading (flow,
                       c->matrix ? "แผนภาพความเสี่ยงการทุจริต (โอกาส × ผลกระทบ)"
                                 : "แผนภูมิระดับความเสี่ยงการทุจริตแยกตามขั้นตอนการดำเนินงาน",
                       &center, "chart-title", NULL);
  add_chart (flow, height, draw_risk, c, risk_free);
}

/* Budget -------------------------------------------------------------------------------------- */

typedef struct
{
  Fonts f;
  guint n_dims, n_years, first_year;
  SjMoney amounts[8][SJ_MAX_YEARS];
  SjMoney dim_totals[8];
  SjMoney total;
  char *names[8];
} BudgetChart;

static void
budget_free (gpointer data)
{
  BudgetChart *c = data;
  sj_typesetter_unref (c->f.ts);
  for (guint d = 0; d < c->n_dims; d++)
    g_free (c->names[d]);
  g_free (c);
}

/* "2.5 ล้าน", "750,000": an amount as an axis or a bar reads it. */
static char *
short_money (SjMoney m)
{
  if (m >= sj_money_from_baht (1000000))
    {
      char buf[32];
      char *end;
      g_ascii_formatd (buf, sizeof buf, "%.2f", (double) m / 100.0 / 1000000.0);
      end = buf + strlen (buf) - 1;
      while (end > buf && *end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
      return g_strdup_printf ("%s ล้าน", buf);
    }
  return sj_money_format (m, SJ_MONEY_DECIMALS_NEVER, TRUE);
}

/* A round step for an axis up to @max: 1, 2, 2.5 or 5 times a power of ten, about five steps. */
static double
nice_step (double max)
{
  double raw = max / 5, mag, norm;

  if (raw <= 0)
    return 1;
  mag = pow (10, floor (log10 (raw)));
  norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
}

static void
draw_budget (cairo_t *cr, gpointer data, double w, double h)
{
  BudgetChart *c = data;
  double body = c->f.body, small = body * 0.85;
  /* From the bottom up: the legend (a dimension a row, its name whole), the axis labels, the
   * bars. */
  g_autoptr (GPtrArray) legend = g_ptr_array_new_with_free_func (g_object_unref);
  double legend_h = 8;
  double chart_w, chart_h, axis_x, bottom, plot_h, slot;
  double step, top_value;
  SjMoney max = 1;

  for (guint d = 0; d < c->n_dims; d++)
    {
      g_autofree char *amount = sj_money_format (c->dim_totals[d], SJ_MONEY_DECIMALS_AUTO, TRUE);
      g_autofree char *label = g_strdup_printf ("มิติที่ %u %s (%s บาท)", d + 1, c->names[d], amount);
      PangoLayout *l = chart_text (&c->f, label, body, FALSE, w - body * 1.2, SJ_ALIGN_LEFT);
      legend_h += sj_layout_height (l) + body * 0.15;
      g_ptr_array_add (legend, l);
    }
  chart_w = w * 0.58;
  chart_h = h - legend_h - body * 2.6;
  axis_x = body * 4.2;
  bottom = chart_h;
  plot_h = chart_h - body * 1.6;
  slot = (chart_w - axis_x) / MAX (1, c->n_years);

  if (c->total == SJ_MONEY_OVERFLOW)
    {
      cairo_set_source_rgb (cr, 0.6, 0, 0);
      draw_text (cr, &c->f, "ยอดรวมงบประมาณเกินกว่าที่คำนวณได้ จึงไม่แสดงแผนภูมิ", body, FALSE, 0,
                 h / 2 - 10, w, SJ_ALIGN_CENTER);
      return;
    }
  if (c->total == 0)
    {
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      draw_text (cr, &c->f, "แผนนี้ไม่ใช้งบประมาณ", body, FALSE, 0, h / 2 - 10, w, SJ_ALIGN_CENTER);
      return;
    }
  for (guint y = 0; y < c->n_years; y++)
    {
      SjMoney t = 0;
      for (guint d = 0; d < c->n_dims; d++)
        t = sj_money_add (t, c->amounts[d][y]);
      max = MAX (max, t);
    }
  /* The value axis: round steps, light grid lines, the amounts at the left. */
  step = nice_step ((double) max);
  top_value = ceil ((double) max / step) * step;
  cairo_set_line_width (cr, 0.5);
  for (double v = 0; v <= top_value + step / 2; v += step)
    {
      double y = bottom - plot_h * v / top_value;
      g_autofree char *label = short_money ((SjMoney) llround (v));
      cairo_set_source_rgb (cr, 0.86, 0.86, 0.86);
      cairo_move_to (cr, axis_x, y);
      cairo_line_to (cr, chart_w, y);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
      draw_text (cr, &c->f, label, small, FALSE, 0, y - small * 0.75, axis_x - 6, SJ_ALIGN_RIGHT);
    }
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, axis_x, bottom - plot_h - 4);
  cairo_line_to (cr, axis_x, bottom);
  cairo_line_to (cr, chart_w, bottom);
  cairo_stroke (cr);
  /* Stacked bars: the budget of each dimension in each fiscal year, its total above it. */
  for (guint y = 0; y < c->n_years; y++)
    {
      double x = axis_x + y * slot + slot * 0.2, bw = slot * 0.6, top = bottom;
      SjMoney t = 0;
      g_autofree char *year = g_strdup_printf ("%u", c->first_year + y);
      g_autofree char *label = NULL;
      for (guint d = 0; d < c->n_dims; d++)
        {
          double bh = plot_h * ((double) c->amounts[d][y] / top_value);
          set_rgb (cr, dimension_colours[d % G_N_ELEMENTS (dimension_colours)]);
          cairo_rectangle (cr, x, top - bh, bw, bh);
          cairo_fill (cr);
          top -= bh;
          t = sj_money_add (t, c->amounts[d][y]);
        }
      label = short_money (t);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      draw_text (cr, &c->f, label, small, TRUE, x - slot * 0.2, top - small * 1.5, slot,
                 SJ_ALIGN_CENTER);
      draw_text (cr, &c->f, year, body, FALSE, x - slot * 0.2, bottom + 2, slot, SJ_ALIGN_CENTER);
    }
  draw_text (cr, &c->f, "บาท", small, FALSE, 0, bottom - plot_h - small * 2.4, axis_x - 6,
             SJ_ALIGN_RIGHT);
  draw_text (cr, &c->f, "ปีงบประมาณ", body, FALSE, axis_x, bottom + body * 1.25, chart_w - axis_x,
             SJ_ALIGN_CENTER);

  /* Each dimension's share of the whole period; every slice is labelled, inside when it is
   * wide enough, else outside with a leader line (labels on a side kept apart). */
  {
    double cx = chart_w + (w - chart_w) / 2, cy = chart_h * 0.5;
    double r = MIN ((w - chart_w) / 2 - body * 3.5, chart_h * 0.38);
    double angle = -G_PI / 2;
    double last_y[2] = { -1e9, -1e9 };
    for (guint d = 0; d < c->n_dims; d++)
      {
        double sweep = 2 * G_PI * ((double) c->dim_totals[d] / (double) c->total);
        double mid = angle + sweep / 2;
        char buf[32];
        g_autofree char *pct = NULL;
        if (sweep <= 0)
          continue;
        set_rgb (cr, dimension_colours[d % G_N_ELEMENTS (dimension_colours)]);
        cairo_move_to (cr, cx, cy);
        cairo_arc (cr, cx, cy, r, angle, angle + sweep);
        cairo_close_path (cr);
        cairo_fill (cr);
        g_ascii_formatd (buf, sizeof buf, "%.1f", 100.0 * c->dim_totals[d] / c->total);
        pct = g_strdup_printf ("%s%%", buf);
        if (sweep > 0.45)
          {
            cairo_set_source_rgb (cr, 1, 1, 1);
            draw_text (cr, &c->f, pct, small, TRUE, cx + cos (mid) * r * 0.68 - 30,
                       cy + sin (mid) * r * 0.68 - small * 0.75, 60, SJ_ALIGN_CENTER);
          }
        else
          {
            int side = cos (mid) >= 0 ? 1 : 0;
            double ex = cx + cos (mid) * r * 1.12, ey = cy + sin (mid) * r * 1.12;
            double tx = side ? ex + 4 : ex - 64;
            if (fabs (ey - last_y[side]) < small * 1.4)
              ey = last_y[side] + small * 1.4;
            last_y[side] = ey;
            cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
            cairo_set_line_width (cr, 0.6);
            cairo_move_to (cr, cx + cos (mid) * r * 0.95, cy + sin (mid) * r * 0.95);
            cairo_line_to (cr, ex, ey);
            cairo_stroke (cr);
            cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
            draw_text (cr, &c->f, pct, small, TRUE, tx, ey - small * 0.75, 60,
                       side ? SJ_ALIGN_LEFT : SJ_ALIGN_RIGHT);
          }
        angle += sweep;
      }
    cairo_new_path (cr);
    cairo_arc (cr, cx, cy, r * 0.38, 0, 2 * G_PI);
    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_fill (cr);
    cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
    draw_text (cr, &c->f, "สัดส่วนทั้งแผน", small, FALSE, cx - r * 0.38, cy - small * 0.75,
               r * 0.76, SJ_ALIGN_CENTER);
  }
  /* The legend, at the body size, with the whole-period amount of each dimension. */
  {
    double ly = h - legend_h + 8;
    for (guint d = 0; d < legend->len; d++)
      {
        PangoLayout *l = g_ptr_array_index (legend, d);
        set_rgb (cr, dimension_colours[d % G_N_ELEMENTS (dimension_colours)]);
        cairo_rectangle (cr, 0, ly + body * 0.3, body * 0.7, body * 0.7);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        cairo_move_to (cr, body * 1.1, ly);
        sj_show_layout (cr, l);
        ly += sj_layout_height (l) + body * 0.15;
      }
  }
}

void
sj_chart_add_budget (SjFlow *flow, SjSummary *summary)
{
  BudgetChart *c = g_new0 (BudgetChart, 1);
  SjPlan *plan = sj_summary_get_plan (summary);

  c->f.ts = sj_typesetter_ref (flow->ts); /* charts are typeset as they are drawn */
  c->f.thai = flow->thai;
  c->f.body = flow->body_size;
  c->n_dims = MIN (sj_plan_get_n_dimensions (plan), 8);
  c->n_years = sj_summary_get_n_years (summary);
  c->first_year = sj_summary_get_first_year (summary);
  for (guint d = 0; d < c->n_dims; d++)
    {
      const SjTotals *t = sj_summary_get_dimension_totals (summary, d);
      for (guint y = 0; y < c->n_years; y++)
        c->amounts[d][y] = t->years[y];
      c->dim_totals[d] = t->total;
      c->total = sj_money_add (c->total, t->total);
      c->names[d] = g_strdup (sj_dimension_get_name (sj_plan_get_dimension_at (plan, d)));
    }
  /* As tall as the page allows, up to about half its width: the chart is read beside the table. */
  add_chart (flow, MIN (sj_flow_body_height (flow) - flow->body_size * 3, flow->width * 0.5),
             draw_budget, c, budget_free);
}

/* Targets ------------------------------------------------------------------------------------- */

typedef struct
{
  Fonts f;
  guint n_years, first_year;
  double ita[SJ_MAX_YEARS];
  double cases[SJ_MAX_YEARS];
  gboolean has_ita, has_cases;
} TargetChart;

/* One series of the target chart: its line, its points and each point's value beside it (above,
 * or below when @below, so that two series meeting at a point keep their labels apart). */
static void
draw_series (cairo_t *cr, TargetChart *c, const double *v, double x0, double slot, double bottom,
             double hgt, Rgb colour, gboolean dashed, gboolean below)
{
  static const double dash[] = { 5, 3 };
  double small = c->f.body * 0.85;
  gboolean started = FALSE;

  set_rgb (cr, colour);
  cairo_set_line_width (cr, 2);
  if (dashed)
    cairo_set_dash (cr, dash, 2, 0);
  for (guint y = 0; y < c->n_years; y++)
    {
      double x = x0 + (y + 0.5) * slot, py = bottom - hgt * v[y] / 100.0;
      if (v[y] < 0)
        continue;
      if (!started)
        cairo_move_to (cr, x, py);
      else
        cairo_line_to (cr, x, py);
      started = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint y = 0; y < c->n_years; y++)
    {
      double x = x0 + (y + 0.5) * slot, py = bottom - hgt * v[y] / 100.0;
      char buf[32];
      if (v[y] < 0)
        continue;
      set_rgb (cr, colour);
      cairo_new_path (cr);
      cairo_arc (cr, x, py, 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
      g_ascii_formatd (buf, sizeof buf, "%g", v[y]);
      draw_text (cr, &c->f, buf, small, TRUE, x - 30, below ? py + 4 : py - small * 1.6, 60,
                 SJ_ALIGN_CENTER);
    }
}

/* The ITA score (0–100 points) on the left axis and the reduction of corruption cases (per cent)
 * on the right, each axis with its own title; the fiscal years below. */
static void
draw_targets (cairo_t *cr, gpointer data, double w, double h)
{
  TargetChart *c = data;
  double body = c->f.body, small = body * 0.8;
  double x0 = body * 3.2, x1 = w - (c->has_cases ? body * 3.2 : body);
  double top = body * 1.8, bottom = h - body * 3.4, hgt = bottom - top;
  double slot = (x1 - x0) / MAX (1, c->n_years);
  Rgb ita = { 0.08, 0.40, 0.75 }, cases = { 0.78, 0.16, 0.16 };

  cairo_set_line_width (cr, 0.5);
  for (int k = 0; k <= 100; k += 20)
    {
      char buf[8];
      double y = bottom - hgt * k / 100.0;
      cairo_set_source_rgb (cr, 0.86, 0.86, 0.86);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      cairo_stroke (cr);
      g_snprintf (buf, sizeof buf, "%d", k);
      if (c->has_ita)
        {
          set_rgb (cr, ita);
          draw_text (cr, &c->f, buf, small, FALSE, 0, y - small * 0.75, x0 - 6, SJ_ALIGN_RIGHT);
        }
      if (c->has_cases)
        {
          set_rgb (cr, cases);
          draw_text (cr, &c->f, buf, small, FALSE, x1 + 6, y - small * 0.75, w - x1 - 6,
                     SJ_ALIGN_LEFT);
        }
    }
  /* The axes and their titles */
  cairo_set_line_width (cr, 0.8);
  if (c->has_ita)
    {
      set_rgb (cr, ita);
      cairo_move_to (cr, x0, top);
      cairo_line_to (cr, x0, bottom);
      cairo_stroke (cr);
      draw_text (cr, &c->f, "คะแนน ITA", small, TRUE, 0, top - body * 1.7, x0 * 2, SJ_ALIGN_LEFT);
    }
  if (c->has_cases)
    {
      set_rgb (cr, cases);
      cairo_move_to (cr, x1, top);
      cairo_line_to (cr, x1, bottom);
      cairo_stroke (cr);
      draw_text (cr, &c->f, "ร้อยละ", small, TRUE, x1 - x0, top - body * 1.7, w - x1 + x0,
                 SJ_ALIGN_RIGHT);
    }
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_move_to (cr, x0, bottom);
  cairo_line_to (cr, x1, bottom);
  cairo_stroke (cr);
  for (guint y = 0; y < c->n_years; y++)
    {
      g_autofree char *t = g_strdup_printf ("%u", c->first_year + y);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      draw_text (cr, &c->f, t, small, FALSE, x0 + y * slot, bottom + 3, slot, SJ_ALIGN_CENTER);
    }
  if (c->has_ita)
    draw_series (cr, c, c->ita, x0, slot, bottom, hgt, ita, FALSE, FALSE);
  if (c->has_cases)
    {
      /* Below its points where they run under the ITA line, above them elsewhere. */
      gboolean below = FALSE;
      for (guint y = 0; y < c->n_years && c->has_ita; y++)
        below |= c->cases[y] >= 0 && c->ita[y] >= 0 && c->cases[y] < c->ita[y]
                 && c->ita[y] - c->cases[y] < 12;
      draw_series (cr, c, c->cases, x0, slot, bottom, hgt, cases, TRUE, below);
    }
  /* The legend, at the body size */
  {
    double lx = x0, ly = h - body * 1.5;
    if (c->has_ita)
      {
        g_autoptr (PangoLayout) l = chart_text (&c->f, "คะแนน ITA (เป้าหมาย)", body, FALSE, -1,
                                                SJ_ALIGN_LEFT);
        int lw;
        set_rgb (cr, ita);
        cairo_rectangle (cr, lx, ly + body * 0.55, body * 1.2, 3);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        cairo_move_to (cr, lx + body * 1.5, ly);
        sj_show_layout (cr, l);
        pango_layout_get_size (l, &lw, NULL);
        lx += body * 3 + (double) lw / PANGO_SCALE;
      }
    if (c->has_cases)
      {
        set_rgb (cr, cases);
        cairo_rectangle (cr, lx, ly + body * 0.55, body * 1.2, 3);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        draw_text (cr, &c->f, "คดีทุจริตลดลง (ร้อยละ)", body, FALSE, lx + body * 1.5, ly, -1,
                   SJ_ALIGN_LEFT);
      }
  }
}

gboolean
sj_chart_add_targets (SjFlow *flow, SjPlan *plan)
{
  TargetChart *c = g_new0 (TargetChart, 1);
  SjSettings *settings = sj_plan_get_settings (plan);
  SjStyle center = sj_flow_style (flow);

  c->f.ts = sj_typesetter_ref (flow->ts); /* charts are typeset as they are drawn */
  c->f.thai = flow->thai;
  c->f.body = flow->body_size;
  c->n_years = MIN ((guint) sj_settings_get_years (settings), SJ_MAX_YEARS);
  c->first_year = sj_settings_get_first_year (settings);
  for (guint y = 0; y < SJ_MAX_YEARS; y++)
    c->ita[y] = c->cases[y] = -1;
  for (guint i = 0; i < sj_plan_get_n_targets (plan); i++)
    {
      SjTarget *t = sj_plan_get_target_at (plan, i);
      gboolean is_ita = g_strcmp0 (sj_target_get_kind (t), "ita") == 0;
      gboolean is_cases = g_strcmp0 (sj_target_get_kind (t), "cases") == 0;
      if (!is_ita && !is_cases)
        continue;
      for (guint k = 0; k < sj_target_get_n_values (t); k++)
        {
          SjYearValue *v = sj_target_get_value_at (t, k);
          guint y = sj_year_value_get_year (v) - c->first_year;
          double value = g_ascii_strtod (sj_year_value_get_value (v), NULL);
          if (y >= c->n_years || value < 0 || value > 100)
            continue;
          if (is_ita)
            {
              c->ita[y] = value;
              c->has_ita = TRUE;
            }
          else
            {
              c->cases[y] = value;
              c->has_cases = TRUE;
            }
        }
    }
  if (!c->has_ita && !c->has_cases)
    {
      fonts_free (c);
      return FALSE;
    }
  center.bold = TRUE;
  center.align = SJ_ALIGN_CENTER;
  sj_flow_ensure (flow, flow->body_size * 2 + SJ_MM (72));
  sj_flow_add_heading (flow, "แผนภูมิค่าเป้าหมายรายปี", &center, "chart-title", NULL);
  add_chart (flow, SJ_MM (70), draw_targets, c, fonts_free);
  return TRUE;
}

/* Progress report -------------------------------------------------------------------------- */

#define REPORT_MAX_DIMS 8

typedef struct
{
  Fonts f;
  guint n_dims;
  guint counts[REPORT_MAX_DIMS][4]; /* by SjProgressStatus */
  guint n[REPORT_MAX_DIMS];
  SjMoney budget[REPORT_MAX_DIMS], disbursed[REPORT_MAX_DIMS];
} ReportChart;

/* The status colours, in the order the legend reads them: done, in progress, pending, cannot. */
static const SjProgressStatus status_order[4] = {
  SJ_PROGRESS_STATUS_DONE, SJ_PROGRESS_STATUS_IN_PROGRESS, SJ_PROGRESS_STATUS_PENDING,
  SJ_PROGRESS_STATUS_CANNOT,
};
static const Rgb status_colours[4] = {
  { 0.18, 0.60, 0.30 }, { 0.98, 0.70, 0.15 }, { 0.70, 0.70, 0.70 }, { 0.85, 0.25, 0.22 },
};

/* Left: the status of the projects of each dimension, a stacked bar each. Right: the budget and
 * the disbursement of each dimension, side by side on one scale. */
static void
draw_report (cairo_t *cr, gpointer data, double w, double h)
{
  ReportChart *c = data;
  double body = c->f.body, small = body * 0.85;
  double half = w / 2 - body, legend_h = body * 3.2; /* two lines of legend at most */
  double row = MIN ((h - legend_h - body * 1.6) / MAX (1, c->n_dims), body * 2.6);
  double label_w = body * 4.5, top = body * 1.6;
  guint max_n = 1;
  SjMoney max_money = 1;

  for (guint d = 0; d < c->n_dims; d++)
    {
      max_n = MAX (max_n, c->n[d]);
      max_money = MAX (max_money, MAX (c->budget[d], c->disbursed[d]));
    }
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  draw_text (cr, &c->f, "ผลการดำเนินงานแยกตามมิติ (จำนวนโครงการ)", body, TRUE, 0, 0, half,
             SJ_ALIGN_CENTER);
  draw_text (cr, &c->f, "งบประมาณและการเบิกจ่ายแยกตามมิติ (บาท)", body, TRUE, w / 2 + body, 0, half,
             SJ_ALIGN_CENTER);
  for (guint d = 0; d < c->n_dims; d++)
    {
      double y = top + d * row, x = label_w, bar_w = half - label_w - body * 2;
      g_autofree char *label = g_strdup_printf ("มิติที่ %u", d + 1);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      draw_text (cr, &c->f, label, small, FALSE, 0, y + row * 0.25, label_w - 4, SJ_ALIGN_LEFT);
      for (guint k = 0; k < 4; k++)
        {
          guint n = c->counts[d][status_order[k]];
          double bw = bar_w * n / max_n;
          if (n == 0)
            continue;
          set_rgb (cr, status_colours[k]);
          cairo_rectangle (cr, x, y + row * 0.15, bw, row * 0.7);
          cairo_fill (cr);
          if (bw > small)
            {
              g_autofree char *t = g_strdup_printf ("%u", n);
              cairo_set_source_rgb (cr, 1, 1, 1);
              draw_text (cr, &c->f, t, small, TRUE, x, y + row * 0.25, bw, SJ_ALIGN_CENTER);
            }
          x += bw;
        }
      /* the budget (light) and the disbursement (dark) of the dimension */
      {
        double x0 = w / 2 + body + label_w, mw = half - label_w - body * 5.5;
        double bb = mw * (double) c->budget[d] / (double) max_money;
        double db = mw * (double) c->disbursed[d] / (double) max_money;
        g_autofree char *b = short_money (c->budget[d]);
        g_autofree char *s = short_money (c->disbursed[d]);
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        draw_text (cr, &c->f, label, small, FALSE, w / 2 + body, y + row * 0.25, label_w - 4,
                   SJ_ALIGN_LEFT);
        cairo_set_source_rgb (cr, 0.62, 0.76, 0.92);
        cairo_rectangle (cr, x0, y + row * 0.1, bb, row * 0.38);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.10, 0.37, 0.70);
        cairo_rectangle (cr, x0, y + row * 0.52, db, row * 0.38);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        draw_text (cr, &c->f, b, small * 0.9, FALSE, x0 + bb + 4, y + row * 0.05, body * 5,
                   SJ_ALIGN_LEFT);
        draw_text (cr, &c->f, s, small * 0.9, FALSE, x0 + db + 4, y + row * 0.47, body * 5,
                   SJ_ALIGN_LEFT);
      }
    }
  /* The legends, at the body size */
  {
    double ly = h - legend_h + body * 0.2, lx = 0;
    static const char *const names[4] = { "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ",
                                          "ยังไม่ได้ดำเนินการ", "ไม่สามารถดำเนินการได้" };
    for (guint k = 0; k < 4; k++)
      {
        g_autoptr (PangoLayout) l = chart_text (&c->f, names[k], body, FALSE, -1, SJ_ALIGN_LEFT);
        int lw;
        pango_layout_get_size (l, &lw, NULL);
        if (lx > 0 && lx + body + (double) lw / PANGO_SCALE > half)
          {
            lx = 0; /* on to the legend's second line, within the left half */
            ly += body * 1.5;
          }
        set_rgb (cr, status_colours[k]);
        cairo_rectangle (cr, lx, ly + body * 0.3, body * 0.7, body * 0.7);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        cairo_move_to (cr, lx + body, ly);
        sj_show_layout (cr, l);
        lx += body * 1.8 + (double) lw / PANGO_SCALE;
      }
    lx = w / 2 + body;
    ly = h - legend_h + body * 0.2;
    for (guint k = 0; k < 2; k++)
      {
        g_autoptr (PangoLayout) l = chart_text (&c->f, k == 0 ? "งบประมาณ" : "เบิกจ่าย", body, FALSE,
                                                -1, SJ_ALIGN_LEFT);
        int lw;
        if (k == 0)
          cairo_set_source_rgb (cr, 0.62, 0.76, 0.92);
        else
          cairo_set_source_rgb (cr, 0.10, 0.37, 0.70);
        cairo_rectangle (cr, lx, ly + body * 0.3, body * 0.7, body * 0.7);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        cairo_move_to (cr, lx + body, ly);
        sj_show_layout (cr, l);
        pango_layout_get_size (l, &lw, NULL);
        lx += body * 1.8 + (double) lw / PANGO_SCALE;
      }
  }
}

/**
 * sj_chart_add_report:
 *
 * The charts of a progress report: the status of the projects of each dimension, and the budget
 * against the disbursement of each dimension.
 */
void
sj_chart_add_report (SjFlow *flow, const SjReportData *data)
{
  ReportChart *c = g_new0 (ReportChart, 1);
  SjStyle center = sj_flow_style (flow);
  double height;

  c->f.ts = sj_typesetter_ref (flow->ts); /* charts are typeset as they are drawn */
  c->f.thai = flow->thai;
  c->f.body = flow->body_size;
  c->n_dims = MIN (data->n_dimensions, REPORT_MAX_DIMS);
  for (guint d = 0; d < c->n_dims; d++)
    {
      for (guint k = 0; k < 4; k++)
        c->counts[d][k] = data->dimensions[d].by_status[k];
      c->n[d] = data->dimensions[d].n;
      c->budget[d] = data->dimensions[d].budget == SJ_MONEY_OVERFLOW ? 0 : data->dimensions[d].budget;
      c->disbursed[d] = data->dimensions[d].disbursed == SJ_MONEY_OVERFLOW
                          ? 0 : data->dimensions[d].disbursed;
    }
  height = flow->body_size * (4 + 2.6 * c->n_dims);
  center.bold = TRUE;
  center.align = SJ_ALIGN_CENTER;
  sj_flow_ensure (flow, flow->body_size * 2 + height);
  sj_flow_add_heading (flow, "แผนภูมิผลการดำเนินงาน", &center, "chart-title", NULL);
  add_chart (flow, height, draw_report, c, fonts_free);
}
