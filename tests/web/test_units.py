"""The pure pieces: marks at offsets, blind masking, plain-word reasons, the throttle."""

from __future__ import annotations

from typing import Any

from api.web.auth import LoginThrottle
from api.web.highlight import highlight, quotes_of
from api.web.reasons import known_codes, reason_for
from screener.errors import InputError, error_codes
from screener.report.blind import MASK, mask, masked_outcome, secrets_of

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


def test_blind_reasons_hide_what_the_masked_text_hides() -> None:
    # The name line is hidden by position only (no contact name was found): a reason
    # quoting it must show the same mask, and a known secret is masked anywhere.
    text = "Wilhelmina Quartermaine, MSc Computer Science\nwq@example.com\n"
    secrets = secrets_of({"contact": {"emails": ["wq@example.com"]}}, "cv.pdf")
    masked = mask(text, secrets)
    quote = text.index("Wilhelmina")
    outcome: dict[str, Any] = {
        "criterion": "degree",
        "reason": 'master\'s found: "Wilhelmina Quartermaine, MSc Computer Science"; '
        "wq@example.com",
        "to_meet": None,
        "evidence": [{"start": quote, "end": text.index("\n")}],
    }
    shown = masked_outcome(outcome, text, masked, secrets)
    assert "Wilhelmina" not in shown["reason"]
    assert "Quartermaine" not in shown["reason"]
    assert "example.com" not in shown["reason"]
    assert shown["reason"].startswith("master's found:")  # the rest stays readable
    assert outcome["reason"].startswith("master's found: \"Wilhelmina")  # not changed


def test_every_input_error_code_has_a_sentence() -> None:
    codes = {code for code, cls in error_codes().items() if issubclass(cls, InputError)}
    assert codes <= known_codes()
    assert reason_for("corrupt").endswith(".")
    assert "corrupt" not in reason_for("corrupt")
    assert reason_for(None)
    assert reason_for("something_new")


def test_throttle_counts_attempts_per_address_and_client() -> None:
    throttle = LoginThrottle(per_email=2, per_client=3, window_s=60)
    assert throttle.attempt("a@x", "1.2.3.4") == 0
    assert throttle.attempt("a@x", "1.2.3.4") == 0
    assert throttle.attempt("a@x", "1.2.3.4") > 0  # refused, and not counted
    assert throttle.attempt("b@x", "5.6.7.8") == 0
    assert throttle.attempt("b@x", "1.2.3.4") == 0  # the client's third
    assert throttle.attempt("c@x", "1.2.3.4") > 0  # the client is over its share
    throttle.succeeded("a@x", "1.2.3.4")
    assert throttle.retry_after("a@x", "9.9.9.9") == 0
    assert throttle.attempt("c@x", "1.2.3.4") == 0  # the right password gave one back


def test_throttle_counts_an_attempt_before_its_password_is_checked() -> None:
    # Guesses sent at once each pass the check before any hash is done: every one is
    # counted as it is admitted, so only the limit gets through.
    throttle = LoginThrottle(per_email=5, per_client=100, window_s=60)
    admitted = [throttle.attempt("a@x", f"10.0.0.{n}") == 0 for n in range(40)]
    assert admitted.count(True) == 5


def test_throttle_memory_is_bounded_and_never_forgets_a_lock() -> None:
    throttle = LoginThrottle(per_email=3, per_client=1_000_000, window_s=600, max_keys=100)
    for _ in range(3):
        throttle.attempt("victim@x", "6.6.6.6")
    assert throttle.retry_after("victim@x", "7.7.7.7") > 0
    for n in range(1_000):  # an attacker fills the table with new addresses
        throttle.attempt(f"filler{n}@x", "6.6.6.6")
    assert len(throttle._attempts) <= 100
    assert throttle.retry_after("victim@x", "7.7.7.7") > 0
