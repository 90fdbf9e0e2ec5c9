"""The audit: results joined to demographics, turned into the report's tables.

``run_audit`` is the library call behind ``screener audit``. The **sample** is every
screened result (files that could not be screened are counted and left out), without the
``needs_review`` ones when they are excluded. Every table is over the same sample:

* **selection rate**: ``meets`` counts as selected; ``needs_review`` as chosen
  (``not_selected`` by default: the engine did not recommend the candidate; ``selected``;
  or ``excluded`` from the sample);
* **scoring rate** (NYC LL144): the share of a group scoring *above* the whole sample's
  median score (a score equal to the median is not above it);
* **intersectional**: every pair of categories, in the demographics file's column order;
* **per-criterion**: for each required criterion, the share of a group whose outcome is
  ``met``; ``not_met`` and ``unknown`` are not passes (the unknowns are shown apart as
  ``status_unknown``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from screener.audit.demographics import DemographicRow, Demographics, join, read_demographics
from screener.audit.models import (
    PAIR_SEPARATOR,
    AuditReport,
    Counts,
    CriterionRow,
    DataInfo,
    GroupRow,
    NeedsReview,
    RateKind,
    RulesUsed,
    UnknownCounts,
    UnknownRow,
)
from screener.audit.rates import (
    above,
    criterion_rows,
    group_rows,
    median,
    tally,
    unknown_row,
)
from screener.audit.results import RecordedResult, RecordedScreening, Status, read_results
from screener.errors import MixedRuleSets

MAX_SHOWN = 10


@dataclass(frozen=True, slots=True)
class _Member:
    """One candidate of the sample: their screening and demographic values."""

    screening: RecordedScreening
    values: dict[str, str | None]
    selected: bool


def audit_files(
    results: Path,
    demographics: Path,
    *,
    rate: RateKind = "selection",
    needs_review: NeedsReview = "not_selected",
) -> AuditReport:
    """Read a results file and a demographics CSV and audit them (see ``run_audit``)."""
    recorded = [line.result for line in read_results(results)]
    return run_audit(
        recorded, read_demographics(demographics), rate=rate, needs_review=needs_review
    )


def run_audit(
    results: Sequence[RecordedResult],
    demographics: Demographics,
    *,
    rate: RateKind = "selection",
    needs_review: NeedsReview = "not_selected",
) -> AuditReport:
    """The adverse-impact report of ``results`` by the categories of ``demographics``."""
    rules = _one_rule_set(results)
    joined = join(results, demographics)
    members = [
        _Member(result.screening, joined.values.get(number, {}), _selected(result, needs_review))
        for number, result in enumerate(results)
        if result.screening is not None
        and not (needs_review == "excluded" and result.screening.verdict == "needs_review")
    ]
    total = len(members)
    middle = median([m.screening.score for m in members])
    hits = [
        m.selected if rate == "selection" else above(m.screening.score, middle) for m in members
    ]
    categories = demographics.categories
    pairs = list(combinations(categories, 2))
    unknown = UnknownCounts()
    tables: dict[str, list[GroupRow]] = {}
    for category in categories:
        labels = [m.values.get(category) for m in members]
        tables[category] = _table(labels, hits, total, unknown.categories, category)
    crossed: dict[str, list[GroupRow]] = {}
    for first, second in pairs:
        key = f"{first}{PAIR_SEPARATOR}{second}"
        labels = [_pair(m.values.get(first), m.values.get(second)) for m in members]
        crossed[key] = _table(labels, hits, total, unknown.intersectional, key)
    required = _required_criteria(results)
    criteria = {
        criterion: _criterion_tables(criterion, members, categories, total, unknown)
        for criterion in required
    }
    screened = [r for r in results if r.screening is not None]
    reviews = sum(r.screening.verdict == "needs_review" for r in screened if r.screening)
    counts = Counts(
        results=len(results),
        screened=len(screened),
        unreadable=len(results) - len(screened),
        needs_review=reviews,
        needs_review_excluded=reviews if needs_review == "excluded" else 0,
        demographic_rows=len(demographics.rows),
        matched=sum(bool(m.values) for m in members),
        unmatched_rows=len(joined.unmatched),
    )
    data = DataInfo(
        as_of=sorted({m.screening.provenance.as_of for m in members}),
        engines=sorted({m.screening.provenance.engine for m in members}),
        rules=rules,
        required_criteria=required,
    )
    return AuditReport(
        rate=rate,
        needs_review=needs_review,
        total=total,
        median_score=middle,
        categories=tables,
        intersectional=crossed,
        criteria=criteria,
        unknown=unknown,
        data=data,
        counts=counts,
        warnings=_warnings(counts, joined.unmatched, tables, total),
    )


def _selected(result: RecordedResult, needs_review: NeedsReview) -> bool:
    verdict = result.screening.verdict if result.screening else None
    return verdict == "meets" or (verdict == "needs_review" and needs_review == "selected")


def _pair(first: str | None, second: str | None) -> str | None:
    return None if first is None or second is None else f"{first}{PAIR_SEPARATOR}{second}"


def _table(
    labels: list[str | None],
    hits: list[bool],
    total: int,
    unknowns: dict[str, UnknownRow],
    key: str,
) -> list[GroupRow]:
    """The rows of one table; its unknowns go to ``unknowns[key]``."""
    groups, missing = tally(labels, hits)
    unknowns[key] = unknown_row(missing)
    return group_rows(groups, total)


def _criterion_tables(
    criterion: str,
    members: list[_Member],
    categories: Sequence[str],
    total: int,
    unknown: UnknownCounts,
) -> dict[str, list[CriterionRow]]:
    statuses = [_status(m.screening, criterion) for m in members]
    passes = [status == "met" for status in statuses]
    undecided = [status == "unknown" for status in statuses]
    tables: dict[str, list[CriterionRow]] = {}
    unknowns: dict[str, UnknownRow] = {}
    for category in categories:
        groups, missing = tally([m.values.get(category) for m in members], passes, undecided)
        tables[category] = criterion_rows(groups, total)
        unknowns[category] = unknown_row(missing)
    unknown.criteria[criterion] = unknowns
    return tables


def _status(screening: RecordedScreening, criterion: str) -> Status:
    """The criterion's recorded status; a screening without the outcome counts as unknown."""
    found = (o.status for o in screening.outcomes if o.criterion == criterion)
    return next(found, "unknown")


def _one_rule_set(results: Sequence[RecordedResult]) -> RulesUsed | None:
    used = {
        (r.screening.provenance.rules.id, r.screening.provenance.rules.version,
         r.screening.provenance.rules.sha256)
        for r in results if r.screening is not None
    }  # fmt: skip
    if len(used) > 1:
        shown = ", ".join(f"{i} v{v} ({sha[:12]})" for i, v, sha in sorted(used))
        raise MixedRuleSets(
            f"the results come from {len(used)} rule sets ({shown}); audit one at a time",
            rule_sets=sorted(sha for _, _, sha in used),
        )
    if not used:
        return None
    ((rules_id, version, sha),) = used
    return RulesUsed(id=rules_id, version=version, sha256=sha)


def _required_criteria(results: Sequence[RecordedResult]) -> dict[str, str]:
    """Required criterion ids → labels, in rule order (first screening that has each)."""
    found: dict[str, str] = {}
    for result in results:
        if result.screening is not None:
            for outcome in result.screening.outcomes:
                if outcome.kind == "required":
                    found.setdefault(outcome.criterion, outcome.label)
    return found


def _warnings(
    counts: Counts,
    unmatched: Sequence[DemographicRow],
    tables: dict[str, list[GroupRow]],
    total: int,
) -> list[str]:
    notes: list[str] = []
    if counts.unreadable:
        notes.append(f"{counts.unreadable} result(s) could not be screened and are left out")
    if counts.unmatched_rows:
        names = [row.candidate for row in unmatched[:MAX_SHOWN]]
        more = "…" if counts.unmatched_rows > MAX_SHOWN else ""
        notes.append(
            f"{counts.unmatched_rows} demographics row(s) name no result: {', '.join(names)}{more}"
        )
    missing = total - counts.matched
    if missing:
        notes.append(f"{missing} candidate(s) have no demographics row: unknown in every category")
    for category, rows in tables.items():
        if rows and not any(row.impact_ratio is not None for row in rows):
            reason = (
                "every group is under 2 % of the sample"
                if all(row.excluded for row in rows)
                else "no group has a rate above 0"
            )
            notes.append(f"{category}: impact ratios are undefined (null): {reason}")
    return notes
