/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-user-db"

#include "config.h"

#include "sj-user-db.h"
#include "sj-user-db-private.h"
#include "sj-catalog.h"
#include "sj-compute.h"
#include "sj-fragment.h"
#include "sj-plan-file.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

struct _SjUserDb
{
  sqlite3 *db;
  char *path;
  int version;
};

G_DEFINE_QUARK (sj-user-db-error-quark, sj_user_db_error)

/* The migrations, one a version: migrations[0] makes version 1 from an empty database, and so
 * on. A migration is never changed once released; a change is a new one. */
static const char *const migrations[] = {
  /* 1: the organisation's profile, kept as a small plan file (organisation, units, people) so
   * that it is read with the plan reader's checks */
  "CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL,"
  "  type TEXT NOT NULL, saved TEXT NOT NULL, profile BLOB NOT NULL);",
  /* 2: the draft history and the organisation's library */
  "CREATE TABLE snapshot (id INTEGER PRIMARY KEY, plan_key TEXT NOT NULL, saved TEXT NOT NULL,"
  "  total TEXT NOT NULL, projects INTEGER NOT NULL, comment TEXT NOT NULL DEFAULT '',"
  "  plan BLOB NOT NULL);"
  "CREATE INDEX snapshot_plan ON snapshot (plan_key, saved);"
  "CREATE TABLE library (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
  "  mission TEXT NOT NULL, type TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
  "  fragment BLOB NOT NULL, saved TEXT NOT NULL);"
  "CREATE VIRTUAL TABLE library_fts USING fts5 (title, body, content = 'library',"
  "  content_rowid = 'rowid', tokenize = 'trigram');"
  "CREATE TRIGGER library_ai AFTER INSERT ON library BEGIN"
  "  INSERT INTO library_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body); END;"
  "CREATE TRIGGER library_ad AFTER DELETE ON library BEGIN"
  "  INSERT INTO library_fts (library_fts, rowid, title, body)"
  "  VALUES ('delete', old.rowid, old.title, old.body); END;"
  "CREATE TRIGGER library_au AFTER UPDATE ON library BEGIN"
  "  INSERT INTO library_fts (library_fts, rowid, title, body)"
  "  VALUES ('delete', old.rowid, old.title, old.body);"
  "  INSERT INTO library_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body); END;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SJ_USER_DB_VERSION);

char *
sj_user_db_default_path (void)
{
  const char *env = g_getenv ("SUJARIT_USER_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "sujarit", "sujarit.db", NULL);
}

void
sj_user_db_free (SjUserDb *db)
{
  if (db == NULL)
    return;
  sqlite3_close (db->db);
  g_free (db->path);
  g_free (db);
}

void
sj_snapshot_free (SjSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_clear_pointer (&snapshot->saved, g_date_time_unref);
  g_free (snapshot->comment);
  g_free (snapshot);
}

int
sj_user_db_get_version (SjUserDb *db)
{
  return db->version;
}

static gboolean
exec (SjUserDb *db, const char *sql, GError **error)
{
  char *message = NULL;

  if (sqlite3_exec (db->db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_WRITE,
                   _("Your Sujarit database (%s) cannot be written: %s"), db->path, message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static sqlite3_stmt *
prepare (SjUserDb *db, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_OPEN,
                 _("Your Sujarit database (%s) cannot be read: %s"), db->path,
                 sqlite3_errmsg (db->db));
  return stmt;
}

static gboolean
step_done (SjUserDb *db, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_WRITE,
                   _("Your Sujarit database (%s) cannot be written: %s"), db->path,
                   sqlite3_errmsg (db->db));
      return FALSE;
    }
  return TRUE;
}

/* Every write is one transaction: all of it or nothing. */
static gboolean
begin (SjUserDb *db, GError **error)
{
  return exec (db, "BEGIN IMMEDIATE", error);
}

static gboolean
end (SjUserDb *db, gboolean ok, GError **error)
{
  if (ok)
    return exec (db, "COMMIT", error);
  sqlite3_exec (db->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
migrate (SjUserDb *db, int target, GError **error)
{
  for (int v = db->version; v < target; v++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", v + 1);
      if (!begin (db, error))
        return FALSE;
      if (!exec (db, migrations[v], error) || !exec (db, bump, error))
        return end (db, FALSE, NULL);
      if (!end (db, TRUE, error))
        return FALSE;
      db->version = v + 1;
    }
  return TRUE;
}

static int
read_version (sqlite3 *handle)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (handle, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Whether SQLite finds the file whole. */
static gboolean
is_sound (sqlite3 *handle)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (handle, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  return ok && read_version (handle) >= 0;
}

/* Moves a damaged database (and its journal files) aside under a name with the time; returns
 * that name. */
static char *
move_aside (const char *path)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *aside = g_strdup_printf ("%s.damaged-%s", path, stamp);
  static const char *const suffixes[] = { "-wal", "-shm" };

  g_rename (path, aside);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);
      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
  return aside;
}

static sqlite3 *
open_handle (const char *path)
{
  sqlite3 *handle = NULL;

  if (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
      != SQLITE_OK)
    {
      sqlite3_close (handle);
      return NULL;
    }
  sqlite3_busy_timeout (handle, 5000);
  return handle;
}

SjUserDb *
sj_user_db_open_version (const char *path, int version, char **recovered, GError **error)
{
  g_autoptr (SjUserDb) db = g_new0 (SjUserDb, 1);
  g_autofree char *dir = g_path_get_dirname (path);

  if (recovered)
    *recovered = NULL;
  db->path = g_strdup (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_OPEN,
                   _("The folder %s cannot be made: %s"), dir, g_strerror (errno));
      return NULL;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_OPEN,
                   _("%s is not a regular file; Sujarit keeps its database there"), path);
      return NULL;
    }
  db->db = open_handle (path);
  if (db->db == NULL || !is_sound (db->db))
    {
      g_autofree char *aside = NULL;
      g_clear_pointer (&db->db, sqlite3_close);
      aside = move_aside (path);
      if (recovered)
        *recovered = g_strdup_printf (
          _("Your Sujarit database (the organisation's profile, its library and the history of "
            "drafts) was damaged. It was kept as %s and a new one was made; your plan files "
            "are not affected."),
          aside);
      db->db = open_handle (path);
      if (db->db == NULL)
        {
          g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_OPEN,
                       _("Your Sujarit database (%s) cannot be made"), path);
          return NULL;
        }
    }
  db->version = read_version (db->db);
  if (db->version > SJ_USER_DB_VERSION)
    {
      g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_NEWER,
                   _("Your Sujarit database (%s) was made by a newer version of Sujarit; update "
                     "Sujarit to use it"),
                   path);
      return NULL;
    }
  sqlite3_exec (db->db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;", NULL, NULL, NULL);
  if (!migrate (db, version, error))
    return NULL;
  return g_steal_pointer (&db);
}

/**
 * sj_user_db_open:
 * @recovered: (out) (optional): a message for the user when the database was damaged and made
 *   anew (the damaged file is kept beside it), else %NULL
 */
SjUserDb *
sj_user_db_open (const char *path, char **recovered, GError **error)
{
  return sj_user_db_open_version (path, SJ_USER_DB_VERSION, recovered, error);
}

static char *
now_text (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format_iso8601 (now);
}

/* The profile ---------------------------------------------------------------------------------- */

/* Keeps the organisation of @plan, its units and its people as the profile reused by new plans. */
gboolean
sj_user_db_save_profile (SjUserDb *db, SjPlan *plan, GError **error)
{
  g_autoptr (SjPlan) profile = sj_plan_new ();
  g_autoptr (SjOrganisation) org = sj_organisation_copy (sj_plan_get_organisation (plan));
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *saved = now_text ();
  sqlite3_stmt *stmt;

  sj_plan_set_organisation (profile, org);
  for (guint i = 0; i < sj_plan_get_n_units (plan); i++)
    {
      g_autoptr (SjUnit) u = sj_unit_copy (sj_plan_get_unit_at (plan, i));
      sj_plan_append_unit (profile, u);
    }
  for (guint i = 0; i < sj_plan_get_n_people (plan); i++)
    {
      g_autoptr (SjPerson) p = sj_person_copy (sj_plan_get_person_at (plan, i));
      sj_plan_append_person (profile, p);
    }
  bytes = sj_plan_file_to_bytes (profile);
  if (!begin (db, error))
    return FALSE;
  stmt = prepare (db, "INSERT OR REPLACE INTO profile VALUES (1, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return end (db, FALSE, NULL);
  sqlite3_bind_text (stmt, 1, sj_organisation_get_name (org), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sj_org_type_to_nick (sj_organisation_get_org_type (org)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, saved, -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 4, g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes),
                     SQLITE_TRANSIENT);
  return end (db, step_done (db, stmt, error), error);
}

/* Returns: (transfer full) (nullable): a plan holding the profile's organisation, units and
 * people; %NULL without error when there is no profile yet. */
SjPlan *
sj_user_db_load_profile (SjUserDb *db, GError **error)
{
  sqlite3_stmt *stmt = prepare (db, "SELECT profile FROM profile WHERE id = 1", error);
  g_autoptr (GBytes) bytes = NULL;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  sqlite3_finalize (stmt);
  if (bytes == NULL)
    return NULL;
  return sj_plan_file_load_bytes (bytes, _("the organisation's profile"), error);
}

/* Gives @plan the profile's organisation, and the profile's units and people in place of its
 * own where it has none of them. Returns: FALSE when there is no profile (no error) or on error. */
gboolean
sj_user_db_apply_profile (SjUserDb *db, SjPlan *plan, GError **error)
{
  g_autoptr (SjPlan) profile = sj_user_db_load_profile (db, error);
  SjOrganisation *mine;

  if (profile == NULL)
    return FALSE;
  mine = sj_plan_get_organisation (profile);
  {
    g_autoptr (SjOrganisation) org = sj_organisation_copy (mine);
    sj_plan_set_organisation (plan, org);
  }
  for (guint i = 0; i < sj_plan_get_n_people (profile); i++)
    {
      SjPerson *p = sj_plan_get_person_at (profile, i);
      gboolean found = FALSE;
      for (guint j = 0; j < sj_plan_get_n_people (plan) && !found; j++)
        if (g_strcmp0 (sj_person_get_id (sj_plan_get_person_at (plan, j)), sj_person_get_id (p)) == 0)
          {
            sj_person_set_name (sj_plan_get_person_at (plan, j), sj_person_get_name (p));
            sj_person_set_position (sj_plan_get_person_at (plan, j), sj_person_get_position (p));
            found = TRUE;
          }
    }
  for (guint i = 0; i < sj_plan_get_n_units (profile); i++)
    {
      SjUnit *u = sj_plan_get_unit_at (profile, i);
      for (guint j = 0; j < sj_plan_get_n_units (plan); j++)
        if (g_strcmp0 (sj_unit_get_id (sj_plan_get_unit_at (plan, j)), sj_unit_get_id (u)) == 0)
          {
            sj_unit_set_name (sj_plan_get_unit_at (plan, j), sj_unit_get_name (u));
            sj_unit_set_short_name (sj_plan_get_unit_at (plan, j), sj_unit_get_short_name (u));
          }
    }
  return TRUE;
}

/* The organisation's library ----------------------------------------------------------------- */

static char *
project_body (SjProject *project)
{
  static const char *const fields[] = {
    "rationale", "objectives", "target-group", "area", "method", "outputs", "outcomes",
  };
  g_autoptr (GString) body = g_string_new (NULL);

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      g_autoptr (SjRich) rich = NULL;
      g_autofree char *text = NULL;
      g_object_get (project, fields[f], &rich, NULL);
      text = rich ? sj_rich_to_plain (rich) : g_strdup ("");
      if (*text)
        g_string_append_printf (body, "%s%s", body->len ? "\n" : "", text);
    }
  return g_string_free (g_steal_pointer (&body), FALSE);
}

/**
 * sj_user_db_save_project:
 * @mission: the code of its mission ("2.2"), where it goes when inserted again
 *
 * Keeps a copy of @project in the organisation's library, under its title (a project of the same
 * title is replaced).
 */
gboolean
sj_user_db_save_project (SjUserDb *db, SjProject *project, const char *mission, GError **error)
{
  g_autoptr (GBytes) fragment = sj_fragment_from_project (project);
  g_autofree char *body = project_body (project);
  g_autofree char *saved = now_text ();
  sqlite3_stmt *stmt;
  gint64 existing = 0;

  if (!begin (db, error))
    return FALSE;
  stmt = prepare (db, "SELECT rowid FROM library WHERE title = ?", error);
  if (stmt == NULL)
    return end (db, FALSE, NULL);
  sqlite3_bind_text (stmt, 1, sj_project_get_title (project), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    existing = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (existing)
    {
      stmt = prepare (db, "UPDATE library SET mission = ?2, type = ?3, body = ?4, fragment = ?5,"
                          " saved = ?6 WHERE rowid = ?1", error);
      if (stmt == NULL)
        return end (db, FALSE, NULL);
      sqlite3_bind_int64 (stmt, 1, existing);
    }
  else
    {
      stmt = prepare (db, "INSERT INTO library (id, mission, type, body, fragment, saved, title)"
                          " VALUES ('my-' || (SELECT ifnull (max (rowid), 0) + 1 FROM library),"
                          " ?2, ?3, ?4, ?5, ?6, ?7)", error);
      if (stmt == NULL)
        return end (db, FALSE, NULL);
      sqlite3_bind_text (stmt, 7, sj_project_get_title (project), -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_text (stmt, 2, mission ? mission : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sj_project_type_to_nick (sj_project_get_project_type (project)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, body, -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 5, g_bytes_get_data (fragment, NULL), (int) g_bytes_get_size (fragment),
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, saved, -1, SQLITE_TRANSIENT);
  return end (db, step_done (db, stmt, error), error);
}

/* Returns: (element-type SjLibraryEntry): the organisation's projects holding @query (all when
 * it is empty), best first. */
GPtrArray *
sj_user_db_projects (SjUserDb *db, const char *query, GError **error)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_library_entry_free);
  g_autofree char *needle = g_strstrip (g_strdup (query ? query : ""));
  g_autofree char *like = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* Few enough to read in full: a LIKE over titles and texts finds substrings of any length */
  stmt = prepare (db, "SELECT id, mission, type, title, substr (body, 1, 120) FROM library"
                      " WHERE ?1 = '%' OR title LIKE ?1 ESCAPE '\\' OR body LIKE ?1 ESCAPE '\\'"
                      " ORDER BY (title LIKE ?1 ESCAPE '\\') DESC, saved DESC", error);
  if (stmt == NULL)
    return g_ptr_array_unref (found), NULL;
  {
    g_autoptr (GString) s = g_string_new ("%");
    for (const char *p = needle; *p; p++)
      {
        if (*p == '%' || *p == '_' || *p == '\\')
          g_string_append_c (s, '\\');
        g_string_append_c (s, *p);
      }
    g_string_append_c (s, '%');
    like = g_string_free (g_steal_pointer (&s), FALSE);
  }
  sqlite3_bind_text (stmt, 1, like, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SjLibraryEntry *e = g_new0 (SjLibraryEntry, 1);
      const char *type = (const char *) sqlite3_column_text (stmt, 2);
      e->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      e->edition = g_strdup ("");
      e->mission = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      e->sub_items = g_strdup ("");
      if (!sj_project_type_from_nick (type, &e->type))
        e->type = SJ_PROJECT_TYPE_PROJECT;
      e->title = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      e->snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (found, e);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_OPEN,
                   _("Your Sujarit database (%s) cannot be read: %s"), db->path,
                   sqlite3_errmsg (db->db));
      g_clear_pointer (&found, g_ptr_array_unref);
    }
  return found;
}

GBytes *
sj_user_db_project_fragment (SjUserDb *db, const char *id, GError **error)
{
  sqlite3_stmt *stmt = prepare (db, "SELECT fragment FROM library WHERE id = ?", error);
  GBytes *bytes = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  else
    g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_NOT_FOUND,
                 _("The library has no project “%s”"), id);
  sqlite3_finalize (stmt);
  return bytes;
}

/* Draft history -------------------------------------------------------------------------------- */

static GBytes *
convert (GBytes *input, GConverter *converter, GError **error)
{
  g_autoptr (GInputStream) in = g_memory_input_stream_new_from_bytes (input);
  g_autoptr (GInputStream) filtered = g_converter_input_stream_new (in, converter);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (out, filtered,
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0)
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/**
 * sj_user_db_add_snapshot:
 * @plan_key: which plan the snapshot is of (the URI of its file)
 * @comment: (nullable): what the drafter says of this draft
 *
 * Records @plan as a draft of @plan_key: its compressed file, the time, its total and number of
 * projects. A save that changed nothing since the last snapshot records nothing new.
 */
gboolean
sj_user_db_add_snapshot (SjUserDb *db, const char *plan_key, SjPlan *plan, const char *comment,
                         GError **error)
{
  g_autoptr (GBytes) xml = sj_plan_file_to_bytes (plan);
  g_autoptr (GZlibCompressor) gz = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr (GBytes) packed = convert (xml, G_CONVERTER (gz), error);
  g_autoptr (SjSummary) summary = sj_summary_new (plan);
  const SjTotals *totals = sj_summary_get_plan_totals (summary);
  g_autofree char *total = sj_money_to_plain (totals->total);
  g_autofree char *saved = now_text ();
  sqlite3_stmt *stmt;
  gboolean same = FALSE;

  if (packed == NULL)
    return FALSE;
  if (!begin (db, error))
    return FALSE;
  stmt = prepare (db, "SELECT plan FROM snapshot WHERE plan_key = ? ORDER BY id DESC LIMIT 1",
                  error);
  if (stmt == NULL)
    return end (db, FALSE, NULL);
  sqlite3_bind_text (stmt, 1, plan_key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    same = (gsize) sqlite3_column_bytes (stmt, 0) == g_bytes_get_size (packed)
           && memcmp (sqlite3_column_blob (stmt, 0), g_bytes_get_data (packed, NULL),
                      g_bytes_get_size (packed)) == 0;
  sqlite3_finalize (stmt);
  if (same && (comment == NULL || *comment == '\0'))
    return end (db, TRUE, error);
  stmt = prepare (db, "INSERT INTO snapshot (plan_key, saved, total, projects, comment, plan)"
                      " VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return end (db, FALSE, NULL);
  sqlite3_bind_text (stmt, 1, plan_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, saved, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, total, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, (int) totals->n_projects);
  sqlite3_bind_text (stmt, 5, comment ? comment : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 6, g_bytes_get_data (packed, NULL), (int) g_bytes_get_size (packed),
                     SQLITE_TRANSIENT);
  return end (db, step_done (db, stmt, error), error);
}

/* Returns: (element-type SjSnapshot): the drafts of @plan_key, newest first. */
GPtrArray *
sj_user_db_snapshots (SjUserDb *db, const char *plan_key, GError **error)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_snapshot_free);
  sqlite3_stmt *stmt = prepare (db, "SELECT id, saved, total, projects, comment FROM snapshot"
                                    " WHERE plan_key = ? ORDER BY id DESC", error);

  if (stmt == NULL)
    return g_ptr_array_unref (list), NULL;
  sqlite3_bind_text (stmt, 1, plan_key, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      SjSnapshot *s = g_new0 (SjSnapshot, 1);
      s->id = sqlite3_column_int64 (stmt, 0);
      s->saved = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 1), NULL);
      sj_money_parse ((const char *) sqlite3_column_text (stmt, 2), &s->total, NULL);
      s->n_projects = (guint) sqlite3_column_int (stmt, 3);
      s->comment = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (list, s);
    }
  sqlite3_finalize (stmt);
  return list;
}

/* Returns: (transfer full): the plan of draft @id, read with the plan reader's checks. */
SjPlan *
sj_user_db_load_snapshot (SjUserDb *db, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = prepare (db, "SELECT plan FROM snapshot WHERE id = ?", error);
  g_autoptr (GBytes) packed = NULL;
  g_autoptr (GBytes) xml = NULL;
  g_autoptr (GZlibDecompressor) gz = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    packed = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  sqlite3_finalize (stmt);
  if (packed == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_NOT_FOUND,
                   _("There is no draft number %s"), number);
      return NULL;
    }
  xml = convert (packed, G_CONVERTER (gz), error);
  if (xml == NULL)
    return NULL;
  return sj_plan_file_load_bytes (xml, _("a draft"), error);
}

/* Gives draft @id the comment @comment (what the drafter says of it). */
gboolean
sj_user_db_set_snapshot_comment (SjUserDb *db, gint64 id, const char *comment, GError **error)
{
  sqlite3_stmt *stmt;

  if (!begin (db, error))
    return FALSE;
  stmt = prepare (db, "UPDATE snapshot SET comment = ? WHERE id = ?", error);
  if (stmt == NULL)
    return end (db, FALSE, NULL);
  sqlite3_bind_text (stmt, 1, comment ? comment : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!step_done (db, stmt, error))
    return end (db, FALSE, NULL);
  if (sqlite3_changes (db->db) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      g_set_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_NOT_FOUND,
                   _("There is no draft number %s"), number);
      return end (db, FALSE, NULL);
    }
  return end (db, TRUE, error);
}
