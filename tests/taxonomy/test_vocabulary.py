"""Tests for the word vocabularies (``contact.yaml`` and the word lists of the other files).

Each model refuses a malformed file: an unknown key, a missing version, a missing list,
a value of the wrong type. The shipped files load and their words say what the
extractors expect.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from screener.taxonomy import DegreeCatalog, FieldTaxonomy
from screener.taxonomy.contact import ContactWords
from screener.taxonomy.credentials import CredentialStatusWords
from screener.taxonomy.loader import (
    load_contact_words,
    load_credential_status,
    load_degrees,
    load_roles,
    read_data,
    taxonomy_versions,
)
from screener.taxonomy.roles import RoleVocabulary
from screener.taxonomy.words import word_set, words_pattern

# (model, file, a list whose absence must be refused)
MODELS: list[tuple[type[BaseModel], str, str]] = [
    (ContactWords, "contact.yaml", "not_name_words"),
    (CredentialStatusWords, "credentials.yaml", "status_line_words"),
    (CredentialStatusWords, "credentials.yaml", "fuzzy_generic_words"),
    (RoleVocabulary, "roles.yaml", "claim_number_words"),
    (DegreeCatalog, "degrees.yaml", "institution_words"),
    (DegreeCatalog, "degrees.yaml", "product_words"),
    (FieldTaxonomy, "fields.yaml", "lead_words"),
]
IDS = [f"{filename}:{key}" for _, filename, key in MODELS]


def shipped(filename: str) -> dict[str, Any]:
    """A private copy of one shipped data file, to break."""
    return copy.deepcopy(read_data(filename))


@pytest.mark.parametrize(("model", "filename", "key"), MODELS, ids=IDS)
def test_shipped_file_is_valid(model: type[BaseModel], filename: str, key: str) -> None:
    assert model.model_validate(shipped(filename)) is not None


@pytest.mark.parametrize(("model", "filename", "key"), MODELS, ids=IDS)
def test_unknown_key_is_refused(model: type[BaseModel], filename: str, key: str) -> None:
    data = shipped(filename) | {"extra_words": {"en": ["x"]}}
    with pytest.raises(ValidationError, match="extra_words"):
        model.model_validate(data)


@pytest.mark.parametrize(("model", "filename", "key"), MODELS, ids=IDS)
def test_missing_version_is_refused(model: type[BaseModel], filename: str, key: str) -> None:
    data = shipped(filename)
    del data["version"]
    with pytest.raises(ValidationError, match="version"):
        model.model_validate(data)


@pytest.mark.parametrize(("model", "filename", "key"), MODELS, ids=IDS)
def test_missing_word_list_is_refused(model: type[BaseModel], filename: str, key: str) -> None:
    data = shipped(filename)
    del data[key]
    with pytest.raises(ValidationError, match=key):
        model.model_validate(data)


@pytest.mark.parametrize(
    "words",
    [
        {"english": ["cv"]},  # not a two-letter language code
        {"en": [" cv"]},  # untidy whitespace
        {"en": "cv"},  # a string, not a list
        {"en": [True]},  # an unquoted YAML `no`/`on`
    ],
    ids=["language", "whitespace", "not-a-list", "boolean"],
)
def test_malformed_word_list_is_refused(words: dict[str, Any]) -> None:
    data = shipped("contact.yaml") | {"title_words": words}
    with pytest.raises(ValidationError, match="title_words"):
        ContactWords.model_validate(data)


def test_number_words_need_integer_values() -> None:
    data = shipped("roles.yaml")
    data["claim_number_words"] = {"en": {"five": "5 years"}}
    with pytest.raises(ValidationError, match="claim_number_words"):
        RoleVocabulary.model_validate(data)


def test_contact_words_are_loaded_once_and_versioned() -> None:
    assert load_contact_words() is load_contact_words()
    assert taxonomy_versions()["contact"] == load_contact_words().version


# ------------------------------------------------------------------------ the words


def test_a_plus_ending_needs_more_letters() -> None:
    universi = words_pattern({"en": ["Universi+"]})
    assert universi.match("University of Ghana")
    assert universi.match("Universidad")
    assert not universi.match("Universi-")  # a word cut at a line end
    starred = words_pattern({"en": ["Universi*"]})
    assert starred.match("Universi-")


def test_word_set_casefolds_every_language() -> None:
    assert word_set({"en": ["CV", "Curriculum Vitae"], "de": ["Lebenslauf"]}) == {
        "cv",
        "curriculum vitae",
        "lebenslauf",
    }


def test_shipped_words_keep_their_values() -> None:
    numbers = load_roles().claim_number_words["en"]
    assert list(numbers)[:3] == ["zero", "one", "two"]  # order kept: the regex tries them so
    assert numbers["twenty"] == 20
    assert numbers["forty"] == 40
    assert "office" in load_degrees().product_words
    status = load_credential_status()
    assert "no" in status.headline_at_words["pt"]  # quoted in YAML, not the boolean
    assert "on" in status.fuzzy_generic_words["en"]
    assert "curriculum vitae" in word_set(load_contact_words().title_words)
