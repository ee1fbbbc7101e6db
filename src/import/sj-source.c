/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a plan a committee already has into paragraphs and table rows: the text extracted from
 * a PDF (tab-separated tables), a Word file (WordprocessingML in a zip, read with libarchive and
 * libxml2) and a PDF (text with positions from poppler, sj-source-pdf.c). */
#define G_LOG_DOMAIN "sujarit-import"
#include "config.h"

#include "sj-source.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

G_DEFINE_QUARK (sj-source-error-quark, sj_source_error)

static void
block_free (gpointer data)
{
  SjSourceBlock *block = data;
  g_free (block->text);
  g_strfreev (block->cells);
  g_free (block);
}

SjSource *
sj_source_new (SjSourceFormat format)
{
  SjSource *source = g_new0 (SjSource, 1);
  source->format = format;
  source->blocks = g_ptr_array_new_with_free_func (block_free);
  return source;
}

void
sj_source_free (SjSource *source)
{
  if (source == NULL)
    return;
  g_ptr_array_unref (source->blocks);
  g_free (source);
}

const char *
sj_source_format_name (SjSourceFormat format)
{
  switch (format)
    {
    case SJ_SOURCE_DOCX:
      return "DOCX";
    case SJ_SOURCE_PDF:
      return "PDF";
    case SJ_SOURCE_TEXT:
    default:
      return _("text");
    }
}

/* Adds a paragraph, or a row when cells is given (taken). */
void
sj_source_add (SjSource *source, const char *text, GStrv cells, guint line, guint page, gboolean bold)
{
  SjSourceBlock *block = g_new0 (SjSourceBlock, 1);

  block->kind = cells ? SJ_SOURCE_ROW : SJ_SOURCE_PARAGRAPH;
  block->cells = cells;
  block->text = cells ? g_strjoinv ("\t", cells) : g_strdup (text);
  block->line = line;
  block->page = page;
  block->bold = bold;
  g_ptr_array_add (source->blocks, block);
}

/* Text ----------------------------------------------------------------------------------------- */

/* A line of extracted text without the marks of the conversion: Markdown heading signs, bold
 * stars, the two trailing spaces of a hard break. */
static char *
strip_markup (const char *line, gboolean *bold)
{
  GString *s = g_string_new (NULL);
  const char *p = line;

  while (*p == '#')
    p++;
  *bold = strstr (p, "**") != NULL;
  for (; *p; p++)
    {
      if (p[0] == '*' && p[1] == '*')
        {
          p++;
          continue;
        }
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

SjSource *
sj_source_read_text (const char *data, gsize len, GError **error)
{
  g_autoptr (SjSource) source = NULL;
  const char *end;
  const char *p = data;
  guint line = 0;

  if (!g_utf8_validate_len (data, len, &end))
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("The file is not a Word file, a PDF or text in UTF-8 (byte %lu is not "
                     "UTF-8)"),
                   (unsigned long) (end - data) + 1);
      return NULL;
    }
  source = sj_source_new (SJ_SOURCE_TEXT);
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  /* A line ending in two spaces (a hard line break of the conversion) continues its paragraph
   * on the next line; a break between two Thai letters is inside a word run: no space there. */
  GString *pending = NULL;
  guint pending_line = 0;
  gboolean pending_bold = FALSE;

  while (p < data + len)
    {
      const char *nl = memchr (p, '\n', data + len - p);
      const char *stop = nl ? nl : data + len;
      g_autofree char *raw = g_strndup (p, stop - p);
      g_autofree char *text = NULL;
      gboolean bold, continues;
      gsize rl;

      line++;
      p = nl ? nl + 1 : data + len;
      if (source->blocks->len >= SJ_SOURCE_MAX_BLOCKS)
        break;
      rl = strlen (raw);
      if (rl && raw[rl - 1] == '\r')
        raw[--rl] = '\0';
      continues = rl >= 2 && raw[rl - 1] == ' ' && raw[rl - 2] == ' ' && !strchr (raw, '\t');
      g_strchomp (raw);
      if (raw[0] == '\0')
        {
          if (pending)
            {
              sj_source_add (source, pending->str, NULL, pending_line, 0, pending_bold);
              g_string_free (pending, TRUE);
              pending = NULL;
            }
          continue;
        }
      text = strip_markup (raw, &bold);
      /* a Markdown table of the conversion: "| a | b |"; its rule "|---|---|" is not a row */
      {
        const char *t = text;
        if (t[0] == '-' && t[1] == ' ')
          t += 2;
        while (*t == ' ')
          t++;
        if (t[0] == '|' && strchr (t + 1, '|'))
          {
            g_auto (GStrv) parts = g_strsplit (t + 1, "|", -1);
            guint np = g_strv_length (parts);
            gboolean rule = TRUE, empty = TRUE;
            GPtrArray *cells = g_ptr_array_new ();
            /* the text after the last bar is not a cell */
            if (np > 0 && g_strstrip (parts[np - 1])[0] == '\0')
              np--;
            for (guint k = 0; k < np; k++)
              {
                char *c = g_strstrip (parts[k]);
                if (strspn (c, "-: ") != strlen (c))
                  rule = FALSE;
                if (c[0])
                  empty = FALSE;
                g_ptr_array_add (cells, g_strdup (c));
              }
            g_ptr_array_add (cells, NULL);
            if (pending)
              {
                sj_source_add (source, pending->str, NULL, pending_line, 0, pending_bold);
                g_string_free (pending, TRUE);
                pending = NULL;
              }
            if (rule || empty)
              g_strfreev ((GStrv) g_ptr_array_free (cells, FALSE));
            else
              sj_source_add (source, NULL, (GStrv) g_ptr_array_free (cells, FALSE), line, 0, bold);
            continue;
          }
      }
      if (strchr (text, '\t'))
        {
          if (pending)
            {
              sj_source_add (source, pending->str, NULL, pending_line, 0, pending_bold);
              g_string_free (pending, TRUE);
              pending = NULL;
            }
          sj_source_add (source, NULL, g_strsplit (text, "\t", -1), line, 0, bold);
          continue;
        }
      g_strstrip (text);
      if (text[0] == '\0')
        continue;
      if (pending)
        {
          const char *last = g_utf8_prev_char (pending->str + pending->len);
          gunichar a = g_utf8_get_char (last), b = g_utf8_get_char (text);
          if (!(a >= 0x0E01 && a <= 0x0E5B && b >= 0x0E01 && b <= 0x0E5B))
            g_string_append_c (pending, ' ');
          g_string_append (pending, text);
        }
      else
        {
          pending = g_string_new (text);
          pending_line = line;
          pending_bold = bold;
        }
      if (!continues)
        {
          sj_source_add (source, pending->str, NULL, pending_line, 0, pending_bold);
          g_string_free (pending, TRUE);
          pending = NULL;
        }
    }
  if (pending)
    {
      sj_source_add (source, pending->str, NULL, pending_line, 0, pending_bold);
      g_string_free (pending, TRUE);
    }
  return g_steal_pointer (&source);
}

/* Word (DOCX) ---------------------------------------------------------------------------------- */

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static gboolean
is_w (xmlNode *node, const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns && node->ns->href
         && strcmp ((const char *) node->ns->href, W_NS) == 0
         && strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
w_child (xmlNode *node, const char *name)
{
  for (xmlNode *c = node ? node->children : NULL; c; c = c->next)
    if (is_w (c, name))
      return c;
  return NULL;
}

static char *
w_attr (xmlNode *node, const char *name)
{
  xmlChar *v = node ? xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) W_NS) : NULL;
  char *s = v ? g_strdup ((const char *) v) : NULL;
  xmlFree (v);
  return s;
}

/* A level of a numbering definition (numbering.xml). */
typedef struct
{
  char *format; /* decimal, thaiNumbers, bullet … */
  char *text;   /* "%1)" */
  int start;
} NumLevel;

typedef struct
{
  SjSource *source;
  GHashTable *num_levels;  /* "numId:ilvl" → NumLevel */
  GHashTable *counters;    /* "numId:ilvl" → int */
  guint page;
  guint paragraph;
  guint text_page; /* the page the current paragraph's first text is on */
} DocxReader;

static void
num_level_free (gpointer data)
{
  NumLevel *level = data;
  g_free (level->format);
  g_free (level->text);
  g_free (level);
}

static void
read_numbering (DocxReader *reader, xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr (GHashTable) abstract = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (root == NULL)
    return;
  for (xmlNode *a = root->children; a; a = a->next)
    if (is_w (a, "abstractNum"))
      {
        char *id = w_attr (a, "abstractNumId");
        if (id)
          g_hash_table_insert (abstract, id, a);
      }
  for (xmlNode *n = root->children; n; n = n->next)
    {
      g_autofree char *num_id = NULL;
      g_autofree char *abstract_id = NULL;
      xmlNode *a;

      if (!is_w (n, "num"))
        continue;
      num_id = w_attr (n, "numId");
      abstract_id = w_attr (w_child (n, "abstractNumId"), "val");
      a = abstract_id ? g_hash_table_lookup (abstract, abstract_id) : NULL;
      if (num_id == NULL || a == NULL)
        continue;
      for (xmlNode *l = a->children; l; l = l->next)
        {
          g_autofree char *ilvl = NULL;
          g_autofree char *start = NULL;
          NumLevel *level;

          if (!is_w (l, "lvl"))
            continue;
          ilvl = w_attr (l, "ilvl");
          level = g_new0 (NumLevel, 1);
          level->format = w_attr (w_child (l, "numFmt"), "val");
          level->text = w_attr (w_child (l, "lvlText"), "val");
          start = w_attr (w_child (l, "start"), "val");
          level->start = start ? (int) g_ascii_strtoll (start, NULL, 10) : 1;
          g_hash_table_insert (reader->num_levels, g_strdup_printf ("%s:%s", num_id, ilvl ? ilvl : "0"),
                               level);
        }
    }
}

static void
append_number (GString *s, const char *format, int n)
{
  static const char *thai_letters[] = { "ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ" };

  if (g_strcmp0 (format, "thaiNumbers") == 0 || g_strcmp0 (format, "thaiCounting") == 0)
    {
      g_autofree char *digits = g_strdup_printf ("%d", n);
      for (const char *p = digits; *p; p++)
        g_string_append_unichar (s, 0x0E50 + (*p - '0'));
    }
  else if (g_strcmp0 (format, "thaiLetters") == 0 && n >= 1 && n <= 10)
    g_string_append (s, thai_letters[n - 1]);
  else if ((g_strcmp0 (format, "lowerLetter") == 0 || g_strcmp0 (format, "upperLetter") == 0)
           && n >= 1 && n <= 26)
    g_string_append_c (s, (format[0] == 'l' ? 'a' : 'A') + n - 1);
  else
    g_string_append_printf (s, "%d", n);
}

/* The number Word draws before a numbered paragraph, e.g. "1)" or "๒.", advancing the count. */
static char *
paragraph_number (DocxReader *reader, xmlNode *ppr)
{
  xmlNode *numpr = w_child (ppr, "numPr");
  g_autofree char *num_id = w_attr (w_child (numpr, "numId"), "val");
  g_autofree char *ilvl_s = w_attr (w_child (numpr, "ilvl"), "val");
  int ilvl = ilvl_s ? (int) g_ascii_strtoll (ilvl_s, NULL, 10) : 0;
  g_autofree char *key = NULL;
  NumLevel *level;
  GString *s;
  int count;

  if (numpr == NULL || num_id == NULL || g_strcmp0 (num_id, "0") == 0 || ilvl < 0 || ilvl > 8)
    return NULL;
  key = g_strdup_printf ("%s:%d", num_id, ilvl);
  level = g_hash_table_lookup (reader->num_levels, key);
  if (level == NULL)
    return NULL;
  count = GPOINTER_TO_INT (g_hash_table_lookup (reader->counters, key));
  count = count ? count + 1 : level->start;
  g_hash_table_insert (reader->counters, g_strdup (key), GINT_TO_POINTER (count));
  for (int deeper = ilvl + 1; deeper <= 8; deeper++)
    {
      g_autofree char *k = g_strdup_printf ("%s:%d", num_id, deeper);
      g_hash_table_remove (reader->counters, k);
    }
  if (g_strcmp0 (level->format, "bullet") == 0)
    return g_strdup ("-");
  if (g_strcmp0 (level->format, "none") == 0 || level->text == NULL)
    return NULL;
  s = g_string_new (NULL);
  for (const char *p = level->text; *p; p++)
    {
      if (p[0] == '%' && p[1] >= '1' && p[1] <= '9')
        {
          int l = p[1] - '1';
          g_autofree char *k = g_strdup_printf ("%s:%d", num_id, l);
          NumLevel *other = g_hash_table_lookup (reader->num_levels, k);
          int n = GPOINTER_TO_INT (g_hash_table_lookup (reader->counters, k));
          append_number (s, other ? other->format : "decimal", n ? n : (other ? other->start : 1));
          p++;
        }
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* The text of a paragraph's runs (and of fields, hyperlinks, insertions), not of deletions.
 * Page breaks met in it are counted. */
static void
collect_text (DocxReader *reader, xmlNode *node, GString *s, gboolean *all_bold, gboolean *any)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is_w (c, "del") || is_w (c, "instrText") || is_w (c, "delText") || is_w (c, "pPr")
          || is_w (c, "footnoteReference"))
        continue;
      if (is_w (c, "r"))
        {
          xmlNode *rpr = w_child (c, "rPr");
          xmlNode *b = w_child (rpr, "b");
          g_autofree char *bval = w_attr (b, "val");
          gboolean bold = b && g_strcmp0 (bval, "0") != 0 && g_strcmp0 (bval, "false") != 0;
          for (xmlNode *r = c->children; r; r = r->next)
            {
              if (is_w (r, "t"))
                {
                  xmlChar *t = xmlNodeGetContent (r);
                  if (t && t[0])
                    {
                      if (!*any)
                        reader->text_page = reader->page;
                      g_string_append (s, (const char *) t);
                      *any = TRUE;
                      if (!bold)
                        *all_bold = FALSE;
                    }
                  xmlFree (t);
                }
              else if (is_w (r, "tab") || is_w (r, "cr"))
                g_string_append_c (s, ' ');
              else if (is_w (r, "br"))
                {
                  g_autofree char *type = w_attr (r, "type");
                  if (g_strcmp0 (type, "page") == 0)
                    reader->page++;
                  else
                    g_string_append_c (s, ' ');
                }
              else if (is_w (r, "lastRenderedPageBreak"))
                reader->page++;
            }
          continue;
        }
      collect_text (reader, c, s, all_bold, any);
    }
}

static char *
paragraph_text (DocxReader *reader, xmlNode *p, gboolean *bold)
{
  xmlNode *ppr = w_child (p, "pPr");
  g_autofree char *number = NULL;
  GString *s = g_string_new (NULL);
  gboolean all_bold = TRUE, any = FALSE;

  if (ppr && w_child (ppr, "pageBreakBefore"))
    reader->page++;
  number = ppr ? paragraph_number (reader, ppr) : NULL;
  collect_text (reader, p, s, &all_bold, &any);
  if (number && any)
    {
      g_string_prepend_c (s, ' ');
      g_string_prepend (s, number);
    }
  *bold = any && all_bold;
  return g_strstrip (g_string_free (s, FALSE));
}

static void read_body (DocxReader *reader, xmlNode *node);

/* A cell's text: its paragraphs (and those of tables nested in it) joined by spaces. */
static void
cell_text (DocxReader *reader, xmlNode *node, GString *s)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (is_w (c, "p"))
        {
          gboolean bold;
          g_autofree char *t = paragraph_text (reader, c, &bold);
          if (t[0])
            {
              if (s->len)
                g_string_append_c (s, ' ');
              g_string_append (s, t);
            }
        }
      else if (is_w (c, "tbl") || is_w (c, "tr") || is_w (c, "tc") || is_w (c, "sdt")
               || is_w (c, "sdtContent") || is_w (c, "customXml"))
        cell_text (reader, c, s);
    }
}

static void
read_table (DocxReader *reader, xmlNode *tbl)
{
  for (xmlNode *tr = tbl->children; tr; tr = tr->next)
    {
      g_autoptr (GPtrArray) cells = NULL;
      xmlNode *trpr;
      g_autofree char *before = NULL;
      guint page = reader->page;

      if (!is_w (tr, "tr"))
        continue;
      cells = g_ptr_array_new ();
      trpr = w_child (tr, "trPr");
      before = w_attr (w_child (trpr, "gridBefore"), "val");
      for (int i = 0; before && i < CLAMP (atoi (before), 0, 64); i++)
        g_ptr_array_add (cells, g_strdup (""));
      for (xmlNode *tc = tr->children; tc; tc = tc->next)
        {
          xmlNode *tcpr, *vmerge;
          g_autofree char *span = NULL;
          g_autofree char *vval = NULL;
          GString *s;
          int n;

          if (is_w (tc, "sdt"))
            tc = w_child (w_child (tc, "sdtContent"), "tc") ? w_child (w_child (tc, "sdtContent"), "tc") : tc;
          if (!is_w (tc, "tc"))
            continue;
          tcpr = w_child (tc, "tcPr");
          span = w_attr (w_child (tcpr, "gridSpan"), "val");
          vmerge = w_child (tcpr, "vMerge");
          vval = w_attr (vmerge, "val");
          s = g_string_new (NULL);
          /* A cell merged down from the one above is empty here, as in extracted text. */
          if (vmerge && g_strcmp0 (vval, "restart") != 0)
            {
              GString *ignored = g_string_new (NULL);
              cell_text (reader, tc, ignored);
              g_string_free (ignored, TRUE);
            }
          else
            cell_text (reader, tc, s);
          g_ptr_array_add (cells, g_string_free (s, FALSE));
          n = span ? CLAMP (atoi (span), 1, 64) : 1;
          for (int i = 1; i < n; i++)
            g_ptr_array_add (cells, g_strdup (""));
        }
      if (cells->len == 0)
        continue;
      g_ptr_array_add (cells, NULL);
      sj_source_add (reader->source, NULL, (GStrv) g_ptr_array_steal (cells, NULL),
                 ++reader->paragraph, page + 1, FALSE);
    }
}

static void
read_body (DocxReader *reader, xmlNode *node)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (reader->source->blocks->len >= SJ_SOURCE_MAX_BLOCKS)
        return;
      if (is_w (c, "p"))
        {
          gboolean bold;
          g_autofree char *text = NULL;
          xmlNode *sect = w_child (w_child (c, "pPr"), "sectPr");

          reader->text_page = reader->page;
          text = paragraph_text (reader, c, &bold);
          reader->paragraph++;
          if (text[0])
            sj_source_add (reader->source, text, NULL, reader->paragraph, reader->text_page + 1,
                           bold);
          if (sect)
            {
              g_autofree char *type = w_attr (w_child (sect, "type"), "val");
              if (type == NULL || strcmp (type, "continuous") != 0)
                reader->page++;
            }
        }
      else if (is_w (c, "tbl"))
        read_table (reader, c);
      else if (is_w (c, "sdt") || is_w (c, "sdtContent") || is_w (c, "customXml")
               || is_w (c, "ins") || is_w (c, "smartTag"))
        read_body (reader, c);
    }
}

/* Reads one member of the zip, refusing more than max bytes unpacked. NULL with *error set
 * when it is too large; NULL without an error when it is not there. */
static GBytes *
zip_member (GBytes *bytes, const char *wanted, gsize max, GError **error)
{
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  GBytes *result = NULL;
  gsize len;
  const void *data = g_bytes_get_data (bytes, &len);
  guint n_entries = 0;
  int r;

  archive_read_support_format_zip (a);
  if (archive_read_open_memory (a, data, len) != ARCHIVE_OK)
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("The Word file cannot be opened: %s"), archive_error_string (a));
      archive_read_free (a);
      return NULL;
    }
  while ((r = archive_read_next_header (a, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);

      if (++n_entries > SJ_SOURCE_MAX_ENTRIES)
        {
          g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_UNSAFE,
                       _("The Word file holds more than %u files; it is refused"),
                       SJ_SOURCE_MAX_ENTRIES);
          break;
        }
      if (name == NULL || name[0] == '/' || strstr (name, "..") || strchr (name, '\\')
          || (g_ascii_isalpha (name[0]) && name[1] == ':'))
        {
          g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_UNSAFE,
                       _("The Word file holds a file named “%s”, which points outside it; it is "
                         "refused"),
                       name ? name : "");
          break;
        }
      if (strcmp (name, wanted) == 0)
        {
          GByteArray *buf = g_byte_array_new ();
          char chunk[65536];
          la_ssize_t n;

          while ((n = archive_read_data (a, chunk, sizeof chunk)) > 0)
            {
              if (buf->len + (gsize) n > max)
                {
                  g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_UNSAFE,
                               _("%s in the Word file unpacks to more than %u MB (a zip bomb?); "
                                 "it is refused"),
                               wanted, (guint) (max / (1024 * 1024)));
                  break;
                }
              g_byte_array_append (buf, (const guint8 *) chunk, n);
            }
          if (n < 0 && (error == NULL || *error == NULL))
            g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                         _("The Word file is damaged: %s"), archive_error_string (a));
          if (error && *error)
            g_byte_array_unref (buf);
          else
            result = g_byte_array_free_to_bytes (buf);
          /* the remaining names are still checked */
          if (result == NULL)
            break;
          continue;
        }
      archive_read_data_skip (a);
    }
  if (r != ARCHIVE_EOF && r != ARCHIVE_OK && (error == NULL || *error == NULL))
    g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT, _("The Word file is damaged: %s"),
                 archive_error_string (a));
  archive_read_free (a);
  if (error && *error)
    g_clear_pointer (&result, g_bytes_unref);
  return result;
}

static xmlDoc *
parse_part (GBytes *bytes, const char *name, GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlDoc *doc;

  /* Word never writes a DOCTYPE; one is where entity bombs and external entities live. */
  if (g_strstr_len (data, MIN (len, (gsize) 4096), "<!DOCTYPE") != NULL)
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_UNSAFE,
                   _("%s in the Word file declares a DOCTYPE, which Word never writes; it is "
                     "refused"),
                   name);
      return NULL;
    }
  doc = xmlReadMemory (data, (int) len, name, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR
                                                      | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      const xmlError *e = xmlGetLastError ();
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("%s in the Word file is not well-formed XML (line %d)"), name,
                   e ? e->line : 0);
    }
  return doc;
}

SjSource *
sj_source_read_docx (GBytes *bytes, GError **error)
{
  g_autoptr (GBytes) document = NULL;
  g_autoptr (GBytes) numbering = NULL;
  g_autoptr (SjSource) source = NULL;
  xmlDoc *doc;
  xmlNode *root, *body;
  DocxReader reader = { 0 };

  document = zip_member (bytes, "word/document.xml", SJ_SOURCE_MAX_UNPACKED, error);
  if (document == NULL)
    {
      if (error && *error == NULL)
        g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                     _("The file is a zip but not a Word document (it has no word/document.xml)"));
      return NULL;
    }
  numbering = zip_member (bytes, "word/numbering.xml", SJ_SOURCE_MAX_UNPACKED, error);
  if (numbering == NULL && error && *error)
    return NULL;
  doc = parse_part (document, "word/document.xml", error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  body = root && is_w (root, "document") ? w_child (root, "body") : NULL;
  if (body == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("word/document.xml is not a WordprocessingML document"));
      return NULL;
    }
  source = sj_source_new (SJ_SOURCE_DOCX);
  reader.source = source;
  reader.num_levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, num_level_free);
  reader.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (numbering)
    {
      xmlDoc *ndoc = parse_part (numbering, "word/numbering.xml", NULL);
      if (ndoc)
        {
          read_numbering (&reader, ndoc);
          xmlFreeDoc (ndoc);
        }
    }
  read_body (&reader, body);
  source->n_pages = reader.page + 1;
  g_hash_table_unref (reader.num_levels);
  g_hash_table_unref (reader.counters);
  xmlFreeDoc (doc);
  return g_steal_pointer (&source);
}

/* Any file ----------------------------------------------------------------------------------- */

SjSource *
sj_source_read_bytes (GBytes *bytes, const char *name, GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    return sj_source_read_docx (bytes, error);
  if (len >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return sj_source_read_pdf (bytes, error);
  if (len >= 8 && memcmp (data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("This is an old Word file (.doc); save it as .docx in Word or LibreOffice "
                     "first"));
      return NULL;
    }
  if (len >= 4 && (memcmp (data, "PK\x05\x06", 4) == 0 || memcmp (data, "PK\x07\x08", 4) == 0))
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("This is an empty or split zip, not a Word file"));
      return NULL;
    }
  if (g_strstr_len (data, MIN (len, (gsize) 1024), "urn:x-sujarit:plan"))
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_FORMAT,
                   _("This is a Sujarit plan already: open it instead of importing it"));
      return NULL;
    }
  return sj_source_read_text (data, len, error);
}

SjSource *
sj_source_read (GFile *file, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > SJ_SOURCE_MAX_FILE)
    {
      g_set_error (error, SJ_SOURCE_ERROR, SJ_SOURCE_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB; a plan is never that large"),
                   SJ_SOURCE_MAX_FILE / (1024 * 1024));
      return NULL;
    }
  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  return sj_source_read_bytes (bytes, name, error);
}
