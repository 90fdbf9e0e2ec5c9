from __future__ import annotations

import pytest

from screener.ingest.normalize import normalise_text


@pytest.mark.parametrize(
    ("raw", "text", "removed", "in_words"),
    [
        ("plain text", "plain text", 0, 0),
        ("line one\r\nline two\rline three", "line one\nline two\nline three", 0, 0),
        ("page one\fpage two", "page one\npage two", 0, 0),
        ("Pyt\u200bhon", "Python", 1, 1),
        ("J\u200ca\u200dv\u2060a", "Java", 3, 3),
        ("\ufeffstarts with a BOM", "starts with a BOM", 1, 0),
        ("spaced \u200b word", "spaced  word", 1, 0),
        ("\u202eevil\u202c override", "evil override", 2, 0),
        ("Ma\u00adchine learning", "Machine learning", 1, 1),
        ("caf\u0065\u0301", "café", 0, 0),
        ("Certi\ufb01cation in \ufb02ow", "Certification in flow", 0, 0),
        ("non\u00a0breaking\u2009thin", "non breaking thin", 0, 0),
        ("icon\uf0e0mail", "icon mail", 0, 0),
        ("tab\tkept", "tab\tkept", 0, 0),
        ("nul\x00byte", "nulbyte", 0, 0),
    ],
)
def test_normalise_text(raw: str, text: str, removed: int, in_words: int) -> None:
    result = normalise_text(raw)
    assert (result.text, result.invisible_removed, result.hidden_in_words) == (
        text,
        removed,
        in_words,
    )


@pytest.mark.parametrize(
    ("raw", "mixed"),
    [
        ("Python", 0),
        ("P\u0443thon", 1),
        ("\u0420ython", 1),
        ("Москва Moscow", 0),
        ("Αθήνα Athens", 0),
        ("J\u0430v\u0430", 2),
    ],
)
def test_mixed_script_words_are_counted(raw: str, mixed: int) -> None:
    assert normalise_text(raw).mixed_script_words == mixed


def test_control_characters_are_counted() -> None:
    result = normalise_text("bell\x07 escape\x1b[0m and \x85next line")
    assert result.controls_removed == 2
    assert "\n" in result.text  # NEL is a line break, not junk
