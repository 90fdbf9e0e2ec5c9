"""The posting vocabulary (``drafting/data/posting_words.yaml``): headings, cue phrases and
the lines that are no qualification, validated once and compiled into whole-word regexes.

Skills, degrees, fields and certifications are not here: drafting reads them with the
taxonomies of résumé extraction. See the header of the YAML file for the word syntax.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from importlib import resources
from typing import Literal, Self

import yaml
from pydantic import BaseModel, Field, model_validator

from screener.taxonomy import DegreeLevelId, load_skills
from screener.taxonomy.base import MODEL_CONFIG, Phrase, TaxonomyId, Version, raise_if
from screener.taxonomy.words import words_pattern

VOCABULARY_FILE = "posting_words.yaml"

SectionKind = Literal[
    "preferred", "eeo", "salary", "benefits", "company", "other", "duties", "required"
]
"""What a heading says its section holds, in the order headings are classified."""

HEADING_ORDER: tuple[SectionKind, ...] = (
    "preferred",
    "eeo",
    "salary",
    "benefits",
    "company",
    "other",
    "duties",
    "required",
)

Words = tuple[Phrase, ...]


class SkillGroup(BaseModel):
    """A kind of tool a posting names instead of tools ("AI tools"), and the tools."""

    model_config = MODEL_CONFIG

    id: TaxonomyId = Field(description="Names the drafted criterion.")
    words: Words = Field(min_length=1, description="How postings write the kind.")
    skills: tuple[TaxonomyId, ...] = Field(min_length=1, description="Skill ids it stands for.")


class SkillPhrase(BaseModel):
    """How postings paraphrase one skill ("explain … to" is communication)."""

    model_config = MODEL_CONFIG

    skill: TaxonomyId = Field(description="The skill id of skills.yaml the words mean.")
    words: Words = Field(min_length=1, description="Word syntax; '…' stands for a few words.")


class Headings(BaseModel):
    """The words of each class of heading (see :data:`HEADING_ORDER`)."""

    model_config = MODEL_CONFIG

    preferred: Words = Field(min_length=1)
    eeo: Words = Field(min_length=1)
    salary: Words = Field(min_length=1)
    benefits: Words = Field(min_length=1)
    company: Words = Field(min_length=1)
    other: Words = Field(min_length=1)
    duties: Words = Field(min_length=1)
    required: Words = Field(min_length=1)


class InlineCues(BaseModel):
    """Phrases inside a line that override its section's kind."""

    model_config = MODEL_CONFIG

    preferred: Words = Field(min_length=1)
    required: Words = Field(min_length=1)


class PostingVocabulary(BaseModel):
    """Everything ``posting_words.yaml`` holds; regexes are compiled on first use."""

    model_config = MODEL_CONFIG

    version: Version = Field(description="Recorded in every draft's report.")
    headings: Headings
    inline: InlineCues
    qualification_starts: Words = Field(min_length=1)
    competence_endings: Words = Field(min_length=1)
    competence_list_share: float = Field(
        default=0.6, gt=0, le=1, description="Share of competence lines that makes a profile."
    )
    screened_soft_skills: tuple[TaxonomyId, ...] = Field(
        default=(), description="Soft skills drafted like other skills."
    )
    not_required: Words = Field(min_length=1, description="'No degree required', …")
    preferred_tails: Words = Field(min_length=1, description="'…, ideally at …' opens a tail.")
    stack_words: Words = Field(min_length=1, description="'We use …' after a requirement.")
    accepted_alternatives: Words = Field(min_length=1, description="'… is fine'.")
    decade_words: Words = Field(min_length=1, description="'A decade' of experience.")
    equivalent_years: dict[DegreeLevelId, float] = Field(
        default_factory=dict, description="Years of experience a degree level stands for."
    )
    example_words: Words = Field(min_length=1)
    similar_words: Words = Field(min_length=1)
    equivalent_experience: Words = Field(min_length=1)
    degree_substitutes: Words = Field(min_length=1)
    related_fields: Words = Field(min_length=1)
    certification_words: Words = Field(min_length=1)
    in_progress_words: Words = Field(min_length=1)
    untestable_starts: Words = Field(default=(), description="'or completion of …'.")
    untestable_nouns: Words = Field(default=(), description="'or an LPN credential'.")
    month_words: Words = Field(min_length=1)
    experience_maximum: Words = Field(min_length=1)
    not_experience_after: Words = Field(min_length=1)
    process_knowledge: Words = Field(
        default=(), description="'understanding of … processes': examples, not skills."
    )
    after_hire: Words = Field(default=(), description="'within 6 months of hire' ('…' syntax).")
    obtain_words: Words = Field(default=(), description="'or the ability to obtain it …'.")
    not_experience_before: Words = Field(min_length=1, description="'in the last 7 years'")
    personal_qualities: Words = Field(min_length=1)
    outside_screening: Words = Field(min_length=1)
    skill_groups: tuple[SkillGroup, ...] = ()
    skill_phrases: tuple[SkillPhrase, ...] = ()
    role_nouns: dict[Phrase, Phrase] = Field(
        default_factory=dict, description="A role's noun and its activity: engineer → engineering."
    )
    credential_categories: dict[Phrase, Phrase] = Field(default_factory=dict)
    generic_degrees: dict[Phrase, DegreeLevelId] = Field(default_factory=dict)
    degree_level_words: dict[Phrase, DegreeLevelId] = Field(default_factory=dict)
    title_noise: Words = ()
    title_separators: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _skill_ids_known(self) -> Self:
        known = load_skills().ids
        unknown = [
            f"group {group.id!r} names unknown skill {skill!r}"
            for group in self.skill_groups
            for skill in group.skills
            if skill not in known
        ]
        unknown += [
            f"phrase of {phrase.skill!r}: unknown skill"
            for phrase in self.skill_phrases
            if phrase.skill not in known
        ]
        raise_if(unknown, "skill groups and phrases")
        soft = [
            f"screened soft skill {skill!r} is no soft skill of skills.yaml"
            for skill in self.screened_soft_skills
            if skill not in known or load_skills().by_id(skill).category != "soft"
        ]
        raise_if(soft, "screened soft skills")
        return self

    def heading_pattern(self, kind: SectionKind) -> re.Pattern[str]:
        """The whole-word regex of one class of heading."""
        return _compiled(getattr(self.headings, kind))

    @cached_property
    def inline_preferred(self) -> re.Pattern[str]:
        """An in-line "preferred" cue ("… is a plus", "ideally")."""
        return _compiled(self.inline.preferred)

    @cached_property
    def inline_required(self) -> re.Pattern[str]:
        """An in-line "required" cue ("… required", "must")."""
        return _compiled(self.inline.required)

    def pattern(self, name: str) -> re.Pattern[str]:
        """The whole-word regex of one word list of the file, by its key."""
        return _compiled(tuple(getattr(self, name)))

    @staticmethod
    def words_regex(words: Words) -> re.Pattern[str]:
        """The whole-word regex of any list of words (compiled once per list)."""
        return _compiled(words)


@lru_cache(maxsize=64)
def _compiled(words: Words) -> re.Pattern[str]:
    return words_pattern({"en": words})


@lru_cache(maxsize=1)
def load_vocabulary() -> PostingVocabulary:
    """The shipped posting vocabulary, validated (skill ids checked against skills.yaml)."""
    text = resources.files("screener.drafting").joinpath("data").joinpath(VOCABULARY_FILE)
    data = yaml.safe_load(text.read_text(encoding="utf-8"))
    try:
        return PostingVocabulary.model_validate(data)
    except ValueError as error:
        error.add_note(f"while loading screener/drafting/data/{VOCABULARY_FILE}")
        raise
