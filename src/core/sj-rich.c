/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-rich"
#include "config.h"

#include "sj-rich.h"
#include "sj-thai.h"

#include <string.h>

struct _SjRich
{
  gatomicrefcount ref_count;
  GPtrArray *blocks;
};

G_DEFINE_BOXED_TYPE (SjRich, sj_rich, sj_rich_ref, sj_rich_unref)

static const char *const list_style_names[] = {
  "number-paren", "number-dot", "paren-number", "outline", "dash", "bullet", "thai-letter",
  "plain",
};
static const char *const align_names[] = { "justify", "left", "center", "right" };

static void
run_clear (gpointer data)
{
  SjRun *run = data;
  g_free (run->text);
  g_free (run->href);
  g_free (run->fact);
}

static void
item_free (gpointer data)
{
  SjItem *item = data;
  g_ptr_array_unref (item->blocks);
  g_free (item);
}

static void
cell_free (gpointer data)
{
  SjCell *cell = data;
  g_ptr_array_unref (cell->blocks);
  g_free (cell);
}

static void
row_free (gpointer data)
{
  SjRow *row = data;
  g_ptr_array_unref (row->cells);
  g_free (row);
}

static GPtrArray *
new_block_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sj_block_free);
}

void
sj_block_free (SjBlock *block)
{
  if (block == NULL)
    return;
  g_clear_pointer (&block->runs, g_array_unref);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->widths, g_array_unref);
  g_free (block);
}

SjRich *
sj_rich_new (void)
{
  SjRich *rich = g_new0 (SjRich, 1);
  g_atomic_ref_count_init (&rich->ref_count);
  rich->blocks = new_block_array ();
  return rich;
}

/* One paragraph per non-empty line of @text. */
SjRich *
sj_rich_new_plain (const char *text)
{
  SjRich *rich = sj_rich_new ();
  g_auto (GStrv) lines = NULL;

  if (text == NULL)
    return rich;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = sj_normalize_space (lines[i]);
      SjBlock *p;
      if (*line == '\0')
        continue;
      p = sj_block_new_paragraph ();
      sj_block_add_run (p, line, 0, NULL);
      g_ptr_array_add (rich->blocks, p);
    }
  return rich;
}

SjRich *
sj_rich_ref (SjRich *rich)
{
  g_return_val_if_fail (rich != NULL, NULL);
  g_atomic_ref_count_inc (&rich->ref_count);
  return rich;
}

void
sj_rich_unref (SjRich *rich)
{
  g_return_if_fail (rich != NULL);
  if (g_atomic_ref_count_dec (&rich->ref_count))
    {
      g_ptr_array_unref (rich->blocks);
      g_free (rich);
    }
}

GPtrArray *
sj_rich_get_blocks (const SjRich *rich)
{
  g_return_val_if_fail (rich != NULL, NULL);
  return rich->blocks;
}

static gboolean
blocks_are_empty (GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      if (b->kind != SJ_BLOCK_PARAGRAPH)
        return FALSE;
      for (guint j = 0; j < b->runs->len; j++)
        {
          SjRun *r = &g_array_index (b->runs, SjRun, j);
          if (r->fact || !sj_text_is_blank (r->text))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
sj_rich_is_empty (const SjRich *rich)
{
  return rich == NULL || blocks_are_empty (rich->blocks);
}

SjBlock *
sj_block_new_paragraph (void)
{
  SjBlock *b = g_new0 (SjBlock, 1);
  b->kind = SJ_BLOCK_PARAGRAPH;
  b->runs = g_array_new (FALSE, TRUE, sizeof (SjRun));
  g_array_set_clear_func (b->runs, run_clear);
  b->indent = TRUE;
  return b;
}

void
sj_block_add_run (SjBlock *paragraph, const char *text, SjRunFlags flags, const char *href)
{
  SjRun run = { 0 };

  g_return_if_fail (paragraph != NULL && paragraph->kind == SJ_BLOCK_PARAGRAPH);
  g_return_if_fail (text != NULL);

  /* Merge with the previous run when it looks the same. */
  if (paragraph->runs->len > 0)
    {
      SjRun *last = &g_array_index (paragraph->runs, SjRun, paragraph->runs->len - 1);
      if (last->fact == NULL && last->flags == flags && g_strcmp0 (last->href, href) == 0)
        {
          char *joined = g_strconcat (last->text, text, NULL);
          g_free (last->text);
          last->text = joined;
          return;
        }
    }
  run.text = g_strdup (text);
  run.href = g_strdup (href);
  run.flags = flags;
  g_array_append_val (paragraph->runs, run);
}

void
sj_block_add_fact (SjBlock *paragraph, const char *fact, const char *fallback, SjRunFlags flags)
{
  SjRun run = { 0 };

  g_return_if_fail (paragraph != NULL && paragraph->kind == SJ_BLOCK_PARAGRAPH);
  g_return_if_fail (fact != NULL);
  run.fact = g_strdup (fact);
  run.text = g_strdup (fallback);
  run.flags = flags;
  g_array_append_val (paragraph->runs, run);
}

SjBlock *
sj_block_new_list (SjListStyle style, guint start)
{
  SjBlock *b = g_new0 (SjBlock, 1);
  b->kind = SJ_BLOCK_LIST;
  b->style = style;
  b->start = MAX (start, 1);
  b->items = g_ptr_array_new_with_free_func (item_free);
  return b;
}

GPtrArray *
sj_block_add_item (SjBlock *list)
{
  SjItem *item;

  g_return_val_if_fail (list != NULL && list->kind == SJ_BLOCK_LIST, NULL);
  item = g_new0 (SjItem, 1);
  item->blocks = new_block_array ();
  g_ptr_array_add (list->items, item);
  return item->blocks;
}

SjBlock *
sj_block_new_table (gboolean borders)
{
  SjBlock *b = g_new0 (SjBlock, 1);
  b->kind = SJ_BLOCK_TABLE;
  b->borders = borders;
  b->rows = g_ptr_array_new_with_free_func (row_free);
  b->widths = g_array_new (FALSE, TRUE, sizeof (double));
  return b;
}

SjRow *
sj_block_add_row (SjBlock *table, gboolean header)
{
  SjRow *row;

  g_return_val_if_fail (table != NULL && table->kind == SJ_BLOCK_TABLE, NULL);
  row = g_new0 (SjRow, 1);
  row->header = header;
  row->cells = g_ptr_array_new_with_free_func (cell_free);
  g_ptr_array_add (table->rows, row);
  return row;
}

GPtrArray *
sj_row_add_cell (SjRow *row, guint colspan, SjAlign align)
{
  SjCell *cell;

  g_return_val_if_fail (row != NULL, NULL);
  cell = g_new0 (SjCell, 1);
  cell->colspan = MAX (colspan, 1);
  cell->align = align;
  cell->blocks = new_block_array ();
  g_ptr_array_add (row->cells, cell);
  return cell->blocks;
}

guint
sj_block_table_columns (const SjBlock *table)
{
  guint n = table->widths->len;

  for (guint i = 0; i < table->rows->len; i++)
    {
      SjRow *row = g_ptr_array_index (table->rows, i);
      guint w = 0;
      for (guint j = 0; j < row->cells->len; j++)
        w += ((SjCell *) g_ptr_array_index (row->cells, j))->colspan;
      n = MAX (n, w);
    }
  return n;
}

static gboolean blocks_equal (GPtrArray *a, GPtrArray *b);

static gboolean
block_equal (const SjBlock *a, const SjBlock *b)
{
  if (a->kind != b->kind)
    return FALSE;
  switch (a->kind)
    {
    case SJ_BLOCK_PARAGRAPH:
      if (a->align != b->align || a->indent != b->indent || a->runs->len != b->runs->len)
        return FALSE;
      for (guint i = 0; i < a->runs->len; i++)
        {
          SjRun *ra = &g_array_index (a->runs, SjRun, i);
          SjRun *rb = &g_array_index (b->runs, SjRun, i);
          if (ra->flags != rb->flags || g_strcmp0 (ra->text, rb->text) != 0
              || g_strcmp0 (ra->href, rb->href) != 0 || g_strcmp0 (ra->fact, rb->fact) != 0)
            return FALSE;
        }
      return TRUE;
    case SJ_BLOCK_LIST:
      if (a->style != b->style || a->start != b->start || a->items->len != b->items->len)
        return FALSE;
      for (guint i = 0; i < a->items->len; i++)
        if (!blocks_equal (((SjItem *) g_ptr_array_index (a->items, i))->blocks,
                           ((SjItem *) g_ptr_array_index (b->items, i))->blocks))
          return FALSE;
      return TRUE;
    case SJ_BLOCK_TABLE:
      if (a->borders != b->borders || a->rows->len != b->rows->len
          || a->widths->len != b->widths->len)
        return FALSE;
      if (a->widths->len
          && memcmp (a->widths->data, b->widths->data, a->widths->len * sizeof (double)) != 0)
        return FALSE;
      for (guint i = 0; i < a->rows->len; i++)
        {
          SjRow *ra = g_ptr_array_index (a->rows, i);
          SjRow *rb = g_ptr_array_index (b->rows, i);
          if (ra->header != rb->header || ra->cells->len != rb->cells->len)
            return FALSE;
          for (guint j = 0; j < ra->cells->len; j++)
            {
              SjCell *ca = g_ptr_array_index (ra->cells, j);
              SjCell *cb = g_ptr_array_index (rb->cells, j);
              if (ca->colspan != cb->colspan || ca->align != cb->align
                  || !blocks_equal (ca->blocks, cb->blocks))
                return FALSE;
            }
        }
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
blocks_equal (GPtrArray *a, GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!block_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

gboolean
sj_rich_equal (const SjRich *a, const SjRich *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return sj_rich_is_empty (a) && sj_rich_is_empty (b);
  return blocks_equal (a->blocks, b->blocks);
}

static void foreach_blocks (GPtrArray *blocks, void (*func) (const char *, gpointer), gpointer data);

static void
foreach_block (const SjBlock *b, void (*func) (const char *, gpointer), gpointer data)
{
  switch (b->kind)
    {
    case SJ_BLOCK_PARAGRAPH:
      {
        /* One call per paragraph: a bracket, a quotation or a name may span runs of different
         * styles. A fact stands as U+FFFC, the object replacement character. */
        g_autoptr (GString) text = g_string_new (NULL);
        for (guint i = 0; i < b->runs->len; i++)
          {
            SjRun *r = &g_array_index (b->runs, SjRun, i);
            if (r->fact)
              g_string_append (text, "\xef\xbf\xbc");
            else if (r->text)
              g_string_append (text, r->text);
          }
        if (text->len)
          func (text->str, data);
      }
      break;
    case SJ_BLOCK_LIST:
      for (guint i = 0; i < b->items->len; i++)
        foreach_blocks (((SjItem *) g_ptr_array_index (b->items, i))->blocks, func, data);
      break;
    case SJ_BLOCK_TABLE:
      for (guint i = 0; i < b->rows->len; i++)
        {
          SjRow *row = g_ptr_array_index (b->rows, i);
          for (guint j = 0; j < row->cells->len; j++)
            foreach_blocks (((SjCell *) g_ptr_array_index (row->cells, j))->blocks, func, data);
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
foreach_blocks (GPtrArray *blocks, void (*func) (const char *, gpointer), gpointer data)
{
  for (guint i = 0; i < blocks->len; i++)
    foreach_block (g_ptr_array_index (blocks, i), func, data);
}

/* Calls @func on the text of every paragraph (of lists and tables too), in document order;
 * each fact in it stands as U+FFFC. */
void
sj_rich_foreach_text (const SjRich *rich, void (*func) (const char *text, gpointer data),
                      gpointer data)
{
  if (rich != NULL)
    foreach_blocks (rich->blocks, func, data);
}

static void
append_plain (GString *s, GPtrArray *blocks, const char *prefix)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      switch (b->kind)
        {
        case SJ_BLOCK_PARAGRAPH:
          if (s->len)
            g_string_append_c (s, '\n');
          g_string_append (s, prefix);
          for (guint j = 0; j < b->runs->len; j++)
            {
              SjRun *r = &g_array_index (b->runs, SjRun, j);
              if (r->fact)
                g_string_append_printf (s, "{%s}", r->fact);
              else
                g_string_append (s, r->text);
            }
          break;
        case SJ_BLOCK_LIST:
          for (guint j = 0; j < b->items->len; j++)
            {
              g_autofree char *marker = sj_list_marker (b->style, "", b->start + j, FALSE);
              g_autofree char *p = g_strconcat (prefix, marker, *marker ? " " : "", NULL);
              append_plain (s, ((SjItem *) g_ptr_array_index (b->items, j))->blocks, p);
            }
          break;
        case SJ_BLOCK_TABLE:
          for (guint j = 0; j < b->rows->len; j++)
            {
              SjRow *row = g_ptr_array_index (b->rows, j);
              for (guint k = 0; k < row->cells->len; k++)
                append_plain (s, ((SjCell *) g_ptr_array_index (row->cells, k))->blocks,
                              prefix);
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* A plain-text rendering, one line per paragraph, for search, checks and tests. */
char *
sj_rich_to_plain (const SjRich *rich)
{
  GString *s = g_string_new (NULL);
  if (rich)
    append_plain (s, rich->blocks, "");
  return g_string_free (s, FALSE);
}

static void
foreach_fact (GPtrArray *blocks, void (*func) (const char *, const char *, gpointer), gpointer data)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      switch (b->kind)
        {
        case SJ_BLOCK_PARAGRAPH:
          for (guint j = 0; j < b->runs->len; j++)
            {
              SjRun *r = &g_array_index (b->runs, SjRun, j);
              if (r->fact)
                func (r->fact, r->text, data);
            }
          break;
        case SJ_BLOCK_LIST:
          for (guint j = 0; j < b->items->len; j++)
            foreach_fact (((SjItem *) g_ptr_array_index (b->items, j))->blocks, func, data);
          break;
        case SJ_BLOCK_TABLE:
          for (guint j = 0; j < b->rows->len; j++)
            {
              SjRow *row = g_ptr_array_index (b->rows, j);
              for (guint k = 0; k < row->cells->len; k++)
                foreach_fact (((SjCell *) g_ptr_array_index (row->cells, k))->blocks, func, data);
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Calls @func on the name and fallback text (or NULL) of every fact, in document order. */
void
sj_rich_foreach_fact (const SjRich *rich,
                      void (*func) (const char *name, const char *fallback, gpointer data),
                      gpointer data)
{
  if (rich != NULL)
    foreach_fact (rich->blocks, func, data);
}

static gboolean
blocks_have_fact (GPtrArray *blocks, const char *fact)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      if (b->kind == SJ_BLOCK_PARAGRAPH)
        {
          for (guint j = 0; j < b->runs->len; j++)
            if (g_strcmp0 (g_array_index (b->runs, SjRun, j).fact, fact) == 0)
              return TRUE;
        }
      else if (b->kind == SJ_BLOCK_LIST)
        {
          for (guint j = 0; j < b->items->len; j++)
            if (blocks_have_fact (((SjItem *) g_ptr_array_index (b->items, j))->blocks, fact))
              return TRUE;
        }
    }
  return FALSE;
}

gboolean
sj_rich_has_fact (const SjRich *rich, const char *fact)
{
  return rich != NULL && blocks_have_fact (rich->blocks, fact);
}

/**
 * sj_list_marker:
 * @outline_prefix: for %SJ_LIST_OUTLINE, the numbers of the enclosing items ("2.1")
 * @n: the number of the item, from 1
 *
 * Returns the marker printed before a list item: "1)", "(1)", "2.1.3)", "-", "ก." …
 */
char *
sj_list_marker (SjListStyle style, const char *outline_prefix, guint n, gboolean thai)
{
  g_autofree char *s = NULL;

  switch (style)
    {
    case SJ_LIST_NUMBER_PAREN:
      s = g_strdup_printf ("%u)", n);
      break;
    case SJ_LIST_NUMBER_DOT:
      s = g_strdup_printf ("%u.", n);
      break;
    case SJ_LIST_PAREN_NUMBER:
      s = g_strdup_printf ("(%u)", n);
      break;
    case SJ_LIST_OUTLINE:
      if (outline_prefix && *outline_prefix)
        s = g_strdup_printf ("%s.%u)", outline_prefix, n);
      else
        s = g_strdup_printf ("%u)", n);
      break;
    case SJ_LIST_DASH:
      return g_strdup ("-");
    case SJ_LIST_BULLET:
      return g_strdup ("•");
    case SJ_LIST_THAI_LETTER:
      {
        g_autofree char *letter = sj_thai_letter_number (n);
        return g_strconcat (letter, ".", NULL);
      }
    case SJ_LIST_PLAIN:
    default:
      return g_strdup ("");
    }
  return sj_thai_digits_if (s, thai);
}

const char *
sj_list_style_to_string (SjListStyle style)
{
  g_return_val_if_fail (style < G_N_ELEMENTS (list_style_names), "plain");
  return list_style_names[style];
}

gboolean
sj_list_style_from_string (const char *text, SjListStyle *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (list_style_names); i++)
    if (g_strcmp0 (text, list_style_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sj_align_to_string (SjAlign align)
{
  g_return_val_if_fail (align < G_N_ELEMENTS (align_names), "justify");
  return align_names[align];
}

gboolean
sj_align_from_string (const char *text, SjAlign *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (align_names); i++)
    if (g_strcmp0 (text, align_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

static GPtrArray *copy_blocks (GPtrArray *blocks);

static SjBlock *
copy_block (const SjBlock *b)
{
  SjBlock *c = g_new0 (SjBlock, 1);

  c->kind = b->kind;
  c->align = b->align;
  c->indent = b->indent;
  c->style = b->style;
  c->start = b->start;
  c->borders = b->borders;
  if (b->runs)
    {
      c->runs = g_array_sized_new (FALSE, TRUE, sizeof (SjRun), b->runs->len);
      g_array_set_clear_func (c->runs, run_clear);
      for (guint i = 0; i < b->runs->len; i++)
        {
          SjRun *r = &g_array_index (b->runs, SjRun, i);
          SjRun run = { g_strdup (r->text), g_strdup (r->href), g_strdup (r->fact), r->flags };
          g_array_append_val (c->runs, run);
        }
    }
  if (b->items)
    {
      c->items = g_ptr_array_new_with_free_func (item_free);
      for (guint i = 0; i < b->items->len; i++)
        {
          SjItem *item = g_new0 (SjItem, 1);
          item->blocks = copy_blocks (((SjItem *) g_ptr_array_index (b->items, i))->blocks);
          g_ptr_array_add (c->items, item);
        }
    }
  if (b->widths)
    c->widths = g_array_copy (b->widths);
  if (b->rows)
    {
      c->rows = g_ptr_array_new_with_free_func (row_free);
      for (guint i = 0; i < b->rows->len; i++)
        {
          SjRow *from = g_ptr_array_index (b->rows, i);
          SjRow *row = g_new0 (SjRow, 1);
          row->header = from->header;
          row->cells = g_ptr_array_new_with_free_func (cell_free);
          for (guint j = 0; j < from->cells->len; j++)
            {
              SjCell *fc = g_ptr_array_index (from->cells, j);
              SjCell *cell = g_new0 (SjCell, 1);
              cell->colspan = fc->colspan;
              cell->align = fc->align;
              cell->blocks = copy_blocks (fc->blocks);
              g_ptr_array_add (row->cells, cell);
            }
          g_ptr_array_add (c->rows, row);
        }
    }
  return c;
}

static GPtrArray *
copy_blocks (GPtrArray *blocks)
{
  GPtrArray *out = new_block_array ();
  for (guint i = 0; i < blocks->len; i++)
    g_ptr_array_add (out, copy_block (g_ptr_array_index (blocks, i)));
  return out;
}

/* A deep copy, not yet shared: edit it, then set it as a new value (find and replace). */
SjRich *
sj_rich_copy (const SjRich *rich)
{
  SjRich *copy = g_new0 (SjRich, 1);

  g_atomic_ref_count_init (&copy->ref_count);
  copy->blocks = rich ? copy_blocks (rich->blocks) : new_block_array ();
  return copy;
}

static void
foreach_paragraph (GPtrArray *blocks, void (*func) (SjBlock *, gpointer), gpointer data)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      if (b->kind == SJ_BLOCK_PARAGRAPH)
        func (b, data);
      for (guint j = 0; b->items && j < b->items->len; j++)
        foreach_paragraph (((SjItem *) g_ptr_array_index (b->items, j))->blocks, func, data);
      for (guint j = 0; b->rows && j < b->rows->len; j++)
        {
          SjRow *row = g_ptr_array_index (b->rows, j);
          for (guint k = 0; k < row->cells->len; k++)
            foreach_paragraph (((SjCell *) g_ptr_array_index (row->cells, k))->blocks, func,
                               data);
        }
    }
}

/* Calls @func on every paragraph (of lists and tables too) of @rich, which must not be shared
 * yet (a copy), in document order. */
void
sj_rich_foreach_paragraph (SjRich *rich, void (*func) (SjBlock *paragraph, gpointer data),
                           gpointer data)
{
  if (rich != NULL)
    foreach_paragraph (rich->blocks, func, data);
}
