#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates po/th.po: extracts the messages (xgettext, po/POTFILES.in) and fills in the
Thai translations of tools/th-translations.py. Fails when a message has no translation, so the
Thai translation stays complete. Usage: tools/update-po.py (from the top of the source tree)."""
import os
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, "tools"))
from importlib import import_module  # noqa: E402

TH = import_module("th-translations").TH


def po_string(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"%s"' % s


def parse_pot(path):
    entries = []
    cur = None
    field = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            if cur is None or "msgid" in cur:
                if cur and "msgid" in cur:
                    entries.append(cur)
                cur = {"comments": []}
            cur["comments"].append(line)
        elif line.startswith("msgid "):
            if cur is None or "msgid" in cur:
                if cur and "msgid" in cur:
                    entries.append(cur)
                cur = {"comments": []}
            cur["msgid"] = eval(line[6:])
            field = "msgid"
        elif line.startswith("msgstr "):
            cur["msgstr"] = eval(line[7:])
            field = "msgstr"
        elif line.startswith('"'):
            cur[field] += eval(line)
    if cur and "msgid" in cur:
        entries.append(cur)
    return entries


def main():
    check = "--check" in sys.argv
    pot = os.path.join(os.environ.get("TMPDIR", "/tmp"), "sujarit-update-%d.pot" % os.getpid())
    subprocess.run(["xgettext", "--from-code=UTF-8", "--keyword=_", "--keyword=N_",
                    "--add-comments=TRANSLATORS", "--package-name=sujarit", "-o", pot,
                    "-f", "po/POTFILES.in", "-D", "."], cwd=TOP, check=True)
    missing = []
    out = ['# Thai translation of Sujarit.', '# SPDX-License-Identifier: GPL-3.0-or-later',
           'msgid ""', 'msgstr ""', '"Project-Id-Version: sujarit\\n"', '"PO-Revision-Date: 2026-11-22 00:00+0700\\n"',
           '"Last-Translator: Sujarit developers\\n"', '"Language-Team: Thai\\n"', '"Language: th\\n"',
           '"MIME-Version: 1.0\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
           '"Content-Transfer-Encoding: 8bit\\n"', '"Plural-Forms: nplurals=1; plural=0;\\n"', '']
    for e in parse_pot(pot):
        if e["msgid"] == "":
            continue
        tr = TH.get(e["msgid"])
        if tr is None:
            missing.append(e["msgid"])
            continue
        out.extend(c for c in e["comments"] if not c.startswith("#,") or "c-format" in c)
        out.append("msgid " + po_string(e["msgid"]))
        out.append("msgstr " + po_string(tr))
        out.append("")
    os.unlink(pot)
    if missing:
        sys.exit("no Thai translation for:\n" + "\n".join(repr(m) for m in missing))
    path = os.path.join(TOP, "po", "th.po")
    text = "\n".join(out)
    if check:
        # Line references may move; the messages and their translations must not.
        def strip(t):
            return [x for x in t.split("\n") if not x.startswith("#:")]
        if strip(open(path, encoding="utf-8").read()) != strip(text):
            sys.exit("po/th.po is out of date: run tools/update-po.py")
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


main()
