/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-os"
#include "config.h"

#include "sj-os.h"

#include <errno.h>
#ifdef G_OS_WIN32
#include <windows.h>
#else
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>
#endif

/* What differs between Windows and the Unix systems, in one place: where the installed data
 * are, and whether another process (a running Sujarit that owns a draft or a temporary file of
 * a save) is still there. Everything else goes through GLib. */

/* On Unix the data are where meson installed them. On Windows an installation can be anywhere
 * (MSYS2's prefix is wherever MSYS2 was unpacked, a bundle wherever it was copied): the data are
 * found from the folder of the program, as GLib finds its own. */
static char *
installed_dir (const char *unix_dir, const char *relative)
{
#ifdef G_OS_WIN32
  g_autofree char *root = g_win32_get_package_installation_directory_of_module (NULL);
  (void) unix_dir;
  return g_build_filename (root, relative, NULL);
#else
  (void) relative;
  return g_strdup (unix_dir);
#endif
}

/**
 * sj_os_data_dir:
 *
 * Returns: the folder of the installed data of Sujarit (examples, catalogue, fonts):
 * `$prefix/share/sujarit`.
 */
const char *
sj_os_data_dir (void)
{
  static char *dir;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      dir = installed_dir (PKGDATADIR, "share/sujarit");
      g_once_init_leave (&once, 1);
    }
  return dir;
}

/**
 * sj_os_locale_dir:
 *
 * Returns: the folder of the installed translations (`$prefix/share/locale`).
 */
const char *
sj_os_locale_dir (void)
{
  static char *dir;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      dir = installed_dir (LOCALEDIR, "share/locale");
      g_once_init_leave (&once, 1);
    }
  return dir;
}

/**
 * sj_os_data_path:
 * @name: a file or folder of the installed data
 *
 * Returns: (transfer full): its path in sj_os_data_dir().
 */
char *
sj_os_data_path (const char *name)
{
  return g_build_filename (sj_os_data_dir (), name, NULL);
}

/**
 * sj_os_process_id:
 *
 * Returns: the id of this process, as the system names it.
 */
gulong
sj_os_process_id (void)
{
#ifdef G_OS_WIN32
  return (gulong) GetCurrentProcessId ();
#else
  return (gulong) getpid ();
#endif
}

/**
 * sj_os_process_is_running:
 * @pid: a process id from sj_os_process_id()
 *
 * Whether a process with this id exists. When the system will not say (no permission to ask),
 * it is taken to exist: what it owns is left alone.
 */
gboolean
sj_os_process_is_running (gulong pid)
{
  if (pid == 0)
    return FALSE;
  if (pid == sj_os_process_id ())
    return TRUE;
#ifdef G_OS_WIN32
  {
    HANDLE h = OpenProcess (PROCESS_QUERY_LIMITED_INFORMATION, FALSE, (DWORD) pid);
    DWORD code = 0;
    gboolean running;

    if (h == NULL)
      return GetLastError () != ERROR_INVALID_PARAMETER; /* no such process */
    running = !GetExitCodeProcess (h, &code) || code == STILL_ACTIVE;
    CloseHandle (h);
    return running;
  }
#else
  return kill ((pid_t) pid, 0) == 0 || errno != ESRCH;
#endif
}
