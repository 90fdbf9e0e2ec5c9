"""Claire Morel: French lawyer's CV; the last part of the document is a continuous section
laid out in two newspaper columns (w:cols num=2), as Word's Layout > Columns makes it."""

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from _docxkit import bullet, new_document, section_heading, tab_line

NAVY = RGBColor(0x1B, 0x2A, 0x49)


def build(path):
    doc = new_document(font="Garamond", size=11, margins_cm=(2.0, 2.0, 1.6, 1.6), author="Claire Morel")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Claire MOREL")
    r.font.size, r.font.color.rgb, r.bold = Pt(24), NAVY, True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Avocate au Barreau de Lyon – Droit social").italic = True
    p = doc.add_paragraph("Lyon 6e  |  +33 4 55 50 01 36  |  claire.morel@example.com")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    section_heading(doc, "Profil", color=NAVY, size=11.5)
    doc.add_paragraph(
        "Avocate en droit social avec 8+ ans d'expérience en conseil et contentieux : "
        "restructurations, relations collectives, contentieux prud'homal et négociation "
        "d'accords d'entreprise. J'accompagne des ETI industrielles et des groupes "
        "internationaux, en français comme en anglais."
    )

    section_heading(doc, "Expérience professionnelle", color=NAVY, size=11.5)
    tab_line(doc, "Fidal – Avocate collaboratrice senior, droit social", "depuis septembre 2021")
    bullet(doc, "Gestion autonome d'un portefeuille de 25 clients ; pilotage de deux PSE et de "
                "plusieurs réorganisations avec consultation du CSE.")
    bullet(doc, "Plaidoiries devant les conseils de prud'hommes et la cour d'appel de Lyon ; "
                "encadrement de deux collaborateurs juniors et des élèves-avocats.")
    tab_line(doc, "Delsol Avocats – Avocate collaboratrice", "janvier 2018 – août 2021")
    bullet(doc, "Conseil quotidien en droit du travail individuel et collectif, audits sociaux "
                "dans le cadre d'opérations de fusion-acquisition.")
    tab_line(doc, "Delsol Avocats – Élève-avocate (stage final)", "juillet 2017 – décembre 2017")
    tab_line(doc, "Renault Trucks, direction juridique – Stagiaire juriste", "avril – juin 2016")

    section_heading(doc, "Formation", color=NAVY, size=11.5)
    tab_line(doc, "Master 2 Droit social – Université Jean Moulin Lyon 3", "2015 – 2016")
    tab_line(doc, "Licence en droit – Université Jean Moulin Lyon 3", "2011 – 2014")
    tab_line(doc, "Baccalauréat ES, mention très bien – Lycée du Parc, Lyon", "2011", bold_left=False)

    section_heading(doc, "Habilitations", color=NAVY, size=11.5)
    tab_line(doc, "CAPA – inscrite au Barreau de Lyon", "depuis janvier 2018", bold_left=False)
    tab_line(doc, "Certificat de spécialisation en droit du travail (CNB)", "2024", bold_left=False)

    # a continuous section break; the new section has two columns
    new = doc.add_section(WD_SECTION.CONTINUOUS)
    sect = new._sectPr
    for old in sect.findall(qn("w:cols")):
        sect.remove(old)
    sect.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="2" w:space="567" w:sep="1"/>'))

    section_heading(doc, "Compétences", color=NAVY, size=11.5)
    for t in ["Droit du travail individuel et collectif", "Restructurations et PSE",
              "Contentieux prud'homal", "Négociation collective",
              "Outils : Dalloz, Lexis 360, Doctrine, Microsoft Excel et Teams"]:
        bullet(doc, t)
    section_heading(doc, "Publications", color=NAVY, size=11.5)
    doc.add_paragraph("« Le télétravail après l'ANI de 2020 », Semaine sociale Lamy, 2022.")
    section_heading(doc, "Langues", color=NAVY, size=11.5)
    for t in ["Français : langue maternelle", "Anglais : courant (TOLES Higher)",
              "Espagnol : B2", "Italien : notions"]:
        bullet(doc, t)
    section_heading(doc, "Centres d'intérêt", color=NAVY, size=11.5)
    doc.add_paragraph("Course à pied (semi-marathon de Lyon), bénévolat juridique auprès de "
                      "l'association Droits d'urgence (depuis 2019), voyages en Indonésie "
                      "(Java, Sulawesi).")
    doc.save(path)
