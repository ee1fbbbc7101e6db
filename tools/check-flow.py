#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The builders of the book's parts place things only through SjFlow's functions: none of them
moves the flow's position or changes its page by hand (sj-flow.c alone decides where pages end).
Prints each assignment found outside sj-flow.c and exits 1 if there is any."""
import glob
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
state = re.compile(r'\bflow(?:->|\.)(y|page|bottom|keep_page|keep_first|keep_end|keep_y|x|width)'
                   r'\s*(?:[-+*/]?=(?!=)|\+\+|--)')
found = 0
for path in sorted(glob.glob(os.path.join(root, 'src', 'render', '*.c'))):
    if os.path.basename(path) == 'sj-flow.c':
        continue
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if state.search(line):
                print('%s:%d: the flow is moved by hand: %s' % (os.path.relpath(path, root), n,
                                                               line.strip()))
                found += 1
sys.exit(1 if found else 0)
