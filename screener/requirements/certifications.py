"""The ``certification`` test: which catalog credentials it accepts, and how a Profile fares.

A test lists ids (``any_of``) or selects them from ``certifications.yaml``: every
credential of an ``issuer`` and/or about a ``topic`` (docs/rules.md). Either way the
evaluation is the same: a completed credential of the selection meets it, one in progress
meets it only with ``include_in_progress`` (else half credit), an expired one does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from screener.models import Profile
from screener.requirements.criteria import _UNREADABLE, Result, _quote, _warned
from screener.requirements.models import CertificationTest
from screener.taxonomy import load_certifications, load_skills

_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_NO_ISSUER = frozenset({"various"})
"""Names before a bracket that name no issuer ("various (ASQ, IASSC, universities)")."""


def issuer_names(issuer: str) -> tuple[str, ...]:
    """The names a rule may give ``issuer`` by: its catalog spelling and, when it ends
    in brackets, the name before them ("IBM (Coursera)" → "IBM (Coursera)", "IBM")."""
    short = _TRAILING_BRACKET.sub("", issuer)
    if short == issuer or not short or short.casefold() in _NO_ISSUER:
        return (issuer,)
    return issuer, short


@lru_cache(maxsize=1)
def by_issuer() -> dict[str, tuple[str, ...]]:
    """Each issuer name a rule may use → the ids of its credentials, in catalog order."""
    found: dict[str, list[str]] = {}
    for entry in load_certifications().certifications:
        for name in issuer_names(entry.issuer):
            found.setdefault(name, []).append(entry.id)
    return {name: tuple(ids) for name, ids in found.items()}


@lru_cache(maxsize=1)
def by_topic() -> dict[str, tuple[str, ...]]:
    """Each skill id → the ids of the credentials about it (their topics and what those
    imply), in catalog order."""
    skills = load_skills()
    found: dict[str, list[str]] = {}
    for entry in load_certifications().certifications:
        for topic in sorted(skills.with_implied(entry.topics)):
            found.setdefault(topic, []).append(entry.id)
    return {topic: tuple(ids) for topic, ids in found.items()}


def selected_ids(test: CertificationTest) -> tuple[str, ...]:
    """The catalog ids the test accepts (``any_of`` as written, else the selection)."""
    if test.any_of:
        return test.any_of
    chosen: tuple[str, ...] | None = None
    if test.issuer is not None:
        chosen = by_issuer().get(test.issuer, ())
    if test.topic is not None:
        about = by_topic().get(test.topic, ())
        chosen = about if chosen is None else tuple(i for i in chosen if i in about)
    return chosen or ()


def selection_wanted(test: CertificationTest) -> str:
    """What would meet the test, as a reason says it."""
    if test.any_of:
        catalog = load_certifications()
        return "one of " + ", ".join(catalog.by_id(c).name for c in test.any_of)
    words = ["a certification"]
    if test.issuer is not None:
        words.append(f"from {test.issuer}")
    if test.topic is not None:
        skill = load_skills().get(test.topic)
        words.append(f"about {skill.name if skill is not None else test.topic}")
    return " ".join(words)


def certification_result(profile: Profile, test: CertificationTest) -> Result:
    """A certification of the test's selection, completed (or in progress, if allowed)."""
    accepted = set(selected_ids(test))
    held = [c for c in profile.certifications if c.id in accepted]
    done = [c for c in held if c.status == "completed"]
    pending = [c for c in held if c.status == "in_progress"]
    wanted = selection_wanted(test)
    if done or (pending and test.include_in_progress):
        cert = (done or pending)[0]
        return Result("met", 1.0, f"{cert.name} — found: {_quote(cert.evidence)}", cert.evidence)
    if not profile.certifications and _warned(profile, _UNREADABLE):
        return Result("unknown", 0.0, "The résumé's text could not be read.", to_meet=wanted)
    if pending:
        cert = pending[0]
        return Result(
            "not_met",
            0.5,
            f"{cert.name} is in progress — {_quote(cert.evidence)}",
            cert.evidence,
            wanted,
        )
    expired = [c for c in held if c.status == "expired"]
    if expired:
        cert = expired[0]
        return Result(
            "not_met",
            0.0,
            f"{cert.name} has expired — {_quote(cert.evidence)}",
            cert.evidence,
            wanted,
        )
    missing = "None of the certifications was found." if test.any_of else f"Not found: {wanted}."
    return Result("not_met", 0.0, missing, (), wanted)
