"""Trần Thị Thu Hà: a Word résumé with the name in the page header, a single-column body with Word
heading styles and dates on a right tab stop, then a continuous section break into TWO Word columns
for skills, certificates and languages (python-docx)."""

from __future__ import annotations

from _seth_docx import bullet, heading, new_document, new_section, tab_line
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

RED = RGBColor(0x9B, 0x1C, 0x1C)


def job(doc, title, when, org, items):
    tab_line(doc, title, when, pos_cm=17.0, size=10.5)
    p = doc.add_paragraph()
    p.add_run(org).italic = True
    p.paragraph_format.space_after = Pt(1)
    for it in items:
        bullet(doc, it)


def build(path):
    doc = new_document(font="Calibri", size=10.5, margins_cm=(2.0, 2.0, 1.8, 2.0),
                       author="Trần Thị Thu Hà")
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run("TRẦN THỊ THU HÀ")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RED
    hp2 = doc.sections[0].header.add_paragraph()
    hp2.add_run("Data Scientist · Cầu Giấy, Hà Nội · +84 24 5550 3318 · thuha.tran@example.com").font.size = Pt(9)

    heading(doc, "Summary", level=1, color=RED, size=13)
    doc.add_paragraph("Data scientist with 7 years of experience in telecom and banking analytics: churn, "
                      "credit and network-quality models from exploration to monthly reporting. I work in "
                      "Python and R and care about honest statistics.")

    heading(doc, "Experience", level=1, color=RED, size=13)
    job(doc, "Senior Data Scientist", "since 03/2020", "Viettel AI, Hà Nội",
        ["Churn and next-best-offer models for 40 million subscribers (Python, scikit-learn, Spark).",
         "A/B test design and causal analysis; results shared as R Markdown reports.",
         "Internal dashboards in JavaScript (D3) on top of SQL marts maintained by the data platform team."])
    job(doc, "Business Analyst, Retail Risk", "07/2018 – 02/2020", "Techcombank, Hà Nội",
        ["Credit-scorecard monitoring in SQL and R; logistic-regression refits every quarter."])
    job(doc, "Fresher Trainee (Data track)", "01/2018 – 06/2018", "FPT Software Academy, Hà Nội",
        ["Six-month fresher programme: SQL, Python, pandas, basic machine learning."])

    heading(doc, "Education", level=1, color=RED, size=13)
    tab_line(doc, "Master of Data Science (part-time), VNU International School",
             "2021 – 2023", pos_cm=17.0, size=10)
    tab_line(doc, "Bachelor of Science in Mathematics and Informatics, VNU-HUS",
             "2013 – 2017", pos_cm=17.0, size=10)

    new_section(doc, 2)
    heading(doc, "Skills", level=2, color=RED, size=11.5)
    for s in ("Python (pandas, scikit-learn)", "R (tidyverse, ggplot2)", "SQL, Spark", "Tableau",
              "Statistics, experiment design", "Data science, machine learning"):
        bullet(doc, s)
    heading(doc, "Certificates", level=2, color=RED, size=11.5)
    bullet(doc, "IBM Data Science Professional Certificate (2020)")
    bullet(doc, "HarvardX PH125.8x Data Science: Machine Learning (2021)")
    bullet(doc, "Google Cloud Professional Data Engineer (2022; expired 2024)")
    heading(doc, "Languages", level=2, color=RED, size=11.5)
    bullet(doc, "Vietnamese – native")
    bullet(doc, "English – TOEIC 905")
    bullet(doc, "Japanese – JLPT N3")
    doc.save(path)
