/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

/**
 * The user's database (SQLite, in the user data folder): the organisation's profile, reused by
 * every new plan; the organisation's own library of projects; and the history of the drafts of
 * each plan (a snapshot at every save). Its schema is versioned with PRAGMA user_version and
 * migrated forward on open; it is checked on open, and a damaged file is moved aside (kept) and a
 * new one made, with a message for the user.
 */

#define SJ_USER_DB_ERROR (sj_user_db_error_quark ())
GQuark sj_user_db_error_quark (void);

typedef enum
{
  SJ_USER_DB_ERROR_OPEN,
  SJ_USER_DB_ERROR_WRITE,
  SJ_USER_DB_ERROR_NOT_FOUND,
  SJ_USER_DB_ERROR_NEWER, /* made by a newer Sujarit: not touched */
} SjUserDbError;

#define SJ_USER_DB_VERSION 2

typedef struct _SjUserDb SjUserDb;

typedef struct
{
  gint64 id;
  GDateTime *saved;
  SjMoney total;
  guint n_projects;
  char *comment;
} SjSnapshot;

SjUserDb *sj_user_db_open (const char *path, char **recovered, GError **error);
char *sj_user_db_default_path (void);
void sj_user_db_free (SjUserDb *db);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjUserDb, sj_user_db_free)
int sj_user_db_get_version (SjUserDb *db);

/* The profile: the organisation, its units and its people */
gboolean sj_user_db_save_profile (SjUserDb *db, SjPlan *plan, GError **error);
SjPlan *sj_user_db_load_profile (SjUserDb *db, GError **error);
gboolean sj_user_db_apply_profile (SjUserDb *db, SjPlan *plan, GError **error);

/* The organisation's library */
gboolean sj_user_db_save_project (SjUserDb *db, SjProject *project, const char *mission,
                                  GError **error);
GPtrArray *sj_user_db_projects (SjUserDb *db, const char *query, GError **error);
GBytes *sj_user_db_project_fragment (SjUserDb *db, const char *id, GError **error);

/* Draft history */
gboolean sj_user_db_add_snapshot (SjUserDb *db, const char *plan_key, SjPlan *plan,
                                  const char *comment, GError **error);
GPtrArray *sj_user_db_snapshots (SjUserDb *db, const char *plan_key, GError **error);
SjPlan *sj_user_db_load_snapshot (SjUserDb *db, gint64 id, GError **error);
gboolean sj_user_db_set_snapshot_comment (SjUserDb *db, gint64 id, const char *comment,
                                          GError **error);
void sj_snapshot_free (SjSnapshot *snapshot);

G_END_DECLS
