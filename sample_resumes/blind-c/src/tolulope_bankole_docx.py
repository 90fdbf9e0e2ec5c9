"""Tolulope Bankole: Nigerian ML engineer; a borderless two-column Word table (dates | content)."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

from _docxkit import new_document, section_heading

GREEN = RGBColor(0x00, 0x6B, 0x3F)


def _no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    ))


def _rows(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    _no_borders(t)
    for left, title, lines in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(3.2), Cm(14.2)
        p = cells[0].paragraphs[0]
        r = p.add_run(left)
        r.font.size = Pt(9.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        p = cells[1].paragraphs[0]
        p.add_run(title).bold = True
        for line in lines:
            q = cells[1].add_paragraph(line, style="List Bullet")
            q.paragraph_format.space_after = Pt(0)
    for i, w in enumerate((Cm(3.2), Cm(14.2))):
        t.columns[i].width = w
        for c in t.columns[i].cells:
            c.width = w
    return t


def build(out):
    doc = new_document(font="Arial", size=10, margins_cm=(1.8, 1.8, 1.5, 1.5), author="Tolulope Bankole")
    p = doc.add_paragraph()
    r = p.add_run("Tolulope Bankole")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), GREEN
    doc.add_paragraph("Machine Learning Engineer\nIkeja, Lagos  •  +234 809 555 2740  •  tolu.bankole@example.com.ng  •  github.com/tolubankole")

    section_heading(doc, "Profile", color=GREEN)
    doc.add_paragraph("Machine learning engineer building credit-scoring and speech products for African markets since 2021. "
                      "I move easily between Python research code and the Java services that run it in production.")

    section_heading(doc, "Work History", color=GREEN)
    _rows(doc, [
        ("2021–", "Machine Learning Engineer — Sahel Analytics Ltd, Lagos", [
            "Credit-risk models for thin-file borrowers (scikit-learn, TensorFlow); default rate down 11%.",
            "Yoruba and Hausa speech-to-text fine-tuning; NLP pipeline for SMS transaction parsing.",
            "Model APIs in Java (Spring Boot), packaged with Docker on AWS.",
        ]),
        ("2018–2021", "Software Developer — Oyo Digital Services, Ibadan", [
            "Java backends for state e-government portals; PostgreSQL and SQL reporting.",
            "Python scripts for data migration from legacy Access databases.",
        ]),
        ("Jun 2016 –\nNov 2016", "Industrial Trainee (SIWES) — Lagos State Water Corporation", [
            "Six-month student industrial work experience: network support and a small billing report tool.",
        ]),
    ])

    section_heading(doc, "Education", color=GREEN)
    _rows(doc, [
        ("2013–2017", "B.Sc. Computer Science (Second Class Upper) — Lagoon City University", []),
        ("2012", "Senior School Certificate (WAEC) — Queen's College Annex, Yaba", []),
    ])

    section_heading(doc, "Skills", color=GREEN)
    _rows(doc, [
        ("Languages", "Python, Java, SQL", []),
        ("ML", "scikit-learn, TensorFlow, pandas, Hugging Face", []),
        ("Platform", "Docker, AWS (SageMaker, ECS), Git, Linux", []),
    ])

    section_heading(doc, "Certifications", color=GREEN)
    _rows(doc, [
        ("2020", "IBM Machine Learning Professional Certificate (Coursera)", []),
        ("2022", "Microsoft Certified: Azure AI Fundamentals (AI-900)", []),
    ])

    section_heading(doc, "Languages", color=GREEN)
    doc.add_paragraph("Yoruba — native;  English — fluent;  French — A2")
    doc.save(out)
