"""The skill taxonomy: what each skill is called, how it is written, and what it implies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Literal, Self

from pydantic import BaseModel, Field, PrivateAttr, field_validator, model_validator

from screener.taxonomy.base import (
    MODEL_CONFIG,
    Phrase,
    SurfaceForm,
    TaxonomyId,
    Version,
    check_graph,
    find_duplicates,
    raise_if,
)
from screener.taxonomy.catalog import IndexedCatalog

SkillCategory = Literal[
    "programming-language",
    "markup-language",
    "framework",
    "library",
    "ml",
    "data",
    "cloud",
    "database",
    "devops",
    "tool",
    "practice",
    "security",
    "soft",
    "domain",
]
"""The fixed set of skill categories (see the header of ``skills.yaml`` for their meaning)."""


class SkillEntry(BaseModel):
    """One skill: its stable id, how it is written, and how ambiguous mentions are judged."""

    model_config = MODEL_CONFIG

    id: TaxonomyId = Field(description="Stable lowercase kebab-case identifier, e.g. 'python'.")
    name: Phrase = Field(description="Display name; also matched as a surface form.")
    category: SkillCategory = Field(description="Which kind of skill this is.")
    aliases: tuple[Phrase, ...] = Field(
        default=(),
        description="Other surface forms, matched on tokens, never inside words; their case "
        "matters only when `case_sensitive` is true.",
    )
    exact_aliases: tuple[Phrase, ...] = Field(
        default=(),
        description="Surface forms that match only with exactly this case whatever "
        "`case_sensitive` says (acronyms such as 'ML' whose lowercase is another word).",
    )
    implies: tuple[TaxonomyId, ...] = Field(
        default=(),
        description="Ids of skills anyone with this skill also has (spring-boot implies java).",
    )
    case_sensitive: bool = Field(
        default=False,
        description="If true, the name and aliases match only with exactly their case.",
    )
    requires_context: bool = Field(
        default=False,
        description="If true, a mention is ambiguous and is accepted only when context "
        "confirms it: a skills section, another programming skill nearby, or a `context` word.",
    )
    context: tuple[Phrase, ...] = Field(
        default=(), description="Words or phrases that confirm the skill when nearby."
    )
    negative_context: tuple[Phrase, ...] = Field(
        default=(),
        description="Words or phrases that reject a mention when nearby ('island' for Java).",
    )

    @field_validator("implies")
    @classmethod
    def _implies_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        raise_if([f"{dup!r} listed twice" for dup in find_duplicates(value)], "implies")
        return value

    @model_validator(mode="after")
    def _not_self_implied(self) -> Self:
        raise_if([f"{self.id!r} implies itself"] if self.id in self.implies else [], "implies")
        return self

    @property
    def surface_forms(self) -> tuple[SurfaceForm, ...]:
        """Every way this skill may be written: name, aliases and exact aliases."""
        forms = [SurfaceForm(t, self.case_sensitive, self.id) for t in (self.name, *self.aliases)]
        forms += [SurfaceForm(t, True, self.id) for t in self.exact_aliases]
        return tuple(forms)


class SkillTaxonomy(IndexedCatalog[SkillEntry]):
    """All skills, validated as a whole: unique ids and forms, known and acyclic implications."""

    model_config = MODEL_CONFIG
    kind: ClassVar[str] = "skill"

    version: Version = Field(description="Version of the data, recorded in provenance.")
    skills: tuple[SkillEntry, ...] = Field(min_length=1, description="The skills.")

    _implied: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _check_and_index(self) -> Self:
        forms = [form for skill in self.skills for form in skill.surface_forms]
        ids = self._index(self.skills, forms)
        edges = {skill.id: skill.implies for skill in self.skills}
        check_graph(edges, ids, "skill", "implies")
        self._implied = {skill_id: _closure(skill_id, edges) for skill_id in ids}
        return self

    def implied(self, skill_id: str) -> frozenset[str]:
        """Ids implied by ``skill_id``, directly or transitively (not the skill itself)."""
        if skill_id not in self._implied:
            raise KeyError(f"unknown skill id {skill_id!r}")
        return self._implied[skill_id]

    def with_implied(self, skill_ids: Iterable[str]) -> frozenset[str]:
        """``skill_ids`` plus everything they imply; ``KeyError`` for an unknown id."""
        result: set[str] = set()
        for skill_id in skill_ids:
            result |= self.implied(skill_id) | {skill_id}
        return frozenset(result)


def _closure(start: str, edges: dict[str, tuple[str, ...]]) -> frozenset[str]:
    seen: set[str] = set()
    pending = list(edges.get(start, ()))
    while pending:
        current = pending.pop()
        if current not in seen:
            seen.add(current)
            pending.extend(edges.get(current, ()))
    return frozenset(seen)
