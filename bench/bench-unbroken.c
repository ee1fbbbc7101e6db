/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Lays out text that has no break opportunity (a pasted hash, an OCR run of digits, a hostile
 * file) in a narrow table cell and in a full text line, at growing lengths, and prints the time
 * per character: it should stay flat (layout linear in the length of the text).
 * Usage: sj-bench-unbroken */
#include "config.h"

#include "sj-layout.h"

int
main (int argc, char **argv)
{
  static const guint lengths[] = { 10000, 25000, 50000, 100000, 200000 };
  static const struct
  {
    const char *name;
    const char *unit;
  } kinds[] = {
    { "digits", "1234567890" },
    { "latin", "abcdefghij" },
    { "thai-letters", "กขคงจฉชซฌญ" }, /* Thai letters that libthai finds no words in */
  };
  static const double widths[] = { 100.0, 450.0 };
  SjTypesetter *ts = sj_typesetter_new ("TH Sarabun New", 16.0);
  SjStyle style = { 0 };

  printf ("%-14s %8s %8s %10s %12s\n", "text", "width", "chars", "ms", "µs/char");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
        {
          g_autoptr (GString) text = g_string_new (NULL);
          gint64 t0;
          double ms;
          PangoLayout *layout;

          while (g_utf8_strlen (text->str, -1) < (glong) lengths[i])
            g_string_append (text, kinds[k].unit);
          t0 = g_get_monotonic_time ();
          layout = sj_typeset_text (ts, text->str, &style, widths[w]);
          pango_layout_get_line_count (layout); /* lays it out */
          ms = (g_get_monotonic_time () - t0) / 1000.0;
          printf ("%-14s %8.0f %8u %10.1f %12.2f\n", kinds[k].name, widths[w], lengths[i], ms,
                  ms * 1000.0 / lengths[i]);
          g_object_unref (layout);
        }
  sj_typesetter_free (ts);
  return 0;
}
