#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How the readable sources of the system catalogue (data/catalog/) were first drawn.

The standard texts and the library of standard projects of the 2566–2570 edition are those of the
three example plans (themselves adapted by each organisation from the commission's template),
with every name of the organisation and every term that depends on its type replaced by a
placeholder ({org}, {staff}, {bylaw} …, see data/catalog/terms.tsv), and what belongs to one
organisation removed (amounts, funding lines, dates, names). The files it wrote were then read and
corrected by hand; run it again only to start over:

    tools/extract-catalog.py data/catalog/      # writes edition-2566.sujarit and library-2566.sujarit

The outputs are normalised with sujarit-cli, so the loader checks them on the way.
"""
import copy
import difflib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "urn:x-sujarit:plan:1"
Q = lambda tag: "{%s}%s" % (NS, tag)
ET.register_namespace("", NS)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Longest first: each is replaced before its parts are.
SUBSTITUTIONS = [
    ("นายกเทศมนตรีนครขอนแก่น", "{executive_title}"),
    ("นายกเทศมนตรีเมืองกาฬสินธุ์", "{executive_title}"),
    ("นายกเทศมนตรีนครนครศรีธรรมราช", "{executive_title}"),
    ("ปลัดเทศบาลนครขอนแก่น", "{clerk} {org}"),
    ("ปลัดเทศบาลเมืองกาฬสินธุ์", "{clerk} {org}"),
    ("เทศบาลนครนครศรีธรรมราช", "{org}"),
    ("เทศบาลนครศรีธรรมราช", "{org}"),
    ("เทศบาลนครขอนแก่น", "{org}"),
    ("เทศบาลเมืองกาฬสินธุ์", "{org}"),
    ("เทศบาลเมือง กาฬสินธุ์", "{org}"),
    ("เทศบาล เมืองกาฬสินธุ์", "{org}"),
    ("อำเภอเมืองขอนแก่น", "{district}"),
    ("อำเภอเมืองกาฬสินธุ์", "{district}"),
    ("อำเภอเมืองนครศรีธรรมราช", "{district}"),
    ("จังหวัดขอนแก่น", "{province}"),
    ("จังหวัดกาฬสินธุ์", "{province}"),
    ("จังหวัดนครศรีธรรมราช", "{province}"),
    ("รองนายกเทศมนตรี", "{deputy_executive}"),
    ("นายกเทศมนตรี", "{executive}"),
    ("รองประธานสภาเทศบาล", "{council_vice_chair}"),
    ("ประธานสภาเทศบาล", "{council_chair}"),
    ("สมาชิกสภาเทศบาล", "{council_member}"),
    ("สภาเทศบาล", "{council}"),
    ("รองปลัดเทศบาล", "{deputy_clerk}"),
    ("สำนักปลัดเทศบาล", "{unit_office}"),
    ("ปลัดเทศบาล", "{clerk}"),
    ("พนักงานครูเทศบาล", "{teacher}"),
    ("พนักงานเทศบาล", "{staff}"),
    ("เทศบัญญัติ", "{bylaw}"),
    ("ข้อบัญญัติ", "{bylaw}"),
    ("พนักงานส่วนตำบล", "{staff}"),
    ("สำนักงานเทศบาล", "{office}"),
    ("ขอนแก่น", "{place}"),
    ("กาฬสินธุ์", "{place}"),
    ("นครศรีธรรมราช", "{place}"),
    # What is left of "เทศบาล" is the municipality itself: its name, so that no other reads
    # as a name of another organisation
    ("เทศบาล", "{org}"),
    ("{bylaw}/{bylaw}", "{bylaw}"),
]

# The standard units (data/catalog/units.tsv) the example units are mapped to, by a word of the name.
UNIT_WORDS = [
    ("ตรวจสอบ", "audit"), ("การเจ้าหน้าที่", "personnel"), ("คลัง", "finance"),
    ("ช่าง", "works"), ("การศึกษา", "education"), ("สาธารณสุข", "health"),
    ("สวัสดิการ", "welfare"), ("ยุทธศาสตร์", "strategy"), ("แผน", "strategy"),
    ("ปลัด", "office"),
]


# Defects of the examples' text (OCR) corrected on the way.
FIXES = [
    ("トラบใด", "ตราบใด"),
    ("เทศบาลเมือง กาศสินธุ์", "เทศบาลเมืองกาฬสินธุ์"),
    ("ปลัด (อบจ./เทศบาล/อบต.)", "ปลัดเทศบาล"),
    ("การรुक้าทาง", "การรุกล้ำทาง"),
    (" (กรณีที่ยังไม่ผ่านเกณฑ์ ITA) /เทศบาลเมืองกาฬสินธุ์ ผ่านเกณฑ์การประเมิน ITA (85 คะแนนขึ้นไป) และมีคะแนน ITA 85 คะแนนขึ้นไป ในปี พ.ศ. 2570 (กรณีที่ผ่านเกณฑ์ ITA แล้ว)", ""),
    ("“คู่มือสำหรับประชาชน เพื่ออำนวยความสะดวก", "“คู่มือสำหรับประชาชน” เพื่ออำนวยความสะดวก"),
]

# Projects of one city only (its own application, platform or plant), left out of the library.
LOCAL = ("แพลตฟอร์มจัดเก็บภาษี", "พลังงานไฟฟ้า", "สภาเมือง{place}", "อยู่พี", "Smart City",
         "พ่อหลวง")

# The fields every library project fills (the form's headings 2–5 and its results).
REQUIRED = ("rationale", "objectives", "target-group", "method", "outputs", "outcomes")


# Words of the law, quoted as they are: no placeholder in them.
VERBATIM = [
    "ให้เทศบาล เมืองพัทยา และองค์การบริหารส่วนตำบล",
]


def generalise(text):
    for i, words in enumerate(VERBATIM):
        text = text.replace(words, "\0%d\0" % i)
    for old, new in FIXES + SUBSTITUTIONS:
        text = text.replace(old, new)
    for i, words in enumerate(VERBATIM):
        text = text.replace("\0%d\0" % i, words)
    return text


def walk_text(elem):
    if elem.text:
        elem.text = generalise(elem.text)
    for child in elem:
        walk_text(child)
        if child.tail:
            child.tail = generalise(child.tail)


def load(name):
    return ET.parse(os.path.join(ROOT, "data", "examples", name)).getroot()


def unit_key(unit):
    name = "".join(unit.itertext())
    for word, key in UNIT_WORDS:
        if word in name:
            return key
    return "office"


def plain(elem):
    return re.sub(r"\s+", " ", "".join(elem.itertext())).strip() if elem is not None else ""


def clean_project(p, units):
    """A project of an example made generic: no amounts, funding, progress or remarks of Part 2."""
    p.attrib.pop("funding", None)
    unit = p.get("unit")
    if unit:
        p.set("unit", "u-" + units.get(unit, "office"))
    for tag in ("title-note", "table-remark", "progress", "remark"):
        for e in p.findall(Q(tag)):
            p.remove(e)
    for y in p.findall(Q("year")):
        y.attrib.pop("amount", None)
    for note in p.findall(Q("budget-note")):
        p.remove(note)
    walk_text(p)
    return p


def library(out_dir):
    kk = load("khonkaen-2566.sujarit")
    frame = copy.deepcopy(kk.find(Q("frame")))
    sources = [kk, load("kalasin-2566.sujarit"), load("nakhonsi-2566.sujarit")]
    missions = {}
    for d, dim in enumerate(frame.findall(Q("dimension"))):
        for m, mission in enumerate(dim.findall(Q("mission"))):
            for p in mission.findall(Q("project")):
                mission.remove(p)
            missions[(d, m)] = mission
    titles = []
    n = 0
    for src in sources:
        units = {u.get("id"): unit_key(u) for u in src.find(Q("units"))}
        for d, dim in enumerate(src.find(Q("frame")).findall(Q("dimension"))):
            for m, mission in enumerate(dim.findall(Q("mission"))):
                for p in mission.findall(Q("project")):
                    title = generalise(plain(p.find(Q("title"))))
                    if any(not plain(p.find(Q(f))) for f in REQUIRED) or any(w in title for w in LOCAL):
                        continue
                    if any(difflib.SequenceMatcher(None, title, t).ratio() > 0.6 for t in titles):
                        continue
                    titles.append(title)
                    q = clean_project(copy.deepcopy(p), units)
                    body = ET.tostring(q, encoding="unicode")
                    if "{place}" in body or "พระราชบัญญัติ{org}" in body:
                        continue  # written about the city itself, or on the municipal act
                    n += 1
                    q.set("id", "lib-%03d" % n)
                    missions[(d, m)].append(q)
                    print("%d.%d %s %s" % (d + 1, m + 1, q.get("id"), title))
    root = ET.Element(Q("plan"), {"version": "2"})
    ET.SubElement(root, Q("notes")).text = (
        "The library of standard projects of the 2566–2570 edition (see tools/extract-catalog.py).")
    ET.SubElement(root, Q("settings"), {"first-year": "2566", "years": "5"})
    org = ET.SubElement(root, Q("organisation"), {"type": "city-municipality"})
    ET.SubElement(org, Q("name")).text = "{org}"
    add_units(root)
    root.append(frame)
    write(root, os.path.join(out_dir, "library-2566.sujarit"))
    print("library: %d projects" % n)


STANDARD_UNITS = ("office", "finance", "works", "education", "health", "welfare", "strategy",
                  "personnel", "audit")

# The committee of the order, by position; the names are the organisation's to fill.
COMMITTEE = [
    ("", "{executive_title}", "ประธานกรรมการ"),
    ("", "{deputy_executive}", "รองประธานกรรมการ"),
    ("", "{council_chair}", "กรรมการ"),
    ("", "{council_member}", "กรรมการ"),
    ("", "{clerk}", "กรรมการ"),
    ("", "{deputy_clerk}", "กรรมการ"),
    ("", "หัวหน้าส่วนราชการทุกส่วนราชการ", "กรรมการ"),
    ("", "หัวหน้าหน่วยตรวจสอบภายใน", "กรรมการ"),
    ("", "{planning_head}", "กรรมการและเลขานุการ"),
    ("", "นักวิเคราะห์นโยบายและแผน", "กรรมการและผู้ช่วยเลขานุการ"),
]


def add_units(root):
    units_el = ET.SubElement(root, Q("units"))
    for key in STANDARD_UNITS:
        u = ET.SubElement(units_el, Q("unit"), {"id": "u-" + key, "short": "{unit_%s_short}" % key})
        u.text = "{unit_%s}" % key


def edition(out_dir):
    """The 2566–2570 edition's template: the frame and every standard text, no projects."""
    kl = load("kalasin-2566.sujarit")
    kk = load("khonkaen-2566.sujarit")
    root = ET.Element(Q("plan"), {"version": "2"})
    ET.SubElement(root, Q("notes")).text = (
        "แม่แบบแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. 2566–2570)")
    settings = ET.SubElement(root, Q("settings"), {"first-year": "2566", "years": "5"})
    for line in kl.find(Q("settings")).findall(Q("title-line")):
        ET.SubElement(settings, Q("title-line")).text = line.text
    org = ET.SubElement(root, Q("organisation"), {"type": "city-municipality"})
    for tag in ("name", "district", "province", "executive-title"):
        ET.SubElement(org, Q(tag)).text = "{%s}" % {"name": "org", "executive-title":
                                                      "executive_title"}.get(tag, tag)
    people = ET.SubElement(root, Q("people"))
    person = ET.SubElement(people, Q("person"), {"id": "executive"})
    ET.SubElement(person, Q("name")).text = "{executive_name}"
    ET.SubElement(person, Q("position")).text = "{executive_title}"
    add_units(root)
    ann = copy.deepcopy(kl.find(Q("announcement")))
    for a in ("number", "date", "placement"):
        ann.attrib.pop(a, None)
    ann.set("signatory", "executive")
    walk_text(ann)
    root.append(ann)
    for tag in ("preface", "risks", "rationale", "objectives", "goals", "targets", "benefits"):
        e = copy.deepcopy(kl.find(Q(tag)))
        for m in e.iter(Q("measure")):
            m.attrib.pop("project", None)
        walk_text(e)
        root.append(e)
    frame = copy.deepcopy(kk.find(Q("frame")))
    for mission in frame.iter(Q("mission")):
        for p in mission.findall(Q("project")):
            mission.remove(p)
    root.append(frame)
    orders = ET.SubElement(root, Q("orders"))
    src = kl.find(Q("orders"))[0]
    order = ET.SubElement(orders, Q("order"), {"id": "order-committee", "signatory": "executive"})
    for tag in ("title", "preamble"):
        e = copy.deepcopy(src.find(Q(tag)))
        walk_text(e)
        order.append(e)
    for name, position, role in COMMITTEE:
        m = ET.SubElement(order, Q("member"))
        ET.SubElement(m, Q("name")).text = name
        ET.SubElement(m, Q("position")).text = position
        ET.SubElement(m, Q("role")).text = role
    duties = copy.deepcopy(src.find(Q("duties")))
    walk_text(duties)
    order.append(duties)
    ET.SubElement(order, Q("effective")).text = "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"
    write(root, os.path.join(out_dir, "edition-2566.sujarit"))


# The frame of the 2561–2564 edition (four years). The dimensions as seed 000 prints them; the
# missions and sub-items as the guide of that edition words them.
FRAME_2561 = [
    ("การสร้างสังคมที่ไม่ทนต่อการทุจริต", [
        ("การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น", [
            "สร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการตามอำนาจหน้าที่ให้บังเกิดประโยชน์สุขแก่ประชาชนในท้องถิ่น",
            "สร้างจิตสำนึกและความตระหนักในการประพฤติตามประมวลจริยธรรม",
            "สร้างจิตสำนึกและความตระหนักที่จะไม่กระทำการอันเป็นการขัดกันแห่งผลประโยชน์หรือการมีผลประโยชน์ทับซ้อน"]),
        ("การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น", [
            "สร้างจิตสำนึกและความตระหนักในการต่อต้านการทุจริต",
            "สร้างจิตสำนึกและความตระหนักในการรักษาประโยชน์สาธารณะ",
            "สร้างจิตสำนึกและความตระหนักในการปฏิบัติตนตามหลักเศรษฐกิจพอเพียง"]),
        ("การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน", [
            "สร้างจิตสำนึกและความตระหนักในความซื่อสัตย์สุจริต",
            "สร้างจิตสำนึกและความตระหนักในการต่อต้านการทุจริต",
            "สร้างจิตสำนึกและความตระหนักให้มีจิตสาธารณะ"]),
    ]),
    ("การบริหารราชการเพื่อป้องกันการทุจริต", [
        ("แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร", []),
        ("มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ", [
            "สร้างความโปร่งใสในการบริหารงานบุคคล ทั้งในเรื่องการบรรจุแต่งตั้ง โยกย้าย โอน เลื่อนตำแหน่ง/เงินเดือน และการมอบหมายงาน",
            "สร้างความโปร่งใสในการบริหารการเงิน งบประมาณ การจัดหาพัสดุ การใช้ประโยชน์ในทรัพย์สินของทางราชการ โดยยึดถือและปฏิบัติให้เป็นไปตามกฎหมาย ระเบียบ กฎเกณฑ์ที่เกี่ยวข้องอย่างเคร่งครัด",
            "สร้างความโปร่งใสในการให้บริการสาธารณะ/บริการประชาชน เพื่อให้เกิดความพึงพอใจแก่ประชาชนโดยทัดเทียมกันและโดยไม่เลือกปฏิบัติ"]),
        ("มาตรการการใช้ดุลยพินิจและใช้อำนาจหน้าที่ให้เป็นไปตามหลักการบริหารกิจการบ้านเมืองที่ดี", [
            "มีการจัดทำแผนภูมิขั้นตอนและระยะเวลาการดำเนินการเกี่ยวกับการบริการประชาชน รายละเอียดที่เกี่ยวข้องในแต่ละขั้นตอน เปิดเผย ณ ที่ทำการและในระบบเครือข่ายสารสนเทศขององค์กรปกครองส่วนท้องถิ่น",
            "มีการกระจายอำนาจการตัดสินใจเกี่ยวกับการสั่ง อนุญาต อนุมัติ ปฏิบัติราชการแทนหรือการดำเนินการอื่นใดของผู้มีอำนาจในองค์กรปกครองส่วนท้องถิ่น"]),
        ("การเชิดชูเกียรติแก่หน่วยงาน/บุคคลในการดำเนินกิจการ การประพฤติปฏิบัติตนให้เป็นที่ประจักษ์", [
            "ยกย่องเชิดชูเกียรติหน่วยงาน/บุคคลที่ดำเนินกิจการ การประพฤติปฏิบัติตนให้เป็นที่ประจักษ์",
            "ยกย่องเชิดชูเกียรติหน่วยงาน/บุคคลที่ให้ความช่วยเหลือกิจการสาธารณะของท้องถิ่น",
            "ยกย่องเชิดชูเกียรติบุคคลที่ดำรงตนตามหลักเศรษฐกิจพอเพียง"]),
        ("มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริต", [
            "ดำเนินการให้มีข้อตกลงระหว่างบุคลากรในองค์กรได้ปฏิบัติหน้าที่ราชการด้วยความซื่อสัตย์ สุจริต มีคุณธรรม จริยธรรม และการบริหารราชการกิจการบ้านเมืองที่ดี",
            "มีการให้ความร่วมมือกับหน่วยงานตรวจสอบทั้งภาครัฐและองค์กรอิสระ",
            "ดำเนินการให้มีเจ้าหน้าที่ที่รับผิดชอบดำเนินการให้เป็นไปตามกฎหมาย กรณีมีเรื่องร้องเรียนกล่าวหาบุคลากรในองค์กรปกครองส่วนท้องถิ่นที่ทุจริตและปฏิบัติราชการตามอำนาจหน้าที่โดยมิชอบ"]),
    ]),
    ("การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", [
        ("จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชนได้มีส่วนร่วมตรวจสอบการปฏิบัติราชการตามอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่นได้ทุกขั้นตอน", [
            "จัดให้มีศูนย์ข้อมูลข่าวสารตามกฎหมายว่าด้วยข้อมูลข่าวสารของทางราชการ",
            "มีการเผยแพร่ข้อมูลข่าวสารเกี่ยวกับการบริหารงบประมาณ การเงิน การจัดหาพัสดุ การคำนวณราคากลาง รายงานผลการปฏิบัติงาน เป็นไปตามหลักเกณฑ์ วิธีการที่กฎหมาย ระเบียบ กฎข้อบังคับที่กำหนดให้องค์กรปกครองส่วนท้องถิ่นต้องเผยแพร่ให้ประชาชนทราบและตรวจสอบได้",
            "มีการปิดประกาศ เผยแพร่ข้อมูลข่าวสารเกี่ยวกับการปฏิบัติราชการที่เป็นประโยชน์กับการมีส่วนร่วมตรวจสอบของประชาชน"]),
        ("การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน", [
            "มีกระบวนการรับฟังความคิดเห็นของประชาชน ในการดำเนินกิจการตามอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่น โดยเฉพาะการดำเนินกิจการที่จะมีผลกระทบต่อความเป็นอยู่ และสุขอนามัยของประชาชนในท้องถิ่น",
            "มีช่องทางให้ประชาชนในท้องถิ่นสามารถร้องเรียน/ร้องทุกข์ได้โดยสะดวก",
            "มีรายงานหรือแจ้งเป็นลายลักษณ์อักษรให้ประชาชนผู้ร้องเรียน/ร้องทุกข์ได้ทราบถึงการได้รับเรื่อง ระยะเวลา และผลการดำเนินการเกี่ยวกับเรื่องร้องเรียน/ร้องทุกข์"]),
        ("การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น", [
            "ดำเนินการให้ประชาชนมีส่วนร่วมในการจัดทำแผนพัฒนา การจัดทำงบประมาณ",
            "ดำเนินการให้ประชาชนมีส่วนร่วมในการจัดหาพัสดุ",
            "ดำเนินการให้ประชาชนมีส่วนร่วมตรวจสอบ และประเมินผลการปฏิบัติงาน"]),
    ]),
    ("การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น", [
        ("มีการจัดวางระบบและรายงานการควบคุมภายใน ตามที่คณะกรรมการตรวจเงินแผ่นดินกำหนด", [
            "มีการจัดทำและรายงานการจัดทำระบบควบคุมภายในให้ผู้กำกับดูแล",
            "มีการติดตามประเมินระบบควบคุมภายใน โดยดำเนินการให้มีการจัดทำแผนการปรับปรุงหรือบริหารความเสี่ยง และรายงานผลการติดตามการปฏิบัติตามแผนการปรับปรุงควบคุมภายในให้ผู้กำกับดูแล"]),
        ("การสนับสนุนให้ภาคประชาชนมีส่วนร่วมตรวจสอบการปฏิบัติหรือการบริหารราชการตามช่องทางที่สามารถดำเนินการได้", [
            "ส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบ กำกับ ดูแลการบริหารงานบุคคลเกี่ยวกับการบรรจุ แต่งตั้ง การโอน ย้ายข้าราชการ พนักงาน ลูกจ้าง",
            "ส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบ กำกับ ดูแลการบริหารงบประมาณ การรับ-จ่ายเงิน การหาประโยชน์จากทรัพย์สินของทางราชการ",
            "ส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบ กำกับ ดูแลการจัดหาพัสดุ"]),
        ("การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น", [
            "ส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่นให้มีความรู้ ความเข้าใจในการปฏิบัติหน้าที่ให้เป็นไปตามกฎหมาย ระเบียบที่เกี่ยวข้องได้กำหนดไว้",
            "ส่งเสริมสมาชิกสภาท้องถิ่นให้มีบทบาทในการตรวจสอบการปฏิบัติงานของฝ่ายบริหารตามกระบวนการ และวิธีการที่กฎหมาย ระเบียบที่เกี่ยวข้องได้กำหนดไว้ โดยไม่ฝักใฝ่ฝ่ายใด"]),
        ("เสริมพลังการมีส่วนร่วมของชุมชน (Community) และบูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต", [
            "ส่งเสริมให้มีการดำเนินการเฝ้าระวังการทุจริต",
            "บูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต"]),
    ]),
]


def edition_2561(out_dir):
    """The 2561–2564 edition: its frame, the organisation's parts and the texts that do not name
    the later edition's years and targets (the preface counts from facts)."""
    root = ET.parse(os.path.join(out_dir, "edition-2566.sujarit")).getroot()
    root.find(Q("notes")).text = "แม่แบบแผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561–2564)"
    settings = root.find(Q("settings"))
    settings.set("first-year", "2561")
    settings.set("years", "4")
    for line in settings.findall(Q("title-line")):
        settings.remove(line)
    ET.SubElement(settings, Q("title-line")).text = "แผนปฏิบัติการป้องกันการทุจริต 4 ปี"
    for tag in ("announcement", "preface", "risks", "rationale", "goals", "targets", "benefits",
                "orders"):
        for e in root.findall(Q(tag)):
            root.remove(e)
    frame = root.find(Q("frame"))
    frame.clear()
    for d, (dname, missions) in enumerate(FRAME_2561, 1):
        dim = ET.SubElement(frame, Q("dimension"))
        ET.SubElement(dim, Q("name")).text = dname
        for m, (mname, subs) in enumerate(missions, 1):
            mission = ET.SubElement(dim, Q("mission"))
            ET.SubElement(mission, Q("name")).text = mname
            for k, sname in enumerate(subs, 1):
                ET.SubElement(mission, Q("sub-item"), {"id": "s%d-%d-%d" % (d, m, k)}).text = sname
    write(root, os.path.join(out_dir, "edition-2561.sujarit"))


def write(root, path):
    data = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n' + data)
    cli = os.environ.get("SUJARIT_CLI", os.path.join(ROOT, "build", "src", "cli", "sujarit-cli"))
    subprocess.run([cli, "normalize", path], check=True)
    os.unlink(path + ".bak")


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "data", "catalog")
    edition(out)
    edition_2561(out)
    library(out)
