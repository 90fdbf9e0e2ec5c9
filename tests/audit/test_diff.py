"""Where two Screenings' JSON differ: dotted paths, in the replay's field order."""

from __future__ import annotations

import pytest

from screener.audit.diff import MISSING, Difference, differences


@pytest.mark.parametrize(
    ("recorded", "replayed", "paths"),
    [
        ({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 2]}, []),
        ({"score": 80}, {"score": 80.0}, []),  # JSON does not tell 80 from 80.0
        ({"ok": 1}, {"ok": True}, ["ok"]),  # a bool is no number
        ({"verdict": "a", "score": 80.0}, {"score": 70.0, "verdict": "b"}, ["score", "verdict"]),
        ({"outcomes": [{"status": "met"}]}, {"outcomes": [{"status": "not_met"}]},
         ["outcomes.0.status"]),
        ({"warnings": []}, {"warnings": ["no_text_layer"]}, ["warnings.0"]),
        ({"a": 1, "old": 2}, {"a": 1}, ["old"]),  # keys only the recorded side has come last
        ({"c": None}, {"c": {"filename": None}}, ["c"]),
    ],
)  # fmt: skip
def test_paths_in_the_replayed_order(recorded: object, replayed: object, paths: list[str]) -> None:
    assert [d.path for d in differences(recorded, replayed)] == paths


@pytest.mark.parametrize(
    ("difference", "shown"),
    [
        (Difference("verdict", "meets", "needs_review"), True),
        (Difference("outcomes.0.reason", "Found “Python”", "Found nothing"), False),
        (Difference("outcomes.0.evidence.0.text", "Python", "Java"), False),
        (Difference("outcomes.0.evidence.1", MISSING, {"text": "x"}), False),
        (Difference("outcomes.0.evidence.0.start", 10, 12), True),
    ],
)
def test_resume_quotes_are_never_shown(difference: Difference, shown: bool) -> None:
    assert difference.shown is shown
