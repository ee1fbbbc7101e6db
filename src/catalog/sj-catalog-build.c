/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * sj-catalog-build: builds the system catalogue (catalog.db) from its readable sources in
 * data/catalog/ when Sujarit is built:
 *
 *   edition-YYYY.sujarit   the template of an edition: its frame and every standard text
 *   library-YYYY.sujarit   the standard projects of that edition, each in its mission
 *   terms.tsv              the wording of each kind of local government ({bylaw} …)
 *   units.tsv              the standard units of each kind
 *
 * The plan files are read by the plan reader with all its checks; every placeholder of their
 * texts must have a value for every kind of organisation, and every library project must sit in
 * a mission of its edition's frame, or the build fails with the reason.
 *
 *   sj-catalog-build SOURCE-DIR OUTPUT
 */
#include "config.h"

#include "sj-catalog.h"
#include "sj-catalog-private.h"
#include "sj-fragment.h"
#include "sj-plan-file.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const org_types[] = {
  "city-municipality", "town-municipality", "subdistrict-municipality", "sao", "pao",
};

/* The placeholders the program computes (sj_catalog_values()), not read from terms.tsv. */
static const char *const computed[] = {
  "org", "org_short", "place", "district", "province", "executive_title", "executive_name",
};

static G_NORETURN void
die (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  fprintf (stderr, "sj-catalog-build: ");
  vfprintf (stderr, format, args);
  fprintf (stderr, "\n");
  va_end (args);
  exit (1);
}

static void
exec (sqlite3 *db, const char *sql)
{
  char *message = NULL;
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    die ("%s: %s", sql, message);
}

static sqlite3_stmt *
prepare (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    die ("%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

static void
step_done (sqlite3 *db, sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    die ("%s: %s", sqlite3_sql (stmt), sqlite3_errmsg (db));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Rows of a TSV file without its comments and header. */
static GPtrArray *
read_tsv (const char *path, guint columns, char ***header)
{
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gboolean seen_header = FALSE;

  if (!g_file_get_contents (path, &text, NULL, &error))
    die ("%s", error->message);
  if (!g_utf8_validate (text, -1, NULL))
    die ("%s is not UTF-8", path);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char **fields;
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != columns)
        die ("%s:%u: %u fields, %u expected", path, i + 1, g_strv_length (fields), columns);
      if (!seen_header)
        {
          seen_header = TRUE;
          if (header)
            *header = fields;
          else
            g_strfreev (fields);
          continue;
        }
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

static SjPlan *
load (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  SjPlan *plan = sj_plan_file_load (file, NULL, &error);
  if (plan == NULL)
    die ("%s", error->message);
  return plan;
}

static char *
rich_plain (GObject *object, const char *property)
{
  g_autoptr (SjRich) rich = NULL;
  g_object_get (object, property, &rich, NULL);
  return rich ? sj_rich_to_plain (rich) : g_strdup ("");
}

/* Every placeholder of @plan must have a value for every kind of organisation. */
static void
check_placeholders (SjPlan *plan, GHashTable *const *values, const char *path)
{
  for (guint t = 0; t < G_N_ELEMENTS (org_types); t++)
    {
      g_autoptr (GBytes) bytes = sj_plan_file_to_bytes (plan);
      g_autoptr (SjPlan) copy = sj_plan_file_load_bytes (bytes, path, NULL);
      g_autoptr (GString) unknown = g_string_new (NULL);
      sj_catalog_fill (copy, values[t], unknown);
      if (unknown->len)
        die ("%s: no value for %s for a %s (data/catalog/terms.tsv)", path, unknown->str,
             org_types[t]);
    }
}

static void
add_edition (sqlite3 *db, const char *path, const char *id, GHashTable *const *values)
{
  g_autoptr (SjPlan) plan = load (path);
  g_autoptr (GBytes) bytes = sj_plan_file_to_bytes (plan);
  SjSettings *settings = sj_plan_get_settings (plan);
  int first = sj_settings_get_first_year (settings);
  int years = sj_settings_get_years (settings);
  g_autofree char *title = g_strdup_printf ("พ.ศ. %d–%d", first, first + years - 1);
  sqlite3_stmt *stmt = prepare (db, "INSERT INTO edition VALUES (?, ?, ?, ?, ?)");
  sqlite3_stmt *frame = prepare (db, "INSERT INTO frame VALUES (?, ?, ?, ?)");
  g_autofree char *first_text = g_strdup_printf ("%d", first);

  if (g_strcmp0 (id, first_text) != 0)
    die ("%s: the edition starts in %d", path, first);
  check_placeholders (plan, values, path);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, first);
  sqlite3_bind_int (stmt, 4, years);
  sqlite3_bind_blob (stmt, 5, g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes),
                     SQLITE_TRANSIENT);
  step_done (db, stmt);
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      g_autofree char *dcode = g_strdup_printf ("%u", d + 1);
      sqlite3_bind_text (frame, 1, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (frame, 2, dcode, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (frame, 3, 1);
      sqlite3_bind_text (frame, 4, sj_dimension_get_name (dim), -1, SQLITE_TRANSIENT);
      step_done (db, frame);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *mcode = g_strdup_printf ("%u.%u", d + 1, m + 1);
          if (sj_mission_get_n_projects (mission) != 0)
            die ("%s: the template of an edition holds no projects (mission %s)", path, mcode);
          sqlite3_bind_text (frame, 1, id, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (frame, 2, mcode, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (frame, 3, 2);
          sqlite3_bind_text (frame, 4, sj_mission_get_name (mission), -1, SQLITE_TRANSIENT);
          step_done (db, frame);
          for (guint s = 0; s < sj_mission_get_n_sub_items (mission); s++)
            {
              g_autofree char *scode = g_strdup_printf ("%u.%u.%u", d + 1, m + 1, s + 1);
              sqlite3_bind_text (frame, 1, id, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (frame, 2, scode, -1, SQLITE_TRANSIENT);
              sqlite3_bind_int (frame, 3, 3);
              sqlite3_bind_text (frame, 4, sj_sub_item_get_name (sj_mission_get_sub_item_at (mission, s)),
                                 -1, SQLITE_TRANSIENT);
              step_done (db, frame);
            }
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_finalize (frame);
}

static const char *
frame_name (sqlite3 *db, const char *edition, const char *code)
{
  static char name[4096];
  sqlite3_stmt *stmt = prepare (db, "SELECT name FROM frame WHERE edition = ? AND code = ?");
  const char *found = NULL;

  sqlite3_bind_text (stmt, 1, edition, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_strlcpy (name, (const char *) sqlite3_column_text (stmt, 0), sizeof name);
      found = name;
    }
  sqlite3_finalize (stmt);
  return found;
}

static void
add_library (sqlite3 *db, const char *path, const char *edition, GHashTable *const *values,
             guint *position)
{
  g_autoptr (SjPlan) plan = load (path);
  sqlite3_stmt *stmt = prepare (db, "INSERT INTO project VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  static const char *const fields[] = {
    "rationale", "objectives", "target-group", "area", "method", "outputs", "outcomes",
  };

  check_placeholders (plan, values, path);
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          g_autofree char *mcode = g_strdup_printf ("%u.%u", d + 1, m + 1);
          const char *name = frame_name (db, edition, mcode);

          if (sj_mission_get_n_projects (mission) > 0
              && g_strcmp0 (name, sj_mission_get_name (mission)) != 0)
            die ("%s: mission %s is not that of edition %s", path, mcode, edition);
          for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
            {
              SjProject *project = sj_mission_get_project_at (mission, p);
              g_autoptr (GBytes) fragment = sj_fragment_from_project (project);
              g_autoptr (GPtrArray) subs = NULL;
              g_autoptr (GString) codes = g_string_new (NULL);
              g_autoptr (GString) body = g_string_new (NULL);
              g_autofree char *search_title = NULL;
              g_autofree char *search_body = NULL;

              g_object_get (project, "sub-items", &subs, NULL);
              for (guint i = 0; subs && i < subs->len; i++)
                for (guint s = 0; s < sj_mission_get_n_sub_items (mission); s++)
                  if (sj_mission_get_sub_item_at (mission, s) == subs->pdata[i])
                    {
                      g_autofree char *scode = g_strdup_printf ("%s.%u", mcode, s + 1);
                      if (g_strcmp0 (frame_name (db, edition, scode),
                                     sj_sub_item_get_name (subs->pdata[i])) != 0)
                        die ("%s: sub-item %s is not that of edition %s", path, scode, edition);
                      g_string_append_printf (codes, "%s%s", codes->len ? " " : "", scode);
                    }
              for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
                {
                  g_autofree char *text = rich_plain (G_OBJECT (project), fields[f]);
                  if (*text)
                    g_string_append_printf (body, "%s%s", body->len ? "\n" : "", text);
                }
              /* The index reads the texts in the municipal wording, the name left out */
              search_title = sj_catalog_expand (values[0], sj_project_get_title (project), NULL, NULL);
              search_body = sj_catalog_expand (values[0], body->str, NULL, NULL);
              sqlite3_bind_text (stmt, 1, sj_project_get_id (project), -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 2, edition, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 3, mcode, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 4, codes->str, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 5, sj_project_type_to_nick (sj_project_get_project_type (project)),
                                 -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 6, sj_project_get_title (project), -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 7, search_title ? search_title : sj_project_get_title (project),
                                 -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 8, search_body ? search_body : body->str, -1, SQLITE_TRANSIENT);
              sqlite3_bind_blob (stmt, 9, g_bytes_get_data (fragment, NULL),
                                 (int) g_bytes_get_size (fragment), SQLITE_TRANSIENT);
              sqlite3_bind_int (stmt, 10, (int) (*position)++);
              step_done (db, stmt);
            }
        }
    }
  sqlite3_finalize (stmt);
}

int
main (int argc, char **argv)
{
  const char *srcdir, *output;
  g_autofree char *tmp = NULL;
  g_autofree char *terms_path = NULL;
  g_autofree char *units_path = NULL;
  g_auto (GStrv) header = NULL;
  g_autoptr (GPtrArray) terms = NULL;
  g_autoptr (GPtrArray) units = NULL;
  GHashTable *values[G_N_ELEMENTS (org_types)];
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db;
  sqlite3_stmt *stmt;
  guint position = 0;
  const char *name;

  if (argc != 3)
    die ("usage: sj-catalog-build SOURCE-DIR OUTPUT");
  srcdir = argv[1];
  output = argv[2];
  tmp = g_strconcat (output, ".tmp", NULL);
  g_unlink (tmp);
  if (sqlite3_open (tmp, &db) != SQLITE_OK)
    die ("%s: %s", tmp, sqlite3_errmsg (db));
  exec (db, "PRAGMA journal_mode = OFF; BEGIN;");
  exec (db, SJ_CATALOG_SQL);
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO meta VALUES ('schema', '%d');",
                                            SJ_CATALOG_SCHEMA);
    exec (db, sql);
  }

  /* The wording of each kind, and its units */
  terms_path = g_build_filename (srcdir, "terms.tsv", NULL);
  terms = read_tsv (terms_path, 1 + G_N_ELEMENTS (org_types), &header);
  for (guint t = 0; t < G_N_ELEMENTS (org_types); t++)
    {
      if (g_strcmp0 (header[t + 1], org_types[t]) != 0)
        die ("%s: column %u is %s, not %s", terms_path, t + 2, header[t + 1], org_types[t]);
      values[t] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint c = 0; c < G_N_ELEMENTS (computed); c++)
        g_hash_table_insert (values[t], g_strdup (computed[c]), g_strdup (""));
    }
  stmt = prepare (db, "INSERT INTO term VALUES (?, ?, ?)");
  for (guint r = 0; r < terms->len; r++)
    {
      char **row = terms->pdata[r];
      for (guint t = 0; t < G_N_ELEMENTS (org_types); t++)
        {
          if (*row[t + 1] == '\0')
            die ("%s: “%s” has no wording for a %s", terms_path, row[0], org_types[t]);
          sqlite3_bind_text (stmt, 1, row[0], -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, org_types[t], -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, row[t + 1], -1, SQLITE_TRANSIENT);
          step_done (db, stmt);
          g_hash_table_insert (values[t], g_strdup (row[0]), g_strdup (row[t + 1]));
        }
    }
  sqlite3_finalize (stmt);
  units_path = g_build_filename (srcdir, "units.tsv", NULL);
  units = read_tsv (units_path, 4, NULL);
  stmt = prepare (db, "INSERT INTO unit VALUES (?, ?, ?, ?, ?)");
  for (guint r = 0; r < units->len; r++)
    {
      char **row = units->pdata[r];
      guint t;
      for (t = 0; t < G_N_ELEMENTS (org_types) && strcmp (row[0], org_types[t]) != 0; t++)
        ;
      if (t == G_N_ELEMENTS (org_types))
        die ("%s: no kind of organisation “%s”", units_path, row[0]);
      for (guint i = 0; i < 4; i++)
        sqlite3_bind_text (stmt, i + 1, row[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 5, (int) r);
      step_done (db, stmt);
      g_hash_table_insert (values[t], g_strdup_printf ("unit_%s", row[1]), g_strdup (row[2]));
      g_hash_table_insert (values[t], g_strdup_printf ("unit_%s_short", row[1]), g_strdup (row[3]));
    }
  sqlite3_finalize (stmt);

  /* Editions first, then their libraries */
  dir = g_dir_open (srcdir, 0, NULL);
  if (dir == NULL)
    die ("%s cannot be read", srcdir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".sujarit"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < names->len; i++)
      {
        const char *n = g_ptr_array_index (names, i);
        const char *prefix = pass == 0 ? "edition-" : "library-";
        g_autofree char *path = g_build_filename (srcdir, n, NULL);
        g_autofree char *id = NULL;
        if (!g_str_has_prefix (n, prefix))
          continue;
        id = g_strndup (n + strlen (prefix), strlen (n) - strlen (prefix) - strlen (".sujarit"));
        if (pass == 0)
          add_edition (db, path, id, values);
        else
          add_library (db, path, id, values, &position);
      }
  exec (db, "INSERT INTO project_fts (project_fts) VALUES ('rebuild');");
  exec (db, "COMMIT;");
  exec (db, "VACUUM;");
  if (sqlite3_close (db) != SQLITE_OK)
    die ("%s cannot be written", tmp);
  if (g_rename (tmp, output) != 0)
    die ("%s cannot be written", output);
  for (guint t = 0; t < G_N_ELEMENTS (org_types); t++)
    g_hash_table_unref (values[t]);
  return 0;
}
