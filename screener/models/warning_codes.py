"""Every warning code a Document or a Profile can carry, documented in one place.

Beside the error codes of ``screener.errors`` (spaCy keeps its ``Warnings`` beside its
``Errors`` the same way): a warning does not stop a file from being screened, but tells
later stages and people something they should know. Codes are stable strings; the enum is
a ``StrEnum``, so JSON shows the plain code.
"""

from __future__ import annotations

from enum import StrEnum


class WarningCode(StrEnum):
    """A stable warning code; :data:`MEANINGS` says what each one means."""

    NO_TEXT_LAYER = "no_text_layer"
    PARTIAL_TEXT_LAYER = "partial_text_layer"
    MULTI_COLUMN = "multi_column"
    HIDDEN_TEXT = "hidden_text"
    OBFUSCATED_TEXT = "obfuscated_text"
    TYPE_MISMATCH = "type_mismatch"
    CONTROL_CHARACTERS_REMOVED = "control_characters_removed"
    UNMAPPED_GLYPHS = "unmapped_glyphs"
    OCR_TEXT = "ocr_text"
    NO_SECTIONS = "no_sections"
    NO_EXPERIENCE_SECTION = "no_experience_section"
    NO_DATED_POSITIONS = "no_dated_positions"
    NO_EDUCATION_SECTION = "no_education_section"
    UNREAD_EDUCATION_ENTRY = "unread_education_entry"


MEANINGS: dict[WarningCode, str] = {
    WarningCode.NO_TEXT_LAYER: "Every page is an image (a scan): no fact can be read; "
    "criteria that need the text answer unknown.",
    WarningCode.PARTIAL_TEXT_LAYER: "Some pages are images with no text layer.",
    WarningCode.MULTI_COLUMN: "The PDF is laid out in columns; they were read apart.",
    WarningCode.HIDDEN_TEXT: "Invisible text (white, tiny, off-page, hidden runs) was found "
    "and left out.",
    WarningCode.OBFUSCATED_TEXT: "Invisible characters inside words or look-alike letters "
    "from other scripts were found.",
    WarningCode.TYPE_MISMATCH: "The file's name says one format and its content another; "
    "it was read as what it is.",
    WarningCode.CONTROL_CHARACTERS_REMOVED: "Control characters were removed from the text.",
    WarningCode.UNMAPPED_GLYPHS: "The PDF has glyphs with no Unicode mapping ((cid:N)); they "
    "were dropped.",
    WarningCode.OCR_TEXT: "Some pages had no text layer and were read by OCR (Tesseract): "
    "their text may hold misread characters; a person should check what the verdict rests on.",
    WarningCode.NO_SECTIONS: "No section heading was found; the whole text was read as experience.",
    WarningCode.NO_EXPERIENCE_SECTION: "No experience heading was recognised; the sections "
    "about nothing else were read for dated positions.",
    WarningCode.NO_DATED_POSITIONS: "No dated position was found: experience is unknown, not zero.",
    WarningCode.NO_EDUCATION_SECTION: "No education section was found: the degree is unknown.",
    WarningCode.UNREAD_EDUCATION_ENTRY: "An education entry names a university or college but "
    "no degree could be read there: a degree criterion it might meet answers unknown.",
}
