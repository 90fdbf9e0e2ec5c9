"""Load the taxonomy data shipped inside the package, validated and cached.

Each loader reads its YAML file once per process (``functools.lru_cache``) and returns
an immutable model, so callers may share the result freely. A file that fails
validation raises :class:`pydantic.ValidationError` with a note naming the file.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel

from screener.taxonomy.certifications import CertificationCatalog
from screener.taxonomy.contact import ContactWords
from screener.taxonomy.credentials import CredentialStatusWords
from screener.taxonomy.dates import DateVocabulary
from screener.taxonomy.degrees import DegreeCatalog
from screener.taxonomy.fields import FieldTaxonomy
from screener.taxonomy.languages import LanguageVocabulary
from screener.taxonomy.roles import RoleVocabulary
from screener.taxonomy.skill_context import SkillContext
from screener.taxonomy.skills import SkillTaxonomy

SKILLS_FILE = "skills.yaml"
CERTIFICATIONS_FILE = "certifications.yaml"
DEGREES_FILE = "degrees.yaml"
FIELDS_FILE = "fields.yaml"
DATES_FILE = "dates.yaml"
ROLES_FILE = "roles.yaml"
LANGUAGES_FILE = "languages.yaml"
SKILL_CONTEXT_FILE = "skill_context.yaml"
CREDENTIALS_FILE = "credentials.yaml"
CONTACT_FILE = "contact.yaml"
SECTIONS_FILE = "sections.yaml"

M = TypeVar("M", bound=BaseModel)

# libyaml's safe loader when PyYAML was built with it: 5-10x faster on the taxonomies.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_data(filename: str) -> Any:
    """The parsed YAML of one data file shipped in ``screener.taxonomy``."""
    text = resources.files("screener.taxonomy").joinpath(filename).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_SafeLoader)


def _noted(error: Exception, filename: str) -> Exception:
    error.add_note(f"while loading screener/taxonomy/{filename}")
    return error


def _validated(model: type[M], filename: str) -> M:
    """One data file validated by its model; a failure names the file."""
    try:
        return model.model_validate(read_data(filename))
    except ValueError as error:  # pydantic.ValidationError is a ValueError
        raise _noted(error, filename) from None


@lru_cache(maxsize=1)
def load_skills() -> SkillTaxonomy:
    """The shipped skill taxonomy (``skills.yaml``)."""
    try:
        return SkillTaxonomy.model_validate(read_data(SKILLS_FILE))
    except ValueError as error:  # pydantic.ValidationError is a ValueError
        raise _noted(error, SKILLS_FILE) from None


@lru_cache(maxsize=1)
def load_certifications() -> CertificationCatalog:
    """The shipped certification catalog (``certifications.yaml``), topics checked."""
    try:
        return CertificationCatalog.validate_against(read_data(CERTIFICATIONS_FILE), load_skills())
    except ValueError as error:
        raise _noted(error, CERTIFICATIONS_FILE) from None


@lru_cache(maxsize=1)
def load_fields() -> FieldTaxonomy:
    """The shipped field-of-study taxonomy (``fields.yaml``)."""
    return _validated(FieldTaxonomy, FIELDS_FILE)


@lru_cache(maxsize=1)
def load_degrees() -> DegreeCatalog:
    """The shipped degree catalog (``degrees.yaml``), form fields checked."""
    try:
        return DegreeCatalog.validate_against(read_data(DEGREES_FILE), load_fields())
    except ValueError as error:
        raise _noted(error, DEGREES_FILE) from None


@lru_cache(maxsize=1)
def load_dates() -> DateVocabulary:
    """The shipped date words (``dates.yaml``) with CLDR month names merged in."""
    return _validated(DateVocabulary, DATES_FILE)


@lru_cache(maxsize=1)
def load_roles() -> RoleVocabulary:
    """The shipped internship and part-time words (``roles.yaml``)."""
    return _validated(RoleVocabulary, ROLES_FILE)


@lru_cache(maxsize=1)
def load_languages() -> LanguageVocabulary:
    """The shipped spoken-language vocabulary (``languages.yaml``) with CLDR names merged."""
    return _validated(LanguageVocabulary, LANGUAGES_FILE)


@lru_cache(maxsize=1)
def load_skill_context() -> SkillContext:
    """The shipped "someone else's skill" words (``skill_context.yaml``)."""
    return _validated(SkillContext, SKILL_CONTEXT_FILE)


@lru_cache(maxsize=1)
def load_credential_status() -> CredentialStatusWords:
    """The shipped certificate status words (``credentials.yaml``)."""
    return _validated(CredentialStatusWords, CREDENTIALS_FILE)


@lru_cache(maxsize=1)
def load_contact_words() -> ContactWords:
    """The shipped words for reading a contact block (``contact.yaml``)."""
    return _validated(ContactWords, CONTACT_FILE)


@lru_cache(maxsize=1)
def sections_file_version() -> str:
    """The version of the heading list (``sections.yaml``; read by ``nlp/sections.py``)."""
    return str(read_data(SECTIONS_FILE)["version"])


def taxonomy_versions() -> dict[str, str]:
    """The version of each shipped taxonomy, for the provenance of a screening."""
    return {
        "skills": load_skills().version,
        "certifications": load_certifications().version,
        "degrees": load_degrees().version,
        "fields": load_fields().version,
        "dates": load_dates().version,
        "roles": load_roles().version,
        "languages": load_languages().version,
        "skill_context": load_skill_context().version,
        "credentials": load_credential_status().version,
        "contact": load_contact_words().version,
        "sections": sections_file_version(),
    }
