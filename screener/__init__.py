"""Screener: candidate-qualification screening with evidence for every decision."""

from screener.errors import ScreenerError
from screener.ingest import Limits, read_document
from screener.models import Document

__version__ = "0.1.0"

__all__ = ["Document", "Limits", "ScreenerError", "__version__", "read_document"]
