"""Vocabulary and the compiled regular expression behind :mod:`screener.nlp.dates`.

The words come from ``taxonomy/dates.yaml`` and CLDR (month names of many languages, see
:mod:`screener.taxonomy.dates`); this module turns them into two patterns over
*lower-cased* text (so that ``re`` can use its literal fast paths;
:func:`screener.nlp.dates.fold` lower-cases without moving offsets):

* :data:`CANDIDATE_RE` scans the text once and stops only where a date can begin
  (a digit, a quoted two-digit year, a month/season/"since" word after a non-word);
* :data:`DATE_RE`, with named groups, is matched at each candidate.

:mod:`screener.nlp.dates` turns each match into a value and applies the rules a regex
cannot express (month/year validity, end-before-start, where bare two-digit years count).

Group names are prefixed ``s_`` for the start of a range and ``e_`` for its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from screener.taxonomy.loader import load_dates

_VOCABULARY = load_dates()

MONTHS: dict[str, int] = _VOCABULARY.month_numbers
"""Lower-case month name or abbreviation -> month number (CLDR locales of dates.yaml)."""

SEASONS: dict[str, int] = _VOCABULARY.season_months
"""Lower-case season name -> its first month; a season covers three months."""

SINCE_WORDS = _VOCABULARY.since
CONNECTOR_WORDS = _VOCABULARY.connectors


def phrase_pattern(phrase: str) -> str:
    """A regex for a vocabulary phrase: spaces match any whitespace, ' matches ’ too."""
    parts = (re.escape(word).replace("'", "['\u2019]") for word in phrase.split())
    return r"\s+".join(parts)


OPEN_END_WORDS = tuple(
    phrase_pattern(word) for word in sorted(_VOCABULARY.open_ends, key=len, reverse=True)
)
OPEN_END_PREFIXES = tuple(
    phrase_pattern(word) for word in sorted(_VOCABULARY.open_end_prefixes, key=len, reverse=True)
)
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212~"
"""Hyphen, hyphen variants, en dash, em dash, horizontal bar, minus sign and tilde."""


_Trie = dict[str, "_Trie"]


def trie_branches(words: Iterable[str]) -> dict[str, str]:
    """Map each first character of ``words`` to a regex for the rest of those words.

    The rest is factored as a prefix trie: Python's ``re`` tries the branches of an
    alternation one by one, and factoring makes a miss cost one character test instead
    of one per word.  Longer words are preferred because every optional tail is greedy.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return {char: emit(child) for char, child in sorted(trie.items())}


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (see :func:`trie_branches`)."""
    return "(?:" + "|".join(re.escape(c) + rest for c, rest in trie_branches(words).items()) + ")"


_YEAR4 = r"(?:19[5-9]\d|20\d\d|2100)"
_QUOTE = "['\u2019\u2018`]"
_MONTH = trie_pattern(MONTHS)
_SEASON = trie_pattern(SEASONS)


_CONNECTOR = (
    rf"(?:\s*(?:[{DASHES}]{{1,2}}|->|\u2192|=>)\s*"
    rf"|\s+(?:{'|'.join(phrase_pattern(w) for w in CONNECTOR_WORDS)})\s+)"
)


def _atom(p: str, *, start: bool) -> str:
    """One date (a range endpoint or a lone date); group names get the prefix ``p``."""
    branches = [
        # Day-level numeric dates: 15/03/2019, 03/15/2019, 15.03.2019, 1-2-2019.
        rf"(?P<{p}d1>\d{{1,2}})(?P<{p}dsep>[/.\-])(?P<{p}d2>\d{{1,2}})(?P={p}dsep)"
        rf"(?P<{p}dy>{_YEAR4})",
        # ISO 2019-03, 2019/03, 2019-03-15, Chinese-style 2022.07, and compact year
        # ranges 2015-17, 2015/16.
        rf"(?P<{p}iy>{_YEAR4})(?P<{p}isep>[/.\-\u2013\u2014])(?P<{p}im>\d\d)"
        rf"(?:(?P={p}isep)(?P<{p}id>\d\d))?",
        # Numeric month-year: 06/2019, 6/2019, 03.2019, 06-2019, 01/21.
        rf"(?P<{p}nm>0?[1-9]|1[0-2])(?:[/.\-](?P<{p}ny>{_YEAR4})|/(?P<{p}nyy>\d\d))",
        # Month names: March 2019, Sept. 2018, Jan '21, Jan 21, March 15, 2019,
        # 15 March 2019, 1. März 2019, enero de 2020.
        rf"(?:(?P<{p}ld>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?)?"
        rf"(?P<{p}mon>{_MONTH})\.?"
        rf"(?:\s+(?P<{p}md>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+))?"
        rf"(?:\s+del?\s+|\s*[,/\-]\s*|\s*)"
        rf"(?:(?P<{p}my>{_YEAR4})|{_QUOTE}(?P<{p}myq>\d\d)|(?P<{p}myy>\d\d))",
        # Seasons: Summer 2020, Fall '19.
        rf"(?P<{p}sea>{_SEASON})\s+(?:of\s+|de\s+)?"
        rf"(?:(?P<{p}sy>{_YEAR4})|{_QUOTE}(?P<{p}syq>\d\d))",
        # Years: 2019, '19.
        rf"(?:(?P<{p}y>{_YEAR4})|{_QUOTE}(?P<{p}yq>\d\d))",
    ]
    if start:
        # A month name without a year ("Jan - Mar 2020"); valid only before a dated end.
        branches.append(rf"(?P<{p}mo>{_MONTH})\.?(?={_CONNECTOR})")
    return "(?:" + "|".join(f"(?:{b})" for b in branches) + r")(?!\d)"


_OPEN_END = (
    rf"(?P<open>(?:(?:{'|'.join(OPEN_END_PREFIXES)})\s+)?"
    rf"(?:{'|'.join(OPEN_END_WORDS)}))(?!\w)"
)
_LEFT_GUARD = (
    r"(?<![\w$€£¥#@+])"  # not inside a word, a price or a handle
    rf"(?<!\d[{DASHES}/.,:])"  # not the tail of 2019-2020-..., 1.2.2019, 27001:2013
)
_RIGHT_GUARD = rf"(?![\w%])(?![{DASHES}/.,:]\d)"

DATE_RE = re.compile(
    _LEFT_GUARD
    + rf"(?:(?P<since>{trie_pattern(SINCE_WORDS)})\s+)?"
    + _atom("s_", start=True)
    + rf"(?P<range>{_CONNECTOR}(?:{_OPEN_END}|{_atom('e_', start=False)}))?"
    + _RIGHT_GUARD
)
"""Matches one date expression (lone date or range) in lower-cased text."""


def _candidate_pattern() -> str:
    # ``re`` skips ahead fast only when a pattern starts with a character set, so the
    # pattern starts with the character *before* the date (anything a date may follow)
    # and then one alternation whose branches each start with one character.
    starts = trie_branches([*MONTHS, *SEASONS, *SINCE_WORDS])
    words = (f"{re.escape(c)}{rest}(?![^\\W\\d_])" for c, rest in starts.items())
    return r"[^\w$€£¥#@+](?:\d|['\u2019\u2018`]\d|" + "|".join(words) + ")"


CANDIDATE_RE = re.compile(_candidate_pattern())
"""In lower-cased text, one character followed by a place where :data:`DATE_RE` may
match (a digit, a quoted two-digit year, or a month/season/"since" word)."""

LEADING_NOISE = re.compile(r"[\s(\[{]*(?:(?:from|von|de|del|du)\s+)?")
"""What :func:`screener.nlp.dates.parse_date_range` tolerates before an expression."""
TRAILING_NOISE = re.compile(r"[\s)\]}.,;:]*")
"""What :func:`screener.nlp.dates.parse_date_range` tolerates after an expression."""
DIGITS_BEFORE = re.compile(r"\d\d[ \t]")
"""Two digits and a space just before a lone year: likely a spaced phone number."""
DIGITS_AFTER = re.compile(r"[ \t]\d\d")
"""A space and two digits just after a lone year: likely a spaced phone number."""
