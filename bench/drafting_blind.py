"""Measure `screener rules draft` on the blind postings of bench/drafting-blind/.

The postings and their labels were written by someone who never read the drafting code
(see bench/drafting-blind/README.md). For each posting this compares what the drafted rule
set REQUIRES (degree level, minimum years, skills, read by ``screener.drafting.facts``)
with the hand labels.

Run: ``.venv/bin/python bench/drafting_blind.py [FOLDER] [--details]`` (FOLDER holds
``postings/`` and ``expected/``; default bench/drafting-blind).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from screener.drafting import draft_file
from screener.drafting.facts import RequiredFacts as Facts
from screener.drafting.facts import Skill
from screener.drafting.facts import required_facts as drafted_facts
from screener.errors import NothingToDraft

HERE = Path(__file__).parent / "drafting-blind"


def expected_facts(label: dict[str, Any]) -> Facts:
    """The hand-labelled facts of one posting."""
    skills: set[Skill] = set()
    for item in label.get("required_skills") or []:
        if isinstance(item, dict):
            group = frozenset(item["any_of"])
            skills.add(next(iter(group)) if len(group) == 1 else group)
        else:
            skills.add(str(item))
    years = label.get("min_years")
    return Facts(str(label["required_degree_level"]), years, frozenset(skills))


def _show(skills: frozenset[Skill]) -> str:
    items = sorted("|".join(sorted(s)) if isinstance(s, frozenset) else s for s in skills)
    return ", ".join(items) or "-"


def main(folder: Path, details: bool) -> None:
    """Draft every posting of ``folder`` and print per-field accuracy."""
    rows = []
    for posting in sorted((folder / "postings").iterdir()):
        label = yaml.safe_load((folder / "expected" / f"{posting.stem}.yaml").read_text())
        want = expected_facts(label)
        try:
            got = drafted_facts(draft_file(posting).rules.ruleset)
        except NothingToDraft:  # nothing read: no degree, no years, no skills
            got = Facts("none", None, frozenset())
            print(f"{posting.name}: nothing_to_draft")
        rows.append((posting.name, want, got))
    total = len(rows)
    degree = sum(w.degree == g.degree for _, w, g in rows)
    years = sum(w.years == g.years for _, w, g in rows)
    exact = sum(w.skills == g.skills for _, w, g in rows)
    true_pos = sum(len(w.skills & g.skills) for _, w, g in rows)
    wanted = sum(len(w.skills) for _, w, g in rows)
    drafted = sum(len(g.skills) for _, w, g in rows)
    print(f"blind postings: {total}")
    print(f"required degree level right: {degree}/{total} = {degree / total:.1%}")
    print(f"minimum years right:         {years}/{total} = {years / total:.1%}")
    print(f"required skills exactly right: {exact}/{total} = {exact / total:.1%}")
    print(f"required skills recall {true_pos}/{wanted} = {true_pos / max(wanted, 1):.1%}, "
          f"precision {true_pos}/{drafted} = {true_pos / max(drafted, 1):.1%}")  # fmt: skip
    if details:
        for name, want, got in rows:
            if want != got:
                print(f"\n{name}")
                if want.degree != got.degree:
                    print(f"  degree: expected {want.degree}, drafted {got.degree}")
                if want.years != got.years:
                    print(f"  years:  expected {want.years}, drafted {got.years}")
                if want.skills != got.skills:
                    print(f"  skills missed:   {_show(want.skills - got.skills)}")
                    print(f"  skills extra:    {_show(got.skills - want.skills)}")


if __name__ == "__main__":
    folders = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("--")]
    main(folders[0] if folders else HERE, "--details" in sys.argv[1:])
