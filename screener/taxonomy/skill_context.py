"""Words that make a skill mention someone else's (``skill_context.yaml``), per language.

:meth:`SkillContext.matcher` turns one list into a predicate on a single lowercased token
(a trailing ``*`` matches any word ending).
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, Field

from screener.taxonomy.base import MODEL_CONFIG, Version
from screener.taxonomy.words import WordsByLanguage


class SkillContext(BaseModel):
    """The "other people's skills" vocabulary of the skills component."""

    model_config = MODEL_CONFIG

    version: Version
    recruiting_words: WordsByLanguage = Field(description="Recruiting verbs before a skill.")
    role_nouns: WordsByLanguage = Field(description="People recruited, after a skill.")
    team_nouns: WordsByLanguage = Field(description="A team right after 'the' + skill.")
    team_prepositions: WordsByLanguage = Field(
        description="Before 'the' + skill + team: the team is another one ('by', 'with')."
    )
    team_of_nouns: WordsByLanguage = Field(description="A team right before 'of' + skill.")
    team_of_words: WordsByLanguage = Field(description="The 'of' between a team and a skill.")
    relative_words: WordsByLanguage = Field(
        description="After a team and a comma, a clause about the team ('who', 'que')."
    )
    possessive_words: WordsByLanguage = Field(
        description="Before a skill and a role noun: other people ('our Java contractors')."
    )

    @staticmethod
    def matcher(words: WordsByLanguage) -> Callable[[str], bool]:
        """Whether a lowercased token is one of ``words``."""
        exact = {w.casefold() for group in words.values() for w in group if not w.endswith("*")}
        stems = tuple(
            w[:-1].casefold() for group in words.values() for w in group if w.endswith("*")
        )
        return lambda token: token in exact or token.startswith(stems)
