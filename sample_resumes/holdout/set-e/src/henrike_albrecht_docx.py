"""Henrike Albrecht: German Lebenslauf, a borderless layout table with the dates in the
left column, name and contact in the Word page header (python-docx)."""

from __future__ import annotations

from _docxkit import new_document, section_heading, text_width
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

ACCENT = RGBColor(0x2E, 0x5E, 0x4E)
DATE_COL = Cm(3.9)


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{e} w:val="nil"/>' for e in
                  ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    ))  # fmt: skip


def _cell_text(cell, lines):
    """lines: list of (text, kind) with kind in title/org/bullet/plain."""
    cell.paragraphs[0].text = ""
    first = True
    for text, kind in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        pf = p.paragraph_format
        pf.space_after = Pt(1)
        if kind == "bullet":
            pf.left_indent = Cm(0.45)
            pf.first_line_indent = -Cm(0.35)
            p.add_run("–  " + text)
        else:
            r = p.add_run(text)
            r.bold = kind == "title"
            r.italic = kind == "org"
            if kind == "org":
                r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def cv_table(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _no_borders(table)
    rest = text_width(doc) - DATE_COL
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), (DATE_COL, rest)):
        col.set(qn("w:w"), str(int(w) // 635))
    for when, lines in rows:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = DATE_COL, rest
        p = cells[0].paragraphs[0]
        r = p.add_run(when)
        r.font.size = Pt(9.5)
        r.font.color.rgb = ACCENT
        _cell_text(cells[1], lines)
        cells[1].paragraphs[-1].paragraph_format.space_after = Pt(5)
    return table


def build(path):
    doc = new_document(font="Liberation Sans", size=10, margins_cm=(2.0, 2.0, 2.6, 1.8),
                       author="Henrike Albrecht")
    header = doc.sections[0].header
    hp = header.paragraphs[0]
    r = hp.add_run("Henrike Albrecht")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = ACCENT
    hp2 = header.add_paragraph()
    hp2.add_run("Senior Machine Learning Engineer  |  Boxhagener Str. 41, 10245 Berlin  |  "
                "+49 30 5550 1783  |  henrike.albrecht@example.com  |  Jahrgang 1991").font.size = Pt(8.5)

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    tr = title.add_run("Lebenslauf")
    tr.font.size = Pt(14)
    tr.bold = True

    section_heading(doc, "Kurzprofil", color=ACCENT, size=11)
    doc.add_paragraph(
        "Mathematikerin mit über 9 Jahren Berufserfahrung in Data Science und Machine "
        "Learning im E-Commerce. Schwerpunkt: Empfehlungssysteme, Nachfrageprognosen und der "
        "zuverlässige Betrieb von Modellen in Produktion."
    )

    section_heading(doc, "Berufserfahrung", color=ACCENT, size=11)
    cv_table(doc, [
        ("04/2021 – heute", [
            ("Senior Machine Learning Engineer", "title"),
            ("Zalando SE, Berlin", "org"),
            ("Ranking-Modelle für die Startseite (Deep Learning mit PyTorch), A/B-Tests mit "
             "rund 30 Mio. Kundinnen und Kunden", "bullet"),
            ("Feature-Pipelines in Spark (Scala); Online-Serving der Modelle als Java-Dienste "
             "auf Kubernetes", "bullet"),
            ("Fachliche Leitung von vier Engineers, Einführung von Modell-Monitoring", "bullet"),
        ]),
        ("10/2017 – 03/2021", [
            ("Data Scientist", "title"),
            ("Otto GmbH & Co. KG (Otto Group), Hamburg", "org"),
            ("Nachfrageprognose für 1,2 Mio. Artikel mit Python (pandas, scikit-learn) und "
             "hierarchischen Zeitreihenmodellen", "bullet"),
            ("SQL-Datenmodelle im Data Warehouse, Reporting für den Einkauf", "bullet"),
        ]),
        ("04/2015 – 09/2017", [
            ("Werkstudentin Softwareentwicklung (20 Std./Woche)", "title"),
            ("SAP SE, Dresden", "org"),
            ("Testautomatisierung in Java für ein internes Analytics-Produkt", "bullet"),
        ]),
    ])  # fmt: skip

    section_heading(doc, "Ausbildung", color=ACCENT, size=11)
    cv_table(doc, [
        ("10/2011 – 08/2017", [
            ("Diplom-Mathematikerin (Gesamtnote 1,3)", "title"),
            ("Technische Universität Dresden — Studiengang Mathematik, Vertiefung Stochastik",
             "org"),
            ("Diplomarbeit: Bayessche Verfahren für kurze Zeitreihen", "bullet"),
        ]),
        ("2011", [
            ("Abitur", "title"),
            ("Martin-Andersen-Nexö-Gymnasium, Dresden", "org"),
        ]),
    ])  # fmt: skip

    section_heading(doc, "Kenntnisse", color=ACCENT, size=11)
    cv_table(doc, [
        ("Programmierung", [("Python, Java, Scala, SQL", "plain")]),
        ("Machine Learning", [("PyTorch, scikit-learn, pandas, Deep Learning, Statistik "
                               "(Bayes, Zeitreihen)", "plain")]),
        ("Infrastruktur", [("Spark, Docker, Kubernetes, AWS (SageMaker), Airflow", "plain")]),
    ])  # fmt: skip

    section_heading(doc, "Zertifikate", color=ACCENT, size=11)
    cv_table(doc, [
        ("2021", [("AWS Certified Machine Learning – Specialty (abgelaufen 2024)", "plain")]),
        ("2019", [("Professional Scrum Master I (PSM I), Scrum.org", "plain")]),
    ])  # fmt: skip

    section_heading(doc, "Sprachen", color=ACCENT, size=11)
    cv_table(doc, [
        ("Deutsch", [("Muttersprache", "plain")]),
        ("Englisch", [("verhandlungssicher (C1)", "plain")]),
        ("Französisch", [("Grundkenntnisse", "plain")]),
    ])  # fmt: skip

    end = doc.add_paragraph("Berlin, im November 2026")
    end.paragraph_format.space_before = Pt(12)
    doc.save(path)
