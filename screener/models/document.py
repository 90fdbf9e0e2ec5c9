"""Pydantic models shared by every stage of the flow.

``Document`` is what ingest produces: the normalised text of a résumé, where each page
starts and ends in it, where it came from, and what looked wrong while reading it.
Later stages (nlp, extract, evaluate) add their own models here; they all point back
into ``Document.text`` by character offsets, which is why the text is normalised once,
in ingest, and never changed afterwards.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from pydantic import Field

from screener.models.base import Model as _Model

MediaType = Literal[
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/plain",
    "application/json",  # a JSON Resume
]


class Source(_Model):
    """Where a Document came from: enough to identify the file, never its contents."""

    filename: str | None = Field(description="File name as given by the caller, if any.")
    sha256: str = Field(description="Hex SHA-256 of the original bytes.")
    media_type: MediaType = Field(description="Format detected from the content.")
    size: int = Field(ge=0, description="Size of the original file in bytes.")
    encoding: str | None = Field(default=None, description="Text encoding (plain text only).")


class Page(_Model):
    """One page of the Document as a half-open character range of ``Document.text``."""

    number: int = Field(ge=1, description="1-based page number.")
    start: int = Field(ge=0, description="Offset of the page's first character.")
    end: int = Field(ge=0, description="Offset one past the page's last character.")


class DocumentWarning(_Model):
    """Something about the file that later stages and people should know."""

    code: str = Field(
        description="Stable code, one of screener.models.warning_codes.WarningCode (each "
        "documented in MEANINGS there)."
    )
    message: str = Field(description="A sentence for people.")
    count: int | None = Field(default=None, description="How many items it concerns, if counted.")
    pages: tuple[int, ...] = Field(default=(), description="Pages it concerns, if known.")


class Document(_Model):
    """A résumé file turned into normalised text with page offsets and warnings."""

    text: str = Field(description="NFC text; zero-width and bidi controls removed; \\n lines.")
    pages: tuple[Page, ...] = Field(description="Character ranges of each page, in order.")
    source: Source
    warnings: tuple[DocumentWarning, ...] = ()
    removed_characters: int = Field(
        default=0, ge=0, description="Invisible characters removed by normalisation."
    )

    def page_at(self, offset: int) -> int:
        """The 1-based page number holding character ``offset`` (1 when there are no pages)."""
        starts = [page.start for page in self.pages]
        index = bisect_right(starts, offset) - 1
        return self.pages[max(index, 0)].number if self.pages else 1

    def has_warning(self, code: str) -> bool:
        """Whether a warning with this code was recorded."""
        return any(warning.code == code for warning in self.warnings)
