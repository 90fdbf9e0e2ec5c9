"""Render a résumé source (see ``_markup``) to DOCX with python-docx.

Style switches (``style:`` in the source):

* ``font`` / ``size`` / ``accent``   typeface, body size (pt) and heading colour;
* ``headings: word``                 use Word's "Heading 1" style (else bold + rule);
* ``bullets: word``                  use Word's "List Bullet" (glyph lives in numbering,
                                     not in the text), else the glyph is typed literally;
* ``table_style``                    Word table style for ``| a | b |`` rows.

``page_header`` (list of lines) goes into the page header, ``[textbox]`` blocks into a
floating VML text box (python-docx has no API for either, so the XML is written here).
The package is re-zipped with fixed timestamps so rebuilds are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from _markup import Block, parse, plain, runs
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

FIXED_TIME = dt.datetime(2026, 1, 15, 9, 0, 0)
_VML = (
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def _add_runs(
    par,
    text: str,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
) -> None:
    """Append ``text`` (with ``**bold**`` markup) to paragraph ``par`` as runs."""
    for chunk, is_bold in runs(text):
        r = par.add_run(chunk)
        r.bold = bold or is_bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def _bottom_border(par, color: str) -> None:
    """Give ``par`` a thin bottom rule (how people fake headings in Word)."""
    ppr = par._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" '
            f'w:space="1" w:color="{color}"/></w:pBdr>'
        )
    )


class DocxWriter:
    """Writes the blocks of one résumé into a python-docx ``Document``."""

    def __init__(self, src: dict) -> None:
        self.src = src
        self.style = src.get("style", {})
        self.accent = self.style.get("accent", "1F3864").lstrip("#")
        self.doc = Document()
        sec = self.doc.sections[0]
        if self.style.get("page") == "letter":
            sec.page_width, sec.page_height = Mm(215.9), Mm(279.4)
        else:
            sec.page_width, sec.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Mm(self.style.get("margin_mm", 20)))
        self.text_width = sec.page_width - sec.left_margin - sec.right_margin
        normal = self.doc.styles["Normal"]
        normal.font.name = self.style.get("font", "Calibri")
        normal.font.size = Pt(self.style.get("size", 10.5))
        normal.paragraph_format.space_after = Pt(2)

    def header(self) -> None:
        """Page header (if any), then name, headline and contact line in the body."""
        if self.src.get("page_header"):
            hdr = self.doc.sections[0].header
            first = True
            for line in self.src["page_header"]:
                p = hdr.paragraphs[0] if first else hdr.add_paragraph()
                _add_runs(p, line, size=14 if first else 9, bold=first)
                first = False
        if self.style.get("name_in_body", True):
            p = self.doc.add_paragraph()
            _add_runs(
                p,
                self.src["name"],
                size=self.style.get("name_size", 20),
                bold=True,
                color=self.accent,
            )
        if self.src.get("headline"):
            _add_runs(self.doc.add_paragraph(), self.src["headline"], size=12, italic=True)
        if self.src.get("contact"):
            sep = self.style.get("contact_sep", " | ")
            _add_runs(self.doc.add_paragraph(), sep.join(self.src["contact"]))

    def block(self, b: Block) -> list:
        """Write one block at the end of the body; return the XML elements it added."""
        doc = self.doc
        if b.kind == "heading":
            if self.style.get("headings") == "word":
                p = doc.add_heading(plain(b.text), level=1)
            else:
                p = doc.add_paragraph()
                _bottom_border(p, self.accent)  # before spacing: w:pBdr precedes w:spacing
                p.paragraph_format.space_before = Pt(10)
                size = self.style.get("size", 10.5) + 1.5
                _add_runs(p, b.text, size=size, bold=True, color=self.accent)
            return [p._p]
        if b.kind == "entry":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            _add_runs(p, b.text)
            if b.right:
                p.paragraph_format.tab_stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)
                _add_runs(p, "\t" + b.right)
            return [p._p]
        if b.kind == "sub":
            p = doc.add_paragraph()
            _add_runs(p, b.text, italic=True)
            return [p._p]
        if b.kind == "bullet":
            if self.style.get("bullets") == "word":
                p = doc.add_paragraph(style="List Bullet")
                _add_runs(p, b.text)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Mm(5)
                p.paragraph_format.first_line_indent = Mm(-4)
                _add_runs(p, f"{b.glyph}\t{b.text}")
            return [p._p]
        if b.kind == "table":
            cols = max(len(r) for r in b.rows)
            t = doc.add_table(rows=0, cols=cols)
            t.style = doc.styles[self.style.get("table_style", "Table Grid")]
            for row in b.rows:
                cells = t.add_row().cells
                for i, text in enumerate(row):
                    _add_runs(cells[i].paragraphs[0], text, bold=(i == 0 and cols > 1))
            return [t._tbl]
        if b.kind == "space":
            return []
        if b.kind == "textbox":
            return [self.textbox(b.children)]
        p = doc.add_paragraph()
        _add_runs(p, b.text)
        return [p._p]

    def textbox(self, children: list[Block]) -> object:
        """A floating VML text box holding ``children``, anchored in a new paragraph."""
        box = self.style.get("textbox", {})
        anchor = self.doc.add_paragraph()
        shape = parse_xml(
            f"<w:r {nsdecls('w')} {_VML}><w:pict>"
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="SkillsBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{box.get("left_pt", 330)}pt;margin-top:0;'
            f"width:{box.get('width_pt', 150)}pt;height:{box.get('height_pt', 300)}pt;"
            "z-index:251659264;mso-position-horizontal-relative:margin;"
            'mso-position-vertical-relative:paragraph" fillcolor="#F2F2F2" '
            f'strokecolor="#{self.accent}"><v:textbox><w:txbxContent/></v:textbox>'
            '<w10:wrap type="square"/></v:shape></w:pict></w:r>'
        )
        content = shape.find(".//" + qn("w:txbxContent"))
        for child in children:
            for el in self.block(child):
                el.getparent().remove(el)
                content.append(el)
        if not len(content):
            content.append(parse_xml(f"<w:p {nsdecls('w')}/>"))
        anchor._p.append(shape)
        return anchor._p

    def save(self, path: str) -> None:
        """Fix the core properties and write a reproducible package to ``path``."""
        cp = self.doc.core_properties
        cp.author = cp.last_modified_by = self.src["name"]
        cp.title = f"{self.src['name']} - Resume"
        cp.created = cp.modified = cp.last_printed = FIXED_TIME
        cp.revision = 1
        pkg_rels = self.doc.part.package.rels  # drop the template's unrelated thumbnail
        for rid in [r for r, rel in pkg_rels.items() if rel.reltype.endswith("/thumbnail")]:
            pkg_rels.pop(rid)
        raw = io.BytesIO()
        self.doc.save(raw)
        with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(info, zin.read(name))


def build_docx(src: dict, path: str) -> None:
    """Render ``src`` (a loaded ``src/*.yaml`` mapping) to the DOCX file ``path``."""
    w = DocxWriter(src)
    w.header()
    for b in parse(src["main"]):
        w.block(b)
    w.save(path)
