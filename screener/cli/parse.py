"""``screener parse FILE...``: read résumés and print their Profiles (or Documents)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from screener.cli.options import (
    AsOf,
    MaxBytes,
    MaxChars,
    MaxMemory,
    MaxPages,
    Ocr,
    PdfEngineOption,
    Timeout,
    Workers,
    checked_as_of,
    limits_from,
)
from screener.cli.render_profile import print_document, print_profile
from screener.cli.safe import printable
from screener.errors import InputError
from screener.files import expand_paths

if TYPE_CHECKING:  # the engine is imported when the command runs, not for --help
    from screener.ingest.limits import Limits
    from screener.models import Document, Profile
    from screener.workers import WorkerPool

EXIT_UNREADABLE = 3
FORMATS = ("text", "json", "jsonl", "jsonresume")


def parse_cli(
    paths: Annotated[list[Path], typer.Argument(help="Résumé files or folders.", exists=True)],
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="text, json, jsonl or jsonresume (a JSON Resume v1 object)."
        ),
    ] = "text",
    as_of: AsOf = None,
    document: Annotated[
        bool, typer.Option("--document", help="Print the read Document (text, pages) instead.")
    ] = False,
    workers: Workers = None,
    max_bytes: MaxBytes = None,
    max_pages: MaxPages = None,
    max_chars: MaxChars = None,
    timeout: Timeout = None,
    max_memory: MaxMemory = None,
    ocr: Ocr = None,
    pdf_engine: PdfEngineOption = None,
) -> None:
    """Read résumé files (PDF, DOCX, TXT) and print what was found in each, with evidence."""
    if output_format not in FORMATS:
        raise typer.BadParameter("choose text, json, jsonl or jsonresume", param_hint="--format")
    if output_format == "jsonresume" and document:
        raise typer.BadParameter(
            "a JSON Resume holds a profile, not a Document", param_hint="--format"
        )
    from screener.settings import load_settings

    month = checked_as_of(as_of)
    settings = load_settings()
    limits = limits_from(
        settings,
        max_bytes=max_bytes,
        max_pages=max_pages,
        max_chars=max_chars,
        timeout=timeout,
        max_memory=max_memory,
        ocr=ocr,
        pdf_engine=pdf_engine,
    )
    files = list(expand_paths(paths))
    kind = "document" if document else "profile"
    records = parse_files(files, limits, workers or settings.workers, kind=kind, as_of=month)
    _print(records, output_format, kind)
    if any("error" in record for record in records):
        raise typer.Exit(EXIT_UNREADABLE)


def parse_files(
    files: list[Path], limits: Limits, workers: int | None, *, kind: str, as_of: str
) -> list[dict[str, Any]]:
    """Read every file in isolated workers; one record per file, errors included."""
    from screener.stages import ParserPool, ProfilePool
    from screener.workers import pool_size

    size = pool_size(workers, len(files))
    pool: WorkerPool[str, Document] | WorkerPool[str, Profile]
    if kind == "document":
        pool = ParserPool[str](limits, workers=size)
    else:
        pool = ProfilePool[str](limits, workers=size, as_of=as_of)
    items = [(str(path), path, path.name) for path in files]
    with pool:
        return [_record(name, result, kind) for name, result in pool.read_many(items)]


def _record(name: str, result: Document | Profile | InputError, kind: str) -> dict[str, Any]:
    if isinstance(result, InputError):
        return {"file": name, "error": result.to_dict()}
    return {"file": name, kind: result.model_dump(mode="json")}


def _as_json_resume(record: dict[str, Any]) -> dict[str, Any]:
    """A profile record as ``{"file", "resume"}`` (an error record stays as it is)."""
    from screener.models import Profile
    from screener.report.jsonresume import to_json_resume

    if "profile" not in record:
        return record
    resume = to_json_resume(Profile.model_validate(record["profile"]))
    return {"file": record["file"], "resume": resume}


def _print(records: list[dict[str, Any]], output_format: str, kind: str) -> None:
    if output_format == "jsonresume":
        records, kind = [_as_json_resume(record) for record in records], "resume"
        output_format = "json"
    if output_format == "jsonl":
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    elif output_format == "json":
        payload: Any = records
        if len(records) == 1:
            payload = records[0].get(kind, records[0])
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        console = Console(highlight=False, soft_wrap=True)
        for record in records:
            console.rule(escape(printable(record["file"])), style="dim")
            if "error" in record:
                error = record["error"]
                message = escape(printable(error["message"]))
                console.print(f"[red]error[/red] {error['code']}: {message}")
            elif kind == "document":
                print_document(console, record["document"])
            else:
                print_profile(console, record["profile"])
