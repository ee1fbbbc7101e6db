/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sj-compute.h"
#include "sj-book.h"
#include "sj-document.h"
#include "sj-outline.h"

G_BEGIN_DECLS

#define SJ_TYPE_WINDOW (sj_window_get_type ())
G_DECLARE_FINAL_TYPE (SjWindow, sj_window, SJ, WINDOW, AdwApplicationWindow)

SjWindow *sj_window_new (GtkApplication *app);
SjDocument *sj_window_get_document (SjWindow *self);
void sj_window_set_document (SjWindow *self, SjDocument *doc);
gboolean sj_window_is_empty (SjWindow *self);
void sj_window_open_file (SjWindow *self, GFile *file);
void sj_window_recover_draft (SjWindow *self, const char *draft_id, GFile *file);
SjSummary *sj_window_get_summary (SjWindow *self);
gboolean sj_window_select_object (SjWindow *self, gpointer object);
gboolean sj_window_select_part (SjWindow *self, SjOutlineKind kind);
gpointer sj_window_get_selected (SjWindow *self);
GtkWidget *sj_window_get_page (SjWindow *self, const char *name);
void sj_window_toast (SjWindow *self, const char *message);
void sj_window_show_error (SjWindow *self, const char *heading, const char *message);
const char *sj_window_get_draft_id (SjWindow *self);
void sj_window_autosave_now (SjWindow *self);
gboolean sj_window_reveal (SjWindow *self, gpointer object, const char *property);
void sj_window_check_now (SjWindow *self);
struct _SjFindingsPanel *sj_window_get_findings_panel (SjWindow *self);
struct _SjPreview *sj_window_get_preview (SjWindow *self);
struct _SjFindPanel *sj_window_get_find_panel (SjWindow *self);
gboolean sj_window_preview_is_current (SjWindow *self);
void sj_window_export_pdf (SjWindow *self, const char *path, const char *parts, int digits);
void sj_window_export_report (SjWindow *self, guint year, guint months);
void sj_window_set_report_round (SjWindow *self, guint year, guint months);
GtkPrintOperationResult sj_window_print_book (SjWindow *self, SjBook *book, const char *export_to,
                                              GError **error);

G_END_DECLS
