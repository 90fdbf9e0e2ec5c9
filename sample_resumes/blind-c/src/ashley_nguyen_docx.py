"""Ashley Nguyen: US data analyst, title<TAB>dates with a right tab stop (python-docx)."""

from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

from _docxkit import bullet, new_document, section_heading, tab_line

TEAL = RGBColor(0x0E, 0x5E, 0x6F)


def org(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.italic = True
    return p


def build(out):
    doc = new_document(font="Calibri", size=10.5, margins_cm=(1.9, 1.9, 1.5, 1.5), author="Ashley Nguyen")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ASHLEY NGUYEN")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(20), TEAL
    p = doc.add_paragraph("Portland, OR  |  (503) 555-0176  |  ashley.nguyen.data@example.com  |  linkedin.com/in/ashleynguyen-data")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    section_heading(doc, "Summary", color=TEAL)
    doc.add_paragraph(
        "Data analyst with 5+ years of experience in healthcare and marketing analytics. I build the "
        "SQL models, dashboards and statistical analyses that help non-technical teams make decisions, "
        "and I am comfortable owning a question from messy data to a clear recommendation."
    )

    section_heading(doc, "Experience", color=TEAL)
    tab_line(doc, "Data Analyst II", "March 2023 - Present")
    org(doc, "Evergreen Community Health Plan – Portland, OR")
    bullet(doc, "Own member-retention and care-gap reporting (Snowflake SQL, Tableau) for 210,000 members.")
    bullet(doc, "Ran the statistical evaluation of a nurse-outreach pilot (difference-in-differences in R); program expanded statewide.")
    bullet(doc, "Automated HEDIS extract checks in Python (pandas), saving about 30 analyst hours per quarter.")
    tab_line(doc, "Data Analyst", "June 2020 - February 2023")
    org(doc, "Cedar & Pine Marketing – Portland, OR")
    bullet(doc, "Campaign attribution and A/B test readouts for 25 retail clients; SQL on BigQuery, Looker Studio.")
    bullet(doc, "Built a customer-segmentation workbook in Python that the strategy team still uses.")
    tab_line(doc, "Research Assistant (part-time)", "September 2018 - May 2020")
    org(doc, "Cognition & Decision Lab, Willamette Valley University")
    bullet(doc, "Cleaned survey data and ran ANOVAs in SPSS and R for two published studies.")

    section_heading(doc, "Education", color=TEAL)
    tab_line(doc, "B.A. in Psychology, minor in Statistics", "2016 - 2020")
    org(doc, "Willamette Valley University")
    doc.add_paragraph("Magna cum laude. Honors thesis: anchoring effects in health-insurance plan choice.")

    section_heading(doc, "Skills", color=TEAL)
    doc.add_paragraph("SQL (Snowflake, BigQuery, PostgreSQL) · Python (pandas, matplotlib) · R (tidyverse) · "
                      "Statistics (regression, hypothesis testing, survey weighting) · Tableau · Looker Studio · Excel · SPSS")

    section_heading(doc, "Certifications", color=TEAL)
    bullet(doc, "Google Data Analytics Professional Certificate – 2020")
    bullet(doc, "Tableau Desktop Specialist – 2021")
    bullet(doc, "CompTIA Data+ – in progress (exam booked for January 2027)")

    section_heading(doc, "Languages", color=TEAL)
    doc.add_paragraph("English (native), Vietnamese (fluent)")
    doc.save(out)
