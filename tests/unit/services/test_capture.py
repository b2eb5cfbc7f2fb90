"""Capturing through the service: matching, one transaction and one undo step, re-capture
adds nothing, newer overlapping exports, unknown people added, removal per source."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.io.cancel import ImportCancelledError, cancellable
from netdesk.services.capture import CaptureChoices, CaptureService
from netdesk.services.changes import Change, Entity

DATA = Path(__file__).resolve().parents[2] / "data" / "capture"
CHAT = DATA / "WhatsApp Chat with أحمد سالم.txt"


@pytest.fixture
def capture(interactions) -> CaptureService:
    return CaptureService(interactions)


@pytest.fixture
def people(contacts) -> dict[str, int]:
    """Contacts the fixtures' correspondents match, each a different way."""
    karim_link = Labeled("linkedin.com/in/karim-nabil-eng/", "linkedin")
    return {
        # By name: the file says "أحمد سالم", the contact is written with a hamza-less alef
        # and a diacritic.
        "ahmad": contacts.add(ContactData(given_name="احمد", family_name="سالِم", cadence_days=30)),
        # By email, in another letter case.
        "mona": contacts.add(
            ContactData(
                given_name="Mona", family_name="Khaled", emails=[Labeled("Mona.Khaled@Example.net")]
            )
        ),
        # By phone, written the local way (the group's sender is "+966 50 123 4567").
        "rashid": contacts.add(
            ContactData(given_name="Rashid", phones=[Labeled("00966501234567")])
        ),
        # By LinkedIn profile link.
        "karim": contacts.add(
            ContactData(given_name="Karim", family_name="Nabil", urls=[karim_link])
        ),
    }


def captured_count() -> int:
    return int(
        database.execute_sql(
            "SELECT COUNT(*) FROM interaction WHERE capture_key IS NOT NULL AND deleted_at IS NULL"
        ).fetchone()[0]
    )


def test_people_match_by_name_email_phone_and_profile(capture, people) -> None:
    plan = capture.plan([CHAT, DATA / "generated-takeout.mbox", DATA / "whatsapp-ar-ios-group.txt",
                         DATA / "linkedin-messages.csv"])  # fmt: skip
    matched = {
        (person.label(), person.contact_id, person.how)
        for _s, _p, person in plan.people()
        if person.contact_id is not None
    }
    assert matched == {
        ("أحمد سالم", people["ahmad"], "name"),
        ("منى خالد", people["mona"], "email"),
        ("+966 50 123 4567", people["rashid"], "phone"),
        ("Karim Nabil", people["karim"], "profile"),  # LinkedIn
        ("Karim Nabil", people["karim"], "name"),  # his mail, from an address not saved
    }


def test_a_name_two_contacts_share_matches_neither(capture, contacts, people) -> None:
    contacts.add(ContactData(given_name="أحمد", family_name="سالم"))
    plan = capture.plan([CHAT])
    (person,) = plan.sources[0].read.people
    assert person.contact_id is None


def test_capture_writes_once_and_recapture_adds_nothing(capture, contacts, people) -> None:
    plan = capture.plan([CHAT])
    report = capture.apply(plan)
    assert report.added == [3]
    assert captured_count() == 3
    row = contacts.rows([people["ahmad"]])[people["ahmad"]]
    assert row.last_contact == dt.datetime(2024, 4, 2, 20, 15)
    assert row.next_due == dt.date(2024, 5, 2)  # the cadence runs from the captured contact
    depth = contacts.undo_stack.count()
    again = capture.apply(capture.plan([CHAT]))
    assert again.added == [0]
    assert captured_count() == 3
    assert contacts.undo_stack.count() == depth  # nothing written, no undo step


def test_captured_interactions_are_marked_on_the_timeline(capture, interactions, people) -> None:
    capture.apply(capture.plan([CHAT]))
    entries = interactions.timeline(people["ahmad"])
    assert [(e.kind, e.direction, e.count) for e in entries] == [
        ("message", "gave", 1),
        ("message", "received", 2),
        ("message", "mutual", 2),
    ]
    assert {e.captured for e in entries} == {"whatsapp:" + CHAT.name}
    # Privacy by default: a first line, never the messages.
    assert entries[2].summary == "مساء الخير يا سارة، هل وصلتك ورقة البحث؟"
    assert {e.notes for e in entries} == {""}


def test_keep_the_text(capture, interactions, people) -> None:
    plan = capture.plan([CHAT], keep_text=True)
    plan.keep_text = True
    capture.apply(plan)
    first = interactions.timeline(people["ahmad"])[-1]
    # The day's messages, the continued line of the second with it.
    assert first.notes.split("\n\n") == [
        "مساء الخير يا سارة، هل وصلتك ورقة البحث؟",
        "نعم وصلت، شكرًا جزيلًا!\nسأرسل ملاحظاتي غدًا صباحًا.",
    ]


def test_one_undo_step_takes_the_capture_back_and_redo_brings_it(capture, contacts, people) -> None:
    before = contacts.rows([people["ahmad"]])[people["ahmad"]]
    seen: list[Change] = []
    capture.changed.connect(seen.append)
    capture.apply(capture.plan([CHAT]), CaptureChoices(add={(0, 0)}))
    contacts.undo_stack.undo()
    assert captured_count() == 0
    after = contacts.rows([people["ahmad"]])[people["ahmad"]]
    assert (after.last_contact, after.next_due) == (before.last_contact, before.next_due)
    contacts.undo_stack.redo()
    assert captured_count() == 3
    assert [c.entity for c in seen] == [Entity.INTERACTION] * 3  # done, undone, redone
    # Capturing after an undo brings the same interactions back, not copies.
    contacts.undo_stack.undo()
    capture.apply(capture.plan([CHAT]))
    assert database.execute_sql("SELECT COUNT(*) FROM interaction").fetchone()[0] == 3


def test_a_newer_overlapping_export_adds_only_what_is_new(capture, tmp_path, people) -> None:
    lines = CHAT.read_text(encoding="utf-8").splitlines()
    older = tmp_path / CHAT.name
    older.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")  # up to 15 March 10:30
    capture.apply(capture.plan([older]))
    assert captured_count() == 2
    newer = tmp_path / "newer" / CHAT.name
    newer.parent.mkdir()
    shutil.copyfile(CHAT, newer)
    report = capture.apply(capture.plan([newer]))
    assert report.added == [1]  # 2 April; 15 March grew from one message to two
    counts = database.execute_sql(
        "SELECT happened_at, capture_count FROM interaction ORDER BY happened_at"
    ).fetchall()
    assert [c for _w, c in counts] == [2, 2, 1]


def test_untick_and_add_unknown_people(capture, contacts, people) -> None:
    plan = capture.plan([DATA / "whatsapp-ar-ios-group.txt"])
    read = plan.sources[0].read
    by_name = {p.label(): i for i, p in enumerate(read.people)}
    mona = by_name["منى خالد"]
    report = capture.apply(
        plan, CaptureChoices(left_out={(0, by_name["+966 50 123 4567"])}, add={(0, mona)})
    )
    (new,) = report.created
    assert contacts.get(new).best_name() == "منى خالد"
    assert contacts.rows([new])[new].last_contact == dt.datetime(2024, 2, 25, 9, 10)
    # The left-out person got nothing; "سارة" (not a contact, not added) neither.
    assert contacts.rows([people["rashid"]])[people["rashid"]].last_contact is None
    contacts.undo_stack.undo()
    assert not contacts.exists(new) or contacts.get(new) is not None
    assert captured_count() == 0


def test_remove_everything_captured_from_a_source(capture, contacts, people) -> None:
    capture.apply(capture.plan([CHAT, DATA / "generated-takeout.mbox"]))
    assert dict(capture.sources()) == {"whatsapp:" + CHAT.name: 3, "mbox:generated-takeout.mbox": 4}
    assert capture.remove_source("whatsapp:" + CHAT.name) == 3
    assert dict(capture.sources()) == {"mbox:generated-takeout.mbox": 4}
    assert contacts.rows([people["ahmad"]])[people["ahmad"]].last_contact is None
    contacts.undo_stack.undo()
    assert captured_count() == 7


def test_a_hand_logged_interaction_is_left_alone(capture, interactions, people) -> None:
    when = dt.datetime(2024, 3, 14, 9, 0)
    interactions.log(InteractionData(when=when, summary="Call"), [people["ahmad"]])
    capture.apply(capture.plan([CHAT]))
    capture.remove_source("whatsapp:" + CHAT.name)
    assert [e.summary for e in interactions.timeline(people["ahmad"])] == ["Call"]


def test_cancel_while_reading_writes_nothing(capture, people) -> None:
    with cancellable(lambda: True), pytest.raises(ImportCancelledError):
        capture.plan([CHAT])
    assert captured_count() == 0


def test_a_failing_write_leaves_nothing(capture, contacts, people, monkeypatch) -> None:
    from netdesk.store import capture as store

    real = store.write_captured
    calls = []

    def second_fails(rows):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(rows)

    monkeypatch.setattr(store, "write_captured", second_fails)
    depth = contacts.undo_stack.count()
    plan = capture.plan([CHAT, DATA / "generated-takeout.mbox"])
    with pytest.raises(RuntimeError):
        capture.apply(plan, CaptureChoices(add={(1, 0)}))
    assert captured_count() == 0
    assert database.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0] == len(people)
    assert contacts.undo_stack.count() == depth


def test_who_wrote_is_no_favour_in_the_give_and_ask_balance(capture, people) -> None:
    from netdesk.store import ledger_store

    capture.apply(capture.plan([CHAT]))
    balance = ledger_store.balance(people["ahmad"])
    assert (balance.gave, balance.received) == (0, 0)
    assert ledger_store.given_lately(dt.date(2024, 1, 1)) == []


def test_the_dashboards_monthly_chart_counts_captured_conversations(capture, people) -> None:
    from netdesk.store import stats

    day = dt.date(2024, 3, 20)
    capture.apply(capture.plan([CHAT]))
    per_month = dict(stats.health(day).per_month)
    assert (per_month[dt.date(2024, 3, 1)], per_month[dt.date(2024, 2, 1)]) == (2, 0)


def test_a_json_export_carries_what_was_captured(capture, people, tmp_path, undo_stack) -> None:
    from netdesk.db.connection import close_database, open_database
    from netdesk.io.reader import read_contacts
    from netdesk.services.contacts import ContactService
    from netdesk.services.exporter import ExportFormat, contacts_for_export, render
    from netdesk.services.importer import ImportService
    from netdesk.services.interactions import InteractionService

    capture.apply(capture.plan([CHAT]))
    text = render(contacts_for_export(), ExportFormat.JSON)
    close_database()
    open_database(tmp_path / "elsewhere.sqlite3")
    contacts = ContactService(undo_stack, region="EG")
    result = read_contacts(text.encode(), "network.json")
    importer = ImportService(contacts)
    importer.apply(importer.plan(result.contacts), network=result.network)
    assert dict(CaptureService(InteractionService(contacts)).sources()) == {
        "whatsapp:" + CHAT.name: 3
    }
    # Captured again there, the same chat adds nothing; imported twice, nothing either.
    again = CaptureService(InteractionService(contacts))
    assert again.apply(again.plan([CHAT])).added == [0]
    importer.apply(importer.plan(result.contacts), network=result.network)
    assert captured_count() == 3


def test_the_capture_after_a_sync_writes_only_what_is_new(capture, contacts, people) -> None:
    backups: list[str] = []
    real = contacts.prepare_checkpoint

    def prepare(reason: str) -> None:
        backups.append(reason)
        real(reason)

    contacts.prepare_checkpoint = prepare
    first = capture.apply_if_new(capture.plan([CHAT]))
    assert first.added == [3] and captured_count() == 3 and backups == ["capture"]
    depth = contacts.undo_stack.count()
    # The same calendar (here a chat) read again by the next sync: no write, no backup.
    again = capture.apply_if_new(capture.plan([CHAT]))
    assert again.added == [0] and captured_count() == 3
    assert backups == ["capture"] and contacts.undo_stack.count() == depth
