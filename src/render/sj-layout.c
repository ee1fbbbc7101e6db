/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sj-layout"
#include "config.h"
#include "sj-os.h"

#include "sj-layout.h"
#include "sj-thai.h"

#include <string.h>

#include <hb.h>

#if HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#endif

struct _SjTypesetter
{
  int ref_count;
  PangoFontMap *fontmap;
  PangoContext *context;
  char *family;
  double size;
  PangoWeight regular; /* the weights that give the look of TH Sarabun New */
  PangoWeight bold;
  double scale;        /* the em of the face printed, for each point asked for */
  double line_height;  /* the distance between lines, for each point asked for; 0: the face's */
};

/* TH Sarabun New draws its letters on a small em: at 16 pt they are as big as Sarabun's (or
 * Laksaman's) at 10.56 pt (the factor fontconfig's Thai rules give Laksaman when it stands in for
 * TH Sarabun New), and its lines are 1.125 of the size apart. A plan "in TH Sarabun New 16" is
 * printed so: the pages look like the originals typed in Word. */
#define TH_SARABUN_NEW_SCALE 0.66
#define TH_SARABUN_NEW_LINE_HEIGHT 1.125

static GQuark
line_height_quark (void)
{
  return g_quark_from_static_string ("sj-line-height");
}

/* The typeface of the book ------------------------------------------------------------------- */

/* Where the shipped faces are: SUJARIT_FONTDIR, the installed ones, or the source tree's when the
 * programs run from the build tree. */
static char *
font_dir (void)
{
  const char *env = g_getenv ("SUJARIT_FONTDIR");
  g_autofree char *installed = sj_os_data_path ("fonts");
  g_autofree char *probe = g_build_filename (installed, "Sarabun-Light.ttf", NULL);

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  if (g_file_test (probe, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&installed);
  return g_build_filename (SOURCE_DATADIR, "fonts", NULL);
}

#if HAVE_FONTCONFIG
/* One fontconfig configuration for every book: the system's fonts (for what Sarabun cannot
 * draw) and the shipped Sarabun, made once and shared (fontconfig is safe to read from the
 * threads that lay out books). */
static FcConfig *
book_fontconfig (void)
{
  static FcConfig *config;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      g_autofree char *dir = font_dir ();
      FcConfig *c = FcInitLoadConfigAndFonts ();
      if (c == NULL || !FcConfigAppFontAddDir (c, (const FcChar8 *) dir))
        g_warning ("the typeface of the book (Sarabun) is not in %s; the book is printed in "
                   "what the system has", dir);
      config = c;
      g_once_init_leave (&once, 1);
    }
  return config;
}
#endif

/**
 * sj_typesetter_share_fonts:
 *
 * Makes the shipped faces available to the rest of the program as well (the application's
 * windows), so that Thai is readable in the interface even where the system has no Thai font (a
 * bare Flatpak runtime): they come after the system's own Thai fonts, which fontconfig prefers.
 * Call it before the first window is shown.
 */
void
sj_typesetter_share_fonts (void)
{
#if HAVE_FONTCONFIG
  g_autofree char *dir = font_dir ();

  if (!FcConfigAppFontAddDir (NULL, (const FcChar8 *) dir))
    g_debug ("the shipped faces are not in %s", dir);
#endif
}

static gboolean
has_family (PangoFontMap *fontmap, const char *name)
{
  PangoFontFamily **families = NULL;
  int n = 0;
  gboolean found = FALSE;

  pango_font_map_list_families (fontmap, &families, &n);
  for (int i = 0; i < n && !found; i++)
    found = g_ascii_strcasecmp (pango_font_family_get_name (families[i]), name) == 0;
  g_free (families);
  return found;
}

/**
 * sj_typesetter_document_css:
 * @fontmap: the font map of the interface
 * @selector: the CSS selector of the widgets that edit the book's text
 *
 * Text the book prints is edited in the book's face at the size of TH Sarabun New 16 pt, so it
 * reads on screen as on the page: in Sarabun Light at the scale the book uses, where the
 * interface has Sarabun (Linux, once sj_typesetter_share_fonts() is called); in TH Sarabun New
 * 16 pt where the system has it (or, on Debian, Laksaman, which fontconfig scales for it).
 *
 * Returns: (transfer full): the CSS rule
 */
char *
sj_typesetter_document_css (PangoFontMap *fontmap, const char *selector)
{
  g_autofree char *size = NULL;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (fontmap != NULL && has_family (fontmap, "Sarabun"))
    {
      size = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.2f", 16.0 * TH_SARABUN_NEW_SCALE));
      /* The lines as far apart as the book's (TH Sarabun New's 1.125 of 16 pt). */
      g_autofree char *line = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.3f",
                                                         TH_SARABUN_NEW_LINE_HEIGHT
                                                           / TH_SARABUN_NEW_SCALE));
      return g_strdup_printf ("%s { font-family: \"Sarabun\"; font-weight: 300; font-size: %spt; "
                              "line-height: %s; }",
                              selector, size, line);
    }
  return g_strdup_printf ("%s { font-family: \"TH Sarabun New\", \"Laksaman\", sans-serif; "
                          "font-size: 16pt; }", selector);
}

/* Whether the book's family is the shipped Sarabun (asked for by name, or as TH Sarabun New,
 * whose successor it is). */
static gboolean
is_sarabun (const char *family)
{
  return g_ascii_strcasecmp (family, "Sarabun") == 0
         || g_ascii_strcasecmp (family, "TH Sarabun New") == 0
         || g_ascii_strcasecmp (family, "TH SarabunPSK") == 0;
}

/**
 * sj_typesetter_new:
 *
 * Text is laid out at 72 units per inch (1 unit = 1 point) with hinting off and unrounded glyph
 * positions, so a page measures the same on screen, in print and in the PDF.
 */
SjTypesetter *
sj_typesetter_new (const char *family, double size)
{
  SjTypesetter *ts = g_new0 (SjTypesetter, 1);
  cairo_font_options_t *fo = cairo_font_options_create ();

  ts->ref_count = 1;

#if HAVE_FONTCONFIG
  /* The fontconfig font map wherever there is one (Windows' Pango of MSYS2 has it beside the
   * Win32 one it would choose by default), so the shipped face is found the same way on every
   * system and the book is laid out identically. */
  ts->fontmap = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
  if (ts->fontmap == NULL)
    ts->fontmap = pango_cairo_font_map_new ();
  if (PANGO_IS_FC_FONT_MAP (ts->fontmap) && book_fontconfig () != NULL)
    pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (ts->fontmap), book_fontconfig ());
#else
  ts->fontmap = pango_cairo_font_map_new ();
#endif
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (ts->fontmap), 72.0);
  ts->context = pango_font_map_create_context (ts->fontmap);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (ts->context, fo);
  cairo_font_options_destroy (fo);
  pango_context_set_round_glyph_positions (ts->context, FALSE);
  pango_context_set_language (ts->context, pango_language_from_string ("th"));
  family = family && *family ? family : "TH Sarabun New";
  /* TH Sarabun New is printed in Sarabun, its OFL successor by the same designers (its PDF text
   * extracts as typed; Laksaman's does not), at the weights that have its look: Sarabun Light
   * for the text, SemiBold for bold. TH Sarabun New and Laksaman stay as fallbacks. Any other
   * face is used as asked, with Sarabun after it for what it cannot draw. */
  if (is_sarabun (family))
    {
      ts->family = g_strdup ("Sarabun, Laksaman");
      ts->regular = PANGO_WEIGHT_LIGHT;
      ts->bold = PANGO_WEIGHT_SEMIBOLD;
      ts->scale = TH_SARABUN_NEW_SCALE;
      ts->line_height = TH_SARABUN_NEW_LINE_HEIGHT;
    }
  else
    {
      ts->family = g_strdup_printf ("%s, Sarabun", family);
      ts->regular = PANGO_WEIGHT_NORMAL;
      ts->bold = PANGO_WEIGHT_BOLD;
      ts->scale = 1.0;
      ts->line_height = 0;
    }
  ts->size = size > 0 ? size : 16.0;
  return ts;
}

SjTypesetter *
sj_typesetter_ref (SjTypesetter *ts)
{
  g_atomic_int_inc (&ts->ref_count);
  return ts;
}

/* A typesetter lives as long as what typesets with it: its book, and the charts of the book
 * (typeset as they are drawn), which a later book may reuse. */
void
sj_typesetter_unref (SjTypesetter *ts)
{
  if (ts == NULL || !g_atomic_int_dec_and_test (&ts->ref_count))
    return;
  g_object_unref (ts->context);
  g_object_unref (ts->fontmap);
  g_free (ts->family);
  g_free (ts);
}

PangoContext *
sj_typesetter_get_context (SjTypesetter *ts)
{
  return ts->context;
}

const char *
sj_typesetter_get_family (SjTypesetter *ts)
{
  return ts->family;
}

double
sj_typesetter_get_size (SjTypesetter *ts)
{
  return ts->size;
}

static PangoLayout *
new_layout (SjTypesetter *ts, const SjStyle *style, double width)
{
  PangoLayout *layout = pango_layout_new (ts->context);
  PangoFontDescription *fd = pango_font_description_new ();

  double size = style->size > 0 ? style->size : ts->size;

  pango_font_description_set_family (fd, style->family ? style->family : ts->family);
  pango_font_description_set_size (fd, size * ts->scale * PANGO_SCALE);
  if (ts->line_height > 0)
    g_object_set_qdata (G_OBJECT (layout), line_height_quark (),
                        GINT_TO_POINTER ((int) (size * ts->line_height * PANGO_SCALE)));
  pango_font_description_set_weight (fd, style->bold ? ts->bold : ts->regular);
  pango_font_description_set_style (fd, style->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, fd);
  pango_font_description_free (fd);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_indent (layout, (int) (style->indent * PANGO_SCALE));
  pango_layout_set_spacing (layout, (int) (style->spacing * PANGO_SCALE));
  switch (style->align)
    {
    case SJ_ALIGN_CENTER:
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      break;
    case SJ_ALIGN_RIGHT:
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      break;
    case SJ_ALIGN_JUSTIFY:
      /* Prose is set flush left. Thai puts few spaces in a line, so stretching them leaves
       * holes, and Pango falls back to spacing out letters in lines without spaces — the
       * broken look of the seeds' Word justification that the plan book must not have. */
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      break;
    case SJ_ALIGN_LEFT:
    default:
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      break;
    }
  return layout;
}

/* Pango wraps a stretch of text with no break opportunity (a pasted hash, an OCR run of digits,
 * a hostile file) in time quadratic in its length: 40,000 such characters in a 100 pt cell take
 * over 20 s. No line can hold SJ_MAX_UNBROKEN characters, so such a stretch is broken by
 * characters anyway; giving it a zero-width space every SJ_MAX_UNBROKEN characters keeps layout
 * linear in the length of the text and changes nothing for real prose: Thai words get their
 * breaks from libthai, and only stretches Pango itself finds no break in are touched. */
#define SJ_MAX_UNBROKEN 100
#define ZWSP "\xe2\x80\x8b"

/* The byte offsets where a zero-width space is to be inserted into @text, or NULL for none. */
static GArray *
find_forced_breaks (const char *text, int len)
{
  GArray *at = NULL;
  const char *p = text, *end = text + len, *run = NULL;
  int run_chars = 0;

  while (TRUE)
    {
      gboolean at_end = p >= end;
      gunichar c = at_end ? ' ' : g_utf8_get_char (p);
      if (!(g_unichar_isspace (c) || c == 0x200B))
        {
          if (run_chars++ == 0)
            run = p;
          p = g_utf8_next_char (p);
          continue;
        }
      if (run_chars > SJ_MAX_UNBROKEN)
        {
          /* A long stretch without spaces: ask Pango (and libthai) where it may break. */
          int run_len = p - run;
          g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, run_chars + 1);
          const char *q = run;
          int since = 0;

          pango_get_log_attrs (run, run_len, -1, pango_language_from_string ("th"), attrs,
                               run_chars + 1);
          for (int i = 0; i < run_chars; i++, q = g_utf8_next_char (q))
            {
              if (i > 0 && attrs[i].is_line_break)
                since = 0;
              else if (since >= SJ_MAX_UNBROKEN && attrs[i].is_cursor_position)
                {
                  guint offset = q - text;
                  if (at == NULL)
                    at = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_array_append_val (at, offset);
                  since = 0;
                }
              since++;
            }
        }
      run_chars = 0;
      if (at_end)
        break;
      p = g_utf8_next_char (p);
    }
  return at;
}

static char *
insert_forced_breaks (const char *text, int len, GArray *at)
{
  GString *s = g_string_sized_new (len + at->len * 3);
  guint from = 0;

  for (guint i = 0; i < at->len; i++)
    {
      guint offset = g_array_index (at, guint, i);
      g_string_append_len (s, text + from, offset - from);
      g_string_append (s, ZWSP);
      from = offset;
    }
  g_string_append_len (s, text + from, len - from);
  return g_string_free (s, FALSE);
}

/* Where byte @index of the text lands once the breaks @at are inserted. */
static guint
shift_index (GArray *at, guint index)
{
  guint n = 0;
  while (n < at->len && g_array_index (at, guint, n) <= index)
    n++;
  return index + n * (sizeof ZWSP - 1);
}

/* No line breaks where Thai typesetting forbids them (sj_thai_unbreakable_spans()), except at a
 * break forced into an overlong run. */
static void
add_unbreakable_spans (PangoAttrList **list, const char *text, int len, GArray *forced)
{
  g_autoptr (GArray) spans = sj_thai_unbreakable_spans (text, len);
  guint f = 0; /* the first forced break not before the span (both are in order) */

  for (guint i = 0; i < spans->len; i++)
    {
      SjSpan *span = &g_array_index (spans, SjSpan, i);
      PangoAttribute *a;

      while (forced != NULL && f < forced->len && g_array_index (forced, guint, f) <= span->start)
        f++;
      if (forced != NULL && f < forced->len && g_array_index (forced, guint, f) < span->end)
        continue;
      if (*list == NULL)
        *list = pango_attr_list_new ();
      a = pango_attr_allow_breaks_new (FALSE);
      a->start_index = forced ? shift_index (forced, span->start) : span->start;
      a->end_index = forced ? shift_index (forced, span->end) : span->end;
      pango_attr_list_insert (*list, a);
    }
}

/* The dashes after which Pango keeps a break even inside a stretch that allows none (its rule for
 * hyphens and visible word dividers). */
static gboolean
has_dash (const char *text)
{
  return strstr (text, "\u2013") != NULL || strstr (text, "\u2010") != NULL
         || strstr (text, "\u2012") != NULL;
}

/* The first line of @layout broken strictly inside an unbreakable stretch (the line's trailing
 * spaces aside): the stretch's start, or -1. */
static int
span_broken_by_line (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  PangoAttrList *list = pango_layout_get_attributes (layout);
  g_autoptr (GArray) breaks = g_array_new (FALSE, FALSE, sizeof (int));
  GSList *attrs, *l;
  int found = -1;

  for (GSList *line = pango_layout_get_lines_readonly (layout); line && line->next;
       line = line->next)
    {
      PangoLayoutLine *ll = line->data;
      int b = ll->start_index + ll->length;
      while (b > ll->start_index && text[b - 1] == ' ')
        b--;
      g_array_append_val (breaks, b);
    }
  if (list == NULL || breaks->len == 0)
    return -1;
  attrs = pango_attr_list_get_attributes (list);
  for (l = attrs; l != NULL && found < 0; l = l->next)
    {
      PangoAttribute *a = l->data;
      if (a->klass->type != PANGO_ATTR_ALLOW_BREAKS || ((PangoAttrInt *) a)->value)
        continue;
      for (guint i = 0; i < breaks->len && found < 0; i++)
        {
          int b = g_array_index (breaks, int, i);
          if ((guint) b > a->start_index && (guint) b < a->end_index)
            found = (int) a->start_index;
        }
    }
  g_slist_free_full (attrs, (GDestroyNotify) pango_attribute_destroy);
  return found;
}

/* Pango keeps the break after a dash inside an unbreakable stretch, so a range of years
 * "(พ.ศ. ๒๕๖๖ – ๒๕๗๐)" could still end a line at its dash. Where it does, the line ends before
 * the stretch instead: a line separator (U+2028, drawn as nothing and not part of any line's
 * text) goes in front of it, and the paragraph is laid out again. */
static void
keep_dashed_spans (PangoLayout *layout)
{
  for (int pass = 0; pass < 8 && has_dash (pango_layout_get_text (layout)); pass++)
    {
      int at = span_broken_by_line (layout);
      const char *text = pango_layout_get_text (layout);
      g_autofree char *fixed = NULL;
      PangoAttrList *list;

      if (at <= 0)
        return;
      fixed = g_strdup_printf ("%.*s\u2028%s", at, text, text + at);
      list = pango_attr_list_copy (pango_layout_get_attributes (layout));
      pango_attr_list_update (list, at, 0, (int) strlen ("\u2028"));
      pango_layout_set_text (layout, fixed, -1);
      pango_layout_set_attributes (layout, list);
      pango_attr_list_unref (list);
    }
}

static void
layout_set_text (PangoLayout *layout, const char *text, int len, GPtrArray *attributes)
{
  g_autoptr (GArray) at = find_forced_breaks (text, len);
  g_autofree char *broken = at ? insert_forced_breaks (text, len, at) : NULL;
  int line_height = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (layout), line_height_quark ()));
  PangoAttrList *list = attributes || line_height ? pango_attr_list_new () : NULL;

  /* The lines of the face asked for, whatever the face printed (see TH_SARABUN_NEW_SCALE) */
  if (line_height > 0)
    pango_attr_list_insert (list, pango_attr_line_height_new_absolute (line_height));
  for (guint i = 0; attributes && i < attributes->len; i++)
    {
      PangoAttribute *a = g_ptr_array_index (attributes, i);
      if (at != NULL)
        {
          a->start_index = shift_index (at, a->start_index);
          a->end_index = shift_index (at, a->end_index);
        }
      pango_attr_list_insert (list, a);
    }
  if (attributes) /* the list took the attributes */
    g_free (g_ptr_array_steal (attributes, NULL));
  add_unbreakable_spans (&list, text, len, at);
  pango_layout_set_text (layout, broken ? broken : text, broken ? -1 : len);
  if (list)
    {
      pango_layout_set_attributes (layout, list);
      pango_attr_list_unref (list);
      keep_dashed_spans (layout);
    }
}

/* A layout of plain text; "\n" starts a new paragraph (each gets the first-line indent). */
PangoLayout *
sj_typeset_text (SjTypesetter *ts, const char *text, const SjStyle *style, double width)
{
  PangoLayout *layout = new_layout (ts, style, width);
  text = text ? text : "";
  layout_set_text (layout, text, strlen (text), NULL);
  return layout;
}

/* A layout of a rich-text paragraph: bold, italic, underline, sub- and superscript runs,
 * and computed facts filled in by @fact. */
PangoLayout *
sj_typeset_runs (SjTypesetter *ts, const SjBlock *p, const SjStyle *style, double width,
                 gboolean thai, char *(*fact) (const char *name, gpointer data),
                 gpointer fact_data)
{
  PangoLayout *layout = new_layout (ts, style, width);
  g_autoptr (GPtrArray) attrs = g_ptr_array_new_with_free_func (
    (GDestroyNotify) pango_attribute_destroy);
  GString *text = g_string_new (NULL);
  double size = (style->size > 0 ? style->size : ts->size) * ts->scale;

  for (guint i = 0; i < p->runs->len; i++)
    {
      SjRun *run = &g_array_index (p->runs, SjRun, i);
      g_autofree char *value = NULL;
      g_autofree char *shown = NULL;
      guint start = text->len;

      if (run->fact)
        {
          value = fact ? fact (run->fact, fact_data) : NULL;
          if (value == NULL)
            value = g_strdup (run->text ? run->text : "…");
        }
      else
        value = g_strdup (run->text);
      shown = sj_thai_digits_if (value, thai);
      g_string_append (text, shown);

#define ADD_ATTR(attr)                                                                            \
  G_STMT_START                                                                                    \
  {                                                                                               \
    PangoAttribute *a_ = (attr);                                                                  \
    a_->start_index = start;                                                                      \
    a_->end_index = text->len;                                                                    \
    g_ptr_array_add (attrs, a_);                                                                  \
  }                                                                                               \
  G_STMT_END
      if (run->flags & SJ_RUN_BOLD)
        ADD_ATTR (pango_attr_weight_new (ts->bold));
      if (run->flags & SJ_RUN_ITALIC)
        ADD_ATTR (pango_attr_style_new (PANGO_STYLE_ITALIC));
      if (run->flags & SJ_RUN_UNDERLINE)
        ADD_ATTR (pango_attr_underline_new (PANGO_UNDERLINE_SINGLE));
      if (run->flags & SJ_RUN_SUBSCRIPT)
        {
          ADD_ATTR (pango_attr_size_new ((int) (size * 0.7 * PANGO_SCALE)));
          ADD_ATTR (pango_attr_rise_new ((int) (-size * 0.2 * PANGO_SCALE)));
        }
      if (run->flags & SJ_RUN_SUPERSCRIPT)
        {
          ADD_ATTR (pango_attr_size_new ((int) (size * 0.7 * PANGO_SCALE)));
          ADD_ATTR (pango_attr_rise_new ((int) (size * 0.35 * PANGO_SCALE)));
        }
#undef ADD_ATTR
    }
  layout_set_text (layout, text->str, text->len, attrs);
  g_string_free (text, TRUE);
  return layout;
}

double
sj_layout_height (PangoLayout *layout)
{
  int h;
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

/* The top of line @line, relative to the top of the layout. */
double
sj_layout_line_top (PangoLayout *layout, int line)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle r = { 0 };
  double top;

  for (int i = 0; i < line && pango_layout_iter_next_line (iter); i++)
    ;
  pango_layout_iter_get_line_yrange (iter, &r.y, NULL);
  top = (double) r.y / PANGO_SCALE;
  pango_layout_iter_free (iter);
  return top;
}

/* The height taken by lines [first, first + n). */
double
sj_layout_lines_height (PangoLayout *layout, int first, int n)
{
  int count = pango_layout_get_line_count (layout);
  double top = sj_layout_line_top (layout, first);
  double bottom;

  if (first + n >= count)
    bottom = sj_layout_height (layout);
  else
    bottom = sj_layout_line_top (layout, first + n);
  return bottom - top;
}

/* How many lines from @first fit in @height (at least 0). */
int
sj_layout_lines_fitting (PangoLayout *layout, int first, double height)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int i = 0, fit = 0;
  double top = -1;

  do
    {
      int y0, y1;
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (i >= first)
        {
          if (top < 0)
            top = (double) y0 / PANGO_SCALE;
          if ((double) y1 / PANGO_SCALE - top > height + 0.01)
            break;
          fit++;
        }
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return fit;
}

SjPageItem *
sj_page_item_new (SjPageItemKind kind)
{
  SjPageItem *item = g_new0 (SjPageItem, 1);
  item->kind = kind;
  item->n_lines = -1;
  item->ref_count = 1;
  return item;
}

SjPageItem *
sj_page_item_ref (SjPageItem *item)
{
  g_atomic_int_inc (&item->ref_count);
  return item;
}

/* Items are changed only while their page is laid out; once it is, a page may share them with
 * copies of it (sj_page_copy()), from any thread. */
void
sj_page_item_unref (SjPageItem *item)
{
  if (item == NULL || !g_atomic_int_dec_and_test (&item->ref_count))
    return;
  g_clear_object (&item->layout);
  g_free (item->role);
  g_clear_pointer (&item->image, cairo_surface_destroy);
  if (item->data_free)
    item->data_free (item->data);
  g_free (item->name);
  g_free (item);
}

/* Adds @item to @page, which owns it; it shows what the page's current source is. */
void
sj_page_append_item (SjPage *page, SjPageItem *item)
{
  if (item->source == NULL)
    item->source = page->source;
  g_ptr_array_add (page->items, item);
}

SjPage *
sj_page_new (double width, double height)
{
  SjPage *page = g_new0 (SjPage, 1);
  page->width = width;
  page->height = height;
  page->landscape = width > height;
  page->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sj_page_item_unref);
  return page;
}

void
sj_page_free (SjPage *page)
{
  if (page == NULL)
    return;
  g_ptr_array_unref (page->items);
  g_free (page->label);
  g_free (page);
}

/**
 * sj_page_copy:
 * @without_role: (nullable): the role of text items left out of the copy ("page-number")
 *
 * Returns: a page sharing @page's items (its number and label not copied): the book's page
 * made of a piece laid out once, which a later book can reuse as it is.
 */
SjPage *
sj_page_copy (const SjPage *page, const char *without_role)
{
  SjPage *copy = sj_page_new (page->width, page->height);

  copy->landscape = page->landscape;
  copy->part = page->part;
  copy->numbering = page->numbering;
  copy->source = page->source;
  g_ptr_array_set_size (copy->items, 0);
  for (guint i = 0; i < page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (page->items, i);
      if (without_role && item->kind == SJ_PAGE_TEXT && g_strcmp0 (item->role, without_role) == 0)
        continue;
      g_ptr_array_add (copy->items, sj_page_item_ref (item));
    }
  return copy;
}

void
sj_page_add_text (SjPage *page, PangoLayout *layout, double x, double y, int first_line,
                  int n_lines, const char *role)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_TEXT);
  int w;

  item->layout = g_object_ref (layout);
  item->x = x;
  item->y = y;
  item->first_line = first_line;
  item->n_lines = n_lines;
  pango_layout_get_size (layout, &w, NULL);
  item->w = (double) w / PANGO_SCALE;
  item->h = n_lines < 0 ? sj_layout_height (layout)
                        : sj_layout_lines_height (layout, first_line, n_lines);
  item->role = g_strdup (role);
  sj_page_append_item (page, item);
}

void
sj_page_add_line (SjPage *page, double x1, double y1, double x2, double y2, double width)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_LINE);
  item->x = x1;
  item->y = y1;
  item->w = x2 - x1;
  item->h = y2 - y1;
  item->line_width = width;
  sj_page_append_item (page, item);
}

void
sj_page_add_rect (SjPage *page, double x, double y, double w, double h, const double rgb[3],
                  gboolean fill)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_RECT);
  item->x = x;
  item->y = y;
  item->w = w;
  item->h = h;
  memcpy (item->rgb, rgb, sizeof item->rgb);
  item->fill = fill;
  item->line_width = 0.6;
  sj_page_append_item (page, item);
}

void
sj_page_add_dest (SjPage *page, const char *name, double y)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_DEST);
  item->name = g_strdup (name);
  item->y = y;
  sj_page_append_item (page, item);
}

void
sj_page_add_link (SjPage *page, double x, double y, double w, double h, const char *dest)
{
  SjPageItem *item = sj_page_item_new (SJ_PAGE_LINK);
  item->x = x;
  item->y = y;
  item->w = w;
  item->h = h;
  item->name = g_strdup (dest);
  sj_page_append_item (page, item);
}

/* Drawing text that PDF readers extract as typed ------------------------------------------- *
 *
 * PDF readers rebuild the text from where each glyph is drawn; Thai marks sit above and below
 * their base, and poppler (pdftotext, Evince's search) then reorders or splits them: มั่นคง came
 * out as "ม่น" and "ั คง". Drawing each word's glyphs as one cluster of cairo_show_text_glyphs()
 * gives cairo the text of the word as a whole, which it writes as /ActualText; readers that
 * ignore it (MuPDF, pdfminer) read the glyphs, which Sarabun maps to their letters. PangoCairo's
 * own renderer gives cairo one cluster per grapheme instead, so this renderer draws the glyphs
 * itself and leaves underlines and other decorations to PangoRenderer. */

typedef struct _SjTextRenderer SjTextRenderer;
typedef struct
{
  PangoRendererClass parent_class;
} SjTextRendererClass;

GType sj_text_renderer_get_type (void) G_GNUC_CONST;
#define SJ_TYPE_TEXT_RENDERER (sj_text_renderer_get_type ())
#define SJ_TEXT_RENDERER(o) (G_TYPE_CHECK_INSTANCE_CAST ((o), SJ_TYPE_TEXT_RENDERER, SjTextRenderer))

struct _SjTextRenderer
{
  PangoRenderer parent_instance;
  cairo_t *cr;
  PangoLayout *layout; /* of the line drawn */
};

G_DEFINE_FINAL_TYPE (SjTextRenderer, sj_text_renderer, PANGO_TYPE_RENDERER)

/* The word boundaries of @text (its byte offsets where words start), by libthai through Pango:
 * those the layout of @text found (@layout, when @text is part of its text), or found again. */
static GArray *
word_starts (PangoLayout *layout, const char *whole, const char *text, int length)
{
  glong n_chars = g_utf8_strlen (text, length);
  g_autofree PangoLogAttr *own = NULL;
  const PangoLogAttr *attrs = NULL;
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (int));
  const char *p = text;

  if (layout != NULL && whole == pango_layout_get_text (layout))
    {
      int n_attrs = 0;
      const PangoLogAttr *all = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
      glong first = g_utf8_pointer_to_offset (whole, text);
      if (first + n_chars < n_attrs)
        attrs = all + first;
    }
  if (attrs == NULL)
    {
      own = g_new0 (PangoLogAttr, n_chars + 1);
      pango_get_log_attrs (text, length, -1, pango_language_from_string ("th"), own, n_chars + 1);
      attrs = own;
    }
  for (glong i = 0; i < n_chars; i++, p = g_utf8_next_char (p))
    if (i == 0 || attrs[i].is_word_start || attrs[i].is_word_end || attrs[i].is_white)
      {
        int at = (int) (p - text);
        g_array_append_val (starts, at);
      }
  return starts;
}

static const cairo_user_data_key_t mapped_key;

/* The variant glyphs a surface (a PDF document) has already been given the text of. */
static GHashTable *
mapped_glyphs (cairo_surface_t *surface)
{
  GHashTable *set = cairo_surface_get_user_data (surface, &mapped_key);

  if (set == NULL)
    {
      set = g_hash_table_new (NULL, NULL);
      cairo_surface_set_user_data (surface, &mapped_key, set, (cairo_destroy_func_t) g_hash_table_unref);
    }
  return set;
}

static hb_user_data_key_t cmap_glyphs_key;
static GMutex cmap_glyphs_lock;

/* The glyphs of @hb's face that its character map reaches, computed once per face. */
static hb_set_t *
cmap_glyphs (hb_font_t *hb)
{
  hb_face_t *face = hb_font_get_face (hb);
  hb_set_t *glyphs;

  g_mutex_lock (&cmap_glyphs_lock);
  glyphs = hb_face_get_user_data (face, &cmap_glyphs_key);
  if (glyphs == NULL)
    {
      hb_set_t *unicodes = hb_set_create ();
      hb_codepoint_t u = HB_SET_VALUE_INVALID;
      glyphs = hb_set_create ();
      hb_face_collect_unicodes (face, unicodes);
      while (hb_set_next (unicodes, &u))
        {
          hb_codepoint_t g;
          if (hb_font_get_nominal_glyph (hb, u, &g))
            hb_set_add (glyphs, g);
        }
      hb_set_destroy (unicodes);
      hb_face_set_user_data (face, &cmap_glyphs_key, glyphs, (hb_destroy_func_t) hb_set_destroy,
                             TRUE);
    }
  g_mutex_unlock (&cmap_glyphs_lock);
  return glyphs;
}

/* Whether @glyph is a glyph of some character of the font (not a variant that a Thai font
 * substitutes: a small tone mark above a vowel, a consonant without its tail): readers map
 * those to their characters by the font's character map. */
static gboolean
is_nominal (hb_font_t *hb, PangoGlyph glyph, const char *p)
{
  hb_codepoint_t nominal;
  if (hb_font_get_nominal_glyph (hb, g_utf8_get_char (p), &nominal) && nominal == glyph)
    return TRUE;
  return hb_set_has (cmap_glyphs (hb), glyph);
}

static void
sj_text_renderer_draw_glyph_item (PangoRenderer *renderer, const char *text,
                                  PangoGlyphItem *glyph_item, int x, int y)
{
  SjTextRenderer *self = SJ_TEXT_RENDERER (renderer);
  PangoGlyphString *glyphs = glyph_item->glyphs;
  PangoItem *item = glyph_item->item;
  const char *item_text = text + item->offset;
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->analysis.font));
  hb_font_t *hb = pango_font_get_hb_font (item->analysis.font);
  g_autofree cairo_glyph_t *cglyphs = g_new (cairo_glyph_t, MAX (1, glyphs->num_glyphs));
  g_autofree cairo_text_cluster_t *clusters = g_new0 (cairo_text_cluster_t,
                                                      2 * glyphs->num_glyphs + 2);
  g_autoptr (GArray) starts = NULL;
  int n_glyphs = 0, n_clusters = 0;
  double gx = (double) x / PANGO_SCALE;
  int word = 0, bytes_done = 0;

  GHashTable *mapped;

  if (font == NULL || cairo_scaled_font_status (font) != CAIRO_STATUS_SUCCESS)
    return;
  if (!cairo_surface_has_show_text_glyphs (cairo_get_target (self->cr)))
    {
      /* On screen, the glyphs alone: the clusters below are the text a PDF reader extracts */
      for (int i = 0; i < glyphs->num_glyphs; i++)
        {
          PangoGlyphInfo *gi = &glyphs->glyphs[i];
          if (gi->glyph != PANGO_GLYPH_EMPTY && !(gi->glyph & PANGO_GLYPH_UNKNOWN_FLAG))
            {
              cglyphs[n_glyphs].index = gi->glyph;
              cglyphs[n_glyphs].x = gx + (double) gi->geometry.x_offset / PANGO_SCALE;
              cglyphs[n_glyphs].y = (double) (y + gi->geometry.y_offset) / PANGO_SCALE;
              n_glyphs++;
            }
          gx += (double) gi->geometry.width / PANGO_SCALE;
        }
      cairo_save (self->cr);
      cairo_set_scaled_font (self->cr, font);
      if (n_glyphs > 0)
        cairo_show_glyphs (self->cr, cglyphs, n_glyphs);
      cairo_restore (self->cr);
      return;
    }
  starts = word_starts (self->layout, text, item_text, item->length);
  mapped = mapped_glyphs (cairo_get_target (self->cr));

  /* Clusters: the glyphs of a word go together (one /ActualText for the word). A variant glyph
   * (not in the font's character map) gets a cluster of its own with its character the first
   * time the document draws it, so that the font's ToUnicode maps it for readers that read
   * glyphs and not /ActualText (MuPDF, PDFium, pdfminer); cairo keeps the first mapping of a
   * glyph, so its later words keep it whole. */
#define CLOSE_CLUSTER(to_byte)                                                                    \
  G_STMT_START                                                                                    \
  {                                                                                               \
    if (clusters[n_clusters].num_glyphs > 0 && (to_byte) > bytes_done)                            \
      {                                                                                           \
        clusters[n_clusters].num_bytes = (to_byte) - bytes_done;                                  \
        bytes_done = (to_byte);                                                                   \
        n_clusters++;                                                                             \
      }                                                                                           \
  }                                                                                               \
  G_STMT_END

  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      PangoGlyphInfo *gi = &glyphs->glyphs[i];
      int byte = glyphs->log_clusters[i];
      int next_byte = i + 1 < glyphs->num_glyphs ? glyphs->log_clusters[i + 1] : item->length;
      gboolean drawn = gi->glyph != PANGO_GLYPH_EMPTY && !(gi->glyph & PANGO_GLYPH_UNKNOWN_FLAG);
      gboolean variant = drawn && next_byte > byte && !is_nominal (hb, gi->glyph, item_text + byte);
      int w = word;

      if (variant)
        {
          gpointer key = GSIZE_TO_POINTER ((gsize) gi->glyph
                                           ^ ((gsize) cairo_scaled_font_get_font_face (font) << 20));
          /* Ending a word that runs straight into the next one (ฤทธิ์และ), a glyph of its own
           * is read out of place by poppler: it waits for a better place to be mapped. */
          gboolean ends_word = next_byte >= item->length
                               || g_array_index (starts, int, MIN (word + 1, (int) starts->len - 1))
                                    <= next_byte;
          gboolean space_after = next_byte >= item->length
                                 || g_unichar_isspace (g_utf8_get_char (item_text + next_byte));
          if (g_hash_table_contains (mapped, key) || (ends_word && !space_after && w == word
                                                      && word + 1 < (int) starts->len))
            variant = FALSE;
          else
            g_hash_table_add (mapped, key);
        }

      while (w + 1 < (int) starts->len && g_array_index (starts, int, w + 1) <= byte)
        w++;
      if (w != word)
        {
          CLOSE_CLUSTER (g_array_index (starts, int, w));
          word = w;
        }
      if (variant)
        CLOSE_CLUSTER (byte);
      if (drawn)
        {
          cglyphs[n_glyphs].index = gi->glyph;
          cglyphs[n_glyphs].x = gx + (double) gi->geometry.x_offset / PANGO_SCALE;
          cglyphs[n_glyphs].y = (double) (y + gi->geometry.y_offset) / PANGO_SCALE;
          n_glyphs++;
          clusters[n_clusters].num_glyphs++;
        }
      if (variant)
        CLOSE_CLUSTER (next_byte);
      gx += (double) gi->geometry.width / PANGO_SCALE;
    }
  if (clusters[n_clusters].num_glyphs > 0 || n_clusters == 0)
    {
      clusters[n_clusters].num_bytes = item->length - bytes_done;
      n_clusters++;
    }
  else
    clusters[n_clusters - 1].num_bytes += item->length - bytes_done;
#undef CLOSE_CLUSTER

  cairo_save (self->cr);
  cairo_set_scaled_font (self->cr, font);
  if (n_glyphs > 0)
    {
      if (cairo_surface_has_show_text_glyphs (cairo_get_target (self->cr)))
        cairo_show_text_glyphs (self->cr, item_text, item->length, cglyphs, n_glyphs, clusters,
                                n_clusters, 0);
      else
        cairo_show_glyphs (self->cr, cglyphs, n_glyphs);
    }
  cairo_restore (self->cr);
}

static void
sj_text_renderer_draw_glyphs (PangoRenderer *renderer, PangoFont *font, PangoGlyphString *glyphs,
                              int x, int y)
{
  SjTextRenderer *self = SJ_TEXT_RENDERER (renderer);
  PangoGlyphItem item = { 0 };
  /* Without text (decorations, shapes): drawn as PangoCairo would */
  (void) item;
  cairo_move_to (self->cr, (double) x / PANGO_SCALE, (double) y / PANGO_SCALE);
  pango_cairo_show_glyph_string (self->cr, font, glyphs);
}

static void
sj_text_renderer_draw_rectangle (PangoRenderer *renderer, PangoRenderPart part, int x, int y,
                                 int width, int height)
{
  SjTextRenderer *self = SJ_TEXT_RENDERER (renderer);
  cairo_rectangle (self->cr, (double) x / PANGO_SCALE, (double) y / PANGO_SCALE,
                   (double) width / PANGO_SCALE, (double) height / PANGO_SCALE);
  cairo_fill (self->cr);
}

static void
sj_text_renderer_class_init (SjTextRendererClass *klass)
{
  PangoRendererClass *renderer_class = PANGO_RENDERER_CLASS (klass);

  renderer_class->draw_glyph_item = sj_text_renderer_draw_glyph_item;
  renderer_class->draw_glyphs = sj_text_renderer_draw_glyphs;
  renderer_class->draw_rectangle = sj_text_renderer_draw_rectangle;
}

static void
sj_text_renderer_init (SjTextRenderer *self)
{
}

/* Draws @line with its baseline's left end at the current point of @cr. */
void
sj_show_layout_line (cairo_t *cr, PangoLayoutLine *line)
{
  SjTextRenderer *renderer = g_object_new (SJ_TYPE_TEXT_RENDERER, NULL);
  double x, y;

  cairo_get_current_point (cr, &x, &y);
  renderer->cr = cr;
  renderer->layout = line->layout;
  pango_renderer_draw_layout_line (PANGO_RENDERER (renderer), line, (int) (x * PANGO_SCALE),
                                   (int) (y * PANGO_SCALE));
  cairo_new_path (cr);
  g_object_unref (renderer);
}

/* Draws @layout with its top left corner at the current point of @cr. */
void
sj_show_layout (cairo_t *cr, PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double x0, y0;

  cairo_get_current_point (cr, &x0, &y0);
  do
    {
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x0 + (double) logical.x / PANGO_SCALE,
                     y0 + (double) baseline / PANGO_SCALE);
      sj_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_text (cairo_t *cr, SjPageItem *item)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  int i = 0;
  double origin = -1;

  do
    {
      int y0, baseline;
      PangoLayoutLine *line;
      PangoRectangle logical;

      if (i < item->first_line)
        continue;
      if (item->n_lines >= 0 && i >= item->first_line + item->n_lines)
        break;
      pango_layout_iter_get_line_yrange (iter, &y0, NULL);
      if (origin < 0)
        origin = (double) y0 / PANGO_SCALE;
      baseline = pango_layout_iter_get_baseline (iter);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line = pango_layout_iter_get_line_readonly (iter);
      cairo_move_to (cr, item->x + (double) logical.x / PANGO_SCALE,
                     item->y + (double) baseline / PANGO_SCALE - origin);
      sj_show_layout_line (cr, line);
    }
  while ((++i, pango_layout_iter_next_line (iter)));
  pango_layout_iter_free (iter);
}

/**
 * sj_page_draw:
 * @pdf_tags: emit PDF destinations and links (cairo tags), for a PDF surface
 *
 * Draws a laid-out page. The same function draws to a PDF surface, a print context and the
 * on-screen preview.
 */
void
sj_page_draw (SjPage *page, cairo_t *cr, gboolean pdf_tags)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < page->items->len; i++)
    {
      SjPageItem *item = g_ptr_array_index (page->items, i);
      switch (item->kind)
        {
        case SJ_PAGE_TEXT:
          draw_text (cr, item);
          break;
        case SJ_PAGE_LINE:
          cairo_save (cr);
          cairo_set_line_width (cr, item->line_width);
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x + item->w, item->y + item->h);
          cairo_stroke (cr);
          cairo_restore (cr);
          break;
        case SJ_PAGE_RECT:
          cairo_save (cr);
          cairo_set_source_rgb (cr, item->rgb[0], item->rgb[1], item->rgb[2]);
          cairo_rectangle (cr, item->x, item->y, item->w, item->h);
          if (item->fill)
            cairo_fill (cr);
          else
            {
              cairo_set_line_width (cr, item->line_width);
              cairo_stroke (cr);
            }
          cairo_restore (cr);
          break;
        case SJ_PAGE_IMAGE:
          if (item->image)
            {
              double iw = cairo_image_surface_get_width (item->image);
              double ih = cairo_image_surface_get_height (item->image);
              cairo_save (cr);
              cairo_translate (cr, item->x, item->y);
              cairo_scale (cr, item->w / iw, item->h / ih);
              cairo_set_source_surface (cr, item->image, 0, 0);
              cairo_paint (cr);
              cairo_restore (cr);
            }
          break;
        case SJ_PAGE_CHART:
          cairo_save (cr);
          cairo_translate (cr, item->x, item->y);
          item->draw (cr, item->data, item->w, item->h);
          cairo_restore (cr);
          break;
        case SJ_PAGE_DEST:
          if (pdf_tags)
            {
              g_autofree char *attrs = g_strdup_printf ("name='%s' y=%g", item->name, item->y);
              cairo_tag_begin (cr, CAIRO_TAG_DEST, attrs);
              cairo_tag_end (cr, CAIRO_TAG_DEST);
            }
          break;
        case SJ_PAGE_LINK:
          if (pdf_tags)
            {
              /* By name: the destination may be on a page not written yet */
              g_autofree char *attrs = g_strdup_printf ("rect=[%g %g %g %g] dest='%s'", item->x,
                                                        item->y, item->w, item->h, item->name);
              cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
              cairo_tag_end (cr, CAIRO_TAG_LINK);
            }
          break;
        default:
          break;
        }
    }
  cairo_restore (cr);
}

/* The same as sj_typesetter_unref(), for its first holder. */
void
sj_typesetter_free (SjTypesetter *ts)
{
  sj_typesetter_unref (ts);
}
