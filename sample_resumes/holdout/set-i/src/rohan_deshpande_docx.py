"""Rohan Deshpande: an Indian Word résumé. Centred name block with a bottom border, a floating VML
text box on the right holding "Key Skills" and "Languages" beside the summary, then classic Word
entries: employer left and dates on a RIGHT tab stop, designation in italics, bullets; education as a
bordered Word table (python-docx)."""

from __future__ import annotations

from _seti_docx import new_document, vml_text_box
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

NAVY = RGBColor(0x1B, 0x2A, 0x49)


def rule_below(p):
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1B2A49"/></w:pBdr>'))


def head(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = NAVY
    p.paragraph_format.space_before = Pt(9)
    p.paragraph_format.space_after = Pt(3)
    rule_below(p)
    return p


def job(doc, org, when, role, bullets):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(4)
    r = p.add_run(org)
    r.bold = True
    p.add_run("\t" + when).bold = True
    q = doc.add_paragraph()
    q.add_run(role).italic = True
    q.paragraph_format.space_after = Pt(1)
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet").paragraph_format.space_after = Pt(0)


def build(path):
    doc = new_document(font="Cambria", size=10, margins_cm=(1.6, 2.0, 1.6, 2.0), author="Rohan Deshpande")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ROHAN VASANT DESHPANDE")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = NAVY
    p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Flat 302, Sai Residency, Baner, Pune – 411045  |  +91 20 5550 7721  |  rohan.deshpande@example.com")
    rule_below(p)

    head(doc, "CAREER OBJECTIVE")
    anchor = doc.add_paragraph()
    vml_text_box(anchor, [
        ("KEY SKILLS", True),
        ("Python, Java, SQL, MATLAB", False),
        ("TensorFlow / Keras, scikit-learn, pandas, NumPy", False),
        ("PySpark, Docker, Kubernetes, AWS (SageMaker, EKS)", False),
        ("Statistics, machine learning, deep learning", False),
        ("LANGUAGES", True),
        ("English, Hindi – fluent; Marathi – native", False),
    ], left_pt=330, top_pt=0, width_pt=175, height_pt=185, fill="EAF0F8")
    anchor.add_run(
        "Mechanical engineer turned machine learning engineer, with 9+ years of experience across "
        "automotive design, enterprise Java and, since 2021, production ML for manufacturing clients. "
        "Looking for a role where models meet physical systems: predictive maintenance, quality "
        "inspection, demand planning. Comfortable leading small teams and talking to plant engineers "
        "in their own language.")
    for _ in range(4):
        doc.add_paragraph()

    head(doc, "PROFESSIONAL EXPERIENCE")
    job(doc, "Persistent Systems Ltd., Pune", "Aug 2021 – Present", "Machine Learning Engineer → Lead (since Apr 2024)", [
        "Predictive-maintenance models for CNC machines of a German tool maker: TensorFlow LSTMs on sensor data, 11% fewer unplanned stops.",
        "Feature pipelines in PySpark; models deployed on AWS SageMaker and EKS with Docker and Kubernetes.",
        "Java wrappers so the client's MES could call the models; statistics-based alert thresholds.",
    ])
    job(doc, "Infosys Ltd., Pune", "Jan 2019 – Jul 2021", "Senior Systems Engineer (Java)", [
        "Spring Boot services for a US insurer; SQL (Oracle) tuning; first Python automation scripts.",
        "Completed the in-house data science track and moved to the analytics CoE in 2020.",
    ])
    job(doc, "Tata Motors Ltd., Pune", "Jul 2017 – Dec 2018", "Design Engineer – Chassis", [
        "CAE of suspension brackets; MATLAB scripts for fatigue-test data; Six Sigma project on weld defects.",
    ])
    job(doc, "Tata Motors Ltd., Pune", "Jul 2016 – Jun 2017", "Graduate Engineer Trainee (GET)", [
        "One-year trainee programme with rotations in design, quality and the Pimpri assembly plant.",
    ])
    job(doc, "Bharat Forge Ltd., Pune", "May 2015 – Jun 2015", "Summer Intern", [
        "Time-study of the crankshaft line.",
    ])

    head(doc, "EDUCATION")
    rows = [("Degree", "Institute", "Year", "Score"),
            ("M.Tech (Data Science & Engineering), WILP", "BITS Pilani", "2021 – 2023", "CGPA 8.4"),
            ("B.E. (Mechanical Engineering)", "College of Engineering Pune, SPPU", "2012 – 2016",
             "First Class with Distinction"),
            ("HSC (Maharashtra Board)", "Fergusson College, Pune", "2012", "88.5%")]
    t = doc.add_table(rows=0, cols=4)
    t.style = doc.styles["Table Grid"]
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            run = cell.paragraphs[0].add_run(text)
            run.bold = i == 0
            run.font.size = Pt(9.5)

    head(doc, "CERTIFICATIONS")
    for s in ("Machine Learning with Python – IBM (Coursera), 2020, Credential ID QW7TZ2KD9R",
              "AWS Certified Solutions Architect – Associate (SAA-C03), valid till Aug 2027",
              "Six Sigma Green Belt – Tata Motors Quality Academy, 2017"):
        doc.add_paragraph(s, style="List Bullet").paragraph_format.space_after = Pt(0)

    head(doc, "PERSONAL DETAILS")
    doc.add_paragraph("Date of Birth: 18 June 1994  |  Marital Status: Married  |  Notice period: 60 days")
    p = doc.add_paragraph("I hereby declare that the above information is true to the best of my knowledge.")
    p = doc.add_paragraph("Place: Pune\tRohan Deshpande")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    doc.save(path)
