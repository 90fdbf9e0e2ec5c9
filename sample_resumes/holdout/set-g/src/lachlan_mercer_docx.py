"""Lachlan Mercer: a functional (skills-based) résumé in Word: competencies with bullets first, a compact
career history at the end with quarter dates on a left tab stop, Word 'Title' and 'Heading 2' styles
(python-docx)."""

from __future__ import annotations

from _setg_docx import bullet, heading, new_document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

NAVY = RGBColor(0x1B, 0x2A, 0x4A)


def history(doc, when, what):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2), WD_TAB_ALIGNMENT.LEFT)
    p.paragraph_format.left_indent = Cm(4.2)
    p.paragraph_format.first_line_indent = Cm(-4.2)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(when)
    r.bold = True
    p.add_run("\t" + what)


def build(path):
    doc = new_document(font="Calibri", size=10.5, margins_cm=(1.8, 2.0, 1.8, 2.0), author="Lachlan Mercer")
    t = doc.add_paragraph("Lachlan Mercer", style="Title")
    for r in t.runs:
        r.font.color.rgb = NAVY
        r.font.size = Pt(24)
    doc.add_paragraph("BE (Civil) (Hons), CPEng, RPEQ  |  New Farm QLD 4005  |  0491 570 159  |  "
                      "lachlan.mercer@example.com")

    heading(doc, "Summary of Qualifications", level=2, color=NAVY)
    doc.add_paragraph(
        "Chartered civil engineer with 15 years of experience in road, drainage and flood-resilience "
        "projects across Queensland and New South Wales, from concept design to construction support. "
        "Known for automating the boring parts of design with small Python tools.")

    heading(doc, "Key Skills and Achievements", level=2, color=NAVY)
    doc.add_paragraph().add_run("Design and analysis").bold = True
    bullet(doc, "Stormwater and flood modelling (TUFLOW, DRAINS); statistical flood frequency analysis "
                "for 40+ catchments.")
    bullet(doc, "Pavement and road geometry design to Austroads and TMR standards.")
    doc.add_paragraph().add_run("Digital engineering").bold = True
    bullet(doc, "Python scripts in Dynamo for Revit and 12d Model macros that cut drawing production "
                "time by a third on the Ipswich Motorway upgrade.")
    bullet(doc, "SQL queries against council asset databases; Power BI dashboards for project controls.")
    doc.add_paragraph().add_run("Leadership and delivery").bold = True
    bullet(doc, "Led design teams of up to 12 engineers and drafters; managed fees up to A$4.5M.")
    bullet(doc, "Mentor in the graduate program since 2017.")

    heading(doc, "Career History", level=2, color=NAVY)
    history(doc, "Q3 2019 – present", "Senior Civil Engineer, Aurecon, Brisbane")
    history(doc, "Q1 2014 – Q2 2019", "Civil Engineer, GHD, Sydney")
    history(doc, "Q1 2012 – Q4 2013", "Graduate Civil Engineer (two-year graduate program), Arup, Sydney")
    history(doc, "Dec 2010 – Feb 2011", "Vacation Student, Lendlease, Sydney")

    heading(doc, "Education", level=2, color=NAVY)
    history(doc, "2008 – 2011", "Bachelor of Engineering (Civil) (Honours), UNSW Sydney")
    history(doc, "2007", "Higher School Certificate, Newcastle High School")

    heading(doc, "Registrations and Licences", level=2, color=NAVY)
    bullet(doc, "Chartered Professional Engineer (CPEng), Engineers Australia – NER, since 2016")
    bullet(doc, "Registered Professional Engineer of Queensland (RPEQ) – current")
    bullet(doc, "Provide First Aid (HLTAID011) – 2024")
    bullet(doc, "Construction Induction (White Card)")
    heading(doc, "Referees", level=2, color=NAVY)
    doc.add_paragraph("Available on request.")
    doc.save(path)
