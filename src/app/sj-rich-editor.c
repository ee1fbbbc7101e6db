/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-rich-editor"
#include "config.h"

#include "sj-rich-editor.h"

#include "sj-table-editor.h"

#include "sj-ui.h"

#include <glib/gi18n.h>

/**
 * SjRichEditor:
 *
 * Edits an #SjRich in a GtkTextView: paragraphs (optionally with a first-line indent), the
 * numbered and bulleted lists Thai plans use (1) 1.1) (1) 1. ก. - •), nested by indenting, bold,
 * italic and underlined words, figures computed from the plan ("จำนวนโครงการ") and small tables.
 *
 * Each line of the buffer is one paragraph. A "line tag" on the whole line says what it is (a
 * paragraph at a nesting level, an item of a list of some style, a table) and gives it its
 * margins; list markers are drawn as text the editor writes itself, not editable, renumbered
 * after every edit. The buffer is read back into an #SjRich after each edit, which is what the
 * "rich" property holds (undo lives with the document, not with the buffer).
 */

#define INDENT_PX 28
#define MARKER_PX 30
/* A line tag's margin replaces the view's: the view's own margin is added to every one. */
#define BASE_PX 10

typedef enum
{
  LINE_PARA,
  LINE_ITEM,
  LINE_TABLE,
} LineKind;

typedef struct
{
  LineKind kind;
  SjListStyle style; /* items */
  guint level;       /* 0: top-level paragraph; items of a top-level list are level 1 */
  guint start;       /* items: the number of the first item of a list, 0 for the default */
  SjAlign align;
  gboolean indent; /* paragraphs: first-line indent */
} LineInfo;

struct _SjRichEditor
{
  GtkWidget parent_instance;

  GtkTextView *view;
  GtkToggleButton *bold_button;
  GtkBox *toolbar;

  GtkTextBuffer *buffer;
  GtkTextTag *marker_tag;
  GtkTextTag *char_tags[5]; /* bold, italic, underline, sub, sup */
  SjRich *rich;
  gboolean loading;  /* the buffer is being filled from @rich */
  gboolean fixing;   /* markers and line tags are being put right */
  gboolean bold_updating;
  GHashTable *facts; /* fact name -> label shown in its chip */
  /* An empty last line has no character to carry a line tag: what it is waits here until
   * something is typed on it (Enter at the end of a list item, then typing). */
  int pending_line;
  LineInfo pending_info;
};

enum
{
  PROP_0,
  PROP_RICH,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (SjRichEditor, sj_rich_editor, GTK_TYPE_WIDGET)

static const SjRunFlags char_flags[5] = {
  SJ_RUN_BOLD, SJ_RUN_ITALIC, SJ_RUN_UNDERLINE, SJ_RUN_SUBSCRIPT, SJ_RUN_SUPERSCRIPT,
};

static void fix_lines (SjRichEditor *self);
static void read_back (SjRichEditor *self);

/* Line tags ----------------------------------------------------------------------------------- */

static GtkTextTag *
line_tag (SjRichEditor *self, const LineInfo *info)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  g_autofree char *name = g_strdup_printf ("line:%d:%d:%u:%u:%d:%d", info->kind,
                                           info->kind == LINE_ITEM ? info->style : 0, info->level,
                                           info->kind == LINE_ITEM ? info->start : 0, info->align,
                                           info->kind == LINE_PARA && info->indent);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);
  LineInfo *copy;
  int left = 0, indent = 0;
  GtkJustification justify = GTK_JUSTIFY_LEFT;

  if (tag != NULL)
    return tag;
  copy = g_memdup2 (info, sizeof *info);
  if (info->kind == LINE_ITEM)
    {
      left = BASE_PX + (info->level - 1) * INDENT_PX + MARKER_PX;
      indent = -MARKER_PX; /* the marker hangs in the margin */
    }
  else if (info->level > 0)
    left = BASE_PX + (info->level - 1) * INDENT_PX + MARKER_PX;
  else
    {
      left = BASE_PX;
      if (info->indent)
        indent = INDENT_PX * 2;
    }
  if (info->align == SJ_ALIGN_CENTER)
    justify = GTK_JUSTIFY_CENTER;
  else if (info->align == SJ_ALIGN_RIGHT)
    justify = GTK_JUSTIFY_RIGHT;
  tag = gtk_text_buffer_create_tag (self->buffer, name, "left-margin", left, "indent", indent,
                                    "justification", justify, NULL);
  g_object_set_data_full (G_OBJECT (tag), "sj-line", copy, g_free);
  return tag;
}

static const LineInfo *
tag_line_info (GtkTextTag *tag)
{
  return g_object_get_data (G_OBJECT (tag), "sj-line");
}

/* What line @line is, from the line tag at its start. */
static LineInfo
get_line_info (SjRichEditor *self, int line)
{
  GtkTextIter iter;
  LineInfo info = { LINE_PARA, SJ_LIST_NUMBER_PAREN, 0, 0, SJ_ALIGN_JUSTIFY, FALSE };
  GSList *tags;

  gboolean found = FALSE;

  gtk_text_buffer_get_iter_at_line (self->buffer, &iter, line);
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l; l = l->next)
    if (tag_line_info (l->data) != NULL)
      {
        info = *tag_line_info (l->data);
        found = TRUE;
        break;
      }
  g_slist_free (tags);
  if (!found && line == self->pending_line)
    return self->pending_info;
  return info;
}

static void
line_bounds (GtkTextBuffer *buffer, int line, GtkTextIter *start, GtkTextIter *end)
{
  gtk_text_buffer_get_iter_at_line (buffer, start, line);
  *end = *start;
  if (!gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_to_line_end (end);
  /* The newline belongs to the line: an empty line keeps its margins through it. */
  if (!gtk_text_iter_is_end (end))
    gtk_text_iter_forward_char (end);
}

static void
remove_line_tags (SjRichEditor *self, GtkTextIter *start, GtkTextIter *end)
{
  GtkTextIter iter = *start;

  /* Only the line tags present in the range are removed, found from their toggles. */
  while (gtk_text_iter_compare (&iter, end) < 0)
    {
      GSList *tags = gtk_text_iter_get_tags (&iter);
      for (GSList *l = tags; l; l = l->next)
        if (tag_line_info (l->data) != NULL)
          gtk_text_buffer_remove_tag (self->buffer, l->data, start, end);
      g_slist_free (tags);
      if (!gtk_text_iter_forward_to_tag_toggle (&iter, NULL))
        break;
    }
}

static int
count_line_tags (const GtkTextIter *iter, GtkTextTag **first)
{
  GSList *tags = gtk_text_iter_get_tags (iter);
  int n = 0;

  *first = NULL;
  for (GSList *l = tags; l; l = l->next)
    if (tag_line_info (l->data) != NULL)
      {
        if (n++ == 0)
          *first = l->data;
      }
  g_slist_free (tags);
  return n;
}

/* Whether @tag alone covers the whole of @line already (most lines, after most edits): then
 * nothing is touched, so the view does not lay the whole text out again on every keystroke. */
static gboolean
line_tag_ok (SjRichEditor *self, int line, GtkTextTag *tag)
{
  GtkTextIter start, end, last;
  GtkTextTag *at_start, *at_end;

  line_bounds (self->buffer, line, &start, &end);
  if (count_line_tags (&start, &at_start) != 1 || at_start != tag)
    return FALSE;
  last = end;
  if (gtk_text_iter_compare (&last, &start) > 0)
    gtk_text_iter_backward_char (&last);
  if (count_line_tags (&last, &at_end) != 1 || at_end != tag)
    return FALSE;
  /* No toggle of a line tag in between. */
  return !gtk_text_iter_forward_to_tag_toggle (&start, tag)
         || gtk_text_iter_compare (&start, &end) >= 0;
}

static void
set_line_info (SjRichEditor *self, int line, const LineInfo *info)
{
  GtkTextIter start, end;
  GtkTextTag *tag = line_tag (self, info);

  line_bounds (self->buffer, line, &start, &end);
  if (gtk_text_iter_equal (&start, &end))
    {
      self->pending_line = line;
      self->pending_info = *info;
      return;
    }
  if (line == self->pending_line)
    self->pending_line = -1;
  if (line_tag_ok (self, line, tag))
    return;
  remove_line_tags (self, &start, &end);
  gtk_text_buffer_apply_tag (self->buffer, tag, &start, &end);
}

/* Markers ------------------------------------------------------------------------------------- */

static gboolean
is_numbered (SjListStyle style)
{
  return style == SJ_LIST_NUMBER_PAREN || style == SJ_LIST_NUMBER_DOT
         || style == SJ_LIST_PAREN_NUMBER || style == SJ_LIST_OUTLINE;
}

/* The end of the marker at the start of @line (the line start if it has none). */
static void
marker_end (SjRichEditor *self, int line, GtkTextIter *iter)
{
  gtk_text_buffer_get_iter_at_line (self->buffer, iter, line);
  while (!gtk_text_iter_ends_line (iter) && gtk_text_iter_has_tag (iter, self->marker_tag))
    gtk_text_iter_forward_char (iter);
}

typedef struct
{
  guint level;
  SjListStyle style;
  guint count;
  char *path; /* the outline number of the current item ("2.1") */
} Counter;

static void
counter_clear (gpointer data)
{
  g_free (((Counter *) data)->path);
}

/* Puts every line right after an edit: one line tag over each whole line, markers written and
 * numbered, no marker left on a line that is not an item, the cursor never inside a marker. */
static void
fix_lines (SjRichEditor *self)
{
  g_autoptr (GArray) stack = g_array_new (FALSE, TRUE, sizeof (Counter));
  int n_lines = gtk_text_buffer_get_line_count (self->buffer);
  GtkTextMark *insert = gtk_text_buffer_get_insert (self->buffer);
  GtkTextIter cursor;
  int cursor_line, cursor_offset;

  g_array_set_clear_func (stack, counter_clear);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor, insert);
  cursor_line = gtk_text_iter_get_line (&cursor);
  cursor_offset = gtk_text_iter_get_line_offset (&cursor);
  self->fixing = TRUE;
  for (int line = 0; line < n_lines; line++)
    {
      LineInfo info = get_line_info (self, line);
      GtkTextIter start, end;
      g_autofree char *want = NULL;
      g_autofree char *have = NULL;

      /* One line tag, over the whole line (an edit may have split or joined lines). */
      set_line_info (self, line, &info);

      if (info.kind == LINE_ITEM)
        {
          Counter *top;
          guint level = MAX (info.level, 1);
          while (stack->len > 0 && g_array_index (stack, Counter, stack->len - 1).level > level)
            g_array_set_size (stack, stack->len - 1);
          top = stack->len ? &g_array_index (stack, Counter, stack->len - 1) : NULL;
          if (top != NULL && top->level == level && top->style == info.style && info.start == 0)
            top->count++;
          else
            {
              Counter c = { level, info.style, info.start ? info.start : 1, NULL };
              if (top != NULL && top->level == level)
                g_array_set_size (stack, stack->len - 1);
              g_array_append_val (stack, c);
              top = &g_array_index (stack, Counter, stack->len - 1);
            }
          {
            const char *prefix = stack->len > 1
                                   ? g_array_index (stack, Counter, stack->len - 2).path : "";
            g_autofree char *m = sj_list_marker (top->style, prefix, top->count, FALSE);
            g_free (top->path);
            if (is_numbered (top->style))
              top->path = top->style == SJ_LIST_OUTLINE && prefix && *prefix
                            ? g_strdup_printf ("%s.%u", prefix, top->count)
                            : g_strdup_printf ("%u", top->count);
            else
              top->path = g_strdup (prefix ? prefix : "");
            want = *m ? g_strconcat (m, " ", NULL) : g_strdup ("");
          }
        }
      else
        {
          while (stack->len > 0
                 && g_array_index (stack, Counter, stack->len - 1).level > info.level)
            g_array_set_size (stack, stack->len - 1);
          want = g_strdup ("");
        }

      gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
      marker_end (self, line, &end);
      have = gtk_text_buffer_get_text (self->buffer, &start, &end, TRUE);
      if (g_strcmp0 (have, want) != 0)
        {
          int old_len = gtk_text_iter_get_line_offset (&end);
          gtk_text_buffer_delete (self->buffer, &start, &end);
          gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
          gtk_text_buffer_insert_with_tags (self->buffer, &start, want, -1, self->marker_tag,
                                            NULL);
          if (line == cursor_line)
            cursor_offset = MAX (0, cursor_offset - old_len) + (int) g_utf8_strlen (want, -1);
          set_line_info (self, line, &info);
        }
    }
  /* The cursor goes after the marker of its line, never into it. */
  if (cursor_line < gtk_text_buffer_get_line_count (self->buffer))
    {
      GtkTextIter after;
      marker_end (self, cursor_line, &after);
      gtk_text_buffer_get_iter_at_line_offset (self->buffer, &cursor, cursor_line,
                                               MAX (cursor_offset,
                                                    gtk_text_iter_get_line_offset (&after)));
      if (!gtk_text_buffer_get_has_selection (self->buffer))
        gtk_text_buffer_place_cursor (self->buffer, &cursor);
    }
  self->fixing = FALSE;
}

/* From SjRich to the buffer ------------------------------------------------------------------- */

static GtkTextTag *
fact_tag (SjRichEditor *self, const char *name, const char *fallback)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  g_autofree char *tag_name = g_strdup_printf ("fact:%s\x1f%s", name, fallback ? fallback : "");
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, tag_name);

  if (tag != NULL)
    return tag;
  tag = gtk_text_buffer_create_tag (self->buffer, tag_name, "editable", FALSE, "background",
                                    "rgba(53,132,228,0.18)", "foreground", "#1c71d8", NULL);
  g_object_set_data_full (G_OBJECT (tag), "sj-fact", g_strdup (name), g_free);
  g_object_set_data_full (G_OBJECT (tag), "sj-fact-fallback", fallback ? g_strdup (fallback) : NULL,
                          g_free);
  return tag;
}

static GtkTextTag *
link_tag (SjRichEditor *self, const char *href)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  g_autofree char *tag_name = g_strconcat ("link:", href, NULL);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, tag_name);

  if (tag != NULL)
    return tag;
  tag = gtk_text_buffer_create_tag (self->buffer, tag_name, "underline", PANGO_UNDERLINE_SINGLE,
                                    "foreground", "#1c71d8", NULL);
  g_object_set_data_full (G_OBJECT (tag), "sj-href", g_strdup (href), g_free);
  return tag;
}

static const char *
fact_label (SjRichEditor *self, const char *name)
{
  const char *label = g_hash_table_lookup (self->facts, name);
  return label ? label : name;
}

static void
insert_run (SjRichEditor *self, GtkTextIter *iter, const SjRun *run)
{
  int start_offset = gtk_text_iter_get_offset (iter);
  GtkTextIter start;

  if (run->fact != NULL)
    {
      g_autofree char *chip = g_strdup_printf ("«%s»", fact_label (self, run->fact));
      gtk_text_buffer_insert (self->buffer, iter, chip, -1);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, start_offset);
      gtk_text_buffer_apply_tag (self->buffer, fact_tag (self, run->fact, run->text), &start, iter);
    }
  else
    {
      gtk_text_buffer_insert (self->buffer, iter, run->text ? run->text : "", -1);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, start_offset);
      if (run->href)
        gtk_text_buffer_apply_tag (self->buffer, link_tag (self, run->href), &start, iter);
    }
  for (guint i = 0; i < G_N_ELEMENTS (char_flags); i++)
    if (run->flags & char_flags[i])
      gtk_text_buffer_apply_tag (self->buffer, self->char_tags[i], &start, iter);
}

static void on_table_changed (SjTableEditor *table, SjRichEditor *self);

/* Starts a new line for a block (except for the first) and returns its number. */
static int
begin_line (SjRichEditor *self, GtkTextIter *iter, gboolean *first)
{
  if (!*first)
    gtk_text_buffer_insert (self->buffer, iter, "\n", 1);
  *first = FALSE;
  return gtk_text_iter_get_line (iter);
}

static void
load_blocks (SjRichEditor *self, GtkTextIter *iter, GPtrArray *blocks, guint level,
             gboolean *first)
{
  for (guint i = 0; blocks && i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      LineInfo info = { LINE_PARA, SJ_LIST_NUMBER_PAREN, level, 0, SJ_ALIGN_JUSTIFY, FALSE };
      int line;

      switch (b->kind)
        {
        case SJ_BLOCK_PARAGRAPH:
          line = begin_line (self, iter, first);
          for (guint r = 0; r < b->runs->len; r++)
            insert_run (self, iter, &g_array_index (b->runs, SjRun, r));
          info.align = b->align;
          info.indent = b->indent;
          set_line_info (self, line, &info);
          break;
        case SJ_BLOCK_LIST:
          for (guint k = 0; k < b->items->len; k++)
            {
              SjItem *item = g_ptr_array_index (b->items, k);
              guint rest = 0;
              info.kind = LINE_ITEM;
              info.style = b->style;
              info.level = level + 1;
              info.start = k == 0 && b->start != 1 ? b->start : 0;
              line = begin_line (self, iter, first);
              if (item->blocks->len > 0
                  && ((SjBlock *) g_ptr_array_index (item->blocks, 0))->kind
                       == SJ_BLOCK_PARAGRAPH)
                {
                  SjBlock *p = g_ptr_array_index (item->blocks, 0);
                  for (guint r = 0; r < p->runs->len; r++)
                    insert_run (self, iter, &g_array_index (p->runs, SjRun, r));
                  info.align = p->align;
                  rest = 1;
                }
              set_line_info (self, line, &info);
              if (item->blocks->len > rest)
                {
                  g_autoptr (GPtrArray) others = g_ptr_array_new ();
                  for (guint j = rest; j < item->blocks->len; j++)
                    g_ptr_array_add (others, g_ptr_array_index (item->blocks, j));
                  load_blocks (self, iter, others, level + 1, first);
                }
            }
          break;
        case SJ_BLOCK_TABLE:
          {
            GtkTextChildAnchor *anchor;
            GtkWidget *table;
            line = begin_line (self, iter, first);
            anchor = gtk_text_buffer_create_child_anchor (self->buffer, iter);
            table = GTK_WIDGET (sj_table_editor_new (b));
            g_object_set_data_full (G_OBJECT (anchor), "sj-table", g_object_ref (table),
                                    g_object_unref);
            g_signal_connect (table, "changed", G_CALLBACK (on_table_changed), self);
            gtk_text_view_add_child_at_anchor (self->view, table, anchor);
            info.kind = LINE_TABLE;
            set_line_info (self, line, &info);
          }
          break;
        }
    }
}

static void
load (SjRichEditor *self)
{
  GtkTextIter start, end;
  gboolean first = TRUE;
  int offset;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start,
                                    gtk_text_buffer_get_insert (self->buffer));
  offset = gtk_text_iter_get_offset (&start);
  self->loading = TRUE;
  self->pending_line = -1;
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_delete (self->buffer, &start, &end);
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  if (self->rich)
    load_blocks (self, &start, sj_rich_get_blocks (self->rich), 0, &first);
  fix_lines (self);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, offset);
  gtk_text_buffer_place_cursor (self->buffer, &start);
  self->loading = FALSE;
}

/* From the buffer to SjRich ------------------------------------------------------------------- */

static SjRunFlags
flags_at (SjRichEditor *self, const GtkTextIter *iter)
{
  SjRunFlags flags = 0;

  for (guint i = 0; i < G_N_ELEMENTS (char_flags); i++)
    if (gtk_text_iter_has_tag (iter, self->char_tags[i]))
      flags |= char_flags[i];
  return flags;
}

static GtkTextTag *
tag_with_data (const GtkTextIter *iter, const char *key)
{
  GSList *tags = gtk_text_iter_get_tags (iter);
  GtkTextTag *found = NULL;

  for (GSList *l = tags; l && !found; l = l->next)
    if (g_object_get_data (l->data, key) != NULL)
      found = l->data;
  g_slist_free (tags);
  return found;
}

/* The runs of the text of @line after its marker. */
static SjBlock *
read_paragraph (SjRichEditor *self, int line)
{
  SjBlock *p = sj_block_new_paragraph ();
  GtkTextIter iter, end;
  GString *text = g_string_new (NULL);
  SjRunFlags flags = 0;
  GtkTextTag *link = NULL;

  marker_end (self, line, &iter);
  end = iter;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  while (gtk_text_iter_compare (&iter, &end) < 0)
    {
      GtkTextTag *fact = tag_with_data (&iter, "sj-fact");
      SjRunFlags f = flags_at (self, &iter);
      GtkTextTag *l = tag_with_data (&iter, "sj-href");
      gunichar c = gtk_text_iter_get_char (&iter);

      if (fact != NULL || f != flags || l != link)
        {
          if (text->len)
            sj_block_add_run (p, text->str, flags, link ? g_object_get_data (G_OBJECT (link), "sj-href") : NULL);
          g_string_truncate (text, 0);
          flags = f;
          link = l;
        }
      if (fact != NULL)
        {
          sj_block_add_fact (p, g_object_get_data (G_OBJECT (fact), "sj-fact"),
                             g_object_get_data (G_OBJECT (fact), "sj-fact-fallback"), f);
          /* The whole chip is one fact. */
          if (!gtk_text_iter_forward_to_tag_toggle (&iter, fact)
              || gtk_text_iter_compare (&iter, &end) > 0)
            iter = end;
          continue;
        }
      if (c != 0xFFFC && !gtk_text_iter_has_tag (&iter, self->marker_tag))
        g_string_append_unichar (text, c);
      gtk_text_iter_forward_char (&iter);
    }
  if (text->len)
    sj_block_add_run (p, text->str, flags, link ? g_object_get_data (G_OBJECT (link), "sj-href") : NULL);
  g_string_free (text, TRUE);
  return p;
}

static SjBlock *
read_table (SjRichEditor *self, int line)
{
  GtkTextIter iter;
  GtkTextChildAnchor *anchor;

  gtk_text_buffer_get_iter_at_line (self->buffer, &iter, line);
  while (!gtk_text_iter_ends_line (&iter))
    {
      anchor = gtk_text_iter_get_child_anchor (&iter);
      if (anchor != NULL && g_object_get_data (G_OBJECT (anchor), "sj-table") != NULL)
        return sj_table_editor_get_block (g_object_get_data (G_OBJECT (anchor), "sj-table"));
      gtk_text_iter_forward_char (&iter);
    }
  return NULL;
}

typedef struct
{
  guint level;
  SjListStyle style;
  SjBlock *list;
  GPtrArray *item; /* the blocks of the list's last item */
} OpenList;

static SjRich *
read_rich (SjRichEditor *self)
{
  SjRich *rich = sj_rich_new ();
  GPtrArray *root = sj_rich_get_blocks (rich);
  g_autoptr (GArray) stack = g_array_new (FALSE, TRUE, sizeof (OpenList));
  int n_lines = gtk_text_buffer_get_line_count (self->buffer);
  GtkTextIter start, end;

  /* An empty buffer is an empty text, not one empty paragraph. */
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  if (gtk_text_iter_equal (&start, &end))
    return rich;

  for (int line = 0; line < n_lines; line++)
    {
      LineInfo info = get_line_info (self, line);
      SjBlock *block = NULL;
      GPtrArray *container;

      if (info.kind == LINE_ITEM)
        {
          guint level = MAX (info.level, 1);
          OpenList *top;
          while (stack->len > 0 && g_array_index (stack, OpenList, stack->len - 1).level > level)
            g_array_set_size (stack, stack->len - 1);
          top = stack->len ? &g_array_index (stack, OpenList, stack->len - 1) : NULL;
          if (top && top->level == level && (top->style != info.style || info.start != 0))
            {
              g_array_set_size (stack, stack->len - 1);
              top = stack->len ? &g_array_index (stack, OpenList, stack->len - 1) : NULL;
            }
          if (top == NULL || top->level < level)
            {
              OpenList open = { level, info.style, sj_block_new_list (info.style, info.start), NULL };
              container = top ? top->item : root;
              g_ptr_array_add (container, open.list);
              g_array_append_val (stack, open);
              top = &g_array_index (stack, OpenList, stack->len - 1);
            }
          top->item = sj_block_add_item (top->list);
          block = read_paragraph (self, line);
          ((SjBlock *) block)->align = info.align;
          g_ptr_array_add (top->item, block);
          continue;
        }

      /* A paragraph or table: in the item of the list at its level, or at the top. */
      while (stack->len > 0 && g_array_index (stack, OpenList, stack->len - 1).level > info.level)
        g_array_set_size (stack, stack->len - 1);
      if (info.level == 0)
        g_array_set_size (stack, 0);
      container = stack->len ? g_array_index (stack, OpenList, stack->len - 1).item : root;
      if (info.kind == LINE_TABLE)
        block = read_table (self, line);
      else
        {
          block = read_paragraph (self, line);
          block->align = info.align;
          block->indent = info.indent;
        }
      if (block != NULL)
        g_ptr_array_add (container, block);
    }
  return rich;
}

static void
read_back (SjRichEditor *self)
{
  g_autoptr (SjRich) rich = read_rich (self);

  if (sj_rich_equal (rich, self->rich))
    return;
  g_clear_pointer (&self->rich, sj_rich_unref);
  self->rich = g_steal_pointer (&rich);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_RICH]);
}

static void
on_end_user_action (GtkTextBuffer *buffer, SjRichEditor *self)
{
  if (self->loading || self->fixing)
    return;
  fix_lines (self);
  read_back (self);
}

static void
on_table_changed (SjTableEditor *table, SjRichEditor *self)
{
  if (!self->loading)
    read_back (self);
}

/* Editing ------------------------------------------------------------------------------------- */

static int
cursor_line (SjRichEditor *self)
{
  GtkTextIter iter;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  return gtk_text_iter_get_line (&iter);
}

static void
selected_lines (SjRichEditor *self, int *first, int *last)
{
  GtkTextIter a, b;
  gtk_text_buffer_get_selection_bounds (self->buffer, &a, &b);
  *first = gtk_text_iter_get_line (&a);
  *last = gtk_text_iter_get_line (&b);
  if (*last > *first && gtk_text_iter_starts_line (&b))
    (*last)--;
}

static gboolean
line_content_is_empty (SjRichEditor *self, int line)
{
  GtkTextIter iter;
  marker_end (self, line, &iter);
  return gtk_text_iter_ends_line (&iter);
}

/* Enter continues a list (a new item), or on an empty item ends it (like word processors). */
static gboolean
handle_return (SjRichEditor *self)
{
  int line = cursor_line (self);
  LineInfo info = get_line_info (self, line);
  GtkTextIter iter;

  if (info.kind == LINE_TABLE)
    return FALSE;
  if (info.kind == LINE_ITEM && line_content_is_empty (self, line))
    {
      gtk_text_buffer_begin_user_action (self->buffer);
      info.kind = info.level > 1 ? LINE_ITEM : LINE_PARA;
      info.level = info.level > 1 ? info.level - 1 : 0;
      info.start = 0;
      set_line_info (self, line, &info);
      gtk_text_buffer_end_user_action (self->buffer);
      return TRUE;
    }
  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_delete_selection (self->buffer, TRUE, TRUE);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  if (gtk_text_iter_has_tag (&iter, self->marker_tag))
    marker_end (self, line, &iter);
  gtk_text_buffer_insert (self->buffer, &iter, "\n", 1);
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  info.start = 0;
  info.indent = info.kind == LINE_PARA && info.indent;
  set_line_info (self, line + 1, &info);
  gtk_text_buffer_end_user_action (self->buffer);
  gtk_text_view_scroll_mark_onscreen (self->view, gtk_text_buffer_get_insert (self->buffer));
  return TRUE;
}

static void
change_level (SjRichEditor *self, int delta)
{
  int first, last;

  selected_lines (self, &first, &last);
  gtk_text_buffer_begin_user_action (self->buffer);
  for (int line = first; line <= last; line++)
    {
      LineInfo info = get_line_info (self, line);
      if (info.kind == LINE_ITEM)
        {
          if (delta > 0 && info.level < 6)
            {
              info.level++;
              /* Under "1)" the usual sub-list is "1.1)". */
              if (info.style == SJ_LIST_NUMBER_PAREN)
                info.style = SJ_LIST_OUTLINE;
            }
          else if (delta < 0 && info.level > 1)
            {
              info.level--;
              if (info.style == SJ_LIST_OUTLINE && info.level == 1)
                info.style = SJ_LIST_NUMBER_PAREN;
            }
          else if (delta < 0)
            {
              info.kind = LINE_PARA;
              info.level = 0;
            }
          info.start = 0;
        }
      else if (info.kind == LINE_PARA)
        {
          if (delta > 0)
            info.indent = TRUE;
          else if (info.level > 0)
            info.level--;
          else
            info.indent = FALSE;
        }
      set_line_info (self, line, &info);
    }
  gtk_text_buffer_end_user_action (self->buffer);
}

/* Backspace just after a marker takes the line out of the list (keeps its text). */
static gboolean
handle_backspace (SjRichEditor *self)
{
  int line = cursor_line (self);
  LineInfo info = get_line_info (self, line);
  GtkTextIter iter, after;

  if (info.kind != LINE_ITEM || gtk_text_buffer_get_has_selection (self->buffer))
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  marker_end (self, line, &after);
  if (!gtk_text_iter_equal (&iter, &after))
    return FALSE;
  gtk_text_buffer_begin_user_action (self->buffer);
  info.kind = LINE_PARA;
  info.start = 0;
  set_line_info (self, line, &info);
  gtk_text_buffer_end_user_action (self->buffer);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                GdkModifierType state, SjRichEditor *self)
{
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  int line;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (shift || ctrl)
        return FALSE;
      if (get_line_info (self, cursor_line (self)).kind == LINE_TABLE)
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "rich.newline", NULL);
      return TRUE;
    case GDK_KEY_BackSpace:
      return handle_backspace (self);
    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
      line = cursor_line (self);
      /* Tab indents list items; elsewhere it moves to the next field as usual. */
      if (get_line_info (self, line).kind != LINE_ITEM)
        return FALSE;
      change_level (self, keyval == GDK_KEY_ISO_Left_Tab || shift ? -1 : 1);
      return TRUE;
    case GDK_KEY_b:
    case GDK_KEY_B:
      if (!ctrl)
        return FALSE;
      gtk_toggle_button_set_active (self->bold_button,
                                    !gtk_toggle_button_get_active (self->bold_button));
      return TRUE;
    default:
      return FALSE;
    }
}

static void
apply_list_style (SjRichEditor *self, const char *style_name)
{
  int first, last;
  SjListStyle style = SJ_LIST_NUMBER_PAREN;
  gboolean paragraph = g_strcmp0 (style_name, "paragraph") == 0;
  gboolean indented = g_strcmp0 (style_name, "indented") == 0;

  if (!paragraph && !indented && !sj_list_style_from_string (style_name, &style))
    return;
  selected_lines (self, &first, &last);
  gtk_text_buffer_begin_user_action (self->buffer);
  for (int line = first; line <= last; line++)
    {
      LineInfo info = get_line_info (self, line);
      if (info.kind == LINE_TABLE)
        continue;
      if (paragraph || indented)
        {
          info.kind = LINE_PARA;
          info.indent = indented;
          if (info.level > 0 && get_line_info (self, line).kind == LINE_ITEM)
            info.level = 0;
        }
      else
        {
          info.kind = LINE_ITEM;
          info.style = style;
          info.level = MAX (info.level, style == SJ_LIST_OUTLINE ? 2 : 1);
          info.start = 0;
        }
      set_line_info (self, line, &info);
    }
  gtk_text_buffer_end_user_action (self->buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Enter: a new item of the same list, or the end of the list on an empty item. */
static void
action_newline (GtkWidget *widget, const char *name, GVariant *param)
{
  handle_return (SJ_RICH_EDITOR (widget));
}

static void
action_list (GtkWidget *widget, const char *name, GVariant *param)
{
  apply_list_style (SJ_RICH_EDITOR (widget), g_variant_get_string (param, NULL));
}

static void
action_indent (GtkWidget *widget, const char *name, GVariant *param)
{
  change_level (SJ_RICH_EDITOR (widget), strcmp (name, "rich.indent") == 0 ? 1 : -1);
}

static void
action_fact (GtkWidget *widget, const char *name, GVariant *param)
{
  SjRichEditor *self = SJ_RICH_EDITOR (widget);
  SjRun run = { NULL, NULL, (char *) g_variant_get_string (param, NULL), 0 };
  GtkTextIter iter;

  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_delete_selection (self->buffer, TRUE, TRUE);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  insert_run (self, &iter, &run);
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  gtk_text_buffer_end_user_action (self->buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
action_table (GtkWidget *widget, const char *name, GVariant *param)
{
  SjRichEditor *self = SJ_RICH_EDITOR (widget);
  g_autoptr (GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_block_free);
  SjBlock *table = sj_block_new_table (TRUE);
  GtkTextIter iter;
  gboolean first = FALSE;
  int line = cursor_line (self);

  for (guint r = 0; r < 2; r++)
    {
      SjRow *row = sj_block_add_row (table, r == 0);
      for (guint c = 0; c < 2; c++)
        g_ptr_array_add (sj_row_add_cell (row, 1, SJ_ALIGN_LEFT), sj_block_new_paragraph ());
    }
  g_ptr_array_add (blocks, table);
  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_get_iter_at_line (self->buffer, &iter, line);
  if (!gtk_text_iter_ends_line (&iter))
    gtk_text_iter_forward_to_line_end (&iter);
  load_blocks (self, &iter, blocks, get_line_info (self, line).level, &first);
  gtk_text_buffer_end_user_action (self->buffer);
}

static void
on_bold_toggled (GtkToggleButton *button, SjRichEditor *self)
{
  GtkTextIter a, b;

  if (self->bold_updating)
    return;
  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &a, &b))
    return;
  gtk_text_buffer_begin_user_action (self->buffer);
  if (gtk_toggle_button_get_active (button))
    gtk_text_buffer_apply_tag (self->buffer, self->char_tags[0], &a, &b);
  else
    gtk_text_buffer_remove_tag (self->buffer, self->char_tags[0], &a, &b);
  gtk_text_buffer_end_user_action (self->buffer);
}

static void
on_mark_set (GtkTextBuffer *buffer, GtkTextIter *location, GtkTextMark *mark, SjRichEditor *self)
{
  GtkTextIter a, b;

  if (mark != gtk_text_buffer_get_insert (buffer))
    return;
  /* Nothing is typed into a marker: a click on one puts the cursor after it. */
  if (!self->fixing && !self->loading && gtk_text_iter_has_tag (location, self->marker_tag)
      && !gtk_text_buffer_get_has_selection (buffer))
    {
      GtkTextIter after;
      marker_end (self, gtk_text_iter_get_line (location), &after);
      gtk_text_buffer_place_cursor (buffer, &after);
      return;
    }
  self->bold_updating = TRUE;
  if (gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    gtk_toggle_button_set_active (self->bold_button, gtk_text_iter_has_tag (&a, self->char_tags[0]));
  else
    gtk_toggle_button_set_active (self->bold_button, FALSE);
  self->bold_updating = FALSE;
}

/* Life ---------------------------------------------------------------------------------------- */

SjRich *
sj_rich_editor_get_rich (SjRichEditor *self)
{
  g_return_val_if_fail (SJ_IS_RICH_EDITOR (self), NULL);
  return self->rich;
}

void
sj_rich_editor_set_rich (SjRichEditor *self, SjRich *rich)
{
  g_return_if_fail (SJ_IS_RICH_EDITOR (self));
  if (self->rich == rich || (rich && self->rich && sj_rich_equal (self->rich, rich)))
    return;
  g_clear_pointer (&self->rich, sj_rich_unref);
  self->rich = rich ? sj_rich_ref (rich) : NULL;
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_RICH]);
}

GtkTextView *
sj_rich_editor_get_view (SjRichEditor *self)
{
  return self->view;
}

/* The plain text of the editor as a reader sees it (markers included), for tests. */
char *
sj_rich_editor_get_text (SjRichEditor *self)
{
  GtkTextIter a, b;
  gtk_text_buffer_get_bounds (self->buffer, &a, &b);
  return gtk_text_buffer_get_text (self->buffer, &a, &b, FALSE);
}

static void
sj_rich_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_RICH:
      g_value_set_boxed (value, SJ_RICH_EDITOR (object)->rich);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_rich_editor_set_property (GObject *object, guint prop_id, const GValue *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_RICH:
      sj_rich_editor_set_rich (SJ_RICH_EDITOR (object), g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_rich_editor_dispose (GObject *object)
{
  SjRichEditor *self = SJ_RICH_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_RICH_EDITOR);

  sj_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->rich, sj_rich_unref);
  g_clear_pointer (&self->facts, g_hash_table_unref);
  G_OBJECT_CLASS (sj_rich_editor_parent_class)->dispose (object);
}

static void
sj_rich_editor_class_init (SjRichEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sj_rich_editor_dispose;
  object_class->get_property = sj_rich_editor_get_property;
  object_class->set_property = sj_rich_editor_set_property;

  props[PROP_RICH] = g_param_spec_boxed ("rich", NULL, NULL, SJ_TYPE_RICH,
                                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                           | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-rich-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SjRichEditor, view);
  gtk_widget_class_bind_template_child (widget_class, SjRichEditor, bold_button);
  gtk_widget_class_bind_template_child (widget_class, SjRichEditor, toolbar);
  gtk_widget_class_install_action (widget_class, "rich.newline", NULL, action_newline);
  gtk_widget_class_install_action (widget_class, "rich.list", "s", action_list);
  gtk_widget_class_install_action (widget_class, "rich.indent", NULL, action_indent);
  gtk_widget_class_install_action (widget_class, "rich.outdent", NULL, action_indent);
  gtk_widget_class_install_action (widget_class, "rich.fact", "s", action_fact);
  gtk_widget_class_install_action (widget_class, "rich.table", NULL, action_table);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sj_rich_editor_init (SjRichEditor *self)
{
  static const char *const tag_names[] = { "bold", "italic", "underline", "sub", "sup" };
  GtkEventController *keys;
  static const struct
  {
    const char *name;
    const char *label;
  } facts[] = {
    { "organisation", N_("organisation") },
    { "project-count", N_("number of projects") },
    { "dimension-count", N_("number of dimensions") },
    { "total", N_("total budget") },
    { "total-per-year", N_("budget per year") },
    { "period", N_("period of the plan") },
    { "first-year", N_("first year") },
    { "last-year", N_("last year") },
    { "years", N_("number of years") },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->pending_line = -1;
  self->buffer = gtk_text_view_get_buffer (self->view);
  /* Undo is the document's: the buffer's own history would undo behind its back. */
  gtk_text_buffer_set_enable_undo (self->buffer, FALSE);
  self->facts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    g_hash_table_insert (self->facts, (gpointer) facts[i].name, (gpointer) _(facts[i].label));

  self->marker_tag = gtk_text_buffer_create_tag (self->buffer, "marker", "editable", FALSE,
                                                 "foreground", "#3d3846", NULL);
  self->char_tags[0] = gtk_text_buffer_create_tag (self->buffer, tag_names[0], "weight",
                                                   PANGO_WEIGHT_BOLD, NULL);
  self->char_tags[1] = gtk_text_buffer_create_tag (self->buffer, tag_names[1], "style",
                                                   PANGO_STYLE_ITALIC, NULL);
  self->char_tags[2] = gtk_text_buffer_create_tag (self->buffer, tag_names[2], "underline",
                                                   PANGO_UNDERLINE_SINGLE, NULL);
  self->char_tags[3] = gtk_text_buffer_create_tag (self->buffer, tag_names[3], "rise",
                                                   -4 * PANGO_SCALE, "scale", 0.7, NULL);
  self->char_tags[4] = gtk_text_buffer_create_tag (self->buffer, tag_names[4], "rise",
                                                   6 * PANGO_SCALE, "scale", 0.7, NULL);

  g_signal_connect (self->buffer, "end-user-action", G_CALLBACK (on_end_user_action), self);
  g_signal_connect (self->buffer, "mark-set", G_CALLBACK (on_mark_set), self);
  g_signal_connect (self->bold_button, "toggled", G_CALLBACK (on_bold_toggled), self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);
}

SjRichEditor *
sj_rich_editor_new (void)
{
  return g_object_new (SJ_TYPE_RICH_EDITOR, NULL);
}
