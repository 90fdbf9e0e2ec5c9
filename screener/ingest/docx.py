"""DOCX résumés: the package is checked as a zip, then its XML read with a hardened parser.

Before any XML is parsed the zip is checked: entry count, total declared size, each
entry's inflate ratio, encrypted entries; parts are then read with a hard byte cap, since
declared sizes can lie. XML goes through defusedxml with DTDs forbidden: Word never
writes a DTD, so a document carrying one was crafted and is refused.

Text comes out in document order: the default header, the body (paragraphs; tables row by
row with cells separated by tabs; content controls; text boxes after the paragraph that
anchors them, each once although Word stores it twice), then the default footer. Deleted
revisions, field codes, comments and footnotes are left out. Hidden runs (``w:vanish``,
text under 2 pt, white text with no shading) are dropped and reported as ``hidden_text``.
Explicit page breaks split pages.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from screener.errors import ArchiveBomb, Corrupt, Encrypted
from screener.ingest.docx_xml import Block, DocxText, body_blocks
from screener.ingest.extracted import Extracted
from screener.ingest.limits import MIB, Limits
from screener.models.warning_codes import WarningCode

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RATIO_CHECK_FROM = 1 * MIB


def read_docx(data: bytes, limits: Limits) -> Extracted:
    """Extract the text of a Word document; raise a ``ScreenerError`` when it cannot."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise Corrupt("The Word document is a damaged zip archive.") from exc
    with archive:
        _check_archive(archive, limits)
        reader = _PartReader(archive, limits)
        document = reader.xml("word/document.xml")
        headers, footers = _header_footer_parts(reader, document)
        body = document.find(f"{_W}body")
        if body is None:
            raise Corrupt("The Word document has no body.")
        text = DocxText()
        _add_parts(text, reader, headers)
        text.add_blocks(body_blocks(body))
        _add_parts(text, reader, footers)
    result = Extracted(pages=text.pages())
    if text.hidden_chars:
        result.warn(
            WarningCode.HIDDEN_TEXT, "Hidden text was found and left out.", count=text.hidden_chars
        )
    return result


def _add_parts(text: DocxText, reader: _PartReader, parts: list[str]) -> None:
    """Add header or footer parts, skipping one identical to a part already added."""
    seen: list[list[Block]] = []
    for part in parts:
        blocks = list(body_blocks(reader.xml(part)))
        if blocks not in seen:
            seen.append(blocks)
            text.add_blocks(iter(blocks))


def _check_archive(archive: zipfile.ZipFile, limits: Limits) -> None:
    entries = archive.infolist()
    if len(entries) > limits.max_zip_entries:
        raise ArchiveBomb(f"The document holds {len(entries)} zip entries.", entries=len(entries))
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_decompressed_bytes:
        raise ArchiveBomb(f"The document inflates to {total:,} bytes.", size=total)
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise Encrypted("The Word document's zip entries are encrypted.")
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > _RATIO_CHECK_FROM and ratio > limits.max_compression_ratio:
            raise ArchiveBomb(f"A zip entry inflates {ratio:,.0f} times.", ratio=round(ratio))


class _PartReader:
    """Reads package parts under one shared decompression budget."""

    def __init__(self, archive: zipfile.ZipFile, limits: Limits) -> None:
        self._archive = archive
        self._remaining = limits.max_decompressed_bytes

    def xml(self, name: str) -> Element:
        try:
            with self._archive.open(name) as handle:
                data = handle.read(self._remaining + 1)
        except KeyError as exc:
            raise Corrupt(f"The Word document has no part {name}.") from exc
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise Corrupt(f"The Word document's part {name} is damaged.") from exc
        self._remaining -= len(data)
        if self._remaining < 0:
            raise ArchiveBomb("The document's parts inflate past the size limit.")
        return _parse_xml(data, name)

    def exists(self, name: str) -> bool:
        try:
            self._archive.getinfo(name)
        except KeyError:
            return False
        return True


def _parse_xml(data: bytes, name: str) -> Element:
    try:
        root: Element = fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise Corrupt(
            f"The part {name} declares a DTD or entities; refused for safety.", reason="dtd"
        ) from exc
    except (ParseError, ValueError) as exc:
        raise Corrupt(f"The part {name} is not well-formed XML.") from exc
    return root


def _header_footer_parts(reader: _PartReader, document: Element) -> tuple[list[str], list[str]]:
    """Default header and footer parts of each section, in order, each part once."""
    if not reader.exists("word/_rels/document.xml.rels"):
        return [], []
    rels = reader.xml("word/_rels/document.xml.rels")
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_REL_NS}Relationship")}
    headers: list[str] = []
    footers: list[str] = []
    for kind, found in (("header", headers), ("footer", footers)):
        for ref in document.iter(f"{_W}{kind}Reference"):
            if ref.get(f"{_W}type", "default") not in ("default", "first"):
                continue
            target = targets.get(ref.get(f"{_DOC_REL}id"), "").lstrip("/")
            part = target if target.startswith("word/") else f"word/{target}"
            if target and part not in found and reader.exists(part):
                found.append(part)
    return headers, footers
