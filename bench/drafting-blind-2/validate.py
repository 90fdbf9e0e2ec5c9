"""Check blind test set 2 for `screener rules draft`.

Checks that:
- every posting in postings/ has a label in expected/<stem>.yaml, and every label has a posting;
- every label has exactly the expected keys, with values of the right form;
- every skill id (plain or inside any_of) exists in screener/taxonomy/skills.yaml;
- every <script type="application/ld+json"> block in an .html posting parses as JSON and is a
  schema.org JobPosting whose title appears in the page.

Run from the repository root:  .venv/bin/python bench/drafting-blind-2/validate.py
Exit status 0 when everything passes, 1 otherwise.
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
REPO = HERE.parent.parent
POSTINGS = HERE / "postings"
EXPECTED = HERE / "expected"
SKILLS = REPO / "screener" / "taxonomy" / "skills.yaml"

FORMATS = {".txt", ".md", ".html"}
LEVELS = {"none", "secondary", "associate", "bachelor", "master", "doctorate"}
KEYS = {
    "required_degree_level",
    "min_years",
    "required_skills",
    "required_skills_not_in_taxonomy",
    "notes",
}
LD_RE = re.compile(
    r'<script[^>]*type=["\']application/ld\+json["\'][^>]*>(.*?)</script>', re.S | re.I
)


def skill_ids() -> set[str]:
    data = yaml.safe_load(SKILLS.read_text(encoding="utf-8"))
    return {entry["id"] for entry in data["skills"]}


def check_label(path: Path, ids: set[str]) -> list[str]:
    errors: list[str] = []
    try:
        label = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{path.name}: YAML does not parse: {exc}"]
    if not isinstance(label, dict):
        return [f"{path.name}: not a mapping"]
    if set(label) != KEYS:
        errors.append(f"{path.name}: keys {sorted(label)} != {sorted(KEYS)}")
    level = label.get("required_degree_level")
    if level not in LEVELS:
        errors.append(f"{path.name}: bad required_degree_level {level!r}")
    years = label.get("min_years")
    if years is not None and (
        isinstance(years, bool) or not isinstance(years, (int, float)) or years < 0
    ):
        errors.append(f"{path.name}: bad min_years {years!r}")
    skills = label.get("required_skills")
    if not isinstance(skills, list):
        errors.append(f"{path.name}: required_skills is not a list")
        skills = []
    seen: list[str] = []
    for item in skills:
        if isinstance(item, str):
            group = [item]
        elif (
            isinstance(item, dict)
            and set(item) == {"any_of"}
            and isinstance(item["any_of"], list)
            and len(item["any_of"]) >= 1
            and all(isinstance(x, str) for x in item["any_of"])
        ):
            group = item["any_of"]
        else:
            errors.append(f"{path.name}: bad required_skills item {item!r}")
            continue
        for sid in group:
            seen.append(sid)
            if sid not in ids:
                errors.append(f"{path.name}: unknown skill id {sid!r}")
    for sid, n in Counter(seen).items():
        if n > 1:
            errors.append(f"{path.name}: skill id {sid!r} used {n} times")
    extra = label.get("required_skills_not_in_taxonomy")
    if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
        errors.append(f"{path.name}: required_skills_not_in_taxonomy must be a list of strings")
    if not isinstance(label.get("notes"), str) or not label.get("notes", "").strip():
        errors.append(f"{path.name}: notes must be non-empty text")
    return errors


def check_jsonld(path: Path) -> tuple[list[str], int]:
    errors: list[str] = []
    text = path.read_text(encoding="utf-8")
    page_text = html.unescape(re.sub(r"<[^>]+>", " ", LD_RE.sub(" ", text)))
    page_text = re.sub(r"\s+", " ", page_text)
    blocks = LD_RE.findall(text)
    for i, block in enumerate(blocks, 1):
        try:
            data = json.loads(block)
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}: JSON-LD block {i} does not parse: {exc}")
            continue
        if not isinstance(data, dict) or data.get("@type") != "JobPosting":
            errors.append(f"{path.name}: JSON-LD block {i} is not a JobPosting")
            continue
        for key in ("title", "description", "hiringOrganization", "datePosted"):
            if key not in data:
                errors.append(f"{path.name}: JSON-LD block {i} lacks {key}")
        title = html.unescape(str(data.get("title", "")))
        if title and title not in page_text:
            errors.append(f"{path.name}: JSON-LD title {title!r} not found in the page")
        org = data.get("hiringOrganization", {})
        name = html.unescape(str(org.get("name", ""))) if isinstance(org, dict) else ""
        if name and name not in page_text:
            errors.append(f"{path.name}: JSON-LD organization {name!r} not found in the page")
    return errors, len(blocks)


def main() -> int:
    errors: list[str] = []
    ids = skill_ids()
    postings = sorted(p for p in POSTINGS.iterdir() if p.is_file())
    labels = sorted(p for p in EXPECTED.iterdir() if p.is_file())

    stems = Counter(p.stem for p in postings)
    for stem, n in stems.items():
        if n > 1:
            errors.append(f"postings: stem {stem!r} used by {n} files")
    for p in postings:
        if p.suffix not in FORMATS:
            errors.append(f"postings: {p.name} has an unexpected extension")
        if not (EXPECTED / f"{p.stem}.yaml").exists():
            errors.append(f"postings: {p.name} has no expected/{p.stem}.yaml")
    for lab in labels:
        if lab.suffix != ".yaml":
            errors.append(f"expected: {lab.name} is not .yaml")
        elif lab.stem not in stems:
            errors.append(f"expected: {lab.name} has no posting")
        errors.extend(check_label(lab, ids))

    with_ld = 0
    for p in postings:
        if p.suffix == ".html":
            errs, n = check_jsonld(p)
            errors.extend(errs)
            with_ld += bool(n)

    fmt = Counter(p.suffix for p in postings)
    print(
        f"postings: {len(postings)} ({', '.join(f'{k}: {v}' for k, v in sorted(fmt.items()))}); "
        f"labels: {len(labels)}; html with JSON-LD: {with_ld}; taxonomy ids: {len(ids)}"
    )
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
