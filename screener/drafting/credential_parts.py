"""The credentials one clause asks for: named in the catalog ("BLS and ACLS", "CPA or
CMA") or described ("Certifications applicable to a machine learning engineer").

A credential listed with an alternative the catalog lacks ("CPA or CMA") is drafted as
preferred, with a note: as required it would refuse those who hold the other one. A
skill written as one name with a credential ("CPR/BLS") is that credential, not a skill.
"""

from __future__ import annotations

import re

from screener.drafting.degree_parts import in_progress_accepted
from screener.drafting.mentions import Mention
from screener.drafting.parts import Part, Reading, joined_name
from screener.drafting.skill_lists import join_skills
from screener.drafting.vocabulary import load_vocabulary
from screener.taxonomy import load_certifications, load_skills

_ROLE_BEFORE = re.compile(r"\bas\s+an?\s*$", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"(?:\bor\b|/|,)\s*(?:an?\s+)?([A-Z][A-Z0-9&+-]{1,7})(?![\w+])")


def add_certifications(reading: Reading) -> None:
    """Credentials the catalog names exactly ("active RN licence", "BLS certification")."""
    clause = reading.clause
    named = [
        m for m in reading.mentions.certifications if not _ROLE_BEFORE.search(clause[: m.start])
    ]
    if not named:
        return
    listed = join_skills(clause, [(m.start, m.end, (m.id,)) for m in named])
    start, end = named[0].start, named[-1].end
    unknown = _unknown_alternatives(clause, named)
    notes = tuple(
        f"“{word}” is no credential of certifications.yaml: left out, so the criterion is "
        "drafted as preferred (as required it would refuse those who hold it)"
        for word in unknown
    )
    several = len(listed.all_of) + len(listed.any_of) > 1
    catalog = load_certifications()
    for cert_id in listed.all_of:
        mention = next(m for m in named if m.id == cert_id)
        reading.parts.append(
            Part(
                "certification",
                _credential_test([cert_id], clause),
                cert_id,
                mention.start,
                mention.end if not unknown else len(clause),
                notes,
                preferred_only=bool(unknown),
                label=catalog.by_id(cert_id).name if several else None,
            )
        )
    for group in listed.any_of:
        reading.parts.append(
            Part(
                "certification",
                _credential_test(list(group), clause),
                joined_name(group),
                start,
                end if not unknown else len(clause),
                notes,
                preferred_only=bool(unknown),
            )
        )
    for mention in named:
        reading.use_within(mention.start, mention.end)
    for index, skill in reading.free_skills():  # "CPR/BLS": one credential, two names
        if any(_slashed(clause, skill, mention) for mention in named):
            reading.used.add(index)


def _credential_test(ids: list[str], clause: str) -> dict[str, object]:
    """A ``certification`` test; one still in progress counts when the clause says so."""
    test: dict[str, object] = {"any_of": ids}
    if in_progress_accepted(clause):
        test["include_in_progress"] = True
    return test


def _slashed(clause: str, a: Mention, b: Mention) -> bool:
    """Whether two names are written as one with a slash ("CPR/BLS")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return clause[first.end : second.start].strip() == "/"


def _unknown_alternatives(clause: str, named: list[Mention]) -> list[str]:
    """Acronyms listed as alternatives of known credentials that the catalog does not
    know: "CPA or CMA" → ["CMA"]."""
    words: list[str] = []
    for match in _ALTERNATIVE.finditer(clause, named[0].start):
        if not any(m.start <= match.start(1) < m.end for m in named):
            words.append(match.group(1))
    return list(dict.fromkeys(words))


def add_described_certification(reading: Reading) -> None:
    """Credentials described, not named: "Certifications applicable to a machine learning
    engineer" → every catalog credential about a skill the clause names."""
    words = load_vocabulary().pattern("certification_words").search(reading.clause)
    if words is None or reading.mentions.certifications:
        return
    topics = [m for _, m in reading.free_skills()]
    if not topics:
        return
    ids = certifications_about([m.id for m in topics])
    if not ids:  # "CPP certification": a credential the catalog lacks, not the skill C++
        reading.used.update(index for index, _ in reading.free_skills())
        return
    names = ", ".join(dict.fromkeys(load_skills().by_id(m.id).name for m in topics))
    reading.parts.append(
        Part(
            key="certification",
            test={"any_of": list(ids)},
            name="certification",
            start=words.start(),
            end=len(reading.clause),
            notes=(f"any of the {len(ids)} catalog certifications about {names}",),
            reading="certifications described, not named",
        )
    )
    for index, _ in reading.free_skills():
        reading.used.add(index)


def certifications_about(topics: list[str]) -> tuple[str, ...]:
    """Catalog ids whose topics (or what the topics imply) include one of ``topics``."""
    skills = load_skills()
    wanted = set(topics)
    return tuple(
        sorted(
            entry.id
            for entry in load_certifications().certifications
            if wanted & skills.with_implied(entry.topics)
        )
    )
