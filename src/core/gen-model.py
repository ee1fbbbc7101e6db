#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Generates, from model-spec.py:
#   header   sj-model.h       the GObject classes and enums of the plan model (src/core)
#   source   sj-model.c       their implementation, with deep equality
#   xml      sj-model-xml.c   the XML reader and writer of every class (src/io)
#   rng      sujarit-1.rng    the RELAX NG schema of the file format (data/)
#   doc      format table     (markdown, for data/FORMAT.md)
#
# Usage: gen-model.py SPEC {header|source|xml|rng|doc} OUTPUT

import sys
import textwrap

# ---------------------------------------------------------------------------------------------
# Description vocabulary, used by the spec


class Enum:
    def __init__(self, name, xml, doc, values):
        self.name, self.xml, self.doc, self.values = name, xml, doc, values
        self.ctype = "Sj" + name
        self.lower = snake(name)
        self.upper = self.lower.upper()

    def cvalue(self, nick):
        return "SJ_%s_%s" % (self.upper, nick.upper().replace("-", "_"))


class Prop:
    kind = None
    attr = True

    def __init__(self, name, doc=""):
        self.name = name
        self.doc = doc
        self.c = name.replace("-", "_")
        if self.c in ("short", "long", "default", "char", "int", "signed", "unsigned"):
            self.c += "_name"  # a C keyword cannot name a field or function
        self.upper = self.c.upper()


class Str(Prop):
    kind = "str"

    def __init__(self, name, attr=False, default="", doc=""):
        super().__init__(name, doc)
        self.attr = attr
        self.default = default


class Int(Prop):
    kind = "int"

    def __init__(self, name, lo, hi, default, doc="", always=False):
        super().__init__(name, doc)
        self.lo, self.hi, self.default = lo, hi, default
        # Written even when equal to the default: a person reads <year year="2566"/> as meaning it.
        self.always = always


class Bool(Prop):
    kind = "bool"

    def __init__(self, name, default, doc=""):
        super().__init__(name, doc)
        self.default = default


class Double(Prop):
    kind = "double"

    def __init__(self, name, lo, hi, default, doc=""):
        super().__init__(name, doc)
        self.lo, self.hi, self.default = lo, hi, default


class Enum_(Prop):
    kind = "enum"

    def __init__(self, name, enum, default, doc="", cname=None):
        super().__init__(name, doc)
        self.enum_name, self.default = enum, default
        if cname:  # "type" would clash with the class's get_type() function
            self.c = cname
            self.upper = cname.upper()


class Money(Prop):
    kind = "money"


class Quarters(Prop):
    kind = "quarters"


class Date(Prop):
    kind = "date"


class Rich(Prop):
    kind = "rich"
    attr = False


class Bytes(Prop):
    kind = "bytes"
    attr = False


class Strv(Prop):
    kind = "strv"
    attr = False

    def __init__(self, name, item, doc=""):
        super().__init__(name, doc)
        self.item = item


class Child(Prop):
    kind = "child"
    attr = False

    def __init__(self, name, cls, optional=False, doc=""):
        super().__init__(name, doc)
        self.cls_name, self.optional = cls, optional


class List(Prop):
    kind = "list"
    attr = False

    def __init__(self, name, cls, single, wrapper=None, doc=""):
        super().__init__(name, doc)
        self.cls_name, self.single, self.wrapper = cls, single, wrapper
        self.single_c = single.replace("-", "_")


class Ref(Prop):
    kind = "ref"

    def __init__(self, name, cls, doc=""):
        super().__init__(name, doc)
        self.cls_name = cls


class RefList(Prop):
    kind = "reflist"

    def __init__(self, name, cls, doc=""):
        super().__init__(name, doc)
        self.cls_name = cls


class Class:
    def __init__(self, name, xml, doc, props, has_id=False, text_prop=None):
        self.name, self.xml, self.doc = name, xml, doc
        self.has_id, self.text_prop = has_id, text_prop
        self.props = ([Str("id", attr=True, doc="Unique among objects of this kind")]
                      if has_id else []) + props
        self.ctype = "Sj" + name
        self.lower = snake(name)
        self.upper = self.lower.upper()
        self.fn = "sj_" + self.lower
        self.type_macro = "SJ_TYPE_" + self.upper


def snake(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i > 0:
            out += "_"
        out += ch.lower()
    return out


def load_spec(path):
    ns = {k: v for k, v in globals().items()}
    exec(open(path, encoding="utf-8").read(), ns)
    enums = {e.name: e for e in ns["ENUMS"]}
    classes = {c.name: c for c in ns["CLASSES"]}
    for c in classes.values():
        for p in c.props:
            if p.kind == "enum":
                p.enum = enums[p.enum_name]
            if p.kind in ("child", "list", "ref", "reflist"):
                p.cls = classes[p.cls_name]
            if c.text_prop == p.name:
                p.is_text = True
            else:
                p.is_text = False
    return ns, list(enums.values()), list(classes.values())


def cstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------------------
# C declarations

def ctype_of(p, const=False):
    k = p.kind
    if k == "str":
        return "const char *"
    if k == "int":
        return "int "
    if k == "bool":
        return "gboolean "
    if k == "double":
        return "double "
    if k == "enum":
        return p.enum.ctype + " "
    if k == "money":
        return "SjMoney "
    if k == "quarters":
        return "guint "
    if k == "date":
        return "const SjDate *"
    if k == "rich":
        return "SjRich *"
    if k == "bytes":
        return "GBytes *"
    if k == "strv":
        return "const char *const *"
    if k in ("child", "ref"):
        return p.cls.ctype + " *"
    if k == "reflist":
        return "GPtrArray *"
    raise ValueError(k)


def field_of(p):
    k = p.kind
    return {
        "str": "char *", "int": "int ", "bool": "gboolean ", "double": "double ",
        "money": "SjMoney ", "quarters": "guint ", "date": "SjDate *", "rich": "SjRich *",
        "bytes": "GBytes *", "strv": "char **", "reflist": "GPtrArray *", "list": "SjObjectList *",
    }.get(k) or (p.enum.ctype + " " if k == "enum" else p.cls.ctype + " *")


def gen_header(ns, enums, classes):
    o = []
    w = o.append
    w("/* SPDX-License-Identifier: GPL-3.0-or-later */")
    w("/* Generated by gen-model.py from model-spec.py. Do not edit. */")
    w("#pragma once\n")
    w("#include <gio/gio.h>\n")
    w('#include "sj-date.h"')
    w('#include "sj-model-object.h"')
    w('#include "sj-money.h"')
    w('#include "sj-object-list.h"')
    w('#include "sj-rich.h"\n')
    w("G_BEGIN_DECLS\n")
    w("#define SJ_FORMAT_NAMESPACE %s" % cstr(ns["NAMESPACE"]))
    w("#define SJ_FORMAT_VERSION %d\n" % ns["FORMAT_VERSION"])

    for e in enums:
        w("/* %s */" % e.doc)
        w("typedef enum\n{")
        for i, (nick, label) in enumerate(e.values):
            w("  %s, /* %s */" % (e.cvalue(nick), label or "—"))
        w("} %s;\n" % e.ctype)
        w("#define SJ_TYPE_%s (sj_%s_get_type ())" % (e.upper, e.lower))
        w("GType sj_%s_get_type (void) G_GNUC_CONST;" % e.lower)
        w("const char *sj_%s_to_nick (%s value);" % (e.lower, e.ctype))
        w("gboolean sj_%s_from_nick (const char *nick, %s *out);" % (e.lower, e.ctype))
        w("const char *sj_%s_label (%s value);\n" % (e.lower, e.ctype))
    for c in classes:
        w("typedef struct _%s %s;" % (c.ctype, c.ctype))
    w("")
    for c in classes:
        w("/* %s */" % c.doc)
        w("#define %s (%s_get_type ())" % (c.type_macro, c.fn))
        w("G_DECLARE_FINAL_TYPE (%s, %s, SJ, %s, SjModelObject)\n" % (c.ctype, c.fn, c.upper))
        w("%s *%s_new (void);" % (c.ctype, c.fn))
        w("%s *%s_copy (%s *self);" % (c.ctype, c.fn, c.ctype))
        w("gboolean %s_equal (%s *a, %s *b);" % (c.fn, c.ctype, c.ctype))
        for p in c.props:
            if p.kind == "list":
                ct = p.cls.ctype
                w("GListModel *%s_get_%s (%s *self);" % (c.fn, p.c, c.ctype))
                w("guint %s_get_n_%s (%s *self);" % (c.fn, p.c, c.ctype))
                w("%s *%s_get_%s_at (%s *self, guint position);" % (ct, c.fn, p.single_c, c.ctype))
                w("void %s_append_%s (%s *self, %s *item);" % (c.fn, p.single_c, c.ctype, ct))
                w("void %s_insert_%s (%s *self, guint position, %s *item);"
                  % (c.fn, p.single_c, c.ctype, ct))
                w("void %s_remove_%s_at (%s *self, guint position);"
                  % (c.fn, p.single_c, c.ctype))
                w("void %s_move_%s (%s *self, guint from, guint to);"
                  % (c.fn, p.single_c, c.ctype))
                continue
            w("%s%s_get_%s (%s *self);" % (ctype_of(p), c.fn, p.c, c.ctype))
            w("void %s_set_%s (%s *self, %svalue);" % (c.fn, p.c, c.ctype, ctype_of(p)))
            if p.kind == "reflist":
                w("void %s_add_%s_ref (%s *self, %s *item);"
                  % (c.fn, p.c, c.ctype, p.cls.ctype))
        w("")
    w("G_END_DECLS")
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------------------------------------
# C implementation

def default_expr(p):
    k = p.kind
    if k == "str":
        return cstr(p.default)
    if k == "int":
        return str(p.default)
    if k == "bool":
        return "TRUE" if p.default else "FALSE"
    if k == "double":
        return repr(float(p.default))
    if k == "enum":
        return p.enum.cvalue(p.default)
    if k == "money":
        return "SJ_MONEY_NONE"
    if k == "quarters":
        return "15"
    return "NULL"


def gen_source(ns, enums, classes):
    o = []
    w = o.append
    w("/* SPDX-License-Identifier: GPL-3.0-or-later */")
    w("/* Generated by gen-model.py from model-spec.py. Do not edit. */")
    w('#define G_LOG_DOMAIN "sj-model"')
    w('#include "config.h"\n')
    w('#include "sj-model.h"\n')
    w("#include <string.h>\n")

    w("""static gboolean
strv_equal0 (char **a, char **b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || *a == NULL) && (b == NULL || *b == NULL);
  return g_strv_equal ((const char *const *) a, (const char *const *) b);
}

static gboolean
bytes_equal0 (GBytes *a, GBytes *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_bytes_equal (a, b);
}

static gboolean
ptr_array_equal0 (GPtrArray *a, GPtrArray *b)
{
  guint la = a ? a->len : 0, lb = b ? b->len : 0;

  if (la != lb)
    return FALSE;
  for (guint i = 0; i < la; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;
  return TRUE;
}

/* A copy of an array of references that holds its own references. */
static GPtrArray *
ptr_array_copy (GPtrArray *a)
{
  GPtrArray *copy = g_ptr_array_new_full (a ? a->len : 0, g_object_unref);

  for (guint i = 0; a && i < a->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (a, i)));
  return copy;
}

""")
    for e in enums:
        w("GType\nsj_%s_get_type (void)\n{" % e.lower)
        w("  static gsize type_id = 0;")
        w("  static const GEnumValue values[] = {")
        for nick, label in e.values:
            w("    { %s, %s, %s }," % (e.cvalue(nick), cstr(e.cvalue(nick)), cstr(nick)))
        w("    { 0, NULL, NULL },\n  };")
        w("  if (g_once_init_enter (&type_id))")
        w("    g_once_init_leave (&type_id, g_enum_register_static (%s, values));"
          % cstr(e.ctype))
        w("  return type_id;\n}\n")
        w("const char *\nsj_%s_to_nick (%s value)\n{\n  switch (value)\n    {" % (e.lower, e.ctype))
        for nick, label in e.values:
            w("    case %s:\n      return %s;" % (e.cvalue(nick), cstr(nick)))
        w("    default:\n      g_return_val_if_reached (NULL);\n    }\n}\n")
        w("gboolean\nsj_%s_from_nick (const char *nick, %s *out)\n{" % (e.lower, e.ctype))
        for nick, label in e.values:
            w("  if (g_strcmp0 (nick, %s) == 0)\n    {\n      *out = %s;\n      return TRUE;\n    }"
              % (cstr(nick), e.cvalue(nick)))
        w("  return FALSE;\n}\n")
        w("const char *\nsj_%s_label (%s value)\n{\n  switch (value)\n    {" % (e.lower, e.ctype))
        for nick, label in e.values:
            w("    case %s:\n      return %s;" % (e.cvalue(nick), cstr(label)))
        w("    default:\n      g_return_val_if_reached (\"\");\n    }\n}\n")

    for c in classes:
        gen_class(w, c)
    return "\n".join(o) + "\n"


def gtype_of(p):
    k = p.kind
    return {
        "str": "G_TYPE_STRING", "int": "G_TYPE_INT", "bool": "G_TYPE_BOOLEAN",
        "double": "G_TYPE_DOUBLE", "money": "G_TYPE_INT64", "quarters": "G_TYPE_UINT",
        "date": "SJ_TYPE_DATE", "rich": "SJ_TYPE_RICH", "bytes": "G_TYPE_BYTES",
        "strv": "G_TYPE_STRV", "reflist": "G_TYPE_PTR_ARRAY",
    }.get(k) or ("SJ_TYPE_" + p.enum.upper if k == "enum" else p.cls.type_macro)


def old_value_setter(p):
    """C code that stores the current value of @p in the GValue `old` (a copy, not a share)."""
    k = p.kind
    f = "self->" + p.c
    return {
        "str": "g_value_set_string (&old, %s)" % f,
        "int": "g_value_set_int (&old, %s)" % f,
        "bool": "g_value_set_boolean (&old, %s)" % f,
        "double": "g_value_set_double (&old, %s)" % f,
        "enum": "g_value_set_enum (&old, %s)" % f,
        "money": "g_value_set_int64 (&old, %s)" % f,
        "quarters": "g_value_set_uint (&old, %s)" % f,
        "date": "g_value_set_boxed (&old, %s)" % f,
        "rich": "g_value_set_boxed (&old, %s)" % f,
        "bytes": "g_value_set_boxed (&old, %s)" % f,
        "strv": "g_value_set_boxed (&old, %s)" % f,
        "child": "g_value_set_object (&old, %s)" % f,
        "ref": "g_value_set_object (&old, %s)" % f,
        "reflist": "g_value_take_boxed (&old, ptr_array_copy (%s))" % f,
    }[k]


def gen_class(w, c):
    T, fn = c.ctype, c.fn
    w("/* %s ---------------------------------------------------------------- */\n" % T)
    w("struct _%s\n{\n  GObject parent_instance;\n" % T)
    for p in c.props:
        w("  %s%s;" % (field_of(p), p.c))
    w("};\n")
    w("G_DEFINE_FINAL_TYPE (%s, %s, SJ_TYPE_MODEL_OBJECT)\n" % (T, fn))
    w("enum\n{\n  PROP_%s_0," % c.upper)
    for p in c.props:
        w("  PROP_%s_%s," % (c.upper, p.upper))
    w("  N_%s_PROPS\n};\n" % c.upper)
    w("static GParamSpec *%s_props[N_%s_PROPS];\n" % (c.lower, c.upper))

    # dispose / finalize
    w("static void\n%s_dispose (GObject *object)\n{\n  %s *self = (%s *) object;\n\n  (void) self;" % (fn, T, T))
    for p in c.props:
        if p.kind == "child":
            w("  if (self->%s)\n    sj_model_object_release (SJ_MODEL_OBJECT (self), SJ_MODEL_OBJECT (self->%s));" % (p.c, p.c))
            w("  g_clear_object (&self->%s);" % p.c)
        elif p.kind == "ref":
            w("  g_clear_object (&self->%s);" % p.c)
        elif p.kind == "list":
            w("  if (self->%s)\n    sj_model_object_release_list (SJ_MODEL_OBJECT (self), self->%s);" % (p.c, p.c))
        elif p.kind == "reflist":
            w("  if (self->%s)\n    g_ptr_array_set_size (self->%s, 0);" % (p.c, p.c))
    w("  G_OBJECT_CLASS (%s_parent_class)->dispose (object);\n}\n" % fn)
    w("static void\n%s_finalize (GObject *object)\n{\n  %s *self = (%s *) object;\n\n  (void) self;" % (fn, T, T))
    for p in c.props:
        k = p.kind
        if k == "str":
            w("  g_free (self->%s);" % p.c)
        elif k == "date":
            w("  g_clear_pointer (&self->%s, sj_date_free);" % p.c)
        elif k == "rich":
            w("  g_clear_pointer (&self->%s, sj_rich_unref);" % p.c)
        elif k == "bytes":
            w("  g_clear_pointer (&self->%s, g_bytes_unref);" % p.c)
        elif k == "strv":
            w("  g_strfreev (self->%s);" % p.c)
        elif k == "list":
            w("  g_clear_object (&self->%s);" % p.c)
        elif k == "reflist":
            w("  g_clear_pointer (&self->%s, g_ptr_array_unref);" % p.c)
    w("  G_OBJECT_CLASS (%s_parent_class)->finalize (object);\n}\n" % fn)

    # get/set property
    w("static void\n%s_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)\n{" % fn)
    w("  %s *self = (%s *) object;\n\n  switch (prop_id)\n    {" % (T, T))
    for p in c.props:
        w("    case PROP_%s_%s:" % (c.upper, p.upper))
        k = p.kind
        setter = {
            "str": "g_value_set_string", "int": "g_value_set_int", "bool": "g_value_set_boolean",
            "double": "g_value_set_double", "enum": "g_value_set_enum",
            "money": "g_value_set_int64", "quarters": "g_value_set_uint",
            "date": "g_value_set_boxed", "rich": "g_value_set_boxed", "bytes": "g_value_set_boxed",
            "strv": "g_value_set_boxed", "reflist": "g_value_set_boxed", "list": "g_value_set_object",
            "child": "g_value_set_object", "ref": "g_value_set_object"}[k]
        w("      %s (value, self->%s);\n      break;" % (setter, p.c))
    w("    default:\n      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);\n    }\n}\n")
    w("static void\n%s_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)\n{" % fn)
    w("  %s *self = (%s *) object;\n\n  switch (prop_id)\n    {" % (T, T))
    for p in c.props:
        if p.kind == "list":
            continue
        k = p.kind
        getter = {
            "str": "g_value_get_string", "int": "g_value_get_int", "bool": "g_value_get_boolean",
            "double": "g_value_get_double", "enum": "g_value_get_enum",
            "money": "g_value_get_int64", "quarters": "g_value_get_uint",
            "date": "g_value_get_boxed", "rich": "g_value_get_boxed", "bytes": "g_value_get_boxed",
            "strv": "g_value_get_boxed", "reflist": "g_value_get_boxed",
            "child": "g_value_get_object", "ref": "g_value_get_object"}[k]
        w("    case PROP_%s_%s:\n      %s_set_%s (self, %s (value));\n      break;"
          % (c.upper, p.upper, fn, p.c, getter))
    w("    default:\n      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);\n    }\n}\n")

    # class_init
    w("static SjModelObject *%s_copy_vfunc (SjModelObject *object, GHashTable *map);" % fn)
    w("static void %s_remap_vfunc (SjModelObject *object, GHashTable *map);" % fn)
    w("static gboolean %s_equal_vfunc (SjModelObject *a, SjModelObject *b);\n" % fn)
    w("static void\n%s_class_init (%sClass *klass)\n{" % (fn, T))
    w("  GObjectClass *object_class = G_OBJECT_CLASS (klass);\n")
    w("  object_class->dispose = %s_dispose;" % fn)
    w("  object_class->finalize = %s_finalize;" % fn)
    w("  object_class->get_property = %s_get_property;" % fn)
    w("  object_class->set_property = %s_set_property;" % fn)
    w("  SJ_MODEL_OBJECT_CLASS (klass)->copy = %s_copy_vfunc;" % fn)
    w("  SJ_MODEL_OBJECT_CLASS (klass)->remap = %s_remap_vfunc;" % fn)
    w("  SJ_MODEL_OBJECT_CLASS (klass)->equal = %s_equal_vfunc;\n" % fn)
    RW = "G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS"
    RO = "G_PARAM_READABLE | G_PARAM_STATIC_STRINGS"
    for p in c.props:
        k = p.kind
        nm = cstr(p.name)
        if p.doc:
            w("  /* %s */" % p.doc)
        slot = "  %s_props[PROP_%s_%s] =\n    " % (c.lower, c.upper, p.upper)
        if k == "str":
            w(slot + "g_param_spec_string (%s, NULL, NULL, %s, %s);" % (nm, cstr(p.default), RW))
        elif k == "int":
            w(slot + "g_param_spec_int (%s, NULL, NULL, %d, %d, %d, %s);" % (nm, p.lo, p.hi, p.default, RW))
        elif k == "bool":
            w(slot + "g_param_spec_boolean (%s, NULL, NULL, %s, %s);" % (nm, default_expr(p), RW))
        elif k == "double":
            w(slot + "g_param_spec_double (%s, NULL, NULL, %r, %r, %r, %s);" % (nm, float(p.lo), float(p.hi), float(p.default), RW))
        elif k == "enum":
            w(slot + "g_param_spec_enum (%s, NULL, NULL, SJ_TYPE_%s, %s, %s);" % (nm, p.enum.upper, default_expr(p), RW))
        elif k == "money":
            w(slot + "g_param_spec_int64 (%s, NULL, NULL, G_MININT64, SJ_MONEY_MAX, SJ_MONEY_NONE, %s);" % (nm, RW))
        elif k == "quarters":
            w(slot + "g_param_spec_uint (%s, NULL, NULL, 0, 15, 15, %s);" % (nm, RW))
        elif k == "date":
            w(slot + "g_param_spec_boxed (%s, NULL, NULL, SJ_TYPE_DATE, %s);" % (nm, RW))
        elif k == "rich":
            w(slot + "g_param_spec_boxed (%s, NULL, NULL, SJ_TYPE_RICH, %s);" % (nm, RW))
        elif k == "bytes":
            w(slot + "g_param_spec_boxed (%s, NULL, NULL, G_TYPE_BYTES, %s);" % (nm, RW))
        elif k == "strv":
            w(slot + "g_param_spec_boxed (%s, NULL, NULL, G_TYPE_STRV, %s);" % (nm, RW))
        elif k == "reflist":
            w(slot + "g_param_spec_boxed (%s, NULL, NULL, G_TYPE_PTR_ARRAY, %s);" % (nm, RW))
        elif k in ("child", "ref"):
            w(slot + "g_param_spec_object (%s, NULL, NULL, %s, %s);" % (nm, p.cls.type_macro, RW))
        if k == "list":
            w(slot + "g_param_spec_object (%s, NULL, NULL, G_TYPE_LIST_MODEL, %s);" % (nm, RO))
        kind = {"ref": "REF", "reflist": "REF_LIST", "list": "LIST", "child": "CHILD"}.get(k)
        if kind:
            w("  g_param_spec_set_qdata (%s_props[PROP_%s_%s], sj_model_kind_quark (), GINT_TO_POINTER (SJ_MODEL_KIND_%s));" % (c.lower, c.upper, p.upper, kind))
    w("\n  g_object_class_install_properties (object_class, N_%s_PROPS, %s_props);\n}\n" % (c.upper, c.lower))

    # init
    w("static void\n%s_init (%s *self)\n{" % (fn, T))
    for p in c.props:
        k = p.kind
        if k == "str":
            w("  self->%s = g_strdup (%s);" % (p.c, cstr(p.default)))
        elif k in ("int", "bool", "double", "enum", "money", "quarters"):
            w("  self->%s = %s;" % (p.c, default_expr(p)))
        elif k == "list":
            w("  self->%s = sj_object_list_new (%s);" % (p.c, p.cls.type_macro))
        elif k == "reflist":
            w("  self->%s = g_ptr_array_new_with_free_func (g_object_unref);" % p.c)
        elif k == "child" and not p.optional:
            w("  self->%s = %s_new ();" % (p.c, p.cls.fn))
    w("}\n")
    w("%s *\n%s_new (void)\n{\n  return g_object_new (%s, NULL);\n}\n" % (T, fn, c.type_macro))

    # accessors
    for p in c.props:
        k = p.kind
        pspec = "%s_props[PROP_%s_%s]" % (c.lower, c.upper, p.upper)
        guard = "  g_return_%sif_fail (SJ_IS_%s (self)%s);"
        if k == "list":
            ct = p.cls.ctype
            w("GListModel *\n%s_get_%s (%s *self)\n{\n  g_return_val_if_fail (SJ_IS_%s (self), NULL);\n  return G_LIST_MODEL (self->%s);\n}\n" % (fn, p.c, T, c.upper, p.c))
            w("guint\n%s_get_n_%s (%s *self)\n{\n  g_return_val_if_fail (SJ_IS_%s (self), 0);\n  return sj_object_list_get_n_items (self->%s);\n}\n" % (fn, p.c, T, c.upper, p.c))
            w("/* Returns: (transfer none) */\n%s *\n%s_get_%s_at (%s *self, guint position)\n{\n  g_return_val_if_fail (SJ_IS_%s (self), NULL);\n  return sj_object_list_get (self->%s, position);\n}\n" % (ct, fn, p.single_c, T, c.upper, p.c))
            lst = "SJ_MODEL_OBJECT (self), %s, self->%s" % (pspec, p.c)
            w("void\n%s_append_%s (%s *self, %s *item)\n{\n  g_return_if_fail (SJ_IS_%s (self));\n  g_return_if_fail (SJ_IS_%s (item));\n  sj_model_object_list_insert_into (%s, sj_object_list_get_n_items (self->%s), item);\n}\n" % (fn, p.single_c, T, ct, c.upper, p.cls.upper, lst, p.c))
            w("void\n%s_insert_%s (%s *self, guint position, %s *item)\n{\n  g_return_if_fail (SJ_IS_%s (self));\n  g_return_if_fail (SJ_IS_%s (item));\n  sj_model_object_list_insert_into (%s, position, item);\n}\n" % (fn, p.single_c, T, ct, c.upper, p.cls.upper, lst))
            w("void\n%s_remove_%s_at (%s *self, guint position)\n{\n  g_return_if_fail (SJ_IS_%s (self));\n  g_return_if_fail (position < sj_object_list_get_n_items (self->%s));\n  sj_model_object_list_remove_from (%s, position);\n}\n" % (fn, p.single_c, T, c.upper, p.c, lst))
            w("void\n%s_move_%s (%s *self, guint from, guint to)\n{\n  g_return_if_fail (SJ_IS_%s (self));\n  sj_model_object_list_move_in (%s, from, to);\n}\n" % (fn, p.single_c, T, c.upper, lst))
            continue
        rt = ctype_of(p)
        bad = {"str": '""', "int": "0", "bool": "FALSE", "double": "0.0", "money": "SJ_MONEY_NONE",
               "quarters": "0"}.get(k, "0" if k == "enum" else "NULL")
        w("%s\n%s_get_%s (%s *self)\n{\n  g_return_val_if_fail (SJ_IS_%s (self), %s);\n  return %sself->%s;\n}\n"
          % (rt.rstrip(), fn, p.c, T, c.upper, bad,
             "(const char *const *) " if k == "strv" else "", p.c))
        w("void\n%s_set_%s (%s *self, %svalue)\n{" % (fn, p.c, T, rt))
        w("  GValue old = G_VALUE_INIT;\n  gboolean observed;\n")
        w("  g_return_if_fail (SJ_IS_%s (self));" % c.upper)
        # 1. normalise the value and return early when nothing changes
        if k == "str":
            w("  if (value == NULL)\n    value = \"\";")
            w("  if (g_strcmp0 (self->%s, value) == 0)\n    return;" % p.c)
        elif k in ("int", "double", "money", "enum"):
            if k == "int":
                w("  value = CLAMP (value, %d, %d);" % (p.lo, p.hi))
            if k == "double":
                w("  value = CLAMP (value, %r, %r);" % (float(p.lo), float(p.hi)))
            w("  if (self->%s == value)\n    return;" % p.c)
        elif k == "bool":
            w("  value = !!value;\n  if (self->%s == value)\n    return;" % p.c)
        elif k == "quarters":
            w("  value &= 15;\n  if (self->%s == value)\n    return;" % p.c)
        elif k == "date":
            w("  if (sj_date_equal (self->%s, value))\n    return;" % p.c)
        elif k == "rich":
            w("  if (self->%s == value)\n    return;" % p.c)
        elif k == "bytes":
            w("  if (bytes_equal0 (self->%s, value))\n    return;" % p.c)
        elif k == "strv":
            w("  if (strv_equal0 (self->%s, (char **) value))\n    return;" % p.c)
        elif k in ("child", "ref"):
            if k == "child" and not p.optional:
                w("  g_return_if_fail (value != NULL);")
            w("  if (self->%s == value)\n    return;" % p.c)
        elif k == "reflist":
            w("  if (ptr_array_equal0 (self->%s, value))\n    return;" % p.c)
        # 2. keep the old value for the observer (undo)
        w("  observed = sj_model_object_is_observed (SJ_MODEL_OBJECT (self));")
        w("  if (observed)\n    {")
        w("      g_value_init (&old, %s);" % gtype_of(p))
        w("      %s;" % old_value_setter(p))
        w("    }")
        # 3. assign
        if k == "str":
            w("  g_free (self->%s);\n  self->%s = g_strdup (value);" % (p.c, p.c))
        elif k in ("int", "double", "money", "enum", "bool", "quarters"):
            w("  self->%s = value;" % p.c)
        elif k == "date":
            w("  g_clear_pointer (&self->%s, sj_date_free);\n  self->%s = sj_date_copy (value);" % (p.c, p.c))
        elif k == "rich":
            w("  g_clear_pointer (&self->%s, sj_rich_unref);\n  self->%s = value ? sj_rich_ref (value) : NULL;" % (p.c, p.c))
        elif k == "bytes":
            w("  g_clear_pointer (&self->%s, g_bytes_unref);\n  self->%s = value ? g_bytes_ref (value) : NULL;" % (p.c, p.c))
        elif k == "strv":
            w("  g_strfreev (self->%s);\n  self->%s = g_strdupv ((char **) value);" % (p.c, p.c))
        elif k == "child":
            w("  if (self->%s)\n    sj_model_object_release (SJ_MODEL_OBJECT (self), SJ_MODEL_OBJECT (self->%s));" % (p.c, p.c))
            w("  g_set_object (&self->%s, value);" % p.c)
            w("  if (value)\n    sj_model_object_adopt (SJ_MODEL_OBJECT (self), %s, SJ_MODEL_OBJECT (value));" % pspec)
        elif k == "ref":
            w("  g_set_object (&self->%s, value);" % p.c)
        elif k == "reflist":
            w("  g_ptr_array_set_size (self->%s, 0);" % p.c)
            w("  for (guint i = 0; value && i < value->len; i++)")
            w("    g_ptr_array_add (self->%s, g_object_ref (g_ptr_array_index (value, i)));" % p.c)
        w("  g_object_notify_by_pspec (G_OBJECT (self), %s);" % pspec)
        w("  if (observed)\n    sj_model_object_property_changed (SJ_MODEL_OBJECT (self), %s, &old);\n}\n" % pspec)
        if k == "reflist":
            w("void\n%s_add_%s_ref (%s *self, %s *item)\n{" % (fn, p.c, T, p.cls.ctype))
            w("  GValue old = G_VALUE_INIT;\n  gboolean observed;\n")
            w("  g_return_if_fail (SJ_IS_%s (self));\n  g_return_if_fail (SJ_IS_%s (item));" % (c.upper, p.cls.upper))
            w("  observed = sj_model_object_is_observed (SJ_MODEL_OBJECT (self));")
            w("  if (observed)\n    {\n      g_value_init (&old, G_TYPE_PTR_ARRAY);\n      %s;\n    }" % old_value_setter(p))
            w("  g_ptr_array_add (self->%s, g_object_ref (item));" % p.c)
            w("  g_object_notify_by_pspec (G_OBJECT (self), %s);" % pspec)
            w("  if (observed)\n    sj_model_object_property_changed (SJ_MODEL_OBJECT (self), %s, &old);\n}\n" % pspec)

    # equality
    w("/* Deep equality; references compare by the id of what they point to. */")
    w("gboolean\n%s_equal (%s *a, %s *b)\n{" % (fn, T, T))
    w("  if (a == b)\n    return TRUE;\n  if (a == NULL || b == NULL)\n    return FALSE;")
    for p in c.props:
        k = p.kind
        x = "a->%s" % p.c
        y = "b->%s" % p.c
        if k == "str":
            cond = "g_strcmp0 (%s, %s) != 0" % (x, y)
        elif k in ("int", "bool", "enum", "money", "quarters", "double"):
            cond = "%s != %s" % (x, y)
        elif k == "date":
            cond = "!sj_date_equal (%s, %s)" % (x, y)
        elif k == "rich":
            cond = "!sj_rich_equal (%s, %s)" % (x, y)
        elif k == "bytes":
            cond = "!bytes_equal0 (%s, %s)" % (x, y)
        elif k == "strv":
            cond = "!strv_equal0 (%s, %s)" % (x, y)
        elif k == "child":
            cond = "!%s_equal (%s, %s)" % (p.cls.fn, x, y)
        elif k == "ref":
            gid = p.cls.fn + "_get_id"
            cond = "(%s == NULL) != (%s == NULL) || (%s && g_strcmp0 (%s (%s), %s (%s)) != 0)" % (x, y, x, gid, x, gid, y)
        elif k == "reflist":
            w("  if (%s->len != %s->len)\n    return FALSE;" % (x, y))
            w("  for (guint i = 0; i < %s->len; i++)" % x)
            gid = p.cls.fn + "_get_id"
            w("    if (g_strcmp0 (%s (g_ptr_array_index (%s, i)), %s (g_ptr_array_index (%s, i))) != 0)\n      return FALSE;" % (gid, x, gid, y))
            continue
        elif k == "list":
            w("  {\n    guint n = sj_object_list_get_n_items (%s);" % x)
            w("    if (n != sj_object_list_get_n_items (%s))\n      return FALSE;" % y)
            w("    for (guint i = 0; i < n; i++)")
            w("      if (!%s_equal (sj_object_list_get (%s, i), sj_object_list_get (%s, i)))\n        return FALSE;\n  }" % (p.cls.fn, x, y))
            continue
        w("  if (%s)\n    return FALSE;" % cond)
    w("  return TRUE;\n}\n")
    gen_copy(w, c)


def gen_copy(w, c):
    T, fn = c.ctype, c.fn
    w("static gboolean\n%s_equal_vfunc (SjModelObject *a, SjModelObject *b)\n{\n  return %s_equal ((%s *) a, (%s *) b);\n}\n" % (fn, fn, T, T))
    # copy: values and children; references still point at the originals until remapped
    w("static SjModelObject *\n%s_copy_vfunc (SjModelObject *object, GHashTable *map)\n{" % fn)
    w("  %s *self = (%s *) object;\n  %s *copy = %s_new ();\n" % (T, T, T, fn))
    w("  g_hash_table_insert (map, self, copy);")
    for p in c.props:
        k = p.kind
        a, b = "copy->" + p.c, "self->" + p.c
        if k == "str":
            w("  g_free (%s);\n  %s = g_strdup (%s);" % (a, a, b))
        elif k in ("int", "bool", "double", "enum", "money", "quarters"):
            w("  %s = %s;" % (a, b))
        elif k == "date":
            w("  %s = %s ? sj_date_copy (%s) : NULL;" % (a, b, b))
        elif k == "rich":
            w("  %s = %s ? sj_rich_ref (%s) : NULL;" % (a, b, b))
        elif k == "bytes":
            w("  %s = %s ? g_bytes_ref (%s) : NULL;" % (a, b, b))
        elif k == "strv":
            w("  %s = g_strdupv (%s);" % (a, b))
        elif k == "ref":
            w("  %s = %s ? g_object_ref (%s) : NULL;" % (a, b, b))
        elif k == "reflist":
            w("  for (guint i = 0; i < %s->len; i++)\n    g_ptr_array_add (%s, g_object_ref (g_ptr_array_index (%s, i)));" % (b, a, b))
        elif k == "child":
            w("  if (%s)\n    {" % b)
            w("      %s *child = (%s *) %s_copy_vfunc (SJ_MODEL_OBJECT (%s), map);" % (p.cls.ctype, p.cls.ctype, p.cls.fn, b))
            w("      if (%s)\n        sj_model_object_release (SJ_MODEL_OBJECT (copy), SJ_MODEL_OBJECT (%s));" % (a, a))
            w("      g_clear_object (&%s);" % a)
            w("      %s = child;" % a)
            w("      sj_model_object_adopt (SJ_MODEL_OBJECT (copy), %s_props[PROP_%s_%s], SJ_MODEL_OBJECT (child));\n    }" % (c.lower, c.upper, p.upper))
        elif k == "list":
            w("  for (guint i = 0, n = sj_object_list_get_n_items (%s); i < n; i++)\n    {" % b)
            w("      g_autoptr (SjModelObject) item = %s_copy_vfunc (sj_object_list_get (%s, i), map);" % (p.cls.fn, b))
            w("      sj_model_object_adopt (SJ_MODEL_OBJECT (copy), %s_props[PROP_%s_%s], item);" % (c.lower, c.upper, p.upper))
            w("      sj_object_list_append (%s, item);\n    }" % a)
    w("  return SJ_MODEL_OBJECT (copy);\n}\n")
    # remap
    w("static void\n%s_remap_vfunc (SjModelObject *object, GHashTable *map)\n{\n  %s *self = (%s *) object;\n\n  (void) self;" % (fn, T, T))
    for p in c.props:
        k = p.kind
        f = "self->" + p.c
        if k == "ref":
            w("  if (%s && g_hash_table_contains (map, %s))\n    g_set_object (&%s, g_hash_table_lookup (map, %s));" % (f, f, f, f))
        elif k == "reflist":
            w("  for (guint i = 0; i < %s->len; i++)\n    if (g_hash_table_contains (map, g_ptr_array_index (%s, i)))\n      {" % (f, f))
            w("        gpointer target = g_object_ref (g_hash_table_lookup (map, g_ptr_array_index (%s, i)));" % f)
            w("        g_object_unref (g_ptr_array_index (%s, i));\n        g_ptr_array_index (%s, i) = target;\n      }" % (f, f))
        elif k == "child":
            w("  if (%s)\n    %s_remap_vfunc (SJ_MODEL_OBJECT (%s), map);" % (f, p.cls.fn, f))
        elif k == "list":
            w("  for (guint i = 0, n = sj_object_list_get_n_items (%s); i < n; i++)\n    %s_remap_vfunc (sj_object_list_get (%s, i), map);" % (f, p.cls.fn, f))
    w("}\n")
    w("%s *\n%s_copy (%s *self)\n{\n  g_return_val_if_fail (SJ_IS_%s (self), NULL);\n  return (%s *) sj_model_object_copy (SJ_MODEL_OBJECT (self));\n}\n" % (T, fn, T, c.upper, T))


# ---------------------------------------------------------------------------------------------
# XML reader and writer (src/io)

def gen_xml(ns, enums, classes):
    o = []
    w = o.append
    w("/* SPDX-License-Identifier: GPL-3.0-or-later */")
    w("/* Generated by gen-model.py from model-spec.py. Do not edit. */")
    w('#define G_LOG_DOMAIN "sj-xml"')
    w('#include "config.h"\n')
    w('#include "sj-model-xml.h"')
    w('#include "sj-xml.h"\n')
    w("#include <stdlib.h>")
    w("#include <string.h>\n")
    for c in classes:
        w("static %s *read_%s (SjXmlReader *r, xmlNode *node, GError **error);" % (c.ctype, c.lower))
        w("static void write_%s (SjXmlWriter *w, %s *self, const char *name);" % (c.lower, c.ctype))
    w("")
    # ref appliers
    for c in classes:
        for p in c.props:
            if p.kind == "ref":
                w("static void\napply_%s_%s (gpointer object, gpointer target)\n{\n  %s_set_%s (object, target);\n}\n" % (c.lower, p.c, c.fn, p.c))
            elif p.kind == "reflist":
                w("static void\napply_%s_%s (gpointer object, gpointer target)\n{\n  %s_add_%s_ref (object, target);\n}\n" % (c.lower, p.c, c.fn, p.c))
    for c in classes:
        gen_xml_reader(w, c)
        gen_xml_writer(w, c)
    # Elements whose text is content; white space anywhere else is indentation and is dropped
    # while parsing, which keeps the tree of a large plan small.
    text_names = {"p", "b", "i", "u", "sub", "sup", "a", "fact"}
    for c in classes:
        if c.text_prop:
            text_names.add(c.xml)
        for p in c.props:
            if p.attr:
                continue
            if p.kind in ("str", "bytes"):
                text_names.add(p.name)
            elif p.kind == "strv":
                text_names.add(p.item)
    names = sorted(text_names)
    w("static const char *const text_elements[] = {")
    w("  " + ", ".join(cstr(n) for n in names) + ",")
    w("};\n")
    w("static int\ncompare_name (const void *key, const void *elem)\n{\n  return strcmp (key, *(const char *const *) elem);\n}\n")
    w("/* Whether the text of element @name is content (rather than indentation between elements). */")
    w("gboolean\nsj_model_xml_keeps_text (const char *name)\n{")
    w("  return bsearch (name, text_elements, G_N_ELEMENTS (text_elements), sizeof (char *),\n                  compare_name) != NULL;\n}\n")
    root = [c for c in classes if c.name == "Plan"][0]
    w("SjPlan *\nsj_model_xml_read_plan (SjXmlReader *r, xmlNode *node, GError **error)\n{\n  return read_plan (r, node, error);\n}\n")
    w("void\nsj_model_xml_write_plan (SjXmlWriter *w, SjPlan *plan)\n{\n  write_plan (w, plan, \"plan\");\n}\n")
    return "\n".join(o) + "\n"


def attr_parse(w, c, p, var):
    k = p.kind
    nm = cstr(p.name)
    if k == "str":
        w("  %s_set_%s (self, %s);" % (c.fn, p.c, var))
    elif k == "int":
        w("  {\n    gint64 v;\n    if (!sj_xml_parse_int (r, node, %s, %s, %d, %d, &v, error))\n      return NULL;\n    %s_set_%s (self, (int) v);\n  }" % (nm, var, p.lo, p.hi, c.fn, p.c))
    elif k == "bool":
        w("  {\n    gboolean v;\n    if (!sj_xml_parse_bool (r, node, %s, %s, &v, error))\n      return NULL;\n    %s_set_%s (self, v);\n  }" % (nm, var, c.fn, p.c))
    elif k == "double":
        w("  {\n    double v;\n    if (!sj_xml_parse_double (r, node, %s, %s, %r, %r, &v, error))\n      return NULL;\n    %s_set_%s (self, v);\n  }" % (nm, var, float(p.lo), float(p.hi), c.fn, p.c))
    elif k == "enum":
        w("  {\n    %s v;\n    if (!sj_%s_from_nick ((const char *) %s, &v))\n      return sj_xml_fail (r, node, error, %s, %s), NULL;\n    %s_set_%s (self, v);\n  }" % (p.enum.ctype, p.enum.lower, var, nm, var, c.fn, p.c))
    elif k == "money":
        w("  {\n    SjMoney v;\n    if (!sj_xml_parse_money (r, node, %s, %s, &v, error))\n      return NULL;\n    %s_set_%s (self, v);\n  }" % (nm, var, c.fn, p.c))
    elif k == "quarters":
        w("  {\n    guint v;\n    if (!sj_xml_parse_quarters (r, node, %s, %s, &v, error))\n      return NULL;\n    %s_set_%s (self, v);\n  }" % (nm, var, c.fn, p.c))
    elif k == "date":
        w("  {\n    SjDate v;\n    if (!sj_xml_parse_date (r, node, %s, %s, &v, error))\n      return NULL;\n    %s_set_%s (self, &v);\n  }" % (nm, var, c.fn, p.c))
    elif k == "ref":
        w("  sj_xml_reader_add_ref (r, node, self, %s, %s, apply_%s_%s);" % (cstr(p.cls.name), var, c.lower, p.c))
    elif k == "reflist":
        w("  {\n    g_auto (GStrv) ids = g_strsplit_set (%s, \" \\t\\n\", -1);" % var)
        w("    for (guint i = 0; ids[i]; i++)\n      if (*ids[i])")
        w("        sj_xml_reader_add_ref (r, node, self, %s, ids[i], apply_%s_%s);\n  }" % (cstr(p.cls.name), c.lower, p.c))


def gen_xml_reader(w, c):
    w("static %s *\nread_%s (SjXmlReader *r, xmlNode *node, GError **error)\n{" % (c.ctype, c.lower))
    w("  g_autoptr (%s) self = %s_new ();" % (c.ctype, c.fn))
    attrs = [p for p in c.props if p.attr]
    elems = [p for p in c.props if not p.attr]
    if attrs:
        w("  const char *value;\n")
    for p in attrs:
        w("  value = sj_xml_attr (node, %s);" % cstr(p.name))
        w("  if (value != NULL)\n    {")
        sub = []
        attr_parse(sub.append, c, p, "value")
        for line in sub:
            w("  " + line.replace("\n", "\n  ") if line.strip() else line)
        w("    }")
        if p.name == "id":
            w("  if (!sj_xml_reader_add_id (r, node, self, %s, %s_get_id (self), error))\n    return NULL;" % (cstr(c.name), c.fn))
    for p in elems:
        if p.is_text:
            w("  {\n    g_autofree char *text = sj_xml_text (node);\n    %s_set_%s (self, text);\n  }" % (c.fn, p.c))
    if any(not p.is_text for p in elems):
        w("  for (xmlNode *child = node->children; child; child = child->next)\n    {")
        w("      const char *name;\n")
        w("      if (!sj_xml_is_element (r, child, error))")
        w("        {\n          if (error && *error)\n            return NULL;\n          continue;\n        }")
        w("      name = (const char *) child->name;")
        first = True
        for p in elems:
            if p.is_text:
                continue
            k = p.kind
            if k == "list":
                tag = p.wrapper or p.cls.xml
            elif k == "strv":
                tag = p.item
            else:
                tag = p.name
            w("      %sif (strcmp (name, %s) == 0)\n        {" % ("" if first else "else ", cstr(tag)))
            first = False
            if k == "str":
                w("          g_autofree char *text = sj_xml_text (child);\n          %s_set_%s (self, text);" % (c.fn, p.c))
            elif k == "rich":
                w("          g_autoptr (SjRich) rich = sj_xml_read_rich (r, child, error);\n          if (rich == NULL)\n            return NULL;\n          %s_set_%s (self, rich);" % (c.fn, p.c))
            elif k == "bytes":
                w("          g_autoptr (GBytes) bytes = sj_xml_read_base64 (r, child, error);\n          if (bytes == NULL)\n            return NULL;\n          %s_set_%s (self, bytes);" % (c.fn, p.c))
            elif k == "strv":
                w("          g_autofree char *text = sj_xml_text (child);\n          sj_xml_strv_append (G_OBJECT (self), %s, text);" % cstr(p.name))
            elif k == "child":
                w("          g_autoptr (%s) item = read_%s (r, child, error);\n          if (item == NULL)\n            return NULL;\n          %s_set_%s (self, item);" % (p.cls.ctype, p.cls.lower, c.fn, p.c))
            elif k == "list":
                if p.wrapper:
                    w("          for (xmlNode *grand = child->children; grand; grand = grand->next)\n            {")
                    w("              g_autoptr (%s) item = NULL;" % p.cls.ctype)
                    w("              if (!sj_xml_is_element (r, grand, error))")
                    w("                {\n                  if (error && *error)\n                    return NULL;\n                  continue;\n                }")
                    w("              if (strcmp ((const char *) grand->name, %s) != 0)" % cstr(p.cls.xml))
                    w("                return sj_xml_unexpected (r, grand, error), NULL;")
                    w("              item = read_%s (r, grand, error);" % p.cls.lower)
                    w("              if (item == NULL)\n                return NULL;")
                    w("              %s_append_%s (self, item);\n            }" % (c.fn, p.single_c))
                else:
                    w("          g_autoptr (%s) item = read_%s (r, child, error);\n          if (item == NULL)\n            return NULL;\n          %s_append_%s (self, item);" % (p.cls.ctype, p.cls.lower, c.fn, p.single_c))
            w("        }")
        w("      else\n        return sj_xml_unexpected (r, child, error), NULL;\n    }")
    w("  return g_steal_pointer (&self);\n}\n")


def gen_xml_writer(w, c):
    fn = c.fn
    w("static void\nwrite_%s (SjXmlWriter *w, %s *self, const char *name)\n{" % (c.lower, c.ctype))
    if any(not p.attr for p in c.props) and not c.text_prop:
        w("  gboolean has_children;\n")
    w("  sj_xml_writer_open (w, name);")
    if c.name == "Plan":
        w("  sj_xml_writer_attr (w, \"xmlns\", SJ_FORMAT_NAMESPACE);")
        w("  sj_xml_writer_attr (w, \"version\", G_STRINGIFY (SJ_FORMAT_VERSION));")
    for p in c.props:
        if not p.attr:
            continue
        k = p.kind
        get = "%s_get_%s (self)" % (fn, p.c)
        nm = cstr(p.name)
        if k == "str":
            if p.name == "id":
                w("  sj_xml_writer_define_id (w, %s, %s);" % (cstr(c.name), get))
            else:
                w("  if (g_strcmp0 (%s, %s) != 0)\n    sj_xml_writer_attr (w, %s, %s);" % (get, cstr(p.default), nm, get))
        elif k == "int" and p.always:
            w("  sj_xml_writer_attr_int (w, %s, %s);" % (nm, get))
        elif k == "int":
            w("  if (%s != %d)\n    sj_xml_writer_attr_int (w, %s, %s);" % (get, p.default, nm, get))
        elif k == "bool":
            w("  if (%s != %s)\n    sj_xml_writer_attr (w, %s, %s ? \"true\" : \"false\");" % (get, default_expr(p), nm, get))
        elif k == "double":
            w("  if (%s != %r)\n    sj_xml_writer_attr_double (w, %s, %s);" % (get, float(p.default), nm, get))
        elif k == "enum":
            w("  if (%s != %s)\n    sj_xml_writer_attr (w, %s, sj_%s_to_nick (%s));" % (get, default_expr(p), nm, p.enum.lower, get))
        elif k == "money":
            w("  if (%s != SJ_MONEY_NONE)\n    sj_xml_writer_attr_money (w, %s, %s);" % (get, nm, get))
        elif k == "quarters":
            w("  if (%s != 15)\n    sj_xml_writer_attr_quarters (w, %s, %s);" % (get, nm, get))
        elif k == "date":
            w("  if (%s != NULL)\n    sj_xml_writer_attr_date (w, %s, %s);" % (get, nm, get))
        elif k == "ref":
            w("  if (%s != NULL)\n    sj_xml_writer_attr_ref (w, %s, %s, %s_get_id (%s));" % (get, nm, cstr(p.cls.name), p.cls.fn, get))
        elif k == "reflist":
            w("  sj_xml_writer_attr_reflist (w, %s, %s, %s);" % (nm, cstr(p.cls.name), get))
    elems = [p for p in c.props if not p.attr]
    conds = []
    for p in elems:
        k = p.kind
        get = "%s_get_%s (self)" % (fn, p.c)
        if p.is_text:
            continue
        if k == "str":
            conds.append("g_strcmp0 (%s, %s) != 0" % (get, cstr(p.default)))
        elif k == "rich":
            conds.append("!sj_rich_is_empty (%s)" % get)
        elif k == "bytes":
            conds.append("%s != NULL" % get)
        elif k == "strv":
            conds.append("(%s != NULL && %s[0] != NULL)" % (get, get))
        elif k == "child":
            conds.append("TRUE" if not p.optional else "%s != NULL" % get)
        elif k == "list":
            conds.append("%s_get_n_%s (self) > 0" % (fn, p.c))
    text_prop = [p for p in elems if p.is_text]
    if text_prop:
        w("  sj_xml_writer_text_content (w, %s_get_%s (self), name);\n}\n" % (fn, text_prop[0].c))
        return
    if not conds:
        w("  sj_xml_writer_close_empty (w);\n}\n")
        return
    w("  has_children = %s;" % " ||\n                 ".join(conds))
    w("  if (!has_children)\n    {\n      sj_xml_writer_close_empty (w);\n      return;\n    }")
    w("  sj_xml_writer_close_start (w);")
    for p in elems:
        k = p.kind
        get = "%s_get_%s (self)" % (fn, p.c)
        nm = cstr(p.name)
        if k == "str":
            w("  if (g_strcmp0 (%s, %s) != 0)\n    sj_xml_writer_text_element (w, %s, %s);" % (get, cstr(p.default), nm, get))
        elif k == "rich":
            w("  if (!sj_rich_is_empty (%s))\n    sj_xml_write_rich (w, %s, %s);" % (get, nm, get))
        elif k == "bytes":
            w("  if (%s != NULL)\n    sj_xml_write_base64 (w, %s, %s);" % (get, nm, get))
        elif k == "strv":
            w("  for (guint i = 0; %s != NULL && %s[i] != NULL; i++)\n    sj_xml_writer_text_element (w, %s, %s[i]);" % (get, get, cstr(p.item), get))
        elif k == "child":
            if p.optional:
                w("  if (%s != NULL)\n    write_%s (w, %s, %s);" % (get, p.cls.lower, get, nm))
            else:
                w("  write_%s (w, %s, %s);" % (p.cls.lower, get, nm))
        elif k == "list":
            w("  if (%s_get_n_%s (self) > 0)\n    {" % (fn, p.c))
            if p.wrapper:
                w("      sj_xml_writer_open (w, %s);\n      sj_xml_writer_close_start (w);" % cstr(p.wrapper))
            w("      for (guint i = 0; i < %s_get_n_%s (self); i++)" % (fn, p.c))
            w("        write_%s (w, %s_get_%s_at (self, i), %s);" % (p.cls.lower, fn, p.single_c, cstr(p.cls.xml)))
            if p.wrapper:
                w("      sj_xml_writer_end (w, %s);" % cstr(p.wrapper))
            w("    }")
    w("  sj_xml_writer_end (w, name);\n}\n")


# ---------------------------------------------------------------------------------------------
# RELAX NG schema

XSD = "http://www.w3.org/2001/XMLSchema-datatypes"


def rng_attr_pattern(p, ind):
    k = p.kind
    if k == "str":
        if p.name == "id":
            return ind + '<data type="token"><param name="pattern">[A-Za-z_][A-Za-z0-9_.\\-]{0,63}</param></data>'
        return ind + "<text/>"
    if k == "int":
        return ind + ('<data type="integer"><param name="minInclusive">%d</param>'
                      '<param name="maxInclusive">%d</param></data>' % (p.lo, p.hi))
    if k == "bool":
        return ind + "<choice><value>true</value><value>false</value></choice>"
    if k == "double":
        return ind + ('<data type="decimal"><param name="minInclusive">%r</param>'
                      '<param name="maxInclusive">%r</param></data>' % (float(p.lo), float(p.hi)))
    if k == "enum":
        return ind + "<choice>" + "".join("<value>%s</value>" % n for n, _ in p.enum.values) + "</choice>"
    if k == "money":
        return ind + '<ref name="money"/>'
    if k == "quarters":
        return ind + '<ref name="quarters"/>'
    if k == "date":
        return ind + '<ref name="date"/>'
    if k == "ref":
        return ind + '<ref name="idref"/>'
    if k == "reflist":
        return ind + '<list><zeroOrMore><ref name="idref"/></zeroOrMore></list>'
    raise ValueError(k)


def gen_rng(ns, enums, classes):
    o = []
    w = o.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w("<!-- SPDX-License-Identifier: GPL-3.0-or-later -->")
    w("<!-- The Sujarit plan file (.sujarit), format versions %s (written: %d)."
      % (", ".join(str(v) for v in ns["FORMAT_VERSIONS_READ"]), ns["FORMAT_VERSION"]))
    w("     Generated by src/core/gen-model.py from src/core/model-spec.py; see FORMAT.md. -->")
    w('<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="%s"' % ns["NAMESPACE"])
    w('         datatypeLibrary="%s">' % XSD)
    w('  <start>\n    <ref name="Plan"/>\n  </start>\n')
    for c in classes:
        w('  <define name="%s">' % c.name)
        w('    <element name="%s">' % c.xml)
        ind = "      "
        if c.name == "Plan":
            w(ind + '<attribute name="version"><choice>%s</choice></attribute>'
              % "".join("<value>%d</value>" % v for v in ns["FORMAT_VERSIONS_READ"]))
        for p in c.props:
            if not p.attr:
                continue
            required = p.name == "id"
            if not required:
                w(ind + "<optional>")
            w(ind + '  <attribute name="%s">' % p.name)
            w(rng_attr_pattern(p, ind + "    "))
            w(ind + "  </attribute>")
            if not required:
                w(ind + "</optional>")
        for p in c.props:
            if p.attr:
                continue
            k = p.kind
            if p.is_text:
                w(ind + "<text/>")
                continue
            if k == "str":
                w(ind + '<optional><element name="%s"><text/></element></optional>' % p.name)
            elif k == "rich":
                w(ind + '<optional><element name="%s"><ref name="blocks"/></element></optional>' % p.name)
            elif k == "bytes":
                w(ind + '<optional><element name="%s"><data type="base64Binary"/></element></optional>' % p.name)
            elif k == "strv":
                w(ind + '<zeroOrMore><element name="%s"><text/></element></zeroOrMore>' % p.item)
            elif k == "child":
                if p.optional:
                    w(ind + '<optional><ref name="%s"/></optional>' % p.cls.name)
                else:
                    w(ind + '<ref name="%s"/>' % p.cls.name)
            elif k == "list":
                if p.wrapper:
                    w(ind + '<optional><element name="%s"><zeroOrMore><ref name="%s"/></zeroOrMore></element></optional>' % (p.wrapper, p.cls.name))
                else:
                    w(ind + '<zeroOrMore><ref name="%s"/></zeroOrMore>' % p.cls.name)
        w("    </element>\n  </define>\n")
    w(RNG_COMMON)
    w("</grammar>")
    return "\n".join(o) + "\n"


RNG_COMMON = """  <define name="money">
    <data type="token"><param name="pattern">-?[0-9]{1,15}(\\.[0-9]{1,2})?</param></data>
  </define>

  <define name="quarters">
    <data type="token"><param name="pattern">1?2?3?4?</param></data>
  </define>

  <define name="fact-name">
    <data type="token"><param name="pattern">(organisation|project-count|dimension-count|period|first-year|last-year|years|total|total-per-year|counts-by-type|type-(project|measure|activity)-count|project-years|dimension-[1-9][0-9]?-(count|name|total|counts-by-type|type-(project|measure|activity)-count))</param></data>
  </define>

  <define name="date">
    <data type="token"><param name="pattern">(1[89]|2[01])[0-9]{2}(-[0-9]{2}(-[0-9]{2})?)?</param></data>
  </define>

  <define name="idref">
    <data type="token"><param name="pattern">[A-Za-z_][A-Za-z0-9_.\\-]{0,63}</param></data>
  </define>

  <!-- Rich text: paragraphs, nested lists and small tables. -->
  <define name="blocks">
    <zeroOrMore>
      <choice>
        <ref name="paragraph"/>
        <ref name="list"/>
        <ref name="table"/>
      </choice>
    </zeroOrMore>
  </define>

  <define name="align">
    <choice><value>justify</value><value>left</value><value>center</value><value>right</value></choice>
  </define>

  <define name="paragraph">
    <element name="p">
      <optional><attribute name="align"><ref name="align"/></attribute></optional>
      <optional><attribute name="indent"><choice><value>true</value><value>false</value></choice></attribute></optional>
      <ref name="inline"/>
    </element>
  </define>

  <define name="inline">
    <zeroOrMore>
      <choice>
        <text/>
        <element name="b"><ref name="inline"/></element>
        <element name="i"><ref name="inline"/></element>
        <element name="u"><ref name="inline"/></element>
        <element name="sub"><ref name="inline"/></element>
        <element name="sup"><ref name="inline"/></element>
        <element name="a"><attribute name="href"><text/></attribute><ref name="inline"/></element>
        <element name="fact"><attribute name="name"><ref name="fact-name"/></attribute><text/></element>
      </choice>
    </zeroOrMore>
  </define>

  <define name="list">
    <element name="list">
      <attribute name="style">
        <choice>
          <value>number-paren</value><value>number-dot</value><value>paren-number</value>
          <value>outline</value><value>dash</value><value>bullet</value>
          <value>thai-letter</value><value>plain</value>
        </choice>
      </attribute>
      <optional>
        <attribute name="start">
          <data type="integer"><param name="minInclusive">1</param><param name="maxInclusive">9999</param></data>
        </attribute>
      </optional>
      <zeroOrMore>
        <element name="item"><ref name="blocks"/></element>
      </zeroOrMore>
    </element>
  </define>

  <define name="table">
    <element name="table">
      <optional><attribute name="borders"><choice><value>true</value><value>false</value></choice></attribute></optional>
      <optional><attribute name="widths"><list><oneOrMore><data type="decimal"/></oneOrMore></list></attribute></optional>
      <zeroOrMore>
        <element name="row">
          <optional><attribute name="header"><value>true</value></attribute></optional>
          <zeroOrMore>
            <element name="cell">
              <optional>
                <attribute name="colspan">
                  <data type="integer"><param name="minInclusive">1</param><param name="maxInclusive">20</param></data>
                </attribute>
              </optional>
              <optional><attribute name="align"><ref name="align"/></attribute></optional>
              <ref name="blocks"/>
            </element>
          </zeroOrMore>
        </element>
      </zeroOrMore>
    </element>
  </define>
"""


# ---------------------------------------------------------------------------------------------
# Documentation table

def gen_doc(ns, enums, classes):
    o = []
    w = o.append
    w("<!-- Generated by src/core/gen-model.py from src/core/model-spec.py. -->")
    for c in classes:
        w("### `<%s>` — %s\n" % (c.xml, c.doc))
        w("| Name | Kind | Meaning |")
        w("|---|---|---|")
        for p in c.props:
            k = p.kind
            if p.is_text:
                where = "text content"
            elif p.attr:
                where = "attribute `%s`" % p.name
            elif k == "list":
                where = ("`<%s>` holding `<%s>`…" % (p.wrapper, p.cls.xml)) if p.wrapper else "`<%s>`…" % p.cls.xml
            elif k == "strv":
                where = "`<%s>`…" % p.item
            elif k == "child":
                where = "`<%s>`" % p.cls.xml
            else:
                where = "`<%s>`" % p.name
            kind = {"str": "text", "int": "integer %d–%d" % (getattr(p, "lo", 0), getattr(p, "hi", 0)),
                    "bool": "true/false", "double": "decimal", "money": "baht, exact decimal",
                    "quarters": "quarters 1234", "date": "YYYY[-MM[-DD]] (Common Era, 1800–2199)",
                    "rich": "rich text", "bytes": "base64", "strv": "text, repeated",
                    "child": p.cls_name if hasattr(p, "cls_name") else "",
                    "list": "list of %s" % getattr(p, "cls_name", ""),
                    "ref": "id of a %s" % getattr(p, "cls_name", ""),
                    "reflist": "ids of %s" % getattr(p, "cls_name", ""),
                    "enum": " / ".join("`%s`" % n for n, _ in p.enum.values) if k == "enum" else ""}[k]
            default = ""
            if hasattr(p, "default") and p.default not in ("", None):
                default = " (default `%s`)" % p.default
            w("| %s | %s | %s%s |" % (where, kind, p.doc or p.name, default))
        w("")
    return "\n".join(o) + "\n"


def main():
    spec, what, out = sys.argv[1:4]
    ns, enums, classes = load_spec(spec)
    text = {"header": gen_header, "source": gen_source, "xml": gen_xml, "rng": gen_rng,
            "doc": gen_doc}[what](ns, enums, classes)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
