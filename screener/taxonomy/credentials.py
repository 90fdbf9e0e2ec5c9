"""How a certificate stands (``credentials.yaml``): in progress, expired, not earned."""

from __future__ import annotations

from pydantic import BaseModel, Field

from screener.taxonomy.base import MODEL_CONFIG, Version
from screener.taxonomy.words import WordsByLanguage


class CredentialStatusWords(BaseModel):
    """Status words of certification entries, per language."""

    model_config = MODEL_CONFIG

    version: Version
    in_progress: WordsByLanguage = Field(description="The credential is being worked for.")
    expired: WordsByLanguage = Field(description="The credential lapsed or was retired.")
    not_earned: WordsByLanguage = Field(description="A course taken without the credential.")
