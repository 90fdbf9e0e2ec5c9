"""Replay a recorded decision: screen the file again as its result says it was screened.

``reproduce(results, files)`` finds each file's result by the file's SHA-256 (the one
``screening.candidate.sha256`` records; a results file may hold one result or a whole
batch), loads the rule set the result names — the bundled one of its id, or ``rules``
given — and refuses it with ``rules_mismatch`` unless its SHA-256 is the recorded one
(``allow_rules_change`` replays anyway, to show what a rule edit changes). The file is
then read, extracted and evaluated in the killable workers, as of the recorded month and
under the recorded file name, and the new Screening is compared field by field with the
recorded one: ``identical``, or ``different`` with the first differing field's path. A
result written blind (no file name) is compared with the replay's file name blanked too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from screener.audit.diff import MISSING, Difference, differences
from screener.audit.replay_models import (
    MAX_DIFFERENCES,
    FieldDifference,
    Replay,
    ReproduceReport,
    RulesReplayed,
)
from screener.audit.results import ResultLine, read_results
from screener.errors import InputError, NoRecordedResult, RulesMismatch
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.models import Screening
from screener.requirements.loading import LoadedRules, load_rules
from screener.stages import WARM, screen_task
from screener.version import __version__
from screener.workers import WorkerPool, pool_size


@dataclass(frozen=True, slots=True)
class _Job:
    """One file to replay and the result it is compared with."""

    path: Path
    sha256: str
    line: ResultLine


def reproduce(
    results: Path,
    files: Sequence[Path],
    *,
    rules: Path | None = None,
    allow_rules_change: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    workers: int | None = None,
) -> ReproduceReport:
    """Replay every file against its recorded result (see the module's docstring)."""
    lines = [line for line in read_results(results, keep_raw=True) if line.raw_screening]
    jobs = [_job(path, lines, results) for path in files]
    groups: dict[tuple[str, str, str], list[_Job]] = {}
    for job in jobs:
        screening = job.line.result.screening
        assert screening is not None
        recorded = screening.provenance
        key = (recorded.rules.id, recorded.rules.sha256, recorded.as_of)
        groups.setdefault(key, []).append(job)
    loaded = {key: _rules(key[0], key[1], rules, allow_rules_change) for key in groups}
    replays: dict[Path, Replay] = {}
    for key, group in groups.items():
        for job, outcome in _replay(group, loaded[key], key[2], limits, workers):
            replays[job.path] = _compare(job, outcome, loaded[key], key[2])
    ordered = [replays[job.path] for job in jobs]
    return ReproduceReport(
        identical=sum(r.status == "identical" for r in ordered),
        different=sum(r.status == "different" for r in ordered),
        unreadable=sum(r.status == "unreadable" for r in ordered),
        replays=ordered,
    )


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _job(path: Path, lines: Sequence[ResultLine], results: Path) -> _Job:
    sha = file_sha256(path)
    found = [
        line for line in lines if line.result.screening and
        line.result.screening.candidate.sha256 == sha
    ]  # fmt: skip
    if not found:
        raise NoRecordedResult(
            f"no result in {results} was screened from {path.name} (sha256 {sha[:12]}…)",
            file=str(path),
            sha256=sha,
        )
    named = [line for line in found if _recorded_name(line) == path.name]
    return _Job(path, sha, (named or found)[0])


def _recorded_name(line: ResultLine) -> str | None:
    screening = line.result.screening
    return screening.candidate.filename if screening else None


def _rules(rules_id: str, recorded_sha: str, given: Path | None, allow: bool) -> LoadedRules:
    """The rule set to replay with: ``given`` or the bundled one; its SHA-256 checked."""
    loaded = load_rules(given if given is not None else rules_id)
    if loaded.sha256 != recorded_sha and not allow:
        where = f"{given}" if given is not None else f"the bundled rule set {rules_id!r}"
        raise RulesMismatch(
            f"{where} has sha256 {loaded.sha256[:12]}…, the result was screened with "
            f"{recorded_sha[:12]}… (provenance.rules.sha256 differs); give the rule file it "
            "was screened with (--rules), or --allow-rules-change to see what the change does",
            recorded=recorded_sha,
            given=loaded.sha256,
        )
    return loaded


def _replay(
    jobs: list[_Job], rules: LoadedRules, as_of: str, limits: Limits, workers: int | None
) -> list[tuple[_Job, Screening | InputError]]:
    task = partial(screen_task, rules=rules, as_of=as_of)
    size = pool_size(workers, len(jobs))
    items = ((index, job.path, _recorded_name(job.line) or job.path.name)
             for index, job in enumerate(jobs))  # fmt: skip
    with WorkerPool[int, Screening](task, limits, size, WARM) as pool:
        return [(jobs[index], outcome) for index, outcome in pool.read_many(items, ordered=True)]


def _compare(job: _Job, outcome: Screening | InputError, rules: LoadedRules, as_of: str) -> Replay:
    recorded = job.line.raw_screening or {}
    screening = job.line.result.screening
    assert screening is not None
    base: dict[str, Any] = {
        "file": str(job.path),
        "sha256": job.sha256,
        "result_line": job.line.number,
        "as_of": as_of,
        "engine_recorded": screening.provenance.engine,
        "engine": __version__,
        "rules": RulesReplayed(
            id=rules.ruleset.id,
            version=rules.ruleset.version,
            sha256=rules.sha256,
            recorded_sha256=screening.provenance.rules.sha256,
            source=rules.source,
        ),
    }
    if isinstance(outcome, InputError):
        error = {"code": outcome.code, "message": outcome.message}
        return Replay(
            **base, status="unreadable", first_difference=None, difference_count=0, error=error
        )
    replayed = outcome.model_dump(mode="json")
    if screening.candidate.filename is None:  # recorded blind
        replayed["candidate"]["filename"] = None
    found = list(differences(recorded, replayed))
    return Replay(
        **base,
        status="different" if found else "identical",
        first_difference=found[0].path if found else None,
        difference_count=len(found),
        differences=[_shown(d) for d in found[:MAX_DIFFERENCES]],
    )


def _shown(difference: Difference) -> FieldDifference:
    def value(item: object) -> object:
        return None if item is MISSING or not difference.shown else item

    return FieldDifference(
        path=difference.path,
        recorded=value(difference.recorded),
        replayed=value(difference.replayed),
        shown=difference.shown,
    )
