/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

/**
 * SjDocument:
 *
 * A plan being edited: the plan, its file, whether it has changed since it was saved, and the
 * history of its changes for undo and redo. Every change of the model reaches the document
 * through the one hook of SjModelObject, with its old value, so undo works for every kind of
 * edit without a command per field. Changes are grouped into named steps
 * (sj_document_begin_step()); typing in one field is coalesced into one step. The document
 * emits #SjDocument::changed for every change, which views, the preview and the checker follow.
 * It knows no GTK.
 */
#define SJ_TYPE_DOCUMENT (sj_document_get_type ())
G_DECLARE_FINAL_TYPE (SjDocument, sj_document, SJ, DOCUMENT, GObject)

/**
 * SjReference:
 * @object: the object that refers
 * @pspec: its reference property (a Ref or RefList of the spec)
 * @target: the object referred to
 *
 * A reference from one object of the plan to another, found by sj_document_find_references().
 */
typedef struct
{
  SjModelObject *object;
  GParamSpec *pspec;
  SjModelObject *target;
} SjReference;

SjDocument *sj_document_new (SjPlan *plan);
SjPlan *sj_document_get_plan (SjDocument *self);
GFile *sj_document_get_file (SjDocument *self);
void sj_document_set_file (SjDocument *self, GFile *file);
char *sj_document_get_title (SjDocument *self);
gboolean sj_document_get_modified (SjDocument *self);
void sj_document_mark_saved (SjDocument *self, guint64 generation);
void sj_document_mark_unsaved (SjDocument *self);
guint64 sj_document_get_generation (SjDocument *self);

void sj_document_begin_step (SjDocument *self, const char *name);
void sj_document_end_step (SjDocument *self);
void sj_document_stop_coalescing (SjDocument *self);
gboolean sj_document_can_undo (SjDocument *self);
gboolean sj_document_can_redo (SjDocument *self);
const char *sj_document_get_undo_name (SjDocument *self);
const char *sj_document_get_redo_name (SjDocument *self);
void sj_document_undo (SjDocument *self);
void sj_document_redo (SjDocument *self);

GPtrArray *sj_document_find_references (SjDocument *self, SjModelObject *subtree);
void sj_document_remove (SjDocument *self, SjModelObject *object, const char *step_name);
void sj_document_move (SjDocument *self, SjModelObject *object, SjModelObject *new_parent,
                       guint position, const char *step_name);

G_END_DECLS
