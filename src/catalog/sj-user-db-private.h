/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-user-db.h"

G_BEGIN_DECLS

/* Opens the database migrated to @version only (tests: a database of an older schema). */
SjUserDb *sj_user_db_open_version (const char *path, int version, char **recovered,
                                   GError **error);

G_END_DECLS
