"""The raw result a format reader hands to ``read_document`` before normalisation."""

from __future__ import annotations

from dataclasses import dataclass, field

from screener.models import DocumentWarning


@dataclass(slots=True)
class Extracted:
    """Text per page, as the format reader found it, plus format-specific warnings."""

    pages: list[str]
    warnings: list[DocumentWarning] = field(default_factory=list)
    encoding: str | None = None

    def warn(
        self, code: str, message: str, *, count: int | None = None, pages: tuple[int, ...] = ()
    ) -> None:
        """Record a warning once per code (later calls add to its count and pages)."""
        for index, existing in enumerate(self.warnings):
            if existing.code == code:
                merged_count = (existing.count or 0) + (count or 0) if count else existing.count
                merged_pages = tuple(sorted({*existing.pages, *pages}))
                self.warnings[index] = existing.model_copy(
                    update={"count": merged_count, "pages": merged_pages}
                )
                return
        self.warnings.append(DocumentWarning(code=code, message=message, count=count, pages=pages))
