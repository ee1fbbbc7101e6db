# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Sujarit plan document, described once.
#
# gen-model.py turns this description into the GObject classes of src/core (properties, list
# children as GListModel, equality), the XML reader and writer of src/io and the RELAX NG schema
# data/sujarit-1.rng. One description keeps the model, the file format and the schema from
# drifting apart: a property added here is saved, loaded, validated and compared everywhere.
#
# Kinds of property:
#   Str     a string; attr=True writes it as an XML attribute, otherwise as a child element
#   Int, Bool, Double, Enum, Money (exact satang), Date (partial dates allowed)   -> attributes
#   Rich    structured rich text (SjRich)                                          -> element
#   Bytes   binary data (base64)                                                   -> element
#   Strv    a list of strings, one element each
#   Child   an owned object (one element)
#   List    owned objects, exposed as a GListModel (repeated elements, optional wrapper)
#   Ref     a reference by id to an object held elsewhere in the plan          -> attribute
#   RefList references by id, space separated                                  -> attribute

NAMESPACE = "urn:x-sujarit:plan:1"
# Version 2 adds to version 1 (new values, attributes and elements, all optional), so a version 1
# file is a valid version 2 file and is read by the same reader; a version 2 file tells an older
# Sujarit that it is newer instead of failing on what it does not know.
FORMAT_VERSION = 2
FORMAT_VERSIONS_READ = [1, 2]

ENUMS = [
    Enum("OrgType", "org-type", "The kind of local government.", [
        ("city-municipality", "เทศบาลนคร"),
        ("town-municipality", "เทศบาลเมือง"),
        ("subdistrict-municipality", "เทศบาลตำบล"),
        ("sao", "องค์การบริหารส่วนตำบล"),
        ("pao", "องค์การบริหารส่วนจังหวัด"),
    ]),
    Enum("Digits", "digits", "Which digits a part of the book prints.", [
        ("arabic", "เลขอารบิก"),
        ("thai", "เลขไทย"),
    ]),
    Enum("ZeroStyle", "zero-style", "How a zero amount prints in tables.", [
        ("dash", "-"),
        ("thai-zero", "๐"),
        ("zero", "0"),
    ]),
    Enum("NoBudget", "no-budget", "How the Part 2 table prints a project without a budget.", [
        ("phrase", "ไม่ใช้งบประมาณ (ข้ามช่องปี)"),
        ("zero", "ตามรูปแบบของเลขศูนย์"),
    ]),
    Enum("Numbering", "numbering", "How projects are numbered.", [
        ("continuous", "ต่อเนื่องทั้งแผน"),
        ("per-dimension", "เริ่มใหม่ทุกมิติ"),
    ]),
    Enum("LastColumn", "last-column", "The last column of the Part 2 table.", [
        ("remark", "หมายเหตุ"),
        ("unit", "หน่วยงานรับผิดชอบ"),
    ]),
    Enum("Placement", "placement", "Where a page is printed in the book.", [
        ("front", "ส่วนหน้า"),
        ("appendix", "ภาคผนวก"),
        ("none", "ไม่พิมพ์"),
    ]),
    Enum("ProjectType", "project-type", "The kind of a project, a field of its own.", [
        ("project", "โครงการ"),
        ("activity", "กิจกรรม"),
        ("measure", "มาตรการ"),
        ("none", ""),
    ]),
    Enum("RiskLevel", "risk-level",
         "The level of a corruption risk, on a scale of three (ต่ำ, ปานกลาง, สูง) or five.", [
        ("unset", ""),
        ("very-low", "ต่ำมาก"),
        ("low", "ต่ำ"),
        ("medium", "ปานกลาง"),
        ("high", "สูง"),
        ("very-high", "สูงมาก"),
    ]),
    Enum("TitleYears", "title-years", "The phrase of years printed after a project's title.", [
        ("none", "ไม่พิมพ์"),
        ("fiscal", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖–๒๕๗๐"),
        ("years", "ประจำปี ๒๕๖๗ และ ๒๕๖๙"),
    ]),
    Enum("AppendixOrder", "appendix-order", "The order of the documents of the appendix.", [
        ("announcement-first", "ประกาศ แล้วคำสั่ง"),
        ("orders-first", "คำสั่ง แล้วประกาศ"),
    ]),
    Enum("MemberNumbering", "member-numbering", "How the members of a committee are numbered.", [
        ("dot", "๑."),
        ("paren", "(๑)"),
        ("none", "ไม่ใส่ลำดับ"),
    ]),
    Enum("SwotKind", "swot-kind", "The quadrant of a SWOT item.", [
        ("strength", "จุดแข็ง"),
        ("weakness", "จุดอ่อน"),
        ("opportunity", "โอกาส"),
        ("threat", "อุปสรรค"),
    ]),
    Enum("ProgressStatus", "progress-status", "The reported status of a project in a year.", [
        ("pending", "รอรายงาน"),
        ("in-progress", "อยู่ระหว่างดำเนินการ"),
        ("done", "ดำเนินการแล้วเสร็จ"),
        ("cannot", "ไม่สามารถดำเนินการได้"),
    ]),
    Enum("OitStatus", "oit-status", "Whether an item of the OIT checklist is on the website.", [
        ("missing", "ยังไม่ได้เผยแพร่"),
        ("published", "เผยแพร่แล้ว"),
        ("not-applicable", "ไม่เกี่ยวข้อง"),
    ]),
    Enum("Round", "round", "The round of a progress report: after 6 or after 12 months of the "
         "fiscal year.", [
        ("6", "รอบ ๖ เดือน"),
        ("12", "รอบ ๑๒ เดือน"),
    ]),
    Enum("FormField", "form-field", "A field of the Part 3 project form.", [
        ("title", "ชื่อโครงการ"),
        ("rationale", "หลักการและเหตุผล"),
        ("objectives", "วัตถุประสงค์"),
        ("target-group", "กลุ่มเป้าหมาย"),
        ("area", "พื้นที่ดำเนินการ"),
        ("method", "วิธีดำเนินการ"),
        ("duration", "ระยะเวลาดำเนินการ"),
        ("budget", "งบประมาณดำเนินการ"),
        ("responsible", "ผู้รับผิดชอบโครงการ"),
        ("responsible-unit", "หน่วยงานที่รับผิดชอบ"),
        ("results", "ผลผลิต/ผลลัพธ์"),
        ("outputs", "ผลผลิต"),
        ("outcomes", "ผลลัพธ์"),
    ]),
]

CLASSES = [
    Class("Settings", "settings", "How the plan is numbered and printed.", [
        Int("first-year", 2400, 2700, 2566, always=True, doc="The first fiscal year of the plan (BE)"),
        Int("years", 1, 10, 5, always=True, doc="The number of fiscal years (5; 4 for the 2561–2564 edition)"),
        Enum_("digits-cover", "Digits", "thai"),
        Enum_("digits-announcement", "Digits", "thai"),
        Enum_("digits-body", "Digits", "arabic"),
        Enum_("digits-tables", "Digits", "arabic"),
        Enum_("zero-style", "ZeroStyle", "dash"),
        Enum_("no-budget", "NoBudget", "phrase",
              doc="A project without a budget in Part 2: ไม่ใช้งบประมาณ across its year cells, or "
                  "each year as a zero"),
        Enum_("numbering", "Numbering", "continuous"),
        Enum_("last-column", "LastColumn", "remark"),
        Bool("sub-items", True, doc="Whether the frame uses sub-items (x.y.z)"),
        Bool("baht-exact", True, doc="End whole amounts in words with ถ้วน"),
        Bool("total-column", False, doc="Print a whole-period total column in Part 2"),
        Bool("dimension-page-break", False, doc="Start each dimension of Part 2 on a new page"),
        Bool("count-by-type", False,
             doc="Count projects by type (จำนวน 15 โครงการ 1 มาตรการ 3 กิจกรรม)"),
        Str("font-family", attr=True, default="TH Sarabun New"),
        Double("font-size", 8.0, 30.0, 16.0),
        Double("margin-left", 0.0, 80.0, 30.0, doc="Millimetres"),
        Double("margin-right", 0.0, 80.0, 20.0, doc="Millimetres"),
        Double("margin-top", 0.0, 80.0, 25.0, doc="Millimetres"),
        Double("margin-bottom", 0.0, 80.0, 20.0, doc="Millimetres"),
        Str("parts", attr=True,
            default="cover announcement preface contents part1 part2 part3 appendix annex",
            doc="The parts of the book in print order; a part left out is not printed"),
        Strv("title-lines", "title-line", doc="The title lines of the cover"),
        Str("charts", attr=True, default="swot risk budget targets",
            doc="The charts printed (swot, risk, budget, targets); one left out is not printed"),
        Str("extras", attr=True, default="part2-intro part3-headings",
            doc="The texts the book adds to the plan's own (part2-intro: the paragraph that opens "
                "Part 2; part3-headings: the mission and sub-item headings between the forms of "
                "Part 3); one left out is not printed"),
        Bool("totals-baht", False, doc="Print บาท after the totals of Part 2"),
        Bool("sub-items-in-part2", False,
             doc="Print the texts of a mission's sub-items (x.y.z) under it in Part 2's mission "
                 "column"),
        Enum_("appendix-order", "AppendixOrder", "announcement-first"),
        Str("form-caption", attr=True,
            doc="Printed above each project form, e.g. รายละเอียดโครงการ/กิจกรรม/มาตรการ"),
        Str("form-number-label", attr=True, default="ลำดับที่",
            doc="Printed before the number of each form"),
        Enum_("member-numbering", "MemberNumbering", "dot"),
        Bool("check-measure-links", True,
             doc="The checker reports risk measures linked to no project (as a hint)"),
    ]),
    Class("Organisation", "organisation", "The local government that adopts the plan.", [
        Enum_("type", "OrgType", "city-municipality", cname="org_type"),
        Str("name"),
        Str("short-names",
            doc="Legitimate short forms of the name, one per line (ทน.ขอนแก่น); the checker takes "
                "them as the organisation's name"),
        Str("district"),
        Str("province"),
        Str("executive-title", doc="นายกเทศมนตรีนครขอนแก่น, นายกองค์การบริหารส่วนตำบล…"),
        Str("division", doc="The preparing division, e.g. กองยุทธศาสตร์และงบประมาณ"),
        Str("address"),
        Str("phone"),
        Str("email"),
        Str("website"),
        Str("slogan", doc="Vision or slogan printed on the cover"),
        Str("emblem-type", attr=True, doc="MIME type of the emblem image"),
        Bytes("emblem", doc="The emblem image (PNG), held in the document"),
        Str("garuda-type", attr=True, doc="MIME type of the Garuda image"),
        Bytes("garuda", doc="The Garuda (ตราครุฑ, PNG) printed at the head of the ประกาศ and "
                            "the คำสั่ง, 3 cm high"),
    ]),
    Class("Person", "person", "A person who signs or is named; stored once and referenced.", [
        Str("name"),
        Str("position"),
    ], has_id=True),
    Class("Unit", "unit", "A unit of the organisation (สำนัก/กอง/ฝ่าย).", [
        Str("short", attr=True, doc="The short name printed in the Part 2 table (กจ., คลัง)"),
        Str("name"),
    ], has_id=True, text_prop="name"),
    Class("YearAmount", "amount", "An amount of money for one fiscal year.", [
        Int("year", 2400, 2700, 2566, always=True),
        Money("value"),
    ]),
    Class("FundingLine", "funding-line",
          "A project of the local development plan (แผนพัฒนาท้องถิ่น) that funds one or more plan "
          "projects; its money is counted once.", [
        Str("source", doc="e.g. แผนพัฒนาท้องถิ่น พ.ศ. 2566–2570"),
        Str("name"),
        List("amounts", "YearAmount", "amount"),
    ], has_id=True),
    Class("Announcement", "announcement", "The ประกาศ adopting the plan.", [
        Enum_("placement", "Placement", "front"),
        Str("number", attr=True, doc="ฉบับที่ … (may be blank for handwriting)"),
        Date("date"),
        Ref("signatory", "Person"),
        Str("acting-for", attr=True,
            doc="The position signed for (ปฏิบัติราชการแทน); empty when the holder signs"),
        Str("title"),
        Rich("body"),
        Str("closing", default="จึงประกาศให้ทราบโดยทั่วกัน"),
    ]),
    Class("Member", "member", "A member of a committee.", [
        Str("group", attr=True, doc="The heading of the member's group in the order"),
        Str("number", attr=True,
            doc="The member's number as the signed order gives it (the originals skip and "
                "repeat numbers); empty: numbered in order"),
        Str("name"),
        Str("position"),
        Str("role"),
    ]),
    Class("Order", "order", "An order (คำสั่ง) appointing a committee.", [
        Str("number", attr=True, doc="ที่ …/… (may be blank for handwriting)"),
        Date("date"),
        Date("effective-date"),
        Ref("signatory", "Person"),
        Str("acting-for", attr=True),
        Str("title"),
        Rich("preamble"),
        List("members", "Member", "member"),
        Str("columns", attr=True, default="name position role",
            doc="The columns of the member list, in order (name, position, role)"),
        Str("duties-intro", default="โดยมีหน้าที่และอำนาจ ดังต่อไปนี้",
            doc="The words that introduce the duties"),
        Rich("duties"),
        Str("effective", doc="e.g. ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"),
    ], has_id=True),
    Class("Section", "section", "A free section of prose with a heading.", [
        Str("title"),
        Rich("body"),
    ]),
    Class("YearValue", "value", "A target value for one year.", [
        Int("year", 2400, 2700, 2566, always=True),
        Str("value", attr=True, doc="A decimal number written in the C locale"),
    ]),
    Class("Target", "target", "A row of the target table (ค่าเป้าหมาย).", [
        Str("kind", attr=True, doc="ita for the ITA score (charted), cases for corruption cases"),
        Str("prefix", attr=True, doc="Printed before each value, e.g. ร้อยละ"),
        Str("suffix", attr=True, doc="Printed after each value, e.g. คะแนน"),
        Str("label"),
        List("values", "YearValue", "value"),
    ]),
    Class("SwotItem", "swot-item", "A coded item of the environment analysis.", [
        Enum_("kind", "SwotKind", "strength"),
        Str("code", attr=True, doc="S1, W2, O3, T4 …"),
        Str("text"),
    ]),
    Class("Strategy", "strategy", "A strategy that combines SWOT codes.", [
        Str("codes", attr=True, doc="SWOT codes, space separated, as printed"),
        Str("lead", attr=True, doc="A word printed before the codes, e.g. แก้ไข"),
        Str("text"),
    ]),
    Class("RiskItem", "risk", "A corruption risk of a process step.", [
        Enum_("level", "RiskLevel", "unset"),
        Int("likelihood", 0, 5, 0, doc="1–5, 0 when not assessed"),
        Int("impact", 0, 5, 0, doc="1–5, 0 when not assessed"),
        Str("text"),
    ]),
    Class("RiskMeasure", "measure", "A control measure, optionally linked to a project.", [
        Ref("project", "Project"),
        Str("text"),
    ]),
    Class("RiskStep", "step", "A process step (ขั้นตอนการดำเนินงาน) of the risk register.", [
        Str("name"),
        List("risks", "RiskItem", "risk"),
        List("measures", "RiskMeasure", "measure"),
    ]),
    Class("Progress", "progress", "The reported progress of a project in one fiscal year and "
          "round.", [
        Int("year", 2400, 2700, 2566, always=True),
        Enum_("round", "Round", "12", doc="The report round: 6 or 12 months"),
        Enum_("status", "ProgressStatus", "pending"),
        Money("disbursed"),
        Date("as-of"),
        Str("achieved", doc="The outputs achieved against the form's indicators"),
        Str("note"),
        Str("reporter", doc="Who reported the project's progress"),
    ]),
    Class("OitItem", "oit-item",
          "An item of the ITA assessment's OIT checklist: evidence the organisation publishes on "
          "its website, and the plan projects whose work produces it.", [
        Int("year", 2400, 2700, 2566, always=True, doc="The ITA fiscal year (BE)"),
        Str("code", attr=True, doc="The item's code in the year's list, e.g. O1"),
        Str("group", attr=True, doc="The heading the item is listed under"),
        Str("name"),
        Ref("unit", "Unit", doc="The unit responsible for publishing it"),
        RefList("projects", "Project", doc="The plan projects whose work produces the evidence"),
        Str("url", doc="Where the evidence is published"),
        Date("published", doc="When it was published"),
        Enum_("status", "OitStatus", "missing"),
        Str("note"),
    ]),
    Class("Report", "report", "A progress report of the plan for one fiscal year and round.", [
        Int("year", 2400, 2700, 2566, always=True),
        Enum_("round", "Round", "12"),
        Date("as-of", doc="ข้อมูล ณ วันที่"),
        Rich("problems", doc="ปัญหาและอุปสรรค"),
        Rich("suggestions", doc="ข้อเสนอแนะ"),
        Str("reporter-name"),
        Str("reporter-position"),
    ]),
    Class("ProjectYear", "year", "A fiscal year in which a project runs.", [
        Int("year", 2400, 2700, 2566, always=True),
        Money("amount", doc="The budget of the year; none means ไม่ใช้งบประมาณ"),
        Quarters("quarters", doc="Quarters scheduled (1234 = all four); bit 0 is ไตรมาส 1"),
    ]),
    Class("FieldLabel", "label", "A label of the project form printed differently.", [
        Enum_("field", "FormField", "title"),
        Str("text", attr=True),
    ]),
    Class("Project", "project", "A project, activity or measure; stored once.", [
        Enum_("type", "ProjectType", "project", cname="project_type"),
        Ref("unit", "Unit"),
        Ref("funding", "FundingLine"),
        RefList("sub-items", "SubItem"),
        Str("title"),
        Str("title-note", doc="Printed after the title in Part 2 only, e.g. a funding remark"),
        List("labels", "FieldLabel", "label"),
        Rich("rationale"),
        Rich("objectives"),
        Rich("target-group"),
        Int("target-count", 0, 100000000, 0, doc="How many people are targeted, 0 if not counted"),
        Str("target-count-unit", attr=True, default="คน"),
        Rich("area"),
        Rich("method"),
        Rich("duration-note", doc="Printed after the computed period in field 6"),
        Rich("budget-note", doc="Printed after the amount in field 7 (แผนงาน / งาน / รายการ)"),
        Str("responsible", doc="Field 8 when more precise than the unit's name"),
        Str("responsible-unit",
            doc="หน่วยงานที่รับผิดชอบ, printed as a field of its own before ผู้รับผิดชอบโครงการ"),
        Enum_("title-years", "TitleYears", "none",
              doc="The years the project runs printed after its title"),
        Rich("outputs"),
        Rich("outcomes"),
        Rich("remark", doc="หมายเหตุ printed at the end of the form"),
        Str("table-remark", doc="Printed in the หมายเหตุ column of Part 2"),
        List("years", "ProjectYear", "year"),
        List("progress", "Progress", "progress"),
    ], has_id=True),
    Class("SubItem", "sub-item", "A sub-item (N.M.K) of a mission.", [
        Str("name"),
    ], has_id=True, text_prop="name"),
    Class("Mission", "mission", "A mission (ภารกิจ, N.M) of a dimension.", [
        Str("name"),
        Str("short-name", doc="A shorter wording printed in the Part 2 table"),
        List("sub-items", "SubItem", "sub-item"),
        List("projects", "Project", "project"),
    ]),
    Class("Dimension", "dimension", "A dimension (มิติ) of the frame.", [
        Str("name"),
        List("missions", "Mission", "mission"),
    ]),
    Class("Plan", "plan", "The anti-corruption action plan of one local government.", [
        Str("notes", doc="Notes of the drafters; never printed"),
        Child("settings", "Settings"),
        Child("organisation", "Organisation"),
        List("people", "Person", "person", wrapper="people"),
        List("units", "Unit", "unit", wrapper="units"),
        List("funding-lines", "FundingLine", "funding-line", wrapper="funding-lines"),
        Child("announcement", "Announcement", optional=True),
        Rich("preface"),
        Date("preface-date"),
        List("analysis", "Section", "section", wrapper="analysis"),
        Rich("risk-intro"),
        List("risk-steps", "RiskStep", "risk-step", wrapper="risks"),
        Rich("swot-intro"),
        List("swot-items", "SwotItem", "swot-item", wrapper="swot"),
        List("strategies", "Strategy", "strategy", wrapper="strategies"),
        Rich("rationale"),
        Rich("objectives"),
        Rich("goals"),
        List("targets", "Target", "target", wrapper="targets"),
        Rich("benefits"),
        List("dimensions", "Dimension", "dimension", wrapper="frame"),
        List("orders", "Order", "order", wrapper="orders"),
        List("reports", "Report", "report", wrapper="reports"),
        List("oit-items", "OitItem", "oit-item", wrapper="oit"),
        Date("annex-date", doc="ข้อมูล ณ วันที่ of the E-PlanNACC annex"),
        Ref("annex-issuer", "Person"),
    ]),
]
