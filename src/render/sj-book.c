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


static void
outline_entry_free (gpointer data)
{
  SjOutlineEntry *e = data;
  g_free (e->title);
  g_free (e->dest);
  g_free (e);
}

/* Facts for rich text ------------------------------------------------------------------------- */

static char *
fact_cb (const char *name, gpointer data)
{
  SjBook *book = data;
  char *value = sj_summary_get_fact (book->summary, name, FALSE);
  return value;
}

/* Helpers ------------------------------------------------------------------------------------- */

/* What the flow pours next shows: @object (and its @property), by its model path. */
static void
source (SjFlow *flow, gpointer object, const char *property)
{
  g_autofree char *path = object ? sj_model_path (G_OBJECT (object), property) : NULL;
  sj_flow_set_source (flow, path);
}

static void
row_source (SjTableRow *row, gpointer object)
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
static gboolean
prints_chart (SjBook *book, const char *name)
{
  return names_has (sj_settings_get_charts (book->settings), name);
}

/* Whether the plan prints the added text @name (its extras setting: "part2-intro …"). */
static gboolean
prints_extra (SjBook *book, const char *name)
{
  return names_has (sj_settings_get_extras (book->settings), name);
}

static SjStyle
style (SjBook *book, double size, gboolean bold, SjAlign align)
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
static char *
new_dest (SjBook *book, const char *name)
{
  char *dest = g_strdup (name);

  for (guint n = 2; g_hash_table_contains (book->dest_names, dest); n++)
    {
      g_free (dest);
      dest = g_strdup_printf ("%s-%u", name, n);
    }
  g_hash_table_add (book->dest_names, g_strdup (dest));
  return dest;
}

static SjOutlineEntry *
add_outline (SjBook *book, SjFlow *flow, const char *title, guint level, gboolean in_contents,
             const char *dest)
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
static void
heading (SjBook *book, SjFlow *flow, const char *text, SjStyle st, guint level,
         gboolean in_contents, const char *role)
{
  g_autofree char *name = g_strdup_printf ("%s-h%u", sj_part_to_name (flow->part),
                                           ++book->part_serial);
  g_autofree char *dest = new_dest (book, name);
  g_autoptr (PangoLayout) layout = sj_flow_text_layout (flow, text, &st, flow->width);

  sj_flow_ensure (flow, sj_layout_height (layout) + flow->body_size * 3.2);
  sj_flow_keep_begin (flow); /* kept with what follows; its page is settled in layout_all() */
  sj_page_add_dest (flow->page, dest, flow->y);
  add_outline (book, flow, text, level, in_contents, dest);
  sj_flow_add_layout (flow, layout, 0, role);
  sj_flow_keep_end (flow);
}

/* A heading kept with what follows may have gone on to the next page after its outline entry
 * was made: each entry takes the page its destination is on. */
static void
settle_outline_pages (GPtrArray *pages, GPtrArray *outline)
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

static void
begin_part (SjBook *book, SjFlow *flow, SjPart part, SjPageNumbering numbering, gboolean thai,
            gboolean landscape)
{
  sj_flow_set_source (flow, NULL);
  book->part_serial = 0;
  flow->part = part;
  flow->numbering = numbering;
  flow->thai = thai;
  sj_flow_set_orientation (flow, landscape);
  sj_flow_new_page (flow);
}

static const char *
plan_title (SjBook *book)
{
  return "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส";
}

static char *
period_text (SjBook *book, gboolean with_be)
{
  guint first = sj_summary_get_first_year (book->summary);
  guint last = first + sj_summary_get_n_years (book->summary) - 1;
  return g_strdup_printf (with_be ? "(พ.ศ. %u – %u)" : "%u – %u", first, last);
}

/* The signature block of an announcement or order: a space to sign, the name in parentheses,
 * the position, and for someone signing on behalf of the holder the ปฏิบัติราชการแทน lines. */
static void
signature_block (SjBook *book, SjFlow *flow, SjPerson *person, const char *acting_for)
{
  SjStyle st = style (book, flow->body_size, FALSE, SJ_ALIGN_CENTER);
  double half = flow->width * 0.5;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (PangoLayout) layout = NULL;

  g_string_append_printf (text, "(%s)", person ? sj_person_get_name (person) : "                    ");
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
  flow->y += flow->body_size * 3;
  sj_page_add_text (flow->page, layout, flow->x + half, flow->y, 0, -1, "signature");
  flow->y += sj_layout_height (layout);
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
static void
mark_letter_pages (SjBook *book, SjFlow *flow, guint first)
{
  SjStyle center = style (book, book->size, FALSE, SJ_ALIGN_CENTER);
  SjStyle right = style (book, book->size, FALSE, SJ_ALIGN_RIGHT);
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

static void
rule (SjFlow *flow, double width)
{
  sj_flow_ensure (flow, 10);
  sj_page_add_line (flow->page, flow->x + (flow->width - width) / 2, flow->y + 4,
                    flow->x + (flow->width + width) / 2, flow->y + 4, 0.6);
  flow->y += 10;
}

/* The cover ---------------------------------------------------------------------------------- */

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
static cairo_surface_t *
png_surface (GBytes *bytes, const char *what)
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

static cairo_surface_t *
emblem_surface (SjBook *book)
{
  return png_surface (sj_organisation_get_emblem (book->org), "emblem");
}

/* The Garuda at the head of an official letter (ประกาศ, คำสั่ง): centred, 3 cm high, as the
 * rules of official correspondence (ระเบียบงานสารบรรณ) set it. Without an image its space is
 * kept all the same, for the printed form with the emblem or a stamp. */
static void
add_garuda (SjBook *book, SjFlow *flow)
{
  cairo_surface_t *garuda = png_surface (sj_organisation_get_garuda (book->org), "Garuda");
  SjPageItem *item;
  double h = SJ_MM (30), w;

  if (garuda == NULL)
    {
      flow->y += h + SJ_MM (3);
      return;
    }
  w = h * cairo_image_surface_get_width (garuda) / MAX (1, cairo_image_surface_get_height (garuda));
  item = sj_page_item_new (SJ_PAGE_IMAGE);
  item->image = garuda;
  item->x = flow->x + (flow->width - w) / 2;
  item->y = flow->y;
  item->w = w;
  item->h = h;
  sj_page_append_item (flow->page, item);
  flow->y += h + SJ_MM (3);
}

/* Whether @project has an amount (zero included) in any year of the plan, its own or its
 * funding line's; or the plan prints a project without one as zeros. */
static gboolean
has_counted_amount (SjBook *book, SjProject *project, guint n_years)
{
  guint first = (guint) sj_settings_get_first_year (book->settings);

  if (sj_settings_get_no_budget (book->settings) == SJ_NO_BUDGET_ZERO)
    return TRUE;
  for (guint y = 0; y < n_years; y++)
    if (sj_project_get_amount (project, first + y) != SJ_MONEY_NONE)
      return TRUE;
  return FALSE;
}

static void
add_centered (SjBook *book, SjFlow *flow, const char *text, double size, gboolean bold,
              const char *role)
{
  SjStyle st = style (book, size, bold, SJ_ALIGN_CENTER);
  if (text && *text)
    sj_flow_add_text (flow, text, &st, 0, role);
}

static void
build_cover (SjBook *book, SjFlow *flow)
{
  cairo_surface_t *emblem = emblem_surface (book);
  const char *const *lines = sj_settings_get_title_lines (book->settings);
  g_autofree char *period = period_text (book, TRUE);
  g_autofree char *place = NULL;
  g_autofree char *dest = new_dest (book, "cover");

  begin_part (book, flow, SJ_PART_COVER, SJ_PAGE_NUMBER_NONE, book->thai_cover, FALSE);
  source (flow, book->org, NULL);
  sj_page_add_dest (flow->page, dest, flow->y);
  add_outline (book, flow, "ปก", 0, FALSE, dest);
  flow->y += SJ_MM (10);
  if (emblem)
    {
      SjPageItem *item = sj_page_item_new (SJ_PAGE_IMAGE);
      double w = SJ_MM (38);
      double h = w * cairo_image_surface_get_height (emblem)
                 / MAX (1, cairo_image_surface_get_width (emblem));
      item->image = emblem;
      item->x = flow->x + (flow->width - w) / 2;
      item->y = flow->y;
      item->w = w;
      item->h = h;
      sj_page_append_item (flow->page, item);
      flow->y += h + SJ_MM (12);
    }
  else
    flow->y += SJ_MM (45);

  for (guint i = 0; lines && lines[i]; i++)
    add_centered (book, flow, lines[i], book->size + 10, TRUE, "cover-title");
  if (lines == NULL || lines[0] == NULL)
    add_centered (book, flow, plan_title (book), book->size + 8, TRUE, "cover-title");
  add_centered (book, flow, period, book->size + 8, TRUE, "cover-period");
  flow->y += SJ_MM (40);
  add_centered (book, flow, sj_organisation_get_name (book->org), book->size + 8, TRUE,
                "cover-organisation");
  place = g_strjoin (" ", sj_organisation_get_district (book->org),
                     sj_organisation_get_province (book->org), NULL);
  g_strstrip (place);
  add_centered (book, flow, place, book->size + 4, FALSE, "cover-place");
  add_centered (book, flow, sj_organisation_get_division (book->org), book->size + 4, FALSE,
                "cover-division");
  if (*sj_organisation_get_slogan (book->org))
    {
      flow->y = MAX (flow->y + SJ_MM (15), flow->bottom - SJ_MM (25));
      add_centered (book, flow, sj_organisation_get_slogan (book->org), book->size + 4, TRUE,
                    "cover-slogan");
    }
}

/* ประกาศ ------------------------------------------------------------------------------------------ */

static void
collect_text (const char *text, gpointer data)
{
  g_string_append (data, text);
}

/* Whether the last words of @rich are @words (white space aside): a body that already ends with
 * the closing formula is not followed by it a second time. */
static gboolean
rich_ends_with (SjRich *rich, const char *words)
{
  g_autoptr (GString) all = g_string_new (NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (rich == NULL)
    return FALSE;
  sj_rich_foreach_text (rich, collect_text, all);
  a = sj_normalize_space (all->str);
  b = sj_normalize_space (words);
  g_strstrip (a);
  g_strstrip (b);
  return *b != '\0' && g_str_has_suffix (a, b);
}

static void
build_announcement (SjBook *book, SjFlow *flow, SjPart part, SjPageNumbering numbering)
{
  SjAnnouncement *ann = sj_plan_get_announcement (book->plan);
  g_autofree char *heading_text = NULL;
  g_autofree char *subject = NULL;
  SjStyle body = style (book, book->size, FALSE, SJ_ALIGN_JUSTIFY);
  gboolean thai = book->thai_announcement;
  guint first_page;

  begin_part (book, flow, part, numbering, thai, FALSE);
  first_page = flow->pages->len - 1;
  source (flow, ann, NULL);
  add_garuda (book, flow);
  if (*sj_announcement_get_number (ann))
    {
      g_autofree char *number = g_strdup_printf ("(ฉบับที่ %s)", sj_announcement_get_number (ann));
      add_centered (book, flow, number, book->size, FALSE, "announcement-number");
    }
  heading_text = g_strconcat ("ประกาศ", sj_organisation_get_name (book->org), NULL);
  heading (book, flow, heading_text, style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER), 1,
           part == SJ_PART_APPENDIX, "announcement-heading");
  subject = g_strconcat ("เรื่อง ", sj_announcement_get_title (ann), NULL);
  add_centered (book, flow, subject, book->size, TRUE, "announcement-title");
  rule (flow, SJ_MM (40));
  flow->y += book->size * 0.3;
  sj_flow_add_rich (flow, sj_announcement_get_body (ann), 0);
  /* The closing formula and the date are never parted from the signature below them: the page
   * that is signed carries text, not a signature alone. */
  sj_flow_keep_begin (flow);
  if (*sj_announcement_get_closing (ann) && !rich_ends_with (sj_announcement_get_body (ann),
                                                              sj_announcement_get_closing (ann)))
    {
      body.indent = flow->paragraph_indent;
      sj_flow_add_text (flow, sj_announcement_get_closing (ann), &body, 0, "announcement-closing");
    }
  flow->y += book->size * 0.6;
  if (sj_announcement_get_date (ann))
    {
      g_autofree char *date = sj_date_format (sj_announcement_get_date (ann), SJ_DATE_STYLE_FULL,
                                              FALSE);
      g_autofree char *line = g_strconcat ("ประกาศ ณ วันที่ ", date, NULL);
      add_centered (book, flow, line, book->size, FALSE, "announcement-date");
    }
  sj_flow_keep_end (flow);
  signature_block (book, flow, sj_announcement_get_signatory (ann),
                   sj_announcement_get_acting_for (ann));
  mark_letter_pages (book, flow, first_page);
}

/* คำนำ ---------------------------------------------------------------------------------------------- */

static void
build_preface (SjBook *book, SjFlow *flow)
{
  SjStyle right = style (book, book->size, FALSE, SJ_ALIGN_CENTER);
  g_autoptr (GString) sign = g_string_new (sj_organisation_get_name (book->org));
  g_autoptr (PangoLayout) layout = NULL;

  begin_part (book, flow, SJ_PART_PREFACE, SJ_PAGE_NUMBER_FRONT, book->thai_body, FALSE);
  source (flow, book->plan, "preface");
  heading (book, flow, "คำนำ", style (book, book->size + 4, TRUE, SJ_ALIGN_CENTER), 0, TRUE,
           "preface-heading");
  flow->y += book->size * 0.5;
  sj_flow_add_rich (flow, sj_plan_get_preface (book->plan), 0);
  if (sj_plan_get_preface_date (book->plan))
    {
      g_autofree char *date = sj_date_format (sj_plan_get_preface_date (book->plan),
                                              SJ_DATE_STYLE_MONTH_YEAR, FALSE);
      g_string_append_printf (sign, "\n%s", date);
    }
  flow->y += book->size;
  layout = sj_flow_text_layout (flow, sign->str, &right, flow->width * 0.5);
  sj_flow_ensure (flow, sj_layout_height (layout));
  sj_page_add_text (flow->page, layout, flow->x + flow->width * 0.5, flow->y, 0, -1,
                    "preface-signature");
  flow->y += sj_layout_height (layout);
}

/* สารบัญ ------------------------------------------------------------------------------------------- */

static char *
page_label_for (GPtrArray *labels, guint index)
{
  const char *label = index < labels->len ? g_ptr_array_index (labels, index) : NULL;
  return g_strdup (label ? label : "");
}

static void
build_contents (SjBook *book, SjFlow *flow, GPtrArray *labels, GPtrArray *outline)
{
  double page_col = SJ_MM (25);
  double widths[2];
  SjTable *table;
  SjStyle st = style (book, book->size, FALSE, SJ_ALIGN_LEFT);

  begin_part (book, flow, SJ_PART_CONTENTS, SJ_PAGE_NUMBER_FRONT, book->thai_body, FALSE);
  heading (book, flow, "สารบัญ", style (book, book->size + 4, TRUE, SJ_ALIGN_CENTER), 0, FALSE,
           "contents-heading");
  flow->y += book->size * 0.3;
  widths[0] = flow->width - page_col;
  widths[1] = page_col;
  table = sj_table_new (2, widths, 2.0);
  {
    SjTableRow *row = sj_table_add_row (table, FALSE);
    SjStyle hs = style (book, book->size, TRUE, SJ_ALIGN_RIGHT);
    g_autoptr (PangoLayout) l = sj_flow_text_layout (flow, "หน้า", &hs, page_col - 4);
    sj_table_add_cell (row, 1, 1, 1, l, "contents-page-heading", NULL);
  }
  for (guint i = 0; outline && i < outline->len; i++)
    {
      SjOutlineEntry *e = g_ptr_array_index (outline, i);
      SjTableRow *row;
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      g_autofree char *label = NULL;
      g_autoptr (PangoLayout) tl = NULL;
      g_autoptr (PangoLayout) pl = NULL;
      SjStyle ts = st;
      SjStyle ps = style (book, book->size, e->level == 0, SJ_ALIGN_RIGHT);
      g_autofree char *role = NULL;

      if (!e->in_contents)
        continue;
      first = page_label_for (labels, e->page);
      last = page_label_for (labels, e->last_page);
      if (e->level == 0 && e->last_page > e->page && strcmp (first, last) != 0)
        label = g_strdup_printf ("%s - %s", first, last);
      else
        label = g_strdup (first);
      ts.bold = e->level == 0;
      ts.indent = 0;
      row = sj_table_add_row (table, FALSE);
      tl = sj_flow_text_layout (flow, e->title, &ts, widths[0] - 4 - e->level * SJ_MM (8));
      pl = sj_flow_text_layout (flow, label, &ps, page_col - 4);
      role = g_strdup_printf ("contents-page:%s:%u", e->dest, e->page);
      sj_table_add_cell (row, 0, 1, 1, tl, "contents-title", NULL);
      sj_table_indent_last_cell (row, e->level * SJ_MM (8));
      sj_table_add_cell (row, 1, 1, 1, pl, role, NULL);
    }
  {
    /* Links: the contents rows point to their destinations. */
    guint first_item = flow->page ? flow->page->items->len : 0;
    guint first_page = book->pages->len - 1;
    sj_flow_add_table (flow, table, 0, FALSE);
    for (guint p = first_page; p < book->pages->len; p++)
      {
        SjPage *page = g_ptr_array_index (book->pages, p);
        guint n = page->items->len;
        for (guint k = p == first_page ? first_item : 0; k < n; k++)
          {
            SjPageItem *item = g_ptr_array_index (page->items, k);
            if (item->kind == SJ_PAGE_TEXT && item->role
                && g_str_has_prefix (item->role, "contents-page:"))
              {
                g_auto (GStrv) parts = g_strsplit (item->role, ":", 3);
                sj_page_add_link (page, flow->x, item->y, flow->width, item->h, parts[1]);
              }
          }
      }
  }
  sj_table_free (table);
}

/* Part 1 ------------------------------------------------------------------------------------- */

static char *
numbered_lines (GPtrArray *texts, gboolean thai)
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

static PangoLayout *
cell_layout (SjBook *book, SjFlow *flow, const char *text, double width, gboolean bold,
             SjAlign align, double hanging)
{
  SjStyle st = style (book, book->size - 2, bold, align);
  g_autofree char *shown = sj_thai_digits_if (text, flow->thai);
  PangoLayout *l;

  st.indent = -hanging;
  l = sj_typeset_text (book->ts, shown, &st, width);
  return l;
}

static void
risk_table (SjBook *book, SjFlow *flow)
{
  double unit = flow->width / 160.0;
  double widths[5] = { 11 * unit, 29 * unit, 48 * unit, 22 * unit, 50 * unit };
  static const char *const headers[] = { "ลำดับที่", "ขั้นตอนการดำเนินงาน", "ประเด็นความเสี่ยงการทุจริต",
                                         "Risk Score", "มาตรการควบคุมความเสี่ยงการทุจริต" };
  SjTable *table = sj_table_new (5, widths, 3.0);
  SjTableRow *hr = sj_table_add_row (table, TRUE);
  double hang = (book->size - 2) * 0.9;
  gboolean saved = flow->thai;

  flow->thai = book->thai_tables;
  for (guint c = 0; c < 5; c++)
    {
      g_autoptr (PangoLayout) l = cell_layout (book, flow, headers[c], widths[c] - 6, TRUE,
                                               SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (hr, c, 1, 1, l, "risk-header", NULL);
    }
  for (guint i = 0; i < sj_plan_get_n_risk_steps (book->plan); i++)
    {
      SjRiskStep *step = sj_plan_get_risk_step_at (book->plan, i);
      SjTableRow *row = sj_table_add_row (table, FALSE);
      g_autoptr (GPtrArray) risks = g_ptr_array_new ();
      g_autoptr (GPtrArray) levels = g_ptr_array_new ();
      g_autoptr (GPtrArray) measures = g_ptr_array_new ();
      g_autofree char *num = g_strdup_printf ("%u", i + 1);
      g_autofree char *rtext = NULL;
      g_autofree char *ltext = NULL;
      g_autofree char *mtext = NULL;
      gboolean same_level = TRUE;
      PangoLayout *l;

      for (guint j = 0; j < sj_risk_step_get_n_risks (step); j++)
        {
          SjRiskItem *r = sj_risk_step_get_risk_at (step, j);
          g_ptr_array_add (risks, (gpointer) sj_risk_item_get_text (r));
          g_ptr_array_add (levels, (gpointer) sj_risk_level_label (sj_risk_item_get_level (r)));
          if (j > 0 && sj_risk_item_get_level (r)
                         != sj_risk_item_get_level (sj_risk_step_get_risk_at (step, 0)))
            same_level = FALSE;
        }
      if (same_level && levels->len > 1)
        g_ptr_array_set_size (levels, 1);
      for (guint j = 0; j < sj_risk_step_get_n_measures (step); j++)
        g_ptr_array_add (measures, (gpointer) sj_risk_measure_get_text (
                                     sj_risk_step_get_measure_at (step, j)));
      rtext = numbered_lines (risks, FALSE);
      ltext = numbered_lines (levels, FALSE);
      mtext = numbered_lines (measures, FALSE);

      row_source (row, step);
      l = cell_layout (book, flow, num, widths[0] - 6, FALSE, SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (row, 0, 1, 1, l, "risk-number", NULL);
      g_object_unref (l);
      l = cell_layout (book, flow, sj_risk_step_get_name (step), widths[1] - 6, FALSE,
                       SJ_ALIGN_LEFT, 0);
      sj_table_add_cell (row, 1, 1, 1, l, "risk-step", NULL);
      g_object_unref (l);
      l = cell_layout (book, flow, rtext, widths[2] - 6, FALSE, SJ_ALIGN_LEFT,
                       risks->len > 1 ? hang : 0);
      sj_table_add_cell (row, 2, 1, 1, l, "risk-items", NULL);
      g_object_unref (l);
      l = cell_layout (book, flow, ltext, widths[3] - 6, FALSE,
                       levels->len > 1 ? SJ_ALIGN_LEFT : SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (row, 3, 1, 1, l, "risk-level", NULL);
      g_object_unref (l);
      l = cell_layout (book, flow, mtext, widths[4] - 6, FALSE, SJ_ALIGN_LEFT,
                       measures->len > 1 ? hang : 0);
      sj_table_add_cell (row, 4, 1, 1, l, "risk-measures", NULL);
      g_object_unref (l);
    }
  sj_flow_add_table (flow, table, 0, TRUE);
  sj_table_free (table);
  flow->thai = saved;
}

static void
swot_table (SjBook *book, SjFlow *flow, SjSwotKind left, SjSwotKind right, const char *left_title,
            const char *right_title)
{
  double code_w = SJ_MM (12);
  double text_w = (flow->width - 2 * code_w) / 2;
  double widths[4] = { code_w, text_w, code_w, text_w };
  SjTable *table = sj_table_new (4, widths, 3.0);
  SjTableRow *hr = sj_table_add_row (table, TRUE);
  g_autoptr (GPtrArray) a = g_ptr_array_new ();
  g_autoptr (GPtrArray) b = g_ptr_array_new ();
  g_autoptr (PangoLayout) lh = cell_layout (book, flow, left_title, code_w + text_w - 6, TRUE,
                                            SJ_ALIGN_CENTER, 0);
  g_autoptr (PangoLayout) rh = cell_layout (book, flow, right_title, code_w + text_w - 6, TRUE,
                                            SJ_ALIGN_CENTER, 0);

  sj_table_add_cell (hr, 0, 2, 1, lh, "swot-header", NULL);
  sj_table_add_cell (hr, 2, 2, 1, rh, "swot-header", NULL);
  for (guint i = 0; i < sj_plan_get_n_swot_items (book->plan); i++)
    {
      SjSwotItem *item = sj_plan_get_swot_item_at (book->plan, i);
      if (sj_swot_item_get_kind (item) == left)
        g_ptr_array_add (a, item);
      else if (sj_swot_item_get_kind (item) == right)
        g_ptr_array_add (b, item);
    }
  for (guint i = 0; i < MAX (a->len, b->len); i++)
    {
      SjTableRow *row = sj_table_add_row (table, FALSE);
      for (guint side = 0; side < 2; side++)
        {
          GPtrArray *list = side == 0 ? a : b;
          SjSwotItem *item = i < list->len ? g_ptr_array_index (list, i) : NULL;
          g_autoptr (PangoLayout) code = NULL;
          g_autoptr (PangoLayout) text = NULL;
          if (item == NULL)
            {
              sj_table_add_cell (row, side * 2, 1, 1, NULL, NULL, NULL);
              sj_table_add_cell (row, side * 2 + 1, 1, 1, NULL, NULL, NULL);
              continue;
            }
          code = cell_layout (book, flow, sj_swot_item_get_code (item), code_w - 6, TRUE,
                              SJ_ALIGN_CENTER, 0);
          text = cell_layout (book, flow, sj_swot_item_get_text (item), text_w - 6, FALSE,
                              SJ_ALIGN_LEFT, 0);
          sj_table_add_cell (row, side * 2, 1, 1, code, "swot-code", NULL);
          sj_table_add_cell (row, side * 2 + 1, 1, 1, text, "swot-text", NULL);
        }
    }
  sj_flow_add_table (flow, table, 0, TRUE);
  sj_table_free (table);
}

static char *
strategy_codes (SjStrategy *s)
{
  g_auto (GStrv) codes = g_strsplit_set (sj_strategy_get_codes (s), " +,", -1);
  g_autoptr (GString) out = g_string_new (NULL);

  if (*sj_strategy_get_lead (s))
    g_string_append_printf (out, "%s ", sj_strategy_get_lead (s));
  for (guint i = 0; codes[i]; i++)
    {
      if (*codes[i] == '\0')
        continue;
      if (out->len && !g_str_has_suffix (out->str, " "))
        g_string_append (out, " + ");
      g_string_append (out, codes[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
build_swot (SjBook *book, SjFlow *flow)
{
  SjStyle bold = style (book, book->size, TRUE, SJ_ALIGN_LEFT);
  SjStyle center = style (book, book->size, TRUE, SJ_ALIGN_CENTER);
  g_autoptr (SjRich) strategies = NULL;

  SjBlock *list;

  if (sj_plan_get_n_swot_items (book->plan) == 0)
    return;
  heading (book, flow, "การวิเคราะห์สภาพแวดล้อม", bold, 2, FALSE, "swot-heading");
  sj_flow_add_rich (flow, sj_plan_get_swot_intro (book->plan), 0);
  sj_flow_add_heading (flow, "ตารางวิเคราะห์สภาพแวดล้อมภายใน", &center, NULL, NULL);
  swot_table (book, flow, SJ_SWOT_KIND_STRENGTH, SJ_SWOT_KIND_WEAKNESS, "จุดแข็ง (Strengths)",
              "จุดอ่อน (Weaknesses)");
  sj_flow_space (flow, book->size);
  sj_flow_add_heading (flow, "ตารางวิเคราะห์สภาพแวดล้อมภายนอก", &center, NULL, NULL);
  swot_table (book, flow, SJ_SWOT_KIND_OPPORTUNITY, SJ_SWOT_KIND_THREAT, "โอกาส (Opportunities)",
              "อุปสรรค (Threats)");
  sj_flow_space (flow, book->size);

  if (sj_plan_get_n_strategies (book->plan) > 0)
    {
      heading (book, flow, "กลยุทธ์และแนวทางตามกลยุทธ์ที่สำคัญ", bold, 2, FALSE,
               "strategies-heading");
      strategies = sj_rich_new ();
      list = sj_block_new_list (SJ_LIST_NUMBER_PAREN, 1);
      for (guint i = 0; i < sj_plan_get_n_strategies (book->plan); i++)
        {
          SjStrategy *s = sj_plan_get_strategy_at (book->plan, i);
          g_autofree char *codes = strategy_codes (s);
          SjBlock *p = sj_block_new_paragraph ();
          sj_block_add_run (p, codes, SJ_RUN_BOLD, NULL);
          sj_block_add_run (p, " ", 0, NULL);
          sj_block_add_run (p, sj_strategy_get_text (s), 0, NULL);
          g_ptr_array_add (sj_block_add_item (list), p);
        }
      g_ptr_array_add (sj_rich_get_blocks (strategies), list);
      sj_flow_add_rich (flow, strategies, 0);
    }
  if (prints_chart (book, "swot"))
    sj_chart_add_swot (flow, book->plan);
}

static void
target_table (SjBook *book, SjFlow *flow)
{
  guint n_years = sj_summary_get_n_years (book->summary);
  guint first = sj_summary_get_first_year (book->summary);
  double year_w = MIN (SJ_MM (20), flow->width * 0.6 / n_years);
  double widths[SJ_MAX_YEARS + 1];
  SjTable *table;
  SjTableRow *hr;
  gboolean saved = flow->thai;
  g_autoptr (PangoLayout) h0 = NULL;

  if (sj_plan_get_n_targets (book->plan) == 0)
    return;
  flow->thai = book->thai_tables;
  widths[0] = flow->width - year_w * n_years;
  for (guint y = 0; y < n_years; y++)
    widths[y + 1] = year_w;
  table = sj_table_new (n_years + 1, widths, 3.0);
  hr = sj_table_add_row (table, TRUE);
  h0 = cell_layout (book, flow, "ค่าเป้าหมาย", widths[0] - 6, TRUE, SJ_ALIGN_CENTER, 0);
  sj_table_add_cell (hr, 0, 1, 1, h0, "target-header", NULL);
  for (guint y = 0; y < n_years; y++)
    {
      g_autofree char *t = g_strdup_printf ("ปี %u", first + y);
      g_autoptr (PangoLayout) l = cell_layout (book, flow, t, year_w - 6, TRUE, SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (hr, y + 1, 1, 1, l, "target-header", NULL);
    }
  for (guint i = 0; i < sj_plan_get_n_targets (book->plan); i++)
    {
      SjTarget *target = sj_plan_get_target_at (book->plan, i);
      SjTableRow *row = sj_table_add_row (table, FALSE);
      g_autoptr (PangoLayout) label = cell_layout (book, flow, sj_target_get_label (target),
                                                   widths[0] - 6, FALSE, SJ_ALIGN_LEFT, 0);
      sj_table_add_cell (row, 0, 1, 1, label, "target-label", NULL);
      for (guint y = 0; y < n_years; y++)
        {
          const char *value = NULL;
          g_autofree char *text = NULL;
          g_autoptr (PangoLayout) l = NULL;
          for (guint k = 0; k < sj_target_get_n_values (target); k++)
            {
              SjYearValue *v = sj_target_get_value_at (target, k);
              if ((guint) sj_year_value_get_year (v) == first + y)
                value = sj_year_value_get_value (v);
            }
          if (value == NULL)
            text = g_strdup ("-");
          else
            {
              text = g_strjoin (" ", sj_target_get_prefix (target), value,
                                sj_target_get_suffix (target), NULL);
              g_strstrip (text);
            }
          l = cell_layout (book, flow, text, year_w - 6, FALSE, SJ_ALIGN_CENTER, 0);
          sj_table_add_cell (row, y + 1, 1, 1, l, "target-value", NULL);
        }
    }
  sj_flow_add_table (flow, table, 0, TRUE);
  sj_table_free (table);
  flow->thai = saved;
}

static void
section (SjBook *book, SjFlow *flow, const char *title, const char *property)
{
  g_autoptr (SjRich) body = NULL;

  g_object_get (book->plan, property, &body, NULL);
  source (flow, book->plan, property);
  heading (book, flow, title, style (book, book->size, TRUE, SJ_ALIGN_LEFT), 1, TRUE,
           "section-heading");
  sj_flow_add_rich (flow, body, 0);
}

static void
build_part1 (SjBook *book, SjFlow *flow)
{
  SjStyle title = style (book, book->size + 4, TRUE, SJ_ALIGN_CENTER);
  SjStyle bold = style (book, book->size, TRUE, SJ_ALIGN_LEFT);
  g_autofree char *dest = new_dest (book, "part1");
  g_autoptr (PangoLayout) l = NULL;

  begin_part (book, flow, SJ_PART_PART1, SJ_PAGE_NUMBER_BODY, book->thai_body, FALSE);
  sj_page_add_dest (flow->page, dest, flow->y);
  add_outline (book, flow, "ส่วนที่ 1 บทนำ", 0, TRUE, dest);
  sj_flow_add_text (flow, "ส่วนที่ 1\nบทนำ", &title, 0, "part-title");
  sj_flow_space (flow, book->size);

  heading (book, flow, "1. การประเมินความเสี่ยงการทุจริตในองค์กร", bold, 1, TRUE,
           "section-heading");
  for (guint i = 0; i < sj_plan_get_n_analysis (book->plan); i++)
    {
      SjSection *s = sj_plan_get_section_at (book->plan, i);
      source (flow, s, NULL);
      if (*sj_section_get_title (s))
        heading (book, flow, sj_section_get_title (s), bold, 2, FALSE, "analysis-heading");
      sj_flow_add_rich (flow, sj_section_get_body (s), 0);
    }
  source (flow, book->plan, "swot-items");
  build_swot (book, flow);
  if (sj_plan_get_n_risk_steps (book->plan) > 0)
    {
      source (flow, book->plan, "risk-steps");
      sj_flow_space (flow, book->size * 0.5);
      heading (book, flow, "การประเมินความเสี่ยงการทุจริตในองค์กร", bold, 2, FALSE,
               "risk-heading");
      sj_flow_add_rich (flow, sj_plan_get_risk_intro (book->plan), 0);
      risk_table (book, flow);
      if (prints_chart (book, "risk"))
        {
          sj_flow_space (flow, book->size);
          sj_chart_add_risk (flow, book->plan);
        }
    }
  sj_flow_space (flow, book->size * 0.5);
  section (book, flow, "2. หลักการและเหตุผล", "rationale");
  section (book, flow, "3. วัตถุประสงค์ของการจัดทำแผน", "objectives");
  section (book, flow, "4. เป้าหมาย", "goals");
  source (flow, book->plan, "targets");
  target_table (book, flow);
  if (prints_chart (book, "targets"))
    {
      sj_flow_space (flow, book->size * 0.5);
      sj_chart_add_targets (flow, book->plan);
    }
  section (book, flow, "5. ประโยชน์ของการจัดทำแผน", "benefits");
  sj_flow_set_source (flow, NULL);
  (void) l;
}

/* Part 2 ------------------------------------------------------------------------------------- */

static char *
project_label (SjBook *book, SjProject *p, gboolean with_code)
{
  guint n = sj_summary_get_project_number (book->summary, p);
  GPtrArray *subs = sj_project_get_sub_items (p);
  g_autoptr (GString) s = g_string_new (NULL);

  if (with_code && subs->len > 0 && sj_settings_get_sub_items (book->settings))
    {
      SjMission *mission = sj_summary_get_project_mission (book->summary, p);
      guint d = sj_summary_get_project_dimension (book->summary, p);
      SjDimension *dim = sj_plan_get_dimension_at (book->plan, d);
      guint m = 0, k = 0;
      for (guint i = 0; i < sj_dimension_get_n_missions (dim); i++)
        if (sj_dimension_get_mission_at (dim, i) == mission)
          m = i;
      for (guint i = 0; i < sj_mission_get_n_sub_items (mission); i++)
        if (sj_mission_get_sub_item_at (mission, i) == g_ptr_array_index (subs, 0))
          k = i;
      g_string_append_printf (s, "%u.%u.%u (%u) ", d + 1, m + 1, k + 1, n);
    }
  else
    g_string_append_printf (s, "%u) ", n);
  {
    g_autofree char *title = sj_project_get_display_title (p, FALSE);
    g_string_append (s, title);
  }
  if (*sj_project_get_title_note (p))
    g_string_append_printf (s, " %s", sj_project_get_title_note (p));
  {
    SjProject *owner = sj_summary_get_funding_owner (book->summary, p);
    if (owner)
      g_string_append_printf (s, " (ใช้งบประมาณร่วมกับลำดับที่ %u)",
                              sj_summary_get_project_number (book->summary, owner));
  }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
last_column_text (SjBook *book, SjProject *p)
{
  if (sj_settings_get_last_column (book->settings) == SJ_LAST_COLUMN_REMARK
      && *sj_project_get_table_remark (p))
    return g_strdup (sj_project_get_table_remark (p));
  return sj_project_get_short_unit (p);
}

/* A new Part 2 table with its two header rows, which repeat on every page. */
static SjTable *
part2_table_start (SjBook *book, SjFlow *flow, guint n_cols, const double *widths,
                   guint n_years, guint first, gboolean total_col)
{
  static const char *const left[] = { "มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ" };
  SjTable *table = sj_table_new (n_cols, widths, 3.0);
  SjTableRow *hr1 = sj_table_add_row (table, TRUE);
  SjTableRow *hr2 = sj_table_add_row (table, TRUE);
  guint col_last = n_cols - 1;
  const char *last;

  for (guint c = 0; c < 3; c++)
    {
      g_autoptr (PangoLayout) l = cell_layout (book, flow, left[c], widths[c] - 6, TRUE,
                                               SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (hr1, c, 1, 2, l, "p2-header", NULL);
    }
  for (guint y = 0; y < n_years + (total_col ? 1 : 0); y++)
    {
      g_autofree char *t = y < n_years ? g_strdup_printf ("ปี %u", first + y) : g_strdup ("รวม");
      g_autoptr (PangoLayout) l1 = cell_layout (book, flow, t, widths[3 + y] - 6, TRUE,
                                                SJ_ALIGN_CENTER, 0);
      g_autoptr (PangoLayout) l2 = cell_layout (book, flow, "งบประมาณ (บาท)", widths[3 + y] - 6,
                                                TRUE, SJ_ALIGN_CENTER, 0);
      sj_table_add_cell (hr1, 3 + y, 1, 1, l1, "p2-header", NULL);
      sj_table_add_cell (hr2, 3 + y, 1, 1, l2, "p2-header", NULL);
    }
  last = sj_settings_get_last_column (book->settings) == SJ_LAST_COLUMN_UNIT
           ? "หน่วยงานรับผิดชอบ" : "หมายเหตุ";
  {
    g_autoptr (PangoLayout) l = cell_layout (book, flow, last, widths[col_last] - 6, TRUE,
                                             SJ_ALIGN_CENTER, 0);
    sj_table_add_cell (hr1, col_last, 1, 2, l, "p2-header", NULL);
  }
  return table;
}

/* A row of totals (a dimension's or the plan's): label, project count, an amount per year and
 * for the whole period. It stays with the row before it and is never split. The amount cells'
 * roles are amount_role-Y. */
static void
part2_totals_row (SjBook *book, SjFlow *flow, SjTable *table, const double *widths,
                  guint n_years, gboolean total_col, const SjTotals *totals, const char *label,
                  double shade, const char *label_role, const char *count_role,
                  const char *amount_role)
{
  SjTableRow *row = sj_table_add_row (table, FALSE);
  gboolean by_type = sj_settings_get_count_by_type (book->settings);
  SjZeroStyle zero = sj_settings_get_zero_style (book->settings);
  guint col_last = 3 + n_years + (total_col ? 1 : 0);
  g_autofree char *count = sj_counts_text (totals, by_type, FALSE);
  g_autoptr (PangoLayout) rl = cell_layout (book, flow, label, widths[0] + widths[1] - 6, TRUE,
                                            SJ_ALIGN_CENTER, 0);
  g_autoptr (PangoLayout) cl = cell_layout (book, flow, count, widths[2] - 6, TRUE,
                                            SJ_ALIGN_LEFT, 0);

  sj_table_row_set_keep (row, TRUE);
  sj_table_row_set_with_previous (row, TRUE);
  sj_table_row_set_shade (row, shade);
  sj_table_add_cell (row, 0, 2, 1, rl, label_role, NULL);
  sj_table_add_cell (row, 2, 1, 1, cl, count_role, NULL);
  for (guint y = 0; y < n_years + (total_col ? 1 : 0); y++)
    {
      SjMoney a = y < n_years ? totals->years[y] : totals->total;
      g_autofree char *cell = sj_money_cell (a, zero, book->thai_tables);
      g_autofree char *role = g_strdup_printf ("%s-%u", amount_role, y);
      if (sj_settings_get_totals_baht (book->settings) && a != 0 && a != SJ_MONEY_NONE
          && a != SJ_MONEY_OVERFLOW)
        {
          char *with_unit = g_strconcat (cell, " บาท", NULL);
          g_free (cell);
          cell = with_unit;
        }
      g_autoptr (PangoLayout) l = cell_layout (book, flow, cell, widths[3 + y] - 6, TRUE,
                                               SJ_ALIGN_RIGHT, 0);
      sj_table_add_cell (row, 3 + y, 1, 1, l, role, NULL);
    }
  sj_table_add_cell (row, col_last, 1, 1, NULL, NULL, NULL);
}

static void
part2_table (SjBook *book, SjFlow *flow)
{
  guint n_years = sj_summary_get_n_years (book->summary);
  guint first = sj_summary_get_first_year (book->summary);
  gboolean total_col = sj_settings_get_total_column (book->settings);
  guint n_cols = 3 + n_years + (total_col ? 1 : 0) + 1;
  double widths[16];
  double year_w = SJ_MM (total_col ? 19 : 20.5);
  /* Unit names (กองยุทธศาสตร์ฯ) need a little more room than remarks. */
  double last_w = SJ_MM (sj_settings_get_last_column (book->settings) == SJ_LAST_COLUMN_UNIT
                           ? 26 : 24);
  double dim_w = SJ_MM (28), mission_w = SJ_MM (40);
  SjZeroStyle zero = sj_settings_get_zero_style (book->settings);
  gboolean thai = book->thai_tables;
  SjTable *table;
  guint col_last = n_cols - 1;
  gboolean saved = flow->thai;

  flow->thai = thai;
  widths[0] = dim_w;
  widths[1] = mission_w;
  for (guint y = 0; y < n_years; y++)
    widths[3 + y] = year_w;
  if (total_col)
    widths[3 + n_years] = year_w + SJ_MM (2);
  widths[col_last] = last_w;
  {
    double used = 0;
    for (guint c = 0; c < n_cols; c++)
      if (c != 2)
        used += widths[c];
    widths[2] = flow->width - used;
  }
  table = part2_table_start (book, flow, n_cols, widths, n_years, first, total_col);

  for (guint d = 0; d < sj_plan_get_n_dimensions (book->plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (book->plan, d);
      const SjTotals *dt = sj_summary_get_dimension_totals (book->summary, d);
      guint dim_rows = 0;
      gboolean first_dim_row = TRUE;
      g_autofree char *dim_text = g_strdup_printf ("%u. %s", d + 1, sj_dimension_get_name (dim));
      g_autofree char *dim_cont = g_strdup_printf ("%s (ต่อ)", dim_text);

      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        dim_rows += sj_mission_get_n_projects (sj_dimension_get_mission_at (dim, m));
      if (dim_rows == 0)
        continue;
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          guint n = sj_mission_get_n_projects (mission);
          g_autofree char *mnum = g_strdup_printf ("%u.%u", d + 1, m + 1);
          const char *mname = *sj_mission_get_short_name (mission)
                                ? sj_mission_get_short_name (mission)
                                : sj_mission_get_name (mission);
          g_autoptr (GString) mtext_s = g_string_new (NULL);
          g_autofree char *mtext = NULL;
          g_autofree char *mcont = g_strdup_printf ("%s (ต่อ)", mnum);

          /* The mission, and on request the texts of its sub-items under it (x.y.z). */
          g_string_printf (mtext_s, "%s %s", mnum, mname);
          if (sj_settings_get_sub_items_in_part2 (book->settings)
              && sj_settings_get_sub_items (book->settings))
            for (guint s = 0; s < sj_mission_get_n_sub_items (mission); s++)
              g_string_append_printf (mtext_s, "\n%s.%u %s", mnum, s + 1,
                                      sj_sub_item_get_name (sj_mission_get_sub_item_at (mission, s)));
          mtext = g_strdup (mtext_s->str);

          for (guint p = 0; p < n; p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              SjTableRow *row = sj_table_add_row (table, FALSE);
              g_autofree char *label = project_label (book, project, TRUE);

              g_autofree char *last = last_column_text (book, project);
              g_autoptr (PangoLayout) pl = cell_layout (book, flow, label, widths[2] - 6, FALSE,
                                                        SJ_ALIGN_LEFT, 0);
              g_autoptr (PangoLayout) ll = cell_layout (book, flow, last, last_w - 6, FALSE,
                                                        SJ_ALIGN_LEFT, 0);
              SjMoney whole = 0;

              if (first_dim_row)
                {
                  g_autoptr (PangoLayout) dl = cell_layout (book, flow, dim_text, dim_w - 6, FALSE,
                                                            SJ_ALIGN_LEFT, 0);
                  g_autoptr (PangoLayout) dc = cell_layout (book, flow, dim_cont, dim_w - 6, FALSE,
                                                            SJ_ALIGN_LEFT, 0);
                  g_autofree char *dim_short = g_strdup_printf ("มิติที่ %u (ต่อ)", d + 1);
                  g_autoptr (PangoLayout) ds = cell_layout (book, flow, dim_short, dim_w - 6,
                                                            FALSE, SJ_ALIGN_LEFT, 0);
                  row_source (row, dim);
                  sj_table_add_cell (row, 0, 1, dim_rows, dl, "p2-dimension", dc);
                  sj_table_cell_set_continued_short (row, ds);
                  first_dim_row = FALSE;
                }
              if (p == 0)
                {
                  g_autoptr (PangoLayout) ml = cell_layout (book, flow, mtext, mission_w - 6,
                                                            FALSE, SJ_ALIGN_LEFT, 0);
                  g_autoptr (PangoLayout) mc = cell_layout (book, flow, mcont, mission_w - 6,
                                                            FALSE, SJ_ALIGN_LEFT, 0);
                  row_source (row, mission);
                  sj_table_add_cell (row, 1, 1, n, ml, "p2-mission", mc);
                }
              row_source (row, project);
              sj_table_add_cell (row, 2, 1, 1, pl, "p2-project", NULL);
              if (!has_counted_amount (book, project, n_years))
                {
                  /* ไม่ใช้งบประมาณ, once across the years (and the whole-period column), as the
                   * originals print it: not a row of zeros */
                  guint span = n_years + (total_col ? 1 : 0);
                  double w = 0;
                  g_autoptr (PangoLayout) l = NULL;
                  for (guint y = 0; y < span; y++)
                    w += widths[3 + y];
                  l = cell_layout (book, flow, "ไม่ใช้งบประมาณ", w - 6, FALSE, SJ_ALIGN_CENTER, 0);
                  sj_table_add_cell (row, 3, span, 1, l, "p2-no-budget", NULL);
                  sj_table_add_cell (row, col_last, 1, 1, ll, "p2-last", NULL);
                  continue;
                }
              for (guint y = 0; y < n_years; y++)
                {
                  SjMoney a = sj_summary_get_counted_amount (book->summary, project, y);
                  g_autofree char *cell = sj_money_cell (a, zero, thai);
                  g_autoptr (PangoLayout) l = cell_layout (book, flow, cell, year_w - 6, FALSE,
                                                           SJ_ALIGN_RIGHT, 0);
                  whole = sj_money_add (whole, a);
                  sj_table_add_cell (row, 3 + y, 1, 1, l, "p2-amount", NULL);
                }
              if (total_col)
                {
                  g_autofree char *cell = sj_money_cell (whole, zero, thai);
                  g_autoptr (PangoLayout) l = cell_layout (book, flow, cell, widths[3 + n_years] - 6,
                                                           FALSE, SJ_ALIGN_RIGHT, 0);
                  sj_table_add_cell (row, 3 + n_years, 1, 1, l, "p2-amount", NULL);
                }
              sj_table_add_cell (row, col_last, 1, 1, ll, "p2-last", NULL);
            }
        }
      /* The dimension's subtotal */
      {
        g_autofree char *count_role = g_strdup_printf ("p2-count-%u", d + 1);
        g_autofree char *amount_role = g_strdup_printf ("p2-subtotal-%u", d + 1);
        part2_totals_row (book, flow, table, widths, n_years, total_col, dt, "รวม", 0.94,
                          "p2-subtotal-label", count_role, amount_role);
      }
      if (sj_settings_get_dimension_page_break (book->settings)
          && d + 1 < sj_plan_get_n_dimensions (book->plan))
        {
          /* Lay out what we have, then start the next dimension on its own page. */
          sj_flow_add_table (flow, table, 0, TRUE);
          sj_table_free (table);
          sj_flow_new_page (flow);
          table = part2_table_start (book, flow, n_cols, widths, n_years, first,
                                     total_col);
        }
    }
  /* รวมทั้งสิ้น */
  part2_totals_row (book, flow, table, widths, n_years, total_col,
                    sj_summary_get_plan_totals (book->summary), "รวมทั้งสิ้น", 0.86,
                    "p2-total-label", "p2-count-total", "p2-total");
  sj_flow_add_table (flow, table, 0, TRUE);
  sj_table_free (table);
  flow->thai = saved;
}

static void
build_part2 (SjBook *book, SjFlow *flow)
{
  SjStyle title = style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER);
  SjStyle body = style (book, book->size, FALSE, SJ_ALIGN_JUSTIFY);
  g_autofree char *period = period_text (book, TRUE);
  g_autofree char *head = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *dest = new_dest (book, "part2");

  begin_part (book, flow, SJ_PART_PART2, SJ_PAGE_NUMBER_BODY, book->thai_body, TRUE);
  source (flow, book->plan, "dimensions");
  sj_page_add_dest (flow->page, dest, flow->y);
  add_outline (book, flow, "ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต", 0, TRUE, dest);
  head = g_strdup_printf ("ส่วนที่ 2\n%s\n%s\n%s", plan_title (book), period,
                          sj_organisation_get_name (book->org));
  sj_flow_add_text (flow, head, &title, 0, "part-title");
  sj_flow_space (flow, book->size * 0.5);
  intro = g_strdup_printf ("%s ได้ดำเนินการจัดทำ%s %s ประกอบด้วย โครงการ/กิจกรรม/มาตรการ รวมจำนวน "
                           "%u โครงการ ดังนี้",
                           sj_organisation_get_name (book->org), plan_title (book), period,
                           sj_summary_get_plan_totals (book->summary)->n_projects);
  body.indent = flow->paragraph_indent;
  if (prints_extra (book, "part2-intro"))
    sj_flow_add_text (flow, intro, &body, 0, "part2-intro");
  sj_flow_space (flow, book->size * 0.3);
  {
    g_autofree char *d2 = new_dest (book, "p2table");
    sj_page_add_dest (flow->page, d2, flow->y);
    add_outline (book, flow, "โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณที่ดำเนินการ แยกตาม 4 มิติ", 1,
                 TRUE, d2);
  }
  part2_table (book, flow);
  sj_flow_space (flow, book->size);
  if (prints_chart (book, "budget"))
  {
    SjStyle center = style (book, book->size, TRUE, SJ_ALIGN_CENTER);
    g_autofree char *d3 = new_dest (book, "budget-chart");
    add_outline (book, flow, "แผนภูมิงบประมาณแยกตามมิติและปีงบประมาณ", 1, FALSE, d3);
    /* A heading: it goes to the next page with its chart when the chart does not fit. */
    sj_flow_add_heading (flow, "แผนภูมิงบประมาณแยกตามมิติและปีงบประมาณ", &center, "chart-title",
                         d3);
    sj_chart_add_budget (flow, book->summary);
  }
}

/* Part 3 ------------------------------------------------------------------------------------- */

typedef struct
{
  guint number;
  gboolean page_has_form;
} FormState;

static void
field_heading (SjBook *book, SjFlow *flow, guint *n, const char *label, const char *value)
{
  g_autofree char *text = g_strdup_printf ("%u. %s", ++*n, label);
  sj_flow_add_label_value (flow, text, value, "form-field");
}

static void
field_rich (SjBook *book, SjFlow *flow, guint *n, const char *label, SjRich *rich)
{
  field_heading (book, flow, n, label, NULL);
  if (sj_rich_is_empty (rich))
    sj_flow_add_text (flow, "-", &(SjStyle){ .size = book->size, .indent = 0 }, SJ_MM (6), NULL);
  else
    sj_flow_add_rich (flow, rich, SJ_MM (6));
}

typedef struct
{
  SjBook *book;
  SjProject *project;
} ProjectFact;

static char *
project_fact_cb (const char *name, gpointer data)
{
  ProjectFact *pf = data;

  if (g_strcmp0 (name, "project-years") == 0)
    {
      g_autoptr (GArray) years = sj_project_get_run_years (pf->project);
      if (years->len == 0)
        return NULL;
      return sj_years_phrase ((guint *) years->data, years->len, FALSE);
    }
  return fact_cb (name, pf->book);
}

static void
project_form (SjBook *book, SjFlow *flow, SjProject *p, FormState *fs)
{
  guint n = 0;
  SjStyle center = style (book, book->size, TRUE, SJ_ALIGN_CENTER);
  SjStyle plain = style (book, book->size, FALSE, SJ_ALIGN_JUSTIFY);
  const char *number_label = sj_settings_get_form_number_label (book->settings);
  g_autofree char *number = g_strdup_printf ("%s%s%u", number_label, *number_label ? " " : "",
                                             sj_summary_get_project_number (book->summary, p));
  g_autofree char *dest_name = g_strdup_printf ("project-%s", *sj_project_get_id (p)
                                                               ? sj_project_get_id (p) : "x");
  g_autofree char *dest = new_dest (book, dest_name);
  g_autofree char *title = sj_project_get_display_title (p, FALSE);
  g_autofree char *outline_title = g_strdup_printf ("%u) %s",
                                                    sj_summary_get_project_number (book->summary, p),
                                                    title);
  g_autofree char *duration = sj_project_duration_text (p, FALSE);
  g_autofree char *budget = sj_project_budget_text (p, sj_settings_get_baht_exact (book->settings),
                                                    FALSE);
  g_autofree char *responsible = sj_project_get_responsible_text (p);
  SjProject *owner = sj_summary_get_funding_owner (book->summary, p);
  SjFundingLine *line = sj_project_get_funding (p);

  plain.indent = 0;
  sj_flow_ensure (flow, book->size * 8);
  source (flow, p, NULL);
  sj_page_add_dest (flow->page, dest, flow->y);
  add_outline (book, flow, outline_title, 2, FALSE, dest);
  if (*sj_settings_get_form_caption (book->settings))
    sj_flow_add_text (flow, sj_settings_get_form_caption (book->settings), &center, 0,
                      "form-caption");
  sj_flow_add_text (flow, number, &center, 0, "form-number");
  sj_flow_space (flow, book->size * 0.3);
  /* Facts in the form's texts may be of the project: its years ("project-years"). */
  flow->fact = project_fact_cb;
  flow->fact_data = &(ProjectFact){ book, p };

  {
    g_autofree char *label = g_strdup_printf ("%u. %s :", ++n,
                                              sj_project_get_label (p, SJ_FORM_FIELD_TITLE));
    source (flow, p, "title");
    sj_flow_add_label_value (flow, label, title, "form-title");
  }
  source (flow, p, "rationale");
  field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_RATIONALE),
              sj_project_get_rationale (p));
  source (flow, p, "objectives");
  field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_OBJECTIVES),
              sj_project_get_objectives (p));
  source (flow, p, "target-group");
  field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_TARGET_GROUP),
              sj_project_get_target_group (p));
  if (sj_project_get_target_count (p) > 0)
    {
      g_autofree char *count = g_strdup_printf ("จำนวน %d %s", sj_project_get_target_count (p),
                                                sj_project_get_target_count_unit (p));
      sj_flow_add_text (flow, count, &plain, SJ_MM (6), NULL);
    }
  source (flow, p, "area");
  if (!sj_rich_is_empty (sj_project_get_area (p)))
    field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_AREA),
                sj_project_get_area (p));
  source (flow, p, "method");
  field_rich (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_METHOD),
              sj_project_get_method (p));

  source (flow, p, "duration-note");
  field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_DURATION), NULL);
  sj_flow_add_text (flow, *duration ? duration : "-", &plain, SJ_MM (6), "form-duration");
  sj_flow_add_rich (flow, sj_project_get_duration_note (p), SJ_MM (6));

  source (flow, p, "years");
  field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_BUDGET), NULL);
  sj_flow_add_text (flow, budget, &plain, SJ_MM (6), "form-budget");
  if (line)
    {
      g_autofree char *note = NULL;
      if (owner)
        note = g_strdup_printf ("(เป็นการดำเนินการในชื่อ%s%s%s ซึ่งนับงบประมาณไว้แล้วที่ลำดับที่ %u)",
                                sj_funding_line_get_name (line),
                                *sj_funding_line_get_source (line) ? " ตาม" : "",
                                sj_funding_line_get_source (line),
                                sj_summary_get_project_number (book->summary, owner));
      else
        note = g_strdup_printf ("(เป็นการดำเนินการในชื่อ%s%s%s)", sj_funding_line_get_name (line),
                                *sj_funding_line_get_source (line) ? " ตาม" : "",
                                sj_funding_line_get_source (line));
      sj_flow_add_text (flow, note, &plain, SJ_MM (6), "form-funding");
    }
  source (flow, p, "budget-note");
  sj_flow_add_rich (flow, sj_project_get_budget_note (p), SJ_MM (6));

  source (flow, p, "responsible-unit");
  if (*sj_project_get_responsible_unit (p))
    {
      field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_RESPONSIBLE_UNIT),
                     NULL);
      sj_flow_add_text (flow, sj_project_get_responsible_unit (p), &plain, SJ_MM (6),
                        "form-responsible-unit");
    }
  source (flow, p, "responsible");
  field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_RESPONSIBLE), NULL);
  sj_flow_add_text (flow, *responsible ? responsible : "-", &plain, SJ_MM (6), "form-responsible");

  source (flow, p, "outputs");
  field_heading (book, flow, &n, sj_project_get_label (p, SJ_FORM_FIELD_RESULTS), NULL);
  if (!sj_rich_is_empty (sj_project_get_outputs (p)))
    {
      SjStyle sub = style (book, book->size, TRUE, SJ_ALIGN_LEFT);
      sj_flow_add_heading (flow, sj_project_get_label (p, SJ_FORM_FIELD_OUTPUTS), &sub, NULL, NULL);
      sj_flow_add_rich (flow, sj_project_get_outputs (p), SJ_MM (6));
      sj_flow_add_heading (flow, sj_project_get_label (p, SJ_FORM_FIELD_OUTCOMES), &sub, NULL,
                           NULL);
    }
  source (flow, p, "outcomes");
  if (sj_rich_is_empty (sj_project_get_outcomes (p)))
    sj_flow_add_text (flow, "-", &plain, SJ_MM (6), NULL);
  else
    sj_flow_add_rich (flow, sj_project_get_outcomes (p), SJ_MM (6));
  if (!sj_rich_is_empty (sj_project_get_remark (p)))
    {
      source (flow, p, "remark");
      sj_flow_space (flow, book->size * 0.3);
      sj_flow_add_rich (flow, sj_project_get_remark (p), 0);
    }
  sj_flow_set_source (flow, NULL);
  flow->fact = fact_cb;
  flow->fact_data = book;
  fs->page_has_form = TRUE;
}

static void
build_part3 (SjBook *book, SjFlow *flow)
{
  SjStyle title = style (book, book->size + 4, TRUE, SJ_ALIGN_CENTER);
  SjStyle bold = style (book, book->size, TRUE, SJ_ALIGN_LEFT);
  SjStyle dim_style = style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER);
  g_autofree char *dest = new_dest (book, "part3");
  FormState fs = { 0 };

  begin_part (book, flow, SJ_PART_PART3, SJ_PAGE_NUMBER_BODY, book->thai_body, FALSE);
  sj_page_add_dest (flow->page, dest, flow->y);
  add_outline (book, flow, "ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ ตามแผนปฏิบัติการฯ", 0, TRUE,
               dest);
  sj_flow_add_text (flow, "ส่วนที่ 3\nรายละเอียดโครงการ/กิจกรรม/มาตรการ", &title, 0, "part-title");
  sj_flow_space (flow, book->size);

  for (guint d = 0; d < sj_plan_get_n_dimensions (book->plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (book->plan, d);
      g_autofree char *dtext = g_strdup_printf ("มิติที่ %u %s", d + 1, sj_dimension_get_name (dim));
      g_autoptr (GHashTable) printed = g_hash_table_new (NULL, NULL);
      g_autoptr (PangoLayout) dl = NULL;
      g_autofree char *dname = g_strdup_printf ("dimension-%u", d + 1);
      g_autofree char *ddest = new_dest (book, dname);
      double grey[3] = { 0.9, 0.9, 0.9 };

      if (fs.page_has_form)
        {
          sj_flow_new_page (flow);
          fs.page_has_form = FALSE;
        }
      dl = sj_flow_text_layout (flow, dtext, &dim_style, flow->width - 12);
      sj_flow_ensure (flow, sj_layout_height (dl) + book->size * 10);
      source (flow, dim, NULL);
      sj_page_add_rect (flow->page, flow->x, flow->y, flow->width, sj_layout_height (dl) + 8, grey,
                        TRUE);
      sj_page_add_dest (flow->page, ddest, flow->y);
      add_outline (book, flow, dtext, 1, TRUE, ddest);
      flow->y += 4;
      sj_page_add_text (flow->page, dl, flow->x + 6, flow->y, 0, -1, "p3-dimension");
      flow->y += sj_layout_height (dl) + 4;
      sj_flow_space (flow, book->size * 0.5);

      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *mtext = g_strdup_printf ("%u.%u %s", d + 1, m + 1,
                                                    sj_mission_get_name (mission));
          gboolean mission_printed = FALSE;

          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              GPtrArray *subs = sj_project_get_sub_items (project);

              if (fs.page_has_form)
                {
                  sj_flow_new_page (flow);
                  fs.page_has_form = FALSE;
                }
              if (!mission_printed && prints_extra (book, "part3-headings"))
                {
                  source (flow, mission, NULL);
                  sj_flow_add_heading (flow, mtext, &bold, "p3-mission", NULL);
                  mission_printed = TRUE;
                }
              if (sj_settings_get_sub_items (book->settings)
                  && prints_extra (book, "part3-headings"))
                for (guint s = 0; s < sj_mission_get_n_sub_items (mission); s++)
                  {
                    SjSubItem *sub = sj_mission_get_sub_item_at (mission, s);
                    gboolean mine = FALSE;
                    for (guint k = 0; k < subs->len; k++)
                      mine |= g_ptr_array_index (subs, k) == (gpointer) sub;
                    if (mine && !g_hash_table_contains (printed, sub))
                      {
                        g_autofree char *stext = g_strdup_printf ("%u.%u.%u %s", d + 1, m + 1,
                                                                  s + 1, sj_sub_item_get_name (sub));
                        sj_flow_add_heading (flow, stext, &bold, "p3-sub-item", NULL);
                        g_hash_table_add (printed, sub);
                      }
                  }
              sj_flow_space (flow, book->size * 0.3);
              project_form (book, flow, project, &fs);
            }
        }
    }
}

/* ภาคผนวก ---------------------------------------------------------------------------------------- */

static void
build_order (SjBook *book, SjFlow *flow, SjOrder *order)
{
  SjStyle bold_center = style (book, book->size, TRUE, SJ_ALIGN_CENTER);
  SjStyle plain = style (book, book->size, FALSE, SJ_ALIGN_JUSTIFY);
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
  source (flow, order, NULL);
  add_garuda (book, flow);
  flow->thai = book->thai_announcement;
  heading (book, flow, head, style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER), 1, TRUE,
           "order-heading");
  add_centered (book, flow, number, book->size, FALSE, "order-number");
  sj_flow_add_text (flow, subject, &bold_center, 0, "order-title");
  rule (flow, SJ_MM (40));
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
          g_autoptr (PangoLayout) gl = cell_layout (book, flow, sj_member_get_group (m),
                                                    flow->width - 4, TRUE, SJ_ALIGN_LEFT, 0);
          sj_table_add_cell (gr, 0, n_cols + 1, 1, gl, "order-group", NULL);
          group = sj_member_get_group (m);
        }
      row = sj_table_add_row (table, FALSE);
      nl = cell_layout (book, flow, num, widths[0] - 3, FALSE, SJ_ALIGN_RIGHT, 0);
      sj_table_add_cell (row, 0, 1, 1, nl, "order-member-number", NULL);
      for (guint c = 0; c < n_cols; c++)
        {
          g_autoptr (PangoLayout) l = cell_layout (book, flow, texts[columns[c]], widths[c + 1] - 3,
                                                   FALSE, SJ_ALIGN_LEFT, 0);
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
      add_centered (book, flow, line, book->size, FALSE, "order-date");
      sj_flow_keep_end (flow);
    }
  signature_block (book, flow, sj_order_get_signatory (order), sj_order_get_acting_for (order));
  mark_letter_pages (book, flow, first_page);
  flow->thai = saved;
}

static gboolean
appendix_has_content (SjBook *book)
{
  SjAnnouncement *ann = sj_plan_get_announcement (book->plan);
  return (ann && sj_announcement_get_placement (ann) == SJ_PLACEMENT_APPENDIX)
         || sj_plan_get_n_orders (book->plan) > 0;
}

static void
build_appendix (SjBook *book, SjFlow *flow)
{
  SjAnnouncement *ann = sj_plan_get_announcement (book->plan);
  SjStyle title = style (book, book->size + 12, TRUE, SJ_ALIGN_CENTER);
  g_autofree char *dest = new_dest (book, "appendix");

  begin_part (book, flow, SJ_PART_APPENDIX, SJ_PAGE_NUMBER_BODY, book->thai_body, FALSE);
  sj_page_add_dest (flow->page, dest, flow->y);
  add_outline (book, flow, "ภาคผนวก", 0, TRUE, dest);
  flow->y = flow->page_height * 0.4;
  sj_flow_add_text (flow, "ภาคผนวก", &title, 0, "part-title");
  /* The order of the documents is the author's: ประกาศ before or after คำสั่ง. */
  for (int pass = 0; pass < 2; pass++)
    {
      gboolean orders_now = (pass == 0) == (sj_settings_get_appendix_order (book->settings)
                                            == SJ_APPENDIX_ORDER_ORDERS_FIRST);
      if (!orders_now && ann && sj_announcement_get_placement (ann) == SJ_PLACEMENT_APPENDIX)
        build_announcement (book, flow, SJ_PART_APPENDIX, flow->numbering);
      if (orders_now)
        for (guint i = 0; i < sj_plan_get_n_orders (book->plan); i++)
          build_order (book, flow, sj_plan_get_order_at (book->plan, i));
    }
}

/* The E-PlanNACC annex ---------------------------------------------------------------------- */

static void
build_annex (SjBook *book, SjFlow *flow)
{
  guint n_years = sj_summary_get_n_years (book->summary);
  guint first = sj_summary_get_first_year (book->summary);
  g_autofree char *dest = new_dest (book, "annex");
  SjStyle title = style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER);
  SjStyle plain = style (book, book->size - 2, FALSE, SJ_ALIGN_LEFT);
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
          begin_part (book, flow, SJ_PART_ANNEX, SJ_PAGE_NUMBER_BODY, thai, FALSE);
          source (flow, book->plan, "annex-date");
          sj_page_add_dest (flow->page, dest, flow->y);
          add_outline (book, flow, "แผนปฏิบัติการประจำปี (บันทึกในระบบ E-PlanNACC)", 0, TRUE, dest);
        }
      else
        sj_flow_new_page (flow);
      flow->thai = thai;
      {
        g_autofree char *ydest = new_dest (book, "annex-year");
        sj_page_add_dest (flow->page, ydest, flow->y);
        add_outline (book, flow, head, 1, FALSE, ydest);
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
            g_autoptr (PangoLayout) l = cell_layout (book, flow, h[c], widths[c] - 4, TRUE,
                                                     SJ_ALIGN_CENTER, 0);
            sj_table_add_cell (hr1, c, 1, 2, l, "annex-header", NULL);
          }
        {
          g_autoptr (PangoLayout) l = cell_layout (book, flow, "ดำเนินการไตรมาส", widths[4] * 4 - 4,
                                                   TRUE, SJ_ALIGN_CENTER, 0);
          g_autoptr (PangoLayout) r = cell_layout (book, flow, "หมายเหตุ", widths[8] - 4, TRUE,
                                                   SJ_ALIGN_CENTER, 0);
          sj_table_add_cell (hr1, 4, 4, 1, l, "annex-header", NULL);
          sj_table_add_cell (hr1, 8, 1, 2, r, "annex-header", NULL);
        }
        for (guint q = 0; q < 4; q++)
          {
            g_autofree char *t = g_strdup_printf ("%u", q + 1);
            g_autoptr (PangoLayout) l = cell_layout (book, flow, t, widths[4] - 4, TRUE,
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
          l = cell_layout (book, flow, num, widths[0] - 4, FALSE, SJ_ALIGN_CENTER, 0);
          sj_table_add_cell (row, 0, 1, 1, l, NULL, NULL);
          g_object_unref (l);
          {
            g_autofree char *ptitle = sj_project_get_display_title (p, FALSE);
            l = cell_layout (book, flow, ptitle, widths[1] - 4, FALSE, SJ_ALIGN_LEFT, 0);
          }
          sj_table_add_cell (row, 1, 1, 1, l, "annex-project", NULL);
          g_object_unref (l);
          l = cell_layout (book, flow, dim, widths[2] - 4, FALSE, SJ_ALIGN_CENTER, 0);
          sj_table_add_cell (row, 2, 1, 1, l, NULL, NULL);
          g_object_unref (l);
          amount_shown = g_strdup (amount);
          l = cell_layout (book, flow, amount_shown, widths[3] - 4, FALSE, SJ_ALIGN_RIGHT, 0);
          sj_table_add_cell (row, 3, 1, 1, l, "annex-amount", NULL);
          g_object_unref (l);
          for (guint q = 0; q < 4; q++)
            {
              gboolean on = (sj_project_year_get_quarters (py) >> q) & 1;
              ticks[q] += on;
              l = cell_layout (book, flow, on ? "✓" : "", widths[4] - 4, FALSE, SJ_ALIGN_CENTER, 0);
              sj_table_add_cell (row, 4 + q, 1, 1, l, "annex-tick", NULL);
              g_object_unref (l);
            }
          sj_table_add_cell (row, 8, 1, 1, NULL, NULL, NULL);
        }
      {
        SjTableRow *row = sj_table_add_row (table, FALSE);
        g_autofree char *amount = sj_money_format (total, SJ_MONEY_DECIMALS_ALWAYS, TRUE);
        g_autoptr (PangoLayout) tl = cell_layout (book, flow, "รวมทั้งสิ้น", widths[0] + widths[1] +
                                                  widths[2] - 4, TRUE, SJ_ALIGN_CENTER, 0);
        g_autoptr (PangoLayout) al = cell_layout (book, flow, amount, widths[3] - 4, TRUE,
                                                  SJ_ALIGN_RIGHT, 0);
        sj_table_row_set_keep (row, TRUE);
        sj_table_row_set_with_previous (row, TRUE);
        sj_table_row_set_shade (row, 0.9);
        sj_table_add_cell (row, 0, 3, 1, tl, NULL, NULL);
        sj_table_add_cell (row, 3, 1, 1, al, "annex-total", NULL);
        for (guint q = 0; q < 4; q++)
          {
            g_autofree char *c = g_strdup_printf ("%u", ticks[q]);
            g_autoptr (PangoLayout) l = cell_layout (book, flow, c, widths[4] - 4, TRUE,
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
          g_autofree char *line = g_strconcat ("ชื่อ - สกุล ผู้ออกรายงาน ",
                                               sj_person_get_name (sj_plan_get_annex_issuer (book->plan)),
                                               NULL);
          sj_flow_add_text (flow, line, &plain, 0, "annex-issuer");
        }
    }
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
  SjStyle st = style (book, book->size, FALSE, SJ_ALIGN_CENTER);

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
      sj_page_add_text (page, l, 0, page->height - bottom_margin + (bottom_margin - sj_layout_height (l)) / 2,
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
      build_cover (book, flow);
      break;
    case SJ_PART_ANNOUNCEMENT:
      if (ann && sj_announcement_get_placement (ann) == SJ_PLACEMENT_FRONT)
        build_announcement (book, flow, SJ_PART_ANNOUNCEMENT, SJ_PAGE_NUMBER_NONE);
      break;
    case SJ_PART_PREFACE:
      build_preface (book, flow);
      break;
    case SJ_PART_PART1:
      build_part1 (book, flow);
      break;
    case SJ_PART_PART2:
      build_part2 (book, flow);
      break;
    case SJ_PART_PART3:
      build_part3 (book, flow);
      break;
    case SJ_PART_APPENDIX:
      if (appendix_has_content (book))
        build_appendix (book, flow);
      break;
    case SJ_PART_ANNEX:
      build_annex (book, flow);
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
  g_ptr_array_set_free_func (all, outline_entry_free);
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
  flow.fact = fact_cb;
  flow.fact_data = book;
  for (guint i = 0; i < book->parts->len; i++)
    {
      Segment *seg = g_new0 (Segment, 1);

      seg->part = g_array_index (book->parts, SjPart, i);
      seg->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_page_free);
      seg->outline = g_ptr_array_new_with_free_func (outline_entry_free);
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
      build_part (book, &flow, seg->part);
      settle_outline_pages (seg->pages, seg->outline);
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
      build_contents (book, &flow, labels, outline);
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
 * page of its dimension's heading), or -1 when no page shows it.
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

/* For the builders of other files (sj-book-private.h) ---------------------------------------- */

SjStyle
sj_book_style (SjBook *book, double size, gboolean bold, SjAlign align)
{
  return style (book, size, bold, align);
}

PangoLayout *
sj_book_cell_layout (SjBook *book, SjFlow *flow, const char *text, double width, gboolean bold,
                     SjAlign align)
{
  return cell_layout (book, flow, text, width, bold, align, 0);
}

void
sj_book_begin_part (SjBook *book, SjFlow *flow, SjPart part, gboolean thai, gboolean landscape)
{
  begin_part (book, flow, part, SJ_PAGE_NUMBER_BODY, thai, landscape);
}

void
sj_book_add_centered (SjBook *book, SjFlow *flow, const char *text, double size, gboolean bold,
                      const char *role)
{
  add_centered (book, flow, text, size, bold, role);
}

void
sj_book_add_part_outline (SjBook *book, SjFlow *flow, const char *title, const char *dest_prefix)
{
  g_autofree char *dest = new_dest (book, dest_prefix);
  sj_page_add_dest (flow->page, dest, flow->y);
  add_outline (book, flow, title, 0, TRUE, dest);
}

void
sj_book_row_source (SjTableRow *row, gpointer object)
{
  row_source (row, object);
}

const char *
sj_book_plan_title (SjBook *book)
{
  return plan_title (book);
}

char *
sj_book_period_text (SjBook *book)
{
  return period_text (book, TRUE);
}
