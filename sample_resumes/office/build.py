#!/usr/bin/env python3
"""Build the "office" corpus: Word-like DOCX files (python-docx + raw WordprocessingML)
and their PDF exports by LibreOffice, each with its ``.expected.yaml`` label.

    .venv/bin/python sample_resumes/office/build.py            # every src/*.py
    .venv/bin/python sample_resumes/office/build.py NAME ...   # only src/NAME.py ...

Each ``src/<name>.py`` holds one résumé: ``META`` (name, layout, font, page),
``LABEL`` (the hand-written facts) and ``write(w)``, which fills a :class:`Word`
document. python-docx covers styles, tab stops and indents; where it has no API (text
boxes, w:cols column sections, borderless fixed-width layout tables, cell shading,
paragraph rules) the WordprocessingML is written here the way Word itself writes it. The DOCX is re-zipped with fixed
timestamps and fixed core properties, so it is byte-for-byte reproducible; the PDF
carries LibreOffice's own creation date and document id (not reproducible).
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import io
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ in src/
sys.path.insert(0, str(HERE.parent))
from _labels import AS_OF, LEVELS, _flow, check_expected  # noqa: E402

FIXED_TIME = dt.datetime(2026, 1, 15, 9, 0, 0)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)
EMU_PER_MM = 36000
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
TAB = {"left": WD_TAB_ALIGNMENT.LEFT, "center": WD_TAB_ALIGNMENT.CENTER, "right": WD_TAB_ALIGNMENT.RIGHT}


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


class Word:
    """A thin writer over python-docx for the layouts people build by hand in Word."""

    def __init__(self, meta: dict) -> None:
        self.meta = meta
        self.font = meta.get("font", "Liberation Sans")
        self.size = meta.get("size", 10.5)
        self.accent = meta.get("accent", "1F3864")
        self.doc = Document()
        sec = self.doc.sections[0]
        if meta.get("page") == "letter":
            sec.page_width, sec.page_height = Mm(215.9), Mm(279.4)
        else:
            sec.page_width, sec.page_height = Mm(210), Mm(297)
        m = meta.get("margins_mm", (18, 18, 18, 18))  # top, right, bottom, left
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = (Mm(x) for x in m)
        self.text_width_mm = sec.page_width.mm - m[1] - m[3]
        self._fonts()
        self._cur = None  # the container new paragraphs go to (None: the body)

    # -- styles ---------------------------------------------------------------
    def _set_rfonts(self, rpr, name: str) -> None:
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in list(rf.attrib):
            del rf.attrib[a]
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), name)

    def _fonts(self) -> None:
        styles = self.doc.styles
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        self._set_rfonts(rpr, self.font)
        normal = styles["Normal"]
        normal.font.size = Pt(self.size)
        self._set_rfonts(normal.element.get_or_add_rPr(), self.font)
        pf = normal.paragraph_format
        pf.space_after = Pt(self.meta.get("space_after", 2))
        pf.space_before = Pt(0)
        pf.line_spacing = self.meta.get("line_spacing", 1.08)
        hfont = self.meta.get("heading_font", self.font)
        for name, size, before in (("Heading 1", 13, 12), ("Heading 2", 11, 6), ("Title", 24, 0)):
            st = styles[name]
            self._set_rfonts(st.element.get_or_add_rPr(), hfont)
            st.font.size = Pt(self.meta.get("size_" + name.replace(" ", "_").lower(), size))
            st.font.color.rgb = RGBColor.from_string(self.accent)
            st.paragraph_format.space_before = Pt(before)
            st.paragraph_format.space_after = Pt(3)
        for name in ("List Bullet", "List Bullet 2"):
            styles[name].paragraph_format.space_after = Pt(1)

    # -- paragraphs -----------------------------------------------------------
    def into(self, container) -> None:
        """Send the following paragraphs to a table cell / text box (None: the body)."""
        self._cur = container

    def _new_par(self, style: str | None):
        c = self._cur
        if c is None:
            return self.doc.add_paragraph(style=style)
        if hasattr(c, "paragraphs") and len(c.paragraphs) == 1 and not c.paragraphs[0].text \
                and not getattr(c, "_used", False):
            c._used = True  # python-docx cells start with one empty paragraph: reuse it
            par = c.paragraphs[0]
            if style:
                par.style = self.doc.styles[style]
            return par
        return c.add_paragraph(style=style)

    def runs(self, par, text: str, size=None, bold=False, italic=False, color=None, caps=False,
             font=None) -> None:
        """Append text; ``**bold**`` and ``__italic__`` toggle, ``\\t`` tab, ``\\n`` line break."""
        b, i = bold, italic
        for piece in _split_marks(text):
            if piece == "**":
                b = not b
                continue
            if piece == "__":
                i = not i
                continue
            r = par.add_run(piece)
            r.bold = b or None
            r.italic = i or None
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if caps:
                r.font.all_caps = True
            if font:
                r.font.name = font

    def p(self, text: str = "", style=None, *, size=None, bold=False, italic=False, color=None,
          align=None, before=None, after=None, tabs=(), left=None, hanging=None, first=None,
          right=None, keep_next=False, caps=False, font=None, border_bottom=None, line=None,
          shade=None):
        par = self._new_par(style)
        pf = par.paragraph_format
        if align:
            par.alignment = ALIGN[align]
        if before is not None:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        if left is not None:
            pf.left_indent = Mm(left)
        if right is not None:
            pf.right_indent = Mm(right)
        if hanging is not None:
            pf.first_line_indent = Mm(-hanging)
        if first is not None:
            pf.first_line_indent = Mm(first)
        if line is not None:
            pf.line_spacing = line
        if keep_next:
            pf.keep_with_next = True
        for t in tabs:
            pos, kind = t[0], t[1]
            leader = WD_TAB_LEADER.DOTS if len(t) > 2 and t[2] == "dot" else None
            if leader is not None:
                pf.tab_stops.add_tab_stop(Mm(pos), TAB[kind], leader)
            else:
                pf.tab_stops.add_tab_stop(Mm(pos), TAB[kind])
        if border_bottom:
            ppr = par._p.get_or_add_pPr()
            ppr.append(parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
                f'w:color="{border_bottom}"/></w:pBdr>'))
        if shade:
            ppr = par._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
        if text:
            self.runs(par, text, size=size, bold=bold, italic=italic, color=color, caps=caps, font=font)
        return par

    def h(self, text: str, level: int = 1, **kw):
        return self.p(text, f"Heading {level}", **kw)

    def bullet(self, text: str, level: int = 1, **kw):
        return self.p(text, "List Bullet" if level == 1 else "List Bullet 2", **kw)

    def column_break(self) -> None:
        par = self._new_par(None)
        par.add_run().add_break(__import__("docx.enum.text", fromlist=["WD_BREAK"]).WD_BREAK.COLUMN)

    # -- tables ---------------------------------------------------------------
    def table(self, rows: int, widths_mm, borders: bool = False, cell_margin_mm=1.5, shade=None):
        """A fixed-width table; borderless unless ``borders`` (how layout tables are made)."""
        t = self.doc.add_table(rows=rows, cols=len(widths_mm)) if self._cur is None \
            else self._cur.add_table(rows=rows, cols=len(widths_mm))
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        tblpr = t._tbl.tblPr
        for old in tblpr.findall(qn("w:tblW")):
            tblpr.remove(old)
        tblpr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{_twips(sum(widths_mm))}" w:type="dxa"/>'))
        val = "single" if borders else "nil"
        tblpr.append(parse_xml(
            f'<w:tblBorders {nsdecls("w")}>' + "".join(
                f'<w:{s} w:val="{val}" w:sz="4" w:space="0" w:color="auto"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))
        tblpr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
        m = _twips(cell_margin_mm)
        tblpr.append(parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:left w:w="{m}" w:type="dxa"/>'
            f'<w:right w:w="{m}" w:type="dxa"/></w:tblCellMar>'))
        grid = t._tbl.tblGrid
        for gc, wmm in zip(grid.findall(qn("w:gridCol")), widths_mm):
            gc.set(qn("w:w"), str(_twips(wmm)))
        for row in t.rows:
            for cell, wmm in zip(row.cells, widths_mm):
                cell.width = Mm(wmm)
        if self._cur is None:  # a paragraph after a table keeps Word from merging tables
            pass
        return t

    @staticmethod
    def shade_cell(cell, fill: str) -> None:
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    # -- sections -------------------------------------------------------------
    def columns(self, num: int, space_mm: float = 8, sep: bool = False) -> None:
        """End the current section (continuous break) and start one with ``num`` columns."""
        sec = self.doc.add_section(WD_SECTION.CONTINUOUS)
        sp = sec._sectPr
        cols = sp.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sp.find(qn("w:docGrid")).addprevious(cols)
        for a in list(cols.attrib):
            del cols.attrib[a]
        cols.set(qn("w:num"), str(num))
        cols.set(qn("w:space"), str(_twips(space_mm)))
        if sep:
            cols.set(qn("w:sep"), "1")

    # -- text boxes -----------------------------------------------------------
    def textbox(self, x_mm, y_mm, w_mm, h_mm, *, rel_h="page", rel_v="page", fill=None,
                line=None, inset_mm=2.5, wrap="square", anchor_par=None, ident=1):
        """A floating DrawingML text box (wps:wsp) with its VML fallback, as Word 2010+ writes.

        Returns a container: paragraphs written while ``into(box)`` go into w:txbxContent;
        call :meth:`end_textbox` to copy them into the VML fallback."""
        par = anchor_par if anchor_par is not None else self._new_par(None)
        run = par.add_run()
        cx, cy = round(w_mm * EMU_PER_MM), round(h_mm * EMU_PER_MM)
        ox, oy = round(x_mm * EMU_PER_MM), round(y_mm * EMU_PER_MM)
        ins = round(inset_mm * EMU_PER_MM)
        fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
        line_xml = (f'<a:ln w="6350"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
                    if line else "<a:ln><a:noFill/></a:ln>")
        wrap_xml = '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else "<wp:wrapNone/>"
        ns = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
              'xmlns:w10="urn:schemas-microsoft-com:office:word" '
              'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
        vml_fill = f'fillcolor="#{fill}"' if fill else 'filled="f"'
        vml_line = f'strokecolor="#{line}" strokeweight=".5pt"' if line else 'stroked="f"'
        pos_h = {"page": "page", "margin": "margin", "column": "text"}[rel_h]
        pos_v = {"page": "page", "margin": "margin", "paragraph": "text"}[rel_v]
        xml = f"""<mc:AlternateContent {ns}>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300"
 simplePos="0" relativeHeight="{251659264 + ident}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{ox}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{oy}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap_xml}
<wp:docPr id="{ident}" name="Text Box {ident}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill_xml}{line_xml}</wps:spPr>
<wps:txbx><w:txbxContent/></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="{ins}" tIns="{ins}" rIns="{ins}" bIns="{ins}" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box {ident}" o:spid="_x0000_s{1025 + ident}" type="#_x0000_t202"
 style="position:absolute;margin-left:{x_mm / 25.4 * 72:.1f}pt;margin-top:{y_mm / 25.4 * 72:.1f}pt;width:{w_mm / 25.4 * 72:.1f}pt;height:{h_mm / 25.4 * 72:.1f}pt;z-index:{ident};mso-position-horizontal-relative:{pos_h};mso-position-vertical-relative:{pos_v}"
 {vml_fill} {vml_line}><v:textbox inset="{inset_mm}mm,{inset_mm}mm,{inset_mm}mm,{inset_mm}mm"><w:txbxContent/></v:textbox>
<w10:wrap type="{'square' if wrap == 'square' else 'none'}"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"""
        ac = parse_xml(xml)
        run._r.append(ac)
        wps = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
        vml = "{urn:schemas-microsoft-com:vml}"
        content = ac.find(f".//{wps}txbx").find(qn("w:txbxContent"))
        fallback = ac.find(f".//{vml}textbox").find(qn("w:txbxContent"))
        return _Box(self.doc, content, fallback)

    def end_textbox(self, box: _Box) -> None:
        for child in box.content:
            box.fallback.append(copy.deepcopy(child))
        self._cur = None

    # -- output ---------------------------------------------------------------
    def save(self, path: Path) -> None:
        cp = self.doc.core_properties
        cp.author = cp.last_modified_by = self.meta["name"]
        cp.title = self.meta.get("title", f"{self.meta['name']} – CV")
        cp.subject = cp.keywords = cp.comments = cp.category = ""
        cp.created = cp.modified = cp.last_printed = FIXED_TIME
        cp.revision = 1
        rels = self.doc.part.package.rels  # drop the template's unrelated thumbnail
        for rid in [r for r, rel in rels.items() if rel.reltype.endswith("/thumbnail")]:
            rels.pop(rid)
        raw = io.BytesIO()
        self.doc.save(raw)
        with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(info, zin.read(name))


class _Box:
    """A text box's w:txbxContent, usable as a paragraph container by :class:`Word`."""

    def __init__(self, doc, content, fallback) -> None:
        self.doc, self.content, self.fallback = doc, content, fallback
        self.paragraphs = []

    def add_paragraph(self, style=None):
        from docx.text.paragraph import Paragraph

        p = OxmlElement("w:p")
        self.content.append(p)
        par = Paragraph(p, self.doc._body)
        if style:
            par.style = self.doc.styles[style]
        return par


def _split_marks(text: str):
    out, buf, i = [], "", 0
    while i < len(text):
        two = text[i:i + 2]
        if two in ("**", "__"):
            if buf:
                out.append(buf)
                buf = ""
            out.append(two)
            i += 2
        else:
            buf += text[i]
            i += 1
    if buf:
        out.append(buf)
    return out


# -- labels -------------------------------------------------------------------
def label_yaml(src: str, file: str, fmt: str, producer: str, layout: str, lab: dict) -> str:
    done = [d for d in lab["degrees"] if d["status"] == "completed"]
    hd = max(done, key=lambda d: LEVELS.index(d["level"]), default=None)  # first of the top level
    lines = [f"file: {file}", f"format: {fmt}", f"producer: {producer}", f"layout: {layout}",
             f"as_of: {AS_OF}"]
    lines += ["highest_degree: null"] if hd is None else [
        "highest_degree:", f"  level: {hd['level']}", f"  field: {hd['field']}"]
    lines += ["degrees:" + (" []" if not lab["degrees"] else "")]
    lines += [f"  - {_flow(d)}" for d in lab["degrees"]]
    ex = lab["experience"]
    lines += ["experience:"] + [f"  {k}: {'null' if ex[k] is None else ex[k]}"
                                for k in ("total_months", "internship_months", "claimed_years")]
    lines.append(f"skills: [{', '.join(lab['skills'])}]")
    lines += ["certifications:" + (" []" if not lab["certifications"] else "")]
    lines += [f"  - {_flow(c)}" for c in lab["certifications"]]
    lines += ["languages:" + (" []" if not lab["languages"] else "")]
    lines += [f"  - {_flow(x)}" for x in lab["languages"]]
    lines += [f"verdict: {lab['verdict']}", f"notes: {json.dumps(lab['notes'], ensure_ascii=False)}"]
    return f"# Generated by build.py from src/{src}.py - edit there.\n" + "\n".join(lines) + "\n"


def check(name: str, lab: dict) -> None:
    done = [d for d in lab["degrees"] if d["status"] == "completed"]
    hd = max(done, key=lambda d: LEVELS.index(d["level"]), default=None)
    exp = {k: lab[k] for k in ("degrees", "skills", "certifications", "verdict", "experience")}
    exp["highest_degree"] = hd and {"level": hd["level"], "field": hd["field"]}
    check_expected(name, exp)
    for x in lab["languages"]:
        assert len(x["language"]) == 2, x


# -- build ----------------------------------------------------------------------
def load_src(name: str):
    spec = importlib.util.spec_from_file_location(f"office_src_{name}", HERE / "src" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def to_pdf(docx: Path, profile: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="office-pdf-") as out:
        subprocess.run(
            ["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", out, str(docx)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        pdf = docx.with_suffix(".pdf")
        shutil.move(str(Path(out) / pdf.name), pdf)
    return pdf


def build(name: str, profile: Path) -> None:
    mod = load_src(name)
    check(name, mod.LABEL)
    w = Word(mod.META)
    mod.write(w)
    docx = HERE / f"{name}.docx"
    w.save(docx)
    pdf = to_pdf(docx, profile)
    layout = mod.META["layout"]
    # one label per file, <stem>.expected.yaml: the PDF export gets its own stem (_lo)
    pdf_stem = f"{name}_lo"
    pdf.rename(HERE / f"{pdf_stem}.pdf")
    (HERE / f"{name}.expected.yaml").write_text(
        label_yaml(name, f"{name}.docx", "docx", "python-docx", layout, mod.LABEL), encoding="utf-8")
    (HERE / f"{pdf_stem}.expected.yaml").write_text(
        label_yaml(name, f"{pdf_stem}.pdf", "pdf", "libreoffice", layout, mod.LABEL), encoding="utf-8")
    print(f"built {name}.docx, {pdf_stem}.pdf")


def main(argv: list[str]) -> None:
    names = argv or sorted(p.stem for p in (HERE / "src").glob("*.py") if not p.stem.startswith("_"))
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-office-"))
    try:
        for n in names:
            build(n, profile)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
