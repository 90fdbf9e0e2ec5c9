"""The skills component: every mention of a taxonomy skill, judged in context.

Registered as the spaCy factory ``screener_skills``; it sets ``doc.spans["skills"]`` to the
accepted mentions, each span's ``label_`` being the skill id. Read them back with
:func:`skill_spans`. It must run after ``screener_layout`` (it reads the sections).

Matching (built once per pipeline, from ``screener/taxonomy/skills.yaml``):

* Every surface form (name, aliases, exact aliases) is a pattern of a ``PhraseMatcher``:
  attr ``LOWER`` for case-insensitive forms, ``ORTH`` for case-sensitive and exact ones.
  Matching is on **tokens, never substrings**: "JavaScript" is one token, so "Java" cannot
  match inside it, and "R&D", "R$" are single tokens, so "R" does not match there.
* Pattern docs and the text are tokenised alike, by Screener's tokenizer, which splits
  on ``/`` and ``;`` ("C++/C", "sklearn;pandas") and before a lone capital's full stop
  ("C." at the end of a list); the component refuses any other tokenizer. "C#", "F#",
  ".NET", "Node.js", "C++" match as written.
* Typographic dashes and apostrophes: each form with ``-`` or ``'`` is also added with
  ``‐ ‑ – —`` and ``’`` in their place (the taxonomy is written in ASCII).
* Compounds: a form of two or three plain words is also matched hyphenated, as people
  write it before a noun ("infection-control protocols", "data-modeling work").
* Where matches overlap, the longest wins (then the earliest): "Java Script" over "Java",
  "Spring Boot" over "Spring", "C#" over "C".

Context (``WINDOW`` = 6 tokens either side of the mention, on the same line only):

* **Negative context, for every skill**: a mention is rejected when one of its skill's
  ``negative_context`` phrases (case-insensitive; a phrase of one or two characters
  matches its exact case) overlaps the window — "Java, Indonesia", "a ball python",
  "Go (the board game)", "Spring semester". The phrase may include the mention itself
  ("East Java", "Monty Python").
* **Other people's skills, for every skill**: a mention is rejected when it reads as
  someone else's skill (:mod:`screener.nlp.skill_owners`): "recruited Java and Python
  engineers", "services owned by the Java team", "our Java contractors", "the
  data-science team, who build their models in Python".
* **Ambiguous skills** (``requires_context: true``) are accepted only when, and the
  negative rule did not reject them, one of:

  1. the mention is in a "skills" section;
  2. one of the skill's ``context`` phrases overlaps the window (phrases of one or two
     characters, such as "R", match their exact case only);
  3. another *unambiguous technical* mention overlaps the window: a match of a skill that
     does not require context, whose category is technical (not ``soft``, ``domain``,
     ``practice`` or ``tool``) and that was not itself rejected by negative context.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from screener.nlp.annotations import SECTIONS_ATTR, dates_of, sections_of, text_of
from screener.nlp.dates import DateRange
from screener.nlp.sections import Section, section_at
from screener.nlp.skill_owners import Owners
from screener.nlp.wrapped import first_words, wrapped_spans
from screener.taxonomy import SkillEntry, SkillTaxonomy, load_skills

SKILLS_COMPONENT = "screener_skills"
SPAN_KEY = "skills"
WINDOW = 6
"""Tokens either side of a mention (same line) searched for context."""


NON_TECHNICAL = frozenset({"soft", "domain", "practice", "tool"})
"""Categories whose mentions do not confirm an ambiguous neighbour."""

_DASHES = ("\u2010", "\u2011", "\u2013", "\u2014")
_APOSTROPHES = ("\u2019",)
_GLUE_PROBE = "C++/C sklearn;pandas C."
_GLUE_PROBE_TOKENS = ["C++", "/", "C", "sklearn", ";", "pandas", "C", "."]


@dataclass(frozen=True, slots=True)
class _Rules:
    """What the context rules need to know about one skill."""

    requires_context: bool
    confirms: bool
    context: frozenset[int]
    negative: frozenset[int]


def variants(form: str) -> list[str]:
    """``form`` and its spellings with typographic dashes and apostrophes."""
    forms = [form]
    if "-" in form:
        forms += [form.replace("-", dash) for dash in _DASHES]
    if "'" in form:
        forms += [f.replace("'", apostrophe) for f in list(forms) for apostrophe in _APOSTROPHES]
    return forms


def hyphenated(form: str) -> str:
    """``form`` of two or three plain words joined by hyphens; ``""`` for any other form."""
    words = form.split(" ")
    if 2 <= len(words) <= 3 and all(word.isalpha() for word in words):
        return "-".join(words)
    return ""


class SkillMatcher:
    """The ``screener_skills`` component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = SKILLS_COMPONENT) -> None:
        """Build the matchers over every surface form and context phrase, once."""
        self.name = name
        # Forms such as "C++/C" and "C." are matched on the tokens of Screener's own
        # tokenizer (screener.nlp.pipeline), which splits them; another tokenizer would
        # silently miss them, so it is refused.
        probe = [token.text for token in nlp.make_doc(_GLUE_PROBE)]
        if probe != _GLUE_PROBE_TOKENS:
            raise ValueError(
                f"{name} needs Screener's tokenizer (screener.nlp.pipeline.get_nlp): it must "
                f"split {_GLUE_PROBE!r} into {_GLUE_PROBE_TOKENS}, got {probe}"
            )
        self.taxonomy: SkillTaxonomy = load_skills()
        vocab = nlp.vocab
        self._forms = {
            "LOWER": PhraseMatcher(vocab, attr="LOWER"),
            "ORTH": PhraseMatcher(vocab, attr="ORTH"),
        }
        self._phrases = {
            "LOWER": PhraseMatcher(vocab, attr="LOWER"),
            "ORTH": PhraseMatcher(vocab, attr="ORTH"),
        }
        patterns: dict[tuple[str, str], list[Doc]] = defaultdict(list)
        for skill in self.taxonomy.skills:
            for form in skill.surface_forms:
                attr = "ORTH" if form.case_sensitive else "LOWER"
                joined = hyphenated(form.text)
                for text in variants(form.text) + (variants(joined) if joined else []):
                    patterns[(attr, skill.id)].append(nlp.make_doc(text))
        for (attr, skill_id), docs in patterns.items():
            self._forms[attr].add(skill_id, docs)
        self._nlp = nlp
        self._wrap_starts = first_words(
            form.text for skill in self.taxonomy.skills for form in skill.surface_forms
        )
        self._rules = {skill.id: self._skill_rules(nlp, skill) for skill in self.taxonomy.skills}

    def _phrase_key(self, nlp: Language, phrase: str) -> int:
        attr = "ORTH" if len(phrase) <= 2 else "LOWER"
        key = f"{attr}:{phrase if attr == 'ORTH' else phrase.lower()}"
        key_id = nlp.vocab.strings.add(key)
        matcher = self._phrases[attr]
        if key not in matcher:
            matcher.add(key, [nlp.make_doc(text) for text in variants(phrase)])
        return key_id

    def _skill_rules(self, nlp: Language, skill: SkillEntry) -> _Rules:
        context = skill.context if skill.requires_context else ()
        return _Rules(
            requires_context=skill.requires_context,
            confirms=not skill.requires_context and skill.category not in NON_TECHNICAL,
            context=frozenset(self._phrase_key(nlp, phrase) for phrase in context),
            negative=frozenset(self._phrase_key(nlp, p) for p in skill.negative_context),
        )

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.spans["skills"]`` to the accepted skill mentions."""
        found: list[Span] = []
        for matcher in self._forms.values():
            found += matcher(doc, as_spans=True)
        found += wrapped_spans(self._nlp, self._forms.values(), doc, self._wrap_starts)
        text = text_of(doc)
        # a range joined across lines or cells quotes the title between its ends: not a date
        dates = [d for d in _dates(doc) if not any(c in text[d.start : d.end] for c in "\n\t")]
        mentions = sorted(
            (span for span in filter_spans(found) if not _in_a_date(span, dates)),
            key=lambda span: span.start,
        )
        if not mentions:
            doc.spans[SPAN_KEY] = []
            return doc
        phrases: list[tuple[int, int, int]] = []
        for matcher in self._phrases.values():
            phrases += matcher(doc)
        by_key: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for key, start, end in phrases:
            by_key[key].append((start, end))
        windows = [_window(doc, text, span) for span in mentions]
        listed = frozenset(i for span in mentions for i in range(span.start, span.end))
        owners = Owners(doc)
        negative = [
            _near(by_key, self._rules[span.label_].negative, window)
            or owners.others_skill(span, window, listed)
            for span, window in zip(mentions, windows, strict=True)
        ]
        confirming = [
            (span.start, span.end)
            for span, rejected in zip(mentions, negative, strict=True)
            if not rejected and self._rules[span.label_].confirms
        ]
        sections = _sections(doc)
        accepted = [
            span
            for span, window, rejected in zip(mentions, windows, negative, strict=True)
            if not rejected and self._confirmed(span, window, by_key, confirming, sections)
        ]
        doc.spans[SPAN_KEY] = accepted
        return doc

    def _confirmed(
        self,
        span: Span,
        window: tuple[int, int],
        by_key: dict[int, list[tuple[int, int]]],
        confirming: Sequence[tuple[int, int]],
        sections: Sequence[Section],
    ) -> bool:
        rules = self._rules[span.label_]
        if not rules.requires_context:
            return True
        if sections and section_at(sections, span.start_char) == "skills":
            return True
        if _near(by_key, rules.context, window):
            return True
        low, high = window
        return any(
            start < high and end > low and (start, end) != (span.start, span.end)
            for start, end in confirming
        )


def _dates(doc: Doc) -> list[DateRange]:
    try:
        return dates_of(doc)
    except KeyError:  # the layout component did not run
        return []


def _in_a_date(span: Span, dates: Sequence[DateRange]) -> bool:
    """Whether the mention is a word of a date: "Spring 2020" is a term, not the framework."""
    return any(d.start <= span.start_char and span.end_char <= d.end for d in dates)


def _sections(doc: Doc) -> list[Section]:
    try:
        return sections_of(doc)
    except KeyError:  # the layout component did not run
        return []


def _window(doc: Doc, text: str, span: Span) -> tuple[int, int]:
    """Token range ``[low, high)``: ``WINDOW`` tokens either side, clipped to the line."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    if line_end < 0:
        line_end = len(text)
    low = max(span.start - WINDOW, 0)
    while low < span.start and doc[low].idx < line_start:
        low += 1
    high = min(span.end + WINDOW, len(doc))
    while high > span.end and doc[high - 1].idx >= line_end:
        high -= 1
    return low, high


def _near(
    by_key: dict[int, list[tuple[int, int]]], keys: Iterable[int], window: tuple[int, int]
) -> bool:
    low, high = window
    return any(start < high and end > low for key in keys for start, end in by_key.get(key, ()))


@Language.factory(SKILLS_COMPONENT, requires=[f"doc._.{SECTIONS_ATTR}"], assigns=["doc.spans"])
def make_skill_matcher(nlp: Language, name: str) -> SkillMatcher:
    """Factory of the ``screener_skills`` component."""
    return SkillMatcher(nlp, name)


def skill_spans(doc: Doc) -> list[Span]:
    """The accepted skill mentions, in text order (empty if the component did not run)."""
    if SPAN_KEY not in doc.spans:
        return []
    return sorted(doc.spans[SPAN_KEY], key=lambda span: span.start)
