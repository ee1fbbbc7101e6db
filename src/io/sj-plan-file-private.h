/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-plan-file.h"

G_BEGIN_DECLS

typedef enum
{
  SJ_SAVE_BACKUP = 1 << 0,         /* keep the previous version as the backup */
  SJ_SAVE_BACKUP_BY_COPY = 1 << 1, /* make the backup by copying, as where there are no hard
                                    * links (for tests of that path) */
} SjSaveFlags;

gboolean sj_plan_file_write_bytes_full (GBytes *bytes, GFile *file, SjSaveFlags flags,
                                        GCancellable *cancellable, GError **error);
gboolean sj_plan_file_validate_schema_bytes (GBytes *bytes, const char *display_name,
                                             GError **error);

G_END_DECLS
