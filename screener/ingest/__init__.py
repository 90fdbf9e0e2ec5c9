"""Ingest: résumé bytes in, a normalised ``Document`` (or a stable error) out."""

from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.ingest.reader import read_document

__all__ = ["DEFAULT_LIMITS", "Limits", "read_document"]
