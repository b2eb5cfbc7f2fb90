"""A server that truncates its sync-collection answers (507) is followed to the end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.db.records import Contact
from netdesk.sync.engine import sync_account

from .fake_dav import BOOK, account
from .paging_dav import PagingDav


def _card(n: int, name: str) -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:person-{n}\r\nFN:{name} {n}\r\n"
        f"N:{n};{name};;;\r\nEND:VCARD\r\n"
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    open_database(tmp_path / DB_FILENAME)
    yield tmp_path
    close_database()


def _live() -> list[str]:
    query = Contact.select(Contact.given_name, Contact.family_name).where(
        Contact.deleted_at.is_null()
    )
    return sorted(f"{g} {f}" for g, f in query.tuples())


def test_every_page_of_a_truncated_answer_is_read(data_dir: Path) -> None:
    server = PagingDav(page=3)
    for n in range(10):
        server.put(f"{BOOK}person-{n}.vcf", _card(n, "Amal"))
    report = sync_account(account(), "pw", client_factory=server.factory)
    assert report.pulled == 10
    assert server.pages[BOOK] >= 4  # 3 + 3 + 3 + 1
    assert _live() == sorted(f"Amal {n}" for n in range(10))


def test_changes_and_deletions_across_pages_all_arrive(data_dir: Path) -> None:
    server = PagingDav(page=2)
    for n in range(6):
        server.put(f"{BOOK}person-{n}.vcf", _card(n, "Badr"))
    sync_account(account(), "pw", client_factory=server.factory)
    for n in (0, 1, 2):
        server.remove(f"{BOOK}person-{n}.vcf")
    for n in (3, 4):
        server.put(f"{BOOK}person-{n}.vcf", _card(n, "Cyrine"))
    server.put(f"{BOOK}person-9.vcf", _card(9, "Dina"))
    before = server.pages[BOOK]
    report = sync_account(account(), "pw", client_factory=server.factory)
    assert server.pages[BOOK] - before >= 3
    assert (report.pulled, report.deleted_here) == (3, 3)
    assert _live() == ["Badr 5", "Cyrine 3", "Cyrine 4", "Dina 9"]
    assert Contact.select().count() == 7  # the three deleted are in the Trash, not twice


def test_a_truncated_answer_that_never_moves_on_stops(data_dir: Path) -> None:
    server = PagingDav(page=0)  # truncates everything, always at the same token
    server.put(f"{BOOK}person-1.vcf", _card(1, "Eman"))
    report = sync_account(account(), "pw", client_factory=server.factory)
    assert report.pulled == 0
    assert server.pages[BOOK] == 2  # the first answer, then one more: no endless loop
