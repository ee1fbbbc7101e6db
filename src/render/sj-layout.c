/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-layout"
#include "config.h"

#include "sj-layout.h"
#include "sj-thai.h"

#include <string.h>

struct _SjTypesetter
{
  PangoFontMap *fontmap;
  PangoContext *context;
  char *family;
  double size;
};

/**
 * sj_typesetter_new:
 *
 * Text is laid out at 72 units per inch (1 unit = 1 point) with hinting off and unrounded glyph
 * positions, so a page measures the same on screen, in print and in the PDF.
 */
SjTypesetter *
sj_typesetter_new (const char *family, double size)
{
  SjTypesetter *ts = g_new0 (SjTypesetter, 1);
  cairo_font_options_t *fo = cairo_font_options_create ();

  ts->fontmap = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (ts->fontmap), 72.0);
  ts->context = pango_font_map_create_context (ts->fontmap);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (ts->context, fo);
  cairo_font_options_destroy (fo);
  pango_context_set_round_glyph_positions (ts->context, FALSE);
  pango_context_set_language (ts->context, pango_language_from_string ("th"));
  ts->family = g_strdup (family && *family ? family : "TH Sarabun New");
  ts->size = size > 0 ? size : 16.0;
  return ts;
}

void
sj_typesetter_free (SjTypesetter *ts)
{
  if (ts == NULL)
    return;
  g_object_unref (ts->context);
  g_object_unref (ts->fontmap);
  g_free (ts->family);
  g_free (ts);
}

PangoContext *
sj_typesetter_get_context (SjTypesetter *ts)
{
  return ts->context;
}

const char *
sj_typesetter_get_family (SjTypesetter *ts)
{
  return ts->family;
}

double
sj_typesetter_get_size (SjTypesetter *ts)
{
  return ts->size;
}

static PangoLayout *
new_layout (SjTypesetter *ts, const SjStyle *style, double width)
{
  PangoLayout *layout = pango_layout_new (ts->context);
  PangoFontDescription *fd = pango_font_description_new ();

  pango_font_description_set_family (fd, style->family ? style->family : ts->family);
  pango_font_description_set_size (fd, (style->size > 0 ? style->size : ts->size) * PANGO_SCALE);
  pango_font_description_set_weight (fd, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (fd, style->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, fd);
  pango_font_description_free (fd);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_indent (layout, (int) (style->indent * PANGO_SCALE));
  pango_layout_set_spacing (layout, (int) (style->spacing * PANGO_SCALE));
  switch (style->align)
    {
    case SJ_ALIGN_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case SJ_ALIGN_RIGHT:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    case SJ_ALIGN_JUSTIFY:
      /* Prose is set flush left. Thai puts few spaces in a line, so stretching them leaves
       * holes, and Pango falls back to spacing out letters in lines without spaces — the
       * broken look of the seeds' Word justification that the plan book must not have. */
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      break;
    case SJ_ALIGN_LEFT:
    default:
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      break;
    }
  return layout;
}

/* Pango wraps a stretch of text with no break opportunity (a pasted hash, an OCR run of digits,
 * a hostile file) in time quadratic in its length: 40,000 such characters in a 100 pt cell take
 * over 20 s. No line can hold SJ_MAX_UNBROKEN characters, so such a stretch is broken by
 * characters anyway; giving it a zero-width space every SJ_MAX_UNBROKEN characters keeps layout
 * linear in the length of the text and changes nothing for real prose: Thai words get their
 * breaks from libthai, and only stretches Pango itself finds no break in are touched. */
#define SJ_MAX_UNBROKEN 100
#define ZWSP "\xe2\x80\x8b"

/* The byte offsets where a zero-width space is to be inserted into @text, or NULL for none. */
static GArray *
find_forced_breaks (const char *text, int len)
{
  GArray *at = NULL;
  const char *p = text, *end = text + len, *run = NULL;
  int run_chars = 0;

  while (TRUE)
    {
      gboolean at_end = p >= end;
      gunichar c = at_end ? ' ' : g_utf8_get_char (p);
      if (!(g_unichar_isspace (c) || c == 0x200B))
        {
          if (run_chars++ == 0)
            run = p;
          p = g_utf8_next_char (p);
          continue;
        }
      if (run_chars > SJ_MAX_UNBROKEN)
        {
          /* A long stretch without spaces: ask Pango (and libthai) where it may break. */
          int run_len = p - run;
          g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, run_chars + 1);
          const char *q = run;
          int since = 0;

          pango_get_log_attrs (run, run_len, -1, pango_language_from_string ("th"), attrs,
                               run_chars + 1);
          for (int i = 0; i < run_chars; i++, q = g_utf8_next_char (q))
            {
              if (i > 0 && attrs[i].is_line_break)
                since = 0;
              else if (since >= SJ_MAX_UNBROKEN && attrs[i].is_cursor_position)
                {
                  guint offset = q - text;
                  if (at == NULL)
                    at = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_array_append_val (at, offset);
                  since = 0;
                }
              since++;
            }
        }
      run_chars = 0;
      if (at_end)
        break;
      p = g_utf8_next_char (p);
    }
  return at;
}

static char *
insert_forced_breaks (const char *text, int len, GArray *at)
{
  GString *s = g_string_sized_new (len + at->len * 3);
  guint from = 0;

  for (guint i = 0; i < at->len; i++)
    {
      guint offset = g_array_index (at, guint, i);
      g_string_append_len (s, text + from, offset - from);
      g_string_append (s, ZWSP);
      from = offset;
    }
  g_string_append_len (s, text + from, len - from);
  return g_string_free (s, FALSE);
}

/* Where byte @index of the text lands once the breaks @at are inserted. */
static guint
shift_index (GArray *at, guint index)
{
  guint n = 0;
  while (n < at->len && g_array_index (at, guint, n) <= index)
    n++;
  return index + n * (sizeof ZWSP - 1);
}

static void
layout_set_text (PangoLayout *layout, const char *text, int len, GPtrArray *attributes)
{
  g_autoptr (GArray) at = find_forced_breaks (text, len);
  g_autofree char *broken = at ? insert_forced_breaks (text, len, at) : NULL;
  PangoAttrList *list = attributes ? pango_attr_list_new () : NULL;

  for (guint i = 0; attributes && i < attributes->len; i++)
    {
      PangoAttribute *a = g_ptr_array_index (attributes, i);
      if (at != NULL)
        {
          a->start_index = shift_index (at, a->start_index);
          a->end_index = shift_index (at, a->end_index);
        }
      pango_attr_list_insert (list, a);
    }
  if (attributes) /* the list took the attributes */
    g_free (g_ptr_array_steal (attributes, NULL));
  pango_layout_set_text (layout, broken ? broken : text, broken ? -1 : len);
  if (list)
    {
      pango_layout_set_attributes (layout, list);
      pango_attr_list_unref (list);
    }
}

/* A layout of plain text; "\n" starts a new paragraph (each gets the first-line indent). */
PangoLayout *
sj_typeset_text (SjTypesetter *ts, const char *text, const SjStyle *style, double width)
{
  PangoLayout *layout = new_layout (ts, style, width);
  text = text ? text : "";
  layout_set_text (layout, text, strlen (text), NULL);
  return layout;
}

/* A layout of a rich-text paragraph: bold, italic, underline, sub- and superscript runs,
 * and computed facts filled in by @fact. */
PangoLayout *
sj_typeset_runs (SjTypesetter *ts, const SjBlock *p, const SjStyle *style, double width,
                 gboolean thai, char *(*fact) (const char *name, gpointer data),
                 gpointer fact_data)
{
  PangoLayout *layout = new_layout (ts, style, width);
  g_autoptr (GPtrArray) attrs = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pango_attribute_destroy);
  GString *text = g_string_new (NULL);
  double size = style->size > 0 ? style->size : ts->size;

  for (guint i = 0; i < p->runs->len; i++)
    {
      SjRun *run = &g_array_index (p->runs, SjRun, i);
      g_autofree char *value = NULL;
      g_autofree char *shown = NULL;
      guint start = text->len;

      if (run->fact)
        {
          value = fact ? fact (run->fact, fact_data) : NULL;
          if (value == NULL)
            value = g_strdup (run->text ? run->text : "…");
        }
      else
        value = g_strdup (run->text);
      shown = sj_thai_digits_if (value, thai);
      g_string_append (text, shown);

#define ADD_ATTR(attr)                                                                            \
  G_STMT_START                                                                                    \
  {                                                                                               \
    PangoAttribute *a_ = (attr);                                                                  \
    a_->start_index = start;                                                                      \
    a_->end_index = text->len;                                                                    \
    g_ptr_array_add (attrs, a_);                                                                  \
  }                                                                                               \
  G_STMT_END
      if (run->flags & SJ_RUN_BOLD)
        ADD_ATTR (pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      if (run->flags & SJ_RUN_ITALIC)
        ADD_ATTR (pango_attr_style_new (PANGO_STYLE_ITALIC));
      if (run->flags & SJ_RUN_UNDERLINE)
        ADD_ATTR (pango_attr_underline_new (PANGO_UNDERLINE_SINGLE));
      if (run->flags & SJ_RUN_SUBSCRIPT)
        {
          ADD_ATTR (pango_attr_size_new ((int) (size * 0.7 * PANGO_SCALE)));
          ADD_ATTR (pango_attr_rise_new ((int) (-size * 0.2 * PANGO_SCALE)));
        }
      if (run->flags & SJ_RUN_SUPERSCRIPT)
        {
          ADD_ATTR (pango_attr_size_new ((int) (size * 0.7 * PANGO_SCALE)));
          ADD_ATTR (pango_attr_rise_new ((int) (size * 0.35 * PANGO_SCALE)));
        }
#undef ADD_ATTR
    }
  layout_set_text (layout, text->str, text->len, attrs);
  g_string_free (text, TRUE);
  return layout;
}

double
sj_layout_height (PangoLayout *layout)
{
  int h;
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

/* The top of line @line, relative to the top of the layout. */
double
sj_layout_line_top (PangoLayout *layout, int line)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle r = { 0 };
  double top;

  for (int i = 0; i < line && pango_layout_iter_next_line (iter); i++)
    ;
  pango_layout_iter_get_line_yrange (iter, &r.y, NULL);
  top = (double) r.y / PANGO_SCALE;
  pango_layout_iter_free (iter);
  return top;
}

/* The height taken by lines [first, first + n). */
double
sj_layout_lines_height (PangoLayout *layout, int first, int n)
{
  int count = pango_layout_get_line_count (layout);
  double top = sj_layout_line_top (layout, first);
  double bottom;

  if (first + n >= count)
    bottom = sj_layout_height (layout);
  else
    bottom = sj_layout_line_top (layout, first + n);
  return bottom - top;
}

/* How many lines from @first fit in @height (at least 0). */
int
sj_layout_lines_fitting (PangoLayout *layout, int first, double height)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int i = 0, fit = 0;
  double top = -1;

  do
    {
      int y0, y1;
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (i >= first)
        {
          if (top < 0)
            top = (double) y0 / PANGO_SCALE;
          if ((double) y1 / PANGO_SCALE - top > height + 0.01)
            break;
          fit++;
        }
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return fit;
}

SjPageItem *
sj_page_item_new (SjPageItemKind kind)
{
  SjPageItem *item = g_new0 (SjPageItem, 1);
  item->kind = kind;
  item->n_lines = -1;
  return item;
}

void
sj_page_item_free (SjPageItem *item)
{
  if (item == NULL)
    return;
  g_clear_object (&item->layout);
  g_free (item->role);
  g_clear_pointer (&item->image, cairo_surface_destroy);
  if (item->data_free)
    item->data_free (item->data);
  g_free (item->name);
  g_free (item);
}

/* Adds @item to @page, which owns it; it shows what the page's current source is. */
void
sj_page_append_item (SjPage *page, SjPageItem *item)
{
  if (item->source == NULL)
    item->source = page->source;
  g_ptr_array_add (page->items, item);
}

SjPage *
sj_page_new (double width, double height)
{
  SjPage *page = g_new0 (SjPage, 1);
  page->width = width;
  page->height = height;
  page->landscape = width > height;
  page->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_page_item_free);
  return page;
}

void
sj_page_free (SjPage *page)
{
  if (page == NULL)
    return;
  g_ptr_array_unref (page->items);
  g_free (page->label);
  g_free (page);
}

void
sj_page_add_text (SjPage *page, PangoLayout *layout, double x, double y, int first_line,
                  int n_lines, const char *role)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_TEXT);
  int w;

  item->layout = g_object_ref (layout);
  item->x = x;
  item->y = y;
  item->first_line = first_line;
  item->n_lines = n_lines;
  pango_layout_get_size (layout, &w, NULL);
  item->w = (double) w / PANGO_SCALE;
  item->h = n_lines < 0 ? sj_layout_height (layout)
                        : sj_layout_lines_height (layout, first_line, n_lines);
  item->role = g_strdup (role);
  sj_page_append_item (page, item);
}

void
sj_page_add_line (SjPage *page, double x1, double y1, double x2, double y2, double width)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_LINE);
  item->x = x1;
  item->y = y1;
  item->w = x2 - x1;
  item->h = y2 - y1;
  item->line_width = width;
  sj_page_append_item (page, item);
}

void
sj_page_add_rect (SjPage *page, double x, double y, double w, double h, const double rgb[3],
                  gboolean fill)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_RECT);
  item->x = x;
  item->y = y;
  item->w = w;
  item->h = h;
  memcpy (item->rgb, rgb, sizeof item->rgb);
  item->fill = fill;
  item->line_width = 0.6;
  sj_page_append_item (page, item);
}

void
sj_page_add_dest (SjPage *page, const char *name, double y)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_DEST);
  item->name = g_strdup (name);
  item->y = y;
  sj_page_append_item (page, item);
}

void
sj_page_add_link (SjPage *page, double x, double y, double w, double h, const char *dest)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_LINK);
  item->x = x;
  item->y = y;
  item->w = w;
  item->h = h;
  item->name = g_strdup (dest);
  sj_page_append_item (page, item);
}

static void
draw_text (cairo_t *cr, SjPageItem *item)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  int i = 0;
  double origin = -1;

  do
    {
      int y0, baseline;
      PangoLayoutLine *line;
      PangoRectangle logical;

      if (i < item->first_line)
        continue;
      if (item->n_lines >= 0 && i >= item->first_line + item->n_lines)
        break;
      pango_layout_iter_get_line_yrange (iter, &y0, NULL);
      if (origin < 0)
        origin = (double) y0 / PANGO_SCALE;
      baseline = pango_layout_iter_get_baseline (iter);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line = pango_layout_iter_get_line_readonly (iter);
      cairo_move_to (cr, item->x + (double) logical.x / PANGO_SCALE,
                     item->y + (double) baseline / PANGO_SCALE - origin);
      pango_cairo_show_layout_line (cr, line);
    }
  while ((++i, pango_layout_iter_next_line (iter)));
  pango_layout_iter_free (iter);
}

/**
 * sj_page_draw:
 * @pdf_tags: emit PDF destinations and links (cairo tags), for a PDF surface
 *
 * Draws a laid-out page. The same function draws to a PDF surface, a print context and the
 * on-screen preview.
 */
void
sj_page_draw (SjPage *page, cairo_t *cr, gboolean pdf_tags)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (page->items, i);
      switch (item->kind)
        {
        case SJ_PAGE_TEXT:
          draw_text (cr, item);
          break;
        case SJ_PAGE_LINE:
          cairo_save (cr);
          cairo_set_line_width (cr, item->line_width);
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x + item->w, item->y + item->h);
          cairo_stroke (cr);
          cairo_restore (cr);
          break;
        case SJ_PAGE_RECT:
          cairo_save (cr);
          cairo_set_source_rgb (cr, item->rgb[0], item->rgb[1], item->rgb[2]);
          cairo_rectangle (cr, item->x, item->y, item->w, item->h);
          if (item->fill)
            cairo_fill (cr);
          else
            {
              cairo_set_line_width (cr, item->line_width);
              cairo_stroke (cr);
            }
          cairo_restore (cr);
          break;
        case SJ_PAGE_IMAGE:
          if (item->image)
            {
              double iw = cairo_image_surface_get_width (item->image);
              double ih = cairo_image_surface_get_height (item->image);
              cairo_save (cr);
              cairo_translate (cr, item->x, item->y);
              cairo_scale (cr, item->w / iw, item->h / ih);
              cairo_set_source_surface (cr, item->image, 0, 0);
              cairo_paint (cr);
              cairo_restore (cr);
            }
          break;
        case SJ_PAGE_CHART:
          cairo_save (cr);
          cairo_translate (cr, item->x, item->y);
          item->draw (cr, item->data, item->w, item->h);
          cairo_restore (cr);
          break;
        case SJ_PAGE_DEST:
          if (pdf_tags)
            {
              g_autofree char *attrs = g_strdup_printf ("name='%s' y=%g", item->name, item->y);
              cairo_tag_begin (cr, CAIRO_TAG_DEST, attrs);
              cairo_tag_end (cr, CAIRO_TAG_DEST);
            }
          break;
        case SJ_PAGE_LINK:
          if (pdf_tags)
            {
              g_autofree char *attrs = g_strdup_printf ("rect=[%g %g %g %g] dest='%s'", item->x,
                                                        item->y, item->w, item->h, item->name);
              cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
              cairo_tag_end (cr, CAIRO_TAG_LINK);
            }
          break;
        default:
          break;
        }
    }
  cairo_restore (cr);
}
