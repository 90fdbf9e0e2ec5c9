"""The ``screener`` entry point: ``--version``, ``--help``, and a light start-up.

``screener --help`` must not import the heavy stack (spaCy, pdfminer, the engine): each
command imports it when it runs. Checked in a fresh interpreter, since this test process
has long imported everything.
"""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from screener.cli.main import app
from screener.version import __version__

runner = CliRunner()
HEAVY = ("spacy", "pdfminer", "screener.stages", "screener.nlp", "screener.extract")


def _modules_after(code: str) -> set[str]:
    """The heavy modules a fresh interpreter has imported after running ``code``."""
    probe = (
        f"{code}\nimport sys\n"
        f"print('HEAVY:', ' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    line = done.stderr.splitlines()[-1]
    assert line.startswith("HEAVY:"), done.stderr
    return set(line.removeprefix("HEAVY:").split())


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"screener {__version__}\n"


def test_help_lists_the_batch_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("score", "rank", "parse", "explain"):
        assert command in result.stdout


def test_importing_the_command_line_does_not_import_spacy() -> None:
    assert _modules_after("import screener.cli.main") == set()


def test_help_does_not_import_the_engine() -> None:
    code = (
        "from screener.cli.main import app\n"
        "try:\n    app(['score', '--help'], prog_name='screener')\n"
        "except SystemExit:\n    pass"
    )
    assert _modules_after(code) == set()
