"""Ethan Marsh: Australian developer; name and contact only in the Word page header."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from _docxkit import bullet, new_document, section_heading, tab_line

NAVY = RGBColor(0x1B, 0x2A, 0x4A)


def build(out):
    doc = new_document(font="Arial", size=10, margins_cm=(1.8, 1.8, 2.6, 1.6), author="Ethan Marsh")
    header = doc.sections[0].header
    hp = header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run("ETHAN MARSH")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(18), NAVY
    hp2 = header.add_paragraph("Brunswick VIC 3056  |  0433 555 218  |  ethan.marsh.dev@example.com.au")
    hp2.runs[0].font.size = Pt(9)

    section_heading(doc, "Profile", color=NAVY, size=11)
    doc.add_paragraph("Software developer with 5+ years of commercial development experience on logistics and "
                      "e-commerce platforms. Java and Python day to day, JavaScript when the front end needs a hand. "
                      "Came into software through TAFE and an IT traineeship.")

    section_heading(doc, "Employment History", color=NAVY, size=11)
    tab_line(doc, "Software Developer – Southern Cross Freight Tech, Melbourne VIC", "Feb 2021 – Current")
    bullet(doc, "Maintain the Java 17 (Spring Boot) booking and consignment APIs used by 1,400 carriers.")
    bullet(doc, "Wrote Python ETL jobs that load carrier rate cards into PostgreSQL; SQL performance tuning.")
    bullet(doc, "Containerised services with Docker and moved them to AWS ECS with the platform team.")
    tab_line(doc, "Junior Developer – Yarra Web Co., Richmond VIC", "Aug 2019 – Jan 2021")
    bullet(doc, "Shopify and React storefronts in JavaScript; small Java integrations with warehouse systems.")
    tab_line(doc, "IT Support Trainee (Certificate III traineeship) – Bayside City Council", "Feb 2018 – Jan 2019")
    bullet(doc, "Service-desk tickets, laptop imaging, PowerShell scripts for account provisioning.")

    section_heading(doc, "Education", color=NAVY, size=11)
    tab_line(doc, "Diploma of Information Technology (Advanced Programming) – Melbourne Polytechnic TAFE", "2018 – 2019")
    tab_line(doc, "Victorian Certificate of Education (VCE) – Brunswick Secondary College", "2017", bold_left=False)

    section_heading(doc, "Certifications", color=NAVY, size=11)
    bullet(doc, "AWS Certified Developer – Associate (2023)")
    bullet(doc, "AWS Certified Cloud Practitioner (2021)")

    section_heading(doc, "Technical Skills", color=NAVY, size=11)
    doc.add_paragraph("Java, Spring Boot, Python, JavaScript, React, SQL (PostgreSQL, MySQL), Docker, AWS (ECS, RDS, S3), Git, Jira")

    section_heading(doc, "Languages", color=NAVY, size=11)
    doc.add_paragraph("English (native), Greek (intermediate)")
    doc.add_paragraph("References available on request.")
    doc.save(out)
