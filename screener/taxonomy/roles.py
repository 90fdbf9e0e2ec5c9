"""Role words: what makes a dated role an internship or part-time, or a line an experience
claim ("5+ years"), per language.

``roles.yaml`` holds the words; :meth:`RoleVocabulary.pattern` turns one list into a
case-insensitive whole-word regex (a space matches any whitespace, a trailing ``*`` any
word ending, a leading ``*`` any word beginning: German compounds).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from screener.taxonomy.base import MODEL_CONFIG, Phrase, Version
from screener.taxonomy.words import (
    LanguageCode,
    WordsByLanguage,
    words_alternation,
    words_pattern,
)


class RoleVocabulary(BaseModel):
    """Internship and part-time words by language (``roles.yaml``)."""

    model_config = MODEL_CONFIG

    version: Version
    internship_words: WordsByLanguage = Field(
        description="Words naming an internship, co-op, trainee post or assistantship."
    )
    employer_names: WordsByLanguage = Field(
        default_factory=dict,
        description="Employers whose names hold an internship word ('Co-op Group'): no internship.",
    )
    student_job_words: WordsByLanguage = Field(
        default_factory=dict,
        description="A role's description saying it was held while studying: a student job.",
    )
    part_time_words: WordsByLanguage = Field(description="Words naming part-time work.")
    volunteer_words: WordsByLanguage = Field(
        default_factory=dict, description="Unpaid roles that are not experience."
    )
    birth_words: WordsByLanguage = Field(
        default_factory=dict, description="A date of birth on a dated line (no position)."
    )
    break_words: WordsByLanguage = Field(
        default_factory=dict, description="Time away from work (career break, leave)."
    )
    job_words: WordsByLanguage = Field(description="Words that make a line a job title.")
    not_a_job_words: WordsByLanguage = Field(
        description="Degree, school and certificate words: a lone-dated line is no job."
    )
    claim_year_words: WordsByLanguage = Field(description="'years' in an experience claim.")
    claim_experience_words: WordsByLanguage = Field(
        description="'experience' in an experience claim."
    )
    claim_number_words: dict[LanguageCode, dict[Phrase, int]] = Field(
        description="Numbers written as words in an experience claim, with their value."
    )

    @staticmethod
    def alternation(words: WordsByLanguage) -> str:
        """A regex alternation (no group, no boundaries) of ``words``, longest first."""
        return words_alternation(words)

    @staticmethod
    def pattern(words: WordsByLanguage) -> re.Pattern[str]:
        """One case-insensitive regex matching any of ``words`` as whole words."""
        return words_pattern(words)
