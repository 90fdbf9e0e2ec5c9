"""Jasper Whitlock: career changer (music degree, coding bootcamp). Word Heading styles;
each entry has a hanging indent with the start date on the first line and the end date
on the next one, in a left date column made by a tab stop (python-docx)."""

from __future__ import annotations

from _docxkit import new_document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

INDENT = Cm(2.7)


def hanging(doc, left, text, bold=False, italic=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = INDENT
    pf.first_line_indent = -INDENT
    pf.tab_stops.add_tab_stop(INDENT, WD_TAB_ALIGNMENT.LEFT)
    pf.space_after = Pt(0)
    d = p.add_run(left)
    d.font.size = Pt(9)
    d.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    r = p.add_run("\t" + text)
    r.bold = bold
    r.italic = italic
    return p


def entry(doc, start, end, title, org, bullets):
    hanging(doc, start, title, bold=True)
    hanging(doc, end, org, italic=True)
    for b in bullets:
        p = doc.add_paragraph(b, style="List Bullet")
        p.paragraph_format.left_indent = INDENT + Cm(0.5)
        p.paragraph_format.space_after = Pt(1)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def build(path):
    doc = new_document(font="Liberation Sans", size=10, margins_cm=(2.0, 2.0, 2.4, 1.8),
                       author="Jasper Whitlock")
    for lvl, size in (("Heading 1", 12), ("Title", 22)):
        st = doc.styles[lvl]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x3B, 0x3B, 0x6D)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = ("Providence, RI  |  (401) 555-0174  |  jasper.whitlock@example.com  |  "
                "github.example.org/jwhitlock")
    hdr.runs[0].font.size = Pt(8.5)

    doc.add_paragraph("Jasper Whitlock", style="Title")
    doc.add_paragraph(
        "Backend software engineer with 7+ years of experience building order and "
        "fulfilment services in Java and Python. Former jazz guitarist and music teacher; "
        "I switched careers through a full-time coding bootcamp in 2018."
    )

    doc.add_paragraph("Experience", style="Heading 1")
    entry(doc, "03/2019 –", "present", "Software Engineer II (Senior since 2023)",
          "Wayfair, Boston, MA (remote since 2021)", [
              "Own the carrier-rating service in Java 17 / Spring Boot (14k requests/s).",
              "Built Python batch jobs that reconcile freight invoices against quotes; "
              "recovered $1.1M in overbilling in 2024.",
              "Kafka consumers and SQL (MySQL, BigQuery); containers on Kubernetes; "
              "on-call lead for the logistics platform.",
              "Front-end fixes in JavaScript/TypeScript (React) for the internal ops console.",
          ])  # fmt: skip
    entry(doc, "2016 –", "2018", "Guitar & Music Theory Teacher (part-time)",
          "Brookline Music School, Brookline, MA", [
              "Taught 25 private students a week and two ensemble classes.",
          ])  # fmt: skip

    doc.add_paragraph("Training & Education", style="Heading 1")
    entry(doc, "Sep 2018 –", "Dec 2018", "Software Engineering Bootcamp (full-time, 16 weeks)",
          "App Academy, New York, NY", [
              "Ruby on Rails, JavaScript, SQL; capstone: a sheet-music exchange.",
          ])  # fmt: skip
    entry(doc, "2011 –", "2015", "Bachelor of Music, Performance (Jazz Guitar)",
          "Berklee College of Music, Boston, MA", [])

    doc.add_paragraph("Certifications", style="Heading 1")
    for line in (
        "Oracle Certified Professional: Java SE 17 Developer (2022)",
        "AWS Certified Developer – Associate (2021; expired 2024)",
    ):
        doc.add_paragraph(line, style="List Bullet")

    doc.add_paragraph("Skills", style="Heading 1")
    doc.add_paragraph("Java, Python, SQL, JavaScript, TypeScript, Kafka, Spring Boot, "
                      "Docker, Kubernetes, Terraform, Datadog")
    doc.add_paragraph("Spanish (intermediate). Still gigging most Friday nights.")
    doc.save(path)
