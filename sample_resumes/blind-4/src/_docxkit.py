"""Small python-docx helpers shared by the *_docx.py sources of this folder."""

from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2025, 12, 1, 0, 0, 0)


def new_document(font="Calibri", size=10.5, margins_cm=(1.8, 1.8, 1.6, 1.6), author=""):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(margins_cm[0]), Cm(margins_cm[1])
    sec.top_margin, sec.bottom_margin = Cm(margins_cm[2]), Cm(margins_cm[3])
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(2)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def text_width(doc):
    sec = doc.sections[0]
    return sec.page_width - sec.left_margin - sec.right_margin


def bottom_border(paragraph, color="1F4E79", size=8):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="1" '
        f'w:color="{color}"/></w:pBdr>'
    ))


def section_heading(doc, text, color=RGBColor(0x1F, 0x4E, 0x79), size=12, border=True,
                    caps=True, container=None):
    p = (container or doc).add_paragraph()
    p.paragraph_format.space_before = Pt(9)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = color
    if border:
        bottom_border(p, color=str(color))
    return p


def tab_line(doc, left, right, *, bold_left=True, italic_right=False, width=None,
             container=None, size=None):
    """'left<TAB>right' with one right-aligned tab stop at the text edge."""
    p = (container or doc).add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(width or text_width(doc), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(left)
    r.bold = bold_left
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run("\t" + right)
    r2.italic = italic_right
    if size:
        r2.font.size = Pt(size)
    return p


def bullet(doc, text, container=None, style="List Bullet"):
    p = (container or doc).add_paragraph(text, style=style)
    p.paragraph_format.space_after = Pt(1)
    return p


def label_line(doc, label, value, tab_cm=3.6, container=None):
    """'Label:<TAB>value' with a left tab stop and a hanging indent (wrapped lines align)."""
    p = (container or doc).add_paragraph()
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(tab_cm), WD_TAB_ALIGNMENT.LEFT)
    pf.left_indent = Cm(tab_cm)
    pf.first_line_indent = -Cm(tab_cm)
    r = p.add_run(label)
    r.bold = True
    p.add_run("\t" + value)
    return p
