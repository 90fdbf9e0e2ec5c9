"""Lerato Dlamini: a South African Word CV built on a two-column layout table: a narrow shaded LEFT
cell (contact, skills, languages, certifications, referees) and a wide right cell with the experience,
each job title with its dates on a RIGHT tab stop inside the cell (python-docx)."""

from __future__ import annotations

from _seti_docx import col_widths, new_document, no_borders, shade
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

GREEN = RGBColor(0x0B, 0x5D, 0x3B)


def para(cell, text="", *, bold=False, size=None, color=None, first=False, italic=False, after=2):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    return p


def head(cell, text, first=False):
    p = para(cell, text.upper(), bold=True, size=10.5, color=GREEN, first=first, after=3)
    p.paragraph_format.space_before = Pt(0 if first else 9)


def job(cell, title, when, org, bullets):
    p = cell.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_before = Pt(5)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(title)
    r.bold = True
    p.add_run("\t" + when).font.size = Pt(9)
    para(cell, org, italic=True, after=1)
    for b in bullets:
        q = cell.add_paragraph(b, style="List Bullet")
        q.paragraph_format.space_after = Pt(0)


def build(path):
    doc = new_document(font="Calibri", size=10, margins_cm=(1.5, 1.5, 1.5, 1.5), author="Lerato Dlamini")
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    shade(left, "E6F1EA")

    para(left, "Lerato Dlamini", bold=True, size=17, color=GREEN, first=True)
    para(left, "Machine Learning Engineer", size=10.5, after=6)
    head(left, "Contact")
    for s in ("14 Jan Smuts Avenue, Parktown, Johannesburg 2193", "+27 11 555 0148",
              "lerato.dlamini@example.com", "github.com/lerato-d-example"):
        para(left, s, size=9)
    head(left, "Skills")
    for s in ("Python, Java, SQL, R", "pandas, scikit-learn, TensorFlow", "Spark, Docker, AWS",
              "Statistics and experiment design"):
        para(left, s, size=9)
    head(left, "Languages")
    for s in ("isiZulu – native", "English – fluent", "Sesotho – intermediate", "Afrikaans – basic"):
        para(left, s, size=9)
    head(left, "Certifications")
    para(left, "Microsoft Certified: Azure AI Fundamentals (AI-900), 2023", size=9)
    para(left, "AWS Certified Machine Learning – Specialty: exam booked for January 2027", size=9)
    head(left, "Referees")
    para(left, "Available on request", size=9, italic=True)

    head(right, "Profile", first=True)
    para(right, "Machine learning engineer with 2+ years of hands-on experience in banking and e-commerce, "
                "plus a year as a graduate intern. I enjoy taking models from a notebook to a monitored "
                "service, and I have shipped in both Python and Java.")
    head(right, "Experience")
    job(right, "Machine Learning Engineer", "07/2026 – present", "Discovery Health, Sandton",
        ["Claims-fraud models in Python (scikit-learn) served through the Java claims platform."])
    job(right, "Freelance Developer (contract)", "09/2025 – 04/2026", "Self-employed, Johannesburg",
        ["Python and Java work for three small clients, taken on alongside my Takealot role and "
         "continued full-time after it ended:",
         "Loyalty-points forecasting for a Soweto retail group (pandas, SQL).",
         "A Java Spring Boot stock API for a Durban pharmacy chain."])
    job(right, "Junior Machine Learning Engineer", "02/2025 – 01/2026", "Takealot.com, Cape Town (remote)",
        ["Product-categorisation model in TensorFlow; batch scoring on Spark; Docker images on AWS."])
    job(right, "Graduate Intern, Data & Analytics", "01/2024 – 12/2024", "Standard Bank, Johannesburg",
        ["Twelve-month graduate internship: credit-risk dashboards in SQL and a churn model in R."])
    job(right, "Vacation Work Student", "12/2022 – 01/2023", "Anglo American, Johannesburg",
        ["Data cleaning for the mine-safety incident register."])
    head(right, "Education")
    job(right, "BSc Honours in Computer Science", "2023", "University of the Witwatersrand",
        ["Research report: statistical tests for model drift in loan books (distinction)."])
    job(right, "BSc (Computer Science and Applied Mathematics)", "2020 – 2022",
        "University of the Witwatersrand", [])
    job(right, "National Senior Certificate (Matric), Bachelor pass", "2019", "Parktown High School for Girls", [])
    col_widths(t, [Cm(5.6), Cm(12.4)])
    doc.save(path)
