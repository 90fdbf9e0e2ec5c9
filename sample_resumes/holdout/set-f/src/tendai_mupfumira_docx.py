"""Tendai Mupfumira: a Word résumé built on a borderless two-column layout table, the narrow
left cell shaded as a sidebar (contact, skills, certificates, languages), experience in the
right cell (python-docx)."""

from __future__ import annotations

from _docxkit import new_document, text_width
from _setf_docx import col_widths, no_borders, shade
from docx.shared import Cm, Pt, RGBColor

GREEN = RGBColor(0x1B, 0x5E, 0x20)
SIDE = Cm(6.0)


def para(cell, text="", *, bold=False, size=None, color=None, italic=False, first=False,
         before=0, after=2):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    return p


def heading(cell, text):
    para(cell, text.upper(), bold=True, size=10.5, color=GREEN, before=9, after=3)


def build(path):
    doc = new_document(font="Liberation Sans", size=9.5, margins_cm=(1.3, 1.3, 1.3, 1.3),
                       author="Tendai Mupfumira")
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    col_widths(t, (SIDE, text_width(doc) - SIDE))
    side, main = t.rows[0].cells
    shade(side, "E8F1E8")

    para(side, "TENDAI", bold=True, size=20, color=GREEN, first=True, after=0)
    para(side, "MUPFUMIRA", bold=True, size=20, color=GREEN, after=6)
    for line in ["Lead Machine Learning Engineer", "Johannesburg, South Africa",
                 "+27 82 555 0193", "tendai.mupfumira@example.com"]:
        para(side, line, size=9)
    heading(side, "Skills")
    for line in ["Python · Java · Scala · SQL", "TensorFlow · scikit-learn",
                 "Spark · Databricks · Airflow", "AWS · Docker", "Data science, forecasting,",
                 "credit-risk models"]:
        para(side, line, size=9)
    heading(side, "Certificates")
    para(side, "AWS Certified Machine Learning – Specialty", size=9, after=0)
    para(side, "2022 (valid until March 2025)", size=8, italic=True)
    para(side, "IBM Machine Learning Professional Certificate", size=9, after=0)
    para(side, "Coursera, 2020", size=8, italic=True)
    heading(side, "Languages")
    for line in ["Shona – native", "English – fluent", "Afrikaans – basic"]:
        para(side, line, size=9)

    para(main, "PROFILE", bold=True, size=10.5, color=GREEN, first=True, after=3)
    para(main, "Engineer with over ten years of experience in software and data science, most "
               "of it in financial services. I lead a team that builds and runs the models behind "
               "Discovery's Vitality rewards and credit products.")
    para(main, "EXPERIENCE", bold=True, size=10.5, color=GREEN, before=9, after=3)
    jobs = [
        ("Lead Machine Learning Engineer", "Discovery Limited, Sandton", "Feb 2019 – Current", [
            "Six-person team; churn and claims-fraud models in Python (scikit-learn, TensorFlow).",
            "Feature pipelines on Spark (Scala) in Databricks on AWS; Docker-based scoring APIs.",
            "Replaced a Java rules engine with a monitored model service; fraud recall +22 %.",
        ]),
        ("Software Developer", "Entelect, Johannesburg", "Jan 2016 – Jan 2019", [
            "Java and SQL for banking clients (loan origination, collections).",
            "Python tooling for test-data generation.",
        ]),
        ("Tutor (part-time)", "University of Cape Town, Department of Computer Science",
         "Feb 2014 – Nov 2015", ["First-year Java and Python tutorials."]),
        ("Vacation Work Student", "Standard Bank, Cape Town", "Dec 2013 – Jan 2014",
         ["Excel-to-SQL migration of a branch report."]),
    ]
    for title, org, when, bullets in jobs:
        para(main, title, bold=True, size=10, before=4, after=0)
        para(main, f"{org}  |  {when}", italic=True, size=9, color=RGBColor(0x44, 0x44, 0x44))
        for b in bullets:
            p = para(main, "•  " + b, after=1)
            p.paragraph_format.left_indent = Cm(0.4)
            p.paragraph_format.first_line_indent = -Cm(0.3)
    para(main, "EDUCATION", bold=True, size=10.5, color=GREEN, before=9, after=3)
    para(main, "BSc (Hons) Computer Science", bold=True, after=0)
    para(main, "University of Cape Town  |  2015", italic=True, size=9)
    para(main, "BSc Computer Science and Applied Mathematics", bold=True, after=0, before=3)
    para(main, "University of Cape Town  |  2012 – 2014", italic=True, size=9)
    para(main, "Cambridge International A Levels", bold=True, after=0, before=3)
    para(main, "St George's College, Harare  |  2011", italic=True, size=9)
    doc.save(path)
