"""Random bytes under any name give a Document or a ``screener.errors`` error, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.errors import ScreenerError, error_codes
from screener.models import Document
from screener.stages import ParserPool
from tests import factory

PREFIXES = [
    b"",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
]
SEEDS = [
    factory.pdf_pages([factory.RESUME_LINES]),
    factory.raw_docx(factory.p("Dana Whitfield") + factory.p("Python, Java")),
]
NAMES = st.sampled_from([None, "cv.pdf", "cv.docx", "cv.txt", "cv.doc", "cv", "résumé.PDF"])


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    """Random bytes, random bytes behind a signature, or a real file with bytes flipped."""
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return draw(st.binary(max_size=2048))
    if choice == 1:
        return draw(st.sampled_from(PREFIXES)) + draw(st.binary(max_size=2048))
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=hostile_bytes(), filename=NAMES)
def test_any_bytes_give_a_document_or_a_screener_error(
    pool: ParserPool[str], data: bytes, filename: str | None
) -> None:
    try:
        result: Document | ScreenerError = pool.read(data, filename)
    except ScreenerError as error:
        result = error
    if isinstance(result, ScreenerError):
        assert result.code in error_codes()
        return
    assert isinstance(result, Document)
    assert all(0 <= page.start <= page.end <= len(result.text) for page in result.pages)
