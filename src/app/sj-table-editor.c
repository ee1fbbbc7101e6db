/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-table-editor"
#include "config.h"

#include "sj-table-editor.h"

#include "sj-ui.h"

#include <glib/gi18n.h>

/**
 * SjTableEditor:
 *
 * A small table inside a rich text field (the plans' occasional tables of targets or steps): one
 * entry per cell, rows and columns added and removed. Each cell holds one paragraph of text; the
 * header rows, borders and column widths of the table it was made from are kept.
 */
struct _SjTableEditor
{
  GtkWidget parent_instance;
  GtkGrid *grid;
  guint n_rows, n_cols;
  GArray *header;  /* of gboolean, per row */
  GArray *widths;  /* of double */
  gboolean borders;
};

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SjTableEditor, sj_table_editor, GTK_TYPE_WIDGET)

static void
on_entry_changed (GtkEditable *entry, SjTableEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
cell_at (SjTableEditor *self, guint row, guint col)
{
  return gtk_grid_get_child_at (self->grid, col, row);
}

static void
add_cell (SjTableEditor *self, guint row, guint col, const char *text)
{
  GtkWidget *entry = gtk_entry_new ();
  gboolean header = row < self->header->len && g_array_index (self->header, gboolean, row);

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_entry_set_has_frame (GTK_ENTRY (entry), TRUE);
  if (header)
    gtk_widget_add_css_class (entry, "heading");
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
  gtk_grid_attach (self->grid, entry, col, row, 1, 1);
}

static char *
cell_text (GPtrArray *blocks)
{
  g_autoptr (GString) s = g_string_new (NULL);

  for (guint i = 0; blocks && i < blocks->len; i++)
    {
      SjBlock *b = g_ptr_array_index (blocks, i);
      if (b->kind != SJ_BLOCK_PARAGRAPH)
        continue;
      if (s->len)
        g_string_append_c (s, ' ');
      for (guint r = 0; r < b->runs->len; r++)
        {
          SjRun *run = &g_array_index (b->runs, SjRun, r);
          if (run->text)
            g_string_append (s, run->text);
        }
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

SjTableEditor *
sj_table_editor_new (const SjBlock *table)
{
  SjTableEditor *self = g_object_new (SJ_TYPE_TABLE_EDITOR, NULL);

  self->borders = table ? table->borders : TRUE;
  if (table && table->widths)
    g_array_append_vals (self->widths, table->widths->data, table->widths->len);
  self->n_cols = table ? MAX (sj_block_table_columns (table), 1) : 2;
  self->n_rows = table && table->rows->len ? table->rows->len : 2;
  for (guint r = 0; r < self->n_rows; r++)
    {
      SjRow *row = table && r < table->rows->len ? g_ptr_array_index (table->rows, r) : NULL;
      gboolean header = row ? row->header : r == 0;
      guint col = 0;
      g_array_append_val (self->header, header);
      for (guint c = 0; row && c < row->cells->len && col < self->n_cols; c++)
        {
          SjCell *cell = g_ptr_array_index (row->cells, c);
          g_autofree char *text = cell_text (cell->blocks);
          /* A cell spanning columns is edited in its first; the others stay empty. */
          add_cell (self, r, col, text);
          for (guint k = 1; k < cell->colspan && col + k < self->n_cols; k++)
            add_cell (self, r, col + k, "");
          col += MAX (cell->colspan, 1);
        }
      for (; col < self->n_cols; col++)
        add_cell (self, r, col, "");
    }
  return self;
}

/* Returns: (transfer full): the table as a block of rich text. */
SjBlock *
sj_table_editor_get_block (SjTableEditor *self)
{
  SjBlock *table = sj_block_new_table (self->borders);

  for (guint c = 0; c < MIN (self->widths->len, self->n_cols); c++)
    g_array_append_val (table->widths, g_array_index (self->widths, double, c));
  for (guint r = 0; r < self->n_rows; r++)
    {
      SjRow *row = sj_block_add_row (table, r < self->header->len
                                              && g_array_index (self->header, gboolean, r));
      for (guint c = 0; c < self->n_cols; c++)
        {
          GtkWidget *entry = cell_at (self, r, c);
          GPtrArray *blocks = sj_row_add_cell (row, 1, SJ_ALIGN_LEFT);
          SjBlock *p = sj_block_new_paragraph ();
          const char *text = entry ? gtk_editable_get_text (GTK_EDITABLE (entry)) : "";
          if (*text)
            sj_block_add_run (p, text, 0, NULL);
          g_ptr_array_add (blocks, p);
        }
    }
  return table;
}

static void
action_add_row (GtkWidget *widget, const char *name, GVariant *param)
{
  SjTableEditor *self = SJ_TABLE_EDITOR (widget);
  gboolean header = FALSE;

  g_array_append_val (self->header, header);
  for (guint c = 0; c < self->n_cols; c++)
    add_cell (self, self->n_rows, c, "");
  self->n_rows++;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
action_add_column (GtkWidget *widget, const char *name, GVariant *param)
{
  SjTableEditor *self = SJ_TABLE_EDITOR (widget);

  if (self->n_cols >= 20)
    return;
  for (guint r = 0; r < self->n_rows; r++)
    add_cell (self, r, self->n_cols, "");
  self->n_cols++;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
action_remove_row (GtkWidget *widget, const char *name, GVariant *param)
{
  SjTableEditor *self = SJ_TABLE_EDITOR (widget);

  if (self->n_rows <= 1)
    return;
  gtk_grid_remove_row (self->grid, self->n_rows - 1);
  self->n_rows--;
  g_array_set_size (self->header, self->n_rows);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
action_remove_column (GtkWidget *widget, const char *name, GVariant *param)
{
  SjTableEditor *self = SJ_TABLE_EDITOR (widget);

  if (self->n_cols <= 1)
    return;
  gtk_grid_remove_column (self->grid, self->n_cols - 1);
  self->n_cols--;
  if (self->widths->len > self->n_cols)
    g_array_set_size (self->widths, self->n_cols);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
sj_table_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SJ_TYPE_TABLE_EDITOR);
  sj_widget_unparent_children (GTK_WIDGET (object));
  G_OBJECT_CLASS (sj_table_editor_parent_class)->dispose (object);
}

static void
sj_table_editor_finalize (GObject *object)
{
  SjTableEditor *self = SJ_TABLE_EDITOR (object);

  g_array_unref (self->header);
  g_array_unref (self->widths);
  G_OBJECT_CLASS (sj_table_editor_parent_class)->finalize (object);
}

static void
sj_table_editor_class_init (SjTableEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sj_table_editor_dispose;
  G_OBJECT_CLASS (klass)->finalize = sj_table_editor_finalize;

  /**
   * SjTableEditor::changed:
   *
   * Emitted when a cell, a row or a column changes.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-table-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SjTableEditor, grid);
  gtk_widget_class_install_action (widget_class, "table.add-row", NULL, action_add_row);
  gtk_widget_class_install_action (widget_class, "table.add-column", NULL, action_add_column);
  gtk_widget_class_install_action (widget_class, "table.remove-row", NULL, action_remove_row);
  gtk_widget_class_install_action (widget_class, "table.remove-column", NULL,
                                   action_remove_column);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sj_table_editor_init (SjTableEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->header = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->widths = g_array_new (FALSE, TRUE, sizeof (double));
}
