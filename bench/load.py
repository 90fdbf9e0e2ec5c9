"""Load against a real uvicorn server on loopback: N clients for T seconds (issue 10).

Half the clients screen a text résumé statelessly (``POST /v1/screen``), half add text
applications to one job (``POST /v1/jobs/{id}/applications/text``); ``GET /healthz`` is
timed every 0.2 s throughout. A client that is told 503/429 waits ``Retry-After`` and goes
on, as a well-behaved client would. Printed at the end:

- throughput (answered requests per second, and 2xx per second);
- p50/p99 latency per route, and the status codes each route answered;
- how many answers were ≥ 500 other than ``503 busy``, how many were 503/429 ``busy``
  (and how many of those lacked ``Retry-After``), how many connections dropped;
- ``/healthz`` p50/p99/max;
- applications stored in the job vs 201s answered (they must be equal);
- first, the workers' capacity measured alone: ``workers`` clients of the same mix (half
  screening, half applying, to a job of their own), and at the end the load's 2xx per
  second as a share of it. (Screens alone would be the wrong reference: an application
  also stores its text, profile and screening, and costs about 1.4 screens.)

Run: ``.venv/bin/python bench/load.py [--clients 32] [--seconds 30] [--workers 2]
[--database-url postgresql+psycopg://…] [--queue-per-worker 4] [--per-org N]`` (default:
SQLite in a temporary folder; one organisation, so ``--per-org`` bounds its share).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
from sqlalchemy import func, select

from api.db.models import Application
from api.db.session import make_engine, make_session_factory
from api.settings import ApiSettings
from tests.api.live import live_server
from tests.api.routes_helpers import new_key

SAMPLES = Path(__file__).resolve().parents[1] / "sample_resumes"
TEXT = (SAMPLES / "marcus_bell.txt").read_text(encoding="utf-8")
FORM = {"rules": "ml-engineer", "as_of": "2026-11"}
SCREEN, APPLY, HEALTH = "POST /v1/screen", "POST /v1/jobs/{id}/applications/text", "GET /healthz"


@dataclass
class Tally:
    """What every client saw, merged under a lock."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    dropped: int = 0
    busy_without_retry_after: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, route: str, seconds: float, response: httpx.Response | None) -> None:
        """Record one answer (None: the connection failed)."""
        with self.lock:
            if response is None:
                self.dropped += 1
                return
            self.latencies[route].append(seconds)
            self.statuses[route][response.status_code] += 1
            if response.status_code in (429, 503) and "retry-after" not in response.headers:
                self.busy_without_retry_after += 1


def percentile(samples: list[float], fraction: float) -> float:
    """The ``fraction`` percentile of ``samples`` (nearest rank); 0 when empty."""
    if not samples:
        return 0.0
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


def client_loop(base: str, key: str, route: str, job_id: str, until: float, tally: Tally) -> None:
    """Send ``route`` requests back to back until ``until``."""
    with httpx.Client(base_url=base, timeout=120, headers={"Authorization": f"Bearer {key}"}) as c:
        while time.monotonic() < until:
            start = time.perf_counter()
            try:
                if route == SCREEN:
                    files = {"file": ("marcus.txt", TEXT.encode())}
                    response = c.post("/v1/screen", files=files, data=FORM)
                else:
                    body = {"text": TEXT, "filename": "marcus.txt"}
                    response = c.post(f"/v1/jobs/{job_id}/applications/text", json=body)
            except httpx.HTTPError:
                tally.add(route, 0.0, None)
                continue
            tally.add(route, time.perf_counter() - start, response)
            if response.status_code in (429, 503):
                time.sleep(min(float(response.headers.get("retry-after", "1")), 5.0))


def health_loop(base: str, until: float, tally: Tally) -> None:
    """Time ``GET /healthz`` every 0.2 s until ``until``."""
    with httpx.Client(base_url=base, timeout=60) as client:
        while time.monotonic() < until:
            start = time.perf_counter()
            try:
                response = client.get("/healthz")
            except httpx.HTTPError:
                tally.add(HEALTH, 0.0, None)
            else:
                tally.add(HEALTH, time.perf_counter() - start, response)
            time.sleep(0.2)


def run(base: str, key: str, job_id: str, routes: list[str], seconds: float) -> Tally:
    """One client per entry of ``routes`` plus the health probe, for ``seconds``."""
    tally = Tally()
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client_loop, args=(base, key, route, job_id, until, tally))
        for route in routes
    ]
    threads.append(threading.Thread(target=health_loop, args=(base, until, tally)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally


def stored_rows(database_url: str, job_id: str) -> int:
    """Applications stored in the job."""
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            query = select(func.count()).select_from(Application)
            return session.scalar(query.where(Application.job_id == job_id)) or 0
    finally:
        engine.dispose()


def mix(clients: int) -> list[str]:
    """The routes of ``clients`` clients: half screening, half applying."""
    half = clients // 2
    return [SCREEN] * (clients - half) + [APPLY] * half


def ok_per_second(tally: Tally, seconds: float) -> float:
    """2xx answers per second, the health probe aside."""
    ok = sum(n for r, c in tally.statuses.items() if r != HEALTH for s, n in c.items() if s < 300)
    return ok / seconds


def report(tally: Tally, seconds: float, stored: int) -> None:
    """Print the figures of one run."""
    answered = sum(sum(c.values()) for r, c in tally.statuses.items() if r != HEALTH)
    errors = sum(n for c in tally.statuses.values() for s, n in c.items() if s >= 500 and s != 503)
    busy = sum(c[503] + c[429] for c in tally.statuses.values())
    ok = ok_per_second(tally, seconds)
    print(f"  throughput: {answered / seconds:.1f} answers/s, {ok:.1f} 2xx/s")
    for route in (SCREEN, APPLY, HEALTH):
        samples = tally.latencies.get(route, [])
        if not samples:
            continue
        codes = ", ".join(f"{s}×{n}" for s, n in sorted(tally.statuses[route].items()))
        print(
            f"  {route}: p50 {percentile(samples, 0.5) * 1000:.0f} ms, "
            f"p99 {percentile(samples, 0.99) * 1000:.0f} ms, "
            f"max {max(samples) * 1000:.0f} ms ({codes})"
        )
    created = tally.statuses.get(APPLY, Counter())[201]
    print(f"  5xx other than 503 busy: {errors}; 503/429 busy: {busy} "
          f"({tally.busy_without_retry_after} without Retry-After); "
          f"dropped connections: {tally.dropped}")  # fmt: skip
    print(f"  applications: {created} answered 201, {stored} stored")


def main() -> None:
    """Measure the workers alone, then the mixed load."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--queue-per-worker", type=int, default=4)
    parser.add_argument("--per-org", type=int, default=None, help="Default: half the queue.")
    parser.add_argument("--retry-after", type=int, default=1, help="Retry-After of a busy.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'load.db'}"
        key = new_key(url, "load")
        settings = ApiSettings(
            database_url=url,
            workers=args.workers,
            queue_per_worker=args.queue_per_worker,
            max_queued_per_org=args.per_org,
            retry_after_s=args.retry_after,
            rate_limit=None,  # capacity, not the per-key policy, is what is measured
        )
        with live_server(settings) as base:
            auth = {"Authorization": f"Bearer {key}"}
            jobs = [
                httpx.post(
                    f"{base}/v1/jobs", json={"title": title, "rules": "ml-engineer"}, headers=auth
                ).json()["id"]
                for title in ("Alone", "Load")
            ]
            alone_seconds = max(5.0, args.seconds / 3)
            print(f"workers alone: {args.workers} clients of the same mix, {alone_seconds:.0f} s")
            alone = run(base, key, jobs[0], mix(args.workers), alone_seconds)
            report(alone, alone_seconds, stored_rows(url, jobs[0]))
            print(f"load: {args.clients} clients ({args.clients // 2} applying), "
                  f"{args.seconds:.0f} s, {args.workers} workers, {url.split(':')[0]}")  # fmt: skip
            tally = run(base, key, jobs[1], mix(args.clients), args.seconds)
            report(tally, args.seconds, stored_rows(url, jobs[1]))
            alone_rate = max(ok_per_second(alone, alone_seconds), 1e-9)
            share = ok_per_second(tally, args.seconds) / alone_rate
            print(f"  2xx/s under load: {share:.0%} of the workers alone")


if __name__ == "__main__":
    main()
