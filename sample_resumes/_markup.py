"""A tiny line-based markup for résumé sources, shared by the PDF and DOCX renderers.

Each line of a ``main:`` or ``sidebar:`` block in ``src/<name>.yaml`` becomes one block:

======================  ==============================================================
``# TEXT``              section heading, written exactly as TEXT (case is kept)
``@ LEFT >> RIGHT``     entry line: LEFT on the left, RIGHT (usually dates) flush right
``~ TEXT``              secondary line (employer, place or dates), rendered in italics
``• TEXT`` ``– TEXT``   bullet item; the glyph is kept as written (``•``, ``–``, ``▪``,
``▪ TEXT`` ``- TEXT``   ``-``, ``◦``, ``*``) unless the renderer uses Word list bullets
``| a | b |``          one table row; consecutive rows form one table
``[textbox]`` …         (DOCX) the lines up to ``[/textbox]`` go into a floating text box
blank line              vertical space
anything else           a paragraph
======================  ==============================================================

Inline ``**bold**`` is supported everywhere.  Nothing here is specific to a format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BULLET_GLYPHS = ("•", "–", "▪", "-", "◦", "*", "·")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class Block:
    """One rendered unit: ``kind`` is heading|entry|sub|bullet|table|textbox|space|para."""

    kind: str
    text: str = ""
    right: str = ""
    glyph: str = ""
    rows: list[list[str]] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)


def parse(source: str) -> list[Block]:
    """Parse a markup block into a flat list of :class:`Block` (text boxes nest)."""
    blocks: list[Block] = []
    stack = [blocks]
    for raw in source.splitlines():
        line = raw.rstrip()
        out = stack[-1]
        if line == "[textbox]":
            box = Block("textbox")
            out.append(box)
            stack.append(box.children)
        elif line == "[/textbox]":
            stack.pop()
        elif not line.strip():
            if not out or out[-1].kind != "space":
                out.append(Block("space"))
        elif line.startswith("# "):
            out.append(Block("heading", line[2:].strip()))
        elif line.startswith("@ "):
            left, _, right = line[2:].partition(" >> ")
            out.append(Block("entry", left.strip(), right.strip()))
        elif line.startswith("~ "):
            out.append(Block("sub", line[2:].strip()))
        elif line.startswith("|") and line.endswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if out and out[-1].kind == "table":
                out[-1].rows.append(cells)
            else:
                out.append(Block("table", rows=[cells]))
        elif line[:2] in {g + " " for g in BULLET_GLYPHS}:
            out.append(Block("bullet", line[2:].strip(), glyph=line[0]))
        else:
            out.append(Block("para", line.strip()))
    return blocks


def runs(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into ``(chunk, is_bold)`` pieces according to ``**bold**``."""
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos : m.start()], False))
        pieces.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces


def plain(text: str) -> str:
    """``text`` without markup (``**`` removed)."""
    return "".join(chunk for chunk, _ in runs(text))
