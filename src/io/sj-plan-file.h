/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sj-model.h"

G_BEGIN_DECLS

#define SJ_PLAN_FILE_ERROR (sj_plan_file_error_quark ())
GQuark sj_plan_file_error_quark (void);

typedef enum
{
  SJ_PLAN_FILE_ERROR_TOO_LARGE,  /* larger than SJ_PLAN_FILE_MAX_SIZE */
  SJ_PLAN_FILE_ERROR_MALFORMED,  /* not well-formed XML */
  SJ_PLAN_FILE_ERROR_FORBIDDEN,  /* a DTD, entities or other constructs refused for safety */
  SJ_PLAN_FILE_ERROR_NOT_A_PLAN, /* another kind of XML document */
  SJ_PLAN_FILE_ERROR_VERSION,    /* written by a newer version of Sujarit */
  SJ_PLAN_FILE_ERROR_INVALID,    /* does not follow the schema */
  SJ_PLAN_FILE_ERROR_CONTENT,    /* follows the schema but its content is wrong (ids, values) */
} SjPlanFileError;

/* The largest plan file loaded, and saved: a 1,000-project plan with full forms is about 10 MB
 * (real plans have 30 to 80 projects and weigh under 1 MB), so this holds some 25,000 projects,
 * whose loading takes about 1.2 GB. Saving refuses a larger plan with the loader's message, so
 * that what Sujarit writes it can always open again. */
#define SJ_PLAN_FILE_MAX_SIZE (256 * 1024 * 1024)
#define SJ_PLAN_FILE_EXTENSION ".sujarit"

SjPlan *sj_plan_file_load (GFile *file, GCancellable *cancellable, GError **error);
SjPlan *sj_plan_file_load_bytes (GBytes *bytes, const char *display_name, GError **error);
gboolean sj_plan_file_validate (GFile *file, GCancellable *cancellable, GError **error);
gboolean sj_plan_file_validate_bytes (GBytes *bytes, const char *display_name, GError **error);
GBytes *sj_plan_file_serialize (SjPlan *plan, GError **error);
GBytes *sj_plan_file_to_bytes (SjPlan *plan);
gboolean sj_plan_file_save (SjPlan *plan, GFile *file, GCancellable *cancellable,
                            GError **error);
gboolean sj_plan_file_write_bytes (GBytes *bytes, GFile *file, gboolean backup,
                                   GCancellable *cancellable, GError **error);
GFile *sj_plan_file_get_backup (GFile *file);
GBytes *sj_plan_file_get_schema (void);

void sj_plan_file_load_async (GFile *file, GCancellable *cancellable,
                              GAsyncReadyCallback callback, gpointer user_data);
SjPlan *sj_plan_file_load_finish (GAsyncResult *result, GError **error);
void sj_plan_file_save_async (SjPlan *plan, GFile *file, GCancellable *cancellable,
                              GAsyncReadyCallback callback, gpointer user_data);
gboolean sj_plan_file_save_finish (GAsyncResult *result, GError **error);

G_END_DECLS
