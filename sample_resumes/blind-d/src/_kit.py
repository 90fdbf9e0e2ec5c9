"""python-docx helpers for this folder's *_docx.py sources (fixed metadata, tab stops,
layout tables without borders, hanging indents)."""

from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2026, 11, 1, 0, 0, 0)


def document(font="Calibri", size=10.5, margins=(2.0, 2.0, 1.8, 1.8), author="", letter=False):
    doc = Document()
    sec = doc.sections[0]
    if letter:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(margins[0]), Cm(margins[1])
    sec.top_margin, sec.bottom_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = author
    cp.created = cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    return doc


def width(doc):
    s = doc.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def rule_below(p, color="333333", size=6):
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="1" w:color="{color}"/></w:pBdr>'
    ))  # fmt: skip


def heading(doc, text, color="1F3864", size=11.5, rule=True, container=None, caps=True):
    p = (container or doc).add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after, pf.keep_with_next = Pt(8), Pt(3), True
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    if rule:
        rule_below(p, color)
    return p


def tabbed(doc, left, right, *, stop=None, bold=True, italic_right=False, container=None, size=None):
    """left<TAB>right with a right-aligned tab stop."""
    p = (container or doc).add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(stop or width(doc), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.keep_with_next = True
    a = p.add_run(left)
    a.bold = bold
    b = p.add_run("\t" + right)
    b.italic = italic_right
    if size:
        a.font.size = b.font.size = Pt(size)
    return p


def line(doc, text="", *, bold=False, italic=False, size=None, container=None, color=None, after=None):
    p = (container or doc).add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runs(p, *parts):
    """Append (text, bold) pairs to a paragraph."""
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold
    return p


def bullet(doc, text, container=None):
    p = (container or doc).add_paragraph(text, style="List Bullet")
    p.paragraph_format.space_after = Pt(1)
    return p


def hanging(doc, label, text, *, indent_cm=3.8, container=None, bold_label=True):
    """label<TAB>text with a left tab and a hanging indent so wrapped lines align."""
    p = (container or doc).add_paragraph()
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(indent_cm), WD_TAB_ALIGNMENT.LEFT)
    pf.left_indent = Cm(indent_cm)
    pf.first_line_indent = -Cm(indent_cm)
    r = p.add_run(label)
    r.bold = bold_label
    p.add_run("\t" + text)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    ))  # fmt: skip


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def col_widths(table, *cms):
    table.autofit = False
    for row in table.rows:
        for cell, cm in zip(row.cells, cms):
            cell.width = Cm(cm)
    for col, cm in zip(table.columns, cms):
        col.width = Cm(cm)
