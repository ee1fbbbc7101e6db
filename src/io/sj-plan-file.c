/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-plan-file"
#include "config.h"

#include "sj-plan-file.h"
#include "sj-model-xml.h"
#include "sj-xml.h"
#include "sj-io-resources.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

G_DEFINE_QUARK (sj-plan-file-error-quark, sj_plan_file_error)

#define MAX_SCHEMA_ERRORS 5

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
static gboolean
check_prolog (const char *data, gsize len, const char *display_name, GError **error)
{
  const char *p = data, *end = data + len;

  if (len >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    p += 3;
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
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_TOO_LARGE,
                   _("%s: the file is too large to be a plan (%u MB; the limit is %d MB)"),
                   display_name, (guint) (len / (1024 * 1024)),
                   SJ_PLAN_FILE_MAX_SIZE / (1024 * 1024));
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

  ctxt = xmlNewParserCtxt ();
  ctxt->sax->characters = characters;
  ctxt->sax->ignorableWhitespace = characters;
  /* No XML_PARSE_NOENT (no entity substitution), no XML_PARSE_DTDLOAD, no XInclude, no network;
   * CDATA is read as text; line numbers beyond 65535 are kept. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) len, display_name, NULL,
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

gboolean
sj_plan_file_validate_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  xmlDocPtr doc = parse_document (bytes, display_name, error);
  gboolean ok;

  if (doc == NULL)
    return FALSE;
  ok = validate_document (doc, SCHEMA_WHOLE, display_name, error);
  xmlFreeDoc (doc);
  return ok;
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
  g_autoptr (GFileInputStream) in = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

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
      g_set_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_TOO_LARGE,
                   _("%s: the file is too large to be a plan (the limit is %d MB)"), name,
                   SJ_PLAN_FILE_MAX_SIZE / (1024 * 1024));
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

static gboolean
write_all_and_sync (int fd, const char *data, gsize len, GError **error)
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
#ifdef G_OS_UNIX
  if (fsync (fd) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write the plan: %s"), g_strerror (saved));
      return FALSE;
    }
#endif
  return TRUE;
}

/**
 * sj_plan_file_write_bytes:
 * @backup: keep the previous version of @file as its backup (sj_plan_file_get_backup())
 *
 * Writes @bytes to @file atomically: to a temporary file in the same folder, flushed and
 * synced, then renamed over @file. A failure (full disk, no permission) leaves @file untouched.
 */
gboolean
sj_plan_file_write_bytes (GBytes *bytes, GFile *file, gboolean backup, GCancellable *cancellable,
                          GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmpl = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  GStatBuf st;
  gboolean exists;
  int fd;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Plans can only be saved to a local folder"));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmpl = g_build_filename (dir, ".sujarit-save-XXXXXX", NULL);
  exists = g_stat (path, &st) == 0;

  fd = g_mkstemp_full (tmpl, O_WRONLY | O_CREAT | O_EXCL, exists ? (st.st_mode & 0777) : 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not save the plan in the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  if (!write_all_and_sync (fd, data, len, error))
    {
      close (fd);
      g_unlink (tmpl);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write the plan: %s"), g_strerror (saved));
      g_unlink (tmpl);
      return FALSE;
    }

  if (backup && exists)
    {
      g_autofree char *backup_path = g_strconcat (path, ".bak", NULL);
      g_autoptr (GFile) src = g_file_new_for_path (path);
      g_autoptr (GFile) dst = g_file_new_for_path (backup_path);
      g_autoptr (GError) local = NULL;

      /* A copy, not a rename: the original must stay in place until the new file replaces it. */
      if (!g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, &local))
        {
          g_set_error (error, local->domain, local->code,
                       _("Could not keep the previous version of the plan: %s"), local->message);
          g_unlink (tmpl);
          return FALSE;
        }
    }

  if (g_rename (tmpl, path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not replace “%s”: %s"), base, g_strerror (saved));
      g_unlink (tmpl);
      return FALSE;
    }
#ifdef G_OS_UNIX
  {
    int dfd = open (dir, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0)
      {
        fsync (dfd);
        close (dfd);
      }
  }
#endif
  return TRUE;
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
