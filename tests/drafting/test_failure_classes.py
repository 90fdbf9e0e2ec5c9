"""One case per class of drafting failure found on postings the team did not write: the
required degree level, the role's minimum years and the required skills of a posting.

Every posting here is written for this file. The facts are read from the draft as
``bench/drafting_blind.py`` reads them (``screener.drafting.facts``).
"""

from __future__ import annotations

import pytest

from screener.drafting import draft_posting, read_posting_text
from screener.drafting.facts import Skill, required_facts
from tests.drafting.helpers import Drafted, drafted

Facts = tuple[str, float | None, frozenset[Skill]]


def facts(posting: str) -> Facts:
    """``(degree level, years, skills)`` a posting's draft requires."""
    found = required_facts(draft_posting(read_posting_text(posting)).rules.ruleset)
    return found.degree, found.years, found.skills


POSTINGS: list[tuple[str, str, Facts]] = [
    (
        "requirements in an 'About you' paragraph",
        "Payroll Lead\n\nAbout you\n"
        "You bring 4+ years of payroll experience across several states. Excel is "
        "second nature to you. You hold a bachelor's degree in accounting.\n",
        ("bachelor", 4, frozenset({"payroll", "excel"})),
    ),
    (
        "headings inside a paragraph (a JSON-LD description)",
        "Site Engineer\n\n## Description\nWe build bridges. Basic Qualifications: "
        "Bachelor's degree in civil engineering; 3 years of experience; AutoCAD. "
        "Preferred Qualifications: Master's degree; Revit.\n",
        ("bachelor", 3, frozenset({"autocad"})),
    ),
    (
        "bold Markdown headings",
        "## Tax Associate\n\n**Responsibilities:**\n\n* Prepare tax returns\n\n"
        "**Requirements:**\n\n* Bachelor's degree in accounting\n"
        "* 2-4 years of payroll experience\n\n**Preferred:**\n\n* Master's degree\n",
        ("bachelor", 2, frozenset({"payroll"})),
    ),
    (
        "a heading of the candidate's profile",
        "Backend Developer\n\nYour profile\n- At least five years of experience with Java\n"
        "- Solid SQL skills\n",
        ("none", 5, frozenset({"java", "sql"})),
    ),
    (
        "a heading asking if you are a fit",
        "Account Manager\n\nYou might be a fit if\n- You have 3+ years of experience\n"
        "- You know Salesforce well\n",
        ("none", 3, frozenset({"salesforce"})),
    ),
    (
        "essential functions are duties",
        "Clerk\n\nEssential Functions\n- Maintain records in Excel\n\nRequirements\n"
        "- High school diploma or GED\n",
        ("secondary", None, frozenset()),
    ),
    (
        "years written as a decade",
        "Principal Architect\n\nRequirements\n- A decade or more of experience designing "
        "systems, including two years leading teams\n",
        ("none", 10, frozenset()),
    ),
    (
        "a deadline after hire is no experience",
        "Paramedic\n\nRequirements\n- High school diploma\n"
        "- ACLS certification within 6 months of hire\n",
        ("secondary", None, frozenset()),
    ),
    (
        "years in a field, and a later figure for one skill",
        "Web Developer\n\nRequirements\n- At least four years of front-end development "
        "experience, including 2+ years with Vue.js\n",
        ("none", 4, frozenset({"frontend-development", "vue"})),
    ),
    (
        "a preferred tail does not demote the years",
        "Recruiter\n\nQualifications\n- Minimum of three years of recruiting experience, "
        "ideally in healthcare\n",
        ("none", 3, frozenset({"recruiting"})),
    ),
    (
        "a degree the posting does not require",
        "Designer\n\nWhat you bring\n- 3+ years of UX design experience\n"
        "- A design degree is great but not something we require\n",
        ("none", 3, frozenset({"ux-design"})),
    ),
    (
        "no degree required",
        "Developer\n\nRequirements\n- **No degree required.** Show us your work\n- Python\n",
        ("none", None, frozenset({"python"})),
    ),
    (
        "a degree or equivalent experience stays required",
        "Analyst\n\nRequirements\n- Bachelor's degree in economics or equivalent experience\n",
        ("bachelor", None, frozenset()),
    ),
    (
        "soft skills the posting requires",
        "Office Manager\n\nRequirements\n- 2+ years of office experience\n"
        "- Excellent written communication\n- Strong attention to detail\n",
        ("none", 2, frozenset({"communication", "attention-to-detail"})),
    ),
    (
        "'… skills' among other requirements is required",
        "Data Engineer\n\nRequirements\n- 3+ years of experience\n- Very good Python skills\n"
        "- Experience with Airflow\n",
        ("none", 3, frozenset({"python", "airflow"})),
    ),
    (
        "the employer's tools after a generic requirement",
        "Sales Rep\n\nRequirements\n- Experience with a CRM. We use HubSpot; Salesforce is "
        "just as welcome\n",
        ("none", None, frozenset({frozenset({"crm", "hubspot", "salesforce"})})),
    ),
    (
        "the employer's stack in brackets is not required",
        "Engineering Manager\n\nRequirements\n- 8+ years of experience building software "
        "(we're Go and Kotlin, if you wondered)\n",
        ("none", 8, frozenset()),
    ),
    (
        "prose hard-wrapped over several lines is one line",
        "Project Architect\n\nYou bring\nYou hold a bachelor's degree in architecture and you\n"
        "have eight or more years of experience in a design office, including one project\n"
        "you took through permitting. You are fluent in Revit.\n",
        ("bachelor", 8, frozenset({"revit"})),
    ),
    (
        "a known heading right above a bullet needs no blank line (JSON-LD)",
        "Data Analyst\n\n## Description\nWe help dental clinics grow.\nWhat you need\n"
        "• 2+ years of experience with SQL\nBonus points\n• Master's degree in statistics\n",
        ("none", 2, frozenset({"sql"})),
    ),
    (
        "a page's heading written as a bold paragraph",
        "<html><body><h1>Payroll Clerk</h1><p><b>Who we are</b></p><p>We are a bakery.</p>"
        "<p><b>Requirements</b></p><ul><li>3+ years of payroll experience</li></ul>"
        "<p><b>Nice to have</b></p><ul><li>Bachelor's degree</li></ul></body></html>",
        ("none", 3, frozenset({"payroll"})),
    ),
    (
        "years written 'N or more' and 'a year (or more)'",
        "Payroll Lead\n\nRequirements\n- Four or more years of payroll experience\n"
        "- About a year (or more) in a supervisory role\n",
        ("none", 4, frozenset({"payroll"})),
    ),
    (
        "a window back in time is no experience",
        "Delivery Driver\n\nRequirements\n- No at-fault accidents in the last 3 years\n"
        "- 2+ years of delivery driving experience\n",
        ("none", 2, frozenset({"driving-commercial"})),
    ),
    (
        "soft skills in paraphrase",
        "Clinic Coordinator\n\nRequirements\n- Able to juggle multiple calendars and prioritise "
        "calmly\n- You can explain billing rules to patients in plain words\n",
        ("none", None, frozenset({"time-management", "communication"})),
    ),
    (
        "the trade written as the role held",
        "Platform Lead\n\nRequirements\n- 6+ years of experience as a software engineer\n",
        ("none", 6, frozenset({"software-engineering"})),
    ),
    (
        "the trade written as its activity",
        "Account Executive\n\nRequirements\n- 3+ years of closing enterprise software deals\n",
        ("none", 3, frozenset({"sales"})),
    ),
    (
        "places the experience may come from are examples, not requirements",
        "Front Desk Agent\n\nRequirements\n- 1+ year of customer service experience (hotels, "
        "retail, call centres all count)\n",
        ("none", 1, frozenset({"customer-service"})),
    ),
    (
        "an alternative accepted in brackets",
        "Android Developer\n\nRequirements\n- Experience with Java (Kotlin works too)\n",
        ("none", None, frozenset({frozenset({"java", "kotlin"})})),
    ),
    (
        "an alternative the taxonomy lacks, before 'or'",
        "Estimator\n\nRequirements\n- 2+ years of experience\n"
        "- Experience with Bluebeam or AutoCAD\n",
        ("none", 2, frozenset()),
    ),
    (
        "a degree due after hire is no requirement",
        "Charge Nurse\n\nRequirements\n- Associate degree in nursing\n"
        "- Bachelor's degree in nursing within 3 years of hire\n",
        ("associate", None, frozenset()),
    ),
    (
        "a short preferred item after a comma does not demote the years",
        "Roofer\n\nRequirements\n- 5 years of roofing experience, commercial preferred\n",
        ("none", 5, frozenset()),
    ),
    (
        "a JD from a school (the taxonomy's level: master)",
        "Staff Attorney\n\nRequirements\n- A JD from an accredited law school\n",
        ("master", None, frozenset()),
    ),
    (
        "a bullet's later clause goes on its qualification",
        "Forklift driver wanted\n- 1 yr min. Forklift and pallet jack experience. Must pass "
        "drug test.\n",
        ("none", 1, frozenset({"forklift-operation"})),
    ),
    (
        "a sentence ends after a bracket",
        "Staff Nurse\n\nRequirements\n- Graduate of a nursing program (ADN or BSN). "
        "BSN preferred\n",
        ("associate", None, frozenset()),
    ),
    (
        "a paraphrase over a shorter taxonomy name",
        "Test Engineer\n\nRequirements\n- 3 years in software QA\n",
        ("none", 3, frozenset({"software-testing"})),
    ),
    (
        "design knowledge of processes is no operator skill",
        "Design Engineer\n\nRequirements\n- 3+ years of experience\n"
        "- Understanding of fabrication processes such as welding and machining\n",
        ("none", 3, frozenset()),
    ),
    (
        "alternative paths: the years belong to the lower degree's path",
        "Scientist\n\nRequirements\n- PhD in physics or a related field, or a Master's degree "
        "plus 2+ years of lab research experience\n",
        ("master", None, frozenset()),
    ),
    (
        "a conformance level is no degree",
        "Web Developer\n\nRequirements\n- Knowledge of accessibility: WCAG 2.2 AA and "
        "screen reader testing\n",
        ("none", None, frozenset({"accessibility"})),
    ),
    (
        "a company's age is no experience requirement",
        "Actuary\n\nFor 112 years the firm has been owned by its members.\n\n"
        "Requirements\n- 5+ years of actuarial experience\n",
        ("none", 5, frozenset()),
    ),
    (
        "a multi-word skill written hyphenated before its noun",
        "Dental Hygienist\n\nRequirements\n- Working knowledge of infection-control protocols\n",
        ("none", None, frozenset({"infection-control"})),
    ),
    (
        "tools named as examples of the kind after 'or a similar'",
        "Marketing Manager\n\nRequirements\n- Hands-on experience building journeys in "
        "Braze, Iterable or a similar marketing automation platform\n",
        ("none", None, frozenset({"marketing-automation"})),
    ),
    (
        "an alternative path after a semicolon and 'OR'",
        "Lab Technician\n\nRequirements\n- Bachelor's degree in chemistry or biology; OR an "
        "associate degree in a laboratory science plus two years of laboratory experience\n",
        ("associate", None, frozenset()),
    ),
    (
        "a bracketed preferred tail leaves the requirement required",
        "Paralegal\n\nQualifications\n- Associate's degree required (paralegal studies "
        "preferred)\n- 3+ years of experience as a paralegal\n",
        ("associate", 3, frozenset()),
    ),
    (
        "fewer years with a higher degree: the lowest figure, no degree asked of all",
        "Embedded Engineer\n\nBasic qualifications\n- Bachelor's degree in engineering\n"
        "- 5+ years of embedded software development (4+ with a Master's degree)\n",
        ("bachelor", 4, frozenset({"embedded-systems"})),
    ),
    (
        "years with one degree or other years with another",
        "Quality Engineer\n\nRequirements\n- 5 years of experience with a bachelor's degree "
        "or 3 years with a master's degree\n",
        ("bachelor", 3, frozenset()),
    ),
    (
        "words after 'of employment' that name the experience",
        "Associate Attorney\n\nRequirements\n- 2-4 years of employment litigation experience\n",
        ("none", 2, frozenset({"litigation"})),
    ),
    (
        "a range written '5+ to 7 years'",
        "Network Engineer\n\nRequirements\n- Years of Experience: 5+ to 7 Years\n",
        ("none", 5, frozenset()),
    ),
    (
        "a four-year college is no experience",
        "Eligibility Specialist\n\nEducation\n- Graduation from an accredited four-year "
        "college or university with a bachelor's degree\n",
        ("bachelor", None, frozenset()),
    ),
    (
        "years that may stand in for the degree, in a sentence of their own",
        "Project Manager\n\nRequirements\n- Bachelor's degree in civil engineering. Eight (8) "
        "years of experience may be accepted in lieu of a degree.\n"
        "- 5+ years managing commercial construction projects\n",
        ("bachelor", 5, frozenset()),
    ),
    (
        "supervising people is people management",
        "Office Manager\n\nRequirements\n- Experience of supervising staff or volunteers\n"
        "- Comfortable supervising a crew of 3-6 during a shift\n",
        ("none", None, frozenset({"people-management"})),
    ),
    (
        "'one or more of' a list is one of them",
        "QA Engineer\n\nRequirements\n- Hands-on experience with one or more of: Selenium "
        "WebDriver, Playwright, Cypress\n",
        ("none", None, frozenset({frozenset({"selenium", "playwright", "cypress"})})),
    ),
    (
        "a selection process is no requirement",
        "Eligibility Specialist\n\nMinimum qualifications\n- Bachelor's degree\n\n"
        "SELECTION PROCESS\nQualified candidates are placed on an eligible list that may be "
        "used for six months.\n",
        ("bachelor", None, frozenset()),
    ),
]


@pytest.mark.parametrize(
    ("posting", "expected"), [p[1:] for p in POSTINGS], ids=[p[0] for p in POSTINGS]
)
def test_a_failure_class_is_read_right(posting: str, expected: Facts) -> None:
    assert facts(posting) == expected


PHRASES: list[tuple[str, list[Drafted]]] = [
    (  # a sentence cut after an acronym: the second sentence drafts nothing more
        "Modern CSS. Familiarity with design tokens",
        [("required", "skills", {"all_of": ["css"]})],
    ),
    (  # a competence named alone reads as a profile of the trade: preferred
        "Time management skills",
        [("preferred", "skills", {"all_of": ["time-management"]})],
    ),
]


@pytest.mark.parametrize(("phrase", "expected"), PHRASES)
def test_phrases_of_the_classes(phrase: str, expected: list[Drafted]) -> None:
    assert drafted(phrase) == expected
