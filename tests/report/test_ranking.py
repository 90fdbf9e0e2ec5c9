"""Ranking: verdict, then score descending, then source; unreadable files last."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from screener.models.screening import Verdict
from screener.report import rank
from tests.report import failed, screened

VERDICTS: list[Verdict | None] = ["meets", "needs_review", "does_not_meet", None]


def test_verdict_then_score_then_source() -> None:
    results = [
        failed("z.pdf"),
        screened("d.pdf", "does_not_meet", 90),
        screened("b.pdf", "meets", 70),
        screened("c.pdf", "needs_review", 99),
        failed("a.pdf"),
        screened("a.pdf", "meets", 70),
        screened("e.pdf", "meets", 95),
    ]
    assert [(r.source, r.screening is None) for r in rank(results)] == [
        ("e.pdf", False),
        ("a.pdf", False),
        ("b.pdf", False),
        ("c.pdf", False),
        ("d.pdf", False),
        ("a.pdf", True),
        ("z.pdf", True),
    ]


def test_empty() -> None:
    assert rank([]) == []


def test_accepts_any_iterable() -> None:
    results = (screened(name, "meets", 10) for name in ("b", "a"))
    assert [r.source for r in rank(results)] == ["a", "b"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(VERDICTS),
            st.sampled_from([0.0, 50.0, 50.5, 100.0]),
            st.text(max_size=5),
        ),
        max_size=12,
    )
)
def test_deterministic_whatever_the_input_order(
    rows: list[tuple[Verdict | None, float, str]],
) -> None:
    results = [
        failed(source) if verdict is None else screened(source, verdict, score)
        for verdict, score, source in rows
    ]
    ranked = rank(results)
    assert ranked == rank(reversed(results))
    seen_error = False
    for result in ranked:
        if result.screening is None:
            seen_error = True
        else:
            assert not seen_error
