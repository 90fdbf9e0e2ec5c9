"""Blanking the dates that reveal a candidate's age, for blind output.

A graduation year ("BSc 2009"), the first year of a career, a date of birth or a stated
age let a reader guess how old someone is, which must play no part in screening. In
blind output each of their digits becomes ``█`` — one character for one, so every
offset into the text stays where it was (the web page marks evidence at its offsets).
Month names and durations ("5 years of Python") are kept: they say nothing of age.

What is blanked (``blank_age_dates``):

* years 1900–2099 standing alone ("2009", "05/2009", "2009-05", "2015–2017") and the
  two-digit end of a range after one ("2009–13", not the month of "2019-05");
* two-digit years after an apostrophe ("Class of '09") or a month name ("Sep 15");
* numeric dates with a day ("12.05.1980", "5/12/80"), day and month included;
* ages: "age 45", "aged: 45", "45 years old", "45-year-old".
"""

from __future__ import annotations

import re

MASK = "█"
_MONTH = (  # English month names and their abbreviations
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_PATTERNS = [
    # a numeric date with its day: 12.05.1980, 5/12/80, 2009-05-12
    re.compile(r"(?<![\d.])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d])"),
    re.compile(r"(?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)"),
    # a year (the two-digit end of a range after one is ``_RANGE_END``)
    re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)"),
    # '09, ’09
    re.compile(r"['’‘]\d{2}(?!\d)"),
    # Sep 15, Sept. 09
    re.compile(rf"(?<![\w]){_MONTH}\s+\d{{2}}(?![\d:])", re.IGNORECASE),
    # ages
    re.compile(r"\b(?:age|aged)\s*:?\s*\d{1,3}\b", re.IGNORECASE),
    re.compile(r"\b\d{1,3}\s*(?:-\s*)?(?:years?|yrs?)(?:\s*|-)old\b", re.IGNORECASE),
]


# "2009–13": the end of a range written with two digits, when they come after the year's
# own (so "2019-05", May 2019, keeps its month)
_RANGE_END = re.compile(r"(?<!\d)(?:19|20)(\d{2})\s?[–—-]\s?(\d{2})(?![\d/.])")


def blank_age_dates(text: str) -> str:
    """``text`` with every digit of an age-revealing date or age replaced by ``█``.

    The result has the same length as ``text``, character for character.
    """
    hidden = [False] * len(text)
    spans = [m.span() for pattern in _PATTERNS for m in pattern.finditer(text)]
    spans += [m.span(2) for m in _RANGE_END.finditer(text) if int(m[2]) > int(m[1])]
    for start, end in spans:
        for index in range(start, end):
            if text[index].isdigit():
                hidden[index] = True
    if not any(hidden):
        return text
    return "".join(MASK if hide else char for char, hide in zip(text, hidden, strict=True))
