"""Role words: what makes a dated role an internship or part-time, per language.

``roles.yaml`` holds the words; :meth:`RoleVocabulary.pattern` turns one list into a
case-insensitive whole-word regex (a space matches any whitespace, a trailing ``*`` any
word ending, a leading ``*`` any word beginning: German compounds).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from screener.taxonomy.base import MODEL_CONFIG, Phrase, Version

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
WordsByLanguage = dict[LanguageCode, tuple[Phrase, ...]]


def _word_pattern(word: str) -> str:
    lead = word.startswith("*")  # "*ingenieur*": the end of a compound (Entwicklungsingenieur)
    word = word.removeprefix("*")
    stem, star = (word[:-1], True) if word.endswith("*") else (word, False)
    body = r"\s+".join(re.escape(part) for part in stem.split())
    body = body.replace("'", "['\u2019]")
    if lead:
        body = r"\w*" + body
    if star:
        return body + r"\w*"
    return body + (r"(?!\w)" if stem[-1].isalnum() else "")


class RoleVocabulary(BaseModel):
    """Internship and part-time words by language (``roles.yaml``)."""

    model_config = MODEL_CONFIG

    version: Version
    internship_words: WordsByLanguage = Field(
        description="Words naming an internship, co-op, trainee post or assistantship."
    )
    part_time_words: WordsByLanguage = Field(description="Words naming part-time work.")
    volunteer_words: WordsByLanguage = Field(
        default_factory=dict, description="Unpaid roles that are not experience."
    )
    break_words: WordsByLanguage = Field(
        default_factory=dict, description="Time away from work (career break, leave)."
    )
    job_words: WordsByLanguage = Field(description="Words that make a line a job title.")
    claim_year_words: WordsByLanguage = Field(description="'years' in an experience claim.")
    claim_experience_words: WordsByLanguage = Field(
        description="'experience' in an experience claim."
    )

    @staticmethod
    def alternation(words: WordsByLanguage) -> str:
        """A regex alternation (no group, no boundaries) of ``words``, longest first."""
        unique = dict.fromkeys(word for group in words.values() for word in group)
        return "|".join(map(_word_pattern, sorted(unique, key=len, reverse=True)))

    @staticmethod
    def pattern(words: WordsByLanguage) -> re.Pattern[str]:
        """One case-insensitive regex matching any of ``words`` as whole words."""
        return re.compile(r"(?<!\w)(?:" + RoleVocabulary.alternation(words) + ")", re.I)
