/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-book"
#include "config.h"

/* What the builders of the parts share: styles, sources, link targets, headings, letters. */

#include "sj-book-private.h"
#include "sj-checker.h"
#include "sj-charts.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <string.h>

void
sj_outline_entry_free (gpointer data)
{
  SjOutlineEntry *e = data;
  g_free (e->title);
  g_free (e->dest);
  g_free (e);
}

/* Facts for rich text ------------------------------------------------------------------------- */

char *
sj_book_fact (const char *name, gpointer data)
{
  SjBook *book = data;
  char *value = sj_summary_get_fact (book->summary, name, FALSE);

  if (book->piece != NULL) /* what the piece printed depends on */
    {
      g_ptr_array_add (book->piece->facts, g_strdup (name));
      g_ptr_array_add (book->piece->facts, g_strdup (value));
    }
  return value;
}

/* Helpers ------------------------------------------------------------------------------------- */

/* What the flow pours next shows: @object (and its @property), by its model path. */
void
sj_book_source (SjFlow *flow, gpointer object, const char *property)
{
  g_autofree char *path = object ? sj_model_path (G_OBJECT (object), property) : NULL;
  sj_flow_set_source (flow, path);
}

void
sj_book_row_source (SjTableRow *row, gpointer object)
{
  g_autofree char *path = sj_model_path (G_OBJECT (object), NULL);
  sj_table_row_set_source (row, path);
}

static gboolean
names_has (const char *setting, const char *name)
{
  g_auto (GStrv) names = g_strsplit_set (setting, " ,", -1);
  return g_strv_contains ((const char *const *) names, name);
}

/* Whether the plan prints the chart @name (its charts setting: "swot risk budget targets"). */
gboolean
sj_book_prints_chart (SjBook *book, const char *name)
{
  return names_has (sj_settings_get_charts (book->settings), name);
}

/* Whether the plan prints the added text @name (its extras setting: "part2-intro …"). */
gboolean
sj_book_prints_extra (SjBook *book, const char *name)
{
  return names_has (sj_settings_get_extras (book->settings), name);
}

SjStyle
sj_book_style (SjBook *book, double size, gboolean bold, SjAlign align)
{
  SjStyle s = { 0 };
  s.family = sj_typesetter_get_family (book->ts);
  s.size = size;
  s.bold = bold;
  s.align = align;
  return s;
}

/* A link target's name: from what it is (a part, a project's id, a dimension's number), so that
 * the same plan gives the same names and an edit changes only the names of what it changed;
 * a name met again in the book gets a number. */
char *
sj_book_new_dest (SjBook *book, const char *name)
{
  char *dest = g_strdup (name);

  for (guint n = 2; g_hash_table_contains (book->dest_names, dest); n++)
    {
      g_free (dest);
      dest = g_strdup_printf ("%s-%u", name, n);
    }
  g_hash_table_add (book->dest_names, g_strdup (dest));
  if (book->piece != NULL)
    {
      g_ptr_array_add (book->piece->dests, g_strdup (name));
      g_ptr_array_add (book->piece->dests, g_strdup (dest));
    }
  return dest;
}

SjOutlineEntry *
sj_book_add_outline (SjBook *book, SjFlow *flow, const char *title, guint level,
                     gboolean in_contents, const char *dest)
{
  SjOutlineEntry *e = g_new0 (SjOutlineEntry, 1);

  sj_flow_ensure_page (flow);
  e->title = sj_normalize_space (title);
  e->level = level;
  e->page = flow->pages->len - 1; /* within the part's own pages, see layout_all() */
  e->last_page = e->page;
  e->dest = g_strdup (dest);
  e->part = flow->part;
  e->in_contents = in_contents;
  g_ptr_array_add (book->outline, e);
  return e;
}

/* A heading that is also an outline entry (and so a link target). */
void
sj_book_heading (SjBook *book, SjFlow *flow, const char *text, SjStyle st, guint level,
                 gboolean in_contents, const char *role)
{
  g_autofree char *name = g_strdup_printf ("%s-h%u", sj_part_to_name (flow->part),
                                           ++book->part_serial);
  g_autofree char *dest = sj_book_new_dest (book, name);
  g_autoptr (PangoLayout) layout = sj_flow_text_layout (flow, text, &st, flow->width);

  sj_flow_ensure (flow, sj_layout_height (layout) + flow->body_size * 3.2);
  sj_flow_keep_begin (flow); /* kept with what follows; its page is settled in layout_all() */
  sj_flow_add_dest (flow, dest);
  sj_book_add_outline (book, flow, text, level, in_contents, dest);
  sj_flow_add_layout (flow, layout, 0, role);
  sj_flow_keep_end (flow);
}

/* A heading kept with what follows may have gone on to the next page after its outline entry
 * was made: each entry takes the page its destination is on. */
void
sj_book_settle_outline (GPtrArray *pages, GPtrArray *outline)
{
  g_autoptr (GHashTable) where = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint p = 0; p < pages->len; p++)
    {
      SjPage *page = g_ptr_array_index (pages, p);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          if (item->kind == SJ_PAGE_DEST && item->name)
            g_hash_table_insert (where, item->name, GUINT_TO_POINTER (p + 1));
        }
    }
  for (guint i = 0; i < outline->len; i++)
    {
      SjOutlineEntry *e = g_ptr_array_index (outline, i);
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (where, e->dest));
      if (p > 0)
        {
          e->page = p - 1;
          e->last_page = MAX (e->last_page, e->page);
        }
    }
}

void
sj_book_begin_part (SjBook *book, SjFlow *flow, SjPart part, SjPageNumbering numbering,
                    gboolean thai, gboolean landscape)
{
  sj_flow_set_source (flow, NULL);
  book->part_serial = 0;
  flow->part = part;
  flow->numbering = numbering;
  flow->thai = thai;
  sj_flow_set_orientation (flow, landscape);
  sj_flow_new_page (flow);
}

const char *
sj_book_plan_title (SjBook *book)
{
  return "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส";
}

char *
sj_book_period_text (SjBook *book, gboolean with_be)
{
  guint first = sj_summary_get_first_year (book->summary);
  guint last = first + sj_summary_get_n_years (book->summary) - 1;
  return g_strdup_printf (with_be ? "(พ.ศ. %u – %u)" : "%u – %u", first, last);
}

/* The signature block of an announcement or order: a space to sign, the name in parentheses,
 * the position, and for someone signing on behalf of the holder the ปฏิบัติราชการแทน lines. */
void
sj_book_signature_block (SjBook *book, SjFlow *flow, SjPerson *person, const char *acting_for)
{
  SjStyle st = sj_book_style (book, flow->body_size, FALSE, SJ_ALIGN_CENTER);
  double half = flow->width * 0.5;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (PangoLayout) layout = NULL;

  g_string_append_printf (text, "(%s)",
                          person ? sj_person_get_name (person) : "                    ");
  if (person && *sj_person_get_position (person))
    g_string_append_printf (text, "\n%s", sj_person_get_position (person));
  if (acting_for && *acting_for)
    {
      if (person && *sj_person_get_position (person))
        g_string_append (text, " ปฏิบัติราชการแทน");
      else
        g_string_append (text, "\nปฏิบัติราชการแทน");
      g_string_append_printf (text, "\n%s", acting_for);
    }
  layout = sj_flow_text_layout (flow, text->str, &st, half);
  /* Room to sign above the name, kept on the same page as the name. */
  sj_flow_ensure (flow, flow->body_size * 4 + sj_layout_height (layout));
  sj_flow_advance (flow, flow->body_size * 3);
  sj_flow_place_layout (flow, layout, half, "signature");
}

/* The first word of the text at the head of @page (the catchword of the page before it). */
static char *
first_word (SjPage *page)
{
  for (guint i = 0; i < page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (page->items, i);
      const char *text;
      PangoLayoutLine *line;
      const PangoLogAttr *attrs;
      int n_attrs, start, pos;

      if (item->kind != SJ_PAGE_TEXT || g_strcmp0 (item->role, "page-number") == 0
          || g_strcmp0 (item->role, "letter-page") == 0)
        continue;
      text = pango_layout_get_text (item->layout);
      line = pango_layout_get_line_readonly (item->layout, item->first_line);
      if (line == NULL || line->length == 0)
        continue;
      attrs = pango_layout_get_log_attrs_readonly (item->layout, &n_attrs);
      start = g_utf8_pointer_to_offset (text, text + line->start_index);
      while (start < n_attrs - 1 && attrs[start].is_white)
        start++;
      for (pos = start + 1; pos < n_attrs && !attrs[pos].is_word_end && !attrs[pos].is_white;
           pos++)
        ;
      if (pos > start)
        {
          const char *from = g_utf8_offset_to_pointer (text, start);
          const char *to = g_utf8_offset_to_pointer (text, pos);
          return g_strndup (from, to - from);
        }
    }
  return NULL;
}

/* An official letter of several pages (ระเบียบงานสารบรรณ): each page after the first carries its
 * number at the head, "- ๒ -", and each page but the last a catchword at the foot, the first
 * word of the next page after a slash: "/ข้อ...". @first is the letter's first page in the flow. */
void
sj_book_mark_letter_pages (SjBook *book, SjFlow *flow, guint first)
{
  SjStyle center = sj_book_style (book, book->size, FALSE, SJ_ALIGN_CENTER);
  SjStyle right = sj_book_style (book, book->size, FALSE, SJ_ALIGN_RIGHT);
  double top = SJ_MM (sj_settings_get_margin_top (book->settings));
  double bottom = SJ_MM (sj_settings_get_margin_bottom (book->settings));
  guint last = flow->pages->len;

  for (guint i = first; i + 1 < last; i++)
    {
      SjPage *page = g_ptr_array_index (flow->pages, i);
      SjPage *next = g_ptr_array_index (flow->pages, i + 1);
      g_autofree char *word = first_word (next);
      g_autofree char *number = g_strdup_printf ("- %u -", i - first + 2);
      g_autofree char *shown = sj_thai_digits_if (number, flow->thai);
      g_autoptr (PangoLayout) head = sj_typeset_text (book->ts, shown, &center, next->width);

      sj_page_add_text (next, head, 0, MAX (0, top - sj_layout_height (head) - SJ_MM (2)), 0, -1,
                        "letter-page");
      if (word != NULL)
        {
          g_autofree char *catchword = g_strdup_printf ("/%s...", word);
          g_autoptr (PangoLayout) foot = sj_typeset_text (book->ts, catchword, &right,
                                                          flow->width);
          sj_page_add_text (page, foot, flow->x, page->height - bottom + SJ_MM (1), 0, -1,
                            "letter-catchword");
        }
    }
}

void
sj_book_rule (SjFlow *flow, double width)
{
  sj_flow_add_rule (flow, width);
}

/* Images ------------------------------------------------------------------------------------ */

static cairo_status_t
read_bytes (void *closure, unsigned char *data, unsigned int length)
{
  GInputStream *in = closure;
  gsize n = 0;
  if (!g_input_stream_read_all (in, data, length, &n, NULL, NULL) || n != length)
    return CAIRO_STATUS_READ_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* An image of the organisation (PNG), or NULL when it has none or it is not a PNG image (the
 * checker reports that; the book is printed without it). */
cairo_surface_t *
sj_book_png_surface (GBytes *bytes, const char *what)
{
  g_autoptr (GInputStream) in = NULL;
  cairo_surface_t *surface;

  if (bytes == NULL)
    return NULL;
  in = g_memory_input_stream_new_from_bytes (bytes);
  surface = cairo_image_surface_create_from_png_stream (read_bytes, in);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_debug ("The %s of the plan is not a PNG image; the book is printed without it", what);
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

/* The Garuda at the head of an official letter (ประกาศ, คำสั่ง): centred, 3 cm high, as the
 * rules of official correspondence (ระเบียบงานสารบรรณ) set it. Without an image its space is
 * kept all the same, for the printed form with the emblem or a stamp. */
void
sj_book_add_garuda (SjBook *book, SjFlow *flow)
{
  cairo_surface_t *garuda = sj_book_png_surface (sj_organisation_get_garuda (book->org), "Garuda");
  SjPageItem *item;
  double h = SJ_MM (30), w;

  if (garuda == NULL)
    {
      sj_flow_advance (flow, h + SJ_MM (3));
      return;
    }
  w = h * cairo_image_surface_get_width (garuda) / MAX (1, cairo_image_surface_get_height (garuda));
  item = sj_page_item_new (SJ_PAGE_IMAGE);
  item->image = garuda;
  item->w = w;
  item->h = h;
  sj_flow_add_item (flow, item, (flow->width - w) / 2, h + SJ_MM (3));
}

/* Whether @project has an amount (zero included) in any year of the plan, its own or its
 * funding line's; or the plan prints a project without one as zeros. */
gboolean
sj_book_has_counted_amount (SjBook *book, SjProject *project, guint n_years)
{
  guint first = (guint) sj_settings_get_first_year (book->settings);

  if (sj_settings_get_no_budget (book->settings) == SJ_NO_BUDGET_ZERO)
    return TRUE;
  for (guint y = 0; y < n_years; y++)
    if (sj_project_get_amount (project, first + y) != SJ_MONEY_NONE)
      return TRUE;
  return FALSE;
}

void
sj_book_add_centered (SjBook *book, SjFlow *flow, const char *text, double size, gboolean bold,
                      const char *role)
{
  SjStyle st = sj_book_style (book, size, bold, SJ_ALIGN_CENTER);
  if (text && *text)
    sj_flow_add_text (flow, text, &st, 0, role);
}


char *
sj_book_numbered_lines (GPtrArray *texts, gboolean thai)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      if (s->len)
        g_string_append_c (s, '\n');
      if (texts->len > 1)
        g_string_append_printf (s, "%u. ", i + 1);
      g_string_append (s, g_ptr_array_index (texts, i));
    }
  {
    char *out = sj_thai_digits_if (s->str, thai);
    g_string_free (s, TRUE);
    return out;
  }
}

/* A layout made once, stored by the text and style it was made of (@key): the same cell again
 * (a year's "-", a total), or what the previous book made after an edit elsewhere, is the same
 * layout, never changed. Returns it (transfer full), or NULL when none is stored. */
PangoLayout *
sj_book_find_layout (SjBook *book, const char *key)
{
  PangoLayout *l = g_hash_table_lookup (book->cells, key);

  if (l == NULL && book->previous != NULL)
    {
      l = g_hash_table_lookup (book->previous->cells, key);
      if (l != NULL)
        g_hash_table_insert (book->cells, g_strdup (key), g_object_ref (l));
    }
  return l ? g_object_ref (l) : NULL;
}

void
sj_book_keep_layout (SjBook *book, const char *key, PangoLayout *layout)
{
  g_hash_table_insert (book->cells, g_strdup (key), g_object_ref (layout));
}

PangoLayout *
sj_book_cell_layout (SjBook *book, SjFlow *flow, const char *text, double width, gboolean bold,
                     SjAlign align, double hanging)
{
  SjStyle st = sj_book_style (book, book->size - 2, bold, align);
  g_autofree char *key = g_strdup_printf ("%d|%.3f|%d|%d|%.3f|%s", flow->thai, width, bold, align,
                                          hanging, text);
  g_autofree char *shown = NULL;
  PangoLayout *l = sj_book_find_layout (book, key);

  if (l != NULL)
    return l;
  shown = sj_thai_digits_if (text, flow->thai);
  st.indent = -hanging;
  l = sj_typeset_text (book->ts, shown, &st, width);
  sj_book_keep_layout (book, key, l);
  return l;
}

/* A part's entry in the outline and the contents, and its link target, at the flow's place. */
void
sj_book_add_part_outline (SjBook *book, SjFlow *flow, const char *title, const char *dest_prefix)
{
  g_autofree char *dest = sj_book_new_dest (book, dest_prefix);
  sj_flow_add_dest (flow, dest);
  sj_book_add_outline (book, flow, title, 0, TRUE, dest);
}
