"""Shared fixtures: a warm parse pool for the session and generated hostile files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from screener.ingest.limits import Limits
from screener.nlp.pipeline import analyse, get_nlp
from screener.stages import ParserPool
from tests import factory
from tests.nlp_fixture import Analyse

FAST_LIMITS = Limits(timeout_s=3.0, max_memory_mb=256)


@pytest.fixture(scope="session")
def pool() -> Iterator[ParserPool[str]]:
    """Two warm workers with a short deadline, shared by the whole session."""
    with ParserPool[str](FAST_LIMITS, workers=2) as shared:
        yield shared


@pytest.fixture(scope="session")
def flate_bomb() -> bytes:
    """~1 MB of PDF that inflates to 1 GiB (built once: it takes a second)."""
    return factory.pdf_flate_bomb(1024)


@pytest.fixture(scope="session")
def nlp() -> Analyse:
    """The production pipeline (``get_nlp()``, built once), as text → Doc."""
    get_nlp()
    return analyse
