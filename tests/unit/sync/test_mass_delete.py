"""The mass-deletion guard: an emptied side never empties the other without a yes."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.db.records import Contact, Interaction
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.store.contact_store import save_contact, set_deleted
from netdesk.store.interaction_store import add_interaction
from netdesk.sync import guard
from netdesk.sync.accounts import PasswordStore, save_accounts
from netdesk.sync.cli import PASSWORD_ENV, run_sync
from netdesk.sync.engine import SyncOptions, sync_account
from netdesk.sync.errors import MassDeletion
from netdesk.sync.records import SyncItem
from netdesk.sync.report import SyncReport

from .fake_dav import BOOK, CALENDAR, FakeDav, account

PEOPLE = 30


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    open_database(tmp_path / DB_FILENAME)
    yield tmp_path
    close_database()


@pytest.fixture
def server(data_dir: Path) -> FakeDav:
    """A server holding the cards of PEOPLE contacts NetDesk synced with it."""
    del data_dir
    for n in range(PEOPLE):
        save_contact(ContactData(given_name=f"Person {n}", family_name="Synced"))
    fake = FakeDav()
    _sync(fake)
    assert len(fake.in_collection(BOOK)) == PEOPLE
    return fake


def _sync(fake: FakeDav, *, allow: bool = False) -> SyncReport:
    return sync_account(
        account(),
        "pw",
        client_factory=fake.factory,
        options=SyncOptions(allow_mass_delete=allow),
        today=dt.date(2026, 12, 2),
    )


def _live_contacts() -> int:
    return int(Contact.select().where(Contact.deleted_at.is_null()).count())


@pytest.mark.parametrize(
    ("count", "total", "stops"),
    [(1, 1, False), (2, 2, True), (5, 10, False), (6, 30, False), (7, 30, True), (6, 6, True)],
)
def test_threshold(count: int, total: int, stops: bool) -> None:
    assert guard.too_many(count, total) is stops


def test_empty_listing_without_sync_collection_keeps_every_contact(server: FakeDav) -> None:
    server.wipe(BOOK)  # the server lost its data: PROPFIND lists nothing
    tokens_before = list(SyncItem.select(SyncItem.href, SyncItem.etag).tuples())
    sent = len(server.requests)
    with pytest.raises(MassDeletion, match=f"{PEOPLE} of the {PEOPLE} contacts") as stopped:
        _sync(server)
    assert (stopped.value.count, stopped.value.total) == (PEOPLE, PEOPLE)
    assert _live_contacts() == PEOPLE
    assert list(SyncItem.select(SyncItem.href, SyncItem.etag).tuples()) == tokens_before
    assert all(method in ("PROPFIND", "REPORT") for method, _ in server.requests[sent:])
    report = _sync(server, allow=True)  # the user said yes
    assert report.deleted_here == PEOPLE
    assert _live_contacts() == 0


def test_a_few_deletions_on_the_server_go_through(server: FakeDav) -> None:
    for path in server.in_collection(BOOK)[:3]:
        del server.store[path]
    report = _sync(server)
    assert report.deleted_here == 3
    assert _live_contacts() == PEOPLE - 3


def test_many_local_deletions_are_not_sent_to_the_server(server: FakeDav) -> None:
    ids = [c.id for c in Contact.select(Contact.id).limit(PEOPLE // 2)]
    set_deleted(ids, True)
    sent = len(server.requests)
    with pytest.raises(MassDeletion, match="deleted here; NetDesk would delete them on the server"):
        _sync(server)
    assert len(server.in_collection(BOOK)) == PEOPLE
    assert all(method in ("PROPFIND", "REPORT") for method, _ in server.requests[sent:])
    report = _sync(server, allow=True)
    assert report.deleted_there == PEOPLE // 2
    assert len(server.in_collection(BOOK)) == PEOPLE - PEOPLE // 2


def test_emptied_calendar_keeps_the_timeline(server: FakeDav) -> None:
    someone = Contact.select().first()
    for n in range(8):
        data = InteractionData(
            when=dt.datetime(2026, 11, n + 1, 10),
            kind=InteractionKind.CALL,
            direction=Direction.MUTUAL,
            summary=f"Call {n}",
        )
        add_interaction(data, [someone.id])
    assert _sync(server).journals_pushed == 8
    server.wipe(CALENDAR)
    with pytest.raises(MassDeletion, match="8 of the 8 timeline entries"):
        _sync(server)
    assert Interaction.select().where(Interaction.deleted_at.is_null()).count() == 8
    assert _live_contacts() == PEOPLE  # the contacts side was not applied either


def test_command_line_refuses_on_stderr_and_applies_with_the_flag(
    server: FakeDav, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.wipe(BOOK)
    save_accounts(data_dir, [account()])
    monkeypatch.setenv(PASSWORD_ENV, "pw")
    close_database()  # run_sync opens and closes the database itself
    store = PasswordStore(use_keyring=False)

    def run(options: SyncOptions) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = run_sync(
            data_dir,
            passwords=store,
            client_factory=server.factory,
            out=out,
            err=err,
            stdin=io.StringIO(),
            options=options,
        )
        return status, out.getvalue(), err.getvalue()

    status, out, err = run(SyncOptions())
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "--allow-mass-delete" in err
    open_database(data_dir / DB_FILENAME)
    assert _live_contacts() == PEOPLE
    close_database()
    status, out, err = run(SyncOptions(allow_mass_delete=True))
    assert (status, err) == (0, "")
    assert f"deleted here {PEOPLE}" in out
    open_database(data_dir / DB_FILENAME)
    assert _live_contacts() == 0
