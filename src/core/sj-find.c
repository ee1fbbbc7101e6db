/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-find"
#include "config.h"

#include "sj-find.h"

#include "sj-checker.h"
#include "sj-compute.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Find and replace over every text of the plan: titles, form fields, Part 1, ประกาศ, คำสั่ง,
 * names. Thai text copied from PDFs and Word carries stray spaces ("ป้องกัน การทุจริต",
 * "เทศบาลเมือง กาฬสินธุ์"), so matching ignores white space on both sides: a query finds the
 * words however they were spaced, and Latin letters match whatever their case. */

/* Characters that do not count when matching: spaces of every kind, and zero-width ones. */
static gboolean
is_ignorable (gunichar ch)
{
  return g_unichar_isspace (ch) || ch == 0x00A0 || ch == 0x200B || ch == 0x200C || ch == 0x200D
         || ch == 0xFEFF;
}

/* @text without what does not count, with the byte offset in @text where each of its bytes
 * came from (and, past the end, the end of the text). */
static char *
normalize (const char *text, GArray **offsets)
{
  GString *s = g_string_new (NULL);

  if (offsets)
    *offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      char buf[6];
      int len;
      if (is_ignorable (ch))
        continue;
      if (ch < 0x80)
        ch = g_ascii_tolower (ch);
      len = g_unichar_to_utf8 (ch, buf);
      g_string_append_len (s, buf, len);
      if (offsets)
        for (int k = 0; k < len; k++)
          {
            gsize at = p - text;
            g_array_append_val (*offsets, at);
          }
    }
  if (offsets)
    {
      gsize end = strlen (text);
      g_array_append_val (*offsets, end);
    }
  return g_string_free (s, FALSE);
}

/**
 * sj_find_in_text:
 * @from: the byte offset to search from
 * @start: (out): where the match starts in @text
 * @end: (out): where it ends
 *
 * Finds @query in @text, white space ignored on both sides and ASCII letters in any case.
 */
gboolean
sj_find_in_text (const char *text, const char *query, gsize from, gsize *start, gsize *end)
{
  g_autoptr (GArray) offsets = NULL;
  g_autofree char *norm = NULL;
  g_autofree char *q = normalize (query ? query : "", NULL);
  const char *hit;
  gsize skip = 0;

  if (text == NULL || *q == '\0')
    return FALSE;
  norm = normalize (text, &offsets);
  while (skip < offsets->len - 1 && g_array_index (offsets, gsize, skip) < from)
    skip++;
  hit = strstr (norm + skip, q);
  if (hit == NULL)
    return FALSE;
  *start = g_array_index (offsets, gsize, hit - norm);
  {
    /* The end: just after the original character that gave the match's last byte */
    gsize last = g_array_index (offsets, gsize, hit - norm + strlen (q) - 1);
    *end = g_utf8_next_char (text + last) - text;
  }
  return TRUE;
}

/* @text with every match of @query replaced; NULL when nothing matched. */
char *
sj_find_replace_in_text (const char *text, const char *query, const char *replacement,
                         guint *n_replaced)
{
  g_autoptr (GString) out = NULL;
  gsize at = 0, start, end;
  guint n = 0;

  while (text && sj_find_in_text (text, query, at, &start, &end))
    {
      if (out == NULL)
        out = g_string_new (NULL);
      g_string_append_len (out, text + at, start - at);
      g_string_append (out, replacement);
      at = end;
      n++;
    }
  if (n_replaced)
    *n_replaced += n;
  if (out == NULL)
    return NULL;
  g_string_append (out, text + at);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
sj_find_match_free (SjFindMatch *m)
{
  if (m == NULL)
    return;
  g_clear_object (&m->object);
  g_free (m->property);
  g_free (m->path);
  g_free (m->before);
  g_free (m->match);
  g_free (m->after);
  g_free (m->location);
  g_free (m);
}

/* Properties that hold codes and settings, not text a person reads. */
static gboolean
is_searchable (const char *name)
{
  static const char *const skip[] = {
    "id", "font-family", "parts", "charts", "emblem-type", "codes", "code", "kind", "number",
  };
  for (guint i = 0; i < G_N_ELEMENTS (skip); i++)
    if (strcmp (skip[i], name) == 0)
      return FALSE;
  return TRUE;
}

typedef struct
{
  SjPlan *plan;
  SjSummary *summary;
  const char *query;
  GPtrArray *matches;
} Finder;

static char *
location_of (Finder *f, GObject *object, const char *property)
{
  g_autoptr (GString) s = g_string_new (NULL);
  SjProject *project = NULL;

  for (gpointer o = object; SJ_IS_MODEL_OBJECT (o); o = sj_model_object_get_parent (o))
    if (SJ_IS_PROJECT (o))
      project = o;
  if (project)
    {
      /* TRANSLATORS: where a find result is: a project's number and title */
      g_string_printf (s, _("No. %u “%s”"), sj_summary_get_project_number (f->summary, project),
                       sj_project_get_title (project));
    }
  else if (SJ_IS_MODEL_OBJECT (object) && !SJ_IS_PLAN (object))
    {
      /* The plan's child or list that holds it: its property names the part */
      gpointer o = object;
      while (SJ_IS_MODEL_OBJECT (sj_model_object_get_parent (o))
             && !SJ_IS_PLAN (sj_model_object_get_parent (o)))
        o = sj_model_object_get_parent (o);
      if (sj_model_object_get_parent_pspec (o))
        g_string_append (s, sj_check_property_label (sj_model_object_get_parent_pspec (o)->name));
    }
  if (s->len)
    g_string_append (s, " › ");
  g_string_append (s, sj_check_property_label (property));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
flat (const char *text, gsize len)
{
  g_autofree char *piece = g_strndup (text, len);
  char *out = g_strdup (piece);
  for (char *p = out; *p; p++)
    if (*p == '\n' || *p == '\t')
      *p = ' ';
  return out;
}

static void
add_matches (Finder *f, GObject *object, const char *property, const char *text)
{
  gsize at = 0, start, end;

  while (sj_find_in_text (text, f->query, at, &start, &end))
    {
      SjFindMatch *m = g_new0 (SjFindMatch, 1);
      const char *b = text + start, *e = text + end;
      /* Some 30 characters of context on each side */
      for (int k = 0; k < 30 && b > text; k++)
        b = g_utf8_find_prev_char (text, b);
      for (int k = 0; k < 30 && *e; k++)
        e = g_utf8_next_char (e);
      m->object = g_object_ref (object);
      m->property = g_strdup (property);
      m->path = sj_model_path (object, property);
      m->before = flat (b, text + start - b);
      m->match = flat (text + start, end - start);
      m->after = flat (text + end, e - (text + end));
      m->location = location_of (f, object, property);
      g_ptr_array_add (f->matches, m);
      at = end;
    }
}

static void
append_paragraph (const char *text, gpointer data)
{
  GString *s = data;
  if (s->len)
    g_string_append_c (s, '\n');
  g_string_append (s, text);
}

/* Every searchable text of @object and its descendants, in the order of the model. */
static void
walk (Finder *f, GObject *object)
{
  guint n_props;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (object),
                                                                 &n_props);

  for (guint i = 0; i < n_props; i++)
    {
      GParamSpec *pspec = props[i];

      if (sj_model_pspec_is_ref (pspec) || !is_searchable (pspec->name))
        continue;
      if (pspec->value_type == G_TYPE_STRING)
        {
          g_autofree char *text = NULL;
          g_object_get (object, pspec->name, &text, NULL);
          add_matches (f, object, pspec->name, text);
        }
      else if (pspec->value_type == SJ_TYPE_RICH)
        {
          /* Paragraph by paragraph, as replacing sees them (facts stand as U+FFFC) */
          g_autoptr (SjRich) rich = NULL;
          g_autoptr (GString) text = g_string_new (NULL);
          g_object_get (object, pspec->name, &rich, NULL);
          sj_rich_foreach_text (rich, append_paragraph, text);
          add_matches (f, object, pspec->name, text->str);
        }
      else if (pspec->value_type == G_TYPE_STRV)
        {
          g_auto (GStrv) v = NULL;
          g_object_get (object, pspec->name, &v, NULL);
          for (guint j = 0; v && v[j]; j++)
            add_matches (f, object, pspec->name, v[j]);
        }
      else if (pspec->value_type == G_TYPE_LIST_MODEL)
        {
          g_autoptr (GListModel) list = NULL;
          g_object_get (object, pspec->name, &list, NULL);
          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            {
              g_autoptr (GObject) item = g_list_model_get_item (list, j);
              walk (f, item);
            }
        }
      else if (sj_model_pspec_is_child (pspec))
        {
          g_autoptr (GObject) child = NULL;
          g_object_get (object, pspec->name, &child, NULL);
          if (child)
            walk (f, child);
        }
    }
}

/**
 * sj_find:
 *
 * Returns: (transfer full) (element-type SjFindMatch): every match of @query in the texts of
 * @plan, in the order of the model.
 */
GPtrArray *
sj_find (SjPlan *plan, const char *query)
{
  Finder f = { plan, NULL, query, g_ptr_array_new_with_free_func ((GDestroyNotify) sj_find_match_free) };
  g_autofree char *q = normalize (query ? query : "", NULL);

  g_return_val_if_fail (SJ_IS_PLAN (plan), f.matches);
  if (*q == '\0')
    return f.matches;
  f.summary = sj_summary_new (plan);
  walk (&f, G_OBJECT (plan));
  sj_summary_free (f.summary);
  return f.matches;
}

/* Replace all --------------------------------------------------------------------------------- */

typedef struct
{
  const char *query;
  const char *replacement;
  guint n;
} Replacer;

/* Replaces inside one paragraph: a match may span runs of different styles; the replacement
 * takes the style of the run the match starts in, and the rest of the match leaves the others.
 * Facts are never matched (they stand as U+FFFC, which no query holds). */
static void
replace_in_paragraph (SjBlock *paragraph, gpointer data)
{
  Replacer *r = data;
  g_autoptr (GString) joined = g_string_new (NULL);
  g_autoptr (GArray) run_start = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize at = 0, start, end;

  for (guint i = 0; i < paragraph->runs->len; i++)
    {
      SjRun *run = &g_array_index (paragraph->runs, SjRun, i);
      gsize pos = joined->len;
      g_array_append_val (run_start, pos);
      g_string_append (joined, run->fact ? "\xef\xbf\xbc" : (run->text ? run->text : ""));
    }
  {
    gsize pos = joined->len;
    g_array_append_val (run_start, pos);
  }
  /* From the end backwards, so that offsets before a replacement stay right. */
  {
    g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (gsize));
    while (sj_find_in_text (joined->str, r->query, at, &start, &end))
      {
        g_array_append_val (hits, start);
        g_array_append_val (hits, end);
        at = end;
      }
    for (guint h = hits->len; h > 0; h -= 2)
      {
        gsize s = g_array_index (hits, gsize, h - 2), e = g_array_index (hits, gsize, h - 1);
        for (guint i = 0; i < paragraph->runs->len; i++)
          {
            SjRun *run = &g_array_index (paragraph->runs, SjRun, i);
            gsize rs = g_array_index (run_start, gsize, i), re = g_array_index (run_start, gsize, i + 1);
            gsize cut_from, cut_to;
            GString *t;
            if (run->fact || re <= s || rs >= e)
              continue;
            cut_from = MAX (s, rs) - rs;
            cut_to = MIN (e, re) - rs;
            t = g_string_new (run->text ? run->text : "");
            g_string_erase (t, cut_from, cut_to - cut_from);
            if (s >= rs && s < re)
              g_string_insert (t, cut_from, r->replacement);
            g_free (run->text);
            run->text = g_string_free (t, FALSE);
          }
        r->n++;
      }
  }
}

/**
 * sj_find_replace_all:
 *
 * Replaces every match of @query in the texts of the plan with @replacement, as one step of
 * the document (one undo restores everything). Returns: the number of replacements.
 */
guint
sj_find_replace_all (SjDocument *doc, const char *query, const char *replacement)
{
  SjPlan *plan = sj_document_get_plan (doc);
  g_autoptr (GPtrArray) matches = sj_find (plan, query);
  g_autoptr (GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *step = NULL;
  Replacer r = { query, replacement ? replacement : "", 0 };

  if (matches->len == 0)
    return 0;
  /* TRANSLATORS: the name of the undo step of Replace All */
  step = g_strdup_printf (_("Replace “%s” with “%s”"), query, r.replacement);
  sj_document_begin_step (doc, step);
  for (guint i = 0; i < matches->len; i++)
    {
      SjFindMatch *m = g_ptr_array_index (matches, i);
      GParamSpec *pspec;

      /* Each property once, however many matches it holds */
      if (g_hash_table_contains (done, m->path))
        continue;
      g_hash_table_add (done, g_strdup (m->path));
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (m->object), m->property);
      if (pspec->value_type == G_TYPE_STRING)
        {
          g_autofree char *text = NULL;
          g_autofree char *replaced = NULL;
          g_object_get (m->object, m->property, &text, NULL);
          replaced = sj_find_replace_in_text (text, query, r.replacement, &r.n);
          if (replaced)
            g_object_set (m->object, m->property, replaced, NULL);
        }
      else if (pspec->value_type == SJ_TYPE_RICH)
        {
          g_autoptr (SjRich) rich = NULL;
          g_autoptr (SjRich) copy = NULL;
          g_object_get (m->object, m->property, &rich, NULL);
          copy = sj_rich_copy (rich);
          sj_rich_foreach_paragraph (copy, replace_in_paragraph, &r);
          g_object_set (m->object, m->property, copy, NULL);
        }
      else if (pspec->value_type == G_TYPE_STRV)
        {
          g_auto (GStrv) v = NULL;
          g_object_get (m->object, m->property, &v, NULL);
          for (guint j = 0; v && v[j]; j++)
            {
              char *replaced = sj_find_replace_in_text (v[j], query, r.replacement, &r.n);
              if (replaced)
                {
                  g_free (v[j]);
                  v[j] = replaced;
                }
            }
          g_object_set (m->object, m->property, v, NULL);
        }
    }
  sj_document_end_step (doc);
  return r.n;
}
