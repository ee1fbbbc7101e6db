/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The front matter and Part 1 of an imported plan: the cover's slogan, the ประกาศ (title, body,
 * date, signatory, in front of the book or in its appendix), the คำนำ with its date, and the sections
 * of Part 1 the plan keeps as its own texts (หลักการและเหตุผล, วัตถุประสงค์, เป้าหมาย with its
 * table of target values, ประโยชน์). What the source has replaces the catalogue's standard text;
 * what it does not have keeps it, and the report says so. Counts the text prints that agree with
 * the plan become computed facts, so that they follow later edits. */
#define G_LOG_DOMAIN "sujarit-import"
#include "config.h"

#include "sj-import-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sj-compute.h"
#include "sj-date.h"
#include "sj-thai.h"

/* "๒๙ กันยายน พ.ศ. ๒๕๖๕", "๒๑ เดือน กันยายน พ.ศ. ๒๕๖๕", "กันยายน 2565" (digits already Arabic). */
static gboolean
parse_thai_date (const char *text, SjDate *out)
{
  static GRegex *re;
  static gsize once;
  g_autoptr (GMatchInfo) mi = NULL;

  if (g_once_init_enter (&once))
    {
      GString *months = g_string_new (NULL);
      for (guint m = 1; m <= 12; m++)
        g_string_append_printf (months, "%s%s", m > 1 ? "|" : "", sj_thai_month_name (m));
      g_autofree char *pattern = g_strdup_printf (
        "(?:(\\d{1,2})\\s*(?:เดือน)?\\s*)?(%s)\\s*(?:พ\\.ศ\\.)?\\s*(25\\d\\d)", months->str);
      re = imp_regex (pattern);
      g_string_free (months, TRUE);
      g_once_init_leave (&once, 1);
    }
  if (!g_regex_match (re, text, 0, &mi))
    return FALSE;
  {
    g_autofree char *day = g_match_info_fetch (mi, 1);
    g_autofree char *month = g_match_info_fetch (mi, 2);
    g_autofree char *year = g_match_info_fetch (mi, 3);
    out->day = day && day[0] ? (guint8) atoi (day) : 0;
    out->year = (guint16) (atoi (year) - 543);
    out->month = 0;
    for (guint m = 1; m <= 12; m++)
      if (strcmp (month, sj_thai_month_name (m)) == 0)
        out->month = (guint8) m;
    if (out->day > 31)
      out->day = 0;
  }
  return out->month != 0;
}

static gboolean
is_paragraph (Importer *im, guint i)
{
  return imp_cells_at (im, i) == NULL;
}

/* The first paragraph in [from, to) matching @pattern, or G_MAXUINT. */
static guint
find (Importer *im, const char *pattern, guint from, guint to)
{
  g_autoptr (GRegex) re = imp_regex (pattern);
  for (guint i = from; i < to && i < im->source->blocks->len; i++)
    if (is_paragraph (im, i) && g_regex_match (re, imp_text_at (im, i), 0, NULL))
      return i;
  return G_MAXUINT;
}

static GArray *
range (guint from, guint to)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = from; i < to; i++)
    g_array_append_val (a, i);
  return a;
}

/* Paragraph blocks of @rich whose whole text is a count the plan computes get the fact in its
 * place: "จำนวน 11 โครงการ" after "มิติที่ 1 …", "รวม(ทั้งสิ้น)จำนวน 56 โครงการ". */
static void
counts_to_facts (Importer *im, SjRich *rich)
{
  g_autoptr (SjSummary) summary = sj_summary_new (im->plan);
  g_autoptr (GRegex) dim = imp_regex ("^(?:-\\s*)?มิติที่\\s*(\\d)\\b.*?(จำนวน\\s*)(\\d+)(\\s*โครงการ)");
  g_autoptr (GRegex) all = imp_regex ("(รวม(?:ทั้งสิ้น)?\\s*จำนวน\\s*)(\\d+)(\\s*โครงการ)");
  GPtrArray *blocks = sj_rich_get_blocks (rich);
  GPtrArray *todo = g_ptr_array_new ();

  for (guint b = 0; b < blocks->len; b++)
    {
      SjBlock *block = g_ptr_array_index (blocks, b);
      if (block->kind == SJ_BLOCK_PARAGRAPH)
        g_ptr_array_add (todo, block);
      else if (block->kind == SJ_BLOCK_LIST)
        for (guint k = 0; k < block->items->len; k++)
          {
            SjItem *item = g_ptr_array_index (block->items, k);
            for (guint j = 0; j < item->blocks->len; j++)
              if (((SjBlock *) g_ptr_array_index (item->blocks, j))->kind == SJ_BLOCK_PARAGRAPH)
                g_ptr_array_add (todo, g_ptr_array_index (item->blocks, j));
          }
    }
  for (guint b = 0; b < todo->len; b++)
    {
      SjBlock *block = g_ptr_array_index (todo, b);
      SjRun *run;
      g_autoptr (GMatchInfo) mi = NULL;
      g_autofree char *fact = NULL;
      int group = 0, s, e;
      guint expected = 0;

      if (block->runs->len != 1)
        continue;
      run = &g_array_index (block->runs, SjRun, 0);
      if (run->fact || run->href)
        continue;
      if (g_regex_match (dim, run->text, 0, &mi))
        {
          g_autofree char *d = g_match_info_fetch (mi, 1);
          guint n = atoi (d);
          if (n < 1 || n > sj_plan_get_n_dimensions (im->plan))
            continue;
          expected = sj_summary_get_dimension_totals (summary, n - 1)->n_projects;
          fact = g_strdup_printf ("dimension-%u-count", n);
          group = 3;
        }
      else
        {
          g_clear_pointer (&mi, g_match_info_unref);
          if (!g_regex_match (all, run->text, 0, &mi))
            continue;
          expected = sj_summary_get_plan_totals (summary)->n_projects;
          fact = g_strdup ("project-count");
          group = 2;
        }
      {
        g_autofree char *num = g_match_info_fetch (mi, group);
        g_autofree char *before = NULL;
        g_autofree char *after = NULL;
        g_autofree char *text = g_strdup (run->text);
        SjRunFlags flags = run->flags;
        if ((guint) atoi (num) != expected)
          continue;
        g_match_info_fetch_pos (mi, group, &s, &e);
        before = g_strndup (text, s);
        after = g_strdup (text + e);
        g_array_set_size (block->runs, 0); /* frees the run's text */
        if (before[0])
          sj_block_add_run (block, before, flags, NULL);
        sj_block_add_fact (block, fact, num, flags);
        if (after[0])
          sj_block_add_run (block, after, flags, NULL);
      }
    }
  g_ptr_array_unref (todo);
}

/* The ประกาศ: its heading, "เรื่อง …", the body, "ประกาศ ณ วันที่ …", the signatory's name in
 * brackets and position. */
static void
read_announcement (Importer *im)
{
  guint n = im->source->blocks->len;
  guint head = find (im, "^ประกาศ(?:เทศบาล|องค์การบริหารส่วน)\\S*$", 0, n);
  guint title, dated, i;
  SjAnnouncement *a = sj_plan_get_announcement (im->plan);
  g_autoptr (SjRich) body = NULL;
  SjDate date = { 0 };

  if (head == G_MAXUINT || a == NULL)
    {
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, G_MAXUINT,
                    _("No ประกาศ was found; the standard one was kept"));
      return;
    }
  title = find (im, "^เรื่อง\\s", head + 1, MIN (head + 4, n));
  dated = find (im, "^ประกาศ\\s*ณ\\s*วันที่", head + 1, MIN (head + 40, n));
  if (title == G_MAXUINT || dated == G_MAXUINT)
    {
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, head,
                    _("The ประกาศ has no “เรื่อง” or no “ประกาศ ณ วันที่”; the standard one was kept"));
      return;
    }
  {
    const char *t = imp_text_at (im, title) + strlen ("เรื่อง");
    g_autofree char *tt = g_strstrip (g_strdup (t));
    sj_announcement_set_title (a, tt);
  }
  {
    g_autoptr (GArray) blocks = range (title + 1, dated);
    body = imp_rich_from_blocks (im, blocks, NULL);
    sj_announcement_set_body (a, body);
    /* the last paragraph already says it: no closing of its own */
    if (dated > title + 1 && strstr (imp_text_at (im, dated - 1), "ทราบโดยทั่วกัน"))
      sj_announcement_set_closing (a, "");
  }
  if (parse_thai_date (imp_text_at (im, dated), &date))
    sj_announcement_set_date (a, &date);
  else
    {
      /* "ประกาศ ณ วันที่      กันยายน พ.ศ. 2565": the day left for the pen */
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, dated,
                    _("The date of the ประกาศ cannot be read: “%s”"), imp_text_at (im, dated));
    }
  sj_announcement_set_placement (a, head > im->table_start ? SJ_PLACEMENT_APPENDIX : SJ_PLACEMENT_FRONT);
  i = find (im, "^\\(.+\\)$", dated + 1, MIN (dated + 4, n));
  if (i != G_MAXUINT && i + 1 < n && is_paragraph (im, i + 1))
    {
      const char *t = imp_text_at (im, i);
      g_autofree char *name = g_strndup (t + 1, strlen (t) - 2);
      const char *position = imp_text_at (im, i + 1);
      SjPerson *signatory = sj_announcement_get_signatory (a);

      g_strstrip (name);
      if (signatory == NULL)
        {
          signatory = sj_person_new ();
          sj_person_set_id (signatory, "import-signatory");
          sj_plan_append_person (im->plan, signatory);
          g_object_unref (signatory);
          sj_announcement_set_signatory (a, signatory);
        }
      sj_person_set_name (signatory, name);
      if (g_str_has_prefix (position, "นายก") || g_str_has_prefix (position, "ปลัด")
          || g_str_has_prefix (position, "รองนายก"))
        sj_person_set_position (signatory, position);
    }
  imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, head,
                _("The ประกาศ: its title, %u paragraphs, its date and who signs it"),
                sj_rich_get_blocks (body)->len);
}

/* คำนำ, up to the organisation's name and the month it was written. */
static void
read_preface (Importer *im)
{
  guint stop = im->table_start;
  guint head = find (im, "^คำนำ$", 0, stop);
  guint end;
  const char *org = sj_organisation_get_name (sj_plan_get_organisation (im->plan));
  g_autoptr (SjRich) rich = NULL;

  if (head == G_MAXUINT)
    {
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, G_MAXUINT,
                    _("No คำนำ was found; the standard one was kept"));
      return;
    }
  end = head + 1;
  while (end < stop && is_paragraph (im, end)
         && !g_regex_match_simple ("^(?:สารบัญ|ส่วนที่\\s*1(?:\\s*บทนำ)?)$", imp_text_at (im, end), 0, 0))
    end++;
  /* the sign-off: the organisation, then the month and year */
  if (end >= head + 3)
    {
      SjDate date = { 0 };
      const char *last = imp_text_at (im, end - 1);
      if (g_utf8_strlen (last, -1) < 30 && parse_thai_date (last, &date))
        {
          sj_plan_set_preface_date (im->plan, &date);
          end--;
          if (end > head + 1 && strcmp (imp_text_at (im, end - 1), org) == 0)
            end--;
        }
    }
  if (end <= head + 1)
    return;
  {
    g_autoptr (GArray) blocks = range (head + 1, end);
    rich = imp_rich_from_blocks (im, blocks, NULL);
  }
  counts_to_facts (im, rich);
  sj_plan_set_preface (im->plan, rich);
  imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, head,
                _("The คำนำ: %u paragraphs"), sj_rich_get_blocks (rich)->len);
}

/* A row of the target table: "ร้อยละ 10", "85 คะแนน", "10". */
static gboolean
target_value (const char *cell, char **prefix, char **suffix, char **value)
{
  g_autoptr (GRegex) re = imp_regex ("^(\\D*?)\\s*(\\d+(?:\\.\\d+)?)\\s*(\\D*)$");
  g_autoptr (GMatchInfo) mi = NULL;

  if (!g_regex_match (re, cell, 0, &mi))
    return FALSE;
  *prefix = g_strstrip (g_match_info_fetch (mi, 1));
  *value = g_match_info_fetch (mi, 2);
  *suffix = g_strstrip (g_match_info_fetch (mi, 3));
  return TRUE;
}

static void
read_targets (Importer *im, guint from, guint to)
{
  guint n_rows = 0;

  for (guint i = from; i < to; i++)
    {
      GStrv cells = imp_cells_at (im, i);
      if (cells && g_str_has_prefix (cells[0], "ค่าเป้าหมาย"))
        {
          /* the rows below it, until the table ends */
          for (guint r = i + 1; r < to && imp_cells_at (im, r); r++)
            {
              GStrv row = imp_cells_at (im, r);
              SjTarget *target;
              g_autofree char *prefix = NULL;
              g_autofree char *suffix = NULL;
              guint nc = g_strv_length (row);

              if (nc < 2 || row[0][0] == '\0')
                continue;
              if (n_rows == 0)
                while (sj_plan_get_n_targets (im->plan) > 0)
                  sj_plan_remove_target_at (im->plan, 0);
              target = sj_target_new ();
              sj_target_set_label (target, row[0]);
              if (strstr (row[0], "ITA"))
                sj_target_set_kind (target, "ita");
              else if (strstr (row[0], "คดี"))
                sj_target_set_kind (target, "cases");
              for (guint c = 1; c < nc && c <= im->n_years; c++)
                {
                  g_autofree char *p = NULL;
                  g_autofree char *s = NULL;
                  g_autofree char *v = NULL;
                  SjYearValue *yv;
                  if (!target_value (row[c], &p, &s, &v))
                    continue;
                  if (prefix == NULL)
                    {
                      prefix = g_strdup (p);
                      suffix = g_strdup (s);
                    }
                  yv = sj_year_value_new ();
                  sj_year_value_set_year (yv, im->first_year + (int) c - 1);
                  sj_year_value_set_value (yv, v);
                  sj_target_append_value (target, yv);
                  g_object_unref (yv);
                }
              sj_target_set_prefix (target, prefix ? prefix : "");
              sj_target_set_suffix (target, suffix ? suffix : "");
              sj_plan_append_target (im->plan, target);
              g_object_unref (target);
              n_rows++;
            }
          break;
        }
    }
  if (n_rows)
    imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, from,
                  ngettext ("The table of target values: %u row", "The table of target values: %u rows",
                            n_rows),
                  n_rows);
}

/* The sections of Part 1 the plan keeps as texts of its own. */
static void
read_part1 (Importer *im)
{
  static const struct
  {
    const char *pattern;
    void (*set) (SjPlan *plan, SjRich *value);
    const char *name;
  } sections[] = {
    { "^\\d\\s*\\.\\s*หลักการและเหตุผล", sj_plan_set_rationale, "หลักการและเหตุผล" },
    { "^\\d\\s*\\.\\s*วัตถุประสงค์", sj_plan_set_objectives, "วัตถุประสงค์" },
    { "^\\d\\s*\\.\\s*เป้าหมาย", sj_plan_set_goals, "เป้าหมาย" },
    { "^\\d\\s*\\.\\s*ประโยชน์", sj_plan_set_benefits, "ประโยชน์" },
  };
  guint stop = im->table_start;
  guint start = find (im, "^ส่วนที่\\s*1(?:\\s*บทนำ)?$", 0, stop);
  guint heads[G_N_ELEMENTS (sections) + 1];
  guint part2;

  if (start == G_MAXUINT)
    {
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, G_MAXUINT,
                    _("No ส่วนที่ 1 was found; its standard texts were kept"));
      return;
    }
  /* the table of contents lists the same headings: Part 1 is its last "ส่วนที่ 1" */
  for (guint again = start; again != G_MAXUINT;
       again = find (im, "^ส่วนที่\\s*1(?:\\s*บทนำ)?$", again + 1, stop))
    start = again;
  part2 = find (im, "^ส่วนที่\\s*2(?:\\s|$)", start + 1, stop);
  if (part2 == G_MAXUINT)
    part2 = stop;
  for (guint k = 0; k < G_N_ELEMENTS (sections); k++)
    heads[k] = find (im, sections[k].pattern, start + 1, part2);
  heads[G_N_ELEMENTS (sections)] = part2;
  for (guint k = 0; k < G_N_ELEMENTS (sections); k++)
    {
      guint end = part2;
      g_autoptr (GArray) blocks = NULL;
      g_autoptr (SjRich) rich = NULL;

      if (heads[k] == G_MAXUINT)
        {
          imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, start,
                        _("Part 1 has no section “%s”; the standard text was kept"),
                        sections[k].name);
          continue;
        }
      for (guint j = 0; j <= G_N_ELEMENTS (sections); j++)
        if (heads[j] != G_MAXUINT && heads[j] > heads[k] && heads[j] < end)
          end = heads[j];
      blocks = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = heads[k] + 1; i < end; i++)
        {
          GStrv cells = imp_cells_at (im, i);
          /* the target table is the plan's targets, not text */
          if (cells && sections[k].set == sj_plan_set_goals)
            continue;
          g_array_append_val (blocks, i);
        }
      if (blocks->len == 0)
        continue;
      rich = imp_rich_from_blocks (im, blocks, NULL);
      sections[k].set (im->plan, rich);
      if (sections[k].set == sj_plan_set_goals)
        read_targets (im, heads[k] + 1, end);
    }
  /* section 1: its prose up to its first table (the environment analysis or the risks) is the
   * plan's analysis */
  {
    guint head = find (im, "^1\\s*\\.\\s*(?:การวิเคราะห์|การประเมิน)", start + 1, part2);
    g_autoptr (GArray) blocks = g_array_new (FALSE, FALSE, sizeof (guint));
    while (sj_plan_get_n_analysis (im->plan) > 0)
      sj_plan_remove_section_at (im->plan, 0);
    if (head != G_MAXUINT)
      {
        for (guint i = head + 1; i < part2 && is_paragraph (im, i); i++)
          {
            const char *t = imp_text_at (im, i);
            if (g_str_has_prefix (t, "ตาราง") || g_regex_match_simple ("^\\d\\s*\\.\\s*\\S", t, 0, 0))
              break;
            g_array_append_val (blocks, i);
          }
        /* the caption of the table that follows is not prose */
        while (blocks->len && g_utf8_strlen (imp_text_at (im, g_array_index (blocks, guint, blocks->len - 1)), -1) < 60)
          g_array_set_size (blocks, blocks->len - 1);
      }
    if (blocks->len)
      {
        SjSection *section = sj_section_new ();
        g_autoptr (SjRich) body = imp_rich_from_blocks (im, blocks, NULL);
        const char *t = imp_text_at (im, head);
        sj_section_set_title (section, t + strcspn (t, ".") + 1 + strspn (t + strcspn (t, ".") + 1, " "));
        sj_section_set_body (section, body);
        sj_plan_append_section (im->plan, section);
        g_object_unref (section);
      }
  }
  imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, start,
                _("Part 1: its rationale, objectives, goals and benefits"));
}


/* A person's name begins with a title; a member named by position does not. */
static gboolean
is_person (const char *text)
{
  return g_regex_match_simple ("^(?:นาย|นาง|นางสาว|ว่าที่|ดร\\.|ร\\.|พ\\.|จ\\.|ส\\.|พล|พัน|ร้อย|สิบ|จ่า)", text, 0, 0);
}

/* The signatory below a date line: "(name)" or the name alone, then the position. */
static SjPerson *
read_signatory (Importer *im, guint after, const char *id)
{
  guint n = im->source->blocks->len;

  for (guint i = after + 1; i < MIN (after + 4, n); i++)
    {
      const char *t = imp_text_at (im, i);
      g_autofree char *name = NULL;
      SjPerson *p;

      if (!is_paragraph (im, i))
        continue;
      if (t[0] == '(' && g_str_has_suffix (t, ")"))
        name = g_strndup (t + 1, strlen (t) - 2);
      else if (is_person (t) && g_utf8_strlen (t, -1) < 60)
        name = g_strdup (t);
      else
        continue;
      g_strstrip (name);
      p = sj_person_new ();
      sj_person_set_id (p, id);
      sj_person_set_name (p, name);
      if (i + 1 < n && is_paragraph (im, i + 1) && g_utf8_strlen (imp_text_at (im, i + 1), -1) < 80)
        sj_person_set_position (p, imp_text_at (im, i + 1));
      sj_plan_append_person (im->plan, p);
      g_object_unref (p);
      return p;
    }
  return NULL;
}

/* The คำสั่ง appointing the committee: number, title, preamble, the members in their groups,
 * the duties, when it takes effect, its date and signatory. It replaces the standard order. */
static void
read_order (Importer *im)
{
  guint n = im->source->blocks->len;
  guint head = find (im, "^คำสั่ง(?:เทศบาล|องค์การบริหารส่วน)\\S*$", 0, n);
  g_autoptr (GRegex) member_re = imp_regex ("^(\\d{1,3})\\s*\\.\\s*(\\S.*)$");
  g_autoptr (GRegex) duties_re = imp_regex ("(?:มีหน้าที่|หน้าที่และอำนาจ|อำนาจหน้าที่)");
  g_autoptr (SjOrder) order = NULL;
  g_autoptr (GString) skipped = g_string_new (NULL);
  g_autofree char *group = NULL;
  guint title, i, first_member = G_MAXUINT, duties = G_MAXUINT, effective, dated, n_members = 0;
  guint expected = 1;

  if (head == G_MAXUINT)
    return;
  title = find (im, "^เรื่อง\\s", head + 1, MIN (head + 5, n));
  dated = find (im, "^สั่ง\\s*ณ\\s*วันที่", head + 1, MIN (head + 400, n));
  if (title == G_MAXUINT || dated == G_MAXUINT)
    {
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, head,
                    _("The คำสั่ง has no “เรื่อง” or no “สั่ง ณ วันที่”; the standard one was kept"));
      return;
    }
  order = sj_order_new ();
  sj_order_set_id (order, "order-import");
  {
    guint num = find (im, "^ที่\\s*\\S", head + 1, title);
    if (num != G_MAXUINT)
      {
        g_autofree char *v = imp_squeeze (imp_text_at (im, num) + strlen ("ที่"));
        sj_order_set_number (order, v);
      }
  }
  {
    g_autofree char *t = g_strstrip (g_strdup (imp_text_at (im, title) + strlen ("เรื่อง")));
    /* a title wrapped onto a second line that ends it: "… (พ.ศ. 2566-2570)" */
    if (!strstr (t, "(พ.ศ.") && title + 1 < dated && is_paragraph (im, title + 1)
        && g_regex_match_simple ("\\(พ\\.ศ\\..*\\)$", imp_text_at (im, title + 1), 0, 0)
        && g_utf8_strlen (imp_text_at (im, title + 1), -1) < 120)
      {
        char *joined = g_strconcat (t, imp_text_at (im, title + 1), NULL);
        g_free (t);
        t = joined;
        title++;
      }
    sj_order_set_title (order, t);
  }
  /* the members: numbered rows or lines, under group headings */
  for (i = title + 1; i < dated; i++)
    {
      GStrv cells = imp_cells_at (im, i);
      const char *t = cells ? cells[0] : imp_text_at (im, i);
      g_autoptr (GMatchInfo) mi = NULL;

      if (first_member != G_MAXUINT && !cells && g_regex_match (duties_re, t, 0, NULL))
        {
          duties = i;
          break;
        }
      if (g_regex_match (member_re, t, 0, &mi) && (cells || is_person (t + strcspn (t, ".") + 1)
                                                   || first_member != G_MAXUINT))
        {
          g_autofree char *num = g_match_info_fetch (mi, 1);
          g_autofree char *rest = g_match_info_fetch (mi, 2);
          SjMember *m;
          g_autoptr (GPtrArray) others = g_ptr_array_new ();
          guint number = atoi (num);

          if (first_member == G_MAXUINT)
            first_member = i;
          m = sj_member_new ();
          sj_member_set_name (m, g_strstrip (rest));
          if (group)
            sj_member_set_group (m, group);
          for (guint c = 1; cells && cells[c]; c++)
            if (cells[c][0])
              g_ptr_array_add (others, cells[c]);
          if (others->len >= 2)
            {
              sj_member_set_position (m, others->pdata[0]);
              sj_member_set_role (m, others->pdata[others->len - 1]);
            }
          else if (others->len == 1)
            {
              if (is_person (rest))
                sj_member_set_position (m, others->pdata[0]);
              else
                sj_member_set_role (m, others->pdata[0]);
            }
          else if (!cells && i + 1 < dated && is_paragraph (im, i + 1)
                   && !g_regex_match (member_re, imp_text_at (im, i + 1), 0, NULL)
                   && g_utf8_strlen (imp_text_at (im, i + 1), -1) < 80)
            {
              /* "1.นางสาว …" then the position on the line below */
              sj_member_set_position (m, imp_text_at (im, i + 1));
              i++;
            }
          if (number != expected && number != 1)
            g_string_append_printf (skipped, "%s%u→%u", skipped->len ? ", " : "", expected - 1,
                                    number);
          /* the signed order's own numbers are kept where they skip */
          if (skipped->len)
            sj_member_set_number (m, num);
          expected = number + 1;
          sj_order_append_member (order, m);
          g_object_unref (m);
          n_members++;
          continue;
        }
      if (first_member == G_MAXUINT)
        continue;
      /* a group heading: a short line between members */
      if (!cells && g_utf8_strlen (t, -1) < 60 && !g_regex_match_simple ("[0-9/]", t, 0, 0))
        {
          g_free (group);
          group = g_strdup (t);
        }
    }
  if (n_members == 0)
    {
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, head,
                    _("The คำสั่ง lists no member that could be read; the standard one was kept"));
      return;
    }
  {
    g_autoptr (GArray) blocks = range (title + 1, first_member);
    g_autoptr (SjRich) preamble = NULL;
    /* the group heading above the first member is not the preamble's */
    if (blocks->len && g_utf8_strlen (imp_text_at (im, first_member - 1), -1) < 60)
      g_array_set_size (blocks, blocks->len - 1);
    preamble = imp_rich_from_blocks (im, blocks, NULL);
    sj_order_set_preamble (order, preamble);
  }
  effective = find (im, "^ทั้งนี้", duties != G_MAXUINT ? duties : first_member, dated);
  if (duties != G_MAXUINT)
    {
      g_autoptr (GArray) blocks = range (duties + 1, effective != G_MAXUINT ? effective : dated);
      g_autoptr (SjRich) rich = imp_rich_from_blocks (im, blocks, NULL);
      sj_order_set_duties_intro (order, imp_text_at (im, duties));
      sj_order_set_duties (order, rich);
    }
  if (effective != G_MAXUINT)
    {
      SjDate date = { 0 };
      sj_order_set_effective (order, imp_text_at (im, effective));
      if (parse_thai_date (imp_text_at (im, effective), &date))
        sj_order_set_effective_date (order, &date);
    }
  {
    SjDate date = { 0 };
    if (parse_thai_date (imp_text_at (im, dated), &date))
      sj_order_set_date (order, &date);
  }
  sj_order_set_signatory (order, read_signatory (im, dated, "import-order-signatory"));
  while (sj_plan_get_n_orders (im->plan) > 0)
    sj_plan_remove_order_at (im->plan, 0);
  sj_plan_append_order (im->plan, order);
  imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, head,
                ngettext ("The คำสั่ง appointing the committee: %u member", 
                          "The คำสั่ง appointing the committee: %u members", n_members),
                n_members);
  if (skipped->len)
    imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_COUNT, first_member,
                  _("The คำสั่ง numbers its members with gaps (%s); the numbers as signed were "
                    "kept"),
                  skipped->str);
}


/* The project whose title shares the longest beginning with @text (spaces ignored; retyped
 * titles differ by a letter here and there), of dimension @dim unless 0; NULL when fewer than
 * @least letters agree and the text is not a whole title. */
static Item *
best_title_match (Importer *im, const char *text, guint dim, glong least)
{
  g_autofree char *key = imp_squeeze (text);
  Item *found = NULL;
  glong best = 0;

  for (guint k = 0; k < im->items->len; k++)
    {
      Item *item = g_ptr_array_index (im->items, k);
      g_autofree char *t = imp_squeeze (sj_project_get_title (item->project));
      const char *a = t, *b = key;
      glong common = 0;
      if (dim && dim != item->dim)
        continue;
      while (*a && *b && g_utf8_get_char (a) == g_utf8_get_char (b))
        {
          a = g_utf8_next_char (a);
          b = g_utf8_next_char (b);
          common++;
        }
      if (common > best)
        {
          best = common;
          found = item;
        }
    }
  if (best < least && best < g_utf8_strlen (key, -1))
    return NULL;
  return found;
}

static gboolean
is_tick (const char *cell)
{
  return strstr (cell, "☑") || strstr (cell, "✓") || strstr (cell, "✔") || strstr (cell, "checked")
         || strcmp (cell, "/") == 0;
}

/* The E-PlanNACC annex: per project of a year, its budget and the quarters it runs in; the
 * date of the data and who issued it. The projects are found by their titles (the annex lists
 * them in another order); its amounts are compared with the plan's. */
static void
read_annex (Importer *im)
{
  guint n = im->source->blocks->len;
  g_autoptr (GRegex) year_re = imp_regex ("แผนปฏิบัติการป้องกันการทุจริต\\s*พ\\.ศ\\.\\s*(25\\d\\d)");
  guint matched = 0, rows = 0, year = 0, first_year = 0, last_year = 0;
  guint first = G_MAXUINT;
  g_autoptr (GHashTable) unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = im->table_end; i < n; i++)
    {
      GStrv c = imp_cells_at (im, i);
      g_autoptr (GMatchInfo) mi = NULL;

      if (c == NULL)
        {
          if (g_regex_match (year_re, imp_text_at (im, i), 0, &mi))
            {
              g_autofree char *y = g_match_info_fetch (mi, 1);
              year = atoi (y);
            }
          if (first != G_MAXUINT)
            {
              SjDate date = { 0 };
              const char *t = imp_text_at (im, i);
              if (strstr (t, "ข้อมูล ณ วันที่") && parse_thai_date (t, &date))
                sj_plan_set_annex_date (im->plan, &date);
              if (strstr (t, "ผู้ออกรายงาน") && sj_plan_get_annex_issuer (im->plan) == NULL)
                {
                  const char *name = strstr (t, "ผู้ออกรายงาน") + strlen ("ผู้ออกรายงาน");
                  g_autofree char *nm = g_strstrip (g_strdup (name));
                  SjPerson *p = sj_person_new ();
                  sj_person_set_id (p, "import-annex-issuer");
                  sj_person_set_name (p, nm);
                  sj_plan_append_person (im->plan, p);
                  sj_plan_set_annex_issuer (im->plan, p);
                  g_object_unref (p);
                }
            }
          continue;
        }
      if (g_strv_length (c) < 8 || year < (guint) im->first_year
          || year >= (guint) im->first_year + im->n_years)
        continue;
      if (!g_regex_match_simple ("^\\d+$", c[0], 0, 0))
        continue;
      rows++;
      if (first == G_MAXUINT)
        first = i;
      if (first_year == 0 || year < first_year)
        first_year = year;
      last_year = MAX (last_year, year);
      {
        g_autofree char *key = imp_squeeze (c[1]);
        Item *found = best_title_match (im, c[1], (guint) atoi (c[2]), 10);
        if (found == NULL)
          {
            if (!g_hash_table_contains (unknown, key))
              imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, i,
                            _("The E-PlanNACC annex lists “%s”, which is no project of the plan"),
                            c[1]);
            g_hash_table_add (unknown, g_strdup (key));
            continue;
          }
        matched++;
        {
          guint quarters = 0;
          GListModel *years = sj_project_get_years (found->project);
          for (guint q = 0; q < 4; q++)
            if (is_tick (c[4 + q]))
              quarters |= 1u << q;
          for (guint y = 0; y < g_list_model_get_n_items (years); y++)
            {
              g_autoptr (SjProjectYear) py = g_list_model_get_item (years, y);
              if ((guint) sj_project_year_get_year (py) == year)
                sj_project_year_set_quarters (py, quarters);
            }
        }
        {
          g_autoptr (GArray) a = g_array_new (FALSE, FALSE, sizeof (SjMoney));
          SjMoney plan_amount = sj_project_get_amount (found->project, year);
          if (sj_import_parse_amounts (c[3], a) && a->len == 1)
            {
              SjMoney annex = g_array_index (a, SjMoney, 0);
              SjMoney have = plan_amount == SJ_MONEY_NONE ? 0 : plan_amount;
              if ((annex == SJ_MONEY_NONE ? 0 : annex) != have)
                {
                  g_autofree char *x = imp_money_text (annex);
                  g_autofree char *y = imp_money_text (plan_amount);
                  imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_BUDGET, i,
                                _("The E-PlanNACC annex gives project %u of dimension %u %s in "
                                  "%u, the plan %s"),
                                found->number, found->dim, x, year, y);
                }
            }
        }
      }
    }
  if (rows)
    imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, first,
                  _("The E-PlanNACC annex of %u–%u: the quarters of %u of its %u rows"),
                  first_year, last_year, matched, rows);
}


/* The environment analysis: rows of coded items (S1 text, W1 text …), then the strategies that
 * combine codes ("1) S1 + S2 + O1 ประกาศนโยบาย…", "แก้ไข W1 + T1 …"). */
static void
read_swot (Importer *im)
{
  g_autoptr (GRegex) code_re = imp_regex ("^([SWOT])(\\d{1,2})$");
  g_autoptr (GRegex) strategy_re = imp_regex ("^(?:[-•]\\s*)?(?:\\d{1,2}[.)]\\s*)?((?:แก้ไข|แก่ไข|ปรับปรุง|ป้องกัน|เสริม)\\s*)?((?:[SWOT]\\d{1,2}\\s*(?:[+,]\\s*|\\s+))+)(\\S.*)$");
  guint stop = im->table_start, n_items = 0, n_strategies = 0, first = G_MAXUINT;

  for (guint i = 0; i < stop; i++)
    {
      GStrv c = imp_cells_at (im, i);
      if (c == NULL)
        continue;
      for (guint k = 0; c[k] && c[k + 1]; k++)
        {
          g_autoptr (GMatchInfo) mi = NULL;
          if (!g_regex_match (code_re, c[k], 0, &mi) || c[k + 1][0] == '\0')
            continue;
          {
            g_autofree char *letter = g_match_info_fetch (mi, 1);
            SjSwotItem *item = sj_swot_item_new ();
            SjSwotKind kind = letter[0] == 'S'   ? SJ_SWOT_KIND_STRENGTH
                              : letter[0] == 'W' ? SJ_SWOT_KIND_WEAKNESS
                              : letter[0] == 'O' ? SJ_SWOT_KIND_OPPORTUNITY
                                                 : SJ_SWOT_KIND_THREAT;
            if (n_items == 0)
              {
                while (sj_plan_get_n_swot_items (im->plan) > 0)
                  sj_plan_remove_swot_item_at (im->plan, 0);
                first = i;
              }
            sj_swot_item_set_kind (item, kind);
            sj_swot_item_set_code (item, c[k]);
            sj_swot_item_set_text (item, c[k + 1]);
            sj_plan_append_swot_item (im->plan, item);
            g_object_unref (item);
            n_items++;
            k++;
          }
        }
    }
  if (n_items == 0)
    {
      g_autoptr (SjRich) empty = sj_rich_new ();
      /* the analysis is the committee's own: no standard one in its place */
      while (sj_plan_get_n_swot_items (im->plan) > 0)
        sj_plan_remove_swot_item_at (im->plan, 0);
      while (sj_plan_get_n_strategies (im->plan) > 0)
        sj_plan_remove_strategy_at (im->plan, 0);
      sj_plan_set_swot_intro (im->plan, empty);
      imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, G_MAXUINT,
                    _("The source has no environment analysis (SWOT); neither has the plan"));
      return;
    }
  for (guint i = first; i < stop; i++)
    {
      g_autoptr (GMatchInfo) mi = NULL;
      if (imp_cells_at (im, i) || !g_regex_match (strategy_re, imp_text_at (im, i), 0, &mi))
        continue;
      {
        g_autofree char *lead = g_match_info_fetch (mi, 1);
        g_autofree char *codes = g_match_info_fetch (mi, 2);
        g_autofree char *text = g_match_info_fetch (mi, 3);
        g_autoptr (GRegex) sep = imp_regex ("\\s*[+,]\\s*|\\s+");
        g_autofree char *spaced = g_regex_replace_literal (sep, codes, -1, 0, " ", 0, NULL);
        SjStrategy *st = sj_strategy_new ();
        if (n_strategies == 0)
          while (sj_plan_get_n_strategies (im->plan) > 0)
            sj_plan_remove_strategy_at (im->plan, 0);
        g_strstrip (lead);
        sj_strategy_set_lead (st, g_str_has_prefix (lead, "แก่ไข") ? "แก้ไข" : lead);
        sj_strategy_set_codes (st, g_strstrip (spaced));
        sj_strategy_set_text (st, text);
        sj_plan_append_strategy (im->plan, st);
        g_object_unref (st);
        n_strategies++;
      }
    }
  imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, first,
                _("The environment analysis: %u coded items, %u strategies"), n_items,
                n_strategies);
}

/* The pieces of a cell numbered "1. … 2. …" (or one piece). */
static GPtrArray *
numbered_pieces (const char *cell)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GRegex) re = imp_regex ("(?:^|\\s)(\\d{1,2})[.)]\\s*");
  g_autoptr (GMatchInfo) mi = NULL;
  guint expected = 1;
  int last = -1, last_end = 0;

  g_regex_match (re, cell, 0, &mi);
  while (g_match_info_matches (mi))
    {
      g_autofree char *num = g_match_info_fetch (mi, 1);
      int s, e;
      g_match_info_fetch_pos (mi, 0, &s, &e);
      if ((guint) atoi (num) == expected)
        {
          if (last >= 0)
            g_ptr_array_add (pieces, g_strstrip (g_strndup (cell + last_end, s - last_end)));
          last = s;
          last_end = e;
          expected++;
        }
      g_match_info_next (mi, NULL);
    }
  if (last >= 0)
    g_ptr_array_add (pieces, g_strstrip (g_strdup (cell + last_end)));
  else if (cell[0])
    g_ptr_array_add (pieces, g_strstrip (g_strdup (cell)));
  return pieces;
}

static SjRiskLevel
risk_level (const char *word)
{
  if (strstr (word, "สูงมาก"))
    return SJ_RISK_LEVEL_VERY_HIGH;
  if (strstr (word, "ต่ำมาก"))
    return SJ_RISK_LEVEL_VERY_LOW;
  if (strstr (word, "สูง"))
    return SJ_RISK_LEVEL_HIGH;
  if (strstr (word, "ปานกลาง"))
    return SJ_RISK_LEVEL_MEDIUM;
  if (strstr (word, "ต่ำ"))
    return SJ_RISK_LEVEL_LOW;
  return SJ_RISK_LEVEL_UNSET;
}

/* The risk register: rows of step, risks, level (Risk Score) and control measures, under a
 * header with ขั้นตอน and ความเสี่ยง. */
static void
read_risks (Importer *im)
{
  guint stop = im->table_start, n_steps = 0, first = G_MAXUINT;
  int step_col = -1, risk_col = -1, level_col = -1, measure_col = -1;

  for (guint i = 0; i < stop; i++)
    {
      GStrv c = imp_cells_at (im, i);
      if (c == NULL)
        continue;
      if (step_col < 0 || strstr (imp_text_at (im, i), "ขั้นตอน"))
        {
          int sc = -1, rc = -1, lc = -1, mc = -1;
          for (int k = 0; c[k]; k++)
            {
              g_autofree char *sq = imp_squeeze (c[k]);
              if (strstr (sq, "ขั้นตอน"))
                sc = k;
              else if (strstr (sq, "ความเสี่ยง") && strstr (sq, "ประเด็น"))
                rc = k;
              else if (strstr (sq, "RiskScore") || strstr (sq, "ระดับ"))
                lc = k;
              else if (strstr (sq, "มาตรการ"))
                mc = k;
            }
          if (sc >= 0 && rc >= 0)
            {
              step_col = sc;
              risk_col = rc;
              level_col = lc;
              measure_col = mc;
              continue;
            }
        }
      if (step_col < 0 || !g_regex_match_simple ("^\\d{1,2}$", c[0], 0, 0)
          || (guint) risk_col >= g_strv_length (c))
        continue;
      {
        SjRiskStep *step = sj_risk_step_new ();
        g_autoptr (GPtrArray) risks = numbered_pieces (c[risk_col]);
        guint nc = g_strv_length (c);

        if (n_steps == 0)
          {
            while (sj_plan_get_n_risk_steps (im->plan) > 0)
              sj_plan_remove_risk_step_at (im->plan, 0);
            first = i;
          }
        sj_risk_step_set_name (step, c[step_col]);
        for (guint r = 0; r < risks->len; r++)
          {
            SjRiskItem *item = sj_risk_item_new ();
            sj_risk_item_set_text (item, risks->pdata[r]);
            if (level_col >= 0 && (guint) level_col < nc)
              {
                g_auto (GStrv) words = g_strsplit (c[level_col], " ", -1);
                guint nw = g_strv_length (words);
                /* one level for the step, or one a risk */
                sj_risk_item_set_level (item, risk_level (nw == risks->len ? words[r] : c[level_col]));
              }
            sj_risk_step_append_risk (step, item);
            g_object_unref (item);
          }
        if (measure_col >= 0 && (guint) measure_col < nc)
          {
            g_autoptr (GPtrArray) measures = numbered_pieces (c[measure_col]);
            for (guint m = 0; m < measures->len; m++)
              {
                SjRiskMeasure *measure = sj_risk_measure_new ();
                Item *project = best_title_match (im, measures->pdata[m], 0, 20);
                sj_risk_measure_set_text (measure, measures->pdata[m]);
                /* a measure that is a project of the plan is linked to it */
                if (project)
                  sj_risk_measure_set_project (measure, project->project);
                sj_risk_step_append_measure (step, measure);
                g_object_unref (measure);
              }
          }
        sj_plan_append_risk_step (im->plan, step);
        g_object_unref (step);
        n_steps++;
      }
    }
  if (n_steps)
    imp_add_note (im, SJ_IMPORT_NOTE_INFO, SJ_IMPORT_DIFF_NONE, first,
                  ngettext ("The risk register: %u step", "The risk register: %u steps", n_steps),
                  n_steps);
  else
    {
      while (sj_plan_get_n_risk_steps (im->plan) > 0)
        sj_plan_remove_risk_step_at (im->plan, 0);
      imp_add_note (im, SJ_IMPORT_NOTE_UNRECOGNISED, SJ_IMPORT_DIFF_NONE, G_MAXUINT,
                    _("No risk register was found; the plan has none yet"));
    }
}


/* The contents (สารบัญ): not kept (the book makes its own), but its page ranges of the three
 * parts are compared with each other and, in a PDF, with the pages the parts start on. */
static void
read_contents (Importer *im)
{
  guint stop = im->table_start;
  guint head = find (im, "^สารบัญ$", 0, stop);
  g_autoptr (GRegex) range_re = imp_regex ("^(\\d+)(?:\\s*[-–]\\s*(\\d+))?$");
  guint first[4] = { 0 }, last[4] = { 0 }, line[4] = { 0 };
  guint actual[4] = { 0 };

  if (head == G_MAXUINT)
    return;
  for (guint i = head + 1; i < MIN (head + 40, stop); i++)
    {
      GStrv c = imp_cells_at (im, i);
      g_autoptr (GMatchInfo) mi = NULL;
      guint part;
      if (c == NULL || c[0] == NULL || c[1] == NULL)
        continue;
      if (!g_regex_match_simple ("^ส่วนที่\\s*[123]", c[0], 0, 0))
        continue;
      part = c[0][strlen ("ส่วนที่") + strspn (c[0] + strlen ("ส่วนที่"), " ")] - '0';
      if (part < 1 || part > 3 || !g_regex_match (range_re, g_strstrip (c[1]), 0, &mi))
        continue;
      {
        g_autofree char *a = g_match_info_fetch (mi, 1);
        g_autofree char *b = g_match_info_fetch (mi, 2);
        first[part] = atoi (a);
        last[part] = b && b[0] ? (guint) atoi (b) : first[part];
        line[part] = i;
      }
    }
  for (guint p = 2; p <= 3; p++)
    if (first[p] && first[p - 1] && last[p - 1] + 1 != first[p])
      imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_COUNT, line[p],
                    _("The contents give part %u pages %u–%u and part %u pages %u–%u: the pages do "
                      "not follow on"),
                    p - 1, first[p - 1], last[p - 1], p, first[p], last[p]);
  /* where the parts start in a PDF: the page of their headings */
  if (im->source->format != SJ_SOURCE_PDF)
    return;
  {
    guint p1 = find (im, "^ส่วนที่\\s*1(?:\\s*บทนำ)?$", head + 1, stop);
    guint p3 = find (im, "^ส่วนที่\\s*3", im->table_end, im->source->blocks->len);
    if (p1 != G_MAXUINT)
      actual[1] = ((SjSourceBlock *) g_ptr_array_index (im->source->blocks, p1))->page;
    actual[2] = ((SjSourceBlock *) g_ptr_array_index (im->source->blocks, im->table_start))->page;
    if (p3 != G_MAXUINT)
      actual[3] = ((SjSourceBlock *) g_ptr_array_index (im->source->blocks, p3))->page;
  }
  if (!actual[1] || !first[1])
    return;
  for (guint p = 2; p <= 3; p++)
    {
      /* printed page 1 is the first page of part 1 */
      int printed = (int) actual[p] - (int) actual[1] + (int) first[1];
      if (first[p] && actual[p] && printed != (int) first[p]
          /* the table may start on the page after Part 2's title */
          && !(p == 2 && printed == (int) first[p] + 1))
        imp_add_note (im, SJ_IMPORT_NOTE_DIFFERENCE, SJ_IMPORT_DIFF_COUNT, line[p],
                      _("The contents put part %u at page %u; it starts on page %d"), p, first[p],
                      printed);
    }
}

/* The cover: the slogan in quotes below the title, the division that prepared it. */
static void
read_slogan (Importer *im)
{
  guint stop = im->table_start;
  guint cover = find (im, "^แผนปฏิบัติการป้องกันการทุจริต.{0,100}$", 0, stop);
  guint i;

  if (cover == G_MAXUINT)
    return;
  i = find (im, "^[“\"].{4,120}[”\"]$", cover + 1, MIN (cover + 10, stop));
  if (i != G_MAXUINT)
    sj_organisation_set_slogan (sj_plan_get_organisation (im->plan), imp_text_at (im, i));
  /* the division that prepared the plan, printed on the cover */
  i = find (im, "^(?:กอง|สำนัก)\\S{3,60}$", cover + 1, MIN (cover + 10, stop));
  if (i != G_MAXUINT)
    sj_organisation_set_division (sj_plan_get_organisation (im->plan), imp_text_at (im, i));
}

void
imp_read_front (Importer *im)
{
  read_slogan (im);
  read_announcement (im);
  read_order (im);
  read_preface (im);
  read_contents (im);
  read_part1 (im);
  read_swot (im);
  read_risks (im);
  read_annex (im);
}
