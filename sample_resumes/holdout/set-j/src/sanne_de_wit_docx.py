"""Set J: Sanne de Wit-Verhoeven (NL). Contact data in the Word page header; the body is a
borderless two-column layout table (dates in the narrow left cells, content right); Dutch."""

from docx.shared import Cm, Pt, RGBColor

from _setj_docx import bullet, col_widths, grey, new_document, no_borders

INK = RGBColor(0xC0, 0x39, 0x2B)


def build(path):
    doc = new_document(font="Arial", size=10, margins_cm=(2.6, 2.0, 2.0, 2.0), author="Sanne de Wit-Verhoeven")
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    r = p.add_run("Sanne de Wit-Verhoeven")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(18), INK
    p2 = hdr.add_paragraph()
    grey(p2.add_run("Oudegracht 214 · 3511 NR Utrecht · 06-5550 0173 · sanne.dewit@example.com · Rijbewijs B"))
    p2.runs[0].font.size = Pt(8.5)

    def section(title, rows):
        h = doc.add_paragraph()
        rr = h.add_run(title.upper())
        rr.bold, rr.font.color.rgb, rr.font.size = True, INK, Pt(11)
        h.paragraph_format.space_before = Pt(8)
        t = doc.add_table(rows=0, cols=2)
        no_borders(t)
        for left, head, sub, items in rows:
            cells = t.add_row().cells
            cp = cells[0].paragraphs[0]
            grey(cp.add_run(left)).font.size = Pt(9)
            hp = cells[1].paragraphs[0]
            hp.add_run(head).bold = True
            if sub:
                s = cells[1].add_paragraph()
                grey(s.add_run(sub)).italic = True
            for it in items:
                bullet(cells[1], it)
        col_widths(t, [Cm(3.6), Cm(13.4)])

    section("Profiel", [("", "Data- en ML-engineer met ruim 7 jaar ervaring, van Java-applicaties naar "
            "machine learning voor netbeheer. Ik studeer naast mijn werk Toegepaste Wiskunde.", None, [])])
    section("Werkervaring", [
        ("jan. 2022 – heden", "ML-engineer", "Polderdata B.V., Utrecht", [
            "Voorspelmodellen voor netcongestie met scikit-learn en PySpark op Azure Databricks.",
            "Modellen als Python-services in Docker op Kubernetes; monitoring met statistische drifttests.",
            "Koppelingen met het Java-backend van de opdrachtgever (Spring Boot)."]),
        ("sep. 2019 – dec. 2021", "Applicatieontwikkelaar Java", "Zuidkade Software, Nieuwegein", [
            "Vergunningen-applicaties voor gemeenten in Java en Kotlin; SQL (Oracle, PostgreSQL).",
            "Eerste dataproject: pandas-analyse van doorlooptijden."]),
        ("feb. 2019 – jun. 2019", "Afstudeerstage (BOL)", "Zuidkade Software, Nieuwegein", [
            "Testautomatisering in Java; daarna in vaste dienst gekomen."]),
    ])
    section("Opleiding", [
        ("2022 – verwacht juli 2027", "HBO Bachelor Toegepaste Wiskunde (deeltijd)", "Hogeschool Domstad, Utrecht",
         ["Propedeuse behaald; nu in het derde studiejaar. Afstudeerrichting data science."]),
        ("2015 – 2019", "MBO 4 Software Developer", "ROC Midden-Vallei, Amersfoort", ["Diploma behaald."]),
    ])
    section("Certificaten", [
        ("2023", "Microsoft Certified: Azure Data Engineer Associate", None, []),
        ("2021 (verlopen)", "Databricks Certified Data Engineer Associate", None, []),
    ])
    section("Vaardigheden", [("", "Python, Java, Kotlin, SQL · scikit-learn, pandas, PySpark · Docker, Kubernetes, "
            "Azure · statistiek, machine learning, tijdreeksen", None, [])])
    section("Talen", [("", "Nederlands – moedertaal · Engels – vloeiend · Duits – B1", None, [])])
    section("Nevenactiviteiten", [("2020 – heden", "Penningmeester roeivereniging De Vaart", None, [])])
    doc.save(path)
