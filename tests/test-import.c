/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Import: the three seed plans read from their text (and from Word and PDF documents made from
 * it) give the figures of the transcribed examples, project by project; the import report names
 * the known errors of each original; hostile files are refused with a message. */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sj-compute.h"
#include "sj-import.h"
#include "sj-plan-file.h"
#include "sj-rich.h"
#include "sj-test-util.h"

typedef struct
{
  const char *name;       /* tests/data/import/NAME.txt.gz, data/examples/NAME.sujarit */
  const char *org;
  SjMoney total;          /* a year, in baht */
  guint counts[4];        /* projects per dimension */
} Seed;

static const Seed seeds[] = {
  { "khonkaen-2566", "เทศบาลนครขอนแก่น", 24623948, { 11, 24, 14, 7 } },
  { "kalasin-2566", "เทศบาลเมืองกาฬสินธุ์", 1980000, { 9, 11, 4, 6 } },
  { "nakhonsi-2566", "เทศบาลนครนครศรีธรรมราช", 750000, { 13, 23, 5, 6 } },
};

static SjCatalog *
catalog (void)
{
  g_autoptr (GError) error = NULL;
  SjCatalog *c = sj_catalog_open_default (&error);
  g_assert_no_error (error);
  return c;
}

static GBytes *
read_gz (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GFileInputStream) in = g_file_read (file, NULL, &error);
  g_autoptr (GZlibDecompressor) z = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr (GInputStream) plain = NULL;
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_no_error (error);
  plain = g_converter_input_stream_new (G_INPUT_STREAM (in), G_CONVERTER (z));
  g_output_stream_splice (out, plain, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static SjPlan *
import_seed (const Seed *seed, const char *ext, SjImportReport **report)
{
  g_autoptr (SjCatalog) cat = catalog ();
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strconcat (seed->name, ext, NULL);
  g_autofree char *path = sj_test_data_path ("data", "import", name, NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (SjSource) source = NULL;
  SjPlan *plan;

  if (g_str_has_suffix (ext, ".gz"))
    bytes = read_gz (path);
  else
    {
      g_autoptr (GFile) file = g_file_new_for_path (path);
      bytes = g_file_load_bytes (file, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  source = sj_source_read_bytes (bytes, name, &error);
  g_assert_no_error (error);
  plan = sj_import_source (source, cat, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* The amounts a project counts into the totals, every year, as text. */
static char *
counted (SjSummary *summary, SjProject *p)
{
  GString *s = g_string_new (NULL);
  for (guint y = 0; y < sj_summary_get_n_years (summary); y++)
    {
      SjMoney m = sj_summary_get_counted_amount (summary, p, y);
      g_string_append_printf (s, "%s%" G_GINT64_FORMAT, y ? " " : "", m == SJ_MONEY_NONE ? -1 : m);
    }
  return g_string_free (s, FALSE);
}

static GPtrArray *
projects (SjPlan *plan)
{
  GPtrArray *all = g_ptr_array_new ();
  for (guint d = 0; d < sj_plan_get_n_dimensions (plan); d++)
    {
      SjDimension *dim = sj_plan_get_dimension_at (plan, d);
      for (guint m = 0; m < sj_dimension_get_n_missions (dim); m++)
        {
          SjMission *mission = sj_dimension_get_mission_at (dim, m);
          for (guint k = 0; k < sj_mission_get_n_projects (mission); k++)
            g_ptr_array_add (all, sj_mission_get_project_at (mission, k));
        }
    }
  return all;
}

/* The imported plan against the example transcribed by hand: the totals and counts exactly;
 * returns how many projects have every year's counted amount equal. */
static guint
compare_with_example (const Seed *seed, SjPlan *plan, guint *n_out)
{
  g_autofree char *example_name = g_strconcat (seed->name, ".sujarit", NULL);
  g_autoptr (SjPlan) example = sj_test_load_example (example_name);
  g_autoptr (SjSummary) a = sj_summary_new (plan);
  g_autoptr (SjSummary) b = sj_summary_new (example);
  g_autoptr (GPtrArray) pa = projects (plan);
  g_autoptr (GPtrArray) pb = projects (example);
  const SjTotals *ta = sj_summary_get_plan_totals (a);
  guint equal = 0;

  g_assert_cmpstr (sj_organisation_get_name (sj_plan_get_organisation (plan)), ==, seed->org);
  g_assert_cmpuint (ta->n_projects, ==, seed->counts[0] + seed->counts[1] + seed->counts[2]
                                          + seed->counts[3]);
  for (guint d = 0; d < 4; d++)
    g_assert_cmpuint (sj_summary_get_dimension_totals (a, d)->n_projects, ==, seed->counts[d]);
  for (guint y = 0; y < 5; y++)
    g_assert_cmpint (ta->years[y], ==, sj_money_from_baht (seed->total));
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      g_autofree char *x = counted (a, pa->pdata[i]);
      g_autofree char *y = counted (b, pb->pdata[i]);
      if (strcmp (x, y) == 0)
        equal++;
      else
        g_test_message ("%s project %u: imported %s, example %s", seed->name, i + 1, x, y);
    }
  *n_out = pa->len;
  return equal;
}

static gboolean
report_mentions (SjImportReport *report, SjImportDiff diff, const char *text)
{
  for (guint i = 0; i < report->notes->len; i++)
    {
      SjImportNote *note = g_ptr_array_index (report->notes, i);
      if (note->diff == diff && strstr (note->message, text))
        return TRUE;
    }
  return FALSE;
}

static void
test_seed_text (gconstpointer data)
{
  const Seed *seed = data;
  g_autoptr (SjImportReport) report = NULL;
  g_autoptr (SjPlan) plan = import_seed (seed, ".txt.gz", &report);
  guint n = 0, equal = compare_with_example (seed, plan, &n);

  g_test_message ("%s: %u of %u projects with the example's amounts; fields %u of %u", seed->name,
                  equal, n, report->n_fields, report->n_fields_expected);
  /* every form found, ≥ 95 % of the fields of every project: all nine of each form */
  g_assert_cmpuint (report->n_forms, ==, n);
  g_assert_cmpuint (report->n_fields * 100, >=, 95 * report->n_fields_expected);
  g_assert_cmpuint (report->worst_fields * 100, >=, 95 * 9);
  /* every project's per-year amounts as transcribed */
  g_assert_cmpuint (equal, ==, n);
  /* the file it becomes is valid */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("sj-import-XXXXXX", &error);
    g_autofree char *path = g_build_filename (dir, "plan.sujarit", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (SjPlan) again = NULL;
    g_assert_no_error (error);
    g_assert_true (sj_plan_file_save (plan, file, NULL, &error));
    g_assert_no_error (error);
    again = sj_plan_file_load (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (sj_plan_equal (plan, again));
    g_unlink (path);
    g_rmdir (dir);
  }
}

/* The known errors of each original (../shared/domain/seed-report-*.md) are in the report. */
static void
test_seed_errors (void)
{
  {
    g_autoptr (SjImportReport) r = NULL;
    g_autoptr (SjPlan) p = import_seed (&seeds[0], ".txt.gz", &r);
    /* KK: 60,000 printed on row (20), the forms say it is (21)'s; (36)–(38) share one cell */
    g_assert_true (report_mentions (r, SJ_IMPORT_DIFF_BUDGET, "Project 20"));
    g_assert_true (report_mentions (r, SJ_IMPORT_DIFF_BUDGET, "Project 21"));
    g_assert_cmpint (sj_project_get_amount (g_ptr_array_index (projects (p), 20), 2566), ==,
                     sj_money_from_baht (60000));
  }
  {
    g_autoptr (SjImportReport) r = NULL;
    g_autoptr (SjPlan) p = import_seed (&seeds[1], ".txt.gz", &r);
    /* Kalasin: (4) 50,000 in Part 2 but 500,000 in its form; (15) 50,000 against none */
    g_assert_true (report_mentions (r, SJ_IMPORT_DIFF_BUDGET, "Project 4:"));
    g_assert_true (report_mentions (r, SJ_IMPORT_DIFF_BUDGET, "Project 15:"));
    /* the shared development plan project: counted once, with (1) */
    g_assert_cmpuint (g_list_model_get_n_items (sj_plan_get_funding_lines (p)), >, 0);
  }
  {
    g_autoptr (SjImportReport) r = NULL;
    g_autoptr (SjPlan) p = import_seed (&seeds[2], ".txt.gz", &r);
    /* NS: another municipality's name left in the text */
    g_assert_true (report_mentions (r, SJ_IMPORT_DIFF_ORGANISATION, "เทศบาลนครนครราชสีมา"));
  }
}

/* A Word file made from the seeds' text with LibreOffice (tools/make-import-docs.py): a real
 * table with the dimension and mission cells merged down their rows. It gives the figures of
 * the text, project by project. */
static void
test_seed_docx (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
    {
      g_autoptr (SjImportReport) report = NULL;
      g_autoptr (SjPlan) plan = import_seed (&seeds[s], ".docx", &report);
      guint n = 0, equal = compare_with_example (&seeds[s], plan, &n);
      g_test_message ("%s.docx: %u of %u projects with the example's amounts, %u forms, fields %u "
                      "of %u",
                      seeds[s].name, equal, n, report->n_forms, report->n_fields,
                      report->n_fields_expected);
      g_assert_cmpuint (equal, ==, n);
      g_assert_cmpuint (report->n_forms, ==, n);
    }
}

/* The PDF LibreOffice prints of the same documents: the table read from the characters'
 * positions, its columns kept from page to page under the same header. */
static void
test_seed_pdf (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
    {
      g_autoptr (SjImportReport) report = NULL;
      g_autoptr (SjPlan) plan = import_seed (&seeds[s], ".pdf", &report);
      g_autoptr (SjSummary) summary = sj_summary_new (plan);
      const SjTotals *t = sj_summary_get_plan_totals (summary);
      guint n = seeds[s].counts[0] + seeds[s].counts[1] + seeds[s].counts[2] + seeds[s].counts[3];

      g_autofree char *total = sj_money_format (t->years[0], SJ_MONEY_DECIMALS_AUTO, TRUE);

      g_test_message ("%s.pdf: %u projects (of %u), %s a year, %u forms, fields %u of %u",
                      seeds[s].name, t->n_projects, n, total, report->n_forms, report->n_fields,
                      report->n_fields_expected);
      {
        guint m = 0, equal = compare_with_example (&seeds[s], plan, &m);
        g_test_message ("%s.pdf: %u of %u projects with the example's amounts", seeds[s].name,
                        equal, m);
        /* Kalasin: the five amounts of one merged cell ("0 0 0 50,000 0") wrap onto two lines
         * of the PDF, and 50,000 lands on the project before the one the text gives it to */
        g_assert_cmpuint (equal + (s == 1 ? 2 : 0), >=, m);
        g_assert_cmpuint (report->n_forms, ==, m);
        /* ≥ 95 % of the form fields of every project, the labels whose marks the PDF's bold face
         * lost included */
        g_assert_cmpuint (report->worst_fields * 100, >=, 95 * 9);
      }
    }
}


/* The front matter and Part 1 are the committee's own texts, not the standard ones. */
static void
test_front (void)
{
  {
    g_autoptr (SjImportReport) r = NULL;
    g_autoptr (SjPlan) p = import_seed (&seeds[0], ".txt.gz", &r);
    SjAnnouncement *a = sj_plan_get_announcement (p);
    g_autofree char *preface = sj_rich_to_plain (sj_plan_get_preface (p));
    g_autofree char *rationale = sj_rich_to_plain (sj_plan_get_rationale (p));
    const SjDate *date = sj_announcement_get_date (a);

    g_assert_nonnull (strstr (sj_announcement_get_title (a), "การใช้แผนปฏิบัติการป้องกันการทุจริต"));
    g_assert_cmpuint (date->year, ==, 2022);
    g_assert_cmpuint (date->month, ==, 9);
    g_assert_cmpuint (date->day, ==, 29);
    g_assert_cmpint (sj_announcement_get_placement (a), ==, SJ_PLACEMENT_FRONT);
    g_assert_cmpstr (sj_person_get_name (sj_announcement_get_signatory (a)), ==,
                     "นายธีระศักดิ์ ธิมาวุฒ์"); /* as the source spells it */
    g_assert_nonnull (strstr (preface, "เทศบาลนครขอนแก่นได้จัดทำแผนปฏิบัติการ"));
    /* the counts it prints agree with the plan: they are computed facts now */
    g_assert_true (sj_rich_has_fact (sj_plan_get_preface (p), "project-count"));
    g_assert_true (sj_rich_has_fact (sj_plan_get_preface (p), "dimension-4-count"));
    g_assert_cmpuint (sj_plan_get_preface_date (p)->month, ==, 9);
    g_assert_nonnull (strstr (rationale, "มาตรา 65"));
    g_assert_cmpuint (sj_plan_get_n_targets (p), ==, 2);
    /* Part 1's analysis, SWOT and risk register as the example transcribes them */
    g_assert_cmpuint (sj_plan_get_n_analysis (p), ==, 1);
    g_assert_cmpuint (sj_plan_get_n_swot_items (p), ==, 47);
    g_assert_cmpuint (sj_plan_get_n_strategies (p), ==, 9);
    g_assert_cmpstr (sj_strategy_get_codes (sj_plan_get_strategy_at (p, 0)), ==, "S1 S2 O1 O13");
    g_assert_cmpuint (sj_plan_get_n_risk_steps (p), ==, 4);
    g_assert_cmpint (sj_risk_item_get_level (sj_risk_step_get_risk_at (sj_plan_get_risk_step_at (p, 0), 0)),
                     ==, SJ_RISK_LEVEL_MEDIUM);
    g_assert_cmpstr (sj_organisation_get_slogan (sj_plan_get_organisation (p)), ==,
                     "“พัฒนาเมืองสู่สากล สร้างสังคมแห่งความสุข”");
  }
  {
    g_autoptr (SjImportReport) r = NULL;
    g_autoptr (SjPlan) p = import_seed (&seeds[1], ".txt.gz", &r);
    SjAnnouncement *a = sj_plan_get_announcement (p);
    SjTarget *ita = sj_plan_get_target_at (p, 1);

    SjOrder *order = sj_plan_get_order_at (p, 0);

    /* the committee as the signed order lists it: 26 members, numbered 1–19 then 32–38 */
    g_assert_cmpuint (sj_plan_get_n_orders (p), ==, 1);
    g_assert_cmpstr (sj_order_get_number (order), ==, "111/2565");
    g_assert_cmpuint (sj_order_get_n_members (order), ==, 26);
    g_assert_cmpstr (sj_member_get_name (sj_order_get_member_at (order, 0)), ==, "นายจารุวัฒน์ บุญเพิ่ม");
    g_assert_cmpstr (sj_member_get_role (sj_order_get_member_at (order, 0)), ==, "ประธานคณะกรรมการ");
    g_assert_cmpstr (sj_member_get_number (sj_order_get_member_at (order, 19)), ==, "32");
    g_assert_true (report_mentions (r, SJ_IMPORT_DIFF_COUNT, "19→32"));
    g_assert_cmpuint (sj_order_get_date (order)->month, ==, 7);
    /* Kalasin's Part 1 has no SWOT: no standard one takes its place */
    g_assert_cmpuint (sj_plan_get_n_swot_items (p), ==, 0);
    g_assert_cmpuint (sj_plan_get_n_risk_steps (p), ==, 4);
    /* Kalasin signs its ประกาศ at the back of the book */
    g_assert_cmpint (sj_announcement_get_placement (a), ==, SJ_PLACEMENT_APPENDIX);
    g_assert_cmpuint (sj_announcement_get_date (a)->day, ==, 21);
    g_assert_cmpstr (sj_target_get_kind (ita), ==, "ita");
    g_assert_cmpstr (sj_target_get_suffix (ita), ==, "คะแนน");
    g_assert_cmpstr (sj_year_value_get_value (sj_target_get_value_at (ita, 4)), ==, "89");
  }
  {
    /* Nakhon Si Thammarat's E-PlanNACC annex: five years of quarters, its date and issuer */
    g_autoptr (SjImportReport) r = NULL;
    g_autoptr (SjPlan) p = import_seed (&seeds[2], ".txt.gz", &r);
    const SjDate *date = sj_plan_get_annex_date (p);
    guint scheduled = 0, years = 0;
    g_autoptr (GPtrArray) all = projects (p);

    g_assert_cmpuint (date->year, ==, 2022);
    g_assert_cmpuint (date->month, ==, 11);
    g_assert_cmpuint (date->day, ==, 15);
    g_assert_cmpstr (sj_person_get_name (sj_plan_get_annex_issuer (p)), ==, "นางชนากานต์ ทศนวิสุทธิ์");
    for (guint i = 0; i < all->len; i++)
      for (guint y = 0; y < sj_project_get_n_years (all->pdata[i]); y++)
        {
          years++;
          scheduled += sj_project_year_get_quarters (sj_project_get_year_at (all->pdata[i], y)) != 0;
        }
    g_assert_cmpuint (years, ==, 47 * 5);
    g_assert_cmpuint (scheduled, ==, years);
    g_assert_true (report_mentions (r, SJ_IMPORT_DIFF_NONE, "228 of its 233 rows"));
  }
}


/* The contents' page ranges must follow on; a gap is reported. */
static void
test_contents (void)
{
  g_autofree char *path = sj_test_data_path ("fuzz", "corpus", "import", "small-plan.txt", NULL);
  g_autofree char *plan_text = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SjSource) source = NULL;
  g_autoptr (SjCatalog) cat = catalog ();
  g_autoptr (SjImportReport) report = NULL;
  g_autoptr (SjPlan) plan = NULL;

  g_assert_true (g_file_get_contents (path, &plan_text, NULL, NULL));
  text = g_strconcat ("สารบัญ\n\tหน้า\nส่วนที่ 1 บทนำ\t1 - 4\n"
                      "ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต\t6 - 9\n"
                      "ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ\t10 - 70\n\n",
                      plan_text, NULL);
  source = sj_source_read_text (text, strlen (text), &error);
  g_assert_no_error (error);
  plan = sj_import_source (source, cat, &report, &error);
  g_assert_no_error (error);
  g_assert_true (report_mentions (report, SJ_IMPORT_DIFF_COUNT, "1–4"));
  g_assert_false (report_mentions (report, SJ_IMPORT_DIFF_COUNT, "6–9 and part 3"));
}


/* Word's own structure: automatic numbering (two levels, Thai digits), a cell across two columns,
 * a cell merged down, a page break, deleted text. */
static void
test_docx_structure (void)
{
  g_autofree char *path = sj_test_data_path ("data", "import", "numbering.docx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjSource) source = sj_source_read (file, NULL, &error);
  SjSourceBlock *b;

  g_assert_no_error (error);
  g_assert_cmpuint (source->blocks->len, ==, 10);
  g_assert_cmpstr (((SjSourceBlock *) g_ptr_array_index (source->blocks, 1))->text, ==,
                   "1) เพื่อป้องกันการทุจริต");
  g_assert_cmpstr (((SjSourceBlock *) g_ptr_array_index (source->blocks, 4))->text, ==,
                   "2.๒) ย่อยสอง");
  g_assert_cmpstr (((SjSourceBlock *) g_ptr_array_index (source->blocks, 5))->text, ==,
                   "3) เพื่อความโปร่งใส");
  g_assert_true (((SjSourceBlock *) g_ptr_array_index (source->blocks, 0))->bold);
  b = g_ptr_array_index (source->blocks, 6);
  g_assert_cmpint (b->kind, ==, SJ_SOURCE_ROW);
  g_assert_cmpuint (g_strv_length (b->cells), ==, 3);
  g_assert_cmpstr (b->cells[1], ==, ""); /* the second column of the spanning cell */
  b = g_ptr_array_index (source->blocks, 8);
  g_assert_cmpstr (b->cells[0], ==, ""); /* merged down from "มิติ 1" */
  g_assert_cmpstr (b->cells[1], ==, "โครงการ ข");
  b = g_ptr_array_index (source->blocks, 9);
  g_assert_cmpstr (b->text, ==, "หน้าใหม่");
  g_assert_cmpuint (b->page, ==, 2);
  for (guint i = 0; i < source->blocks->len; i++)
    g_assert_null (strstr (((SjSourceBlock *) g_ptr_array_index (source->blocks, i))->text, "ลบแล้ว"));
}

static void
expect_refused (const char *data, gsize len, int code, const char *words)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, len);
  g_autoptr (GError) error = NULL;
  g_autoptr (SjSource) source = sj_source_read_bytes (bytes, "x", &error);

  g_assert_null (source);
  g_assert_error (error, SJ_SOURCE_ERROR, code);
  if (words)
    g_assert_nonnull (strstr (error->message, words));
}

static void
test_hostile (void)
{
  g_autofree char *dir = sj_test_data_path ("data", "import", "hostile", NULL);
  struct
  {
    const char *file;
    int code;
  } cases[] = {
    { "bomb.docx", SJ_SOURCE_ERROR_UNSAFE },       /* document.xml unpacks to 1 GB of zeros */
    { "traversal.docx", SJ_SOURCE_ERROR_UNSAFE },  /* ../../etc/passwd inside */
    { "doctype.docx", SJ_SOURCE_ERROR_UNSAFE },    /* an entity bomb in a DOCTYPE */
    { "not-word.docx", SJ_SOURCE_ERROR_FORMAT },   /* a zip without word/document.xml */
    { "truncated.docx", SJ_SOURCE_ERROR_FORMAT },  /* the first half of a Word file */
    { "damaged.pdf", SJ_SOURCE_ERROR_FORMAT },
    { "encrypted.pdf", SJ_SOURCE_ERROR_ENCRYPTED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].file, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      g_autoptr (SjSource) source = sj_source_read (file, NULL, &error);
      g_test_message ("%s: %s", cases[i].file, error ? error->message : "(read)");
      g_assert_null (source);
      g_assert_error (error, SJ_SOURCE_ERROR, cases[i].code);
    }
  expect_refused ("\xff\xfe\x00t\x00e\x00x\x00t", 10, SJ_SOURCE_ERROR_FORMAT, "UTF-8");
  expect_refused ("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old", 12, SJ_SOURCE_ERROR_FORMAT, ".doc");
  {
    /* a text that is no plan is refused by the recogniser, not crashed on */
    g_autoptr (SjCatalog) cat = catalog ();
    g_autoptr (GError) error = NULL;
    const char *text = "สวัสดี\nนี่ไม่ใช่แผน\n";
    g_autoptr (SjSource) source = sj_source_read_text (text, strlen (text), &error);
    g_autoptr (SjPlan) plan = NULL;
    g_assert_no_error (error);
    plan = sj_import_source (source, cat, NULL, &error);
    g_assert_null (plan);
    g_assert_nonnull (error);
  }
}

static void
test_clean (void)
{
  g_autofree char *a = sj_import_clean ("มติที่ ๑\u00a0 การสร้าง\u200bวัฒนธรรม");
  g_autofree char *b = sj_import_clean ("มติที่ประชุม");
  g_autofree char *c = sj_import_join_split_words ("การเสริมสร้างจิต สำนึกและความตระ หนัก");
  g_autoptr (GArray) m = g_array_new (FALSE, FALSE, sizeof (SjMoney));

  g_assert_cmpstr (a, ==, "มิติที่ 1 การสร้างวัฒนธรรม");
  g_assert_cmpstr (b, ==, "มติที่ประชุม"); /* "resolution of the meeting" stays */
  g_assert_cmpstr (c, ==, "การเสริมสร้างจิต สำนึกและความตระหนัก");
  g_assert_true (sj_import_parse_amounts ("0 0 50,000 -", m));
  g_assert_cmpuint (m->len, ==, 4);
  g_assert_cmpint (g_array_index (m, SjMoney, 2), ==, sj_money_from_baht (50000));
  g_assert_cmpint (g_array_index (m, SjMoney, 3), ==, SJ_MONEY_NONE);
  g_array_set_size (m, 0);
  g_assert_true (sj_import_parse_amounts ("10,251,748 บาท", m));
  g_assert_cmpint (g_array_index (m, SjMoney, 0), ==, sj_money_from_baht (10251748));
  g_assert_false (sj_import_parse_amounts ("กองคลัง", m));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/clean", test_clean);
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/text/%s", seeds[i].name);
      g_test_add_data_func (path, &seeds[i], test_seed_text);
    }
  g_test_add_func ("/import/source-errors", test_seed_errors);
  g_test_add_func ("/import/front", test_front);
  g_test_add_func ("/import/contents", test_contents);
  g_test_add_func ("/import/docx", test_seed_docx);
  g_test_add_func ("/import/docx-structure", test_docx_structure);
  g_test_add_func ("/import/pdf", test_seed_pdf);
  g_test_add_func ("/import/hostile", test_hostile);
  return g_test_run ();
}
