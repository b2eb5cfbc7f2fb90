"""Real CalDAV/CardDAV servers on 127.0.0.1 and two NetDesk data directories syncing through them.

``server`` runs each scenario against Radicale (plain http on this machine) and against
Xandikos (a stricter implementation, here over https with its own self-signed certificate,
which the accounts pin). ``radicale`` is for the few tests about Radicale alone.
"""

from __future__ import annotations

import importlib.util
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.sync.accounts import SyncAccount
from netdesk.sync.discovery import make_collection

from .radicale_server import USER, DavServer, Radicale, Side
from .xandikos_server import Xandikos

_names = itertools.count()
SERVERS = {"radicale": Radicale, "xandikos": Xandikos}


def _started(kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavServer]:
    if importlib.util.find_spec(kind) is None:
        pytest.skip(f"{kind} is not installed (pip install -e '.[dev]')")
    server: DavServer = SERVERS[kind](tmp_path_factory.mktemp(kind))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session", params=sorted(SERVERS))
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DavServer]:
    yield from _started(request.param, tmp_path_factory)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DavServer]:
    yield from _started("radicale", tmp_path_factory)


@pytest.fixture
def collections(server: DavServer) -> tuple[str, str]:
    """A fresh address book and calendar for each test, so tests stay independent."""
    n = next(_names)
    book, cal = server.book_path(n), server.calendar_path(n)
    with server.client() as client:
        make_collection(client, book, "addressbook", f"Contacts {n}")
        make_collection(client, cal, "calendar", f"Calendar {n}")
    return book, cal


def make_side(name: str, root: Path, server: DavServer, book: str, cal: str) -> Side:
    data_dir = root / name
    data_dir.mkdir()
    account = SyncAccount(
        id="home",
        url=server.url,
        username=USER,
        addressbook_url=book,
        calendar_url=cal,
        vcard_version="3.0",
        calendar_components=("VEVENT", "VTODO", "VJOURNAL"),
        trusted_certificates=dict(server.pins),
    )
    return Side(name, data_dir, account)


@pytest.fixture
def side_a(tmp_path: Path, server: DavServer, collections: tuple[str, str]) -> Side:
    return make_side("a", tmp_path, server, *collections)


@pytest.fixture
def side_b(tmp_path: Path, server: DavServer, collections: tuple[str, str]) -> Side:
    return make_side("b", tmp_path, server, *collections)
