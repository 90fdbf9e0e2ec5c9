"""Pydantic models shared by every stage of the flow."""

from screener.models.document import Document, DocumentWarning, MediaType, Page, Source
from screener.models.profile import (
    Certification,
    Contact,
    Degree,
    Evidence,
    Experience,
    Extractor,
    Position,
    Profile,
    SectionName,
    Skill,
)
from screener.models.screening import (
    Candidate,
    ErrorInfo,
    Outcome,
    Provenance,
    RuleSetRef,
    Screening,
    ScreeningResult,
    Status,
    Verdict,
)

__all__ = [
    "Candidate",
    "Certification",
    "Contact",
    "Degree",
    "Document",
    "DocumentWarning",
    "ErrorInfo",
    "Evidence",
    "Experience",
    "Extractor",
    "MediaType",
    "Outcome",
    "Page",
    "Position",
    "Profile",
    "Provenance",
    "RuleSetRef",
    "Screening",
    "ScreeningResult",
    "SectionName",
    "Skill",
    "Source",
    "Status",
    "Verdict",
]
