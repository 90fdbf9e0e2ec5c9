"""The compliance officer's tools: adverse-impact audits of results, and replays.

    from screener.audit import audit_files, render_html, reproduce

    report = audit_files(Path("results.jsonl"), Path("demographics.csv"), rate="selection")
    report.categories["sex"][0].impact_ratio
    Path("audit.html").write_text(render_html(report))
    reproduce(Path("results.jsonl"), [Path("cv.pdf")]).replays[0].status   # "identical"

This package sits on top of the screening flow and below nothing in it: it reads results
that ``screener score`` wrote (and, to replay one, runs the flow again through
``screener.stages``). Demographics are read and joined here only — no stage of the engine
imports this package, and a rule can never name a demographic category. Definitions and
the JSON shape: ``docs/audit.md``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screener.audit.compute import audit_files, run_audit
    from screener.audit.demographics import (
        DemographicRow,
        Demographics,
        demographics_from_bytes,
        join_demographics,
        read_demographics,
    )
    from screener.audit.html import render_html
    from screener.audit.models import AuditReport, CriterionRow, GroupRow, UnknownRow
    from screener.audit.replay_models import Replay, ReproduceReport
    from screener.audit.reproduce import reproduce
    from screener.audit.results import RecordedResult, read_results

# Imported on first use (PEP 562): the replay pulls in the whole engine, and the command
# line imports this package's models at start-up.
_HOMES = {
    "AuditReport": "screener.audit.models",
    "CriterionRow": "screener.audit.models",
    "DemographicRow": "screener.audit.demographics",
    "Demographics": "screener.audit.demographics",
    "GroupRow": "screener.audit.models",
    "RecordedResult": "screener.audit.results",
    "Replay": "screener.audit.replay_models",
    "ReproduceReport": "screener.audit.replay_models",
    "UnknownRow": "screener.audit.models",
    "audit_files": "screener.audit.compute",
    "demographics_from_bytes": "screener.audit.demographics",
    "join_demographics": "screener.audit.demographics",
    "read_demographics": "screener.audit.demographics",
    "read_results": "screener.audit.results",
    "render_html": "screener.audit.html",
    "reproduce": "screener.audit.reproduce",
    "run_audit": "screener.audit.compute",
}

__all__ = [
    "AuditReport",
    "CriterionRow",
    "DemographicRow",
    "Demographics",
    "GroupRow",
    "RecordedResult",
    "Replay",
    "ReproduceReport",
    "UnknownRow",
    "audit_files",
    "demographics_from_bytes",
    "join_demographics",
    "read_demographics",
    "read_results",
    "render_html",
    "reproduce",
    "run_audit",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'screener.audit' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
