/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-flow"
#include "config.h"

#include "sj-flow.h"
#include "sj-thai.h"

#include <math.h>
#include <string.h>

#define MAX_COLS 16

void
sj_flow_init (SjFlow *flow, SjTypesetter *ts, GPtrArray *pages, double page_width,
              double page_height, double left, double right, double top, double bottom)
{
  memset (flow, 0, sizeof *flow);
  flow->ts = ts;
  flow->pages = pages;
  flow->page_width = page_width;
  flow->page_height = page_height;
  flow->margin_left = left;
  flow->margin_right = right;
  flow->margin_top = top;
  flow->margin_bottom = bottom;
  flow->x = left;
  flow->width = page_width - left - right;
  flow->body_size = sj_typesetter_get_size (ts);
  flow->paragraph_indent = SJ_MM (15.0);
  flow->list_indent = SJ_MM (7.0);
  flow->gap = flow->body_size * 0.25;
}

/* Portrait pages keep the official margins; landscape pages (Part 2) turn them with the page, so
 * the binding edge (left in portrait) stays at the top. */
void
sj_flow_set_orientation (SjFlow *flow, gboolean landscape)
{
  double w = MIN (flow->page_width, flow->page_height);
  double h = MAX (flow->page_width, flow->page_height);

  flow->page_width = landscape ? h : w;
  flow->page_height = landscape ? w : h;
  flow->page = NULL;
}

static double
left_margin (SjFlow *flow)
{
  return flow->page_width > flow->page_height ? flow->margin_bottom : flow->margin_left;
}

static double
right_margin (SjFlow *flow)
{
  return flow->page_width > flow->page_height ? flow->margin_top : flow->margin_right;
}

static double
top_margin (SjFlow *flow)
{
  return flow->page_width > flow->page_height ? flow->margin_left : flow->margin_top;
}

static double
bottom_margin (SjFlow *flow)
{
  return flow->page_width > flow->page_height ? flow->margin_right : flow->margin_bottom;
}

/* Headings are kept with what follows them: sj_flow_add_heading() marks what it placed, and a
 * page that ends with it, nothing placed after, gives it to the next page. Consecutive headings
 * (a mission, then its sub-item) move together. */
/**
 * sj_flow_keep_begin:
 *
 * What is placed from now until sj_flow_keep_end() must not end a page: if the page ends right
 * after it, it goes to the next page with what follows (a heading, the date above a signature).
 */
void
sj_flow_keep_begin (SjFlow *flow)
{
  sj_flow_ensure_page (flow);
  if (flow->keep_page == flow->page && flow->keep_end == flow->page->items->len)
    return; /* a heading right after a heading: one block */
  flow->keep_page = flow->page;
  flow->keep_first = flow->page->items->len;
  flow->keep_y = flow->y;
}

void
sj_flow_keep_end (SjFlow *flow)
{
  for (guint i = flow->keep_first; flow->page == flow->keep_page && i < flow->page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (flow->page->items, i);
      if (item->kind == SJ_PAGE_TEXT)
        item->keep_with_next = TRUE;
    }
  if (flow->page != flow->keep_page) /* the heading itself was split between pages */
    flow->keep_page = NULL;
  flow->keep_end = flow->page->items->len;
}

/* Takes the kept headings off @old when nothing follows them there. */
static GPtrArray *
take_kept (SjFlow *flow, SjPage *old, double *from_y)
{
  GPtrArray *taken;

  if (old == NULL || flow->keep_page != old || flow->keep_end != old->items->len
      || flow->keep_first >= flow->keep_end || flow->keep_y <= top_margin (flow) + 0.01)
    return NULL;
  taken = g_ptr_array_new ();
  while (old->items->len > flow->keep_first)
    g_ptr_array_insert (taken, 0, g_ptr_array_steal_index (old->items, old->items->len - 1));
  *from_y = flow->keep_y;
  flow->keep_page = NULL;
  return taken;
}

SjPage *
sj_flow_new_page (SjFlow *flow)
{
  SjPage *page = sj_page_new (flow->page_width, flow->page_height);
  double kept_y = 0, kept_height = flow->y - flow->keep_y;
  g_autoptr (GPtrArray) kept = take_kept (flow, flow->page, &kept_y);

  page->part = flow->part;
  page->numbering = flow->numbering;
  page->source = flow->source;
  g_ptr_array_add (flow->pages, page);
  flow->page = page;
  flow->x = left_margin (flow);
  flow->width = flow->page_width - left_margin (flow) - right_margin (flow);
  flow->y = top_margin (flow);
  /* Room is kept for the page number under the text. */
  flow->bottom = flow->page_height - bottom_margin (flow);
  if (kept != NULL)
    {
      double shift = flow->y - kept_y;
      for (guint i = 0; i < kept->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (kept, i);
          item->y += shift;
          sj_page_append_item (page, item);
        }
      flow->keep_page = page;
      flow->keep_first = 0;
      flow->keep_end = page->items->len;
      flow->keep_y = flow->y;
      flow->y += kept_height;
    }
  return page;
}

/**
 * sj_flow_set_source:
 * @path: (nullable): the model path (sj_model_path()) of what comes next
 *
 * Marks what the items poured from now on show, so that a page can tell which object drew
 * which area (the editor's preview maps a click to the object, and an object to its pages).
 */
void
sj_flow_set_source (SjFlow *flow, const char *path)
{
  flow->source = path ? g_intern_string (path) : NULL;
  if (flow->page)
    flow->page->source = flow->source;
}

/* The height of the text column of a page, from its top margin to the room kept at its foot. */
double
sj_flow_body_height (SjFlow *flow)
{
  return flow->page_height - top_margin (flow) - bottom_margin (flow);
}

SjPage *
sj_flow_ensure_page (SjFlow *flow)
{
  if (flow->page == NULL)
    sj_flow_new_page (flow);
  return flow->page;
}

double
sj_flow_remaining (SjFlow *flow)
{
  sj_flow_ensure_page (flow);
  return flow->bottom - flow->y;
}

/* Starts a new page unless @height fits on this one. */
void
sj_flow_ensure (SjFlow *flow, double height)
{
  sj_flow_ensure_page (flow);
  if (flow->y + height > flow->bottom + 0.01 && flow->y > top_margin (flow) + 0.01)
    sj_flow_new_page (flow);
}

/* Vertical space, dropped at the top of a page. */
void
sj_flow_space (SjFlow *flow, double height)
{
  sj_flow_ensure_page (flow);
  if (flow->y <= top_margin (flow) + 0.01)
    return;
  flow->y += height;
  if (flow->y > flow->bottom)
    flow->y = flow->bottom;
}

/* Moves the position down by @height, also at the top of a page: the fixed spacing of a cover or
 * a letter (sj_flow_space() is the space between blocks, dropped at the top of a page). */
void
sj_flow_advance (SjFlow *flow, double height)
{
  sj_flow_ensure_page (flow);
  flow->y += height;
}

/* What is poured from now on goes onto @pages (the pages of a part), from a new page. */
void
sj_flow_set_pages (SjFlow *flow, GPtrArray *pages)
{
  flow->pages = pages;
  flow->page = NULL;
  flow->keep_page = NULL;
}

/* The flow goes on after @last, a page laid out elsewhere (a piece of the book taken from an
 * earlier book): what is placed next starts a page of its own. */
void
sj_flow_resume_after (SjFlow *flow, SjPage *last)
{
  flow->page = last;
  flow->keep_page = NULL;
  flow->y = flow->bottom;
}

/* Moves the position down to @y (from the top of the page) when it is above it. */
void
sj_flow_advance_to (SjFlow *flow, double y)
{
  sj_flow_ensure_page (flow);
  flow->y = MAX (flow->y, y);
}

/* A link target @name at the position. */
void
sj_flow_add_dest (SjFlow *flow, const char *name)
{
  sj_page_add_dest (sj_flow_ensure_page (flow), name, flow->y);
}

/* Places @item (an image or a chart, its size set) at the position, @x_offset into the column,
 * and moves down by @height; the item is not split, and goes to the next page if it does not
 * fit. */
void
sj_flow_add_item (SjFlow *flow, SjPageItem *item, double x_offset, double height)
{
  sj_flow_ensure (flow, height);
  item->x = flow->x + x_offset;
  item->y = flow->y;
  sj_page_append_item (flow->page, item);
  flow->y += height;
}

/* Places @layout whole at the position (a signature block, a date): never split. */
void
sj_flow_place_layout (SjFlow *flow, PangoLayout *layout, double x_offset, const char *role)
{
  double h = sj_layout_height (layout);

  sj_flow_ensure (flow, h);
  sj_page_add_text (flow->page, layout, flow->x + x_offset, flow->y, 0, -1, role);
  flow->y += h;
}

/* A short centred rule, @width long (under the title of an official letter). */
void
sj_flow_add_rule (SjFlow *flow, double width)
{
  sj_flow_ensure (flow, 10);
  sj_page_add_line (flow->page, flow->x + (flow->width - width) / 2, flow->y + 4,
                    flow->x + (flow->width + width) / 2, flow->y + 4, 0.6);
  flow->y += 10;
}

/* @layout on a band of colour @rgb the width of the column, @pad above and below it (and 6 pt
 * to its left); the band's height must already fit (sj_flow_ensure()). */
void
sj_flow_add_shaded (SjFlow *flow, PangoLayout *layout, const double rgb[3], double pad,
                    const char *role)
{
  double h = sj_layout_height (layout);

  sj_flow_ensure (flow, h + 2 * pad);
  sj_page_add_rect (flow->page, flow->x, flow->y, flow->width, h + 2 * pad, rgb, TRUE);
  sj_page_add_text (flow->page, layout, flow->x + 6, flow->y + pad, 0, -1, role);
  flow->y += h + 2 * pad;
}

SjStyle
sj_flow_style (SjFlow *flow)
{
  SjStyle s = { 0 };
  s.family = sj_typesetter_get_family (flow->ts);
  s.size = flow->body_size;
  s.align = SJ_ALIGN_LEFT;
  return s;
}

PangoLayout *
sj_flow_text_layout (SjFlow *flow, const char *text, const SjStyle *style, double width)
{
  g_autofree char *shown = sj_thai_digits_if (text, flow->thai);
  return sj_typeset_text (flow->ts, shown, style, width);
}

/* Places a layout, splitting it between pages at line boundaries. A page never ends with the
 * first line of a paragraph of three lines or more, and never starts with its last line. */
void
sj_flow_add_layout (SjFlow *flow, PangoLayout *layout, double x_offset, const char *role)
{
  int n = pango_layout_get_line_count (layout);
  int done = 0;

  sj_flow_ensure_page (flow);
  while (done < n)
    {
      int fit = sj_layout_lines_fitting (layout, done, flow->bottom - flow->y);
      int left = n - done;

      if (fit < left && left >= 3)
        {
          if (fit == left - 1)
            fit--; /* leave two lines for the next page */
          if (done == 0 && fit == 1)
            fit = 0; /* do not leave the first line alone */
        }
      else if (fit < left && left == 2)
        fit = 0; /* two lines are not parted */
      if (fit <= 0)
        {
          if (flow->y <= top_margin (flow) + 0.01)
            fit = 1; /* a line taller than a page: place it anyway */
          else
            {
              sj_flow_new_page (flow);
              continue;
            }
        }
      sj_page_add_text (flow->page, layout, flow->x + x_offset, flow->y, done, fit, role);
      ((SjPageItem *) g_ptr_array_index (flow->page->items, flow->page->items->len - 1))->flowed
        = TRUE;
      flow->y += sj_layout_lines_height (layout, done, fit);
      done += fit;
      if (done < n)
        sj_flow_new_page (flow);
    }
}

void
sj_flow_add_text (SjFlow *flow, const char *text, const SjStyle *style, double x_offset,
                  const char *role)
{
  g_autoptr (PangoLayout) layout = NULL;

  sj_flow_ensure_page (flow);
  layout = sj_flow_text_layout (flow, text, style, flow->width - x_offset);
  sj_flow_add_layout (flow, layout, x_offset, role);
}

/* A heading is kept with the first lines of what follows it; @dest names the spot for links. */
void
sj_flow_add_heading (SjFlow *flow, const char *text, const SjStyle *style, const char *role,
                     const char *dest)
{
  g_autoptr (PangoLayout) layout = NULL;

  sj_flow_ensure_page (flow);
  layout = sj_flow_text_layout (flow, text, style, flow->width);
  sj_flow_ensure (flow, sj_layout_height (layout) + flow->body_size * 3.2);
  sj_flow_keep_begin (flow);
  if (dest)
    sj_page_add_dest (flow->page, dest, flow->y);
  sj_flow_add_layout (flow, layout, 0, role);
  sj_flow_keep_end (flow);
}

/* "1. ชื่อโครงการ : value" on one paragraph with a bold label. */
void
sj_flow_add_label_value (SjFlow *flow, const char *label, const char *value, const char *role)
{
  SjBlock *p = sj_block_new_paragraph ();
  SjStyle style = sj_flow_style (flow);
  g_autoptr (PangoLayout) layout = NULL;

  sj_block_add_run (p, label, SJ_RUN_BOLD, NULL);
  if (value && *value)
    {
      sj_block_add_run (p, " ", 0, NULL);
      sj_block_add_run (p, value, 0, NULL);
    }
  style.indent = 0;
  sj_flow_ensure_page (flow);
  layout = sj_typeset_runs (flow->ts, p, &style, flow->width, flow->thai, NULL, NULL);
  sj_flow_ensure (flow, MIN (sj_layout_height (layout), flow->body_size * 4));
  if (value == NULL || *value == '\0') /* a label over what follows: a heading */
    sj_flow_keep_begin (flow);
  sj_flow_add_layout (flow, layout, 0, role);
  if (value == NULL || *value == '\0')
    sj_flow_keep_end (flow);
  sj_block_free (p);
}

/* Rich text ----------------------------------------------------------------------------------- */

static void add_blocks (SjFlow *flow, GPtrArray *blocks, double x_offset, const char *prefix,
                        gboolean in_item);

static PangoLayout *
paragraph_layout (SjFlow *flow, SjBlock *b, double width, gboolean in_item)
{
  SjStyle style = sj_flow_style (flow);

  style.align = b->align;
  style.indent = (b->indent && !in_item && b->align == SJ_ALIGN_JUSTIFY) ? flow->paragraph_indent
                                                                         : 0;
  return sj_typeset_runs (flow->ts, b, &style, width, flow->thai, flow->fact, flow->fact_data);
}

static char *
cell_text (GPtrArray *blocks)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < blocks->len; i++)
    {
      g_autoptr (SjRich) tmp = sj_rich_new ();
      g_autofree char *text = NULL;
      SjBlock *b = g_ptr_array_index (blocks, i);
      /* Cells hold short text; their blocks are shown as lines. */
      g_ptr_array_add (sj_rich_get_blocks (tmp), b);
      text = sj_rich_to_plain (tmp);
      g_ptr_array_steal_index (sj_rich_get_blocks (tmp), 0);
      if (s->len)
        g_string_append_c (s, '\n');
      g_string_append (s, text);
    }
  return g_string_free (s, FALSE);
}

/**
 * sj_table_distribute_widths:
 * @relative: (nullable): relative widths of the columns as written in the plan (any numbers)
 * @out: (out caller-allocates): @n_cols widths in points, summing to @avail
 *
 * Shares @avail among the columns in proportion to @relative. A missing, zero, negative or
 * non-finite width (a file can say "0 0 0") takes the average of the usable ones, and every
 * column keeps at least room for a few letters, so no cell divides by zero or leaves the page.
 */
void
sj_table_distribute_widths (GArray *relative, guint n_cols, double avail, double *out)
{
  double sum = 0, fallback, total = 0, min_w, deficit = 0, spare = 0;
  guint n_usable = 0;

  if (n_cols == 0)
    return;
  for (guint c = 0; c < n_cols; c++)
    {
      double v = relative && c < relative->len ? g_array_index (relative, double, c) : NAN;
      if (isfinite (v) && v > 0)
        {
          sum += v;
          n_usable++;
        }
    }
  fallback = n_usable ? sum / n_usable : 1.0;
  for (guint c = 0; c < n_cols; c++)
    {
      double v = relative && c < relative->len ? g_array_index (relative, double, c) : NAN;
      out[c] = isfinite (v) && v > 0 ? v : fallback;
      total += out[c];
    }
  for (guint c = 0; c < n_cols; c++)
    out[c] = out[c] / total * avail;
  /* At least 18 pt (or an equal share, if the columns are that many), taken from the others. */
  min_w = MIN (18.0, avail / n_cols);
  for (guint c = 0; c < n_cols; c++)
    {
      if (out[c] < min_w)
        deficit += min_w - out[c];
      else
        spare += out[c] - min_w;
    }
  if (deficit > 0 && spare > 0)
    for (guint c = 0; c < n_cols; c++)
      out[c] = out[c] < min_w ? min_w : out[c] - (out[c] - min_w) * deficit / spare;
}

static void
add_rich_table (SjFlow *flow, SjBlock *b, double x_offset)
{
  guint n_cols = MIN (sj_block_table_columns (b), MAX_COLS);
  double widths[MAX_COLS];
  double avail = flow->width - x_offset;
  SjTable *table;

  if (n_cols == 0)
    return;
  sj_table_distribute_widths (b->widths, n_cols, avail, widths);
  table = sj_table_new (n_cols, widths, 3.0);
  for (guint r = 0; r < b->rows->len; r++)
    {
      SjRow *row = g_ptr_array_index (b->rows, r);
      SjTableRow *tr = sj_table_add_row (table, row->header);
      guint col = 0;
      for (guint c = 0; c < row->cells->len && col < n_cols; c++)
        {
          SjCell *cell = g_ptr_array_index (row->cells, c);
          guint span = MIN (cell->colspan, n_cols - col);
          double w = 0;
          g_autofree char *text = cell_text (cell->blocks);
          SjStyle style = sj_flow_style (flow);
          g_autoptr (PangoLayout) layout = NULL;

          for (guint k = col; k < col + span; k++)
            w += widths[k];
          style.align = cell->align == SJ_ALIGN_JUSTIFY ? SJ_ALIGN_LEFT : cell->align;
          style.bold = row->header;
          layout = sj_flow_text_layout (flow, text, &style, w - 6.0);
          sj_table_add_cell (tr, col, span, 1, layout, NULL, NULL);
          col += span;
        }
    }
  sj_flow_add_table (flow, table, x_offset, b->borders);
  sj_table_free (table);
}

/* The lines of @layout that must stay together at its start (two, or all of a short one). */
static double
head_height (PangoLayout *layout)
{
  int n = pango_layout_get_line_count (layout);
  return sj_layout_lines_height (layout, 0, n >= 3 ? 2 : n);
}

static gboolean
is_numbered (SjListStyle style)
{
  return style == SJ_LIST_NUMBER_PAREN || style == SJ_LIST_NUMBER_DOT
         || style == SJ_LIST_PAREN_NUMBER || style == SJ_LIST_OUTLINE;
}

static void
add_list (SjFlow *flow, SjBlock *b, double x_offset, const char *prefix)
{
  SjStyle mstyle = sj_flow_style (flow);
  double marker_w = 0;
  g_autoptr (GPtrArray) markers = g_ptr_array_new_with_free_func (g_object_unref);

  /* The markers of a list share one width, so the items line up. */
  for (guint i = 0; i < b->items->len; i++)
    {
      g_autofree char *m = sj_list_marker (b->style, prefix, b->start + i, flow->thai);
      PangoLayout *l = sj_typeset_text (flow->ts, m, &mstyle, -1);
      int w;
      pango_layout_get_size (l, &w, NULL);
      marker_w = MAX (marker_w, (double) w / PANGO_SCALE);
      g_ptr_array_add (markers, l);
    }
  if (marker_w > 0)
    marker_w += flow->body_size * 0.35;

  for (guint i = 0; i < b->items->len; i++)
    {
      SjItem *item = g_ptr_array_index (b->items, i);
      PangoLayout *marker = g_ptr_array_index (markers, i);
      double content_x = x_offset + marker_w;
      g_autofree char *path = NULL;
      guint first_rest = 0;

      /* The numbers of nested outline items continue this item's: 2) → 2.1) → 2.1.1) */
      if (is_numbered (b->style))
        path = (b->style == SJ_LIST_OUTLINE && prefix && *prefix)
                 ? g_strdup_printf ("%s.%u", prefix, b->start + i)
                 : g_strdup_printf ("%u", b->start + i);
      else
        path = g_strdup (prefix ? prefix : "");

      sj_flow_ensure_page (flow);
      if (item->blocks->len > 0
          && ((SjBlock *) g_ptr_array_index (item->blocks, 0))->kind == SJ_BLOCK_PARAGRAPH)
        {
          SjBlock *p = g_ptr_array_index (item->blocks, 0);
          g_autoptr (PangoLayout) content = paragraph_layout (flow, p, flow->width - content_x,
                                                               TRUE);
          sj_flow_ensure (flow, head_height (content));
          if (marker_w > 0)
            sj_page_add_text (flow->page, marker, flow->x + x_offset, flow->y, 0, -1, NULL);
          sj_flow_add_layout (flow, content, content_x, NULL);
          first_rest = 1;
        }
      else
        {
          sj_flow_ensure (flow, sj_layout_height (marker));
          if (marker_w > 0)
            sj_page_add_text (flow->page, marker, flow->x + x_offset, flow->y, 0, -1, NULL);
        }
      if (first_rest < item->blocks->len)
        {
          g_autoptr (GPtrArray) rest = g_ptr_array_new ();
          for (guint k = first_rest; k < item->blocks->len; k++)
            g_ptr_array_add (rest, g_ptr_array_index (item->blocks, k));
          add_blocks (flow, rest, content_x, path, TRUE);
        }
    }
}

static void
add_blocks (SjFlow *flow, GPtrArray *blocks, double x_offset, const char *prefix,
            gboolean in_item)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      switch (b->kind)
        {
        case SJ_BLOCK_PARAGRAPH:
          {
            g_autoptr (PangoLayout) layout = paragraph_layout (flow, b, flow->width - x_offset,
                                                              in_item);
            sj_flow_ensure_page (flow);
            sj_flow_ensure (flow, head_height (layout));
            sj_flow_add_layout (flow, layout, x_offset, NULL);
            if (!in_item)
              sj_flow_space (flow, flow->gap);
          }
          break;
        case SJ_BLOCK_LIST:
          /* A list in prose starts where paragraphs indent their first line. */
          add_list (flow, b, in_item ? x_offset : x_offset + flow->paragraph_indent / 2, prefix);
          if (!in_item)
            sj_flow_space (flow, flow->gap);
          break;
        case SJ_BLOCK_TABLE:
          sj_flow_space (flow, flow->gap);
          add_rich_table (flow, b, x_offset);
          sj_flow_space (flow, flow->gap);
          break;
        default:
          break;
        }
    }
}

void
sj_flow_add_rich (SjFlow *flow, SjRich *rich, double x_offset)
{
  if (rich == NULL)
    return;
  add_blocks (flow, sj_rich_get_blocks (rich), x_offset, "", FALSE);
}

/* Tables ------------------------------------------------------------------------------------- */

typedef struct
{
  PangoLayout *layout;
  PangoLayout *continued; /* shown where a spanning cell goes on after a page break */
  PangoLayout *continued_short; /* … where that does not fit beside the rows of the page */
  guint col, colspan, rowspan;
  char *role;
  int lines_done;
  double indent; /* extra left space inside the cell */
  const char *source; /* of its row, interned */
} TCell;

struct _SjTableRow
{
  GPtrArray *cells; /* of TCell */
  gboolean header;
  gboolean keep;
  gboolean with_previous; /* never starts a page: a total stays with the rows it adds up */
  double shade; /* 0 for none, else the grey level of the fill */
  const char *source; /* what the row shows, interned */
};

struct _SjTable
{
  guint n_cols;
  double widths[MAX_COLS];
  double pad;
  GPtrArray *rows; /* of SjTableRow, headers first */
};

static void
tcell_free (gpointer data)
{
  TCell *c = data;
  g_clear_object (&c->layout);
  g_clear_object (&c->continued);
  g_clear_object (&c->continued_short);
  g_free (c->role);
  g_free (c);
}

static void
trow_free (gpointer data)
{
  SjTableRow *r = data;
  g_ptr_array_unref (r->cells);
  g_free (r);
}

SjTable *
sj_table_new (guint n_cols, const double *widths, double pad)
{
  SjTable *t = g_new0 (SjTable, 1);

  t->n_cols = MIN (n_cols, MAX_COLS);
  memcpy (t->widths, widths, t->n_cols * sizeof (double));
  t->pad = pad;
  t->rows = g_ptr_array_new_with_free_func (trow_free);
  return t;
}

void
sj_table_free (SjTable *t)
{
  if (t == NULL)
    return;
  g_ptr_array_unref (t->rows);
  g_free (t);
}

double
sj_table_width (SjTable *t)
{
  double w = 0;
  for (guint c = 0; c < t->n_cols; c++)
    w += t->widths[c];
  return w;
}

SjTableRow *
sj_table_add_row (SjTable *t, gboolean header)
{
  SjTableRow *r = g_new0 (SjTableRow, 1);
  r->cells = g_ptr_array_new_with_free_func (tcell_free);
  r->header = header;
  r->shade = header ? 0.9 : 0;
  g_ptr_array_add (t->rows, r);
  return r;
}

void
sj_table_row_set_keep (SjTableRow *row, gboolean keep)
{
  row->keep = keep;
}

/* The row (a subtotal, a total) is never the first on a page: when it does not fit, the row
 * before it moves (or, when tall, splits) so that the two pages share them. */
void
sj_table_row_set_with_previous (SjTableRow *row, gboolean with_previous)
{
  row->with_previous = with_previous;
}

void
sj_table_row_set_shade (SjTableRow *row, double grey)
{
  row->shade = grey;
}

void
sj_table_add_cell (SjTableRow *row, guint col, guint colspan, guint rowspan, PangoLayout *layout,
                   const char *role, PangoLayout *continued)
{
  TCell *c = g_new0 (TCell, 1);
  c->layout = layout ? g_object_ref (layout) : NULL;
  c->continued = continued ? g_object_ref (continued) : NULL;
  c->col = col;
  c->colspan = MAX (colspan, 1);
  c->rowspan = MAX (rowspan, 1);
  c->role = g_strdup (role);
  c->source = row->source;
  g_ptr_array_add (row->cells, c);
}

/**
 * sj_table_cell_set_continued_short:
 * @layout: the short form of the last cell added to @row's "continued" text
 *
 * Where a spanning cell goes on after a page break over rows too short for its continued text,
 * the rows grow to show it when they end the span; on a page they do not end, this short form
 * is shown instead (a dimension's number for its name).
 */
void
sj_table_cell_set_continued_short (SjTableRow *row, PangoLayout *layout)
{
  TCell *c;

  g_return_if_fail (row->cells->len > 0);
  c = g_ptr_array_index (row->cells, row->cells->len - 1);
  g_set_object (&c->continued_short, layout);
}

/* What the cells added to @row from now on show (a project, a mission …). */
void
sj_table_row_set_source (SjTableRow *row, const char *path)
{
  row->source = path ? g_intern_string (path) : NULL;
}

void
sj_table_indent_last_cell (SjTableRow *row, double indent)
{
  g_return_if_fail (row->cells->len > 0);
  ((TCell *) g_ptr_array_index (row->cells, row->cells->len - 1))->indent = indent;
}

static double
cell_x (SjTable *t, guint col)
{
  double x = 0;
  for (guint c = 0; c < col; c++)
    x += t->widths[c];
  return x;
}

static double
cell_w (SjTable *t, TCell *c)
{
  double w = 0;
  for (guint k = c->col; k < c->col + c->colspan && k < t->n_cols; k++)
    w += t->widths[k];
  return w;
}

static double
content_height (SjTable *t, TCell *c)
{
  return (c->layout ? sj_layout_height (c->layout) : 0) + 2 * t->pad;
}

/* Heights of rows [first, last): each row is as tall as its single-row cells; a spanning cell
 * that needs more makes the last row of its span taller. */
static double *
row_heights (SjTable *t, guint first, guint last)
{
  double *h = g_new0 (double, last - first);

  for (guint r = first; r < last; r++)
    {
      SjTableRow *row = g_ptr_array_index (t->rows, r);
      h[r - first] = 2 * t->pad + 4;
      for (guint k = 0; k < row->cells->len; k++)
        {
          TCell *c = g_ptr_array_index (row->cells, k);
          if (c->rowspan == 1)
            h[r - first] = MAX (h[r - first], content_height (t, c));
        }
    }
  for (guint r = first; r < last; r++)
    {
      SjTableRow *row = g_ptr_array_index (t->rows, r);
      for (guint k = 0; k < row->cells->len; k++)
        {
          TCell *c = g_ptr_array_index (row->cells, k);
          guint end = MIN (r + c->rowspan, last);
          double sum = 0;
          if (c->rowspan == 1 || row->header == FALSE)
            continue; /* body spans may break over pages; only header spans stretch rows */
          for (guint q = r; q < end; q++)
            sum += h[q - first];
          if (sum < content_height (t, c))
            h[end - 1 - first] += content_height (t, c) - sum;
        }
    }
  return h;
}

static void
draw_cell (SjFlow *flow, SjTable *t, double x0, TCell *c, double y, double height, int first,
           int n, gboolean borders, gboolean centre, PangoLayout *override)
{
  PangoLayout *layout = override ? override : c->layout;
  double x = x0 + cell_x (t, c->col);
  double w = cell_w (t, c);
  const char *page_source = flow->page->source;

  if (c->source)
    flow->page->source = c->source;
  if (borders)
    {
      double black[3] = { 0, 0, 0 };
      sj_page_add_rect (flow->page, x, y, w, height, black, FALSE);
    }
  if (layout != NULL && n != 0)
    {
      double text_h = n < 0 ? sj_layout_height (layout) : sj_layout_lines_height (layout, first, n);
      double dy = centre ? MAX (0, (height - text_h) / 2) : t->pad;
      sj_page_add_text (flow->page, layout, x + t->pad + c->indent, y + dy, first, n, c->role);
    }
  flow->page->source = page_source;
}

static void
place_header (SjFlow *flow, SjTable *t, double x0, guint n_header, const double *hh,
              gboolean borders)
{
  double y = flow->y;

  for (guint r = 0; r < n_header; r++)
    {
      SjTableRow *row = g_ptr_array_index (t->rows, r);
      if (row->shade > 0)
        {
          double grey[3] = { row->shade, row->shade, row->shade };
          sj_page_add_rect (flow->page, x0, y, sj_table_width (t), hh[r], grey, TRUE);
        }
      y += hh[r];
    }
  y = flow->y;
  for (guint r = 0; r < n_header; r++)
    {
      SjTableRow *row = g_ptr_array_index (t->rows, r);
      for (guint k = 0; k < row->cells->len; k++)
        {
          TCell *c = g_ptr_array_index (row->cells, k);
          double h = 0;
          for (guint q = r; q < MIN (r + c->rowspan, n_header); q++)
            h += hh[q];
          draw_cell (flow, t, x0, c, y, h, 0, -1, borders, TRUE, NULL);
        }
      y += hh[r];
    }
  flow->y = y;
}

typedef struct
{
  TCell *cell;
  guint last_row;  /* the last row the span covers */
  double top;      /* where its piece on this page starts */
  gboolean started_here;
} OpenSpan;

/* What a span shows in its piece of @h points on this page, and how many of its lines: its text
 * where it starts; after a page break its continued text if that fits, else the short form if
 * that fits, else as many lines as fit of the shortest. */
static PangoLayout *
span_label (SjTable *t, OpenSpan *os, double h, int *fit)
{
  TCell *c = os->cell;
  PangoLayout *l;

  if (os->started_here || c->continued == NULL)
    {
      l = os->started_here ? NULL : c->continued;
      *fit = (l ? l : c->layout) ? sj_layout_lines_fitting (l ? l : c->layout, 0, h - 2 * t->pad)
                                 : 0;
      return l;
    }
  if (sj_layout_height (c->continued) + 2 * t->pad <= h + 0.01 || c->continued_short == NULL)
    l = c->continued;
  else
    l = c->continued_short;
  *fit = sj_layout_lines_fitting (l, 0, h - 2 * t->pad);
  return l;
}

/* The height a span's continued text needs on a page after its first. */
static double
span_continued_height (SjTable *t, OpenSpan *os)
{
  PangoLayout *l = os->started_here ? os->cell->layout : os->cell->continued;
  return l ? sj_layout_height (l) + 2 * t->pad : 0;
}

/**
 * sj_flow_add_table:
 *
 * Places a table whose first rows may be header rows: the header is repeated on every page, a
 * row that does not fit is split between pages at line boundaries (unless it is marked keep),
 * and a cell spanning several rows is drawn as one cell per page, its text repeated (in its
 * "continued" form when it has one) on the pages after the first.
 */
void
sj_flow_add_table (SjFlow *flow, SjTable *t, double x_offset, gboolean borders)
{
  guint n_header = 0, n_rows = t->rows->len;
  g_autofree double *hh = NULL;
  g_autofree double *bh = NULL;
  double x0;
  double header_h = 0;
  g_autoptr (GArray) spans = g_array_new (FALSE, TRUE, sizeof (OpenSpan));
  double min_line = flow->body_size * 1.6 + 2 * t->pad;
  double body_top;

  while (n_header < n_rows && ((SjTableRow *) g_ptr_array_index (t->rows, n_header))->header)
    n_header++;
  hh = row_heights (t, 0, n_header);
  bh = row_heights (t, n_header, n_rows);
  for (guint r = 0; r < n_header; r++)
    header_h += hh[r];

  sj_flow_ensure_page (flow);
  x0 = flow->x + x_offset;
  /* The header and the first row start on the same page. */
  sj_flow_ensure (flow, header_h + MIN (n_rows > n_header ? bh[0] : 0, min_line * 2));
  place_header (flow, t, x0, n_header, hh, borders);
  body_top = flow->y;

  for (guint r = n_header; r < n_rows; r++)
    {
      SjTableRow *row = g_ptr_array_index (t->rows, r);
      double need = bh[r - n_header];
      gboolean split = FALSE;

      /* A row that starts a span needs room for the span's whole text on this page (the rows
       * beside it fill that room, or an empty band under them does). */
      for (guint k = 0; k < row->cells->len; k++)
        {
          TCell *c = g_ptr_array_index (row->cells, k);
          if (c->rowspan > 1 && c->layout)
            need = MAX (need, MIN (content_height (t, c),
                                   flow->bottom - top_margin (flow) - header_h));
        }

      while (TRUE)
        {
          double room = flow->bottom - flow->y;
          double split_room = room;
          double followers = 0;
          double piece = 0;
          gboolean all_done = TRUE;

          /* A row that ends a span grows, if need be, to show the span's text on this page
           * whole ("1. มิติ … (ต่อ)" beside one short row). */
          for (guint k = 0; k < spans->len; k++)
            {
              OpenSpan *os = &g_array_index (spans, OpenSpan, k);
              double missing = span_continued_height (t, os) - (flow->y - os->top);
              if (os->last_row == r && missing > bh[r - n_header])
                {
                  bh[r - n_header] = missing;
                  need = MAX (need, missing);
                }
            }

          /* Rows that must not start a page come along with this one (unless it already
           * starts one, where moving on would gain nothing). */
          if (flow->y > body_top + 0.01)
            for (guint f = r + 1;
                 f < n_rows && ((SjTableRow *) g_ptr_array_index (t->rows, f))->with_previous; f++)
              followers += bh[f - n_header];
          if (need <= room + 0.01 && followers > 0)
            split_room = room - followers;

          if (need + followers <= room + 0.01)
            piece = bh[r - n_header];
          else if (!row->keep && split_room >= min_line
                   && (bh[r - n_header] > min_line * 3.5 || flow->y <= body_top + 0.01))
            /* Only tall rows are split: moving a short row leaves a small gap, splitting it
             * would leave a line or two of a cell on each page. */
            {
              /* Split the row: each single-row cell gives the lines that fit. */
              gboolean any = FALSE;
              for (guint k = 0; k < row->cells->len; k++)
                {
                  TCell *c = g_ptr_array_index (row->cells, k);
                  int left, fit;
                  if (c->rowspan > 1 || c->layout == NULL)
                    continue;
                  left = pango_layout_get_line_count (c->layout) - c->lines_done;
                  fit = sj_layout_lines_fitting (c->layout, c->lines_done,
                                                 split_room - 2 * t->pad);
                  if (fit > 0)
                    any = TRUE;
                  if (fit < left)
                    piece = MAX (piece, sj_layout_lines_height (c->layout, c->lines_done, fit)
                                          + 2 * t->pad);
                  else
                    piece = MAX (piece, sj_layout_lines_height (c->layout, c->lines_done, left)
                                          + 2 * t->pad);
                }
              if (!any)
                piece = 0;
              else
                split = TRUE;
            }

          if (piece <= 0 && flow->y <= body_top + 0.01)
            piece = bh[r - n_header]; /* taller than a page and unsplittable: let it overflow */
          if (piece <= 0)
            {
              /* A span whose text does not fit beside the rows placed on this page gets an
               * empty band under them, as tall as its text needs, when the page has the room. */
              double band = 0;
              for (guint s = 0; s < spans->len; s++)
                {
                  OpenSpan *os = &g_array_index (spans, OpenSpan, s);
                  band = MAX (band, span_continued_height (t, os) - (flow->y - os->top));
                }
              if (band > 0 && band <= flow->bottom - flow->y + 0.01)
                {
                  for (guint col = 0; borders && col < t->n_cols; col++)
                    {
                      gboolean spanned = FALSE;
                      double black[3] = { 0, 0, 0 };
                      for (guint s = 0; s < spans->len; s++)
                        {
                          TCell *c = g_array_index (spans, OpenSpan, s).cell;
                          spanned |= col >= c->col && col < c->col + c->colspan;
                        }
                      if (!spanned)
                        sj_page_add_rect (flow->page, x0 + cell_x (t, col), flow->y,
                                          t->widths[col], band, black, FALSE);
                    }
                  flow->y += band;
                }
              /* Close the spans' pieces on this page, then continue on a new one. */
              for (guint s = 0; s < spans->len; s++)
                {
                  OpenSpan *os = &g_array_index (spans, OpenSpan, s);
                  double h = flow->y - os->top;
                  int fit;
                  PangoLayout *shown = span_label (t, os, h, &fit);
                  if (h > 0)
                    draw_cell (flow, t, x0, os->cell, os->top, h, 0, fit, borders, FALSE, shown);
                  os->top = -1;
                  os->started_here = FALSE;
                }
              sj_flow_new_page (flow);
              place_header (flow, t, x0, n_header, hh, borders);
              body_top = flow->y;
              for (guint s = 0; s < spans->len; s++)
                g_array_index (spans, OpenSpan, s).top = flow->y;
              need = bh[r - n_header];
              continue;
            }

          /* Open the spans this row starts. */
          for (guint k = 0; k < row->cells->len; k++)
            {
              TCell *c = g_ptr_array_index (row->cells, k);
              gboolean open = FALSE;
              if (c->rowspan <= 1)
                continue;
              for (guint s = 0; s < spans->len; s++)
                open |= g_array_index (spans, OpenSpan, s).cell == c;
              if (!open)
                {
                  OpenSpan os = { c, r + c->rowspan - 1, flow->y, TRUE };
                  g_array_append_val (spans, os);
                }
            }
          if (row->shade > 0)
            {
              double grey[3] = { row->shade, row->shade, row->shade };
              for (guint k = 0; k < row->cells->len; k++)
                {
                  TCell *c = g_ptr_array_index (row->cells, k);
                  if (c->rowspan == 1)
                    sj_page_add_rect (flow->page, x0 + cell_x (t, c->col), flow->y, cell_w (t, c),
                                      piece, grey, TRUE);
                }
            }
          for (guint k = 0; k < row->cells->len; k++)
            {
              TCell *c = g_ptr_array_index (row->cells, k);
              int left, fit;
              if (c->rowspan > 1)
                continue;
              if (c->layout == NULL)
                {
                  draw_cell (flow, t, x0, c, flow->y, piece, 0, 0, borders, FALSE, NULL);
                  continue;
                }
              left = pango_layout_get_line_count (c->layout) - c->lines_done;
              fit = split ? sj_layout_lines_fitting (c->layout, c->lines_done, piece - 2 * t->pad)
                          : left;
              fit = MIN (fit, left);
              draw_cell (flow, t, x0, c, flow->y, piece, c->lines_done, fit, borders, FALSE,
                         NULL);
              c->lines_done += fit;
              if (c->lines_done < pango_layout_get_line_count (c->layout))
                all_done = FALSE;
            }
          flow->y += piece;
          if (all_done)
            break;
          /* The rest of the row goes on the next page. */
          need = 0;
          for (guint k = 0; k < row->cells->len; k++)
            {
              TCell *c = g_ptr_array_index (row->cells, k);
              if (c->rowspan == 1 && c->layout)
                need = MAX (need, sj_layout_lines_height (c->layout, c->lines_done,
                                                          pango_layout_get_line_count (c->layout)
                                                            - c->lines_done)
                                    + 2 * t->pad);
            }
          bh[r - n_header] = need;
          split = FALSE;
        }

      /* Close the spans that end with this row. */
      for (guint s = 0; s < spans->len;)
        {
          OpenSpan *os = &g_array_index (spans, OpenSpan, s);
          if (os->last_row == r)
            {
              double h = flow->y - os->top;
              int fit;
              PangoLayout *shown = span_label (t, os, h, &fit);
              draw_cell (flow, t, x0, os->cell, os->top, h, 0, fit, borders, FALSE, shown);
              g_array_remove_index (spans, s);
            }
          else
            s++;
        }
    }
  for (guint s = 0; s < spans->len; s++)
    {
      OpenSpan *os = &g_array_index (spans, OpenSpan, s);
      draw_cell (flow, t, x0, os->cell, os->top, flow->y - os->top, 0, -1, borders, FALSE,
                 os->started_here ? NULL : os->cell->continued);
    }
}
