"""Screening on a real Dask cluster: a ``dask scheduler`` and two ``dask worker`` processes
started on loopback, compared with a local run of the same folder (a hostile file
included), through the library, ``file://`` URLs and ``screener score --dask``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli.main import app
from screener.ingest.limits import Limits
from screener.models import ScreeningResult
from screener.screening import Screener
from tests import factory

distributed = pytest.importorskip("distributed")
pytest.importorskip("fsspec")
DASK = str(Path(sys.executable).with_name("dask"))
LIMITS = Limits(timeout_s=4.0)  # the hostile file is answered within seconds


def _start(arguments: list[str], log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    with log.open("wb") as out:
        return subprocess.Popen([DASK, *arguments], stdout=out, stderr=out, env=env)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a scheduler with two one-thread workers, all on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("dask")
    address_file = folder / "scheduler.json"
    common = ["--no-dashboard", "--host", "127.0.0.1"]
    started = ["scheduler", "--port", "0", "--scheduler-file", str(address_file), *common]
    processes = [_start(started, folder / "scheduler.log")]
    try:
        deadline = time.monotonic() + 60
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(address_file.read_text())["address"]
        for number in range(2):
            worker = ["worker", address, "--nthreads", "1", "--no-nanny", *common]
            processes.append(_start(worker, folder / f"worker{number}.log"))
        with distributed.Client(address, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cvs")
    (root / "dana.pdf").write_bytes(factory.pdf_pages([factory.RESUME_LINES]))
    (root / "java.docx").write_bytes(factory.docx_document(["Java developer since 2015"]))
    (root / "plain.txt").write_text("\n".join(factory.RESUME_LINES), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "loop.pdf").write_bytes(factory.pdf_self_reference())  # pdfminer never ends
    return root


def _by_name(results: Iterator[ScreeningResult]) -> dict[str, dict[str, object]]:
    return {Path(r.source).name: r.model_dump(mode="json", exclude={"source"}) for r in results}


@pytest.fixture(scope="module")
def local(folder: Path) -> dict[str, dict[str, object]]:
    screener = Screener.from_rules("ml-engineer", limits=LIMITS)
    return _by_name(screener.screen_many([folder], workers=2, as_of="2026-06"))


def test_a_dask_cluster_gives_the_local_results(
    scheduler: str, folder: Path, local: dict[str, dict[str, object]]
) -> None:
    screener = Screener.from_rules("ml-engineer", limits=LIMITS)
    results = list(screener.screen_many([folder], as_of="2026-06", dask=scheduler))
    assert sorted(r.source for r in results) == sorted(str(p) for p in folder.iterdir())
    remote = _by_name(iter(results))
    assert remote == local
    assert remote["loop.pdf"]["error"]["code"] == "parse_timeout"  # type: ignore[index]
    assert remote["empty.txt"]["error"]["code"] == "empty_file"  # type: ignore[index]
    assert remote["dana.pdf"]["screening"] is not None


def test_file_urls_are_read_through_fsspec(
    scheduler: str, folder: Path, local: dict[str, dict[str, object]]
) -> None:
    screener = Screener.from_rules("ml-engineer", limits=LIMITS)
    results = list(screener.screen_many([folder.as_uri()], as_of="2026-06", dask=scheduler))
    assert all(r.source.startswith("file://") for r in results)
    assert _by_name(iter(results)) == local


def test_score_streams_and_resumes_on_the_cluster(
    scheduler: str, folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    args = ["score", "ml-engineer", str(folder), "--as-of", "2026-06", "--timeout", "4"]
    first = CliRunner().invoke(app, [*args, "--stream", "-o", str(out), "--dask", scheduler])
    assert first.exit_code == 3, first.output  # finished, some files unreadable
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    out.write_text(lines[0] + "\n" + lines[1][:40], encoding="utf-8")  # a killed run's tail
    resumed = CliRunner().invoke(
        app, [*args, "--resume", "-o", str(out)], env={"SCREENER_DASK_SCHEDULER": scheduler}
    )
    assert resumed.exit_code == 3, resumed.output
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sorted(sources) == sorted(str(p) for p in folder.iterdir())
