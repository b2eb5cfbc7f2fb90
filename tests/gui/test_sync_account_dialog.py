"""The sync account dialog keeps a password typed into the address out of the settings."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from netdesk.sync.accounts import ACCOUNTS_FILE, PasswordStore, load_accounts
from netdesk.sync.discovery import Collection
from netdesk.ui import sync_account_dialog
from netdesk.ui.sync_ui import SyncUi
from tests.unit.sync.bad_server import BadServer

SECRET = "Hunter2-s3cret"


def test_password_in_the_address_goes_to_the_store(
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    store = PasswordStore(use_keyring=False)
    sync = SyncUi(window, store)
    monkeypatch.setattr(sync, "start", lambda: None)  # no server: only the saving is tested

    class Typed(sync_account_dialog.SyncAccountDialog):
        def exec(self) -> int:
            self.url.setText(f"https://sara:{SECRET}@dav.example.com/dav/")
            self.show_collections([Collection("/dav/sara/book/", "addressbook", "Contacts")])
            self.accept()
            return int(self.result())

    monkeypatch.setattr(sync_account_dialog, "SyncAccountDialog", Typed)
    sync.accounts.trigger()
    (account,) = load_accounts(window.context.data_dir, store)
    assert (account.url, account.username) == ("https://dav.example.com/dav/", "sara")
    assert store.get(account) == SECRET
    assert SECRET not in (window.context.data_dir / ACCOUNTS_FILE).read_text()


def test_closing_the_dialog_stops_a_search_on_a_silent_server(qtbot) -> None:
    def silent(connection: socket.socket, stop: threading.Event) -> None:
        stop.wait(30)

    with BadServer(silent, lifetime=40) as server:
        dialog = sync_account_dialog.SyncAccountDialog(None)
        qtbot.addWidget(dialog)
        dialog.url.setText(server.url)
        dialog.user.setText("sara")
        dialog.find_button.click()
        assert server.got_request.wait(10)
        started = time.monotonic()
        dialog.reject()
        # Before, closing waited for the 20 s idle timeout (up to 25 s).
        assert time.monotonic() - started < 5
