"""Credential words (``credentials.yaml``): how a certificate stands (in progress, expired,
not earned) and what makes a certifications-section entry one (or a course, a school).
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
    not_earned: WordsByLanguage = Field(description="A course taken without the credential.")
    credential_words: WordsByLanguage = Field(description="Words naming a credential.")
    credential_heading_words: WordsByLanguage = Field(
        description="Words of a heading about credentials."
    )
    course_words: WordsByLanguage = Field(description="An entry starting so is a course.")
    school_words: WordsByLanguage = Field(description="Words naming a school.")
    table_header_words: WordsByLanguage = Field(description="Header row words of a table.")
