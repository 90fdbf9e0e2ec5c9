"""The certification catalog: credentials, their issuers, and the names people give them."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from screener.taxonomy.base import (
    MODEL_CONFIG,
    Phrase,
    SurfaceForm,
    TaxonomyId,
    Version,
    find_duplicates,
    find_unknown_references,
    raise_if,
)
from screener.taxonomy.catalog import IndexedCatalog
from screener.taxonomy.skills import SkillTaxonomy

SKILL_IDS_CONTEXT = "skill_ids"
"""Validation-context key holding the skill ids that ``topics`` may refer to."""


class CertificationEntry(BaseModel):
    """One credential as its issuer names it, with the informal names people write."""

    model_config = MODEL_CONFIG

    id: TaxonomyId = Field(description="Stable lowercase kebab-case identifier, e.g. 'cka'.")
    name: Phrase = Field(description="Official name, as the issuer writes it.")
    issuer: Phrase = Field(description="Who awards it (and the platform, if any).")
    aliases: tuple[Phrase, ...] = Field(
        default=(), description="Informal names, matched case-insensitively on tokens."
    )
    exact_aliases: tuple[Phrase, ...] = Field(
        default=(),
        description="Acronyms and exam codes matched only with exactly this case "
        "('PMP', 'AZ-900').",
    )
    topics: tuple[TaxonomyId, ...] = Field(
        default=(), description="Ids of skills (skills.yaml) the credential is about."
    )
    expires: bool = Field(
        description="Whether the credential normally lapses unless renewed (most cloud "
        "and security certifications do)."
    )
    narrower: tuple[TaxonomyId, ...] = Field(
        default=(),
        description="Ids of the issuer-specific forms of this generic credential: a mention "
        "of it whose entry names one of their issuers is that one ('Chartered Accountant, "
        "ICAI' is icai-ca).",
    )

    @property
    def surface_forms(self) -> tuple[SurfaceForm, ...]:
        """Every way this credential may be written: name, aliases and exact aliases."""
        forms = [SurfaceForm(text, False, self.id) for text in (self.name, *self.aliases)]
        forms += [SurfaceForm(text, True, self.id) for text in self.exact_aliases]
        return tuple(forms)


class CertificationCatalog(IndexedCatalog[CertificationEntry]):
    """All credentials, validated as a whole.

    ``topics`` are checked against skill ids only when the validation context carries
    them under :data:`SKILL_IDS_CONTEXT` (as :meth:`validate_against` and the loader do);
    the catalog alone cannot know which skills exist.
    """

    model_config = MODEL_CONFIG
    kind: ClassVar[str] = "certification"

    version: Version = Field(description="Version of the data, recorded in provenance.")
    abbreviations: dict[str, str] = Field(
        default_factory=dict,
        description="Words people shorten in certificate names (lowercase: ml -> machine "
        "learning); expanded on both sides before fuzzy matching.",
    )
    certifications: tuple[CertificationEntry, ...] = Field(
        min_length=1, description="The credentials."
    )

    @model_validator(mode="after")
    def _check_and_index(self, info: ValidationInfo) -> Self:
        forms = [form for entry in self.certifications for form in entry.surface_forms]
        self._index(self.certifications, forms)
        raise_if(
            [
                f"{entry.id!r} lists topic {dup!r} twice"
                for entry in self.certifications
                for dup in find_duplicates(entry.topics)
            ],
            "topics",
        )
        narrower = {entry.id: entry.narrower for entry in self.certifications}
        raise_if(find_unknown_references(narrower, narrower, "certification"), "narrower")
        context = info.context if isinstance(info.context, dict) else {}
        if SKILL_IDS_CONTEXT in context:
            topics = {entry.id: entry.topics for entry in self.certifications}
            known = context[SKILL_IDS_CONTEXT]
            raise_if(find_unknown_references(topics, known, "skill"), "topics")
        return self

    @classmethod
    def validate_against(cls, data: Any, skills: SkillTaxonomy) -> CertificationCatalog:
        """Validate ``data`` (parsed YAML) and check every topic is a skill in ``skills``."""
        return cls.model_validate(data, context={SKILL_IDS_CONTEXT: skills.ids})
