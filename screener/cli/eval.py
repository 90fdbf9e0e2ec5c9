"""``screener eval [DIR]``: per-field extraction accuracy over a labelled folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


def eval_cli(
    folder: Annotated[
        Path,
        typer.Argument(
            help="Folder of résumés with <name>.expected.yaml labels.", exists=True, file_okay=False
        ),
    ] = Path("sample_resumes"),
    workers: Annotated[int | None, typer.Option(help="Parse workers.", min=1)] = None,
    rules: Annotated[
        str, typer.Option(help="Rule set the labels' verdicts refer to (id or file).")
    ] = "ml-engineer",
    misses: Annotated[bool, typer.Option(help="List every miss.")] = True,
) -> None:
    """Extract every labelled résumé and print per-field accuracy and the misses."""
    from screener.evaluation import evaluate_folder
    from screener.evaluation.render import render_report

    report = evaluate_folder(folder, workers=workers, rules=rules)
    if report.files == 0:
        raise typer.BadParameter(f"no *.expected.yaml labels in {folder}", param_hint="FOLDER")
    render_report(report, Console(width=160), misses=misses)
