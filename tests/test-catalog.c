/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The system catalogue: its content, new plans for every kind of organisation, the library and
 * its Thai search. */
#include "config.h"

#include "sj-catalog.h"
#include "sj-compute.h"
#include "sj-diff.h"
#include "sj-budget-csv.h"
#include "sj-fragment.h"
#include "sj-user-db-private.h"
#include "sj-checker.h"
#include "sj-plan-file.h"
#include "sj-test-util.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

/* Runs @sql on the database at @path from another connection. */
static gboolean
sqlite3_exec_for_test (const char *path, const char *sql)
{
  sqlite3 *handle = NULL;
  gboolean ok = sqlite3_open (path, &handle) == SQLITE_OK
                && sqlite3_exec (handle, sql, NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_close (handle);
  return ok;
}

static SjCatalog *
open_catalog (void)
{
  g_autoptr (GError) error = NULL;
  SjCatalog *catalog = sj_catalog_open_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static guint
count_projects (SjPlan *plan)
{
  guint n = 0;
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    for (guint m = 0; m < sj_dimension_get_n_missions (sj_plan_get_dimension_at (plan, d)); m++)
      n += sj_mission_get_n_projects (sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, d), m));
  return n;
}

/* The frames of both editions, whole, and a library of at least 40 projects in every dimension. */
static void
test_content (void)
{
  g_autoptr (SjCatalog) catalog = open_catalog ();
  g_autoptr (GPtrArray) editions = sj_catalog_editions (catalog);
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GError) error = NULL;
  guint per_dimension[4] = { 0 };

  g_assert_cmpuint (editions->len, ==, 2);
  g_assert_cmpstr (((SjEdition *) editions->pdata[0])->id, ==, "2566");
  g_assert_cmpint (((SjEdition *) editions->pdata[0])->years, ==, 5);
  g_assert_cmpstr (((SjEdition *) editions->pdata[1])->id, ==, "2561");
  g_assert_cmpint (((SjEdition *) editions->pdata[1])->years, ==, 4);
  g_assert_cmpuint (sj_catalog_count_frame (catalog, "2566", 1), ==, 4);
  g_assert_cmpuint (sj_catalog_count_frame (catalog, "2566", 2), ==, 12);
  g_assert_cmpuint (sj_catalog_count_frame (catalog, "2566", 3), ==, 32);
  g_assert_cmpuint (sj_catalog_count_frame (catalog, "2561", 1), ==, 4);
  g_assert_cmpuint (sj_catalog_count_frame (catalog, "2561", 2), ==, 15);
  g_assert_cmpuint (sj_catalog_count_frame (catalog, "2561", 3), ==, 38);

  all = sj_catalog_projects (catalog, "2566", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >=, 40);
  for (guint i = 0; i < all->len; i++)
    {
      SjLibraryEntry *e = all->pdata[i];
      g_assert_true (e->mission[0] >= '1' && e->mission[0] <= '4');
      per_dimension[e->mission[0] - '1']++;
      g_assert_cmpstr (e->title, !=, "");
    }
  for (guint d = 0; d < 4; d++)
    g_assert_cmpuint (per_dimension[d], >=, 5);
}

typedef struct
{
  SjOrgType type;
  const char *type_name;
  const char *name;
  const char *org;           /* the full name the plan gets */
  const char *const foreign[6]; /* the wording of other kinds that must not appear */
  const char *own;           /* a word of its own kind that must */
} Kind;

static const Kind kinds[] = {
  { SJ_ORG_TYPE_CITY_MUNICIPALITY, "เทศบาลนคร", "เทศบาลนครทดสอบ", "เทศบาลนครทดสอบ",
    { "ข้อบัญญัติ", "พนักงานส่วนตำบล", "นายกองค์การบริหารส่วน", "สภาองค์การบริหารส่วน", "{", NULL },
    "เทศบัญญัติ" },
  { SJ_ORG_TYPE_TOWN_MUNICIPALITY, "เทศบาลเมือง", "ทดสอบ", "เทศบาลเมืองทดสอบ",
    { "ข้อบัญญัติ", "พนักงานส่วนตำบล", "นายกองค์การบริหารส่วน", "พนักงานส่วนจังหวัด", "{", NULL },
    "พนักงานเทศบาล" },
  { SJ_ORG_TYPE_SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบล", "ทต.ทดสอบ", "เทศบาลตำบลทดสอบ",
    { "ข้อบัญญัติ", "พนักงานส่วนตำบล", "นายกองค์การบริหารส่วน", "{", NULL },
    "นายกเทศมนตรี" },
  { SJ_ORG_TYPE_SAO, "อบต.", "องค์การบริหารส่วนตำบลทดสอบ", "องค์การบริหารส่วนตำบลทดสอบ",
    { "เทศบัญญัติ", "พนักงานเทศบาล", "นายกเทศมนตรี", "สภาเทศบาล", "ปลัดเทศบาล", "{" },
    "ข้อบัญญัติ" },
  { SJ_ORG_TYPE_PAO, "อบจ.", "อบจ.ทดสอบ", "องค์การบริหารส่วนจังหวัดทดสอบ",
    { "เทศบัญญัติ", "พนักงานเทศบาล", "นายกเทศมนตรี", "พนักงานส่วนตำบล", "นายกองค์การบริหารส่วนตำบล", "{" },
    "พนักงานส่วนจังหวัด" },
};

/* A new plan for each kind: every library project, the texts in the wording of its kind and of
 * no other, saved and loaded again, and no error of the checker. */
static void
test_new_plan (gconstpointer data)
{
  const Kind *k = data;
  g_autoptr (SjCatalog) catalog = open_catalog ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (SjPlan) again = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GPtrArray) all = sj_catalog_projects (catalog, NULL, NULL, NULL);
  SjOrgType type;
  const char *text;
  SjNewPlan options = { .type = k->type, .name = k->name, .district = "เมืองขอนแก่น",
                        .province = "ขอนแก่น", .executive_name = "นายทดสอบ ใจดี",
                        .all_projects = TRUE };

  g_assert_true (sj_org_type_from_name (k->type_name, &type));
  g_assert_cmpint (type, ==, k->type);
  plan = sj_catalog_new_plan (catalog, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sj_organisation_get_name (sj_plan_get_organisation (plan)), ==, k->org);
  g_assert_cmpstr (sj_organisation_get_province (sj_plan_get_organisation (plan)), ==, "จังหวัดขอนแก่น");
  g_assert_cmpstr (sj_organisation_get_district (sj_plan_get_organisation (plan)), ==, "อำเภอเมืองขอนแก่น");
  g_assert_cmpuint (count_projects (plan), ==, all->len);
  g_assert_cmpuint (sj_plan_get_n_units (plan), ==, 9);

  bytes = sj_plan_file_to_bytes (plan);
  again = sj_plan_file_load_bytes (bytes, "new.sujarit", &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (k->foreign) && k->foreign[i]; i++)
    if (strstr (text, k->foreign[i]))
      g_error ("a plan of a %s says “%s”: %.80s", k->type_name, k->foreign[i],
               strstr (text, k->foreign[i]));
  g_assert_nonnull (strstr (text, k->own));
  g_assert_nonnull (strstr (text, "นายทดสอบ ใจดี"));

  findings = sj_check_plan (again);
  for (guint i = 0; i < findings->len; i++)
    {
      SjFinding *f = g_ptr_array_index (findings, i);
      if (f->severity != SJ_SEVERITY_HINT)
        g_test_message ("%s: %s", f->location, f->message_en);
    }
  g_assert_cmpuint (sj_findings_count (findings, SJ_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (sj_findings_count (findings, SJ_SEVERITY_WARNING), ==, 0);
}

/* The four-year edition: its years, frame and texts. */
static void
test_new_plan_2561 (void)
{
  g_autoptr (SjCatalog) catalog = open_catalog ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  SjNewPlan options = { .edition = "2561", .type = SJ_ORG_TYPE_SAO, .name = "ทดสอบ" };
  g_autoptr (SjPlan) plan = sj_catalog_new_plan (catalog, &options, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sj_settings_get_first_year (sj_plan_get_settings (plan)), ==, 2561);
  g_assert_cmpint (sj_settings_get_years (sj_plan_get_settings (plan)), ==, 4);
  g_assert_cmpstr (sj_dimension_get_name (sj_plan_get_dimension_at (plan, 0)), ==,
                   "การสร้างสังคมที่ไม่ทนต่อการทุจริต");
  g_assert_cmpuint (count_projects (plan), ==, 0);
  findings = sj_check_plan (plan);
  g_assert_cmpuint (sj_findings_count (findings, SJ_SEVERITY_ERROR), ==, 0);

  options.edition = "2555";
  g_clear_object (&plan);
  plan = sj_catalog_new_plan (catalog, &options, &error);
  g_assert_null (plan);
  g_assert_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_NOT_FOUND);
  g_clear_error (&error);
  options.edition = NULL;
  options.name = "องค์การบริหารส่วนตำบล";
  plan = sj_catalog_new_plan (catalog, &options, &error);
  g_assert_null (plan);
  g_assert_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_INVALID);
}

static gboolean
has_id (GPtrArray *found, const char *id)
{
  for (guint i = 0; i < found->len; i++)
    if (strcmp (((SjLibraryEntry *) found->pdata[i])->id, id) == 0)
      return TRUE;
  return FALSE;
}

/* Thai is written without spaces: a word is found inside longer words and titles. */
static void
test_search (void)
{
  g_autoptr (SjCatalog) catalog = open_catalog ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = sj_catalog_projects (catalog, NULL, "ผลประโยชน์ทับซ้อน", &error);
  g_autoptr (GPtrArray) part = NULL;
  g_autoptr (GPtrArray) short_word = NULL;
  g_autoptr (GPtrArray) none = NULL;
  g_autoptr (GPtrArray) quote = NULL;
  SjLibraryEntry *first;

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >=, 1);
  first = found->pdata[0];
  /* The best match has it in its title, which is longer than the word */
  g_assert_nonnull (strstr (first->title, "ผลประโยชน์ทับซ้อน"));
  g_assert_cmpuint (strlen (first->title), >, strlen ("ผลประโยชน์ทับซ้อน"));

  /* Part of a word: ทับซ้ of ทับซ้อน */
  part = sj_catalog_projects (catalog, NULL, "ทับซ้", &error);
  g_assert_no_error (error);
  g_assert_true (has_id (part, first->id));
  /* Two letters are looked for without the index */
  short_word = sj_catalog_projects (catalog, NULL, "NO", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (short_word->len, >=, 1);
  none = sj_catalog_projects (catalog, NULL, "ไม่มีคำนี้ในคลังแน่นอน", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
  /* What FTS5 reads as its syntax is taken as text */
  quote = sj_catalog_projects (catalog, NULL, "\"NO Gift\" OR *", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (quote->len, ==, 0);
}

/* A library project into a plan of another organisation: its name, units and years. */
static void
test_add_project (void)
{
  g_autoptr (SjCatalog) catalog = open_catalog ();
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autoptr (GPtrArray) found = sj_catalog_projects (catalog, "2566", "NO Gift Policy", &error);
  SjLibraryEntry *entry;
  SjProject *project;
  SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 1), 1);
  guint before = sj_mission_get_n_projects (mission);
  g_autofree char *rationale = NULL;

  g_assert_cmpuint (found->len, >=, 1);
  entry = found->pdata[0];
  g_assert_cmpstr (entry->mission, ==, "2.2");
  project = sj_catalog_add_project (catalog, plan, entry->id, NULL, notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sj_mission_get_n_projects (mission), ==, before + 1);
  g_assert_true (sj_mission_get_project_at (mission, before) == project);
  g_assert_cmpuint (sj_project_get_n_years (project), ==, 5);
  {
    g_autoptr (SjRich) r = NULL;
    g_object_get (project, "rationale", &r, NULL);
    rationale = sj_rich_to_plain (r);
  }
  g_assert_null (strchr (rationale, '{'));
  g_assert_nonnull (strstr (rationale, "เทศบาลเมืองกาฬสินธุ์"));
  /* An id that is no project's */
  g_assert_null (sj_catalog_add_project (catalog, plan, "lib-999", NULL, NULL, &error));
  g_assert_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_NOT_FOUND);
}

static void
test_names (void)
{
  SjOrgType t;
  g_autofree char *a = sj_catalog_place_name (SJ_ORG_TYPE_SAO, "อบต.บ้านเป็ด");
  g_autofree char *b = sj_catalog_place_name (SJ_ORG_TYPE_SAO, " องค์การบริหารส่วนตำบล บ้านเป็ด ");
  g_autofree char *c = sj_catalog_place_name (SJ_ORG_TYPE_CITY_MUNICIPALITY, "ขอนแก่น");

  g_assert_cmpstr (a, ==, "บ้านเป็ด");
  g_assert_cmpstr (b, ==, "บ้านเป็ด");
  g_assert_cmpstr (c, ==, "ขอนแก่น");
  g_assert_true (sj_org_type_from_name ("องค์การบริหารส่วนจังหวัด", &t) && t == SJ_ORG_TYPE_PAO);
  g_assert_true (sj_org_type_from_name ("อบต", &t) && t == SJ_ORG_TYPE_SAO);
  g_assert_true (sj_org_type_from_name ("town-municipality", &t) && t == SJ_ORG_TYPE_TOWN_MUNICIPALITY);
  g_assert_false (sj_org_type_from_name ("กรุงเทพมหานคร", &t));
}

static void
test_missing_catalogue (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sujarit-cat-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "catalog.db", NULL);

  g_assert_null (sj_catalog_open (path, &error));
  g_assert_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_OPEN);
  g_clear_error (&error);
  /* Not a database at all */
  g_file_set_contents (path, "not a database", -1, NULL);
  g_assert_null (sj_catalog_open (path, &error));
  g_assert_error (error, SJ_CATALOG_ERROR, SJ_CATALOG_ERROR_OPEN);
  g_unlink (path);
  g_rmdir (dir);
}

/* The user's database ------------------------------------------------------------------------ */

static char *
temp_db (char **dir)
{
  *dir = g_dir_make_tmp ("sujarit-user-XXXXXX", NULL);
  return g_build_filename (*dir, "sub", "sujarit.db", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr (GFile) f = g_file_new_for_path (dir);
  g_autoptr (GFileEnumerator) e = g_file_enumerate_children (f, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                             G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                             NULL, NULL);
  GFileInfo *info;
  while (e && (info = g_file_enumerator_next_file (e, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, g_file_info_get_name (info), NULL);
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }
  g_rmdir (dir);
}

static SjPlan *
new_plan (SjCatalog *catalog, const char *executive)
{
  g_autoptr (GError) error = NULL;
  SjNewPlan options = { .type = SJ_ORG_TYPE_SUBDISTRICT_MUNICIPALITY, .name = "บ้านเป็ด",
                        .district = "เมืองขอนแก่น", .province = "ขอนแก่น",
                        .executive_name = executive };
  SjPlan *plan = sj_catalog_new_plan (catalog, &options, &error);
  g_assert_no_error (error);
  return plan;
}

/* The profile is typed once and reused: a new plan gets the organisation, its executive and
 * the units as the profile has them. */
static void
test_profile (void)
{
  g_autoptr (SjCatalog) catalog = open_catalog ();
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr (GError) error = NULL;
  g_autofree char *recovered = NULL;
  g_autoptr (SjUserDb) db = sj_user_db_open (path, &recovered, &error);
  g_autoptr (SjPlan) first = new_plan (catalog, "นายสมชาย ใจดี");
  g_autoptr (SjPlan) second = NULL;
  g_autoptr (SjPlan) none = NULL;

  g_assert_no_error (error);
  g_assert_null (recovered);
  g_assert_cmpint (sj_user_db_get_version (db), ==, SJ_USER_DB_VERSION);
  none = sj_user_db_load_profile (db, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  sj_organisation_set_slogan (sj_plan_get_organisation (first), "บ้านเป็ดน่าอยู่");
  sj_unit_set_name (sj_plan_get_unit_at (first, 0), "สำนักปลัดเทศบาลตำบลบ้านเป็ด");
  g_assert_true (sj_user_db_save_profile (db, first, &error));
  g_assert_no_error (error);

  second = new_plan (catalog, NULL);
  g_assert_cmpstr (sj_person_get_name (sj_plan_get_person_at (second, 0)), ==, "");
  g_assert_true (sj_user_db_apply_profile (db, second, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sj_organisation_get_slogan (sj_plan_get_organisation (second)), ==, "บ้านเป็ดน่าอยู่");
  g_assert_cmpstr (sj_organisation_get_name (sj_plan_get_organisation (second)), ==, "เทศบาลตำบลบ้านเป็ด");
  g_assert_cmpstr (sj_person_get_name (sj_plan_get_person_at (second, 0)), ==, "นายสมชาย ใจดี");
  g_assert_cmpstr (sj_unit_get_name (sj_plan_get_unit_at (second, 0)), ==, "สำนักปลัดเทศบาลตำบลบ้านเป็ด");
  g_clear_pointer (&db, sj_user_db_free);
  remove_tree (dir);
}

/* A database of the first schema is migrated, and what it held is kept. */
static void
test_migrate_from_first (void)
{
  g_autoptr (SjCatalog) catalog = open_catalog ();
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = new_plan (catalog, "นายสมชาย ใจดี");
  g_autoptr (SjPlan) profile = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  SjUserDb *db = sj_user_db_open_version (path, 1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sj_user_db_get_version (db), ==, 1);
  g_assert_true (sj_user_db_save_profile (db, plan, &error));
  sj_user_db_free (db);

  db = sj_user_db_open (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sj_user_db_get_version (db), ==, SJ_USER_DB_VERSION);
  profile = sj_user_db_load_profile (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sj_organisation_get_name (sj_plan_get_organisation (profile)), ==,
                   "เทศบาลตำบลบ้านเป็ด");
  g_assert_true (sj_user_db_add_snapshot (db, "file:///plan.sujarit", plan, NULL, &error));
  drafts = sj_user_db_snapshots (db, "file:///plan.sujarit", &error);
  g_assert_cmpuint (drafts->len, ==, 1);
  sj_user_db_free (db);

  /* A database of a newer Sujarit is left alone */
  db = sj_user_db_open (path, NULL, &error);
  g_assert_true (sqlite3_exec_for_test (path, "PRAGMA user_version = 99"));
  sj_user_db_free (db);
  db = sj_user_db_open (path, NULL, &error);
  g_assert_null (db);
  g_assert_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_NEWER);
  remove_tree (dir);
}

/* A damaged database is moved aside, kept whole, and a new one made; the user is told. */
static void
test_damaged (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autofree char *sub = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *recovered = NULL;
  g_autoptr (SjUserDb) db = NULL;
  g_autoptr (GDir) d = NULL;
  const char *name;
  guint aside = 0;
  static const char garbage[] = "SQLite format 3\0 this file was cut short by a full disk";

  g_mkdir_with_parents (sub, 0700);
  g_file_set_contents (path, garbage, sizeof garbage, NULL);
  db = sj_user_db_open (path, &recovered, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_nonnull (recovered);
  g_assert_nonnull (strstr (recovered, "damaged"));
  g_assert_cmpint (sj_user_db_get_version (db), ==, SJ_USER_DB_VERSION);
  d = g_dir_open (sub, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (strstr (name, ".damaged-"))
      {
        g_autofree char *kept = g_build_filename (sub, name, NULL);
        g_autofree char *content = NULL;
        gsize len;
        g_assert_true (g_file_get_contents (kept, &content, &len, NULL));
        g_assert_cmpmem (content, len, garbage, sizeof garbage);
        aside++;
      }
  g_assert_cmpuint (aside, ==, 1);
  g_assert_nonnull (strstr (recovered, ".damaged-"));
  g_clear_pointer (&db, sj_user_db_free);
  remove_tree (dir);
}

/* Every save is a draft: one snapshot per change, newest first, with its figures, and each can
 * be opened again as it was. */
static void
test_snapshots (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjUserDb) db = sj_user_db_open (path, NULL, &error);
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (GBytes) original = sj_plan_file_to_bytes (plan);
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GPtrArray) others = NULL;
  g_autoptr (SjPlan) old = NULL;
  g_autoptr (GBytes) old_bytes = NULL;
  SjSnapshot *newest, *oldest;

  g_assert_true (sj_user_db_add_snapshot (db, "file:///kalasin.sujarit", plan, NULL, &error));
  g_assert_true (sj_user_db_add_snapshot (db, "file:///kalasin.sujarit", plan, NULL, &error));
  sj_mission_remove_project_at (sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 3), 2), 1);
  g_assert_true (sj_user_db_add_snapshot (db, "file:///kalasin.sujarit", plan, "ตัดลำดับที่ 30", &error));
  g_assert_true (sj_user_db_add_snapshot (db, "file:///other.sujarit", plan, NULL, &error));
  g_assert_no_error (error);

  drafts = sj_user_db_snapshots (db, "file:///kalasin.sujarit", &error);
  g_assert_cmpuint (drafts->len, ==, 2);
  newest = drafts->pdata[0];
  oldest = drafts->pdata[1];
  g_assert_cmpuint (newest->n_projects, ==, 29);
  g_assert_cmpuint (oldest->n_projects, ==, 30);
  g_assert_cmpint (oldest->total, ==, 990000000); /* 9,900,000.00 baht in satang */
  g_assert_cmpstr (newest->comment, ==, "ตัดลำดับที่ 30");
  g_assert_nonnull (newest->saved);
  others = sj_user_db_snapshots (db, "file:///other.sujarit", &error);
  g_assert_cmpuint (others->len, ==, 1);

  old = sj_user_db_load_snapshot (db, oldest->id, &error);
  g_assert_no_error (error);
  old_bytes = sj_plan_file_to_bytes (old);
  g_assert_true (g_bytes_equal (old_bytes, original));
  g_assert_null (sj_user_db_load_snapshot (db, 12345, &error));
  g_assert_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* A comment given afterwards */
  g_assert_true (sj_user_db_set_snapshot_comment (db, oldest->id, "ร่างที่เสนอคณะกรรมการ", &error));
  g_assert_no_error (error);
  {
    g_autoptr (GPtrArray) listed = sj_user_db_snapshots (db, "file:///kalasin.sujarit", &error);
    g_assert_cmpstr (((SjSnapshot *) listed->pdata[1])->comment, ==, "ร่างที่เสนอคณะกรรมการ");
  }
  g_assert_false (sj_user_db_set_snapshot_comment (db, 12345, "x", &error));
  g_assert_error (error, SJ_USER_DB_ERROR, SJ_USER_DB_ERROR_NOT_FOUND);
  g_clear_pointer (&db, sj_user_db_free);
  remove_tree (dir);
}

/* The organisation's own library: saved from a plan, found by part of a word, saved again
 * under the same title replacing the old copy. */
static void
test_user_library (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjUserDb) db = sj_user_db_open (path, NULL, &error);
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjProject *project = sj_test_first_project (plan);
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GBytes) fragment = NULL;
  g_autoptr (SjProject) back = NULL;
  g_autofree char *part = NULL;

  g_assert_true (sj_user_db_save_project (db, project, "1.1", &error));
  g_assert_no_error (error);
  part = g_utf8_substring (sj_project_get_title (project), 10, 16);
  found = sj_user_db_projects (db, part, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((SjLibraryEntry *) found->pdata[0])->title, ==, sj_project_get_title (project));
  g_assert_cmpstr (((SjLibraryEntry *) found->pdata[0])->mission, ==, "1.1");
  g_assert_true (sj_user_db_save_project (db, project, "1.2", &error));
  again = sj_user_db_projects (db, "", &error);
  g_assert_cmpuint (again->len, ==, 1);
  g_assert_cmpstr (((SjLibraryEntry *) again->pdata[0])->mission, ==, "1.2");
  fragment = sj_user_db_project_fragment (db, ((SjLibraryEntry *) again->pdata[0])->id, &error);
  g_assert_no_error (error);
  back = sj_fragment_to_project (fragment, plan, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sj_project_get_title (back), ==, sj_project_get_title (project));
  g_clear_pointer (&db, sj_user_db_free);
  remove_tree (dir);
}

/* The comparison of two copies of a plan lists exactly the edits made to one of them. */
static void
test_diff (void)
{
  g_autoptr (SjPlan) older = sj_test_load_example ("khonkaen-2566.sujarit");
  g_autoptr (SjPlan) newer = sj_plan_copy (older);
  g_autoptr (GPtrArray) none = sj_diff_plans (older, newer);
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (SjProject) added = NULL;
  g_autoptr (SjProject) moved = NULL;
  SjMission *m11 = sj_dimension_get_mission_at (sj_plan_get_dimension_at (newer, 0), 0);
  SjMission *m12 = sj_dimension_get_mission_at (sj_plan_get_dimension_at (newer, 0), 1);
  SjProject *renamed = sj_mission_get_project_at (m11, 0);
  SjProject *edited = sj_mission_get_project_at (m11, 1);
  SjProject *budget = sj_mission_get_project_at (m11, 2);
  g_autofree char *removed_title = NULL;
  guint kinds[SJ_DIFF_TEXT + 1] = { 0 };
  gboolean saw_budget = FALSE;

  g_assert_cmpuint (none->len, ==, 0);
  sj_project_set_title (renamed, "โครงการที่เปลี่ยนชื่อแล้ว");
  {
    g_autoptr (SjRich) rationale = sj_test_rich ("หลักการและเหตุผลใหม่");
    sj_project_set_rationale (edited, rationale);
  }
  sj_project_year_set_amount (sj_project_find_year (budget, 2567), 123456);
  moved = g_object_ref (sj_mission_get_project_at (m11, 3));
  sj_mission_remove_project_at (m11, 3);
  sj_mission_append_project (m12, moved);
  removed_title = g_strdup (sj_project_get_title (sj_mission_get_project_at (m12, 0)));
  sj_mission_remove_project_at (m12, 0);
  added = sj_project_new ();
  sj_project_set_id (added, "p-new");
  sj_project_set_title (added, "โครงการใหม่ทั้งโครงการ");
  sj_mission_append_project (m12, added);
  {
    g_autoptr (SjRich) preface = sj_test_rich ("คำนำใหม่");
    sj_plan_set_preface (newer, preface);
  }

  changes = sj_diff_plans (older, newer);
  for (guint i = 0; i < changes->len; i++)
    {
      SjDiffChange *c = changes->pdata[i];
      g_autofree char *line = sj_diff_change_to_string (c);
      g_test_message ("%s", line);
      kinds[c->kind]++;
      if (c->kind == SJ_DIFF_BUDGET)
        {
          g_assert_cmpstr (c->field, ==, "2567");
          g_assert_cmpstr (c->after, ==, "1,234.56");
          saw_budget = TRUE;
        }
      if (c->kind == SJ_DIFF_REMOVED)
        g_assert_nonnull (strstr (c->what, removed_title));
      if (c->kind == SJ_DIFF_MOVED)
        {
          g_assert_cmpstr (c->before, ==, "1.1");
          g_assert_cmpstr (c->after, ==, "1.2");
        }
    }
  g_assert_cmpuint (changes->len, ==, 7);
  g_assert_cmpuint (kinds[SJ_DIFF_ADDED], ==, 1);
  g_assert_cmpuint (kinds[SJ_DIFF_REMOVED], ==, 1);
  g_assert_cmpuint (kinds[SJ_DIFF_RENAMED], ==, 1);
  g_assert_cmpuint (kinds[SJ_DIFF_MOVED], ==, 1);
  g_assert_cmpuint (kinds[SJ_DIFF_BUDGET], ==, 1);
  g_assert_cmpuint (kinds[SJ_DIFF_TEXT], ==, 2); /* the rationale, the preface */
  g_assert_true (saw_budget);
}

/* The next plan from this one: projects and texts kept, years moved on, what belongs to the
 * old plan (dates, numbers, progress) left out; a revised plan keeps its years. */
static void
test_plan_from (void)
{
  g_autoptr (SjPlan) old = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (SjPlan) next = sj_catalog_plan_from (old, TRUE);
  g_autoptr (SjPlan) revised = sj_catalog_plan_from (old, FALSE);
  g_autoptr (SjSummary) a = sj_summary_new (old);
  g_autoptr (SjSummary) b = sj_summary_new (next);
  g_autoptr (GBytes) bytes = sj_plan_file_to_bytes (next);
  g_autoptr (GPtrArray) old_findings = sj_check_plan (old);
  g_autoptr (GPtrArray) new_findings = sj_check_plan (next);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *const *lines;

  g_assert_cmpint (sj_settings_get_first_year (sj_plan_get_settings (next)), ==, 2571);
  g_assert_cmpuint (sj_summary_get_n_projects (b), ==, sj_summary_get_n_projects (a));
  for (guint y = 0; y < 5; y++)
    g_assert_cmpint (sj_summary_get_plan_totals (b)->years[y], ==, sj_summary_get_plan_totals (a)->years[y]);
  g_assert_null (strstr (text, "2566–2570"));
  g_assert_null (strstr (text, "2566 – 2570"));
  g_assert_nonnull (strstr (text, "2571"));
  g_assert_null (strstr (text, "<progress"));
  g_assert_cmpstr (sj_announcement_get_number (sj_plan_get_announcement (next)), ==, "");
  g_assert_null (sj_announcement_get_date (sj_plan_get_announcement (next)));
  g_assert_cmpuint (sj_findings_count (new_findings, SJ_SEVERITY_ERROR), <=,
                    sj_findings_count (old_findings, SJ_SEVERITY_ERROR));

  g_assert_cmpint (sj_settings_get_first_year (sj_plan_get_settings (revised)), ==, 2566);
  lines = sj_settings_get_title_lines (sj_plan_get_settings (revised));
  g_assert_cmpstr (lines[g_strv_length ((char **) lines) - 1], ==, "(ฉบับปรับปรุง)");
  g_assert_cmpstr (sj_order_get_number (sj_plan_get_order_at (revised, 0)), ==, "");
}

/* The budget table as a spreadsheet ---------------------------------------------------------- */

static void
clear_own_amounts (SjPlan *plan)
{
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    for (guint m = 0; m < sj_dimension_get_n_missions (sj_plan_get_dimension_at (plan, d)); m++)
      {
        SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, d), m);
        for (guint p = 0; p < sj_mission_get_n_projects (mission); p++)
          {
            SjProject *project = sj_mission_get_project_at (mission, p);
            if (sj_project_get_funding (project) != NULL)
              continue;
            for (guint y = 0; y < sj_project_get_n_years (project); y++)
              sj_project_year_set_amount (sj_project_get_year_at (project, y), SJ_MONEY_NONE);
          }
      }
}

/* Part 2 of each example, exported and imported into the plan with its amounts cleared, is the
 * plan again. */
static void
test_budget_round_trip (gconstpointer data)
{
  g_autoptr (SjPlan) plan = sj_test_load_example (data);
  g_autoptr (SjPlan) cleared = sj_plan_copy (plan);
  g_autofree char *csv = sj_budget_csv_export (plan);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GPtrArray) again = NULL;

  clear_own_amounts (cleared);
  g_assert_false (sj_plan_equal (cleared, plan));
  changes = sj_budget_csv_import (cleared, csv, strlen (csv), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, >, 0);
  for (guint i = 0; i < changes->len; i++)
    g_assert_cmpint (((SjDiffChange *) changes->pdata[i])->kind, ==, SJ_DIFF_BUDGET);
  g_assert_true (sj_plan_equal (cleared, plan));
  /* Imported again: nothing to change */
  again = sj_budget_csv_import (cleared, csv, strlen (csv), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
}

/* What a clerk's spreadsheet looks like: Thai headings and digits, separators, a byte-order
 * mark, CRLF, a quoted title with a comma; a dry run changes nothing; a wrong value changes
 * nothing and says where. */
static void
test_budget_import (void)
{
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  g_autoptr (GBytes) before = sj_plan_file_to_bytes (plan);
  g_autoptr (GBytes) after_dry = NULL;
  g_autoptr (GBytes) after_bad = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) dry = NULL;
  g_autoptr (GPtrArray) done = NULL;
  g_autoptr (GPtrArray) bad = NULL;
  g_autoptr (SjSummary) summary = NULL;
  const char *sheet =
    "\xef\xbb\xbfลำดับที่,ภารกิจ,ประเภท,ชื่อโครงการ,ปี ๒๕๖๖,ปี ๒๕๖๗,ปี ๒๕๖๘,ปี ๒๕๖๙,ปี ๒๕๗๐\r\n"
    "15,2.2,มาตรการ,มาตรการป้องกันผลประโยชน์ทับซ้อนของเทศบาลเมืองกาฬสินธุ์,"
    "\"๑๒๐,๐๐๐\",\"50,000\",50000,50000,50000\r\n"
    ",4.2,กิจกรรม,\"กิจกรรมอบรมสมาชิกสภา, รุ่นที่ 2\",-,\"50,000.50\",,,ไม่ใช้งบประมาณ\r\n"
    ",,,,,,,,\r\n";
  const char *wrong =
    "title,mission,2566,2567\n"
    "โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชนเทศบาลเมืองกาฬสินธุ์,,หนึ่งแสน,0\n"
    "โครงการที่ไม่มีในแผน,9.9,1,1\n"
    "โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชนเทศบาลเมืองกาฬสินธุ์,,1,100000\n";

  dry = sj_budget_csv_import (plan, sheet, strlen (sheet), TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dry->len, ==, 2);
  after_dry = sj_plan_file_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after_dry));

  done = sj_budget_csv_import (plan, sheet, strlen (sheet), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (done->len, ==, 2);
  g_assert_cmpint (((SjDiffChange *) done->pdata[0])->kind, ==, SJ_DIFF_BUDGET);
  g_assert_cmpstr (((SjDiffChange *) done->pdata[0])->after, ==, "120,000");
  g_assert_cmpint (((SjDiffChange *) done->pdata[1])->kind, ==, SJ_DIFF_ADDED);
  summary = sj_summary_new (plan);
  g_assert_cmpuint (sj_summary_get_n_projects (summary), ==, 31);
  {
    SjMission *m42 = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 3), 1);
    SjProject *added = sj_mission_get_project_at (m42, sj_mission_get_n_projects (m42) - 1);
    g_assert_cmpstr (sj_project_get_title (added), ==, "กิจกรรมอบรมสมาชิกสภา, รุ่นที่ 2");
    g_assert_cmpint (sj_project_get_project_type (added), ==, SJ_PROJECT_TYPE_ACTIVITY);
    g_assert_cmpint (sj_project_get_amount (added, 2566), ==, SJ_MONEY_NONE);
    g_assert_cmpint (sj_project_get_amount (added, 2567), ==, 5000050);
    g_assert_cmpint (sj_project_get_amount (added, 2570), ==, SJ_MONEY_NONE);
  }

  g_clear_pointer (&before, g_bytes_unref);
  before = sj_plan_file_to_bytes (plan);
  bad = sj_budget_csv_import (plan, wrong, strlen (wrong), FALSE, &error);
  g_assert_null (bad);
  g_assert_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_ROWS);
  g_assert_nonnull (strstr (error->message, "Line 2, 2566"));
  g_assert_nonnull (strstr (error->message, "หนึ่งแสน"));
  g_assert_nonnull (strstr (error->message, "Line 3"));
  g_assert_nonnull (strstr (error->message, "9.9"));
  g_assert_nonnull (strstr (error->message, "Line 4, 2566"));
  g_assert_nonnull (strstr (error->message, "funding line"));
  after_bad = sj_plan_file_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after_bad));
  g_clear_error (&error);

  g_assert_null (sj_budget_csv_import (plan, "a,b\n1,2\n", 8, FALSE, &error));
  g_assert_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_HEADER);
  g_clear_error (&error);
  g_assert_null (sj_budget_csv_import (plan, "title,2570\nx,10\n", 16, FALSE, &error));
  g_assert_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_ROWS);
  g_clear_error (&error);
  g_assert_null (sj_budget_csv_import (plan, "title,2566\n\"x,1\n", 14, FALSE, &error));
  g_assert_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_SYNTAX);
  g_clear_error (&error);
  g_assert_null (sj_budget_csv_import (plan, "title,2566\n\xff,1\n", 14, FALSE, &error));
  g_assert_error (error, SJ_BUDGET_CSV_ERROR, SJ_BUDGET_CSV_ERROR_SYNTAX);
}

static void
test_csv_parse (void)
{
  g_autoptr (GError) error = NULL;
  const char *text = "a,\"b \"\"q\"\", c\"\r\n\"multi\nline\",,x\nlast";
  g_autoptr (GPtrArray) rows = sj_csv_parse (text, strlen (text), &error);
  char **r;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  r = rows->pdata[0];
  g_assert_cmpuint (g_strv_length (r), ==, 2);
  g_assert_cmpstr (r[1], ==, "b \"q\", c");
  r = rows->pdata[1];
  g_assert_cmpuint (g_strv_length (r), ==, 3);
  g_assert_cmpstr (r[0], ==, "multi\nline");
  g_assert_cmpstr (r[1], ==, "");
  r = rows->pdata[2];
  g_assert_cmpstr (r[0], ==, "last");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/catalog/content", test_content);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *name = g_strdup_printf ("/catalog/new-plan/%s",
                                               sj_org_type_to_nick (kinds[i].type));
      g_test_add_data_func (name, &kinds[i], test_new_plan);
    }
  g_test_add_func ("/catalog/new-plan-2561", test_new_plan_2561);
  g_test_add_func ("/catalog/search", test_search);
  g_test_add_func ("/catalog/add-project", test_add_project);
  g_test_add_func ("/catalog/names", test_names);
  g_test_add_func ("/catalog/missing", test_missing_catalogue);
  g_test_add_func ("/diff/edits", test_diff);
  g_test_add_func ("/catalog/plan-from", test_plan_from);
  g_test_add_data_func ("/budget-csv/round-trip/khonkaen", "khonkaen-2566.sujarit", test_budget_round_trip);
  g_test_add_data_func ("/budget-csv/round-trip/kalasin", "kalasin-2566.sujarit", test_budget_round_trip);
  g_test_add_data_func ("/budget-csv/round-trip/nakhonsi", "nakhonsi-2566.sujarit", test_budget_round_trip);
  g_test_add_func ("/budget-csv/import", test_budget_import);
  g_test_add_func ("/budget-csv/parse", test_csv_parse);
  g_test_add_func ("/user-db/profile", test_profile);
  g_test_add_func ("/user-db/migrate-from-first", test_migrate_from_first);
  g_test_add_func ("/user-db/damaged", test_damaged);
  g_test_add_func ("/user-db/snapshots", test_snapshots);
  g_test_add_func ("/user-db/library", test_user_library);
  return g_test_run ();
}
