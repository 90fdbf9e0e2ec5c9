"""Adwoa Owusu: UK senior staff nurse. A floating VML text box on the right holds her
registration and certificates; a Word table (grid style) holds the key skills (python-docx)."""

from __future__ import annotations

from _docxkit import bullet, new_document, section_heading
from _setf_docx import col_widths, vml_text_box
from docx.shared import Cm, Pt, RGBColor

TEAL = RGBColor(0x00, 0x6D, 0x77)


def job(doc, title, org, when, bullets):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.add_run(title).bold = True
    p.add_run(f"  |  {org}")
    d = doc.add_paragraph()
    r = d.add_run(when)
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = TEAL
    for b in bullets:
        bullet(doc, b)


def build(path):
    doc = new_document(font="Calibri", size=10.5, margins_cm=(1.9, 1.9, 1.6, 1.6),
                       author="Adwoa Owusu")
    name = doc.add_paragraph()
    r = name.add_run("ADWOA OWUSU")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = TEAL
    vml_text_box(name, [
        ("Registration & certificates", True),
        ("NMC Registered Nurse (Adult), registered 2016 – current, revalidated 2025", False),
        ("Immediate Life Support (ILS), Resuscitation Council UK – renewed 2025", False),
        ("Advanced Life Support (ALS) provider – 2019, expired 2023", False),
        ("Languages", True),
        ("English – native", False),
        ("Twi – fluent", False),
    ], left_pt=360, top_pt=40, width_pt=150, height_pt=215)
    doc.add_paragraph("Senior Staff Nurse (Band 6), Acute Medical Unit")
    doc.add_paragraph("Lewisham, London SE13  ·  07700 900 572  ·  adwoa.owusu@example.com")

    section_heading(doc, "Personal statement", color=TEAL, size=11)
    doc.add_paragraph(
        "Registered nurse with 10 years of experience in acute medicine and critical care. "
        "I lead shifts on a 42-bed acute medical unit, mentor student nurses and have "
        "represented the ward in the Trust's electronic patient record roll-out.")

    section_heading(doc, "Key skills", color=TEAL, size=11)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cells = [
        "Acute assessment and escalation (NEWS2, sepsis pathway)", "IV therapy, cannulation, venepuncture",
        "Shift coordination and bed management", "Mentoring and assessing student nurses",
        "Epic EPR super-user; basic SQL and Excel for ward audit data", "Tracheostomy and NIV care",
    ]
    for i, text in enumerate(cells):
        c = t.rows[i // 2].cells[i % 2]
        c.paragraphs[0].add_run(text).font.size = Pt(9.5)
    col_widths(t, (Cm(5.6), Cm(5.6)))

    section_heading(doc, "Experience", color=TEAL, size=11)
    job(doc, "Senior Staff Nurse (Band 6)", "Guy's and St Thomas' NHS Foundation Trust",
        "April 2020 – present", [
            "Nurse in charge for day and night shifts; 10–14 nurses and HCAs.",
            "Clinical Informatics Champion (secondment, 2 days a week, Jan 2024 – Jun 2024): "
            "tested EPR order sets and trained 60 colleagues.",
            "Led the ward's falls-reduction audit; falls with harm down 35 % in a year.",
        ])
    job(doc, "Staff Nurse (Band 5)", "Barts Health NHS Trust, The Royal London Hospital",
        "September 2016 – March 2020", [
            "Adult critical care unit, then acute medicine; preceptorship completed 2017.",
        ])
    job(doc, "Healthcare Assistant (bank, part-time)", "Lewisham and Greenwich NHS Trust",
        "2013 – 2016", ["Weekend and holiday shifts during my degree."])

    section_heading(doc, "Education", color=TEAL, size=11)
    p = doc.add_paragraph()
    p.add_run("BSc (Hons) Adult Nursing").bold = True
    p.add_run(" – King's College London, Florence Nightingale Faculty, 2013 – 2016 (2:1)")
    doc.add_paragraph("Clinical placements across medicine, surgery, community and mental health.")

    section_heading(doc, "Interests", color=TEAL, size=11)
    doc.add_paragraph("Church choir; volunteer at a community health fair every summer since 2018.")
    doc.save(path)
