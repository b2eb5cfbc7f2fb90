"""The sync wiring in the window, against a real Radicale on 127.0.0.1."""

import importlib.util

import pytest

from netdesk.domain.contact_data import ContactData
from netdesk.domain.text import isolate
from netdesk.sync.accounts import PasswordStore, load_accounts
from netdesk.sync.discovery import discover, make_collection
from netdesk.ui import sync_account_dialog
from netdesk.ui.sync_ui import SyncUi
from tests.unit.sync.radicale_server import PASSWORD, USER, Radicale

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("radicale") is None, reason="radicale is not installed"
)

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-made-1\r\nFN:Huda From Phone\r\n"
    "N:From Phone;Huda;;;\r\nTEL:+20 111 222 3333\r\nEND:VCARD\r\n"
)


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "radicale"
    root.mkdir()
    radicale = Radicale(root)
    radicale.start()
    yield radicale
    radicale.stop()


def test_account_dialog_sync_now_and_remote_card(qtbot, make_window, server, monkeypatch):
    with server.client() as client:
        make_collection(client, f"/{USER}/book/", "addressbook", "Contacts")
        make_collection(client, f"/{USER}/cal/", "calendar", "Calendar")
        found = discover(client)
    window = make_window()
    window.context.contacts.add(ContactData(given_name="Local", family_name="Person"))
    sync = SyncUi(window, PasswordStore(use_keyring=False))

    class Auto(sync_account_dialog.SyncAccountDialog):
        def exec(self) -> int:
            self.url.setText(server.url)
            self.user.setText(USER)
            self.password.setText(PASSWORD)
            self.show_collections(found)  # what "Find" fetches on its worker thread
            self.accept()
            return int(self.result())

    monkeypatch.setattr(sync_account_dialog, "SyncAccountDialog", Auto)
    with qtbot.wait_signal(sync.controller.finished, timeout=20_000):
        sync.accounts.trigger()  # saves the account and starts syncing
    account = load_accounts(window.context.data_dir)[0]
    assert account.addressbook_url.endswith("/book/")
    with server.client() as client:
        client.put(account.addressbook_url + "phone-made-1.vcf", CARD, "text/vcard", None)
    with qtbot.wait_signal(sync.controller.finished, timeout=20_000):
        sync.sync_now.trigger()
    names = {window.contacts.index(r, 0).data() for r in range(window.contacts.rowCount())}
    assert names == {isolate("Local Person"), isolate("Huda From Phone")}
    assert sync.label.text()
    sync.shutdown()


def test_wrong_password_is_reported_and_nothing_changes(qtbot, make_window, server):
    from netdesk.sync.accounts import new_account, save_accounts

    with server.client() as client:
        make_collection(client, f"/{USER}/book2/", "addressbook", "Contacts")
    window = make_window()
    account = new_account(server.url, USER)
    account.addressbook_url = f"/{USER}/book2/"
    save_accounts(window.context.data_dir, [account])
    store = PasswordStore(use_keyring=False)
    store.set(account, "wrong")
    sync = SyncUi(window, store)
    with qtbot.wait_signal(sync.controller.failed, timeout=20_000) as blocker:
        sync.sync_now.trigger()
    message, retrying = blocker.args
    assert not retrying
    assert sync.label.text().startswith(message)
    assert window.contacts.rowCount() == 0
    sync.shutdown()


def test_accounts_file_name_matches_the_sync_package():
    from netdesk.sync import accounts
    from netdesk.ui import sync_ui

    assert sync_ui.ACCOUNTS_FILE == accounts.ACCOUNTS_FILE


MEETING = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.4//EN\r\n"
    "BEGIN:VEVENT\r\nUID:met-mona-1\r\nDTSTAMP:20240301T080000Z\r\n"
    "DTSTART:20240305T090000Z\r\nDTEND:20240305T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
    "SUMMARY:Thesis review\r\nORGANIZER;CN=Mona Khaled:mailto:mona@example.net\r\n"
    f"ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:{USER}@example.org\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_each_sync_captures_the_calendars_past_meetings_once(qtbot, make_window, server):
    from netdesk.domain.contact_data import Labeled
    from netdesk.sync.accounts import SyncAccount, save_accounts

    with server.client() as client:
        make_collection(client, f"/{USER}/book/", "addressbook", "Contacts")
        make_collection(client, f"/{USER}/cal/", "calendar", "Calendar")
        client.put(f"/{USER}/cal/met-mona-1.ics", MEETING, "text/calendar", None)
    window = make_window()
    mona = window.context.contacts.add(
        ContactData(given_name="Mona", family_name="Khaled", emails=[Labeled("mona@example.net")])
    )
    store = PasswordStore(use_keyring=False)
    account = SyncAccount(
        id="test",
        url=server.url,
        username=USER,
        addressbook_url=f"{server.url.rstrip('/')}/{USER}/book/",
        calendar_url=f"{server.url.rstrip('/')}/{USER}/cal/",
    )
    save_accounts(window.context.data_dir, [account], store)
    store.set(account, PASSWORD)
    sync = SyncUi(window, store)

    def captured() -> int:
        return sum(count for _source, count in window.context.capture.sources())

    with qtbot.wait_signal(sync.calendars_captured, timeout=30_000) as first:
        sync.sync_now.trigger()
    assert first.args == [3] and captured() == 3
    assert window.context.contacts.rows([mona])[mona].last_contact is not None
    # The next sync reads the same meetings: nothing is new, nothing is written.
    with qtbot.wait_signal(sync.calendars_captured, timeout=30_000) as second:
        sync.sync_now.trigger()
    assert second.args == [0] and captured() == 3
    sync.shutdown()
