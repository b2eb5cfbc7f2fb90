"""Interruptions, races and the command line against a real server (Radicale, Xandikos)."""

from __future__ import annotations

import io

import pytest

from netdesk.db.connection import DB_FILENAME
from netdesk.db.records import Contact
from netdesk.domain.contact_data import ContactData
from netdesk.store.contact_store import load_contact, save_contact, set_deleted
from netdesk.sync.accounts import PasswordStore, load_accounts, save_accounts
from netdesk.sync.cli import PASSWORD_ENV, run_sync
from netdesk.sync.contacts import ContactSync
from netdesk.sync.dav import DavClient
from netdesk.sync.errors import ServerUnreachable
from netdesk.sync.records import SyncCollection, SyncItem

from .radicale_server import PASSWORD, DavServer, Side

pytestmark = pytest.mark.slow


def _dump(side: Side) -> list[tuple[str, int, str]]:
    with side.use():
        rows = Contact.select(Contact.uid, Contact.revision, Contact.given_name).tuples()
        return sorted((str(u), int(r), str(g)) for u, r, g in rows)


def test_server_stopped_during_pull_leaves_local_data_untouched(
    server: DavServer, side_a: Side, side_b: Side, monkeypatch: pytest.MonkeyPatch
) -> None:
    with side_a.use():
        save_contact(ContactData(given_name="Dina"))
    side_a.sync()
    with side_b.use():
        save_contact(ContactData(given_name="Local only"))
    before = _dump(side_b)
    original = DavClient.fetch

    def stop_then_fetch(self: DavClient, *args: object) -> object:
        server.stop()  # the changes are listed, the cards not yet fetched
        return original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(DavClient, "fetch", stop_then_fetch)
    try:
        with pytest.raises(ServerUnreachable):
            side_b.sync()
    finally:
        server.start()
    monkeypatch.setattr(DavClient, "fetch", original)
    assert _dump(side_b) == before
    with side_b.use():
        assert SyncCollection.get().sync_token == ""
    report = side_b.sync()
    assert (report.pulled, report.pushed) == (1, 1)
    assert sorted(r[2] for r in _dump(side_b)) == ["Dina", "Local only"]


def test_card_changed_between_pull_and_push_is_merged_then_sent(
    server: DavServer, side_a: Side, monkeypatch: pytest.MonkeyPatch
) -> None:
    with side_a.use():
        uid = Contact.get_by_id(save_contact(ContactData(given_name="Hana"))).uid
    side_a.sync()
    with side_a.use():
        data = load_contact(Contact.get(Contact.uid == uid).id)
        data.job_title = "Designer"
        save_contact(data, data.id)
    original = ContactSync.push

    def phone_edits_then_push(self: ContactSync) -> None:
        with server.client() as client:
            href = side_a.account.addressbook_url + f"{uid}.vcf"
            current = client.get(href)
            assert current is not None
            client.put(
                href,
                current.text.replace("END:VCARD", "NOTE:from the phone\r\nEND:VCARD"),
                "text/vcard",
                current.etag,
            )
        original(self)

    monkeypatch.setattr(ContactSync, "push", phone_edits_then_push)
    report = side_a.sync()
    assert (report.pushed, report.merged, report.conflicts) == (1, 1, 0)
    with side_a.use():
        got = load_contact(Contact.get(Contact.uid == uid).id)
    assert (got.job_title, got.notes) == ("Designer", "from the phone")
    with server.client() as client:
        stored = client.get(side_a.account.addressbook_url + f"{uid}.vcf")
    assert stored is not None
    assert "TITLE:Designer" in stored.text
    assert "NOTE:from the phone" in stored.text


def test_deleted_here_but_edited_elsewhere_comes_back_with_the_edit(
    side_a: Side, side_b: Side
) -> None:
    with side_a.use():
        uid = Contact.get_by_id(save_contact(ContactData(given_name="Rami"))).uid
    side_a.sync()
    side_b.sync()
    with side_a.use():
        set_deleted([Contact.get(Contact.uid == uid).id], True)
    side_a.sync()
    with side_b.use():
        data = load_contact(Contact.get(Contact.uid == uid).id)
        data.job_title = "Founder"
        save_contact(data, data.id)
    report = side_b.sync()
    assert report.pushed == 1
    assert report.warnings
    report = side_a.sync()
    with side_a.use():
        back = Contact.get(Contact.uid == uid)
        assert back.deleted_at is None
        assert back.job_title == "Founder"
        assert Contact.select().count() == 1


def test_second_sync_has_nothing_to_do(side_a: Side) -> None:
    with side_a.use():
        save_contact(ContactData(given_name="Yara", cadence_days=14))
    first = side_a.sync()
    assert (first.pushed, first.todos_pushed) == (1, 1)
    again = side_a.sync()
    assert again.summary() == "pulled 0, pushed 0, merged 0, conflicts 0"
    with side_a.use():
        assert SyncItem.select().count() == 2


def test_command_line_sync(
    server: DavServer, side_a: Side, monkeypatch: pytest.MonkeyPatch
) -> None:
    with side_a.use():
        save_contact(ContactData(given_name="Laila"))
    save_accounts(side_a.data_dir, [side_a.account])
    assert (side_a.data_dir / DB_FILENAME).exists()
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    out = io.StringIO()
    store = PasswordStore(use_keyring=False)
    assert run_sync(side_a.data_dir, passwords=store, out=out, stdin=io.StringIO()) == 0
    assert out.getvalue() == (
        f"sync: alice on {server.url}: pulled 0, pushed 1, merged 0, conflicts 0\n"
    )
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    out, err = io.StringIO(), io.StringIO()
    assert run_sync(side_a.data_dir, passwords=store, out=out, err=err, stdin=io.StringIO()) == 2
    assert out.getvalue() == ""
    assert err.getvalue() == (
        f"sync: alice on {server.url}: 127.0.0.1:{server.port} "
        "rejected the user name or password.\n"
    )


def test_command_line_trusts_a_certificate_only_by_its_fingerprint(
    server: DavServer, side_a: Side, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not server.pins:
        pytest.skip("this server runs on plain http on this machine")
    side_a.account.trusted_certificates = {}
    with side_a.use():
        save_contact(ContactData(given_name="Laila"))
    save_accounts(side_a.data_dir, [side_a.account])
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    store = PasswordStore(use_keyring=False)
    fingerprint = server.pins["127.0.0.1"]

    def run(trust: str = "") -> tuple[int, str]:
        err = io.StringIO()
        status = run_sync(
            side_a.data_dir,
            passwords=store,
            out=io.StringIO(),
            err=err,
            stdin=io.StringIO(),
            trust=trust,
        )
        return status, err.getvalue()

    status, message = run()
    assert status == 2
    assert f"netdesk sync --trust-certificate {fingerprint}" in message
    assert run(trust="AA:BB")[0] == 2  # another fingerprint: still refused
    assert run(trust=fingerprint) == (0, "")
    (account,) = load_accounts(side_a.data_dir, store)
    assert account.trusted_certificates == {"127.0.0.1": fingerprint}
    assert run() == (0, "")
