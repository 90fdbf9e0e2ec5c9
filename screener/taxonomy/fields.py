"""The field-of-study taxonomy: fields, how they are written, parents and related fields,
and the words that may stand between a degree and its field."""

from __future__ import annotations

from typing import ClassVar, Self

from pydantic import BaseModel, Field, PrivateAttr, field_validator, model_validator

from screener.taxonomy.base import (
    MODEL_CONFIG,
    Phrase,
    SurfaceForm,
    TaxonomyId,
    Version,
    check_graph,
    find_duplicates,
    find_unknown_references,
    raise_if,
)
from screener.taxonomy.catalog import IndexedCatalog
from screener.taxonomy.words import WordsByLanguage


class FieldEntry(BaseModel):
    """One field of study."""

    model_config = MODEL_CONFIG

    id: TaxonomyId = Field(description="Stable lowercase kebab-case id, e.g. 'computer-science'.")
    name: Phrase = Field(description="Display name; also matched as a surface form.")
    aliases: tuple[Phrase, ...] = Field(
        default=(), description="Other ways the field is written, matched case-insensitively."
    )
    exact_aliases: tuple[Phrase, ...] = Field(
        default=(),
        description="Acronyms matched only with exactly this case ('IT', 'OR', 'CS').",
    )
    parent: TaxonomyId | None = Field(
        default=None, description="The broader field this one belongs to, if any."
    )
    related: tuple[TaxonomyId, ...] = Field(
        default=(),
        description="Fields close enough to count under `related: true`; the relation is "
        "symmetric, so listing it on one side is enough.",
    )

    @field_validator("related")
    @classmethod
    def _related_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        raise_if([f"{dup!r} listed twice" for dup in find_duplicates(value)], "related")
        return value

    @model_validator(mode="after")
    def _not_self_referencing(self) -> Self:
        problems = [f"{self.id!r} is its own parent"] if self.parent == self.id else []
        if self.id in self.related:
            problems.append(f"{self.id!r} is related to itself")
        raise_if(problems, "field")
        return self

    @property
    def surface_forms(self) -> tuple[SurfaceForm, ...]:
        """Every way this field may be written: name, aliases and exact aliases."""
        forms = [SurfaceForm(text, False, self.id) for text in (self.name, *self.aliases)]
        forms += [SurfaceForm(text, True, self.id) for text in self.exact_aliases]
        return tuple(forms)


class FieldTaxonomy(IndexedCatalog[FieldEntry]):
    """All fields of study, with a parent hierarchy and symmetric "related" links.

    Two fields are related (:meth:`is_related`) when they are the same field, when one
    is an ancestor of the other (electrical-engineering is engineering), or when a
    ``related`` link joins them directly. Relatedness is not transitive and siblings
    are not related merely for sharing a parent: civil and electrical engineering are
    both engineering, but neither is "a field related to" the other unless linked.
    """

    model_config = MODEL_CONFIG
    kind: ClassVar[str] = "field"

    version: Version = Field(description="Version of the data, recorded in provenance.")
    fields: tuple[FieldEntry, ...] = Field(min_length=1, description="The fields of study.")
    lead_words: WordsByLanguage = Field(
        description="Words between a degree and its field, skipped ('in', 'of', 'program')."
    )

    _links: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _check_and_index(self) -> Self:
        forms = [form for entry in self.fields for form in entry.surface_forms]
        ids = self._index(self.fields, forms)
        parents = {entry.id: (entry.parent,) for entry in self.fields if entry.parent}
        check_graph(parents, ids, "parent field", "parent")
        related = {entry.id: entry.related for entry in self.fields}
        raise_if(find_unknown_references(related, ids, "field"), "related")
        links: dict[str, set[str]] = {field_id: set() for field_id in ids}
        for source, targets in related.items():
            for target in targets:
                links[source].add(target)
                links[target].add(source)
        self._links = {field_id: frozenset(linked) for field_id, linked in links.items()}
        return self

    def ancestors(self, field_id: str) -> tuple[str, ...]:
        """Ids of the parent, grandparent, ... of ``field_id``, nearest first."""
        chain: list[str] = []
        parent = self.by_id(field_id).parent
        while parent is not None:
            chain.append(parent)
            parent = self._by_id[parent].parent
        return tuple(chain)

    def is_related(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` are the same, in one line of descent, or directly linked.

        Symmetric; ``KeyError`` if either id is unknown.
        """
        self.by_id(b)
        return (
            a == b
            or b in self.ancestors(a)
            or a in self.ancestors(b)
            or b in self._links[self.by_id(a).id]
        )

    def related_to(self, field_id: str) -> frozenset[str]:
        """Every field :meth:`is_related` to ``field_id``, including itself."""
        self.by_id(field_id)
        return frozenset(other for other in self._by_id if self.is_related(field_id, other))
