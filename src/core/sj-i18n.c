/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-i18n"
#include "config.h"

#include "sj-i18n.h"
#include "sj-os.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

/* Where the translations are: SUJARIT_LOCALEDIR, the installed ones, or those of the build tree
 * when the programs run from it (tools/run.sh, the tests). */
const char *
sj_i18n_locale_dir (void)
{
  const char *env = g_getenv ("SUJARIT_LOCALEDIR");
  g_autofree char *installed = g_build_filename (sj_os_locale_dir (), "th", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);

  if (env != NULL && *env != '\0')
    return env;
  if (!g_file_test (installed, G_FILE_TEST_EXISTS))
    return BUILD_LOCALEDIR;
  return sj_os_locale_dir ();
}

/* The locale of the environment and the program's translations, for every program of Sujarit. */
void
sj_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, sj_i18n_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
