"""Oluwaseun Adebanjo: a one-column "ATS-friendly" Word résumé: Word Heading 1 styles, no tables,
no columns, plain bullets; three promotions listed as SUB-ROLES under one employer heading that
carries the only date range (python-docx)."""

from __future__ import annotations

from _seth_docx import bullet, heading, new_document
from docx.shared import Pt, RGBColor

BLACK = RGBColor(0, 0, 0)


def plain(doc, text, *, bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(1)
    return p


def build(path):
    doc = new_document(font="Arial", size=10.5, margins_cm=(2.0, 2.2, 2.0, 2.2),
                       author="Oluwaseun Adebanjo")
    plain(doc, "OLUWASEUN ADEBANJO", bold=True, size=16)
    plain(doc, "Machine Learning Engineer")
    plain(doc, "Lekki Phase 1, Lagos, Nigeria | +234 803 555 0127 | oluwaseun.adebanjo@example.com")

    heading(doc, "Professional Summary", level=1, color=BLACK, size=12)
    plain(doc, "Chartered accountant turned machine learning engineer with 11 years of experience in "
               "payments, audit and fraud analytics. Builds and runs production models in Python and "
               "Java; strong statistics and data science background.")

    heading(doc, "Work Experience", level=1, color=BLACK, size=12)
    plain(doc, "Interswitch Group, Lagos | January 2019 – Present", bold=True)
    plain(doc, "Senior Machine Learning Engineer", italic=True)
    bullet(doc, "Leads a team of four building card-fraud models (TensorFlow, scikit-learn) on Spark.")
    bullet(doc, "Owns the Java scoring service on Kubernetes; Docker images and AWS SageMaker training jobs.")
    plain(doc, "Machine Learning Engineer", italic=True)
    bullet(doc, "Moved rule-based fraud checks to gradient-boosted models; deep learning for merchant-name matching.")
    plain(doc, "Data Analyst, Fraud & Risk", italic=True)
    bullet(doc, "SQL and Python reporting on 30 million monthly transactions; first anomaly models.")

    plain(doc, "KPMG Nigeria, Lagos | September 2015 – December 2018", bold=True)
    plain(doc, "Audit Associate, then Senior Audit Associate", italic=True)
    bullet(doc, "Audits of banks and fintechs; automated sampling with Python and SQL (IDEA and Excel before that).")

    heading(doc, "Education", level=1, color=BLACK, size=12)
    plain(doc, "M.Sc. Data Science (online), University of Salford, in progress, expected 2027", bold=True)
    plain(doc, "B.Sc. Accounting, University of Lagos, 2014 (Second Class Upper)", bold=True)

    heading(doc, "Certifications & Professional Membership", level=1, color=BLACK, size=12)
    bullet(doc, "Associate Chartered Accountant (ACA), Institute of Chartered Accountants of Nigeria (ICAN), 2017")
    bullet(doc, "AWS Certified Machine Learning – Specialty, 2021 (expired 2024)")
    bullet(doc, "Microsoft Certified: Azure Data Scientist Associate (in view)")

    heading(doc, "Skills", level=1, color=BLACK, size=12)
    plain(doc, "Python, Java, SQL, Spark, TensorFlow, scikit-learn, Docker, Kubernetes, AWS, machine learning, "
               "deep learning, statistics, data science, Excel")

    heading(doc, "Languages", level=1, color=BLACK, size=12)
    plain(doc, "English (fluent), Yoruba (native), Hausa (basic)")
    doc.save(path)
