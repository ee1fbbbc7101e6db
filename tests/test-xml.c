/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The file format: lossless round trips, hostile files, atomic saves. */
#include "config.h"

#include "sj-plan-file.h"
#include "sj-plan-file-private.h"
#include "sj-test-util.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize len = 0;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static void
assert_bytes_equal (GBytes *a, GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  if (la != lb || memcmp (da, db, la) != 0)
    {
      gsize i = 0;
      while (i < MIN (la, lb) && da[i] == db[i])
        i++;
      g_test_message ("bytes differ at offset %" G_GSIZE_FORMAT ": …%.60s… vs …%.60s…", i,
                      da + MIN (i, la), db + MIN (i, lb));
    }
  g_assert_cmpuint (la, ==, lb);
  g_assert_true (memcmp (da, db, la) == 0);
}

/* load → save → load gives an equal model and byte-identical XML */
static void
test_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_str_has_suffix (name, "minimal.sujarit")
                            ? sj_test_data_path ("data", name, NULL)
                            : sj_test_data_path ("..", "data", "examples", name, NULL);
  g_autoptr (GBytes) original = read_bytes (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) a = sj_plan_file_load_bytes (original, name, &error);
  g_autoptr (GBytes) saved = NULL;
  g_autoptr (SjPlan) b = NULL;
  g_autoptr (GBytes) saved_again = NULL;

  g_assert_no_error (error);
  saved = sj_plan_file_to_bytes (a);
  b = sj_plan_file_load_bytes (saved, name, &error);
  g_assert_no_error (error);
  g_assert_true (sj_plan_equal (a, b));
  saved_again = sj_plan_file_to_bytes (b);
  assert_bytes_equal (saved, saved_again);
  /* The examples are kept in canonical form, so saving changes nothing at all. */
  if (!g_str_has_suffix (name, "minimal.sujarit"))
    assert_bytes_equal (original, saved);
}

static void
test_model_round_trip (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (SjPlan) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPerson) person = sj_person_new ();
  g_autoptr (SjAnnouncement) ann = sj_announcement_new ();
  SjDate date = { 2022, 9, 0 };
  guchar png[] = { 0x89, 'P', 'N', 'G', 0, 1, 2, 3, 255 };
  g_autoptr (GBytes) emblem = g_bytes_new (png, sizeof png);
  const char *lines[] = { "แผนปฏิบัติการ", "ป้องกันการทุจริต & <ความโปร่งใส> \"ทดสอบ\"", NULL };

  /* Values that need escaping, partial dates, binary data, references and quarters */
  sj_person_set_id (person, "mayor");
  sj_person_set_name (person, "นายใจดี \"มีสุข\" & <เพื่อน>");
  sj_plan_append_person (plan, person);
  sj_announcement_set_signatory (ann, person);
  sj_announcement_set_date (ann, &date);
  sj_announcement_set_title (ann, "ทดสอบ\nสองบรรทัด\tแท็บ");
  sj_announcement_set_placement (ann, SJ_PLACEMENT_APPENDIX);
  sj_plan_set_announcement (plan, ann);
  sj_organisation_set_emblem (sj_plan_get_organisation (plan), emblem);
  sj_settings_set_title_lines (sj_plan_get_settings (plan), lines);
  sj_settings_set_font_size (sj_plan_get_settings (plan), 15.5);
  sj_project_year_set_quarters (sj_project_get_year_at (sj_test_first_project (plan), 1), 0x5);
  sj_project_year_set_amount (sj_project_get_year_at (sj_test_first_project (plan), 2), 1);

  bytes = sj_plan_file_to_bytes (plan);
  back = sj_plan_file_load_bytes (bytes, "test", &error);
  g_assert_no_error (error);
  g_assert_true (sj_plan_equal (plan, back));
  g_assert_cmpstr (sj_person_get_name (sj_announcement_get_signatory (sj_plan_get_announcement (back))),
                   ==, "นายใจดี \"มีสุข\" & <เพื่อน>");
  g_assert_cmpuint (sj_project_year_get_quarters (
                      sj_project_get_year_at (sj_test_first_project (back), 1)), ==, 0x5);
  g_assert_cmpint (sj_announcement_get_date (sj_plan_get_announcement (back))->day, ==, 0);
}

typedef struct
{
  char *file;
  int code;
  char *part;
  gboolean schema; /* the whole schema refuses it too */
} BadCase;

static void
bad_case_free (gpointer data)
{
  BadCase *c = data;
  g_free (c->file);
  g_free (c->part);
  g_free (c);
}

static int
code_from_name (const char *name)
{
  static const char *const names[] = { "too-large", "malformed", "forbidden", "not-a-plan",
                                       "version",   "invalid",   "content" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i], name) == 0)
      return i;
  g_error ("unknown error name %s", name);
}

static void
test_bad_file (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *path = sj_test_data_path ("data", "bad", c->file, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = sj_plan_file_load (file, NULL, &error);

  g_assert_null (plan);
  g_assert_nonnull (error);
  g_test_message ("%s: %s", c->file, error->message);
  g_assert_error (error, SJ_PLAN_FILE_ERROR, c->code);
  g_assert_nonnull (strstr (error->message, c->part));
  g_assert_nonnull (strstr (error->message, c->file)); /* the message names the file */
  /* validate refuses what loading refuses, with the same message */
  {
    g_autoptr (GError) invalid = NULL;
    g_assert_false (sj_plan_file_validate (file, NULL, &invalid));
    g_assert_nonnull (invalid);
    g_assert_error (invalid, SJ_PLAN_FILE_ERROR, c->code);
    g_assert_cmpstr (invalid->message, ==, error->message);
  }
  /* and the whole schema, as other tools see the format, refuses it too */
  if (c->schema)
    {
      g_autoptr (GError) invalid = NULL;
      g_autoptr (GBytes) bytes = NULL;
      g_autofree char *contents = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
      g_assert_false (sj_plan_file_validate_schema_bytes (bytes, c->file, &invalid));
      g_assert_error (invalid, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_INVALID);
    }
}

static GPtrArray *
read_bad_cases (void)
{
  g_autofree char *path = sj_test_data_path ("data", "bad", "expected.txt", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func (bad_case_free);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) f = NULL;
      BadCase *c;
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", 4);
      g_assert_cmpuint (g_strv_length (f), >=, 3);
      c = g_new0 (BadCase, 1);
      c->file = g_strdup (f[0]);
      c->code = code_from_name (f[1]);
      c->part = g_strdup (f[2]);
      c->schema = f[3] != NULL && strcmp (f[3], "schema") == 0;
      g_assert_true (f[3] == NULL || c->schema);
      g_ptr_array_add (cases, c);
    }
  return cases;
}

/* Every file in tests/data/bad/ has an expectation, so none is forgotten. */
static void
test_bad_corpus_complete (void)
{
  g_autofree char *dir = sj_test_data_path ("data", "bad", NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *expected_path = sj_test_data_path ("data", "bad", "expected.txt", NULL);
  g_autofree char *expected = NULL;
  const char *name;
  guint n = 0;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *line_start = g_strconcat ("\n", name, "\t", NULL);
      if (!g_str_has_suffix (name, ".sujarit"))
        continue;
      n++;
      g_assert_nonnull (strstr (expected, line_start));
    }
  g_assert_cmpuint (n, >=, 20);
}

static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = NULL;
  FILE *f = fopen (path, "w");

  /* A sparse file one byte over the limit: refused before it is parsed. */
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), SJ_PLAN_FILE_MAX_SIZE + 1), ==, 0);
  fclose (f);
  plan = sj_plan_file_load (file, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_TOO_LARGE);
  g_unlink (path);
  g_rmdir (dir);
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;
  while (g_dir_read_name (d))
    n++;
  return n;
}

static void
test_save_and_backup (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autofree char *backup_path = g_strconcat (path, ".bak", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) back = NULL;
  g_autoptr (GBytes) first = NULL;
  g_autoptr (GBytes) backup = NULL;

  g_assert_true (sj_plan_file_save (plan, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
  first = read_bytes (path);

  sj_project_set_title (sj_test_first_project (plan), "ชื่อใหม่");
  g_assert_true (sj_plan_file_save (plan, file, NULL, &error));
  g_assert_no_error (error);
  backup = read_bytes (backup_path);
  assert_bytes_equal (first, backup); /* the previous version is kept */
  back = sj_plan_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sj_project_get_title (sj_test_first_project (back)), ==, "ชื่อใหม่");
  g_assert_cmpuint (count_files (dir), ==, 2); /* no temporary file left behind */

  g_unlink (path);
  g_unlink (backup_path);
  g_rmdir (dir);
}

/* A plan that could not be read back is never written over a good file. */
static void
test_save_refuses_unwritable_values (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;

  g_assert_true (sj_plan_file_save (plan, file, NULL, &error));
  before = read_bytes (path);
  sj_unit_set_id (sj_project_get_unit (sj_test_first_project (plan)), "not an id!");
  g_assert_false (sj_plan_file_save (plan, file, NULL, &error));
  g_assert_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_CONTENT);
  after = read_bytes (path);
  assert_bytes_equal (before, after);
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_unlink (path);
  g_rmdir (dir);
}

/* A full disk, simulated with a file size limit (works even as root), leaves the original. */
static void
test_save_full_disk (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (SjPlan) small = sj_test_make_clean_plan ();
      g_autoptr (SjPlan) big = sj_test_load_example ("khonkaen-2566.sujarit");
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) before = NULL;
      g_autoptr (GBytes) after = NULL;
      struct rlimit limit = { 64 * 1024, 64 * 1024 };

      g_assert_true (sj_plan_file_save (small, file, NULL, &error));
      before = read_bytes (path);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (sj_plan_file_save (big, file, NULL, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      after = read_bytes (path);
      assert_bytes_equal (before, after);
      g_assert_cmpuint (count_files (dir), ==, 1);
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Saves @plan to dir/plan.sujarit and returns the bytes written. */
static GBytes *
save_to (SjPlan *plan, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (sj_plan_file_save (plan, file, NULL, &error));
  g_assert_no_error (error);
  return read_bytes (path);
}

static void
remove_tree (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* The backup of a file that had none is made whole or not at all. It used to be copied straight
 * onto its name, so a write error (or a kill) in the middle left a truncated backup. Here the
 * file size limit lets the small new plan be written but not a copy of the large old one. */
static void
test_save_backup_atomic (gconstpointer data)
{
  gboolean by_copy = GPOINTER_TO_INT (data);

  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
      g_autofree char *backup_path = g_strconcat (path, ".bak", NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (SjPlan) big = sj_test_load_example ("khonkaen-2566.sujarit");
      g_autoptr (SjPlan) small = sj_test_make_clean_plan ();
      g_autoptr (GBytes) original = save_to (big, path);
      g_autoptr (GBytes) small_bytes = sj_plan_file_serialize (small, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) after = NULL;
      struct rlimit limit;
      gboolean ok;

      g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (g_bytes_get_size (small_bytes) * 2, <, g_bytes_get_size (original));
      limit.rlim_cur = limit.rlim_max = g_bytes_get_size (original) / 2;
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      ok = sj_plan_file_write_bytes_full (small_bytes, file,
                                          SJ_SAVE_BACKUP | (by_copy ? SJ_SAVE_BACKUP_BY_COPY : 0),
                                          NULL, &error);
      if (by_copy)
        {
          /* The copy cannot be written: the save fails and leaves things as they were. */
          g_assert_false (ok);
          g_test_message ("%s", error->message);
          g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
          after = read_bytes (path);
          assert_bytes_equal (original, after);
          g_assert_cmpuint (count_files (dir), ==, 1);
        }
      else
        {
          /* A hard link writes no data: the save succeeds and the backup is the whole file. */
          g_autoptr (GBytes) backup = NULL;
          g_assert_no_error (error);
          g_assert_true (ok);
          backup = read_bytes (backup_path);
          assert_bytes_equal (original, backup);
          after = read_bytes (path);
          assert_bytes_equal (small_bytes, after);
          g_assert_cmpuint (count_files (dir), ==, 2);
        }
      remove_tree (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Where there are no hard links the backup is a synced copy renamed into place. */
static void
test_save_backup_by_copy (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autofree char *backup_path = g_strconcat (path, ".bak", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GBytes) first = save_to (plan, path);
  g_autoptr (GBytes) second = NULL;
  g_autoptr (GBytes) backup = NULL;
  g_autoptr (GError) error = NULL;
  GStatBuf a, b;

  sj_project_set_title (sj_test_first_project (plan), "ชื่อใหม่");
  second = sj_plan_file_serialize (plan, NULL);
  g_assert_true (sj_plan_file_write_bytes_full (second, file,
                                                SJ_SAVE_BACKUP | SJ_SAVE_BACKUP_BY_COPY, NULL,
                                                &error));
  g_assert_no_error (error);
  backup = read_bytes (backup_path);
  assert_bytes_equal (first, backup);
  g_assert_cmpint (g_stat (path, &a), ==, 0);
  g_assert_cmpint (g_stat (backup_path, &b), ==, 0);
  g_assert_cmpint (a.st_mode & 0777, ==, b.st_mode & 0777);
  g_assert_cmpuint (count_files (dir), ==, 2);
  remove_tree (dir);
}

/* Temporary files left by a killed save are recognisable and removed by the next save of the
 * same file; those of a process still running, and of other files, are left alone. */
static void
test_save_removes_stale_temporaries (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GBytes) first = save_to (plan, path);
  g_autoptr (GBytes) second = NULL;
  pid_t dead = fork ();
  int status;
  char *stale[2];
  char *kept[3];

  if (dead == 0)
    _exit (0);
  g_assert_cmpint (waitpid (dead, &status, 0), ==, dead);
  stale[0] = g_strdup_printf ("%s/.plan.sujarit.save-%d-AbC123", dir, (int) dead);
  stale[1] = g_strdup_printf ("%s/.plan.sujarit.bak-%d-00ff00", dir, (int) dead);
  kept[0] = g_strdup_printf ("%s/.plan.sujarit.save-1-AbC123", dir); /* init is alive */
  kept[1] = g_strdup_printf ("%s/.other.sujarit.save-%d-AbC123", dir, (int) dead);
  kept[2] = g_strdup_printf ("%s/plan.sujarit.save-%d-AbC123", dir, (int) dead);
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    g_assert_true (g_file_set_contents (stale[i], "<plan", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_assert_true (g_file_set_contents (kept[i], "<plan", -1, NULL));
  g_assert_cmpuint (count_files (dir), ==, 1 + G_N_ELEMENTS (stale) + G_N_ELEMENTS (kept));
  second = save_to (plan, path);
  /* the plan, its backup and the files that are not stale temporaries of this plan */
  g_assert_cmpuint (count_files (dir), ==, 2 + G_N_ELEMENTS (kept));
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    g_assert_false (g_file_test (stale[i], G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_assert_true (g_file_test (kept[i], G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    g_free (stale[i]);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_free (kept[i]);
  remove_tree (dir);
}

/* Saving through a symbolic link writes the file it points to and keeps the link. */
static void
test_save_through_symlink (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "real", NULL);
  g_autofree char *real = g_build_filename (sub, "plan.sujarit", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.sujarit", NULL);
  g_autofree char *dangling = g_build_filename (dir, "new.sujarit", NULL);
  g_autofree char *dangling_target = g_build_filename (sub, "new-target.sujarit", NULL);
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GBytes) first = NULL;
  g_autoptr (GBytes) second = NULL;
  g_autoptr (GBytes) now = NULL;
  g_autoptr (GBytes) backup = NULL;
  g_autofree char *backup_path = g_strconcat (real, ".bak", NULL);
  GStatBuf st;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  first = save_to (plan, real);
  g_assert_cmpint (symlink ("real/plan.sujarit", link_path), ==, 0);
  sj_project_set_title (sj_test_first_project (plan), "ชื่อใหม่");
  second = save_to (plan, link_path);
  g_assert_cmpint (g_lstat (link_path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode)); /* still a link */
  now = read_bytes (real);
  assert_bytes_equal (second, now); /* the real file has the new content */
  backup = read_bytes (backup_path);
  assert_bytes_equal (first, backup); /* its backup is beside it */

  /* A link to a file that does not exist yet creates the file it points to. */
  g_assert_cmpint (symlink (dangling_target, dangling), ==, 0);
  g_clear_pointer (&now, g_bytes_unref);
  g_clear_pointer (&second, g_bytes_unref);
  second = save_to (plan, dangling);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  now = read_bytes (dangling_target);
  assert_bytes_equal (second, now);

  g_unlink (link_path);
  g_unlink (dangling);
  remove_tree (sub);
  remove_tree (dir);
}

/* A FIFO where the plan or its backup should be is refused at once, not waited on forever; the
 * loader refuses to read one too. */
static void
test_save_refuses_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autofree char *backup_path = g_strconcat (path, ".bak", NULL);
  g_autofree char *fifo_path = g_build_filename (dir, "fifo.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GBytes) first = save_to (plan, path);
  g_autoptr (GBytes) after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) loaded = NULL;

  g_assert_cmpint (mkfifo (backup_path, 0644), ==, 0);
  sj_project_set_title (sj_test_first_project (plan), "ชื่อใหม่");
  g_assert_false (sj_plan_file_save (plan, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_test_message ("%s", error->message);
  after = read_bytes (path);
  assert_bytes_equal (first, after);
  g_assert_cmpuint (count_files (dir), ==, 2);
  g_clear_error (&error);

  g_assert_cmpint (mkfifo (fifo_path, 0644), ==, 0);
  g_assert_false (sj_plan_file_save (plan, fifo, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  loaded = sj_plan_file_load (fifo, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  remove_tree (dir);
}

/* Saving and loading agree on the largest plan: saving refuses, with the loader's message, a plan
 * the loader would refuse. (The bytes are never touched: calloc'ed pages cost nothing.) */
static void
test_save_load_limit_agree (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GBytes) huge = g_bytes_new_take (g_malloc0 (SJ_PLAN_FILE_MAX_SIZE + 1),
                                              SJ_PLAN_FILE_MAX_SIZE + 1);
  g_autoptr (GError) save_error = NULL;
  g_autoptr (GError) load_error = NULL;
  g_autoptr (SjPlan) loaded = NULL;

  g_assert_false (sj_plan_file_write_bytes (huge, file, TRUE, NULL, &save_error));
  g_assert_error (save_error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_TOO_LARGE);
  loaded = sj_plan_file_load_bytes (huge, "plan.sujarit", &load_error);
  g_assert_null (loaded);
  g_assert_error (load_error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_TOO_LARGE);
  g_assert_cmpstr (save_error->message, ==, load_error->message);
  g_assert_cmpuint (count_files (dir), ==, 0);
  remove_tree (dir);
}

/* A reference to an object that is no longer in the plan is refused by the writer, as by the
 * reader: it used to be written, and the file could not be opened again. */
static void
test_save_refuses_dangling_reference (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (SjRiskStep) step = sj_risk_step_new ();
  g_autoptr (SjRiskMeasure) measure = sj_risk_measure_new ();
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  SjMission *mission = sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, 0), 0);

  sj_risk_measure_set_project (measure, sj_test_first_project (plan));
  sj_risk_measure_set_text (measure, "มาตรการ");
  sj_risk_step_append_measure (step, measure);
  sj_plan_append_risk_step (plan, step);
  bytes = sj_plan_file_serialize (plan, &error);
  g_assert_no_error (error);
  g_clear_pointer (&bytes, g_bytes_unref);

  sj_mission_remove_project_at (mission, 0);
  bytes = sj_plan_file_serialize (plan, &error);
  g_assert_null (bytes);
  g_assert_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_CONTENT);
  g_assert_nonnull (strstr (error->message, "p1"));
}

/* Two objects of a kind with one id are refused by the writer, as by the reader. */
static void
test_save_refuses_duplicate_id (void)
{
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (SjUnit) unit = sj_unit_new ();
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;

  sj_unit_set_id (unit, "u1");
  sj_plan_append_unit (plan, unit);
  bytes = sj_plan_file_serialize (plan, &error);
  g_assert_null (bytes);
  g_assert_error (error, SJ_PLAN_FILE_ERROR, SJ_PLAN_FILE_ERROR_CONTENT);
}

/* A really full file system (a 256 KB tmpfs in a private mount namespace, where the platform
 * allows it: as root with unshare): the original and its backup stay intact, no debris. */
static void
test_save_full_tmpfs (void)
{
  const char *inner = g_getenv ("SJ_TEST_TMPFS");
  g_autofree char *dir = NULL;
  g_autofree char *script = NULL;
  g_autofree char *unshare = g_find_program_in_path ("unshare");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  if (inner != NULL)
    {
      g_autofree char *path = g_build_filename (inner, "plan.sujarit", NULL);
      g_autofree char *backup_path = g_strconcat (path, ".bak", NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (SjPlan) small = sj_test_make_clean_plan ();
      g_autoptr (SjPlan) big = sj_test_load_example ("khonkaen-2566.sujarit");
      g_autoptr (GBytes) first = save_to (small, path);
      g_autoptr (GBytes) second = NULL;
      g_autoptr (GBytes) after = NULL;
      g_autoptr (GBytes) backup = NULL;
      g_autoptr (GError) error = NULL;

      sj_project_set_title (sj_test_first_project (small), "ชื่อใหม่");
      second = save_to (small, path);
      g_assert_false (sj_plan_file_save (big, file, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_test_message ("%s", error->message);
      after = read_bytes (path);
      assert_bytes_equal (second, after);
      backup = read_bytes (backup_path);
      assert_bytes_equal (first, backup);
      g_assert_cmpuint (count_files (inner), ==, 2);
      return;
    }
  if (geteuid () != 0 || unshare == NULL)
    {
      g_test_skip ("needs root and unshare to mount a small tmpfs");
      return;
    }
  dir = g_dir_make_tmp ("sujarit-tmpfs-XXXXXX", NULL);
  script = g_strdup_printf ("mount -t tmpfs -o size=256k tmpfs '%s' || exit 77; "
                            "SJ_TEST_TMPFS='%s' '%s' -p /xml/save/full-tmpfs; r=$?; "
                            "umount '%s'; exit $r",
                            dir, dir, g_test_get_filename (G_TEST_BUILT, "test-xml", NULL), dir);
  {
    const char *argv[] = { unshare, "-m", "sh", "-c", script, NULL };
    g_autoptr (GError) error = NULL;
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, &status, &error));
    g_assert_no_error (error);
  }
  g_rmdir (dir);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("this system does not allow mounting a tmpfs");
      return;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("%s\n%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer data)
{
  SjPlan **out = data;
  g_autoptr (GError) error = NULL;
  *out = sj_plan_file_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer data)
{
  gboolean *done = data;
  g_autoptr (GError) error = NULL;
  g_assert_true (sj_plan_file_save_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (SjPlan) plan = sj_test_load_example ("kalasin-2566.sujarit");
  SjPlan *loaded = NULL;
  gboolean saved = FALSE;

  sj_plan_file_save_async (plan, file, NULL, on_saved, &saved);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  sj_plan_file_load_async (file, NULL, on_loaded, &loaded);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (sj_plan_equal (plan, loaded));
  g_object_unref (loaded);
  g_unlink (path);
  g_rmdir (dir);
}

/* A plan of format version 1 opens, and saved it is the version 2 plan (the examples are kept in
 * version 2; tests/data/v1 holds them as version 1 wrote them). */
static void
test_version_1 (gconstpointer data)
{
  const char *name = data;
  g_autofree char *v1_path = sj_test_data_path ("data", "v1", name, NULL);
  g_autofree char *v2_path = sj_test_data_path ("..", "data", "examples", name, NULL);
  g_autoptr (GBytes) v1 = read_bytes (v1_path);
  g_autoptr (GBytes) v2 = read_bytes (v2_path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = sj_plan_file_load_bytes (v1, name, &error);
  g_autoptr (GBytes) saved = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (v1, NULL), "version=\"1\""));
  g_assert_true (sj_plan_file_validate_bytes (v1, name, &error));
  g_assert_no_error (error);
  /* A setting that came after version 2's first release, which an example sets */
  {
    g_autoptr (SjPlan) example = sj_plan_file_load_bytes (v2, name, &error);
    g_assert_no_error (error);
    sj_settings_set_no_budget (sj_plan_get_settings (plan),
                               sj_settings_get_no_budget (sj_plan_get_settings (example)));
  }
  saved = sj_plan_file_to_bytes (plan);
  assert_bytes_equal (v2, saved);
}

/* data/sujarit-1.rng documents the format; it must be the schema the program validates with. */
static void
test_schema_is_documented (void)
{
  g_autofree char *path = sj_test_data_path ("..", "data", "sujarit-1.rng", NULL);
  g_autoptr (GBytes) committed = read_bytes (path);
  g_autoptr (GBytes) built = sj_plan_file_get_schema ();

  if (!g_bytes_equal (committed, built))
    g_test_message ("data/sujarit-1.rng is out of date: run ninja -C build update-format-docs");
  assert_bytes_equal (committed, built);
}

int
main (int argc, char **argv)
{
  static const char *const examples[] = { "khonkaen-2566.sujarit", "kalasin-2566.sujarit",
                                          "nakhonsi-2566.sujarit", "minimal.sujarit" };
  g_autoptr (GPtrArray) bad = NULL;

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *name = g_strdup_printf ("/xml/round-trip/%s", examples[i]);
      g_test_add_data_func (name, examples[i], test_round_trip);
    }
  g_test_add_func ("/xml/round-trip/model", test_model_round_trip);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("/xml/version-1/%s", examples[i]);
      g_test_add_data_func (name, examples[i], test_version_1);
    }
  bad = read_bad_cases ();
  for (guint i = 0; i < bad->len; i++)
    {
      BadCase *c = g_ptr_array_index (bad, i);
      g_autofree char *name = g_strdup_printf ("/xml/bad/%s", c->file);
      g_test_add_data_func (name, c, test_bad_file);
    }
  g_test_add_func ("/xml/bad-corpus-complete", test_bad_corpus_complete);
  g_test_add_func ("/xml/too-large", test_too_large);
  g_test_add_func ("/xml/save/backup", test_save_and_backup);
  g_test_add_func ("/xml/save/refuses-unwritable-values", test_save_refuses_unwritable_values);
  g_test_add_func ("/xml/save/full-disk", test_save_full_disk);
  g_test_add_func ("/xml/save/full-tmpfs", test_save_full_tmpfs);
  g_test_add_data_func ("/xml/save/backup-atomic/link", GINT_TO_POINTER (FALSE),
                        test_save_backup_atomic);
  g_test_add_data_func ("/xml/save/backup-atomic/copy", GINT_TO_POINTER (TRUE),
                        test_save_backup_atomic);
  g_test_add_func ("/xml/save/backup-by-copy", test_save_backup_by_copy);
  g_test_add_func ("/xml/save/stale-temporaries", test_save_removes_stale_temporaries);
  g_test_add_func ("/xml/save/symlink", test_save_through_symlink);
  g_test_add_func ("/xml/save/fifo", test_save_refuses_fifo);
  g_test_add_func ("/xml/save/limit-agrees-with-load", test_save_load_limit_agree);
  g_test_add_func ("/xml/save/dangling-reference", test_save_refuses_dangling_reference);
  g_test_add_func ("/xml/save/duplicate-id", test_save_refuses_duplicate_id);
  g_test_add_func ("/xml/async", test_async);
  g_test_add_func ("/xml/schema-is-documented", test_schema_is_documented);

  return g_test_run ();
}
