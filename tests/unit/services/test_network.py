import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, open_database
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.enums import Direction
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.services.network import MetPerson, NetworkService
from netdesk.store import contact_store, ledger_store
from netdesk.store.contact_query import ContactQuery
from netdesk.store.due import due_contacts
from netdesk.store.stats import health


@pytest.fixture
def svc(qapp, tmp_path):
    open_database(tmp_path / "db.sqlite3")
    contacts = ContactService(QUndoStack())
    yield contacts, InteractionService(contacts), NetworkService(contacts)
    close_database()


def test_asks_offers_balance_and_undo(svc):
    contacts, interactions, network = svc
    sara = contacts.add(ContactData(given_name="Sara"))
    ask = network.add_ask(sara, "Referral for the PM role at Careem", ledger_store.AskKind.REFERRAL)
    network.add_ask(sara, "Shared the Fawry job listing", is_offer=True)
    interactions.log(
        InteractionData(
            when=dt.datetime(2026, 1, 1), direction=Direction.GAVE, summary="Sent an article"
        ),
        [sara],
    )
    interactions.log(
        InteractionData(
            when=dt.datetime(2026, 2, 1), direction=Direction.RECEIVED, summary="Reviewed my résumé"
        ),
        [sara],
    )
    b = ledger_store.balance(sara)
    assert (b.gave, b.received, b.asks_open, b.offers) == (1, 1, 1, 1)
    assert [a.what for a in ledger_store.open_asks()] == ["Referral for the PM role at Careem"]
    entry = ledger_store.asks_for(sara)[-1]
    assert entry.id == ask
    network.set_ask_status(entry, "done", "Got the interview")
    assert ledger_store.open_asks() == []
    assert ledger_store.asks_for(sara)[-1].outcome == "Got the interview"
    contacts.undo_stack.undo()
    assert ledger_store.asks_for(sara)[-1].status == "open"
    with pytest.raises(ValueError, match="exactly"):
        network.add_ask(sara, "  ")


def test_met_at_event_creates_people_and_one_interaction(svc):
    contacts, _interactions, network = svc
    known = contacts.add(ContactData(given_name="Omar"))
    iid, everyone = network.met_at_event(
        "PyCon Egypt",
        dt.date(2026, 5, 2),
        "Cairo",
        "conference",
        [known],
        [ContactData(given_name="Nadia", organization="Instabug")],
    )
    assert len(everyone) == 2
    nadia = everyone[1]
    assert contacts.get(nadia).how_met == "PyCon Egypt"
    assert contacts.get(nadia).circle == "met_at_event"
    assert [e.name for e in ledger_store.events_for(known)] == ["PyCon Egypt"]
    assert ledger_store.events()[0].attendees == 2
    contacts.undo_stack.undo()
    assert contacts.query_ids(ContactQuery()) == [known]
    assert ledger_store.events()[0].attendees == 0
    assert iid > 0


def test_event_without_people_is_refused_and_writes_nothing(svc):
    contacts, _i, network = svc
    with pytest.raises(ValueError, match="at least one"):
        network.met_at_event("Meetup", dt.date(2026, 1, 1), "", "meetup", [], [])
    assert ledger_store.events() == []
    assert contacts.undo_stack.count() == 0


def test_introductions(svc):
    contacts, _i, network = svc
    a = contacts.add(ContactData(given_name="A"))
    b = contacts.add(ContactData(given_name="B"))
    network.add_introduction(a, b, None, dt.date(2026, 3, 3), "both in fintech")
    network.add_introduction(a, None, b)
    intros = ledger_store.introductions_for(a)
    assert {(i.introducer, i.first, i.second) for i in intros} == {("", "A", "B"), ("B", "A", "")}


def test_snooze_and_due(svc):
    contacts, interactions, _n = svc
    today = dt.date.today()
    cid = contacts.add(ContactData(given_name="Mentor", circle="mentor"))  # 30 days
    interactions.log(
        InteractionData(when=dt.datetime.combine(today - dt.timedelta(days=40), dt.time(9))), [cid]
    )
    due = due_contacts(today)
    assert [d.days_overdue for d in due] == [10]
    contacts.snooze([cid], today + dt.timedelta(days=7))
    assert [d.days_overdue for d in due_contacts(today)] == [-7]
    assert contact_store.snoozed([cid])[cid] == today + dt.timedelta(days=7)
    contacts.undo_stack.undo()
    assert due_contacts(today)[0].days_overdue == 10
    interactions.log(InteractionData(when=dt.datetime.combine(today, dt.time(9))), [cid])
    assert due_contacts(today) == []


def test_health_figures(svc):
    contacts, interactions, _n = svc
    today = dt.date(2026, 11, 26)
    a = contacts.add(ContactData(given_name="A", circle="mentor"))
    contacts.add(ContactData(given_name="B", circle="friend"))
    interactions.log(InteractionData(when=dt.datetime(2026, 11, 20, 9)), [a])
    interactions.log(InteractionData(when=dt.datetime(2026, 1, 5, 9)), [a])
    h = health(today)
    assert h.total == 2
    assert h.by_circle == {"mentor": 1, "friend": 1}
    assert (h.touched_30, h.touched_90, h.never_contacted) == (1, 1, 1)
    assert len(h.per_month) == 12
    assert h.per_month[-1] == (dt.date(2026, 11, 1), 1)
    assert h.per_month[1] == (dt.date(2026, 1, 1), 1)
    assert h.per_month[0] == (dt.date(2025, 12, 1), 0)


def test_same_event_name_and_day_is_one_event(svc):
    contacts, _interactions, network = svc
    omar = contacts.add(ContactData(given_name="Omar"))
    sara = contacts.add(ContactData(given_name="Sara"))
    day = dt.date(2026, 5, 2)
    network.met_at_event("PyCon Egypt", day, "Cairo", "conference", [omar], [])
    network.met_at_event(" pycon egypt ", day, "", "conference", [sara], [])
    network.met_at_event("PyCon Egypt", dt.date(2027, 5, 1), "", "conference", [sara], [])
    events = ledger_store.events()
    assert [(e.date, e.attendees) for e in events] == [(dt.date(2027, 5, 1), 1), (day, 2)]


def test_a_card_with_a_known_email_updates_that_contact_and_undo_puts_it_back(svc):
    contacts, _interactions, network = svc
    nadia = contacts.add(
        ContactData(
            given_name="Nadia",
            emails=[Labeled("nadia@instabug.com", "work")],
            notes="Met at a meetup",
        )
    )
    card = ContactData(
        given_name="Nadia",
        family_name="Kamel",
        organization="Instabug",
        job_title="QA Lead",
        emails=[Labeled("Nadia@Instabug.com", "work")],
        phones=[Labeled("+20 100 123 4567", "work")],
        can_help_with="Testing roles",
        notes="Hiring in June",
    )
    day = dt.date(2026, 5, 2)
    _iid, everyone = network.met_at_event(
        "PyCon Egypt", day, "", "conference", [], [MetPerson(card, dt.date(2026, 5, 16))]
    )
    assert everyone == [nadia]
    assert len(contacts.query_ids(ContactQuery())) == 1
    after = contacts.get(nadia)
    assert (after.organization, after.job_title, after.can_help_with) == (
        "Instabug",
        "QA Lead",
        "Testing roles",
    )
    assert after.notes == "Met at a meetup\nHiring in June"
    assert [p.value for p in after.phones] == ["+20 100 123 4567"]
    assert [e.value for e in after.emails] == ["nadia@instabug.com"]
    (reminder,) = ledger_store.asks_for(nadia)
    assert (reminder.what, reminder.follow_up) == (
        "Follow up after PyCon Egypt",
        dt.date(2026, 5, 16),
    )
    assert contacts.rows([nadia])[nadia].next_due == dt.date(2026, 5, 16)
    contacts.undo_stack.undo()
    back = contacts.get(nadia)
    assert (back.organization, back.notes, back.phones) == ("", "Met at a meetup", [])
    assert ledger_store.asks_for(nadia) == []
    assert contact_store.past_organizations(nadia) == []
    contacts.undo_stack.redo()
    assert contacts.get(nadia).organization == "Instabug"
    assert len(ledger_store.asks_for(nadia)) == 1


def test_new_people_from_cards_get_their_circle_cadence(svc):
    contacts, _interactions, network = svc
    _iid, (mona, karim) = network.met_at_event(
        "Meetup",
        dt.date(2026, 5, 2),
        "",
        "meetup",
        [],
        [ContactData(given_name="Mona"), ContactData(given_name="Karim", cadence_days=14)],
    )
    assert contacts.get(mona).cadence_days == 90  # met at an event: every 90 days
    assert contacts.rows([karim])[karim].next_due == dt.date(2026, 5, 16)


def test_an_ask_moves_to_another_person_undoably(svc):
    contacts, _interactions, network = svc
    sara = contacts.add(ContactData(given_name="Sara"))
    omar = contacts.add(ContactData(given_name="Omar"))
    today = dt.date.today()
    network.add_ask(sara, "Intro to Fawry HR", "introduction", follow_up=today)
    assert contacts.rows([sara])[sara].next_due == today
    (ask,) = ledger_store.asks_for(sara)
    moved = ledger_store.AskFields(omar, "Intro to Fawry's HR", "introduction", False, today, today)
    network.edit_ask(ask, moved)
    assert ledger_store.asks_for(sara) == []
    assert [a.what for a in ledger_store.asks_for(omar)] == ["Intro to Fawry's HR"]
    # The follow-up went with the ask: Omar is due now, Sara no longer.
    assert contacts.rows([sara])[sara].next_due is None
    assert contacts.rows([omar])[omar].next_due == today
    contacts.undo_stack.undo()
    assert [a.what for a in ledger_store.asks_for(sara)] == ["Intro to Fawry HR"]
    assert contacts.rows([omar])[omar].next_due is None


def test_closing_an_ask_dates_it_and_undo_reopens_it(svc):
    contacts, _interactions, network = svc
    sara = contacts.add(ContactData(given_name="Sara", cadence_days=30))
    network.add_ask(sara, "Referral", follow_up=dt.date.today() - dt.timedelta(days=2))
    assert contacts.due_count(dt.date.today()) == 1
    (ask,) = ledger_store.asks_for(sara)
    network.set_ask_status(ask, "done", "Got the interview")
    (closed,) = ledger_store.asks_for(sara)
    assert (closed.status, closed.outcome, closed.closed_on) == (
        "done",
        "Got the interview",
        dt.date.today(),
    )
    assert contacts.due_count(dt.date.today()) == 0  # back to its 30-day cadence
    contacts.undo_stack.undo()
    assert ledger_store.asks_for(sara)[0].closed_on is None
    assert contacts.due_count(dt.date.today()) == 1
