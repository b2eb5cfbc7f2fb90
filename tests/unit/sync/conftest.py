"""A real Radicale on 127.0.0.1 and two NetDesk data directories that sync through it."""

from __future__ import annotations

import importlib.util
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.sync.accounts import SyncAccount
from netdesk.sync.discovery import make_collection

from .radicale_server import USER, Radicale, Side

_names = itertools.count()


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    if importlib.util.find_spec("radicale") is None:
        pytest.skip("radicale is not installed (pip install radicale)")
    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def collections(radicale: Radicale) -> tuple[str, str]:
    """A fresh address book and calendar for each test, so tests stay independent."""
    n = next(_names)
    book, cal = f"/{USER}/book{n}/", f"/{USER}/cal{n}/"
    with radicale.client() as client:
        make_collection(client, book, "addressbook", f"Contacts {n}")
        make_collection(client, cal, "calendar", f"Calendar {n}")
    return book, cal


def _side(name: str, root: Path, url: str, book: str, cal: str) -> Side:
    data_dir = root / name
    data_dir.mkdir()
    account = SyncAccount(
        id="home",
        url=url,
        username=USER,
        addressbook_url=book,
        calendar_url=cal,
        vcard_version="3.0",
        calendar_components=("VEVENT", "VTODO", "VJOURNAL"),
    )
    return Side(name, data_dir, account)


@pytest.fixture
def side_a(tmp_path: Path, radicale: Radicale, collections: tuple[str, str]) -> Side:
    return _side("a", tmp_path, radicale.url, *collections)


@pytest.fixture
def side_b(tmp_path: Path, radicale: Radicale, collections: tuple[str, str]) -> Side:
    return _side("b", tmp_path, radicale.url, *collections)
