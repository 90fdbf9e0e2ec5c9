"""A decompression budget for pdfminer, which inflates streams without any limit.

pdfminer.six decodes Flate, LZW and RunLength streams into memory in one piece: a 1 MB
stream can inflate to 1 GiB. The worker's memory limit would stop that late and with the
wrong error, so while a budget is active (``decompression_budget``) the decoders pdfminer
looks up in ``pdfminer.pdftypes`` are replaced by bounded ones that raise ``ArchiveBomb``
as soon as the document's streams together inflate past the limit. Outside a budget they
behave exactly like the originals. ``tests/ingest/test_guards.py`` fails if a pdfminer
upgrade stops calling them.

PDFium (the ``pdfium`` engine) inflates streams in C where no decoder can be swapped, so
``check_flate_streams`` inflates every Flate stream of the file under the same budget
first, keeping none of the output: a bomb is ``archive_bomb`` before PDFium sees it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from io import BytesIO
from typing import Any

from pdfminer import pdftypes
from pdfminer.lzw import LZWDecoder
from pdfminer.runlength import rldecode as _original_rldecode

from screener.errors import ArchiveBomb


class _Budget:
    __slots__ = ("limit", "remaining")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.remaining = limit

    def spend(self, size: int) -> None:
        self.remaining -= size
        if self.remaining < 0:
            raise ArchiveBomb(
                f"Compressed streams inflate past the {self.limit:,}-byte limit.",
                limit=self.limit,
            )


_budget: ContextVar[_Budget | None] = ContextVar("screener_decompression_budget", default=None)


@contextmanager
def decompression_budget(limit: int) -> Iterator[None]:
    """Bound the bytes pdfminer may inflate inside this block to ``limit`` in total."""
    _install()
    token = _budget.set(_Budget(limit))
    try:
        yield
    finally:
        _budget.reset(token)


class _BoundedDecompressor:
    """A ``zlib.decompressobj`` that charges its output to the active budget."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        budget = _budget.get()
        if budget is not None and (max_length == 0 or max_length > budget.remaining + 1):
            max_length = budget.remaining + 1
        out: bytes = self._inner.decompress(data, max_length)
        if budget is not None:
            budget.spend(len(out))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``."""

    error = zlib.error
    MAX_WBITS = zlib.MAX_WBITS

    def decompress(self, data: bytes, wbits: int = zlib.MAX_WBITS) -> bytes:
        if _budget.get() is None:
            return zlib.decompress(data, wbits)
        decompressor = zlib.decompressobj(wbits)
        out = _BoundedDecompressor(decompressor).decompress(data)
        if not decompressor.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def decompressobj(self, *args: Any, **kwargs: Any) -> _BoundedDecompressor:
        return _BoundedDecompressor(zlib.decompressobj(*args, **kwargs))


def _bounded_lzwdecode(data: bytes) -> bytes:
    budget = _budget.get()
    chunks = []
    for chunk in LZWDecoder(BytesIO(data)).run():
        if budget is not None:
            budget.spend(len(chunk))
        chunks.append(chunk)
    return b"".join(chunks)


def _bounded_rldecode(data: bytes) -> bytes:
    budget = _budget.get()
    if budget is not None:
        budget.spend(_runlength_size(data))
    return _original_rldecode(data)


def _runlength_size(data: bytes) -> int:
    """Bytes a RunLength stream decodes to, counted without decoding it."""
    size, index = 0, 0
    while index < len(data):
        length = data[index]
        if length == 128:
            break
        if length < 128:
            size += length + 1
            index += length + 2
        else:
            size += 257 - length
            index += 2
    return size


_STREAM = re.compile(rb"stream\r?\n")
_INFLATE_STEP = 1024 * 1024


def check_flate_streams(data: bytes, limit: int) -> None:
    """Raise ``ArchiveBomb`` when the file's zlib streams together inflate past ``limit``.

    Each ``stream`` keyword of the file is tried as the start of a zlib stream (a stream
    that is not one, an image or a font in another encoding, fails at once); what does
    inflate (up to its ``endstream``) is counted in steps of 1 MiB and thrown away.
    """
    budget = _Budget(limit)
    view = memoryview(data)
    for match in _STREAM.finditer(data):
        decompressor = zlib.decompressobj()
        end = data.find(b"endstream", match.end())
        pending: bytes | memoryview = view[match.end() : end if end >= 0 else len(data)]
        try:
            while pending and not decompressor.eof:
                budget.spend(len(decompressor.decompress(pending, _INFLATE_STEP)))
                pending = decompressor.unconsumed_tail
        except zlib.error:
            continue


def _install() -> None:
    if not isinstance(getattr(pdftypes, "zlib", None), _BoundedZlib):
        setattr(pdftypes, "zlib", _BoundedZlib())  # noqa: B010 - names pdfminer looks up
        setattr(pdftypes, "lzwdecode", _bounded_lzwdecode)  # noqa: B010
        setattr(pdftypes, "rldecode", _bounded_rldecode)  # noqa: B010
