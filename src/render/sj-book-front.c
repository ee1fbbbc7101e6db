/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-book"
#include "config.h"

#include "sj-book-private.h"
#include "sj-checker.h"
#include "sj-charts.h"
#include "sj-thai.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* The cover ---------------------------------------------------------------------------------- */

static cairo_surface_t *
emblem_surface (SjBook *book)
{
  return sj_book_png_surface (sj_organisation_get_emblem (book->org), "emblem");
}

void
sj_book_build_cover (SjBook *book, SjFlow *flow)
{
  cairo_surface_t *emblem = emblem_surface (book);
  const char *const *lines = sj_settings_get_title_lines (book->settings);
  g_autofree char *period = sj_book_period_text (book, TRUE);
  g_autofree char *place = NULL;
  g_autofree char *dest = sj_book_new_dest (book, "cover");

  sj_book_begin_part (book, flow, SJ_PART_COVER, SJ_PAGE_NUMBER_NONE, book->thai_cover, FALSE);
  sj_book_source (flow, book->org, NULL);
  sj_flow_add_dest (flow, dest);
  sj_book_add_outline (book, flow, "ปก", 0, FALSE, dest);
  sj_flow_advance (flow, SJ_MM (10));
  if (emblem)
    {
      SjPageItem *item = sj_page_item_new (SJ_PAGE_IMAGE);
      double w = SJ_MM (38);
      double h = w * cairo_image_surface_get_height (emblem)
                 / MAX (1, cairo_image_surface_get_width (emblem));
      item->image = emblem;
      item->w = w;
      item->h = h;
      sj_flow_add_item (flow, item, (flow->width - w) / 2, h + SJ_MM (12));
    }
  else
    sj_flow_advance (flow, SJ_MM (45));

  for (guint i = 0; lines && lines[i]; i++)
    sj_book_add_centered (book, flow, lines[i], book->size + 10, TRUE, "cover-title");
  if (lines == NULL || lines[0] == NULL)
    sj_book_add_centered (book, flow, sj_book_plan_title (book), book->size + 8, TRUE,
                          "cover-title");
  sj_book_add_centered (book, flow, period, book->size + 8, TRUE, "cover-period");
  sj_flow_advance (flow, SJ_MM (40));
  sj_book_add_centered (book, flow, sj_organisation_get_name (book->org), book->size + 8, TRUE,
                        "cover-organisation");
  place = g_strjoin (" ", sj_organisation_get_district (book->org),
                     sj_organisation_get_province (book->org), NULL);
  g_strstrip (place);
  sj_book_add_centered (book, flow, place, book->size + 4, FALSE, "cover-place");
  sj_book_add_centered (book, flow, sj_organisation_get_division (book->org), book->size + 4, FALSE,
                        "cover-division");
  if (*sj_organisation_get_slogan (book->org))
    {
      sj_flow_advance (flow, SJ_MM (15));
      sj_flow_advance_to (flow, flow->bottom - SJ_MM (25));
      sj_book_add_centered (book, flow, sj_organisation_get_slogan (book->org), book->size + 4,
                            TRUE, "cover-slogan");
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

void
sj_book_build_announcement (SjBook *book, SjFlow *flow, SjPart part, SjPageNumbering numbering)
{
  SjAnnouncement *ann = sj_plan_get_announcement (book->plan);
  g_autofree char *heading_text = NULL;
  g_autofree char *subject = NULL;
  SjStyle body = sj_book_style (book, book->size, FALSE, SJ_ALIGN_JUSTIFY);
  gboolean thai = book->thai_announcement;
  guint first_page;

  sj_book_begin_part (book, flow, part, numbering, thai, FALSE);
  first_page = flow->pages->len - 1;
  sj_book_source (flow, ann, NULL);
  sj_book_add_garuda (book, flow);
  if (*sj_announcement_get_number (ann))
    {
      g_autofree char *number = g_strdup_printf ("(ฉบับที่ %s)", sj_announcement_get_number (ann));
      sj_book_add_centered (book, flow, number, book->size, FALSE, "announcement-number");
    }
  heading_text = g_strconcat ("ประกาศ", sj_organisation_get_name (book->org), NULL);
  sj_book_heading (book, flow, heading_text,
                   sj_book_style (book, book->size + 2, TRUE, SJ_ALIGN_CENTER), 1,
                   part == SJ_PART_APPENDIX, "announcement-heading");
  subject = g_strconcat ("เรื่อง ", sj_announcement_get_title (ann), NULL);
  sj_book_add_centered (book, flow, subject, book->size, TRUE, "announcement-title");
  sj_book_rule (flow, SJ_MM (40));
  sj_flow_advance (flow, book->size * 0.3);
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
  sj_flow_advance (flow, book->size * 0.6);
  if (sj_announcement_get_date (ann))
    {
      g_autofree char *date = sj_date_format (sj_announcement_get_date (ann), SJ_DATE_STYLE_FULL,
                                              FALSE);
      g_autofree char *line = g_strconcat ("ประกาศ ณ วันที่ ", date, NULL);
      sj_book_add_centered (book, flow, line, book->size, FALSE, "announcement-date");
    }
  sj_flow_keep_end (flow);
  sj_book_signature_block (book, flow, sj_announcement_get_signatory (ann),
                           sj_announcement_get_acting_for (ann));
  sj_book_mark_letter_pages (book, flow, first_page);
}

/* คำนำ ---------------------------------------------------------------------------------------------- */

void
sj_book_build_preface (SjBook *book, SjFlow *flow)
{
  SjStyle right = sj_book_style (book, book->size, FALSE, SJ_ALIGN_CENTER);
  g_autoptr (GString) sign = g_string_new (sj_organisation_get_name (book->org));
  g_autoptr (PangoLayout) layout = NULL;

  sj_book_begin_part (book, flow, SJ_PART_PREFACE, SJ_PAGE_NUMBER_FRONT, book->thai_body, FALSE);
  sj_book_source (flow, book->plan, "preface");
  sj_book_heading (book, flow, "คำนำ", sj_book_style (book, book->size + 4, TRUE, SJ_ALIGN_CENTER),
                   0, TRUE, "preface-heading");
  sj_flow_advance (flow, book->size * 0.5);
  sj_flow_add_rich (flow, sj_plan_get_preface (book->plan), 0);
  if (sj_plan_get_preface_date (book->plan))
    {
      g_autofree char *date = sj_date_format (sj_plan_get_preface_date (book->plan),
                                              SJ_DATE_STYLE_MONTH_YEAR, FALSE);
      g_string_append_printf (sign, "\n%s", date);
    }
  sj_flow_advance (flow, book->size);
  layout = sj_flow_text_layout (flow, sign->str, &right, flow->width * 0.5);
  sj_flow_place_layout (flow, layout, flow->width * 0.5, "preface-signature");
}

/* สารบัญ ------------------------------------------------------------------------------------------- */

static char *
page_label_for (GPtrArray *labels, guint index)
{
  const char *label = index < labels->len ? g_ptr_array_index (labels, index) : NULL;
  return g_strdup (label ? label : "");
}

void
sj_book_build_contents (SjBook *book, SjFlow *flow, GPtrArray *labels, GPtrArray *outline)
{
  double page_col = SJ_MM (25);
  double widths[2];
  SjTable *table;
  SjStyle st = sj_book_style (book, book->size, FALSE, SJ_ALIGN_LEFT);

  sj_book_begin_part (book, flow, SJ_PART_CONTENTS, SJ_PAGE_NUMBER_FRONT, book->thai_body, FALSE);
  sj_book_heading (book, flow, "สารบัญ", sj_book_style (book, book->size + 4, TRUE, SJ_ALIGN_CENTER),
                   0, FALSE, "contents-heading");
  sj_flow_advance (flow, book->size * 0.3);
  widths[0] = flow->width - page_col;
  widths[1] = page_col;
  table = sj_table_new (2, widths, 2.0);
  {
    SjTableRow *row = sj_table_add_row (table, FALSE);
    SjStyle hs = sj_book_style (book, book->size, TRUE, SJ_ALIGN_RIGHT);
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
      SjStyle ps = sj_book_style (book, book->size, e->level == 0, SJ_ALIGN_RIGHT);
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
