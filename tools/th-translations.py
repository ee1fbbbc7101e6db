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
    "Autosave interval":
        "ระยะเวลาบันทึกร่างอัตโนมัติ",
    "Seconds between drafts of unsaved changes written to the data folder; 0 turns autosave off.":
        "จำนวนวินาทีระหว่างการบันทึกร่างของงานที่ยังไม่ได้บันทึกลงโฟลเดอร์ข้อมูล; 0 คือปิดการบันทึกอัตโนมัติ",
    "Sujarit":
        "สุจริต",
    "Section %d":
        "หัวข้อที่ %d",
    "section %d":
        "หัวข้อที่ %d",
    "Heading":
        "หัวข้อ",
    "Text":
        "เนื้อความ",
    "Add a section":
        "เพิ่มหัวข้อ",
    "_Add a Section":
        "_เพิ่มหัวข้อ",
    "Analysis sections":
        "หัวข้อการวิเคราะห์",
    "Sections of prose in Part 1, each with its heading, printed before the risk table":
        "หัวข้อเนื้อความในส่วนที่ 1 แต่ละหัวข้อมีชื่อหัวข้อ พิมพ์ก่อนตารางประเมินความเสี่ยง",
    "E-PlanNACC annex":
        "ภาคผนวก E-PlanNACC",
    "A table per fiscal year of the projects with their budgets and the quarters they run in, as recorded in the commission’s system. The rows come from the projects; the quarters are set on each project’s page.":
        "ตารางของแต่ละปีงบประมาณ แสดงโครงการ งบประมาณ และไตรมาสที่ดำเนินการ ตามที่บันทึกในระบบของสำนักงาน ป.ป.ช. แถวของตารางมาจากข้อมูลโครงการ ส่วนไตรมาสกำหนดได้ในหน้าของแต่ละโครงการ",
    "Information as of":
        "ข้อมูล ณ วันที่",
    "Issued by":
        "ผู้ออกรายงาน",
    "the issuer":
        "ผู้ออกรายงาน",
    "Add the announcement":
        "เพิ่มประกาศ",
    "Remove the announcement":
        "ลบประกาศ",
    "Announcement":
        "ประกาศ",
    "The ประกาศ adopting the plan, signed by the executive":
        "ประกาศใช้แผน ลงนามโดยผู้บริหารท้องถิ่น",
    "No announcement yet":
        "ยังไม่มีประกาศ",
    "Most plans print the announcement that adopts them, in front or in the appendix.":
        "แผนส่วนใหญ่พิมพ์ประกาศใช้แผนไว้ส่วนหน้าหรือในภาคผนวก",
    "_Add the Announcement":
        "_เพิ่มประกาศ",
    "Printed":
        "ตำแหน่งที่พิมพ์",
    "Number (may be left blank for handwriting)":
        "ฉบับที่ (เว้นว่างไว้เขียนด้วยมือได้)",
    "Title (each line is printed as typed)":
        "ชื่อเรื่อง (พิมพ์ตามบรรทัดที่พิมพ์ไว้)",
    "Text of the announcement":
        "เนื้อความของประกาศ",
    "Signature":
        "การลงนาม",
    "Closing line":
        "ข้อความปิดท้าย",
    "Announced on":
        "ประกาศ ณ วันที่",
    "Signed by":
        "ผู้ลงนาม",
    "the signatory":
        "ผู้ลงนาม",
    "Signing for (ปฏิบัติราชการแทน…), if not the holder":
        "ลงนามแทน (ปฏิบัติราชการแทน…) กรณีไม่ใช่ผู้ดำรงตำแหน่ง",
    "a plan never saved":
        "แผนที่ยังไม่เคยบันทึก",
    "• %s — %u projects\n  %s\n  autosaved %s at %s":
        "• %s — %u โครงการ\n  %s\n  บันทึกร่างอัตโนมัติเมื่อ %s เวลา %s น.",
    "(no name)":
        "(ไม่มีชื่อ)",
    "Sujarit was closed without saving this plan. Its last draft was kept:":
        "สุจริตปิดไปโดยยังไม่ได้บันทึกแผนต่อไปนี้ ร่างล่าสุดยังเก็บไว้:",
    "Recover Unsaved Work?":
        "กู้คืนงานที่ยังไม่ได้บันทึกหรือไม่",
    "_Discard":
        "_ทิ้ง",
    "_Later":
        "ไ_ว้ทีหลัง",
    "_Recover":
        "_กู้คืน",
    "Write, check and print the anti-corruption action plan of a Thai local government":
        "จัดทำ ตรวจสอบ และพิมพ์แผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น",
    "translator-credits":
        "คณะผู้พัฒนาสุจริต",
    "Never lose work":
        "ไม่ให้งานสูญหาย",
    "Autosave a draft every (seconds)":
        "บันทึกร่างอัตโนมัติทุก (วินาที)",
    "Unsaved changes are written to a draft in your data folder; 0 turns it off":
        "งานที่ยังไม่ได้บันทึกจะถูกเก็บเป็นร่างในโฟลเดอร์ข้อมูลของท่าน; 0 คือปิด",
    "Edit %s":
        "แก้ไข%s",
    "(none)":
        "(ไม่ระบุ)",
    "Grand total (%u projects)":
        "รวมทั้งสิ้น (%u โครงการ)",
    "The amount of the project’s funding line (edit it under Funding lines)":
        "จำนวนเงินตามแหล่งงบประมาณของโครงการ (แก้ไขได้ที่หัวข้อแหล่งงบประมาณ)",
    "Edit the budget of %s":
        "แก้ไขงบประมาณ ปี %s",
    "Budget of %u, project %u":
        "งบประมาณปี %u ของโครงการลำดับที่ %u",
    "Paste budgets":
        "วางงบประมาณ",
    "Pasted %u amounts; %u cell was not an amount and was left as it was":
        "วางจำนวนเงินแล้ว %u ช่อง; มี %u ช่องที่ไม่ใช่จำนวนเงินจึงคงไว้ตามเดิม",
    "Pasted %u amounts":
        "วางจำนวนเงินแล้ว %u ช่อง",
    "%u (baht)":
        "ปี %u (บาท)",
    "Whole period":
        "รวมทุกปี",
    "Add a dimension and a mission first (Part 2 in the outline)":
        "เพิ่มมิติและภารกิจก่อน (ส่วนที่ 2 ในสารบัญด้านซ้าย)",
    "New project":
        "โครงการใหม่",
    "Add a project":
        "เพิ่มโครงการ",
    "Projects, activities and measures":
        "โครงการ/กิจกรรม/มาตรการ",
    "Day (– to leave blank)":
        "วันที่ (– คือเว้นว่าง)",
    "Month":
        "เดือน",
    "Year (Buddhist Era)":
        "ปี (พุทธศักราช)",
    "Day; – leaves it blank for handwriting":
        "วันที่; – คือเว้นว่างไว้เขียนด้วยมือ",
    "Year of the Buddhist Era (พ.ศ.)":
        "ปีพุทธศักราช (พ.ศ.)",
    "Mission":
        "ภารกิจ",
    "the mission “%s”":
        "ภารกิจ “%s”",
    "New mission":
        "ภารกิจใหม่",
    "Add a mission":
        "เพิ่มภารกิจ",
    "New dimension":
        "มิติใหม่",
    "Add a dimension":
        "เพิ่มมิติ",
    "dimension %d and all its projects":
        "มิติที่ %d พร้อมโครงการทั้งหมดในมิตินี้",
    "Dimension %d":
        "มิติที่ %d",
    "A dimension of the frame of the plan and its missions":
        "มิติตามกรอบของแผน และภารกิจในมิตินี้",
    "Add a _Dimension":
        "เพิ่ม_มิติ",
    "Delete the dimension":
        "ลบมิตินี้",
    "Name of the dimension":
        "ชื่อมิติ",
    "Missions":
        "ภารกิจ",
    "In the order of the plan":
        "เรียงตามลำดับในแผน",
    "Add an amount for %u":
        "เพิ่มจำนวนเงินปี %u",
    "Fiscal year %u":
        "ปีงบประมาณ %u",
    "budget of %u":
        "งบประมาณปี %u",
    "the amount of this year":
        "จำนวนเงินของปีนี้",
    "Add an amount":
        "เพิ่มจำนวนเงิน",
    "the funding line “%s”":
        "แหล่งงบประมาณ “%s”",
    "Name of the project funded":
        "ชื่อโครงการในแผนพัฒนาท้องถิ่น",
    "Source (แผนพัฒนาท้องถิ่น พ.ศ. …)":
        "ที่มา (แผนพัฒนาท้องถิ่น พ.ศ. …)",
    "New funding line":
        "แหล่งงบประมาณใหม่",
    "Add a funding line":
        "เพิ่มแหล่งงบประมาณ",
    "Funding lines":
        "แหล่งงบประมาณ",
    "When several projects of the plan are paid from one project of the local development plan, enter it here and choose it on each project: its money is then counted once in the totals.":
        "เมื่อหลายโครงการในแผนใช้งบประมาณจากโครงการเดียวกันในแผนพัฒนาท้องถิ่น ให้บันทึกโครงการนั้นไว้ที่นี่ แล้วเลือกในแต่ละโครงการ งบประมาณจะถูกนับเพียงครั้งเดียวในยอดรวม",
    "Edit the target of %u":
        "แก้ไขค่าเป้าหมายปี %u",
    "Target (ค่าเป้าหมาย)":
        "ค่าเป้าหมาย",
    "Printed before each value (ร้อยละ …)":
        "ข้อความหน้าค่า (ร้อยละ …)",
    "Printed after each value (คะแนน …)":
        "ข้อความหลังค่า (คะแนน …)",
    "Kind: ita for the ITA score (charted), cases for corruption cases":
        "ชนิด: ita สำหรับคะแนน ITA (แสดงเป็นแผนภูมิ), cases สำหรับจำนวนเรื่องทุจริต",
    "Value of each year":
        "ค่าของแต่ละปี",
    "Target of %u":
        "ค่าเป้าหมายปี %u",
    "the target":
        "ค่าเป้าหมาย",
    "New target":
        "ค่าเป้าหมายใหม่",
    "Add a target":
        "เพิ่มค่าเป้าหมาย",
    "Goals and targets":
        "เป้าหมายและค่าเป้าหมาย",
    "Goals":
        "เป้าหมาย",
    "Target table":
        "ตารางค่าเป้าหมาย",
    "A value per fiscal year; the ITA score is also charted":
        "หนึ่งค่าต่อปีงบประมาณ; คะแนน ITA แสดงเป็นแผนภูมิด้วย",
    "Sub-item":
        "ข้อย่อย",
    "the sub-item “%s”":
        "ข้อย่อย “%s”",
    "Add a sub-item":
        "เพิ่มข้อย่อย",
    "the mission “%s” and its projects":
        "ภารกิจ “%s” พร้อมโครงการในภารกิจนี้",
    "Add a _Project":
        "เพิ่ม_โครงการ",
    "Delete the mission":
        "ลบภารกิจนี้",
    "Name of the mission":
        "ชื่อภารกิจ",
    "Shorter name for the Part 2 table (optional)":
        "ชื่อย่อสำหรับตารางส่วนที่ 2 (ถ้ามี)",
    "Sub-items":
        "ข้อย่อย",
    "The commission’s sub-items (x.y.z) of this mission":
        "ข้อย่อย (x.y.z) ของภารกิจนี้ตามแนวทางของสำนักงาน ป.ป.ช.",
    "Projects":
        "โครงการ",
    "Open one to edit its form":
        "เลือกโครงการเพื่อแก้ไขรายละเอียด",
    "the member “%s”":
        "กรรมการ “%s”",
    "Name":
        "ชื่อ",
    "Position":
        "ตำแหน่ง",
    "Role in the committee (ประธานกรรมการ…)":
        "ตำแหน่งในคณะกรรมการ (ประธานกรรมการ…)",
    "Heading of the member’s group, if the order has groups":
        "หัวข้อกลุ่มของกรรมการ กรณีคำสั่งแบ่งเป็นกลุ่ม",
    "Add a member":
        "เพิ่มกรรมการ",
    "Add an order":
        "เพิ่มคำสั่ง",
    "Order %d":
        "คำสั่งที่ %d",
    "order %d":
        "คำสั่งที่ %d",
    "Number (ที่ …/…; may be left blank)":
        "เลขที่คำสั่ง (ที่ …/…; เว้นว่างได้)",
    "Ordered on":
        "สั่ง ณ วันที่",
    "Effective from":
        "มีผลตั้งแต่วันที่",
    "Preamble":
        "ข้อความนำ",
    "Members of the committee":
        "รายชื่อคณะกรรมการ",
    "In the order printed; open a member to edit":
        "เรียงตามลำดับที่พิมพ์ เลือกเพื่อแก้ไข",
    "Duties of the committee":
        "อำนาจหน้าที่ของคณะกรรมการ",
    "Effect (ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป)":
        "ข้อความการมีผล (ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป)",
    "_Add an Order":
        "_เพิ่มคำสั่ง",
    "Committee orders":
        "คำสั่งแต่งตั้งคณะกรรมการ",
    "The คำสั่ง appointing the drafting committee, printed in the appendix":
        "คำสั่งแต่งตั้งคณะกรรมการจัดทำแผน พิมพ์ไว้ในภาคผนวก",
    "No order yet":
        "ยังไม่มีคำสั่ง",
    "Add the order that appoints the committee drafting the plan: its members, their positions and roles.":
        "เพิ่มคำสั่งแต่งตั้งคณะกรรมการจัดทำแผน พร้อมรายชื่อ ตำแหน่ง และบทบาทของกรรมการ",
    "Name of the unit":
        "ชื่อหน่วยงาน",
    "the unit “%s”":
        "หน่วยงาน “%s”",
    "short name":
        "ชื่อย่อ",
    "Printed in the Part 2 table (กจ., คลัง …)":
        "พิมพ์ในตารางส่วนที่ 2 (กจ., คลัง …)",
    "Short name of the unit":
        "ชื่อย่อของหน่วยงาน",
    "the short name":
        "ชื่อย่อ",
    "“%s”":
        "“%s”",
    "position":
        "ตำแหน่ง",
    "the position":
        "ตำแหน่ง",
    "Add a unit":
        "เพิ่มหน่วยงาน",
    "Add a person":
        "เพิ่มบุคคล",
    "Edit the title of the cover":
        "แก้ไขชื่อบนปก",
    "Remove a line of the cover":
        "ลบบรรทัดบนปก",
    "Add a line to the cover":
        "เพิ่มบรรทัดบนปก",
    "Line %u":
        "บรรทัดที่ %u",
    "Remove this line":
        "ลบบรรทัดนี้",
    "This file is not an image Sujarit can read":
        "ไฟล์นี้ไม่ใช่ภาพที่สุจริตอ่านได้",
    "Choose the emblem":
        "เลือกตราสัญลักษณ์",
    "Choose the Emblem":
        "เลือกตราสัญลักษณ์",
    "_Choose":
        "_เลือก",
    "_Cancel":
        "_ยกเลิก",
    "Images":
        "ภาพ",
    "Remove the emblem":
        "นำตราสัญลักษณ์ออก",
    "Name (เทศบาลนครขอนแก่น, องค์การบริหารส่วนตำบล…)":
        "ชื่อ (เทศบาลนครขอนแก่น, องค์การบริหารส่วนตำบล…)",
    "District (อำเภอ)":
        "อำเภอ",
    "Province (จังหวัด)":
        "จังหวัด",
    "Title of the executive (นายกเทศมนตรี…)":
        "ตำแหน่งผู้บริหาร (นายกเทศมนตรี…)",
    "Preparing division (กองยุทธศาสตร์และงบประมาณ…)":
        "หน่วยงานที่จัดทำ (กองยุทธศาสตร์และงบประมาณ…)",
    "Vision or slogan on the cover":
        "วิสัยทัศน์หรือคำขวัญบนปก",
    "Address":
        "ที่อยู่",
    "Telephone":
        "โทรศัพท์",
    "E-mail":
        "อีเมล",
    "Website":
        "เว็บไซต์",
    "Cover and organisation":
        "ปกและหน่วยงาน",
    "What the cover, the announcement and the letters say about the organisation. The checker compares every text of the plan with this name and kind.":
        "ข้อมูลหน่วยงานที่ใช้บนปก ประกาศ และหนังสือ ระบบตรวจแผนจะเทียบข้อความทั้งหมดในแผนกับชื่อและประเภทนี้",
    "The organisation":
        "หน่วยงาน",
    "Kind of local government":
        "ประเภทองค์กรปกครองส่วนท้องถิ่น",
    "Emblem":
        "ตราสัญลักษณ์",
    "Printed at the top of the cover":
        "พิมพ์ไว้ด้านบนของปก",
    "Emblem image":
        "ภาพตราสัญลักษณ์",
    "_Choose…":
        "_เลือก…",
    "Title on the cover":
        "ชื่อบนปก",
    "The lines of the title, as printed on the cover":
        "บรรทัดของชื่อแผน ตามที่พิมพ์บนปก",
    "Add a line":
        "เพิ่มบรรทัด",
    "Units of the organisation":
        "หน่วยงานภายใน",
    "สำนัก, กอง, ฝ่าย: projects name the unit responsible":
        "สำนัก กอง ฝ่าย ที่โครงการระบุเป็นผู้รับผิดชอบ",
    "People who sign":
        "ผู้ลงนาม",
    "Named once and chosen where they sign (the announcement, the orders, the annex)":
        "บันทึกชื่อไว้ครั้งเดียว แล้วเลือกในจุดที่ลงนาม (ประกาศ คำสั่ง ภาคผนวก)",
    "%u · %s":
        "%u · %s",
    "no budget":
        "ไม่ใช้งบประมาณ",
    "Corruption risk assessment":
        "การประเมินความเสี่ยงการทุจริต",
    "SWOT analysis":
        "การวิเคราะห์สภาพแวดล้อม (SWOT)",
    "Rationale":
        "หลักการและเหตุผล",
    "Objectives":
        "วัตถุประสงค์",
    "Benefits of the plan":
        "ประโยชน์ของการจัดทำแผน",
    "Plan settings":
        "การตั้งค่าแผน",
    "Preface":
        "คำนำ",
    "Part 1: Introduction":
        "ส่วนที่ 1 บทนำ",
    "Part 2: Action plan":
        "ส่วนที่ 2 แผนปฏิบัติการ",
    "Progress":
        "ผลการดำเนินงาน",
    "Dimension %d %s":
        "มิติที่ %d %s",
    "(untitled project)":
        "(โครงการยังไม่มีชื่อ)",
    "The sections of Part 1 in the order of the book":
        "หัวข้อในส่วนที่ 1 เรียงตามลำดับในเล่ม",
    "Report the progress of %u":
        "รายงานผลการดำเนินงานปี %u",
    "What each project achieved in a fiscal year, for the 6- and 12-month reports":
        "ผลการดำเนินงานของแต่ละโครงการในปีงบประมาณ สำหรับรายงานรอบ 6 และ 12 เดือน",
    "Fiscal year":
        "ปีงบประมาณ",
    "Report":
        "รายงาน",
    "Not reported yet":
        "ยังไม่ได้รายงาน",
    "Status":
        "สถานะ",
    "the status":
        "สถานะ",
    "disbursed":
        "เบิกจ่าย",
    "Disbursed (baht)":
        "เบิกจ่าย (บาท)",
    "the amount disbursed":
        "จำนวนเงินที่เบิกจ่าย",
    "2. Rationale":
        "2. หลักการและเหตุผล",
    "3. Objectives":
        "3. วัตถุประสงค์",
    "4. Target group":
        "4. กลุ่มเป้าหมาย",
    "Area":
        "พื้นที่ดำเนินการ",
    "5. Method":
        "5. วิธีดำเนินการ",
    "6. Duration (printed after the years, which are computed)":
        "6. ระยะเวลาดำเนินการ (พิมพ์ต่อท้ายปีที่ดำเนินการ ซึ่งคำนวณให้อัตโนมัติ)",
    "7. Budget note (after the amount: แผนงาน / งาน / รายการ)":
        "7. หมายเหตุงบประมาณ (ต่อท้ายจำนวนเงิน: แผนงาน / งาน / รายการ)",
    "9. Outputs":
        "9. ผลผลิต",
    "9. Outcomes":
        "9. ผลลัพธ์",
    "Remark at the end of the form":
        "หมายเหตุท้ายแบบฟอร์ม",
    "Project no. %u":
        "โครงการลำดับที่ %u",
    "Edit the quarters of %u":
        "แก้ไขไตรมาสปี %u",
    "Run in %u":
        "ดำเนินการในปี %u",
    "Not run in %u":
        "ไม่ดำเนินการในปี %u",
    "Quarter 1: October – December":
        "ไตรมาส 1: ตุลาคม – ธันวาคม",
    "Quarter 2: January – March":
        "ไตรมาส 2: มกราคม – มีนาคม",
    "Quarter 3: April – June":
        "ไตรมาส 3: เมษายน – มิถุนายน",
    "Quarter 4: July – September":
        "ไตรมาส 4: กรกฎาคม – กันยายน",
    "Budget of %u in baht":
        "งบประมาณปี %u (บาท)",
    "The project runs this year":
        "โครงการดำเนินการในปีนี้",
    "Q%u":
        "ไตรมาส %u",
    "Edit the sub-items":
        "แก้ไขข้อย่อย",
    "Fiscal year %d":
        "ปีงบประมาณ %d",
    "not reported":
        "ยังไม่รายงาน",
    "Remark":
        "หมายเหตุ",
    "the progress of this year":
        "ผลการดำเนินงานของปีนี้",
    "Add progress":
        "เพิ่มผลการดำเนินงาน",
    "%s (copy)":
        "%s (สำเนา)",
    "Duplicate the project":
        "ทำสำเนาโครงการ",
    "the project “%s”":
        "โครงการ “%s”",
    "Move the project":
        "ย้ายโครงการ",
    "the title":
        "ชื่อโครงการ",
    "the kind":
        "ประเภท",
    "the responsible unit":
        "หน่วยงานรับผิดชอบ",
    "the funding line":
        "แหล่งงบประมาณ",
    "the responsible":
        "ผู้รับผิดชอบ",
    "the note after the title":
        "หมายเหตุท้ายชื่อ",
    "the remark":
        "หมายเหตุ",
    "the number targeted":
        "จำนวนกลุ่มเป้าหมาย",
    "the unit of the number targeted":
        "หน่วยนับของกลุ่มเป้าหมาย",
    "(unspecified)":
        "(ไม่ระบุ)",
    "organisation":
        "ชื่อหน่วยงาน",
    "number of projects":
        "จำนวนโครงการ",
    "number of dimensions":
        "จำนวนมิติ",
    "total budget":
        "งบประมาณรวม",
    "budget per year":
        "งบประมาณต่อปี",
    "period of the plan":
        "ช่วงเวลาของแผน",
    "first year":
        "ปีแรก",
    "last year":
        "ปีสุดท้าย",
    "number of years":
        "จำนวนปี",
    "Corruption risk":
        "ประเด็นความเสี่ยงการทุจริต",
    "Open to edit the risk and its level":
        "เลือกเพื่อแก้ไขความเสี่ยงและระดับ",
    "Risk level":
        "ระดับความเสี่ยง",
    "Likelihood (1–5, 0 when not assessed)":
        "โอกาส (1–5, 0 คือยังไม่ประเมิน)",
    "Impact (1–5, 0 when not assessed)":
        "ผลกระทบ (1–5, 0 คือยังไม่ประเมิน)",
    "the risk":
        "ความเสี่ยง",
    "Control measure":
        "มาตรการควบคุมความเสี่ยง",
    "The project of the plan that carries out the measure":
        "โครงการในแผนที่ดำเนินการตามมาตรการนี้",
    "Linked project":
        "โครงการที่เชื่อมโยง",
    "the linked project":
        "โครงการที่เชื่อมโยง",
    "the control measure":
        "มาตรการควบคุมความเสี่ยง",
    "Add a risk":
        "เพิ่มความเสี่ยง",
    "Add a control measure":
        "เพิ่มมาตรการควบคุม",
    "Step %d":
        "ขั้นตอนที่ %d",
    "step %d of the risk table":
        "ขั้นตอนที่ %d ของตารางความเสี่ยง",
    "Process step (ขั้นตอนการดำเนินงาน)":
        "ขั้นตอนการดำเนินงาน",
    "Risks of the step":
        "ประเด็นความเสี่ยงของขั้นตอนนี้",
    "Control measures":
        "มาตรการควบคุมความเสี่ยง",
    "Link each measure to the project that carries it out, where there is one":
        "เชื่อมโยงแต่ละมาตรการกับโครงการที่ดำเนินการตามมาตรการ (ถ้ามี)",
    "Add a measure":
        "เพิ่มมาตรการ",
    "Add a step":
        "เพิ่มขั้นตอน",
    "_Add a Step":
        "_เพิ่มขั้นตอน",
    "The risk table of Part 1: each step of work, its corruption risks and the measures that control them":
        "ตารางประเมินความเสี่ยงในส่วนที่ 1: ขั้นตอนการดำเนินงาน ประเด็นความเสี่ยงการทุจริต และมาตรการควบคุม",
    "Introduction to the risk assessment":
        "บทนำการประเมินความเสี่ยง",
    "Cover":
        "ปก",
    "Announcement (when placed in front)":
        "ประกาศ (เมื่อพิมพ์ไว้ส่วนหน้า)",
    "Contents":
        "สารบัญ",
    "Part 2: Action plan (budget table)":
        "ส่วนที่ 2 แผนปฏิบัติการ (ตารางงบประมาณ)",
    "Part 3: Project forms":
        "ส่วนที่ 3 รายละเอียดโครงการ",
    "Appendix (announcement, orders)":
        "ภาคผนวก (ประกาศ คำสั่ง)",
    "Edit the parts that are printed":
        "แก้ไขส่วนที่พิมพ์",
    "How the plan is numbered and printed. Years are of the Buddhist Era.":
        "การลำดับเลขและการพิมพ์แผน ปีเป็นพุทธศักราช",
    "Years of the plan":
        "ปีของแผน",
    "First fiscal year (พ.ศ.)":
        "ปีงบประมาณแรก (พ.ศ.)",
    "Number of years":
        "จำนวนปี",
    "Digits":
        "ตัวเลข",
    "Thai plans often print the cover and the announcement in Thai digits and the tables in Arabic digits":
        "แผนส่วนใหญ่พิมพ์ปกและประกาศเป็นเลขไทย และพิมพ์ตารางเป็นเลขอารบิก",
    "Announcement and orders":
        "ประกาศและคำสั่ง",
    "Tables":
        "ตาราง",
    "A zero amount prints as":
        "จำนวนเงินศูนย์พิมพ์เป็น",
    "Part 2 and the forms":
        "ส่วนที่ 2 และรายละเอียดโครงการ",
    "Projects are numbered":
        "การลำดับเลขโครงการ",
    "Last column of the table":
        "คอลัมน์สุดท้ายของตาราง",
    "A column for the whole period":
        "คอลัมน์รวมทุกปี",
    "Each dimension on a new page":
        "เริ่มแต่ละมิติในหน้าใหม่",
    "Count projects by kind":
        "นับจำนวนแยกตามประเภท",
    "จำนวน 15 โครงการ 1 มาตรการ 3 กิจกรรม":
        "จำนวน 15 โครงการ 1 มาตรการ 3 กิจกรรม",
    "The frame has sub-items (x.y.z)":
        "กรอบของแผนมีข้อย่อย (x.y.z)",
    "Amounts in words end with ถ้วน":
        "จำนวนเงินตัวอักษรลงท้ายด้วย “ถ้วน”",
    "Page and type":
        "หน้ากระดาษและตัวอักษร",
    "Margins in millimetres":
        "ระยะขอบเป็นมิลลิเมตร",
    "Typeface":
        "แบบอักษร",
    "Size of the text (pt)":
        "ขนาดตัวอักษร (พอยต์)",
    "Left margin":
        "ขอบซ้าย",
    "Right margin":
        "ขอบขวา",
    "Top margin":
        "ขอบบน",
    "Bottom margin":
        "ขอบล่าง",
    "Parts of the book":
        "ส่วนของเล่มแผน",
    "The parts printed, in this order":
        "ส่วนที่พิมพ์ เรียงตามลำดับนี้",
    "the item %s":
        "รายการ %s",
    "The code strategies cite":
        "รหัสที่กลยุทธ์อ้างถึง",
    "Code":
        "รหัส",
    "the code":
        "รหัส",
    "Add an item of the analysis":
        "เพิ่มรายการการวิเคราะห์",
    "Not in the table: %s":
        "ไม่มีในตาราง: %s",
    "SWOT codes, e.g. S1 + O2":
        "รหัส SWOT เช่น S1 + O2",
    "Edit the codes of a strategy":
        "แก้ไขรหัสของกลยุทธ์",
    "Strategy":
        "กลยุทธ์",
    "SWOT codes of the strategy":
        "รหัส SWOT ของกลยุทธ์",
    "the codes":
        "รหัส",
    "Choose the codes":
        "เลือกรหัส",
    "the strategy":
        "กลยุทธ์",
    "Add a strategy":
        "เพิ่มกลยุทธ์",
    "Strengths (S)":
        "จุดแข็ง (S)",
    "Weaknesses (W)":
        "จุดอ่อน (W)",
    "Opportunities (O)":
        "โอกาส (O)",
    "Threats (T)":
        "อุปสรรค (T)",
    "The environment of the organisation, coded so that strategies can cite it (S1 + O2)":
        "สภาพแวดล้อมของหน่วยงาน กำหนดรหัสไว้เพื่อให้กลยุทธ์อ้างถึงได้ (S1 + O2)",
    "Introduction to the analysis":
        "บทนำการวิเคราะห์",
    "Add":
        "เพิ่ม",
    "Strategies":
        "กลยุทธ์",
    "Each combines codes of the table; a code that is not in the table is marked":
        "แต่ละกลยุทธ์ประกอบจากรหัสในตาราง รหัสที่ไม่มีในตารางจะถูกทำเครื่องหมายไว้",
    "Figures inserted from the plan (the number of projects, the total budget) are filled in when the book is printed, so they always agree with Part 2.":
        "ตัวเลขที่แทรกจากแผน (จำนวนโครงการ งบประมาณรวม) จะคำนวณตอนพิมพ์เล่ม จึงตรงกับส่วนที่ 2 เสมอ",
    "Usually a numbered list: (1) … (5).":
        "ส่วนใหญ่เขียนเป็นข้อ: (1) … (5)",
    "Date of the preface":
        "วันที่ของคำนำ",
    "Delete %s":
        "ลบ%s",
    "Deleted %s (Ctrl+Z brings it back)":
        "ลบ%sแล้ว (กด Ctrl+Z เพื่อเรียกคืน)",
    "a risk control measure":
        "มาตรการควบคุมความเสี่ยง",
    "a project":
        "โครงการ",
    "the announcement":
        "ประกาศ",
    "an order":
        "คำสั่ง",
    "an entry":
        "รายการ",
    "and more":
        "และอื่น ๆ",
    "Delete %s?":
        "ลบ%sหรือไม่",
    "It is linked from %u place in the plan; deleting it removes the link:%s":
        "มีการเชื่อมโยงถึงรายการนี้ %u แห่งในแผน หากลบ การเชื่อมโยงจะถูกนำออกด้วย:%s",
    "_Delete and Unlink":
        "_ลบและนำการเชื่อมโยงออก",
    "Move up":
        "เลื่อนขึ้น",
    "Move down":
        "เลื่อนลง",
    "Saving…":
        "กำลังบันทึก…",
    "All changes saved":
        "บันทึกครบแล้ว",
    "Not saved yet (a draft is kept)":
        "ยังไม่ได้บันทึก (เก็บร่างไว้แล้ว)",
    "Not saved yet":
        "ยังไม่ได้บันทึก",
    "%u projects · total over %u years %s baht":
        "%u โครงการ · รวม %u ปี %s บาท",
    "_Close":
        "_ปิด",
    "The checker finds nothing to mend":
        "ตรวจแล้ว ไม่พบสิ่งที่ต้องแก้ไข",
    "Checker: %u errors, %u warnings":
        "ผลการตรวจ: ข้อผิดพลาด %u รายการ ข้อควรตรวจ %u รายการ",
    "Could not open “%s”":
        "เปิด “%s” ไม่ได้",
    "Could not recover the draft":
        "กู้คืนร่างไม่ได้",
    "The draft was recovered; save it to keep it":
        "กู้คืนร่างแล้ว โปรดบันทึกเพื่อเก็บไว้",
    "“%s” was moved or deleted by another program. Your plan is still here: save it to write the file again.":
        "“%s” ถูกย้ายหรือลบโดยโปรแกรมอื่น แผนของท่านยังอยู่ที่นี่ บันทึกเพื่อเขียนไฟล์ใหม่",
    "Another program changed “%s”. Load the version on disk, or keep the plan as it is here (saving it will replace the other version).":
        "โปรแกรมอื่นแก้ไข “%s” เลือกโหลดฉบับในเครื่อง หรือเก็บแผนที่แก้ไขอยู่นี้ไว้ (เมื่อบันทึก จะแทนที่ฉบับอื่น)",
    "The file changed on disk":
        "ไฟล์ถูกเปลี่ยนแปลง",
    "_Keep Mine":
        "_เก็บฉบับของฉัน",
    "_Load From Disk":
        "โ_หลดฉบับในเครื่อง",
    "Could not save “%s”":
        "บันทึก “%s” ไม่ได้",
    "Saved":
        "บันทึกแล้ว",
    "Sujarit plans":
        "แผนของสุจริต",
    "Save the Plan":
        "บันทึกแผน",
    "_Save":
        "_บันทึก",
    "Anti-corruption plan %s.sujarit":
        "แผนปฏิบัติการป้องกันการทุจริต %s.sujarit",
    "Could not export the PDF":
        "ส่งออก PDF ไม่ได้",
    "The plan book was exported as “%s”":
        "ส่งออกเล่มแผนเป็น “%s” แล้ว",
    "_Open":
        "_เปิด",
    "Exporting the plan book…":
        "กำลังส่งออกเล่มแผน…",
    "Export the Plan Book":
        "ส่งออกเล่มแผน",
    "_Export":
        "_ส่งออก",
    "PDF documents":
        "เอกสาร PDF",
    "plan.pdf":
        "แผน.pdf",
    "Open a Plan":
        "เปิดแผน",
    "Undone: %s":
        "เลิกทำแล้ว: %s",
    "“%s” has changes that are not saved. If you close without saving, they are lost.":
        "“%s” มีการแก้ไขที่ยังไม่ได้บันทึก หากปิดโดยไม่บันทึก การแก้ไขจะหายไป",
    "Save Changes?":
        "บันทึกการแก้ไขหรือไม่",
    "Part 2: budget of each project, year by year":
        "ส่วนที่ 2: งบประมาณของแต่ละโครงการ รายปี",
    "Type an amount in a cell (Thai or Arabic digits, with or without commas); leave it empty for no budget. A block of cells copied from a spreadsheet can be pasted with Ctrl+V. Subtotals and totals follow as you type.":
        "พิมพ์จำนวนเงินในช่อง (เลขไทยหรือเลขอารบิก มีหรือไม่มีจุลภาคก็ได้) เว้นว่างหากไม่ใช้งบประมาณ วางข้อมูลหลายช่องที่คัดลอกจากตารางคำนวณได้ด้วย Ctrl+V ยอดรวมย่อยและยอดรวมปรับตามทันที",
    "_Add Project":
        "เ_พิ่มโครงการ",
    "Add a project to the mission of the selected row":
        "เพิ่มโครงการในภารกิจของแถวที่เลือก",
    "Budget table of Part 2":
        "ตารางงบประมาณส่วนที่ 2",
    "Move to another mission":
        "ย้ายไปภารกิจอื่น",
    "Delete the project":
        "ลบโครงการ",
    "1. Title of the project":
        "1. ชื่อโครงการ",
    "Title of the project":
        "ชื่อโครงการ",
    "The project":
        "โครงการ",
    "Kind":
        "ประเภท",
    "Counted as projects, activities or measures in the preface and the totals":
        "ใช้นับจำนวนโครงการ กิจกรรม หรือมาตรการ ในคำนำและยอดรวม",
    "Responsible unit":
        "หน่วยงานรับผิดชอบ",
    "Responsible (field 8, when more precise than the unit)":
        "ผู้รับผิดชอบ (ข้อ 8 กรณีระบุละเอียดกว่าหน่วยงาน)",
    "Note after the title (Part 2 only)":
        "หมายเหตุท้ายชื่อ (เฉพาะส่วนที่ 2)",
    "Remark column of Part 2":
        "ช่องหมายเหตุในส่วนที่ 2",
    "Years and budget":
        "ปีที่ดำเนินการและงบประมาณ",
    "Tick the years the project runs. An empty amount means no budget (ไม่ใช้งบประมาณ), which differs from 0. Amounts may be typed with Thai digits and commas.":
        "เลือกปีที่ดำเนินการ ช่องงบประมาณว่างหมายถึงไม่ใช้งบประมาณ ซึ่งต่างจาก 0 พิมพ์จำนวนเงินเป็นเลขไทยและมีจุลภาคได้",
    "Funding line":
        "แหล่งงบประมาณ",
    "A project of the local development plan that pays for it; its money is counted once":
        "โครงการในแผนพัฒนาท้องถิ่นที่เป็นแหล่งงบประมาณ นับเงินเพียงครั้งเดียว",
    "Sub-items of the frame":
        "ข้อย่อยตามกรอบ",
    "The sub-items (x.y.z) of the mission this project serves":
        "ข้อย่อย (x.y.z) ของภารกิจที่โครงการนี้ดำเนินการ",
    "How many people are targeted":
        "จำนวนกลุ่มเป้าหมาย",
    "Number (0 when not counted)":
        "จำนวน (0 คือไม่ได้ระบุจำนวน)",
    "Counted in (คน, ครัวเรือน …)":
        "หน่วยนับ (คน, ครัวเรือน …)",
    "What was reported for each fiscal year":
        "ผลที่รายงานในแต่ละปีงบประมาณ",
    "Add a year":
        "เพิ่มปี",
    "Paragraph":
        "ย่อหน้า",
    "Indented paragraph":
        "ย่อหน้าเยื้องบรรทัดแรก",
    "Numbered 1) 2) 3)":
        "ลำดับเลข 1) 2) 3)",
    "Numbered 1.1) 1.2) under the item above":
        "ลำดับเลข 1.1) 1.2) ใต้ข้อด้านบน",
    "Numbered (1) (2) (3)":
        "ลำดับเลข (1) (2) (3)",
    "Numbered 1. 2. 3.":
        "ลำดับเลข 1. 2. 3.",
    "Thai letters ก. ข. ค.":
        "ลำดับอักษร ก. ข. ค.",
    "Dashes -":
        "ขีด -",
    "Bullets •":
        "จุด •",
    "Computed from the plan":
        "คำนวณจากแผน",
    "Name of the organisation":
        "ชื่อหน่วยงาน",
    "Number of projects":
        "จำนวนโครงการ",
    "Number of dimensions":
        "จำนวนมิติ",
    "Total budget of the plan":
        "งบประมาณรวมของแผน",
    "Budget per year (when the same every year)":
        "งบประมาณต่อปี (กรณีเท่ากันทุกปี)",
    "Period of the plan (2566 – 2570)":
        "ช่วงปีของแผน (2566 – 2570)",
    "First year":
        "ปีแรก",
    "Last year":
        "ปีสุดท้าย",
    "Of dimension 1 to 4":
        "ของมิติที่ 1 ถึง 4",
    "Projects of dimension 1":
        "จำนวนโครงการมิติที่ 1",
    "Projects of dimension 2":
        "จำนวนโครงการมิติที่ 2",
    "Projects of dimension 3":
        "จำนวนโครงการมิติที่ 3",
    "Projects of dimension 4":
        "จำนวนโครงการมิติที่ 4",
    "Budget of dimension 1":
        "งบประมาณมิติที่ 1",
    "Budget of dimension 2":
        "งบประมาณมิติที่ 2",
    "Budget of dimension 3":
        "งบประมาณมิติที่ 3",
    "Budget of dimension 4":
        "งบประมาณมิติที่ 4",
    "Bold (Ctrl+B)":
        "ตัวหนา (Ctrl+B)",
    "Paragraph or list style":
        "ย่อหน้าหรือรูปแบบรายการ",
    "Outdent (Shift+Tab)":
        "ลดการเยื้อง (Shift+Tab)",
    "Indent (Tab in a list)":
        "เพิ่มการเยื้อง (Tab ในรายการ)",
    "Insert a figure computed from the plan":
        "แทรกตัวเลขที่คำนวณจากแผน",
    "Insert a small table":
        "แทรกตารางขนาดเล็ก",
    "Add row":
        "เพิ่มแถว",
    "Add column":
        "เพิ่มคอลัมน์",
    "Remove last row":
        "ลบแถวสุดท้าย",
    "Remove last column":
        "ลบคอลัมน์สุดท้าย",
    "Signed on":
        "ลงวันที่",
    "Printed below the preface with the organisation’s name":
        "พิมพ์ใต้คำนำพร้อมชื่อหน่วยงาน",
    "Write, check and print the anti-corruption action plan of your local government. Every total, count and number is computed for you.":
        "จัดทำ ตรวจสอบ และพิมพ์แผนปฏิบัติการป้องกันการทุจริตของหน่วยงานท่าน ยอดรวม จำนวน และลำดับเลขทุกรายการคำนวณให้อัตโนมัติ",
    "_New Plan":
        "สร้างแผน_ใหม่",
    "_Open a Plan…":
        "_เปิดแผน…",
    "Recent plans":
        "แผนที่เปิดล่าสุด",
    "Example plans":
        "แผนตัวอย่าง",
    "Real plans of three municipalities, to look around and to start from":
        "แผนจริงของเทศบาลสามแห่ง สำหรับศึกษาและใช้เป็นต้นแบบ",
    "Khon Kaen City Municipality":
        "เทศบาลนครขอนแก่น",
    "56 projects, SWOT analysis with strategies, risk table":
        "56 โครงการ มีการวิเคราะห์ SWOT พร้อมกลยุทธ์ และตารางความเสี่ยง",
    "Kalasin Town Municipality":
        "เทศบาลเมืองกาฬสินธุ์",
    "30 projects, Thai digits, shared funding lines":
        "30 โครงการ ใช้เลขไทย มีแหล่งงบประมาณร่วม",
    "Nakhon Si Thammarat City Municipality":
        "เทศบาลนครนครศรีธรรมราช",
    "47 projects, responsible units, E-PlanNACC annex":
        "47 โครงการ ระบุหน่วยงานรับผิดชอบ มีภาคผนวก E-PlanNACC",
    "_Open…":
        "_เปิด…",
    "Open an _Example Plan":
        "เปิดแผน_ตัวอย่าง",
    "Save _As…":
        "บันทึกเป็น…",
    "_Export PDF…":
        "_ส่งออก PDF…",
    "_Preferences":
        "_กำหนดลักษณะ",
    "_About Sujarit":
        "เ_กี่ยวกับสุจริต",
    "_Close Window":
        "ปิ_ดหน้าต่าง",
    "Open a plan (Ctrl+O)":
        "เปิดแผน (Ctrl+O)",
    "Undo (Ctrl+Z)":
        "เลิกทำ (Ctrl+Z)",
    "Redo (Shift+Ctrl+Z)":
        "ทำซ้ำ (Shift+Ctrl+Z)",
    "Main menu":
        "เมนูหลัก",
    "Export the plan book as PDF":
        "ส่งออกเล่มแผนเป็น PDF",
    "Save the plan (Ctrl+S)":
        "บันทึกแผน (Ctrl+S)",
    "Outline of the plan":
        "โครงร่างของแผน",
    "Level not given yet: open to set it":
        "ยังไม่ได้ระบุระดับ: เลือกเพื่อกำหนด",
    "Level: %s":
        "ระดับ: %s",
    "Project copied":
        "คัดลอกโครงการแล้ว",
    "The clipboard holds no project of Sujarit":
        "คลิปบอร์ดไม่มีโครงการของสุจริต",
    "Paste a project":
        "วางโครงการ",
    "Select a mission or a project to paste a project there":
        "เลือกภารกิจหรือโครงการก่อน เพื่อวางโครงการไว้ที่นั่น",
    "the clipboard":
        "คลิปบอร์ด",
    "The clipboard does not hold one project":
        "คลิปบอร์ดไม่ได้มีโครงการหนึ่งโครงการ",
    "The unit “%s” is not in this plan.\n":
        "หน่วยงาน “%s” ไม่มีในแผนนี้\n",
    "The funding line “%s” is not in this plan.\n":
        "แหล่งงบประมาณ “%s” ไม่มีในแผนนี้\n",
    "The selected project":
        "โครงการที่เลือก",
    "Cu_t":
        "_ตัด",
    "_Copy":
        "_คัดลอก",
    "_Paste":
        "_วาง",
    "Move _Up (Alt+Up)":
        "เลื่อน_ขึ้น (Alt+Up)",
    "Move _Down (Alt+Down)":
        "เลื่อน_ลง (Alt+Down)",
    "hint":
        "ข้อสังเกต",
    "text (the default) or json: one object with the counts and, for each finding, its rule, severity, message, location and path":
        "text (ค่าเริ่มต้น) หรือ json: วัตถุเดียวที่มีจำนวนที่พบ และของแต่ละรายการ: กฎ ระดับ ข้อความ ตำแหน่ง และเส้นทางในไฟล์",
    "FORMAT":
        "รูปแบบ",
    "Checks the plan and lists what is wrong or worth a look: errors, warnings and hints.\nThe exit status is 1 when the plan has errors.":
        "ตรวจแผนและแสดงรายการสิ่งที่ผิดหรือควรตรวจทาน: ข้อผิดพลาด ข้อควรตรวจ และข้อสังเกต\nสถานะการจบเป็น 1 เมื่อแผนมีข้อผิดพลาด",
    "--format must be text or json, not “%s”":
        "--format ต้องเป็น text หรือ json ไม่ใช่ “%s”",
    "%s: %u errors, %u warnings, %u hints\n":
        "%s: ข้อผิดพลาด %u รายการ ข้อควรตรวจ %u รายการ ข้อสังเกต %u รายการ\n",
    "Print comma-separated values: dimension, projects, projects, measures and activities by type, each fiscal year, the whole period; then the total row":
        "พิมพ์เป็นค่าคั่นด้วยจุลภาค: มิติ จำนวนทั้งหมด จำนวนโครงการ มาตรการ และกิจกรรม งบประมาณแต่ละปี และรวมทุกปี แล้วตามด้วยแถวรวมทั้งสิ้น",
    "by type":
        "แยกตามประเภท",
    "A strategy cites a SWOT code that is not defined":
        "กลยุทธ์อ้างรหัส SWOT ที่ไม่มีในตาราง",
    "Two SWOT items have the same code":
        "รหัส SWOT ซ้ำกัน",
    "A SWOT code does not match its quadrant":
        "รหัส SWOT ไม่ตรงกับประเภท",
    "A risk control measure is linked to no project of the plan":
        "มาตรการควบคุมความเสี่ยงไม่ได้เชื่อมกับโครงการในแผน",
    "A risk control measure is linked to a project that is no longer in the plan":
        "มาตรการควบคุมความเสี่ยงเชื่อมกับโครงการที่ไม่อยู่ในแผนแล้ว",
    "A risk has no level":
        "ความเสี่ยงยังไม่ได้ระบุระดับ",
    "Template text or a choice of the template was left in":
        "ยังมีข้อความหรือตัวเลือกของแม่แบบที่ไม่ได้แก้ไข",
    "A target or indicator lacks its number":
        "ค่าเป้าหมายหรือตัวชี้วัดยังไม่มีตัวเลข",
    "A quotation mark or bracket is opened and not closed, or closed and not opened":
        "เครื่องหมายอัญประกาศหรือวงเล็บเปิดแล้วไม่ปิด หรือปิดโดยไม่มีเปิด",
    "The text names another organisation (or misspells this one)":
        "พบชื่อหน่วยงานอื่น (หรือชื่อหน่วยงานสะกดผิด)",
    "Terms of another kind of local government":
        "ใช้คำของ อปท. ประเภทอื่น",
    "Characters of a script a Thai plan does not use (often left by OCR)":
        "มีอักขระของภาษาที่แผนไม่ได้ใช้ (มักเกิดจากการแปลงภาพเป็นข้อความ)",
    "A fact in the text has no value in this plan":
        "ข้อมูลที่อ้างในข้อความไม่มีค่าในแผนนี้",
    "A count or total typed into the text differs from the computed one":
        "จำนวนหรือยอดรวมที่พิมพ์ในข้อความไม่ตรงกับที่คำนวณได้",
    "The same target is given different values in different places":
        "ค่าเป้าหมายเดียวกันระบุไว้ไม่ตรงกันในแต่ละที่",
    "The years typed in a title differ from the years the project runs":
        "ปีที่พิมพ์ในชื่อโครงการไม่ตรงกับปีที่ดำเนินการ",
    "The years typed in the duration differ from the years the project runs":
        "ปีที่พิมพ์ในระยะเวลาดำเนินการไม่ตรงกับปีที่ดำเนินการ",
    "A project without a budget has a budget note or a funding line":
        "โครงการที่ไม่ใช้งบประมาณมีรายละเอียดงบประมาณหรือแหล่งงบประมาณ",
    "A project has a budget in a year but no quarter scheduled":
        "โครงการมีงบประมาณแต่ไม่ได้กำหนดไตรมาสที่ดำเนินการ",
    "A required field is empty":
        "ยังไม่ได้กรอกข้อมูลที่จำเป็น",
    "Fields of a project form are empty":
        "รายละเอียดโครงการยังกรอกไม่ครบ",
    "A person is listed twice in a committee":
        "มีรายชื่อกรรมการซ้ำ",
    "The same person seems to be written differently":
        "ชื่อบุคคลเดียวกันอาจสะกดต่างกัน",
    "An amount of money is negative":
        "จำนวนเงินติดลบ",
    "An amount of money is implausibly large":
        "จำนวนเงินสูงผิดปกติ",
    "More was disbursed than budgeted":
        "เบิกจ่ายเกินงบประมาณ",
    "A project runs in a year outside the plan":
        "โครงการมีปีที่อยู่นอกช่วงของแผน",
    "A year is entered twice for a project":
        "ปีงบประมาณของโครงการซ้ำกัน",
    "A project refers to a unit, funding line or sub-item that is not in the plan":
        "โครงการอ้างถึงหน่วยงาน แหล่งงบประมาณ หรือข้อย่อยที่ไม่มีในแผน",
    "Two projects have the same title":
        "ชื่อโครงการซ้ำกัน",
    "A funding line is used by no project":
        "แหล่งงบประมาณไม่ได้ใช้กับโครงการใด",
    "The emblem is not a PNG image":
        "ตราสัญลักษณ์ไม่ใช่ไฟล์ภาพ PNG",
    "A total is too large to be computed exactly":
        "ยอดรวมงบประมาณสูงเกินกว่าจะคำนวณได้ถูกต้อง",
    "Title":
        "ชื่อเรื่อง",
    "Benefits":
        "ประโยชน์",
    "Environment analysis":
        "การวิเคราะห์สภาพแวดล้อม",
    "Target group":
        "กลุ่มเป้าหมาย",
    "Method":
        "วิธีดำเนินการ",
    "Duration":
        "ระยะเวลาดำเนินการ",
    "Budget":
        "งบประมาณดำเนินการ",
    "Responsible":
        "ผู้รับผิดชอบโครงการ",
    "Outputs":
        "ผลผลิต",
    "Outcomes":
        "ผลลัพธ์",
    "Remark (Part 2)":
        "หมายเหตุ (ส่วนที่ 2)",
    "Note after the title (Part 2)":
        "หมายเหตุท้ายชื่อ (ส่วนที่ 2)",
    "Body":
        "เนื้อความ",
    "Duties":
        "หน้าที่",
    "Role":
        "บทบาท",
    "Slogan":
        "คำขวัญ",
    "Organisation":
        "หน่วยงาน",
    "Settings":
        "การตั้งค่า",
    "Label":
        "ชื่อหัวข้อ",
    "Caption of the forms":
        "หัวของรายละเอียดโครงการ",
    "Dimension %u":
        "มิติที่ %u",
    "No. %u":
        "ลำดับที่ %u",
    "Strategy %u":
        "กลยุทธ์ที่ %u",
    "Risk %u":
        "ความเสี่ยงลำดับที่ %u",
    "Issue %u":
        "ประเด็นที่ %u",
    "Measure %u":
        "มาตรการที่ %u",
    "Member %u":
        "กรรมการลำดับที่ %u",
    "Order %u":
        "คำสั่งที่ %u",
    "Target row %u":
        "ค่าเป้าหมายแถวที่ %u",
    "Section %u":
        "หัวข้อที่ %u",
    "Funding line %u":
        "แหล่งงบประมาณที่ %u",
    "Sub-item %u":
        "ข้อย่อยที่ %u",
    "%s %u":
        "%s ที่ %u",
    "Project “%s”":
        "โครงการ “%s”",
    "Dimension %u › %u.%u › No. %u":
        "มิติที่ %u › %u.%u › ลำดับที่ %u",
    "Order %u “%s”":
        "คำสั่งที่ %u “%s”",
    "The cases of the template were left in: “%s”; keep the text of the case that applies":
        "ยังมีกรณีของแม่แบบที่ไม่ได้เลือก “%s” ให้คงไว้เฉพาะข้อความของกรณีที่ตรงกับหน่วยงาน",
    "Template text was never filled in: “%s”":
        "ยังมีข้อความแม่แบบที่ไม่ได้กรอก “%s”",
    "A choice of the template was left in: “%s”; keep the word of this organisation":
        "ยังมีตัวเลือกของแม่แบบที่ไม่ได้เลือก “%s” ให้คงไว้เฉพาะคำของหน่วยงานนี้",
    "The number is missing: “%s”":
        "ยังไม่ได้ใส่ตัวเลข: “%s”",
    "“%s” is closed here but was never opened":
        "“%s” มีเครื่องหมายปิดโดยไม่มีเครื่องหมายเปิด",
    "“%s” is opened here but never closed":
        "“%s” มีเครื่องหมายเปิดแต่ไม่มีเครื่องหมายปิด",
    "The quotation mark of “%s” is never closed":
        "อัญประกาศของ “%s” ไม่มีเครื่องหมายปิด",
    "“%s” holds a character of another script (%s), probably left by OCR; retype the word":
        "“%s” มีอักขระของภาษาอื่น (%s) ซึ่งอาจเกิดจากการแปลงภาพเป็นข้อความ ให้พิมพ์คำนี้ใหม่",
    "“%s” looks like a misspelling of %s":
        "“%s” น่าจะเป็นชื่อ%sที่สะกดผิด",
    "“%s” is not the name of %s: another organisation's name, or a misspelling":
        "พบชื่อ “%s” ซึ่งไม่ใช่ชื่อของ%s (อาจเป็นชื่อหน่วยงานอื่นหรือสะกดผิด)",
    "%s are terms of another kind of local government; a %s uses %s":
        "ใช้คำ %s ซึ่งเป็นคำของ อปท. ประเภทอื่น; %sใช้ %s",
    "The text says %s %s, but the plan has %s; use the fact counts-by-type to print the computed count":
        "ข้อความระบุ %s %s แต่แผนมี%s ใช้ข้อมูล “จำนวนแยกตามประเภท” เพื่อพิมพ์จำนวนที่คำนวณได้",
    "The text says a budget of %s baht, which is no total of the plan (the whole plan: %s baht); use the facts total or dimension-N-total":
        "ข้อความระบุงบประมาณ %s บาท ซึ่งไม่ตรงกับยอดรวมใดของแผน (ทั้งแผน %s บาท) ใช้ข้อมูล “งบประมาณรวม” หรือ “งบประมาณของมิติ” แทน",
    "The ITA target here is %s, but the target table gives %s":
        "ค่าเป้าหมาย ITA ที่นี่คือ %s แต่ตารางค่าเป้าหมายระบุ %s",
    "The ITA target here is %s, but %s under %s":
        "ค่าเป้าหมาย ITA ที่นี่คือ %s แต่ระบุเป็น %s ที่ %s",
    "The fact %s has a value only in a project's form; here it prints “%s”":
        "ข้อมูล %s มีค่าเฉพาะในรายละเอียดโครงการ ที่นี่จะพิมพ์เป็น “%s”",
    "The fact %s has no value in this plan (a dimension it does not have, or yearly totals that differ); it prints “%s”":
        "ข้อมูล %s ไม่มีค่าในแผนนี้ (อ้างมิติที่ไม่มี หรืองบประมาณแต่ละปีไม่เท่ากัน) จะพิมพ์เป็น “%s”",
    "Environment analysis › %s":
        "การวิเคราะห์สภาพแวดล้อม › %s",
    "A SWOT item has no code":
        "รายการ SWOT ยังไม่มีรหัส",
    "The code %s is used for more than one item":
        "รหัส %s ใช้ซ้ำกันมากกว่าหนึ่งรายการ",
    "The code %s stands in the quadrant of %s":
        "รหัส %s อยู่ในช่อง%s",
    "Strategy %u cites %s, which is not defined in the SWOT tables":
        "กลยุทธ์ที่ %u อ้างถึง %s ซึ่งไม่มีในตารางวิเคราะห์สภาพแวดล้อม",
    "Risk %u › Issue %u":
        "ความเสี่ยงลำดับที่ %u › ประเด็นที่ %u",
    "Risk %u.%u has no level (very low … very high)":
        "ความเสี่ยง %u.%u ยังไม่ได้ระบุระดับ (ต่ำมาก … สูงมาก)",
    "Risk %u › Measure %u":
        "ความเสี่ยงลำดับที่ %u › มาตรการที่ %u",
    "The measure “%s” is linked to no project of the plan":
        "มาตรการ “%s” ไม่ได้เชื่อมกับโครงการใดในแผน",
    "The measure “%s” is linked to a project that is no longer in the plan":
        "มาตรการ “%s” เชื่อมกับโครงการที่ไม่อยู่ในแผนแล้ว",
    "The amount of %u is negative (%s baht)":
        "จำนวนเงินปี %u ติดลบ (%s บาท)",
    "The amount of %u is implausibly large (%s baht)":
        "จำนวนเงินปี %u สูงผิดปกติ (%s บาท)",
    "The title names the years %s, but the project runs in %s; choose the years after the title to have them printed from the years it runs":
        "ชื่อโครงการระบุปี %s แต่โครงการดำเนินการในปี %s เลือก “ปีท้ายชื่อ” เพื่อให้พิมพ์ปีจากปีที่ดำเนินการ",
    "The duration names the years %s, but the project runs in %s":
        "ระยะเวลาดำเนินการระบุปี %s แต่โครงการดำเนินการในปี %s",
    "The project has no budget, yet its budget note says “%s”":
        "โครงการไม่ใช้งบประมาณ แต่รายละเอียดงบประมาณระบุว่า “%s”",
    "The project has no budget, yet it is classified under the funding line “%s”":
        "โครงการไม่ใช้งบประมาณ แต่จัดอยู่ในแหล่งงบประมาณ “%s”",
    "A project has no title":
        "โครงการยังไม่มีชื่อ",
    "The title is the same as that of project %u":
        "ชื่อโครงการซ้ำกับลำดับที่ %u",
    "The project has no responsible unit":
        "ยังไม่ได้ระบุหน่วยงานผู้รับผิดชอบโครงการ",
    "The responsible unit is not in the plan's list of units":
        "หน่วยงานผู้รับผิดชอบไม่อยู่ในทะเบียนหน่วยงานของแผน",
    "The project's funding line is not in the plan":
        "แหล่งงบประมาณของโครงการไม่อยู่ในแผน",
    "The project refers to a sub-item outside its mission":
        "โครงการอ้างถึงข้อย่อยที่ไม่อยู่ในภารกิจของโครงการ",
    "The year %u is outside the plan (%u – %u)":
        "ปีงบประมาณ %u อยู่นอกช่วงของแผน (%u – %u)",
    "The year %u is entered twice":
        "ปีงบประมาณ %u ถูกกรอกซ้ำ",
    "There is a budget in %u but no quarter is scheduled":
        "มีงบประมาณปี %u แต่ยังไม่ได้กำหนดไตรมาสที่ดำเนินการ",
    "In %u, %s baht were disbursed against a budget of %s baht":
        "ปี %u เบิกจ่าย %s บาท เกินงบประมาณ %s บาท",
    "Empty fields of the form: %s":
        "ยังไม่ได้กรอก: %s",
    "Part 2":
        "ส่วนที่ 2",
    "The plan has no dimensions and projects":
        "แผนยังไม่มีมิติและโครงการ",
    "Dimension %u has no name":
        "มิติที่ %u ยังไม่มีชื่อ",
    "Dimension %u › %u.%u":
        "มิติที่ %u › %u.%u",
    "Mission %u.%u has no name":
        "ภารกิจ %u.%u ยังไม่มีชื่อ",
    "The budget totals of the plan are too large to be computed exactly (over 92 quadrillion baht); check the amounts entered":
        "ยอดรวมงบประมาณของแผนสูงเกินกว่าจะคำนวณได้ถูกต้อง (เกิน 92 ล้านล้านล้านบาท) ตรวจสอบจำนวนเงินที่กรอก",
    "Funding line “%s”":
        "แหล่งงบประมาณ “%s”",
    "The funding line “%s” is used by no project":
        "แหล่งงบประมาณ “%s” ไม่ได้ใช้กับโครงการใด",
    "Signatory of the announcement “%s”":
        "ผู้ลงนามประกาศ “%s”",
    "Signatory of %s":
        "ผู้ลงนาม%s",
    "Signatories":
        "รายชื่อผู้ลงนาม",
    "“%s” is listed again (already member %u)":
        "“%s” มีชื่อซ้ำกับกรรมการลำดับที่ %u",
    "“%s” (%s) and “%s” (%s) may be the same person written differently":
        "“%s” (%s) และ “%s” (%s) อาจเป็นบุคคลเดียวกันที่สะกดต่างกัน",
    "The name of the organisation is empty":
        "ยังไม่ได้กรอกชื่อองค์กรปกครองส่วนท้องถิ่น",
    "Organisation › Emblem":
        "หน่วยงาน › ตราสัญลักษณ์",
    "The emblem is not a PNG image, so the cover is printed without it":
        "ตราสัญลักษณ์ไม่ใช่ไฟล์ภาพ PNG จึงพิมพ์ปกโดยไม่มีตรา",
    "The announcement has no title":
        "ประกาศยังไม่มีชื่อเรื่อง",
    "The announcement has no signatory":
        "ประกาศยังไม่มีผู้ลงนาม",
    "The order has no signatory":
        "คำสั่งยังไม่มีผู้ลงนาม",
    "the id is empty; give it a name such as p12 or unit-finance":
        "รหัสอ้างอิง (id) ว่างเปล่า ให้ตั้งชื่อ เช่น p12 หรือ unit-finance",
    " (write it without thousands separators, decimals after a point: 1500.50)":
        " (ให้เขียนโดยไม่มีจุลภาคคั่นหลักพัน และใช้จุดทศนิยม เช่น 1500.50)",
    " (write it in Arabic digits)":
        " (ให้เขียนด้วยเลขอารบิก)",
    "%s must be an amount in baht like 138000 or 1500.50, not “%s”%s":
        "%s ต้องเป็นจำนวนเงินบาท เช่น 138000 หรือ 1500.50 ไม่ใช่ “%s”%s",
    "%s: “%s” has a Buddhist-Era year; dates in the file are of the Common Era (%u for พ.ศ. %u)":
        "%s: “%s” เป็นปีพุทธศักราช วันที่ในไฟล์ใช้คริสต์ศักราช (%u สำหรับ พ.ศ. %u)",
    "%s: the year of “%s” cannot be meant; dates are written like 2022-09-29":
        "%s: ปีของ “%s” เป็นไปไม่ได้ วันที่เขียนแบบ 2022-09-29",
    "“%s” is not a fact; facts are organisation, project-count, counts-by-type, total, period, dimension-N-count … (FORMAT.md)":
        "“%s” ไม่ใช่ชื่อข้อมูลที่รู้จัก ชื่อที่ใช้ได้คือ organisation, project-count, counts-by-type, total, period, dimension-N-count … (ดู FORMAT.md)",
    "the years after the title":
        "ปีท้ายชื่อโครงการ",
    "None":
        "ไม่พิมพ์",
    "ประจำปีงบประมาณ พ.ศ. 2566 – 2570":
        "ประจำปีงบประมาณ พ.ศ. 2566 – 2570",
    "ประจำปี 2567 และ 2569":
        "ประจำปี 2567 และ 2569",
    "SWOT analysis (Part 1)":
        "การวิเคราะห์ SWOT (ส่วนที่ 1)",
    "Risk levels (Part 1)":
        "ระดับความเสี่ยง (ส่วนที่ 1)",
    "ITA targets (Part 1)":
        "ค่าเป้าหมาย ITA (ส่วนที่ 1)",
    "Budget by dimension and year (Part 2)":
        "งบประมาณแยกตามมิติและปี (ส่วนที่ 2)",
    "Edit the charts that are printed":
        "แก้ไขแผนภูมิที่พิมพ์",
    "Caption above each form (may be empty)":
        "หัวเรื่องเหนือรายละเอียดโครงการแต่ละโครงการ (เว้นว่างได้)",
    "Word before the number of a form":
        "คำนำหน้าลำดับของรายละเอียดโครงการ",
    "Appendix":
        "ภาคผนวก",
    "Order of the documents":
        "ลำดับของเอกสาร",
    "Committee members are numbered":
        "รูปแบบลำดับรายชื่อกรรมการ",
    "Charts":
        "แผนภูมิ",
    "The charts printed with their parts":
        "แผนภูมิที่พิมพ์ในแต่ละส่วน",
    "Checker":
        "การตรวจแผน",
    "Note risk measures linked to no project":
        "แจ้งมาตรการควบคุมความเสี่ยงที่ไม่ได้เชื่อมกับโครงการ",
    "Turn off when the risk table is free text":
        "ปิดได้เมื่อตารางความเสี่ยงเขียนเป็นข้อความอิสระ",
    "หน่วยงานที่รับผิดชอบ, printed as a field of its own (may be empty)":
        "หน่วยงานที่รับผิดชอบ พิมพ์เป็นหัวข้อแยก (เว้นว่างได้)",
    "Years after the title":
        "ปีท้ายชื่อโครงการ",
    "Printed from the years the project runs, so they always agree":
        "พิมพ์จากปีที่โครงการดำเนินการ จึงตรงกันเสมอ",
    "Parts 2 and 3: projects":
        "ส่วนที่ 2 และ 3: โครงการ",
    "The plan":
        "แผน",
    "%u error to mend":
        "ข้อผิดพลาดที่ต้องแก้ %u รายการ",
    "%u warning worth a look":
        "ข้อควรตรวจ %u รายการ",
    "%u hint":
        "ข้อสังเกต %u รายการ",
    "%u · %u · %u":
        "%u · %u · %u",
    "Errors · warnings · hints":
        "ข้อผิดพลาด · ข้อควรตรวจ · ข้อสังเกต",
    "The plan has changed since it was checked; the checker will look again":
        "แผนเปลี่ยนไปหลังการตรวจ โปรแกรมจะตรวจใหม่อีกครั้ง",
    "Show hints too":
        "แสดงข้อสังเกตด้วย",
    "Hide the checker (F8)":
        "ซ่อนการตรวจแผน (F8)",
    "What the checker found":
        "สิ่งที่การตรวจแผนพบ",
    "Nothing to Mend":
        "ไม่มีสิ่งที่ต้องแก้ไข",
    "The checker finds no error, warning or hint in this plan.":
        "การตรวจแผนไม่พบข้อผิดพลาด ข้อควรตรวจ หรือข้อสังเกตในแผนนี้",
    "Checker (F8)":
        "การตรวจแผน (F8)",
    "Show what the checker found (F8)":
        "แสดงสิ่งที่การตรวจแผนพบ (F8)",
    "%s (%u/%u)":
        "%s (%u/%u)",
    "%u/%u":
        "%u/%u",
    "Printed page %s: page %u of the %u of the book":
        "หน้า %s ของเล่ม: หน้าที่ %u จาก %u",
    "Page %u of the %u of the book":
        "หน้าที่ %u จาก %u ของเล่ม",
    "The page as it will be printed":
        "หน้ากระดาษตามที่จะพิมพ์",
    "Cannot Print the Plan":
        "พิมพ์แผนไม่ได้",
    "… and more in the checker.":
        "… และรายการอื่นในการตรวจแผน",
    "The checker found %u error in the plan:%s":
        "การตรวจแผนพบข้อผิดพลาด %u รายการ:%s",
    "Print a Plan with Errors?":
        "พิมพ์แผนที่ยังมีข้อผิดพลาดหรือไม่",
    "_Show the Errors":
        "_ดูข้อผิดพลาด",
    "_Print Anyway":
        "_พิมพ์ต่อไป",
    "Preparing the pages for printing…":
        "กำลังเตรียมหน้ากระดาษสำหรับพิมพ์…",
    "Preview":
        "ตัวอย่างก่อนพิมพ์",
    "Laying out the book…":
        "กำลังจัดหน้าเล่มแผน…",
    "Previous page (Page Up)":
        "หน้าก่อน (Page Up)",
    "Next page (Page Down)":
        "หน้าถัดไป (Page Down)",
    "Zoom out":
        "ย่อ",
    "Fit the page to the width":
        "พอดีความกว้าง",
    "Zoom in":
        "ขยาย",
    "Hide the preview (F9)":
        "ซ่อนตัวอย่างก่อนพิมพ์ (F9)",
    "Laying Out the Book":
        "กำลังจัดหน้าเล่มแผน",
    "The pages appear here as they will be printed.":
        "หน้ากระดาษจะแสดงที่นี่ตามที่จะพิมพ์จริง",
    "_Print…":
        "_พิมพ์…",
    "Preview of the book (F9)":
        "ตัวอย่างเล่มแผนก่อนพิมพ์ (F9)",
    "When this form prints a heading in other words (empty: the usual one)":
        "เมื่อรายละเอียดโครงการนี้ใช้หัวข้อต่างจากปกติ (เว้นว่าง: ใช้หัวข้อปกติ)",
    "%u heading in other words":
        "ใช้หัวข้อต่างจากปกติ %u หัวข้อ",
    "Edit the heading of a field":
        "แก้ไขหัวข้อของรายละเอียดโครงการ",
    "Headings of the form":
        "หัวข้อของรายละเอียดโครงการ",
    "Checks that PLAN is a plan file Sujarit opens: the same checks and messages as loading it.":
        "ตรวจว่าไฟล์แผนเปิดได้ด้วยโปรแกรมสุจริต ด้วยการตรวจและข้อความเดียวกับการเปิดไฟล์",
    "Not found":
        "ไม่พบ",
    "%u match":
        "พบ %u แห่ง",
    "The plan has changed; search again":
        "แผนเปลี่ยนไปแล้ว ค้นหาอีกครั้ง",
    "Replaced %u match; Ctrl+Z puts it back":
        "แทนที่แล้ว %u แห่ง กด Ctrl+Z เพื่อย้อนกลับ",
    "No. %u “%s”":
        "ลำดับที่ %u “%s”",
    "Replace “%s” with “%s”":
        "แทนที่ “%s” ด้วย “%s”",
    "Find in the plan":
        "ค้นหาในแผน",
    "Close (Esc)":
        "ปิด (Esc)",
    "Replace with":
        "แทนที่ด้วย",
    "Replace _All":
        "แทนที่_ทั้งหมด",
    "Replace every match, as one step you can undo":
        "แทนที่ทุกแห่งที่พบ ในขั้นตอนเดียวที่ย้อนกลับได้",
    "Matches":
        "ผลการค้นหา",
    "_Find and Replace…":
        "_ค้นหาและแทนที่…",
    "Exporting the plan book… page %d of %d":
        "กำลังส่งออกเล่มแผน… หน้า %d จาก %d",
    "Laying out the plan book…":
        "กำลังจัดหน้าเล่มแผน…",
    "Export cancelled; no file was written":
        "ยกเลิกการส่งออกแล้ว ไม่มีการเขียนไฟล์",
    "The book is written as a PDF: A4, with its contents, bookmarks and links.":
        "บันทึกเล่มแผนเป็น PDF ขนาด A4 พร้อมสารบัญ ที่คั่นหน้า และลิงก์",
    "_Export…":
        "_ส่งออก…",
    "As the plan's settings say":
        "ตามการตั้งค่าของแผน",
    "Arabic digits everywhere":
        "เลขอารบิกทั้งเล่ม",
    "Thai digits everywhere":
        "เลขไทยทั้งเล่ม",
    "Show the preview":
        "แสดงตัวอย่างก่อนพิมพ์",
    "Whether windows show the preview of the book beside the editor.":
        "หน้าต่างแสดงตัวอย่างเล่มแผนข้างหน้าแก้ไขหรือไม่",
    "Show the checker":
        "แสดงการตรวจแผน",
    "Whether windows show what the checker finds beside the editor.":
        "หน้าต่างแสดงสิ่งที่การตรวจแผนพบข้างหน้าแก้ไขหรือไม่",
    "Digits of new plans":
        "ตัวเลขของแผนใหม่",
    "The digits a new plan prints in its text and tables: arabic or thai.":
        "ตัวเลขที่แผนใหม่ใช้พิมพ์ในเนื้อความและตาราง: arabic หรือ thai",
    "Typeface of new plans":
        "แบบอักษรของแผนใหม่",
    "The typeface a new plan is printed in; empty for the plan's own default.":
        "แบบอักษรที่แผนใหม่ใช้พิมพ์ เว้นว่างเพื่อใช้ค่าปกติของแผน",
    "Plans":
        "แผน",
    "New plan":
        "แผนใหม่",
    "Open a plan":
        "เปิดแผน",
    "Save":
        "บันทึก",
    "Save as":
        "บันทึกเป็น",
    "Print":
        "พิมพ์",
    "Close the window":
        "ปิดหน้าต่าง",
    "Editing":
        "การแก้ไข",
    "Undo":
        "เลิกทำ",
    "Redo":
        "ทำซ้ำ",
    "Find and replace":
        "ค้นหาและแทนที่",
    "Cut, copy, paste a project (in the outline)":
        "ตัด คัดลอก วางโครงการ (ในโครงร่างแผน)",
    "Move the selected entry up or down":
        "เลื่อนรายการที่เลือกขึ้นหรือลง",
    "Beside the editor":
        "ข้างหน้าแก้ไข",
    "Show or hide the checker":
        "แสดงหรือซ่อนการตรวจแผน",
    "Show or hide the preview":
        "แสดงหรือซ่อนตัวอย่างก่อนพิมพ์",
    "Previous or next page of the preview":
        "หน้าก่อนหรือหน้าถัดไปของตัวอย่างก่อนพิมพ์",
    "The application":
        "โปรแกรม",
    "Preferences":
        "การตั้งค่าโปรแกรม",
    "Keyboard shortcuts":
        "ปุ่มลัด",
    "Quit":
        "ออกจากโปรแกรม",
    "General":
        "ทั่วไป",
    "Show the preview of the book":
        "แสดงตัวอย่างเล่มแผนก่อนพิมพ์",
    "F9 shows and hides it":
        "กด F9 เพื่อแสดงหรือซ่อน",
    "Show what the checker finds":
        "แสดงสิ่งที่การตรวจแผนพบ",
    "F8 shows and hides it":
        "กด F8 เพื่อแสดงหรือซ่อน",
    "New plans":
        "แผนใหม่",
    "Each plan keeps its own settings; these are where a new one starts.":
        "แต่ละแผนเก็บการตั้งค่าของตนเอง ค่าเหล่านี้เป็นค่าเริ่มต้นของแผนใหม่",
    "Print Thai digits in the text and tables":
        "พิมพ์เลขไทยในเนื้อความและตาราง",
    "Typeface (empty: the usual one)":
        "แบบอักษร (เว้นว่าง: ใช้แบบปกติ)",
    "_Keyboard Shortcuts":
        "_ปุ่มลัด",
    "The name of the organisation (เทศบาลตำบลบ้านเป็ด, or บ้านเป็ด with --type)":
        "ชื่อองค์กรปกครองส่วนท้องถิ่น (เทศบาลตำบลบ้านเป็ด หรือเพียง บ้านเป็ด เมื่อระบุ --type)",
    "NAME":
        "ชื่อ",
    "Its kind: เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต. or อบจ.":
        "ประเภท: เทศบาลนคร เทศบาลเมือง เทศบาลตำบล อบต. หรือ อบจ.",
    "TYPE":
        "ประเภท",
    "Its district (อำเภอ)":
        "อำเภอที่ตั้ง",
    "Its province (จังหวัด)":
        "จังหวัดที่ตั้ง",
    "The name of its executive, who signs":
        "ชื่อผู้บริหารท้องถิ่นผู้ลงนาม",
    "The edition of the plan by its first year (2566, or 2561 for the four-year plan); default: the newest":
        "ฉบับของแผนตามปีแรก (2566 หรือ 2561 สำหรับแผน 4 ปี) ค่าเริ่มต้นคือฉบับล่าสุด",
    "YEAR":
        "ปี",
    "The standard projects to include: all (default), none, or library ids separated by commas (see “library search”)":
        "โครงการมาตรฐานที่จะใส่: all (ทั้งหมด ค่าเริ่มต้น) none (ไม่ใส่) หรือรหัสในคลังโครงการคั่นด้วยจุลภาค (ดู “library search”)",
    "Replace OUT if it exists":
        "เขียนทับ OUT หากมีไฟล์อยู่แล้ว",
    "OUT.sujarit":
        "ไฟล์ผลลัพธ์.sujarit",
    "Makes a new plan from the catalogue: the frame of the edition, every standard text written for the organisation and its kind, its standard units and committee, and the standard projects.":
        "สร้างแผนใหม่จากคลังข้อมูล: กรอบมิติและภารกิจของฉบับนั้น ข้อความมาตรฐานทุกส่วนที่เขียนสำหรับองค์กรและประเภทขององค์กร หน่วยงานและคณะกรรมการมาตรฐาน และโครงการมาตรฐาน",
    "--org and --type are required":
        "ต้องระบุ --org และ --type",
    "--type must be เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, อบต. or อบจ., not “%s”":
        "--type ต้องเป็น เทศบาลนคร เทศบาลเมือง เทศบาลตำบล อบต. หรือ อบจ. ไม่ใช่ “%s”",
    "%s exists already; give --force to replace it":
        "มีไฟล์ %s อยู่แล้ว ระบุ --force หากต้องการเขียนทับ",
    "%s: a plan of %s, %u projects\n":
        "%s: แผนของ%s จำนวน %u โครงการ\n",
    "Only the projects of this edition (2566 …)":
        "เฉพาะโครงการของแผนฉบับนี้ (2566 …)",
    "search TEXT":
        "search ข้อความ",
    "Lists the standard projects of the library whose title or text holds TEXT (any part of a word), best first; “library search ''” lists them all.":
        "แสดงโครงการมาตรฐานในคลังที่ชื่อหรือเนื้อหามีข้อความที่ค้น (ส่วนใดของคำก็ได้) เรียงจากที่ตรงที่สุด “library search ''” แสดงทั้งหมด",
    "unknown library command “%s” (search)":
        "ไม่รู้จักคำสั่งคลังโครงการ “%s” (ใช้ search)",
    "No standard project holds “%s”.\n":
        "ไม่พบโครงการมาตรฐานที่มี “%s”\n",
    "Make a new plan from the catalogue":
        "สร้างแผนใหม่จากคลังข้อมูล",
    "Find standard projects in the library":
        "ค้นหาโครงการมาตรฐานในคลังโครงการ",
    "The catalogue of standard texts and projects is missing (%s); install Sujarit again":
        "ไม่พบคลังข้อความและโครงการมาตรฐาน (%s) กรุณาติดตั้งสุจริตใหม่",
    "The catalogue %s cannot be opened: %s":
        "เปิดคลังข้อมูล %s ไม่ได้: %s",
    "%s is not a catalogue of this version of Sujarit; install Sujarit again":
        "%s ไม่ใช่คลังข้อมูลของสุจริตรุ่นนี้ กรุณาติดตั้งสุจริตใหม่",
    "The catalogue cannot be searched: %s":
        "ค้นหาในคลังข้อมูลไม่ได้: %s",
    "The library has no project “%s”":
        "ไม่มีโครงการ “%s” ในคลังโครงการ",
    "the catalogue":
        "คลังข้อมูล",
    "The plan has no mission %s for the project “%s”":
        "แผนไม่มีภารกิจที่ %s สำหรับโครงการ “%s”",
    "The catalogue has no edition “%s”":
        "คลังข้อมูลไม่มีแผนฉบับ “%s”",
    "The catalogue holds no edition of the plan":
        "คลังข้อมูลไม่มีแผนฉบับใดเลย",
    "Your Sujarit Database Was Repaired":
        "ซ่อมฐานข้อมูลของสุจริตแล้ว",
    "Your Sujarit Database Cannot Be Opened":
        "เปิดฐานข้อมูลของสุจริตไม่ได้",
    "Cannot Make a New Plan":
        "สร้างแผนใหม่ไม่ได้",
    "The draft was not recorded in the history: %s":
        "ไม่ได้บันทึกร่างนี้ไว้ในประวัติร่าง: %s",
    "Your Sujarit database (%s) cannot be written: %s":
        "บันทึกลงฐานข้อมูลของสุจริต (%s) ไม่ได้: %s",
    "Your Sujarit database (%s) cannot be read: %s":
        "อ่านฐานข้อมูลของสุจริต (%s) ไม่ได้: %s",
    "The folder %s cannot be made: %s":
        "สร้างโฟลเดอร์ %s ไม่ได้: %s",
    "%s is not a regular file; Sujarit keeps its database there":
        "%s ไม่ใช่ไฟล์ปกติ แต่สุจริตใช้ชื่อนี้เก็บฐานข้อมูล",
    "Your Sujarit database (the organisation's profile, its library and the history of drafts) was damaged. It was kept as %s and a new one was made; your plan files are not affected.":
        "ฐานข้อมูลของสุจริต (ข้อมูลองค์กร คลังโครงการขององค์กร และประวัติร่าง) เสียหาย จึงเก็บไฟล์เดิมไว้เป็น %s และสร้างฐานข้อมูลใหม่แล้ว ไฟล์แผนของท่านไม่ได้รับผลกระทบ",
    "Your Sujarit database (%s) cannot be made":
        "สร้างฐานข้อมูลของสุจริต (%s) ไม่ได้",
    "Your Sujarit database (%s) was made by a newer version of Sujarit; update Sujarit to use it":
        "ฐานข้อมูลของสุจริต (%s) สร้างโดยสุจริตรุ่นที่ใหม่กว่า กรุณาปรับรุ่นสุจริตก่อนใช้งาน",
    "the organisation's profile":
        "ข้อมูลองค์กร",
    "There is no draft number %s":
        "ไม่มีร่างหมายเลข %s",
    "a draft":
        "ร่างแผน",
    "%u standard project chosen of %u":
        "เลือกโครงการมาตรฐาน %u จาก %u โครงการ",
    "Mission %s · %s":
        "ภารกิจที่ %s · %s",
    "_Back":
        "_ย้อนกลับ",
    "_Create":
        "_สร้างแผน",
    "_Next":
        "_ถัดไป",
    "Step 2 of 2: the standard projects":
        "ขั้นที่ 2 จาก 2: โครงการมาตรฐาน",
    "Step 1 of 2: the organisation":
        "ขั้นที่ 1 จาก 2: องค์กรปกครองส่วนท้องถิ่น",
    "Type the name of the organisation":
        "กรุณาพิมพ์ชื่อองค์กรปกครองส่วนท้องถิ่น",
    "%d-year plan, %s":
        "แผน %d ปี %s",
    "New Plan":
        "แผนใหม่",
    "Use the saved profile":
        "ใช้ข้อมูลองค์กรที่บันทึกไว้",
    "Every standard text of the plan is written for it: its name, and the words of its kind (เทศบัญญัติ or ข้อบัญญัติ, พนักงานเทศบาล or พนักงานส่วนตำบล …).":
        "ข้อความมาตรฐานทุกส่วนของแผนจะเขียนให้องค์กรนี้ ทั้งชื่อองค์กรและถ้อยคำตามประเภทองค์กร (เทศบัญญัติหรือข้อบัญญัติ พนักงานเทศบาลหรือพนักงานส่วนตำบล …)",
    "Name (the place, e.g. บ้านเป็ด)":
        "ชื่อ (ชื่อท้องที่ เช่น บ้านเป็ด)",
    "Name of the executive, who signs":
        "ชื่อผู้บริหารท้องถิ่นผู้ลงนาม",
    "The plan will be of":
        "แผนนี้เป็นของ",
    "Edition":
        "ฉบับของแผน",
    "Remember this organisation for the next plans":
        "จำข้อมูลองค์กรนี้ไว้ใช้กับแผนครั้งต่อไป",
    "Search the standard projects":
        "ค้นหาโครงการมาตรฐาน",
    "Select All":
        "เลือกทั้งหมด",
    "Choose every project shown":
        "เลือกทุกโครงการที่แสดงอยู่",
    "Select None":
        "ไม่เลือกเลย",
    "Choose none of the projects shown":
        "ไม่เลือกโครงการที่แสดงอยู่ทั้งหมด",
    "OLD NEW":
        "ฉบับเดิม ฉบับใหม่",
    "Lists what changed from the plan OLD to the plan NEW: projects added, removed, renamed and moved, budgets year by year, the fields of the forms and the other parts of the plan. Exit status 0 when they are the same, 1 when they differ.":
        "แสดงสิ่งที่เปลี่ยนจากแผนฉบับเดิมเป็นฉบับใหม่: โครงการที่เพิ่ม ลบ เปลี่ยนชื่อ และย้ายภารกิจ งบประมาณรายปี ข้อความในแบบรายละเอียดโครงการ และส่วนอื่นของแผน สถานะออก 0 เมื่อเหมือนกัน 1 เมื่อต่างกัน",
    "%u change\n":
        "เปลี่ยนแปลง %u รายการ\n",
    "PLAN OUT.csv":
        "แผน ไฟล์ผลลัพธ์.csv",
    "Writes the budget table of Part 2 as a spreadsheet (CSV, UTF-8): a row per project, a column per fiscal year; edit it and bring it back with import-budget.":
        "เขียนตารางงบประมาณส่วนที่ 2 เป็นไฟล์ตารางคำนวณ (CSV, UTF-8) หนึ่งแถวต่อหนึ่งโครงการ หนึ่งคอลัมน์ต่อปีงบประมาณ แก้ไขแล้วนำกลับเข้าด้วย import-budget",
    "List what would change, and change nothing":
        "แสดงสิ่งที่จะเปลี่ยน โดยไม่เปลี่ยนแปลงจริง",
    "PLAN FILE.csv":
        "แผน ไฟล์.csv",
    "Reads the budget table from a spreadsheet (CSV, UTF-8) into PLAN: a title column, optional id, mission, sub-items and type columns, and a column per fiscal year (Thai or Arabic digits, thousands separators). Rows are matched to projects by id, then by title; other rows become new projects of their mission. A file with a wrong value changes nothing.":
        "อ่านตารางงบประมาณจากไฟล์ตารางคำนวณ (CSV, UTF-8) เข้าสู่แผน: คอลัมน์ชื่อโครงการ คอลัมน์รหัส ภารกิจ ข้อย่อย และประเภท (ไม่บังคับ) และหนึ่งคอลัมน์ต่อปีงบประมาณ (เลขไทยหรือเลขอารบิก มีจุลภาคคั่นหลักได้) แถวจับคู่กับโครงการด้วยรหัสแล้วด้วยชื่อ แถวที่ไม่ตรงกับโครงการใดจะเป็นโครงการใหม่ในภารกิจของแถวนั้น หากไฟล์มีค่าที่ผิด จะไม่เปลี่ยนแปลงสิ่งใดเลย",
    "%u change would be made; nothing was changed (--dry-run)\n":
        "จะเปลี่ยนแปลง %u รายการ ยังไม่ได้เปลี่ยนแปลงสิ่งใด (--dry-run)\n",
    "%u change made\n":
        "เปลี่ยนแปลงแล้ว %u รายการ\n",
    "Write the budget table as a spreadsheet":
        "เขียนตารางงบประมาณเป็นไฟล์ตารางคำนวณ",
    "Read the budget table from a spreadsheet":
        "อ่านตารางงบประมาณจากไฟล์ตารางคำนวณ",
    "What changed between two versions of a plan":
        "เปรียบเทียบแผนสองฉบับ",
    "No. %u %s":
        "ลำดับที่ %u %s",
    "+ Added: %s (mission %s)":
        "+ เพิ่ม: %s (ภารกิจที่ %s)",
    "- Removed: %s (mission %s)":
        "- ลบ: %s (ภารกิจที่ %s)",
    "~ Renamed: “%s” → “%s”":
        "~ เปลี่ยนชื่อ: “%s” → “%s”",
    "~ Moved: %s, mission %s → %s":
        "~ ย้าย: %s จากภารกิจที่ %s → %s",
    "~ Budget %s: %s, %s → %s":
        "~ งบประมาณปี %s: %s จาก %s → %s",
    "~ %s › %s: “%s” → “%s”":
        "~ %s › %s: “%s” → “%s”",
    "~ %s › %s changed":
        "~ %s › %s มีการแก้ไข",
    "The file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”":
        "ไฟล์ไม่ใช่ข้อความ UTF-8 กรุณาบันทึกจากโปรแกรมตารางคำนวณเป็น “CSV UTF-8”",
    "A quotation mark is not closed (line %u)":
        "มีเครื่องหมายอัญประกาศที่ไม่ได้ปิด (บรรทัดที่ %u)",
    "The first row must name the columns: title (ชื่อโครงการ), and one column per fiscal year (2566, 2567 …); mission, sub-items, type and id are optional":
        "แถวแรกต้องเป็นชื่อคอลัมน์: ชื่อโครงการ และหนึ่งคอลัมน์ต่อปีงบประมาณ (2566, 2567 …) ส่วนภารกิจ ข้อย่อย ประเภท และรหัส ไม่บังคับ",
    "Line %u: no title\n":
        "บรรทัดที่ %u: ไม่มีชื่อโครงการ\n",
    "Line %u: “%s” is not a type (โครงการ, มาตรการ, กิจกรรม)\n":
        "บรรทัดที่ %u: “%s” ไม่ใช่ประเภท (โครงการ มาตรการ กิจกรรม)\n",
    "Line %u, %u: “%s” is not an amount of money\n":
        "บรรทัดที่ %u ปี %u: “%s” ไม่ใช่จำนวนเงิน\n",
    "Line %u: “%s” is in no project of the plan, and “%s” is no mission of it to add it to\n":
        "บรรทัดที่ %u: “%s” ไม่ตรงกับโครงการใดในแผน และ “%s” ไม่ใช่ภารกิจในแผนที่จะเพิ่มโครงการนี้เข้าไป\n",
    "Line %u: “%s” is no mission of the plan\n":
        "บรรทัดที่ %u: “%s” ไม่ใช่ภารกิจในแผน\n",
    "Line %u, %u: the amount of “%s” comes from its funding line; change it there\n":
        "บรรทัดที่ %u ปี %u: งบประมาณของ “%s” มาจากแหล่งงบประมาณ กรุณาแก้ไขที่แหล่งงบประมาณนั้น\n",
    "The file is empty":
        "ไฟล์ว่างเปล่า",
    "The file has %u year columns; a plan has at most %u\n":
        "ไฟล์มีคอลัมน์ปี %u คอลัมน์ แต่แผนมีได้ไม่เกิน %u ปี\n",
    "Column %d: the year %d is not a year of the plan (%d–%d)\n":
        "คอลัมน์ที่ %d: ปี %d ไม่ใช่ปีของแผน (%d–%d)\n",
    "Nothing was imported; the file has wrong values:\n%s":
        "ไม่ได้นำเข้าข้อมูลใดเลย เพราะไฟล์มีค่าที่ผิด:\n%s",
    "The Library Cannot Be Opened":
        "เปิดคลังโครงการไม่ได้",
    "The Project Was Not Saved to the Library":
        "ไม่ได้บันทึกโครงการลงคลังโครงการ",
    "Saved to the organisation's library":
        "บันทึกลงคลังโครงการขององค์กรแล้ว",
    "The plan has no drafts yet: save it first":
        "แผนนี้ยังไม่มีร่าง กรุณาบันทึกแผนก่อน",
    "Both keep the projects and texts of this plan and leave out the numbers and dates of its ประกาศ and คำสั่ง, and the progress reported. The plan of the next period runs %d–%d.":
        "ทั้งสองแบบคงโครงการและข้อความของแผนนี้ไว้ โดยไม่นำเลขที่และวันที่ของประกาศและคำสั่ง รวมทั้งผลการดำเนินงานที่รายงานแล้วไปด้วย แผนรอบถัดไปเป็นแผนปี %d–%d",
    "New Plan from This One":
        "สร้างแผนใหม่จากแผนนี้",
    "_Revised Plan":
        "แผน_ฉบับปรับปรุง",
    "_Next Period":
        "แผน_รอบถัดไป",
    "Make the plan of the next period from PLAN: its projects and texts, the years moved on, without the dates, signatures and progress of the old one":
        "สร้างแผนรอบถัดไปจากแผนนี้: คงโครงการและข้อความ เลื่อนปีไปข้างหน้า โดยไม่นำวันที่ การลงนาม และผลการดำเนินงานของแผนเดิมไปด้วย",
    "With --from: a revised plan (ฉบับปรับปรุง) of the same years instead":
        "ใช้กับ --from: สร้างแผนฉบับปรับปรุงของปีเดิมแทน",
    "%s: a plan of %s for %d–%d\n":
        "%s: แผนของ%s ปี %d–%d\n",
    "New Plan from _This One…":
        "สร้างแผนใหม่จาก_แผนนี้…",
    "Draft _History…":
        "_ประวัติร่าง…",
    "_Insert from the Library…":
        "_แทรกจากคลังโครงการ…",
    "Save to the Organisation's _Library":
        "บันทึกลง_คลังโครงการขององค์กร",
    "Select the mission the project goes to":
        "กรุณาเลือกภารกิจที่จะใส่โครงการนี้",
    "Your organisation's":
        "ขององค์กร",
    "Standard":
        "มาตรฐาน",
    "No project of the library holds this text":
        "ไม่มีโครงการในคลังที่มีข้อความนี้",
    "Insert a project from the library":
        "แทรกโครงการจากคลังโครงการ",
    "No difference":
        "ไม่มีความแตกต่าง",
    "From the draft of %s to the plan as it is now":
        "จากร่างเมื่อ %s ถึงแผนปัจจุบัน",
    "From the draft of %s to the draft of %s":
        "จากร่างเมื่อ %s ถึงร่างเมื่อ %s",
    "%u project, %s baht":
        "%u โครงการ %s บาท",
    "No draft yet: every save of this plan is kept here":
        "ยังไม่มีร่าง ทุกครั้งที่บันทึกแผนนี้จะเก็บร่างไว้ที่นี่",
    "Insert a Project from the Library":
        "แทรกโครงการจากคลังโครงการ",
    "_Insert":
        "แ_ทรก",
    "Search the standard projects and your organisation's":
        "ค้นหาโครงการมาตรฐานและโครงการขององค์กร",
    "Draft History":
        "ประวัติร่าง",
    "Select a draft to compare it with the plan as it is, or two drafts to compare them":
        "เลือกร่างหนึ่งร่างเพื่อเปรียบเทียบกับแผนปัจจุบัน หรือสองร่างเพื่อเปรียบเทียบกัน",
    "_Open as a New Plan":
        "_เปิดเป็นแผนใหม่",
    "Short forms of the name the plan may use, one per line (ทน.ขอนแก่น…)":
        "ชื่อย่อที่ใช้ได้ในแผน บรรทัดละหนึ่งชื่อ (ทน.ขอนแก่น…)",
    "Emblem and Garuda":
        "ตราสัญลักษณ์และตราครุฑ",
    "The emblem is printed at the top of the cover, the Garuda at the head of the ประกาศ and the คำสั่ง":
        "ตราสัญลักษณ์พิมพ์ที่ด้านบนของปก ตราครุฑพิมพ์ที่หัวประกาศและคำสั่ง",
    "Garuda image (ตราครุฑ)":
        "ภาพตราครุฑ",
    "Choose the Garuda":
        "เลือกตราครุฑ",
    "Remove the Garuda":
        "นำตราครุฑออก",
    "The emblem or the Garuda is not a PNG image":
        "ตราสัญลักษณ์หรือตราครุฑไม่ใช่ภาพ PNG",
    "Organisation › Garuda":
        "องค์กร › ตราครุฑ",
    "The Garuda is not a PNG image, so the ประกาศ and the คำสั่ง are printed without it":
        "ตราครุฑไม่ใช่ภาพ PNG จึงพิมพ์ประกาศและคำสั่งโดยไม่มีตราครุฑ",
    "A project without a budget prints in Part 2 as":
        "โครงการที่ไม่ใช้งบประมาณพิมพ์ในส่วนที่ 2 เป็น",
    "What this draft is (a comment of your own)":
        "บันทึกของร่างนี้ (ข้อความของท่านเอง)",
    "Anti-Corruption Action Plan":
        "แผนปฏิบัติการป้องกันการทุจริต",
    "plan;anti-corruption;integrity;transparency;NACC;ITA;budget;local government;":
        "แผน;ป้องกันการทุจริต;คุณธรรม;ความโปร่งใส;ป.ป.ช.;ITA;งบประมาณ;องค์กรปกครองส่วนท้องถิ่น;เทศบาล;อบต.;อบจ.;plan;anti-corruption;integrity;transparency;NACC;budget;local government;",
    "Write, check and print the anti-corruption action plan":
        "จัดทำ ตรวจ และพิมพ์แผนปฏิบัติการป้องกันการทุจริต",
    "The Sujarit developers":
        "คณะผู้พัฒนาสุจริต",
    "Sujarit writes, checks and prints the five-year anti-corruption action plan that every Thai local government (municipality, subdistrict administrative organisation, provincial administrative organisation) adopts for the National Anti-Corruption Commission.":
        "สุจริตช่วยจัดทำ ตรวจ และพิมพ์แผนปฏิบัติการป้องกันการทุจริต ๕ ปี ที่องค์กรปกครองส่วนท้องถิ่นทุกแห่ง (เทศบาล องค์การบริหารส่วนตำบล องค์การบริหารส่วนจังหวัด) ต้องจัดทำตามแนวทางของสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (ป.ป.ช.)",
    "The plan is kept as structured data: the commission's frame of dimensions and missions, projects stored once with their budget for each fiscal year, the risk register, the SWOT analysis, the targets, the announcement and the committee order. Every total, count and number is computed, never typed twice, and the plan book is printed straight to PDF, ready for the executive's signature.":
        "แผนถูกเก็บเป็นข้อมูลที่มีโครงสร้าง ได้แก่ กรอบมิติและภารกิจของ ป.ป.ช. โครงการ/กิจกรรม/มาตรการที่บันทึกครั้งเดียวพร้อมงบประมาณแต่ละปีงบประมาณ ทะเบียนความเสี่ยง การวิเคราะห์ SWOT เป้าหมาย ประกาศ และคำสั่งแต่งตั้งคณะกรรมการ ยอดรวม จำนวน และเลขลำดับทุกแห่งคำนวณให้ ไม่ต้องพิมพ์ซ้ำ และพิมพ์เล่มแผนเป็น PDF ได้ทันที พร้อมเสนอผู้บริหารลงนาม",
    "Every part of the plan edited in forms and tables, with undo, autosave and recovery":
        "แก้ไขทุกส่วนของแผนผ่านแบบฟอร์มและตาราง ย้อนกลับได้ บันทึกร่างอัตโนมัติ และกู้คืนได้",
    "A live preview of the page being edited, printing and PDF export":
        "ตัวอย่างหน้าที่กำลังแก้ไขแบบทันที การพิมพ์ และการส่งออกเป็น PDF",
    "A checker that finds wrong totals, disagreeing counts and another organisation's name":
        "การตรวจแผนที่พบยอดรวมที่ผิด จำนวนที่ไม่ตรงกัน และชื่อหน่วยงานอื่นที่หลงมา",
    "A new plan in minutes from the commission's frame and a library of standard projects":
        "สร้างแผนใหม่ได้ในไม่กี่นาทีจากกรอบของ ป.ป.ช. และคลังโครงการมาตรฐาน",
    "Buddhist Era dates, Thai or Arabic digits, and Thai typesetting in the Sarabun typeface":
        "วันที่เป็นพุทธศักราช ตัวเลขไทยหรืออารบิก และการจัดหน้าภาษาไทยด้วยแบบอักษร Sarabun",
    "anti-corruption":
        "ป้องกันการทุจริต",
    "integrity":
        "คุณธรรม",
    "NACC":
        "ป.ป.ช.",
    "ITA":
        "ITA",
    "budget":
        "งบประมาณ",
    "The budget table of Part 2, with its totals computed as one types":
        "ตารางงบประมาณส่วนที่ ๒ ยอดรวมคำนวณให้ระหว่างพิมพ์",
    "A project's form, beside the outline of the plan":
        "แบบรายละเอียดโครงการ ข้างโครงร่างของแผน",
    "A new plan: the organisation, then the standard projects":
        "สร้างแผนใหม่: ข้อมูลหน่วยงาน แล้วเลือกโครงการมาตรฐาน",
    "The SWOT analysis with its strategies":
        "การวิเคราะห์ SWOT และกลยุทธ์",
    "The committee order and its members":
        "คำสั่งแต่งตั้งคณะกรรมการและรายชื่อกรรมการ",
    "The welcome view: recent plans and the examples":
        "หน้าแรก: แผนที่เปิดล่าสุดและแผนตัวอย่าง",
    "The first release: the editor of the whole plan with its preview, printing and checker, the new-plan wizard with the library of standard projects, and the plan book in PDF.":
        "รุ่นแรก: โปรแกรมแก้ไขแผนทั้งเล่มพร้อมตัวอย่างหน้า การพิมพ์ และการตรวจแผน ตัวช่วยสร้างแผนใหม่พร้อมคลังโครงการมาตรฐาน และเล่มแผนเป็น PDF",
    "Sujarit plan":
        "แผนสุจริต",
    "Some characters print as boxes":
        "มีอักขระที่จะพิมพ์ออกมาเป็นกล่องสี่เหลี่ยม",
    "warning: %s\n":
        "คำเตือน: %s\n",
    "Page %u: “%s” (U+%04X) is in no typeface of the book and prints as a box (in %s)":
        "หน้า %u: “%s” (U+%04X) ไม่มีในแบบอักษรของเล่มแผน จึงพิมพ์ออกมาเป็นกล่องสี่เหลี่ยม (ใน %s)",
    "Page %u: “%s” (U+%04X) is in no typeface of the book and prints as a box":
        "หน้า %u: “%s” (U+%04X) ไม่มีในแบบอักษรของเล่มแผน จึงพิมพ์ออกมาเป็นกล่องสี่เหลี่ยม",
    "Number as the signed order gives it (empty: in order)":
        "ลำดับตามที่คำสั่งที่ลงนามแล้วระบุ (เว้นว่าง: เรียงลำดับให้)",
    "Words before the duties (โดยมีหน้าที่และอำนาจ ดังต่อไปนี้)":
        "ข้อความนำหน้าที่และอำนาจ (โดยมีหน้าที่และอำนาจ ดังต่อไปนี้)",
    "The paragraph that opens Part 2":
        "ย่อหน้านำของส่วนที่ ๒",
    "The mission and sub-item headings between the forms of Part 3":
        "หัวข้อภารกิจและหัวข้อย่อยระหว่างแบบรายละเอียดโครงการในส่วนที่ ๓",
    "Edit the added texts that are printed":
        "แก้ไขข้อความที่เล่มแผนเพิ่มให้",
    "Added texts":
        "ข้อความที่เล่มแผนเพิ่มให้",
    "What the book adds to the plan’s own text":
        "สิ่งที่เล่มแผนพิมพ์เพิ่มจากข้อความของแผนเอง",
    "บาท after the totals of Part 2":
        "พิมพ์ “บาท” ต่อท้ายยอดรวมในส่วนที่ ๒",
    "Sub-items under their mission in Part 2":
        "พิมพ์หัวข้อย่อยใต้ภารกิจในส่วนที่ ๒",
    "The texts of x.y.z in the mission column":
        "ข้อความของหัวข้อย่อย x.y.z ในช่องภารกิจตามมิติ",
    "Name, position, role":
        "ชื่อ ตำแหน่ง หน้าที่ในคณะกรรมการ",
    "Name, role":
        "ชื่อ หน้าที่ในคณะกรรมการ",
    "Name, position":
        "ชื่อ ตำแหน่ง",
    "Position, name, role":
        "ตำแหน่ง ชื่อ หน้าที่ในคณะกรรมการ",
    "Change the columns of the members":
        "เปลี่ยนคอลัมน์ของรายชื่อกรรมการ",
    "Columns of the member list":
        "คอลัมน์ของรายชื่อกรรมการ",
    "Report the progress of %u, %s":
        "รายงานผลการดำเนินงานปี %u %s",
    "Start the report of the round":
        "เริ่มรายงานของรอบนี้",
    "The report of %u, %s":
        "รายงานปี %u %s",
    "Its date, problems and suggestions, and who reports":
        "วันที่ของข้อมูล ปัญหาและข้อเสนอแนะ และผู้รายงาน",
    "Reported by":
        "ผู้รายงาน",
    "Problems and obstacles":
        "ปัญหาและอุปสรรค",
    "Suggestions":
        "ข้อเสนอแนะ",
    "6 months":
        "รอบ ๖ เดือน",
    "12 months":
        "รอบ ๑๒ เดือน",
    "Round of the report":
        "รอบของรายงาน",
    "Their status and what was disbursed":
        "สถานะและการเบิกจ่ายของแต่ละโครงการ",
    "Fiscal year %d, %s":
        "ปีงบประมาณ %d %s",
    "Outputs achieved against the indicators":
        "ผลผลิตที่ได้เทียบกับตัวชี้วัด",
    "--year must be a fiscal year of the plan (%d–%d, Buddhist Era), not %d":
        "--year ต้องเป็นปีงบประมาณของแผน (%d–%d พุทธศักราช) ไม่ใช่ %d",
    "The fiscal year (Buddhist Era)":
        "ปีงบประมาณ (พุทธศักราช)",
    "The round: 6 or 12 months (default 12)":
        "รอบ: ๖ หรือ ๑๒ เดือน (ปกติ ๑๒)",
    "MONTHS":
        "เดือน",
    "Prints the progress report of a fiscal year and round (รอบ ๖ or ๑๒ เดือน) to PDF: a row per project with its status, budget and disbursement, totals per dimension and the summary, all computed from the rows.":
        "พิมพ์รายงานผลการดำเนินงานของปีงบประมาณและรอบที่เลือก (รอบ ๖ หรือ ๑๒ เดือน) เป็น PDF: หนึ่งแถวต่อโครงการพร้อมสถานะ งบประมาณ และการเบิกจ่าย ยอดรวมรายมิติ และสรุปผล ซึ่งคำนวณจากแถวในตารางทั้งหมด",
    "--round must be 6 or 12, not %d":
        "--round ต้องเป็น 6 หรือ 12 ไม่ใช่ %d",
    "%s: %u pages; %u projects: %u done, %u in progress, %u not started, %u could not be carried out\n":
        "%s: %u หน้า; %u โครงการ: ดำเนินการแล้วเสร็จ %u อยู่ระหว่างดำเนินการ %u ยังไม่ได้ดำเนินการ %u ไม่สามารถดำเนินการได้ %u\n",
    "Writes the yearly E-PlanNACC record of the plan (CSV, UTF-8 with a byte order mark): a row per project of the year with its dimension, mission, budget and quarters.":
        "เขียนข้อมูลประจำปีสำหรับระบบ E-PlanNACC (CSV, UTF-8 พร้อม byte order mark): หนึ่งแถวต่อโครงการของปีนั้น พร้อมมิติ ภารกิจ งบประมาณ และไตรมาส",
    "Print a progress report (--year, --round)":
        "พิมพ์รายงานผลการดำเนินงาน (--year, --round)",
    "Write the yearly E-PlanNACC record (--year)":
        "เขียนข้อมูลประจำปีสำหรับ E-PlanNACC (--year)",
    "Money was disbursed for a project that could not be carried out":
        "มีการเบิกจ่ายเงินให้โครงการที่ไม่สามารถดำเนินการได้",
    "A project is reported twice for the same year and round":
        "โครงการถูกรายงานซ้ำในปีและรอบเดียวกัน",
    "The progress of %u, %s, is reported twice":
        "ผลการดำเนินงานปี %u %s ถูกรายงานซ้ำ",
    "In %u, %s baht were disbursed although the project could not be carried out":
        "ปี %u มีการเบิกจ่าย %s บาท ทั้งที่โครงการไม่สามารถดำเนินการได้",
    "Export the report of this year and round as PDF":
        "ส่งออกรายงานของปีและรอบนี้เป็น PDF",
    "Export the report as PDF":
        "ส่งออกรายงานเป็น PDF",
    "report-%u-%u-months.pdf":
        "รายงาน-%u-รอบ-%u-เดือน.pdf",
    "Export the Progress Report":
        "ส่งออกรายงานผลการดำเนินงาน",
    "PLAN|FOLDER…":
        "แผน|โฟลเดอร์…",
    "Comma-separated values (always)":
        "ค่าคั่นด้วยจุลภาค (เสมอ)",
    "Prints one CSV row per plan: the organisation, its type and province, the projects by type, the totals of each dimension and year, and the number of the checker's errors and warnings. A folder stands for its .sujarit files.":
        "พิมพ์หนึ่งแถว CSV ต่อแผน: หน่วยงาน ประเภท และจังหวัด จำนวนโครงการแยกตามประเภท ยอดรวมของแต่ละมิติและแต่ละปี และจำนวนข้อผิดพลาดและข้อควรตรวจสอบจากการตรวจแผน โฟลเดอร์หมายถึงไฟล์ .sujarit ทั้งหมดในโฟลเดอร์นั้น",
    "One CSV row per plan, for reviewing many plans":
        "หนึ่งแถว CSV ต่อแผน สำหรับตรวจทานแผนจำนวนมาก",
    "PLAN FOLDER":
        "แผน โฟลเดอร์",
    "Writes the plan for the organisation's website: FOLDER/index.html, one self-contained page in Thai with every part, the budget table, every project form and the charts.":
        "เขียนแผนสำหรับเว็บไซต์ของหน่วยงาน: FOLDER/index.html หน้าเดียวครบในตัว เป็นภาษาไทย มีทุกส่วนของแผน ตารางงบประมาณ แบบรายละเอียดทุกโครงการ และแผนภูมิ",
    "Write the plan as a web page":
        "เขียนแผนเป็นหน้าเว็บ",
    "Chart":
        "แผนภูมิ",
    "Could not create the folder “%s”: %s":
        "สร้างโฟลเดอร์ “%s” ไม่ได้: %s",
    "An item of the OIT checklist has no web address yet":
        "รายการ OIT ยังไม่มีที่อยู่บนเว็บไซต์",
    "No project of the plan produces an item of the OIT checklist":
        "ไม่มีโครงการใดในแผนที่ผลิตหลักฐานของรายการ OIT",
    "OIT %d, item %s":
        "OIT ปี %d รายการ %s",
    "“%s” has no web address yet: the ITA assessors ask for its URL":
        "“%s” ยังไม่มีที่อยู่บนเว็บไซต์: ผู้ประเมิน ITA ต้องการ URL ของรายการนี้",
    "No project of the plan produces “%s”":
        "ไม่มีโครงการใดในแผนที่ผลิตหลักฐานของ “%s”",
    "OIT checklist":
        "รายการตรวจสอบ OIT",
    "“%s” is not the number of a project of the plan":
        "“%s” ไม่ใช่ลำดับที่ของโครงการในแผน",
    "Change the projects of an OIT item":
        "เปลี่ยนโครงการของรายการ OIT",
    "(no name yet)":
        "(ยังไม่มีชื่อ)",
    "no web address yet":
        "ยังไม่มีที่อยู่บนเว็บไซต์",
    "the OIT item “%s”":
        "รายการ OIT “%s”",
    "Code (O1, O2 …)":
        "รหัส (O1, O2 …)",
    "Group it is listed under":
        "หมวดที่รายการนี้อยู่",
    "What is published":
        "ข้อมูลที่เผยแพร่",
    "Unit responsible":
        "หน่วยงานที่รับผิดชอบ",
    "the unit":
        "หน่วยงาน",
    "Projects that produce it (ลำดับที่, separated by commas)":
        "โครงการที่ผลิตหลักฐาน (ลำดับที่ คั่นด้วยจุลภาค)",
    "Web address (URL)":
        "ที่อยู่บนเว็บไซต์ (URL)",
    "Published on":
        "วันที่เผยแพร่",
    "Note":
        "หมายเหตุ",
    "Add an OIT item":
        "เพิ่มรายการ OIT",
    "The evidence the ITA assessment asks to find on the website, and the projects whose work produces it":
        "หลักฐานที่การประเมิน ITA ขอให้เผยแพร่บนเว็บไซต์ และโครงการที่ผลิตหลักฐานนั้น",
    "ITA year %u":
        "ITA ปี %u",
    "ITA year":
        "ปีการประเมิน ITA",
    "Items":
        "รายการ",
    "Add an item":
        "เพิ่มรายการ",
    "No item yet: add the items of this year's list":
        "ยังไม่มีรายการ: เพิ่มรายการตามรายการของปีนี้",
    "%u items: %u without a web address, %u produced by no project":
        "%u รายการ: ยังไม่มีที่อยู่บนเว็บไซต์ %u รายการ ไม่มีโครงการผลิตหลักฐาน %u รายการ",
    "All projects":
        "ทุกโครงการ",
    "Disbursed over budget":
        "เบิกจ่ายเกินงบประมาณ",
    "Show":
        "แสดง",
    "Only print what was read from IN, block by block (page, line, the cells of tables separated by tabs), and write nothing":
        "แสดงเฉพาะสิ่งที่อ่านได้จาก IN ทีละส่วน (หน้า บรรทัด และช่องของตารางคั่นด้วยแท็บ) โดยไม่เขียนไฟล์ใด",
    "Write the import report to FILE too (what was recognised, what was not, what the source gets wrong)":
        "เขียนรายงานการนำเข้าลงใน FILE ด้วย (สิ่งที่อ่านได้ สิ่งที่อ่านไม่ได้ และสิ่งที่ต้นฉบับผิดพลาด)",
    "Print only the summary, not the report":
        "แสดงเฉพาะสรุป ไม่แสดงรายงาน",
    "IN.docx|IN.pdf|IN.txt OUT.sujarit":
        "IN.docx|IN.pdf|IN.txt OUT.sujarit",
    "Reads a plan the committee already has — its Word file, its PDF, or the text extracted from the PDF — into a plan file, and reports what was recognised and where the source contradicts itself. Exit status: 0 imported, 1 imported with differences to decide, 2 unreadable.":
        "อ่านแผนที่คณะกรรมการมีอยู่แล้ว ทั้งไฟล์ Word ไฟล์ PDF หรือข้อความที่คัดจาก PDF ให้เป็นไฟล์แผน และรายงานสิ่งที่อ่านได้และจุดที่ต้นฉบับขัดแย้งกันเอง สถานะเมื่อจบ: 0 นำเข้าแล้ว, 1 นำเข้าแล้วแต่มีข้อแตกต่างที่ต้องตัดสินใจ, 2 อ่านไม่ได้",
    "%s: %u projects, %s baht in %d\n":
        "%s: %u โครงการ งบประมาณ %s บาท ในปี %d\n",
    "Read a plan from its Word file, PDF or text":
        "นำเข้าแผนจากไฟล์ Word, PDF หรือข้อความ",
    "This does not look like a plan of a local government: no เทศบาล, อบต. or อบจ. is named in it":
        "ไฟล์นี้ไม่น่าจะเป็นแผนขององค์กรปกครองส่วนท้องถิ่น เพราะไม่มีชื่อเทศบาล อบต. หรือ อบจ. อยู่เลย",
    "The plan's years (พ.ศ. …–…) are not printed; 2566–2570 was taken":
        "ไม่พบปีของแผน (พ.ศ. …–…) จึงใช้ 2566–2570",
    "A row of the Part 2 table has amounts but no project; they were not used":
        "แถวหนึ่งของตารางส่วนที่ 2 มีจำนวนเงินแต่ไม่มีโครงการ จึงไม่ได้นำจำนวนเงินนั้นมาใช้",
    "A cell of the Part 2 table holds %u projects but %u amount; the projects without one take the amount of their form in Part 3":
        "ช่องหนึ่งของตารางส่วนที่ 2 มี %u โครงการแต่มีจำนวนเงิน %u จำนวน โครงการที่ไม่มีจำนวนเงินจึงใช้จำนวนเงินจากแบบรายละเอียดในส่วนที่ 3",
    "A row of the Part 2 table has %u amounts for %u projects; the last were not used":
        "แถวหนึ่งของตารางส่วนที่ 2 มีจำนวนเงิน %u จำนวนสำหรับ %u โครงการ จำนวนท้าย ๆ ที่เกินจึงไม่ได้ใช้",
    "The amounts of a row of the Part 2 table cannot be told apart":
        "แยกจำนวนเงินของแถวหนึ่งในตารางส่วนที่ 2 ไม่ได้",
    "%u development plan project funds the plan's projects (หมายเหตุ เป็นการดำเนินการในชื่อ…); its money is counted once":
        "มีโครงการตามแผนพัฒนาท้องถิ่น %u โครงการที่เป็นแหล่งงบประมาณของโครงการในแผน (หมายเหตุ เป็นการดำเนินการในชื่อ…) งบประมาณของแต่ละโครงการนับเพียงครั้งเดียว",
    "Dimension %u, %s: the table prints a subtotal of %s a year, its projects add up to %s":
        "มิติที่ %u ปี %s: ตารางพิมพ์ยอดรวมปีละ %s แต่โครงการในมิติรวมกันได้ %s",
    "%s: the table prints a grand total of %s a year, its projects add up to %s":
        "ปี %s: ตารางพิมพ์ยอดรวมทั้งสิ้นปีละ %s แต่โครงการทั้งหมดรวมกันได้ %s",
    "Dimension %u: the table prints %u projects, it lists %u":
        "มิติที่ %u: ตารางพิมพ์ว่ามี %u โครงการ แต่มีรายการ %u โครงการ",
    "The table prints %u projects in all, it lists %u":
        "ตารางพิมพ์ว่ามีทั้งสิ้น %u โครงการ แต่มีรายการ %u โครงการ",
    "The Part 2 table has no รวมทั้งสิ้น row":
        "ตารางส่วนที่ 2 ไม่มีแถวรวมทั้งสิ้น",
    "The text says dimension %u has %s projects, the table lists %u":
        "ข้อความระบุว่ามิติที่ %u มี %s โครงการ แต่ตารางมีรายการ %u โครงการ",
    "The text says the plan has %s projects, the table lists %u":
        "ข้อความระบุว่าแผนมี %s โครงการ แต่ตารางมีรายการ %u โครงการ",
    "“%s” is named in the text; the plan is %s's (copied from another plan?)":
        "ในเนื้อความมีชื่อ “%s” ทั้งที่แผนนี้เป็นของ%s (คัดลอกมาจากแผนอื่นหรือไม่)",
    "No Part 2 table was found (a table with the columns โครงการ/กิจกรรม/มาตรการ and ปี %d …); is this the plan book?":
        "ไม่พบตารางส่วนที่ 2 (ตารางที่มีช่องโครงการ/กิจกรรม/มาตรการ และปี %d …) ไฟล์นี้เป็นเล่มแผนหรือไม่",
    "No edition of the plan starts in %d; the frame of the newest was taken":
        "ไม่มีแผนฉบับที่เริ่มในปี %d จึงใช้กรอบของฉบับล่าสุด",
    "The title says %d–%d, the Part 2 table has %u years from %d":
        "ชื่อแผนระบุปี %d–%d แต่ตารางส่วนที่ 2 มี %u ปี เริ่มปี %d",
    "Part 2 lists %u projects, Part 3 has %u forms":
        "ส่วนที่ 2 มี %u โครงการ แต่ส่วนที่ 3 มีแบบรายละเอียด %u แบบ",
    "Recognised":
        "อ่านได้",
    "What the source gets wrong":
        "สิ่งที่ต้นฉบับผิดพลาด",
    "Not recognised":
        "อ่านไม่ได้",
    "Import of %s (%s)\n":
        "การนำเข้า %s (%s)\n",
    "%u differences in the source, %u parts not recognised, %u findings of the checker on the result\n":
        "ต้นฉบับมีข้อแตกต่าง %u จุด อ่านไม่ได้ %u ส่วน ผลการตรวจแผนที่นำเข้าพบ %u รายการ\n",
    "  page %u, line %u: %s\n":
        "  หน้า %u บรรทัด %u: %s\n",
    "  line %u: %s\n":
        "  บรรทัด %u: %s\n",
    "text":
        "ข้อความ",
    "The file is not a Word file, a PDF or text in UTF-8 (byte %lu is not UTF-8)":
        "ไฟล์นี้ไม่ใช่ไฟล์ Word, PDF หรือข้อความแบบ UTF-8 (ไบต์ที่ %lu ไม่ใช่ UTF-8)",
    "The Word file cannot be opened: %s":
        "เปิดไฟล์ Word ไม่ได้: %s",
    "The Word file holds more than %u files; it is refused":
        "ไฟล์ Word มีไฟล์ย่อยมากกว่า %u ไฟล์ จึงไม่รับไฟล์นี้",
    "The Word file holds a file named “%s”, which points outside it; it is refused":
        "ไฟล์ Word มีไฟล์ย่อยชื่อ “%s” ซึ่งชี้ออกไปนอกไฟล์ จึงไม่รับไฟล์นี้",
    "%s in the Word file unpacks to more than %u MB (a zip bomb?); it is refused":
        "%s ในไฟล์ Word คลายออกแล้วใหญ่กว่า %u MB (อาจเป็นซิปบอมบ์) จึงไม่รับไฟล์นี้",
    "The Word file is damaged: %s":
        "ไฟล์ Word เสียหาย: %s",
    "%s in the Word file declares a DOCTYPE, which Word never writes; it is refused":
        "%s ในไฟล์ Word ประกาศ DOCTYPE ซึ่งโปรแกรม Word ไม่เคยเขียน จึงไม่รับไฟล์นี้",
    "%s in the Word file is not well-formed XML (line %d)":
        "%s ในไฟล์ Word ไม่ใช่ XML ที่ถูกต้อง (บรรทัด %d)",
    "The file is a zip but not a Word document (it has no word/document.xml)":
        "ไฟล์นี้เป็นไฟล์ซิปแต่ไม่ใช่เอกสาร Word (ไม่มี word/document.xml)",
    "word/document.xml is not a WordprocessingML document":
        "word/document.xml ไม่ใช่เอกสาร WordprocessingML",
    "The PDF is protected by a password; open it, print it to a new PDF without one, and import that":
        "ไฟล์ PDF นี้ตั้งรหัสผ่านไว้ โปรดเปิดไฟล์แล้วพิมพ์เป็น PDF ใหม่ที่ไม่มีรหัสผ่าน แล้วนำเข้าไฟล์นั้น",
    "The PDF is damaged and cannot be read (%s)":
        "ไฟล์ PDF เสียหาย อ่านไม่ได้ (%s)",
    "The PDF has no text: it is a scan. Recognise its text first (OCR), then import the text":
        "ไฟล์ PDF นี้ไม่มีข้อความ เป็นภาพสแกน โปรดแปลงภาพเป็นข้อความ (OCR) ก่อน แล้วนำเข้าข้อความนั้น",
    "“%s” Cannot Be Imported":
        "นำเข้า “%s” ไม่ได้",
    "Import a Plan from Word or PDF":
        "นำเข้าแผนจากไฟล์ Word หรือ PDF",
    "_Import":
        "_นำเข้า",
    "Plans in Word, PDF or text":
        "แผนในไฟล์ Word, PDF หรือข้อความ",
    "Word documents (.docx)":
        "เอกสาร Word (.docx)",
    "Text copied from a PDF":
        "ข้อความที่คัดลอกจาก PDF",
    "_Import from Word or PDF…":
        "_นำเข้าจาก Word หรือ PDF…",
    "Bring in the plan you already have: its Word file, its PDF or text copied from it":
        "นำแผนที่มีอยู่แล้วเข้ามา จากไฟล์ Word ไฟล์ PDF หรือข้อความที่คัดลอกมา",
    "Paragraph %u of the source":
        "ย่อหน้าที่ %u ของต้นฉบับ",
    "Page %u, line %u of the source":
        "หน้า %u บรรทัด %u ของต้นฉบับ",
    "Line %u of the source":
        "บรรทัด %u ของต้นฉบับ",
    "%s · the plan has “%s”":
        "%s · ในแผนตอนนี้เป็น “%s”",
    "The plan has “%s”":
        "ในแผนตอนนี้เป็น “%s”",
    "Take the Source’s Other Value":
        "ใช้อีกค่าหนึ่งของต้นฉบับ",
    "Take the Imported Value":
        "ใช้ค่าที่นำเข้า",
    "Take the _Other":
        "ใช้_อีกค่า",
    "Give the project the source’s other value":
        "ให้โครงการใช้อีกค่าหนึ่งตามต้นฉบับ",
    "Show the project in the plan":
        "แสดงโครงการนี้ในแผน",
    "%u projects and %u forms were read from this %s file; %u of %u form fields were recognised (%.0f %%). The source contradicts itself in %u places; %u parts were not recognised. The checker finds %u problems in the plan made from it: see them in the checker panel (F8).":
        "อ่านได้ %u โครงการและแบบรายละเอียด %u แบบจากไฟล์ %s นี้ อ่านหัวข้อของแบบได้ %u จาก %u หัวข้อ (ร้อยละ %.0f) ต้นฉบับขัดแย้งกันเอง %u จุด อ่านไม่ได้ %u ส่วน และผลการตรวจแผนที่ได้พบ %u รายการ ดูได้ที่แผงผลการตรวจ (F8)",
    "Import Report":
        "รายงานการนำเข้า",
    "Where the source contradicts itself one value was taken by the rule each line states. Take the other one where it is right; every choice is written in the plan’s notes and can be undone.":
        "ในจุดที่ต้นฉบับขัดแย้งกันเอง ได้เลือกใช้ค่าหนึ่งตามหลักที่ระบุไว้ในแต่ละบรรทัด หากอีกค่าหนึ่งถูกต้อง ให้เลือกใช้ค่านั้น ทุกการเลือกจะบันทึกไว้ในบันทึกของแผนและย้อนกลับได้",
    "Parts of the source that were not understood; check them in the plan.":
        "ส่วนของต้นฉบับที่อ่านไม่ได้ โปรดตรวจสอบในแผน",
    "  paragraph %u: %s\n":
        "  ย่อหน้าที่ %u: %s\n",
    "No ประกาศ was found; the standard one was kept":
        "ไม่พบประกาศ จึงใช้ประกาศตามแบบมาตรฐาน",
    "The ประกาศ has no “เรื่อง” or no “ประกาศ ณ วันที่”; the standard one was kept":
        "ประกาศไม่มี “เรื่อง” หรือไม่มี “ประกาศ ณ วันที่” จึงใช้ประกาศตามแบบมาตรฐาน",
    "The date of the ประกาศ cannot be read: “%s”":
        "อ่านวันที่ของประกาศไม่ได้: “%s”",
    "The ประกาศ: its title, %u paragraphs, its date and who signs it":
        "ประกาศ: ชื่อเรื่อง เนื้อความ %u ย่อหน้า วันที่ และผู้ลงนาม",
    "No คำนำ was found; the standard one was kept":
        "ไม่พบคำนำ จึงใช้คำนำตามแบบมาตรฐาน",
    "The คำนำ: %u paragraphs":
        "คำนำ: %u ย่อหน้า",
    "The table of target values: %u row":
        "ตารางค่าเป้าหมาย: %u แถว",
    "No ส่วนที่ 1 was found; its standard texts were kept":
        "ไม่พบส่วนที่ 1 จึงใช้ข้อความตามแบบมาตรฐาน",
    "Part 1 has no section “%s”; the standard text was kept":
        "ส่วนที่ 1 ไม่มีหัวข้อ “%s” จึงใช้ข้อความตามแบบมาตรฐาน",
    "Part 1: its rationale, objectives, goals and benefits":
        "ส่วนที่ 1: หลักการและเหตุผล วัตถุประสงค์ เป้าหมาย และประโยชน์",
    "The คำสั่ง has no “เรื่อง” or no “สั่ง ณ วันที่”; the standard one was kept":
        "คำสั่งไม่มี “เรื่อง” หรือไม่มี “สั่ง ณ วันที่” จึงใช้คำสั่งตามแบบมาตรฐาน",
    "The คำสั่ง lists no member that could be read; the standard one was kept":
        "อ่านรายชื่อกรรมการในคำสั่งไม่ได้ จึงใช้คำสั่งตามแบบมาตรฐาน",
    "The คำสั่ง appointing the committee: %u member":
        "คำสั่งแต่งตั้งคณะกรรมการ: กรรมการ %u คน",
    "The คำสั่ง numbers its members with gaps (%s); the numbers as signed were kept":
        "คำสั่งเรียงลำดับกรรมการข้ามเลข (%s) จึงคงลำดับตามคำสั่งที่ลงนามแล้ว",
    "The E-PlanNACC annex lists “%s”, which is no project of the plan":
        "ภาคผนวก E-PlanNACC มีรายการ “%s” ซึ่งไม่ใช่โครงการในแผน",
    "The E-PlanNACC annex of %u–%u: the quarters of %u of its %u rows":
        "ภาคผนวก E-PlanNACC ปี %u–%u: ไตรมาสที่ดำเนินการ %u จาก %u แถว",
    "The source has no environment analysis (SWOT); neither has the plan":
        "ต้นฉบับไม่มีการวิเคราะห์สภาพแวดล้อม (SWOT) แผนที่นำเข้าจึงไม่มีเช่นกัน",
    "The environment analysis: %u coded items, %u strategies":
        "การวิเคราะห์สภาพแวดล้อม: %u รายการ กลยุทธ์ %u ข้อ",
    "The risk register: %u step":
        "การประเมินความเสี่ยงการทุจริต: %u ขั้นตอน",
    "No risk register was found; the plan has none yet":
        "ไม่พบตารางการประเมินความเสี่ยงการทุจริต แผนที่นำเข้าจึงยังไม่มี",
    "The contents give part %u pages %u–%u and part %u pages %u–%u: the pages do not follow on":
        "สารบัญระบุส่วนที่ %u หน้า %u–%u และส่วนที่ %u หน้า %u–%u ซึ่งเลขหน้าไม่ต่อเนื่องกัน",
    "The contents put part %u at page %u; it starts on page %d":
        "สารบัญระบุว่าส่วนที่ %u อยู่หน้า %u แต่ในเล่มเริ่มที่หน้า %d",
    "This is an old Word file (.doc); save it as .docx in Word or LibreOffice first":
        "ไฟล์นี้เป็นไฟล์ Word แบบเก่า (.doc) โปรดบันทึกเป็น .docx ใน Word หรือ LibreOffice ก่อน",
    "This is an empty or split zip, not a Word file":
        "ไฟล์นี้เป็นไฟล์ซิปว่างหรือถูกแบ่งเป็นหลายส่วน ไม่ใช่ไฟล์ Word",
    "This is a Sujarit plan already: open it instead of importing it":
        "ไฟล์นี้เป็นไฟล์แผนของสุจริตอยู่แล้ว โปรดเปิดไฟล์นี้แทนการนำเข้า",
    "The file is larger than %u MB; a plan is never that large":
        "ไฟล์ใหญ่กว่า %u MB ซึ่งเล่มแผนไม่เคยใหญ่ขนาดนั้น",
    "%u of dimension %u":
        "%u ของมิติที่ %u",
    "Project %s is named differently in Part 2 (“%s”) and in its form (“%s”); Part 2's name was kept":
        "โครงการลำดับที่ %s มีชื่อในส่วนที่ 2 (“%s”) ไม่ตรงกับในแบบรายละเอียด (“%s”) จึงใช้ชื่อตามส่วนที่ 2",
    "The form of project %s states no amount in its budget field (“%s”)":
        "แบบรายละเอียดของโครงการลำดับที่ %s ไม่ได้ระบุจำนวนเงินในหัวข้องบประมาณ (“%s”)",
    "Project %s has no amount in Part 2 nor in a form; ไม่ใช้งบประมาณ was taken":
        "โครงการลำดับที่ %s ไม่มีจำนวนเงินทั้งในส่วนที่ 2 และในแบบรายละเอียด จึงถือว่าไม่ใช้งบประมาณ",
    "Project %s: Part 2 prints %s on its row, its form says %s, and project %s's the other way round — the amount sits on the wrong row of Part 2; the forms' amounts were taken":
        "โครงการลำดับที่ %s: ส่วนที่ 2 พิมพ์ %s ในแถวของโครงการ แต่แบบรายละเอียดระบุ %s และโครงการลำดับที่ %s กลับกัน แสดงว่าจำนวนเงินอยู่ผิดแถวในส่วนที่ 2 จึงใช้จำนวนเงินตามแบบรายละเอียด",
    "Project %s: Part 2 prints %s, its form says %s; Part 2's amount was kept":
        "โครงการลำดับที่ %s: ส่วนที่ 2 พิมพ์ %s แต่แบบรายละเอียดระบุ %s จึงใช้จำนวนเงินตามส่วนที่ 2",
    "Organisation: %s%s, plan %d–%d":
        "หน่วยงาน: %s%s แผนปี %d–%d",
    "Project %s has no mission the frame knows (%s); it was put under %s":
        "โครงการลำดับที่ %s ไม่อยู่ในภารกิจใดของกรอบแผน (%s) จึงจัดไว้ใต้ภารกิจ %s",
    "The E-PlanNACC annex gives project %u of dimension %u %s in %u, the plan %s":
        "ภาคผนวก E-PlanNACC ระบุงบประมาณโครงการลำดับที่ %u ของมิติที่ %u เป็น %s ในปี %u แต่ในแผนเป็น %s",
    "%u projects, %u forms; form fields recognised: %u of %u (%.1f %%), at least %u of 9 in every form\n":
        "%u โครงการ แบบรายละเอียด %u แบบ อ่านหัวข้อของแบบได้ %u จาก %u หัวข้อ (ร้อยละ %.1f) อย่างน้อย %u จาก 9 หัวข้อในทุกแบบ\n",
}
