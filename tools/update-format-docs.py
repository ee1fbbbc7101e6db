#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copies the schema generated from src/core/model-spec.py into data/sujarit-1.rng and the
generated element tables into data/FORMAT.md (between the markers), so the documentation of the
file format always matches the program. Run: ninja -C build update-format-docs"""
import sys

rng, table, data_dir = sys.argv[1:4]
with open(rng, encoding="utf-8") as f:
    schema = f.read()
with open(data_dir + "/sujarit-1.rng", "w", encoding="utf-8") as f:
    f.write(schema)
with open(table, encoding="utf-8") as f:
    tables = f.read()
path = data_dir + "/FORMAT.md"
with open(path, encoding="utf-8") as f:
    doc = f.read()
start = "<!-- BEGIN GENERATED ELEMENTS -->"
end = "<!-- END GENERATED ELEMENTS -->"
head, rest = doc.split(start, 1)
_, tail = rest.split(end, 1)
with open(path, "w", encoding="utf-8") as f:
    f.write(head + start + "\n" + tables + end + tail)
