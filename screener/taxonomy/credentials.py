"""Credential words (``credentials.yaml``): how a certificate stands (in progress, expired,
not earned), what makes a certifications-section entry one (or a course, a school), where
an entry begins and ends, and the words fuzzy matching against the catalog leaves aside.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from screener.taxonomy.base import MODEL_CONFIG, Version
from screener.taxonomy.words import WordsByLanguage


class CredentialStatusWords(BaseModel):
    """The words of certification entries, per language."""

    model_config = MODEL_CONFIG

    version: Version
    in_progress: WordsByLanguage = Field(description="The credential is being worked for.")
    expired: WordsByLanguage = Field(description="The credential lapsed or was retired.")
    valid_until: WordsByLanguage = Field(
        default_factory=dict,
        description="Words before the date a credential runs to ('valid until March 2025'): "
        "expired when that date is before the as-of month.",
    )
    not_earned: WordsByLanguage = Field(description="A course taken without the credential.")
    credential_words: WordsByLanguage = Field(description="Words naming a credential.")
    credential_heading_words: WordsByLanguage = Field(
        description="Words of a heading about credentials."
    )
    course_words: WordsByLanguage = Field(description="An entry starting so is a course.")
    school_words: WordsByLanguage = Field(description="Words naming a school.")
    table_header_words: WordsByLanguage = Field(description="Header row words of a table.")
    status_line_words: WordsByLanguage = Field(
        description="A line starting so tells how the entry above stands ('Expired 06/2022')."
    )
    dated_since_words: WordsByLanguage = Field(
        description="'since' before the date cell that starts an entry of a dated list."
    )
    noise_status_words: WordsByLanguage = Field(
        description="Status words dropped from the end of an entry's name."
    )
    headline_at_words: WordsByLanguage = Field(
        description="'at' between a job title and an employer: the entry is a headline."
    )
    fuzzy_generic_words: WordsByLanguage = Field(
        description="Tokens that never make two credential names alike (the, certificate)."
    )
    fuzzy_level_words: WordsByLanguage = Field(
        description="Level tokens a fuzzy match must not leave unmatched (associate, expert)."
    )
    fuzzy_role_words: WordsByLanguage = Field(
        description="Role tokens that alone do not name a credential (engineer, analyst)."
    )
