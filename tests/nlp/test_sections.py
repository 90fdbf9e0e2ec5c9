"""Tests for screener.nlp.sections: finding résumé sections from their headings."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import screener.taxonomy
from screener.ingest import read_document
from screener.nlp.sections import Section, find_sections, section_at, sections_version

SAMPLES = Path(__file__).resolve().parents[2] / "sample_resumes"
SAMPLE_FILES = sorted(
    path for path in SAMPLES.glob("*") if path.suffix in {".txt", ".pdf", ".docx"}
)
# Samples without any section headings (layout aside): one paragraph after another.
NO_HEADINGS = {"ramon_ortega"}


def _check_cover(text: str, sections: list[Section]) -> None:
    """Sections are in order, cover the text, and each heading sits before its body."""
    assert sections
    previous_end = 0
    for section in sections:
        assert previous_end <= section.start <= section.end
        if section.heading is None:
            assert section.start == previous_end
        else:
            assert previous_end <= section.heading[0] < section.heading[1] <= section.start
        previous_end = section.end
    assert previous_end == len(text)


def _outline(text: str) -> list[tuple[str, str]]:
    sections = find_sections(text)
    _check_cover(text, sections)
    outline = []
    for section in sections:
        body = text[section.start : section.end].strip()
        outline.append((section.name, body.split("\n")[0].strip() if body else ""))
    return outline


CONTACT = "Jane Doe\njane.doe@example.com · +1 555 0100\n\n"

CASES = [
    pytest.param(
        CONTACT + "EXPERIENCE\nAcme Corp — Engineer\n\nEDUCATION\nBSc Physics, 2015",
        [
            ("other", "Jane Doe"),
            ("experience", "Acme Corp — Engineer"),
            ("education", "BSc Physics, 2015"),
        ],
        id="all-caps",
    ),
    pytest.param(
        "Work Experience\nAcme Corp\nEducation\nBSc Physics\nTechnical Skills\nPython, SQL",
        [("experience", "Acme Corp"), ("education", "BSc Physics"), ("skills", "Python, SQL")],
        id="title-case-no-implicit-section",
    ),
    pytest.param(
        CONTACT
        + "Berufserfahrung\nMunich Re\n\nAusbildung\nB.Sc. Mathematik\n\nKenntnisse\nR, SAS",
        [
            ("other", "Jane Doe"),
            ("experience", "Munich Re"),
            ("education", "B.Sc. Mathematik"),
            ("skills", "R, SAS"),
        ],
        id="german",
    ),
    pytest.param(
        "Experiencia laboral\nMercado Libre\nFormación académica\nUBA\nHabilidades\nPython",
        [("experience", "Mercado Libre"), ("education", "UBA"), ("skills", "Python")],
        id="spanish-sentence-case",
    ),
    pytest.param(
        "Expérience professionnelle\nDoctolib\nFormation\nLe Wagon\nCompétences\nPython",
        [("experience", "Doctolib"), ("education", "Le Wagon"), ("skills", "Python")],
        id="french",
    ),
    pytest.param(
        "Experiência Profissional\nNubank\nFormação\nUSP\nCertificação\nGCP ML Engineer",
        [("experience", "Nubank"), ("education", "USP"), ("certifications", "GCP ML Engineer")],
        id="portuguese",
    ),
    pytest.param(
        "Esperienza professionale\nSatispay\nIstruzione\nPolimi\nCompetenze tecniche\nKotlin",
        [("experience", "Satispay"), ("education", "Polimi"), ("skills", "Kotlin")],
        id="italian",
    ),
    pytest.param(
        "PENGALAMAN KERJA\nGojek\nPENDIDIKAN\nUniversitas Indonesia\nKEAHLIAN\nPython",
        [("experience", "Gojek"), ("education", "Universitas Indonesia"), ("skills", "Python")],
        id="indonesian",
    ),
    pytest.param(
        "BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE\nMunich Re\nAUSBILDUNG / EDUCATION\nTUM",
        [("experience", "Munich Re"), ("education", "TUM")],
        id="combined-bilingual",
    ),
    pytest.param(
        "Education & Certifications\nBSc Nursing\nLicenses & Certifications\nCCRN",
        [("education", "BSc Nursing"), ("certifications", "CCRN")],
        id="combined-first-phrase-wins",
    ),
    pytest.param(
        "Formation / Training\nLe Wagon\nEn bref / In short\nSelf-taught data scientist.",
        [("education", "Le Wagon"), ("summary", "Self-taught data scientist.")],
        id="combined-french-english",
    ),
    pytest.param(
        "EXPERIENCE (10 years)\nAcme Corp\nÜBER MICH / ABOUT ME\nMathematician.",
        [("experience", "Acme Corp"), ("summary", "Mathematician.")],
        id="parenthesised-and-umlaut",
    ),
    pytest.param(
        CONTACT + "Skills: Python, Java, SQL\n\nEXPERIENCE\nAcme",
        [("other", "Jane Doe"), ("skills", "Python, Java, SQL"), ("experience", "Acme")],
        id="inline-skills",
    ),
    pytest.param(
        "EXPERIENCE\nAcme\n\nSkills: Python, SQL\nLanguages: English, French",
        [("experience", "Acme"), ("skills", "Python, SQL"), ("languages", "English, French")],
        id="inline-after-blank-and-chained",
    ),
    pytest.param(
        "TECHNICAL SKILLS\nLanguages: Python, Java\nTools: Git, Docker\n\nEDUCATION\nBSc",
        [("skills", "Languages: Python, Java"), ("education", "BSc")],
        id="skills-table-sub-labels-stay",
    ),
    pytest.param(
        "SKILLS\n\nLanguages: Python, Java\n\n\tTools:\tGit\nEDUCATION\nBSc",
        [("skills", "Languages: Python, Java"), ("education", "BSc")],
        id="sub-label-after-blank-and-indented",
    ),
    pytest.param(
        "Ramón Ortega\nExecutive chef in Brooklyn.\n\nI trained at the CIA.",
        [("other", "Ramón Ortega")],
        id="no-headings",
    ),
    pytest.param("", [("other", "")], id="empty-text"),
    pytest.param(
        CONTACT + "Experience with Python and Java required\nEDUCATION\nBSc",
        [("other", "Jane Doe"), ("education", "BSc")],
        id="sentence-is-not-heading",
    ),
    pytest.param(
        "SUMMARY\nI love my work.\nexperience\nhard-won\nSkills learned on the job\nvaried",
        [("summary", "I love my work.")],
        id="lowercase-is-not-heading",
    ),
    pytest.param(
        "EDUCATION\nBSc\nCÉDULA E CERTIFICAÇÕES\nBLS, AHA\nAbilitazioni e certificazioni\nICDL\n"
        "Competenze informatiche\nPython\nCLINICAL SKILLS\nTriage",
        [
            ("education", "BSc"),
            ("certifications", "BLS, AHA"),
            ("certifications", "ICDL"),
            ("skills", "Python"),
            ("skills", "Triage"),
        ],
        id="headings-ending-in-a-known-one",
    ),
    pytest.param(
        "EXPERIENCE\nDirector of Research and Education\t2019 – 2020\nHEAD OF EDUCATION\tAcme",
        [("experience", "Director of Research and Education\t2019 – 2020")],
        id="titles-are-not-headings",
    ),
    pytest.param(
        "EXPERIENCE\nResearch Assistant\t2019 – 2020\nTraining — Acme\tJan 2021 – Present\n"
        "Research Assistant\nMIT\nEDUCATION\nBSc",
        [("experience", "Research Assistant\t2019 – 2020"), ("education", "BSc")],
        id="pdf-tab-rows-and-job-titles",
    ),
    pytest.param(
        "Relevant Experience\n-------------------\nDoctolib\n\nEDUCATION\n==========\nBSc",
        [("experience", "Doctolib"), ("education", "BSc")],
        id="underlined",
    ),
    pytest.param(
        "Name\n\n═════\nPROFILE\n═════\nData scientist.\n\n═════\nEXPERIENCE\n═════\nWorkhuman",
        [("other", "Name"), ("summary", "Data scientist."), ("experience", "Workhuman")],
        id="boxed-by-rules",
    ),
    pytest.param(
        "Skills:\nPython\n— EXPERIENCE —\nAcme\n== Education ==\nBSc\n| PROJECTS |\nBot",
        [("skills", "Python"), ("experience", "Acme"), ("education", "BSc"), ("projects", "Bot")],
        id="trailing-colon-and-decoration",
    ),
    pytest.param(
        "1. Experience\nAcme\n2) Education\nBSc\n## Certifications\nAWS\n• Projects\nBot",
        [
            ("experience", "Acme"),
            ("education", "BSc"),
            ("certifications", "AWS"),
            ("projects", "Bot"),
        ],
        id="numbered-bulleted-markdown",
    ),
    pytest.param(
        "Jane Doe\n"
        + "I am a data scientist who builds models that people actually use every day.\n" * 4
        + "\nEXPERIENCE\nAcme",
        [("summary", "Jane Doe"), ("experience", "Acme")],
        id="implicit-summary-when-prose",
    ),
    pytest.param(
        "Programming Languages\nPython\nLanguages\nEnglish\nCareer Objective\nGrow",
        [("skills", "Python"), ("languages", "English"), ("summary", "Grow")],
        id="longest-phrase-wins",
    ),
    pytest.param(
        "Jane\n\nLangues: français\nCentres d'intérêt: bouldering",
        [("other", "Jane"), ("languages", "français"), ("other", "bouldering")],
        id="inline-french-languages",
    ),
    pytest.param(
        "Jane\nSKILLS",
        [("other", "Jane"), ("skills", "")],
        id="heading-at-end",
    ),
    pytest.param(
        "EXPERIENCE\n----------\nEDUCATION\nBSc",
        [("experience", ""), ("education", "BSc")],
        id="empty-underlined-section",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_sections(text: str, expected: list[tuple[str, str]]) -> None:
    assert _outline(text) == expected


SPELLINGS = {
    "experience": [
        "Professional Experience",
        "WORK EXPERIENCE",
        "Work History",
        "Employment",
        "Employment History",
        "Relevant Experience",
        "Career History",
        "Experience",
        "Professional Background",
        "Industry Experience",
        "TEACHING EXPERIENCE",
        "Clinical Experience",
    ],
    "education": ["Education", "Education & Training", "Academic Background", "Qualifications"],
    "skills": [
        "Skills",
        "Technical Skills",
        "CORE COMPETENCIES",
        "Key Skills",
        "Tech Stack",
        "Tools",
        "Areas of Expertise",
        "Skills & Tools",
    ],
    "certifications": [
        "Certifications",
        "Certificates",
        "Registration & credentials",  # health boards (AHPRA)
        "Licences and Registrations",
        "Licences and Certifications",
        "Professional Development",
        "Courses",
        "Training",
        "Credentials",
        "LICENSURE",
    ],
    "projects": ["Projects", "Selected Projects", "Personal Projects", "Research", "Publications"],
    "summary": ["Summary", "Profile", "Professional Summary", "Objective", "About Me", "Overview"],
    "languages": [
        "Languages",
        "LANGUAGE SKILLS",
        "Sprachkenntnisse",
        "Idiomas",
        "Języki",
        "Diller",
    ],
    "other": [
        "Interests",
        "Hobbies",
        "Volunteer Work",
        "Volunteering",
        "Awards",
        "Honors",
        "References",
        "Activities",
        "Achievements",
        "Personal Details",
    ],
}


@pytest.mark.parametrize(
    ("heading", "name"),
    [(heading, name) for name, headings in SPELLINGS.items() for heading in headings],
)
def test_heading_spellings(heading: str, name: str) -> None:
    assert _outline(f"{CONTACT}{heading}\nbody") == [("other", "Jane Doe"), (name, "body")]


def test_heading_span_and_rules_stay_out_of_bodies() -> None:
    text = "Name\n\n═════\nPROFILE\n═════\nData scientist.\n\n═════\nEXPERIENCE\n═════\nAcme"
    sections = find_sections(text)
    profile = sections[1]
    assert profile.heading is not None
    assert text[profile.heading[0] : profile.heading[1]] == "PROFILE"
    assert "═" not in text[profile.start : profile.end]
    inline = find_sections("Skills: Python")[0]
    assert inline.heading == (0, 6)
    assert inline.start == len("Skills:")


def test_section_at() -> None:
    text = "Jane\n\nEXPERIENCE\nAcme\nEDUCATION\nBSc"
    sections = find_sections(text)
    assert section_at(sections, 0) == "other"
    assert section_at(sections, text.index("EXPERIENCE")) == "experience"
    assert section_at(sections, text.index("Acme")) == "experience"
    assert section_at(sections, text.index("EDUCATION")) == "education"
    assert section_at(sections, text.index("BSc")) == "education"
    assert section_at(sections, len(text)) == "education"
    assert section_at(sections, len(text) + 100) == "education"
    assert section_at([], 3) == "other"


def test_version_is_the_data_files() -> None:
    data = yaml.safe_load((Path(screener.taxonomy.__file__).parent / "sections.yaml").read_text())
    assert sections_version() == data["version"]


def _layout(path: Path) -> str:
    expected = yaml.safe_load(path.with_name(f"{path.stem}.expected.yaml").read_text("utf-8"))
    return str(expected.get("layout", ""))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda path: path.name)
def test_sample_resume_sections(path: Path) -> None:
    if _layout(path) == "scanned":
        pytest.skip("scanned PDF: no text layer")
    text = read_document(path.read_bytes(), path.name).text
    sections = find_sections(text)
    _check_cover(text, sections)
    names = {section.name for section in sections}
    if path.stem in NO_HEADINGS:
        assert [section.name for section in sections] == ["other"]
        return
    assert "experience" in names
    assert "education" in names


def test_two_headings_side_by_side_are_one_heading() -> None:
    from screener.nlp.sections import find_sections

    text = (
        "Werkervaring\nmaart 2019 – heden\nProjectmanager\n\nOpleiding\tCertificeringen\n"
        "2002 – 2007\tHAVO, Eindhoven\t2018\tCertified ScrumMaster (CSM)\n"
    )
    names = [section.name for section in find_sections(text)]
    assert names == ["experience", "education"]
    # headings in capitals side by side: the left one, not the last words' ("IDIOMAS")
    text = "Jane Doe\n\nEXPERIENCIA\tIDIOMAS\nPrácticas, BBVA\tEuskera – nativo\n"
    assert [section.name for section in find_sections(text)] == ["other", "experience"]


def test_a_wrapped_line_with_a_year_is_no_heading() -> None:
    from screener.nlp.sections import find_sections

    text = "Badges\n\nAWS Certified Machine\nLearning – Specialty (2023)\nOracle Certified\n"
    assert [section.name for section in find_sections(text)] == ["certifications"]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("W O R K   E X P E R I E N C E", "experience"),
        ("E D U C A T I O N", "education"),
        ("S K I L L S", "skills"),
        ("Military Experience", "experience"),
        ("Selected Experience", "experience"),
    ],
)
def test_letter_spaced_and_more_experience_headings(heading: str, name: str) -> None:
    assert _outline(f"{CONTACT}{heading}\nbody") == [("other", "Jane Doe"), (name, "body")]
