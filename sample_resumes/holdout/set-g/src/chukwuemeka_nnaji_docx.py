"""Chukwuemeka Nnaji: an ATS-style plain Word résumé: one column, no tables, no text boxes, typed
capital headings (not Word heading styles), 'Title | Employer | City' lines with YYYY/MM dates on the
next line, Word list bullets (python-docx)."""

from __future__ import annotations

from _setg_docx import bullet, heading, new_document
from docx.shared import Pt


def job(doc, line, when, bullets):
    p = doc.add_paragraph()
    p.add_run(line).bold = True
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph(when)
    for b in bullets:
        bullet(doc, b)


def build(path):
    doc = new_document(font="Calibri", size=11, margins_cm=(2.0, 2.2, 2.0, 2.2),
                       author="Chukwuemeka Nnaji")
    p = doc.add_paragraph()
    r = p.add_run("CHUKWUEMEKA NNAJI")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Lekki Phase 1, Lagos, Nigeria | +234 803 555 0192 | "
                      "chukwuemeka.nnaji@example.com | github.example.org/cnnaji")

    heading(doc, "PROFESSIONAL SUMMARY", style=False)
    doc.add_paragraph(
        "Backend engineer with 8 years of experience building payment systems in Java and Kotlin, "
        "now on the machine learning platform team: I make fraud models built in Python run safely "
        "at 5,000 transactions per second. HND and B.Sc. in Computer Science.")

    heading(doc, "WORK EXPERIENCE", style=False)
    job(doc, "Senior Backend Engineer, ML Platform | Flutterwave | Lagos", "2021/06 – present", [
        "Model-serving gateway in Java for real-time fraud scoring; Python feature jobs and "
        "shadow deployments for new models.",
        "Go sidecars for rate limiting; Docker and Kubernetes on AWS (EKS).",
        "Mentor for four engineers in the Flutterwave graduate programme.",
    ])
    job(doc, "Software Engineer | Interswitch Group | Lagos", "2018/03 – 2021/05", [
        "Card-switching services in Java (Spring Boot) and Kotlin; SQL (PostgreSQL, Oracle).",
        "Cut settlement-file processing from 4 hours to 25 minutes.",
    ])
    job(doc, "Junior Developer (contract) | Konga Online Shopping | Lagos", "2017/06 – 2018/02", [
        "Order-tracking APIs in Java; Python scripts for vendor data imports.",
    ])
    job(doc, "Corps Member, ICT Unit (NYSC) | Federal Ministry of Finance | Abuja", "2016/03 – 2017/02", [
        "National Youth Service Corps year: network support and a leave-tracking web app.",
    ])
    job(doc, "Industrial Attachment (SIWES) | Galaxy Backbone | Abuja", "2013/07 – 2013/12", [
        "Six-month student industrial work experience scheme placement in the data centre.",
    ])

    heading(doc, "EDUCATION", style=False)
    for line, when in [
        ("B.Sc. Computer Science (Second Class Upper) | University of Lagos, Distance Learning "
         "Institute | part-time", "2018 – 2022"),
        ("Higher National Diploma (HND) in Computer Science, Upper Credit | Yaba College of "
         "Technology", "2013 – 2015"),
        ("West African Senior School Certificate (WASSCE) | King's College, Lagos", "2009"),
    ]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
        p.paragraph_format.space_after = Pt(0)
        doc.add_paragraph(when)

    heading(doc, "CERTIFICATIONS", style=False)
    bullet(doc, "Oracle Certified Professional: Java SE 11 Developer – 2020")
    bullet(doc, "AWS Certified Developer – Associate – 2021 (expired 2024)")

    heading(doc, "SKILLS", style=False)
    doc.add_paragraph("Languages: Java, Kotlin, Python, Go, SQL")
    doc.add_paragraph("Platforms: Spring Boot, Kafka, Docker, Kubernetes, AWS, PostgreSQL, Redis")
    doc.add_paragraph("Spoken: Igbo (native), English (fluent), Yoruba (intermediate), Hausa (basic)")
    doc.save(path)
