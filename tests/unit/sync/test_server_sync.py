"""Two NetDesk data directories syncing through a real server (Radicale, Xandikos)."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.db.records import Contact, Interaction
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.store.contact_store import load_contact, save_contact, set_deleted
from netdesk.store.interaction_store import add_interaction, timeline
from netdesk.sync.contacts import ContactSync
from netdesk.sync.dav import DavClient
from netdesk.sync.discovery import discover
from netdesk.sync.errors import AuthFailed, ServerUnreachable
from netdesk.sync.records import SyncConflict, SyncItem
from netdesk.sync.tls import UntrustedCertificate

from .radicale_server import PASSWORD, USER, DavServer, Side

pytestmark = pytest.mark.slow


def _mona() -> ContactData:
    return ContactData(
        given_name="Mona",
        family_name="Hassan",
        organization="Nile Labs",
        job_title="CTO",
        circle="mentor",
        how_met="PyCon Cairo",
        can_help_with="Hiring, ML",
        location="Cairo",
        cadence_days=30,
        favourite=True,
        birthday=PartialDate(4, 15, 1988),
        notes="Likes tea; not coffee.\nSecond line",
        emails=[Labeled("mona@nile.example", "work")],
        phones=[Labeled("+20 100 123 4567", "mobile")],
        urls=[Labeled("https://www.linkedin.com/in/mona", "linkedin")],
        tags=["AI", "Cairo"],
    )


def _live(uid: str) -> Contact | None:
    found: Contact | None = Contact.get_or_none((Contact.uid == uid) & Contact.deleted_at.is_null())
    return found


def _hrefs(server: DavServer, side: Side) -> list[str]:
    with server.client() as client:
        return sorted(client.changes(side.account.addressbook_url, "", {}).changed)


def test_discovery_finds_the_address_book_and_calendar(
    server: DavServer, collections: tuple[str, str]
) -> None:
    with server.client() as client:
        found = {c.url: c for c in discover(client)}
    book, cal = collections
    assert found[book].kind == "addressbook"
    assert found[book].supports_sync
    assert found[book].vcard_version == "3.0"  # both advertise 3.0 only
    assert found[cal].kind == "calendar"
    assert {"VTODO", "VJOURNAL"} <= set(found[cal].components)


def test_added_contact_reaches_the_other_side_with_every_field(side_a: Side, side_b: Side) -> None:
    with side_a.use():
        uid = Contact.get_by_id(save_contact(_mona())).uid
    report = side_a.sync()
    assert report.pushed == 1
    report = side_b.sync()
    assert report.pulled == 1
    with side_b.use():
        got = load_contact(Contact.get(Contact.uid == uid).id)
    expected = _mona()
    expected.id, expected.uid = got.id, uid
    assert got == expected
    # Nothing left to do on either side: no echo, no duplicate.
    assert side_a.sync().summary() == "pulled 0, pushed 0, merged 0, conflicts 0"
    assert side_b.sync().summary() == "pulled 0, pushed 0, merged 0, conflicts 0"


def test_edits_to_different_fields_merge(side_a: Side, side_b: Side) -> None:
    with side_a.use():
        uid = Contact.get_by_id(save_contact(_mona())).uid
    side_a.sync()
    side_b.sync()
    with side_a.use():
        data = load_contact(_live(uid).id)  # type: ignore[union-attr]
        data.job_title = "CEO"
        data.emails.append(Labeled("mona@home.example", "home"))
        save_contact(data, data.id)
    with side_b.use():
        data = load_contact(_live(uid).id)  # type: ignore[union-attr]
        data.location = "Alexandria"
        data.tags.append("Founder")
        save_contact(data, data.id)
    side_a.sync()
    report = side_b.sync()
    assert report.merged == 1
    assert report.conflicts == 0
    side_a.sync()
    for side in (side_a, side_b):
        with side.use():
            got = load_contact(_live(uid).id)  # type: ignore[union-attr]
            assert (got.job_title, got.location) == ("CEO", "Alexandria")
            assert [e.value for e in got.emails] == ["mona@nile.example", "mona@home.example"]
            assert sorted(got.tags) == ["AI", "Cairo", "Founder"]
            assert Contact.select().count() == 1


def test_same_field_edited_on_both_sides_keeps_both_versions(side_a: Side, side_b: Side) -> None:
    with side_a.use():
        uid = Contact.get_by_id(save_contact(_mona())).uid
    side_a.sync()
    side_b.sync()
    for side, title in ((side_a, "CEO"), (side_b, "Chief Scientist")):
        with side.use():
            data = load_contact(_live(uid).id)  # type: ignore[union-attr]
            data.job_title = title
            save_contact(data, data.id)
    side_a.sync()
    report = side_b.sync()
    assert report.conflicts == 1
    with side_b.use():
        assert _live(uid).job_title == "Chief Scientist"  # type: ignore[union-attr]
        conflict = SyncConflict.get(SyncConflict.uid == uid)
        assert (conflict.field, conflict.local_value, conflict.remote_value) == (
            "job_title",
            "Chief Scientist",
            "CEO",
        )
        assert "TITLE:CEO" in conflict.remote_data


def test_deletions_flow_both_ways(server: DavServer, side_a: Side, side_b: Side) -> None:
    with side_a.use():
        first = Contact.get_by_id(save_contact(ContactData(given_name="First"))).uid
        second = Contact.get_by_id(save_contact(ContactData(given_name="Second"))).uid
    side_a.sync()
    side_b.sync()
    with side_a.use():
        set_deleted([_live(first).id], True)  # type: ignore[union-attr]
    with side_b.use():
        set_deleted([_live(second).id], True)  # type: ignore[union-attr]
    assert side_a.sync().deleted_there == 1
    report = side_b.sync()
    assert (report.deleted_here, report.deleted_there) == (1, 1)
    assert side_a.sync().deleted_here == 1
    for side in (side_a, side_b):
        with side.use():
            assert _live(first) is None
            assert _live(second) is None
    assert _hrefs(server, side_a) == []


def test_card_written_by_another_client_appears_and_keeps_its_own_lines(
    server: DavServer, side_a: Side
) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Omar Said\r\nN:Said;Omar;;;\r\n"
        "TEL;TYPE=CELL:+20 122 000 1111\r\nX-NETDESK-CIRCLE:friend\r\n"
        "IMPP:xmpp:omar@example.org\r\nX-PHONE-RINGTONE:bell\r\nEND:VCARD\r\n"
    )
    href = side_a.account.addressbook_url + "phone-1.vcf"
    with server.client() as client:
        client.put(href, card, "text/vcard", None)
    assert side_a.sync().pulled == 1
    with side_a.use():
        data = load_contact(Contact.get(Contact.uid == "phone-1").id)
        assert (data.given_name, data.circle) == ("Omar", "friend")
        assert [p.value for p in data.phones] == ["+20 122 000 1111"]
        data.notes = "Met at the gym"
        save_contact(data, data.id)
    assert side_a.sync().pushed == 1
    with server.client() as client:
        stored = client.get(href)
    assert stored is not None
    assert "NOTE:Met at the gym" in stored.text
    assert "IMPP:xmpp:omar@example.org" in stored.text
    assert "X-PHONE-RINGTONE:bell" in stored.text
    assert _hrefs(server, side_a) == [href]


def test_wrong_password_fails_clearly_and_touches_nothing(side_a: Side) -> None:
    def state() -> list[tuple[object, ...]]:
        with side_a.use():
            contacts = list(Contact.select(Contact.uid, Contact.revision).tuples())
            return [*contacts, *SyncItem.select(SyncItem.uid, SyncItem.etag).tuples()]

    with side_a.use():
        save_contact(_mona())
    before = state()
    with pytest.raises(AuthFailed, match="rejected the user name or password"):
        side_a.sync(password="wrong")
    assert state() == before
    assert side_a.sync().pushed == 1


def test_server_stopped_mid_sync_then_resumes_without_duplicates(
    server: DavServer, side_a: Side, side_b: Side, monkeypatch: pytest.MonkeyPatch
) -> None:
    with side_a.use():
        for name in ("Amal", "Badr", "Cyrine"):
            save_contact(ContactData(given_name=name))
    original = ContactSync.push

    def stop_then_push(self: ContactSync) -> None:
        server.stop()  # between pull and push
        original(self)

    monkeypatch.setattr(ContactSync, "push", stop_then_push)
    try:
        with pytest.raises(ServerUnreachable, match=rf"Cannot reach 127\.0\.0\.1:{server.port}"):
            side_a.sync()
    finally:
        server.start()
    monkeypatch.setattr(ContactSync, "push", original)
    with side_a.use():
        assert SyncItem.select().count() == 0
        assert sorted(c.given_name for c in Contact.select()) == ["Amal", "Badr", "Cyrine"]
    assert side_a.sync().pushed == 3
    assert side_b.sync().pulled == 3
    assert len(_hrefs(server, side_a)) == 3
    with side_b.use():
        assert Contact.select().count() == 3


def test_upload_interrupted_before_it_was_recorded_is_not_duplicated(
    server: DavServer, side_a: Side
) -> None:
    with side_a.use():
        save_contact(_mona())
    side_a.sync()
    with side_a.use():
        # As if the process died after the PUT, before recording it.
        SyncItem.delete().execute()
        database_contacts = Contact.select().count()
    report = side_a.sync()
    assert (report.pushed, report.conflicts) == (0, 0)
    assert len(_hrefs(server, side_a)) == 1
    with side_a.use():
        assert Contact.select().count() == database_contacts
        assert SyncItem.select().where(SyncItem.kind == "contact").count() == 1


def test_dead_server_is_reported_and_nothing_changes(side_a: Side) -> None:
    side_a.account.url = "http://127.0.0.1:9/"
    side_a.account.addressbook_url = "/alice/none/"
    with side_a.use():
        save_contact(_mona())
    with pytest.raises(ServerUnreachable, match=r"Cannot reach 127\.0\.0\.1:9\b"):
        side_a.sync()
    with side_a.use():
        assert SyncItem.select().count() == 0


def test_interaction_logged_on_one_side_shows_on_the_others_timeline(
    server: DavServer, side_a: Side, side_b: Side
) -> None:
    when = dt.datetime(2024, 5, 1, 10, 30)
    with side_a.use():
        mona = save_contact(_mona())
        uid = Contact.get_by_id(mona).uid
        add_interaction(
            InteractionData(
                when=when,
                kind=InteractionKind.CALL,
                summary="Talked about the ML role",
                notes="Send CV; follow up in May",
                direction=Direction.GAVE,
            ),
            [mona],
        )
    report = side_a.sync()
    assert (report.pushed, report.journals_pushed, report.todos_pushed) == (1, 1, 1)
    report = side_b.sync()
    assert report.journals_pulled == 1
    with side_b.use():
        entries = timeline(Contact.get(Contact.uid == uid).id)
        assert [(e.happened_at, e.kind, e.direction, e.summary, e.notes) for e in entries] == [
            (when, "call", "gave", "Talked about the ML role", "Send CV; follow up in May")
        ]
        interaction_id = Interaction.get().id
        Interaction.update(summary="Talked about the ML lead role", revision=2).where(
            Interaction.id == interaction_id
        ).execute()
    assert side_b.sync().journals_pushed == 1
    assert side_a.sync().journals_pulled == 1
    with side_a.use():
        assert Interaction.get().summary == "Talked about the ML lead role"
    with server.client() as client:
        todos = client.changes(side_a.account.calendar_url, "", {}).changed
    assert any("netdesk-followup-" in href for href in todos)


def test_client_refuses_other_hosts_and_plain_http_elsewhere() -> None:
    from netdesk.sync.errors import AccountError

    with pytest.raises(AccountError, match="https"):
        DavClient("http://dav.example.com/", USER, PASSWORD)


def test_a_self_signed_server_is_refused_until_its_certificate_is_trusted(
    server: DavServer, side_a: Side
) -> None:
    if not server.pins:
        pytest.skip("this server runs on plain http on this machine")
    with side_a.use():
        save_contact(_mona())
    side_a.account.trusted_certificates = {}
    with pytest.raises(UntrustedCertificate) as caught:
        side_a.sync()
    assert "self-signed" in str(caught.value)
    assert (caught.value.host, caught.value.fingerprint) == (
        "127.0.0.1",
        server.pins["127.0.0.1"],
    )
    with side_a.use():
        assert SyncItem.select().count() == 0
    side_a.account.trusted_certificates = {caught.value.host: caught.value.fingerprint}
    assert side_a.sync().pushed == 1
