"""A real webhook receiver on loopback for the tests: a threaded HTTP server that
verifies every delivery with ``standardwebhooks`` as an integrator's receiver would."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook, WebhookVerificationError


@dataclass(frozen=True)
class Received:
    """One request the receiver got."""

    path: str
    headers: dict[str, str]
    body: bytes
    verified: bool

    @property
    def event(self) -> dict[str, Any]:
        """The JSON body."""
        parsed: dict[str, Any] = json.loads(self.body)
        return parsed


class _Server(ThreadingHTTPServer):
    """A threaded server whose listen backlog holds the connections of several senders
    at once (the default of 5 resets the rest, which the senders count as failures)."""

    request_queue_size = 128
    daemon_threads = True


class Receiver:
    """Answers each POST with the next scripted status (then 200 when the signature
    verifies with ``secret``, 400 when it does not) and records it."""

    def __init__(self, port: int = 0, statuses: Iterable[int] = ()) -> None:
        self.secret: str | None = None
        self.received: list[Received] = []
        self.hold: threading.Event | None = None  # when set: answer only once it is set
        self._script = deque(statuses)
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", port), self._handler())
        self.port: int = self._server.server_address[1]

    @property
    def url(self) -> str:
        """The URL to register."""
        return f"http://127.0.0.1:{self.port}/hook"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                headers = {name.lower(): value for name, value in self.headers.items()}
                status = receiver.record(self.path, headers, body)
                if receiver.hold is not None:
                    receiver.hold.wait(30)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def record(self, path: str, headers: dict[str, str], body: bytes) -> int:
        """Verify and keep one request; the status to answer it with."""
        verified = False
        if self.secret is not None:
            try:
                Webhook(self.secret).verify(body, headers)
                verified = True
            except WebhookVerificationError:
                verified = False
        with self._lock:
            self.received.append(Received(path, headers, body, verified))
            if self._script:
                return self._script.popleft()
        return 200 if verified else 400

    def wait_for(
        self, predicate: Callable[[list[Received]], bool], timeout_s: float = 60
    ) -> list[Received]:
        """What was received once ``predicate`` holds for it (polled, with a deadline)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self._lock:
                got = list(self.received)
            if predicate(got):
                return got
            time.sleep(0.05)
        raise AssertionError(f"the receiver got {[r.event.get('type') for r in got]}")

    def of_type(self, event_type: str) -> list[Received]:
        """What was received of one event type."""
        with self._lock:
            return [r for r in self.received if r.event.get("type") == event_type]


@contextmanager
def receiving(port: int = 0, statuses: Iterable[int] = ()) -> Iterator[Receiver]:
    """A running receiver, stopped after."""
    receiver = Receiver(port, statuses)
    thread = threading.Thread(target=receiver._server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        if receiver.hold is not None:
            receiver.hold.set()
        receiver._server.shutdown()
        receiver._server.server_close()
        thread.join(timeout=10)


def wait_until(check: Callable[[], Any], timeout_s: float = 60) -> Any:
    """``check()``'s first truthy value, polled with a deadline."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("the condition did not hold in time")
