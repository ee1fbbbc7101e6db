/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-document.h"

G_BEGIN_DECLS

/**
 * SjFindMatch:
 * @object: (transfer full): the object whose text matched
 * @property: its property
 * @path: the model path of @object and @property (sj_model_path())
 * @before, @match, @after: the match in its context, as read (spaces normalised)
 * @location: a readable location ("มิติที่ 1 › ลำดับที่ 3 › หลักการและเหตุผล")
 */
typedef struct
{
  GObject *object;
  char *property;
  char *path;
  char *before;
  char *match;
  char *after;
  char *location;
} SjFindMatch;

GPtrArray *sj_find (SjPlan *plan, const char *query);
guint sj_find_replace_all (SjDocument *doc, const char *query, const char *replacement);
gboolean sj_find_in_text (const char *text, const char *query, gsize from, gsize *start,
                          gsize *end);
char *sj_find_replace_in_text (const char *text, const char *query, const char *replacement,
                               guint *n_replaced);
void sj_find_match_free (SjFindMatch *match);

G_END_DECLS
