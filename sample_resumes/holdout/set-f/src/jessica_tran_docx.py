"""Jessica Tran: Australian résumé whose body is set in two Word newspaper columns (a
continuous section break after the single-column heading); dates on their own line under each
title (python-docx)."""

from __future__ import annotations

from _docxkit import bottom_border, new_document
from _setf_docx import new_section
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

PURPLE = RGBColor(0x5B, 0x2A, 0x86)


def heading(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = PURPLE
    bottom_border(p, color="5B2A86", size=6)


def entry(doc, title, org, when, bullets=()):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    p.add_run(title).bold = True
    o = doc.add_paragraph(org)
    o.paragraph_format.space_after = Pt(0)
    w = doc.add_paragraph()
    r = w.add_run(when)
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    for b in bullets:
        bp = doc.add_paragraph("– " + b)
        bp.paragraph_format.left_indent = Cm(0.35)
        bp.paragraph_format.first_line_indent = -Cm(0.3)
        bp.paragraph_format.space_after = Pt(1)


def build(path):
    doc = new_document(font="Liberation Sans", size=9.5, margins_cm=(1.6, 1.6, 1.5, 1.5),
                       author="Jessica Tran")
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Jessica Tran")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = PURPLE
    c = doc.add_paragraph("Data Engineer  •  Parramatta NSW 2150  •  0491 570 156  •  "
                          "jessica.tran@example.com")
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bottom_border(c, color="5B2A86", size=12)

    new_section(doc, 2)
    heading(doc, "About me")
    doc.add_paragraph(
        "Data engineer who came up through IT support. I build reliable pipelines and the "
        "tests around them, and I am finishing my bachelor's part-time.")
    heading(doc, "Experience")
    entry(doc, "Data Engineer", "Atlassian, Sydney", "Mar 2022 – Present", [
        "Batch and streaming pipelines in Python and Spark on AWS (EMR, S3, Glue).",
        "Maintains two Java ingestion services; moved them to Docker and ECS.",
        "dbt models and SQL tests for the product-analytics warehouse.",
    ])
    entry(doc, "IT Support Officer", "NSW Health, Westmead", "2019 – 2022", [
        "Level 2 support for 3,000 clinical staff; PowerShell and Python automation.",
        "Wrote SQL reports for the asset register.",
    ])
    entry(doc, "Retail Assistant (casual)", "JB Hi-Fi, Parramatta", "2016 – 2019",
          ["Computers and phones department; team member of the month twice."])
    doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)  # as a Word user would
    heading(doc, "Education")
    entry(doc, "Bachelor of Information Technology (part-time)",
          "University of Technology Sydney", "2022 – expected 2027",
          ["Majors: data analytics; enterprise systems. WAM 78."])
    entry(doc, "Diploma of Information Technology", "TAFE NSW, Granville", "2017 – 2018")
    entry(doc, "Higher School Certificate", "Cerdon College, Merrylands", "2015")
    heading(doc, "Skills")
    doc.add_paragraph("Python, SQL, Java, Spark, dbt, Airflow, Docker, AWS, Git, PowerShell")
    heading(doc, "Certifications")
    doc.add_paragraph("AWS Certified Data Engineer – Associate (2024)")
    doc.add_paragraph("CompTIA A+ (2019)")
    heading(doc, "Languages")
    doc.add_paragraph("Vietnamese (native), English (fluent)")
    heading(doc, "Referees")
    doc.add_paragraph("Available on request.")
    doc.save(path)
