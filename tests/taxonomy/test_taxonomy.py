"""Tests for the shipped taxonomy data and the models that validate it."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from screener.taxonomy import (
    LEVEL_ORDER,
    CertificationCatalog,
    DegreeCatalog,
    FieldTaxonomy,
    SkillEntry,
    SkillTaxonomy,
    load_certifications,
    load_degrees,
    load_fields,
    load_skills,
    taxonomy_versions,
)
from screener.taxonomy.loader import read_data


def words(text: str) -> list[str]:
    """The whitespace-separated words of ``text``."""
    return text.split()


REQUIRED_SKILLS = words(
    """
    python java javascript typescript sql c cpp csharp r go scala kotlin rust swift matlab julia
    tensorflow pytorch keras scikit-learn pandas numpy spark hadoop docker kubernetes aws gcp azure
    sql-server postgresql mysql mongodb statistics data-science machine-learning deep-learning nlp
    computer-vision software-engineering spring spring-boot hibernate j2ee jython git linux airflow
    mlflow tableau power-bi excel data-analysis artificial-intelligence
    """
)

REQUIRED_CERTIFICATIONS = words(
    """
    mit-pcp-ml-ai ibm-ml-professional ml-with-python harvardx-ml aws-ml-specialty
    aws-ml-engineer-associate aws-solutions-architect-associate aws-cloud-practitioner
    aws-developer-associate gcp-ml-engineer gcp-data-engineer gcp-cloud-architect azure-ai-engineer
    azure-data-scientist azure-fundamentals azure-ai-fundamentals tensorflow-developer
    deeplearning-ai-deep-learning stanford-ml google-data-analytics ibm-data-science-professional
    databricks-ml-associate databricks-data-engineer-associate oracle-java-se-17 oracle-java-se-11
    oracle-java-foundations spring-professional cka ckad terraform-associate cissp
    comptia-security-plus ceh cism pmp capm csm psm-i itil-foundation cpa cfa-level-1
    """
)

REQUIRED_FIELDS = words(
    """
    computer-science software-engineering computer-engineering information-technology
    information-systems data-science machine-learning artificial-intelligence mathematics
    applied-mathematics statistics physics engineering electrical-engineering
    mechanical-engineering civil-engineering chemical-engineering industrial-engineering
    aerospace-engineering biomedical-engineering operations-research economics
    business-administration finance accounting marketing psychology biology chemistry english
    history communications nursing education law design other
    """
)

VERSION = "2026.11.0"


def skill(skill_id: str, **extra: Any) -> dict[str, Any]:
    """A minimal valid skill entry as it would appear in YAML."""
    return {"id": skill_id, "name": skill_id.title(), "category": "tool", **extra}


def field(field_id: str, **extra: Any) -> dict[str, Any]:
    """A minimal valid field entry as it would appear in YAML."""
    return {"id": field_id, "name": field_id.title(), **extra}


def degree_data(**overrides: Any) -> dict[str, Any]:
    """A minimal valid degrees document."""
    levels = [
        {"id": level, "name": level.title(), "isced": isced, "rank": rank, "forms": []}
        for rank, (level, isced) in enumerate(zip(LEVEL_ORDER, [0, 3, 5, 6, 7, 8], strict=True))
    ]
    levels[3]["forms"] = [{"text": "B.Sc."}]
    data: dict[str, Any] = {
        "version": VERSION,
        "context": ["degree"],
        "levels": levels,
        "status_markers": {"in_progress": ["expected"], "incomplete": ["ABD"]},
        "product_words": ["office"],
        "institution_words": {"en": ["Universi+"]},
        "university_words": {"en": ["Universi+"]},
        "not_a_degree_words": {"en": ["course"]},
    }
    data.update(overrides)
    return data


# ------------------------------------------------------------------------ shipped data


def test_every_file_loads_with_its_version() -> None:
    files = {name: read_data(f"{name}.yaml")["version"] for name in taxonomy_versions()}
    assert taxonomy_versions() == files
    assert {"skills", "certifications", "degrees", "fields", "dates"} <= set(files)
    assert all(version.startswith("2026.") for version in files.values())


def test_loaders_are_cached() -> None:
    assert load_skills() is load_skills()
    assert load_certifications() is load_certifications()
    assert load_degrees() is load_degrees()
    assert load_fields() is load_fields()


def test_counts() -> None:
    assert len(load_skills().skills) >= 420
    assert len(load_certifications().certifications) >= 65


@pytest.mark.parametrize(
    ("ids", "loader"),
    [
        (REQUIRED_SKILLS, lambda: load_skills().ids),
        (REQUIRED_CERTIFICATIONS, lambda: load_certifications().ids),
        (REQUIRED_FIELDS, lambda: load_fields().ids),
    ],
    ids=["skills", "certifications", "fields"],
)
def test_required_ids_exist(ids: list[str], loader: Any) -> None:
    assert sorted(set(ids) - loader()) == []


def test_certification_topics_are_skills() -> None:
    skill_ids = load_skills().ids
    for entry in load_certifications().certifications:
        assert set(entry.topics) <= skill_ids, entry.id


def test_degree_form_fields_are_fields() -> None:
    field_ids = load_fields().ids
    for level in load_degrees().levels:
        for form in level.forms:
            assert form.field is None or form.field in field_ids, form.text


# ---------------------------------------------------------------------------- skills


def test_java_and_javascript_never_reach_each_other() -> None:
    skills = load_skills()
    assert skills.lookup("Java") == skills.by_id("java")
    assert skills.lookup("java").id == "java"  # type: ignore[union-attr]
    assert skills.lookup("JavaScript").id == "javascript"  # type: ignore[union-attr]
    assert skills.lookup("Java Script").id == "javascript"  # type: ignore[union-attr]
    assert "javascript" not in skills.implied("java")
    assert "java" not in skills.implied("javascript")
    java_forms = [form.text.casefold() for form in skills.by_id("java").surface_forms]
    assert not [text for text in java_forms if "script" in text]


@pytest.mark.parametrize(
    ("skill_id", "expected"),
    [
        ("spring-boot", {"spring", "java"}),
        ("j2ee", {"java"}),
        ("jython", {"python"}),
        ("pyspark", {"spark", "python"}),
        ("pandas", {"python"}),
        ("pytorch", {"python"}),
        ("deep-learning", {"machine-learning", "artificial-intelligence"}),
        ("postgresql", {"sql"}),
    ],
)
def test_implications(skill_id: str, expected: set[str]) -> None:
    assert expected <= load_skills().implied(skill_id)


@pytest.mark.parametrize("skill_id", ["tensorflow", "keras", "spark", "java", "javascript"])
def test_no_language_implied_by_multi_language_tools(skill_id: str) -> None:
    assert "python" not in load_skills().implied(skill_id)


def test_with_implied_adds_closure_and_keeps_input() -> None:
    assert load_skills().with_implied(["spring-boot"]) == {"spring-boot", "spring", "java"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ML", "machine-learning"),
        ("ml", None),
        ("AI", "artificial-intelligence"),
        ("Go", "go"),
        ("go", None),
        ("Golang", "go"),
        ("R", "r"),
        ("r", None),
        ("C", "c"),
        ("c", None),
        ("C++", "cpp"),
        ("C#", "csharp"),
        ("CV", None),
        ("C/C++", None),
        ("scikit learn", "scikit-learn"),
        ("SKLEARN", "scikit-learn"),
        ("NodeJS", "nodejs"),
        ("Postgres", "postgresql"),
        ("MS SQL Server", "sql-server"),
        ("stats", "statistics"),
        ("statistical modeling", "statistics"),
        ("data analysis", "data-analysis"),
        ("NLP", "nlp"),
        ("React", "react"),
        ("react", None),
        ("Excel", "excel"),
        ("excel", None),
        ("  Apache   Spark ", "spark"),
    ],
)
def test_skill_lookup(text: str, expected: str | None) -> None:
    found = load_skills().lookup(text)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize("skill_id", ["c", "r", "go", "julia", "spring", "flask"])
def test_ambiguous_skills_require_context(skill_id: str) -> None:
    assert load_skills().by_id(skill_id).requires_context


def test_java_and_python_reject_non_programming_context() -> None:
    skills = load_skills()
    assert "island" in skills.by_id("java").negative_context
    assert "Jakarta" not in skills.by_id("java").negative_context  # Jakarta EE is Java
    assert "snake" in skills.by_id("python").negative_context


def test_unknown_skill_id_raises_key_error() -> None:
    with pytest.raises(KeyError, match="no-such-skill"):
        load_skills().by_id("no-such-skill")
    with pytest.raises(KeyError):
        load_skills().implied("no-such-skill")
    assert load_skills().get("no-such-skill") is None


# -------------------------------------------------------------------- certifications


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBM's ML Professional Cert on Coursera", "ibm-ml-professional"),
        ("IBM Machine Learning Professional Certificate", "ibm-ml-professional"),
        ("Harvard's Machine Learning course", "harvardx-ml"),
        ("HarvardX Machine Learning", "harvardx-ml"),
        ("Machine Learning with Python", "ml-with-python"),
        ("MIT Professional Certificate in Machine Learning and AI", "mit-pcp-ml-ai"),
        ("AWS Certified Machine Learning - Specialty", "aws-ml-specialty"),
        ("AZ-900", "azure-fundamentals"),
        ("az-900", None),
        ("OCPJP", "oracle-java-se-17"),
        ("OCP Java", "oracle-java-se-17"),
        ("PMP", "pmp"),
        ("Certified ScrumMaster", "csm"),
    ],
)
def test_certification_lookup(text: str, expected: str | None) -> None:
    found = load_certifications().lookup(text)
    assert (found.id if found else None) == expected


def test_ml_with_python_names_both_issuers() -> None:
    entry = load_certifications().by_id("ml-with-python")
    assert entry.issuer == "various (IBM/Coursera, freeCodeCamp)"


def test_cloud_certifications_expire_and_courses_do_not() -> None:
    catalog = load_certifications()
    assert catalog.by_id("aws-solutions-architect-associate").expires
    assert not catalog.by_id("stanford-ml").expires


# --------------------------------------------------------------------------- degrees


def test_degree_levels_are_ordered_with_isced() -> None:
    degrees = load_degrees()
    assert [level.id for level in degrees.levels] == list(LEVEL_ORDER)
    assert [level.isced for level in degrees.levels] == [0, 3, 5, 6, 7, 8]
    assert degrees.meets("doctorate", "bachelor")
    assert degrees.meets("master", "master")
    assert not degrees.meets("associate", "bachelor")


@pytest.mark.parametrize(
    ("text", "level", "field_id"),
    [
        ("B.S.", "bachelor", None),
        ("BSc (Hons)", "bachelor", None),
        ("B.Tech", "bachelor", None),
        ("BEng (Hons)", "bachelor", None),
        ("S.Kom.", "bachelor", "computer-science"),
        ("Licenciatura", "bachelor", None),
        ("BCA", "bachelor", "computer-science"),
        ("M.S.", "master", None),
        ("MSc", "master", None),
        ("MCA", "master", "computer-science"),
        ("Dipl.-Ing.", "master", None),
        ("Dipl.-Ing. (FH)", "bachelor", None),
        ("MBA", "master", "business-administration"),
        ("M.Phil.", "master", None),
        ("Laurea magistrale", "master", None),
        ("Ph.D.", "doctorate", None),
        ("DPhil", "doctorate", None),
        ("Dr. rer. nat.", "doctorate", None),
        ("A.A.S.", "associate", None),
        ("GED", "secondary", None),
        ("Abitur", "secondary", None),
    ],
)
def test_degree_lookup(text: str, level: str, field_id: str | None) -> None:
    found = load_degrees().lookup(text)
    assert found is not None
    assert (found[0].id, found[1].field) == (level, field_id)


@pytest.mark.parametrize("text", ["be", "ma", "ms", "as"])
def test_lowercase_words_are_not_degrees(text: str) -> None:
    assert load_degrees().lookup(text) is None


@pytest.mark.parametrize("text", ["BE", "MA", "MS", "BA", "AS"])
def test_ambiguous_degree_forms_need_context(text: str) -> None:
    found = load_degrees().lookup(text)
    assert found is not None
    assert found[1].case_sensitive
    assert found[1].requires_context


def test_status_markers() -> None:
    markers = load_degrees().status_markers
    assert {"expected", "candidate", "pursuing", "in progress"} <= set(markers.in_progress)
    assert {"ABD", "all but dissertation", "withdrawn"} <= set(markers.incomplete)


# ---------------------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("a", "b", "related"),
    [
        ("computer-science", "computer-science", True),
        ("computer-science", "software-engineering", True),
        ("computer-science", "data-science", True),
        ("computer-science", "machine-learning", True),
        ("engineering", "electrical-engineering", True),
        ("mathematics", "statistics", True),
        ("mathematics", "operations-research", True),  # grandchild via applied-mathematics
        ("machine-learning", "artificial-intelligence", True),
        ("computer-science", "nursing", False),
        ("civil-engineering", "electrical-engineering", False),  # siblings are not related
        ("machine-learning", "software-engineering", False),  # not transitive
        ("history", "other", False),
    ],
)
def test_is_related(a: str, b: str, related: bool) -> None:
    fields = load_fields()
    assert fields.is_related(a, b) is related
    assert fields.is_related(b, a) is related


def test_ancestors() -> None:
    assert load_fields().ancestors("operations-research") == ("applied-mathematics", "mathematics")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CS", "computer-science"),
        ("Comp Sci", "computer-science"),
        ("Computer Science & Engineering", "computer-science"),
        ("EECS", "computer-science"),
        ("Informatik", "computer-science"),
        ("Applied Math", "applied-mathematics"),
        ("Maths", "mathematics"),
        ("ECE", "electrical-engineering"),
        ("Electronics and Communication Engineering", "electrical-engineering"),
        ("IT", "information-technology"),
        ("it", None),
    ],
)
def test_field_lookup(text: str, expected: str | None) -> None:
    found = load_fields().lookup(text)
    assert (found.id if found else None) == expected


# ------------------------------------------------------------------- invalid data


def test_duplicate_skill_id_is_rejected() -> None:
    with pytest.raises(ValidationError, match="duplicate id 'a'"):
        SkillTaxonomy.model_validate({"version": VERSION, "skills": [skill("a"), skill("a")]})


def test_unknown_implies_target_is_rejected() -> None:
    with pytest.raises(ValidationError, match="unknown skill 'nope'"):
        SkillTaxonomy.model_validate({"version": VERSION, "skills": [skill("a", implies=["nope"])]})


def test_implies_cycle_is_rejected() -> None:
    data = {
        "version": VERSION,
        "skills": [skill("a", implies=["b"]), skill("b", implies=["c"]), skill("c", implies=["a"])],
    }
    with pytest.raises(ValidationError, match="cycle"):
        SkillTaxonomy.model_validate(data)


def test_self_implication_is_rejected() -> None:
    with pytest.raises(ValidationError, match="implies itself"):
        SkillEntry.model_validate(skill("a", implies=["a"]))


@pytest.mark.parametrize(
    "entry",
    [
        skill("a", colour="red"),
        {"id": "a", "name": "A"},  # category missing
        skill("a", category="hobby"),
        skill("Not Kebab"),
        skill("a", name=" padded "),
    ],
)
def test_malformed_skill_entry_is_rejected(entry: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        SkillEntry.model_validate(entry)


def test_extra_top_level_key_is_rejected() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        SkillTaxonomy.model_validate({"version": VERSION, "skills": [skill("a")], "x": 1})


def test_alias_shared_by_two_skills_is_rejected() -> None:
    data = {
        "version": VERSION,
        "skills": [skill("java", aliases=["JS"]), skill("javascript", aliases=["js"])],
    }
    with pytest.raises(ValidationError, match="clashes"):
        SkillTaxonomy.model_validate(data)


def test_exact_alias_clashing_with_insensitive_alias_is_rejected() -> None:
    data = {
        "version": VERSION,
        "skills": [skill("a", exact_aliases=["ML"]), skill("b", aliases=["ml"])],
    }
    with pytest.raises(ValidationError, match="clashes"):
        SkillTaxonomy.model_validate(data)


def test_case_sensitive_forms_differing_in_case_may_coexist() -> None:
    data = {
        "version": VERSION,
        "skills": [
            skill("go", name="Go", case_sensitive=True),
            skill("go-board", name="GO", case_sensitive=True),
        ],
    }
    taxonomy = SkillTaxonomy.model_validate(data)
    assert taxonomy.lookup("GO").id == "go-board"  # type: ignore[union-attr]
    assert taxonomy.lookup("go") is None


def test_models_are_frozen() -> None:
    with pytest.raises(ValidationError):
        load_skills().by_id("python").name = "Snake"


def test_certification_with_unknown_topic_is_rejected() -> None:
    data = {
        "version": VERSION,
        "certifications": [
            {"id": "x", "name": "X", "issuer": "Y", "topics": ["nope"], "expires": False}
        ],
    }
    CertificationCatalog.model_validate(data)  # topics unchecked without skills
    with pytest.raises(ValidationError, match="unknown skill 'nope'"):
        CertificationCatalog.validate_against(data, load_skills())


def test_certification_narrower_than_an_unknown_id_is_rejected() -> None:
    entry = {"id": "x", "name": "X", "issuer": "Y", "expires": False, "narrower": ["nope"]}
    with pytest.raises(ValidationError, match="unknown certification 'nope'"):
        CertificationCatalog.model_validate({"version": VERSION, "certifications": [entry]})


def test_certification_without_expires_is_rejected() -> None:
    data = {"version": VERSION, "certifications": [{"id": "x", "name": "X", "issuer": "Y"}]}
    with pytest.raises(ValidationError, match="expires"):
        CertificationCatalog.model_validate(data)


@pytest.mark.parametrize(
    "fields",
    [
        [field("a"), field("a")],
        [field("a", parent="nope")],
        [field("a", related=["nope"])],
        [field("a", parent="b"), field("b", parent="a")],
        [field("a", related=["a"])],
        [field("a", exact_aliases=["CS"]), field("b", aliases=["cs"])],
    ],
    ids=["duplicate", "unknown-parent", "unknown-related", "parent-cycle", "self", "clash"],
)
def test_invalid_field_taxonomy_is_rejected(fields: list[dict[str, Any]]) -> None:
    with pytest.raises(ValidationError):
        FieldTaxonomy.model_validate(
            {"version": VERSION, "fields": fields, "lead_words": {"en": ["in"]}}
        )


def test_minimal_degree_catalog_is_valid() -> None:
    assert DegreeCatalog.model_validate(degree_data()).lookup("b.sc.") is not None


def test_degree_levels_out_of_order_are_rejected() -> None:
    data = degree_data()
    data["levels"] = list(reversed(data["levels"]))
    with pytest.raises(ValidationError, match="in this order"):
        DegreeCatalog.model_validate(data)


def test_degree_form_with_unknown_field_is_rejected() -> None:
    data = degree_data()
    data["levels"][4]["forms"] = [{"text": "MBA", "field": "nope"}]
    with pytest.raises(ValidationError, match="unknown field 'nope'"):
        DegreeCatalog.validate_against(data, load_fields())


def test_duplicate_status_marker_is_rejected() -> None:
    data = degree_data(status_markers={"in_progress": ["expected"], "incomplete": ["Expected"]})
    with pytest.raises(ValidationError, match="listed twice"):
        DegreeCatalog.model_validate(data)
