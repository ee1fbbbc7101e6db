/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * SjObjectList:
 *
 * The list behind every list of children in the model: a #GListModel (so views can bind to it)
 * backed by an array, with constant-time access by position. GListStore keeps its items in a
 * GSequence, whose lookups showed up as most of the time spent computing the totals of a large
 * plan.
 */
#define SJ_TYPE_OBJECT_LIST (sj_object_list_get_type ())
G_DECLARE_FINAL_TYPE (SjObjectList, sj_object_list, SJ, OBJECT_LIST, GObject)

SjObjectList *sj_object_list_new (GType item_type);
guint sj_object_list_get_n_items (SjObjectList *self);
gpointer sj_object_list_get (SjObjectList *self, guint position);
void sj_object_list_insert (SjObjectList *self, guint position, gpointer item);
void sj_object_list_append (SjObjectList *self, gpointer item);
void sj_object_list_remove (SjObjectList *self, guint position);
void sj_object_list_remove_all (SjObjectList *self);
void sj_object_list_move (SjObjectList *self, guint from, guint to);
int sj_object_list_find (SjObjectList *self, gpointer item);

G_END_DECLS
