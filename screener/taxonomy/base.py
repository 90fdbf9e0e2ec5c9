"""Building blocks shared by the taxonomy models: identifiers, phrases, surface forms, checks.

A *surface form* is one way a taxonomy entry is written in a résumé ("Python", "python3",
"ML"). Forms are matched case-insensitively unless they are marked case-sensitive, in
which case only exactly that spelling matches. Within one catalog a text may identify at
most one entry; :func:`find_form_conflicts` enforces that and :class:`FormIndex` answers
"which entry is this text?" under the same rules.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, StringConstraints

MODEL_CONFIG = ConfigDict(extra="forbid", frozen=True)
"""Configuration of every taxonomy model: unknown keys are errors, instances are immutable."""

TaxonomyId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
"""A stable identifier: lowercase kebab-case ASCII, e.g. ``scikit-learn``."""

Version = Annotated[str, StringConstraints(pattern=r"^\d{4}\.\d{1,2}\.\d+$")]
"""A calendar version ``YEAR.MONTH.PATCH`` such as ``2026.11.0``."""


def normalize_phrase(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())


def fold_phrase(text: str) -> str:
    """Case, accents and "&" folded: "História" ~ "historia", "A & B" ~ "a and b"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def _check_phrase(value: str) -> str:
    if not value or value != normalize_phrase(value):
        raise ValueError("must be non-empty, without leading, trailing or repeated whitespace")
    return value


Phrase = Annotated[str, AfterValidator(_check_phrase)]
"""A non-empty piece of text with normalised whitespace (a name, an alias, a context word)."""


@dataclass(frozen=True, slots=True)
class SurfaceForm:
    """One way an entry is written, and whether only exactly this case may match."""

    text: str
    case_sensitive: bool
    owner: str


def find_form_conflicts(forms: Iterable[SurfaceForm]) -> list[str]:
    """Describe every form that could identify more than one entry, or repeats one.

    Case-insensitive forms clash when their case-folded texts are equal. A case-sensitive
    form clashes with an identical case-sensitive form and with any case-insensitive form
    that folds to the same text (the insensitive one would match it too). Two
    case-sensitive forms that differ only in case ("Go" and "GO") do not clash.
    """
    insensitive: dict[str, SurfaceForm] = {}
    sensitive: dict[str, SurfaceForm] = {}
    sensitive_folded: dict[str, SurfaceForm] = {}
    problems: list[str] = []
    for form in forms:
        folded = form.text.casefold()
        if form.case_sensitive:
            other = sensitive.get(form.text) or insensitive.get(folded)
            sensitive.setdefault(form.text, form)
            sensitive_folded.setdefault(folded, form)
        else:
            other = insensitive.get(folded) or sensitive_folded.get(folded)
            insensitive.setdefault(folded, form)
        if other is not None:
            problems.append(
                f"surface form {form.text!r} of {form.owner!r} clashes with "
                f"{other.text!r} of {other.owner!r}"
            )
    return problems


class FormIndex:
    """Look up which entry a piece of text names, honouring case sensitivity.

    A case-sensitive form wins over a case-insensitive one; the conflict rules of
    :func:`find_form_conflicts` guarantee the answer is unique in a valid catalog.
    """

    __slots__ = ("_exact", "_folded")

    def __init__(self, forms: Iterable[SurfaceForm]) -> None:
        """Index ``forms``; later duplicates (invalid catalogs only) are ignored."""
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for form in forms:
            if form.case_sensitive:
                self._exact.setdefault(form.text, form.owner)
            else:
                self._folded.setdefault(fold_phrase(form.text), form.owner)

    def lookup(self, text: str) -> str | None:
        """The id of the entry ``text`` is a surface form of, or ``None``."""
        phrase = normalize_phrase(text)
        return self._exact.get(phrase) or self._folded.get(fold_phrase(phrase))


def find_duplicates(values: Iterable[str]) -> list[str]:
    """Values that occur more than once, each reported once, in first-seen order."""
    seen: set[str] = set()
    repeated: dict[str, None] = {}
    for value in values:
        if value in seen:
            repeated[value] = None
        seen.add(value)
    return list(repeated)


def find_unknown_references(
    references: Mapping[str, Iterable[str]], known: Iterable[str], what: str
) -> list[str]:
    """Describe each reference (``{source_id: [target ids]}``) to an id not in ``known``."""
    known_ids = set(known)
    return [
        f"{source!r} refers to unknown {what} {target!r}"
        for source, targets in references.items()
        for target in targets
        if target not in known_ids
    ]


def find_cycle(edges: Mapping[str, Iterable[str]]) -> list[str] | None:
    """One cycle in a directed graph as a path ``[a, b, ..., a]``, or ``None`` if acyclic."""
    done: set[str] = set()
    for root in edges:
        if root in done:
            continue
        path: list[str] = [root]
        on_path: set[str] = {root}
        stack = [iter(edges.get(root, ()))]
        while stack:
            target = next(stack[-1], None)
            if target is None:
                stack.pop()
                node = path.pop()
                on_path.discard(node)
                done.add(node)
            elif target in on_path:
                return [*path[path.index(target) :], target]
            elif target not in done:
                path.append(target)
                on_path.add(target)
                stack.append(iter(edges.get(target, ())))
    return None


def check_graph(
    edges: Mapping[str, Iterable[str]], known: Iterable[str], target: str, what: str
) -> None:
    """Raise unless every edge points at a known id and the graph has no cycle."""
    raise_if(find_unknown_references(edges, known, target), what)
    cycle = find_cycle(edges)
    raise_if([" -> ".join(cycle)] if cycle else [], f"{what} (cycle)")


def raise_if(problems: list[str], what: str) -> None:
    """Raise one ``ValueError`` listing ``problems``, if there are any."""
    if problems:
        listed = "; ".join(problems[:20])
        more = f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""
        raise ValueError(f"invalid {what}: {listed}{more}")
