"""The type of the ``nlp`` fixture: the production pipeline's ``analyse`` (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

Analyse = Callable[[str], Doc]
"""Text → Doc through every production component, as ``screener.nlp.pipeline.analyse``."""
