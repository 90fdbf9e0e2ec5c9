"""What extraction finds in a Document: facts about a candidate, each with its Evidence.

A fact without evidence does not exist: every degree, position, skill and certification
carries at least one ``Evidence`` pointing into ``Document.text``. Contact details are kept
apart in ``Contact``, and spoken languages in ``Profile.languages``: neither is ever an
input to any score.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from pydantic import Field

from screener.models.base import Model
from screener.models.document import DocumentWarning

SectionName = Literal[
    "summary",
    "experience",
    "education",
    "skills",
    "certifications",
    "projects",
    "languages",
    "other",
]
DegreeLevel = Literal["secondary", "associate", "bachelor", "master", "doctorate"]
DegreeStatus = Literal["completed", "in_progress", "incomplete"]
CertificationStatus = Literal["completed", "in_progress", "expired"]
LanguageLevel = Literal[
    "native", "fluent", "professional", "intermediate", "basic",
    "A1", "A2", "B1", "B2", "C1", "C2",
]  # fmt: skip


class Extractor(Model):
    """Which extractor produced a fact, and its version (part of provenance)."""

    name: str
    version: str


class Evidence(Model):
    """A quote from the résumé that proves a fact."""

    text: str = Field(description="The quote, exactly Document.text[start:end].")
    start: int = Field(ge=0, description="Offset of the quote in Document.text.")
    end: int = Field(ge=0, description="Offset one past the quote's end.")
    page: int = Field(ge=1, description="1-based page of the quote.")
    section: SectionName = Field(description="Section the quote sits in.")
    extractor: Extractor
    confidence: float | None = Field(default=None, ge=0, le=1)


class Degree(Model):
    """A degree, diploma or school-leaving qualification."""

    level: DegreeLevel
    field: str | None = Field(description="Field id from taxonomy/fields.yaml, if mapped.")
    field_text: str | None = Field(default=None, description="The field as written.")
    institution: str | None = None
    year: int | None = Field(default=None, description="Year awarded or expected.")
    status: DegreeStatus = "completed"
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class Position(Model):
    """A dated job, internship or role."""

    title: str | None = None
    organisation: str | None = None
    start: str = Field(description="First month, YYYY-MM.")
    end: str | None = Field(description="Last month, YYYY-MM; None while ongoing.")
    months: int = Field(ge=0, description="Months covered as of the as-of date.")
    is_internship: bool = False
    part_time: bool = False
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class Experience(Model):
    """Experience arithmetic over the dated positions."""

    total_months: int = Field(ge=0, description="Non-internship months, overlaps merged.")
    internship_months: int = Field(ge=0, description="Internship months, merged apart.")
    claimed_years: float | None = Field(
        default=None, description="A claim such as '10+ years' as written; never used to score."
    )
    as_of: str = Field(description="Month the arithmetic was done for, YYYY-MM.")
    intervals: tuple[tuple[str, str], ...] = Field(
        default=(), description="Merged non-internship intervals, first and last month."
    )


class Skill(Model):
    """A skill from taxonomy/skills.yaml found in the résumé (or implied by one found)."""

    id: str
    name: str
    months: int | None = Field(default=None, description="Months used, from dated positions.")
    mentioned: bool = Field(
        default=True, description="Written in the résumé (False: only implied by other skills)."
    )
    implied_by: tuple[str, ...] = Field(default=(), description="Skill ids that imply it.")
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class Certification(Model):
    """A certification, from the catalog (``id``) or as written (``id`` None)."""

    id: str | None
    name: str
    issuer: str | None = None
    status: CertificationStatus = "completed"
    year: int | None = None
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class SpokenLanguage(Model):
    """A spoken language the candidate states: kept apart like contact details, never scored."""

    code: str = Field(pattern="^[a-z]{2}$", description="ISO 639-1 code, e.g. 'de'.")
    name: str = Field(description="The language's name as first written ('Deutsch').")
    level: LanguageLevel | None = Field(
        default=None, description="The level written on the entry (a word or CEFR), if any."
    )
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class Contact(Model):
    """How to reach the candidate: kept apart, redactable, never scored."""

    name: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    links: tuple[str, ...] = ()


class SectionSpan(Model):
    """One section of the résumé as read: ``text[start:end]`` is its body."""

    name: SectionName
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Profile(Model):
    """Everything extraction found in one résumé."""

    degrees: tuple[Degree, ...] = ()
    highest_degree: Degree | None = Field(default=None, description="Highest completed degree.")
    positions: tuple[Position, ...] = ()
    experience: Experience
    skills: tuple[Skill, ...] = ()
    certifications: tuple[Certification, ...] = ()
    contact: Contact = Contact()
    languages: tuple[SpokenLanguage, ...] = Field(
        default=(), description="Spoken languages stated; never an input to any score."
    )
    warnings: tuple[DocumentWarning, ...] = ()
    sections: tuple[SectionSpan, ...] = Field(
        default=(), description="The sections as read, in text order, covering the text."
    )

    def section_at(self, offset: int) -> SectionName:
        """The section an offset of the text falls in (a heading is in its section)."""
        if not self.sections:
            return "other"
        index = bisect_right([section.end for section in self.sections], offset)
        return self.sections[min(index, len(self.sections) - 1)].name
