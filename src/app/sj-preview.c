/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-preview"
#include "config.h"

#include "sj-preview.h"
#include "sj-ui.h"

#include <glib/gi18n.h>

/**
 * SjPreview:
 *
 * The page the mayor will sign, beside the editor: one page of the book at a time, drawn by the
 * same sj_book_draw_page() as the PDF and the printout, with page navigation and zoom. The
 * window lays the book out in a thread and hands it over (sj_preview_set_book()); the preview
 * follows the selection (sj_preview_show_path()), and a click on the page emits
 * #SjPreview::source-activated with the model path of what was drawn there.
 */

/* The page itself --------------------------------------------------------------------------- */

#define SJ_TYPE_PAGE_VIEW (sj_page_view_get_type ())
G_DECLARE_FINAL_TYPE (SjPageView, sj_page_view, SJ, PAGE_VIEW, GtkWidget)

struct _SjPageView
{
  GtkWidget parent_instance;
  SjBook *book; /* not owned: the preview's */
  guint index;
  double scale; /* pixels per point */
};

G_DEFINE_FINAL_TYPE (SjPageView, sj_page_view, GTK_TYPE_WIDGET)

static void
sj_page_view_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                      int *natural, int *minimum_baseline, int *natural_baseline)
{
  SjPageView *self = SJ_PAGE_VIEW (widget);
  SjPage *page = self->book && self->index < sj_book_get_n_pages (self->book)
                   ? sj_book_get_page (self->book, self->index)
                   : NULL;
  double size = page ? (orientation == GTK_ORIENTATION_HORIZONTAL ? page->width : page->height)
                     : 0;

  *minimum = *natural = (int) ceil (size * self->scale);
}

static void
sj_page_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SjPageView *self = SJ_PAGE_VIEW (widget);
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->book == NULL || self->index >= sj_book_get_n_pages (self->book) || w <= 0 || h <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, self->scale, self->scale);
  sj_book_draw_page (self->book, self->index, cr);
  cairo_destroy (cr);
}

static void
sj_page_view_class_init (SjPageViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = sj_page_view_measure;
  widget_class->snapshot = sj_page_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "pageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sj_page_view_init (SjPageView *self)
{
  self->scale = 1.0;
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
}

/* The preview ---------------------------------------------------------------------------------- */

struct _SjPreview
{
  GtkWidget parent_instance;

  GtkSpinner *spinner;
  GtkLabel *page_label;
  GtkLabel *zoom_label;
  GtkStack *stack;
  GtkScrolledWindow *scrolled;
  SjPageView *page_view;

  SjBook *book;
  guint index;
  double zoom;      /* 0: fit the width */
  int fitted_width; /* the width the fitted scale was computed for */
  guint refit_source;
};

enum
{
  SOURCE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SjPreview, sj_preview, GTK_TYPE_WIDGET)

static const double zoom_steps[] = { 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0 };

static double
fit_scale (SjPreview *self)
{
  SjPage *page = sj_book_get_page (self->book, self->index);
  int width = gtk_widget_get_width (GTK_WIDGET (self->scrolled)) - 24 - 16;
  return width > 50 ? width / page->width : 0.5;
}

static void
update (SjPreview *self)
{
  guint n = self->book ? sj_book_get_n_pages (self->book) : 0;
  g_autofree char *page_text = NULL;
  g_autofree char *page_tip = NULL;
  g_autofree char *zoom_text = NULL;
  double scale;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", n > 0 && self->index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", n > 0 && self->index + 1 < n);
  if (n == 0)
    {
      gtk_label_set_text (self->page_label, "");
      gtk_stack_set_visible_child_name (self->stack, "waiting");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "page");
  {
    SjPage *page = sj_book_get_page (self->book, self->index);
    /* TRANSLATORS: the preview's page: the printed page number (or its place) of how many */
    page_text = page->label ? g_strdup_printf (_("%s (%u/%u)"), page->label, self->index + 1, n)
                            : g_strdup_printf (_("%u/%u"), self->index + 1, n);
    /* TRANSLATORS: the tooltip of the preview's page: its printed number, its place, of how many */
    page_tip = page->label ? g_strdup_printf (_("Printed page %s: page %u of the %u of the book"),
                                              page->label, self->index + 1, n)
                           : g_strdup_printf (_("Page %u of the %u of the book"), self->index + 1, n);
  }
  gtk_label_set_text (self->page_label, page_text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->page_label), page_tip);
  scale = self->zoom > 0 ? self->zoom : fit_scale (self);
  self->fitted_width = gtk_widget_get_width (GTK_WIDGET (self->scrolled));
  zoom_text = g_strdup_printf ("%.0f%%", scale * 100);
  gtk_label_set_text (self->zoom_label, zoom_text);
  self->page_view->book = self->book;
  self->page_view->index = self->index;
  self->page_view->scale = scale;
  gtk_widget_queue_resize (GTK_WIDGET (self->page_view));
  gtk_widget_queue_draw (GTK_WIDGET (self->page_view));
}

static void
refit (gpointer data)
{
  SjPreview *self = data;
  self->refit_source = 0;
  update (self);
}

/* The fitted zoom follows the width of the pane (once it is allocated: not while it is). */
static void
sj_preview_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  SjPreview *self = SJ_PREVIEW (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);

  gtk_widget_allocate (child, width, height, baseline, NULL);
  if (self->book && self->zoom == 0 && self->refit_source == 0
      && gtk_widget_get_width (GTK_WIDGET (self->scrolled)) != self->fitted_width)
    self->refit_source = g_idle_add_once (refit, self);
}

static void
sj_preview_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                    int *natural, int *minimum_baseline, int *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size, minimum,
                      natural, minimum_baseline, natural_baseline);
}

void
sj_preview_set_page (SjPreview *self, guint index)
{
  g_return_if_fail (SJ_IS_PREVIEW (self));
  if (self->book == NULL)
    return;
  self->index = MIN (index, sj_book_get_n_pages (self->book) - 1);
  update (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

guint
sj_preview_get_page (SjPreview *self)
{
  return self->index;
}

/* Takes @book (or NULL), keeping the page shown when it still exists. */
void
sj_preview_set_book (SjPreview *self, SjBook *book)
{
  g_return_if_fail (SJ_IS_PREVIEW (self));
  self->page_view->book = NULL;
  g_clear_pointer (&self->book, sj_book_free);
  self->book = book;
  if (book && self->index >= sj_book_get_n_pages (book))
    self->index = sj_book_get_n_pages (book) > 0 ? sj_book_get_n_pages (book) - 1 : 0;
  if (book && sj_book_get_n_pages (book) == 0)
    g_clear_pointer (&self->book, sj_book_free);
  update (self);
}

SjBook *
sj_preview_get_book (SjPreview *self)
{
  return self->book;
}

/* Shows that a newer book is being laid out. */
void
sj_preview_set_busy (SjPreview *self, gboolean busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

/* Turns to the page that shows @path, if a page does. */
gboolean
sj_preview_show_path (SjPreview *self, const char *path, SjPart prefer)
{
  int page;

  if (self->book == NULL || path == NULL)
    return FALSE;
  page = sj_book_find_page (self->book, path, prefer);
  if (page < 0)
    return FALSE;
  if ((guint) page != self->index)
    sj_preview_set_page (self, page);
  return TRUE;
}

double
sj_preview_get_zoom (SjPreview *self)
{
  return self->page_view->scale;
}

/* A click at @x, @y of the page view (in its pixels). */
void
sj_preview_click (SjPreview *self, double x, double y)
{
  const char *source;

  if (self->book == NULL || self->page_view->scale <= 0)
    return;
  source = sj_book_source_at (self->book, self->index, x / self->page_view->scale,
                              y / self->page_view->scale);
  if (source != NULL)
    g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, source);
}

static void
on_pressed (GtkGestureClick *gesture, int n_press, double x, double y, SjPreview *self)
{
  sj_preview_click (self, x, y);
}

static void
action_turn (GtkWidget *widget, const char *name, GVariant *param)
{
  SjPreview *self = SJ_PREVIEW (widget);

  if (self->book == NULL)
    return;
  if (g_str_equal (name, "preview.previous") && self->index > 0)
    sj_preview_set_page (self, self->index - 1);
  else if (g_str_equal (name, "preview.next") && self->index + 1 < sj_book_get_n_pages (self->book))
    sj_preview_set_page (self, self->index + 1);
}

static void
action_zoom (GtkWidget *widget, const char *name, GVariant *param)
{
  SjPreview *self = SJ_PREVIEW (widget);
  double current = self->page_view->scale;

  if (g_str_equal (name, "preview.zoom-fit"))
    self->zoom = 0;
  else if (g_str_equal (name, "preview.zoom-in"))
    {
      self->zoom = zoom_steps[G_N_ELEMENTS (zoom_steps) - 1];
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > current + 0.01)
          {
            self->zoom = zoom_steps[i];
            break;
          }
    }
  else
    {
      self->zoom = zoom_steps[0];
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < current - 0.01)
          {
            self->zoom = zoom_steps[i - 1];
            break;
          }
    }
  update (self);
}

GtkWidget *
sj_preview_new (void)
{
  return g_object_new (SJ_TYPE_PREVIEW, NULL);
}

static void
sj_preview_dispose (GObject *object)
{
  SjPreview *self = SJ_PREVIEW (object);

  g_clear_handle_id (&self->refit_source, g_source_remove);
  if (self->page_view)
    self->page_view->book = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SJ_TYPE_PREVIEW);
  sj_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->book, sj_book_free);
  G_OBJECT_CLASS (sj_preview_parent_class)->dispose (object);
}

static void
sj_preview_class_init (SjPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sj_preview_dispose;
  widget_class->measure = sj_preview_measure;
  widget_class->size_allocate = sj_preview_size_allocate;
  /**
   * SjPreview::source-activated:
   * @path: the model path of what was clicked (sj_model_resolve_path())
   */
  signals[SOURCE_ACTIVATED] = g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                            G_TYPE_STRING);
  g_type_ensure (SJ_TYPE_PAGE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sujarit/Sujarit/ui/sj-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, SjPreview, spinner);
  gtk_widget_class_bind_template_child (widget_class, SjPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, SjPreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, SjPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, SjPreview, scrolled);
  gtk_widget_class_bind_template_child (widget_class, SjPreview, page_view);
  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, action_turn);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, action_turn);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, action_zoom);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sj_preview_init (SjPreview *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->page_view), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The page as it will be printed"), -1);
  sj_preview_set_busy (self, FALSE);
  update (self);
}
