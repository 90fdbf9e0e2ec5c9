"""The labelled facts of each sample: vocabularies, consistency checks, YAML output.

``check_expected`` refuses a label that uses an unknown id or whose verdict contradicts
the ML Engineer posting's required rules; ``expected_yaml`` writes the
``<name>.expected.yaml`` file in the corpus schema's exact key order.
"""

from __future__ import annotations

import json
from pathlib import Path

from screener.taxonomy import load_certifications

AS_OF = "2026-11"
LEVELS = ["secondary", "associate", "bachelor", "master", "doctorate"]
FIELDS = frozenset(
    {
        "computer-science",
        "software-engineering",
        "computer-engineering",
        "information-technology",
        "information-systems",
        "data-science",
        "machine-learning",
        "artificial-intelligence",
        "mathematics",
        "applied-mathematics",
        "statistics",
        "physics",
        "engineering",
        "electrical-engineering",
        "mechanical-engineering",
        "civil-engineering",
        "chemical-engineering",
        "industrial-engineering",
        "aerospace-engineering",
        "biomedical-engineering",
        "operations-research",
        "economics",
        "business-administration",
        "finance",
        "accounting",
        "marketing",
        "psychology",
        "biology",
        "chemistry",
        "english",
        "history",
        "communications",
        "nursing",
        "education",
        "law",
        "design",
        "other",
    }
)
SKILLS = frozenset(
    {
        "python",
        "java",
        "javascript",
        "typescript",
        "sql",
        "c",
        "cpp",
        "csharp",
        "r",
        "go",
        "scala",
        "kotlin",
        "tensorflow",
        "pytorch",
        "scikit-learn",
        "pandas",
        "numpy",
        "spark",
        "docker",
        "kubernetes",
        "aws",
        "statistics",
        "data-science",
        "machine-learning",
        "deep-learning",
        "nlp",
    }
)
CERTS = load_certifications().ids  # labels name catalog ids, checked against the catalog
# The ML Engineer posting: fields accepted for the required bachelor's degree.
DEGREE_OK = {
    "computer-science",
    "machine-learning",
    "mathematics",
    "engineering",
    "statistics",
    "physics",
    "data-science",
    "software-engineering",
    "computer-engineering",
    "information-technology",
    "artificial-intelligence",
    "electrical-engineering",
    "applied-mathematics",
    "operations-research",
}
DEGREE_OK |= {f for f in FIELDS if f.endswith("-engineering")}


def check_expected(name: str, exp: dict) -> None:
    """Fail loudly if a label uses unknown ids or contradicts the verdict rules."""

    def fail(msg: str) -> None:
        raise SystemExit(f"src/{name}.yaml: expected: {msg}")

    for d in exp["degrees"]:
        if d["level"] not in LEVELS or d["field"] not in FIELDS:
            fail(f"bad degree {d}")
    done = [d for d in exp["degrees"] if d["status"] == "completed"]
    top = max(done, key=lambda d: LEVELS.index(d["level"]), default=None)
    hd = exp["highest_degree"]
    top_level = LEVELS.index(top["level"]) if top else None
    if top_level != (LEVELS.index(hd["level"]) if hd else None):
        fail(f"highest_degree {hd} does not match degrees")
    if bad := set(exp["skills"]) - SKILLS:
        fail(f"unknown skills {bad}")
    for c in exp["certifications"]:
        if c["id"] is not None and c["id"] not in CERTS:
            fail(f"unknown certification {c['id']}")
    if exp["verdict"] == "needs_review":
        return
    degree_ok = any(LEVELS.index(d["level"]) >= 2 and d["field"] in DEGREE_OK for d in done)
    months_ok = exp["experience"]["total_months"] >= 24
    meets = degree_ok and months_ok and {"python", "java"} <= set(exp["skills"])
    if exp["verdict"] != ("meets" if meets else "does_not_meet"):
        fail(f"verdict {exp['verdict']} contradicts the facts")


def _flow(d: dict) -> str:
    """A one-line YAML flow mapping (strings JSON-quoted only where needed)."""

    def scalar(key, v):
        if v is None:
            return "null"
        s = str(v)
        plain = key != "name" and s.replace("-", "").replace("_", "").isalnum()
        return s if plain else json.dumps(s, ensure_ascii=False)

    return "{" + ", ".join(f"{k}: {scalar(k, v)}" for k, v in d.items()) + "}"


def expected_yaml(src: dict) -> str:
    """The ``<name>.expected.yaml`` text, in the corpus schema's key order."""
    exp, fmt = src["expected"], src["format"]
    lines = [f"file: {src['file']}", f"format: {fmt}", f"layout: {src['layout']}"]
    if fmt == "txt":
        lines.append(f"encoding: {src['encoding']}")
    lines.append(f"as_of: {AS_OF}")
    hd = exp["highest_degree"]
    lines += (
        ["highest_degree: null"]
        if hd is None
        else ["highest_degree:", f"  level: {hd['level']}", f"  field: {hd['field']}"]
    )
    lines += ["degrees:" + (" []" if not exp["degrees"] else "")]
    lines += [f"  - {_flow(d)}" for d in exp["degrees"]]
    ex = exp["experience"]
    lines += ["experience:"] + [
        f"  {k}: {'null' if ex[k] is None else ex[k]}"
        for k in ("total_months", "internship_months", "claimed_years")
    ]
    lines.append(f"skills: [{', '.join(exp['skills'])}]")
    lines += ["certifications:" + (" []" if not exp["certifications"] else "")]
    lines += [f"  - {_flow(c)}" for c in exp["certifications"]]
    notes = json.dumps(exp["notes"], ensure_ascii=False)
    lines += [f"verdict: {exp['verdict']}", f"notes: {notes}"]
    return (
        "# Generated by build.py from src/"
        + Path(src["file"]).stem
        + ".yaml - edit there.\n"
        + "\n".join(lines)
        + "\n"
    )
