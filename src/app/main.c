/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sj-application.h"
#include "sj-i18n.h"

#include <glib/gi18n.h>

int
main (int argc, char **argv)
{
  g_autoptr (SjApplication) app = NULL;

  sj_i18n_init ();
  g_set_application_name (_("Sujarit"));
  app = sj_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
