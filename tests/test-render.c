/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plan book: layout checked without drawing, the PDF checked as a reader gets it. */
#include "config.h"

#include "sj-book.h"
#include "sj-checker.h"
#include "sj-flow.h"
#include "sj-compute.h"
#include "sj-plan-file.h"
#include "sj-report.h"
#include "sj-html.h"
#include <libxml/parser.h>
#include "sj-test-util.h"
#include "sj-thai.h"

#include <glib/gstdio.h>
#include <math.h>
#include <locale.h>
#include <string.h>

typedef struct
{
  const char *file;
  guint pages; /* the page count of the book; update it when the layout changes on purpose */
} Example;

static const Example examples[] = {
  { "khonkaen-2566.sujarit", 139 },
  { "kalasin-2566.sujarit", 82 },
  { "nakhonsi-2566.sujarit", 127 },
};

/* Books are laid out once per example and shared by the tests that only read them. */
static GHashTable *cache;

static SjBook *
cached_book (const char *file, SjPlan **plan_out)
{
  SjBook *book;

  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) sj_book_free);
  book = g_hash_table_lookup (cache, file);
  if (book == NULL)
    {
      g_autoptr (SjPlan) plan = sj_test_load_example (file);
      g_autoptr (GError) error = NULL;
      book = sj_book_new (plan, NULL, &error);
      g_assert_no_error (error);
      g_hash_table_insert (cache, g_strdup (file), book);
    }
  if (plan_out)
    *plan_out = g_object_ref (sj_book_get_plan (book));
  return book;
}

static SjBook *
make_book (const char *file, SjPlan **plan_out)
{
  g_autoptr (SjPlan) plan = sj_test_load_example (file);
  g_autoptr (GError) error = NULL;
  SjBook *book = sj_book_new (plan, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (book);
  if (plan_out)
    *plan_out = g_object_ref (plan);
  return book;
}

/* Whether the text at byte @i of @text starts with one of @chars (UTF-8 characters). */
static gboolean
starts_with_any (const char *text, const char *const *chars)
{
  for (guint i = 0; chars[i]; i++)
    if (g_str_has_prefix (text, chars[i]))
      return TRUE;
  return FALSE;
}

/* Every line of every page of the book, broken where Thai typesetting allows: no line starts
 * with ๆ, ฯ, a closing quotation mark or bracket, none ends with an opening one, and no line
 * ends inside an abbreviation, a year with พ.ศ., a range of years, or between a number and its
 * unit. */
static void
test_break_rules (gconstpointer data)
{
  const Example *e = data;
  SjBook *book = cached_book (e->file, NULL);
  static const char *const never_first[] = { "ๆ", "ฯ", "”", "’", ")", "]", NULL };
  static const char *const never_last[] = { "“", "‘", "(", "[", NULL };
  guint lines = 0, bad = 0, kept = 0;

  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          const char *text;
          g_autoptr (GArray) spans = NULL;
          if (item->kind != SJ_PAGE_TEXT)
            continue;
          text = pango_layout_get_text (item->layout);
          spans = sj_thai_unbreakable_spans (text, -1);
          kept += spans->len;
          for (int l = item->first_line; l < item->first_line + item->n_lines; l++)
            {
              PangoLayoutLine *line = pango_layout_get_line_readonly (item->layout, l);
              const char *start = text + line->start_index;
              const char *end = start + line->length;
              const char *last = end;
              g_autofree char *shown = g_strndup (start, line->length);
              gboolean wrong = FALSE;

              lines++;
              while (*start == ' ' && start < end)
                start++;
              while (last > start && (last[-1] == ' ' || last[-1] == '\n'))
                last--;
              if (last > start)
                last = g_utf8_find_prev_char (start, last);
              /* only where the line was broken, not where a paragraph ends */
              if (l > 0 && line->start_index > 0 && text[line->start_index - 1] != '\n'
                  && starts_with_any (start, never_first))
                wrong = TRUE;
              if (last != NULL && last >= start && *end != '\0' && *end != '\n'
                  && starts_with_any (last, never_last))
                wrong = TRUE;
              for (guint k = 0; k < spans->len && !wrong; k++)
                {
                  SjSpan *span = &g_array_index (spans, SjSpan, k);
                  guint b = (guint) (line->start_index + line->length);
                  /* the line ends strictly inside a span (after its trailing spaces) */
                  while (b > span->start && b < span->end && text[b - 1] == ' ')
                    b--;
                  if (l < pango_layout_get_line_count (item->layout) - 1 && b > span->start
                      && b < span->end)
                    wrong = TRUE;
                }
              if (wrong && bad++ < 10)
                g_test_message ("page %u: line “%s” is broken where Thai typesetting does not "
                                "allow it", p + 1, shown);
            }
        }
    }
  g_test_message ("%u lines, %u stretches kept together", lines, kept);
  g_assert_cmpuint (kept, >, 0);
  g_assert_cmpuint (bad, ==, 0);
}

/* Pagination as a clerk checks it: no page ends with a heading (a heading is followed on its
 * page by what it heads), and no paragraph leaves a single line at the foot or the head of a
 * page. */
static void
test_pagination_rules (gconstpointer data)
{
  const Example *e = data;
  SjBook *book = cached_book (e->file, NULL);
  guint stranded = 0, lonely = 0, headings = 0, split = 0;

  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      SjPageItem *last = NULL;
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          if (item->kind == SJ_PAGE_DEST || item->kind == SJ_PAGE_LINK
              || g_strcmp0 (item->role, "page-number") == 0)
            continue;
          last = item;
          if (item->kind != SJ_PAGE_TEXT)
            continue;
          headings += item->keep_with_next;
          if (item->flowed)
            {
              int count = pango_layout_get_line_count (item->layout);
              gboolean continues = item->first_line + item->n_lines < count;
              gboolean continued = item->first_line > 0;
              split += continues;
              if ((continues || continued) && item->n_lines == 1)
                {
                  PangoLayoutLine *line = pango_layout_get_line_readonly (item->layout,
                                                                          item->first_line);
                  g_autofree char *shown = g_strndup (pango_layout_get_text (item->layout)
                                                        + line->start_index,
                                                      line->length);
                  if (lonely++ < 10)
                    g_test_message ("page %u: a lonely line “%s”", p + 1, shown);
                }
            }
        }
      if (last != NULL && last->kind == SJ_PAGE_TEXT && last->keep_with_next
          && p + 1 < sj_book_get_n_pages (book))
        {
          g_autofree char *shown = g_strdup (pango_layout_get_text (last->layout));
          if (stranded++ < 10)
            g_test_message ("page %u ends with the heading “%s”", p + 1, shown);
        }
    }
  g_test_message ("%u headings, %u paragraphs split between pages", headings, split);
  g_assert_cmpuint (headings, >, 0);
  g_assert_cmpuint (stranded, ==, 0);
  g_assert_cmpuint (lonely, ==, 0);
}

/* A heading that would end a page goes to the next one with what it heads, whatever the amount
 * of room left above the page's foot; two lines are never parted. */
static void
test_heading_kept_with_next (void)
{
  SjTypesetter *ts = sj_typesetter_new ("TH Sarabun New", 16);
  SjStyle style = { 0 };
  const char *para = "ข้อความย่อหน้าที่ยาวพอจะเป็นหลายบรรทัดเมื่อจัดในคอลัมน์แคบ ๆ แบบนี้ "
                     "และต่อไปอีกหลายคำเพื่อให้มีสามบรรทัดขึ้นไปในหน้าเดียวกันอย่างแน่นอน";
  guint moved = 0;

  for (int filler = 1; filler <= 30; filler++)
    {
      g_autoptr (GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_page_free);
      SjFlow flow;
      SjPage *heading_page = NULL, *next_page = NULL;

      sj_flow_init (&flow, ts, pages, 300, 400, 20, 20, 20, 20);
      for (int i = 0; i < filler; i++)
        sj_flow_add_text (&flow, "บรรทัดเติม", &style, 0, NULL);
      sj_flow_add_heading (&flow, "หัวข้อ", &style, "test-heading", "dest-heading");
      sj_flow_add_text (&flow, para, &style, 0, "test-after");
      sj_flow_add_text (&flow, "สองบรรทัด สองบรรทัด สองบรรทัด สองบรรทัด สองบรรทัด สองบรรทัด", &style, 0,
                        "test-two");
      for (guint p = 0; p < pages->len; p++)
        {
          SjPage *page = g_ptr_array_index (pages, p);
          for (guint i = 0; i < page->items->len; i++)
            {
              SjPageItem *item = g_ptr_array_index (page->items, i);
              if (g_strcmp0 (item->role, "test-heading") == 0)
                {
                  heading_page = page;
                  g_assert_true (item->keep_with_next);
                  if (p > 0 && i == 1) /* after its destination, at the top of the page */
                    moved++;
                }
              if (g_strcmp0 (item->name, "dest-heading") == 0)
                g_assert_true (heading_page == NULL || heading_page == page);
              if (g_strcmp0 (item->role, "test-after") == 0 && next_page == NULL)
                next_page = page;
              if (g_strcmp0 (item->role, "test-two") == 0)
                g_assert_cmpint (item->first_line + item->n_lines, ==,
                                 pango_layout_get_line_count (item->layout)); /* not parted */
            }
        }
      g_assert_true (heading_page == next_page);
    }
  g_assert_cmpuint (moved, >, 0);
  sj_typesetter_free (ts);
}

/* A character no face can draw is found where it prints, once, with what drew it; the
 * examples have none. */
static void
test_missing_glyphs (void)
{
  SjBook *clean = cached_book ("kalasin-2566.sujarit", NULL);
  g_autoptr (GArray) none = sj_book_find_missing_glyphs (clean);
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjProject *project = sj_test_first_project (plan);
  g_autofree char *title = g_strconcat (sj_project_get_title (project), "\uE8E8 \uE8E8", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) book = NULL;
  g_autoptr (GArray) missing = NULL;
  g_autofree char *sentence = NULL;
  SjMissingGlyph *m;

  g_assert_cmpuint (none->len, ==, 0);
  sj_project_set_title (project, title);
  book = sj_book_new (plan, NULL, &error);
  g_assert_no_error (error);
  missing = sj_book_find_missing_glyphs (book);
  g_assert_cmpuint (missing->len, ==, 1); /* each character once */
  m = &g_array_index (missing, SjMissingGlyph, 0);
  g_assert_cmphex (m->ch, ==, 0xE8E8);
  g_assert_nonnull (m->source);
  g_assert_nonnull (strstr (m->source, "projects["));
  sentence = sj_missing_glyph_describe (m);
  g_assert_nonnull (strstr (sentence, "U+E8E8"));
}

static SjPageItem *
item_with_role (SjPage *page, const char *role)
{
  for (guint i = 0; i < page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (page->items, i);
      if (g_strcmp0 (item->role, role) == 0)
        return item;
    }
  return NULL;
}

/* A letter of several pages (Kalasin's announcement and committee order, two pages each) carries "- ๒ -" at the head
 * of its second page and, at the foot of its first, the first word of the second after a
 * slash; one-page letters carry neither. */
static void
test_letter_pages (void)
{
  g_autoptr (SjPlan) plan = NULL;
  SjBook *book = cached_book ("kalasin-2566.sujarit", &plan);
  double top = SJ_MM (sj_settings_get_margin_top (sj_plan_get_settings (plan)));
  double bottom = SJ_MM (sj_settings_get_margin_bottom (sj_plan_get_settings (plan)));
  guint letters = 0;

  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      SjPageItem *catchword = item_with_role (page, "letter-catchword");
      SjPageItem *head = item_with_role (page, "letter-page");

      if (head != NULL)
        {
          SjPage *before = sj_book_get_page (book, p - 1);
          g_assert_nonnull (item_with_role (before, "letter-catchword"));
          g_assert_true (before->part == page->part);
          g_assert_cmpfloat (head->y + head->h, <=, top); /* in the top margin */
        }
      if (catchword != NULL)
        {
          SjPage *next = sj_book_get_page (book, p + 1);
          SjPageItem *next_head = item_with_role (next, "letter-page");
          const char *word = pango_layout_get_text (catchword->layout);
          g_autofree char *bare = NULL;
          g_autofree char *next_text = sj_book_get_page_text (book, p + 1, NULL);
          g_assert_nonnull (next_head);
          g_assert_cmpstr (pango_layout_get_text (next_head->layout), ==, "- ๒ -");
          g_assert_true (g_str_has_prefix (word, "/"));
          g_assert_true (g_str_has_suffix (word, "..."));
          bare = g_strndup (word + 1, strlen (word) - 4);
          g_assert_cmpuint (strlen (bare), >, 0);
          /* the next page's text (after its head) starts with the word */
          g_assert_nonnull (strstr (next_text, bare));
          g_assert_cmpfloat (catchword->y, >=, page->height - bottom); /* in the bottom margin */
          letters++;
        }
    }
  g_assert_cmpuint (letters, ==, 2); /* the announcement and the order */
}

/* A dimension's long name, continued with "(ต่อ)" on a page where its rows are short, is never
 * clipped: the last row grows, or the short form "มิติที่ n (ต่อ)" stands where the rows go on. */
static void
test_continued_label_not_clipped (void)
{
  static const char *const plans[] = { "kalasin-2566.sujarit", "khonkaen-2566.sujarit" };

  for (guint k = 0; k < G_N_ELEMENTS (plans); k++)
    {
      g_autoptr (SjPlan) plan = sj_test_load_example (plans[k]);
      g_autoptr (GError) error = NULL;
      g_autoptr (SjBook) book = NULL;
      guint continued = 0;

      for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
        {
          SjDimension *dim = sj_plan_get_dimension_at (plan, d);
          g_autofree char *name = g_strdup_printf ("%s %s %s %s", sj_dimension_get_name (dim),
                                                   sj_dimension_get_name (dim),
                                                   sj_dimension_get_name (dim),
                                                   sj_dimension_get_name (dim));
          sj_dimension_set_name (dim, name);
        }
      book = sj_book_new (plan, NULL, &error);
      g_assert_no_error (error);
      for (guint p = 0; p < sj_book_get_n_pages (book); p++)
        {
          SjPage *page = sj_book_get_page (book, p);
          for (guint i = 0; i < page->items->len; i++)
            {
              SjPageItem *item = g_ptr_array_index (page->items, i);
              int count;
              if (item->kind != SJ_PAGE_TEXT || g_strcmp0 (item->role, "p2-dimension") != 0)
                continue;
              count = pango_layout_get_line_count (item->layout);
              if (strstr (pango_layout_get_text (item->layout), "(ต่อ)"))
                continued++;
              if (item->n_lines >= 0 && item->first_line + item->n_lines < count)
                g_test_message ("%s page %u: “%s” shows %d of its %d lines", plans[k], p + 1,
                                pango_layout_get_text (item->layout), item->n_lines, count);
              g_assert_true (item->n_lines < 0 || item->first_line + item->n_lines >= count);
            }
        }
      g_assert_cmpuint (continued, >, 0);
    }
}

/* Signed documents print as written: a member keeps the number the order gives, the duties are
 * introduced in the author's words, and a body that already ends with the closing formula is
 * not followed by it again. */
static void
test_letters_as_written (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjAnnouncement *ann = sj_plan_get_announcement (plan);
  SjOrder *order = sj_plan_get_order_at (plan, 0);
  SjMember *member = sj_order_get_member_at (order, 1);
  g_autoptr (SjRich) body = sj_test_rich ("ข้อความของประกาศ\nจึงประกาศให้ทราบโดยทั่วกัน");
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) book = NULL;
  gboolean closing = FALSE, numbered = FALSE, intro = FALSE;
  guint positions = 0, roles = 0;

  sj_order_set_columns (order, "name role");
  sj_announcement_set_body (ann, body);
  sj_member_set_number (member, "๓๒.");
  sj_order_set_duties_intro (order, "ให้คณะกรรมการมีอำนาจหน้าที่ ดังนี้");
  book = sj_book_new (plan, NULL, &error);
  g_assert_no_error (error);
  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          const char *text = item->kind == SJ_PAGE_TEXT ? pango_layout_get_text (item->layout) : "";
          closing |= g_strcmp0 (item->role, "announcement-closing") == 0;
          numbered |= g_strcmp0 (item->role, "order-member-number") == 0
                      && g_strcmp0 (text, "๓๒.") == 0;
          intro |= g_strcmp0 (item->role, "order-duties-intro") == 0
                   && g_str_has_prefix (text, "ให้คณะกรรมการมีอำนาจหน้าที่");
          positions += g_strcmp0 (item->role, "order-member-position") == 0;
          roles += g_strcmp0 (item->role, "order-member-role") == 0;
        }
    }
  g_assert_false (closing);
  g_assert_true (numbered);
  g_assert_true (intro);
  g_assert_cmpuint (positions, ==, 0); /* the columns the author chose */
  g_assert_cmpuint (roles, ==, sj_order_get_n_members (order));
}

/* Nothing is printed that the author did not ask for: the added texts can be left out, and บาท
 * follows the totals only when asked. */
static void
test_extras_and_baht (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjSettings *settings = sj_plan_get_settings (plan);
  guint counts[2][4] = { { 0 } }; /* intro, mission headings, totals with บาท, totals */

  for (int pass = 0; pass < 2; pass++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SjBook) book = NULL;
      if (pass == 1)
        {
          sj_settings_set_extras (settings, "");
          sj_settings_set_totals_baht (settings, TRUE);
        }
      book = sj_book_new (plan, NULL, &error);
      g_assert_no_error (error);
      for (guint p = 0; p < sj_book_get_n_pages (book); p++)
        {
          SjPage *page = sj_book_get_page (book, p);
          for (guint i = 0; i < page->items->len; i++)
            {
              SjPageItem *item = g_ptr_array_index (page->items, i);
              if (item->kind != SJ_PAGE_TEXT || item->role == NULL)
                continue;
              counts[pass][0] += g_strcmp0 (item->role, "part2-intro") == 0;
              counts[pass][1] += g_strcmp0 (item->role, "p3-mission") == 0;
              if (g_str_has_prefix (item->role, "p2-total-") && strlen (item->role) < 12)
                {
                  counts[pass][3]++;
                  counts[pass][2] += g_str_has_suffix (pango_layout_get_text (item->layout), "บาท");
                }
            }
        }
    }
  g_assert_cmpuint (counts[0][0], ==, 1);
  g_assert_cmpuint (counts[0][1], >, 0);
  g_assert_cmpuint (counts[0][2], ==, 0);
  g_assert_cmpuint (counts[0][3], >, 0);
  g_assert_cmpuint (counts[1][0], ==, 0);
  g_assert_cmpuint (counts[1][1], ==, 0);
  g_assert_cmpuint (counts[1][2], ==, counts[1][3]);

  /* The sub-items' texts under their mission in Part 2, on request */
  {
    g_autoptr (SjPlan) kk = sj_test_load_example ("khonkaen-2566.sujarit");
    SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (kk, 0), 0);
    const char *sub = sj_sub_item_get_name (sj_mission_get_sub_item_at (mission, 0));
    gboolean found[2] = { FALSE, FALSE };
    g_assert_cmpuint (sj_mission_get_n_sub_items (mission), >, 0);
    for (int pass = 0; pass < 2; pass++)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (SjBook) book = NULL;
        sj_settings_set_sub_items_in_part2 (sj_plan_get_settings (kk), pass == 1);
        book = sj_book_new (kk, NULL, &error);
        g_assert_no_error (error);
        for (guint p = 0; p < sj_book_get_n_pages (book) && !found[pass]; p++)
          {
            SjPage *page = sj_book_get_page (book, p);
            for (guint i = 0; i < page->items->len; i++)
              {
                SjPageItem *item = g_ptr_array_index (page->items, i);
                if (item->kind == SJ_PAGE_TEXT && g_strcmp0 (item->role, "p2-mission") == 0
                    && strstr (pango_layout_get_text (item->layout), sub))
                  found[pass] = TRUE;
              }
          }
      }
    g_assert_false (found[0]);
    g_assert_true (found[1]);
  }
}

static char *comparable (const char *raw, gboolean drop_number_lines);

/* Kalasin with the progress of 2566 reported for the 12-month round: project k (from 0) gets the
 * k-th status in turn, and the disbursed amount k × 1,000.50 baht when it is not pending. */
static SjPlan *
plan_with_progress (void)
{
  SjPlan *plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (SjSummary) summary = sj_summary_new (plan);
  g_autoptr (SjReport) report = sj_report_new ();
  g_autoptr (SjRich) problems = sj_test_rich ("งบประมาณได้รับการจัดสรรล่าช้า");
  SjDate *date = sj_date_new (2023, 10, 15);

  for (guint i = 0; i < sj_summary_get_n_projects (summary); i++)
    {
      g_autoptr (SjProgress) pr = sj_progress_new ();
      SjProgressStatus status = (SjProgressStatus) (i % 4);
      sj_progress_set_year (pr, 2566);
      sj_progress_set_round (pr, SJ_ROUND_12);
      sj_progress_set_status (pr, status);
      if (status != SJ_PROGRESS_STATUS_PENDING)
        sj_progress_set_disbursed (pr, (SjMoney) i * 100050);
      sj_project_append_progress (sj_summary_get_project (summary, i), pr);
    }
  sj_report_set_year (report, 2566);
  sj_report_set_as_of (report, date);
  sj_report_set_problems (report, problems);
  sj_report_set_reporter_name (report, "นางสาวรายงาน ตัวอย่าง");
  sj_report_set_reporter_position (report, "นักวิเคราะห์นโยบายและแผน");
  sj_plan_append_report (plan, report);
  sj_date_free (date);
  /* Two items of the OIT checklist of 2566: one published by project 1, one with nothing yet */
  for (int k = 0; k < 2; k++)
    {
      g_autoptr (SjOitItem) item = sj_oit_item_new ();
      g_autoptr (GPtrArray) projects = g_ptr_array_new ();
      sj_oit_item_set_year (item, 2566);
      sj_oit_item_set_code (item, k == 0 ? "O1" : "O2");
      sj_oit_item_set_name (item, k == 0 ? "โครงสร้างหน่วยงาน" : "แผนดำเนินงานประจำปี");
      if (k == 0)
        {
          g_ptr_array_add (projects, sj_summary_get_project (summary, 0));
          sj_oit_item_set_projects (item, projects);
          sj_oit_item_set_url (item, "https://www.kalasin.go.th/oit/o1");
          sj_oit_item_set_status (item, SJ_OIT_STATUS_PUBLISHED);
        }
      sj_plan_append_oit_item (plan, item);
    }
  return plan;
}

/* The report's figures come from its rows: counts per status, budgets as Part 2 counts them,
 * disbursements, shares with two decimals. */
static void
test_report_data (void)
{
  g_autoptr (SjPlan) plan = plan_with_progress ();
  g_autoptr (SjReportData) data = sj_report_data_new (plan, 2566, SJ_ROUND_12);
  g_autoptr (SjSummary) summary = sj_summary_new (plan);
  guint counts[4] = { 0 };
  SjMoney disbursed = 0;
  g_autofree char *done = NULL;
  g_autofree char *third = sj_report_share (1, 3, FALSE);
  g_autofree char *thai = sj_report_share (2, 3, TRUE);
  g_autofree char *none = sj_report_share (1, 0, FALSE);
  g_autofree char *money = sj_report_money_share (sj_money_from_baht (1), sj_money_from_baht (8),
                                                  FALSE);

  g_assert_cmpuint (data->rows->len, ==, 30);
  g_assert_nonnull (data->report);
  for (guint i = 0; i < data->rows->len; i++)
    {
      const SjReportRow *row = &g_array_index (data->rows, SjReportRow, i);
      counts[row->status]++;
      if (row->disbursed != SJ_MONEY_NONE)
        disbursed += row->disbursed;
    }
  for (guint k = 0; k < 4; k++)
    g_assert_cmpuint (data->total.by_status[k], ==, counts[k]);
  g_assert_cmpuint (data->total.n, ==, 30);
  g_assert_cmpint (data->total.disbursed, ==, disbursed);
  /* The budget is Part 2's total of the year */
  g_assert_cmpint (data->total.budget, ==, sj_summary_get_plan_totals (summary)->years[0]);
  for (guint d = 0; d < data->n_dimensions; d++)
    g_assert_cmpint (data->dimensions[d].budget, ==,
                     sj_summary_get_dimension_totals (summary, d)->years[0]);
  done = sj_report_share (data->total.by_status[SJ_PROGRESS_STATUS_DONE], data->total.n, FALSE);
  g_assert_cmpstr (done, ==, "23.33"); /* 7 of 30 */
  g_assert_cmpstr (third, ==, "33.33");
  g_assert_cmpstr (thai, ==, "๖๖.๖๗");
  g_assert_cmpstr (none, ==, "-");
  g_assert_cmpstr (money, ==, "12.50");
}

/* The printed report: landscape, its two-row header on every page, a tick in the status column
 * of each project, the totals rows and the summary; its text read back from the PDF. */
static void
test_report_book (void)
{
  g_autoptr (SjPlan) plan = plan_with_progress ();
  SjBookOptions options = { "report", 0, 2566, 12 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) book = sj_book_new (plan, &options, &error);
  g_autofree char *dir = g_dir_make_tmp ("sujarit-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *cmd = g_strdup_printf ("pdftotext -enc UTF-8 '%s' -", pdf);
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  guint ticks = 0, summary_lines = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (sj_book_get_n_pages (book), >, 1);
  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      g_assert_true (page->landscape);
      g_assert_true (page->part == SJ_PART_REPORT);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          ticks += g_strcmp0 (item->role, "report-tick") == 0;
          summary_lines += item->role && g_str_has_prefix (item->role, "report-summary-");
        }
    }
  g_assert_cmpuint (ticks, ==, 30);
  g_assert_cmpuint (summary_lines, >=, 4);
  /* the header, repeated on every page of the table */
  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      g_autofree char *rows = sj_book_get_page_text (book, p, "report-number");
      g_autofree char *head = sj_book_get_page_text (book, p, "report-header");
      if (*rows)
        g_assert_true (*head); /* a page with rows has the header */
    }
  g_assert_true (sj_book_export_pdf (book, pdf, &error));
  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
    }
  else
    {
      static const char *const expected[] = {
        "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", "รอบ 12 เดือน",
        "ปัญหาและอุปสรรค", "นางสาวรายงาน ตัวอย่าง", "คิดเป็นร้อยละ 23.33", "รวมทั้งสิ้น",
        "การเผยแพร่ข้อมูลต่อสาธารณะ (OIT)", "https://www.kalasin.go.th/oit/o1",
        "รายการที่ยังไม่มีที่อยู่บนเว็บไซต์ 1 รายการ",
      };
      g_autofree char *flat = NULL;
      g_assert_true (g_spawn_command_line_sync (cmd, &text, NULL, NULL, NULL));
      flat = comparable (text, TRUE);
      for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
        {
          g_autofree char *needle = comparable (expected[k], FALSE);
          if (strstr (flat, needle) == NULL)
            g_error ("“%s” is not in the text of the report", expected[k]);
        }
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The HTML edition carries the latest progress report and the OIT checklist when the plan has
 * them, and stays well-formed. */
static void
test_html_progress_and_oit (void)
{
  g_autoptr (SjPlan) plan = plan_with_progress ();
  g_autofree char *dir = g_dir_make_tmp ("sujarit-html-XXXXXX", NULL);
  g_autofree char *index = g_build_filename (dir, "index.html", NULL);
  g_autofree char *html = NULL;
  g_autoptr (GError) error = NULL;
  gsize len;
  xmlDocPtr doc;

  g_assert_true (sj_html_export (plan, dir, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (index, &html, &len, NULL));
  doc = xmlReadMemory (html, (int) len, "index.html", "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
  g_assert_nonnull (strstr (html, "id=\"progress\""));
  g_assert_nonnull (strstr (html, "ปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน"));
  g_assert_nonnull (strstr (html, "id=\"oit\""));
  g_assert_nonnull (strstr (html, "<a href=\"https://www.kalasin.go.th/oit/o1\">"));
  g_assert_nonnull (strstr (html, "ยังไม่ได้เผยแพร่"));
  g_unlink (index);
  g_rmdir (dir);
}

/* The spans themselves, on the texts the rules are about. */
static void
test_unbreakable_spans (void)
{
  static const struct
  {
    const char *text;
    const char *kept; /* the first span, or NULL for none */
  } cases[] = {
    { "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐) ของ", "(พ.ศ. ๒๕๖๖ – ๒๕๗๐)" },
    { "ระยะ 5 ปี 2566-2570 นี้", "5 ป" },
    { "ปี 2566-2570 นี้", "2566-2570" },
    { "ตามแนวทางของ ป.ป.ช. กำหนด", "ป.ป.ช." },
    { "ของ อบต. บ้านเป็ด", "อบต." },
    { "จัดอบรม 1 ครั้ง", "1 ค" },
    { "ผู้เข้าร่วม ๑๐ คน", "๑๐ ค" },
    { "ไม่น้อยกว่าร้อยละ 80 ของ", "ร้อยละ 8" },
    { "ต่าง ๆ ที่เกี่ยวข้อง", "ง ๆ" },
    { "กรุงเทพฯ", "พฯ" },
    { "โครงการ “ความรู้”", "“ค" },
    { "ประชาชนทั่วไป", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GArray) spans = sj_thai_unbreakable_spans (cases[i].text, -1);
      if (cases[i].kept == NULL)
        {
          g_assert_cmpuint (spans->len, ==, 0);
          continue;
        }
      g_assert_cmpuint (spans->len, >, 0);
      {
        SjSpan *span = &g_array_index (spans, SjSpan, 0);
        g_autofree char *got = g_strndup (cases[i].text + span->start, span->end - span->start);
        g_assert_cmpstr (got, ==, cases[i].kept);
      }
    }
  /* A chain never becomes one long span */
  {
    g_autoptr (GString) chain = g_string_new (NULL);
    g_autoptr (GArray) spans = NULL;
    for (int i = 0; i < 1000; i++)
      g_string_append (chain, "ๆ");
    spans = sj_thai_unbreakable_spans (chain->str, -1);
    for (guint k = 0; k < spans->len; k++)
      {
        SjSpan *span = &g_array_index (spans, SjSpan, k);
        g_assert_cmpuint (span->end - span->start, <=, 12);
        if (k > 0)
          g_assert_cmpuint (span->start, >=, g_array_index (spans, SjSpan, k - 1).end);
      }
  }
}

/* In a narrow column, the text breaks where the rules allow and not where they forbid. */
static void
test_break_rules_narrow (void)
{
  SjTypesetter *ts = sj_typesetter_new ("TH Sarabun New", 16);
  SjStyle style = { 0 };
  const char *text = "โครงการต่าง ๆ ของ ป.ป.ช. ในระยะ (พ.ศ. ๒๕๖๖ – ๒๕๗๐) จัดอบรม ๑๐ ครั้ง "
                     "ร้อยละ ๘๐ ต่าง ๆ ต่าง ๆ ต่าง ๆ ป.ป.ช. ป.ป.ช. ป.ป.ช.";

  for (double width = 60; width <= 200; width += 7)
    {
      PangoLayout *layout = sj_typeset_text (ts, text, &style, width);
      PangoLayoutIter *iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          /* the layout's own text: a line separator may have been put in (keep_dashed_spans) */
          const char *start = pango_layout_get_text (layout) + line->start_index;
          g_assert_false (g_str_has_prefix (start, "ๆ"));
          g_assert_false (g_str_has_prefix (start, "ช."));
          g_assert_false (g_str_has_prefix (start, "ป.ช."));
          g_assert_false (g_str_has_prefix (start, "๒๕๖๖"));
          g_assert_false (g_str_has_prefix (start, "– ๒๕๗๐"));
          g_assert_false (g_str_has_prefix (start, "ครั้ง"));
          g_assert_false (g_str_has_prefix (start, "๘๐"));
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      g_object_unref (layout);
    }
  sj_typesetter_free (ts);
}

static void
test_page_count (gconstpointer data)
{
  const Example *e = data;
  g_autoptr (SjBook) book = make_book (e->file, NULL);
  g_autoptr (SjBook) again = make_book (e->file, NULL);

  g_assert_cmpuint (sj_book_get_n_pages (book), ==, e->pages);
  g_assert_cmpuint (sj_book_get_n_pages (again), ==, sj_book_get_n_pages (book));
}

static gboolean
is_table_role (const char *role)
{
  return role && g_str_has_prefix (role, "p2-");
}

/* Every page of the Part 2 table begins with its two-row header, and a total never starts a
 * page: it stays with at least one of the rows it adds up. */
static void
test_part2_headers (gconstpointer data)
{
  const Example *e = data;
  SjBook *book = cached_book (e->file, NULL);
  guint first, last, table_pages = 0;

  g_assert_true (sj_book_get_part_pages (book, SJ_PART_PART2, &first, &last));
  for (guint p = first; p <= last; p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      double header_bottom = -1, first_body = G_MAXDOUBLE;
      double first_project = G_MAXDOUBLE, first_total = G_MAXDOUBLE;
      guint n_headers = 0;
      gboolean has_rows = FALSE;

      g_assert_true (page->landscape);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          if (item->kind != SJ_PAGE_TEXT || !is_table_role (item->role))
            continue;
          if (strcmp (item->role, "p2-header") == 0)
            {
              n_headers++;
              header_bottom = MAX (header_bottom, item->y);
            }
          else
            {
              has_rows = TRUE;
              first_body = MIN (first_body, item->y);
              if (strcmp (item->role, "p2-project") == 0)
                first_project = MIN (first_project, item->y);
              else if (g_str_has_suffix (item->role, "-label"))
                first_total = MIN (first_total, item->y);
            }
        }
      if (!has_rows)
        continue;
      table_pages++;
      /* มิติ, ภารกิจ, โครงการ, the years twice (ปี / งบประมาณ), the last column */
      g_assert_cmpuint (n_headers, >=, 3 + 2 * 5 + 1);
      g_assert_cmpfloat (header_bottom, <, first_body);
      if (first_total < G_MAXDOUBLE)
        g_assert_cmpfloat (first_project, <, first_total);
    }
  g_assert_cmpuint (table_pages, >=, 2);
}

static char *
find_role_text (SjBook *book, guint first, guint last, const char *role)
{
  for (guint p = first; p <= last; p++)
    {
      g_autofree char *text = sj_book_get_page_text (book, p, role);
      if (*text)
        {
          /* A cell may wrap; its lines make one value. */
          g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
          return g_strjoinv ("", lines);
        }
    }
  return NULL;
}

/* The subtotals and the grand total printed are the model's. */
static void
test_part2_totals (gconstpointer data)
{
  const Example *e = data;
  g_autoptr (SjPlan) plan = NULL;
  SjBook *book = cached_book (e->file, &plan);
  g_autoptr (SjSummary) s = sj_summary_new (plan);
  SjSettings *settings = sj_plan_get_settings (plan);
  gboolean thai = sj_settings_get_digits_tables (settings) == SJ_DIGITS_THAI;
  SjZeroStyle zero = sj_settings_get_zero_style (settings);
  guint first, last;

  g_assert_true (sj_book_get_part_pages (book, SJ_PART_PART2, &first, &last));
  for (guint d = 0; d <= sj_plan_get_n_dimensions (plan); d++)
    {
      gboolean total = d == sj_plan_get_n_dimensions (plan);
      const SjTotals *t = total ? sj_summary_get_plan_totals (s)
                                : sj_summary_get_dimension_totals (s, d);
      g_autofree char *count_role = total ? g_strdup ("p2-count-total")
                                          : g_strdup_printf ("p2-count-%u", d + 1);
      g_autofree char *count = find_role_text (book, first, last, count_role);
      g_autofree char *expected_count = sj_counts_text (t, FALSE, thai);

      g_assert_cmpstr (count, ==, expected_count);
      for (guint y = 0; y < sj_summary_get_n_years (s); y++)
        {
          g_autofree char *role = total ? g_strdup_printf ("p2-total-%u", y)
                                        : g_strdup_printf ("p2-subtotal-%u-%u", d + 1, y);
          g_autofree char *printed = find_role_text (book, first, last, role);
          g_autofree char *expected = sj_money_cell (t->years[y], zero, thai);
          g_assert_cmpstr (printed, ==, expected);
        }
    }
}

/* The contents print the pages where the parts really start. */
static void
test_contents_pages (gconstpointer data)
{
  const Example *e = data;
  SjBook *book = cached_book (e->file, NULL);
  GPtrArray *outline = sj_book_get_outline (book);
  guint checked = 0;

  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      if (page->part != SJ_PART_CONTENTS)
        continue;
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          g_auto (GStrv) parts = NULL;
          SjOutlineEntry *entry = NULL;
          g_autofree char *printed = NULL;
          SjPage *target;
          g_autofree char *expected = NULL;

          if (item->kind != SJ_PAGE_TEXT || item->role == NULL
              || !g_str_has_prefix (item->role, "contents-page:"))
            continue;
          parts = g_strsplit (item->role, ":", 3);
          for (guint k = 0; k < outline->len; k++)
            {
              SjOutlineEntry *o = g_ptr_array_index (outline, k);
              if (strcmp (o->dest, parts[1]) == 0)
                entry = o;
            }
          g_assert_nonnull (entry);
          printed = g_strdup (pango_layout_get_text (item->layout));
          target = sj_book_get_page (book, entry->page);
          if (entry->level == 0 && entry->last_page > entry->page
              && strcmp (target->label, sj_book_get_page (book, entry->last_page)->label) != 0)
            expected = g_strdup_printf ("%s - %s", target->label,
                                        sj_book_get_page (book, entry->last_page)->label);
          else
            expected = g_strdup (target->label);
          g_assert_cmpstr (printed, ==, expected);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 8);
}

static void
test_outline (void)
{
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (SjBook) book = make_book ("khonkaen-2566.sujarit", &plan);
  GPtrArray *outline = sj_book_get_outline (book);
  guint parts = 0, dims = 0, projects = 0;

  for (guint i = 0; i < outline->len; i++)
    {
      SjOutlineEntry *e = g_ptr_array_index (outline, i);
      g_assert_cmpuint (e->page, <, sj_book_get_n_pages (book));
      parts += e->level == 0;
      dims += e->level == 1 && g_str_has_prefix (e->title, "มิติที่");
      projects += e->level == 2 && e->part == SJ_PART_PART3;
    }
  g_assert_cmpuint (parts, >=, 4);
  g_assert_cmpuint (dims, ==, 4);
  g_assert_cmpuint (projects, ==, 56);
}

static void
test_front_matter_numbering (void)
{
  g_autoptr (SjBook) book = make_book ("kalasin-2566.sujarit", NULL);
  guint first;

  /* Cover unnumbered, front matter ก ข, the body from ๑ in the plan's Thai digits. */
  g_assert_null (sj_book_get_page (book, 0)->label);
  g_assert_cmpstr (sj_book_get_page (book, 1)->label, ==, "ก");
  g_assert_cmpstr (sj_book_get_page (book, 2)->label, ==, "ข");
  g_assert_true (sj_book_get_part_pages (book, SJ_PART_PART1, &first, NULL));
  g_assert_cmpstr (sj_book_get_page (book, first)->label, ==, "๑");
}

static void
test_options (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjBookOptions only = { "part2,part3", 0 };
  SjBookOptions bad = { "part2 chapter9", -1 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) book = sj_book_new (plan, &only, &error);
  g_autoptr (SjBook) none = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (sj_book_get_page (book, 0)->part, ==, SJ_PART_PART2);
  /* --digits arabic overrides the plan's Thai digits */
  text = find_role_text (book, 0, sj_book_get_n_pages (book) - 1, "p2-count-1");
  g_assert_cmpstr (text, ==, "จำนวน 9 โครงการ");
  none = sj_book_new (plan, &bad, &error);
  g_assert_null (none);
  g_assert_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_PARTS);
  g_assert_nonnull (strstr (error->message, "chapter9"));
}

static gint
first_page_with (SjBook *book, const char *role)
{
  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      g_autofree char *text = sj_book_get_page_text (book, p, role);
      if (*text)
        return (gint) p;
    }
  return -1;
}

/* The settings of the second edition change the book: the forms' caption and number, a second
 * responsibility field, the years after a title, line breaks in a title, the numbering of the
 * committee, the order of the appendix, the charts. */
static void
test_second_edition_settings (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjSettings *settings = sj_plan_get_settings (plan);
  SjProject *p = sj_test_first_project (plan);
  SjAnnouncement *ann = sj_plan_get_announcement (plan);
  g_autoptr (SjBook) plain = NULL;
  g_autoptr (SjBook) book = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *member = NULL;
  GPtrArray *outline;

  plain = sj_book_new (plan, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first_page_with (plain, "chart-title"), >=, 0);
  g_assert_cmpint (first_page_with (plain, "form-caption"), <, 0);
  g_assert_cmpint (first_page_with (plain, "form-responsible-unit"), <, 0);

  sj_settings_set_form_caption (settings, "รายละเอียดโครงการ/กิจกรรม/มาตรการ");
  sj_settings_set_form_number_label (settings, "");
  sj_settings_set_member_numbering (settings, SJ_MEMBER_NUMBERING_PAREN);
  sj_settings_set_appendix_order (settings, SJ_APPENDIX_ORDER_ORDERS_FIRST);
  sj_settings_set_charts (settings, "");
  sj_project_set_title (p, "โครงการส่งเสริมการปฏิบัติงาน\nตามประมวลจริยธรรม");
  sj_project_set_title_years (p, SJ_TITLE_YEARS_FISCAL);
  sj_project_set_responsible_unit (p, "กองการเจ้าหน้าที่");
  book = sj_book_new (plan, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (first_page_with (book, "chart-title"), <, 0);
  caption = find_role_text (book, 0, sj_book_get_n_pages (book) - 1, "form-caption");
  g_assert_cmpstr (caption, ==, "รายละเอียดโครงการ/กิจกรรม/มาตรการ");
  {
    /* Kalasin prints Thai digits in its text */
    gint page = first_page_with (book, "form-number");
    number = sj_book_get_page_text (book, page, "form-number");
    g_assert_cmpstr (number, ==, "๑\n");
  }
  {
    gint page = first_page_with (book, "form-title");
    title = sj_book_get_page_text (book, page, "form-title");
    /* the line break of the title, then the years it runs */
    g_assert_nonnull (strstr (title, "การปฏิบัติงาน\nตามประมวลจริยธรรม ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๖\u00a0–\u00a0๒๕๗๐"));
  }
  unit = find_role_text (book, 0, sj_book_get_n_pages (book) - 1, "form-responsible-unit");
  g_assert_cmpstr (unit, ==, "กองการเจ้าหน้าที่");
  member = find_role_text (book, 0, sj_book_get_n_pages (book) - 1, "order-member-number");
  g_assert_true (g_str_has_prefix (member, "("));
  /* The order before the announcement in the appendix */
  if (ann && sj_announcement_get_placement (ann) == SJ_PLACEMENT_APPENDIX)
    g_assert_cmpint (first_page_with (book, "order-heading"), <,
                     first_page_with (book, "announcement-heading"));
  else
    g_test_message ("the example prints its announcement in front");
  /* The outline reads the title on one line */
  outline = sj_book_get_outline (book);
  for (guint i = 0; i < outline->len; i++)
    {
      SjOutlineEntry *e = g_ptr_array_index (outline, i);
      g_assert_null (strchr (e->title, '\n'));
    }
}

/* Page items know what drew them: each project's form and Part 2 row lead back to the project,
 * a click on its title to the title, and a section of Part 1 to its text. */
static void
test_sources (void)
{
  g_autoptr (SjPlan) plan = NULL;
  SjBook *book = cached_book ("kalasin-2566.sujarit", &plan);
  g_autoptr (SjSummary) s = sj_summary_new (plan);

  for (guint i = 0; i < sj_summary_get_n_projects (s); i++)
    {
      SjProject *p = sj_summary_get_project (s, i);
      g_autofree char *path = sj_model_path (G_OBJECT (p), NULL);
      g_autofree char *title_path = sj_model_path (G_OBJECT (p), "title");
      int form = sj_book_find_page (book, path, SJ_PART_PART3);
      int row = sj_book_find_page (book, path, SJ_PART_PART2);
      SjPage *page;
      gboolean found = FALSE;

      g_assert_cmpint (form, >=, 0);
      g_assert_cmpint (row, >=, 0);
      g_assert_cmpint (sj_book_get_page (book, form)->part, ==, SJ_PART_PART3);
      g_assert_cmpint (sj_book_get_page (book, row)->part, ==, SJ_PART_PART2);
      /* The form's title is on that page and a click on it finds the title */
      page = sj_book_get_page (book, form);
      for (guint k = 0; k < page->items->len && !found; k++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, k);
          if (g_strcmp0 (item->role, "form-title") == 0 && g_strcmp0 (item->source, title_path) == 0)
            {
              const char *at = sj_book_source_at (book, form, item->x + 40, item->y + item->h / 2);
              g_assert_cmpstr (at, ==, title_path);
              found = TRUE;
            }
        }
      g_assert_true (found);
      /* The path resolves to the project in the plan */
      g_assert_true (sj_model_resolve_path (G_OBJECT (plan), path, NULL) == G_OBJECT (p));
    }
  {
    int rationale = sj_book_find_page (book, "rationale", SJ_PART_NONE);
    g_assert_cmpint (rationale, >=, 0);
    g_assert_cmpint (sj_book_get_page (book, rationale)->part, ==, SJ_PART_PART1);
    g_assert_cmpint (sj_book_find_page (book, "no-such-thing", SJ_PART_NONE), ==, -1);
  }
}

/* A cancelled export writes nothing and leaves no temporary file behind; progress is told. */
static void
progress_cb (guint done, guint total, gpointer data)
{
  guint *last = data;
  g_assert_cmpuint (done, ==, *last + 1);
  g_assert_cmpuint (done, <=, total);
  *last = done;
}

static void
test_export_cancel_and_progress (void)
{
  g_autoptr (SjPlan) plan = NULL;
  SjBook *book = cached_book ("nakhonsi-2566.sujarit", &plan);
  g_autofree char *dir = g_dir_make_tmp ("sujarit-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "book.pdf", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) d = NULL;
  guint last = 0;

  g_cancellable_cancel (cancellable);
  g_assert_false (sj_book_export_pdf_full (book, path, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  d = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (d)); /* nothing written, no temporary left */
  g_clear_error (&error);
  g_assert_true (sj_book_export_pdf_full (book, path, progress_cb, &last, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last, ==, sj_book_get_n_pages (book));
  g_unlink (path);
  g_rmdir (dir);
}

/* Text that can be copied and searched ------------------------------------------------------ */

/* For comparing what was typed with what a PDF reader extracts: no white space of any kind, no
 * page numbers (lines of digits alone), Arabic digits. */
static char *
comparable (const char *raw, gboolean drop_number_lines)
{
  /* ำ and ํา are one text (NFKC); a hyphen at a line's end is dropped by pdftotext */
  g_autofree char *text = g_utf8_normalize (raw, -1, G_NORMALIZE_NFKC);
  g_auto (GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *arabic = sj_arabic_digits (lines[i]);
      gboolean digits_only = TRUE, any = FALSE;
      for (const char *p = arabic; *p; p = g_utf8_next_char (p))
        {
          gunichar ch = g_utf8_get_char (p);
          if (g_unichar_isspace (ch) || ch == 0x200B || ch == 0x00A0 || ch == '\f')
            continue;
          any = TRUE;
          if (!g_ascii_isdigit (ch))
            digits_only = FALSE;
        }
      if (drop_number_lines && any && digits_only)
        continue;
      for (const char *p = arabic; *p; p = g_utf8_next_char (p))
        {
          gunichar ch = g_utf8_get_char (p);
          if (!(g_unichar_isspace (ch) || ch == 0x200B || ch == 0x00A0 || ch == '\f' || ch == '-'))
            g_string_append_unichar (s, ch);
        }
    }
  return g_string_free (s, FALSE);
}

static gboolean
has_thai (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x0E01 && g_utf8_get_char (p) <= 0x0E5B)
      return TRUE;
  return FALSE;
}

/* Whether @text holds a character of a script the book has no face for (OCR leftovers the
 * checker reports: foreign-script). */
static gboolean
has_other_script (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));
      if (script != G_UNICODE_SCRIPT_COMMON && script != G_UNICODE_SCRIPT_INHERITED
          && script != G_UNICODE_SCRIPT_THAI && script != G_UNICODE_SCRIPT_LATIN)
        return TRUE;
    }
  return FALSE;
}

static void
collect_paragraph (const char *text, gpointer data)
{
  /* Facts are printed as their values, and OCR leftovers of other scripts are the checker's
   * business: paragraphs with either are left out */
  if (strstr (text, "\xef\xbf\xbc") == NULL && has_thai (text) && !has_other_script (text))
    g_ptr_array_add (data, g_strdup (text));
}

/* The paragraphs and list items of @blocks; those of tables are left out (a reader reads a table
 * across its columns). */
static void
collect_blocks (GPtrArray *blocks, GPtrArray *out)
{
  for (guint i = 0; blocks && i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      if (b->kind == SJ_BLOCK_PARAGRAPH)
        {
          g_autoptr (GString) text = g_string_new (NULL);
          for (guint r = 0; r < b->runs->len; r++)
            {
              SjRun *run = &g_array_index (b->runs, SjRun, r);
              g_string_append (text, run->fact ? "\xef\xbf\xbc" : (run->text ? run->text : ""));
            }
          collect_paragraph (text->str, out);
        }
      else if (b->kind == SJ_BLOCK_LIST)
        for (guint j = 0; j < b->items->len; j++)
          collect_blocks (((SjItem *) g_ptr_array_index (b->items, j))->blocks, out);
    }
}

/* The paragraphs of the plan's prose that the book prints as typed: the forms of Part 3 and the
 * sections of Part 1. */
static GPtrArray *
printed_paragraphs (SjPlan *plan)
{
  static const char *const plan_props[] = { "rationale", "objectives", "benefits" };
  static const char *const form_props[] = { "rationale", "objectives", "target-group", "method",
                                            "outputs", "outcomes" };
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SjSummary) s = sj_summary_new (plan);

  for (guint i = 0; i < G_N_ELEMENTS (plan_props); i++)
    {
      g_autoptr (SjRich) rich = NULL;
      g_object_get (plan, plan_props[i], &rich, NULL);
      if (rich)
        collect_blocks (sj_rich_get_blocks (rich), out);
    }
  for (guint i = 0; i < sj_summary_get_n_projects (s); i++)
    for (guint k = 0; k < G_N_ELEMENTS (form_props); k++)
      {
        g_autoptr (SjRich) rich = NULL;
        g_object_get (sj_summary_get_project (s, i), form_props[k], &rich, NULL);
        if (rich)
          collect_blocks (sj_rich_get_blocks (rich), out);
      }
  return out;
}

static char *
run_extractor (const char *command)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (!g_spawn_command_line_sync (command, &out, &err, &status, &error))
    g_error ("%s: %s", command, error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* The share of the words of @paragraphs (as spaced in them) found in @extracted. */
static double
words_found (GPtrArray *paragraphs, const char *extracted, guint *n_words)
{
  g_autofree char *all = comparable (extracted, TRUE);
  guint n = 0, found = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      g_auto (GStrv) words = g_strsplit_set (g_ptr_array_index (paragraphs, i), " \t\n", -1);
      for (guint w = 0; words[w]; w++)
        {
          g_autofree char *c = NULL;
          if (!has_thai (words[w]))
            continue;
          c = comparable (words[w], FALSE);
          n++;
          found += strstr (all, c) != NULL;
        }
    }
  *n_words = n;
  return n ? (double) found / n : 1.0;
}

static void
test_text_extraction (gconstpointer data)
{
  const Example *e = data;
  g_autoptr (SjPlan) plan = NULL;
  SjBook *book = cached_book (e->file, &plan);
  g_autofree char *dir = g_dir_make_tmp ("sujarit-text-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "book.pdf", NULL);
  g_autofree char *poppler_cmd = g_strdup_printf ("pdftotext -enc UTF-8 '%s' -", pdf);
  g_autofree char *mupdf_cmd = g_strdup_printf ("mutool draw -q -F txt -o - '%s'", pdf);
  g_autofree char *poppler = NULL;
  g_autofree char *mupdf = NULL;
  g_autofree char *flat = NULL;
  g_autoptr (GPtrArray) paragraphs = printed_paragraphs (plan);
  g_autoptr (GError) error = NULL;
  guint missing = 0, n_words = 0;
  double share;

  g_assert_true (sj_book_export_pdf (book, pdf, &error));
  poppler = run_extractor (poppler_cmd);
  flat = comparable (poppler, TRUE);
  /* Every paragraph, verbatim but for white space, in poppler's text */
  for (guint i = 0; i < paragraphs->len; i++)
    {
      g_autofree char *c = comparable (g_ptr_array_index (paragraphs, i), FALSE);
      if (strstr (flat, c) == NULL)
        {
          if (missing++ < 8)
            {
              /* Where it stops matching */
              glong n = g_utf8_strlen (c, -1), lo = 0, hi = n;
              while (lo < hi)
                {
                  glong mid = (lo + hi + 1) / 2;
                  g_autofree char *head = g_utf8_substring (c, 0, mid);
                  if (strstr (flat, head))
                    lo = mid;
                  else
                    hi = mid - 1;
                }
              {
                g_autofree char *ok = g_utf8_substring (c, MAX (0, lo - 15), lo);
                g_autofree char *bad = g_utf8_substring (c, lo, MIN (n, lo + 15));
                g_test_message ("not found as typed, from: …%s|%s…", ok, bad);
              }
            }
        }
    }
  g_test_message ("%s: %u paragraphs, %u not found verbatim by pdftotext", e->file,
                  paragraphs->len, missing);
  g_assert_cmpuint (paragraphs->len, >, 50);
  g_assert_cmpuint (missing, ==, 0);
  /* MuPDF: at least 99 % of the Thai words */
  mupdf = run_extractor (mupdf_cmd);
  share = words_found (paragraphs, mupdf, &n_words);
  g_test_message ("%s: MuPDF finds %.2f %% of %u Thai words", e->file, share * 100, n_words);
  g_assert_cmpfloat (share, >=, 0.99);
  /* pdfminer.six, for the record (slow: on the smallest book) */
  g_autofree char *pdf2txt = g_find_program_in_path ("pdf2txt");
  if (g_str_has_prefix (e->file, "kalasin") && pdf2txt != NULL)
    {
      g_autofree char *cmd = g_strdup_printf ("pdf2txt '%s'", pdf);
      g_autofree char *miner = run_extractor (cmd);
      share = words_found (paragraphs, miner, &n_words);
      g_test_message ("%s: pdfminer.six finds %.2f %% of %u Thai words", e->file, share * 100,
                      n_words);
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

/* A valid PDF: qpdf finds nothing wrong, and every row of the contents leads to its page (read
 * back with pdfminer.six). */
static void
test_pdf_valid_and_links (gconstpointer data)
{
  const Example *e = data;
  g_autoptr (SjPlan) plan = NULL;
  SjBook *book = cached_book (e->file, &plan);
  g_autofree char *dir = g_dir_make_tmp ("sujarit-qpdf-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "book.pdf", NULL);
  g_autofree char *qpdf = g_strdup_printf ("qpdf --check '%s'", pdf);
  g_autofree char *tool = sj_test_data_path ("..", "tools", "pdf-links.py", NULL);
  g_autofree char *links_cmd = g_strdup_printf ("/usr/bin/python3 '%s' '%s'", tool, pdf);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *outline = sj_book_get_outline (book);
  g_auto (GStrv) lines = NULL;
  guint n = 0;
  int status;

  g_assert_true (sj_book_export_pdf (book, pdf, &error));
  g_assert_true (g_spawn_command_line_sync (qpdf, &out, &err, &status, NULL));
  g_test_message ("%s", out);
  g_assert_true (g_spawn_check_wait_status (status, NULL)); /* exit 0: no error, no warning */
  g_assert_nonnull (strstr (out, "No syntax or stream encoding errors found"));
  g_assert_null (strstr (err, "WARNING"));

  for (guint i = 0; i < outline->len; i++)
    {
      SjOutlineEntry *entry = g_ptr_array_index (outline, i);
      if (entry->in_contents)
        g_ptr_array_add (expected, g_strdup_printf ("%u", entry->page + 1));
    }
  g_clear_pointer (&out, g_free);
  g_assert_true (g_spawn_command_line_sync (links_cmd, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (g_strstrip (out), "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], " ", 2);
      g_assert_cmpuint (g_strv_length (f), ==, 2);
      g_assert_cmpuint (n, <, expected->len);
      g_assert_cmpstr (f[1], ==, g_ptr_array_index (expected, n));
      n++;
    }
  g_test_message ("%s: %u links from the contents, each to its page", e->file, n);
  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpuint (n, >, 5);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* Column widths a file may give (all zero, zero beside others, tiny, none) share the width of
 * the text without dividing by zero, and every cell stays on the page. */
static void
test_table_widths (void)
{
  static const struct
  {
    guint n;
    double rel[4];
    guint n_rel;
  } cases[] = {
    { 3, { 0, 0, 0 }, 3 },
    { 2, { 0, 1 }, 2 },
    { 3, { 1e-9, 1, 1 }, 3 },
    { 3, { -5, 2, 2 }, 3 },
    { 4, { 0 }, 0 },
    { 2, { 1000, 1e-300 }, 2 },
  };
  static const char *const widths_attr[] = { "0 0 0", "0 1", "0.000001 1 1000" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GArray) rel = g_array_new (FALSE, FALSE, sizeof (double));
      double out[4], sum = 0;
      g_array_append_vals (rel, cases[i].rel, cases[i].n_rel);
      sj_table_distribute_widths (rel, cases[i].n, 400.0, out);
      for (guint c = 0; c < cases[i].n; c++)
        {
          g_assert_true (isfinite (out[c]));
          g_assert_cmpfloat (out[c], >=, 18.0 - 1e-9);
          sum += out[c];
        }
      g_assert_cmpfloat (fabs (sum - 400.0), <, 1e-6);
    }

  for (guint i = 0; i < G_N_ELEMENTS (widths_attr); i++)
    {
      g_autofree char *xml = g_strdup_printf (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<plan xmlns=\"urn:x-sujarit:plan:1\" version=\"1\"><settings/><organisation/>"
        "<frame><dimension><name>มิติ</name><mission><name>ภารกิจ</name>"
        "<project id=\"p1\"><title>โครงการ</title><rationale>"
        "<table widths=\"%s\"><row><cell><p>หนึ่ง</p></cell><cell><p>สอง</p></cell>"
        "<cell><p>สาม สาม สาม สาม</p></cell></row></table></rationale></project>"
        "</mission></dimension></frame></plan>",
        widths_attr[i]);
      g_autoptr (GBytes) bytes = g_bytes_new (xml, strlen (xml));
      g_autoptr (GError) error = NULL;
      g_autoptr (SjPlan) plan = sj_plan_file_load_bytes (bytes, "widths.sujarit", &error);
      SjBookOptions options = { "part3", 0 };
      g_autoptr (SjBook) book = NULL;
      guint n_text = 0;

      g_assert_no_error (error);
      book = sj_book_new (plan, &options, &error);
      g_assert_no_error (error);
      for (guint p = 0; p < sj_book_get_n_pages (book); p++)
        {
          SjPage *page = sj_book_get_page (book, p);
          for (guint k = 0; k < page->items->len; k++)
            {
              SjPageItem *item = g_ptr_array_index (page->items, k);
              int w = 0;
              if (item->kind != SJ_PAGE_TEXT)
                continue;
              pango_layout_get_size (item->layout, &w, NULL);
              g_assert_true (isfinite (item->x));
              g_assert_cmpfloat (item->x, >=, 0);
              g_assert_cmpfloat (item->x + w / (double) PANGO_SCALE, <=, page->width);
              n_text++;
            }
        }
      g_assert_cmpuint (n_text, >, 3);
    }
}

static char *
without_zwsp (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, "\xe2\x80\x8b", -1);
  return g_strjoinv ("", parts);
}

/* Text without break opportunities gets a zero-width space every 100 characters (Pango wraps it
 * in quadratic time otherwise; see bench/bench-unbroken.c); real Thai prose, whose words libthai
 * breaks, is left exactly as it is, and bold or other runs keep covering their own words. */
static void
test_unbreakable_text (void)
{
  SjTypesetter *ts = sj_typesetter_new ("TH Sarabun New", 16.0);
  SjStyle style = { 0 };
  g_autoptr (GString) thai = g_string_new (NULL);
  g_autoptr (GString) digits = g_string_new (NULL);
  g_autoptr (PangoLayout) a = NULL;
  g_autoptr (PangoLayout) b = NULL;
  g_autoptr (PangoLayout) c = NULL;
  g_autofree char *restored = NULL;
  SjRich *rich;
  SjBlock *p;
  const char *t, *prev;
  guint n_breaks = 0;

  while (g_utf8_strlen (thai->str, -1) < 600)
    g_string_append (thai, "การส่งเสริมคุณธรรมและความโปร่งใสในการปฏิบัติราชการ");
  a = sj_typeset_text (ts, thai->str, &style, 400);
  g_assert_cmpstr (pango_layout_get_text (a), ==, thai->str);

  for (guint i = 0; i < 5000; i++)
    g_string_append_c (digits, '0' + i % 10);
  b = sj_typeset_text (ts, digits->str, &style, 100);
  t = pango_layout_get_text (b);
  restored = without_zwsp (t);
  g_assert_cmpstr (restored, ==, digits->str);
  for (prev = t; (t = strstr (prev, "\xe2\x80\x8b")) != NULL; prev = t + 3)
    {
      g_assert_cmpint (g_utf8_strlen (prev, t - prev), <=, 100);
      n_breaks++;
    }
  g_assert_cmpuint (n_breaks, >=, 49);

  /* A bold word after a long run of digits keeps its attribute on its own letters. */
  rich = sj_rich_new ();
  p = sj_block_new_paragraph ();
  sj_block_add_run (p, digits->str, 0, NULL);
  sj_block_add_run (p, "ตัวหนา", SJ_RUN_BOLD, NULL);
  g_ptr_array_add (sj_rich_get_blocks (rich), p);
  c = sj_typeset_runs (ts, p, &style, 100, FALSE, NULL, NULL);
  {
    const char *text = pango_layout_get_text (c);
    PangoAttrIterator *iter = pango_attr_list_get_iterator (pango_layout_get_attributes (c));
    gboolean found = FALSE;
    do
      {
        int start, end;
        pango_attr_iterator_range (iter, &start, &end);
        if (pango_attr_iterator_get (iter, PANGO_ATTR_WEIGHT) != NULL)
          {
            g_autofree char *bold = g_strndup (text + start, MIN (end, (int) strlen (text)) - start);
            g_assert_cmpstr (bold, ==, "ตัวหนา");
            found = TRUE;
          }
      }
    while (pango_attr_iterator_next (iter));
    pango_attr_iterator_destroy (iter);
    g_assert_true (found);
  }
  sj_rich_unref (rich);
  sj_typesetter_free (ts);
}

/* The PDF ------------------------------------------------------------------------------------- */

static char *
export (const char *file, SjPlan **plan_out)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-render-XXXXXX", NULL);
  g_autofree char *base = g_strdup (file);
  char *path;
  SjBook *book = cached_book (file, plan_out);
  g_autoptr (GError) error = NULL;

  *strrchr (base, '.') = '\0';
  path = g_strdup_printf ("%s/%s.pdf", dir, base);
  g_assert_true (sj_book_export_pdf (book, path, &error));
  g_assert_no_error (error);
  return path;
}

static char *
run (const char *const *argv)
{
  char *out = NULL;
  int status = 0;
  g_autoptr (GError) error = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Text for comparing with what pdftotext gives: without white space (it puts spaces inside Thai
 * words) and without Thai marks written above and below letters (it may put a tone mark after
 * the next letter: ขึ้น comes out as ขึน้), nor hyphens (it joins "E-" and "Service" across a
 * line break). The letters themselves must all be there, in order. */
static char *
squeeze (const char *text)
{
  GString *s = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || g_unichar_ismark (c) || c == '-')
        continue;
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static char *
pdf_text (const char *pdf, guint first, guint last)
{
  g_autofree char *f = g_strdup_printf ("%u", first + 1);
  g_autofree char *l = g_strdup_printf ("%u", last + 1);
  const char *argv[] = { "pdftotext", "-f", f, "-l", l, pdf, "-", NULL };
  g_autofree char *text = run (argv);
  return squeeze (text);
}

static void
cleanup_pdf (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_unlink (path);
  g_rmdir (dir);
}

/* The text of the project column of the Part 2 pages: pdftotext reads a table row by row across
 * the columns, so each page is cropped to the column first. */
static char *
part2_project_column (SjBook *book, const char *pdf, guint first, guint last)
{
  GString *all = g_string_new (NULL);

  for (guint p = first; p <= last; p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          if (item->kind == SJ_PAGE_TEXT && g_strcmp0 (item->role, "p2-project") == 0)
            {
              g_autofree char *pg = g_strdup_printf ("%u", p + 1);
              g_autofree char *x = g_strdup_printf ("%d", (int) item->x - 4);
              /* the column is as wide as the layouts' wrapping width */
              g_autofree char *w = g_strdup_printf (
                "%d", pango_layout_get_width (item->layout) / PANGO_SCALE + 8);
              g_autofree char *h = g_strdup_printf ("%d", (int) page->height);
              const char *argv[] = { "pdftotext", "-f", pg, "-l", pg, "-x", x, "-y", "0",
                                     "-W", w, "-H", h, pdf, "-", NULL };
              g_autofree char *text = run (argv);
              g_autofree char *squeezed = squeeze (text);
              g_string_append (all, squeezed);
              break;
            }
        }
    }
  return g_string_free (all, FALSE);
}

/* Every project title is printed in Part 2 and in Part 3. */
static void
test_pdf_titles (gconstpointer data)
{
  const Example *e = data;
  g_autoptr (SjPlan) plan = NULL;
  g_autofree char *pdf = export (e->file, &plan);
  SjBook *book = cached_book (e->file, NULL);
  g_autoptr (SjSummary) s = sj_summary_new (plan);
  SjSettings *settings = sj_plan_get_settings (plan);
  guint f2, l2, f3, l3;
  g_autofree char *part2 = NULL;
  g_autofree char *part3 = NULL;

  g_assert_true (sj_book_get_part_pages (book, SJ_PART_PART2, &f2, &l2));
  g_assert_true (sj_book_get_part_pages (book, SJ_PART_PART3, &f3, &l3));
  part2 = part2_project_column (book, pdf, f2, l2);
  part3 = pdf_text (pdf, f3, l3);
  for (guint i = 0; i < sj_summary_get_n_projects (s); i++)
    {
      SjProject *p = sj_summary_get_project (s, i);
      g_autofree char *t2 = sj_thai_digits_if (sj_project_get_title (p),
                                               sj_settings_get_digits_tables (settings)
                                                 == SJ_DIGITS_THAI);
      g_autofree char *t3 = sj_thai_digits_if (sj_project_get_title (p),
                                               sj_settings_get_digits_body (settings)
                                                 == SJ_DIGITS_THAI);
      g_autofree char *s2 = squeeze (t2);
      g_autofree char *s3 = squeeze (t3);
      if (strstr (part2, s2) == NULL || strstr (part3, s3) == NULL)
        g_test_message ("not found: %s", s2);
      g_assert_nonnull (strstr (part2, s2));
      g_assert_nonnull (strstr (part3, s3));
    }
  cleanup_pdf (pdf);
}

static void
test_pdf_fonts_and_metadata (void)
{
  g_autofree char *pdf = export ("nakhonsi-2566.sujarit", NULL);
  const char *fonts_argv[] = { "pdffonts", pdf, NULL };
  const char *info_argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *fonts = run (fonts_argv);
  g_autofree char *info = run (info_argv);
  g_auto (GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n = 0;

  /* name type encoding emb sub uni object ID: every font embedded and subset */
  for (guint i = 2; lines[i]; i++)
    {
      g_auto (GStrv) cols = NULL;
      guint k;
      if (*lines[i] == '\0')
        continue;
      cols = g_strsplit_set (lines[i], " ", -1);
      k = g_strv_length (cols);
      /* the three columns before "object ID" (two numbers) */
      for (guint c = 0; c < k; c++)
        if (g_str_equal (cols[c], "yes") || g_str_equal (cols[c], "no"))
          {
            g_assert_cmpstr (cols[c], ==, "yes");     /* emb */
            g_assert_cmpstr (cols[c + 1], ==, "yes"); /* sub */
            break;
          }
      n++;
    }
  g_assert_cmpuint (n, >=, 2);
  g_assert_nonnull (strstr (info, "Author:          เทศบาลนครนครศรีธรรมราช"));
  g_assert_nonnull (strstr (info, "Title:           แผนปฏิบัติการป้องกันการทุจริต"));
  g_assert_nonnull (strstr (info, "Subject:"));
  g_assert_nonnull (strstr (info, "CreationDate:"));
  g_assert_nonnull (strstr (info, "Pages:           127"));
  cleanup_pdf (pdf);
}

static void
test_pdf_no_partial_file (void)
{
  g_autoptr (SjBook) book = make_book ("kalasin-2566.sujarit", NULL);
  g_autoptr (GError) error = NULL;
  const char *path = "/nonexistent-folder/plan.pdf";

  g_assert_false (sj_book_export_pdf (book, path, &error));
  g_assert_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Pixels: a few pages against reference images, so layout regressions show. ------------------ */

#define PIXEL_DPI 40.0

static cairo_surface_t *
render_page (SjBook *book, guint index)
{
  SjPage *page = sj_book_get_page (book, index);
  double scale = PIXEL_DPI / 72.0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) ceil (page->width * scale),
                                                         (int) ceil (page->height * scale));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  sj_book_draw_page (book, index, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The mean difference per channel (0–255) between two images of the same size, or -1. */
static double
image_difference (cairo_surface_t *a, cairo_surface_t *b)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  double sum = 0;

  if (w != cairo_image_surface_get_width (b) || h != cairo_image_surface_get_height (b))
    return -1;
  for (int y = 0; y < h; y++)
    {
      const guint32 *ra = (const guint32 *) (cairo_image_surface_get_data (a)
                                             + y * cairo_image_surface_get_stride (a));
      const guint32 *rb = (const guint32 *) (cairo_image_surface_get_data (b)
                                             + y * cairo_image_surface_get_stride (b));
      for (int x = 0; x < w; x++)
        for (int c = 0; c < 24; c += 8)
          sum += abs ((int) ((ra[x] >> c) & 0xff) - (int) ((rb[x] >> c) & 0xff));
    }
  return sum / (w * h * 3.0);
}

typedef struct
{
  const char *file;
  SjPart part;
  guint offset; /* the page within the part */
  const char *reference;
} PixelCase;

static const PixelCase pixel_cases[] = {
  { "khonkaen-2566.sujarit", SJ_PART_COVER, 0, "khonkaen-cover.png" },
  { "khonkaen-2566.sujarit", SJ_PART_PART2, 0, "khonkaen-part2.png" },
  { "kalasin-2566.sujarit", SJ_PART_PART3, 1, "kalasin-part3.png" },
  { "khonkaen-2566.sujarit", SJ_PART_PART1, 4, "khonkaen-swot-chart.png" },
  { "kalasin-2566.sujarit", SJ_PART_PART2, 6, "kalasin-budget-chart.png" },
};

static void
test_pixels (gconstpointer data)
{
  const PixelCase *pc = data;
  SjBook *book = cached_book (pc->file, NULL);
  g_autofree char *ref_path = sj_test_data_path ("data", "render", pc->reference, NULL);
  cairo_surface_t *got;
  cairo_surface_t *want;
  guint first;
  double diff;

  g_assert_true (sj_book_get_part_pages (book, pc->part, &first, NULL));
  got = render_page (book, first + pc->offset);
  if (g_getenv ("SUJARIT_UPDATE_REFERENCES"))
    {
      g_assert_cmpint (cairo_surface_write_to_png (got, ref_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", ref_path);
    }
  want = cairo_image_surface_create_from_png (ref_path);
  g_assert_cmpint (cairo_surface_status (want), ==, CAIRO_STATUS_SUCCESS);
  {
    /* Compare in the same pixel format. */
    cairo_surface_t *conv = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                        cairo_image_surface_get_width (want),
                                                        cairo_image_surface_get_height (want));
    cairo_t *cr = cairo_create (conv);
    cairo_set_source_surface (cr, want, 0, 0);
    cairo_paint (cr);
    cairo_destroy (cr);
    cairo_surface_destroy (want);
    want = conv;
  }
  diff = image_difference (got, want);
  g_test_message ("%s: mean difference %.3f", pc->reference, diff);
  if (diff < 0 || diff > 1.5)
    {
      g_autofree char *out = g_build_filename (g_get_tmp_dir (), pc->reference, NULL);
      cairo_surface_write_to_png (got, out);
      g_test_message ("the page now looks like %s", out);
    }
  g_assert_cmpfloat (diff, >=, 0);
  g_assert_cmpfloat (diff, <=, 1.5);
  cairo_surface_destroy (got);
  cairo_surface_destroy (want);
}

/* A plan with likelihood and impact set gets the 5 × 5 risk matrix; Part 2 can show a column
 * with the whole period. Neither occurs in the examples. */
static SjPlan *
make_matrix_plan (void)
{
  SjPlan *plan = sj_test_make_clean_plan ();
  static const guint li[][2] = { { 5, 4 }, { 2, 2 }, { 4, 5 }, { 3, 3 }, { 1, 5 }, { 3, 3 } };

  sj_settings_set_total_column (sj_plan_get_settings (plan), TRUE);
  for (guint s = 0; s < 2; s++)
    {
      g_autoptr (SjRiskStep) step = sj_risk_step_new ();
      sj_risk_step_set_name (step, s == 0 ? "การจัดซื้อจัดจ้าง" : "การให้บริการประชาชน");
      for (guint i = 0; i < 3; i++)
        {
          g_autoptr (SjRiskItem) r = sj_risk_item_new ();
          sj_risk_item_set_text (r, "ความเสี่ยงตัวอย่าง");
          sj_risk_item_set_likelihood (r, li[s * 3 + i][0]);
          sj_risk_item_set_impact (r, li[s * 3 + i][1]);
          sj_risk_item_set_level (r, SJ_RISK_LEVEL_HIGH);
          sj_risk_step_append_risk (step, r);
        }
      sj_plan_append_risk_step (plan, step);
    }
  return plan;
}

static void
compare_with_reference (cairo_surface_t *got, const char *reference)
{
  g_autofree char *ref_path = sj_test_data_path ("data", "render", reference, NULL);
  cairo_surface_t *want;
  cairo_surface_t *conv;
  cairo_t *cr;
  double diff;

  if (g_getenv ("SUJARIT_UPDATE_REFERENCES"))
    g_assert_cmpint (cairo_surface_write_to_png (got, ref_path), ==, CAIRO_STATUS_SUCCESS);
  want = cairo_image_surface_create_from_png (ref_path);
  g_assert_cmpint (cairo_surface_status (want), ==, CAIRO_STATUS_SUCCESS);
  conv = cairo_image_surface_create (CAIRO_FORMAT_RGB24, cairo_image_surface_get_width (want),
                                     cairo_image_surface_get_height (want));
  cr = cairo_create (conv);
  cairo_set_source_surface (cr, want, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  diff = image_difference (got, conv);
  g_test_message ("%s: mean difference %.3f", reference, diff);
  if (diff < 0 || diff > 1.5)
    {
      g_autofree char *out = g_build_filename (g_get_tmp_dir (), reference, NULL);
      cairo_surface_write_to_png (got, out);
      g_test_message ("the page now looks like %s", out);
    }
  g_assert_cmpfloat (diff, >=, 0);
  g_assert_cmpfloat (diff, <=, 1.5);
  cairo_surface_destroy (want);
  cairo_surface_destroy (conv);
}

static void
test_risk_matrix_and_total_column (void)
{
  g_autoptr (SjPlan) plan = make_matrix_plan ();
  SjBookOptions options = { "part1 part2", -1 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) book = sj_book_new (plan, &options, &error);
  guint chart_page = G_MAXUINT, first2;
  cairo_surface_t *page;
  g_autofree char *total = NULL;

  g_assert_no_error (error);
  for (guint p = 0; p < sj_book_get_n_pages (book) && chart_page == G_MAXUINT; p++)
    {
      g_autofree char *title = sj_book_get_page_text (book, p, "chart-title");
      if (strstr (title, "โอกาส × ผลกระทบ"))
        chart_page = p;
    }
  g_assert_cmpuint (chart_page, !=, G_MAXUINT);
  page = render_page (book, chart_page);
  compare_with_reference (page, "synthetic-risk-matrix.png");
  cairo_surface_destroy (page);

  /* The whole-period column: 5 years × 50,000 */
  g_assert_true (sj_book_get_part_pages (book, SJ_PART_PART2, &first2, NULL));
  total = find_role_text (book, first2, sj_book_get_n_pages (book) - 1, "p2-total-5");
  g_assert_cmpstr (total, ==, "250,000");
}

static cairo_status_t
append_png (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The emblem held in the plan is printed on the cover; a damaged one is left out, not fatal. */
static void
test_cover_emblem (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  SjBookOptions options = { "cover", -1 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) book = NULL;
  g_autoptr (SjBook) damaged = NULL;
  g_autoptr (GByteArray) png = g_byte_array_new ();
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GBytes) junk = g_bytes_new_static ("not a png", 9);
  cairo_surface_t *img = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 80);
  cairo_t *cr = cairo_create (img);
  guint images = 0;
  SjPage *page;

  cairo_set_source_rgb (cr, 0.8, 0.6, 0.1);
  cairo_arc (cr, 32, 40, 30, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (img, append_png, png);
  cairo_surface_destroy (img);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));
  sj_organisation_set_emblem (sj_plan_get_organisation (plan), bytes);
  book = sj_book_new (plan, &options, &error);
  g_assert_no_error (error);
  page = sj_book_get_page (book, 0);
  for (guint i = 0; i < page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (page->items, i);
      if (item->kind == SJ_PAGE_IMAGE)
        {
          images++;
          g_assert_cmpfloat_with_epsilon (item->h / item->w, 80.0 / 64.0, 1e-9); /* kept */
        }
    }
  g_assert_cmpuint (images, ==, 1);

  sj_organisation_set_emblem (sj_plan_get_organisation (plan), junk);
  damaged = sj_book_new (plan, &options, &error);
  g_assert_nonnull (damaged);
  page = sj_book_get_page (damaged, 0);
  for (guint i = 0; i < page->items->len; i++)
    g_assert_cmpint (((SjPageItem *) g_ptr_array_index (page->items, i))->kind, !=, SJ_PAGE_IMAGE);
}

/* A project without a budget prints ไม่ใช้งบประมาณ once across its years in Part 2, unless the
 * plan prints it as zeros (Kalasin's original does). */
static void
test_no_budget_phrase (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("khonkaen-2566.sujarit");
  SjBookOptions options = { "part2", -1 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) phrase = sj_book_new (plan, &options, &error);
  g_autoptr (SjBook) zeros = NULL;
  guint n_phrase = 0, n_zero = 0, no_budget = 0;

  g_assert_no_error (error);
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    for (guint m = 0; m < sj_dimension_get_n_missions (sj_plan_get_dimension_at (plan, d)); m++)
      {
        SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, d), m);
        for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
          {
            SjProject *project = sj_mission_get_project_at (mission, p);
            gboolean any = FALSE;
            for (guint y = 2566; y <= 2570; y++)
              any = any || sj_project_get_amount (project, y) != SJ_MONEY_NONE;
            no_budget += !any;
          }
      }
  g_assert_cmpuint (no_budget, >, 0);
  for (guint i = 0; i < sj_book_get_n_pages (phrase); i++)
    {
      g_autofree char *text = sj_book_get_page_text (phrase, i, "p2-no-budget");
      for (const char *t = strstr (text, "ไม่ใช้งบประมาณ"); t; t = strstr (t + 1, "ไม่ใช้งบประมาณ"))
        n_phrase++;
    }
  /* Once per project without a budget (a row split over two pages prints it once) */
  g_assert_cmpuint (n_phrase, ==, no_budget);

  sj_settings_set_no_budget (sj_plan_get_settings (plan), SJ_NO_BUDGET_ZERO);
  zeros = sj_book_new (plan, &options, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sj_book_get_n_pages (zeros); i++)
    {
      g_autofree char *text = sj_book_get_page_text (zeros, i, "p2-no-budget");
      n_zero += *text != '\0';
    }
  g_assert_cmpuint (n_zero, ==, 0);
}

/* The Garuda heads the ประกาศ and each คำสั่ง: centred, 3 cm high, above the heading; a plan
 * without one prints none. */
static void
test_garuda (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjBookOptions options = { "appendix", -1 };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjBook) book = NULL;
  g_autoptr (SjBook) without = NULL;
  g_autoptr (GByteArray) png = g_byte_array_new ();
  g_autoptr (GBytes) bytes = NULL;
  cairo_surface_t *img = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 90, 100);
  cairo_t *cr = cairo_create (img);
  guint heads = 0;

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (img, append_png, png);
  cairo_surface_destroy (img);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));

  without = sj_book_new (plan, &options, &error);
  g_assert_no_error (error);
  sj_organisation_set_garuda (sj_plan_get_organisation (plan), bytes);
  sj_organisation_set_garuda_type (sj_plan_get_organisation (plan), "image/png");
  book = sj_book_new (plan, &options, &error);
  g_assert_no_error (error);
  for (guint p = 0; p < sj_book_get_n_pages (book); p++)
    {
      SjPage *page = sj_book_get_page (book, p);
      for (guint i = 0; i < page->items->len; i++)
        {
          SjPageItem *item = g_ptr_array_index (page->items, i);
          if (item->kind != SJ_PAGE_IMAGE)
            continue;
          heads++;
          g_assert_cmpfloat_with_epsilon (item->h, SJ_MM (30), 1e-6);
          g_assert_cmpfloat_with_epsilon (item->w / item->h, 0.9, 1e-9);
          g_assert_cmpfloat_with_epsilon (item->x + item->w / 2, page->width / 2
                                            + (SJ_MM (30) - SJ_MM (20)) / 2, SJ_MM (1));
        }
    }
  /* Kalasin's appendix: its ประกาศ and its one คำสั่ง */
  g_assert_cmpuint (heads, ==, 2);
  for (guint p = 0; p < sj_book_get_n_pages (without); p++)
    {
      SjPage *page = sj_book_get_page (without, p);
      for (guint i = 0; i < page->items->len; i++)
        g_assert_cmpint (((SjPageItem *) g_ptr_array_index (page->items, i))->kind, !=, SJ_PAGE_IMAGE);
    }
}


/* Link targets are named from what they are: the same plan gives the same names, an edit of one
 * project's form leaves every name as it was, and no name is used twice. */
static GPtrArray *
dest_names (SjBook *book)
{
  GPtrArray *outline = sj_book_get_outline (book);
  GPtrArray *names = g_ptr_array_new ();
  for (guint i = 0; i < outline->len; i++)
    g_ptr_array_add (names, ((SjOutlineEntry *) g_ptr_array_index (outline, i))->dest);
  return names;
}

static void
test_stable_dests (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("khonkaen-2566.sujarit");
  g_autoptr (SjPlan) edited = sj_plan_copy (plan);
  g_autoptr (SjBook) a = sj_book_new (plan, NULL, NULL);
  g_autoptr (SjBook) b = NULL;
  g_autoptr (GPtrArray) na = dest_names (a);
  g_autoptr (GPtrArray) nb = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  SjProject *p30 = NULL;
  gboolean found = FALSE;

  {
    g_autoptr (SjSummary) summary = sj_summary_new (edited);
    p30 = sj_summary_get_project (summary, 29);
  }
  {
    g_autoptr (SjRich) longer = sj_test_rich ("ย่อหน้าที่เพิ่มเข้ามาเพื่อให้แบบยาวขึ้น\nอีกย่อหน้าหนึ่ง");
    sj_project_set_rationale (p30, longer);
  }
  b = sj_book_new (edited, NULL, NULL);
  nb = dest_names (b);
  g_assert_cmpuint (na->len, ==, nb->len);
  for (guint i = 0; i < na->len; i++)
    {
      g_assert_cmpstr (na->pdata[i], ==, nb->pdata[i]);
      g_assert_false (g_hash_table_contains (seen, na->pdata[i]));
      g_hash_table_add (seen, na->pdata[i]);
      found |= g_strcmp0 (na->pdata[i], "project-p30") == 0;
    }
  g_assert_true (found);
  g_assert_true (g_hash_table_contains (seen, "part2"));
  g_assert_true (g_hash_table_contains (seen, "dimension-1"));
}

/* Two books give the same pages: the same items, placed alike, showing the same lines of the
 * same texts for the same objects; the same outline. */
static void
assert_same_books (SjBook *a, SjBook *b, const char *what)
{
  GPtrArray *oa = sj_book_get_outline (a), *ob = sj_book_get_outline (b);

  if (sj_book_get_n_pages (a) != sj_book_get_n_pages (b))
    g_error ("%s: %u pages laid out again, %u fresh", what, sj_book_get_n_pages (a),
             sj_book_get_n_pages (b));
  for (guint p = 0; p < sj_book_get_n_pages (a); p++)
    {
      SjPage *pa = sj_book_get_page (a, p), *pb = sj_book_get_page (b, p);
      g_autofree char *ta = sj_book_get_page_text (a, p, NULL);
      g_autofree char *tb = sj_book_get_page_text (b, p, NULL);

      if (g_strcmp0 (ta, tb) != 0)
        g_error ("%s: page %u differs:\n%s\n--- fresh:\n%s", what, p, ta, tb);
      g_assert_cmpuint (pa->items->len, ==, pb->items->len);
      g_assert_cmpint (pa->part, ==, pb->part);
      g_assert_cmpstr (pa->label, ==, pb->label);
      g_assert_cmpint (pa->landscape, ==, pb->landscape);
      for (guint i = 0; i < pa->items->len; i++)
        {
          SjPageItem *x = g_ptr_array_index (pa->items, i), *y = g_ptr_array_index (pb->items, i);
          g_assert_cmpint (x->kind, ==, y->kind);
          g_assert_cmpfloat_with_epsilon (x->x, y->x, 1e-6);
          g_assert_cmpfloat_with_epsilon (x->y, y->y, 1e-6);
          g_assert_cmpfloat_with_epsilon (x->w, y->w, 1e-6);
          g_assert_cmpfloat_with_epsilon (x->h, y->h, 1e-6);
          g_assert_cmpstr (x->role, ==, y->role);
          g_assert_cmpstr (x->name, ==, y->name);
          g_assert_true (x->source == y->source); /* interned */
          g_assert_cmpint (x->first_line, ==, y->first_line);
          g_assert_cmpint (x->n_lines, ==, y->n_lines);
        }
    }
  g_assert_cmpuint (oa->len, ==, ob->len);
  for (guint i = 0; i < oa->len; i++)
    {
      SjOutlineEntry *x = g_ptr_array_index (oa, i), *y = g_ptr_array_index (ob, i);
      g_assert_cmpstr (x->title, ==, y->title);
      g_assert_cmpstr (x->dest, ==, y->dest);
      g_assert_cmpuint (x->page, ==, y->page);
      g_assert_cmpuint (x->last_page, ==, y->last_page);
      g_assert_cmpuint (x->level, ==, y->level);
    }
}

typedef void (*EditFunc) (SjPlan *plan, SjSummary *summary);

static void
edit_budget (SjPlan *plan, SjSummary *summary)
{
  SjProject *p = sj_summary_get_project (summary, 0);
  sj_project_year_set_amount (sj_project_get_year_at (p, 0), sj_money_from_baht (123456));
}

static void
edit_form (SjPlan *plan, SjSummary *summary)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (SjRich) rich = NULL;
  for (int i = 0; i < 30; i++)
    g_string_append (text, "ข้อความที่เพิ่มเข้ามาเพื่อให้แบบของโครงการนี้ยาวขึ้นอีกหนึ่งหน้า ");
  rich = sj_test_rich (text->str);
  sj_project_set_rationale (sj_summary_get_project (summary, 9), rich);
}

static void
edit_title (SjPlan *plan, SjSummary *summary)
{
  sj_project_set_title (sj_summary_get_project (summary, 3), "โครงการที่ชื่อเปลี่ยนไปแล้ว");
}

static void
edit_part1 (SjPlan *plan, SjSummary *summary)
{
  g_autoptr (SjRich) rich = sj_test_rich ("บทนำของการประเมินความเสี่ยงที่เขียนขึ้นใหม่\nอีกย่อหน้าหนึ่ง");
  sj_plan_set_risk_intro (plan, rich);
}

static void
edit_preface (SjPlan *plan, SjSummary *summary)
{
  g_autoptr (SjRich) rich = sj_test_rich ("คำนำที่เขียนขึ้นใหม่");
  sj_plan_set_preface (plan, rich);
}

static void
edit_insert (SjPlan *plan, SjSummary *summary)
{
  SjProject *first = sj_summary_get_project (summary, 0);
  SjMission *mission = SJ_MISSION (sj_model_object_get_parent (SJ_MODEL_OBJECT (first)));
  g_autoptr (SjProject) copy = SJ_PROJECT (sj_model_object_copy (SJ_MODEL_OBJECT (first)));
  sj_project_set_id (copy, "inserted");
  sj_mission_insert_project (mission, 0, copy);
}

static void
edit_remove (SjPlan *plan, SjSummary *summary)
{
  SjProject *p = sj_summary_get_project (summary, 5);
  SjMission *mission = SJ_MISSION (sj_model_object_get_parent (SJ_MODEL_OBJECT (p)));
  sj_mission_remove_project_at (mission, sj_model_object_get_index (SJ_MODEL_OBJECT (p)));
}

static void
edit_slogan (SjPlan *plan, SjSummary *summary)
{
  sj_organisation_set_slogan (sj_plan_get_organisation (plan), "คำขวัญใหม่ของเทศบาล");
}

/* A book laid out again from the previous one after an edit gives the same pages as a fresh
 * layout of the edited plan, and lays out only what the edit changed. */
static void
test_relayout (void)
{
  static const struct
  {
    const char *name;
    EditFunc edit;
    int max_laid_out; /* -1: not counted */
  } edits[] = {
    { "budget", edit_budget, 4 },   /* Part 2, the project's form, what prints the totals */
    { "form", edit_form, 1 },       /* its form alone */
    { "title", edit_title, 3 },     /* Part 2 and its form (and the contents, always) */
    { "part1", edit_part1, 8 },     /* the parts but Part 3 */
    { "preface", edit_preface, 8 },
    { "insert", edit_insert, -1 },  /* the projects after it are numbered anew */
    { "remove", edit_remove, -1 },
    { "slogan", edit_slogan, -1 },  /* the organisation: all of it */
  };
  /* Every edit on Kalasin; on Khon Kaen (a book twice as long) an amount, a form, a title */
  const struct
  {
    const char *file;
    guint n_edits;
  } files[] = { { "kalasin-2566.sujarit", G_N_ELEMENTS (edits) }, { "khonkaen-2566.sujarit", 3 } };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr (SjPlan) plan = sj_test_load_example (files[f].file);
      g_autoptr (SjBook) before = sj_book_new (plan, NULL, NULL);
      guint n_pieces = 0;

      sj_book_get_piece_counts (before, &n_pieces, NULL);
      for (guint e = 0; e < files[f].n_edits; e++)
        {
          g_autoptr (SjPlan) edited = sj_plan_copy (plan);
          g_autoptr (SjSummary) summary = sj_summary_new (edited);
          g_autoptr (SjBook) again = NULL;
          g_autoptr (SjBook) fresh = NULL;
          g_autoptr (SjBook) same = NULL;
          g_autoptr (GError) error = NULL;
          g_autofree char *what = g_strdup_printf ("%s, %s", files[f].file, edits[e].name);
          guint laid_out = 0, reused = 0;

          edits[e].edit (edited, summary);
          again = sj_book_new_from (edited, NULL, before, NULL, &error);
          g_assert_no_error (error);
          fresh = sj_book_new (edited, NULL, NULL);
          assert_same_books (again, fresh, what);
          sj_book_get_piece_counts (again, &laid_out, &reused);
          g_test_message ("%s: %u pieces laid out, %u reused", what, laid_out, reused);
          if (edits[e].max_laid_out >= 0)
            {
              g_assert_cmpuint (laid_out, <=, edits[e].max_laid_out);
              g_assert_cmpuint (laid_out + reused, >=, n_pieces - 1);
            }
          /* And a book made again from that one: nothing changed, nothing laid out. */
          {
            g_autoptr (SjPlan) copy = sj_plan_copy (edited);
            same = sj_book_new_from (copy, NULL, again, NULL, &error);
            g_assert_no_error (error);
            sj_book_get_piece_counts (same, &laid_out, &reused);
            g_assert_cmpuint (laid_out, ==, 0);
            assert_same_books (same, fresh, what);
          }
        }
    }
}

/* A cancelled layout stops, with G_IO_ERROR_CANCELLED; the async layout gives the same book. */
static void
on_book_ready (GObject *source, GAsyncResult *result, gpointer data)
{
  SjBook **out = data;
  g_autoptr (GError) error = NULL;
  *out = sj_book_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_relayout_async_and_cancel (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (SjPlan) edited = sj_plan_copy (plan);
  g_autoptr (SjSummary) summary = sj_summary_new (edited);
  g_autoptr (SjBook) before = sj_book_new (plan, NULL, NULL);
  g_autoptr (SjBook) fresh = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  SjBook *async = NULL;
  SjBook *cancelled;

  edit_budget (edited, summary);
  g_cancellable_cancel (cancellable);
  cancelled = sj_book_new_from (edited, NULL, before, cancellable, &error);
  g_assert_null (cancelled);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  sj_book_new_async (edited, NULL, before, NULL, on_book_ready, &async);
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);
  fresh = sj_book_new (edited, NULL, NULL);
  assert_same_books (async, fresh, "async");
  sj_book_unref (async);
}

typedef struct
{
  guint done, total;
  GCancellable *cancel_at_3;
  gboolean finished;
  GError *error;
} ExportState;

static void
count_pages (guint done, guint total, gpointer data)
{
  ExportState *st = data; /* from the exporting thread */
  g_atomic_int_set (&st->done, done);
  st->total = total;
  if (st->cancel_at_3 && done == 3)
    g_cancellable_cancel (st->cancel_at_3);
}

static void
on_exported (GObject *source, GAsyncResult *result, gpointer data)
{
  ExportState *st = data;
  sj_book_export_pdf_finish (result, &st->error);
  st->finished = TRUE;
}

/* The PDF written to a GFile in a thread, with progress; cancelled, it leaves the file that was
 * there as it was; a folder that does not exist gives a message. */
static void
test_export_to_file_async (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (SjBook) book = sj_book_new (plan, NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("sj-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/plan.pdf");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  ExportState st = { 0 };

  sj_book_export_pdf_async (book, file, count_pages, &st, NULL, on_exported, &st);
  while (!st.finished)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (st.error);
  g_assert_cmpuint (st.done, ==, sj_book_get_n_pages (book));
  g_assert_cmpuint (st.total, ==, sj_book_get_n_pages (book));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strrstr_len (contents + length - 64, 64, "%%EOF"));
  g_clear_pointer (&contents, g_free);

  /* Cancelled after three pages: the complete PDF written before is still there */
  memset (&st, 0, sizeof st);
  st.cancel_at_3 = cancellable;
  sj_book_export_pdf_async (book, file, count_pages, &st, cancellable, on_exported, &st);
  while (!st.finished)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (st.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&st.error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strrstr_len (contents + length - 64, 64, "%%EOF"));

  g_assert_false (sj_book_export_pdf_to_file (book, nowhere, NULL, NULL, NULL, &error));
  g_assert_error (error, SJ_RENDER_ERROR, SJ_RENDER_ERROR_OUTPUT);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder"));

  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n = 0;
    while ((name = g_dir_read_name (d)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1); /* no temporary file left behind */
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *a = g_strdup_printf ("/render/page-count/%s", examples[i].file);
      g_autofree char *b = g_strdup_printf ("/render/part2-headers/%s", examples[i].file);
      g_autofree char *c = g_strdup_printf ("/render/part2-totals/%s", examples[i].file);
      g_autofree char *d = g_strdup_printf ("/render/contents-pages/%s", examples[i].file);
      g_autofree char *e = g_strdup_printf ("/render/pdf-titles/%s", examples[i].file);
      g_autofree char *t = g_strdup_printf ("/render/text-extraction/%s", examples[i].file);
      g_test_add_data_func (t, &examples[i], test_text_extraction);
      {
        g_autofree char *br = g_strdup_printf ("/render/break-rules/%s", examples[i].file);
        g_autofree char *pr = g_strdup_printf ("/render/pagination-rules/%s", examples[i].file);
        g_test_add_data_func (br, &examples[i], test_break_rules);
        g_test_add_data_func (pr, &examples[i], test_pagination_rules);
      }
      g_free (t);
      t = g_strdup_printf ("/render/pdf-valid-and-links/%s", examples[i].file);
      g_test_add_data_func (t, &examples[i], test_pdf_valid_and_links);
      g_test_add_data_func (a, &examples[i], test_page_count);
      g_test_add_data_func (b, &examples[i], test_part2_headers);
      g_test_add_data_func (c, &examples[i], test_part2_totals);
      g_test_add_data_func (d, &examples[i], test_contents_pages);
      g_test_add_data_func (e, &examples[i], test_pdf_titles);
    }
  g_test_add_func ("/render/outline", test_outline);
  g_test_add_func ("/render/unbreakable-spans", test_unbreakable_spans);
  g_test_add_func ("/render/report-data", test_report_data);
  g_test_add_func ("/render/report-book", test_report_book);
  g_test_add_func ("/render/html-progress-and-oit", test_html_progress_and_oit);
  g_test_add_func ("/render/extras-and-baht", test_extras_and_baht);
  g_test_add_func ("/render/letters-as-written", test_letters_as_written);
  g_test_add_func ("/render/continued-label-not-clipped", test_continued_label_not_clipped);
  g_test_add_func ("/render/letter-pages", test_letter_pages);
  g_test_add_func ("/render/missing-glyphs", test_missing_glyphs);
  g_test_add_func ("/render/heading-kept-with-next", test_heading_kept_with_next);
  g_test_add_func ("/render/break-rules-narrow", test_break_rules_narrow);
  g_test_add_func ("/render/front-matter-numbering", test_front_matter_numbering);
  g_test_add_func ("/render/options", test_options);
  g_test_add_func ("/render/second-edition-settings", test_second_edition_settings);
  g_test_add_func ("/render/sources", test_sources);
  g_test_add_func ("/render/export-cancel-and-progress", test_export_cancel_and_progress);
  g_test_add_func ("/render/table-widths", test_table_widths);
  g_test_add_func ("/render/unbreakable-text", test_unbreakable_text);
  g_test_add_func ("/render/pdf-fonts-and-metadata", test_pdf_fonts_and_metadata);
  g_test_add_func ("/render/pdf-no-partial-file", test_pdf_no_partial_file);
  g_test_add_func ("/render/risk-matrix-and-total-column", test_risk_matrix_and_total_column);
  g_test_add_func ("/render/cover-emblem", test_cover_emblem);
  g_test_add_func ("/render/garuda", test_garuda);
  g_test_add_func ("/render/no-budget-phrase", test_no_budget_phrase);
  g_test_add_func ("/render/stable-dests", test_stable_dests);
  g_test_add_func ("/render/relayout", test_relayout);
  g_test_add_func ("/render/relayout-async-and-cancel", test_relayout_async_and_cancel);
  g_test_add_func ("/render/export-to-file-async", test_export_to_file_async);
  for (guint i = 0; i < G_N_ELEMENTS (pixel_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/render/pixels/%s", pixel_cases[i].reference);
      g_test_add_data_func (name, &pixel_cases[i], test_pixels);
    }
  {
    int status = g_test_run ();
    g_clear_pointer (&cache, g_hash_table_unref);
    return status;
  }
}
