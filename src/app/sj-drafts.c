/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-drafts"
#include "config.h"

#include "sj-drafts.h"
#include "sj-plan-file.h"

#include <glib/gstdio.h>
#include "sj-os.h"

#include <errno.h>

/* Drafts live in $XDG_DATA_HOME/sujarit/drafts: "<id>.sujarit" (the plan, written atomically
 * like any plan) and "<id>.info" (a key file saying whose draft it is). The info is written after
 * the plan, so a draft with info always has a whole plan. */

void
sj_draft_free (SjDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_clear_object (&draft->file);
  g_free (draft->title);
  g_clear_pointer (&draft->saved, g_date_time_unref);
  g_free (draft);
}

char *
sj_drafts_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "sujarit", "drafts", NULL);
}

char *
sj_drafts_new_id (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  return g_strdup_printf ("%s-%08x", stamp, g_random_int ());
}

static char *
info_path (const char *id)
{
  g_autofree char *dir = sj_drafts_get_dir ();
  g_autofree char *name = g_strconcat (id, ".info", NULL);
  return g_build_filename (dir, name, NULL);
}

GFile *
sj_drafts_get_plan_file (const char *id)
{
  g_autofree char *dir = sj_drafts_get_dir ();
  g_autofree char *name = g_strconcat (id, SJ_PLAN_FILE_EXTENSION, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  return g_file_new_for_path (path);
}

static gboolean
write_info (const char *id, GFile *file, const char *title, guint n_projects, gulong pid,
            GError **error)
{
  g_autoptr (GKeyFile) kf = g_key_file_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  g_autofree char *path = info_path (id);

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_key_file_set_string (kf, "draft", "file", uri);
    }
  g_key_file_set_string (kf, "draft", "title", title ? title : "");
  g_key_file_set_string (kf, "draft", "saved", when);
  g_key_file_set_uint64 (kf, "draft", "projects", n_projects);
  g_key_file_set_uint64 (kf, "draft", "pid", pid);
  return g_key_file_save_to_file (kf, path, error);
}

/**
 * sj_drafts_write:
 *
 * Writes (or replaces) the draft @id: the plan's bytes, then what the draft belongs to.
 */
gboolean
sj_drafts_write (const char *id, GBytes *plan_bytes, GFile *file, const char *title,
                 guint n_projects, GError **error)
{
  g_autofree char *dir = sj_drafts_get_dir ();
  g_autoptr (GFile) plan = sj_drafts_get_plan_file (id);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", dir,
                   g_strerror (saved));
      return FALSE;
    }
  if (!sj_plan_file_write_bytes (plan_bytes, plan, FALSE, NULL, error))
    return FALSE;
#ifdef G_OS_UNIX
  return write_info (id, file, title, n_projects, sj_os_process_id (), error);
#else
  return write_info (id, file, title, n_projects, 0, error);
#endif
}

typedef struct
{
  char *id;
  GBytes *bytes;
  GFile *file;
  char *title;
  guint n_projects;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *d = data;
  g_free (d->id);
  g_bytes_unref (d->bytes);
  g_clear_object (&d->file);
  g_free (d->title);
  g_free (d);
}

static void
write_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  WriteData *d = task_data;
  GError *error = NULL;

  if (sj_drafts_write (d->id, d->bytes, d->file, d->title, d->n_projects, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sj_drafts_write_async (const char *id, GBytes *plan_bytes, GFile *file, const char *title,
                       guint n_projects, GCancellable *cancellable, GAsyncReadyCallback callback,
                       gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  WriteData *d = g_new0 (WriteData, 1);

  d->id = g_strdup (id);
  d->bytes = g_bytes_ref (plan_bytes);
  d->file = file ? g_object_ref (file) : NULL;
  d->title = g_strdup (title);
  d->n_projects = n_projects;
  g_task_set_task_data (task, d, write_data_free);
  g_task_set_source_tag (task, sj_drafts_write_async);
  g_task_run_in_thread (task, write_thread);
}

gboolean
sj_drafts_write_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Removes the draft @id: the plan was saved, or its window closed without keeping changes. */
void
sj_drafts_remove (const char *id)
{
  g_autofree char *info = info_path (id);
  g_autoptr (GFile) plan = sj_drafts_get_plan_file (id);
  g_autofree char *plan_path = g_file_get_path (plan);

  g_unlink (info);
  g_unlink (plan_path);
}

/* Marks the draft @id as this process's (it was recovered and is being edited again). */
void
sj_drafts_claim (const char *id)
{
  g_autoptr (GKeyFile) kf = g_key_file_new ();
  g_autofree char *path = info_path (id);

  if (!g_key_file_load_from_file (kf, path, G_KEY_FILE_NONE, NULL))
    return;
  g_key_file_set_uint64 (kf, "draft", "pid", sj_os_process_id ());
  g_key_file_save_to_file (kf, path, NULL);
}

static gboolean
process_alive (gulong pid)
{
  return sj_os_process_is_running (pid);
}

static int
compare_saved (gconstpointer a, gconstpointer b)
{
  const SjDraft *x = *(SjDraft **) a, *y = *(SjDraft **) b;
  return g_date_time_compare (y->saved, x->saved);
}

/**
 * sj_drafts_list_orphans:
 *
 * Returns: (transfer full) (element-type SjDraft): the drafts whose program is no longer running
 * (it crashed or was killed), newest first: what the next start offers to recover.
 */
GPtrArray *
sj_drafts_list_orphans (void)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_draft_free);
  g_autofree char *dir = sj_drafts_get_dir ();
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autoptr (GKeyFile) kf = g_key_file_new ();
      g_autofree char *path = NULL;
      g_autofree char *id = NULL;
      g_autofree char *uri = NULL;
      g_autofree char *saved = NULL;
      g_autoptr (GFile) plan = NULL;
      SjDraft *draft;

      if (!g_str_has_suffix (name, ".info"))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (!g_key_file_load_from_file (kf, path, G_KEY_FILE_NONE, NULL))
        continue;
      if (process_alive (g_key_file_get_uint64 (kf, "draft", "pid", NULL)))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".info"));
      plan = sj_drafts_get_plan_file (id);
      if (!g_file_query_exists (plan, NULL))
        continue;
      draft = g_new0 (SjDraft, 1);
      draft->id = g_steal_pointer (&id);
      uri = g_key_file_get_string (kf, "draft", "file", NULL);
      if (uri && *uri)
        draft->file = g_file_new_for_uri (uri);
      draft->title = g_key_file_get_string (kf, "draft", "title", NULL);
      saved = g_key_file_get_string (kf, "draft", "saved", NULL);
      draft->saved = saved ? g_date_time_new_from_iso8601 (saved, NULL) : NULL;
      if (draft->saved == NULL)
        draft->saved = g_date_time_new_now_local ();
      draft->n_projects = g_key_file_get_uint64 (kf, "draft", "projects", NULL);
      draft->pid = g_key_file_get_uint64 (kf, "draft", "pid", NULL);
      g_ptr_array_add (out, draft);
    }
  g_ptr_array_sort (out, compare_saved);
  return out;
}
