/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-document"
#include "config.h"

#include "sj-document.h"

#include <glib/gi18n-lib.h>

/* One recorded change: what the model reported, holding what undoing it needs. */
typedef struct
{
  SjChangeKind kind;
  SjModelObject *object; /* owned */
  GParamSpec *pspec;
  GValue old_value;
  guint position;
  guint to;
  SjModelObject *item; /* owned, for insertions and removals */
} Change;

typedef struct
{
  char *name;
  GArray *changes; /* of Change, in the order they were made */
  guint64 serial;  /* unique; identifies the state reached after this step */
  gboolean coalescable;
} Step;

struct _SjDocument
{
  GObject parent_instance;

  SjPlan *plan;
  GFile *file;
  GPtrArray *undo; /* of Step, oldest first */
  GPtrArray *redo; /* of Step, the next to redo last */
  Step *open;      /* the step being recorded, or NULL */
  int depth;       /* nesting of begin_step */
  gboolean replaying;
  guint64 next_serial;
  guint64 saved_serial; /* serial of the step the saved file corresponds to; 0: no step */
  guint64 generation;   /* counts every change; views and caches compare it */
  gboolean saved_known; /* FALSE when the saved state was dropped from the history */
};

enum
{
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_TITLE,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *props[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SjDocument, sj_document, G_TYPE_OBJECT)

static void
change_clear (gpointer data)
{
  Change *c = data;
  g_clear_object (&c->object);
  g_clear_object (&c->item);
  if (G_IS_VALUE (&c->old_value))
    g_value_unset (&c->old_value);
}

static Step *
step_new (SjDocument *self, const char *name)
{
  Step *step = g_new0 (Step, 1);
  step->name = g_strdup (name ? name : "");
  step->changes = g_array_new (FALSE, TRUE, sizeof (Change));
  g_array_set_clear_func (step->changes, change_clear);
  step->serial = ++self->next_serial;
  step->coalescable = TRUE;
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;
  g_free (step->name);
  g_array_unref (step->changes);
  g_free (step);
}

static guint64
current_serial (SjDocument *self)
{
  if (self->undo->len == 0)
    return 0;
  return ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->serial;
}

static void
notify_state (SjDocument *self, gboolean was_modified, gboolean could_undo, gboolean could_redo)
{
  if (was_modified != sj_document_get_modified (self))
    {
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_MODIFIED]);
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TITLE]);
    }
  if (could_undo != sj_document_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CAN_UNDO]);
  if (could_redo != sj_document_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CAN_REDO]);
}

/* Whether @step holds exactly one property change of @object's @pspec. */
static gboolean
step_is_single_edit (Step *step, SjModelObject *object, GParamSpec *pspec)
{
  Change *c;

  if (step->changes->len != 1)
    return FALSE;
  c = &g_array_index (step->changes, Change, 0);
  return c->kind == SJ_CHANGE_PROPERTY && c->object == object && c->pspec == pspec;
}

/* Typing in a field gives one step, not one per keystroke: a step that only sets the same typed
 * property (text, rich text, a number, an amount) as the step before it is merged into that step,
 * which keeps the oldest value. Choices (a switch, a drop-down, a reference) are never merged. */
static gboolean
coalesce (SjDocument *self, Step *step)
{
  Step *last;
  Change *c;
  GType type;

  if (self->undo->len == 0 || step->changes->len != 1)
    return FALSE;
  last = g_ptr_array_index (self->undo, self->undo->len - 1);
  c = &g_array_index (step->changes, Change, 0);
  type = G_PARAM_SPEC_VALUE_TYPE (c->pspec);
  if (!last->coalescable || last->serial == self->saved_serial
      || !step_is_single_edit (last, c->object, c->pspec)
      || !(type == G_TYPE_STRING || type == SJ_TYPE_RICH || type == G_TYPE_INT64
           || type == G_TYPE_INT || type == G_TYPE_DOUBLE))
    return FALSE;
  return TRUE;
}

/* Files the finished step @step in the undo history. */
static void
commit_step (SjDocument *self, Step *step)
{
  gboolean was_modified = sj_document_get_modified (self);
  gboolean could_undo = sj_document_can_undo (self);
  gboolean could_redo = sj_document_can_redo (self);

  if (step->changes->len == 0)
    {
      step_free (step);
      return;
    }
  if (coalesce (self, step))
    step_free (step);
  else
    g_ptr_array_add (self->undo, step);
  /* A new edit makes the undone steps unreachable. */
  for (guint i = 0; i < self->redo->len; i++)
    if (((Step *) g_ptr_array_index (self->redo, i))->serial == self->saved_serial)
      self->saved_known = FALSE;
  g_ptr_array_set_size (self->redo, 0);
  notify_state (self, was_modified, could_undo, could_redo);
}

static void
on_model_change (SjModelObject *root, const SjChange *change, gpointer user_data)
{
  SjDocument *self = user_data;
  Change c = { 0 };
  const char *property;

  c.kind = change->kind;
  c.object = g_object_ref (change->object);
  c.pspec = change->pspec;
  if (change->kind == SJ_CHANGE_PROPERTY)
    {
      g_value_init (&c.old_value, G_VALUE_TYPE (&change->old_value));
      g_value_copy (&change->old_value, &c.old_value);
    }
  c.position = change->position;
  c.to = change->to;
  c.item = change->item ? g_object_ref (change->item) : NULL;
  self->generation++;

  if (self->open != NULL)
    g_array_append_val (self->open->changes, c);
  else
    {
      /* A change outside any step is a step of its own. */
      Step *step = step_new (self, NULL);
      g_array_append_val (step->changes, c);
      commit_step (self, step);
    }
  property = change->pspec ? change->pspec->name : NULL;
  g_signal_emit (self, signals[CHANGED], g_quark_try_string (property), change->object,
                 property);
}

static void
sj_document_dispose (GObject *object)
{
  SjDocument *self = SJ_DOCUMENT (object);

  if (self->plan != NULL)
    sj_model_object_set_change_func (SJ_MODEL_OBJECT (self->plan), NULL, NULL);
  g_clear_pointer (&self->open, step_free);
  if (self->undo)
    g_ptr_array_set_size (self->undo, 0);
  if (self->redo)
    g_ptr_array_set_size (self->redo, 0);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (sj_document_parent_class)->dispose (object);
}

static void
sj_document_finalize (GObject *object)
{
  SjDocument *self = SJ_DOCUMENT (object);

  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  G_OBJECT_CLASS (sj_document_parent_class)->finalize (object);
}

static void
sj_document_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SjDocument *self = SJ_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, sj_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sj_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sj_document_can_redo (self));
      break;
    case PROP_TITLE:
      g_value_take_string (value, sj_document_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_document_set_property (GObject *object, guint prop_id, const GValue *value,
                          GParamSpec *pspec)
{
  SjDocument *self = SJ_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_FILE:
      sj_document_set_file (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sj_document_constructed (GObject *object)
{
  SjDocument *self = SJ_DOCUMENT (object);

  G_OBJECT_CLASS (sj_document_parent_class)->constructed (object);
  if (self->plan == NULL)
    self->plan = sj_plan_new ();
  sj_model_object_set_change_func (SJ_MODEL_OBJECT (self->plan), on_model_change, self);
}

static void
sj_document_class_init (SjDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sj_document_dispose;
  object_class->finalize = sj_document_finalize;
  object_class->get_property = sj_document_get_property;
  object_class->set_property = sj_document_set_property;
  object_class->constructed = sj_document_constructed;

  props[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, SJ_TYPE_PLAN,
                                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                            | G_PARAM_STATIC_STRINGS);
  props[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                            | G_PARAM_STATIC_STRINGS);
  props[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The file's name, or "Untitled plan", with a leading "•" when modified. */
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * SjDocument::changed:
   * @object: the model object whose property changed, or whose list of children changed
   * @property: (nullable): the name of that property
   *
   * Emitted after every change of the plan, including those of undo and redo. The signal's
   * detail is the property name, so a view can follow only "changed::amount".
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 2, SJ_TYPE_MODEL_OBJECT, G_TYPE_STRING);
}

static void
sj_document_init (SjDocument *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
  self->saved_known = TRUE;
}

/* Takes a reference to @plan, which must not be in another document. */
SjDocument *
sj_document_new (SjPlan *plan)
{
  g_return_val_if_fail (plan == NULL || SJ_IS_PLAN (plan), NULL);
  return g_object_new (SJ_TYPE_DOCUMENT, "plan", plan, NULL);
}

SjPlan *
sj_document_get_plan (SjDocument *self)
{
  g_return_val_if_fail (SJ_IS_DOCUMENT (self), NULL);
  return self->plan;
}

GFile *
sj_document_get_file (SjDocument *self)
{
  g_return_val_if_fail (SJ_IS_DOCUMENT (self), NULL);
  return self->file;
}

void
sj_document_set_file (SjDocument *self, GFile *file)
{
  g_return_if_fail (SJ_IS_DOCUMENT (self));
  if (g_set_object (&self->file, file))
    {
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_FILE]);
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TITLE]);
    }
}

char *
sj_document_get_title (SjDocument *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (SJ_IS_DOCUMENT (self), NULL);
  if (self->file != NULL)
    {
      g_autofree char *base = g_file_get_basename (self->file);
      name = g_filename_display_name (base);
    }
  else
    name = g_strdup (_("Untitled plan"));
  return sj_document_get_modified (self) ? g_strconcat ("• ", name, NULL) : g_steal_pointer (&name);
}

/* Whether the plan differs from what was last saved (or loaded). */
gboolean
sj_document_get_modified (SjDocument *self)
{
  g_return_val_if_fail (SJ_IS_DOCUMENT (self), FALSE);
  return !self->saved_known || current_serial (self) != self->saved_serial;
}

/* A counter of changes: a save of the state at @generation is marked with this. */
guint64
sj_document_get_generation (SjDocument *self)
{
  g_return_val_if_fail (SJ_IS_DOCUMENT (self), 0);
  return self->generation;
}

/**
 * sj_document_mark_saved:
 * @generation: the generation that was saved (sj_document_get_generation() when the save
 *   started); if the plan changed since, it stays modified
 */
void
sj_document_mark_saved (SjDocument *self, guint64 generation)
{
  gboolean was_modified;

  g_return_if_fail (SJ_IS_DOCUMENT (self));
  was_modified = sj_document_get_modified (self);
  if (generation == self->generation)
    {
      self->saved_serial = current_serial (self);
      self->saved_known = TRUE;
    }
  sj_document_stop_coalescing (self);
  notify_state (self, was_modified, sj_document_can_undo (self), sj_document_can_redo (self));
}

/* The plan differs from its file although nothing was edited (a recovered draft, an import). */
void
sj_document_mark_unsaved (SjDocument *self)
{
  gboolean was_modified;

  g_return_if_fail (SJ_IS_DOCUMENT (self));
  was_modified = sj_document_get_modified (self);
  self->saved_known = FALSE;
  notify_state (self, was_modified, sj_document_can_undo (self), sj_document_can_redo (self));
}

/**
 * sj_document_begin_step:
 * @name: what the step does, as the Undo menu item says it ("แก้ไขงบประมาณ ปี ๒๕๖๗")
 *
 * Changes until the matching sj_document_end_step() are one step of the history. Steps nest;
 * the outermost one names the step.
 */
void
sj_document_begin_step (SjDocument *self, const char *name)
{
  g_return_if_fail (SJ_IS_DOCUMENT (self));
  g_return_if_fail (!self->replaying);
  if (self->depth++ == 0)
    self->open = step_new (self, name);
}

void
sj_document_end_step (SjDocument *self)
{
  Step *step;

  g_return_if_fail (SJ_IS_DOCUMENT (self));
  g_return_if_fail (self->depth > 0);
  if (--self->depth > 0)
    return;
  step = g_steal_pointer (&self->open);
  commit_step (self, step);
}

/* The next edit starts a new step even if it sets the same field (focus left the field). */
void
sj_document_stop_coalescing (SjDocument *self)
{
  g_return_if_fail (SJ_IS_DOCUMENT (self));
  if (self->undo->len > 0)
    ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->coalescable = FALSE;
}

gboolean
sj_document_can_undo (SjDocument *self)
{
  g_return_val_if_fail (SJ_IS_DOCUMENT (self), FALSE);
  return self->undo->len > 0 && self->depth == 0;
}

gboolean
sj_document_can_redo (SjDocument *self)
{
  g_return_val_if_fail (SJ_IS_DOCUMENT (self), FALSE);
  return self->redo->len > 0 && self->depth == 0;
}

const char *
sj_document_get_undo_name (SjDocument *self)
{
  g_return_val_if_fail (SJ_IS_DOCUMENT (self), NULL);
  if (self->undo->len == 0)
    return NULL;
  return ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->name;
}

const char *
sj_document_get_redo_name (SjDocument *self)
{
  g_return_val_if_fail (SJ_IS_DOCUMENT (self), NULL);
  if (self->redo->len == 0)
    return NULL;
  return ((Step *) g_ptr_array_index (self->redo, self->redo->len - 1))->name;
}

/* Applies the inverse of @c to the model. */
static void
revert_change (Change *c)
{
  switch (c->kind)
    {
    case SJ_CHANGE_PROPERTY:
      g_object_set_property (G_OBJECT (c->object), c->pspec->name, &c->old_value);
      break;
    case SJ_CHANGE_INSERT:
      g_warn_if_fail (sj_object_list_get (sj_model_object_get_list (c->object, c->pspec),
                                          c->position)
                      == c->item);
      sj_model_object_list_remove (c->object, c->pspec, c->position);
      break;
    case SJ_CHANGE_REMOVE:
      sj_model_object_list_insert (c->object, c->pspec, c->position, c->item);
      break;
    case SJ_CHANGE_MOVE:
      sj_model_object_list_move (c->object, c->pspec, c->to, c->position);
      break;
    }
}

/* Undoes the last step of @from, recording what it does as a step that @to can replay: the
 * inverse of the inverse, so undo and redo are the same operation in two directions. */
static void
replay (SjDocument *self, GPtrArray *from, GPtrArray *to)
{
  gboolean was_modified = sj_document_get_modified (self);
  gboolean could_undo = sj_document_can_undo (self);
  gboolean could_redo = sj_document_can_redo (self);
  Step *step;
  Step *inverse;

  g_return_if_fail (self->depth == 0 && !self->replaying);
  if (from->len == 0)
    return;
  step = g_ptr_array_steal_index (from, from->len - 1);
  inverse = step_new (self, step->name);
  self->replaying = TRUE;
  self->open = inverse;
  self->depth = 1;
  for (guint i = step->changes->len; i > 0; i--)
    revert_change (&g_array_index (step->changes, Change, i - 1));
  self->depth = 0;
  self->open = NULL;
  self->replaying = FALSE;
  /* Undoing step N returns to the state of step N-1 (its serial is found on the undo stack);
   * the step to redo must lead to the state of step N again: give it step N's serial. */
  inverse->serial = step->serial;
  inverse->coalescable = FALSE;
  step_free (step);
  g_ptr_array_add (to, inverse);
  notify_state (self, was_modified, could_undo, could_redo);
}

void
sj_document_undo (SjDocument *self)
{
  g_return_if_fail (SJ_IS_DOCUMENT (self));
  replay (self, self->undo, self->redo);
}

void
sj_document_redo (SjDocument *self)
{
  g_return_if_fail (SJ_IS_DOCUMENT (self));
  replay (self, self->redo, self->undo);
}

/* References ---------------------------------------------------------------------------------- */

static void
collect_objects (SjModelObject *object, GHashTable *set)
{
  guint n_props;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object),
                                                                   &n_props);

  g_hash_table_add (set, object);
  for (guint i = 0; i < n_props; i++)
    {
      if (sj_model_pspec_is_list (pspecs[i]))
        {
          SjObjectList *list = sj_model_object_get_list (object, pspecs[i]);
          for (guint j = 0; j < sj_object_list_get_n_items (list); j++)
            collect_objects (sj_object_list_get (list, j), set);
        }
      else if (sj_model_pspec_is_child (pspecs[i]))
        {
          g_autoptr (SjModelObject) child = NULL;
          g_object_get (object, pspecs[i]->name, &child, NULL);
          if (child != NULL)
            collect_objects (child, set);
        }
    }
}

static void
add_reference (GPtrArray *out, SjModelObject *object, GParamSpec *pspec, SjModelObject *target)
{
  SjReference *r = g_new0 (SjReference, 1);
  r->object = object;
  r->pspec = pspec;
  r->target = target;
  g_ptr_array_add (out, r);
}

static void
find_refs (SjModelObject *object, GHashTable *targets, GHashTable *inside, GPtrArray *out)
{
  guint n_props;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object),
                                                                   &n_props);

  for (guint i = 0; i < n_props; i++)
    {
      GParamSpec *pspec = pspecs[i];
      if (sj_model_pspec_is_list (pspec))
        {
          SjObjectList *list = sj_model_object_get_list (object, pspec);
          for (guint j = 0; j < sj_object_list_get_n_items (list); j++)
            find_refs (sj_object_list_get (list, j), targets, inside, out);
        }
      else if (sj_model_pspec_is_child (pspec))
        {
          g_autoptr (SjModelObject) child = NULL;
          g_object_get (object, pspec->name, &child, NULL);
          if (child != NULL)
            find_refs (child, targets, inside, out);
        }
      else if (sj_model_pspec_is_ref (pspec) && !g_hash_table_contains (inside, object))
        {
          if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_PTR_ARRAY)
            {
              g_autoptr (GPtrArray) array = NULL;
              g_object_get (object, pspec->name, &array, NULL);
              for (guint j = 0; array && j < array->len; j++)
                if (g_hash_table_contains (targets, g_ptr_array_index (array, j)))
                  add_reference (out, object, pspec, g_ptr_array_index (array, j));
            }
          else
            {
              g_autoptr (SjModelObject) target = NULL;
              g_object_get (object, pspec->name, &target, NULL);
              if (target != NULL && g_hash_table_contains (targets, target))
                add_reference (out, object, pspec, target);
            }
        }
    }
}

/**
 * sj_document_find_references:
 * @subtree: an object of the plan; it and everything below it are the targets
 *
 * Returns: (transfer full) (element-type SjReference): the references from outside @subtree to
 * objects inside it: what removing @subtree would leave dangling.
 */
GPtrArray *
sj_document_find_references (SjDocument *self, SjModelObject *subtree)
{
  g_autoptr (GHashTable) inside = g_hash_table_new (NULL, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SJ_IS_DOCUMENT (self), out);
  g_return_val_if_fail (SJ_IS_MODEL_OBJECT (subtree), out);
  collect_objects (subtree, inside);
  find_refs (SJ_MODEL_OBJECT (self->plan), inside, inside, out);
  return out;
}

static void
unlink_reference (SjReference *r)
{
  if (G_PARAM_SPEC_VALUE_TYPE (r->pspec) == G_TYPE_PTR_ARRAY)
    {
      g_autoptr (GPtrArray) array = NULL;
      g_autoptr (GPtrArray) kept = g_ptr_array_new ();
      g_object_get (r->object, r->pspec->name, &array, NULL);
      for (guint j = 0; array && j < array->len; j++)
        if (g_ptr_array_index (array, j) != r->target)
          g_ptr_array_add (kept, g_ptr_array_index (array, j));
      g_object_set (r->object, r->pspec->name, kept, NULL);
    }
  else
    g_object_set (r->object, r->pspec->name, NULL, NULL);
}

/**
 * sj_document_remove:
 * @object: an object held in a list of the plan
 *
 * Removes @object from its list as one step, unlinking first every reference from elsewhere in
 * the plan to it or to anything below it, so the plan never refers to what is not in it. (The
 * editor asks before calling this when sj_document_find_references() finds any.)
 */
void
sj_document_remove (SjDocument *self, SjModelObject *object, const char *step_name)
{
  SjModelObject *parent;
  GParamSpec *pspec;
  int index;
  g_autoptr (GPtrArray) refs = NULL;

  g_return_if_fail (SJ_IS_DOCUMENT (self));
  g_return_if_fail (SJ_IS_MODEL_OBJECT (object));
  parent = sj_model_object_get_parent (object);
  pspec = sj_model_object_get_parent_pspec (object);
  index = sj_model_object_get_index (object);
  g_return_if_fail (parent != NULL && index >= 0);

  refs = sj_document_find_references (self, object);
  sj_document_begin_step (self, step_name ? step_name : _("Delete"));
  for (guint i = 0; i < refs->len; i++)
    unlink_reference (g_ptr_array_index (refs, i));
  sj_model_object_list_remove (parent, pspec, index);
  sj_document_end_step (self);
}

/**
 * sj_document_move:
 * @new_parent: the object whose list of the same kind receives @object (its current parent to
 *   reorder within the list)
 * @position: the position in that list once moved
 *
 * Moves @object within its list or to the list of another parent (a project to another
 * mission), as one step. References to it stay as they are: it is the same object.
 */
void
sj_document_move (SjDocument *self, SjModelObject *object, SjModelObject *new_parent,
                  guint position, const char *step_name)
{
  SjModelObject *parent;
  GParamSpec *pspec;
  GParamSpec *new_pspec;
  int index;
  g_autoptr (SjModelObject) keep = NULL;

  g_return_if_fail (SJ_IS_DOCUMENT (self));
  parent = sj_model_object_get_parent (object);
  pspec = sj_model_object_get_parent_pspec (object);
  index = sj_model_object_get_index (object);
  g_return_if_fail (parent != NULL && index >= 0);
  new_pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (new_parent), pspec->name);
  g_return_if_fail (sj_model_pspec_is_list (new_pspec));
  g_return_if_fail (!sj_model_object_is_ancestor (object, new_parent));

  sj_document_begin_step (self, step_name ? step_name : _("Move"));
  if (new_parent == parent)
    sj_model_object_list_move (parent, pspec, index,
                               MIN (position, sj_object_list_get_n_items (
                                                sj_model_object_get_list (parent, pspec))
                                                - 1));
  else
    {
      keep = g_object_ref (object);
      sj_model_object_list_remove (parent, pspec, index);
      sj_model_object_list_insert (new_parent, new_pspec,
                                   MIN (position, sj_object_list_get_n_items (
                                                    sj_model_object_get_list (new_parent,
                                                                              new_pspec))),
                                   keep);
    }
  sj_document_end_step (self);
}
