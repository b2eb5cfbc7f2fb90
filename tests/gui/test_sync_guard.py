"""The window asks before a sync deletes many contacts, and Cancel stops a stuck sync."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from netdesk.domain.contact_data import ContactData
from netdesk.sync import engine
from netdesk.sync.accounts import PasswordStore, SyncAccount, save_accounts
from netdesk.sync.dav import DavClient
from netdesk.ui.sync_ui import SyncUi
from tests.unit.sync.bad_server import BadServer
from tests.unit.sync.fake_dav import BOOK, FakeDav, account


def _contacts_only(window, fake_account: SyncAccount) -> PasswordStore:
    fake_account.calendar_url = ""
    save_accounts(window.context.data_dir, [fake_account])
    store = PasswordStore(use_keyring=False)
    store.set(fake_account, "pw")
    return store


def test_emptied_server_asks_first_and_keeps_everything_on_no(
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeDav()

    def client(*args, **kwargs) -> DavClient:
        return DavClient(*args, transport=httpx.MockTransport(fake.handle), **kwargs)

    monkeypatch.setattr(engine, "DavClient", client)
    window = make_window()
    for n in range(10):
        window.context.contacts.add(ContactData(given_name=f"Person {n}"))
    sync = SyncUi(window, _contacts_only(window, account()))
    with qtbot.wait_signal(sync.controller.finished, timeout=20_000):
        sync.sync_now.trigger()
    assert len(fake.in_collection(BOOK)) == 10
    fake.wipe(BOOK)

    window.dialogs.confirm_answer = False
    with qtbot.wait_signal(sync.controller.mass_deletion, timeout=20_000):
        sync.sync_now.trigger()
    _title, question = window.dialogs.messages[-1]
    assert "10 of the 10 contacts" in question
    assert window.contacts.rowCount() == 10
    assert "nothing was deleted" in sync.label.text()

    window.dialogs.confirm_answer = True
    with qtbot.wait_signal(sync.controller.finished, timeout=20_000) as done:
        sync.sync_now.trigger()  # asks again; yes applies the deletions
    assert done.args[0].deleted_here == 10
    assert window.contacts.rowCount() == 0
    sync.shutdown()


def test_cancel_stops_a_sync_stuck_on_a_silent_server(qtbot, make_window) -> None:
    def silent(connection: socket.socket, stop: threading.Event) -> None:
        stop.wait(30)

    with BadServer(silent, lifetime=40) as server:
        window = make_window()
        stuck = account()
        stuck.url = server.url
        sync = SyncUi(window, _contacts_only(window, stuck))
        with qtbot.wait_signal(sync.controller.started, timeout=10_000):
            sync.sync_now.trigger()
        assert server.got_request.wait(10)
        assert sync.cancel.isEnabled()
        # The idle timeout is 20 s: only the watched socket ends the sync this soon.
        with qtbot.wait_signal(sync.controller.cancelled, timeout=3_000):
            sync.cancel.trigger()
        assert sync.label.text() == "Sync cancelled."
        assert not sync.cancel.isEnabled()
        sync.shutdown()


def test_closing_the_window_does_not_wait_for_a_silent_server(qtbot, make_window) -> None:
    def silent(connection: socket.socket, stop: threading.Event) -> None:
        stop.wait(30)

    with BadServer(silent, lifetime=40) as server:
        window = make_window()
        stuck = account()
        stuck.url = server.url
        sync = SyncUi(window, _contacts_only(window, stuck))
        with qtbot.wait_signal(sync.controller.started, timeout=10_000):
            sync.sync_now.trigger()
        assert server.got_request.wait(10)
        started = time.monotonic()
        sync.shutdown()
        # Before, shutdown waited for the 20 s idle timeout (up to its own 30 s bound).
        assert time.monotonic() - started < 5
