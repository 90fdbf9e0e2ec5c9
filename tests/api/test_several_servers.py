"""Several servers on one database (``api.db.claims``).

Two real uvicorn processes on one real PostgreSQL share a 200-file background batch:
every application is screened exactly once (one stored result, one event each) and no
webhook is delivered twice, into the loopback receiver that verifies each signature.
The two start together on an empty database, so their migrations meet too. On both
backends: work a killed server left claimed is taken over once its lease has expired.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from api.background import add_pending
from api.db import repository as repo
from api.db.migrate import upgrade
from api.db.models import Application, WebhookAttempt, WebhookDelivery, utcnow
from api.db.session import make_engine, make_session_factory, session_scope
from screener.requirements.loading import load_rules
from tests.api.live import free_port
from tests.api.routes_helpers import new_key, running_api
from tests.api.webhook_receiver import receiving, wait_until

ROOT = Path(__file__).resolve().parents[2]
FILES = 200
PER_UPLOAD = 50
EVENTS = ["application.screened", "application.failed"]


def _resume(n: int) -> bytes:
    """A small text résumé, different for every ``n``."""
    return (
        f"Candidate {n}\nEXPERIENCE\nSoftware Engineer, Firm {n}  01/2018 - 12/2023\n"
        f"Built services in Python and Java.\nEDUCATION\nB.S. Computer Science, 2017\n"
        f"SKILLS\nPython, Java, SQL\n"
    ).encode()


@contextmanager
def _server(database_url: str, name: str) -> Iterator[str]:
    """A uvicorn process serving the API on ``database_url``; its base URL."""
    port = free_port()
    env = {
        **os.environ,
        "SCREENER_DATABASE_URL": database_url,
        "SCREENER_SERVER_ID": name,
        "SCREENER_WORKERS": "1",
        "SCREENER_MAX_FILES_PER_REQUEST": str(PER_UPLOAD),
        "SCREENER_WEBHOOKS_ALLOW_PRIVATE_NETWORKS": "true",
        "SCREENER_WEBHOOKS_POLL_S": "0.05",
        "SCREENER_BACKGROUND_POLL_S": "0.1",
    }
    command = [sys.executable, "-m", "uvicorn", "--factory", "api.main:create_app"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _ready(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_servers_share_a_batch_each_file_screened_and_delivered_once(
    database_url: str,
) -> None:
    with ExitStack() as stack:
        receiver = stack.enter_context(receiving())
        bases = [stack.enter_context(_server(database_url, n)) for n in ("one", "two")]
        wait_until(lambda: all(_ready(base) for base in bases), timeout_s=90)
        key = new_key(database_url, "acme")
        clients = [
            stack.enter_context(
                httpx.Client(base_url=b, headers={"Authorization": f"Bearer {key}"}, timeout=60)
            )
            for b in bases
        ]
        hook = clients[0].post("/v1/webhooks", json={"url": receiver.url, "events": EVENTS})
        assert hook.status_code == 201, hook.text
        receiver.secret = hook.json()["secret"]
        job = clients[1].post("/v1/jobs", json={"title": "ML", "rules": "ml-engineer"}).json()
        accepted: list[str] = []
        for start in range(0, FILES, PER_UPLOAD):  # half the uploads to each server
            files = [("files", (f"{n}.txt", _resume(n))) for n in range(start, start + PER_UPLOAD)]
            client = clients[(start // PER_UPLOAD) % 2]
            ids = {"external_id": [f"cand-{n}" for n in range(start, start + PER_UPLOAD)]}
            answer = client.post(f"/v1/jobs/{job['id']}/applications", files=files, data=ids)
            assert answer.status_code == 202, answer.text
            accepted += [a["id"] for a in answer.json()["applications"]]
        started = time.monotonic()
        got = receiver.wait_for(lambda got: len(got) >= FILES, timeout_s=120)
        print(f"200 files screened and delivered in {time.monotonic() - started:.1f} s")
        time.sleep(1.0)  # a duplicate would come now, from the other server's loop
        got = list(receiver.received)
    assert len(set(accepted)) == FILES
    about = Counter(r.event["data"]["application_id"] for r in got)
    assert set(about) == set(accepted)
    assert set(about.values()) == {1}, about.most_common(3)
    assert len({r.headers["webhook-id"] for r in got}) == len(got) == FILES
    assert all(r.verified for r in got)
    assert {r.event["type"] for r in got} == {"application.screened"}
    assert {r.event["data"]["external_id"] for r in got} == {f"cand-{n}" for n in range(FILES)}
    engine = make_engine(database_url)
    try:
        with session_scope(make_session_factory(engine)) as session:
            apps = session.scalars(select(Application)).all()
            deliveries = session.scalars(select(WebhookDelivery)).all()
            errors = session.scalars(select(WebhookAttempt.error)).all()
    finally:
        engine.dispose()
    assert len(apps) == FILES
    assert {a.status for a in apps} == {"done"}
    screened_by = Counter(a.claimed_by for a in apps)
    assert set(screened_by) == {"one", "two"}, screened_by  # both servers took a share
    assert all(a.lease_until is None for a in apps)
    assert len(deliveries) == FILES
    assert {(d.status, d.attempts) for d in deliveries} == {("succeeded", 1)}, Counter(errors)
    assert set(Counter(d.claimed_by for d in deliveries)) <= {"one", "two"}


def test_work_a_killed_server_left_claimed_is_taken_over_when_its_lease_expires(
    database_url: str,
) -> None:
    """A server died holding two applications: the one whose lease has expired is
    screened by the next server, the one whose lease still runs is left alone."""
    upgrade(database_url)
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        org = repo.create_org(session, "acme")
        job = repo.create_job(session, org.id, "ML", load_rules("ml-engineer"))
        expired = add_pending(session, org.id, job.id, "a.txt", _resume(1)).id
        held = add_pending(session, org.id, job.id, "b.txt", _resume(2)).id
        for app_id, lease in ((expired, -1), (held, 3600)):
            session.execute(
                update(Application)
                .where(Application.id == app_id)
                .values(claimed_by="dead", lease_until=utcnow() + timedelta(seconds=lease))
            )

    def status(app_id: str) -> tuple[str, str | None]:
        with session_scope(factory) as session:
            row = session.get(Application, app_id)
            assert row is not None
            return row.status, row.claimed_by

    try:
        with running_api(database_url, background_poll_s=0.1, server_id="next") as api:
            wait_until(lambda: status(expired)[0] == "done", timeout_s=60)
            assert api.client.get(f"/v1/applications/{expired}").json()["verdict"]
            time.sleep(0.5)  # several polls of the background loop
        assert status(expired) == ("done", "next")
        assert status(held) == ("pending", "dead")
    finally:
        engine.dispose()
