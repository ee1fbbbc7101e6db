/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-model-object"
#include "config.h"

#include "sj-model-object.h"
#include "sj-date.h"
#include "sj-rich.h"

#include <string.h>

typedef struct
{
  /* Not a reference: a child is owned by its parent, and the parent clears this pointer when
   * it lets the child go (removal, replacement, or its own disposal). */
  SjModelObject *parent;
  GParamSpec *parent_pspec;
  /* Set on the root of a tree only (the plan of a document). */
  SjChangeFunc change_func;
  gpointer change_data;
} SjModelObjectPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SjModelObject, sj_model_object, G_TYPE_OBJECT)
G_DEFINE_QUARK (sj-model-kind, sj_model_kind)

static void
sj_model_object_class_init (SjModelObjectClass *klass)
{
}

static void
sj_model_object_init (SjModelObject *self)
{
}

#define PRIV(o) ((SjModelObjectPrivate *) sj_model_object_get_instance_private (o))

SjModelObject *
sj_model_object_get_parent (SjModelObject *self)
{
  g_return_val_if_fail (SJ_IS_MODEL_OBJECT (self), NULL);
  return PRIV (self)->parent;
}

/* The property of the parent that holds @self: a list of children or a child property. */
GParamSpec *
sj_model_object_get_parent_pspec (SjModelObject *self)
{
  g_return_val_if_fail (SJ_IS_MODEL_OBJECT (self), NULL);
  return PRIV (self)->parent_pspec;
}

SjModelObject *
sj_model_object_get_root (SjModelObject *self)
{
  g_return_val_if_fail (SJ_IS_MODEL_OBJECT (self), NULL);
  while (PRIV (self)->parent != NULL)
    self = PRIV (self)->parent;
  return self;
}

/* Whether @descendant is @self or lies below it. */
gboolean
sj_model_object_is_ancestor (SjModelObject *self, SjModelObject *descendant)
{
  for (SjModelObject *o = descendant; o != NULL; o = PRIV (o)->parent)
    if (o == self)
      return TRUE;
  return FALSE;
}

/* The position of @self in the list that holds it, or -1 (not in a list). */
int
sj_model_object_get_index (SjModelObject *self)
{
  SjModelObjectPrivate *priv = PRIV (self);

  if (priv->parent == NULL || !sj_model_pspec_is_list (priv->parent_pspec))
    return -1;
  return sj_object_list_find (sj_model_object_get_list (priv->parent, priv->parent_pspec), self);
}

/**
 * sj_model_object_set_change_func:
 * @root: the root of a tree of model objects (a plan)
 *
 * Every change anywhere in the tree below @root is reported to @func after it is made, with
 * what is needed to undo it. %NULL stops the reports.
 */
void
sj_model_object_set_change_func (SjModelObject *root, SjChangeFunc func, gpointer user_data)
{
  g_return_if_fail (SJ_IS_MODEL_OBJECT (root));
  g_return_if_fail (PRIV (root)->parent == NULL);
  PRIV (root)->change_func = func;
  PRIV (root)->change_data = user_data;
}

static SjModelObjectPrivate *
observed_root (SjModelObject *self)
{
  SjModelObject *root = sj_model_object_get_root (self);
  SjModelObjectPrivate *priv = PRIV (root);
  return priv->change_func != NULL ? priv : NULL;
}

/* Whether changes of @self are observed: the generated setters capture old values only then. */
gboolean
sj_model_object_is_observed (SjModelObject *self)
{
  return observed_root (self) != NULL;
}

static void
report (SjModelObject *self, SjChange *change)
{
  SjModelObjectPrivate *root = observed_root (self);

  if (root != NULL)
    root->change_func (sj_model_object_get_root (self), change, root->change_data);
}

/* Called by the generated setters after a property changed; takes and unsets @old_value. */
void
sj_model_object_property_changed (SjModelObject *self, GParamSpec *pspec, GValue *old_value)
{
  SjChange change = { SJ_CHANGE_PROPERTY, self, pspec, G_VALUE_INIT, 0, 0, NULL };

  change.old_value = *old_value;
  *old_value = (GValue) G_VALUE_INIT;
  report (self, &change);
  g_value_unset (&change.old_value);
}

/* @child now belongs to @self, under the property @pspec. */
void
sj_model_object_adopt (SjModelObject *self, GParamSpec *pspec, SjModelObject *child)
{
  SjModelObjectPrivate *priv = PRIV (child);

  /* An object has one place in a plan: adding it twice would give it two parents. */
  g_return_if_fail (priv->parent == NULL || priv->parent == self);
  g_return_if_fail (priv->change_func == NULL);
  priv->parent = self;
  priv->parent_pspec = pspec;
}

void
sj_model_object_release (SjModelObject *self, SjModelObject *child)
{
  SjModelObjectPrivate *priv = PRIV (child);

  if (priv->parent == self)
    {
      priv->parent = NULL;
      priv->parent_pspec = NULL;
    }
}

/* Lets every item of @list go (the owner is being disposed). */
void
sj_model_object_release_list (SjModelObject *self, SjObjectList *list)
{
  guint n = sj_object_list_get_n_items (list);

  for (guint i = 0; i < n; i++)
    sj_model_object_release (self, sj_object_list_get (list, i));
  sj_object_list_remove_all (list);
}

/* Which kind of property a pspec of the model is, as gen-model.py marks them. */
static int
pspec_kind (GParamSpec *pspec)
{
  return GPOINTER_TO_INT (g_param_spec_get_qdata (pspec, sj_model_kind_quark ()));
}

gboolean
sj_model_pspec_is_list (GParamSpec *pspec)
{
  return pspec != NULL && pspec_kind (pspec) == SJ_MODEL_KIND_LIST;
}

gboolean
sj_model_pspec_is_ref (GParamSpec *pspec)
{
  return pspec != NULL && (pspec_kind (pspec) == SJ_MODEL_KIND_REF
                           || pspec_kind (pspec) == SJ_MODEL_KIND_REF_LIST);
}

gboolean
sj_model_pspec_is_child (GParamSpec *pspec)
{
  return pspec != NULL && pspec_kind (pspec) == SJ_MODEL_KIND_CHILD;
}

/* Returns: (transfer none): the list of children held by the list property @pspec. */
SjObjectList *
sj_model_object_get_list (SjModelObject *self, GParamSpec *pspec)
{
  GValue value = G_VALUE_INIT;
  SjObjectList *list;

  g_return_val_if_fail (sj_model_pspec_is_list (pspec), NULL);
  g_value_init (&value, G_TYPE_LIST_MODEL);
  g_object_get_property (G_OBJECT (self), pspec->name, &value);
  list = g_value_get_object (&value);
  g_value_unset (&value); /* the owner keeps it alive */
  return list;
}

void
sj_model_object_list_insert_into (SjModelObject *self, GParamSpec *pspec, SjObjectList *list,
                                  guint position, gpointer item)
{
  SjChange change = { SJ_CHANGE_INSERT, self, pspec, G_VALUE_INIT, position, 0, item };

  g_return_if_fail (SJ_IS_MODEL_OBJECT (item));
  g_return_if_fail (position <= sj_object_list_get_n_items (list));
  g_return_if_fail (PRIV (SJ_MODEL_OBJECT (item))->parent == NULL);
  sj_model_object_adopt (self, pspec, item);
  sj_object_list_insert (list, position, item);
  report (self, &change);
}

void
sj_model_object_list_remove_from (SjModelObject *self, GParamSpec *pspec, SjObjectList *list,
                                  guint position)
{
  g_autoptr (SjModelObject) item = NULL;
  SjChange change = { SJ_CHANGE_REMOVE, self, pspec, G_VALUE_INIT, position, 0, NULL };

  g_return_if_fail (position < sj_object_list_get_n_items (list));
  item = g_object_ref (sj_object_list_get (list, position));
  sj_model_object_release (self, item);
  sj_object_list_remove (list, position);
  change.item = item;
  report (self, &change);
}

void
sj_model_object_list_move_in (SjModelObject *self, GParamSpec *pspec, SjObjectList *list,
                              guint from, guint to)
{
  SjChange change = { SJ_CHANGE_MOVE, self, pspec, G_VALUE_INIT, from, to, NULL };
  guint n = sj_object_list_get_n_items (list);

  g_return_if_fail (from < n && to < n);
  if (from == to)
    return;
  change.item = sj_object_list_get (list, from);
  sj_object_list_move (list, from, to);
  report (self, &change);
}

void
sj_model_object_list_insert (SjModelObject *self, GParamSpec *pspec, guint position,
                             gpointer item)
{
  sj_model_object_list_insert_into (self, pspec, sj_model_object_get_list (self, pspec), position,
                                    item);
}

void
sj_model_object_list_remove (SjModelObject *self, GParamSpec *pspec, guint position)
{
  sj_model_object_list_remove_from (self, pspec, sj_model_object_get_list (self, pspec),
                                    position);
}

void
sj_model_object_list_move (SjModelObject *self, GParamSpec *pspec, guint from, guint to)
{
  sj_model_object_list_move_in (self, pspec, sj_model_object_get_list (self, pspec), from, to);
}

/**
 * sj_model_object_copy:
 *
 * A deep copy of @self and everything below it. References between objects inside the copy
 * point to the copies; references to objects outside it (a project's unit, when only the project
 * is copied) point to the same objects as the original's.
 */
SjModelObject *
sj_model_object_copy (SjModelObject *self)
{
  g_autoptr (GHashTable) map = g_hash_table_new (NULL, NULL);
  SjModelObject *copy;

  g_return_val_if_fail (SJ_IS_MODEL_OBJECT (self), NULL);
  copy = SJ_MODEL_OBJECT_GET_CLASS (self)->copy (self, map);
  SJ_MODEL_OBJECT_GET_CLASS (copy)->remap (copy, map);
  return copy;
}

gboolean
sj_model_object_equal (SjModelObject *a, SjModelObject *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  return SJ_MODEL_OBJECT_GET_CLASS (a)->equal (a, b);
}

/* The id of an object referred to (its "id" property), or NULL. */
static char *
ref_id (gpointer object)
{
  char *id = NULL;

  if (object != NULL && g_object_class_find_property (G_OBJECT_GET_CLASS (object), "id"))
    g_object_get (object, "id", &id, NULL);
  return id;
}

static gboolean
refs_equal (gpointer a, gpointer b)
{
  g_autofree char *ia = ref_id (a);
  g_autofree char *ib = ref_id (b);
  return (a == NULL) == (b == NULL) && g_strcmp0 (ia, ib) == 0;
}

static gboolean
values_equal (GParamSpec *pspec, const GValue *a, const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == SJ_TYPE_RICH)
    return sj_rich_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == SJ_TYPE_DATE)
    return sj_date_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_BYTES)
    {
      GBytes *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);
      return x == y || (x && y && g_bytes_equal (x, y));
    }
  if (type == G_TYPE_STRV)
    {
      const char *const *x = g_value_get_boxed (a), *const *y = g_value_get_boxed (b);
      return x == y || (x && y && g_strv_equal (x, y));
    }
  if (type == G_TYPE_PTR_ARRAY) /* references to several objects */
    {
      GPtrArray *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);
      guint n = x ? x->len : 0;
      if (n != (y ? y->len : 0))
        return FALSE;
      for (guint i = 0; i < n; i++)
        if (!refs_equal (g_ptr_array_index (x, i), g_ptr_array_index (y, i)))
          return FALSE;
      return TRUE;
    }
  if (G_TYPE_IS_OBJECT (type) || G_TYPE_IS_INTERFACE (type))
    return g_value_get_object (a) == g_value_get_object (b);
  if (G_TYPE_IS_BOXED (type))
    return g_value_get_boxed (a) == g_value_get_boxed (b);
  return g_param_values_cmp (pspec, a, b) == 0;
}

/**
 * sj_model_object_equal_except:
 * @skip: (array zero-terminated=1): names of properties left out of the comparison
 *
 * Deep equality of two objects of the same class but for the properties @skip names (and what
 * they hold): what the book compares to know which of its pieces an edit leaves as they were
 * (the plan but its dimensions, a project but the fields only its form prints).
 */
gboolean
sj_model_object_equal_except (SjModelObject *a, SjModelObject *b, const char *const *skip)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  if (skip == NULL || skip[0] == NULL)
    return sj_model_object_equal (a, b);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GValue va = G_VALUE_INIT, vb = G_VALUE_INIT;
      gboolean same;

      if (!(pspec->flags & G_PARAM_READABLE) || g_strv_contains (skip, pspec->name))
        continue;
      g_value_init (&va, pspec->value_type);
      g_value_init (&vb, pspec->value_type);
      g_object_get_property (G_OBJECT (a), pspec->name, &va);
      g_object_get_property (G_OBJECT (b), pspec->name, &vb);
      switch (pspec_kind (pspec))
        {
        case SJ_MODEL_KIND_LIST:
          {
            SjObjectList *la = g_value_get_object (&va), *lb = g_value_get_object (&vb);
            guint n = sj_object_list_get_n_items (la);
            same = n == sj_object_list_get_n_items (lb);
            for (guint k = 0; same && k < n; k++)
              same = sj_model_object_equal (sj_object_list_get (la, k), sj_object_list_get (lb, k));
            break;
          }
        case SJ_MODEL_KIND_CHILD:
          same = sj_model_object_equal (g_value_get_object (&va), g_value_get_object (&vb));
          break;
        case SJ_MODEL_KIND_REF:
          same = refs_equal (g_value_get_object (&va), g_value_get_object (&vb));
          break;
        default:
          same = values_equal (pspec, &va, &vb);
          break;
        }
      g_value_unset (&va);
      g_value_unset (&vb);
      if (!same)
        return FALSE;
    }
  return TRUE;
}
