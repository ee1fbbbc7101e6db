/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-book"
#include "config.h"

#include "sj-book.h"
#include "sj-book-private.h"
#include "sj-checker.h"
#include "sj-charts.h"
#include "sj-compute.h"
#include "sj-flow.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <string.h>

G_DEFINE_QUARK (sj-render-error-quark, sj_render_error)

static const char *const part_names[SJ_N_PARTS] = {
  [SJ_PART_NONE] = "",
  [SJ_PART_COVER] = "cover",
  [SJ_PART_ANNOUNCEMENT] = "announcement",
  [SJ_PART_PREFACE] = "preface",
  [SJ_PART_CONTENTS] = "contents",
  [SJ_PART_PART1] = "part1",
  [SJ_PART_PART2] = "part2",
  [SJ_PART_PART3] = "part3",
  [SJ_PART_APPENDIX] = "appendix",
  [SJ_PART_ANNEX] = "annex",
  [SJ_PART_REPORT] = "report",
};

const char *
sj_part_to_name (SjPart part)
{
  return part < SJ_N_PARTS ? part_names[part] : "";
}

/* Parses "cover preface part2" (spaces or commas) into an array of SjPart. */
gboolean
sj_parts_parse (const char *text, GArray *out, GError **error)
{
  g_auto (GStrv) names = g_strsplit_set (text ? text : "", " ,\t\n", -1);

  for (guint i = 0; names[i]; i++)
    {
      SjPart part = SJ_PART_NONE;
      if (*names[i] == '\0')
        continue;
      for (guint p = 1; p < SJ_N_PARTS; p++)
        if (strcmp (names[i], part_names[p]) == 0)
          part = p;
      if (part == SJ_PART_NONE)
        {
          g_set_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_PARTS,
                       _("“%s” is not a part of the book (use cover, announcement, preface, "
                         "contents, part1, part2, part3, appendix, annex)"),
                       names[i]);
          return FALSE;
        }
      g_array_append_val (out, part);
    }
  return TRUE;
}


/* Assembly ----------------------------------------------------------------------------------- */

static char *label_for (SjPageNumbering numbering, guint number, gboolean thai);

static void
number_pages (SjBook *book)
{
  guint counters[3] = { 0, 0, 0 };

  for (guint i = 0; i < book->pages->len; i++)
    {
      SjPage *page = g_ptr_array_index (book->pages, i);
      page->number = ++counters[page->numbering];
      g_clear_pointer (&page->label, g_free);
      page->label = label_for (page->numbering, page->number, book->thai_body);
    }
}

static void
draw_page_numbers (SjBook *book)
{
  SjStyle st = sj_book_style (book, book->size, FALSE, SJ_ALIGN_CENTER);

  for (guint i = 0; i < book->pages->len; i++)
    {
      SjPage *page = g_ptr_array_index (book->pages, i);
      g_autoptr (PangoLayout) l = NULL;
      double bottom_margin;
      if (page->label == NULL)
        continue;
      bottom_margin = page->landscape ? SJ_MM (sj_settings_get_margin_right (book->settings))
                                      : SJ_MM (sj_settings_get_margin_bottom (book->settings));
      l = sj_typeset_text (book->ts, page->label, &st, page->width);
      sj_page_add_text (page, l, 0,
                        page->height - bottom_margin + (bottom_margin - sj_layout_height (l)) / 2,
                        0, -1, "page-number");
    }
}

typedef struct
{
  SjPart part;
  GPtrArray *pages;   /* of SjPage */
  GPtrArray *outline; /* of SjOutlineEntry, pages relative to the segment */
} Segment;

static void
segment_free (gpointer data)
{
  Segment *seg = data;
  g_ptr_array_unref (seg->pages);
  g_ptr_array_unref (seg->outline);
  g_free (seg);
}

static void
build_part (SjBook *book, SjFlow *flow, SjPart part)
{
  SjAnnouncement *ann = sj_plan_get_announcement (book->plan);

  switch (part)
    {
    case SJ_PART_COVER:
      sj_book_build_cover (book, flow);
      break;
    case SJ_PART_ANNOUNCEMENT:
      if (ann && sj_announcement_get_placement (ann) == SJ_PLACEMENT_FRONT)
        sj_book_build_announcement (book, flow, SJ_PART_ANNOUNCEMENT, SJ_PAGE_NUMBER_NONE);
      break;
    case SJ_PART_PREFACE:
      sj_book_build_preface (book, flow);
      break;
    case SJ_PART_PART1:
      sj_book_build_part1 (book, flow);
      break;
    case SJ_PART_PART2:
      sj_book_build_part2 (book, flow);
      break;
    case SJ_PART_PART3:
      sj_book_build_part3 (book, flow);
      break;
    case SJ_PART_APPENDIX:
      if (sj_book_appendix_has_content (book))
        sj_book_build_appendix (book, flow);
      break;
    case SJ_PART_ANNEX:
      sj_book_build_annex (book, flow);
      break;
    case SJ_PART_REPORT:
      sj_report_build (book, flow);
      break;
    default:
      break;
    }
}

static char *
label_for (SjPageNumbering numbering, guint number, gboolean thai)
{
  g_autofree char *digits = NULL;

  if (numbering == SJ_PAGE_NUMBER_FRONT)
    return sj_thai_letter_number (number);
  if (numbering == SJ_PAGE_NUMBER_BODY)
    {
      digits = g_strdup_printf ("%u", number);
      return sj_thai_digits_if (digits, thai);
    }
  return NULL;
}

/* The printed labels of all pages, in print order, if the contents take @n_contents pages. */
static GPtrArray *
compute_labels (SjBook *book, GPtrArray *segments, guint n_contents)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  guint counters[3] = { 0, 0, 0 };

  for (guint s = 0; s < segments->len; s++)
    {
      Segment *seg = g_ptr_array_index (segments, s);
      guint n = seg->part == SJ_PART_CONTENTS ? n_contents : seg->pages->len;
      for (guint p = 0; p < n; p++)
        {
          SjPageNumbering numbering = seg->part == SJ_PART_CONTENTS
                                        ? SJ_PAGE_NUMBER_FRONT
                                        : ((SjPage *) g_ptr_array_index (seg->pages, p))->numbering;
          g_ptr_array_add (labels, label_for (numbering, ++counters[numbering], book->thai_body));
        }
    }
  return labels;
}

/* The outline of the whole book, with page indices counted from its first page. */
static GPtrArray *
absolute_outline (GPtrArray *segments, guint n_contents)
{
  GPtrArray *all = g_ptr_array_new ();
  guint offset = 0;

  for (guint s = 0; s < segments->len; s++)
    {
      Segment *seg = g_ptr_array_index (segments, s);
      for (guint i = 0; i < seg->outline->len; i++)
        {
          SjOutlineEntry *e = g_ptr_array_index (seg->outline, i);
          SjOutlineEntry *copy = g_new0 (SjOutlineEntry, 1);
          *copy = *e;
          copy->title = g_strdup (e->title);
          copy->dest = g_strdup (e->dest);
          copy->page += offset;
          copy->last_page += offset;
          g_ptr_array_add (all, copy);
        }
      offset += seg->part == SJ_PART_CONTENTS ? n_contents : seg->pages->len;
    }
  g_ptr_array_set_free_func (all, sj_outline_entry_free);
  return all;
}

/**
 * layout_all:
 *
 * Each part is laid out once, on pages of its own. The contents come last: they need the pages
 * of everything else, and only their own length can change the labels they print (when front
 * matter follows them), so only they are laid out again until that length settles.
 */
static void
layout_all (SjBook *book)
{
  SjFlow flow;
  SjSettings *s = book->settings;
  g_autoptr (GPtrArray) segments = g_ptr_array_new_with_free_func (segment_free);
  Segment *contents = NULL;
  guint n_contents = 1;

  sj_flow_init (&flow, book->ts, NULL, SJ_A4_WIDTH, SJ_A4_HEIGHT,
                SJ_MM (sj_settings_get_margin_left (s)), SJ_MM (sj_settings_get_margin_right (s)),
                SJ_MM (sj_settings_get_margin_top (s)), SJ_MM (sj_settings_get_margin_bottom (s)));
  flow.fact = sj_book_fact;
  flow.fact_data = book;
  for (guint i = 0; i < book->parts->len; i++)
    {
      Segment *seg = g_new0 (Segment, 1);

      seg->part = g_array_index (book->parts, SjPart, i);
      seg->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_page_free);
      seg->outline = g_ptr_array_new_with_free_func (sj_outline_entry_free);
      g_ptr_array_add (segments, seg);
      if (seg->part == SJ_PART_CONTENTS)
        {
          contents = seg;
          continue;
        }
      book->pages = seg->pages;
      book->outline = seg->outline;
      flow.pages = seg->pages;
      flow.page = NULL;
      {
        gint64 t0 = g_get_monotonic_time ();
        build_part (book, &flow, seg->part);
        g_debug ("%s: %u pages in %.1f ms", sj_part_to_name (seg->part), seg->pages->len,
                 (g_get_monotonic_time () - t0) / 1000.0);
      }
      sj_book_settle_outline (seg->pages, seg->outline);
      /* The part's last page, for the page ranges of the contents. */
      for (guint k = seg->outline->len; k > 0; k--)
        {
          SjOutlineEntry *e = g_ptr_array_index (seg->outline, k - 1);
          if (e->level == 0 && e->part == seg->part)
            {
              e->last_page = seg->pages->len - 1;
              break;
            }
        }
    }

  for (int pass = 0; contents != NULL && pass < 4; pass++)
    {
      g_autoptr (GPtrArray) labels = compute_labels (book, segments, n_contents);
      g_autoptr (GPtrArray) outline = absolute_outline (segments, n_contents);

      g_ptr_array_set_size (contents->pages, 0);
      g_ptr_array_set_size (contents->outline, 0);
      book->pages = contents->pages;
      book->outline = contents->outline;
      flow.pages = contents->pages;
      flow.page = NULL;
      sj_book_build_contents (book, &flow, labels, outline);
      g_debug ("contents: pass %d, %u pages", pass + 1, contents->pages->len);
      if (contents->pages->len == n_contents)
        break;
      n_contents = contents->pages->len;
    }

  /* One book: the segments' pages in order, the outline counted from the first page. */
  book->outline = absolute_outline (segments, contents ? contents->pages->len : 0);
  book->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_page_free);
  for (guint i = 0; i < segments->len; i++)
    {
      Segment *seg = g_ptr_array_index (segments, i);
      for (guint p = 0; p < seg->pages->len; p++)
        g_ptr_array_add (book->pages, g_ptr_array_index (seg->pages, p));
      g_ptr_array_set_free_func (seg->pages, NULL);
    }
  number_pages (book);
}

/**
 * sj_book_new:
 *
 * Lays out the whole book (see layout_all()).
 */
SjBook *
sj_book_new (SjPlan *plan, const SjBookOptions *options, GError **error)
{
  SjBook *book;
  g_autoptr (GArray) parts = g_array_new (FALSE, FALSE, sizeof (SjPart));
  const char *parts_text;

  g_return_val_if_fail (SJ_IS_PLAN (plan), NULL);
  parts_text = options && options->parts ? options->parts
                                          : sj_settings_get_parts (sj_plan_get_settings (plan));
  if (!sj_parts_parse (parts_text, parts, error))
    return NULL;

  book = g_new0 (SjBook, 1);
  book->dest_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  book->plan = g_object_ref (plan);
  book->settings = sj_plan_get_settings (plan);
  book->org = sj_plan_get_organisation (plan);
  book->summary = sj_summary_new (plan);
  book->size = sj_settings_get_font_size (book->settings);
  book->ts = sj_typesetter_new (sj_settings_get_font_family (book->settings), book->size);
  book->parts = g_steal_pointer (&parts);
  book->thai_cover = sj_settings_get_digits_cover (book->settings) == SJ_DIGITS_THAI;
  book->thai_announcement = sj_settings_get_digits_announcement (book->settings) == SJ_DIGITS_THAI;
  book->thai_body = sj_settings_get_digits_body (book->settings) == SJ_DIGITS_THAI;
  book->thai_tables = sj_settings_get_digits_tables (book->settings) == SJ_DIGITS_THAI;
  if (options && options->digits >= 0)
    book->thai_cover = book->thai_announcement = book->thai_body = book->thai_tables
      = options->digits > 0;
  book->report_year = options && options->report_year
                       ? options->report_year
                       : (guint) sj_settings_get_first_year (book->settings);
  book->report_round = options && options->report_months == 6 ? SJ_ROUND_6 : SJ_ROUND_12;

  layout_all (book);
  draw_page_numbers (book);
  return book;
}

void
sj_book_free (SjBook *book)
{
  if (book == NULL)
    return;
  g_ptr_array_unref (book->pages);
  g_ptr_array_unref (book->outline);
  g_array_unref (book->parts);
  g_hash_table_unref (book->dest_names);
  sj_summary_free (book->summary);
  sj_typesetter_free (book->ts);
  g_object_unref (book->plan);
  g_free (book);
}

guint
sj_book_get_n_pages (SjBook *book)
{
  return book->pages->len;
}

SjPage *
sj_book_get_page (SjBook *book, guint index)
{
  g_return_val_if_fail (index < book->pages->len, NULL);
  return g_ptr_array_index (book->pages, index);
}

void
sj_book_draw_page (SjBook *book, guint index, cairo_t *cr)
{
  g_return_if_fail (index < book->pages->len);
  sj_page_draw (g_ptr_array_index (book->pages, index), cr, FALSE);
}

GPtrArray *
sj_book_get_outline (SjBook *book)
{
  return book->outline;
}

SjPlan *
sj_book_get_plan (SjBook *book)
{
  return book->plan;
}

gboolean
sj_book_get_part_pages (SjBook *book, SjPart part, guint *first, guint *last)
{
  gboolean found = FALSE;

  for (guint i = 0; i < book->pages->len; i++)
    {
      SjPage *page = g_ptr_array_index (book->pages, i);
      if (page->part != part)
        continue;
      if (!found && first)
        *first = i;
      if (last)
        *last = i;
      found = TRUE;
    }
  return found;
}

/* The texts on a page (of one role, or all when @role is NULL), one per line. */
char *
sj_book_get_page_text (SjBook *book, guint index, const char *role)
{
  SjPage *page = sj_book_get_page (book, index);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (page->items, i);
      PangoLayoutIter *iter;
      int line = 0;
      const char *text;

      if (item->kind != SJ_PAGE_TEXT)
        continue;
      if (role && g_strcmp0 (item->role, role) != 0)
        continue;
      text = pango_layout_get_text (item->layout);
      iter = pango_layout_get_iter (item->layout);
      do
        {
          PangoLayoutLine *l = pango_layout_iter_get_line_readonly (iter);
          if (line >= item->first_line
              && (item->n_lines < 0 || line < item->first_line + item->n_lines))
            {
              g_string_append_len (s, text + l->start_index, l->length);
              g_string_append_c (s, '\n');
            }
          line++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
  return g_string_free (s, FALSE);
}

/* Whether @a and @b are the same object or one holds the other: "x[1]" and "x[1]/y" are, "x"
 * and "x[2]" are, "x[1]" and "x[10]" are not. */
static gboolean
paths_related (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  const char *shorter = la <= lb ? a : b, *longer = la <= lb ? b : a;
  gsize n = MIN (la, lb);

  return strncmp (shorter, longer, n) == 0
         && (longer[n] == '\0' || longer[n] == '/' || longer[n] == '[');
}

/**
 * sj_book_find_page:
 * @path: a model path (sj_model_path()) of an object, or of an object's field
 * @prefer: the part to look in first (Part 3 for a project's form, Part 2 for its budget), or
 *   %SJ_PART_NONE
 *
 * Returns: the page that shows @path most closely (the page of a project's form rather than the
 * page of its dimension's sj_book_heading), or -1 when no page shows it.
 */
int
sj_book_find_page (SjBook *book, const char *path, SjPart prefer)
{
  int best = -1;
  gsize best_score = 0;

  g_return_val_if_fail (book != NULL && path != NULL, -1);
  for (guint p = 0; p < book->pages->len; p++)
    {
      SjPage *page = g_ptr_array_index (book->pages, p);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          gsize score;
          if (item->source == NULL || !paths_related (item->source, path))
            continue;
          /* The closer the source is to the path, the better; the preferred part first. */
          score = 1 + MIN (strlen (item->source), strlen (path)) * 2
                  + (strlen (item->source) == strlen (path) ? 1 : 0)
                  + (prefer != SJ_PART_NONE && page->part == prefer ? 100000 : 0);
          if (score > best_score)
            {
              best_score = score;
              best = (int) p;
            }
        }
    }
  return best;
}

/**
 * sj_book_source_at:
 * @x, @y: a point of the page, in points from its top left corner
 *
 * Returns: (nullable): the model path of what is drawn at the point (the innermost item that
 * has one), or NULL.
 */
const char *
sj_book_source_at (SjBook *book, guint index, double x, double y)
{
  SjPage *page;
  const char *found = NULL;
  double found_area = G_MAXDOUBLE;

  g_return_val_if_fail (book != NULL, NULL);
  if (index >= book->pages->len)
    return NULL;
  page = g_ptr_array_index (book->pages, index);
  for (guint i = 0; i < page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (page->items, i);
      double w = item->kind == SJ_PAGE_LINE ? 0 : item->w, h = item->h;
      if (item->source == NULL || item->kind == SJ_PAGE_DEST || item->kind == SJ_PAGE_LINK)
        continue;
      if (x >= item->x && x <= item->x + w && y >= item->y && y <= item->y + h
          && w * h < found_area)
        {
          found = item->source;
          found_area = w * h;
        }
    }
  return found;
}
