/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-catalog.h"
#include "sj-model.h"
#include "sj-source.h"

G_BEGIN_DECLS

/**
 * Import: the plan a committee already has, read from its Word file, its PDF or the PDF's
 * text (SjSource), recognised part by part onto the frame of its edition (from the catalogue),
 * with a report of what was recognised, what was not, and where the source contradicts itself
 * (Part 2 against Part 3, printed totals and counts against the rows). Where the source gives
 * two values, the import takes one by a stated rule and records the other, so that the person
 * importing decides (sj_import_choose).
 */

typedef enum
{
  SJ_IMPORT_NOTE_INFO,          /* what was recognised */
  SJ_IMPORT_NOTE_UNRECOGNISED,  /* a part of the source that was not understood */
  SJ_IMPORT_NOTE_DIFFERENCE,    /* the source contradicts itself; a value was chosen */
} SjImportNoteKind;

typedef enum
{
  SJ_IMPORT_DIFF_NONE,
  SJ_IMPORT_DIFF_BUDGET,         /* a project's amount: Part 2 against Part 3 */
  SJ_IMPORT_DIFF_SUBTOTAL,       /* a printed dimension subtotal against its rows */
  SJ_IMPORT_DIFF_TOTAL,          /* the printed grand total against the rows */
  SJ_IMPORT_DIFF_COUNT,          /* a printed number of projects against the projects */
  SJ_IMPORT_DIFF_TITLE,          /* a project's title: Part 2 against Part 3 */
  SJ_IMPORT_DIFF_YEARS,          /* the title's years against the budget's years */
  SJ_IMPORT_DIFF_ORGANISATION,   /* another organisation's name in the text */
} SjImportDiff;

typedef struct
{
  SjImportNoteKind kind;
  SjImportDiff diff;
  guint line;           /* of the source, 0 when not one place */
  guint page;           /* 0 when unknown */
  char *message;        /* translated */
  /* a difference about one project's amount: both values, which one was taken */
  SjProject *project;   /* nullable; owned */
  SjMoney source_value; /* the value not taken (SJ_MONEY_NONE: ไม่ใช้งบประมาณ) */
  SjMoney chosen_value; /* the value taken */
  /* a difference about a project's title: both texts */
  char *source_text;    /* the title not taken */
  char *chosen_text;    /* the title taken */
} SjImportNote;

typedef struct
{
  SjSourceFormat format;
  GPtrArray *notes;     /* of SjImportNote */
  guint n_projects;
  guint n_forms;        /* Part 3 forms found */
  guint n_fields;       /* form fields recognised, over every project */
  guint n_fields_expected;
  guint worst_fields;   /* the fewest of a form's nine fields recognised in one form … */
  guint worst_project;  /* … and that project's number */
  guint n_differences;
  guint n_unrecognised;
  guint n_findings;     /* checker errors and warnings on the result */
  double seconds;
} SjImportReport;

SjPlan *sj_import_source (SjSource *source, SjCatalog *catalog, SjImportReport **report,
                          GError **error);
SjPlan *sj_import_file (GFile *file, SjCatalog *catalog, SjImportReport **report,
                        GCancellable *cancellable, GError **error);
char *sj_import_report_to_text (const SjImportReport *report, const char *source_name);
void sj_import_choose (SjImportNote *note, SjPlan *plan, gboolean take_source);
char *sj_import_note_values (const SjImportNote *note, gboolean taken);
void sj_import_report_free (SjImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjImportReport, sj_import_report_free)

/* Helpers, exposed for the tests. */
char *sj_import_clean (const char *text);
char *sj_import_join_split_words (const char *text);
gboolean sj_import_parse_amounts (const char *cell, GArray *amounts);

G_END_DECLS
