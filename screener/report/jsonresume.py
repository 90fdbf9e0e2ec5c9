"""A Profile as a JSON Resume document (schema v1.0.0, https://jsonresume.org/schema).

Only facts extraction found are written, and empty fields are left out. Skills that were
only implied by other skills (not written in the résumé) are not listed. In blind output
``basics`` (name, email, phone, profiles: all from ``Profile.contact``) is left out.

Besides the schema's fields (it allows others), an education or certificate entry that is
not completed carries Screener's ``status`` ("in_progress", "incomplete", "expired"), and
an internship or part-time position says so in its ``summary``, so that reading the
export back (``screener.ingest.jsonresume``) gives the same verdicts.
"""

from __future__ import annotations

from typing import Any

from screener.models.profile import (
    Certification,
    Contact,
    Degree,
    Position,
    Profile,
    SpokenLanguage,
)

META = {"canonical": "https://jsonresume.org/schema", "version": "v1.0.0"}


def _compact(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value not in (None, "", [], {})}


def _basics(contact: Contact) -> dict[str, Any]:
    return _compact(
        {
            "name": contact.name,
            "email": contact.emails[0] if contact.emails else None,
            "phone": contact.phones[0] if contact.phones else None,
            "profiles": [{"url": link} for link in contact.links],
        }
    )


def _work(position: Position) -> dict[str, Any]:
    kinds = [
        ("Internship" if position.is_internship else ""),
        ("Part-time" if position.part_time else ""),
    ]
    return _compact(
        {
            "name": position.organisation,
            "position": position.title,
            "startDate": position.start,
            "endDate": position.end,
            "summary": ", ".join(kind for kind in kinds if kind) or None,
        }
    )


def _education(degree: Degree) -> dict[str, Any]:
    return _compact(
        {
            "institution": degree.institution,
            "area": degree.field_text or degree.field,
            "studyType": degree.level,
            "endDate": str(degree.year) if degree.year is not None else None,
            "status": None if degree.status == "completed" else degree.status,
        }
    )


def _certificate(certification: Certification) -> dict[str, Any]:
    return _compact(
        {
            "name": certification.name,
            "issuer": certification.issuer,
            "date": str(certification.year) if certification.year is not None else None,
            "status": None if certification.status == "completed" else certification.status,
        }
    )


def _language(language: SpokenLanguage) -> dict[str, Any]:
    return _compact({"language": language.name, "fluency": language.level})


def to_json_resume(profile: Profile, *, blind: bool = False) -> dict[str, Any]:
    """The profile as a JSON Resume v1.0.0 object; no contact detail when ``blind``."""
    resume: dict[str, Any] = {
        "basics": None if blind else _basics(profile.contact),
        "work": [_work(position) for position in profile.positions],
        "education": [_education(degree) for degree in profile.degrees],
        "skills": [{"name": skill.name} for skill in profile.skills if skill.mentioned],
        "certificates": [_certificate(cert) for cert in profile.certifications],
        "languages": [_language(language) for language in profile.languages],
    }
    document = _compact(resume)
    document["meta"] = dict(META)
    return document
