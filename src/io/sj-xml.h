/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/tree.h>

#include "sj-model.h"

G_BEGIN_DECLS

/* Reading: the state of one load (ids seen, references to resolve). */
typedef struct _SjXmlReader SjXmlReader;

SjXmlReader *sj_xml_reader_new (const char *display_name);
void sj_xml_reader_free (SjXmlReader *r);
gboolean sj_xml_reader_add_id (SjXmlReader *r, xmlNode *node, gpointer object, const char *kind,
                               const char *id, GError **error);
void sj_xml_reader_add_ref (SjXmlReader *r, xmlNode *node, gpointer object, const char *kind,
                            const char *id, void (*apply) (gpointer object, gpointer target));
gboolean sj_xml_reader_resolve (SjXmlReader *r, GError **error);

const char *sj_xml_attr (xmlNode *node, const char *name);
char *sj_xml_text (xmlNode *node);
gboolean sj_xml_is_element (SjXmlReader *r, xmlNode *node, GError **error);
void sj_xml_unexpected (SjXmlReader *r, xmlNode *node, GError **error);
void sj_xml_fail (SjXmlReader *r, xmlNode *node, GError **error, const char *attribute,
                  const char *value);
gboolean sj_xml_parse_int (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                           gint64 min, gint64 max, gint64 *out, GError **error);
gboolean sj_xml_parse_bool (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                            gboolean *out, GError **error);
gboolean sj_xml_parse_double (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                              double min, double max, double *out, GError **error);
gboolean sj_xml_parse_money (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                             SjMoney *out, GError **error);
gboolean sj_xml_parse_quarters (SjXmlReader *r, xmlNode *node, const char *name,
                                const char *value, guint *out, GError **error);
gboolean sj_xml_parse_date (SjXmlReader *r, xmlNode *node, const char *name, const char *value,
                            SjDate *out, GError **error);
SjRich *sj_xml_read_rich (SjXmlReader *r, xmlNode *node, GError **error);
GBytes *sj_xml_read_base64 (SjXmlReader *r, xmlNode *node, GError **error);
void sj_xml_strv_append (GObject *object, const char *property, const char *text);

/* Writing: a canonical form, so that saving the same model always gives the same bytes. */
typedef struct _SjXmlWriter SjXmlWriter;

SjXmlWriter *sj_xml_writer_new (void);
GBytes *sj_xml_writer_free_to_bytes (SjXmlWriter *w, char **problem);
gboolean sj_xml_is_valid_id (const char *id);
void sj_xml_writer_open (SjXmlWriter *w, const char *name);
void sj_xml_writer_attr (SjXmlWriter *w, const char *name, const char *value);
void sj_xml_writer_attr_int (SjXmlWriter *w, const char *name, gint64 value);
void sj_xml_writer_attr_double (SjXmlWriter *w, const char *name, double value);
void sj_xml_writer_define_id (SjXmlWriter *w, const char *kind, const char *id);
void sj_xml_writer_attr_ref (SjXmlWriter *w, const char *name, const char *kind, const char *id);
void sj_xml_writer_attr_money (SjXmlWriter *w, const char *name, SjMoney value);
void sj_xml_writer_attr_quarters (SjXmlWriter *w, const char *name, guint value);
void sj_xml_writer_attr_date (SjXmlWriter *w, const char *name, const SjDate *value);
void sj_xml_writer_attr_reflist (SjXmlWriter *w, const char *name, const char *kind,
                                 GPtrArray *objects);
void sj_xml_writer_close_empty (SjXmlWriter *w);
void sj_xml_writer_close_start (SjXmlWriter *w);
void sj_xml_writer_end (SjXmlWriter *w, const char *name);
void sj_xml_writer_text_element (SjXmlWriter *w, const char *name, const char *text);
void sj_xml_writer_text_content (SjXmlWriter *w, const char *text, const char *name);
void sj_xml_write_rich (SjXmlWriter *w, const char *name, SjRich *rich);
void sj_xml_write_base64 (SjXmlWriter *w, const char *name, GBytes *bytes);

G_END_DECLS
