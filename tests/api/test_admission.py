"""Admission in front of the workers: bounded in total and per organisation, and a
``Retry-After`` that grows with the crowd being refused and falls back when it leaves."""

from __future__ import annotations

import pytest

from api import admission
from api.admission import MAX_RETRY_AFTER_S, Admission
from api.problems import Busy


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _refusal(gate: Admission, org: str) -> Busy:
    with pytest.raises(Busy) as refused:
        gate.enter(org)
    return refused.value


def test_retry_after_follows_the_crowd(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _Clock()
    monkeypatch.setattr(admission.time, "monotonic", clock)
    gate = Admission(capacity=8, per_org=4, retry_after_s=1)
    for _ in range(4):
        gate.enter("acme")
    first = _refusal(gate, "acme")
    assert (first.status, first.retry_after_s) == (429, 1)  # one client waiting: 1 s
    waits = [_refusal(gate, "acme").retry_after_s for _ in range(27)]  # 28 in one second
    assert waits[-1] == 7  # 28 waiting for 4 places
    assert waits == sorted(waits)
    clock.now += 30  # the crowd has gone
    assert _refusal(gate, "acme").retry_after_s == 1
    for _ in range(500):
        last = _refusal(gate, "acme").retry_after_s
    assert last == MAX_RETRY_AFTER_S


def test_a_full_server_and_a_full_share_are_told_apart() -> None:
    gate = Admission(capacity=2, per_org=1, retry_after_s=2)
    gate.enter("acme")
    assert _refusal(gate, "acme").status == 429  # its share is full
    gate.enter("globex")  # another organisation still gets in
    full = _refusal(gate, "initech")
    assert (full.status, full.retry_after_s) == (503, 2)  # never under the base
    gate.leave("acme")
    gate.enter("initech")
    assert gate.admitted == 2
