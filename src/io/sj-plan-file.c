/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-plan-file"
#include "config.h"

#include "sj-plan-file.h"
#include "sj-plan-file-private.h"
#include "sj-model-xml.h"
#include "sj-xml.h"
#include "sj-io-resources.h"
#include "sj-os.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#ifdef G_OS_UNIX
#include <unistd.h>
#else
#include <io.h>
#endif

G_DEFINE_QUARK (sj-plan-file-error-quark, sj_plan_file_error)

#define MAX_SCHEMA_ERRORS 5

/* One message for a plan too large to be loaded, whether found on loading or on saving: what
 * Sujarit writes, it can always read again. */
static void
set_too_large_error (GError **error, const char *display_name, guint64 size)
{
  g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_TOO_LARGE,
               _("%s: the plan is too large for a plan file (%u MB; the limit is %d MB)"),
               display_name, (guint) MAX (1, size / (1024 * 1024)),
               SJ_PLAN_FILE_MAX_SIZE / (1024 * 1024));
}

GBytes *
sj_plan_file_get_schema (void)
{
  /* Looked up in this library's own resource, which also makes the linker keep it. */
  return g_resource_lookup_data (sj_io_get_resource (), "/org/sujarit/io/sujarit-1.rng", 0, NULL);
}

/* The value facets of the schema (patterns, ranges) cost more than all the rest of validation
 * with libxml2, which compiles a facet again for every value it checks (a regular expression
 * for each id, amount and date). Loading therefore validates against the schema's structure,
 * its facets taken out, while the reader applies the same rules to the values as it converts
 * them (sj-xml.c), naming the line. `sujarit-cli validate` uses the whole schema. */
typedef enum
{
  SCHEMA_WHOLE,
  SCHEMA_STRUCTURE,
} SchemaKind;

static void
drop_facets (xmlNodePtr node)
{
  xmlNodePtr child = node->children;

  while (child != NULL)
    {
      xmlNodePtr next = child->next;
      if (child->type == XML_ELEMENT_NODE && strcmp ((const char *) child->name, "param") == 0)
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
      else if (child->type == XML_ELEMENT_NODE)
        drop_facets (child);
      child = next;
    }
}

static xmlRelaxNGPtr
compile_schema (SchemaKind kind)
{
  g_autoptr (GBytes) bytes = sj_plan_file_get_schema ();
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlRelaxNGParserCtxtPtr pctxt;
  xmlRelaxNGPtr schema;
  xmlDocPtr doc;

  doc = xmlReadMemory (data, (int) len, "sujarit-1.rng", NULL, XML_PARSE_NONET);
  if (doc == NULL)
    g_error ("The built-in schema of the plan file format is not well-formed");
  if (kind == SCHEMA_STRUCTURE)
    drop_facets (xmlDocGetRootElement (doc));
  pctxt = xmlRelaxNGNewDocParserCtxt (doc);
  schema = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  xmlFreeDoc (doc);
  if (schema == NULL)
    g_error ("The built-in schema of the plan file format does not compile");
  return schema;
}

/* The schemas are compiled once and shared; validation contexts are per call. */
static xmlRelaxNGPtr
get_schema (SchemaKind kind)
{
  static gsize once[2] = { 0, 0 };
  static xmlRelaxNGPtr schema[2] = { NULL, NULL };

  if (g_once_init_enter (&once[kind]))
    {
      schema[kind] = compile_schema (kind);
      g_once_init_leave (&once[kind], 1);
    }
  return schema[kind];
}

/* Refuses a document type declaration before the root element: it is the door to entity
 * expansion (billion laughs), external entities and network access. Plan files never need one. */
/* Plan files are UTF-8, as Sujarit writes them. A file that says otherwise was re-saved by
 * another program (or made to mislead): declared Latin-1 over UTF-8 text would load as
 * gibberish, and libxml2's converters print their own noise on stderr. One clear message. */
static gboolean
check_encoding (const char *p, const char *end, const char *display_name, GError **error)
{
  const char *decl_end, *enc;
  g_autofree char *name = NULL;

  if (end - p >= 2 && (((guchar) p[0] == 0xFF && (guchar) p[1] == 0xFE)
                       || ((guchar) p[0] == 0xFE && (guchar) p[1] == 0xFF)))
    {
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_MALFORMED,
                   _("%s: the file is written in UTF-16; plan files are always UTF-8 (was it "
                     "saved again by another program?)"),
                   display_name);
      return FALSE;
    }
  if (end - p < 5 || memcmp (p, "<?xml", 5) != 0)
    return TRUE;
  decl_end = g_strstr_len (p, MIN (end - p, 512), "?>");
  if (decl_end == NULL)
    return TRUE; /* not a declaration the parser will accept either; it says why */
  enc = g_strstr_len (p, decl_end - p, "encoding");
  if (enc == NULL)
    return TRUE;
  enc += strlen ("encoding");
  while (enc < decl_end && (g_ascii_isspace (*enc) || *enc == '='))
    enc++;
  if (enc < decl_end && (*enc == '"' || *enc == '\''))
    {
      char quote = *enc++;
      const char *close = memchr (enc, quote, decl_end - enc);
      if (close == NULL)
        return TRUE;
      name = g_strndup (enc, close - enc);
    }
  if (name == NULL || g_ascii_strcasecmp (name, "UTF-8") == 0
      || g_ascii_strcasecmp (name, "UTF8") == 0)
    return TRUE;
  g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_MALFORMED,
               _("%s: the file declares the encoding “%s”; plan files are always UTF-8 (was it "
                 "saved again by another program?)"),
               display_name, g_utf8_validate (name, -1, NULL) ? name : "?");
  return FALSE;
}

static gboolean
check_prolog (const char *data, gsize len, const char *display_name, GError **error)
{
  const char *p = data, *end = data + len;

  if (len >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    p += 3;
  if (!check_encoding (p, end, display_name, error))
    return FALSE;
  while (p < end)
    {
      if (g_ascii_isspace (*p))
        p++;
      else if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const char *e = g_strstr_len (p + 4, end - p - 4, "-->");
          if (e == NULL)
            break;
          p = e + 3;
        }
      else if (end - p >= 2 && memcmp (p, "<?", 2) == 0)
        {
          const char *e = g_strstr_len (p + 2, end - p - 2, "?>");
          if (e == NULL)
            break;
          p = e + 2;
        }
      else if (end - p >= 2 && memcmp (p, "<!", 2) == 0)
        {
          g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_FORBIDDEN,
                       _("%s: the file declares a document type (DTD); plan files never do, "
                         "and such files are refused for safety"),
                       display_name);
          return FALSE;
        }
      else
        break;
    }
  return TRUE;
}

typedef struct
{
  GString *messages;
  int count;
} SchemaErrors;

static void
collect_schema_error (void *data, const xmlError *e)
{
  SchemaErrors *errors = data;
  g_autofree char *message = NULL;
  const char *element = "?";

  if (++errors->count > MAX_SCHEMA_ERRORS)
    return;
  if (e->node && ((xmlNode *) e->node)->name)
    element = (const char *) ((xmlNode *) e->node)->name;
  message = g_strstrip (g_strdup (e->message ? e->message : ""));
  if (errors->messages->len)
    g_string_append_c (errors->messages, '\n');
  /* TRANSLATORS: line number, element name, libxml2's description (English) */
  g_string_append_printf (errors->messages, _("line %d, <%s>: %s"), e->line, element, message);
}

/* Drops the white space that only indents elements; text inside text elements is kept as is. */
static void
characters (void *ctx, const xmlChar *ch, int len)
{
  xmlParserCtxtPtr ctxt = ctx;

  if (ctxt->node != NULL && ctxt->node->type == XML_ELEMENT_NODE
      && !sj_model_xml_keeps_text ((const char *) ctxt->node->name))
    {
      int i = 0;
      while (i < len && (ch[i] == ' ' || ch[i] == '\n' || ch[i] == '\t' || ch[i] == '\r'))
        i++;
      if (i == len)
        return;
    }
  xmlSAX2Characters (ctx, ch, len);
}

/* libxml2 prints some problems (of its converters, of I/O) through its generic error handler,
 * on stderr, besides reporting them to the parser; the parser's report is the one shown. */
static void
ignore_generic_error (void *ctx, const char *msg, ...)
{
}

static xmlDocPtr
parse_document (GBytes *bytes, const char *display_name, GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  xmlNodePtr root;
  const char *version;

  if (len > SJ_PLAN_FILE_MAX_SIZE)
    {
      set_too_large_error (error, display_name, len);
      return NULL;
    }
  if (len == 0)
    {
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_MALFORMED,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }
  if (!check_prolog (data, len, display_name, error))
    return NULL;

  xmlSetGenericErrorFunc (NULL, ignore_generic_error); /* per thread in libxml2 */
  ctxt = xmlNewParserCtxt ();
  ctxt->sax->characters = characters;
  ctxt->sax->ignorableWhitespace = characters;
  /* No XML_PARSE_NOENT (no entity substitution), no XML_PARSE_DTDLOAD, no XInclude, no network;
   * CDATA is read as text; line numbers beyond 65535 are kept. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) len, display_name, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT
                             | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *e = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = g_strstrip (g_strdup (e && e->message ? e->message : ""));
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_MALFORMED,
                   _("%s: line %d: the file is damaged or is not a plan file (%s)"),
                   display_name, e ? e->line : 0, message);
      g_clear_pointer (&doc, xmlFreeDoc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_FORBIDDEN,
                   _("%s: the file declares a document type (DTD); plan files never do, and "
                     "such files are refused for safety"),
                   display_name);
      xmlFreeDoc (doc);
      return NULL;
    }

  root = xmlDocGetRootElement (doc);
  if (root == NULL || strcmp ((const char *) root->name, "plan") != 0 || root->ns == NULL
      || g_strcmp0 ((const char *) root->ns->href, SJ_FORMAT_NAMESPACE) != 0)
    {
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_NOT_A_PLAN,
                   _("%s: this XML file is not a Sujarit plan"), display_name);
      xmlFreeDoc (doc);
      return NULL;
    }
  version = sj_xml_attr (root, "version");
  if (version == NULL || strspn (version, "0123456789") != strlen (version) || *version == '\0')
    {
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_NOT_A_PLAN,
                   _("%s: the plan file has no valid format version"), display_name);
      xmlFreeDoc (doc);
      return NULL;
    }
  if (g_ascii_strtoull (version, NULL, 10) > SJ_FORMAT_VERSION || strlen (version) > 4)
    {
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_VERSION,
                   _("%s: the plan was saved by a newer version of Sujarit (file format %s); "
                     "please update Sujarit to open it"),
                   display_name, version);
      xmlFreeDoc (doc);
      return NULL;
    }
  return doc;
}

static gboolean
validate_document (xmlDocPtr doc, SchemaKind kind, const char *display_name, GError **error)
{
  xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt (get_schema (kind));
  SchemaErrors errors = { g_string_new (NULL), 0 };
  int ret;

  xmlRelaxNGSetValidStructuredErrors (vctxt, (xmlStructuredErrorFunc) collect_schema_error,
                                      &errors);
  ret = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);
  if (ret != 0)
    {
      if (errors.count > MAX_SCHEMA_ERRORS)
        g_string_append_printf (errors.messages, "\n%s",
                                _("(and more; the first ones are shown)"));
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_INVALID,
                   _("%s does not follow the plan file format:\n%s"), display_name,
                   errors.messages->len ? errors.messages->str : _("unknown error"));
      g_string_free (errors.messages, TRUE);
      return FALSE;
    }
  g_string_free (errors.messages, TRUE);
  return TRUE;
}

/* The whole schema, value patterns and ranges included, as other tools see the format; loading
 * leaves values to the reader, which says more (tests/test-xml.c holds the two to agreement). */
gboolean
sj_plan_file_validate_schema_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  xmlDocPtr doc = parse_document (bytes, display_name, error);
  gboolean ok;

  if (doc == NULL)
    return FALSE;
  ok = validate_document (doc, SCHEMA_WHOLE, display_name, error);
  xmlFreeDoc (doc);
  return ok;
}

static SjPlan *load_bytes_take (GBytes *bytes, const char *display_name, GError **error);

/**
 * sj_plan_file_validate_bytes:
 *
 * Whether the bytes are a plan Sujarit opens: the very steps of loading, so that what one
 * refuses the other refuses, with the same message (file, line, element).
 */
gboolean
sj_plan_file_validate_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  g_autoptr (SjPlan) plan = load_bytes_take (g_bytes_ref (bytes), display_name, error);
  return plan != NULL;
}

typedef struct
{
  xmlDocPtr doc;
  const char *display_name;
  GError *error;
  gint64 elapsed;
} Validation;

static gpointer
validation_thread (gpointer data)
{
  Validation *v = data;
  gint64 start = g_get_monotonic_time ();

  validate_document (v->doc, SCHEMA_STRUCTURE, v->display_name, &v->error);
  v->elapsed = g_get_monotonic_time () - start;
  return NULL;
}

/* Parses, validates and reads the model; takes @bytes (released as soon as they are parsed). */
static SjPlan *
load_bytes_take (GBytes *bytes, const char *display_name, GError **error)
{
  xmlDocPtr doc;
  SjXmlReader *r;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GError) read_error = NULL;
  Validation v = { 0 };
  GThread *validator = NULL;
  gint64 t0 = g_get_monotonic_time (), t1, t2;

  if (display_name == NULL)
    display_name = "plan";
  doc = parse_document (bytes, display_name, error);
  g_bytes_unref (bytes);
  if (doc == NULL)
    return NULL;
  t1 = g_get_monotonic_time ();

  /* The schema validation runs on a second thread while this one builds the model from the
   * same, unchanging tree (libxml2 only reads it; validation notes live in its own context).
   * The model is kept only if the document is valid, so nothing changes for the caller but
   * the time: on a plan of 1,000 projects the two steps take about as long as each other. */
  v.doc = doc;
  v.display_name = display_name;
  validator = g_thread_try_new ("sj-validate", validation_thread, &v, NULL);
  if (validator == NULL)
    validation_thread (&v);
  r = sj_xml_reader_new (display_name);
  plan = sj_model_xml_read_plan (r, xmlDocGetRootElement (doc), &read_error);
  if (plan != NULL && !sj_xml_reader_resolve (r, &read_error))
    g_clear_object (&plan);
  sj_xml_reader_free (r);
  t2 = g_get_monotonic_time ();
  if (validator != NULL)
    g_thread_join (validator);
  xmlFreeDoc (doc);
  g_debug ("%s: parsed in %.1f ms, read in %.1f ms, validated in %.1f ms (in parallel), "
           "done in %.1f ms",
           display_name, (t1 - t0) / 1000.0, (t2 - t1) / 1000.0, v.elapsed / 1000.0,
           (g_get_monotonic_time () - t0) / 1000.0);

  if (v.error != NULL)
    {
      /* A schema error explains an invalid file better than what the reader tripped on. */
      g_propagate_error (error, v.error);
      return NULL;
    }
  if (plan == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return NULL;
    }
  return g_steal_pointer (&plan);
}

/**
 * sj_plan_file_load_bytes:
 *
 * Parses a plan file safely, validates it against the schema and builds the model.
 * Every failure is a #GError naming the file, and where possible the line and element.
 */
SjPlan *
sj_plan_file_load_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  return load_bytes_take (g_bytes_ref (bytes), display_name, error);
}

static GBytes *
read_limited (GFile *file, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GFileInputStream) in = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  /* A FIFO or a device would be read forever (or block until something writes to it). */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file (a folder, device or pipe), so it is not a plan"),
                   name);
      return NULL;
    }
  if (g_file_info_get_size (info) > SJ_PLAN_FILE_MAX_SIZE)
    {
      g_autofree char *base = g_file_get_basename (file);
      set_too_large_error (error, base, g_file_info_get_size (info));
      return NULL;
    }
  in = g_file_read (file, cancellable, error);
  if (in == NULL)
    return NULL;
  /* Read one byte more than allowed to tell a file at the limit from a larger one. */
  bytes = g_input_stream_read_bytes (G_INPUT_STREAM (in), SJ_PLAN_FILE_MAX_SIZE + 1, cancellable,
                                     error);
  if (bytes == NULL)
    return NULL;
  if (g_bytes_get_size (bytes) > SJ_PLAN_FILE_MAX_SIZE)
    {
      g_autofree char *base = g_file_get_basename (file);
      set_too_large_error (error, base, g_bytes_get_size (bytes));
      return NULL;
    }
  return g_steal_pointer (&bytes);
}

SjPlan *
sj_plan_file_load (GFile *file, GCancellable *cancellable, GError **error)
{
  GBytes *bytes;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  bytes = read_limited (file, cancellable, error);
  if (bytes == NULL)
    return NULL;
  name = g_file_get_basename (file);
  return load_bytes_take (bytes, name, error);
}

gboolean
sj_plan_file_validate (GFile *file, GCancellable *cancellable, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  bytes = read_limited (file, cancellable, error);
  if (bytes == NULL)
    return FALSE;
  name = g_file_get_basename (file);
  return sj_plan_file_validate_bytes (bytes, name, error);
}

/**
 * sj_plan_file_serialize:
 *
 * The plan as the bytes of a plan file, or %NULL and an error when a value could not be read
 * back (an id that is not an id, an amount out of range, a date that does not exist). The
 * writer checks every value the schema constrains, so what it returns always loads again.
 */
GBytes *
sj_plan_file_serialize (SjPlan *plan, GError **error)
{
  SjXmlWriter *w;
  g_autofree char *problem = NULL;
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (SJ_IS_PLAN (plan), NULL);
  w = sj_xml_writer_new ();
  sj_model_xml_write_plan (w, plan);
  bytes = sj_xml_writer_free_to_bytes (w, &problem);
  if (problem != NULL)
    {
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_CONTENT,
                   _("The plan was not saved because it contains values that cannot be "
                     "written: %s"),
                   problem);
      return NULL;
    }
  return g_steal_pointer (&bytes);
}

/* The bytes of the plan file, even if a value could not be read back (for inspection). */
GBytes *
sj_plan_file_to_bytes (SjPlan *plan)
{
  SjXmlWriter *w;

  g_return_val_if_fail (SJ_IS_PLAN (plan), NULL);
  w = sj_xml_writer_new ();
  sj_model_xml_write_plan (w, plan);
  return sj_xml_writer_free_to_bytes (w, NULL);
}

/* "plan.sujarit" keeps its previous version as "plan.sujarit.bak". */
GFile *
sj_plan_file_get_backup (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  return g_file_new_for_path (backup);
}

/* An error of the system call that set @saved (errno), saved before anything could change it. */
#define set_errno_error(error, saved, format, what) \
  g_set_error ((error), G_IO_ERROR, g_io_error_from_errno (saved), (format), (what), \
               g_strerror (saved))

static gboolean
write_all (int fd, const char *data, gsize len, GError **error)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);
      if (n < 0)
        {
          int saved = errno;
          if (saved == EINTR)
            continue;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Could not write the plan: %s"), g_strerror (saved));
          return FALSE;
        }
      data += n;
      len -= n;
    }
  return TRUE;
}

static gboolean
sync_and_close (int fd, GError **error)
{
  int saved = 0;

  if (g_fsync (fd) != 0)
    saved = errno;
  if (!g_close (fd, NULL) && saved == 0)
    saved = errno;
  if (saved != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write the plan: %s"), g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Saving through a symbolic link writes to the file it points to (as text editors do) instead
 * of replacing the link with a regular file and leaving the real file as it was. The target
 * need not exist yet. */
static char *
resolve_links (const char *path, GError **error)
{
  g_autofree char *current = g_strdup (path);

#ifdef G_OS_UNIX
  for (int hops = 0; hops < 40; hops++)
    {
      GStatBuf st;
      g_autofree char *target = NULL;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);
      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          g_autofree char *joined = g_build_filename (dir, target, NULL);
          g_free (current);
          current = g_canonicalize_filename (joined, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               _("“%s” is a chain of links that never reaches a file"), path);
  return NULL;
#else
  return g_steal_pointer (&current);
#endif
}

/* Anything but a regular file (a folder, a FIFO, a device) is refused before it is opened:
 * writing into a FIFO would wait forever. */
static gboolean
check_regular (const char *path, gboolean follow, gboolean *exists, GStatBuf *st, GError **error)
{
  g_autofree char *name = g_filename_display_name (path);
  int r = follow ? g_stat (path, st) : g_lstat (path, st);
  int saved = errno;

  *exists = r == 0;
  if (r != 0)
    {
      if (saved == ENOENT)
        return TRUE;
      set_errno_error (error, saved, _("Could not save the plan as “%s”: %s"), name);
      return FALSE;
    }
  if (S_ISREG (st->st_mode))
    return TRUE;
#ifdef S_ISLNK
  if (!follow && S_ISLNK (st->st_mode))
    return TRUE; /* a link named like the backup is replaced, its target left alone */
#endif
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
               _("“%s” is not a regular file (a folder, device or pipe); the plan was not saved"),
               name);
  return FALSE;
}

/* Temporary files of a save are named after the file they belong to and the process writing
 * them (".plan.sujarit.save-1234-AbC123"), so that one left behind by a crash or a kill is
 * recognisable and removed by the next save of the same file. */
static char *
temp_prefix (const char *base, const char *what)
{
  return g_strdup_printf (".%s.%s-%lu-", base, what, sj_os_process_id ());
}

static void
remove_stale_temporaries (const char *dir, const char *base)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *save_prefix = g_strdup_printf (".%s.save-", base);
  g_autofree char *bak_prefix = g_strdup_printf (".%s.bak-", base);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      const char *rest = NULL;
      char *end = NULL;
      guint64 pid;

      if (g_str_has_prefix (name, save_prefix))
        rest = name + strlen (save_prefix);
      else if (g_str_has_prefix (name, bak_prefix))
        rest = name + strlen (bak_prefix);
      else
        continue;
      pid = g_ascii_strtoull (rest, &end, 10);
      if (end == rest || *end != '-' || sj_os_process_is_running ((gulong) pid))
        continue;
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        GStatBuf st;
        if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && g_unlink (path) == 0)
          g_debug ("removed %s, left by an interrupted save", path);
      }
    }
}

/* Copies @src to a new temporary file beside it, synced; returns its path. */
static char *
copy_to_temp (const char *src, const char *tmpl_base, int mode, GError **error)
{
  g_autofree char *tmpl = g_strconcat (tmpl_base, "XXXXXX", NULL);
  char buf[64 * 1024];
  int in, out;

  in = g_open (src, O_RDONLY, 0);
  if (in < 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (src);
      set_errno_error (error, saved, _("Could not read “%s”: %s"), name);
      return NULL;
    }
  out = g_mkstemp_full (tmpl, O_WRONLY | O_CREAT | O_EXCL, mode);
  if (out < 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (tmpl);
      set_errno_error (error, saved, _("Could not create “%s”: %s"), name);
      g_close (in, NULL);
      return NULL;
    }
  while (TRUE)
    {
      gssize n = read (in, buf, sizeof buf);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_autofree char *name = g_filename_display_name (src);
          set_errno_error (error, saved, _("Could not read “%s”: %s"), name);
          break;
        }
      if (n == 0)
        {
          g_close (in, NULL);
          if (!sync_and_close (out, error))
            {
              g_unlink (tmpl);
              return NULL;
            }
          return g_steal_pointer (&tmpl);
        }
      if (!write_all (out, buf, n, error))
        break;
    }
  g_close (in, NULL);
  g_close (out, NULL);
  g_unlink (tmpl);
  return NULL;
}

/* Keeps the current version of @path as @backup_path, atomically: the backup is either the old
 * backup or the complete previous version, never half of one. A hard link costs nothing; where
 * the file system has none (FAT, some network shares, Windows), a synced copy is renamed into
 * place. */
static gboolean
make_backup (const char *path, const char *backup_path, const char *tmp_base, int mode,
             gboolean by_copy, GError **error)
{
  g_autofree char *tmp = NULL;

#ifdef G_OS_UNIX
  for (int attempt = 0; attempt < 100 && !by_copy && tmp == NULL; attempt++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s%06x", tmp_base,
                                                    g_random_int_range (0, 0xffffff));
      if (link (path, candidate) == 0)
        tmp = g_steal_pointer (&candidate);
      else if (errno != EEXIST)
        break; /* no hard links here: copy */
    }
#endif
  if (tmp == NULL)
    {
      g_autoptr (GError) local = NULL;
      tmp = copy_to_temp (path, tmp_base, mode, &local);
      if (tmp == NULL)
        {
          g_set_error (error, local->domain, local->code,
                       _("Could not keep the previous version of the plan: %s"), local->message);
          return FALSE;
        }
    }
  if (g_rename (tmp, backup_path) != 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (backup_path);
      set_errno_error (error, saved,
                       _("Could not keep the previous version of the plan as “%s”: %s"), name);
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

static void
sync_folder (const char *dir)
{
#ifdef G_OS_UNIX
  int dfd = open (dir, O_RDONLY | O_DIRECTORY);
  if (dfd >= 0)
    {
      fsync (dfd);
      g_close (dfd, NULL);
    }
#endif
}

/* A file opened through the document portal (a Flatpak's file chooser) is shown in a folder of
 * its own (/run/user/UID/doc/ID/, /run/flatpak/doc/ID/) that holds only that file and the
 * temporary files of its atomic replacement: a backup cannot be kept beside it. The history of
 * drafts keeps the previous versions instead. */
static gboolean
in_document_portal (const char *dir)
{
  g_auto (GStrv) parts = g_strsplit (dir, G_DIR_SEPARATOR_S, -1);
  guint n = g_strv_length (parts);

  /* "", "run", "user", UID, "doc", ID  or  "", "run", "flatpak", "doc", ID */
  return (n == 6 && g_str_equal (parts[1], "run") && g_str_equal (parts[2], "user")
          && g_str_equal (parts[4], "doc"))
         || (n == 5 && g_str_equal (parts[1], "run") && g_str_equal (parts[2], "flatpak")
             && g_str_equal (parts[3], "doc"));
}

/**
 * sj_plan_file_write_bytes_full:
 *
 * Writes @bytes to @file atomically: to a temporary file in the same folder, flushed and synced,
 * then renamed over @file. With %SJ_SAVE_BACKUP the previous version becomes the backup
 * (sj_plan_file_get_backup()), as atomically. A failure (full disk, no permission, a kill at any
 * moment) leaves @file and its backup as they were and removes what it created; temporary
 * files left by a process that was killed are removed by the next save of the same file.
 */
gboolean
sj_plan_file_write_bytes_full (GBytes *bytes, GFile *file, SjSaveFlags flags,
                               GCancellable *cancellable, GError **error)
{
  g_autofree char *given = g_file_get_path (file);
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *display = NULL;
  g_autofree char *backup_path = NULL;
  g_autofree char *save_base = NULL;
  g_autofree char *tmpl = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  GStatBuf st, backup_st;
  gboolean exists, backup_exists;
  int fd;

  if (given == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Plans can only be saved to a local folder"));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  path = resolve_links (given, error);
  if (path == NULL)
    return FALSE;
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  display = g_filename_display_name (base);
  if (len > SJ_PLAN_FILE_MAX_SIZE)
    {
      set_too_large_error (error, display, len);
      return FALSE;
    }
  if (!check_regular (path, TRUE, &exists, &st, error))
    return FALSE;
  if (in_document_portal (dir))
    flags &= ~SJ_SAVE_BACKUP;
  backup_path = g_strconcat (path, ".bak", NULL);
  if ((flags & SJ_SAVE_BACKUP) && exists
      && !check_regular (backup_path, FALSE, &backup_exists, &backup_st, error))
    return FALSE;

  remove_stale_temporaries (dir, base);

  save_base = temp_prefix (base, "save");
  tmpl = g_build_filename (dir, save_base, NULL);
  {
    char *t = g_strconcat (tmpl, "XXXXXX", NULL);
    g_free (tmpl);
    tmpl = t;
  }
  fd = g_mkstemp_full (tmpl, O_WRONLY | O_CREAT | O_EXCL, exists ? (st.st_mode & 0777) : 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *dir_name = g_filename_display_name (dir);
      set_errno_error (error, saved, _("Could not save the plan in the folder “%s”: %s"),
                       dir_name);
      return FALSE;
    }
  if (!write_all (fd, data, len, error))
    {
      g_close (fd, NULL);
      g_unlink (tmpl);
      return FALSE;
    }
  if (!sync_and_close (fd, error))
    {
      g_unlink (tmpl);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmpl);
      return FALSE;
    }

  if ((flags & SJ_SAVE_BACKUP) && exists)
    {
      g_autofree char *bak_name = temp_prefix (base, "bak");
      g_autofree char *bak_base = g_build_filename (dir, bak_name, NULL);
      if (!make_backup (path, backup_path, bak_base, st.st_mode & 0777,
                        (flags & SJ_SAVE_BACKUP_BY_COPY) != 0, error))
        {
          g_unlink (tmpl);
          return FALSE;
        }
    }

  if (g_rename (tmpl, path) != 0)
    {
      int saved = errno;
      set_errno_error (error, saved, _("Could not replace “%s”: %s"), display);
      g_unlink (tmpl);
      return FALSE;
    }
  sync_folder (dir);
  return TRUE;
}

gboolean
sj_plan_file_write_bytes (GBytes *bytes, GFile *file, gboolean backup, GCancellable *cancellable,
                          GError **error)
{
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  return sj_plan_file_write_bytes_full (bytes, file, backup ? SJ_SAVE_BACKUP : 0, cancellable,
                                        error);
}

/**
 * sj_plan_file_save:
 *
 * Saves @plan to @file, keeping the previous version as a backup. Values that could not be read
 * back are refused before anything is written (sj_plan_file_serialize()), so a good file is never
 * replaced by one that cannot be opened again.
 */
gboolean
sj_plan_file_save (SjPlan *plan, GFile *file, GCancellable *cancellable, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (SJ_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = sj_plan_file_serialize (plan, error);
  if (bytes == NULL)
    return FALSE;
  return sj_plan_file_write_bytes (bytes, file, TRUE, cancellable, error);
}

/* Asynchronous variants ------------------------------------------------------------------------ */

static void
load_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  SjPlan *plan = sj_plan_file_load (task_data, cancellable, &error);

  if (plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, plan, g_object_unref);
}

void
sj_plan_file_load_async (GFile *file, GCancellable *cancellable, GAsyncReadyCallback callback,
                         gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, sj_plan_file_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

SjPlan *
sj_plan_file_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GBytes *bytes;
  GFile *file;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *d = data;
  g_bytes_unref (d->bytes);
  g_object_unref (d->file);
  g_free (d);
}

static void
save_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SaveData *d = task_data;
  GError *error = NULL;

  if (!sj_plan_file_write_bytes (d->bytes, d->file, TRUE, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* The model is serialised on the calling thread (it is not thread-safe); writing the bytes
 * happens in a worker thread. */
void
sj_plan_file_save_async (SjPlan *plan, GFile *file, GCancellable *cancellable,
                         GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  SaveData *d;
  GError *error = NULL;
  GBytes *bytes = sj_plan_file_serialize (plan, &error);

  g_task_set_source_tag (task, sj_plan_file_save_async);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  d = g_new0 (SaveData, 1);
  d->bytes = bytes;
  d->file = g_object_ref (file);
  g_task_set_task_data (task, d, save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
sj_plan_file_save_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
