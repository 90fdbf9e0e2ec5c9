"""Bongani Mthembu: Word-like CV, role and company left with the dates on a right-aligned
tab stop, a continuous two-column section for skills and certifications (python-docx)."""

from __future__ import annotations

from _docxkit import bullet, new_document, section_heading, tab_line
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

NAVY = RGBColor(0x1B, 0x36, 0x5D)


def _columns(section, num, space_twips=567):
    sect_pr = section._sectPr
    for old in sect_pr.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols"
    ):
        sect_pr.remove(old)
    sect_pr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space_twips}"/>'))


def job(doc, title, org, when, bullets):
    tab_line(doc, title, when, italic_right=False)
    p = doc.add_paragraph()
    r = p.add_run(org)
    r.italic = True
    r.font.color.rgb = RGBColor(0x4A, 0x4A, 0x4A)
    p.paragraph_format.space_after = Pt(1)
    for b in bullets:
        bullet(doc, b)


def build(path):
    doc = new_document(font="Liberation Serif", size=10.5, author="B. Mthembu")
    name = doc.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = name.add_run("BONGANI S. MTHEMBU")
    r.bold = True
    r.font.size = Pt(19)
    r.font.color.rgb = NAVY
    contact = doc.add_paragraph(
        "Randburg, Johannesburg  •  +27 82 555 0148  •  bongani.mthembu@example.com  •  "
        "linkedin.example.org/in/bmthembu"
    )
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    contact.runs[0].font.size = Pt(9)

    section_heading(doc, "Professional Summary", color=NAVY, size=11)
    doc.add_paragraph(
        "Machine learning engineer with 8+ years of experience turning actuarial and "
        "clinical data into production models for health insurance and retail banking. "
        "I write most of my modelling code in Python and most of my services in Java, and "
        "I am happiest where the statistics meet the software engineering."
    )

    section_heading(doc, "Experience", color=NAVY, size=11)
    job(doc, "Senior Machine Learning Engineer", "Discovery Health, Sandton",
        "Jan. 2020 - Now", [
            "Lead engineer for the claims-fraud scoring platform: gradient-boosted and "
            "deep-learning models (TensorFlow, Keras) scoring 2.4 million claims a month.",
            "Rebuilt the feature store on Spark and Delta Lake; model services in Java "
            "(Spring Boot) deployed with Docker on Azure Kubernetes Service.",
            "Introduced model cards and drift monitoring; mentor five junior data scientists.",
        ])  # fmt: skip
    job(doc, "Part-time Lecturer, Statistical Learning (Honours module)",
        "University of Johannesburg, Department of Statistics", "2021–2023", [
            "Taught one evening module per semester alongside my role at Discovery.",
        ])  # fmt: skip
    job(doc, "Data Analyst, Credit Risk", "Capitec Bank, Stellenbosch",
        "Feb 2018 – Dec 2019", [
            "Behavioural scorecards in SAS and R; moved the monthly model refresh to Python "
            "and SQL Server, cutting it from four days to six hours.",
        ])  # fmt: skip
    job(doc, "Graduate Trainee, Data & Analytics Programme", "Capitec Bank, Stellenbosch",
        "Feb 2017 – Jan 2018", [
            "Twelve-month rotation through credit, fraud and marketing analytics teams.",
        ])  # fmt: skip
    job(doc, "Vacation Student", "Sasol, Secunda", "Dec 2015 – Jan 2016", [
        "Eight-week vacation work programme in process-data analytics.",
    ])

    section_heading(doc, "Education", color=NAVY, size=11)
    tab_line(doc, "BSc (Hons) Applied Mathematics and Statistics", "2013 – 2016")
    doc.add_paragraph("University of the Witwatersrand, Johannesburg — with distinction")
    tab_line(doc, "National Senior Certificate (Matric), Bachelor's pass", "2012")
    doc.add_paragraph("King Edward VII School, Johannesburg")

    # a continuous section break, then two newspaper columns (Word: Layout > Columns > Two)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec, 2)
    section_heading(doc, "Technical Skills", color=NAVY, size=11)
    for line in (
        "Languages: Python, Java, SQL, R, SAS",
        "ML: scikit-learn, TensorFlow/Keras, XGBoost, NumPy, pandas",
        "Data: Spark, Delta Lake, Kafka",
        "Platform: Docker, Kubernetes (AKS), Azure ML, MLflow, Git",
    ):
        bullet(doc, line)
    section_heading(doc, "Certifications", color=NAVY, size=11)
    for line in (
        "Microsoft Certified: Azure AI Engineer Associate (2022)",
        "IBM Machine Learning Professional Certificate — in progress (4 of 6 courses)",
    ):
        bullet(doc, line)
    section_heading(doc, "Languages", color=NAVY, size=11)
    bullet(doc, "isiZulu (native), English (fluent), Afrikaans (intermediate)")
    section_heading(doc, "Community", color=NAVY, size=11)
    bullet(doc, "Organiser, Johannesburg Python meetup (2019 – present)")
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    _columns(sec2, 1)
    ref = doc.add_paragraph("References available on request.")
    ref.runs[0].italic = True
    doc.save(path)
