"""The wheel is what `pip install .` installs: it must carry the bundled rule sets."""

from __future__ import annotations

import zipfile
from pathlib import Path

from hatchling.builders.wheel import WheelBuilder

from screener.resources import bundled_rule_ids, bundled_rules_dir

ROOT = Path(__file__).resolve().parents[1]


def test_bundled_rules_are_found_in_a_checkout() -> None:
    assert "ml-engineer" in bundled_rule_ids()
    assert (bundled_rules_dir() / "ml-engineer.yaml").is_file()


def test_wheel_ships_rules_and_the_command(tmp_path: Path) -> None:
    builder = WheelBuilder(str(ROOT))
    wheel = Path(next(iter(builder.build(directory=str(tmp_path), versions=["standard"]))))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        commands = archive.read(entry_points).decode()
    assert "screener/_rules/ml-engineer.yaml" in names
    assert {"screener/taxonomy/skills.yaml", "screener/taxonomy/sections.yaml"} <= names
    assert {"screener/_rules/data-analyst.yaml", "screener/requirements/proxies.yaml"} <= names
    assert "screener/drafting/data/posting_words.yaml" in names  # rules draft's vocabulary
    assert {
        "api/main.py",
        "api/db/migrations/env.py",
        "api/db/migrations/versions/0001_initial.py",
        "api/db/migrations/versions/0002_users.py",
        "api/db/migrations/versions/0003_webhooks.py",
        "api/webhooks/delivery.py",
    } <= names
    # the web application's templates and assets ship in the wheel
    assert {
        "api/web/templates/base.html",
        "api/web/templates/job.html",
        "api/web/static/style.css",
        "api/web/static/app.js",
        "api/web/static/swagger-init.js",
    } <= names
    assert "screener/ingest/reader.py" in names
    assert "screener/audit/templates/audit.html" in names  # the audit's HTML report
    assert "screener = screener.cli.main:main" in commands
    assert not any(name.startswith(("tests/", "sample_resumes/")) for name in names)
