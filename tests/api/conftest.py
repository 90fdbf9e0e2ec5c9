"""A throwaway PostgreSQL server for the session, and ``database_url`` over both backends.

``postgresql_server`` starts a private cluster (``initdb`` + ``pg_ctl``, found on PATH or in
/usr/lib/postgresql/*/bin) on a free port of 127.0.0.1 with trust authentication, and
stops and removes it at the end. As root it runs the server as the ``postgres`` user
(PostgreSQL refuses root). ``$SCREENER_TEST_POSTGRESQL_URL`` uses an existing server
instead. Without PostgreSQL the ``postgresql`` cases are skipped, except when ``$CI`` is
set: then they fail, because CI must test PostgreSQL for real.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

BACKENDS = ["sqlite", "postgresql"]


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    versions = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")
    versions.sort(
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required on CI: {reason}", pytrace=False)
    pytest.skip(reason)


class _Cluster:
    """A private PostgreSQL cluster in a temporary folder."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="screener-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self.user = pwd.getpwnam("postgres")
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)

    def run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")

    def start(self) -> None:
        self.run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _admin(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[str]:
    """URL of the ``screener`` database on a PostgreSQL server for this session."""
    external = os.environ.get("SCREENER_TEST_POSTGRESQL_URL")
    if external:
        yield external
        return
    bin_dir = _binaries()
    if bin_dir is None:
        _unavailable("no PostgreSQL binaries (initdb, pg_ctl) on PATH or /usr/lib/postgresql")
    assert bin_dir is not None
    cluster = _Cluster(bin_dir)
    try:
        cluster.start()
        base = f"postgresql+psycopg://postgres@127.0.0.1:{cluster.port}"
        _admin(f"{base}/postgres", "CREATE DATABASE screener")
        yield f"{base}/screener"
    finally:
        cluster.stop()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database per test: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'screener.db'}"
        return
    server: str = request.getfixturevalue("postgresql_server")
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin = make_url(server).set(database="postgres").render_as_string(hide_password=False)
    _admin(admin, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module", params=BACKENDS)
def module_database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """An empty database shared by one test module (a live server's lifetime)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('api') / 'screener.db'}"
        return
    server: str = request.getfixturevalue("postgresql_server")
    name = f"api_{uuid.uuid4().hex[:16]}"
    admin = make_url(server).set(database="postgres").render_as_string(hide_password=False)
    _admin(admin, f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
