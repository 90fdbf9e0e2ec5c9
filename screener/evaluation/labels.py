"""The expected facts of a labelled résumé: ``<name>.expected.yaml`` beside the file.

The format is documented in ``sample_resumes/README.md``. ``skills`` lists every
*tracked* skill the résumé shows; a tracked skill not listed is expected absent. Labels
list skills as written, so scoring compares the skills a Profile found *mentioned*, not
those only implied (pandas ⇒ python), which rules do use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from screener.models.profile import CertificationStatus, DegreeLevel, DegreeStatus

TRACKED_SKILLS: tuple[str, ...] = (
    "python", "java", "javascript", "typescript", "sql", "c", "cpp", "csharp", "r", "go",
    "scala", "kotlin", "tensorflow", "pytorch", "scikit-learn", "pandas", "numpy", "spark",
    "docker", "kubernetes", "aws", "statistics", "data-science", "machine-learning",
    "deep-learning", "nlp",
)  # fmt: skip


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExpectedDegree(_Strict):
    level: DegreeLevel
    field: str | None = None
    status: DegreeStatus = "completed"


class ExpectedExperience(_Strict):
    """None for months that cannot be known (an image-only scan): not scored."""

    total_months: int | None
    internship_months: int | None = 0
    claimed_years: float | None = None


Producer = Literal[
    "reportlab", "python-docx", "text", "pdflatex", "xelatex", "lualatex", "libreoffice",
    "chromium",
]  # fmt: skip
LanguageLevel = Literal[
    "native", "fluent", "professional", "intermediate", "basic",
    "A1", "A2", "B1", "B2", "C1", "C2",
]  # fmt: skip
# What wrote the file when a label does not say: the team's own generators.
DEFAULT_PRODUCERS: dict[str, Producer] = {"pdf": "reportlab", "docx": "python-docx", "txt": "text"}


class ExpectedLanguage(_Strict):
    """A spoken language (ISO 639-1 code) and its level as written (None if not written)."""

    language: str = Field(pattern="^[a-z]{2}$")
    level: LanguageLevel | None = None

    @field_validator("language", mode="before")
    @classmethod
    def _norwegian(cls, value: object) -> object:
        """YAML 1.1 reads an unquoted ``no`` (Norwegian) as false."""
        return "no" if value is False else value


class ExpectedCertification(_Strict):
    id: str | None
    name: str | None = None
    status: CertificationStatus = "completed"


class Label(_Strict):
    """What a labelled résumé is expected to yield."""

    file: str
    format: Literal["pdf", "docx", "txt"]
    producer: Producer | None = Field(
        default=None, description="What wrote the file; None: the format's team generator."
    )
    layout: str
    encoding: str | None = None
    as_of: str
    highest_degree: ExpectedDegree | None
    degrees: tuple[ExpectedDegree, ...] = ()
    experience: ExpectedExperience
    skills: tuple[str, ...] = ()
    certifications: tuple[ExpectedCertification, ...] = ()
    languages: tuple[ExpectedLanguage, ...] = ()
    verdict: Literal["meets", "does_not_meet", "needs_review"] | None = None
    notes: str = ""
    path: Path = Field(default=Path(), exclude=True, description="The résumé file.")
    name: str = Field(
        default="", exclude=True, description="The file's path relative to the labelled folder."
    )

    @property
    def key(self) -> str:
        """The file's name within the evaluated folder (unique across its subfolders)."""
        return self.name or self.file

    @property
    def made_by(self) -> Producer:
        """The producer, falling back to the team generator of the label's format."""
        return self.producer or DEFAULT_PRODUCERS[self.format]


HELD_OUT = "holdout"
"""A subfolder of this name holds a blind set: evaluated only when named itself."""


def load_labels(folder: Path) -> list[Label]:
    """Every ``*.expected.yaml`` in ``folder`` and its subfolders, sorted by path.

    Subfolders named ``holdout`` are left out: a blind set is measured on its own
    (``screener eval sample_resumes/holdout``), never mixed into the development figures.
    """
    labels = []
    for path in sorted(folder.rglob("*.expected.yaml")):
        relative = path.relative_to(folder)
        if HELD_OUT in relative.parts[:-1] or any(p.startswith(".") for p in relative.parts):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            label = Label.model_validate(data)
        except ValidationError as error:
            raise ValueError(f"{path}: not a valid label file:\n{error}") from error
        name = (relative.parent / label.file).as_posix()
        labels.append(label.model_copy(update={"path": path.parent / label.file, "name": name}))
    return labels
