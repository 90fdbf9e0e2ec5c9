"""JSON Resume (https://jsonresume.org/schema, v1) as an input: validated, then written out
as the plain-text résumé it describes, which the same pipeline reads.

Why text: every extractor, its evidence and its tests stay one path; a JSON Resume is read
exactly as the résumé a person would have typed from it. The text is laid out the way
the extractors read best (a heading per section, one entry per block, the dates on the
entry's line, "Present" for an open end), so the round trip Profile → JSON Resume →
Profile keeps the facts a verdict needs. Evidence quotes this text, not JSON paths.

Screener's own export (``screener.report.jsonresume``) adds ``status`` to education and
certificates ("in_progress", "expired", …) and ``summary: "Internship"`` to work entries;
other producers' files simply do not have them.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from screener.errors import InvalidJsonResume
from screener.ingest.extracted import Extracted

RESUME_KEYS = frozenset({"basics", "work", "education", "skills", "certificates", "languages"})
# A bare level word as ``studyType`` (Screener's export writes its level ids; other tools
# write "Master"), said as a degree: a bare "Master" on a résumé line is no degree form.
_LEVEL_FORMS = {
    "secondary": "High School Diploma",
    "high school": "High School Diploma",
    "associate": "Associate degree",
    "bachelor": "Bachelor's degree",
    "master": "Master's degree",
    "masters": "Master's degree",
    "doctorate": "Doctorate",
}
_STATUS_WORDS = {"in_progress": "in progress", "incomplete": "not completed", "expired": "expired"}


class _Item(BaseModel):
    """An entry of any section: only strings and lists of strings are read."""

    model_config = ConfigDict(extra="allow")

    name: str | None = None
    position: str | None = None
    institution: str | None = None
    area: str | None = None
    studyType: str | None = None  # noqa: N815 (the schema's spelling)
    issuer: str | None = None
    date: str | None = None
    startDate: str | None = None  # noqa: N815
    endDate: str | None = None  # noqa: N815
    summary: str | None = None
    status: str | None = None
    language: str | None = None
    fluency: str | None = None
    highlights: list[str] = []
    keywords: list[str] = []


class _Basics(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str | None = None
    label: str | None = None
    email: str | None = None
    phone: str | None = None
    summary: str | None = None


class _Resume(BaseModel):
    model_config = ConfigDict(extra="allow")

    basics: _Basics | None = None
    work: list[_Item] = []
    volunteer: list[_Item] = []
    education: list[_Item] = []
    skills: list[_Item] = []
    certificates: list[_Item] = []
    languages: list[_Item] = []


def looks_like_json_resume(data: bytes) -> bool:
    """Whether ``data`` is a JSON object with a JSON Resume section at its top level."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head != b"{":
        return False
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return False
    if not isinstance(parsed, dict):
        return False
    meta = parsed.get("meta")
    canonical = meta.get("canonical") if isinstance(meta, dict) else None
    return bool(RESUME_KEYS & parsed.keys()) or "jsonresume" in str(canonical or "")


def read_json_resume(data: bytes) -> Extracted:
    """The résumé a JSON Resume describes, as one page of text; ``invalid_json_resume``
    (with the path of the first wrong value) when it does not follow the schema."""
    try:
        parsed: Any = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError) as error:
        raise InvalidJsonResume(f"The JSON cannot be read ({type(error).__name__}).") from error
    try:
        resume = _Resume.model_validate(parsed)
    except ValidationError as error:
        first = error.errors()[0]
        path = _path(first.get("loc", ()))
        raise InvalidJsonResume(
            f"Not a JSON Resume: {path or 'the document'}: {first.get('msg', 'invalid')}.",
            path=path,
        ) from error
    return Extracted(pages=["\n".join(_render(resume))], encoding="utf-8")


def _path(loc: tuple[int | str, ...] | list[int | str]) -> str:
    """``("work", 0, "endDate")`` as ``work[0].endDate``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _render(resume: _Resume) -> list[str]:
    """The text's lines: the basics, then one headed section per JSON Resume section."""
    lines: list[str] = []
    basics = resume.basics or _Basics()
    lines += [v for v in (basics.name, basics.label) if v]
    contact = " · ".join(v for v in (basics.email, basics.phone) if v)
    if contact:
        lines.append(contact)
    if basics.summary:
        lines += ["", "SUMMARY", basics.summary]
    sections = (
        ("EXPERIENCE", "work", resume.work, _work),
        ("VOLUNTEERING", "volunteer", resume.volunteer, _work),
        ("EDUCATION", "education", resume.education, _education),
        ("CERTIFICATIONS", "certificates", resume.certificates, _certificate),
        ("SKILLS", "skills", resume.skills, _skill),
        ("LANGUAGES", "languages", resume.languages, _language),
    )
    for heading, key, items, render in sections:
        if not items:
            continue
        lines += ["", heading]
        for item in items:
            block = render(item)
            if block and key in ("work", "volunteer", "education"):
                lines.append("")  # one block per entry
            lines += block
    return lines


def _dates(item: _Item) -> str:
    start, end = _month(item.startDate), _month(item.endDate)
    if start and end:
        return f"{start} – {end}"
    if start:
        return f"{start} – Present"
    return end


def _month(value: str | None) -> str:
    """An ISO date cut to its month ("2019-03-15" → "2019-03"), a year as it is."""
    if not value:
        return ""
    return value.strip()[:7]


def _work(item: _Item) -> list[str]:
    title = item.position or ""
    where = item.name or ""
    head = " — ".join(part for part in (title, where) if part)
    dates = _dates(item)
    if not head and not dates:
        return []
    block = [f"{head}\t{dates}" if dates else head]
    if item.summary:
        block.append(item.summary)
    block += [f"• {line}" for line in item.highlights if line.strip()]
    return block


def _education(item: _Item) -> list[str]:
    level = _LEVEL_FORMS.get((item.studyType or "").strip().casefold(), item.studyType)
    area = "" if item.area == "other" else _area(item.area)
    degree = " in ".join(part for part in (level, area) if part)
    status = _STATUS_WORDS.get(item.status or "")
    if status:
        degree = f"{degree} ({status})"
    head = ", ".join(part for part in (degree, item.institution) if part)
    dates = _dates(item)
    if not head:
        return []
    return [f"{head}\t{dates}" if dates else head]


def _area(area: str | None) -> str:
    """A field as written, or a taxonomy id made readable ("computer-science")."""
    if not area:
        return ""
    return area.replace("-", " ") if area.islower() and " " not in area else area


def _certificate(item: _Item) -> list[str]:
    if not item.name:
        return []
    line = " — ".join(part for part in (item.name, item.issuer) if part)
    notes = [n for n in (_STATUS_WORDS.get(item.status or ""), (item.date or "")[:4]) if n]
    return [f"{line} ({', '.join(notes)})" if notes else line]


def _skill(item: _Item) -> list[str]:
    words = [word for word in item.keywords if word.strip()]
    if item.name and words:
        return [f"{item.name}: {', '.join(words)}"]
    return [item.name] if item.name else ([", ".join(words)] if words else [])


def _language(item: _Item) -> list[str]:
    if not item.language:
        return []
    return [f"{item.language} – {item.fluency}" if item.fluency else item.language]
