/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *sj_os_data_dir (void);
const char *sj_os_locale_dir (void);
char *sj_os_data_path (const char *name);
gulong sj_os_process_id (void);
gboolean sj_os_process_is_running (gulong pid);
void sj_os_register_file_type (const char *extension, const char *prog_id,
                               const char *description);

G_END_DECLS
