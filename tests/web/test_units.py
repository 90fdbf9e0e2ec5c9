"""The pure pieces: marks at offsets, blind masking, plain-word reasons, the throttle."""

from __future__ import annotations

from api.web.auth import LoginThrottle
from api.web.blind import MASK, mask, secrets_of
from api.web.highlight import highlight, quotes_of
from api.web.reasons import known_codes, reason_for
from screener.errors import InputError, error_codes

TEXT = "Jane Doe\nB.S. Computer Science, Purdue, 2016\nPython and Java since 2015"


def _outcome(criterion: str, *spans: tuple[int, int]) -> dict[str, object]:
    return {"criterion": criterion, "evidence": [{"start": s, "end": e} for s, e in spans]}


def test_marks_sit_at_the_offsets_and_overlaps_merge() -> None:
    degree = TEXT.index("B.S. Computer Science")
    field = TEXT.index("Computer Science")
    python = TEXT.index("Python")
    outcomes = [
        _outcome("degree", (degree, degree + 21)),
        _outcome("field", (field, field + 16)),
        _outcome("python", (python, python + 6)),
        _outcome("bogus", (5, 10_000)),  # offsets past the text are ignored
    ]
    pieces, quotes = highlight(TEXT, quotes_of(outcomes, TEXT))
    assert "".join(piece.text for piece in pieces) == TEXT
    marked = [(piece.mark, piece.text) for piece in pieces if piece.mark]
    assert marked == [("q1", "B.S. Computer Science"), ("q2", "Python")]
    assert {(q.criterion, q.mark) for q in quotes} == {
        ("degree", "q1"),
        ("field", "q1"),
        ("python", "q2"),
    }
    assert next(p for p in pieces if p.mark == "q1").criteria == ["degree", "field"]


def test_blind_mask_keeps_offsets_and_ignores_accents() -> None:
    text = "Adébáyọ̀ Ogunleye\nML engineer\nadebayo.ogunleye@example.com · +234 803 555 0127\n"
    profile = {
        "contact": {"emails": ["adebayo.ogunleye@example.com"], "phones": ["+234 803 555 0127"]}
    }
    masked = mask(text, secrets_of(profile, "adebayo_ogunleye_cv.pdf"))
    assert len(masked) == len(text)
    assert "Ogunleye" not in masked
    assert "example.com" not in masked
    assert "0127" not in masked
    assert "ML engineer" in masked
    assert MASK in masked
    assert "cv" not in secrets_of(None, "adebayo_ogunleye_cv.pdf")


def test_every_input_error_code_has_a_sentence() -> None:
    codes = {code for code, cls in error_codes().items() if issubclass(cls, InputError)}
    assert codes <= known_codes()
    assert reason_for("corrupt").endswith(".")
    assert "corrupt" not in reason_for("corrupt")
    assert reason_for(None)
    assert reason_for("something_new")


def test_throttle_counts_failures_per_address_and_client() -> None:
    throttle = LoginThrottle(per_email=2, per_client=3, window_s=60)
    assert throttle.retry_after("a@x", "1.2.3.4") == 0
    throttle.failed("a@x", "1.2.3.4")
    throttle.failed("a@x", "1.2.3.4")
    assert throttle.retry_after("a@x", "1.2.3.4") > 0
    assert throttle.retry_after("b@x", "5.6.7.8") == 0
    throttle.failed("b@x", "1.2.3.4")
    assert throttle.retry_after("c@x", "1.2.3.4") > 0  # the client is over its share
    throttle.succeeded("a@x")
    assert throttle.retry_after("a@x", "9.9.9.9") == 0
