"""python-docx helpers of set J (set I's `_seti_docx.py` copied; only this docstring line changed): page-number fields, Word column
sections, shaded cells, borderless tables, floating text boxes."""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn


def field(paragraph, instr):
    """Append a simple Word field (PAGE, NUMPAGES) to a paragraph."""
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def columns(section, num, space_twips=567):
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    sect_pr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space_twips}"/>'))


def new_section(doc, num_cols):
    """A continuous section break, then `num_cols` columns from here on."""
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    columns(sec, num_cols)
    return sec


def no_borders(table):
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{e} w:val="nil"/>' for e in
                  ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))  # fmt: skip


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def col_widths(table, widths):
    table.autofit = False
    table._tbl.tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w) // 635))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


VML = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def vml_text_box(paragraph, paras, *, left_pt, top_pt, width_pt, height_pt, fill="EEF4F7"):
    """A floating VML text box anchored to `paragraph`; paras: list of (text, bold)."""
    body = "".join(
        '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>'
        + ("<w:b/>" if bold else "") + '<w:sz w:val="18"/></w:rPr>'
        + f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
        for text, bold in paras)  # fmt: skip
    xml = (
        f'<w:r {VML}><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;'
        f'width:{width_pt}pt;height:{height_pt}pt;z-index:251659264;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
        f'fillcolor="#{fill}" stroked="f"><v:textbox inset="7pt,7pt,7pt,7pt">'
        f'<w:txbxContent>{body}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square" side="left"/></v:shape></w:pict></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


# ---------------------------------------------------------------- set G's own helpers
import datetime as _dt

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor


def new_document(*, font="Calibri", size=10.5, margins_cm=(2.0, 2.0, 2.0, 2.0), author=""):
    """A python-docx Document with the Normal style set and fixed core properties."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = (
        Cm(m) for m in margins_cm)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = f"CV {author}".strip()
    stamp = _dt.datetime(2025, 12, 1, 0, 0, 0)
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    return doc


def heading(doc, text, *, level=1, color=None, size=None, style=True):
    """A Word 'Heading N' paragraph (style=True) or a bold typed heading."""
    if style:
        p = doc.add_heading(text, level=level)
        for r in p.runs:
            if color is not None:
                r.font.color.rgb = color
            if size is not None:
                r.font.size = Pt(size)
        return p
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if color is not None:
        r.font.color.rgb = color
    if size is not None:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(8)
    return p


def bullet(doc_or_cell, text, style="List Bullet"):
    p = doc_or_cell.add_paragraph(text, style=style)
    p.paragraph_format.space_after = Pt(1)
    return p


def tab_line(doc, left, right, *, pos_cm=17.0, bold=True, size=None):
    """'left<TAB>right' with a right-aligned tab stop at pos_cm."""
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left)
    r.bold = bold
    r2 = p.add_run("\t" + right)
    if size is not None:
        r.font.size = r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    return p


def grey(run, rgb=(0x55, 0x55, 0x55)):
    run.font.color.rgb = RGBColor(*rgb)
    return run
