# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of tools/import-seeds.py: turn the text extracted from published plan PDFs into the
structured rich text of a .sujarit file, and write plan objects in the order of the schema.

This is a one-off transcription aid, kept so that the examples can be regenerated and the
reading of each seed is documented; it is not part of the application."""

import importlib.util
import os
import re
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# Damage done by the PDF extraction (OCR errors, stray characters), not by the authors.
OCR_FIXES = [
    ("ประพจน์", "ประพฤติ"),
    ("ประพฤตินิชอบ", "ประพฤติมิชอบ"),
    ("กล่อมเกลாதงสังคม", "กล่อมเกลาทางสังคม"),
    ("必将", ""),
    ("เจตนาภรณ์", "เจตนารมณ์"),
    ("ควมร่ำรวย", "ความร่ำรวย"),
    ("ฝึกออาชีพ", "ฝึกอาชีพ"),
    ("ถึงชยะ", "ถังขยะ"),
]


def is_thai(ch):
    return "\u0e00" <= ch <= "\u0e7f"


def clean(text):
    text = text.translate(THAI_DIGITS)
    for a, b in OCR_FIXES:
        text = text.replace(a, b)
    text = text.replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


def join_lines(lines):
    """Joins the lines of one paragraph. A line break between two Thai characters is a wrap
    inside a word run, so no space is added there."""
    out = ""
    for line in lines:
        line = clean(line)
        if not line:
            continue
        if out and not (is_thai(out[-1]) and is_thai(line[0])):
            out += " "
        out += line
    return out


# Rich text -------------------------------------------------------------------------------------

class P:
    def __init__(self, text, align=None, indent=True, bold=False):
        self.text, self.align, self.indent, self.bold = text, align, indent, bold


class L:
    def __init__(self, style, start=1):
        self.style, self.start, self.items = style, start, []


class T:
    def __init__(self, rows, widths=None, borders=False):
        self.rows, self.widths, self.borders = rows, widths, borders


def inline_xml(text, bold=False):
    """**bold**, <sub>x</sub> and <http://…> links, as rich-text inline XML."""
    out = []
    pos = 0
    pattern = re.compile(r"\*\*(.+?)\*\*|<sub>(.+?)</sub>|<(https?://[^>\s]+)>|\{fact:([a-z0-9-]+)\}")
    for m in pattern.finditer(text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append("<b>%s</b>" % escape(m.group(1)))
        elif m.group(2) is not None:
            out.append("<sub>%s</sub>" % escape(m.group(2)))
        elif m.group(3) is not None:
            out.append('<a href=%s>%s</a>' % (quoteattr(m.group(3)), escape(m.group(3))))
        else:
            out.append('<fact name="%s"/>' % m.group(4))
        pos = m.end()
    out.append(escape(text[pos:]))
    s = "".join(out).replace("**", "")
    return "<b>%s</b>" % s if bold and s else s


def blocks_xml(blocks):
    out = []
    for b in blocks:
        if isinstance(b, P):
            attrs = ""
            if b.align:
                attrs += ' align="%s"' % b.align
            if not b.indent:
                attrs += ' indent="false"'
            out.append("<p%s>%s</p>" % (attrs, inline_xml(b.text, b.bold)))
        elif isinstance(b, L):
            start = ' start="%d"' % b.start if b.start != 1 else ""
            items = "".join("<item>%s</item>" % blocks_xml(item) for item in b.items)
            out.append('<list style="%s"%s>%s</list>' % (b.style, start, items))
        elif isinstance(b, T):
            attrs = ' borders="false"' if not b.borders else ""
            if b.widths:
                attrs += ' widths="%s"' % " ".join(str(w) for w in b.widths)
            rows = []
            for row in b.rows:
                cells = "".join("<cell><p indent=\"false\">%s</p></cell>" % inline_xml(c)
                                for c in row)
                rows.append("<row>%s</row>" % cells)
            out.append("<table%s>%s</table>" % (attrs, "".join(rows)))
    return "".join(out)


MARKER = re.compile(r"^(?:-\s+)?(\(\d+\)|\d+(?:\.\d+)+\)?|\d+\)|\d+\.(?!\d))\s*(.*)$")
BULLET = re.compile(r"^[-•]\s+(.*)$")


def marker_key(marker):
    """The kind of a list marker and its own number: ('number-paren', 3) for "3)"."""
    if marker.startswith("("):
        return "paren-number", int(marker[1:-1]), None
    if marker.endswith(")") and "." not in marker:
        return "number-paren", int(marker[:-1]), None
    if "." in marker.rstrip(".)") :
        parts = marker.rstrip(")").split(".")
        return "outline%d" % len(parts), int(parts[-1]), ".".join(parts[:-1])
    return "number-dot", int(marker.rstrip(".")), None


def parse_blocks(lines):
    """Turns the lines of a field into rich-text blocks: paragraphs (blank-line separated),
    nested lists (1) 1.1) (1) 1. and dash bullets) and markdown tables."""
    paras = []
    cur = []
    for raw in lines:
        line = raw.rstrip()
        stripped = re.sub(r"^#+\s*", "", line.strip())
        if not stripped:
            if cur:
                paras.append(cur)
                cur = []
            continue
        is_item = bool(MARKER.match(stripped.lstrip("*")) or BULLET.match(stripped)
                       or stripped.startswith("|") or stripped.startswith("- |"))
        if is_item and cur:
            paras.append(cur)
            cur = []
        if cur and (cur[0].startswith("|") or cur[0].startswith("- |")) and not (
                stripped.startswith("|") or stripped.startswith("- |")):
            paras.append(cur)
            cur = []
        # A line that is not an item continues the item or paragraph above (a wrapped line).
        cur.append(stripped)
    if cur:
        paras.append(cur)

    top = []
    stack = []  # [(key, list block, next expected number, prefix)]
    table_rows = None

    def target():
        if stack:
            return stack[-1][1].items[-1]
        return top

    def flush_table():
        nonlocal table_rows
        if table_rows:
            ncols = max(len(r) for r in table_rows)
            rows = [r + [""] * (ncols - len(r)) for r in table_rows]
            target().append(T(rows))
        table_rows = None

    for para in paras:
        first = para[0]
        if first.startswith("|") or first.startswith("- |"):
            for row in para:
                row = row[2:] if row.startswith("- ") else row
                cells = [clean(c) for c in row.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-*:?", c) for c in cells):
                    continue
                if not any(cells):
                    continue
                if table_rows is None:
                    table_rows = []
                table_rows.append(cells)
            continue
        flush_table()
        text = join_lines(para)
        bold_lead = text.startswith("**")
        m = MARKER.match(text.lstrip("*"))
        b = BULLET.match(text) if not m else None
        if m:
            key, number, prefix = marker_key(m.group(1))
            body = m.group(2)
            if bold_lead:
                body = "**" + body
            style = {"paren-number": "paren-number", "number-paren": "number-paren",
                     "number-dot": "number-dot"}.get(key, "outline")
            placed = False
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == key and stack[i][2] == number:
                    del stack[i + 1:]
                    placed = True
                    break
            if not placed and number != 1:
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == key:
                        del stack[i + 1:]
                        placed = True
                        break
            if not placed:
                lst = L(style, 1 if style == "outline" else number)
                target().append(lst)
                stack.append([key, lst, number, prefix])
            entry = stack[-1]
            entry[1].items.append([P(body, indent=False)])
            entry[2] = number + 1
        elif b:
            placed = False
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == "dash":
                    del stack[i + 1:]
                    placed = True
                    break
            if not placed:
                lst = L("dash")
                target().append(lst)
                stack.append(["dash", lst, 0, None])
            stack[-1][1].items.append([P(b.group(1), indent=False)])
        else:
            heading = re.fullmatch(r"\*\*([^*]+)\*\*", text)
            if heading:
                # A paragraph in bold alone is a heading: it ends the lists before it.
                del stack[:]
                top.append(P(heading.group(1), align="left", indent=False, bold=True))
            else:
                target().append(P(text, indent=not stack))
    flush_table()
    return top


# Project forms ----------------------------------------------------------------------------------

FIELD_LABELS = [
    ("title", r"ชื่อ(?:โครงการ|กิจกรรม|มาตรการ)"),
    ("rationale", r"หลักการและเหตุผล"),
    ("objectives", r"วัตถุประสงค์"),
    ("target-group", r"(?:กลุ่มเป้าหมาย|เป้าหมาย)"),
    ("area", r"พื้นที่ดำเนินการ"),
    ("method", r"วิธี(?:การ)?ดำเนิน(?:การ|งาน)"),
    ("duration", r"ระยะเวลา"),
    ("budget", r"งบประมาณ"),
    ("responsible", r"ผู้รับผิดชอบ"),
    ("results", r"(?:ผลผลิต|ตัวชี้วัด|ผลที่คาดว่าจะได้รับ|ผลลัพธ์)"),
]
FIELD_RE = re.compile(r"^(\d{1,2})\s*\.\s*(" + "|".join(p for _, p in FIELD_LABELS) + r")(.*)$")

DEFAULT_LABELS = {
    "title": "ชื่อโครงการ", "rationale": "หลักการและเหตุผล", "target-group": "กลุ่มเป้าหมาย",
    "results": "ผลผลิต/ผลลัพธ์",
}


def plain(line):
    return clean(re.sub(r"^#+\s*", "", line.strip()).replace("**", ""))


class Form:
    def __init__(self):
        self.fields = {}
        self.labels = {}
        self.title = ""
        self.remark = []


def parse_form(lines):
    """Splits the lines of one project form into its numbered fields."""
    form = Form()
    current = None
    last_number = 0
    buf = []

    def close():
        if current:
            form.fields[current] = buf[:]

    for raw in lines:
        p = plain(raw)
        m = FIELD_RE.match(p)
        if m:
            number = int(m.group(1))
            kind = next(k for k, pat in FIELD_LABELS if re.fullmatch(pat, m.group(2)))
            # "89." for 8. is a typo in a seed: a number out of range still starts a new field,
            # but does not raise the number the next fields must exceed.
            if (number > last_number or number > 12) and kind not in form.fields and kind != current:
                close()
                if number <= 12:
                    last_number = number
                current = kind
                buf = []
                label = (m.group(2) + m.group(3)).strip()
                if kind == "title":
                    parts = re.split(r"\s*:\s*", label, maxsplit=1)
                    label = parts[0]
                    rest = parts[1] if len(parts) > 1 else label[len(m.group(2)):]
                    label = m.group(2)
                    buf = [rest] if rest.strip() else []
                form.labels[kind] = label.rstrip(" :")
                continue
        buf.append(raw)
    close()

    title_lines = []
    for line in form.fields.get("title", []):
        if not plain(line):
            if title_lines:
                break
            continue
        title_lines.append(line)
    form.title = join_lines([plain(x) for x in title_lines])
    return form


def strip_trailing_headings(lines, heading_re):
    """Drops the frame headings (dimension, mission, sub-item) printed after a form."""
    lines = list(lines)
    while True:
        while lines and not plain(lines[-1]):
            lines.pop()
        # the last paragraph
        i = len(lines)
        while i > 0 and plain(lines[i - 1]):
            i -= 1
        para = lines[i:]
        if para and heading_re.match(plain(para[0])):
            del lines[i:]
            continue
        return lines


def split_results(lines):
    """Field 9: the ผลผลิต part and the ผลลัพธ์ (or ตัวชี้วัด) part."""
    outputs, outcomes, remark = [], [], []
    target = outcomes
    seen_head = False
    for raw in lines:
        p = plain(raw)
        if re.fullmatch(r"ผลผลิต\s*:?", p):
            target = outputs
            seen_head = True
            continue
        if re.fullmatch(r"(ผลลัพธ์|ตัวชี้วัด)\s*:?", p):
            target = outcomes
            seen_head = True
            continue
        if p.startswith("(หมายเหตุ"):
            target = remark
        target.append(raw)
    return outputs, outcomes, remark, seen_head


# Writing plan objects in schema order -----------------------------------------------------------

def load_spec():
    path = os.path.join(TOP, "src", "core", "gen-model.py")
    spec = importlib.util.spec_from_file_location("gen_model", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ns, enums, classes = mod.load_spec(os.path.join(TOP, "src", "core", "model-spec.py"))
    return ns, {c.name: c for c in classes}


def money(value):
    if value is None:
        return None
    return str(value)


def write_object(classes, cls_name, obj, tag=None, extra_attrs=""):
    c = classes[cls_name]
    tag = tag or c.xml
    attrs = extra_attrs
    body = []
    for p in c.props:
        v = obj.get(p.name)
        if v is None or v == "" or v == []:
            continue
        k = p.kind
        if p.attr:
            if k == "bool":
                v = "true" if v else "false"
            elif k == "reflist":
                v = " ".join(v)
            attrs += " %s=%s" % (p.name, quoteattr(str(v)))
            continue
        if getattr(p, "is_text", False):
            body.append(escape(v))
        elif k == "str":
            body.append("<%s>%s</%s>" % (p.name, escape(v), p.name))
        elif k == "rich":
            body.append("<%s>%s</%s>" % (p.name, blocks_xml(v), p.name))
        elif k == "bytes":
            body.append("<%s>%s</%s>" % (p.name, v, p.name))
        elif k == "strv":
            body.extend("<%s>%s</%s>" % (p.item, escape(x), p.item) for x in v)
        elif k == "child":
            body.append(write_object(classes, p.cls.name, v, p.name))
        elif k == "list":
            items = "".join(write_object(classes, p.cls.name, x) for x in v)
            body.append("<%s>%s</%s>" % (p.wrapper, items, p.wrapper) if p.wrapper else items)
    return "<%s%s>%s</%s>" % (tag, attrs, "".join(body), tag)


def write_plan(plan, path):
    ns, classes = load_spec()
    xml = write_object(classes, "Plan", plan, "plan",
                       ' xmlns="%s" version="%d"' % (ns["NAMESPACE"], ns["FORMAT_VERSION"]))
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n' + xml + "\n")
