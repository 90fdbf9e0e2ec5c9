"""The posting vocabulary: validated data with a version, compiled into whole-word cues."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from screener.drafting.vocabulary import HEADING_ORDER, PostingVocabulary, load_vocabulary


def test_the_shipped_vocabulary_loads_with_a_version() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.version.count(".") == 2
    assert {group.id for group in vocabulary.skill_groups} >= {"ai-tools", "bi-tools"}
    assert HEADING_ORDER[0] == "preferred"  # "Preferred qualifications" is preferred


def test_unknown_keys_and_skill_ids_are_refused() -> None:
    data = load_vocabulary().model_dump()
    with pytest.raises(ValidationError):
        PostingVocabulary.model_validate({**data, "headingz": {}})
    groups = [{"id": "x", "words": ["X tools"], "skills": ["no-such-skill"]}]
    with pytest.raises(ValidationError, match="no-such-skill"):
        PostingVocabulary.model_validate({**data, "skill_groups": groups})


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Experience is a plus", True),
        ("Ideally, Kubernetes", True),
        ("Plush toys", False),
        ("preferably in Go", True),
    ],
)
def test_inline_preferred_cues_are_whole_words(text: str, found: bool) -> None:
    assert (load_vocabulary().inline_preferred.search(text) is not None) is found
