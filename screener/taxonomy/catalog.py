"""What every catalog (skills, fields, certifications) offers: entries by id and by form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, Protocol, TypeVar

from pydantic import BaseModel, PrivateAttr

from screener.taxonomy.base import (
    FormIndex,
    SurfaceForm,
    find_duplicates,
    find_form_conflicts,
    raise_if,
)


class _Entry(Protocol):
    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=_Entry)


class IndexedCatalog(BaseModel, Generic[E]):
    """A validated list of entries with lookups by id and by whole surface form.

    Subclasses call ``_index`` from their ``model_validator`` once the entries are checked.
    """

    kind: ClassVar[str] = "entry"

    _by_id: dict[str, E] = PrivateAttr(default_factory=dict)
    _forms: FormIndex = PrivateAttr(default_factory=lambda: FormIndex(()))

    def _index(self, entries: Sequence[E], forms: Sequence[SurfaceForm]) -> list[str]:
        """Check ids and surface forms are unique, index them, and return the ids."""
        ids = [entry.id for entry in entries]
        raise_if([f"duplicate id {dup!r}" for dup in find_duplicates(ids)], f"{self.kind} ids")
        raise_if(find_form_conflicts(forms), f"{self.kind} surface forms")
        self._by_id = {entry.id: entry for entry in entries}
        self._forms = FormIndex(forms)
        return ids

    @property
    def ids(self) -> frozenset[str]:
        """The ids of all entries."""
        return frozenset(self._by_id)

    def by_id(self, entry_id: str) -> E:
        """The entry with this id; ``KeyError`` if there is none."""
        try:
            return self._by_id[entry_id]
        except KeyError:
            raise KeyError(f"unknown {self.kind} id {entry_id!r}") from None

    def get(self, entry_id: str) -> E | None:
        """The entry with this id, or ``None``."""
        return self._by_id.get(entry_id)

    def lookup(self, text: str) -> E | None:
        """The entry a whole surface form names, or ``None``.

        The entire text is compared with each form; nothing is searched inside it and no
        context rule applies (that is the extractor's job).
        """
        entry_id = self._forms.lookup(text)
        return None if entry_id is None else self._by_id[entry_id]
