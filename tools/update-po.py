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
    """The entries of a .pot file: comments, msgctxt, msgid, msgid_plural."""
    entries = []
    cur = {"comments": []}
    field = None

    def flush():
        nonlocal cur
        if "msgid" in cur:
            entries.append(cur)
        cur = {"comments": []}

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            if "msgid" in cur:
                flush()
            cur["comments"].append(line)
        elif line.startswith("msgctxt "):
            if "msgid" in cur:
                flush()
            cur["msgctxt"] = eval(line[8:])
            field = "msgctxt"
        elif line.startswith("msgid "):
            if "msgid" in cur:
                flush()
            cur["msgid"] = eval(line[6:])
            field = "msgid"
        elif line.startswith("msgid_plural "):
            cur["msgid_plural"] = eval(line[13:])
            field = "msgid_plural"
        elif line.startswith("msgstr"):
            field = None
        elif line.startswith('"') and field:
            cur[field] += eval(line)
    flush()
    return entries


def main():
    check = "--check" in sys.argv
    pot = os.path.join(os.environ.get("TMPDIR", "/tmp"), "sujarit-update-%d.pot" % os.getpid())
    subprocess.run(["xgettext", "--from-code=UTF-8", "--keyword=_", "--keyword=N_",
                    "--keyword=C_:1c,2", "--keyword=NC_:1c,2", "--keyword=ngettext:1,2",
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
        if "msgctxt" in e:
            out.append("msgctxt " + po_string(e["msgctxt"]))
        out.append("msgid " + po_string(e["msgid"]))
        if "msgid_plural" in e:
            # Thai has one form (nplurals=1).
            out.append("msgid_plural " + po_string(e["msgid_plural"]))
            out.append("msgstr[0] " + po_string(tr))
        else:
            out.append("msgstr " + po_string(tr))
        out.append("")
    os.unlink(pot)
    if missing:
        if "--missing-json" in sys.argv:
            import json
            print(json.dumps(missing, ensure_ascii=False, indent=0))
            sys.exit(1)
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
