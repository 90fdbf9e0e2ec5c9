"""``screener serve`` logs one JSON object per line: a real server process on loopback,
its standard error read back."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from api.json_logs import JsonLogFormatter
from tests.api.live import free_port


def test_a_record_is_one_json_object_with_its_request_id() -> None:
    record = logging.LogRecord(
        "api.background", logging.WARNING, __file__, 1, "busy %s", ("db",), None
    )
    record.request_id = "5f2c"
    line = json.loads(JsonLogFormatter().format(record))
    assert line["level"] == "warning"
    assert line["logger"] == "api.background"
    assert line["message"] == "busy db"
    assert line["request_id"] == "5f2c"
    assert line["time"].endswith("+00:00")


def test_serve_writes_json_lines_and_access_lines_without_queries(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "SCREENER_DATABASE_URL": f"sqlite:///{tmp_path / 'api.db'}"}
    server = subprocess.Popen(
        [sys.executable, "-m", "screener.cli.main", "serve", "--port", str(port)],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert httpx.get(f"{base}/v1/skills?q=Jane+Doe", timeout=5).status_code == 401
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    lines = [json.loads(text) for text in err.splitlines() if text.strip()]
    assert lines  # every line parsed as JSON
    access = [line for line in lines if line["logger"] == "uvicorn.access"]
    searched = [line for line in access if str(line.get("path", "")).startswith("/v1/skills")]
    assert searched
    assert searched[0]["status"] == 401
    assert "Jane" not in json.dumps(lines)  # the query (a name) never reaches the log
