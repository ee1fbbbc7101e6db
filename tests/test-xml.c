/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The file format: lossless round trips, hostile files, atomic saves. */
#include "config.h"

#include "sj-plan-file.h"
#include "sj-test-util.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
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
  if (c->schema)
    {
      g_autoptr (GError) invalid = NULL;
      g_assert_false (sj_plan_file_validate (file, NULL, &invalid));
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
  g_test_add_func ("/xml/async", test_async);
  g_test_add_func ("/xml/schema-is-documented", test_schema_is_documented);

  return g_test_run ();
}
