"""The skills component: token matching, longest match, and the context rules."""

from __future__ import annotations

import pytest

from screener.nlp.skills import skill_spans
from tests.nlp_fixture import Analyse


def ids(nlp: Analyse, text: str) -> set[str]:
    return {span.label_ for span in skill_spans(nlp(text))}


CASES: list[tuple[str, set[str], set[str]]] = [
    ("Built services in Java and Python.", {"java", "python"}, set()),
    ("Frontend in JavaScript and React.", {"javascript", "react"}, {"java"}),
    ("Wrote Java Script widgets.", {"javascript"}, {"java"}),
    ("Languages: C, C++, C#", {"c", "cpp", "csharp"}, set()),
    ("Firmware in C/C++ for microcontrollers", {"c", "cpp"}, set()),
    ("Languages: C/C++/C#, F#", {"c", "cpp", "csharp", "fsharp"}, set()),
    ("Services on .NET and Node.js", {"dotnet", "nodejs"}, set()),
    ("Statistical analysis in R and SQL", {"r", "sql"}, set()),
    ("Led R&D for the retail team", set(), {"r"}),
    ("Salary paid in R$ and Rs. 50,000", set(), {"r"}),
    ("Wrote Go microservices with gRPC", {"go"}, set()),
    ("Go to market strategy for a new product", set(), {"go"}),
    ("Owned the go-to-market plan", set(), {"go"}),
    ("Automated reports with python3 scripts", {"python"}, set()),
    ("Cared for a ball python at the zoo", set(), {"python"}),
    ("Volunteered in Java, Indonesia for a year", set(), {"java"}),
    ("Taught English in East Java", set(), {"java"}),
    ("Spring semester exchange in Lyon", set(), {"spring"}),
    ("Microservices with Spring Boot and Hibernate", {"spring-boot"}, {"spring", "java"}),
    ("Trained ML models on GPUs", {"machine-learning"}, set()),
    ("Mixed 5 ml of reagent per sample", set(), {"machine-learning"}),
    ("iOS apps in Swift and SwiftUI", {"swift"}, set()),
    ("They moved swiftly; a swift response", set(), {"swift"}),
    ("Models with scikit-learn, sklearn and pandas", {"scikit-learn", "pandas"}, set()),
    ("Models with scikit\u2013learn", {"scikit-learn"}, set()),
    ("Dashboards in React", {"react"}, set()),
    ("Had to react quickly to incidents", set(), {"react"}),
    ("Recruited Java and Python engineers for clients", set(), {"java", "python"}),
    ("Vitamin C levels in patients", set(), {"c"}),
    ("SKILLS\nGo, R, C\n", {"go", "r", "c"}, set()),
    ("Programming: Java, C.", {"java", "c"}, set()),
    ("CI/CD pipelines and PL/SQL", {"ci-cd", "plsql"}, set()),
    ("B.Tech., VIT University, Vellore", set(), {"transformers"}),
    ("Image classification with ViT and ResNet", {"transformers"}, set()),
    # someone else's skill, in other languages too (skill_context.yaml)
    ("Reclutó desarrolladores Java para bancos", set(), {"java"}),
    ("Recrutei engenheiros Python", set(), {"python"}),
    ("Cerca de los equipos de ciencia de datos", set(), {"data-science"}),
    ("Perto de times de ciência de dados", set(), {"data-science"}),
    ("Led the data science team", {"data-science"}, set()),
    ("Research Assistant, Department of Statistics", {"statistics"}, set()),
    # the disciplines written in the résumé's language
    ("Schwerpunkt: Stochastik und Statistik", {"statistics"}, set()),
    ("Máster en Ciencia de Datos", {"data-science"}, set()),
    (
        "Modelos de aprendizaje automático y aprendizaje profundo",
        {"machine-learning", "deep-learning"},
        set(),
    ),
    ("Maschinelles Lernen, Statistik", {"machine-learning", "statistics"}, set()),
    ("Traitement automatique des langues (TAL)", {"nlp"}, set()),
    ("Senior Data Scientist, Acme", {"data-science"}, set()),
    ("Java8, Python3.10 and Java11", {"java", "python"}, set()),  # a version glued on
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_skills_found_and_rejected(
    nlp: Analyse, text: str, present: set[str], absent: set[str]
) -> None:
    found = ids(nlp, text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize("form", ["C++", "C#", "F#", ".NET", "Node.js"])
def test_symbol_forms_match_as_written(nlp: Analyse, form: str) -> None:
    spans = skill_spans(nlp(f"Experience with {form} in production"))
    assert [span.text for span in spans] == [form]


def test_longest_match_wins(nlp: Analyse) -> None:
    spans = skill_spans(nlp("Stack: Java Script, Spring Boot"))
    assert [(s.text, s.label_) for s in spans] == [
        ("Java Script", "javascript"),
        ("Spring Boot", "spring-boot"),
    ]


def test_skills_section_confirms_ambiguous_but_prose_does_not(nlp: Analyse) -> None:
    section = "EXPERIENCE\nManaged the office.\n\nSKILLS\nGo\n"
    prose = "EXPERIENCE\nManaged the office.\nGo\n"
    assert "go" in ids(nlp, section)
    assert "go" not in ids(nlp, prose)


def test_context_is_limited_to_the_line(nlp: Analyse) -> None:
    assert "r" not in ids(nlp, "Plan R\nPython")
    assert "r" in ids(nlp, "Plan R Python")


def test_many_mentions_and_determinism(nlp: Analyse) -> None:
    text = "Python, " * 1000
    first = [(s.start_char, s.label_) for s in skill_spans(nlp(text))]
    assert len(first) == 1000
    assert first == [(s.start_char, s.label_) for s in skill_spans(nlp(text))]
