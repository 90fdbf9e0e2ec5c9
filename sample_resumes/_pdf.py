"""Render a résumé source (see ``_markup``) to PDF with reportlab's platypus.

Templates (``style.template``):

* ``classic``       one column, name centred on top;
* ``sidebar-left``  two frames, a coloured sidebar on the left (light or dark);
* ``sidebar-right`` the same with the sidebar on the right;
* ``band``          a coloured header band with name and contact; one column below, or
                    two columns when the source has a ``sidebar``.

Output is byte-for-byte reproducible (``invariant=1``, fixed metadata).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from _markup import Block, parse, runs
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FAMILIES = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "condensed": "DejaVuSansCondensed"}


def register_fonts() -> None:
    """Register the DejaVu families (regular, bold, italic) once."""
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    for base in FAMILIES.values():
        italic = "Italic" if base == "DejaVuSerif" else "Oblique"
        for suffix in ("", "-Bold", "-" + italic):
            pdfmetrics.registerFont(TTFont(base + suffix, f"{FONT_DIR}/{base}{suffix}.ttf"))
        pdfmetrics.registerFontFamily(
            base,
            normal=base,
            bold=base + "-Bold",
            italic=base + "-" + italic,
            boldItalic=base + "-Bold",
        )


def _markup_xml(text: str) -> str:
    """Our ``**bold**`` markup as reportlab paragraph XML."""
    return "".join(f"<b>{escape(t)}</b>" if bold else escape(t) for t, bold in runs(text))


class Styles:
    """Paragraph styles for one résumé, derived from its ``style`` mapping."""

    def __init__(self, style: dict, on_dark: bool = False, size: float | None = None) -> None:
        font = FAMILIES[style.get("font", "sans")]
        size = float(size or style.get("size", 9.5))
        ink = colors.white if on_dark else colors.HexColor(style.get("ink", "#222222"))
        accent = colors.white if on_dark else colors.HexColor(style.get("accent", "#1F4E79"))
        self.accent = accent
        self.rule = style.get("heading_rule", True)
        base = {"fontName": font, "fontSize": size, "leading": size * 1.32, "textColor": ink}
        self.para = ParagraphStyle("p", **base, spaceAfter=1.5)
        self.right = ParagraphStyle("r", **base, alignment=TA_RIGHT)
        italic = font + ("-Italic" if font == "DejaVuSerif" else "-Oblique")
        self.sub = ParagraphStyle("s", **{**base, "fontName": italic})
        self.bullet = ParagraphStyle("b", **base, leftIndent=10, bulletIndent=1, spaceAfter=1)
        self.heading = ParagraphStyle(
            "h",
            fontName=font + "-Bold",
            fontSize=size + 1.8,
            leading=(size + 1.8) * 1.3,
            textColor=accent,
            spaceBefore=7,
            spaceAfter=2,
        )
        self.name = ParagraphStyle(
            "n", fontName=font + "-Bold", fontSize=size * 2.4, leading=size * 2.8, textColor=accent
        )
        self.headline = ParagraphStyle(
            "hl", **{**base, "fontSize": size + 2, "leading": (size + 2) * 1.4}
        )
        self.center = style.get("template", "classic") == "classic"
        if self.center:
            for st in (self.name, self.headline):
                st.alignment = TA_CENTER


def flowables(blocks: list[Block], st: Styles, width: float, keep_headings: bool = True) -> list:
    """Turn parsed blocks into platypus flowables for a frame ``width`` points wide.

    With ``keep_headings`` a heading stays on the same page as the first flowable of
    its section (not wanted inside a ``KeepInFrame``, which cannot measure groups).
    """
    out: list = []
    for b in blocks:
        start = len(out)
        if b.kind == "heading":
            out.append(Paragraph(_markup_xml(b.text), st.heading))
            if st.rule:
                out.append(
                    HRFlowable(
                        width="100%", thickness=0.6, color=st.accent, spaceBefore=0, spaceAfter=3
                    )
                )
        elif b.kind == "entry" and not b.right:
            out.append(Paragraph(_markup_xml(b.text), st.para))
        elif b.kind == "entry":
            left = Paragraph(_markup_xml(b.text), st.para)
            rw = min(width * 0.42, 8 + 5.6 * len(b.right))
            t = Table([[left, Paragraph(escape(b.right), st.right)]], colWidths=[width - rw, rw])
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            out.append(t)
        elif b.kind == "sub":
            out.append(Paragraph(_markup_xml(b.text), st.sub))
        elif b.kind == "bullet":
            out.append(Paragraph(_markup_xml(b.text), st.bullet, bulletText=b.glyph))
        elif b.kind == "table":
            cols = max(len(r) for r in b.rows)
            cells = [[Paragraph(_markup_xml(c), st.para) for c in r] for r in b.rows]
            first = width * 0.28 if cols == 2 else width / cols
            widths = [first] + [(width - first) / (cols - 1)] * (cols - 1) if cols > 1 else [width]
            t = Table(cells, colWidths=widths)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            out.append(t)
        elif b.kind == "space":
            out.append(Spacer(1, 4))
        elif b.kind == "textbox":  # PDF has no text boxes: render the content inline
            out.extend(flowables(b.children, st, width, keep_headings))
        else:
            out.append(Paragraph(_markup_xml(b.text), st.para))
        if not keep_headings:
            continue
        prev = out[:start]
        if b.kind not in ("heading", "space") and prev and getattr(prev[-1], "_heading", False):
            out[start - 1 : start + 1] = [KeepTogether([*prev[-1]._content, out[start]])]
        if b.kind == "heading":  # group heading (+ rule) so the next block can join it
            group = KeepTogether(out[start:])
            group._heading = True
            out[start:] = [group]
    return out


def _header(src: dict, st: Styles) -> list:
    """Name, headline and contact line at the top of the main flow."""
    out = [Paragraph(escape(src["name"]), st.name)]
    if src.get("headline"):
        out.append(Paragraph(escape(src["headline"]), st.headline))
    if src.get("contact"):
        sep = src.get("style", {}).get("contact_sep", "  |  ")
        p = ParagraphStyle("c", parent=st.para, alignment=TA_CENTER if st.center else TA_LEFT)
        out.append(Paragraph(escape(sep.join(src["contact"])), p))
    out.append(Spacer(1, 6))
    return out


def build_pdf(src: dict, path: str) -> None:
    """Render ``src`` (a loaded ``src/*.yaml`` mapping) to the PDF file ``path``."""
    register_fonts()
    style = src.get("style", {})
    template = style.get("template", "classic")
    page = LETTER if style.get("page") == "letter" else A4
    W, H = page  # noqa: N806 - page width/height, as in the reportlab docs
    margin = float(style.get("margin_mm", 16)) * mm
    band_h = float(style.get("band_mm", 34)) * mm if template == "band" else 0
    st = Styles(style)
    has_side = bool(src.get("sidebar"))
    sw = float(style.get("sidebar_mm", 62)) * mm
    dark = bool(style.get("sidebar_dark"))
    side_st = Styles(style, on_dark=dark, size=style.get("sidebar_size"))
    side_bg = colors.HexColor(style.get("sidebar_bg", "#EEF1F5"))

    def decorate(canvas, doc):
        canvas.saveState()
        if has_side and template != "band":  # the sidebar colour runs down every page
            x = 0 if template == "sidebar-left" else W - sw
            canvas.setFillColor(side_bg)
            canvas.rect(x, 0, sw, H, stroke=0, fill=1)
        if band_h and doc.page == 1:
            canvas.setFillColor(colors.HexColor(style.get("accent", "#1F4E79")))
            canvas.rect(0, H - band_h, W, band_h, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            font = FAMILIES[style.get("font", "sans")]
            canvas.setFont(font + "-Bold", 24)
            canvas.drawString(margin, H - 15 * mm, src["name"])
            canvas.setFont(font, 11.5)
            canvas.drawString(margin, H - 22 * mm, src.get("headline", ""))
            canvas.setFont(font, 9)
            canvas.drawString(margin, H - 28.5 * mm, "   ·   ".join(src.get("contact", [])))
        canvas.restoreState()

    # Column geometry (x, width) in points; the sidebar never appears on later pages.
    top = H - band_h - (6 * mm if band_h else 0)
    if not has_side:
        side, main = None, (margin, W - 2 * margin)
    elif template == "band":
        side, main = (margin, sw - margin), (sw + 4 * mm, W - sw - 4 * mm - margin)
    elif template == "sidebar-left":
        side, main = (7 * mm, sw - 12 * mm), (sw + 7 * mm, W - sw - 7 * mm - margin)
    else:
        side, main = (W - sw + 6 * mm, sw - 12 * mm), (margin, W - sw - 7 * mm - margin)
    height = top - margin if band_h else H - 2 * margin
    frames = [Frame(side[0], margin, side[1], height, id="side")] if side else []
    frames.append(Frame(main[0], margin, main[1], height, id="main"))
    # Later pages continue the main column at the same width, so entry tables still fit.
    later = [Frame(main[0], margin, main[1], H - 2 * margin, id="later")]
    doc = BaseDocTemplate(
        path,
        pagesize=page,
        invariant=1,
        title=src["name"] + " – CV",
        author=src["name"],
        creator="",
        producer="",
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", frames=frames, onPage=decorate),
            PageTemplate("later", frames=later, onPage=decorate),
        ]
    )
    pad = 12  # a Frame has 6pt padding on each side
    story: list = [NextPageTemplate("later")]
    if side:  # the sidebar must fit its frame: fail loudly rather than spill into the main column
        content = flowables(parse(src["sidebar"]), side_st, side[1] - pad, keep_headings=False)
        story += [KeepInFrame(side[1] - pad, height - pad, content, mode="error"), FrameBreak()]
    if template != "band":
        story += _header(src, st)
    story += flowables(parse(src["main"]), st, main[1] - pad)
    doc.build(story)
