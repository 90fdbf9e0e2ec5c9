"""Degree levels (ISCED 2011), the ways degrees are written, completion-status markers,
and the words read around a degree (context, products, schools)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Literal, Self

from pydantic import BaseModel, Field, PrivateAttr, ValidationInfo, model_validator

from screener.taxonomy.base import (
    MODEL_CONFIG,
    Phrase,
    SurfaceForm,
    TaxonomyId,
    Version,
    find_duplicates,
    find_form_conflicts,
    find_unknown_references,
    normalize_phrase,
    raise_if,
)
from screener.taxonomy.fields import FieldTaxonomy
from screener.taxonomy.words import WordsByLanguage

DegreeLevelId = Literal["none", "secondary", "associate", "bachelor", "master", "doctorate"]
"""The degree levels, lowest first."""

LEVEL_ORDER: tuple[DegreeLevelId, ...] = (
    "none",
    "secondary",
    "associate",
    "bachelor",
    "master",
    "doctorate",
)
"""The order in which ``degrees.yaml`` must list the levels (ascending rank)."""

FIELD_IDS_CONTEXT = "field_ids"
"""Validation-context key holding the field ids that a form's ``field`` may refer to."""


class DegreeForm(BaseModel):
    """One way a degree of some level is written ("B.Sc.", "Dipl.-Ing.", "MBA")."""

    model_config = MODEL_CONFIG

    text: Phrase = Field(description="The surface form, matched on tokens.")
    case_sensitive: bool = Field(
        default=False, description="If true, only exactly this case matches ('MA', 'BE')."
    )
    requires_context: bool = Field(
        default=False,
        description="If true, the form is also an ordinary word or abbreviation and counts "
        "only in an education section or next to a catalog `context` word.",
    )
    education_only: bool = Field(
        default=False,
        description="If true, the form is also how job titles are written ('Ingeniero de') "
        "and counts only in an education section.",
    )
    field: TaxonomyId | None = Field(
        default=None,
        description="Field of study the degree names by itself (MBA: business-administration).",
    )
    starts_entry: bool = Field(
        default=False,
        description="If true, the form is a discipline's name and is a degree only where its "
        "entry starts it ('Ingeniería de Sistemas'), not inside a programme's name "
        "('Posgrado en Ciencia e Ingeniería de la Computación').",
    )


class DegreeLevel(BaseModel):
    """One level of education with its ISCED 2011 code, its rank and its surface forms."""

    model_config = MODEL_CONFIG

    id: DegreeLevelId = Field(description="Level id.")
    name: Phrase = Field(description='Display name, e.g. "Bachelor\'s degree".')
    isced: int = Field(ge=0, le=8, description="ISCED 2011 level.")
    rank: int = Field(ge=0, description="Order of the level: a higher rank is a higher level.")
    forms: tuple[DegreeForm, ...] = Field(default=(), description="How people write it.")


class StatusMarkers(BaseModel):
    """Phrases near a degree that say it is not (yet) completed."""

    model_config = MODEL_CONFIG

    in_progress: tuple[Phrase, ...] = Field(
        min_length=1, description="Still studying: 'expected 2027', 'pursuing', 'candidate'."
    )
    incomplete: tuple[Phrase, ...] = Field(
        min_length=1, description="Stopped without the degree: 'ABD', 'did not complete'."
    )


class DegreeCatalog(BaseModel):
    """The degree levels in ascending order, their forms, and status markers.

    A form's ``field`` is checked against field ids only when the validation context
    carries them under :data:`FIELD_IDS_CONTEXT` (as :meth:`validate_against` and the
    loader do).
    """

    model_config = MODEL_CONFIG

    version: Version = Field(description="Version of the data, recorded in provenance.")
    levels: tuple[DegreeLevel, ...] = Field(description="Levels, lowest rank first.")
    context: tuple[Phrase, ...] = Field(
        min_length=1,
        description="Words that confirm a `requires_context` form when nearby "
        "('degree', 'university', 'graduated').",
    )
    status_markers: StatusMarkers = Field(description="In-progress and incomplete markers.")
    product_words: tuple[Phrase, ...] = Field(
        min_length=1,
        description="A `requires_context` form before one is a product ('MS Office').",
    )
    institution_words: WordsByLanguage = Field(
        description="Case-sensitive words naming a school in a degree's line or block."
    )
    university_words: WordsByLanguage = Field(
        description="Case-sensitive words of an education line naming a university."
    )
    not_a_degree_words: WordsByLanguage = Field(
        description="An education line with one is a course or an exchange, not a degree."
    )

    _levels: dict[str, DegreeLevel] = PrivateAttr(default_factory=dict)
    _exact: dict[str, tuple[DegreeLevel, DegreeForm]] = PrivateAttr(default_factory=dict)
    _folded: dict[str, tuple[DegreeLevel, DegreeForm]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _check_and_index(self, info: ValidationInfo) -> Self:
        ids = tuple(level.id for level in self.levels)
        if ids != LEVEL_ORDER:
            raise ValueError(f"levels must be exactly {list(LEVEL_ORDER)} in this order")
        problems = [
            f"{high.id!r} must have a higher rank and ISCED level than {low.id!r}"
            for low, high in pairwise(self.levels)
            if not (high.rank > low.rank and high.isced > low.isced)
        ]
        raise_if(problems, "levels")
        forms = [(level, form) for level in self.levels for form in level.forms]
        surface = [SurfaceForm(f.text, f.case_sensitive, level.id) for level, f in forms]
        raise_if(find_form_conflicts(surface), "degree forms")
        markers = [*self.status_markers.in_progress, *self.status_markers.incomplete]
        duplicates = find_duplicates(marker.casefold() for marker in markers)
        raise_if([f"{dup!r} listed twice" for dup in duplicates], "status markers")
        context = info.context if isinstance(info.context, dict) else {}
        if FIELD_IDS_CONTEXT in context:
            fields = {form.text: (form.field,) for _, form in forms if form.field}
            known = context[FIELD_IDS_CONTEXT]
            raise_if(find_unknown_references(fields, known, "field"), "degree forms")
        self._levels = {level.id: level for level in self.levels}
        self._exact = {f.text: (lv, f) for lv, f in forms if f.case_sensitive}
        self._folded = {f.text.casefold(): (lv, f) for lv, f in forms if not f.case_sensitive}
        return self

    @classmethod
    def validate_against(cls, data: Any, fields: FieldTaxonomy) -> DegreeCatalog:
        """Validate ``data`` (parsed YAML) and check every form's field is in ``fields``."""
        return cls.model_validate(data, context={FIELD_IDS_CONTEXT: fields.ids})

    def level(self, level_id: str) -> DegreeLevel:
        """The level with this id; ``KeyError`` if there is none."""
        try:
            return self._levels[level_id]
        except KeyError:
            raise KeyError(f"unknown degree level {level_id!r}") from None

    def rank(self, level_id: str) -> int:
        """The rank of a level (higher is more advanced)."""
        return self.level(level_id).rank

    def meets(self, level_id: str, min_level_id: str) -> bool:
        """Whether a degree at ``level_id`` satisfies a ``min_level_id`` requirement."""
        return self.rank(level_id) >= self.rank(min_level_id)

    def lookup(self, text: str) -> tuple[DegreeLevel, DegreeForm] | None:
        """The level and form a whole surface form names ("B.Sc.", "PhD"), or ``None``."""
        phrase = normalize_phrase(text)
        return self._exact.get(phrase) or self._folded.get(phrase.casefold())
