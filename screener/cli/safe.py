"""File names made safe to print on a terminal.

A file name can hold anything but ``/`` and NUL: an escape sequence (``\\x1b]0;…`` retitles
the terminal, ``\\x1b[2J`` clears it), a carriage return that overwrites the line, a bidi
override that turns ``cv‮fdp.exe`` into ``cvexe.pdf``. The CLI prints every name through
``printable``: control and format characters are shown as escapes, never sent raw.
"""

from __future__ import annotations

import unicodedata


def printable(name: str) -> str:
    """``name`` with every control (C0, C1, DEL) and format character (bidi overrides,
    zero-width joiners) written as ``\\xNN`` / ``\\uNNNN``; other text unchanged."""
    return "".join(_shown(char) for char in name)


def _shown(char: str) -> str:
    if unicodedata.category(char) not in ("Cc", "Cf"):
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
