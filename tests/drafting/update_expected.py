"""Rewrite ``tests/drafting/expected/*.yaml`` from the drafter: ``python -m
tests.drafting.update_expected``. Read the diff: each file is what a person checked."""

from __future__ import annotations

from pathlib import Path

from screener.drafting import draft_file, to_yaml

HERE = Path(__file__).parent


def main() -> None:
    """Draft every posting of ``postings/`` into ``expected/<stem>.yaml``."""
    for posting in sorted((HERE / "postings").iterdir()):
        draft = draft_file(posting, rules_id=posting.stem)
        (HERE / "expected" / f"{posting.stem}.yaml").write_text(to_yaml(draft), encoding="utf-8")


if __name__ == "__main__":
    main()
