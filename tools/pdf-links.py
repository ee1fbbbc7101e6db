#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the internal links of a PDF, one per line: the page the link is on and the page it
leads to (from 1), read back with pdfminer.six (Debian: python3-pdfminer). The tests use it to
check that the contents of the book lead where they say."""
import sys

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1


def main(path):
    with open(path, "rb") as f:
        doc = PDFDocument(PDFParser(f))
        pages = list(PDFPage.create_pages(doc))
        ids = {page.pageid: i + 1 for i, page in enumerate(pages)}
        names = {}
        try:
            for name, dest in doc.get_dest_names() if hasattr(doc, "get_dest_names") else []:
                names[name] = dest
        except Exception:
            pass
        for i, page in enumerate(pages):
            for annot in resolve1(page.annots) or []:
                a = resolve1(annot)
                if resolve1(a.get("Subtype")).name != "Link":
                    continue
                dest = resolve1(a.get("Dest"))
                if dest is None and a.get("A") is not None:
                    dest = resolve1(resolve1(a["A"]).get("D"))
                if isinstance(dest, bytes):
                    dest = resolve1(doc.get_dest(dest))
                if isinstance(dest, dict):
                    dest = resolve1(dest.get("D"))
                target = resolve1(dest[0]) if dest else None
                objid = dest[0].objid if dest and hasattr(dest[0], "objid") else None
                print(i + 1, ids.get(objid, 0))


if __name__ == "__main__":
    main(sys.argv[1])
