# SPDX-License-Identifier: GPL-3.0-or-later
# The Thai translation of Sujarit's messages, by msgid. tools/update-po.py merges it into po/th.po.
TH = {
    "PLAN": "แผน",
    "Checks that PLAN follows the plan file format (schema only).":
        "ตรวจว่าไฟล์แผนเป็นไปตามรูปแบบไฟล์แผน (ตรวจโครงสร้างเท่านั้น)",
    "%s: valid\n": "%s: ถูกต้องตามรูปแบบไฟล์\n",
    "Show errors only": "แสดงเฉพาะข้อผิดพลาด",
    "Checks the plan and lists what is wrong or worth a look.\nThe exit status is 1 when the plan has errors.":
        "ตรวจแผนและแสดงรายการสิ่งที่ผิดหรือควรตรวจทาน\nสถานะการจบเป็น 1 เมื่อแผนมีข้อผิดพลาด",
    "error": "ผิดพลาด",
    "warning": "ข้อควรตรวจ",
    "%s: %u errors, %u warnings\n": "%s: ข้อผิดพลาด %u รายการ ข้อควรตรวจ %u รายการ\n",
    "Print comma-separated values: dimension,projects,<year>… then total":
        "พิมพ์เป็นค่าคั่นด้วยจุลภาค: มิติ,จำนวนโครงการ,<ปี>… แล้วตามด้วยรวมทั้งสิ้น",
    "Prints the number of projects and the budget of each fiscal year, per dimension and for the whole plan.":
        "พิมพ์จำนวนโครงการและงบประมาณของแต่ละปีงบประมาณ แยกตามมิติและรวมทั้งแผน",
    "fiscal years": "ปีงบประมาณ",
    "dimension": "มิติ",
    "projects": "โครงการ",
    "whole period": "รวมทุกปี",
    "total": "รวมทั้งสิ้น",
    "Write to FILE instead of replacing PLAN": "บันทึกลงไฟล์นี้แทนการเขียนทับแผนเดิม",
    "FILE": "ไฟล์",
    "Rewrites PLAN in the canonical form of the file format (the previous version is kept as PLAN.bak).":
        "เขียนไฟล์แผนใหม่ในรูปแบบมาตรฐานของไฟล์ (เก็บฉบับเดิมไว้เป็น .bak)",
    "List errors and warnings in the plan": "แสดงข้อผิดพลาดและข้อควรตรวจของแผน",
    "Projects and budgets per dimension and year": "จำนวนโครงการและงบประมาณแยกตามมิติและปี",
    "Check the file against the plan file format": "ตรวจไฟล์ตามรูปแบบไฟล์แผน",
    "Rewrite the file in its canonical form": "เขียนไฟล์ใหม่ในรูปแบบมาตรฐาน",
    "Show help": "แสดงวิธีใช้",
    "Usage: sujarit-cli COMMAND [OPTION…] PLAN": "วิธีใช้: sujarit-cli คำสั่ง [ตัวเลือก…] แผน",
    "Sujarit: the anti-corruption action plan of a Thai local government, checked and printed.":
        "สุจริต: ตรวจและพิมพ์แผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น",
    "Commands:": "คำสั่ง:",
    "Run “sujarit-cli COMMAND --help” for the options of a command.":
        "ใช้ “sujarit-cli คำสั่ง --help” เพื่อดูตัวเลือกของแต่ละคำสั่ง",
    "Exit status: 0 success, 1 the plan has errors (check), 2 bad input or usage.":
        "สถานะการจบ: 0 สำเร็จ, 1 แผนมีข้อผิดพลาด (check), 2 ข้อมูลหรือการใช้คำสั่งไม่ถูกต้อง",
    "unknown command “%s”": "ไม่รู้จักคำสั่ง “%s”",
    "“%s” is not an amount of money (write it like 1,234,567 or 1234.50)":
        "“%s” ไม่ใช่จำนวนเงิน (ให้เขียนแบบ 1,234,567 หรือ 1234.50)",
    "“%s” is too large an amount of money": "“%s” เป็นจำนวนเงินที่มากเกินไป",
    "%s: the file declares a document type (DTD); plan files never do, and such files are refused for safety":
        "%s: ไฟล์นี้ประกาศชนิดเอกสาร (DTD) ซึ่งไฟล์แผนไม่มี จึงไม่เปิดเพื่อความปลอดภัย",
    "line %d, <%s>: %s": "บรรทัด %d, <%s>: %s",
    "%s: the file is too large to be a plan (%u MB; the limit is %d MB)":
        "%s: ไฟล์ใหญ่เกินกว่าจะเป็นไฟล์แผน (%u MB; ขนาดสูงสุด %d MB)",
    "%s: the file is empty": "%s: ไฟล์ว่างเปล่า",
    "%s: line %d: the file is damaged or is not a plan file (%s)":
        "%s: บรรทัด %d: ไฟล์เสียหายหรือไม่ใช่ไฟล์แผน (%s)",
    "%s: this XML file is not a Sujarit plan": "%s: ไฟล์ XML นี้ไม่ใช่แผนของโปรแกรมสุจริต",
    "%s: the plan file has no valid format version": "%s: ไฟล์แผนไม่มีรุ่นของรูปแบบไฟล์ที่ถูกต้อง",
    "%s: the plan was saved by a newer version of Sujarit (file format %s); please update Sujarit to open it":
        "%s: แผนนี้บันทึกด้วยโปรแกรมสุจริตรุ่นใหม่กว่า (รูปแบบไฟล์ %s) กรุณาปรับรุ่นโปรแกรมก่อนเปิด",
    "(and more; the first ones are shown)": "(และยังมีอีก แสดงเฉพาะรายการแรก ๆ)",
    "%s does not follow the plan file format:\n%s": "%s ไม่เป็นไปตามรูปแบบไฟล์แผน:\n%s",
    "unknown error": "ข้อผิดพลาดที่ไม่ทราบสาเหตุ",
    "%s: the file is too large to be a plan (the limit is %d MB)":
        "%s: ไฟล์ใหญ่เกินกว่าจะเป็นไฟล์แผน (ขนาดสูงสุด %d MB)",
    "Could not write the plan: %s": "บันทึกแผนไม่ได้: %s",
    "Plans can only be saved to a local folder": "บันทึกแผนได้เฉพาะในโฟลเดอร์บนเครื่องนี้",
    "Could not save the plan in the folder “%s”: %s": "บันทึกแผนในโฟลเดอร์ “%s” ไม่ได้: %s",
    "Could not keep the previous version of the plan: %s": "เก็บสำเนาแผนฉบับก่อนหน้าไม่ได้: %s",
    "Could not replace “%s”: %s": "แทนที่ไฟล์ “%s” ไม่ได้: %s",
    "The plan was not saved because it contains values that cannot be written: %s":
        "ไม่ได้บันทึกแผน เพราะมีข้อมูลที่บันทึกลงไฟล์ไม่ได้: %s",
    "%s:%ld: <%s>: %s": "%s:%ld: <%s>: %s",
    "the id “%s” is used twice": "รหัส “%s” ถูกใช้ซ้ำ",
    "%s:%d: <%s>: refers to “%s”, which is not in the plan":
        "%s:%d: <%s>: อ้างถึง “%s” ซึ่งไม่มีในแผน",
    "text is not allowed here": "ไม่ควรมีข้อความในตำแหน่งนี้",
    "unexpected content": "มีเนื้อหาที่ไม่คาดว่าจะพบ",
    "the element <%s> is not expected here": "ไม่ควรมีองค์ประกอบ <%s> ในตำแหน่งนี้",
    "“%s” is not a valid value of %s": "“%s” ไม่ใช่ค่าที่ใช้ได้ของ %s",
    "%s must be a whole number from %s to %s, not “%s”":
        "%s ต้องเป็นจำนวนเต็มตั้งแต่ %s ถึง %s ไม่ใช่ “%s”",
    "%s must be true or false, not “%s”": "%s ต้องเป็น true หรือ false ไม่ใช่ “%s”",
    "%s must be a number from %g to %g, not “%s”": "%s ต้องเป็นตัวเลขตั้งแต่ %g ถึง %g ไม่ใช่ “%s”",
    "%s must be an amount in baht like 138000 or 1500.50, not “%s”":
        "%s ต้องเป็นจำนวนเงินบาท เช่น 138000 หรือ 1500.50 ไม่ใช่ “%s”",
    "“%s” is not a valid id (a letter, then letters, digits, “_”, “.” or “-”, at most 64)":
        "“%s” ไม่ใช่รหัสที่ใช้ได้ (ขึ้นต้นด้วยตัวอักษรละติน ตามด้วยตัวอักษร ตัวเลข “_” “.” หรือ “-” ไม่เกิน 64 ตัว)",
    "%s must list quarters in order, like 1234 or 24, not “%s”":
        "%s ต้องระบุไตรมาสเรียงกัน เช่น 1234 หรือ 24 ไม่ใช่ “%s”",
    "%s must be a real date like 2022-09-29, not “%s”":
        "%s ต้องเป็นวันที่ที่มีจริง เช่น 2022-09-29 ไม่ใช่ “%s”",
    "rich text is nested too deeply": "ข้อความซ้อนกันหลายชั้นเกินไป",
    "a fact needs a name": "ข้อมูลอ้างอิงต้องมีชื่อ",
    "a link needs an href": "ลิงก์ต้องมีที่อยู่ (href)",
    "the image data is damaged": "ข้อมูลรูปภาพเสียหาย",
    "“%s” cannot be used as an id (use letters, digits, “_”, “.” and “-”, starting with a letter)":
        "ใช้ “%s” เป็นรหัสไม่ได้ (ใช้ตัวอักษรอังกฤษ ตัวเลข “_” “.” และ “-” โดยขึ้นต้นด้วยตัวอักษร)",
    "“%s” is not a real date": "“%s” ไม่ใช่วันที่ที่มีจริง",
    "The parts to print, in order, separated by commas: cover, announcement, preface, contents, part1, part2, part3, appendix, annex":
        "ส่วนของเล่มที่จะพิมพ์ตามลำดับ คั่นด้วยจุลภาค: cover (ปก), announcement (ประกาศ), preface (คำนำ), contents (สารบัญ), part1, part2, part3 (ส่วนที่ 1–3), appendix (ภาคผนวก), annex (ภาคผนวก E-PlanNACC)",
    "LIST": "รายการ",
    "Print Thai or Arabic digits everywhere (thai or arabic)": "ใช้เลขไทยหรือเลขอารบิกทั้งเล่ม (thai หรือ arabic)",
    "DIGITS": "ตัวเลข",
    "PLAN OUT.pdf": "แผน ไฟล์.pdf",
    "Prints the plan book to a PDF file.": "พิมพ์เล่มแผนเป็นไฟล์ PDF",
    "--digits must be thai or arabic, not “%s”": "--digits ต้องเป็น thai หรือ arabic ไม่ใช่ “%s”",
    "%s: %u pages\n": "%s: %u หน้า\n",
    "Print the plan book to PDF": "พิมพ์เล่มแผนเป็น PDF",
    "“%s” is not a part of the book (use cover, announcement, preface, contents, part1, part2, part3, appendix, annex)":
        "“%s” ไม่ใช่ส่วนของเล่ม (ใช้ cover, announcement, preface, contents, part1, part2, part3, appendix, annex)",
    "Could not write the PDF in the folder “%s”: %s": "บันทึกไฟล์ PDF ในโฟลเดอร์ “%s” ไม่ได้: %s",
    "Could not write the PDF: %s": "บันทึกไฟล์ PDF ไม่ได้: %s",
    "Could not write the PDF “%s”: %s": "บันทึกไฟล์ PDF “%s” ไม่ได้: %s",
    "a reference to “%s”, which is not in the plan": "มีการอ้างถึง “%s” ซึ่งไม่มีอยู่ในแผน",
    "%s: the plan is too large for a plan file (%u MB; the limit is %d MB)":
        "%s: แผนมีขนาดใหญ่เกินกว่าที่ไฟล์แผนจะรับได้ (%u MB; ขนาดสูงสุด %d MB)",
    "“%s” is not a regular file (a folder, device or pipe), so it is not a plan":
        "“%s” ไม่ใช่ไฟล์ปกติ (เป็นโฟลเดอร์ อุปกรณ์ หรือท่อข้อมูล) จึงไม่ใช่ไฟล์แผน",
    "“%s” is a chain of links that never reaches a file":
        "“%s” เป็นลิงก์ที่ชี้ต่อกันไปไม่สิ้นสุด ไม่ถึงไฟล์จริง",
    "Could not save the plan as “%s”: %s":
        "บันทึกแผนเป็น “%s” ไม่ได้: %s",
    "“%s” is not a regular file (a folder, device or pipe); the plan was not saved":
        "“%s” ไม่ใช่ไฟล์ปกติ (เป็นโฟลเดอร์ อุปกรณ์ หรือท่อข้อมูล) จึงไม่ได้บันทึกแผน",
    "Could not read “%s”: %s":
        "อ่าน “%s” ไม่ได้: %s",
    "Could not create “%s”: %s":
        "สร้าง “%s” ไม่ได้: %s",
    "Could not keep the previous version of the plan as “%s”: %s":
        "เก็บแผนฉบับก่อนหน้าเป็น “%s” ไม่ได้: %s",
    "%s: the file is written in UTF-16; plan files are always UTF-8 (was it saved again by another program?)":
        "%s: ไฟล์นี้เข้ารหัสแบบ UTF-16 แต่ไฟล์แผนต้องเป็น UTF-8 เสมอ (อาจถูกบันทึกซ้ำด้วยโปรแกรมอื่น)",
    "%s: the file declares the encoding “%s”; plan files are always UTF-8 (was it saved again by another program?)":
        "%s: ไฟล์ระบุการเข้ารหัสเป็น “%s” แต่ไฟล์แผนต้องเป็น UTF-8 เสมอ (อาจถูกบันทึกซ้ำด้วยโปรแกรมอื่น)",
    "Untitled plan":
        "แผนที่ยังไม่ได้ตั้งชื่อ",
    "Delete":
        "ลบ",
    "Move":
        "ย้าย",
}
