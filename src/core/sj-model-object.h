/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sj-object-list.h"

G_BEGIN_DECLS

/**
 * SjModelObject:
 *
 * The base of every class of the plan model (the classes themselves are generated from
 * model-spec.py). It knows where the object is in the plan — its parent and the property of the
 * parent that holds it — and routes every change of the model to one observer set on the root
 * of the tree: a property set, a child inserted, removed or moved. The observer (the document,
 * SjDocument) gets the old value with each change, which is all undo needs, for every kind of
 * edit, without a command written by hand per field.
 */
#define SJ_TYPE_MODEL_OBJECT (sj_model_object_get_type ())
G_DECLARE_DERIVABLE_TYPE (SjModelObject, sj_model_object, SJ, MODEL_OBJECT, GObject)

struct _SjModelObjectClass
{
  GObjectClass parent_class;

  /* Generated: a deep copy; @map maps each original object to its copy (for references). */
  SjModelObject *(*copy) (SjModelObject *self, GHashTable *map);
  /* Generated: points the references of @self and its descendants at the copies in @map. */
  void (*remap) (SjModelObject *self, GHashTable *map);
  /* Generated: deep equality. */
  gboolean (*equal) (SjModelObject *a, SjModelObject *b);
};

/* What kind of property of the model a GParamSpec is (set by the generated class_init). */
typedef enum
{
  SJ_MODEL_KIND_VALUE,
  SJ_MODEL_KIND_REF,      /* an object held elsewhere in the plan, referred to by its id */
  SJ_MODEL_KIND_REF_LIST, /* several of them */
  SJ_MODEL_KIND_LIST,     /* a list of children (a GListModel) */
  SJ_MODEL_KIND_CHILD,    /* one child object */
} SjModelKind;

GQuark sj_model_kind_quark (void);

typedef enum
{
  SJ_CHANGE_PROPERTY, /* @object's property @pspec was set; @old_value holds what it was */
  SJ_CHANGE_INSERT,   /* @item was inserted at @position of @object's list @pspec */
  SJ_CHANGE_REMOVE,   /* @item was removed from @position of @object's list @pspec */
  SJ_CHANGE_MOVE,     /* the item at @position of @object's list @pspec moved to @to */
} SjChangeKind;

typedef struct
{
  SjChangeKind kind;
  SjModelObject *object;
  GParamSpec *pspec;
  GValue old_value;
  guint position;
  guint to;
  SjModelObject *item;
} SjChange;

typedef void (*SjChangeFunc) (SjModelObject *root, const SjChange *change, gpointer user_data);

SjModelObject *sj_model_object_get_parent (SjModelObject *self);
GParamSpec *sj_model_object_get_parent_pspec (SjModelObject *self);
SjModelObject *sj_model_object_get_root (SjModelObject *self);
gboolean sj_model_object_is_ancestor (SjModelObject *self, SjModelObject *descendant);
int sj_model_object_get_index (SjModelObject *self);

void sj_model_object_set_change_func (SjModelObject *root, SjChangeFunc func, gpointer user_data);

SjModelObject *sj_model_object_copy (SjModelObject *self);
gboolean sj_model_object_equal (SjModelObject *a, SjModelObject *b);
gboolean sj_model_object_equal_except (SjModelObject *a, SjModelObject *b,
                                       const char *const *skip);

gboolean sj_model_pspec_is_list (GParamSpec *pspec);
gboolean sj_model_pspec_is_ref (GParamSpec *pspec);
gboolean sj_model_pspec_is_child (GParamSpec *pspec);
SjObjectList *sj_model_object_get_list (SjModelObject *self, GParamSpec *pspec);

/* Generic list operations, by the list's property: they keep parent pointers and report the
 * change. The generated append/insert/remove functions of each class call them. */
void sj_model_object_list_insert (SjModelObject *self, GParamSpec *pspec, guint position,
                                  gpointer item);
void sj_model_object_list_remove (SjModelObject *self, GParamSpec *pspec, guint position);
void sj_model_object_list_move (SjModelObject *self, GParamSpec *pspec, guint from, guint to);

/* For generated code: reporting property changes and adopting children. */
void sj_model_object_list_insert_into (SjModelObject *self, GParamSpec *pspec, SjObjectList *list,
                                       guint position, gpointer item);
void sj_model_object_list_remove_from (SjModelObject *self, GParamSpec *pspec, SjObjectList *list,
                                       guint position);
void sj_model_object_list_move_in (SjModelObject *self, GParamSpec *pspec, SjObjectList *list,
                                   guint from, guint to);
gboolean sj_model_object_is_observed (SjModelObject *self);
void sj_model_object_property_changed (SjModelObject *self, GParamSpec *pspec, GValue *old_value);
void sj_model_object_adopt (SjModelObject *self, GParamSpec *pspec, SjModelObject *child);
void sj_model_object_release (SjModelObject *self, SjModelObject *child);
void sj_model_object_release_list (SjModelObject *self, SjObjectList *list);

G_END_DECLS
