"""Field-of-study text → field ids (``fields.yaml``), for degrees and the rules' fields."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from screener.taxonomy import FieldTaxonomy, load_fields
from screener.taxonomy.words import words_alternation

_FIELD_CUT = re.compile(
    r"\s[—–-]\s|[,;|·•(\[\t:/]|\s{3,}|\s+-{2,}\s+|\s(?:from|at|an|bei|en\s+la)\s"
    # a school's name ends the field: "Ingeniería de Sistemas Universidad de los Andes"
    r"|\s(?=(?:Universi\w+|Politechnika|Politecnico|Polytechnique|Hochschule|College|Instituto)\b)",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\([^()]*\)")
# a qualifier after a field: "Mechanical Engineering with Study in Industry", "Informatik
# mit Schwerpunkt KI", "Ingeniería Civil con mención en Estructuras"
_QUALIFIER = re.compile(r"\s(?:with|mit|con|com)\s", re.IGNORECASE)
_SEPARATOR = re.compile(r"[,;:|—–-]")
_MAX_FIELD_WORDS = 8
_SHORT_FIELD_WORDS = 3
_FIELD_SPLIT = re.compile(r"\s+(?:and|&|und|e|y|et|dan|i|ve)\s+", re.IGNORECASE)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # Unicode hyphens, no-break too
# "Electrical-Electronic Engineering": two capitalised words hyphenated mean "A and B"
_PAIR_HYPHEN = re.compile(r"(?<=[^\W\d_]{3})[-\u2010\u2011](?=[A-Z][^\W\d_]{2})")
_PAIR_SLASH = re.compile(r"(?<=[^\W\d_]{3})/(?=[A-Z][^\W\d_]{2})")  # "Electrical/Electronic"
_CONJUNCTIONS = frozenset({"and", "&", "und", "e", "y", "et", "dan", "i", "ve", "en"})


class FieldFinder:
    """Maps field-of-study text ("Computer Science", "Informatik") to field ids.

    The ``other`` entry is never matched from text (its name is an ordinary word).
    """

    def __init__(self, fields: FieldTaxonomy) -> None:
        self._fields = fields
        # Punctuation and the taxonomy's `lead_words` before a field ("in", "program in").
        self._lead = re.compile(
            r"^(?:[\s.,:;)\]\-–—]|(?:" + words_alternation(fields.lead_words) + r")\b)+",
            re.IGNORECASE,
        )
        self._looked_up: dict[str, str | None] = {}
        self._resolved: dict[str, tuple[str | None, str]] = {}

    def lookup(self, text: str) -> str | None:
        """The field id this whole text names (after folding apostrophes), or ``None``.

        ``other`` is returned for a field known to lie outside the taxonomy's fields
        (Philosophy, Culinary Arts): read, and not related to any of them.
        """
        return _remembered(self._looked_up, text, self._lookup)

    def _lookup(self, text: str) -> str | None:
        entry = self._fields.lookup(text.replace("’", "'").translate(_HYPHENS))
        if entry is None or (entry.id == "other" and text.strip().casefold() == "other"):
            return None
        return entry.id

    def longest_within(self, text: str) -> str | None:
        """The field named by the longest run of whole words that ends ``text`` after at
        most three words of qualifiers ("Eng. Computer Science", "Food Chemistry"), or that
        starts it before at most three ("Estatística Aplicada", "Enfermagem
        Médico-Cirúrgica"); on a tie, the ending run.

        A run right after a conjunction does not count ("Physics and Philosophy" is a
        double major, not philosophy), and neither does a job title ("Senior Machine
        Learning Engineer", the line after a name's academic title): it ends in "Engineer".
        """
        words = text.split()
        if len(words) > _MAX_FIELD_WORDS:
            return None
        runs = [
            (len(words) - first, words[first:], words[:first])
            for first in range(1, min(len(words), 4))
        ]
        runs += [
            (last, words[:last], []) for last in range(len(words) - 1, max(0, len(words) - 4), -1)
        ]
        for _, run, before in sorted(runs, key=lambda r: -r[0]):
            candidate = " ".join(run).strip(".,;:")
            if len(candidate) <= 2 or self._second_major(before):
                continue
            if (found := self.lookup(candidate)) is not None:
                return found
        return None

    def _paired(self, text: str) -> tuple[str, str] | None:
        """ "Electrical/Electronic Engineering" read as "A and B …" when that names a
        field (a slash also separates two fields: "Computer Science/Mathematics")."""
        head = _field_text(_PAIR_SLASH.sub(" and ", text))
        found = self.lookup(head)
        return None if found is None else (found, head)

    def _short_field(self, part: str) -> str | None:
        """The field of a short first part with a qualifier ("Food Chemistry"), not of a
        phrase ("Graduada en Ingeniería Informática y estudiante de …")."""
        return self.longest_within(part) if len(part.split()) <= _SHORT_FIELD_WORDS else None

    def _second_major(self, before: list[str]) -> bool:
        """Whether the words before a run end in a conjunction after a field ("Physics
        and"), so the run is the second of a double major; "d'État en" (French "in") is
        no field, and the run after it stands."""
        if not before or before[-1].casefold() not in _CONJUNCTIONS:
            return False
        return len(before) == 1 or self.lookup(" ".join(before[:-1]).strip(".,;:")) is not None

    def resolve(self, segment: str) -> tuple[str | None, str]:
        """Read a field segment: ``(field id or None, the field text as written)`` (see
        :meth:`_resolve`; the same segment is read by the degrees component and again by
        the extractor, so answers are remembered)."""
        return _remembered(self._resolved, segment, self._resolve)

    def _resolve(self, segment: str) -> tuple[str | None, str]:
        """Read a field segment: ``(field id or None, the field text as written)``.

        The segment is stripped of leading connectors ("in", "of", "de", "program in",
        "Universitario") and cut at the first separator (comma, dash with spaces, bracket,
        bar, tab, "from", "at", a university's name); bracketed asides ("(Hons)", "(ABD)")
        are skipped. Then, in order: the whole text names a field; "A and B" names A when
        both parts are fields (a double major); the longest run of words ending the text
        ("Eng. Computer Science") or starting it ("Estatística Aplicada") names one; "A
        and B" names A when A is a field ("Finance and Investments"). Text that names no
        field is returned as written only when nothing separates it from the form ("M.S.
        in Mekatronika"); after a comma or dash ("MBA, INSEAD") it is more likely a school.
        """
        text = _PARENS.sub(" ", segment.replace("\n", " "))
        lead = self._lead.match(text)
        separated = lead is not None and bool(_SEPARATOR.search(lead.group()))
        text = text[lead.end() :] if lead else text
        if _PAIR_SLASH.search(text) and (paired := self._paired(text)) is not None:
            return paired
        text = _field_text(text)
        if not text:
            return None, ""
        found = self.lookup(text) or self.lookup(_PAIR_HYPHEN.sub(" and ", text))
        if found is None and (qualified := _QUALIFIER.search(text)) is not None:
            found = self.lookup(text[: qualified.start()])  # the head must name a field
        if found is not None:
            return found, text
        parts = _FIELD_SPLIT.split(text)
        ids = [self.lookup(part) for part in parts]
        if len(parts) > 1 and all(ids):
            return ids[0], text
        if (within := self.longest_within(text)) is not None:
            return within, text
        if len(parts) > 1 and (first := ids[0] or self._short_field(parts[0])) is not None:
            return first, text  # "Food Chemistry and Technology": the first part's field
        return None, "" if separated else text


_REMEMBERED = 4096
"""Answers a FieldFinder keeps per method (pure functions of the text); then it starts over."""
T = TypeVar("T")


def _remembered(answers: dict[str, T], text: str, compute: Callable[[str], T]) -> T:
    if text in answers:
        return answers[text]
    if len(answers) >= _REMEMBERED:
        answers.clear()
    answer = answers[text] = compute(text)
    return answer


def _field_text(text: str) -> str:
    """The field's words: ``text`` up to its first separator, whitespace collapsed."""
    cut = _FIELD_CUT.search(text)
    return " ".join((text[: cut.start()] if cut else text).split()).strip(" .-–—)]")


@lru_cache(maxsize=1)
def field_finder() -> FieldFinder:
    """The process-wide :class:`FieldFinder` over ``fields.yaml``."""
    return FieldFinder(load_fields())
