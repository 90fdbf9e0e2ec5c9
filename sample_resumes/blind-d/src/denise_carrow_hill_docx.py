"""Denise Carrow-Hill - US accountant; a borderless two-column Word table holds the layout
(dates and places in the narrow left cell, role and bullets in the right cell)."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import _kit as k


def _row(table, left_lines, title, org, bullets):
    cells = table.add_row().cells
    lp = cells[0].paragraphs[0]
    for i, t in enumerate(left_lines):
        r = lp.add_run(t)
        r.font.size = Pt(9.5)
        r.bold = i == 0
        if i < len(left_lines) - 1:
            r.add_break()
    rp = cells[1].paragraphs[0]
    k.runs(rp, (title, True))
    if org:
        r = rp.add_run("\n" + org)
        r.italic = True
    for b in bullets:
        k.bullet(doc=None, text=b, container=cells[1])
    return cells


def build(path):
    doc = k.document(font="Cambria", size=10.5, margins=(1.9, 1.9, 1.6, 1.6), author="Denise Carrow-Hill", letter=True)
    t = k.line(doc, "DENISE CARROW-HILL, CPA", bold=True, size=18, color="1B3A57", after=0)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = k.line(doc, "Austin, TX 78704  |  (512) 555-0176  |  denise.carrowhill@example.com", size=9.5)
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER

    k.heading(doc, "Professional Summary", color="1B3A57")
    k.line(doc, "Licensed CPA with 12+ years of progressive experience in audit, financial reporting and "
           "healthcare accounting. Lead a five-person team through month-end close, consolidations for "
           "four entities and the annual external audit. Known for turning manual reconciliations into "
           "automated, documented processes.")

    k.heading(doc, "Experience", color="1B3A57")
    table = doc.add_table(rows=0, cols=2)
    k.no_borders(table)
    _row(table, ["03/2021 – present", "Austin, TX"], "Accounting Manager",
         "Lone Star Health Partners (physician group, $410M revenue)", [
             "Own month-end close (cut from 12 to 6 business days) and consolidations for four entities.",
             "Automated 30+ bank and payer reconciliations with Python scripts and SQL queries against the data warehouse.",
             "Primary contact for the external auditors; zero material weaknesses in four audit cycles.",
         ])
    _row(table, ["08/2018 – 02/2021", "Austin, TX"], "Senior Accountant", "Lone Star Health Partners", [
        "Revenue cycle accounting and contractual allowance estimates; monthly flux analysis for the CFO.",
        "Implemented NetSuite fixed-asset module; documented 40 SOX-style controls.",
    ])
    _row(table, ["09/2014 – 07/2018", "Dallas, TX"], "Audit Associate → Senior Audit Associate",
         "Brazos & Whitley LLP", [
             "Planned and ran audits for healthcare and non-profit clients up to $250M revenue.",
             "Supervised staff of 2–4 on fieldwork; drafted management letters.",
         ])
    _row(table, ["Summer 2013", "Dallas, TX"], "Audit Intern", "Brazos & Whitley LLP", [
        "Tested cash and receivables for two non-profit audits.",
    ])
    k.col_widths(table, 3.6, 14.0)

    k.heading(doc, "Education", color="1B3A57")
    table = doc.add_table(rows=0, cols=2)
    k.no_borders(table)
    _row(table, ["2014"], "Master of Professional Accounting (MPA)", "The University of Texas at Austin, McCombs School of Business", [])
    _row(table, ["2013"], "Bachelor of Business Administration, Accounting", "Texas A&M University, Mays Business School — magna cum laude", [])
    k.col_widths(table, 3.6, 14.0)

    k.heading(doc, "Licenses & Certifications", color="1B3A57")
    k.bullet(doc, "Certified Public Accountant (CPA), Texas State Board of Public Accountancy, license no. 0555017 — active")
    k.bullet(doc, "Certified Management Accountant (CMA) — Part 1 passed 2026, Part 2 scheduled")

    k.heading(doc, "Skills", color="1B3A57")
    k.line(doc, "US GAAP · consolidations · audit · NetSuite · Excel (Power Query, macros) · Power BI · "
           "basic SQL · Python (pandas for reconciliations) · Workiva")
    doc.save(path)
