"""Sanne de Vries: Dutch ML engineer; Word heading styles, a left tab stop for periods."""

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from _docxkit import bullet, new_document

ORANGE = RGBColor(0xC4, 0x52, 0x00)


def heading(doc, text):
    h = doc.add_heading(text, level=1)
    for r in h.runs:
        r.font.color.rgb = ORANGE
        r.font.size = Pt(13)
    return h


def entry(doc, period, title, place):
    """'period<TAB>title' with a left tab at 4.2 cm and a hanging indent; place on the next line."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(4.2), WD_TAB_ALIGNMENT.LEFT)
    pf.left_indent, pf.first_line_indent = Cm(4.2), -Cm(4.2)
    pf.space_before = Pt(5)
    pf.keep_with_next = True
    p.add_run(period)
    p.add_run("\t")
    p.add_run(title).bold = True
    q = doc.add_paragraph(place)
    q.paragraph_format.left_indent = Cm(4.2)
    q.runs[0].italic = True
    return p


def bul(doc, text):
    b = bullet(doc, text)
    b.paragraph_format.left_indent = Cm(4.8)
    return b


def build(out):
    doc = new_document(font="Calibri", size=10.5, margins_cm=(2.0, 2.0, 1.6, 1.6), author="Sanne de Vries")
    t = doc.add_heading("Sanne de Vries", level=0)
    doc.add_paragraph("Machine Learning Engineer  ·  Utrecht  ·  06 5555 1923  ·  sanne.devries@example.nl")

    heading(doc, "Profiel")
    doc.add_paragraph("Machine Learning Engineer met ruim 7 jaar ervaring in softwareontwikkeling en het in productie "
                      "brengen van modellen voor verzekeraars en netbeheerders. Sterk in Python en Java, "
                      "pragmatisch, en graag de brug tussen data en engineering.")

    heading(doc, "Werkervaring")
    entry(doc, "sinds maart 2022", "Machine Learning Engineer", "Polderdata B.V., Utrecht")
    bul(doc, "Storingsvoorspelling voor middenspanningskabels (scikit-learn, PyTorch) voor twee netbeheerders.")
    bul(doc, "Feature-services in Java (Quarkus) en batchpipelines in Python; Docker en Kubernetes op Azure.")
    entry(doc, "sep 2019 – feb 2022", "Java-ontwikkelaar", "Zeeuwse Verzekeringen N.V., Middelburg")
    bul(doc, "Polisadministratie in Java/Spring; SQL-optimalisatie op Oracle; eerste churnmodel in Python.")
    entry(doc, "feb 2019 – jul 2019", "Afstudeerstage", "Kustlab Vlissingen")
    bul(doc, "Golfhoogtevoorspelling met gradient boosting; afstudeerscriptie met een 8,5 beoordeeld.")
    entry(doc, "2014 – 2018", "Bijbaan: medewerker vers (parttime, 12 uur/week)", "Supermarkt De Hoeksteen, Goes")

    heading(doc, "Opleiding")
    entry(doc, "2021 – 2023", "WO Master Data Science (deeltijd)", "Universiteit van Brabant, Tilburg")
    entry(doc, "2015 – 2019", "HBO-ICT, Bachelor of ICT – Software Engineering", "Hogeschool Zeeland-Delta, Vlissingen")
    entry(doc, "2015", "VWO, profiel Natuur & Techniek", "Calvijn College, Goes")

    heading(doc, "Certificaten")
    bullet(doc, "Microsoft Certified: Azure Data Scientist Associate (2023)")
    bullet(doc, "Databricks Certified Machine Learning Professional (2024)")

    heading(doc, "Vaardigheden")
    doc.add_paragraph("Python, Java, SQL, scikit-learn, PyTorch, Docker, Kubernetes, Azure ML, Git, Scrum")

    heading(doc, "Talen")
    doc.add_paragraph("Nederlands – moedertaal\nEngels – C1\nDuits – B1")
    doc.save(out)
