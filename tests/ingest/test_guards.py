from __future__ import annotations

import zlib

import pytest
from pdfminer import pdftypes

from screener.errors import ArchiveBomb
from screener.ingest.guards import _runlength_size, decompression_budget

PAYLOAD = b"resume text " * 10_000


def test_pdfminer_decoders_are_bounded_inside_a_budget() -> None:
    compressed = zlib.compress(PAYLOAD)
    with decompression_budget(len(PAYLOAD)):
        assert pdftypes.zlib.decompress(compressed) == PAYLOAD
    with pytest.raises(ArchiveBomb), decompression_budget(len(PAYLOAD) - 1):
        pdftypes.zlib.decompress(compressed)


def test_budget_is_shared_by_all_streams_of_a_document() -> None:
    compressed = zlib.compress(PAYLOAD)
    with decompression_budget(2 * len(PAYLOAD) + 10):
        pdftypes.zlib.decompress(compressed)
        pdftypes.zlib.decompress(compressed)
        with pytest.raises(ArchiveBomb):
            pdftypes.zlib.decompress(compressed)


def test_outside_a_budget_decoders_behave_like_zlib() -> None:
    with decompression_budget(10):
        pass
    assert pdftypes.zlib.decompress(zlib.compress(PAYLOAD)) == PAYLOAD
    with pytest.raises(zlib.error):
        pdftypes.zlib.decompress(zlib.compress(PAYLOAD)[:-10])


def test_truncated_stream_still_raises_zlib_error_inside_a_budget() -> None:
    with pytest.raises(zlib.error), decompression_budget(10**9):
        pdftypes.zlib.decompress(zlib.compress(PAYLOAD)[:-10])


@pytest.mark.parametrize(
    ("data", "size"),
    [(b"\x02abc\x80", 3), (b"\xfeX\x80", 3), (b"\x81Y", 128), (b"\x00a\x81b\x80", 129), (b"", 0)],
)
def test_runlength_size(data: bytes, size: int) -> None:
    assert _runlength_size(data) == size
    assert len(pdftypes.rldecode(data)) == size
