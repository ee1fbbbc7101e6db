#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every string a person reads goes through gettext:
- po/POTFILES.in lists every source with translatable strings (C with _() / N_() / C_() /
  ngettext(), GtkBuilder .ui files, the desktop file, metainfo, MIME type, settings schema),
  and every file it lists exists;
- every text property of a .ui file (labels, titles, tooltips, placeholders, menu labels, the
  items of a string list) is marked translatable="yes" (a text of no letters, like "•" or "%",
  need not be);
- the application's code sets no literal text on a widget without _().

Usage: check-i18n.py [SOURCE_ROOT]
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

TEXT_PROPERTIES = {
    'label', 'title', 'subtitle', 'tooltip-text', 'tooltip-markup', 'placeholder-text', 'text',
    'description', 'heading', 'body', 'secondary-text', 'accessible-name', 'comments',
    'program-name', 'icon-name-label', 'button-label', 'show-menubar', 'accelerator-label',
    'empty-text', 'title-label', 'name-label',
}
NOT_TEXT = {'icon-name', 'css-classes', 'action-name', 'name', 'child-name', 'visible-child-name',
            'accelerator', 'action', 'target'}
WIDGET_TEXT_CALL = re.compile(
    r'\b(gtk_label_new|gtk_label_set_text|gtk_label_set_label|gtk_button_new_with_label|'
    r'gtk_button_set_label|gtk_widget_set_tooltip_text|gtk_entry_set_placeholder_text|'
    r'gtk_window_set_title|adw_preferences_row_set_title|adw_action_row_set_subtitle|'
    r'adw_status_page_set_title|adw_status_page_set_description|adw_toast_new|'
    r'adw_message_dialog_new|adw_message_dialog_add_response|adw_expander_row_set_subtitle|'
    r'adw_preferences_group_set_title|adw_preferences_group_set_description|'
    r'adw_window_title_set_subtitle|gtk_check_button_new_with_label)\s*\(([^;]*)\);', re.S)


def split_args(text):
    """The arguments of a call, split at its own commas (not those of nested calls)."""
    args, depth, cur, quote = [], 0, '', None
    for i, c in enumerate(text):
        if quote:
            cur += c
            if c == quote and text[i - 1] != '\\':
                quote = None
            continue
        if c in '"\'':
            quote = c
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ',' and depth == 0:
            args.append(cur)
            cur = ''
            continue
        cur += c
    args.append(cur)
    return args


def letters(text):
    return re.search(r'[A-Za-z\u0E00-\u0E7F]{2,}', text) is not None


def untranslated_calls(text):
    """(line, function, text) of each literal text set on a widget without _()."""
    found = []
    for m in WIDGET_TEXT_CALL.finditer(text):
        for i, arg in enumerate(split_args(m.group(2))):
            if m.group(1) == 'adw_message_dialog_add_response' and i == 1:
                continue  # the id of the response, not its label
            lit = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', arg.strip())
            if lit and letters(lit.group(1)):
                found.append((text[:m.start()].count('\n') + 1, m.group(1), lit.group(1)))
    return found


def self_test():
    """The checks find what they are meant to find."""
    code = 'gtk_label_new ("Hello");\ngtk_label_new (_("Hi"));\n' \
           'adw_message_dialog_add_response (d, "close", "Close");\n' \
           'gtk_label_set_text (g_object_get_data (o, "sj-title"), t);\n'
    return [lit for _line, _fn, lit in untranslated_calls(code)] == ['Hello', 'Close']


def main():
    if not self_test():
        print('self-test failed', file=sys.stderr)
        return 2
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
    problems = []
    with open(os.path.join(top, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        listed = {l.strip() for l in f if l.strip() and not l.startswith('#')}
    for p in sorted(listed):
        if not os.path.isfile(os.path.join(top, p)):
            problems.append(f'po/POTFILES.in: {p} does not exist')

    def need(rel, why):
        if rel not in listed:
            problems.append(f'{rel}: {why}, but po/POTFILES.in does not list it')

    for root, _dirs, files in os.walk(os.path.join(top, 'src')):
        for name in sorted(files):
            if not name.endswith('.c'):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, top)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            if re.search(r'\b(_|N_|C_|NC_|ngettext|g_dngettext)\s*\(\s*"', text):
                need(rel, 'has translatable strings')
            if rel.startswith(os.path.join('src', 'app')):
                for line, fn, lit in untranslated_calls(text):
                    problems.append(f'{rel}:{line}: {fn} sets "{lit}" without _()')
    for name in sorted(os.listdir(os.path.join(top, 'ui'))) + \
            ['gtk/' + n for n in sorted(os.listdir(os.path.join(top, 'ui', 'gtk')))]:
        if not name.endswith('.ui'):
            continue
        rel = os.path.join('ui', name)
        tree = ET.parse(os.path.join(top, rel))
        marked = False
        for el in tree.iter():
            kind = None
            if el.tag == 'property' and el.get('name') in TEXT_PROPERTIES:
                kind = 'property ' + el.get('name')
            elif el.tag == 'attribute' and el.get('name') == 'label':
                kind = 'menu label'
            elif el.tag == 'item' and el.text:
                kind = 'string list item'
            if kind is None:
                continue
            value = (el.text or '').strip()
            if el.get('translatable') == 'yes':
                marked = True
                continue
            if value and letters(value) and el.get('translatable') != 'no':
                problems.append(f'{rel}: {kind} "{value}" is not marked translatable="yes"')
        if marked:
            need(rel, 'has translatable strings')
    for rel in ('data/io.github.sujarit.Sujarit.gschema.xml',
                'data/io.github.sujarit.Sujarit.desktop.in',
                'data/io.github.sujarit.Sujarit.metainfo.xml.in',
                'data/io.github.sujarit.Sujarit.mime.xml.in'):
        need(rel, 'is read by people')
    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} problem(s)', file=sys.stderr)
        return 1
    print(f'every string goes through gettext ({len(listed)} files listed in po/POTFILES.in)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
