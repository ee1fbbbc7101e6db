/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sj-application.h"

#include <glib/gi18n.h>
#include <locale.h>

/* Translations: the installed ones, or those of the build tree when run from it (tools/run.sh,
 * the tests), or SUJARIT_LOCALEDIR. */
static const char *
find_localedir (void)
{
  const char *env = g_getenv ("SUJARIT_LOCALEDIR");
  g_autofree char *installed = g_build_filename (LOCALEDIR, "th", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);

  if (env != NULL && *env != '\0')
    return env;
  if (!g_file_test (installed, G_FILE_TEST_EXISTS))
    return BUILD_LOCALEDIR;
  return LOCALEDIR;
}

int
main (int argc, char **argv)
{
  g_autoptr (SjApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, find_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_application_name (_("Sujarit"));

  app = sj_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
