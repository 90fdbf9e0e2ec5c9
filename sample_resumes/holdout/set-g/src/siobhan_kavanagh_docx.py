"""Siobhán Kavanagh: contact details only in a different-first-page header, 'Page X of Y' fields and
her e-mail in the footer, and a next-page section break whose second section has its own (unlinked)
header; Word heading styles, dates on a right tab stop (python-docx)."""

from __future__ import annotations

from _setg_docx import bullet, field, heading, new_document, tab_line
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

GREEN = RGBColor(0x16, 0x5B, 0x33)


def footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Siobhán Kavanagh · siobhan.kavanagh@example.com · Page ").font.size = Pt(8)
    field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    field(fp, "NUMPAGES")


def job(doc, title, when, org, items):
    tab_line(doc, title, when, pos_cm=16.5, size=10.5)
    p = doc.add_paragraph()
    r = p.add_run(org)
    r.italic = True
    for it in items:
        bullet(doc, it)


def build(path):
    doc = new_document(font="Cambria", size=10.5, margins_cm=(2.3, 2.2, 2.0, 2.2),
                       author="Siobhán Kavanagh")
    s1 = doc.sections[0]
    s1.different_first_page_header_footer = True
    hp = s1.first_page_header.paragraphs[0]
    r = hp.add_run("Siobhán Kavanagh")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = GREEN
    hp2 = s1.first_page_header.add_paragraph()
    hp2.add_run("Machine Learning Engineer · Ranelagh, Dublin 6, Ireland · +353 87 555 0136 · "
                "siobhan.kavanagh@example.com · linkedin.example.org/in/siobhankavanagh").font.size = Pt(8.5)
    s1.header.paragraphs[0].add_run("Siobhán Kavanagh – Curriculum Vitae").font.size = Pt(8)
    footer(s1)
    s1.first_page_footer.paragraphs[0].add_run("References available on request").font.size = Pt(8)

    heading(doc, "Profile", level=1, color=GREEN, size=13)
    doc.add_paragraph(
        "Machine learning engineer with 11+ years' experience in software, back at full speed after a "
        "career break to care for my father. I build fraud and risk models in Python and the Java and "
        "Scala services that run them, and I care a lot about statistics done properly.")

    heading(doc, "Experience", level=1, color=GREEN, size=13)
    job(doc, "Machine Learning Engineer", "since 2021", "Stripe, Dublin", [
        "Radar fraud models: feature engineering in Spark (Scala) and SQL, training in Python "
        "(scikit-learn, pandas), scoring services in Java.",
        "Model monitoring and calibration; statistics review for experiment readouts.",
    ])
    job(doc, "Career break", "Apr 2019 – Dec 2020", "Full-time carer for a family member", [
        "Completed a Professional Diploma in Data Analytics (UCD Professional Academy, 2020) alongside.",
    ])
    job(doc, "Software Engineer, later Senior Software Engineer", "Sept 2013 – Mar 2019", "Intercom, Dublin", [
        "Messenger back end in Ruby and Java; event pipelines on AWS; Docker-based CI.",
        "Python scripts for the data team's first churn dashboards.",
    ])
    job(doc, "Software Engineering Intern", "Summer 2012", "Ericsson, Athlone", [
        "Test automation for network management software.",
    ])

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.different_first_page_header_footer = False
    s2.header.is_linked_to_previous = False
    s2.header.paragraphs[0].add_run(
        "Curriculum Vitae – Siobhán Kavanagh (continued): education, certifications, skills").font.size = Pt(8)
    s2.footer.is_linked_to_previous = False
    footer(s2)

    heading(doc, "Education", level=1, color=GREEN, size=13)
    tab_line(doc, "BSc (Hons) Computer Science, First Class Honours", "2009 – 2013", pos_cm=16.5)
    doc.add_paragraph("University College Dublin")
    tab_line(doc, "Leaving Certificate (625 points)", "2009", pos_cm=16.5)
    doc.add_paragraph("Loreto College, St Stephen's Green")

    heading(doc, "Certifications", level=1, color=GREEN, size=13)
    bullet(doc, "AWS Certified Machine Learning – Specialty (2022, recertified 2025)")
    bullet(doc, "Databricks Certified Machine Learning Professional – exam booked for February 2027")

    heading(doc, "Skills", level=1, color=GREEN, size=13)
    doc.add_paragraph("Python, Java, Scala, SQL, Ruby · Spark, scikit-learn, pandas · AWS, Docker · "
                      "statistics, machine learning")
    heading(doc, "Languages", level=1, color=GREEN, size=13)
    doc.add_paragraph("English (native) · Irish (fluent) · French (intermediate)")
    doc.save(path)
