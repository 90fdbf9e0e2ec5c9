"""Maarten Hoekstra: a Dutch Word CV. Personal data as tab-aligned label/value lines, every experience
and education entry a hanging-indent paragraph with a LEFT tab stop ("sep. 2020 – heden<TAB>Title"),
then a continuous section break into two Word columns for skills, certificates and languages
(python-docx)."""

from __future__ import annotations

from _seti_docx import new_document, new_section
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

ORANGE = RGBColor(0xC0, 0x50, 0x10)
DATE_COL = Cm(4.1)


def head(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = ORANGE
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    return p


def dated(doc, when, title, where=None, lines=()):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(DATE_COL, WD_TAB_ALIGNMENT.LEFT)
    pf.left_indent = DATE_COL
    pf.first_line_indent = -DATE_COL
    pf.space_after = Pt(1)
    p.add_run(when + "\t")
    r = p.add_run(title)
    r.bold = True
    if where:
        p.add_run(", " + where)
    for line in lines:
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = DATE_COL
        q.paragraph_format.space_after = Pt(1)
        q.add_run("– " + line)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(5)


def kv(doc, key, value):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(DATE_COL, WD_TAB_ALIGNMENT.LEFT)
    p.paragraph_format.space_after = Pt(0)
    p.add_run(key + "\t")
    p.add_run(value)


def build(path):
    doc = new_document(font="Calibri", size=10, margins_cm=(1.8, 2.0, 1.8, 2.0), author="Maarten Hoekstra")
    p = doc.add_paragraph()
    r = p.add_run("Curriculum Vitae")
    r.font.size = Pt(9)
    r.font.color.rgb = ORANGE
    p = doc.add_paragraph()
    r = p.add_run("Maarten Hoekstra")
    r.bold = True
    r.font.size = Pt(20)
    p.paragraph_format.space_after = Pt(6)

    head(doc, "Personalia")
    kv(doc, "Adres", "Stratumsedijk 41, 5611 NB Eindhoven")
    kv(doc, "Telefoon", "06 5550 1873")
    kv(doc, "E-mail", "maarten.hoekstra@example.com")
    kv(doc, "Geboren", "11 april 1991 te Leeuwarden")
    kv(doc, "Rijbewijs", "B")

    head(doc, "Profiel")
    doc.add_paragraph(
        "Machine learning engineer met ruim 10 jaar ervaring in software voor de hightech-industrie. "
        "Ik combineer een wiskundige achtergrond met degelijk software-ambacht: modellen in Python, "
        "productiecode in Java en C++, en altijd een test erbij.")

    head(doc, "Werkervaring")
    dated(doc, "sep. 2020 – heden", "Senior Machine Learning Engineer", "ASML, Veldhoven", [
        "Deep learning-modellen (PyTorch) voor defectclassificatie in wafer-inspectiebeelden.",
        "Inferentie in C++ en Java op de machinesoftware; training op een GPU-cluster met Docker en Kubernetes.",
        "Statistiek voor de validatie van modellen tegenover de klantspecificaties (false-alarm rate).",
    ])
    dated(doc, "okt. 2016 – aug. 2020", "Software Engineer", "Philips, Eindhoven", [
        "Java-backend voor de service-omgeving van MRI-scanners; SQL-rapportages.",
        "Python-scripts (NumPy, pandas) voor de analyse van logbestanden; eerste machine learning-proef "
        "voor het voorspellen van heliumlekken met scikit-learn.",
    ])
    dated(doc, "feb. 2016 – aug. 2016", "Afstudeerstage", "TNO, Delft", [
        "Afstudeeronderzoek: stochastische modellen voor de planning van onderhoud aan windturbines.",
    ])
    dated(doc, "sep. 2011 – jun. 2013", "Student-assistent Lineaire Algebra", "TU Delft (bijbaan, 8 uur per week)")

    head(doc, "Opleidingen")
    dated(doc, "2013 – 2016", "MSc Applied Mathematics (Technische Wiskunde)", "Technische Universiteit Delft", [
        "Specialisatie Stochastics; afstudeercijfer 8,5.",
    ])
    dated(doc, "2010 – 2013", "BSc Technische Wiskunde", "Technische Universiteit Delft")
    dated(doc, "2004 – 2010", "VWO (Natuur & Techniek)", "Stedelijk Gymnasium Leeuwarden")

    new_section(doc, 2)
    head(doc, "Vaardigheden")
    for s in ("Python, Java, C++, SQL", "PyTorch, scikit-learn, NumPy, pandas",
              "Docker, Kubernetes, Git, Jenkins", "Statistiek, machine learning, deep learning"):
        doc.add_paragraph(s, style="List Bullet").paragraph_format.space_after = Pt(0)
    head(doc, "Certificaten")
    for s in ("Deep Learning Specialization – DeepLearning.AI (Coursera), 2019",
              "CKAD – Certified Kubernetes Application Developer, 2021 (verlopen in 2024)"):
        doc.add_paragraph(s, style="List Bullet").paragraph_format.space_after = Pt(0)
    head(doc, "Talen")
    for s in ("Nederlands – moedertaal", "Fries – moedertaal", "Engels – vloeiend", "Duits – basis"):
        doc.add_paragraph(s, style="List Bullet").paragraph_format.space_after = Pt(0)
    head(doc, "Nevenactiviteiten")
    doc.add_paragraph("Penningmeester schaakvereniging Eindhoven (2019 – 2023); hardlopen.")
    doc.save(path)
