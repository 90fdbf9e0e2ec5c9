"""Patrick Dunleavy: Irish financial controller; Word's built-in Title / Heading 1 styles,
dates first on a left tab stop with a hanging indent, contact details only in the page
footer (python-docx)."""

from __future__ import annotations

from _docxkit import label_line, new_document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor


def build(path):
    doc = new_document(font="Liberation Serif", size=10.5, margins_cm=(2.2, 2.2, 2.0, 2.0),
                       author="Patrick Dunleavy")
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = foot.add_run("Patrick Dunleavy FCCA  ·  Ballyvelly, Tralee, Co. Kerry V92 XY55  ·  "
                      "+353 87 555 0126  ·  patrick.dunleavy@example.com")
    fr.font.size = Pt(8.5)
    fr.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

    doc.add_paragraph("Patrick Dunleavy", style="Title")
    doc.add_paragraph("Financial Controller  |  FCCA")

    doc.add_paragraph("Profile", style="Heading 1")
    doc.add_paragraph(
        "Chartered certified accountant with 18 years of experience in audit, group reporting "
        "and finance transformation in food and consumer goods. Comfortable being the finance "
        "lead on systems projects: I write the requirements, the technical team builds.")

    doc.add_paragraph("Career history", style="Heading 1")
    label_line(doc, "2015 – present", "Financial Controller, Kerry Group plc, Tralee", tab_cm=3.4)
    for b in [
        "Month-end close for 14 entities (EUR 1.9bn revenue); close cut from 9 to 5 working days.",
        "Sponsored the move of group reporting to a new consolidation platform, built by our "
        "Java contractors; signed off the data model and the reconciliations.",
        "Recruited and managed two Python developers who automated intercompany matching.",
        "Power BI dashboards and SQL (intermediate) queries against the finance data mart.",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    label_line(doc, "2010 – 2015", "Senior Associate, then Audit Manager, PwC Ireland, Cork",
               tab_cm=3.4)
    doc.add_paragraph("Audits of food, agri and retail clients under IFRS and Irish GAAP; "
                      "managed teams of up to eight.", style="List Bullet")
    label_line(doc, "2008 – 2010",
               "Trainee Accountant (ACCA training contract), PwC Ireland, Cork", tab_cm=3.4)

    doc.add_paragraph("Education", style="Heading 1")
    label_line(doc, "2004 – 2007", "Bachelor of Commerce (BComm), University College Cork – 2.1",
               tab_cm=3.4)
    label_line(doc, "2004", "Leaving Certificate, Tralee CBS – 545 points", tab_cm=3.4)

    doc.add_paragraph("Professional qualifications", style="Heading 1")
    label_line(doc, "2011", "ACCA – member; Fellow (FCCA) since 2016", tab_cm=3.4)
    label_line(doc, "2016", "Lean Six Sigma Green Belt", tab_cm=3.4)

    doc.add_paragraph("Other", style="Heading 1")
    label_line(doc, "IT", "Advanced Excel, Power BI, SQL (intermediate), SAP S/4HANA, Oracle HFM",
               tab_cm=3.4)
    label_line(doc, "Languages", "English (native), Irish (intermediate), French (basic)",
               tab_cm=3.4)
    label_line(doc, "Interests", "Gaelic football coach (U-14s) since 2019; hill walking",
               tab_cm=3.4)
    doc.save(path)
