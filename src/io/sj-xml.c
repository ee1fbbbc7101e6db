/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-xml"
#include "config.h"

#include "sj-xml.h"
#include "sj-compute.h"
#include "sj-plan-file.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Rich text may nest lists and tables; deeper nesting than this is refused as hostile. */
#define MAX_RICH_DEPTH 12

typedef struct
{
  gpointer object; /* owned */
  char *kind;
  char *id;
  int line;
  char *element;
  void (*apply) (gpointer object, gpointer target);
} PendingRef;

struct _SjXmlReader
{
  char *display_name;
  GHashTable *ids; /* "kind\x1fid" -> object (borrowed: the plan owns them) */
  GArray *refs;    /* of PendingRef */
};

static void
pending_ref_clear (gpointer data)
{
  PendingRef *ref = data;
  g_clear_object (&ref->object);
  g_free (ref->kind);
  g_free (ref->id);
  g_free (ref->element);
}

SjXmlReader *
sj_xml_reader_new (const char *display_name)
{
  SjXmlReader *r = g_new0 (SjXmlReader, 1);
  r->display_name = g_strdup (display_name ? display_name : "");
  r->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->refs = g_array_new (FALSE, TRUE, sizeof (PendingRef));
  g_array_set_clear_func (r->refs, pending_ref_clear);
  return r;
}

void
sj_xml_reader_free (SjXmlReader *r)
{
  if (r == NULL)
    return;
  g_free (r->display_name);
  g_hash_table_unref (r->ids);
  g_array_unref (r->refs);
  g_free (r);
}

static void G_GNUC_PRINTF (4, 5)
set_error_at (SjXmlReader *r, xmlNode *node, GError **error, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: file name, line number, element name, message */
  g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_CONTENT, _("%s:%ld: <%s>: %s"),
               r->display_name, node ? xmlGetLineNo (node) : 0L,
               node && node->name ? (const char *) node->name : "?", message);
}

/* The id pattern of the schema, [A-Za-z_][A-Za-z0-9_.-]{0,63}, checked here on load. */
static gboolean
is_valid_id (const char *id)
{
  gsize n = 0;

  if (!g_ascii_isalpha (*id) && *id != '_')
    return FALSE;
  for (const char *p = id; *p; p++, n++)
    if (n >= 64 || !(g_ascii_isalnum (*p) || *p == '_' || *p == '.' || *p == '-'))
      return FALSE;
  return TRUE;
}

gboolean
sj_xml_reader_add_id (SjXmlReader *r, xmlNode *node, gpointer object, const char *kind,
                      const char *id, GError **error)
{
  char *key;

  if (*id == '\0')
    {
      set_error_at (r, node, error, _("the id is empty; give it a name such as p12 or unit-finance"));
      return FALSE;
    }
  if (!is_valid_id (id))
    {
      set_error_at (r, node, error,
                    _("“%s” is not a valid id (a letter, then letters, digits, “_”, “.” or "
                      "“-”, at most 64)"),
                    id);
      return FALSE;
    }
  key = g_strconcat (kind, "\x1f", id, NULL);

  if (g_hash_table_contains (r->ids, key))
    {
      g_free (key);
      set_error_at (r, node, error, _("the id “%s” is used twice"), id);
      return FALSE;
    }
  g_hash_table_insert (r->ids, key, object);
  return TRUE;
}

void
sj_xml_reader_add_ref (SjXmlReader *r, xmlNode *node, gpointer object, const char *kind,
                       const char *id, void (*apply) (gpointer object, gpointer target))
{
  PendingRef ref = { 0 };

  ref.object = g_object_ref (object);
  ref.kind = g_strdup (kind);
  ref.id = g_strdup (id);
  ref.line = xmlGetLineNo (node);
  ref.element = g_strdup ((const char *) node->name);
  ref.apply = apply;
  g_array_append_val (r->refs, ref);
}

gboolean
sj_xml_reader_resolve (SjXmlReader *r, GError **error)
{
  for (guint i = 0; i < r->refs->len; i++)
    {
      PendingRef *ref = &g_array_index (r->refs, PendingRef, i);
      g_autofree char *key = g_strconcat (ref->kind, "\x1f", ref->id, NULL);
      gpointer target = g_hash_table_lookup (r->ids, key);

      if (target == NULL)
        {
          g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_CONTENT,
                       _("%s:%d: <%s>: refers to “%s”, which is not in the plan"),
                       r->display_name, ref->line, ref->element, ref->id);
          return FALSE;
        }
      ref->apply (ref->object, target);
    }
  g_array_set_size (r->refs, 0);
  return TRUE;
}

const char *
sj_xml_attr (xmlNode *node, const char *name)
{
  for (xmlAttr *a = node->properties; a; a = a->next)
    if (a->ns == NULL && strcmp ((const char *) a->name, name) == 0)
      {
        if (a->children && a->children->type == XML_TEXT_NODE && a->children->next == NULL)
          return (const char *) a->children->content;
        return a->children ? (const char *) a->children->content : "";
      }
  return NULL;
}

char *
sj_xml_text (xmlNode *node)
{
  GString *s;

  if (node->children && node->children->next == NULL
      && (node->children->type == XML_TEXT_NODE || node->children->type == XML_CDATA_SECTION_NODE))
    return g_strdup ((const char *) node->children->content);
  s = g_string_new (NULL);
  for (xmlNode *c = node->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      g_string_append (s, (const char *) c->content);
  return g_string_free (s, FALSE);
}

static gboolean
is_blank (const xmlChar *text)
{
  for (const xmlChar *p = text; p && *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* TRUE for an element; FALSE for ignorable nodes (white space, comments); FALSE with @error set
 * for text where only elements may stand. */
gboolean
sj_xml_is_element (SjXmlReader *r, xmlNode *node, GError **error)
{
  switch (node->type)
    {
    case XML_ELEMENT_NODE:
      return TRUE;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      if (!is_blank (node->content))
        set_error_at (r, node->parent, error, _("text is not allowed here"));
      return FALSE;
    case XML_COMMENT_NODE:
    case XML_PI_NODE:
      return FALSE;
    default:
      set_error_at (r, node->parent, error, _("unexpected content"));
      return FALSE;
    }
}

void
sj_xml_unexpected (SjXmlReader *r, xmlNode *node, GError **error)
{
  set_error_at (r, node->parent ? node->parent : node, error,
                _("the element <%s> is not expected here"), (const char *) node->name);
}

void
sj_xml_fail (SjXmlReader *r, xmlNode *node, GError **error, const char *attribute,
             const char *value)
{
  set_error_at (r, node, error, _("“%s” is not a valid value of %s"), value, attribute);
}

gboolean
sj_xml_parse_int (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                  gint64 min, gint64 max, gint64 *out, GError **error)
{
  g_autoptr (GError) local = NULL;

  if (!g_ascii_string_to_signed (value, 10, min, max, out, &local))
    {
      g_autofree char *lo = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *hi = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      set_error_at (r, node, error, _("%s must be a whole number from %s to %s, not “%s”"), name,
                    lo, hi, value);
      return FALSE;
    }
  return TRUE;
}

gboolean
sj_xml_parse_bool (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                   gboolean *out, GError **error)
{
  if (g_strcmp0 (value, "true") == 0)
    *out = TRUE;
  else if (g_strcmp0 (value, "false") == 0)
    *out = FALSE;
  else
    {
      set_error_at (r, node, error, _("%s must be true or false, not “%s”"), name, value);
      return FALSE;
    }
  return TRUE;
}

gboolean
sj_xml_parse_double (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                     double min, double max, double *out, GError **error)
{
  char *end = NULL;
  double v = g_ascii_strtod (value, &end);

  /* xsd:decimal: digits with an optional sign and point; no exponent, no inf or nan */
  if (strspn (value, "+-.0123456789") != strlen (value) || end == value || *end != '\0'
      || !isfinite (v) || v < min || v > max)
    {
      set_error_at (r, node, error, _("%s must be a number from %g to %g, not “%s”"), name, min,
                    max, value);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

static gboolean
has_thai_digits (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x0E50 && g_utf8_get_char (p) <= 0x0E59)
      return TRUE;
  return FALSE;
}

gboolean
sj_xml_parse_money (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                    SjMoney *out, GError **error)
{
  g_autoptr (GError) local = NULL;
  const char *p = value;
  gsize digits;

  /* The file's form, stricter than what a person may type: -?[0-9]{1,15}(\.[0-9]{1,2})? */
  if (*p == '-')
    p++;
  digits = strspn (p, "0123456789");
  p += digits;
  if (*p == '.')
    {
      gsize decimals = strspn (p + 1, "0123456789");
      p += (decimals >= 1 && decimals <= 2) ? decimals + 1 : 0;
    }
  if (digits < 1 || digits > 15 || *p != '\0')
    {
      /* What a person types into a file: "1,500,000", "๑๕๐,๐๐๐", "1,500 บาท". */
      const char *hint = "";
      if (strchr (value, ',') != NULL)
        hint = _(" (write it without thousands separators, decimals after a point: 1500.50)");
      else if (has_thai_digits (value))
        hint = _(" (write it in Arabic digits)");
      set_error_at (r, node, error,
                    _("%s must be an amount in baht like 138000 or 1500.50, not “%s”%s"), name,
                    value, hint);
      return FALSE;
    }
  if (!sj_money_parse (value, out, &local))
    {
      set_error_at (r, node, error, "%s: %s", name, local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
sj_xml_parse_quarters (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                       guint *out, GError **error)
{
  guint q = 0;
  char last = '0';

  for (const char *p = value; *p; p++)
    {
      if (*p < '1' || *p > '4' || *p <= last)
        {
          set_error_at (r, node, error,
                        _("%s must list quarters in order, like 1234 or 24, not “%s”"), name,
                        value);
          return FALSE;
        }
      q |= 1u << (*p - '1');
      last = *p;
    }
  *out = q;
  return TRUE;
}

gboolean
sj_xml_parse_date (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                   SjDate *out, GError **error)
{
  if (!sj_date_parse_iso (value, out))
    {
      set_error_at (r, node, error, _("%s must be a real date like 2022-09-29, not “%s”"), name,
                    value);
      return FALSE;
    }
  /* Dates of the file are of the Common Era; 2565 is the Buddhist-Era year of 2022, not the
   * year 3108. A year no plan can mean is refused, with what it was probably meant to be. */
  if (out->year >= 2400 && out->year <= 2800)
    {
      set_error_at (r, node, error,
                    _("%s: “%s” has a Buddhist-Era year; dates in the file are of the Common Era "
                      "(%u for พ.ศ. %u)"),
                    name, value, out->year - 543, out->year);
      return FALSE;
    }
  if (out->year < 1800 || out->year > 2199)
    {
      set_error_at (r, node, error,
                    _("%s: the year of “%s” cannot be meant; dates are written like 2022-09-29"),
                    name, value);
      return FALSE;
    }
  return TRUE;
}

void
sj_xml_strv_append (GObject *object, const char *property, const char *text)
{
  g_auto (GStrv) old = NULL;
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  g_auto (GStrv) v = NULL;

  g_object_get (object, property, &old, NULL);
  if (old)
    g_strv_builder_addv (b, (const char **) old);
  g_strv_builder_add (b, text);
  v = g_strv_builder_end (b);
  g_object_set (object, property, v, NULL);
}

/* Rich text ----------------------------------------------------------------------------------- */

static gboolean read_blocks (SjXmlReader *r, xmlNode *parent, GPtrArray *blocks, int depth,
                             GError **error);

static gboolean
read_inline (SjXmlReader *r, xmlNode *parent, SjBlock *p, SjRunFlags flags, const char *href,
             int depth, GError **error)
{
  if (depth > MAX_RICH_DEPTH)
    {
      set_error_at (r, parent, error, _("rich text is nested too deeply"));
      return FALSE;
    }
  for (xmlNode *n = parent->children; n; n = n->next)
    {
      const char *name = (const char *) n->name;
      SjRunFlags f = flags;
      const char *h = href;

      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          if (n->content && *n->content)
            sj_block_add_run (p, (const char *) n->content, flags, href);
          continue;
        }
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (strcmp (name, "fact") == 0)
        {
          const char *fact = sj_xml_attr (n, "name");
          g_autofree char *fallback = sj_xml_text (n);
          if (fact == NULL || *fact == '\0')
            {
              set_error_at (r, n, error, _("a fact needs a name"));
              return FALSE;
            }
          if (!sj_fact_name_is_known (fact))
            {
              /* A misspelt fact would print as "…": the file is refused, and says which. */
              set_error_at (r, n, error,
                            _("“%s” is not a fact; facts are organisation, project-count, "
                              "counts-by-type, total, period, dimension-N-count … (FORMAT.md)"),
                            fact);
              return FALSE;
            }
          sj_block_add_fact (p, fact, *fallback ? fallback : NULL, flags);
          continue;
        }
      if (strcmp (name, "b") == 0)
        f |= SJ_RUN_BOLD;
      else if (strcmp (name, "i") == 0)
        f |= SJ_RUN_ITALIC;
      else if (strcmp (name, "u") == 0)
        f |= SJ_RUN_UNDERLINE;
      else if (strcmp (name, "sub") == 0)
        f |= SJ_RUN_SUBSCRIPT;
      else if (strcmp (name, "sup") == 0)
        f |= SJ_RUN_SUPERSCRIPT;
      else if (strcmp (name, "a") == 0)
        {
          h = sj_xml_attr (n, "href");
          if (h == NULL)
            {
              set_error_at (r, n, error, _("a link needs an href"));
              return FALSE;
            }
        }
      else
        {
          sj_xml_unexpected (r, n, error);
          return FALSE;
        }
      if (!read_inline (r, n, p, f, h, depth + 1, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_align (SjXmlReader *r, xmlNode *node, SjAlign *out, GError **error)
{
  const char *v = sj_xml_attr (node, "align");
  *out = SJ_ALIGN_JUSTIFY;
  if (v && !sj_align_from_string (v, out))
    {
      sj_xml_fail (r, node, error, "align", v);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_block (SjXmlReader *r, xmlNode *n, GPtrArray *blocks, int depth, GError **error)
{
  const char *name = (const char *) n->name;

  if (strcmp (name, "p") == 0)
    {
      SjBlock *p = sj_block_new_paragraph ();
      const char *indent = sj_xml_attr (n, "indent");
      g_ptr_array_add (blocks, p);
      if (!read_align (r, n, &p->align, error))
        return FALSE;
      if (indent && !sj_xml_parse_bool (r, n, "indent", indent, &p->indent, error))
        return FALSE;
      return read_inline (r, n, p, 0, NULL, depth + 1, error);
    }
  if (strcmp (name, "list") == 0)
    {
      const char *style = sj_xml_attr (n, "style");
      const char *start = sj_xml_attr (n, "start");
      SjListStyle st;
      gint64 first = 1;
      SjBlock *list;

      if (style == NULL || !sj_list_style_from_string (style, &st))
        {
          sj_xml_fail (r, n, error, "style", style ? style : "");
          return FALSE;
        }
      if (start && !sj_xml_parse_int (r, n, "start", start, 1, 9999, &first, error))
        return FALSE;
      list = sj_block_new_list (st, (guint) first);
      g_ptr_array_add (blocks, list);
      for (xmlNode *c = n->children; c; c = c->next)
        {
          if (!sj_xml_is_element (r, c, error))
            {
              if (error && *error)
                return FALSE;
              continue;
            }
          if (strcmp ((const char *) c->name, "item") != 0)
            {
              sj_xml_unexpected (r, c, error);
              return FALSE;
            }
          if (!read_blocks (r, c, sj_block_add_item (list), depth + 1, error))
            return FALSE;
        }
      return TRUE;
    }
  if (strcmp (name, "table") == 0)
    {
      const char *borders = sj_xml_attr (n, "borders");
      const char *widths = sj_xml_attr (n, "widths");
      SjBlock *table = sj_block_new_table (TRUE);

      g_ptr_array_add (blocks, table);
      if (borders && !sj_xml_parse_bool (r, n, "borders", borders, &table->borders, error))
        return FALSE;
      if (widths)
        {
          g_auto (GStrv) parts = g_strsplit_set (widths, " \t\n", -1);
          for (guint i = 0; parts[i]; i++)
            {
              double v;
              if (*parts[i] == '\0')
                continue;
              if (!sj_xml_parse_double (r, n, "widths", parts[i], 0.0, 1000.0, &v, error))
                return FALSE;
              g_array_append_val (table->widths, v);
            }
        }
      for (xmlNode *rn = n->children; rn; rn = rn->next)
        {
          SjRow *row;
          if (!sj_xml_is_element (r, rn, error))
            {
              if (error && *error)
                return FALSE;
              continue;
            }
          if (strcmp ((const char *) rn->name, "row") != 0)
            {
              sj_xml_unexpected (r, rn, error);
              return FALSE;
            }
          row = sj_block_add_row (table, g_strcmp0 (sj_xml_attr (rn, "header"), "true") == 0);
          for (xmlNode *cn = rn->children; cn; cn = cn->next)
            {
              const char *colspan;
              gint64 span = 1;
              SjAlign align;
              if (!sj_xml_is_element (r, cn, error))
                {
                  if (error && *error)
                    return FALSE;
                  continue;
                }
              if (strcmp ((const char *) cn->name, "cell") != 0)
                {
                  sj_xml_unexpected (r, cn, error);
                  return FALSE;
                }
              colspan = sj_xml_attr (cn, "colspan");
              if (colspan && !sj_xml_parse_int (r, cn, "colspan", colspan, 1, 20, &span, error))
                return FALSE;
              if (!read_align (r, cn, &align, error))
                return FALSE;
              if (!read_blocks (r, cn, sj_row_add_cell (row, (guint) span, align), depth + 1,
                                error))
                return FALSE;
            }
        }
      return TRUE;
    }
  sj_xml_unexpected (r, n, error);
  return FALSE;
}

static gboolean
read_blocks (SjXmlReader *r, xmlNode *parent, GPtrArray *blocks, int depth, GError **error)
{
  if (depth > MAX_RICH_DEPTH)
    {
      set_error_at (r, parent, error, _("rich text is nested too deeply"));
      return FALSE;
    }
  for (xmlNode *n = parent->children; n; n = n->next)
    {
      if (!sj_xml_is_element (r, n, error))
        {
          if (error && *error)
            return FALSE;
          continue;
        }
      if (!read_block (r, n, blocks, depth, error))
        return FALSE;
    }
  return TRUE;
}

SjRich *
sj_xml_read_rich (SjXmlReader *r, xmlNode *node, GError **error)
{
  g_autoptr (SjRich) rich = sj_rich_new ();

  if (!read_blocks (r, node, sj_rich_get_blocks (rich), 0, error))
    return NULL;
  return g_steal_pointer (&rich);
}

GBytes *
sj_xml_read_base64 (SjXmlReader *r, xmlNode *node, GError **error)
{
  g_autofree char *text = sj_xml_text (node);
  gsize len = 0;
  guchar *data;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '/' && *p != '=' && !g_ascii_isspace (*p))
      {
        set_error_at (r, node, error, _("the image data is damaged"));
        return NULL;
      }
  data = g_base64_decode (text, &len);
  return g_bytes_new_take (data, len);
}

/* Writing ------------------------------------------------------------------------------------- */

struct _SjXmlWriter
{
  GString *s;
  int depth;
  char *problem;   /* the first value that cannot be written, or NULL */
  GHashTable *ids; /* "kind\x1fid" of every object written, as the reader keys them */
  GPtrArray *refs; /* "kind\x1fid" of every reference written, checked when writing ends */
};

/* Records why the document being written would not be a valid plan file. Writing goes on, so
 * the caller gets one complete message, but the bytes must not be saved. */
static void G_GNUC_PRINTF (2, 3)
writer_problem (SjXmlWriter *w, const char *format, ...)
{
  va_list args;

  if (w->problem != NULL)
    return;
  va_start (args, format);
  w->problem = g_strdup_vprintf (format, args);
  va_end (args);
}

gboolean
sj_xml_is_valid_id (const char *id)
{
  gsize n = 0;

  if (id == NULL || !(g_ascii_isalpha (*id) || *id == '_'))
    return FALSE;
  for (const char *p = id; *p; p++, n++)
    if (!(g_ascii_isalnum (*p) || *p == '_' || *p == '.' || *p == '-'))
      return FALSE;
  return n <= 64;
}

SjXmlWriter *
sj_xml_writer_new (void)
{
  SjXmlWriter *w = g_new0 (SjXmlWriter, 1);
  w->s = g_string_sized_new (64 * 1024);
  w->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w->refs = g_ptr_array_new_with_free_func (g_free);
  g_string_append (w->s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  return w;
}

/* A reference to an object that is not in the plan (removed, or never added) would make the file
 * impossible to open again: the reader refuses it. The writer refuses it the same way. */
static void
check_refs (SjXmlWriter *w)
{
  for (guint i = 0; i < w->refs->len && w->problem == NULL; i++)
    {
      const char *key = g_ptr_array_index (w->refs, i);
      if (!g_hash_table_contains (w->ids, key))
        writer_problem (w, _("a reference to “%s”, which is not in the plan"),
                        strchr (key, '\x1f') + 1);
    }
}

GBytes *
sj_xml_writer_free_to_bytes (SjXmlWriter *w, char **problem)
{
  GBytes *bytes;

  check_refs (w);
  bytes = g_string_free_to_bytes (w->s);
  g_hash_table_unref (w->ids);
  g_ptr_array_unref (w->refs);
  if (problem)
    *problem = g_steal_pointer (&w->problem);
  g_free (w->problem);
  g_free (w);
  return bytes;
}

static void
indent (SjXmlWriter *w)
{
  for (int i = 0; i < w->depth; i++)
    g_string_append (w->s, "  ");
}

/* Escapes text for element content (@attribute FALSE) or a double-quoted attribute. Characters
 * XML 1.0 cannot carry (control characters) are dropped. */
static void
append_escaped (GString *s, const char *text, gboolean attribute)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      /* Cannot happen through the model's setters with valid input; never write broken UTF-8. */
      g_autofree char *fixed = g_utf8_make_valid (text, -1);
      append_escaped (s, fixed, attribute);
      return;
    }
  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar) *p;
      switch (c)
        {
        case '&':
          g_string_append (s, "&amp;");
          break;
        case '<':
          g_string_append (s, "&lt;");
          break;
        case '>':
          g_string_append (s, "&gt;");
          break;
        case '"':
          if (attribute)
            g_string_append (s, "&quot;");
          else
            g_string_append_c (s, '"');
          break;
        case '\n':
        case '\t':
        case '\r':
          if (attribute)
            g_string_append_printf (s, "&#%u;", c);
          else if (c == '\r')
            g_string_append (s, "&#13;");
          else
            g_string_append_c (s, c);
          break;
        default:
          if (c >= 0x20)
            g_string_append_c (s, c);
          break;
        }
    }
}

void
sj_xml_writer_open (SjXmlWriter *w, const char *name)
{
  indent (w);
  g_string_append_c (w->s, '<');
  g_string_append (w->s, name);
}

void
sj_xml_writer_attr (SjXmlWriter *w, const char *name, const char *value)
{
  g_string_append_printf (w->s, " %s=\"", name);
  append_escaped (w->s, value ? value : "", TRUE);
  g_string_append_c (w->s, '"');
}

void
sj_xml_writer_attr_int (SjXmlWriter *w, const char *name, gint64 value)
{
  g_string_append_printf (w->s, " %s=\"%" G_GINT64_FORMAT "\"", name, value);
}

void
sj_xml_writer_attr_double (SjXmlWriter *w, const char *name, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_formatd (buf, sizeof buf, "%.6g", value);
  sj_xml_writer_attr (w, name, buf);
}

static void
check_id (SjXmlWriter *w, const char *id)
{
  if (!sj_xml_is_valid_id (id))
    writer_problem (w, _("“%s” cannot be used as an id (use letters, digits, “_”, “.” and “-”, "
                         "starting with a letter)"), id ? id : "");
}

/* Writes the id attribute of an object of @kind and remembers it for the references. */
void
sj_xml_writer_define_id (SjXmlWriter *w, const char *kind, const char *id)
{
  char *key = g_strconcat (kind, "\x1f", id, NULL);

  check_id (w, id);
  if (!g_hash_table_add (w->ids, key))
    writer_problem (w, _("the id “%s” is used twice"), id);
  sj_xml_writer_attr (w, "id", id);
}

/* Writes a reference to the object of @kind whose id is @id. */
void
sj_xml_writer_attr_ref (SjXmlWriter *w, const char *name, const char *kind, const char *id)
{
  check_id (w, id);
  g_ptr_array_add (w->refs, g_strconcat (kind, "\x1f", id, NULL));
  sj_xml_writer_attr (w, name, id);
}

void
sj_xml_writer_attr_money (SjXmlWriter *w, const char *name, SjMoney value)
{
  g_autofree char *s = sj_money_to_plain (value);
  if (value > SJ_MONEY_MAX || value < -SJ_MONEY_MAX)
    writer_problem (w, _("“%s” is too large an amount of money"), s);
  sj_xml_writer_attr (w, name, s);
}

void
sj_xml_writer_attr_quarters (SjXmlWriter *w, const char *name, guint value)
{
  char buf[5];
  int n = 0;
  for (int q = 0; q < 4; q++)
    if (value & (1u << q))
      buf[n++] = '1' + q;
  buf[n] = '\0';
  sj_xml_writer_attr (w, name, buf);
}

void
sj_xml_writer_attr_date (SjXmlWriter *w, const char *name, const SjDate *value)
{
  g_autofree char *s = sj_date_to_iso (value);
  SjDate check;
  if (!sj_date_parse_iso (s, &check))
    writer_problem (w, _("“%s” is not a real date"), s);
  sj_xml_writer_attr (w, name, s);
}

void
sj_xml_writer_attr_reflist (SjXmlWriter *w, const char *name, const char *kind,
                            GPtrArray *objects)
{
  g_autoptr (GString) s = NULL;

  if (objects == NULL || objects->len == 0)
    return;
  s = g_string_new (NULL);
  for (guint i = 0; i < objects->len; i++)
    {
      g_autofree char *id = NULL;
      g_object_get (g_ptr_array_index (objects, i), "id", &id, NULL);
      check_id (w, id);
      g_ptr_array_add (w->refs, g_strconcat (kind, "\x1f", id ? id : "", NULL));
      if (i)
        g_string_append_c (s, ' ');
      g_string_append (s, id);
    }
  sj_xml_writer_attr (w, name, s->str);
}

void
sj_xml_writer_close_empty (SjXmlWriter *w)
{
  g_string_append (w->s, "/>\n");
}

void
sj_xml_writer_close_start (SjXmlWriter *w)
{
  g_string_append (w->s, ">\n");
  w->depth++;
}

void
sj_xml_writer_end (SjXmlWriter *w, const char *name)
{
  w->depth--;
  indent (w);
  g_string_append_printf (w->s, "</%s>\n", name);
}

void
sj_xml_writer_text_element (SjXmlWriter *w, const char *name, const char *text)
{
  indent (w);
  if (text == NULL || *text == '\0')
    {
      g_string_append_printf (w->s, "<%s/>\n", name);
      return;
    }
  g_string_append_printf (w->s, "<%s>", name);
  append_escaped (w->s, text, FALSE);
  g_string_append_printf (w->s, "</%s>\n", name);
}

/* Finishes an element opened with sj_xml_writer_open() whose content is @text. */
void
sj_xml_writer_text_content (SjXmlWriter *w, const char *text, const char *name)
{
  if (text == NULL || *text == '\0')
    {
      sj_xml_writer_close_empty (w);
      return;
    }
  g_string_append_c (w->s, '>');
  append_escaped (w->s, text, FALSE);
  g_string_append_printf (w->s, "</%s>\n", name);
}

static void write_blocks (SjXmlWriter *w, GPtrArray *blocks);

static const struct
{
  SjRunFlags flag;
  const char *tag;
} inline_tags[] = {
  { SJ_RUN_BOLD, "b" },           { SJ_RUN_ITALIC, "i" },           { SJ_RUN_UNDERLINE, "u" },
  { SJ_RUN_SUBSCRIPT, "sub" },    { SJ_RUN_SUPERSCRIPT, "sup" },
};

static void
write_run (GString *s, const SjRun *run)
{
  if (run->href)
    {
      g_string_append (s, "<a href=\"");
      append_escaped (s, run->href, TRUE);
      g_string_append (s, "\">");
    }
  for (guint i = 0; i < G_N_ELEMENTS (inline_tags); i++)
    if (run->flags & inline_tags[i].flag)
      g_string_append_printf (s, "<%s>", inline_tags[i].tag);
  if (run->fact)
    {
      g_string_append (s, "<fact name=\"");
      append_escaped (s, run->fact, TRUE);
      if (run->text && *run->text)
        {
          g_string_append (s, "\">");
          append_escaped (s, run->text, FALSE);
          g_string_append (s, "</fact>");
        }
      else
        g_string_append (s, "\"/>");
    }
  else
    append_escaped (s, run->text, FALSE);
  for (int i = G_N_ELEMENTS (inline_tags) - 1; i >= 0; i--)
    if (run->flags & inline_tags[i].flag)
      g_string_append_printf (s, "</%s>", inline_tags[i].tag);
  if (run->href)
    g_string_append (s, "</a>");
}

static void
write_block (SjXmlWriter *w, SjBlock *b)
{
  switch (b->kind)
    {
    case SJ_BLOCK_PARAGRAPH:
      indent (w);
      g_string_append (w->s, "<p");
      if (b->align != SJ_ALIGN_JUSTIFY)
        g_string_append_printf (w->s, " align=\"%s\"", sj_align_to_string (b->align));
      if (!b->indent)
        g_string_append (w->s, " indent=\"false\"");
      if (b->runs->len == 0)
        {
          g_string_append (w->s, "/>\n");
          break;
        }
      g_string_append_c (w->s, '>');
      for (guint i = 0; i < b->runs->len; i++)
        write_run (w->s, &g_array_index (b->runs, SjRun, i));
      g_string_append (w->s, "</p>\n");
      break;
    case SJ_BLOCK_LIST:
      indent (w);
      g_string_append_printf (w->s, "<list style=\"%s\"", sj_list_style_to_string (b->style));
      if (b->start != 1)
        g_string_append_printf (w->s, " start=\"%u\"", b->start);
      if (b->items->len == 0)
        {
          g_string_append (w->s, "/>\n");
          break;
        }
      sj_xml_writer_close_start (w);
      for (guint i = 0; i < b->items->len; i++)
        {
          SjItem *item = g_ptr_array_index (b->items, i);
          sj_xml_writer_open (w, "item");
          if (item->blocks->len == 0)
            {
              sj_xml_writer_close_empty (w);
              continue;
            }
          sj_xml_writer_close_start (w);
          write_blocks (w, item->blocks);
          sj_xml_writer_end (w, "item");
        }
      sj_xml_writer_end (w, "list");
      break;
    case SJ_BLOCK_TABLE:
      indent (w);
      g_string_append (w->s, "<table");
      if (!b->borders)
        g_string_append (w->s, " borders=\"false\"");
      if (b->widths->len)
        {
          g_string_append (w->s, " widths=\"");
          for (guint i = 0; i < b->widths->len; i++)
            {
              char buf[G_ASCII_DTOSTR_BUF_SIZE];
              g_ascii_formatd (buf, sizeof buf, "%.6g", g_array_index (b->widths, double, i));
              g_string_append_printf (w->s, "%s%s", i ? " " : "", buf);
            }
          g_string_append_c (w->s, '"');
        }
      if (b->rows->len == 0)
        {
          g_string_append (w->s, "/>\n");
          break;
        }
      sj_xml_writer_close_start (w);
      for (guint i = 0; i < b->rows->len; i++)
        {
          SjRow *row = g_ptr_array_index (b->rows, i);
          sj_xml_writer_open (w, "row");
          if (row->header)
            sj_xml_writer_attr (w, "header", "true");
          if (row->cells->len == 0)
            {
              sj_xml_writer_close_empty (w);
              continue;
            }
          sj_xml_writer_close_start (w);
          for (guint j = 0; j < row->cells->len; j++)
            {
              SjCell *cell = g_ptr_array_index (row->cells, j);
              sj_xml_writer_open (w, "cell");
              if (cell->colspan != 1)
                sj_xml_writer_attr_int (w, "colspan", cell->colspan);
              if (cell->align != SJ_ALIGN_JUSTIFY)
                sj_xml_writer_attr (w, "align", sj_align_to_string (cell->align));
              if (cell->blocks->len == 0)
                {
                  sj_xml_writer_close_empty (w);
                  continue;
                }
              sj_xml_writer_close_start (w);
              write_blocks (w, cell->blocks);
              sj_xml_writer_end (w, "cell");
            }
          sj_xml_writer_end (w, "row");
        }
      sj_xml_writer_end (w, "table");
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
write_blocks (SjXmlWriter *w, GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    write_block (w, g_ptr_array_index (blocks, i));
}

void
sj_xml_write_rich (SjXmlWriter *w, const char *name, SjRich *rich)
{
  sj_xml_writer_open (w, name);
  sj_xml_writer_close_start (w);
  write_blocks (w, sj_rich_get_blocks (rich));
  sj_xml_writer_end (w, name);
}

void
sj_xml_write_base64 (SjXmlWriter *w, const char *name, GBytes *bytes)
{
  gsize len;
  const guchar *data = g_bytes_get_data (bytes, &len);
  g_autofree char *b64 = g_base64_encode (data, len);
  GString *wrapped = g_string_sized_new (strlen (b64) + strlen (b64) / 76 + 2);

  /* Lines of 76 characters keep the file readable in a text editor and in diffs. */
  for (gsize i = 0, n = strlen (b64); i < n; i += 76)
    {
      g_string_append_c (wrapped, '\n');
      g_string_append_len (wrapped, b64 + i, MIN (76, n - i));
    }
  g_string_append_c (wrapped, '\n');
  sj_xml_writer_text_element (w, name, wrapped->str);
  g_string_free (wrapped, TRUE);
}
