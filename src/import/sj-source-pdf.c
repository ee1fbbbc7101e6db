/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a PDF with poppler: every character with its box, grouped into lines by position;
 * tables found where lines share vertical gutters (the x ranges no character of any of their
 * lines covers: the padding between cells), their columns cut at the gutters and their rows begun
 * where a line has an amount or where its first column starts anew; the other lines joined into
 * paragraphs where a full line wraps onto the next. */
#define G_LOG_DOMAIN "sujarit-import"
#include "config.h"

#include "sj-source.h"

#include <glib/gi18n.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

typedef struct
{
  gunichar ch;
  double x1, y1, x2, y2;
  guint index;
  guint sub; /* for a combining mark: its place after the base letter */
} Char;

static gboolean
is_mark (gunichar c)
{
  GUnicodeType t = g_unichar_type (c);
  return t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK
         || t == G_UNICODE_ENCLOSING_MARK || c == 0x0E33 /* sara am follows its letter */;
}

static int
char_by_index (gconstpointer a, gconstpointer b)
{
  const Char *ca = a, *cb = b;
  return ca->index < cb->index ? -1 : ca->index > cb->index;
}

typedef struct
{
  GArray *chars; /* of Char, in x order */
  double y1, y2, x1, x2;
} Line;

static int
char_by_y (gconstpointer a, gconstpointer b)
{
  const Char *ca = a, *cb = b;
  double ya = (ca->y1 + ca->y2) / 2, yb = (cb->y1 + cb->y2) / 2;
  if (ya != yb)
    return ya < yb ? -1 : 1;
  return ca->index < cb->index ? -1 : ca->index > cb->index;
}

static int
char_by_x (gconstpointer a, gconstpointer b)
{
  const Char *ca = a, *cb = b;
  if (ca->x1 != cb->x1)
    return ca->x1 < cb->x1 ? -1 : 1;
  if (ca->sub != cb->sub)
    return ca->sub < cb->sub ? -1 : 1;
  return ca->index < cb->index ? -1 : ca->index > cb->index;
}

static void
line_clear (gpointer data)
{
  Line *line = data;
  g_array_unref (line->chars);
}

/* The characters of a page grouped into lines, top to bottom. */
static GArray *
page_lines (PopplerPage *page)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  g_autoptr (GArray) chars = g_array_new (FALSE, FALSE, sizeof (Char));
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  guint i = 0;

  g_array_set_clear_func (lines, line_clear);
  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    return lines;
  for (const char *p = text; *p && i < n_rects; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      Char ch = { c, rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2, i };
      if (g_unichar_isspace (c) || c == 0xA0)
        continue;
      if (ch.y2 < ch.y1)
        {
          double t = ch.y1;
          ch.y1 = ch.y2;
          ch.y2 = t;
        }
      g_array_append_val (chars, ch);
    }
  g_free (rects);
  g_array_sort (chars, char_by_y);
  for (guint k = 0; k < chars->len; k++)
    {
      Char *c = &g_array_index (chars, Char, k);
      double cy = (c->y1 + c->y2) / 2;
      Line *line = lines->len ? &g_array_index (lines, Line, lines->len - 1) : NULL;

      if (line == NULL || cy > (line->y1 + line->y2) / 2 + 0.45 * (line->y2 - line->y1))
        {
          Line l = { g_array_new (FALSE, FALSE, sizeof (Char)), c->y1, c->y2, c->x1, c->x2 };
          g_array_append_val (lines, l);
          line = &g_array_index (lines, Line, lines->len - 1);
        }
      g_array_append_val (line->chars, *c);
      line->y1 = MIN (line->y1, c->y1);
      line->y2 = MAX (line->y2, c->y2);
      line->x1 = MIN (line->x1, c->x1);
      line->x2 = MAX (line->x2, c->x2);
    }
  /* In x order, but a combining mark (a Thai vowel above or below, a tone mark) goes after the
   * letter it sits on: the last letter that starts left of the mark's middle (its order in the
   * content stream is not always the reading order). */
  for (guint k = 0; k < lines->len; k++)
    {
      GArray *cs = g_array_index (lines, Line, k).chars;
      g_array_sort (cs, char_by_index);
      Char *prev_base = NULL;
      for (guint j = 0; j < cs->len; j++)
        {
          Char *c = &g_array_index (cs, Char, j);
          double mid = (c->x1 + c->x2) / 2, best = -G_MAXDOUBLE;
          double h = c->y2 - c->y1;
          c->sub = 0;
          if (!is_mark (c->ch))
            {
              prev_base = c;
              continue;
            }
          /* the letter before it in the stream, when the mark sits over it */
          if (prev_base && mid >= prev_base->x1 - 1 && mid <= prev_base->x2 + 0.3 * h)
            {
              c->x1 = prev_base->x1;
              c->sub = 1 + j;
              continue;
            }
          for (guint b = 0; b < cs->len; b++)
            {
              Char *base = &g_array_index (cs, Char, b);
              if (!is_mark (base->ch) && base->x1 < mid - 0.01 && base->x1 > best)
                best = base->x1;
            }
          if (best > -G_MAXDOUBLE)
            {
              c->x1 = best;
              c->sub = 1 + j;
            }
        }
      g_array_sort (cs, char_by_x);
    }
  return lines;
}

/* The text of a line's characters between x0 and x1, with a space where they are apart. */
static char *
line_text (Line *line, double x0, double x1)
{
  GString *s = g_string_new (NULL);
  double last = -1;
  double h = line->y2 - line->y1;

  for (guint k = 0; k < line->chars->len; k++)
    {
      Char *c = &g_array_index (line->chars, Char, k);
      double mid = (c->x1 + c->x2) / 2;
      if (mid < x0 || mid >= x1)
        continue;
      if (c->sub == 0 && last >= 0 && c->x1 - last > 0.18 * h)
        g_string_append_c (s, ' ');
      g_string_append_unichar (s, c->ch);
      if (c->sub == 0 || c->ch == 0x0E33)
        last = MAX (last, c->x2);
    }
  return g_string_free (s, FALSE);
}

typedef struct
{
  double x0, x1;
} Span;

static int
span_by_x (gconstpointer a, gconstpointer b)
{
  const Span *sa = a, *sb = b;
  return sa->x0 < sb->x0 ? -1 : sa->x0 > sb->x0;
}

/* The gutters shared by lines[first..last]: x ranges inside the lines' extent that no character
 * covers, at least min_width wide. */
static GArray *
gutters (GArray *lines, guint first, guint last, double min_width)
{
  GArray *covered = g_array_new (FALSE, FALSE, sizeof (Span));
  GArray *result = g_array_new (FALSE, FALSE, sizeof (Span));
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;

  for (guint l = first; l <= last; l++)
    {
      Line *line = &g_array_index (lines, Line, l);
      for (guint k = 0; k < line->chars->len; k++)
        {
          Char *c = &g_array_index (line->chars, Char, k);
          Span s = { c->x1, MAX (c->x2, c->x1 + 0.1) };
          g_array_append_val (covered, s);
        }
      left = MIN (left, line->x1);
      right = MAX (right, line->x2);
    }
  g_array_sort (covered, span_by_x);
  {
    double reach = left;
    for (guint k = 0; k < covered->len; k++)
      {
        Span *s = &g_array_index (covered, Span, k);
        if (s->x0 - reach >= min_width)
          {
            Span g = { reach, s->x0 };
            g_array_append_val (result, g);
          }
        reach = MAX (reach, s->x1);
      }
  }
  g_array_unref (covered);
  (void) right;
  return result;
}

static gboolean
is_thai (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E5B;
}

/* Appends the next line of a wrapped text: a break between two Thai letters is inside a run of
 * words, without a space; elsewhere a space. */
static void
append_wrapped (GString *s, const char *next)
{
  if (s->len && next[0])
    {
      gunichar a = g_utf8_get_char (g_utf8_prev_char (s->str + s->len));
      gunichar b = g_utf8_get_char (next);
      if (!(is_thai (a) && is_thai (b)))
        g_string_append_c (s, ' ');
    }
  g_string_append (s, next);
}

static gboolean
looks_like_amount (const char *text)
{
  gboolean digit = FALSE;
  if (text[0] == '\0')
    return FALSE;
  if (strcmp (text, "-") == 0 || strcmp (text, "–") == 0)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isdigit (c))
        digit = TRUE;
      else if (c != ',' && c != '.' && c != ' ' && c != '-')
        {
          /* "10,251,748 บาท" */
          if (g_str_has_prefix (p, "บาท") && digit)
            return TRUE;
          return FALSE;
        }
    }
  return digit;
}

typedef struct
{
  SjSource *source;
  guint page;
  GArray *last_gutters; /* of the last table read, for the same table on the next page */
  char *last_header;    /* its first row */
} PdfReader;

static void
add (PdfReader *r, const char *text, GStrv cells, guint line)
{
  sj_source_add (r->source, text, cells, line, r->page, FALSE);
}

/* How many of the gutters a line's text runs across: a character over the gutter's middle, or
 * characters on both sides of it closer than cells ever are. */
static guint
crossings (Line *line, GArray *gut)
{
  double h = line->y2 - line->y1;
  guint n = 0;

  for (guint g = 0; g < gut->len; g++)
    {
      Span *s = &g_array_index (gut, Span, g);
      double mid = (s->x0 + s->x1) / 2, left = -G_MAXDOUBLE, right = G_MAXDOUBLE;
      gboolean over = FALSE;
      for (guint k = 0; k < line->chars->len; k++)
        {
          Char *c = &g_array_index (line->chars, Char, k);
          if (c->x1 <= mid && c->x2 >= mid)
            over = TRUE;
          else if (c->x2 < mid)
            left = MAX (left, c->x2);
          else
            right = MIN (right, c->x1);
        }
      if (over || (left > -G_MAXDOUBLE && right < G_MAXDOUBLE && right - left < 0.25 * h))
        n++;
    }
  return n;
}

/* The widest gap between two letters of a line: a line of prose has only word spaces, a row
 * of a table the padding of its cells. */
static double
widest_gap (Line *line)
{
  double widest = 0, reach = -G_MAXDOUBLE;
  for (guint k = 0; k < line->chars->len; k++)
    {
      Char *c = &g_array_index (line->chars, Char, k);
      if (c->sub)
        continue;
      if (reach > -G_MAXDOUBLE)
        widest = MAX (widest, c->x1 - reach);
      reach = MAX (reach, c->x2);
    }
  return widest;
}

/* The lines from `first` that form a table with it (they share gutters), or 0. A line of prose
 * across the width crosses the gutters: the table ends above it, as it does at a wide gap. */
static guint
table_extent (GArray *lines, guint first, GArray **cols_out)
{
  g_autoptr (GArray) best = NULL;
  guint end = first;
  Line *head = &g_array_index (lines, Line, first);
  double h = head->y2 - head->y1;
  double left = head->x1, right = head->x2;

  best = gutters (lines, first, first, 0.5 * h);
  if (best->len < 1)
    return 0;
  for (guint l = first + 1; l < lines->len; l++)
    {
      Line *line = &g_array_index (lines, Line, l);
      g_autoptr (GArray) g = NULL;

      if (line->y1 - g_array_index (lines, Line, l - 1).y2 > 3 * h)
        break;
      /* a line of prose runs across the table; a cell's line stays inside its column, even
       * where a centred header left room that looked like a gutter */
      if (l > first + 1 && best->len >= 2 && line->x2 - line->x1 > 0.6 * (right - left)
          && crossings (line, best) >= 2 && widest_gap (line) < 0.6 * h)
        break;
      left = MIN (left, line->x1);
      right = MAX (right, line->x2);
      g = gutters (lines, first, l, 0.25 * h);
      if (g->len < 1)
        break;
      g_array_unref (best);
      best = g_steal_pointer (&g);
      end = l;
    }
  if (end < first + 2 || best->len < 2)
    return 0;
  *cols_out = g_steal_pointer (&best);
  return end - first + 1;
}

typedef struct
{
  GStrv cells;
  guint line;
} Row;

static void
row_clear (gpointer data)
{
  g_strfreev (((Row *) data)->cells);
}

static void
take_row (GArray *rows, GPtrArray *row, guint line)
{
  Row r;
  g_ptr_array_add (row, NULL);
  r.cells = (GStrv) g_ptr_array_free (row, FALSE);
  r.line = line;
  g_array_append_val (rows, r);
}

/* The rows of the table in lines[first, first + n) cut at the gutters @gut. */
static GArray *
table_rows (GArray *lines, guint first, guint n, GArray *gut)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Row));
  guint n_cols = gut->len + 1;
  double *edges = g_new (double, n_cols + 1);
  GPtrArray *row = NULL;
  GStrv prev = NULL;
  g_autofree gboolean *numeric = g_new0 (gboolean, n_cols);
  guint row_line = 0;

  edges[0] = -G_MAXDOUBLE;
  for (guint k = 0; k < gut->len; k++)
    edges[k + 1] = (g_array_index (gut, Span, k).x0 + g_array_index (gut, Span, k).x1) / 2;
  edges[n_cols] = G_MAXDOUBLE;

  /* columns of amounts: most of their non-empty lines are numbers */
  for (guint c = 0; c < n_cols; c++)
    {
      guint amounts = 0, filled = 0;
      for (guint l = first; l < first + n; l++)
        {
          g_autofree char *t = line_text (&g_array_index (lines, Line, l), edges[c], edges[c + 1]);
          if (t[0] == '\0')
            continue;
          filled++;
          if (looks_like_amount (t))
            amounts++;
        }
      /* up to four lines of a header (ปี 2566 / งบประมาณ / (บาท)) above the amounts */
      numeric[c] = amounts > 0 && amounts * 2 + 4 >= filled;
    }

  for (guint l = first; l < first + n; l++)
    {
      Line *line = &g_array_index (lines, Line, l);
      g_auto (GStrv) texts = g_new0 (char *, n_cols + 1);
      gboolean starts = row == NULL, any_numeric = FALSE;

      /* the lines of a cell touch; the padding of two cells apart them: a row has ended */
      if (l > first
          && line->y1 - g_array_index (lines, Line, l - 1).y2 > 0.3 * (line->y2 - line->y1))
        starts = TRUE;

      for (guint c = 0; c < n_cols; c++)
        {
          texts[c] = line_text (line, edges[c], edges[c + 1]);
          /* amounts right below amounts of the same cell are its wrapped second line */
          if (numeric[c] && texts[c][0] && looks_like_amount (texts[c])
              && !(prev && prev[c][0] && looks_like_amount (prev[c]) && !starts))
            any_numeric = TRUE;
        }
      /* a row also begins where a line has amounts */
      if (any_numeric)
        starts = TRUE;
      g_strfreev (prev);
      prev = g_strdupv (texts);
      if (starts && row)
        {
          take_row (rows, row, row_line);
          row = NULL;
        }
      if (row == NULL)
        {
          row = g_ptr_array_new ();
          for (guint c = 0; c < n_cols; c++)
            g_ptr_array_add (row, g_strdup (""));
          row_line = l + 1;
        }
      for (guint c = 0; c < n_cols; c++)
        if (texts[c][0])
          {
            GString *joined = g_string_new (row->pdata[c]);
            append_wrapped (joined, texts[c]);
            g_free (row->pdata[c]);
            row->pdata[c] = g_string_free (joined, FALSE);
          }
    }
  if (row)
    take_row (rows, row, row_line);
  g_strfreev (prev);
  g_free (edges);
  g_array_set_clear_func (rows, row_clear);
  return rows;
}

/* The header of a table: its first row, without spaces. */
static char *
header_key (GArray *rows)
{
  GString *s = g_string_new (NULL);
  if (rows->len)
    for (GStrv c = g_array_index (rows, Row, 0).cells; *c; c++)
      for (const char *p = *c; *p; p++)
        if (*p != ' ')
          g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

static gboolean
starts_item (const char *text)
{
  return g_regex_match_simple ("^(?:[-•●]|\\(?[0-9๐-๙]{1,2}[.)]|[0-9๐-๙]\\.[0-9๐-๙])", text, 0, 0);
}

static void
read_page (PdfReader *r, PopplerPage *page)
{
  g_autoptr (GArray) lines = page_lines (page);
  double right = 0, left = G_MAXDOUBLE;
  GString *para = NULL;
  guint para_line = 0;
  double last_y2 = 0, last_x2 = 0;

  for (guint l = 0; l < lines->len; l++)
    {
      Line *line = &g_array_index (lines, Line, l);
      right = MAX (right, line->x2);
      left = MIN (left, line->x1);
    }
  for (guint l = 0; l < lines->len; l++)
    {
      Line *line = &g_array_index (lines, Line, l);
      double h = line->y2 - line->y1;
      GArray *cols = NULL;
      guint n = table_extent (lines, l, &cols);
      g_autofree char *text = NULL;

      /* a header line above the table that only some columns reach */
      if (n == 0 && l + 1 < lines->len)
        {
          Line *next = &g_array_index (lines, Line, l + 1);
          guint m = next->y1 - line->y2 < 1.5 * h ? table_extent (lines, l + 1, &cols) : 0;
          if (m > 0 && crossings (line, cols) == 0)
            n = m + 1;
          else if (m > 0)
            g_clear_pointer (&cols, g_array_unref);
        }

      if (n > 0)
        {
          if (para)
            {
              add (r, para->str, NULL, para_line);
              g_string_free (para, TRUE);
              para = NULL;
            }
          /* a table continued from the page before keeps its columns where no line here
           * crosses them (one narrow column may leave no gap of its own on a page) */
          if (r->last_gutters && r->last_gutters->len > cols->len)
            {
              GArray *kept = g_array_new (FALSE, FALSE, sizeof (Span));
              for (guint g = 0; g < r->last_gutters->len; g++)
                {
                  g_autoptr (GArray) one = g_array_new (FALSE, FALSE, sizeof (Span));
                  gboolean crossed = FALSE;
                  g_array_append_val (one, g_array_index (r->last_gutters, Span, g));
                  for (guint k = l; k < l + n && !crossed; k++)
                    crossed = crossings (&g_array_index (lines, Line, k), one) > 0;
                  if (!crossed)
                    g_array_append_val (kept, g_array_index (r->last_gutters, Span, g));
                }
              if (kept->len > cols->len)
                {
                  g_array_unref (cols);
                  cols = kept;
                }
              else
                g_array_unref (kept);
            }
          {
            g_autoptr (GArray) rows = table_rows (lines, l, n, cols);
            g_autofree char *key = header_key (rows);
            /* the same header as the table on the page before: the same columns (those of its
             * first page, where every column had text), even where this page leaves a column
             * empty and its gaps fall elsewhere */
            if (r->last_header && strcmp (key, r->last_header) == 0 && r->last_gutters
                && r->last_gutters->len >= cols->len)
              {
                g_array_unref (rows);
                rows = table_rows (lines, l, n, r->last_gutters);
                g_array_unref (cols);
                cols = g_array_ref (r->last_gutters);
              }
            for (guint k = 0; k < rows->len; k++)
              {
                Row *row = &g_array_index (rows, Row, k);
                add (r, NULL, g_steal_pointer (&row->cells), row->line);
              }
            g_free (r->last_header);
            r->last_header = g_steal_pointer (&key);
          }
          g_clear_pointer (&r->last_gutters, g_array_unref);
          r->last_gutters = cols;
          l += n - 1;
          last_y2 = 0;
          continue;
        }
      text = line_text (line, -G_MAXDOUBLE, G_MAXDOUBLE);
      /* a full line wraps onto the next, close below it, that does not begin an item */
      if (para && last_x2 > right - 2.5 * h && line->y1 - last_y2 < 0.8 * h && !starts_item (text))
        {
          append_wrapped (para, text);
        }
      else
        {
          if (para)
            add (r, para->str, NULL, para_line);
          if (para)
            g_string_free (para, TRUE);
          para = g_string_new (text);
          para_line = l + 1;
        }
      last_y2 = line->y2;
      last_x2 = line->x2;
    }
  if (para)
    {
      add (r, para->str, NULL, para_line);
      g_string_free (para, TRUE);
    }
}

SjSource *
sj_source_read_pdf (GBytes *bytes, GError **error)
{
  g_autoptr (GError) local = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes (bytes, NULL, &local);
  g_autoptr (GObject) doc_object = (GObject *) doc;
  SjSource *source;
  PdfReader reader = { 0 };
  int n_pages;

  if (doc == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_ENCRYPTED,
                     _("The PDF is protected by a password; open it, print it to a new PDF "
                       "without one, and import that"));
      else
        g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                     _("The PDF is damaged and cannot be read (%s)"), local ? local->message : "");
      return NULL;
    }
  n_pages = poppler_document_get_n_pages (doc);
  source = sj_source_new (SJ_SOURCE_PDF);
  reader.source = source;
  for (int p = 0; p < n_pages; p++)
    {
      g_autoptr (GObject) page = (GObject *) poppler_document_get_page (doc, p);
      reader.page = p + 1;
      if (page)
        read_page (&reader, POPPLER_PAGE (page));
      if (source->blocks->len > SJ_SOURCE_MAX_BLOCKS)
        break;
    }
  source->n_pages = n_pages;
  g_clear_pointer (&reader.last_gutters, g_array_unref);
  g_free (reader.last_header);
  if (source->blocks->len == 0)
    {
      sj_source_free (source);
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("The PDF has no text: it is a scan. Recognise its text first (OCR), then "
                     "import the text"));
      return NULL;
    }
  return source;
}
