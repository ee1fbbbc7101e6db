#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a libFuzzer dictionary of the plan file format from its RELAX NG schema: every
element and attribute name (as XML would spell them) and every enumerated value, so that the
fuzzer builds well-formed, schema-shaped plans instead of guessing names letter by letter.
Usage: fuzz-dict.py sujarit-1.rng OUTPUT"""
import sys
import xml.etree.ElementTree as ET

RNG = "{http://relaxng.org/ns/structure/1.0}"


def main():
    tree = ET.parse(sys.argv[1])
    tokens = set()
    for el in tree.iter():
        name = el.get("name")
        if el.tag == RNG + "element" and name:
            tokens.update({"<%s>" % name, "</%s>" % name, "<%s " % name, "<%s/>" % name})
        elif el.tag == RNG + "attribute" and name:
            tokens.add(' %s="' % name)
        elif el.tag == RNG + "value" and el.text:
            tokens.add('"%s"' % el.text)
    tokens.update({'<?xml version="1.0" encoding="UTF-8"?>',
                   '<plan xmlns="urn:x-sujarit:plan:1" version="1">', "&amp;", "&lt;", "&#3647;",
                   "<!DOCTYPE", "<![CDATA[", "2566", "25000.50", "1,234", "๒๕๖๖"})
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for i, t in enumerate(sorted(tokens)):
            esc = "".join(chr(b) if 32 <= b < 127 and chr(b) not in '\\"' else "\\x%02X" % b
                          for b in t.encode("utf-8"))
            out.write('t%d="%s"\n' % (i, esc))


if __name__ == "__main__":
    main()
