"""Spoken languages: where they are read, names and levels in many languages, evidence."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from screener.extract.languages import EXTRACTOR
from screener.extract.profile import build_profile
from screener.models.document import Document
from screener.models.profile import Profile
from screener.parsing import text_document
from screener.provenance import extractor_versions
from screener.requirements.evaluate import screen_profile
from screener.screening import Screener
from screener.taxonomy.languages import LanguageVocabulary
from screener.taxonomy.loader import load_languages, read_data

HEAD = "Jane Doe\njane@example.com\n\nEXPERIENCE\nData Scientist, Acme, 2019 – 2021\n\n"


def extracted(text: str) -> tuple[Document, Profile]:
    """The production path: text → Document → Profile."""
    document = text_document(text)
    return document, build_profile(document, as_of="2026-11")


def found(text: str) -> tuple[tuple[str, str | None], ...]:
    return tuple((lang.code, lang.level) for lang in extracted(text)[1].languages)


CASES = [
    pytest.param(
        "LANGUAGES\nEnglish (native), German (C1), French – basic\nSpanish: B2 level\n",
        (("en", "native"), ("de", "C1"), ("fr", "basic"), ("es", "B2")),
        id="english-heading-parentheses-dash-colon-cefr",
    ),
    pytest.param(
        "Language Skills\n• English — Native or bilingual proficiency\n"
        "• German — Professional working proficiency\n• Italian — Elementary proficiency\n",
        (("en", "native"), ("de", "professional"), ("it", "basic")),
        id="linkedin-proficiency-phrases",
    ),
    pytest.param(
        "Languages\nEnglish: mother tongue\nDutch: business fluent\nJapanese: conversational\n",
        (("en", "native"), ("nl", "professional"), ("ja", "intermediate")),
        id="longest-level-phrase-wins",
    ),
    pytest.param(
        "Sprachkenntnisse\nDeutsch: Muttersprache\nEnglisch: verhandlungssicher\n"
        "Französisch: sehr gut\nSpanisch: gut\nItalienisch – Grundkenntnisse\n",
        (
            ("de", "native"),
            ("en", "professional"),
            ("fr", "fluent"),
            ("es", "intermediate"),
            ("it", "basic"),
        ),
        id="german",
    ),
    pytest.param(
        "Langues\nFrançais : langue maternelle\nAnglais : courant (C1)\nAllemand : notions\n",
        (("fr", "native"), ("en", "fluent"), ("de", "basic")),
        id="french",
    ),
    pytest.param(
        "IDIOMAS\nEspañol – nativo\nInglés – avanzado (C1)\nPortugués: intermedio\n",
        (("es", "native"), ("en", "fluent"), ("pt", "intermediate")),
        id="spanish",
    ),
    pytest.param(
        "Talen\nNederlands – moedertaal\nEngels – vloeiend\nDuits – goed\nFrans – basis\n",
        (("nl", "native"), ("en", "fluent"), ("de", "intermediate"), ("fr", "basic")),
        id="dutch",
    ),
    pytest.param(
        "Języki\npolski – język ojczysty\nangielski – biegły (C1)\nniemiecki – podstawowy\n",
        (("pl", "native"), ("en", "fluent"), ("de", "basic")),
        id="polish",
    ),
    pytest.param(
        "YABANCI DİLLER\nTürkçe: Ana dil\nİngilizce: Akıcı\nALMANCA (B1)\n",
        (("tr", "native"), ("en", "fluent"), ("de", "B1")),
        id="turkish-dotted-capitals",
    ),
    pytest.param(
        "Languages\nEnglish – C2 level\nGerman (Level B2)\nKorean\n",
        (("en", "C2"), ("de", "B2"), ("ko", None)),
        id="cefr-with-level-word-and-none",
    ),
    pytest.param(
        "Languages\nNative: English\nFluent in Spanish and Portuguese\n",
        (("en", "native"), ("es", "fluent"), ("pt", "fluent")),
        id="level-before-the-name",
    ),
    pytest.param(
        "LANGUAGES\nFilipino and English (fluent), Cebuano (conversational)\n",
        (("tl", "fluent"), ("en", "fluent")),
        id="names-joined-by-and-share-the-level",
    ),
    pytest.param(
        "Languages\nEnglish\nNative\nGerman\nB2\n",
        (("en", "native"), ("de", "B2")),
        id="level-on-the-next-line",
    ),
    pytest.param(
        "Languages\nPortuguês\tlíngua materna\nInglês\tC1 – IELTS 7.5\n"
        "English – native\tHindi – fluent\tTamil – conversational\n",
        (("pt", "native"), ("en", "C1"), ("hi", "fluent"), ("ta", "intermediate")),
        id="table-cells-joined-by-tabs",
    ),
    pytest.param(
        "LANGUAGES\nRomanian (native), English\n(C1), Hungarian\n(conversational), French (B1)\n",
        (("ro", "native"), ("en", "C1"), ("hu", "intermediate"), ("fr", "B1")),
        id="wrapped-level-in-brackets",
    ),
    pytest.param(
        "Languages\nEnglish ●●●●●\nGerman ■■■□□\nFrench 60%\nHindi 3/5\n",
        (("en", None), ("de", None), ("fr", None), ("hi", None)),
        id="dots-and-bars-cannot-be-read",
    ),
    pytest.param(
        "Languages\nMandarin (native), Farsi (B1), Flemish, Filipino – fluent\n",
        (("zh", "native"), ("fa", "B1"), ("nl", None), ("tl", "fluent")),
        id="informal-names",
    ),
    pytest.param(
        "SKILLS\nPython, SQL, Docker\nLanguages: English (native), German (C1)\n",
        (("en", "native"), ("de", "C1")),
        id="inline-line-closing-a-skills-section",
    ),
    pytest.param(
        "Skills: Python, SQL\nLanguages: English, French\n",
        (("en", None), ("fr", None)),
        id="inline-heading-chained",
    ),
    pytest.param(
        "SKILLS\nProgramming languages: Python, Java\nLanguages: Python, Java, Go\n",
        (),
        id="programming-languages-are-not-spoken",
    ),
    pytest.param(
        "Programming Languages\nPython, Java, Swift\n",
        (),
        id="programming-languages-heading-is-skills",
    ),
    pytest.param(
        "EDUCATION\nB.A. English Literature, Boston University, 2015\n\n"
        "SUMMARY\nFluent in German; worked in Java, Indonesia.\n",
        (),
        id="bare-words-are-never-languages",
    ),
    pytest.param(
        "LANGUAGES\nEnglish (C2)\n\nI have led delivery teams for German and French clients.\n",
        (("en", "C2"),),
        id="prose-in-a-languages-section-is-not-read",
    ),
    pytest.param(
        "LANGUAGES\nEnglish (fluent)\n\nSKILLS\nPython\nLanguages: English (native), Polish\n",
        (("en", "fluent"), ("pl", None)),
        id="one-per-code-first-level-wins",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_languages(body: str, expected: tuple[tuple[str, str | None], ...]) -> None:
    assert found(HEAD + body) == expected


def test_evidence_quotes_each_entry_exactly() -> None:
    text = HEAD + "LANGUAGES\n- English (native), German (C1)\n\nSKILLS\nLanguages: German – B2\n"
    document, profile = extracted(text)
    english, german = profile.languages
    assert [e.text for e in english.evidence] == ["English (native)"]
    assert [e.text for e in german.evidence] == ["German (C1)", "German – B2"]
    assert [e.section for e in german.evidence] == ["languages", "skills"]
    assert german.level == "C1"
    for language in profile.languages:
        assert language.name in {"English", "German"}
        for evidence in language.evidence:
            assert document.text[evidence.start : evidence.end] == evidence.text
            assert evidence.page == 1
            assert evidence.extractor == EXTRACTOR


def test_evidence_of_table_cells_and_wrapped_lines() -> None:
    text = HEAD + "Języki\npolski\tojczysty\nangielski, niemiecki\n(A2)\n"
    document, profile = extracted(text)
    quotes = {lang.code: lang.evidence[0].text for lang in profile.languages}
    assert quotes == {"pl": "polski\tojczysty", "en": "angielski", "de": "niemiecki\n(A2)"}
    for language in profile.languages:
        evidence = language.evidence[0]
        assert document.text[evidence.start : evidence.end] == evidence.text
        assert evidence.section == "languages"


def test_name_is_kept_as_written() -> None:
    _, profile = extracted(HEAD + "Sprachen\nENGLISCH (C1), Türkçe (Muttersprache)\n")
    assert [(lang.name, lang.code) for lang in profile.languages] == [
        ("ENGLISCH", "en"),
        ("Türkçe", "tr"),
    ]


def test_vocabulary_comes_from_cldr() -> None:
    vocabulary = load_languages()
    assert vocabulary.version
    for name, code in [("englisch", "en"), ("niemiecki", "de"), ("almanca", "de")]:
        assert vocabulary.names[name] == code
    assert vocabulary.names["norsk"] == "no"
    assert "java" not in vocabulary.names
    assert "python" not in vocabulary.names
    assert vocabulary.level_words["c1"] == "C1"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "blue"}, "Extra inputs are not permitted"),
        ({"informal": {"xx": ["Klingon"]}}, "unknown code 'xx'"),
        ({"levels": {"native": {"en": ["fluent"]}, "fluent": {"en": ["fluent"]}}}, "both"),
        ({"levels": {"basic": {"en": ["English"]}}}, "is a name and a level"),
        ({"codes": [False]}, "valid string"),  # an unquoted `no` in YAML
    ],
)
def test_vocabulary_is_validated(change: dict[str, object], message: str) -> None:
    data = {**read_data("languages.yaml"), **change}
    with pytest.raises(ValidationError, match=message):
        LanguageVocabulary.model_validate(data)


def test_extractor_version_is_in_provenance() -> None:
    assert extractor_versions()[EXTRACTOR.name] == EXTRACTOR.version


RESUME = """Dana Whitfield

EXPERIENCE
Senior ML Engineer, Northwind Analytics\t06/2019 – Present
Built ranking models in Python and Java services; deployed PyTorch models on AWS.

EDUCATION
M.S. Computer Science, Purdue University, 2016

SKILLS
Python, PyTorch, scikit-learn, SQL, Docker, Kubernetes
"""
LANGUAGES = "\nLANGUAGES\nEnglish (native), German (C1), Mandarin – basic\n"


def test_languages_never_change_a_screening() -> None:
    engine = Screener.from_rules("ml-engineer")
    without = engine.screen_text(RESUME, as_of="2026-11")
    with_languages = engine.screen_text(RESUME + LANGUAGES, as_of="2026-11")
    assert extracted(RESUME + LANGUAGES)[1].languages  # the section is read...
    assert with_languages.verdict == without.verdict  # ...and changes nothing
    assert with_languages.score == without.score
    assert with_languages.outcomes == without.outcomes


def test_a_profile_without_its_languages_screens_the_same() -> None:
    engine = Screener.from_rules("ml-engineer")
    document, profile = extracted(RESUME + LANGUAGES)
    rules, ref = engine.rules.ruleset, engine.rules.ref()
    full = screen_profile(profile, rules, ref, document=document)
    bare = profile.model_copy(update={"languages": ()})
    assert screen_profile(bare, rules, ref, document=document) == full
