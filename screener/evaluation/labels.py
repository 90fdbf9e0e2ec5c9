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
from pydantic import BaseModel, ConfigDict, Field, ValidationError

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


class ExpectedCertification(_Strict):
    id: str | None
    name: str | None = None
    status: CertificationStatus = "completed"


class Label(_Strict):
    """What a labelled résumé is expected to yield."""

    file: str
    format: Literal["pdf", "docx", "txt"]
    layout: str
    encoding: str | None = None
    as_of: str
    highest_degree: ExpectedDegree | None
    degrees: tuple[ExpectedDegree, ...] = ()
    experience: ExpectedExperience
    skills: tuple[str, ...] = ()
    certifications: tuple[ExpectedCertification, ...] = ()
    verdict: Literal["meets", "does_not_meet", "needs_review"] | None = None
    notes: str = ""
    path: Path = Field(default=Path(), exclude=True, description="The résumé file.")


def load_labels(folder: Path) -> list[Label]:
    """Every ``*.expected.yaml`` in ``folder``, sorted by file name."""
    labels = []
    for path in sorted(folder.glob("*.expected.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            label = Label.model_validate(data)
        except ValidationError as error:
            raise ValueError(f"{path}: not a valid label file:\n{error}") from error
        labels.append(label.model_copy(update={"path": folder / label.file}))
    return labels
