/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sj-model.h"

G_BEGIN_DECLS

/**
 * SjDraft:
 * @id: names the draft's files in the drafts folder
 * @file: (nullable): the plan file the draft belongs to; %NULL for a plan never saved
 * @title: what the plan is (the organisation's name), for the recovery dialog
 * @saved: when the draft was written
 * @n_projects: how many projects the draft holds
 *
 * An autosaved copy of a plan being edited, kept in the user's data folder until the plan is
 * saved or closed. After a crash or a kill the next start offers to recover it.
 */
typedef struct
{
  char *id;
  GFile *file;
  char *title;
  GDateTime *saved;
  guint n_projects;
  gulong pid;
} SjDraft;

void sj_draft_free (SjDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjDraft, sj_draft_free)

char *sj_drafts_get_dir (void);
char *sj_drafts_new_id (void);
GFile *sj_drafts_get_plan_file (const char *id);
gboolean sj_drafts_write (const char *id, GBytes *plan_bytes, GFile *file, const char *title,
                          guint n_projects, GError **error);
void sj_drafts_write_async (const char *id, GBytes *plan_bytes, GFile *file, const char *title,
                            guint n_projects, GCancellable *cancellable,
                            GAsyncReadyCallback callback, gpointer user_data);
gboolean sj_drafts_write_finish (GAsyncResult *result, GError **error);
void sj_drafts_remove (const char *id);
void sj_drafts_claim (const char *id);
GPtrArray *sj_drafts_list_orphans (void);

G_END_DECLS
