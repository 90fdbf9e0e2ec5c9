"""Where the data shipped with Screener lives, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_rules_dir() -> Path:
    """The folder of bundled rule sets.

    A wheel ships ``rules/`` as ``screener/_rules``; an editable install or a source
    checkout reads the repository's ``rules/`` beside the package.
    """
    installed = _PACKAGE / "_rules"
    return installed if installed.is_dir() else _PACKAGE.parent / "rules"


def bundled_rule_ids() -> list[str]:
    """Ids (file stems) of the bundled rule sets, sorted."""
    return sorted(path.stem for path in bundled_rules_dir().glob("*.yaml"))
