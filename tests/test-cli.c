/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sujarit-cli as a user runs it: figures, findings, exit statuses and messages. */
#include "config.h"

#include "sj-plan-file.h"
#include "sj-test-util.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run *r, const char *const *envp_extra, ...)
{
  const char *cli = g_getenv ("SUJARIT_CLI");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  va_list args;
  const char *arg;
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, envp_extra);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  for (guint i = 0; envp_extra && envp_extra[i]; i += 2)
    envp = g_environ_setenv (envp, envp_extra[i], envp_extra[i + 1], TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &r->out, &r->err,
                &wait_status, &error);
  g_assert_no_error (error);
  if (g_spawn_check_wait_status (wait_status, &error))
    r->status = 0;
  else
    r->status = error->domain == G_SPAWN_EXIT_ERROR ? error->code : -1;
}

static char *
example (const char *name)
{
  return sj_test_data_path ("..", "data", "examples", name, NULL);
}

static const struct
{
  const char *file;
  const char *csv;
} summaries[] = {
  { "khonkaen-2566.sujarit",
    "dimension,projects,type-project,type-measure,type-activity,2566,2567,2568,2569,2570,whole-period\n"
    "1,11,11,0,0,10251748,10251748,10251748,10251748,10251748,51258740\n"
    "2,24,11,8,5,316800,316800,316800,316800,316800,1584000\n"
    "3,14,10,0,4,13227400,13227400,13227400,13227400,13227400,66137000\n"
    "4,7,3,3,1,828000,828000,828000,828000,828000,4140000\n"
    "total,56,35,11,10,24623948,24623948,24623948,24623948,24623948,123119740\n" },
  { "kalasin-2566.sujarit",
    "dimension,projects,type-project,type-measure,type-activity,2566,2567,2568,2569,2570,whole-period\n"
    "1,9,8,1,0,1330000,1330000,1330000,1330000,1330000,6650000\n"
    "2,11,3,7,1,80000,80000,80000,80000,80000,400000\n"
    "3,4,2,1,1,570000,570000,570000,570000,570000,2850000\n"
    "4,6,1,3,2,0,0,0,0,0,0\n"
    "total,30,14,12,4,1980000,1980000,1980000,1980000,1980000,9900000\n" },
  { "nakhonsi-2566.sujarit",
    "dimension,projects,type-project,type-measure,type-activity,2566,2567,2568,2569,2570,whole-period\n"
    "1,13,11,1,1,460000,460000,460000,460000,460000,2300000\n"
    "2,23,9,9,5,110000,110000,110000,110000,110000,550000\n"
    "3,5,2,1,2,150000,150000,150000,150000,150000,750000\n"
    "4,6,1,3,2,30000,30000,30000,30000,30000,150000\n"
    "total,47,23,14,10,750000,750000,750000,750000,750000,3750000\n" },
};

static void
test_summary_csv (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *path = example (summaries[i].file);
  g_auto (Run) r = { 0 };

  run_cli (&r, NULL, "summary", "--csv", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, summaries[i].csv);
  g_assert_cmpstr (r.err, ==, "");
}

static void
test_summary_table (void)
{
  g_autofree char *path = example ("khonkaen-2566.sujarit");
  g_auto (Run) r = { 0 };

  run_cli (&r, NULL, "summary", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "เทศบาลนครขอนแก่น"));
  g_assert_nonnull (strstr (r.out, "24,623,948"));
  g_assert_nonnull (strstr (r.out, "123,119,740"));
  g_assert_nonnull (strstr (r.out, "จำนวน 35 โครงการ 11 มาตรการ 10 กิจกรรม"));
  g_assert_nonnull (strstr (r.out, "2: จำนวน 11 โครงการ 8 มาตรการ 5 กิจกรรม"));
}

static void
test_check (void)
{
  g_autofree char *path = example ("khonkaen-2566.sujarit");
  g_auto (Run) r = { 0 };
  g_auto (Run) th = { 0 };
  const char *thai[] = { "LANGUAGE", "th", NULL };

  run_cli (&r, NULL, "check", path, NULL);
  g_assert_cmpint (r.status, ==, 1); /* the plan has errors: S11, OCR leftovers … */
  g_assert_nonnull (strstr (r.out, "error [swot-undefined-code] Strategy 5: Strategy 5 cites S11"));
  g_assert_nonnull (strstr (r.out, "hint [risk-measure-unlinked]"));
  g_assert_nonnull (strstr (r.out, "5 errors, 14 warnings, 1 hints"));

  run_cli (&th, thai, "check", "--errors-only", path, NULL);
  g_assert_cmpint (th.status, ==, 1);
  g_assert_nonnull (strstr (th.out, "อ้างถึง S11 ซึ่งไม่มีในตารางวิเคราะห์สภาพแวดล้อม"));
  g_assert_null (strstr (th.out, "[risk-measure-unlinked]"));
  g_assert_nonnull (strstr (th.out, "กลยุทธ์ที่ 5"));
}

/* check --format json: one object, each finding with its rule, severity, message and path. */
static void
test_check_json (void)
{
  g_autofree char *path = example ("khonkaen-2566.sujarit");
  g_auto (Run) r = { 0 };
  g_auto (Run) bad = { 0 };

  run_cli (&r, NULL, "check", "--format", "json", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.out, "{\"file\": \""));
  g_assert_nonnull (strstr (r.out, "\"errors\": 5, \"warnings\": 14, \"hints\": 1, \"findings\": ["));
  g_assert_nonnull (strstr (r.out, "{\"rule\": \"swot-undefined-code\", \"severity\": \"error\", "
                                   "\"message\": \"Strategy 5 cites S11, which is not defined in the "
                                   "SWOT tables\""));
  g_assert_nonnull (strstr (r.out, "\"path\": \"strategies[5]/codes\"}"));
  g_assert_nonnull (strstr (r.out, "\"severity\": \"hint\""));
  g_assert_true (g_str_has_suffix (r.out, "\n]}\n"));
  /* Every opening brace is closed, every string ends: a rough structural check */
  {
    int depth = 0;
    gboolean in_string = FALSE;
    for (const char *p = r.out; *p; p++)
      {
        if (in_string)
          {
            if (*p == '\\')
              p++;
            else if (*p == '"')
              in_string = FALSE;
            continue;
          }
        if (*p == '"')
          in_string = TRUE;
        else if (*p == '{' || *p == '[')
          depth++;
        else if (*p == '}' || *p == ']')
          depth--;
        g_assert_cmpint (depth, >=, 0);
      }
    g_assert_false (in_string);
    g_assert_cmpint (depth, ==, 0);
  }
  run_cli (&bad, NULL, "check", "--format", "yaml", path, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "--format must be text or json"));
}

static void
test_check_clean (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "clean.sujarit", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (SjPlan) plan = sj_test_make_clean_plan ();
  g_autoptr (GError) error = NULL;
  g_auto (Run) r = { 0 };

  g_assert_true (sj_plan_file_save (plan, file, NULL, &error));
  run_cli (&r, NULL, "check", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "0 errors, 0 warnings, 0 hints"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_validate (void)
{
  g_autofree char *good = example ("nakhonsi-2566.sujarit");
  g_autofree char *bad = sj_test_data_path ("data", "bad", "unknown-element.sujarit", NULL);
  g_auto (Run) r1 = { 0 };
  g_auto (Run) r2 = { 0 };

  run_cli (&r1, NULL, "validate", good, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_nonnull (strstr (r1.out, "valid"));
  run_cli (&r2, NULL, "validate", bad, NULL);
  g_assert_cmpint (r2.status, ==, 2);
  g_assert_nonnull (strstr (r2.err, "line 3, <colour>"));
}

static void
test_bad_input (void)
{
  g_autofree char *hostile = sj_test_data_path ("data", "bad", "billion-laughs.sujarit", NULL);
  g_auto (Run) missing = { 0 };
  g_auto (Run) laughs = { 0 };
  g_auto (Run) no_args = { 0 };
  g_auto (Run) two_plans = { 0 };
  g_auto (Run) unknown = { 0 };
  g_auto (Run) option = { 0 };
  g_auto (Run) encoding = { 0 };
  g_autofree char *wrong_encoding = sj_test_data_path ("data", "bad", "wrong-encoding.sujarit", NULL);

  run_cli (&missing, NULL, "summary", "/nonexistent/plan.sujarit", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "sujarit-cli:"));
  g_assert_cmpstr (missing.out, ==, "");
  run_cli (&laughs, NULL, "check", hostile, NULL);
  g_assert_cmpint (laughs.status, ==, 2);
  g_assert_nonnull (strstr (laughs.err, "refused for safety"));
  /* A wrong declared encoding: one clear line naming the file, none of libxml2's noise */
  run_cli (&encoding, NULL, "check", wrong_encoding, NULL);
  g_assert_cmpint (encoding.status, ==, 2);
  g_assert_nonnull (strstr (encoding.err, "wrong-encoding.sujarit: the file declares the encoding"));
  g_assert_null (strstr (encoding.err, "encoding error"));
  g_assert_cmpint (strchr (encoding.err, '\n') - encoding.err, ==, (int) strlen (encoding.err) - 1);
  run_cli (&no_args, NULL, NULL);
  g_assert_cmpint (no_args.status, ==, 2);
  g_assert_nonnull (strstr (no_args.err, "Usage"));
  run_cli (&two_plans, NULL, "summary", "a", "b", NULL);
  g_assert_cmpint (two_plans.status, ==, 2);
  run_cli (&unknown, NULL, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
  run_cli (&option, NULL, "summary", "--no-such-option", "x", NULL);
  g_assert_cmpint (option.status, ==, 2);
}

static void
test_help_version (void)
{
  g_auto (Run) help = { 0 };
  g_auto (Run) version = { 0 };
  g_auto (Run) command_help = { 0 };

  run_cli (&help, NULL, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "summary"));
  g_assert_nonnull (strstr (help.out, "check"));
  run_cli (&version, NULL, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "sujarit-cli " PACKAGE_VERSION));
  run_cli (&command_help, NULL, "summary", "--help", NULL);
  g_assert_cmpint (command_help.status, ==, 0);
  g_assert_nonnull (strstr (command_help.out, "--csv"));
}

static void
test_normalize (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "out.sujarit", NULL);
  g_autofree char *src = sj_test_data_path ("data", "minimal.sujarit", NULL);
  g_auto (Run) r = { 0 };

  run_cli (&r, NULL, "normalize", "-o", out, src, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  g_unlink (out);
  g_rmdir (dir);
}

static void
test_export_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "kalasin.pdf", NULL);
  g_autofree char *plan = example ("kalasin-2566.sujarit");
  g_autofree char *hostile = sj_test_data_path ("data", "bad", "truncated.sujarit", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "no", "such", "folder", "out.pdf", NULL);
  g_autofree char *bad_pdf = g_build_filename (dir, "bad.pdf", NULL);
  g_auto (Run) ok = { 0 };
  g_auto (Run) digits = { 0 };
  g_auto (Run) parts = { 0 };
  g_auto (Run) folder = { 0 };
  g_auto (Run) broken = { 0 };
  g_auto (Run) only = { 0 };

  run_cli (&ok, NULL, "export-pdf", plan, pdf, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.out, "82 pages"));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  run_cli (&only, NULL, "export-pdf", "--parts", "cover,part2", "--digits", "arabic", plan, pdf,
           NULL);
  g_assert_cmpint (only.status, ==, 0);
  g_assert_cmpstr (only.err, ==, ""); /* nothing prints as a box */

  /* A character no typeface has: exported, with a warning naming it */
  {
    g_autofree char *contents = NULL;
    g_autofree char *boxed = g_build_filename (dir, "boxed.sujarit", NULL);
    g_auto (GStrv) halves = NULL;
    g_autofree char *joined = NULL;
    g_auto (Run) box = { 0 };
    g_assert_true (g_file_get_contents (plan, &contents, NULL, NULL));
    halves = g_strsplit (contents, "</title-line>", 2);
    g_assert_nonnull (halves[1]);
    joined = g_strconcat (halves[0], "&#xE8E8;</title-line>", halves[1], NULL);
    g_assert_true (g_file_set_contents (boxed, joined, -1, NULL));
    run_cli (&box, NULL, "export-pdf", boxed, pdf, NULL);
    g_assert_cmpint (box.status, ==, 0);
    g_assert_nonnull (strstr (box.err, "U+E8E8"));
    g_unlink (boxed);
  }

  run_cli (&digits, NULL, "export-pdf", "--digits", "roman", plan, bad_pdf, NULL);
  g_assert_cmpint (digits.status, ==, 2);
  g_assert_nonnull (strstr (digits.err, "roman"));
  run_cli (&parts, NULL, "export-pdf", "--parts", "cover,chapter9", plan, bad_pdf, NULL);
  g_assert_cmpint (parts.status, ==, 2);
  g_assert_nonnull (strstr (parts.err, "chapter9"));
  run_cli (&broken, NULL, "export-pdf", hostile, bad_pdf, NULL);
  g_assert_cmpint (broken.status, ==, 2);
  g_assert_false (g_file_test (bad_pdf, G_FILE_TEST_EXISTS));
  run_cli (&folder, NULL, "export-pdf", plan, missing_dir, NULL);
  g_assert_cmpint (folder.status, ==, 2);
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));

  /* No temporary file is left behind */
  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n = 0;
    while ((name = g_dir_read_name (d)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
  g_unlink (pdf);
  g_rmdir (dir);
}

/* Runs a tool of poppler-utils or fontconfig; its output, or NULL when it is not installed. */
static char *
run_tool (const char *const *envp_extra, const char *tool, ...)
{
  g_autofree char *path = g_find_program_in_path (tool);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;
  const char *arg;

  if (path == NULL)
    return NULL;
  g_ptr_array_add (argv, path);
  va_start (args, tool);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  for (guint i = 0; envp_extra && envp_extra[i]; i += 2)
    envp = g_environ_setenv (envp, envp_extra[i], envp_extra[i + 1], TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The book travels with its typeface: on a machine with no Thai font at all (a private
 * fontconfig configuration with an empty font folder), the book is printed in the shipped
 * Sarabun, embedded, with the same pages and the same lines as on this system. */
static void
test_shipped_font (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-fonts-XXXXXX", NULL);
  g_autofree char *empty = g_build_filename (dir, "fonts", NULL);
  g_autofree char *cache = g_build_filename (dir, "cache", NULL);
  g_autofree char *conf = g_build_filename (dir, "fonts.conf", NULL);
  g_autofree char *conf_text = NULL;
  g_autofree char *plan = example ("kalasin-2566.sujarit");
  g_autofree char *system_pdf = g_build_filename (dir, "system.pdf", NULL);
  g_autofree char *bare_pdf = g_build_filename (dir, "bare.pdf", NULL);
  g_autofree char *fonts_listed = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *system_text = NULL;
  g_autofree char *bare_text = NULL;
  const char *bare_env[] = { "FONTCONFIG_FILE", conf, NULL };
  g_auto (Run) with_system = { 0 };
  g_auto (Run) bare = { 0 };

  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);
  conf_text = g_markup_printf_escaped ("<?xml version=\"1.0\"?>\n<fontconfig>\n  <dir>%s</dir>\n"
                                       "  <cachedir>%s</cachedir>\n</fontconfig>\n", empty, cache);
  g_assert_true (g_file_set_contents (conf, conf_text, -1, NULL));

  /* The environment has no font: fontconfig lists nothing in it. */
  fonts_listed = run_tool (bare_env, "fc-list", NULL);
  if (fonts_listed != NULL)
    g_assert_cmpstr (g_strstrip (fonts_listed), ==, "");

  run_cli (&with_system, NULL, "export-pdf", plan, system_pdf, NULL);
  g_assert_cmpint (with_system.status, ==, 0);
  run_cli (&bare, bare_env, "export-pdf", plan, bare_pdf, NULL);
  g_assert_cmpint (bare.status, ==, 0);
  g_assert_nonnull (strstr (with_system.out, "82 pages"));
  g_assert_nonnull (strstr (bare.out, "82 pages"));

  fonts = run_tool (NULL, "pdffonts", bare_pdf, NULL);
  if (fonts == NULL)
    {
      g_test_skip ("pdffonts and pdftotext (poppler-utils) are not installed");
    }
  else
    {
      g_auto (GStrv) lines = g_strsplit (fonts, "\n", -1);
      guint faces = 0;
      for (guint i = 2; lines[i] != NULL; i++) /* after the two lines of the header */
        {
          if (*lines[i] == '\0')
            continue;
          g_assert_nonnull (strstr (lines[i], "Sarabun"));
          g_assert_nonnull (strstr (lines[i], " yes yes ")); /* embedded, as a subset */
          faces++;
        }
      g_assert_cmpuint (faces, >=, 2); /* the text and the bold */

      system_text = run_tool (NULL, "pdftotext", "-layout", system_pdf, "-", NULL);
      bare_text = run_tool (NULL, "pdftotext", "-layout", bare_pdf, "-", NULL);
      g_assert_nonnull (strstr (bare_text, "แผนปฏิบัติการป้องกันการทุจริต"));
      g_assert_cmpstr (bare_text, ==, system_text);
    }

  g_unlink (system_pdf);
  g_unlink (bare_pdf);
  g_unlink (conf);
  g_rmdir (empty);
  {
    g_autoptr (GFile) c = g_file_new_for_path (cache);
    g_autoptr (GFileEnumerator) e = g_file_enumerate_children (c, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                               G_FILE_QUERY_INFO_NONE, NULL, NULL);
    GFileInfo *info;
    while (e != NULL && (info = g_file_enumerator_next_file (e, NULL, NULL)) != NULL)
      {
        g_autoptr (GFile) child = g_file_get_child (c, g_file_info_get_name (info));
        g_file_delete (child, NULL, NULL);
        g_object_unref (info);
      }
    g_file_delete (c, NULL, NULL);
  }
  g_rmdir (dir);
}

/* `report` prints the progress report of a year and round and says what it counts; `export-csv`
 * writes the E-PlanNACC record with a byte order mark and Thai intact; wrong years and rounds are
 * refused. */
static void
test_report_and_csv (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "eplan.csv", NULL);
  g_autofree char *plan = example ("kalasin-2566.sujarit");
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_auto (Run) report = { 0 };
  g_auto (Run) six = { 0 };
  g_auto (Run) bad_round = { 0 };
  g_auto (Run) bad_year = { 0 };
  g_auto (Run) exported = { 0 };
  g_auto (Run) csv_bad_year = { 0 };
  gsize len;

  run_cli (&report, NULL, "report", "--year", "2567", plan, pdf, NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_nonnull (strstr (report.out, "30 projects: 0 done, 0 in progress, 30 not started"));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  run_cli (&six, NULL, "report", "--round", "6", plan, pdf, NULL);
  g_assert_cmpint (six.status, ==, 0);
  run_cli (&bad_round, NULL, "report", "--round", "9", plan, pdf, NULL);
  g_assert_cmpint (bad_round.status, ==, 2);
  g_assert_nonnull (strstr (bad_round.err, "6 or 12"));
  run_cli (&bad_year, NULL, "report", "--year", "2020", plan, pdf, NULL);
  g_assert_cmpint (bad_year.status, ==, 2);
  g_assert_nonnull (strstr (bad_year.err, "2566–2570"));

  run_cli (&exported, NULL, "export-csv", "--year", "2568", plan, csv, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &text, &len, NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF")); /* spreadsheets open it as UTF-8 */
  g_assert_true (g_utf8_validate (text, len, NULL));
  lines = g_strsplit (text + 3, "\r\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "ลำดับ,โครงการ/กิจกรรม/มาตรการ,ประเภท,มิติ,ภารกิจ,"
                                              "งบประมาณ ปี 2568 (บาท),ไตรมาส 1"));
  g_assert_cmpuint (g_strv_length (lines), ==, 30 + 2); /* the header, 30 projects, the end */
  g_assert_true (g_str_has_prefix (lines[1], "1,"));
  g_assert_nonnull (strstr (lines[1], "1000000.00"));
  run_cli (&csv_bad_year, NULL, "export-csv", "--year", "2600", plan, csv, NULL);
  g_assert_cmpint (csv_bad_year.status, ==, 2);

  g_unlink (pdf);
  g_unlink (csv);
  g_rmdir (dir);
}

/* compare (and summary over several plans or a folder): a CSV row per plan, the same columns in
 * every row, a plan that cannot be read named with its reason, exit 2 then. */
static void
test_compare (void)
{
  g_autofree char *folder = sj_test_data_path ("..", "data", "examples", NULL);
  g_autofree char *bad = sj_test_data_path ("data", "bad", "truncated.sujarit", NULL);
  g_autofree char *one = example ("kalasin-2566.sujarit");
  g_auto (Run) all = { 0 };
  g_auto (Run) mixed = { 0 };
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) header = NULL;

  run_cli (&all, NULL, "compare", folder, NULL);
  g_assert_cmpint (all.status, ==, 0);
  lines = g_strsplit (all.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3 + 2); /* header, three plans, the end */
  header = g_strsplit (lines[0], ",", -1);
  g_assert_cmpstr (header[0], ==, "file");
  g_assert_nonnull (strstr (lines[0], "dimension-4,year-1"));
  for (guint i = 1; i <= 3; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], ",", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, g_strv_length (header));
    }
  g_assert_nonnull (strstr (lines[2], "เทศบาลนครขอนแก่น,city-municipality"));
  g_assert_nonnull (strstr (lines[2], ",56,35,11,10,51258740,"));

  run_cli (&mixed, NULL, "summary", "--csv", one, bad, NULL);
  g_assert_cmpint (mixed.status, ==, 2);
  g_assert_nonnull (strstr (mixed.out, "truncated.sujarit"));
  g_assert_nonnull (strstr (mixed.out, "line 15"));
}

static guint
count_of (const char *text, const char *needle)
{
  guint n = 0;
  for (const char *p = strstr (text, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* export-html: one page in Thai, well-formed (read strictly as XML), every project form, the
 * budget table with header cells, its totals as the book prints them, the charts as labelled
 * SVG. */
static void
test_export_html (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-html-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "site", NULL);
  g_autofree char *index = g_build_filename (out, "index.html", NULL);
  g_autofree char *plan = example ("kalasin-2566.sujarit");
  g_autofree char *html = NULL;
  g_auto (Run) run = { 0 };
  gsize len;
  xmlDocPtr doc;

  run_cli (&run, NULL, "export-html", plan, out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (index, &html, &len, NULL));
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"th\">"));
  doc = xmlReadMemory (html, (int) len, "index.html", "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR
                                                                | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc); /* well-formed */
  xmlFreeDoc (doc);
  g_assert_cmpuint (count_of (html, "<article "), ==, 30); /* every project form */
  g_assert_nonnull (strstr (html, "<th scope=\"col\">ปี ๒๕๖๖</th>"));
  g_assert_nonnull (strstr (html, "รวมทั้งสิ้น"));
  g_assert_nonnull (strstr (html, "๑,๙๘๐,๐๐๐")); /* the yearly total of Part 2 */
  g_assert_cmpuint (count_of (html, "<svg role=\"img\" aria-label=\""), >=, 3);
  g_assert_nonnull (strstr (html, "name=\"viewport\""));
  /* each chart's glyphs under its own names: inline SVGs must not share ids */
  g_assert_null (strstr (html, "id=\"glyph"));
  g_assert_nonnull (strstr (html, "id=\"c2-glyph"));
  g_unlink (index);
  g_rmdir (out);
  g_rmdir (dir);
}

/* `new` for each kind of organisation makes a plan that the checker passes; wrong options are
 * refused with a message, and an existing file is not replaced without --force. */
static void
test_new (void)
{
  static const char *const types[] = { "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "อบต.", "อบจ." };
  g_autofree char *dir = g_dir_make_tmp ("sujarit-new-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "new.sujarit", NULL);
  const char *const thai[] = { "LANGUAGE", "th", "LC_ALL", "C.UTF-8", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_auto (Run) made = { 0 };
      g_auto (Run) checked = { 0 };
      run_cli (&made, NULL, "new", "--force", "--org", "ทดสอบ", "--type", types[i], "--district",
               "เมืองขอนแก่น", "--province", "ขอนแก่น", out, NULL);
      g_assert_cmpint (made.status, ==, 0);
      g_assert_nonnull (strstr (made.out, "ทดสอบ"));
      run_cli (&checked, NULL, "check", out, NULL);
      g_test_message ("%s: %s", types[i], checked.out);
      g_assert_cmpint (checked.status, ==, 0);
      g_assert_nonnull (strstr (checked.out, "0 errors, 0 warnings"));
    }
  {
    g_auto (Run) exists = { 0 };
    g_auto (Run) type = { 0 };
    g_auto (Run) no_org = { 0 };
    g_auto (Run) none = { 0 };
    g_auto (Run) some = { 0 };
    g_auto (Run) unknown = { 0 };
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_file_get_contents (out, &before, NULL, NULL);
    run_cli (&exists, thai, "new", "--org", "อื่น", "--type", "อบต.", out, NULL);
    g_assert_cmpint (exists.status, ==, 2);
    g_assert_nonnull (strstr (exists.err, "--force"));
    g_assert_nonnull (strstr (exists.err, "มีไฟล์"));
    g_file_get_contents (out, &after, NULL, NULL);
    g_assert_cmpstr (before, ==, after);
    run_cli (&type, NULL, "new", "--org", "ทดสอบ", "--type", "กรุงเทพ", out, NULL);
    g_assert_cmpint (type.status, ==, 2);
    g_assert_nonnull (strstr (type.err, "กรุงเทพ"));
    run_cli (&no_org, NULL, "new", "--type", "อบต.", out, NULL);
    g_assert_cmpint (no_org.status, ==, 2);
    g_assert_nonnull (strstr (no_org.err, "--org"));
    run_cli (&none, NULL, "new", "-f", "--org", "ทดสอบ", "--type", "อบต.", "--projects", "none",
             out, NULL);
    g_assert_cmpint (none.status, ==, 0);
    g_assert_nonnull (strstr (none.out, " 0 projects"));
    run_cli (&some, NULL, "new", "-f", "--org", "ทดสอบ", "--type", "อบต.", "--projects",
             "lib-001, lib-002", out, NULL);
    g_assert_cmpint (some.status, ==, 0);
    g_assert_nonnull (strstr (some.out, " 2 projects"));
    run_cli (&unknown, NULL, "new", "-f", "--org", "ทดสอบ", "--type", "อบต.", "--projects",
             "lib-999", out, NULL);
    g_assert_cmpint (unknown.status, ==, 2);
    g_assert_nonnull (strstr (unknown.err, "lib-999"));
  }
  g_unlink (out);
  g_autofree char *bak = g_strconcat (out, ".bak", NULL);
  g_unlink (bak);
  g_rmdir (dir);
}

/* export-budget, then import-budget of an edited sheet: a dry run changes nothing, the import
 * changes the plan, a wrong sheet changes nothing; diff lists the changes made. */
static void
test_budget_and_diff (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sujarit-budget-XXXXXX", NULL);
  g_autofree char *plan = g_build_filename (dir, "plan.sujarit", NULL);
  g_autofree char *old = g_build_filename (dir, "old.sujarit", NULL);
  g_autofree char *csv = g_build_filename (dir, "budget.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *source = example ("kalasin-2566.sujarit");
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto (Run) exported = { 0 };
  g_auto (Run) dry = { 0 };
  g_auto (Run) imported = { 0 };
  g_auto (Run) wrong = { 0 };
  g_auto (Run) differ = { 0 };
  g_auto (Run) same = { 0 };
  g_autoptr (GString) edited = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (plan, text, -1, NULL));
  g_assert_true (g_file_set_contents (old, text, -1, NULL));
  run_cli (&exported, NULL, "export-budget", plan, csv, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  /* p15's first year from 50,000 to 60,000 */
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      if (g_str_has_prefix (lines[i], "p15,"))
        {
          char *at = strstr (lines[i], ",50000,");
          g_assert_nonnull (at);
          memcpy (at, ",60000,", 7);
        }
      g_string_append_printf (edited, "%s\r\n", lines[i]);
    }
  g_assert_true (g_file_set_contents (csv, edited->str, -1, NULL));
  g_assert_true (g_file_get_contents (plan, &before, NULL, NULL));

  run_cli (&dry, NULL, "import-budget", "--dry-run", plan, csv, NULL);
  g_assert_cmpint (dry.status, ==, 0);
  g_assert_nonnull (strstr (dry.out, "1 change would be made"));
  g_assert_true (g_file_get_contents (plan, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  g_assert_true (g_file_set_contents (bad, "title,2566\nมาตรการป้องกันผลประโยชน์ทับซ้อนของเทศบาลเมืองกาฬสินธุ์,abc\n", -1, NULL));
  run_cli (&wrong, NULL, "import-budget", plan, bad, NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  g_assert_nonnull (strstr (wrong.err, "Line 2"));
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (plan, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  run_cli (&imported, NULL, "import-budget", plan, csv, NULL);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_nonnull (strstr (imported.out, "60,000"));
  run_cli (&differ, NULL, "diff", old, plan, NULL);
  g_assert_cmpint (differ.status, ==, 1);
  g_assert_nonnull (strstr (differ.out, "Budget 2566"));
  g_assert_nonnull (strstr (differ.out, "1 change"));
  run_cli (&same, NULL, "diff", old, old, NULL);
  g_assert_cmpint (same.status, ==, 0);
  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
  }
  g_rmdir (dir);
}

static void
test_library_search (void)
{
  g_auto (Run) found = { 0 };
  g_auto (Run) nothing = { 0 };
  g_auto (Run) all = { 0 };

  run_cli (&found, NULL, "library", "search", "ผลประโยชน์ทับซ้อน", NULL);
  g_assert_cmpint (found.status, ==, 0);
  g_assert_true (g_str_has_prefix (found.out, "lib-"));
  g_assert_nonnull (strstr (found.out, "ผลประโยชน์ทับซ้อน"));
  run_cli (&nothing, NULL, "library", "search", "ไม่มีคำนี้แน่นอน", NULL);
  g_assert_cmpint (nothing.status, ==, 1);
  g_assert_nonnull (strstr (nothing.err, "ไม่มีคำนี้แน่นอน"));
  run_cli (&all, NULL, "library", "search", "", NULL);
  g_assert_cmpint (all.status, ==, 0);
  {
    guint lines = 0;
    for (const char *p = all.out; *p; p++)
      lines += *p == '\n';
    g_assert_cmpuint (lines, >=, 40);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (summaries); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/summary-csv/%s", summaries[i].file);
      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_summary_csv);
    }
  g_test_add_func ("/cli/summary-table", test_summary_table);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/check-clean", test_check_clean);
  g_test_add_func ("/cli/check-json", test_check_json);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/help-version", test_help_version);
  g_test_add_func ("/cli/normalize", test_normalize);
  g_test_add_func ("/cli/export-pdf", test_export_pdf);
  g_test_add_func ("/cli/shipped-font", test_shipped_font);
  g_test_add_func ("/cli/report-and-csv", test_report_and_csv);
  g_test_add_func ("/cli/compare", test_compare);
  g_test_add_func ("/cli/export-html", test_export_html);
  g_test_add_func ("/cli/new", test_new);
  g_test_add_func ("/cli/library-search", test_library_search);
  g_test_add_func ("/cli/budget-and-diff", test_budget_and_diff);

  return g_test_run ();
}
