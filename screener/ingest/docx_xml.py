"""Walk WordprocessingML in document order and collect its visible text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
PAGE_BREAK = "\f"

_SKIPPED = {
    f"{_W}{tag}"
    for tag in (
        "delText",
        "instrText",
        "rPr",
        "pPr",
        "sectPr",
        "tblPr",
        "tcPr",
        "trPr",
        "commentReference",
        "footnoteReference",
        "endnoteReference",
        "delInstrText",
    )
}
_FALSE = {"0", "false", "off"}
_MIN_HALF_POINTS = 4  # w:sz counts half-points: under 2 pt nobody can read it
_SHADE_BLIND = {None, "auto", "FFFFFF", "ffffff"}


@dataclass(slots=True)
class Block:
    """One paragraph or table row of text, plus the hidden characters left out of it."""

    text: str
    hidden: int = 0


@dataclass(slots=True)
class DocxText:
    """Blocks gathered from every part, turned into pages of text."""

    blocks: list[str] = field(default_factory=list)
    hidden_chars: int = 0

    def add_blocks(self, blocks: Iterator[Block]) -> None:
        """Append blocks in order, counting hidden characters."""
        for block in blocks:
            self.blocks.append(block.text)
            self.hidden_chars += block.hidden

    def pages(self) -> list[str]:
        """Text split at explicit page breaks; at least one page."""
        return "\n".join(self.blocks).split(PAGE_BREAK)


def body_blocks(container: Element, shaded: bool = False) -> Iterator[Block]:
    """Blocks of a body, header, footer, table cell, content control or text box."""
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            yield from _paragraph(child, shaded)
        elif tag == f"{_W}tbl":
            yield from _table(child, shaded)
        elif tag not in _SKIPPED:
            yield from body_blocks(child, shaded)


_LAYOUT_CELL_LINES = 4  # a cell of this many paragraphs is a page region, not a value


def _table(table: Element, shaded: bool) -> Iterator[Block]:
    """A data table's row is one line, cells joined by tabs ("Python<tab>Expert"), a
    cell's further paragraphs on the lines below in its column; a
    layout table (a cell holding a sidebar or a whole column of the page) is read cell by
    cell, each paragraph on its own line."""
    for row in table.findall(f"{_W}tr"):
        cells: list[list[str]] = []
        hidden = 0
        for cell in row.findall(f"{_W}tc"):
            cell_shaded = shaded or _has_shading(cell.find(f"{_W}tcPr"))
            parts = list(body_blocks(cell, cell_shaded))
            hidden += sum(part.hidden for part in parts)
            lines = [part.text.strip() for part in parts if part.text.strip()]
            if lines:
                cells.append(lines)
        if any(len(lines) >= _LAYOUT_CELL_LINES for lines in cells):
            yield Block("\n\n".join("\n".join(lines) for lines in cells), hidden)
        else:
            yield Block(_row_lines(cells), hidden)


def _row_lines(cells: list[list[str]]) -> str:
    """A data row as it looks: the cells' first paragraphs on one line joined by tabs, their
    next paragraphs on the lines below, each in its cell's column ("Certificaciones<tab>
    Databricks …" over "<tab>CFA Program Level I …")."""
    depth = max(len(lines) for lines in cells)
    rows = ["\t".join(lines[k] if k < len(lines) else "" for lines in cells) for k in range(depth)]
    return "\n".join(row.rstrip("\t") for row in rows)


def _paragraph(paragraph: Element, shaded: bool) -> Iterator[Block]:
    properties = paragraph.find(f"{_W}pPr")
    shaded = shaded or _has_shading(properties)
    collector = _RunCollector(shaded)
    if properties is not None and _is_on(properties.find(f"{_W}pageBreakBefore")):
        collector.parts.append(PAGE_BREAK)
    collector.walk(paragraph)
    yield Block("".join(collector.parts), collector.hidden)
    for box in collector.text_boxes:
        yield from body_blocks(box, shaded=True)


@dataclass(slots=True)
class _RunCollector:
    shaded: bool
    parts: list[str] = field(default_factory=list)
    hidden: int = 0
    text_boxes: list[Element] = field(default_factory=list)

    def walk(self, element: Element) -> None:
        for child in element:
            self._visit(child)

    def _visit(self, node: Element) -> None:
        tag = node.tag
        if tag == f"{_W}r":
            self._run(node)
        elif tag == f"{_MC}AlternateContent":  # the same content twice: take the first choice
            choice = node.find(f"{_MC}Choice")
            self.walk(choice if choice is not None else node)
        elif tag == f"{_W}txbxContent":
            self.text_boxes.append(node)
        elif tag not in _SKIPPED:
            self.walk(node)

    def _run(self, run: Element) -> None:
        start = len(self.parts)
        for child in run:
            tag = child.tag
            if tag == f"{_W}t":
                self.parts.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                self.parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                self.parts.append(PAGE_BREAK if child.get(f"{_W}type") == "page" else "\n")
            elif tag == f"{_W}lastRenderedPageBreak":
                self.parts.append(PAGE_BREAK)
            elif tag == f"{_W}noBreakHyphen":
                self.parts.append("-")
            else:
                self._visit(child)  # drawings and pictures that hold text boxes
        if _is_hidden(run.find(f"{_W}rPr"), self.shaded):
            removed = self.parts[start:]
            self.hidden += sum(len(part) for part in removed if part != PAGE_BREAK)
            self.parts[start:] = [part for part in removed if part == PAGE_BREAK]


def _is_on(element: Element | None) -> bool:
    return element is not None and element.get(f"{_W}val", "true").lower() not in _FALSE


def _has_shading(properties: Element | None) -> bool:
    if properties is None:
        return False
    shading = properties.find(f"{_W}shd")
    return shading is not None and shading.get(f"{_W}fill") not in _SHADE_BLIND


def _is_hidden(properties: Element | None, shaded: bool) -> bool:
    if properties is None:
        return False
    if _is_on(properties.find(f"{_W}vanish")) or _is_on(properties.find(f"{_W}specVanish")):
        return True
    size = properties.find(f"{_W}sz")
    half_points = size.get(f"{_W}val", "") if size is not None else ""
    if half_points.isdigit() and int(half_points) < _MIN_HALF_POINTS:
        return True
    color = properties.find(f"{_W}color")
    white = color is not None and (color.get(f"{_W}val") or "").upper() == "FFFFFF"
    backed = shaded or _has_shading(properties) or properties.find(f"{_W}highlight") is not None
    return white and not backed
