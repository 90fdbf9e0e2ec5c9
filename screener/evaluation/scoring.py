"""Compare extracted Profiles with labels, field by field, and collect the misses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from screener.errors import InputError
from screener.evaluation.labels import TRACKED_SKILLS, Label, load_labels
from screener.evaluation.matching import certification_label, pair_certifications
from screener.ingest.limits import DEFAULT_LIMITS, Limits
from screener.models import Profile
from screener.months import parse_as_of
from screener.requirements.loading import load_rules
from screener.stages import WARM, Analysed, analyse_task
from screener.workers import WorkerPool

YEAR = 12


@dataclass(slots=True)
class Tally:
    """Right answers out of all answers."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one answer."""
        self.right += ok
        self.total += 1

    @property
    def rate(self) -> float | None:
        """Share right, or None with no answers."""
        return self.right / self.total if self.total else None


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), or None when nothing was found."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or None when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall, or None when either is undefined."""
        if self.precision is None or self.recall is None or not self.tp:
            return None if self.precision is None or self.recall is None else 0.0
        return 2 * self.precision * self.recall / (self.precision + self.recall)


@dataclass(slots=True)
class EvalReport:
    """Per-field accuracy overall and per group (format, layout), with the misses."""

    files: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    groups: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Tally))
    )
    skills: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    certifications: Counts = field(default_factory=Counts)
    all_certifications: Counts = field(default_factory=Counts)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)

    def check(self, label: Label, name: str, ok: bool, expected: object, found: object) -> None:
        """Record one field of one file."""
        self.fields[name].add(ok)
        self.tally_groups(label, name, ok)
        if not ok:
            self.misses.append((label.key, name, str(expected), str(found)))

    def tally_groups(self, label: Label, name: str, ok: bool) -> None:
        """Count one answer in the label's groups only (producer, format, layout)."""
        for group in (
            f"producer={label.made_by}",
            f"format={label.format}",
            f"layout={label.layout}",
        ):
            self.groups[group][name].add(ok)


def evaluate(
    labels: Iterable[Label], results: Mapping[str, Profile | Analysed | InputError]
) -> EvalReport:
    """Score extraction results (by label file name) against ``labels``.

    A result with a Screening also has its verdict compared with the label's.
    """
    report = EvalReport()
    for label in labels:
        report.files += 1
        result = results[label.key]
        if isinstance(result, InputError):
            report.check(label, "readable", False, "a profile", result.code)
            continue
        profile = result.profile if isinstance(result, Analysed) else result
        _score_one(report, label, profile)
        if isinstance(result, Analysed) and label.verdict is not None:
            found = result.screening.verdict
            report.check(label, "verdict", found == label.verdict, label.verdict, found)
    return report


def _score_one(report: EvalReport, label: Label, profile: Profile) -> None:
    expected, found = label.highest_degree, profile.highest_degree
    report.check(
        label,
        "highest_degree.level",
        _level(expected) == _level(found),
        _level(expected),
        _level(found),
    )
    if expected is not None:
        field_found = found.field if found else None
        # An unmapped field (None, kept as written) is not one of the taxonomy's fields,
        # which is what a label's ``other`` says.
        unmapped_other = found is not None and field_found is None and expected.field == "other"
        report.check(
            label,
            "highest_degree.field",
            expected.field == field_found or unmapped_other,
            expected.field,
            field_found if field_found or found is None else f"unmapped: {found.field_text}",
        )
    _score_experience(report, label, profile)
    _score_skills(report, label, profile)
    _score_certifications(report, label, profile)


def _score_experience(report: EvalReport, label: Label, profile: Profile) -> None:
    months, want = profile.experience.total_months, label.experience.total_months
    interns, want_interns = profile.experience.internship_months, label.experience.internship_months
    if want is None or want_interns is None:
        return  # not knowable from the file (a scan): the verdict must say needs_review
    report.check(label, "experience ±1 year", abs(months - want) <= YEAR, want, months)
    report.check(
        label, "internships ±1 year", abs(interns - want_interns) <= YEAR, want_interns, interns
    )
    claimed, want_claimed = profile.experience.claimed_years, label.experience.claimed_years
    report.check(label, "claimed years", claimed == want_claimed, want_claimed, claimed)


def _level(degree: object) -> str | None:
    return getattr(degree, "level", None)


def _score_skills(report: EvalReport, label: Label, profile: Profile) -> None:
    found = {skill.id for skill in profile.skills if skill.mentioned} & set(TRACKED_SKILLS)
    expected = set(label.skills)
    for skill in TRACKED_SKILLS:
        counts = report.skills[skill]
        if skill in found and skill in expected:
            counts.tp += 1
        elif skill in found:
            counts.fp += 1
            report.misses.append((label.key, f"skill {skill}", "absent", "found"))
        elif skill in expected:
            counts.fn += 1
            report.misses.append((label.key, f"skill {skill}", "present", "missed"))
        if skill in ("python", "java"):
            report.tally_groups(label, skill, (skill in found) == (skill in expected))


def _score_certifications(report: EvalReport, label: Label, profile: Profile) -> None:
    """Catalog ids as before, then every certification (catalog or raw name) paired."""
    expected = {cert.id: cert.status for cert in label.certifications if cert.id}
    found = {cert.id: cert.status for cert in profile.certifications if cert.id}
    counts = report.certifications
    for cert_id in expected:
        if cert_id in found:
            counts.tp += 1
        else:
            counts.fn += 1
    counts.fp += len(found.keys() - expected.keys())
    paired = pair_certifications(label.certifications, profile.certifications)
    every = report.all_certifications
    every.tp += len(paired.pairs)
    every.fn += len(paired.missed)
    every.fp += len(paired.extra)
    for want, got in paired.pairs:
        report.check(
            label, "certification status", got.status == want.status, want.status, got.status
        )
    for want in paired.missed:
        report.tally_groups(label, "certification recall", False)
        report.misses.append((label.key, "certification", certification_label(want), "missed"))
    for got in paired.extra:
        report.tally_groups(label, "certification precision", False)
        report.misses.append((label.key, "certification", "absent", certification_label(got)))
    for _ in paired.pairs:
        report.tally_groups(label, "certification recall", True)
        report.tally_groups(label, "certification precision", True)


def evaluate_folder(
    folder: Path,
    *,
    workers: int | None = None,
    rules: str | Path = "ml-engineer",
    limits: Limits = DEFAULT_LIMITS,
) -> EvalReport:
    """Extract and screen every labelled résumé in ``folder`` (isolated workers), and score.

    Verdicts are compared against ``rules`` (labels give the verdict for the seed posting);
    ``limits`` choose the PDF engine among other things.
    """
    labels = load_labels(folder)
    loaded = load_rules(rules)
    results: dict[str, Analysed | InputError] = {}
    by_month: dict[str, list[Label]] = defaultdict(list)
    for label in labels:
        by_month[label.as_of].append(label)
    for as_of, group in sorted(by_month.items()):
        task = partial(analyse_task, rules=loaded, as_of=str(parse_as_of(as_of)))
        with WorkerPool[str, Analysed](task, limits, workers, WARM) as pool:
            items = [(label.key, label.path, label.file) for label in group]
            results.update(pool.read_many(items))
    return evaluate(labels, results)
