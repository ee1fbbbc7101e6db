/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-object-list"
#include "config.h"

#include "sj-object-list.h"

struct _SjObjectList
{
  GObject parent_instance;
  GType item_type;
  GPtrArray *items;
};

enum
{
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void sj_object_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SjObjectList, sj_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      sj_object_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return SJ_OBJECT_LIST (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return SJ_OBJECT_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model, guint position)
{
  SjObjectList *self = SJ_OBJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
sj_object_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
sj_object_list_dispose (GObject *object)
{
  SjObjectList *self = SJ_OBJECT_LIST (object);

  g_ptr_array_set_size (self->items, 0);
  G_OBJECT_CLASS (sj_object_list_parent_class)->dispose (object);
}

static void
sj_object_list_finalize (GObject *object)
{
  g_ptr_array_unref (SJ_OBJECT_LIST (object)->items);
  G_OBJECT_CLASS (sj_object_list_parent_class)->finalize (object);
}

static void
sj_object_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, SJ_OBJECT_LIST (object)->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_object_list_class_init (SjObjectListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sj_object_list_dispose;
  object_class->finalize = sj_object_list_finalize;
  object_class->get_property = sj_object_list_get_property;

  /* The number of items, for bindings (GListModel's own property arrives in GLib 2.76). */
  props[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

/* Tells the views and the n-items property what changed. */
static void
items_changed (SjObjectList *self, guint position, guint removed, guint added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
}

static void
sj_object_list_init (SjObjectList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

SjObjectList *
sj_object_list_new (GType item_type)
{
  SjObjectList *self = g_object_new (SJ_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;
  return self;
}

guint
sj_object_list_get_n_items (SjObjectList *self)
{
  return self->items->len;
}

/* Returns: (transfer none): the item at @position, or %NULL past the end. */
gpointer
sj_object_list_get (SjObjectList *self, guint position)
{
  if (position >= self->items->len)
    return NULL;
  return g_ptr_array_index (self->items, position);
}

void
sj_object_list_insert (SjObjectList *self, guint position, gpointer item)
{
  g_return_if_fail (SJ_IS_OBJECT_LIST (self));
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));
  g_return_if_fail (position <= self->items->len);

  g_ptr_array_insert (self->items, position, g_object_ref (item));
  items_changed (self, position, 0, 1);
}

void
sj_object_list_append (SjObjectList *self, gpointer item)
{
  sj_object_list_insert (self, self->items->len, item);
}

void
sj_object_list_remove (SjObjectList *self, guint position)
{
  g_return_if_fail (SJ_IS_OBJECT_LIST (self));
  g_return_if_fail (position < self->items->len);

  g_ptr_array_remove_index (self->items, position);
  items_changed (self, position, 1, 0);
}

/* Moves the item at @from to @to (its position once moved), as one change for the views. */
void
sj_object_list_move (SjObjectList *self, guint from, guint to)
{
  gpointer item;

  g_return_if_fail (SJ_IS_OBJECT_LIST (self));
  g_return_if_fail (from < self->items->len && to < self->items->len);
  if (from == to)
    return;
  item = g_ptr_array_steal_index (self->items, from);
  g_ptr_array_insert (self->items, to, item);
  items_changed (self, MIN (from, to), ABS ((int) from - (int) to) + 1,
                 ABS ((int) from - (int) to) + 1);
}

/* The position of @item, or -1. */
int
sj_object_list_find (SjObjectList *self, gpointer item)
{
  guint index;

  g_return_val_if_fail (SJ_IS_OBJECT_LIST (self), -1);
  return g_ptr_array_find (self->items, item, &index) ? (int) index : -1;
}

void
sj_object_list_remove_all (SjObjectList *self)
{
  guint n = self->items->len;

  if (n == 0)
    return;
  g_ptr_array_set_size (self->items, 0);
  items_changed (self, 0, n, 0);
}
