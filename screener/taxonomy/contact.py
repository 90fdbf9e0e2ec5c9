"""Words for reading the contact block of a résumé (``contact.yaml``), per language."""

from __future__ import annotations

from pydantic import BaseModel, Field

from screener.taxonomy.base import MODEL_CONFIG, Version
from screener.taxonomy.words import WordsByLanguage


class ContactWords(BaseModel):
    """Title lines, words that are no part of a name, and the particles of names."""

    model_config = MODEL_CONFIG

    version: Version
    title_words: WordsByLanguage = Field(
        description="Whole lines that title the document ('Curriculum Vitae'), not a name."
    )
    not_name_words: WordsByLanguage = Field(
        description="A line with one is a headline, heading or address, not a name."
    )
    name_particles: WordsByLanguage = Field(
        description="Lowercase words a name may hold ('de', 'van', 'bin')."
    )
