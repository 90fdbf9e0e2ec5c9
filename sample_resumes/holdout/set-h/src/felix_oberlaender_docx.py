"""Felix Oberländer: a German Lebenslauf in Word where every dated line uses a right tab stop with a
DOT LEADER ("Titel ........ seit 03/2020"); typed headings with a bottom border, no tables
(python-docx)."""

from __future__ import annotations

from _seth_docx import new_document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

INK = RGBColor(0x1F, 0x3A, 0x5F)


def head(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11.5)
    r.font.color.rgb = INK
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F3A5F"/></w:pBdr>'))


def leader(doc, left, right, *, bold=True):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    r = p.add_run(left)
    r.bold = bold
    p.add_run("\t" + right)
    p.paragraph_format.space_after = Pt(0)
    return p


def line(doc, text, *, italic=False, indent=0.0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(1)
    return p


def build(path):
    doc = new_document(font="Calibri", size=10.5, margins_cm=(2.0, 2.0, 2.0, 2.0),
                       author="Felix Oberländer")
    p = doc.add_paragraph()
    r = p.add_run("Felix Oberländer")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = INK
    line(doc, "Machine Learning Engineer  ·  Boxhagener Str. 41, 10245 Berlin")
    line(doc, "Tel. +49 30 5550 1962  ·  felix.oberlaender@example.com")

    head(doc, "Kurzprofil")
    line(doc, "Über 10 Jahre Erfahrung in der Softwareentwicklung, davon sechs im maschinellen Lernen. "
              "Vom Fachinformatiker über das Informatikstudium zum ML-Engineering: Python und Java, "
              "Statistik und Betrieb.")

    head(doc, "Berufserfahrung")
    leader(doc, "Machine Learning Engineer, Zalando SE, Berlin", "seit 03/2020")
    line(doc, "Ranking-Modelle für die Katalogsuche (PyTorch, scikit-learn); Serving in Java und Go.", indent=0.5)
    line(doc, "Feature-Pipelines mit pandas/NumPy, Deployment mit Docker und Kubernetes auf AWS.", indent=0.5)
    leader(doc, "Werkstudent Data Science, SAP SE, Walldorf (remote)", "10/2017 – 02/2020")
    line(doc, "20 Std./Woche neben dem Studium: Prognosemodelle in Python, SQL-Auswertungen.", indent=0.5)
    leader(doc, "Softwareentwickler, DATEV eG, Nürnberg", "08/2015 – 09/2016")
    line(doc, "Übernahme nach der Ausbildung; Java-Backend für Lohnabrechnung, Kotlin-Prototyp.", indent=0.5)
    leader(doc, "Ausbildung zum Fachinformatiker (Anwendungsentwicklung), DATEV eG", "09/2012 – 07/2015")
    line(doc, "Duale Berufsausbildung mit IHK-Abschlussprüfung (Note 1,6).", indent=0.5)

    head(doc, "Ausbildung")
    leader(doc, "B.Sc. Informatik, Technische Universität Berlin", "10/2016 – 02/2020")
    line(doc, "Bachelorarbeit: Unsicherheitsschätzung für neuronale Ranking-Modelle (Note 1,3).", indent=0.5)
    leader(doc, "Allgemeine Hochschulreife, Martin-Behaim-Gymnasium Nürnberg", "06/2012")

    head(doc, "Zertifikate")
    leader(doc, "Certified Kubernetes Application Developer (CKAD)", "2023", bold=False)
    leader(doc, "AWS Certified Solutions Architect – Associate (abgelaufen)", "2021", bold=False)
    leader(doc, "Google Cloud Professional Machine Learning Engineer", "in Vorbereitung", bold=False)

    head(doc, "Kenntnisse")
    leader(doc, "Programmiersprachen", "Python, Java, Kotlin, Go, SQL", bold=False)
    leader(doc, "Maschinelles Lernen", "PyTorch, scikit-learn, pandas, NumPy, Statistik", bold=False)
    leader(doc, "Infrastruktur", "Docker, Kubernetes, AWS, Airflow", bold=False)
    leader(doc, "Sprachen", "Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (Grundkenntnisse)", bold=False)

    line(doc, "")
    line(doc, "Berlin, im November 2026", italic=True)
    doc.save(path)
