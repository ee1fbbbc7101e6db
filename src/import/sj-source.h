/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * SjSource: a document a committee already has (Word, PDF, or its extracted text) read into a
 * sequence of blocks — paragraphs and table rows — with where each came from. The recogniser
 * (sj-import.c) works on these, whatever the file was.
 *
 * Table rows keep their cells in column order: a cell merged across columns (w:gridSpan) is
 * followed by empty cells, a cell merged down (w:vMerge continuation) is empty, as in the text a
 * PDF reader extracts.
 */

#define SJ_SOURCE_ERROR (sj_source_error_quark ())
GQuark sj_source_error_quark (void);

typedef enum
{
  SJ_SOURCE_ERROR_FORMAT,   /* not a Word, PDF or text file, or damaged */
  SJ_SOURCE_ERROR_UNSAFE,   /* refused: a zip bomb, unsafe names, a DOCTYPE … */
  SJ_SOURCE_ERROR_ENCRYPTED,/* a PDF with a password */
  SJ_SOURCE_ERROR_TOO_LARGE,
} SjSourceError;

typedef enum
{
  SJ_SOURCE_TEXT,
  SJ_SOURCE_DOCX,
  SJ_SOURCE_PDF,
} SjSourceFormat;

typedef enum
{
  SJ_SOURCE_PARAGRAPH,
  SJ_SOURCE_ROW,
} SjSourceKind;

typedef struct
{
  SjSourceKind kind;
  char *text;   /* a paragraph's text; a row's cells joined by tabs */
  GStrv cells;  /* a row's cells; NULL for a paragraph */
  guint line;   /* the line of a text file, the paragraph of a Word file, the line of a PDF page */
  guint page;   /* 1-based; 0 when the source does not say */
  gboolean bold;
} SjSourceBlock;

typedef struct
{
  SjSourceFormat format;
  GPtrArray *blocks; /* of SjSourceBlock */
  guint n_pages;     /* 0 when unknown */
} SjSource;

/* The limits a hostile file meets. */
#define SJ_SOURCE_MAX_FILE (256u * 1024 * 1024)      /* what is read at all */
#define SJ_SOURCE_MAX_UNPACKED (64u * 1024 * 1024)   /* one part of a Word file, unpacked */
#define SJ_SOURCE_MAX_ENTRIES 20000u                 /* files in a Word file */
#define SJ_SOURCE_MAX_BLOCKS 2000000u

SjSource *sj_source_read (GFile *file, GCancellable *cancellable, GError **error);
SjSource *sj_source_read_bytes (GBytes *bytes, const char *name, GError **error);
SjSource *sj_source_read_text (const char *data, gsize len, GError **error);
SjSource *sj_source_read_docx (GBytes *bytes, GError **error);
SjSource *sj_source_read_pdf (GBytes *bytes, GError **error);
void sj_source_free (SjSource *source);
SjSource *sj_source_new (SjSourceFormat format);
void sj_source_add (SjSource *source, const char *text, GStrv cells, guint line, guint page,
                    gboolean bold);
const char *sj_source_format_name (SjSourceFormat format);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjSource, sj_source_free)

G_END_DECLS
