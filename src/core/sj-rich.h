/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * SjRich:
 *
 * Structured rich text for the fields of a project form and the prose of the plan: paragraphs of
 * runs (bold, italic, underline, subscript, superscript, links, computed facts), nested numbered
 * and bulleted lists with Thai numbering styles, and small tables. An #SjRich is reference counted
 * and immutable once it is shared: edits build a new value, which keeps undo simple and lets
 * views hold on to what they display.
 */
typedef struct _SjRich SjRich;
typedef struct _SjBlock SjBlock;

typedef enum
{
  SJ_RUN_BOLD = 1 << 0,
  SJ_RUN_ITALIC = 1 << 1,
  SJ_RUN_UNDERLINE = 1 << 2,
  SJ_RUN_SUBSCRIPT = 1 << 3,
  SJ_RUN_SUPERSCRIPT = 1 << 4,
} SjRunFlags;

typedef struct
{
  char *text; /* the text; for a fact, the text shown when the fact is unknown (may be NULL) */
  char *href; /* a link target, or NULL */
  char *fact; /* the name of a computed fact filled in when printing, or NULL */
  SjRunFlags flags;
} SjRun;

typedef enum
{
  SJ_BLOCK_PARAGRAPH,
  SJ_BLOCK_LIST,
  SJ_BLOCK_TABLE,
} SjBlockKind;

typedef enum
{
  SJ_ALIGN_JUSTIFY, /* the default for prose: Thai-aware distribution done by Pango */
  SJ_ALIGN_LEFT,
  SJ_ALIGN_CENTER,
  SJ_ALIGN_RIGHT,
} SjAlign;

typedef enum
{
  SJ_LIST_NUMBER_PAREN, /* 1) 2) 3) */
  SJ_LIST_NUMBER_DOT,   /* 1. 2. 3. */
  SJ_LIST_PAREN_NUMBER, /* (1) (2) (3) */
  SJ_LIST_OUTLINE,      /* 1.1) 1.2) – the enclosing items' numbers, then this one's */
  SJ_LIST_DASH,         /* - */
  SJ_LIST_BULLET,       /* • */
  SJ_LIST_THAI_LETTER,  /* ก. ข. ค. */
  SJ_LIST_PLAIN,        /* indented items without a marker */
} SjListStyle;

typedef struct
{
  GPtrArray *blocks; /* of SjBlock */
} SjItem;

typedef struct
{
  guint colspan;
  SjAlign align;
  GPtrArray *blocks; /* of SjBlock */
} SjCell;

typedef struct
{
  gboolean header;
  GPtrArray *cells; /* of SjCell */
} SjRow;

struct _SjBlock
{
  SjBlockKind kind;
  /* paragraph */
  GArray *runs; /* of SjRun */
  SjAlign align;
  gboolean indent; /* first-line indent, as for body paragraphs of Thai official documents */
  /* list */
  SjListStyle style;
  guint start;
  GPtrArray *items; /* of SjItem */
  /* table */
  GArray *widths; /* of double, relative column widths; may be empty */
  gboolean borders;
  GPtrArray *rows; /* of SjRow */
};

#define SJ_TYPE_RICH (sj_rich_get_type ())
GType sj_rich_get_type (void) G_GNUC_CONST;

SjRich *sj_rich_new (void);
SjRich *sj_rich_new_plain (const char *text);
SjRich *sj_rich_ref (SjRich *rich);
void sj_rich_unref (SjRich *rich);
GPtrArray *sj_rich_get_blocks (const SjRich *rich);
gboolean sj_rich_is_empty (const SjRich *rich);
gboolean sj_rich_equal (const SjRich *a, const SjRich *b);
char *sj_rich_to_plain (const SjRich *rich);
void sj_rich_foreach_text (const SjRich *rich, void (*func) (const char *text, gpointer data),
                           gpointer data);
void sj_rich_foreach_fact (const SjRich *rich,
                           void (*func) (const char *name, const char *fallback, gpointer data),
                           gpointer data);
gboolean sj_rich_has_fact (const SjRich *rich, const char *fact);
SjRich *sj_rich_copy (const SjRich *rich);
void sj_rich_foreach_paragraph (SjRich *rich, void (*func) (SjBlock *paragraph, gpointer data),
                                gpointer data);

SjBlock *sj_block_new_paragraph (void);
void sj_block_add_run (SjBlock *paragraph, const char *text, SjRunFlags flags, const char *href);
void sj_block_add_fact (SjBlock *paragraph, const char *fact, const char *fallback,
                        SjRunFlags flags);
SjBlock *sj_block_new_list (SjListStyle style, guint start);
GPtrArray *sj_block_add_item (SjBlock *list);
SjBlock *sj_block_new_table (gboolean borders);
SjRow *sj_block_add_row (SjBlock *table, gboolean header);
GPtrArray *sj_row_add_cell (SjRow *row, guint colspan, SjAlign align);
void sj_block_free (SjBlock *block);
guint sj_block_table_columns (const SjBlock *table);

char *sj_list_marker (SjListStyle style, const char *outline_prefix, guint n, gboolean thai);

const char *sj_list_style_to_string (SjListStyle style);
gboolean sj_list_style_from_string (const char *text, SjListStyle *out);
const char *sj_align_to_string (SjAlign align);
gboolean sj_align_from_string (const char *text, SjAlign *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjRich, sj_rich_unref)

G_END_DECLS
