#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the Word and PDF test documents of the import (tests/data/import/NAME.docx, NAME.pdf)
from the seeds' extracted text, with LibreOffice headless — real documents as an office suite
writes them: the Part 2 table a real table whose dimension and mission cells are merged down
their rows (w:vMerge), with a repeated two-row header; Part 3's forms with every field, each
field cut to its first lines to keep the files small.

It also writes tests/data/import/numbering.docx directly as WordprocessingML: a few paragraphs
with Word's automatic numbering (two levels, Thai digits), a cell across two columns, one merged
down, a page break and deleted text — what the documents made from the seeds' text do not have.

Usage: tools/make-import-docs.py SEEDS_DIR OUT_DIR
Needs soffice (Debian: libreoffice-writer-nogui) and the Sarabun fonts of data/fonts.
"""

import gzip
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)

SEEDS = {"000": "khonkaen-2566", "001": "kalasin-2566", "002": "nakhonsi-2566"}
FIELD = re.compile(r"^[0-9๐-๙]{1,2}\s*\.\s*(ชื่อ|หลักการ|วัตถุประสงค์|กลุ่มเป้าหมาย|เป้าหมาย|พื้นที่|วิธี|ระยะเวลา|งบประมาณ|ผู้รับผิดชอบ|หน่วยงาน|ผลผลิต|ผลลัพธ์|ผลที่คาดว่า|ตัวชี้วัด)")
HEADING = re.compile(r"^(?:มิติที่|มติที่|มิตีที่|ลำดับที่|[0-9๐-๙]\.[0-9๐-๙](?:\.[0-9๐-๙]{1,2})?\s)")


def plain(line):
    return re.sub(r"^#+\s*", "", line.strip()).replace("**", "").strip()


def read(seeds, prefix):
    name = next(n for n in os.listdir(seeds) if n.startswith(prefix) and n.endswith(".txt"))
    with open(os.path.join(seeds, name), encoding="utf-8") as f:
        return f.read().split("\n")


def part2(lines):
    """The title block, the intro and the rows of the Part 2 table."""
    first = next(i for i, l in enumerate(lines) if "\t" in l and "โครงการ/กิจกรรม/มาตรการ" in l
                 and any(c.strip().startswith("ปี") for c in l.split("\t")))
    start = first
    while start > 0 and len([l for l in lines[start - 8:start] if plain(l)]) and not plain(lines[start - 1]).startswith("ส่วนที่"):
        start -= 1
        if first - start > 12:
            break
    head = [plain(l) for l in lines[start:first] if plain(l)]
    rows = []
    end = first
    for i in range(first, len(lines)):
        if "\t" not in lines[i]:
            if plain(lines[i]).startswith("ส่วนที่"):
                end = i
                break
            continue
        cells = [c.strip() for c in lines[i].split("\t")]
        if any("โครงการ/กิจกรรม/มาตรการ" in c for c in cells) or all(
                not c or "งบประมาณ" in c for c in cells):
            if not rows:
                rows.append(("header", cells))
            continue
        rows.append(("row", cells))
        if any(c.startswith("รวมทั้งสิ้น") for c in cells):
            end = i + 1
            break
    return head, rows, end


def table_html(rows, ncols):
    header = rows[0][1]
    body = [c for k, c in rows[1:]]
    # absolute widths (pixels of a 96 dpi page 17 cm wide): LibreOffice sizes a table of long
    # cells by their content otherwise
    widths = [int(640 * w / 100) for w in [10, 14, 28] + [8.5] * (ncols - 4) + [5.5]]
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="%d">' % sum(widths[:ncols]),
           "<colgroup>" + "".join('<col width="%d">' % w for w in widths[:ncols]) + "</colgroup>",
           "<thead><tr>" + "".join('<th width="%d">%s</th>' % (widths[k], html.escape(c))
                                   for k, c in enumerate(header[:ncols])) + "</tr>",
           "<tr>" + "".join("<th>%s</th>" % ("งบประมาณ (บาท)" if 3 <= k < ncols - 1 else "")
                            for k in range(ncols)) + "</tr></thead><tbody>"]
    # the dimension and mission cells span down the rows that leave them empty
    spans = {}
    for col in (0, 1):
        r = 0
        while r < len(body):
            cell = body[r][col] if col < len(body[r]) else ""
            is_total = any(c.startswith("รวม") for c in body[r][:2])
            if cell and not is_total:
                n = 1
                while r + n < len(body) and not (body[r + n][col] if col < len(body[r + n]) else "") \
                        and not any(c.startswith("รวม") for c in body[r + n][:2]) \
                        and not (col == 1 and body[r + n][0]):
                    n += 1
                spans[(r, col)] = n
                for k in range(1, n):
                    spans[(r + k, col)] = 0
                r += n
            else:
                r += 1
    for r, cells in enumerate(body):
        cells = (cells + [""] * ncols)[:ncols]
        tds = []
        for c in range(ncols):
            span = spans.get((r, c), 1)
            if span == 0:
                continue
            align = ' align="right"' if 3 <= c < ncols - 1 else ""
            rs = ' rowspan="%d"' % span if span > 1 else ""
            tds.append('<td valign="top"%s%s>%s</td>' % (rs, align, html.escape(cells[c])))
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def part3(lines, start):
    """Headings and forms, each field cut to its first lines (the budget field whole)."""
    out = []
    kept = 0
    in_budget = False
    for line in lines[start:]:
        p = plain(line)
        if not p:
            continue
        if "\t" in line:
            continue
        if HEADING.match(p) or p.startswith("ส่วนที่"):
            out.append(("h", p))
            kept = 0
            in_budget = False
            continue
        if FIELD.match(p):
            out.append(("f", p))
            kept = 0
            in_budget = "งบประมาณ" in p
            continue
        kept += 1
        if kept <= 2 or in_budget:
            out.append(("p", p[:240]))
    return out


def document(lines):
    head, rows, end = part2(lines)
    ncols = max(len(c) for k, c in rows)
    body = ['<html><head><meta charset="utf-8"><style>',
            "body { font-family: 'Sarabun'; font-size: 14pt; }",
            "td, th { font-family: 'Sarabun'; font-size: 10pt; }",
            "</style></head><body>"]
    for h in head:
        body.append("<p align=\"center\"><b>%s</b></p>" % html.escape(h))
    body.append(table_html(rows, ncols))
    for kind, text in part3(lines, end):
        if kind == "h":
            body.append("<p><b>%s</b></p>" % html.escape(text))
        elif kind == "f":
            body.append("<p><b>%s</b></p>" % html.escape(text))
        else:
            body.append("<p>%s</p>" % html.escape(text))
    body.append("</body></html>")
    return "\n".join(body)


def numbering_docx(path):
    """A small Word file with Word's own structures (see the docstring)."""
    import zipfile
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def p(text, num=None, ilvl=0, bold=False, pagebreak=False):
        ppr = ('<w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>'
               % (ilvl, num)) if num is not None else ''
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        br = '<w:r><w:br w:type="page"/></w:r>' if pagebreak else ''
        return '<w:p>%s%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, br, rpr, text)

    def tc(text, span=1, vmerge=None):
        pr = '<w:gridSpan w:val="%d"/>' % span if span > 1 else ''
        pr += {'restart': '<w:vMerge w:val="restart"/>', 'continue': '<w:vMerge/>'}.get(vmerge, '')
        return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, p(text) if text else '<w:p/>')

    body = ''.join([
        p('วัตถุประสงค์', bold=True),
        p('เพื่อป้องกันการทุจริต', num=1), p('เพื่อเสริมสร้างคุณธรรม', num=1),
        p('ย่อยแรก', num=1, ilvl=1), p('ย่อยสอง', num=1, ilvl=1), p('เพื่อความโปร่งใส', num=1),
        '<w:tbl><w:tr>%s%s</w:tr><w:tr>%s%s%s</w:tr><w:tr>%s%s%s</w:tr></w:tbl>' % (
            tc('หัวตาราง', span=2), tc('หมายเหตุ'),
            tc('มิติ 1', vmerge='restart'), tc('โครงการ ก'), tc('-'),
            tc('', vmerge='continue'), tc('โครงการ ข'), tc('-')),
        p('หน้าใหม่', pagebreak=True),
        '<w:del><w:r><w:delText>ลบแล้ว</w:delText></w:r></w:del>',
    ])
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
           '</w:body></w:document>' % (w, body))
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>'
                 '<w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%%1)"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/>'
                 '<w:lvlText w:val="%%1.%%2)"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '</w:numbering>' % w)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://'
                   'schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('word/document.xml', doc)
        z.writestr('word/numbering.xml', numbering)
    print(path, os.path.getsize(path))


def main():
    seeds, out = sys.argv[1], sys.argv[2]
    numbering_docx(os.path.join(out, "numbering.docx"))
    soffice = shutil.which("soffice") or sys.exit("soffice is needed (libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        # LibreOffice sees the shipped Sarabun through a private fontconfig configuration
        conf = os.path.join(tmp, "fonts.conf")
        with open(conf, "w") as f:
            f.write('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    '<dir>%s</dir><cachedir>%s</cachedir></fontconfig>'
                    % (os.path.join(TOP, "data", "fonts"), os.path.join(tmp, "cache")))
        env = dict(os.environ, FONTCONFIG_FILE=conf, HOME=tmp)
        for prefix, name in SEEDS.items():
            src = os.path.join(tmp, name + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(document(read(seeds, prefix)))
            profile = "-env:UserInstallation=file://" + os.path.join(tmp, "profile")
            subprocess.run([soffice, profile, "--headless", "--convert-to", "docx:MS Word 2007 XML",
                            "--infilter=HTML (StarWriter)", "--outdir", tmp, src],
                           check=True, env=env, stdout=subprocess.DEVNULL)
            docx = os.path.join(tmp, name + ".docx")
            subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf:writer_pdf_Export",
                            "--outdir", tmp, docx], check=True, env=env, stdout=subprocess.DEVNULL)
            for ext in (".docx", ".pdf"):
                shutil.copy(os.path.join(tmp, name + ext), os.path.join(out, name + ext))
                print(os.path.join(out, name + ext), os.path.getsize(os.path.join(out, name + ext)))


if __name__ == "__main__":
    main()
