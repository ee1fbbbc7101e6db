/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-annex-page"
#include "config.h"

#include "sj-annex-page.h"

#include "sj-bind.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/* The yearly E-PlanNACC annex: when its figures were taken and who issues it. Its rows are the
 * projects themselves, with their budgets and quarters. */
struct _SjAnnexPage
{
  SjFormPage parent_instance;
};

G_DEFINE_FINAL_TYPE (SjAnnexPage, sj_annex_page, SJ_TYPE_FORM_PAGE)

static void
build (SjFormPage *page, SjDocument *doc, gpointer object, SjOutlineItem *item, GtkBox *content)
{
  SjPlan *plan = object;
  GtkWidget *group, *row;

  sj_form_page_set_title (page, _("E-PlanNACC annex"),
                          _("A table per fiscal year of the projects with their budgets and the "
                            "quarters they run in, as recorded in the commission’s system. The "
                            "rows come from the projects; the quarters are set on each "
                            "project’s page."));
  group = sj_form_page_group (content, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sj_ui_date_row (doc, plan, "annex-date", _("Information as of")));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Issued by"));
  sj_bind_ref (doc, plan, "annex-issuer", row, sj_plan_get_people (plan), _("the issuer"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
sj_annex_page_class_init (SjAnnexPageClass *klass)
{
  SJ_FORM_PAGE_CLASS (klass)->build = build;
}

static void
sj_annex_page_init (SjAnnexPage *self)
{
}
