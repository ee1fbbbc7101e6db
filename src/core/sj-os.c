/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-os"
#include "config.h"

#include "sj-os.h"

#include <errno.h>
#ifdef G_OS_WIN32
#include <windows.h>
#include <shlobj.h>
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

#ifdef G_OS_WIN32
/* Sets a value of a key under HKEY_CURRENT_USER (a per-user setting: no administrator needed). */
static gboolean
set_user_key (const char *path, const char *name, const char *value)
{
  g_autofree gunichar2 *wpath = g_utf8_to_utf16 (path, -1, NULL, NULL, NULL);
  g_autofree gunichar2 *wname = name ? g_utf8_to_utf16 (name, -1, NULL, NULL, NULL) : NULL;
  glong len = 0;
  g_autofree gunichar2 *wvalue = g_utf8_to_utf16 (value, -1, NULL, &len, NULL);
  HKEY key;
  LONG r;

  if (wpath == NULL || wvalue == NULL)
    return FALSE;
  r = RegCreateKeyExW (HKEY_CURRENT_USER, (LPCWSTR) wpath, 0, NULL, 0, KEY_SET_VALUE, NULL, &key,
                       NULL);
  if (r != ERROR_SUCCESS)
    return FALSE;
  r = RegSetValueExW (key, (LPCWSTR) wname, 0, REG_SZ, (const BYTE *) wvalue,
                      (DWORD) ((len + 1) * sizeof (gunichar2)));
  RegCloseKey (key);
  return r == ERROR_SUCCESS;
}

/* The value of a key under HKEY_CURRENT_USER, or NULL. */
static char *
get_user_key (const char *path, const char *name)
{
  g_autofree gunichar2 *wpath = g_utf8_to_utf16 (path, -1, NULL, NULL, NULL);
  g_autofree gunichar2 *wname = name ? g_utf8_to_utf16 (name, -1, NULL, NULL, NULL) : NULL;
  gunichar2 buf[1024];
  DWORD size = sizeof buf;

  if (wpath == NULL
      || RegGetValueW (HKEY_CURRENT_USER, (LPCWSTR) wpath, (LPCWSTR) wname, RRF_RT_REG_SZ, NULL,
                       buf, &size) != ERROR_SUCCESS)
    return NULL;
  return g_utf16_to_utf8 (buf, -1, NULL, NULL, NULL);
}
#endif

/**
 * sj_os_register_file_type:
 * @extension: the file name extension, with its dot (".sujarit")
 * @prog_id: the name of the file type for the system ("io.github.sujarit.Sujarit.Plan")
 * @description: what Explorer calls the type
 *
 * On Windows, makes a double click on a plan open it in this program: the type is registered
 * for the user (HKEY_CURRENT_USER\Software\Classes) with the program's icon and its command,
 * and listed in the extension's "Open with" programs; the extension is given to it unless
 * another program already owns it. Nothing is written when the registration is already this
 * program's. Elsewhere the desktop file and the shared-mime-info package do this, and the
 * function does nothing.
 */
void
sj_os_register_file_type (const char *extension, const char *prog_id, const char *description)
{
#ifdef G_OS_WIN32
  gunichar2 wexe[MAX_PATH];
  g_autofree char *exe = NULL;
  g_autofree char *command = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *ext_key = g_strdup_printf ("Software\\Classes\\%s", extension);
  g_autofree char *with_key = g_strdup_printf ("%s\\OpenWithProgids", ext_key);
  g_autofree char *type_key = g_strdup_printf ("Software\\Classes\\%s", prog_id);
  g_autofree char *icon_key = g_strdup_printf ("%s\\DefaultIcon", type_key);
  g_autofree char *command_key = g_strdup_printf ("%s\\shell\\open\\command", type_key);
  g_autofree char *current_command = NULL;
  g_autofree char *owner = NULL;
  DWORD n = GetModuleFileNameW (NULL, (LPWSTR) wexe, MAX_PATH);

  if (n == 0 || n >= MAX_PATH)
    return;
  exe = g_utf16_to_utf8 (wexe, n, NULL, NULL, NULL);
  if (exe == NULL)
    return;
  command = g_strdup_printf ("\"%s\" \"%%1\"", exe);
  icon = g_strdup_printf ("\"%s\",0", exe);
  current_command = get_user_key (command_key, NULL);
  owner = get_user_key (ext_key, NULL);
  if (g_strcmp0 (current_command, command) == 0 && g_strcmp0 (owner, prog_id) == 0)
    return;
  set_user_key (type_key, NULL, description);
  set_user_key (icon_key, NULL, icon);
  set_user_key (command_key, NULL, command);
  set_user_key (with_key, prog_id, "");
  if (owner == NULL || *owner == '\0' || g_strcmp0 (owner, prog_id) == 0)
    set_user_key (ext_key, NULL, prog_id);
  SHChangeNotify (SHCNE_ASSOCCHANGED, SHCNF_IDLIST, NULL, NULL);
#else
  (void) extension;
  (void) prog_id;
  (void) description;
#endif
}
