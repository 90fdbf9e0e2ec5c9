"""Every warning code is registered and documented, and the code emits only those."""

from __future__ import annotations

import re
from pathlib import Path

import screener
from screener.models.warning_codes import MEANINGS, WarningCode

SOURCE = Path(screener.__file__).parent


def test_every_code_has_a_meaning() -> None:
    assert set(MEANINGS) == set(WarningCode)
    assert all(meaning.endswith(".") for meaning in MEANINGS.values())


def test_no_warning_is_raised_with_a_bare_string() -> None:
    bare = re.compile(r"""(?:\.warn\(|_warning\()\s*["']""")
    offenders = [
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if bare.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
