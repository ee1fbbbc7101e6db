/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Recognising a plan in a source document: the organisation and years from the cover, the
 * Part 2 table (dimensions, missions, projects with their per-year amounts and units, printed
 * subtotals and counts), the Part 3 forms field by field; then the two parts reconciled, the
 * printed figures compared with the rows, and every difference reported. */
#define G_LOG_DOMAIN "sujarit-import"
#include "config.h"

#include "sj-import.h"
#include "sj-import-private.h"

#include <glib/gi18n.h>
#include <pango/pango.h>
#include <string.h>

#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-rich.h"
#include "sj-thai.h"


/* Cleaning ------------------------------------------------------------------------------------- */

/* Defects of the conversion to text, not of the authors: the word มิติ read as มติ, มิตี or เติ
 * (only where it cannot be the word มติ, "resolution"). */
static const struct
{
  const char *pattern;
  const char *replacement;
} ocr_fixes[] = {
  { "(?:มติ|มิตี|เติ)ที่\\s*(\\d)", "มิติที่ \\1" },
  { "ภารกิจตาม(?:มติ|มิตี|เติ)", "ภารกิจตามมิติ" },
  { "^(?:มติ|มิตี|เติ)$", "มิติ" },
  { "(\\d) +(มิติ)", "\\1 \\2" },
  /* HTML left in cells by the conversion: a ticked box is a tick, other tags go */
  { "<input[^>]*checked[^>]*>", "☑" },
  { "</?(?:p|br|span|b|i|u|strong|em|input)\\b[^>]*>", " " },
  { "  +", " " },
};

GRegex *
imp_regex (const char *pattern)
{
  g_autoptr (GError) error = NULL;
  GRegex *re = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &error);
  g_assert_no_error (error);
  return re;
}

/**
 * sj_import_clean:
 * Returns: @text with Arabic digits, single spaces, no invisible characters, and the
 * conversion's misreadings of มิติ undone.
 */
char *
sj_import_clean (const char *text)
{
  static GRegex *fixes[G_N_ELEMENTS (ocr_fixes)];
  static gsize once = 0;
  g_autofree char *digits = sj_arabic_digits (text ? text : "");
  GString *s = g_string_new (NULL);
  char *result;

  if (g_once_init_enter (&once))
    {
      for (guint i = 0; i < G_N_ELEMENTS (ocr_fixes); i++)
        fixes[i] = imp_regex (ocr_fixes[i].pattern);
      g_once_init_leave (&once, 1);
    }
  for (const char *p = digits; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x200B || c == 0xFEFF || c == 0x00AD || c == 0x200C || c == 0x200D)
        continue;
      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x2028 || c == 0x3000)
        {
          if (s->len && s->str[s->len - 1] != ' ')
            g_string_append_c (s, ' ');
          continue;
        }
      g_string_append_unichar (s, c);
    }
  if (s->len && s->str[s->len - 1] == ' ')
    g_string_truncate (s, s->len - 1);
  result = g_string_free (s, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (fixes); i++)
    {
      char *fixed = g_regex_replace (fixes[i], result, -1, 0, ocr_fixes[i].replacement, 0, NULL);
      if (fixed)
        {
          g_free (result);
          result = fixed;
        }
    }
  return result;
}

static gboolean
is_thai_char (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E5B;
}

/**
 * sj_import_join_split_words:
 * A narrow table cell justified by its author, once extracted, has spaces inside words
 * ("ความตระ หนัก"). A space between two Thai letters is removed where the words on both sides
 * make one word: where Pango's Thai word breaking (libthai) allows no line break at the join.
 * (A space between two dictionary words, as in จิต สำนึก, stays: it may be the author's.)
 */
char *
sj_import_join_split_words (const char *text)
{
  GString *s = g_string_new (text);
  PangoLanguage *th = pango_language_from_string ("th");

  for (gsize i = 0; i < s->len; i++)
    {
      const char *before, *after;
      gunichar a, b;

      if (s->str[i] != ' ' || i == 0 || i + 1 >= s->len)
        continue;
      before = g_utf8_prev_char (s->str + i);
      after = s->str + i + 1;
      a = g_utf8_get_char (before);
      b = g_utf8_get_char (after);
      if (!is_thai_char (a) || !is_thai_char (b))
        continue;
      {
        /* the two words around the space, joined */
        const char *start = s->str + i, *end = after;
        g_autofree char *joined = NULL;
        g_autofree PangoLogAttr *attrs = NULL;
        glong n, at;
        gsize left_len;

        while (start > s->str)
          {
            const char *prev = g_utf8_prev_char (start);
            if (*prev == ' ')
              break;
            start = prev;
          }
        while (*end && *end != ' ')
          end = g_utf8_next_char (end);
        left_len = (s->str + i) - start;
        joined = g_malloc (left_len + (end - after) + 1);
        memcpy (joined, start, left_len);
        memcpy (joined + left_len, after, end - after);
        joined[left_len + (end - after)] = '\0';
        n = g_utf8_strlen (joined, -1);
        at = g_utf8_strlen (joined, left_len);
        attrs = g_new0 (PangoLogAttr, n + 1);
        pango_get_log_attrs (joined, -1, -1, th, attrs, n + 1);
        /* libthai (through Pango) allows no line break at the join: it is inside a word */
        if (!attrs[at].is_line_break)
          g_string_erase (s, i, 1);
      }
    }
  return g_string_free (s, FALSE);
}

/* Amounts -------------------------------------------------------------------------------------- */

/**
 * sj_import_parse_amounts:
 * Reads a budget cell: "1,000,000", "10,251,748 บาท", "-", "0", "ไม่ใช้งบประมาณ", or several
 * separated by spaces (rows merged by the extraction). Appends each as SjMoney (SJ_MONEY_NONE for
 * no budget). Returns: FALSE when the cell is not amounts; TRUE for an empty cell (none added).
 */
gboolean
sj_import_parse_amounts (const char *cell, GArray *amounts)
{
  g_auto (GStrv) tokens = g_strsplit (cell ? cell : "", " ", -1);
  guint start = amounts->len;

  for (guint i = 0; tokens[i]; i++)
    {
      const char *t = tokens[i];
      SjMoney m;

      if (t[0] == '\0' || strcmp (t, "บาท") == 0 || strcmp (t, "(บาท)") == 0)
        continue;
      if (strcmp (t, "-") == 0 || strcmp (t, "–") == 0 || strcmp (t, "—") == 0
          || g_str_has_prefix (t, "ไม่ใช้งบ") || g_str_has_prefix (t, "ไม่ได้ใช้งบ"))
        {
          m = SJ_MONEY_NONE;
          g_array_append_val (amounts, m);
          continue;
        }
      if (g_str_has_suffix (t, "บาท"))
        {
          g_autofree char *n = g_strndup (t, strlen (t) - strlen ("บาท"));
          if (sj_money_parse (n, &m, NULL))
            {
              g_array_append_val (amounts, m);
              continue;
            }
        }
      if (g_ascii_isdigit (t[0]) && sj_money_parse (t, &m, NULL))
        {
          g_array_append_val (amounts, m);
          continue;
        }
      g_array_set_size (amounts, start);
      return FALSE;
    }
  return TRUE;
}

/* The recogniser's state ---------------------------------------------------------------------- */

static void
item_free (gpointer data)
{
  Item *item = data;
  g_clear_object (&item->project);
  g_free (item->mission);
  g_free (item->sub_item);
  g_free (item->title2);
  g_free (item->funding);
  g_free (item->funding_source);
  g_free (item->remark);
  g_free (item);
}

static void
note_free (gpointer data)
{
  SjImportNote *note = data;
  g_free (note->message);
  g_free (note->source_text);
  g_free (note->chosen_text);
  g_clear_object (&note->project);
  g_free (note);
}

void
sj_import_report_free (SjImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->notes);
  g_free (report);
}

SjImportNote *
imp_add_note (Importer *im, SjImportNoteKind kind, SjImportDiff diff, guint block, const char *format,
          ...)
{
  SjImportNote *note = g_new0 (SjImportNote, 1);
  va_list args;

  note->kind = kind;
  note->diff = diff;
  if (block != G_MAXUINT && block < im->source->blocks->len)
    {
      SjSourceBlock *b = g_ptr_array_index (im->source->blocks, block);
      note->line = b->line;
      note->page = b->page;
    }
  va_start (args, format);
  note->message = g_strdup_vprintf (format, args);
  va_end (args);
  note->source_value = note->chosen_value = SJ_MONEY_NONE;
  g_ptr_array_add (im->report->notes, note);
  if (kind == SJ_IMPORT_NOTE_DIFFERENCE)
    im->report->n_differences++;
  else if (kind == SJ_IMPORT_NOTE_UNRECOGNISED)
    im->report->n_unrecognised++;
  return note;
}

const char *
imp_text_at (Importer *im, guint i)
{
  return im->texts[i];
}

GStrv
imp_cells_at (Importer *im, guint i)
{
  return g_ptr_array_index (im->cells, i);
}

char *
imp_money_text (SjMoney m)
{
  if (m == SJ_MONEY_NONE)
    return g_strdup ("ไม่ใช้งบประมาณ");
  return sj_money_format (m, SJ_MONEY_DECIMALS_AUTO, TRUE);
}

/* Text without spaces, for comparing titles that were wrapped differently. */
char *
imp_squeeze (const char *text)
{
  GString *s = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == ' ')
        continue;
      /* straight and curly quotes are the same quote */
      if (c == 0x201C || c == 0x201D)
        c = '"';
      else if (c == 0x2018 || c == 0x2019)
        c = '\'';
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* Whether heading text is the frame's name (its first characters, spaces ignored). */
gboolean
imp_similar_start (const char *text, const char *name)
{
  g_autofree char *a = imp_squeeze (text);
  g_autofree char *b = imp_squeeze (name);
  glong n = MIN (g_utf8_strlen (a, -1), g_utf8_strlen (b, -1));
  const char *ea, *eb;

  n = MIN (n, 12);
  if (n < 4)
    return FALSE;
  ea = g_utf8_offset_to_pointer (a, n);
  eb = g_utf8_offset_to_pointer (b, n);
  return (ea - a) == (eb - b) && memcmp (a, b, ea - a) == 0;
}

/* The frame ------------------------------------------------------------------------------------ */

static SjMission *
find_mission (SjPlan *plan, const char *code)
{
  guint d, m;

  if (code == NULL || sscanf (code, "%u.%u", &d, &m) != 2)
    return NULL;
  if (d < 1 || d > sj_plan_get_n_dimensions (plan))
    return NULL;
  {
    SjDimension *dim = sj_plan_get_dimension_at (plan, d - 1);
    if (m < 1 || m > sj_dimension_get_n_missions (dim))
      return NULL;
    return sj_dimension_get_mission_at (dim, m - 1);
  }
}

static SjSubItem *
find_sub_item (SjPlan *plan, const char *code)
{
  guint d, m, k;
  SjMission *mission;

  if (code == NULL || sscanf (code, "%u.%u.%u", &d, &m, &k) != 3)
    return NULL;
  {
    g_autofree char *mc = g_strdup_printf ("%u.%u", d, m);
    mission = find_mission (plan, mc);
  }
  if (mission == NULL || k < 1 || k > sj_mission_get_n_sub_items (mission))
    return NULL;
  return sj_mission_get_sub_item_at (mission, k - 1);
}

/* The cover: organisation and years ------------------------------------------------------------ */

static const char *org_kinds[] = {
  "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด",
};

/* The most frequent value of group 1 of @pattern over the paragraphs before @stop. */
static char *
most_frequent (Importer *im, const char *pattern, guint stop, guint *first_block)
{
  g_autoptr (GRegex) re = imp_regex (pattern);
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  char *best = NULL;
  guint best_n = 0;

  for (guint i = 0; i < stop; i++)
    {
      g_autoptr (GMatchInfo) mi = NULL;
      if (!g_regex_match (re, imp_text_at (im, i), 0, &mi))
        continue;
      while (g_match_info_matches (mi))
        {
          g_autofree char *v = g_match_info_fetch (mi, 1);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, v)) + 1;
          if (!g_hash_table_contains (firsts, v))
            g_hash_table_insert (firsts, g_strdup (v), GUINT_TO_POINTER (i));
          g_hash_table_insert (counts, g_strdup (v), GUINT_TO_POINTER (n));
          if (n > best_n)
            {
              best_n = n;
              g_free (best);
              best = g_strdup (v);
            }
          g_match_info_next (mi, NULL);
        }
    }
  if (best && first_block)
    *first_block = GPOINTER_TO_UINT (g_hash_table_lookup (firsts, best));
  return best;
}

typedef struct
{
  char *name;
  SjOrgType type;
  char *district;
  char *province;
  guint block;
} Cover;

static gboolean
read_cover (Importer *im, Cover *cover, GError **error)
{
  g_autofree char *kinds = g_strjoinv ("|", (char **) org_kinds);
  g_autofree char *pattern = g_strdup_printf ("^(?:ของ\\s*)?((?:%s)\\s*[ก-๙]+)$", kinds);
  g_autofree char *name = NULL;
  g_autoptr (GRegex) years = imp_regex ("พ\\.ศ\\.\\s*(25\\d\\d)\\s*[-–—]\\s*(25\\d\\d)");
  guint stop = im->table_start ? im->table_start : im->source->blocks->len;

  name = most_frequent (im, pattern, stop, &cover->block);
  if (name == NULL)
    {
      /* no line holds the name alone: the most frequent name in the text */
      g_autofree char *p2 = g_strdup_printf ("((?:%s)[ก-๙]{2,}?)(?=\\s|$|มี|ได้|ใน|จึง|โดย|ประกอบ)",
                                             kinds);
      name = most_frequent (im, p2, stop, &cover->block);
    }
  if (name == NULL)
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("This does not look like a plan of a local government: no เทศบาล, อบต. or "
                     "อบจ. is named in it"));
      return FALSE;
    }
  {
    g_autofree char *squeezed = imp_squeeze (name);
    g_free (name);
    name = g_steal_pointer (&squeezed);
  }
  for (guint i = 0; i < G_N_ELEMENTS (org_kinds); i++)
    if (g_str_has_prefix (name, org_kinds[i]))
      sj_org_type_from_name (org_kinds[i], &cover->type);
  cover->name = g_steal_pointer (&name);
  cover->province = most_frequent (im, "จังหวัด\\s*([ก-๙]{2,})", im->source->blocks->len, NULL);
  cover->district = most_frequent (im, "อำเภอ\\s*([ก-๙]{2,})", im->source->blocks->len, NULL);

  for (guint i = 0; i < im->source->blocks->len; i++)
    {
      g_autoptr (GMatchInfo) mi = NULL;
      if (g_regex_match (years, imp_text_at (im, i), 0, &mi))
        {
          g_autofree char *a = g_match_info_fetch (mi, 1);
          g_autofree char *b = g_match_info_fetch (mi, 2);
          int first = atoi (a), last = atoi (b);
          if (last >= first && last - first < MAX_YEARS)
            {
              im->first_year = first;
              im->n_years = last - first + 1;
              break;
            }
        }
    }
  if (im->first_year == 0)
    {
      im->first_year = 2566;
      im->n_years = 5;
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, G_MAXUINT,
                _("The plan's years (พ.ศ. …–…) are not printed; 2566–2570 was taken"));
    }
  return TRUE;
}

/* Part 2 --------------------------------------------------------------------------------------- */

typedef struct
{
  int project_col;
  int year_cols[MAX_YEARS];
  guint n_year_cols;
  int remark_col;
} Columns;

static gboolean
is_header_row (GStrv cells, Columns *cols)
{
  gboolean found = FALSE;
  guint n_years = 0;

  for (guint c = 0; cells[c]; c++)
    {
      g_autofree char *sq = imp_squeeze (cells[c]);
      if (strstr (sq, "โครงการ/กิจกรรม"))
        {
          if (cols)
            cols->project_col = c;
          found = TRUE;
        }
      else if (found && g_str_has_prefix (cells[c], "ปี") && strstr (cells[c], "25"))
        {
          if (cols && n_years < MAX_YEARS)
            cols->year_cols[n_years] = c;
          n_years++;
        }
    }
  if (found && n_years > 0 && cols)
    {
      cols->n_year_cols = MIN (n_years, MAX_YEARS);
      cols->remark_col = cols->year_cols[cols->n_year_cols - 1] + 1;
    }
  return found && n_years > 0;
}

static gboolean
is_subheader_row (GStrv cells)
{
  guint n = 0;
  for (guint c = 0; cells[c]; c++)
    {
      if (cells[c][0] == '\0')
        continue;
      if (!strstr (cells[c], "งบประมาณ"))
        return FALSE;
      n++;
    }
  return n > 0;
}

typedef struct
{
  GRegex *dim;       /* "1. การสร้าง…" */
  GRegex *mission;   /* "1.1 การ…" */
  GRegex *paren;     /* "1.1.1 (1)" or "(1)" */
  GRegex *plain;     /* "1)" */
  GRegex *count;     /* จำนวน 11 โครงการ */
  GRegex *funding;   /* หมายเหตุ เป็นการดำเนินการในชื่อ… ตามแผนพัฒนาท้องถิ่น … */
  int style;         /* 0 unknown, 1 paren, 2 plain */
  guint global_next, dim_next;
} Patterns;

static void
patterns_init (Patterns *p)
{
  p->dim = imp_regex ("^(\\d)\\s*\\.\\s*(?!\\d)\\S");
  p->mission = imp_regex ("^(\\d)\\s*\\.\\s*(\\d)(?![\\d.])\\s*\\S");
  p->paren = imp_regex ("(?:(?<![\\d.])(\\d\\.\\d\\.\\d{1,2})\\s*)?\\((\\d{1,3})\\)\\s*");
  p->plain = imp_regex ("(?<![\\d.,/\\-–])(\\d{1,3})\\)\\s*");
  p->count = imp_regex ("จำนวน\\s*(?:โครงการ\\s*)?(\\d+)\\s*(?:โครงการ)?");
  p->funding = imp_regex ("^หมายเหตุ\\s*เป็นการดำเนินการ(?:ใน|ภายใต้)?ชื่อ\\s*(.+?)\\s*(?:ตาม\\s*(แผนพัฒนาท้องถิ่น.*))?$");
  p->style = 0;
  p->global_next = 1;
  p->dim_next = 1;
}

static void
patterns_clear (Patterns *p)
{
  g_regex_unref (p->dim);
  g_regex_unref (p->mission);
  g_regex_unref (p->paren);
  g_regex_unref (p->plain);
  g_regex_unref (p->count);
  g_regex_unref (p->funding);
}

typedef struct
{
  guint start, end;  /* byte offsets of the marker */
  guint number;
  char *code;        /* sub-item code before it, or NULL */
} Marker;

/* The project markers in a cell, in order, that continue the numbering: the plan's running
 * number or the dimension's (both advance by one a project). */
static GArray *
find_markers (Patterns *p, const char *cell, gboolean at_start_only)
{
  GArray *markers = g_array_new (FALSE, TRUE, sizeof (Marker));

  for (int style = 1; style <= 2 && markers->len == 0; style++)
    {
      g_autoptr (GMatchInfo) mi = NULL;
      GRegex *re = style == 1 ? p->paren : p->plain;

      if (p->style != 0 && p->style != style)
        continue;
      g_regex_match (re, cell, 0, &mi);
      while (g_match_info_matches (mi))
        {
          int s, e;
          g_autofree char *num = g_match_info_fetch (mi, style == 1 ? 2 : 1);
          guint n = (guint) atoi (num);
          guint k = markers->len;

          g_match_info_fetch_pos (mi, 0, &s, &e);
          if ((n == p->global_next + k || n == p->dim_next + k) && (s == 0 || cell[s - 1] == ' ')
              && (!at_start_only || s == 0))
            {
              Marker m = { (guint) s, (guint) e, n, NULL };
              if (style == 1)
                {
                  g_autofree char *code = g_match_info_fetch (mi, 1);
                  m.code = code && code[0] ? g_strdup (code) : NULL;
                }
              g_array_append_val (markers, m);
            }
          g_match_info_next (mi, NULL);
        }
      if (markers->len && p->style == 0)
        p->style = style;
    }
  return markers;
}

static SjProjectType
type_from_title (const char *title)
{
  if (g_str_has_prefix (title, "มาตรการ"))
    return SJ_PROJECT_TYPE_MEASURE;
  if (g_str_has_prefix (title, "กิจกรรม"))
    return SJ_PROJECT_TYPE_ACTIVITY;
  return SJ_PROJECT_TYPE_PROJECT;
}

typedef struct
{
  guint first_item;  /* index in im->items */
  guint n_items;
  GArray *amounts[MAX_YEARS];
  GPtrArray *remarks;
  guint block;
} Group;

static void
group_reset (Group *g, Importer *im, guint block)
{
  g->first_item = im->items->len;
  g->n_items = 0;
  for (guint y = 0; y < MAX_YEARS; y++)
    g_array_set_size (g->amounts[y], 0);
  g_ptr_array_set_size (g->remarks, 0);
  g->block = block;
}

/* Gives the amounts of a row (and the rows continuing it) to its projects, in order. Projects
 * left without an amount take Part 3's later (p2_known stays FALSE). */
static void
group_close (Group *g, Importer *im)
{
  guint n_years = im->n_years;
  guint most = 0;

  if (g->n_items == 0)
    {
      for (guint y = 0; y < n_years; y++)
        most = MAX (most, g->amounts[y]->len);
      if (most > 0)
        imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, g->block,
                  _("A row of the Part 2 table has amounts but no project; they were not used"));
      return;
    }
  for (guint i = 0; i < g->n_items; i++)
    {
      Item *item = g_ptr_array_index (im->items, g->first_item + i);
      gboolean known = TRUE;
      for (guint y = 0; y < n_years; y++)
        {
          if (i < g->amounts[y]->len)
            item->p2[y] = g_array_index (g->amounts[y], SjMoney, i);
          else
            known = FALSE;
        }
      item->p2_known = known;
    }
  for (guint y = 0; y < n_years; y++)
    most = MAX (most, g->amounts[y]->len);
  if (g->n_items > 1 && most < g->n_items)
    imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, g->block,
              ngettext ("A cell of the Part 2 table holds %u projects but %u amount; the projects "
                        "without one take the amount of their form in Part 3",
                        "A cell of the Part 2 table holds %u projects but %u amounts; the projects "
                        "without one take the amount of their form in Part 3",
                        most),
              g->n_items, most);
  else if (most > g->n_items)
    imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, g->block,
              _("A row of the Part 2 table has %u amounts for %u projects; the last were not used"),
              most, g->n_items);
  /* the unit column: one name per project, or one for all */
  if (g->remarks->len)
    {
      g_autofree char *all = NULL;
      GString *joined = g_string_new (NULL);
      /* a unit's name wrapped onto the next row (a page break) joins without a space */
      for (guint k = 0; k < g->remarks->len; k++)
        {
          const char *r = g->remarks->pdata[k];
          if (k > 0)
            {
              gunichar a = g_utf8_get_char (g_utf8_prev_char (joined->str + joined->len));
              gunichar b = g_utf8_get_char (r);
              if (!(is_thai_char (a) && is_thai_char (b)) || strchr (r, '.') || strchr (joined->str, '.'))
                g_string_append_c (joined, ' ');
            }
          g_string_append (joined, r);
        }
      all = g_string_free (joined, FALSE);
      g_auto (GStrv) tokens = g_strsplit (all, " ", -1);
      guint n_tokens = g_strv_length (tokens);
      for (guint i = 0; i < g->n_items; i++)
        {
          Item *item = g_ptr_array_index (im->items, g->first_item + i);
          if (g->n_items > 1 && n_tokens == g->n_items)
            item->remark = g_strdup (tokens[i]);
          else if (g->n_items == 1 || i == 0)
            item->remark = g_strdup (all);
        }
    }
}

/* The amounts of a row per year: from the year columns, or, when the row is shifted, from the
 * cells after the project that are amounts. Returns FALSE when they cannot be told. */
static gboolean
row_amounts (Importer *im, GStrv cells, const Columns *cols, int project_col, GArray **out,
             char **remark)
{
  guint n = g_strv_length (cells);
  gboolean positional = TRUE;
  g_autoptr (GPtrArray) compact = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  *remark = NULL;
  for (guint y = 0; y < im->n_years && y < cols->n_year_cols; y++)
    {
      int c = cols->year_cols[y] + (project_col - cols->project_col);
      g_autoptr (GArray) a = g_array_new (FALSE, FALSE, sizeof (SjMoney));
      if (c < 0 || (guint) c >= n || !sj_import_parse_amounts (cells[c], a))
        positional = FALSE;
    }
  {
    int rc = cols->remark_col + (project_col - cols->project_col);
    if (positional && rc >= 0 && (guint) rc < n && cells[rc][0])
      {
        g_autoptr (GArray) a = g_array_new (FALSE, FALSE, sizeof (SjMoney));
        if (sj_import_parse_amounts (cells[rc], a) && a->len > 0)
          positional = FALSE;
      }
  }
  if (positional)
    {
      for (guint y = 0; y < im->n_years; y++)
        {
          int c = cols->year_cols[MIN (y, cols->n_year_cols - 1)] + (project_col - cols->project_col);
          sj_import_parse_amounts (cells[c], out[y]);
        }
      {
        int rc = cols->remark_col + (project_col - cols->project_col);
        GString *r = g_string_new (NULL);
        for (guint c = MAX (rc, 0); c < n; c++)
          if (cells[c][0])
            {
              if (r->len)
                g_string_append_c (r, ' ');
              g_string_append (r, cells[c]);
            }
        *remark = g_string_free (r, r->len == 0);
      }
      return TRUE;
    }
  /* shifted: the non-empty amount cells after the project, then the unit */
  for (guint c = project_col + 1; c < n; c++)
    {
      GArray *a = g_array_new (FALSE, FALSE, sizeof (SjMoney));
      if (cells[c][0] == '\0')
        {
          g_array_unref (a);
          continue;
        }
      if (sj_import_parse_amounts (cells[c], a) && a->len > 0)
        g_ptr_array_add (compact, a);
      else
        {
          g_array_unref (a);
          g_free (*remark);
          *remark = g_strdup (cells[c]);
        }
    }
  if (compact->len != im->n_years)
    return compact->len == 0;
  for (guint y = 0; y < im->n_years; y++)
    {
      GArray *a = g_ptr_array_index (compact, y);
      g_array_append_vals (out[y], a->data, a->len);
    }
  return TRUE;
}

static void
read_part2 (Importer *im, Patterns *pat)
{
  Columns cols = { 0 };
  Group group = { 0 };
  guint dim = 0;
  g_autofree char *mission = NULL;
  GArray *amounts[MAX_YEARS];
  gboolean done = FALSE;

  for (guint y = 0; y < MAX_YEARS; y++)
    {
      group.amounts[y] = g_array_new (FALSE, FALSE, sizeof (SjMoney));
      amounts[y] = g_array_new (FALSE, FALSE, sizeof (SjMoney));
    }
  group.remarks = g_ptr_array_new_with_free_func (g_free);
  group_reset (&group, im, im->table_start);

  for (guint i = im->table_start; i < im->source->blocks->len && !done; i++)
    {
      GStrv raw = imp_cells_at (im, i);
      g_autoptr (GPtrArray) cv = NULL;
      GStrv c;
      guint n;
      const char *dim_cell, *mission_cell, *project_cell;
      int pc;
      g_autofree char *remark = NULL;
      gboolean have_amounts = FALSE;

      if (raw == NULL)
        {
          if (g_regex_match_simple ("^ส่วนที่\\s*3", imp_text_at (im, i), 0, 0))
            break;
          continue;
        }
      if (is_header_row (raw, &cols) || is_subheader_row (raw))
        continue;
      /* a copy that can be shifted */
      cv = g_ptr_array_new ();
      for (guint k = 0; raw[k]; k++)
        g_ptr_array_add (cv, raw[k]);
      pc = cols.project_col;
      if (cv->len > 2 && ((char *) cv->pdata[1])[0] == '\0'
          && g_regex_match (pat->mission, cv->pdata[pc], 0, NULL))
        g_ptr_array_remove_index (cv, 0); /* a mission in the project column */
      else if (cv->len > 0 && ((char *) cv->pdata[0])[0] && pc >= 2
               && !g_regex_match (pat->mission, cv->pdata[MIN (1, cv->len - 1)], 0, NULL))
        {
          g_autoptr (GArray) m = find_markers (pat, cv->pdata[0], TRUE);
          if (m->len > 0 && !g_regex_match (pat->dim, cv->pdata[0], 0, NULL))
            for (int k = 0; k < pc; k++)
              g_ptr_array_insert (cv, 0, (gpointer) ""); /* a project in the first column */
          for (guint k = 0; k < m->len; k++)
            g_free (g_array_index (m, Marker, k).code);
        }
      g_ptr_array_add (cv, NULL);
      c = (GStrv) cv->pdata;
      n = g_strv_length (c);
      dim_cell = n > 0 ? c[0] : "";
      mission_cell = n > 1 ? c[1] : "";
      project_cell = (guint) pc < n ? c[pc] : "";

      /* totals */
      if (g_str_has_prefix (mission_cell, "รวม") || g_str_has_prefix (dim_cell, "รวม"))
        {
          gboolean grand = strstr (mission_cell, "ทั้งสิ้น") || strstr (dim_cell, "ทั้งสิ้น");
          g_autoptr (GMatchInfo) mi = NULL;
          guint count = 0;

          group_close (&group, im);
          group_reset (&group, im, i);
          for (guint y = 0; y < MAX_YEARS; y++)
            g_array_set_size (amounts[y], 0);
          if (g_regex_match (pat->count, project_cell, 0, &mi))
            {
              g_autofree char *cs = g_match_info_fetch (mi, 1);
              count = atoi (cs);
            }
          row_amounts (im, c, &cols, pc, amounts, &remark);
          if (grand)
            {
              im->have_total = TRUE;
              im->total_count = count;
              im->total_line = i;
              for (guint y = 0; y < im->n_years; y++)
                im->total[y] = amounts[y]->len ? g_array_index (amounts[y], SjMoney, 0) : 0;
              im->table_end = i + 1;
              done = TRUE;
            }
          else if (dim >= 1 && dim < G_N_ELEMENTS (im->have_subtotal))
            {
              im->have_subtotal[dim] = TRUE;
              im->subtotal_count[dim] = count;
              im->subtotal_line[dim] = i;
              for (guint y = 0; y < im->n_years; y++)
                im->subtotal[dim][y] = amounts[y]->len ? g_array_index (amounts[y], SjMoney, 0) : 0;
            }
          continue;
        }
      {
        g_autoptr (GMatchInfo) mi = NULL;
        if (g_regex_match (pat->dim, dim_cell, 0, &mi))
          {
            g_autofree char *d = g_match_info_fetch (mi, 1);
            group_close (&group, im);
            group_reset (&group, im, i);
            dim = atoi (d);
            pat->dim_next = 1;
          }
      }
      {
        g_autoptr (GMatchInfo) mi = NULL;
        if (g_regex_match (pat->mission, mission_cell, 0, &mi))
          {
            g_autofree char *a = g_match_info_fetch (mi, 1);
            g_autofree char *b = g_match_info_fetch (mi, 2);
            group_close (&group, im);
            group_reset (&group, im, i);
            g_free (mission);
            mission = g_strdup_printf ("%s.%s", a, b);
            if (dim == 0)
              dim = atoi (a);
          }
      }
      for (guint y = 0; y < MAX_YEARS; y++)
        g_array_set_size (amounts[y], 0);
      if (!row_amounts (im, c, &cols, pc, amounts, &remark))
        imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, i,
                  _("The amounts of a row of the Part 2 table cannot be told apart"));
      for (guint y = 0; y < im->n_years; y++)
        have_amounts |= amounts[y]->len > 0;

      {
        g_autoptr (GArray) markers = find_markers (pat, project_cell, FALSE);
        guint lead_end = markers->len ? g_array_index (markers, Marker, 0).start : strlen (project_cell);
        g_autofree char *lead = g_strstrip (g_strndup (project_cell, lead_end));

        if (lead[0] && im->items->len > 0)
          {
            /* a title continued from the row before (a page break inside it) */
            Item *last = g_ptr_array_index (im->items, im->items->len - 1);
            char *t = g_strconcat (last->title2, " ", lead, NULL);
            g_free (last->title2);
            last->title2 = t;
          }
        if (markers->len > 0)
          {
            group_close (&group, im);
            group_reset (&group, im, i);
          }
        for (guint k = 0; k < markers->len; k++)
          {
            Marker *m = &g_array_index (markers, Marker, k);
            guint end = k + 1 < markers->len ? g_array_index (markers, Marker, k + 1).start
                                             : strlen (project_cell);
            Item *item = g_new0 (Item, 1);

            item->title2 = g_strstrip (g_strndup (project_cell + m->end, end - m->end));
            item->number = m->number;
            item->dim = dim;
            item->sub_item = g_steal_pointer (&m->code);
            item->mission = item->sub_item ? g_strndup (item->sub_item, 3) : g_strdup (mission);
            item->line = i;
            item->group = i;
            for (guint y = 0; y < MAX_YEARS; y++)
              item->p2[y] = SJ_MONEY_NONE;
            g_ptr_array_add (im->items, item);
            group.n_items++;
            pat->global_next = im->items->len + 1;
            pat->dim_next = m->number + 1;
          }
        if (markers->len == 0 && !lead[0] && !have_amounts && !remark)
          continue;
      }
      for (guint y = 0; y < im->n_years; y++)
        g_array_append_vals (group.amounts[y], amounts[y]->data, amounts[y]->len);
      if (remark)
        g_ptr_array_add (group.remarks, g_steal_pointer (&remark));
    }
  group_close (&group, im);
  if (im->table_end == 0)
    im->table_end = im->source->blocks->len;
  for (guint y = 0; y < MAX_YEARS; y++)
    {
      g_array_unref (group.amounts[y]);
      g_array_unref (amounts[y]);
    }
  g_ptr_array_unref (group.remarks);
}

/* Part 3 --------------------------------------------------------------------------------------- */

static const struct
{
  SjFormField field;
  const char *pattern;
} field_labels[] = {
  { SJ_FORM_FIELD_TITLE, "ชื่อ(?:โครงการ|กิจกรรม|มาตรการ)" },
  { SJ_FORM_FIELD_RATIONALE, "หลักการและเหตุผล" },
  { SJ_FORM_FIELD_OBJECTIVES, "วัตถุประสงค์" },
  { SJ_FORM_FIELD_TARGET_GROUP, "(?:กลุ่มเป้าหมาย|เป้าหมาย)" },
  { SJ_FORM_FIELD_AREA, "พื้นที่(?:ดำเนินการ|ดำเนินงาน|เป้าหมาย)" },
  { SJ_FORM_FIELD_METHOD, "(?:วิธี(?:การ)?ดำเนิน(?:การ|งาน)|ขั้นตอน(?:การ)?ดำเนิน(?:การ|งาน))" },
  { SJ_FORM_FIELD_DURATION, "ระยะเวลา" },
  { SJ_FORM_FIELD_BUDGET, "งบประมาณ" },
  { SJ_FORM_FIELD_RESPONSIBLE_UNIT, "หน่วยงาน(?:ที่)?รับผิดชอบ" },
  { SJ_FORM_FIELD_RESPONSIBLE, "ผู้รับผิดชอบ" },
  { SJ_FORM_FIELD_OUTPUTS, "ผลผลิต(?!\\s*[/,]\\s*ผลลัพธ์)" },
  { SJ_FORM_FIELD_RESULTS, "(?:ผลผลิต\\s*[/,]\\s*ผลลัพธ์|ตัวชี้วัด|ผลที่คาดว่าจะได้รับ|ผลลัพธ์|ผลการดำเนินงาน)" },
};

/* A pattern of Thai words in which every vowel or tone mark above or below a letter may be
 * missing: a PDF whose bold face maps some marks to no character loses them in its text
 * ("วิธดำเนินการ", "ผู้รบผิดชอบ"). */
static char *
marks_optional (const char *pattern)
{
  GString *s = g_string_new (NULL);
  for (const char *p = pattern; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (s, c);
      if (c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E))
        g_string_append_c (s, '?');
    }
  return g_string_free (s, FALSE);
}

#define FORM_FIELDS 9


/* How the report names a project: its number as the source prints it, with its dimension where
 * the numbering starts again in each. */
static char *
item_ref (Importer *im, Item *item)
{
  if (im->per_dimension)
    return g_strdup_printf (_("%u of dimension %u"), item->number, item->dim);
  return g_strdup_printf ("%u", item->number);
}

/* Rich text from the blocks of a field: paragraphs, lists (lines with 1) (1) - • markers) and
 * tables. */
SjRich *
imp_rich_from_blocks (Importer *im, GArray *blocks, const char *first_text)
{
  static GRegex *marker;
  static gsize once;
  SjRich *rich = sj_rich_new ();
  GPtrArray *out = sj_rich_get_blocks (rich);
  SjBlock *list = NULL, *table = NULL;
  SjListStyle list_style = SJ_LIST_PLAIN;
  g_autoptr (GPtrArray) levels = g_ptr_array_new (); /* the lists an item goes into, by depth */

  if (g_once_init_enter (&once))
    {
      marker = imp_regex ("^(?:-\\s*)?(?:(\\d{1,2})\\)|\\((\\d{1,2})\\)|(\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?)\\)?|[-•●▪]|(\\d{1,2})\\.(?!\\d))\\s*(.*)$");
      g_once_init_leave (&once, 1);
    }
  for (guint k = 0; k < blocks->len + 1; k++)
    {
      const char *text;
      GStrv cells = NULL;
      g_autoptr (GMatchInfo) mi = NULL;

      if (k == 0)
        {
          if (first_text == NULL || first_text[0] == '\0')
            continue;
          text = first_text;
        }
      else
        {
          guint b = g_array_index (blocks, guint, k - 1);
          text = imp_text_at (im, b);
          cells = imp_cells_at (im, b);
        }
      if (cells)
        {
          SjRow *row;
          list = NULL;
          g_ptr_array_set_size (levels, 0);
          if (table == NULL)
            {
              table = sj_block_new_table (TRUE);
              g_ptr_array_add (out, table);
            }
          row = sj_block_add_row (table, table->rows->len == 0);
          for (guint c = 0; cells[c]; c++)
            {
              GPtrArray *cb = sj_row_add_cell (row, 1, SJ_ALIGN_LEFT);
              SjBlock *p = sj_block_new_paragraph ();
              p->align = SJ_ALIGN_LEFT;
              p->indent = FALSE;
              if (cells[c][0])
                sj_block_add_run (p, cells[c], 0, NULL);
              g_ptr_array_add (cb, p);
            }
          continue;
        }
      table = NULL;
      if (g_regex_match (marker, text, 0, &mi))
        {
          g_autofree char *paren = g_match_info_fetch (mi, 1);
          g_autofree char *pparen = g_match_info_fetch (mi, 2);
          g_autofree char *outline = g_match_info_fetch (mi, 3);
          g_autofree char *dot = g_match_info_fetch (mi, 4);
          g_autofree char *rest = g_match_info_fetch (mi, 5);
          SjListStyle style = paren && paren[0]     ? SJ_LIST_NUMBER_PAREN
                              : pparen && pparen[0] ? SJ_LIST_PAREN_NUMBER
                              : outline && outline[0] ? SJ_LIST_OUTLINE
                              : dot && dot[0]       ? SJ_LIST_NUMBER_DOT
                                                    : SJ_LIST_DASH;
          const char *num = paren && paren[0] ? paren : pparen && pparen[0] ? pparen : dot;
          SjBlock *p;
          GPtrArray *item;

          if (rest[0] == '\0')
            goto paragraph;
          if (style == SJ_LIST_OUTLINE)
            {
              /* "2.1)" under item 2), "2.1.3)" under 2.1): a list in the enclosing item */
              g_auto (GStrv) parts = g_strsplit (outline, ".", -1);
              guint depth = g_strv_length (parts);
              SjBlock *parent;
              SjItem *last;

              if (depth < 2 || levels->len < depth - 1)
                goto paragraph;
              g_ptr_array_set_size (levels, depth - 1);
              parent = g_ptr_array_index (levels, depth - 2);
              if (parent->items->len == 0)
                goto paragraph;
              last = g_ptr_array_index (parent->items, parent->items->len - 1);
              if (last->blocks->len
                  && ((SjBlock *) g_ptr_array_index (last->blocks, last->blocks->len - 1))->kind
                       == SJ_BLOCK_LIST)
                g_ptr_array_add (levels, g_ptr_array_index (last->blocks, last->blocks->len - 1));
              else
                {
                  SjBlock *nested = sj_block_new_list (SJ_LIST_OUTLINE,
                                                       (guint) atoi (parts[depth - 1]));
                  g_ptr_array_add (last->blocks, nested);
                  g_ptr_array_add (levels, nested);
                }
              item = sj_block_add_item (g_ptr_array_index (levels, depth - 1));
            }
          else
            {
              if (list == NULL || style != list_style)
                {
                  list = sj_block_new_list (style, num && num[0] ? (guint) atoi (num) : 1);
                  list_style = style;
                  g_ptr_array_add (out, list);
                }
              g_ptr_array_set_size (levels, 0);
              g_ptr_array_add (levels, list);
              item = sj_block_add_item (list);
            }
          p = sj_block_new_paragraph ();
          p->align = SJ_ALIGN_JUSTIFY;
          p->indent = FALSE;
          sj_block_add_run (p, rest, 0, NULL);
          g_ptr_array_add (item, p);
          continue;
        }
    paragraph:
      list = NULL;
      g_ptr_array_set_size (levels, 0);
      {
        SjBlock *p = sj_block_new_paragraph ();
        p->align = SJ_ALIGN_JUSTIFY;
        p->indent = TRUE;
        sj_block_add_run (p, text, 0, NULL);
        g_ptr_array_add (out, p);
      }
    }
  return rich;
}

char *
imp_blocks_plain (Importer *im, GArray *blocks, const char *first)
{
  GString *s = g_string_new (first ? first : "");
  for (guint k = 0; blocks && k < blocks->len; k++)
    {
      const char *t = imp_text_at (im, g_array_index (blocks, guint, k));
      if (s->len)
        g_string_append_c (s, ' ');
      g_string_append (s, t);
    }
  return g_strstrip (g_string_free (s, FALSE));
}

typedef struct
{
  guint block;         /* the field 1 line */
  char *mission;       /* from the headings before it */
  char *sub_item;
  GArray *fields[G_N_ELEMENTS (field_labels)]; /* blocks of each field, NULL if absent */
  char *first[G_N_ELEMENTS (field_labels)];    /* the text after the label on its line */
  char *label[G_N_ELEMENTS (field_labels)];
} Form;

static void
form_free (gpointer data)
{
  Form *f = data;
  g_free (f->mission);
  g_free (f->sub_item);
  for (guint k = 0; k < G_N_ELEMENTS (field_labels); k++)
    {
      if (f->fields[k])
        g_array_unref (f->fields[k]);
      g_free (f->first[k]);
      g_free (f->label[k]);
    }
  g_free (f);
}

static GPtrArray *
read_part3 (Importer *im)
{
  GPtrArray *forms = g_ptr_array_new_with_free_func (form_free);
  g_autoptr (GRegex) field_re = NULL;
  g_autoptr (GRegex) heading_dim = imp_regex ("^มิติที่\\s*(\\d)\\b");
  g_autoptr (GRegex) heading_sub = imp_regex ("^(\\d)\\.(\\d)\\.(\\d{1,2})\\s+(\\S.*)$");
  g_autoptr (GRegex) heading_mission = imp_regex ("^(\\d)\\.(\\d)\\s+(\\S.*)$");
  g_autoptr (GRegex) order_re = imp_regex ("^ลำดับที่\\s*\\d+$");
  g_autofree char *mission = NULL;
  g_autofree char *sub_item = NULL;
  Form *form = NULL;
  int current = -1;
  guint last_number = 0;
  guint start = im->table_end;

  {
    GString *p = g_string_new ("^(\\d{1,2})\\s*\\.\\s*(");
    for (guint k = 0; k < G_N_ELEMENTS (field_labels); k++)
      {
        g_autofree char *tolerant = marks_optional (field_labels[k].pattern);
        g_string_append_printf (p, "%s(%s)", k ? "|" : "", tolerant);
      }
    g_string_append (p, ")(.*)$");
    field_re = imp_regex (p->str);
    g_string_free (p, TRUE);
  }
  for (guint i = start; i < im->source->blocks->len; i++)
    if (imp_cells_at (im, i) == NULL && g_regex_match_simple ("^ส่วนที่\\s*3", imp_text_at (im, i), 0, 0))
      {
        start = i + 1;
        break;
      }

  for (guint i = start; i < im->source->blocks->len; i++)
    {
      const char *t = imp_text_at (im, i);
      g_autoptr (GMatchInfo) mi = NULL;
      gboolean is_row = imp_cells_at (im, i) != NULL;

      if (!is_row && g_regex_match (heading_dim, t, 0, NULL) && strlen (t) < 400)
        {
          form = NULL;
          current = -1;
          continue;
        }
      if (!is_row && g_regex_match (heading_sub, t, 0, &mi))
        {
          g_autofree char *a = g_match_info_fetch (mi, 1);
          g_autofree char *b = g_match_info_fetch (mi, 2);
          g_autofree char *c = g_match_info_fetch (mi, 3);
          g_autofree char *code = g_strdup_printf ("%s.%s.%s", a, b, c);
          g_autofree char *name = g_match_info_fetch (mi, 4);
          SjSubItem *si = find_sub_item (im->plan, code);
          if (si && imp_similar_start (name, sj_sub_item_get_name (si)))
            {
              g_free (sub_item);
              sub_item = g_steal_pointer (&code);
              g_free (mission);
              mission = g_strndup (sub_item, 3);
              form = NULL;
              current = -1;
              continue;
            }
        }
      g_clear_pointer (&mi, g_match_info_unref);
      if (!is_row && g_regex_match (heading_mission, t, 0, &mi))
        {
          g_autofree char *a = g_match_info_fetch (mi, 1);
          g_autofree char *b = g_match_info_fetch (mi, 2);
          g_autofree char *code = g_strdup_printf ("%s.%s", a, b);
          g_autofree char *name = g_match_info_fetch (mi, 3);
          SjMission *m = find_mission (im->plan, code);
          if (m && imp_similar_start (name, sj_mission_get_name (m)))
            {
              g_free (mission);
              mission = g_steal_pointer (&code);
              g_clear_pointer (&sub_item, g_free);
              form = NULL;
              current = -1;
              continue;
            }
        }
      g_clear_pointer (&mi, g_match_info_unref);
      if (!is_row && g_regex_match (order_re, t, 0, NULL))
        {
          form = NULL;
          current = -1;
          continue;
        }
      if (!is_row && g_regex_match (field_re, t, 0, &mi))
        {
          g_autofree char *num = g_match_info_fetch (mi, 1);
          guint number = atoi (num);
          int kind = -1;
          for (guint k = 0; k < G_N_ELEMENTS (field_labels); k++)
            {
              g_autofree char *g = g_match_info_fetch (mi, 3 + k);
              if (g && g[0])
                {
                  kind = k;
                  break;
                }
            }
          if (kind == 0 && number == 1)
            {
              form = g_new0 (Form, 1);
              form->block = i;
              form->mission = g_strdup (mission);
              form->sub_item = g_strdup (sub_item);
              g_ptr_array_add (forms, form);
              last_number = 0;
            }
          /* "89." for 8. is a typo of a seed: a number out of range still starts a field */
          if (form && kind >= 0 && form->fields[kind] == NULL && (number > last_number || number > 12))
            {
              g_autofree char *label = g_match_info_fetch (mi, 2);
              g_autofree char *rest = g_match_info_fetch (mi, 3 + G_N_ELEMENTS (field_labels));
              g_autofree char *label_full = NULL;
              char *colon;

              if (number <= 12)
                last_number = number;
              current = kind;
              form->fields[kind] = g_array_new (FALSE, FALSE, sizeof (guint));
              /* the label runs to a colon; what follows is the value */
              colon = strstr (rest, ":");
              if (colon)
                {
                  g_autofree char *head = g_strndup (rest, colon - rest);
                  label_full = g_strstrip (g_strconcat (label, head, NULL));
                  form->first[kind] = g_strstrip (g_strdup (colon + 1));
                }
              else if (kind == 0)
                {
                  label_full = g_strdup (label);
                  form->first[kind] = g_strstrip (g_strdup (rest));
                }
              else
                {
                  /* "งบประมาณดำเนินการ 50,000 บาท": a value after the label's words */
                  g_autofree char *r = g_strstrip (g_strdup (rest));
                  char *sp = strchr (r, ' ');
                  if (sp && kind == 7)
                    {
                      g_autofree char *head = g_strndup (r, sp - r);
                      label_full = g_strstrip (g_strconcat (label, head, NULL));
                      form->first[kind] = g_strstrip (g_strdup (sp + 1));
                    }
                  else
                    label_full = g_strstrip (g_strconcat (label, r, NULL));
                }
              form->label[kind] = g_steal_pointer (&label_full);
              continue;
            }
        }
      if (form && current >= 0)
        g_array_append_val (form->fields[current], i);
    }
  return forms;
}

/* A form's budget: the first amount in field 7, or none (ไม่ใช้งบประมาณ, -). */
static gboolean
form_amount (Importer *im, Form *f, SjMoney *out)
{
  guint k = 7;
  g_autofree char *text = NULL;
  g_autoptr (GRegex) amount = imp_regex ("(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)\\s*บาท");

  if (f->fields[k] == NULL)
    return FALSE;
  text = imp_blocks_plain (im, f->fields[k], f->first[k]);
  if (strstr (text, "ไม่ใช้งบประมาณ") || strstr (text, "ไม่ได้ใช้งบประมาณ")
      || strstr (text, "ไม่ใช้งบ") || g_regex_match_simple ("^[-–—]+$", text, 0, 0)
      || g_strcmp0 (text, "") == 0)
    {
      *out = SJ_MONEY_NONE;
      return TRUE;
    }
  {
    g_autoptr (GMatchInfo) mi = NULL;
    if (g_regex_match (amount, text, 0, &mi))
      {
        g_autofree char *n = g_match_info_fetch (mi, 1);
        return sj_money_parse (n, out, NULL);
      }
  }
  return FALSE;
}

/* Building the plan ---------------------------------------------------------------------------- */

static SjUnit *
unit_for (Importer *im, const char *text)
{
  g_autofree char *key = g_strstrip (g_strdup (text));
  SjUnit *unit;

  if (key[0] == '-' && key[1] == ' ')
    memmove (key, key + 2, strlen (key + 2) + 1);
  if (key[0] == '\0')
    return NULL;
  unit = g_hash_table_lookup (im->units, key);
  if (unit)
    {
      /* how the source names the plan's standard units (those this import added name
       * themselves) */
      if (!g_str_has_prefix (sj_unit_get_id (unit), "u-import-"))
        {
          if (g_strcmp0 (sj_unit_get_name (unit), key) == 0)
            im->units_by_name++;
          else
            im->units_by_short++;
        }
      return unit;
    }
  {
    /* short names are written with and without their dot */
    g_autofree char *dotted = g_strconcat (key, ".", NULL);
    unit = g_hash_table_lookup (im->units, dotted);
    if (unit)
      return unit;
  }
  unit = sj_unit_new ();
  {
    g_autofree char *id = g_strdup_printf ("u-import-%u", ++im->n_new_units);
    sj_unit_set_id (unit, id);
  }
  if (g_utf8_strlen (key, -1) <= 8 && !g_str_has_prefix (key, "กอง") && !g_str_has_prefix (key, "สำนัก"))
    sj_unit_set_short_name (unit, key);
  sj_unit_set_name (unit, key);
  sj_plan_append_unit (im->plan, unit);
  g_hash_table_insert (im->units, g_strdup (key), unit);
  g_object_unref (unit);
  return unit;
}

static void
index_units (Importer *im)
{
  GListModel *units = sj_plan_get_units (im->plan);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (SjUnit) u = g_list_model_get_item (units, i);
      if (*sj_unit_get_short_name (u))
        g_hash_table_insert (im->units, g_strdup (sj_unit_get_short_name (u)), u);
      g_hash_table_insert (im->units, g_strdup (sj_unit_get_name (u)), u);
    }
}

/* Text without its vowel and tone marks above and below, nor spaces. */
static char *
without_marks (const char *text)
{
  GString *s = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == ' ' || c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E))
        continue;
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static void
set_label (SjProject *p, SjFormField field, const char *label)
{
  SjFieldLabel *l;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *fixed_label = NULL;

  if (label == NULL || label[0] == '\0')
    return;
  /* the words of labels, spelled right where a PDF's text lost their marks */
  {
    static const char *const words[] = {
      "ผู้รับผิดชอบ", "วิธีการ", "วิธี", "ดำเนินการ", "ดำเนินงาน", "ตัวชี้วัด", "ระยะเวลา",
      "หลักการและเหตุผล", "วัตถุประสงค์", "กลุ่มเป้าหมาย", "เป้าหมาย", "ผลผลิต", "ผลลัพธ์",
      "พื้นที่", "งบประมาณ", "หน่วยงาน", "ที่มา", "โครงการ", "กิจกรรม", "มาตรการ",
      "ผลที่คาดว่าจะได้รับ", "ขั้นตอน", "ติดตามและประเมินผล",
    };
    static GRegex *patterns[G_N_ELEMENTS (words)];
    static gsize once;
    char *fixed = g_strdup (label);

    if (g_once_init_enter (&once))
      {
        for (guint w = 0; w < G_N_ELEMENTS (words); w++)
          {
            g_autofree char *pattern = marks_optional (words[w]);
            patterns[w] = imp_regex (pattern);
          }
        g_once_init_leave (&once, 1);
      }
    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      {
        char *r = g_regex_replace_literal (patterns[w], fixed, -1, 0, words[w], 0, NULL);
        if (r)
          {
            g_free (fixed);
            fixed = r;
          }
      }
    label = fixed_label = fixed;
  }
  /* the standard label, perhaps with marks lost by a PDF's text */
  a = without_marks (label);
  b = without_marks (sj_form_field_label (field));
  if (strcmp (a, b) == 0)
    return;
  l = sj_field_label_new ();
  sj_field_label_set_field (l, field);
  sj_field_label_set_text (l, label);
  sj_project_append_label (p, l);
  g_object_unref (l);
}

static void
fill_from_form (Importer *im, Item *item, Form *f)
{
  SjProject *p = item->project;
  SjMoney amount;
  g_autofree char *ref = item_ref (im, item);

  item->has_form = TRUE;
  im->report->n_forms++;
  {
    /* the nine fields of the form: name, rationale, objectives, target group, method, duration,
     * budget, who is responsible (person or unit), results (outputs, outcomes or both) */
    guint found = 0;
    for (guint k = 0; k < G_N_ELEMENTS (field_labels); k++)
      {
        SjFormField field = field_labels[k].field;
        if (f->fields[k] == NULL || field == SJ_FORM_FIELD_AREA)
          continue;
        if (field == SJ_FORM_FIELD_RESPONSIBLE_UNIT && f->fields[9] != NULL)
          continue; /* counted with ผู้รับผิดชอบ */
        if (field == SJ_FORM_FIELD_OUTPUTS && f->fields[11] != NULL)
          continue; /* counted with the results */
        found++;
      }
    found = MIN (found, FORM_FIELDS);
    im->report->n_fields += found;
    if (im->report->n_forms == 1 || found < im->report->worst_fields)
      {
        im->report->worst_fields = found;
        im->report->worst_project = item->number;
      }
  }
  for (guint k = 0; k < G_N_ELEMENTS (field_labels); k++)
    {
      SjFormField field = field_labels[k].field;
      g_autoptr (SjRich) rich = NULL;

      if (f->fields[k] == NULL)
        continue;
      if (field != SJ_FORM_FIELD_TITLE && field != SJ_FORM_FIELD_BUDGET)
        set_label (p, field, f->label[k]);
      switch (field)
        {
        case SJ_FORM_FIELD_RATIONALE:
          rich = imp_rich_from_blocks (im, f->fields[k], f->first[k]);
          sj_project_set_rationale (p, rich);
          break;
        case SJ_FORM_FIELD_OBJECTIVES:
          rich = imp_rich_from_blocks (im, f->fields[k], f->first[k]);
          sj_project_set_objectives (p, rich);
          break;
        case SJ_FORM_FIELD_TARGET_GROUP:
          rich = imp_rich_from_blocks (im, f->fields[k], f->first[k]);
          sj_project_set_target_group (p, rich);
          break;
        case SJ_FORM_FIELD_AREA:
          rich = imp_rich_from_blocks (im, f->fields[k], f->first[k]);
          sj_project_set_area (p, rich);
          break;
        case SJ_FORM_FIELD_METHOD:
          rich = imp_rich_from_blocks (im, f->fields[k], f->first[k]);
          sj_project_set_method (p, rich);
          break;
        case SJ_FORM_FIELD_DURATION:
          {
            /* the period is computed from the years; only other words are kept */
            g_autofree char *text = imp_blocks_plain (im, f->fields[k], f->first[k]);
            if (!g_regex_match_simple ("^(?:ปีงบประมาณ\\s*)?(?:พ\\.ศ\\.\\s*)?\\d{4}(?:\\s*[-–]\\s*\\d{4})?$",
                                       text, 0, 0)
                && text[0])
              {
                rich = imp_rich_from_blocks (im, f->fields[k], f->first[k]);
                sj_project_set_duration_note (p, rich);
              }
          }
          break;
        case SJ_FORM_FIELD_RESPONSIBLE:
          {
            g_autofree char *text = imp_blocks_plain (im, f->fields[k], f->first[k]);
            sj_project_set_responsible (p, text);
            if (sj_project_get_unit (p) == NULL && text[0])
              sj_project_set_unit (p, unit_for (im, text));
          }
          break;
        case SJ_FORM_FIELD_RESPONSIBLE_UNIT:
          {
            g_autofree char *text = imp_blocks_plain (im, f->fields[k], f->first[k]);
            sj_project_set_responsible_unit (p, text);
          }
          break;
        case SJ_FORM_FIELD_OUTPUTS:
          rich = imp_rich_from_blocks (im, f->fields[k], f->first[k]);
          sj_project_set_outputs (p, rich);
          break;
        case SJ_FORM_FIELD_RESULTS:
        case SJ_FORM_FIELD_OUTCOMES:
          {
            /* "ผลผลิต" and "ผลลัพธ์" as sub-headings of the field: outputs, then outcomes */
            g_autoptr (GArray) outputs = g_array_new (FALSE, FALSE, sizeof (guint));
            g_autoptr (GArray) outcomes = g_array_new (FALSE, FALSE, sizeof (guint));
            GArray *into = outcomes;
            gboolean split = FALSE;
            for (guint b = 0; b < f->fields[k]->len; b++)
              {
                guint bi = g_array_index (f->fields[k], guint, b);
                const char *t = imp_text_at (im, bi);
                if (g_regex_match_simple ("^ผลผลิต\\s*(?:\\(.*\\))?\\s*:?$", t, 0, 0))
                  {
                    into = outputs;
                    split = TRUE;
                    continue;
                  }
                if (g_regex_match_simple ("^ผลลัพธ์\\s*(?:\\(.*\\))?\\s*:?$", t, 0, 0))
                  {
                    into = outcomes;
                    split = TRUE;
                    continue;
                  }
                g_array_append_val (into, bi);
              }
            if (split && outputs->len)
              {
                g_autoptr (SjRich) out = imp_rich_from_blocks (im, outputs, NULL);
                sj_project_set_outputs (p, out);
              }
            rich = imp_rich_from_blocks (im, split ? outcomes : f->fields[k], f->first[k]);
            sj_project_set_outcomes (p, rich);
          }
          break;
        case SJ_FORM_FIELD_TITLE:
        case SJ_FORM_FIELD_BUDGET:
        default:
          break;
        }
    }
  /* the title: the form's, unless it is another project's */
  if (f->fields[0])
    {
      g_autofree char *title3 = imp_blocks_plain (im, f->first[0][0] ? NULL : f->fields[0], f->first[0]);
      g_autofree char *a = imp_squeeze (title3);
      g_autofree char *b = imp_squeeze (sj_project_get_title (p));

      if (title3[0] == '\0' && f->fields[0]->len > 0)
        {
          g_free (title3);
          title3 = g_strdup (imp_text_at (im, g_array_index (f->fields[0], guint, 0)));
          g_free (a);
          a = imp_squeeze (title3);
        }
      if (strcmp (a, b) == 0)
        sj_project_set_title (p, title3);
      else if (title3[0])
        {
          SjImportNote *note = imp_add_note (
            im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_TITLE, f->block,
            _("Project %s is named differently in Part 2 (“%s”) and in its form (“%s”); Part 2's "
              "name was kept"),
            ref, sj_project_get_title (p), title3);
          note->project = g_object_ref (p);
          note->chosen_text = g_strdup (sj_project_get_title (p));
          note->source_text = g_strdup (title3);
        }
    }
  if (form_amount (im, f, &amount))
    {
      item->p3 = amount;
      item->p3_known = TRUE;
    }
  else if (f->fields[7])
    {
      g_autofree char *text = imp_blocks_plain (im, f->fields[7], f->first[7]);
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, f->block,
                _("The form of project %s states no amount in its budget field (“%s”)"),
                ref, text);
    }
  if (f->sub_item && item->sub_item == NULL)
    item->sub_item = g_strdup (f->sub_item);
  if (f->mission && g_strcmp0 (f->mission, item->mission) != 0 && find_mission (im->plan, f->mission)
      && item->dim == (guint) (f->mission[0] - '0'))
    {
      g_free (item->mission);
      item->mission = g_strdup (f->mission);
    }
}

static void
set_amounts (Importer *im, Item *item, const SjMoney *amounts)
{
  while (sj_project_get_n_years (item->project) > 0)
    sj_project_remove_year_at (item->project, 0);
  for (guint y = 0; y < im->n_years; y++)
    {
      SjProjectYear *py = sj_project_year_new ();
      sj_project_year_set_year (py, im->first_year + y);
      sj_project_year_set_amount (py, amounts[y]);
      /* every quarter, as plans print it unless their annex says otherwise */
      sj_project_year_set_quarters (py, 0xf);
      sj_project_append_year (item->project, py);
      g_object_unref (py);
    }
}

/* Two development plan projects are the same when their names agree in their first 40 letters
 * (spaces ignored): the same name is retyped with small differences from page to page. */
static char *
funding_key (const char *name)
{
  g_autofree char *s = imp_squeeze (name);
  glong n = g_utf8_strlen (s, -1);
  return g_strndup (s, g_utf8_offset_to_pointer (s, MIN (n, 40)) - s);
}

/* @text with every occurrence of @name that has spaces in it (a wrapped table cell) written
 * whole. */
static char *
own_name_whole (const char *text, const char *name)
{
  GString *pattern = g_string_new (NULL);
  g_autoptr (GRegex) re = NULL;
  g_autoptr (GError) error = NULL;
  char *result;

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      g_autofree char *ch = g_strndup (p, g_utf8_next_char (p) - p);
      g_autofree char *escaped = g_regex_escape_string (ch, -1);
      if (pattern->len)
        g_string_append (pattern, " ?");
      g_string_append (pattern, escaped);
    }
  re = g_regex_new (pattern->str, 0, 0, &error);
  g_string_free (pattern, TRUE);
  if (re == NULL)
    return g_strdup (text);
  result = g_regex_replace_literal (re, text, -1, 0, name, 0, NULL);
  return result ? result : g_strdup (text);
}

/* Whether a project printed with 0 in Part 2 is carried out as a development plan project whose
 * money another project of the plan already shows (its form then states that money). */
static gboolean
carried_elsewhere (Importer *im, Item *item)
{
  g_autofree char *key = NULL;

  if (item->funding == NULL || item->p2[0] != 0)
    return FALSE;
  key = funding_key (item->funding);
  for (guint i = 0; i < im->items->len; i++)
    {
      Item *o = g_ptr_array_index (im->items, i);
      g_autofree char *k = NULL;
      if (o == item || o->funding == NULL || !o->p2_known)
        continue;
      k = funding_key (o->funding);
      if (strcmp (k, key) == 0 && o->p2[0] == item->p3)
        return TRUE;
    }
  return FALSE;
}

/* Shared funding: the projects carried out as the same development plan project use one funding
 * line, whose money is that of the first of them with money; it is counted once. */
static void
build_funding (Importer *im)
{
  g_autoptr (GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = 0;

  for (guint i = 0; i < im->items->len; i++)
    {
      Item *item = g_ptr_array_index (im->items, i);
      g_autofree char *key = NULL;
      SjFundingLine *line;
      gboolean has_money = FALSE;

      if (item->funding == NULL)
        continue;
      key = funding_key (item->funding);
      for (guint y = 0; y < im->n_years; y++)
        {
          SjMoney a = sj_project_get_amount (item->project, im->first_year + y);
          has_money |= a != SJ_MONEY_NONE && a > 0;
        }
      line = g_hash_table_lookup (lines, key);
      if (line == NULL)
        {
          g_autofree char *id = g_strdup_printf ("f-import-%u", ++n);
          line = sj_funding_line_new ();
          sj_funding_line_set_id (line, id);
          sj_funding_line_set_name (line, item->funding);
          if (item->funding_source)
            {
              g_autofree char *src = sj_import_join_split_words (item->funding_source);
              sj_funding_line_set_source (line, src);
            }
          sj_plan_append_funding_line (im->plan, line);
          g_object_unref (line);
          g_hash_table_insert (lines, g_steal_pointer (&key), line);
        }
      if (has_money && sj_funding_line_get_n_amounts (line) == 0)
        for (guint y = 0; y < im->n_years; y++)
          {
            SjYearAmount *a = sj_year_amount_new ();
            SjMoney m = sj_project_get_amount (item->project, im->first_year + y);
            sj_year_amount_set_year (a, im->first_year + y);
            sj_year_amount_set_value (a, m);
            sj_funding_line_append_amount (line, a);
            g_object_unref (a);
          }
      sj_project_set_funding (item->project, line);
      {
        /* the project's years stay; their money is the line's */
        GListModel *years = sj_project_get_years (item->project);
        for (guint y = 0; y < g_list_model_get_n_items (years); y++)
          {
            g_autoptr (SjProjectYear) py = g_list_model_get_item (years, y);
            sj_project_year_set_amount (py, SJ_MONEY_NONE);
          }
      }
    }
  if (n > 0)
    imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, G_MAXUINT,
              ngettext ("%u development plan project funds the plan's projects (หมายเหตุ "
                        "เป็นการดำเนินการในชื่อ…); its money is counted once",
                        "%u development plan projects fund the plan's projects (หมายเหตุ "
                        "เป็นการดำเนินการในชื่อ…); each one's money is counted once",
                        n),
              n);
}

/* Chooses each project's amounts from Part 2 and Part 3 by the rules the closing report states. */
static void
reconcile (Importer *im)
{
  for (guint i = 0; i < im->items->len; i++)
    {
      Item *item = g_ptr_array_index (im->items, i);
      g_autofree char *ref = item_ref (im, item);
      SjMoney chosen[MAX_YEARS];

      for (guint y = 0; y < im->n_years; y++)
        chosen[y] = item->p2[y];
      if (!item->p2_known)
        {
          for (guint y = 0; y < im->n_years; y++)
            chosen[y] = item->p3_known ? item->p3 : SJ_MONEY_NONE;
          if (!item->p3_known)
            imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, item->line,
                      _("Project %s has no amount in Part 2 nor in a form; ไม่ใช้งบประมาณ was "
                        "taken"),
                      ref);
        }
      else
        {
          /* a zero in Part 2 where the form says ไม่ใช้งบประมาณ, and the reverse, are the same */
          for (guint y = 0; y < im->n_years; y++)
            if ((chosen[y] == 0 || chosen[y] == SJ_MONEY_NONE) && item->p3_known
                && (item->p3 == SJ_MONEY_NONE || item->p3 == 0))
              chosen[y] = SJ_MONEY_NONE;
          if (item->p3_known && chosen[0] != item->p3
              && !(chosen[0] == 0 && item->p3 == SJ_MONEY_NONE)
              && !carried_elsewhere (im, item))
            {
              /* the amount on the wrong row: two neighbours whose forms say each other's */
              Item *other = NULL;
              for (int d = -1; d <= 1; d += 2)
                {
                  int j = (int) i + d;
                  Item *o;
                  if (j < 0 || (guint) j >= im->items->len)
                    continue;
                  o = g_ptr_array_index (im->items, j);
                  if (o->p2_known && o->p3_known && o->p3 == item->p2[0] && item->p3 == o->p2[0]
                      && g_strcmp0 (o->mission, item->mission) == 0)
                    other = o;
                }
              {
                g_autofree char *a2 = imp_money_text (item->p2[0]);
                g_autofree char *a3 = imp_money_text (item->p3);
                SjImportNote *note;
                g_autofree char *other_ref = other ? item_ref (im, other) : NULL;
                if (other)
                  {
                    for (guint y = 0; y < im->n_years; y++)
                      chosen[y] = item->p3;
                    note = imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_BUDGET, item->line,
                                     _("Project %s: Part 2 prints %s on its row, its form says %s, "
                                       "and project %s's the other way round — the amount sits "
                                       "on the wrong row of Part 2; the forms' amounts were taken"),
                                     ref, a2, a3, other_ref);
                    note->source_value = item->p2[0];
                    note->chosen_value = item->p3;
                  }
                else
                  {
                    note = imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_BUDGET, item->line,
                                     _("Project %s: Part 2 prints %s, its form says %s; Part 2's "
                                       "amount was kept"),
                                     ref, a2, a3);
                    note->source_value = item->p3;
                    note->chosen_value = item->p2[0];
                  }
                note->project = g_object_ref (item->project);
              }
            }
        }
      set_amounts (im, item, chosen);
    }
}

/* The printed figures against the rows --------------------------------------------------------- */

/* One note for a printed figure that differs from the rows' in some years: per year, or once
 * when every year differs alike. */
static void
note_sums (Importer *im, SjImportDiff diff, guint block, guint dim, const SjMoney *printed,
           const SjMoney *sums)
{
  gboolean alike = TRUE, any = FALSE;

  for (guint y = 0; y < im->n_years; y++)
    {
      any |= printed[y] != sums[y];
      alike &= printed[y] == printed[0] && sums[y] == sums[0];
    }
  if (!any)
    return;
  for (guint y = 0; y < im->n_years; y++)
    {
      g_autofree char *a = imp_money_text (printed[y]);
      g_autofree char *b = imp_money_text (sums[y]);
      g_autofree char *when = alike ? g_strdup_printf ("%d–%d", im->first_year,
                                                      im->first_year + (int) im->n_years - 1)
                                    : g_strdup_printf ("%d", im->first_year + (int) y);
      if (printed[y] == sums[y])
        continue;
      if (dim)
        imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, diff, block,
                  _("Dimension %u, %s: the table prints a subtotal of %s a year, its projects add "
                    "up to %s"),
                  dim, when, a, b);
      else
        imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, diff, block,
                  _("%s: the table prints a grand total of %s a year, its projects add up to %s"),
                  when, a, b);
      if (alike)
        break;
    }
}

static void
compare_totals (Importer *im)
{
  SjMoney sums[8][MAX_YEARS] = { { 0 } };
  SjMoney all[MAX_YEARS] = { 0 };
  guint counts[8] = { 0 };
  g_autoptr (SjSummary) summary = sj_summary_new (im->plan);

  for (guint i = 0; i < im->items->len; i++)
    {
      Item *item = g_ptr_array_index (im->items, i);
      if (item->dim >= 8)
        continue;
      counts[item->dim]++;
      for (guint y = 0; y < im->n_years; y++)
        {
          /* a shared funding line is counted once, with the first project using it */
          SjMoney a = sj_summary_get_counted_amount (summary, item->project, y);
          if (a != SJ_MONEY_NONE)
            {
              sums[item->dim][y] = sj_money_add (sums[item->dim][y], a);
              all[y] = sj_money_add (all[y], a);
            }
        }
    }
  for (guint d = 1; d < 8; d++)
    {
      if (!im->have_subtotal[d])
        continue;
      if (im->subtotal_count[d] && im->subtotal_count[d] != counts[d])
        imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_COUNT, im->subtotal_line[d],
                  _("Dimension %u: the table prints %u projects, it lists %u"), d,
                  im->subtotal_count[d], counts[d]);
      note_sums (im, SJ_IMPORT_DIFF_SUBTOTAL, im->subtotal_line[d], d, im->subtotal[d], sums[d]);
    }
  if (im->have_total)
    {
      if (im->total_count && im->total_count != im->items->len)
        imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_COUNT, im->total_line,
                  _("The table prints %u projects in all, it lists %u"), im->total_count,
                  im->items->len);
      note_sums (im, SJ_IMPORT_DIFF_TOTAL, im->total_line, 0, im->total, all);
    }
  else
    imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, G_MAXUINT,
              _("The Part 2 table has no รวมทั้งสิ้น row"));

  /* the counts the text prints: "รวมจำนวน 56 โครงการ", "มิติที่ 1 … จำนวน 11 โครงการ" */
  {
    g_autoptr (GRegex) total_re = imp_regex ("(?:รวม(?:ทั้งสิ้น)?\\s*)จำนวน\\s*(?:โครงการ\\s*)?(\\d+)\\s*(?:โครงการ)?");
    g_autoptr (GRegex) dim_re = imp_regex ("^(?:-\\s*)?มิติที่\\s*(\\d)\\s.*จำนวน\\s*(\\d+)\\s*โครงการ");
    for (guint i = 0; i < im->table_start; i++)
      {
        g_autoptr (GMatchInfo) mi = NULL;
        const char *t = imp_text_at (im, i);
        if (imp_cells_at (im, i))
          continue;
        if (g_regex_match (dim_re, t, 0, &mi))
          {
            g_autofree char *d = g_match_info_fetch (mi, 1);
            g_autofree char *n = g_match_info_fetch (mi, 2);
            guint dd = atoi (d);
            if (dd < 8 && (guint) atoi (n) != counts[dd])
              imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_COUNT, i,
                        _("The text says dimension %u has %s projects, the table lists %u"), dd, n,
                        counts[dd]);
            continue;
          }
        g_clear_pointer (&mi, g_match_info_unref);
        if (g_regex_match (total_re, t, 0, &mi))
          {
            g_autofree char *n = g_match_info_fetch (mi, 1);
            if ((guint) atoi (n) != im->items->len)
              imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_COUNT, i,
                        _("The text says the plan has %s projects, the table lists %u"), n,
                        im->items->len);
          }
      }
  }
}

/* Another organisation's name in the text (copied from a neighbour's plan). */
static void
find_other_names (Importer *im, const char *own)
{
  g_autofree char *kinds = g_strjoinv ("|", (char **) org_kinds);
  g_autofree char *pattern = g_strdup_printf ("(?:%s)[ก-๙]{3,}", kinds);
  g_autoptr (GRegex) re = imp_regex (pattern);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < im->source->blocks->len; i++)
    {
      g_autoptr (GMatchInfo) mi = NULL;
      g_regex_match (re, imp_text_at (im, i), 0, &mi);
      while (g_match_info_matches (mi))
        {
          g_autofree char *name = g_match_info_fetch (mi, 0);
          /* the own name followed by more words is the own name */
          if (!g_str_has_prefix (name, own) && !g_str_has_prefix (own, name)
              && !g_hash_table_contains (seen, name))
            {
              g_autofree char *k = g_strdup (name);
              /* "เทศบาลเมือง" + a common word (เทศบาลตำบลทุกแห่ง) is not a name */
              if (!g_regex_match_simple ("(?:ทุก|ต่าง|อื่น|ของ|และ|ที่|ใน|ได้|มี|จะ|เป็น|ให้)", name + strlen ("เทศบาล"), 0, 0))
                {
                  g_hash_table_add (seen, g_steal_pointer (&k));
                  imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_ORGANISATION, i,
                            _("“%s” is named in the text; the plan is %s's (copied from another "
                              "plan?)"),
                            name, own);
                }
            }
          g_match_info_next (mi, NULL);
        }
    }
}

/* The whole import ---------------------------------------------------------------------------- */

static void
count_digits (Importer *im)
{
  for (guint i = 0; i < im->source->blocks->len; i++)
    {
      SjSourceBlock *b = g_ptr_array_index (im->source->blocks, i);
      for (const char *p = b->text; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          if (c >= 0x0E50 && c <= 0x0E59)
            im->n_thai_digits++;
          else if (c >= '0' && c <= '9')
            im->n_arabic_digits++;
        }
    }
}

/* How the source prints what the plan's settings say: numbering that starts again in each
 * dimension, the unit in the last column of Part 2, sub-items or none, zeros and no budget as
 * 0 (or ๐) or a dash. */
static void
infer_settings (Importer *im)
{
  SjSettings *settings = sj_plan_get_settings (im->plan);
  guint zeros = 0, dashes = 0;

  for (guint i = 0; i < im->items->len; i++)
    {
      Item *item = g_ptr_array_index (im->items, i);
      if (item->number != i + 1)
        im->per_dimension = TRUE;
    }
  if (im->per_dimension)
    sj_settings_set_numbering (settings, SJ_NUMBERING_PER_DIMENSION);
  {
    Columns cols = { 0 };
    GStrv c = imp_cells_at (im, im->table_start);
    if (c && is_header_row (c, &cols) && (guint) cols.remark_col < g_strv_length (c)
        && strstr (c[cols.remark_col], "หน่วยงาน"))
      sj_settings_set_last_column (settings, SJ_LAST_COLUMN_UNIT);
  }
  /* the amounts of the table: "0" or "๐" where other plans print "-" */
  for (guint i = im->table_start; i < im->table_end; i++)
    {
      SjSourceBlock *b = g_ptr_array_index (im->source->blocks, i);
      for (guint k = 0; b->cells && b->cells[k]; k++)
        {
          const char *t = b->cells[k];
          if (strcmp (t, "-") == 0)
            dashes++;
          else if (strcmp (t, "0") == 0 || strcmp (t, "๐") == 0)
            zeros++;
        }
    }
  if (zeros > dashes)
    {
      sj_settings_set_no_budget (settings, SJ_NO_BUDGET_ZERO);
      sj_settings_set_zero_style (settings, im->n_thai_digits > im->n_arabic_digits
                                              ? SJ_ZERO_STYLE_THAI_ZERO
                                              : SJ_ZERO_STYLE_ZERO);
    }
}

SjPlan *
sj_import_source (SjSource *source, SjCatalog *catalog, SjImportReport **report_out,
                  GError **error)
{
  Importer im = { 0 };
  Cover cover = { 0 };
  Patterns pat;
  g_autoptr (SjImportReport) report = g_new0 (SjImportReport, 1);
  g_autoptr (GPtrArray) forms = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GTimer) timer = g_timer_new ();
  SjPlan *result = NULL;
  guint n = source->blocks->len;

  report->notes = g_ptr_array_new_with_free_func (note_free);
  report->format = source->format;
  im.source = source;
  im.report = report;
  im.catalog = catalog;
  im.items = g_ptr_array_new_with_free_func (item_free);
  im.texts = g_new0 (char *, n + 1);
  im.cells = g_ptr_array_new_full (n, (GDestroyNotify) g_strfreev);
  im.units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  patterns_init (&pat);
  count_digits (&im);
  for (guint i = 0; i < n; i++)
    {
      SjSourceBlock *b = g_ptr_array_index (source->blocks, i);
      if (b->cells)
        {
          guint nc = g_strv_length (b->cells);
          GStrv cells = g_new0 (char *, nc + 1);
          for (guint c = 0; c < nc; c++)
            cells[c] = sj_import_clean (b->cells[c]);
          g_ptr_array_add (im.cells, cells);
          im.texts[i] = g_strjoinv ("\t", cells);
        }
      else
        {
          g_ptr_array_add (im.cells, NULL);
          im.texts[i] = sj_import_clean (b->text);
        }
    }
  /* the Part 2 table: its first header row */
  for (guint i = 0; i < n; i++)
    if (imp_cells_at (&im, i) && is_header_row (imp_cells_at (&im, i), NULL))
      {
        im.table_start = i;
        break;
      }
  if (!read_cover (&im, &cover, error))
    goto out;
  if (im.table_start == 0 && !(n > 0 && imp_cells_at (&im, 0) && is_header_row (imp_cells_at (&im, 0), NULL)))
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("No Part 2 table was found (a table with the columns โครงการ/กิจกรรม/มาตรการ "
                     "and ปี %d …); is this the plan book?"),
                   im.first_year);
      goto out;
    }

  {
    g_autofree char *edition = g_strdup_printf ("%d", im.first_year);
    SjNewPlan options = { 0 };
    g_autoptr (GError) local = NULL;

    options.edition = edition;
    options.type = cover.type;
    options.name = cover.name;
    options.district = cover.district;
    options.province = cover.province;
    plan = sj_catalog_new_plan (catalog, &options, &local);
    if (plan == NULL && g_error_matches (local, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_NOT_FOUND))
      {
        imp_add_note (&im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_YEARS, G_MAXUINT,
                  _("No edition of the plan starts in %d; the frame of the newest was taken"),
                  im.first_year);
        options.edition = NULL;
        g_clear_error (&local);
        plan = sj_catalog_new_plan (catalog, &options, &local);
      }
    if (plan == NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local));
        goto out;
      }
  }
  im.plan = plan;
  sj_settings_set_first_year (sj_plan_get_settings (plan), im.first_year);
  sj_settings_set_years (sj_plan_get_settings (plan), im.n_years);
  if (im.n_thai_digits > im.n_arabic_digits)
    {
      sj_settings_set_digits_body (sj_plan_get_settings (plan), SJ_DIGITS_THAI);
      sj_settings_set_digits_tables (sj_plan_get_settings (plan), SJ_DIGITS_THAI);
    }
  index_units (&im);
  {
    g_autofree char *place = g_strdup_printf (
      "%s%s%s%s%s", cover.district ? "อำเภอ" : "", cover.district ? cover.district : "",
      cover.district && cover.province ? " " : "", cover.province ? "จังหวัด" : "",
      cover.province ? cover.province : "");
    g_autofree char *where = place[0] ? g_strdup_printf (" (%s)", place) : g_strdup ("");
    imp_add_note (&im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, cover.block,
                  _("Organisation: %s%s, plan %d–%d"), cover.name, where, im.first_year,
                  im.first_year + (int) im.n_years - 1);
  }

  {
    /* the header's years against the title's */
    Columns cols = { 0 };
    if (is_header_row (imp_cells_at (&im, im.table_start), &cols))
      {
        GStrv c = imp_cells_at (&im, im.table_start);
        int y0 = atoi (c[cols.year_cols[0]] + strlen ("ปี"));
        if (cols.n_year_cols != im.n_years || (y0 && y0 != im.first_year))
          imp_add_note (&im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_YEARS, im.table_start,
                    _("The title says %d–%d, the Part 2 table has %u years from %d"), im.first_year,
                    im.first_year + (int) im.n_years - 1, cols.n_year_cols, y0);
      }
  }

  read_part2 (&im, &pat);
  infer_settings (&im);
  forms = read_part3 (&im);

  /* the projects */
  for (guint i = 0; i < im.items->len; i++)
    {
      Item *item = g_ptr_array_index (im.items, i);
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autofree char *joined_title = sj_import_join_split_words (item->title2);
      /* the organisation's name broken by a wrapped cell ("เทศบาลเมือง กาฬสินธุ์") is made whole */
      g_autofree char *title = own_name_whole (joined_title, cover.name);
      g_autoptr (GMatchInfo) mi = NULL;

      item->project = sj_project_new ();
      sj_project_set_id (item->project, id);
      {
        /* "(หมายเหตุ …)" after the title: a remark printed in Part 2, or the development plan
         * project it is carried out as (a shared funding line) */
        char *at = strstr (title, "(หมายเหตุ");
        if (at)
          {
            g_autofree char *note = g_strstrip (g_strdup (at + 1));
            gsize nl = strlen (note);
            while (nl > 0 && note[nl - 1] == ')')
              note[--nl] = '\0';
            *at = '\0';
            if (g_regex_match (pat.funding, note, 0, &mi))
              {
                g_autofree char *name = g_match_info_fetch (mi, 1);
                g_autofree char *src = g_match_info_fetch (mi, 2);
                item->funding = sj_import_join_split_words (name);
                item->funding_source = src && src[0] ? g_strdup (src) : NULL;
              }
            else
              {
                g_autofree char *wrapped = g_strdup_printf ("(%s)", note);
                sj_project_set_title_note (item->project, wrapped);
              }
          }
      }
      sj_project_set_title (item->project, g_strstrip (title));
      sj_project_set_project_type (item->project, type_from_title (title));
      if (item->remark)
        {
          SjUnit *u = unit_for (&im, item->remark);
          if (u)
            sj_project_set_unit (item->project, u);
        }
    }
  /* a Part 2 that names its units in full prints them in full: the standard short names go */
  if (im.units_by_name > im.units_by_short)
    for (guint i = 0; i < im.items->len; i++)
      {
        SjUnit *u = sj_project_get_unit (((Item *) g_ptr_array_index (im.items, i))->project);
        if (u)
          sj_unit_set_short_name (u, "");
      }
  for (guint i = 0; i < forms->len && i < im.items->len; i++)
    fill_from_form (&im, g_ptr_array_index (im.items, i), g_ptr_array_index (forms, i));
  if (forms->len != im.items->len)
    imp_add_note (&im, forms->len ? SJ_IMPORT_NOTE_DIFFERENCE : SJ_IMPORT_NOTE_UNRECOGNISED,
              SJ_IMPORT_DIFF_COUNT, G_MAXUINT,
              _("Part 2 lists %u projects, Part 3 has %u forms"), im.items->len, forms->len);
  reconcile (&im);
  build_funding (&im);

  /* onto the frame */
  for (guint i = 0; i < im.items->len; i++)
    {
      Item *item = g_ptr_array_index (im.items, i);
      g_autofree char *ref = item_ref (&im, item);
      SjMission *mission = find_mission (plan, item->mission);
      SjSubItem *sub = find_sub_item (plan, item->sub_item);

      if (mission == NULL)
        {
          g_autofree char *code = g_strdup_printf ("%u.1", item->dim ? item->dim : 1);
          mission = find_mission (plan, code);
          imp_add_note (&im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, item->line,
                    _("Project %s has no mission the frame knows (%s); it was put under %s"),
                    ref, item->mission ? item->mission : "-", code);
        }
      if (mission == NULL)
        continue;
      if (sub && g_str_has_prefix (item->sub_item, item->mission ? item->mission : ""))
        sj_project_add_sub_items_ref (item->project, sub);
      sj_mission_append_project (mission, item->project);
    }
  {
    /* a frame printed without sub-items (x.y.z): none given to any project */
    gboolean any = FALSE;
    for (guint i = 0; i < im.items->len; i++)
      any |= sj_project_get_sub_items (((Item *) g_ptr_array_index (im.items, i))->project)->len > 0;
    if (!any)
      sj_settings_set_sub_items (sj_plan_get_settings (plan), FALSE);
  }
  imp_read_front (&im);
  report->n_projects = im.items->len;
  report->n_fields_expected = FORM_FIELDS * im.items->len;
  compare_totals (&im);
  find_other_names (&im, cover.name);
  {
    g_autoptr (GPtrArray) findings = sj_check_plan (plan);
    report->n_findings = findings->len;
  }
  {
    /* the notes of the plan: where it came from and every difference, with the value not taken */
    GString *notes = g_string_new (sj_plan_get_notes (plan));
    if (notes->len)
      g_string_append (notes, "\n\n");
    g_string_append_printf (notes, "นำเข้าจากไฟล์ %s: %u โครงการ, %u แบบฟอร์ม",
                            sj_source_format_name (source->format), im.items->len, forms->len);
    for (guint i = 0; i < report->notes->len; i++)
      {
        SjImportNote *note = g_ptr_array_index (report->notes, i);
        if (note->kind != SJ_IMPORT_NOTE_DIFFERENCE)
          continue;
        g_string_append_printf (notes, "\n- %s", note->message);
        if (note->line && note->page)
          g_string_append_printf (notes, " (หน้า %u บรรทัด %u)", note->page, note->line);
        else if (note->line)
          g_string_append_printf (notes, " (บรรทัด %u)", note->line);
      }
    sj_plan_set_notes (plan, notes->str);
    g_string_free (notes, TRUE);
  }
  report->seconds = g_timer_elapsed (timer, NULL);
  result = g_steal_pointer (&plan);
  if (report_out)
    *report_out = g_steal_pointer (&report);

out:
  patterns_clear (&pat);
  g_ptr_array_unref (im.items);
  g_strfreev (im.texts);
  g_ptr_array_unref (im.cells);
  g_hash_table_unref (im.units);
  g_free (cover.name);
  g_free (cover.district);
  g_free (cover.province);
  return result;
}

SjPlan *
sj_import_file (GFile *file, SjCatalog *catalog, SjImportReport **report,
                GCancellable *cancellable, GError **error)
{
  g_autoptr (SjSource) source = sj_source_read (file, cancellable, error);

  if (source == NULL)
    return NULL;
  return sj_import_source (source, catalog, report, error);
}

/**
 * sj_import_note_values:
 * @taken: the value the plan has now (TRUE) or the other one
 * Returns: (nullable): the value of a difference about a project's amount or title, as text
 */
char *
sj_import_note_values (const SjImportNote *note, gboolean taken)
{
  if (note->diff == SJ_IMPORT_DIFF_BUDGET)
    return imp_money_text (taken ? note->chosen_value : note->source_value);
  if (note->diff == SJ_IMPORT_DIFF_TITLE)
    return g_strdup (taken ? note->chosen_text : note->source_text);
  return NULL;
}

/**
 * sj_import_choose:
 * @take_source: take the value the import did not take (TRUE), or the one it took
 *
 * Gives a project, for a difference about its amount (every year) or its title, the other value
 * of the source, or back; the choice and the value left are written in the plan's notes.
 */
void
sj_import_choose (SjImportNote *note, SjPlan *plan, gboolean take_source)
{
  g_autofree char *now = NULL;
  g_autofree char *other = NULL;

  if (note->project == NULL
      || (note->diff != SJ_IMPORT_DIFF_BUDGET && note->diff != SJ_IMPORT_DIFF_TITLE))
    return;
  if (note->diff == SJ_IMPORT_DIFF_BUDGET)
    {
      SjMoney value = take_source ? note->source_value : note->chosen_value;
      SjFundingLine *line = sj_project_get_funding (note->project);
      /* a project carried out as a development plan project has that project's money */
      GListModel *years = line ? sj_funding_line_get_amounts (line)
                               : sj_project_get_years (note->project);
      for (guint y = 0; y < g_list_model_get_n_items (years); y++)
        {
          g_autoptr (GObject) item = g_list_model_get_item (years, y);
          if (line)
            sj_year_amount_set_value (SJ_YEAR_AMOUNT (item), value);
          else
            sj_project_year_set_amount (SJ_PROJECT_YEAR (item), value);
        }
    }
  else
    sj_project_set_title (note->project, take_source ? note->source_text : note->chosen_text);
  now = sj_import_note_values (note, !take_source);
  other = sj_import_note_values (note, take_source);
  {
    g_autofree char *line = g_strdup_printf ("\n- เลือกใช้ “%s” แทน “%s” ตามที่ตรวจสอบแล้ว: %s",
                                             now, other, note->message);
    g_autofree char *notes = g_strconcat (sj_plan_get_notes (plan), line, NULL);
    sj_plan_set_notes (plan, notes);
  }
}

char *
sj_import_report_to_text (const SjImportReport *report, const char *source_name)
{
  GString *s = g_string_new (NULL);
  static const SjImportNoteKind order[] = { SJ_IMPORT_NOTE_INFO, SJ_IMPORT_NOTE_DIFFERENCE,
                                            SJ_IMPORT_NOTE_UNRECOGNISED };
  static const char *headings[] = { N_("Recognised"), N_("What the source gets wrong"),
                                    N_("Not recognised") };

  g_string_append_printf (s, _("Import of %s (%s)\n"), source_name,
                          sj_source_format_name (report->format));
  g_string_append_printf (s, _("%u projects, %u forms; form fields recognised: %u of %u (%.1f %%), "
                               "at least %u of 9 in every form\n"),
                          report->n_projects, report->n_forms, report->n_fields,
                          report->n_fields_expected,
                          report->n_fields_expected
                            ? 100.0 * report->n_fields / report->n_fields_expected
                            : 0.0,
                          report->worst_fields);
  g_string_append_printf (s, _("%u differences in the source, %u parts not recognised, %u findings "
                               "of the checker on the result\n"),
                          report->n_differences, report->n_unrecognised, report->n_findings);
  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      gboolean any = FALSE;
      for (guint i = 0; i < report->notes->len; i++)
        {
          SjImportNote *note = g_ptr_array_index (report->notes, i);
          if (note->kind != order[k])
            continue;
          if (!any)
            g_string_append_printf (s, "\n%s:\n", _(headings[k]));
          any = TRUE;
          if (note->line && report->format == SJ_SOURCE_DOCX)
            g_string_append_printf (s, _("  paragraph %u: %s\n"), note->line, note->message);
          else if (note->line && note->page)
            g_string_append_printf (s, _("  page %u, line %u: %s\n"), note->page, note->line,
                                    note->message);
          else if (note->line)
            g_string_append_printf (s, _("  line %u: %s\n"), note->line, note->message);
          else
            g_string_append_printf (s, "  %s\n", note->message);
        }
    }
  return g_string_free (s, FALSE);
}
