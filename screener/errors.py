"""One exception hierarchy for everything Screener refuses, each with a stable code.

The ``code`` of an error is part of the public contract: the CLI prints it, the HTTP API
returns it in problem+json bodies, and callers branch on it. Messages are for people and
may change; codes never do. ``http_status`` is the status the HTTP API answers with.

Errors cross process boundaries (parse workers), so every error pickles with its message
and details intact.
"""

from __future__ import annotations

from typing import Any, ClassVar


class ScreenerError(Exception):
    """Base of every error Screener raises on purpose."""

    code: ClassVar[str] = "screener_error"
    http_status: ClassVar[int] = 500
    default_message: ClassVar[str] = "Screener could not complete the request."

    def __init__(self, message: str | None = None, **details: Any) -> None:
        self.message = message or self.default_message
        self.details: dict[str, Any] = details
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (type(self), self.message, self.details))

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view: ``{"code", "message", **details}``."""
        return {"code": self.code, "message": self.message, **self.details}


def _rebuild_error(cls: type[ScreenerError], message: str, details: dict[str, Any]) -> Exception:
    return cls(message, **details)


class InputError(ScreenerError):
    """A file that cannot be screened because of what it is or contains."""

    code = "invalid_input"
    http_status = 422
    default_message = "The file cannot be read."


class UnsupportedFormat(InputError):
    code = "unsupported_format"
    http_status = 415
    default_message = "The file is not a PDF, DOCX, plain-text or JSON Resume document."


class TypeMismatch(InputError):
    code = "type_mismatch"
    http_status = 415
    default_message = "The file's name says one format but its content is another."


class EmptyFile(InputError):
    code = "empty_file"
    default_message = "The file is empty."


class InvalidJsonResume(InputError):
    """A JSON file that is not a JSON Resume, or one with a value of the wrong type."""

    code = "invalid_json_resume"
    default_message = "The JSON file is not a JSON Resume."


class TooLarge(InputError):
    code = "too_large"
    http_status = 413
    default_message = "The file is larger than the size limit."


class TooManyPages(InputError):
    code = "too_many_pages"
    http_status = 413
    default_message = "The document has more pages than the page limit."


class Encrypted(InputError):
    code = "encrypted"
    default_message = "The document is password-protected."


class Corrupt(InputError):
    code = "corrupt"
    default_message = "The file is damaged or not a valid document of its type."


class NoTextLayer(InputError):
    """Raised only on request (``Limits.require_text``); by default a warning is recorded."""

    code = "no_text_layer"
    default_message = "The document has no text layer (scanned image?)."


class ArchiveBomb(InputError):
    code = "archive_bomb"
    http_status = 413
    default_message = "The document decompresses to far more data than allowed."


class ParseTimeout(InputError):
    code = "parse_timeout"
    default_message = "Reading the document took longer than the time limit."


class ParseMemory(InputError):
    code = "parse_memory"
    default_message = "Reading the document needed more memory than the limit."


class ParseFailed(InputError):
    """The worker reading the file died (crash or signal) without an answer."""

    code = "parse_failed"
    default_message = "The parser stopped unexpectedly while reading the document."


class TextTooLong(InputError):
    code = "text_too_long"
    http_status = 413
    default_message = "The document has more text than the character limit."


class RulesError(ScreenerError):
    """A rule set that is not valid: bad YAML/JSON, an unknown key or id, or a lint refusal.

    ``details``: ``{"file": str, "errors": [{"path": "required.2.skills.all_of.1",
    "message": str, "suggestion": str | None}]}``; ``path`` is ``""`` for the whole file.
    """

    code = "invalid_rules"
    http_status = 422
    default_message = "The rule set is not valid."


class RulesNotFound(ScreenerError):
    """No bundled rule set has this id and no file has this path."""

    code = "rules_not_found"
    http_status = 404
    default_message = "No rule set with this id or path."


class NothingToDraft(ScreenerError):
    """A job posting in which ``screener rules draft`` found no requirement to screen on."""

    code = "nothing_to_draft"
    http_status = 422
    default_message = "The posting names no requirement a rule set could screen on."


class ClusterUnusable(ScreenerError):
    """The Dask cluster cannot run Screener's tasks (no workers, or daemonic workers)."""

    code = "cluster_unusable"
    http_status = 503
    default_message = "The Dask cluster cannot run Screener's tasks."


class AuditInputError(ScreenerError):
    """Input of ``screener audit`` or ``screener reproduce`` that cannot be used as given."""

    code = "invalid_audit_input"
    http_status = 422
    default_message = "The audit's input cannot be used."


class InvalidResults(AuditInputError):
    """A results file that is not what ``screener score --format jsonl|json`` writes.

    ``details``: ``{"file": str, "line": int | None}`` (the first line that is wrong).
    """

    code = "invalid_results"
    default_message = "The results file holds no screening results."


class MixedRuleSets(AuditInputError):
    """Results screened against more than one rule set (an audit is of one rule set)."""

    code = "mixed_rule_sets"
    default_message = "The results come from more than one rule set."


class InvalidDemographics(AuditInputError):
    """A demographics CSV without a ``candidate`` column or categories, or whose rows do
    not name results one to one. ``details``: ``{"file": str, "line": int | None}``."""

    code = "invalid_demographics"
    default_message = "The demographics file cannot be joined to the results."


class RulesMismatch(AuditInputError):
    """A rule set whose SHA-256 is not the one a result records: a replay would not use
    the rules the decision was made with. ``details``: ``{"recorded", "given"}``."""

    code = "rules_mismatch"
    http_status = 409
    default_message = "The rule set is not the one the result was screened with."


class NoRecordedResult(AuditInputError):
    """A file to reproduce whose SHA-256 matches no result in the results file."""

    code = "no_recorded_result"
    http_status = 404
    default_message = "No result in the results file was screened from this file."


def _all_subclasses(cls: type[ScreenerError]) -> list[type[ScreenerError]]:
    found: list[type[ScreenerError]] = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_all_subclasses(sub))
    return found


def error_codes() -> dict[str, type[ScreenerError]]:
    """Every stable error code mapped to its exception class."""
    classes: list[type[ScreenerError]] = [ScreenerError, *_all_subclasses(ScreenerError)]
    return {cls.code: cls for cls in classes}
