"""The account dialog asks before trusting a self-signed certificate or another host."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.domain.contact_data import ContactData
from netdesk.sync.accounts import PasswordStore, SyncAccount, load_accounts, save_accounts
from netdesk.sync.discovery import Collection, make_collection
from netdesk.sync.errors import OtherHost
from netdesk.ui import sync_account_dialog
from netdesk.ui.sync_account_dialog import SyncAccountDialog
from netdesk.ui.sync_ui import SyncUi
from tests.gui.conftest import FakeDialogs
from tests.unit.sync.radicale_server import PASSWORD, USER
from tests.unit.sync.xandikos_server import HOST, Xandikos


@pytest.fixture(scope="module")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Xandikos]:
    if importlib.util.find_spec("xandikos") is None:
        pytest.skip("xandikos is not installed (pip install -e '.[dev]')")
    server = Xandikos(tmp_path_factory.mktemp("xandikos"))
    server.start()
    with server.client() as client:
        make_collection(client, server.book_path(1), "addressbook", "Work contacts")
    yield server
    server.stop()


def _dialog(qtbot, url: str, dialogs: FakeDialogs) -> SyncAccountDialog:
    dialog = SyncAccountDialog(None, None, dialogs)
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    return dialog


def _find(qtbot, dialog: SyncAccountDialog) -> None:
    dialog.find_button.click()
    qtbot.waitUntil(dialog.find_button.isEnabled, timeout=20_000)


def test_trusting_a_self_signed_server_pins_its_fingerprint(qtbot, xandikos: Xandikos) -> None:
    dialogs = FakeDialogs()
    dialog = _dialog(qtbot, xandikos.url, dialogs)
    _find(qtbot, dialog)
    fingerprint = xandikos.pins[HOST]
    (title, text), *_ = dialogs.messages
    assert title == "Untrusted Certificate"
    assert "self-signed" in text
    assert fingerprint in text
    assert dialog.books.findText("Work contacts") >= 0  # found after the yes
    account = dialog.result_account()
    assert account.trusted_certificates == {HOST: fingerprint}
    assert account.url == xandikos.url


def test_declining_the_certificate_finds_nothing_and_pins_nothing(
    qtbot, xandikos: Xandikos
) -> None:
    dialogs = FakeDialogs()
    dialogs.confirm_answer = False
    dialog = _dialog(qtbot, xandikos.url, dialogs)
    _find(qtbot, dialog)
    assert len(dialogs.messages) == 1
    assert "certificate is not trusted" in dialog.status.text()
    assert dialog.books.count() == 0
    assert dialog.result_account().trusted_certificates == {}


@pytest.mark.parametrize("answer", [True, False])
def test_another_host_is_allowed_only_after_a_yes(
    qtbot, monkeypatch: pytest.MonkeyPatch, answer: bool, tmp_path: Path
) -> None:
    searches: list[tuple[str, ...]] = []

    def find(search, cancel: threading.Event):
        searches.append(search.extra_hosts)
        if "p07.example.com" not in search.extra_hosts:
            raise OtherHost("p07.example.com", "dav.example.com")
        book = Collection("https://p07.example.com/123/card/", "addressbook", "Card")
        return "https://dav.example.com/", [book]

    monkeypatch.setattr(sync_account_dialog, "_find", find)
    dialogs = FakeDialogs()
    dialogs.confirm_answer = answer
    dialog = _dialog(qtbot, "https://dav.example.com/", dialogs)
    _find(qtbot, dialog)
    ((title, text),) = dialogs.messages
    assert title == "Another Server"
    assert "p07.example.com" in text
    if answer:
        assert searches == [(), ("p07.example.com",)]
        account = dialog.result_account()
        assert account.extra_hosts == ("p07.example.com",)
        assert account.addressbook_url == "https://p07.example.com/123/card/"
    else:
        assert searches == [()]
        assert "other server was not allowed" in dialog.status.text()
        assert dialog.result_account().extra_hosts == ()


@pytest.mark.parametrize("answer", [True, False])
def test_an_automatic_sync_asks_about_a_new_certificate(
    qtbot, make_window, xandikos: Xandikos, answer: bool
) -> None:
    window = make_window()
    window.context.contacts.add(ContactData(given_name="Local", family_name="Person"))
    account = SyncAccount(
        id="x",
        url=xandikos.url,
        username=USER,
        addressbook_url=xandikos.book_path(1),
        # Trusted once, then the server got another certificate (or someone sits between).
        trusted_certificates={HOST: "00:11:22"},
    )
    save_accounts(window.context.data_dir, [account])
    store = PasswordStore(use_keyring=False)
    store.set(account, PASSWORD)
    sync = SyncUi(window, store)
    window.dialogs.confirm_answer = answer
    if answer:
        with qtbot.wait_signal(sync.controller.finished, timeout=20_000):
            sync.sync_now.trigger()
    else:
        with qtbot.wait_signal(sync.controller.untrusted, timeout=20_000):
            sync.sync_now.trigger()
    title, text = window.dialogs.messages[0]
    assert title == "Untrusted Certificate"
    assert "changed since you trusted it" in text
    assert xandikos.pins[HOST] in text
    (saved,) = load_accounts(window.context.data_dir, store)
    if answer:
        assert saved.trusted_certificates == {HOST: xandikos.pins[HOST]}
    else:
        assert saved.trusted_certificates == {HOST: "00:11:22"}
        assert "not trusted" in sync.label.text()
    sync.shutdown()
