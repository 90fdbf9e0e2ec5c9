"""``screener eval [DIR]``: per-field extraction accuracy over a labelled folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from screener.cli.options import PdfEngineOption


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
    pdf_engine: PdfEngineOption = None,
) -> None:
    """Extract every labelled résumé and print per-field accuracy and the misses."""
    from screener.cli.options import PDF_ENGINES
    from screener.evaluation import evaluate_folder
    from screener.evaluation.render import render_report
    from screener.ingest.limits import DEFAULT_LIMITS
    from screener.settings import load_settings

    engine = pdf_engine or load_settings().pdf_engine or DEFAULT_LIMITS.pdf_engine
    if engine not in PDF_ENGINES:
        raise typer.BadParameter("choose pdfminer or pdfium", param_hint="--pdf-engine")
    # Labels are measured under the default limits; only the engine can be chosen.
    limits = DEFAULT_LIMITS.model_copy(update={"pdf_engine": engine})
    report = evaluate_folder(folder, workers=workers, rules=rules, limits=limits)
    if report.files == 0:
        raise typer.BadParameter(f"no *.expected.yaml labels in {folder}", param_hint="FOLDER")
    render_report(report, Console(width=160), misses=misses)
