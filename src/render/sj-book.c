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


/* Pieces ------------------------------------------------------------------------------------- */

static void
piece_free (gpointer data)
{
  SjPiece *piece = data;

  g_free (piece->key);
  g_clear_object (&piece->object);
  g_free (piece->context);
  g_ptr_array_unref (piece->facts);
  g_ptr_array_unref (piece->dests);
  g_ptr_array_unref (piece->pages);
  g_ptr_array_unref (piece->outline);
  g_free (piece);
}

static SjPiece *
piece_new (const char *key, SjPieceDeps deps, gpointer object, const char *context)
{
  SjPiece *piece = g_new0 (SjPiece, 1);

  piece->key = g_strdup (key);
  piece->deps = deps;
  piece->object = object ? g_object_ref (object) : NULL;
  piece->context = g_strdup (context);
  piece->facts = g_ptr_array_new_with_free_func (g_free);
  piece->dests = g_ptr_array_new_with_free_func (g_free);
  piece->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_page_free);
  piece->outline = g_ptr_array_new_with_free_func (sj_outline_entry_free);
  return piece;
}

static gpointer
copy_string (gconstpointer text, gpointer data)
{
  return g_strdup (text);
}

static SjOutlineEntry *
outline_entry_copy (const SjOutlineEntry *e, int shift)
{
  SjOutlineEntry *copy = g_new0 (SjOutlineEntry, 1);

  *copy = *e;
  copy->title = g_strdup (e->title);
  copy->dest = g_strdup (e->dest);
  copy->page = (guint) ((int) e->page + shift);
  copy->last_page = (guint) ((int) e->last_page + shift);
  return copy;
}

/* Whether the facts @old printed have the same values in this book. */
static gboolean
facts_unchanged (SjBook *book, SjPiece *old)
{
  for (guint i = 0; i + 1 < old->facts->len; i += 2)
    {
      g_autofree char *now = sj_summary_get_fact (book->summary,
                                                  g_ptr_array_index (old->facts, i), FALSE);
      if (g_strcmp0 (now, g_ptr_array_index (old->facts, i + 1)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Names @old's link targets as they were, if this book would give them the same names. */
static gboolean
take_dests (SjBook *book, SjPiece *old)
{
  guint i;

  for (i = 0; i + 1 < old->dests->len; i += 2)
    {
      const char *asked = g_ptr_array_index (old->dests, i);
      const char *given = g_ptr_array_index (old->dests, i + 1);
      g_autofree char *would = NULL;

      would = g_strdup (asked);
      for (guint n = 2; g_hash_table_contains (book->dest_names, would); n++)
        {
          g_free (would);
          would = g_strdup_printf ("%s-%u", asked, n);
        }
      if (strcmp (would, given) != 0)
        break;
      g_hash_table_add (book->dest_names, g_strdup (given));
    }
  if (i + 1 >= old->dests->len)
    return TRUE;
  while (i >= 2) /* the names taken so far are given back */
    {
      i -= 2;
      g_hash_table_remove (book->dest_names, g_ptr_array_index (old->dests, i + 1));
    }
  return FALSE;
}

/**
 * sj_book_piece_begin:
 * @key: what the piece is, once in a book: "part2", "form:<project id>"
 * @deps: what of the plan it prints, besides @object and the book's settings
 * @object: (nullable): the object it prints, compared deeply with the previous book's
 * @context: (nullable): what else it prints (numbers, headings over it, names it refers to)
 *
 * Starts a piece of the book: a run of whole pages, begun where the flow starts a new page
 * and ended by sj_book_piece_end() before the flow starts the next. When the book is made
 * from a previous one whose piece of the same key printed the same, its pages are taken as
 * they are (the link targets, outline entries and facts as well) and nothing is to be laid out.
 *
 * Returns: %TRUE when the piece was taken from the previous book (do not lay it out, nor call
 * sj_book_piece_end()); %FALSE when it is to be laid out now.
 */
gboolean
sj_book_piece_begin (SjBook *book, SjFlow *flow, const char *key, SjPieceDeps deps,
                     gpointer object, const char *context)
{
  SjPiece *old = book->previous_pieces ? g_hash_table_lookup (book->previous_pieces, key) : NULL;
  SjPiece *piece;

  g_return_val_if_fail (book->piece == NULL, FALSE);
  if (old != NULL && old->reusable && (book->same & deps) == deps
      && old->deps == deps && old->serial_start == book->part_serial
      && g_strcmp0 (old->context, context) == 0
      && (old->object == NULL) == (object == NULL)
      && (object == NULL || sj_model_object_equal (old->object, object))
      && facts_unchanged (book, old) && take_dests (book, old))
    {
      guint offset = flow->pages->len;

      piece = piece_new (key, deps, object, context);
      g_ptr_array_extend (piece->facts, old->facts, copy_string, NULL);
      g_ptr_array_extend (piece->dests, old->dests, copy_string, NULL);
      for (guint i = 0; i < old->pages->len; i++)
        {
          SjPage *page = g_ptr_array_index (old->pages, i);
          g_ptr_array_add (piece->pages, sj_page_copy (page, NULL));
          g_ptr_array_add (flow->pages, sj_page_copy (page, NULL));
        }
      for (guint i = 0; i < old->outline->len; i++)
        {
          SjOutlineEntry *e = g_ptr_array_index (old->outline, i);
          g_ptr_array_add (piece->outline, outline_entry_copy (e, 0));
          g_ptr_array_add (book->outline, outline_entry_copy (e, (int) offset));
        }
      piece->serial_start = old->serial_start;
      piece->serial_end = old->serial_end;
      piece->part = old->part;
      piece->numbering = old->numbering;
      piece->thai = old->thai;
      piece->landscape = old->landscape;
      piece->reusable = TRUE;
      g_ptr_array_add (book->pieces, piece);
      book->n_reused++;

      /* The flow goes on as if it had laid the piece out. */
      book->part_serial = old->serial_end;
      flow->part = old->part;
      flow->numbering = old->numbering;
      flow->thai = old->thai;
      sj_flow_set_orientation (flow, old->landscape);
      sj_flow_set_source (flow, NULL);
      sj_flow_resume_after (flow, flow->pages->len > 0
                                    ? g_ptr_array_index (flow->pages, flow->pages->len - 1)
                                    : NULL);
      return TRUE;
    }

  piece = piece_new (key, deps, object, context);
  piece->first_page = flow->pages->len;
  piece->first_outline = book->outline->len;
  piece->serial_start = book->part_serial;
  book->piece = piece;
  return FALSE;
}

void
sj_book_piece_end (SjBook *book, SjFlow *flow)
{
  SjPiece *piece = book->piece;

  g_return_if_fail (piece != NULL);
  book->piece = NULL;
  for (guint i = piece->first_page; i < flow->pages->len; i++)
    g_ptr_array_add (piece->pages, sj_page_copy (g_ptr_array_index (flow->pages, i), NULL));
  for (guint i = piece->first_outline; i < book->outline->len; i++)
    g_ptr_array_add (piece->outline,
                     outline_entry_copy (g_ptr_array_index (book->outline, i),
                                         -(int) piece->first_page));
  sj_book_settle_outline (piece->pages, piece->outline);
  piece->serial_end = book->part_serial;
  piece->part = flow->part;
  piece->numbering = flow->numbering;
  piece->thai = flow->thai;
  piece->landscape = flow->page_width > flow->page_height;
  /* A piece whose last heading would go on to the next page is not whole on its own. */
  piece->reusable = !(flow->page != NULL && flow->keep_page == flow->page
                      && flow->keep_end == flow->page->items->len
                      && flow->keep_first < flow->keep_end);
  g_ptr_array_add (book->pieces, piece);
  book->n_laid_out++;
  if (book->previous != NULL)
    g_debug ("piece %s laid out again", piece->key);
}

/* The project fields only its form prints (Part 2 prints the rest). */
static const char *const form_only[] = {
  "labels", "rationale", "objectives", "target-group", "target-count", "target-count-unit",
  "area", "method", "duration-note", "budget-note", "responsible", "responsible-unit",
  "outputs", "outcomes", "remark", "progress", NULL
};

/* Whether @a and @b have the same dimensions, missions and projects: all of them (@whole), or
 * as the Part 2 table prints them. */
static gboolean
dimensions_equal (SjPlan *a, SjPlan *b, gboolean whole)
{
  static const char *const no_missions[] = { "missions", NULL };
  static const char *const no_projects[] = { "projects", NULL };
  guint n = sj_plan_get_n_dimensions (a);

  if (n != sj_plan_get_n_dimensions (b))
    return FALSE;
  for (guint d = 0; d < n; d++)
    {
      SjDimension *da = sj_plan_get_dimension_at (a, d), *db = sj_plan_get_dimension_at (b, d);
      if (whole)
        {
          if (!sj_model_object_equal (SJ_MODEL_OBJECT (da), SJ_MODEL_OBJECT (db)))
            return FALSE;
          continue;
        }
      if (!sj_model_object_equal_except (SJ_MODEL_OBJECT (da), SJ_MODEL_OBJECT (db), no_missions)
          || sj_dimension_get_n_missions (da) != sj_dimension_get_n_missions (db))
        return FALSE;
      for (guint m = 0; m < sj_dimension_get_n_missions (da); m++)
        {
          SjMission *ma = sj_dimension_get_mission_at (da, m);
          SjMission *mb = sj_dimension_get_mission_at (db, m);
          if (!sj_model_object_equal_except (SJ_MODEL_OBJECT (ma), SJ_MODEL_OBJECT (mb),
                                             no_projects)
              || sj_mission_get_n_projects (ma) != sj_mission_get_n_projects (mb))
            return FALSE;
          for (guint p = 0; p < sj_mission_get_n_projects (ma); p++)
            if (!sj_model_object_equal_except (
                  SJ_MODEL_OBJECT (sj_mission_get_project_at (ma, p)),
                  SJ_MODEL_OBJECT (sj_mission_get_project_at (mb, p)), form_only))
              return FALSE;
        }
    }
  return TRUE;
}

/* Whether anything of @prev may be reused (not with other settings, organisation, typeface,
 * digits or parts), and what of its plan is as in this one's (@same, SjPieceDeps: the pieces of
 * forms, which have none, may be reused whatever else changed). */
static gboolean
compare_with_previous (SjBook *book, SjBook *prev, guint *same)
{
  static const char *const front_skip[] = { "dimensions", "notes", NULL };

  *same = 0;
  if (prev == NULL || prev->plan == book->plan)
    return FALSE;
  if (prev->parts->len != book->parts->len
      || memcmp (prev->parts->data, book->parts->data, book->parts->len * sizeof (SjPart)) != 0
      || prev->thai_cover != book->thai_cover || prev->thai_announcement != book->thai_announcement
      || prev->thai_body != book->thai_body || prev->thai_tables != book->thai_tables
      || prev->size != book->size || prev->report_year != book->report_year
      || prev->report_round != book->report_round
      || !sj_model_object_equal (SJ_MODEL_OBJECT (prev->settings), SJ_MODEL_OBJECT (book->settings))
      || !sj_model_object_equal (SJ_MODEL_OBJECT (prev->org), SJ_MODEL_OBJECT (book->org)))
    return FALSE;
  if (sj_model_object_equal_except (SJ_MODEL_OBJECT (prev->plan), SJ_MODEL_OBJECT (book->plan),
                                    front_skip))
    *same |= SJ_PIECE_FRONT;
  if (dimensions_equal (prev->plan, book->plan, FALSE))
    {
      *same |= SJ_PIECE_TABLE;
      if (dimensions_equal (prev->plan, book->plan, TRUE))
        *same |= SJ_PIECE_PROJECTS;
    }
  return TRUE;
}

static SjPieceDeps
part_deps (SjPart part)
{
  switch (part)
    {
    case SJ_PART_PART2:
    case SJ_PART_ANNEX: /* titles, amounts and quarters */
      return SJ_PIECE_FRONT | SJ_PIECE_TABLE;
    case SJ_PART_REPORT: /* and the progress of each project */
      return SJ_PIECE_FRONT | SJ_PIECE_PROJECTS;
    default:
      return SJ_PIECE_FRONT;
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

/* The layout of a page's number: made once for a label and width, in this book or the one it
 * was made from (a book of 2,000 pages numbers them again after every edit). */
static PangoLayout *
page_number_layout (SjBook *book, const char *label, const SjStyle *st, double width)
{
  g_autofree char *key = g_strdup_printf ("page-number|%.3f|%s", width, label);
  PangoLayout *l = sj_book_find_layout (book, key);

  if (l == NULL)
    {
      l = sj_typeset_text (book->ts, label, st, width);
      sj_book_keep_layout (book, key, l);
    }
  return l;
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
      l = page_number_layout (book, page->label, &st, page->width);
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
static gboolean
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
      sj_flow_set_pages (&flow, seg->pages);
      book->part_serial = 0;
      if (g_cancellable_is_cancelled (book->cancellable))
        {
          book->pages = book->outline = NULL; /* the segments' */
          return FALSE;
        }
      {
        gint64 t0 = g_get_monotonic_time ();
        guint reused = book->n_reused;
        /* Part 3 is made of pieces of its own, a form each; the other parts are a piece each. */
        if (seg->part == SJ_PART_PART3)
          build_part (book, &flow, seg->part);
        else if (!sj_book_piece_begin (book, &flow, sj_part_to_name (seg->part),
                                       part_deps (seg->part), NULL, NULL))
          {
            build_part (book, &flow, seg->part);
            sj_book_piece_end (book, &flow);
          }
        g_debug ("%s: %u pages in %.1f ms (%u pieces reused)", sj_part_to_name (seg->part),
                 seg->pages->len, (g_get_monotonic_time () - t0) / 1000.0,
                 book->n_reused - reused);
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

  if (g_cancellable_is_cancelled (book->cancellable))
    {
      book->pages = book->outline = NULL;
      return FALSE;
    }

  for (int pass = 0; contents != NULL && pass < 4; pass++)
    {
      g_autoptr (GPtrArray) labels = compute_labels (book, segments, n_contents);
      g_autoptr (GPtrArray) outline = absolute_outline (segments, n_contents);

      g_ptr_array_set_size (contents->pages, 0);
      g_ptr_array_set_size (contents->outline, 0);
      book->pages = contents->pages;
      book->outline = contents->outline;
      sj_flow_set_pages (&flow, contents->pages);
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
      /* The book's pages share the items of the pieces' pages, and add their numbers. */
      for (guint p = 0; p < seg->pages->len; p++)
        g_ptr_array_add (book->pages, sj_page_copy (g_ptr_array_index (seg->pages, p), NULL));
    }
  number_pages (book);
  return TRUE;
}

static SjBook *
book_new (SjPlan *plan, const SjBookOptions *options, SjBook *previous, GCancellable *cancellable,
          GError **error)
{
  g_autoptr (SjBook) book = NULL;
  g_autoptr (GArray) parts = g_array_new (FALSE, FALSE, sizeof (SjPart));
  const char *parts_text;
  gint64 start;

  g_return_val_if_fail (SJ_IS_PLAN (plan), NULL);
  parts_text = options && options->parts ? options->parts
                                          : sj_settings_get_parts (sj_plan_get_settings (plan));
  if (!sj_parts_parse (parts_text, parts, error))
    return NULL;

  start = g_get_monotonic_time ();
  book = g_new0 (SjBook, 1);
  book->ref_count = 1;
  book->dest_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  book->plan = g_object_ref (plan);
  book->settings = sj_plan_get_settings (plan);
  book->org = sj_plan_get_organisation (plan);
  book->summary = sj_summary_new (plan);
  book->size = sj_settings_get_font_size (book->settings);
  book->ts = sj_typesetter_new (sj_settings_get_font_family (book->settings), book->size);
  book->parts = g_steal_pointer (&parts);
  book->pieces = g_ptr_array_new_with_free_func (piece_free);
  book->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
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

  if (compare_with_previous (book, previous, &book->same))
    {
      book->previous = previous;
      book->previous_pieces = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = previous->pieces->len; i > 0; i--) /* the first of a key wins */
        {
          SjPiece *piece = g_ptr_array_index (previous->pieces, i - 1);
          g_hash_table_insert (book->previous_pieces, piece->key, piece);
        }
    }
  book->cancellable = cancellable;
  if (!layout_all (book))
    {
      g_clear_pointer (&book->previous_pieces, g_hash_table_unref);
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return NULL;
    }
  g_clear_pointer (&book->previous_pieces, g_hash_table_unref);
  book->cancellable = NULL;
  draw_page_numbers (book);
  book->previous = NULL;
  g_debug ("book made in %.1f ms: %u pieces laid out, %u reused",
           (g_get_monotonic_time () - start) / 1000.0, book->n_laid_out, book->n_reused);
  return g_steal_pointer (&book);
}

/**
 * sj_book_new:
 *
 * Lays out the whole book (see layout_all()).
 */
SjBook *
sj_book_new (SjPlan *plan, const SjBookOptions *options, GError **error)
{
  return book_new (plan, options, NULL, NULL, error);
}

/**
 * sj_book_new_from:
 * @plan: the plan, a different object from @previous's plan (a snapshot of the document,
 *   sj_plan_copy(), as the editor lays out after each edit)
 * @previous: (nullable): a book of an earlier state of the plan
 * @cancellable: (nullable): stops the layout between pieces
 *
 * Lays out the book again after an edit: the pieces of @previous that print nothing the edit
 * changed — a part, a project's form — are taken as they are; only the others, the contents
 * and the page numbers are laid out. The pages are the same as sj_book_new() would give.
 *
 * Returns: the book, or %NULL with @error set when cancelled or the options are wrong.
 */
SjBook *
sj_book_new_from (SjPlan *plan, const SjBookOptions *options, SjBook *previous,
                  GCancellable *cancellable, GError **error)
{
  return book_new (plan, options, previous, cancellable, error);
}

/* How many pieces the book laid out and how many it took from the previous book. */
void
sj_book_get_piece_counts (SjBook *book, guint *laid_out, guint *reused)
{
  if (laid_out)
    *laid_out = book->n_laid_out;
  if (reused)
    *reused = book->n_reused;
}

typedef struct
{
  SjPlan *plan;
  SjBookOptions options;
  char *parts;
  SjBook *previous;
} NewJob;

static void
new_job_free (gpointer data)
{
  NewJob *job = data;
  g_object_unref (job->plan);
  g_free (job->parts);
  g_clear_pointer (&job->previous, sj_book_unref);
  g_free (job);
}

static void
new_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  NewJob *job = task_data;
  GError *error = NULL;
  SjBook *book = book_new (job->plan, &job->options, job->previous, cancellable, &error);

  if (book == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, book, (GDestroyNotify) sj_book_unref);
}

/**
 * sj_book_new_async:
 * @plan: the plan to lay out; it must not change until the layout is done (give a snapshot)
 * @options: (nullable): copied
 * @previous: (nullable): a book of an earlier state of the plan, see sj_book_new_from()
 *
 * Lays out the book in a worker thread; a newer edit cancels @cancellable to stop an older
 * layout.
 */
void
sj_book_new_async (SjPlan *plan, const SjBookOptions *options, SjBook *previous,
                   GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  NewJob *job = g_new0 (NewJob, 1);

  g_return_if_fail (SJ_IS_PLAN (plan));
  g_task_set_source_tag (task, sj_book_new_async);
  job->plan = g_object_ref (plan);
  job->options = options ? *options : (SjBookOptions){ NULL, -1, 0, 0 };
  job->parts = g_strdup (job->options.parts);
  job->options.parts = job->parts;
  job->previous = previous ? sj_book_ref (previous) : NULL;
  g_task_set_task_data (task, job, new_job_free);
  g_task_run_in_thread (task, new_thread);
}

SjBook *
sj_book_new_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

SjBook *
sj_book_ref (SjBook *book)
{
  g_return_val_if_fail (book != NULL, NULL);
  g_atomic_int_inc (&book->ref_count);
  return book;
}

void
sj_book_unref (SjBook *book)
{
  if (book == NULL || !g_atomic_int_dec_and_test (&book->ref_count))
    return;
  g_clear_pointer (&book->pages, g_ptr_array_unref);
  g_clear_pointer (&book->outline, g_ptr_array_unref);
  g_array_unref (book->parts);
  g_ptr_array_unref (book->pieces);
  g_hash_table_unref (book->cells);
  g_hash_table_unref (book->dest_names);
  sj_summary_free (book->summary);
  sj_typesetter_free (book->ts);
  g_object_unref (book->plan);
  g_free (book);
}

/* The same as sj_book_unref(): a book is given up by its last holder. */
void
sj_book_free (SjBook *book)
{
  sj_book_unref (book);
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
