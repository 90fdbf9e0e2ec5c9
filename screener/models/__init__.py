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

__all__ = [
    "Certification",
    "Contact",
    "Degree",
    "Document",
    "DocumentWarning",
    "Evidence",
    "Experience",
    "Extractor",
    "MediaType",
    "Page",
    "Position",
    "Profile",
    "SectionName",
    "Skill",
    "Source",
]
