"""Plain words for people: why a file could not be read (one sentence per
``screener.errors`` code) and what each verdict means."""

from __future__ import annotations

VERDICT_TEXT = {
    "meets": "Meets",
    "needs_review": "Needs review",
    "does_not_meet": "Does not meet",
}

_REASONS = {
    "unsupported_format": "It is not a PDF, Word (DOCX), plain-text or JSON Resume file.",
    "type_mismatch": "Its name says one kind of file but its content is another.",
    "empty_file": "The file is empty.",
    "too_large": "The file is larger than this server accepts.",
    "too_many_pages": "The document has more pages than this server reads.",
    "encrypted": "The document is protected by a password; send a copy without one.",
    "corrupt": "The file is damaged, or it is not really a document of its type.",
    "no_text_layer": "The document has no text to read (probably a scanned image).",
    "archive_bomb": "The document unpacks to far more data than a résumé could hold.",
    "parse_timeout": "Reading the document took too long, so it was stopped.",
    "parse_memory": "Reading the document needed too much memory, so it was stopped.",
    "parse_failed": "The reader stopped unexpectedly on this file.",
    "text_too_long": "The document holds far more text than a résumé could.",
    "invalid_input": "The file cannot be read.",
    "invalid_json_resume": "It is JSON but not a JSON Resume, or a value in it has a wrong type.",
    "invalid_name": "The file's name cannot be stored (too long, or holds a NUL).",
}


def reason_for(code: str | None) -> str:
    """A sentence saying why a file with error ``code`` could not be screened."""
    if code is None:
        return "The file could not be read."
    return _REASONS.get(code, "The file could not be read.")


def known_codes() -> set[str]:
    """The codes that have their own sentence."""
    return set(_REASONS)
