"""Check the blind drafting set: every posting has an expected file (and vice versa), every
expected file has the agreed keys and values, and every skill id exists in the skill taxonomy.
Also parses the JSON-LD blocks of the HTML postings. Run: .venv/bin/python bench/drafting-blind/validate.py
"""

import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LEVELS = {"none", "secondary", "associate", "bachelor", "master", "doctorate"}
KEYS = {
    "required_degree_level",
    "min_years",
    "required_skills",
    "required_skills_not_in_taxonomy",
    "notes",
}

skills = yaml.safe_load((ROOT / "screener/taxonomy/skills.yaml").read_text(encoding="utf-8"))[
    "skills"
]
ids = {s["id"] for s in skills}
levels = {
    lvl["id"]
    for lvl in yaml.safe_load(
        (ROOT / "screener/taxonomy/degrees.yaml").read_text(encoding="utf-8")
    )["levels"]
}
errors = []
if levels != LEVELS:
    errors.append(f"degree level ids in degrees.yaml changed: {sorted(levels)}")

files = [p for p in sorted((HERE / "postings").iterdir()) if p.is_file()]
postings = {p.stem: p for p in files}
expected = {p.stem: p for p in sorted((HERE / "expected").glob("*.yaml"))}
for stem in postings.keys() - expected.keys():
    errors.append(f"{stem}: posting without expected file")
for stem in expected.keys() - postings.keys():
    errors.append(f"{stem}: expected file without posting")
if len(files) != len(postings):
    errors.append("two postings share a stem")

for stem, path in expected.items():
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if set(data) != KEYS:
        errors.append(f"{stem}: keys {sorted(data)}")
    if data.get("required_degree_level") not in LEVELS:
        errors.append(f"{stem}: bad degree level {data.get('required_degree_level')!r}")
    y = data.get("min_years")
    if y is not None and (not isinstance(y, int) or isinstance(y, bool) or y < 0):
        errors.append(f"{stem}: bad min_years {y!r}")
    seen = set()
    for item in data.get("required_skills") or []:
        group = item["any_of"] if isinstance(item, dict) else [item]
        if isinstance(item, dict) and (set(item) != {"any_of"} or len(group) < 2):
            errors.append(f"{stem}: bad any_of entry {item!r}")
        for sid in group:
            if sid not in ids:
                errors.append(f"{stem}: unknown skill id {sid!r}")
            if sid in seen:
                errors.append(f"{stem}: skill id {sid!r} listed twice")
            seen.add(sid)
    if not isinstance(data.get("required_skills_not_in_taxonomy"), list):
        errors.append(f"{stem}: required_skills_not_in_taxonomy must be a list")

counts = {}
jsonld = 0
for stem, path in postings.items():
    counts[path.suffix] = counts.get(path.suffix, 0) + 1
    if path.suffix == ".html":
        for block in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>',
            path.read_text(encoding="utf-8"),
            re.S,
        ):
            doc = json.loads(block)
            if doc.get("@type") != "JobPosting":
                errors.append(f"{stem}: JSON-LD is not a JobPosting")
            jsonld += 1

print(
    f"{len(postings)} postings {dict(sorted(counts.items()))}, {jsonld} JSON-LD JobPosting blocks, {len(expected)} expected files, {len(ids)} skill ids"
)
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
