"""Matthias Kronberger: Austrian Lebenslauf in Word style: name and contact in the page header,
'Seite X von Y' in the footer, job lines with the dates on a right-aligned tab stop, and the
skills/languages in a continuous two-column section (python-docx)."""

from __future__ import annotations

from _docxkit import bullet, new_document, section_heading, tab_line
from _setf_docx import field, new_section
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

BLUE = RGBColor(0x1F, 0x3A, 0x68)


def job(doc, title, when, org, bullets):
    tab_line(doc, title, when, size=10.5)
    p = doc.add_paragraph()
    r = p.add_run(org)
    r.italic = True
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for b in bullets:
        bullet(doc, b)


def build(path):
    doc = new_document(font="Liberation Sans", size=10, margins_cm=(2.2, 2.0, 2.4, 2.0),
                       author="Matthias Kronberger")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Matthias Kronberger")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = BLUE
    hp2 = sec.header.add_paragraph()
    hp2.add_run("Dipl.-Ing. · Senior Software Engineer · Hauptplatz 7, 4020 Linz, Österreich · "
                "+43 660 5550 147 · matthias.kronberger@example.com").font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Lebenslauf Matthias Kronberger – Seite ").font.size = Pt(8)
    field(fp, "PAGE")
    fp.add_run(" von ").font.size = Pt(8)
    field(fp, "NUMPAGES")

    section_heading(doc, "Profil", color=BLUE, size=11)
    doc.add_paragraph(
        "Softwareingenieur mit über 11 Jahren Berufserfahrung in Java und Python, seit 2021 "
        "mit Schwerpunkt Machine Learning für Anomalieerkennung in Observability-Daten. "
        "Ich übernehme gern Verantwortung für Systeme vom Prototyp bis zum Betrieb.")

    section_heading(doc, "Berufserfahrung", color=BLUE, size=11)
    job(doc, "Senior Software Engineer – ML Team", "seit 03/2019", "Dynatrace, Linz", [
        "Anomalieerkennung auf Metrik-Zeitreihen: Modelle in Python (scikit-learn, PyTorch), "
        "Auslieferung als Java-Services im Davis-AI-Backend",
        "Go-Agenten für die Datenerfassung, Kubernetes-Operatoren, Docker-Images für alle Umgebungen",
        "Technische Leitung eines Teams von fünf Entwickler:innen seit 2022",
    ])
    job(doc, "Softwareentwickler", "09/2015 – 02/2019", "Frequentis AG, Wien", [
        "Java-Backend für Sprachkommunikationssysteme der Flugsicherung (sicherheitskritisch)",
        "Testautomatisierung, SQL-Auswertungen der Systemprotokolle",
    ])
    job(doc, "Werkstudent Softwareentwicklung (20 Std./Woche)", "10/2013 – 08/2015",
        "Frequentis AG, Wien", ["Build-Werkzeuge in Python, Unit-Tests in Java"])
    job(doc, "Ferialpraktikum IT", "07/2012 – 08/2012", "voestalpine AG, Linz",
        ["Support bei der Umstellung auf Windows 7"])

    section_heading(doc, "Ausbildung", color=BLUE, size=11)
    tab_line(doc, "Dipl.-Ing. Software Engineering & Internet Computing", "10/2013 – 06/2016",
             size=10.5)
    doc.add_paragraph("Technische Universität Wien – Diplomarbeit: Lernverfahren zur "
                      "Erkennung von Ausreißern in Netzwerkdaten (Auszeichnung)")
    tab_line(doc, "BSc Software & Information Engineering", "10/2009 – 09/2013", size=10.5)
    doc.add_paragraph("Technische Universität Wien")
    tab_line(doc, "Reifeprüfung (Matura), Höhere Abteilung für Informatik", "06/2009", size=10.5)
    doc.add_paragraph("HTL Leonding")

    section_heading(doc, "Zertifikate", color=BLUE, size=11)
    bullet(doc, "Oracle Certified Professional: Java SE 11 Developer (2020)")
    bullet(doc, "AWS Certified Solutions Architect – Associate (in Vorbereitung)")

    section_heading(doc, "Kenntnisse und Sprachen", color=BLUE, size=11)
    new_section(doc, 2)
    for label, text in [
        ("Programmiersprachen", "Java, Kotlin, Python, Go, SQL"),
        ("Machine Learning", "scikit-learn, PyTorch, Zeitreihenanalyse, Statistik"),
        ("Plattform", "Docker, Kubernetes, AWS, Kafka, Elasticsearch"),
        ("Deutsch", "Muttersprache"),
        ("Englisch", "verhandlungssicher (C1)"),
        ("Italienisch", "Grundkenntnisse (A2)"),
    ]:
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        p.add_run(text)
    new_section(doc, 1)
    p = doc.add_paragraph("Linz, November 2026")
    p.paragraph_format.space_before = Pt(10)
    doc.save(path)
