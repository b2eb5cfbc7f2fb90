"""A real Radicale process for tests, and one NetDesk side (data directory + account)."""

from __future__ import annotations

import contextlib
import itertools
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.sync.accounts import SyncAccount
from netdesk.sync.dav import DavClient
from netdesk.sync.engine import sync_account
from netdesk.sync.report import SyncReport

USER, PASSWORD = "alice", "s3cret"
_names = itertools.count()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DavServer(Protocol):
    """What the scenario tests use of a server process (``Radicale``, ``Xandikos``)."""

    name: str
    url: str
    port: int
    pins: dict[str, str]

    def book_path(self, n: int) -> str: ...
    def calendar_path(self, n: int) -> str: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def client(self, password: str = ...) -> DavClient: ...


class Radicale:
    """One Radicale process; ``stop``/``start`` keep the port and the stored data."""

    name = "radicale"
    pins: dict[str, str] = {}  # noqa: RUF012 - plain http on this machine: nothing to pin

    def book_path(self, n: int) -> str:
        return f"/{USER}/book{n}/"

    def calendar_path(self, n: int) -> str:
        return f"/{USER}/cal{n}/"

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        (root / "users").write_text(f"{USER}:{PASSWORD}\n")
        (root / "config").write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {root / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[storage]\n"
            f"filesystem_folder = {root / 'collections'}\n"
            "[logging]\n"
            "level = error\n"
        )
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.root / "log").open("ab")
        with log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(self.root / "config")],
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2),
            ):
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError("Radicale did not start:\n" + (self.root / "log").read_text())

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def client(self, password: str = PASSWORD) -> DavClient:
        return DavClient(self.url, USER, password, timeout=5)


@dataclass
class Side:
    """One NetDesk installation: its data directory and its account on the server."""

    name: str
    data_dir: Path
    account: SyncAccount

    @contextlib.contextmanager
    def use(self) -> Iterator[None]:
        """Point the one shared database object at this side's file while inside."""
        open_database(self.data_dir / DB_FILENAME)
        try:
            yield
        finally:
            close_database()

    def sync(self, password: str = PASSWORD) -> SyncReport:
        with self.use():
            return sync_account(self.account, password)
