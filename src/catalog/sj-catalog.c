/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-catalog"

#include "config.h"
#include "sj-os.h"

#include "sj-catalog.h"
#include "sj-catalog-private.h"
#include "sj-find.h"
#include "sj-fragment.h"
#include "sj-plan-file.h"
#include "sj-thai.h"
#include "sj-document.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

struct _SjCatalog
{
  sqlite3 *db;
  char *path;
};

G_DEFINE_QUARK (sj-catalog-error-quark, sj_catalog_error)

/* Opening ------------------------------------------------------------------------------------ */

/**
 * sj_catalog_default_path:
 *
 * Returns: where the system catalogue is: $SUJARIT_CATALOG, the installed one, or the build
 * tree's when the programs run from there.
 */
char *
sj_catalog_default_path (void)
{
  const char *env = g_getenv ("SUJARIT_CATALOG");
  g_autofree char *installed = sj_os_data_path ("catalog.db");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&installed);
  return g_strdup (BUILD_CATALOG);
}

SjCatalog *
sj_catalog_open (const char *path, GError **error)
{
  g_autoptr (SjCatalog) catalog = g_new0 (SjCatalog, 1);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  catalog->path = g_strdup (path);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_OPEN,
                   _("The catalogue of standard texts and projects is missing (%s); install "
                     "Sujarit again"),
                   path);
      return NULL;
    }
  if (sqlite3_open_v2 (path, &catalog->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_OPEN,
                   _("The catalogue %s cannot be opened: %s"), path,
                   sqlite3_errmsg (catalog->db));
      return NULL;
    }
  if (sqlite3_prepare_v2 (catalog->db, "SELECT value FROM meta WHERE key = 'schema'", -1, &stmt,
                          NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    ok = sqlite3_column_int (stmt, 0) == SJ_CATALOG_SCHEMA;
  sqlite3_finalize (stmt);
  if (!ok)
    {
      g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_OPEN,
                   _("%s is not a catalogue of this version of Sujarit; install Sujarit again"),
                   path);
      return NULL;
    }
  return g_steal_pointer (&catalog);
}

SjCatalog *
sj_catalog_open_default (GError **error)
{
  g_autofree char *path = sj_catalog_default_path ();
  return sj_catalog_open (path, error);
}

void
sj_catalog_free (SjCatalog *catalog)
{
  if (catalog == NULL)
    return;
  sqlite3_close (catalog->db);
  g_free (catalog->path);
  g_free (catalog);
}

void
sj_edition_free (SjEdition *edition)
{
  if (edition == NULL)
    return;
  g_free (edition->id);
  g_free (edition->title);
  g_free (edition);
}

void
sj_library_entry_free (SjLibraryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->edition);
  g_free (entry->mission);
  g_free (entry->sub_items);
  g_free (entry->title);
  g_free (entry->snippet);
  g_free (entry);
}

static char *
column_text (sqlite3_stmt *stmt, int column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);
  return g_strdup (text ? (const char *) text : "");
}

static sqlite3_stmt *
prepare (SjCatalog *catalog, const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (catalog->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_critical ("catalogue: %s: %s", sql, sqlite3_errmsg (catalog->db));
  return stmt;
}

/* Editions and the frame ---------------------------------------------------------------------- */

/* Returns: (element-type SjEdition): the editions, newest first. */
GPtrArray *
sj_catalog_editions (SjCatalog *catalog)
{
  GPtrArray *editions = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_edition_free);
  sqlite3_stmt *stmt = prepare (catalog, "SELECT id, title, first_year, years FROM edition "
                                         "ORDER BY first_year DESC");

  while (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    {
      SjEdition *e = g_new0 (SjEdition, 1);
      e->id = column_text (stmt, 0);
      e->title = column_text (stmt, 1);
      e->first_year = sqlite3_column_int (stmt, 2);
      e->years = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (editions, e);
    }
  sqlite3_finalize (stmt);
  return editions;
}

/* Returns: how many dimensions (@level 1), missions (2) or sub-items (3) the edition's frame has. */
guint
sj_catalog_count_frame (SjCatalog *catalog, const char *edition, guint level)
{
  sqlite3_stmt *stmt = prepare (catalog, "SELECT count(*) FROM frame WHERE edition = ? AND level = ?");
  guint n = 0;

  sqlite3_bind_text (stmt, 1, edition, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) level);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static char *
newest_edition (SjCatalog *catalog)
{
  g_autoptr (GPtrArray) editions = sj_catalog_editions (catalog);
  return editions->len ? g_strdup (((SjEdition *) editions->pdata[0])->id) : NULL;
}

/* The library ---------------------------------------------------------------------------------- */

static SjLibraryEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  SjLibraryEntry *e = g_new0 (SjLibraryEntry, 1);
  g_autofree char *type = NULL;

  e->id = column_text (stmt, 0);
  e->edition = column_text (stmt, 1);
  e->mission = column_text (stmt, 2);
  e->sub_items = column_text (stmt, 3);
  type = column_text (stmt, 4);
  if (!sj_project_type_from_nick (type, &e->type))
    e->type = SJ_PROJECT_TYPE_PROJECT;
  e->title = column_text (stmt, 5);
  e->snippet = column_text (stmt, 6);
  return e;
}

/* An FTS5 phrase of @query: its words in double quotes, quotes inside doubled. */
static char *
fts_phrase (const char *query)
{
  g_autoptr (GString) s = g_string_new ("\"");

  for (const char *p = query; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
like_pattern (const char *query)
{
  g_autoptr (GString) s = g_string_new ("%");

  for (const char *p = query; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '%');
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * sj_catalog_projects:
 * @edition: (nullable): only this edition's projects
 * @query: (nullable): words to find in titles and texts (Thai substrings match: the index is
 *   of trigrams); %NULL or empty lists every project in the frame's order
 *
 * Returns: (element-type SjLibraryEntry): the matching projects, best first.
 */
GPtrArray *
sj_catalog_projects (SjCatalog *catalog, const char *edition, const char *query, GError **error)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_library_entry_free);
  g_autofree char *needle = query ? g_strstrip (g_strdup (query)) : g_strdup ("");
  sqlite3_stmt *stmt;
  int rc;

  if (*needle == '\0')
    {
      stmt = prepare (catalog, "SELECT id, edition, mission, sub_items, type, title, "
                               "substr(body, 1, 120) FROM project "
                               "WHERE ?1 IS NULL OR edition = ?1 ORDER BY position");
      sqlite3_bind_text (stmt, 1, edition, -1, SQLITE_TRANSIENT);
    }
  else if (g_utf8_strlen (needle, -1) >= 3)
    {
      g_autofree char *phrase = fts_phrase (needle);
      stmt = prepare (catalog,
                      "SELECT p.id, p.edition, p.mission, p.sub_items, p.type, p.title, "
                      "snippet(project_fts, 1, '', '', '…', 24) FROM project_fts "
                      "JOIN project p ON p.rowid = project_fts.rowid "
                      "WHERE project_fts MATCH ?2 AND (?1 IS NULL OR p.edition = ?1) "
                      "ORDER BY bm25(project_fts, 10.0, 1.0), p.position");
      sqlite3_bind_text (stmt, 1, edition, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, phrase, -1, SQLITE_TRANSIENT);
    }
  else
    {
      /* Trigrams need three characters: shorter words are looked for as they are */
      g_autofree char *like = like_pattern (needle);
      stmt = prepare (catalog, "SELECT id, edition, mission, sub_items, type, title, "
                               "substr(body, 1, 120) FROM project "
                               "WHERE (?1 IS NULL OR edition = ?1) AND (search_title LIKE ?2 ESCAPE '\\' "
                               "OR body LIKE ?2 ESCAPE '\\') "
                               "ORDER BY (search_title LIKE ?2 ESCAPE '\\') DESC, position");
      sqlite3_bind_text (stmt, 1, edition, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, like, -1, SQLITE_TRANSIENT);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, entry_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_OPEN,
                   _("The catalogue cannot be searched: %s"), sqlite3_errmsg (catalog->db));
      g_clear_pointer (&found, g_ptr_array_unref);
    }
  sqlite3_finalize (stmt);
  return found;
}

SjLibraryEntry *
sj_catalog_get_project (SjCatalog *catalog, const char *id, GError **error)
{
  sqlite3_stmt *stmt = prepare (catalog, "SELECT id, edition, mission, sub_items, type, title, "
                                         "substr(body, 1, 120) FROM project WHERE id = ?");
  SjLibraryEntry *entry = NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    entry = entry_from_row (stmt);
  else
    g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_NOT_FOUND,
                 _("The library has no project “%s”"), id);
  sqlite3_finalize (stmt);
  return entry;
}

static GBytes *
project_fragment (SjCatalog *catalog, const char *id, GError **error)
{
  sqlite3_stmt *stmt = prepare (catalog, "SELECT fragment FROM project WHERE id = ?");
  GBytes *bytes = NULL;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  else
    g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_NOT_FOUND,
                 _("The library has no project “%s”"), id);
  sqlite3_finalize (stmt);
  return bytes;
}

/* Names and the wording of each kind of local government --------------------------------------- */

typedef struct
{
  SjOrgType type;
  const char *prefix;
} Prefix;

/* The names a type is written with before the place's name, longest first. */
static const Prefix name_prefixes[] = {
  { SJ_ORG_TYPE_SAO, "องค์การบริหารส่วนตำบล" },
  { SJ_ORG_TYPE_PAO, "องค์การบริหารส่วนจังหวัด" },
  { SJ_ORG_TYPE_SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบล" },
  { SJ_ORG_TYPE_TOWN_MUNICIPALITY, "เทศบาลเมือง" },
  { SJ_ORG_TYPE_CITY_MUNICIPALITY, "เทศบาลนคร" },
  { SJ_ORG_TYPE_SAO, "อบต." },
  { SJ_ORG_TYPE_PAO, "อบจ." },
  { SJ_ORG_TYPE_SUBDISTRICT_MUNICIPALITY, "ทต." },
  { SJ_ORG_TYPE_TOWN_MUNICIPALITY, "ทม." },
  { SJ_ORG_TYPE_CITY_MUNICIPALITY, "ทน." },
  { SJ_ORG_TYPE_SAO, "อบต" },
  { SJ_ORG_TYPE_PAO, "อบจ" },
};

/**
 * sj_org_type_from_name:
 * @name: a kind of local government as people write it: เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล,
 *   อบต., อบจ., องค์การบริหารส่วนตำบล, องค์การบริหารส่วนจังหวัด, or the file format's name
 *   (city-municipality …)
 */
gboolean
sj_org_type_from_name (const char *name, SjOrgType *type)
{
  g_autofree char *n = g_strstrip (g_strdup (name ? name : ""));

  if (sj_org_type_from_nick (n, type))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (name_prefixes); i++)
    if (strcmp (n, name_prefixes[i].prefix) == 0)
      {
        *type = name_prefixes[i].type;
        return TRUE;
      }
  return FALSE;
}

/* Returns: the place's name in @name ("บ้านเป็ด" of "องค์การบริหารส่วนตำบลบ้านเป็ด" or
 * "อบต.บ้านเป็ด"), or @name itself when it starts with no name of a kind. */
char *
sj_catalog_place_name (SjOrgType type, const char *name)
{
  g_autofree char *n = g_strstrip (g_strdup (name ? name : ""));

  for (guint i = 0; i < G_N_ELEMENTS (name_prefixes); i++)
    if (name_prefixes[i].type == type && g_str_has_prefix (n, name_prefixes[i].prefix))
      return g_strstrip (g_strdup (n + strlen (name_prefixes[i].prefix)));
  return g_steal_pointer (&n);
}

static char *
with_prefix (const char *value, const char *prefix, const char *other_prefix)
{
  g_autofree char *v = g_strstrip (g_strdup (value ? value : ""));

  if (*v == '\0' || g_str_has_prefix (v, prefix) || (other_prefix && g_str_has_prefix (v, other_prefix)))
    return g_steal_pointer (&v);
  return g_strconcat (prefix, v, NULL);
}

static void
add_terms (SjCatalog *catalog, GHashTable *values, SjOrgType type)
{
  const char *nick = sj_org_type_to_nick (type);
  sqlite3_stmt *stmt = prepare (catalog, "SELECT key, text FROM term WHERE org_type = ?");

  sqlite3_bind_text (stmt, 1, nick, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (values, column_text (stmt, 0), column_text (stmt, 1));
  sqlite3_finalize (stmt);
  stmt = prepare (catalog, "SELECT id, name, short FROM unit WHERE org_type = ?");
  sqlite3_bind_text (stmt, 1, nick, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *id = column_text (stmt, 0);
      g_hash_table_insert (values, g_strdup_printf ("unit_%s", id), column_text (stmt, 1));
      g_hash_table_insert (values, g_strdup_printf ("unit_%s_short", id), column_text (stmt, 2));
    }
  sqlite3_finalize (stmt);
}

/**
 * sj_catalog_values:
 * @organisation: its type and names (the name may be the place's only)
 *
 * Returns: (transfer full) (element-type utf8 utf8): the value of every placeholder of the
 * catalogue's texts for @organisation: {org}, {org_short}, {place}, {district}, {province},
 * {executive_title}, {executive_name}, the wording of its type (terms.tsv) and its standard units
 * ({unit_office}, {unit_office_short} …).
 */
GHashTable *
sj_catalog_values (SjCatalog *catalog, SjOrganisation *organisation, const char *executive_name)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  SjOrgType type = sj_organisation_get_org_type (organisation);
  g_autofree char *place = sj_catalog_place_name (type, sj_organisation_get_name (organisation));
  const char *title = sj_organisation_get_executive_title (organisation);

  add_terms (catalog, values, type);
  g_hash_table_insert (values, g_strdup ("place"), g_strdup (place));
  g_hash_table_insert (values, g_strdup ("org"),
                       g_strconcat (sj_org_type_label (type), place, NULL));
  g_hash_table_insert (values, g_strdup ("org_short"),
                       g_strconcat (g_hash_table_lookup (values, "abbrev") ?: "", place, NULL));
  g_hash_table_insert (values, g_strdup ("district"),
                       with_prefix (sj_organisation_get_district (organisation), "อำเภอ", "เขต"));
  g_hash_table_insert (values, g_strdup ("province"),
                       g_strcmp0 (sj_organisation_get_province (organisation), "กรุงเทพมหานคร") == 0
                         ? g_strdup ("กรุงเทพมหานคร")
                         : with_prefix (sj_organisation_get_province (organisation), "จังหวัด", NULL));
  if (title != NULL && *title != '\0' && strchr (title, '{') == NULL)
    g_hash_table_insert (values, g_strdup ("executive_title"), g_strdup (title));
  else
    g_hash_table_insert (values, g_strdup ("executive_title"),
                         g_strconcat (g_hash_table_lookup (values, "executive_prefix") ?: "", place,
                                      NULL));
  g_hash_table_insert (values, g_strdup ("executive_name"),
                       g_strdup (executive_name ? executive_name : ""));
  return values;
}

/* Filling the placeholders ----------------------------------------------------------------------- */

static gboolean
is_key_char (char c)
{
  return (c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9');
}

/* Returns: @text with each {key} of @values replaced, or NULL when it holds none. */
char *
sj_catalog_expand (GHashTable *values, const char *text, guint *n_replaced, GString *unknown)
{
  g_autoptr (GString) out = NULL;
  const char *p = text, *open;

  if (text == NULL || strchr (text, '{') == NULL)
    return NULL;
  out = g_string_new (NULL);
  while ((open = strchr (p, '{')) != NULL)
    {
      const char *q = open + 1;
      g_string_append_len (out, p, open - p);
      while (is_key_char (*q))
        q++;
      if (*q == '}' && q > open + 1)
        {
          g_autofree char *key = g_strndup (open + 1, q - open - 1);
          const char *value = values ? g_hash_table_lookup (values, key) : NULL;
          if (value != NULL)
            {
              g_string_append (out, value);
              if (n_replaced)
                (*n_replaced)++;
            }
          else
            {
              g_string_append_len (out, open, q + 1 - open);
              if (unknown && !strstr (unknown->str, key))
                g_string_append_printf (unknown, "%s{%s}", unknown->len ? " " : "", key);
            }
          p = q + 1;
        }
      else
        {
          g_string_append_c (out, '{');
          p = open + 1;
        }
    }
  g_string_append (out, p);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  GHashTable *values;
  GString *unknown;
  guint n;
} Filler;

static void
fill_paragraph (SjBlock *paragraph, gpointer data)
{
  Filler *f = data;

  for (guint i = 0; i < paragraph->runs->len; i++)
    {
      SjRun *run = &g_array_index (paragraph->runs, SjRun, i);
      char *filled;

      if (run->fact != NULL)
        continue;
      filled = sj_catalog_expand (f->values, run->text, &f->n, f->unknown);
      if (filled != NULL)
        {
          g_free (run->text);
          run->text = filled;
        }
    }
}

/**
 * sj_catalog_fill:
 * @unknown: (nullable): receives the placeholders @values has no value for
 *
 * Replaces every placeholder ({org} …) in the texts of @plan by its value in @values.
 * Returns: the number of placeholders replaced.
 */
guint
sj_catalog_fill (SjPlan *plan, GHashTable *values, GString *unknown)
{
  g_autoptr (GPtrArray) matches = sj_find (plan, "{");
  g_autoptr (GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Filler f = { values, unknown, 0 };

  for (guint i = 0; i < matches->len; i++)
    {
      SjFindMatch *m = g_ptr_array_index (matches, i);
      GParamSpec *pspec;

      if (g_hash_table_contains (done, m->path))
        continue;
      g_hash_table_add (done, g_strdup (m->path));
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (m->object), m->property);
      if (pspec->value_type == G_TYPE_STRING)
        {
          g_autofree char *text = NULL;
          g_autofree char *filled = NULL;
          g_object_get (m->object, m->property, &text, NULL);
          filled = sj_catalog_expand (values, text, &f.n, unknown);
          if (filled)
            g_object_set (m->object, m->property, filled, NULL);
        }
      else if (pspec->value_type == SJ_TYPE_RICH)
        {
          g_autoptr (SjRich) rich = NULL;
          g_autoptr (SjRich) copy = NULL;
          g_object_get (m->object, m->property, &rich, NULL);
          copy = sj_rich_copy (rich);
          sj_rich_foreach_paragraph (copy, fill_paragraph, &f);
          g_object_set (m->object, m->property, copy, NULL);
        }
      else if (pspec->value_type == G_TYPE_STRV)
        {
          g_auto (GStrv) v = NULL;
          g_object_get (m->object, m->property, &v, NULL);
          for (guint j = 0; v && v[j]; j++)
            {
              char *filled = sj_catalog_expand (values, v[j], &f.n, unknown);
              if (filled)
                {
                  g_free (v[j]);
                  v[j] = filled;
                }
            }
          g_object_set (m->object, m->property, v, NULL);
        }
    }
  return f.n;
}

/* Projects into a plan ------------------------------------------------------------------------- */

static SjMission *
mission_by_code (SjPlan *plan, const char *code)
{
  guint d = 0, m = 0;

  if (sscanf (code, "%u.%u", &d, &m) != 2 || d == 0 || m == 0 || d > sj_plan_get_n_dimensions (plan))
    return NULL;
  if (m > sj_dimension_get_n_missions (sj_plan_get_dimension_at (plan, d - 1)))
    return NULL;
  return sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, d - 1), m - 1);
}

/* The project runs in the plan's years: years outside it are dropped, and when none is left it
 * runs in every year of the plan with the schedule it had. */
static void
fit_years (SjProject *project, SjPlan *plan)
{
  SjSettings *settings = sj_plan_get_settings (plan);
  int first = sj_settings_get_first_year (settings);
  int last = first + sj_settings_get_years (settings) - 1;
  guint quarters = 0xf;

  if (sj_project_get_n_years (project) > 0)
    quarters = sj_project_year_get_quarters (sj_project_get_year_at (project, 0));
  for (guint i = sj_project_get_n_years (project); i > 0; i--)
    {
      int y = sj_project_year_get_year (sj_project_get_year_at (project, i - 1));
      if (y < first || y > last)
        sj_project_remove_year_at (project, i - 1);
    }
  if (sj_project_get_n_years (project) == 0)
    for (int y = first; y <= last; y++)
      {
        g_autoptr (SjProjectYear) year = sj_project_year_new ();
        sj_project_year_set_year (year, y);
        sj_project_year_set_quarters (year, quarters);
        sj_project_append_year (project, year);
      }
}

/* With @mission_out, the project is not added: it is returned (transfer full) with the mission
 * it goes to; else it is appended there and returned (transfer none). */
static SjProject *
add_project (SjCatalog *catalog, SjPlan *plan, GHashTable *values, const char *id,
             SjMission *mission, SjMission **mission_out, GString *notes, GError **error)
{
  g_autoptr (GBytes) raw = project_fragment (catalog, id, error);
  g_autoptr (SjPlan) fragment = NULL;
  g_autoptr (GBytes) filled = NULL;
  g_autoptr (SjLibraryEntry) entry = NULL;
  g_autoptr (SjProject) project = NULL;

  if (raw == NULL)
    return NULL;
  fragment = sj_plan_file_load_bytes (raw, _("the catalogue"), error);
  if (fragment == NULL)
    return NULL;
  sj_catalog_fill (fragment, values, NULL);
  filled = sj_plan_file_to_bytes (fragment);
  if (mission == NULL)
    {
      entry = sj_catalog_get_project (catalog, id, error);
      if (entry == NULL)
        return NULL;
      mission = mission_by_code (plan, entry->mission);
      if (mission == NULL)
        {
          g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_NOT_FOUND,
                       _("The plan has no mission %s for the project “%s”"), entry->mission, id);
          return NULL;
        }
    }
  project = sj_fragment_to_project (filled, plan, mission, notes, error);
  if (project == NULL)
    return NULL;
  fit_years (project, plan);
  if (mission_out != NULL)
    {
      *mission_out = mission;
      return g_steal_pointer (&project);
    }
  sj_mission_append_project (mission, project);
  return project;
}

/**
 * sj_catalog_add_project:
 * @mission: (nullable): where it goes; %NULL: the mission of the frame it belongs to
 * @notes: (nullable): receives what could not be linked in @plan (a unit it does not have …)
 *
 * Adds the library project @id to @plan, its texts written for the plan's organisation.
 * Returns: (transfer none): the project added.
 */
SjProject *
sj_catalog_add_project (SjCatalog *catalog, SjPlan *plan, const char *id, SjMission *mission,
                        GString *notes, GError **error)
{
  g_autoptr (GHashTable) values = sj_catalog_values (catalog, sj_plan_get_organisation (plan), NULL);

  return add_project (catalog, plan, values, id, mission, NULL, notes, error);
}

/**
 * sj_catalog_make_project:
 * @mission: (nullable): where it will go; %NULL: the mission of the frame it belongs to
 * @mission_out: (out): the mission it goes to
 *
 * Returns: (transfer full): the library project @id written for the organisation of @plan, its
 * references matched in @plan, not yet added (the editor adds it as one step of the document).
 */
SjProject *
sj_catalog_make_project (SjCatalog *catalog, SjPlan *plan, const char *id, SjMission *mission,
                         SjMission **mission_out, GString *notes, GError **error)
{
  g_autoptr (GHashTable) values = sj_catalog_values (catalog, sj_plan_get_organisation (plan), NULL);

  return add_project (catalog, plan, values, id, mission, mission_out, notes, error);
}

/**
 * sj_catalog_preview_project:
 * @organisation: the organisation it is for (its type, and its name when it has one)
 *
 * Returns: (transfer full): the library project @id as it reads in a plan of @organisation, in a
 * plan of its own, for a preview of the form.
 */
SjProject *
sj_catalog_preview_project (SjCatalog *catalog, const char *id, SjOrganisation *organisation,
                            GError **error)
{
  g_autoptr (GBytes) raw = project_fragment (catalog, id, error);
  g_autoptr (SjPlan) fragment = NULL;
  g_autoptr (GHashTable) values = NULL;
  g_autofree char *place = NULL;
  SjDimension *dim;

  if (raw == NULL)
    return NULL;
  fragment = sj_plan_file_load_bytes (raw, _("the catalogue"), error);
  if (fragment == NULL)
    return NULL;
  values = sj_catalog_values (catalog, organisation, NULL);
  place = sj_catalog_place_name (sj_organisation_get_org_type (organisation),
                                 sj_organisation_get_name (organisation));
  if (*place == '\0')
    g_hash_table_insert (values, g_strdup ("org"),
                         g_strdup (sj_org_type_label (sj_organisation_get_org_type (organisation))));
  sj_catalog_fill (fragment, values, NULL);
  dim = sj_plan_get_dimension_at (fragment, 0);
  return g_object_ref (sj_mission_get_project_at (sj_dimension_get_mission_at (dim, 0), 0));
}

/* @text without spaces and quotation marks, as characters. */
static gunichar *
squeeze (const char *text, glong *len)
{
  g_autofree gunichar *all = g_utf8_to_ucs4_fast (text, -1, len);
  gunichar *out = g_new (gunichar, *len + 1);
  glong n = 0;

  for (glong i = 0; i < *len; i++)
    if (!g_unichar_isspace (all[i]) && all[i] != '"' && all[i] != 0x201C && all[i] != 0x201D)
      out[n++] = all[i];
  out[n] = 0;
  *len = n;
  return out;
}

/* How alike two texts are: 1 - their edit distance / the longer length. */
static double
likeness (const gunichar *a, glong la, const gunichar *b, glong lb)
{
  g_autofree guint *row = g_new (guint, lb + 1);

  if (la == 0 || lb == 0)
    return 0;
  for (glong j = 0; j <= lb; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= la; i++)
    {
      guint diag = row[0];
      row[0] = (guint) i;
      for (glong j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint best = diag + (a[i - 1] != b[j - 1]);
          best = MIN (best, row[j - 1] + 1);
          best = MIN (best, up + 1);
          row[j] = best;
          diag = up;
        }
    }
  return 1.0 - (double) row[lb] / (double) MAX (la, lb);
}

typedef struct
{
  SjProject *project;
  gunichar *title;
  glong len;
} Title;

static void
title_free (gpointer data)
{
  g_free (((Title *) data)->title);
}

/* The risk register's measures name standard projects, each in words a little different from
 * the project's title: link each measure to the project whose title is closest to its text, when
 * they differ in at most a fifth of their letters. */
static void
link_measures (SjPlan *plan)
{
  g_autoptr (GArray) titles = g_array_new (FALSE, FALSE, sizeof (Title));

  g_array_set_clear_func (titles, title_free);
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              Title t = { sj_mission_get_project_at (mission, p), NULL, 0 };
              t.title = squeeze (sj_project_get_title (t.project), &t.len);
              g_array_append_val (titles, t);
            }
        }
    }
  for (guint s = 0; s < sj_plan_get_n_risk_steps (plan); s++)
    {
      SjRiskStep *step = sj_plan_get_risk_step_at (plan, s);
      for (guint i = 0; i < sj_risk_step_get_n_measures (step); i++)
        {
          SjRiskMeasure *measure = sj_risk_step_get_measure_at (step, i);
          glong len;
          g_autofree gunichar *text = squeeze (sj_risk_measure_get_text (measure), &len);
          SjProject *best = NULL;
          double best_likeness = 0.8;

          if (sj_risk_measure_get_project (measure) != NULL)
            continue;
          for (guint t = 0; t < titles->len; t++)
            {
              Title *title = &g_array_index (titles, Title, t);
              double l = likeness (text, len, title->title, title->len);
              if (l >= best_likeness)
                {
                  best_likeness = l;
                  best = title->project;
                }
            }
          if (best != NULL)
            sj_risk_measure_set_project (measure, best);
        }
    }
}

static GBytes *
edition_template (SjCatalog *catalog, const char *edition, GError **error)
{
  sqlite3_stmt *stmt = prepare (catalog, "SELECT template FROM edition WHERE id = ?");
  GBytes *bytes = NULL;

  sqlite3_bind_text (stmt, 1, edition, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  else
    g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_NOT_FOUND,
                 _("The catalogue has no edition “%s”"), edition);
  sqlite3_finalize (stmt);
  return bytes;
}

/**
 * sj_catalog_new_plan:
 *
 * Returns: (transfer full): a complete plan of @options' edition for its organisation: the frame,
 * every standard text in the wording of its kind, its standard units, the committee's order, and
 * the library projects asked for, each in its mission; %NULL and @error if an option is wrong.
 */
SjPlan *
sj_catalog_new_plan (SjCatalog *catalog, const SjNewPlan *options, GError **error)
{
  g_autofree char *edition = options->edition ? g_strdup (options->edition) : newest_edition (catalog);
  g_autoptr (GBytes) template = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GHashTable) values = NULL;
  g_autoptr (GString) unknown = g_string_new (NULL);
  g_autofree char *place = sj_catalog_place_name (options->type, options->name);
  SjOrganisation *org;

  if (place == NULL || *place == '\0')
    {
      g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_INVALID,
                   _("The name of the organisation is empty"));
      return NULL;
    }
  if (edition == NULL || (template = edition_template (catalog, edition, error)) == NULL)
    {
      if (edition == NULL)
        g_set_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_NOT_FOUND,
                     _("The catalogue holds no edition of the plan"));
      return NULL;
    }
  plan = sj_plan_file_load_bytes (template, _("the catalogue"), error);
  if (plan == NULL)
    return NULL;
  org = sj_plan_get_organisation (plan);
  sj_organisation_set_org_type (org, options->type);
  sj_organisation_set_name (org, place);
  sj_organisation_set_district (org, options->district ? options->district : "");
  sj_organisation_set_province (org, options->province ? options->province : "");
  values = sj_catalog_values (catalog, org, options->executive_name);
  sj_organisation_set_name (org, g_hash_table_lookup (values, "org"));
  sj_organisation_set_district (org, g_hash_table_lookup (values, "district"));
  sj_organisation_set_province (org, g_hash_table_lookup (values, "province"));

  if (options->all_projects || options->projects)
    {
      g_autoptr (GPtrArray) all = NULL;
      if (options->all_projects)
        {
          all = sj_catalog_projects (catalog, edition, NULL, error);
          if (all == NULL)
            return NULL;
        }
      for (guint i = 0; all ? i < all->len : options->projects[i] != NULL; i++)
        {
          const char *id = all ? ((SjLibraryEntry *) all->pdata[i])->id : options->projects[i];
          g_autoptr (GString) notes = g_string_new (NULL);
          if (add_project (catalog, plan, values, id, NULL, NULL, notes, error) == NULL)
            return NULL;
          if (notes->len)
            g_debug ("%s: %s", id, notes->str);
        }
    }
  sj_catalog_fill (plan, values, unknown);
  link_measures (plan);
  if (unknown->len)
    g_warning ("The catalogue's texts hold placeholders it has no value for: %s", unknown->str);
  return g_steal_pointer (&plan);
}

/* A plan made from another ------------------------------------------------------------------ */

static void
replace_everywhere (SjPlan *plan, const char *from, const char *to)
{
  g_autoptr (SjDocument) doc = sj_document_new (plan);
  sj_find_replace_all (doc, from, to);
}

/**
 * sj_catalog_plan_from:
 * @next_edition: %TRUE: the plan of the next period (its years moved on by the plan's length);
 *   %FALSE: a revised plan (ฉบับปรับปรุง) of the same years
 *
 * Returns: (transfer full): a new plan from @plan that keeps its projects and texts and leaves out
 * what belongs to the old one: the numbers and dates of its ประกาศ and คำสั่ง (to be signed
 * again), the date of its คำนำ and annex, and the progress reported.
 */
SjPlan *
sj_catalog_plan_from (SjPlan *plan, gboolean next_edition)
{
  SjPlan *copy = sj_plan_copy (plan);
  SjSettings *settings = sj_plan_get_settings (copy);
  SjAnnouncement *ann = sj_plan_get_announcement (copy);
  int first = sj_settings_get_first_year (settings);
  int years = sj_settings_get_years (settings);
  int shift = next_edition ? years : 0;

  if (ann != NULL)
    {
      sj_announcement_set_number (ann, "");
      sj_announcement_set_date (ann, NULL);
    }
  for (guint i = 0; i < sj_plan_get_n_orders (copy); i++)
    {
      SjOrder *order = sj_plan_get_order_at (copy, i);
      sj_order_set_number (order, "");
      sj_order_set_date (order, NULL);
      sj_order_set_effective_date (order, NULL);
    }
  sj_plan_set_preface_date (copy, NULL);
  sj_plan_set_annex_date (copy, NULL);
  for (guint d = 0; d < sj_plan_get_n_dimensions (copy); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (copy, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              while (sj_project_get_n_progress (project) > 0)
                sj_project_remove_progress_at (project, 0);
              for (guint y = 0; shift && y < sj_project_get_n_years (project); y++)
                {
                  SjProjectYear *py = sj_project_get_year_at (project, y);
                  sj_project_year_set_year (py, sj_project_year_get_year (py) + shift);
                }
            }
        }
    }
  if (shift)
    {
      static const char *const dashes[] = { "–", "-", " – ", " - " };
      sj_settings_set_first_year (settings, first + shift);
      for (guint i = 0; i < sj_plan_get_n_funding_lines (copy); i++)
        {
          SjFundingLine *line = sj_plan_get_funding_line_at (copy, i);
          for (guint a = 0; a < sj_funding_line_get_n_amounts (line); a++)
            {
              SjYearAmount *amount = sj_funding_line_get_amount_at (line, a);
              sj_year_amount_set_year (amount, sj_year_amount_get_year (amount) + shift);
            }
        }
      for (guint i = 0; i < sj_plan_get_n_targets (copy); i++)
        {
          SjTarget *target = sj_plan_get_target_at (copy, i);
          for (guint v = 0; v < sj_target_get_n_values (target); v++)
            {
              SjYearValue *value = sj_target_get_value_at (target, v);
              sj_year_value_set_year (value, sj_year_value_get_year (value) + shift);
            }
        }
      /* The period named in the texts: พ.ศ. 2566–2570 becomes พ.ศ. 2571–2575, in either digits */
      for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
        for (int thai = 0; thai < 2; thai++)
          {
            g_autofree char *from = g_strdup_printf ("%d%s%d", first, dashes[i], first + years - 1);
            g_autofree char *to = g_strdup_printf ("%d%s%d", first + shift, dashes[i],
                                                   first + shift + years - 1);
            if (thai)
              {
                g_autofree char *tf = sj_thai_digits (from);
                g_autofree char *tt = sj_thai_digits (to);
                replace_everywhere (copy, tf, tt);
              }
            else
              replace_everywhere (copy, from, to);
          }
    }
  else
    {
      const char *const *lines = sj_settings_get_title_lines (settings);
      g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
      gboolean has = FALSE;
      for (guint i = 0; lines && lines[i]; i++)
        {
          has = has || strstr (lines[i], "ฉบับปรับปรุง") != NULL;
          g_strv_builder_add (b, lines[i]);
        }
      if (!has)
        {
          g_auto (GStrv) v = NULL;
          g_strv_builder_add (b, "(ฉบับปรับปรุง)");
          v = g_strv_builder_end (b);
          sj_settings_set_title_lines (settings, (const char *const *) v);
        }
    }
  return copy;
}
