/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sujarit-cli: check, summarise, validate and print plans without a display. */
#define G_LOG_DOMAIN "sujarit-cli"
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "sj-book.h"
#include "sj-report.h"
#include "sj-html.h"
#include "sj-budget-csv.h"
#include "sj-catalog.h"
#include "sj-checker.h"
#include "sj-compute.h"
#include "sj-i18n.h"
#include "sj-csv.h"
#include "sj-diff.h"
#include "sj-import.h"
#include "sj-plan-file.h"
#include "sj-thai.h"

enum
{
  EXIT_OK = 0,
  EXIT_FINDINGS = 1, /* the plan has errors (check) */
  EXIT_BAD_INPUT = 2, /* unreadable or invalid file, wrong usage */
};

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  CommandFunc func;
} Command;

static void
print_error (const char *message)
{
  g_printerr ("sujarit-cli: %s\n", message);
}

/* Parses the options of a command that takes n_args arguments; returns the first of them or NULL
 * after a message (with *status set). */
static char **
parse_command_args (const char *command, const char *args_text, const char *summary,
                    GOptionEntry *entries, guint n_args, int *argc, char ***argv, int *status)
{
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *usage = g_strdup_printf ("%s %s", command, args_text);

  ctx = g_option_context_new (usage);
  g_option_context_set_summary (ctx, summary);
  if (entries)
    g_option_context_add_main_entries (ctx, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      print_error (error->message);
      *status = EXIT_BAD_INPUT;
      return NULL;
    }
  /* argv[0] is the program, argv[1] the command */
  if (*argc != 2 + (int) n_args)
    {
      g_autofree char *help = g_option_context_get_help (ctx, TRUE, NULL);
      g_printerr ("%s", help);
      *status = EXIT_BAD_INPUT;
      return NULL;
    }
  return *argv + 2;
}

/* The same for a command that takes PLAN only. */
static const char *
parse_command (const char *command, const char *args_text, const char *summary,
               GOptionEntry *entries, int *argc, char ***argv, int *status)
{
  char **args = parse_command_args (command, args_text, summary, entries, 1, argc, argv, status);
  return args ? args[0] : NULL;
}

static SjPlan *
load_plan (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (GError) error = NULL;
  SjPlan *plan = sj_plan_file_load (file, NULL, &error);

  if (plan == NULL)
    print_error (error->message);
  return plan;
}

/* Parses the options of a command that takes PLAN and loads the plan; NULL after a message,
 * with *status set. */
static SjPlan *
parse_and_load (const char *command, const char *summary, GOptionEntry *entries, int *argc,
                char ***argv, const char **path_out, int *status)
{
  const char *path = parse_command (command, _("PLAN"), summary, entries, argc, argv, status);
  SjPlan *plan;

  if (path == NULL)
    return NULL;
  plan = load_plan (path);
  if (plan == NULL)
    *status = EXIT_BAD_INPUT;
  *path_out = path;
  return plan;
}

/* The same for a command that takes PLAN and another argument (OUT, FOLDER, FILE): the arguments
 * in *args_out. */
static SjPlan *
parse_and_load_two (const char *command, const char *args_text, const char *summary,
                    GOptionEntry *entries, int *argc, char ***argv, char ***args_out, int *status)
{
  char **args = parse_command_args (command, args_text, summary, entries, 2, argc, argv, status);
  SjPlan *plan;

  if (args == NULL)
    return NULL;
  plan = load_plan (args[0]);
  if (plan == NULL)
    *status = EXIT_BAD_INPUT;
  *args_out = args;
  return plan;
}

static int
cmd_validate (int argc, char **argv)
{
  int status = EXIT_OK;
  const char *path;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  path = parse_command ("validate", _("PLAN"),
                        _("Checks that PLAN is a plan file Sujarit opens: the same checks and messages as "
                          "loading it."), NULL,
                        &argc, &argv, &status);
  if (path == NULL)
    return status;
  file = g_file_new_for_commandline_arg (path);
  if (!sj_plan_file_validate (file, NULL, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  g_print (_("%s: valid\n"), path);
  return EXIT_OK;
}

/* A JSON string (RFC 8259): quotes, backslashes and control characters escaped. */
static void
append_json_string (GString *s, const char *text)
{
  g_string_append_c (s, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      guchar ch = (guchar) *p;
      if (ch == '"' || ch == '\\')
        g_string_append_printf (s, "\\%c", ch);
      else if (ch == '\n')
        g_string_append (s, "\\n");
      else if (ch < 0x20)
        g_string_append_printf (s, "\\u%04x", ch);
      else
        g_string_append_c (s, ch);
    }
  g_string_append_c (s, '"');
}

static const char *
severity_label (SjSeverity severity)
{
  switch (severity)
    {
    case SJ_SEVERITY_ERROR:
      return _("error");
    case SJ_SEVERITY_WARNING:
      return _("warning");
    case SJ_SEVERITY_HINT:
    default:
      return _("hint");
    }
}

static int
cmd_check (int argc, char **argv)
{
  int status = EXIT_OK;
  const char *path;
  gboolean errors_only = FALSE;
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "errors-only", 'e', 0, G_OPTION_ARG_NONE, &errors_only, N_("Show errors only"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("text (the default) or json: one object with the counts and, for each finding, its "
         "rule, severity, message, location and path"),
      N_("FORMAT") },
    { NULL },
  };
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  guint n_errors, n_warnings, n_hints;
  gboolean json;

  plan = parse_and_load ("check",
                         _("Checks the plan and lists what is wrong or worth a look: errors, "
                           "warnings and hints.\nThe exit status is 1 when the plan has errors."),
                         entries, &argc, &argv, &path, &status);
  if (plan == NULL)
    return status;
  json = g_strcmp0 (format, "json") == 0;
  if (format != NULL && !json && g_strcmp0 (format, "text") != 0)
    {
      g_autofree char *m = g_strdup_printf (_("--format must be text or json, not “%s”"), format);
      print_error (m);
      return EXIT_BAD_INPUT;
    }

  findings = sj_check_plan (plan);
  n_errors = sj_findings_count (findings, SJ_SEVERITY_ERROR);
  n_warnings = sj_findings_count (findings, SJ_SEVERITY_WARNING);
  n_hints = sj_findings_count (findings, SJ_SEVERITY_HINT);
  if (json)
    {
      g_autoptr (GString) s = g_string_new ("{\"file\": ");
      gboolean first = TRUE;

      append_json_string (s, path);
      g_string_append_printf (s, ", \"errors\": %u, \"warnings\": %u, \"hints\": %u, "
                                 "\"findings\": [",
                              n_errors, n_warnings, n_hints);
      for (guint i = 0; i < findings->len; i++)
        {
          SjFinding *f = g_ptr_array_index (findings, i);
          if (errors_only && f->severity != SJ_SEVERITY_ERROR)
            continue;
          g_string_append (s, first ? "\n  {\"rule\": " : ",\n  {\"rule\": ");
          first = FALSE;
          append_json_string (s, f->rule);
          g_string_append (s, ", \"severity\": ");
          append_json_string (s, sj_severity_to_string (f->severity));
          g_string_append (s, ", \"message\": ");
          append_json_string (s, f->message);
          g_string_append (s, ", \"message_en\": ");
          append_json_string (s, f->message_en);
          g_string_append (s, ", \"location\": ");
          append_json_string (s, f->location);
          g_string_append (s, ", \"path\": ");
          append_json_string (s, f->path);
          g_string_append_c (s, '}');
        }
      g_string_append (s, first ? "]}\n" : "\n]}\n");
      g_print ("%s", s->str);
      return n_errors > 0 ? EXIT_FINDINGS : EXIT_OK;
    }
  for (guint i = 0; i < findings->len; i++)
    {
      SjFinding *f = g_ptr_array_index (findings, i);
      if (errors_only && f->severity != SJ_SEVERITY_ERROR)
        continue;
      g_print ("%s [%s] %s: %s\n", severity_label (f->severity), f->rule, f->location,
               f->message);
    }
  g_print (_("%s: %u errors, %u warnings, %u hints\n"), path, n_errors, n_warnings, n_hints);
  return n_errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The plans named on the command line: files, and the *.sujarit files of folders (in order). */
static GPtrArray *
plan_paths (int argc, char **argv)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr (GDir) dir = g_dir_open (argv[i], 0, NULL);
          g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
          const char *name;
          while (dir && (name = g_dir_read_name (dir)) != NULL)
            if (g_str_has_suffix (name, SJ_PLAN_FILE_EXTENSION))
              g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
          g_ptr_array_sort (names, compare_paths);
          for (guint k = 0; k < names->len; k++)
            g_ptr_array_add (paths, g_strdup (g_ptr_array_index (names, k)));
        }
      else
        g_ptr_array_add (paths, g_strdup (argv[i]));
    }
  return paths;
}

/* One plan of compare: read, summed and checked in a worker thread; its CSV row, or why it could
 * not be read. */
typedef struct
{
  const char *path;
  char *error; /* the plan could not be read */
  guint n_years, n_dims;
  SjMoney dims[16];
  SjMoney years[16];
  char *head;  /* organisation … type-activity */
  char *tail;  /* whole-period, errors, warnings */
} PlanRow;

static void
read_plan_row (gpointer data, gpointer user_data)
{
  PlanRow *r = data;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (r->path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = sj_plan_file_load (file, NULL, &error);
  g_autoptr (SjSummary) summary = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  GString *head;
  SjOrganisation *org;
  const SjTotals *t;
  guint n_errors = 0, n_warnings = 0;

  if (plan == NULL)
    {
      r->error = g_strdup (error->message);
      return;
    }
  org = sj_plan_get_organisation (plan);
  summary = sj_summary_new (plan);
  findings = sj_check_plan (plan);
  for (guint k = 0; k < findings->len; k++)
    {
      SjFinding *f = g_ptr_array_index (findings, k);
      n_errors += f->severity == SJ_SEVERITY_ERROR;
      n_warnings += f->severity == SJ_SEVERITY_WARNING;
    }
  t = sj_summary_get_plan_totals (summary);
  head = g_string_new (NULL);
  {
    const char *fields[] = { sj_organisation_get_name (org),
                             sj_org_type_to_nick (sj_organisation_get_org_type (org)),
                             sj_organisation_get_district (org),
                             sj_organisation_get_province (org) };
    for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
      {
        g_autofree char *q = sj_csv_quote (fields[k]);
        g_string_append_printf (head, ",%s", q);
      }
  }
  g_string_append_printf (head, ",%u,%u,%u,%u,%u", sj_summary_get_first_year (summary),
                          t->n_projects, t->n_by_type[SJ_PROJECT_TYPE_PROJECT],
                          t->n_by_type[SJ_PROJECT_TYPE_MEASURE],
                          t->n_by_type[SJ_PROJECT_TYPE_ACTIVITY]);
  r->head = g_string_free (head, FALSE);
  r->n_dims = MIN (sj_plan_get_n_dimensions (plan), G_N_ELEMENTS (r->dims));
  for (guint d = 0; d < r->n_dims; d++)
    r->dims[d] = sj_summary_get_dimension_totals (summary, d)->total;
  r->n_years = MIN (sj_summary_get_n_years (summary), G_N_ELEMENTS (r->years));
  for (guint y = 0; y < r->n_years; y++)
    r->years[y] = t->years[y];
  {
    g_autofree char *whole = sj_money_format (t->total, SJ_MONEY_DECIMALS_AUTO, FALSE);
    r->tail = g_strdup_printf (",%s,%u,%u,", whole, n_errors, n_warnings);
  }
}

static void
append_amounts (GString *row, const SjMoney *amounts, guint n, guint width)
{
  for (guint k = 0; k < width; k++)
    {
      g_autofree char *m = k < n ? sj_money_format (amounts[k], SJ_MONEY_DECIMALS_AUTO, FALSE)
                                 : g_strdup ("");
      g_string_append_printf (row, ",%s", m);
    }
}

/* One CSV row per plan: what a province office reviews of the plans of its local governments.
 * The plans are read and checked on as many threads as the machine has processors; the rows come
 * out in the order of the files. Returns the exit status: 0, or 2 when a plan could not be read
 * (its row says why). */
static int
print_plans_csv (GPtrArray *paths)
{
  g_autofree PlanRow *rows = g_new0 (PlanRow, MAX (1, paths->len));
  GThreadPool *pool = g_thread_pool_new (read_plan_row, NULL, (int) g_get_num_processors (), TRUE,
                                         NULL);
  guint max_years = 0, max_dims = 0;
  int status = EXIT_OK;

  for (guint i = 0; i < paths->len; i++)
    {
      rows[i].path = g_ptr_array_index (paths, i);
      g_thread_pool_push (pool, &rows[i], NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  for (guint i = 0; i < paths->len; i++)
    {
      max_years = MAX (max_years, rows[i].n_years);
      max_dims = MAX (max_dims, rows[i].n_dims);
    }
  g_print ("file,organisation,type,district,province,first-year,projects,type-project,"
           "type-measure,type-activity");
  for (guint d = 0; d < max_dims; d++)
    g_print (",dimension-%u", d + 1);
  for (guint y = 0; y < max_years; y++)
    g_print (",year-%u", y + 1);
  g_print (",whole-period,errors,warnings,unreadable\n");
  for (guint i = 0; i < paths->len; i++)
    {
      PlanRow *r = &rows[i];
      g_autofree char *file = sj_csv_quote (r->path);
      g_autoptr (GString) row = g_string_new (file);

      if (r->error != NULL)
        {
          g_autofree char *why = sj_csv_quote (r->error);
          for (guint k = 0; k < 9 + max_dims + max_years + 4; k++)
            g_string_append_c (row, ',');
          g_string_append (row, why);
          status = EXIT_BAD_INPUT;
        }
      else
        {
          g_string_append (row, r->head);
          append_amounts (row, r->dims, r->n_dims, max_dims);
          append_amounts (row, r->years, r->n_years, max_years);
          g_string_append (row, r->tail);
        }
      g_print ("%s\n", row->str);
      g_free (r->error);
      g_free (r->head);
      g_free (r->tail);
    }
  return status;
}

static int
cmd_compare (int argc, char **argv)
{
  g_autoptr (GOptionContext) ctx = g_option_context_new (_("PLAN|FOLDER…"));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) paths = NULL;
  gboolean csv = TRUE;
  GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Comma-separated values (always)"), NULL },
    { NULL },
  };

  g_option_context_add_main_entries (ctx, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx, _("Prints one CSV row per plan: the organisation, its type "
                                       "and province, the projects by type, the totals of each "
                                       "dimension and year, and the number of the checker's "
                                       "errors and warnings. A folder stands for its .sujarit "
                                       "files."));
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  if (argc < 3)
    {
      g_autofree char *help = g_option_context_get_help (ctx, TRUE, NULL);
      g_printerr ("%s", help);
      return EXIT_BAD_INPUT;
    }
  paths = plan_paths (argc - 2, argv + 2);
  return print_plans_csv (paths);
}

static int
cmd_summary (int argc, char **argv)
{
  int status = EXIT_OK;
  const char *path;
  gboolean csv = FALSE;
  GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv,
      N_("Print comma-separated values: dimension, projects, projects, measures and activities "
         "by type, each fiscal year, the whole period; then the total row"),
      NULL },
    { NULL },
  };
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (SjSummary) summary = NULL;
  guint n_years, first;

  /* Over many plans (several files, or a folder): a row per plan, as compare prints them. */
  {
    int files = 0;
    gboolean folder = FALSE;
    for (int i = 2; i < argc; i++)
      if (argv[i][0] != '-')
        {
          files++;
          folder |= g_file_test (argv[i], G_FILE_TEST_IS_DIR);
        }
    if (files > 1 || folder)
      return cmd_compare (argc, argv);
  }
  plan = parse_and_load ("summary",
                         _("Prints the number of projects and the budget of each fiscal year, "
                           "per dimension and for the whole plan."),
                         entries, &argc, &argv, &path, &status);
  if (plan == NULL)
    return status;
  summary = sj_summary_new (plan);
  if (csv)
    {
      g_autofree char *text = sj_csv_summary (summary);
      g_print ("%s", text);
      return EXIT_OK;
    }

  n_years = sj_summary_get_n_years (summary);
  first = sj_summary_get_first_year (summary);
  g_print ("%s (%s %u–%u)\n", sj_organisation_get_name (sj_plan_get_organisation (plan)),
           _("fiscal years"), first, first + n_years - 1);
  g_print ("%-10s %9s", _("dimension"), _("projects"));
  for (guint y = 0; y < n_years; y++)
    g_print (" %15u", first + y);
  g_print (" %17s\n", _("whole period"));
  for (guint d = 0; d <= sj_plan_get_n_dimensions (plan); d++)
    {
      gboolean total = d == sj_plan_get_n_dimensions (plan);
      const SjTotals *t = total ? sj_summary_get_plan_totals (summary)
                                : sj_summary_get_dimension_totals (summary, d);
      g_autofree char *label = total ? g_strdup (_("total")) : g_strdup_printf ("%u", d + 1);
      g_autofree char *whole = sj_money_format (t->total, SJ_MONEY_DECIMALS_AUTO, TRUE);

      g_print ("%-10s %9u", label, t->n_projects);
      for (guint y = 0; y < n_years; y++)
        {
          g_autofree char *amount = sj_money_format (t->years[y], SJ_MONEY_DECIMALS_AUTO, TRUE);
          g_print (" %15s", amount);
        }
      g_print (" %17s\n", whole);
    }
  {
    g_autofree char *counts = sj_counts_text (sj_summary_get_plan_totals (summary), TRUE, FALSE);
    g_print ("%s: %s\n", _("by type"), counts);
  }
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      g_autofree char *counts = sj_counts_text (sj_summary_get_dimension_totals (summary, d),
                                                TRUE, FALSE);
      g_print ("  %s %u: %s\n", _("dimension"), d + 1, counts);
    }
  return EXIT_OK;
}

static int
cmd_normalize (int argc, char **argv)
{
  int status = EXIT_OK;
  const char *path;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of replacing PLAN"), N_("FILE") },
    { NULL },
  };
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GFile) out = NULL;
  g_autoptr (GError) error = NULL;

  plan = parse_and_load ("normalize",
                         _("Rewrites PLAN in the canonical form of the file format (the previous "
                           "version is kept as PLAN.bak)."),
                         entries, &argc, &argv, &path, &status);
  if (plan == NULL)
    return status;
  out = g_file_new_for_commandline_arg (output ? output : path);
  if (!sj_plan_file_save (plan, out, NULL, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

static int
cmd_export_pdf (int argc, char **argv)
{
  g_autofree char *parts = NULL;
  g_autofree char *digits = NULL;
  GOptionEntry entries[] = {
    { "parts", 'p', 0, G_OPTION_ARG_STRING, &parts,
      N_("The parts to print, in order, separated by commas: cover, announcement, preface, "
         "contents, part1, part2, part3, appendix, annex"),
      N_("LIST") },
    { "digits", 'd', 0, G_OPTION_ARG_STRING, &digits,
      N_("Print Thai or Arabic digits everywhere (thai or arabic)"), N_("DIGITS") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (SjBook) book = NULL;
  SjBookOptions options = { NULL, -1 };
  int status = EXIT_OK;
  char **args;

  args = parse_command_args ("export-pdf", _("PLAN OUT.pdf"),
                             _("Prints the plan book to a PDF file."), entries, 2, &argc, &argv,
                             &status);
  if (args == NULL)
    return status;
  if (digits)
    {
      if (g_strcmp0 (digits, "thai") == 0)
        options.digits = 1;
      else if (g_strcmp0 (digits, "arabic") == 0)
        options.digits = 0;
      else
        {
          g_autofree char *m = g_strdup_printf (_("--digits must be thai or arabic, not “%s”"),
                                                digits);
          print_error (m);
          return EXIT_BAD_INPUT;
        }
    }
  options.parts = parts;
  plan = load_plan (args[0]);
  if (plan == NULL)
    return EXIT_BAD_INPUT;
  book = sj_book_new (plan, &options, &error);
  if (book == NULL)
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  if (!sj_book_export_pdf (book, args[1], &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  g_print (_("%s: %u pages\n"), args[1], sj_book_get_n_pages (book));
  {
    g_autoptr (GArray) missing = sj_book_find_missing_glyphs (book);
    for (guint i = 0; i < missing->len; i++)
      {
        g_autofree char *m = sj_missing_glyph_describe (&g_array_index (missing, SjMissingGlyph, i));
        /* TRANSLATORS: %s is a sentence saying which character cannot be printed */
        g_printerr (_("warning: %s\n"), m);
      }
  }
  return EXIT_OK;
}

static int
cmd_new (int argc, char **argv)
{
  g_autofree char *org = NULL;
  g_autofree char *type_name = NULL;
  g_autofree char *province = NULL;
  g_autofree char *district = NULL;
  g_autofree char *executive = NULL;
  g_autofree char *edition = NULL;
  g_autofree char *projects = NULL;
  g_autofree char *from = NULL;
  gboolean force = FALSE, revision = FALSE;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from,
      N_("Make the plan of the next period from PLAN: its projects and texts, the years moved on, "
         "without the dates, signatures and progress of the old one"),
      N_("PLAN") },
    { "revision", 0, 0, G_OPTION_ARG_NONE, &revision,
      N_("With --from: a revised plan (ฉบับปรับปรุง) of the same years instead"), NULL },
    { "org", 0, 0, G_OPTION_ARG_STRING, &org,
      N_("The name of the organisation (เทศบาลตำบลบ้านเป็ด, or บ้านเป็ด with --type)"),
      N_("NAME") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_name,
      N_("Its kind: เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต. or อบจ."), N_("TYPE") },
    { "district", 0, 0, G_OPTION_ARG_STRING, &district, N_("Its district (อำเภอ)"), N_("NAME") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &province, N_("Its province (จังหวัด)"),
      N_("NAME") },
    { "executive", 0, 0, G_OPTION_ARG_STRING, &executive,
      N_("The name of its executive, who signs"), N_("NAME") },
    { "edition", 0, 0, G_OPTION_ARG_STRING, &edition,
      N_("The edition of the plan by its first year (2566, or 2561 for the four-year plan); "
         "default: the newest"),
      N_("YEAR") },
    { "projects", 0, 0, G_OPTION_ARG_STRING, &projects,
      N_("The standard projects to include: all (default), none, or library ids separated by "
         "commas (see “library search”)"),
      N_("LIST") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Replace OUT if it exists"), NULL },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjCatalog) catalog = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GFile) out = NULL;
  g_auto (GStrv) ids = NULL;
  SjNewPlan options = { 0 };
  guint n_projects = 0;
  int status = EXIT_OK;
  char **args;

  args = parse_command_args ("new", _("OUT.sujarit"),
                             _("Makes a new plan from the catalogue: the frame of the edition, "
                               "every standard text written for the organisation and its kind, "
                               "its standard units and committee, and the standard projects."),
                             entries, 1, &argc, &argv, &status);
  if (args == NULL)
    return status;
  if (from == NULL && (org == NULL || type_name == NULL))
    {
      print_error (_("--org and --type are required"));
      return EXIT_BAD_INPUT;
    }
  if (from == NULL && !sj_org_type_from_name (type_name, &options.type))
    {
      g_autofree char *m = g_strdup_printf (
        _("--type must be เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต. or อบจ., not “%s”"), type_name);
      print_error (m);
      return EXIT_BAD_INPUT;
    }
  out = g_file_new_for_commandline_arg (args[0]);
  if (!force && g_file_query_exists (out, NULL))
    {
      g_autofree char *m = g_strdup_printf (_("%s exists already; give --force to replace it"),
                                            args[0]);
      print_error (m);
      return EXIT_BAD_INPUT;
    }
  if (from != NULL)
    {
      g_autoptr (SjPlan) old = load_plan (from);
      if (old == NULL)
        return EXIT_BAD_INPUT;
      plan = sj_catalog_plan_from (old, !revision);
      if (!sj_plan_file_save (plan, out, NULL, &error))
        {
          print_error (error->message);
          return EXIT_BAD_INPUT;
        }
      g_print (_("%s: a plan of %s for %d–%d\n"), args[0],
               sj_organisation_get_name (sj_plan_get_organisation (plan)),
               sj_settings_get_first_year (sj_plan_get_settings (plan)),
               sj_settings_get_first_year (sj_plan_get_settings (plan))
                 + sj_settings_get_years (sj_plan_get_settings (plan)) - 1);
      return EXIT_OK;
    }
  options.name = org;
  options.district = district;
  options.province = province;
  options.executive_name = executive;
  options.edition = edition;
  if (projects == NULL || g_strcmp0 (projects, "all") == 0)
    options.all_projects = TRUE;
  else if (g_strcmp0 (projects, "none") != 0)
    {
      ids = g_strsplit (projects, ",", -1);
      for (guint i = 0; ids[i]; i++)
        g_strstrip (ids[i]);
      options.projects = (const char *const *) ids;
    }
  catalog = sj_catalog_open_default (&error);
  if (catalog == NULL || (plan = sj_catalog_new_plan (catalog, &options, &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  if (!sj_plan_file_save (plan, out, NULL, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    for (guint m = 0; m < sj_dimension_get_n_missions (sj_plan_get_dimension_at (plan, d)); m++)
      n_projects += sj_mission_get_n_projects (
        sj_dimension_get_mission_at (sj_plan_get_dimension_at (plan, d), m));
  g_print (_("%s: a plan of %s, %u projects\n"), args[0],
           sj_organisation_get_name (sj_plan_get_organisation (plan)), n_projects);
  return EXIT_OK;
}

static int
cmd_library (int argc, char **argv)
{
  g_autofree char *edition = NULL;
  GOptionEntry entries[] = {
    { "edition", 0, 0, G_OPTION_ARG_STRING, &edition,
      N_("Only the projects of this edition (2566 …)"), N_("YEAR") },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjCatalog) catalog = NULL;
  g_autoptr (GPtrArray) found = NULL;
  int status = EXIT_OK;
  char **args;

  args = parse_command_args ("library", _("search TEXT"),
                             _("Lists the standard projects of the library whose title or text "
                               "holds TEXT (any part of a word), best first; “library search ''” "
                               "lists them all."),
                             entries, 2, &argc, &argv, &status);
  if (args == NULL)
    return status;
  if (g_strcmp0 (args[0], "search") != 0)
    {
      g_autofree char *m = g_strdup_printf (_("unknown library command “%s” (search)"), args[0]);
      print_error (m);
      return EXIT_BAD_INPUT;
    }
  catalog = sj_catalog_open_default (&error);
  if (catalog == NULL || (found = sj_catalog_projects (catalog, edition, args[1], &error)) == NULL)
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  for (guint i = 0; i < found->len; i++)
    {
      SjLibraryEntry *e = g_ptr_array_index (found, i);
      g_print ("%s\t%s\t%s\t%s\n", e->id, e->mission, sj_project_type_label (e->type), e->title);
    }
  if (found->len == 0)
    g_printerr (_("No standard project holds “%s”.\n"), args[1]);
  return found->len ? EXIT_OK : EXIT_FINDINGS;
}

static int
cmd_diff (int argc, char **argv)
{
  g_autoptr (SjPlan) older = NULL;
  g_autoptr (SjPlan) newer = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  int status = EXIT_OK;
  char **args;

  args = parse_command_args ("diff", _("OLD NEW"),
                             _("Lists what changed from the plan OLD to the plan NEW: projects "
                               "added, removed, renamed and moved, budgets year by year, the "
                               "fields of the forms and the other parts of the plan. Exit status 0 "
                               "when they are the same, 1 when they differ."),
                             NULL, 2, &argc, &argv, &status);
  if (args == NULL)
    return status;
  older = load_plan (args[0]);
  if (older == NULL)
    return EXIT_BAD_INPUT;
  newer = load_plan (args[1]);
  if (newer == NULL)
    return EXIT_BAD_INPUT;
  changes = sj_diff_plans (older, newer);
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = sj_diff_change_to_string (changes->pdata[i]);
      g_print ("%s\n", line);
    }
  g_print (ngettext ("%u change\n", "%u changes\n", changes->len), changes->len);
  return changes->len ? EXIT_FINDINGS : EXIT_OK;
}

static int
cmd_export_budget (int argc, char **argv)
{
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *csv = NULL;
  int status = EXIT_OK;
  char **args;

  plan = parse_and_load_two ("export-budget", _("PLAN OUT.csv"),
                             _("Writes the budget table of Part 2 as a spreadsheet (CSV, UTF-8): "
                               "a row per project, a column per fiscal year; edit it and bring "
                               "it back with import-budget."),
                             NULL, &argc, &argv, &args, &status);
  if (plan == NULL)
    return status;
  csv = sj_budget_csv_export (plan);
  if (!g_file_set_contents (args[1], csv, -1, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

/* --year: a fiscal year of the plan (BE), or 0 when not given. */
static gboolean
check_year (SjPlan *plan, int year)
{
  SjSettings *s = sj_plan_get_settings (plan);
  int first = sj_settings_get_first_year (s), last = first + sj_settings_get_years (s) - 1;

  if (year >= first && year <= last)
    return TRUE;
  {
    g_autofree char *m = g_strdup_printf (_("--year must be a fiscal year of the plan (%d–%d, "
                                            "Buddhist Era), not %d"),
                                          first, last, year);
    print_error (m);
  }
  return FALSE;
}

static int
cmd_report (int argc, char **argv)
{
  int year = 0, round = 12;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The fiscal year (Buddhist Era)"), N_("YEAR") },
    { "round", 'r', 0, G_OPTION_ARG_INT, &round, N_("The round: 6 or 12 months (default 12)"),
      N_("MONTHS") },
    { NULL },
  };
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (SjBook) book = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SjReportData) data = NULL;
  SjBookOptions options = { "report", -1, 0, 0 };
  int status = EXIT_OK;
  char **args;

  args = parse_command_args ("report", _("PLAN OUT.pdf"),
                             _("Prints the progress report of a fiscal year and round (รอบ ๖ or "
                               "๑๒ เดือน) to PDF: a row per project with its status, budget and "
                               "disbursement, totals per dimension and the summary, all computed "
                               "from the rows."),
                             entries, 2, &argc, &argv, &status);
  if (args == NULL)
    return status;
  if (round != 6 && round != 12)
    {
      g_autofree char *m = g_strdup_printf (_("--round must be 6 or 12, not %d"), round);
      print_error (m);
      return EXIT_BAD_INPUT;
    }
  plan = load_plan (args[0]);
  if (plan == NULL)
    return EXIT_BAD_INPUT;
  if (year == 0)
    year = sj_settings_get_first_year (sj_plan_get_settings (plan));
  if (!check_year (plan, year))
    return EXIT_BAD_INPUT;
  options.report_year = (guint) year;
  options.report_months = (guint) round;
  book = sj_book_new (plan, &options, &error);
  if (book == NULL || !sj_book_export_pdf (book, args[1], &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  data = sj_report_data_new (plan, (guint) year, round == 6 ? SJ_ROUND_6 : SJ_ROUND_12);
  g_print (_("%s: %u pages; %u projects: %u done, %u in progress, %u not started, %u could not "
             "be carried out\n"),
           args[1], sj_book_get_n_pages (book), data->total.n,
           data->total.by_status[SJ_PROGRESS_STATUS_DONE],
           data->total.by_status[SJ_PROGRESS_STATUS_IN_PROGRESS],
           data->total.by_status[SJ_PROGRESS_STATUS_PENDING],
           data->total.by_status[SJ_PROGRESS_STATUS_CANNOT]);
  return EXIT_OK;
}

static int
cmd_export_csv (int argc, char **argv)
{
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The fiscal year (Buddhist Era)"), N_("YEAR") },
    { NULL },
  };
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *csv = NULL;
  int status = EXIT_OK;
  char **args;

  plan = parse_and_load_two ("export-csv", _("PLAN OUT.csv"),
                             _("Writes the yearly E-PlanNACC record of the plan (CSV, UTF-8 with "
                               "a byte order mark): a row per project of the year with its "
                               "dimension, mission, budget and quarters."),
                             entries, &argc, &argv, &args, &status);
  if (plan == NULL)
    return status;
  if (year == 0)
    year = sj_settings_get_first_year (sj_plan_get_settings (plan));
  if (!check_year (plan, year))
    return EXIT_BAD_INPUT;
  csv = sj_eplan_csv_export (plan, (guint) year);
  if (!g_file_set_contents (args[1], csv, -1, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

static int
cmd_export_html (int argc, char **argv)
{
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *index = NULL;
  int status = EXIT_OK;
  char **args;

  plan = parse_and_load_two ("export-html", _("PLAN FOLDER"),
                             _("Writes the plan for the organisation's website: FOLDER/index.html, "
                               "one self-contained page in Thai with every part, the budget "
                               "table, every project form and the charts."),
                             NULL, &argc, &argv, &args, &status);
  if (plan == NULL)
    return status;
  if (!sj_html_export (plan, args[1], &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  index = g_build_filename (args[1], "index.html", NULL);
  g_print ("%s\n", index);
  return EXIT_OK;
}

static int
cmd_import_budget (int argc, char **argv)
{
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("List what would change, and change nothing"), NULL },
    { NULL },
  };
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  g_autoptr (GFile) out = NULL;
  g_autofree char *text = NULL;
  gsize length;
  int status = EXIT_OK;
  char **args;

  plan = parse_and_load_two ("import-budget", _("PLAN FILE.csv"),
                             _("Reads the budget table from a spreadsheet (CSV, UTF-8) into PLAN: "
                               "a title column, optional id, mission, sub-items and type columns, "
                               "and a column per fiscal year (Thai or Arabic digits, thousands "
                               "separators). Rows are matched to projects by id, then by title; "
                               "other rows become new projects of their mission. A file with a "
                               "wrong value changes nothing."),
                             entries, &argc, &argv, &args, &status);
  if (plan == NULL)
    return status;
  if (!g_file_get_contents (args[1], &text, &length, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  changes = sj_budget_csv_import (plan, text, length, dry_run, &error);
  if (changes == NULL)
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = sj_diff_change_to_string (changes->pdata[i]);
      g_print ("%s\n", line);
    }
  if (dry_run)
    {
      g_print (ngettext ("%u change would be made; nothing was changed (--dry-run)\n",
                         "%u changes would be made; nothing was changed (--dry-run)\n",
                         changes->len),
               changes->len);
      return EXIT_OK;
    }
  out = g_file_new_for_commandline_arg (args[0]);
  if (changes->len && !sj_plan_file_save (plan, out, NULL, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  g_print (ngettext ("%u change made\n", "%u changes made\n", changes->len), changes->len);
  return EXIT_OK;
}

static int
cmd_import (int argc, char **argv)
{
  g_autofree char *report_path = NULL;
  gboolean force = FALSE, quiet = FALSE, show_source = FALSE;
  GOptionEntry entries[] = {
    { "source", 0, 0, G_OPTION_ARG_NONE, &show_source,
      N_("Only print what was read from IN, block by block (page, line, the cells of tables "
         "separated by tabs), and write nothing"),
      NULL },
    { "report", 'r', 0, G_OPTION_ARG_FILENAME, &report_path,
      N_("Write the import report to FILE too (what was recognised, what was not, what the source "
         "gets wrong)"),
      N_("FILE") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Replace OUT if it exists"), NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print only the summary, not the report"),
      NULL },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (SjCatalog) catalog = NULL;
  g_autoptr (SjPlan) plan = NULL;
  g_autoptr (SjImportReport) report = NULL;
  g_autoptr (GFile) in = NULL;
  g_autoptr (GFile) out = NULL;
  g_autofree char *text = NULL;
  int status = EXIT_OK;
  char **args;

  args = parse_command_args ("import", _("IN.docx|IN.pdf|IN.txt OUT.sujarit"),
                             _("Reads a plan the committee already has — its Word file, its PDF, or "
                               "the text extracted from the PDF — into a plan file, and reports "
                               "what was recognised and where the source contradicts itself. Exit "
                               "status: 0 imported, 1 imported with differences to decide, 2 "
                               "unreadable."),
                             entries, 2, &argc, &argv, &status);
  if (args == NULL)
    return status;
  in = g_file_new_for_commandline_arg (args[0]);
  out = g_file_new_for_commandline_arg (args[1]);
  if (show_source)
    {
      g_autoptr (SjSource) source = sj_source_read (in, NULL, &error);
      if (source == NULL)
        {
          g_autofree char *m = g_strdup_printf ("%s: %s", args[0], error->message);
          print_error (m);
          return EXIT_BAD_INPUT;
        }
      for (guint i = 0; i < source->blocks->len; i++)
        {
          SjSourceBlock *b = g_ptr_array_index (source->blocks, i);
          g_print ("%u:%u%s %s\n", b->page, b->line, b->kind == SJ_SOURCE_ROW ? " |" : "", b->text);
        }
      return EXIT_OK;
    }
  if (!force && g_file_query_exists (out, NULL))
    {
      g_autofree char *m = g_strdup_printf (_("%s exists already; give --force to replace it"),
                                            args[1]);
      print_error (m);
      return EXIT_BAD_INPUT;
    }
  catalog = sj_catalog_open_default (&error);
  if (catalog == NULL)
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  plan = sj_import_file (in, catalog, &report, NULL, &error);
  if (plan == NULL)
    {
      g_autofree char *m = g_strdup_printf ("%s: %s", args[0], error->message);
      print_error (m);
      return EXIT_BAD_INPUT;
    }
  if (!sj_plan_file_save (plan, out, NULL, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  text = sj_import_report_to_text (report, args[0]);
  if (report_path)
    {
      g_autoptr (GFile) rf = g_file_new_for_commandline_arg (report_path);
      if (!g_file_replace_contents (rf, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                                    NULL, NULL, &error))
        {
          print_error (error->message);
          return EXIT_BAD_INPUT;
        }
    }
  if (quiet)
    {
      g_autofree char *first = g_strndup (text, strcspn (text, "\n"));
      const char *second = text + strlen (first) + (text[strlen (first)] ? 1 : 0);
      g_autofree char *rest = g_strndup (second, strcspn (second, "\n"));
      const char *third = second + strlen (rest) + (second[strlen (rest)] ? 1 : 0);
      g_autofree char *last = g_strndup (third, strcspn (third, "\n"));
      g_print ("%s\n%s\n%s\n", first, rest, last);
    }
  else
    g_print ("%s", text);
  {
    SjSummary *summary = sj_summary_new (plan);
    g_autofree char *total = sj_money_format (sj_summary_get_plan_totals (summary)->years[0],
                                              SJ_MONEY_DECIMALS_AUTO, TRUE);
    g_print (_("%s: %u projects, %s baht in %d\n"), args[1], sj_summary_get_n_projects (summary),
             total, sj_settings_get_first_year (sj_plan_get_settings (plan)));
    sj_summary_free (summary);
  }
  return report->n_differences > 0 ? EXIT_FINDINGS : EXIT_OK;
}

static int cmd_help (int argc, char **argv);

static const Command commands[] = {
  { "check", "PLAN", N_("List errors and warnings in the plan"), cmd_check },
  { "summary", "[--csv] PLAN", N_("Projects and budgets per dimension and year"), cmd_summary },
  { "export-pdf", "PLAN OUT.pdf", N_("Print the plan book to PDF"), cmd_export_pdf },
  { "compare", "PLAN|FOLDER…", N_("One CSV row per plan, for reviewing many plans"),
    cmd_compare },
  { "report", "PLAN OUT.pdf", N_("Print a progress report (--year, --round)"), cmd_report },
  { "export-csv", "PLAN OUT.csv", N_("Write the yearly E-PlanNACC record (--year)"),
    cmd_export_csv },
  { "export-html", "PLAN FOLDER", N_("Write the plan as a web page"), cmd_export_html },
  { "validate", "PLAN", N_("Check the file against the plan file format"), cmd_validate },
  { "normalize", "PLAN", N_("Rewrite the file in its canonical form"), cmd_normalize },
  { "import", "IN OUT.sujarit", N_("Read a plan from its Word file, PDF or text"), cmd_import },
  { "new", "--org … --type … OUT", N_("Make a new plan from the catalogue"), cmd_new },
  { "library", "search TEXT", N_("Find standard projects in the library"), cmd_library },
  { "export-budget", "PLAN OUT.csv", N_("Write the budget table as a spreadsheet"),
    cmd_export_budget },
  { "import-budget", "PLAN FILE.csv", N_("Read the budget table from a spreadsheet"),
    cmd_import_budget },
  { "diff", "OLD NEW", N_("What changed between two versions of a plan"), cmd_diff },
  { "help", "[COMMAND]", N_("Show help"), cmd_help },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: sujarit-cli COMMAND [OPTION…] PLAN"));
  fprintf (out, "%s\n\n", _("Sujarit: the anti-corruption action plan of a Thai local "
                            "government, checked and printed."));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-9s %-15s %s\n", commands[i].name, commands[i].args,
             _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “sujarit-cli COMMAND --help” for the options of a command."));
  fprintf (out, "%s\n", _("Exit status: 0 success, 1 the plan has errors (check), "
                          "2 bad input or usage."));
}

static int
cmd_help (int argc, char **argv)
{
  if (argc >= 3)
    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      if (strcmp (argv[2], commands[i].name) == 0 && commands[i].func != cmd_help)
        {
          char *help_argv[] = { argv[0], argv[2], (char *) "--help", NULL };
          return commands[i].func (3, help_argv);
        }
  print_usage (stdout);
  return EXIT_OK;
}

int
main (int argc, char **argv)
{
  sj_i18n_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_BAD_INPUT;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_usage (stdout);
      return EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("sujarit-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].func (argc, argv);

  {
    g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[1]);
    print_error (message);
  }
  print_usage (stderr);
  return EXIT_BAD_INPUT;
}
