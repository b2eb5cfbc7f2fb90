"""Remembering a pushed resource and deleting one: the steps every synced kind shares."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.sync.dav import DavClient
from netdesk.sync.errors import PreconditionFailed
from netdesk.sync.pushed import delete_there, remember_pushed
from netdesk.sync.records import SyncItem
from netdesk.sync.report import SyncReport


class _Server:
    """Answers DELETE like a server: refused when the ETag no longer matches."""

    def __init__(self, etag: str) -> None:
        self.etag = etag
        self.deleted: list[str] = []

    def delete(self, href: str, etag: str | None) -> None:
        if etag != self.etag:
            raise PreconditionFailed(href)
        self.deleted.append(href)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[None]:
    open_database(tmp_path / DB_FILENAME)
    yield
    close_database()


def _pushed(etag: str | None = '"1"') -> SyncItem:
    return remember_pushed(
        None,
        account="a",
        kind="contact",
        uid="u1",
        href="/book/u1.vcf",
        etag=etag,
        text="BEGIN:VCARD",
        revision=3,
    )


def test_a_push_is_remembered_and_a_second_push_updates_the_same_item(db: None) -> None:
    first = _pushed()
    again = remember_pushed(
        first,
        account="a",
        kind="contact",
        uid="u1",
        href="/book/u1.vcf",
        etag=None,
        text="BEGIN:VCARD\nFN:B",
        revision=4,
    )
    stored = SyncItem.get()
    assert SyncItem.select().count() == 1
    assert again.id == first.id == stored.id
    # A server that sends no ETag leaves it unknown, so the next sync fetches before it compares.
    assert (stored.etag, stored.base, stored.revision) == ("", "BEGIN:VCARD\nFN:B", 4)


def test_a_delete_forgets_the_item_and_is_counted(db: None) -> None:
    item, server, report = _pushed(), _Server('"1"'), SyncReport()
    assert delete_there(cast(DavClient, server), item, report)
    assert server.deleted == ["/book/u1.vcf"]
    assert SyncItem.select().count() == 0
    assert report.deleted_there == 1


def test_a_delete_refused_because_it_was_edited_there_keeps_the_item(db: None) -> None:
    item, server, report = _pushed(), _Server('"2"'), SyncReport()
    assert not delete_there(cast(DavClient, server), item, report)
    assert SyncItem.select().count() == 1
    assert report.deleted_there == 0
