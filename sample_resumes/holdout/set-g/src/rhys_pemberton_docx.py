"""Rhys Pemberton: the whole résumé in one bordered Word table with merged cells: the name row spans all
three columns, each section label is merged vertically over its rows, dates sit in the middle column,
and single-text rows merge the two right-hand cells (python-docx)."""

from __future__ import annotations

from _setg_docx import col_widths, shade
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from _setg_docx import new_document

TEAL = RGBColor(0x0B, 0x5C, 0x63)


def write(cell, parts, *, size=9.5):
    """parts: list of (text, bold, italic) paragraphs; the first goes in the cell's own paragraph."""
    first = True
    for text, bold, italic in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)


def bullets(cell, items):
    for t in items:
        p = cell.add_paragraph(style="List Bullet")
        p.add_run(t).font.size = Pt(9)
        p.paragraph_format.space_after = Pt(0)


def section(table, start, rows, label):
    """Merge column 0 over rows[start:start+len(rows)] and label it."""
    top = table.cell(start, 0)
    if rows > 1:
        top = top.merge(table.cell(start + rows - 1, 0))
    shade(top, "E3F1F2")
    top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    p = top.paragraphs[0]
    r = p.add_run(label)
    r.bold = True
    r.font.color.rgb = TEAL
    r.font.size = Pt(10)


def build(path):
    doc = new_document(font="Arial", size=9.5, margins_cm=(1.5, 1.5, 1.5, 1.5), author="Rhys Pemberton")
    jobs = [
        ("Sep 2021 – present", [("Software Engineer → Senior Software Engineer (2024)", True, False),
                                ("BT Group, Digital – Cardiff", False, True)],
         ["Java (Spring Boot) and TypeScript services for the broadband ordering journey; SQL on Oracle and PostgreSQL.",
          "Python tooling for fault prediction; moved 40 services to Docker and Kubernetes on AWS."]),
        ("Jan 2023 – present", [("Associate Lecturer (part-time, evenings)", True, False),
                                ("Cardiff Metropolitan University, School of Technologies", False, True)],
         ["Teach Introduction to Machine Learning (Python, PyTorch) to part-time degree students."]),
        ("Sep 2017 – Aug 2021", [("Degree Apprentice, Software Engineering", True, False),
                                 ("BT Group (with Cardiff University's National Software Academy)", False, True)],
         ["Four-year degree apprenticeship: rotations in networks, test automation and the Java platform team."]),
        ("Jun 2015 – Aug 2017", [("Weekend Sales Assistant (part-time)", True, False),
                                 ("Currys, Cardiff Bay", False, True)], []),
    ]
    edu = [
        ("2025 – 2027 (expected)", "MSc Artificial Intelligence (part-time)", "Cardiff University"),
        ("2017 – 2021", "BSc (Hons) Applied Software Engineering, First Class – degree apprenticeship",
         "Cardiff University"),
        ("2015 – 2017", "A levels: Mathematics (A), Computer Science (A), Physics (B)",
         "Whitchurch High School, Cardiff"),
    ]
    extra = [
        ("Certifications", "AWS Certified Solutions Architect – Associate (2022) · Certified Kubernetes "
                           "Administrator (CKA), 2023 · ISTQB Certified Tester Foundation Level (2018)"),
        ("Skills", "Java, Python, TypeScript, SQL · Spring Boot, PyTorch · Docker, Kubernetes, AWS"),
        ("Languages", "English (native) · Welsh (fluent – Cymraeg)"),
    ]
    n = 2 + len(jobs) + len(edu) + len(extra)
    t = doc.add_table(rows=n, cols=3)
    t.style = "Table Grid"
    col_widths(t, [Cm(3.2), Cm(3.4), Cm(11.4)])

    head = t.cell(0, 0).merge(t.cell(0, 2))
    shade(head, "0B5C63")
    p = head.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("RHYS PEMBERTON")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p2 = head.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run("Cardiff, Wales · +44 7700 900 417 · rhys.pemberton@example.com")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    section(t, 1, 1, "Profile")
    prof = t.cell(1, 1).merge(t.cell(1, 2))
    write(prof, [("Software engineer who came up through a degree apprenticeship at BT. Java and Python "
                  "in production, a part-time lecturer on the side, and an MSc in AI under way.",
                  False, False)])

    row = 2
    section(t, row, len(jobs), "Experience")
    for when, parts, items in jobs:
        write(t.cell(row, 1), [(when, True, False)], size=9)
        c = t.cell(row, 2)
        write(c, parts)
        bullets(c, items)
        row += 1
    section(t, row, len(edu), "Education")
    for when, what, where in edu:
        write(t.cell(row, 1), [(when, True, False)], size=9)
        write(t.cell(row, 2), [(what, True, False), (where, False, True)])
        row += 1
    for label, text in extra:
        section(t, row, 1, label)
        c = t.cell(row, 1).merge(t.cell(row, 2))
        write(c, [(text, False, False)])
        row += 1
    doc.save(path)
