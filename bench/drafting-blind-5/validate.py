"""Check blind test set 5 for `screener rules draft`.

Run from the repository root:

    .venv/bin/python bench/drafting-blind-5/validate.py

Checks that every posting has a label and every label a posting, that stems are unique and
extensions are .txt/.md/.html, that every label has exactly the five keys with values of the
right form, that every skill id exists in screener/taxonomy/skills.yaml (and none is used twice
in one label), and that every JSON-LD block parses as a schema.org JobPosting whose title and
hiring organization name appear in the page. Exits 1 on any problem.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
POSTINGS = HERE / "postings"
EXPECTED = HERE / "expected"
SKILLS_YAML = ROOT / "screener" / "taxonomy" / "skills.yaml"

LEVELS = {"none", "secondary", "associate", "bachelor", "master", "doctorate"}
KEYS = {
    "required_degree_level",
    "min_years",
    "required_skills",
    "required_skills_not_in_taxonomy",
    "notes",
}
EXTENSIONS = {".txt", ".md", ".html"}
JSONLD_RE = re.compile(
    r'<script[^>]*type\s*=\s*["\']application/ld\+json["\'][^>]*>(.*?)</script>',
    re.IGNORECASE | re.DOTALL,
)
TAG_RE = re.compile(r"<[^>]+>")


def load_skill_ids() -> set[str]:
    data = yaml.safe_load(SKILLS_YAML.read_text(encoding="utf-8"))
    return {entry["id"] for entry in data["skills"]}


def page_text(raw: str) -> str:
    """Visible-ish text of an HTML page, outside the JSON-LD blocks, whitespace-collapsed."""
    without_ld = JSONLD_RE.sub(" ", raw)
    text = html.unescape(TAG_RE.sub(" ", without_ld))
    return re.sub(r"\s+", " ", text).lower()


def check_label(stem: str, label: object, skill_ids: set[str], errors: list[str]) -> None:
    where = f"expected/{stem}.yaml"
    if not isinstance(label, dict):
        errors.append(f"{where}: not a mapping")
        return
    keys = set(label)
    if keys != KEYS:
        errors.append(f"{where}: keys {sorted(keys)} != {sorted(KEYS)}")
    if label.get("required_degree_level") not in LEVELS:
        errors.append(f"{where}: bad required_degree_level {label.get('required_degree_level')!r}")
    years = label.get("min_years")
    if years is not None and (
        isinstance(years, bool) or not isinstance(years, (int, float)) or years < 0
    ):
        errors.append(f"{where}: bad min_years {years!r}")
    skills = label.get("required_skills")
    seen: list[str] = []
    if not isinstance(skills, list):
        errors.append(f"{where}: required_skills is not a list")
        skills = []
    for item in skills:
        if isinstance(item, str):
            seen.append(item)
        elif isinstance(item, dict) and set(item) == {"any_of"}:
            group = item["any_of"]
            if (
                not isinstance(group, list)
                or len(group) < 2
                or not all(isinstance(x, str) for x in group)
            ):
                errors.append(f"{where}: bad any_of group {item!r}")
                continue
            seen.extend(group)
        else:
            errors.append(f"{where}: bad required_skills item {item!r}")
    for skill, count in Counter(seen).items():
        if count > 1:
            errors.append(f"{where}: skill id {skill!r} used {count} times")
        if skill not in skill_ids:
            errors.append(f"{where}: unknown skill id {skill!r}")
    free = label.get("required_skills_not_in_taxonomy")
    if not isinstance(free, list) or not all(isinstance(x, str) for x in free):
        errors.append(f"{where}: required_skills_not_in_taxonomy must be a list of strings")
    notes = label.get("notes")
    if not isinstance(notes, str) or not notes.strip():
        errors.append(f"{where}: notes must be a non-empty string")


def check_jsonld(path: Path, errors: list[str]) -> int:
    raw = path.read_text(encoding="utf-8")
    blocks = JSONLD_RE.findall(raw)
    text = page_text(raw)
    for block in blocks:
        where = f"postings/{path.name}"
        try:
            data = json.loads(block)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: JSON-LD does not parse: {exc}")
            continue
        if not isinstance(data, dict) or data.get("@type") != "JobPosting":
            errors.append(f"{where}: JSON-LD is not a JobPosting")
            continue
        if "schema.org" not in str(data.get("@context", "")):
            errors.append(f"{where}: JSON-LD @context is not schema.org")
        title = str(data.get("title", "")).strip()
        org = data.get("hiringOrganization")
        org_name = str(org.get("name", "")).strip() if isinstance(org, dict) else ""
        if not title or title.lower() not in text:
            errors.append(f"{where}: JSON-LD title {title!r} not found in the page")
        if not org_name or org_name.lower() not in text:
            errors.append(f"{where}: JSON-LD organization {org_name!r} not found in the page")
        if not str(data.get("description", "")).strip():
            errors.append(f"{where}: JSON-LD has no description")
    return len(blocks)


def main() -> int:
    errors: list[str] = []
    skill_ids = load_skill_ids()

    postings = sorted(p for p in POSTINGS.iterdir() if p.is_file())
    labels = sorted(p for p in EXPECTED.iterdir() if p.is_file())

    stems = Counter(p.stem for p in postings)
    for stem, count in stems.items():
        if count > 1:
            errors.append(f"postings: stem {stem!r} used by {count} files")
    for p in postings:
        if p.suffix not in EXTENSIONS:
            errors.append(f"postings/{p.name}: extension not one of {sorted(EXTENSIONS)}")
    label_stems = set()
    for p in labels:
        if p.suffix != ".yaml":
            errors.append(f"expected/{p.name}: not a .yaml file")
            continue
        label_stems.add(p.stem)
    for stem in sorted(set(stems) - label_stems):
        errors.append(f"postings/{stem}.*: no label")
    for stem in sorted(label_stems - set(stems)):
        errors.append(f"expected/{stem}.yaml: no posting")

    levels: Counter[str] = Counter()
    null_years = 0
    no_skills = 0
    for stem in sorted(label_stems):
        try:
            label = yaml.safe_load((EXPECTED / f"{stem}.yaml").read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            errors.append(f"expected/{stem}.yaml: YAML error: {exc}")
            continue
        check_label(stem, label, skill_ids, errors)
        if isinstance(label, dict):
            levels[str(label.get("required_degree_level"))] += 1
            null_years += label.get("min_years") is None
            no_skills += not label.get("required_skills")

    jsonld_pages = 0
    for p in postings:
        if p.suffix == ".html" and check_jsonld(p, errors):
            jsonld_pages += 1

    formats = Counter(p.suffix for p in postings)
    print(
        f"{len(postings)} postings ("
        + ", ".join(f"{formats[e]} {e}" for e in (".txt", ".md", ".html"))
        + f"), {len(label_stems)} labels, {jsonld_pages} HTML pages with JobPosting JSON-LD"
    )
    print(
        "degree levels: "
        + ", ".join(
            f"{lv} {levels[lv]}"
            for lv in sorted(
                LEVELS,
                key=["none", "secondary", "associate", "bachelor", "master", "doctorate"].index,
            )
        )
    )
    print(f"min_years null: {null_years}; labels with no taxonomy skill: {no_skills}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
