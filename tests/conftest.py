"""Shared fixtures: a warm parse pool for the session and generated hostile files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from screener.ingest.isolation import ParserPool
from screener.ingest.limits import Limits
from tests import factory

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
