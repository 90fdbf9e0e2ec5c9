"""A web page's text as a posting is read: visible text in blocks, headings marked, and the
JSON-LD scripts it carries (where a schema.org JobPosting lives).

Screener's ingest reads HTML as plain text (tags and all), so the tags are taken apart
here with the standard library's tokenizing ``html.parser`` (no tree is built, nothing is
fetched, entities are decoded). Headings become Markdown headings (``## Requirements``),
a block that is bold as a whole (``<p><b>Qualifications</b></p>``, as career sites write
their headings) a bold Markdown line (``**Qualifications**``) and list items bullets (``• …``),
so the section reader treats a page and a Markdown file alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "li"),
        *("main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot"),
        *("tr", "ul"),
    }
)
_HEADINGS = {f"h{level}": "#" * min(level, 6) for level in range(1, 7)}
_SKIPPED = frozenset(
    {"head", "noscript", "script", "style", "svg", "template", "iframe", "object", "canvas"}
    | {"nav", "footer"}  # a site's navigation and footer are no part of the posting
)
_CELLS = frozenset({"td", "th"})
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_SPACES = re.compile(r"\s+")
_BOLD = frozenset({"b", "strong"})
_BOLD_OPEN, _BOLD_CLOSE = "\x02", "\x03"
"""Marks around bold text while a block is collected (no page text holds them: ingest
removes control characters)."""
_WHOLLY_BOLD = re.compile(f"^{_BOLD_OPEN}([^{_BOLD_OPEN}{_BOLD_CLOSE}]+){_BOLD_CLOSE}$")


@dataclass
class PageText:
    """What a page holds for drafting."""

    text: str
    title: str | None = None
    json_ld: list[str] = field(default_factory=list)


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes begin like an HTML document (a doctype, ``<html>``, ``<body>``)."""
    return _HTML_START.match(data[:4096]) is not None


class _PageParser(HTMLParser):
    """Collects visible text by blocks, the ``<title>`` and ``application/ld+json`` scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping = 0
        self.in_title = False
        self.title: list[str] = []
        self.json_ld: list[str] = []
        self.script: list[str] | None = None
        self.preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag == "script" and _is_json_ld(attrs):
            self.script = []
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _HEADINGS:
            self._break()
            self.current.append(_HEADINGS[tag] + " ")
        elif tag == "li":
            self._break()
            self.current.append("• ")
        elif tag in _CELLS and self.current:
            self.current.append("\t")
        elif tag in _BLOCKS:
            self._break()
        elif tag in _BOLD and not self.skipping:
            self.current.append(_BOLD_OPEN)
        if tag == "pre":
            self.preformatted += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script" and self.script is not None:
            self.json_ld.append("".join(self.script))
            self.script = None
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _HEADINGS or tag in _BLOCKS:
            self._break()
        elif tag in _BOLD and not self.skipping:
            self.current.append(_BOLD_CLOSE)
        if tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script.append(data)
        elif self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.current.append(data if self.preformatted else _SPACES.sub(" ", data))

    def _break(self) -> None:
        line = "".join(self.current)
        self.current = []
        for part in line.split("\n"):
            text = _bold_line(part.strip())
            if text and text not in ("•", "#", "##"):
                self.lines.append(text)

    def page(self) -> PageText:
        self._break()
        title = " ".join("".join(self.title).split()) or None
        return PageText("\n".join(self.lines) + "\n", title, self.json_ld)


def _bold_line(text: str) -> str:
    """A line bold as a whole as ``**…**`` (a heading), other lines without the marks."""
    whole = _WHOLLY_BOLD.match(text)
    if whole is not None and whole.group(1).strip():
        return f"**{whole.group(1).strip()}**"
    return text.replace(_BOLD_OPEN, "").replace(_BOLD_CLOSE, "").strip()


def _is_json_ld(attrs: list[tuple[str, str | None]]) -> bool:
    kind = dict(attrs).get("type") or ""
    return kind.strip().lower() == "application/ld+json"


def html_to_text(html: str) -> PageText:
    """The page's visible text (one block a line), its title and its JSON-LD scripts."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.page()
