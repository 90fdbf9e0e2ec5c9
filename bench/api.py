"""HTTP API latency and throughput against a real uvicorn server on loopback.

Prints, in one run:
1. p50/p99 latency of ``POST /v1/screen`` for a 2-page PDF and for a TXT résumé, one
   request at a time (after warm-ups);
2. requests per second with several concurrent clients (the PDF and the TXT alternately);
3. ``GET /healthz`` latency (p50/p99/max) while hostile PDFs are being parsed until they
   time out, i.e. whether a stuck parse blocks the event loop.

Then the floors, met or not. The server uses SQLite in a temporary folder and 2 parse
workers. Run: ``.venv/bin/python bench/api.py [--requests 60] [--concurrent 8]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from api.settings import ApiSettings
from screener.ingest.limits import Limits
from tests import factory
from tests.api.live import live_server
from tests.api.routes_helpers import new_key

SAMPLES = Path(__file__).resolve().parents[1] / "sample_resumes"
PDF = ("yifan_wang.pdf", (SAMPLES / "yifan_wang.pdf").read_bytes())  # 2 pages
TXT = ("marcus_bell.txt", (SAMPLES / "marcus_bell.txt").read_bytes())
FORM = {"rules": "ml-engineer", "as_of": "2026-11"}
HOSTILE_TIMEOUT_S = 5.0
FLOORS_MS = {"pdf p50": 120.0, "text p50": 20.0, "health p99 (hostile)": 100.0}


def percentile(samples: list[float], fraction: float) -> float:
    """The ``fraction`` percentile of ``samples`` (nearest rank)."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def screen(client: httpx.Client, upload: tuple[str, bytes]) -> float:
    """Seconds for one ``POST /v1/screen`` of ``upload``; it must answer 200."""
    start = time.perf_counter()
    response = client.post("/v1/screen", files={"file": upload}, data=FORM)
    elapsed = time.perf_counter() - start
    if response.status_code != 200:
        raise RuntimeError(f"{upload[0]}: {response.status_code} {response.text[:200]}")
    return elapsed


def sequential(client: httpx.Client, upload: tuple[str, bytes], count: int) -> list[float]:
    """Latencies (ms) of ``count`` requests one after the other, after 5 warm-ups."""
    for _ in range(5):
        screen(client, upload)
    return [screen(client, upload) * 1000 for _ in range(count)]


def throughput(base: str, key: str, total: int, clients: int) -> float:
    """Requests per second for ``total`` requests spread over ``clients`` threads."""
    per_client = [total // clients + (1 if n < total % clients else 0) for n in range(clients)]

    def run(count: int) -> None:
        with httpx.Client(base_url=base, timeout=60, headers=auth(key)) as client:
            for n in range(count):
                screen(client, PDF if n % 2 else TXT)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for done in [pool.submit(run, count) for count in per_client]:
            done.result()
    return total / (time.perf_counter() - start)


def health_while_hostile(base: str, key: str, hostile: int) -> tuple[list[float], list[str]]:
    """Health latencies (ms), polled every 20 ms while ``hostile`` self-referencing PDFs are
    parsed concurrently, and what the hostile uploads got (status, problem code, seconds)."""
    bad = ("loop.pdf", factory.pdf_self_reference())
    statuses: list[str] = []
    lock = threading.Lock()

    def upload() -> None:
        with httpx.Client(base_url=base, timeout=HOSTILE_TIMEOUT_S * 6, headers=auth(key)) as c:
            start = time.perf_counter()
            response = c.post("/v1/screen", files={"file": bad}, data=FORM)
            elapsed = time.perf_counter() - start
        code = response.json().get("code", "?") if response.status_code >= 400 else "-"
        with lock:
            statuses.append(f"{response.status_code} {code} {elapsed:.1f}s")

    threads = [threading.Thread(target=upload) for _ in range(hostile)]
    for thread in threads:
        thread.start()
    latencies: list[float] = []
    deadline = time.monotonic() + HOSTILE_TIMEOUT_S * 6  # bounded even if uploads hang
    with httpx.Client(base_url=base, timeout=10) as client:
        while any(t.is_alive() for t in threads) and time.monotonic() < deadline:
            start = time.perf_counter()
            response = client.get("/healthz")
            latencies.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"/healthz: {response.status_code}")
            time.sleep(0.02)
    for thread in threads:
        thread.join(timeout=HOSTILE_TIMEOUT_S * 6)
    return latencies, sorted(statuses)


def auth(key: str) -> dict[str, str]:
    """The API key header."""
    return {"Authorization": f"Bearer {key}"}


def row(name: str, cells: list[str]) -> None:
    """One table row."""
    print(f"{name:<28}" + "".join(f"{cell:>12}" for cell in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=60, help="Sequential requests each.")
    parser.add_argument("--concurrent", type=int, default=8, help="Concurrent clients.")
    parser.add_argument("--total", type=int, default=200, help="Requests for throughput.")
    parser.add_argument("--hostile", type=int, default=4, help="Concurrent hostile uploads.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="screener-bench-") as folder:
        url = f"sqlite:///{Path(folder) / 'screener.db'}"
        key = new_key(url, "bench")
        settings = ApiSettings(
            database_url=url, workers=2, limits=Limits(timeout_s=HOSTILE_TIMEOUT_S)
        )
        with (
            live_server(settings) as base,
            httpx.Client(base_url=base, timeout=60, headers=auth(key)) as client,
        ):
            pdf = sequential(client, PDF, args.requests)
            txt = sequential(client, TXT, args.requests)
            rate = throughput(base, key, args.total, args.concurrent)
            health, statuses = health_while_hostile(base, key, args.hostile)

    print(f"POST /v1/screen, uvicorn on loopback, 2 parse workers, {args.requests} requests")
    row("", ["p50 ms", "p99 ms", "max ms"])
    for name, samples in [
        (f"2-page PDF ({PDF[0]})", pdf),
        (f"text ({TXT[0]})", txt),
        (f"GET /healthz, {args.hostile} hostile", health),
    ]:
        cells = [percentile(samples, 0.5), percentile(samples, 0.99), max(samples)]
        row(name, [f"{cell:.1f}" for cell in cells])
    print(f"throughput, {args.concurrent} clients, {args.total} requests: {rate:.1f} req/s")
    print(f"health polls: {len(health)}; hostile uploads answered: {', '.join(statuses)}")
    print("(nearest rank: with fewer than 100 samples, p99 is the maximum)")
    print()
    measured = {
        "pdf p50": percentile(pdf, 0.5),
        "text p50": percentile(txt, 0.5),
        "health p99 (hostile)": percentile(health, 0.99),
    }
    for name, floor in FLOORS_MS.items():
        verdict = "met" if measured[name] < floor else "NOT met"
        print(f"{name:<22} {measured[name]:8.1f} ms < {floor:6.0f} ms  {verdict}")


if __name__ == "__main__":
    main()
