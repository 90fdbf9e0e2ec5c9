"""Checks a rule set needs beyond its models: taxonomy ids, "did you mean", and the lint.

Every check walks the *parsed data* (dicts and lists), not the validated models, so one
run reports reference and lint problems together with the model's own errors, each at
its path inside the file ("required.2.skills.all_of.1"). See docs/rules.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from rapidfuzz import fuzz, process, utils

from screener.requirements.certifications import by_issuer, by_topic
from screener.taxonomy import load_certifications, load_fields, load_skills
from screener.taxonomy.catalog import IndexedCatalog

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SCORE_CUTOFF = 70.0
"""Least rapidfuzz ``ratio`` (0-100, after lower-casing and punctuation folding) to suggest."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a rule set, at ``path`` inside the file."""

    path: str
    message: str
    suggestion: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """The JSON shape used in ``RulesError.details["errors"]``."""
        return {"path": self.path, "message": self.message, "suggestion": self.suggestion}


def nearest(value: str, choices: Iterable[str]) -> str | None:
    """The choice closest to ``value``, or ``None`` when none is close enough."""
    found = process.extractOne(
        value,
        sorted(choices),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=SCORE_CUTOFF,
    )
    return None if found is None else str(found[0])


@dataclass(frozen=True, slots=True)
class _Catalog:
    kind: str
    ids: frozenset[str]
    lookup: Callable[[str], str | None]


def catalog(kind: str) -> _Catalog:
    """The ids of the skill, certification or field taxonomy and a name/alias lookup."""
    loaded: IndexedCatalog[Any]
    if kind == "skill":
        loaded = load_skills()
    elif kind == "certification":
        loaded = load_certifications()
    else:
        loaded = load_fields()

    def lookup(text: str) -> str | None:
        entry = loaded.lookup(text)
        return None if entry is None else entry.id

    return _Catalog(kind, loaded.ids, lookup)


def reference_problem(kind: str, value: str, path: str) -> Problem | None:
    """A problem when ``value`` is not a ``kind`` id, with the id it most likely means."""
    known = catalog(kind)
    if value in known.ids:
        return None
    named = known.lookup(value)
    if named is not None:
        return Problem(path, f"{value!r} is a name of {kind} {named!r}; rules use ids", named)
    return Problem(path, f"unknown {kind} id {value!r}", nearest(value, known.ids))


def reference_kind(loc: tuple[str | int, ...]) -> str | None:
    """Which taxonomy the value at ``loc`` must be an id of, if any."""
    if loc[-2:] in {("experience", "skill"), ("certification", "topic")}:
        return "skill"
    if len(loc) >= 3 and isinstance(loc[-1], int):
        parent = (loc[-3], loc[-2])
        if parent in {("skills", "all_of"), ("skills", "any_of")}:
            return "skill"
        if parent == ("certification", "any_of"):
            return "certification"
        if parent == ("degree", "fields"):
            return "field"
    return None


# ----------------------------------------------------------------------------- the lint


@dataclass(frozen=True, slots=True)
class _Proxies:
    phrases: tuple[tuple[str, re.Pattern[str]], ...]
    keys: dict[str, str]


@lru_cache(maxsize=1)
def proxies() -> _Proxies:
    """The proxy phrases and forbidden keys of ``proxies.yaml``, compiled once."""
    text = resources.files("screener.requirements").joinpath("proxies.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    phrases = tuple(
        (str(group["trait"]), re.compile(pattern, re.IGNORECASE))
        for group in data["phrases"]
        for pattern in group["patterns"]
    )
    return _Proxies(phrases, {str(k): str(v) for k, v in data["keys"].items()})


def proxy_problem(text: str, path: str, what: str) -> Problem | None:
    """A refusal when ``text`` (a keyword phrase or a label) reads as a protected trait."""
    for trait, pattern in proxies().phrases:
        match = pattern.search(text)
        if match:
            return Problem(
                path,
                f"{what} {text!r} refers to {trait} ({match.group(0)!r}), a protected trait "
                "or a proxy for one; screenings never use it",
            )
    return None


# ------------------------------------------------------------------- walking parsed data


NEGATED_EXPERIENCE = (
    "an experience test under 'not' is an experience maximum, a proxy for age; "
    "the rule language has only minimums"
)


def _join(path: tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in path)


def check_data(data: object) -> list[Problem]:
    """Reference and lint problems of parsed rule-set data, valid or not."""
    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []
    for kind in ("required", "preferred"):
        criteria = data.get(kind)
        if not isinstance(criteria, list):
            continue
        for index, criterion in enumerate(criteria):
            path = (kind, index)
            if isinstance(criterion, dict) and isinstance(criterion.get("label"), str):
                problems += _some(
                    proxy_problem(criterion["label"], _join((*path, "label")), "label")
                )
            problems += _condition(criterion, path, negated=False)
    return problems


def _some(problem: Problem | None) -> list[Problem]:
    return [] if problem is None else [problem]


def _condition(node: object, path: tuple[str | int, ...], *, negated: bool) -> list[Problem]:
    if not isinstance(node, dict):
        return []
    problems: list[Problem] = []
    for key, value in node.items():
        at = (*path, key)
        if key in ("any", "all") and isinstance(value, list):
            for index, part in enumerate(value):
                problems += _condition(part, (*at, index), negated=negated)
        elif key == "not":
            problems += _condition(value, at, negated=not negated)
        elif key == "experience" and negated:
            problems.append(Problem(_join(at), NEGATED_EXPERIENCE))
            problems += list(_references(value, at)) if isinstance(value, dict) else []
        elif key == "keyword" and isinstance(value, dict):
            for index, phrase in _items(value.get("any_of")):
                if isinstance(phrase, str):
                    where = _join((*at, "any_of", index))
                    problems += _some(proxy_problem(phrase, where, "keyword"))
        elif isinstance(value, dict):
            problems += list(_references(value, at))
    return problems


def _items(value: object) -> Iterator[tuple[int, object]]:
    return enumerate(value) if isinstance(value, list) else iter(())


def _references(test: dict[Any, Any], at: tuple[str | int, ...]) -> Iterator[Problem]:
    values: list[tuple[tuple[str | int, ...], object]] = []
    if at[-1] == "experience":
        values.append(((*at, "skill"), test.get("skill")))
    for key in ("all_of", "any_of", "fields"):
        values += [((*at, key, index), item) for index, item in _items(test.get(key))]
    if at[-1] == "certification":
        yield from certification_selection_problems(test, at)
    for loc, value in values:
        kind = reference_kind(loc)
        # Values that are not id-shaped fail the model's pattern check; loading adds the hint.
        if kind and isinstance(value, str) and ID_PATTERN.match(value):
            problem = reference_problem(kind, value, _join(loc))
            if problem is not None:
                yield problem


# ------------------------------------------------------- certifications by issuer or topic


def issuer_suggestion(value: str) -> str | None:
    """The issuer name a rule most likely means by ``value``: the same name in another case,
    the issuer a catalog abbreviation stands for ("AWS" → "Amazon Web Services"), or the
    nearest name."""
    names = sorted(by_issuer())
    folded = " ".join(value.casefold().split())
    expanded = load_certifications().abbreviations.get(folded)
    for wanted in (folded, expanded):
        same = [name for name in names if wanted and name.casefold() == wanted]
        if same:
            return same[0]
    return nearest(value, names)


def certification_selection_problems(
    test: dict[Any, Any], at: tuple[str | int, ...]
) -> Iterator[Problem]:
    """An unknown issuer, a topic no credential is about, or a pair that selects nothing."""
    issuer, topic = test.get("issuer"), test.get("topic")
    known_issuer = isinstance(issuer, str) and issuer in by_issuer()
    if isinstance(issuer, str) and issuer and not known_issuer:
        message = f"unknown certification issuer {issuer!r} (write it as certifications.yaml does)"
        yield Problem(_join((*at, "issuer")), message, issuer_suggestion(issuer))
    known_topic = isinstance(topic, str) and topic in by_topic()
    if isinstance(topic, str) and ID_PATTERN.match(topic) and not known_topic:
        where = _join((*at, "topic"))
        problem = reference_problem("skill", topic, where)
        yield problem or Problem(
            where,
            f"no certification in the catalog is about skill {topic!r}",
            nearest(topic, by_topic()),
        )
    if known_issuer and known_topic:
        about = set(by_topic()[str(topic)])
        if not any(cert in about for cert in by_issuer()[str(issuer)]):
            yield Problem(_join(at), f"no certification of {issuer!r} is about {topic!r}")
