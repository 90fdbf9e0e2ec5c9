"""``screener parse FILE...``: read résumés and print their Documents."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from screener.cli.files import expand_paths
from screener.errors import InputError
from screener.ingest.isolation import ParserPool
from screener.ingest.limits import MIB, Limits
from screener.models import Document
from screener.settings import load_settings

EXIT_UNREADABLE = 3


def parse_cli(
    paths: Annotated[list[Path], typer.Argument(help="Résumé files or folders.", exists=True)],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text, json or jsonl.")
    ] = "text",
    workers: Annotated[
        int | None, typer.Option(help="Parse workers (default: cores).", min=1)
    ] = None,
    max_bytes: Annotated[int | None, typer.Option(help="Largest file, in MiB.", min=1)] = None,
    max_pages: Annotated[int | None, typer.Option(help="Most pages per PDF.", min=1)] = None,
    max_chars: Annotated[int | None, typer.Option(help="Most characters of text.", min=1)] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds per file.", min=0.1)] = None,
    max_memory: Annotated[int | None, typer.Option(help="MiB per parse.", min=64)] = None,
) -> None:
    """Read résumé files (PDF, DOCX, TXT) and print their text, pages and warnings."""
    if output_format not in ("text", "json", "jsonl"):
        raise typer.BadParameter("choose text, json or jsonl", param_hint="--format")
    settings = load_settings()
    overrides = {
        "max_bytes": max_bytes * MIB if max_bytes else None,
        "max_pages": max_pages,
        "max_chars": max_chars,
        "timeout_s": timeout,
        "max_memory_mb": max_memory,
    }
    limits = Limits(
        **{
            **settings.limits.model_dump(),
            **{key: value for key, value in overrides.items() if value is not None},
        }
    )
    files = list(expand_paths(paths))
    records = list(parse_files(files, limits, workers or settings.workers))
    _print(records, output_format)
    if any("error" in record for record in records):
        raise typer.Exit(EXIT_UNREADABLE)


def parse_files(files: list[Path], limits: Limits, workers: int | None) -> list[dict[str, Any]]:
    """Read every file in isolated workers; one record per file, errors included."""
    records: list[dict[str, Any]] = []
    items = [(str(path), path, path.name) for path in files]
    wanted = workers or os.cpu_count() or 1
    with ParserPool[str](limits, workers=max(1, min(wanted, len(files)))) as pool:
        for name, result in pool.read_many(items):
            records.append(_record(name, result))
    return records


def _record(name: str, result: Document | InputError) -> dict[str, Any]:
    if isinstance(result, InputError):
        return {"file": name, "error": result.to_dict()}
    return {"file": name, "document": result.model_dump(mode="json")}


def _print(records: list[dict[str, Any]], output_format: str) -> None:
    if output_format == "jsonl":
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    elif output_format == "json":
        payload: Any = records[0] if len(records) == 1 else records
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        _print_text(records)


def _print_text(records: list[dict[str, Any]]) -> None:
    console = Console(highlight=False, soft_wrap=True)
    for record in records:
        console.rule(record["file"], style="dim")
        if "error" in record:
            console.print(
                f"[red]error[/red] {record['error']['code']}: {record['error']['message']}",
                markup=True,
            )
            continue
        document = record["document"]
        source = document["source"]
        console.print(
            f"{source['media_type']} · {source['size']:,} bytes · "
            f"{len(document['pages'])} page(s) · {len(document['text']):,} chars",
            markup=False,
        )
        for warning in document["warnings"]:
            console.print(
                f"[yellow]warning[/yellow] {warning['code']}: {warning['message']}", markup=True
            )
        console.print(document["text"], markup=False)
